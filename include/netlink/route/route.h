/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routes: objects of the routing tables (RTM_NEWROUTE), their cache and
 * requests, and the names of tables, protocols and metrics.
 */

#ifndef NETLINK_ROUTE_H_
#define NETLINK_ROUTE_H_

/**
 * @defgroup route_route Routes
 * @ingroup route
 * Routes of the routing tables (RTM_NEWROUTE, RTM_DELROUTE,
 * RTM_GETROUTE): the route object rtnl_route with its next hops
 * (@ref route_nexthop) and metrics, the route cache "route/route",
 * requests that add, delete and look up routes, and the names of routing
 * tables, routing protocols and metrics.
 *
 * A route is identified by its family, TOS, table, destination prefix and
 * priority. A new route object starts as a unicast route of the main
 * table, protocol "static", scope "nowhere" (the scope is guessed when a
 * request is built, see rtnl_route_guess_scope()).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/rtnl.h>
#include <linux/in_route.h>

#ifdef __cplusplus
extern "C" {
#endif

/** rtnl_route_alloc_cache() flag: dump the routing cache (cloned routes)
 *  instead of the routing tables. */
#define ROUTE_CACHE_CONTENT 1

struct rtnl_route;

/** Cache information of a route, the kernel's struct rta_cacheinfo. */
struct rtnl_rtcacheinfo {
	uint32_t rtci_clntref;	/**< references held */
	uint32_t rtci_last_use;	/**< time of last use, in clock ticks */
	uint32_t rtci_expires;	/**< time to expiry, in clock ticks */
	int32_t rtci_error;	/**< error of the route (negative errno) */
	uint32_t rtci_used;	/**< number of uses */
	uint32_t rtci_id;	/**< IP identifier (unused by the kernel) */
	uint32_t rtci_ts;	/**< timestamp (unused by the kernel) */
	uint32_t rtci_tsage;	/**< timestamp age (unused by the kernel) */
};

/** Object operations of routes ("route/route"), for nl_object_alloc(). */
extern struct nl_object_ops route_obj_ops;

/**
 * Allocate an empty route object.
 *
 * The route starts as a unicast (RTN_UNICAST) route of the main table
 * (RT_TABLE_MAIN), protocol RTPROT_STATIC, scope RT_SCOPE_NOWHERE, family
 * AF_UNSPEC and without next hops; none of these counts as set until a
 * setter is called.
 *
 * @return The new route with one reference, which the caller releases
 *         with rtnl_route_put(); NULL when out of memory.
 */
extern struct rtnl_route *rtnl_route_alloc(void);

/**
 * Release a reference to a route object.
 * @param route	route object (NULL is ignored)
 *
 * The route, its addresses and its next hops are freed with the last
 * reference.
 */
extern void rtnl_route_put(struct rtnl_route *route);

/**
 * Allocate a route cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param family	address family to dump (AF_UNSPEC for all)
 * @param flags	0, or ROUTE_CACHE_CONTENT for the kernel's routing cache
 *		(cloned routes) instead of the routing tables
 * @param[out] result	the new cache
 *
 * Filling the cache is atomic (doc/dump-consistency.md): an interrupted
 * dump is retried under the socket's retry policy and the cache only
 * ever holds a complete dump. On a socket with strict checking, the
 * dump asks the kernel to filter by what the cache's filter sets (table,
 * protocol, type, output interface).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_route_alloc_cache(struct nl_sock *sk, int family, int flags,
				  struct nl_cache **result);

/**
 * Take a reference to a route object.
 * @param route	route object
 *
 * The caller releases the reference with rtnl_route_put().
 */
extern void rtnl_route_get(struct rtnl_route *route);

/**
 * Parse a route message into a new route object.
 * @param nlh	RTM_NEWROUTE or RTM_DELROUTE message
 * @param[out] result	the new route
 *
 * A single next hop given at the top level of the message (RTA_OIF,
 * RTA_GATEWAY...) and each entry of RTA_MULTIPATH become next hops of the
 * route.
 *
 * @return 0 with *result set; the caller owns the route and releases it
 *         with rtnl_route_put(). -NLE_MSG_TOOSHORT for a truncated
 *         header, -NLE_INVAL or -NLE_RANGE for malformed attributes,
 *         -NLE_NOMEM.
 */
extern int rtnl_route_parse(struct nlmsghdr *nlh, struct rtnl_route **result);

