/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routes, rules and FIB lookups against the kernel, in a private network
 * namespace: add with the library, read back from a fresh cache, compare
 * with what iproute2 sees, delete; dump text as Debian's libnl 3.7 prints
 * it; route cache fills of 50,000 and 200,000 routes grow linearly.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <linux/fib_rules.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/rule.h>
#include <netlink/fib_lookup/lookup.h>
#include <netlink/fib_lookup/request.h>

static struct nl_sock *sk;
static struct nl_cache *links;

/* Interface names in dumps come from the provided link cache, as with
 * the nl-* tools. */
static void provide_links(void)
{
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &links), 0);
	nl_cache_mngt_provide(links);
}

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	if (nltest_sh("ip link show tveth0 >/dev/null 2>&1") != 0) {
		nltest_sh_ok("ip link add tveth0 type veth peer name tveth1");
		nltest_sh_ok("ip link set tveth0 up; ip link set tveth1 up");
		nltest_sh_ok("ip addr add 10.1.0.1/24 dev tveth0");
		nltest_sh_ok("ip addr add 10.3.0.1/24 dev tveth1");
		nltest_sh_ok("ip addr add fd00:1::1/64 dev tveth0 nodad");
	}
	provide_links();
}

static void teardown(void)
{
	nl_cache_mngt_unprovide(links);
	nl_cache_free(links);
	nl_socket_free(sk);
}

static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

static int ifindex_of(const char *name)
{
	struct nl_cache *lc;
	int i;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &lc), 0);
	i = rtnl_link_name2i(lc, name);
	nl_cache_free(lc);
	ck_assert_int_gt(i, 0);
	return i;
}

/* The route of family with destination dst in table, from a fresh cache
 * (a new reference), or NULL. */
static struct rtnl_route *find_route(int family, const char *dst,
				     uint32_t table)
{
	struct nl_cache *c;
	struct rtnl_route *r, *found = NULL;
	struct nl_addr *d = A(dst, family);

	ck_assert_int_eq(rtnl_route_alloc_cache(sk, family, 0, &c), 0);
	for (r = (struct rtnl_route *)nl_cache_get_first(c); r;
	     r = (struct rtnl_route *)nl_cache_get_next((struct nl_object *)r)) {
		if (rtnl_route_get_table(r) == table &&
		    !nl_addr_cmp(rtnl_route_get_dst(r), d)) {
			found = r;
			rtnl_route_get(r);
			break;
		}
	}
	nl_cache_free(c);
	nl_addr_put(d);
	return found;
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

START_TEST(v4_add_read_delete)
{
	struct rtnl_route *r = rtnl_route_alloc(), *k;
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *dst = A("198.51.100.0/24", AF_INET);
	struct nl_addr *gw = A("10.1.0.254", AF_INET);
	int idx = ifindex_of("tveth0");
	uint32_t v;

	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	rtnl_route_set_table(r, 100);
	rtnl_route_set_priority(r, 42);
	ck_assert_int_eq(rtnl_route_set_metric(r, RTAX_MTU, 1300), 0);
	rtnl_route_nh_set_gateway(nh, gw);
	rtnl_route_nh_set_ifindex(nh, idx);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_EXCL), 0);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_EXCL), -NLE_EXIST);
	ck_assert_int_eq(nltest_sh("ip route show table 100 | grep -q "
				   "'^198.51.100.0/24 via 10.1.0.254 dev tveth0 proto static metric 42 mtu 1300'"),
			 0);

	k = find_route(AF_INET, "198.51.100.0/24", 100);
	ck_assert_ptr_nonnull(k);
	ck_assert_uint_eq(rtnl_route_get_priority(k), 42);
	ck_assert_uint_eq(rtnl_route_get_protocol(k), RTPROT_STATIC);
	ck_assert_uint_eq(rtnl_route_get_scope(k), RT_SCOPE_UNIVERSE);
	ck_assert_uint_eq(rtnl_route_get_type(k), RTN_UNICAST);
	ck_assert_int_eq(rtnl_route_get_metric(k, RTAX_MTU, &v), 0);
	ck_assert_uint_eq(v, 1300);
	ck_assert_int_eq(rtnl_route_get_nnexthops(k), 1);
	nh = rtnl_route_nexthop_n(k, 0);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), idx);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_gateway(nh), gw), 0);
	ck_assert_str_eq(dump_str(k, NL_DUMP_DETAILS),
			 "inet 198.51.100.0/24 table 0x64 type unicast \n"
			 "    scope global priority 0x2a protocol static \n"
			 "    nexthop via 10.1.0.254 dev tveth0 <>\n"
			 "    metrics [mtu 1300 ]\n");

	/* delete with the object read back */
	ck_assert_int_eq(rtnl_route_delete(sk, k, 0), 0);
	ck_assert_int_eq(rtnl_route_delete(sk, k, 0), -NLE_OBJ_NOTFOUND);
	rtnl_route_put(k);
	ck_assert_ptr_null(find_route(AF_INET, "198.51.100.0/24", 100));
	nl_addr_put(dst);
	nl_addr_put(gw);
	rtnl_route_put(r);
}
END_TEST

