/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Consistent dumps against the real kernel (doc/dump-consistency.md, "How
 * it is proven"): in a private network namespace with 1,000 links and
 * 4,000 addresses, while a child process keeps adding and deleting one
 * link and one address as fast as `ip -batch` can, link and address caches
 * are refilled hundreds of times.  Every snapshot must hold each stable
 * object exactly once and the flapping object at most once; with the
 * default policy no refill fails; every call returns within the limits.
 * Also: verify mode, a counting retry callback (NL_OK / NL_SKIP / NL_STOP),
 * and a storm of SIGALRM (no SA_RESTART) during refills.
 *
 * The counters of each case are printed to stderr ("kernel-dump: ...").
 * The caches are the minimal types of tests/mini-rtnl.c (no libnl-route-3
 * in this tree yet).
 */

#include <signal.h>
#include <string.h>
#include <sys/time.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/handlers.h>

#include "nltest.h"
#include "mini-rtnl.h"
#include "churn-env.h"

#define NLINKS 1000
#define NADDRS 4000
/* Refills per case: hundreds in all, the suite within ~1-2 minutes. */
#define REFILLS 150
#define TIMEOUT 150		/* seconds per test case */
/* How far past max_msec a call may return: one last attempt. */
#define SLACK_SEC 1.5

struct loop {
	const char *name;
	unsigned int refills, interrupted, retries, max_attempts;
	unsigned long long attempts;
	double max_sec;
	struct churn_stats times;
};

static struct nl_sock *open_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	return sk;
}

/* Check one snapshot; returns the verdict. */
static void assert_exact(struct nl_cache *cache, int links,
			 struct churn_check *ck, const char *what,
			 unsigned int i)
{
	struct churn_verdict v = mini_check_cache(cache, links, ck);

	ck_assert_msg(v.exact,
		      "%s refill %u: %u objects, %u duplicates, %u missing, "
		      "%u unknown, flapping object %u times", what, i,
		      v.objects, v.duplicates, v.missing, v.unknown,
		      v.churn_copies);
	ck_assert_int_eq(nl_cache_nitems(cache), (int)v.objects);
}

/* One refill, timed, with the socket's counters turned into attempts. */
static int timed_refill(struct nl_sock *sk, struct nl_cache *cache,
			struct loop *l)
{
	uint64_t r0 = nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES);
	uint64_t i0 = nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INTERRUPTED);
	unsigned int attempts;
	double t0 = churn_now(), dt;
	int err;

	err = nl_cache_refill(sk, cache);
	dt = churn_now() - t0;
	churn_stats_add(&l->times, dt);
	if (dt > l->max_sec)
		l->max_sec = dt;
	attempts = 1 + (unsigned int)(nl_socket_get_dump_counter(
				sk, NL_DUMP_CNT_RETRIES) - r0);
	l->interrupted += nl_socket_get_dump_counter(
				sk, NL_DUMP_CNT_INTERRUPTED) - i0;
	l->retries += attempts - 1;
	l->attempts += attempts;
	if (attempts > l->max_attempts)
		l->max_attempts = attempts;
	l->refills++;
	return err;
}

static void print_loop(struct loop *l, struct nl_sock *sk)
{
	fprintf(stderr,
		"kernel-dump: %-22s refills %u, attempts avg %.2f max %u, "
		"retries %u, interrupted %u; socket: dumps %llu failed %llu "
		"inconsistent %llu; ms/refill med %.1f p95 %.1f max %.1f\n",
		l->name, l->refills,
		l->refills ? (double)l->attempts / l->refills : 0.0,
		l->max_attempts, l->retries, l->interrupted,
		(unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS),
		(unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED),
		(unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT),
		churn_stats_quantile(&l->times, 0.5) * 1e3,
		churn_stats_quantile(&l->times, 0.95) * 1e3, l->max_sec * 1e3);
	churn_stats_free(&l->times);
}

/*
 * The core proof: @n refills of a link or address cache under churn with
 * the socket's policy as it is; every refill succeeds, every snapshot is
 * exact, every call ends within the limits, and interruptions did happen
 * (otherwise nothing was proven).
 */
