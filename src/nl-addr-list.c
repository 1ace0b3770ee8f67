/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-addr-list: list the addresses that match, or print them as shell
 * variable assignments (--env).
 */

#include <netlink/cli/addr.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-addr-list [OPTION]... [ADDRESS]\n"
	"\n"
	"Options\n"
	"     --details             Show details on multiple lines.\n"
	"     --env                 Print address details in sh env variable syntax.\n"
	"     --prefix=STRING       Prefix each printed line.\n"
	" -h, --help                Show this help.\n"
	" -v, --version             Show versioning information.\n"
	"\n"
	"Address Selection\n"
	" -a, --local=ADDR          Local address.\n"
	" -d, --dev=DEV             Associated network device.\n"
	"     --family=FAMILY       Family of local address.\n"
	"     --label=STRING        Address label (IPv4).\n"
	"     --peer=ADDR           Peer address (IPv4).\n"
	"     --scope=SCOPE         Address scope (IPv4).\n"
	"     --broadcast=ADDR      Broadcast address of network (IPv4).\n"
	"     --valid-lifetime=TS   Valid lifetime before route expires (IPv6).\n"
	"     --preferred=TIME      Preferred lifetime (IPv6).\n"
	"     --valid=TIME          Valid lifetime (IPv6).\n";

enum { ENV = TF_A };

static void set_prefix(struct tool *t, char *arg)
{
	t->arg[0] = arg;
}

static const struct tool_opt opts[] = {
	TOOL_OPT_DETAILS,
	TOOL_OPT_FLAG("env", 0, ENV),
	TOOL_OPT_ARG("prefix", 0, set_prefix, TC_NONE),
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_TABLE(tool_addr_opts),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = NETLINK_ROUTE,
	.opts = opts,
	.badopt_rc = 7,
};

/* --prefix: printed at the start of every line of the dump */
static void print_prefix(struct nl_dump_params *p, int line)
{
	fputs(p->dp_data, p->dp_fd);
}

struct env_state {
	const char *prefix;
	int n;
};

static void print_env(struct nl_object *obj, void *arg)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	struct env_state *s = arg;
	struct nl_cache *links = nl_cache_mngt_require_safe("route/link");
	struct nl_addr *a;
	char pfx[128], buf[128];
	int ifindex = rtnl_addr_get_ifindex(addr);

	snprintf(pfx, sizeof(pfx), "%sADDR%d", s->prefix, s->n++);
	printf("%s_FAMILY=%s\n", pfx,
	       nl_af2str(rtnl_addr_get_family(addr), buf, sizeof(buf)));
	printf("%s_LOCAL=%s\n", pfx,
	       nl_addr2str(rtnl_addr_get_local(addr), buf, sizeof(buf)));
	printf("%s_IFINDEX=%u\n", pfx, ifindex);
	if (links && rtnl_link_i2name(links, ifindex, buf, sizeof(buf)))
		printf("%s_IFNAME=%s\n", pfx, buf);
	if ((a = rtnl_addr_get_peer(addr)))
		printf("%s_PEER=%s\n", pfx, nl_addr2str(a, buf, sizeof(buf)));
	if ((a = rtnl_addr_get_broadcast(addr)))
		printf("%s_BROADCAST=%s\n", pfx,
		       nl_addr2str(a, buf, sizeof(buf)));
	printf("%s_SCOPE=%s\n", pfx,
	       rtnl_scope2str(rtnl_addr_get_scope(addr), buf, sizeof(buf)));
	if (rtnl_addr_get_label(addr))
		printf("%s_LABEL=%s\n", pfx, rtnl_addr_get_label(addr));
	rtnl_addr_flags2str(rtnl_addr_get_flags(addr), buf, sizeof(buf));
	if (buf[0])
		printf("%s_FLAGS=%s\n", pfx, buf);
	printf("%s_CACHEINFO_VALID=%u\n", pfx,
	       rtnl_addr_get_valid_lifetime(addr));
	if (links)
		nl_cache_put(links);
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_cache *cache;
	struct env_state s = { "", 0 };

	tool_links(t);
	cache = tool_keep(t, nl_cli_alloc_cache(t->sk, "address",
						rtnl_addr_alloc_cache));
	t->obj = nl_cli_addr_alloc();
	tool_parse(t);
	if (t->arg[0]) {
		s.prefix = t->arg[0];
		t->params.dp_nl_cb = print_prefix;
		t->params.dp_data = t->arg[0];
	}
	if (t->flags & ENV) {
		nl_cache_foreach_filter(cache, t->obj, print_env, &s);
		return tool_exit(t, 0);
	}
	return tool_list(t, cache);
}
