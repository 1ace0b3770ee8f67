/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbours (RTM_NEWNEIGH): ARP/NDISC entries and bridge forwarding
 * database entries, the cache "route/neigh" and requests.
 */

#ifndef NETLINK_NEIGHBOUR_H_
#define NETLINK_NEIGHBOUR_H_

/**
 * @defgroup route_neigh Neighbours
 * @ingroup route
 * Neighbour entries (RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH): the ARP
 * and NDISC entries of the neighbour tables and the entries of the bridge
 * forwarding databases (family AF_BRIDGE), the neighbour cache
 * "route/neigh", requests that add and delete entries, and the names of
 * states and flags.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_neigh;

/**
 * Allocate an empty neighbour object.
 *
 * @return The new neighbour with one reference, which the caller releases
 *         with rtnl_neigh_put(); NULL when out of memory.
 */
extern struct rtnl_neigh *rtnl_neigh_alloc(void);

/**
 * Release a reference to a neighbour object.
 * @param neigh	neighbour object (NULL is ignored)
 *
 * The object and its addresses are freed with the last reference.
 */
extern void rtnl_neigh_put(struct rtnl_neigh *neigh);

/**
 * Allocate a neighbour cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * Same as rtnl_neigh_alloc_cache_flags() without flags: the cache holds
 * the entries of the neighbour tables (ARP, NDISC) and of the bridge
 * forwarding databases (AF_BRIDGE).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_neigh_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Allocate a neighbour cache with cache flags and fill it from the
 * kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 * @param flags	cache flags (NL_CACHE_*) added to those of the cache type
 *		(which dumps each family in turn) before the cache is
 *		filled
 *
 * Filling the cache is atomic (doc/dump-consistency.md): an interrupted
 * dump is retried under the socket's retry policy and the cache only ever
 * holds a complete dump. On a socket with strict checking, the dump asks
 * the kernel to filter by the interface and master of the cache's filter.
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump.
 */
extern int rtnl_neigh_alloc_cache_flags(struct nl_sock *sk,
					struct nl_cache **result,
					unsigned int flags);

/**
 * Look up a neighbour by interface and destination in a neighbour cache.
 * @param cache	neighbour cache
 * @param ifindex	interface index
 * @param dst	destination (network layer) address
 *
 * @return The neighbour with a reference taken for the caller, who
 *         releases it with rtnl_neigh_put(); NULL when none matches, when
 *         dst is NULL or cache is not a neighbour cache.
 */
extern struct rtnl_neigh *rtnl_neigh_get(struct nl_cache *cache, int ifindex,
					 struct nl_addr *dst);

/**
 * Look up a bridge forwarding database entry in a neighbour cache.
 * @param cache	neighbour cache
 * @param ifindex	interface index of the bridge port
 * @param lladdr	MAC address of the entry
 * @param vlan	VLAN id of the entry (0 for entries without VLAN)
 *
 * @return The entry with a reference taken for the caller, who releases
 *         it with rtnl_neigh_put(); NULL when none matches, when lladdr
 *         is NULL or cache is not a neighbour cache.
 */
extern struct rtnl_neigh *rtnl_neigh_get_by_vlan(struct nl_cache *cache,
						 int ifindex,
						 struct nl_addr *lladdr,
						 int vlan);

/**
 * Parse a neighbour message into a new neighbour object.
 * @param n	RTM_NEWNEIGH or RTM_DELNEIGH message
 * @param[out] result	the new neighbour
 *
 * A bridge entry without NDA_MASTER takes the master of its port from the
 * link cache the application provided (nl_cache_mngt_provide()), if any.
 *
 * @return 0 with *result set; the caller owns the object and releases it
 *         with rtnl_neigh_put(). -NLE_MSG_TOOSHORT for a truncated header,
 *         -NLE_NOMEM, or the error of parsing the attributes.
 */
extern int rtnl_neigh_parse(struct nlmsghdr *n, struct rtnl_neigh **result);

/**
 * Translate neighbour states to their names.
 * @param state	NUD_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * Writes the names of the bits set ("incomplete", "reachable", "stale",
 * "delay", "probe", "failed", "noarp", "permanent"), separated by commas.
 *
 * @return buf.
 */
extern char *rtnl_neigh_state2str(int state, char *buf, size_t len);

/**
 * Translate a neighbour state name to its value.
 * @param name	one state name as rtnl_neigh_state2str() writes it (case
 *		is ignored), or a number
 *
 * @return The NUD_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_neigh_str2state(const char *name);

/**
 * Translate neighbour flags to their names.
 * @param flags	NTF_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * Writes the names of the bits set ("use", "proxy", "router", "self",
 * "master", "ext_learned", "offloaded"), separated by commas.
 *
 * @return buf.
 */
