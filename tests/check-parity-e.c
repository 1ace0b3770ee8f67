/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Parity with upstream's libnl (issue 14, part e): generic netlink
 * resolution and header sizes, xfrm compare, netfilter packet messages and
 * expectation tuples, bridge MST and boolean options.  Expected values are
 * those Debian's libnl 3.7 gives for the same calls, or upstream's
 * documentation where 3.7 lacks the function.
 */

#include <check.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <linux/if_bridge.h>

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/addr.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/mngt.h>
#include <netlink/xfrm/ae.h>
#include <netlink/xfrm/sa.h>
#include <netlink/netfilter/ct.h>
#include <netlink/netfilter/exp.h>
#include <netlink/netfilter/log_msg.h>
#include <netlink/netfilter/queue_msg.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/bridge_info.h>

#define O(x) ((struct nl_object *)(x))

/* ------------------------------------------------------------------ */
/* genl                                                                 */

/* What the fake kernel answers: 0 nothing (receive fails), else the
 * error code of an NLMSG_ERROR. */
static int fake_error;
static uint32_t fake_seq;

static int fake_send(struct nl_sock *sk, struct nl_msg *msg)
{
	fake_seq = nlmsg_hdr(msg)->nlmsg_seq;
	return (int)nlmsg_hdr(msg)->nlmsg_len;
}

static int fake_recv(struct nl_sock *sk, struct sockaddr_nl *nla,
		     unsigned char **buf, struct ucred **creds)
{
	struct nlmsghdr *h;
	struct nlmsgerr *e;

	if (!fake_error)
		return -NLE_BUSY;
	h = calloc(1, NLMSG_SPACE(sizeof(*e)));
	ck_assert_ptr_nonnull(h);
	h->nlmsg_len = NLMSG_LENGTH(sizeof(*e));
	h->nlmsg_type = NLMSG_ERROR;
	h->nlmsg_seq = fake_seq;
	e = NLMSG_DATA(h);
	e->error = fake_error;
	e->msg.nlmsg_seq = fake_seq;
	*buf = (unsigned char *)h;
	return (int)h->nlmsg_len;
}

