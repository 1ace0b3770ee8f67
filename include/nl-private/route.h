/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3, part "route": the layouts of routes, their
 * next hops and policy rules, shared by route.c, route_obj.c, nexthop.c,
 * rule.c and lib/fib_lookup/lookup.c.  Never installed.
 */

#ifndef NL_PRIVATE_ROUTE_H_
#define NL_PRIVATE_ROUTE_H_

#include <linux/rtnetlink.h>
#include <linux/fib_rules.h>

#include "nl-private/core.h"
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>

/* Next hop attributes (rtnl_nexthop.ce_mask) */
#define NH_ATTR_FLAGS	0x000001
#define NH_ATTR_WEIGHT	0x000002
#define NH_ATTR_IFINDEX	0x000004
#define NH_ATTR_GATEWAY	0x000008
#define NH_ATTR_REALMS	0x000010
#define NH_ATTR_NEWDST	0x000020
#define NH_ATTR_VIA	0x000040
#define NH_ATTR_ENCAP	0x000080

/* Lightweight tunnel encapsulation of a next hop (RTA_ENCAP).  Only MPLS
 * has a public API; other types are kept as raw bytes so they survive a
 * parse/build round trip. */
struct rtnl_nh_encap {
	uint16_t type;			/* LWTUNNEL_ENCAP_* */
	struct nl_addr *dst;		/* MPLS: label stack */
	uint8_t ttl;			/* MPLS: MPLS_IPTUNNEL_TTL */
	uint8_t has_ttl;
	struct nl_data *raw;		/* other types: the nested payload */
};

/* Laid out without holes: a cache of a million routes holds a million. */
struct rtnl_nexthop {
	uint8_t rtnh_flags;
	uint8_t rtnh_weight;		/* rtnh_hops as the kernel has it */
	uint32_t rtnh_flag_mask;
	int rtnh_ifindex;
	uint32_t rtnh_realms;
	uint32_t ce_mask;		/* NH_ATTR_* */
	struct nl_addr *rtnh_gateway;
	struct nl_addr *rtnh_newdst;	/* RTA_NEWDST (MPLS routes) */
	struct nl_addr *rtnh_via;	/* RTA_VIA (gateway of another family) */
	struct rtnl_nh_encap *rtnh_encap;
	struct nl_list_head rtnh_list;
};

/* Route attributes (rtnl_route.ce_mask) */
#define ROUTE_ATTR_FAMILY	0x000001
#define ROUTE_ATTR_TOS		0x000002
#define ROUTE_ATTR_TABLE	0x000004
#define ROUTE_ATTR_PROTOCOL	0x000008
#define ROUTE_ATTR_SCOPE	0x000010
#define ROUTE_ATTR_TYPE		0x000020
#define ROUTE_ATTR_FLAGS	0x000040
#define ROUTE_ATTR_DST		0x000080
#define ROUTE_ATTR_SRC		0x000100
#define ROUTE_ATTR_IIF		0x000200
#define ROUTE_ATTR_OIF		0x000400
#define ROUTE_ATTR_GATEWAY	0x000800
#define ROUTE_ATTR_PRIO		0x001000
#define ROUTE_ATTR_PREF_SRC	0x002000
#define ROUTE_ATTR_METRICS	0x004000
#define ROUTE_ATTR_MULTIPATH	0x008000
#define ROUTE_ATTR_REALMS	0x010000
#define ROUTE_ATTR_CACHEINFO	0x020000
#define ROUTE_ATTR_TTL_PROPAGATE 0x040000
#define ROUTE_ATTR_NHID		0x080000

struct rtnl_route {
	NLHDR_COMMON

	uint8_t rt_family;
	uint8_t rt_tos;
	uint8_t rt_protocol;
	uint8_t rt_scope;
	uint8_t rt_type;
	uint8_t rt_ttl_propagate;
	uint32_t rt_flags;
	uint32_t rt_flag_mask;
	uint32_t rt_table;
	uint32_t rt_iif;
	uint32_t rt_prio;
	uint32_t rt_nhid;
	struct nl_addr *rt_dst;
	struct nl_addr *rt_src;
	struct nl_addr *rt_pref_src;
	/* RTAX_MAX values, allocated with the first metric set: most routes
	 * have none, and the array would be a quarter of a route. */
	uint32_t *rt_metrics;
	uint32_t rt_metrics_mask;
	uint32_t rt_nr_nh;
	struct nl_list_head rt_nexthops;
	struct rtnl_rtcacheinfo rt_cacheinfo;
};

/* Rule attributes (rtnl_rule.ce_mask) */
#define RULE_ATTR_FAMILY	0x000001
#define RULE_ATTR_TABLE		0x000002
#define RULE_ATTR_ACTION	0x000004
#define RULE_ATTR_FLAGS		0x000008
#define RULE_ATTR_IIFNAME	0x000010
#define RULE_ATTR_OIFNAME	0x000020
#define RULE_ATTR_PRIO		0x000040
#define RULE_ATTR_MARK		0x000080
#define RULE_ATTR_MASK		0x000100
#define RULE_ATTR_GOTO		0x000200
#define RULE_ATTR_SRC		0x000400
#define RULE_ATTR_DST		0x000800
#define RULE_ATTR_DSFIELD	0x001000
#define RULE_ATTR_FLOW		0x002000
#define RULE_ATTR_L3MDEV	0x004000
#define RULE_ATTR_PROTOCOL	0x008000
#define RULE_ATTR_IP_PROTO	0x010000
#define RULE_ATTR_SPORT		0x020000
#define RULE_ATTR_DPORT		0x040000

struct rtnl_rule {
	NLHDR_COMMON

	uint8_t r_family;
	uint8_t r_action;
	uint8_t r_dsfield;
	uint8_t r_l3mdev;
	uint8_t r_protocol;
	uint8_t r_ip_proto;
	uint32_t r_table;
	uint32_t r_flags;
	uint32_t r_prio;
	uint32_t r_mark;
	uint32_t r_mask;
	uint32_t r_goto;
	uint32_t r_flow;
	struct nl_addr *r_src;
	struct nl_addr *r_dst;
	char r_iifname[16];
	char r_oifname[16];
	struct fib_rule_port_range r_sport;
	struct fib_rule_port_range r_dport;
};

/* nexthop.c */
int _rtnl_route_nh_parse_encap(struct rtnl_nexthop *nh,
			       const struct nlattr *encap,
			       const struct nlattr *type);
int _rtnl_route_nh_put_encap(struct nl_msg *msg, struct rtnl_nexthop *nh);
int _rtnl_route_nh_encap_differ(const struct rtnl_nh_encap *a,
				const struct rtnl_nh_encap *b);
void _rtnl_route_nh_encap_free(struct rtnl_nh_encap *e);
struct rtnl_nh_encap *_rtnl_route_nh_encap_clone(const struct rtnl_nh_encap *e);

/* route_utils.c: name of an interface for dumps ("dev %s"); writes the
 * number when no link cache is known. */
const char *_rtnl_route_ifname(int ifindex, char *buf, size_t len, int *found);

#endif
