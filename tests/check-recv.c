/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The receive path without a kernel: replies injected through
 * nl_cb_overwrite_recv() (tests/nltest.c).  Covers upstream's callback
 * order and return codes, and the receive side of consistent dumps
 * (doc/dump-consistency.md R1-R5).
 */

#include <errno.h>
#include <string.h>
#include <linux/rtnetlink.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>

#include "nltest.h"

#define SEQ NLTEST_SEQ_REQ
#define M NLM_F_MULTI
#define I NLM_F_DUMP_INTR

/* What the callbacks saw. */
struct seen {
	int ids[64];
	int nvalid;
	int finish, ack, dump_intr, msg_in, seq_check, err;
	int stop_at;		/* VALID returns NL_STOP at this id */
	int fail_at;		/* VALID returns fail_with at this id */
	int fail_with;
	char log[256];
};

static struct seen seen;

static void logc(char c)
{
	size_t n = strlen(seen.log);

	if (n + 1 < sizeof(seen.log))
		seen.log[n] = c;
}

static int on_valid(struct nl_msg *msg, void *arg)
{
	int id = *(int *)nlmsg_data(nlmsg_hdr(msg));

	logc('V');
	if (seen.nvalid < 64)
		seen.ids[seen.nvalid] = id;
	seen.nvalid++;
	if (id == seen.stop_at)
		return NL_STOP;
	if (id == seen.fail_at)
		return seen.fail_with;
	return NL_OK;
}

static int on_finish(struct nl_msg *msg, void *arg)
{
	logc('F');
	seen.finish++;
	return NL_STOP;
}

static int on_ack(struct nl_msg *msg, void *arg)
{
	logc('A');
	seen.ack++;
	return NL_STOP;
}

static int on_dump_intr(struct nl_msg *msg, void *arg)
{
	logc('D');
	seen.dump_intr++;
	return NL_OK;
}

static int on_msg_in(struct nl_msg *msg, void *arg)
{
	logc('I');
	seen.msg_in++;
	return NL_OK;
}

static int on_send_ack(struct nl_msg *msg, void *arg)
{
	logc('S');
	return NL_OK;
}

/* A socket with injected replies, VALID and FINISH recorded; one dump
 * request already sent so that NLTEST_SEQ_REQ is its sequence number. */
static struct nl_sock *setup(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	memset(&seen, 0, sizeof(seen));
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	ck_assert_int_eq(nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM,
					     on_valid, NULL), 0);
	ck_assert_int_eq(nl_socket_modify_cb(sk, NL_CB_FINISH, NL_CB_CUSTOM,
					     on_finish, NULL), 0);
	return sk;
}

static void send_dump(struct nl_sock *sk)
{
	struct rtgenmsg g = { .rtgen_family = AF_UNSPEC };

	ck_assert_int_gt(nl_send_simple(sk, RTM_GETLINK, NLM_F_DUMP, &g,
					sizeof(g)), 0);
}

static void teardown(struct nl_sock *sk)
{
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}

static void add_data(struct nltest_batch *b, int id, uint16_t flags)
{
	nltest_batch_data(b, RTM_NEWLINK, flags, SEQ, &id, sizeof(id));
}

/* Queue a dump of ids first..first+n-1 in reads of @per messages (plus
 * DONE in the last read); @intr_at: index of the flagged data message,
 * n for the DONE, -1 for none. */
static void queue_dump(struct nl_sock *sk, int first, int n, int per,
		       int intr_at)
{
	struct nltest_batch b;
	int i;

	nltest_batch_init(&b);
	for (i = 0; i < n; i++) {
		add_data(&b, first + i, M | (i == intr_at ? I : 0));
		if ((i + 1) % per == 0 && i + 1 < n)
			nltest_inj_push(sk, &b);
	}
	nltest_batch_done(&b, M | (intr_at == n ? I : 0), SEQ);
	nltest_inj_push(sk, &b);
}

