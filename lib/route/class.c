/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic classes: the rtnl_class object, its cache "route/class" (one
 * interface per cache) and the add/delete requests.
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

static struct nl_cache_ops rtnl_class_ops;
static struct nl_object_ops class_obj_ops;

static void class_constructor(struct nl_object *obj)
{
	TC_CAST(obj)->tc_type = RTNL_TC_TYPE_CLASS;
}

static int class_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			    struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct rtnl_class *class = rtnl_class_alloc();
	int err;

	(void)ops;
	(void)who;
	if (!class)
		return -NLE_NOMEM;
	err = rtnl_tc_msg_parse(n, TC_CAST(class));
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)class, pp);
	rtnl_class_put(class);
	return err;
}

static int class_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	return _rtnl_tc_request_dump(sk, RTM_GETTCLASS, cache->c_iarg1);
}

/** Allocate an empty class (reference count 1), NULL on ENOMEM. */
struct rtnl_class *rtnl_class_alloc(void)
{
	return (struct rtnl_class *)nl_object_alloc(&class_obj_ops);
}

/** Drop a reference to @a class. */
void rtnl_class_put(struct rtnl_class *class)
{
	nl_object_put((struct nl_object *)class);
}

/**
 * Allocate a cache of the classes of interface @a ifindex and, when @a sk
 * is not NULL, fill it from the kernel.
 * @return 0 or a negative error code; *result is the new cache.
 */
int rtnl_class_alloc_cache(struct nl_sock *sk, int ifindex,
			   struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&rtnl_class_ops);
	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = ifindex;
	if (sk) {
		err = nl_cache_refill(sk, cache);
		if (err < 0) {
			nl_cache_free(cache);
			return err;
		}
	}
	*result = cache;
	return 0;
}

static struct rtnl_class *class_find(struct nl_cache *cache, int ifindex,
				     uint32_t val, int by_parent)
{
	struct nl_object *obj;

	if (!cache || cache->c_ops != &rtnl_class_ops)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct rtnl_tc *tc = TC_CAST(obj);

		if (tc->tc_ifindex != ifindex)
			continue;
		if ((by_parent ? tc->tc_parent : tc->tc_handle) == val) {
			nl_object_get(obj);
			return (struct rtnl_class *)obj;
		}
	}
	return NULL;
}

/**
 * The class of interface @a ifindex with handle @a handle in @a cache,
 * with a new reference, or NULL.
 */
struct rtnl_class *rtnl_class_get(struct nl_cache *cache, int ifindex,
				  uint32_t handle)
{
	return class_find(cache, ifindex, handle, 0);
}

/**
 * The first class of interface @a ifindex whose parent is @a parent in
 * @a cache, with a new reference, or NULL.
 */
struct rtnl_class *rtnl_class_get_by_parent(struct nl_cache *cache,
					    int ifindex, uint32_t parent)
{
	return class_find(cache, ifindex, parent, 1);
}

/**
 * The qdisc attached to @a class (its leaf) found in @a cache (a qdisc
 * cache), with a new reference, or NULL.
 */
struct rtnl_qdisc *rtnl_class_leaf_qdisc(struct rtnl_class *class,
					 struct nl_cache *cache)
{
	struct rtnl_tc *tc = TC_CAST(class);
	struct rtnl_qdisc *leaf;

	if (!class || !tc->tc_info)
		return NULL;
	leaf = rtnl_qdisc_get_by_parent(cache, tc->tc_ifindex, tc->tc_handle);
	if (leaf && rtnl_tc_get_handle(TC_CAST(leaf)) != tc->tc_info) {
		rtnl_qdisc_put(leaf);
		leaf = NULL;
	}
	return leaf;
}

/**
 * Build a RTM_NEWTCLASS request adding @a class with the netlink @a flags
 * given (NLM_F_CREATE is the caller's to pass, as upstream).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_class_build_add_request(struct rtnl_class *class, int flags,
				 struct nl_msg **result)
{
	/* nothing is demanded of the class, as upstream */
	return rtnl_tc_msg_build(TC_CAST(class), RTM_NEWTCLASS, flags, result);
}

/**
 * Add @a class to the kernel and wait for the answer.
 * @return 0 or a negative error code.
 */
