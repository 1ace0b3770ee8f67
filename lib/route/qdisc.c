/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Queueing disciplines: the rtnl_qdisc object, its cache "route/qdisc"
 * and the add/update/delete requests.
 */

#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

static struct nl_cache_ops rtnl_qdisc_ops;
static struct nl_object_ops qdisc_obj_ops;

static void qdisc_constructor(struct nl_object *obj)
{
	TC_CAST(obj)->tc_type = RTNL_TC_TYPE_QDISC;
}

static int qdisc_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			    struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct rtnl_qdisc *qdisc = rtnl_qdisc_alloc();
	int err;

	(void)ops;
	(void)who;
	if (!qdisc)
		return -NLE_NOMEM;
	err = rtnl_tc_msg_parse(n, TC_CAST(qdisc));
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)qdisc, pp);
	rtnl_qdisc_put(qdisc);
	return err;
}

static int tc_request_dump(struct nl_sock *sk, int type, int ifindex)
{
	struct tcmsg tchdr = { .tcm_family = AF_UNSPEC,
			       .tcm_ifindex = ifindex };
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(type, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &tchdr, sizeof(tchdr), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

static int qdisc_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	(void)c;
	return tc_request_dump(sk, RTM_GETQDISC, 0);
}

/** Allocate an empty qdisc (reference count 1), NULL on ENOMEM. */
struct rtnl_qdisc *rtnl_qdisc_alloc(void)
{
	return (struct rtnl_qdisc *)nl_object_alloc(&qdisc_obj_ops);
}

/** Drop a reference to @a qdisc. */
void rtnl_qdisc_put(struct rtnl_qdisc *qdisc)
{
	nl_object_put((struct nl_object *)qdisc);
}

/**
 * Allocate a cache of all qdiscs of all interfaces and fill it from the
 * kernel through @a sk.
 * @return 0 or a negative error code; *result is the new cache.
 */
int rtnl_qdisc_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&rtnl_qdisc_ops, sk, result);
}

typedef int (*tc_match_fn)(struct rtnl_tc *, const void *);

static struct rtnl_tc *tc_find(struct nl_cache *cache,
			       struct nl_cache_ops *ops, int ifindex,
			       tc_match_fn match, const void *arg)
{
	struct nl_object *obj;

	if (!cache || cache->c_ops != ops)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct rtnl_tc *tc = TC_CAST(obj);

		if (tc->tc_ifindex == ifindex && match(tc, arg)) {
			nl_object_get(obj);
			return tc;
		}
	}
	return NULL;
}

static int match_handle(struct rtnl_tc *tc, const void *arg)
{
	return tc->tc_handle == *(const uint32_t *)arg;
}

static int match_parent(struct rtnl_tc *tc, const void *arg)
{
	return tc->tc_parent == *(const uint32_t *)arg;
}

static int match_kind(struct rtnl_tc *tc, const void *arg)
{
	return (tc->ce_mask & TCA_ATTR_KIND) && !strcmp(tc->tc_kind, arg);
}

/**
 * The qdisc of interface @a ifindex with handle @a handle in @a cache,
 * with a new reference, or NULL.
 */
struct rtnl_qdisc *rtnl_qdisc_get(struct nl_cache *cache, int ifindex,
				  uint32_t handle)
{
	return (struct rtnl_qdisc *)tc_find(cache, &rtnl_qdisc_ops, ifindex,
					    match_handle, &handle);
}

/**
 * The qdisc of interface @a ifindex attached to @a parent in @a cache,
 * with a new reference, or NULL.
 */
struct rtnl_qdisc *rtnl_qdisc_get_by_parent(struct nl_cache *cache,
					    int ifindex, uint32_t parent)
{
	return (struct rtnl_qdisc *)tc_find(cache, &rtnl_qdisc_ops, ifindex,
					    match_parent, &parent);
}

/**
 * The first qdisc of interface @a ifindex of kind @a kind in @a cache,
 * with a new reference, or NULL.
 */
struct rtnl_qdisc *rtnl_qdisc_get_by_kind(struct nl_cache *cache, int ifindex,
					  char *kind)
{
	if (!kind)
		return NULL;
	return (struct rtnl_qdisc *)tc_find(cache, &rtnl_qdisc_ops, ifindex,
					    match_kind, kind);
}

void _rtnl_tc_foreach_by_parent(struct nl_cache *cache, int ifindex,
				uint32_t parent,
				void (*cb)(struct nl_object *, void *),
				void *arg)
{
	struct nl_object *obj, *next;

	if (!cache || !cb)
		return;
	nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list) {
		struct rtnl_tc *tc = TC_CAST(obj);

		if (tc->tc_ifindex != ifindex || tc->tc_parent != parent)
			continue;
		nl_object_get(obj);
		cb(obj, arg);
		nl_object_put(obj);
	}
}

/**
 * Call @a cb for each class of @a cache (a class cache) whose parent is
 * @a qdisc: classes of its kind on its interface with the qdisc as parent,
 * and the top-level classes of the qdisc, which the kernel reports with
 * parent TC_H_ROOT and the qdisc's major number.
 */
