/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * MACVTAP links.
 */

#ifndef NETLINK_LINK_MACVTAP_H_
#define NETLINK_LINK_MACVTAP_H_

/**
 * @defgroup route_link_macvtap MACVTAP
 * @ingroup route_link
 * MACVTAP links (kind "macvtap"): MACVLAN devices whose packets go to a
 * character device (/dev/tapN) instead of the network stack. They take the
 * MACVLAN modes and flags.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "macvtap".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_macvtap_alloc(void);

/**
 * Tell whether a link is a MACVTAP link.
 * @param link	link object
 *
 * @return 1 when link is of kind "macvtap", 0 otherwise.
 */
extern int rtnl_link_is_macvtap(struct rtnl_link *link);

/**
 * Name a MACVTAP mode (the MACVLAN modes).
 * @param mode	MACVLAN_MODE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding the name as rtnl_link_macvlan_mode2str() gives it.
 */
extern char *rtnl_link_macvtap_mode2str(int mode, char *buf, size_t len);

/**
 * Look up a MACVTAP mode by name.
 * @param name	mode name (case ignored)
 *
 * @return The MACVLAN_MODE_* value; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_macvtap_str2mode(const char *name);

/**
 * Name MACVTAP flags (the MACVLAN flags).
 * @param flags	MACVLAN_FLAG_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas.
 */
extern char *rtnl_link_macvtap_flags2str(int flags, char *buf, size_t len);

/**
 * Translate MACVTAP flag names to flags.
 * @param name	comma separated flag names (case ignored)
 *
 * @return The MACVLAN_FLAG_* bits named; unknown names are ignored.
 */
extern int rtnl_link_macvtap_str2flags(const char *name);

/**
 * Set the mode of a MACVTAP link.
 * @param link	MACVTAP link
 * @param mode	MACVLAN_MODE_* value
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvtap_set_mode(struct rtnl_link *link, uint32_t mode);

/**
 * Get the mode of a MACVTAP link.
 * @param link	MACVTAP link
 *
 * @return The MACVLAN_MODE_* value; 0 when not set or for a link of
 *         another kind.
 */
extern uint32_t rtnl_link_macvtap_get_mode(struct rtnl_link *link);

/**
 * Turn MACVTAP flags on.
 * @param link	MACVTAP link
 * @param flags	MACVLAN_FLAG_* bits to set
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvtap_set_flags(struct rtnl_link *link, uint16_t flags);

/**
 * Turn MACVTAP flags off.
 * @param link	MACVTAP link
 * @param flags	MACVLAN_FLAG_* bits to clear
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvtap_unset_flags(struct rtnl_link *link,
					 uint16_t flags);

/**
 * Get the flags of a MACVTAP link.
 * @param link	MACVTAP link
 *
 * @return The MACVLAN_FLAG_* bits that are on; 0 for a link of another
 *         kind.
 */
extern uint16_t rtnl_link_macvtap_get_flags(struct rtnl_link *link);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
