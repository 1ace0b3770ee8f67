/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * basic classifier: an ematch tree, a target class and actions.
 */

#include <stdlib.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/cls/basic.h>

#define BASIC_ATTR_TARGET	0x1
#define BASIC_ATTR_EMATCH	0x2
#define BASIC_ATTR_ACTION	0x4
#define BASIC_ATTR_POLICE	0x8

struct basic_data {
	uint64_t mask;
	uint32_t target;
	struct rtnl_ematch_tree *ematch;
	struct rtnl_act *act;
	struct nl_data *police;
};

static const struct nlo_attr basic_attrs[] = {
	NLO_ENTRY(struct basic_data, target, BASIC_ATTR_TARGET, "target",
		  NLO_U32, .nla = TCA_BASIC_CLASSID),
	NLO_BIT(BASIC_ATTR_EMATCH, "ematch"),
	NLO_BIT(BASIC_ATTR_ACTION, "action"),
	NLO_ENTRY(struct basic_data, police, BASIC_ATTR_POLICE, "police",
		  NLO_DATA, .nla = TCA_BASIC_POLICE),
};

static const struct nlo_table basic_table =
	NLO_TABLE(struct basic_data, mask, basic_attrs, TCA_BASIC_MAX);

static struct rtnl_tc_ops basic_ops;

static int basic_msg_parser(struct rtnl_tc *tc, void *data,
			    struct nlattr *opts)
{
	struct basic_data *b = data;
	struct nlattr *tb[TCA_BASIC_MAX + 1];
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_BASIC_MAX, opts, NULL);
	if (err < 0)
		return err;
	if (tb[TCA_BASIC_EMATCHES]) {
		rtnl_ematch_tree_free(b->ematch);
		b->ematch = NULL;
		err = rtnl_ematch_parse_attr(tb[TCA_BASIC_EMATCHES], &b->ematch);
		if (err < 0)
			return err;
		b->mask |= BASIC_ATTR_EMATCH;
	}
	if (tb[TCA_BASIC_ACT]) {
		rtnl_act_put_all(&b->act);
		err = rtnl_act_parse(&b->act, tb[TCA_BASIC_ACT]);
		if (err < 0)
			return err;
		b->mask |= BASIC_ATTR_ACTION;
	}
	return 0;
}

static int basic_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct basic_data *b = data;
	int err;

	(void)tc;
	if ((b->mask & BASIC_ATTR_EMATCH) && b->ematch) {
		err = rtnl_ematch_fill_attr(msg, TCA_BASIC_EMATCHES, b->ematch);
		if (err < 0)
			return err;
	}
	if ((b->mask & BASIC_ATTR_ACTION) && b->act)
		return rtnl_act_fill(msg, TCA_BASIC_ACT, b->act);
	return 0;
}

static int basic_clone(void *dst, void *src)
{
	struct basic_data *d = dst, *s = src;

	d->ematch = NULL;
	d->act = NULL;
	if (s->ematch && !(d->ematch = rtnl_ematch_tree_clone(s->ematch)))
		return -NLE_NOMEM;
	return _rtnl_act_clone_list(&d->act, s->act);
}

static void basic_free_data(struct rtnl_tc *tc, void *data)
{
	struct basic_data *b = data;

	(void)tc;
	rtnl_ematch_tree_free(b->ematch);
	b->ematch = NULL;
	rtnl_act_put_all(&b->act);
}

static int basic_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			 void *db, int flags)
{
	struct basic_data *x = da, *y = db;

	(void)a;
	(void)b;
	(void)flags;
	return _rtnl_ematch_tree_differ(x->ematch, y->ematch) ||
	       _rtnl_act_list_differ(x->act, y->act);
}

static void basic_dump_line(struct rtnl_tc *tc, void *data,
			    struct nl_dump_params *p)
{
	struct basic_data *b = data;
	char buf[32];