/**
 * Append a route's header and attributes to a message.
 * @param msg	message whose netlink header is already in place
 * @param route	route to describe; it needs a destination (an empty
 *		address of prefix length 0 for a default route)
 *
 * Writes the struct rtmsg and the attributes set: the table (as
 * RTA_TABLE too, except for MPLS routes), destination, source, priority,
 * preferred source, input interface, metrics, TTL propagation, nexthop
 * id, and the next hops (at the top level for one, in RTA_MULTIPATH for
 * several). An unset scope, or RT_SCOPE_NOWHERE, is replaced by
 * rtnl_route_guess_scope().
 *
 * @return 0; -NLE_MISSING_ATTR without a destination, -NLE_MSGSIZE when
 *         msg has no room left.
 */
extern int rtnl_route_build_msg(struct nl_msg *msg, struct rtnl_route *route);

/**
 * Ask the kernel which route it uses to reach an address.
 * @param sk	netlink route socket
 * @param dst	destination address (its family and prefix length go into
 *		the request)
 * @param[out] result	the route the kernel reports
 *
 * Sends an RTM_GETROUTE request for dst and waits for the reply and the
 * acknowledgement.
 *
 * @return 0 with *result set; the caller owns the route and releases it
 *         with rtnl_route_put(). -NLE_OBJ_NOTFOUND when no route came
 *         back, -NLE_NOMEM, -NLE_MSGSIZE, or the kernel's error
 *         (-NLE_NOADDR, -NLE_NETUNREACH...).
 */
extern int rtnl_route_lookup(struct nl_sock *sk, struct nl_addr *dst,
			     struct rtnl_route **result);

/**
 * Build an RTM_NEWROUTE request that adds a route.
 * @param route	route to add (see rtnl_route_build_msg())
 * @param flags	netlink flags added to NLM_F_CREATE (NLM_F_EXCL,
 *		NLM_F_REPLACE, NLM_F_APPEND...)
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, or the errors of
 *         rtnl_route_build_msg().
 */
extern int rtnl_route_build_add_request(struct rtnl_route *route, int flags,
					struct nl_msg **result);

/**
 * Add a route.
 * @param sk	netlink route socket
 * @param route	route to add
 * @param flags	netlink flags added to NLM_F_CREATE
 *
 * Sends the request of rtnl_route_build_add_request() and waits for the
 * kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_route_build_add_request(), of
 *         sending, or the kernel's error (-NLE_EXIST...).
 */
extern int rtnl_route_add(struct nl_sock *sk, struct rtnl_route *route,
			  int flags);

/**
 * Build an RTM_DELROUTE request that deletes a route.
 * @param route	route to delete (see rtnl_route_build_msg()); the kernel
 *		deletes the first route that matches what is set
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, or the errors of
 *         rtnl_route_build_msg().
 */
extern int rtnl_route_build_del_request(struct rtnl_route *route, int flags,
					struct nl_msg **result);

/**
 * Delete a route.
 * @param sk	netlink route socket
 * @param route	route to delete
 * @param flags	netlink flags of the request
 *
 * Sends the request of rtnl_route_build_del_request() and waits for the
 * kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_route_build_del_request(), of
 *         sending, or the kernel's error (-NLE_OBJ_NOTFOUND...).
 */
extern int rtnl_route_delete(struct nl_sock *sk, struct rtnl_route *route,
			     int flags);

/**
 * Set the routing table of a route.
 * @param route	route object
 * @param table	table id (RT_TABLE_MAIN, RT_TABLE_LOCAL, or any 32-bit id)
 */
extern void rtnl_route_set_table(struct rtnl_route *route, uint32_t table);

/**
 * Get the routing table of a route.
 * @param route	route object
 *
 * @return The table id; RT_TABLE_MAIN when not set.
 */
extern uint32_t rtnl_route_get_table(struct rtnl_route *route);

/**
 * Set the scope of a route.
 * @param route	route object
 * @param scope	RT_SCOPE_*; RT_SCOPE_NOWHERE lets requests guess it
 */
extern void rtnl_route_set_scope(struct rtnl_route *route, uint8_t scope);

/**
 * Get the scope of a route.
 * @param route	route object
 *
 * @return The scope (RT_SCOPE_*); RT_SCOPE_NOWHERE when not set.
 */
extern uint8_t rtnl_route_get_scope(struct rtnl_route *route);

/**
 * Set the type-of-service selector of a route.
 * @param route	route object
 * @param tos	TOS value packets must carry to use the route
 */
extern void rtnl_route_set_tos(struct rtnl_route *route, uint8_t tos);

/**
 * Get the type-of-service selector of a route.
 * @param route	route object
 *
 * @return The TOS value; 0 when not set.
 */
