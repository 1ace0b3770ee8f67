/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Team links (IFLA_INFO_KIND "team"): no kind data over rtnetlink (the
 * team driver is configured through generic netlink).
 */

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/route/link/team.h>

static struct rtnl_link_info_ops team_info_ops = {
	.io_name = "team",
};

KA_REGISTER(team_info_ops)

/** Allocate a link of kind "team"; NULL when out of memory. */
struct rtnl_link *rtnl_link_team_alloc(void)
{
	return _kinds_a_alloc("team");
}

/**
 * Create a team device named @a name; without one, @a opts' name (when
 * given), else the kernel's choice.  Nothing else of @a opts is used and
 * @a opts is not changed, as upstream.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_link_team_add(struct nl_sock *sk, const char *name,
		       struct rtnl_link *opts)
{
	struct rtnl_link *link;
	int err;

	if (!name && opts)
		name = rtnl_link_get_name(opts);
	if (!(link = rtnl_link_team_alloc()))
		return -NLE_NOMEM;
	if (name)
		rtnl_link_set_name(link, name);
	err = rtnl_link_add(sk, link, NLM_F_CREATE);
	rtnl_link_put(link);
	return err;
}
