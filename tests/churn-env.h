/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The churn environment of the consistent-dump checks: a private network
 * namespace with many stable links and addresses, one link and one address
 * that a child process keeps adding and deleting, and a checker that tells
 * whether a snapshot (a cache's content) is exact.
 *
 * Shared by tests/check-kernel-dump.c, src/nl-dump-check.c and
 * bench/churn-stock.c.  It uses no libnl at all (iproute2 does the
 * changes), so the stock-libnl benchmark can use it too.
 */

#ifndef CHURN_ENV_H_
#define CHURN_ENV_H_

#include <stdint.h>
#include <sys/types.h>

/* Names and addresses used by the environment. */
#define CHURN_LINK_PREFIX "s"		/* stable links s0 .. s<N-1> (bridges) */
#define CHURN_LINK_NAME "churn0"	/* the flapping link */
#define CHURN_ADDR_STR "10.255.255.254"	/* the flapping address, /32 on lo */

/* Leave the current network namespace for a fresh one with lo up.
 * Returns 0, or -1 with a message in @err (e.g. not root). */
int churn_enter_netns(char *err, size_t errlen);

/*
 * Create @nlinks bridges (down) and @naddrs IPv4 /32 addresses spread over
 * them, with `ip -batch`.  Address i is 10.0.0.0 + 256 + i on link
 * s<i % nlinks>.  Returns 0, or -1 with a message in @err.
 */
int churn_populate(unsigned int nlinks, unsigned int naddrs, char *err,
		   size_t errlen);

/* What the flapping child does. */
#define CHURN_LINK (1u << 0)	/* add and delete CHURN_LINK_NAME */
#define CHURN_ADDR (1u << 1)	/* add and delete CHURN_ADDR_STR on lo */

struct churn {
	pid_t pid;			/* the writer process, 0 when stopped */
	volatile uint64_t *ops;		/* shared: commands written so far */
	uint64_t last_ops;		/* commands written, after churn_stop() */
	double seconds;			/* how long it ran */
	double t0;
};

/*
 * Fork a writer that feeds `ip -force -batch -` with add/delete commands
 * for what @what selects, as fast as ip takes them, until churn_stop() or
 * until @max_seconds passed (it also dies with its parent).
 * Returns 0 or -1.
 */
int churn_start(struct churn *c, unsigned int what, unsigned int max_seconds);

/* Stop the writer and its ip; fills c->last_ops and c->seconds. */
void churn_stop(struct churn *c);

/* ------------------------------------------------------------------ */
/* Snapshot checker                                                     */

struct churn_check {
	unsigned int nlinks, naddrs;
	unsigned int *link_seen;	/* per stable link */
	unsigned int *addr_seen;	/* per stable address */
	unsigned int lo_seen, lo4_seen, lo6_seen;
	unsigned int churn_seen;	/* churned object in this snapshot */
	unsigned int unknown;		/* objects that are none of the above */
};

/* The verdict on one snapshot. */
struct churn_verdict {
	unsigned int objects;		/* objects in the snapshot */
	unsigned int duplicates;	/* extra copies of stable objects */
	unsigned int missing;		/* stable objects not there */
	unsigned int churn_copies;	/* copies of the churned object */
	unsigned int unknown;		/* objects that should not exist */
	int exact;			/* 1: each stable once, churned <= 1 */
};

int churn_check_init(struct churn_check *c, unsigned int nlinks,
		     unsigned int naddrs);
void churn_check_free(struct churn_check *c);
/* Start a snapshot. */
void churn_check_begin(struct churn_check *c);
/* One link object of the snapshot, by name. */
void churn_check_link(struct churn_check *c, const char *name);
/* One address object: family, the local address bytes (4 or 16). */
void churn_check_addr(struct churn_check *c, int family, const void *bytes,
		      unsigned int len);
/* End a snapshot of links (@links = 1) or addresses (@links = 0). */
struct churn_verdict churn_check_end(struct churn_check *c, int links);

/* ------------------------------------------------------------------ */
/* Small statistics helpers                                             */

double churn_now(void);	/* CLOCK_MONOTONIC seconds */

struct churn_stats {
	double *v;
	unsigned int n, cap;
};
void churn_stats_add(struct churn_stats *s, double v);
/* The @q quantile (0..1) of the values, 0 when empty. */
double churn_stats_quantile(struct churn_stats *s, double q);
double churn_stats_max(const struct churn_stats *s);
double churn_stats_mean(const struct churn_stats *s);
void churn_stats_free(struct churn_stats *s);

#endif
