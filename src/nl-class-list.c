/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-class-list: list the traffic classes that match, of one or all devices. */

#include <netlink/cli/tc.h>
#include <netlink/cli/class.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-class-list [OPTION]...\n"
	"\n"
	"OPTIONS\n"
	"     --details         Show details\n"
	"     --stats           Show statistics\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	" -d, --dev=DEV         Device the class is attached to. (default: all)\n"
	" -p, --parent=ID       Identifier of parent class.\n"
	" -i, --id=ID           Identifier.\n"
	" -k, --kind=NAME       Kind of class (e.g. pfifo_fast)\n"
	"\n"
	"EXAMPLE\n"
	"    # Display statistics of all classes on eth0\n"
	"    $ nl-class-list --stats --dev=eth0\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_DETAILS,
	TOOL_OPT_STATS,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_select),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static void list_link(struct nl_object *obj, void *arg)
{
	struct tool *t = arg;
	struct nl_cache *cache = nl_cli_class_alloc_cache(t->sk,
				rtnl_link_get_ifindex((struct rtnl_link *)obj));

	nl_cache_dump_filter(cache, &t->params, t->obj);
	nl_cache_mngt_unprovide(cache);
	nl_cache_free(cache);
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct rtnl_link *link;
	int ifindex;

	tool_links(t);
	t->obj = nl_cli_class_alloc();
	tool_parse(t);
	ifindex = rtnl_tc_get_ifindex(t->obj);
	if (!ifindex) {
		nl_cache_foreach(t->link_cache, list_link, t);
		return tool_exit(t, 0);
	}
	link = rtnl_link_get(t->link_cache, ifindex);
	list_link(OBJ_CAST(link), t);
	rtnl_link_put(link);
	return tool_exit(t, 0);
}
