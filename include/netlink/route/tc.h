/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic control: the attributes shared by qdiscs, classes, classifiers
 * and actions, handle and rate helpers.
 */

#ifndef NETLINK_TC_H_
#define NETLINK_TC_H_

/**
 * @defgroup route_tc Traffic control
 * @ingroup route
 * What qdiscs (@ref route_qdisc), classes (@ref route_class), classifiers
 * (@ref route_cls) and actions (@ref route_act) share: struct rtnl_tc,
 * the common part every tc object starts with (TC_CAST() turns any of
 * them into one), with the interface, handle, parent, kind, statistics
 * and the link parameters rate tables are computed for; rate helpers,
 * and tc handles as text (@ref route_classid).
 * @{
 */

#include <stdint.h>
#include <stddef.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/data.h>
#include <netlink/route/link.h>
#include <linux/pkt_sched.h>
#include <linux/pkt_cls.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_tc;

/** Type of a tc object. */
enum rtnl_tc_type {
	RTNL_TC_TYPE_QDISC,
	RTNL_TC_TYPE_CLASS,
	RTNL_TC_TYPE_CLS,
	RTNL_TC_TYPE_ACT,
	__RTNL_TC_TYPE_MAX,
};

/** Highest value of enum rtnl_tc_type. */
#define RTNL_TC_TYPE_MAX (__RTNL_TC_TYPE_MAX - 1)

/** Cast a qdisc, class, classifier or action to the common tc object. */
#define TC_CAST(ptr) ((struct rtnl_tc *)(ptr))

/** Build a tc handle from its major and minor numbers (major:minor). */
#define TC_HANDLE(maj, min) (TC_H_MAJ((maj) << 16) | TC_H_MIN(min))

/** Statistics counters of a tc object. */
enum rtnl_tc_stat {
	RTNL_TC_PACKETS,
	RTNL_TC_BYTES,
	RTNL_TC_RATE_BPS,
	RTNL_TC_RATE_PPS,
	RTNL_TC_QLEN,
	RTNL_TC_BACKLOG,
	RTNL_TC_DROPS,
	RTNL_TC_REQUEUES,
	RTNL_TC_OVERLIMITS,
	__RTNL_TC_STATS_MAX,
};

/** Highest value of enum rtnl_tc_stat. */
#define RTNL_TC_STATS_MAX (__RTNL_TC_STATS_MAX - 1)

/**
 * Set the interface of a tc object.
 * @param tc	qdisc, class, classifier or action (TC_CAST())
 * @param ifindex	interface index
 *
 * Releases the link set with rtnl_tc_set_link(), if any.
 */
extern void rtnl_tc_set_ifindex(struct rtnl_tc *tc, int ifindex);

/**
 * Get the interface of a tc object.
 * @param tc	tc object
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_tc_get_ifindex(struct rtnl_tc *tc);

/**
 * Set the interface of a tc object by link object.
 * @param tc	tc object
 * @param link	link; the object takes its own reference and uses its
 *		interface index. Its MTU and link type become the defaults
 *		of rtnl_tc_get_mtu() and rtnl_tc_get_linktype(). NULL only
 *		releases the link set before.
 */
extern void rtnl_tc_set_link(struct rtnl_tc *tc, struct rtnl_link *link);

/**
 * Get the link object of a tc object.
 * @param tc	tc object
 *
 * @return The link given to rtnl_tc_set_link() with a reference taken for
 *         the caller, who releases it with rtnl_link_put(); NULL when none
 *         was set.
 */
extern struct rtnl_link *rtnl_tc_get_link(struct rtnl_tc *tc);

/**
 * Set the MTU a tc object's rate tables are computed for.
 * @param tc	tc object
 * @param mtu	MTU in bytes
 */
extern void rtnl_tc_set_mtu(struct rtnl_tc *tc, uint32_t mtu);

/**
 * Get the MTU of a tc object's rate computations.
 * @param tc	tc object
 *
 * @return The MTU set; else the MTU of the link set with
 *         rtnl_tc_set_link(); else 1500.
 */
extern uint32_t rtnl_tc_get_mtu(struct rtnl_tc *tc);