extern uint8_t rtnl_route_get_tos(struct rtnl_route *route);

/**
 * Set the routing protocol that installed a route.
 * @param route	route object
 * @param protocol	RTPROT_* (rtnl_route_str2proto() translates names)
 */
extern void rtnl_route_set_protocol(struct rtnl_route *route,
				    uint8_t protocol);

/**
 * Get the routing protocol of a route.
 * @param route	route object
 *
 * @return The RTPROT_* value; RTPROT_STATIC when not set.
 */
extern uint8_t rtnl_route_get_protocol(struct rtnl_route *route);

/**
 * Set the priority of a route.
 * @param route	route object
 * @param prio	priority (RTA_PRIORITY, the "metric" of ip-route); lower
 *		values are preferred
 */
extern void rtnl_route_set_priority(struct rtnl_route *route, uint32_t prio);

/**
 * Get the priority of a route.
 * @param route	route object
 *
 * @return The priority; 0 when not set.
 */
extern uint32_t rtnl_route_get_priority(struct rtnl_route *route);

/**
 * Set the address family of a route.
 * @param route	route object
 * @param family	AF_INET, AF_INET6, AF_DECnet or AF_MPLS
 *
 * Addresses set afterwards must be of this family.
 *
 * @return 0; -NLE_AF_NOSUPPORT for another family (the route is not
 *         changed then).
 */
extern int rtnl_route_set_family(struct rtnl_route *route, uint8_t family);

/**
 * Get the address family of a route.
 * @param route	route object
 *
 * @return The family; AF_UNSPEC when not set.
 */
extern uint8_t rtnl_route_get_family(struct rtnl_route *route);

/**
 * Set the type of a route.
 * @param route	route object
 * @param type	RTN_* (nl_str2rtntype() translates names)
 *
 * @return 0; -NLE_RANGE when type is above RTN_MAX.
 */
extern int rtnl_route_set_type(struct rtnl_route *route, uint8_t type);

/**
 * Get the type of a route.
 * @param route	route object
 *
 * @return The RTN_* value; RTN_UNICAST when not set.
 */
extern uint8_t rtnl_route_get_type(struct rtnl_route *route);

/**
 * Set route flags.
 * @param route	route object
 * @param flags	RTM_F_* and RTNH_F_* bits to set; the others keep their
 *		value
 *
 * A filter object compares only the bits set or cleared with
 * rtnl_route_set_flags() and rtnl_route_unset_flags().
 */
extern void rtnl_route_set_flags(struct rtnl_route *route, uint32_t flags);

/**
 * Clear route flags.
 * @param route	route object
 * @param flags	RTM_F_* and RTNH_F_* bits to clear
 */
extern void rtnl_route_unset_flags(struct rtnl_route *route, uint32_t flags);

/**
 * Get the flags of a route.
 * @param route	route object
 *
 * @return The flags (RTM_F_CLONED marks a route of the routing cache); 0
 *         when none is set.
 */
extern uint32_t rtnl_route_get_flags(struct rtnl_route *route);

/**
 * Set a metric of a route.
 * @param route	route object
 * @param metric	RTAX_* id, from 1 (RTAX_LOCK) to RTAX_MAX
 * @param value	value of the metric
 *
 * @return 0; -NLE_RANGE when metric is out of range, -NLE_NOMEM.
 */
extern int rtnl_route_set_metric(struct rtnl_route *route, int metric,
				 unsigned int value);

/**
 * Remove a metric from a route.
 * @param route	route object
 * @param metric	RTAX_* id, from 1 to RTAX_MAX
 *
 * @return 0 (also when the metric was not set); -NLE_RANGE when metric is
 *         out of range.
 */
extern int rtnl_route_unset_metric(struct rtnl_route *route, int metric);

/**
 * Get a metric of a route.
 * @param route	route object
 * @param metric	RTAX_* id, from 1 to RTAX_MAX
 * @param[out] value	the value of the metric (may be NULL)
 *
 * @return 0 with *value set; -NLE_RANGE when metric is out of range,
 *         -NLE_OBJ_NOTFOUND when the metric is not set.
 */
extern int rtnl_route_get_metric(struct rtnl_route *route, int metric,
				 uint32_t *value);

/**
 * Set the destination prefix of a route.
 * @param route	route object
 * @param addr	destination; its prefix length is the route's. The route
 *		takes its own reference.
 *
 * When the route has no family yet, it takes the family of addr.
 *
 * @return 0; -NLE_AF_MISMATCH when addr's family differs from the route's
 *         family, -NLE_INVAL when addr is NULL.
 */
