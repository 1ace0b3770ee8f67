/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Multiqueue priority (mqprio).
 */

#ifndef NETLINK_MQPRIO_H_
#define NETLINK_MQPRIO_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

extern int rtnl_qdisc_mqprio_set_num_tc(struct rtnl_qdisc *, int);
extern int rtnl_qdisc_mqprio_get_num_tc(struct rtnl_qdisc *);
extern int rtnl_qdisc_mqprio_set_priomap(struct rtnl_qdisc *, uint8_t[], int);
extern uint8_t *rtnl_qdisc_mqprio_get_priomap(struct rtnl_qdisc *);
extern int rtnl_qdisc_mqprio_hw_offload(struct rtnl_qdisc *, int);
extern int rtnl_qdisc_mqprio_get_hw_offload(struct rtnl_qdisc *);
extern int rtnl_qdisc_mqprio_set_queue(struct rtnl_qdisc *, uint16_t[],
				       uint16_t[], int);
extern int rtnl_qdisc_mqprio_get_queue(struct rtnl_qdisc *, uint16_t *,
				       uint16_t *);
extern int rtnl_qdisc_mqprio_set_mode(struct rtnl_qdisc *, uint16_t);
extern int rtnl_qdisc_mqprio_get_mode(struct rtnl_qdisc *);
extern int rtnl_qdisc_mqprio_set_shaper(struct rtnl_qdisc *, uint16_t);
extern int rtnl_qdisc_mqprio_get_shaper(struct rtnl_qdisc *);
extern int rtnl_qdisc_mqprio_set_min_rate(struct rtnl_qdisc *, uint64_t[], int);
extern int rtnl_qdisc_mqprio_get_min_rate(struct rtnl_qdisc *, uint64_t *);
extern int rtnl_qdisc_mqprio_set_max_rate(struct rtnl_qdisc *, uint64_t[], int);
extern int rtnl_qdisc_mqprio_get_max_rate(struct rtnl_qdisc *, uint64_t *);

#ifdef __cplusplus
}
#endif

#endif
