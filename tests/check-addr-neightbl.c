/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbour tables: parsing and dumps at each level (text as Debian's
 * libnl 3.7 prints it), change requests, and the kernel's tables read and
 * changed in a private network namespace.
 */

#include <string.h>
#include <stdlib.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/neighbour.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/route/neightbl.h>

#include "nltest.h"

static char *dump_cache(struct nl_cache *c, enum nl_dump_type t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = t, .dp_fd = f };

	nl_cache_dump(c, &p);
	fclose(f);
	return buf;
}

static struct nl_msg *hdr(int family, const char *name)
{
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWNEIGHTBL, 0);
	struct ndtmsg h = { .ndtm_family = (unsigned char)family };

	ck_assert_int_eq(nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_string(m, NDTA_NAME, name), 0);
	return m;
}

static struct nl_cache *sample_cache(void)
{
	struct ndt_config cf = {
		.ndtc_key_len = 4, .ndtc_entry_size = 336,
		.ndtc_entries = 12, .ndtc_last_flush = 123456,
		.ndtc_last_rand = 7890, .ndtc_hash_rnd = 0x8d7bd1b,
		.ndtc_hash_mask = 0xf, .ndtc_hash_chain_gc = 2,
		.ndtc_proxy_qlen = 5,
	};
	struct ndt_stats st = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
	struct nl_cache *c = NULL;
	struct nlattr *p;
	struct nl_msg *m;

	rtnl_neightbl_put(rtnl_neightbl_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/neightbl", &c), 0);

	m = hdr(AF_INET, "arp_cache");
	nla_put_u32(m, NDTA_THRESH1, 128);
	nla_put_u32(m, NDTA_THRESH2, 512);
	nla_put_u32(m, NDTA_THRESH3, 1024);
	nla_put_u64(m, NDTA_GC_INTERVAL, 30000);
	nla_put(m, NDTA_CONFIG, sizeof(cf), &cf);
	p = nla_nest_start(m, NDTA_PARMS);
	nla_put_u32(m, NDTPA_IFINDEX, 0);
	nla_put_u32(m, NDTPA_REFCNT, 1);
	nla_put_u64(m, NDTPA_REACHABLE_TIME, 43484);
	nla_put_u64(m, NDTPA_BASE_REACHABLE_TIME, 30000);
	nla_put_u64(m, NDTPA_RETRANS_TIME, 1000);
	nla_put_u64(m, NDTPA_GC_STALETIME, 60000);
	nla_put_u64(m, NDTPA_DELAY_PROBE_TIME, 5000);
	nla_put_u32(m, NDTPA_QUEUE_LEN, 101);
	nla_put_u32(m, NDTPA_APP_PROBES, 0);
	nla_put_u32(m, NDTPA_UCAST_PROBES, 3);
	nla_put_u32(m, NDTPA_MCAST_PROBES, 3);
	nla_put_u64(m, NDTPA_ANYCAST_DELAY, 1000);
	nla_put_u64(m, NDTPA_PROXY_DELAY, 800);
	nla_put_u32(m, NDTPA_PROXY_QLEN, 64);
	nla_put_u64(m, NDTPA_LOCKTIME, 1000);
	nla_put_u32(m, NDTPA_QUEUE_LENBYTES, 212992);
	nla_nest_end(m, p);
	nla_put(m, NDTA_STATS, sizeof(st), &st);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_INET6, "ndisc_cache");
	p = nla_nest_start(m, NDTA_PARMS);
	nla_put_u32(m, NDTPA_IFINDEX, 7);
	nla_put_u64(m, NDTPA_REACHABLE_TIME, 0);
	nla_put_u32(m, NDTPA_QUEUE_LEN, 3);
	nla_nest_end(m, p);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_INET6, "bare");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	return c;
}

