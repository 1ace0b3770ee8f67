/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc actions: the rtnl_act object (a tc object of type RTNL_TC_TYPE_ACT),
 * action lists as classifiers carry them, and the RTM_*ACTION requests.
 *
 * An action list is a singly linked chain through a_next; the list holds
 * one reference on each member.  On the wire a list is a nest whose
 * members are nests numbered 1, 2, ... each holding TCA_ACT_KIND,
 * TCA_ACT_OPTIONS, TCA_ACT_INDEX and TCA_ACT_STATS.
 */

#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

/* struct tc_gen of <linux/pkt_cls.h>, as a type */
struct tc_gen_hdr {
	tc_gen;
};

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>
#include <netlink/route/action.h>

static struct nl_object_ops act_obj_ops;

static void act_constructor(struct nl_object *obj)
{
	TC_CAST(obj)->tc_type = RTNL_TC_TYPE_ACT;
}

/** Allocate an empty action (reference count 1), NULL on ENOMEM. */
struct rtnl_act *rtnl_act_alloc(void)
{
	return (struct rtnl_act *)nl_object_alloc(&act_obj_ops);
}

/** The action following @a act in its list, or NULL. */
struct rtnl_act *rtnl_act_next(struct rtnl_act *act)
{
	return act ? act->a_next : NULL;
}

/** Take a reference to @a act. */
void rtnl_act_get(struct rtnl_act *act)
{
	nl_object_get((struct nl_object *)act);
}

/** Drop a reference to @a act. */
void rtnl_act_put(struct rtnl_act *act)
{
	nl_object_put((struct nl_object *)act);
}

/**
 * Append @a new at the end of the list @a head (no reference is taken:
 * the list owns the caller's reference from now on).
 * @return 0, -NLE_INVAL, or -NLE_RANGE when the list holds
 * TCA_ACT_MAX_PRIO actions already.
 */
int rtnl_act_append(struct rtnl_act **head, struct rtnl_act *new)
{
	struct rtnl_act **pp;
	int n = 0;

	if (!head)
		return -NLE_INVAL;
	if (!new)
		return 0;	/* nothing to append, as upstream */
	for (pp = head; *pp; pp = &(*pp)->a_next) {
		if (*pp == new)
			return -NLE_EXIST;
		n++;
	}
	if (n >= TCA_ACT_MAX_PRIO)
		return -NLE_RANGE;
	new->a_next = NULL;
	*pp = new;
	return 0;
}

/**
 * Unlink @a act from the list @a head (its reference goes back to the
 * caller).
 * @return 0, or -NLE_OBJ_NOTFOUND when @a act is not in the list.
 */
int rtnl_act_remove(struct rtnl_act **head, struct rtnl_act *act)
{
	struct rtnl_act **pp;

	if (!head || !act)
		return -NLE_INVAL;
	for (pp = head; *pp; pp = &(*pp)->a_next) {
		if (*pp == act) {
			*pp = act->a_next;
			act->a_next = NULL;
			return 0;
		}
	}
	return -NLE_OBJ_NOTFOUND;
}

/** Drop the list's reference to each action of @a head; *head becomes NULL. */
void rtnl_act_put_all(struct rtnl_act **head)
{
	struct rtnl_act *act, *next;

	if (!head)
		return;
	for (act = *head; act; act = next) {
		next = act->a_next;
		act->a_next = NULL;
		rtnl_act_put(act);
	}
	*head = NULL;
}

int _rtnl_act_add_ref(struct rtnl_act **head, struct rtnl_act *act)
{
	int err;

	if (!act)
		return -NLE_INVAL;
	rtnl_act_get(act);
	err = rtnl_act_append(head, act);
	if (err < 0)
		rtnl_act_put(act);
	return err;
}

int _rtnl_act_del_ref(struct rtnl_act **head, struct rtnl_act *act)
{
	int err = rtnl_act_remove(head, act);

	if (err < 0)
		return err;
	rtnl_act_put(act);
	return 0;
}

/*
 * The kernel takes the index of a new action from the tc_gen header
 * that starts every kind's parameter structure (the "parms" entry of the
 * kind's table), not from TCA_ACT_INDEX: copy it there.
 */
