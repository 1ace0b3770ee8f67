/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Multiqueue priority (mqprio): TCA_OPTIONS is a struct tc_mqprio_qopt
 * followed by nested attributes (mode, shaper, per-class rate limits).
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/mqprio.h>

#define MQ_NUM_TC	0x01
#define MQ_PRIOMAP	0x02
#define MQ_HW		0x04
#define MQ_QUEUE	0x08
#define MQ_MODE		0x10
#define MQ_SHAPER	0x20
#define MQ_MIN_RATE	0x40
#define MQ_MAX_RATE	0x80

struct mqprio_data {
	struct tc_mqprio_qopt q;
	uint16_t mode;
	uint16_t shaper;
	uint64_t min_rate[TC_QOPT_MAX_QUEUE];
	uint64_t max_rate[TC_QOPT_MAX_QUEUE];
	uint32_t mask;
};

static struct rtnl_tc_ops mqprio_ops;

static struct nla_policy mqprio_policy[TCA_MQPRIO_MAX + 1] = {
	[TCA_MQPRIO_MODE] = { .type = NLA_U16 },
	[TCA_MQPRIO_SHAPER] = { .type = NLA_U16 },
	[TCA_MQPRIO_MIN_RATE64] = { .type = NLA_NESTED },
	[TCA_MQPRIO_MAX_RATE64] = { .type = NLA_NESTED },
};

static void parse_rates(uint64_t *dst, struct nlattr *nest, int type)
{
	struct nlattr *a;
	int rem, i = 0;

	memset(dst, 0, sizeof(uint64_t) * TC_QOPT_MAX_QUEUE);
	nla_for_each_nested(a, nest, rem) {
		if (nla_type(a) != type || nla_len(a) < 8)
			continue;
		if (i >= TC_QOPT_MAX_QUEUE)
			break;
		dst[i++] = nla_get_u64(a);
	}
}

static int mqprio_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct mqprio_data *m = data;
	struct nlattr *tb[TCA_MQPRIO_MAX + 1];
	size_t hdr = NLA_ALIGN(sizeof(m->q));
	int len = nla_len(opts), err;

	(void)tc;
	if ((size_t)len < sizeof(m->q))
		return -NLE_INVAL;
	memcpy(&m->q, nla_data(opts), sizeof(m->q));
	m->mask |= MQ_NUM_TC | MQ_PRIOMAP | MQ_HW | MQ_QUEUE;
	if ((size_t)len <= hdr)
		return 0;
	err = nla_parse(tb, TCA_MQPRIO_MAX,
			(struct nlattr *)((char *)nla_data(opts) + hdr),
			len - (int)hdr, mqprio_policy);
	if (err < 0)
		return err;
	if (tb[TCA_MQPRIO_MODE]) {
		m->mode = nla_get_u16(tb[TCA_MQPRIO_MODE]);
		m->mask |= MQ_MODE;
	}
	if (tb[TCA_MQPRIO_SHAPER]) {
		m->shaper = nla_get_u16(tb[TCA_MQPRIO_SHAPER]);
		m->mask |= MQ_SHAPER;
	}
	if (tb[TCA_MQPRIO_MIN_RATE64]) {
		parse_rates(m->min_rate, tb[TCA_MQPRIO_MIN_RATE64],
			    TCA_MQPRIO_MIN_RATE64);
		m->mask |= MQ_MIN_RATE;
	}
	if (tb[TCA_MQPRIO_MAX_RATE64]) {
		parse_rates(m->max_rate, tb[TCA_MQPRIO_MAX_RATE64],
			    TCA_MQPRIO_MAX_RATE64);
		m->mask |= MQ_MAX_RATE;
	}
	return 0;
}

static int put_rates(struct nl_msg *msg, int type, const uint64_t *r,
		     unsigned int n)
{
	struct nlattr *nest = nla_nest_start(msg, type);
	unsigned int i;

	if (!nest)
		return -NLE_MSGSIZE;
	for (i = 0; i < n; i++)
		if (nla_put_u64(msg, type, r[i]) < 0)
			return -NLE_MSGSIZE;
	nla_nest_end(msg, nest);
	return 0;
}

