/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Stochastic fairness queueing (sfq).
 */

#ifndef NETLINK_SFQ_H_
#define NETLINK_SFQ_H_

/**
 * @defgroup route_qdisc_sfq Stochastic fairness queueing (sfq)
 * @ingroup route_qdisc
 * The sfq qdisc hashes flows into queues served round robin; the hash is
 * perturbed periodically.
 *
 * The functions take an object whose kind is "sfq": set it with
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
 * Set the quantum of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq" (another kind is left unchanged)
 * @param quantum	bytes a flow may send per round
 */
extern void rtnl_sfq_set_quantum(struct rtnl_qdisc *qdisc, int quantum);

/**
 * Get the quantum of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq"
 *
 * @return The quantum in bytes; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_sfq_get_quantum(struct rtnl_qdisc *qdisc);

/**
 * Set the queue limit of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq" (another kind is left unchanged)
 * @param limit	limit in packets
 */
extern void rtnl_sfq_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Get the queue limit of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq"
 *
 * @return The limit in packets; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_sfq_get_limit(struct rtnl_qdisc *qdisc);

/**
 * Set the perturbation period of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq" (another kind is left unchanged)
 * @param perturb	seconds between changes of the hash (0: never)
 */
extern void rtnl_sfq_set_perturb(struct rtnl_qdisc *qdisc, int perturb);

/**
 * Get the perturbation period of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq"
 *
 * @return The period in seconds; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_sfq_get_perturb(struct rtnl_qdisc *qdisc);

/**
 * Get the size of the hash table of an sfq qdisc.
 * @param qdisc	qdisc of kind "sfq", as received from the kernel
 *
 * @return The number of hash buckets; -NLE_NOATTR when the kernel did not
 *         report it, -NLE_OPNOTSUPP for a qdisc of another kind,
 *         -NLE_NOMEM.
 */
extern int rtnl_sfq_get_divisor(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
