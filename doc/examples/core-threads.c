/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the core library guide: threads.  Each thread has its own
 * socket and its own cache; the library's registries (cache types,
 * provided caches, local ports) are shared and locked for them.
 */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>

#define THREADS 4
#define ROUNDS 20

struct job {
	pthread_t thread;
	uint32_t port;
	int err;
};

static void *fill_caches(void *arg)
{
	struct job *job = arg;
	struct nl_sock *sk = nl_socket_alloc();
	int i;

	if (!sk) {
		job->err = -NLE_NOMEM;
		return NULL;
	}
	job->err = nl_connect(sk, NETLINK_ROUTE);
	job->port = nl_socket_get_local_port(sk);
	for (i = 0; i < ROUNDS && job->err >= 0; i++) {
		struct nl_cache *cache;

		job->err = rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache);
		if (job->err >= 0)
			nl_cache_free(cache);
	}
	nl_socket_free(sk);
	return NULL;
}

int main(void)
{
	struct job jobs[THREADS];
	int i, j, failed = 0;

	for (i = 0; i < THREADS; i++)
		if (pthread_create(&jobs[i].thread, NULL, fill_caches, &jobs[i]))
			return EXIT_FAILURE;
	for (i = 0; i < THREADS; i++)
		pthread_join(jobs[i].thread, NULL);

	for (i = 0; i < THREADS; i++) {
		printf("thread %d: port %u: %s\n", i, jobs[i].port,
		       jobs[i].err < 0 ? nl_geterror(jobs[i].err) : "ok");
		if (jobs[i].err < 0)
			failed = 1;
		/* every socket of the process has a port of its own */
		for (j = 0; j < i; j++)
			if (jobs[j].port == jobs[i].port)
				failed = 1;
	}
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
