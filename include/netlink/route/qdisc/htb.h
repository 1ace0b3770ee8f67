/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hierarchy token bucket (htb): qdisc and class parameters.
 */

#ifndef NETLINK_HTB_H_
#define NETLINK_HTB_H_

/**
 * @defgroup route_qdisc_htb Hierarchy token bucket (htb)
 * @ingroup route_qdisc
 * The htb qdisc (rate-to-quantum divisor, default class) and its
 * classes: guaranteed rate, ceiling, buffers, quantum, priority and
 * level. Rates are in bytes per second; rate tables are computed from
 * the link parameters of the class (rtnl_tc_set_mtu()...). An htb class
 * needs its rate set to be sent to the kernel.
 *
 * The functions take an object whose kind is "htb": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Get the rate-to-quantum divisor of an htb qdisc.
 * @param qdisc	qdisc of kind "htb"
 *
 * @return The divisor; 0 when not set or for a qdisc of another kind.
 */
extern uint32_t rtnl_htb_get_rate2quantum(struct rtnl_qdisc *qdisc);

/**
 * Set the rate-to-quantum divisor of an htb qdisc.
 * @param qdisc	qdisc of kind "htb"
 * @param rate2quantum	divisor: the quantum of a class without one is
 *			its rate divided by this value
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_rate2quantum(struct rtnl_qdisc *qdisc,
				     uint32_t rate2quantum);

/**
 * Get the default class of an htb qdisc.
 * @param qdisc	qdisc of kind "htb"
 *
 * @return The minor number of the default class; 0 when not set or for a
 *         qdisc of another kind.
 */
extern uint32_t rtnl_htb_get_defcls(struct rtnl_qdisc *qdisc);

/**
 * Set the default class of an htb qdisc.
 * @param qdisc	qdisc of kind "htb"
 * @param defcls	minor number of the class unclassified packets go to
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_defcls(struct rtnl_qdisc *qdisc, uint32_t defcls);

/**
 * Get the priority of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The priority; 0 when not set or for a class of another kind.
 */
extern uint32_t rtnl_htb_get_prio(struct rtnl_class *cl);

/**
 * Set the priority of an htb class.
 * @param cl	class of kind "htb"
 * @param prio	priority in borrowing spare bandwidth (lower first)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_prio(struct rtnl_class *cl, uint32_t prio);

/**
 * Get the guaranteed rate of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The rate in bytes per second, at most 0xffffffff (see
 *         rtnl_htb_get_rate64()); 0 when not set or for a class of another
 *         kind.
 */
extern uint32_t rtnl_htb_get_rate(struct rtnl_class *cl);

/**
 * Set the guaranteed rate of an htb class.
 * @param cl	class of kind "htb"
 * @param rate	rate in bytes per second
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_rate(struct rtnl_class *cl, uint32_t rate);

/**
 * Get the ceiling of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The maximum rate in bytes per second, at most 0xffffffff (see
 *         rtnl_htb_get_ceil64()); 0 when not set or for a class of another
 *         kind.
 */
extern uint32_t rtnl_htb_get_ceil(struct rtnl_class *cl);

/**
 * Set the ceiling of an htb class.
 * @param cl	class of kind "htb"
 * @param ceil	maximum rate in bytes per second, borrowing included (the
 *		rate when not set)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_ceil(struct rtnl_class *cl, uint32_t ceil);

/**
 * Get the guaranteed rate of an htb class in 64 bits.
 * @param cl	class of kind "htb"
 * @param[out] out_rate64	the rate in bytes per second
 *
 * @return 0 with *out_rate64 set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_get_rate64(struct rtnl_class *cl, uint64_t *out_rate64);

/**
 * Set the guaranteed rate of an htb class in 64 bits.
 * @param cl	class of kind "htb"
 * @param rate	rate in bytes per second; rates above 32 bits travel in
 *		TCA_HTB_RATE64
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_rate64(struct rtnl_class *cl, uint64_t rate);

/**
 * Get the ceiling of an htb class in 64 bits.
 * @param cl	class of kind "htb"
 * @param[out] out_ceil64	the maximum rate in bytes per second
 *
 * @return 0 with *out_ceil64 set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_get_ceil64(struct rtnl_class *cl, uint64_t *out_ceil64);

/**
 * Set the ceiling of an htb class in 64 bits.
 * @param cl	class of kind "htb"
 * @param ceil	maximum rate in bytes per second; rates above 32 bits
 *		travel in TCA_HTB_CEIL64
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_ceil64(struct rtnl_class *cl, uint64_t ceil);

/**
 * Get the rate buffer of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The buffer in bytes; 0 when not set or for a class of another
 *         kind.
 */
extern uint32_t rtnl_htb_get_rbuffer(struct rtnl_class *cl);

/**
 * Set the rate buffer of an htb class.
 * @param cl	class of kind "htb"
 * @param rbuffer	bytes the class may send at once at its rate (when
 *			not set, computed from the rate and the MTU)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_rbuffer(struct rtnl_class *cl, uint32_t rbuffer);

/**
 * Get the ceiling buffer of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The buffer in bytes; 0 when not set or for a class of another
 *         kind.
 */
extern uint32_t rtnl_htb_get_cbuffer(struct rtnl_class *cl);

/**
 * Set the ceiling buffer of an htb class.
 * @param cl	class of kind "htb"
 * @param cbuffer	bytes the class may send at once at its ceiling (when
 *			not set, computed from the ceiling and the MTU)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_cbuffer(struct rtnl_class *cl, uint32_t cbuffer);

/**
 * Get the quantum of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The quantum in bytes; 0 when not set or for a class of another
 *         kind.
 */
extern uint32_t rtnl_htb_get_quantum(struct rtnl_class *cl);

/**
 * Set the quantum of an htb class.
 * @param cl	class of kind "htb"
 * @param quantum	bytes the class may send per round when borrowing
 *			(when not set, derived from the rate with the
 *			qdisc's rate-to-quantum divisor)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_quantum(struct rtnl_class *cl, uint32_t quantum);

/**
 * Set the level of an htb class.
 * @param cl	class of kind "htb"
 * @param level	level of the class in the hierarchy (0 for leaves); the
 *		kernel computes it and reports it
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_htb_set_level(struct rtnl_class *cl, int level);

/**
 * Get the level of an htb class.
 * @param cl	class of kind "htb"
 *
 * @return The level; -NLE_OPNOTSUPP when not set or for a class of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_htb_get_level(struct rtnl_class *cl);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
