/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hierarchical fair service curve (hfsc): the qdisc's options are a raw
 * struct tc_hfsc_qopt (default class); a class carries its real-time,
 * link-sharing and upper-limit service curves as nested attributes,
 * described by a table.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/qdisc/hfsc.h>

#define HFSC_RSC	0x01
#define HFSC_FSC	0x02
#define HFSC_USC	0x04

struct hfsc_qdisc {
	uint32_t defcls;
	int has_defcls;
};

struct hfsc_class {
	struct tc_service_curve rsc;
	struct tc_service_curve fsc;
	struct tc_service_curve usc;
	uint64_t mask;
};

#define SC(m, bit, name, A)                                                  \
	NLO_ENTRY(struct hfsc_class, m, bit, name, NLO_BINARY, .nla = (A))

static const struct nlo_attr hfsc_class_attrs[] = {
	SC(rsc, HFSC_RSC, "rsc", TCA_HFSC_RSC),
	SC(fsc, HFSC_FSC, "fsc", TCA_HFSC_FSC),
	SC(usc, HFSC_USC, "usc", TCA_HFSC_USC),
};

static const struct nlo_table hfsc_class_table =
	NLO_TABLE(struct hfsc_class, mask, hfsc_class_attrs, TCA_HFSC_MAX);

static struct rtnl_tc_ops hfsc_qdisc_ops;
static struct rtnl_tc_ops hfsc_class_ops;

static int hfsc_qdisc_parse(struct rtnl_tc *tc, void *data,
			    struct nlattr *opts)
{
	struct hfsc_qdisc *q = data;
	struct tc_hfsc_qopt o;

	(void)tc;
	if ((size_t)nla_len(opts) < sizeof(o))
		return -NLE_INVAL;
	memcpy(&o, nla_data(opts), sizeof(o));
	q->defcls = o.defcls;
	q->has_defcls = 1;
	return 0;
}

static int hfsc_qdisc_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct hfsc_qdisc *q = data;
	/* upstream sends the default class as 4 bytes */
	uint32_t o = 0;

	(void)tc;
	if (q->has_defcls)
		o = (uint16_t)q->defcls;
	return _rtnl_tc_put_raw_opts(msg, &o, sizeof(o));
}

static void hfsc_qdisc_dump_line(struct rtnl_tc *tc, void *data,
				 struct nl_dump_params *p)
{
	struct hfsc_qdisc *q = data;
	char buf[32];

	(void)tc;
	if (q && q->has_defcls)
		nl_dump(p, " default-class %s",
			rtnl_tc_handle2str(q->defcls, buf, sizeof(buf)));
}

static void dump_sc(struct nl_dump_params *p, const struct tc_service_curve *sc)
{
	nl_dump(p, " m1 %u d %u m2 %u\n", sc->m1, sc->d, sc->m2);
}

static void hfsc_class_dump_line(struct rtnl_tc *tc, void *data,
				 struct nl_dump_params *p)
{
	struct hfsc_class *c = data;

	(void)tc;
	if (!c)
		return;
	if (c->mask & HFSC_RSC)
		dump_sc(p, &c->rsc);
	if (c->mask & HFSC_FSC)
		dump_sc(p, &c->fsc);
	if (c->mask & HFSC_USC)
		dump_sc(p, &c->usc);
}

/* Debian's libnl has a details dumper for hfsc classes that prints
 * nothing (so no "no options" either). */
static void hfsc_class_dump_details(struct rtnl_tc *tc, void *data,
				    struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	(void)p;
}

/** The default class of an hfsc qdisc, 0 when not set. */
uint32_t rtnl_qdisc_hfsc_get_defcls(const struct rtnl_qdisc *qdisc)
{
	struct hfsc_qdisc *q = rtnl_tc_data_check(TC_CAST(qdisc),
						  &hfsc_qdisc_ops, NULL);

	return (q && q->has_defcls) ? q->defcls : 0;
}

