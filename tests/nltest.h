/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Helpers shared by the test suites.
 */

#ifndef NLTEST_H_
#define NLTEST_H_

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * Move the process into a fresh network namespace with lo up.  Exits with
 * 77 (automake's "skipped") when that is not allowed, e.g. without root.
 * Call it from main(), before the suites run, so that forked tests share it.
 */
void nltest_enter_netns(void);

/* Run a shell command inside the test's namespace; returns its exit code. */
int nltest_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Like nltest_sh() but fails the current test when the command fails. */
#define nltest_sh_ok(...) ck_assert_int_eq(nltest_sh(__VA_ARGS__), 0)

/* Run a suite and return the exit code for automake's test driver. */
int nltest_run(Suite *s);

#define NLTEST_MAIN(suite_fn)                                                  \
	int main(void)                                                         \
	{                                                                      \
		return nltest_run(suite_fn());                                 \
	}

#define NLTEST_MAIN_NETNS(suite_fn)                                            \
	int main(void)                                                         \
	{                                                                      \
		nltest_enter_netns();                                          \
		return nltest_run(suite_fn());                                 \
	}

/* ------------------------------------------------------------------ */
/* Injected replies: drive the receive path without a kernel.          */
/*
 * nltest_inj_attach(sk) replaces the recv and send functions of the
 * socket's callbacks (nl_cb_overwrite_recv/_send).  Each recv then returns
 * the next queued "read" (a batch of messages, or an error), and each send
 * is recorded instead of reaching a kernel.  Up to 16 sockets per process
 * can be attached at once; nltest_inj_detach() forgets one (call it before
 * nl_socket_free()).  A recv on an empty queue returns 0 ("nothing to
 * read", like a non-blocking socket) and is counted as an underrun, so a
 * test can assert that the library never read past the end of a reply.
 *
 * Sequence numbers: a message built with seq NLTEST_SEQ_REQ gets, when it
 * is read, the sequence number of the last request sent on the socket (0
 * when none was sent).  This lets a test queue the replies of requests the
 * library re-sends by itself (buffered mode).
 */
#include <stdint.h>
#include <stddef.h>
#include <linux/netlink.h>

struct nl_sock;
struct nl_cb;

#define NLTEST_SEQ_REQ 0xfffffff0u

/* A batch: the bytes one recv returns (several netlink messages). */
struct nltest_batch {
	unsigned char *buf;
	size_t len;
	size_t cap;
};

void nltest_batch_init(struct nltest_batch *b);
void nltest_batch_clear(struct nltest_batch *b);
/* Append a copy of @nlh (nlh->nlmsg_len bytes), padded to NLMSG_ALIGN. */
void nltest_batch_raw(struct nltest_batch *b, const struct nlmsghdr *nlh);
/* Like nltest_batch_raw() but with @flags and @seq replacing the header's. */
void nltest_batch_msg(struct nltest_batch *b, const struct nlmsghdr *nlh,
		      uint16_t flags, uint32_t seq);
/* A message of @type with @len bytes of @payload (may be NULL: zeros). */
void nltest_batch_data(struct nltest_batch *b, uint16_t type, uint16_t flags,
		       uint32_t seq, const void *payload, size_t len);
/* NLMSG_DONE; its payload is the int 0, as the kernel sends it. */
void nltest_batch_done(struct nltest_batch *b, uint16_t flags, uint32_t seq);
/* NLMSG_ERROR carrying @error (0 = ACK, else a negative errno) followed by
 * a copy of a request header of type @req_type. */
void nltest_batch_error(struct nltest_batch *b, uint16_t flags, uint32_t seq,
			int error, uint16_t req_type);

/* Install the overrides on the socket's callbacks; returns 0 or -1. */
int nltest_inj_attach(struct nl_sock *sk);
/* Install the overrides on another callback set used with @sk. */
void nltest_inj_cb(struct nl_cb *cb);
/* Forget @sk and free what is still queued for it. */
void nltest_inj_detach(struct nl_sock *sk);

/* Queue the batch as one read (the batch is emptied, ready for reuse). */
void nltest_inj_push(struct nl_sock *sk, struct nltest_batch *b);
/* Queue a read of @len raw bytes (may be truncated or malformed). */
void nltest_inj_push_bytes(struct nl_sock *sk, const void *buf, size_t len);
/* Queue a failing read: that recv returns @err (a negative NLE_* code). */
void nltest_inj_push_error(struct nl_sock *sk, int err);

/* Reads still queued (0 when the library read exactly what was queued). */
unsigned int nltest_inj_pending(struct nl_sock *sk);
/* Reads attempted on an empty queue. */
unsigned int nltest_inj_underruns(struct nl_sock *sk);
/* Requests sent on @sk so far, and a copy of the last one's header
 * (NULL when none; valid until the next send or detach). */
unsigned int nltest_inj_sent(struct nl_sock *sk);
const struct nlmsghdr *nltest_inj_last_request(struct nl_sock *sk);

/*
 * Optional: called on every send with the request (already completed, so
 * its seq is final) and the number of requests sent so far (1 for the
 * first).  It may queue replies with nltest_inj_push*().
 */
typedef void (*nltest_inj_send_fn)(struct nl_sock *sk,
				   const struct nlmsghdr *req,
				   unsigned int nth, void *arg);
void nltest_inj_on_send(struct nl_sock *sk, nltest_inj_send_fn fn, void *arg);

#endif
