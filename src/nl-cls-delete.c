/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-cls-delete: delete the classifiers of a device that match. */

#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-cls-delete [OPTION]... [class]\n"
	"\n"
	"OPTIONS\n"
	"     --interactive         Run interactively.\n"
	"     --yes                 Set default answer to yes.\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help text and exit.\n"
	" -v, --version             Show versioning information and exit.\n"
	"\n"
	" -d, --dev=DEV             Device the classifer is attached to.\n"
	" -p, --parent=ID           Identifier of parent qdisc/class.\n"
	" -i, --id=ID               Identifier\n"
	" -k, --kind=NAME           Kind of classifier (e.g. basic, u32, fw)\n"
	"     --proto=PROTO         Protocol to match (default: all)\n"
	"     --prio=PRIO           Priority (default: 0)\n"
	"\n"
	"EXAMPLE\n"
	"    # Delete all classifiers on eth0 attached to parent q_root:\n"
	"    $ nl-cls-delete --dev eth0 --parent q_root:\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FLAG("interactive", 0, TF_INTERACTIVE),
	TOOL_OPT_FLAG("yes", 0, TF_YES),
	TOOL_OPT_QUIET,
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
	.badopt = TB_INVALID,
	.badopt_rc = EINVAL,
};

static int del(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_cls_delete(sk, (struct rtnl_cls *)obj, flags);
}

static const struct tool_change change = {
	.what = "classifier",
	.plural = "classs",
	.fn = del,
	.blank_line = 1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct rtnl_tc *tc;

	tool_links(t);
	t->obj = nl_cli_cls_alloc();
	tool_parse(t);
	tc = t->obj;
	return tool_delete(t, tool_keep(t, nl_cli_cls_alloc_cache(t->sk,
			rtnl_tc_get_ifindex(tc), rtnl_tc_get_parent(tc))),
			&change);
}
