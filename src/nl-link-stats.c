/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-link-stats: print the statistics of the network devices that match,
 * all of them or those named on the command line.
 */

#include <netlink/cli/link.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-link-stats [OPTION]... [LINK] [ListOfStats]\n"
	"\n"
	"Options\n"
	" -l, --list            List available statistic names\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Link Options\n"
	" -n, --name=NAME\tlink name\n"
	" -i, --index=NUM       interface index\n";

enum { LIST = TF_A };

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("list", 'l', LIST),
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_link_select),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

/* The statistics to print: ids, or all of them when none were named. */
static int stats[RTNL_LINK_STATS_MAX + 1];
static int nstats;

static void print_stats(struct nl_object *obj, void *arg)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	char buf[64];
	int i;

	for (i = 0; i < nstats; i++)
		printf("%s.%s %" PRIu64 "\n", rtnl_link_get_name(link),
		       rtnl_link_stat2str(stats[i], buf, sizeof(buf)),
		       rtnl_link_get_stat(link, stats[i]));
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	char buf[64];
	int i, id;

	tool_links(t);
	t->obj = nl_cli_link_alloc();
	tool_parse(t);
	if (t->flags & LIST) {
		for (i = 0; i <= RTNL_LINK_STATS_MAX; i++)
			printf("%s\n", rtnl_link_stat2str(i, buf, sizeof(buf)));
		return tool_exit(t, 0);
	}
	for (; optind < argc && nstats <= RTNL_LINK_STATS_MAX; optind++) {
		id = rtnl_link_str2stat(argv[optind]);
		if (id < 0)
			fprintf(stderr, "Warning: Unknown statistic \"%s\"\n",
				argv[optind]);
		else
			stats[nstats++] = id;
	}
	/* none named, or none known: all of them */
	if (!nstats) {
		for (i = 0; i <= RTNL_LINK_STATS_MAX; i++)
			stats[nstats++] = i;
	}
	nl_cache_foreach_filter(t->link_cache, t->obj, print_stats, NULL);
	return tool_exit(t, 0);
}
