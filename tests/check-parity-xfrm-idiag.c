/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * xfrm and idiag objects as upstream's libnl answers for them: codes of
 * absent values and NULL arguments, which fields the comparisons and the
 * identity consider, which requests may be built, and the bytes of the
 * requests (taken from Debian's libnl 3.7 with the same calls).
 */

#include <linux/xfrm.h>
#include <linux/inet_diag.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/xfrm/sa.h>
#include <netlink/xfrm/sp.h>
#include <netlink/xfrm/selector.h>
#include <netlink/xfrm/template.h>
#include <netlink/idiag/idiagnl.h>
#include <netlink/idiag/req.h>
#include <netlink/idiag/meminfo.h>
#include <netlink/idiag/vegasinfo.h>

#include "nltest.h"
#include "parity.h"

#define O(x) ((struct nl_object *)(x))
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
#define UNSET 0x5a5a5a5a5a5a5a5aULL

static struct nl_addr *addr(const char *s, int family)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, family, &a), 0);
	return a;
}

START_TEST(xfrm_null_lifetimes)
{
	unsigned long long b = UNSET, p = UNSET, at = UNSET, ut = UNSET;
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();
	struct xfrmnl_sa *sa = xfrmnl_sa_alloc();

	ck_assert_int_eq(xfrmnl_sa_get_curlifetime(NULL, &b, &p, &at, &ut), -1);
	ck_assert_int_eq(xfrmnl_sa_get_stats(NULL, &b, &p, &at), -1);
	ck_assert_int_eq(xfrmnl_sp_get_curlifetime(NULL, &b, &p, &at, &ut), -1);
	ck_assert_int_eq(xfrmnl_sp_get_curlifetime(sp, &b, NULL, &at, &ut), -1);
	ck_assert_int_eq(xfrmnl_sa_get_curlifetime(sa, &b, &p, &at, &ut), -1);
	ck_assert_int_eq(xfrmnl_sa_get_stats(sa, &b, &p, &at), -1);
	ck_assert_uint_eq(b, UNSET);
	ck_assert_uint_eq(ut, UNSET);

	/* a policy without a current lifetime reads as all zero */
	ck_assert_int_eq(xfrmnl_sp_get_curlifetime(sp, &b, &p, &at, &ut), 0);
	ck_assert_uint_eq(b, 0);
	ck_assert_uint_eq(p, 0);
	ck_assert_uint_eq(at, 0);
	ck_assert_uint_eq(ut, 0);
	xfrmnl_sp_put(sp);
	xfrmnl_sa_put(sa);
}
END_TEST

START_TEST(xfrm_user_offload_absent)
{
	struct xfrmnl_sa *sa = xfrmnl_sa_alloc();
	int ifindex = 77;
	uint8_t flags = 77;

	ck_assert_int_eq(xfrmnl_sa_get_user_offload(sa, &ifindex, &flags), -1);
	ck_assert_int_eq(ifindex, 77);
	ck_assert_int_eq(xfrmnl_sa_set_user_offload(sa, 3, 2), 0);
	ck_assert_int_eq(xfrmnl_sa_get_user_offload(sa, &ifindex, &flags), 0);
	ck_assert_int_eq(ifindex, 3);
	ck_assert_int_eq(flags, 2);
	xfrmnl_sa_put(sa);
}
END_TEST

