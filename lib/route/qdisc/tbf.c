/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Token bucket filter (tbf): struct tc_tbf_qopt in TCA_TBF_PARMS with
 * rate tables.  Buckets are kept in bytes and travel as transmit times
 * at their rate, hence hand-written parse and fill.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/tbf.h>

#define TBF_LIMIT	0x01
#define TBF_RATE	0x02
#define TBF_PEAKRATE	0x04

#define CELL_LOG_UNSET	0xff

struct tbf_data {
	uint32_t limit;
	struct rtnl_ratespec rate;
	uint32_t rate_bucket;
	struct rtnl_ratespec peak;
	uint32_t peak_bucket;
	uint32_t mask;
};

static struct rtnl_tc_ops tbf_ops;

static struct nla_policy tbf_policy[TCA_TBF_MAX + 1] = {
	[TCA_TBF_PARMS] = { .minlen = sizeof(struct tc_tbf_qopt) },
	[TCA_TBF_RATE64] = { .type = NLA_U64 },
	[TCA_TBF_PRATE64] = { .type = NLA_U64 },
};

static int tbf_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct nlattr *tb[TCA_TBF_MAX + 1];
	struct tbf_data *t = data;
	struct tc_tbf_qopt o;
	int err;

	err = nla_parse_nested(tb, TCA_TBF_MAX, opts, tbf_policy);
	if (err < 0)
		return err;
	if (!tb[TCA_TBF_PARMS])
		return 0;
	memcpy(&o, nla_data(tb[TCA_TBF_PARMS]), sizeof(o));
	t->limit = o.limit;
	_rtnl_tc_kernel2ratespec(&t->rate, &o.rate);
	if (tb[TCA_TBF_RATE64])
		t->rate.rs_rate64 = nla_get_u64(tb[TCA_TBF_RATE64]);
	t->rate_bucket = _rtnl_tc_calc_bufsize64(o.buffer, t->rate.rs_rate64);
	t->mask |= TBF_LIMIT | TBF_RATE;
	rtnl_tc_set_mpu(tc, o.rate.mpu);
	rtnl_tc_set_overhead(tc, o.rate.overhead);

	_rtnl_tc_kernel2ratespec(&t->peak, &o.peakrate);
	if (tb[TCA_TBF_PRATE64])
		t->peak.rs_rate64 = nla_get_u64(tb[TCA_TBF_PRATE64]);
	if (t->peak.rs_rate64) {
		t->peak_bucket = _rtnl_tc_calc_bufsize64(o.mtu,
							 t->peak.rs_rate64);
		t->mask |= TBF_PEAKRATE;
	}
	return 0;
}

static uint8_t cell_log_for(uint32_t mtu)
{
	uint8_t cl = 0;

	while ((mtu >> cl) > 255 && cl < 31)
		cl++;
	return cl;
}

static int tbf_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct tbf_data *t = data;
	struct rtnl_ratespec rate, peak;
	struct tc_tbf_qopt o;
	uint32_t rtab[256], ptab[256];
	uint32_t mtu = rtnl_tc_get_mtu(tc);
	int err;

	if ((t->mask & (TBF_RATE | TBF_LIMIT)) != (TBF_RATE | TBF_LIMIT))
		return -NLE_MISSING_ATTR;

	memset(&o, 0, sizeof(o));
	o.limit = t->limit;
	rate = t->rate;
	rate.rs_mpu = (int16_t)rtnl_tc_get_mpu(tc);
	rate.rs_overhead = (uint16_t)rtnl_tc_get_overhead(tc);
	if (rate.rs_cell_log == CELL_LOG_UNSET)
		rate.rs_cell_log = cell_log_for(mtu);
	_rtnl_tc_ratespec2kernel(&o.rate, &rate);
	o.buffer = _rtnl_tc_calc_txtime64(t->rate_bucket, rate.rs_rate64);
	err = rtnl_tc_build_rate_table(tc, &rate, rtab);
	if (err < 0)
		return err;

	if (t->mask & TBF_PEAKRATE) {
		peak = t->peak;
		peak.rs_mpu = rate.rs_mpu;
		peak.rs_overhead = rate.rs_overhead;
		if (peak.rs_cell_log == CELL_LOG_UNSET)
			peak.rs_cell_log = cell_log_for(mtu);
		_rtnl_tc_ratespec2kernel(&o.peakrate, &peak);
		o.mtu = _rtnl_tc_calc_txtime64(t->peak_bucket,
					       peak.rs_rate64);
		err = rtnl_tc_build_rate_table(tc, &peak, ptab);
		if (err < 0)
			return err;
	}

	if (rate.rs_rate64 > 0xffffffffULL &&
	    nla_put_u64(msg, TCA_TBF_RATE64, rate.rs_rate64) < 0)
		return -NLE_MSGSIZE;
	if (nla_put(msg, TCA_TBF_PARMS, sizeof(o), &o) < 0 ||
	    nla_put(msg, TCA_TBF_RTAB, sizeof(rtab), rtab) < 0)
		return -NLE_MSGSIZE;
	if (t->mask & TBF_PEAKRATE) {
		if (peak.rs_rate64 > 0xffffffffULL &&
		    nla_put_u64(msg, TCA_TBF_PRATE64, peak.rs_rate64) < 0)
			return -NLE_MSGSIZE;
		if (nla_put(msg, TCA_TBF_PTAB, sizeof(ptab), ptab) < 0)
			return -NLE_MSGSIZE;
	}
	return 0;
}