static void assert_ids(int first, int n)
{
	int i;

	ck_assert_int_eq(seen.nvalid, n);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(seen.ids[i], first + i);
}

/* nl_recvmsgs_report() with the socket's own callbacks. */
static int report(struct nl_sock *sk)
{
	struct nl_cb *cb = nl_socket_get_cb(sk);
	int ret = nl_recvmsgs_report(sk, cb);

	nl_cb_put(cb);
	return ret;
}

/* The next request on the socket must work: nothing left over and the
 * default sequence check in step. */
static void assert_next_clean(struct nl_sock *sk)
{
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	ck_assert_uint_eq(nltest_inj_underruns(sk), 0);
	memset(&seen, 0, sizeof(seen));
	send_dump(sk);
	queue_dump(sk, 100, 2, 2, -1);
	ck_assert_int_eq(report(sk), 3);
	assert_ids(100, 2);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 0);
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	ck_assert_uint_eq(nltest_inj_underruns(sk), 0);
}

/* ------------------------------------------------------------------ */
/* Plain replies, upstream behaviour                                    */

START_TEST(test_clean_dump)
{
	struct nl_sock *sk = setup();

	send_dump(sk);
	queue_dump(sk, 1, 5, 2, -1);
	ck_assert_int_eq(report(sk), 6);
	assert_ids(1, 5);
	ck_assert_int_eq(seen.finish, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 0);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_recvmsgs_returns_zero)
{
	struct nl_sock *sk = setup();

	send_dump(sk);
	queue_dump(sk, 1, 3, 3, -1);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
	assert_ids(1, 3);
	teardown(sk);
}
END_TEST

START_TEST(test_callback_order)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	nl_socket_modify_cb(sk, NL_CB_MSG_IN, NL_CB_CUSTOM, on_msg_in, NULL);
	nl_socket_modify_cb(sk, NL_CB_DUMP_INTR, NL_CB_CUSTOM, on_dump_intr,
			    NULL);
	nl_socket_modify_cb(sk, NL_CB_SEND_ACK, NL_CB_CUSTOM, on_send_ack,
			    NULL);
	send_dump(sk);
	nltest_batch_init(&b);
	add_data(&b, 1, M | I | NLM_F_ACK);
	add_data(&b, 2, M);
	nltest_batch_done(&b, M, SEQ);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), 3);
	ck_assert_str_eq(seen.log, "IDSVIVIF");
	/* A DUMP_INTR handler keeps upstream's meaning: no error (R4). */
	ck_assert_int_eq(seen.dump_intr, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

/* Messages are handed to callbacks where they lie in the receive buffer;
 * one a callback keeps must still hold its bytes after the read. */
static struct nl_msg *kept[8];
static int nkept;

static int on_valid_keep(struct nl_msg *msg, void *arg)
{
	on_valid(msg, arg);
	if (nkept < 8) {
		nlmsg_get(msg);
		kept[nkept++] = msg;
	}
	return NL_OK;
}

START_TEST(test_kept_messages)
{
	struct nl_sock *sk = setup();
	int i;

	nkept = 0;
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_valid_keep, NULL);
	send_dump(sk);
	queue_dump(sk, 1, 5, 2, -1);
	ck_assert_int_eq(report(sk), 6);
	assert_ids(1, 5);
	ck_assert_int_eq(nkept, 5);
	/* the next read reuses nothing of theirs */
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_valid, NULL);
	assert_next_clean(sk);
	for (i = 0; i < nkept; i++) {
		struct nlmsghdr *h = nlmsg_hdr(kept[i]);

		ck_assert_int_eq(*(int *)nlmsg_data(h), 1 + i);
		ck_assert_int_eq(h->nlmsg_type, RTM_NEWLINK);
		ck_assert_uint_eq(h->nlmsg_len, NLMSG_LENGTH(sizeof(int)));
		ck_assert_int_eq(nlmsg_get_src(kept[i])->nl_family, AF_NETLINK);
		nlmsg_free(kept[i]);
	}
	teardown(sk);
}
END_TEST

