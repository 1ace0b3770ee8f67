/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * vlan action: pop, push or modify a VLAN tag.
 */

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/action.h>
#include <netlink/route/act/vlan.h>

#define VLAN_ATTR_PARMS		0x1
#define VLAN_ATTR_ID		0x2
#define VLAN_ATTR_PROTOCOL	0x4
#define VLAN_ATTR_PRIO		0x8
#define VLAN_ATTR_MODE		0x10	/* v_action set (inside parms) */
#define VLAN_ATTR_ACTION	0x20	/* action set (inside parms) */

struct vlan_data {
	uint64_t mask;
	struct tc_vlan parms;
	uint16_t vlan_id;
	uint16_t protocol;	/* as on the wire (network order), as upstream */
	uint8_t prio;
};

static const struct nlo_attr vlan_attrs[] = {
	NLO_ENTRY(struct vlan_data, parms, VLAN_ATTR_PARMS, "parms",
		  NLO_BINARY, .nla = TCA_VLAN_PARMS),
	NLO_ENTRY(struct vlan_data, vlan_id, VLAN_ATTR_ID, "vlan_id", NLO_U16,
		  .nla = TCA_VLAN_PUSH_VLAN_ID),
	NLO_ENTRY(struct vlan_data, protocol, VLAN_ATTR_PROTOCOL, "protocol",
		  NLO_U16, .nla = TCA_VLAN_PUSH_VLAN_PROTOCOL),
	NLO_ENTRY(struct vlan_data, prio, VLAN_ATTR_PRIO, "prio", NLO_U8,
		  .nla = TCA_VLAN_PUSH_VLAN_PRIORITY),
};

static const struct nlo_table vlan_table =
	NLO_TABLE(struct vlan_data, mask, vlan_attrs, TCA_VLAN_MAX);

static int vlan_msg_parser(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct vlan_data *v = data;

	(void)tc;
	(void)opts;
	if (v->mask & VLAN_ATTR_PARMS)
		v->mask |= VLAN_ATTR_MODE | VLAN_ATTR_ACTION;
	return 0;
}

/* As upstream, a vlan action is only sent with its mode. */
static int vlan_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct vlan_data *v = data;

	(void)tc;
	(void)msg;
	return (v->mask & VLAN_ATTR_MODE) ? 0 : -NLE_MISSING_ATTR;
}

static const struct trans_tbl vlan_modes[] = {
	__ADD(TCA_VLAN_ACT_POP, POP),
	__ADD(TCA_VLAN_ACT_PUSH, PUSH),
	__ADD(TCA_VLAN_ACT_MODIFY, MODIFY),
};

static void vlan_dump_line(struct rtnl_tc *tc, void *data,
			   struct nl_dump_params *p)
{
	struct vlan_data *v = data;

	(void)tc;
	if (v && (v->mask & VLAN_ATTR_ACTION))
		_rtnl_act_dump_policy(v->parms.action, p);
}

static void vlan_dump_details(struct rtnl_tc *tc, void *data,
			      struct nl_dump_params *p)
{
	struct vlan_data *v = data;
	char buf[32];

	(void)tc;
	if (!v)
		return;
	if (v->mask & VLAN_ATTR_MODE)
		nl_dump(p, " mode %s",
			__type2str(v->parms.v_action, buf, sizeof(buf),
				   vlan_modes, ARRAY_SIZE(vlan_modes)));
	if (v->mask & VLAN_ATTR_ID)
		nl_dump(p, " vlan id %u", v->vlan_id);
	if (v->mask & VLAN_ATTR_PRIO)
		nl_dump(p, " priority %u", v->prio);
	if (v->mask & VLAN_ATTR_PROTOCOL)
		nl_dump(p, " protocol %u", v->protocol);
}

static struct rtnl_tc_ops vlan_ops = {
	.to_kind = "vlan",
	.to_type = RTNL_TC_TYPE_ACT,
	.to_size = sizeof(struct vlan_data),
	.to_table = &vlan_table,
	.to_msg_parser = vlan_msg_parser,
	.to_msg_fill = vlan_msg_fill,
	.to_dump = {
		[NL_DUMP_LINE] = vlan_dump_line,
		[NL_DUMP_DETAILS] = vlan_dump_details,
	},
};

