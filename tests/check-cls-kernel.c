/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Classifiers against the kernel, in a private network namespace: u32
 * filters made by tc are read and dumped as Debian's nl-cls-list prints
 * them; u32 filters with a mirred action are added through the API, read
 * back from a fresh cache and deleted.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <linux/tc_act/tc_mirred.h>

#include "nltest.h"

#define TC_HANDLE(maj, min) TC_H_MAKE((uint32_t)(maj) << 16, (min))

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/route/link.h>
#include <netlink/route/tc.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/u32.h>
#include <netlink/route/act/mirred.h>

static struct nl_sock *sk;
static struct nl_cache *links;

static void setup(void)
{
	nltest_sh_ok("ip link add veth0 type veth peer name veth1 && "
		     "ip link set veth0 up && "
		     "tc qdisc add dev veth0 root handle 1: htb default 10 && "
		     "tc class add dev veth0 parent 1: classid 1:10 htb rate 10mbit");
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &links), 0);
	nl_cache_mngt_provide(links);
}

static void teardown(void)
{
	nl_cache_mngt_unprovide(links);
	nl_cache_free(links);
	nl_socket_free(sk);
	nltest_sh("ip link del veth0 2>/dev/null");
}

static char *dump_cache(struct nl_cache *c, enum nl_dump_type type)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = type, .dp_fd = f };

	ck_assert_ptr_nonnull(f);
	nl_cache_dump(c, &p);
	fclose(f);
	return buf;
}

static struct nl_cache *cls_cache(void)
{
	struct nl_cache *c = NULL;
	int ifindex = rtnl_link_name2i(links, "veth0");

	ck_assert_int_gt(ifindex, 0);
	ck_assert_int_eq(rtnl_cls_alloc_cache(sk, ifindex, TC_HANDLE(1, 0), &c),
			 0);
	return c;
}

/* Text captured from Debian 12's nl-cls-list on the same filters. */
static const char debian_details[] =
	"cls u32 dev veth0 id none parent 1: prio 1 protocol ip\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 8000: parent 1: prio 1 protocol ip divisor 1\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 8000:800 parent 1: prio 1 protocol ip target 1:10\n"
	"  nkeys 1 no-mark ht key 0x800 hash 0x0 <TERMINAL>\n"
	"      match key at 16 & 0xffffffff == 0x0a0100fe\n"
	"\n"
	"cls u32 dev veth0 id 8000:801 parent 1: prio 1 protocol ip\n"
	"  nkeys 1 no-mark ht key 0x800 hash 0x0 link 2097152 hash at 12 & 0xff000000\n"
	"      match key at 12 & 0xff000000 == 0x0a000000\n"
	"\n"
	"cls u32 dev veth0 id none parent 1: prio 5 protocol ip\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 20: parent 1: prio 5 protocol ip divisor 256\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 8010: parent 1: prio 5 protocol ip divisor 1\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id none parent 1: prio 6 protocol ip\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 8020: parent 1: prio 6 protocol ip divisor 1\n"
	"  no-selector no-mark\n"
	"\n"
	"cls u32 dev veth0 id 8020:800 parent 1: prio 6 protocol ip target 1:10\n"
	"  nkeys 1 no-mark ht key 0x802 hash 0x0 indev veth1 offset at 0 variable (at 0 & 0xf00) >> 6 <TERMINAL,VAROFFSET,EAT>\n"
	"      match key at nexthdr+0 [0x4294967295] & 0x0000000f == 0x00000005\n"
	"\n";

static const char debian_line[] =
	"cls u32 dev veth0 id none parent 1: prio 1 protocol ip\n"
	"cls u32 dev veth0 id 8000: parent 1: prio 1 protocol ip divisor 1\n"
	"cls u32 dev veth0 id 8000:800 parent 1: prio 1 protocol ip target 1:10\n";

static const char debian_stats_tail[] =
	"cls u32 dev veth0 id 8000:800 parent 1: prio 1 protocol ip target 1:10\n"
	"  nkeys 1 no-mark ht key 0x800 hash 0x0 <TERMINAL>\n"
	"      match key at 16 & 0xffffffff == 0x0a0100fe\n"
	"\n"
	"  stats: bytes          packets      drops      overlimits qlen       backlog   \n"
	"             0.00   B            0   0          0          0          0         \n"
	"             0.00   B/s          0/s\n";

