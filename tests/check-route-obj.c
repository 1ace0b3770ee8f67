/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routes, next hops, rules and FIB lookup requests without a kernel:
 * accessors, building requests, parsing them back, names and the dump
 * text (what Debian's libnl 3.7 prints for the same objects).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <pthread.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <linux/fib_rules.h>
#include <linux/lwtunnel.h>
#include <linux/mpls_iptunnel.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/object.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/rule.h>
#include <netlink/fib_lookup/lookup.h>
#include <netlink/fib_lookup/request.h>

#include <netlink/route/qdisc/prio.h>

static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

/* IPv4 route with two weighted next hops and metrics. */
static struct rtnl_route *sample_mp(void)
{
	struct rtnl_route *r = rtnl_route_alloc();
	struct rtnl_nexthop *nh;
	struct nl_addr *a;

	a = A("10.20.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_route_set_dst(r, a), 0);
	nl_addr_put(a);
	a = A("10.1.0.1", AF_INET);
	ck_assert_int_eq(rtnl_route_set_pref_src(r, a), 0);
	nl_addr_put(a);
	rtnl_route_set_table(r, 100);
	ck_assert_int_eq(rtnl_route_set_type(r, RTN_UNICAST), 0);
	rtnl_route_set_tos(r, 8);
	rtnl_route_set_priority(r, 5);
	rtnl_route_set_protocol(r, RTPROT_STATIC);
	rtnl_route_set_scope(r, RT_SCOPE_UNIVERSE);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_MTU, 1400), 0);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_HOPLIMIT, 9), 0);

	nh = rtnl_route_nh_alloc();
	a = A("10.1.0.254", AF_INET);
	rtnl_route_nh_set_gateway(nh, a);
	nl_addr_put(a);
	rtnl_route_nh_set_ifindex(nh, 2);
	rtnl_route_nh_set_weight(nh, 3);
	rtnl_route_nh_set_flags(nh, RTNH_F_ONLINK);
	rtnl_route_nh_set_realms(nh, 0x00010002);
	rtnl_route_add_nexthop(r, nh);

	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, 3);
	rtnl_route_nh_set_weight(nh, 1);
	rtnl_route_add_nexthop(r, nh);
	return r;
}

/* IPv6 route with a source prefix, input interface and flags. */
static struct rtnl_route *sample_v6(void)
{
	struct rtnl_route *r = rtnl_route_alloc();
	struct rtnl_nexthop *nh;
	struct nl_addr *a;

	a = A("fd00:9::/64", AF_INET6);
	ck_assert_int_eq(rtnl_route_set_dst(r, a), 0);
	nl_addr_put(a);
	a = A("fd00:8::/48", AF_INET6);
	ck_assert_int_eq(rtnl_route_set_src(r, a), 0);
	nl_addr_put(a);
	rtnl_route_set_iif(r, 4);
	rtnl_route_set_flags(r, RTM_F_NOTIFY | RTNH_F_DEAD);
	rtnl_route_set_scope(r, RT_SCOPE_LINK);
	rtnl_route_set_protocol(r, RTPROT_KERNEL);
	nh = rtnl_route_nh_alloc();
	a = A("fd00:1::fe", AF_INET6);
	rtnl_route_nh_set_gateway(nh, a);
	nl_addr_put(a);
	rtnl_route_nh_set_ifindex(nh, 2);
	rtnl_route_add_nexthop(r, nh);
	return r;
}

/* A rule with most selectors. */
static struct rtnl_rule *sample_rule(void)
{
	struct rtnl_rule *r = rtnl_rule_alloc();
	struct nl_addr *a;

	rtnl_rule_set_family(r, AF_INET);
	rtnl_rule_set_prio(r, 100);
	a = A("10.8.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_rule_set_src(r, a), 0);
	nl_addr_put(a);
	a = A("10.7.0.0/16", AF_INET);
	ck_assert_int_eq(rtnl_rule_set_dst(r, a), 0);
	nl_addr_put(a);
	rtnl_rule_set_dsfield(r, 16);
	rtnl_rule_set_mark(r, 0x10);
	rtnl_rule_set_mask(r, 0xff);
	ck_assert_int_eq(rtnl_rule_set_iif(r, "veth0"), 0);
	ck_assert_int_eq(rtnl_rule_set_oif(r, "br0"), 0);
	rtnl_rule_set_table(r, 100);
	ck_assert_int_eq(rtnl_rule_set_ipproto(r, IPPROTO_TCP), 0);
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 1000, 2000), 0);
	ck_assert_int_eq(rtnl_rule_set_dport(r, 80), 0);
	ck_assert_int_eq(rtnl_rule_set_protocol(r, RTPROT_BOOT), 0);
	rtnl_rule_set_realms(r, 0x00030004);
	rtnl_rule_set_action(r, FR_ACT_TO_TBL);
	return r;
}

static char *dump_str(void *obj, enum nl_dump_type t)
{
	static char buf[8192];
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	memset(buf, 0, sizeof(buf));
	nl_object_dump((struct nl_object *)obj, &p);
	return buf;
}

/* Copy of a built request, as if the kernel had sent it. */
static struct nlmsghdr *msg_copy(struct nl_msg *msg)
{
	struct nlmsghdr *h = nlmsg_hdr(msg);
	struct nlmsghdr *c = malloc(h->nlmsg_len);

	ck_assert_ptr_nonnull(c);
	memcpy(c, h, h->nlmsg_len);
	return c;
}

/* ------------------------------------------------------------------ */

#define MP_DETAILS                                                             \
	"inet 10.20.0.0/16 table 0x64 type unicast tos 0x8 \n"                 \
	"    preferred-src 10.1.0.1 scope global priority 0x5 protocol static \n" \
	"    nexthop via 10.1.0.254 dev 2 weight 3 realm 0001:0002 <onlink>\n" \
	"    nexthop dev 3 weight 1\n"                                         \
	"    metrics [mtu 1400 hoplimit 9 ]\n"

START_TEST(route_dump_text)
{
	struct rtnl_route *r = sample_mp();

	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE),
			 "inet 10.20.0.0/16 table 0x64 type unicast tos 0x8 "
			 "via 10.1.0.254 dev 2 via dev 3 \n");
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS), MP_DETAILS);
	ck_assert_str_eq(dump_str(r, NL_DUMP_STATS), MP_DETAILS);
	rtnl_route_put(r);

	r = sample_v6();
	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE),
			 "inet6 fd00:9::/64 via fd00:1::fe dev 2 <DEAD,NOTIFY>\n");
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS),
			 "inet6 fd00:9::/64 <DEAD,NOTIFY>\n"
			 "    scope link protocol kernel iif 4 src fd00:8::/48 \n"
			 "    nexthop via fd00:1::fe dev 2\n");
	rtnl_route_put(r);
}
END_TEST

/* A cached route of no table: "cache", "default", an empty detail line */
START_TEST(route_dump_cached_default)
{
	struct rtnl_route *r = rtnl_route_alloc();

	ck_assert_int_eq(rtnl_route_set_family(r, AF_INET6), 0);
	rtnl_route_set_flags(r, RTM_F_CLONED);
	rtnl_route_set_table(r, RT_TABLE_MAIN);
	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE), "inet6 cache default \n");
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS),
			 "inet6 cache default \n    \n");
	rtnl_route_put(r);
}
END_TEST

