/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * What bench/rawdump.c and bench/nlbench.c share: the clock, medians and
 * a plain netlink socket that requests a dump and only counts the replies
 * (the kernel's own rate, no libnl).  Static functions: each program
 * includes this once.
 */

#ifndef BENCH_COMMON_H_
#define BENCH_COMMON_H_

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

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

/* Median of @n values (sorts them). */
static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The dump request of a table kind: route link addr neigh; 0 if unknown. */
static int raw_kind(const char *name)
{
	static const struct { const char *name; int type; } kinds[] = {
		{ "route", RTM_GETROUTE }, { "link", RTM_GETLINK },
		{ "addr", RTM_GETADDR }, { "neigh", RTM_GETNEIGH },
	};
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(name, kinds[i].name))
			return kinds[i].type;
	return 0;
}

/* A rtnetlink socket bound to @groups with a 4 MiB receive buffer. */
static int raw_open(unsigned int groups)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = groups };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	int sz = 4 << 20;

	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("bench: socket");
		exit(1);
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &sz, sizeof(sz));
	return fd;
}

/* One dump of @type read into @buf: the number of data messages; *intr
 * tells whether the kernel flagged it interrupted. */
static long raw_dump(int fd, int type, unsigned char *buf, size_t len,
		     int *intr)
{
	struct {
		struct nlmsghdr n;
		struct rtgenmsg g;
		unsigned char pad[3];
	} req = {
		.n = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct rtgenmsg)),
		       .nlmsg_type = type,
		       .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP,
		       .nlmsg_seq = 1 },
		.g = { .rtgen_family = AF_UNSPEC },
	};
	long count = 0;

	*intr = 0;
	if (send(fd, &req, req.n.nlmsg_len, 0) < 0) {
		perror("bench: send");
		exit(1);
	}
	for (;;) {
		ssize_t n = recv(fd, buf, len, 0);
		struct nlmsghdr *h;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("bench: recv");
			exit(1);
		}
		for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_flags & NLM_F_DUMP_INTR)
				*intr = 1;
			if (h->nlmsg_type == NLMSG_DONE ||
			    h->nlmsg_type == NLMSG_ERROR)
				return count;
			count++;
		}
	}
}

#endif
