/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The generic netlink controller ("nlctrl", id GENL_ID_CTRL): the
 * "genl/family" cache and name resolution of families and groups.
 */

#include <stdlib.h>
#include <string.h>

#include "nl-genl.h"

/* The controller attributes a family description may carry. */
static const struct nla_policy ctrl_policy[CTRL_ATTR_MCAST_GROUPS + 1] = {
	[CTRL_ATTR_FAMILY_ID] = { .type = NLA_U16 },
	[CTRL_ATTR_FAMILY_NAME] = { .type = NLA_STRING, .maxlen = GENL_NAMSIZ },
	[CTRL_ATTR_VERSION] = { .type = NLA_U32 },
	[CTRL_ATTR_HDRSIZE] = { .type = NLA_U32 },
	[CTRL_ATTR_MAXATTR] = { .type = NLA_U32 },
	[CTRL_ATTR_OPS] = { .type = NLA_NESTED },
	[CTRL_ATTR_MCAST_GROUPS] = { .type = NLA_NESTED },
};

static const struct nla_policy op_policy[CTRL_ATTR_OP_MAX + 1] = {
	[CTRL_ATTR_OP_ID] = { .type = NLA_U32 },
	[CTRL_ATTR_OP_FLAGS] = { .type = NLA_U32 },
};

static const struct nla_policy grp_policy[CTRL_ATTR_MCAST_GRP_MAX + 1] = {
	[CTRL_ATTR_MCAST_GRP_NAME] = { .type = NLA_STRING, .maxlen = GENL_NAMSIZ },
	[CTRL_ATTR_MCAST_GRP_ID] = { .type = NLA_U32 },
};

/* The 32-bit scalar attributes and where they go. */
static const struct {
	int nla;
	void (*set)(struct genl_family *, uint32_t);
} ctrl_u32_attrs[] = {
	{ CTRL_ATTR_HDRSIZE, genl_family_set_hdrsize },
	{ CTRL_ATTR_MAXATTR, genl_family_set_maxattr },
};

static int parse_ops(struct genl_family *family, struct nlattr *ops)
{
	struct nlattr *nla, *tb[CTRL_ATTR_OP_MAX + 1];
	int rem, err;

	nla_for_each_nested(nla, ops, rem) {
		err = nla_parse_nested(tb, CTRL_ATTR_OP_MAX, nla,
				       (struct nla_policy *)op_policy);
		if (err < 0)
			return err;
		if (!tb[CTRL_ATTR_OP_ID])
			return -NLE_MISSING_ATTR;
		err = genl_family_add_op(family, nla_get_u32(tb[CTRL_ATTR_OP_ID]),
					 tb[CTRL_ATTR_OP_FLAGS] ?
					 nla_get_u32(tb[CTRL_ATTR_OP_FLAGS]) : 0);
		if (err < 0)
			return err;
	}
	return 0;
}

static int parse_groups(struct genl_family *family, struct nlattr *grps)
{
	struct nlattr *nla, *tb[CTRL_ATTR_MCAST_GRP_MAX + 1];
	char name[GENL_NAMSIZ];
	int rem, err;

	nla_for_each_nested(nla, grps, rem) {
		err = nla_parse_nested(tb, CTRL_ATTR_MCAST_GRP_MAX, nla,
				       (struct nla_policy *)grp_policy);
		if (err < 0)
			return err;
		if (!tb[CTRL_ATTR_MCAST_GRP_ID] || !tb[CTRL_ATTR_MCAST_GRP_NAME])
			return -NLE_MISSING_ATTR;
		nla_strlcpy(name, tb[CTRL_ATTR_MCAST_GRP_NAME], sizeof(name));
		err = genl_family_add_grp(family,
					  nla_get_u32(tb[CTRL_ATTR_MCAST_GRP_ID]),
					  name);
		if (err < 0)
			return err;
	}
	return 0;
}