START_TEST(route_build_multipath)
{
	struct rtnl_route *r = sample_mp(), *p = NULL;
	struct nl_msg *msg, *msg2;
	struct nlattr *tb[RTA_MAX + 1], *mtb[RTAX_MAX + 1];
	struct nlmsghdr *h, *copy;
	struct rtmsg *rtm;
	struct rtnexthop *rtnh;
	struct rtnl_nexthop *nh;
	uint32_t v;
	int rem;

	ck_assert_int_eq(rtnl_route_build_add_request(r, NLM_F_EXCL, &msg), 0);
	h = nlmsg_hdr(msg);
	ck_assert_int_eq(h->nlmsg_type, RTM_NEWROUTE);
	ck_assert_int_eq(h->nlmsg_flags, NLM_F_CREATE | NLM_F_EXCL);
	rtm = nlmsg_data(h);
	ck_assert_int_eq(rtm->rtm_family, AF_INET);
	ck_assert_int_eq(rtm->rtm_dst_len, 16);
	ck_assert_int_eq(rtm->rtm_table, 100);
	ck_assert_int_eq(rtm->rtm_tos, 8);
	ck_assert_int_eq(rtm->rtm_protocol, RTPROT_STATIC);
	ck_assert_int_eq(rtm->rtm_scope, RT_SCOPE_UNIVERSE);
	ck_assert_int_eq(rtm->rtm_type, RTN_UNICAST);
	ck_assert_int_eq(nlmsg_parse(h, sizeof(*rtm), tb, RTA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[RTA_TABLE]), 100);
	ck_assert_uint_eq(nla_get_u32(tb[RTA_PRIORITY]), 5);
	ck_assert_int_eq(nla_len(tb[RTA_DST]), 4);
	ck_assert_ptr_null(tb[RTA_OIF]);
	ck_assert_ptr_null(tb[RTA_GATEWAY]);
	ck_assert_int_eq(nla_parse_nested(mtb, RTAX_MAX, tb[RTA_METRICS], NULL), 0);
	ck_assert_uint_eq(nla_get_u32(mtb[RTAX_MTU]), 1400);
	ck_assert_uint_eq(nla_get_u32(mtb[RTAX_HOPLIMIT]), 9);
	ck_assert_ptr_null(mtb[RTAX_ADVMSS]);

	rtnh = nla_data(tb[RTA_MULTIPATH]);
	rem = nla_len(tb[RTA_MULTIPATH]);
	ck_assert_int_eq(rtnh->rtnh_hops, 3);
	ck_assert_int_eq(rtnh->rtnh_ifindex, 2);
	ck_assert_int_eq(rtnh->rtnh_flags, RTNH_F_ONLINK);
	ck_assert_int_eq(rtnh->rtnh_len, RTNH_LENGTH(0) + 8 + 8);
	rem -= RTNH_ALIGN(rtnh->rtnh_len);
	rtnh = RTNH_NEXT(rtnh);
	ck_assert_int_eq(rtnh->rtnh_hops, 1);
	ck_assert_int_eq(rtnh->rtnh_ifindex, 3);
	ck_assert_int_eq(rtnh->rtnh_len, RTNH_LENGTH(0));
	ck_assert_int_eq(rem, RTNH_ALIGN(rtnh->rtnh_len));

	/* parse back: same attributes, and the same request again */
	copy = msg_copy(msg);
	ck_assert_int_eq(rtnl_route_parse(copy, &p), 0);
	ck_assert_int_eq(rtnl_route_get_family(p), AF_INET);
	ck_assert_uint_eq(rtnl_route_get_table(p), 100);
	ck_assert_uint_eq(rtnl_route_get_priority(p), 5);
	ck_assert_int_eq(rtnl_route_get_metric(p, RTAX_MTU, &v), 0);
	ck_assert_uint_eq(v, 1400);
	ck_assert_int_eq(rtnl_route_get_metric(p, RTAX_ADVMSS, &v),
			 -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_route_get_nnexthops(p), 2);
	nh = rtnl_route_nexthop_n(p, 0);
	ck_assert_int_eq(rtnl_route_nh_get_weight(nh), 3);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 2);
	ck_assert_uint_eq(rtnl_route_nh_get_realms(nh), 0x00010002);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), RTNH_F_ONLINK);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_gateway(nh),
				     rtnl_route_nh_get_gateway(
					     rtnl_route_nexthop_n(r, 0))), 0);
	ck_assert_ptr_null(rtnl_route_nexthop_n(p, 2));
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_get_dst(p),
				     rtnl_route_get_dst(r)), 0);
	ck_assert_str_eq(dump_str(p, NL_DUMP_DETAILS),
			 "inet 10.20.0.0/16 table 0x64 type unicast tos 0x8 \n"
			 "    preferred-src 10.1.0.1 scope global priority 0x5 protocol static \n"
			 "    nexthop via 10.1.0.254 dev 2 weight 3 realm 0001:0002 <onlink>\n"
			 "    nexthop dev 3 weight 1 <>\n"
			 "    metrics [mtu 1400 hoplimit 9 ]\n");
	ck_assert_int_eq(rtnl_route_build_add_request(p, NLM_F_EXCL, &msg2), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg2)->nlmsg_len, h->nlmsg_len);
	ck_assert_int_eq(memcmp(nlmsg_data(nlmsg_hdr(msg2)), nlmsg_data(h),
				h->nlmsg_len - NLMSG_HDRLEN), 0);
	/* identical by the identifying attributes, in a keyed cache too */
	ck_assert_int_eq(nl_object_identical((struct nl_object *)r,
					     (struct nl_object *)p), 1);
	nlmsg_free(msg2);
	nlmsg_free(msg);
	free(copy);
	rtnl_route_put(p);
	rtnl_route_put(r);
}
END_TEST

START_TEST(route_build_single_v6)
{
	struct rtnl_route *r = sample_v6(), *p;
	struct nlattr *tb[RTA_MAX + 1];
	struct nl_msg *msg;
	struct rtmsg *rtm;
	struct nlmsghdr *copy;

	ck_assert_int_eq(rtnl_route_build_del_request(r, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_DELROUTE);
	rtm = nlmsg_data(nlmsg_hdr(msg));
	ck_assert_int_eq(rtm->rtm_family, AF_INET6);
	ck_assert_int_eq(rtm->rtm_dst_len, 64);
	ck_assert_int_eq(rtm->rtm_src_len, 48);
	ck_assert_int_eq(rtm->rtm_scope, RT_SCOPE_LINK);
	ck_assert_int_eq(rtm->rtm_table, RT_TABLE_MAIN);
	ck_assert_int_eq(rtm->rtm_flags, RTM_F_NOTIFY | RTNH_F_DEAD);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(*rtm), tb, RTA_MAX,
				     NULL), 0);
	ck_assert_ptr_null(tb[RTA_MULTIPATH]);
	ck_assert_uint_eq(nla_get_u32(tb[RTA_OIF]), 2);
	ck_assert_uint_eq(nla_get_u32(tb[RTA_IIF]), 4);
	ck_assert_int_eq(nla_len(tb[RTA_GATEWAY]), 16);
	ck_assert_int_eq(nla_len(tb[RTA_SRC]), 16);
	ck_assert_ptr_null(tb[RTA_PRIORITY]);

	copy = msg_copy(msg);
	ck_assert_int_eq(rtnl_route_parse(copy, &p), 0);
	ck_assert_int_eq(rtnl_route_get_nnexthops(p), 1);
	ck_assert_int_eq(rtnl_route_get_iif(p), 4);
	ck_assert_int_eq(nl_addr_get_prefixlen(rtnl_route_get_src(p)), 48);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(rtnl_route_nexthop_n(p, 0)), 2);
	ck_assert_str_eq(dump_str(p, NL_DUMP_LINE),
			 "inet6 fd00:9::/64 table main type unicast via fd00:1::fe dev 2 <DEAD,NOTIFY>\n");
	free(copy);
	nlmsg_free(msg);
	rtnl_route_put(p);
	rtnl_route_put(r);
}
END_TEST

