/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the core library guide: a cache of links, filled with a
 * consistent dump, searched, printed, changed in the kernel and filled
 * again; the retry policy and what it did.
 */

#include <stdio.h>
#include <stdlib.h>
#include <net/if.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>

static void print_name(struct nl_object *obj, void *arg)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	int *count = arg;

	printf("link %d: %s\n", rtnl_link_get_ifindex(link),
	       rtnl_link_get_name(link));
	(*count)++;
}

int main(void)
{
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_fd = stdout,
	};
	struct rtnl_link *lo, *change;
	struct nl_cache *cache;
	struct nl_sock *sk;
	int count = 0, err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err < 0)
		goto fail;

	/*
	 * Interrupted dumps are repeated at most 50 times or for 5 seconds;
	 * after that the fill fails with -NLE_DUMP_INCONSISTENT instead of
	 * handing back a cache that mixes two states of the table.
	 */
	nl_socket_set_dump_retry_limit(sk, 50, 5000);

	err = rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache);
	if (err < 0)
		goto fail;
	nl_cache_foreach(cache, print_name, &count);
	nl_cache_dump(cache, &dp);

	/* Lookups return a reference the caller drops. */
	lo = rtnl_link_get_by_name(cache, "lo");
	if (!lo || count != nl_cache_nitems(cache)) {
		err = -NLE_OBJ_NOTFOUND;
		goto fail_cache;
	}

	/* Bring lo up: the change object holds what differs. */
	change = rtnl_link_alloc();
	if (!change) {
		err = -NLE_NOMEM;
		goto fail_lo;
	}
	rtnl_link_set_flags(change, IFF_UP);
	err = rtnl_link_change(sk, lo, change, 0);
	rtnl_link_put(change);
	rtnl_link_put(lo);
	if (err < 0)
		goto fail_cache;

	/* The cache does not follow the kernel by itself: fill it again. */
	err = nl_cache_refill(sk, cache);
	if (err < 0)
		goto fail_cache;
	lo = rtnl_link_get_by_name(cache, "lo");
	if (!lo || !(rtnl_link_get_flags(lo) & IFF_UP)) {
		err = -NLE_FAILURE;
		goto fail_lo;
	}
	printf("lo is up; consistent: %d; dumps: %llu, interrupted: %llu\n",
	       nl_cache_is_consistent(cache),
	       (unsigned long long)nl_socket_get_dump_counter(sk, NL_DUMP_CNT_DUMPS),
	       (unsigned long long)nl_socket_get_dump_counter(sk,
						NL_DUMP_CNT_INTERRUPTED));

	rtnl_link_put(lo);
	nl_cache_free(cache);
	nl_socket_free(sk);
	return EXIT_SUCCESS;

fail_lo:
	rtnl_link_put(lo);
fail_cache:
	nl_cache_free(cache);
fail:
	fprintf(stderr, "error: %s\n", nl_geterror(err));
	nl_socket_free(sk);
	return EXIT_FAILURE;
}
