/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Part "nh" without a kernel: netconf, mdb and nexthop objects parsed from
 * hand-built messages, their accessors, caches, requests and the dump text
 * (netconf and mdb as Debian's libnl 3.7 prints the same messages).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/netconf.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/object.h>
#include <netlink/cache.h>
#include <netlink/route/netconf.h>
#include <netlink/route/mdb.h>
#include <netlink/route/nh.h>
#include <netlink/route/link.h>
#include <netlink/route/nexthop.h>
#include <linux/nexthop.h>
#include <linux/lwtunnel.h>
#include <linux/ila.h>
#include <linux/if_tunnel.h>
#include <linux/if_bridge.h>
#include <linux/if_ether.h>

#ifndef AF_MPLS
#define AF_MPLS 28
#endif

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

static char dumpbuf[16384];

/* All three dump levels of obj, each followed by "|". */
static const char *dump_all(struct nl_object *obj)
{
	FILE *f;
	int t;

	memset(dumpbuf, 0, sizeof(dumpbuf));
	f = fmemopen(dumpbuf, sizeof(dumpbuf) - 1, "w");
	ck_assert_ptr_nonnull(f);
	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		struct nl_dump_params p = { .dp_type = t, .dp_fd = f,
					    .dp_prefix = 3 };

		nl_object_dump(obj, &p);
		fputs("|", f);
	}
	fclose(f);
	return dumpbuf;
}

/* Like dump_all() without a prefix (nexthop lines start with one). */
static const char *dump_nh(struct rtnl_nh *nh)
{
	FILE *f;
	int t;

	memset(dumpbuf, 0, sizeof(dumpbuf));
	f = fmemopen(dumpbuf, sizeof(dumpbuf) - 1, "w");
	ck_assert_ptr_nonnull(f);
	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		struct nl_dump_params p = { .dp_type = t, .dp_fd = f };

		nl_object_dump((struct nl_object *)nh, &p);
		fputs("|", f);
	}
	fclose(f);
	return dumpbuf;
}

static const char *dump_cache(struct nl_cache *c, enum nl_dump_type t)
{
	struct nl_dump_params p = { .dp_type = t };
	FILE *f;

	memset(dumpbuf, 0, sizeof(dumpbuf));
	f = fmemopen(dumpbuf, sizeof(dumpbuf) - 1, "w");
	ck_assert_ptr_nonnull(f);
	p.dp_fd = f;
	nl_cache_dump(c, &p);
	fclose(f);
	return dumpbuf;
}

static struct nl_object *parsed;

static void take(struct nl_object *obj, void *arg)
{
	(void)arg;
	nl_object_get(obj);
	nl_object_put(parsed);
	parsed = obj;
}

/* Parse msg into one object (returned with a reference) or NULL. */
static struct nl_object *parse(struct nl_msg *msg, int *err)
{
	struct nl_object *o;
	int e;

	parsed = NULL;
	nlmsg_set_proto(msg, NETLINK_ROUTE);
	e = nl_msg_parse(msg, take, NULL);
	if (err)
		*err = e;
	o = parsed;
	parsed = NULL;
	return o;
}

/* ------------------------------------------------------------------ */
/* netconf                                                              */

#define NC_IFI 0x01
#define NC_FWD 0x02
#define NC_RPF 0x04
#define NC_MCF 0x08
#define NC_PN 0x10
#define NC_IGN 0x20
#define NC_IN 0x40

static struct nl_msg *nc_msg(int type, int fam, int ifi, int mask, int fwd,
			     int rpf, int mcf, int pn, int ign, int in)
{
	struct nl_msg *m = nlmsg_alloc_simple(type, 0);
	struct netconfmsg h = { .ncm_family = (unsigned char)fam };

	ck_assert_int_eq(nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO), 0);
	if (mask & NC_IFI)
		nla_put_s32(m, NETCONFA_IFINDEX, ifi);
	if (mask & NC_FWD)
		nla_put_s32(m, NETCONFA_FORWARDING, fwd);
	if (mask & NC_RPF)
		nla_put_s32(m, NETCONFA_RP_FILTER, rpf);
	if (mask & NC_MCF)
		nla_put_s32(m, NETCONFA_MC_FORWARDING, mcf);
	if (mask & NC_PN)
		nla_put_s32(m, NETCONFA_PROXY_NEIGH, pn);
	if (mask & NC_IGN)
		nla_put_s32(m, NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN, ign);
	if (mask & NC_IN)
		nla_put_s32(m, NETCONFA_INPUT, in);
	return m;
}

static struct rtnl_netconf *nc_parse(int fam, int ifi, int mask, int fwd,
				     int rpf, int mcf, int pn, int ign, int in)
{
	struct nl_msg *m = nc_msg(RTM_NEWNETCONF, fam, ifi, mask, fwd, rpf,
				  mcf, pn, ign, in);
	struct nl_object *o;
	int err;

	o = parse(m, &err);
	nlmsg_free(m);
	ck_assert_int_eq(err, 0);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(nl_object_get_type(o), "route/netconf");
	return (struct rtnl_netconf *)o;
}

/* Expected texts: what Debian 12's libnl 3.7 prints for the same
 * messages (no link cache registered, so interfaces are numbers). */
START_TEST(netconf_dump_text)
{
	static const struct {
		int fam, ifi, mask, fwd, rpf, mcf, pn, ign, in;
		const char *line;
	} cases[] = {
		{ AF_INET, 7, 0x7f, 1, 0, 0, 0, 0, 0,
		  "ipv4 dev 7 forwarding on rp_filter off mc_forwarding off "
		  "proxy_neigh 0 ignore_routes_with_linkdown off input off \n" },
		{ AF_INET, 7, 0x7f, 5, 3, 2, 7, 9, 1,
		  "ipv4 dev 7 forwarding on rp_filter unknown-mode "
		  "mc_forwarding on proxy_neigh 7 ignore_routes_with_linkdown "
		  "on input on \n" },
		{ AF_INET6, -1, NC_IFI | NC_RPF | NC_IN, 0, 1, 0, 0, 0, 5,
		  "ipv6 all rp_filter strict input on \n" },
		{ AF_MPLS, -2, NC_IFI | NC_IN, 0, 2, 0, 0, 0, 1,
		  "mpls default input on \n" },
		{ AF_MPLS, -2, NC_IFI | NC_IN, 0, 2, 0, 0, 0, 0,
		  "mpls default input off \n" },
		{ AF_INET, 3, NC_IFI | NC_RPF, 1, -1, 0, 0, 0, 0,
		  "ipv4 dev 3 rp_filter unknown-mode \n" },
		{ AF_INET, 3, NC_IFI | NC_RPF, 1, 2, 0, 0, 0, 0,
		  "ipv4 dev 3 rp_filter loose \n" },
		{ AF_INET, 3, NC_IFI, 1, -1, 0, -3, 0, 0, "ipv4 dev 3 \n" },
		{ AF_INET, 0, NC_IFI | NC_FWD, 1, 0, 0, 0, 0, 0,
		  "ipv4 dev 0 forwarding on \n" },
		{ AF_INET, 3, NC_IFI | NC_PN | NC_MCF, 1, -1, -4, -3, 0, 0,
		  "ipv4 dev 3 mc_forwarding on proxy_neigh -3 \n" },
		{ AF_INET6, 2147483647, NC_IFI | NC_IGN | NC_FWD, 0, 0, 0, 0,
		  -1, 0,
		  "ipv6 dev 2147483647 forwarding off "
		  "ignore_routes_with_linkdown on \n" },
		{ AF_INET, -3, NC_IFI | NC_FWD, 1, 1, 0, 0, 0, 0,
		  "ipv4 dev -3 forwarding on \n" },
	};
	unsigned int i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct rtnl_netconf *nc;
		char want[512];

		nc = nc_parse(cases[i].fam, cases[i].ifi, cases[i].mask,
			      cases[i].fwd, cases[i].rpf, cases[i].mcf,
			      cases[i].pn, cases[i].ign, cases[i].in);
		/* line and details print the same, stats nothing */
		snprintf(want, sizeof(want), "%s|%s||", cases[i].line,
			 cases[i].line);
		ck_assert_str_eq(dump_all((struct nl_object *)nc), want);
		rtnl_netconf_put(nc);
	}
}
END_TEST