int _genl_ctrl_parse_family(struct nlmsghdr *nlh, struct genl_family **result)
{
	struct nlattr *tb[CTRL_ATTR_MCAST_GROUPS + 1];
	struct genl_family *family;
	char name[GENL_NAMSIZ];
	size_t i;
	int err;

	err = genlmsg_parse(nlh, 0, tb, CTRL_ATTR_MCAST_GROUPS, ctrl_policy);
	if (err < 0)
		return err;

	family = genl_family_alloc();
	if (!family)
		return -NLE_NOMEM;
	family->ce_msgtype = nlh->nlmsg_type;
	family->gf_cmd = genlmsg_hdr(nlh)->cmd;

	if (tb[CTRL_ATTR_FAMILY_ID])
		genl_family_set_id(family, nla_get_u16(tb[CTRL_ATTR_FAMILY_ID]));
	if (tb[CTRL_ATTR_FAMILY_NAME]) {
		nla_strlcpy(name, tb[CTRL_ATTR_FAMILY_NAME], sizeof(name));
		genl_family_set_name(family, name);
	}
	if (tb[CTRL_ATTR_VERSION])
		genl_family_set_version(family, nla_get_u32(tb[CTRL_ATTR_VERSION]));
	for (i = 0; i < ARRAY_SIZE(ctrl_u32_attrs); i++)
		if (tb[ctrl_u32_attrs[i].nla])
			ctrl_u32_attrs[i].set(family,
					      nla_get_u32(tb[ctrl_u32_attrs[i].nla]));

	if (tb[CTRL_ATTR_OPS] &&
	    (err = parse_ops(family, tb[CTRL_ATTR_OPS])) < 0)
		goto fail;
	if (tb[CTRL_ATTR_MCAST_GROUPS] &&
	    (err = parse_groups(family, tb[CTRL_ATTR_MCAST_GROUPS])) < 0)
		goto fail;

	*result = family;
	return 0;
fail:
	genl_family_put(family);
	return err;
}

/* Parser of NEWFAMILY and DELFAMILY messages for the cache. */
static int ctrl_msg_parser(struct nl_cache_ops *ops, struct genl_cmd *cmd,
			   struct genl_info *info, void *arg)
{
	struct nl_parser_param *pp = arg;
	struct genl_family *family;
	int err;

	/* Through genl_handle_msg() @arg must be a struct nl_parser_param,
	 * as upstream; without a callback there is nothing to hand over. */
	if (!pp || !pp->pp_cb)
		return NL_SKIP;
	err = _genl_ctrl_parse_family(info->nlh, &family);
	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)family, pp);
	genl_family_put(family);
	return err;
}

/* The controller's commands.  Only the first five carry names, as
 * upstream's, so genl_op2name() and the dumps print the same. */
static struct genl_cmd ctrl_cmds[] = {
	{
		.c_id = CTRL_CMD_NEWFAMILY,
		.c_name = "NEWFAMILY",
		.c_maxattr = CTRL_ATTR_MCAST_GROUPS,
		.c_attr_policy = (struct nla_policy *)ctrl_policy,
		.c_msg_parser = ctrl_msg_parser,
	},
	{
		.c_id = CTRL_CMD_DELFAMILY,
		.c_name = "DELFAMILY",
		.c_maxattr = CTRL_ATTR_MCAST_GROUPS,
		.c_attr_policy = (struct nla_policy *)ctrl_policy,
		.c_msg_parser = ctrl_msg_parser,
	},
	{ .c_id = CTRL_CMD_GETFAMILY, .c_name = "GETFAMILY" },
	{ .c_id = CTRL_CMD_NEWOPS, .c_name = "NEWOPS" },
	{ .c_id = CTRL_CMD_DELOPS, .c_name = "DELOPS" },
};

static struct genl_ops ctrl_genl_ops = {
	.o_cmds = ctrl_cmds,
	.o_ncmds = ARRAY_SIZE(ctrl_cmds),
};

static int ctrl_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	return genl_send_simple(sk, GENL_ID_CTRL, CTRL_CMD_GETFAMILY,
				GENL_CTRL_REQ_VERSION, NLM_F_DUMP);
}

/*
 * Messages of the controller's family that describe no family on their
 * own (group added or removed) are skipped here, so that a cache manager
 * listening on the "notify" group does not fail on them; the family is
 * brought up to date by the next refill or resync.
 */
static int ctrl_cache_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			     struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	if (genlmsg_valid_hdr(nlh, 0)) {
		uint8_t cmd = genlmsg_hdr(nlh)->cmd;

		if (cmd == CTRL_CMD_NEWMCAST_GRP || cmd == CTRL_CMD_DELMCAST_GRP)
			return NL_SKIP;
	}
	return _genl_msg_parser(ops, who, nlh, pp);
}