extern int rtnl_route_set_dst(struct rtnl_route *route, struct nl_addr *addr);

/**
 * Get the destination prefix of a route.
 * @param route	route object
 *
 * @return The destination, owned by the route (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *rtnl_route_get_dst(struct rtnl_route *route);

/**
 * Set the source prefix selector of a route (source routing).
 * @param route	route object
 * @param addr	source prefix; the route takes its own reference
 *
 * IPv4 has no source routing. When the route has no family yet, it takes
 * the family of addr.
 *
 * @return 0; -NLE_SRCRT_NOSUPPORT for an IPv4 address, -NLE_AF_MISMATCH
 *         when addr's family differs from the route's, -NLE_INVAL when
 *         addr is NULL.
 */
extern int rtnl_route_set_src(struct rtnl_route *route, struct nl_addr *addr);

/**
 * Get the source prefix selector of a route.
 * @param route	route object
 *
 * @return The source prefix, owned by the route; NULL when not set.
 */
extern struct nl_addr *rtnl_route_get_src(struct rtnl_route *route);

/**
 * Set the preferred source address of a route.
 * @param route	route object
 * @param addr	address the kernel uses as source of packets sent along
 *		the route; the route takes its own reference
 *
 * @return 0; -NLE_AF_MISMATCH when addr's family differs from the route's,
 *         -NLE_INVAL when addr is NULL.
 */
extern int rtnl_route_set_pref_src(struct rtnl_route *route,
				   struct nl_addr *addr);

/**
 * Get the preferred source address of a route.
 * @param route	route object
 *
 * @return The address, owned by the route; NULL when not set.
 */
extern struct nl_addr *rtnl_route_get_pref_src(struct rtnl_route *route);

/**
 * Set the input interface of a route.
 * @param route	route object
 * @param ifindex	interface index on which packets must arrive
 */
extern void rtnl_route_set_iif(struct rtnl_route *route, int ifindex);

/**
 * Get the input interface of a route.
 * @param route	route object
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_route_get_iif(struct rtnl_route *route);

/**
 * Get the length of the source prefix of a route.
 * @param route	route object
 *
 * Declared as upstream declares it, but no libnl-route-3 exports it: a
 * program that calls it does not link. Use
 * nl_addr_get_prefixlen(rtnl_route_get_src(route)).
 *
 * @return The prefix length in bits.
 */
extern int rtnl_route_get_src_len(struct rtnl_route *route);

/**
 * Set whether an MPLS route propagates the TTL (RTA_TTL_PROPAGATE).
 * @param route	route object
 * @param ttl_prop	1 to propagate the TTL between the IP header and the
 *			MPLS labels, 0 not to
 */
extern void rtnl_route_set_ttl_propagate(struct rtnl_route *route,
					 uint8_t ttl_prop);

/**
 * Get whether an MPLS route propagates the TTL.
 * @param route	route object
 *
 * @return The value set or received (0 or 1); -NLE_MISSING_ATTR when not
 *         set, -NLE_INVAL when route is NULL.
 */
extern int rtnl_route_get_ttl_propagate(struct rtnl_route *route);

/**
 * Make a route use a nexthop object (RTA_NH_ID).
 * @param route	route object
 * @param id	id of the nexthop object (see @ref route_nh); the route then
 *		needs no next hops of its own
 */
extern void rtnl_route_set_nhid(struct rtnl_route *route, uint32_t id);

/**
 * Get the nexthop object id of a route.
 * @param route	route object
 *
 * @return The id; 0 when not set.
 */
extern uint32_t rtnl_route_get_nhid(struct rtnl_route *route);

/**
 * Add a next hop to a route.
 * @param route	route object
 * @param nh	next hop from rtnl_route_nh_alloc(); the route takes
 *		ownership and frees it with itself. It must not belong to
 *		another route.
 *
 * The next hop is appended after those the route has.
 */
extern void rtnl_route_add_nexthop(struct rtnl_route *route,
				   struct rtnl_nexthop *nh);

/**
 * Remove a next hop from a route.
 * @param route	route object
 * @param nh	next hop of the route
 *
 * The next hop is unlinked, not freed: the caller owns it again and frees
 * it with rtnl_route_nh_free().
 */
extern void rtnl_route_remove_nexthop(struct rtnl_route *route,
				      struct rtnl_nexthop *nh);

