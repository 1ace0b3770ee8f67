/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * GRE tunnel links (kinds "gre" and "gretap").
 */

#ifndef NETLINK_ROUTE_LINK_IPGRE_H_
#define NETLINK_ROUTE_LINK_IPGRE_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_link_is_ipgre(struct rtnl_link *);
extern int rtnl_link_is_ipgretap(struct rtnl_link *);
extern struct rtnl_link *rtnl_link_ipgre_alloc(void);
extern struct rtnl_link *rtnl_link_ipgretap_alloc(void);
extern int rtnl_link_ipgre_add(struct nl_sock *, const char *);
extern int rtnl_link_ipgretap_add(struct nl_sock *, const char *);
extern int rtnl_link_ipgre_set_link(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipgre_get_link(struct rtnl_link *);
extern int rtnl_link_ipgre_set_iflags(struct rtnl_link *, uint16_t);
extern uint16_t rtnl_link_ipgre_get_iflags(struct rtnl_link *);
extern int rtnl_link_ipgre_set_oflags(struct rtnl_link *, uint16_t);
extern uint16_t rtnl_link_ipgre_get_oflags(struct rtnl_link *);
extern int rtnl_link_ipgre_set_ikey(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipgre_get_ikey(struct rtnl_link *);
extern int rtnl_link_ipgre_set_okey(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipgre_get_okey(struct rtnl_link *);
extern int rtnl_link_ipgre_set_local(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipgre_get_local(struct rtnl_link *);
extern int rtnl_link_ipgre_set_remote(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_ipgre_get_remote(struct rtnl_link *);
extern int rtnl_link_ipgre_set_ttl(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_ipgre_get_ttl(struct rtnl_link *);
extern int rtnl_link_ipgre_set_tos(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_ipgre_get_tos(struct rtnl_link *);
extern int rtnl_link_ipgre_set_pmtudisc(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_ipgre_get_pmtudisc(struct rtnl_link *);
extern int rtnl_link_ipgre_set_fwmark(struct rtnl_link *, uint32_t);
extern int rtnl_link_ipgre_get_fwmark(struct rtnl_link *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
