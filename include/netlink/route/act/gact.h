/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc gact: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_GACT_H_
#define NETLINK_ROUTE_ACT_GACT_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_gact.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_gact_set_action(struct rtnl_act *, int);
extern int rtnl_gact_get_action(struct rtnl_act *);

#ifdef __cplusplus
}
#endif

#endif
