/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet locations read from a pktloc file by the bison/flex parser.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/pkt_cls.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/errno.h>
#include <netlink/route/pktloc.h>

static char names[4096];

static void collect(struct rtnl_pktloc *loc, void *arg)
{
	struct rtnl_pktloc *again;

	(void)arg;
	/* the table's count, as nl-pktloc-lookup --list prints it */
	ck_assert_uint_eq(loc->refcnt, 1);
	strcat(names, loc->name);
	strcat(names, " ");
	/* callbacks may look locations up (the lock is recursive) */
	ck_assert_int_eq(rtnl_pktloc_lookup(loc->name, &again), 0);
	ck_assert_ptr_eq(again, loc);
	rtnl_pktloc_put(again);
}

START_TEST(lookup_and_list)
{
	static char dir[] = "/tmp/tc-pktloc-XXXXXX";
	struct rtnl_pktloc *loc, *mine;
	char path[256];
	FILE *f;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/pktloc", dir);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("# comment\n"
	      "ip.version\tu8\tnet+0\t0xF0\t4\n"
	      "ip.dst\t\tu32\tnet+16\n"
	      "ip6.src\t\t16\tnet+8\n"
	      "tcp.sport\tu16\ttcp+0\n"
	      "eth.type\tu16\tlink+12 0xffff\n"
	      "udp.sport\tu16\ttcp+0\n"
	      "udp.csum\tu16\ttcp+6\n"
	      "plain\tu8\t9\n",
	      f);
	fclose(f);
	setenv("NLSYSCONFDIR", dir, 1);
	/* read on first use: the file can go once looked up */
	ck_assert_int_eq(rtnl_pktloc_lookup("ip.dst", &loc), 0);
	rtnl_pktloc_put(loc);
	unlink(path);
	rmdir(dir);

	ck_assert_int_eq(rtnl_pktloc_lookup("ip.dst", &loc), 0);
	ck_assert_str_eq(loc->name, "ip.dst");
	ck_assert_uint_eq(loc->align, TCF_EM_ALIGN_U32);
	ck_assert_uint_eq(loc->layer, TCF_LAYER_NETWORK);
	ck_assert_uint_eq(loc->offset, 16);
	ck_assert_uint_eq(loc->mask, 0);
	ck_assert_uint_eq(loc->shift, 0);
	ck_assert_uint_eq(loc->refcnt, 2);
	rtnl_pktloc_put(loc);
	ck_assert_uint_eq(loc->refcnt, 1);

	ck_assert_int_eq(rtnl_pktloc_lookup("ip.version", &loc), 0);
	ck_assert_uint_eq(loc->mask, 0xf0);
	ck_assert_uint_eq(loc->shift, 4);
	ck_assert_uint_eq(loc->align, TCF_EM_ALIGN_U8);
	rtnl_pktloc_put(loc);

	ck_assert_int_eq(rtnl_pktloc_lookup("ip6.src", &loc), 0);
	ck_assert_uint_eq(loc->align, 16);
	ck_assert_uint_eq(loc->offset, 8);
	rtnl_pktloc_put(loc);

	ck_assert_int_eq(rtnl_pktloc_lookup("eth.type", &loc), 0);
	ck_assert_uint_eq(loc->layer, TCF_LAYER_LINK);
	ck_assert_uint_eq(loc->offset, 12);
	ck_assert_uint_eq(loc->mask, 0xffff);
	rtnl_pktloc_put(loc);

	ck_assert_int_eq(rtnl_pktloc_lookup("tcp.sport", &loc), 0);
	ck_assert_uint_eq(loc->layer, TCF_LAYER_TRANSPORT);
	rtnl_pktloc_put(loc);

	ck_assert_int_eq(rtnl_pktloc_lookup("plain", &loc), 0);
	ck_assert_uint_eq(loc->layer, TCF_LAYER_NETWORK);
	ck_assert_uint_eq(loc->offset, 9);
	rtnl_pktloc_put(loc);

	ck_assert_int_eq(rtnl_pktloc_lookup("nope", &loc), -NLE_OBJ_NOTFOUND);

	mine = rtnl_pktloc_alloc();
	mine->name = strdup("my.loc");
	mine->align = TCF_EM_ALIGN_U16;
	ck_assert_int_eq(rtnl_pktloc_add(mine), 0);
	ck_assert_uint_eq(mine->refcnt, 2);
	rtnl_pktloc_put(mine);
	ck_assert_int_eq(rtnl_pktloc_lookup("my.loc", &loc), 0);
	ck_assert_ptr_eq(loc, mine);
	rtnl_pktloc_put(loc);
	mine = rtnl_pktloc_alloc();
	mine->name = strdup("ip.dst");
	ck_assert_int_eq(rtnl_pktloc_add(mine), -NLE_EXIST);
	rtnl_pktloc_put(mine);

	/* the table's order: djb2 hash of the name modulo 256, then the
	 * order of insertion (as Debian's nl-pktloc-lookup --list shows) */
	rtnl_pktloc_foreach(collect, NULL);
	ck_assert_str_eq(names, "udp.sport udp.csum plain tcp.sport eth.type "
				"ip.dst ip.version my.loc ip6.src ");
}
END_TEST

static Suite *pktloc_suite(void)
{
	Suite *s = suite_create("tc-pktloc");
	TCase *tc = tcase_create("pktloc");

	tcase_add_test(tc, lookup_and_list);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(pktloc_suite)