START_TEST(route_accessors)
{
	struct rtnl_route *r = rtnl_route_alloc();
	struct rtnl_nexthop *nh;
	struct nl_addr *a4 = A("10.0.0.0/8", AF_INET);
	struct nl_addr *a6 = A("fd00::1", AF_INET6);
	struct nl_msg *msg;
	uint32_t v = 7;

	/* defaults */
	ck_assert_uint_eq(rtnl_route_get_table(r), RT_TABLE_MAIN);
	ck_assert_uint_eq(rtnl_route_get_scope(r), RT_SCOPE_NOWHERE);
	ck_assert_uint_eq(rtnl_route_get_protocol(r), RTPROT_STATIC);
	ck_assert_uint_eq(rtnl_route_get_type(r), RTN_UNICAST);
	ck_assert_int_eq(rtnl_route_get_ttl_propagate(r), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &msg),
			 -NLE_MISSING_ATTR);

	ck_assert_int_eq(rtnl_route_set_family(r, AF_PACKET), -NLE_AF_NOSUPPORT);
	ck_assert_int_eq(rtnl_route_set_dst(r, a4), 0);
	ck_assert_int_eq(rtnl_route_get_family(r), AF_INET);
	ck_assert_int_eq(rtnl_route_set_pref_src(r, a6), -NLE_AF_MISMATCH);
	ck_assert_int_eq(rtnl_route_set_src(r, a4), -NLE_SRCRT_NOSUPPORT);
	ck_assert_int_eq(rtnl_route_set_type(r, RTN_MAX + 1), -NLE_RANGE);
	ck_assert_int_eq(rtnl_route_set_type(r, RTN_BLACKHOLE), 0);
	ck_assert_int_eq(rtnl_route_set_metric(r, 0, 1), -NLE_RANGE);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_MAX + 1, 1), -NLE_RANGE);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_ADVMSS, 1300), 0);
	ck_assert_int_eq(rtnl_route_get_metric(r, RTAX_ADVMSS, &v), 0);
	ck_assert_uint_eq(v, 1300);
	ck_assert_int_eq(rtnl_route_unset_metric(r, RTAX_ADVMSS), 0);
	ck_assert_int_eq(rtnl_route_get_metric(r, RTAX_ADVMSS, &v),
			 -NLE_OBJ_NOTFOUND);
	rtnl_route_set_ttl_propagate(r, 1);
	ck_assert_int_eq(rtnl_route_get_ttl_propagate(r), 1);
	rtnl_route_set_nhid(r, 77);
	ck_assert_uint_eq(rtnl_route_get_nhid(r), 77);
	rtnl_route_set_flags(r, RTM_F_NOTIFY | RTNH_F_ONLINK);
	rtnl_route_unset_flags(r, RTNH_F_ONLINK);
	ck_assert_uint_eq(rtnl_route_get_flags(r), RTM_F_NOTIFY);

	/* scope guess: no gateway is link, a gateway is universe */
	ck_assert_int_eq(rtnl_route_guess_scope(r), RT_SCOPE_LINK);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_gateway(nh, a4);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 1);
	ck_assert_int_eq(rtnl_route_guess_scope(r), RT_SCOPE_UNIVERSE);
	ck_assert_int_eq(rtnl_route_set_type(r, RTN_LOCAL), 0);
	ck_assert_int_eq(rtnl_route_guess_scope(r), RT_SCOPE_HOST);
	ck_assert_ptr_ne(rtnl_route_get_nexthops(r)->next,
			 rtnl_route_get_nexthops(r));
	rtnl_route_remove_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 0);
	ck_assert_ptr_null(rtnl_route_nexthop_n(r, 0));
	rtnl_route_nh_free(nh);

	nl_addr_put(a4);
	nl_addr_put(a6);
	rtnl_route_put(r);
}
END_TEST

static void count_nh(struct rtnl_nexthop *nh, void *arg)
{
	*(int *)arg += rtnl_route_nh_get_ifindex(nh);
}

START_TEST(route_foreach_clone_compare)
{
	struct rtnl_route *r = sample_mp(), *c;
	int sum = 0;

	rtnl_route_foreach_nexthop(r, count_nh, &sum);
	ck_assert_int_eq(sum, 5);
	c = (struct rtnl_route *)nl_object_clone((struct nl_object *)r);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(nl_object_diff64((struct nl_object *)r,
					  (struct nl_object *)c), 0);
	ck_assert_str_eq(dump_str(c, NL_DUMP_DETAILS), MP_DETAILS);
	/* a different next hop weight makes the next hop lists differ */
	rtnl_route_nh_set_weight(rtnl_route_nexthop_n(c, 1), 9);
	ck_assert(nl_object_diff64((struct nl_object *)r,
				   (struct nl_object *)c) != 0);
	rtnl_route_put(c);
	rtnl_route_put(r);
}
END_TEST

START_TEST(nexthop_api)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc(), *c;
	struct nl_addr *lbl = A("100/200", AF_MPLS);
	struct nl_addr *gw = A("10.1.0.1", AF_INET);
	char buf[64];

	rtnl_route_nh_set_gateway(nh, gw);
	rtnl_route_nh_set_ifindex(nh, 5);
	rtnl_route_nh_set_flags(nh, RTNH_F_ONLINK | RTNH_F_DEAD);
	rtnl_route_nh_unset_flags(nh, RTNH_F_DEAD);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), RTNH_F_ONLINK);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, lbl, 17), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(nh), 17);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_encap_mpls_dst(nh), lbl), 0);
	ck_assert_ptr_nonnull(rtnl_route_nh_get_encap(nh));
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, NULL, 0), -NLE_INVAL);

	c = rtnl_route_nh_clone(nh);
	ck_assert_int_eq(rtnl_route_nh_identical(nh, c), 1);
	ck_assert_int_eq(rtnl_route_nh_compare(nh, c, ~0u, 0), 0);
	rtnl_route_nh_set_ifindex(c, 6);
	ck_assert_int_ne(rtnl_route_nh_compare(nh, c, ~0u, 0), 0);
	ck_assert_int_eq(rtnl_route_nh_identical(nh, c), 0);
	ck_assert_int_eq(rtnl_route_nh_set_encap(c, NULL), 0);
	ck_assert_ptr_null(rtnl_route_nh_get_encap_mpls_dst(c));
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(c), 0);
	rtnl_route_nh_set_gateway(c, NULL);
	ck_assert_ptr_null(rtnl_route_nh_get_gateway(c));

	ck_assert_int_eq(rtnl_route_nh_set_via(c, gw), 0);
	ck_assert_ptr_eq(rtnl_route_nh_get_via(c), gw);
	ck_assert_int_eq(rtnl_route_nh_set_newdst(c, lbl), 0);
	ck_assert_ptr_eq(rtnl_route_nh_get_newdst(c), lbl);

	ck_assert_str_eq(rtnl_route_nh_flags2str(RTNH_F_DEAD | RTNH_F_ONLINK,
						 buf, sizeof(buf)),
			 "dead,onlink");
	ck_assert_int_eq(rtnl_route_nh_str2flags("onlink"), RTNH_F_ONLINK);
	ck_assert_int_eq(rtnl_route_nh_str2flags("pervasive"), RTNH_F_PERVASIVE);

	rtnl_route_nh_free(c);
	rtnl_route_nh_free(nh);
	nl_addr_put(lbl);
	nl_addr_put(gw);
}
END_TEST

/* MPLS encapsulation on an IPv4 route, and an MPLS route with RTA_VIA
 * and RTA_NEWDST: built, checked against the uapi, parsed back. */
