/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-exp-delete: delete a conntrack expectation. */

#include <netlink/cli/exp.h>

#include "tool.h"

static const char usage[] =
	"Usage: nf-exp-list [OPTION]... [CONNTRACK ENTRY]\n"
	"\n"
	"Options\n"
	"     --replace             Replace the address if it exists.\n"
	" -q, --quiet               Do not print informal notifications.\n"
	" -h, --help                Show this help\n"
	" -v, --version             Show versioning information\n"
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
	"     --flags                 Flags\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_ARG("id", 'i', tool_exp_id, TC_U32),
	TOOL_OPT_TABLE(tool_exp_tuples),
	TOOL_OPT_TABLE(tool_exp_mask),
	TOOL_OPT_TABLE(tool_exp_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_NETFILTER,
	.opts = opts,
	.badopt_rc = 7,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	int err;

	t->obj = nl_cli_exp_alloc();
	tool_parse(t);
	err = nfnl_exp_del(t->sk, t->obj, 0);
	if (err < 0)
		nl_cli_fatal(err, "Unable to delete expectation: %s",
			     nl_geterror(err));
	if (!t->quiet) {
		printf("Deleted ");
		nl_object_dump(t->obj, &t->params);
	}
	return tool_exit(t, 0);
}
