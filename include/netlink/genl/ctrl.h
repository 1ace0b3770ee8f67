/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The generic netlink controller ("nlctrl"): the cache of all families
 * the kernel knows, and resolving family and group names to ids.
 */

#ifndef NETLINK_GENL_CTRL_H_
#define NETLINK_GENL_CTRL_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct genl_family;

/**
 * Allocate a "genl/family" cache and fill it with the controller's dump
 * on @a sk (a NETLINK_GENERIC socket).
 * @return 0 and the cache in @a result (free with nl_cache_free()), or a
 *         negative error code.
 */
extern int genl_ctrl_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Find the family with numeric id @a id in @a cache.
 * @return the family with a new reference (drop it with
 *         genl_family_put()), or NULL.
 */
extern struct genl_family *genl_ctrl_search(struct nl_cache *cache, int id);

/**
 * Find the family called @a name in @a cache.
 * @return the family with a new reference (drop it with
 *         genl_family_put()), or NULL.
 */
extern struct genl_family *genl_ctrl_search_by_name(struct nl_cache *cache,
						    const char *name);

/**
 * Ask the kernel for the numeric id of the family called @a name.
 * @return the id, -NLE_OBJ_NOTFOUND when the kernel has no such family, or
 *         another negative error code.
 */
extern int genl_ctrl_resolve(struct nl_sock *sk, const char *name);

/**
 * Ask the kernel for the id of multicast group @a grp of family @a family.
 * @return the group id, -NLE_OBJ_NOTFOUND when the family or the group
 *         does not exist, or another negative error code.
 */
extern int genl_ctrl_resolve_grp(struct nl_sock *sk, const char *family,
				 const char *grp);

#ifdef __cplusplus
}
#endif

#endif
