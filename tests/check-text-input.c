/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Text the user or a file gives the route library, taken at its limits:
 * tc handles beyond 16/32 bits, classid files with lines of any length,
 * pktloc files with values out of range, bad lines and many lines, and
 * ematch trees the kernel's format cannot carry (refused, never cut).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/pkt_cls.h>
#include <linux/tc_ematch/tc_em_cmp.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/errno.h>
#include <netlink/route/tc.h>
#include <netlink/route/classifier.h>
#include <netlink/route/pktloc.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/cls/ematch/cmp.h>
#include <netlink/route/cls/ematch/nbyte.h>
#include <netlink/route/cls/ematch/text.h>

#include "nl-private/cls.h"
#include "nltest.h"

static char dir[64];

/* A fresh $NLSYSCONFDIR holding @file with @text. */
static void conf_file(const char *file, const char *text)
{
	char path[128];
	FILE *f;

	snprintf(dir, sizeof(dir), "/tmp/nl-text-input-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	setenv("NLSYSCONFDIR", dir, 1);
}

static void conf_done(const char *file)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	unlink(path);
	rmdir(dir);
}

/* ------------------------------------------------------------------ */
/* tc handles                                                           */

START_TEST(handles_at_limits)
{
	static const struct {
		const char *s;
		int err;
		uint32_t h;
	} c[] = {
		{ "ffffffff", 0, 0xffffffff },
		{ "100000000", -NLE_RANGE },
		{ "ffffffffffffffffffffffff", -NLE_RANGE },
		{ "ffff:ffff", 0, 0xffffffff },
		{ "10000:", -NLE_RANGE },
		{ ":10000", -NLE_RANGE },
		{ "1:ffffffffffffffffffff", -NLE_RANGE },
		{ "ffffffffffffffffffff:1", -NLE_RANGE },
		{ "1:1x", -NLE_INVAL },
		{ "1:-1", -NLE_INVAL },
		{ "1x:1", -NLE_OBJ_NOTFOUND },
		{ ":", 0, 0 },
	};
	size_t i;

	conf_file("classid", "");
	ck_assert_int_eq(rtnl_tc_read_classid_file(), 0);
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		uint32_t h = 0x55;

		ck_assert_msg(rtnl_tc_str2handle(c[i].s, &h) == c[i].err,
			      "%s: %d", c[i].s, rtnl_tc_str2handle(c[i].s, &h));
		ck_assert_msg(h == (c[i].err ? 0x55 : c[i].h), "%s: %#x",
			      c[i].s, h);
	}
	conf_done("classid");
}
END_TEST

/* A line longer than any buffer is one line: a long comment adds no
 * entry, a long name is kept whole. */
START_TEST(classid_long_lines)
{
	static char text[16384], name[3001], buf[4096];
	uint32_t h;
	size_t n = 0;

	memset(name, 'n', sizeof(name) - 1);
	n += (size_t)snprintf(text + n, sizeof(text) - n, "# %0600d 1:7 "
			      "ghost %0900d 2:8 ghost2\n", 0, 0);
	n += (size_t)snprintf(text + n, sizeof(text) - n, "   # %01000d "
			      "3:9 ghost3\n", 0);
	n += (size_t)snprintf(text + n, sizeof(text) - n, "1:2 %s\n", name);
	n += (size_t)snprintf(text + n, sizeof(text) - n, "1:3\tshort\n");
	conf_file("classid", text);
	ck_assert_int_eq(rtnl_tc_read_classid_file(), 0);

	ck_assert_int_eq(rtnl_tc_str2handle("ghost", &h), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_tc_str2handle("ghost2", &h), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_tc_str2handle("ghost3", &h), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_tc_str2handle(name, &h), 0);
	ck_assert_uint_eq(h, 0x10002);
	ck_assert_str_eq(rtnl_tc_handle2str(0x10002, buf, sizeof(buf)), name);
	ck_assert_int_eq(rtnl_tc_str2handle("short", &h), 0);
	ck_assert_uint_eq(h, 0x10003);
	ck_assert_str_eq(rtnl_tc_handle2str(0x10007, buf, sizeof(buf)), "1:7");
	ck_assert_str_eq(rtnl_tc_handle2str(0x20008, buf, sizeof(buf)), "2:8");
	conf_done("classid");
}
END_TEST

