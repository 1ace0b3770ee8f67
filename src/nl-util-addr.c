/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-util-addr: print the host name of an address. */

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = -1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_addr *addr;
	char host[256];
	int err;

	if (argc < 2) {
		fprintf(stderr, "Usage: nl-util-addr <address>\n");
		return tool_exit(t, 255);
	}
	addr = nl_cli_addr_parse(argv[1], AF_UNSPEC);
	err = nl_addr_resolve(addr, host, sizeof(host));
	nl_addr_put(addr);
	if (err < 0)
		nl_cli_fatal(err, "Unable to resolve address \"%s\": %s",
			     argv[1], nl_geterror(err));
	printf("%s\n", host);
	return tool_exit(t, 0);
}