START_TEST(netconf_getters)
{
	struct rtnl_netconf *nc;
	int v = 1234;

	nc = nc_parse(AF_INET6, 5, NC_IFI | NC_FWD | NC_RPF | NC_PN, 1, 2, 0,
		      3, 0, 0);
	ck_assert_int_eq(rtnl_netconf_get_family(nc, &v), 0);
	ck_assert_int_eq(v, AF_INET6);
	ck_assert_int_eq(rtnl_netconf_get_ifindex(nc, &v), 0);
	ck_assert_int_eq(v, 5);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v), 0);
	ck_assert_int_eq(v, 2);
	ck_assert_int_eq(rtnl_netconf_get_proxy_neigh(nc, &v), 0);
	ck_assert_int_eq(v, 3);
	ck_assert_int_eq(rtnl_netconf_get_proxy_neigh(nc, NULL), 0);
	v = 77;
	ck_assert_int_eq(rtnl_netconf_get_mc_forwarding(nc, &v),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_netconf_get_ignore_routes_linkdown(nc, &v),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_netconf_get_input(nc, &v), -NLE_MISSING_ATTR);
	ck_assert_int_eq(v, 77);
	ck_assert_int_eq(rtnl_netconf_get_input(NULL, &v), -NLE_INVAL);
	rtnl_netconf_put(nc);

	nc = nc_parse(AF_MPLS, -2, NC_IFI | NC_IN | NC_MCF | NC_IGN, 0, 0, 4,
		      0, 6, 1);
	ck_assert_int_eq(rtnl_netconf_get_input(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_mc_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 4);
	ck_assert_int_eq(rtnl_netconf_get_ignore_routes_linkdown(nc, &v), 0);
	ck_assert_int_eq(v, 6);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v),
			 -NLE_MISSING_ATTR);
	rtnl_netconf_put(nc);
	rtnl_netconf_put(NULL);
}
END_TEST

START_TEST(netconf_bad_input)
{
	struct nl_object *o;
	struct nl_msg *m;
	int err;

	/* unknown families and a missing interface are refused */
	m = nc_msg(RTM_NEWNETCONF, AF_BRIDGE, 3, NC_IFI | NC_PN, 0, 0, 0, 1,
		   0, 0);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);
	m = nc_msg(RTM_NEWNETCONF, AF_UNSPEC, 3, NC_IFI | NC_FWD, 1, 0, 0, 0,
		   0, 0);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);
	m = nc_msg(RTM_NEWNETCONF, AF_INET, 3, NC_FWD | NC_RPF, 1, 1, 0, 0,
		   0, 0);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);

	/* a truncated attribute */
	m = nlmsg_alloc_simple(RTM_NEWNETCONF, 0);
	{
		struct netconfmsg h = { .ncm_family = AF_INET };
		uint16_t two = 2;

		nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
		nla_put_s32(m, NETCONFA_IFINDEX, 1);
		nla_put(m, NETCONFA_FORWARDING, sizeof(two), &two);
	}
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);

	/* no header at all */
	m = nlmsg_alloc_simple(RTM_NEWNETCONF, 0);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);
}
END_TEST

static void cache_feed(struct nl_cache *c, struct nl_msg *m)
{
	nlmsg_set_proto(m, NETLINK_ROUTE);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
}

START_TEST(netconf_cache_lookup)
{
	struct nl_cache *c = NULL;
	struct rtnl_netconf *nc;
	int v;

	ck_assert_int_eq(nl_cache_alloc_name("route/netconf", &c), 0);
	cache_feed(c, nc_msg(RTM_NEWNETCONF, AF_INET, 1, 0x3f, 0, 0, 0, 0, 0,
			     0));
	cache_feed(c, nc_msg(RTM_NEWNETCONF, AF_INET, -1, 0x3f, 1, 1, 0, 0,
			     0, 0));
	cache_feed(c, nc_msg(RTM_NEWNETCONF, AF_INET, -2, 0x3f, 0, 2, 0, 0,
			     0, 0));
	cache_feed(c, nc_msg(RTM_NEWNETCONF, AF_INET6, 1, 0x3b, 1, 0, 0, 0,
			     0, 0));
	ck_assert_int_eq(nl_cache_nitems(c), 4);
	ck_assert_str_eq(dump_cache(c, NL_DUMP_LINE),
		"ipv4 dev 1 forwarding off rp_filter off mc_forwarding off "
		"proxy_neigh 0 ignore_routes_with_linkdown off \n"
		"ipv4 all forwarding on rp_filter strict mc_forwarding off "
		"proxy_neigh 0 ignore_routes_with_linkdown off \n"
		"ipv4 default forwarding off rp_filter loose mc_forwarding off "
		"proxy_neigh 0 ignore_routes_with_linkdown off \n"
		"ipv6 dev 1 forwarding on mc_forwarding off proxy_neigh 0 "
		"ignore_routes_with_linkdown off \n");
	ck_assert_str_eq(dump_cache(c, NL_DUMP_STATS), "");

	nc = rtnl_netconf_get_all(c, AF_INET);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	rtnl_netconf_put(nc);
	nc = rtnl_netconf_get_default(c, AF_INET);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v), 0);
	ck_assert_int_eq(v, 2);
	rtnl_netconf_put(nc);
	nc = rtnl_netconf_get_by_idx(c, AF_INET6, 1);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v),
			 -NLE_MISSING_ATTR);
	rtnl_netconf_put(nc);
	ck_assert_ptr_null(rtnl_netconf_get_all(c, AF_INET6));
	ck_assert_ptr_null(rtnl_netconf_get_by_idx(c, AF_INET, 2));
	ck_assert_ptr_null(rtnl_netconf_get_by_idx(NULL, AF_INET, 1));

	/* A notification carries one changed value: it is merged into the
	 * object the cache holds, the other values stay. */
	{
		struct nl_msg *m = nc_msg(RTM_NEWNETCONF, AF_INET, 1,
					  NC_IFI | NC_FWD, 1, 0, 0, 0, 0, 0);
		struct nl_object *o = parse(m, NULL);

		ck_assert_ptr_nonnull(o);
		ck_assert_int_eq(nl_cache_include(c, o, NULL, NULL), 0);
		nl_object_put(o);
		nlmsg_free(m);
	}
	ck_assert_int_eq(nl_cache_nitems(c), 4);
	nc = rtnl_netconf_get_by_idx(c, AF_INET, 1);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_proxy_neigh(nc, &v), 0);
	ck_assert_int_eq(v, 0);
	ck_assert_str_eq(dump_all((struct nl_object *)nc),
		"ipv4 dev 1 forwarding on rp_filter off mc_forwarding off "
		"proxy_neigh 0 ignore_routes_with_linkdown off \n|"
		"ipv4 dev 1 forwarding on rp_filter off mc_forwarding off "
		"proxy_neigh 0 ignore_routes_with_linkdown off \n||");
	rtnl_netconf_put(nc);
	nl_cache_free(c);
}
END_TEST


