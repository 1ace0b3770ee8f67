/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc skbedit: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_ACT_SKBEDIT_H_
#define NETLINK_ROUTE_ACT_SKBEDIT_H_

/**
 * @defgroup route_act_skbedit Packet metadata editor action (skbedit)
 * @ingroup route_act
 * The skbedit action changes metadata of packets: their transmit queue,
 * firewall mark or priority.
 *
 * The functions take an object whose kind is "skbedit": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/action.h>
#include <linux/tc_act/tc_skbedit.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the verdict of a skbedit action.
 * @param act	action of kind "skbedit"
 * @param action	TC_ACT_* verdict given after the edit
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_set_action(struct rtnl_act *act, int action);

/**
 * Get the verdict of a skbedit action.
 * @param act	action of kind "skbedit"
 *
 * @return The TC_ACT_* verdict (0 when not set); -NLE_OPNOTSUPP for an
 *         action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_get_action(struct rtnl_act *act);

/**
 * Set the transmit queue a skbedit action maps packets to.
 * @param act	action of kind "skbedit"
 * @param index	transmit queue index
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_set_queue_mapping(struct rtnl_act *act,
					  uint16_t index);

/**
 * Get the transmit queue a skbedit action maps packets to.
 * @param act	action of kind "skbedit"
 * @param[out] index	the queue index
 *
 * @return 0 with *index set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_get_queue_mapping(struct rtnl_act *act,
					  uint16_t *index);

/**
 * Set the firewall mark a skbedit action gives packets.
 * @param act	action of kind "skbedit"
 * @param mark	firewall mark
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_set_mark(struct rtnl_act *act, uint32_t mark);

/**
 * Get the firewall mark a skbedit action gives packets.
 * @param act	action of kind "skbedit"
 * @param[out] mark	the mark
 *
 * @return 0 with *mark set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_get_mark(struct rtnl_act *act, uint32_t *mark);

/**
 * Set the priority a skbedit action gives packets.
 * @param act	action of kind "skbedit"
 * @param prio	priority (skb->priority; a class handle selects a class)
 *
 * @return 0; -NLE_OPNOTSUPP for an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_set_priority(struct rtnl_act *act, uint32_t prio);

/**
 * Get the priority a skbedit action gives packets.
 * @param act	action of kind "skbedit"
 * @param[out] prio	the priority
 *
 * @return 0 with *prio set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         an action of another kind, -NLE_NOMEM.
 */
extern int rtnl_skbedit_get_priority(struct rtnl_act *act, uint32_t *prio);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