extern char *rtnl_neigh_flags2str(int flags, char *buf, size_t len);

/**
 * Translate a neighbour flag name to its value.
 * @param name	one flag name as rtnl_neigh_flags2str() writes it (case is
 *		ignored), or a number
 *
 * @return The NTF_* bit; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int rtnl_neigh_str2flag(const char *name);

/**
 * Translate extended neighbour flags to their names.
 * @param flags	NTF_EXT_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * Writes the names of the bits set ("managed", "locked"), separated by
 * commas.
 *
 * @return buf.
 */
extern char *rtnl_neigh_extflags2str(uint32_t flags, char *buf, size_t len);

/**
 * Translate names of extended neighbour flags to their bits.
 * @param name	comma separated names as rtnl_neigh_extflags2str() writes
 *		them (case is ignored)
 *
 * @return The NTF_EXT_* bits; 0 when no name is known.
 */
extern uint32_t rtnl_neigh_str2extflag(const char *name);

/**
 * Add a neighbour.
 * @param sk	netlink route socket
 * @param tmpl	neighbour to add (see rtnl_neigh_build_add_request())
 * @param flags	netlink flags added to NLM_F_CREATE (NLM_F_EXCL,
 *		NLM_F_REPLACE to change an entry...)
 *
 * Sends the request of rtnl_neigh_build_add_request() and waits for the
 * kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_neigh_build_add_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_neigh_add(struct nl_sock *sk, struct rtnl_neigh *tmpl,
			  int flags);

/**
 * Build an RTM_NEWNEIGH request that adds a neighbour.
 * @param tmpl	neighbour to add; it needs the interface index, the family
 *		and the destination address (for a bridge forwarding
 *		database entry, AF_BRIDGE, the link-layer address instead)
 * @param flags	netlink flags added to NLM_F_CREATE
 * @param[out] result	the request
 *
 * An unset state is sent as NUD_PERMANENT.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR when a required attribute
 *         is not set, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_neigh_build_add_request(struct rtnl_neigh *tmpl, int flags,
					struct nl_msg **result);

/**
 * Delete a neighbour.
 * @param sk	netlink route socket
 * @param neigh	neighbour to delete (see rtnl_neigh_build_delete_request())
 * @param flags	netlink flags of the request
 *
 * Sends the request of rtnl_neigh_build_delete_request() and waits for
 * the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_neigh_build_delete_request(),
 *         of sending, or the kernel's error.
 */
extern int rtnl_neigh_delete(struct nl_sock *sk, struct rtnl_neigh *neigh,
			     int flags);

/**
 * Build an RTM_DELNEIGH request that deletes a neighbour.
 * @param neigh	neighbour to delete; it needs the same attributes as for
 *		rtnl_neigh_build_add_request()
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR when a required attribute
 *         is not set, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_neigh_build_delete_request(struct rtnl_neigh *neigh,
					   int flags, struct nl_msg **result);

/**
 * Set neighbour state bits.
 * @param neigh	neighbour object
 * @param state	NUD_* bits to set; the others keep their value
 *
 * A filter object compares only the bits set or cleared with
 * rtnl_neigh_set_state() and rtnl_neigh_unset_state().
 */
extern void rtnl_neigh_set_state(struct rtnl_neigh *neigh, int state);

/**
 * Get the state of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The NUD_* bits; -1 when the state is not set.
 */
extern int rtnl_neigh_get_state(struct rtnl_neigh *neigh);

/**
 * Clear neighbour state bits.
 * @param neigh	neighbour object
 * @param state	NUD_* bits to clear
 */
extern void rtnl_neigh_unset_state(struct rtnl_neigh *neigh, int state);

/**
 * Set neighbour flags.
 * @param neigh	neighbour object
 * @param flags	NTF_* bits to set; the others keep their value
 *
 * A filter object compares only the bits set or cleared with
 * rtnl_neigh_set_flags() and rtnl_neigh_unset_flags().
 */
extern void rtnl_neigh_set_flags(struct rtnl_neigh *neigh, unsigned int flags);

/**
 * Clear neighbour flags.
 * @param neigh	neighbour object
 * @param flags	NTF_* bits to clear
 */
extern void rtnl_neigh_unset_flags(struct rtnl_neigh *neigh,
				   unsigned int flags);

/**
 * Get the flags of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The NTF_* bits; 0 when none is set.
 */
extern unsigned int rtnl_neigh_get_flags(struct rtnl_neigh *neigh);

/**
 * Set extended neighbour flags (NDA_FLAGS_EXT).
 * @param neigh	neighbour object
 * @param flags	NTF_EXT_* bits to set; the others keep their value
 */
extern void rtnl_neigh_set_ext_flags(struct rtnl_neigh *neigh,
				     uint32_t flags);

