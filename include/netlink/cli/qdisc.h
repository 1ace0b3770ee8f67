/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (qdisc).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_QDISC_H_
#define NETLINK_CLI_QDISC_H_

/**
 * @defgroup cli_qdisc Qdiscs
 * @ingroup cli
 * Qdisc objects and caches from command-line arguments; their
 * kind-specific options are parsed by plugin modules (@ref cli_tc).
 * @{
 */

#include <netlink/route/qdisc.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate and fill the qdisc cache, or exit.
 * @param sk	connected routing socket
 */
#define nl_cli_qdisc_alloc_cache(sk) \
		nl_cli_alloc_cache((sk), "queueing disciplines", \
				   rtnl_qdisc_alloc_cache)

/**
 * Allocate an empty qdisc object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with
 *         rtnl_qdisc_put().
 */
extern struct rtnl_qdisc *nl_cli_qdisc_alloc(void);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
