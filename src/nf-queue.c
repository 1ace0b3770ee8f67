/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nf-queue: bind to an NFQUEUE queue of a family, print each packet the
 * kernel queues and let it pass.
 */

#include <netlink/cli/link.h>
#include <netlink/netfilter/queue.h>
#include <netlink/netfilter/queue_msg.h>
#include <linux/netfilter.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = -1,
};

static void accept_packet(struct nl_object *obj, void *arg)
{
	struct tool *t = arg;
	struct nfnl_queue_msg *msg = (struct nfnl_queue_msg *)obj;

	nl_object_dump(obj, &t->params);
	nfnl_queue_msg_set_verdict(msg, NF_ACCEPT);
	nfnl_queue_msg_send_verdict(t->sk, msg);
}

static int event(struct nl_msg *msg, void *arg)
{
	if (nl_msg_parse(msg, accept_packet, arg) < 0)
		printf("<<EVENT>> Unknown message type\n");
	return NL_OK;
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_sock *rt_sock;
	struct nfnl_queue *queue;
	int family, err, mode;

	if (argc < 3) {
		printf("Usage: nf-queue family group [ copy_mode ] "
		       "[ copy_range ]\n"
		       "family: [ inet | inet6 | ... ] \n"
		       "group: the --queue-num arg that you gave to iptables\n"
		       "copy_mode: [ none | meta | packet ] \n");
		return tool_exit(t, 2);
	}
	t->sk = nl_cli_alloc_socket();
	t->params.dp_type = NL_DUMP_STATS;
	tool_prepare_listen(t->sk, event, t);
	/* no acknowledgements: every packet gets a verdict request */
	nl_socket_disable_auto_ack(t->sk);
	nl_cli_connect(t->sk, NETLINK_NETFILTER);

	family = nl_str2af(argv[1]);
	if (family <= AF_UNSPEC || family > UINT8_MAX)
		nl_cli_fatal(EINVAL, "Unknown family \"%s\"", argv[1]);
	nfnl_queue_pf_unbind(t->sk, family);
	err = nfnl_queue_pf_bind(t->sk, family);
	if (err < 0)
		nl_cli_fatal(err, "Unable to bind logger: %s", nl_geterror(err));

	queue = nfnl_queue_alloc();
	if (!queue)
		nl_cli_fatal(ENOMEM, "Unable to allocate queue object");
	t->obj = queue;
	nfnl_queue_set_group(queue, tool_check(argv[2], TC_U16, "the group"));
	nfnl_queue_set_copy_mode(queue, NFNL_QUEUE_COPY_PACKET);
	if (argc > 3) {
		mode = nfnl_queue_str2copy_mode(argv[3]);
		if (mode < 0)
			nl_cli_fatal(mode, "Unable to parse copy mode \"%s\": %s",
				     argv[3], nl_geterror(mode));
		nfnl_queue_set_copy_mode(queue, mode);
	}
	nfnl_queue_set_copy_range(queue, 0xFFFF);
	if (argc > 4)
		nfnl_queue_set_copy_range(queue, tool_check(argv[4], TC_U32,
							    "the copy range"));
	err = nfnl_queue_create(t->sk, queue);
	if (err < 0)
		nl_cli_fatal(err, "Unable to bind queue: %s", nl_geterror(err));

	/* the names of the devices in the packets */
	rt_sock = nl_cli_alloc_socket();
	nl_cli_connect(rt_sock, NETLINK_ROUTE);
	t->link_cache = nl_cli_link_alloc_cache(rt_sock);
	nl_socket_free(rt_sock);
	tool_listen(t, t->sk);
}
