/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc basic: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_BASIC_H_
#define NETLINK_ROUTE_CLS_BASIC_H_

/**
 * @defgroup route_cls_basic Basic classifier (basic)
 * @ingroup route_cls
 * The basic classifier matches packets with an ematch tree (@ref
 * route_ematch) and sends them to a class or through actions.
 *
 * The functions take an object whose kind is "basic": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/classifier.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/action.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the class a basic classifier sends matching packets to.
 * @param cls	classifier of kind "basic" (another kind is left unchanged)
 * @param target	handle of the class (TCA_BASIC_CLASSID)
 */
extern void rtnl_basic_set_target(struct rtnl_cls *cls, uint32_t target);

/**
 * Get the class a basic classifier sends matching packets to.
 * @param cls	classifier of kind "basic"
 *
 * @return The class handle; 0 when not set or for a classifier of another
 *         kind.
 */
extern uint32_t rtnl_basic_get_target(struct rtnl_cls *cls);

/**
 * Set the ematch tree of a basic classifier.
 * @param cls	classifier of kind "basic" (another kind is left unchanged)
 * @param tree	tree from rtnl_ematch_tree_alloc() or
 *		rtnl_ematch_parse_expr(); the classifier takes ownership and
 *		frees it with itself (and the tree it had). NULL removes the
 *		tree.
 */
extern void rtnl_basic_set_ematch(struct rtnl_cls *cls,
				  struct rtnl_ematch_tree *tree);

/**
 * Get the ematch tree of a basic classifier.
 * @param cls	classifier of kind "basic"
 *
 * @return The tree, owned by the classifier; NULL when not set or for a
 *         classifier of another kind.
 */
extern struct rtnl_ematch_tree *rtnl_basic_get_ematch(struct rtnl_cls *cls);

/**
 * Add an action to a basic classifier.
 * @param cls	classifier of kind "basic"
 * @param act	action; the classifier takes its own reference
 *
 * @return 0; the errors of rtnl_act_append() (-NLE_INVAL when act is
 *         NULL, -NLE_RANGE...), -NLE_OPNOTSUPP for a classifier of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_basic_add_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Remove an action from a basic classifier.
 * @param cls	classifier of kind "basic"
 * @param act	action of the classifier; the classifier's reference is
 *		released
 *
 * @return 0; -NLE_INVAL when the classifier has no actions,
 *         -NLE_OBJ_NOTFOUND when act is not one of them, -NLE_OPNOTSUPP
 *         for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_basic_del_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Get the actions of a basic classifier.
 * @param cls	classifier of kind "basic"
 *
 * @return The first action of the list (rtnl_act_next() gives the
 *         others), owned by the classifier; NULL when there is none or for
 *         a classifier of another kind.
 */
extern struct rtnl_act *rtnl_basic_get_action(struct rtnl_cls *cls);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
