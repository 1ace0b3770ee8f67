/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (neigh).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_NEIGH_H_
#define NETLINK_CLI_NEIGH_H_

/**
 * @defgroup cli_neigh Neighbours
 * @ingroup cli
 * Neighbour objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/neighbour.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Allocate and fill the neighbour cache, or exit with a message. */
/**
 * Allocate and fill the neighbour cache (every family in turn), or exit.
 * @param sk	connected routing socket
 */
#define nl_cli_neigh_alloc_cache(sk) \
		nl_cli_alloc_cache_flags((sk), "neighbour", NL_CACHE_AF_ITER, \
					 rtnl_neigh_alloc_cache_flags)

/**
 * Allocate an empty neighbour object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_neigh_put().
 */
extern struct rtnl_neigh *nl_cli_neigh_alloc(void);

/**
 * Set the destination address of a neighbour object from a command-line
 * argument, or exit.
 * @param neigh	neighbour object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_neigh_parse_dst(struct rtnl_neigh *neigh, char *arg);

/**
 * Set the link-layer address of a neighbour object from a command-line
 * argument, or exit.
 * @param neigh	neighbour object
 * @param arg	address text ("00:11:22:33:44:55")
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_neigh_parse_lladdr(struct rtnl_neigh *neigh, char *arg);

/**
 * Set the interface of a neighbour object from its name, or exit.
 * @param neigh	neighbour object
 * @param link_cache	link cache the name is looked up in
 * @param arg	interface name
 *
 * An unknown name ends the program with ENOENT. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_neigh_parse_dev(struct rtnl_neigh *neigh,
				   struct nl_cache *link_cache, char *arg);

/**
 * Set the family of a neighbour object from its name.
 * @param neigh	neighbour object
 * @param arg	family name ("inet", "inet6", "bridge"...)
 *
 * As upstream, an unknown name is no error here: the family is set to
 * nl_str2af()'s negative result and the kernel refuses the request.
 */
extern void nl_cli_neigh_parse_family(struct rtnl_neigh *neigh, char *arg);

/**
 * Set the state of a neighbour object from its name, or exit.
 * @param neigh	neighbour object
 * @param arg	state name as rtnl_neigh_str2state() knows it ("reachable",
 *		"permanent"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_neigh_parse_state(struct rtnl_neigh *neigh, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
