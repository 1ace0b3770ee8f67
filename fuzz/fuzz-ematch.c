/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: the input is an ematch expression, as a user gives
 * it to rtnl_ematch_parse_expr() (nl-cls-add's --ematch).  What parses is
 * dumped, cloned and filled into a TCA_EMATCH_TREE attribute; an
 * attribute that was filled must parse back into the same tree, and the
 * clone must fill into the same bytes.  The input is also given to
 * rtnl_ematch_parse_attr() as attribute bytes.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/route/cls/ematch.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

static void dump(struct rtnl_ematch_tree *t)
{
	struct nl_dump_params p = { .dp_type = NL_DUMP_LINE, .dp_fd = sink };

	rtnl_ematch_tree_dump(t, &p);
}

/* Fill @t into a new message: the message, or NULL when refused. */
static struct nl_msg *fill(struct rtnl_ematch_tree *t)
{
	struct nl_msg *msg = nlmsg_alloc_size(1 << 18);
	uint32_t before;
	int err;

	if (!msg)
		return NULL;
	before = nlmsg_hdr(msg)->nlmsg_len;
	err = rtnl_ematch_fill_attr(msg, 1, t);
	if (err < 0) {
		/* a refused tree leaves the message as it was */
		if (nlmsg_hdr(msg)->nlmsg_len != before)
			abort();
		nlmsg_free(msg);
		return NULL;
	}
	return msg;
}

static void same_bytes(struct nl_msg *a, struct nl_msg *b)
{
	struct nlmsghdr *x = nlmsg_hdr(a), *y = nlmsg_hdr(b);

	if (x->nlmsg_len != y->nlmsg_len ||
	    memcmp(nlmsg_data(x), nlmsg_data(y), (size_t)nlmsg_datalen(x)))
		abort();
}

static void from_attr(const uint8_t *data, size_t size)
{
	struct nl_msg *msg = nlmsg_alloc_size(size + 64);
	struct rtnl_ematch_tree *t = NULL;

	if (!msg)
		return;
	if (size <= 0xffff - NLA_HDRLEN &&
	    nla_put(msg, 1, (int)size, data) == 0 &&
	    rtnl_ematch_parse_attr(nlmsg_data(nlmsg_hdr(msg)), &t) == 0) {
		struct nl_msg *m;

		dump(t);
		m = fill(t);
		nlmsg_free(m);
		rtnl_ematch_tree_free(t);
	}
	nlmsg_free(msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rtnl_ematch_tree *t = NULL, *back = NULL, *c;
	struct nl_msg *msg, *cmsg;
	char *expr, *err = NULL;

	if (!sink)
		sink = fopen("/dev/null", "w");
	from_attr(data, size);

	expr = malloc(size + 1);
	if (!expr)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	if (rtnl_ematch_parse_expr(expr, &err, &t) < 0) {
		/* a parse error leaves no tree, maybe a message */
		if (t)
			abort();
		free(err);
		free(expr);
		return 0;
	}
	free(expr);
	if (err)
		abort();

	dump(t);
	c = rtnl_ematch_tree_clone(t);
	msg = fill(t);
	if (msg) {
		/* what was sent reads back as the same tree */
		if (rtnl_ematch_parse_attr(nlmsg_data(nlmsg_hdr(msg)),
					   &back) < 0)
			abort();
		if (_rtnl_ematch_tree_differ(t, back))
			abort();
		dump(back);
		if (c) {
			if (_rtnl_ematch_tree_differ(t, c))
				abort();
			cmsg = fill(c);
			if (!cmsg)
				abort();
			same_bytes(msg, cmsg);
			nlmsg_free(cmsg);
		}
		rtnl_ematch_tree_free(back);
		nlmsg_free(msg);
	}
	rtnl_ematch_tree_free(c);
	rtnl_ematch_tree_free(t);
	return 0;
}
