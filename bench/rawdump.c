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
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
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

static int open_sock(unsigned int groups)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = groups };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	int sz = 4 << 20;

	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("rawdump: socket");
		exit(1);
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &sz, sizeof(sz));
	return fd;
}

/* One dump: returns the number of data messages. */
static long dump(int fd, int type, unsigned char *buf, size_t len)
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

	if (send(fd, &req, req.n.nlmsg_len, 0) < 0) {
		perror("rawdump: send");
		exit(1);
	}
	for (;;) {
		ssize_t n = recv(fd, buf, len, 0);
		struct nlmsghdr *h;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("rawdump: recv");
			exit(1);
		}
		for (h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n);
		     h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE ||
			    h->nlmsg_type == NLMSG_ERROR)
				return count;
			count++;
		}
	}
}

int main(int argc, char **argv)
{
	static const struct { const char *name; int type; } kinds[] = {
		{ "route", RTM_GETROUTE }, { "link", RTM_GETLINK },
		{ "addr", RTM_GETADDR }, { "neigh", RTM_GETNEIGH },
	};
	size_t len = 1 << 20;
	unsigned char *buf = malloc(len);
	struct rusage ru;
	int i, reps, type = 0;

	if (argc == 3 && !strcmp(argv[1], "events")) {
		int fd = open_sock(RTMGRP_IPV4_IFADDR), want = atoi(argv[2]);
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
	if (argc != 3) {
		fprintf(stderr, "usage: rawdump KIND REPS | events N\n");
		return 2;
	}
	for (i = 0; i < 4; i++)
		if (!strcmp(argv[1], kinds[i].name))
			type = kinds[i].type;
	if (!type) {
		fprintf(stderr, "rawdump: unknown kind %s\n", argv[1]);
		return 2;
	}
	reps = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
	{
		double *t = calloc(reps, sizeof(double));
		int fd = open_sock(0);
		long count = 0;

		for (i = 0; i < reps; i++) {
			double t0 = now_ms();

			count = dump(fd, type, buf, len);
			t[i] = now_ms() - t0;
		}
		qsort(t, reps, sizeof(double), cmp_double);
		getrusage(RUSAGE_SELF, &ru);
		printf("ms=%.2f objects=%ld maxrss_kb=%ld\n",
		       reps % 2 ? t[reps / 2] : (t[reps / 2 - 1] + t[reps / 2]) / 2,
		       count, ru.ru_maxrss);
		close(fd);
	}
	return 0;
}