/* ------------------------------------------------------------------ */
/* mdb                                                                  */

static void mdb_ent(struct nl_msg *m, int port, int proto, int vid, int state,
		    const char *a)
{
	struct br_mdb_entry e;

	memset(&e, 0, sizeof(e));
	e.ifindex = (uint32_t)port;
	e.state = (uint8_t)state;
	e.vid = (uint16_t)vid;
	e.addr.proto = htons((uint16_t)proto);
	if (proto == ETH_P_IP)
		inet_pton(AF_INET, a, &e.addr.u.ip4);
	else if (proto == ETH_P_IPV6)
		inet_pton(AF_INET6, a, &e.addr.u.ip6);
	else
		memcpy(e.addr.u.mac_addr, "\x01\x00\x5e\x01\x02\x03", 6);
	nla_put(m, MDBA_MDB_ENTRY_INFO, sizeof(e), &e);
}

static struct nl_msg *mdb_msg_start(int type, int brindex)
{
	struct nl_msg *m = nlmsg_alloc_simple(type, 0);
	struct br_port_msg h = { .family = AF_BRIDGE,
				 .ifindex = (uint32_t)brindex };

	nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
	return m;
}

/* The message of the Debian comparison: two MDBA_MDB_ENTRY nests with
 * two entries each, then a router port list (ignored). */
static struct nl_msg *mdb_sample(void)
{
	struct nl_msg *m = mdb_msg_start(RTM_NEWMDB, 9);
	struct nlattr *a, *b;

	a = nla_nest_start(m, MDBA_MDB);
	b = nla_nest_start(m, MDBA_MDB_ENTRY);
	mdb_ent(m, 4, ETH_P_IP, 0, MDB_PERMANENT, "239.1.1.1");
	mdb_ent(m, 5, ETH_P_IPV6, 100, MDB_TEMPORARY, "ff0e::5");
	nla_nest_end(m, b);
	b = nla_nest_start(m, MDBA_MDB_ENTRY);
	mdb_ent(m, 6, 0, 4095, 0, NULL);
	mdb_ent(m, 7, 0x1234, 1, 0, NULL);
	nla_nest_end(m, b);
	nla_nest_end(m, a);
	a = nla_nest_start(m, MDBA_ROUTER);
	nla_put_u32(m, MDBA_ROUTER_PORT, 4);
	nla_nest_end(m, a);
	return m;
}

#define MDB_SAMPLE_TEXT                                                        \
	"dev 9 \n"                                                             \
	"port 4 vid 0 proto 0x0800 address 239.1.1.1\n"                        \
	"port 5 vid 100 proto 0x86dd address ff0e::5\n"                        \
	"port 6 vid 4095 proto 0x0000 address 01:00:5e:01:02:03\n"             \
	"port 7 vid 1 proto 0x1234 address 01:00:5e:01:02:03\n"

struct collect {
	int n;
	struct rtnl_mdb_entry *e[8];
};

static void collect_cb(struct rtnl_mdb_entry *e, void *arg)
{
	struct collect *c = arg;

	if (c->n < 8)
		c->e[c->n] = e;
	c->n++;
}

START_TEST(mdb_parse_dump)
{
	struct nl_msg *m = mdb_sample();
	struct rtnl_mdb *mdb;
	struct collect c = { 0 };
	char buf[64];
	int err;

	mdb = (struct rtnl_mdb *)parse(m, &err);
	nlmsg_free(m);
	ck_assert_int_eq(err, 0);
	ck_assert_ptr_nonnull(mdb);
	ck_assert_str_eq(nl_object_get_type((struct nl_object *)mdb),
			 "route/mdb");
	/* every level prints the same, without the dump prefix */
	ck_assert_str_eq(dump_all((struct nl_object *)mdb),
			 MDB_SAMPLE_TEXT "|" MDB_SAMPLE_TEXT "|"
			 MDB_SAMPLE_TEXT "|");
	ck_assert_uint_eq(rtnl_mdb_get_ifindex(mdb), 9);

	rtnl_mdb_foreach_entry(mdb, collect_cb, &c);
	ck_assert_int_eq(c.n, 4);
	ck_assert_int_eq(rtnl_mdb_entry_get_ifindex(c.e[0]), 4);
	ck_assert_int_eq(rtnl_mdb_entry_get_vid(c.e[0]), 0);
	ck_assert_int_eq(rtnl_mdb_entry_get_state(c.e[0]), MDB_PERMANENT);
	ck_assert_uint_eq(rtnl_mdb_entry_get_proto(c.e[0]), ETH_P_IP);
	ck_assert_int_eq(nl_addr_get_family(rtnl_mdb_entry_get_addr(c.e[0])),
			 AF_INET);
	ck_assert_str_eq(nl_addr2str(rtnl_mdb_entry_get_addr(c.e[0]), buf,
				     sizeof(buf)), "239.1.1.1");
	ck_assert_int_eq(rtnl_mdb_entry_get_ifindex(c.e[1]), 5);
	ck_assert_int_eq(rtnl_mdb_entry_get_vid(c.e[1]), 100);
	ck_assert_int_eq(rtnl_mdb_entry_get_state(c.e[1]), MDB_TEMPORARY);
	ck_assert_uint_eq(rtnl_mdb_entry_get_proto(c.e[1]), ETH_P_IPV6);
	ck_assert_int_eq(nl_addr_get_family(rtnl_mdb_entry_get_addr(c.e[1])),
			 AF_INET6);
	ck_assert_int_eq(rtnl_mdb_entry_get_vid(c.e[2]), 4095);
	ck_assert_uint_eq(rtnl_mdb_entry_get_proto(c.e[2]), 0);
	ck_assert_int_eq(nl_addr_get_len(rtnl_mdb_entry_get_addr(c.e[2])), 6);
	ck_assert_uint_eq(rtnl_mdb_entry_get_proto(c.e[3]), 0x1234);

	/* clone and compare */
	{
		struct nl_object *cl = nl_object_clone((struct nl_object *)mdb);

		ck_assert_ptr_nonnull(cl);
		ck_assert_int_eq(nl_object_identical(cl,
				 (struct nl_object *)mdb), 1);
		ck_assert_uint_eq(nl_object_diff(cl, (struct nl_object *)mdb),
				  0);
		ck_assert_str_eq(dump_all(cl), MDB_SAMPLE_TEXT "|"
				 MDB_SAMPLE_TEXT "|" MDB_SAMPLE_TEXT "|");
		nl_object_put(cl);
	}
	nl_object_put((struct nl_object *)mdb);
}
END_TEST

