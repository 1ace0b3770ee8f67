/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6-in-IPv4 tunnel links (kind "sit").
 */

#ifndef NETLINK_ROUTE_LINK_SIT_H_
#define NETLINK_ROUTE_LINK_SIT_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

extern struct rtnl_link *rtnl_link_sit_alloc(void);
extern int rtnl_link_sit_add(struct nl_sock *, const char *);
extern int rtnl_link_is_sit(struct rtnl_link *);
extern int rtnl_link_sit_set_link(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_sit_get_link(struct rtnl_link *);
extern int rtnl_link_sit_set_local(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_sit_get_local(struct rtnl_link *);
extern int rtnl_link_sit_set_remote(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_sit_get_remote(struct rtnl_link *);
extern int rtnl_link_sit_set_ttl(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_sit_get_ttl(struct rtnl_link *);
extern int rtnl_link_sit_set_tos(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_sit_get_tos(struct rtnl_link *);
extern int rtnl_link_sit_set_pmtudisc(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_sit_get_pmtudisc(struct rtnl_link *);
extern int rtnl_link_sit_set_flags(struct rtnl_link *, uint16_t);
extern uint16_t rtnl_link_sit_get_flags(struct rtnl_link *);
extern int rtnl_link_sit_set_proto(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_sit_get_proto(struct rtnl_link *);
extern int rtnl_link_sit_set_ip6rd_prefix(struct rtnl_link *,
		const struct in6_addr *);
extern int rtnl_link_sit_get_ip6rd_prefix(const struct rtnl_link *,
		struct in6_addr *);
extern int rtnl_link_sit_set_ip6rd_prefixlen(struct rtnl_link *, uint16_t);
extern int rtnl_link_sit_get_ip6rd_prefixlen(struct rtnl_link *, uint16_t *);
extern int rtnl_link_sit_set_ip6rd_relay_prefix(struct rtnl_link *, uint32_t);
extern int rtnl_link_sit_get_ip6rd_relay_prefix(const struct rtnl_link *,
		uint32_t *);
extern int rtnl_link_sit_set_ip6rd_relay_prefixlen(struct rtnl_link *,
		uint16_t);
extern int rtnl_link_sit_get_ip6rd_relay_prefixlen(struct rtnl_link *,
		uint16_t *);
extern int rtnl_link_sit_set_fwmark(struct rtnl_link *, uint32_t);
extern int rtnl_link_sit_get_fwmark(struct rtnl_link *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
