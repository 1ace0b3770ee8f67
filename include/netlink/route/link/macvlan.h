/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * MACVLAN links.
 */

#ifndef NETLINK_LINK_MACVLAN_H_
#define NETLINK_LINK_MACVLAN_H_

/**
 * @defgroup route_link_macvlan MACVLAN
 * @ingroup route_link
 * MACVLAN links (kind "macvlan"): virtual devices with their own MAC
 * address on a lower link (rtnl_link_set_link()), in one of the
 * MACVLAN_MODE_* modes (IFLA_MACVLAN_*). In source mode a list of allowed
 * source MAC addresses is kept.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "macvlan".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_macvlan_alloc(void);

/**
 * Tell whether a link is a MACVLAN link.
 * @param link	link object
 *
 * @return 1 when link is of kind "macvlan", 0 otherwise.
 */
extern int rtnl_link_is_macvlan(struct rtnl_link *link);

/**
 * Name a MACVLAN mode.
 * @param mode	MACVLAN_MODE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "private", "vepa", "bridge", "passthru" or
 *         "source", or the value in hexadecimal.
 */
extern char *rtnl_link_macvlan_mode2str(int mode, char *buf, size_t len);

/**
 * Look up a MACVLAN mode by name.
 * @param name	name as rtnl_link_macvlan_mode2str() gives it (case ignored)
 *
 * @return The MACVLAN_MODE_* value; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_macvlan_str2mode(const char *name);

/**
 * Name MACVLAN flags.
 * @param flags	MACVLAN_FLAG_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("nopromisc"), empty when none is set.
 */
extern char *rtnl_link_macvlan_flags2str(int flags, char *buf, size_t len);

/**
 * Translate MACVLAN flag names to flags.
 * @param name	comma separated flag names (case ignored)
 *
 * @return The MACVLAN_FLAG_* bits named; unknown names are ignored.
 */
extern int rtnl_link_macvlan_str2flags(const char *name);

/**
 * Name a mode of the source address list.
 * @param mode	MACVLAN_MACADDR_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding the name in double quotes ("\"add\"", "\"del\"",
 *         "\"flush\"", "\"set\""), or the value in hexadecimal.
 */
extern char *rtnl_link_macvlan_macmode2str(int mode, char *buf, size_t len);

/**
 * Look up a mode of the source address list by name.
 * @param name	name as rtnl_link_macvlan_macmode2str() gives it, double
 *		quotes included (case ignored)
 *
 * @return The MACVLAN_MACADDR_* value; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_macvlan_str2macmode(const char *name);

/**
 * Set the mode of a MACVLAN link.
 * @param link	MACVLAN link
 * @param mode	MACVLAN_MODE_PRIVATE, _VEPA, _BRIDGE, _PASSTHRU or _SOURCE
 *
 * Any mode but MACVLAN_MODE_SOURCE drops the source address list and its
 * mode.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_set_mode(struct rtnl_link *link, uint32_t mode);

/**
 * Get the mode of a MACVLAN link.
 * @param link	MACVLAN link
 *
 * @return The MACVLAN_MODE_* value; 0 when not set or for a link of
 *         another kind.
 */
extern uint32_t rtnl_link_macvlan_get_mode(struct rtnl_link *link);

/**
 * Turn MACVLAN flags on.
 * @param link	MACVLAN link
 * @param flags	MACVLAN_FLAG_* bits to set (MACVLAN_FLAG_NOPROMISC)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_set_flags(struct rtnl_link *link, uint16_t flags);

/**
 * Turn MACVLAN flags off.
 * @param link	MACVLAN link
 * @param flags	MACVLAN_FLAG_* bits to clear
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_unset_flags(struct rtnl_link *link,
					 uint16_t flags);

/**
 * Get the flags of a MACVLAN link.
 * @param link	MACVLAN link
 *
 * @return The MACVLAN_FLAG_* bits that are on; 0 for a link of another
 *         kind.
 */
extern uint16_t rtnl_link_macvlan_get_flags(struct rtnl_link *link);

/**
 * Set how a request applies the source address list.
 * @param link	MACVLAN link in MACVLAN_MODE_SOURCE
 * @param macmode	MACVLAN_MACADDR_ADD, _DEL, _FLUSH or _SET
 *
 * Set the mode to MACVLAN_MODE_SOURCE first.
 *
 * @return 0; -NLE_INVAL when the link is not in source mode,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_set_macmode(struct rtnl_link *link,
					 uint32_t macmode);

/**
 * Get how a request applies the source address list.
 * @param link	MACVLAN link
 * @param[out] out_macmode	the MACVLAN_MACADDR_* value
 *
 * @return 0 with *out_macmode set; -NLE_INVAL when the link is not in
 *         source mode, has no list mode or out_macmode is NULL,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_get_macmode(struct rtnl_link *link,
					 uint32_t *out_macmode);

/**
 * Count the source addresses of a MACVLAN link.
 * @param link	MACVLAN link in MACVLAN_MODE_SOURCE
 * @param[out] out_count	number of addresses in the list
 *
 * The list is usable in source mode once a list mode was set with
 * rtnl_link_macvlan_set_macmode() or the kernel reported a list.
 *
 * @return 0 with *out_count set; -NLE_INVAL when the list is not usable
 *         or out_count is NULL, -NLE_OPNOTSUPP for a link of another
 *         kind.
 */
extern int rtnl_link_macvlan_count_macaddr(struct rtnl_link *link,
					   uint32_t *out_count);

/**
 * Get one source address of a MACVLAN link.
 * @param link	MACVLAN link in MACVLAN_MODE_SOURCE
 * @param idx	position in the list, from 0
 * @param[out] addr	the address
 *
 * @return 0 with *addr set to an address owned by link (valid until the
 *         list changes; nl_addr_get() it to keep it); -NLE_INVAL when the
 *         list is not usable, idx is out of range or addr is NULL,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_get_macaddr(struct rtnl_link *link, uint32_t idx,
					 const struct nl_addr **addr);

/**
 * Append a source address to a MACVLAN link.
 * @param link	MACVLAN link in MACVLAN_MODE_SOURCE with a list mode
 * @param addr	MAC address (AF_LLC, 6 bytes)
 *
 * The link takes a reference to addr; the caller keeps its own.
 *
 * @return 0; -NLE_INVAL when the list is not usable or addr is no MAC
 *         address, -NLE_NOMEM, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_add_macaddr(struct rtnl_link *link,
					 struct nl_addr *addr);

/**
 * Remove a source address from a MACVLAN link.
 * @param link	MACVLAN link in MACVLAN_MODE_SOURCE with a list mode
 * @param addr	MAC address (AF_LLC); every entry equal to it is removed
 *
 * @return The number of entries removed (0 when none was equal);
 *         -NLE_INVAL when the list is not usable or addr is no MAC
 *         address, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macvlan_del_macaddr(struct rtnl_link *link,
					 struct nl_addr *addr);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