static int mqprio_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct mqprio_data *m = data;
	struct nlattr *opts;
	unsigned int n;

	(void)tc;
	/* as upstream: the classes, the map and the queues are needed */
	if ((m->mask & (MQ_NUM_TC | MQ_PRIOMAP | MQ_QUEUE)) !=
	    (MQ_NUM_TC | MQ_PRIOMAP | MQ_QUEUE))
		return -NLE_INVAL;
	n = m->q.num_tc > TC_QOPT_MAX_QUEUE ? TC_QOPT_MAX_QUEUE : m->q.num_tc;
	opts = nla_nest_start(msg, TCA_OPTIONS);
	if (!opts || nlmsg_append(msg, &m->q, sizeof(m->q), NLMSG_ALIGNTO) < 0)
		return -NLE_MSGSIZE;
	if ((m->mask & MQ_MODE) &&
	    nla_put_u16(msg, TCA_MQPRIO_MODE, m->mode) < 0)
		return -NLE_MSGSIZE;
	if ((m->mask & MQ_SHAPER) &&
	    nla_put_u16(msg, TCA_MQPRIO_SHAPER, m->shaper) < 0)
		return -NLE_MSGSIZE;
	if ((m->mask & MQ_MIN_RATE) &&
	    put_rates(msg, TCA_MQPRIO_MIN_RATE64, m->min_rate, n) < 0)
		return -NLE_MSGSIZE;
	if ((m->mask & MQ_MAX_RATE) &&
	    put_rates(msg, TCA_MQPRIO_MAX_RATE64, m->max_rate, n) < 0)
		return -NLE_MSGSIZE;
	nla_nest_end(msg, opts);
	return 0;
}

static void mqprio_dump_line(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct mqprio_data *m = data;

	(void)tc;
	if (m && (m->mask & MQ_NUM_TC))
		nl_dump(p, " num_tc %u", m->q.num_tc);
}

static void mqprio_dump_details(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	struct mqprio_data *m = data;
	int i;

	(void)tc;
	if (!m)
		return;
	nl_dump(p, "map [");
	for (i = 0; i <= TC_QOPT_BITMASK; i++)
		nl_dump(p, "%u%s", m->q.prio_tc_map[i],
			i < TC_QOPT_BITMASK ? " " : "");
	nl_dump(p, "]\n");
}

static struct mqprio_data *mq(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &mqprio_ops, err);
}

/** Set the number of traffic classes; 0 or an error code. */
int rtnl_qdisc_mqprio_set_num_tc(struct rtnl_qdisc *qdisc, int num_tc)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	/* not checked here, as upstream (the kernel checks it) */
	m->q.num_tc = (uint8_t)num_tc;
	m->mask |= MQ_NUM_TC;
	return 0;
}

/** The number of traffic classes, -NLE_MISSING_ATTR when not set. */
int rtnl_qdisc_mqprio_get_num_tc(struct rtnl_qdisc *qdisc)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	return (m->mask & MQ_NUM_TC) ? m->q.num_tc : -NLE_MISSING_ATTR;
}

/**
 * Set the map of priorities to traffic classes (at most 16 entries, each
 * below the number of classes, which must be set first).
 * @return 0, -NLE_MISSING_ATTR, -NLE_RANGE, or another error code.
 */
int rtnl_qdisc_mqprio_set_priomap(struct rtnl_qdisc *qdisc, uint8_t priomap[],
				  int len)
{
	int err, i;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	if (!(m->mask & MQ_NUM_TC))
		return -NLE_MISSING_ATTR;
	if (len < 0 || len > TC_QOPT_BITMASK + 1)
		return -NLE_RANGE;
	for (i = 0; i < len; i++)
		if (priomap[i] >= m->q.num_tc)
			return -NLE_RANGE;
	memset(m->q.prio_tc_map, 0, sizeof(m->q.prio_tc_map));
	memcpy(m->q.prio_tc_map, priomap, (size_t)len);
	m->mask |= MQ_PRIOMAP;
	return 0;
}

/** The priority map (16 entries), or NULL when not set. */
uint8_t *rtnl_qdisc_mqprio_get_priomap(struct rtnl_qdisc *qdisc)
{
	struct mqprio_data *m = mq(qdisc, NULL);

	return (m && (m->mask & MQ_PRIOMAP)) ? m->q.prio_tc_map : NULL;
}

/** Ask for (nonzero) or refuse hardware offload; 0 or an error code. */
int rtnl_qdisc_mqprio_hw_offload(struct rtnl_qdisc *qdisc, int offload)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	m->q.hw = offload ? 1 : 0;
	m->mask |= MQ_HW;
	return 0;
}

/** The hardware offload setting, 0 when not set. */
int rtnl_qdisc_mqprio_get_hw_offload(struct rtnl_qdisc *qdisc)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	return (m->mask & MQ_HW) ? m->q.hw : 0;
}

/**
 * Set the queue count and first queue of each traffic class (@a num
 * entries; the number of classes must be set).
 * @return 0, -NLE_MISSING_ATTR, -NLE_RANGE, or another error code.
 */
int rtnl_qdisc_mqprio_set_queue(struct rtnl_qdisc *qdisc, uint16_t count[],
				uint16_t offset[], int num)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	if (!(m->mask & MQ_NUM_TC))
		return -NLE_MISSING_ATTR;
	if (num < 0 || num > TC_QOPT_MAX_QUEUE || !count || !offset)
		return -NLE_RANGE;
	memset(m->q.count, 0, sizeof(m->q.count));
	memset(m->q.offset, 0, sizeof(m->q.offset));
	memcpy(m->q.count, count, (size_t)num * sizeof(uint16_t));
	memcpy(m->q.offset, offset, (size_t)num * sizeof(uint16_t));
	m->mask |= MQ_QUEUE;
	return 0;
}

