/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Behaviour of upstream libnl 3.12 that programs rely on, for routes,
 * route next hops, nexthop objects and their encapsulations, without a
 * kernel: return codes of absent attributes and bad arguments, ownership,
 * what _identical() compares, the bytes of requests, the private layout
 * of struct rtnl_nexthop that upstream's own tests walk.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/lwtunnel.h>
#include <linux/nexthop.h>
#include <linux/ila.h>
#include <linux/if_tunnel.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/list.h>
#include <netlink/object.h>
#include <netlink/cache.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/nh.h>
#include <netlink/route/addr.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/rule.h>
#include <netlink/route/neightbl.h>
#include <linux/neighbour.h>

static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

/* ------------------------------------------------------------------ */
/* The layout of struct rtnl_nexthop                                    */

/*
 * Upstream's private layout, as programs and upstream's own tests
 * declare it to walk rtnl_route_get_nexthops() (x86_64 offsets: flags 0,
 * flag mask 1, weight 2, ifindex 4, gateway 8, ce_mask 16, list 24).
 */
struct upstream_nexthop {
	uint8_t rtnh_flags;
	uint8_t rtnh_flag_mask;
	uint8_t rtnh_weight;
	uint32_t rtnh_ifindex;
	struct nl_addr *rtnh_gateway;
	uint32_t ce_mask;
	struct nl_list_head rtnh_list;
	uint32_t rtnh_realms;
	struct nl_addr *rtnh_newdst;
	struct nl_addr *rtnh_via;
	struct rtnl_nh_encap *rtnh_encap;
};

#if defined(__x86_64__) && !defined(__ILP32__)
_Static_assert(offsetof(struct upstream_nexthop, rtnh_list) == 24,
	       "the copy of upstream's layout is wrong");
#endif

/* Walk @r's next hops through upstream's layout and check each against
 * the accessors; returns how many there were. */
static int walk_upstream_layout(struct rtnl_route *r)
{
	struct upstream_nexthop *u;
	int n = 0;

	nl_list_for_each_entry(u, rtnl_route_get_nexthops(r), rtnh_list) {
		struct rtnl_nexthop *nh = rtnl_route_nexthop_n(r, n);

		ck_assert_ptr_eq((void *)u, (void *)nh);
		ck_assert_uint_eq(u->rtnh_ifindex,
				  (uint32_t)rtnl_route_nh_get_ifindex(nh));
		ck_assert_uint_eq(u->rtnh_weight, rtnl_route_nh_get_weight(nh));
		ck_assert_uint_eq(u->rtnh_flags, rtnl_route_nh_get_flags(nh));
		ck_assert_ptr_eq(u->rtnh_gateway,
				 rtnl_route_nh_get_gateway(nh));
		n++;
	}
	return n;
}

START_TEST(nexthop_layout)
{
	struct rtnl_route *r = rtnl_route_alloc(), *back;
	struct nl_msg *msg = NULL;
	char buf[64];
	int i;

	for (i = 1; i <= 3; i++) {
		struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
		struct nl_addr *gw;

		snprintf(buf, sizeof(buf), "10.0.0.%d", i);
		gw = A(buf, AF_INET);
		rtnl_route_nh_set_ifindex(nh, 10 * i);
		rtnl_route_nh_set_weight(nh, (uint8_t)(i + 4));
		rtnl_route_nh_set_gateway(nh, gw);
		if (i == 2)
			rtnl_route_nh_set_flags(nh, RTNH_F_ONLINK);
		nl_addr_put(gw);
		rtnl_route_add_nexthop(r, nh);
	}
	ck_assert_int_eq(walk_upstream_layout(r), 3);

	/* the same through a message the library parsed */
	{
		struct nl_addr *dst = A("198.51.100.0/24", AF_INET);

		ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
		nl_addr_put(dst);
	}
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &msg), 0);
	ck_assert_int_eq(rtnl_route_parse(nlmsg_hdr(msg), &back), 0);
	ck_assert_int_eq(rtnl_route_get_nnexthops(back), 3);
	ck_assert_int_eq(walk_upstream_layout(back), 3);
	{
		struct upstream_nexthop *u = nl_list_entry(
			rtnl_route_get_nexthops(back)->next,
			struct upstream_nexthop, rtnh_list);

		ck_assert_uint_eq(u->rtnh_ifindex, 10);
		ck_assert_uint_eq(u->rtnh_weight, 5);
		ck_assert_str_eq(nl_addr2str(u->rtnh_gateway, buf, sizeof(buf)),
				 "10.0.0.1");
	}
	nlmsg_free(msg);
	rtnl_route_put(back);
	rtnl_route_put(r);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Route next hops                                                      */

