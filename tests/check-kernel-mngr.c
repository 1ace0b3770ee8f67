/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The cache manager against the kernel when events are lost (C3 of
 * doc/dump-consistency.md): however often its event socket overruns,
 * once the changes stop and the manager is polled until quiet, every
 * managed cache equals a fresh dump.
 *
 *  - an address cache in a manager whose event socket has a 4 KiB
 *    receive buffer, while a thread adds (then deletes) addresses without
 *    pause;
 *  - link, address and route caches in one manager while `ip -batch`
 *    applies bursts of changes, round after round.
 *
 * Each round also checks, in /proc/net/netlink, that the event socket
 * really dropped events, so the test cannot pass without an overrun.
 */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <arpa/inet.h>
#include <net/if.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>

#include "nltest.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Instrumented builds run several times slower: give them room. */
static double slowdown(void)
{
	const char *m = getenv("CK_TIMEOUT_MULTIPLIER");

	return m && atof(m) > 1 ? atof(m) : 1;
}

/* Events the kernel dropped for the socket of port @port so far. */
static unsigned long drops_of(uint32_t port)
{
	FILE *f = fopen("/proc/net/netlink", "r");
	char line[512];
	unsigned long drops = 0;

	ck_assert_ptr_nonnull(f);
	while (fgets(line, sizeof(line), f)) {
		unsigned long sk, d, inode;
		unsigned int proto, pid, rmem, wmem, dump, locks;
		unsigned int groups;

		/* sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode */
		if (sscanf(line, "%lx %u %u %x %u %u %u %u %lu %lu", &sk, &proto,
			   &pid, &groups, &rmem, &wmem, &dump, &locks, &d,
			   &inode) == 10 && pid == port)
			drops = d;
	}
	fclose(f);
	return drops;
}

/* Poll until nothing happened for @quiet_ms (no event, no resync left);
 * fails the test after @limit seconds. */
static void poll_until_quiet(struct nl_cache_mngr *mngr, int quiet_ms,
			     double limit)
{
	double end = now() + limit;
	int n;

	/* an error (a resync that must be tried again) is not quiet */
	while ((n = nl_cache_mngr_poll(mngr, quiet_ms)) != 0)
		ck_assert_msg(now() < end, "the manager never got quiet (%d)",
			      n);
}

/*
 * @managed holds exactly what a fresh dump of its type holds: as many
 * objects, each found by its identity; for links the attributes the
 * rounds change are compared too.
 */
static void assert_equals_fresh(struct nl_cache *managed, const char *what)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_cache *fresh = NULL;
	struct nl_object *o;
	int missing = 0;

	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_cache_alloc_and_fill(nl_cache_get_ops(managed), sk,
						 &fresh), 0);
	for (o = nl_cache_get_first(fresh); o; o = nl_cache_get_next(o)) {
		struct nl_object *m = nl_cache_search(managed, o);

		if (!m) {
			missing++;
			continue;
		}
		if (!strcmp(what, "links")) {
			struct rtnl_link *a = (struct rtnl_link *)o;
			struct rtnl_link *b = (struct rtnl_link *)m;

			ck_assert_str_eq(rtnl_link_get_name(a),
					 rtnl_link_get_name(b));
			ck_assert_uint_eq(rtnl_link_get_mtu(a),
					  rtnl_link_get_mtu(b));
			ck_assert_uint_eq(rtnl_link_get_flags(a) & IFF_UP,
					  rtnl_link_get_flags(b) & IFF_UP);
		}
		nl_object_put(m);
	}
	if (getenv("NLTEST_VERBOSE"))
		for (o = nl_cache_get_first(managed); o; o = nl_cache_get_next(o)) {
			struct nl_object *f = nl_cache_search(fresh, o);
			struct nl_dump_params dp = { .dp_type = NL_DUMP_LINE,
						     .dp_fd = stderr };

			if (f) {
				nl_object_put(f);
				continue;
			}
			fprintf(stderr, "stale: ");
			nl_object_dump(o, &dp);
		}
	ck_assert_msg(missing == 0 && nl_cache_nitems(managed) ==
					      nl_cache_nitems(fresh),
		      "%s: managed %d, fresh %d, %d of the fresh missing", what,
		      nl_cache_nitems(managed), nl_cache_nitems(fresh), missing);
	nl_cache_free(fresh);
	nl_socket_free(sk);
}

/* A manager whose event socket has a receive buffer of @rcvbuf bytes
 * (0: the default). */