START_TEST(v6_add_read_delete)
{
	struct rtnl_route *r = rtnl_route_alloc(), *k;
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *dst = A("fd00:9::/64", AF_INET6);
	struct nl_addr *gw = A("fd00:1::fe", AF_INET6);
	int idx = ifindex_of("tveth0");

	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	rtnl_route_set_priority(r, 1024);
	rtnl_route_nh_set_gateway(nh, gw);
	rtnl_route_nh_set_ifindex(nh, idx);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, 0), 0);
	ck_assert_int_eq(nltest_sh("ip -6 route show | grep -q "
				   "'^fd00:9::/64 via fd00:1::fe dev tveth0 proto static metric 1024'"),
			 0);
	k = find_route(AF_INET6, "fd00:9::/64", RT_TABLE_MAIN);
	ck_assert_ptr_nonnull(k);
	ck_assert_uint_eq(rtnl_route_get_priority(k), 1024);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_gateway(
					     rtnl_route_nexthop_n(k, 0)), gw), 0);
	ck_assert_str_eq(dump_str(k, NL_DUMP_LINE),
			 "inet6 fd00:9::/64 table main type unicast via fd00:1::fe dev tveth0 \n");
	ck_assert_int_eq(rtnl_route_delete(sk, r, 0), 0);
	rtnl_route_put(k);
	ck_assert_ptr_null(find_route(AF_INET6, "fd00:9::/64", RT_TABLE_MAIN));
	nl_addr_put(dst);
	nl_addr_put(gw);
	rtnl_route_put(r);
}
END_TEST

START_TEST(multipath)
{
	struct rtnl_route *r = rtnl_route_alloc(), *k;
	struct rtnl_nexthop *nh;
	struct nl_addr *dst = A("10.50.0.0/16", AF_INET);
	struct nl_addr *gw = A("10.1.0.254", AF_INET);
	int i0 = ifindex_of("tveth0"), i1 = ifindex_of("tveth1");

	ck_assert_int_eq(rtnl_route_set_dst(r, dst), 0);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_gateway(nh, gw);
	rtnl_route_nh_set_ifindex(nh, i0);
	rtnl_route_nh_set_weight(nh, 2);
	rtnl_route_add_nexthop(r, nh);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, i1);
	rtnl_route_nh_set_realms(nh, 5);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, 0), 0);
	/* iproute2 prints weight = hops + 1 */
	ck_assert_int_eq(nltest_sh("ip route show 10.50.0.0/16 | grep -q "
				   "'nexthop via 10.1.0.254 dev tveth0 weight 3'"),
			 0);
	ck_assert_int_eq(nltest_sh("ip route show 10.50.0.0/16 | grep -q "
				   "'nexthop realm 5 dev tveth1 weight 1'"),
			 0);
	k = find_route(AF_INET, "10.50.0.0/16", RT_TABLE_MAIN);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_route_get_nnexthops(k), 2);
	ck_assert_int_eq(rtnl_route_nh_get_weight(rtnl_route_nexthop_n(k, 0)), 2);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(rtnl_route_nexthop_n(k, 1)), i1);
	ck_assert_uint_eq(rtnl_route_nh_get_realms(rtnl_route_nexthop_n(k, 1)), 5);
	ck_assert_ptr_null(rtnl_route_nh_get_gateway(rtnl_route_nexthop_n(k, 1)));
	ck_assert_str_eq(dump_str(k, NL_DUMP_DETAILS),
			 "inet 10.50.0.0/16 table main type unicast \n"
			 "    scope global priority 0 protocol static \n"
			 "    nexthop via 10.1.0.254 dev tveth0 weight 2 <>\n"
			 "    nexthop dev tveth1 weight 0 realm 0000:0005 <>\n");
	ck_assert_int_eq(rtnl_route_delete(sk, k, 0), 0);
	rtnl_route_put(k);
	rtnl_route_put(r);

	/* IPv6 multipath made by iproute2, read as one route */
	nltest_sh_ok("ip -6 route add fd00:77::/64 nexthop via fd00:1::fe dev tveth0 "
		     "nexthop via fd00:1::fd dev tveth0");
	k = find_route(AF_INET6, "fd00:77::/64", RT_TABLE_MAIN);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_route_get_nnexthops(k), 2);
	ck_assert_str_eq(dump_str(k, NL_DUMP_LINE),
			 "inet6 fd00:77::/64 table main type unicast via fd00:1::fe dev tveth0 "
			 "via fd00:1::fd dev tveth0 \n");
	ck_assert_int_eq(rtnl_route_delete(sk, k, 0), 0);
	rtnl_route_put(k);
	ck_assert_ptr_null(find_route(AF_INET6, "fd00:77::/64", RT_TABLE_MAIN));
	nl_addr_put(dst);
	nl_addr_put(gw);
}
END_TEST

