/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routing netlink helpers shared by the route objects: generic requests
 * and the names of route types, scopes and realms.
 */

#ifndef NETLINK_RTNL_H_
#define NETLINK_RTNL_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Realms: the source realm in the upper 16 bits, the destination in the
 * lower.  RTNL_MAKE_REALM is kept as upstream defines it. */
#define RTNL_REALM_MASK (0xFFFF)
#define RTNL_REALM_FROM(realm) ((realm) >> 16)
#define RTNL_REALM_TO(realm) ((realm) & RTNL_REALM_MASK)
#define RTNL_MAKE_REALM(from, to) \
	((RTNL_REALM_TO(from) << 16) & RTNL_REALM_TO(to))

extern int nl_rtgen_request(struct nl_sock *, int, int, int);
extern char *nl_rtntype2str(int, char *, size_t);
extern int nl_str2rtntype(const char *);
extern char *rtnl_scope2str(int, char *, size_t);
extern int rtnl_str2scope(const char *);
extern char *rtnl_realms2str(uint32_t, char *, size_t);

#ifdef __cplusplus
}
#endif

#endif