/* 3.7 crashes here; a length the kernel cannot carry is refused */
START_TEST(xfrm_sec_ctx_length)
{
	struct xfrmnl_sa *sa = xfrmnl_sa_alloc();
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();
	unsigned int doi, alg, len, sid;
	unsigned int most = 65535 - sizeof(struct xfrm_user_sec_ctx);
	char buf[8];

	ck_assert_int_eq(xfrmnl_sa_set_sec_ctx(sa, 1, 2, 0xffffffffu, 0, "ab"),
			 -NLE_RANGE);
	ck_assert_int_eq(xfrmnl_sa_set_sec_ctx(sa, 1, 2, most + 1, 0, "ab"),
			 -NLE_RANGE);
	ck_assert_int_eq(xfrmnl_sa_get_sec_ctx(sa, &doi, &alg, &len, &sid, buf),
			 -1);
	ck_assert_str_eq(parity_attrs(sa), "");
	ck_assert_int_eq(xfrmnl_sp_set_sec_ctx(sp, 0, 0, 2, 1, 0xffffffffu,
					       (char *)"ab"), -NLE_RANGE);
	ck_assert_str_eq(parity_attrs(sp), "");
	ck_assert_int_eq(xfrmnl_sa_set_sec_ctx(sa, 1, 2, most, 0, "ab"), 0);
	ck_assert_int_eq(xfrmnl_sa_get_sec_ctx(sa, &doi, &alg, &len, &sid, NULL),
			 0);
	ck_assert_uint_eq(len, most);
	xfrmnl_sa_put(sa);
	xfrmnl_sp_put(sp);
}
END_TEST

#define SP_SEL 1
#define SP_INDEX 2
#define SP_DIR 4

static struct xfrmnl_sp *policy(int what)
{
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();

	if (what & SP_SEL) {
		struct xfrmnl_sel *sel = xfrmnl_sel_alloc();
		struct nl_addr *a = addr("10.0.0.0/8", AF_INET);

		xfrmnl_sel_set_daddr(sel, a);
		xfrmnl_sel_set_saddr(sel, a);
		xfrmnl_sel_set_family(sel, AF_INET);
		nl_addr_put(a);
		xfrmnl_sp_set_sel(sp, sel);
		xfrmnl_sel_put(sel);
	}
	if (what & SP_INDEX)
		xfrmnl_sp_set_index(sp, 5);
	if (what & SP_DIR)
		xfrmnl_sp_set_dir(sp, 1);
	return sp;
}

/* A policy request needs a direction and an index or a selector. */
START_TEST(xfrm_sp_request_names)
{
	static const int refused[] = { 0, SP_SEL, SP_INDEX, SP_DIR,
				       SP_SEL | SP_INDEX };
	static const int built[] = { SP_SEL | SP_DIR, SP_INDEX | SP_DIR,
				     SP_SEL | SP_INDEX | SP_DIR };
	struct nl_msg *m;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(refused); i++) {
		struct xfrmnl_sp *sp = policy(refused[i]);

		m = NULL;
		ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m),
				 -NLE_MISSING_ATTR);
		ck_assert_int_eq(xfrmnl_sp_build_update_request(sp, 0, &m),
				 -NLE_MISSING_ATTR);
		ck_assert_int_eq(xfrmnl_sp_build_delete_request(sp, 0, &m),
				 -NLE_MISSING_ATTR);
		ck_assert_ptr_null(m);
		xfrmnl_sp_put(sp);
	}
	for (i = 0; i < ARRAY_SIZE(built); i++) {
		struct xfrmnl_sp *sp = policy(built[i]);

		ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m), 0);
		nlmsg_free(m);
		ck_assert_int_eq(xfrmnl_sp_build_update_request(sp, 0, &m), 0);
		nlmsg_free(m);
		ck_assert_int_eq(xfrmnl_sp_build_delete_request(sp, 0, &m), 0);
		nlmsg_free(m);
		xfrmnl_sp_put(sp);
	}
}
END_TEST

START_TEST(xfrm_sp_request_bytes)
{
	struct xfrmnl_sp *sp = policy(SP_INDEX | SP_DIR);
	struct nl_msg *m;

	ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m), 0);
	parity_assert_msg(m,
		"b8000000130000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000005000000"
		"0100000000000000");
	nlmsg_free(m);
	ck_assert_int_eq(xfrmnl_sp_build_delete_request(sp, 0, &m), 0);
	parity_assert_msg(m,
		"50000000140000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000500000001000000");
	nlmsg_free(m);
	xfrmnl_sp_put(sp);
}
END_TEST

