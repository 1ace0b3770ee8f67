/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Nexthop objects (RTM_NEWNEXTHOP): next hops kept by the kernel apart
 * from routes, known by an id: a gateway and/or device, a blackhole, or
 * a group of other nexthops with weights (multipath or resilient).
 */

#ifndef NETLINK_ROUTE_NH_H_
#define NETLINK_ROUTE_NH_H_

/**
 * @defgroup route_nh Nexthop objects
 * @ingroup route
 * Nexthops the kernel keeps apart from routes (RTM_NEWNEXTHOP,
 * RTM_DELNEXTHOP, RTM_GETNEXTHOP), known by an id that routes refer to
 * with rtnl_route_set_nhid(): a gateway and/or output interface with an
 * optional encapsulation, a blackhole, or a group of other nexthops with
 * weights (multipath or resilient). The cache is "route/nh".
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/nexthop.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_nh;

/** One member of a nexthop group. */
typedef struct nl_nh_group_info {
	uint32_t nh_id;		/**< id of the member nexthop */
	uint8_t weight;		/**< its weight in the group */
} nl_nh_group_info_t;

/** The members of a nexthop group (shared, reference counted). */
typedef struct nl_nh_group {
	int ce_refcnt;			/**< references to the member list */
	unsigned size;			/**< number of members */
	nl_nh_group_info_t *entries;	/**< the members */
} nl_nh_group_t;

/**
 * Allocate a nexthop cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param family	address family to dump: AF_UNSPEC for all, AF_INET or
 *			AF_INET6
 * @param[out] result	the new cache
 *
 * Filling the cache is atomic (doc/dump-consistency.md): an interrupted
 * dump is retried under the socket's retry policy and the cache only ever
 * holds a complete dump.
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_nh_alloc_cache(struct nl_sock *sk, int family,
			       struct nl_cache **result);

/**
 * Allocate an empty nexthop object.
 *
 * @return The new nexthop with one reference, which the caller releases
 *         with rtnl_nh_put(); NULL when out of memory.
 */
extern struct rtnl_nh *rtnl_nh_alloc(void);

/**
 * Release a reference to a nexthop object.
 * @param nh	nexthop object (NULL is ignored)
 *
 * The object, its gateway, group and encapsulation are freed with the
 * last reference.
 */
extern void rtnl_nh_put(struct rtnl_nh *nh);

/**
 * Look up a nexthop by id in a nexthop cache.
 * @param cache	nexthop cache
 * @param nhid	nexthop id
 *
 * @return The nexthop with a reference taken for the caller, who releases
 *         it with rtnl_nh_put(); NULL when the cache holds no such
 *         nexthop, when nhid is not positive or cache is not a nexthop
 *         cache.
 */
extern struct rtnl_nh *rtnl_nh_get(struct nl_cache *cache, int nhid);

/**
 * Create a nexthop in the kernel.
 * @param sk	netlink route socket
 * @param nh	nexthop to create: an id (or none, for the kernel to
 *		choose), a family, and either an output interface (with
 *		or without gateway and encapsulation), a blackhole, or a
 *		group of existing nexthops
 * @param flags	netlink flags added to NLM_F_CREATE (NLM_F_EXCL,
 *		NLM_F_REPLACE...)
 *
 * Sends an RTM_NEWNEXTHOP request and waits for the kernel's
 * acknowledgement. The kernel checks the combination: it refuses a
 * nexthop without family, a gateway without output interface, a gateway
 * of another family than the nexthop's, or a group that names a nexthop
 * it does not have.
 *
 * @return 0 on success; -NLE_INVAL when sk or nh is NULL or the kernel
 *         refuses the nexthop, -NLE_EXIST when it exists and NLM_F_EXCL
 *         was given, -NLE_OPNOTSUPP when the kernel lacks the
 *         encapsulation type, -NLE_NOMEM, or another error of sending or
 *         of the kernel.
 */
extern int rtnl_nh_add(struct nl_sock *sk, struct rtnl_nh *nh, int flags);