/* A callback that grows the message it was given works on its own copy:
 * the messages after it in the same read are untouched. */
static int on_valid_grow(struct nl_msg *msg, void *arg)
{
	int id = *(int *)nlmsg_data(nlmsg_hdr(msg));
	struct nlattr *a;

	on_valid(msg, arg);
	if (id == 2) {
		ck_assert_int_eq(nlmsg_expand(msg, nlmsg_get_max_size(msg) + 64),
				 0);
		ck_assert_int_eq(nla_put_u32(msg, 9, 0xdeadbeef), 0);
		a = nlmsg_find_attr(nlmsg_hdr(msg), sizeof(int), 9);
		ck_assert_ptr_nonnull(a);
		ck_assert_uint_eq(nla_get_u32(a), 0xdeadbeef);
	}
	return NL_OK;
}

START_TEST(test_grown_message)
{
	struct nl_sock *sk = setup();

	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_valid_grow, NULL);
	send_dump(sk);
	queue_dump(sk, 1, 4, 4, -1);
	ck_assert_int_eq(report(sk), 5);
	assert_ids(1, 4);
	ck_assert_int_eq(seen.finish, 1);
	teardown(sk);
}
END_TEST

START_TEST(test_seq_mismatch)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;
	const struct nlmsghdr *req;

	send_dump(sk);
	req = nltest_inj_last_request(sk);
	nltest_batch_init(&b);
	nltest_batch_data(&b, RTM_NEWLINK, 0, req->nlmsg_seq + 7, NULL, 4);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), -NLE_SEQ_MISMATCH);
	ck_assert_int_eq(seen.nvalid, 0);
	teardown(sk);
}
END_TEST

/* A data message with the wrong sequence number in the middle of a read
 * ends it there; with the check off, every message is handed on. */
START_TEST(test_seq_mismatch_mid_read)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;
	int off;

	for (off = 0; off < 2; off++) {
		memset(&seen, 0, sizeof(seen));
		if (off)
			nl_socket_disable_seq_check(sk);
		send_dump(sk);
		nltest_batch_init(&b);
		add_data(&b, 1, M);
		add_data(&b, 2, M);
		nltest_batch_data(&b, RTM_NEWLINK, M, SEQ + 9, &(int){ 3 },
				  sizeof(int));
		add_data(&b, 4, M);
		nltest_batch_done(&b, M, SEQ);
		nltest_inj_push(sk, &b);
		if (!off) {
			ck_assert_int_eq(report(sk), -NLE_SEQ_MISMATCH);
			assert_ids(1, 2);
			ck_assert_int_eq(seen.finish, 0);
			nltest_inj_detach(sk);
			ck_assert_int_eq(nltest_inj_attach(sk), 0);
		} else {
			ck_assert_int_eq(report(sk), 5);
			ck_assert_int_eq(seen.nvalid, 4);
			ck_assert_int_eq(seen.ids[2], 3);
			ck_assert_int_eq(seen.finish, 1);
		}
	}
	teardown(sk);
}
END_TEST

/*
 * Callbacks set by a callback apply from the next message of the same
 * read on; a data message asking for an ACK meets NL_CB_SEND_ACK; a
 * callback's changes to the message it was given do not reach the next
 * one; the active type is NL_CB_VALID during the call only.
 */
static struct nl_sock *mid_sk;
static int mid_proto[8], mid_dst_family[8], mid_active[8];

