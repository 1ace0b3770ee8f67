/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nlbench: time libnl-route-3 caches on the current network namespace.
 *
 * The same source is built against this tree's libraries and against the
 * system's stock libnl-3 (bench/run does both), so it uses only the API
 * both share.
 *
 *   nlbench fill KIND REPS    KIND: route link addr neigh
 *	allocates and fills a cache REPS times (then refills it REPS times),
 *	each fill and refill after a dump of the same table through a plain
 *	socket (common.h), so that the kernel's rate is measured in the same
 *	moments as the library's; prints one line:
 *	  fill_ms=<median> refill_ms=<median> kernel_ms=<median> objects=<n>
 *	  maxrss_kb=<peak>
 *   nlbench events N
 *	fills an address cache inside a cache manager, prints "ready" and
 *	waits until N more addresses arrived through events; prints
 *	  events=<n> ms=<from first event to last> rate=<events/s>
 *   nlbench churn-setup
 *	populates the current namespace as the consistent-dump test does
 *	(tests/churn-env.c: 1,000 bridges, 4,000 addresses)
 *   nlbench churn REPS
 *	refills a link cache and an address cache REPS times each, first
 *	quiet, then while the test's writer keeps adding and deleting one
 *	link and one address, and prints the medians:
 *	  link_quiet_ms= link_churn_ms= link_attempts= addr_quiet_ms= ...
 *	  failed=<refills that returned an error>
 *	(attempts: dumps per refill under churn, this fork's counters)
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>

#include "common.h"
#include "../tests/churn-env.h"

static long maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static int alloc_cache(const char *kind, struct nl_sock *sk,
		       struct nl_cache **c)
{
	if (!strcmp(kind, "route"))
		return rtnl_route_alloc_cache(sk, AF_UNSPEC, 0, c);
	if (!strcmp(kind, "link"))
		return rtnl_link_alloc_cache(sk, AF_UNSPEC, c);
	if (!strcmp(kind, "addr"))
		return rtnl_addr_alloc_cache(sk, c);
	if (!strcmp(kind, "neigh"))
		return rtnl_neigh_alloc_cache(sk, c);
	fprintf(stderr, "nlbench: unknown kind %s\n", kind);
	exit(2);
}

static struct nl_sock *connect_route(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	if (!sk || nl_connect(sk, NETLINK_ROUTE) < 0) {
		fprintf(stderr, "nlbench: cannot connect\n");
		exit(1);
	}
	/* large dumps: a big receive buffer, as users of big tables do */
	nl_socket_set_buffer_size(sk, 4 << 20, 0);
	return sk;
}

static int do_fill(const char *kind, int reps)
{
	struct nl_sock *sk = connect_route();
	double *fill = calloc(reps, sizeof(double));
	double *refill = calloc(reps, sizeof(double));
	double *kernel = calloc(2 * reps, sizeof(double));
	size_t rawlen = 1 << 20;
	unsigned char *rawbuf = malloc(rawlen);
	int rawfd = raw_open(0), type = raw_kind(kind), intr;
	struct nl_cache *c = NULL;
	int i, err, n = 0;

	for (i = 0; i < reps; i++) {
		double t = now_ms();

		raw_dump(rawfd, type, rawbuf, rawlen, &intr);
		kernel[i] = now_ms() - t;
		t = now_ms();

		err = alloc_cache(kind, sk, &c);
		fill[i] = now_ms() - t;
		if (err < 0) {
			fprintf(stderr, "nlbench: fill: %s\n", nl_geterror(err));
			return 1;
		}
		n = nl_cache_nitems(c);
		if (i + 1 < reps)
			nl_cache_free(c);
	}
	for (i = 0; i < reps; i++) {
		double t = now_ms();

		raw_dump(rawfd, type, rawbuf, rawlen, &intr);
		kernel[reps + i] = now_ms() - t;
		t = now_ms();
		err = nl_cache_refill(sk, c);
		refill[i] = now_ms() - t;
		if (err < 0) {
			fprintf(stderr, "nlbench: refill: %s\n",
				nl_geterror(err));
			return 1;
		}
	}
	nl_cache_free(c);
	close(rawfd);
	free(rawbuf);
	printf("fill_ms=%.2f refill_ms=%.2f kernel_ms=%.2f objects=%d "
	       "maxrss_kb=%ld\n", median(fill, reps), median(refill, reps),
	       median(kernel, 2 * reps), n, maxrss_kb());
	nl_socket_free(sk);
	free(fill);
	free(refill);
	free(kernel);
	return 0;
}

static int events_seen;
static double first_event, last_event;

static void on_change(struct nl_cache *c, struct nl_object *o, int act,
		      void *arg)
{
	double t = now_ms();

	if (!events_seen++)
		first_event = t;
	last_event = t;
}

static int do_events(int n)
{
	struct nl_cache_mngr *mngr;
	struct nl_cache *c;
	int err, base;

	err = nl_cache_mngr_alloc(NULL, NETLINK_ROUTE, NL_AUTO_PROVIDE, &mngr);
	if (err < 0)
		goto fail;
	err = nl_cache_mngr_add(mngr, "route/addr", on_change, NULL, &c);
	if (err < 0)
		goto fail;
	base = nl_cache_nitems(c);
	printf("ready\n");
	fflush(stdout);
	while (nl_cache_nitems(c) < base + n) {
		err = nl_cache_mngr_poll(mngr, 5000);
		if (err < 0)
			goto fail;
		if (err == 0) {
			fprintf(stderr, "nlbench: events stopped at %d/%d\n",
				nl_cache_nitems(c) - base, n);
			break;
		}
	}
	printf("events=%d ms=%.2f rate=%.0f maxrss_kb=%ld\n", events_seen,
	       last_event - first_event,
	       events_seen / ((last_event - first_event) / 1e3 + 1e-9),
	       maxrss_kb());
	nl_cache_mngr_free(mngr);
	return 0;
fail:
	fprintf(stderr, "nlbench: events: %s\n", nl_geterror(err));
	return 1;
}

/* Median time of @reps refills of @c; failed refills are counted, and
 * with this fork's counters the mean number of dumps per refill. */
static double refill_ms(struct nl_sock *sk, struct nl_cache *c, int reps,
			int *failed, double *attempts)
{
	double *t = calloc(reps, sizeof(double)), m;
	int i;
#ifdef NL_HAVE_DUMP_CONSISTENCY
	uint64_t d0 = nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS) +
		      nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES);
