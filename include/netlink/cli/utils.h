/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (utils).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_UTILS_H_
#define NETLINK_CLI_UTILS_H_

/**
 * @defgroup cli_utils Common helpers
 * @ingroup cli
 * Helpers of the nl-* command-line tools: every function that parses or
 * allocates prints a message and ends the program when it fails
 * (nl_cli_fatal()), so a tool needs no error handling of its own. This
 * module holds fatal errors, numbers, addresses, sockets, caches, dump
 * types, confirmation and plugin modules.
 * @{
 */

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include <limits.h>
#include <inttypes.h>
#include <errno.h>
#include <stdint.h>
#include <ctype.h>
#include <getopt.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/addr.h>
#include <netlink/list.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/neightbl.h>
#include <netlink/route/route.h>
#include <netlink/route/rule.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/fib_lookup/lookup.h>
#include <netlink/fib_lookup/request.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/mngt.h>
#include <netlink/netfilter/ct.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __init
/** Marks the function a CLI plugin module runs when it is loaded. */
#define __init __attribute__((constructor))
#endif

#ifndef __exit
/** Marks the function a CLI plugin module runs when it is unloaded. */
#define __exit __attribute__((destructor))
#endif

/**
 * Parse an unsigned number, or exit.
 * @param arg	text: decimal, 0x hexadecimal or 0 octal; what follows the
 *		digits is ignored
 *
 * Text that does not start with a number ends the program with EINVAL. On
 * failure it prints "Error: " and a message on stderr and ends the program
 * (see nl_cli_fatal()).
 *
 * @return The number, truncated to 32 bits.
 */
extern uint32_t nl_cli_parse_u32(const char *arg);

/**
 * Print the version of the tools and end the program with status 0.
 */
extern void nl_cli_print_version(void) __attribute__((noreturn));

/**
 * Print an error message and end the program.
 * @param err	error number; its absolute value is the exit status, and without
 *		@a fmt its strerror() text is the message
 * @param fmt	printf() format of the message, followed by its arguments, or
 *		NULL
 *
 * Prints "Error: " and the message on stderr, then exits with abs(@a err).
 * Does not return.
 */
extern void nl_cli_fatal(int err, const char *fmt, ...)
	__attribute__((noreturn));

/**
 * Parse an address, or exit.
 * @param str	text, as nl_addr_parse() takes it
 * @param family	address family expected, or AF_UNSPEC
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The address holding one reference, to be released with nl_addr_put().
 */
extern struct nl_addr *nl_cli_addr_parse(const char *str, int family);

/**
 * Connect a socket, or exit.
 * @param sk	socket
 * @param protocol	netlink protocol (NETLINK_ROUTE...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return 0.
 */
extern int nl_cli_connect(struct nl_sock *sk, int protocol);

/**
 * Allocate a socket, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The socket, not yet connected, to be freed with nl_socket_free().
 */
extern struct nl_sock *nl_cli_alloc_socket(void);

/**
 * Parse a dump type, or exit.
 * @param str	"brief", "details" (or "detailed") or "stats"; case is ignored
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return NL_DUMP_LINE, NL_DUMP_DETAILS or NL_DUMP_STATS.
 */
extern int nl_cli_parse_dumptype(const char *str);

/**
 * Show an object and ask on stdin whether to delete it.
 * @param obj	object to show
 * @param params	dump parameters to show it with
 * @param default_yes	answer taken for an empty line or the end of input:
 *		non-zero for yes
 *
 * Asks again after an answer that is neither y nor n.
 *
 * @return 1 for yes, 0 for no.
 */
extern int nl_cli_confirm(struct nl_object *obj, struct nl_dump_params *params,
			  int default_yes);

/**
 * Allocate and fill a cache with a cache function, or exit.
 * @param sock	connected socket
 * @param name	name of the cache, for the error message
 * @param ac	cache function such as rtnl_qdisc_alloc_cache()
 *
 * The cache is provided to the other caches of the program
 * (nl_cache_mngt_provide()). On failure it prints "Error: " and a message
 * on stderr and ends the program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_alloc_cache(struct nl_sock *sock,
					  const char *name,
					  int (*ac)(struct nl_sock *,
						    struct nl_cache **));

/**
 * Allocate and fill a cache with a cache function that takes flags, or exit.
 * @param sock	connected socket
 * @param name	name of the cache, for the error message
 * @param flags	flags passed to @a ac (NL_CACHE_AF_ITER...)
 * @param ac	cache function taking flags
 *
 * The cache is provided to the other caches of the program. On failure it
 * prints "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_alloc_cache_flags(struct nl_sock *sock,
						const char *name,
						unsigned int flags,
						int (*ac)(struct nl_sock *,
							  struct nl_cache **,
							  unsigned int));

/**
 * Load a CLI plugin module, or exit.
 * @param prefix	folder of the module below the module directory
 *		("cli/qdisc", "cli/cls")
 * @param name	module name, the tc kind ("htb", "u32"...)
 *
 * Looks in the folders of the NLCLI_MODULE_PATH environment variable
 * (separated by colons), then in the library's own module directory, then
 * where distributions install libnl's modules (/usr/lib/x86_64-linux-gnu/libnl
 * on Debian for x86_64, /usr/lib/libnl, /usr/lib64/libnl).  A missing
 * module ends the program with ENOENT.
 */
extern void nl_cli_load_module(const char *prefix, const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