void rtnl_qdisc_foreach_child(struct rtnl_qdisc *qdisc, struct nl_cache *cache,
			      void (*cb)(struct nl_object *, void *),
			      void *arg)
{
	struct rtnl_tc *q = TC_CAST(qdisc);
	struct nl_object *obj, *next;

	if (!qdisc || !cache || !cb)
		return;
	nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list) {
		struct rtnl_tc *c = TC_CAST(obj);

		if (c->tc_ifindex != q->tc_ifindex)
			continue;
		if ((q->ce_mask & TCA_ATTR_KIND) &&
		    strcmp(c->tc_kind, q->tc_kind))
			continue;
		if (c->tc_parent != q->tc_handle &&
		    !(c->tc_parent == TC_H_ROOT &&
		      TC_H_MAJ(c->tc_handle) == TC_H_MAJ(q->tc_handle)))
			continue;
		nl_object_get(obj);
		cb(obj, arg);
		nl_object_put(obj);
	}
}

/**
 * Call @a cb for each classifier of @a cache (a classifier cache)
 * attached to @a qdisc.
 */
void rtnl_qdisc_foreach_cls(struct rtnl_qdisc *qdisc, struct nl_cache *cache,
			    void (*cb)(struct nl_object *, void *), void *arg)
{
	struct rtnl_tc *tc = TC_CAST(qdisc);

	if (!qdisc || !cache)
		return;
	_rtnl_tc_foreach_by_parent(cache, tc->tc_ifindex, tc->tc_handle, cb,
				   arg);
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/**
 * Build a RTM_NEWQDISC request adding @a qdisc with the netlink @a flags
 * given (NLM_F_CREATE is the caller's to pass, as upstream).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_qdisc_build_add_request(struct rtnl_qdisc *qdisc, int flags,
				 struct nl_msg **result)
{
	uint64_t m = TC_CAST(qdisc)->ce_mask;

	/* upstream's checks, in its order */
	if (!(m & (TCA_ATTR_HANDLE | TCA_ATTR_PARENT))) {
		APPBUG("handle or parent must be specified");
		return -NLE_MISSING_ATTR;
	}
	if (!(m & TCA_ATTR_IFINDEX)) {
		APPBUG("ifindex must be specified");
		return -NLE_MISSING_ATTR;
	}
	return rtnl_tc_msg_build(TC_CAST(qdisc), RTM_NEWQDISC, flags, result);
}

static int send_and_wait(struct nl_sock *sk, int err, struct nl_msg *msg)
{
	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Add @a qdisc to the kernel and wait for the answer.
 * @return 0 or a negative error code.
 */
int rtnl_qdisc_add(struct nl_sock *sk, struct rtnl_qdisc *qdisc, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_qdisc_build_add_request(qdisc, flags, &msg);

	return send_and_wait(sk, err, msg);
}

/**
 * Build a RTM_NEWQDISC request changing @a qdisc (interface, handle and
 * parent taken from it) to the kind and options of @a new.  @a flags may
 * not hold NLM_F_CREATE or NLM_F_EXCL.
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_qdisc_build_update_request(struct rtnl_qdisc *qdisc,
				    struct rtnl_qdisc *new, int flags,
				    struct nl_msg **result)
{
	struct rtnl_tc *old = TC_CAST(qdisc), *tc = TC_CAST(new);
	int ifindex, handle, parent;
	uint64_t mask;
	int err;

	if (!qdisc || !new)
		return -NLE_INVAL;
	if (flags & (NLM_F_CREATE | NLM_F_EXCL)) {
		APPBUG("NLM_F_CREATE and NLM_F_EXCL are not allowed here");
		return -NLE_INVAL;
	}
	if (!(old->ce_mask & TCA_ATTR_IFINDEX))
		return -NLE_MISSING_ATTR;

	/* the identity comes from qdisc, everything else from new */
	ifindex = tc->tc_ifindex;
	handle = tc->tc_handle;
	parent = tc->tc_parent;
	mask = tc->ce_mask;
	tc->tc_ifindex = old->tc_ifindex;
	tc->ce_mask |= TCA_ATTR_IFINDEX;
	if (old->ce_mask & TCA_ATTR_HANDLE) {
		tc->tc_handle = old->tc_handle;
		tc->ce_mask |= TCA_ATTR_HANDLE;
	}
	if (old->ce_mask & TCA_ATTR_PARENT) {
		tc->tc_parent = old->tc_parent;
		tc->ce_mask |= TCA_ATTR_PARENT;
	}
	err = rtnl_tc_msg_build(tc, RTM_NEWQDISC, flags, result);
	tc->tc_ifindex = ifindex;
	tc->tc_handle = handle;
	tc->tc_parent = parent;
	tc->ce_mask = mask;
	return err;
}

/**
 * Change @a qdisc in the kernel to the settings of @a new and wait for
 * the answer.
 * @return 0 or a negative error code.
 */
