/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Token bucket filter (tbf).
 */

#ifndef NETLINK_TBF_H_
#define NETLINK_TBF_H_

/**
 * @defgroup route_qdisc_tbf Token bucket filter (tbf)
 * @ingroup route_qdisc
 * The tbf qdisc shapes traffic to a rate with a bucket of tokens, and
 * optionally to a peak rate. Rates are in bytes per second, buckets and
 * limits in bytes; rate tables are computed from the link parameters of
 * the qdisc (rtnl_tc_set_mtu()...).
 *
 * The functions take an object whose kind is "tbf": set it with
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
 * Set the queue limit of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf" (another kind is left unchanged)
 * @param limit	bytes that may wait for tokens
 */
extern void rtnl_qdisc_tbf_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Set the queue limit of a tbf qdisc from a latency.
 * @param qdisc	qdisc of kind "tbf" whose rate is set
 * @param latency	longest time in microseconds a packet may wait
 *
 * The limit becomes the bytes sent at the rate during latency plus the
 * bucket; with a peak rate, the smaller of that and the same for the
 * peak rate.
 *
 * @return 0; -NLE_MISSING_ATTR when the rate is not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_set_limit_by_latency(struct rtnl_qdisc *qdisc,
					       int latency);

/**
 * Get the queue limit of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The limit in bytes; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_limit(struct rtnl_qdisc *qdisc);

/**
 * Set the rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf" (another kind is left unchanged)
 * @param rate	rate in bytes per second
 * @param bucket	size of the bucket in bytes
 * @param cell	size of a rate table cell in bytes, a power of two; 0 (or
 *		an invalid size) derives it from the MTU
 */
extern void rtnl_qdisc_tbf_set_rate(struct rtnl_qdisc *qdisc, int rate,
				    int bucket, int cell);

/**
 * Get the rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The rate in bytes per second; -1 when not set, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_rate(struct rtnl_qdisc *qdisc);

/**
 * Get the bucket size of the rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The bucket in bytes; -1 when the rate is not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_rate_bucket(struct rtnl_qdisc *qdisc);

/**
 * Get the cell size of the rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The cell size in bytes; -1 when the rate is not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_rate_cell(struct rtnl_qdisc *qdisc);

/**
 * Set the peak rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 * @param rate	peak rate in bytes per second
 * @param bucket	size of the peak bucket in bytes (normally the MTU)
 * @param cell	size of a rate table cell in bytes, a power of two; 0
 *		derives it from the MTU
 *
 * @return 0; -NLE_INVAL when cell is not a power of two, -NLE_OPNOTSUPP
 *         for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_set_peakrate(struct rtnl_qdisc *qdisc, int rate,
				       int bucket, int cell);

/**
 * Get the peak rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The peak rate in bytes per second; -1 when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_peakrate(struct rtnl_qdisc *qdisc);

/**
 * Get the bucket size of the peak rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The bucket in bytes; -1 when the peak rate is not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_peakrate_bucket(struct rtnl_qdisc *qdisc);

/**
 * Get the cell size of the peak rate of a tbf qdisc.
 * @param qdisc	qdisc of kind "tbf"
 *
 * @return The cell size in bytes; -1 when the peak rate is not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_tbf_get_peakrate_cell(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
