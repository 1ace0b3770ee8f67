/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet and byte fifos (pfifo, bfifo).
 */

#ifndef NETLINK_FIFO_H_
#define NETLINK_FIFO_H_

/**
 * @defgroup route_qdisc_fifo FIFO queues (pfifo, bfifo)
 * @ingroup route_qdisc
 * The first-in first-out qdiscs: pfifo limits its queue in packets,
 * bfifo in bytes.
 *
 * The functions take an object whose kind is "pfifo" or "bfifo": set it
 * with rtnl_tc_set_kind() first. On an object of another kind they fail
 * with -NLE_OPNOTSUPP (setters returning void do nothing); they fail
 * with -NLE_NOMEM when the kind's data cannot be allocated.
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
 * Set the queue limit of a FIFO qdisc.
 * @param qdisc	qdisc of kind "pfifo" or "bfifo"
 * @param limit	queue limit: packets for pfifo, bytes for bfifo
 *
 * A FIFO qdisc is only sent to the kernel with its limit set.
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fifo_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Get the queue limit of a FIFO qdisc.
 * @param qdisc	qdisc of kind "pfifo" or "bfifo"
 *
 * @return The limit (packets or bytes); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_fifo_get_limit(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
