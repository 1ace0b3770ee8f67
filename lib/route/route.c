/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The route cache "route/route" and the route requests: add, delete and
 * lookup (RTM_GETROUTE of one address).
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>

#include "nl-private/route.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/cache.h>
#include <netlink/socket.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/route.h>

static struct nl_cache_ops rtnl_route_ops;

static int route_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			    struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct rtnl_route *route;
	int err;

	(void)ops;
	(void)who;
	err = rtnl_route_parse(nlh, &route);
	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)route, pp);
	rtnl_route_put(route);
	return err;
}

/*
 * What a strict kernel (NETLINK_GET_STRICT_CHK) can filter a route dump by,
 * taken from the cache's filter: the table (in the header; RT_TABLE_COMPAT
 * there and RTA_TABLE for ids above 255), the protocol, the type and the
 * output interface (RTA_OIF, when the filter has a single next hop that
 * names one).  Zero means "any" to the kernel, so only non-zero values
 * are sent.  The cache filters in user space as well, so what is left out
 * here costs time only.  @return 0 or -NLE_MSGSIZE.
 */
static int route_put_strict(struct nl_msg *msg, struct rtmsg *rtm,
			    struct rtnl_route *f)
{
	uint32_t table = 0;
	int oif = 0;

	if (f && (f->ce_mask & ROUTE_ATTR_FAMILY) &&
	    rtm->rtm_family == AF_UNSPEC)
		rtm->rtm_family = f->rt_family;
	if (f && (f->ce_mask & ROUTE_ATTR_TABLE))
		table = f->rt_table;
	rtm->rtm_table = table > 255 ? RT_TABLE_COMPAT : (unsigned char)table;
	if (f && (f->ce_mask & ROUTE_ATTR_PROTOCOL))
		rtm->rtm_protocol = f->rt_protocol;
	if (f && (f->ce_mask & ROUTE_ATTR_TYPE))
		rtm->rtm_type = f->rt_type;
	if (f && (f->ce_mask & ROUTE_ATTR_MULTIPATH) && f->rt_nr_nh == 1) {
		struct rtnl_nexthop *nh = rtnl_route_nexthop_n(f, 0);

		if (nh && (nh->ce_mask & NH_ATTR_IFINDEX) && nh->rtnh_ifindex > 0)
			oif = nh->rtnh_ifindex;
	}
	if (nlmsg_append(msg, rtm, sizeof(*rtm), NLMSG_ALIGNTO) < 0)
		return -NLE_MSGSIZE;
	if (table > 255 && nla_put_u32(msg, RTA_TABLE, table) < 0)
		return -NLE_MSGSIZE;
	if (oif && nla_put_u32(msg, RTA_OIF, (uint32_t)oif) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

/* c_iarg1: ROUTE_CACHE_CONTENT asks for the routing cache (cloned
 * routes); c_iarg2: the family (AF_UNSPEC: all).  The header is always a
 * full struct rtmsg (a strict kernel refuses a shorter one). */
static int route_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	struct rtmsg rtm = { .rtm_family = (unsigned char)c->c_iarg2 };
	struct nl_msg *msg;
	int err;

	if (c->c_iarg1 & ROUTE_CACHE_CONTENT)
		rtm.rtm_flags |= RTM_F_CLONED;
	msg = nlmsg_alloc_simple(RTM_GETROUTE, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nl_socket_get_strict_check(sk))
		err = route_put_strict(msg, &rtm, (struct rtnl_route *)
				       nl_cache_get_filter(c));
	else if (nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO) < 0)
		err = -NLE_MSGSIZE;
	else
		err = 0;
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

/**
 * Allocate a route cache for family (AF_UNSPEC: all) and fill it from the
 * kernel when sk is not NULL.  flags: ROUTE_CACHE_CONTENT for the kernel's
 * routing cache instead of the routing tables.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_route_alloc_cache(struct nl_sock *sk, int family, int flags,
			   struct nl_cache **result)
{
	struct nl_cache *cache = nl_cache_alloc(&rtnl_route_ops);
	int err;

	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = flags;
	cache->c_iarg2 = family;
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

static int build_route_msg(struct rtnl_route *tmpl, int cmd, int flags,
			   struct nl_msg **result)
{
	struct nl_msg *msg = nlmsg_alloc_simple(cmd, flags);
	int err;

	if (!msg)
		return -NLE_NOMEM;
	err = rtnl_route_build_msg(msg, tmpl);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/**
 * Build an RTM_NEWROUTE request adding route (NLM_F_CREATE plus flags,
 * e.g. NLM_F_EXCL or NLM_F_REPLACE).
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_route_build_add_request(struct rtnl_route *tmpl, int flags,
				 struct nl_msg **result)
{
	return build_route_msg(tmpl, RTM_NEWROUTE, NLM_F_CREATE | flags,
			       result);
}

/** Add route to the kernel and wait for the ACK. */
int rtnl_route_add(struct nl_sock *sk, struct rtnl_route *route, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_route_build_add_request(route, flags, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/**
 * Build an RTM_DELROUTE request deleting route.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_route_build_del_request(struct rtnl_route *tmpl, int flags,
				 struct nl_msg **result)
{
	return build_route_msg(tmpl, RTM_DELROUTE, flags, result);
}

/** Delete route from the kernel and wait for the ACK. */
int rtnl_route_delete(struct nl_sock *sk, struct rtnl_route *route, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_route_build_del_request(route, flags, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

struct lookup_arg {
	struct rtnl_route *route;
	int err;
};

static int lookup_valid(struct nl_msg *msg, void *arg)
{
	struct lookup_arg *la = arg;
	struct rtnl_route *route;
	int err;

	if (la->route)
		return NL_SKIP;
	err = rtnl_route_parse(nlmsg_hdr(msg), &route);
	if (err < 0) {
		la->err = err;
		return NL_SKIP;
	}
	la->route = route;
	return NL_OK;
}

/**
 * Ask the kernel which route it uses for dst (RTM_GETROUTE).
 * @return 0 with *result (a route with RTM_F_CLONED, owned by the
 * caller), or a negative NLE_* code (-NLE_OBJ_NOTFOUND without a reply).
 */
int rtnl_route_lookup(struct nl_sock *sk, struct nl_addr *dst,
		      struct rtnl_route **result)
{
	struct rtmsg rtm = {
		.rtm_family = (unsigned char)nl_addr_get_family(dst),
		.rtm_dst_len = (unsigned char)nl_addr_get_prefixlen(dst),
	};
	struct lookup_arg la = { NULL, 0 };
	struct nl_msg *msg;
	struct nl_cb *cb, *own;
	int err;

	msg = nlmsg_alloc_simple(RTM_GETROUTE, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO) < 0 ||
	    nla_put_addr(msg, RTA_DST, dst) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;

	own = nl_socket_get_cb(sk);
	cb = nl_cb_clone(own);
	nl_cb_put(own);
	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, lookup_valid, &la);
	err = nl_recvmsgs(sk, cb);
	nl_cb_put(cb);
	/* the reply is followed by the ACK the request asked for */
	if (err >= 0)
		err = _nl_wait_for_ack(sk);
	if (err < 0) {
		if (la.route)
			rtnl_route_put(la.route);
		return err;
	}
	if (!la.route)
		return la.err ? la.err : -NLE_OBJ_NOTFOUND;
	*result = la.route;
	return 0;
}

static struct nl_af_group route_groups[] = {
	{ AF_INET, RTNLGRP_IPV4_ROUTE },
	{ AF_INET6, RTNLGRP_IPV6_ROUTE },
	{ AF_MPLS, RTNLGRP_MPLS_ROUTE },
	{ AF_DECnet, RTNLGRP_DECnet_ROUTE },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_route_ops = {
	.co_name = "route/route",
	.co_hdrsize = sizeof(struct rtmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = route_groups,
	.co_request_update = route_request_update,
	.co_msg_parser = route_msg_parser,
	.co_obj_ops = &route_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWROUTE, NL_ACT_NEW, "new" },
		{ RTM_DELROUTE, NL_ACT_DEL, "del" },
		{ RTM_GETROUTE, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) route_init(void)
{
	nl_cache_mngt_register(&rtnl_route_ops);
}

static void __attribute__((destructor)) route_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_route_ops);
}
