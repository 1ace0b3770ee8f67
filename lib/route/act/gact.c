/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * gact action: a generic verdict (TC_ACT_OK, TC_ACT_SHOT, ...).
 */

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/action.h>
#include <netlink/route/act/gact.h>

#define GACT_ATTR_PARMS 0x1

struct gact_data {
	uint64_t mask;
	struct tc_gact parms;
};

static const struct nlo_attr gact_attrs[] = {
	NLO_ENTRY(struct gact_data, parms, GACT_ATTR_PARMS, "parms",
		  NLO_BINARY, .nla = TCA_GACT_PARMS,
		  /* upstream always sends the parameters */
		  .flags = NLO_F_ALWAYS),
};

static const struct nlo_table gact_table =
	NLO_TABLE(struct gact_data, mask, gact_attrs, TCA_GACT_MAX);

/* The verdicts gact names in dumps (others print nothing, as Debian's
 * libnl does). */
static void gact_dump_line(struct rtnl_tc *tc, void *data,
			   struct nl_dump_params *p)
{
	struct gact_data *g = data;

	(void)tc;
	if (!g)
		return;
	switch (g->parms.action) {
	case TC_ACT_UNSPEC:
		nl_dump(p, " continue");
		break;
	case TC_ACT_OK:
		nl_dump(p, " pass");
		break;
	case TC_ACT_RECLASSIFY:
		nl_dump(p, " reclassify");
		break;
	case TC_ACT_SHOT:
		nl_dump(p, " drop");
		break;
	}
}

static void gact_dump_details(struct rtnl_tc *tc, void *data,
			      struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	(void)p;
}

static struct rtnl_tc_ops gact_ops = {
	.to_kind = "gact",
	.to_type = RTNL_TC_TYPE_ACT,
	.to_size = sizeof(struct gact_data),
	.to_table = &gact_table,
	.to_dump = {
		[NL_DUMP_LINE] = gact_dump_line,
		[NL_DUMP_DETAILS] = gact_dump_details,
	},
};

TC_REGISTER(gact_ops)

/**
 * Set the verdict (TC_ACT_*) of the gact action @a act.
 * @return 0, or -NLE_OPNOTSUPP when @a act is of another kind.
 */
int rtnl_gact_set_action(struct rtnl_act *act, int action)
{
	int err;
	struct gact_data *g = rtnl_tc_data_check(TC_CAST(act), &gact_ops, &err);

	if (!g)
		return err;
	g->parms.action = action;
	g->mask |= GACT_ATTR_PARMS;
	return 0;
}

/** The verdict of the gact action @a act, or a negative error code. */
int rtnl_gact_get_action(struct rtnl_act *act)
{
	int err;
	struct gact_data *g = rtnl_tc_data_check(TC_CAST(act), &gact_ops, &err);

	if (!g)
		return err;
	/* unset: TC_ACT_OK (0), as upstream */
	return (g->mask & GACT_ATTR_PARMS) ? g->parms.action : 0;
}
