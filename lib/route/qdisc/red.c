/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Random early detection (red): struct tc_red_qopt in TCA_RED_PARMS.  Only
 * the limit has accessors, and, as upstream's, a red qdisc cannot be put
 * into a request (-NLE_OPNOTSUPP).
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/red.h>

#define RED_LIMIT	0x01
#define RED_PARMS	0x02

struct red_data {
	struct tc_red_qopt parms;
	uint32_t mask;
};

static struct rtnl_tc_ops red_ops;

static struct nla_policy red_policy[TCA_RED_MAX + 1] = {
	[TCA_RED_PARMS] = { .minlen = sizeof(struct tc_red_qopt) },
};

static int red_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct nlattr *tb[TCA_RED_MAX + 1];
	struct red_data *r = data;
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_RED_MAX, opts, red_policy);
	if (err < 0)
		return err;
	if (tb[TCA_RED_PARMS]) {
		memcpy(&r->parms, nla_data(tb[TCA_RED_PARMS]),
		       sizeof(r->parms));
		r->mask |= RED_LIMIT | RED_PARMS;
	}
	return 0;
}

static int red_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	(void)tc;
	(void)data;
	(void)msg;
	return -NLE_OPNOTSUPP;
}

/* Debian's libnl prints no red parameters at either level. */
static void red_dump_none(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	(void)p;
}

/** Set the queue limit (bytes) of a red qdisc. */
void rtnl_red_set_limit(struct rtnl_qdisc *qdisc, int limit)
{
	struct red_data *r = rtnl_tc_data_check(TC_CAST(qdisc), &red_ops,
						NULL);

	if (!r)
		return;
	r->parms.limit = (uint32_t)limit;
	r->mask |= RED_LIMIT;
}

/** The queue limit of a red qdisc, -NLE_NOATTR when not set. */
int rtnl_red_get_limit(struct rtnl_qdisc *qdisc)
{
	int err;
	struct red_data *r = rtnl_tc_data_check(TC_CAST(qdisc), &red_ops,
						&err);

	if (!r)
		return err;
	return (r->mask & RED_LIMIT) ? (int)r->parms.limit : -NLE_NOATTR;
}

static struct rtnl_tc_ops red_ops = {
	.to_kind = "red",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct red_data),
	.to_msg_parser = red_parse,
	.to_msg_fill = red_fill,
	.to_dump = {
		[NL_DUMP_LINE] = red_dump_none,
		[NL_DUMP_DETAILS] = red_dump_none,
	},
};

TC_REGISTER(red_ops)
