/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Class based queueing (cbq), qdisc and class: nested attributes holding
 * kernel structures.  Linux 6.3 removed cbq and its uapi definitions, so
 * the layouts the kernel used are declared here.  There is no public API
 * beyond parsing, building back and dumping.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

/* the kernel's TCA_CBQ_* numbers and structures */
enum {
	CBQ_A_UNSPEC,
	CBQ_A_LSSOPT,
	CBQ_A_WRROPT,
	CBQ_A_FOPT,
	CBQ_A_OVL_STRATEGY,
	CBQ_A_RATE,
	CBQ_A_RTAB,
	CBQ_A_POLICE,
	CBQ_A_MAX = CBQ_A_POLICE,
};

struct cbq_lss {
	uint8_t change, flags, ewma_log, level;
	uint32_t maxidle, minidle, offtime, avpkt;
};

struct cbq_wrr {
	uint8_t flags, priority, cpriority, reserved;
	uint32_t allot, weight;
};

struct cbq_fopt {
	uint32_t split, defmap, defchange;
};

struct cbq_ovl {
	uint8_t strategy, priority2;
	uint16_t pad;
	uint32_t penalty;
};

struct cbq_police {
	uint8_t police, res1;
	uint16_t res2;
};

#ifndef TC_CBQ_OVL_CLASSIC
#define TC_CBQ_OVL_CLASSIC	0
#define TC_CBQ_OVL_DELAY	1
#define TC_CBQ_OVL_LOWPRIO	2
#define TC_CBQ_OVL_DROP		3
#define TC_CBQ_OVL_RCLASSIC	4
#endif

#define CBQ_LSS		0x01
#define CBQ_WRR		0x02
#define CBQ_FOPT	0x04
#define CBQ_OVL		0x08
#define CBQ_RATE	0x10
#define CBQ_POLICE	0x20

struct cbq_data {
	struct cbq_lss lss;
	struct cbq_wrr wrr;
	struct cbq_fopt fopt;
	struct cbq_ovl ovl;
	struct tc_ratespec rate;
	struct cbq_police police;
	uint32_t mask;
};

static const struct {
	int type;
	size_t off, len;
	uint32_t bit;
} cbq_fields[] = {
	{ CBQ_A_LSSOPT, offsetof(struct cbq_data, lss), sizeof(struct cbq_lss),
	  CBQ_LSS },
	{ CBQ_A_WRROPT, offsetof(struct cbq_data, wrr), sizeof(struct cbq_wrr),
	  CBQ_WRR },
	{ CBQ_A_FOPT, offsetof(struct cbq_data, fopt), sizeof(struct cbq_fopt),
	  CBQ_FOPT },
	{ CBQ_A_OVL_STRATEGY, offsetof(struct cbq_data, ovl),
	  sizeof(struct cbq_ovl), CBQ_OVL },
	{ CBQ_A_RATE, offsetof(struct cbq_data, rate),
	  sizeof(struct tc_ratespec), CBQ_RATE },
	{ CBQ_A_POLICE, offsetof(struct cbq_data, police),
	  sizeof(struct cbq_police), CBQ_POLICE },
};

static int cbq_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct nlattr *tb[CBQ_A_MAX + 1];
	struct cbq_data *d = data;
	size_t i;
	int err;

	(void)tc;
	err = nla_parse_nested(tb, CBQ_A_MAX, opts, NULL);
	if (err < 0)
		return err;
	for (i = 0; i < ARRAY_SIZE(cbq_fields); i++) {
		struct nlattr *a = tb[cbq_fields[i].type];

		if (!a)
			continue;
		if ((size_t)nla_len(a) < cbq_fields[i].len)
			return -NLE_INVAL;
		memcpy((char *)d + cbq_fields[i].off, nla_data(a),
		       cbq_fields[i].len);
		d->mask |= cbq_fields[i].bit;
	}
	return 0;
}

static int cbq_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct cbq_data *d = data;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cbq_fields); i++) {
		if (!(d->mask & cbq_fields[i].bit))
			continue;
		if (nla_put(msg, cbq_fields[i].type, (int)cbq_fields[i].len,
			    (char *)d + cbq_fields[i].off) < 0)
			return -NLE_MSGSIZE;
	}
	if (d->mask & CBQ_RATE) {
		struct rtnl_ratespec spec;
		uint32_t rtab[256];
		int err;

		_rtnl_tc_kernel2ratespec(&spec, &d->rate);
		err = rtnl_tc_build_rate_table(tc, &spec, rtab);
		if (err < 0)
			return err;
		if (nla_put(msg, CBQ_A_RTAB, sizeof(rtab), rtab) < 0)
			return -NLE_MSGSIZE;
	}
	return 0;
}

