/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the core library guide: a cache manager keeps a link cache
 * up to date from the kernel's notifications and reports each change to
 * a callback, while this program adds and deletes a bridge.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>

struct events {
	int added;
	int removed;
};

static void link_changed(struct nl_cache *cache, struct nl_object *obj,
			 int action, void *arg)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	struct events *ev = arg;

	printf("%s %s\n", action == NL_ACT_NEW ? "new" :
			  action == NL_ACT_DEL ? "deleted" : "changed",
	       rtnl_link_get_name(link));
	if (strcmp(rtnl_link_get_name(link), "exbr0"))
		return;
	if (action == NL_ACT_NEW)
		ev->added = 1;
	else if (action == NL_ACT_DEL)
		ev->removed = 1;
}

/* Apply notifications for up to two seconds or until *flag is set. */
static int wait_for(struct nl_cache_mngr *mngr, const int *flag)
{
	int i, err;

	for (i = 0; i < 20 && !*flag; i++) {
		err = nl_cache_mngr_poll(mngr, 100);
		if (err < 0)
			return err;
	}
	return *flag ? 0 : -NLE_AGAIN;
}

int main(void)
{
	struct events ev = { 0 };
	struct nl_cache_mngr *mngr;
	struct rtnl_link *br;
	struct nl_cache *links;
	struct nl_sock *sk;
	int err;

	/* The manager allocates its own sockets: one for notifications,
	 * one for the dumps that fill its caches. */
	err = nl_cache_mngr_alloc(NULL, NETLINK_ROUTE, NL_AUTO_PROVIDE, &mngr);
	if (err < 0) {
		fprintf(stderr, "nl_cache_mngr_alloc: %s\n", nl_geterror(err));
		return EXIT_FAILURE;
	}
	/* The cache belongs to the manager, which frees it. */
	err = nl_cache_mngr_add(mngr, "route/link", link_changed, &ev, &links);
	if (err < 0)
		goto fail_mngr;
	printf("%d links managed\n", nl_cache_nitems(links));

	/* A socket of our own for the requests. */
	sk = nl_socket_alloc();
	if (!sk) {
		err = -NLE_NOMEM;
		goto fail_mngr;
	}
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err < 0)
		goto fail;

	err = rtnl_link_bridge_add(sk, "exbr0");
	if (err < 0)
		goto fail;
	err = wait_for(mngr, &ev.added);
	if (err < 0)
		goto fail;

	br = rtnl_link_get_by_name(links, "exbr0");
	if (!br) {
		err = -NLE_OBJ_NOTFOUND;
		goto fail;
	}
	err = rtnl_link_delete(sk, br);
	rtnl_link_put(br);
	if (err < 0)
		goto fail;
	err = wait_for(mngr, &ev.removed);
	if (err < 0)
		goto fail;

	nl_socket_free(sk);
	nl_cache_mngr_free(mngr);
	return EXIT_SUCCESS;

fail:
	nl_socket_free(sk);
fail_mngr:
	fprintf(stderr, "error: %s\n", nl_geterror(err));
	nl_cache_mngr_free(mngr);
	return EXIT_FAILURE;
}
