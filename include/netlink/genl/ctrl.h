/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The generic netlink controller ("nlctrl"): the cache of all families
 * the kernel knows, and resolving family and group names to ids.
 */

#ifndef NETLINK_GENL_CTRL_H_
#define NETLINK_GENL_CTRL_H_

/**
 * @defgroup genl_ctrl Controller
 * @ingroup genl
 * The generic netlink controller ("nlctrl"): the cache of every family the
 * kernel knows, and resolving family and multicast group names to ids.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct genl_family;

/**
 * Allocate a cache of every generic netlink family the kernel knows.
 * @param sk	connected generic netlink socket
 * @param[out] result	set to the "genl/family" cache, holding one
 *		reference for the caller, who releases it with
 *		nl_cache_free()
 *
 * The fill is a consistent dump of the controller (nl_cache_refill()).
 *
 * @return 0 on success, or a negative error code as
 *         nl_cache_alloc_and_fill().
 */
extern int genl_ctrl_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Find a family in a controller cache by id.
 * @param cache	"genl/family" cache
 * @param id	numeric family id
 *
 * @return The family with a reference for the caller, who releases it with
 *         genl_family_put(); NULL when the cache holds no such family.
 */
extern struct genl_family *genl_ctrl_search(struct nl_cache *cache, int id);

/**
 * Find a family in a controller cache by name.
 * @param cache	"genl/family" cache
 * @param name	family name ("nlctrl", "nl80211"...)
 *
 * @return The family with a reference for the caller, who releases it with
 *         genl_family_put(); NULL when the cache holds no such family.
 */
extern struct genl_family *genl_ctrl_search_by_name(struct nl_cache *cache,
						    const char *name);

/**
 * Ask the kernel for the numeric id of a family.
 * @param sk	connected generic netlink socket
 * @param name	family name
 *
 * Sends one CTRL_CMD_GETFAMILY request for the name and reads its answer.
 *
 * @return The id (positive); -NLE_INVAL when @a name is NULL;
 *         -NLE_OBJ_NOTFOUND when the kernel has no such family, and also
 *         when the request fails (not sent, nothing or an error received).
 */
extern int genl_ctrl_resolve(struct nl_sock *sk, const char *name);

/**
 * Ask the kernel for the id of a multicast group of a family.
 * @param sk	connected generic netlink socket
 * @param family	family name
 * @param grp	group name
 *
 * @return The group id, to give to nl_socket_add_membership();
 *         -NLE_INVAL when a name is NULL; -NLE_OBJ_NOTFOUND when the
 *         family or the group does not exist or the request fails, as
 *         for genl_ctrl_resolve().
 */
extern int genl_ctrl_resolve_grp(struct nl_sock *sk, const char *family,
				 const char *grp);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
