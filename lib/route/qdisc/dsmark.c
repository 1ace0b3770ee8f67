/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Differentiated services marker (dsmark): nested attributes of the
 * qdisc (indices, default index, set_tc_index) and of its classes (mask,
 * value), each described by a table.
 */

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/qdisc/dsmark.h>

/* not in every uapi copy any more: the kernel's values */
#ifndef TCA_DSMARK_MAX
enum {
	TCA_DSMARK_UNSPEC,
	TCA_DSMARK_INDICES,
	TCA_DSMARK_DEFAULT_INDEX,
	TCA_DSMARK_SET_TC_INDEX,
	TCA_DSMARK_MASK,
	TCA_DSMARK_VALUE,
	__TCA_DSMARK_MAX,
};
#define TCA_DSMARK_MAX (__TCA_DSMARK_MAX - 1)
#endif

#define DSQ_INDICES	0x01
#define DSQ_DEFAULT	0x02
#define DSQ_SET_TC	0x04

#define DSC_MASK	0x01
#define DSC_VALUE	0x02

struct dsmark_qdisc {
	uint16_t indices;
	uint16_t default_index;
	uint8_t set_tc_index;
	uint64_t mask;
};

struct dsmark_class {
	uint8_t bmask;
	uint8_t value;
	uint64_t mask;
};

static const struct nlo_attr dsq_attrs[] = {
	NLO_ENTRY(struct dsmark_qdisc, indices, DSQ_INDICES, "indices",
		  NLO_U16, .nla = TCA_DSMARK_INDICES),
	NLO_ENTRY(struct dsmark_qdisc, default_index, DSQ_DEFAULT,
		  "default_index", NLO_U16, .nla = TCA_DSMARK_DEFAULT_INDEX),
	NLO_ENTRY(struct dsmark_qdisc, set_tc_index, DSQ_SET_TC,
		  "set_tc_index", NLO_FLAG, .nla = TCA_DSMARK_SET_TC_INDEX),
};

static const struct nlo_table dsq_table =
	NLO_TABLE(struct dsmark_qdisc, mask, dsq_attrs, TCA_DSMARK_MAX);

static const struct nlo_attr dsc_attrs[] = {
	NLO_ENTRY(struct dsmark_class, bmask, DSC_MASK, "mask", NLO_U8,
		  .nla = TCA_DSMARK_MASK),
	NLO_ENTRY(struct dsmark_class, value, DSC_VALUE, "value", NLO_U8,
		  .nla = TCA_DSMARK_VALUE),
};

static const struct nlo_table dsc_table =
	NLO_TABLE(struct dsmark_class, mask, dsc_attrs, TCA_DSMARK_MAX);

static struct rtnl_tc_ops dsmark_qdisc_ops;
static struct rtnl_tc_ops dsmark_class_ops;

static void dsq_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct dsmark_qdisc *d = data;

	(void)tc;
	if (d && (d->mask & DSQ_INDICES))
		nl_dump(p, " indices 0x%04x", d->indices);
}

static void dsq_dump_details(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct dsmark_qdisc *d = data;

	(void)tc;
	if (!d)
		return;
	if (d->mask & DSQ_DEFAULT)
		nl_dump(p, " default index 0x%04x", d->default_index);
	if ((d->mask & DSQ_SET_TC) && d->set_tc_index)
		nl_dump(p, " set-tc-index");
}

static void dsc_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct dsmark_class *d = data;

	(void)tc;
	if (!d)
		return;
	if (d->mask & DSC_VALUE)
		nl_dump(p, " value 0x%02x", d->value);
	if (d->mask & DSC_MASK)
		nl_dump(p, " mask 0x%02x", d->bmask);
}

static struct dsmark_qdisc *dsq(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &dsmark_qdisc_ops, err);
}

static struct dsmark_class *dsc(struct rtnl_class *class, int *err)
{
	return rtnl_tc_data_check(TC_CAST(class), &dsmark_class_ops, err);
}