static int on_valid_mid(struct nl_msg *msg, void *arg)
{
	int id = *(int *)nlmsg_data(nlmsg_hdr(msg));
	struct nl_cb *cb = nl_socket_get_cb(mid_sk);
	struct sockaddr_nl dst = { .nl_family = AF_NETLINK, .nl_pid = 77 };

	on_valid(msg, arg);
	mid_proto[id] = nlmsg_get_proto(msg);
	mid_dst_family[id] = nlmsg_get_dst(msg)->nl_family;
	mid_active[id] = nl_cb_active_type(cb);
	nl_cb_put(cb);
	nlmsg_set_proto(msg, 99);
	nlmsg_set_dst(msg, &dst);
	if (id == 3)
		nl_socket_modify_cb(mid_sk, NL_CB_MSG_IN, NL_CB_CUSTOM,
				    on_msg_in, NULL);
	return NL_OK;
}

START_TEST(test_callbacks_mid_read)
{
	struct nl_sock *sk = setup();
	struct nl_cb *cb;
	struct nltest_batch b;
	int id;

	mid_sk = sk;
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_valid_mid, NULL);
	nl_socket_modify_cb(sk, NL_CB_SEND_ACK, NL_CB_CUSTOM, on_send_ack,
			    NULL);
	send_dump(sk);
	nltest_batch_init(&b);
	add_data(&b, 1, M);
	add_data(&b, 2, M | NLM_F_ACK);
	add_data(&b, 3, M);
	add_data(&b, 4, M);
	add_data(&b, 5, M);
	nltest_batch_done(&b, M, SEQ);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), 6);
	ck_assert_str_eq(seen.log, "VSVVIVIVIF");
	assert_ids(1, 5);
	for (id = 1; id <= 5; id++) {
		ck_assert_int_eq(mid_proto[id], mid_proto[1]);
		ck_assert_int_ne(mid_proto[id], 99);
		ck_assert_int_eq(mid_dst_family[id], 0);
		ck_assert_int_eq(mid_active[id], NL_CB_VALID);
	}
	cb = nl_socket_get_cb(sk);
	ck_assert_int_eq(nl_cb_active_type(cb), NL_CB_TYPE_MAX + 1);
	nl_cb_put(cb);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_valid, NULL);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_kernel_error)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, SEQ, -ENODEV, RTM_GETLINK);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), -NLE_NODEV);
	teardown(sk);
}
END_TEST

START_TEST(test_short_error)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;
	int e = -ENODEV;

	send_dump(sk);
	nltest_batch_init(&b);
	nltest_batch_data(&b, NLMSG_ERROR, 0, SEQ, &e, sizeof(e));
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), -NLE_MSG_TRUNC);
	teardown(sk);
}
END_TEST

START_TEST(test_overrun)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	nltest_batch_data(&b, NLMSG_OVERRUN, 0, SEQ, NULL, 0);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), -NLE_MSG_OVERFLOW);
	teardown(sk);
}
END_TEST

START_TEST(test_wait_for_ack)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	nl_socket_modify_cb(sk, NL_CB_ACK, NL_CB_CUSTOM, on_ack, NULL);
	send_dump(sk);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, SEQ, 0, RTM_GETLINK);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(nl_wait_for_ack(sk), 0);
	/* nl_wait_for_ack() uses its own ACK handler on a copy. */
	ck_assert_int_eq(seen.ack, 0);
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	teardown(sk);
}
END_TEST

