/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPVLAN links.
 */

#ifndef NETLINK_LINK_IPVLAN_H_
#define NETLINK_LINK_IPVLAN_H_

/**
 * @defgroup route_link_ipvlan IPVLAN
 * @ingroup route_link
 * IPVLAN links (kind "ipvlan"): virtual devices that share the MAC address
 * of their lower link (rtnl_link_set_link()) and are told apart by IP
 * address (IFLA_IPVLAN_*).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "ipvlan".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ipvlan_alloc(void);

/**
 * Tell whether a link is an IPVLAN link.
 * @param link	link object
 *
 * @return 1 when link is of kind "ipvlan", 0 otherwise.
 */
extern int rtnl_link_is_ipvlan(struct rtnl_link *link);

/**
 * Name an IPVLAN mode.
 * @param mode	IPVLAN_MODE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "l2" or "l3", or the value in hexadecimal.
 */
extern char *rtnl_link_ipvlan_mode2str(int mode, char *buf, size_t len);

/**
 * Look up an IPVLAN mode by name.
 * @param name	"l2" or "l3" (case ignored)
 *
 * @return The IPVLAN_MODE_* value; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_ipvlan_str2mode(const char *name);

/**
 * Set the mode of an IPVLAN link.
 * @param link	IPVLAN link
 * @param mode	IPVLAN_MODE_L2, IPVLAN_MODE_L3 or IPVLAN_MODE_L3S; the
 *		kernel checks the value
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvlan_set_mode(struct rtnl_link *link, uint16_t mode);

/**
 * Get the mode of an IPVLAN link.
 * @param link	IPVLAN link
 * @param[out] out_mode	the IPVLAN_MODE_* value
 *
 * @return 0 with *out_mode set; -NLE_INVAL when the mode is not set or
 *         out_mode is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvlan_get_mode(struct rtnl_link *link,
				     uint16_t *out_mode);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