/**
 * Set the minimum packet unit of a tc object's rate computations.
 * @param tc	tc object
 * @param mpu	smallest packet size in bytes a packet is accounted for
 */
extern void rtnl_tc_set_mpu(struct rtnl_tc *tc, uint32_t mpu);

/**
 * Get the minimum packet unit of a tc object.
 * @param tc	tc object
 *
 * @return The minimum packet unit in bytes; 0 when not set.
 */
extern uint32_t rtnl_tc_get_mpu(struct rtnl_tc *tc);

/**
 * Set the per-packet overhead of a tc object's rate computations.
 * @param tc	tc object
 * @param overhead	bytes added to each packet's size
 */
extern void rtnl_tc_set_overhead(struct rtnl_tc *tc, uint32_t overhead);

/**
 * Get the per-packet overhead of a tc object.
 * @param tc	tc object
 *
 * @return The overhead in bytes; 0 when not set.
 */
extern uint32_t rtnl_tc_get_overhead(struct rtnl_tc *tc);

/**
 * Set the link layer type of a tc object's rate computations.
 * @param tc	tc object
 * @param type	ARPHRD_* type; ARPHRD_ATM accounts whole ATM cells
 */
extern void rtnl_tc_set_linktype(struct rtnl_tc *tc, uint32_t type);

/**
 * Get the link layer type of a tc object.
 * @param tc	tc object
 *
 * @return The type set; else the type of the link set with
 *         rtnl_tc_set_link(); else ARPHRD_ETHER.
 */
extern uint32_t rtnl_tc_get_linktype(struct rtnl_tc *tc);

/**
 * Set the handle of a tc object.
 * @param tc	tc object
 * @param id	handle: major number in the upper 16 bits, minor number in
 *		the lower (qdiscs have minor 0); for actions, the action
 *		index
 */
extern void rtnl_tc_set_handle(struct rtnl_tc *tc, uint32_t id);

/**
 * Get the handle of a tc object.
 * @param tc	tc object
 *
 * @return The handle; 0 when not set.
 */
extern uint32_t rtnl_tc_get_handle(struct rtnl_tc *tc);

/**
 * Set the parent of a tc object.
 * @param tc	tc object
 * @param parent	handle of the parent qdisc or class; TC_H_ROOT for a
 *			root qdisc, TC_H_INGRESS for the ingress qdisc
 */
extern void rtnl_tc_set_parent(struct rtnl_tc *tc, uint32_t parent);

/**
 * Get the parent of a tc object.
 * @param tc	tc object
 *
 * @return The parent handle; 0 when not set.
 */
extern uint32_t rtnl_tc_get_parent(struct rtnl_tc *tc);

/**
 * Set the kind of a tc object.
 * @param tc	tc object
 * @param kind	kind name ("htb", "u32", "mirred"...), copied
 *
 * The kind selects the operations that handle the kind's options (the
 * kind modules' setters, such as rtnl_htb_set_rate(), set the kind
 * themselves on an object without one). The kind can be set once.
 *
 * @return 0; -NLE_EXIST when the object has a kind already; -NLE_INVAL
 *         when kind is NULL or too long.
 */
extern int rtnl_tc_set_kind(struct rtnl_tc *tc, const char *kind);

/**
 * Get the kind of a tc object.
 * @param tc	tc object
 *
 * @return The kind name, owned by the object; NULL when not set.
 */
extern char *rtnl_tc_get_kind(struct rtnl_tc *tc);

/**
 * Get a statistics counter of a tc object.
 * @param tc	tc object
 * @param id	counter (RTNL_TC_PACKETS, RTNL_TC_BYTES...)
 *
 * @return The value the kernel reported; 0 when not reported or when id
 *         is out of range.
 */
extern uint64_t rtnl_tc_get_stat(struct rtnl_tc *tc, enum rtnl_tc_stat id);

/**
 * Translate a statistics counter id to its name.
 * @param st	counter id
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * Names: "packets", "bytes", "rate_bps", "rate_pps", "qlen", "backlog",
 * "drops", "requeues", "overlimits".
 *
 * @return buf, holding the name, or the id in hexadecimal when it has no
 *         name.
 */
extern char *rtnl_tc_stat2str(enum rtnl_tc_stat st, char *buf, size_t len);

