/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VRF links.
 */

#ifndef NETLINK_LINK_VRF_H_
#define NETLINK_LINK_VRF_H_

/**
 * @defgroup route_link_vrf VRF
 * @ingroup route_link
 * VRF links (kind "vrf"): virtual routing and forwarding domains; links
 * enslaved to a VRF device use its routing table.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "vrf".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_vrf_alloc(void);

/**
 * Tell whether a link is a VRF link.
 * @param link	link object
 *
 * @return 1 when link is of kind "vrf", 0 otherwise.
 */
extern int rtnl_link_is_vrf(struct rtnl_link *link);

/**
 * Get the routing table of a VRF.
 * @param link	VRF link
 * @param[out] id	routing table id
 *
 * @return 0 with *id set; -NLE_AGAIN when not set, -NLE_INVAL when id is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vrf_get_tableid(struct rtnl_link *link, uint32_t *id);

/**
 * Set the routing table of a VRF.
 * @param link	VRF link
 * @param id	routing table id the VRF's routes go to (IFLA_VRF_TABLE)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vrf_set_tableid(struct rtnl_link *link, uint32_t id);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
