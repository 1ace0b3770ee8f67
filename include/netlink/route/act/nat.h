/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc nat: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_NAT_H_
#define NETLINK_ROUTE_ACT_NAT_H_

/**
 * @defgroup route_act_nat Stateless NAT action (nat)
 * @ingroup route_act
 * The nat action rewrites IPv4 addresses of packets without connection
 * tracking: addresses in old_addr/mask become new_addr (sources with
 * TCA_NAT_FLAG_EGRESS, destinations otherwise). Addresses and mask are
 * in network byte order. The getters return 0 and write the value, which
 * is 0 for a field never set.
 *
 * The functions take an object whose kind is "nat": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netinet/in.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_nat.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the original address of a nat action.
 * @param act	action of kind "nat"
 * @param v	the address (or prefix, with the mask) to translate
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_set_old_addr(struct rtnl_act *act, in_addr_t v);

/**
 * Get the original address of a nat action.
 * @param act	action of kind "nat"
 * @param[out] v	the original address
 *
 * @return 0 with *v set; -NLE_INVAL when v is NULL, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_get_old_addr(struct rtnl_act *act, in_addr_t *v);

/**
 * Set the new address of a nat action.
 * @param act	action of kind "nat"
 * @param v	the address written instead
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_set_new_addr(struct rtnl_act *act, in_addr_t v);

/**
 * Get the new address of a nat action.
 * @param act	action of kind "nat"
 * @param[out] v	the new address
 *
 * @return 0 with *v set; -NLE_INVAL when v is NULL, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_get_new_addr(struct rtnl_act *act, in_addr_t *v);

/**
 * Set the netmask of a nat action.
 * @param act	action of kind "nat"
 * @param v	netmask applied to both addresses
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_set_mask(struct rtnl_act *act, in_addr_t v);

/**
 * Get the netmask of a nat action.
 * @param act	action of kind "nat"
 * @param[out] v	the netmask
 *
 * @return 0 with *v set; -NLE_INVAL when v is NULL, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_get_mask(struct rtnl_act *act, in_addr_t *v);

/**
 * Set the flags of a nat action.
 * @param act	action of kind "nat"
 * @param v	TCA_NAT_FLAG_EGRESS to translate source addresses, 0
 *		for destination addresses
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_set_flags(struct rtnl_act *act, uint32_t v);

/**
 * Get the flags of a nat action.
 * @param act	action of kind "nat"
 * @param[out] v	the flags
 *
 * @return 0 with *v set; -NLE_INVAL when v is NULL, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_get_flags(struct rtnl_act *act, uint32_t *v);

/**
 * Set the verdict of a nat action.
 * @param act	action of kind "nat"
 * @param v	TC_ACT_* verdict given after the translation
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_set_action(struct rtnl_act *act, int v);

/**
 * Get the verdict of a nat action.
 * @param act	action of kind "nat"
 * @param[out] v	the verdict
 *
 * @return 0 with *v set; -NLE_INVAL when v is NULL, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_nat_get_action(struct rtnl_act *act, int *v);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