/**
 * Translate a statistics counter name to its id.
 * @param name	counter name (case is ignored), or a number
 *
 * @return The counter id; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_tc_str2stat(const char *name);

/**
 * Compute the time to transmit a buffer at a rate.
 * @param bufsize	size in bytes
 * @param rate	rate in bytes per second
 *
 * @return The time in microseconds; 0 when rate is not positive.
 */
extern int rtnl_tc_calc_txtime(int bufsize, int rate);

/**
 * Compute the bytes transmitted in a time at a rate.
 * @param txtime	time in microseconds
 * @param rate	rate in bytes per second
 *
 * @return The number of bytes.
 */
extern int rtnl_tc_calc_bufsize(int txtime, int rate);

/**
 * Compute the cell log of a cell size.
 * @param cell_size	cell size in bytes, a power of two
 *
 * @return log2 of cell_size; -NLE_INVAL when it is not a power of two
 *         (or not positive).
 */
extern int rtnl_tc_calc_cell_log(int cell_size);

/**
 * @defgroup route_classid Class ids
 * @ingroup route_tc
 * tc handles as text ("1:10", "root", "ingress") and the names the
 * classid file gives them: $NLSYSCONFDIR/classid, else the file classid
 * in the libnl directory of the system configuration directory
 * (/etc/libnl/classid on distributions).
 * @{
 */

/**
 * Read the classid file again.
 *
 * The names of the file replace the names read before. The file is read
 * on first use anyway; call this after it changed.
 *
 * @return 0; a negative error code when the file cannot be opened
 *         (-NLE_OBJ_NOTFOUND when it does not exist), -NLE_NOMEM.
 */
extern int rtnl_tc_read_classid_file(void);

/**
 * Format a tc handle.
 * @param handle	handle
 * @param buf	buffer for the text
 * @param len	size of buf in bytes
 *
 * Writes "root" (TC_H_ROOT), "none" (TC_H_UNSPEC), "ingress"
 * (TC_H_INGRESS), the handle's name in the classid file, or the handle in
 * hexadecimal as "major:", ":minor" (major 0) or "major:minor".
 *
 * @return buf.
 */
extern char *rtnl_tc_handle2str(uint32_t handle, char *buf, size_t len);

/**
 * Parse a tc handle.
 * @param str	"root", "none", "ingress" (case is ignored), "major:minor",
 *		"major:", ":minor" or a plain number (all hexadecimal), or
 *		a name of the classid file
 * @param[out] res	the handle
 *
 * @return 0 with *res set; -NLE_OBJ_NOTFOUND when str is neither a handle
 *         nor a known name, -NLE_INVAL for a malformed minor number (or
 *         NULL arguments), -NLE_RANGE for a number beyond 16 bits.
 */
extern int rtnl_tc_str2handle(const char *str, uint32_t *res);

/**
 * Give a name a new class id and store it in the classid file.
 * @param name	name, without blanks
 * @param[out] result	the new class id
 * @param parent	TC_H_ROOT or TC_H_UNSPEC for a new major number
 *			(minor 0); else a new minor number under the major
 *			number of parent
 *
 * Picks the first id no name uses, appends "id name" to the classid file
 * and adds the name to those known.
 *
 * @return 0 with *result set; -NLE_EXIST when name is known already,
 *         -NLE_RANGE when no id is free, -NLE_INVAL for an empty name, a
 *         name with blanks or NULL arguments, or the error of writing the
 *         file.
 */
extern int rtnl_classid_generate(const char *name, uint32_t *result,
				 uint32_t parent);

/** @} */

/**
 * Set the filter chain of a tc object (TCA_CHAIN).
 * @param tc	classifier (or qdisc, for its chain templates)
 * @param chain	chain index
 */
extern void rtnl_tc_set_chain(struct rtnl_tc *tc, uint32_t chain);

/**
 * Get the filter chain of a tc object.
 * @param tc	tc object
 * @param[out] out_value	the chain index (may be NULL)
 *
 * @return 0 with *out_value set; -NLE_MISSING_ATTR when not set.
 */
extern int rtnl_tc_get_chain(struct rtnl_tc *tc, uint32_t *out_value);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
