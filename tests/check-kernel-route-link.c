/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Links against the kernel, in a private network namespace: create links
 * with rtnl_link_add(), read them back from a fresh cache, change, delete.
 */

#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>
#include <linux/if_arp.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>

static struct nl_sock *sk;

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
}

static void teardown(void)
{
	nl_socket_free(sk);
}

static struct rtnl_link *fetch(const char *name)
{
	struct nl_cache *cache;
	struct rtnl_link *l;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), 0);
	l = rtnl_link_get_by_name(cache, name);
	nl_cache_free(cache);
	return l;
}

START_TEST(lo_in_cache)
{
	struct nl_cache *cache;
	struct rtnl_link *lo;
	char buf[32];

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), 0);
	ck_assert_int_eq(rtnl_link_name2i(cache, "lo"), 1);
	ck_assert_str_eq(rtnl_link_i2name(cache, 1, buf, sizeof(buf)), "lo");
	ck_assert_ptr_null(rtnl_link_i2name(cache, 9999, buf, sizeof(buf)));
	lo = rtnl_link_get(cache, 1);
	ck_assert_ptr_nonnull(lo);
	ck_assert_str_eq(rtnl_link_get_name(lo), "lo");
	ck_assert_uint_eq(rtnl_link_get_arptype(lo), ARPHRD_LOOPBACK);
	ck_assert_uint_eq(rtnl_link_get_flags(lo) & (IFF_UP | IFF_LOOPBACK),
			  IFF_UP | IFF_LOOPBACK);
	ck_assert_uint_eq(rtnl_link_get_mtu(lo), 65536);
	ck_assert_str_eq(rtnl_link_get_qdisc(lo), "noqueue");
	rtnl_link_put(lo);
	nl_cache_free(cache);
}
END_TEST

/* @n UDP datagrams over the loopback link (to the discard port). */
static void loop_traffic(int n)
{
	struct sockaddr_in to = { .sin_family = AF_INET,
				  .sin_port = htons(9),
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int fd = socket(AF_INET, SOCK_DGRAM, 0), i;

	ck_assert_int_ge(fd, 0);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(sendto(fd, "x", 1, 0, (struct sockaddr *)&to,
					sizeof(to)), 1);
	close(fd);
}

/* A cache refilled again and again shows the counters a fresh cache
 * shows, whether the refill kept the link or parsed a new copy (the
 * second refill on keeps it, unparsed but for its statistics). */
START_TEST(stats_follow_refills)
{
	struct nl_cache *cache;
	uint64_t last = 0;
	int round;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), 0);
	for (round = 0; round < 4; round++) {
		struct rtnl_link *lo, *fresh;
		uint64_t tx;

		loop_traffic(10);
		ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
		lo = rtnl_link_get(cache, 1);
		fresh = fetch("lo");
		ck_assert_ptr_nonnull(lo);
		ck_assert_ptr_nonnull(fresh);
		tx = rtnl_link_get_stat(lo, RTNL_LINK_TX_PACKETS);
		ck_assert_uint_ge(tx, last + 10);
		ck_assert_uint_eq(tx, rtnl_link_get_stat(fresh,
							 RTNL_LINK_TX_PACKETS));
		ck_assert_uint_eq(rtnl_link_get_stat(lo, RTNL_LINK_RX_BYTES),
				  rtnl_link_get_stat(fresh,
						     RTNL_LINK_RX_BYTES));
		last = tx;
		rtnl_link_put(fresh);
		rtnl_link_put(lo);
	}
	nl_cache_free(cache);
}
END_TEST

