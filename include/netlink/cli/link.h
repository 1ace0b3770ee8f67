/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (link).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_LINK_H_
#define NETLINK_CLI_LINK_H_

/**
 * @defgroup cli_link Links
 * @ingroup cli
 * Link objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/link.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty link object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_link_put().
 */
extern struct rtnl_link *nl_cli_link_alloc(void);

/**
 * Allocate and fill the link cache, or exit.
 * @param sock	connected routing socket
 * @param family	address family (AF_UNSPEC for all)
 *
 * The cache is filled from the kernel with the links of @a family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_link_alloc_cache_family(struct nl_sock *sock,
						       int family);

/**
 * Allocate and fill the link cache, or exit.
 * @param sock	connected routing socket
 * @param family	address family (AF_UNSPEC for all)
 * @param flags	cache flags (NL_CACHE_AF_ITER...)
 *
 * The cache is filled from the kernel with the links of @a family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_link_alloc_cache_family_flags(struct nl_sock *sock,
							     int family,
							     unsigned int flags);

/**
 * Allocate and fill the link cache, or exit.
 * @param sock	connected routing socket
 *
 * The cache is filled from the kernel with every link, and provided to the
 * other caches of the program (nl_cache_mngt_provide()). On failure it
 * prints "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_link_alloc_cache(struct nl_sock *sock);

/**
 * Allocate and fill the link cache, or exit.
 * @param sock	connected routing socket
 * @param flags	cache flags
 *
 * The cache is filled from the kernel with every link, and provided to the
 * other caches of the program (nl_cache_mngt_provide()). On failure it
 * prints "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_link_alloc_cache_flags(struct nl_sock *sock,
						      unsigned int flags);

/**
 * Set the address family of a link object from a command-line argument, or
 * exit.
 * @param link	link object
 * @param arg	family name ("inet", "inet6", "bridge"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_family(struct rtnl_link *link, char *arg);

/**
 * Set the name of a link object from a command-line argument.
 * @param link	link object
 * @param arg	interface name
 */
extern void nl_cli_link_parse_name(struct rtnl_link *link, char *arg);

/**
 * Set the MTU of a link object from a command-line argument, or exit.
 * @param link	link object
 * @param arg	number of bytes
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_mtu(struct rtnl_link *link, char *arg);

/**
 * Set the interface index of a link object from a command-line argument, or
 * exit.
 * @param link	link object
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_ifindex(struct rtnl_link *link, char *arg);

/**
 * Set the transmit queue length of a link object from a command-line argument,
 * or exit.
 * @param link	link object
 * @param arg	number of packets
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_txqlen(struct rtnl_link *link, char *arg);

/**
 * Set the weight of a link object from a command-line argument, or exit.
 * @param link	link object
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_weight(struct rtnl_link *link, char *arg);

/**
 * Set the alias of a link object from a command-line argument, or exit.
 * @param link	link object
 * @param arg	alias text
 *
 * A text longer than IFALIASZ (256) ends the program with ERANGE. On
 * failure it prints "Error: " and a message on stderr and ends the program
 * (see nl_cli_fatal()).
 */
extern void nl_cli_link_parse_ifalias(struct rtnl_link *link, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
