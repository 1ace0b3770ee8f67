/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc fw: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_FW_H_
#define NETLINK_ROUTE_CLS_FW_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_fw_set_classid(struct rtnl_cls *, uint32_t);
extern int rtnl_fw_set_mask(struct rtnl_cls *, uint32_t);

#ifdef __cplusplus
}
#endif

#endif
