/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Network emulator (netem).
 */

#ifndef NETLINK_NETEM_H_
#define NETLINK_NETEM_H_

/**
 * @defgroup route_qdisc_netem Network emulator (netem)
 * @ingroup route_qdisc
 * The netem qdisc: delays, loses, duplicates, corrupts and reorders
 * packets to emulate a network. Probabilities and correlations are
 * 32-bit fractions as the kernel takes them: 0 is 0 % and 0xffffffff
 * (passed as int: -1) is 100 %. The getters return -NLE_NOATTR for a
 * value that is not set.
 *
 * The functions take an object whose kind is "netem": set it with
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

/** Largest number of entries of a delay distribution table. */
#define MAXDIST 65536

/**
 * Set the queue limit of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param limit	limit in packets
 */
extern void rtnl_netem_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Get the queue limit of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The limit in packets; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_limit(struct rtnl_qdisc *qdisc);

/**
 * Set the re-ordering gap of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param gap	send every gap-th packet at once (without delay), which reorders the others
 */
extern void rtnl_netem_set_gap(struct rtnl_qdisc *qdisc, int gap);

/**
 * Get the re-ordering gap of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The gap in packets; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_gap(struct rtnl_qdisc *qdisc);

/**
 * Set the re-ordering probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	probability of sending a packet at once (reordering it)
 */
extern void rtnl_netem_set_reorder_probability(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the re-ordering probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The probability; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_reorder_probability(struct rtnl_qdisc *qdisc);

/**
 * Set the re-ordering correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	correlation of the re-ordering decisions
 */
extern void rtnl_netem_set_reorder_correlation(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the re-ordering correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The correlation; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_reorder_correlation(struct rtnl_qdisc *qdisc);

/**
 * Set the corruption probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	probability of a single-bit error in a packet
 */
extern void rtnl_netem_set_corruption_probability(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the corruption probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The probability; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_corruption_probability(struct rtnl_qdisc *qdisc);

/**
 * Set the corruption correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	correlation of the corruption decisions
 */
extern void rtnl_netem_set_corruption_correlation(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the corruption correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The correlation; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_corruption_correlation(struct rtnl_qdisc *qdisc);

/**
 * Set the loss probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	probability of dropping a packet
 */
extern void rtnl_netem_set_loss(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the loss probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The probability; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_loss(struct rtnl_qdisc *qdisc);

/**
 * Set the loss correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	correlation of the loss decisions
 */
extern void rtnl_netem_set_loss_correlation(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the loss correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The correlation; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_loss_correlation(struct rtnl_qdisc *qdisc);

/**
 * Set the duplication probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	probability of duplicating a packet
 */
extern void rtnl_netem_set_duplicate(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the duplication probability of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The probability; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_duplicate(struct rtnl_qdisc *qdisc);

/**
 * Set the duplication correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	correlation of the duplication decisions
 */
extern void rtnl_netem_set_duplicate_correlation(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the duplication correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The correlation; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_duplicate_correlation(struct rtnl_qdisc *qdisc);

/**
 * Set the delay of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param delay	delay of each packet in microseconds
 */
extern void rtnl_netem_set_delay(struct rtnl_qdisc *qdisc, int delay);

/**
 * Get the delay of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The delay in microseconds; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_delay(struct rtnl_qdisc *qdisc);

/**
 * Set the delay jitter of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param jitter	jitter of the delay in microseconds
 */
extern void rtnl_netem_set_jitter(struct rtnl_qdisc *qdisc, int jitter);

/**
 * Get the delay jitter of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The jitter in microseconds; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_jitter(struct rtnl_qdisc *qdisc);

/**
 * Set the delay correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem" (another kind is left unchanged)
 * @param prob	correlation of the random delay variations
 */
extern void rtnl_netem_set_delay_correlation(struct rtnl_qdisc *qdisc, int prob);

/**
 * Get the delay correlation of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The correlation; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_delay_correlation(struct rtnl_qdisc *qdisc);

/**
 * Load a delay distribution table for a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 * @param dist_type	name of the table: "normal", "pareto",
 *			"paretonormal"... read from the file of that name
 *			with the suffix ".dist" that iproute2 installs
 *			(searched in ./ and the tc directories of
 *			/usr/lib, /usr/lib64 and /usr/local/lib)
 *
 * The table shapes the random variation of the delay around the jitter.
 *
 * @return 0; -NLE_OBJ_NOTFOUND when no file of that name is found,
 *         -NLE_INVAL for a malformed file or name, -NLE_OPNOTSUPP for a
 *         qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_set_delay_distribution(struct rtnl_qdisc *qdisc,
					     const char *dist_type);

/**
 * Set the delay distribution table of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 * @param data	table of signed 16-bit values (copied)
 * @param len	number of values, at most MAXDIST
 *
 * @return 0; -NLE_INVAL when len is too large or data is NULL with a
 *         length, -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_set_delay_distribution_data(struct rtnl_qdisc *qdisc,
						  const int16_t *data,
						  size_t len);

/**
 * Get the size of the delay distribution table of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 *
 * @return The number of values; -NLE_NOATTR when there is no table,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_delay_distribution_size(struct rtnl_qdisc *qdisc);

/**
 * Get the delay distribution table of a netem qdisc.
 * @param qdisc	qdisc of kind "netem"
 * @param[out] dist_ptr	the table, owned by the qdisc and valid until it is
 *			changed or freed
 *
 * @return The number of values; -NLE_NOATTR when there is no table,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_netem_get_delay_distribution(struct rtnl_qdisc *qdisc,
					     int16_t **dist_ptr);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