static struct nl_cache_mngr *small_mngr(int rcvbuf, struct nl_sock **evsk)
{
	struct nl_cache_mngr *mngr;
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	if (rcvbuf)
		ck_assert_int_eq(nl_socket_set_buffer_size(sk, rcvbuf, 0), 0);
	ck_assert_int_eq(nl_cache_mngr_alloc(sk, NETLINK_ROUTE, 0, &mngr), 0);
	*evsk = sk;
	return mngr;
}

/* ------------------------------------------------------------------ */
/* An address cache, a 4 KiB buffer, a writer without pause             */

struct writer {
	int ifindex;
	int del;		/* delete instead of add */
	int count;		/* addresses, in and out */
	double seconds;		/* at most */
	int done;		/* atomic */
};

static void addr_of(int i, struct nl_addr **a)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "10.%d.%d.%d/32", 64 + (i >> 16),
		 (i >> 8) & 255, i & 255);
	ck_assert_int_eq(nl_addr_parse(buf, AF_INET, a), 0);
}

static void *write_addrs(void *arg)
{
	struct writer *w = arg;
	struct nl_sock *sk = nl_socket_alloc();
	double end = now() + w->seconds;
	int i, n = w->del ? w->count : 0;

	nl_connect(sk, NETLINK_ROUTE);
	for (i = 0; w->del ? i < n : now() < end; i++) {
		struct rtnl_addr *ra = rtnl_addr_alloc();
		struct nl_addr *a;
		int err;

		addr_of(i, &a);
		rtnl_addr_set_ifindex(ra, w->ifindex);
		rtnl_addr_set_local(ra, a);
		err = w->del ? rtnl_addr_delete(sk, ra, 0)
			     : rtnl_addr_add(sk, ra, 0);
		nl_addr_put(a);
		rtnl_addr_put(ra);
		if (err < 0)
			break;
	}
	if (!w->del)
		w->count = i;
	nl_socket_free(sk);
	__atomic_store_n(&w->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

START_TEST(overrun_small_buffer)
{
	struct nl_cache_mngr *mngr;
	struct nl_cache *addrs = NULL;
	struct nl_sock *evsk;
	struct writer w = { 0 };
	unsigned long drops = 0;
	int round, overran = 0;
	double t0 = now();

	nltest_sh_ok("ip link add ov0 type ifb && ip link set ov0 up");
	w.ifindex = (int)if_nametoindex("ov0");
	ck_assert_int_gt(w.ifindex, 0);
	w.seconds = 1.2;

	mngr = small_mngr(4096, &evsk);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/addr", NULL, NULL,
					   &addrs), 0);
	/* rounds add addresses, then delete them all; the manager is polled
	 * in a loop (it overruns while it resyncs) or by a busy application
	 * (it overruns between calls) */
	for (round = 0; round < 4; round++) {
		pthread_t t;
		unsigned long d;

		w.del = round & 1;
		__atomic_store_n(&w.done, 0, __ATOMIC_RELAXED);
		ck_assert_int_eq(pthread_create(&t, NULL, write_addrs, &w), 0);
		while (!__atomic_load_n(&w.done, __ATOMIC_ACQUIRE)) {
			nl_cache_mngr_poll(mngr, round < 2 ? 50 : 0);
			if (round >= 2)
				usleep(20000);
		}
		pthread_join(t, NULL);
		poll_until_quiet(mngr, 200, 30 * slowdown());
		d = drops_of(nl_socket_get_local_port(evsk));
		overran += d > drops;
		drops = d;
		fprintf(stderr, "overrun round %d: %d addresses %s, %lu events "
			"dropped so far, %d cached (%.1f s)\n", round, w.count,
			w.del ? "deleted" : "added", d, nl_cache_nitems(addrs),
			now() - t0);
		assert_equals_fresh(addrs, "addresses");
	}
	ck_assert_int_gt(w.count, 100);
	/* the busy rounds overrun for sure, the others when they do */
	ck_assert_int_ge(overran, 2);
	nl_cache_mngr_free(mngr);
	nl_socket_free(evsk);
	nltest_sh_ok("ip link del ov0");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Link, address and route caches, bursts of ip -batch                  */

#define NDUMMY 8

/* One burst: @n changes of addresses and routes (half of them undone in
 * the same burst) and a few of links, written to @path. */
static void write_burst(const char *path, int round, int n)
{
	FILE *f = fopen(path, "w");
	int i;

	ck_assert_ptr_nonnull(f);
	for (i = 0; i < n / 4; i++) {
		int d = (i + round) % NDUMMY;
		int a = (round * 977 + i) % 60000;
		int undo = (i + round) % 2;

		fprintf(f, "address add 10.%d.%d.%d/32 dev d%d\n", 100 + a / 65536,
			(a >> 8) & 255, a & 255, d);
		fprintf(f, "route add 10.%d.%d.%d/32 dev d%d table %d\n",
			200 + a / 65536, (a >> 8) & 255, a & 255, d,
			100 + (i & 3));
		if (undo) {
			fprintf(f, "address del 10.%d.%d.%d/32 dev d%d\n",
				100 + a / 65536, (a >> 8) & 255, a & 255, d);
			fprintf(f, "route del 10.%d.%d.%d/32 dev d%d table %d\n",
				200 + a / 65536, (a >> 8) & 255, a & 255, d,
				100 + (i & 3));
		}
		if (i % 50 == 0) {
			fprintf(f, "link set d%d mtu %d\n", d,
				1000 + (i * 7 + round) % 500);
			fprintf(f, "link add e%d type ifb\n", i % 8);
			fprintf(f, "link set e%d alias r%di%d\n", i % 8, round, i);
			if (undo)
				fprintf(f, "link del e%d\n", i % 8);
		}
	}
	fclose(f);
}

START_TEST(overrun_bursts)
{
	struct nl_cache_mngr *mngr;
	struct nl_cache *links = NULL, *addrs = NULL, *routes = NULL;
	struct nl_sock *evsk;
	char path[] = "/tmp/nl-mngr-burst-XXXXXX";
	unsigned long drops = 0;
	int round, fd, i, overran = 0, rounds = 20;
	double t0 = now();

	/* the ThreadSanitizer pass in CI runs fewer */
	if (getenv("NLTEST_BURST_ROUNDS"))
		rounds = atoi(getenv("NLTEST_BURST_ROUNDS"));
	ck_assert_int_gt(rounds, 0);

	/* each link keeps an address: the kernel drops the routes of a
	 * link silently when its last IPv4 address goes */
	for (i = 0; i < NDUMMY; i++)
		nltest_sh_ok("ip link add d%d type ifb && ip link set d%d up && "
			     "ip address add 10.99.0.%d/32 dev d%d", i, i, i, i);
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);

	mngr = small_mngr(4096, &evsk);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/link", NULL, NULL,
					   &links), 0);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/addr", NULL, NULL,
					   &addrs), 0);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "route/route", NULL, NULL,
					   &routes), 0);
	for (round = 0; round < rounds; round++) {
		pid_t pid;
		unsigned long d;
		int status;

		write_burst(path, round, 2500);
		pid = fork();
		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			/* "File exists": the bursts do not look */
			if (!freopen("/dev/null", "w", stderr))
				_exit(126);
			execlp("ip", "ip", "-force", "-batch", path, (char *)NULL);
			_exit(127);
		}
		/* polled in a loop, or by a busy application */
		while (waitpid(pid, &status, WNOHANG) == 0) {
			nl_cache_mngr_poll(mngr, round & 1 ? 0 : 20);
			if (round & 1)
				usleep(20000);
		}
		ck_assert(WIFEXITED(status));
		poll_until_quiet(mngr, 200, 30 * slowdown());
		d = drops_of(nl_socket_get_local_port(evsk));
		overran += d > drops;
		drops = d;
		assert_equals_fresh(links, "links");
		assert_equals_fresh(addrs, "addresses");
		assert_equals_fresh(routes, "routes");
	}
	fprintf(stderr, "bursts: %d rounds, %d with lost events (%lu events "
		"dropped), caches equal to fresh dumps after each (%.1f s)\n",
		rounds, overran, drops, now() - t0);
	ck_assert_int_gt(overran, 0);
	nl_cache_mngr_free(mngr);
	nl_socket_free(evsk);
	unlink(path);
	for (i = 0; i < NDUMMY; i++)
		nltest_sh_ok("ip link del d%d", i);
	nltest_sh("for l in $(ip -o link show type ifb | sed -n "
		  "'s/^[0-9]*: \\(e[0-9]*\\):.*/\\1/p'); do ip link del $l; done");
}
END_TEST

static Suite *mngr_suite(void)
{
	Suite *s = suite_create("kernel-mngr");
	TCase *tc = tcase_create("overrun");

	tcase_add_test(tc, overrun_small_buffer);
	tcase_add_test(tc, overrun_bursts);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	nltest_enter_netns();
	/* no IPv6 link-local addresses and routes coming and going */
	nltest_sh("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 "
		  "net.ipv6.conf.default.disable_ipv6=1");
	return nltest_run(mngr_suite());
}