static void churn_loop(const char *name, int links, unsigned int n,
		       unsigned int dump_flags, unsigned int what)
{
	struct loop l = { .name = name };
	struct churn_check ck;
	struct churn churn;
	struct nl_cache *cache;
	struct nl_sock *sk = open_sock();
	unsigned int i, max_att, max_msec;

	ck_assert_int_eq(nl_socket_set_dump_flags(sk, dump_flags), 0);
	nl_socket_get_dump_retry_limit(sk, &max_att, &max_msec);
	ck_assert_int_eq(churn_check_init(&ck, NLINKS, NADDRS), 0);
	cache = nl_cache_alloc(links ? &mini_link_ops : &mini_addr_ops);
	ck_assert_ptr_nonnull(cache);
	ck_assert_int_eq(churn_start(&churn, what, TIMEOUT), 0);

	for (i = 0; i < n; i++) {
		int err = timed_refill(sk, cache, &l);

		ck_assert_msg(err == 0, "%s refill %u: %s", name, i,
			      nl_geterror(err));
		ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
		assert_exact(cache, links, &ck, name, i);
		if (max_att)
			ck_assert_uint_le(l.max_attempts, max_att);
		if (max_msec)
			ck_assert_msg(l.max_sec <= max_msec / 1000.0 + SLACK_SEC,
				      "%s refill %u took %.3f s", name, i,
				      l.max_sec);
	}
	churn_stop(&churn);

	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS), n);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES),
			  l.retries);
	/* Without an interruption the case would prove nothing. */
	ck_assert_uint_gt(l.interrupted, 0);
	print_loop(&l, sk);
	fprintf(stderr, "kernel-dump: %-22s flapping: %llu ip commands in %.1f s\n",
		name, (unsigned long long)churn.last_ops, churn.seconds);

	nl_cache_free(cache);
	churn_check_free(&ck);
	nl_socket_free(sk);
}

START_TEST(links_default_policy)
{
	churn_loop("links", 1, REFILLS, 0, CHURN_LINK | CHURN_ADDR);
}
END_TEST

START_TEST(addrs_default_policy)
{
	churn_loop("addresses", 0, REFILLS, 0, CHURN_LINK | CHURN_ADDR);
}
END_TEST

/* Verify mode: the link cache also listens on RTNLGRP_LINK during each
 * refill; a link event counts as an interruption, and the result is the
 * same: exact snapshots, no failure. */
START_TEST(links_verify_mode)
{
	churn_loop("links (verify)", 1, REFILLS / 3, NL_SOCK_DUMP_VERIFY,
		   CHURN_LINK);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The retry callback                                                   */

struct cb_ctx {
	unsigned int calls;		/* in all */
	unsigned int expect;		/* next expected attempt number */
	unsigned int max_attempt;
	unsigned int bad_attempt;	/* attempt numbers out of order */
	unsigned int bad_err;		/* reasons other than the kernel flag */
	int action;			/* what to answer */
};

static int count_retry(struct nl_sock *sk, unsigned int attempt, int err,
		       void *arg)
{
	struct cb_ctx *c = arg;

	c->calls++;
	if (attempt != c->expect)
		c->bad_attempt++;
	c->expect = attempt + 1;
	if (attempt > c->max_attempt)
		c->max_attempt = attempt;
	if (err != -NLE_DUMP_INTR)
		c->bad_err++;
	/* Bounded: a caller that always says "again" still must end. */
	if (c->action == NL_OK && attempt >= 10000)
		return NL_STOP;
	return c->action;
}

/* NL_OK every time: the callback sees attempts 1, 2, 3... in order, with
 * the kernel's reason, exactly once per interrupted attempt; the library
 * adds no delay; every refill ends exact. */
START_TEST(retry_callback_counts)
{
	struct loop l = { .name = "links (callback)" };
	struct cb_ctx ctx = { .action = NL_OK };
	struct churn_check ck;
	struct churn churn;
	struct nl_cache *lc, *ac;
	struct nl_sock *sk = open_sock();
	unsigned int i;

	nl_socket_set_dump_retry(sk, count_retry, &ctx);
	ck_assert_int_eq(churn_check_init(&ck, NLINKS, NADDRS), 0);
	lc = nl_cache_alloc(&mini_link_ops);
	ac = nl_cache_alloc(&mini_addr_ops);
	ck_assert_ptr_nonnull(lc);
	ck_assert_ptr_nonnull(ac);
	ck_assert_int_eq(churn_start(&churn, CHURN_LINK | CHURN_ADDR, TIMEOUT), 0);

	for (i = 0; i < REFILLS / 2; i++) {
		unsigned int before = ctx.calls;

		ctx.expect = 1;
		ck_assert_int_eq(timed_refill(sk, lc, &l), 0);
		assert_exact(lc, 1, &ck, "links (callback)", i);
		ck_assert_int_eq(nl_cache_is_consistent(lc), 1);
		ctx.expect = 1;
		ck_assert_int_eq(nl_cache_refill(sk, ac), 0);
		assert_exact(ac, 0, &ck, "addresses (callback)", i);
		ck_assert_int_eq(nl_cache_is_consistent(ac), 1);
		ck_assert_uint_ge(ctx.calls, before);
	}
	churn_stop(&churn);

	ck_assert_uint_eq(ctx.bad_attempt, 0);
	ck_assert_uint_eq(ctx.bad_err, 0);
	ck_assert_uint_gt(ctx.calls, 0);
	ck_assert_uint_eq(ctx.calls,
			  nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INTERRUPTED));
	ck_assert_uint_eq(ctx.calls,
			  nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES));
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS),
			  2 * (REFILLS / 2));
	print_loop(&l, sk);
	fprintf(stderr, "kernel-dump: %-22s callback calls %u, highest attempt %u\n",
		"callback", ctx.calls, ctx.max_attempt);

	nl_cache_free(lc);
	nl_cache_free(ac);
	churn_check_free(&ck);
	nl_socket_free(sk);
}
END_TEST