START_TEST(mdb_add_entry_and_update)
{
	struct nl_msg *m;
	struct nl_cache *cache = NULL;
	struct rtnl_mdb *a, *b;
	struct collect c = { 0 };
	struct nl_object *o;
	struct nlattr *n1, *n2;

	/* rtnl_mdb_add_entry() moves an entry into another object */
	m = mdb_sample();
	a = (struct rtnl_mdb *)parse(m, NULL);
	nlmsg_free(m);
	/* an empty object, as rtnl_mdb_alloc() makes it */
	b = rtnl_mdb_alloc();
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_str_eq(dump_all((struct nl_object *)b),
			 "dev 0 \n|dev 0 \n|dev 0 \n|");
	ck_assert_uint_eq(rtnl_mdb_get_ifindex(b), 0);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)a,
					     (struct nl_object *)b), 0);
	rtnl_mdb_foreach_entry(a, collect_cb, &c);
	ck_assert_int_eq(c.n, 4);
	/* move the last entry of a into b */
	rtnl_mdb_add_entry(b, c.e[3]);
	ck_assert_str_eq(dump_all((struct nl_object *)b),
		"dev 0 \nport 7 vid 1 proto 0x1234 address 01:00:5e:01:02:03\n|"
		"dev 0 \nport 7 vid 1 proto 0x1234 address 01:00:5e:01:02:03\n|"
		"dev 0 \nport 7 vid 1 proto 0x1234 address 01:00:5e:01:02:03\n|");
	c.n = 0;
	rtnl_mdb_foreach_entry(a, collect_cb, &c);
	ck_assert_int_eq(c.n, 3);
	/* and back */
	rtnl_mdb_foreach_entry(b, collect_cb, &c);
	ck_assert_int_eq(c.n, 4);
	rtnl_mdb_add_entry(a, c.e[3]);
	ck_assert_str_eq(dump_all((struct nl_object *)b),
			 "dev 0 \n|dev 0 \n|dev 0 \n|");
	ck_assert_str_eq(dump_all((struct nl_object *)a),
			 MDB_SAMPLE_TEXT "|" MDB_SAMPLE_TEXT "|"
			 MDB_SAMPLE_TEXT "|");
	rtnl_mdb_put(b);

	/* a cache receiving notifications: NEWMDB adds a membership to
	 * the bridge's object, DELMDB removes it */
	ck_assert_int_eq(nl_cache_alloc_name("route/mdb", &cache), 0);
	ck_assert_int_eq(nl_cache_add(cache, (struct nl_object *)a), 0);
	m = mdb_msg_start(RTM_NEWMDB, 9);
	n1 = nla_nest_start(m, MDBA_MDB);
	n2 = nla_nest_start(m, MDBA_MDB_ENTRY);
	mdb_ent(m, 8, ETH_P_IP, 2, MDB_TEMPORARY, "239.9.9.9");
	nla_nest_end(m, n2);
	nla_nest_end(m, n1);
	o = parse(m, NULL);
	nlmsg_free(m);
	ck_assert_int_eq(nl_cache_include(cache, o, NULL, NULL), 0);
	nl_object_put(o);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	ck_assert_str_eq(dump_cache(cache, NL_DUMP_LINE), MDB_SAMPLE_TEXT
			 "port 8 vid 2 proto 0x0800 address 239.9.9.9\n");

	m = mdb_msg_start(RTM_DELMDB, 9);
	n1 = nla_nest_start(m, MDBA_MDB);
	n2 = nla_nest_start(m, MDBA_MDB_ENTRY);
	mdb_ent(m, 5, ETH_P_IPV6, 100, MDB_TEMPORARY, "ff0e::5");
	nla_nest_end(m, n2);
	nla_nest_end(m, n1);
	o = parse(m, NULL);
	nlmsg_free(m);
	ck_assert_int_eq(nl_cache_include(cache, o, NULL, NULL), 0);
	nl_object_put(o);
	ck_assert_str_eq(dump_cache(cache, NL_DUMP_DETAILS),
		"dev 9 \n"
		"port 4 vid 0 proto 0x0800 address 239.1.1.1\n"
		"port 6 vid 4095 proto 0x0000 address 01:00:5e:01:02:03\n"
		"port 7 vid 1 proto 0x1234 address 01:00:5e:01:02:03\n"
		"port 8 vid 2 proto 0x0800 address 239.9.9.9\n");
	nl_object_put((struct nl_object *)a);
	nl_cache_free(cache);
}
END_TEST

START_TEST(mdb_bad_input)
{
	struct nl_msg *m;
	struct nlattr *n1, *n2;
	struct nl_object *o;
	int err;

	/* an entry shorter than struct br_mdb_entry */
	m = mdb_msg_start(RTM_NEWMDB, 9);
	n1 = nla_nest_start(m, MDBA_MDB);
	n2 = nla_nest_start(m, MDBA_MDB_ENTRY);
	nla_put(m, MDBA_MDB_ENTRY_INFO, 6, "abcdef");
	nla_nest_end(m, n2);
	nla_nest_end(m, n1);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_eq(err, -NLE_RANGE);
	nlmsg_free(m);

	/* a header shorter than struct br_port_msg */
	m = nlmsg_alloc_simple(RTM_NEWMDB, 0);
	nlmsg_append(m, "\x07\0\0", 3, 1);
	o = parse(m, &err);
	ck_assert_ptr_null(o);
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);

	/* unknown attributes inside the nests are skipped */
	m = mdb_msg_start(RTM_NEWMDB, 2);
	n1 = nla_nest_start(m, MDBA_MDB);
	nla_put_u32(m, 77, 1);
	n2 = nla_nest_start(m, MDBA_MDB_ENTRY);
	nla_put_u32(m, 99, 1);
	mdb_ent(m, 3, ETH_P_IP, 0, 0, "224.0.0.251");
	nla_nest_end(m, n2);
	nla_nest_end(m, n1);
	o = parse(m, &err);
	ck_assert_int_eq(err, 0);
	ck_assert_str_eq(dump_all(o),
		"dev 2 \nport 3 vid 0 proto 0x0800 address 224.0.0.251\n|"
		"dev 2 \nport 3 vid 0 proto 0x0800 address 224.0.0.251\n|"
		"dev 2 \nport 3 vid 0 proto 0x0800 address 224.0.0.251\n|");
	nl_object_put(o);
	nlmsg_free(m);
}
END_TEST


