/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kernel error messages (extended ACK TLVs) and cache filters, without a
 * kernel: replies are injected.
 */

#include <string.h>
#include <stdio.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/errno.h>
#include "nltest.h"
#include "cache-testtype.h"

static struct nl_sock *sk;

static void setup(void)
{
	memset(&tt_stats, 0, sizeof(tt_stats));
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nl_socket_disable_seq_check(sk);
}

static void teardown(void)
{
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}

/* An error message as the kernel builds it: the error, the request's
 * header (and its payload of @plen bytes unless capped), the TLVs. */
static void push_error(int error, uint16_t flags, size_t plen,
		       const void *tlvs, size_t tlen)
{
	unsigned char buf[512];
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
	struct nlmsgerr *e = NLMSG_DATA(nlh);
	size_t off = NLMSG_HDRLEN + sizeof(*e);

	memset(buf, 0, sizeof(buf));
	e->error = error;
	e->msg.nlmsg_type = 16;
	e->msg.nlmsg_len = NLMSG_LENGTH(plen);
	if (!(flags & NLM_F_CAPPED))
		off += NLMSG_ALIGN(plen);
	memcpy(buf + off, tlvs, tlen);
	nlh->nlmsg_len = off + tlen;
	nlh->nlmsg_type = NLMSG_ERROR;
	nlh->nlmsg_flags = flags;
	nltest_inj_push_bytes(sk, buf, nlh->nlmsg_len);
}

/* TLV stream builder */
struct tlvs {
	unsigned char b[256];
	size_t n;
};

static void tlv(struct tlvs *t, uint16_t type, const void *v, size_t len)
{
	struct nlattr *a = (struct nlattr *)(t->b + t->n);

	a->nla_type = type;
	a->nla_len = NLA_HDRLEN + len;
	memcpy((char *)a + NLA_HDRLEN, v, len);
	t->n += NLA_ALIGN(a->nla_len);
}

static void tlv_u32(struct tlvs *t, uint16_t type, uint32_t v)
{
	tlv(t, type, &v, sizeof(v));
}

START_TEST(test_error_message_and_offset)
{
	struct tlvs t = { .n = 0 };
	uint32_t off = 0, type = 0, nest = 7;

	tlv(&t, NLMSGERR_ATTR_MSG, "Unknown device type", 20);
	tlv_u32(&t, NLMSGERR_ATTR_OFFS, 36);
	push_error(-EOPNOTSUPP, NLM_F_ACK_TLVS, 24, t.b, t.n);

	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_OPNOTSUPP);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk), "Unknown device type");
	ck_assert_int_eq(nl_socket_get_ext_ack_offset(sk, &off), 0);
	ck_assert_uint_eq(off, 36);
	ck_assert_int_eq(nl_socket_get_ext_ack_missing(sk, &type, &nest),
			 -NLE_NOATTR);
	ck_assert_uint_eq(nest, 7);

	/* the next request forgets it */
	ck_assert_int_ge(nl_send_simple(sk, 16, 0, NULL, 0), 0);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
	ck_assert_int_eq(nl_socket_get_ext_ack_offset(sk, &off), -NLE_NOATTR);
}
END_TEST

START_TEST(test_capped_missing)
{
	struct tlvs t = { .n = 0 };
	uint32_t type = 0, nest = 0;

	tlv(&t, NLMSGERR_ATTR_MSG, "Missing attribute", 18);
	tlv_u32(&t, NLMSGERR_ATTR_MISS_TYPE, 3);
	tlv_u32(&t, NLMSGERR_ATTR_MISS_NEST, 32);
	/* capped: the request's payload is not echoed */
	push_error(-EINVAL, NLM_F_ACK_TLVS | NLM_F_CAPPED, 100, t.b, t.n);
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_INVAL);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk), "Missing attribute");
	ck_assert_int_eq(nl_socket_get_ext_ack_missing(sk, &type, &nest), 0);
	ck_assert_uint_eq(type, 3);
	ck_assert_uint_eq(nest, 32);
	ck_assert_int_eq(nl_socket_get_ext_ack_missing(sk, NULL, NULL), 0);
}
END_TEST

