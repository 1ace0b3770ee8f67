/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kernel-filtered route caches: with strict checking on the socket the
 * route cache puts its filter (table, protocol, type, output interface)
 * into the dump request.  In a private namespace with 100,000 routes in
 * other tables and 1,000 in table 100, a filtered cache filled by the
 * kernel holds exactly what the same cache filled by filtering in user
 * space holds, reads far fewer messages, and takes less time.  A refill
 * reuses the objects the kernel reports unchanged.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <net/if.h>
#include <linux/rtnetlink.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>

/* Once per namespace (each test may run in its own process). */
static void populate(void)
{
	if (nltest_sh("ip link show fveth0 >/dev/null 2>&1") == 0)
		return;
	nltest_sh_ok("ip link add fveth0 type veth peer name fveth1");
	nltest_sh_ok("ip link set fveth0 up; ip link set fveth1 up");
	nltest_sh_ok("ip addr add 192.0.2.1/24 dev fveth0");
	nltest_sh_ok("ip addr add 198.51.100.1/24 dev fveth1");
	/* 100,000 routes in tables 200..209, 1,000 in table 100 (half of
	 * them through fveth1, a tenth of those with protocol 99), 500 in
	 * table 1000 */
	nltest_sh_ok("awk 'BEGIN { for (i = 0; i < 100000; i++)"
		     " printf \"route add 10.%%d.%%d.%%d/32 via 192.0.2.2 table %%d\\n\","
		     " int(i / 65536), int(i / 256) %% 256, i %% 256, 200 + i %% 10;"
		     " for (i = 0; i < 1000; i++)"
		     " printf \"route add 10.100.%%d.%%d/32 via %%s table 100%%s\\n\","
		     " int(i / 256), i %% 256, i %% 2 ? \"198.51.100.2\" : \"192.0.2.2\","
		     " i %% 20 == 1 ? \" proto 99\" : \"\";"
		     " for (i = 0; i < 500; i++)"
		     " printf \"route add 10.101.%%d.%%d/32 via 192.0.2.2 table 1000\\n\","
		     " int(i / 256), i %% 256 }' | ip -batch -");
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Counts what a socket reads, and keeps a copy of its last request. */
static unsigned int msgs_in;
static unsigned char last_req[512];
static size_t last_req_len;

static int count_in(struct nl_msg *msg, void *arg)
{
	(void)msg;
	(void)arg;
	msgs_in++;
	return NL_OK;
}

static int keep_out(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	(void)arg;
	last_req_len = nlh->nlmsg_len < sizeof(last_req) ? nlh->nlmsg_len :
							   sizeof(last_req);
	memcpy(last_req, nlh, last_req_len);
	return NL_OK;
}

static struct nl_sock *sock(int strict)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	if (strict)
		ck_assert_int_eq(nl_socket_set_strict_check(sk, 1), 0);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_socket_get_strict_check(sk), strict);
	nl_socket_set_buffer_size(sk, 4 << 20, 0);
	nl_socket_modify_cb(sk, NL_CB_MSG_IN, NL_CB_CUSTOM, count_in, NULL);
	nl_socket_modify_cb(sk, NL_CB_MSG_OUT, NL_CB_CUSTOM, keep_out, NULL);
	return sk;
}

/* Fill a cache of @family through @sk with @filter; the messages read
 * in *msgs and the time in *ms. */
static struct nl_cache *fill(struct nl_sock *sk, int family,
			     struct rtnl_route *filter, unsigned int *msgs,
			     double *ms)
{
	struct nl_cache *c;
	double t;

	ck_assert_int_eq(rtnl_route_alloc_cache(NULL, family, 0, &c), 0);
	ck_assert_int_eq(nl_cache_set_filter(c, OBJ_CAST(filter)), 0);
	msgs_in = 0;
	t = now_ms();
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	if (ms)
		*ms = now_ms() - t;
	if (msgs)
		*msgs = msgs_in;
	return c;
}

/* Both caches hold the same routes, with the same attributes. */
static void assert_same(struct nl_cache *a, struct nl_cache *b)
{
	struct nl_object *o, *x;

	ck_assert_int_eq(nl_cache_nitems(a), nl_cache_nitems(b));
	for (o = nl_cache_get_first(a); o; o = nl_cache_get_next(o)) {
		x = nl_cache_search(b, o);
		ck_assert_ptr_nonnull(x);
		ck_assert_uint_eq(nl_object_diff64(o, x), 0);
		nl_object_put(x);
	}
}

/* The header and attributes of the last request sent. */
static struct rtmsg *req_rtm(void)
{
	const struct nlmsghdr *nlh = (const struct nlmsghdr *)last_req;

	ck_assert_uint_eq(nlh->nlmsg_type, RTM_GETROUTE);
	ck_assert_uint_ge(nlh->nlmsg_len, NLMSG_LENGTH(sizeof(struct rtmsg)));
	return NLMSG_DATA((struct nlmsghdr *)last_req);
}

