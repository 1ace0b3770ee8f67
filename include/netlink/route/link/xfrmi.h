/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * XFRM interface (xfrmi) links.
 */

#ifndef NETLINK_LINK_XFRMI_H_
#define NETLINK_LINK_XFRMI_H_

/**
 * @defgroup route_link_xfrmi XFRM interfaces
 * @ingroup route_link
 * XFRM interfaces (kind "xfrm"): virtual devices through which IPsec
 * traffic of the states and policies with the same interface id flows
 * (IFLA_XFRM_*).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "xfrm".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_xfrmi_alloc(void);

/**
 * Tell whether a link is an XFRM interface.
 * @param link	link object
 *
 * @return 1 when link is of kind "xfrm", 0 otherwise.
 */
extern int rtnl_link_is_xfrmi(struct rtnl_link *link);

/**
 * Set the underlying link of an XFRM interface.
 * @param link	XFRM interface
 * @param index	interface index of the device the interface sends
 *		through (IFLA_XFRM_LINK)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_xfrmi_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the underlying link of an XFRM interface.
 * @param link	XFRM interface
 * @param[out] out_link	interface index of the underlying device
 *
 * @return 0 with *out_link set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         out_link is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_xfrmi_get_link(struct rtnl_link *link,
				    uint32_t *out_link);

/**
 * Set the interface id of an XFRM interface.
 * @param link	XFRM interface
 * @param if_id	id that IPsec states and policies name to use this
 *		interface (IFLA_XFRM_IF_ID)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_xfrmi_set_if_id(struct rtnl_link *link, uint32_t if_id);

/**
 * Get the interface id of an XFRM interface.
 * @param link	XFRM interface
 * @param[out] out_if_id	the interface id
 *
 * @return 0 with *out_if_id set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when out_if_id is NULL, -NLE_OPNOTSUPP for a link of another
 *         kind.
 */
extern int rtnl_link_xfrmi_get_if_id(struct rtnl_link *link,
				     uint32_t *out_if_id);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
