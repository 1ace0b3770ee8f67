/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc cgroup: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_CGROUP_H_
#define NETLINK_ROUTE_CLS_CGROUP_H_

/**
 * @defgroup route_cls_cgroup Control group classifier (cgroup)
 * @ingroup route_cls
 * The cgroup classifier classifies packets by the net_cls class id of
 * the control group of their socket, optionally restricted by an ematch
 * tree (@ref route_ematch).
 *
 * The functions take an object whose kind is "cgroup": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>
#include <netlink/route/cls/ematch.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the ematch tree of a cgroup classifier.
 * @param cls	classifier of kind "cgroup" (another kind is left unchanged)
 * @param tree	tree from rtnl_ematch_tree_alloc() or
 *		rtnl_ematch_parse_expr(); the classifier takes ownership and
 *		frees it with itself (and the tree it had). NULL removes the
 *		tree.
 */
extern void rtnl_cgroup_set_ematch(struct rtnl_cls *cls,
				   struct rtnl_ematch_tree *tree);

/**
 * Get the ematch tree of a cgroup classifier.
 * @param cls	classifier of kind "cgroup"
 *
 * @return The tree, owned by the classifier; NULL when not set or for a
 *         classifier of another kind.
 */
extern struct rtnl_ematch_tree *rtnl_cgroup_get_ematch(struct rtnl_cls *cls);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
