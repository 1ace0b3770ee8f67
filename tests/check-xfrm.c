/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3 without a kernel: dump text and request bytes equal to what
 * Debian's libnl-xfrm-3 3.7 produces for the same calls
 * (tests/xfrm-expected.h), messages parsed back into equal objects, names,
 * value objects, malformed input.
 */

#include <string.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <linux/xfrm.h>
#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/object.h>
#include "nltest.h"
#include "xfrm-fixtures.h"
#include "xfrm-expected.h"

#define O(x) ((struct nl_object *)(x))

static char out[16384];

static const char *dump(struct nl_object *obj, enum nl_dump_type type)
{
	FILE *f = fmemopen(out, sizeof(out) - 1, "w");
	struct nl_dump_params p = { .dp_type = type, .dp_fd = f };

	memset(out, 0, sizeof(out));
	nl_object_dump(obj, &p);
	fclose(f);
	return out;
}

static void assert_bytes(struct nl_msg *msg, const unsigned char *exp,
			 size_t len)
{
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_len, len);
	ck_assert_int_eq(memcmp(nlmsg_hdr(msg), exp, len), 0);
	nlmsg_free(msg);
}

START_TEST(test_dumps)
{
	struct xfrmnl_sa *sa = fx_sa(), *esn = fx_sa_esn(), *e1 = xfrmnl_sa_alloc();
	struct xfrmnl_sp *sp = fx_sp(), *e2 = xfrmnl_sp_alloc();
	struct xfrmnl_ae *ae = fx_ae(), *e3 = xfrmnl_ae_alloc();
	char b[512];

	ck_assert_str_eq(dump(O(sa), NL_DUMP_LINE), exp_sa_line);
	ck_assert_str_eq(dump(O(sa), NL_DUMP_DETAILS), exp_sa_details);
	ck_assert_str_eq(dump(O(sa), NL_DUMP_STATS), exp_sa_stats);
	ck_assert_str_eq(dump(O(esn), NL_DUMP_LINE), exp_esn_line);
	ck_assert_str_eq(dump(O(sp), NL_DUMP_LINE), exp_sp_line);
	ck_assert_str_eq(dump(O(sp), NL_DUMP_STATS), exp_sp_line);
	ck_assert_str_eq(dump(O(ae), NL_DUMP_LINE), exp_ae_line);
	ck_assert_str_eq(dump(O(e1), NL_DUMP_LINE), exp_empty_sa);
	ck_assert_str_eq(dump(O(e2), NL_DUMP_LINE), exp_empty_sp);
	ck_assert_str_eq(dump(O(e3), NL_DUMP_LINE), exp_empty_ae);
	ck_assert_str_eq(nl_object_attrs2str(O(sa), 0xffffffff, b, sizeof(b)), exp_sa_attrs);
	ck_assert_str_eq(nl_object_attrs2str(O(sp), 0xffffffff, b, sizeof(b)), exp_sp_attrs);
	ck_assert_str_eq(nl_object_attrs2str(O(ae), 0xffffffff, b, sizeof(b)), exp_ae_attrs);
	ck_assert_str_eq(nl_object_get_type(O(sa)), "xfrm/sa");
	ck_assert_str_eq(nl_object_get_type(O(sp)), "xfrm/sp");
	ck_assert_str_eq(nl_object_get_type(O(ae)), "xfrm/ae");
	xfrmnl_sa_put(sa); xfrmnl_sa_put(esn); xfrmnl_sa_put(e1);
	xfrmnl_sp_put(sp); xfrmnl_sp_put(e2);
	xfrmnl_ae_put(ae); xfrmnl_ae_put(e3);
}
END_TEST

