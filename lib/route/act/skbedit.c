/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * skbedit action: set the priority, queue mapping or mark of packets.
 */

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/action.h>
#include <netlink/route/act/skbedit.h>

#define SKBEDIT_ATTR_PARMS	0x1
#define SKBEDIT_ATTR_PRIORITY	0x2
#define SKBEDIT_ATTR_QUEUE	0x4
#define SKBEDIT_ATTR_MARK	0x8
#define SKBEDIT_ATTR_ACTION	0x10	/* parms.action set */

struct skbedit_data {
	uint64_t mask;
	struct tc_skbedit parms;
	uint32_t priority;
	uint16_t queue_mapping;
	uint32_t mark;
};

static const struct nlo_attr skbedit_attrs[] = {
	NLO_ENTRY(struct skbedit_data, parms, SKBEDIT_ATTR_PARMS, "parms",
		  NLO_BINARY, .nla = TCA_SKBEDIT_PARMS,
		  /* upstream always sends the parameters */
		  .flags = NLO_F_ALWAYS),
	NLO_ENTRY(struct skbedit_data, priority, SKBEDIT_ATTR_PRIORITY,
		  "priority", NLO_U32, .nla = TCA_SKBEDIT_PRIORITY),
	NLO_ENTRY(struct skbedit_data, queue_mapping, SKBEDIT_ATTR_QUEUE,
		  "queue_mapping", NLO_U16, .nla = TCA_SKBEDIT_QUEUE_MAPPING,
		  .flags = NLO_F_WIDE),
	NLO_ENTRY(struct skbedit_data, mark, SKBEDIT_ATTR_MARK, "mark",
		  NLO_U32, .nla = TCA_SKBEDIT_MARK),
};

static const uint16_t skbedit_order[] = {
	TCA_SKBEDIT_PARMS, TCA_SKBEDIT_MARK, TCA_SKBEDIT_PRIORITY,
	TCA_SKBEDIT_QUEUE_MAPPING,
};

static const struct nlo_table skbedit_table =
	NLO_TABLE_ORDERED(struct skbedit_data, mask, skbedit_attrs,
			  TCA_SKBEDIT_MAX, skbedit_order);

static void skbedit_dump_line(struct rtnl_tc *tc, void *data,
			      struct nl_dump_params *p)
{
	struct skbedit_data *s = data;

	(void)tc;
	if (!s)
		return;
	if (s->mask & SKBEDIT_ATTR_ACTION)
		_rtnl_act_dump_policy(s->parms.action, p);
	if (s->mask & SKBEDIT_ATTR_PRIORITY)
		nl_dump(p, " priority %u", s->priority);
	if (s->mask & SKBEDIT_ATTR_MARK)
		nl_dump(p, " mark %u", s->mark);
	if (s->mask & SKBEDIT_ATTR_QUEUE)
		nl_dump(p, " queue_mapping %u", s->queue_mapping);
}

static void skbedit_dump_details(struct rtnl_tc *tc, void *data,
				 struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	(void)p;
}

static int skbedit_msg_parser(struct rtnl_tc *tc, void *data,
			      struct nlattr *opts)
{
	struct skbedit_data *s = data;

	(void)tc;
	(void)opts;
	if (s->mask & SKBEDIT_ATTR_PARMS)
		s->mask |= SKBEDIT_ATTR_ACTION;
	return 0;
}

static struct rtnl_tc_ops skbedit_ops = {
	.to_kind = "skbedit",
	.to_type = RTNL_TC_TYPE_ACT,
	.to_size = sizeof(struct skbedit_data),
	.to_table = &skbedit_table,
	.to_msg_parser = skbedit_msg_parser,
	.to_dump = {
		[NL_DUMP_LINE] = skbedit_dump_line,
		[NL_DUMP_DETAILS] = skbedit_dump_details,
	},
};

TC_REGISTER(skbedit_ops)

static struct skbedit_data *skbedit_data(struct rtnl_act *act, int *err)
{
	struct skbedit_data *s = rtnl_tc_data_check(TC_CAST(act),
						    &skbedit_ops, err);

	/* the kernel requires TCA_SKBEDIT_PARMS in every request */
	if (s)
		s->mask |= SKBEDIT_ATTR_PARMS;
	return s;
}

/** Set the verdict (TC_ACT_*) of @a act. */
int rtnl_skbedit_set_action(struct rtnl_act *act, int action)
{
	int err;
	struct skbedit_data *s = skbedit_data(act, &err);

	if (!s)
		return err;
	s->parms.action = action;
	s->mask |= SKBEDIT_ATTR_ACTION;
	return 0;
}

/** The verdict (TC_ACT_*) of @a act, or a negative error code. */
int rtnl_skbedit_get_action(struct rtnl_act *act)
{
	int err;
	struct skbedit_data *s = skbedit_data(act, &err);

	return s ? s->parms.action : err;
}

#define SKBEDIT_ACCESSORS(NAME, T, MEMBER, BIT)                                \
	int rtnl_skbedit_set_##NAME(struct rtnl_act *act, T v)                 \
	{                                                                      \
		int err;                                                       \
		struct skbedit_data *s = skbedit_data(act, &err);              \
                                                                               \
		if (!s)                                                        \
			return err;                                            \
		s->MEMBER = v;                                                 \
		s->mask |= (BIT);                                              \
		return 0;                                                      \
	}                                                                      \
	int rtnl_skbedit_get_##NAME(struct rtnl_act *act, T *v)                \
	{                                                                      \
		int err;                                                       \
		struct skbedit_data *s = skbedit_data(act, &err);              \
                                                                               \
		if (!s)                                                        \
			return err;                                            \
		if (!(s->mask & (BIT)))                                        \
			return -NLE_NOATTR;                                    \
		*v = s->MEMBER;                                                \
		return 0;                                                      \
	}

/** Set / get the transmit queue packets are mapped to. */
SKBEDIT_ACCESSORS(queue_mapping, uint16_t, queue_mapping, SKBEDIT_ATTR_QUEUE)
/** Set / get the firewall mark written into packets. */
SKBEDIT_ACCESSORS(mark, uint32_t, mark, SKBEDIT_ATTR_MARK)
/** Set / get the priority (skb->priority) written into packets. */
SKBEDIT_ACCESSORS(priority, uint32_t, priority, SKBEDIT_ATTR_PRIORITY)
