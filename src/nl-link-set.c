/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-link-set: change the network devices that match --name/--index
 * (rename, MTU, queue length, weight, alias, state).
 */

#include <netlink/cli/link.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-link-set [OPTION]... [LINK]\n"
	"\n"
	"Options\n"
	" -q, --quiet\t\tDo not print informal notifications\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Selecting the Link\n"
	" -n, --name=NAME\tlink name\n"
	" -i, --index           interface index\n"
	"Change Options\n"
	"     --rename=NAME     rename interface\n"
	"     --mtu=NUM         MTU value\n"
	"     --txqlen=NUM      TX queue length\n"
	"     --weight=NUM      weight\n"
	"     --ifalias=NAME    alias name (SNMP IfAlias)\n"
	"     --state=up/down   set interface up/down\n";

static struct rtnl_link *change;

static void set_rename(struct tool *t, char *arg)
{
	nl_cli_link_parse_name(change, arg);
}

static void set_mtu(struct tool *t, char *arg)
{
	nl_cli_link_parse_mtu(change, arg);
}

static void set_txqlen(struct tool *t, char *arg)
{
	nl_cli_link_parse_txqlen(change, arg);
}

static void set_weight(struct tool *t, char *arg)
{
	nl_cli_link_parse_weight(change, arg);
}

static void set_ifalias(struct tool *t, char *arg)
{
	nl_cli_link_parse_ifalias(change, arg);
}

static void set_state(struct tool *t, char *arg)
{
	if (!strcmp(arg, "up"))
		rtnl_link_set_flags(change, IFF_UP);
	else if (!strcmp(arg, "down"))
		rtnl_link_unset_flags(change, IFF_UP);
	else
		nl_cli_fatal(EINVAL, "Unknown state \"%s\": use up or down.",
			     arg);
}

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_link_select),
	TOOL_OPT_ARG("rename", 0, set_rename, TC_IFNAME),
	TOOL_OPT_ARG("mtu", 0, set_mtu, TC_U32),
	TOOL_OPT_ARG("txqlen", 0, set_txqlen, TC_U32),
	TOOL_OPT_ARG("weight", 0, set_weight, TC_U32),
	TOOL_OPT_ARG("ifalias", 0, set_ifalias, TC_NONE),
	TOOL_OPT_ARG("state", 0, set_state, TC_NONE),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
};

static void change_cb(struct nl_object *obj, void *arg)
{
	struct tool *t = arg;
	int err;

	t->num[0]++;
	err = rtnl_link_change(t->sk, (struct rtnl_link *)obj, change, 0);
	if (err < 0)
		nl_cli_fatal(err, "Unable to change link: %s", nl_geterror(err));
	if (!t->quiet) {
		printf("Changed ");
		nl_object_dump(obj, &t->params);
	}
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	tool_links(t);
	t->obj = nl_cli_link_alloc();
	change = nl_cli_link_alloc();
	tool_parse(t);
	if (!rtnl_link_get_name(t->obj) && !rtnl_link_get_ifindex(t->obj))
		nl_cli_fatal(EINVAL, "No link selected: use --name or --index.");
	nl_cache_foreach_filter(t->link_cache, t->obj, change_cb, t);
	rtnl_link_put(change);
	/* a selection that matches nothing is an unknown device */
	if (!t->num[0] && rtnl_link_get_name(t->obj))
		nl_cli_fatal(ENOENT, "Link \"%s\" does not exist",
			     rtnl_link_get_name(t->obj));
	if (!t->num[0])
		nl_cli_fatal(ENOENT, "Interface index %d does not exist",
			     rtnl_link_get_ifindex(t->obj));
	return tool_exit(t, 0);
}