/**
 * Set the gateway of a nexthop.
 * @param nh	nexthop object
 * @param addr	IPv4 or IPv6 gateway; the object takes its own reference
 *		and releases the previous gateway. NULL removes it.
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_gateway(struct rtnl_nh *nh, struct nl_addr *addr);

/**
 * Get the gateway of a nexthop.
 * @param nh	nexthop object
 *
 * @return The gateway, owned by the object (take a reference with
 *         nl_addr_get() to keep it); NULL when not set or nh is NULL.
 */
extern struct nl_addr *rtnl_nh_get_gateway(struct rtnl_nh *nh);

/**
 * Mark a nexthop as a bridge FDB nexthop (NHA_FDB).
 * @param nh	nexthop object
 * @param value	non-zero to mark it, 0 to remove the mark
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_fdb(struct rtnl_nh *nh, int value);

/**
 * Tell whether a nexthop is a bridge FDB nexthop.
 * @param nh	nexthop object
 *
 * @return Non-zero when it is marked; 0 when not; -NLE_INVAL when nh is
 *         NULL.
 */
extern int rtnl_nh_get_fdb(struct rtnl_nh *nh);

/**
 * Set the output interface of a nexthop.
 * @param nh	nexthop object
 * @param ifindex	interface index; 0 removes it
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_oif(struct rtnl_nh *nh, uint32_t ifindex);

/**
 * Get the output interface of a nexthop.
 * @param nh	nexthop object
 *
 * @return The interface index; 0 when not set; -NLE_INVAL when nh is
 *         NULL.
 */
extern int rtnl_nh_get_oif(struct rtnl_nh *nh);

/**
 * Set the address family of a nexthop.
 * @param nh	nexthop object
 * @param family	AF_INET or AF_INET6 (AF_UNSPEC for groups and
 *			blackholes)
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_family(struct rtnl_nh *nh, uint8_t family);

/**
 * Get the address family of a nexthop.
 * @param nh	nexthop object
 *
 * @return The family; AF_UNSPEC when not set; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_get_family(struct rtnl_nh *nh);

/**
 * Set the id of a nexthop.
 * @param nh	nexthop object
 * @param id	nexthop id; 0 removes it (the kernel then chooses one)
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_id(struct rtnl_nh *nh, uint32_t id);

/**
 * Get the id of a nexthop.
 * @param nh	nexthop object
 *
 * @return The id; -NLE_INVAL when it is not set or nh is NULL.
 */
extern int rtnl_nh_get_id(struct rtnl_nh *nh);

/**
 * Make a nexthop a group of other nexthops.
 * @param nh	nexthop object
 * @param entries	members: nexthop ids and weights as the kernel carries
 *			them (0 for weight 1); copied
 * @param size	number of entries; 0 removes the group
 *
 * Replaces the members the object had. The group type is set with
 * rtnl_nh_set_group_type().
 *
 * @return 0; -NLE_INVAL when nh is NULL or entries is NULL with a size,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_set_group(struct rtnl_nh *nh,
			     const nl_nh_group_info_t *entries,
			     unsigned int size);

/**
 * Get the id of a member of a nexthop group.
 * @param nh	nexthop object
 * @param n	position of the member, from 0
 *
 * @return The member's nexthop id; -NLE_MISSING_ATTR when the object is no
 *         group; -NLE_INVAL when nh is NULL or n is out of range.
 */
extern int rtnl_nh_get_group_entry(struct rtnl_nh *nh, int n);

/**
 * Get the number of members of a nexthop group.
 * @param nh	nexthop object
 *
 * @return The number of members; -NLE_MISSING_ATTR when the object is no
 *         group; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_get_group_size(struct rtnl_nh *nh);

/**
 * Set the type of a nexthop group.
 * @param nh	nexthop object
 * @param type	NEXTHOP_GRP_TYPE_MPATH (multipath) or NEXTHOP_GRP_TYPE_RES
 *		(resilient)
 *
 * @return 0; -NLE_INVAL when nh is NULL.
 */
extern int rtnl_nh_set_group_type(struct rtnl_nh *nh, uint16_t type);

