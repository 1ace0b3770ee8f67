/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hierarchy token bucket (htb).  The qdisc carries struct tc_htb_glob in
 * TCA_HTB_INIT; a class carries struct tc_htb_opt in TCA_HTB_PARMS with
 * rate tables and 64-bit rates.  Buffers are kept in bytes and sent as
 * transmit times at the matching rate, hence hand-written parse and fill.
 */

#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/qdisc/htb.h>

#define HTB_QD_R2Q	0x01
#define HTB_QD_DEFCLS	0x02

#define HTB_CL_PRIO	0x01
#define HTB_CL_RATE	0x02
#define HTB_CL_CEIL	0x04
#define HTB_CL_RBUFFER	0x08
#define HTB_CL_CBUFFER	0x10
#define HTB_CL_QUANTUM	0x20
#define HTB_CL_LEVEL	0x40

/* "compute the cell log from the MTU" */
#define CELL_LOG_UNSET	0xff

struct htb_qdisc {
	uint32_t qh_rate2quantum;
	uint32_t qh_defcls;
	uint32_t qh_direct_pkts;
	uint32_t qh_mask;
};

struct htb_class {
	uint32_t ch_prio;
	struct rtnl_ratespec ch_rate;
	struct rtnl_ratespec ch_ceil;
	uint32_t ch_rbuffer;	/* bytes */
	uint32_t ch_cbuffer;	/* bytes */
	uint32_t ch_quantum;
	uint32_t ch_level;
	uint32_t ch_mask;
};

static struct rtnl_tc_ops htb_qdisc_ops;
static struct rtnl_tc_ops htb_class_ops;

static struct nla_policy htb_policy[TCA_HTB_MAX + 1] = {
	[TCA_HTB_INIT] = { .minlen = sizeof(struct tc_htb_glob) },
	[TCA_HTB_PARMS] = { .minlen = sizeof(struct tc_htb_opt) },
	[TCA_HTB_RATE64] = { .type = NLA_U64 },
	[TCA_HTB_CEIL64] = { .type = NLA_U64 },
};

static int htb_qdisc_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct nlattr *tb[TCA_HTB_MAX + 1];
	struct htb_qdisc *q = data;
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_HTB_MAX, opts, htb_policy);
	if (err < 0)
		return err;
	if (tb[TCA_HTB_INIT]) {
		struct tc_htb_glob g;

		memcpy(&g, nla_data(tb[TCA_HTB_INIT]), sizeof(g));
		q->qh_rate2quantum = g.rate2quantum;
		q->qh_defcls = g.defcls;
		q->qh_direct_pkts = g.direct_pkts;
		q->qh_mask |= HTB_QD_R2Q | HTB_QD_DEFCLS;
	}
	return 0;
}

static int htb_qdisc_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct htb_qdisc *q = data;
	struct tc_htb_glob g = {
		.version = TC_HTB_PROTOVER,
		.rate2quantum = 10,
	};

	(void)tc;
	if (q->qh_mask & HTB_QD_R2Q)
		g.rate2quantum = q->qh_rate2quantum;
	if (q->qh_mask & HTB_QD_DEFCLS)
		g.defcls = q->qh_defcls;
	return nla_put(msg, TCA_HTB_INIT, sizeof(g), &g) < 0 ? -NLE_MSGSIZE
							    : 0;
}

static void htb_qdisc_dump_line(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	struct htb_qdisc *q = data;
	char buf[32];

	(void)tc;
	if (!q)
		return;
	if (q->qh_mask & HTB_QD_R2Q)
		nl_dump(p, " r2q %u", q->qh_rate2quantum);
	if (q->qh_mask & HTB_QD_DEFCLS)
		nl_dump(p, " default-class %s",
			rtnl_tc_handle2str(q->qh_defcls, buf, sizeof(buf)));
}

static void spec_from_kernel(struct rtnl_ratespec *dst,
			     const struct tc_ratespec *src, struct nlattr *r64)
{
	_rtnl_tc_kernel2ratespec(dst, src);
	if (r64)
		dst->rs_rate64 = nla_get_u64(r64);
}

