/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Stochastic fairness queueing (sfq): TCA_OPTIONS is a raw struct
 * tc_sfq_qopt.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/sfq.h>

#define SFQ_QUANTUM	0x01
#define SFQ_PERTURB	0x02
#define SFQ_LIMIT	0x04
#define SFQ_DIVISOR	0x08

struct sfq_data {
	uint32_t quantum;
	uint32_t perturb;
	uint32_t limit;
	uint32_t divisor;
	uint32_t mask;
};

static struct rtnl_tc_ops sfq_ops;

static int sfq_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct sfq_data *s = data;
	struct tc_sfq_qopt o;

	(void)tc;
	if ((size_t)nla_len(opts) < sizeof(o))
		return -NLE_INVAL;
	memcpy(&o, nla_data(opts), sizeof(o));
	s->quantum = o.quantum;
	s->perturb = (uint32_t)o.perturb_period;
	s->limit = o.limit;
	s->divisor = o.divisor;
	s->mask = SFQ_QUANTUM | SFQ_PERTURB | SFQ_LIMIT | SFQ_DIVISOR;
	return 0;
}

static int sfq_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct sfq_data *s = data;
	struct tc_sfq_qopt o;

	(void)tc;
	memset(&o, 0, sizeof(o));
	if (s->mask & SFQ_QUANTUM)
		o.quantum = s->quantum;
	if (s->mask & SFQ_PERTURB)
		o.perturb_period = (int)s->perturb;
	if (s->mask & SFQ_LIMIT)
		o.limit = s->limit;
	return _rtnl_tc_put_raw_opts(msg, &o, sizeof(o));
}

static void sfq_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct sfq_data *s = data;

	(void)tc;
	if (s)
		nl_dump(p, " quantum %u perturb %us", s->quantum, s->perturb);
}

static void sfq_dump_details(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct sfq_data *s = data;

	(void)tc;
	if (s)
		nl_dump(p, "limit %u divisor %u", s->limit, s->divisor);
}

static struct sfq_data *sfq_data(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &sfq_ops, err);
}

static void sfq_set(struct rtnl_qdisc *qdisc, uint32_t bit, int v)
{
	struct sfq_data *s = sfq_data(qdisc, NULL);

	if (!s)
		return;
	switch (bit) {
	case SFQ_QUANTUM:
		s->quantum = (uint32_t)v;
		break;
	case SFQ_PERTURB:
		s->perturb = (uint32_t)v;
		break;
	case SFQ_LIMIT:
		s->limit = (uint32_t)v;
		break;
	}
	s->mask |= bit;
}

static int sfq_get(struct rtnl_qdisc *qdisc, uint32_t bit)
{
	int err;
	struct sfq_data *s = sfq_data(qdisc, &err);

	if (!s)
		return err;
	if (!(s->mask & bit))
		return -NLE_NOATTR;
	switch (bit) {
	case SFQ_QUANTUM:
		return (int)s->quantum;
	case SFQ_PERTURB:
		return (int)s->perturb;
	case SFQ_LIMIT:
		return (int)s->limit;
	default:
		return (int)s->divisor;
	}
}

/** Set the bytes a flow may send per round of an sfq qdisc. */
void rtnl_sfq_set_quantum(struct rtnl_qdisc *qdisc, int quantum)
{
	sfq_set(qdisc, SFQ_QUANTUM, quantum);
}

/** The quantum of an sfq qdisc, -NLE_NOATTR when not set. */
int rtnl_sfq_get_quantum(struct rtnl_qdisc *qdisc)
{
	return sfq_get(qdisc, SFQ_QUANTUM);
}

/** Set the queue limit (packets) of an sfq qdisc. */
void rtnl_sfq_set_limit(struct rtnl_qdisc *qdisc, int limit)
{
	sfq_set(qdisc, SFQ_LIMIT, limit);
}

/** The queue limit of an sfq qdisc, -NLE_NOATTR when not set. */
int rtnl_sfq_get_limit(struct rtnl_qdisc *qdisc)
{
	return sfq_get(qdisc, SFQ_LIMIT);
}

/** Set the hash perturbation period (seconds) of an sfq qdisc. */
void rtnl_sfq_set_perturb(struct rtnl_qdisc *qdisc, int perturb)
{
	sfq_set(qdisc, SFQ_PERTURB, perturb);
}

/** The perturbation period of an sfq qdisc, -NLE_NOATTR when not set. */
int rtnl_sfq_get_perturb(struct rtnl_qdisc *qdisc)
{
	return sfq_get(qdisc, SFQ_PERTURB);
}

/** The hash table size of an sfq qdisc (read from the kernel only). */
int rtnl_sfq_get_divisor(struct rtnl_qdisc *qdisc)
{
	return sfq_get(qdisc, SFQ_DIVISOR);
}

static struct rtnl_tc_ops sfq_ops = {
	.to_kind = "sfq",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct sfq_data),
	.to_msg_parser = sfq_parse,
	.to_msg_fill_raw = sfq_fill,
	.to_dump = {
		[NL_DUMP_LINE] = sfq_dump_line,
		[NL_DUMP_DETAILS] = sfq_dump_details,
	},
};

TC_REGISTER(sfq_ops)