START_TEST(xfrm_sp_usertemplates)
{
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();
	struct xfrmnl_user_tmpl *t = xfrmnl_user_tmpl_alloc();

	ck_assert_ptr_null(xfrmnl_sp_get_usertemplates(NULL));
	ck_assert_ptr_null(xfrmnl_sp_get_usertemplates(sp));
	xfrmnl_sp_add_usertemplate(sp, t);
	ck_assert_ptr_nonnull(xfrmnl_sp_get_usertemplates(sp));
	ck_assert_int_eq(xfrmnl_sp_get_nusertemplates(sp), 1);
	xfrmnl_sp_remove_usertemplate(sp, t);
	/* the attribute stays, with an empty list */
	ck_assert_ptr_nonnull(xfrmnl_sp_get_usertemplates(sp));
	ck_assert_int_eq(xfrmnl_sp_get_nusertemplates(sp), 0);
	ck_assert_str_eq(parity_attrs(sp), "user_template");
	xfrmnl_user_tmpl_free(t);
	xfrmnl_sp_put(sp);
}
END_TEST

static struct xfrmnl_sel *selector(const char *a, int family)
{
	struct xfrmnl_sel *sel = xfrmnl_sel_alloc();
	struct nl_addr *x = addr(a, AF_INET);

	xfrmnl_sel_set_daddr(sel, x);
	xfrmnl_sel_set_saddr(sel, x);
	xfrmnl_sel_set_family(sel, family);
	xfrmnl_sel_set_prefixlen_d(sel, nl_addr_get_prefixlen(x));
	xfrmnl_sel_set_prefixlen_s(sel, nl_addr_get_prefixlen(x));
	nl_addr_put(x);
	return sel;
}

/* Addresses up to the shorter prefix, family and user id count. */
START_TEST(xfrm_sel_cmp_fields)
{
	struct xfrmnl_sel *a = selector("10.0.0.0/8", AF_INET), *b;
	struct nl_addr *x;

	b = selector("10.0.0.0/8", AF_INET);
	ck_assert_int_eq(xfrmnl_sel_cmp(a, b), 0);
	xfrmnl_sel_set_dport(b, 22);
	xfrmnl_sel_set_sport(b, 22);
	xfrmnl_sel_set_dportmask(b, 0xffff);
	xfrmnl_sel_set_sportmask(b, 0xffff);
	xfrmnl_sel_set_proto(b, 6);
	xfrmnl_sel_set_ifindex(b, 3);
	xfrmnl_sel_set_prefixlen_d(b, 24);
	xfrmnl_sel_set_prefixlen_s(b, 24);
	ck_assert_int_eq(xfrmnl_sel_cmp(a, b), 0);
	x = addr("10.9.0.0/16", AF_INET);
	xfrmnl_sel_set_daddr(b, x);
	nl_addr_put(x);
	ck_assert_int_eq(xfrmnl_sel_cmp(a, b), 0);
	x = addr("192.168.0.0/16", AF_INET);
	xfrmnl_sel_set_daddr(b, x);
	nl_addr_put(x);
	ck_assert_int_ne(xfrmnl_sel_cmp(a, b), 0);
	xfrmnl_sel_put(b);

	b = selector("10.0.0.0/8", AF_INET);
	xfrmnl_sel_set_userid(b, 1000);
	ck_assert_int_ne(xfrmnl_sel_cmp(a, b), 0);
	xfrmnl_sel_put(b);
	b = selector("10.0.0.0/8", AF_INET6);
	ck_assert_int_ne(xfrmnl_sel_cmp(a, b), 0);
	xfrmnl_sel_put(b);
	xfrmnl_sel_put(a);
}
END_TEST

