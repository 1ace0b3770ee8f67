/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-cls-list: list the classifiers that match, of one or all devices. */

#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-cls-list [OPTION]...\n"
	"\n"
	"OPTIONS\n"
	"     --details             Show details\n"
	"     --stats               Show statistics\n"
	" -h, --help                Show this help\n"
	" -v, --version             Show versioning information\n"
	"\n"
	" -d, --dev=DEV             Device the classifier is attached to. (default: all)\n"
	" -p, --parent=ID           Identifier of parent class.\n"
	" -i, --id=ID               Identifier.\n"
	" -k, --kind=NAME           Kind of classifier (e.g. basic, u32, fw)\n"
	"     --proto=PROTO         Protocol to match (default: all)\n"
	"     --prio=PRIO           Priority (default: 0)\n"
	"\n"
	"EXAMPLE\n"
	"    # Display statistics of all classes on eth0\n"
	"    $ nl-cls-list --stats --dev=eth0\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_DETAILS,
	TOOL_OPT_STATS,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_select),
	TOOL_OPT_TABLE(tool_cls_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static void list_ifindex(struct tool *t, int ifindex)
{
	struct nl_cache *cache = nl_cli_cls_alloc_cache(t->sk, ifindex,
				rtnl_tc_get_parent(t->obj));

	nl_cache_dump_filter(cache, &t->params, t->obj);
	nl_cache_free(cache);
}

static void list_link(struct nl_object *obj, void *arg)
{
	list_ifindex(arg, rtnl_link_get_ifindex((struct rtnl_link *)obj));
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	int ifindex;

	tool_links(t);
	t->obj = nl_cli_cls_alloc();
	tool_parse(t);
	ifindex = rtnl_tc_get_ifindex(t->obj);
	if (ifindex)
		list_ifindex(t, ifindex);
	else
		nl_cache_foreach(t->link_cache, list_link, t);
	return tool_exit(t, 0);
}
