/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Sockets without traffic: local ports, flags, options, nl_socket_set_fd()
 * errors, callbacks, and the fork's consistent-dump settings (NLDUMP).
 */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/handlers.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

#include "nltest.h"

#define NSOCK 1024

START_TEST(test_ports_unique_and_reused)
{
	static struct nl_sock *sk[NSOCK];
	uint32_t pid = (uint32_t)getpid() & 0x3fffff, freed;
	static unsigned char used[NSOCK];
	struct nl_sock *extra;
	int i;

	for (i = 0; i < NSOCK; i++) {
		uint32_t port, idx;

		sk[i] = nl_socket_alloc();
		ck_assert_ptr_nonnull(sk[i]);
		port = nl_socket_get_local_port(sk[i]);
		ck_assert_uint_eq(port & 0x3fffff, pid);
		idx = port >> 22;
		ck_assert_int_eq(used[idx], 0);
		used[idx] = 1;
	}
	/* The pool is full: UINT32_MAX, and the kernel will choose. */
	extra = nl_socket_alloc();
	ck_assert_uint_eq(nl_socket_get_local_port(extra), UINT32_MAX);
	nl_socket_free(extra);

	/* A freed port is given to the next socket. */
	freed = nl_socket_get_local_port(sk[100]);
	nl_socket_free(sk[100]);
	sk[100] = nl_socket_alloc();
	ck_assert_uint_eq(nl_socket_get_local_port(sk[100]), freed);

	/* A port set by hand is not in the pool: setting it frees one. */
	freed = nl_socket_get_local_port(sk[7]);
	nl_socket_set_local_port(sk[7], 4242);
	ck_assert_uint_eq(nl_socket_get_local_port(sk[7]), 4242);
	extra = nl_socket_alloc();
	ck_assert_uint_eq(nl_socket_get_local_port(extra), freed);
	nl_socket_free(extra);
	/* Port 0 takes a fresh one from the pool again. */
	nl_socket_set_local_port(sk[7], 0);
	ck_assert_uint_eq(nl_socket_get_local_port(sk[7]), freed);

	for (i = 0; i < NSOCK; i++)
		nl_socket_free(sk[i]);
}
END_TEST

START_TEST(test_defaults_and_accessors)
{
	struct nl_sock *sk = nl_socket_alloc();
	unsigned int s1, s2;

	ck_assert_int_eq(nl_socket_get_fd(sk), -1);
	ck_assert_uint_eq(nl_socket_get_msg_buf_size(sk), 0);
	ck_assert_uint_eq(nl_socket_get_peer_port(sk), 0);
	ck_assert_uint_eq(nl_socket_get_peer_groups(sk), 0);
	nl_socket_set_peer_port(sk, 55);
	nl_socket_set_peer_groups(sk, 0x11);
	ck_assert_uint_eq(nl_socket_get_peer_port(sk), 55);
	ck_assert_uint_eq(nl_socket_get_peer_groups(sk), 0x11);
	ck_assert_int_eq(nl_socket_set_msg_buf_size(sk, 12345), 0);
	ck_assert_uint_eq(nl_socket_get_msg_buf_size(sk), 12345);
	s1 = nl_socket_use_seq(sk);
	s2 = nl_socket_use_seq(sk);
	ck_assert_uint_eq(s2, s1 + 1);

	/* Everything that needs a descriptor says so. */
	ck_assert_int_eq(nl_socket_set_buffer_size(sk, 0, 0), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_add_membership(sk, 1), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_drop_membership(sk, 1), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_set_passcred(sk, 1), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_recv_pktinfo(sk, 1), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_set_nonblocking(sk), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_sendto(sk, "x", 1), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_sendto(sk, NULL, 1), -NLE_INVAL);
	ck_assert_int_eq(nl_send_simple(sk, 18, 0, NULL, 0), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_recvmsgs_default(sk), -NLE_BAD_SOCK);
	nl_socket_free(sk);
	nl_socket_free(NULL);
}
END_TEST

