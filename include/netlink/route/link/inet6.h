/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 data of links: flags, address generation mode, token and devconf.
 */

#ifndef NETLINK_LINK_INET6_H_
#define NETLINK_LINK_INET6_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern const char *rtnl_link_inet6_addrgenmode2str(uint8_t, char *, size_t);
extern uint8_t rtnl_link_inet6_str2addrgenmode(const char *);

extern int rtnl_link_inet6_get_token(struct rtnl_link *, struct nl_addr **);
extern int rtnl_link_inet6_set_token(struct rtnl_link *, struct nl_addr *);

extern int rtnl_link_inet6_get_addr_gen_mode(struct rtnl_link *, uint8_t *);
extern int rtnl_link_inet6_set_addr_gen_mode(struct rtnl_link *, uint8_t);

extern int rtnl_link_inet6_get_flags(struct rtnl_link *, uint32_t *);
extern int rtnl_link_inet6_set_flags(struct rtnl_link *, uint32_t);

extern int rtnl_link_inet6_get_conf(struct rtnl_link *, unsigned int,
				    uint32_t *);

extern char *rtnl_link_inet6_flags2str(int, char *, size_t);
extern int rtnl_link_inet6_str2flags(const char *);

#ifdef __cplusplus
}
#endif

#endif
