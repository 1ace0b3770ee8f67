/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The retry policy of consistent dumps and its socket API (the fork's
 * version node libnl_3_12_fork1).  See doc/dump-consistency.md.
 *
 * Default limits and why
 * ----------------------
 * A dump comes back flagged NLM_F_DUMP_INTR when the table changed between
 * two of its batches, so the chance that one attempt is interrupted grows
 * with the time the dump takes and the rate of change.  Measured on the
 * 2-core test machine with 1,000 links while another process loops on
 * `ip link add/del`, a correct retry loop needs about 5 retries on average
 * and up to about 24 in the worst runs; with a link flapping as fast as
 * ip(8) can (nl-dump-check) link refills took up to 64 attempts and more on
 * a loaded machine.  The defaults are therefore:
 *
 *   - DEFAULT_MAX_ATTEMPTS 256: well over twice the worst case seen, so a
 *     busy but sane system converges, while a table that never settles
 *     still ends with -NLE_DUMP_INCONSISTENT instead of looping forever;
 *   - DEFAULT_MAX_MSEC 20000: a bound on wall time for very large dumps
 *     (each attempt of a 200,000-route dump takes a good fraction of a
 *     second), so no call blocks for more than ~20 s plus one attempt;
 *   - backoff: the first retry at once (most interruptions are one-off),
 *     then 1, 2, 4 ... ms doubling up to a 64 ms cap, each delay drawn
 *     uniformly from [d/2, d] ("equal jitter") so that competing dumpers
 *     and a periodic writer do not stay in step.  With the cap the worst
 *     case seen (24 retries) sleeps 0.9 s on average, 1.2 s at most; 256 attempts
 *     sleep at most about 16 s, inside the time limit.
 *
 * Both limits can be changed per socket (nl_socket_set_dump_retry_limit())
 * or for every socket of unmodified programs through NLDUMP.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/retry.h"

#define DEFAULT_MAX_ATTEMPTS 256
#define DEFAULT_MAX_MSEC 20000
#define BACKOFF_BASE_USEC 1000
#define BACKOFF_CAP_USEC 64000

#define KNOWN_DUMP_FLAGS (NL_SOCK_DUMP_BUFFERED | NL_SOCK_DUMP_VERIFY)

/* ------------------------------------------------------------------ */
/* Socket state: defaults and NLDUMP                                    */

/* Parse a decimal unsigned number that fills the whole of @s. */
static int parse_uint(const char *s, unsigned int *out)
{
	unsigned long v;
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || v > 0xffffffffUL)
		return -1;
	*out = (unsigned int)v;
	return 0;
}

/*
 * NLDUMP="attempts=N,msec=M,buffered,verify": any subset, comma separated.
 * Bad words are ignored (NL_DBG level 1 says which).  Setting both limits
 * to 0 is refused as nl_socket_set_dump_retry_limit() refuses it.
 */
static void apply_env(struct nl_sock *sk, const char *env)
{
	unsigned int attempts = sk->s_dump.max_attempts;
	unsigned int msec = sk->s_dump.max_msec;
	char *copy = strdup(env), *word, *save = NULL;

	if (!copy)
		return;
	for (word = strtok_r(copy, ",", &save); word;
	     word = strtok_r(NULL, ",", &save)) {
		if (!strncmp(word, "attempts=", 9) &&
		    !parse_uint(word + 9, &attempts))
			continue;
		if (!strncmp(word, "msec=", 5) && !parse_uint(word + 5, &msec))
			continue;
		if (!strcmp(word, "buffered")) {
			sk->s_dump.flags |= NL_SOCK_DUMP_BUFFERED;
			continue;
		}
		if (!strcmp(word, "verify")) {
			sk->s_dump.flags |= NL_SOCK_DUMP_VERIFY;
			continue;
		}
		NL_DBG(1, "NLDUMP: ignoring \"%s\"\n", word);
	}
	free(copy);
	if (!attempts && !msec) {
		NL_DBG(1, "NLDUMP: both limits 0, keeping the defaults\n");
		return;
	}
	sk->s_dump.max_attempts = attempts;
	sk->s_dump.max_msec = msec;
}

void _nl_dump_sock_init(struct nl_sock *sk)
{
	struct timespec ts;
	const char *env;

	memset(&sk->s_dump, 0, sizeof(sk->s_dump));
	sk->s_dump.max_attempts = DEFAULT_MAX_ATTEMPTS;
	sk->s_dump.max_msec = DEFAULT_MAX_MSEC;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	sk->s_dump.rand = (uint32_t)ts.tv_nsec ^ (uint32_t)ts.tv_sec ^
			  sk->s_local.nl_pid;
	if (!sk->s_dump.rand)
		sk->s_dump.rand = 0x9e3779b9u;
	env = getenv("NLDUMP");
	if (env)
		apply_env(sk, env);
}

