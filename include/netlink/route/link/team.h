/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Team links.
 */

#ifndef NETLINK_LINK_TEAM_H_
#define NETLINK_LINK_TEAM_H_

/**
 * @defgroup route_link_team Team
 * @ingroup route_link
 * Team links (kind "team"): the team driver's devices. Over rtnetlink they
 * are only created, enslaved and deleted; the team itself is configured
 * through generic netlink (libteam).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "team".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_team_alloc(void);

/**
 * Create a team device in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new device; NULL: the name of @a opts, or one
 *		the kernel picks
 * @param opts	link object, or NULL; only its name is used (when @a name
 *		is NULL), nothing of it is changed
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error.
 */
extern int rtnl_link_team_add(struct nl_sock *sk, const char *name,
			      struct rtnl_link *opts);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
