/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private: the retry policy of consistent dumps, shared by the receive path
 * (lib/nl.c, buffered mode) and the caches (lib/cache.c).  The public side
 * is in <netlink/socket.h> and <netlink/cache.h>; the specification is
 * doc/dump-consistency.md.
 */

#ifndef NL_PRIVATE_RETRY_H_
#define NL_PRIVATE_RETRY_H_

#include <time.h>
#include <netlink/socket.h>

/* One consistent-dump operation: a refill, a resync, a buffered request. */
struct nl_dump_run {
	struct nl_sock *sk;
	unsigned int attempt;		/* attempts made so far */
	struct timespec start;		/* CLOCK_MONOTONIC at the first */
};

/* Begin an operation on @sk; counts one dump. */
void _nl_dump_run_start(struct nl_dump_run *run, struct nl_sock *sk);

/*
 * An attempt came back interrupted for reason @err (-NLE_DUMP_INTR, or the
 * verify-mode reason).  Counts the interruption, then applies the socket's
 * policy: the retry callback when set, otherwise the default limits with
 * backoff (the sleep happens in here).  It counts the attempt that just
 * came back in run->attempt itself: callers never change run->attempt.
 *
 * Returns NL_OK to make another attempt, NL_SKIP to accept the last attempt
 * as it is (counted inconsistent), or -NLE_DUMP_INCONSISTENT /
 * -NLE_DUMP_ABORTED to give up (counted failed).
 */
int _nl_dump_run_retry(struct nl_dump_run *run, int err);

/* The operation failed for a reason other than an interruption. */
void _nl_dump_run_failed(struct nl_dump_run *run);

/* Defaults and the NLDUMP environment, from nl_socket_alloc*(). */
void _nl_dump_sock_init(struct nl_sock *sk);

/* Releases what the dump state holds, from nl_socket_free(). */
void _nl_dump_sock_free(struct nl_sock *sk);

/*
 * Buffered mode (NL_SOCK_DUMP_BUFFERED): the send functions of lib/nl.c
 * call this with every message they sent; a dump request (NLM_F_DUMP) is
 * copied and kept on the socket until the receive path has read its reply,
 * any other request forgets the kept one.  No-op when the mode is off.
 */
void _nl_dump_remember(struct nl_sock *sk, struct nl_msg *msg);

#endif