static void act_set_parms_index(struct rtnl_tc *tc)
{
	struct rtnl_tc_ops *ops = rtnl_tc_get_ops(tc);
	void *data;
	unsigned int i;

	if (!ops || !ops->to_table || !(data = rtnl_tc_data(tc)))
		return;
	for (i = 0; i < ops->to_table->n; i++) {
		const struct nlo_attr *a = &ops->to_table->attrs[i];

		if (a->type == NLO_BINARY && a->size >= sizeof(struct tc_gen_hdr) &&
		    !strcmp(a->name, "parms")) {
			memcpy(nlo_ptr(data, a), &tc->tc_handle, sizeof(uint32_t));
			return;
		}
	}
}

static int act_fill_one(struct nl_msg *msg, int idx, struct rtnl_act *act)
{
	struct rtnl_tc *tc = TC_CAST(act);
	struct nlattr *nest;
	int err;

	/* an action without kind puts nothing (its position stays used),
	 * as upstream's */
	if (!(tc->ce_mask & TCA_ATTR_KIND))
		return 0;
	nest = nla_nest_start(msg, idx);
	if (!nest)
		return -NLE_NOMEM;
	if (nla_put_string(msg, TCA_ACT_KIND, tc->tc_kind) < 0)
		return -NLE_NOMEM;
	if ((tc->ce_mask & TCA_ATTR_HANDLE) && tc->tc_handle) {
		if (nla_put_u32(msg, TCA_ACT_INDEX, tc->tc_handle) < 0)
			return -NLE_NOMEM;
		act_set_parms_index(tc);
	}
	err = _rtnl_tc_opts_fill(tc, msg, TCA_ACT_OPTIONS);
	if (err < 0)
		return err;
	nla_nest_end(msg, nest);
	return 0;
}

/**
 * Put the action list @a act into @a msg as a nest of type @a attrtype
 * (nothing for an empty list).
 * @return 0 or a negative error code.
 */
int rtnl_act_fill(struct nl_msg *msg, int attrtype, struct rtnl_act *act)
{
	struct nlattr *nest;
	int idx = 1, err;

	if (!msg)
		return -NLE_INVAL;
	nest = nla_nest_start(msg, attrtype);
	if (!nest)
		return -NLE_NOMEM;
	for (; act; act = act->a_next) {
		err = act_fill_one(msg, idx++, act);
		if (err < 0) {
			nla_nest_cancel(msg, nest);
			return err;
		}
	}
	nla_nest_end(msg, nest);
	return 0;
}

static struct nla_policy act_policy[TCA_ACT_MAX + 1] = {
	[TCA_ACT_KIND] = { .type = NLA_STRING },
	[TCA_ACT_INDEX] = { .type = NLA_U32 },
	[TCA_ACT_OPTIONS] = { .type = NLA_NESTED },
	[TCA_ACT_STATS] = { .type = NLA_NESTED },
};

static int act_parse_one(struct rtnl_act *act, struct nlattr *nla)
{
	struct rtnl_tc *tc = TC_CAST(act);
	struct nlattr *tb[TCA_ACT_MAX + 1];
	int err;

	err = nla_parse_nested(tb, TCA_ACT_MAX, nla, act_policy);
	if (err < 0)
		return err;
	if (!tb[TCA_ACT_KIND])
		return -NLE_MISSING_ATTR;
	nla_strlcpy(tc->tc_kind, tb[TCA_ACT_KIND], sizeof(tc->tc_kind));
	tc->ce_mask |= TCA_ATTR_KIND;
	tc->tc_ops = rtnl_tc_lookup_ops(RTNL_TC_TYPE_ACT, tc->tc_kind);
	if (tb[TCA_ACT_INDEX]) {
		tc->tc_handle = nla_get_u32(tb[TCA_ACT_INDEX]);
		tc->ce_mask |= TCA_ATTR_HANDLE;
	}
	if (tb[TCA_ACT_STATS]) {
		err = _rtnl_tc_parse_stats(tc, tb[TCA_ACT_STATS], NULL);
		if (err < 0)
			return err;
	}
	if (tb[TCA_ACT_OPTIONS]) {
		tc->tc_opts = nl_data_alloc_attr(tb[TCA_ACT_OPTIONS]);
		if (!tc->tc_opts)
			return -NLE_NOMEM;
		tc->ce_mask |= TCA_ATTR_OPTS;
		err = _rtnl_tc_opts_parse(tc, tb[TCA_ACT_OPTIONS]);
		if (err < 0)
			return err;
	}
	return 0;
}