/* Every failure of the request reads as "no such family", as upstream. */
START_TEST(test_genl_resolve_failures)
{
	static const int errors[] = { 0, -EPERM, -ENOENT, -EINVAL };
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_cb *cb;
	size_t i;

	ck_assert_ptr_nonnull(sk);
	/* not connected: the send fails */
	ck_assert_int_eq(genl_ctrl_resolve(sk, "nlctrl"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nlctrl", "notify"),
			 -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(genl_ctrl_resolve(sk, NULL), -NLE_INVAL);

	cb = nl_socket_get_cb(sk);
	nl_cb_overwrite_send(cb, fake_send);
	nl_cb_overwrite_recv(cb, fake_recv);
	nl_cb_put(cb);
	for (i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
		fake_error = errors[i];
		ck_assert_int_eq(genl_ctrl_resolve(sk, "nlctrl"),
				 -NLE_OBJ_NOTFOUND);
		ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nlctrl", "notify"),
				 -NLE_OBJ_NOTFOUND);
	}
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_genl_unregister_twice)
{
	static struct genl_cmd cmds[] = { { .c_id = 1, .c_name = "ONE" } };
	struct genl_ops ops = { .o_name = "parity-e", .o_cmds = cmds,
				.o_ncmds = 1 };
	struct genl_ops never = { .o_name = "parity-e-never" };

	ck_assert_int_eq(genl_register_family(&ops), 0);
	ck_assert_int_eq(genl_unregister_family(&ops), 0);
	ck_assert_int_eq(genl_unregister_family(&ops), 0);
	ck_assert_int_eq(genl_unregister_family(&never), 0);
	ck_assert_int_eq(genl_unregister_family(NULL), -NLE_INVAL);
	/* and it can come back */
	ck_assert_int_eq(genl_register_family(&ops), 0);
	ck_assert_int_eq(genl_register_family(&ops), -NLE_EXIST);
	ck_assert_int_eq(genl_unregister_family(&ops), 0);
}
END_TEST

/* -3..-1 round up to no family header; below that there is none. */
START_TEST(test_genl_negative_hdrlen)
{
	static const unsigned char want[] = {
		0x14, 0, 0, 0, 0x10, 0, 0x05, 0, 9, 0, 0, 0, 0, 0, 0, 0,
		3, 1, 0, 0,
	};
	static const int bad[] = { -4, -5, -100, INT_MIN };
	struct nl_msg *m;
	struct nlmsghdr *h;
	void *user;
	size_t i;
	int len;

	for (len = -3; len <= 0; len++) {
		m = nlmsg_alloc();
		user = genlmsg_put(m, 0, 9, 16, len, NLM_F_REQUEST | NLM_F_ACK,
				   3, 1);
		h = nlmsg_hdr(m);
		ck_assert_ptr_eq(user, (char *)h + 20);
		ck_assert_uint_eq(h->nlmsg_len, sizeof(want));
		ck_assert_int_eq(memcmp(h, want, sizeof(want)), 0);
		ck_assert_int_eq(genlmsg_valid_hdr(h, len), 1);
		ck_assert_int_eq(genlmsg_valid_hdr(h, 1), 0);
		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
			ck_assert_int_eq(genlmsg_valid_hdr(h, bad[i]), 0);
		nlmsg_free(m);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		m = nlmsg_alloc();
		ck_assert_ptr_null(genlmsg_put(m, 0, 9, 16, bad[i], 0, 3, 1));
		ck_assert_uint_eq(nlmsg_hdr(m)->nlmsg_len, NLMSG_HDRLEN);
		nlmsg_free(m);
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* xfrm                                                                 */

/* The AE compare leaves out the family and the current lifetime, the SA
 * compare the user offload (Debian's 3.7 gives 0 for both diffs). */
START_TEST(test_xfrm_compare_attrs)
{
	struct xfrmnl_ae *a = xfrmnl_ae_alloc(), *b = xfrmnl_ae_alloc();
	struct xfrmnl_sa *s = xfrmnl_sa_alloc(), *t = xfrmnl_sa_alloc();

	xfrmnl_ae_set_family(a, AF_INET);
	xfrmnl_ae_set_family(b, AF_INET6);
	xfrmnl_ae_set_curlifetime(a, 1, 2, 3, 4);
	xfrmnl_ae_set_spi(a, 7);
	xfrmnl_ae_set_spi(b, 7);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 0);
	ck_assert_int_eq(nl_object_identical(O(a), O(b)), 1);
	/* what does count still does (reqid: bit 5, as upstream) */
	xfrmnl_ae_set_reqid(a, 1);
	xfrmnl_ae_set_reqid(b, 2);
	ck_assert_uint_eq(nl_object_diff64(O(a), O(b)), 1 << 5);
	xfrmnl_ae_put(a);
	xfrmnl_ae_put(b);

	ck_assert_int_eq(xfrmnl_sa_set_user_offload(s, 1, 0), 0);
	ck_assert_uint_eq(nl_object_diff64(O(s), O(t)), 0);
	ck_assert_int_eq(xfrmnl_sa_set_user_offload(t, 2, 1), 0);
	ck_assert_uint_eq(nl_object_diff64(O(s), O(t)), 0);
	ck_assert_int_eq(xfrmnl_sa_set_reqid(s, 3), 0);
	ck_assert_uint_ne(nl_object_diff64(O(s), O(t)), 0);
	xfrmnl_sa_put(s);
	xfrmnl_sa_put(t);
}
END_TEST

/* ------------------------------------------------------------------ */
/* netfilter                                                            */

/* The message keeps a copy of the entry; the caller's stays its own. */
START_TEST(test_nf_log_msg_set_ct_copies)
{
	struct nfnl_log_msg *m = nfnl_log_msg_alloc();
	struct nfnl_ct *ct = nfnl_ct_alloc(), *got;

	nfnl_ct_set_mark(ct, 77);
	nfnl_log_msg_set_ct(m, ct);
	ck_assert_int_eq(nl_object_get_refcnt(O(ct)), 1);
	got = nfnl_log_msg_get_ct(m);
	ck_assert_ptr_nonnull(got);
	ck_assert_ptr_ne(got, ct);
	ck_assert_uint_eq(nfnl_ct_get_mark(got), 77);
	ck_assert_int_eq(nl_object_get_refcnt(O(got)), 1);
	/* later changes of the caller's entry do not reach the message */
	nfnl_ct_set_mark(ct, 78);
	ck_assert_uint_eq(nfnl_ct_get_mark(nfnl_log_msg_get_ct(m)), 77);
	ck_assert_int_eq(nfnl_log_msg_test_ct(m), 1);

	nfnl_log_msg_set_ct(m, NULL);
	ck_assert_ptr_null(nfnl_log_msg_get_ct(m));
	ck_assert_int_eq(nfnl_log_msg_test_ct(m), 1);
	nfnl_log_msg_set_ct(m, ct);
	nfnl_ct_put(ct);
	ck_assert_uint_eq(nfnl_ct_get_mark(nfnl_log_msg_get_ct(m)), 78);
	nfnl_log_msg_put(m);
}
END_TEST

/* Packet messages have no compare: distinct ones are never identical,
 * every attribute differs, no filter matches. */
START_TEST(test_nf_packet_msgs_no_compare)
{
	struct nfnl_log_msg *l1 = nfnl_log_msg_alloc(), *l2 = nfnl_log_msg_alloc();
	struct nfnl_queue_msg *q1 = nfnl_queue_msg_alloc(),
			      *q2 = nfnl_queue_msg_alloc();
	struct nl_object *c;

	ck_assert_int_eq(nl_object_identical(O(l1), O(l2)), 0);
	ck_assert_uint_eq(nl_object_diff(O(l1), O(l2)), UINT32_MAX);
	ck_assert_int_eq(nl_object_identical(O(l1), O(l1)), 1);
	ck_assert_int_eq(nl_object_match_filter(O(l1), O(l2)), 0);
	c = nl_object_clone(O(l1));
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(nl_object_identical(O(l1), c), 0);
	nl_object_put(c);

	nfnl_queue_msg_set_family(q2, AF_INET);
	nfnl_queue_msg_set_packetid(q2, 7);
	ck_assert_int_eq(nl_object_identical(O(q1), O(q2)), 0);
	ck_assert_uint_eq(nl_object_diff(O(q1), O(q2)), UINT32_MAX);
	ck_assert_uint_eq(nl_object_diff64(O(q1), O(q2)), UINT64_MAX);
	ck_assert_int_eq(nl_object_match_filter(O(q2), O(q1)), 0);
	ck_assert_int_eq(nl_object_identical(O(q2), O(q2)), 1);

	nfnl_log_msg_put(l1);
	nfnl_log_msg_put(l2);
	nfnl_queue_msg_put(q1);
	nfnl_queue_msg_put(q2);
}
END_TEST

/* A tuple number out of range is the expected tuple. */
START_TEST(test_nf_exp_tuple_out_of_range)
{
	static const int bad[] = { NFNL_EXP_TUPLE_MAX, -1, 99 };
	struct nl_addr *a, *a6;
	size_t i;
	int t;

	ck_assert_int_eq(nl_addr_parse("10.0.0.1", AF_INET, &a), 0);
	ck_assert_int_eq(nl_addr_parse("::1", AF_INET6, &a6), 0);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct nfnl_exp *e = nfnl_exp_alloc();

		ck_assert_int_eq(nfnl_exp_set_src(e, bad[i], a), 0);
		ck_assert_int_eq(nfnl_exp_set_dst(e, bad[i], a), 0);
		ck_assert_int_eq(nfnl_exp_set_dst(e, bad[i], a6),
				 -NLE_AF_MISMATCH);
		nfnl_exp_set_l4protonum(e, bad[i], 17);
		nfnl_exp_set_ports(e, bad[i], 1000, 2000);
		ck_assert_ptr_eq(nfnl_exp_get_src(e, NFNL_EXP_TUPLE_EXPECT), a);
		ck_assert_ptr_eq(nfnl_exp_get_dst(e, NFNL_EXP_TUPLE_EXPECT), a);
		ck_assert_uint_eq(nfnl_exp_get_l4protonum(e, NFNL_EXP_TUPLE_EXPECT),
				  17);
		ck_assert_uint_eq(nfnl_exp_get_dst_port(e, NFNL_EXP_TUPLE_EXPECT),
				  2000);
		for (t = NFNL_EXP_TUPLE_MASTER; t < NFNL_EXP_TUPLE_MAX; t++) {
			ck_assert_int_eq(nfnl_exp_test_src(e, t), 0);
			ck_assert_int_eq(nfnl_exp_test_ports(e, t), 0);
		}
		/* and every getter and test reads the expected tuple */
		ck_assert_ptr_eq(nfnl_exp_get_src(e, bad[i]), a);
		ck_assert_int_eq(nfnl_exp_test_dst(e, bad[i]), 1);
		ck_assert_int_eq(nfnl_exp_test_l4protonum(e, bad[i]), 1);
		ck_assert_uint_eq(nfnl_exp_get_src_port(e, bad[i]), 1000);
		ck_assert_int_eq(nfnl_exp_test_icmp(e, bad[i]), 0);
		nfnl_exp_set_icmp(e, bad[i], 5, 8, 1);
		ck_assert_int_eq(nfnl_exp_test_icmp(e, NFNL_EXP_TUPLE_EXPECT), 1);
		ck_assert_uint_eq(nfnl_exp_get_icmp_type(e, bad[i]), 8);
		nfnl_exp_put(e);
	}
	nl_addr_put(a);
	nl_addr_put(a6);
}
END_TEST

/* Ports and ICMP values share their storage, as upstream's do. */
START_TEST(test_nf_exp_ports_icmp_shared)
{
	struct nfnl_exp *e = nfnl_exp_alloc();
	const int t = NFNL_EXP_TUPLE_MASTER;

	nfnl_exp_set_ports(e, t, 1000, 2000);
	nfnl_exp_set_icmp(e, t, 5, 8, 1);
	ck_assert_int_eq(nfnl_exp_test_ports(e, t), 1);
	ck_assert_int_eq(nfnl_exp_test_icmp(e, t), 1);
	ck_assert_uint_eq(nfnl_exp_get_src_port(e, t), 5);
	ck_assert_uint_eq(nfnl_exp_get_icmp_id(e, t), 5);
	nfnl_exp_set_ports(e, t, 1000, 2000);
	ck_assert_uint_eq(nfnl_exp_get_icmp_id(e, t), 1000);
	ck_assert_uint_eq(nfnl_exp_get_dst_port(e, t), 2000);
	/* the destination port's bytes, as the host stores them */
	ck_assert_uint_eq(nfnl_exp_get_icmp_type(e, t) |
			  nfnl_exp_get_icmp_code(e, t) << 8, 2000);
	nfnl_exp_put(e);
}
END_TEST

/* ------------------------------------------------------------------ */
/* bridge                                                               */

static void count_mst(uint16_t instance, uint8_t state, void *arg)
{
	(*(int *)arg)++;
}

START_TEST(test_bridge_mst_null_link)
{
	struct rtnl_link *port = rtnl_link_alloc(), *other = rtnl_link_alloc();
	int n = 0;

	ck_assert_int_eq(rtnl_link_bridge_set_mst_port_state(NULL, 1, 3),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(NULL, 1),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_del_mst_port_state(NULL, 1),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_clear_mst_port_state_info(NULL),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_foreach_mst_entry(NULL, count_mst, &n),
			 -NLE_INVAL);
	/* a link without bridge port data */
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(other, 1),
			 -NLE_OPNOTSUPP);

	rtnl_link_set_family(port, AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_bridge_set_mst_port_state(port, 1,
							      BR_STATE_FORWARDING),
			 0);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(port, 1),
			 BR_STATE_FORWARDING);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(port, 2),
			 -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_link_bridge_foreach_mst_entry(port, count_mst, &n),
			 0);
	ck_assert_int_eq(n, 1);
	rtnl_link_put(port);
	rtnl_link_put(other);
}
END_TEST

START_TEST(test_bridge_boolopt_value)
{
	struct rtnl_link *br = rtnl_link_bridge_alloc();

	ck_assert_ptr_nonnull(br);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(br, 1, 2), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(br, 1, -1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(br, 1), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(br, 1, 1), 0);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(br, 1), 1);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(br, 1, 0), 0);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(br, 1), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(br, 32, 1), -NLE_INVAL);
	rtnl_link_put(br);
}
END_TEST

static Suite *parity_e_suite(void)
{
	Suite *s = suite_create("parity-e");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_genl_resolve_failures);
	tcase_add_test(tc, test_genl_unregister_twice);
	tcase_add_test(tc, test_genl_negative_hdrlen);
	tcase_add_test(tc, test_xfrm_compare_attrs);
	tcase_add_test(tc, test_nf_log_msg_set_ct_copies);
	tcase_add_test(tc, test_nf_packet_msgs_no_compare);
	tcase_add_test(tc, test_nf_exp_tuple_out_of_range);
	tcase_add_test(tc, test_nf_exp_ports_icmp_shared);
	tcase_add_test(tc, test_bridge_mst_null_link);
	tcase_add_test(tc, test_bridge_boolopt_value);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(parity_e_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
