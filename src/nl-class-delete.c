/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-class-delete: delete the traffic classes of a device that match. */

#include <netlink/cli/tc.h>
#include <netlink/cli/class.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-class-delete [OPTION]... [class]\n"
	"\n"
	"OPTIONS\n"
	"     --interactive     Run interactively.\n"
	"     --yes             Set default answer to yes.\n"
	" -q, --quiet           Do not print informal notifications.\n"
	" -h, --help            Show this help text and exit.\n"
	" -v, --version         Show versioning information and exit.\n"
	"\n"
	" -d, --dev=DEV         Device the class is attached to.\n"
	" -p, --parent=ID       Identifier of parent qdisc/class.\n"
	" -i, --id=ID           Identifier\n"
	" -k, --kind=NAME       Kind of class (e.g. pfifo_fast)\n"
	"\n"
	"EXAMPLE\n"
	"    # Delete all classes on eth0 attached to parent 1:\n"
	"    $ nl-class-delete --dev eth0 --parent 1:\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("interactive", 0, TF_INTERACTIVE),
	TOOL_OPT_FLAG("yes", 0, TF_YES),
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_select),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
	.badopt = TB_INVALID,
	.badopt_rc = EINVAL,
};

static int del(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_class_delete(sk, (struct rtnl_class *)obj);
}

static const struct tool_change change = {
	.what = "class",
	.plural = "classs",
	.fn = del,
	.blank_line = 1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	int ifindex;

	tool_links(t);
	t->obj = nl_cli_class_alloc();
	tool_parse(t);
	ifindex = rtnl_tc_get_ifindex(t->obj);
	if (!ifindex)
		nl_cli_fatal(EINVAL, "You must specify a network device "
			     "(--dev=XXX)");
	return tool_delete(t, tool_keep(t, nl_cli_class_alloc_cache(t->sk,
						ifindex)), &change);
}