START_TEST(test_u32_dump_as_debian)
{
	struct nl_cache *c;
	char *s;

	nltest_sh_ok("tc filter add dev veth0 parent 1: protocol ip prio 1 u32 "
		     "match ip dst 10.1.0.254/32 flowid 1:10");
	c = cls_cache();
	s = dump_cache(c, NL_DUMP_LINE);
	ck_assert_str_eq(s, debian_line);
	free(s);
	s = dump_cache(c, NL_DUMP_STATS);
	ck_assert_ptr_nonnull(strstr(s, debian_stats_tail));
	free(s);
	nl_cache_free(c);

	nltest_sh_ok(
		"tc filter add dev veth0 parent 1: prio 5 handle 2: protocol ip u32 divisor 256 && "
		"tc filter add dev veth0 parent 1: protocol ip prio 5 u32 ht 800:: "
		"match ip src 10.0.0.0/8 hashkey mask 0x000000ff at 12 link 2: && "
		"tc filter add dev veth0 parent 1: protocol ip prio 6 u32 match u8 5 0xf "
		"at nexthdr+3 offset at 0 mask 0x0f00 shift 6 eat classid 1:10 indev veth1");
	c = cls_cache();
	s = dump_cache(c, NL_DUMP_DETAILS);
	ck_assert_str_eq(s, debian_details);
	free(s);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_u32_add_read_delete)
{
	struct rtnl_cls *cls, *got;
	struct rtnl_act *act, *gact;
	struct nl_cache *c;
	struct in_addr a;
	uint32_t classid = 0, val, mask;
	int ifindex = rtnl_link_name2i(links, "veth0");
	int peer = rtnl_link_name2i(links, "veth1");
	int off, offmask;

	cls = rtnl_cls_alloc();
	rtnl_tc_set_ifindex(TC_CAST(cls), ifindex);
	rtnl_tc_set_parent(TC_CAST(cls), TC_HANDLE(1, 0));
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(cls), "u32"), 0);
	rtnl_cls_set_prio(cls, 3);
	rtnl_cls_set_protocol(cls, ETH_P_IP);
	inet_pton(AF_INET, "192.168.7.0", &a);
	ck_assert_int_eq(rtnl_u32_add_key_in_addr(cls, &a, 24, 16, 0), 0);
	ck_assert_int_eq(rtnl_u32_add_key_uint16(cls, 80, 0xffff, 22, 0), 0);
	ck_assert_int_eq(rtnl_u32_set_cls_terminal(cls), 0);
	ck_assert_int_eq(rtnl_u32_set_classid(cls, TC_HANDLE(1, 0x10)), 0);

	act = rtnl_act_alloc();
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(act), "mirred"), 0);
	ck_assert_int_eq(rtnl_mirred_set_action(act, TCA_EGRESS_REDIR), 0);
	ck_assert_int_eq(rtnl_mirred_set_policy(act, TC_ACT_STOLEN), 0);
	ck_assert_int_eq(rtnl_mirred_set_ifindex(act, peer), 0);
	ck_assert_int_eq(rtnl_u32_add_action(cls, act), 0);
	rtnl_act_put(act);	/* the classifier holds its own reference */

	/* an action of another kind is refused by the mirred accessors */
	gact = rtnl_act_alloc();
	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(gact), "gact"), 0);
	ck_assert_int_eq(rtnl_mirred_set_ifindex(gact, 1), -NLE_OPNOTSUPP);
	rtnl_act_put(gact);

	ck_assert_int_eq(rtnl_cls_add(sk, cls, NLM_F_CREATE | NLM_F_EXCL), 0);
	ck_assert_int_eq(nltest_sh("tc filter show dev veth0 | grep -q 'c0a80700/ffffff00 at 16'"), 0);
	ck_assert_int_eq(nltest_sh("tc filter show dev veth0 | grep -q 'mirred (Egress Redirect to device veth1) stolen'"), 0);

	c = cls_cache();
	got = rtnl_cls_find_by_prio(c, ifindex, TC_HANDLE(1, 0), 3);
	ck_assert_ptr_nonnull(got);
	/* the first classifier of a prio is the root hash table; find the node */
	rtnl_cls_put(got);
	got = NULL;
	{
		struct nl_object *o;

		for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o)) {
			uint32_t cid;

			if (rtnl_cls_get_prio((struct rtnl_cls *)o) == 3 &&
			    rtnl_u32_get_classid((struct rtnl_cls *)o, &cid) == 0) {
				got = (struct rtnl_cls *)o;
				break;
			}
		}
	}
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(rtnl_tc_get_kind(TC_CAST(got)), "u32");
	ck_assert_int_eq(rtnl_cls_get_protocol(got), ETH_P_IP);
	ck_assert_int_eq(rtnl_u32_get_classid(got, &classid), 0);
	ck_assert_uint_eq(classid, TC_HANDLE(1, 0x10));
	ck_assert_int_eq(rtnl_u32_get_key(got, 0, &val, &mask, &off, &offmask), 0);
	ck_assert_uint_eq(ntohl(val), 0xc0a80700);
	ck_assert_uint_eq(ntohl(mask), 0xffffff00);
	ck_assert_int_eq(off, 16);
	ck_assert_int_eq(offmask, 0);
	ck_assert_int_eq(rtnl_u32_get_key(got, 1, &val, &mask, &off, &offmask), 0);
	ck_assert_uint_eq(ntohl(val), 80);
	ck_assert_uint_eq(ntohl(mask), 0xffff);
	ck_assert_int_eq(off, 20);
	ck_assert_int_eq(rtnl_u32_get_key(got, 2, &val, &mask, &off, &offmask),
			 -NLE_RANGE);
	act = rtnl_u32_get_action(got);
	ck_assert_ptr_nonnull(act);
	ck_assert_str_eq(rtnl_tc_get_kind(TC_CAST(act)), "mirred");
	ck_assert_int_eq(rtnl_mirred_get_action(act), TCA_EGRESS_REDIR);
	ck_assert_int_eq(rtnl_mirred_get_policy(act), TC_ACT_STOLEN);
	ck_assert_uint_eq(rtnl_mirred_get_ifindex(act), (uint32_t)peer);
	ck_assert_ptr_null(rtnl_act_next(act));

	/* delete the node through its handle */
	ck_assert_int_eq(rtnl_cls_delete(sk, got, 0), 0);
	nl_cache_free(c);
	ck_assert_int_ne(nltest_sh("tc filter show dev veth0 | grep -q c0a80700"), 0);

	/* add it again and delete the whole priority (handle 0) */
	ck_assert_int_eq(rtnl_cls_add(sk, cls, NLM_F_CREATE), 0);
	c = cls_cache();
	ck_assert_int_eq(nl_cache_nitems(c), 3);
	nl_cache_free(c);
	rtnl_tc_set_handle(TC_CAST(cls), 0);
	ck_assert_int_eq(rtnl_cls_delete(sk, cls, 0), 0);
	c = cls_cache();
	ck_assert_int_eq(nl_cache_nitems(c), 0);
	nl_cache_free(c);
	rtnl_cls_put(cls);
}
END_TEST

