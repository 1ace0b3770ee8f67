/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Classifiers (tc filters): the rtnl_cls object, its cache "route/cls"
 * (one interface and parent per cache) and the add/change/delete
 * requests.  A classifier's priority and protocol travel in tcm_info
 * (priority in the upper 16 bits, protocol in network order below).
 */

#include <stdlib.h>
#include <string.h>
#include <linux/if_ether.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/tc.h>
#include <netlink/route/classifier.h>

static struct nl_cache_ops rtnl_cls_ops;
static struct nl_object_ops cls_obj_ops;

static void cls_constructor(struct nl_object *obj)
{
	TC_CAST(obj)->tc_type = RTNL_TC_TYPE_CLS;
}

static int cls_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			  struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct rtnl_cls *cls = rtnl_cls_alloc();
	int err;

	(void)ops;
	(void)who;
	if (!cls)
		return -NLE_NOMEM;
	err = rtnl_tc_msg_parse(n, TC_CAST(cls));
	if (err >= 0) {
		uint32_t info = TC_CAST(cls)->tc_info;

		cls->c_prio = TC_H_MAJ(info) >> 16;
		cls->c_protocol = ntohs(TC_H_MIN(info));
		cls->c_tc.ce_mask |= CLS_ATTR_PRIO | CLS_ATTR_PROTOCOL;
		err = pp->pp_cb((struct nl_object *)cls, pp);
	}
	rtnl_cls_put(cls);
	return err;
}

static int cls_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct tcmsg tchdr = {
		.tcm_family = AF_UNSPEC,
		.tcm_ifindex = cache->c_iarg1,
		.tcm_parent = cache->c_iarg2,
	};
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(RTM_GETTFILTER, NLM_F_DUMP);
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

/** Allocate an empty classifier (reference count 1), NULL on ENOMEM. */
struct rtnl_cls *rtnl_cls_alloc(void)
{
	return (struct rtnl_cls *)nl_object_alloc(&cls_obj_ops);
}

/** Drop a reference to @a cls. */
void rtnl_cls_put(struct rtnl_cls *cls)
{
	nl_object_put((struct nl_object *)cls);
}

/** Set the priority of @a cls (tcm_info's upper half). */
void rtnl_cls_set_prio(struct rtnl_cls *cls, uint16_t prio)
{
	cls->c_prio = prio;
	cls->c_tc.ce_mask |= CLS_ATTR_PRIO;
}

/** The priority of @a cls, 0 when not set. */
uint16_t rtnl_cls_get_prio(struct rtnl_cls *cls)
{
	return (cls->c_tc.ce_mask & CLS_ATTR_PRIO) ? cls->c_prio : 0;
}

/** Set the link-layer protocol (ETH_P_*, host order) @a cls matches. */
void rtnl_cls_set_protocol(struct rtnl_cls *cls, uint16_t protocol)
{
	cls->c_protocol = protocol;
	cls->c_tc.ce_mask |= CLS_ATTR_PROTOCOL;
}

/** The protocol of @a cls; ETH_P_ALL when not set. */
uint16_t rtnl_cls_get_protocol(struct rtnl_cls *cls)
{
	return (cls->c_tc.ce_mask & CLS_ATTR_PROTOCOL) ? cls->c_protocol
						       : ETH_P_ALL;
}

/**
 * Allocate a cache of the classifiers of interface @a ifindex attached
 * to @a parent and fill it through @a sk.
 * @return 0 or a negative error code; *result is the new cache.
 */
int rtnl_cls_alloc_cache(struct nl_sock *sk, int ifindex, uint32_t parent,
			 struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&rtnl_cls_ops);
	if (!cache)
		return -NLE_NOMEM;
	rtnl_cls_cache_set_tc_params(cache, ifindex, parent);
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/** Set the interface and parent a classifier cache is filled for. */
void rtnl_cls_cache_set_tc_params(struct nl_cache *cache, int ifindex,
				  uint32_t parent)
{
	if (!cache)
		return;
	cache->c_iarg1 = ifindex;
	cache->c_iarg2 = parent;
}

/**
 * The classifier of interface @a ifindex under @a parent with handle
 * @a handle in @a cache, with a new reference, or NULL.
 */