/* ------------------------------------------------------------------ */
/* pktloc                                                               */

static int lookup(const char *name, struct rtnl_pktloc *want)
{
	struct rtnl_pktloc *loc;
	int err = rtnl_pktloc_lookup(name, &loc);

	if (err < 0)
		return err;
	ck_assert_uint_eq(loc->align, want->align);
	ck_assert_uint_eq(loc->layer, want->layer);
	ck_assert_uint_eq(loc->offset, want->offset);
	ck_assert_uint_eq(loc->mask, want->mask);
	ck_assert_uint_eq(loc->shift, want->shift);
	rtnl_pktloc_put(loc);
	return 0;
}

/*
 * One file (the table is read once per process): values that do not fit
 * their fields are refused, not truncated; a line that does not parse is
 * skipped and the lines after it are kept; names the file did not give
 * answer -NLE_PARSE_ERR; and 100,000 lines parse without growing the
 * parser's stack.
 */
START_TEST(pktloc_hostile_file)
{
	struct rtnl_pktloc w = { 0 };
	size_t cap = 8 << 20, n = 0;
	char *text = malloc(cap);
	int i;

	ck_assert_ptr_nonnull(text);
	n += (size_t)snprintf(text + n, cap - n,
		"first\tu8\tnet+1\n"
		"bigoff\tu8\tnet+99999999999999999999\n"
		"off16\tu8\tnet+65536\n"
		"offmax\tu8\tnet+65535\n"
		"bigshift\tu32\tnet+0\t0xff\t4294967296\n"
		"shift32\tu32\tnet+0\t0xff\t32\n"
		"shift31\tu32\tnet+0\t0xff\t31\n"
		"bigmask\tu32\tnet+0\t0x100000000\n"
		"maskmax\tu32\tnet+0\t0xffffffff\n"
		"bigalign\t65536\tnet+0\n"
		"alignmax\t65535\tnet+0\n"
		"broken\tu8\tnet+\n"
		"two\tper line u8 net+0\n"
		"after\tu16\tlink+12\t0xffff\n"
		"toolong\tu8\tnet+0 1 2 3\n");
	for (i = 0; i < 100000; i++)
		n += (size_t)snprintf(text + n, cap - n, "many%d\tu32\ttcp+%d\n",
				      i, i % 65536);
	n += (size_t)snprintf(text + n, cap - n, "last\tu8\t7");	/* no \n */
	conf_file("pktloc", text);
	free(text);

	w.align = TCF_EM_ALIGN_U8;
	w.layer = TCF_LAYER_NETWORK;
	w.offset = 1;
	ck_assert_int_eq(lookup("first", &w), 0);
	/* the file is read: it may go */
	conf_done("pktloc");

	ck_assert_int_eq(lookup("bigoff", &w), -NLE_PARSE_ERR);
	ck_assert_int_eq(lookup("off16", &w), -NLE_PARSE_ERR);
	w.offset = 65535;
	ck_assert_int_eq(lookup("offmax", &w), 0);

	w.align = TCF_EM_ALIGN_U32;
	w.offset = 0;
	w.mask = 0xff;
	ck_assert_int_eq(lookup("bigshift", &w), -NLE_PARSE_ERR);
	ck_assert_int_eq(lookup("shift32", &w), -NLE_PARSE_ERR);
	w.shift = 31;
	ck_assert_int_eq(lookup("shift31", &w), 0);
	w.shift = 0;
	ck_assert_int_eq(lookup("bigmask", &w), -NLE_PARSE_ERR);
	w.mask = 0xffffffff;
	ck_assert_int_eq(lookup("maskmax", &w), 0);
	w.mask = 0;
	ck_assert_int_eq(lookup("bigalign", &w), -NLE_PARSE_ERR);
	w.align = 65535;
	ck_assert_int_eq(lookup("alignmax", &w), 0);

	ck_assert_int_eq(lookup("broken", &w), -NLE_PARSE_ERR);
	ck_assert_int_eq(lookup("two", &w), -NLE_PARSE_ERR);
	ck_assert_int_eq(lookup("toolong", &w), -NLE_PARSE_ERR);
	w.align = TCF_EM_ALIGN_U16;
	w.layer = TCF_LAYER_LINK;
	w.offset = 12;
	w.mask = 0xffff;
	ck_assert_int_eq(lookup("after", &w), 0);

	w.align = TCF_EM_ALIGN_U32;
	w.layer = TCF_LAYER_TRANSPORT;
	w.mask = 0;
	w.offset = 99999 % 65536;
	ck_assert_int_eq(lookup("many99999", &w), 0);
	w.offset = 0;
	ck_assert_int_eq(lookup("many0", &w), 0);
	w.align = TCF_EM_ALIGN_U8;
	w.layer = TCF_LAYER_NETWORK;
	w.offset = 7;
	ck_assert_int_eq(lookup("last", &w), 0);

	/* the file is gone: answers come from what was read once */
	ck_assert_int_eq(lookup("broken", &w), -NLE_PARSE_ERR);
}
END_TEST

