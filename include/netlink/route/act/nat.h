/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc nat: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_NAT_H_
#define NETLINK_ROUTE_ACT_NAT_H_

#include <netinet/in.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_nat.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_nat_set_old_addr(struct rtnl_act *, in_addr_t);
extern int rtnl_nat_get_old_addr(struct rtnl_act *, in_addr_t *);
extern int rtnl_nat_set_new_addr(struct rtnl_act *, in_addr_t);
extern int rtnl_nat_get_new_addr(struct rtnl_act *, in_addr_t *);
extern int rtnl_nat_set_mask(struct rtnl_act *, in_addr_t);
extern int rtnl_nat_get_mask(struct rtnl_act *, in_addr_t *);
extern int rtnl_nat_set_flags(struct rtnl_act *, uint32_t);
extern int rtnl_nat_get_flags(struct rtnl_act *, uint32_t *);
extern int rtnl_nat_set_action(struct rtnl_act *, int);
extern int rtnl_nat_get_action(struct rtnl_act *, int *);

#ifdef __cplusplus
}
#endif

#endif
