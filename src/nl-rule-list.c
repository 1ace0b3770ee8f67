/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-rule-list: list the routing rules. */

#include <netlink/cli/rule.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-rule-list [OPTION]... [ROUTE]\n"
	"\n"
	"Options\n"
	" -c, --cache           List the contents of the route cache\n"
	" -f, --format=TYPE\tOutput format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version\t\tShow versioning information\n"
	"\n"
	"Rule Options\n"
	"     --family          Address family\n";

static void rule_family(struct tool *t, char *arg)
{
	nl_cli_rule_parse_family(t->obj, arg);
}

static const struct tool_opt opts[] = {
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_ARG("family", 0, rule_family, TC_FAMILY),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_rule_alloc_cache(t->sk));
	t->obj = nl_cli_rule_alloc();
	tool_parse(t);
	return tool_list(t, cache);
}