/* ------------------------------------------------------------------ */
/* ematch trees                                                         */

static int parse(const char *expr, char **err, struct rtnl_ematch_tree **t)
{
	*err = NULL;
	*t = NULL;
	return rtnl_ematch_parse_expr(expr, err, t);
}

START_TEST(ematch_numbers_refused)
{
	static const struct {
		const char *expr;
		int err;
		const char *msg;
	} c[] = {
		{ "cmp(u8 at link+0 eq 4294967296)", -NLE_RANGE,
		  "value out of range: 4294967296 (at most 4294967295)" },
		{ "cmp(u32 at link+0 mask 0x1ffffffff eq 1)", -NLE_RANGE,
		  "mask out of range: 0x1ffffffff (at most 4294967295)" },
		{ "cmp(u8 at link+65536 eq 1)", -NLE_RANGE,
		  "offset out of range: 65536 (at most 65535)" },
		{ "cmp(u8 at ip+99999999999999999999 eq 1)", -NLE_RANGE,
		  "offset out of range: 99999999999999999999 (at most 65535)" },
		{ "cmp(u8 at link+0 eq 99999999999999999999)", -NLE_RANGE,
		  "value out of range: 99999999999999999999 (at most 4294967295)" },
		{ "meta(mark >> 64 eq 1)", -NLE_RANGE,
		  "shift out of range: 64 (at most 63)" },
		{ "meta(mark & 0x100000000 eq 1)", -NLE_RANGE,
		  "mask out of range: 0x100000000 (at most 4294967295)" },
		{ "meta(mark eq 18446744073709551616)", -NLE_RANGE,
		  "value out of range: 18446744073709551616 (at most 18446744073709551615)" },
		{ "text(abcdefghijklmnop \"x\")", -NLE_RANGE,
		  "text algorithm name too long: \"abcdefghijklmnop\"" },
		{ "cmp(u8 at link+0 eq 4294967295) and meta(mark >> 63 & 0xffffffff "
		  "eq 18446744073709551615) and text(abcdefghijklmno \"x\")",
		  0, NULL },
	};
	struct rtnl_ematch_tree *t;
	size_t i;
	char *err;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		ck_assert_msg(parse(c[i].expr, &err, &t) == c[i].err, "%s",
			      c[i].expr);
		if (c[i].msg) {
			ck_assert_ptr_nonnull(err);
			ck_assert_str_eq(err, c[i].msg);
			ck_assert_ptr_null(t);
		} else {
			ck_assert_ptr_null(err);
			ck_assert_ptr_nonnull(t);
		}
		free(err);
		rtnl_ematch_tree_free(t);
	}
}
END_TEST

/* An expression with a pattern of @n bytes of 'a'. */
static char *pattern_expr(const char *fmt, size_t n)
{
	char *pat = malloc(n + 1), *expr;

	ck_assert_ptr_nonnull(pat);
	memset(pat, 'a', n);
	pat[n] = '\0';
	ck_assert_int_ge(asprintf(&expr, fmt, pat), 0);
	free(pat);
	return expr;
}

static struct nl_msg *big_msg(void)
{
	struct nl_msg *msg = nlmsg_alloc_size(1 << 22);

	ck_assert_ptr_nonnull(msg);
	return msg;
}

/* Fill @t into a big message: the result, and the message unchanged on
 * error. */
