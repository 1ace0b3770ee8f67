/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Interface addresses (RTM_NEWADDR): IPv4/IPv6 addresses, their flags,
 * lifetimes and label, the address cache "route/addr" and requests.
 */

#ifndef NETLINK_ROUTE_ADDR_H_
#define NETLINK_ROUTE_ADDR_H_

/**
 * @defgroup route_addr Addresses
 * @ingroup route
 * Interface addresses (RTM_NEWADDR, RTM_DELADDR, RTM_GETADDR): the
 * address object rtnl_addr, the address cache "route/addr", requests
 * that add and delete addresses, and the names of address flags.
 *
 * An address is identified by its family, interface, local address and
 * prefix length (and, for IPv4, its peer). Setting the local or peer
 * address also sets the family and the prefix length from it.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_addr;

/**
 * Allocate an empty address object.
 *
 * No attribute is set; the scope reads RT_SCOPE_NOWHERE until set. The
 * object describes an address to add or delete, or serves as a filter.
 *
 * @return The new address with one reference, which the caller releases
 *         with rtnl_addr_put(); NULL when out of memory.
 */
extern struct rtnl_addr *rtnl_addr_alloc(void);

/**
 * Release a reference to an address object.
 * @param addr	address object (NULL is ignored)
 *
 * The object, its addresses and its link reference are freed with the
 * last reference.
 */
extern void rtnl_addr_put(struct rtnl_addr *addr);

/**
 * Allocate an address cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * The cache holds the addresses of all families and interfaces. Filling
 * it is atomic (doc/dump-consistency.md): an interrupted dump is retried
 * under the socket's retry policy, and the cache only ever holds a
 * complete dump. When the application provided a link cache
 * (nl_cache_mngt_provide()), each address also references its link, see
 * rtnl_addr_get_link().
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump
 *         (-NLE_DUMP_INCONSISTENT when the retry policy gives up, a kernel
 *         error); *result is not touched on failure.
 */
extern int rtnl_addr_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Look up an address on an interface in an address cache.
 * @param cache	address cache
 * @param ifindex	interface index
 * @param addr	local address; its prefix length takes part in the
 *			comparison (nl_addr_cmp())
 *
 * @return The first matching address with a reference taken for the
 *         caller, who releases it with rtnl_addr_put(); NULL when none
 *         matches, when addr is NULL or when cache is not an address cache.
 */
extern struct rtnl_addr *rtnl_addr_get(struct nl_cache *cache, int ifindex,
				       struct nl_addr *addr);

/**
 * Build an RTM_NEWADDR request that adds an address.
 * @param addr	address to add; it needs at least the interface index, the
 *		family and the local address
 * @param flags	netlink flags added to NLM_F_CREATE (NLM_F_EXCL,
 *		NLM_F_REPLACE...)
 * @param[out] result	the request
 *
 * The local address travels as IFA_LOCAL and, unless a peer is set, again
 * as IFA_ADDRESS; the peer travels as IFA_ADDRESS. The label, the
 * broadcast, multicast and anycast addresses, the flags (IFA_FLAGS and
 * the low eight bits in the header), the scope and the lifetimes go as
 * set. An unset scope leaves the choice to the kernel.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR when a required attribute
 *         is not set, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_addr_build_add_request(struct rtnl_addr *addr, int flags,
				       struct nl_msg **result);

/**
 * Add an address to an interface.
 * @param sk	netlink route socket
 * @param addr	address to add (see rtnl_addr_build_add_request())
 * @param flags	netlink flags added to NLM_F_CREATE
 *
 * Sends the request of rtnl_addr_build_add_request() and waits for the
 * kernel's acknowledgement. The object is not changed.
 *
 * @return 0 on success; the errors of rtnl_addr_build_add_request(), of
 *         sending, or the kernel's error (-NLE_EXIST when the address
 *         exists and NLM_F_EXCL was given, -NLE_NODEV...).
 */
extern int rtnl_addr_add(struct nl_sock *sk, struct rtnl_addr *addr, int flags);

/**
 * Build an RTM_DELADDR request that deletes an address.
 * @param addr	address to delete; it needs at least the interface index
 *		and the family. The kernel deletes the address that matches
 *		the other attributes set (IPv6 needs the local address; for
 *		IPv4 the first address that matches is deleted).
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR when the interface index
 *         or the family is not set, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_addr_build_delete_request(struct rtnl_addr *addr, int flags,
					  struct nl_msg **result);

/**
 * Delete an address from an interface.
 * @param sk	netlink route socket
 * @param addr	address to delete (see rtnl_addr_build_delete_request())
 * @param flags	netlink flags of the request
 *
 * Sends the request of rtnl_addr_build_delete_request() and waits for
 * the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_addr_build_delete_request(),
 *         of sending, or the kernel's error (-NLE_NOADDR when no such
 *         address exists...).
 */
extern int rtnl_addr_delete(struct nl_sock *sk, struct rtnl_addr *addr,
			    int flags);