void _nl_dump_sock_free(struct nl_sock *sk)
{
	nlmsg_free(sk->s_dump.req);
	sk->s_dump.req = NULL;
}

void _nl_dump_remember(struct nl_sock *sk, struct nl_msg *msg)
{
	struct nlmsghdr *nlh;
	struct nl_msg *copy;

	if (!(sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED))
		return;
	if (msg == sk->s_dump.req)
		return;
	nlmsg_free(sk->s_dump.req);
	sk->s_dump.req = NULL;

	nlh = nlmsg_hdr(msg);
	if ((nlh->nlmsg_flags & NLM_F_DUMP) != NLM_F_DUMP)
		return;
	copy = nlmsg_convert(nlh);
	if (!copy) {
		/* Without a copy the reply is read unbuffered. */
		NL_DBG(1, "buffered dump: no memory to keep the request\n");
		return;
	}
	copy->nm_protocol = msg->nm_protocol;
	copy->nm_dst = msg->nm_dst;
	copy->nm_flags = msg->nm_flags;
	copy->nm_creds = msg->nm_creds;
	sk->s_dump.req = copy;
}

/* ------------------------------------------------------------------ */
/* The policy                                                           */

static long elapsed_msec(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000L +
	       (now.tv_nsec - start->tv_nsec) / 1000000L;
}

static uint32_t next_rand(struct nl_sock *sk)
{
	uint32_t x = sk->s_dump.rand;

	/* xorshift32 */
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	sk->s_dump.rand = x;
	return x;
}

/* Delay before retry number @retry (1 = the first retry): 0, then
 * equal-jitter exponential backoff capped at BACKOFF_CAP_USEC. */
static unsigned long backoff_usec(struct nl_sock *sk, unsigned int retry)
{
	unsigned long d = BACKOFF_BASE_USEC;
	unsigned int i;

	if (retry <= 1)
		return 0;
	for (i = 2; i < retry && d < BACKOFF_CAP_USEC; i++)
		d *= 2;
	if (d > BACKOFF_CAP_USEC)
		d = BACKOFF_CAP_USEC;
	return d / 2 + next_rand(sk) % (d / 2 + 1);
}

/* Sleep @usec, resuming after signals. */
static void sleep_usec(unsigned long usec)
{
	struct timespec req = {
		.tv_sec = (time_t)(usec / 1000000UL),
		.tv_nsec = (long)(usec % 1000000UL) * 1000L,
	};

	while (nanosleep(&req, &req) < 0 && errno == EINTR)
		;
}

void _nl_dump_run_start(struct nl_dump_run *run, struct nl_sock *sk)
{
	run->sk = sk;
	run->attempt = 0;
	clock_gettime(CLOCK_MONOTONIC, &run->start);
	sk->s_dump.counters[NL_DUMP_CNT_DUMPS]++;
}

static int give_up(struct nl_dump_run *run, int err)
{
	run->sk->s_dump.counters[NL_DUMP_CNT_FAILED]++;
	NL_DBG(2, "dump given up after %u attempts: %s\n", run->attempt,
	       nl_geterror(err));
	return err;
}

int _nl_dump_run_retry(struct nl_dump_run *run, int err)
{
	struct nl_sock *sk = run->sk;
	unsigned long delay;
	long spent;
	int ret;

	run->attempt++;
	sk->s_dump.counters[NL_DUMP_CNT_INTERRUPTED]++;

	if (sk->s_dump.func) {
		ret = sk->s_dump.func(sk, run->attempt, err, sk->s_dump.arg);
		if (ret == NL_OK) {
			sk->s_dump.counters[NL_DUMP_CNT_RETRIES]++;
			return NL_OK;
		}
		if (ret == NL_SKIP) {
			sk->s_dump.counters[NL_DUMP_CNT_INCONSISTENT]++;
			return NL_SKIP;
		}
		return give_up(run, -NLE_DUMP_ABORTED);
	}

	if (sk->s_dump.max_attempts && run->attempt >= sk->s_dump.max_attempts)
		return give_up(run, -NLE_DUMP_INCONSISTENT);
	spent = elapsed_msec(&run->start);
	if (sk->s_dump.max_msec && spent >= (long)sk->s_dump.max_msec)
		return give_up(run, -NLE_DUMP_INCONSISTENT);

	delay = backoff_usec(sk, run->attempt);
	if (sk->s_dump.max_msec &&
	    delay / 1000 > (unsigned long)(sk->s_dump.max_msec - spent))
		delay = (unsigned long)(sk->s_dump.max_msec - spent) * 1000UL;
	if (delay)
		sleep_usec(delay);
	NL_DBG(2, "dump interrupted (attempt %u), retrying after %lu us\n",
	       run->attempt, delay);
	sk->s_dump.counters[NL_DUMP_CNT_RETRIES]++;
	return NL_OK;
}

