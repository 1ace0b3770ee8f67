/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the core library guide: a socket, a dump request built by
 * hand, a callback that parses the attributes of each reply, and a
 * request the kernel refuses, with its error code and its explanation.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/if_link.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

struct seen {
	int links;
	int loopback;
};

/* Called by nl_recvmsgs() for each RTM_NEWLINK message of the dump. */
static int print_link(struct nl_msg *msg, void *arg)
{
	static struct nla_policy policy[IFLA_MAX + 1] = {
		[IFLA_IFNAME] = { .type = NLA_STRING },
		[IFLA_MTU] = { .type = NLA_U32 },
	};
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct ifinfomsg *ifi = nlmsg_data(nlh);
	struct nlattr *tb[IFLA_MAX + 1];
	struct seen *seen = arg;
	const char *name;
	int err;

	err = nlmsg_parse(nlh, sizeof(*ifi), tb, IFLA_MAX, policy);
	if (err < 0)
		return err;	/* ends nl_recvmsgs() with this error */
	if (!tb[IFLA_IFNAME])
		return NL_SKIP;

	name = nla_get_string(tb[IFLA_IFNAME]);
	printf("%d: %s mtu %u\n", ifi->ifi_index, name,
	       tb[IFLA_MTU] ? nla_get_u32(tb[IFLA_MTU]) : 0);
	seen->links++;
	if (!strcmp(name, "lo"))
		seen->loopback = 1;
	return NL_OK;
}

int main(void)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };
	struct seen seen = { 0 };
	struct nlattr *linkinfo;
	struct nl_sock *sk;
	struct nl_msg *msg;
	int err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err < 0) {
		fprintf(stderr, "nl_connect: %s\n", nl_geterror(err));
		goto fail;
	}

	/* RTM_GETLINK with NLM_F_DUMP: every link of the namespace. */
	msg = nlmsg_alloc_simple(RTM_GETLINK, NLM_F_DUMP);
	if (!msg || nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0)
		goto fail;
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	if (err < 0) {
		fprintf(stderr, "nl_send_auto: %s\n", nl_geterror(err));
		goto fail;
	}

	/* The replies go to the socket's NL_CB_VALID callback. */
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, print_link, &seen);
	err = nl_recvmsgs_default(sk);
	if (err < 0) {
		fprintf(stderr, "nl_recvmsgs_default: %s\n", nl_geterror(err));
		goto fail;
	}
	if (seen.links < 1 || !seen.loopback) {
		fprintf(stderr, "the dump did not show lo\n");
		goto fail;
	}

	/*
	 * A link of a kind the kernel does not know: nl_send_sync() returns
	 * the kernel's error translated to an NLE_* code, and the kernel's
	 * own message is kept on the socket.
	 */
	msg = nlmsg_alloc_simple(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
	if (!msg || nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0 ||
	    nla_put_string(msg, IFLA_IFNAME, "example0") < 0 ||
	    !(linkinfo = nla_nest_start(msg, IFLA_LINKINFO)) ||
	    nla_put_string(msg, IFLA_INFO_KIND, "no-such-kind") < 0 ||
	    nla_nest_end(msg, linkinfo) < 0)
		goto fail;
	err = nl_send_sync(sk, msg);	/* frees msg */
	if (err >= 0) {
		fprintf(stderr, "the kernel accepted an unknown link kind\n");
		goto fail;
	}
	printf("refused: %s (kernel: %s)\n", nl_geterror(err),
	       nl_socket_get_ext_ack_msg(sk) ? nl_socket_get_ext_ack_msg(sk) :
					       "no message");

	nl_socket_free(sk);
	return EXIT_SUCCESS;

fail:
	nl_socket_free(sk);
	return EXIT_FAILURE;
}
