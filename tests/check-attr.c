/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Attributes: size arithmetic, build/parse round trips for every type,
 * validation against policies (exact error codes), nesting, iteration.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/data.h>

#include "nltest.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The attribute area of a message built with no family header. */
#define ATTRS(msg) nlmsg_attrdata(nlmsg_hdr(msg), 0)
#define ATTRLEN(msg) nlmsg_attrlen(nlmsg_hdr(msg), 0)

START_TEST(test_sizes)
{
	ck_assert_int_eq(nla_attr_size(3), 7);
	ck_assert_int_eq(nla_total_size(3), 8);
	ck_assert_int_eq(nla_padlen(3), 1);
	ck_assert_int_eq(nla_attr_size(0), 4);
	ck_assert_int_eq(nla_total_size(0), 4);
	ck_assert_int_eq(nla_padlen(0), 0);
	ck_assert_int_eq(nla_padlen(5), 3);
	ck_assert_int_eq(nla_attr_size(-9), -5);
	ck_assert_int_eq(nla_total_size(-9), -4);
	ck_assert_int_eq(nla_padlen(-9), 1);
}
END_TEST

START_TEST(test_accessors)
{
	unsigned char buf[16] = { 7, 0, 0x05, 0x80, 'a', 'b', 'c', 0 };
	struct nlattr *nla = (struct nlattr *)buf;
	int rem = 16;

	ck_assert_int_eq(nla_type(nla), 5);
	ck_assert_int_eq(nla_is_nested(nla), 1);
	ck_assert_int_eq(nla_len(nla), 3);
	ck_assert_ptr_eq(nla_data(nla), buf + 4);
	ck_assert_int_eq(nla_ok(nla, 7), 1);
	ck_assert_int_eq(nla_ok(nla, 6), 0);
	ck_assert_int_eq(nla_ok(nla, 3), 0);
	ck_assert_int_eq(nla_ok(nla, -1), 0);
	ck_assert_ptr_eq(nla_next(nla, &rem), buf + 8);
	ck_assert_int_eq(rem, 8);
	buf[0] = 3;
	ck_assert_int_eq(nla_ok(nla, 16), 0);
	buf[3] = 0x40;	/* NLA_F_NET_BYTEORDER is masked off as well */
	ck_assert_int_eq(nla_type(nla), 5);
	ck_assert_int_eq(nla_is_nested(nla), 0);
}
END_TEST