/* Text of a cache dump as nl-route-list prints it (Debian's libnl). */
START_TEST(cache_dump_text)
{
	struct nl_cache *c;
	struct nl_dump_params p = { .dp_type = NL_DUMP_LINE };
	char buf[8192] = "";

	nltest_sh_ok("ip route add 192.168.50.0/24 via 10.1.0.254 dev tveth0 table 51");
	nltest_sh_ok("ip route add 172.16.0.0/16 dev tveth1 metric 50 table 51");
	nltest_sh_ok("ip route add blackhole 198.51.101.0/24 table 51");
	p.dp_buf = buf;
	p.dp_buflen = sizeof(buf);
	ck_assert_int_eq(rtnl_route_alloc_cache(sk, AF_INET, 0, &c), 0);
	{
		struct rtnl_route *f = rtnl_route_alloc();

		rtnl_route_set_table(f, 51);
		nl_cache_dump_filter(c, &p, (struct nl_object *)f);
		rtnl_route_put(f);
	}
	ck_assert_str_eq(buf,
			 "inet 172.16.0.0/16 table 0x33 type unicast via dev tveth1 \n"
			 "inet 192.168.50.0/24 table 0x33 type unicast via 10.1.0.254 dev tveth0 \n"
			 "inet 198.51.101.0/24 table 0x33 type blackhole \n");
	nl_cache_free(c);
	nltest_sh_ok("ip route flush table 51");
}
END_TEST

START_TEST(route_lookup)
{
	struct nl_addr *dst = A("10.1.0.99", AF_INET);
	struct rtnl_route *r = NULL;

	ck_assert_int_eq(rtnl_route_lookup(sk, dst, &r), 0);
	ck_assert_ptr_nonnull(r);
	ck_assert_uint_eq(rtnl_route_get_flags(r) & RTM_F_CLONED, RTM_F_CLONED);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_get_dst(r), dst), 0);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(rtnl_route_nexthop_n(r, 0)),
			 ifindex_of("tveth0"));
	ck_assert_str_eq(dump_str(r, NL_DUMP_DETAILS),
			 "inet cache 10.1.0.99 type unicast \n"
			 "    preferred-src 10.1.0.1 scope global priority 0 protocol unspec \n"
			 "    nexthop dev tveth0 <>\n");
	rtnl_route_put(r);
	nl_addr_put(dst);
	dst = A("203.0.113.9", AF_INET);
	/* ENETUNREACH */
	ck_assert_int_eq(rtnl_route_lookup(sk, dst, &r), -NLE_FAILURE);
	nl_addr_put(dst);
}
END_TEST