START_TEST(test_requests)
{
	struct xfrmnl_sa *sa = fx_sa(), *esn = fx_sa_esn();
	struct xfrmnl_sp *sp = fx_sp();
	struct nl_msg *m;

	ck_assert_int_eq(xfrmnl_sa_build_add_request(sa, 0, &m), 0);
	assert_bytes(m, exp_sa_add, sizeof(exp_sa_add));
	ck_assert_int_eq(xfrmnl_sa_build_update_request(sa, 0x100, &m), 0);
	assert_bytes(m, exp_sa_update, sizeof(exp_sa_update));
	ck_assert_int_eq(xfrmnl_sa_build_delete_request(sa, 0, &m), 0);
	assert_bytes(m, exp_sa_delete, sizeof(exp_sa_delete));
	ck_assert_int_eq(xfrmnl_sa_build_add_request(esn, 0, &m), 0);
	assert_bytes(m, exp_esn_add, sizeof(exp_esn_add));
	ck_assert_int_eq(xfrmnl_sa_build_get_request(xfrmnl_sa_get_daddr(sa), 0x1234,
						     50, 7, 0xff, &m), 0);
	assert_bytes(m, exp_sa_get, sizeof(exp_sa_get));
	ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m), 0);
	assert_bytes(m, exp_sp_add, sizeof(exp_sp_add));
	ck_assert_int_eq(xfrmnl_sp_build_delete_request(sp, 0, &m), 0);
	assert_bytes(m, exp_sp_delete, sizeof(exp_sp_delete));
	ck_assert_int_eq(xfrmnl_sp_build_get_request(9, 1, 0, 0, &m), 0);
	assert_bytes(m, exp_sp_get, sizeof(exp_sp_get));
	ck_assert_int_eq(xfrmnl_ae_build_get_request(xfrmnl_sa_get_daddr(sa), 0x1234,
						     50, 3, 4, &m), 0);
	assert_bytes(m, exp_ae_get, sizeof(exp_ae_get));

	/* what is required */
	{
		struct xfrmnl_sa *empty = xfrmnl_sa_alloc();

		ck_assert_int_eq(xfrmnl_sa_build_add_request(empty, 0, &m),
				 -NLE_MISSING_ATTR);
		xfrmnl_sa_put(empty);
	}
	ck_assert_int_eq(xfrmnl_sa_build_get_request(NULL, 1, 50, 0, 0, &m),
			 -NLE_MISSING_ATTR);
	xfrmnl_sa_put(sa);
	xfrmnl_sa_put(esn);
	xfrmnl_sp_put(sp);
}
END_TEST

/* A request turned into the kernel's notification parses back equal. */
START_TEST(test_parse_back)
{
	struct xfrmnl_sa *sa = fx_sa(), *p, *esn = fx_sa_esn();
	struct xfrmnl_sp *sp = fx_sp(), *q;
	struct nl_addr *co = fx_addr("192.0.2.10");
	struct nl_msg *m;
	unsigned int a, b, c, d, e, f, g, bmp[4];
	char name[64], key[64];

	xfrmnl_sa_set_coaddr(sa, co);
	ck_assert_int_eq(xfrmnl_sa_build_add_request(sa, 0, &m), 0);
	ck_assert_int_eq(xfrmnl_sa_parse(nlmsg_hdr(m), &p), 0);
	nlmsg_free(m);
	/* everything the request carries */
	ck_assert_uint_eq(nl_object_diff(O(sa), O(p)) &
			  ~((1u << 6) | (1u << 7) | (1u << 8)), 0);
	ck_assert_int_eq(nl_addr_cmp(xfrmnl_sa_get_coaddr(p), co), 0);
	ck_assert_int_eq(xfrmnl_sa_get_aead_params(p, name, &a, &b, key), 0);
	ck_assert_str_eq(name, "rfc4106(gcm(aes))");
	ck_assert_uint_eq(a, 160);
	ck_assert_uint_eq(b, 128);
	ck_assert_int_eq(memcmp(key, "0123456789abcdefghij", 20), 0);
	ck_assert_int_eq(xfrmnl_sa_get_sec_ctx(p, &a, &b, &c, &d, key), 0);
	ck_assert_uint_eq(a, 1);
	ck_assert_uint_eq(c, 4);
	ck_assert_int_eq(memcmp(key, "ctx!", 4), 0);
	ck_assert_int_eq(xfrmnl_sa_get_mark(p, &a, &b), 0);
	ck_assert_uint_eq(a, 0xff);
	ck_assert_uint_eq(b, 0x10);
	ck_assert_int_eq(xfrmnl_sel_get_dport(xfrmnl_sa_get_sel(p)), 80);
	ck_assert_int_eq(xfrmnl_sa_get_replay_state_esn(p, &a, &b, &c, &d, &e, &f, bmp), -1);
	xfrmnl_sa_put(p);

	ck_assert_int_eq(xfrmnl_sa_build_add_request(esn, 0, &m), 0);
	ck_assert_int_eq(xfrmnl_sa_parse(nlmsg_hdr(m), &p), 0);
	nlmsg_free(m);
	ck_assert_int_eq(xfrmnl_sa_get_replay_state_esn(p, &a, &b, &c, &d, &e, &f, bmp), 0);
	ck_assert_uint_eq(c, 3);
	ck_assert_uint_eq(f, 4);
	ck_assert_uint_eq(bmp[1], 0x0f0f);
	ck_assert_int_eq(xfrmnl_sa_get_replay_state(p, &a, &b, &g), -1);
	xfrmnl_sa_put(p);

	ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m), 0);
	ck_assert_int_eq(xfrmnl_sp_parse(nlmsg_hdr(m), &q), 0);
	nlmsg_free(m);
	ck_assert_uint_eq(nl_object_diff(O(sp), O(q)) & ~(1u << 2), 0);
	ck_assert_int_eq(xfrmnl_sp_get_nusertemplates(q), 1);
	ck_assert_int_eq(xfrmnl_user_tmpl_cmp(xfrmnl_sp_usertemplate_n(sp, 0),
					      xfrmnl_sp_usertemplate_n(q, 0)), 0);
	ck_assert_str_eq(dump(O(q), NL_DUMP_LINE), exp_sp_line);
	xfrmnl_sp_put(q);
	nl_addr_put(co);
	xfrmnl_sa_put(sa);
	xfrmnl_sa_put(esn);
	xfrmnl_sp_put(sp);
}
END_TEST