/* ------------------------------------------------------------------ */
/* nexthop objects                                                      */

static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

/* Send @nh with rtnl_nh_add() on a socket whose kernel is simulated: the
 * request is acknowledged and parsed back into a new object. */
static struct rtnl_nh *add_and_parse(struct rtnl_nh *nh, int flags,
				     uint16_t *nlflags)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nltest_batch b;
	const struct nlmsghdr *req;
	struct nl_msg *m;
	struct nl_object *o;
	int err;

	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, 0, RTM_NEWNEXTHOP);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, flags), 0);
	req = nltest_inj_last_request(sk);
	ck_assert_ptr_nonnull(req);
	ck_assert_int_eq(req->nlmsg_type, RTM_NEWNEXTHOP);
	if (nlflags)
		*nlflags = req->nlmsg_flags;
	m = nlmsg_convert((struct nlmsghdr *)req);
	ck_assert_ptr_nonnull(m);
	o = parse(m, &err);
	ck_assert_int_eq(err, 0);
	nlmsg_free(m);
	nltest_batch_clear(&b);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(nl_object_get_type(o), "route/nh");
	return (struct rtnl_nh *)o;
}

START_TEST(nh_accessors)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct nl_addr *gw = A("10.0.0.2", AF_INET);
	uint32_t u = 99;

	ck_assert_ptr_nonnull(nh);
	/* unset values */
	ck_assert_int_eq(rtnl_nh_get_id(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 0);
	ck_assert_ptr_null(rtnl_nh_get_gateway(nh));
	ck_assert_int_eq(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_UNSPEC);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 0), -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), -NLE_INVAL);
	/* resilient group values need a resilient group */
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 64), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 1),
			 -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_encap(nh));

	ck_assert_int_eq(rtnl_nh_set_id(nh, 42), 0);
	ck_assert_int_eq(rtnl_nh_get_id(nh), 42);
	ck_assert_int_eq(rtnl_nh_set_family(nh, AF_INET), 0);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_INET);
	ck_assert_int_eq(rtnl_nh_set_oif(nh, 7), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 7);
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, gw), 0);
	ck_assert_ptr_eq(rtnl_nh_get_gateway(nh), gw);
	ck_assert_int_eq(rtnl_nh_set_fdb(nh, 5), 0);
	ck_assert_int_ne(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_ne(rtnl_nh_get_fdb(nh), 1);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_MPATH), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 64), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u),
			 -NLE_MISSING_ATTR);
	ck_assert_uint_eq(u, 99);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 64), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh), 64);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 1200), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 1200);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 300), 0);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 300);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, NULL),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES), 0);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), NEXTHOP_GRP_TYPE_RES);

	/* clearing */
	ck_assert_int_eq(rtnl_nh_set_id(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_id(nh), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_oif(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_fdb(nh, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_set_gateway(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_gateway(nh));

	/* NULL objects */
	ck_assert_int_eq(rtnl_nh_set_id(NULL, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_oif(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_fdb(NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(NULL, NULL, 0), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_group(nh, NULL, 2), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_gateway(NULL));
	ck_assert_ptr_null(rtnl_nh_get(NULL, 1));

	nl_addr_put(gw);
	rtnl_nh_put(nh);
}
END_TEST

START_TEST(nh_group_roundtrip)
{
	static const nl_nh_group_info_t g[] = {
		{ .nh_id = 1, .weight = 0 },
		{ .nh_id = 2, .weight = 4 },
		{ .nh_id = 300, .weight = 255 },
	};
	struct rtnl_nh *nh = rtnl_nh_alloc(), *back, *cl;
	uint16_t fl = 0;
	uint32_t u;

	ck_assert_int_eq(rtnl_nh_set_id(nh, 10), 0);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 3), 0);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 100), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 200), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), 3);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 2), 300);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 3), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, -1), -NLE_INVAL);
	ck_assert_str_eq(dump_nh(nh),
		"id 10 group 1/2,5/300,256 type resilient buckets 32 "
		"idle_timer 100 unbalanced_timer 200\n|"
		"id 10 group 1/2,5/300,256 type resilient buckets 32 "
		"idle_timer 100 unbalanced_timer 200\n"
		"    family unspec\n|"
		"id 10 group 1/2,5/300,256 type resilient buckets 32 "
		"idle_timer 100 unbalanced_timer 200\n"
		"    family unspec\n|");

	back = add_and_parse(nh, NLM_F_EXCL, &fl);
	ck_assert_uint_eq(fl & (NLM_F_CREATE | NLM_F_EXCL | NLM_F_REQUEST |
				NLM_F_ACK),
			  NLM_F_CREATE | NLM_F_EXCL | NLM_F_REQUEST | NLM_F_ACK);
	ck_assert_int_eq(rtnl_nh_get_id(back), 10);
	ck_assert_int_eq(rtnl_nh_get_group_size(back), 3);
	ck_assert_int_eq(rtnl_nh_get_group_entry(back, 0), 1);
	ck_assert_int_eq(rtnl_nh_get_group_entry(back, 1), 2);
	ck_assert_int_eq(rtnl_nh_get_group_entry(back, 2), 300);
	ck_assert_int_eq(rtnl_nh_get_group_type(back), NEXTHOP_GRP_TYPE_RES);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(back), 32);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(back, &u), 0);
	ck_assert_uint_eq(u, 100);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(back, &u), 0);
	ck_assert_uint_eq(u, 200);
	/* the parsed request carries the family header too: compare the
	 * attributes both have */
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)nh,
					 (struct nl_object *)back) &
			  ~(uint32_t)0x0f, 0);

	/* clones share the group; changing one leaves the other */
	cl = (struct rtnl_nh *)nl_object_clone((struct nl_object *)back);
	ck_assert_ptr_nonnull(cl);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)cl,
					     (struct nl_object *)back), 1);
	ck_assert_int_eq(rtnl_nh_set_group(cl, g, 1), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(cl), 1);
	ck_assert_int_eq(rtnl_nh_get_group_size(back), 3);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)cl,
					     (struct nl_object *)back), 1);
	ck_assert_uint_ne(nl_object_diff((struct nl_object *)cl,
					 (struct nl_object *)back), 0);
	ck_assert_int_eq(rtnl_nh_set_group(cl, NULL, 0), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(cl), -NLE_MISSING_ATTR);
	rtnl_nh_put(cl);
	rtnl_nh_put(back);
	rtnl_nh_put(nh);
}
END_TEST