static uint32_t req_attr_u32(int type)
{
	struct nlmsghdr *nlh = (struct nlmsghdr *)last_req;
	struct nlattr *tb[RTA_MAX + 1];

	ck_assert_int_eq(nlmsg_parse(nlh, sizeof(struct rtmsg), tb, RTA_MAX,
				     NULL), 0);
	return tb[type] ? nla_get_u32(tb[type]) : 0;
}

START_TEST(test_table_filter)
{
	struct nl_sock *plain = sock(0), *strict = sock(1);
	struct rtnl_route *f = rtnl_route_alloc();
	struct nl_cache *u, *k, *all;
	unsigned int mu, mk;
	double tu, tk;
	struct rtmsg *rtm;

	populate();
	rtnl_route_set_table(f, 100);
	u = fill(plain, AF_UNSPEC, f, &mu, &tu);
	rtm = req_rtm();
	ck_assert_uint_eq(rtm->rtm_table, 0);	/* not strict: no filter */
	k = fill(strict, AF_UNSPEC, f, &mk, &tk);
	rtm = req_rtm();
	ck_assert_uint_eq(rtm->rtm_table, 100);
	ck_assert_uint_eq(rtm->rtm_family, AF_UNSPEC);
	ck_assert_uint_eq(rtm->rtm_dst_len, 0);
	ck_assert_uint_eq(req_attr_u32(RTA_TABLE), 0);

	ck_assert_int_eq(nl_cache_nitems(u), 1000);
	assert_same(u, k);
	assert_same(k, u);
	/* the kernel sent table 100 only (plus the end of the dump) */
	ck_assert_uint_ge(mu, 101500);
	ck_assert_uint_le(mk, 1100);
	printf("route-filter: table 100 of 101,500 routes: user space %.1f ms"
	       " (%u messages), kernel %.1f ms (%u messages)\n",
	       tu, mu, tk, mk);
	ck_assert(tk < tu);

	/* no filter: the whole table set either way */
	all = fill(strict, AF_UNSPEC, NULL, NULL, NULL);
	ck_assert_int_ge(nl_cache_nitems(all), 101500);
	ck_assert_uint_eq(req_rtm()->rtm_table, 0);
	nl_cache_free(all);

	nl_cache_free(u);
	nl_cache_free(k);
	rtnl_route_put(f);
	nl_socket_free(plain);
	nl_socket_free(strict);
}
END_TEST

/* Table ids above 255: RT_TABLE_COMPAT in the header, RTA_TABLE. */
START_TEST(test_big_table)
{
	struct nl_sock *plain = sock(0), *strict = sock(1);
	struct rtnl_route *f = rtnl_route_alloc();
	struct nl_cache *u, *k;
	unsigned int mk;

	populate();
	rtnl_route_set_table(f, 1000);
	rtnl_route_set_family(f, AF_INET);
	u = fill(plain, AF_UNSPEC, f, NULL, NULL);
	k = fill(strict, AF_UNSPEC, f, &mk, NULL);
	ck_assert_uint_eq(req_rtm()->rtm_table, RT_TABLE_COMPAT);
	ck_assert_uint_eq(req_rtm()->rtm_family, AF_INET);
	ck_assert_uint_eq(req_attr_u32(RTA_TABLE), 1000);
	ck_assert_int_eq(nl_cache_nitems(u), 500);
	assert_same(u, k);
	ck_assert_uint_le(mk, 600);
	nl_cache_free(u);
	nl_cache_free(k);
	rtnl_route_put(f);
	nl_socket_free(plain);
	nl_socket_free(strict);
}
END_TEST

/* Protocol, type and output interface go to the kernel too. */
START_TEST(test_proto_oif_filter)
{
	struct nl_sock *plain = sock(0), *strict = sock(1);
	struct rtnl_route *f = rtnl_route_alloc();
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_cache *u, *k;
	int ifindex;

	populate();
	ifindex = (int)if_nametoindex("fveth1");
	ck_assert_int_gt(ifindex, 0);
	rtnl_route_set_table(f, 100);
	rtnl_route_set_type(f, RTN_UNICAST);
	rtnl_route_nh_set_ifindex(nh, ifindex);
	rtnl_route_add_nexthop(f, nh);

	u = fill(plain, AF_INET, f, NULL, NULL);
	k = fill(strict, AF_INET, f, NULL, NULL);
	ck_assert_uint_eq(req_rtm()->rtm_type, RTN_UNICAST);
	ck_assert_uint_eq(req_attr_u32(RTA_OIF), (uint32_t)ifindex);
	ck_assert_int_eq(nl_cache_nitems(u), 500);
	assert_same(u, k);
	nl_cache_free(u);
	nl_cache_free(k);

	rtnl_route_set_protocol(f, 99);
	u = fill(plain, AF_INET, f, NULL, NULL);
	k = fill(strict, AF_INET, f, NULL, NULL);
	ck_assert_uint_eq(req_rtm()->rtm_protocol, 99);
	ck_assert_int_eq(nl_cache_nitems(u), 50);
	assert_same(u, k);
	nl_cache_free(u);
	nl_cache_free(k);

	rtnl_route_put(f);
	nl_socket_free(plain);
	nl_socket_free(strict);
}
END_TEST

