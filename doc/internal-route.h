/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Reference of the route functions libnl-route-3 exports but no installed
 * header declares: the interface of traffic control kinds and of the tc
 * object types (include/nl-private/tc-api.h).  The declarations are
 * copies with parameter names, for Doxygen only; compiled after the
 * private header they cannot drift from it.  Nothing includes this file.
 */

#ifndef NETLINK_DOC_INTERNAL_ROUTE_H_
#define NETLINK_DOC_INTERNAL_ROUTE_H_

#include <stdint.h>
#include <netlink/netlink.h>
#include <netlink/route/tc.h>

struct rtnl_tc;
struct rtnl_tc_ops;
struct rtnl_tc_type_ops;
struct rtnl_ratespec;

/**
 * @defgroup route_tc_internal Internal exports of traffic control
 * @ingroup route_tc
 * Functions libnl-route-3 exports for its tc kinds (qdisc, class,
 * classifier and action kinds) and tc object types. No installed header
 * declares them: as upstream, the structures they take (struct
 * rtnl_tc_ops, struct rtnl_tc_type_ops, struct rtnl_ratespec) are private
 * to the library, and applications should not use them. They stay
 * exported under upstream's version node so that binaries linked against
 * upstream's library keep running.
 *
 * A kind (TCA_KIND "htb", "u32", "mirred"...) is described by a struct
 * rtnl_tc_ops registered for one object type; each tc object of that kind
 * holds the kind's data, reached with rtnl_tc_data(). A struct
 * rtnl_tc_type_ops describes what the dumps of an object type (qdisc,
 * class, classifier, action) print around the kind's part.
 * @{
 */

/**
 * Register a tc kind.
 * @param ops	operations of the kind; its name (to_kind) and object type
 *		(to_type) must be set. The library keeps the pointer until
 *		rtnl_tc_unregister().
 *
 * Objects of that type given that kind name with rtnl_tc_set_kind(), or
 * received with it, then use ops for their options.
 *
 * @return 0; -NLE_EXIST when a kind of that name is registered for the
 *         type already, -NLE_INVAL when ops or its name is NULL or its
 *         type is out of range.
 */
int rtnl_tc_register(struct rtnl_tc_ops *ops);

/**
 * Unregister a tc kind.
 * @param ops	operations passed to rtnl_tc_register() (others are
 *		ignored)
 */
void rtnl_tc_unregister(struct rtnl_tc_ops *ops);

/**
 * Register what the dumps of a tc object type print.
 * @param tt	operations of the type; tt_type names it. The library keeps
 *		the pointer until rtnl_tc_type_unregister(). A type that has
 *		operations already keeps them.
 */
void rtnl_tc_type_register(struct rtnl_tc_type_ops *tt);

/**
 * Unregister the dump operations of a tc object type.
 * @param tt	operations passed to rtnl_tc_type_register() (others are
 *		ignored)
 */
void rtnl_tc_type_unregister(struct rtnl_tc_type_ops *tt);

/**
 * Look up a tc kind.
 * @param type	object type (RTNL_TC_TYPE_QDISC...)
 * @param kind	kind name
 *
 * @return The kind's operations, owned by the library; NULL when no such
 *         kind is registered, or when type is out of range or kind is
 *         NULL.
 */
struct rtnl_tc_ops *rtnl_tc_lookup_ops(enum rtnl_tc_type type,
				       const char *kind);

/**
 * Get the kind operations of a tc object.
 * @param tc	tc object
 *
 * @return The operations of the object's kind, owned by the library; NULL
 *         when the object has no kind, its kind is not registered, or tc
 *         is NULL.
 */
struct rtnl_tc_ops *rtnl_tc_get_ops(struct rtnl_tc *tc);

/**
 * Parse a tc message into a tc object.
 * @param n	RTM_NEWQDISC, RTM_NEWTCLASS or RTM_NEWTFILTER message (or
 *		the corresponding deletion)
 * @param tc	object whose type is set (by its object operations'
 *		constructor)
 *
 * Reads the struct tcmsg, the kind, the chain, the statistics and the
 * options; a known kind parses its options into its data, the options of
 * an unknown kind are kept as bytes.
 *
 * @return 0; -NLE_MISSING_ATTR without TCA_KIND, -NLE_NOMEM, or the error
 *         of parsing the attributes or the kind's options.
 */