/** Set the class receiving unclassified traffic; 0 or an error code. */
int rtnl_qdisc_hfsc_set_defcls(struct rtnl_qdisc *qdisc, uint32_t defcls)
{
	int err;
	struct hfsc_qdisc *q = rtnl_tc_data_check(TC_CAST(qdisc),
						  &hfsc_qdisc_ops, &err);

	if (!q)
		return err;
	q->defcls = defcls;
	q->has_defcls = 1;
	return 0;
}

static int get_sc(const struct rtnl_class *class, uint64_t bit,
		  struct tc_service_curve *out)
{
	int err;
	struct hfsc_class *c = rtnl_tc_data_check(TC_CAST(class),
						  &hfsc_class_ops, &err);

	if (!c)
		return err;
	if (!(c->mask & bit))
		return -NLE_OPNOTSUPP;
	if (out)
		*out = bit == HFSC_RSC ? c->rsc : bit == HFSC_FSC ? c->fsc
								    : c->usc;
	return 0;
}

static int set_sc(struct rtnl_class *class, uint64_t bit,
		  const struct tc_service_curve *sc)
{
	int err;
	struct hfsc_class *c = rtnl_tc_data_check(TC_CAST(class),
						  &hfsc_class_ops, &err);

	if (!c)
		return err;
	if (!sc)
		return -NLE_INVAL;
	if (bit == HFSC_RSC)
		c->rsc = *sc;
	else if (bit == HFSC_FSC)
		c->fsc = *sc;
	else
		c->usc = *sc;
	c->mask |= bit;
	return 0;
}

/** The real-time service curve of an hfsc class (-NLE_OPNOTSUPP: unset). */
int rtnl_class_hfsc_get_rsc(const struct rtnl_class *class,
			    struct tc_service_curve *tsc)
{
	return get_sc(class, HFSC_RSC, tsc);
}

/** Set the real-time service curve of an hfsc class. */
int rtnl_class_hfsc_set_rsc(struct rtnl_class *class,
			    const struct tc_service_curve *tsc)
{
	return set_sc(class, HFSC_RSC, tsc);
}

/** The link-sharing service curve of an hfsc class. */
int rtnl_class_hfsc_get_fsc(const struct rtnl_class *class,
			    struct tc_service_curve *tsc)
{
	return get_sc(class, HFSC_FSC, tsc);
}

/** Set the link-sharing service curve of an hfsc class. */
int rtnl_class_hfsc_set_fsc(struct rtnl_class *class,
			    const struct tc_service_curve *tsc)
{
	return set_sc(class, HFSC_FSC, tsc);
}

/** The upper-limit service curve of an hfsc class. */
int rtnl_class_hfsc_get_usc(const struct rtnl_class *class,
			    struct tc_service_curve *tsc)
{
	return get_sc(class, HFSC_USC, tsc);
}

/** Set the upper-limit service curve of an hfsc class. */
int rtnl_class_hfsc_set_usc(struct rtnl_class *class,
			    const struct tc_service_curve *tsc)
{
	return set_sc(class, HFSC_USC, tsc);
}

static struct rtnl_tc_ops hfsc_qdisc_ops = {
	.to_kind = "hfsc",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct hfsc_qdisc),
	.to_msg_parser = hfsc_qdisc_parse,
	.to_msg_fill_raw = hfsc_qdisc_fill,
	.to_dump = {
		[NL_DUMP_LINE] = hfsc_qdisc_dump_line,
	},
};

static struct rtnl_tc_ops hfsc_class_ops = {
	.to_kind = "hfsc",
	.to_type = RTNL_TC_TYPE_CLASS,
	.to_size = sizeof(struct hfsc_class),
	.to_table = &hfsc_class_table,
	.to_dump = {
		[NL_DUMP_LINE] = hfsc_class_dump_line,
		[NL_DUMP_DETAILS] = hfsc_class_dump_details,
	},
};

TC_REGISTER(hfsc_qdisc_ops)
TC_REGISTER(hfsc_class_ops)
