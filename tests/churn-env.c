/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The churn environment of the consistent-dump checks (see churn-env.h).
 */

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include "churn-env.h"

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

double churn_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int churn_enter_netns(char *err, size_t errlen)
{
	if (geteuid() != 0) {
		set_err(err, errlen,
			"a private network namespace needs root (run it with sudo)");
		return -1;
	}
	if (unshare(CLONE_NEWNET) < 0) {
		set_err(err, errlen, "unshare(CLONE_NEWNET): %s", strerror(errno));
		return -1;
	}
	if (system("ip link set lo up >/dev/null 2>&1") != 0) {
		set_err(err, errlen, "iproute2 (ip) is not usable here");
		return -1;
	}
	return 0;
}

/* Address i of the stable set, host byte order. */
static uint32_t stable_addr(unsigned int i)
{
	return 0x0a000000u + 256u + i;
}

static int run_batch(const char *what, char *err, size_t errlen,
		     void (*gen)(FILE *f, unsigned int n, unsigned int m),
		     unsigned int n, unsigned int m)
{
	FILE *f = popen("ip -batch - >/dev/null", "w");
	int rc;

	if (!f) {
		set_err(err, errlen, "popen(ip -batch): %s", strerror(errno));
		return -1;
	}
	gen(f, n, m);
	rc = pclose(f);
	if (rc != 0) {
		set_err(err, errlen, "ip -batch failed while creating %s", what);
		return -1;
	}
	return 0;
}

static void gen_links(FILE *f, unsigned int nlinks, unsigned int unused)
{
	unsigned int i;

	for (i = 0; i < nlinks; i++)
		fprintf(f, "link add " CHURN_LINK_PREFIX "%u type bridge\n", i);
}

static void gen_addrs(FILE *f, unsigned int nlinks, unsigned int naddrs)
{
	unsigned int i;

	for (i = 0; i < naddrs; i++) {
		struct in_addr a = { .s_addr = htonl(stable_addr(i)) };

		fprintf(f, "addr add %s/32 dev " CHURN_LINK_PREFIX "%u\n",
			inet_ntoa(a), i % nlinks);
	}
}

