/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Threads sharing the libraries' registries and a provided link cache.
 *
 * Eight threads, each with its own socket, fill address caches again and
 * again (each address looks its link up in the provided link cache),
 * print them (link names come from the provided cache too) and check
 * them, while:
 *   A. another thread provides a fresh link cache (nl_cache_mngt_provide())
 *      and drops its own reference, over and over, so that the provided
 *      cache it replaces is freed while the others may be reading it;
 *   B. a cache manager keeps a link cache current with NL_AUTO_PROVIDE
 *      while a link flaps (up, down, renamed, created and deleted);
 *   C. both at once.
 * Every address must find its link, every cache must hold every address,
 * and nothing may crash; a ThreadSanitizer build runs it in CI.
 */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <net/if.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>

#include "nltest.h"

#define WORKERS 8
#define LINKS 4
#define ADDRS_PER_LINK 40

static int stop;

#define STOPPED() __atomic_load_n(&stop, __ATOMIC_RELAXED)
#define COUNT(p) __atomic_add_fetch((p), 1, __ATOMIC_RELAXED)
static int expected;		/* addresses in a fresh cache */
static int ifindex[LINKS];
static FILE *sink;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* How long a phase runs: shorter under instrumented builds. */
static double phase_seconds(void)
{
	const char *m = getenv("CK_TIMEOUT_MULTIPLIER");

	return m && atof(m) > 1 ? 2.0 : 3.0;
}

struct worker {
	int rounds;
	int errors;		/* first error seen, 0 when none */
	char what[128];
};

static void record_error(struct worker *w, int err, const char *fmt, int a, int b)
{
	if (!w->errors) {
		w->errors = err ? err : -1;
		snprintf(w->what, sizeof(w->what), fmt, a, b);
	}
}

static int is_ours(int idx)
{
	int i;

	for (i = 0; i < LINKS; i++)
		if (ifindex[i] == idx)
			return 1;
	return 0;
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_dump_params dp = { .dp_type = NL_DUMP_LINE, .dp_fd = sink };

	if (!sk || nl_connect(sk, NETLINK_ROUTE) < 0) {
		record_error(w, -NLE_BAD_SOCK, "socket", 0, 0);
		return NULL;
	}
	while (!STOPPED()) {
		struct nl_cache *c = NULL;
		struct nl_object *o;
		int err, n = 0;

		err = rtnl_addr_alloc_cache(sk, &c);
		if (err < 0) {
			record_error(w, err, "fill %d %d", err, 0);
			break;
		}
		for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o)) {
			struct rtnl_addr *a = (struct rtnl_addr *)o;
			struct rtnl_link *l;
			int idx = rtnl_addr_get_ifindex(a);

			if (!is_ours(idx))
				continue;
			n++;
			l = rtnl_addr_get_link(a);
			if (!l) {
				record_error(w, 0, "address on %d without its link", idx,
				     0);
				continue;
			}
			if (rtnl_link_get_ifindex(l) != idx)
				record_error(w, 0, "link %d for an address on %d",
				     rtnl_link_get_ifindex(l), idx);
			rtnl_link_put(l);
		}
		if (n != expected)
			record_error(w, 0, "%d addresses, %d expected", n, expected);
		nl_cache_dump(c, &dp);
		nl_cache_free(c);
		w->rounds++;
	}
	nl_socket_free(sk);
	return NULL;
}

/* A: provide a fresh link cache again and again. */
static void *provide_loop(void *arg)
{
	struct nl_sock *sk = nl_socket_alloc();
	int *rounds = arg;

	nl_connect(sk, NETLINK_ROUTE);
	while (!STOPPED()) {
		struct nl_cache *c = NULL;

		if (rtnl_link_alloc_cache(sk, AF_UNSPEC, &c) < 0)
			continue;
		nl_cache_mngt_provide(c);
		nl_cache_put(c);	/* the registry holds the only one */
		COUNT(rounds);
	}
	nl_socket_free(sk);
	return NULL;
}

/* B: flap a link of the addresses, and a link of its own. */
static void *flap_loop(void *arg)
{
	struct nl_sock *sk = nl_socket_alloc();
	int *rounds = arg, i = 0;

	nl_connect(sk, NETLINK_ROUTE);
	while (!STOPPED()) {
		struct rtnl_link *l = rtnl_link_alloc(), *chg = rtnl_link_alloc();
		char name[IFNAMSIZ];

		rtnl_link_set_ifindex(l, ifindex[0]);
		if (i & 1)
			rtnl_link_unset_flags(chg, IFF_UP);
		else
			rtnl_link_set_flags(chg, IFF_UP);
		snprintf(name, sizeof(name), "flapped%d", i & 1);
		rtnl_link_set_name(chg, name);
		rtnl_link_change(sk, l, chg, 0);
		rtnl_link_put(l);
		rtnl_link_put(chg);
		if (i % 4 == 0 || i % 4 == 2) {
			struct rtnl_link *f = rtnl_link_alloc();

			rtnl_link_set_name(f, "flap0");
			if (i % 4 == 0) {
				rtnl_link_set_type(f, "ifb");
				rtnl_link_add(sk, f, NLM_F_CREATE);
			} else
				rtnl_link_delete(sk, f);
			rtnl_link_put(f);
		}
		i++;
		COUNT(rounds);
		usleep(2000);
	}
	nl_socket_free(sk);
	return NULL;
}

