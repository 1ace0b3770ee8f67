/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv4 virtual tunnel interfaces (kind "vti").
 */

#ifndef NETLINK_ROUTE_LINK_IPVTI_H_
#define NETLINK_ROUTE_LINK_IPVTI_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern struct rtnl_link *rtnl_link_ipvti_alloc(void);
extern int rtnl_link_ipvti_add(struct nl_sock *, const char *);
extern int rtnl_link_is_ipvti(struct rtnl_link *);
extern int rtnl_link_ipvti_set_link(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipvti_get_link(struct rtnl_link *);
extern int rtnl_link_ipvti_set_ikey(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipvti_get_ikey(struct rtnl_link *);
extern int rtnl_link_ipvti_set_okey(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipvti_get_okey(struct rtnl_link *);
extern int rtnl_link_ipvti_set_local(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipvti_get_local(struct rtnl_link *);
extern int rtnl_link_ipvti_set_remote(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipvti_get_remote(struct rtnl_link *);
extern int rtnl_link_ipvti_set_fwmark(struct rtnl_link *, uint32_t);
extern int rtnl_link_ipvti_get_fwmark(struct rtnl_link *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
