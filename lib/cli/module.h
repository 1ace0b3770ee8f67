/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * What the CLI plugin modules share, kept out of libnl-cli-3's exports.
 */

#ifndef NL_CLI_MODULE_H_
#define NL_CLI_MODULE_H_

#include <netlink/cli/utils.h>

/*
 * The number of a module option, as nl_cli_parse_u32() reads it, or exit
 * with ERANGE when it does not fit @max (nl_cli_parse_u32() would cut it).
 */
static inline uint32_t cli_module_number(const char *arg, unsigned long max)
{
	unsigned long l;
	char *end;

	errno = 0;
	l = strtoul(arg, &end, 0);
	if (end != arg && *arg != '-' && (errno == ERANGE || l > max))
		nl_cli_fatal(ERANGE, "Value \"%s\" is out of range (0-%lu).",
			     arg, max);
	return nl_cli_parse_u32(arg);
}

#endif