/* The selector is part of a policy's identity. */
START_TEST(xfrm_sp_identity)
{
	struct xfrmnl_sp *p = policy(SP_INDEX | SP_DIR);
	struct xfrmnl_sp *q = policy(SP_INDEX | SP_DIR);
	struct xfrmnl_sel *s;

	ck_assert_int_eq(nl_object_identical(O(p), O(q)), 1);
	s = selector("10.0.0.0/8", AF_INET);
	xfrmnl_sp_set_sel(p, s);
	ck_assert_int_eq(nl_object_identical(O(p), O(q)), 0);
	xfrmnl_sel_put(s);
	s = selector("10.0.0.0/8", AF_INET);
	xfrmnl_sel_set_dport(s, 80);
	xfrmnl_sp_set_sel(q, s);
	xfrmnl_sel_put(s);
	ck_assert_int_eq(nl_object_identical(O(p), O(q)), 1);
	s = selector("172.16.0.0/12", AF_INET);
	xfrmnl_sp_set_sel(q, s);
	xfrmnl_sel_put(s);
	ck_assert_int_eq(nl_object_identical(O(p), O(q)), 0);
	xfrmnl_sp_put(p);
	xfrmnl_sp_put(q);
}
END_TEST

/* Every field but the protocol and the optional flag counts. */
START_TEST(xfrm_tmpl_cmp_fields)
{
	struct xfrmnl_user_tmpl *a = xfrmnl_user_tmpl_alloc();
	struct xfrmnl_user_tmpl *b = xfrmnl_user_tmpl_alloc();

	xfrmnl_user_tmpl_set_proto(b, IPPROTO_ESP);
	xfrmnl_user_tmpl_set_optional(b, 1);
	ck_assert_int_eq(xfrmnl_user_tmpl_cmp(a, b), 0);
	xfrmnl_user_tmpl_set_spi(b, 0x100);
	ck_assert_int_ne(xfrmnl_user_tmpl_cmp(a, b), 0);
	xfrmnl_user_tmpl_set_spi(b, 0);
	xfrmnl_user_tmpl_set_reqid(b, 4);
	ck_assert_int_ne(xfrmnl_user_tmpl_cmp(a, b), 0);
	xfrmnl_user_tmpl_free(a);
	xfrmnl_user_tmpl_free(b);
}
END_TEST

/* Every request asks from the root (NLM_F_ROOT added to the caller's). */
START_TEST(idiag_send_simple_root)
{
	struct nl_sock *sk = parity_socket();

	nl_socket_disable_auto_ack(sk);
	ck_assert_int_eq(idiagnl_send_simple(sk, 0, AF_INET, 0xff, 0),
			 -NLE_INTR);
	parity_assert_hex(parity_sent,
		"4c000000120001010000000000000000"
		"02000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000ff00000000000000");
	ck_assert_int_eq(idiagnl_send_simple(sk, NLM_F_DUMP, AF_INET6, 0x0a,
					     0x1f), -NLE_INTR);
	parity_assert_hex(parity_sent,
		"4c000000120001030000000000000000"
		"0a00001f000000000000000000000000"
		"00000000000000000000000000000000"
		"00000000000000000000000000000000"
		"000000000a00000000000000");
	nl_socket_free(sk);
	free(parity_sent);
	parity_sent = NULL;
}
END_TEST

/* Addresses leave the request's family alone, whatever it is. */
START_TEST(idiag_req_address_family)
{
	struct idiagnl_req *r = idiagnl_req_alloc();
	struct nl_addr *a4 = addr("10.1.2.3", AF_INET);
	struct nl_addr *a6 = addr("::1", AF_INET6);

	ck_assert_int_eq(idiagnl_req_set_src(r, a4), 0);
	ck_assert_int_eq(idiagnl_req_get_family(r), AF_UNSPEC);
	ck_assert_int_eq(idiagnl_req_set_dst(r, a6), 0);
	ck_assert_int_eq(idiagnl_req_get_family(r), AF_UNSPEC);
	ck_assert_str_eq(parity_dump(r, NL_DUMP_LINE),
			 "unspec src 10.1.2.3 dst ::1 iif 0 \n");
	idiagnl_req_set_family(r, AF_INET6);
	ck_assert_int_eq(idiagnl_req_set_src(r, a4), 0);
	ck_assert_ptr_eq(idiagnl_req_get_src(r), a4);
	ck_assert_int_eq(idiagnl_req_get_family(r), AF_INET6);
	nl_addr_put(a4);
	nl_addr_put(a6);
	idiagnl_req_put(r);
}
END_TEST