START_TEST(nh_gateway_roundtrip)
{
	struct rtnl_nh *nh = rtnl_nh_alloc(), *back;
	struct nl_addr *gw = A("2001:db8::2", AF_INET6);
	char buf[64];

	rtnl_nh_set_id(nh, 8);
	rtnl_nh_set_family(nh, AF_INET6);
	rtnl_nh_set_gateway(nh, gw);
	rtnl_nh_set_oif(nh, 3);
	back = add_and_parse(nh, 0, NULL);
	ck_assert_int_eq(rtnl_nh_get_family(back), AF_INET6);
	ck_assert_int_eq(rtnl_nh_get_oif(back), 3);
	ck_assert_int_eq(nl_addr_get_family(rtnl_nh_get_gateway(back)),
			 AF_INET6);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_gateway(back), buf,
				     sizeof(buf)), "2001:db8::2");
	ck_assert_int_eq(nl_object_identical((struct nl_object *)nh,
					     (struct nl_object *)back), 1);
	ck_assert_str_eq(dump_nh(back),
		"id 8 via 2001:db8::2 dev 3\n|"
		"id 8 via 2001:db8::2 dev 3\n    family inet6 protocol unspec scope global\n|"
		"id 8 via 2001:db8::2 dev 3\n    family inet6 protocol unspec scope global\n|");
	rtnl_nh_put(back);

	/* an FDB nexthop */
	rtnl_nh_set_oif(nh, 0);
	rtnl_nh_set_fdb(nh, 1);
	back = add_and_parse(nh, 0, NULL);
	ck_assert_int_ne(rtnl_nh_get_fdb(back), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(back), 0);
	ck_assert_str_eq(dump_nh(back),
		"id 8 via 2001:db8::2 fdb\n|"
		"id 8 via 2001:db8::2 fdb\n    family inet6 protocol unspec scope global\n|"
		"id 8 via 2001:db8::2 fdb\n    family inet6 protocol unspec scope global\n|");
	rtnl_nh_put(back);
	nl_addr_put(gw);
	rtnl_nh_put(nh);

	/* without a family the request keeps AF_UNSPEC */
	nh = rtnl_nh_alloc();
	gw = A("192.0.2.1", AF_INET);
	rtnl_nh_set_id(nh, 9);
	rtnl_nh_set_gateway(nh, gw);
	rtnl_nh_set_oif(nh, 1);
	back = add_and_parse(nh, 0, NULL);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_UNSPEC);
	/* the request says what the caller set: no family */
	ck_assert_int_eq(rtnl_nh_get_family(back), AF_UNSPEC);
	rtnl_nh_put(back);
	nl_addr_put(gw);
	rtnl_nh_put(nh);
}
END_TEST

START_TEST(nh_parse_kernel_message)
{
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWNEXTHOP, 0);
	struct nhmsg h = { .nh_family = AF_INET, .nh_scope = RT_SCOPE_LINK,
			   .nh_protocol = RTPROT_STATIC,
			   .nh_flags = RTNH_F_ONLINK };
	struct rtnl_nh *nh;
	struct nl_addr *gw = A("10.0.0.2", AF_INET);
	int err;

	nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
	nla_put_u32(m, NHA_ID, 77);
	nla_put_u32(m, NHA_OIF, 2);
	nla_put_addr(m, NHA_GATEWAY, gw);
	nla_put_flag(m, NHA_BLACKHOLE);
	nh = (struct rtnl_nh *)parse(m, &err);
	nlmsg_free(m);
	ck_assert_int_eq(err, 0);
	ck_assert_int_eq(rtnl_nh_get_id(nh), 77);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_gateway(nh), gw), 0);
	ck_assert_str_eq(dump_nh(nh),
		"id 77 blackhole via 10.0.0.2 dev 2\n|"
		"id 77 blackhole via 10.0.0.2 dev 2\n"
		"    family inet protocol static scope link flags onlink\n|"
		"id 77 blackhole via 10.0.0.2 dev 2\n"
		"    family inet protocol static scope link flags onlink\n|");
	rtnl_nh_put(nh);
	nl_addr_put(gw);

	/* a group whose length is no multiple of struct nexthop_grp */
	m = nlmsg_alloc_simple(RTM_NEWNEXTHOP, 0);
	nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
	nla_put_u32(m, NHA_ID, 1);
	nla_put(m, NHA_GROUP, 12, "abcdefghijkl");
	ck_assert_ptr_null(parse(m, &err));
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);

	/* a short id */
	m = nlmsg_alloc_simple(RTM_NEWNEXTHOP, 0);
	nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
	nla_put_u16(m, NHA_ID, 1);
	ck_assert_ptr_null(parse(m, &err));
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);

	/* a truncated header */
	m = nlmsg_alloc_simple(RTM_NEWNEXTHOP, 0);
	nlmsg_append(m, &h, 4, 1);
	ck_assert_ptr_null(parse(m, &err));
	ck_assert_int_lt(err, 0);
	nlmsg_free(m);
}
END_TEST

START_TEST(nh_cache_lookup)
{
	struct nl_cache *c = NULL;
	struct rtnl_nh *nh;
	int id;

	ck_assert_int_eq(nl_cache_alloc_name("route/nh", &c), 0);
	for (id = 1; id <= 3; id++) {
		struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWNEXTHOP, 0);
		struct nhmsg h = { .nh_family = AF_INET };

		nlmsg_append(m, &h, sizeof(h), NLMSG_ALIGNTO);
		nla_put_u32(m, NHA_ID, (uint32_t)id * 10);
		nla_put_u32(m, NHA_OIF, (uint32_t)id);
		cache_feed(c, m);
	}
	ck_assert_int_eq(nl_cache_nitems(c), 3);
	nh = rtnl_nh_get(c, 20);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 2);
	rtnl_nh_put(nh);
	ck_assert_ptr_null(rtnl_nh_get(c, 2));
	ck_assert_str_eq(dump_cache(c, NL_DUMP_LINE),
			 "id 10 dev 1\nid 20 dev 2\nid 30 dev 3\n");
	nl_cache_free(c);
}
END_TEST

