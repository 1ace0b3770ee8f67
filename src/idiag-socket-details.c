/* SPDX-License-Identifier: LGPL-2.1-only */
/* idiag-socket-details: list the inet sockets with their details. */

#include <netlink/idiag/idiagnl.h>
#include <netlink/idiag/msg.h>

#include "tool.h"

static const char usage[] =
	"Usage: idiag-socket-details [OPTION]\n"
	"\n"
	"Options\n"
	"     --summary\t\t    Show socket detail summary.\n"
	"     --details             Show socket details on multiple lines.\n"
	"     --stats               Show full socket statistics.\n"
	" -h, --help                Show this help.\n"
	" -v, --version             Show versioning information.\n";

static const struct tool_opt opts[] = {
	{ "summary", 0, no_argument, TA_DUMP, NL_DUMP_LINE },
	TOOL_OPT_DETAILS,
	TOOL_OPT_STATS,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_INET_DIAG,
	.opts = opts,
	.badopt_rc = 7,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;
	int err;

	tool_parse(t);
	err = idiagnl_msg_alloc_cache(t->sk, AF_INET, IDIAGNL_SS_ALL, &cache);
	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate idiag msg cache: %s",
			     nl_geterror(err));
	tool_keep(t, cache);
	nl_cache_mngt_provide(cache);
	return tool_list(t, cache);
}
