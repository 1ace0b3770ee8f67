/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-dump-check: see inconsistent netlink dumps, and their fix, on this
 * kernel.
 *
 * In a private network namespace (nothing of the host is touched) it
 * creates N links and M addresses, keeps one link and one address
 * flapping, refills a link cache and an address cache again and again and
 * checks every snapshot: each stable object exactly once, the flapping one
 * at most once, nothing else.  It prints how many dump attempts were
 * interrupted and retried, how many refills failed and how long a refill
 * takes.  --upstream runs the same loop the way upstream libnl-3 refills
 * (restart an interrupted dump without limit and without clearing the
 * cache); --compare runs both, one after the other.
 *
 * The caches are the minimal link/address types of tests/mini-rtnl.c,
 * until libnl-route-3 exists in this tree.
 */

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "../tests/mini-rtnl.h"
#include "../tests/churn-env.h"

/* Guard of the upstream emulation: upstream would go on for ever. */
#define UPSTREAM_MAX_ATTEMPTS 1000
#define UPSTREAM_MAX_SEC 10.0
#define UPSTREAM_MAX_GROWTH 50	/* objects, times the expected count */

static unsigned int opt_links = 1000, opt_addrs = 4000, opt_refills = 200;
static unsigned int opt_seconds, opt_attempts, opt_msec;
static int opt_upstream, opt_compare, opt_verify, opt_quiet, opt_nochurn;
static int opt_limits_set;

struct stats {
	const char *name;
	unsigned int expected;
	unsigned int refills, exact, failed, guarded;
	unsigned int dups, missing, unknown, churn_twice;
	unsigned int max_objects;
	unsigned long long attempts, interrupted;
	unsigned int max_attempts;
	int last_err;
	struct churn_stats times;
};

static volatile sig_atomic_t stop_now;

static void on_sigint(int sig)
{
	stop_now = 1;
}

static void usage(FILE *f)
{
	fprintf(f,
"Usage: nl-dump-check [OPTIONS]\n"
"\n"
"Shows whether netlink dumps of links and addresses stay consistent while\n"
"the tables change.  Runs in a private network namespace (needs root); the\n"
"host's interfaces are never touched.\n"
"\n"
"  -l, --links N        stable links to create (bridges)         [1000]\n"
"  -a, --addrs M        stable IPv4 addresses to create          [4000]\n"
"  -n, --refills K      refills of each cache                    [200]\n"
"  -s, --seconds S      run for S seconds instead of K refills\n"
"  -u, --upstream       refill as upstream libnl-3 does: restart an\n"
"                       interrupted dump without limit, without clearing\n"
"  -c, --compare        run this library's refill, then --upstream\n"
"  -V, --verify         verify mode: listen for events during refills\n"
"      --attempts N     retry limit: attempts per refill   [library default]\n"
"      --msec MS        retry limit: milliseconds per refill [library default]\n"
"      --no-churn       do not flap anything (a baseline)\n"
"  -q, --quiet          print the summary only\n"
"  -h, --help           this text\n"
"\n"
"Exit status: 0 every snapshot exact and no refill failed, 1 otherwise,\n"
"2 bad usage, 3 the namespace could not be set up (e.g. not root).\n");
}

/* ------------------------------------------------------------------ */

static void verify(struct nl_cache *cache, int links, struct churn_check *ck,
		   struct stats *st)
{
	struct churn_verdict v = mini_check_cache(cache, links, ck);

	if (v.exact)
		st->exact++;
	if (v.duplicates)
		st->dups++;
	if (v.missing)
		st->missing++;
	if (v.unknown)
		st->unknown++;
	if (v.churn_copies > 1)
		st->churn_twice++;
	if (v.objects > st->max_objects)
		st->max_objects = v.objects;
}

/*
 * Upstream's refill, emulated: clear once, then request and pick up; on an
 * interrupted dump request and pick up again into the same cache.  The
 * guard stops what upstream would not.
 */
