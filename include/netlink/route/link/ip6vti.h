/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 virtual tunnel interfaces (kind "vti6").
 */

#ifndef NETLINK_ROUTE_LINK_IP6VTI_H_
#define NETLINK_ROUTE_LINK_IP6VTI_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_link_is_ip6vti(struct rtnl_link *);
extern struct rtnl_link *rtnl_link_ip6vti_alloc(void);
extern int rtnl_link_ip6vti_add(struct nl_sock *, const char *);
extern int rtnl_link_ip6vti_set_link(struct rtnl_link *, uint32_t);
extern int rtnl_link_ip6vti_get_link(struct rtnl_link *, uint32_t *);
extern int rtnl_link_ip6vti_set_ikey(struct rtnl_link *, uint32_t);
extern int rtnl_link_ip6vti_get_ikey(struct rtnl_link *, uint32_t *);
extern int rtnl_link_ip6vti_set_okey(struct rtnl_link *, uint32_t);
extern int rtnl_link_ip6vti_get_okey(struct rtnl_link *, uint32_t *);
extern int rtnl_link_ip6vti_set_local(struct rtnl_link *, struct in6_addr *);
extern int rtnl_link_ip6vti_get_local(struct rtnl_link *, struct in6_addr *);
extern int rtnl_link_ip6vti_set_remote(struct rtnl_link *, struct in6_addr *);
extern int rtnl_link_ip6vti_get_remote(struct rtnl_link *, struct in6_addr *);
extern int rtnl_link_ip6vti_set_fwmark(struct rtnl_link *, uint32_t);
extern int rtnl_link_ip6vti_get_fwmark(struct rtnl_link *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
