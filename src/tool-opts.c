/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The object options several tools share: each sets one field of the
 * tool's object (t->obj) through the libnl-cli-3 parser of that field.
 */

#include <getopt.h>
#include <netlink/cli/link.h>
#include <netlink/cli/addr.h>
#include <netlink/cli/route.h>
#include <netlink/cli/neigh.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>
#include <netlink/cli/ct.h>
#include <netlink/cli/exp.h>

#include "tool.h"

/* A wrapper that hands t->obj (and the argument) to a libnl-cli-3 parser. */
#define OBJ_PARSER(name, fn)                                                   \
	static void name(struct tool *t, char *arg)                            \
	{                                                                      \
		fn(t->obj, arg);                                               \
	}

/* The same for parsers that look a device up in the link cache. */
#define DEV_PARSER(name, fn)                                                   \
	static void name(struct tool *t, char *arg)                            \
	{                                                                      \
		fn(t->obj, t->link_cache, arg);                                \
	}

/* The same for parsers of one direction or tuple (ct, exp). */
#define DIR_PARSER(name, fn, dir)                                              \
	static void name(struct tool *t, char *arg)                            \
	{                                                                      \
		fn(t->obj, dir, arg);                                          \
	}

#define ARG(n, k, fn, chk) TOOL_OPT_ARG(n, k, fn, chk)

/* ------------------------------------------------------------------ */
/* Links                                                                */

#define LINK_PARSER(name, fn)                                                  \
	void name(struct tool *t, char *arg)                                   \
	{                                                                      \
		fn(t->obj, arg);                                               \
	}

LINK_PARSER(tool_link_name, nl_cli_link_parse_name)
LINK_PARSER(tool_link_ifindex, nl_cli_link_parse_ifindex)
LINK_PARSER(tool_link_family, nl_cli_link_parse_family)
LINK_PARSER(tool_link_mtu, nl_cli_link_parse_mtu)
LINK_PARSER(tool_link_txqlen, nl_cli_link_parse_txqlen)
LINK_PARSER(tool_link_weight, nl_cli_link_parse_weight)

