/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract addresses: a family, a binary address of any length and a
 * prefix length, with parsing and printing of the usual notations.
 */

#ifndef NETLINK_ADDR_H_
#define NETLINK_ADDR_H_

/**
 * @defgroup core_addr Abstract addresses
 * @ingroup core
 * Abstract addresses (struct nl_addr): a family, a binary address of any
 * length in network byte order and a prefix length, reference counted;
 * with parsing and printing of the usual notations (IPv4, IPv6, link
 * layer, DECnet, MPLS).
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlattr;
struct nl_addr;

/**
 * Allocate an empty address.
 * @param maxsize	room for the binary address, in bytes
 *
 * The address has family AF_UNSPEC, length 0 and prefix length 0.
 *
 * @return The address holding one reference, to be released with
 *         nl_addr_put(); NULL when out of memory.
 */
extern struct nl_addr *nl_addr_alloc(size_t maxsize);

/**
 * Allocate an address holding the payload of an attribute.
 * @param nla	attribute, or NULL
 * @param family	address family of the result
 *
 * The prefix length is the full length in bits, as for nl_addr_build().
 *
 * @return The address holding one reference, to be released with
 *         nl_addr_put(); NULL when @a nla is NULL or memory ran out.
 */
extern struct nl_addr *nl_addr_alloc_attr(const struct nlattr *nla,
					  int family);

/**
 * Allocate an address holding a copy of binary data.
 * @param family	address family
 * @param buf	binary address in network byte order, copied; NULL for
 *		zeroes
 * @param size	length of the address in bytes
 *
 * The prefix length is the full length in bits (20 for AF_MPLS).
 *
 * @return The address holding one reference, to be released with
 *         nl_addr_put(); NULL when out of memory.
 */
extern struct nl_addr *nl_addr_build(int family, const void *buf,
				     size_t size);

/**
 * Parse the text form of an address.
 * @param addrstr	text, optionally followed by "/<prefix length>":
 *		"none" (an empty address of family @a hint); "default",
 *		"any" or "all" (the zero address of @a hint's family at its
 *		full length: 4 bytes for AF_INET and AF_UNSPEC, 16 for
 *		AF_INET6, 6 for AF_LLC); an IPv4 or IPv6 address;
 *		six colon-separated hex bytes (AF_LLC); a DECnet
 *		"area.node"; with @a hint AF_MPLS a stack of labels
 *		("100/200"); with AF_UNSPEC any other colon-separated hex
 *		bytes
 * @param hint	family expected, or AF_UNSPEC to accept any form (tried in
 *		the order above)
 * @param[out] result	set to the new address, with a reference for the
 *		caller, who releases it with nl_addr_put(); untouched on
 *		error
 *
 * Without "/<prefix length>" the prefix length is the full length in bits
 * (0 for "none" and for the keywords, so "default" equals 0.0.0.0/0 or
 * ::/0).
 *
 * @return 0 on success; -NLE_NOADDR when the text is no address of
 *         @a hint; -NLE_INVAL for malformed hex bytes, MPLS labels or
 *         prefix length; -NLE_AF_NOSUPPORT for a keyword @a hint gives no
 *         meaning to; -NLE_NOMEM.
 */
extern int nl_addr_parse(const char *addrstr, int hint,
			 struct nl_addr **result);

/**
 * Allocate a copy of an address.
 * @param addr	address to copy: family, bytes and prefix length
 *
 * @return The copy holding one reference, to be released with
 *         nl_addr_put(); NULL when out of memory.
 */
extern struct nl_addr *nl_addr_clone(const struct nl_addr *addr);

/**
 * Take a reference on an address.
 * @param addr	address; release the reference with nl_addr_put()
 *
 * @return @a addr.
 */
extern struct nl_addr *nl_addr_get(struct nl_addr *addr);

/**
 * Drop a reference on an address.
 * @param addr	address, or NULL (nothing happens)
 *
 * The address is freed with its last reference.
 */
extern void nl_addr_put(struct nl_addr *addr);

/**
 * Tell whether an address is shared.
 * @param addr	address
 *
 * @return Non-zero when @a addr has more than one reference, 0 otherwise.
 */
extern int nl_addr_shared(const struct nl_addr *addr);

/**
 * Compare two addresses.
 * @param a	first address
 * @param b	second address
 *
 * Orders by family, then length, then bytes, then prefix length.
 *
 * @return A negative value, 0 or a positive value when @a a sorts before,
 *         equal to or after @a b.
 */
extern int nl_addr_cmp(const struct nl_addr *a, const struct nl_addr *b);

/**
 * Compare the prefixes of two addresses.
 * @param a	first address
 * @param b	second address
 *
 * Compares the families, then the leading bits both share: the shorter of
 * the two prefix lengths, bounded by the bytes both hold.
 *
 * @return A negative value, 0 or a positive value, as nl_addr_cmp(); 0
 *         when the families and the shared leading bits are equal.
 */
extern int nl_addr_cmp_prefix(const struct nl_addr *a,
			      const struct nl_addr *b);

/**
 * Tell whether an address is all zeroes.
 * @param addr	address
 *
 * @return Non-zero when every byte of @a addr is zero (also for an empty
 *         address), 0 otherwise.
 */