START_TEST(route_mpls_encap_via)
{
	struct rtnl_route *r = rtnl_route_alloc(), *p;
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *dst = A("10.52.0.0/16", AF_INET);
	struct nl_addr *lbl = A("100/200", AF_MPLS);
	struct nl_addr *gw = A("10.1.0.254", AF_INET);
	struct nlattr *tb[RTA_MAX + 1], *etb[MPLS_IPTUNNEL_MAX + 1];
	struct nl_msg *msg;
	struct nlmsghdr *copy;
	struct rtvia *via;

	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	rtnl_route_nh_set_gateway(nh, gw);
	rtnl_route_nh_set_ifindex(nh, 2);
	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, lbl, 3), 0);
	rtnl_route_add_nexthop(r, nh);
	/* texts as Debian's libnl 3.7 prints them */
	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE),
			 "inet 10.52.0.0/16  encap mpls 100/200 ttl 3 via 10.1.0.254 dev 2 \n");
	rtnl_route_set_ttl_propagate(r, 1);
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS),
			 "inet 10.52.0.0/16 \n"
			 "     ttl-propagate enabled\n"
			 "    nexthop encap mpls 100/200 ttl 3  via 10.1.0.254 dev 2\n");
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct rtmsg), tb,
				     RTA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u8(tb[RTA_TTL_PROPAGATE]), 1);
	ck_assert_uint_eq(nla_get_u16(tb[RTA_ENCAP_TYPE]), LWTUNNEL_ENCAP_MPLS);
	ck_assert_int_eq(nla_parse_nested(etb, MPLS_IPTUNNEL_MAX, tb[RTA_ENCAP],
					  NULL), 0);
	ck_assert_int_eq(nla_len(etb[MPLS_IPTUNNEL_DST]), 8);
	ck_assert_uint_eq(nla_get_u8(etb[MPLS_IPTUNNEL_TTL]), 3);
	copy = msg_copy(msg);
	ck_assert_int_eq(rtnl_route_parse(copy, &p), 0);
	nh = rtnl_route_nexthop_n(p, 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_encap_mpls_dst(nh), lbl), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_encap_mpls_ttl(nh), 3);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 2);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_gateway(nh), gw), 0);
	free(copy);
	nlmsg_free(msg);
	rtnl_route_put(p);
	rtnl_route_put(r);

	/* AF_MPLS route: label 100 -> swap to 200 via an IPv4 neighbour */
	r = rtnl_route_alloc();
	nh = rtnl_route_nh_alloc();
	nl_addr_put(dst);
	dst = A("100", AF_MPLS);
	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	ck_assert_int_eq(rtnl_route_nh_set_via(nh, gw), 0);
	nl_addr_put(lbl);
	lbl = A("200", AF_MPLS);
	ck_assert_int_eq(rtnl_route_nh_set_newdst(nh, lbl), 0);
	rtnl_route_nh_set_ifindex(nh, 2);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_guess_scope(r), RT_SCOPE_UNIVERSE);
	rtnl_route_set_ttl_propagate(r, 0);
	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE),
			 "mpls 100 as to 200 via 10.1.0.254 dev 2 \n");
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS),
			 "mpls 100 \n"
			 "     ttl-propagate disabled\n"
			 "    nexthop as to 200 via 10.1.0.254 dev 2\n");
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct rtmsg), tb,
				     RTA_MAX, NULL), 0);
	via = nla_data(tb[RTA_VIA]);
	ck_assert_int_eq(nla_len(tb[RTA_VIA]), 2 + 4);
	ck_assert_int_eq(via->rtvia_family, AF_INET);
	ck_assert_int_eq(memcmp(via->rtvia_addr, nl_addr_get_binary_addr(gw), 4), 0);
	ck_assert_int_eq(nla_len(tb[RTA_NEWDST]), 4);
	ck_assert_ptr_null(tb[RTA_TABLE]);
	copy = msg_copy(msg);
	ck_assert_int_eq(rtnl_route_parse(copy, &p), 0);
	nh = rtnl_route_nexthop_n(p, 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_via(nh), gw), 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_newdst(nh), lbl), 0);
	free(copy);
	nlmsg_free(msg);
	rtnl_route_put(p);
	rtnl_route_put(r);
	nl_addr_put(dst);
	nl_addr_put(lbl);
	nl_addr_put(gw);
}
END_TEST

/* Received bytes are checked: short headers, multipath entries longer
 * than their attribute, short RTA_VIA. */
START_TEST(route_parse_malformed)
{
	struct {
		struct nlmsghdr h;
		struct rtmsg rtm;
		struct nlattr mp;
		struct rtnexthop nh;
		unsigned char pad[16];
	} m;
	struct {
		struct nlmsghdr h;
		struct rtmsg rtm;
		struct nlattr via;
		unsigned char b[4];
	} v;
	struct rtnl_route *r = NULL;

	memset(&m, 0, sizeof(m));
	m.h.nlmsg_type = RTM_NEWROUTE;
	m.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg)) - 4;
	ck_assert_int_eq(rtnl_route_parse(&m.h, &r), -NLE_MSG_TOOSHORT);

	m.h.nlmsg_len = sizeof(m.h) + sizeof(m.rtm) + sizeof(m.mp) + sizeof(m.nh);
	m.rtm.rtm_family = AF_INET;
	m.mp.nla_type = RTA_MULTIPATH;
	m.mp.nla_len = sizeof(m.mp) + sizeof(m.nh);
	m.nh.rtnh_len = 200;	/* beyond the attribute */
	ck_assert_int_eq(rtnl_route_parse(&m.h, &r), -NLE_INVAL);
	m.nh.rtnh_len = 2;	/* shorter than its own header */
	ck_assert_int_eq(rtnl_route_parse(&m.h, &r), -NLE_INVAL);
	m.nh.rtnh_len = sizeof(m.nh);
	m.nh.rtnh_ifindex = 3;
	ck_assert_int_eq(rtnl_route_parse(&m.h, &r), 0);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 1);
	rtnl_route_put(r);

	memset(&v, 0, sizeof(v));
	v.h.nlmsg_type = RTM_NEWROUTE;
	v.h.nlmsg_len = sizeof(v.h) + sizeof(v.rtm) + sizeof(v.via) + 1;
	v.rtm.rtm_family = AF_MPLS;
	v.via.nla_type = RTA_VIA;
	v.via.nla_len = sizeof(v.via) + 1;
	ck_assert_int_eq(rtnl_route_parse(&v.h, &r), -NLE_INVAL);
}
END_TEST

/* Random corruption of a valid message: every parse either fails with
 * an error code or yields a route; nothing is read out of bounds (run
 * under valgrind or ASan to see it). */
START_TEST(route_parse_fuzz)
{
	struct rtnl_route *r = sample_mp(), *p;
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *lbl = A("100/200", AF_MPLS);
	struct nl_msg *msg;
	struct nlmsghdr *h;
	unsigned char *buf;
	unsigned int seed = 1, i, len, ok = 0;

	ck_assert_int_eq(rtnl_route_nh_encap_mpls(nh, lbl, 4), 0);
	rtnl_route_nh_set_ifindex(nh, 7);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_build_add_request(r, 0, &msg), 0);
	h = nlmsg_hdr(msg);
	buf = malloc(h->nlmsg_len);
	for (i = 0; i < 20000; i++) {
		struct nlmsghdr *m = (struct nlmsghdr *)buf;
		int k;

		memcpy(buf, h, h->nlmsg_len);
		for (k = 0; k < 3; k++)
			buf[NLMSG_HDRLEN + rand_r(&seed) % (h->nlmsg_len - NLMSG_HDRLEN)] =
				(unsigned char)rand_r(&seed);
		len = h->nlmsg_len - (unsigned int)(rand_r(&seed) % 8 == 0 ?
						   rand_r(&seed) % 40 : 0);
		m->nlmsg_len = len;
		if (rtnl_route_parse(m, &p) == 0) {
			ok++;
			dump_str(p, NL_DUMP_STATS);
			rtnl_route_put(p);
		}
	}
	ck_assert_uint_gt(ok, 0);
	free(buf);
	nlmsg_free(msg);
	nl_addr_put(lbl);
	rtnl_route_put(r);
}
END_TEST

/* A route message as the kernel sends one: dst/plen via gw dev 7 (a
 * gateway of family's length; none when gw is NULL), in table main. */
static struct nl_msg *kernel_route(int family, const void *dst, int plen,
				   const void *gw, uint32_t prio)
{
	struct rtmsg rtm = {
		.rtm_family = (unsigned char)family,
		.rtm_dst_len = (unsigned char)plen,
		.rtm_table = RT_TABLE_MAIN,
		.rtm_protocol = RTPROT_BOOT,
		.rtm_scope = RT_SCOPE_UNIVERSE,
		.rtm_type = RTN_UNICAST,
	};
	int alen = family == AF_INET6 ? 16 : 4;
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWROUTE, NLM_F_MULTI);

	ck_assert_ptr_nonnull(msg);
	ck_assert_int_eq(nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_u32(msg, RTA_TABLE, RT_TABLE_MAIN), 0);
	ck_assert_int_eq(nla_put(msg, RTA_DST, alen, dst), 0);
	if (prio)
		ck_assert_int_eq(nla_put_u32(msg, RTA_PRIORITY, prio), 0);
	if (gw)
		ck_assert_int_eq(nla_put(msg, RTA_GATEWAY, alen, gw), 0);
	ck_assert_int_eq(nla_put_u32(msg, RTA_OIF, 7), 0);
	return msg;
}

static struct rtnl_route *parsed(struct nl_msg *msg)
{
	struct rtnl_route *r = NULL;

	ck_assert_int_eq(rtnl_route_parse(nlmsg_hdr(msg), &r), 0);
	return r;
}

/* The addresses and next hops of a parsed route live in its own memory:
 * whoever holds them keeps them valid after the route and its cache are
 * gone (run under valgrind or ASan to see the memory). */
