/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (addr).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_ADDR_H_
#define NETLINK_CLI_ADDR_H_

/**
 * @defgroup cli_addr Addresses
 * @ingroup cli
 * Address objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/addr.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Allocate and fill the address cache, or exit with a message. */
/**
 * Allocate and fill the address cache, or exit.
 * @param sk	connected routing socket
 */
#define nl_cli_addr_alloc_cache(sk) \
		nl_cli_alloc_cache((sk), "address", rtnl_addr_alloc_cache)

/**
 * Allocate an empty address object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_addr_put().
 */
extern struct rtnl_addr *nl_cli_addr_alloc(void);

/**
 * Set the family of an address object from its name, or exit.
 * @param addr	address object
 * @param arg	family name ("inet", "inet6"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_family(struct rtnl_addr *addr, char *arg);

/**
 * Set the local address of an address object from a command-line argument, or
 * exit.
 * @param addr	address object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_local(struct rtnl_addr *addr, char *arg);

/**
 * Set the interface of an address object from its name, or exit.
 * @param addr	address object
 * @param link_cache	link cache the name is looked up in
 * @param arg	interface name
 *
 * An unknown name ends the program with ENOENT. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_dev(struct rtnl_addr *addr,
				  struct nl_cache *link_cache, char *arg);

/**
 * Set the label of an address object, or exit.
 * @param addr	address object
 * @param arg	label
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_label(struct rtnl_addr *addr, char *arg);

/**
 * Set the peer address of an address object from a command-line argument, or
 * exit.
 * @param addr	address object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_peer(struct rtnl_addr *addr, char *arg);

/**
 * Set the scope of an address object from its name, or exit.
 * @param addr	address object
 * @param arg	scope name ("global", "link", "host"...) or number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_scope(struct rtnl_addr *addr, char *arg);

/**
 * Set the broadcast address of an address object from a command-line argument,
 * or exit.
 * @param addr	address object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_broadcast(struct rtnl_addr *addr, char *arg);

/**
 * Set the preferred lifetime of an address object, or exit.
 * @param addr	address object
 * @param arg	"forever" or a duration as nl_str2msec() reads it, kept in whole
 *		seconds
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_preferred(struct rtnl_addr *addr, char *arg);

/**
 * Set the valid lifetime of an address object, or exit.
 * @param addr	address object
 * @param arg	"forever" or a duration as nl_str2msec() reads it, kept in whole
 *		seconds
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_addr_parse_valid(struct rtnl_addr *addr, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