static int upstream_refill(struct nl_sock *sk, struct nl_cache *cache,
			   unsigned int expected, unsigned int *attempts,
			   int *guarded)
{
	double t0 = churn_now();
	int err;

	*attempts = 0;
	*guarded = 0;
	nl_cache_clear(cache);
	for (;;) {
		(*attempts)++;
		err = cache->c_ops->co_request_update(cache, sk);
		if (err < 0)
			return err;
		err = nl_cache_pickup(sk, cache);
		if (err != -NLE_DUMP_INTR)
			return err;
		if (*attempts >= UPSTREAM_MAX_ATTEMPTS ||
		    churn_now() - t0 > UPSTREAM_MAX_SEC ||
		    (unsigned int)nl_cache_nitems(cache) >
			    expected * UPSTREAM_MAX_GROWTH) {
			*guarded = 1;
			return err;
		}
	}
}

static void one_refill(struct nl_sock *sk, struct nl_cache *cache, int links,
		       int upstream, struct churn_check *ck, struct stats *st)
{
	uint64_t r0 = nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES);
	uint64_t i0 = nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INTERRUPTED);
	unsigned int attempts;
	int err, guarded = 0;
	double t0 = churn_now();

	if (upstream)
		err = upstream_refill(sk, cache, st->expected, &attempts,
				      &guarded);
	else
		err = nl_cache_refill(sk, cache);
	churn_stats_add(&st->times, churn_now() - t0);

	if (upstream) {
		st->interrupted += attempts - (err == -NLE_DUMP_INTR ? 0 : 1);
	} else {
		attempts = 1 + (unsigned int)(nl_socket_get_dump_counter(
					sk, NL_DUMP_CNT_RETRIES) - r0);
		st->interrupted += nl_socket_get_dump_counter(
					sk, NL_DUMP_CNT_INTERRUPTED) - i0;
	}
	st->refills++;
	st->attempts += attempts;
	if (attempts > st->max_attempts)
		st->max_attempts = attempts;
	if (guarded)
		st->guarded++;
	else if (err < 0) {
		st->failed++;
		st->last_err = err;
	}
	/* After a failed refill the cache must still hold the last good
	 * snapshot, so every refill's result is checked. */
	verify(cache, links, ck, st);
}

static void print_header(void)
{
	printf("  %-10s %7s %6s %5s %6s %16s %12s %26s\n", "cache", "refills",
	       "exact", "bad", "failed", "attempts avg/max", "interrupted",
	       "ms per refill med/p95/max");
}

static void print_row(const struct stats *st)
{
	struct stats *s = (struct stats *)st;
	char att[32], tm[48];

	snprintf(att, sizeof(att), "%.2f/%u",
		 s->refills ? (double)s->attempts / s->refills : 0.0,
		 s->max_attempts);
	snprintf(tm, sizeof(tm), "%.1f/%.1f/%.1f",
		 churn_stats_quantile(&s->times, 0.5) * 1e3,
		 churn_stats_quantile(&s->times, 0.95) * 1e3,
		 churn_stats_max(&s->times) * 1e3);
	printf("  %-10s %7u %6u %5u %6u %16s %12llu %26s\n", s->name,
	       s->refills, s->exact, s->refills - s->exact,
	       s->failed + s->guarded, att, s->interrupted, tm);
}

static void print_details(const struct stats *st)
{
	if (st->exact == st->refills && !st->failed && !st->guarded)
		return;
	printf("  %-10s bad snapshots: %u with duplicates, %u with stable objects "
	       "missing, %u with unknown objects, %u with the flapping object "
	       "twice; largest %u objects (expected %u)\n",
	       st->name, st->dups, st->missing, st->unknown, st->churn_twice,
	       st->max_objects, st->expected);
	if (st->failed)
		printf("  %-10s %u refills failed, last: %s\n", st->name,
		       st->failed, nl_geterror(st->last_err));
	if (st->guarded)
		printf("  %-10s %u refills stopped by this tool after %u attempts, "
		       "%.0f s or %ux the objects (upstream would go on)\n",
		       st->name, st->guarded, UPSTREAM_MAX_ATTEMPTS,
		       UPSTREAM_MAX_SEC, UPSTREAM_MAX_GROWTH);
}

