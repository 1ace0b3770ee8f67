/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-ct-add: add a conntrack entry. */

#include <netlink/cli/ct.h>

#include "tool.h"

static const char usage[] =
	"Usage: nf-ct-add [OPTION]... [CONNTRACK ENTRY]\n"
	"\n"
	"Options\n"
	" -q, --quiet           Do not print informal notifications.\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Conntrack Selection\n"
	" -p, --proto=PROTOCOL    Protocol\n"
	"     --orig-src=ADDR     Original source address\n"
	"     --orig-sport=PORT   Original source port\n"
	"     --orig-dst=ADDR     Original destination address\n"
	"     --orig-dport=PORT   Original destination port\n"
	"     --reply-src=ADDR    Reply source address\n"
	"     --reply-sport=PORT  Reply source port\n"
	"     --reply-dst=ADDR    Reply destination address\n"
	"     --reply-dport=PORT  Reply destination port\n"
	" -F, --family=FAMILY     Address family\n"
	"     --mark=NUM          Mark value\n"
	"     --timeout=NUM       Timeout value\n"
	"     --status            Bitset representing status of connection.\n"
	"     --zone=NUM          Zone value\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_QUIET,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_ct_opts),
	TOOL_OPT_ARG("status", 0, tool_ct_status, TC_NONE),
	TOOL_OPT_ARG("zone", 0, tool_ct_zone, TC_U16),
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
	return nfnl_ct_add(sk, (struct nfnl_ct *)obj, flags);
}

static const struct tool_change change = {
	.what = "conntrack",
	.fn = add,
	.dump = NL_DUMP_LINE,
	.before = 1,
	.after = 1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);

	t->obj = nl_cli_ct_alloc();
	t->nlflags = NLM_F_CREATE;
	tool_parse(t);
	return tool_add(t, &change);
}