int rtnl_qdisc_update(struct nl_sock *sk, struct rtnl_qdisc *qdisc,
		      struct rtnl_qdisc *new, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_qdisc_build_update_request(qdisc, new, flags, &msg);

	return send_and_wait(sk, err, msg);
}

/** Deprecated: rtnl_qdisc_build_update_request() with NLM_F_REPLACE. */
int rtnl_qdisc_build_change_request(struct rtnl_qdisc *qdisc,
				    struct rtnl_qdisc *new,
				    struct nl_msg **result)
{
	return rtnl_qdisc_build_update_request(qdisc, new, NLM_F_REPLACE,
					       result);
}

/** Deprecated: rtnl_qdisc_update() with NLM_F_REPLACE. */
int rtnl_qdisc_change(struct nl_sock *sk, struct rtnl_qdisc *qdisc,
		      struct rtnl_qdisc *new)
{
	return rtnl_qdisc_update(sk, qdisc, new, NLM_F_REPLACE);
}

/**
 * Build a RTM_DELQDISC request for @a qdisc, which needs its interface
 * and parent (its handle and kind are added when set).
 * @return 0, -NLE_MISSING_ATTR, or another negative error code.
 */
int rtnl_qdisc_build_delete_request(struct rtnl_qdisc *qdisc,
				    struct nl_msg **result)
{
	struct rtnl_tc *tc = TC_CAST(qdisc);
	struct tcmsg tchdr = { .tcm_family = AF_UNSPEC };
	struct nl_msg *msg;

	if ((tc->ce_mask & (TCA_ATTR_IFINDEX | TCA_ATTR_PARENT)) !=
	    (TCA_ATTR_IFINDEX | TCA_ATTR_PARENT)) {
		APPBUG("ifindex and parent must be specified");
		return -NLE_MISSING_ATTR;
	}
	tchdr.tcm_ifindex = tc->tc_ifindex;
	tchdr.tcm_parent = tc->tc_parent;
	if (tc->ce_mask & TCA_ATTR_HANDLE)
		tchdr.tcm_handle = tc->tc_handle;

	msg = nlmsg_alloc_simple(RTM_DELQDISC, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &tchdr, sizeof(tchdr), NLMSG_ALIGNTO) < 0 ||
	    ((tc->ce_mask & TCA_ATTR_KIND) &&
	     nla_put_string(msg, TCA_KIND, tc->tc_kind) < 0)) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/**
 * Delete @a qdisc in the kernel and wait for the answer.
 * @return 0 or a negative error code.
 */
int rtnl_qdisc_delete(struct nl_sock *sk, struct rtnl_qdisc *qdisc)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_qdisc_build_delete_request(qdisc, &msg);

	return send_and_wait(sk, err, msg);
}

/* ------------------------------------------------------------------ */

static void qdisc_dump_details(struct rtnl_tc *tc, struct nl_dump_params *p)
{
	nl_dump(p, "refcnt %u", tc->tc_info);
}

static struct rtnl_tc_type_ops qdisc_type_ops = {
	.tt_type = RTNL_TC_TYPE_QDISC,
	.tt_dump_prefix = "qdisc ",
	.tt_dump = {
		[NL_DUMP_DETAILS] = qdisc_dump_details,
	},
};

static struct nl_object_ops qdisc_obj_ops = {
	.oo_name = "route/qdisc",
	.oo_size = sizeof(struct rtnl_qdisc),
	.oo_constructor = qdisc_constructor,
	.oo_free_data = rtnl_tc_free_data,
	.oo_clone = rtnl_tc_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = rtnl_tc_dump_line,
		[NL_DUMP_DETAILS] = rtnl_tc_dump_details,
		[NL_DUMP_STATS] = rtnl_tc_dump_stats,
	},
	.oo_compare = rtnl_tc_compare,
	/* no attribute names, as upstream's tc objects */
	.oo_id_attrs = TCA_ATTR_IFINDEX | TCA_ATTR_HANDLE,
};

static struct nl_af_group qdisc_groups[] = {
	{ AF_UNSPEC, RTNLGRP_TC },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_qdisc_ops = {
	.co_name = "route/qdisc",
	.co_hdrsize = sizeof(struct tcmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = qdisc_groups,
	.co_request_update = qdisc_request_update,
	.co_msg_parser = qdisc_msg_parser,
	.co_obj_ops = &qdisc_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWQDISC, NL_ACT_NEW, "new" },
		{ RTM_DELQDISC, NL_ACT_DEL, "del" },
		{ RTM_GETQDISC, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

int _rtnl_tc_request_dump(struct nl_sock *sk, int type, int ifindex)
{
	return tc_request_dump(sk, type, ifindex);
}

static void __attribute__((constructor)) qdisc_init(void)
{
	rtnl_tc_type_register(&qdisc_type_ops);
	nl_cache_mngt_register(&rtnl_qdisc_ops);
}

static void __attribute__((destructor)) qdisc_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_qdisc_ops);
	rtnl_tc_type_unregister(&qdisc_type_ops);
}