START_TEST(test_dump_levels)
{
	struct nl_cache *c = sample_cache();
	const char *line =
		"arp_cache<0> entries 12 reachable-time 43s 484msec "
		"retransmit-time 1s\n"
		"ndisc_cache<7> reachable-time 0msec retransmit-time 0msec\n"
		"bare \n";
	const char *arp_details =
		"arp_cache<0> entries 12 reachable-time 43s 484msec "
		"retransmit-time 1s\n"
		"    key-len 4 entry-size 336 last-flush 2m 3s 456msec\n"
		"    gc threshold 128/512/1024 interval 30s chain-position 2\n"
		"    hash-rand 0x08D7BD1B/0x0000000F last-rand 7s 890msec\n"
		"    refcnt 1 pending-queue-limit 101 "
		"proxy-delayed-queue-limit 64\n"
		"    num-userspace-probes 0 num-unicast-probes 3 "
		"num-multicast-probes 3\n"
		"    min-age 1s base-reachable-time 30s "
		"stale-check-interval 1m\n"
		"    initial-probe-delay 5s answer-delay 1s "
		"proxy-answer-delay 800msec\n";
	const char *arp_stats =
		"    lookups 5 hits 6 failed 4 allocations 1 destroys 2\n"
		"    hash-grows 3 forced-gc-runs 10 periodic-gc-runs 9\n"
		"    rcv-unicast-probes 8 rcv-multicast-probes 7\n";
	const char *rest =
		"ndisc_cache<7> reachable-time 0msec retransmit-time 0msec\n"
		"    refcnt 0 pending-queue-limit 3 proxy-delayed-queue-limit 0\n"
		"    num-userspace-probes 0 num-unicast-probes 0 "
		"num-multicast-probes 0\n"
		"    min-age 0msec base-reachable-time 0msec "
		"stale-check-interval 0msec\n"
		"    initial-probe-delay 0msec answer-delay 0msec "
		"proxy-answer-delay 0msec\n"
		"bare \n";
	char want[4096];
	char *s;

	ck_assert_int_eq(nl_cache_nitems(c), 3);
	s = dump_cache(c, NL_DUMP_LINE);
	ck_assert_str_eq(s, line);
	free(s);
	snprintf(want, sizeof(want), "%s%s", arp_details, rest);
	s = dump_cache(c, NL_DUMP_DETAILS);
	ck_assert_str_eq(s, want);
	free(s);
	snprintf(want, sizeof(want), "%s%s%s", arp_details, arp_stats, rest);
	s = dump_cache(c, NL_DUMP_STATS);
	ck_assert_str_eq(s, want);
	free(s);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_lookup_and_change_request)
{
	struct nl_cache *c = sample_cache();
	struct rtnl_neightbl *old, *t;
	struct nlattr *tb[NDTA_MAX + 1], *pt[NDTPA_MAX + 1];
	struct nl_msg *m;

	ck_assert_ptr_null(rtnl_neightbl_get(c, "ndisc_cache", 0));
	ck_assert_ptr_null(rtnl_neightbl_get(c, "nope", 0));
	old = rtnl_neightbl_get(c, "ndisc_cache", 7);
	ck_assert_ptr_nonnull(old);
	t = rtnl_neightbl_get(c, "bare", 0);
	ck_assert_ptr_nonnull(t);
	rtnl_neightbl_put(t);

	/* without a name and family they are sent empty (as Debian's 3.7;
	 * the kernel refuses) */
	t = rtnl_neightbl_alloc();
	ck_assert_int_eq(rtnl_neightbl_build_change_request(t, t, &m), 0);
	ck_assert_int_eq(nlmsg_hdr(m)->nlmsg_len,
			 NLMSG_HDRLEN + sizeof(struct ndtmsg) + 8);
	nlmsg_free(m);
	rtnl_neightbl_set_gc_tresh1(t, 10);
	rtnl_neightbl_set_gc_tresh2(t, 20);
	rtnl_neightbl_set_gc_tresh3(t, 30);
	rtnl_neightbl_set_gc_interval(t, 4000);
	rtnl_neightbl_set_queue_len(t, 9);
	rtnl_neightbl_set_proxy_queue_len(t, 8);
	rtnl_neightbl_set_app_probes(t, 1);
	rtnl_neightbl_set_ucast_probes(t, 2);
	rtnl_neightbl_set_mcast_probes(t, 4);
	rtnl_neightbl_set_base_reachable_time(t, 15000);
	rtnl_neightbl_set_retrans_time(t, 500);
	rtnl_neightbl_set_gc_stale_time(t, 70000);
	rtnl_neightbl_set_delay_probe_time(t, 3000);
	rtnl_neightbl_set_anycast_delay(t, 600);
	rtnl_neightbl_set_proxy_delay(t, 700);
	rtnl_neightbl_set_locktime(t, 900);
	rtnl_neightbl_set_dev(t, 99);	/* the device of old wins */

	ck_assert_int_eq(rtnl_neightbl_build_change_request(old, t, &m), 0);
	ck_assert_int_eq(nlmsg_hdr(m)->nlmsg_type, RTM_SETNEIGHTBL);
	ck_assert_int_eq(((struct ndtmsg *)nlmsg_data(nlmsg_hdr(m)))->
			 ndtm_family, AF_INET6);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(m), sizeof(struct ndtmsg), tb,
				     NDTA_MAX, NULL), 0);
	ck_assert_str_eq(nla_get_string(tb[NDTA_NAME]), "ndisc_cache");
	ck_assert_uint_eq(nla_get_u32(tb[NDTA_THRESH1]), 10);
	ck_assert_uint_eq(nla_get_u32(tb[NDTA_THRESH2]), 20);
	ck_assert_uint_eq(nla_get_u32(tb[NDTA_THRESH3]), 30);
	ck_assert_uint_eq(nla_get_u64(tb[NDTA_GC_INTERVAL]), 4000);
	ck_assert_ptr_null(tb[NDTA_CONFIG]);
	ck_assert_int_eq(nla_parse_nested(pt, NDTPA_MAX, tb[NDTA_PARMS], NULL),
			 0);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_IFINDEX]), 7);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_QUEUE_LEN]), 9);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_PROXY_QLEN]), 8);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_APP_PROBES]), 1);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_UCAST_PROBES]), 2);
	ck_assert_uint_eq(nla_get_u32(pt[NDTPA_MCAST_PROBES]), 4);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_BASE_REACHABLE_TIME]), 15000);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_RETRANS_TIME]), 500);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_GC_STALETIME]), 70000);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_DELAY_PROBE_TIME]), 3000);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_ANYCAST_DELAY]), 600);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_PROXY_DELAY]), 700);
	ck_assert_uint_eq(nla_get_u64(pt[NDTPA_LOCKTIME]), 900);
	ck_assert_ptr_null(pt[NDTPA_REFCNT]);
	ck_assert_ptr_null(pt[NDTPA_REACHABLE_TIME]);
	nlmsg_free(m);

	rtnl_neightbl_put(t);
	rtnl_neightbl_put(old);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_parse_bad)
{
	struct nl_cache *c = NULL;
	struct nl_msg *m;
	struct nlattr *p;

	rtnl_neightbl_put(rtnl_neightbl_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/neightbl", &c), 0);
	/* no name */
	m = nlmsg_alloc_simple(RTM_NEWNEIGHTBL, 0);
	{
		struct ndtmsg h = { .ndtm_family = AF_INET };

		nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
	}
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), -NLE_MISSING_ATTR);
	nlmsg_free(m);
	/* a truncated u64 inside the parameters */
	m = hdr(AF_INET, "x");
	p = nla_nest_start(m, NDTA_PARMS);
	nla_put_u32(m, NDTPA_RETRANS_TIME, 5);
	nla_nest_end(m, p);
	ck_assert_int_lt(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	ck_assert_int_eq(nl_cache_nitems(c), 0);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_kernel_read_change)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_cache *c;
	struct rtnl_neightbl *old, *t;
	int idx;
	char *s;

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	nltest_sh_ok("ip link add tb0 type veth peer name tb1");
	idx = (int)if_nametoindex("tb0");
	ck_assert_int_gt(idx, 0);

	ck_assert_int_eq(rtnl_neightbl_alloc_cache(sk, &c), 0);
	t = rtnl_neightbl_get(c, "arp_cache", 0);
	ck_assert_ptr_nonnull(t);
	rtnl_neightbl_put(t);
	t = rtnl_neightbl_get(c, "ndisc_cache", 0);
	ck_assert_ptr_nonnull(t);
	rtnl_neightbl_put(t);
	old = rtnl_neightbl_get(c, "arp_cache", idx);
	ck_assert_ptr_nonnull(old);
	nl_cache_free(c);

	t = rtnl_neightbl_alloc();
	rtnl_neightbl_set_base_reachable_time(t, 17000);
	rtnl_neightbl_set_ucast_probes(t, 7);
	ck_assert_int_eq(rtnl_neightbl_change(sk, old, t), 0);
	rtnl_neightbl_put(t);
	rtnl_neightbl_put(old);
	nltest_sh_ok("test $(cat /proc/sys/net/ipv4/neigh/tb0/"
		     "base_reachable_time_ms) = 17000");
	nltest_sh_ok("test $(cat /proc/sys/net/ipv4/neigh/tb0/ucast_solicit)"
		     " = 7");

	ck_assert_int_eq(rtnl_neightbl_alloc_cache(sk, &c), 0);
	s = dump_cache(c, NL_DUMP_DETAILS);
	ck_assert_ptr_nonnull(strstr(s, "num-unicast-probes 7 "));
	ck_assert_ptr_nonnull(strstr(s, "base-reachable-time 17s "));
	free(s);
	nl_cache_free(c);
	nl_socket_free(sk);
	nltest_sh("ip link del tb0");
}
END_TEST

static Suite *neightbl_suite(void)
{
	Suite *s = suite_create("addr-neightbl");
	TCase *tc = tcase_create("core");
	TCase *tk = tcase_create("kernel");

	tcase_add_test(tc, test_dump_levels);
	tcase_add_test(tc, test_lookup_and_change_request);
	tcase_add_test(tc, test_parse_bad);
	tcase_add_test(tk, test_kernel_read_change);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tk);
	return s;
}

NLTEST_MAIN_NETNS(neightbl_suite)