START_TEST(rules)
{
	struct rtnl_rule *r = rtnl_rule_alloc(), *k = NULL, *x;
	struct nl_addr *src = A("10.8.0.0/16", AF_INET);
	struct nl_addr *dst = A("10.7.0.0/16", AF_INET);
	struct nl_cache *c;
	uint16_t s, e;
	uint8_t u8;

	rtnl_rule_set_family(r, AF_INET);
	rtnl_rule_set_prio(r, 100);
	ck_assert_int_eq(rtnl_rule_set_src(r, src), 0);
	ck_assert_int_eq(rtnl_rule_set_dst(r, dst), 0);
	rtnl_rule_set_dsfield(r, 0x10);
	rtnl_rule_set_mark(r, 0x10);
	rtnl_rule_set_mask(r, 0xff);
	ck_assert_int_eq(rtnl_rule_set_iif(r, "tveth0"), 0);
	ck_assert_int_eq(rtnl_rule_set_oif(r, "tveth1"), 0);
	rtnl_rule_set_table(r, 100);
	ck_assert_int_eq(rtnl_rule_set_ipproto(r, IPPROTO_TCP), 0);
	ck_assert_int_eq(rtnl_rule_set_sport_range(r, 1000, 2000), 0);
	ck_assert_int_eq(rtnl_rule_set_dport(r, 80), 0);
	rtnl_rule_set_realms(r, 0x00030004);
	rtnl_rule_set_action(r, FR_ACT_TO_TBL);
	ck_assert_int_eq(rtnl_rule_add(sk, r, NLM_F_EXCL), 0);
	ck_assert_int_eq(nltest_sh("ip rule show | grep -q '^100:\tfrom 10.8.0.0/16 to 10.7.0.0/16 "
				   "tos 0x10 fwmark 0x10/0xff iif tveth0 oif tveth1 ipproto tcp "
				   "sport 1000-2000 dport 80 lookup 100 realms 3/4'"),
			 0);

	ck_assert_int_eq(rtnl_rule_alloc_cache(sk, AF_UNSPEC, &c), 0);
	for (x = (struct rtnl_rule *)nl_cache_get_first(c); x;
	     x = (struct rtnl_rule *)nl_cache_get_next((struct nl_object *)x))
		if (rtnl_rule_get_prio(x) == 100)
			k = x;
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_rule_get_family(k), AF_INET);
	ck_assert_uint_eq(rtnl_rule_get_table(k), 100);
	ck_assert_uint_eq(rtnl_rule_get_mark(k), 0x10);
	ck_assert_uint_eq(rtnl_rule_get_mask(k), 0xff);
	ck_assert_uint_eq(rtnl_rule_get_dsfield(k), 0x10);
	ck_assert_str_eq(rtnl_rule_get_iif(k), "tveth0");
	ck_assert_str_eq(rtnl_rule_get_oif(k), "tveth1");
	ck_assert_int_eq(nl_addr_cmp(rtnl_rule_get_src(k), src), 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_rule_get_dst(k), dst), 0);
	ck_assert_int_eq(rtnl_rule_get_sport(k, &s, &e), 0);
	ck_assert_uint_eq(s, 1000);
	ck_assert_uint_eq(e, 2000);
	ck_assert_int_eq(rtnl_rule_get_dport(k, &s, &e), 0);
	ck_assert_uint_eq(s, 80);
	ck_assert_uint_eq(e, 80);
	ck_assert_int_eq(rtnl_rule_get_ipproto(k, &u8), 0);
	ck_assert_uint_eq(u8, IPPROTO_TCP);
	ck_assert_int_eq(rtnl_rule_get_protocol(k, &u8), 0);
	ck_assert_uint_eq(u8, RTPROT_UNSPEC);
	ck_assert_uint_eq(rtnl_rule_get_realms(k), 0x00030004);
	ck_assert_uint_eq(rtnl_rule_get_action(k), FR_ACT_TO_TBL);
	ck_assert_str_eq(dump_str(k, NL_DUMP_LINE),
			 "     100 inet from 10.8.0.0/16 to 10.7.0.0/16 tos 16 mark 0x10/0xffiif tveth0 "
			 "oif tveth1 lookup 0x64 ipproto tcp sport 1000-2000 dport 80 protocol unspec "
			 "flow 3/4 action unicast\n");
	ck_assert_int_eq(rtnl_rule_delete(sk, k, 0), 0);
	nl_cache_free(c);
	ck_assert_int_eq(nltest_sh("ip rule show | grep -q '^100:'"), 1);

	/* a goto rule */
	rtnl_rule_put(r);
	r = rtnl_rule_alloc();
	rtnl_rule_set_family(r, AF_INET6);
	rtnl_rule_set_prio(r, 101);
	rtnl_rule_set_goto(r, 32766);
	rtnl_rule_set_action(r, FR_ACT_GOTO);
	ck_assert_int_eq(rtnl_rule_add(sk, r, 0), 0);
	ck_assert_int_eq(nltest_sh("ip -6 rule show | grep -q '^101:\tfrom all goto 32766'"), 0);
	ck_assert_int_eq(rtnl_rule_delete(sk, r, 0), 0);
	ck_assert_int_eq(nltest_sh("ip -6 rule show | grep -q '^101:'"), 1);
	rtnl_rule_put(r);
	nl_addr_put(src);
	nl_addr_put(dst);
}
END_TEST

