/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc fw: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_FW_H_
#define NETLINK_ROUTE_CLS_FW_H_

/**
 * @defgroup route_cls_fw Firewall mark classifier (fw)
 * @ingroup route_cls
 * The fw classifier sends packets to a class by their firewall mark: the
 * classifier's handle is the mark it matches.
 *
 * The functions take an object whose kind is "fw": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the class an fw classifier sends matching packets to.
 * @param cls	classifier of kind "fw"
 * @param classid	handle of the class
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_fw_set_classid(struct rtnl_cls *cls, uint32_t classid);

/**
 * Set the mask an fw classifier applies to the firewall mark.
 * @param cls	classifier of kind "fw"
 * @param mask	mask and-ed with the mark before it is compared with the
 *		classifier's handle
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_fw_set_mask(struct rtnl_cls *cls, uint32_t mask);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