static int htb_class_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct nlattr *tb[TCA_HTB_MAX + 1];
	struct htb_class *c = data;
	int err;

	err = nla_parse_nested(tb, TCA_HTB_MAX, opts, htb_policy);
	if (err < 0)
		return err;
	if (tb[TCA_HTB_PARMS]) {
		struct tc_htb_opt o;

		memcpy(&o, nla_data(tb[TCA_HTB_PARMS]), sizeof(o));
		c->ch_prio = o.prio;
		spec_from_kernel(&c->ch_rate, &o.rate, tb[TCA_HTB_RATE64]);
		spec_from_kernel(&c->ch_ceil, &o.ceil, tb[TCA_HTB_CEIL64]);
		c->ch_rbuffer = _rtnl_tc_calc_bufsize64(o.buffer,
							c->ch_rate.rs_rate64);
		c->ch_cbuffer = _rtnl_tc_calc_bufsize64(o.cbuffer,
							c->ch_ceil.rs_rate64);
		c->ch_quantum = o.quantum;
		c->ch_level = o.level;
		c->ch_mask |= HTB_CL_PRIO | HTB_CL_RATE | HTB_CL_CEIL |
			      HTB_CL_RBUFFER | HTB_CL_CBUFFER | HTB_CL_QUANTUM |
			      HTB_CL_LEVEL;
		rtnl_tc_set_mpu(tc, o.rate.mpu);
		rtnl_tc_set_overhead(tc, o.rate.overhead);
	}
	return 0;
}

/* Cell log that keeps mtu within the 256 slots of a rate table. */
static uint8_t cell_log_for(uint32_t mtu)
{
	uint8_t cl = 0;

	while ((mtu >> cl) > 255 && cl < 31)
		cl++;
	return cl;
}

