/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (class).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_CLASS_H_
#define NETLINK_CLI_CLASS_H_

/**
 * @defgroup cli_class Classes
 * @ingroup cli
 * Traffic control class objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/class.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty class object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_class_put().
 */
extern struct rtnl_class *nl_cli_class_alloc(void);

/**
 * Allocate and fill the class cache, or exit.
 * @param sock	connected routing socket
 * @param ifindex	index of the link whose classes are dumped
 *
 * The cache is filled from the kernel with the classes of the link, and
 * provided to the other caches of the program (nl_cache_mngt_provide()).
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_class_alloc_cache(struct nl_sock *sock,
						 int ifindex);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
