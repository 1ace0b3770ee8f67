/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (mdb).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_MDB_H_
#define NETLINK_CLI_MDB_H_

/**
 * @defgroup cli_mdb Multicast database
 * @ingroup cli
 * The bridge multicast database cache from command-line tools.
 * @{
 */

#include <netlink/route/mdb.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate and fill the bridge multicast database cache (every family in
 * turn), or exit.
 * @param sk	connected routing socket
 */
#define nl_cli_mdb_alloc_cache(sk) \
		nl_cli_alloc_cache_flags((sk), "mdb", NL_CACHE_AF_ITER, rtnl_mdb_alloc_cache)

#ifdef __cplusplus
}
#endif

/** @} */

#endif
