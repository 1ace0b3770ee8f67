/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Fair queueing with controlled delay (fq_codel).
 */

#ifndef NETLINK_FQ_CODEL_H_
#define NETLINK_FQ_CODEL_H_

/**
 * @defgroup route_qdisc_fq_codel Fair queueing with controlled delay (fq_codel)
 * @ingroup route_qdisc
 * The fq_codel qdisc: flows hashed into queues served fairly, each
 * managed by CoDel, which drops or marks packets when their queueing
 * delay stays above a target.
 *
 * The functions take an object whose kind is "fq_codel": set it with
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
 * Set the queue limit of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param limit	queue limit in packets
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Get the queue limit of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The limit in packets; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_get_limit(struct rtnl_qdisc *qdisc);

/**
 * Set the target delay of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param target	acceptable queueing delay in microseconds
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_target(struct rtnl_qdisc *qdisc,
					  uint32_t target);

/**
 * Get the target delay of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The target in microseconds; 0 when not set or for a qdisc of
 *         another kind.
 */
extern uint32_t rtnl_qdisc_fq_codel_get_target(struct rtnl_qdisc *qdisc);

/**
 * Set the interval of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param interval	time in microseconds the delay must stay above the
 *			target before packets are dropped
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_interval(struct rtnl_qdisc *qdisc,
					    uint32_t interval);

/**
 * Get the interval of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The interval in microseconds; 0 when not set or for a qdisc of
 *         another kind.
 */
extern uint32_t rtnl_qdisc_fq_codel_get_interval(struct rtnl_qdisc *qdisc);

/**
 * Set the quantum of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param quantum	bytes a flow may send per round
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_quantum(struct rtnl_qdisc *qdisc,
					   uint32_t quantum);

/**
 * Get the quantum of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The quantum in bytes; 0 when not set or for a qdisc of another
 *         kind.
 */
extern uint32_t rtnl_qdisc_fq_codel_get_quantum(struct rtnl_qdisc *qdisc);

/**
 * Set the number of flows of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param flows	number of flow queues packets are hashed into
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_flows(struct rtnl_qdisc *qdisc, int flows);

/**
 * Get the number of flows of an fq_codel qdisc.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The number of flows; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_get_flows(struct rtnl_qdisc *qdisc);

/**
 * Set whether an fq_codel qdisc marks packets with ECN.
 * @param qdisc	qdisc of kind "fq_codel"
 * @param ecn	non-zero to mark ECN-capable packets instead of dropping
 *		them, 0 to drop
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_set_ecn(struct rtnl_qdisc *qdisc, int ecn);

/**
 * Get whether an fq_codel qdisc marks packets with ECN.
 * @param qdisc	qdisc of kind "fq_codel"
 *
 * @return The setting; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a
 *         qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fq_codel_get_ecn(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
