/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (nh).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_NH_H_
#define NETLINK_CLI_NH_H_

/**
 * @defgroup cli_nh Nexthops
 * @ingroup cli
 * Nexthop objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/nh.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty nexthop object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with rtnl_nh_put().
 */
extern struct rtnl_nh *nl_cli_nh_alloc(void);

/**
 * Allocate and fill the nexthop cache, or exit.
 * @param sock	connected routing socket
 * @param family	address family (AF_UNSPEC for all)
 *
 * The cache is filled from the kernel with the nexthops of @a family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_nh_alloc_cache_family(struct nl_sock *sock,
						     int family);

/**
 * Allocate and fill the nexthop cache, or exit.
 * @param sock	connected routing socket
 * @param family	address family (AF_UNSPEC for all)
 * @param flags	cache flags (NL_CACHE_AF_ITER...)
 *
 * The cache is filled from the kernel with the nexthops of @a family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_nh_alloc_cache_family_flags(struct nl_sock *sock,
							   int family,
							   unsigned int flags);

/**
 * Allocate and fill the nexthop cache, or exit.
 * @param sock	connected routing socket
 *
 * The cache is filled from the kernel with every nexthop, and provided to
 * the other caches of the program (nl_cache_mngt_provide()). On failure it
 * prints "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_nh_alloc_cache(struct nl_sock *sock);

/**
 * Allocate and fill the nexthop cache, or exit.
 * @param sock	connected routing socket
 * @param flags	cache flags
 *
 * The cache is filled from the kernel with every nexthop, and provided to
 * the other caches of the program (nl_cache_mngt_provide()). On failure it
 * prints "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_nh_alloc_cache_flags(struct nl_sock *sock,
						    unsigned int flags);

/**
 * Set the family of a nexthop object from its name, or exit.
 * @param nh	nexthop object
 * @param arg	family name ("inet", "inet6")
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_nh_parse_family(struct rtnl_nh *nh, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
