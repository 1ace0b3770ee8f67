/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Per-interface network configuration (RTM_GETNETCONF): forwarding,
 * reverse path filter, multicast forwarding, proxy neighbour, ignoring
 * routes with link down and MPLS input, per address family and interface.
 */

#ifndef NETLINK_NETCONF_H_
#define NETLINK_NETCONF_H_

/**
 * @defgroup route_netconf Network configuration
 * @ingroup route
 * Per-interface network configuration the kernel reports with
 * RTM_NEWNETCONF (read only): forwarding, multicast forwarding, reverse
 * path filter, proxy neighbour, ignoring routes with link down and MPLS
 * input, per address family and interface, in the cache "route/netconf".
 * The getters return 0 and write the value, or a negative error code
 * when the object does not carry it.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/rtnl.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_netconf;

/**
 * Allocate a netconf cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * The cache holds one object per address family (AF_INET, AF_INET6,
 * AF_MPLS) and interface, plus the "all" and "default" objects of each
 * family. Filling it is atomic (doc/dump-consistency.md); notifications
 * of a cache manager carry only the value that changed and are merged
 * into the object the cache holds.
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
int rtnl_netconf_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Look up the netconf object of an interface.
 * @param cache	netconf cache
 * @param family	AF_INET, AF_INET6 or AF_MPLS
 * @param ifindex	interface index; NETCONFA_IFINDEX_ALL (-1) and
 *			NETCONFA_IFINDEX_DEFAULT (-2) name the "all" and
 *			"default" objects
 *
 * @return The object with a reference taken for the caller, who releases
 *         it with rtnl_netconf_put(); NULL when the cache holds none or is
 *         not a netconf cache.
 */
struct rtnl_netconf *rtnl_netconf_get_by_idx(struct nl_cache *cache,
					     int family, int ifindex);

/**
 * Look up the "all" netconf object of a family.
 * @param cache	netconf cache
 * @param family	AF_INET, AF_INET6 or AF_MPLS
 *
 * The "all" object holds the values of net.ipv4.conf.all (and its IPv6
 * and MPLS counterparts).
 *
 * @return As rtnl_netconf_get_by_idx() with NETCONFA_IFINDEX_ALL.
 */
struct rtnl_netconf *rtnl_netconf_get_all(struct nl_cache *cache, int family);

/**
 * Look up the "default" netconf object of a family.
 * @param cache	netconf cache
 * @param family	AF_INET, AF_INET6 or AF_MPLS
 *
 * The "default" object holds the values new interfaces start with.
 *
 * @return As rtnl_netconf_get_by_idx() with NETCONFA_IFINDEX_DEFAULT.
 */
struct rtnl_netconf *rtnl_netconf_get_default(struct nl_cache *cache,
					      int family);

/**
 * Release a reference to a netconf object.
 * @param nc	netconf object (NULL is ignored)
 */
void rtnl_netconf_put(struct rtnl_netconf *nc);

/**
 * Get the address family of a netconf object.
 * @param nc	netconf object
 * @param[out] val	AF_INET, AF_INET6 or AF_MPLS (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object has no
 *         family, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_family(struct rtnl_netconf *nc, int *val);

/**
 * Get the interface of a netconf object.
 * @param nc	netconf object
 * @param[out] val	interface index; NETCONFA_IFINDEX_ALL (-1) or
 *			NETCONFA_IFINDEX_DEFAULT (-2) for the pseudo
 *			interfaces (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when not set, -NLE_INVAL when
 *         nc is NULL.
 */
int rtnl_netconf_get_ifindex(struct rtnl_netconf *nc, int *val);

/**
 * Get the forwarding setting of a netconf object.
 * @param nc	netconf object
 * @param[out] val	1 when forwarding is on, 0 when off (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_forwarding(struct rtnl_netconf *nc, int *val);

/**
 * Get the multicast forwarding setting of a netconf object.
 * @param nc	netconf object
 * @param[out] val	1 when multicast forwarding is on, 0 when off (may
 *			be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_mc_forwarding(struct rtnl_netconf *nc, int *val);

/**
 * Get the reverse path filter setting of a netconf object (IPv4).
 * @param nc	netconf object
 * @param[out] val	0 off, 1 strict, 2 loose (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_rp_filter(struct rtnl_netconf *nc, int *val);

/**
 * Get the proxy ARP / proxy NDP setting of a netconf object.
 * @param nc	netconf object
 * @param[out] val	1 when on, 0 when off (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_proxy_neigh(struct rtnl_netconf *nc, int *val);

/**
 * Get the ignore_routes_with_linkdown setting of a netconf object.
 * @param nc	netconf object
 * @param[out] val	1 when routes over interfaces without carrier are
 *			ignored, 0 otherwise (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_ignore_routes_linkdown(struct rtnl_netconf *nc, int *val);

/**
 * Get the MPLS input setting of a netconf object (AF_MPLS).
 * @param nc	netconf object
 * @param[out] val	1 when the interface accepts MPLS packets, 0
 *			otherwise (may be NULL)
 *
 * @return 0 with *val set; -NLE_MISSING_ATTR when the object does not
 *         carry it, -NLE_INVAL when nc is NULL.
 */
int rtnl_netconf_get_input(struct rtnl_netconf *nc, int *val);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
