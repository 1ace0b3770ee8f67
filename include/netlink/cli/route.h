/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (route).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_ROUTE_H_
#define NETLINK_CLI_ROUTE_H_

/**
 * @defgroup cli_route Routes
 * @ingroup cli
 * Route objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/route.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty route object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_route_put().
 */
extern struct rtnl_route *nl_cli_route_alloc(void);

/**
 * Allocate and fill the route cache, or exit.
 * @param sk	connected routing socket
 * @param flags	cache flags (NL_CACHE_AF_ITER...)
 *
 * The cache is filled from the kernel with the routes of every family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_route_alloc_cache(struct nl_sock *sk, int flags);

/**
 * Set the family of a route object from its name, or exit.
 * @param route	route object
 * @param arg	family name ("inet", "inet6", "mpls"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_family(struct rtnl_route *route, char *arg);

/**
 * Set the destination prefix of a route object from a command-line argument, or
 * exit.
 * @param route	route object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_dst(struct rtnl_route *route, char *arg);

/**
 * Set the source prefix of a route object from a command-line argument, or
 * exit.
 * @param route	route object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_src(struct rtnl_route *route, char *arg);

/**
 * Set the preferred source address of a route object from a command-line
 * argument, or exit.
 * @param route	route object
 * @param arg	address text, read in the object's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_pref_src(struct rtnl_route *route, char *arg);

/**
 * Set metrics of a route object from "name=value" pairs, or exit.
 * @param route	route object
 * @param subopts	pairs separated by commas, names as
 *		rtnl_route_str2metric() knows them
 *		("mtu=1400,window=1000"); the text is modified
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_metric(struct rtnl_route *route, char *subopts);

/**
 * Add a nexthop to a route object from "name=value" pairs, or exit.
 * @param route	route object
 * @param subopts	"dev=NAME", "via=ADDRESS" and "weight=N" separated by
 *		commas; the text is modified
 * @param link_cache	link cache the device names are looked up in
 *
 * An MPLS "via" address becomes the nexthop's via address, any other its
 * gateway. On failure it prints "Error: " and a message on stderr and ends
 * the program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_nexthop(struct rtnl_route *route, char *subopts,
				       struct nl_cache *link_cache);

/**
 * Set the table of a route object, or exit.
 * @param route	route object
 * @param arg	table number, or name as rtnl_route_str2table() knows it
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_table(struct rtnl_route *route, char *arg);

/**
 * Set the priority (metric) of a route object, or exit.
 * @param route	route object
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_prio(struct rtnl_route *route, char *arg);

/**
 * Set the scope of a route object from its name, or exit.
 * @param route	route object
 * @param arg	scope name ("universe", "link", "host"...) or number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_scope(struct rtnl_route *route, char *arg);

/**
 * Set the protocol of a route object, or exit.
 * @param route	route object
 * @param arg	protocol number, or name as rtnl_route_str2proto() knows it
 *		("kernel", "boot", "static"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_protocol(struct rtnl_route *route, char *arg);

/**
 * Set the type of a route object from its name, or exit.
 * @param route	route object
 * @param arg	route type name ("unicast", "blackhole"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_route_parse_type(struct rtnl_route *route, char *arg);

/**
 * Set the input interface of a route object from its name, or exit.
 * @param route	route object
 * @param arg	interface name
 * @param link_cache	link cache the name is looked up in
 *
 * An unknown name ends the program with ENOENT. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_route_parse_iif(struct rtnl_route *route, char *arg,
				   struct nl_cache *link_cache);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