START_TEST(nh_encap_ip)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc(), *cl;
	struct nl_addr *dst = A("10.1.1.1", AF_INET);
	struct nl_addr *src = A("10.2.2.2", AF_INET);
	struct nl_addr *v6 = A("2001:db8::9", AF_INET6);
	struct rtnl_nh *nh, *back;
	char buf[64];

	ck_assert_ptr_nonnull(e);
	/* no type yet */
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_get_type(NULL), -NLE_INVAL);
	/* not an IP tunnel yet */
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 3), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip_dst(e));
	ck_assert_int_eq(rtnl_nh_encap_ip(e, v6), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_encap_ip(e, NULL), -NLE_INVAL);

	ck_assert_int_eq(rtnl_nh_encap_ip(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, v6), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 64), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_tos(e, 0x10), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_id(e, 0x1122334455667788ULL), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_flags(e, TUNNEL_KEY), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 65), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 65);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_tos(e), 0x10);
	ck_assert(rtnl_nh_get_encap_ip_id(e) == 0x1122334455667788ULL);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_flags(e), TUNNEL_KEY);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip_dst(e), dst), 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip_src(e), src), 0);
	/* IPv6 accessors refuse an IPv4 tunnel */
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_dst(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(e), -NLE_INVAL);
	ck_assert_ptr_null(rtnl_nh_get_encap_mpls_dst(e));

	cl = rtnl_nh_encap_clone(e);
	ck_assert_ptr_nonnull(cl);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(cl), 65);
	rtnl_nh_encap_free(cl);

	/* in a nexthop, through a request and back */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 10);
	rtnl_nh_set_family(nh, AF_INET);
	rtnl_nh_set_oif(nh, 2);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, e), 0);
	ck_assert_ptr_eq(rtnl_nh_get_encap(nh), e);
	back = add_and_parse(nh, 0, NULL);
	e = rtnl_nh_get_encap(back);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 65);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_tos(e), 0x10);
	ck_assert(rtnl_nh_get_encap_ip_id(e) == 0x1122334455667788ULL);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip_dst(e), buf,
				     sizeof(buf)), "10.1.1.1");
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip_src(e), buf,
				     sizeof(buf)), "10.2.2.2");
	ck_assert_str_eq(dump_nh(back),
		"id 10 dev 2 encap ip id 1234605616436508552 src 10.2.2.2 "
		"dst 10.1.1.1 ttl 65 tos 16 flags 0x4\n|"
		"id 10 dev 2 encap ip id 1234605616436508552 src 10.2.2.2 "
		"dst 10.1.1.1 ttl 65 tos 16 flags 0x4\n    family inet protocol unspec scope global\n|"
		"id 10 dev 2 encap ip id 1234605616436508552 src 10.2.2.2 "
		"dst 10.1.1.1 ttl 65 tos 16 flags 0x4\n    family inet protocol unspec scope global\n|");
	/* removing the source */
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip_src(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 65);
	rtnl_nh_put(back);

	ck_assert_int_eq(rtnl_nh_set_encap(nh, NULL), 0);
	ck_assert_ptr_null(rtnl_nh_get_encap(nh));
	rtnl_nh_put(nh);
	nl_addr_put(dst);
	nl_addr_put(src);
	nl_addr_put(v6);
}
END_TEST

START_TEST(nh_encap_ip6_ila_mpls)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("2001:db8::1", AF_INET6);
	struct nl_addr *src = A("2001:db8::2", AF_INET6);
	struct nl_addr *lbl = A("100/200", AF_MPLS);
	struct rtnl_nh *nh, *back;
	uint64_t loc = 0;
	char buf[64];

	ck_assert_int_eq(rtnl_nh_encap_ip6(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_hoplimit(e, 9), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_tc(e, 3), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_id(e, 77), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(e, TUNNEL_CSUM), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_hoplimit(e), 9);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(e), 3);
	ck_assert(rtnl_nh_get_encap_ip6_id(e) == 77);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e), TUNNEL_CSUM);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip6_dst(e), dst), 0);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_encap_ip6_src(e), src), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), -NLE_INVAL);

	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 11);
	rtnl_nh_set_oif(nh, 4);
	rtnl_nh_set_encap(nh, e);
	back = add_and_parse(nh, 0, NULL);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)nh,
					     (struct nl_object *)back), 1);
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)nh,
					 (struct nl_object *)back) &
			  ~(uint32_t)0x0f, 0);
	ck_assert_str_eq(dump_nh(back),
		"id 11 dev 4 encap ip6 id 77 src 2001:db8::2 dst 2001:db8::1 "
		"hoplimit 9 tc 3 flags 0x1\n|"
		"id 11 dev 4 encap ip6 id 77 src 2001:db8::2 dst 2001:db8::1 "
		"hoplimit 9 tc 3 flags 0x1\n    family unspec protocol unspec scope global\n|"
		"id 11 dev 4 encap ip6 id 77 src 2001:db8::2 dst 2001:db8::1 "
		"hoplimit 9 tc 3 flags 0x1\n    family unspec protocol unspec scope global\n|");
	rtnl_nh_put(back);

	/* the same encapsulation object becomes ILA: IPv6 values go */
	e = rtnl_nh_get_encap(nh);
	ck_assert_int_eq(rtnl_nh_encap_ila(e, 0x0001000200030004ULL), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_ILA);
	ck_assert_ptr_null(rtnl_nh_get_encap_ip6_dst(e));
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, &loc), 0);
	ck_assert(loc == 0x0001000200030004ULL);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_csum_mode(e,
			 ILA_CSUM_NEUTRAL_MAP), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_ident_type(e, 2), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ila_hook_type(e,
			 ILA_HOOK_ROUTE_INPUT), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 ILA_CSUM_NEUTRAL_MAP);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_ident_type(e), 2);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_hook_type(e),
			 ILA_HOOK_ROUTE_INPUT);
	back = add_and_parse(nh, 0, NULL);
	ck_assert_str_eq(dump_nh(back),
		"id 11 dev 4 encap ila 0001:0002:0003:0004 csum-mode 1 "
		"ident-type 2 hook-type 1\n|"
		"id 11 dev 4 encap ila 0001:0002:0003:0004 csum-mode 1 "
		"ident-type 2 hook-type 1\n    family unspec protocol unspec scope global\n|"
		"id 11 dev 4 encap ila 0001:0002:0003:0004 csum-mode 1 "
		"ident-type 2 hook-type 1\n    family unspec protocol unspec scope global\n|");
	e = rtnl_nh_get_encap(back);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_ident_type(e), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_ident_type(e),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_csum_mode(e),
			 ILA_CSUM_NEUTRAL_MAP);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_csum_mode(e), 0);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_hook_type(e), 0);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_hook_type(e),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, &loc), 0);
	ck_assert_int_eq(rtnl_nh_clear_encap_ila_hook_type(NULL), -NLE_INVAL);
	rtnl_nh_put(back);

	/* and MPLS */
	e = rtnl_nh_get_encap(nh);
	ck_assert_int_eq(rtnl_nh_encap_mpls(e, lbl, 5), 0);
	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_MPLS);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(e), 5);
	ck_assert_int_eq(rtnl_nh_get_encap_ila_locator(e, &loc), -NLE_INVAL);
	back = add_and_parse(nh, 0, NULL);
	e = rtnl_nh_get_encap(back);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_mpls_dst(e), buf,
				     sizeof(buf)), "100/200");
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(e), 5);
	ck_assert_str_eq(dump_nh(back),
		"id 11 dev 4 encap mpls 100/200 ttl 5\n|"
		"id 11 dev 4 encap mpls 100/200 ttl 5\n    family unspec protocol unspec scope global\n|"
		"id 11 dev 4 encap mpls 100/200 ttl 5\n    family unspec protocol unspec scope global\n|");
	rtnl_nh_put(back);
	ck_assert_int_eq(rtnl_nh_encap_mpls(e, NULL, 0), -NLE_INVAL);
	ck_assert_int_eq(rtnl_nh_get_encap_mpls_ttl(NULL), -NLE_INVAL);

	rtnl_nh_put(nh);
	nl_addr_put(dst);
	nl_addr_put(src);
	nl_addr_put(lbl);
}
END_TEST


