/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc gact: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_GACT_H_
#define NETLINK_ROUTE_ACT_GACT_H_

/**
 * @defgroup route_act_gact Generic action (gact)
 * @ingroup route_act
 * The gact action gives a verdict on packets (TC_ACT_OK,
 * TC_ACT_SHOT...).
 *
 * The functions take an object whose kind is "gact": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_gact.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the verdict of a gact action.
 * @param act	action of kind "gact"
 * @param action	TC_ACT_* verdict (TC_ACT_OK, TC_ACT_SHOT, TC_ACT_PIPE...)
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_gact_set_action(struct rtnl_act *act, int action);

/**
 * Get the verdict of a gact action.
 * @param act	action of kind "gact"
 *
 * @return The TC_ACT_* verdict (0, TC_ACT_OK, when not set);
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_gact_get_action(struct rtnl_act *act);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