START_TEST(test_roundtrip_ints)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *tb[20];

	ck_assert_int_eq(nla_put_u8(msg, 1, 0xab), 0);
	ck_assert_int_eq(nla_put_u16(msg, 2, 0xabcd), 0);
	ck_assert_int_eq(nla_put_u32(msg, 3, 0xdeadbeef), 0);
	ck_assert_int_eq(nla_put_u64(msg, 4, 0x1122334455667788ull), 0);
	ck_assert_int_eq(nla_put_s8(msg, 5, -5), 0);
	ck_assert_int_eq(nla_put_s16(msg, 6, -300), 0);
	ck_assert_int_eq(nla_put_s32(msg, 7, -70000), 0);
	ck_assert_int_eq(nla_put_s64(msg, 8, -5000000000ll), 0);
	ck_assert_int_eq(nla_put_msecs(msg, 9, 12345), 0);
	ck_assert_int_eq(nla_put_flag(msg, 10), 0);
	ck_assert_int_eq(nla_put_uint(msg, 11, 7), 0);
	ck_assert_int_eq(nla_put_uint(msg, 12, 0x100000000ull), 0);
	ck_assert_int_eq(nla_put_sint(msg, 13, -7), 0);
	ck_assert_int_eq(nla_put_sint(msg, 14, -0x100000000ll), 0);
	ck_assert_int_eq(nla_put_sint(msg, 15, INT32_MIN), 0);
	ck_assert_int_eq(nla_put_uint(msg, 16, UINT32_MAX), 0);

	ck_assert_int_eq(nla_parse(tb, 19, ATTRS(msg), ATTRLEN(msg), NULL), 0);
	ck_assert_uint_eq(nla_get_u8(tb[1]), 0xab);
	ck_assert_int_eq(nla_len(tb[1]), 1);
	ck_assert_uint_eq(nla_get_u16(tb[2]), 0xabcd);
	ck_assert_int_eq(nla_len(tb[2]), 2);
	ck_assert_uint_eq(nla_get_u32(tb[3]), 0xdeadbeef);
	ck_assert_uint_eq(nla_get_u64(tb[4]), 0x1122334455667788ull);
	ck_assert_int_eq(nla_len(tb[4]), 8);
	ck_assert_int_eq(nla_get_s8(tb[5]), -5);
	ck_assert_int_eq(nla_get_s16(tb[6]), -300);
	ck_assert_int_eq(nla_get_s32(tb[7]), -70000);
	ck_assert_int_eq(nla_get_s64(tb[8]), -5000000000ll);
	ck_assert_uint_eq(nla_get_msecs(tb[9]), 12345);
	ck_assert_int_eq(nla_len(tb[9]), 8);
	ck_assert_int_eq(nla_get_flag(tb[10]), 1);
	ck_assert_int_eq(nla_len(tb[10]), 0);
	ck_assert_int_eq(nla_get_flag(tb[19]), 0);
	ck_assert_int_eq(nla_len(tb[11]), 4);
	ck_assert_uint_eq(nla_get_uint(tb[11]), 7);
	ck_assert_int_eq(nla_len(tb[12]), 8);
	ck_assert_uint_eq(nla_get_uint(tb[12]), 0x100000000ull);
	ck_assert_int_eq(nla_len(tb[13]), 4);
	ck_assert_int_eq(nla_get_sint(tb[13]), -7);
	ck_assert_int_eq(nla_len(tb[14]), 8);
	ck_assert_int_eq(nla_get_sint(tb[14]), -0x100000000ll);
	ck_assert_int_eq(nla_len(tb[15]), 4);
	ck_assert_int_eq(nla_get_sint(tb[15]), INT32_MIN);
	ck_assert_int_eq(nla_len(tb[16]), 4);
	ck_assert_uint_eq(nla_get_uint(tb[16]), UINT32_MAX);
	/* a 4 byte NLA_UINT read as u32 */
	ck_assert_uint_eq(nla_get_u32(tb[11]), 7);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_roundtrip_strings_data)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nl_data *data = nl_data_alloc("xyz", 3);
	struct nl_addr *addr = nl_addr_build(AF_INET, "\x0a\x00\x00\x01", 4);
	struct nlattr *a;
	char buf[8];
	char *dup;

	ck_assert_int_eq(nla_put_string(msg, 1, "hi"), 0);
	ck_assert_int_eq(nla_put_data(msg, 2, data), 0);
	ck_assert_int_eq(nla_put_addr(msg, 3, addr), 0);
	ck_assert_int_eq(nla_put(msg, 4, 5, "12345"), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, 16 + 8 + 8 + 8 + 12);

	a = nla_find(ATTRS(msg), ATTRLEN(msg), 1);
	ck_assert_int_eq(nla_len(a), 3);
	ck_assert_str_eq(nla_get_string(a), "hi");
	dup = nla_strdup(a);
	ck_assert_str_eq(dup, "hi");
	free(dup);

	memset(buf, 'x', sizeof(buf));
	ck_assert_uint_eq(nla_strlcpy(buf, a, sizeof(buf)), 2);
	ck_assert_str_eq(buf, "hi");
	ck_assert_uint_eq(nla_strlcpy(buf, a, 2), 2);
	ck_assert_str_eq(buf, "h");
	memset(buf, 'x', sizeof(buf));
	ck_assert_uint_eq(nla_strlcpy(buf, a, 0), 2);
	ck_assert_int_eq(buf[0], 'x');

	ck_assert_int_eq(nla_memcpy(buf, a, 1), 1);
	ck_assert_int_eq(nla_memcpy(buf, a, 10), 3);
	ck_assert_int_eq(nla_memcpy(buf, NULL, 10), 0);
	ck_assert_int_eq(nla_strcmp(a, "hi"), 0);
	ck_assert_int_eq(nla_strcmp(a, "h"), 1);
	ck_assert_int_eq(nla_strcmp(a, "hix"), -1);
	ck_assert_int_eq(nla_strcmp(a, "ha"), 'i' - 'a');
	ck_assert_int_eq(nla_memcmp(a, "hi", 2), 1);
	ck_assert_int_eq(nla_memcmp(a, "hi", 3), 0);
	ck_assert_int_eq(nla_memcmp(a, "h", 1), 2);

	a = nla_find(ATTRS(msg), ATTRLEN(msg), 2);
	ck_assert_int_eq(nla_len(a), 3);
	ck_assert_int_eq(memcmp(nla_data(a), "xyz", 3), 0);
	/* padding is zeroed */
	ck_assert_int_eq(((char *)nla_data(a))[3], 0);
	a = nla_find(ATTRS(msg), ATTRLEN(msg), 3);
	ck_assert_int_eq(nla_len(a), 4);
	ck_assert_int_eq(memcmp(nla_data(a), "\x0a\x00\x00\x01", 4), 0);
	a = nla_find(ATTRS(msg), ATTRLEN(msg), 4);
	ck_assert_int_eq(nla_len(a), 5);
	ck_assert_ptr_null(nla_find(ATTRS(msg), ATTRLEN(msg), 5));

	nl_data_free(data);
	nl_addr_put(addr);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_put_errors)
{
	struct nl_msg *msg = nlmsg_alloc_size(32);
	unsigned int len;

	ck_assert_int_eq(nla_put(msg, 1, -1, NULL), -NLE_INVAL);
	ck_assert_ptr_null(nla_reserve(msg, 1, -1));
	ck_assert_int_eq(nla_put_u64(msg, 1, 1), 0);	/* 16 + 12 */
	len = nlmsg_hdr(msg)->nlmsg_len;
	ck_assert_uint_eq(len, 28);
	ck_assert_int_eq(nla_put_u8(msg, 2, 1), -NLE_NOMEM);
	ck_assert_ptr_null(nla_reserve(msg, 2, 1));
	ck_assert_int_eq(nla_put_flag(msg, 2), 0);
	ck_assert_ptr_null(nla_nest_start(msg, 3));
	ck_assert_int_eq(nla_put_flag(msg, 2), -NLE_NOMEM);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, 32);
	nlmsg_free(msg);

	/* an attribute after unaligned data starts at the aligned tail */
	msg = nlmsg_alloc();
	nlmsg_append(msg, "abc", 3, 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, 19);
	ck_assert_ptr_eq(nla_reserve(msg, 1, 1),
			 (void *)((char *)nlmsg_hdr(msg) + 20));
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, 28);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_nesting)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nl_msg *sub = nlmsg_alloc();
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *n, *n2, *pos, *tb[4];
	int rem, count = 0;

	n = nla_nest_start(msg, 1);
	ck_assert_ptr_eq(n, (void *)((char *)nlh + 16));
	ck_assert_uint_eq(n->nla_type, NLA_F_NESTED | 1);
	ck_assert_int_eq(nla_put_u32(msg, 1, 10), 0);
	n2 = nla_nest_start(msg, 2);
	ck_assert_int_eq(nla_put_string(msg, 7, "in"), 0);
	ck_assert_int_eq(nla_nest_end(msg, n2), 0);
	ck_assert_int_eq(nla_put_u16(msg, 3, 30), 0);
	ck_assert_int_eq(nla_nest_end(msg, n), 0);
	ck_assert_uint_eq(n->nla_len, 4 + 8 + 12 + 8);
	ck_assert_uint_eq(nlh->nlmsg_len, 16 + 32);
	ck_assert_int_eq(nla_is_nested(n), 1);

	ck_assert_int_eq(nla_parse_nested(tb, 3, n, NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 10);
	ck_assert_ptr_eq(tb[2], n2);
	ck_assert_uint_eq(nla_get_u16(tb[3]), 30);
	nla_for_each_nested(pos, tb[2], rem) {
		ck_assert_int_eq(nla_type(pos), 7);
		ck_assert_str_eq(nla_get_string(pos), "in");
		count++;
	}
	ck_assert_int_eq(count, 1);
	count = 0;
	nla_for_each_nested(pos, n, rem)
		count++;
	ck_assert_int_eq(count, 3);
	ck_assert_int_eq(rem, 0);
	count = 0;
	nlmsg_for_each_attr(pos, nlh, 0, rem)
		count++;
	ck_assert_int_eq(count, 1);

	/* empty nests vanish, unless kept */
	n = nla_nest_start(msg, 5);
	ck_assert_uint_eq(nlh->nlmsg_len, 52);
	ck_assert_int_eq(nla_nest_end(msg, n), 0);
	ck_assert_uint_eq(nlh->nlmsg_len, 48);
	n = nla_nest_start(msg, 5);
	ck_assert_int_eq(nla_nest_end_keep_empty(msg, n), 0);
	ck_assert_uint_eq(nlh->nlmsg_len, 52);
	ck_assert_uint_eq(n->nla_len, 4);
	ck_assert_uint_eq(n->nla_type, 0x8005);

	/* cancel drops the nest and what follows */
	n = nla_nest_start(msg, 6);
	nla_put_u8(msg, 1, 1);
	ck_assert_uint_eq(nlh->nlmsg_len, 64);
	nla_nest_cancel(msg, n);
	ck_assert_uint_eq(nlh->nlmsg_len, 52);

	/* a message's attributes as a nested attribute, no NESTED flag */
	nla_put_u32(sub, 1, 7);
	ck_assert_int_eq(nla_put_nested(msg, 10, sub), 0);
	n = nla_find(ATTRS(msg), ATTRLEN(msg), 10);
	ck_assert_uint_eq(n->nla_type, 10);
	ck_assert_uint_eq(n->nla_len, 12);
	ck_assert_int_eq(nla_parse_nested(tb, 3, n, NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 7);

	nlmsg_free(sub);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_nest_unaligned_and_too_large)
{
	static char big[70000];
	struct nl_msg *msg = nlmsg_alloc_size(200000);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *n;

	n = nla_nest_start(msg, 1);
	ck_assert_int_eq(nla_put(msg, 2, 60000, big), 0);
	ck_assert_int_eq(nla_put(msg, 2, 10000, big), 0);
	ck_assert_uint_eq(nlh->nlmsg_len, 70028);
	ck_assert_int_eq(nla_nest_end(msg, n), -NLE_ATTRSIZE);
	ck_assert_uint_eq(nlh->nlmsg_len, 16);
	nlmsg_free(msg);

	/* unaligned data inside a nest: the end pads the message */
	msg = nlmsg_alloc();
	nlh = nlmsg_hdr(msg);
	nlmsg_append(msg, "abc", 3, 0);
	n = nla_nest_start(msg, 1);
	ck_assert_ptr_eq(n, (void *)((char *)nlh + 20));
	ck_assert_uint_eq(nlh->nlmsg_len, 24);
	nlmsg_append(msg, "abcde", 5, 0);
	ck_assert_uint_eq(nlh->nlmsg_len, 29);
	ck_assert_int_eq(nla_nest_end(msg, n), 0);
	ck_assert_uint_eq(n->nla_len, 12);
	ck_assert_uint_eq(nlh->nlmsg_len, 32);
	nlmsg_free(msg);
}
END_TEST

/*
 * Validation matrix: policy type x payload length (0..10) -> result, for
 * payloads of 'a' (no NUL) and payloads ending in NUL.  Upstream's
 * numbering of NLA_* types.
 */
struct vcase {
	int type;
	int no_nul[11];
	int nul_end[11];
};

#define R -NLE_RANGE
#define I -NLE_INVAL
static const struct vcase vcases[] = {
	{ NLA_UNSPEC, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		      { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_U8, { R, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		  { R, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_U16, { R, R, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		   { R, R, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_U32, { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 },
		   { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_U64, { R, R, R, R, R, R, R, R, 0, 0, 0 },
		   { R, R, R, R, R, R, R, R, 0, 0, 0 } },
	{ NLA_STRING, { R, I, I, I, I, I, I, I, I, I, I },
		      { R, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_FLAG, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		    { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_MSECS, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		     { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_NESTED, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		      { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_NUL_STRING, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
			  { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_BINARY, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		      { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_S8, { R, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		  { R, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_S16, { R, R, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
		   { R, R, 0, 0, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_S32, { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 },
		   { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_S64, { R, R, R, R, R, R, R, R, 0, 0, 0 },
		   { R, R, R, R, R, R, R, R, 0, 0, 0 } },
	{ NLA_SINT, { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 },
		    { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 } },
	{ NLA_UINT, { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 },
		    { R, R, R, R, 0, 0, 0, 0, 0, 0, 0 } },
};

static int validate_one(int type, int len, int nul, int minlen, int maxlen)
{
	unsigned char buf[64];
	struct nla_policy pol[3];
	struct nlattr *tb[3];
	struct nlattr *a = (struct nlattr *)buf;
	int r1, r2;

	memset(pol, 0, sizeof(pol));
	pol[1].type = type;
	pol[1].minlen = minlen;
	pol[1].maxlen = maxlen;
	memset(buf, 'a', sizeof(buf));
	a->nla_len = 4 + len;
	a->nla_type = 1;
	if (nul && len)
		buf[4 + len - 1] = 0;

	r1 = nla_validate(a, NLA_ALIGN(4 + len), 2, pol);
	r2 = nla_parse(tb, 2, a, NLA_ALIGN(4 + len), pol);
	ck_assert_int_eq(r1, r2);
	if (r2 == 0)
		ck_assert_ptr_eq(tb[1], a);
	else
		ck_assert_ptr_null(tb[1]);
	return r1;
}

START_TEST(test_validate_matrix)
{
	const struct vcase *c = &vcases[_i];
	int len;

	for (len = 0; len <= 10; len++) {
		ck_assert_msg(validate_one(c->type, len, 0, 0, 0) == c->no_nul[len],
			      "type %d len %d", c->type, len);
		ck_assert_msg(validate_one(c->type, len, 1, 0, 0) == c->nul_end[len],
			      "type %d len %d (NUL)", c->type, len);
		/* maxlen 3 rejects longer payloads, whatever the type */
		if (len > 3)
			ck_assert_int_eq(validate_one(c->type, len, 1, 0, 3), R);
		/* minlen 6 replaces the type's own minimum */
		ck_assert_int_eq(validate_one(c->type, len, 1, 6, 0),
				 len < 6 ? R : 0);
	}
}
END_TEST

START_TEST(test_parse_semantics)
{
	struct nla_policy pol[5] = {
		[1] = { .type = NLA_U32 },
		[2] = { .type = NLA_STRING, .maxlen = 4 },
		[3] = { .type = NLA_NESTED },
	};
	struct nlattr *tb[5];
	/* types 1, 0, 9 (above maxtype), 2 */
	unsigned char a[] = { 8, 0, 1, 0, 1, 0, 0, 0, 8, 0, 0, 0, 1, 2, 3, 4,
			      8, 0, 9, 0, 1, 2, 3, 4, 8, 0, 2, 0, 'a', 'b', 'c', 0 };
	unsigned char dup[] = { 8, 0, 1, 0, 1, 0, 0, 0, 8, 0, 1, 0, 2, 0, 0, 0 };
	unsigned char trunc[] = { 8, 0, 1, 0, 1, 0, 0, 0, 9, 0, 1, 0, 2, 0, 0, 0 };
	unsigned char toolong[] = { 9, 0, 2, 0, 'a', 'b', 'c', 'd', 0, 0, 0, 0 };
	unsigned char shortu32[] = { 8, 0, 2, 0, 'a', 0, 0, 0, 6, 0, 1, 0, 1, 2, 0, 0 };
	unsigned char nestbad[] = { 8, 0, 3, 0, 1, 2, 3, 4 };
	unsigned char zero[] = { 8, 0, 1, 0, 1, 2, 3, 4, 0, 0, 0, 0, 8, 0, 2, 0, 'a', 0, 0, 0 };

	ck_assert_int_eq(nla_parse(tb, 3, (void *)a, sizeof(a), pol), 0);
	ck_assert_ptr_eq(tb[0], (void *)(a + 8));
	ck_assert_ptr_eq(tb[1], (void *)a);
	ck_assert_ptr_eq(tb[2], (void *)(a + 24));
	ck_assert_ptr_null(tb[3]);
	ck_assert_int_eq(nla_validate((void *)a, sizeof(a), 3, pol), 0);
	ck_assert_int_eq(nla_parse(tb, 3, (void *)a, sizeof(a), NULL), 0);
	ck_assert_ptr_eq(tb[0], (void *)(a + 8));

	/* the last of duplicates wins */
	ck_assert_int_eq(nla_parse(tb, 3, (void *)dup, sizeof(dup), pol), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 2);

	/* a truncated or cut-off trailing attribute is ignored */
	ck_assert_int_eq(nla_parse(tb, 3, (void *)trunc, sizeof(trunc), pol), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 1);
	ck_assert_int_eq(nla_validate((void *)trunc, sizeof(trunc), 3, pol), 0);
	ck_assert_int_eq(nla_parse(tb, 3, (void *)trunc, 10, pol), 0);
	ck_assert_ptr_eq(tb[1], (void *)trunc);

	/* policy violations: exact codes, tb cleared first */
	ck_assert_int_eq(nla_parse(tb, 3, (void *)toolong, sizeof(toolong), pol),
			 -NLE_RANGE);
	ck_assert_ptr_null(tb[2]);
	ck_assert_int_eq(nla_validate((void *)toolong, sizeof(toolong), 3, pol),
			 -NLE_RANGE);
	ck_assert_int_eq(nla_parse(tb, 3, (void *)shortu32, sizeof(shortu32), pol),
			 -NLE_RANGE);
	ck_assert_int_eq(nla_validate((void *)shortu32, sizeof(shortu32), 3, pol),
			 -NLE_RANGE);
	toolong[7] = 'd';
	toolong[0] = 8;	/* "abcd" without NUL */
	ck_assert_int_eq(nla_validate((void *)toolong, sizeof(toolong), 3, pol),
			 -NLE_INVAL);
	/* past maxtype, nothing is checked */
	ck_assert_int_eq(nla_validate((void *)shortu32, sizeof(shortu32), 0, pol), 0);

	/* nested content is not descended into */
	ck_assert_int_eq(nla_parse(tb, 3, (void *)nestbad, sizeof(nestbad), pol), 0);
	ck_assert_ptr_eq(tb[3], (void *)nestbad);

	/* a zero length attribute stops the walk */
	ck_assert_int_eq(nla_parse(tb, 3, (void *)zero, sizeof(zero), pol), 0);
	ck_assert_ptr_nonnull(tb[1]);
	ck_assert_ptr_null(tb[2]);

	ck_assert_int_eq(nla_parse(tb, 3, (void *)zero, -4, pol), 0);
	ck_assert_ptr_null(tb[1]);
	ck_assert_int_eq(nla_parse(tb, 3, (void *)zero, 0, pol), 0);
	ck_assert_int_eq(nla_validate((void *)zero, 0, 3, pol), 0);

	/* unknown policy type: refused, not crashed */
	pol[1].type = NLA_TYPE_MAX + 1;
	ck_assert_int_eq(nla_validate((void *)dup, sizeof(dup), 3, pol), -NLE_INVAL);
}
END_TEST

START_TEST(test_short_gets)
{
	unsigned char buf[16] = { 6, 0, 1, 0, 0x11, 0x22, 0x33, 0x44, 0x55 };
	struct nlattr *a = (struct nlattr *)buf;

	/* a payload shorter than the value reads as 0 */
	ck_assert_uint_eq(nla_get_u8(a), 0x11);
	ck_assert_uint_eq(nla_get_u16(a), 0x2211);
	ck_assert_uint_eq(nla_get_u32(a), 0);
	ck_assert_uint_eq(nla_get_u64(a), 0);
	ck_assert_int_eq(nla_get_s64(a), 0);
	ck_assert_uint_eq(nla_get_uint(a), 0);
	ck_assert_uint_eq(nla_get_u8(NULL), 0);
}
END_TEST

static Suite *attr_suite(void)
{
	Suite *s = suite_create("attr");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_sizes);
	tcase_add_test(tc, test_accessors);
	tcase_add_test(tc, test_roundtrip_ints);
	tcase_add_test(tc, test_roundtrip_strings_data);
	tcase_add_test(tc, test_put_errors);
	tcase_add_test(tc, test_nesting);
	tcase_add_test(tc, test_nest_unaligned_and_too_large);
	tcase_add_loop_test(tc, test_validate_matrix, 0, ARRAY_SIZE(vcases));
	tcase_add_test(tc, test_parse_semantics);
	tcase_add_test(tc, test_short_gets);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(attr_suite)
