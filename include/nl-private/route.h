/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3, part "route": the layouts of routes, their
 * next hops and policy rules, shared by route.c, route_obj.c, nexthop.c,
 * rule.c and lib/fib_lookup/lookup.c.  Never installed.
 */

#ifndef NL_PRIVATE_ROUTE_H_
#define NL_PRIVATE_ROUTE_H_

#include <stddef.h>
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

/*
 * A next hop of a route.  Programs built against upstream's headers walk
 * rtnl_route_get_nexthops() with nl_list_for_each_entry(..., rtnh_list)
 * through their own copy of upstream's private layout, so the members up
 * to rtnh_list keep upstream's offsets (asserted for x86_64 below).
 */
struct rtnl_nexthop {
	uint8_t rtnh_flags;
	uint8_t rtnh_flag_mask;
	uint8_t rtnh_weight;		/* rtnh_hops as the kernel has it */
	uint32_t rtnh_ifindex;
	struct nl_addr *rtnh_gateway;
	uint32_t ce_mask;		/* NH_ATTR_* */
	struct nl_list_head rtnh_list;
	uint32_t rtnh_realms;
	struct nl_addr *rtnh_newdst;	/* RTA_NEWDST (MPLS routes) */
	struct nl_addr *rtnh_via;	/* RTA_VIA (gateway of another family) */
	struct rtnl_nh_encap *rtnh_encap;
};

#if defined(__x86_64__) && !defined(__ILP32__)
_Static_assert(offsetof(struct rtnl_nexthop, rtnh_flags) == 0 &&
		       offsetof(struct rtnl_nexthop, rtnh_flag_mask) == 1 &&
		       offsetof(struct rtnl_nexthop, rtnh_weight) == 2 &&
		       offsetof(struct rtnl_nexthop, rtnh_ifindex) == 4 &&
		       offsetof(struct rtnl_nexthop, rtnh_gateway) == 8 &&
		       offsetof(struct rtnl_nexthop, ce_mask) == 16 &&
		       offsetof(struct rtnl_nexthop, rtnh_list) == 24,
	       "struct rtnl_nexthop must keep upstream's layout");
#endif

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

/*
 * A route is one allocation in the common case (routes parsed from the
 * kernel with at most one next hop of a plain kind): the destination
 * lives in the route's own storage (rt_store, an nl_addr whose references
 * are references to the route), and the single next hop is kept compact
 * (rt_cnh*, its gateway's bytes in rt_store too) until a caller asks for
 * the next hop list.  Rarely used attributes and the list live in rt_ext,
 * allocated on demand.  The storage holds two addresses of rt_addr_cap
 * bytes each: RT_ADDR_CAP in a route of the type's size, more in a route
 * the parser sized for longer addresses.
 */
#define RT_ADDR_CAP	4

/* rt_cnh: NH_ATTR_* bits of the compact next hop, and whether there is one */
#define RT_CNH_PRESENT	0x80

struct rtnl_route_ext {
	uint32_t rt_flag_mask;
	uint32_t rt_iif;
	uint32_t rt_nhid;
	uint32_t rt_metrics_mask;
	uint8_t rt_ttl_propagate;
	struct nl_addr *rt_src;
	struct nl_addr *rt_pref_src;
	/* RTAX_MAX values, allocated with the first metric set */
	uint32_t *rt_metrics;
	struct rtnl_rtcacheinfo rt_cacheinfo;
	/* the next hops, unless the route's single one is compact */
	struct nl_list_head rt_nexthops;
};

struct rtnl_route {
	NLHDR_COMMON

	uint8_t rt_family;
	uint8_t rt_tos;
	uint8_t rt_protocol;
	uint8_t rt_scope;
	uint8_t rt_type;
	uint8_t rt_cnh_flags;
	uint8_t rt_cnh_flag_mask;
	uint8_t rt_cnh_weight;
	uint32_t rt_flags;
	uint32_t rt_table;
	uint32_t rt_prio;
	uint32_t rt_nr_nh;
	int32_t rt_cnh_ifindex;
	uint8_t rt_cnh_gw_family;
	uint8_t rt_cnh_gw_len;
	uint8_t rt_addr_cap;		/* bytes of each address in rt_store */
	/*
	 * From here on, nl_object_clone() leaves the fields to the type's
	 * clone: rt_cnh and rt_ext change under concurrent readers (see
	 * nh_materialize()) and are only read with atomic loads.
	 */
	uint8_t rt_cnh;			/* RT_CNH_PRESENT | NH_ATTR_* */
	struct nl_addr *rt_dst;
	struct rtnl_route_ext *rt_ext;	/* NULL: none of its attributes */
	/* the embedded destination (nl_addr, then rt_addr_cap bytes), then
	 * rt_addr_cap bytes for the compact next hop's gateway */
	unsigned char rt_store[sizeof(struct nl_addr) + 2 * RT_ADDR_CAP]
		__attribute__((aligned(8)));
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

/* nh_encap.c: encapsulations of route next hops and nexthop objects */
int _nh_encap_parse(struct rtnl_nh_encap **result, struct nlattr *encap,
		    struct nlattr *type);
int _nh_encap_put(struct nl_msg *msg, struct rtnl_nh_encap *e, int nest_type,
		  int type_attr);
int _nh_encap_differ(const struct rtnl_nh_encap *a,
		     const struct rtnl_nh_encap *b);
int _nh_encap_type(const struct rtnl_nh_encap *e);
void _nh_encap_dump(struct rtnl_nh_encap *e, struct nl_dump_params *p);

/* nexthop.c */
int _rtnl_route_nh_parse_encap(struct rtnl_nexthop *nh, struct nlattr *encap,
			       struct nlattr *type);
int _rtnl_route_nh_put_encap(struct nl_msg *msg, struct rtnl_nexthop *nh);

/* route_utils.c: name of an interface for dumps ("dev %s"); writes the
 * number when no link cache is known. */
const char *_rtnl_route_ifname(int ifindex, char *buf, size_t len, int *found);

#endif