START_TEST(test_auto_complete_flags)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_msg *msg = nlmsg_alloc_simple(18, 0);
	unsigned int next;

	next = nl_socket_use_seq(sk) + 1;
	nl_complete_msg(sk, msg);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_ACK);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_seq, next);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_pid,
			  nl_socket_get_local_port(sk));
	nlmsg_free(msg);

	nl_socket_disable_auto_ack(sk);
	msg = nlmsg_alloc_simple(18, 0);
	nl_complete_msg(sk, msg);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_seq, next + 1);
	nlmsg_free(msg);
	nl_socket_enable_auto_ack(sk);
	msg = nlmsg_alloc_simple(18, 0);
	nl_auto_complete(sk, msg);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_ACK);
	nlmsg_free(msg);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_connect_and_options)
{
	struct nl_sock *sk = nl_socket_alloc(), *dup;
	int v;
	socklen_t l = sizeof(v);
	uint32_t port = nl_socket_get_local_port(sk);

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_ge(nl_socket_get_fd(sk), 0);
	ck_assert_uint_eq(nl_socket_get_local_port(sk), port);
	ck_assert_int_eq(fcntl(nl_socket_get_fd(sk), F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(getsockopt(nl_socket_get_fd(sk), SOL_SOCKET,
				    SO_RCVBUF, &v, &l), 0);
	ck_assert_int_eq(v, 65536);	/* 32 KiB, doubled by the kernel */
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_set_buffer_size(sk, 100000, 50000), 0);
	ck_assert_int_eq(getsockopt(nl_socket_get_fd(sk), SOL_SOCKET,
				    SO_RCVBUF, &v, &l), 0);
	ck_assert_int_eq(v, 200000);
	ck_assert_int_eq(nl_socket_add_membership(sk, 0), 0);
	ck_assert_int_eq(nl_socket_add_membership(sk, -1), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_add_memberships(sk, 1, 2, 0), 0);
	ck_assert_int_eq(nl_socket_drop_memberships(sk, 1, 2, 0), 0);
	ck_assert_int_eq(nl_socket_add_membership(sk, 99999), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_passcred(sk, 1), 0);
	ck_assert_int_eq(nl_socket_recv_pktinfo(sk, 1), 0);
	ck_assert_int_eq(nl_socket_set_nonblocking(sk), 0);
	ck_assert_int_ne(fcntl(nl_socket_get_fd(sk), F_GETFL) & O_NONBLOCK, 0);
	/* Nothing queued on a non-blocking socket. */
	ck_assert_int_eq(nl_recvmsgs_default(sk), -NLE_AGAIN);

	/* The same port twice: the kernel refuses, the socket stays closed. */
	dup = nl_socket_alloc();
	nl_socket_set_local_port(dup, nl_socket_get_local_port(sk));
	ck_assert_int_eq(nl_connect(dup, NETLINK_ROUTE), -NLE_EXIST);
	ck_assert_int_eq(nl_socket_get_fd(dup), -1);
	ck_assert_int_eq(nl_connect(dup, 9999), -NLE_PROTO_MISMATCH);
	nl_socket_free(dup);

	nl_close(sk);
	ck_assert_int_eq(nl_socket_get_fd(sk), -1);
	ck_assert_uint_eq(nl_socket_get_local_port(sk), port);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_set_fd)
{
	struct nl_sock *sk = nl_socket_alloc();
	int ux = socket(AF_UNIX, SOCK_DGRAM, 0);
	int r0 = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	int r16 = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);

	ck_assert_int_eq(nl_socket_set_fd(sk, -1, -1), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_fd(sk, -1, ux), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_fd(sk, NETLINK_GENERIC, r0), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_fd(sk, -1, 999), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_socket_get_fd(sk), -1);
	ck_assert_int_eq(nl_socket_set_fd(sk, NETLINK_ROUTE, r0), 0);
	ck_assert_int_eq(nl_socket_get_fd(sk), r0);
	ck_assert_int_eq(nl_socket_set_fd(sk, -1, r16), -NLE_BAD_SOCK);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), -NLE_BAD_SOCK);
	nl_socket_free(sk);	/* closes r0 */
	ck_assert_int_eq(fcntl(r0, F_GETFD), -1);

	sk = nl_socket_alloc();
	ck_assert_int_eq(nl_socket_set_fd(sk, -1, r16), 0);
	ck_assert_int_eq(nl_socket_get_fd(sk), r16);
	nl_socket_free(sk);
	close(ux);
}
END_TEST