static int fill(struct rtnl_ematch_tree *t, struct nl_msg *msg)
{
	uint32_t before = nlmsg_hdr(msg)->nlmsg_len;
	int err = rtnl_ematch_fill_attr(msg, TCA_BASIC_EMATCHES, t);

	if (err < 0)
		ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, before);
	return err;
}

/* The tree read back from the attribute @msg holds. */
static struct rtnl_ematch_tree *read_back(struct nl_msg *msg)
{
	struct nlattr *a = nlmsg_data(nlmsg_hdr(msg));
	struct rtnl_ematch_tree *t = NULL;

	ck_assert_int_eq(rtnl_ematch_parse_attr(a, &t), 0);
	return t;
}

START_TEST(ematch_patterns_refused)
{
	struct rtnl_ematch_tree *t, *back;
	struct rtnl_ematch *e;
	struct nl_msg *msg;
	char *expr, *err, *p;

	/* through the parser */
	expr = pattern_expr("pattern(link+0 = \"%s\")", 4096);
	ck_assert_int_eq(parse(expr, &err, &t), -NLE_RANGE);
	ck_assert_str_eq(err, "nbyte pattern of 4096 bytes: at most 4095");
	free(err);
	free(expr);
	expr = pattern_expr("text(kmp \"%s\")", 70000);
	ck_assert_int_eq(parse(expr, &err, &t), -NLE_RANGE);
	ck_assert_str_eq(err, "text pattern of 70000 bytes: at most 65535");
	free(err);
	free(expr);

	/* the largest that fit are filled whole and read back */
	msg = big_msg();
	expr = pattern_expr("pattern(link+0 = \"%s\")", 4095);
	ck_assert_int_eq(parse(expr, &err, &t), 0);
	free(expr);
	ck_assert_int_eq(fill(t, msg), 0);
	back = read_back(msg);
	e = nl_list_first_entry(&back->et_list, struct rtnl_ematch, e_list);
	ck_assert_uint_eq(rtnl_ematch_nbyte_get_len(e), 4095);
	ck_assert_int_eq(_rtnl_ematch_tree_differ(t, back), 0);
	rtnl_ematch_tree_free(back);
	rtnl_ematch_tree_free(t);
	nlmsg_free(msg);

	msg = big_msg();
	expr = pattern_expr("text(kmp \"%s\")", 65000);
	ck_assert_int_eq(parse(expr, &err, &t), 0);
	free(expr);
	ck_assert_int_eq(fill(t, msg), 0);
	back = read_back(msg);
	e = nl_list_first_entry(&back->et_list, struct rtnl_ematch, e_list);
	ck_assert_uint_eq(rtnl_ematch_text_get_len(e), 65000);
	rtnl_ematch_tree_free(back);
	rtnl_ematch_tree_free(t);

	/* a pattern that fits its header but not an attribute */
	expr = pattern_expr("text(kmp \"%s\")", 65535);
	ck_assert_int_eq(parse(expr, &err, &t), 0);
	free(expr);
	ck_assert_int_eq(fill(t, msg), -NLE_ATTRSIZE);
	rtnl_ematch_tree_free(t);

	/* through the accessors: 70,000 bytes are not sent as 4,464 */
	t = rtnl_ematch_tree_alloc(RTNL_EMATCH_PROGID);
	e = rtnl_ematch_alloc();
	ck_assert_int_eq(rtnl_ematch_set_name(e, "text"), 0);
	rtnl_ematch_text_set_algo(e, "bm");
	p = calloc(1, 70000);
	rtnl_ematch_text_set_pattern(e, p, 70000);
	ck_assert_uint_eq(rtnl_ematch_text_get_len(e), 70000);
	rtnl_ematch_tree_add(t, e);
	ck_assert_int_eq(fill(t, msg), -NLE_RANGE);
	rtnl_ematch_tree_free(t);

	t = rtnl_ematch_tree_alloc(RTNL_EMATCH_PROGID);
	e = rtnl_ematch_alloc();
	ck_assert_int_eq(rtnl_ematch_set_name(e, "nbyte"), 0);
	rtnl_ematch_nbyte_set_pattern(e, calloc(1, 5000), 5000);
	ck_assert_uint_eq(rtnl_ematch_nbyte_get_len(e), 5000);
	rtnl_ematch_tree_add(t, e);
	ck_assert_int_eq(fill(t, msg), -NLE_RANGE);
	ck_assert_ptr_null(rtnl_ematch_tree_clone(t));
	rtnl_ematch_tree_free(t);
	nlmsg_free(msg);
}
END_TEST