/** Set the bit mask applied to the DS field of a dsmark class. */
int rtnl_class_dsmark_set_bitmask(struct rtnl_class *class, uint8_t mask)
{
	int err;
	struct dsmark_class *d = dsc(class, &err);

	if (!d)
		return err;
	d->bmask = mask;
	d->mask |= DSC_MASK;
	return 0;
}

/** The bit mask of a dsmark class, -NLE_NOATTR when not set. */
int rtnl_class_dsmark_get_bitmask(struct rtnl_class *class)
{
	int err;
	struct dsmark_class *d = dsc(class, &err);

	if (!d)
		return err;
	return (d->mask & DSC_MASK) ? d->bmask : -NLE_NOATTR;
}

/** Set the value or-ed into the DS field of a dsmark class. */
int rtnl_class_dsmark_set_value(struct rtnl_class *class, uint8_t value)
{
	int err;
	struct dsmark_class *d = dsc(class, &err);

	if (!d)
		return err;
	d->value = value;
	d->mask |= DSC_VALUE;
	return 0;
}

/** The value of a dsmark class, -NLE_NOATTR when not set. */
int rtnl_class_dsmark_get_value(struct rtnl_class *class)
{
	int err;
	struct dsmark_class *d = dsc(class, &err);

	if (!d)
		return err;
	return (d->mask & DSC_VALUE) ? d->value : -NLE_NOATTR;
}

/** Set the size of the table of a dsmark qdisc (a power of two). */
int rtnl_qdisc_dsmark_set_indices(struct rtnl_qdisc *qdisc, uint16_t indices)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	d->indices = indices;
	d->mask |= DSQ_INDICES;
	return 0;
}

/** The table size of a dsmark qdisc, -NLE_NOATTR when not set. */
int rtnl_qdisc_dsmark_get_indices(struct rtnl_qdisc *qdisc)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	return (d->mask & DSQ_INDICES) ? d->indices : -NLE_NOATTR;
}

/** Set the index used for packets without a class. */
int rtnl_qdisc_dsmark_set_default_index(struct rtnl_qdisc *qdisc,
					uint16_t default_index)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	d->default_index = default_index;
	d->mask |= DSQ_DEFAULT;
	return 0;
}

/** The default index of a dsmark qdisc, -NLE_NOATTR when not set. */
int rtnl_qdisc_dsmark_get_default_index(struct rtnl_qdisc *qdisc)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	return (d->mask & DSQ_DEFAULT) ? d->default_index : -NLE_NOATTR;
}

/** Set whether the DS field is copied into skb->tc_index. */
int rtnl_qdisc_dsmark_set_set_tc_index(struct rtnl_qdisc *qdisc, int flag)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	d->set_tc_index = flag ? 1 : 0;
	d->mask |= DSQ_SET_TC;
	return 0;
}

/** Whether set_tc_index is on (1/0), -NLE_NOATTR when not set. */
int rtnl_qdisc_dsmark_get_set_tc_index(struct rtnl_qdisc *qdisc)
{
	int err;
	struct dsmark_qdisc *d = dsq(qdisc, &err);

	if (!d)
		return err;
	return (d->mask & DSQ_SET_TC) ? d->set_tc_index : -NLE_NOATTR;
}

static struct rtnl_tc_ops dsmark_qdisc_ops = {
	.to_kind = "dsmark",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct dsmark_qdisc),
	.to_table = &dsq_table,
	.to_dump = {
		[NL_DUMP_LINE] = dsq_dump_line,
		[NL_DUMP_DETAILS] = dsq_dump_details,
	},
};

static struct rtnl_tc_ops dsmark_class_ops = {
	.to_kind = "dsmark",
	.to_type = RTNL_TC_TYPE_CLASS,
	.to_size = sizeof(struct dsmark_class),
	.to_table = &dsc_table,
	.to_dump = {
		[NL_DUMP_LINE] = dsc_dump_line,
	},
};

TC_REGISTER(dsmark_qdisc_ops)
TC_REGISTER(dsmark_class_ops)