START_TEST(route_storage_lifetime)
{
	static const unsigned char d4[4] = { 10, 1, 2, 3 };
	static const unsigned char g4[4] = { 192, 0, 2, 2 };
	struct nl_msg *msg = kernel_route(AF_INET, d4, 32, g4, 0);
	struct nl_addr *dst, *gw, *dst2;
	struct rtnl_route *r, *r2;
	struct rtnl_nexthop *nh;
	struct nl_cache *c;
	char buf[64];

	/* the destination and gateway outlive the route */
	r = parsed(msg);
	dst = nl_addr_get(rtnl_route_get_dst(r));
	nh = rtnl_route_nexthop_n(r, 0);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 7);
	gw = nl_addr_get(rtnl_route_nh_get_gateway(nh));
	ck_assert_int_eq(nl_addr_shared(dst), 1);
	rtnl_route_put(r);
	ck_assert_str_eq(nl_addr2str(dst, buf, sizeof(buf)), "10.1.2.3");
	ck_assert_str_eq(nl_addr2str(gw, buf, sizeof(buf)), "192.0.2.2");
	ck_assert_int_eq(nl_addr_get_prefixlen(dst), 32);
	ck_assert_int_eq(nl_addr_shared(dst), 0);
	nl_addr_put(dst);
	nl_addr_put(gw);

	/* a next hop taken out of the route is the caller's */
	r = parsed(msg);
	nh = rtnl_route_nexthop_n(r, 0);
	rtnl_route_remove_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 0);
	rtnl_route_put(r);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 7);
	ck_assert_str_eq(nl_addr2str(rtnl_route_nh_get_gateway(nh), buf,
				     sizeof(buf)), "192.0.2.2");
	rtnl_route_nh_free(nh);

	/* one route's destination given to another */
	r = parsed(msg);
	r2 = rtnl_route_alloc();
	ck_assert_int_eq(rtnl_route_set_dst(r2, rtnl_route_get_dst(r)), 0);
	rtnl_route_put(r);
	dst2 = rtnl_route_get_dst(r2);
	ck_assert_str_eq(nl_addr2str(dst2, buf, sizeof(buf)), "10.1.2.3");
	rtnl_route_put(r2);

	/* a route given its own destination does not hold itself */
	r = parsed(msg);
	ck_assert_int_eq(rtnl_route_set_dst(r, rtnl_route_get_dst(r)), 0);
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)r), 1);
	ck_assert_str_eq(nl_addr2str(rtnl_route_get_dst(r), buf, sizeof(buf)),
			 "10.1.2.3");
	rtnl_route_put(r);

	/* held past the cache */
	ck_assert_int_eq(nl_cache_alloc_name("route/route", &c), 0);
	ck_assert_int_eq(nl_cache_parse_and_add(c, msg), 0);
	r = (struct rtnl_route *)nl_cache_get_first(c);
	dst = nl_addr_get(rtnl_route_get_dst(r));
	nh = rtnl_route_nexthop_n(r, 0);
	gw = nl_addr_get(rtnl_route_nh_get_gateway(nh));
	nl_cache_free(c);
	ck_assert_str_eq(nl_addr2str(dst, buf, sizeof(buf)), "10.1.2.3");
	ck_assert_str_eq(nl_addr2str(gw, buf, sizeof(buf)), "192.0.2.2");
	/* the address keeps its route: still readable through it */
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)r), 1);
	ck_assert_int_eq(rtnl_route_get_table(r), RT_TABLE_MAIN);
	nl_addr_put(gw);
	nl_addr_put(dst);
	nlmsg_free(msg);
}
END_TEST

/* A route kept compact and one whose next hops were handed out compare,
 * print, clone and build the same; IPv6 too. */
START_TEST(route_storage_forms)
{
	static const unsigned char d4[4] = { 10, 9, 0, 0 };
	static const unsigned char g4[4] = { 10, 0, 0, 1 };
	static const unsigned char d6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 7 };
	static const unsigned char g6[16] = { 0xfe, 0x80, [15] = 1 };
	struct nl_msg *msgs[2] = {
		kernel_route(AF_INET, d4, 16, g4, 20),
		kernel_route(AF_INET6, d6, 64, g6, 1024),
	};
	int i;

	for (i = 0; i < 2; i++) {
		struct rtnl_route *a = parsed(msgs[i]), *b = parsed(msgs[i]), *c;
		struct nl_msg *ma, *mb;
		char line[8192];

		ck_assert_uint_eq(nl_object_diff64((struct nl_object *)a,
						   (struct nl_object *)b), 0);
		snprintf(line, sizeof(line), "%s", dump_str(a, NL_DUMP_DETAILS));
		ck_assert_ptr_nonnull(rtnl_route_get_nexthops(b));
		ck_assert_str_eq(dump_str(b, NL_DUMP_DETAILS), line);
		ck_assert_uint_eq(nl_object_diff64((struct nl_object *)a,
						   (struct nl_object *)b), 0);
		ck_assert_int_eq(nl_object_identical((struct nl_object *)a,
						     (struct nl_object *)b), 1);
		c = (struct rtnl_route *)nl_object_clone((struct nl_object *)a);
		ck_assert_ptr_nonnull(c);
		ck_assert_uint_eq(nl_object_diff64((struct nl_object *)a,
						   (struct nl_object *)c), 0);
		ck_assert_str_eq(dump_str(c, NL_DUMP_DETAILS), line);
		ck_assert_int_eq(rtnl_route_build_add_request(a, 0, &ma), 0);
		ck_assert_int_eq(rtnl_route_build_add_request(b, 0, &mb), 0);
		ck_assert_uint_eq(nlmsg_hdr(ma)->nlmsg_len,
				  nlmsg_hdr(mb)->nlmsg_len);
		ck_assert_int_eq(memcmp(nlmsg_hdr(ma), nlmsg_hdr(mb),
					nlmsg_hdr(ma)->nlmsg_len), 0);
		nlmsg_free(ma);
		nlmsg_free(mb);
		rtnl_route_put(a);
		rtnl_route_put(b);
		rtnl_route_put(c);
		nlmsg_free(msgs[i]);
	}
}
END_TEST

/* Threads reading the same compact routes of a shared cache: the first
 * one to ask for the next hop list turns the compact next hop into a
 * real one while the others print, compare and clone the route.  Each
 * route must end up with exactly one next hop, the parsed one (run
 * under TSan to see the races). */
#define MT_THREADS 8
#define MT_ROUTES 256
#define MT_ROUNDS 4

struct mt_route {
	struct rtnl_route *r, *twin;
	char gw[64];
	char dump[512];
};

struct mt_shared {
	pthread_barrier_t start;
	struct mt_route rt[MT_ROUTES];
};

struct mt_thread {
	struct mt_shared *sh;
	int id;
	unsigned int bad;
};

static void *mt_reader(void *arg)
{
	struct mt_thread *t = arg;
	struct mt_shared *sh = t->sh;
	int round, k;

	pthread_barrier_wait(&sh->start);
	for (round = 0; round < MT_ROUNDS; round++) {
		for (k = 0; k < MT_ROUTES; k++) {
			/* each thread its own order, and its own first step */
			struct mt_route *m =
				&sh->rt[(k * 7 + t->id * 31) % MT_ROUTES];
			struct rtnl_nexthop *nh;
			struct nl_list_head *l, *p;
			struct nl_object *c;
			char buf[512];
			int n = 0;

			switch ((k + t->id + round) % 4) {
			case 0:
				nh = rtnl_route_nexthop_n(m->r, 0);
				if (!nh || rtnl_route_nh_get_ifindex(nh) != 7 ||
				    strcmp(nl_addr2str(rtnl_route_nh_get_gateway(nh),
						       buf, sizeof(buf)),
					   m->gw))
					t->bad++;
				break;
			case 1:
				l = rtnl_route_get_nexthops(m->r);
				if (!l) {
					t->bad++;
					break;
				}
				for (p = l->next; p != l; p = p->next)
					n++;
				nh = rtnl_route_nexthop_n(m->r, 0);
				if (n != 1 || !nh ||
				    rtnl_route_nh_get_ifindex(nh) != 7)
					t->bad++;
				break;
			case 2:
				memset(buf, 0, sizeof(buf));
				nl_object_dump_buf((struct nl_object *)m->r, buf,
						   sizeof(buf));
				if (strcmp(buf, m->dump))
					t->bad++;
				break;
			default:
				if (nl_object_diff64((struct nl_object *)m->r,
						     (struct nl_object *)m->twin) ||
				    !nl_object_identical((struct nl_object *)m->twin,
							 (struct nl_object *)m->r))
					t->bad++;
				c = nl_object_clone((struct nl_object *)m->r);
				if (!c || nl_object_diff64(c, (struct nl_object *)m->r))
					t->bad++;
				nl_object_put(c);
				break;
			}
		}
	}
	return NULL;
}

