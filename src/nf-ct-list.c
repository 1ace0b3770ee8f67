/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-ct-list: list the conntrack entries that match. */

#include <netlink/cli/ct.h>

#include "tool.h"

static const char usage[] =
	"Usage: nf-ct-list [OPTION]... [CONNTRACK ENTRY]\n"
	"\n"
	"Options\n"
	" -f, --format=TYPE     Output format { brief | details | stats }\n"
	" -h, --help            Show this help\n"
	" -v, --version         Show versioning information\n"
	"\n"
	"Conntrack Selection\n"
	" -i, --id=NUM            Identifier\n"
	" -p, --proto=PROTOCOL    Protocol\n"
	"     --tcp-state=STATE   TCP connection state\n"
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
	"     --refcnt=NUM        Use counter value\n"
	"     --flags             Flags\n";

static const struct tool_opt opts[] = {
	TOOL_OPT_FORMAT,
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_ARG("id", 'i', tool_ct_id, TC_U32),
	TOOL_OPT_TABLE(tool_ct_opts),
	TOOL_OPT_ARG("tcp-state", 0, tool_ct_tcp_state, TC_NONE),
	TOOL_OPT_ARG("refcnt", 0, tool_ct_use, TC_U32),
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
	struct nl_cache *cache;

	cache = tool_keep(t, nl_cli_ct_alloc_cache(t->sk));
	t->obj = nl_cli_ct_alloc();
	tool_parse(t);
	return tool_list(t, cache);
}
