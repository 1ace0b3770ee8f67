/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-link-enslave: make a network device the slave of a master device. */

#include <netlink/cli/link.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = NETLINK_ROUTE,
};

static struct rtnl_link *lookup(struct tool *t, const char *name)
{
	struct rtnl_link *link = rtnl_link_get_by_name(t->link_cache, name);

	if (!link) {
		fprintf(stderr, "Unknown link: %s\n", name);
		exit(tool_exit(t, 1));
	}
	return link;
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct rtnl_link *master, *slave;
	int err;

	if (argc < 3) {
		fprintf(stderr, "Usage: nl-link-enslave master slave\n");
		return tool_exit(t, 1);
	}
	tool_links(t);
	master = lookup(t, argv[1]);
	t->obj = master;
	slave = lookup(t, argv[2]);
	err = rtnl_link_enslave(t->sk, master, slave);
	rtnl_link_put(slave);
	if (err < 0) {
		fprintf(stderr, "Unable to enslave %s to %s: %s\n", argv[2],
			argv[1], nl_geterror(err));
		return tool_exit(t, 1);
	}
	return tool_exit(t, 0);
}