/* The expectations of upstream's own next hop test, in our words. */
START_TEST(route_nh_accessors)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc(), *cl, *cl2;
	struct nl_addr *gw4 = A("192.0.2.1", AF_INET);
	struct nl_addr *gw6 = A("2001:db8::1", AF_INET6);
	struct nl_addr *nd = A("198.51.100.7", AF_INET);
	struct nl_addr *via = A("2001:db8::2", AF_INET6);
	struct nl_addr *lbl = A("100", AF_MPLS);
	struct rtnl_nh_encap *e, *ec;
	char buf[64];

	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 0);
	rtnl_route_nh_set_ifindex(nh, 123);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 123);
	ck_assert_uint_eq(rtnl_route_nh_get_weight(nh), 0);
	rtnl_route_nh_set_weight(nh, 7);
	ck_assert_uint_eq(rtnl_route_nh_get_weight(nh), 7);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), 0);
	rtnl_route_nh_set_flags(nh, RTNH_F_ONLINK);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), RTNH_F_ONLINK);
	ck_assert_str_eq(rtnl_route_nh_flags2str(RTNH_F_ONLINK, buf,
						 sizeof(buf)), "onlink");
	ck_assert_int_eq(rtnl_route_nh_str2flags("onlink"), RTNH_F_ONLINK);
	rtnl_route_nh_unset_flags(nh, RTNH_F_ONLINK);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_realms(nh), 0);
	rtnl_route_nh_set_realms(nh, 0xAABBCCDDu);
	ck_assert_uint_eq(rtnl_route_nh_get_realms(nh), 0xAABBCCDDu);

	/* a replaced gateway loses the reference the next hop held */
	ck_assert_ptr_null(rtnl_route_nh_get_gateway(nh));
	rtnl_route_nh_set_gateway(nh, gw4);
	ck_assert_int_ne(nl_addr_shared(gw4), 0);
	rtnl_route_nh_set_gateway(nh, gw6);
	ck_assert_int_eq(nl_addr_shared(gw4), 0);
	ck_assert_int_eq(nl_addr_get_family(rtnl_route_nh_get_gateway(nh)),
			 AF_INET6);
	rtnl_route_nh_set_gateway(nh, NULL);
	ck_assert_ptr_null(rtnl_route_nh_get_gateway(nh));

	ck_assert_ptr_null(rtnl_route_nh_get_newdst(nh));
	ck_assert_int_eq(rtnl_route_nh_set_newdst(nh, nd), 0);
	ck_assert_ptr_eq(rtnl_route_nh_get_newdst(nh), nd);
	ck_assert_int_eq(rtnl_route_nh_set_newdst(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_route_nh_get_newdst(nh));
	ck_assert_ptr_null(rtnl_route_nh_get_via(nh));
	ck_assert_int_eq(rtnl_route_nh_set_via(nh, via), 0);
	ck_assert_ptr_eq(rtnl_route_nh_get_via(nh), via);
	ck_assert_int_eq(rtnl_route_nh_set_via(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_route_nh_get_via(nh));

	/* clones compare equal; weight and flags make them differ, but
	 * they stay the same path */
	cl = rtnl_route_nh_clone(nh);
	ck_assert_ptr_nonnull(cl);
	ck_assert_int_eq(rtnl_route_nh_compare(nh, cl, 0xFFFFFFFFu, 0), 0);
	rtnl_route_nh_set_weight(cl, 9);
	rtnl_route_nh_set_flags(cl, RTNH_F_ONLINK);
	ck_assert_int_ne(rtnl_route_nh_compare(nh, cl, 0xFFFFFFFFu, 0), 0);
	ck_assert_int_ne(rtnl_route_nh_identical(nh, cl), 0);
	rtnl_route_nh_free(cl);

	/* MPLS encapsulation */
	e = rtnl_nh_encap_alloc();
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(e), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_mpls(e, NULL, 0), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_mpls(e, lbl, 64), 0);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, e), 0);
	ck_assert_ptr_eq(rtnl_route_nh_get_encap(nh), e);
	ck_assert_ptr_eq(rtnl_nh_get_encap_mpls_dst(e), lbl);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(e), 64);
	ck_assert_ptr_eq(rtnl_route_nh_get_encap_mpls_dst(nh), lbl);
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(nh), 64);
	ec = rtnl_nh_encap_clone(e);
	ck_assert_ptr_nonnull(ec);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_mpls_dst(ec), lbl), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(ec), 64);
	rtnl_nh_encap_free(ec);
	/* a clone of the next hop has its own copy */
	cl2 = rtnl_route_nh_clone(nh);
	ck_assert_ptr_nonnull(rtnl_route_nh_get_encap(cl2));
	ck_assert_ptr_ne(rtnl_route_nh_get_encap(cl2), e);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(rtnl_route_nh_get_encap(cl2)),
			 64);
	ck_assert_int_ne(rtnl_route_nh_identical(nh, cl2), 0);
	rtnl_route_nh_free(cl2);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_route_nh_get_encap(nh));
	ck_assert_ptr_null(rtnl_route_nh_get_encap_mpls_dst(nh));
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(nh), 0);

	/* the route next hop's own MPLS shortcut */
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, NULL, 3), -NLE_INVAL);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(NULL, lbl, 3), -NLE_INVAL);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, lbl, 3), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(rtnl_route_nh_get_encap(nh)),
			 LWTUNNEL_ENCAP_MPLS);
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(nh), 3);

	rtnl_route_nh_free(nh);
	nl_addr_put(gw4);
	nl_addr_put(gw6);
	nl_addr_put(nd);
	nl_addr_put(via);
	nl_addr_put(lbl);
}
END_TEST

/* identical(): interface, realms, gateway, newdst, via, encap; nothing
 * else. */
START_TEST(route_nh_identical)
{
	struct rtnl_nexthop *a = rtnl_route_nh_alloc(), *b;
	struct nl_addr *gw = A("10.0.0.1", AF_INET);
	struct nl_addr *gw2 = A("10.0.0.2", AF_INET);
	struct nl_addr *lbl = A("100", AF_MPLS);
	struct nl_addr *via = A("2001:db8::2", AF_INET6);

	rtnl_route_nh_set_ifindex(a, 2);
	rtnl_route_nh_set_gateway(a, gw);
	rtnl_route_nh_set_realms(a, 7);
	rtnl_route_nh_set_weight(a, 1);

	b = rtnl_route_nh_clone(a);
	ck_assert_int_ne(rtnl_route_nh_identical(a, b), 0);
	rtnl_route_nh_set_weight(b, 200);
	rtnl_route_nh_set_flags(b, RTNH_F_DEAD | RTNH_F_ONLINK);
	ck_assert_int_ne(rtnl_route_nh_identical(a, b), 0);
	ck_assert_int_ne(rtnl_route_nh_identical(b, a), 0);
	/* a weight the other does not have at all does not count either */
	rtnl_route_nh_free(b);
	b = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(b, 2);
	rtnl_route_nh_set_gateway(b, gw);
	rtnl_route_nh_set_realms(b, 7);
	ck_assert_int_ne(rtnl_route_nh_identical(a, b), 0);

	/* each of the six attributes does */
	rtnl_route_nh_set_ifindex(b, 3);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	rtnl_route_nh_set_ifindex(b, 2);
	rtnl_route_nh_set_realms(b, 8);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	rtnl_route_nh_set_realms(b, 7);
	rtnl_route_nh_set_gateway(b, gw2);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	rtnl_route_nh_set_gateway(b, NULL);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	rtnl_route_nh_set_gateway(b, gw);
	ck_assert_int_ne(rtnl_route_nh_identical(a, b), 0);
	ck_assert_int_eq(rtnl_route_nh_set_newdst(b, lbl), 0);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	ck_assert_int_eq(rtnl_route_nh_set_newdst(b, NULL), 0);
	ck_assert_int_eq(rtnl_route_nh_set_via(b, via), 0);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	ck_assert_int_eq(rtnl_route_nh_set_via(b, NULL), 0);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(b, lbl, 0), 0);
	ck_assert_int_eq(rtnl_route_nh_identical(a, b), 0);
	ck_assert_int_eq(rtnl_route_nh_set_encap(b, NULL), 0);
	ck_assert_int_ne(rtnl_route_nh_identical(a, b), 0);

	rtnl_route_nh_free(a);
	rtnl_route_nh_free(b);
	nl_addr_put(gw);
	nl_addr_put(gw2);
	nl_addr_put(lbl);
	nl_addr_put(via);
}
END_TEST

/* An RTM_NEWROUTE/RTM_DELROUTE notification of IPv6 route @dst with one
 * next hop via @gw on interface 2, carrying @flags and @hops. */
