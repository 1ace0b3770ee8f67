/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-cls-add: add or update a classifier. */

#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-cls-add [OPTIONS]... classifier [CONFIGURATION]...\n"
	"\n"
	"OPTIONS\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help text.\n"
	" -v, --version             Show versioning information.\n"
	"     --update              Update classifier if it exists.\n"
	"     --update-only         Only update classifier, never create it.\n"
	" -d, --dev=DEV             Network device the classifier should be attached to.\n"
	" -i, --id=ID               ID of new classifier (default: auto-generated)\n"
	" -p, --parent=ID           ID of parent { root | ingress | class-ID }\n"
	"     --proto=PROTO         Protocol to match (default: all)\n"
	"     --prio=PRIO           Priority (default: 0)\n"
	"     --mtu=SIZE            Overwrite MTU (default: MTU of network device)\n"
	"     --mpu=SIZE            Minimum packet size on the link (default: 0).\n"
	"     --overhead=SIZE       Overhead in bytes per packet (default: 0).\n"
	"     --linktype=TYPE       Overwrite linktype (default: type of network device)\n"
	"\n"
	"CONFIGURATION\n"
	" -h, --help                Show help text of classifier specific options.\n"
	"\n"
	"EXAMPLE\n"
	"   $ nl-cls-add --dev=eth1 --parent=q_root basic --target c_www\n"
	"\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_tc_add_opts),
	TOOL_OPT_TABLE(tool_cls_opts),
	TOOL_OPT_TABLE(tool_tc_size_opts),
	TOOL_OPT_NLFLAGS("update", NLM_F_CREATE),
	TOOL_OPT_NLFLAGS("update-only", 0),
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
	return rtnl_cls_add(sk, (struct rtnl_cls *)obj, flags);
}

static const struct tool_change change = {
	.what = "classifier",
	.fn = add,
	.fixed_rc = EINVAL,
	.dump = NL_DUMP_DETAILS,
	.before = 1,
};

static const struct tool_tc_kind kind = {
	.no_parent = "You must specify a parent (--parent=XXX)",
	.unknown = "Unknown classifier \"%s\".",
	.unsupported = "Classifier type \"%s\" not supported.",
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	if (argc < 2)
		tool_usage_error(t);
	tool_links(t);
	t->obj = nl_cli_cls_alloc();
	t->create = 1;
	t->nlflags = NLM_F_CREATE | NLM_F_EXCL;
	tool_parse(t);
	return tool_tc_add(t, &kind, &change);
}
