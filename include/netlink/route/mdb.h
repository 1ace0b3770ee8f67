/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridge multicast database (RTM_GETMDB): per bridge, the multicast
 * groups its ports have joined.
 */

#ifndef NETLINK_MDB_H_
#define NETLINK_MDB_H_

/**
 * @defgroup route_mdb Bridge multicast database
 * @ingroup route
 * The multicast database of bridges (RTM_NEWMDB, RTM_DELMDB,
 * RTM_GETMDB): one object per bridge with the multicast groups its
 * ports have joined, in the cache "route/mdb" (read only).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_mdb;
struct rtnl_mdb_entry;

/**
 * Allocate a bridge multicast database cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * The cache holds one object per bridge, with the group memberships of
 * its ports. Filling it is atomic (doc/dump-consistency.md).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
int rtnl_mdb_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Allocate a bridge multicast database cache with cache flags and fill
 * it.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 * @param flags	cache flags (NL_CACHE_*), set with nl_cache_set_flags()
 *		before the cache is filled
 *
 * @return As rtnl_mdb_alloc_cache().
 */
int rtnl_mdb_alloc_cache_flags(struct nl_sock *sk, struct nl_cache **result,
			       unsigned int flags);

/**
 * Allocate an empty multicast database object.
 *
 * @return The new object with one reference, which the caller releases
 *         with rtnl_mdb_put(); NULL when out of memory.
 */
struct rtnl_mdb *rtnl_mdb_alloc(void);

/**
 * Release a reference to a multicast database object.
 * @param mdb	multicast database object (NULL is ignored)
 *
 * The object and its entries are freed with the last reference.
 */
void rtnl_mdb_put(struct rtnl_mdb *mdb);

/**
 * Get the bridge of a multicast database object.
 * @param mdb	multicast database object
 *
 * @return The interface index of the bridge; 0 when not set.
 */
uint32_t rtnl_mdb_get_ifindex(struct rtnl_mdb *mdb);

/**
 * Add an entry to a multicast database object.
 * @param mdb	multicast database object
 * @param entry	entry; the object takes ownership and frees it with itself
 *
 * The entry is appended to the object's entries.
 */
void rtnl_mdb_add_entry(struct rtnl_mdb *mdb, struct rtnl_mdb_entry *entry);

/**
 * Call a function for each entry of a multicast database object.
 * @param mdb	multicast database object
 * @param cb	function called with each entry, in the kernel's order, and
 *		arg; the entries stay owned by mdb
 * @param arg	argument passed to cb
 */
void rtnl_mdb_foreach_entry(struct rtnl_mdb *mdb,
			    void (*cb)(struct rtnl_mdb_entry *, void *),
			    void *arg);

/**
 * Get the bridge port of a multicast database entry.
 * @param entry	entry
 *
 * @return The interface index of the port that joined the group.
 */
int rtnl_mdb_entry_get_ifindex(struct rtnl_mdb_entry *entry);

/**
 * Get the VLAN of a multicast database entry.
 * @param entry	entry
 *
 * @return The VLAN id; 0 for a membership without VLAN.
 */
int rtnl_mdb_entry_get_vid(struct rtnl_mdb_entry *entry);

/**
 * Get the state of a multicast database entry.
 * @param entry	entry
 *
 * @return MDB_TEMPORARY (learned) or MDB_PERMANENT (configured).
 */
int rtnl_mdb_entry_get_state(struct rtnl_mdb_entry *entry);

/**
 * Get the group address of a multicast database entry.
 * @param entry	entry
 *
 * @return The group address (IPv4, IPv6, or a MAC address for layer 2
 *         groups), owned by the entry (take a reference with
 *         nl_addr_get() to keep it).
 */
struct nl_addr *rtnl_mdb_entry_get_addr(struct rtnl_mdb_entry *entry);

/**
 * Get the protocol of a multicast database entry.
 * @param entry	entry
 *
 * @return The protocol of the group (ETH_P_IP, ETH_P_IPV6...), in host
 *         byte order.
 */
uint16_t rtnl_mdb_entry_get_proto(struct rtnl_mdb_entry *entry);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