static void tbf_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct tbf_data *t = data;
	char *ru, *bu, *lu;
	double r, rbit, lim;

	(void)tc;
	if (!t)
		return;
	r = nl_cancel_down_bytes(t->rate.rs_rate64, &ru);
	rbit = nl_cancel_down_bits(t->rate.rs_rate64 * 8, &bu);
	lim = nl_cancel_down_bytes(t->limit, &lu);
	nl_dump(p, " rate %.2f%s/s (%.0f%s) limit %.2f%s", r, ru, rbit, bu,
		lim, lu);
}

static void tbf_dump_details(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct tbf_data *t = data;
	char *bu, *cu;
	double bs, cl;

	(void)tc;
	if (!t)
		return;
	bs = nl_cancel_down_bytes(t->rate_bucket, &bu);
	cl = nl_cancel_down_bytes(1ULL << (t->rate.rs_cell_log & 31), &cu);
	nl_dump(p, "rate-bucket-size %1.f%s rate-cell-size %.1f%s\n", bs, bu,
		cl, cu);

	if (t->mask & TBF_PEAKRATE) {
		char *pru, *pbu, *bsu, *clu;
		double pr, pb, pbs, pcl;

		pr = nl_cancel_down_bytes(t->peak.rs_rate64, &pru);
		pb = nl_cancel_down_bits(t->peak.rs_rate64 * 8, &pbu);
		pbs = nl_cancel_down_bits(t->peak_bucket, &bsu);
		pcl = nl_cancel_down_bits(1ULL << (t->peak.rs_cell_log & 31),
					  &clu);
		nl_dump_line(p, "    peak-rate %.2f%s/s (%.0f%s) bucket-size "
				"%.1f%s cell-size %.1f%s",
			     pr, pru, pb, pbu, pbs, bsu, pcl, clu);
	}
}

static struct tbf_data *tbf_data(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &tbf_ops, err);
}

/** Set the queue limit (bytes) of a tbf qdisc. */
void rtnl_qdisc_tbf_set_limit(struct rtnl_qdisc *qdisc, int limit)
{
	struct tbf_data *t = tbf_data(qdisc, NULL);

	if (!t)
		return;
	t->limit = (uint32_t)limit;
	t->mask |= TBF_LIMIT;
}

static uint32_t limit_for(const struct rtnl_ratespec *r, uint32_t bucket,
			  int latency)
{
	return (uint32_t)((double)r->rs_rate64 * (double)latency / 1000000.0) +
	       bucket;
}

/**
 * Set the queue limit of a tbf qdisc from the longest time (in
 * microseconds) a packet may wait; the rate (and peak rate) must be set.
 * @return 0, -NLE_MISSING_ATTR, or another negative error code.
 */
int rtnl_qdisc_tbf_set_limit_by_latency(struct rtnl_qdisc *qdisc, int latency)
{
	int err;
	struct tbf_data *t = tbf_data(qdisc, &err);
	uint32_t limit;

	if (!t)
		return err;
	if (!(t->mask & TBF_RATE))
		return -NLE_MISSING_ATTR;
	limit = limit_for(&t->rate, t->rate_bucket, latency);
	if (t->mask & TBF_PEAKRATE) {
		uint32_t l2 = limit_for(&t->peak, t->peak_bucket, latency);

		if (l2 < limit)
			limit = l2;
	}
	t->limit = limit;
	t->mask |= TBF_LIMIT;
	return 0;
}

