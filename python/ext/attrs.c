/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The attribute tables: each attribute of each object type once, with its
 * C accessors.  They give the Python properties (object.c) and the flat
 * getter/setter functions of the capi modules (capi.c).
 */
#include "nlpy.h"

#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/rule.h>
#include <netlink/route/nh.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/qdisc/htb.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/bridge.h>

#define F(f) ((nlpy_fn)(f))
/* read-only; read-write (void setter); read-write (setter returns int) */
#define RO(n, K, g)	  { n, K, 0, F(g), NULL, NULL, NULL, NULL, #g, NULL, NULL, NULL }
#define RW(n, K, g, s)	  { n, K, 0, F(g), F(s), NULL, NULL, NULL, #g, #s, NULL, NULL }
#define RWI(n, K, g, s)	  { n, K, 1, F(g), F(s), NULL, NULL, NULL, #g, #s, NULL, NULL }
/* values with names: tostr(v, buf, len), fromstr(name) */
#define EN(n, K, si, g, s, ts, fs) \
	{ n, K, si, F(g), F(s), NULL, F(ts), F(fs), #g, #s, NULL, NULL }
#define ENRO(n, K, g, ts, fs) \
	{ n, K, 0, F(g), NULL, NULL, F(ts), F(fs), #g, NULL, NULL, NULL }
#define FL(n, g, s, u, ts, fs) \
	{ n, K_FLAGS, 0, F(g), F(s), F(u), F(ts), F(fs), #g, #s, #u, NULL }
#define END { NULL }

static struct nlpy_attr link_attrs[] = {
	RW("name", K_STR, rtnl_link_get_name, rtnl_link_set_name),
	RW("ifindex", K_INT, rtnl_link_get_ifindex, rtnl_link_set_ifindex),
	FL("flags", rtnl_link_get_flags, rtnl_link_set_flags,
	   rtnl_link_unset_flags, rtnl_link_flags2str, rtnl_link_str2flags),
	RW("mtu", K_U32, rtnl_link_get_mtu, rtnl_link_set_mtu),
	RW("txqlen", K_U32, rtnl_link_get_txqlen, rtnl_link_set_txqlen),
	RW("family", K_INT, rtnl_link_get_family, rtnl_link_set_family),
	EN("arptype", K_ENUM, 0, rtnl_link_get_arptype, rtnl_link_set_arptype,
	   nl_llproto2str, nl_str2llproto),
	RW("qdisc", K_STR, rtnl_link_get_qdisc, rtnl_link_set_qdisc),
	RW("address", K_ADDR, rtnl_link_get_addr, rtnl_link_set_addr),
	RW("broadcast", K_ADDR, rtnl_link_get_broadcast, rtnl_link_set_broadcast),
	RO("perm_address", K_ADDR, rtnl_link_get_perm_addr),
	RW("link", K_INT, rtnl_link_get_link, rtnl_link_set_link),
	RW("master", K_INT, rtnl_link_get_master, rtnl_link_set_master),
	RW("carrier", K_U8, rtnl_link_get_carrier, rtnl_link_set_carrier),
	RO("carrier_changes", K_OUT32, rtnl_link_get_carrier_changes),
	EN("operstate", K_ENUM8, 0, rtnl_link_get_operstate,
	   rtnl_link_set_operstate, rtnl_link_operstate2str,
	   rtnl_link_str2operstate),
	EN("mode", K_ENUM8, 0, rtnl_link_get_linkmode, rtnl_link_set_linkmode,
	   rtnl_link_mode2str, rtnl_link_str2mode),
	RW("alias", K_STR, rtnl_link_get_ifalias, rtnl_link_set_ifalias),
	RWI("type", K_STR, rtnl_link_get_type, rtnl_link_set_type),
	RWI("slave_type", K_STR, rtnl_link_get_slave_type,
	    rtnl_link_set_slave_type),
	RW("promiscuity", K_U32, rtnl_link_get_promiscuity,
	   rtnl_link_set_promiscuity),
	RW("num_tx_queues", K_U32, rtnl_link_get_num_tx_queues,
	   rtnl_link_set_num_tx_queues),
	RW("num_rx_queues", K_U32, rtnl_link_get_num_rx_queues,
	   rtnl_link_set_num_rx_queues),
	RW("group", K_U32, rtnl_link_get_group, rtnl_link_set_group),
	RO("gso_max_segs", K_OUT32, rtnl_link_get_gso_max_segs),
	RO("gso_max_size", K_OUT32, rtnl_link_get_gso_max_size),
	RO("phys_port_name", K_STR, rtnl_link_get_phys_port_name),
	RO("num_vf", K_OUT32, rtnl_link_get_num_vf),
	RW("ns_fd", K_INT, rtnl_link_get_ns_fd, rtnl_link_set_ns_fd),
	RW("ns_pid", K_INT, rtnl_link_get_ns_pid, rtnl_link_set_ns_pid),
	END
};

/* Link kinds: only the capi functions, netlink.route.links.* use them */
static struct nlpy_attr link_kind_attrs[] = {
	RWI("vlan_id", K_INT, rtnl_link_vlan_get_id, rtnl_link_vlan_set_id),
	RWI("vlan_protocol", K_INT, rtnl_link_vlan_get_protocol,
	    rtnl_link_vlan_set_protocol),
	FL("vlan_flags", rtnl_link_vlan_get_flags, rtnl_link_vlan_set_flags,
	   rtnl_link_vlan_unset_flags, rtnl_link_vlan_flags2str,
	   rtnl_link_vlan_str2flags),
	EN("bridge_port_state", K_ENUM, 1, rtnl_link_bridge_get_port_state,
	   rtnl_link_bridge_set_port_state, rtnl_link_bridge_portstate2str,
	   rtnl_link_bridge_str2portstate),
	RWI("bridge_priority", K_INT, rtnl_link_bridge_get_priority,
	    rtnl_link_bridge_set_priority),
	RWI("bridge_cost", K_OUT32, rtnl_link_bridge_get_cost,
	    rtnl_link_bridge_set_cost),
	FL("bridge_flags", rtnl_link_bridge_get_flags,
	   rtnl_link_bridge_set_flags, rtnl_link_bridge_unset_flags,
	   rtnl_link_bridge_flags2str, rtnl_link_bridge_str2flags),
	END
};

static struct nlpy_attr addr_attrs[] = {
	RWI("label", K_STR, rtnl_addr_get_label, rtnl_addr_set_label),
	RW("ifindex", K_INT, rtnl_addr_get_ifindex, rtnl_addr_set_ifindex),
	RW("family", K_INT, rtnl_addr_get_family, rtnl_addr_set_family),
	RW("prefixlen", K_INT, rtnl_addr_get_prefixlen, rtnl_addr_set_prefixlen),
	EN("scope", K_ENUM, 0, rtnl_addr_get_scope, rtnl_addr_set_scope,
	   rtnl_scope2str, rtnl_str2scope),
	FL("flags", rtnl_addr_get_flags, rtnl_addr_set_flags,
	   rtnl_addr_unset_flags, rtnl_addr_flags2str, rtnl_addr_str2flags),
	RWI("local", K_ADDR, rtnl_addr_get_local, rtnl_addr_set_local),
	RWI("peer", K_ADDR, rtnl_addr_get_peer, rtnl_addr_set_peer),
	RWI("broadcast", K_ADDR, rtnl_addr_get_broadcast,
	    rtnl_addr_set_broadcast),
	RWI("multicast", K_ADDR, rtnl_addr_get_multicast,
	    rtnl_addr_set_multicast),
	RWI("anycast", K_ADDR, rtnl_addr_get_anycast, rtnl_addr_set_anycast),
	RW("valid_lifetime", K_U32, rtnl_addr_get_valid_lifetime,
	   rtnl_addr_set_valid_lifetime),
	RW("preferred_lifetime", K_U32, rtnl_addr_get_preferred_lifetime,
	   rtnl_addr_set_preferred_lifetime),
	RO("create_time", K_U32, rtnl_addr_get_create_time),
	RO("last_update_time", K_U32, rtnl_addr_get_last_update_time),
	END
};

static struct nlpy_attr route_attrs[] = {
	RWI("family", K_U8, rtnl_route_get_family, rtnl_route_set_family),
	EN("table", K_ENUM, 0, rtnl_route_get_table, rtnl_route_set_table,
	   rtnl_route_table2str, rtnl_route_str2table),
	EN("scope", K_ENUM8, 0, rtnl_route_get_scope, rtnl_route_set_scope,
	   rtnl_scope2str, rtnl_str2scope),
	RW("tos", K_U8, rtnl_route_get_tos, rtnl_route_set_tos),
	EN("protocol", K_ENUM8, 0, rtnl_route_get_protocol,
	   rtnl_route_set_protocol, rtnl_route_proto2str, rtnl_route_str2proto),
	RW("priority", K_U32, rtnl_route_get_priority, rtnl_route_set_priority),
	EN("type", K_ENUM8, 1, rtnl_route_get_type, rtnl_route_set_type,
	   nl_rtntype2str, nl_str2rtntype),
	RW("flags", K_U32, rtnl_route_get_flags, rtnl_route_set_flags),
	RWI("dst", K_ADDR, rtnl_route_get_dst, rtnl_route_set_dst),
	RWI("src", K_ADDR, rtnl_route_get_src, rtnl_route_set_src),
	RWI("pref_src", K_ADDR, rtnl_route_get_pref_src,
	    rtnl_route_set_pref_src),
	RW("iif", K_INT, rtnl_route_get_iif, rtnl_route_set_iif),
	RW("ttl_propagate", K_INT, rtnl_route_get_ttl_propagate,
	   rtnl_route_set_ttl_propagate),
	RW("nhid", K_U32, rtnl_route_get_nhid, rtnl_route_set_nhid),
	RO("nnexthops", K_INT, rtnl_route_get_nnexthops),
	END
};

/* A route's next hop (struct rtnl_nexthop, not an object: see object.c) */
struct nlpy_attr nlpy_route_nh_attrs[] = {
	RW("gateway", K_ADDR, rtnl_route_nh_get_gateway,
	   rtnl_route_nh_set_gateway),
	RW("ifindex", K_INT, rtnl_route_nh_get_ifindex,
	   rtnl_route_nh_set_ifindex),
	RW("weight", K_U8, rtnl_route_nh_get_weight, rtnl_route_nh_set_weight),
	RW("flags", K_U32, rtnl_route_nh_get_flags, rtnl_route_nh_set_flags),
	RW("realms", K_U32, rtnl_route_nh_get_realms, rtnl_route_nh_set_realms),
	RWI("via", K_ADDR, rtnl_route_nh_get_via, rtnl_route_nh_set_via),
	END
};

static struct nlpy_attr neigh_attrs[] = {
	EN("state", K_ENUM, 0, rtnl_neigh_get_state, rtnl_neigh_set_state,
	   rtnl_neigh_state2str, rtnl_neigh_str2state),
	FL("flags", rtnl_neigh_get_flags, rtnl_neigh_set_flags,
	   rtnl_neigh_unset_flags, rtnl_neigh_flags2str, rtnl_neigh_str2flag),
	RW("ifindex", K_INT, rtnl_neigh_get_ifindex, rtnl_neigh_set_ifindex),
	RW("lladdr", K_ADDR, rtnl_neigh_get_lladdr, rtnl_neigh_set_lladdr),
	RWI("dst", K_ADDR, rtnl_neigh_get_dst, rtnl_neigh_set_dst),
	EN("type", K_ENUM, 0, rtnl_neigh_get_type, rtnl_neigh_set_type,
	   nl_rtntype2str, nl_str2rtntype),
	RW("family", K_INT, rtnl_neigh_get_family, rtnl_neigh_set_family),
	RW("vlan", K_INT, rtnl_neigh_get_vlan, rtnl_neigh_set_vlan),
	RW("master", K_INT, rtnl_neigh_get_master, rtnl_neigh_set_master),
	RW("nhid", K_OUT32, rtnl_neigh_get_nhid, rtnl_neigh_set_nhid),
	END
};

static struct nlpy_attr rule_attrs[] = {
	RW("family", K_INT, rtnl_rule_get_family, rtnl_rule_set_family),
	RW("prio", K_U32, rtnl_rule_get_prio, rtnl_rule_set_prio),
	RW("mark", K_U32, rtnl_rule_get_mark, rtnl_rule_set_mark),
	RW("mask", K_U32, rtnl_rule_get_mask, rtnl_rule_set_mask),
	EN("table", K_ENUM, 0, rtnl_rule_get_table, rtnl_rule_set_table,
	   rtnl_route_table2str, rtnl_route_str2table),
	RW("dsfield", K_U8, rtnl_rule_get_dsfield, rtnl_rule_set_dsfield),
	RWI("src", K_ADDR, rtnl_rule_get_src, rtnl_rule_set_src),
	RWI("dst", K_ADDR, rtnl_rule_get_dst, rtnl_rule_set_dst),
	EN("action", K_ENUM8, 0, rtnl_rule_get_action, rtnl_rule_set_action,
	   nl_rtntype2str, nl_str2rtntype),
	RWI("iif", K_STR, rtnl_rule_get_iif, rtnl_rule_set_iif),
	RWI("oif", K_STR, rtnl_rule_get_oif, rtnl_rule_set_oif),
	RW("realms", K_U32, rtnl_rule_get_realms, rtnl_rule_set_realms),
	RW("goto", K_U32, rtnl_rule_get_goto, rtnl_rule_set_goto),
	RW("l3mdev", K_INT, rtnl_rule_get_l3mdev, rtnl_rule_set_l3mdev),
	RWI("protocol", K_OUT8, rtnl_rule_get_protocol, rtnl_rule_set_protocol),
	RWI("ipproto", K_OUT8, rtnl_rule_get_ipproto, rtnl_rule_set_ipproto),
	END
};

static struct nlpy_attr nh_attrs[] = {
	RWI("id", K_INT, rtnl_nh_get_id, rtnl_nh_set_id),
	RWI("gateway", K_ADDR, rtnl_nh_get_gateway, rtnl_nh_set_gateway),
	RWI("oif", K_INT, rtnl_nh_get_oif, rtnl_nh_set_oif),
	RWI("family", K_INT, rtnl_nh_get_family, rtnl_nh_set_family),
	RWI("fdb", K_INT, rtnl_nh_get_fdb, rtnl_nh_set_fdb),
	RWI("group_type", K_INT, rtnl_nh_get_group_type,
	    rtnl_nh_set_group_type),
	RO("group_size", K_INT, rtnl_nh_get_group_size),
	END
};

/* qdiscs, classes and classifiers share struct rtnl_tc */
static struct nlpy_attr tc_attrs[] = {
	RW("ifindex", K_INT, rtnl_tc_get_ifindex, rtnl_tc_set_ifindex),
	RW("mtu", K_U32, rtnl_tc_get_mtu, rtnl_tc_set_mtu),
	RW("mpu", K_U32, rtnl_tc_get_mpu, rtnl_tc_set_mpu),
	RW("overhead", K_U32, rtnl_tc_get_overhead, rtnl_tc_set_overhead),
	RW("linktype", K_U32, rtnl_tc_get_linktype, rtnl_tc_set_linktype),
	RW("handle", K_U32, rtnl_tc_get_handle, rtnl_tc_set_handle),
	RW("parent", K_U32, rtnl_tc_get_parent, rtnl_tc_set_parent),
	RWI("kind", K_STR, rtnl_tc_get_kind, rtnl_tc_set_kind),
	RW("chain", K_OUT32, rtnl_tc_get_chain, rtnl_tc_set_chain),
	END
};

static struct nlpy_attr htb_attrs[] = {
	RWI("rate2quantum", K_U32, rtnl_htb_get_rate2quantum,
	    rtnl_htb_set_rate2quantum),
	RWI("defcls", K_U32, rtnl_htb_get_defcls, rtnl_htb_set_defcls),
	RWI("prio", K_U32, rtnl_htb_get_prio, rtnl_htb_set_prio),
	RWI("rate", K_U32, rtnl_htb_get_rate, rtnl_htb_set_rate),
	RWI("ceil", K_U32, rtnl_htb_get_ceil, rtnl_htb_set_ceil),
	RWI("rate64", K_OUT64, rtnl_htb_get_rate64, rtnl_htb_set_rate64),
	RWI("ceil64", K_OUT64, rtnl_htb_get_ceil64, rtnl_htb_set_ceil64),
	RWI("rbuffer", K_U32, rtnl_htb_get_rbuffer, rtnl_htb_set_rbuffer),
	RWI("cbuffer", K_U32, rtnl_htb_get_cbuffer, rtnl_htb_set_cbuffer),
	RWI("quantum", K_U32, rtnl_htb_get_quantum, rtnl_htb_set_quantum),
	RWI("level", K_INT, rtnl_htb_get_level, rtnl_htb_set_level),
	END
};

static struct nlpy_attr no_attrs[] = { END };

static struct nlpy_kind k_link = { "route/link", "route/link", "rtnl_link_", link_attrs };
static struct nlpy_kind k_link_kinds = { "route/link", NULL, "rtnl_link_", link_kind_attrs };
static struct nlpy_kind k_addr = { "route/addr", "route/addr", "rtnl_addr_", addr_attrs };
static struct nlpy_kind k_route = { "route/route", "route/route", "rtnl_route_", route_attrs };
static struct nlpy_kind k_neigh = { "route/neigh", "route/neigh", "rtnl_neigh_", neigh_attrs };
static struct nlpy_kind k_rule = { "route/rule", "route/rule", "rtnl_rule_", rule_attrs };
static struct nlpy_kind k_nh = { "route/nh", "route/nh", "rtnl_nh_", nh_attrs };
static struct nlpy_kind k_qdisc = { "route/qdisc", "route/qdisc", "rtnl_tc_", tc_attrs };
static struct nlpy_kind k_class = { "route/class", "route/class", "rtnl_tc_", tc_attrs };
static struct nlpy_kind k_cls = { "route/cls", "route/cls", "rtnl_tc_", tc_attrs };
static struct nlpy_kind k_htb = { "route/tc", NULL, "rtnl_htb_", htb_attrs };
static struct nlpy_kind k_neightbl = { "route/neightbl", "route/neightbl", NULL, no_attrs };

/*
 * Kinds with a cache type come first and are found by type name; the
 * others (cache NULL) only add capi functions.
 */
struct nlpy_kind *nlpy_kinds[] = {
	&k_link, &k_addr, &k_route, &k_neigh, &k_rule, &k_nh, &k_qdisc,
	&k_class, &k_cls, &k_neightbl, &k_link_kinds, &k_htb, NULL
};

struct nlpy_kind *nlpy_kind_by_type(const char *type)
{
	struct nlpy_kind **k;

	if (!type)
		return NULL;
	for (k = nlpy_kinds; *k; k++)
		if ((*k)->cache && !strcmp((*k)->type, type))
			return *k;
	return NULL;
}

/* Whether attributes of @owner's table apply to object @o. */
int nlpy_kind_accepts(const struct nlpy_kind *owner, const struct nlpy_kind *k)
{
	if (!k)
		return 0;
	if (k->attrs == owner->attrs)
		return 1;
	if (owner->cache)
		return 0;
	if (!strcmp(owner->type, "route/tc"))
		return k->attrs == tc_attrs;
	return !strcmp(owner->type, k->type);
}