int churn_populate(unsigned int nlinks, unsigned int naddrs, char *err,
		   size_t errlen)
{
	if (nlinks == 0 || naddrs > 1000000) {
		set_err(err, errlen, "need 1+ links and at most 1000000 addresses");
		return -1;
	}
	if (run_batch("links", err, errlen, gen_links, nlinks, 0) < 0)
		return -1;
	if (naddrs && run_batch("addresses", err, errlen, gen_addrs, nlinks,
				naddrs) < 0)
		return -1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* The flapping writer                                                  */

static volatile sig_atomic_t writer_stop;

static void writer_on_term(int sig)
{
	writer_stop = 1;
}

static void writer_main(unsigned int what, unsigned int max_seconds,
			volatile uint64_t *ops, const char *link_type)
{
	char lines[512];
	int fds[2];
	pid_t ip;
	size_t len;
	double end = churn_now() + max_seconds;
	struct sigaction sa;
	unsigned long pause_us;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = writer_on_term;
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	if (pipe(fds) < 0)
		_exit(2);
	ip = fork();
	if (ip < 0)
		_exit(2);
	if (ip == 0) {
		int null = open("/dev/null", O_RDWR);

		prctl(PR_SET_PDEATHSIG, SIGKILL);
		dup2(fds[0], 0);
		if (null >= 0) {
			dup2(null, 1);
			dup2(null, 2);
		}
		close(fds[0]);
		close(fds[1]);
		execlp("ip", "ip", "-force", "-batch", "-", (char *)NULL);
		_exit(127);
	}
	close(fds[0]);

	lines[0] = '\0';
	len = 0;
	if (what & CHURN_LINK)
		len += snprintf(lines + len, sizeof(lines) - len,
				"link add " CHURN_LINK_NAME " type %s\n"
				"link del " CHURN_LINK_NAME "\n", link_type);
	if (what & CHURN_ADDR)
		len += snprintf(lines + len, sizeof(lines) - len,
				"addr add " CHURN_ADDR_STR "/32 dev lo\n"
				"addr del " CHURN_ADDR_STR "/32 dev lo\n");

	/* NLTEST_CHURN_PAUSE_US slows the flapping down, for builds whose
	 * dumps are many times slower than the uninstrumented ip(8) (the
	 * sanitizer build in CI); unset, it flaps as fast as ip can. */
	pause_us = getenv("NLTEST_CHURN_PAUSE_US") ?
		   strtoul(getenv("NLTEST_CHURN_PAUSE_US"), NULL, 10) : 0;
	while (!writer_stop && len) {
		ssize_t w = write(fds[1], lines, len);

		if (w != (ssize_t)len)
			break;
		if (pause_us)
			usleep(pause_us);
		*ops += (what & CHURN_LINK ? 2 : 0) + (what & CHURN_ADDR ? 2 : 0);
		if (churn_now() > end)
			break;
	}
	close(fds[1]);
	/* ip reads what is left in the pipe and exits; do not wait long. */
	kill(ip, SIGTERM);
	waitpid(ip, NULL, 0);
	_exit(0);
}

int churn_start(struct churn *c, unsigned int what, unsigned int max_seconds)
{
	const char *link_type = "bridge";
	pid_t pid;

	memset(c, 0, sizeof(*c));
	c->ops = mmap(NULL, sizeof(*c->ops), PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (c->ops == MAP_FAILED) {
		c->ops = NULL;
		return -1;
	}
	*c->ops = 0;

	/* Leftovers of a writer that was killed (a failed test). */
	(void)!system("ip link del " CHURN_LINK_NAME " >/dev/null 2>&1; "
		      "ip addr del " CHURN_ADDR_STR "/32 dev lo >/dev/null 2>&1");

	/* ifb links come and go about twice as fast as bridges. */
	if (what & CHURN_LINK) {
		if (system("ip link add " CHURN_LINK_NAME
			   " type ifb >/dev/null 2>&1") == 0) {
			link_type = "ifb";
			if (system("ip link del " CHURN_LINK_NAME
				   " >/dev/null 2>&1") != 0)
				return -1;
		}
	}

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		writer_main(what, max_seconds, c->ops, link_type);
	}
	c->pid = pid;
	c->t0 = churn_now();
	return 0;
}

void churn_stop(struct churn *c)
{
	if (c->pid > 0) {
		kill(c->pid, SIGTERM);
		while (waitpid(c->pid, NULL, 0) < 0 && errno == EINTR)
			;
		c->pid = 0;
		c->seconds = churn_now() - c->t0;
	}
	if (c->ops) {
		c->last_ops = *c->ops;
		munmap((void *)c->ops, sizeof(*c->ops));
		c->ops = NULL;
	}
	/* Leave the namespace as populate() made it. */
	(void)!system("ip link del " CHURN_LINK_NAME " >/dev/null 2>&1; "
		      "ip addr del " CHURN_ADDR_STR "/32 dev lo >/dev/null 2>&1");
}

/* ------------------------------------------------------------------ */
/* Snapshot checker                                                     */

int churn_check_init(struct churn_check *c, unsigned int nlinks,
		     unsigned int naddrs)
{
	memset(c, 0, sizeof(*c));
	c->nlinks = nlinks;
	c->naddrs = naddrs;
	c->link_seen = calloc(nlinks + 1, sizeof(*c->link_seen));
	c->addr_seen = calloc(naddrs + 1, sizeof(*c->addr_seen));
	if (!c->link_seen || !c->addr_seen) {
		churn_check_free(c);
		return -1;
	}
	return 0;
}

void churn_check_free(struct churn_check *c)
{
	free(c->link_seen);
	free(c->addr_seen);
	c->link_seen = c->addr_seen = NULL;
}

void churn_check_begin(struct churn_check *c)
{
	memset(c->link_seen, 0, c->nlinks * sizeof(*c->link_seen));
	memset(c->addr_seen, 0, c->naddrs * sizeof(*c->addr_seen));
	c->lo_seen = c->lo4_seen = c->lo6_seen = 0;
	c->churn_seen = c->unknown = 0;
}

void churn_check_link(struct churn_check *c, const char *name)
{
	const char *p = CHURN_LINK_PREFIX;
	size_t plen = strlen(p);
	char *end;
	unsigned long i;

	if (!name) {
		c->unknown++;
		return;
	}
	if (!strcmp(name, "lo")) {
		c->lo_seen++;
		return;
	}
	if (!strcmp(name, CHURN_LINK_NAME)) {
		c->churn_seen++;
		return;
	}
	if (!strncmp(name, p, plen) && name[plen] >= '0' && name[plen] <= '9') {
		i = strtoul(name + plen, &end, 10);
		if (!*end && i < c->nlinks) {
			c->link_seen[i]++;
			return;
		}
	}
	c->unknown++;
}

void churn_check_addr(struct churn_check *c, int family, const void *bytes,
		      unsigned int len)
{
	static const unsigned char v6_lo[16] = { [15] = 1 };
	uint32_t a, churn;

	if (family == AF_INET6 && len == 16 && !memcmp(bytes, v6_lo, 16)) {
		c->lo6_seen++;
		return;
	}
	if (family != AF_INET || len != 4 || !bytes) {
		c->unknown++;
		return;
	}
	memcpy(&a, bytes, 4);
	a = ntohl(a);
	inet_pton(AF_INET, CHURN_ADDR_STR, &churn);
	if (a == 0x7f000001u)
		c->lo4_seen++;
	else if (a == ntohl(churn))
		c->churn_seen++;
	else if (a >= stable_addr(0) && a - stable_addr(0) < c->naddrs)
		c->addr_seen[a - stable_addr(0)]++;
	else
		c->unknown++;
}

static void tally(unsigned int seen, struct churn_verdict *v)
{
	v->objects += seen;
	if (seen == 0)
		v->missing++;
	else
		v->duplicates += seen - 1;
}

struct churn_verdict churn_check_end(struct churn_check *c, int links)
{
	struct churn_verdict v;
	unsigned int i;

	memset(&v, 0, sizeof(v));
	if (links) {
		tally(c->lo_seen, &v);
		for (i = 0; i < c->nlinks; i++)
			tally(c->link_seen[i], &v);
	} else {
		tally(c->lo4_seen, &v);
		tally(c->lo6_seen, &v);
		for (i = 0; i < c->naddrs; i++)
			tally(c->addr_seen[i], &v);
	}
	v.churn_copies = c->churn_seen;
	v.unknown = c->unknown;
	v.objects += c->churn_seen + c->unknown;
	v.exact = !v.duplicates && !v.missing && !v.unknown &&
		  v.churn_copies <= 1;
	return v;
}

/* ------------------------------------------------------------------ */

void churn_stats_add(struct churn_stats *s, double v)
{
	if (s->n == s->cap) {
		unsigned int cap = s->cap ? s->cap * 2 : 256;
		double *nv = realloc(s->v, cap * sizeof(*nv));

		if (!nv)
			return;
		s->v = nv;
		s->cap = cap;
	}
	s->v[s->n++] = v;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

double churn_stats_quantile(struct churn_stats *s, double q)
{
	unsigned int i;

	if (!s->n)
		return 0;
	qsort(s->v, s->n, sizeof(*s->v), cmp_double);
	i = (unsigned int)(q * (s->n - 1) + 0.5);
	return s->v[i < s->n ? i : s->n - 1];
}

double churn_stats_max(const struct churn_stats *s)
{
	double m = 0;
	unsigned int i;

	for (i = 0; i < s->n; i++)
		if (s->v[i] > m)
			m = s->v[i];
	return m;
}

double churn_stats_mean(const struct churn_stats *s)
{
	double t = 0;
	unsigned int i;

	for (i = 0; i < s->n; i++)
		t += s->v[i];
	return s->n ? t / s->n : 0;
}

void churn_stats_free(struct churn_stats *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}