/**
 * Parse a nest of actions (as a classifier's action attribute or
 * TCA_ACT_TAB holds them) into a new list appended to *head.
 * @return the number of actions parsed, or a negative error code (the
 * list is then left as it was).
 */
int rtnl_act_parse(struct rtnl_act **head, struct nlattr *tb)
{
	struct rtnl_act *list = NULL, *act;
	struct nlattr *nla;
	int rem, err, n = 0;

	if (!head || !tb)
		return -NLE_INVAL;
	nla_for_each_nested(nla, tb, rem) {
		if (nla_type(nla) < 1 || nla_type(nla) > TCA_ACT_MAX_PRIO)
			continue;
		act = rtnl_act_alloc();
		if (!act) {
			err = -NLE_NOMEM;
			goto fail;
		}
		err = act_parse_one(act, nla);
		if (err >= 0)
			err = rtnl_act_append(&list, act);
		if (err < 0) {
			rtnl_act_put(act);
			goto fail;
		}
		n++;
	}
	if (n) {
		struct rtnl_act **pp = head;
		int have = 0;

		while (*pp) {
			pp = &(*pp)->a_next;
			have++;
		}
		if (have + n > TCA_ACT_MAX_PRIO) {
			err = -NLE_RANGE;
			goto fail;
		}
		*pp = list;
	}
	return n;
fail:
	rtnl_act_put_all(&list);
	return err;
}

int _rtnl_act_clone_list(struct rtnl_act **dst, struct rtnl_act *src)
{
	struct rtnl_act *list = NULL, *c;
	int err;

	for (; src; src = src->a_next) {
		c = (struct rtnl_act *)nl_object_clone((struct nl_object *)src);
		if (!c) {
			rtnl_act_put_all(&list);
			*dst = NULL;
			return -NLE_NOMEM;
		}
		c->a_next = NULL;
		err = rtnl_act_append(&list, c);
		if (err < 0) {
			rtnl_act_put(c);
			rtnl_act_put_all(&list);
			*dst = NULL;
			return err;
		}
	}
	*dst = list;
	return 0;
}

int _rtnl_act_list_differ(struct rtnl_act *a, struct rtnl_act *b)
{
	for (; a && b; a = a->a_next, b = b->a_next) {
		if (nl_object_diff64((struct nl_object *)a,
				     (struct nl_object *)b))
			return 1;
	}
	return a || b;
}

void _rtnl_act_dump_policy(int action, struct nl_dump_params *p)
{
	switch (action) {
	case TC_ACT_UNSPEC:
		nl_dump(p, " unspecified");
		break;
	case TC_ACT_SHOT:
		nl_dump(p, " shot");
		break;
	case TC_ACT_PIPE:
		nl_dump(p, " pipe");
		break;
	case TC_ACT_STOLEN:
		nl_dump(p, " stolen");
		break;
	}
}

