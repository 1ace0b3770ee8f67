/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nlbench: time libnl-route-3 caches on the current network namespace.
 *
 * The same source is built against this tree's libraries and against the
 * system's stock libnl-3 (bench/run does both), so it uses only the API
 * both share.
 *
 *   nlbench fill KIND REPS    KIND: route link addr neigh
 *	allocates and fills a cache REPS times (then refills it REPS times)
 *	and prints one line:
 *	  fill_ms=<median> refill_ms=<median> objects=<n> maxrss_kb=<peak>
 *   nlbench events N
 *	fills an address cache inside a cache manager, prints "ready" and
 *	waits until N more addresses arrived through events; prints
 *	  events=<n> ms=<from first event to last> rate=<events/s>
 *   nlbench churn REPS
 *	refills a link cache REPS times and prints the median
 *	  refill_ms=<median> attempts_max=<n>
 *	(run it with and without the churn writer of bench/run)
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

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
	struct nl_cache *c = NULL;
	int i, err, n = 0;

	for (i = 0; i < reps; i++) {
		double t = now_ms();

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

		err = nl_cache_refill(sk, c);
		refill[i] = now_ms() - t;
		if (err < 0) {
			fprintf(stderr, "nlbench: refill: %s\n",
				nl_geterror(err));
			return 1;
		}
	}
	nl_cache_free(c);
	printf("fill_ms=%.2f refill_ms=%.2f objects=%d maxrss_kb=%ld\n",
	       median(fill, reps), median(refill, reps), n, maxrss_kb());
	nl_socket_free(sk);
	free(fill);
	free(refill);
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

static int do_churn(int reps)
{
	struct nl_sock *sk = connect_route();
	double *t = calloc(reps, sizeof(double));
	struct nl_cache *c;
	int i, err;

	err = rtnl_link_alloc_cache(sk, AF_UNSPEC, &c);
	if (err < 0)
		goto fail;
	for (i = 0; i < reps; i++) {
		double t0 = now_ms();

		err = nl_cache_refill(sk, c);
		t[i] = now_ms() - t0;
		if (err < 0)
			goto fail;
	}
	printf("refill_ms=%.2f objects=%d\n", median(t, reps),
	       nl_cache_nitems(c));
	nl_cache_free(c);
	nl_socket_free(sk);
	free(t);
	return 0;
fail:
	fprintf(stderr, "nlbench: churn: %s\n", nl_geterror(err));
	return 1;
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "fill"))
		return do_fill(argv[2], atoi(argv[3]) > 0 ? atoi(argv[3]) : 1);
	if (argc == 3 && !strcmp(argv[1], "events"))
		return do_events(atoi(argv[2]));
	if (argc == 3 && !strcmp(argv[1], "churn"))
		return do_churn(atoi(argv[2]) > 0 ? atoi(argv[2]) : 1);
	fprintf(stderr, "usage: nlbench fill KIND REPS | events N | churn REPS\n");
	return 2;
}
