/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Minimal rtnetlink cache types: links (ifindex, name) and addresses
 * (ifindex, family, prefix length, local address), built on libnl-3's
 * private cache and object API (nl-private/core.h).
 *
 * They exist because libnl-route-3 is not in this tree yet; the
 * consistent-dump kernel test (tests/check-kernel-dump.c) and the
 * nl-dump-check tool use them to refill real link and address caches.
 * Replace them by rtnl_link / rtnl_addr once libnl-route-3 exists.
 *
 * Both types are keyed (hashed caches, nl_cache_search works):
 *   link:    family + ifindex
 *   address: family + ifindex + prefix length + local address
 */

#ifndef MINI_RTNL_H_
#define MINI_RTNL_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>

#include "churn-env.h"

extern struct nl_cache_ops mini_link_ops;	/* "mini/link" */
extern struct nl_cache_ops mini_addr_ops;	/* "mini/addr" */
/* mini/addr without a hash key (duplicates are kept, as in a stock
 * address cache); used to emulate upstream's restart in nl-dump-check. */
extern struct nl_cache_ops mini_addr_unhashed_ops;

/* Attribute bits of the objects (ce_mask). */
#define MINI_LINK_ATTR_FAMILY	(1 << 0)
#define MINI_LINK_ATTR_IFINDEX	(1 << 1)
#define MINI_LINK_ATTR_NAME	(1 << 2)

#define MINI_ADDR_ATTR_FAMILY	(1 << 0)
#define MINI_ADDR_ATTR_IFINDEX	(1 << 1)
#define MINI_ADDR_ATTR_PREFIXLEN (1 << 2)
#define MINI_ADDR_ATTR_LOCAL	(1 << 3)

/* Allocate a cache of the type and fill it from the kernel
 * (nl_cache_alloc_and_fill()); returns 0 or a negative NLE_* code. */
int mini_link_alloc_cache(struct nl_sock *sk, struct nl_cache **result);
int mini_addr_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/* Objects for lookups: a new object (refcount 1) with no attribute set. */
struct nl_object *mini_link_alloc(void);
struct nl_object *mini_addr_alloc(void);

/* Link accessors (@obj must be a mini/link object). */
int mini_link_get_ifindex(struct nl_object *obj);
void mini_link_set_ifindex(struct nl_object *obj, int ifindex);
/* NULL when the name is not set. */
const char *mini_link_get_name(struct nl_object *obj);

/* Address accessors (@obj must be a mini/addr object). */
int mini_addr_get_ifindex(struct nl_object *obj);
int mini_addr_get_family(struct nl_object *obj);
int mini_addr_get_prefixlen(struct nl_object *obj);
/* The local address bytes (4 or 16) and their length; NULL when unset. */
const void *mini_addr_get_local(struct nl_object *obj, unsigned int *len);
/* Set the whole key: returns 0, or -NLE_INVAL for a bad family/length. */
int mini_addr_set_key(struct nl_object *obj, int ifindex, int family,
		      int prefixlen, const void *local, unsigned int len);

/* One snapshot of a mini cache checked against the churn fixture. */
struct churn_verdict mini_check_cache(struct nl_cache *cache, int links,
				      struct churn_check *ck);

#endif