/* What selects a link. */
const struct tool_opt tool_link_select[] = {
	ARG("name", 'n', tool_link_name, TC_IFNAME),
	ARG("index", 'i', tool_link_ifindex, TC_INT),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Addresses                                                            */

OBJ_PARSER(addr_local, nl_cli_addr_parse_local)
DEV_PARSER(addr_dev, nl_cli_addr_parse_dev)
OBJ_PARSER(addr_family, nl_cli_addr_parse_family)
OBJ_PARSER(addr_label, nl_cli_addr_parse_label)
OBJ_PARSER(addr_peer, nl_cli_addr_parse_peer)
OBJ_PARSER(addr_scope, nl_cli_addr_parse_scope)
OBJ_PARSER(addr_broadcast, nl_cli_addr_parse_broadcast)
OBJ_PARSER(addr_preferred, nl_cli_addr_parse_preferred)
OBJ_PARSER(addr_valid, nl_cli_addr_parse_valid)

const struct tool_opt tool_addr_opts[] = {
	ARG("local", 'a', addr_local, TC_IPADDR),
	ARG("dev", 'd', addr_dev, TC_NONE),
	ARG("family", 0, addr_family, TC_FAMILY),
	ARG("label", 0, addr_label, TC_NONE),
	ARG("peer", 0, addr_peer, TC_IPADDR),
	ARG("scope", 0, addr_scope, TC_NONE),
	ARG("broadcast", 0, addr_broadcast, TC_IPADDR),
	ARG("preferred", 0, addr_preferred, TC_NONE),
	ARG("valid", 0, addr_valid, TC_NONE),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Routes                                                               */

OBJ_PARSER(route_dst, nl_cli_route_parse_dst)
OBJ_PARSER(route_table, nl_cli_route_parse_table)
OBJ_PARSER(route_family, nl_cli_route_parse_family)
OBJ_PARSER(route_src, nl_cli_route_parse_src)
OBJ_PARSER(route_pref_src, nl_cli_route_parse_pref_src)
OBJ_PARSER(route_metrics, nl_cli_route_parse_metric)
OBJ_PARSER(route_prio, nl_cli_route_parse_prio)
OBJ_PARSER(route_scope, nl_cli_route_parse_scope)
OBJ_PARSER(route_protocol, nl_cli_route_parse_protocol)
OBJ_PARSER(route_type, nl_cli_route_parse_type)

static void route_nexthop(struct tool *t, char *arg)
{
	nl_cli_route_parse_nexthop(t->obj, arg, t->link_cache);
}

static void route_iif(struct tool *t, char *arg)
{
	nl_cli_route_parse_iif(t->obj, arg, t->link_cache);
}

const struct tool_opt tool_route_opts[] = {
	ARG("dst", 'd', route_dst, TC_IPADDR),
	ARG("nexthop", 'n', route_nexthop, TC_NONE),
	ARG("table", 't', route_table, TC_U32),
	ARG("family", 0, route_family, TC_FAMILY),
	ARG("src", 0, route_src, TC_IPADDR),
	ARG("iif", 0, route_iif, TC_NONE),
	ARG("pref-src", 0, route_pref_src, TC_IPADDR),
	ARG("metrics", 0, route_metrics, TC_NONE),
	ARG("priority", 0, route_prio, TC_U32),
	ARG("scope", 0, route_scope, TC_NONE),
	ARG("protocol", 0, route_protocol, TC_U8),
	ARG("type", 0, route_type, TC_NONE),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Neighbours                                                           */

OBJ_PARSER(neigh_dst, nl_cli_neigh_parse_dst)
OBJ_PARSER(neigh_lladdr, nl_cli_neigh_parse_lladdr)
DEV_PARSER(neigh_dev, nl_cli_neigh_parse_dev)
OBJ_PARSER(neigh_state, nl_cli_neigh_parse_state)
OBJ_PARSER(neigh_family, nl_cli_neigh_parse_family)

/* What nl-neigh-add takes. */
const struct tool_opt tool_neigh_opts[] = {
	ARG("addr", 'a', neigh_dst, TC_IPADDR),
	ARG("lladdr", 'l', neigh_lladdr, TC_NONE),
	ARG("dev", 'd', neigh_dev, TC_NONE),
	ARG("state", 0, neigh_state, TC_NONE),
	TOOL_OPT_END
};

/* What selects neighbours in the list and delete tools. */
const struct tool_opt tool_neigh_select[] = {
	ARG("addr", 'a', neigh_dst, TC_IPADDR),
	ARG("lladdr", 'l', neigh_lladdr, TC_NONE),
	ARG("dev", 'd', neigh_dev, TC_NONE),
	ARG("family", 0, neigh_family, TC_FAMILY),
	ARG("state", 0, neigh_state, TC_NONE),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Traffic control                                                      */

DEV_PARSER(tc_dev, nl_cli_tc_parse_dev)
OBJ_PARSER(tc_parent, nl_cli_tc_parse_parent)
OBJ_PARSER(tc_kind, nl_cli_tc_parse_kind)
OBJ_PARSER(tc_mtu, nl_cli_tc_parse_mtu)
OBJ_PARSER(tc_mpu, nl_cli_tc_parse_mpu)
OBJ_PARSER(tc_overhead, nl_cli_tc_parse_overhead)
OBJ_PARSER(tc_linktype, nl_cli_tc_parse_linktype)
OBJ_PARSER(cls_proto, nl_cli_cls_parse_proto)

static void tc_id(struct tool *t, char *arg)
{
	nl_cli_tc_parse_handle(t->obj, arg, t->create);
}

static void cls_prio(struct tool *t, char *arg)
{
	rtnl_cls_set_prio(t->obj, nl_cli_parse_u32(arg));
}

/* What selects a qdisc, class or classifier in the list/delete tools. */
const struct tool_opt tool_tc_select[] = {
	ARG("dev", 'd', tc_dev, TC_NONE),
	ARG("parent", 'p', tc_parent, TC_NONE),
	ARG("id", 'i', tc_id, TC_NONE),
	ARG("kind", 'k', tc_kind, TC_NONE),
	TOOL_OPT_END
};

/* What places a new qdisc, class or classifier. */
const struct tool_opt tool_tc_add_opts[] = {
	ARG("dev", 'd', tc_dev, TC_NONE),
	ARG("parent", 'p', tc_parent, TC_NONE),
	ARG("id", 'i', tc_id, TC_NONE),
	TOOL_OPT_END
};

/* The link-layer sizes of a new class or classifier. */
const struct tool_opt tool_tc_size_opts[] = {
	ARG("mtu", 0, tc_mtu, TC_U32),
	ARG("mpu", 0, tc_mpu, TC_U32),
	ARG("overhead", 0, tc_overhead, TC_U32),
	ARG("linktype", 0, tc_linktype, TC_NONE),
	TOOL_OPT_END
};

const struct tool_opt tool_cls_opts[] = {
	ARG("proto", 0, cls_proto, TC_NONE),
	ARG("prio", 0, cls_prio, TC_U16),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Conntrack                                                            */

OBJ_PARSER(ct_proto, nl_cli_ct_parse_protocol)
DIR_PARSER(ct_orig_src, nl_cli_ct_parse_src, 0)
DIR_PARSER(ct_orig_sport, nl_cli_ct_parse_src_port, 0)
DIR_PARSER(ct_orig_dst, nl_cli_ct_parse_dst, 0)
DIR_PARSER(ct_orig_dport, nl_cli_ct_parse_dst_port, 0)
DIR_PARSER(ct_reply_src, nl_cli_ct_parse_src, 1)
DIR_PARSER(ct_reply_sport, nl_cli_ct_parse_src_port, 1)
DIR_PARSER(ct_reply_dst, nl_cli_ct_parse_dst, 1)
DIR_PARSER(ct_reply_dport, nl_cli_ct_parse_dst_port, 1)
OBJ_PARSER(ct_family, nl_cli_ct_parse_family)
OBJ_PARSER(ct_mark, nl_cli_ct_parse_mark)
OBJ_PARSER(ct_timeout, nl_cli_ct_parse_timeout)
LINK_PARSER(tool_ct_id, nl_cli_ct_parse_id)
LINK_PARSER(tool_ct_tcp_state, nl_cli_ct_parse_tcp_state)
LINK_PARSER(tool_ct_use, nl_cli_ct_parse_use)
LINK_PARSER(tool_ct_status, nl_cli_ct_parse_status)
LINK_PARSER(tool_ct_zone, nl_cli_ct_parse_zone)

static void ct_inet(struct tool *t, char *arg)
{
	nfnl_ct_set_family(t->obj, AF_INET);
}

static void ct_inet6(struct tool *t, char *arg)
{
	nfnl_ct_set_family(t->obj, AF_INET6);
}

/* The tuple options of nf-ct-add and nf-ct-list. */
const struct tool_opt tool_ct_opts[] = {
	{ NULL, '4', no_argument, TA_PARSE, 0, ct_inet },
	{ NULL, '6', no_argument, TA_PARSE, 0, ct_inet6 },
	ARG("proto", 'p', ct_proto, TC_NONE),
	ARG("orig-src", 0, ct_orig_src, TC_IPADDR),
	ARG("orig-sport", 0, ct_orig_sport, TC_U16),
	ARG("orig-dst", 0, ct_orig_dst, TC_IPADDR),
	ARG("orig-dport", 0, ct_orig_dport, TC_U16),
	ARG("reply-src", 0, ct_reply_src, TC_IPADDR),
	ARG("reply-sport", 0, ct_reply_sport, TC_U16),
	ARG("reply-dst", 0, ct_reply_dst, TC_IPADDR),
	ARG("reply-dport", 0, ct_reply_dport, TC_U16),
	ARG("family", 'F', ct_family, TC_FAMILY),
	ARG("mark", 0, ct_mark, TC_U32),
	ARG("timeout", 0, ct_timeout, TC_U32),
	TOOL_OPT_END
};

/* ------------------------------------------------------------------ */
/* Expectations                                                         */

LINK_PARSER(tool_exp_id, nl_cli_exp_parse_id)

#define EXP_TUPLE(pfx, tuple)                                                  \
	DIR_PARSER(pfx##_proto, nl_cli_exp_parse_l4protonum, tuple)            \
	DIR_PARSER(pfx##_src, nl_cli_exp_parse_src, tuple)                     \
	DIR_PARSER(pfx##_sport, nl_cli_exp_parse_src_port, tuple)              \
	DIR_PARSER(pfx##_dst, nl_cli_exp_parse_dst, tuple)                     \
	DIR_PARSER(pfx##_dport, nl_cli_exp_parse_dst_port, tuple)

EXP_TUPLE(exp_expect, NFNL_EXP_TUPLE_EXPECT)
EXP_TUPLE(exp_master, NFNL_EXP_TUPLE_MASTER)
EXP_TUPLE(exp_mask, NFNL_EXP_TUPLE_MASK)
EXP_TUPLE(exp_nat, NFNL_EXP_TUPLE_NAT)
OBJ_PARSER(exp_nat_dir, nl_cli_exp_parse_nat_dir)
OBJ_PARSER(exp_family, nl_cli_exp_parse_family)
OBJ_PARSER(exp_timeout, nl_cli_exp_parse_timeout)
OBJ_PARSER(exp_helper, nl_cli_exp_parse_helper_name)
OBJ_PARSER(exp_flags, nl_cli_exp_parse_flags)

#define EXP_TUPLE_OPTS(name, pfx)                                              \
	ARG(name "-proto", 0, pfx##_proto, TC_NONE),                           \
	ARG(name "-src", 0, pfx##_src, TC_IPADDR),                             \
	ARG(name "-sport", 0, pfx##_sport, TC_U16),                            \
	ARG(name "-dst", 0, pfx##_dst, TC_IPADDR),                               \
	ARG(name "-dport", 0, pfx##_dport, TC_U16)

const struct tool_opt tool_exp_tuples[] = {
	EXP_TUPLE_OPTS("expect", exp_expect),
	EXP_TUPLE_OPTS("master", exp_master),
	TOOL_OPT_END
};

const struct tool_opt tool_exp_mask[] = {
	EXP_TUPLE_OPTS("mask", exp_mask),
	TOOL_OPT_END
};

const struct tool_opt tool_exp_nat[] = {
	EXP_TUPLE_OPTS("nat", exp_nat),
	ARG("nat-dir", 0, exp_nat_dir, TC_U32),
	TOOL_OPT_END
};

static void exp_inet(struct tool *t, char *arg)
{
	nfnl_exp_set_family(t->obj, AF_INET);
}

static void exp_inet6(struct tool *t, char *arg)
{
	nfnl_exp_set_family(t->obj, AF_INET6);
}

const struct tool_opt tool_exp_opts[] = {
	{ NULL, '4', no_argument, TA_PARSE, 0, exp_inet },
	{ NULL, '6', no_argument, TA_PARSE, 0, exp_inet6 },
	ARG("family", 'F', exp_family, TC_FAMILY),
	ARG("timeout", 0, exp_timeout, TC_U32),
	ARG("helper", 0, exp_helper, TC_NONE),
	ARG("flags", 0, exp_flags, TC_U32),
	TOOL_OPT_END
};
