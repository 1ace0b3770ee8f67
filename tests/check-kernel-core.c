/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The core against the real kernel, in a private network namespace:
 * connecting, dumps, acknowledgements, kernel errors, multicast events,
 * nl_socket_set_fd().
 */

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>

#include "nltest.h"

struct links {
	int n;
	int lo_seen;
	int named_seen;
	const char *name;
	int finish;
};

static int count_link(struct nl_msg *msg, void *arg)
{
	struct links *l = arg;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *tb[IFLA_MAX + 1];

	if (nlh->nlmsg_type != RTM_NEWLINK)
		return NL_OK;
	if (nlmsg_parse(nlh, sizeof(struct ifinfomsg), tb, IFLA_MAX, NULL) < 0)
		return NL_SKIP;
	l->n++;
	if (tb[IFLA_IFNAME] && !strcmp(nla_get_string(tb[IFLA_IFNAME]), "lo"))
		l->lo_seen++;
	if (l->name && tb[IFLA_IFNAME] &&
	    !strcmp(nla_get_string(tb[IFLA_IFNAME]), l->name))
		l->named_seen++;
	return NL_OK;
}

static int count_finish(struct nl_msg *msg, void *arg)
{
	((struct links *)arg)->finish++;
	return NL_STOP;
}

static void dump_links(struct nl_sock *sk, struct links *l)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };

	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, count_link, l);
	nl_socket_modify_cb(sk, NL_CB_FINISH, NL_CB_CUSTOM, count_finish, l);
	ck_assert_int_gt(nl_send_simple(sk, RTM_GETLINK, NLM_F_DUMP, &ifi,
					sizeof(ifi)), 0);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
}

/* RTM_NEWLINK for a bridge called @name. */
static struct nl_msg *newlink_msg(const char *name, int flags)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, flags);
	struct nlattr *info;

	ck_assert_ptr_nonnull(msg);
	ck_assert_int_eq(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_string(msg, IFLA_IFNAME, name), 0);
	info = nla_nest_start(msg, IFLA_LINKINFO);
	ck_assert_ptr_nonnull(info);
	ck_assert_int_eq(nla_put_string(msg, IFLA_INFO_KIND, "bridge"), 0);
	nla_nest_end(msg, info);
	return msg;
}

START_TEST(test_dump_links)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct links l = { 0 };

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	dump_links(sk, &l);
	ck_assert_int_ge(l.n, 1);
	ck_assert_int_eq(l.lo_seen, 1);
	ck_assert_int_eq(l.finish, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 0);
	/* Again on the same socket: sequence numbers stay in step. */
	memset(&l, 0, sizeof(l));
	dump_links(sk, &l);
	ck_assert_int_eq(l.lo_seen, 1);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_sync_ack_and_errors)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct links l = { .name = "kcore0" };
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 999999 };
	struct nl_msg *msg;

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_send_sync(sk, newlink_msg("kcore0",
				      NLM_F_CREATE | NLM_F_EXCL)), 0);
	dump_links(sk, &l);
	ck_assert_int_eq(l.named_seen, 1);

	/* Creating it again: EEXIST. */
	ck_assert_int_eq(nl_send_sync(sk, newlink_msg("kcore0",
				      NLM_F_CREATE | NLM_F_EXCL)), -NLE_EXIST);
	/* Deleting an index that does not exist: ENODEV. */
	msg = nlmsg_alloc_simple(RTM_DELLINK, 0);
	ck_assert_int_eq(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nl_send_sync(sk, msg), -NLE_NODEV);

	/* The socket still works after errors. */
	ifi.ifi_index = (int)if_nametoindex("kcore0");
	ck_assert_int_gt(ifi.ifi_index, 0);
	msg = nlmsg_alloc_simple(RTM_DELLINK, 0);
	ck_assert_int_eq(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nl_send_sync(sk, msg), 0);
	ck_assert_int_eq(if_nametoindex("kcore0"), 0);
	nl_socket_free(sk);
}
END_TEST

static int event_cb(struct nl_msg *msg, void *arg)
{
	return count_link(msg, arg);
}

START_TEST(test_multicast_event)
{
	struct nl_sock *ev = nl_socket_alloc();
	struct nl_sock *sk = nl_socket_alloc();
	struct links l = { .name = "kcore1" };
	int tries;

	ck_assert_int_eq(nl_connect(ev, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	nl_socket_disable_seq_check(ev);
	ck_assert_int_eq(nl_socket_add_membership(ev, RTNLGRP_LINK), 0);
	nl_socket_modify_cb(ev, NL_CB_VALID, NL_CB_CUSTOM, event_cb, &l);

	ck_assert_int_eq(nl_send_sync(sk, newlink_msg("kcore1",
				      NLM_F_CREATE | NLM_F_EXCL)), 0);
	for (tries = 0; tries < 10 && !l.named_seen; tries++)
		ck_assert_int_eq(nl_recvmsgs_default(ev), 0);
	ck_assert_int_ge(l.named_seen, 1);

	/* After leaving the group no event arrives. */
	ck_assert_int_eq(nl_socket_drop_membership(ev, RTNLGRP_LINK), 0);
	ck_assert_int_eq(nl_socket_set_nonblocking(ev), 0);
	while (nl_recvmsgs_default(ev) == 0)
		;
	nltest_sh_ok("ip link del kcore1");
	ck_assert_int_eq(nl_recvmsgs_default(ev), -NLE_AGAIN);
	nl_socket_free(sk);
	nl_socket_free(ev);
}
END_TEST

START_TEST(test_set_fd_real)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct links l = { 0 };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(nl_socket_set_fd(sk, NETLINK_ROUTE, fd), 0);
	/* Unbound: the kernel binds it on the first send. */
	nl_socket_disable_seq_check(sk);
	dump_links(sk, &l);
	ck_assert_int_eq(l.lo_seen, 1);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_buffered_real_dump)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct links l = { 0 };

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_BUFFERED), 0);
	dump_links(sk, &l);
	ck_assert_int_eq(l.lo_seen, 1);
	ck_assert_int_eq(l.finish, 1);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS), 1);
	/* A request that is not a dump is handled as usual. */
	ck_assert_int_eq(nl_send_sync(sk, newlink_msg("kcore2",
				      NLM_F_CREATE | NLM_F_EXCL)), 0);
	memset(&l, 0, sizeof(l));
	l.name = "kcore2";
	dump_links(sk, &l);
	ck_assert_int_eq(l.named_seen, 1);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS), 2);
	nltest_sh_ok("ip link del kcore2");
	nl_socket_free(sk);
}
END_TEST

static Suite *kernel_core_suite(void)
{
	Suite *s = suite_create("kernel-core");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_dump_links);
	tcase_add_test(tc, test_sync_ack_and_errors);
	tcase_add_test(tc, test_multicast_event);
	tcase_add_test(tc, test_set_fd_real);
	tcase_add_test(tc, test_buffered_real_dump);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kernel_core_suite)
