/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Helpers shared by the kinds-a link kinds, and the kinds without kind
 * data (dummy, ifb): registering those lets links of these kinds be
 * created and recognised like the others.  They live here because this
 * file is linked wherever any kinds-a kind is.
 */

#include <stdio.h>
#include <string.h>

#include "nl-private/kinds-a.h"

#include <netlink/cache.h>
#include <netlink/route/link.h>

struct rtnl_link *_kinds_a_alloc(const char *kind)
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

const char *_kinds_a_ifname(struct rtnl_link *link, uint32_t ifindex,
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

void _kinds_a_dump_bool(struct nl_dump_params *p, const char *what,
			unsigned int v)
{
	if (v)
		nl_dump_line(p, "      %s enabled (%#x)\n", what, v);
	else
		nl_dump_line(p, "      %s disabled\n", what);
}

static struct rtnl_link_info_ops dummy_info_ops = {
	.io_name = "dummy",
};

static struct rtnl_link_info_ops ifb_info_ops = {
	.io_name = "ifb",
};

KA_REGISTER(dummy_info_ops)
KA_REGISTER(ifb_info_ops)