/**
 * Clear extended neighbour flags.
 * @param neigh	neighbour object
 * @param flags	NTF_EXT_* bits to clear
 */
extern void rtnl_neigh_unset_ext_flags(struct rtnl_neigh *neigh,
				       uint32_t flags);

/**
 * Get the extended flags of a neighbour.
 * @param neigh	neighbour object
 * @param[out] out_val	the NTF_EXT_* bits
 *
 * @return 0 with *out_val set; -NLE_NOATTR when the extended flags are not
 *         set.
 */
extern int rtnl_neigh_get_ext_flags(struct rtnl_neigh *neigh,
				    uint32_t *out_val);

/**
 * Set the interface of a neighbour.
 * @param neigh	neighbour object
 * @param ifindex	interface index
 */
extern void rtnl_neigh_set_ifindex(struct rtnl_neigh *neigh, int ifindex);

/**
 * Get the interface of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_neigh_get_ifindex(struct rtnl_neigh *neigh);

/**
 * Set the link-layer address of a neighbour.
 * @param neigh	neighbour object
 * @param addr	link-layer (MAC) address; the object takes its own
 *		reference and releases the previous one
 */
extern void rtnl_neigh_set_lladdr(struct rtnl_neigh *neigh,
				  struct nl_addr *addr);

/**
 * Get the link-layer address of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The address, owned by the object (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *rtnl_neigh_get_lladdr(struct rtnl_neigh *neigh);

/**
 * Set the destination (network layer) address of a neighbour.
 * @param neigh	neighbour object
 * @param addr	destination address; the object takes its own reference
 *
 * When the object has no family yet, it takes the family of addr. For
 * the remote end of a VXLAN forwarding entry, set the address first,
 * then the family AF_BRIDGE with rtnl_neigh_set_family().
 *
 * @return 0; -NLE_AF_MISMATCH when addr's family differs from the
 *         object's family.
 */
extern int rtnl_neigh_set_dst(struct rtnl_neigh *neigh, struct nl_addr *addr);

/**
 * Get the destination address of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The address, owned by the object; NULL when not set.
 */
extern struct nl_addr *rtnl_neigh_get_dst(struct rtnl_neigh *neigh);

/**
 * Set the type of a neighbour.
 * @param neigh	neighbour object
 * @param type	RTN_* type of the entry (RTN_UNICAST...)
 */
extern void rtnl_neigh_set_type(struct rtnl_neigh *neigh, int type);

/**
 * Get the type of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The RTN_* type; -1 when not set.
 */
extern int rtnl_neigh_get_type(struct rtnl_neigh *neigh);

/**
 * Set the family of a neighbour.
 * @param neigh	neighbour object
 * @param family	AF_INET, AF_INET6, or AF_BRIDGE for a bridge forwarding
 *			database entry
 */
extern void rtnl_neigh_set_family(struct rtnl_neigh *neigh, int family);

/**
 * Get the family of a neighbour.
 * @param neigh	neighbour object
 *
 * @return The family; AF_UNSPEC when not set.
 */
extern int rtnl_neigh_get_family(struct rtnl_neigh *neigh);

/**
 * Set the VLAN of a bridge forwarding database entry.
 * @param neigh	neighbour object
 * @param vlan	VLAN id
 */
extern void rtnl_neigh_set_vlan(struct rtnl_neigh *neigh, int vlan);

/**
 * Get the VLAN of a bridge forwarding database entry.
 * @param neigh	neighbour object
 *
 * @return The VLAN id; -1 when not set.
 */
extern int rtnl_neigh_get_vlan(struct rtnl_neigh *neigh);

/**
 * Set the master (bridge) of a bridge forwarding database entry.
 * @param neigh	neighbour object
 * @param ifindex	interface index of the bridge
 */
extern void rtnl_neigh_set_master(struct rtnl_neigh *neigh, int ifindex);

/**
 * Get the master (bridge) of a bridge forwarding database entry.
 * @param neigh	neighbour object
 *
 * @return The interface index of the bridge; 0 when not set.
 */
extern int rtnl_neigh_get_master(struct rtnl_neigh *neigh);

/**
 * Set the nexthop object of a bridge forwarding database entry
 * (NDA_NH_ID).
 * @param neigh	neighbour object
 * @param nhid	id of an FDB nexthop object (see rtnl_nh_set_fdb())
 */
extern void rtnl_neigh_set_nhid(struct rtnl_neigh *neigh, uint32_t nhid);

/**
 * Get the nexthop object id of a neighbour.
 * @param neigh	neighbour object
 * @param[out] out_val	the nexthop id
 *
 * @return 0 with *out_val set; -NLE_NOATTR when it is not set.
 */
extern int rtnl_neigh_get_nhid(struct rtnl_neigh *neigh, uint32_t *out_val);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
