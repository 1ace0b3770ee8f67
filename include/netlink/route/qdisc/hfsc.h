/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hierarchical fair service curve (hfsc).
 */

#ifndef NETLINK_HFSC_H_
#define NETLINK_HFSC_H_

/**
 * @defgroup route_qdisc_hfsc Hierarchical fair service curve (hfsc)
 * @ingroup route_qdisc
 * The hfsc qdisc (its default class) and its classes, whose real-time,
 * link-sharing and upper-limit service curves (struct tc_service_curve
 * of linux/pkt_sched.h: slope m1 for d microseconds, then slope m2, in
 * bytes per second) decide their bandwidth and delay.
 *
 * The functions take an object whose kind is "hfsc": set it with
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

struct tc_service_curve;

/**
 * Get the default class of an hfsc qdisc.
 * @param qdisc	qdisc of kind "hfsc"
 *
 * @return The minor number of the class unclassified packets go to; 0 when
 *         not set or for a qdisc of another kind.
 */
extern uint32_t rtnl_qdisc_hfsc_get_defcls(const struct rtnl_qdisc *qdisc);

/**
 * Set the default class of an hfsc qdisc.
 * @param qdisc	qdisc of kind "hfsc"
 * @param defcls	minor number of the class unclassified packets go to
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_hfsc_set_defcls(struct rtnl_qdisc *qdisc,
				      uint32_t defcls);

/**
 * Get the real-time service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param[out] tsc	the curve
 *
 * @return 0 with *tsc set; -NLE_OPNOTSUPP when the curve is not set or the
 *         class is of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_get_rsc(const struct rtnl_class *cl,
				   struct tc_service_curve *tsc);

/**
 * Set the real-time service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param tsc	the curve (copied)
 *
 * @return 0; -NLE_INVAL when tsc is NULL, -NLE_OPNOTSUPP for a class of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_set_rsc(struct rtnl_class *cl,
				   const struct tc_service_curve *tsc);

/**
 * Get the link-sharing service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param[out] tsc	the curve
 *
 * @return 0 with *tsc set; -NLE_OPNOTSUPP when the curve is not set or the
 *         class is of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_get_fsc(const struct rtnl_class *cl,
				   struct tc_service_curve *tsc);

/**
 * Set the link-sharing service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param tsc	the curve (copied)
 *
 * @return 0; -NLE_INVAL when tsc is NULL, -NLE_OPNOTSUPP for a class of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_set_fsc(struct rtnl_class *cl,
				   const struct tc_service_curve *tsc);

/**
 * Get the upper-limit service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param[out] tsc	the curve
 *
 * @return 0 with *tsc set; -NLE_OPNOTSUPP when the curve is not set or the
 *         class is of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_get_usc(const struct rtnl_class *cl,
				   struct tc_service_curve *tsc);

/**
 * Set the upper-limit service curve of an hfsc class.
 * @param cl	class of kind "hfsc"
 * @param tsc	the curve (copied)
 *
 * @return 0; -NLE_INVAL when tsc is NULL, -NLE_OPNOTSUPP for a class of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_class_hfsc_set_usc(struct rtnl_class *cl,
				   const struct tc_service_curve *tsc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