void _rtnl_act_dump_list(struct rtnl_act *head, struct nl_dump_params *p)
{
	for (; head; head = head->a_next)
		nl_dump(p, " %s", TC_CAST(head)->tc_kind);
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static int act_build(struct rtnl_act *act, int type, int flags,
		     struct nl_msg **result)
{
	struct tcamsg tcahdr = { .tca_family = AF_UNSPEC };
	struct nl_msg *msg;
	int err;

	if (!result)
		return -NLE_INVAL;
	msg = nlmsg_alloc_simple(type, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &tcahdr, sizeof(tcahdr), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = rtnl_act_fill(msg, TCA_ACT_TAB, act);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

static int act_send(struct nl_sock *sk, int err, struct nl_msg *msg)
{
	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Build a RTM_NEWACTION request creating the actions of the list @a act,
 * with the netlink @a flags given (NLM_F_CREATE is the caller's to pass,
 * as upstream).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_act_build_add_request(struct rtnl_act *act, int flags,
			       struct nl_msg **result)
{
	return act_build(act, RTM_NEWACTION, flags, result);
}

/** Create the actions of @a act in the kernel and wait for the answer. */
int rtnl_act_add(struct nl_sock *sk, struct rtnl_act *act, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_act_build_add_request(act, flags, &msg);

	return act_send(sk, err, msg);
}

/**
 * Build a RTM_NEWACTION request replacing the actions of @a act
 * (NLM_F_REPLACE | @a flags).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_act_build_change_request(struct rtnl_act *act, int flags,
				  struct nl_msg **result)
{
	return act_build(act, RTM_NEWACTION, NLM_F_REPLACE | flags, result);
}

/** Change the actions of @a act in the kernel and wait for the answer. */
int rtnl_act_change(struct nl_sock *sk, struct rtnl_act *act, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_act_build_change_request(act, flags, &msg);

	return act_send(sk, err, msg);
}

/**
 * Build a RTM_DELACTION request for the actions of @a act (kind and
 * index identify each).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_act_build_delete_request(struct rtnl_act *act, int flags,
				  struct nl_msg **result)
{
	return act_build(act, RTM_DELACTION, flags, result);
}

/** Delete the actions of @a act in the kernel and wait for the answer. */
int rtnl_act_delete(struct nl_sock *sk, struct rtnl_act *act, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_act_build_delete_request(act, flags, &msg);

	return act_send(sk, err, msg);
}

/* ------------------------------------------------------------------ */

static void act_free_data(struct nl_object *obj)
{
	/* the list link is not a reference: nothing to drop for a_next */
	rtnl_tc_free_data(obj);
}

static int act_clone(struct nl_object *dst, struct nl_object *src)
{
	((struct rtnl_act *)dst)->a_next = NULL;
	return rtnl_tc_clone(dst, src);
}

static void act_dump_details(struct rtnl_tc *tc, struct nl_dump_params *p)
{
	if (tc->ce_mask & TCA_ATTR_HANDLE)
		nl_dump(p, "index %u ", tc->tc_handle);
}

static struct rtnl_tc_type_ops act_type_ops = {
	.tt_type = RTNL_TC_TYPE_ACT,
	.tt_dump_prefix = "act ",
	.tt_dump = {
		[NL_DUMP_DETAILS] = act_dump_details,
	},
};

static struct nl_object_ops act_obj_ops = {
	.oo_name = "route/act",
	.oo_size = sizeof(struct rtnl_act),
	.oo_constructor = act_constructor,
	.oo_free_data = act_free_data,
	.oo_clone = act_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = rtnl_tc_dump_line,
		[NL_DUMP_DETAILS] = rtnl_tc_dump_details,
		[NL_DUMP_STATS] = rtnl_tc_dump_stats,
	},
	.oo_compare = rtnl_tc_compare,
	/* no attribute names, as upstream's tc objects */
	.oo_id_attrs = TCA_ATTR_KIND | TCA_ATTR_HANDLE,
};

/* Notifications and replies of RTM_*ACTION carry TCA_ACT_TAB lists:
 * each action is handed to the cache separately. */
static int act_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			  struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct nlattr *tb[TCAA_MAX + 1];
	struct rtnl_act *list = NULL, *act;
	int err;

	(void)ops;
	(void)who;
	err = nlmsg_parse(n, sizeof(struct tcamsg), tb, TCAA_MAX, NULL);
	if (err < 0)
		return err;
	if (!tb[TCA_ACT_TAB])
		return -NLE_MISSING_ATTR;
	err = rtnl_act_parse(&list, tb[TCA_ACT_TAB]);
	if (err < 0)
		return err;
	err = 0;
	for (act = list; act && err >= 0; act = act->a_next)
		err = pp->pp_cb((struct nl_object *)act, pp);
	rtnl_act_put_all(&list);
	return err;
}

static struct nl_af_group act_groups[] = {
	{ AF_UNSPEC, RTNLGRP_TC },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_act_ops = {
	.co_name = "route/act",
	.co_hdrsize = sizeof(struct tcamsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = act_groups,
	.co_msg_parser = act_msg_parser,
	.co_obj_ops = &act_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWACTION, NL_ACT_NEW, "new" },
		{ RTM_DELACTION, NL_ACT_DEL, "del" },
		{ RTM_GETACTION, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) act_init(void)
{
	rtnl_tc_type_register(&act_type_ops);
	nl_cache_mngt_register(&rtnl_act_ops);
}

static void __attribute__((destructor)) act_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_act_ops);
	rtnl_tc_type_unregister(&act_type_ops);
}
