/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Priority queueing (prio, pfifo_fast).
 */

#ifndef NETLINK_PRIO_H_
#define NETLINK_PRIO_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Default number of bands. */
#define QDISC_PRIO_DEFAULT_BANDS 3

/** Default priority map (TC_PRIO_* to band). */
#define QDISC_PRIO_DEFAULT_PRIOMAP { 1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1 }

extern void rtnl_qdisc_prio_set_bands(struct rtnl_qdisc *, int);
extern int rtnl_qdisc_prio_get_bands(struct rtnl_qdisc *);
extern int rtnl_qdisc_prio_set_priomap(struct rtnl_qdisc *, uint8_t[], int);
extern uint8_t *rtnl_qdisc_prio_get_priomap(struct rtnl_qdisc *);

extern char *rtnl_prio2str(int, char *, size_t);
extern int rtnl_str2prio(const char *);

#ifdef __cplusplus
}
#endif

#endif