START_TEST(test_action_add_delete)
{
	struct rtnl_act *act = rtnl_act_alloc();
	int peer = rtnl_link_name2i(links, "veth1");

	ck_assert_int_eq(rtnl_tc_set_kind(TC_CAST(act), "mirred"), 0);
	rtnl_tc_set_handle(TC_CAST(act), 77);	/* the action index */
	ck_assert_int_eq(rtnl_mirred_set_action(act, TCA_EGRESS_MIRROR), 0);
	ck_assert_int_eq(rtnl_mirred_set_policy(act, TC_ACT_PIPE), 0);
	ck_assert_int_eq(rtnl_mirred_set_ifindex(act, peer), 0);
	ck_assert_int_eq(rtnl_act_add(sk, act, NLM_F_CREATE | NLM_F_EXCL), 0);
	ck_assert_int_eq(nltest_sh("tc actions ls action mirred | "
				   "grep -q 'Egress Mirror to device veth1) pipe'"), 0);
	ck_assert_int_eq(nltest_sh("tc actions ls action mirred | "
				   "grep -q 'index 77 '"), 0);
	/* exclusive add of the same index fails */
	ck_assert_int_lt(rtnl_act_add(sk, act, NLM_F_CREATE | NLM_F_EXCL), 0);
	/* change to redirect */
	ck_assert_int_eq(rtnl_mirred_set_action(act, TCA_EGRESS_REDIR), 0);
	ck_assert_int_eq(rtnl_act_change(sk, act, 0), 0);
	ck_assert_int_eq(nltest_sh("tc actions ls action mirred | "
				   "grep -q 'Egress Redirect to device veth1'"), 0);
	ck_assert_int_eq(rtnl_act_delete(sk, act, 0), 0);
	ck_assert_int_ne(nltest_sh("tc actions ls action mirred | "
				   "grep -q 'index 77 '"), 0);
	rtnl_act_put(act);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("cls-kernel");
	TCase *tc = tcase_create("u32");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_u32_dump_as_debian);
	tcase_add_test(tc, test_u32_add_read_delete);
	tcase_add_test(tc, test_action_add_delete);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(suite)