static int htb_class_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct htb_class *c = data;
	struct rtnl_ratespec rate, ceil;
	struct tc_htb_opt o;
	uint32_t mtu, rtab[256], ctab[256], buffer, cbuffer;
	int err;

	if (!(c->ch_mask & HTB_CL_RATE))
		return -NLE_MISSING_ATTR;

	mtu = rtnl_tc_get_mtu(tc);
	rate = c->ch_rate;
	ceil = (c->ch_mask & HTB_CL_CEIL) ? c->ch_ceil : c->ch_rate;
	rate.rs_mpu = (int16_t)rtnl_tc_get_mpu(tc);
	rate.rs_overhead = (uint16_t)rtnl_tc_get_overhead(tc);
	ceil.rs_mpu = rate.rs_mpu;
	ceil.rs_overhead = rate.rs_overhead;
	/* computed cell logs stay in the class, as upstream keeps them */
	if (rate.rs_cell_log == CELL_LOG_UNSET)
		rate.rs_cell_log = c->ch_rate.rs_cell_log = cell_log_for(mtu);
	if (ceil.rs_cell_log == CELL_LOG_UNSET) {
		ceil.rs_cell_log = cell_log_for(mtu);
		if (c->ch_mask & HTB_CL_CEIL)
			c->ch_ceil.rs_cell_log = ceil.rs_cell_log;
	}

	memset(&o, 0, sizeof(o));
	_rtnl_tc_ratespec2kernel(&o.rate, &rate);
	_rtnl_tc_ratespec2kernel(&o.ceil, &ceil);

	/* default buffers: what the rate sends in one scheduler tick plus
	 * one packet */
	buffer = (c->ch_mask & HTB_CL_RBUFFER) ?
		 c->ch_rbuffer :
		 (uint32_t)(rate.rs_rate64 / (uint64_t)nl_get_psched_hz()) + mtu;
	cbuffer = (c->ch_mask & HTB_CL_CBUFFER) ?
		  c->ch_cbuffer :
		  (uint32_t)(ceil.rs_rate64 / (uint64_t)nl_get_psched_hz()) + mtu;
	o.buffer = _rtnl_tc_calc_txtime64(buffer, rate.rs_rate64);
	o.cbuffer = _rtnl_tc_calc_txtime64(cbuffer, ceil.rs_rate64);
	if (c->ch_mask & HTB_CL_QUANTUM)
		o.quantum = c->ch_quantum;
	if (c->ch_mask & HTB_CL_PRIO)
		o.prio = c->ch_prio;
	/* the level is the kernel's: not sent */

	err = rtnl_tc_build_rate_table(tc, &rate, rtab);
	if (err < 0)
		return err;
	err = rtnl_tc_build_rate_table(tc, &ceil, ctab);
	if (err < 0)
		return err;

	/* upstream's order */
	if (nla_put(msg, TCA_HTB_PARMS, sizeof(o), &o) < 0)
		return -NLE_MSGSIZE;
	if (rate.rs_rate64 > 0xffffffffULL &&
	    nla_put_u64(msg, TCA_HTB_RATE64, rate.rs_rate64) < 0)
		return -NLE_MSGSIZE;
	if (ceil.rs_rate64 > 0xffffffffULL &&
	    nla_put_u64(msg, TCA_HTB_CEIL64, ceil.rs_rate64) < 0)
		return -NLE_MSGSIZE;
	if (nla_put(msg, TCA_HTB_RTAB, sizeof(rtab), rtab) < 0 ||
	    nla_put(msg, TCA_HTB_CTAB, sizeof(ctab), ctab) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

/* "RATE/s (BITS) log CELL" as the dumps print a rate. */
static void dump_rate(struct nl_dump_params *p, const char *what,
		      const struct rtnl_ratespec *r)
{
	char *ru, *bu;
	double rv = nl_cancel_down_bytes(r->rs_rate64, &ru);
	double bv = nl_cancel_down_bits(r->rs_rate64 * 8, &bu);

	nl_dump(p, " %s %.2f%s/s (%.0f%s) log %u", what, rv, ru, bv, bu,
		1U << (r->rs_cell_log & 31));
}

static void htb_class_dump_line(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	struct htb_class *c = data;

	(void)tc;
	if (c && (c->ch_mask & HTB_CL_RATE))
		dump_rate(p, "rate", &c->ch_rate);
}

static void htb_class_dump_details(struct rtnl_tc *tc, void *data,
				   struct nl_dump_params *p)
{
	struct htb_class *c = data;
	char *unit;
	double v;

	(void)tc;
	if (!c)
		return;
	if (c->ch_mask & HTB_CL_CEIL)
		dump_rate(p, "ceil", &c->ch_ceil);
	if (c->ch_mask & HTB_CL_PRIO)
		nl_dump(p, " prio %u", c->ch_prio);
	if (c->ch_mask & HTB_CL_RBUFFER) {
		v = nl_cancel_down_bytes(c->ch_rbuffer, &unit);
		nl_dump(p, " rbuffer %.2f%s", v, unit);
	}
	if (c->ch_mask & HTB_CL_CBUFFER) {
		v = nl_cancel_down_bytes(c->ch_cbuffer, &unit);
		nl_dump(p, " cbuffer %.2f%s", v, unit);
	}
	if (c->ch_mask & HTB_CL_QUANTUM)
		nl_dump(p, " quantum %u", c->ch_quantum);
}

/* ------------------------------------------------------------------ */

static struct htb_qdisc *htb_qdisc_data(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &htb_qdisc_ops, err);
}

static struct htb_class *htb_class_data(struct rtnl_class *class, int *err)
{
	return rtnl_tc_data_check(TC_CAST(class), &htb_class_ops, err);
}

/** The rate to quantum divisor of an htb qdisc (0 when not set). */
uint32_t rtnl_htb_get_rate2quantum(struct rtnl_qdisc *qdisc)
{
	struct htb_qdisc *q = htb_qdisc_data(qdisc, NULL);

	return (q && (q->qh_mask & HTB_QD_R2Q)) ? q->qh_rate2quantum : 0;
}

/**
 * Set the divisor of a class's rate giving its quantum.
 * @return 0 or a negative error code (not an htb qdisc).
 */