static struct rtnl_ematch *cmp_match(uint32_t val)
{
	struct tcf_em_cmp c = { .val = val, .align = TCF_EM_ALIGN_U8 };
	struct rtnl_ematch *e = rtnl_ematch_alloc();

	ck_assert_int_eq(rtnl_ematch_set_name(e, "cmp"), 0);
	rtnl_ematch_cmp_set(e, &c);
	return e;
}

static struct rtnl_ematch_tree *flat_tree(int n)
{
	struct rtnl_ematch_tree *t = rtnl_ematch_tree_alloc(RTNL_EMATCH_PROGID);
	int i;

	for (i = 0; i < n; i++)
		rtnl_ematch_tree_add(t, cmp_match((uint32_t)i));
	return t;
}

/* @depth containers, each holding the next, the last holding a match. */
static struct rtnl_ematch_tree *deep_tree(int depth)
{
	struct rtnl_ematch_tree *t = rtnl_ematch_tree_alloc(RTNL_EMATCH_PROGID);
	struct rtnl_ematch *c, *parent = NULL;
	int i;

	for (i = 0; i < depth; i++) {
		c = rtnl_ematch_alloc();
		ck_assert_int_eq(rtnl_ematch_set_kind(c, TCF_EM_CONTAINER), 0);
		if (parent)
			ck_assert_int_eq(rtnl_ematch_add_child(parent, c), 0);
		else
			rtnl_ematch_tree_add(t, c);
		parent = c;
	}
	ck_assert_int_eq(rtnl_ematch_add_child(parent, cmp_match(1)), 0);
	return t;
}

START_TEST(ematch_trees_refused)
{
	struct rtnl_ematch_tree *t, *back;
	struct tcf_ematch_tree_hdr *th;
	struct nlattr *tb[TCA_EMATCH_TREE_MAX + 1];
	struct nl_msg *msg = big_msg();

	/* 70,001 matches do not fit the 16-bit count */
	t = flat_tree(70001);
	ck_assert_int_eq(fill(t, msg), -NLE_RANGE);
	rtnl_ematch_tree_free(t);
	/* 5,000 fit the count, not the list attribute's 65535 bytes */
	t = flat_tree(5000);
	ck_assert_int_eq(fill(t, msg), -NLE_ATTRSIZE);
	rtnl_ematch_tree_free(t);
	/* 2,000 fit: every one is sent */
	t = flat_tree(2000);
	ck_assert_int_eq(fill(t, msg), 0);
	ck_assert_int_eq(nla_parse_nested(tb, TCA_EMATCH_TREE_MAX,
					  nlmsg_data(nlmsg_hdr(msg)), NULL), 0);
	th = nla_data(tb[TCA_EMATCH_TREE_HDR]);
	ck_assert_uint_eq(th->nmatches, 2000);
	back = read_back(msg);
	ck_assert_int_eq(_rtnl_ematch_tree_differ(t, back), 0);
	rtnl_ematch_tree_free(back);
	rtnl_ematch_tree_free(t);
	nlmsg_free(msg);

	/* 32 levels of containers are the most the kernel runs */
	msg = big_msg();
	t = deep_tree(33);
	ck_assert_int_eq(fill(t, msg), -NLE_RANGE);
	rtnl_ematch_tree_free(t);
	t = deep_tree(32);
	ck_assert_int_eq(fill(t, msg), 0);
	back = read_back(msg);
	ck_assert_int_eq(_rtnl_ematch_tree_differ(t, back), 0);
	rtnl_ematch_tree_free(back);
	rtnl_ematch_tree_free(t);
	nlmsg_free(msg);
}
END_TEST

static Suite *text_suite(void)
{
	Suite *s = suite_create("text-input");
	TCase *tc = tcase_create("limits");

	tcase_add_test(tc, handles_at_limits);
	tcase_add_test(tc, classid_long_lines);
	tcase_add_test(tc, pktloc_hostile_file);
	tcase_add_test(tc, ematch_numbers_refused);
	tcase_add_test(tc, ematch_patterns_refused);
	tcase_add_test(tc, ematch_trees_refused);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(text_suite)
