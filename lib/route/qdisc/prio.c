/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Priority queueing (prio) and the default pfifo_fast: TCA_OPTIONS is a
 * raw struct tc_prio_qopt (bands and the TC_PRIO_* to band map).
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/prio.h>

#define PRIO_BANDS	0x01
#define PRIO_PRIOMAP	0x02

struct prio_data {
	uint32_t bands;
	uint8_t priomap[TC_PRIO_MAX + 1];
	uint32_t mask;
};

static struct rtnl_tc_ops prio_ops;
static struct rtnl_tc_ops pfifo_fast_ops;

static int prio_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct prio_data *d = data;
	struct tc_prio_qopt o;

	(void)tc;
	if ((size_t)nla_len(opts) < sizeof(o))
		return -NLE_INVAL;
	memcpy(&o, nla_data(opts), sizeof(o));
	d->bands = (uint32_t)o.bands;
	memcpy(d->priomap, o.priomap, sizeof(d->priomap));
	d->mask |= PRIO_BANDS | PRIO_PRIOMAP;
	return 0;
}

static int prio_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	static const uint8_t defmap[] = QDISC_PRIO_DEFAULT_PRIOMAP;
	struct prio_data *d = data;
	struct tc_prio_qopt o;

	(void)tc;
	memset(&o, 0, sizeof(o));
	o.bands = (d->mask & PRIO_BANDS) ? (int)d->bands
					 : QDISC_PRIO_DEFAULT_BANDS;
	memcpy(o.priomap, (d->mask & PRIO_PRIOMAP) ? d->priomap : defmap,
	       sizeof(o.priomap));
	return _rtnl_tc_put_raw_opts(msg, &o, sizeof(o));
}

static void prio_dump_line(struct rtnl_tc *tc, void *data,
			   struct nl_dump_params *p)
{
	struct prio_data *d = data;

	(void)tc;
	if (d && (d->mask & PRIO_BANDS))
		nl_dump(p, " bands %u", d->bands);
}

static const struct trans_tbl prios[] = {
	__ADD(TC_PRIO_BESTEFFORT, besteffort),
	__ADD(TC_PRIO_FILLER, filler),
	__ADD(TC_PRIO_BULK, bulk),
	__ADD(TC_PRIO_INTERACTIVE_BULK, interactive_bulk),
	__ADD(TC_PRIO_INTERACTIVE, interactive),
	__ADD(TC_PRIO_CONTROL, control),
};

static void prio_dump_details(struct rtnl_tc *tc, void *data,
			      struct nl_dump_params *p)
{
	struct prio_data *d = data;
	char a[32], b[32];
	int i;

	(void)tc;
	if (!d || !(d->mask & PRIO_PRIOMAP))
		return;
	nl_dump(p, "priomap [");
	for (i = 0; i <= TC_PRIO_MAX; i++)
		nl_dump(p, "%u%s", d->priomap[i], i < TC_PRIO_MAX ? " " : "");
	nl_dump(p, "]");
	for (i = 0; i <= TC_PRIO_MAX / 2; i++) {
		int j = i + TC_PRIO_MAX / 2 + 1;

		nl_dump(p, "\n");
		nl_dump_line(p, "    %18s => %u %18s => %u",
			     __type2str(i, a, sizeof(a), prios,
					ARRAY_SIZE(prios)),
			     d->priomap[i],
			     __type2str(j, b, sizeof(b), prios,
					ARRAY_SIZE(prios)),
			     d->priomap[j]);
	}
}

static struct prio_data *prio_data(struct rtnl_qdisc *qdisc, int *err)
{
	struct rtnl_tc *tc = TC_CAST(qdisc);

	if (rtnl_tc_get_ops(tc) == &pfifo_fast_ops)
		return rtnl_tc_data_check(tc, &pfifo_fast_ops, err);
	return rtnl_tc_data_check(tc, &prio_ops, err);
}

/** Set the number of bands of a prio qdisc. */
void rtnl_qdisc_prio_set_bands(struct rtnl_qdisc *qdisc, int bands)
{
	struct prio_data *d = prio_data(qdisc, NULL);

	if (!d)
		return;
	d->bands = (uint32_t)bands;
	d->mask |= PRIO_BANDS;
}

/**
 * The number of bands of a prio qdisc.
 * @return the count, -NLE_NOMEM when not set (as upstream), or another negative code.
 */
int rtnl_qdisc_prio_get_bands(struct rtnl_qdisc *qdisc)
{
	int err;
	struct prio_data *d = prio_data(qdisc, &err);

	if (!d)
		return err;
	/* unset: -NLE_NOMEM, the code upstream returns */
	return (d->mask & PRIO_BANDS) ? (int)d->bands : -NLE_NOMEM;
}

/**
 * Set the map of priorities (TC_PRIO_*) to bands; the bands must be set
 * first and each entry must be a band.
 * @return 0, -NLE_MISSING_ATTR (no bands), -NLE_RANGE (too long map or a
 * band out of range), or another negative error code.
 */
int rtnl_qdisc_prio_set_priomap(struct rtnl_qdisc *qdisc, uint8_t priomap[],
				int len)
{
	int err, i;
	struct prio_data *d = prio_data(qdisc, &err);

	if (!d)
		return err;
	if (!(d->mask & PRIO_BANDS))
		return -NLE_MISSING_ATTR;
	if (len < 0 || len > TC_PRIO_MAX + 1)
		return -NLE_RANGE;
	for (i = 0; i < len; i++)
		if (priomap[i] >= d->bands)
			return -NLE_RANGE;
	memset(d->priomap, 0, sizeof(d->priomap));
	memcpy(d->priomap, priomap, (size_t)len);
	d->mask |= PRIO_PRIOMAP;
	return 0;
}

/** The priority map of a prio qdisc (TC_PRIO_MAX + 1 bytes), or NULL. */
uint8_t *rtnl_qdisc_prio_get_priomap(struct rtnl_qdisc *qdisc)
{
	struct prio_data *d = prio_data(qdisc, NULL);

	return (d && (d->mask & PRIO_PRIOMAP)) ? d->priomap : NULL;
}

static struct rtnl_tc_ops prio_ops = {
	.to_kind = "prio",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct prio_data),
	.to_msg_parser = prio_parse,
	.to_msg_fill_raw = prio_fill,
	.to_dump = {
		[NL_DUMP_LINE] = prio_dump_line,
		[NL_DUMP_DETAILS] = prio_dump_details,
	},
};

static struct rtnl_tc_ops pfifo_fast_ops = {
	.to_kind = "pfifo_fast",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct prio_data),
	.to_msg_parser = prio_parse,
	.to_msg_fill_raw = prio_fill,
	.to_dump = {
		[NL_DUMP_LINE] = prio_dump_line,
		[NL_DUMP_DETAILS] = prio_dump_details,
	},
};

TC_REGISTER(prio_ops)
TC_REGISTER(pfifo_fast_ops)