START_TEST(route_shared_readers)
{
	static struct mt_shared sh;
	struct mt_thread t[MT_THREADS];
	pthread_t tid[MT_THREADS];
	int i;

	for (i = 0; i < MT_ROUTES; i++) {
		struct mt_route *m = &sh.rt[i];
		unsigned char d[16] = { 0x20, 0x01, 0x0d, 0xb8, 1, (unsigned char)i };
		unsigned char g[16] = { 0xfe, 0x80, [14] = 1, [15] = (unsigned char)i };
		int fam = i % 2 ? AF_INET6 : AF_INET;
		struct rtnl_route *ref;
		struct nl_msg *msg;

		if (fam == AF_INET) {
			d[0] = 10;
			d[1] = (unsigned char)i;
			g[0] = 192;
			g[1] = 0;
			g[2] = 2;
			g[3] = (unsigned char)i;
		}
		msg = kernel_route(fam, d, fam == AF_INET ? 24 : 64, g,
				   (uint32_t)i + 1);
		m->r = parsed(msg);
		m->twin = parsed(msg);
		/* the expected values from a third copy: the two stay compact */
		ref = parsed(msg);
		nlmsg_free(msg);
		ck_assert_ptr_nonnull(nl_addr2str(
			rtnl_route_nh_get_gateway(rtnl_route_nexthop_n(ref, 0)),
			m->gw, sizeof(m->gw)));
		nl_object_dump_buf((struct nl_object *)ref, m->dump,
				   sizeof(m->dump));
		ck_assert_ptr_nonnull(strstr(m->dump, m->gw));
		rtnl_route_put(ref);
	}

	ck_assert_int_eq(pthread_barrier_init(&sh.start, NULL, MT_THREADS), 0);
	for (i = 0; i < MT_THREADS; i++) {
		t[i] = (struct mt_thread){ .sh = &sh, .id = i };
		ck_assert_int_eq(pthread_create(&tid[i], NULL, mt_reader, &t[i]),
				 0);
	}
	for (i = 0; i < MT_THREADS; i++) {
		ck_assert_int_eq(pthread_join(tid[i], NULL), 0);
		ck_assert_uint_eq(t[i].bad, 0);
	}
	pthread_barrier_destroy(&sh.start);

	for (i = 0; i < MT_ROUTES; i++) {
		struct mt_route *m = &sh.rt[i];
		struct nl_list_head *l, *p;
		struct rtnl_nexthop *nh;
		char buf[64];
		int n = 0;

		ck_assert_int_eq(rtnl_route_get_nnexthops(m->r), 1);
		l = rtnl_route_get_nexthops(m->r);
		for (p = l->next; p != l; p = p->next)
			n++;
		ck_assert_int_eq(n, 1);
		nh = rtnl_route_nexthop_n(m->r, 0);
		ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), 7);
		ck_assert_str_eq(nl_addr2str(rtnl_route_nh_get_gateway(nh), buf,
					     sizeof(buf)),
				 m->gw);
		ck_assert_ptr_eq(rtnl_route_nexthop_n(m->r, 0),
				 rtnl_route_nexthop_n(m->r, 0));
		rtnl_route_put(m->r);
		rtnl_route_put(m->twin);
	}
}
END_TEST

/* IPv6 multipath changes arrive as one next hop per message: a kept
 * route (its single next hop compact) learns and forgets paths; a known
 * path takes the new flags. */
START_TEST(route_storage_update)
{
	static const unsigned char d6[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 9 };
	static const unsigned char ga[16] = { 0xfe, 0x80, [15] = 0xa };
	static const unsigned char gb[16] = { 0xfe, 0x80, [15] = 0xb };
	struct nl_msg *ma = kernel_route(AF_INET6, d6, 128, ga, 1024);
	struct nl_msg *mb = kernel_route(AF_INET6, d6, 128, gb, 1024);
	struct rtnl_route *old = parsed(ma), *r;
	struct rtnl_nexthop *nh;
	struct rtmsg *rtm;
	char buf[64];

	/* none at all: no list, nothing to walk */
	r = rtnl_route_alloc();
	ck_assert_ptr_null(rtnl_route_get_nexthops(r));
	rtnl_route_foreach_nexthop(r, NULL, NULL);
	ck_assert_ptr_null(rtnl_route_nexthop_n(r, 0));
	rtnl_route_put(r);

	/* the same path, now with a flag */
	rtm = nlmsg_data(nlmsg_hdr(ma));
	rtm->rtm_flags = RTNH_F_ONLINK;
	r = parsed(ma);
	ck_assert_int_eq(nl_object_update((struct nl_object *)old,
					  (struct nl_object *)r), 0);
	rtnl_route_put(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(old), 1);
	nh = rtnl_route_nexthop_n(old, 0);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), RTNH_F_ONLINK);

	/* another path */
	r = parsed(mb);
	ck_assert_int_eq(nl_object_update((struct nl_object *)old,
					  (struct nl_object *)r), 0);
	rtnl_route_put(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(old), 2);
	nh = rtnl_route_nexthop_n(old, 1);
	ck_assert_str_eq(nl_addr2str(rtnl_route_nh_get_gateway(nh), buf,
				     sizeof(buf)), "fe80::b");

	/* the first path goes, then the last */
	nlmsg_hdr(ma)->nlmsg_type = RTM_DELROUTE;
	r = parsed(ma);
	ck_assert_int_eq(nl_object_update((struct nl_object *)old,
					  (struct nl_object *)r), 0);
	rtnl_route_put(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(old), 1);
	nh = rtnl_route_nexthop_n(old, 0);
	ck_assert_str_eq(nl_addr2str(rtnl_route_nh_get_gateway(nh), buf,
				     sizeof(buf)), "fe80::b");
	nlmsg_hdr(mb)->nlmsg_type = RTM_DELROUTE;
	r = parsed(mb);
	ck_assert_int_eq(nl_object_update((struct nl_object *)old,
					  (struct nl_object *)r),
			 -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_route_get_nnexthops(old), 0);
	rtnl_route_put(r);
	rtnl_route_put(old);
	nlmsg_free(ma);
	nlmsg_free(mb);
}
END_TEST

/* The same for rules and FIB lookup results, through their cache types'
 * parsers (as a cache fill or pickup calls them). */
static unsigned int fuzz_cache(const char *type, struct nl_msg *msg)
{
	struct nlmsghdr *h = nlmsg_hdr(msg);
	unsigned int seed = 7, i, added = 0;
	struct nl_msg *m;

	for (i = 0; i < 10000; i++) {
		struct nl_cache *c;
		struct nl_object *o;
		unsigned char *d;
		int k;

		ck_assert_int_eq(nl_cache_alloc_name(type, &c), 0);
		m = nlmsg_alloc_size(h->nlmsg_len + 64);
		ck_assert_ptr_nonnull(m);
		d = nlmsg_reserve(m, h->nlmsg_len - NLMSG_HDRLEN, 0);
		ck_assert_ptr_nonnull(d);
		memcpy(nlmsg_hdr(m), h, h->nlmsg_len);
		for (k = 0; k < 3; k++)
			d[rand_r(&seed) % (h->nlmsg_len - NLMSG_HDRLEN)] =
				(unsigned char)rand_r(&seed);
		if (rand_r(&seed) % 8 == 0)
			nlmsg_hdr(m)->nlmsg_len -= (unsigned int)rand_r(&seed) %
				(h->nlmsg_len - NLMSG_HDRLEN);
		if (nl_cache_parse_and_add(c, m) == 0 &&
		    (o = nl_cache_get_first(c))) {
			added++;
			dump_str(o, NL_DUMP_LINE);
			dump_str(o, NL_DUMP_STATS);
		}
		nlmsg_free(m);
		nl_cache_free(c);
	}
	return added;
}