static struct rtnl_route *v6_event(int type, const char *gw, uint8_t flags,
				   uint8_t hops)
{
	struct nl_msg *m = nlmsg_alloc_simple(type, 0);
	struct rtmsg rtm = {
		.rtm_family = AF_INET6, .rtm_dst_len = 64,
		.rtm_table = RT_TABLE_MAIN, .rtm_protocol = RTPROT_STATIC,
		.rtm_type = RTN_UNICAST,
	};
	struct rtnexthop *rtnh;
	struct nlattr *mp;
	unsigned char a[16];
	struct rtnl_route *r;

	ck_assert_int_eq(nlmsg_append(m, &rtm, sizeof(rtm), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(inet_pton(AF_INET6, "2001:db8:1::", a), 1);
	nla_put(m, RTA_DST, 16, a);
	nla_put_u32(m, RTA_TABLE, RT_TABLE_MAIN);
	nla_put_u32(m, RTA_PRIORITY, 1024);
	mp = nla_nest_start(m, RTA_MULTIPATH);
	rtnh = nlmsg_reserve(m, sizeof(*rtnh), NLMSG_ALIGNTO);
	rtnh->rtnh_flags = flags;
	rtnh->rtnh_hops = hops;
	rtnh->rtnh_ifindex = 2;
	ck_assert_int_eq(inet_pton(AF_INET6, gw, a), 1);
	nla_put(m, RTA_GATEWAY, 16, a);
	rtnh->rtnh_len = (unsigned short)((unsigned char *)nlmsg_tail(
						  nlmsg_hdr(m)) -
					  (unsigned char *)rtnh);
	nla_nest_end(m, mp);
	ck_assert_int_eq(rtnl_route_parse(nlmsg_hdr(m), &r), 0);
	nlmsg_free(m);
	return r;
}

static void include(struct nl_cache *c, struct rtnl_route *r)
{
	ck_assert_int_eq(nl_cache_include(c, (struct nl_object *)r, NULL,
					  NULL), 0);
	rtnl_route_put(r);
}

/* The gateways of the only route of @c, in order, and their flags. */
static const char *paths(struct nl_cache *c)
{
	static char out[256];
	struct rtnl_route *r = (struct rtnl_route *)nl_cache_get_first(c);
	struct rtnl_nexthop *nh;
	char buf[64];
	int i;

	out[0] = '\0';
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	for (i = 0; (nh = rtnl_route_nexthop_n(r, i)); i++) {
		snprintf(out + strlen(out), sizeof(out) - strlen(out),
			 "%s%s/%u/%u", i ? " " : "",
			 nl_addr2str(rtnl_route_nh_get_gateway(nh), buf,
				     sizeof(buf)),
			 rtnl_route_nh_get_flags(nh),
			 rtnl_route_nh_get_weight(nh));
	}
	return out;
}

/* A cache merges the next hops the kernel announces one by one for an
 * IPv6 multipath route; a path is recognised by what identical()
 * compares, so a change of its flags or weight is no new path, and its
 * deletion finds it whatever flags the event carries. */
START_TEST(cache_multipath_merge)
{
	struct nl_cache *c = NULL;

	ck_assert_int_eq(nl_cache_alloc_name("route/route", &c), 0);
	include(c, v6_event(RTM_NEWROUTE, "fe80::1", 0, 0));
	ck_assert_str_eq(paths(c), "fe80::1/0/0");
	include(c, v6_event(RTM_NEWROUTE, "fe80::2", 0, 0));
	ck_assert_str_eq(paths(c), "fe80::1/0/0 fe80::2/0/0");
	/* the same path again, now dead with another weight */
	include(c, v6_event(RTM_NEWROUTE, "fe80::1", RTNH_F_DEAD, 4));
	ck_assert_str_eq(paths(c), "fe80::1/1/4 fe80::2/0/0");
	/* removal whatever the flags the event has */
	include(c, v6_event(RTM_DELROUTE, "fe80::2", RTNH_F_LINKDOWN, 9));
	ck_assert_str_eq(paths(c), "fe80::1/1/4");
	include(c, v6_event(RTM_DELROUTE, "fe80::1", 0, 0));
	ck_assert_int_eq(nl_cache_nitems(c), 0);
	nl_cache_free(c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Encapsulations                                                       */

/* Ownership: set_encap() owns the encapsulation on every path. */
START_TEST(encap_ownership)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct rtnl_nexthop *rnh = rtnl_route_nh_alloc();
	struct nl_addr *lbl = A("100", AF_MPLS);
	struct rtnl_nh_encap *e, *keep;

	/* refused for want of a nexthop: freed (the sanitizer build sees
	 * a leak otherwise) */
	ck_assert_int_eq(rtnl_nh_set_encap(NULL, rtnl_nh_encap_alloc()),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_route_nh_set_encap(NULL, rtnl_nh_encap_alloc()),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap(NULL, NULL), -NLE_INVAL);

	/* an encapsulation without a type is refused and freed; what the
	 * nexthop had stays */
	ck_assert_int_eq(rtnl_nh_encap_get_type(NULL), -NLE_INVAL);
	e = rtnl_nh_encap_alloc();
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, e), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_encap(nh));
	keep = rtnl_nh_encap_alloc();
	ck_assert_int_eq(rtnl_nh_encap_mpls(keep, lbl, 0), 0);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, keep), 0);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, rtnl_nh_encap_alloc()),
			 -NLE_INVAL);
	ck_assert_ptr_eq(rtnl_nh_get_encap(nh), keep);
	/* the same rules for a route's next hop */
	ck_assert_int_eq(rtnl_route_nh_set_encap(rnh, rtnl_nh_encap_alloc()),
			 -NLE_INVAL);
	ck_assert_ptr_null(rtnl_route_nh_get_encap(rnh));
	/* setting the one it has already keeps it */
	ck_assert_int_eq(rtnl_nh_set_encap(nh, keep), 0);
	ck_assert_ptr_eq(rtnl_nh_get_encap(nh), keep);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_encap(nh));
	/* the getters of no encapsulation */
	ck_assert_ptr_null(rtnl_nh_get_encap_mpls_dst(NULL));
	ck_assert_uint_eq(rtnl_nh_get_encap_ip6_id(NULL), 0);
	ck_assert_uint_eq(rtnl_nh_get_encap_ip_id(NULL), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_flags(NULL), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_encap_clone(NULL));
	rtnl_nh_encap_free(NULL);

	rtnl_route_nh_free(rnh);
	rtnl_nh_put(nh);
	nl_addr_put(lbl);
}
END_TEST