/**
 * Translate address flags to their names.
 * @param flags	IFA_F_* bits
 * @param buf	buffer for the names
 * @param size	size of buf in bytes; the text is truncated to fit
 *
 * Writes the names of the bits set ("secondary", "nodad", "optimistic",
 * "dadfailed", "homeaddress", "deprecated", "tentative", "permanent",
 * "mngtmpaddr", "noprefixroute"), separated by commas; bits without a
 * name are skipped.
 *
 * @return buf (an empty string when no named bit is set).
 */
extern char *rtnl_addr_flags2str(int flags, char *buf, size_t size);

/**
 * Translate names of address flags to their bits.
 * @param name	one flag name as rtnl_addr_flags2str() writes it (case is
 *		ignored); a comma separated list gives the union
 *
 * @return The IFA_F_* bits; 0 when no name is known.
 */
extern int rtnl_addr_str2flags(const char *name);

/**
 * Set the label of an address.
 * @param addr	address object
 * @param label	label, copied; for IPv4 only, and the kernel wants it to
 *		begin with the interface name ("eth0:1")
 *
 * @return 0; -NLE_RANGE when label has IFNAMSIZ characters or more (the
 *         object is not changed then).
 */
extern int rtnl_addr_set_label(struct rtnl_addr *addr, const char *label);

/**
 * Get the label of an address.
 * @param addr	address object
 *
 * @return The label, owned by the object and valid as long as it is not
 *         changed or freed; NULL when no label is set.
 */
extern char *rtnl_addr_get_label(struct rtnl_addr *addr);

/**
 * Set the interface of an address by index.
 * @param addr	address object
 * @param ifindex	interface index
 *
 * Releases the link set with rtnl_addr_set_link(), if any.
 */
extern void rtnl_addr_set_ifindex(struct rtnl_addr *addr, int ifindex);

/**
 * Get the interface index of an address.
 * @param addr	address object
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_addr_get_ifindex(struct rtnl_addr *addr);

/**
 * Set the interface of an address by link object.
 * @param addr	address object
 * @param link	link object; the address takes its own reference to it
 *		and uses its interface index
 *
 * The reference held to a previous link is released.
 */
extern void rtnl_addr_set_link(struct rtnl_addr *addr, struct rtnl_link *link);

/**
 * Get the link object of an address.
 * @param addr	address object
 *
 * The link is the one given to rtnl_addr_set_link(), or, for an address
 * received from the kernel, the link of its interface in the link cache
 * the application provided with nl_cache_mngt_provide().
 *
 * @return The link with a reference taken for the caller, who releases
 *         it with rtnl_link_put(); NULL when the address has none.
 */
extern struct rtnl_link *rtnl_addr_get_link(struct rtnl_addr *addr);

/**
 * Set the address family of an address.
 * @param addr	address object
 * @param family	AF_INET or AF_INET6
 *
 * Addresses set afterwards must be of this family.
 */
extern void rtnl_addr_set_family(struct rtnl_addr *addr, int family);

/**
 * Get the address family of an address.
 * @param addr	address object
 *
 * @return The family; AF_UNSPEC when not set.
 */
extern int rtnl_addr_get_family(struct rtnl_addr *addr);

/**
 * Set the prefix length of an address.
 * @param addr	address object
 * @param prefixlen	prefix length in bits
 *
 * The prefix length is also given to the peer address when one is set,
 * else to the local address.
 */
extern void rtnl_addr_set_prefixlen(struct rtnl_addr *addr, int prefixlen);

/**
 * Get the prefix length of an address.
 * @param addr	address object
 *
 * @return The prefix length; 0 when not set.
 */
extern int rtnl_addr_get_prefixlen(struct rtnl_addr *addr);

/**
 * Set the scope of an address.
 * @param addr	address object
 * @param scope	RT_SCOPE_* (rtnl_str2scope() translates names)
 */
extern void rtnl_addr_set_scope(struct rtnl_addr *addr, int scope);

/**
 * Get the scope of an address.
 * @param addr	address object
 *
 * @return The scope (RT_SCOPE_*); RT_SCOPE_NOWHERE when not set.
 */
extern int rtnl_addr_get_scope(struct rtnl_addr *addr);

/**
 * Set address flags.
 * @param addr	address object
 * @param flags	IFA_F_* bits to set; the other bits keep their value
 *
 * A filter object compares only the bits set or cleared with
 * rtnl_addr_set_flags() and rtnl_addr_unset_flags().
 */
extern void rtnl_addr_set_flags(struct rtnl_addr *addr, unsigned int flags);

/**
 * Clear address flags.
 * @param addr	address object
 * @param flags	IFA_F_* bits to clear; the other bits keep their value
 */
extern void rtnl_addr_unset_flags(struct rtnl_addr *addr, unsigned int flags);

/**
 * Get the flags of an address.
 * @param addr	address object
 *
 * @return The IFA_F_* bits; 0 when none is set.
 */
extern unsigned int rtnl_addr_get_flags(struct rtnl_addr *addr);

