/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * matchall classifier: every packet matches; a class and actions.
 */

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/matchall.h>

#define MALL_ATTR_CLASSID	0x1
#define MALL_ATTR_FLAGS		0x2
#define MALL_ATTR_ACTION	0x4

struct mall_data {
	uint64_t mask;
	uint32_t classid;
	uint32_t flags;
	struct rtnl_act *act;
};

static const struct nlo_attr mall_attrs[] = {
	NLO_ENTRY(struct mall_data, classid, MALL_ATTR_CLASSID, "classid",
		  NLO_U32, .nla = TCA_MATCHALL_CLASSID),
	NLO_ENTRY(struct mall_data, flags, MALL_ATTR_FLAGS, "flags", NLO_U32,
		  .nla = TCA_MATCHALL_FLAGS),
	NLO_BIT(MALL_ATTR_ACTION, "action"),
};

static const struct nlo_table mall_table =
	NLO_TABLE(struct mall_data, mask, mall_attrs, TCA_MATCHALL_MAX);

static struct rtnl_tc_ops mall_ops;

static int mall_msg_parser(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct mall_data *m = data;
	struct nlattr *tb[TCA_MATCHALL_MAX + 1];
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_MATCHALL_MAX, opts, NULL);
	if (err < 0)
		return err;
	if (tb[TCA_MATCHALL_ACT]) {
		rtnl_act_put_all(&m->act);
		err = rtnl_act_parse(&m->act, tb[TCA_MATCHALL_ACT]);
		if (err < 0)
			return err;
		m->mask |= MALL_ATTR_ACTION;
	}
	return 0;
}

static int mall_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct mall_data *m = data;

	(void)tc;
	if ((m->mask & MALL_ATTR_ACTION) && m->act)
		return rtnl_act_fill(msg, TCA_MATCHALL_ACT, m->act);
	return 0;
}

static int mall_clone(void *dst, void *src)
{
	return _rtnl_act_clone_list(&((struct mall_data *)dst)->act,
				    ((struct mall_data *)src)->act);
}

static void mall_free_data(struct rtnl_tc *tc, void *data)
{
	(void)tc;
	rtnl_act_put_all(&((struct mall_data *)data)->act);
}

static int mall_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			void *db, int flags)
{
	(void)a;
	(void)b;
	(void)flags;
	return _rtnl_act_list_differ(((struct mall_data *)da)->act,
				     ((struct mall_data *)db)->act);
}

static void mall_dump_line(struct rtnl_tc *tc, void *data,
			   struct nl_dump_params *p)
{
	struct mall_data *m = data;
	char buf[32];

	(void)tc;
	if (m && (m->mask & MALL_ATTR_CLASSID))
		nl_dump(p, " target %s",
			rtnl_tc_handle2str(m->classid, buf, sizeof(buf)));
}

static void mall_dump_details(struct rtnl_tc *tc, void *data,
			      struct nl_dump_params *p)
{
	(void)tc;
	(void)data;
	nl_dump(p, "no details for match-all");
}

static struct rtnl_tc_ops mall_ops = {
	.to_kind = "matchall",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct mall_data),
	.to_table = &mall_table,
	.to_msg_parser = mall_msg_parser,
	.to_msg_fill = mall_msg_fill,
	.to_clone = mall_clone,
	.to_free_data = mall_free_data,
	.to_compare = mall_compare,
	.to_dump = {
		[NL_DUMP_LINE] = mall_dump_line,
		[NL_DUMP_DETAILS] = mall_dump_details,
	},
};

TC_REGISTER(mall_ops)

static struct mall_data *mall_data(struct rtnl_cls *cls, int *err)
{
	return rtnl_tc_data_check(TC_CAST(cls), &mall_ops, err);
}

/** Set the class all packets go to. */
int rtnl_mall_set_classid(struct rtnl_cls *cls, uint32_t classid)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	m->classid = classid;
	m->mask |= MALL_ATTR_CLASSID;
	return 0;
}

/** The class of @a cls in *classid; -NLE_INVAL when not set. */
int rtnl_mall_get_classid(struct rtnl_cls *cls, uint32_t *classid)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	if (!(m->mask & MALL_ATTR_CLASSID))
		return -NLE_INVAL;
	*classid = m->classid;
	return 0;
}

/** Set the TCA_CLS_FLAGS_* of @a cls. */
int rtnl_mall_set_flags(struct rtnl_cls *cls, uint32_t flags)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	m->flags = flags;
	m->mask |= MALL_ATTR_FLAGS;
	return 0;
}

/** The flags of @a cls in *flags; -NLE_INVAL when not set. */
int rtnl_mall_get_flags(struct rtnl_cls *cls, uint32_t *flags)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	if (!(m->mask & MALL_ATTR_FLAGS))
		return -NLE_INVAL;
	*flags = m->flags;
	return 0;
}

/** Append @a act to the actions of @a cls (a reference is taken). */
int rtnl_mall_append_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	err = _rtnl_act_add_ref(&m->act, act);
	if (err < 0)
		return err;
	m->mask |= MALL_ATTR_ACTION;
	return 0;
}

/**
 * The first action of @a cls with a new reference (drop it with
 * rtnl_act_put()), or NULL.
 */
struct rtnl_act *rtnl_mall_get_first_action(struct rtnl_cls *cls)
{
	struct mall_data *m = mall_data(cls, NULL);

	if (!m || !m->act)
		return NULL;
	rtnl_act_get(m->act);
	return m->act;
}

/** Remove @a act from the actions of @a cls, dropping its reference. */
int rtnl_mall_del_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct mall_data *m = mall_data(cls, &err);

	if (!m)
		return err;
	if (!(m->mask & MALL_ATTR_ACTION))
		return -NLE_INVAL;
	err = _rtnl_act_del_ref(&m->act, act);
	if (err < 0)
		return err;
	if (!m->act)
		m->mask &= ~MALL_ATTR_ACTION;
	return 0;
}
