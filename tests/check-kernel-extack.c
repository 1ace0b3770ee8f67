/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kernel error messages from the running kernel, in a private network
 * namespace: an unknown link kind, an invalid route, a success after a
 * failure; strict checking of dump requests.
 */

#include <string.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/errno.h>
#include "nltest.h"

static struct nl_sock *sk;

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
}

static void teardown(void)
{
	nl_socket_free(sk);
}

/* RTM_NEWLINK for a link of kind @kind named @name. */
static int add_link(const char *name, const char *kind)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK,
						NLM_F_CREATE | NLM_F_EXCL);
	struct nlattr *info;
	int err;

	ck_assert_ptr_nonnull(msg);
	ck_assert_int_eq(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	NLA_PUT_STRING(msg, IFLA_IFNAME, name);
	info = nla_nest_start(msg, IFLA_LINKINFO);
	NLA_PUT_STRING(msg, IFLA_INFO_KIND, kind);
	nla_nest_end(msg, info);
	err = nl_send_sync(sk, msg);
	return err;
nla_put_failure:
	nlmsg_free(msg);
	return -NLE_NOMEM;
}

/* A link kind this kernel lacks: the usual error code, and the kernel's
 * words for it. */
START_TEST(test_unknown_kind)
{
	ck_assert_int_eq(add_link("xdummy0", "dummy"), -NLE_OPNOTSUPP);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk), "Unknown device type");

	/* the same error code with the messages turned off */
	ck_assert_int_eq(nl_socket_set_ext_ack(sk, 0), 0);
	ck_assert_int_eq(add_link("xdummy0", "dummy"), -NLE_OPNOTSUPP);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
}
END_TEST

/* A success after a failure leaves no stale message. */
START_TEST(test_success_clears)
{
	ck_assert_int_eq(add_link("xdummy0", "dummy"), -NLE_OPNOTSUPP);
	ck_assert_ptr_nonnull(nl_socket_get_ext_ack_msg(sk));
	ck_assert_int_eq(add_link("ifbx0", "ifb"), 0);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(sk));
	nltest_sh_ok("ip link del ifbx0");
}
END_TEST

/* An attribute of the wrong size: the kernel names it by offset. */
START_TEST(test_invalid_route_attribute)
{
	struct rtmsg rtm = {
		.rtm_family = AF_INET, .rtm_dst_len = 24,
		.rtm_table = RT_TABLE_MAIN, .rtm_protocol = RTPROT_STATIC,
		.rtm_scope = RT_SCOPE_UNIVERSE, .rtm_type = RTN_UNICAST,
	};
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWROUTE,
						NLM_F_CREATE | NLM_F_EXCL);
	uint32_t dst = htonl(0x0a090000), off = 0, expect;
	uint16_t bad = 1;
	int err;

	ck_assert_int_eq(nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_u32(msg, RTA_DST, dst), 0);
	/* RTA_OIF must be 4 bytes: this one has 2 */
	expect = nlmsg_hdr(msg)->nlmsg_len;
	ck_assert_int_eq(nla_put(msg, RTA_OIF, sizeof(bad), &bad), 0);
	err = nl_send_sync(sk, msg);
	/* the policy check's ERANGE, as without the messages */
	ck_assert_int_eq(err, -NLE_RANGE);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk),
			 "Attribute failed policy validation");
	ck_assert_int_eq(nl_socket_get_ext_ack_offset(sk, &off), 0);
	ck_assert_uint_eq(off, expect);
}
END_TEST

/* Host bits set under the prefix: the kernel explains in words. */
START_TEST(test_invalid_prefix)
{
	struct rtmsg rtm = {
		.rtm_family = AF_INET, .rtm_dst_len = 24,
		.rtm_table = RT_TABLE_MAIN, .rtm_protocol = RTPROT_STATIC,
		.rtm_scope = RT_SCOPE_LINK, .rtm_type = RTN_UNICAST,
	};
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWROUTE,
						NLM_F_CREATE | NLM_F_EXCL);

	nltest_sh_ok("ip link add exv0 type veth peer name exv1 && ip link set exv0 up");
	ck_assert_int_eq(nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_u32(msg, RTA_DST, htonl(0x0a090001)), 0);
	ck_assert_int_eq(nla_put_u32(msg, RTA_OIF,
				     (uint32_t)nltest_sh("exit $(ip -o link show exv0 | cut -d: -f1)")), 0);
	ck_assert_int_eq(nl_send_sync(sk, msg), -NLE_INVAL);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(sk),
			 "Invalid prefix for given prefix length");
	nltest_sh_ok("ip link del exv0");
}
END_TEST

/* With strict checking a dump request with values the kernel cannot
 * filter by is refused, and explained; without, it is accepted.  The
 * kernel reports a refused dump in its NLMSG_DONE, which ends the dump
 * as it always did (return codes do not change): the message tells. */
START_TEST(test_strict_check)
{
	struct {
		struct ifaddrmsg ifa;
		uint32_t junk;
	} req = { .ifa = { .ifa_family = AF_INET, .ifa_index = 1 } };
	struct nl_sock *s2 = nl_socket_alloc();

	ck_assert_int_eq(nl_socket_set_strict_check(s2, 1), 0);
	ck_assert_int_eq(nl_connect(s2, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_socket_get_strict_check(s2), 1);
	/* ifa_prefixlen must be 0 in a strict dump request */
	req.ifa.ifa_prefixlen = 8;
	ck_assert_int_ge(nl_send_simple(s2, RTM_GETADDR, NLM_F_DUMP, &req.ifa,
					sizeof(req.ifa)), 0);
	ck_assert_int_eq(nl_recvmsgs_default(s2), 0);
	ck_assert_str_eq(nl_socket_get_ext_ack_msg(s2),
			 "ipv4: Invalid values in header for address dump request");

	ck_assert_int_eq(nl_socket_set_strict_check(s2, 0), 0);
	ck_assert_int_eq(nl_socket_get_strict_check(s2), 0);
	ck_assert_int_ge(nl_send_simple(s2, RTM_GETADDR, NLM_F_DUMP, &req.ifa,
					sizeof(req.ifa)), 0);
	ck_assert_int_eq(nl_recvmsgs_default(s2), 0);
	ck_assert_ptr_null(nl_socket_get_ext_ack_msg(s2));
	nl_socket_free(s2);
}
END_TEST

static Suite *kernel_extack_suite(void)
{
	Suite *s = suite_create("kernel-extack");
	TCase *tc = tcase_create("kernel");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_unknown_kind);
	tcase_add_test(tc, test_success_clears);
	tcase_add_test(tc, test_invalid_route_attribute);
	tcase_add_test(tc, test_invalid_prefix);
	tcase_add_test(tc, test_strict_check);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kernel_extack_suite)
