/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Fair queueing with controlled delay (fq_codel): nested u32 attributes,
 * described by one table.
 */

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/fq_codel.h>

#define FQC_TARGET	0x01
#define FQC_LIMIT	0x02
#define FQC_INTERVAL	0x04
#define FQC_FLOWS	0x08
#define FQC_QUANTUM	0x10
#define FQC_ECN		0x20

struct fq_codel_data {
	uint32_t target;
	uint32_t limit;
	uint32_t interval;
	uint32_t flows;
	uint32_t quantum;
	uint32_t ecn;
	uint64_t mask;
};

#define F(m, bit, name, A)                                                   \
	NLO_ENTRY(struct fq_codel_data, m, bit, name, NLO_U32, .nla = (A))

static const struct nlo_attr fq_codel_attrs[] = {
	F(target, FQC_TARGET, "target", TCA_FQ_CODEL_TARGET),
	F(limit, FQC_LIMIT, "limit", TCA_FQ_CODEL_LIMIT),
	F(interval, FQC_INTERVAL, "interval", TCA_FQ_CODEL_INTERVAL),
	F(flows, FQC_FLOWS, "flows", TCA_FQ_CODEL_FLOWS),
	F(quantum, FQC_QUANTUM, "quantum", TCA_FQ_CODEL_QUANTUM),
	F(ecn, FQC_ECN, "ecn", TCA_FQ_CODEL_ECN),
};

static const uint16_t fq_codel_order[] = {
	TCA_FQ_CODEL_LIMIT, TCA_FQ_CODEL_INTERVAL, TCA_FQ_CODEL_TARGET,
	TCA_FQ_CODEL_QUANTUM, TCA_FQ_CODEL_FLOWS, TCA_FQ_CODEL_ECN,
};

static const struct nlo_table fq_codel_table =
	NLO_TABLE_ORDERED(struct fq_codel_data, mask, fq_codel_attrs,
			  TCA_FQ_CODEL_QUANTUM, fq_codel_order);

static struct rtnl_tc_ops fq_codel_ops;

static void fq_codel_dump_line(struct rtnl_tc *tc, void *data,
			       struct nl_dump_params *p)
{
	struct fq_codel_data *d = data;

	(void)tc;
	if (!d)
		return;
	if (d->mask & FQC_LIMIT)
		nl_dump(p, " limit %u packets", d->limit);
	if (d->mask & FQC_TARGET)
		nl_dump(p, " target %u", d->target);
	if (d->mask & FQC_INTERVAL)
		nl_dump(p, " interval %u", d->interval);
	if (d->mask & FQC_ECN)
		nl_dump(p, " ecn %u", d->ecn);
	if (d->mask & FQC_FLOWS)
		nl_dump(p, " flows %u", d->flows);
	if (d->mask & FQC_QUANTUM)
		nl_dump(p, " quantum %u", d->quantum);
}

static struct fq_codel_data *fqc(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &fq_codel_ops, err);
}

#define FQC_SET(NAME, T, BIT)                                                  \
	int rtnl_qdisc_fq_codel_set_##NAME(struct rtnl_qdisc *qdisc, T v)      \
	{                                                                      \
		int err;                                                       \
		struct fq_codel_data *d = fqc(qdisc, &err);                    \
                                                                               \
		if (!d)                                                        \
			return err;                                            \
		d->NAME = (uint32_t)v;                                         \
		d->mask |= (BIT);                                              \
		return 0;                                                      \
	}

/* int getters: -NLE_NOATTR when not set; u32 getters: 0 when not set */
#define FQC_GET_INT(NAME, BIT)                                                 \
	int rtnl_qdisc_fq_codel_get_##NAME(struct rtnl_qdisc *qdisc)           \
	{                                                                      \
		int err;                                                       \
		struct fq_codel_data *d = fqc(qdisc, &err);                    \
                                                                               \
		if (!d)                                                        \
			return err;                                            \
		return (d->mask & (BIT)) ? (int)d->NAME : -NLE_NOATTR;         \
	}

#define FQC_GET_U32(NAME, BIT)                                                 \
	uint32_t rtnl_qdisc_fq_codel_get_##NAME(struct rtnl_qdisc *qdisc)      \
	{                                                                      \
		struct fq_codel_data *d = fqc(qdisc, NULL);                    \
                                                                               \
		return (d && (d->mask & (BIT))) ? d->NAME : 0;                 \
	}

/** Set the queue limit (packets); 0 or a negative error code. */
FQC_SET(limit, int, FQC_LIMIT)
/** The queue limit, -NLE_NOATTR when not set. */
FQC_GET_INT(limit, FQC_LIMIT)
/** Set the target queue delay (microseconds); 0 or an error code. */
FQC_SET(target, uint32_t, FQC_TARGET)
/** The target delay (microseconds), 0 when not set. */
FQC_GET_U32(target, FQC_TARGET)
/** Set the interval (microseconds); 0 or an error code. */
FQC_SET(interval, uint32_t, FQC_INTERVAL)
/** The interval (microseconds), 0 when not set. */
FQC_GET_U32(interval, FQC_INTERVAL)
/** Set the quantum (bytes); 0 or an error code. */
FQC_SET(quantum, uint32_t, FQC_QUANTUM)
/** The quantum (bytes), 0 when not set. */
FQC_GET_U32(quantum, FQC_QUANTUM)
/** Set the number of flows; 0 or an error code. */
FQC_SET(flows, int, FQC_FLOWS)
/** The number of flows, -NLE_NOATTR when not set. */
FQC_GET_INT(flows, FQC_FLOWS)
/** Enable (nonzero) or disable ECN marking; 0 or an error code. */
FQC_SET(ecn, int, FQC_ECN)
/** ECN marking, -NLE_NOATTR when not set. */
FQC_GET_INT(ecn, FQC_ECN)

static struct rtnl_tc_ops fq_codel_ops = {
	.to_kind = "fq_codel",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct fq_codel_data),
	.to_table = &fq_codel_table,
	.to_dump = {
		[NL_DUMP_LINE] = fq_codel_dump_line,
	},
};

TC_REGISTER(fq_codel_ops)
