/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Multiqueue priority (mqprio).
 */

#ifndef NETLINK_MQPRIO_H_
#define NETLINK_MQPRIO_H_

/**
 * @defgroup route_qdisc_mqprio Multiqueue priority (mqprio)
 * @ingroup route_qdisc
 * The mqprio qdisc: maps packet priorities to traffic classes and
 * traffic classes to ranges of the device's transmit queues, optionally
 * offloaded to the hardware and shaped per class.
 *
 * The functions take an object whose kind is "mqprio": set it with
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
 * Set the number of traffic classes of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param num_tc	number of traffic classes (the kernel accepts at most
 *			TC_QOPT_MAX_QUEUE, 16)
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_num_tc(struct rtnl_qdisc *qdisc, int num_tc);

/**
 * Get the number of traffic classes of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 *
 * @return The number of classes; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_num_tc(struct rtnl_qdisc *qdisc);

/**
 * Set the map of priorities to traffic classes of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio" whose number of classes is set
 * @param priomap	traffic class of each priority 0, 1, ... (copied;
 *			the priorities beyond len map to class 0)
 * @param len	number of entries, at most TC_QOPT_BITMASK + 1 (16)
 *
 * @return 0; -NLE_MISSING_ATTR when the number of classes is not set,
 *         -NLE_RANGE when len is too large or an entry is not a class,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_priomap(struct rtnl_qdisc *qdisc,
					 uint8_t priomap[], int len);

/**
 * Get the map of priorities to traffic classes of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 *
 * @return The map, TC_QOPT_BITMASK + 1 (16) entries owned by the qdisc;
 *         NULL when not set or for a qdisc of another kind.
 */
extern uint8_t *rtnl_qdisc_mqprio_get_priomap(struct rtnl_qdisc *qdisc);

/**
 * Set whether an mqprio qdisc is offloaded to the hardware.
 * @param qdisc	qdisc of kind "mqprio"
 * @param offload	non-zero to ask the device to apply the mapping, 0
 *			not to
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_hw_offload(struct rtnl_qdisc *qdisc, int offload);

/**
 * Get whether an mqprio qdisc is offloaded to the hardware.
 * @param qdisc	qdisc of kind "mqprio"
 *
 * @return 1 or 0 (0 when not set); -NLE_OPNOTSUPP for a qdisc of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_hw_offload(struct rtnl_qdisc *qdisc);

/**
 * Set the transmit queues of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio" whose number of classes is set
 * @param count	number of queues of each class (copied)
 * @param offset	first queue of each class (copied)
 * @param num	number of entries of count and offset, at most
 *		TC_QOPT_MAX_QUEUE (16)
 *
 * @return 0; -NLE_MISSING_ATTR when the number of classes is not set,
 *         -NLE_RANGE when num is out of range or an array is NULL,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_queue(struct rtnl_qdisc *qdisc,
				       uint16_t count[], uint16_t offset[],
				       int num);

/**
 * Get the transmit queues of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param[out] count	TC_QOPT_MAX_QUEUE (16) queue counts (may be NULL)
 * @param[out] offset	TC_QOPT_MAX_QUEUE (16) first queues (may be NULL)
 *
 * @return 0 with the arrays filled; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_queue(struct rtnl_qdisc *qdisc,
				       uint16_t *count, uint16_t *offset);

/**
 * Set the mode of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param mode	TC_MQPRIO_MODE_DCB or TC_MQPRIO_MODE_CHANNEL
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_mode(struct rtnl_qdisc *qdisc, uint16_t mode);

/**
 * Get the mode of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 *
 * @return The TC_MQPRIO_MODE_* mode; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_mode(struct rtnl_qdisc *qdisc);

/**
 * Set the shaper of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param shaper	TC_MQPRIO_SHAPER_DCB or TC_MQPRIO_SHAPER_BW_RATE (which
 *			takes the rates of rtnl_qdisc_mqprio_set_min_rate()
 *			and rtnl_qdisc_mqprio_set_max_rate())
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_shaper(struct rtnl_qdisc *qdisc,
					uint16_t shaper);

/**
 * Get the shaper of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 *
 * @return The TC_MQPRIO_SHAPER_* shaper; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_shaper(struct rtnl_qdisc *qdisc);

/**
 * Set the minimum rate of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio" with the TC_MQPRIO_SHAPER_BW_RATE
 *		shaper
 * @param min	rate of each class in bytes per second (copied)
 * @param len	number of entries, at most TC_QOPT_MAX_QUEUE (16)
 *
 * @return 0; -NLE_MISSING_ATTR unless the bandwidth-rate shaper is set,
 *         -NLE_RANGE when len is out of range, -NLE_OPNOTSUPP for a qdisc
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_min_rate(struct rtnl_qdisc *qdisc,
					  uint64_t min[], int len);

/**
 * Get the minimum rate of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param[out] min	TC_QOPT_MAX_QUEUE (16) rates in bytes per second (may
 *			be NULL)
 *
 * @return 0 with min filled; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_min_rate(struct rtnl_qdisc *qdisc,
					  uint64_t *min);

/**
 * Set the maximum rate of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio" with the TC_MQPRIO_SHAPER_BW_RATE
 *		shaper
 * @param max	rate of each class in bytes per second (copied)
 * @param len	number of entries, at most TC_QOPT_MAX_QUEUE (16)
 *
 * @return 0; -NLE_MISSING_ATTR unless the bandwidth-rate shaper is set,
 *         -NLE_RANGE when len is out of range, -NLE_OPNOTSUPP for a qdisc
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_set_max_rate(struct rtnl_qdisc *qdisc,
					  uint64_t max[], int len);

/**
 * Get the maximum rate of each traffic class of an mqprio qdisc.
 * @param qdisc	qdisc of kind "mqprio"
 * @param[out] max	TC_QOPT_MAX_QUEUE (16) rates in bytes per second (may
 *			be NULL)
 *
 * @return 0 with max filled; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_mqprio_get_max_rate(struct rtnl_qdisc *qdisc,
					  uint64_t *max);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
