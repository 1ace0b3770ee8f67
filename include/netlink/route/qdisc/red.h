/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Random early detection (red).
 */

#ifndef NETLINK_RED_H_
#define NETLINK_RED_H_

/**
 * @defgroup route_qdisc_red Random early detection (red)
 * @ingroup route_qdisc
 * The red qdisc drops packets with a probability growing with the
 * average queue length. The library parses and prints its parameters;
 * its queue limit can be set.
 *
 * The functions take an object whose kind is "red": set it with
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
 * Set the queue limit of a red qdisc.
 * @param qdisc	qdisc of kind "red" (another kind is left unchanged)
 * @param limit	hard queue limit in bytes
 */
extern void rtnl_red_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Get the queue limit of a red qdisc.
 * @param qdisc	qdisc of kind "red"
 *
 * @return The limit in bytes; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_red_get_limit(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