START_TEST(fib_lookup)
{
	struct nl_sock *fsk = nl_socket_alloc();
	struct nl_cache *c = flnl_result_alloc_cache();
	struct flnl_request *req = flnl_request_alloc();
	struct nl_addr *a = A("10.1.0.99", AF_INET);
	struct flnl_result *res;

	ck_assert_int_eq(nl_connect(fsk, NETLINK_FIB_LOOKUP), 0);
	ck_assert_int_eq(flnl_request_set_addr(req, a), 0);
	ck_assert_int_eq(flnl_lookup(fsk, req, c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	res = (struct flnl_result *)nl_cache_get_first(c);
	ck_assert_int_eq(flnl_result_get_error(res), 0);
	ck_assert_int_eq(flnl_result_get_table_id(res), RT_TABLE_MAIN);
	ck_assert_int_eq(flnl_result_get_prefixlen(res), 24);
	ck_assert_int_eq(flnl_result_get_type(res), RTN_UNICAST);
	ck_assert_int_eq(flnl_result_get_scope(res), RT_SCOPE_LINK);
	ck_assert_int_eq(flnl_result_get_nexthop_sel(res), 0);
	ck_assert_str_eq(dump_str(res, NL_DUMP_DETAILS),
			 "table main prefixlen 24 next-hop-selector 0\n"
			 "type unicast scope link error Success (0)\n");
	nl_cache_clear(c);

	/* a table without routes */
	flnl_request_set_table(req, 77);
	ck_assert_int_eq(flnl_lookup(fsk, req, c), 0);
	res = (struct flnl_result *)nl_cache_get_first(c);
	ck_assert_ptr_nonnull(res);
	ck_assert_int_eq(flnl_result_get_error(res), -2);
	ck_assert_str_eq(dump_str(res, NL_DUMP_DETAILS),
			 "table unspec prefixlen 0 next-hop-selector 0\n"
			 "type unspec scope global error No such file or directory (-2)\n");
	nl_cache_clear(c);

	/* the local table */
	nl_addr_put(a);
	a = A("10.1.0.1", AF_INET);
	ck_assert_int_eq(flnl_request_set_addr(req, a), 0);
	flnl_request_set_table(req, RT_TABLE_LOCAL);
	ck_assert_int_eq(flnl_lookup(fsk, req, c), 0);
	res = (struct flnl_result *)nl_cache_get_first(c);
	ck_assert_int_eq(flnl_result_get_type(res), RTN_LOCAL);
	ck_assert_int_eq(flnl_result_get_scope(res), RT_SCOPE_HOST);
	ck_assert_int_eq(flnl_result_get_prefixlen(res), 32);

	nl_cache_free(c);
	nl_object_put((struct nl_object *)req);
	nl_addr_put(a);
	nl_socket_free(fsk);
}
END_TEST

struct events {
	int n_new, n_del;
	char last[256];
};

static void on_change(struct nl_cache *c, struct nl_object *o, int act,
		      void *arg)
{
	struct events *ev = arg;
	struct nl_dump_params p = {
		.dp_type = NL_DUMP_LINE,
		.dp_buf = ev->last,
		.dp_buflen = sizeof(ev->last),
	};

	(void)c;
	if (act == NL_ACT_NEW)
		ev->n_new++;
	else if (act == NL_ACT_DEL)
		ev->n_del++;
	memset(ev->last, 0, sizeof(ev->last));
	nl_object_dump(o, &p);
}

/* Route and rule events reach caches kept by a cache manager. */
START_TEST(cache_manager_events)
{
	struct nl_cache_mngr *mngr;
	struct nl_cache *routes, *rules;
	struct events ev = { 0 }, rev = { 0 };
	int i, before;

	ck_assert_int_eq(nl_cache_mngr_alloc(NULL, NETLINK_ROUTE, NL_AUTO_PROVIDE,
					     &mngr), 0);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/route", on_change, &ev,
					   &routes), 0);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/rule", on_change, &rev,
					   &rules), 0);
	before = nl_cache_nitems(routes);
	nltest_sh_ok("ip route add 10.7.0.0/16 dev tveth0");
	for (i = 0; i < 20 && !ev.n_new; i++)
		nl_cache_mngr_poll(mngr, 100);
	ck_assert_int_eq(ev.n_new, 1);
	ck_assert_int_eq(nl_cache_nitems(routes), before + 1);
	ck_assert_str_eq(ev.last,
			 "inet 10.7.0.0/16 table main type unicast via dev tveth0 \n");
	nltest_sh_ok("ip route del 10.7.0.0/16 dev tveth0");
	for (i = 0; i < 20 && !ev.n_del; i++)
		nl_cache_mngr_poll(mngr, 100);
	ck_assert_int_eq(ev.n_del, 1);
	ck_assert_int_eq(nl_cache_nitems(routes), before);

	nltest_sh_ok("ip rule add priority 300 from 10.66.0.0/16 table 66");
	for (i = 0; i < 20 && !rev.n_new; i++)
		nl_cache_mngr_poll(mngr, 100);
	ck_assert_int_eq(rev.n_new, 1);
	ck_assert_str_eq(rev.last,
			 "     300 inet from 10.66.0.0/16 lookup 0x42 protocol unspec action unicast\n");
	nltest_sh_ok("ip rule del priority 300");
	for (i = 0; i < 20 && !rev.n_del; i++)
		nl_cache_mngr_poll(mngr, 100);
	ck_assert_int_eq(rev.n_del, 1);
	nl_cache_mngr_free(mngr);
}
END_TEST

