/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbour tables (RTM_NEWNEIGHTBL): configuration, per-device parameters
 * and statistics, the cache "route/neightbl" and change requests.
 */

#ifndef NETLINK_NEIGHTBL_H_
#define NETLINK_NEIGHTBL_H_

/**
 * @defgroup route_neightbl Neighbour tables
 * @ingroup route
 * Neighbour tables (RTM_NEWNEIGHTBL, RTM_SETNEIGHTBL, RTM_GETNEIGHTBL):
 * the configuration, statistics and parameters (per table and per
 * device) of the kernel's ARP and NDISC tables, the cache
 * "route/neightbl" and change requests. The setters describe a change:
 * the object is given to rtnl_neightbl_change() as template.
 * @{
 */

#include <stdio.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_neightbl;

/**
 * Allocate an empty neighbour table object.
 *
 * @return The new object with one reference, which the caller releases
 *         with rtnl_neightbl_put(); NULL when out of memory.
 */
extern struct rtnl_neightbl *rtnl_neightbl_alloc(void);

/**
 * Release a reference to a neighbour table object.
 * @param neightbl	neighbour table object (NULL is ignored)
 */
extern void rtnl_neightbl_put(struct rtnl_neightbl *neightbl);

/**
 * Free a neighbour table object.
 * @param neightbl	neighbour table object
 *
 * Declared as upstream declares it, but no libnl-route-3 exports it: a
 * program that calls it does not link. Use rtnl_neightbl_put().
 */
extern void rtnl_neightbl_free(struct rtnl_neightbl *neightbl);

/**
 * Allocate a neighbour table cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * The cache holds one object per table (arp_cache, ndisc_cache...) with
 * the table's configuration, default parameters and statistics, and one
 * object per table and device with that device's parameters. Filling the
 * cache is atomic (doc/dump-consistency.md).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_neightbl_alloc_cache(struct nl_sock *sk,
				     struct nl_cache **result);

/**
 * Look up a neighbour table in a neighbour table cache.
 * @param cache	neighbour table cache
 * @param name	name of the table ("arp_cache", "ndisc_cache"...)
 * @param ifindex	interface index for the table's parameters of that
 *			device; 0 for the table's own object
 *
 * @return The object with a reference taken for the caller, who releases
 *         it with rtnl_neightbl_put(); NULL when none matches, when name
 *         is NULL or cache is not a neighbour table cache.
 */
extern struct rtnl_neightbl *rtnl_neightbl_get(struct nl_cache *cache,
					       const char *name, int ifindex);

/**
 * Print a neighbour table object.
 * @param neightbl	neighbour table object
 * @param fd	stream to print to
 * @param params	dump parameters
 *
 * Declared as upstream declares it, but no libnl-route-3 exports it: a
 * program that calls it does not link. Use nl_object_dump().
 */
extern void rtnl_neightbl_dump(struct rtnl_neightbl *neightbl, FILE *fd,
			       struct nl_dump_params *params);

/**
 * Build an RTM_SETNEIGHTBL request that changes a neighbour table.
 * @param old	table to change, as found in the cache: its family and name
 *		(and device, for per-device parameters) select it
 * @param tmpl	the new values: garbage collection thresholds and interval,
 *		and the parameters set with the rtnl_neightbl_set_*()
 *		functions
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_neightbl_build_change_request(struct rtnl_neightbl *old,
					      struct rtnl_neightbl *tmpl,
					      struct nl_msg **result);

/**
 * Change a neighbour table.
 * @param sk	netlink route socket
 * @param old	table to change (see rtnl_neightbl_build_change_request())
 * @param tmpl	the new values
 *
 * Sends the request of rtnl_neightbl_build_change_request() and waits for
 * the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_neightbl_build_change_request(),
 *         of sending, or the kernel's error.
 */
extern int rtnl_neightbl_change(struct nl_sock *sk, struct rtnl_neightbl *old,
				struct rtnl_neightbl *tmpl);

/**
 * Set the family of a neighbour table object.
 * @param ntbl	neighbour table object
 * @param family	AF_INET (ARP) or AF_INET6 (NDISC)
 */
extern void rtnl_neightbl_set_family(struct rtnl_neightbl *ntbl, int family);

/**
 * Set the first garbage collection threshold (gc_thresh1).
 * @param ntbl	neighbour table object
 * @param thresh	number of entries below which the garbage collector
 *			leaves the table alone
 */
extern void rtnl_neightbl_set_gc_tresh1(struct rtnl_neightbl *ntbl,
					int thresh);

/**
 * Set the second garbage collection threshold (gc_thresh2).
 * @param ntbl	neighbour table object
 * @param thresh	soft maximum of entries
 */