/* Without NLM_F_ACK_TLVS the bytes after the request are not TLVs. */
START_TEST(test_no_tlv_flag)
{
	struct tlvs t = { .n = 0 };

	tlv(&t, NLMSGERR_ATTR_MSG, "ignored", 8);
	push_error(-EINVAL, 0, 4, t.b, t.n);
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_INVAL);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
}
END_TEST

/* A message without its terminating NUL, an attribute running past the
 * end, and an echoed length beyond the message: nothing is read wrong. */
START_TEST(test_malformed)
{
	struct tlvs t = { .n = 0 };
	unsigned char buf[64];
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
	struct nlmsgerr *e = NLMSG_DATA(nlh);

	tlv(&t, NLMSGERR_ATTR_MSG, "abcd", 4);
	push_error(-EINVAL, NLM_F_ACK_TLVS, 0, t.b, t.n);
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_INVAL);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));

	t.n = 0;
	tlv(&t, NLMSGERR_ATTR_MSG, "abcdefgh", 9);
	((struct nlattr *)t.b)->nla_len = 200;
	push_error(-EINVAL, NLM_F_ACK_TLVS, 0, t.b, t.n);
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_INVAL);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));

	memset(buf, 0, sizeof(buf));
	e->error = -EPERM;
	e->msg.nlmsg_len = 5000;
	nlh->nlmsg_len = NLMSG_LENGTH(sizeof(*e)) + 8;
	nlh->nlmsg_type = NLMSG_ERROR;
	nlh->nlmsg_flags = NLM_F_ACK_TLVS;
	nltest_inj_push_bytes(sk, buf, nlh->nlmsg_len);
	ck_assert_int_eq(nl_wait_for_ack(sk), -NLE_PERM);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
}
END_TEST

/* A dump that ends with an error code and a message in NLMSG_DONE. */
START_TEST(test_done_with_error)
{
	unsigned char buf[128];
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
	struct tlvs t = { .n = 0 };
	int err = -ENODEV;

	tlv(&t, NLMSGERR_ATTR_MSG, "Device gone", 12);
	memset(buf, 0, sizeof(buf));
	memcpy(NLMSG_DATA(nlh), &err, sizeof(err));
	memcpy(buf + NLMSG_HDRLEN + 4, t.b, t.n);
	nlh->nlmsg_len = NLMSG_HDRLEN + 4 + t.n;
	nlh->nlmsg_type = NLMSG_DONE;
	nlh->nlmsg_flags = NLM_F_MULTI | NLM_F_ACK_TLVS;
	nltest_inj_push_bytes(sk, buf, nlh->nlmsg_len);
	nl_recvmsgs_default(sk);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk), "Device gone");

	/* an ordinary DONE (error 0) leaves no message */
	ck_assert_int_ge(nl_send_simple(sk, 16, 0, NULL, 0), 0);
	err = 0;
	memcpy(NLMSG_DATA(nlh), &err, sizeof(err));
	nltest_inj_push_bytes(sk, buf, nlh->nlmsg_len);
	nl_recvmsgs_default(sk);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
}
END_TEST

static int seq_any(struct nl_msg *msg, void *arg)
{
	return NL_OK;
}

/* The verbose error handler prints the kernel's message. */
START_TEST(test_verbose_prints)
{
	struct tlvs t = { .n = 0 };
	char out[512] = "";
	FILE *f = fmemopen(out, sizeof(out) - 1, "w");
	struct nl_cb *cb = nl_cb_alloc(NL_CB_VERBOSE);

	ck_assert_ptr_nonnull(f);
	nl_cb_set(cb, NL_CB_SEQ_CHECK, NL_CB_CUSTOM, seq_any, NULL);
	nl_cb_err(cb, NL_CB_VERBOSE, NULL, f);
	nltest_inj_cb(cb);
	tlv(&t, NLMSGERR_ATTR_MSG, "Invalid prefix", 15);
	push_error(-EINVAL, NLM_F_ACK_TLVS, 8, t.b, t.n);
	ck_assert_int_eq(nl_recvmsgs(sk, cb), -NLE_INVAL);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(out, "-- Error received: Invalid argument"));
	ck_assert_ptr_nonnull(strstr(out, "-- Kernel message: Invalid prefix\n"));
	nl_cb_put(cb);
}
END_TEST

