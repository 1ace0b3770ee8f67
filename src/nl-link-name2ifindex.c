/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-link-name2ifindex: print the index of the device with a name. */

#include <netlink/cli/link.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = NETLINK_ROUTE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	int ifindex;

	if (argc < 2) {
		fprintf(stderr, "Usage: nl-link-name2ifindex <name>\n");
		return tool_exit(t, 1);
	}
	tool_links(t);
	ifindex = rtnl_link_name2i(t->link_cache, argv[1]);
	if (!ifindex)
		nl_cli_fatal(ENOENT, "Interface \"%s\" does not exist", argv[1]);
	printf("%d\n", ifindex);
	return tool_exit(t, 0);
}