int rtnl_class_add(struct nl_sock *sk, struct rtnl_class *class, int flags)
{
	struct nl_msg *msg;
	int err = rtnl_class_build_add_request(class, flags, &msg);

	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Build a RTM_DELTCLASS request for @a class, which needs its interface
 * and handle (its parent is added when set).
 * @return 0, -NLE_MISSING_ATTR, or another negative error code.
 */
int rtnl_class_build_delete_request(struct rtnl_class *class,
				    struct nl_msg **result)
{
	struct rtnl_tc *tc = TC_CAST(class);
	struct tcmsg tchdr = { .tcm_family = AF_UNSPEC };
	struct nl_msg *msg;

	if ((tc->ce_mask & (TCA_ATTR_IFINDEX | TCA_ATTR_HANDLE)) !=
	    (TCA_ATTR_IFINDEX | TCA_ATTR_HANDLE)) {
		APPBUG("ifindex and handle must be specified");
		return -NLE_MISSING_ATTR;
	}
	tchdr.tcm_ifindex = tc->tc_ifindex;
	tchdr.tcm_handle = tc->tc_handle;
	if (tc->ce_mask & TCA_ATTR_PARENT)
		tchdr.tcm_parent = tc->tc_parent;

	msg = nlmsg_alloc_simple(RTM_DELTCLASS, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &tchdr, sizeof(tchdr), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/**
 * Delete @a class in the kernel and wait for the answer.
 * @return 0 or a negative error code.
 */
int rtnl_class_delete(struct nl_sock *sk, struct rtnl_class *class)
{
	struct nl_msg *msg;
	int err = rtnl_class_build_delete_request(class, &msg);

	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Call @a cb for each class of @a cache whose parent is @a class.
 */
void rtnl_class_foreach_child(struct rtnl_class *class, struct nl_cache *cache,
			      void (*cb)(struct nl_object *, void *),
			      void *arg)
{
	struct rtnl_tc *tc = TC_CAST(class);

	if (!class || !cache)
		return;
	_rtnl_tc_foreach_by_parent(cache, tc->tc_ifindex, tc->tc_handle, cb,
				   arg);
}

/**
 * Call @a cb for each classifier of @a cache (a classifier cache)
 * attached to @a class.
 */
void rtnl_class_foreach_cls(struct rtnl_class *class, struct nl_cache *cache,
			    void (*cb)(struct nl_object *, void *), void *arg)
{
	struct rtnl_tc *tc = TC_CAST(class);

	if (!class || !cache)
		return;
	_rtnl_tc_foreach_by_parent(cache, tc->tc_ifindex, tc->tc_handle, cb,
				   arg);
}

/* ------------------------------------------------------------------ */

static void class_dump_details(struct rtnl_tc *tc, struct nl_dump_params *p)
{
	char buf[32];

	if (tc->tc_info)
		nl_dump(p, "child-qdisc %s ",
			rtnl_tc_handle2str(tc->tc_info, buf, sizeof(buf)));
}

static struct rtnl_tc_type_ops class_type_ops = {
	.tt_type = RTNL_TC_TYPE_CLASS,
	.tt_dump_prefix = "class ",
	.tt_dump = {
		[NL_DUMP_DETAILS] = class_dump_details,
	},
};

static struct nl_object_ops class_obj_ops = {
	.oo_name = "route/class",
	.oo_size = sizeof(struct rtnl_class),
	.oo_constructor = class_constructor,
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

static struct nl_af_group class_groups[] = {
	{ AF_UNSPEC, RTNLGRP_TC },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_class_ops = {
	.co_name = "route/class",
	.co_hdrsize = sizeof(struct tcmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = class_groups,
	.co_request_update = class_request_update,
	.co_msg_parser = class_msg_parser,
	.co_obj_ops = &class_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWTCLASS, NL_ACT_NEW, "new" },
		{ RTM_DELTCLASS, NL_ACT_DEL, "del" },
		{ RTM_GETTCLASS, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) class_init(void)
{
	rtnl_tc_type_register(&class_type_ops);
	nl_cache_mngt_register(&rtnl_class_ops);
}

static void __attribute__((destructor)) class_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_class_ops);
	rtnl_tc_type_unregister(&class_type_ops);
}
