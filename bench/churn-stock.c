/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The consistent-dump churn check against the SYSTEM's stock libnl, through
 * its public API only (rtnl_link_alloc_cache, rtnl_addr_alloc_cache,
 * nl_cache_refill).  Built by bench/run-churn-stock with
 * `pkg-config --cflags --libs libnl-route-3.0`; not part of `make check`.
 *
 * In a private network namespace it creates N stable links and M stable
 * addresses, keeps one link and one address flapping, refills a link cache
 * and an address cache many times and checks every snapshot: each stable
 * object exactly once, the flapping one at most once, nothing else.
 *
 * Stock libnl restarts an interrupted dump without limit and without
 * clearing what the interrupted attempt added, so a refill may never end or
 * grow without bound.  Each refill therefore runs in a child process with
 * a time limit and a memory limit; a refill that hits either is reported.
 * Attempts are counted with an NL_CB_MSG_OUT callback (every dump request
 * sent is one attempt).
 */

#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>

#include "../tests/churn-env.h"

struct result {
	int rc;				/* nl_cache_refill's return */
	unsigned int attempts;		/* dump requests sent */
	double seconds;
	struct churn_verdict v;
};

struct totals {
	const char *name;
	unsigned int refills, exact, with_dups, with_missing, with_unknown,
		     churn_twice, errors, timeouts, killed;
	unsigned int max_objects, max_dups, max_missing, max_attempts;
	unsigned long long attempts;
	int last_err;
	struct churn_stats times;
};

static unsigned int opt_links = 1000, opt_addrs = 4000, opt_refills = 100;
static unsigned int opt_timeout = 10, opt_mem_mb = 1024;

static int count_out(struct nl_msg *msg, void *arg)
{
	(*(unsigned int *)arg)++;
	return NL_OK;
}

static void verify(struct nl_cache *cache, int links, struct churn_check *ck,
		   struct churn_verdict *v)
{
	struct nl_object *o;

	churn_check_begin(ck);
	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o)) {
		if (links) {
			churn_check_link(ck, rtnl_link_get_name((struct rtnl_link *)o));
		} else {
			struct nl_addr *a = rtnl_addr_get_local((struct rtnl_addr *)o);

			if (a)
				churn_check_addr(ck, nl_addr_get_family(a),
						 nl_addr_get_binary_addr(a),
						 nl_addr_get_len(a));
			else
				churn_check_addr(ck, AF_UNSPEC, NULL, 0);
		}
	}
	*v = churn_check_end(ck, links);
}

/* In the child: one fresh socket, one cache, one refill, one verdict. */
static void child_refill(int links, struct churn_check *ck, int fd)
{
	struct result r;
	struct nl_sock *sk;
	struct nl_cache *cache = NULL;
	struct rlimit rl;
	double t0;

	memset(&r, 0, sizeof(r));
	rl.rlim_cur = rl.rlim_max = (rlim_t)opt_mem_mb << 20;
	setrlimit(RLIMIT_AS, &rl);

	sk = nl_socket_alloc();
	if (!sk || nl_connect(sk, NETLINK_ROUTE) < 0)
		_exit(3);
	nl_socket_modify_cb(sk, NL_CB_MSG_OUT, NL_CB_CUSTOM, count_out,
			    &r.attempts);
	/* An empty cache of the type (what rtnl_*_alloc_cache() allocates
	 * before it fills it), so that only the refill is measured. */
	r.rc = nl_cache_alloc_name(links ? "route/link" : "route/addr", &cache);
	if (r.rc < 0)
		_exit(4);
	r.attempts = 0;
	t0 = churn_now();
	r.rc = nl_cache_refill(sk, cache);
	r.seconds = churn_now() - t0;
	verify(cache, links, ck, &r.v);
	if (write(fd, &r, sizeof(r)) != (ssize_t)sizeof(r))
		_exit(5);
	_exit(0);
}

static void one_refill(int links, struct churn_check *ck, struct totals *t)
{
	struct result r;
	struct pollfd pfd;
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	if (pipe(fds) < 0)
		exit(2);
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		exit(2);
	if (pid == 0) {
		close(fds[0]);
		child_refill(links, ck, fds[1]);
	}
	close(fds[1]);
	t->refills++;
	pfd.fd = fds[0];
	pfd.events = POLLIN;
	if (poll(&pfd, 1, opt_timeout * 1000) <= 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		close(fds[0]);
		t->timeouts++;
		churn_stats_add(&t->times, opt_timeout);
		return;
	}
	n = read(fds[0], &r, sizeof(r));
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (n != (ssize_t)sizeof(r)) {
		/* out of memory inside libnl, or another crash */
		t->killed++;
		return;
	}
	churn_stats_add(&t->times, r.seconds);
	t->attempts += r.attempts;
	if (r.attempts > t->max_attempts)
		t->max_attempts = r.attempts;
	if (r.rc < 0) {
		t->errors++;
		t->last_err = r.rc;
	}
	if (r.v.exact)
		t->exact++;
	if (r.v.duplicates)
		t->with_dups++;
	if (r.v.missing)
		t->with_missing++;
	if (r.v.unknown)
		t->with_unknown++;
	if (r.v.churn_copies > 1)
		t->churn_twice++;
	if (r.v.objects > t->max_objects)
		t->max_objects = r.v.objects;
	if (r.v.duplicates > t->max_dups)
		t->max_dups = r.v.duplicates;
	if (r.v.missing > t->max_missing)
		t->max_missing = r.v.missing;
}