START_TEST(test_socket_options_unconnected)
{
	/* before nl_connect() the states are kept, nothing fails */
	ck_assert_int_eq(nl_socket_set_ext_ack(sk, 0), 0);
	ck_assert_int_eq(nl_socket_set_strict_check(sk, 1), 0);
	ck_assert_int_eq(nl_socket_get_strict_check(sk), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Cache filters                                                        */

static void push_objs(const uint32_t (*objs)[3], int n)
{
	struct nltest_batch b;
	int i;

	nltest_batch_init(&b);
	for (i = 0; i < n; i++) {
		struct tt_wire w = { .family = objs[i][0], .id = objs[i][1],
				     .value = objs[i][2] };

		nltest_batch_data(&b, TT_NEW, NLM_F_MULTI, 0, &w, sizeof(w));
	}
	nltest_batch_done(&b, NLM_F_MULTI, 0);
	nltest_inj_push(sk, &b);
}

static struct {
	int n;
	int act[8];
} changes;

static void on_change(struct nl_cache *c, struct nl_object *o, int act,
		      void *arg)
{
	if (changes.n < 8)
		changes.act[changes.n] = act;
	changes.n++;
}

START_TEST(test_cache_filter)
{
	static const uint32_t objs[][3] = {
		{ 2, 1, 5 }, { 2, 2, 6 }, { 10, 1, 5 }, { 10, 2, 7 },
	};
	struct nl_cache *cache = nl_cache_alloc(&tt_cache_ops);
	struct tt_obj *filter = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);
	struct nl_object_ops other = tt_obj_ops;
	struct nl_object *alien = nl_object_alloc(&other);
	struct tt_obj *ev;

	filter->value = 5;
	filter->ce_mask |= TT_ATTR_VALUE;
	ck_assert_int_eq(nl_cache_set_filter(cache, alien), -NLE_OBJ_MISMATCH);
	ck_assert_int_eq(nl_cache_set_filter(cache, OBJ(filter)), 0);
	ck_assert_ptr_eq(nl_cache_get_filter(cache), OBJ(filter));
	nl_object_put(OBJ(filter));	/* the cache holds its own reference */

	push_objs(objs, 4);
	ck_assert_int_eq(nl_cache_pickup(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:5 10/1:5");

	/* an event outside the filter does not enter */
	ev = tt_new(2, 3, NULL, 9);
	ev->ce_msgtype = TT_NEW;
	ck_assert_int_eq(nl_cache_include(cache, OBJ(ev), on_change, NULL), 0);
	nl_object_put(OBJ(ev));
	ck_assert_int_eq(changes.n, 0);
	ck_assert_str_eq(tt_content(cache), "2/1:5 10/1:5");

	/* an object that stops matching leaves, reported as deleted */
	ev = tt_new(2, 1, NULL, 8);
	ev->ce_msgtype = TT_NEW;
	ck_assert_int_eq(nl_cache_include(cache, OBJ(ev), on_change, NULL), 0);
	nl_object_put(OBJ(ev));
	ck_assert_int_eq(changes.n, 1);
	ck_assert_int_eq(changes.act[0], NL_ACT_DEL);
	ck_assert_str_eq(tt_content(cache), "10/1:5");

	/* a clone keeps the filter; NULL removes it */
	{
		struct nl_cache *c2 = nl_cache_clone(cache);

		ck_assert_ptr_eq(nl_cache_get_filter(c2),
				 nl_cache_get_filter(cache));
		nl_cache_free(c2);
	}
	ck_assert_int_eq(nl_cache_set_filter(cache, NULL), 0);
	ck_assert_ptr_null(nl_cache_get_filter(cache));
	push_objs(objs, 4);
	ck_assert_int_eq(nl_cache_pickup(sk, cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 4);

	nl_object_put(alien);
	nl_cache_free(cache);
}
END_TEST

static Suite *extack_suite(void)
{
	Suite *s = suite_create("extack");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_error_message_and_offset);
	tcase_add_test(tc, test_capped_missing);
	tcase_add_test(tc, test_no_tlv_flag);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_done_with_error);
	tcase_add_test(tc, test_verbose_prints);
	tcase_add_test(tc, test_socket_options_unconnected);
	tcase_add_test(tc, test_cache_filter);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(extack_suite)