START_TEST(encap_ip6_accessors)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc(), *m;
	struct nl_addr *dst = A("2001:db8:1::1", AF_INET6);
	struct nl_addr *src = A("2001:db8:1::2", AF_INET6);
	struct nl_addr *v4 = A("192.0.2.1", AF_INET);
	struct nl_addr *lbl = A("100", AF_MPLS);
	uint16_t flags = TUNNEL_KEY | TUNNEL_CSUM | TUNNEL_SEQ;

	ck_assert_int_eq(rtnl_nh_encap_ip6(e, v4), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_ip6(e, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_ip6(NULL, dst), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_ip6(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP6);
	/* unset values */
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_src(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_hoplimit(e), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(e), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e), 0);
	ck_assert_uint_eq(rtnl_nh_get_encap_ip6_id(e), 0);

	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, v4), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_hoplimit(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_tc(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(e, flags), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_id(e, 0x1122334455667788ULL),
			 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip6_dst(e), dst), 0);
	/* the source belongs to the encapsulation: the same pointer on
	 * every call, a copy of what was given */
	ck_assert_ptr_eq(rtnl_nh_get_encap_ip6_src(e),
			 rtnl_nh_get_encap_ip6_src(e));
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip6_src(e), src), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_hoplimit(e), 32);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(e), 0x2e);
	/* flags come back as given: network order values */
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e), flags);
	ck_assert(rtnl_nh_get_encap_ip6_id(e) == 0x1122334455667788ULL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_src(e));
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(e, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e), 0);
	/* IPv4 and ILA accessors refuse it */
	ck_assert_ptr_null(rtnl_nh_get_encap_ip_dst(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_flags(e, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e), -NLE_INVAL);

	/* the IPv6 accessors refuse an MPLS encapsulation */
	m = rtnl_nh_encap_alloc();
	ck_assert_int_eq(rtnl_nh_encap_mpls(m, lbl, 64), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_hoplimit(m, 16), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_tc(m, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(m, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(m, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_id(m, 1), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_dst(m));
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_src(m));
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_hoplimit(m), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(m), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(m), -NLE_INVAL);
	ck_assert_uint_eq(rtnl_nh_get_encap_ip6_id(m), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(m), LWTUNNEL_ENCAP_MPLS);

	rtnl_nh_encap_free(m);
	rtnl_nh_encap_free(e);
	nl_addr_put(dst);
	nl_addr_put(src);
	nl_addr_put(v4);
	nl_addr_put(lbl);
}
END_TEST

START_TEST(encap_ip_ila_accessors)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("198.51.100.1", AF_INET);
	struct nl_addr *src = A("198.51.100.2", AF_INET);
	struct nl_addr *v6 = A("2001:db8::2", AF_INET6);
	uint64_t loc = 0;

	ck_assert_int_eq(rtnl_nh_encap_ip(e, v6), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_ip(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, v6), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_id(e, 0x123456789ULL), 0);
	ck_assert(rtnl_nh_get_encap_ip_id(e) == 0x123456789ULL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_tos(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_flags(e, 0x3), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 32);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_tos(e), 0x2e);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_flags(e), 0x3);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip_dst(e), dst), 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip_src(e), src), 0);
	/* a new destination keeps the rest */
	ck_assert_int_eq(rtnl_nh_encap_ip(e, src), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 32);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip_dst(e), src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 0);

	/* another type starts over */
	ck_assert_int_eq(rtnl_nh_encap_ila(e, 0x1122334455667788ULL), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_ILA);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip_dst(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, &loc), 0);
	ck_assert(loc == 0x1122334455667788ULL);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_csum_mode(e,
			 ILA_CSUM_NEUTRAL_MAP), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_ident_type(e, ILA_ATYPE_LUID),
			 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_hook_type(e,
			 ILA_HOOK_ROUTE_OUTPUT), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 ILA_CSUM_NEUTRAL_MAP);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_ident_type(e), ILA_ATYPE_LUID);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_hook_type(e),
			 ILA_HOOK_ROUTE_OUTPUT);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_csum_mode(e, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e), 0);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_csum_mode(e), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_hook_type(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 1), -NLE_INVAL);

	rtnl_nh_encap_free(e);
	nl_addr_put(dst);
	nl_addr_put(src);
	nl_addr_put(v6);
}
END_TEST

/* Find attribute @type in the payload of @nest. */
static struct nlattr *in_nest(struct nlattr *nest, int type)
{
	return nla_find(nla_data(nest), nla_len(nest), type);
}

static void assert_bytes(struct nlattr *a, const void *want, int len)
{
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(nla_len(a), len);
	ck_assert_int_eq(memcmp(nla_data(a), want, (size_t)len), 0);
}

/*
 * The RTA_ENCAP payload of an IPv6 tunnel as iproute2 6.1 sends it for
 * "ip -6 route add 2001:db8:9::/64 encap ip6 id 0x1122334455667788
 * dst 2001:db8:1::1 src 2001:db8:1::2 hoplimit 32 tc 0x2e csum key seq
 * dev d0" (strace): the same attributes, in the same order, same bytes.
 */
static void assert_ip6_encap(struct nlattr *enc)
{
	static const unsigned char id[] = { 0x11, 0x22, 0x33, 0x44,
					    0x55, 0x66, 0x77, 0x88 };
	static const unsigned char flags[] = { 0x00, 0x0d };
	unsigned char a6[16];
	static const int order[] = { LWTUNNEL_IP6_ID, LWTUNNEL_IP6_DST,
				     LWTUNNEL_IP6_SRC, LWTUNNEL_IP6_HOPLIMIT,
				     LWTUNNEL_IP6_TC, LWTUNNEL_IP6_FLAGS };
	struct nlattr *a;
	int rem, i = 0;

	ck_assert_ptr_nonnull(enc);
	ck_assert(enc->nla_type & NLA_F_NESTED);
	nla_for_each_nested(a, enc, rem) {
		ck_assert_int_lt(i, 6);
		ck_assert_int_eq(nla_type(a), order[i++]);
	}
	ck_assert_int_eq(i, 6);
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_ID), id, 8);
	inet_pton(AF_INET6, "2001:db8:1::1", a6);
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_DST), a6, 16);
	inet_pton(AF_INET6, "2001:db8:1::2", a6);
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_SRC), a6, 16);
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_HOPLIMIT), "\x20", 1);
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_TC), "\x2e", 1);
	/* CSUM (1), KEY (4), SEQ (8), big endian: what the kernel reads */
	assert_bytes(in_nest(enc, LWTUNNEL_IP6_FLAGS), flags, 2);
}