START_TEST(test_stop_without_flag_leaves_rest)
{
	struct nl_sock *sk = setup();

	seen.stop_at = 1;
	send_dump(sk);
	queue_dump(sk, 1, 4, 2, -1);
	ck_assert_int_eq(report(sk), 1);
	assert_ids(1, 1);
	/* As upstream: the caller may read on. */
	ck_assert_uint_eq(nltest_inj_pending(sk), 1);
	/* The rest of the stopped datagram (id 2) is gone, as upstream. */
	ck_assert_int_eq(report(sk), 3);
	ck_assert_int_eq(seen.nvalid, 3);
	ck_assert_int_eq(seen.ids[1], 3);
	teardown(sk);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Interrupted dumps (R1-R3)                                            */

/* Flag on data message @at (or the DONE when at == n), replies of 7
 * messages in reads of 3. */
static void run_flag_at(int at)
{
	struct nl_sock *sk = setup();

	send_dump(sk);
	queue_dump(sk, 1, 7, 3, at);
	ck_assert_int_eq(report(sk), -NLE_DUMP_INTR);
	assert_ids(1, 7);
	ck_assert_int_eq(seen.finish, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}

START_TEST(test_flag_first) { run_flag_at(0); }
END_TEST
START_TEST(test_flag_middle) { run_flag_at(4); }
END_TEST
START_TEST(test_flag_last) { run_flag_at(6); }
END_TEST
START_TEST(test_flag_done) { run_flag_at(7); }
END_TEST

START_TEST(test_flag_on_error)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	add_data(&b, 1, M);
	nltest_inj_push(sk, &b);
	nltest_batch_error(&b, M | I, SEQ, -EBUSY, RTM_GETLINK);
	nltest_inj_push(sk, &b);
	/* The kernel's error is not hidden behind -NLE_DUMP_INTR (R3). */
	ck_assert_int_eq(report(sk), -NLE_BUSY);
	assert_ids(1, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_read_error_after_flag)
{
	struct nl_sock *sk = setup();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	add_data(&b, 1, M | I);
	nltest_inj_push(sk, &b);
	nltest_inj_push_error(sk, -NLE_NOMEM);
	ck_assert_int_eq(report(sk), -NLE_NOMEM);
	assert_ids(1, 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	teardown(sk);
}
END_TEST

START_TEST(test_stop_after_flag_drains)
{
	struct nl_sock *sk = setup();

	seen.stop_at = 2;
	send_dump(sk);
	queue_dump(sk, 1, 8, 2, 0);
	/* NL_STOP ends the callbacks, the dump is drained (R2), and the
	 * interruption is still reported (nothing worse happened). */
	ck_assert_int_eq(report(sk), -NLE_DUMP_INTR);
	assert_ids(1, 2);
	ck_assert_int_eq(seen.finish, 0);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_error_after_flag_drains)
{
	struct nl_sock *sk = setup();

	seen.fail_at = 3;
	seen.fail_with = -NLE_RANGE;
	send_dump(sk);
	queue_dump(sk, 1, 6, 2, 1);
	ck_assert_int_eq(report(sk), -NLE_RANGE);
	assert_ids(1, 3);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_interrupted_then_clean_resets)
{
	struct nl_sock *sk = setup();

	send_dump(sk);
	queue_dump(sk, 1, 3, 1, 1);
	ck_assert_int_eq(report(sk), -NLE_DUMP_INTR);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	/* assert_next_clean checks the flag went back to 0. */
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Buffered mode (R5)                                                   */

struct retry_log {
	int actions[8];
	unsigned int attempts[8];
	int errs[8];
	int n;
};

static struct retry_log rlog;

static int retry_cb(struct nl_sock *sk, unsigned int attempt, int err,
		    void *arg)
{
	struct retry_log *l = arg;
	int a = l->actions[l->n];

	l->attempts[l->n] = attempt;
	l->errs[l->n] = err;
	l->n++;
	return a;
}

static struct nl_sock *setup_buffered(void)
{
	struct nl_sock *sk = setup();

	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_BUFFERED),
			 0);
	memset(&rlog, 0, sizeof(rlog));
	return sk;
}

static uint64_t cnt(struct nl_sock *sk, enum nl_dump_counter c)
{
	return nl_socket_get_dump_counter(sk, c);
}

START_TEST(test_buffered_retry_ok)
{
	struct nl_sock *sk = setup_buffered();
	uint32_t seq1;

	rlog.actions[0] = NL_OK;
	nl_socket_set_dump_retry(sk, retry_cb, &rlog);
	send_dump(sk);
	seq1 = nltest_inj_last_request(sk)->nlmsg_seq;
	queue_dump(sk, 1, 4, 2, 2);	/* interrupted */
	queue_dump(sk, 11, 3, 2, -1);	/* clean, answers the re-send */
	ck_assert_int_eq(report(sk), 4);
	/* The callbacks saw only the complete, clean reply. */
	assert_ids(11, 3);
	ck_assert_int_eq(seen.finish, 1);
	ck_assert_uint_eq(nltest_inj_sent(sk), 2);
	ck_assert_uint_eq(nltest_inj_last_request(sk)->nlmsg_seq, seq1 + 1);
	ck_assert_int_eq(rlog.n, 1);
	ck_assert_uint_eq(rlog.attempts[0], 1);
	ck_assert_int_eq(rlog.errs[0], -NLE_DUMP_INTR);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_INTERRUPTED), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_RETRIES), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 0);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_INCONSISTENT), 0);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 0);
	assert_next_clean(sk);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_DUMPS), 2);
	nl_socket_reset_dump_counters(sk);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_DUMPS), 0);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_retry_skip)
{
	struct nl_sock *sk = setup_buffered();

	rlog.actions[0] = NL_OK;
	rlog.actions[1] = NL_SKIP;
	nl_socket_set_dump_retry(sk, retry_cb, &rlog);
	send_dump(sk);
	queue_dump(sk, 1, 4, 2, 0);
	queue_dump(sk, 21, 2, 2, 2);
	/* Accepted: the last attempt is delivered, the call succeeds. */
	ck_assert_int_eq(report(sk), 3);
	assert_ids(21, 2);
	ck_assert_int_eq(rlog.n, 2);
	ck_assert_uint_eq(rlog.attempts[1], 2);
	ck_assert_uint_eq(nltest_inj_sent(sk), 2);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_INTERRUPTED), 2);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_RETRIES), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_INCONSISTENT), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 0);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_retry_stop)
{
	struct nl_sock *sk = setup_buffered();

	rlog.actions[0] = NL_STOP;
	nl_socket_set_dump_retry(sk, retry_cb, &rlog);
	send_dump(sk);
	queue_dump(sk, 1, 4, 2, 3);
	ck_assert_int_eq(report(sk), -NLE_DUMP_ABORTED);
	ck_assert_int_eq(seen.nvalid, 0);
	ck_assert_int_eq(seen.finish, 0);
	ck_assert_uint_eq(nltest_inj_sent(sk), 1);
	ck_assert_int_eq(nl_socket_dump_interrupted(sk), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_limit_reached)
{
	struct nl_sock *sk = setup_buffered();
	unsigned int a, ms;

	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 3, 0), 0);
	nl_socket_get_dump_retry_limit(sk, &a, &ms);
	ck_assert_uint_eq(a, 3);
	ck_assert_uint_eq(ms, 0);
	send_dump(sk);
	queue_dump(sk, 1, 2, 2, 0);
	queue_dump(sk, 1, 2, 2, 1);
	queue_dump(sk, 1, 2, 2, 2);
	ck_assert_int_eq(report(sk), -NLE_DUMP_INCONSISTENT);
	ck_assert_int_eq(seen.nvalid, 0);
	ck_assert_uint_eq(nltest_inj_sent(sk), 3);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_INTERRUPTED), 3);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_RETRIES), 2);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_default_policy_converges)
{
	struct nl_sock *sk = setup_buffered();
	int i;

	send_dump(sk);
	for (i = 0; i < 5; i++)
		queue_dump(sk, 1, 3, 1, i % 4);
	queue_dump(sk, 50, 3, 1, -1);
	ck_assert_int_eq(report(sk), 4);
	assert_ids(50, 3);
	ck_assert_uint_eq(nltest_inj_sent(sk), 6);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_RETRIES), 5);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_time_limit)
{
	struct nl_sock *sk = setup_buffered();
	int i;

	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 0, 20), 0);
	send_dump(sk);
	for (i = 0; i < 64; i++)
		queue_dump(sk, 1, 1, 1, 0);
	ck_assert_int_eq(report(sk), -NLE_DUMP_INCONSISTENT);
	ck_assert_int_eq(seen.nvalid, 0);
	/* 20 ms are used up after a handful of growing back-offs. */
	ck_assert_uint_lt(nltest_inj_sent(sk), 64);
	ck_assert_uint_gt(nltest_inj_sent(sk), 2);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 1);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_read_error)
{
	struct nl_sock *sk = setup_buffered();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	add_data(&b, 1, M);
	nltest_inj_push(sk, &b);
	nltest_inj_push_error(sk, -NLE_NOMEM);
	ck_assert_int_eq(report(sk), -NLE_NOMEM);
	ck_assert_int_eq(seen.nvalid, 0);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_FAILED), 0);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_kernel_error)
{
	struct nl_sock *sk = setup_buffered();
	struct nltest_batch b;

	send_dump(sk);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, SEQ, -EOPNOTSUPP, RTM_GETLINK);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), -NLE_OPNOTSUPP);
	ck_assert_uint_eq(nltest_inj_sent(sk), 1);
	assert_next_clean(sk);
	teardown(sk);
}
END_TEST

