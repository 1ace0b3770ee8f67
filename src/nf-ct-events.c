/* SPDX-License-Identifier: LGPL-2.1-only */
/* nf-ct-events: print the conntrack events (new, update, delete). */

#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <netlink/cli/ct.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = -1,
};

static int event(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *hdr = nlmsg_hdr(msg);
	struct tool *t = arg;

	switch (NFNL_MSG_TYPE(hdr->nlmsg_type)) {
	case IPCTNL_MSG_CT_NEW:
		printf(hdr->nlmsg_flags & NLM_F_CREATE ? "NEW " : "UPDATE ");
		break;
	case IPCTNL_MSG_CT_DELETE:
		printf("DELETE ");
		break;
	default:
		printf("UNKNOWN ");
		break;
	}
	return tool_dump_msg(msg, t);
}

int main(int argc, char *argv[])
{
	static const int groups[] = {
		NFNLGRP_CONNTRACK_NEW,
		NFNLGRP_CONNTRACK_UPDATE,
		NFNLGRP_CONNTRACK_DESTROY,
	};
	struct tool *t = tool_init(&desc, argc, argv);
	size_t i;
	int err;

	t->sk = nl_cli_alloc_socket();
	t->params.dp_type = NL_DUMP_DETAILS;
	tool_prepare_listen(t->sk, event, t);
	nl_cli_connect(t->sk, NETLINK_NETFILTER);
	for (i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		err = nl_socket_add_membership(t->sk, groups[i]);
		if (err < 0)
			nl_cli_fatal(err, "Unable to add membership: %s",
				     nl_geterror(err));
	}
	tool_listen(t, t->sk);
}
