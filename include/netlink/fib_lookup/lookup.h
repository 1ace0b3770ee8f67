/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * FIB lookups (NETLINK_FIB_LOOKUP): ask the kernel which route a packet
 * would take, and read the result.
 */

#ifndef NETLINK_FIB_LOOKUP_H_
#define NETLINK_FIB_LOOKUP_H_

/**
 * @defgroup route_fib_lookup FIB lookup
 * @ingroup route
 * Ask the kernel which route a packet would take (NETLINK_FIB_LOOKUP): a
 * struct flnl_request describes the packet, flnl_lookup() adds a struct
 * flnl_result to a cache. IPv4 only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/fib_lookup/request.h>

#ifdef __cplusplus
extern "C" {
#endif

struct flnl_result;

/**
 * Allocate an empty FIB lookup result.
 *
 * @return The object holding one reference, to be released with
 *         flnl_result_put(); NULL when out of memory.
 */
extern struct flnl_result *flnl_result_alloc(void);

/**
 * Drop a reference on a FIB lookup result.
 * @param res	result, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void flnl_result_put(struct flnl_result *res);

/**
 * Allocate an empty cache for FIB lookup results.
 *
 * flnl_lookup() adds its results to it.
 *
 * @return The "fib_lookup/fib_lookup" cache holding one reference, to be
 *         released with nl_cache_free(); NULL when out of memory.
 */
extern struct nl_cache *flnl_result_alloc_cache(void);

/**
 * Build a FIB lookup request.
 * @param req	request; its address is required. An unset mark or type of
 *		service is sent as 0, an unset scope as
 *		RT_SCOPE_UNIVERSE, an unset table as RT_TABLE_UNSPEC.
 * @param flags	message flags
 * @param[out] result	set to the message, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the address is not set;
 *         -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int flnl_lookup_build_request(struct flnl_request *req, int flags,
				     struct nl_msg **result);

/**
 * Ask the kernel which route a packet would take.
 * @param sk	socket connected to NETLINK_FIB_LOOKUP
 * @param req	request
 * @param cache	cache from flnl_result_alloc_cache(); the result is added to it
 *
 * Sends the request of flnl_lookup_build_request() and reads the kernel's
 * answer, a struct flnl_result; whether a route was found is in
 * flnl_result_get_error().
 *
 * @return 0 on success; the errors of flnl_lookup_build_request(); the send and
 *         receive errors.
 */
extern int flnl_lookup(struct nl_sock *sk, struct flnl_request *req,
		       struct nl_cache *cache);

/**
 * Get the routing table of the route found.
 * @param res	lookup result
 *
 * @return The table id; 0 when the result holds none.
 */
extern int flnl_result_get_table_id(struct flnl_result *res);

/**
 * Get the prefix length of the route found.
 * @param res	lookup result
 *
 * @return The prefix length in bits; 0 when the result holds none.
 */
extern int flnl_result_get_prefixlen(struct flnl_result *res);

/**
 * Get the nexthop the kernel selected.
 * @param res	lookup result
 *
 * @return The index of the nexthop within the route; 0 when the result holds
 *         none.
 */
extern int flnl_result_get_nexthop_sel(struct flnl_result *res);

/**
 * Get the type of the route found.
 * @param res	lookup result
 *
 * @return The RTN_* type; 0 when the result holds none.
 */
extern int flnl_result_get_type(struct flnl_result *res);

/**
 * Get the scope of the route found.
 * @param res	lookup result
 *
 * @return The RT_SCOPE_* scope; 0 when the result holds none.
 */
extern int flnl_result_get_scope(struct flnl_result *res);

/**
 * Get the outcome of a FIB lookup.
 * @param res	lookup result
 *
 * @return 0 when the kernel found a route; a negative errno otherwise
 *         (-ENETUNREACH when no route matches...).
 */
extern int flnl_result_get_error(struct flnl_result *res);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