/**
 * Get the list of next hops of a route.
 * @param route	route object
 *
 * The entries are struct rtnl_nexthop, linked through their member
 * rtnh_list; walk them with nl_list_for_each_entry(), or use
 * rtnl_route_foreach_nexthop().
 *
 * @return The head of the list, owned by the route.
 */
extern struct nl_list_head *rtnl_route_get_nexthops(struct rtnl_route *route);

/**
 * Get the number of next hops of a route.
 * @param route	route object
 *
 * @return The number of next hops (0 when there is none).
 */
extern int rtnl_route_get_nnexthops(struct rtnl_route *route);

/**
 * Call a function for each next hop of a route.
 * @param route	route object
 * @param cb	function called with each next hop, in order, and arg; it
 *		must not add or remove next hops
 * @param arg	argument passed to cb
 */
extern void rtnl_route_foreach_nexthop(struct rtnl_route *route,
				       void (*cb)(struct rtnl_nexthop *, void *),
				       void *arg);

/**
 * Get a next hop of a route by position.
 * @param route	route object
 * @param n	position, from 0
 *
 * @return The next hop, owned by the route; NULL when n is out of range.
 */
extern struct rtnl_nexthop *rtnl_route_nexthop_n(struct rtnl_route *route,
						 int n);

/**
 * Guess the scope of a route from its type and next hops.
 * @param route	route object
 *
 * @return RT_SCOPE_HOST for a local route (RTN_LOCAL); RT_SCOPE_UNIVERSE
 *         for an MPLS route or when a next hop has a gateway (or RTA_VIA
 *         address); RT_SCOPE_LINK otherwise.
 */
extern int rtnl_route_guess_scope(struct rtnl_route *route);

/**
 * Translate a routing table id to its name.
 * @param id	table id
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names are "unspec", "compat", "default", "main" and "local", or those
 * read with rtnl_route_read_table_names().
 *
 * @return buf, holding the name, or the id in hexadecimal ("0x64") when
 *         it has no name.
 */
extern char *rtnl_route_table2str(int id, char *buf, size_t size);

/**
 * Translate a routing table name to its id.
 * @param name	table name (case is ignored), or a number
 *
 * @return The table id; -NLE_INVAL for an empty string, -NLE_OBJ_NOTFOUND
 *         for an unknown name.
 */
extern int rtnl_route_str2table(const char *name);

/**
 * Read routing table names from a file.
 * @param path	file of "id name" lines, as iproute2's rt_tables ('#'
 *		starts a comment)
 *
 * The names of the file replace the names known before.
 *
 * @return 0; -NLE_OBJ_NOTFOUND when the file cannot be opened (the names
 *         are kept then), -NLE_INVAL for a malformed line, -NLE_NOMEM.
 */
extern int rtnl_route_read_table_names(const char *path);

/**
 * Translate a routing protocol to its name.
 * @param proto	RTPROT_* value
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names are "unspec", "redirect", "kernel", "boot" and "static", or those
 * read with rtnl_route_read_protocol_names().
 *
 * @return buf, holding the name, or the value in hexadecimal when it has
 *         no name.
 */
extern char *rtnl_route_proto2str(int proto, char *buf, size_t size);

/**
 * Translate a routing protocol name to its value.
 * @param name	protocol name (case is ignored), or a number
 *
 * @return The RTPROT_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_route_str2proto(const char *name);

/**
 * Read routing protocol names from a file.
 * @param path	file of "value name" lines, as iproute2's rt_protos
 *
 * The names of the file replace the names known before.
 *
 * @return 0; -NLE_OBJ_NOTFOUND when the file cannot be opened (the names
 *         are kept then), -NLE_INVAL for a malformed line, -NLE_NOMEM.
 */
extern int rtnl_route_read_protocol_names(const char *path);

/**
 * Translate a route metric id to its name.
 * @param metric	RTAX_* id
 * @param buf	buffer for the name
 * @param size	size of buf in bytes
 *
 * Names: "unspec", "lock", "mtu", "window", "rtt", "rttvar", "ssthresh",
 * "cwnd", "advmss", "reordering", "hoplimit", "initcwnd", "features".
 *
 * @return buf, holding the name, or the id in hexadecimal when it has no
 *         name.
 */
extern char *rtnl_route_metric2str(int metric, char *buf, size_t size);

/**
 * Translate a route metric name to its id.
 * @param name	metric name (case is ignored), or a number
 *
 * @return The RTAX_* id; -NLE_INVAL for an empty string, -NLE_OBJ_NOTFOUND
 *         for an unknown name.
 */
extern int rtnl_route_str2metric(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
