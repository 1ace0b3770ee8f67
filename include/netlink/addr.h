/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract addresses: a family, a binary address of any length and a
 * prefix length, with parsing and printing of the usual notations.
 */

#ifndef NETLINK_ADDR_H_
#define NETLINK_ADDR_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlattr;
struct nl_addr;

/**
 * Allocate an address of family AF_UNSPEC with room for @a maxsize bytes.
 * @return the address (one reference) or NULL when out of memory.
 */
extern struct nl_addr *nl_addr_alloc(size_t maxsize);

/** Allocate an address of @a family holding the payload of @a nla. */
extern struct nl_addr *nl_addr_alloc_attr(const struct nlattr *nla,
					  int family);

/**
 * Allocate an address of @a family holding @a size bytes at @a buf; the
 * prefix length is set to the full length in bits.
 */
extern struct nl_addr *nl_addr_build(int family, const void *buf,
				     size_t size);

/**
 * Parse the text form of an address.
 * @arg addrstr	"10.0.0.1/24", "fe80::1", "00:11:22:33:44:55",
 *		"100/200" (MPLS), "default", "any", "none"...
 * @arg hint	family expected, or AF_UNSPEC to guess
 * @arg result	receives the new address (caller owns a reference)
 * @return 0, -NLE_INVAL, -NLE_AF_NOSUPPORT, -NLE_AF_MISMATCH or
 *         -NLE_NOMEM.
 */
extern int nl_addr_parse(const char *addrstr, int hint,
			 struct nl_addr **result);

/** Allocate a copy of @a addr; NULL when out of memory. */
extern struct nl_addr *nl_addr_clone(const struct nl_addr *addr);

/** Take one more reference on @a addr and return it. */
extern struct nl_addr *nl_addr_get(struct nl_addr *addr);

/** Drop one reference; the address is freed with the last one. */
extern void nl_addr_put(struct nl_addr *addr);

/** Non-zero when @a addr has more than one reference. */
extern int nl_addr_shared(const struct nl_addr *addr);

/**
 * Order two addresses by family, length, bytes and prefix length.
 * @return <0, 0 or >0 as memcmp().
 */
extern int nl_addr_cmp(const struct nl_addr *a, const struct nl_addr *b);

/** Compare the first prefixlen(a) bits of two addresses of one family. */
extern int nl_addr_cmp_prefix(const struct nl_addr *a,
			      const struct nl_addr *b);

/** Non-zero when every byte of @a addr is zero. */
extern int nl_addr_iszero(const struct nl_addr *addr);

/** Non-zero when @a addr is a valid text address of @a family. */
extern int nl_addr_valid(const char *addr, int family);

/** Family suggested by the length of @a addr (AF_INET for 4 bytes...). */
extern int nl_addr_guess_family(const struct nl_addr *addr);

/**
 * Fill a sockaddr_in or sockaddr_in6 from @a addr.
 * @arg salen	in: size of @a sa; out: size used
 * @return 0, -NLE_INVAL when too small or -NLE_AF_NOSUPPORT.
 */
extern int nl_addr_fill_sockaddr(const struct nl_addr *addr,
				 struct sockaddr *sa, socklen_t *salen);

/**
 * getaddrinfo() for @a addr (numeric host, no lookup).
 * @arg result	receives the list, freed with freeaddrinfo()
 */
extern int nl_addr_info(const struct nl_addr *addr,
			struct addrinfo **result);

/** Reverse-resolve @a addr into a host name in @a host. */
extern int nl_addr_resolve(const struct nl_addr *addr, char *host,
			   size_t hostlen);

/** Set the family of @a addr. */
extern void nl_addr_set_family(struct nl_addr *addr, int family);

/** Family of @a addr. */
extern int nl_addr_get_family(const struct nl_addr *addr);

/**
 * Replace the binary address of @a addr.
 * @return 0 or -NLE_RANGE when @a len exceeds the allocated room.
 */
extern int nl_addr_set_binary_addr(struct nl_addr *addr, const void *buf,
				   size_t len);

/** The binary address of @a addr. */
extern void *nl_addr_get_binary_addr(const struct nl_addr *addr);

/** Length of the binary address in bytes. */
extern unsigned int nl_addr_get_len(const struct nl_addr *addr);

/** Set the prefix length in bits. */
extern void nl_addr_set_prefixlen(struct nl_addr *addr, int prefixlen);

/** Prefix length in bits. */
extern unsigned int nl_addr_get_prefixlen(const struct nl_addr *addr);

/** Name of address family @a family ("inet", "inet6"...) into @a buf. */
extern char *nl_af2str(int family, char *buf, size_t size);

/** Address family of a name; -EINVAL when unknown. */
extern int nl_str2af(const char *name);

/** Text form of @a addr (with "/prefix" when shorter than the address). */
extern char *nl_addr2str(const struct nl_addr *addr, char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif
