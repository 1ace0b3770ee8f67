/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * rawdump: the kernel's own dump rate, the physical limit of any netlink
 * library.  A plain socket requests a dump and only counts the messages;
 * no libnl.
 *
 *   rawdump KIND REPS     KIND: route link addr neigh
 *	prints: ms=<median> objects=<n> maxrss_kb=<peak>
 *   rawdump events N
 *	listens to address events, prints "ready", and waits for N of them:
 *	events=<n> ms=<first to last> rate=<events/s>
 *   rawdump churn REPS
 *	the floor of a consistent dump under churn: in a namespace that
 *	`nlbench churn-setup` populated, dumps links and addresses REPS times
 *	each, repeating every dump the kernel flags NLM_F_DUMP_INTR until one
 *	is not, first quiet, then while the writer of tests/churn-env.c
 *	flaps a link and an address; prints the medians and mean attempts:
 *	link_quiet_ms= link_churn_ms= link_attempts= addr_quiet_ms= ...
 */

#include <unistd.h>
#include <sys/resource.h>

#include "common.h"
#include "../tests/churn-env.h"

/* Median time of @reps consistent dumps of @type; *attempts: the mean
 * number of dumps each took. */
static double consistent_ms(int fd, int type, int reps, unsigned char *buf,
			    size_t len, double *attempts)
{
	double *t = calloc(reps, sizeof(double)), m;
	long tries = 0;
	int i, intr;

	for (i = 0; i < reps; i++) {
		double t0 = now_ms();

		do {
			raw_dump(fd, type, buf, len, &intr);
			tries++;
		} while (intr);
		t[i] = now_ms() - t0;
	}
	m = median(t, reps);
	free(t);
	*attempts = (double)tries / reps;
	return m;
}

static int do_churn(int reps, unsigned char *buf, size_t len)
{
	static const int types[2] = { RTM_GETLINK, RTM_GETADDR };
	double quiet[2], churned[2], qa[2], ca[2];
	int fd = raw_open(0), k;
	struct churn churn;

	for (k = 0; k < 2; k++)
		quiet[k] = consistent_ms(fd, types[k], reps, buf, len, &qa[k]);
	if (churn_start(&churn, CHURN_LINK | CHURN_ADDR, 600) < 0) {
		fprintf(stderr, "rawdump: cannot start the writer\n");
		return 1;
	}
	usleep(300000);
	for (k = 0; k < 2; k++)
		churned[k] = consistent_ms(fd, types[k], reps, buf, len,
					   &ca[k]);
	churn_stop(&churn);
	printf("link_quiet_ms=%.2f link_churn_ms=%.2f link_attempts=%.2f "
	       "addr_quiet_ms=%.2f addr_churn_ms=%.2f addr_attempts=%.2f\n",
	       quiet[0], churned[0], ca[0], quiet[1], churned[1], ca[1]);
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	size_t len = 1 << 20;
	unsigned char *buf = malloc(len);
	struct rusage ru;
	int i, reps, type = 0;

	if (argc == 3 && !strcmp(argv[1], "events")) {
		int fd = raw_open(RTMGRP_IPV4_IFADDR), want = atoi(argv[2]);
		int seen = 0;
		double t0 = 0, t1 = 0;

		printf("ready\n");
		fflush(stdout);
		while (seen < want) {
			ssize_t n = recv(fd, buf, len, 0);
			struct nlmsghdr *h;

			if (n < 0)
				continue;
			for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n);
			     h = NLMSG_NEXT(h, n)) {
				t1 = now_ms();
				if (!seen++)
					t0 = t1;
			}
		}
		getrusage(RUSAGE_SELF, &ru);
		printf("events=%d ms=%.2f rate=%.0f maxrss_kb=%ld\n", seen,
		       t1 - t0, seen / ((t1 - t0) / 1e3 + 1e-9), ru.ru_maxrss);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "churn"))
		return do_churn(atoi(argv[2]) > 0 ? atoi(argv[2]) : 1, buf, len);
	if (argc != 3) {
		fprintf(stderr, "usage: rawdump KIND REPS | events N | churn REPS\n");
		return 2;
	}
	type = raw_kind(argv[1]);
	if (!type) {
		fprintf(stderr, "rawdump: unknown kind %s\n", argv[1]);
		return 2;
	}
	reps = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
	{
		double *t = calloc(reps, sizeof(double));
		int fd = raw_open(0);
		long count = 0;
		int intr;

		for (i = 0; i < reps; i++) {
			double t0 = now_ms();

			count = raw_dump(fd, type, buf, len, &intr);
			t[i] = now_ms() - t0;
		}
		getrusage(RUSAGE_SELF, &ru);
		printf("ms=%.2f objects=%ld maxrss_kb=%ld\n", median(t, reps),
		       count, ru.ru_maxrss);
		close(fd);
	}
	return 0;
}