/* The details line names the states value as one TCP state. */
START_TEST(idiag_req_states_text)
{
	static const struct {
		uint32_t states;
		const char *text;
	} t[] = {
		{ 0, "0x0" }, { 1, "established" }, { 2, "syn_sent" },
		{ 7, "close" }, { 12, "0xc" }, { 0x400, "0x400" },
		{ 0xffffffffu, "0xffffffff" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(t); i++) {
		struct idiagnl_req *r = idiagnl_req_alloc();
		char want[128];

		idiagnl_req_set_states(r, t[i].states);
		idiagnl_req_set_ext(r, 3);
		snprintf(want, sizeof(want),
			 "    unspec exts meminfo,info src none dst none iif 0 "
			 "states %s dbs 0\n", t[i].text);
		ck_assert_str_eq(parity_dump(r, NL_DUMP_DETAILS), want);
		idiagnl_req_put(r);
	}
}
END_TEST

/* Any difference of the value holders is reported as bit 0. */
START_TEST(idiag_info_diff)
{
	struct idiagnl_meminfo *m = idiagnl_meminfo_alloc();
	struct idiagnl_meminfo *n = idiagnl_meminfo_alloc();
	struct idiagnl_vegasinfo *v = idiagnl_vegasinfo_alloc();
	struct idiagnl_vegasinfo *w = idiagnl_vegasinfo_alloc();

	ck_assert_uint_eq(nl_object_diff(O(m), O(n)), 0);
	idiagnl_meminfo_set_wmem(m, 1);
	ck_assert_uint_eq(nl_object_diff(O(m), O(n)), 1);
	idiagnl_meminfo_set_tmem(m, 1);
	idiagnl_meminfo_set_fmem(m, 1);
	ck_assert_uint_eq(nl_object_diff(O(m), O(n)), 1);
	ck_assert_int_eq(nl_object_identical(O(m), O(n)), 0);
	idiagnl_vegasinfo_set_rtt(v, 1);
	idiagnl_vegasinfo_set_minrtt(v, 1);
	ck_assert_uint_eq(nl_object_diff(O(v), O(w)), 1);
	idiagnl_meminfo_put(m);
	idiagnl_meminfo_put(n);
	idiagnl_vegasinfo_put(v);
	idiagnl_vegasinfo_put(w);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("parity-xfrm-idiag");
	TCase *tc = tcase_create("xfrm");

	tcase_add_test(tc, xfrm_null_lifetimes);
	tcase_add_test(tc, xfrm_user_offload_absent);
	tcase_add_test(tc, xfrm_sec_ctx_length);
	tcase_add_test(tc, xfrm_sp_request_names);
	tcase_add_test(tc, xfrm_sp_request_bytes);
	tcase_add_test(tc, xfrm_sp_usertemplates);
	tcase_add_test(tc, xfrm_sel_cmp_fields);
	tcase_add_test(tc, xfrm_sp_identity);
	tcase_add_test(tc, xfrm_tmpl_cmp_fields);
	suite_add_tcase(s, tc);
	tc = tcase_create("idiag");
	tcase_add_test(tc, idiag_send_simple_root);
	tcase_add_test(tc, idiag_req_address_family);
	tcase_add_test(tc, idiag_req_states_text);
	tcase_add_test(tc, idiag_info_diff);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
