/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc vlan: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_VLAN_H_
#define NETLINK_ROUTE_ACT_VLAN_H_

/**
 * @defgroup route_act_vlan VLAN tag action (vlan)
 * @ingroup route_act
 * The vlan action pops, pushes or modifies the VLAN tag of packets. The
 * getters return -NLE_MISSING_ATTR for a value that is not set.
 *
 * The functions take an object whose kind is "vlan": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_vlan.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set what a vlan action does with the tag.
 * @param act	action of kind "vlan"
 * @param mode	TCA_VLAN_ACT_POP, TCA_VLAN_ACT_PUSH or TCA_VLAN_ACT_MODIFY
 *
 * @return 0; -NLE_RANGE for another value, -NLE_OPNOTSUPP for an action of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_set_mode(struct rtnl_act *act, int mode);

/**
 * Get what a vlan action does with the tag.
 * @param act	action of kind "vlan"
 * @param[out] out_mode	the TCA_VLAN_ACT_* operation
 *
 * @return 0 with *out_mode set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_get_mode(struct rtnl_act *act, int *out_mode);

/**
 * Set the verdict of a vlan action.
 * @param act	action of kind "vlan"
 * @param action	TC_ACT_* verdict given after the tag operation
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_set_action(struct rtnl_act *act, int action);

/**
 * Get the verdict of a vlan action.
 * @param act	action of kind "vlan"
 * @param[out] out_action	the TC_ACT_* verdict
 *
 * @return 0 with *out_action set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_get_action(struct rtnl_act *act, int *out_action);

/**
 * Set the protocol of the tag a vlan action pushes.
 * @param act	action of kind "vlan"
 * @param protocol	ETH_P_8021Q or ETH_P_8021AD, in host byte order
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_set_protocol(struct rtnl_act *act, uint16_t protocol);

/**
 * Get the protocol of the tag a vlan action pushes.
 * @param act	action of kind "vlan"
 * @param[out] out_protocol	the protocol in host byte order
 *
 * @return 0 with *out_protocol set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_get_protocol(struct rtnl_act *act,
				  uint16_t *out_protocol);

/**
 * Set the VLAN id a vlan action pushes or writes.
 * @param act	action of kind "vlan"
 * @param vid	VLAN id, 0 to 4095
 *
 * @return 0; -NLE_RANGE for an id above 4095, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_set_vlan_id(struct rtnl_act *act, uint16_t vid);

/**
 * Get the VLAN id a vlan action pushes or writes.
 * @param act	action of kind "vlan"
 * @param[out] out_vid	the VLAN id
 *
 * @return 0 with *out_vid set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_get_vlan_id(struct rtnl_act *act, uint16_t *out_vid);

/**
 * Set the priority a vlan action pushes or writes.
 * @param act	action of kind "vlan"
 * @param prio	priority code point, 0 to 7
 *
 * @return 0; -NLE_RANGE for a priority above 7, -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_set_vlan_prio(struct rtnl_act *act, uint8_t prio);

/**
 * Get the priority a vlan action pushes or writes.
 * @param act	action of kind "vlan"
 * @param[out] out_prio	the priority
 *
 * @return 0 with *out_prio set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_vlan_get_vlan_prio(struct rtnl_act *act, uint8_t *out_prio);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