/**
 * The queue limit (bytes) of a tbf qdisc.
 * @return the limit, -NLE_NOATTR when not set, or another negative code.
 */
int rtnl_qdisc_tbf_get_limit(struct rtnl_qdisc *qdisc)
{
	int err;
	struct tbf_data *t = tbf_data(qdisc, &err);

	if (!t)
		return err;
	return (t->mask & TBF_LIMIT) ? (int)t->limit : -NLE_NOATTR;
}

static uint8_t cell_log_of(int cell)
{
	int cl;

	if (cell <= 0)
		return CELL_LOG_UNSET;
	cl = rtnl_tc_calc_cell_log(cell);
	return cl < 0 ? CELL_LOG_UNSET : (uint8_t)cl;
}

/**
 * Set the rate (bytes/s), bucket size (bytes) and cell size (bytes, a
 * power of two; 0 to derive it from the MTU) of a tbf qdisc.
 */
void rtnl_qdisc_tbf_set_rate(struct rtnl_qdisc *qdisc, int rate, int bucket,
			     int cell)
{
	struct tbf_data *t = tbf_data(qdisc, NULL);

	if (!t)
		return;
	t->rate.rs_rate64 = (uint32_t)rate;
	t->rate.rs_cell_log = cell_log_of(cell);
	t->rate_bucket = (uint32_t)bucket;
	t->mask |= TBF_RATE;
}

#define TBF_GETTER(NAME, BIT, EXPR)                                            \
	int rtnl_qdisc_tbf_get_##NAME(struct rtnl_qdisc *qdisc)                \
	{                                                                      \
		int err;                                                       \
		struct tbf_data *t = tbf_data(qdisc, &err);                    \
                                                                               \
		if (!t)                                                        \
			return err;                                            \
		return (t->mask & (BIT)) ? (int)(EXPR) : -NLE_FAILURE;         \
	}

/* Unset values are -NLE_FAILURE, as upstream returns. */
/** The rate (bytes/s), -NLE_FAILURE if unset. */
TBF_GETTER(rate, TBF_RATE, t->rate.rs_rate64)
/** The bucket size (bytes) of the rate, -NLE_FAILURE if unset. */
TBF_GETTER(rate_bucket, TBF_RATE, t->rate_bucket)
/** The cell size (bytes) of the rate, -NLE_FAILURE if unset. */
TBF_GETTER(rate_cell, TBF_RATE, 1U << (t->rate.rs_cell_log & 31))
/** The peak rate (bytes/s), -NLE_FAILURE if unset. */
TBF_GETTER(peakrate, TBF_PEAKRATE, t->peak.rs_rate64)
/** The bucket size (bytes) of the peak rate, -NLE_FAILURE if unset. */
TBF_GETTER(peakrate_bucket, TBF_PEAKRATE, t->peak_bucket)
/** The cell size (bytes) of the peak rate, -NLE_FAILURE if unset. */
TBF_GETTER(peakrate_cell, TBF_PEAKRATE, 1U << (t->peak.rs_cell_log & 31))

/**
 * Set the peak rate (bytes/s), its bucket (bytes) and cell size of a tbf
 * qdisc.
 * @return 0 or a negative error code.
 */
int rtnl_qdisc_tbf_set_peakrate(struct rtnl_qdisc *qdisc, int rate,
				int bucket, int cell)
{
	int err;
	struct tbf_data *t = tbf_data(qdisc, &err);

	if (!t)
		return err;
	/* as upstream, the peak rate needs a valid cell size */
	if (rtnl_tc_calc_cell_log(cell) < 0)
		return -NLE_INVAL;
	t->peak.rs_rate64 = (uint32_t)rate;
	t->peak.rs_cell_log = cell_log_of(cell);
	t->peak_bucket = (uint32_t)bucket;
	t->mask |= TBF_PEAKRATE;
	return 0;
}

static struct rtnl_tc_ops tbf_ops = {
	.to_kind = "tbf",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct tbf_data),
	.to_msg_parser = tbf_parse,
	.to_msg_fill = tbf_fill,
	.to_dump = {
		[NL_DUMP_LINE] = tbf_dump_line,
		[NL_DUMP_DETAILS] = tbf_dump_details,
	},
};

TC_REGISTER(tbf_ops)