static struct rtnl_nh_encap *ip6_encap(void)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("2001:db8:1::1", AF_INET6);
	struct nl_addr *src = A("2001:db8:1::2", AF_INET6);

	ck_assert_int_eq(rtnl_nh_encap_ip6(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_hoplimit(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_tc(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(e, TUNNEL_CSUM |
						     TUNNEL_KEY | TUNNEL_SEQ),
			 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_id(e, 0x1122334455667788ULL),
			 0);
	nl_addr_put(dst);
	nl_addr_put(src);
	return e;
}

/*
 * The RTA_ENCAP payload of an IPv4 tunnel as iproute2 6.1 sends it for
 * "ip route add 198.51.100.0/24 encap ip id 0xabcdef dst 198.51.100.1
 * src 198.51.100.2 ttl 32 tos 0x2e key csum dev d0".
 */
static void assert_ip_encap(struct nlattr *enc)
{
	static const unsigned char want[] = {
		0x0c, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,	/* id */
		0x00, 0xab, 0xcd, 0xef,
		0x08, 0x00, 0x02, 0x00, 0xc6, 0x33, 0x64, 0x01,	/* dst */
		0x08, 0x00, 0x03, 0x00, 0xc6, 0x33, 0x64, 0x02,	/* src */
		0x05, 0x00, 0x04, 0x00, 0x20, 0x00, 0x00, 0x00,	/* ttl */
		0x05, 0x00, 0x05, 0x00, 0x2e, 0x00, 0x00, 0x00,	/* tos */
		0x06, 0x00, 0x06, 0x00, 0x00, 0x05, 0x00, 0x00,	/* flags */
	};

	ck_assert_ptr_nonnull(enc);
	/* iproute2 leaves garbage in the padding; ours is zeroed, the
	 * attributes are the same bytes */
	assert_bytes(enc, want, sizeof(want));
}

static struct rtnl_nh_encap *ip_encap(void)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("198.51.100.1", AF_INET);
	struct nl_addr *src = A("198.51.100.2", AF_INET);

	ck_assert_int_eq(rtnl_nh_encap_ip(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_id(e, 0xabcdef), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_tos(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_flags(e, TUNNEL_KEY |
						    TUNNEL_CSUM), 0);
	nl_addr_put(dst);
	nl_addr_put(src);
	return e;
}

/* A route with an encapsulated next hop: the request's RTA_ENCAP and
 * RTA_ENCAP_TYPE, and the route parsed back from it. */
START_TEST(encap_route_request_bytes)
{
	struct rtnl_route *r = rtnl_route_alloc(), *back;
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *dst = A("2001:db8:9::/64", AF_INET6);
	struct nl_msg *msg = NULL;
	struct nlattr *tb[RTA_MAX + 1];
	struct rtnl_nh_encap *e;

	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	rtnl_route_nh_set_ifindex(nh, 2);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, ip6_encap()), 0);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_build_add_request(r, NLM_F_CREATE, &msg),
			 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct rtmsg), tb,
				     RTA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[RTA_ENCAP_TYPE]);
	ck_assert_uint_eq(nla_get_u16(tb[RTA_ENCAP_TYPE]), LWTUNNEL_ENCAP_IP6);
	assert_ip6_encap(tb[RTA_ENCAP]);

	ck_assert_int_eq(rtnl_route_parse(nlmsg_hdr(msg), &back), 0);
	e = rtnl_route_nh_get_encap(rtnl_route_nexthop_n(back, 0));
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP6);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e),
			 TUNNEL_CSUM | TUNNEL_KEY | TUNNEL_SEQ);
	ck_assert(rtnl_nh_get_encap_ip6_id(e) == 0x1122334455667788ULL);
	ck_assert_int_ne(rtnl_route_nh_identical(rtnl_route_nexthop_n(r, 0),
						 rtnl_route_nexthop_n(back, 0)),
			 0);
	nlmsg_free(msg);
	rtnl_route_put(back);

	/* the IPv4 tunnel */
	nl_addr_put(dst);
	rtnl_route_put(r);
	r = rtnl_route_alloc();
	nh = rtnl_route_nh_alloc();
	dst = A("198.51.100.0/24", AF_INET);
	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	rtnl_route_nh_set_ifindex(nh, 2);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, ip_encap()), 0);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_build_add_request(r, NLM_F_CREATE, &msg),
			 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct rtmsg), tb,
				     RTA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u16(tb[RTA_ENCAP_TYPE]), LWTUNNEL_ENCAP_IP);
	assert_ip_encap(tb[RTA_ENCAP]);
	nlmsg_free(msg);
	nl_addr_put(dst);
	rtnl_route_put(r);
}
END_TEST

/* Send @nh with rtnl_nh_add() to a simulated kernel that acknowledges;
 * returns a copy of the request (free with nlmsg_free()). */
static struct nl_msg *nh_request(struct rtnl_nh *nh)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nltest_batch b;
	struct nl_msg *m;

	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, 0, RTM_NEWNEXTHOP);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, 0), 0);
	m = nlmsg_convert((struct nlmsghdr *)nltest_inj_last_request(sk));
	ck_assert_ptr_nonnull(m);
	nltest_batch_clear(&b);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
	return m;
}

START_TEST(encap_nh_request_bytes)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct nlattr *tb[NHA_MAX + 1];
	struct nl_msg *m;

	rtnl_nh_set_id(nh, 3201);
	rtnl_nh_set_family(nh, AF_INET6);
	rtnl_nh_set_oif(nh, 2);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, ip6_encap()), 0);
	m = nh_request(nh);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(m), sizeof(struct nhmsg), tb,
				     NHA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u16(tb[NHA_ENCAP_TYPE]), LWTUNNEL_ENCAP_IP6);
	assert_ip6_encap(tb[NHA_ENCAP]);
	nlmsg_free(m);

	ck_assert_int_eq(rtnl_nh_set_encap(nh, ip_encap()), 0);
	m = nh_request(nh);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(m), sizeof(struct nhmsg), tb,
				     NHA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u16(tb[NHA_ENCAP_TYPE]), LWTUNNEL_ENCAP_IP);
	assert_ip_encap(tb[NHA_ENCAP]);
	nlmsg_free(m);
	rtnl_nh_put(nh);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Nexthop objects                                                      */