struct mngr_arg {
	struct nl_cache_mngr *mngr;
	int rounds;
};

static void *mngr_loop(void *arg)
{
	struct mngr_arg *m = arg;

	while (!STOPPED()) {
		nl_cache_mngr_poll(m->mngr, 20);
		COUNT(&m->rounds);
	}
	return NULL;
}

static void run_phase(const char *name, int provider, int manager)
{
	struct worker w[WORKERS];
	pthread_t tw[WORKERS], tp, tf, tm;
	struct mngr_arg m = { NULL, 0 };
	struct nl_cache *links = NULL;
	int provided = 0, flaps = 0, i, rounds = 0;
	double t0;

	memset(w, 0, sizeof(w));
	__atomic_store_n(&stop, 0, __ATOMIC_RELAXED);
	if (manager) {
		ck_assert_int_eq(nl_cache_mngr_alloc(NULL, NETLINK_ROUTE,
						     NL_AUTO_PROVIDE, &m.mngr), 0);
		ck_assert_int_eq(nl_cache_mngr_add(m.mngr, "route/link", NULL,
						   NULL, &links), 0);
		ck_assert_int_eq(pthread_create(&tm, NULL, mngr_loop, &m), 0);
		ck_assert_int_eq(pthread_create(&tf, NULL, flap_loop, &flaps),
				 0);
	}
	if (provider) {
		ck_assert_int_eq(pthread_create(&tp, NULL, provide_loop,
						&provided), 0);
		while (!__atomic_load_n(&provided, __ATOMIC_RELAXED))
			usleep(1000);
	}
	t0 = now();
	for (i = 0; i < WORKERS; i++)
		ck_assert_int_eq(pthread_create(&tw[i], NULL, work, &w[i]), 0);
	while (now() - t0 < phase_seconds())
		usleep(10000);
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	for (i = 0; i < WORKERS; i++)
		pthread_join(tw[i], NULL);
	if (provider)
		pthread_join(tp, NULL);
	if (manager) {
		pthread_join(tf, NULL);
		pthread_join(tm, NULL);
		nl_cache_mngr_free(m.mngr);
	}
	for (i = 0; i < WORKERS; i++) {
		ck_assert_msg(!w[i].errors, "%s: worker %d: %s (%d)", name, i,
			      w[i].what, w[i].errors);
		rounds += w[i].rounds;
	}
	fprintf(stderr, "%s: %d address caches filled by %d threads, %d "
		"link caches provided, %d flaps, %d manager polls\n", name,
		rounds, WORKERS, provided, flaps, m.rounds);
	ck_assert_int_gt(rounds, WORKERS);
	/* leave nothing provided for the next phase */
	links = __nl_cache_mngt_require("route/link");
	if (links)
		nl_cache_mngt_unprovide(links);
}

static void setup(void)
{
	int i;

	nltest_sh("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 "
		  "net.ipv6.conf.default.disable_ipv6=1");
	for (i = 0; i < LINKS; i++) {
		char name[IFNAMSIZ];

		nltest_sh_ok("ip link add t%d type ifb && ip link set t%d up && "
			     "for j in $(seq 1 %d); do echo \"address add "
			     "10.77.%d.$j/32 dev t%d\"; done | ip -batch -", i, i,
			     ADDRS_PER_LINK, i, i);
		snprintf(name, sizeof(name), "t%d", i);
		ifindex[i] = (int)if_nametoindex(name);
		ck_assert_int_gt(ifindex[i], 0);
	}
	expected = LINKS * ADDRS_PER_LINK;
	sink = fopen("/dev/null", "w");
}

START_TEST(provided_link_cache)
{
	setup();
	run_phase("A (provide)", 1, 0);
	run_phase("B (NL_AUTO_PROVIDE, flapping)", 0, 1);
	run_phase("C (both)", 1, 1);
	fclose(sink);
}
END_TEST

static Suite *threads_suite(void)
{
	Suite *s = suite_create("kernel-threads");
	TCase *tc = tcase_create("threads");

	tcase_add_test(tc, provided_link_cache);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(threads_suite)
