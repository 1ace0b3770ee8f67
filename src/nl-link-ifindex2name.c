/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-link-ifindex2name: print the name of the device with an index. */

#include <netlink/cli/link.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = NETLINK_ROUTE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	char name[IFNAMSIZ];
	uint32_t ifindex;

	if (argc < 2) {
		fprintf(stderr, "Usage: nl-link-ifindex2name <ifindex>\n");
		return tool_exit(t, 1);
	}
	tool_links(t);
	tool_check(argv[1], TC_INT, "the index");
	ifindex = nl_cli_parse_u32(argv[1]);
	if (!rtnl_link_i2name(t->link_cache, (int)ifindex, name, sizeof(name)))
		nl_cli_fatal(ENOENT, "Interface index %d does not exist",
			     (int)ifindex);
	printf("%s\n", name);
	return tool_exit(t, 0);
}