static int dummy_cb(struct nl_msg *msg, void *arg)
{
	return NL_OK;
}

static int dummy_err(struct sockaddr_nl *nla, struct nlmsgerr *e, void *arg)
{
	return NL_STOP;
}

START_TEST(test_callbacks)
{
	struct nl_cb *cb = nl_cb_alloc(NL_CB_DEFAULT), *c2, *got;
	struct nl_sock *sk;

	ck_assert_ptr_nonnull(cb);
	ck_assert_ptr_null(nl_cb_alloc(NL_CB_KIND_MAX + 1));
	ck_assert_int_eq(nl_cb_active_type(cb), NL_CB_TYPE_MAX + 1);
	ck_assert_int_eq(nl_cb_set(cb, NL_CB_TYPE_MAX + 1, NL_CB_CUSTOM,
				   dummy_cb, NULL), -NLE_RANGE);
	ck_assert_int_eq(nl_cb_set(cb, NL_CB_VALID, NL_CB_KIND_MAX + 1,
				   dummy_cb, NULL), -NLE_RANGE);
	ck_assert_int_eq(nl_cb_err(cb, NL_CB_KIND_MAX + 1, dummy_err, NULL),
			 -NLE_RANGE);
	ck_assert_int_eq(nl_cb_set_all(cb, NL_CB_CUSTOM, dummy_cb, NULL), 0);
	ck_assert_int_eq(nl_cb_err(cb, NL_CB_CUSTOM, dummy_err, NULL), 0);

	sk = nl_socket_alloc_cb(cb);
	ck_assert_ptr_nonnull(sk);
	ck_assert_ptr_null(nl_socket_alloc_cb(NULL));
	got = nl_socket_get_cb(sk);
	ck_assert_ptr_eq(got, cb);
	nl_cb_put(got);

	c2 = nl_cb_clone(cb);
	ck_assert_ptr_nonnull(c2);
	ck_assert_ptr_ne(c2, cb);
	nl_socket_set_cb(sk, c2);
	got = nl_socket_get_cb(sk);
	ck_assert_ptr_eq(got, c2);
	nl_cb_put(got);
	ck_assert_int_eq(nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_DEFAULT,
					     NULL, NULL), 0);
	ck_assert_int_eq(nl_socket_modify_err_cb(sk, NL_CB_DEFAULT, NULL,
						 NULL), 0);
	nl_cb_put(c2);
	nl_cb_put(cb);
	nl_socket_free(sk);	/* last references; ASan/valgrind check it */
}
END_TEST