START_TEST(test_malformed)
{
	struct xfrmnl_sa *sa = fx_sa(), *p = NULL;
	struct xfrmnl_sp *q = NULL;
	struct xfrmnl_ae *r = NULL;
	struct nl_msg *m;
	struct nlattr *nla;
	struct xfrm_algo_aead *aead;

	ck_assert_int_eq(xfrmnl_sa_build_add_request(sa, 0, &m), 0);
	/* an AEAD key longer than its attribute */
	nla = nlmsg_find_attr(nlmsg_hdr(m), sizeof(struct xfrm_usersa_info),
			      XFRMA_ALG_AEAD);
	ck_assert_ptr_nonnull(nla);
	aead = nla_data(nla);
	aead->alg_key_len = 100000;
	ck_assert_int_eq(xfrmnl_sa_parse(nlmsg_hdr(m), &p), -NLE_RANGE);
	/* a length whose byte count wraps in 32 bits is as long as it says */
	aead->alg_key_len = 0xfffffffa;
	ck_assert_int_eq(xfrmnl_sa_parse(nlmsg_hdr(m), &p), -NLE_RANGE);
	/* cut short */
	nlmsg_hdr(m)->nlmsg_len = NLMSG_LENGTH(16);
	ck_assert_int_eq(xfrmnl_sa_parse(nlmsg_hdr(m), &p), -NLE_MSG_TOOSHORT);
	nlmsg_hdr(m)->nlmsg_type = XFRM_MSG_NEWPOLICY;
	ck_assert_int_eq(xfrmnl_sp_parse(nlmsg_hdr(m), &q), -NLE_MSG_TOOSHORT);
	ck_assert_int_eq(xfrmnl_ae_parse(nlmsg_hdr(m), &r), -NLE_MSG_TOOSHORT);
	nlmsg_free(m);
	xfrmnl_sa_put(sa);
}
END_TEST

/* a copy of @m's message at 4 bytes past an 8-byte boundary, as messages
 * after the first lie in a receive buffer */
static struct nlmsghdr *misaligned(struct nl_msg *m, unsigned char *buf,
				   size_t size)
{
	size_t len = nlmsg_hdr(m)->nlmsg_len;
	unsigned char *p = buf + (8 - ((uintptr_t)buf & 7)) % 8 + 4;

	ck_assert_uint_le(len + 12, size);
	memcpy(p, nlmsg_hdr(m), len);
	return (struct nlmsghdr *)p;
}

/* 64-bit lifetimes read from headers and attributes aligned to 4 bytes
 * only (under UBSan a misaligned read stops the test) */