/* CPU time of this process: the kernel builds dump replies in our
 * recvmsg() calls, so both sides are counted, and other processes on a
 * busy machine do not stretch the comparison. */
static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int count_cb(struct nl_msg *msg, void *arg)
{
	(void)msg;
	(*(int *)arg)++;
	return NL_OK;
}

/* Add @n routes to table 200, numbered from @first. */
static void add_routes(int first, int n)
{
	nltest_sh_ok("awk 'BEGIN { for (i = %d; i < %d; i++) "
		     "printf \"route add %%d.%%d.%%d.0/24 via 10.255.0.2 table 200\\n\", "
		     "100 + int(i / 65536), int(i / 256) %% 256, i %% 256 }' "
		     "> /tmp/check-route-batch.$$ && "
		     "ip -batch /tmp/check-route-batch.$$; rc=$?; rm -f /tmp/check-route-batch.$$; exit $rc",
		     first, first + n);
}

/* The best of two fills of an IPv4 route cache, in CPU seconds. */
static double fill_cpu(int min_items)
{
	struct nl_cache *c;
	double best = 1e9, t0;
	int i;

	for (i = 0; i < 2; i++) {
		t0 = now();
		ck_assert_int_eq(rtnl_route_alloc_cache(sk, AF_INET, 0, &c), 0);
		if (now() - t0 < best)
			best = now() - t0;
		ck_assert_int_ge(nl_cache_nitems(c), min_items);
		nl_cache_free(c);
	}
	return best;
}

/* 200,000 routes: the dump arrives whole, and a cache fill grows with
 * the number of routes, not with its square.  Both fills are measured in
 * CPU time in the same process, so neither a busy machine nor a
 * sanitizer build changes their ratio (linear: 4). */
START_TEST(big_cache)
{
	double small, big;
	int n = 0;

	nltest_sh_ok("ip link add tdum0 type veth peer name tdum1 && ip link set tdum0 up && "
		     "ip link set tdum1 up && ip addr add 10.255.0.1/24 dev tdum0");
	add_routes(0, 50000);
	small = fill_cpu(50000);
	add_routes(50000, 150000);

	/* the raw dump: every message arrives */
	ck_assert_int_eq(nl_rtgen_request(sk, RTM_GETROUTE, AF_INET, NLM_F_DUMP), 0);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, count_cb, &n);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
	ck_assert_int_ge(n, 200000);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_DEFAULT, NULL, NULL);

	big = fill_cpu(200000);
	fprintf(stderr, "route cache fill (CPU): 50k routes %.3f s, 200k %.3f s (x%.1f)\n",
		small, big, big / small);
	ck_assert(big < small * 10 + 0.05);
	nltest_sh_ok("ip link del tdum0");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("route-kernel");
	TCase *tc = tcase_create("route");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, v4_add_read_delete);
	tcase_add_test(tc, v6_add_read_delete);
	tcase_add_test(tc, multipath);
	tcase_add_test(tc, cache_dump_text);
	tcase_add_test(tc, route_lookup);
	tcase_add_test(tc, rules);
	tcase_add_test(tc, fib_lookup);
	tcase_add_test(tc, cache_manager_events);
	tcase_add_test(tc, big_cache);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(suite)