int rtnl_htb_set_rate2quantum(struct rtnl_qdisc *qdisc, uint32_t rate2quantum)
{
	int err;
	struct htb_qdisc *q = htb_qdisc_data(qdisc, &err);

	if (!q)
		return err;
	q->qh_rate2quantum = rate2quantum;
	q->qh_mask |= HTB_QD_R2Q;
	return 0;
}

/** The default class (minor id) of an htb qdisc, 0 when not set. */
uint32_t rtnl_htb_get_defcls(struct rtnl_qdisc *qdisc)
{
	struct htb_qdisc *q = htb_qdisc_data(qdisc, NULL);

	return (q && (q->qh_mask & HTB_QD_DEFCLS)) ? q->qh_defcls : 0;
}

/**
 * Set the class receiving unclassified traffic.
 * @return 0 or a negative error code.
 */
int rtnl_htb_set_defcls(struct rtnl_qdisc *qdisc, uint32_t defcls)
{
	int err;
	struct htb_qdisc *q = htb_qdisc_data(qdisc, &err);

	if (!q)
		return err;
	q->qh_defcls = defcls;
	q->qh_mask |= HTB_QD_DEFCLS;
	return 0;
}

/* getter (0 when not set) and setter (0 or a negative error code) */
#define HTB_CLASS_U32(NAME, MEMBER, BIT)                                       \
	uint32_t rtnl_htb_get_##NAME(struct rtnl_class *class)                 \
	{                                                                      \
		struct htb_class *c = htb_class_data(class, NULL);             \
                                                                               \
		return (c && (c->ch_mask & (BIT))) ? c->MEMBER : 0;            \
	}                                                                      \
	int rtnl_htb_set_##NAME(struct rtnl_class *class, uint32_t v)          \
	{                                                                      \
		int err;                                                       \
		struct htb_class *c = htb_class_data(class, &err);             \
                                                                               \
		if (!c)                                                        \
			return err;                                            \
		c->MEMBER = v;                                                 \
		c->ch_mask |= (BIT);                                           \
		return 0;                                                      \
	}

/** Priority of an htb class: rtnl_htb_get_prio(), rtnl_htb_set_prio(). */
HTB_CLASS_U32(prio, ch_prio, HTB_CL_PRIO)
/** Rate buffer (bytes): rtnl_htb_get_rbuffer(), rtnl_htb_set_rbuffer(). */
HTB_CLASS_U32(rbuffer, ch_rbuffer, HTB_CL_RBUFFER)
/** Ceil buffer (bytes): rtnl_htb_get_cbuffer(), rtnl_htb_set_cbuffer(). */
HTB_CLASS_U32(cbuffer, ch_cbuffer, HTB_CL_CBUFFER)
/** Quantum (bytes): rtnl_htb_get_quantum(), rtnl_htb_set_quantum(). */
HTB_CLASS_U32(quantum, ch_quantum, HTB_CL_QUANTUM)

static int get_rate64(struct rtnl_class *class, uint32_t bit,
		      uint64_t *out)
{
	int err;
	struct htb_class *c = htb_class_data(class, &err);

	if (!c)
		return err;
	if (!(c->ch_mask & bit))
		return -NLE_NOATTR;
	*out = bit == HTB_CL_RATE ? c->ch_rate.rs_rate64
				  : c->ch_ceil.rs_rate64;
	return 0;
}

static int set_rate64(struct rtnl_class *class, uint32_t bit, uint64_t v)
{
	int err;
	struct htb_class *c = htb_class_data(class, &err);
	struct rtnl_ratespec *r;

	if (!c)
		return err;
	r = bit == HTB_CL_RATE ? &c->ch_rate : &c->ch_ceil;
	r->rs_rate64 = v;
	r->rs_cell_log = CELL_LOG_UNSET;
	c->ch_mask |= bit;
	return 0;
}

