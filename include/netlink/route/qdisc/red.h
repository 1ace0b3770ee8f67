/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Random early detection (red).
 */

#ifndef NETLINK_RED_H_
#define NETLINK_RED_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

extern void rtnl_red_set_limit(struct rtnl_qdisc *, int);
extern int rtnl_red_get_limit(struct rtnl_qdisc *);

#ifdef __cplusplus
}
#endif

#endif