struct rtnl_cls *rtnl_cls_find_by_handle(struct nl_cache *cache, int ifindex,
					 uint32_t parent, uint32_t handle)
{
	struct nl_object *obj;

	if (!cache)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct rtnl_tc *tc = TC_CAST(obj);

		if (tc->tc_ifindex == ifindex && tc->tc_parent == parent &&
		    tc->tc_handle == handle) {
			nl_object_get(obj);
			return (struct rtnl_cls *)obj;
		}
	}
	return NULL;
}

/**
 * The first classifier of interface @a ifindex under @a parent with
 * priority @a prio in @a cache, with a new reference, or NULL.
 */
struct rtnl_cls *rtnl_cls_find_by_prio(struct nl_cache *cache, int ifindex,
				       uint32_t parent, uint16_t prio)
{
	struct nl_object *obj;

	if (!cache)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct rtnl_cls *cls = (struct rtnl_cls *)obj;
		struct rtnl_tc *tc = TC_CAST(obj);

		if (tc->tc_ifindex == ifindex && tc->tc_parent == parent &&
		    cls->c_prio == prio) {
			nl_object_get(obj);
			return cls;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static int cls_build(struct rtnl_cls *cls, int type, int flags,
		     struct nl_msg **result)
{
	struct rtnl_tc *tc = TC_CAST(cls);
	uint32_t info = tc->tc_info;
	uint64_t mask = tc->ce_mask;
	int err;

	if (!cls || !result)
		return -NLE_INVAL;
	if (!(tc->ce_mask & TCA_ATTR_IFINDEX)) {
		APPBUG("ifindex must be specified");
		return -NLE_MISSING_ATTR;
	}
	tc->tc_info = TC_H_MAKE((uint32_t)cls->c_prio << 16,
				htons(rtnl_cls_get_protocol(cls)));
	tc->ce_mask |= TCA_ATTR_INFO;
	err = rtnl_tc_msg_build(tc, type, flags, result);
	tc->tc_info = info;
	tc->ce_mask = mask;
	return err;
}

static int cls_send(struct nl_sock *sk, int err, struct nl_msg *msg)
{
	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Build a RTM_NEWTFILTER request adding @a cls with the netlink @a flags
 * given (NLM_F_CREATE is the caller's to pass, as upstream); without
 * NLM_F_CREATE the priority must be set (-NLE_MISSING_ATTR).
 * The interface must be set.
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_cls_build_add_request(struct rtnl_cls *cls, int flags,
			       struct nl_msg **result)
{
	if (cls && !(flags & NLM_F_CREATE) &&
	    !(TC_CAST(cls)->ce_mask & CLS_ATTR_PRIO)) {
		APPBUG("prio must be specified if not a new classifier");
		return -NLE_MISSING_ATTR;
	}
	return cls_build(cls, RTM_NEWTFILTER, flags, result);
}

/** Add @a cls to the kernel and wait for the answer. */
int rtnl_cls_add(struct nl_sock *sk, struct rtnl_cls *cls, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_cls_build_add_request(cls, flags, &msg);

	return cls_send(sk, err, msg);
}

/**
 * Build a RTM_NEWTFILTER request changing @a cls in place (NLM_F_REPLACE
 * | @a flags).
 * @return 0 or a negative error code; *result is the message.
 */
int rtnl_cls_build_change_request(struct rtnl_cls *cls, int flags,
				  struct nl_msg **result)
{
	return cls_build(cls, RTM_NEWTFILTER, NLM_F_REPLACE | flags, result);
}

/** Change @a cls in the kernel and wait for the answer. */
int rtnl_cls_change(struct nl_sock *sk, struct rtnl_cls *cls, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_cls_build_change_request(cls, flags, &msg);

	return cls_send(sk, err, msg);
}

/**
 * Build a RTM_DELTFILTER request for @a cls: interface, parent, handle,
 * priority, protocol and kind, without options.
 * @return 0, -NLE_MISSING_ATTR (no interface), or another negative error
 * code; *result is the message.
 */
int rtnl_cls_build_delete_request(struct rtnl_cls *cls, int flags,
				  struct nl_msg **result)
{
	struct rtnl_tc *tc = TC_CAST(cls);
	struct tcmsg tchdr = { .tcm_family = AF_UNSPEC };
	struct nl_msg *msg;

	if (!cls || !result)
		return -NLE_INVAL;
	if (!(tc->ce_mask & CLS_ATTR_PRIO)) {
		APPBUG("prio must be specified");
		return -NLE_MISSING_ATTR;
	}
	if (!(tc->ce_mask & TCA_ATTR_IFINDEX))
		return -NLE_MISSING_ATTR;
	tchdr.tcm_ifindex = tc->tc_ifindex;
	tchdr.tcm_handle = tc->tc_handle;
	tchdr.tcm_parent = tc->tc_parent;
	tchdr.tcm_info = TC_H_MAKE((uint32_t)cls->c_prio << 16,
				   htons(rtnl_cls_get_protocol(cls)));
	msg = nlmsg_alloc_simple(RTM_DELTFILTER, flags);
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

/** Delete @a cls in the kernel and wait for the answer. */
int rtnl_cls_delete(struct nl_sock *sk, struct rtnl_cls *cls, int flags)
{
	struct nl_msg *msg = NULL;
	int err = rtnl_cls_build_delete_request(cls, flags, &msg);

	return cls_send(sk, err, msg);
}

/* ------------------------------------------------------------------ */

static void cls_dump_line(struct rtnl_tc *tc, struct nl_dump_params *p)
{
	struct rtnl_cls *cls = (struct rtnl_cls *)tc;
	char buf[32];

	nl_dump(p, " prio %u protocol %s", cls->c_prio,
		nl_ether_proto2str(cls->c_protocol, buf, sizeof(buf)));
}

static struct rtnl_tc_type_ops cls_type_ops = {
	.tt_type = RTNL_TC_TYPE_CLS,
	.tt_dump_prefix = "cls ",
	.tt_dump = {
		[NL_DUMP_LINE] = cls_dump_line,
	},
};

static uint64_t cls_compare(struct nl_object *a, struct nl_object *b,
			    uint64_t attrs, int flags)
{
	struct rtnl_cls *ca = (struct rtnl_cls *)a, *cb = (struct rtnl_cls *)b;
	uint64_t diff = rtnl_tc_compare(a, b, attrs, flags);

	diff |= ATTR_DIFF(attrs, CLS_ATTR_PRIO, &ca->c_tc, &cb->c_tc,
			  ca->c_prio != cb->c_prio);
	diff |= ATTR_DIFF(attrs, CLS_ATTR_PROTOCOL, &ca->c_tc, &cb->c_tc,
			  ca->c_protocol != cb->c_protocol);
	return diff;
}

static struct nl_object_ops cls_obj_ops = {
	.oo_name = "route/cls",
	.oo_size = sizeof(struct rtnl_cls),
	.oo_constructor = cls_constructor,
	.oo_free_data = rtnl_tc_free_data,
	.oo_clone = rtnl_tc_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = rtnl_tc_dump_line,
		[NL_DUMP_DETAILS] = rtnl_tc_dump_details,
		[NL_DUMP_STATS] = rtnl_tc_dump_stats,
	},
	.oo_compare = cls_compare,
	/* no attribute names, as upstream's tc objects */
	.oo_id_attrs = TCA_ATTR_IFINDEX | TCA_ATTR_PARENT | TCA_ATTR_HANDLE |
		       CLS_ATTR_PRIO | CLS_ATTR_PROTOCOL,
};

static struct nl_af_group cls_groups[] = {
	{ AF_UNSPEC, RTNLGRP_TC },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_cls_ops = {
	.co_name = "route/cls",
	.co_hdrsize = sizeof(struct tcmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = cls_groups,
	.co_request_update = cls_request_update,
	.co_msg_parser = cls_msg_parser,
	.co_obj_ops = &cls_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWTFILTER, NL_ACT_NEW, "new" },
		{ RTM_DELTFILTER, NL_ACT_DEL, "del" },
		{ RTM_GETTFILTER, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) cls_init(void)
{
	rtnl_tc_type_register(&cls_type_ops);
	nl_cache_mngt_register(&rtnl_cls_ops);
}

static void __attribute__((destructor)) cls_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_cls_ops);
	rtnl_tc_type_unregister(&cls_type_ops);
}
