/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Helpers shared by the kinds-b link kinds.
 */

#include <stdio.h>
#include <string.h>

#include "nl-private/kinds-b.h"

#include <netlink/cache.h>
#include <netlink/route/link.h>

struct rtnl_link *_kinds_b_alloc(const char *kind)
{
	struct rtnl_link *link = rtnl_link_alloc();

	if (!link)
		return NULL;
	if (rtnl_link_set_type(link, kind) < 0) {
		rtnl_link_put(link);
		return NULL;
	}
	return link;
}

int _kinds_b_add(struct nl_sock *sk, const char *kind, const char *name)
{
	struct rtnl_link *link = _kinds_b_alloc(kind);
	int err;

	if (!link)
		return -NLE_NOMEM;
	if (name)
		rtnl_link_set_name(link, name);
	err = rtnl_link_add(sk, link, NLM_F_CREATE);
	rtnl_link_put(link);
	return err;
}

const char *_kinds_b_ifname(struct rtnl_link *link, uint32_t ifindex,
			    char *buf, size_t len)
{
	struct nl_cache *cache = link->ce_cache;
	const char *r = NULL;
	int own = 0;

	if (!cache || !cache->c_ops || !cache->c_ops->co_name ||
	    strcmp(cache->c_ops->co_name, "route/link")) {
		cache = nl_cache_mngt_require_safe("route/link");
		own = 1;
	}
	if (cache)
		r = rtnl_link_i2name(cache, (int)ifindex, buf, len);
	if (own && cache)
		nl_cache_put(cache);
	if (!r) {
		snprintf(buf, len, "%u", ifindex);
		r = buf;
	}
	return r;
}
