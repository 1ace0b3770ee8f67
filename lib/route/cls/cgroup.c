/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * cgroup classifier: classify by the sending control group, optionally
 * restricted by an ematch tree.
 */

#include <stdlib.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/classifier.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/cls/cgroup.h>

#define CGROUP_ATTR_EMATCH	0x1
#define CGROUP_ATTR_ACTION	0x2
#define CGROUP_ATTR_POLICE	0x4

struct cgroup_data {
	uint64_t mask;
	struct rtnl_ematch_tree *ematch;
	struct nl_data *act;
	struct nl_data *police;
};

static const struct nlo_attr cgroup_attrs[] = {
	NLO_BIT(CGROUP_ATTR_EMATCH, "ematch"),
	NLO_ENTRY(struct cgroup_data, act, CGROUP_ATTR_ACTION, "action",
		  NLO_DATA, .nla = TCA_CGROUP_ACT),
	NLO_ENTRY(struct cgroup_data, police, CGROUP_ATTR_POLICE, "police",
		  NLO_DATA, .nla = TCA_CGROUP_POLICE),
};

static const struct nlo_table cgroup_table =
	NLO_TABLE(struct cgroup_data, mask, cgroup_attrs, TCA_CGROUP_MAX);

static struct rtnl_tc_ops cgroup_ops;

static int cgroup_msg_parser(struct rtnl_tc *tc, void *data,
			     struct nlattr *opts)
{
	struct cgroup_data *c = data;
	struct nlattr *tb[TCA_CGROUP_MAX + 1];
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_CGROUP_MAX, opts, NULL);
	if (err < 0)
		return err;
	if (tb[TCA_CGROUP_EMATCHES]) {
		rtnl_ematch_tree_free(c->ematch);
		c->ematch = NULL;
		err = rtnl_ematch_parse_attr(tb[TCA_CGROUP_EMATCHES],
					     &c->ematch);
		if (err < 0)
			return err;
		c->mask |= CGROUP_ATTR_EMATCH;
	}
	return 0;
}

/* As upstream: a handle is needed, and TCA_OPTIONS goes out even empty
 * (the kernel's cgroup classifier wants it). */
static int cgroup_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct cgroup_data *c = data;
	struct nlattr *opts;
	int err;

	if (!(tc->ce_mask & TCA_ATTR_HANDLE))
		return -NLE_MISSING_ATTR;
	if (!(opts = nla_nest_start(msg, TCA_OPTIONS)))
		return -NLE_MSGSIZE;
	if ((c->mask & CGROUP_ATTR_EMATCH) && c->ematch &&
	    (err = rtnl_ematch_fill_attr(msg, TCA_CGROUP_EMATCHES,
					 c->ematch)) < 0)
		return err;
	return nla_nest_end_keep_empty(msg, opts) < 0 ? -NLE_MSGSIZE : 0;
}

static int cgroup_clone(void *dst, void *src)
{
	struct cgroup_data *d = dst, *s = src;

	d->ematch = NULL;
	if (s->ematch && !(d->ematch = rtnl_ematch_tree_clone(s->ematch)))
		return -NLE_NOMEM;
	return 0;
}

static void cgroup_free_data(struct rtnl_tc *tc, void *data)
{
	struct cgroup_data *c = data;

	(void)tc;
	rtnl_ematch_tree_free(c->ematch);
	c->ematch = NULL;
}

static int cgroup_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			  void *db, int flags)
{
	(void)a;
	(void)b;
	(void)flags;
	return _rtnl_ematch_tree_differ(((struct cgroup_data *)da)->ematch,
					((struct cgroup_data *)db)->ematch);
}

static void cgroup_dump_line(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct cgroup_data *c = data;

	(void)tc;
	if (c && (c->mask & CGROUP_ATTR_EMATCH))
		nl_dump(p, " ematch");
	else
		nl_dump(p, " match-all");
}

static void cgroup_dump_details(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	struct cgroup_data *c = data;

	(void)tc;
	if (c && (c->mask & CGROUP_ATTR_EMATCH) && c->ematch) {
		nl_dump(p, "    ematch ");
		rtnl_ematch_tree_dump(c->ematch, p);
	} else
		nl_dump(p, "no options");
}

static struct rtnl_tc_ops cgroup_ops = {
	.to_kind = "cgroup",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct cgroup_data),
	.to_table = &cgroup_table,
	.to_msg_parser = cgroup_msg_parser,
	.to_msg_fill_raw = cgroup_msg_fill,
	.to_clone = cgroup_clone,
	.to_free_data = cgroup_free_data,
	.to_compare = cgroup_compare,
	.to_dump = {
		[NL_DUMP_LINE] = cgroup_dump_line,
		[NL_DUMP_DETAILS] = cgroup_dump_details,
	},
};

TC_REGISTER(cgroup_ops)

/**
 * Set the ematch tree of @a cls, which takes ownership of @a tree (NULL
 * removes it; a previous tree is freed).
 */
void rtnl_cgroup_set_ematch(struct rtnl_cls *cls, struct rtnl_ematch_tree *tree)
{
	struct cgroup_data *c = rtnl_tc_data_check(TC_CAST(cls), &cgroup_ops,
						   NULL);

	if (!c)
		return;
	if (c->ematch != tree)
		rtnl_ematch_tree_free(c->ematch);
	c->ematch = tree;
	if (tree)
		c->mask |= CGROUP_ATTR_EMATCH;
	else
		c->mask &= ~CGROUP_ATTR_EMATCH;
}

/** The ematch tree of @a cls (owned by @a cls), or NULL. */
struct rtnl_ematch_tree *rtnl_cgroup_get_ematch(struct rtnl_cls *cls)
{
	struct cgroup_data *c = rtnl_tc_data_check(TC_CAST(cls), &cgroup_ops,
						   NULL);

	return c ? c->ematch : NULL;
}
