/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet fifo (pfifo, limit in packets) and byte fifo (bfifo, limit in
 * bytes): TCA_OPTIONS is a raw struct tc_fifo_qopt.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/fifo.h>

#define FIFO_LIMIT 0x01

struct fifo_data {
	uint32_t limit;
	uint32_t mask;
};

static struct rtnl_tc_ops pfifo_ops;
static struct rtnl_tc_ops bfifo_ops;

static int fifo_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct fifo_data *f = data;
	struct tc_fifo_qopt o;

	(void)tc;
	if ((size_t)nla_len(opts) < sizeof(o))
		return -NLE_INVAL;
	memcpy(&o, nla_data(opts), sizeof(o));
	f->limit = o.limit;
	f->mask |= FIFO_LIMIT;
	return 0;
}

static int fifo_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct fifo_data *f = data;
	struct tc_fifo_qopt o = { 0 };

	(void)tc;
	/* as libnl always did, a fifo is only sent with its limit */
	if (!(f->mask & FIFO_LIMIT))
		return -NLE_INVAL;
	o.limit = f->limit;
	return _rtnl_tc_put_raw_opts(msg, &o, sizeof(o));
}

static void pfifo_dump_line(struct rtnl_tc *tc, void *data,
			    struct nl_dump_params *p)
{
	struct fifo_data *f = data;

	(void)tc;
	if (f && (f->mask & FIFO_LIMIT))
		nl_dump(p, " limit %u packets", f->limit);
}

static void bfifo_dump_line(struct rtnl_tc *tc, void *data,
			    struct nl_dump_params *p)
{
	struct fifo_data *f = data;
	char *unit;
	double v;

	(void)tc;
	if (!f || !(f->mask & FIFO_LIMIT))
		return;
	v = nl_cancel_down_bytes(f->limit, &unit);
	nl_dump(p, " limit %.1f%s", v, unit);
}

static struct fifo_data *fifo_data(struct rtnl_qdisc *qdisc, int *err)
{
	struct rtnl_tc *tc = TC_CAST(qdisc);

	if (rtnl_tc_get_ops(tc) == &bfifo_ops)
		return rtnl_tc_data_check(tc, &bfifo_ops, err);
	return rtnl_tc_data_check(tc, &pfifo_ops, err);
}

/**
 * Set the limit of a pfifo (packets) or bfifo (bytes) qdisc.
 * @return 0 or a negative error code (not a fifo).
 */
int rtnl_qdisc_fifo_set_limit(struct rtnl_qdisc *qdisc, int limit)
{
	int err;
	struct fifo_data *f = fifo_data(qdisc, &err);

	if (!f)
		return err;
	f->limit = (uint32_t)limit;
	f->mask |= FIFO_LIMIT;
	return 0;
}

/**
 * The limit of a fifo qdisc.
 * @return the limit, -NLE_NOATTR when not set, or another negative code.
 */
int rtnl_qdisc_fifo_get_limit(struct rtnl_qdisc *qdisc)
{
	int err;
	struct fifo_data *f = fifo_data(qdisc, &err);

	if (!f)
		return err;
	if (!(f->mask & FIFO_LIMIT))
		return -NLE_NOATTR;
	return (int)f->limit;
}

static struct rtnl_tc_ops pfifo_ops = {
	.to_kind = "pfifo",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct fifo_data),
	.to_msg_parser = fifo_parse,
	.to_msg_fill_raw = fifo_fill,
	.to_dump = { [NL_DUMP_LINE] = pfifo_dump_line },
};

static struct rtnl_tc_ops bfifo_ops = {
	.to_kind = "bfifo",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct fifo_data),
	.to_msg_parser = fifo_parse,
	.to_msg_fill_raw = fifo_fill,
	.to_dump = { [NL_DUMP_LINE] = bfifo_dump_line },
};

TC_REGISTER(pfifo_ops)
TC_REGISTER(bfifo_ops)