START_TEST(rule_fib_parse_fuzz)
{
	struct rtnl_rule *r = sample_rule();
	struct flnl_request *req = flnl_request_alloc();
	struct nl_addr *a = A("10.1.0.99", AF_INET);
	struct nl_msg *msg;

	ck_assert_int_eq(rtnl_rule_build_add_request(r, 0, &msg), 0);
	ck_assert_uint_gt(fuzz_cache("route/rule", msg), 0);
	nlmsg_free(msg);
	ck_assert_int_eq(flnl_request_set_addr(req, a), 0);
	ck_assert_int_eq(flnl_lookup_build_request(req, 0, &msg), 0);
	ck_assert_uint_gt(fuzz_cache("fib_lookup/fib_lookup", msg), 0);
	nlmsg_free(msg);
	nl_object_put((struct nl_object *)req);
	nl_addr_put(a);
	rtnl_rule_put(r);
}
END_TEST

START_TEST(names)
{
	char buf[64], path[] = "/tmp/check-route-namesXXXXXX";
	int fd;

	ck_assert_str_eq(rtnl_route_table2str(RT_TABLE_MAIN, buf, sizeof(buf)), "main");
	ck_assert_str_eq(rtnl_route_table2str(252, buf, sizeof(buf)), "compat");
	ck_assert_str_eq(rtnl_route_table2str(100, buf, sizeof(buf)), "0x64");
	ck_assert_int_eq(rtnl_route_str2table("local"), RT_TABLE_LOCAL);
	ck_assert_int_eq(rtnl_route_str2table("0x64"), 100);
	ck_assert_int_eq(rtnl_route_str2table("nosuch"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_route_proto2str(RTPROT_BOOT, buf, sizeof(buf)), "boot");
	ck_assert_str_eq(rtnl_route_proto2str(99, buf, sizeof(buf)), "0x63");
	ck_assert_int_eq(rtnl_route_str2proto("static"), RTPROT_STATIC);
	ck_assert_str_eq(rtnl_route_metric2str(RTAX_FEATURES, buf, sizeof(buf)), "features");
	ck_assert_str_eq(rtnl_route_metric2str(13, buf, sizeof(buf)), "0xd");
	ck_assert_int_eq(rtnl_route_str2metric("MTU"), RTAX_MTU);
	ck_assert_int_eq(rtnl_route_str2metric("5"), 5);
	ck_assert_int_eq(rtnl_route_str2metric("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_prio2str(4, buf, sizeof(buf)), "interactive_bulk");
	ck_assert_str_eq(rtnl_prio2str(3, buf, sizeof(buf)), "0x3");
	ck_assert_int_eq(rtnl_str2prio("interactive"), 6);
	ck_assert_int_eq(rtnl_str2prio("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(nl_rtntype2str(RTN_PROHIBIT, buf, sizeof(buf)), "prohibit");
	ck_assert_str_eq(rtnl_scope2str(RT_SCOPE_LINK, buf, sizeof(buf)), "link");
	ck_assert_str_eq(rtnl_realms2str(0x00030004, buf, sizeof(buf)), "3/4");

	/* names from iproute2-style files replace the built-in ones */
	ck_assert_int_eq(rtnl_route_read_table_names("/nonexistent/rt"),
			 -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_route_table2str(254, buf, sizeof(buf)), "main");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_gt(write(fd, "# comment\n100\tcustomers\n254 main\n", 33), 0);
	close(fd);
	ck_assert_int_eq(rtnl_route_read_table_names(path), 0);
	ck_assert_str_eq(rtnl_route_table2str(100, buf, sizeof(buf)), "customers");
	ck_assert_int_eq(rtnl_route_str2table("customers"), 100);
	ck_assert_str_eq(rtnl_route_table2str(255, buf, sizeof(buf)), "0xff");
	ck_assert_int_eq(rtnl_route_read_protocol_names(path), 0);
	ck_assert_str_eq(rtnl_route_proto2str(100, buf, sizeof(buf)), "customers");
	ck_assert_str_eq(rtnl_route_proto2str(RTPROT_BOOT, buf, sizeof(buf)), "0x3");

	/* put the built-in names back for the tests that follow */
	fd = open(path, O_WRONLY | O_TRUNC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(dprintf(fd, "0 unspec\n252 compat\n253 default\n"
				 "254 main\n255 local\n"), 51);
	close(fd);
	ck_assert_int_eq(rtnl_route_read_table_names(path), 0);
	fd = open(path, O_WRONLY | O_TRUNC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_gt(dprintf(fd, "0 unspec\n1 redirect\n2 kernel\n"
				 "3 boot\n4 static\n"), 0);
	close(fd);
	ck_assert_int_eq(rtnl_route_read_protocol_names(path), 0);
	ck_assert_str_eq(rtnl_route_table2str(0, buf, sizeof(buf)), "unspec");
	ck_assert_str_eq(rtnl_route_proto2str(RTPROT_BOOT, buf, sizeof(buf)), "boot");
	unlink(path);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Rules                                                                */

#define RULE_TEXT                                                              \
	"     100 inet from 10.8.0.0/16 to 10.7.0.0/16 tos 16 "                \
	"mark 0x10/0xffiif veth0 oif br0 lookup 0x64 ipproto tcp "            \
	"sport 1000-2000 dport 80 protocol boot flow 3/4 action unicast\n"

START_TEST(rule_dump_build_parse)
{
	struct rtnl_rule *r = sample_rule(), *p;
	struct nlattr *tb[FRA_MAX + 1];
	struct fib_rule_port_range *pr;
	struct fib_rule_hdr *frh;
	struct nl_msg *msg, *msg2;
	struct nl_cache *cache;
	uint16_t s, e;
	uint8_t u8;

	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE), RULE_TEXT);
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS), RULE_TEXT);
	ck_assert_str_eq(dump_str(r, NL_DUMP_STATS), RULE_TEXT);

	ck_assert_int_eq(rtnl_rule_build_add_request(r, NLM_F_EXCL, &msg), 0);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_NEWRULE);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_flags, NLM_F_CREATE | NLM_F_EXCL);
	frh = nlmsg_data(nlmsg_hdr(msg));
	ck_assert_int_eq(frh->family, AF_INET);
	ck_assert_int_eq(frh->src_len, 16);
	ck_assert_int_eq(frh->dst_len, 16);
	ck_assert_int_eq(frh->tos, 16);
	ck_assert_int_eq(frh->table, 100);
	ck_assert_int_eq(frh->action, FR_ACT_TO_TBL);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(*frh), tb, FRA_MAX,
				     NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[FRA_PRIORITY]), 100);
	ck_assert_uint_eq(nla_get_u32(tb[FRA_TABLE]), 100);
	ck_assert_uint_eq(nla_get_u32(tb[FRA_FWMARK]), 0x10);
	ck_assert_uint_eq(nla_get_u32(tb[FRA_FWMASK]), 0xff);
	ck_assert_uint_eq(nla_get_u32(tb[FRA_FLOW]), 0x00030004);
	ck_assert_str_eq(nla_get_string(tb[FRA_IIFNAME]), "veth0");
	ck_assert_str_eq(nla_get_string(tb[FRA_OIFNAME]), "br0");
	ck_assert_uint_eq(nla_get_u8(tb[FRA_IP_PROTO]), IPPROTO_TCP);
	ck_assert_uint_eq(nla_get_u8(tb[FRA_PROTOCOL]), RTPROT_BOOT);
	pr = nla_data(tb[FRA_SPORT_RANGE]);
	ck_assert_uint_eq(pr->start, 1000);
	ck_assert_uint_eq(pr->end, 2000);
	pr = nla_data(tb[FRA_DPORT_RANGE]);
	ck_assert_uint_eq(pr->start, 80);
	ck_assert_uint_eq(pr->end, 80);
	ck_assert_ptr_null(tb[FRA_GOTO]);
	ck_assert_ptr_null(tb[FRA_L3MDEV]);

	/* parse back through the cache type's parser */
	ck_assert_int_eq(nl_cache_alloc_name("route/rule", &cache), 0);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	p = (struct rtnl_rule *)nl_cache_get_first(cache);
	ck_assert_str_eq(dump_str(p, NL_DUMP_LINE), RULE_TEXT);
	ck_assert_int_eq(rtnl_rule_get_sport(p, &s, &e), 0);
	ck_assert_uint_eq(s, 1000);
	ck_assert_uint_eq(e, 2000);
	ck_assert_int_eq(rtnl_rule_get_ipproto(p, &u8), 0);
	ck_assert_uint_eq(u8, IPPROTO_TCP);
	ck_assert_int_eq(rtnl_rule_build_add_request(p, NLM_F_EXCL, &msg2), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg2)->nlmsg_len, nlmsg_hdr(msg)->nlmsg_len);
	ck_assert_int_eq(memcmp(nlmsg_data(nlmsg_hdr(msg2)),
				nlmsg_data(nlmsg_hdr(msg)),
				nlmsg_hdr(msg)->nlmsg_len - NLMSG_HDRLEN), 0);
	nlmsg_free(msg2);
	ck_assert_int_eq(rtnl_rule_build_delete_request(p, 0, &msg2), 0);
	ck_assert_int_eq(nlmsg_hdr(msg2)->nlmsg_type, RTM_DELRULE);
	nlmsg_free(msg2);
	nl_cache_free(cache);
	nlmsg_free(msg);
	rtnl_rule_put(r);
}
END_TEST