TC_REGISTER(vlan_ops)

static struct vlan_data *vlan_data(struct rtnl_act *act, int *err)
{
	return rtnl_tc_data_check(TC_CAST(act), &vlan_ops, err);
}

#define VLAN_GET(NAME, T, EXPR, BIT)                                           \
	int rtnl_vlan_get_##NAME(struct rtnl_act *act, T *out)                 \
	{                                                                      \
		int err;                                                       \
		struct vlan_data *v = vlan_data(act, &err);                    \
                                                                               \
		if (!v)                                                        \
			return err;                                            \
		if (!(v->mask & (BIT)))                                        \
			return -NLE_MISSING_ATTR;                              \
		*out = (EXPR);                                                 \
		return 0;                                                      \
	}

/** Set what @a act does with tags: TCA_VLAN_ACT_POP, _PUSH or _MODIFY. */
int rtnl_vlan_set_mode(struct rtnl_act *act, int mode)
{
	int err;
	struct vlan_data *v = vlan_data(act, &err);

	if (!v)
		return err;
	if (mode < TCA_VLAN_ACT_POP || mode > TCA_VLAN_ACT_MODIFY)
		return -NLE_RANGE;
	v->parms.v_action = mode;
	v->mask |= VLAN_ATTR_PARMS | VLAN_ATTR_MODE;
	return 0;
}

/** The tag operation of @a act in *out. */
VLAN_GET(mode, int, v->parms.v_action, VLAN_ATTR_MODE)

/** Set the verdict (TC_ACT_*) of @a act. */
int rtnl_vlan_set_action(struct rtnl_act *act, int action)
{
	int err;
	struct vlan_data *v = vlan_data(act, &err);

	if (!v)
		return err;
	v->parms.action = action;
	v->mask |= VLAN_ATTR_PARMS | VLAN_ATTR_ACTION;
	return 0;
}

/** The verdict of @a act in *out. */
VLAN_GET(action, int, v->parms.action, VLAN_ATTR_ACTION)

/** Set the protocol pushed, in network order (htons(ETH_P_8021Q)); it
 * goes out as given, as upstream sends it. */
int rtnl_vlan_set_protocol(struct rtnl_act *act, uint16_t protocol)
{
	int err;
	struct vlan_data *v = vlan_data(act, &err);

	if (!v)
		return err;
	v->protocol = protocol;
	v->mask |= VLAN_ATTR_PROTOCOL;
	return 0;
}

/** The pushed protocol in *out. */
VLAN_GET(protocol, uint16_t, v->protocol, VLAN_ATTR_PROTOCOL)

/** Set the VLAN id pushed (0..4095). @return 0 or -NLE_RANGE. */
int rtnl_vlan_set_vlan_id(struct rtnl_act *act, uint16_t vid)
{
	int err;
	struct vlan_data *v = vlan_data(act, &err);

	if (!v)
		return err;
	if (vid > 4095)
		return -NLE_RANGE;
	v->vlan_id = vid;
	v->mask |= VLAN_ATTR_ID;
	return 0;
}

/** The pushed VLAN id in *out. */
VLAN_GET(vlan_id, uint16_t, v->vlan_id, VLAN_ATTR_ID)

/** Set the priority (0..7) pushed. @return 0 or -NLE_RANGE. */
int rtnl_vlan_set_vlan_prio(struct rtnl_act *act, uint8_t prio)
{
	int err;
	struct vlan_data *v = vlan_data(act, &err);

	if (!v)
		return err;
	if (prio > 7)
		return -NLE_RANGE;
	v->prio = prio;
	v->mask |= VLAN_ATTR_PRIO;
	return 0;
}

/** The pushed priority in *out. */
VLAN_GET(vlan_prio, uint8_t, v->prio, VLAN_ATTR_PRIO)
