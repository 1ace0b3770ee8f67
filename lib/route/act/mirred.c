/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * mirred action: mirror or redirect packets to another interface.
 */

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/action.h>
#include <netlink/route/act/mirred.h>

#define MIRRED_ATTR_PARMS 0x1

struct mirred_data {
	uint64_t mask;
	struct tc_mirred parms;
};

static const struct nlo_attr mirred_attrs[] = {
	NLO_ENTRY(struct mirred_data, parms, MIRRED_ATTR_PARMS, "parms",
		  NLO_BINARY, .nla = TCA_MIRRED_PARMS,
		  /* upstream always sends the parameters */
		  .flags = NLO_F_ALWAYS),
};

static const struct nlo_table mirred_table =
	NLO_TABLE(struct mirred_data, mask, mirred_attrs, TCA_MIRRED_MAX);

static void mirred_dump_line(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct mirred_data *m = data;

	(void)tc;
	if (!m)
		return;
	nl_dump(p, " index %u", m->parms.ifindex);
	switch (m->parms.eaction) {
	case TCA_EGRESS_REDIR:
		nl_dump(p, " egress redirect");
		break;
	case TCA_EGRESS_MIRROR:
		nl_dump(p, " egress mirror");
		break;
	}	/* ingress directions print nothing, as in Debian's libnl */
	_rtnl_act_dump_policy(m->parms.action, p);
}

static void mirred_dump_details(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	(void)p;
}

static struct rtnl_tc_ops mirred_ops = {
	.to_kind = "mirred",
	.to_type = RTNL_TC_TYPE_ACT,
	.to_size = sizeof(struct mirred_data),
	.to_table = &mirred_table,
	.to_dump = {
		[NL_DUMP_LINE] = mirred_dump_line,
		[NL_DUMP_DETAILS] = mirred_dump_details,
	},
};

TC_REGISTER(mirred_ops)

static struct mirred_data *mirred_data(struct rtnl_act *act, int *err)
{
	struct mirred_data *m = rtnl_tc_data_check(TC_CAST(act), &mirred_ops,
						   err);

	if (m)
		m->mask |= MIRRED_ATTR_PARMS;
	return m;
}

/**
 * Set what @a act does: TCA_EGRESS_REDIR, TCA_EGRESS_MIRROR,
 * TCA_INGRESS_REDIR or TCA_INGRESS_MIRROR.
 * @return 0, -NLE_INVAL (another value) or -NLE_OPNOTSUPP.
 */
int rtnl_mirred_set_action(struct rtnl_act *act, int action)
{
	int err;
	struct mirred_data *m;

	if (action < TCA_EGRESS_REDIR || action > TCA_INGRESS_MIRROR)
		return -NLE_INVAL;
	if (!(m = mirred_data(act, &err)))
		return err;
	m->parms.eaction = action;
	return 0;
}

/** What @a act does (TCA_*_REDIR / TCA_*_MIRROR), or a negative code. */
int rtnl_mirred_get_action(struct rtnl_act *act)
{
	int err;
	struct mirred_data *m = mirred_data(act, &err);

	return m ? m->parms.eaction : err;
}

/** Set the interface packets are mirrored or redirected to. */
int rtnl_mirred_set_ifindex(struct rtnl_act *act, uint32_t ifindex)
{
	int err;
	struct mirred_data *m = mirred_data(act, &err);

	if (!m)
		return err;
	m->parms.ifindex = ifindex;
	return 0;
}

/** The target interface of @a act (0 when not set or not mirred). */
uint32_t rtnl_mirred_get_ifindex(struct rtnl_act *act)
{
	struct mirred_data *m = mirred_data(act, NULL);

	return m ? m->parms.ifindex : 0;
}

/** Set the verdict (TC_ACT_*) given after mirroring. */
int rtnl_mirred_set_policy(struct rtnl_act *act, int policy)
{
	int err;
	struct mirred_data *m = mirred_data(act, &err);

	if (!m)
		return err;
	m->parms.action = policy;
	return 0;
}

/** The verdict (TC_ACT_*) of @a act, or a negative error code. */
int rtnl_mirred_get_policy(struct rtnl_act *act)
{
	int err;
	struct mirred_data *m = mirred_data(act, &err);

	return m ? m->parms.action : err;
}