/**
 * Get the type of a nexthop group.
 * @param nh	nexthop object
 *
 * @return The NEXTHOP_GRP_TYPE_* type; -NLE_INVAL when it is not set or
 *         nh is NULL.
 */
extern int rtnl_nh_get_group_type(struct rtnl_nh *nh);

/**
 * Set the number of hash buckets of a resilient group.
 * @param nh	nexthop object whose group type is NEXTHOP_GRP_TYPE_RES
 * @param buckets	number of buckets; 0 removes the setting
 *
 * @return 0; -NLE_INVAL when nh is NULL or not a resilient group.
 */
extern int rtnl_nh_set_res_group_bucket_size(struct rtnl_nh *nh,
					     uint16_t buckets);

/**
 * Get the number of hash buckets of a resilient group.
 * @param nh	nexthop object
 *
 * @return The number of buckets; -NLE_MISSING_ATTR when not set;
 *         -NLE_INVAL when nh is NULL or not a resilient group.
 */
extern int rtnl_nh_get_res_group_bucket_size(struct rtnl_nh *nh);

/**
 * Set the idle timer of a resilient group.
 * @param nh	nexthop object whose group type is NEXTHOP_GRP_TYPE_RES
 * @param idle_timer	time a bucket must be idle before the kernel may
 *			move it to another member, in clock ticks (USER_HZ,
 *			as the kernel carries it)
 *
 * @return 0; -NLE_INVAL when nh is NULL or not a resilient group.
 */
extern int rtnl_nh_set_res_group_idle_timer(struct rtnl_nh *nh,
					    uint32_t idle_timer);

/**
 * Get the idle timer of a resilient group.
 * @param nh	nexthop object
 * @param[out] out	the idle timer in clock ticks (USER_HZ)
 *
 * @return 0 with *out set; -NLE_MISSING_ATTR when not set; -NLE_INVAL when
 *         nh or out is NULL or nh is not a resilient group.
 */
extern int rtnl_nh_get_res_group_idle_timer(struct rtnl_nh *nh,
					    uint32_t *out);

/**
 * Set the unbalanced timer of a resilient group.
 * @param nh	nexthop object whose group type is NEXTHOP_GRP_TYPE_RES
 * @param unbalanced_timer	time the group may stay unbalanced before
 *				the kernel moves buckets regardless of
 *				their idleness, in clock ticks (USER_HZ)
 *
 * @return 0; -NLE_INVAL when nh is NULL or not a resilient group.
 */
extern int rtnl_nh_set_res_group_unbalanced_timer(struct rtnl_nh *nh,
						  uint32_t unbalanced_timer);

/**
 * Get the unbalanced timer of a resilient group.
 * @param nh	nexthop object
 * @param[out] out	the unbalanced timer in clock ticks (USER_HZ)
 *
 * @return 0 with *out set; -NLE_MISSING_ATTR when not set; -NLE_INVAL when
 *         nh or out is NULL or nh is not a resilient group.
 */
extern int rtnl_nh_get_res_group_unbalanced_timer(struct rtnl_nh *nh,
						  uint32_t *out);

/**
 * Set the encapsulation of a nexthop.
 * @param nh	nexthop object
 * @param encap	encapsulation from rtnl_nh_encap_alloc() with a type set
 *		(rtnl_nh_encap_mpls(), rtnl_nh_encap_ip()...); the object
 *		takes ownership of it, also when the call fails, and frees
 *		the one it had. NULL removes the encapsulation.
 *
 * @return 0; -NLE_INVAL when nh is NULL or encap has no type (encap is
 *         freed then).
 */
extern int rtnl_nh_set_encap(struct rtnl_nh *nh, struct rtnl_nh_encap *encap);

/**
 * Get the encapsulation of a nexthop.
 * @param nh	nexthop object
 *
 * @return The encapsulation, owned by the object and valid until it is
 *         replaced or the object freed; NULL when there is none or nh is
 *         NULL.
 */
extern struct rtnl_nh_encap *rtnl_nh_get_encap(struct rtnl_nh *nh);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