static void cbq_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct cbq_data *d = data;
	char *ru, *bu;
	double r, b;

	(void)tc;
	if (!d)
		return;
	r = nl_cancel_down_bytes(d->rate.rate, &ru);
	b = nl_cancel_down_bits((unsigned long long)d->rate.rate * 8, &bu);
	nl_dump(p, " rate %.2f%s/s (%.0f%s) prio %u", r, ru, b, bu,
		d->wrr.priority);
}

static const struct trans_tbl ovl_names[] = {
	__ADD(TC_CBQ_OVL_CLASSIC, classic),
	__ADD(TC_CBQ_OVL_DELAY, delay),
	__ADD(TC_CBQ_OVL_LOWPRIO, lowprio),
	__ADD(TC_CBQ_OVL_DROP, drop),
	__ADD(TC_CBQ_OVL_RCLASSIC, rclassic),
};

static const struct trans_tbl police_names[] = {
	__ADD(TC_POLICE_UNSPEC, unspec),
	__ADD(TC_POLICE_OK, ok),
	__ADD(TC_POLICE_RECLASSIFY, reclassify),
	__ADD(TC_POLICE_SHOT, shot),
	__ADD(TC_POLICE_PIPE, pipe),
};

/* A shift by what a message says: no undefined behaviour beyond 31. */
static uint32_t shr(uint32_t v, unsigned int n)
{
	return n < 32 ? v >> n : 0;
}

static void cbq_dump_details(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct cbq_data *d = data;
	char s1[32], s2[32], s3[32], *wu;
	double w;

	(void)tc;
	if (!d)
		return;
	w = nl_cancel_down_bits((unsigned long long)d->wrr.weight * 8, &wu);
	nl_dump(p, "avgpkt %u mpu %u cell %u allot %u weight %.0f%s\n",
		d->lss.avpkt, d->rate.mpu, 1U << (d->rate.cell_log & 31),
		d->wrr.allot, w, wu);
	nl_dump_line(p, "  minidle %uus maxidle %uus offtime %uus level %u "
			"ewma_log %u\n",
		     nl_ticks2us(shr(d->lss.minidle, d->lss.ewma_log)),
		     nl_ticks2us(shr(d->lss.maxidle, d->lss.ewma_log)),
		     nl_ticks2us(shr(d->lss.offtime, d->lss.ewma_log)),
		     d->lss.level, d->lss.ewma_log);
	nl_dump_line(p, "  penalty %uus strategy %s split %s defmap 0x%08x "
			"police %s",
		     nl_ticks2us(d->ovl.penalty),
		     __type2str(d->ovl.strategy, s1, sizeof(s1), ovl_names,
				ARRAY_SIZE(ovl_names)),
		     rtnl_tc_handle2str(d->fopt.split, s2, sizeof(s2)),
		     d->fopt.defmap,
		     __type2str(d->police.police, s3, sizeof(s3), police_names,
				ARRAY_SIZE(police_names)));
}

/* Not static: test programs link this file in by naming the symbol. */
struct rtnl_tc_ops _rtnl_tc_cbq_qdisc_ops;
struct rtnl_tc_ops _rtnl_tc_cbq_qdisc_ops = {
	.to_kind = "cbq",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct cbq_data),
	.to_msg_parser = cbq_parse,
	.to_msg_fill = cbq_fill,
	.to_dump = {
		[NL_DUMP_LINE] = cbq_dump_line,
		[NL_DUMP_DETAILS] = cbq_dump_details,
	},
};

static struct rtnl_tc_ops cbq_class_ops = {
	.to_kind = "cbq",
	.to_type = RTNL_TC_TYPE_CLASS,
	.to_size = sizeof(struct cbq_data),
	.to_msg_parser = cbq_parse,
	.to_msg_fill = cbq_fill,
	.to_dump = {
		[NL_DUMP_LINE] = cbq_dump_line,
		[NL_DUMP_DETAILS] = cbq_dump_details,
	},
};

TC_REGISTER(_rtnl_tc_cbq_qdisc_ops)
TC_REGISTER(cbq_class_ops)