void _nl_dump_run_failed(struct nl_dump_run *run)
{
	/* Not a policy failure: NL_DUMP_CNT_FAILED only counts give-ups. */
	NL_DBG(2, "dump operation failed after %u interrupted attempts\n",
	       run->attempt);
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/**
 * Set the retry callback of consistent dumps on @sk.
 * @arg func	called after each interrupted attempt with the number of
 *		attempts made and the reason; returns NL_OK (try again),
 *		NL_SKIP (accept the interrupted result) or NL_STOP (give up
 *		with -NLE_DUMP_ABORTED).  NULL restores the default policy.
 * @arg arg	passed to @func.
 *
 * With a callback the library never sleeps between attempts.
 */
void nl_socket_set_dump_retry(struct nl_sock *sk, nl_dump_retry_func_t func,
			      void *arg)
{
	sk->s_dump.func = func;
	sk->s_dump.arg = arg;
}

/**
 * Set the limits of the default retry policy.
 * @arg max_attempts	attempts per operation, the first included (0: no
 *			limit of this kind).
 * @arg max_msec	time per operation in milliseconds (0: no limit).
 *
 * Defaults: 256 attempts, 20000 ms (or NLDUMP).
 * @return 0, or -NLE_INVAL when both are 0.
 */
int nl_socket_set_dump_retry_limit(struct nl_sock *sk,
				   unsigned int max_attempts,
				   unsigned int max_msec)
{
	if (!max_attempts && !max_msec)
		return -NLE_INVAL;
	sk->s_dump.max_attempts = max_attempts;
	sk->s_dump.max_msec = max_msec;
	return 0;
}

/** Read the limits of the default retry policy (either pointer may be NULL). */
void nl_socket_get_dump_retry_limit(const struct nl_sock *sk,
				    unsigned int *max_attempts,
				    unsigned int *max_msec)
{
	if (max_attempts)
		*max_attempts = sk->s_dump.max_attempts;
	if (max_msec)
		*max_msec = sk->s_dump.max_msec;
}

/**
 * Choose the consistent-dump modes of @sk: NL_SOCK_DUMP_BUFFERED (hold
 * each dump reply until complete and re-send interrupted dump requests;
 * costs the memory of one whole reply) and NL_SOCK_DUMP_VERIFY (caches
 * listen for events during refills).  Replaces the previous modes.
 * @return 0, or -NLE_INVAL for an unknown bit.
 */
int nl_socket_set_dump_flags(struct nl_sock *sk, unsigned int flags)
{
	if (flags & ~KNOWN_DUMP_FLAGS)
		return -NLE_INVAL;
	sk->s_dump.flags = flags;
	if (!(flags & NL_SOCK_DUMP_BUFFERED)) {
		nlmsg_free(sk->s_dump.req);
		sk->s_dump.req = NULL;
	}
	return 0;
}

/** The consistent-dump modes of @sk. */
unsigned int nl_socket_get_dump_flags(const struct nl_sock *sk)
{
	return sk->s_dump.flags;
}

/**
 * Whether the last dump read on @sk was interrupted: 1 when the kernel
 * flagged it NLM_F_DUMP_INTR (or verification failed), 0 otherwise.
 */
int nl_socket_dump_interrupted(const struct nl_sock *sk)
{
	return sk->s_dump.last_intr ? 1 : 0;
}

/** Read one counter of @sk (0 for an unknown counter). */
uint64_t nl_socket_get_dump_counter(const struct nl_sock *sk,
				    enum nl_dump_counter counter)
{
	if ((int)counter < 0 || counter >= __NL_DUMP_CNT_MAX)
		return 0;
	return sk->s_dump.counters[counter];
}

/** Set every counter of @sk to 0. */
void nl_socket_reset_dump_counters(struct nl_sock *sk)
{
	memset(sk->s_dump.counters, 0, sizeof(sk->s_dump.counters));
}