/* With a link cache registered, netconf and nexthop dumps name the
 * interfaces (Debian prints "(null)" for an index the cache lacks). */
START_TEST(dump_with_link_names)
{
	struct nl_cache *links = NULL;
	struct rtnl_link *l = rtnl_link_alloc();
	struct rtnl_netconf *nc;
	struct rtnl_nh *nh;

	ck_assert_int_eq(nl_cache_alloc_name("route/link", &links), 0);
	rtnl_link_set_ifindex(l, 1);
	rtnl_link_set_name(l, "lo");
	ck_assert_int_eq(nl_cache_add(links, (struct nl_object *)l), 0);
	rtnl_link_put(l);
	nl_cache_mngt_provide(links);

	nc = nc_parse(AF_INET, 1, NC_IFI | NC_FWD, 1, 0, 0, 0, 0, 0);
	ck_assert_str_eq(dump_all((struct nl_object *)nc),
			 "ipv4 dev lo forwarding on \n|"
			 "ipv4 dev lo forwarding on \n||");
	rtnl_netconf_put(nc);
	nc = nc_parse(AF_INET, 9999, NC_IFI | NC_FWD, 1, 0, 0, 0, 0, 0);
	ck_assert_str_eq(dump_all((struct nl_object *)nc),
			 "ipv4 dev (null) forwarding on \n|"
			 "ipv4 dev (null) forwarding on \n||");
	rtnl_netconf_put(nc);

	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 3);
	rtnl_nh_set_oif(nh, 1);
	ck_assert_str_eq(dump_nh(nh), "id 3 dev lo\n|"
			 "id 3 dev lo\n    family unspec\n|"
			 "id 3 dev lo\n    family unspec\n|");
	rtnl_nh_set_oif(nh, 9999);
	ck_assert_str_eq(dump_nh(nh), "id 3 dev 9999\n|"
			 "id 3 dev 9999\n    family unspec\n|"
			 "id 3 dev 9999\n    family unspec\n|");
	rtnl_nh_put(nh);

	nl_cache_mngt_unprovide(links);
	nl_cache_free(links);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Damaged messages: every parser survives them                         */

static void sink(struct nl_object *obj, void *arg)
{
	char buf[2048];
	int t;

	(void)arg;
	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		struct nl_dump_params p = { .dp_type = t, .dp_buf = buf,
					    .dp_buflen = sizeof(buf) };

		nl_object_dump(obj, &p);
	}
}

/* Parse variants of @good: cut at every length, and with bytes of the
 * payload overwritten by pseudo-random values. */
static void mangle(struct nl_msg *good)
{
	struct nlmsghdr *h = nlmsg_hdr(good);
	int type = h->nlmsg_type;
	int len = nlmsg_datalen(h);
	unsigned char *payload = nlmsg_data(h);
	unsigned char *copy = malloc((size_t)len);
	unsigned int seed = 12345;
	int cut, round, i;

	ck_assert_ptr_nonnull(copy);
	for (cut = 0; cut <= len; cut++) {
		struct nl_msg *m = nlmsg_alloc_simple(type, 0);

		nlmsg_append(m, payload, (size_t)cut, 1);
		nlmsg_set_proto(m, NETLINK_ROUTE);
		nl_msg_parse(m, sink, NULL);
		nlmsg_free(m);
	}
	for (round = 0; round < 3000; round++) {
		struct nl_msg *m = nlmsg_alloc_simple(type, 0);
		int n = 1 + (int)(rand_r(&seed) % 4);

		memcpy(copy, payload, (size_t)len);
		for (i = 0; i < n; i++)
			copy[rand_r(&seed) % (unsigned int)len] =
				(unsigned char)rand_r(&seed);
		nlmsg_append(m, copy, (size_t)len, 1);
		nlmsg_set_proto(m, NETLINK_ROUTE);
		nl_msg_parse(m, sink, NULL);
		nlmsg_free(m);
	}
	free(copy);
}

START_TEST(damaged_messages)
{
	struct nl_msg *m;
	struct rtnl_nh *nh;
	struct rtnl_nh_encap *e;
	struct nl_addr *a;
	static const nl_nh_group_info_t g[] = { { 1, 0 }, { 2, 3 } };
	struct nl_sock *sk;
	struct nltest_batch b;

	m = nc_msg(RTM_NEWNETCONF, AF_INET, 3, 0x7f, 1, 2, 0, 1, 1, 0);
	mangle(m);
	nlmsg_free(m);
	m = mdb_sample();
	mangle(m);
	nlmsg_free(m);

	/* a nexthop request with a group, a resilient nest and an encap */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 5);
	rtnl_nh_set_group(nh, g, 2);
	rtnl_nh_set_res_group_bucket_size(nh, 8);
	rtnl_nh_set_res_group_idle_timer(nh, 9);
	rtnl_nh_set_oif(nh, 2);
	a = A("10.0.0.1", AF_INET);
	rtnl_nh_set_gateway(nh, a);
	e = rtnl_nh_encap_alloc();
	rtnl_nh_encap_ip(e, a);
	rtnl_nh_set_encap_ip_src(e, a);
	rtnl_nh_set_encap_ip_ttl(e, 3);
	rtnl_nh_set_encap(nh, e);
	nl_addr_put(a);
	sk = nl_socket_alloc();
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, 0, RTM_NEWNEXTHOP);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, 0), 0);
	m = nlmsg_convert((struct nlmsghdr *)nltest_inj_last_request(sk));
	nlmsg_hdr(m)->nlmsg_flags = 0;
	mangle(m);
	nlmsg_free(m);
	nltest_batch_clear(&b);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
	rtnl_nh_put(nh);
}
END_TEST

static Suite *nh_suite(void)
{
	Suite *s = suite_create("nh-msg");
	TCase *tc = tcase_create("netconf");

	tcase_add_test(tc, netconf_dump_text);
	tcase_add_test(tc, netconf_getters);
	tcase_add_test(tc, netconf_bad_input);
	tcase_add_test(tc, netconf_cache_lookup);
	suite_add_tcase(s, tc);
	tc = tcase_create("mdb");
	tcase_add_test(tc, mdb_parse_dump);
	tcase_add_test(tc, mdb_add_entry_and_update);
	tcase_add_test(tc, mdb_bad_input);
	suite_add_tcase(s, tc);
	tc = tcase_create("nh");
	tcase_add_test(tc, nh_accessors);
	tcase_add_test(tc, nh_group_roundtrip);
	tcase_add_test(tc, nh_gateway_roundtrip);
	tcase_add_test(tc, nh_parse_kernel_message);
	tcase_add_test(tc, nh_cache_lookup);
	tcase_add_test(tc, nh_encap_ip);
	tcase_add_test(tc, nh_encap_ip6_ila_mpls);
	tcase_add_test(tc, dump_with_link_names);
	suite_add_tcase(s, tc);
	tc = tcase_create("damaged");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, damaged_messages);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(nh_suite)