int rtnl_tc_msg_parse(struct nlmsghdr *n, struct rtnl_tc *tc);

/**
 * Build a tc message from a tc object.
 * @param tc	tc object
 * @param type	message type (RTM_NEWQDISC...)
 * @param flags	netlink flags
 * @param[out] result	the message
 *
 * Writes the struct tcmsg (interface, handle, parent), the kind, the
 * chain and the options of the object's kind.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, -NLE_MSGSIZE, or the kind's error
 *         (-NLE_MISSING_ATTR when a required option is not set...).
 */
int rtnl_tc_msg_build(struct rtnl_tc *tc, int type, int flags,
		      struct nl_msg **result);

/**
 * Free what a tc object owns (its object operations' oo_free_data).
 * @param obj	tc object being freed
 *
 * Releases the link, the received options and statistics, and the
 * kind's data.
 */
void rtnl_tc_free_data(struct nl_object *obj);

/**
 * Copy what a tc object owns (its object operations' oo_clone).
 * @param dst	new object, a byte copy of src
 * @param src	object being cloned
 *
 * @return 0; -NLE_NOMEM, or the kind's error.
 */
int rtnl_tc_clone(struct nl_object *dst, struct nl_object *src);

/**
 * Compare the common parts of two tc objects (their object operations'
 * oo_compare).
 * @param a	tc object
 * @param b	tc object
 * @param attrs	mask of the attributes to compare
 * @param flags	comparison flags (LOOSE_COMPARISON...)
 *
 * The kinds' data count as the options attribute.
 *
 * @return The mask of the attributes that differ; 0 when equal.
 */
uint64_t rtnl_tc_compare(struct nl_object *a, struct nl_object *b,
			 uint64_t attrs, int flags);

/**
 * Print a tc object on one line (its object operations'
 * oo_dump[NL_DUMP_LINE]).
 * @param obj	tc object
 * @param p	dump parameters
 */
void rtnl_tc_dump_line(struct nl_object *obj, struct nl_dump_params *p);

/**
 * Print a tc object with details (its object operations'
 * oo_dump[NL_DUMP_DETAILS]).
 * @param obj	tc object
 * @param p	dump parameters
 */
void rtnl_tc_dump_details(struct nl_object *obj, struct nl_dump_params *p);

/**
 * Print a tc object with details and statistics (its object operations'
 * oo_dump[NL_DUMP_STATS]).
 * @param obj	tc object
 * @param p	dump parameters
 */
void rtnl_tc_dump_stats(struct nl_object *obj, struct nl_dump_params *p);

/**
 * Get the kind data of a tc object.
 * @param tc	tc object
 *
 * Allocates the data (to_size zeroed bytes) on first use.
 *
 * @return The data, owned by the object; NULL when the object's kind is
 *         unknown or has no data, or out of memory.
 */
void *rtnl_tc_data(struct rtnl_tc *tc);

/**
 * Get the kind data of a tc object, checking its kind.
 * @param tc	tc object
 * @param ops	operations of the kind the caller expects
 * @param[out] err	0, or the error when NULL is returned (may be NULL)
 *
 * An object without kind gets the kind of ops first.
 *
 * @return The data, owned by the object; NULL with *err set to
 *         -NLE_OPNOTSUPP when the object is of another kind, -NLE_NOMEM
 *         when the data cannot be allocated, -NLE_INVAL when tc or ops is
 *         NULL.
 */
void *rtnl_tc_data_check(struct rtnl_tc *tc, struct rtnl_tc_ops *ops,
			 int *err);

/**
 * Compute the rate table of a rate.
 * @param tc	tc object whose link parameters (rtnl_tc_get_mtu(),
 *		rtnl_tc_get_linktype(), the rate's minimum packet unit and
 *		cell size) apply
 * @param spec	the rate
 * @param[out] dst	256 transmit times in clock ticks, one per cell
 *
 * @return 0; -NLE_INVAL when the MTU is 0 or spec or dst is NULL.
 */
int rtnl_tc_build_rate_table(struct rtnl_tc *tc, struct rtnl_ratespec *spec,
			     uint32_t *dst);

/** @} */

#endif
