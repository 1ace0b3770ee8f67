/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Differentiated services marker (dsmark).
 */

#ifndef NETLINK_DSMARK_H_
#define NETLINK_DSMARK_H_

/**
 * @defgroup route_qdisc_dsmark Differentiated services marker (dsmark)
 * @ingroup route_qdisc
 * The dsmark qdisc (a table of indices) and its classes (the mask and
 * value applied to the DS field of packets).
 *
 * The functions take an object whose kind is "dsmark": set it with
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
 * Set the mask a dsmark class applies to the DS field.
 * @param cl	class of kind "dsmark"
 * @param mask	mask and-ed with the DS field (TCA_DSMARK_MASK)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_dsmark_set_bitmask(struct rtnl_class *cl,
					 uint8_t mask);

/**
 * Get the mask of a dsmark class.
 * @param cl	class of kind "dsmark"
 *
 * @return The mask; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a class
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_dsmark_get_bitmask(struct rtnl_class *cl);

/**
 * Set the value a dsmark class ors into the DS field.
 * @param cl	class of kind "dsmark"
 * @param value	value or-ed in after the mask (TCA_DSMARK_VALUE)
 *
 * @return 0; -NLE_OPNOTSUPP for a class of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_dsmark_set_value(struct rtnl_class *cl,
				       uint8_t value);

/**
 * Get the value of a dsmark class.
 * @param cl	class of kind "dsmark"
 *
 * @return The value; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a class
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_class_dsmark_get_value(struct rtnl_class *cl);

/**
 * Set the size of the table of a dsmark qdisc.
 * @param qdisc	qdisc of kind "dsmark"
 * @param indices	number of entries, a power of two
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_set_indices(struct rtnl_qdisc *qdisc,
					 uint16_t indices);

/**
 * Get the size of the table of a dsmark qdisc.
 * @param qdisc	qdisc of kind "dsmark"
 *
 * @return The number of entries; -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_get_indices(struct rtnl_qdisc *qdisc);

/**
 * Set the default index of a dsmark qdisc.
 * @param qdisc	qdisc of kind "dsmark"
 * @param default_index	index used for packets no classifier selected
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_set_default_index(struct rtnl_qdisc *qdisc,
					       uint16_t default_index);

/**
 * Get the default index of a dsmark qdisc.
 * @param qdisc	qdisc of kind "dsmark"
 *
 * @return The index; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_get_default_index(struct rtnl_qdisc *qdisc);

/**
 * Set whether a dsmark qdisc copies the DS field into tc_index.
 * @param qdisc	qdisc of kind "dsmark"
 * @param flag	non-zero to copy the DS field of packets into their
 *		tc_index (TCA_DSMARK_SET_TC_INDEX), 0 not to
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_set_set_tc_index(struct rtnl_qdisc *qdisc,
					      int flag);

/**
 * Get whether a dsmark qdisc copies the DS field into tc_index.
 * @param qdisc	qdisc of kind "dsmark"
 *
 * @return 1 or 0; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a qdisc of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_dsmark_get_set_tc_index(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
