/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-route-get: ask the kernel which route it takes to an address. */

#include <netlink/cli/route.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = NETLINK_ROUTE,
};

static void print_route(struct nl_object *obj, void *arg)
{
	struct nl_dump_params p = {
		.dp_type = NL_DUMP_DETAILS,
		.dp_fd = stdout,
	};

	nl_object_dump(obj, &p);
}

static int parse_reply(struct nl_msg *msg, void *arg)
{
	int err = nl_msg_parse(msg, print_route, NULL);

	if (err < 0)
		nl_cli_fatal(err, "Unable to parse object: %s",
			     nl_geterror(err));
	return NL_OK;
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct rtmsg rtm = { .rtm_family = AF_INET };
	struct nl_addr *dst;
	struct nl_msg *msg;
	int err;

	if (argc < 2) {
		printf("Usage: nl-route-get <addr>\n");
		return tool_exit(t, 1);
	}
	tool_links(t);
	dst = nl_cli_addr_parse(argv[1], AF_INET);
	rtm.rtm_dst_len = nl_addr_get_prefixlen(dst);
	msg = nlmsg_alloc_simple(RTM_GETROUTE, 0);
	if (!msg || nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO) < 0 ||
	    nla_put_addr(msg, RTA_DST, dst) < 0)
		nl_cli_fatal(ENOMEM, "out of memory");
	nl_addr_put(dst);
	err = nl_send_auto(t->sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		nl_cli_fatal(err, "%s", nl_geterror(err));
	nl_socket_modify_cb(t->sk, NL_CB_VALID, NL_CB_CUSTOM, parse_reply,
			    NULL);
	err = nl_recvmsgs_default(t->sk);
	if (err < 0)
		nl_cli_fatal(err, "%s", nl_geterror(err));
	return tool_exit(t, 0);
}
