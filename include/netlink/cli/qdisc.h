/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (qdisc).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_QDISC_H_
#define NETLINK_CLI_QDISC_H_

#include <netlink/route/qdisc.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Allocate and fill the qdisc cache, or exit with a message. */
#define nl_cli_qdisc_alloc_cache(sk) \
		nl_cli_alloc_cache((sk), "queueing disciplines", \
				   rtnl_qdisc_alloc_cache)

extern struct rtnl_qdisc *nl_cli_qdisc_alloc(void);

#ifdef __cplusplus
}
#endif

#endif