/* The expectations of upstream's own nexthop object test, in our words. */
START_TEST(nh_accessors)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct nl_addr *gw4 = A("192.0.2.1", AF_INET);
	struct nl_addr *gw6 = A("2001:db8::1", AF_INET6);
	nl_nh_group_info_t g[2] = { { 10, 1 }, { 20, 2 } };
	uint32_t u = 77;

	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_UNSPEC);
	ck_assert_int_eq(rtnl_nh_set_family(nh, AF_INET6), 0);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_INET6);
	ck_assert_int_eq(rtnl_nh_set_family(NULL, AF_INET), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_family(NULL), -NLE_INVAL);

	ck_assert_int_eq(rtnl_nh_get_id(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_id(nh, 1001), 0);
	ck_assert_int_eq(rtnl_nh_get_id(nh), 1001);
	ck_assert_int_eq(rtnl_nh_set_id(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_id(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_id(NULL, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_id(NULL), -NLE_INVAL);

	ck_assert_int_eq(rtnl_nh_get_oif(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_oif(nh, 1234), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 1234);
	ck_assert_int_eq(rtnl_nh_set_oif(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_oif(NULL, 1), -NLE_INVAL);

	ck_assert_ptr_null(rtnl_nh_get_gateway(nh));
	ck_assert_int_eq(rtnl_nh_set_gateway(NULL, gw4), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, NULL), 0);
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, gw4), 0);
	ck_assert_ptr_nonnull(rtnl_nh_get_gateway(nh));
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, gw6), 0);
	ck_assert_int_eq(nl_addr_shared(gw4), 0);
	ck_assert_int_eq(nl_addr_get_family(rtnl_nh_get_gateway(nh)),
			 AF_INET6);
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_gateway(nh));

	/* the FDB flag: nonzero, not 1 */
	ck_assert_int_eq(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_fdb(nh, 1), 0);
	ck_assert_int_ne(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_ne(rtnl_nh_get_fdb(nh), 1);
	ck_assert_int_eq(rtnl_nh_set_fdb(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_fdb(NULL, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_fdb(NULL), -NLE_INVAL);

	/* groups */
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 0), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_group_size(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_group_entry(NULL, 0), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(NULL, g, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(nh, NULL, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 2), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), 2);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 2), 0);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, -1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 2), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 0), 10);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 1), 20);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 1), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), 1);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(nh, NULL, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), -NLE_MISSING_ATTR);

	ck_assert_int_eq(rtnl_nh_get_group_type(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group_type(NULL, NEXTHOP_GRP_TYPE_MPATH),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_MPATH), 0);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), NEXTHOP_GRP_TYPE_MPATH);

	/* resilient group values need a resilient group */
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 64), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 10), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, NULL),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 20),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, NULL),
			 -NLE_INVAL);
	ck_assert_uint_eq(u, 77);

	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 128), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh), 128);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 15), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 15);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, NULL),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 25), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 25);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, NULL),
			 -NLE_INVAL);

	ck_assert_int_eq(rtnl_nh_add(NULL, nh, 0), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get(NULL, 1));

	rtnl_nh_put(nh);
	nl_addr_put(gw4);
	nl_addr_put(gw6);
}
END_TEST

/* rtnl_nh_add() sends the family the caller set, AF_UNSPEC when none,
 * whatever the gateway. */
START_TEST(nh_add_keeps_family)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct nl_addr *gw = A("192.0.2.1", AF_INET);
	struct nl_msg *m;
	struct nhmsg *h;

	rtnl_nh_set_id(nh, 1);
	rtnl_nh_set_oif(nh, 2);
	rtnl_nh_set_gateway(nh, gw);
	m = nh_request(nh);
	h = nlmsg_data(nlmsg_hdr(m));
	ck_assert_uint_eq(h->nh_family, AF_UNSPEC);
	ck_assert_uint_eq(nlmsg_hdr(m)->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE);
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_UNSPEC);

	rtnl_nh_set_family(nh, AF_INET6);
	m = nh_request(nh);
	h = nlmsg_data(nlmsg_hdr(m));
	ck_assert_uint_eq(h->nh_family, AF_INET6);
	nlmsg_free(m);

	rtnl_nh_put(nh);
	nl_addr_put(gw);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Requests, byte for byte as Debian's 3.7 builds them                  */

/* @m is of @type and its payload (after the netlink header) the bytes
 * of @hex; frees @m. */
static void assert_request(struct nl_msg *m, int type, const char *hex)
{
	struct nlmsghdr *h = nlmsg_hdr(m);
	const unsigned char *p = nlmsg_data(h);
	char got[1024] = "";
	int i, len = (int)h->nlmsg_len - NLMSG_HDRLEN;

	ck_assert_int_eq(h->nlmsg_type, type);
	ck_assert_int_lt(2 * len, (int)sizeof(got));
	for (i = 0; i < len; i++)
		sprintf(got + 2 * i, "%02x", p[i]);
	ck_assert_str_eq(got, hex);
	nlmsg_free(m);
}

START_TEST(requests_addr)
{
	struct rtnl_addr *a = rtnl_addr_alloc();
	struct nl_addr *x;
	struct nl_msg *m = NULL;

	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m),
			 -NLE_MISSING_ATTR);
	/* unset lifetimes read forever */
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(a), 0xffffffff);
	ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(a), 0xffffffff);
	rtnl_addr_set_ifindex(a, 2);
	x = A("10.0.0.1/24", AF_INET);
	ck_assert_int_eq(rtnl_addr_set_local(a, x), 0);
	nl_addr_put(x);
	x = A("10.0.0.255", AF_INET);
	ck_assert_int_eq(rtnl_addr_set_broadcast(a, x), 0);
	nl_addr_put(x);
	x = A("224.0.0.5", AF_INET);
	ck_assert_int_eq(rtnl_addr_set_multicast(a, x), 0);
	nl_addr_put(x);
	ck_assert_int_eq(rtnl_addr_set_label(a, "eth0:1"), 0);
	rtnl_addr_set_scope(a, RT_SCOPE_LINK);
	rtnl_addr_set_flags(a, IFA_F_NOPREFIXROUTE | IFA_F_SECONDARY);
	/* local, address, label, broadcast, and IFA_FLAGS for flags beyond
	 * 8 bits; no multicast address */
	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m), 0);
	assert_request(m, RTM_NEWADDR,
		"021801fd02000000080002000a000001080001000a0000010b0003006574"
		"68303a310000080004000a0000ff0800080001020000");
	rtnl_addr_put(a);

	/* lifetimes travel in deletions too; what was not set is 0 */
	a = rtnl_addr_alloc();
	rtnl_addr_set_ifindex(a, 2);
	x = A("10.0.0.1/24", AF_INET);
	ck_assert_int_eq(rtnl_addr_set_local(a, x), 0);
	nl_addr_put(x);
	rtnl_addr_set_valid_lifetime(a, 300);
	ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(a), 0);
	ck_assert_int_eq(rtnl_addr_build_delete_request(a, 0, &m), 0);
	assert_request(m, RTM_DELADDR,
		"0218000002000000080002000a000001080001000a000001140006000000"
		"00002c0100000000000000000000");
	rtnl_addr_put(a);

	/* 8-bit flags stay in the header */
	a = rtnl_addr_alloc();
	rtnl_addr_set_ifindex(a, 2);
	x = A("2001:db8::1/64", AF_INET6);
	ck_assert_int_eq(rtnl_addr_set_local(a, x), 0);
	nl_addr_put(x);
	rtnl_addr_set_flags(a, IFA_F_NODAD);
	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m), 0);
	assert_request(m, RTM_NEWADDR,
		"0a400200020000001400020020010db80000000000000000000000011400"
		"010020010db8000000000000000000000001");
	rtnl_addr_put(a);
}
END_TEST