/* One mode: fresh socket and caches, the refill loop, the report. */
static int run_mode(int upstream, struct churn_check *ck)
{
	struct stats sl = { .name = "links", .expected = opt_links + 1 };
	struct stats sa = { .name = "addresses", .expected = opt_addrs + 2 };
	struct nl_cache *lc = NULL, *ac = NULL;
	struct nl_sock *sk;
	unsigned int i, att, msec;
	double end = churn_now() + opt_seconds;
	int err, ok;

	sk = nl_socket_alloc();
	if (!sk || (err = nl_connect(sk, NETLINK_ROUTE)) < 0) {
		fprintf(stderr, "nl-dump-check: cannot open a netlink socket\n");
		nl_socket_free(sk);
		return -1;
	}
	if (opt_limits_set &&
	    (err = nl_socket_set_dump_retry_limit(sk, opt_attempts, opt_msec)) < 0) {
		fprintf(stderr, "nl-dump-check: retry limits: %s\n",
			nl_geterror(err));
		nl_socket_free(sk);
		return -1;
	}
	if (opt_verify)
		nl_socket_set_dump_flags(sk, nl_socket_get_dump_flags(sk) |
					 NL_SOCK_DUMP_VERIFY);
	nl_socket_get_dump_retry_limit(sk, &att, &msec);

	lc = nl_cache_alloc(&mini_link_ops);
	ac = nl_cache_alloc(upstream ? &mini_addr_unhashed_ops : &mini_addr_ops);
	if (!lc || !ac) {
		fprintf(stderr, "nl-dump-check: out of memory\n");
		nl_cache_free(lc);
		nl_cache_free(ac);
		nl_socket_free(sk);
		return -1;
	}

	if (upstream)
		printf("\nupstream libnl-3 refill, emulated (restart without "
		       "limit, cache not cleared between attempts):\n");
	else
		printf("\nthis library's refill (atomic; default policy: %u "
		       "attempts, %u ms%s; 0 = no limit):\n", att, msec,
		       nl_socket_get_dump_flags(sk) & NL_SOCK_DUMP_VERIFY ?
				", verify mode" : "");
	fflush(stdout);

	for (i = 0; !stop_now; i++) {
		if (opt_seconds ? churn_now() >= end : i >= opt_refills)
			break;
		one_refill(sk, lc, 1, upstream, ck, &sl);
		one_refill(sk, ac, 0, upstream, ck, &sa);
		if (!opt_quiet && isatty(2) && (i + 1) % 50 == 0) {
			fprintf(stderr, "  ... %u refills of each cache\r", i + 1);
			fflush(stderr);
		}
	}
	if (!opt_quiet && isatty(2))
		fprintf(stderr, "%40s\r", "");

	print_header();
	print_row(&sl);
	print_row(&sa);
	print_details(&sl);
	print_details(&sa);
	if (!upstream)
		printf("  socket counters: dumps %llu, interrupted %llu, "
		       "retries %llu, failed %llu, accepted inconsistent %llu\n",
		       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS),
		       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INTERRUPTED),
		       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_RETRIES),
		       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_FAILED),
		       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_INCONSISTENT));

	ok = sl.exact == sl.refills && sa.exact == sa.refills &&
	     !sl.failed && !sa.failed && !sl.guarded && !sa.guarded;
	printf("  verdict: %s\n", ok ? "every snapshot exact, no refill failed" :
	       "INCONSISTENT snapshots or failed refills (see above)");

	churn_stats_free(&sl.times);
	churn_stats_free(&sa.times);
	nl_cache_free(lc);
	nl_cache_free(ac);
	nl_socket_free(sk);
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	enum { OPT_ATTEMPTS = 256, OPT_MSEC, OPT_NOCHURN };
	static const struct option opts[] = {
		{ "links", 1, NULL, 'l' },	{ "addrs", 1, NULL, 'a' },
		{ "refills", 1, NULL, 'n' },	{ "seconds", 1, NULL, 's' },
		{ "upstream", 0, NULL, 'u' },	{ "compare", 0, NULL, 'c' },
		{ "verify", 0, NULL, 'V' },	{ "quiet", 0, NULL, 'q' },
		{ "attempts", 1, NULL, OPT_ATTEMPTS },
		{ "msec", 1, NULL, OPT_MSEC },
		{ "no-churn", 0, NULL, OPT_NOCHURN },
		{ "help", 0, NULL, 'h' },	{ 0 }
	};
	struct churn_check ck;
	struct churn churn = { 0 };
	struct sigaction sa;
	char err[256], *end;
	unsigned long v;
	int c, rc = 0;

	while ((c = getopt_long(argc, argv, "l:a:n:s:ucVqh", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case 'u': opt_upstream = 1; continue;
		case 'c': opt_compare = 1; continue;
		case 'V': opt_verify = 1; continue;
		case 'q': opt_quiet = 1; continue;
		case OPT_NOCHURN: opt_nochurn = 1; continue;
		case '?':
			usage(stderr);
			return 2;
		}
		/* options with a number */
		errno = 0;
		v = strtoul(optarg, &end, 10);
		if (errno || *end || !*optarg || v > 10000000) {
			fprintf(stderr, "nl-dump-check: bad number \"%s\"\n", optarg);
			return 2;
		}
		switch (c) {
		case 'l': opt_links = v; break;
		case 'a': opt_addrs = v; break;
		case 'n': opt_refills = v; break;
		case 's': opt_seconds = v; break;
		case OPT_ATTEMPTS: opt_attempts = v; opt_limits_set |= 1; break;
		case OPT_MSEC: opt_msec = v; opt_limits_set |= 2; break;
		}
	}
	if (optind < argc || !opt_links || opt_addrs > 1000000 ||
	    (!opt_refills && !opt_seconds)) {
		usage(stderr);
		return 2;
	}
	if (opt_limits_set) {
		/* Only one given: keep the library's default for the other. */
		struct nl_sock *tmp = nl_socket_alloc();
		unsigned int a = 0, m = 0;

		if (tmp)
			nl_socket_get_dump_retry_limit(tmp, &a, &m);
		nl_socket_free(tmp);
		if (!(opt_limits_set & 1))
			opt_attempts = a;
		if (!(opt_limits_set & 2))
			opt_msec = m;
		if (!opt_attempts && !opt_msec) {
			fprintf(stderr, "nl-dump-check: --attempts and --msec "
				"cannot both be 0\n");
			return 2;
		}
	}

	if (churn_enter_netns(err, sizeof(err)) < 0) {
		fprintf(stderr, "nl-dump-check: %s\n", err);
		return 3;
	}
	printf("nl-dump-check: private network namespace, %u links, %u addresses; "
	       "setting up ...\n", opt_links, opt_addrs);
	fflush(stdout);
	if (churn_populate(opt_links, opt_addrs, err, sizeof(err)) < 0) {
		fprintf(stderr, "nl-dump-check: %s\n", err);
		return 3;
	}
	if (churn_check_init(&ck, opt_links, opt_addrs) < 0) {
		fprintf(stderr, "nl-dump-check: out of memory\n");
		return 3;
	}

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	if (!opt_nochurn) {
		/* The writer ends by itself an hour from now at the latest. */
		if (churn_start(&churn, CHURN_LINK | CHURN_ADDR, 3600) < 0) {
			fprintf(stderr, "nl-dump-check: cannot start the "
				"flapping process\n");
			return 3;
		}
		printf("one link (%s) and one address (%s/32) flapping as fast "
		       "as ip(8) can; %u %s of each cache per mode\n",
		       CHURN_LINK_NAME, CHURN_ADDR_STR,
		       opt_seconds ? opt_seconds : opt_refills,
		       opt_seconds ? "seconds of refills" : "refills");
	} else {
		printf("nothing flapping (--no-churn)\n");
	}

	if (opt_compare || !opt_upstream)
		rc |= run_mode(0, &ck) != 0;
	if ((opt_compare || opt_upstream) && !stop_now)
		rc |= run_mode(1, &ck) != 0;

	churn_stop(&churn);
	if (!opt_nochurn)
		printf("\nflapping: %llu ip commands in %.1f s\n",
		       (unsigned long long)churn.last_ops, churn.seconds);
	churn_check_free(&ck);
	return rc;
}
