/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-qdisc-delete: delete the queueing disciplines that match. */

#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-qdisc-delete [OPTION]... [QDISC]\n"
	"\n"
	"OPTIONS\n"
	"     --interactive     Run interactively.\n"
	"     --yes             Set default answer to yes.\n"
	" -q, --quiet           Do not print informal notifications.\n"
	" -h, --help            Show this help text and exit.\n"
	" -v, --version         Show versioning information and exit.\n"
	"\n"
	" -d, --dev=DEV         Device the qdisc is attached to.\n"
	" -p, --parent=ID       Identifier of parent qdisc/class.\n"
	" -i, --id=ID           Identifier\n"
	" -k, --kind=NAME       Kind of qdisc (e.g. pfifo_fast)\n";

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
	return rtnl_qdisc_delete(sk, (struct rtnl_qdisc *)obj);
}

/* The default qdiscs (handle 0) cannot be deleted. */
static int is_default(struct nl_object *obj)
{
	return rtnl_tc_get_handle((struct rtnl_tc *)obj) == 0;
}

static const struct tool_change change = {
	.what = "qdisc",
	.plural = "qdiscs",
	.fn = del,
	.blank_line = 1,
	.skip = is_default,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "queueing disciplines",
						rtnl_qdisc_alloc_cache));
	t->obj = nl_cli_qdisc_alloc();
	tool_parse(t);
	if (!t->nselect && !(t->flags & TF_YES))
		nl_cli_fatal(EINVAL,
			     "You are attempting to delete all qdiscs on all "
			     "devices.\nIf you want to proceed, run "
			     "nl-qdisc-delete --yes.\nAborting...");
	return tool_delete(t, cache, &change);
}