	(void)tc;
	if (!b)
		return;
	if (b->mask & BASIC_ATTR_EMATCH)
		nl_dump(p, " ematch");
	else
		nl_dump(p, " match-all");
	if (b->mask & BASIC_ATTR_TARGET)
		nl_dump(p, " target %s",
			rtnl_tc_handle2str(b->target, buf, sizeof(buf)));
}

static void basic_dump_details(struct rtnl_tc *tc, void *data,
			       struct nl_dump_params *p)
{
	struct basic_data *b = data;

	(void)tc;
	if (b && (b->mask & BASIC_ATTR_EMATCH) && b->ematch) {
		nl_dump(p, "    ematch ");
		rtnl_ematch_tree_dump(b->ematch, p);
	} else
		nl_dump(p, "no options.\n");
}

static struct rtnl_tc_ops basic_ops = {
	.to_kind = "basic",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct basic_data),
	.to_table = &basic_table,
	.to_msg_parser = basic_msg_parser,
	.to_msg_fill = basic_msg_fill,
	.to_clone = basic_clone,
	.to_free_data = basic_free_data,
	.to_compare = basic_compare,
	.to_dump = {
		[NL_DUMP_LINE] = basic_dump_line,
		[NL_DUMP_DETAILS] = basic_dump_details,
	},
};

TC_REGISTER(basic_ops)

static struct basic_data *basic_data(struct rtnl_cls *cls, int *err)
{
	return rtnl_tc_data_check(TC_CAST(cls), &basic_ops, err);
}

/** Set the class matching packets go to. */
void rtnl_basic_set_target(struct rtnl_cls *cls, uint32_t target)
{
	struct basic_data *b = basic_data(cls, NULL);

	if (!b)
		return;
	b->target = target;
	b->mask |= BASIC_ATTR_TARGET;
}

/** The target class of @a cls, 0 when not set. */
uint32_t rtnl_basic_get_target(struct rtnl_cls *cls)
{
	struct basic_data *b = basic_data(cls, NULL);

	return b ? b->target : 0;
}

/**
 * Set the ematch tree of @a cls, which takes ownership of @a tree (NULL
 * removes it; a previous tree is freed).
 */
void rtnl_basic_set_ematch(struct rtnl_cls *cls, struct rtnl_ematch_tree *tree)
{
	struct basic_data *b = basic_data(cls, NULL);

	if (!b)
		return;
	if (b->ematch != tree)
		rtnl_ematch_tree_free(b->ematch);
	b->ematch = tree;
	if (tree)
		b->mask |= BASIC_ATTR_EMATCH;
	else
		b->mask &= ~BASIC_ATTR_EMATCH;
}

/** The ematch tree of @a cls (owned by @a cls), or NULL. */
struct rtnl_ematch_tree *rtnl_basic_get_ematch(struct rtnl_cls *cls)
{
	struct basic_data *b = basic_data(cls, NULL);

	return b ? b->ematch : NULL;
}

/** Add @a act to the actions of @a cls (a reference is taken). */
int rtnl_basic_add_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct basic_data *b = basic_data(cls, &err);

	if (!b)
		return err;
	err = _rtnl_act_add_ref(&b->act, act);
	if (err < 0)
		return err;
	b->mask |= BASIC_ATTR_ACTION;
	return 0;
}

/** Remove @a act from the actions of @a cls, dropping its reference. */
int rtnl_basic_del_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct basic_data *b = basic_data(cls, &err);

	if (!b)
		return err;
	if (!(b->mask & BASIC_ATTR_ACTION))
		return -NLE_INVAL;
	err = _rtnl_act_del_ref(&b->act, act);
	if (err < 0)
		return err;
	if (!b->act)
		b->mask &= ~BASIC_ATTR_ACTION;
	return 0;
}

/** The first action of @a cls (no reference taken), or NULL. */
struct rtnl_act *rtnl_basic_get_action(struct rtnl_cls *cls)
{
	struct basic_data *b = basic_data(cls, NULL);

	return b ? b->act : NULL;
}
