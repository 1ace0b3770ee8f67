/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc skbedit: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_SKBEDIT_H_
#define NETLINK_ROUTE_ACT_SKBEDIT_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_skbedit.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_skbedit_set_action(struct rtnl_act *, int);
extern int rtnl_skbedit_get_action(struct rtnl_act *);
extern int rtnl_skbedit_set_queue_mapping(struct rtnl_act *, uint16_t);
extern int rtnl_skbedit_get_queue_mapping(struct rtnl_act *, uint16_t *);
extern int rtnl_skbedit_set_mark(struct rtnl_act *, uint32_t);
extern int rtnl_skbedit_get_mark(struct rtnl_act *, uint32_t *);
extern int rtnl_skbedit_set_priority(struct rtnl_act *, uint32_t);
extern int rtnl_skbedit_get_priority(struct rtnl_act *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