#endif

	for (i = 0; i < reps; i++) {
		double t0 = now_ms();

		if (nl_cache_refill(sk, c) < 0)
			(*failed)++;
		t[i] = now_ms() - t0;
	}
	m = median(t, reps);
	free(t);
#ifdef NL_HAVE_DUMP_CONSISTENCY
	*attempts = (double)(nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS) +
			     nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES) -
			     d0) / reps;
#else
	*attempts = 0;
#endif
	return m;
}

static int do_churn(int reps)
{
	struct nl_sock *sk = connect_route();
	struct nl_cache *c[2];
	double quiet[2], churned[2], qa[2], ca[2];
	struct churn churn;
	int k, err, failed = 0;

	err = rtnl_link_alloc_cache(sk, AF_UNSPEC, &c[0]);
	if (err >= 0)
		err = rtnl_addr_alloc_cache(sk, &c[1]);
	if (err < 0) {
		fprintf(stderr, "nlbench: churn: %s\n", nl_geterror(err));
		return 1;
	}
	for (k = 0; k < 2; k++)
		quiet[k] = refill_ms(sk, c[k], reps, &failed, &qa[k]);
	if (churn_start(&churn, CHURN_LINK | CHURN_ADDR, 600) < 0) {
		fprintf(stderr, "nlbench: cannot start the writer\n");
		return 1;
	}
	usleep(300000);
	for (k = 0; k < 2; k++)
		churned[k] = refill_ms(sk, c[k], reps, &failed, &ca[k]);
	churn_stop(&churn);
	printf("link_quiet_ms=%.2f link_churn_ms=%.2f link_attempts=%.2f "
	       "addr_quiet_ms=%.2f addr_churn_ms=%.2f addr_attempts=%.2f "
	       "failed=%d maxrss_kb=%ld\n", quiet[0], churned[0], ca[0],
	       quiet[1], churned[1], ca[1], failed, maxrss_kb());
	for (k = 0; k < 2; k++)
		nl_cache_free(c[k]);
	nl_socket_free(sk);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "fill"))
		return do_fill(argv[2], atoi(argv[3]) > 0 ? atoi(argv[3]) : 1);
	if (argc == 3 && !strcmp(argv[1], "events"))
		return do_events(atoi(argv[2]));
	if (argc == 3 && !strcmp(argv[1], "churn"))
		return do_churn(atoi(argv[2]) > 0 ? atoi(argv[2]) : 1);
	if (argc == 2 && !strcmp(argv[1], "churn-setup")) {
		char err[256];

		if (churn_populate(1000, 4000, err, sizeof(err)) < 0) {
			fprintf(stderr, "nlbench: %s\n", err);
			return 1;
		}
		return 0;
	}
	fprintf(stderr, "usage: nlbench fill KIND REPS | events N | "
		"churn-setup | churn REPS\n");
	return 2;
}