extern void rtnl_neightbl_set_gc_tresh2(struct rtnl_neightbl *ntbl,
					int thresh);

/**
 * Set the third garbage collection threshold (gc_thresh3).
 * @param ntbl	neighbour table object
 * @param thresh	hard maximum of entries
 */
extern void rtnl_neightbl_set_gc_tresh3(struct rtnl_neightbl *ntbl,
					int thresh);

/**
 * Set the garbage collection interval.
 * @param ntbl	neighbour table object
 * @param ms	interval in milliseconds
 */
extern void rtnl_neightbl_set_gc_interval(struct rtnl_neightbl *ntbl,
					  uint64_t ms);

/**
 * Set the name of a neighbour table object.
 * @param ntbl	neighbour table object
 * @param name	table name ("arp_cache", "ndisc_cache"...), copied and
 *		truncated to 31 characters
 */
extern void rtnl_neightbl_set_name(struct rtnl_neightbl *ntbl,
				   const char *name);

/**
 * Select the device whose parameters a neighbour table object holds.
 * @param ntbl	neighbour table object
 * @param ifindex	interface index
 */
extern void rtnl_neightbl_set_dev(struct rtnl_neightbl *ntbl, int ifindex);

/**
 * Set the queue length of unresolved entries (NDTPA_QUEUE_LEN).
 * @param ntbl	neighbour table object
 * @param len	packets queued per entry while its address is resolved
 */
extern void rtnl_neightbl_set_queue_len(struct rtnl_neightbl *ntbl, int len);

/**
 * Set the length of the proxy queue (NDTPA_PROXY_QLEN).
 * @param ntbl	neighbour table object
 * @param len	packets queued for proxied answers
 */
extern void rtnl_neightbl_set_proxy_queue_len(struct rtnl_neightbl *ntbl,
					      int len);

/**
 * Set the number of application probes (NDTPA_APP_PROBES).
 * @param ntbl	neighbour table object
 * @param probes	probes sent to a user-space daemon before an entry
 *			fails
 */
extern void rtnl_neightbl_set_app_probes(struct rtnl_neightbl *ntbl,
					 int probes);

/**
 * Set the number of unicast probes (NDTPA_UCAST_PROBES).
 * @param ntbl	neighbour table object
 * @param probes	unicast probes sent before an entry fails
 */
extern void rtnl_neightbl_set_ucast_probes(struct rtnl_neightbl *ntbl,
					   int probes);

/**
 * Set the number of multicast probes (NDTPA_MCAST_PROBES).
 * @param ntbl	neighbour table object
 * @param probes	multicast (broadcast) probes sent before an entry fails
 */
extern void rtnl_neightbl_set_mcast_probes(struct rtnl_neightbl *ntbl,
					   int probes);

/**
 * Set the base reachable time (NDTPA_BASE_REACHABLE_TIME).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds an entry stays reachable after a
 *		confirmation (the kernel randomizes it around this value)
 */
extern void rtnl_neightbl_set_base_reachable_time(struct rtnl_neightbl *ntbl,
						  uint64_t ms);

/**
 * Set the retransmission time (NDTPA_RETRANS_TIME).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds between probes
 */
extern void rtnl_neightbl_set_retrans_time(struct rtnl_neightbl *ntbl,
					   uint64_t ms);

/**
 * Set the stale time (NDTPA_GC_STALETIME).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds after which a stale entry may be
 *		removed
 */
extern void rtnl_neightbl_set_gc_stale_time(struct rtnl_neightbl *ntbl,
					    uint64_t ms);

/**
 * Set the delay before the first probe (NDTPA_DELAY_PROBE_TIME).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds
 */
extern void rtnl_neightbl_set_delay_probe_time(struct rtnl_neightbl *ntbl,
					       uint64_t ms);

/**
 * Set the maximum delay of answers to anycast solicitations
 * (NDTPA_ANYCAST_DELAY).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds
 */
extern void rtnl_neightbl_set_anycast_delay(struct rtnl_neightbl *ntbl,
					    uint64_t ms);

/**
 * Set the maximum delay of proxied answers (NDTPA_PROXY_DELAY).
 * @param ntbl	neighbour table object
 * @param ms	time in milliseconds
 */
extern void rtnl_neightbl_set_proxy_delay(struct rtnl_neightbl *ntbl,
					  uint64_t ms);

/**
 * Set the lock time (NDTPA_LOCKTIME).
 * @param ntbl	neighbour table object
 * @param ms	minimum time in milliseconds an entry keeps its link-layer
 *		address before an update may replace it
 */
extern void rtnl_neightbl_set_locktime(struct rtnl_neightbl *ntbl,
				       uint64_t ms);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