START_TEST(rule_accessors)
{
	struct rtnl_rule *r = rtnl_rule_alloc();
	struct nl_addr *a6 = A("fd00::/8", AF_INET6);
	uint16_t s, e;
	uint8_t u8;

	ck_assert_int_eq(rtnl_rule_get_family(r), AF_UNSPEC);
	/* 0 when not set, as Debian's 3.7 */
	ck_assert_uint_eq(rtnl_rule_get_mark(r), 0);
	ck_assert_uint_eq(rtnl_rule_get_mask(r), 0);
	ck_assert_int_eq(rtnl_rule_get_l3mdev(r), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_rule_get_protocol(r, &u8), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_get_ipproto(r, &u8), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_get_dport(r, &s, &e), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_rule_get_iif(r));
	ck_assert_ptr_null(rtnl_rule_get_oif(r));

	ck_assert_int_eq(rtnl_rule_set_dst(r, a6), 0);
	ck_assert_int_eq(rtnl_rule_get_family(r), AF_INET6);
	rtnl_rule_set_family(r, AF_INET);
	ck_assert_int_eq(rtnl_rule_set_src(r, a6), -NLE_AF_MISMATCH);
	ck_assert_int_eq(rtnl_rule_set_iif(r, "a-very-long-interface-name"),
			 -NLE_RANGE);
	ck_assert_int_eq(rtnl_rule_set_dport_range(r, 90, 80), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 0, 5), -NLE_INVAL);
	ck_assert_int_eq(rtnl_rule_set_dport_range(r, 80, 90), 0);
	ck_assert_int_eq(rtnl_rule_get_dport(r, &s, &e), 0);
	ck_assert_uint_eq(s, 80);
	ck_assert_uint_eq(e, 90);
	rtnl_rule_set_l3mdev(r, 1);
	ck_assert_int_eq(rtnl_rule_get_l3mdev(r), 1);
	rtnl_rule_set_goto(r, 32766);
	ck_assert_uint_eq(rtnl_rule_get_goto(r), 32766);
	rtnl_rule_set_action(r, FR_ACT_GOTO);
	ck_assert_uint_eq(rtnl_rule_get_action(r), FR_ACT_GOTO);
	rtnl_rule_set_realms(r, 7);
	ck_assert_uint_eq(rtnl_rule_get_realms(r), 7);
	ck_assert_str_eq(dump_str(r, NL_DUMP_LINE),
			 "       0 inet to fd00::/8 lookup [l3mdev-table] dport 80-90 "
			 "flow 0/7 goto 32766 action local\n");
	rtnl_rule_set_l3mdev(r, -1);
	ck_assert_int_eq(rtnl_rule_get_l3mdev(r), -NLE_MISSING_ATTR);
	nl_addr_put(a6);
	rtnl_rule_put(r);
}
END_TEST

/* ------------------------------------------------------------------ */
/* FIB lookup requests                                                  */

START_TEST(fib_request)
{
	struct flnl_request *req = flnl_request_alloc();
	struct nl_addr *a4 = A("10.1.0.99", AF_INET);
	struct nl_addr *a6 = A("fd00::1", AF_INET6);
	struct nl_msg *msg;
	unsigned char *d;

	ck_assert_uint_eq(flnl_request_get_fwmark(req), UINT64_MAX);
	ck_assert_int_eq(flnl_request_get_tos(req), -1);
	ck_assert_int_eq(flnl_request_get_scope(req), -1);
	ck_assert_int_eq(flnl_request_get_table(req), -1);
	ck_assert_int_eq(flnl_lookup_build_request(req, 0, &msg),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(flnl_request_set_addr(req, a6), -NLE_AF_NOSUPPORT);
	ck_assert_int_eq(flnl_request_set_addr(req, a4), 0);
	ck_assert_ptr_eq(flnl_request_get_addr(req), a4);
	flnl_request_set_fwmark(req, 0x42);
	flnl_request_set_tos(req, 0x10);
	flnl_request_set_table(req, 100);
	ck_assert_uint_eq(flnl_request_get_fwmark(req), 0x42);
	ck_assert_int_eq(flnl_request_get_tos(req), 0x10);
	ck_assert_int_eq(flnl_request_get_table(req), 100);
	ck_assert_int_eq(flnl_lookup_build_request(req, 0, &msg), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, NLMSG_LENGTH(20));
	d = nlmsg_data(nlmsg_hdr(msg));
	ck_assert_int_eq(memcmp(d, "\x0a\x01\x00\x63", 4), 0);
	ck_assert_uint_eq(*(uint32_t *)(d + 4), 0x42);
	ck_assert_uint_eq(d[8], 0x10);
	ck_assert_uint_eq(d[9], RT_SCOPE_UNIVERSE);
	ck_assert_uint_eq(d[10], 100);
	nlmsg_free(msg);
	nl_object_put((struct nl_object *)req);
	nl_addr_put(a4);
	nl_addr_put(a6);
}
END_TEST

START_TEST(fib_result_cache)
{
	struct nl_cache *c = flnl_result_alloc_cache();
	struct flnl_result *res = flnl_result_alloc();

	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_nonnull(res);
	ck_assert_int_eq(flnl_result_get_error(res), 0);
	ck_assert_int_eq(flnl_result_get_table_id(res), 0);
	ck_assert_str_eq(dump_str(res, NL_DUMP_DETAILS),
			 "table unspec prefixlen 0 next-hop-selector 0\n"
			 "type unspec scope global error Success (0)\n");
	ck_assert_str_eq(dump_str(res, NL_DUMP_LINE), "");
	flnl_result_put(res);
	nl_cache_free(c);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("route-obj");
	TCase *tc = tcase_create("route");

	tcase_add_test(tc, route_dump_text);
	tcase_add_test(tc, route_dump_cached_default);
	tcase_add_test(tc, route_build_multipath);
	tcase_add_test(tc, route_build_single_v6);
	tcase_add_test(tc, route_accessors);
	tcase_add_test(tc, route_foreach_clone_compare);
	tcase_add_test(tc, nexthop_api);
	tcase_add_test(tc, route_mpls_encap_via);
	tcase_add_test(tc, route_parse_malformed);
	tcase_add_test(tc, route_parse_fuzz);
	tcase_add_test(tc, route_storage_lifetime);
	tcase_add_test(tc, route_storage_forms);
	tcase_add_test(tc, route_storage_update);
	tcase_add_test(tc, rule_fib_parse_fuzz);
	tcase_add_test(tc, names);
	tcase_add_test(tc, rule_dump_build_parse);
	tcase_add_test(tc, rule_accessors);
	tcase_add_test(tc, fib_request);
	tcase_add_test(tc, fib_result_cache);
	suite_add_tcase(s, tc);

	/* a case of its own, to run alone: CK_RUN_CASE=threads */
	tc = tcase_create("threads");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, route_shared_readers);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