extern int nl_addr_iszero(const struct nl_addr *addr);

/**
 * Tell whether a text is a valid address of a family.
 * @param addr	text
 * @param family	AF_INET, AF_INET6, AF_DECnet and AF_MPLS are checked;
 *		AF_LLC text is never reported valid; any other family
 *		accepts everything
 *
 * @return 1 when valid, 0 otherwise.
 */
extern int nl_addr_valid(const char *addr, int family);

/**
 * Guess the family of an address from its length.
 * @param addr	address
 *
 * @return AF_INET for 4 bytes, AF_INET6 for 16, AF_LLC for 6, AF_UNSPEC
 *         for any other length.
 */
extern int nl_addr_guess_family(const struct nl_addr *addr);

/**
 * Fill a socket address from an address.
 * @param addr	AF_INET address of 4 bytes or AF_INET6 address of 16
 * @param[out] sa	struct sockaddr_in or sockaddr_in6 to fill; port, flow
 *		information and scope are set to 0
 * @param[in,out] salen	room at @a sa; set to the bytes used
 *
 * @return 0 on success; -NLE_INVAL for another family, a wrong length or
 *         too little room.
 */
extern int nl_addr_fill_sockaddr(const struct nl_addr *addr,
				 struct sockaddr *sa, socklen_t *salen);

/**
 * Call getaddrinfo() for an address, without name lookup.
 * @param addr	address
 * @param[out] result	set to the list getaddrinfo() returns, to be freed
 *		with freeaddrinfo()
 *
 * @return 0 on success; a negative error code translated from the
 *         getaddrinfo() error (-NLE_AF_NOSUPPORT, -NLE_OBJ_NOTFOUND,
 *         -NLE_NOMEM...).
 */
extern int nl_addr_info(const struct nl_addr *addr,
			struct addrinfo **result);

/**
 * Look up the host name of an address.
 * @param addr	AF_INET or AF_INET6 address
 * @param[out] host	buffer set to the name
 * @param hostlen	size of @a host
 *
 * @return 0 on success; -NLE_INVAL for another family; otherwise the
 *         positive libnl code of the getnameinfo() failure, such as
 *         NLE_OBJ_NOTFOUND when no name is known (positive, as upstream
 *         returns it).
 */
extern int nl_addr_resolve(const struct nl_addr *addr, char *host,
			   size_t hostlen);

/**
 * Set the family of an address.
 * @param addr	address
 * @param family	address family (AF_INET...)
 */
extern void nl_addr_set_family(struct nl_addr *addr, int family);

/**
 * Get the family of an address.
 * @param addr	address
 *
 * @return The address family (AF_UNSPEC when unset).
 */
extern int nl_addr_get_family(const struct nl_addr *addr);

/**
 * Replace the binary address of an address.
 * @param addr	address
 * @param buf	bytes in network byte order, copied
 * @param len	number of bytes
 *
 * The rest of the room is zeroed; the prefix length is left alone.
 *
 * @return 0 on success; -NLE_RANGE when @a len exceeds the room
 *         @a addr was allocated with.
 */
extern int nl_addr_set_binary_addr(struct nl_addr *addr, const void *buf,
				   size_t len);

/**
 * Get the binary address of an address.
 * @param addr	address
 *
 * @return The bytes in network byte order, owned by @a addr and valid as
 *         long as it is.
 */
extern void *nl_addr_get_binary_addr(const struct nl_addr *addr);

/**
 * Get the length of the binary address of an address.
 * @param addr	address
 *
 * @return The number of bytes.
 */
extern unsigned int nl_addr_get_len(const struct nl_addr *addr);

/**
 * Set the prefix length of an address.
 * @param addr	address
 * @param prefixlen	prefix length in bits
 */
extern void nl_addr_set_prefixlen(struct nl_addr *addr, int prefixlen);

/**
 * Get the prefix length of an address.
 * @param addr	address
 *
 * @return The prefix length in bits.
 */
extern unsigned int nl_addr_get_prefixlen(const struct nl_addr *addr);

/**
 * Write the name of an address family into a buffer.
 * @param family	address family (AF_INET...)
 * @param buf	buffer
 * @param size	size of @a buf
 *
 * @return @a buf, holding the name ("inet", "inet6", "bridge"...) or the
 *         value in hexadecimal when it has none.
 */
extern char *nl_af2str(int family, char *buf, size_t size);

/**
 * Get the address family a name stands for.
 * @param name	name as nl_af2str() writes it (case is ignored), or a
 *		number
 *
 * @return The family; -EINVAL (a system error number, not an NLE_* code)
 *         for an unknown name.
 */
extern int nl_str2af(const char *name);

/**
 * Write the text form of an address into a buffer.
 * @param addr	address
 * @param buf	buffer
 * @param size	size of @a buf; the text is truncated to fit
 *
 * Writes "none" for an empty address, a dotted quad, IPv6 notation, a
 * DECnet "area.node", MPLS labels "label/label", or colon-separated hex
 * bytes for other families; followed by "/<prefix length>" when it
 * differs from the address length in bits (never for MPLS).
 *
 * @return @a buf.
 */
extern char *nl_addr2str(const struct nl_addr *addr, char *buf, size_t size);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
