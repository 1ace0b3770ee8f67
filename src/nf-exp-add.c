/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-exp-add: add a conntrack expectation. */

#include <netlink/cli/exp.h>

#include "tool.h"

static const char usage[] =
	"Usage: nf-exp-list [OPTION]... [CONNTRACK ENTRY]\n"
	"\n"
	"Options\n"
	"     --replace             Replace the address if it exists.\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Expectation Selection\n"
	" -i, --id=NUM                Identifier\n"
	"     --expect-proto=PROTOCOL Expectation protocol\n"
	"     --expect-src=ADDR       Expectation source address\n"
	"     --expect-sport=PORT     Expectation source port\n"
	"     --expect-dst=ADDR       Expectation destination address\n"
	"     --expect-dport=PORT     Expectation destination port\n"
	"     --master-proto=PROTOCOL Master conntrack protocol\n"
	"     --master-src=ADDR       Master conntrack source address\n"
	"     --master-sport=PORT     Master conntrack source port\n"
	"     --master-dst=ADDR       Master conntrack destination address\n"
	"     --master-dport=PORT     Master conntrack destination port\n"
	"     --mask-proto=PROTOCOL   Mask protocol\n"
	"     --mask-src=ADDR         Mask source address\n"
	"     --mask-sport=PORT       Mask source port\n"
	"     --mask-dst=ADDR         Mask destination address\n"
	"     --mask-dport=PORT       Mask destination port\n"
	" -F, --family=FAMILY         Address family\n"
	"     --timeout=NUM           Timeout value\n"
	"     --helper=STRING         Helper Name\n"
	"     --flags                 Flags (Kernel 2.6.37)\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_NLFLAGS("replace", NLM_F_CREATE | NLM_F_REPLACE),
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_ARG("id", 'i', tool_exp_id, TC_U32),
	TOOL_OPT_TABLE(tool_exp_tuples),
	TOOL_OPT_TABLE(tool_exp_mask),
	TOOL_OPT_TABLE(tool_exp_nat),
	TOOL_OPT_TABLE(tool_exp_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_NETFILTER,
	.opts = opts,
	.badopt_rc = 7,
};

static int add(struct nl_sock *sk, struct nl_object *obj, int flags)
{
	return nfnl_exp_add(sk, (struct nfnl_exp *)obj, flags);
}

static const struct tool_change change = {
	.what = "expectation",
	.fn = add,
	.dump = NL_DUMP_LINE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	t->obj = nl_cli_exp_alloc();
	t->nlflags = NLM_F_CREATE;
	tool_parse(t);
	return tool_add(t, &change);
}
