/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-link-release: release a network device from its master. */

#include <netlink/cli/link.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = NETLINK_ROUTE,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	int err;

	if (argc < 2) {
		fprintf(stderr, "Usage: nl-link-release slave\n");
		return tool_exit(t, 1);
	}
	tool_links(t);
	t->obj = rtnl_link_get_by_name(t->link_cache, argv[1]);
	if (!t->obj) {
		fprintf(stderr, "Unknown link: %s\n", argv[1]);
		return tool_exit(t, 1);
	}
	err = rtnl_link_release(t->sk, t->obj);
	if (err < 0) {
		fprintf(stderr, "Unable to release slave %s: %s\n", argv[1],
			nl_geterror(err));
		return tool_exit(t, 1);
	}
	return tool_exit(t, 0);
}
