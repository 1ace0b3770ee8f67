/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VLAN links.
 */

#ifndef NETLINK_LINK_VLAN_H_
#define NETLINK_LINK_VLAN_H_

/**
 * @defgroup route_link_vlan VLAN
 * @ingroup route_link
 * VLAN links (kind "vlan"): 802.1Q and 802.1ad VLAN devices on a lower link
 * (rtnl_link_set_link()), with their id, flags and priority maps
 * (IFLA_VLAN_*).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One egress mapping of rtnl_link_vlan_get_egress_map(). */
struct vlan_map {
	uint32_t vm_from;	/**< socket priority */
	uint32_t vm_to;		/**< VLAN priority */
};

/** Highest VLAN priority (PCP). */
#define VLAN_PRIO_MAX 7

/**
 * Allocate a link object of kind "vlan".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_vlan_alloc(void);

/**
 * Tell whether a link is a VLAN link.
 * @param link	link object
 *
 * @return 1 when link is of kind "vlan", 0 otherwise.
 */
extern int rtnl_link_is_vlan(struct rtnl_link *link);

/**
 * Name VLAN flags.
 * @param flags	VLAN_FLAG_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("reorder_hdr", "gvrp", "loose_binding", "mvrp",
 *         "bridge_binding"), empty when none is set.
 */
extern char *rtnl_link_vlan_flags2str(int flags, char *buf, size_t len);

/**
 * Translate VLAN flag names to flags.
 * @param name	comma separated flag names (case ignored)
 *
 * @return The VLAN_FLAG_* bits named; unknown names are ignored.
 */
extern int rtnl_link_vlan_str2flags(const char *name);

/**
 * Set the VLAN protocol of a VLAN link.
 * @param link	VLAN link
 * @param protocol	htons(ETH_P_8021Q) or htons(ETH_P_8021AD): network
 *			byte order, as the kernel takes it
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_set_protocol(struct rtnl_link *link,
				       uint16_t protocol);

/**
 * Get the VLAN protocol of a VLAN link.
 * @param link	VLAN link
 *
 * @return The protocol in network byte order; 0 when not set,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_get_protocol(struct rtnl_link *link);

/**
 * Set the VLAN id of a VLAN link.
 * @param link	VLAN link
 * @param id	VLAN id, 0 to 4094
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_set_id(struct rtnl_link *link, uint16_t id);

/**
 * Get the VLAN id of a VLAN link.
 * @param link	VLAN link
 *
 * @return The VLAN id; 0 when not set, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_vlan_get_id(struct rtnl_link *link);

/**
 * Turn VLAN flags on.
 * @param link	VLAN link
 * @param flags	VLAN_FLAG_* bits to set
 *
 * Only the flags set or cleared on the object are sent; the others keep
 * their state in the kernel.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_set_flags(struct rtnl_link *link,
				    unsigned int flags);

/**
 * Turn VLAN flags off.
 * @param link	VLAN link
 * @param flags	VLAN_FLAG_* bits to clear
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_unset_flags(struct rtnl_link *link,
				      unsigned int flags);

/**
 * Get the flags of a VLAN link.
 * @param link	VLAN link
 *
 * @return The VLAN_FLAG_* bits that are on (0 when none);
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_get_flags(struct rtnl_link *link);

/**
 * Map a VLAN priority of received frames to a socket priority.
 * @param link	VLAN link
 * @param from	VLAN priority (PCP), 0 to VLAN_PRIO_MAX
 * @param to	socket priority (skb->priority) given to such frames
 *
 * @return 0; -NLE_INVAL when from is out of range, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_vlan_set_ingress_map(struct rtnl_link *link, int from,
					  uint32_t to);

/**
 * Get the ingress priority map of a VLAN link.
 * @param link	VLAN link
 *
 * @return An array of VLAN_PRIO_MAX + 1 socket priorities indexed by VLAN
 *         priority, owned by link (valid while link lives); NULL when no
 *         mapping is set or for a link of another kind.
 */
extern uint32_t *rtnl_link_vlan_get_ingress_map(struct rtnl_link *link);

/**
 * Map a socket priority of sent frames to a VLAN priority.
 * @param link	VLAN link
 * @param from	socket priority (skb->priority)
 * @param to	VLAN priority (PCP) for such frames, 0 to VLAN_PRIO_MAX
 *
 * The mapping is appended to the link's egress map.
 *
 * @return 0; -NLE_INVAL when to is out of range, -NLE_NOMEM,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_vlan_set_egress_map(struct rtnl_link *link,
					 uint32_t from, int to);

/**
 * Get the egress priority map of a VLAN link.
 * @param link	VLAN link
 * @param[out] negress	number of entries of the map
 *
 * @return The array of mappings, owned by link (valid until the map
 *         changes or link is freed); NULL when no mapping is set, negress
 *         is NULL or for a link of another kind.
 */
extern struct vlan_map *rtnl_link_vlan_get_egress_map(struct rtnl_link *link,
						      int *negress);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