START_TEST(test_dump_settings)
{
	struct nl_sock *sk = nl_socket_alloc();
	unsigned int a = 1, ms = 1;

	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 256);
	ck_assert_uint_eq(ms, 20000);
	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 0, 0), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 0, 500), 0);
	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 0);
	ck_assert_uint_eq(ms, 500);
	ck_assert_uint_eq(nl_socket_get_dump_flags(sk), 0);
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, 4), -NLE_INVAL);
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_BUFFERED |
						      NL_SOCK_DUMP_VERIFY), 0);
	ck_assert_uint_eq(nl_socket_get_dump_flags(sk),
			  NL_SOCK_DUMP_BUFFERED | NL_SOCK_DUMP_VERIFY);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, __NL_DUMP_CNT_MAX), 0);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_nldump_env)
{
	struct nl_sock *sk;
	unsigned int a, ms;

	setenv("NLDUMP", "attempts=7,bogus,msec=x,buffered", 1);
	sk = nl_socket_alloc();
	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 7);
	ck_assert_uint_eq(ms, 20000);
	ck_assert_uint_eq(nl_socket_get_dump_flags(sk), NL_SOCK_DUMP_BUFFERED);
	nl_socket_free(sk);

	setenv("NLDUMP", "verify,msec=250,attempts=0", 1);
	sk = nl_socket_alloc();
	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 0);
	ck_assert_uint_eq(ms, 250);
	ck_assert_uint_eq(nl_socket_get_dump_flags(sk), NL_SOCK_DUMP_VERIFY);
	nl_socket_free(sk);

	/* Both limits 0 is refused: the defaults stay. */
	setenv("NLDUMP", "attempts=0,msec=0", 1);
	sk = nl_socket_alloc();
	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 256);
	ck_assert_uint_eq(ms, 20000);
	nl_socket_free(sk);
	unsetenv("NLDUMP");
}
END_TEST

START_TEST(test_peek_switches)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_sock *peer = nl_socket_alloc();
	unsigned char big[9000], *buf = NULL;
	struct sockaddr_nl nla;
	struct nlmsghdr *nlh = (struct nlmsghdr *)big;

	/* Two sockets of one process talk through the kernel (unicast). */
	ck_assert_int_eq(nl_connect(sk, NETLINK_USERSOCK), 0);
	ck_assert_int_eq(nl_connect(peer, NETLINK_USERSOCK), 0);
	nl_socket_set_peer_port(peer, nl_socket_get_local_port(sk));
	memset(big, 0, sizeof(big));
	nlh->nlmsg_len = sizeof(big);
	nlh->nlmsg_type = 0x20;

	/* Default: peeking, the buffer grows to the datagram. */
	ck_assert_int_eq(nl_sendto(peer, big, sizeof(big)), sizeof(big));
	ck_assert_int_eq(nl_recv(sk, &nla, &buf, NULL), sizeof(big));
	ck_assert_uint_eq(((struct nlmsghdr *)buf)->nlmsg_len, sizeof(big));
	free(buf);

	/* No peeking and a small buffer: truncated. */
	nl_socket_disable_msg_peek(sk);
	ck_assert_int_eq(nl_socket_set_msg_buf_size(sk, 4096), 0);
	ck_assert_int_eq(nl_sendto(peer, big, sizeof(big)), sizeof(big));
	ck_assert_int_eq(nl_recv(sk, &nla, &buf, NULL), -NLE_MSG_TRUNC);
	ck_assert_ptr_null(buf);

	/* Peeking asked for explicitly works with a set buffer size. */
	nl_socket_enable_msg_peek(sk);
	ck_assert_int_eq(nl_sendto(peer, big, sizeof(big)), sizeof(big));
	ck_assert_int_eq(nl_recv(sk, &nla, &buf, NULL), sizeof(big));
	free(buf);
	nl_socket_free(peer);
	nl_socket_free(sk);
}
END_TEST

static Suite *socket_suite(void)
{
	Suite *s = suite_create("socket");
	TCase *tc = tcase_create("socket");

	tcase_add_test(tc, test_ports_unique_and_reused);
	tcase_add_test(tc, test_defaults_and_accessors);
	tcase_add_test(tc, test_auto_complete_flags);
	tcase_add_test(tc, test_connect_and_options);
	tcase_add_test(tc, test_set_fd);
	tcase_add_test(tc, test_callbacks);
	tcase_add_test(tc, test_dump_settings);
	tcase_add_test(tc, test_nldump_env);
	tcase_add_test(tc, test_peek_switches);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(socket_suite)
