/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Priority queueing (prio, pfifo_fast).
 */

#ifndef NETLINK_PRIO_H_
#define NETLINK_PRIO_H_

/**
 * @defgroup route_qdisc_prio Priority queueing (prio, pfifo_fast)
 * @ingroup route_qdisc
 * The prio qdisc and pfifo_fast: packets go to bands by their priority
 * (TC_PRIO_*) through a priority map, and lower bands are served first.
 * This module also names the packet priorities.
 *
 * The functions take an object whose kind is "prio" or "pfifo_fast": set
 * it with rtnl_tc_set_kind() first. On an object of another kind they
 * fail with -NLE_OPNOTSUPP (setters returning void do nothing); they
 * fail with -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

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

/**
 * Set the number of bands of a prio qdisc.
 * @param qdisc	qdisc of kind "prio" (another kind is left unchanged)
 * @param bands	number of bands (QDISC_PRIO_DEFAULT_BANDS by default)
 */
extern void rtnl_qdisc_prio_set_bands(struct rtnl_qdisc *qdisc, int bands);

/**
 * Get the number of bands of a prio qdisc.
 * @param qdisc	qdisc of kind "prio" or "pfifo_fast"
 *
 * @return The number of bands; -NLE_NOMEM when not set (as upstream
 *         reports it), -NLE_OPNOTSUPP for a qdisc of another kind.
 */
extern int rtnl_qdisc_prio_get_bands(struct rtnl_qdisc *qdisc);

/**
 * Set the priority map of a prio qdisc.
 * @param qdisc	qdisc of kind "prio" whose number of bands is set
 * @param priomap	band of each priority TC_PRIO_* (copied; the
 *			priorities beyond len map to band 0)
 * @param len	number of entries, at most TC_PRIO_MAX + 1
 *
 * @return 0; -NLE_MISSING_ATTR when the number of bands is not set,
 *         -NLE_RANGE when len is too large or an entry is not a band,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_prio_set_priomap(struct rtnl_qdisc *qdisc,
				       uint8_t priomap[], int len);

/**
 * Get the priority map of a prio qdisc.
 * @param qdisc	qdisc of kind "prio" or "pfifo_fast"
 *
 * @return The map, TC_PRIO_MAX + 1 entries owned by the qdisc; NULL when
 *         not set or for a qdisc of another kind.
 */
extern uint8_t *rtnl_qdisc_prio_get_priomap(struct rtnl_qdisc *qdisc);

/**
 * Translate a packet priority to its name.
 * @param prio	TC_PRIO_* value
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names: "besteffort", "filler", "bulk", "interactive_bulk",
 * "interactive", "control".
 *
 * @return buf, holding the name, or the value in hexadecimal when it has
 *         no name.
 */
extern char *rtnl_prio2str(int prio, char *buf, size_t size);

/**
 * Translate a packet priority name to its value.
 * @param name	name as rtnl_prio2str() writes it (case is ignored), or a
 *		number
 *
 * @return The TC_PRIO_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_str2prio(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