START_TEST(test_misaligned)
{
	static unsigned char buf[4096] __attribute__((aligned(8)));
	struct xfrmnl_sa *sa = fx_sa(), *p;
	struct xfrmnl_sp *sp = fx_sp(), *q;
	struct xfrmnl_ae *r;
	struct nlmsghdr *n;
	struct nl_msg *m;
	unsigned long long bytes, packets, add, use;
	struct xfrm_aevent_id id = { .sa_id.family = AF_INET,
				     .sa_id.proto = 50 };
	struct xfrm_lifetime_cur cur = { .bytes = 1ULL << 40, .packets = 9,
					 .add_time = 3, .use_time = 4 };
	struct xfrm_user_expire ex;

	ck_assert_int_eq(xfrmnl_sa_build_add_request(sa, 0, &m), 0);
	n = misaligned(m, buf, sizeof(buf));
	ck_assert_int_eq(xfrmnl_sa_parse(n, &p), 0);
	ck_assert_uint_eq(xfrmnl_ltime_cfg_get_hard_bytelimit(
				  xfrmnl_sa_get_lifetime_cfg(p)), 2000);
	xfrmnl_sa_put(p);
	/* the same state in an expiry notice */
	memset(&ex, 0, sizeof(ex));
	memcpy(&ex.state, nlmsg_data(nlmsg_hdr(m)), sizeof(ex.state));
	ex.hard = 1;
	nlmsg_free(m);
	m = nlmsg_alloc_simple(XFRM_MSG_EXPIRE, 0);
	ck_assert_int_eq(nlmsg_append(m, &ex, sizeof(ex), NLMSG_ALIGNTO), 0);
	n = misaligned(m, buf, sizeof(buf));
	ck_assert_int_eq(xfrmnl_sa_parse(n, &p), 0);
	ck_assert_int_eq(xfrmnl_sa_is_hardexpiry_reached(p), 1);
	ck_assert_uint_eq(xfrmnl_ltime_cfg_get_soft_packetlimit(
				  xfrmnl_sa_get_lifetime_cfg(p)), 10);
	xfrmnl_sa_put(p);
	nlmsg_free(m);

	ck_assert_int_eq(xfrmnl_sp_build_add_request(sp, 0, &m), 0);
	n = misaligned(m, buf, sizeof(buf));
	ck_assert_int_eq(xfrmnl_sp_parse(n, &q), 0);
	ck_assert_uint_eq(xfrmnl_ltime_cfg_get_hard_bytelimit(
				  xfrmnl_sp_get_lifetime_cfg(q)), 2000);
	xfrmnl_sp_put(q);
	nlmsg_free(m);

	m = nlmsg_alloc_simple(XFRM_MSG_NEWAE, 0);
	ck_assert_int_eq(nlmsg_append(m, &id, sizeof(id), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put(m, XFRMA_LTIME_VAL, sizeof(cur), &cur), 0);
	n = misaligned(m, buf, sizeof(buf));
	ck_assert_int_eq(xfrmnl_ae_parse(n, &r), 0);
	ck_assert_int_eq(xfrmnl_ae_get_curlifetime(r, &bytes, &packets, &add,
						   &use), 0);
	ck_assert_uint_eq(bytes, 1ULL << 40);
	ck_assert_uint_eq(packets, 9);
	ck_assert_uint_eq(use, 4);
	xfrmnl_ae_put(r);
	nlmsg_free(m);
	xfrmnl_sa_put(sa);
	xfrmnl_sp_put(sp);
}
END_TEST

START_TEST(test_names_and_values)
{
	char b[128];
	struct xfrmnl_sel *s = fx_sel(), *c;
	struct xfrmnl_ltime_cfg *l = fx_ltime(), *l2;
	struct xfrmnl_user_tmpl *t = xfrmnl_user_tmpl_alloc(), *t2;
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();

	ck_assert_str_eq(xfrmnl_sa_mode2str(2, b, sizeof(b)), "route optimization");
	ck_assert_int_eq(xfrmnl_sa_str2mode("TUNNEL"), 1);
	ck_assert_int_eq(xfrmnl_sa_str2mode("ro"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(xfrmnl_sa_flags2str(0x81, b, sizeof(b)), "no ecn,esn");
	ck_assert_int_eq(xfrmnl_sa_str2flag("align4"), 64);
	ck_assert_str_eq(xfrmnl_ae_flags2str(3, b, sizeof(b)), "replay threshold,replay value");
	ck_assert_str_eq(xfrmnl_sp_dir2str(3, b, sizeof(b)), "mask");
	ck_assert_str_eq(xfrmnl_sp_share2str(3, b, sizeof(b)), "unique");
	ck_assert_str_eq(xfrmnl_sp_action2str(1, b, sizeof(b)), "block");
	ck_assert_str_eq(xfrmnl_sp_type2str(1, b, sizeof(b)), "sub");
	ck_assert_int_eq(xfrmnl_sp_str2type("any"), 255);
	ck_assert_str_eq(xfrmnl_sp_flags2str(2, b, sizeof(b)), "auto include ICMP in policy");
	ck_assert_int_eq(xfrmnl_sp_index2dir(9), 1);
	ck_assert_str_eq(xfrmnl_user_tmpl_mode2str(4, b, sizeof(b)), "beet");

	c = xfrmnl_sel_clone(s);
	ck_assert_int_eq(xfrmnl_sel_cmp(s, c), 0);
	FX_SET(xfrmnl_sel_set_daddr, c, "10.9.0.0/24");
	ck_assert_int_eq(xfrmnl_sel_cmp(s, c), 1);
	ck_assert_int_eq(xfrmnl_sel_shared(c), 0);
	xfrmnl_sel_get(c);
	ck_assert_int_eq(xfrmnl_sel_shared(c), 1);
	xfrmnl_sel_put(c);
	xfrmnl_sel_put(c);

	l2 = xfrmnl_ltime_cfg_clone(l);
	ck_assert_int_eq(xfrmnl_ltime_cfg_cmp(l, l2), 0);
	xfrmnl_ltime_cfg_set_hard_useexpires(l2, 4);
	ck_assert_int_eq(xfrmnl_ltime_cfg_cmp(l, l2), 1);
	ck_assert_uint_eq(xfrmnl_ltime_cfg_get_hard_useexpires(l2), 4);
	ck_assert_ptr_eq(xfrmnl_ltime_cfg_get(l2), l2);
	ck_assert_int_eq(xfrmnl_ltime_cfg_shared(l2), 1);
	xfrmnl_ltime_cfg_put(l2);
	xfrmnl_ltime_cfg_put(l2);

	xfrmnl_user_tmpl_set_reqid(t, 5);
	t2 = xfrmnl_user_tmpl_clone(t);
	ck_assert_int_eq(xfrmnl_user_tmpl_cmp(t, t2), 0);
	xfrmnl_user_tmpl_set_reqid(t2, 6);
	ck_assert_int_eq(xfrmnl_user_tmpl_cmp(t, t2), 1);
	xfrmnl_sp_add_usertemplate(sp, t);
	xfrmnl_sp_add_usertemplate(sp, t2);
	ck_assert_int_eq(xfrmnl_sp_get_nusertemplates(sp), 2);
	ck_assert_ptr_eq(xfrmnl_sp_usertemplate_n(sp, 1), t2);
	ck_assert_ptr_null(xfrmnl_sp_usertemplate_n(sp, 2));
	xfrmnl_sp_remove_usertemplate(sp, t);
	ck_assert_int_eq(xfrmnl_sp_get_nusertemplates(sp), 1);
	ck_assert_ptr_eq(xfrmnl_sp_usertemplate_n(sp, 0), t2);
	xfrmnl_user_tmpl_free(t);

	/* getters of absent values */
	ck_assert_int_eq(xfrmnl_sp_get_priority(sp), -1);
	ck_assert_ptr_null(xfrmnl_sp_get_sel(sp));
	ck_assert_int_eq(xfrmnl_sp_set_if_id(sp, 7), 0);
	{
		uint32_t id = 0;

		ck_assert_int_eq(xfrmnl_sp_get_if_id(sp, &id), 0);
		ck_assert_uint_eq(id, 7);
	}
	xfrmnl_sp_put(sp);
	xfrmnl_sel_put(s);
	xfrmnl_ltime_cfg_put(l);
}
END_TEST

static Suite *xfrm_suite(void)
{
	Suite *s = suite_create("xfrm");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_dumps);
	tcase_add_test(tc, test_requests);
	tcase_add_test(tc, test_parse_back);
	tcase_add_test(tc, test_malformed);
	tcase_add_test(tc, test_misaligned);
	tcase_add_test(tc, test_names_and_values);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(xfrm_suite)
