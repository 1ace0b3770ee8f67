/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-monitor: print the netfilter notifications of the groups named. */

#include <linux/netfilter/nfnetlink.h>

#include "tool.h"

static const struct {
	const char *name;
	int group;
} known[] = {
	{ "ct-new", NFNLGRP_CONNTRACK_NEW },
	{ "ct-update", NFNLGRP_CONNTRACK_UPDATE },
	{ "ct-destroy", NFNLGRP_CONNTRACK_DESTROY },
};

#define NKNOWN (sizeof(known) / sizeof(known[0]))

static const struct tool_desc desc = {
	.protocol = -1,
};

static void usage(void)
{
	size_t i;

	printf("Usage: nf-monitor [<groups>]\n\nKnown groups:");
	for (i = 0; i < NKNOWN; i++)
		printf(" %s", known[i].name);
	printf("\n");
	exit(0);
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	size_t i;
	int n, err;

	if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")))
		usage();
	t->sk = nl_cli_alloc_socket();
	t->params.dp_type = NL_DUMP_STATS;
	tool_prepare_listen(t->sk, tool_dump_msg, t);
	nl_cli_connect(t->sk, NETLINK_NETFILTER);
	for (n = 1; n < argc; n++) {
		for (i = 0; i < NKNOWN; i++)
			if (!strcmp(argv[n], known[i].name))
				break;
		if (i == NKNOWN)
			nl_cli_fatal(NLE_OBJ_NOTFOUND, "Unknown group: \"%s\"",
				     argv[n]);
		err = nl_socket_add_membership(t->sk, known[i].group);
		if (err < 0)
			nl_cli_fatal(err, "Unable to add membership: %s",
				     nl_geterror(err));
	}
	tool_listen(t, t->sk);
}