START_TEST(addr_compare_prefixlen)
{
	struct rtnl_addr *a = rtnl_addr_alloc(), *b = rtnl_addr_alloc();
	struct nl_addr *x = A("10.0.0.1/24", AF_INET);
	struct nl_addr *y = A("10.0.0.1/24", AF_INET);
	char buf[128];
	uint32_t d;

	rtnl_addr_set_ifindex(a, 2);
	rtnl_addr_set_ifindex(b, 2);
	rtnl_addr_set_local(a, x);
	rtnl_addr_set_local(b, y);
	rtnl_addr_set_prefixlen(b, 16);
	ck_assert_uint_eq(nl_addr_get_prefixlen(rtnl_addr_get_local(b)), 16);
	/* the local address differs, the prefix length is not an
	 * attribute of its own in the difference */
	d = nl_object_diff((struct nl_object *)a, (struct nl_object *)b);
	ck_assert_str_eq(nl_object_attrs2str((struct nl_object *)a, d, buf,
					     sizeof(buf)), "local");
	rtnl_addr_put(a);
	rtnl_addr_put(b);
	nl_addr_put(x);
	nl_addr_put(y);
}
END_TEST

static struct rtnl_nexthop *nh_via(int ifindex, const char *gw)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *a = A(gw, AF_INET);

	rtnl_route_nh_set_ifindex(nh, ifindex);
	rtnl_route_nh_set_gateway(nh, a);
	nl_addr_put(a);
	return nh;
}

START_TEST(requests_route)
{
	struct rtnl_route *r = rtnl_route_alloc();
	struct rtnl_nexthop *nh;
	struct nl_addr *x;
	struct nl_msg *m = NULL;

	/* no next hop: no list */
	ck_assert_ptr_null(rtnl_route_get_nexthops(r));
	x = A("10.1.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_route_set_dst(r, x), 0);
	nl_addr_put(x);
	rtnl_route_set_table(r, 100);
	rtnl_route_set_priority(r, 7);
	x = A("10.0.0.1", AF_INET);
	ck_assert_int_eq(rtnl_route_set_pref_src(r, x), 0);
	nl_addr_put(x);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_MTU, 1400), 0);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_ADVMSS, 1360), 0);
	rtnl_route_set_protocol(r, RTPROT_BOOT);
	rtnl_route_set_tos(r, 0x10);
	nh = nh_via(2, "10.0.0.254");
	rtnl_route_add_nexthop(r, nh);
	ck_assert_ptr_eq(rtnl_route_get_nexthops(r)->next, (void *)((char *)nh +
			 offsetof(struct upstream_nexthop, rtnh_list)));
	/* table, dst, priority, preferred source, metrics, then the next
	 * hop's gateway before its interface */
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWROUTE,
		"02100010640300010000000008000f0064000000080001000a0100000800"
		"060007000000080007000a0000011400088008000200780500000800080050"
		"050000080005000a0000fe0800040002000000");
	rtnl_route_put(r);

	/* the header has the low 8 bits of a table beyond 255 */
	r = rtnl_route_alloc();
	x = A("10.1.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_route_set_dst(r, x), 0);
	nl_addr_put(x);
	rtnl_route_set_table(r, 300);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, 2);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWROUTE,
		"021000002c04fd010000000008000f002c010000080001000a0100000800"
		"040002000000");
	rtnl_route_put(r);

	/* gateway, interface, realms; the encapsulation's type before it */
	r = rtnl_route_alloc();
	x = A("10.1.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_route_set_dst(r, x), 0);
	nl_addr_put(x);
	nh = nh_via(2, "10.0.0.254");
	rtnl_route_nh_set_realms(nh, 7);
	x = A("300/400", AF_MPLS);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, x, 9), 0);
	nl_addr_put(x);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWROUTE,
		"02100000fe0400010000000008000f00fe000000080001000a0100000800"
		"05000a0000fe080004000200000008000b0007000000060015000100000018"
		"0016800c0001000012c000001901000500020009000000");
	rtnl_route_put(r);
}
END_TEST

START_TEST(requests_neigh)
{
	struct rtnl_neigh *n = rtnl_neigh_alloc();
	struct nl_addr *x;
	struct nl_msg *m = NULL;

	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m),
			 -NLE_MISSING_ATTR);
	rtnl_neigh_set_ifindex(n, 2);
	x = A("02:00:00:00:00:07", AF_LLC);
	rtnl_neigh_set_lladdr(n, x);
	nl_addr_put(x);
	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m),
			 -NLE_MISSING_ATTR);
	x = A("10.0.0.7", AF_INET);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, x), 0);
	nl_addr_put(x);
	/* the address before the link-layer address */
	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m), 0);
	assert_request(m, RTM_NEWNEIGH,
		"020000000200000080000000080001000a0000070a000200020000000007"
		"0000");
	rtnl_neigh_put(n);

	/* a bridge (vxlan) entry's remote: the address before the family;
	 * an address of another family is refused once the family is set */
	n = rtnl_neigh_alloc();
	rtnl_neigh_set_ifindex(n, 3);
	rtnl_neigh_set_state(n, NUD_NOARP | NUD_PERMANENT);
	x = A("02:00:00:00:00:07", AF_LLC);
	rtnl_neigh_set_lladdr(n, x);
	nl_addr_put(x);
	rtnl_neigh_set_flags(n, NTF_SELF);
	x = A("10.0.0.9", AF_INET);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, x), 0);
	nl_addr_put(x);
	rtnl_neigh_set_family(n, AF_BRIDGE);
	x = A("10.0.0.8", AF_INET);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, x), -NLE_AF_MISMATCH);
	nl_addr_put(x);
	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m), 0);
	assert_request(m, RTM_NEWNEIGH,
		"0700000003000000c0000200080001000a0000090a000200020000000007"
		"0000");
	rtnl_neigh_put(n);

	/* a bridge entry: no master attribute in the request */
	n = rtnl_neigh_alloc();
	rtnl_neigh_set_family(n, AF_BRIDGE);
	rtnl_neigh_set_ifindex(n, 3);
	x = A("02:00:00:00:00:07", AF_LLC);
	rtnl_neigh_set_lladdr(n, x);
	nl_addr_put(x);
	rtnl_neigh_set_vlan(n, 10);
	rtnl_neigh_set_master(n, 5);
	rtnl_neigh_set_flags(n, NTF_MASTER | NTF_SELF);
	rtnl_neigh_set_state(n, NUD_PERMANENT);
	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m), 0);
	assert_request(m, RTM_NEWNEIGH,
		"0700000003000000800006000a0002000200000000070000060005000a00"
		"0000");
	rtnl_neigh_put(n);
}
END_TEST

