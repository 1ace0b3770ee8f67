/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-qdisc-add: add, update or replace a queueing discipline. */

#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-qdisc-add [OPTIONS]... QDISC [CONFIGURATION]...\n"
	"\n"
	"OPTIONS\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help text.\n"
	" -v, --version             Show versioning information.\n"
	"     --update              Update qdisc if it exists.\n"
	"     --replace             Replace or update qdisc if it exists.\n"
	"     --update-only         Only update qdisc, never create it.\n"
	"     --replace-only        Only replace or update qdisc, never create it.\n"
	" -d, --dev=DEV             Network device the qdisc should be attached to.\n"
	" -i, --id=ID               ID of new qdisc (default: auto-generated)r\n"
	" -p, --parent=ID           ID of parent { root | ingress | QDISC-ID }\n"
	"\n"
	"CONFIGURATION\n"
	" -h, --help                Show help text of qdisc specific options.\n"
	"\n"
	"EXAMPLE\n"
	"   $ nl-qdisc-add --dev=eth1 --parent=root htb --rate=100mbit\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_add_opts),
	TOOL_OPT_NLFLAGS("update", NLM_F_CREATE),
	TOOL_OPT_NLFLAGS("replace", NLM_F_CREATE | NLM_F_REPLACE),
	TOOL_OPT_NLFLAGS("update-only", 0),
	TOOL_OPT_NLFLAGS("replace-only", NLM_F_REPLACE),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
	.stop_at_arg = 1,
};

static int add(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return rtnl_qdisc_add(sk, (struct rtnl_qdisc *)obj, flags);
}

static const struct tool_change change = {
	.what = "qdisc",
	.fn = add,
	.fixed_rc = EINVAL,
	.dump = NL_DUMP_DETAILS,
	.before = 1,
};

static const struct tool_tc_kind kind = {
	.no_parent = "You must specify a parent",
	.unknown = "Unknown qdisc \"%s\"",
	.unsupported = "Qdisc type \"%s\" not supported.",
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	if (argc < 2)
		tool_usage_error(t);
	tool_links(t);
	t->obj = nl_cli_qdisc_alloc();
	t->create = 1;
	t->nlflags = NLM_F_CREATE | NLM_F_EXCL;
	tool_parse(t);
	return tool_tc_add(t, &kind, &change);
}