/**
 * Set the local address.
 * @param addr	address object
 * @param local	local address; the object takes its own reference. NULL
 *		removes the local address.
 *
 * When the object has no family yet, it takes the family of local. Unless
 * a peer is set, the prefix length of local becomes the prefix length of
 * the address.
 *
 * @return 0; -NLE_AF_MISMATCH when local's family differs from the family
 *         of the object (which is then not changed).
 */
extern int rtnl_addr_set_local(struct rtnl_addr *addr, struct nl_addr *local);

/**
 * Get the local address.
 * @param addr	address object
 *
 * @return The local address, owned by the object (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *rtnl_addr_get_local(struct rtnl_addr *addr);

/**
 * Set the peer address of a point-to-point address.
 * @param addr	address object
 * @param peer	peer address; the object takes its own reference. NULL
 *		removes the peer.
 *
 * When the object has no family yet, it takes the family of peer. The
 * prefix length of peer becomes the prefix length of the address.
 *
 * @return 0; -NLE_AF_MISMATCH when peer's family differs from the family
 *         of the object.
 */
extern int rtnl_addr_set_peer(struct rtnl_addr *addr, struct nl_addr *peer);

/**
 * Get the peer address.
 * @param addr	address object
 *
 * @return The peer address, owned by the object; NULL when not set.
 */
extern struct nl_addr *rtnl_addr_get_peer(struct rtnl_addr *addr);

/**
 * Set the broadcast address (IPv4).
 * @param addr	address object
 * @param bcast	broadcast address; the object takes its own reference.
 *		NULL removes it.
 *
 * @return 0; -NLE_AF_MISMATCH when its family differs from the object's.
 */
extern int rtnl_addr_set_broadcast(struct rtnl_addr *addr,
				   struct nl_addr *bcast);

/**
 * Get the broadcast address.
 * @param addr	address object
 *
 * @return The broadcast address, owned by the object; NULL when not set.
 */
extern struct nl_addr *rtnl_addr_get_broadcast(struct rtnl_addr *addr);

/**
 * Set the multicast address (IFA_MULTICAST).
 * @param addr	address object
 * @param multicast	multicast address; the object takes its own
 *			reference. NULL removes it.
 *
 * @return 0; -NLE_AF_MISMATCH when its family differs from the object's.
 */
extern int rtnl_addr_set_multicast(struct rtnl_addr *addr,
				   struct nl_addr *multicast);

/**
 * Get the multicast address.
 * @param addr	address object
 *
 * @return The multicast address, owned by the object; NULL when not set.
 */
extern struct nl_addr *rtnl_addr_get_multicast(struct rtnl_addr *addr);

/**
 * Set the anycast address (IFA_ANYCAST, IPv6).
 * @param addr	address object
 * @param anycast	anycast address; the object takes its own reference.
 *			NULL removes it.
 *
 * @return 0; -NLE_AF_MISMATCH when its family differs from the object's.
 */
extern int rtnl_addr_set_anycast(struct rtnl_addr *addr,
				 struct nl_addr *anycast);

/**
 * Get the anycast address.
 * @param addr	address object
 *
 * @return The anycast address, owned by the object; NULL when not set.
 */
extern struct nl_addr *rtnl_addr_get_anycast(struct rtnl_addr *addr);

/**
 * Get the valid lifetime of an address.
 * @param addr	address object
 *
 * @return The remaining valid lifetime in seconds, 0xffffffff for
 *         "forever"; 0 when the object carries no lifetimes.
 */
extern uint32_t rtnl_addr_get_valid_lifetime(struct rtnl_addr *addr);

/**
 * Set the valid lifetime of an address.
 * @param addr	address object
 * @param lifetime	seconds until the kernel removes the address;
 *			0xffffffff for "forever"
 *
 * Sent in IFA_CACHEINFO together with the preferred lifetime, which
 * should be set too.
 */
extern void rtnl_addr_set_valid_lifetime(struct rtnl_addr *addr,
					 uint32_t lifetime);

/**
 * Get the preferred lifetime of an address.
 * @param addr	address object
 *
 * @return The remaining preferred lifetime in seconds, 0xffffffff for
 *         "forever"; 0 when the object carries no lifetimes.
 */
extern uint32_t rtnl_addr_get_preferred_lifetime(struct rtnl_addr *addr);

/**
 * Set the preferred lifetime of an address.
 * @param addr	address object
 * @param lifetime	seconds until the address becomes deprecated;
 *			0xffffffff for "forever"
 */
extern void rtnl_addr_set_preferred_lifetime(struct rtnl_addr *addr,
					     uint32_t lifetime);

/**
 * Get the creation time of an address.
 * @param addr	address object
 *
 * @return When the address was created, in hundredths of seconds since
 *         boot; 0 when the object carries no cache information.
 */
extern uint32_t rtnl_addr_get_create_time(struct rtnl_addr *addr);

/**
 * Get the time of the last update of an address.
 * @param addr	address object
 *
 * @return When the address was last updated, in hundredths of seconds
 *         since boot; 0 when the object carries no cache information.
 */
extern uint32_t rtnl_addr_get_last_update_time(struct rtnl_addr *addr);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
