/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routing netlink helpers shared by the route objects: generic requests
 * and the names of route types, scopes and realms.
 */

#ifndef NETLINK_RTNL_H_
#define NETLINK_RTNL_H_

/**
 * @defgroup route_rtnl Routing netlink helpers
 * @ingroup route
 * Helpers shared by the routing objects: a generic rtnetlink request,
 * and the names of route types, route scopes and routing realms.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Realms: the source realm in the upper 16 bits, the destination in the
 * lower.  RTNL_MAKE_REALM is kept as upstream defines it. */
/** Mask of one realm within a realms value. */
#define RTNL_REALM_MASK (0xFFFF)
/** Source realm of a realms value. */
#define RTNL_REALM_FROM(realm) ((realm) >> 16)
/** Destination realm of a realms value. */
#define RTNL_REALM_TO(realm) ((realm) & RTNL_REALM_MASK)
/**
 * Combine two realms into a realms value. As upstream defines it, the
 * halves are combined with a bitwise AND, which yields 0; build the
 * value as (from << 16) | to instead.
 */
#define RTNL_MAKE_REALM(from, to) \
	((RTNL_REALM_TO(from) << 16) & RTNL_REALM_TO(to))

/**
 * Send a generic rtnetlink request.
 * @param sk	netlink route socket
 * @param type	message type (RTM_GETLINK, RTM_GETROUTE...)
 * @param family	address family, carried in a struct rtgenmsg
 * @param flags	netlink flags (NLM_F_DUMP...)
 *
 * Sends the message with nl_send_simple(); it does not wait for a reply.
 *
 * @return 0 on success; a negative error code of sending (-NLE_NOMEM,
 *         -NLE_BAD_SOCK...).
 */
extern int nl_rtgen_request(struct nl_sock *sk, int type, int family,
			    int flags);

/**
 * Translate a route type to its name.
 * @param type	RTN_* value
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names: "unspec", "unicast", "local", "broadcast", "anycast",
 * "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat",
 * "xresolve".
 *
 * @return buf, holding the name, or the number in hexadecimal ("0x1f")
 *         when the type has no name.
 */
extern char *nl_rtntype2str(int type, char *buf, size_t size);

/**
 * Translate a route type name to its value.
 * @param name	name as nl_rtntype2str() writes it (case is ignored), or
 *		a number
 *
 * @return The RTN_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2rtntype(const char *name);

/**
 * Translate a route scope to its name.
 * @param scope	RT_SCOPE_* value
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names: "global" (0), "site" (200), "link" (253), "host" (254),
 * "nowhere" (255).
 *
 * @return buf, holding the name, or the number in hexadecimal when the
 *         scope has no name.
 */
extern char *rtnl_scope2str(int scope, char *buf, size_t size);

/**
 * Translate a route scope name to its value.
 * @param name	name as rtnl_scope2str() writes it (case is ignored), or a
 *		number
 *
 * @return The RT_SCOPE_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_str2scope(const char *name);

/**
 * Format a realms value.
 * @param realms	source realm in the upper 16 bits, destination realm
 *			in the lower 16 bits
 * @param buf	buffer for the text
 * @param len	size of buf in bytes
 *
 * @return buf, holding "from/to" with both realms as decimal numbers.
 */
extern char *rtnl_realms2str(uint32_t realms, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
