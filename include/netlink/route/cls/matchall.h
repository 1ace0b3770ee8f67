/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc matchall: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_MATCHALL_H_
#define NETLINK_ROUTE_CLS_MATCHALL_H_

/**
 * @defgroup route_cls_matchall Match-all classifier (matchall)
 * @ingroup route_cls
 * The matchall classifier matches every packet and sends it to a class
 * or through actions.
 *
 * The functions take an object whose kind is "matchall": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the class a matchall classifier sends packets to.
 * @param cls	classifier of kind "matchall"
 * @param classid	handle of the class
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_mall_set_classid(struct rtnl_cls *cls, uint32_t classid);

/**
 * Get the class a matchall classifier sends packets to.
 * @param cls	classifier of kind "matchall"
 * @param[out] classid	the class handle
 *
 * @return 0 with *classid set; -NLE_INVAL when not set, -NLE_OPNOTSUPP for
 *         a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_mall_get_classid(struct rtnl_cls *cls, uint32_t *classid);

/**
 * Set the flags of a matchall classifier.
 * @param cls	classifier of kind "matchall"
 * @param flags	TCA_CLS_FLAGS_* (TCA_CLS_FLAGS_SKIP_HW, _SKIP_SW...)
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_mall_set_flags(struct rtnl_cls *cls, uint32_t flags);

/**
 * Get the flags of a matchall classifier.
 * @param cls	classifier of kind "matchall"
 * @param[out] flags	the TCA_CLS_FLAGS_* flags
 *
 * @return 0 with *flags set; -NLE_INVAL when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_mall_get_flags(struct rtnl_cls *cls, uint32_t *flags);

/**
 * Append an action to a matchall classifier.
 * @param cls	classifier of kind "matchall"
 * @param act	action; the classifier takes its own reference
 *
 * @return 0; the errors of rtnl_act_append() (-NLE_INVAL when act is
 *         NULL, -NLE_RANGE...), -NLE_OPNOTSUPP for a classifier of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_mall_append_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Get the actions of a matchall classifier.
 * @param cls	classifier of kind "matchall"
 *
 * @return The first action of the list (rtnl_act_next() gives the others)
 *         with a reference taken for the caller, who releases it with
 *         rtnl_act_put(); NULL when there is none or for a classifier of
 *         another kind.
 */
extern struct rtnl_act *rtnl_mall_get_first_action(struct rtnl_cls *cls);

/**
 * Remove an action from a matchall classifier.
 * @param cls	classifier of kind "matchall"
 * @param act	action of the classifier; the classifier's reference is
 *		released
 *
 * @return 0; -NLE_INVAL when the classifier has no actions,
 *         -NLE_OBJ_NOTFOUND when act is not one of them, -NLE_OPNOTSUPP
 *         for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_mall_del_action(struct rtnl_cls *cls, struct rtnl_act *act);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