/*
 * NL_STOP and NL_SKIP on the first interrupted attempt.  NL_STOP: the call
 * fails with -NLE_DUMP_ABORTED and the cache holds exactly the previous
 * snapshot (C1).  NL_SKIP: the call succeeds and the cache says it is not
 * consistent (C4); the next clean refill makes it consistent again.
 */
static void callback_action(int action)
{
	struct cb_ctx ctx = { .action = action };
	struct churn_check ck;
	struct churn churn;
	struct nl_cache *cache;
	struct nl_sock *sk = open_sock();
	unsigned int i, hits = 0, clean = 0;

	ck_assert_int_eq(churn_check_init(&ck, NLINKS, NADDRS), 0);
	/* A good snapshot first, with the default policy. */
	ck_assert_int_eq(mini_link_alloc_cache(sk, &cache), 0);
	assert_exact(cache, 1, &ck, "first fill", 0);
	nl_socket_set_dump_retry(sk, count_retry, &ctx);
	ck_assert_int_eq(churn_start(&churn, CHURN_LINK, TIMEOUT), 0);

	for (i = 0; i < 400 && (hits < 5 || !clean); i++) {
		unsigned int before = ctx.calls;
		int err;

		ctx.expect = 1;
		err = nl_cache_refill(sk, cache);
		if (ctx.calls == before) {
			/* not interrupted: an ordinary good refill */
			ck_assert_int_eq(err, 0);
			ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
			assert_exact(cache, 1, &ck, "clean refill", i);
			if (hits)
				clean++;
			continue;
		}
		hits++;
		ck_assert_uint_eq(ctx.calls, before + 1);
		if (action == NL_STOP) {
			ck_assert_int_eq(err, -NLE_DUMP_ABORTED);
			/* untouched: still the last good snapshot */
			assert_exact(cache, 1, &ck, "aborted refill", i);
			ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
		} else {
			ck_assert_int_eq(err, 0);
			ck_assert_int_eq(nl_cache_is_consistent(cache), 0);
		}
	}
	churn_stop(&churn);

	ck_assert_uint_ge(hits, 5);
	ck_assert_uint_eq(ctx.bad_err, 0);
	if (action == NL_STOP) {
		ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED),
				  hits);
		ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT), 0);
	} else {
		ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT),
				  hits);
		ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED), 0);
	}
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES), 0);
	fprintf(stderr, "kernel-dump: %-22s refills %u, interrupted %u\n",
		action == NL_STOP ? "callback NL_STOP" : "callback NL_SKIP",
		i, hits);

	nl_cache_free(cache);
	churn_check_free(&ck);
	nl_socket_free(sk);
}

START_TEST(retry_callback_stop)
{
	callback_action(NL_STOP);
}
END_TEST