START_TEST(test_buffered_non_dump_unbuffered)
{
	struct nl_sock *sk = setup_buffered();
	struct nltest_batch b;

	ck_assert_int_gt(nl_send_simple(sk, RTM_GETLINK, 0, NULL, 0), 0);
	nltest_batch_init(&b);
	add_data(&b, 5, 0);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(report(sk), 1);
	assert_ids(5, 1);
	ck_assert_uint_eq(cnt(sk, NL_DUMP_CNT_DUMPS), 0);
	teardown(sk);
}
END_TEST

static Suite *recv_suite(void)
{
	Suite *s = suite_create("recv");
	TCase *tc = tcase_create("upstream");

	tcase_add_test(tc, test_clean_dump);
	tcase_add_test(tc, test_recvmsgs_returns_zero);
	tcase_add_test(tc, test_callback_order);
	tcase_add_test(tc, test_kept_messages);
	tcase_add_test(tc, test_grown_message);
	tcase_add_test(tc, test_seq_mismatch);
	tcase_add_test(tc, test_seq_mismatch_mid_read);
	tcase_add_test(tc, test_callbacks_mid_read);
	tcase_add_test(tc, test_kernel_error);
	tcase_add_test(tc, test_short_error);
	tcase_add_test(tc, test_overrun);
	tcase_add_test(tc, test_wait_for_ack);
	tcase_add_test(tc, test_stop_without_flag_leaves_rest);
	suite_add_tcase(s, tc);

	tc = tcase_create("interrupted");
	tcase_add_test(tc, test_flag_first);
	tcase_add_test(tc, test_flag_middle);
	tcase_add_test(tc, test_flag_last);
	tcase_add_test(tc, test_flag_done);
	tcase_add_test(tc, test_flag_on_error);
	tcase_add_test(tc, test_read_error_after_flag);
	tcase_add_test(tc, test_stop_after_flag_drains);
	tcase_add_test(tc, test_error_after_flag_drains);
	tcase_add_test(tc, test_interrupted_then_clean_resets);
	suite_add_tcase(s, tc);

	tc = tcase_create("buffered");
	tcase_add_test(tc, test_buffered_retry_ok);
	tcase_add_test(tc, test_buffered_retry_skip);
	tcase_add_test(tc, test_buffered_retry_stop);
	tcase_add_test(tc, test_buffered_limit_reached);
	tcase_add_test(tc, test_buffered_default_policy_converges);
	tcase_add_test(tc, test_buffered_time_limit);
	tcase_add_test(tc, test_buffered_read_error);
	tcase_add_test(tc, test_buffered_kernel_error);
	tcase_add_test(tc, test_buffered_non_dump_unbuffered);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(recv_suite)
