/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet and byte fifos (pfifo, bfifo).
 */

#ifndef NETLINK_FIFO_H_
#define NETLINK_FIFO_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_qdisc_fifo_set_limit(struct rtnl_qdisc *, int);
extern int rtnl_qdisc_fifo_get_limit(struct rtnl_qdisc *);

#ifdef __cplusplus
}
#endif

#endif