static void report(struct totals *t, unsigned int expected)
{
	fprintf(stdout,
		"%-9s refills %u: exact %u, inexact %u (duplicates %u, missing %u, "
		"unknown %u, churned twice %u), errors %u%s%s, timeouts(>%us) %u, "
		"out-of-memory %u\n",
		t->name, t->refills, t->exact, t->refills - t->exact,
		t->with_dups, t->with_missing, t->with_unknown, t->churn_twice,
		t->errors, t->errors ? " last: " : "",
		t->errors ? nl_geterror(t->last_err) : "", opt_timeout,
		t->timeouts, t->killed);
	fprintf(stdout,
		"%-9s objects expected %u, max seen %u, max duplicates %u, max missing %u; "
		"attempts avg %.2f max %u; time/refill median %.1f ms p95 %.1f ms max %.1f ms\n",
		t->name, expected, t->max_objects, t->max_dups, t->max_missing,
		t->refills - t->timeouts - t->killed ?
			(double)t->attempts / (t->refills - t->timeouts - t->killed) : 0,
		t->max_attempts, churn_stats_quantile(&t->times, 0.5) * 1e3,
		churn_stats_quantile(&t->times, 0.95) * 1e3,
		churn_stats_max(&t->times) * 1e3);
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: churn-stock [--links N] [--addrs M] [--refills K] [--timeout S] [--mem MB]\n"
		"Refills stock libnl's link and address caches K times each while one link\n"
		"and one address flap, in a private network namespace (needs root).\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "links", 1, NULL, 'l' }, { "addrs", 1, NULL, 'a' },
		{ "refills", 1, NULL, 'n' }, { "timeout", 1, NULL, 't' },
		{ "mem", 1, NULL, 'm' }, { "help", 0, NULL, 'h' }, { 0 }
	};
	struct totals tl = { .name = "links" }, ta = { .name = "addresses" };
	struct churn_check ck;
	struct churn churn;
	char err[256];
	unsigned int i;
	int c;

	while ((c = getopt_long(argc, argv, "l:a:n:t:m:h", opts, NULL)) != -1) {
		switch (c) {
		case 'l': opt_links = strtoul(optarg, NULL, 0); break;
		case 'a': opt_addrs = strtoul(optarg, NULL, 0); break;
		case 'n': opt_refills = strtoul(optarg, NULL, 0); break;
		case 't': opt_timeout = strtoul(optarg, NULL, 0); break;
		case 'm': opt_mem_mb = strtoul(optarg, NULL, 0); break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (!opt_links || !opt_timeout) {
		usage(stderr);
		return 2;
	}

	if (churn_enter_netns(err, sizeof(err)) < 0 ||
	    churn_populate(opt_links, opt_addrs, err, sizeof(err)) < 0) {
		fprintf(stderr, "churn-stock: %s\n", err);
		return 77;
	}
	if (churn_check_init(&ck, opt_links, opt_addrs) < 0)
		return 2;

	printf("stock libnl (%s), %u links, %u addresses, one link and one address "
	       "flapping, %u refills of each cache\n",
	       LIBNL_STRING, opt_links, opt_addrs, opt_refills);
	fflush(stdout);

	if (churn_start(&churn, CHURN_LINK | CHURN_ADDR, 600) < 0) {
		fprintf(stderr, "churn-stock: cannot start the flapping process\n");
		return 2;
	}
	for (i = 0; i < opt_refills; i++) {
		one_refill(1, &ck, &tl);
		one_refill(0, &ck, &ta);
	}
	churn_stop(&churn);

	report(&tl, opt_links + 1);
	report(&ta, opt_addrs + 2);
	printf("flapping: %llu ip commands in %.1f s\n",
	       (unsigned long long)churn.last_ops, churn.seconds);
	churn_check_free(&ck);
	churn_stats_free(&tl.times);
	churn_stats_free(&ta.times);
	return 0;
}