/**
 * Copy the queue counts and offsets (16 entries each) into @a count and
 * @a offset.
 * @return 0, -NLE_MISSING_ATTR when not set.
 */
int rtnl_qdisc_mqprio_get_queue(struct rtnl_qdisc *qdisc, uint16_t *count,
				uint16_t *offset)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	if (!(m->mask & MQ_QUEUE))
		return -NLE_MISSING_ATTR;
	if (count)
		memcpy(count, m->q.count, sizeof(m->q.count));
	if (offset)
		memcpy(offset, m->q.offset, sizeof(m->q.offset));
	return 0;
}

/** Set the mode (TC_MQPRIO_MODE_*); 0 or an error code. */
int rtnl_qdisc_mqprio_set_mode(struct rtnl_qdisc *qdisc, uint16_t mode)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	m->mode = mode;
	m->mask |= MQ_MODE;
	return 0;
}

/** The mode, -NLE_MISSING_ATTR when not set. */
int rtnl_qdisc_mqprio_get_mode(struct rtnl_qdisc *qdisc)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	return (m->mask & MQ_MODE) ? m->mode : -NLE_MISSING_ATTR;
}

/** Set the shaper (TC_MQPRIO_SHAPER_*); 0 or an error code. */
int rtnl_qdisc_mqprio_set_shaper(struct rtnl_qdisc *qdisc, uint16_t shaper)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	m->shaper = shaper;
	m->mask |= MQ_SHAPER;
	return 0;
}

/** The shaper, -NLE_MISSING_ATTR when not set. */
int rtnl_qdisc_mqprio_get_shaper(struct rtnl_qdisc *qdisc)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	return (m->mask & MQ_SHAPER) ? m->shaper : -NLE_MISSING_ATTR;
}

static int set_rates(struct rtnl_qdisc *qdisc, uint32_t bit,
		     const uint64_t *r, int len)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);
	uint64_t *dst;

	if (!m)
		return err;
	/* upstream's code for any shaper but the bandwidth-rate one */
	if (!(m->mask & MQ_SHAPER) || m->shaper != TC_MQPRIO_SHAPER_BW_RATE)
		return -NLE_MISSING_ATTR;
	if (len < 0 || len > TC_QOPT_MAX_QUEUE || (!r && len))
		return -NLE_RANGE;
	dst = bit == MQ_MIN_RATE ? m->min_rate : m->max_rate;
	memset(dst, 0, sizeof(m->min_rate));
	if (len)
		memcpy(dst, r, (size_t)len * sizeof(uint64_t));
	m->mask |= bit;
	return 0;
}

static int get_rates(struct rtnl_qdisc *qdisc, uint32_t bit, uint64_t *out)
{
	int err;
	struct mqprio_data *m = mq(qdisc, &err);

	if (!m)
		return err;
	if (!(m->mask & bit))
		return -NLE_MISSING_ATTR;
	if (out)
		memcpy(out, bit == MQ_MIN_RATE ? m->min_rate : m->max_rate,
		       sizeof(m->min_rate));
	return 0;
}

/**
 * Set the minimum rate (bytes/s) of each traffic class; needs the
 * bandwidth-rate shaper.
 * @return 0, -NLE_MISSING_ATTR, -NLE_INVAL, -NLE_RANGE.
 */
int rtnl_qdisc_mqprio_set_min_rate(struct rtnl_qdisc *qdisc, uint64_t min[],
				   int len)
{
	return set_rates(qdisc, MQ_MIN_RATE, min, len);
}

/** Copy the 16 minimum rates into @a min; -NLE_MISSING_ATTR if unset. */
int rtnl_qdisc_mqprio_get_min_rate(struct rtnl_qdisc *qdisc, uint64_t *min)
{
	return get_rates(qdisc, MQ_MIN_RATE, min);
}

/** Set the maximum rate (bytes/s) of each traffic class, as _min_rate. */
int rtnl_qdisc_mqprio_set_max_rate(struct rtnl_qdisc *qdisc, uint64_t max[],
				   int len)
{
	return set_rates(qdisc, MQ_MAX_RATE, max, len);
}

/** Copy the 16 maximum rates into @a max; -NLE_MISSING_ATTR if unset. */
int rtnl_qdisc_mqprio_get_max_rate(struct rtnl_qdisc *qdisc, uint64_t *max)
{
	return get_rates(qdisc, MQ_MAX_RATE, max);
}

static struct rtnl_tc_ops mqprio_ops = {
	.to_kind = "mqprio",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct mqprio_data),
	.to_msg_parser = mqprio_parse,
	.to_msg_fill_raw = mqprio_fill,
	.to_dump = {
		[NL_DUMP_LINE] = mqprio_dump_line,
		[NL_DUMP_DETAILS] = mqprio_dump_details,
	},
};

TC_REGISTER(mqprio_ops)
