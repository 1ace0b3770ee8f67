/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Parity with upstream's libnl for the ematch text grammar and the
 * netfilter log, log message and expectation objects (issue 14, part d).
 * Expected values are those of Debian's libnl 3.7 for the same calls.
 */

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/netfilter/exp.h>
#include <netlink/netfilter/log.h>
#include <netlink/netfilter/log_msg.h>

#define O(x) ((struct nl_object *)(x))

static char *tree_text(struct rtnl_ematch_tree *t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = NL_DUMP_LINE, .dp_fd = f };

	ck_assert_ptr_nonnull(f);
	rtnl_ematch_tree_dump(t, &p);
	fclose(f);
	return buf;
}

/* Offsets are LAYER+N only; patterns are "pattern(OFFSET = \"...\")". */
START_TEST(test_ematch_grammar_37)
{
	static const char *const refused[] = {
		"cmp(u8 at 0 layer 1 mask 0xff gt 3)",
		"cmp(u8 at 0 layer 1 gt 3)",
		"cmp(u8 at 0 layer link gt 3)",
		"cmp(u8 at 0 gt 3)",
		"cmp(u8 at 0 mask 0xff gt 3)",
		"cmp(u8 at ip+4 layer 2 gt 3)",
		"cmp(u8 at ip+1 layer link gt 3)",
		"pattern(\"abc\" at tcp+0)",
		"pattern(\"abc\" at ip+0)",
		"pattern(\"abc\" at 0 layer 1)",
		"pattern(0x616263 at ip+0)",
		"pattern(ip+0 = 0x616263)",
		"pattern(u8 at 0 = \"abc\")",
		"text(bm \"abc\" from 0 layer 1)",
		"text(bm \"abc\" to 5)",
	};
	static const char *const taken[][2] = {
		{ "cmp(u8 at tcp+4 gt 3)", "u8 at tcp+4 > 3\n" },
		{ "cmp(u8 at eth+0 mask 0xf eq 3)", "u8 at eth+0 & 0xf = 3\n" },
		{ "pattern(ip+0 = \"abc\")", "pattern(3:[61 62 63] at net+0)\n" },
		{ "pattern(tcp+2 = \"ab\")", "pattern(2:[61 62] at trans+2)\n" },
		{ "pattern(u16 at link+6 mask 0xff = \"ab\")",
		  "pattern(2:[61 62] at link+6)\n" },
		{ "text(bm \"abc\" from tcp+0 to tcp+10)",
		  "text(bm \"abc\" from tcp+0 to tcp+10)\n" },
	};
	struct rtnl_ematch_tree *t;
	char *err, *s;
	size_t i;

	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		t = NULL;
		err = NULL;
		ck_assert_msg(rtnl_ematch_parse_expr(refused[i], &err, &t) ==
			      -NLE_PARSE_ERR, "%s", refused[i]);
		ck_assert_ptr_null(t);
		ck_assert_ptr_nonnull(err);
		free(err);
	}
	for (i = 0; i < sizeof(taken) / sizeof(taken[0]); i++) {
		t = NULL;
		err = NULL;
		ck_assert_msg(rtnl_ematch_parse_expr(taken[i][0], &err, &t) == 0,
			      "%s: %s", taken[i][0], err ? err : "");
		s = tree_text(t);
		ck_assert_str_eq(s, taken[i][1]);
		free(s);
		rtnl_ematch_tree_free(t);
	}

	/* "=" only between the location and the pattern */
	err = NULL;
	t = NULL;
	ck_assert_int_eq(rtnl_ematch_parse_expr("pattern(ip+0 > \"abc\")",
						&err, &t), -NLE_PARSE_ERR);
	ck_assert_str_eq(err, "pattern: expected \"=\"");
	ck_assert_ptr_null(t);
	free(err);
}
END_TEST

/* Presence bits as upstream numbers them: flags 1<<5, class 1<<6. */
START_TEST(test_exp_attr_bits)
{
	struct nfnl_exp *a = nfnl_exp_alloc(), *b = nfnl_exp_alloc();
	char buf[128];

	nfnl_exp_set_flags(a, 1);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 0x20);
	nfnl_exp_set_class(a, 2);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 0x60);
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x20, buf, sizeof(buf)),
			 "flags");
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x40, buf, sizeof(buf)),
			 "class");
	/* named in upstream's table order */
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x60, buf, sizeof(buf)),
			 "class,flags");
	nfnl_exp_put(a);
	nfnl_exp_put(b);
}
END_TEST

/* Bit 2 unused: copy_range 1<<3 ... queue_threshold 1<<6. */
START_TEST(test_log_attr_bits)
{
	struct nfnl_log *a = nfnl_log_alloc(), *b = nfnl_log_alloc();
	char buf[128];

	nfnl_log_set_copy_range(a, 3);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 0x08);
	nfnl_log_set_group(a, 5);
	nfnl_log_set_copy_mode(a, NFNL_LOG_COPY_PACKET);
	nfnl_log_set_flush_timeout(a, 100);
	nfnl_log_set_alloc_size(a, 4096);
	nfnl_log_set_queue_threshold(a, 10);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 0x7b);
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x04, buf, sizeof(buf)), "");
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x08, buf, sizeof(buf)),
			 "copy_range");
	ck_assert_str_eq(nl_object_attrs2str(O(a), 0x40, buf, sizeof(buf)),
			 "queue_threshold");
	nfnl_log_put(a);
	nfnl_log_put(b);
}
END_TEST

/* A NULL prefix clears it (upstream returns 0 and reads back NULL). */
START_TEST(test_log_msg_prefix_null)
{
	struct nfnl_log_msg *m = nfnl_log_msg_alloc();

	ck_assert_int_eq(nfnl_log_msg_set_prefix(m, NULL), 0);
	ck_assert_ptr_null(nfnl_log_msg_get_prefix(m));
	ck_assert_int_eq(nfnl_log_msg_set_prefix(m, "drop: "), 0);
	ck_assert_str_eq(nfnl_log_msg_get_prefix(m), "drop: ");
	ck_assert_int_eq(nfnl_log_msg_set_prefix(m, NULL), 0);
	ck_assert_ptr_null(nfnl_log_msg_get_prefix(m));
	nfnl_log_msg_put(m);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("parity-d");
	TCase *tc = tcase_create("parity-d");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_ematch_grammar_37);
	tcase_add_test(tc, test_exp_attr_bits);
	tcase_add_test(tc, test_log_attr_bits);
	tcase_add_test(tc, test_log_msg_prefix_null);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
