/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-fib-lookup: look an address up in the kernel's FIB. */

#include <netlink/cli/utils.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-fib-lookup [options] <addr>\n"
	"Options:\n"
	"   -t, --table <table>\t\tTable id\n"
	"   -f, --fwmark <int>\t\tFirewall mark\n"
	"   -s, --scope <scope>\t\tRouting scope\n"
	"   -T, --tos <int>\t\tType of Service\n";

static struct flnl_request *req;

static void set_table(struct tool *t, char *arg)
{
	char *end;
	unsigned long l = strtoul(arg, &end, 0);
	int table;

	if (end == arg || *end) {
		table = rtnl_route_str2table(arg);
		if (table < 0)
			nl_cli_fatal(EINVAL, "Unknown table name \"%s\"", arg);
		l = (unsigned long)table;
	}
	if (l > UINT8_MAX)
		nl_cli_fatal(ERANGE, "Value \"%s\" of --table is out of range "
			     "(0-255).", arg);
	flnl_request_set_table(req, (int)l);
}

static void set_fwmark(struct tool *t, char *arg)
{
	flnl_request_set_fwmark(req, nl_cli_parse_u32(arg));
}

static void set_scope(struct tool *t, char *arg)
{
	int scope = rtnl_str2scope(arg);

	if (scope < 0)
		nl_cli_fatal(EINVAL, "Unknown routing scope \"%s\"", arg);
	flnl_request_set_scope(req, scope);
}

static void set_tos(struct tool *t, char *arg)
{
	flnl_request_set_tos(req, nl_cli_parse_u32(arg));
}

static const struct tool_opt opts[] = {
	TOOL_OPT_ARG("table", 't', set_table, TC_NONE),
	TOOL_OPT_ARG("fwmark", 'f', set_fwmark, TC_U32),
	TOOL_OPT_ARG("scope", 's', set_scope, TC_U8),
	TOOL_OPT_ARG("tos", 'T', set_tos, TC_U8),
	TOOL_OPT_HELP,
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.help_rc = 1,
	.protocol = NETLINK_FIB_LOOKUP,
	.opts = opts,
	.badopt = TB_USAGE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_dump_params params = {
		.dp_type = NL_DUMP_DETAILS,
		.dp_fd = stdout,
	};
	struct nl_addr *addr;
	struct nl_cache *cache;
	int err;

	req = flnl_request_alloc();
	if (!req)
		nl_cli_fatal(ENOMEM, "Unable to allocate request");
	t->obj = req;
	tool_parse(t);
	if (optind >= argc)
		tool_usage(t);
	cache = tool_keep(t, flnl_result_alloc_cache());
	if (!cache)
		nl_cli_fatal(ENOMEM, "Unable to allocate cache");
	err = nl_addr_parse(argv[optind], AF_INET, &addr);
	if (err == 0) {
		err = flnl_request_set_addr(req, addr);
		nl_addr_put(addr);
	}
	if (err < 0)
		nl_cli_fatal(err, "Unable to parse address \"%s\": %s\n",
			     argv[optind], nl_geterror(err));
	err = flnl_lookup(t->sk, req, cache);
	if (err < 0)
		nl_cli_fatal(err, "Unable to lookup: %s\n", nl_geterror(err));
	nl_cache_dump(cache, &params);
	return tool_exit(t, 0);
}