/*
 * Events: a DELFAMILY removes the family from the cache, anything else
 * adds it or replaces the copy held.  All controller messages share one
 * netlink message type, so co_msgtypes cannot tell the actions apart.
 */
static int ctrl_include_event(struct nl_cache *cache, struct nl_object *obj,
			      change_func_t cb, change_func_v2_t cb_v2,
			      void *data)
{
	struct genl_family *family = (struct genl_family *)obj;
	struct nl_object *old;
	uint64_t diff = 0;
	int err;

	old = nl_cache_search(cache, obj);
	if (family->gf_cmd == CTRL_CMD_DELFAMILY) {
		if (!old)
			return 0;
		nl_cache_remove(old);
		if (cb_v2)
			cb_v2(cache, old, NULL, 0, NL_ACT_DEL, data);
		else if (cb)
			cb(cache, old, NL_ACT_DEL, data);
		nl_object_put(old);
		return 0;
	}

	if (old) {
		diff = nl_object_diff64(old, obj);
		nl_cache_remove(old);
	}
	err = nl_cache_add(cache, obj);
	if (err < 0) {
		nl_object_put(old);
		return err;
	}
	if (cb_v2)
		cb_v2(cache, old, obj, diff, old ? NL_ACT_CHANGE : NL_ACT_NEW,
		      data);
	else if (cb)
		cb(cache, obj, old ? NL_ACT_CHANGE : NL_ACT_NEW, data);
	nl_object_put(old);
	return 0;
}

static struct nl_af_group ctrl_groups[] = {
	{ AF_UNSPEC, GENL_ID_CTRL },	/* nlctrl's "notify" group */
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops genl_ctrl_cache_ops = {
	.co_name = "genl/family",
	.co_hdrsize = GENL_HDRSIZE(0),
	.co_protocol = NETLINK_GENERIC,
	.co_groups = ctrl_groups,
	.co_request_update = ctrl_request_update,
	.co_include_event = ctrl_include_event,
	.co_obj_ops = &genl_family_ops,
	.co_genl = &ctrl_genl_ops,
	.co_msgtypes = {
		{ GENL_ID_CTRL, NL_ACT_UNSPEC, "nlctrl" },
		END_OF_MSGTYPES_LIST,
	},
};

/**
 * Allocate a "genl/family" cache filled with every family the kernel
 * reports on @a sk (a NETLINK_GENERIC socket).  The fill is a consistent
 * dump (nl_cache_refill()).
 * @return 0 and the cache in @a result (free it with nl_cache_free()), or
 *         a negative error code.
 */
int genl_ctrl_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&genl_ctrl_cache_ops, sk, result);
}

/**
 * Find the family with numeric id @a id in @a cache.
 * @return the family with a new reference (release it with
 *         genl_family_put()), or NULL.
 */
struct genl_family *genl_ctrl_search(struct nl_cache *cache, int id)
{
	struct genl_family *f;

	if (!cache || cache->c_ops != &genl_ctrl_cache_ops)
		return NULL;
	nl_list_for_each_entry(f, &cache->c_items, ce_list) {
		if (f->gf_id == id) {
			nl_object_get((struct nl_object *)f);
			return f;
		}
	}
	return NULL;
}

/**
 * Find the family called @a name in @a cache.
 * @return the family with a new reference (release it with
 *         genl_family_put()), or NULL.
 */
struct genl_family *genl_ctrl_search_by_name(struct nl_cache *cache,
					     const char *name)
{
	struct genl_family *f;

	if (!cache || !name || cache->c_ops != &genl_ctrl_cache_ops)
		return NULL;
	nl_list_for_each_entry(f, &cache->c_items, ce_list) {
		if (!strcmp(name, f->gf_name)) {
			nl_object_get((struct nl_object *)f);
			return f;
		}
	}
	return NULL;
}

/* State of one GETFAMILY request for a name. */
struct ctrl_probe {
	struct genl_family *family;
	int err;
	int done;
};

static int probe_valid(struct nl_msg *msg, void *arg)
{
	struct ctrl_probe *p = arg;
	struct genl_family *family;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	if (nlh->nlmsg_type != GENL_ID_CTRL)
		return NL_SKIP;
	/* On a bad answer keep reading to the ACK: the socket stays in step. */
	p->err = _genl_ctrl_parse_family(nlh, &family);
	if (p->err < 0)
		return NL_SKIP;
	genl_family_put(p->family);
	p->family = family;
	return NL_OK;
}