/* A table the kernel does not have: empty, as in user space, not an
 * error (a family's own dump would answer ENOENT). */
START_TEST(test_missing_table)
{
	struct nl_sock *plain = sock(0), *strict = sock(1);
	struct rtnl_route *f = rtnl_route_alloc();
	struct nl_cache *u, *k;
	int family;

	populate();
	rtnl_route_set_table(f, 150);
	for (family = AF_UNSPEC; family <= AF_INET6; family += AF_INET6) {
		u = fill(plain, family, f, NULL, NULL);
		k = fill(strict, family, f, NULL, NULL);
		ck_assert_int_eq(nl_cache_nitems(u), 0);
		ck_assert_int_eq(nl_cache_nitems(k), 0);
		nl_cache_free(u);
		nl_cache_free(k);
	}
	u = fill(plain, AF_INET, f, NULL, NULL);
	k = fill(strict, AF_INET, f, NULL, NULL);
	ck_assert_int_eq(nl_cache_nitems(u), 0);
	ck_assert_int_eq(nl_cache_nitems(k), 0);
	nl_cache_free(u);
	nl_cache_free(k);
	rtnl_route_put(f);
	nl_socket_free(plain);
	nl_socket_free(strict);
}
END_TEST

/* A refill reuses the objects the kernel reports unchanged and nobody
 * else holds; its content and order are those of a fresh fill. */
START_TEST(test_refill_reuse)
{
	struct nl_sock *sk = sock(1);
	struct rtnl_route *f = rtnl_route_alloc();
	struct nl_object **before, *held, *o, *x;
	struct nl_cache *c, *fresh;
	int i, n, kept = 0;

	populate();
	rtnl_route_set_table(f, 100);
	c = fill(sk, AF_INET, f, NULL, NULL);
	n = nl_cache_nitems(c);
	ck_assert_int_eq(n, 1000);
	before = calloc((size_t)n, sizeof(*before));
	ck_assert_ptr_nonnull(before);
	for (i = 0, o = nl_cache_get_first(c); o; o = nl_cache_get_next(o))
		before[i++] = o;
	held = before[7];
	nl_object_get(held);
	/* one route changes, one goes, one comes */
	nltest_sh_ok("ip route change 10.100.0.4/32 via 192.0.2.2 table 100 mtu 1400");
	nltest_sh_ok("ip route del 10.100.0.6/32 table 100");
	nltest_sh_ok("ip route add 10.100.9.9/32 via 192.0.2.2 table 100");

	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	fresh = fill(sk, AF_INET, f, NULL, NULL);
	ck_assert_int_eq(nl_cache_nitems(c), 1000);
	assert_same(c, fresh);
	assert_same(fresh, c);
	/* same order as a fresh fill */
	for (o = nl_cache_get_first(c), x = nl_cache_get_first(fresh); o && x;
	     o = nl_cache_get_next(o), x = nl_cache_get_next(x))
		ck_assert_uint_eq(nl_object_diff64(o, x), 0);
	ck_assert(!o && !x);
	/* the held object left the cache, as upstream's refill does */
	ck_assert_ptr_null(nl_object_get_cache(held));
	ck_assert_int_eq(nl_object_get_refcnt(held), 1);
	for (i = 0; i < n; i++) {
		if (before[i] == held)
			continue;
		for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o))
			if (o == before[i])
				break;
		if (o) {
			kept++;
			ck_assert_int_eq(nl_object_get_refcnt(o), 2);
			ck_assert_int_eq(nl_object_is_marked(o), 0);
		}
	}
	/* all but the held, the changed and the deleted route */
	ck_assert_int_eq(kept, 997);
	nl_object_put(held);

	/* back as it was, for the other tests */
	nltest_sh_ok("ip route change 10.100.0.4/32 via 192.0.2.2 table 100");
	nltest_sh_ok("ip route add 10.100.0.6/32 via 192.0.2.2 table 100");
	nltest_sh_ok("ip route del 10.100.9.9/32 table 100");
	free(before);
	nl_cache_free(fresh);
	nl_cache_free(c);
	rtnl_route_put(f);
	nl_socket_free(sk);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("route-filter");
	TCase *tc = tcase_create("kernel");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, test_table_filter);
	tcase_add_test(tc, test_big_table);
	tcase_add_test(tc, test_proto_oif_filter);
	tcase_add_test(tc, test_missing_table);
	tcase_add_test(tc, test_refill_reuse);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(suite)
