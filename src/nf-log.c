/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nf-log: bind to an NFLOG group of a family and print the packets the
 * kernel logs to it.
 */

#include <netlink/cli/link.h>
#include <netlink/netfilter/log.h>

#include "tool.h"

static const struct tool_desc desc = {
	.protocol = -1,
};

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct nl_sock *rt_sock;
	struct nfnl_log *log;
	int family, err, mode;

	if (argc < 3) {
		printf("Usage: nf-log family group [ copy_mode ] "
		       "[copy_range] \n");
		return tool_exit(t, 2);
	}
	t->sk = nl_cli_alloc_socket();
	t->params.dp_type = NL_DUMP_STATS;
	tool_prepare_listen(t->sk, tool_dump_msg, t);
	nl_cli_connect(t->sk, NETLINK_NETFILTER);

	family = nl_str2af(argv[1]);
	if (family <= AF_UNSPEC || family > UINT8_MAX)
		nl_cli_fatal(EINVAL, "Unknown family \"%s\": %s", argv[1],
			     nl_geterror(NLE_INVAL));
	nfnl_log_pf_unbind(t->sk, family);
	err = nfnl_log_pf_bind(t->sk, family);
	if (err < 0)
		nl_cli_fatal(err, "Unable to bind logger: %s", nl_geterror(err));

	log = nfnl_log_alloc();
	if (!log)
		nl_cli_fatal(ENOMEM, "Unable to allocate log object");
	t->obj = log;
	nfnl_log_set_group(log, tool_check(argv[2], TC_U16, "the group"));
	nfnl_log_set_copy_mode(log, NFNL_LOG_COPY_META);
	if (argc > 3) {
		mode = nfnl_log_str2copy_mode(argv[3]);
		if (mode < 0)
			nl_cli_fatal(mode, "Unable to parse copy mode \"%s\": %s",
				     argv[3], nl_geterror(mode));
		nfnl_log_set_copy_mode(log, mode);
	}
	nfnl_log_set_copy_range(log, 0xFFFF);
	if (argc > 4)
		nfnl_log_set_copy_range(log, tool_check(argv[4], TC_U32,
							"the copy range"));
	err = nfnl_log_create(t->sk, log);
	if (err < 0)
		nl_cli_fatal(err, "Unable to bind instance: %s",
			     nl_geterror(err));
	printf("log params: ");
	nl_object_dump(OBJ_CAST(log), &(struct nl_dump_params){
		.dp_type = NL_DUMP_LINE, .dp_fd = stdout });

	/* the names of the devices in the packets */
	rt_sock = nl_cli_alloc_socket();
	nl_cli_connect(rt_sock, NETLINK_ROUTE);
	t->link_cache = nl_cli_link_alloc_cache(rt_sock);
	nl_socket_free(rt_sock);
	tool_listen(t, t->sk);
}
