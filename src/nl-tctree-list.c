/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-tctree-list: every network device with the tree of its root and
 * ingress qdiscs: classes, classifiers and child qdiscs.
 */

#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-tctree-list [OPTION]...\n"
	"\n"
	"Options\n"
	" -f, --format=TYPE\tOutput format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version\t\tShow versioning information\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static void print_link(struct nl_object *obj, void *arg)
{
	static const uint32_t roots[] = { TC_H_ROOT, TC_H_INGRESS };
	struct tool *t = arg;
	int ifindex = rtnl_link_get_ifindex((struct rtnl_link *)obj);
	struct rtnl_qdisc *qdisc;
	size_t i;

	nl_object_dump(obj, &t->params);
	for (i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
		qdisc = rtnl_qdisc_get_by_parent(t->cache, ifindex, roots[i]);
		if (qdisc) {
			tool_tc_tree(t, t->cache, qdisc, 2, 2);
			rtnl_qdisc_put(qdisc);
		}
	}
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	t->params.dp_type = NL_DUMP_DETAILS;
	tool_parse(t);
	tool_links(t);
	tool_keep(t, nl_cli_alloc_cache(t->sk, "queueing disciplines",
					rtnl_qdisc_alloc_cache));
	nl_cache_foreach(t->link_cache, print_link, t);
	return tool_exit(t, 0);
}