START_TEST(add_dummyless_ifb_change_delete)
{
	struct rtnl_link *l = rtnl_link_alloc(), *got, *ch;
	struct nl_addr *addr;
	char buf[64];
	uint32_t cc;

	rtnl_link_set_name(l, "tifb0");
	ck_assert_int_eq(rtnl_link_set_type(l, "ifb"), 0);
	rtnl_link_set_mtu(l, 1400);
	rtnl_link_set_txqlen(l, 77);
	rtnl_link_set_group(l, 3);
	ck_assert_int_eq(nl_addr_parse("02:11:22:33:44:55", AF_LLC, &addr), 0);
	rtnl_link_set_addr(l, addr);
	nl_addr_put(addr);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), -NLE_EXIST);
	rtnl_link_put(l);

	got = fetch("tifb0");
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(rtnl_link_get_type(got), "ifb");
	ck_assert_uint_eq(rtnl_link_get_mtu(got), 1400);
	ck_assert_uint_eq(rtnl_link_get_txqlen(got), 77);
	ck_assert_uint_eq(rtnl_link_get_group(got), 3);
	/* the kernel ignores an alias when creating */
	ck_assert_ptr_null(rtnl_link_get_ifalias(got));
	ck_assert_str_eq(nl_addr2str(rtnl_link_get_addr(got), buf, sizeof(buf)),
			 "02:11:22:33:44:55");
	ck_assert_uint_eq(rtnl_link_get_arptype(got), ARPHRD_ETHER);
	ck_assert_int_eq(rtnl_link_get_carrier_changes(got, &cc), 0);
	ck_assert_int_eq(rtnl_link_get_family(got), AF_UNSPEC);

	/* change name, mtu and flags */
	ch = rtnl_link_alloc();
	rtnl_link_set_mtu(ch, 1300);
	rtnl_link_set_name(ch, "tifb1");
	rtnl_link_set_flags(ch, IFF_UP);
	rtnl_link_set_ifalias(ch, "test alias");
	ck_assert_int_eq(rtnl_link_change(sk, got, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(got);
	ck_assert_ptr_null(fetch("tifb0"));
	got = fetch("tifb1");
	ck_assert_ptr_nonnull(got);
	ck_assert_uint_eq(rtnl_link_get_mtu(got), 1300);
	ck_assert_uint_eq(rtnl_link_get_flags(got) & IFF_UP, IFF_UP);
	ck_assert_str_eq(rtnl_link_get_ifalias(got), "test alias");

	/* single lookup */
	{
		struct rtnl_link *k = NULL;

		ck_assert_int_eq(rtnl_link_get_kernel(sk, 0, "tifb1", &k), 0);
		ck_assert_int_eq(rtnl_link_get_ifindex(k), rtnl_link_get_ifindex(got));
		rtnl_link_put(k);
		ck_assert_int_lt(rtnl_link_get_kernel(sk, 0, "nosuch", &k), 0);
	}

	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	rtnl_link_put(got);
	ck_assert_ptr_null(fetch("tifb1"));
}
END_TEST

START_TEST(bridge_enslave)
{
	struct rtnl_link *br = rtnl_link_alloc(), *port = rtnl_link_alloc();
	struct rtnl_link *b, *p;

	rtnl_link_set_name(br, "tbr0");
	ck_assert_int_eq(rtnl_link_set_type(br, "bridge"), 0);
	ck_assert_int_eq(rtnl_link_add(sk, br, NLM_F_CREATE | NLM_F_EXCL), 0);
	rtnl_link_set_name(port, "tport0");
	ck_assert_int_eq(rtnl_link_set_type(port, "dummy"), 0);
	if (rtnl_link_add(sk, port, NLM_F_CREATE | NLM_F_EXCL) < 0) {
		rtnl_link_set_type(port, "ifb");
		ck_assert_int_eq(rtnl_link_add(sk, port, NLM_F_CREATE | NLM_F_EXCL), 0);
	}
	b = fetch("tbr0");
	p = fetch("tport0");
	ck_assert_int_eq(rtnl_link_get_family(b), AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_enslave(sk, b, p), 0);
	rtnl_link_put(p);
	p = fetch("tport0");
	ck_assert_int_eq(rtnl_link_get_master(p), rtnl_link_get_ifindex(b));
	ck_assert_str_eq(rtnl_link_get_slave_type(p), "bridge");
	ck_assert_int_eq(rtnl_link_release(sk, p), 0);
	rtnl_link_put(p);
	p = fetch("tport0");
	ck_assert_int_eq(rtnl_link_get_master(p), 0);
	ck_assert_int_eq(rtnl_link_delete(sk, p), 0);
	ck_assert_int_eq(rtnl_link_delete(sk, b), 0);
	rtnl_link_put(p);
	rtnl_link_put(b);
	rtnl_link_put(br);
	rtnl_link_put(port);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("kernel-route-link");
	TCase *tc = tcase_create("link");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lo_in_cache);
	tcase_add_test(tc, stats_follow_refills);
	tcase_add_test(tc, add_dummyless_ifb_change_delete);
	tcase_add_test(tc, bridge_enslave);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(suite)