START_TEST(retry_callback_skip)
{
	callback_action(NL_SKIP);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Signal storm                                                         */

static volatile unsigned long alarms;

static void on_alarm(int sig)
{
	alarms++;
}

/* SIGALRM every 200 us (5,000 a second), without SA_RESTART, while link
 * and address caches are refilled under churn: same results. */
START_TEST(signal_storm)
{
	struct loop ll = { .name = "links (signals)" };
	struct loop la = { .name = "addresses (signals)" };
	struct itimerval it = { { 0, 200 }, { 0, 200 } }, off = { { 0, 0 }, { 0, 0 } };
	struct sigaction sa;
	struct churn_check ck;
	struct churn churn;
	struct nl_cache *lc, *ac;
	struct nl_sock *sk = open_sock();
	unsigned int i;
	double t0;

	ck_assert_int_eq(churn_check_init(&ck, NLINKS, NADDRS), 0);
	lc = nl_cache_alloc(&mini_link_ops);
	ac = nl_cache_alloc(&mini_addr_ops);
	ck_assert_ptr_nonnull(lc);
	ck_assert_ptr_nonnull(ac);
	ck_assert_int_eq(churn_start(&churn, CHURN_LINK | CHURN_ADDR, TIMEOUT), 0);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = 0;	/* no SA_RESTART: system calls see EINTR */
	ck_assert_int_eq(sigaction(SIGALRM, &sa, NULL), 0);
	alarms = 0;
	t0 = churn_now();
	ck_assert_int_eq(setitimer(ITIMER_REAL, &it, NULL), 0);

	for (i = 0; i < REFILLS / 2; i++) {
		int err = timed_refill(sk, lc, &ll);

		ck_assert_msg(err == 0, "links refill %u: %s", i, nl_geterror(err));
		assert_exact(lc, 1, &ck, "links (signals)", i);
		err = timed_refill(sk, ac, &la);
		ck_assert_msg(err == 0, "addresses refill %u: %s", i,
			      nl_geterror(err));
		assert_exact(ac, 0, &ck, "addresses (signals)", i);
	}
	setitimer(ITIMER_REAL, &off, NULL);
	churn_stop(&churn);

	fprintf(stderr, "kernel-dump: %-22s %lu SIGALRM in %.1f s\n", "signal storm",
		alarms, churn_now() - t0);
	ck_assert_uint_gt(alarms, 1000);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT), 0);
	ck_assert_uint_gt(ll.interrupted + la.interrupted, 0);
	print_loop(&ll, sk);
	print_loop(&la, sk);

	nl_cache_free(lc);
	nl_cache_free(ac);
	churn_check_free(&ck);
	nl_socket_free(sk);
}
END_TEST

/* Keyed lookups work on the refilled caches (the mini types' keys). */
START_TEST(keyed_lookup)
{
	struct nl_sock *sk = open_sock();
	struct nl_cache *cache;
	struct nl_object *needle, *found;
	int lo_index = 1;

	ck_assert_int_eq(mini_link_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), NLINKS + 1);
	needle = mini_link_alloc();
	ck_assert_ptr_nonnull(needle);
	mini_link_set_ifindex(needle, lo_index);
	found = nl_cache_search(cache, needle);
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(mini_link_get_name(found), "lo");
	nl_object_put(found);
	mini_link_set_ifindex(needle, 0x7fffffff);
	ck_assert_ptr_null(nl_cache_search(cache, needle));
	nl_object_put(needle);
	nl_cache_free(cache);

	ck_assert_int_eq(mini_addr_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), NADDRS + 2);
	{
		unsigned char a[4] = { 127, 0, 0, 1 };

		needle = mini_addr_alloc();
		ck_assert_ptr_nonnull(needle);
		ck_assert_int_eq(mini_addr_set_key(needle, lo_index, AF_INET, 8,
						   a, 4), 0);
		found = nl_cache_search(cache, needle);
		ck_assert_ptr_nonnull(found);
		ck_assert_int_eq(mini_addr_get_prefixlen(found), 8);
		nl_object_put(found);
		ck_assert_int_eq(mini_addr_set_key(needle, lo_index, AF_INET, 32,
						   a, 4), 0);
		ck_assert_ptr_null(nl_cache_search(cache, needle));
		ck_assert_int_eq(mini_addr_set_key(needle, lo_index, AF_INET, 33,
						   a, 4), -NLE_INVAL);
		nl_object_put(needle);
	}
	nl_cache_free(cache);
	nl_socket_free(sk);
}
END_TEST

static Suite *kernel_dump_suite(void)
{
	Suite *s = suite_create("kernel-dump");
	TCase *tc = tcase_create("churn");

	tcase_set_timeout(tc, TIMEOUT);
	tcase_add_test(tc, keyed_lookup);
	tcase_add_test(tc, links_default_policy);
	tcase_add_test(tc, addrs_default_policy);
	tcase_add_test(tc, links_verify_mode);
	tcase_add_test(tc, retry_callback_counts);
	tcase_add_test(tc, retry_callback_stop);
	tcase_add_test(tc, retry_callback_skip);
	tcase_add_test(tc, signal_storm);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	char err[256];

	nltest_enter_netns();
	if (churn_populate(NLINKS, NADDRS, err, sizeof(err)) < 0) {
		fprintf(stderr, "SKIP: %s\n", err);
		return 77;
	}
	return nltest_run(kernel_dump_suite());
}