static int probe_ack(struct nl_msg *msg, void *arg)
{
	struct ctrl_probe *p = arg;

	p->done = 1;
	return NL_STOP;
}

/*
 * Ask the controller about the family called @name (CTRL_CMD_GETFAMILY
 * with CTRL_ATTR_FAMILY_NAME) and wait for its answer.  As upstream, every
 * failure of the exchange (sending, receiving, the kernel's error, a bad
 * answer) reads as -NLE_OBJ_NOTFOUND; the cause goes to the debug output.
 */
static int ctrl_probe_by_name(struct nl_sock *sk, const char *name,
			      struct genl_family **result)
{
	struct ctrl_probe p = { 0 };
	struct nl_msg *msg;
	struct nl_cb *cb;
	int err;

	if (!name)
		return -NLE_INVAL;
	msg = nlmsg_alloc();
	if (!msg)
		return -NLE_NOMEM;
	cb = nl_cb_clone(sk->s_cb);
	if (!cb) {
		err = -NLE_NOMEM;
		goto out;
	}
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, probe_valid, &p);
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, probe_ack, &p);

	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL, 0, 0,
			 CTRL_CMD_GETFAMILY, GENL_CTRL_REQ_VERSION) ||
	    nla_put_string(msg, CTRL_ATTR_FAMILY_NAME, name) < 0) {
		err = -NLE_MSGSIZE;
		goto out;
	}
	err = nl_send_auto(sk, msg);
	if (err < 0)
		goto out;

	/* Read until the ACK (or, without auto-ACK, until the answer). */
	while (!p.done) {
		err = nl_recvmsgs(sk, cb);
		if (err < 0)
			goto out;
		if ((p.family || p.err < 0) && (sk->s_flags & NL_NO_AUTO_ACK))
			break;
	}
	if (p.err < 0) {
		err = p.err;
		goto out;
	}
	if (!p.family) {
		err = -NLE_OBJ_NOTFOUND;
		goto out;
	}
	*result = p.family;
	p.family = NULL;
	err = 0;
out:
	if (err < 0) {
		NL_DBG(2, "genl: resolving family \"%s\" failed: %s\n", name,
		       nl_geterror(err));
		err = -NLE_OBJ_NOTFOUND;
	}
	genl_family_put(p.family);
	nl_cb_put(cb);
	nlmsg_free(msg);
	return err;
}

/**
 * Ask the kernel for the numeric id of the family called @a name.
 * @return the id; -NLE_INVAL when @a name is NULL; -NLE_OBJ_NOTFOUND
 *         when there is no such family or the request failed.
 */
int genl_ctrl_resolve(struct nl_sock *sk, const char *name)
{
	struct genl_family *family;
	int err;

	err = ctrl_probe_by_name(sk, name, &family);
	if (err < 0)
		return err;
	err = genl_family_get_id(family);
	genl_family_put(family);
	return err;
}

/**
 * Ask the kernel for the id of multicast group @a grp of family
 * @a family_name.
 * @return the group id, -NLE_OBJ_NOTFOUND when the family or the group does
 *         not exist, or another negative error code.
 */
int genl_ctrl_resolve_grp(struct nl_sock *sk, const char *family_name,
			  const char *grp)
{
	struct genl_family *family;
	struct genl_family_grp *g;
	int err;

	if (!grp)
		return -NLE_INVAL;
	err = ctrl_probe_by_name(sk, family_name, &family);
	if (err < 0)
		return err;
	err = -NLE_OBJ_NOTFOUND;
	nl_list_for_each_entry(g, &family->gf_mc_grps, list) {
		if (!strcmp(g->name, grp)) {
			err = g->id;
			break;
		}
	}
	genl_family_put(family);
	return err;
}

static void __attribute__((constructor)) ctrl_init(void)
{
	genl_register(&genl_ctrl_cache_ops);
	/* genl_register() installed the generic parser; put ours in front. */
	genl_ctrl_cache_ops.co_msg_parser = ctrl_cache_parser;
}

static void __attribute__((destructor)) ctrl_exit(void)
{
	genl_unregister(&genl_ctrl_cache_ops);
}
