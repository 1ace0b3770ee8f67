/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc mirred: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_MIRRED_H_
#define NETLINK_ROUTE_ACT_MIRRED_H_

/**
 * @defgroup route_act_mirred Mirror and redirect action (mirred)
 * @ingroup route_act
 * The mirred action mirrors packets to, or redirects them to, another
 * interface, on its egress or ingress.
 *
 * The functions take an object whose kind is "mirred": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_mirred.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set what a mirred action does.
 * @param act	action of kind "mirred"
 * @param action	TCA_EGRESS_REDIR, TCA_EGRESS_MIRROR, TCA_INGRESS_REDIR
 *			or TCA_INGRESS_MIRROR
 *
 * @return 0; -NLE_INVAL for another value, -NLE_OPNOTSUPP for an action of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_mirred_set_action(struct rtnl_act *act, int action);

/**
 * Get what a mirred action does.
 * @param act	action of kind "mirred"
 *
 * @return TCA_EGRESS_REDIR, TCA_EGRESS_MIRROR, TCA_INGRESS_REDIR or
 *         TCA_INGRESS_MIRROR (0 when not set); -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_mirred_get_action(struct rtnl_act *act);

/**
 * Set the interface a mirred action sends packets to.
 * @param act	action of kind "mirred"
 * @param ifindex	interface index
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_mirred_set_ifindex(struct rtnl_act *act, uint32_t ifindex);

/**
 * Get the interface a mirred action sends packets to.
 * @param act	action of kind "mirred"
 *
 * @return The interface index; 0 when not set or for an action of another
 *         kind.
 */
extern uint32_t rtnl_mirred_get_ifindex(struct rtnl_act *act);

/**
 * Set the verdict of a mirred action.
 * @param act	action of kind "mirred"
 * @param policy	TC_ACT_* verdict given to the packet after mirroring
 *			(TC_ACT_STOLEN for a redirect, TC_ACT_PIPE...)
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_mirred_set_policy(struct rtnl_act *act, int policy);

/**
 * Get the verdict of a mirred action.
 * @param act	action of kind "mirred"
 *
 * @return The TC_ACT_* verdict (0 when not set); -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_mirred_get_policy(struct rtnl_act *act);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
