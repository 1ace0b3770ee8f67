/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc vlan: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_VLAN_H_
#define NETLINK_ROUTE_ACT_VLAN_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_vlan.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_vlan_set_mode(struct rtnl_act *, int);
extern int rtnl_vlan_get_mode(struct rtnl_act *, int *);
extern int rtnl_vlan_set_action(struct rtnl_act *, int);
extern int rtnl_vlan_get_action(struct rtnl_act *, int *);
extern int rtnl_vlan_set_protocol(struct rtnl_act *, uint16_t);
extern int rtnl_vlan_get_protocol(struct rtnl_act *, uint16_t *);
extern int rtnl_vlan_set_vlan_id(struct rtnl_act *, uint16_t);
extern int rtnl_vlan_get_vlan_id(struct rtnl_act *, uint16_t *);
extern int rtnl_vlan_set_vlan_prio(struct rtnl_act *, uint8_t);
extern int rtnl_vlan_get_vlan_prio(struct rtnl_act *, uint8_t *);

#ifdef __cplusplus
}
#endif

#endif