/** The rate (bytes/s) of an htb class, 0 when not set; see _get_rate64. */
uint32_t rtnl_htb_get_rate(struct rtnl_class *class)
{
	uint64_t v = 0;

	if (get_rate64(class, HTB_CL_RATE, &v) < 0)
		return 0;
	return v > 0xffffffffULL ? 0xffffffffU : (uint32_t)v;
}

/** Set the guaranteed rate (bytes/s) of an htb class. */
int rtnl_htb_set_rate(struct rtnl_class *class, uint32_t rate)
{
	return set_rate64(class, HTB_CL_RATE, rate);
}

/** The ceil rate (bytes/s) of an htb class, 0 when not set. */
uint32_t rtnl_htb_get_ceil(struct rtnl_class *class)
{
	uint64_t v = 0;

	if (get_rate64(class, HTB_CL_CEIL, &v) < 0)
		return 0;
	return v > 0xffffffffULL ? 0xffffffffU : (uint32_t)v;
}

/** Set the maximum rate (bytes/s) of an htb class. */
int rtnl_htb_set_ceil(struct rtnl_class *class, uint32_t ceil)
{
	return set_rate64(class, HTB_CL_CEIL, ceil);
}

/**
 * The 64-bit rate (bytes/s) of an htb class in *out_rate64.
 * @return 0, -NLE_NOATTR when not set, or another negative error code.
 */
int rtnl_htb_get_rate64(struct rtnl_class *class, uint64_t *out_rate64)
{
	return get_rate64(class, HTB_CL_RATE, out_rate64);
}

/** Set the 64-bit guaranteed rate (bytes/s) of an htb class. */
int rtnl_htb_set_rate64(struct rtnl_class *class, uint64_t rate)
{
	return set_rate64(class, HTB_CL_RATE, rate);
}

/**
 * The 64-bit ceil rate (bytes/s) of an htb class in *out_ceil64.
 * @return 0, -NLE_NOATTR when not set, or another negative error code.
 */
int rtnl_htb_get_ceil64(struct rtnl_class *class, uint64_t *out_ceil64)
{
	return get_rate64(class, HTB_CL_CEIL, out_ceil64);
}

/** Set the 64-bit maximum rate (bytes/s) of an htb class. */
int rtnl_htb_set_ceil64(struct rtnl_class *class, uint64_t ceil)
{
	return set_rate64(class, HTB_CL_CEIL, ceil);
}

/**
 * Set the level of an htb class in its hierarchy.
 * @return 0 or a negative error code.
 */
int rtnl_htb_set_level(struct rtnl_class *class, int level)
{
	int err;
	struct htb_class *c = htb_class_data(class, &err);

	if (!c)
		return err;
	c->ch_level = (uint32_t)level;
	c->ch_mask |= HTB_CL_LEVEL;
	return 0;
}

/**
 * The level of an htb class.
 * @return the level, -NLE_NOATTR when not set, or another negative code.
 */
int rtnl_htb_get_level(struct rtnl_class *class)
{
	int err;
	struct htb_class *c = htb_class_data(class, &err);

	if (!c)
		return err;
	if (!(c->ch_mask & HTB_CL_LEVEL))
		return -NLE_OPNOTSUPP;
	return (int)c->ch_level;
}

static struct rtnl_tc_ops htb_qdisc_ops = {
	.to_kind = "htb",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct htb_qdisc),
	.to_msg_parser = htb_qdisc_parse,
	.to_msg_fill = htb_qdisc_fill,
	.to_dump = {
		[NL_DUMP_LINE] = htb_qdisc_dump_line,
	},
};

static struct rtnl_tc_ops htb_class_ops = {
	.to_kind = "htb",
	.to_type = RTNL_TC_TYPE_CLASS,
	.to_size = sizeof(struct htb_class),
	.to_msg_parser = htb_class_parse,
	.to_msg_fill = htb_class_fill,
	.to_dump = {
		[NL_DUMP_LINE] = htb_class_dump_line,
		[NL_DUMP_DETAILS] = htb_class_dump_details,
	},
};

TC_REGISTER(htb_qdisc_ops)
TC_REGISTER(htb_class_ops)
