/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-classid-lookup: translate between class id names and numbers. */

#include <netlink/cli/tc.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-classid-lookup [OPTIONS]... NAME\n"
	"\n"
	"OPTIONS\n"
	" -h, --help                Show this help text.\n"
	" -v, --version             Show versioning information.\n"
	" -r, --reverse             Do a reverse lookup, i.e. classid to name.\n"
	"     --raw                 Print the raw classid, not pretty printed.\n"
	"\n"
	"EXAMPLE\n"
	"   $ nl-classid-lookup low_latency\n"
	"   $ nl-classid-lookup -r 1:12\n"
	"\n";

enum { REVERSE = TF_A, RAW = TF_B };

static const struct tool_opt opts[] = {
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_FLAG("reverse", 'r', REVERSE),
	TOOL_OPT_FLAG("raw", 0, RAW),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = -1,
	.opts = opts,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	char buf[64];
	uint32_t id;
	int err;

	tool_parse(t);
	if (optind >= argc)
		tool_usage_error(t);
	err = rtnl_tc_str2handle(argv[optind], &id);
	if (err < 0)
		nl_cli_fatal(err, "Unable to lookup classid \"%s\": %s",
			     argv[optind], nl_geterror(err));
	if ((t->flags & REVERSE) && !(t->flags & RAW))
		printf("%s\n", rtnl_tc_handle2str(id, buf, sizeof(buf)));
	else
		printf("%x:%x\n", TC_H_MAJ(id) >> 16, TC_H_MIN(id));
	return tool_exit(t, 0);
}
