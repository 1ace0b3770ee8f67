/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (rule).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_RULE_H_
#define NETLINK_CLI_RULE_H_

/**
 * @defgroup cli_rule Routing rules
 * @ingroup cli
 * Routing rule objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/rule.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty rule object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_rule_put().
 */
extern struct rtnl_rule *nl_cli_rule_alloc(void);

/**
 * Allocate and fill the routing rule cache, or exit.
 * @param sk	connected routing socket
 *
 * The cache is filled from the kernel with the rules of every family, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_rule_alloc_cache(struct nl_sock *sk);

/**
 * Set the family of a rule object from its name, or exit.
 * @param rule	rule object
 * @param arg	family name ("inet", "inet6")
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_rule_parse_family(struct rtnl_rule *rule, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
