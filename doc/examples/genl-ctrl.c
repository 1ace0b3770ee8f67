/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the generic netlink guide: resolving a family, listing the
 * families with the controller's cache, and a request built by hand
 * whose answer a callback parses with genlmsg_parse().
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/genetlink.h>

#include <netlink/netlink.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/family.h>

struct answer {
	unsigned int id;
	unsigned int ops;
};

static void print_family(struct nl_object *obj, void *arg)
{
	struct genl_family *family = (struct genl_family *)obj;
	int *count = arg;

	printf("family %u: %s, version %u\n", genl_family_get_id(family),
	       genl_family_get_name(family), genl_family_get_version(family));
	(*count)++;
}

/* Parse the controller's answer: CTRL_ATTR_FAMILY_ID and the list of
 * operations (CTRL_ATTR_OPS, one nest per operation). */
static int parse_answer(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[CTRL_ATTR_MAX + 1], *op;
	struct answer *answer = arg;
	int err, rem;

	err = genlmsg_parse(nlmsg_hdr(msg), 0, tb, CTRL_ATTR_MAX, NULL);
	if (err < 0)
		return err;
	if (tb[CTRL_ATTR_FAMILY_ID])
		answer->id = nla_get_u16(tb[CTRL_ATTR_FAMILY_ID]);
	if (tb[CTRL_ATTR_OPS])
		nla_for_each_nested(op, tb[CTRL_ATTR_OPS], rem)
			answer->ops++;
	return NL_OK;
}

int main(void)
{
	struct answer answer = { 0 };
	struct nl_cache *families;
	struct nl_sock *sk;
	struct nl_msg *msg;
	int id, count = 0, err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = genl_connect(sk);
	if (err < 0)
		goto out;

	/* Names of families are resolved to ids at run time. */
	id = genl_ctrl_resolve(sk, "nlctrl");
	if (id < 0) {
		err = id;
		goto out;
	}
	printf("nlctrl has id %d\n", id);

	/* Every family the kernel knows. */
	err = genl_ctrl_alloc_cache(sk, &families);
	if (err < 0)
		goto out;
	nl_cache_foreach(families, print_family, &count);
	nl_cache_free(families);

	/* The same question by hand: CTRL_CMD_GETFAMILY for "nlctrl". */
	msg = nlmsg_alloc();
	if (!msg || !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL,
				 0, 0, CTRL_CMD_GETFAMILY, 1) ||
	    nla_put_string(msg, CTRL_ATTR_FAMILY_NAME, "nlctrl") < 0) {
		nlmsg_free(msg);
		err = -NLE_NOMEM;
		goto out;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		goto out;
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, parse_answer,
			    &answer);
	/* The answer, then the acknowledgement. */
	err = nl_wait_for_ack(sk);
	if (err < 0)
		goto out;
	printf("nlctrl: id %u, %u operations\n", answer.id, answer.ops);
	if (id != GENL_ID_CTRL || answer.id != GENL_ID_CTRL || !answer.ops ||
	    count < 1)
		err = -NLE_FAILURE;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