START_TEST(requests_rule)
{
	struct rtnl_rule *r = rtnl_rule_alloc();
	struct nl_addr *x;
	struct nl_msg *m = NULL;

	ck_assert_uint_eq(rtnl_rule_get_mark(r), 0);
	ck_assert_uint_eq(rtnl_rule_get_mask(r), 0);
	ck_assert_int_eq(rtnl_rule_get_l3mdev(NULL), -NLE_INVAL);
	/* a family is needed */
	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &m),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_rule_build_delete_request(r, 0, &m),
			 -NLE_MISSING_ATTR);
	rtnl_rule_set_family(r, AF_INET);
	/* FRA_TABLE always, 0 when not set */
	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWRULE,
		"02000000000000000000000008000f0000000000");
	/* the header has the low 8 bits of a table beyond 255 */
	rtnl_rule_set_table(r, 300);
	x = A("10.9.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_rule_set_dst(r, x), 0);
	nl_addr_put(x);
	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWRULE,
		"021000002c0000000000000008000f002c010000080001000a090000");
	rtnl_rule_put(r);

	r = rtnl_rule_alloc();
	rtnl_rule_set_family(r, AF_INET6);
	ck_assert_int_eq(rtnl_rule_set_iif(r, "eth0"), 0);
	ck_assert_int_eq(rtnl_rule_set_oif(r, "eth1"), 0);
	rtnl_rule_set_action(r, FR_ACT_UNREACHABLE);
	ck_assert_int_eq(rtnl_rule_build_delete_request(r, 0, &m), 0);
	assert_request(m, RTM_DELRULE,
		"0a000000000000070000000008000f00000000000900030065746830000000"
		"00090011006574683100000000");
	rtnl_rule_put(r);
}
END_TEST

START_TEST(rule_port_ranges)
{
	struct rtnl_rule *r = rtnl_rule_alloc();
	struct nl_msg *m = NULL;
	uint16_t a = 7, b = 7;

	rtnl_rule_set_family(r, AF_INET);
	/* a range needs a start and an end not below it */
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 10, 5), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 0, 9), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_set_dport_range(r, 9, 0), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_get_sport(r, &a, &b), -NLE_INVAL);
	ck_assert_uint_eq(a, 7);
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 3, 9), 0);
	ck_assert_int_eq(rtnl_rule_set_dport(r, 80), 0);
	ck_assert_int_eq(rtnl_rule_set_ipproto(r, 6), 0);
	ck_assert_int_eq(rtnl_rule_set_protocol(r, 4), 0);
	ck_assert_int_eq(rtnl_rule_get_sport(r, &a, &b), 0);
	ck_assert_uint_eq(a, 3);
	ck_assert_uint_eq(b, 9);
	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWRULE,
		"02000000000000000000000008000f0000000000050016000600000008001700"
		"0300090008001800500050000500150004000000");
	/* port 0 and the range 0-0 remove the selectors (the kernel refuses
	 * a range from 0) */
	ck_assert_int_eq(rtnl_rule_set_sport(r, 0), 0);
	ck_assert_int_eq(rtnl_rule_set_dport_range(r, 0, 0), 0);
	a = b = 7;
	ck_assert_int_eq(rtnl_rule_get_sport(r, &a, &b), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_get_dport(r, &a, &b), -NLE_INVAL);
	ck_assert_uint_eq(a, 7);
	ck_assert_uint_eq(b, 7);
	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &m), 0);
	assert_request(m, RTM_NEWRULE,
		"02000000000000000000000008000f0000000000050016000600000005001500"
		"04000000");
	rtnl_rule_put(r);
}
END_TEST

START_TEST(requests_neightbl)
{
	struct rtnl_neightbl *old = rtnl_neightbl_alloc();
	struct rtnl_neightbl *t = rtnl_neightbl_alloc();
	struct nl_msg *m = NULL;

	/* what the table lacks is sent empty */
	ck_assert_int_eq(rtnl_neightbl_build_change_request(old, t, &m), 0);
	assert_request(m, RTM_SETNEIGHTBL, "0000000005000100" "00000000");
	rtnl_neightbl_set_name(old, "arp_cache");
	rtnl_neightbl_set_family(old, AF_INET);
	rtnl_neightbl_set_queue_len(t, 3);
	/* NDTA_PARMS without NLA_F_NESTED */
	ck_assert_int_eq(rtnl_neightbl_build_change_request(old, t, &m), 0);
	assert_request(m, RTM_SETNEIGHTBL,
		"020000000e0001006172705f63616368650000000c000600080008000300"
		"0000");
	rtnl_neightbl_put(old);
	rtnl_neightbl_put(t);
}
END_TEST

static Suite *parity_route_suite(void)
{
	Suite *s = suite_create("parity-route");
	TCase *tc = tcase_create("nexthops");

	tcase_add_test(tc, nexthop_layout);
	tcase_add_test(tc, route_nh_accessors);
	tcase_add_test(tc, route_nh_identical);
	tcase_add_test(tc, cache_multipath_merge);
	suite_add_tcase(s, tc);
	tc = tcase_create("encap");
	tcase_add_test(tc, encap_ownership);
	tcase_add_test(tc, encap_ip6_accessors);
	tcase_add_test(tc, encap_ip_ila_accessors);
	tcase_add_test(tc, encap_route_request_bytes);
	tcase_add_test(tc, encap_nh_request_bytes);
	suite_add_tcase(s, tc);
	tc = tcase_create("nh");
	tcase_add_test(tc, nh_accessors);
	tcase_add_test(tc, nh_add_keeps_family);
	suite_add_tcase(s, tc);
	tc = tcase_create("requests");
	tcase_add_test(tc, requests_addr);
	tcase_add_test(tc, addr_compare_prefixlen);
	tcase_add_test(tc, requests_route);
	tcase_add_test(tc, requests_neigh);
	tcase_add_test(tc, requests_rule);
	tcase_add_test(tc, rule_port_ranges);
	tcase_add_test(tc, requests_neightbl);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(parity_route_suite)
