/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbour objects without a kernel: names, parsing, dumps at each level
 * (text as Debian's libnl 3.7 prints it), requests.
 */

#include <string.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/neighbour.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/route/neighbour.h>

#include "nltest.h"

#ifndef NDA_FLAGS_EXT
#define NDA_FLAGS_EXT 15
#endif
#ifndef NDA_NH_ID
#define NDA_NH_ID 13
#endif
#ifndef NTF_EXT_MANAGED
#define NTF_EXT_MANAGED (1 << 0)
#endif

static char *dump_cache(struct nl_cache *c, enum nl_dump_type t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = t, .dp_fd = f };

	nl_cache_dump(c, &p);
	fclose(f);
	return buf;
}

static struct nl_msg *hdr(int family, int ifindex, int state, int flags)
{
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWNEIGH, 0);
	struct ndmsg nd = {
		.ndm_family = (unsigned char)family,
		.ndm_ifindex = ifindex,
		.ndm_state = (unsigned short)state,
		.ndm_flags = (unsigned char)flags,
		.ndm_type = RTN_UNICAST,
	};

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(nlmsg_append(m, &nd, sizeof(nd), NLMSG_ALIGNTO), 0);
	return m;
}

static const unsigned char mac[6] = { 2, 0, 0, 0, 0, 0x33 };

static struct nl_cache *sample_cache(void)
{
	struct nda_cacheinfo nc = { .ndm_confirmed = 100, .ndm_used = 200,
				    .ndm_updated = 300, .ndm_refcnt = 2 };
	struct nl_cache *c = NULL;
	struct in_addr a;
	struct nl_msg *m;

	rtnl_neigh_put(rtnl_neigh_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/neigh", &c), 0);

	m = hdr(AF_BRIDGE, 5, NUD_REACHABLE | NUD_NOARP,
		NTF_SELF | NTF_MASTER | NTF_ROUTER);
	nla_put(m, NDA_LLADDR, 6, mac);
	inet_pton(AF_INET, "10.9.9.9", &a);
	nla_put(m, NDA_DST, 4, &a);
	nla_put_u16(m, NDA_VLAN, 42);
	nla_put_u32(m, NDA_MASTER, 3);
	nla_put_u32(m, NDA_PROBES, 4);
	nla_put_u32(m, NDA_NH_ID, 77);
	nla_put_u32(m, NDA_FLAGS_EXT, 3);
	nla_put(m, NDA_CACHEINFO, sizeof(nc), &nc);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_INET, 5, 0, 0);
	inet_pton(AF_INET, "10.9.9.8", &a);
	nla_put(m, NDA_DST, 4, &a);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_BRIDGE, 6, NUD_PERMANENT, NTF_SELF);
	nla_put(m, NDA_LLADDR, 6, mac);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	return c;
}

START_TEST(test_names)
{
	char buf[256];

	ck_assert_str_eq(rtnl_neigh_state2str(0xffff, buf, sizeof(buf)),
			 "incomplete,reachable,stale,delay,probe,failed,"
			 "noarp,permanent,");
	ck_assert_str_eq(rtnl_neigh_state2str(0, buf, sizeof(buf)), "");
	ck_assert_str_eq(rtnl_neigh_flags2str(0xffff, buf, sizeof(buf)),
			 "use,proxy,router,self,master,ext_learned,"
			 "offloaded,");
	ck_assert_str_eq(rtnl_neigh_extflags2str(3, buf, sizeof(buf)),
			 "managed,locked");
	ck_assert_int_eq(rtnl_neigh_str2state("PERMANENT"), NUD_PERMANENT);
	ck_assert_int_eq(rtnl_neigh_str2state("noarp"), NUD_NOARP);
	ck_assert_int_eq(rtnl_neigh_str2state("none"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_neigh_str2flag("router"), NTF_ROUTER);
	ck_assert_int_eq(rtnl_neigh_str2flag("offloaded"), NTF_OFFLOADED);
	ck_assert_int_eq(rtnl_neigh_str2flag("sticky"), -NLE_OBJ_NOTFOUND);
	ck_assert_uint_eq(rtnl_neigh_str2extflag("locked"), 2);
	ck_assert_uint_eq(rtnl_neigh_str2extflag("managed,locked"), 3);
}
END_TEST

START_TEST(test_dump_levels)
{
	struct nl_cache *c = sample_cache();
	const char *line =
		"bridge 10.9.9.9 dev 5 lladdr 02:00:00:00:00:33 vlan 42 3 "
		"<reachable,noarp,router,self,master>\n"
		"inet 10.9.9.8 dev 5 \n"
		"bridge dev 6 lladdr 02:00:00:00:00:33 <permanent,self>\n";
	const char *details =
		"bridge 10.9.9.9 dev 5 lladdr 02:00:00:00:00:33 vlan 42 3 "
		"<reachable,noarp,router,self,master>\n"
		"    refcnt 2 type unicast confirmed 1 used 2 updated 3\n"
		"inet 10.9.9.8 dev 5 \n"
		"    refcnt 0 type unicast confirmed 0 used 0 updated 0\n"
		"bridge dev 6 lladdr 02:00:00:00:00:33 <permanent,self>\n"
		"    refcnt 0 type unicast confirmed 0 used 0 updated 0\n";
	char *s;

	ck_assert_int_eq(nl_cache_nitems(c), 3);
	s = dump_cache(c, NL_DUMP_LINE);
	ck_assert_str_eq(s, line);
	free(s);
	s = dump_cache(c, NL_DUMP_DETAILS);
	ck_assert_str_eq(s, details);
	free(s);
	s = dump_cache(c, NL_DUMP_STATS);
	ck_assert_str_eq(s, details);
	free(s);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_accessors_lookup)
{
	struct nl_cache *c = sample_cache();
	struct rtnl_neigh *n;
	struct nl_addr *a, *ll;
	uint32_t v = 0;
	char buf[64];

	ck_assert_int_eq(nl_addr_parse("10.9.9.8", AF_INET, &a), 0);
	n = rtnl_neigh_get(c, 5, a);
	ck_assert_ptr_nonnull(n);
	ck_assert_int_eq(rtnl_neigh_get_family(n), AF_INET);
	ck_assert_int_eq(rtnl_neigh_get_state(n), 0);
	ck_assert_int_eq(rtnl_neigh_get_vlan(n), -1);
	ck_assert_int_eq(rtnl_neigh_get_nhid(n, &v), -NLE_NOATTR);
	ck_assert_ptr_null(rtnl_neigh_get_lladdr(n));
	rtnl_neigh_put(n);
	ck_assert_ptr_null(rtnl_neigh_get(c, 6, a));
	nl_addr_put(a);

	ll = nl_addr_build(AF_LLC, mac, 6);
	ck_assert_ptr_null(rtnl_neigh_get_by_vlan(c, 5, ll, 0));
	n = rtnl_neigh_get_by_vlan(c, 5, ll, 42);
	ck_assert_ptr_nonnull(n);
	ck_assert_int_eq(rtnl_neigh_get_family(n), AF_BRIDGE);
	ck_assert_int_eq(rtnl_neigh_get_ifindex(n), 5);
	ck_assert_int_eq(rtnl_neigh_get_master(n), 3);
	ck_assert_int_eq(rtnl_neigh_get_vlan(n), 42);
	ck_assert_int_eq(rtnl_neigh_get_type(n), RTN_UNICAST);
	ck_assert_int_eq(rtnl_neigh_get_state(n), NUD_REACHABLE | NUD_NOARP);
	ck_assert_uint_eq(rtnl_neigh_get_flags(n),
			  NTF_SELF | NTF_MASTER | NTF_ROUTER);
	ck_assert_int_eq(rtnl_neigh_get_nhid(n, &v), 0);
	ck_assert_uint_eq(v, 77);
	ck_assert_int_eq(rtnl_neigh_get_ext_flags(n, &v), 0);
	ck_assert_uint_eq(v, 3);
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_dst(n), buf, sizeof(buf)),
			 "10.9.9.9");
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_lladdr(n), buf,
				     sizeof(buf)), "02:00:00:00:00:33");
	{
		struct rtnl_neigh *cl = (struct rtnl_neigh *)nl_object_clone(
			(struct nl_object *)n);

		ck_assert_int_eq(nl_object_diff((struct nl_object *)n,
						(struct nl_object *)cl), 0);
		rtnl_neigh_unset_state(cl, NUD_NOARP);
		ck_assert_int_eq(rtnl_neigh_get_state(cl), NUD_REACHABLE);
		ck_assert_int_ne(nl_object_diff((struct nl_object *)n,
						(struct nl_object *)cl), 0);
		/* a filter with only "reachable" matches loosely */
		{
			struct rtnl_neigh *f = rtnl_neigh_alloc();

			rtnl_neigh_set_state(f, NUD_REACHABLE);
			ck_assert_int_eq(nl_object_match_filter(
					 (struct nl_object *)n,
					 (struct nl_object *)f), 1);
			rtnl_neigh_set_state(f, NUD_STALE);
			ck_assert_int_eq(nl_object_match_filter(
					 (struct nl_object *)n,
					 (struct nl_object *)f), 0);
			rtnl_neigh_put(f);
		}
		rtnl_neigh_put(cl);
	}
	rtnl_neigh_put(n);
	nl_addr_put(ll);
	nl_cache_free(c);
}
END_TEST

START_TEST(test_parse_public)
{
	struct nl_msg *m = hdr(AF_INET6, 9, NUD_STALE, NTF_ROUTER);
	struct rtnl_neigh *n = NULL;
	unsigned char d6[16];
	char buf[64];

	inet_pton(AF_INET6, "fd00::9", d6);
	nla_put(m, NDA_DST, 16, d6);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), 0);
	ck_assert_int_eq(rtnl_neigh_get_ifindex(n), 9);
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_dst(n), buf, sizeof(buf)),
			 "fd00::9");
	ck_assert_int_eq(nl_addr_get_family(rtnl_neigh_get_dst(n)), AF_INET6);
	rtnl_neigh_put(n);
	nlmsg_free(m);

	/* too short for struct ndmsg */
	m = nlmsg_alloc_simple(RTM_NEWNEIGH, 0);
	nlmsg_append(m, d6, 4, NLMSG_ALIGNTO);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n),
			 -NLE_MSG_TOOSHORT);
	nlmsg_free(m);
	/* a truncated u16 attribute */
	m = hdr(AF_BRIDGE, 9, 0, 0);
	nla_put(m, NDA_VLAN, 1, d6);
	ck_assert_int_lt(rtnl_neigh_parse(nlmsg_hdr(m), &n), 0);
	nlmsg_free(m);
}
END_TEST

START_TEST(test_requests)
{
	struct rtnl_neigh *n = rtnl_neigh_alloc();
	struct nl_addr *dst, *ll, *d6;
	struct nlattr *tb[NDA_MAX + 1];
	struct nl_msg *m;
	struct ndmsg *nd;

	ck_assert_int_eq(rtnl_neigh_build_add_request(n, 0, &m),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(nl_addr_parse("10.1.0.77", AF_UNSPEC, &dst), 0);
	ck_assert_int_eq(nl_addr_parse("02:00:00:00:00:77", AF_LLC, &ll), 0);
	ck_assert_int_eq(nl_addr_parse("fd00::1", AF_UNSPEC, &d6), 0);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, dst), 0);
	ck_assert_int_eq(rtnl_neigh_get_family(n), AF_INET);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, d6), -NLE_AF_MISMATCH);
	rtnl_neigh_set_lladdr(n, ll);
	rtnl_neigh_set_ifindex(n, 4);
	ck_assert_int_eq(rtnl_neigh_build_add_request(n, NLM_F_REPLACE, &m),
			 0);
	ck_assert_int_eq(nlmsg_hdr(m)->nlmsg_type, RTM_NEWNEIGH);
	ck_assert_int_eq(nlmsg_hdr(m)->nlmsg_flags,
			 NLM_F_CREATE | NLM_F_REPLACE);
	nd = nlmsg_data(nlmsg_hdr(m));
	ck_assert_int_eq(nd->ndm_family, AF_INET);
	ck_assert_int_eq(nd->ndm_ifindex, 4);
	ck_assert_int_eq(nd->ndm_state, NUD_PERMANENT);
	ck_assert_int_eq(nd->ndm_flags, 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(m), sizeof(*nd), tb, NDA_MAX,
				     NULL), 0);
	ck_assert_mem_eq(nla_data(tb[NDA_DST]), nl_addr_get_binary_addr(dst),
			 4);
	ck_assert_mem_eq(nla_data(tb[NDA_LLADDR]), nl_addr_get_binary_addr(ll),
			 6);
	ck_assert_ptr_null(tb[NDA_VLAN]);
	nlmsg_free(m);

	/* a bridge entry: MAC, vlan, master flag, ext flags */
	{
		struct rtnl_neigh *b = rtnl_neigh_alloc();

		rtnl_neigh_set_family(b, AF_BRIDGE);
		rtnl_neigh_set_ifindex(b, 7);
		/* a bridge entry needs nothing more (as Debian's 3.7) */
		ck_assert_int_eq(rtnl_neigh_build_delete_request(b, 0, &m), 0);
		nlmsg_free(m);
		rtnl_neigh_set_lladdr(b, ll);
		rtnl_neigh_set_vlan(b, 10);
		rtnl_neigh_set_flags(b, NTF_MASTER);
		rtnl_neigh_set_state(b, NUD_NOARP);
		rtnl_neigh_set_ext_flags(b, 1);
		rtnl_neigh_set_nhid(b, 5);
		rtnl_neigh_set_type(b, RTN_UNICAST);
		ck_assert_int_eq(rtnl_neigh_build_delete_request(b, 0, &m), 0);
		ck_assert_int_eq(nlmsg_hdr(m)->nlmsg_type, RTM_DELNEIGH);
		nd = nlmsg_data(nlmsg_hdr(m));
		ck_assert_int_eq(nd->ndm_family, AF_BRIDGE);
		ck_assert_int_eq(nd->ndm_state, NUD_NOARP);
		ck_assert_int_eq(nd->ndm_flags, NTF_MASTER);
		ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(m), sizeof(*nd), tb,
					     NDA_MAX, NULL), 0);
		ck_assert_uint_eq(nla_get_u16(tb[NDA_VLAN]), 10);
		ck_assert_uint_eq(nla_get_u32(tb[NDA_FLAGS_EXT]), 1);
		ck_assert_uint_eq(nla_get_u32(tb[NDA_NH_ID]), 5);
		ck_assert_ptr_null(tb[NDA_DST]);
		/* parsed back, the request is the same entry */
		{
			struct rtnl_neigh *p = NULL;

			ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &p), 0);
			ck_assert_int_eq(nl_object_identical(
					 (struct nl_object *)p,
					 (struct nl_object *)b), 1);
			ck_assert_int_eq(nl_object_diff(
					 (struct nl_object *)p,
					 (struct nl_object *)b), 0);
			rtnl_neigh_put(p);
		}
		nlmsg_free(m);
		rtnl_neigh_put(b);
	}
	nl_addr_put(dst);
	nl_addr_put(ll);
	nl_addr_put(d6);
	rtnl_neigh_put(n);
}
END_TEST

static struct rtnl_neigh *parse_ok(struct nl_msg *m)
{
	struct rtnl_neigh *n = NULL;

	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), 0);
	return n;
}

/* The addresses of a parsed neighbour live in its own memory: whoever
 * holds one keeps it (and the neighbour) valid after the neighbour and
 * its cache are gone (run under valgrind or ASan to see the memory). */
START_TEST(test_storage_lifetime)
{
	static const unsigned char ib[20] = { 0x80, [19] = 0x42 };
	struct nl_msg *m = hdr(AF_INET, 4, NUD_PERMANENT, 0);
	struct nl_addr *dst, *ll, *held;
	struct rtnl_neigh *n, *cl;
	struct nl_cache *c;
	struct in_addr a;
	char buf[64];

	inet_pton(AF_INET, "10.7.0.1", &a);
	nla_put(m, NDA_DST, 4, &a);
	nla_put(m, NDA_LLADDR, 6, mac);

	/* both outlive the neighbour, as references to it */
	n = parse_ok(m);
	dst = nl_addr_get(rtnl_neigh_get_dst(n));
	ll = nl_addr_get(rtnl_neigh_get_lladdr(n));
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)n), 3);
	rtnl_neigh_put(n);
	ck_assert_int_eq(nl_addr_shared(dst), 1);
	ck_assert_str_eq(nl_addr2str(dst, buf, sizeof(buf)), "10.7.0.1");
	ck_assert_int_eq(nl_addr_get_family(dst), AF_INET);
	ck_assert_int_eq(nl_addr_get_prefixlen(dst), 32);
	ck_assert_str_eq(nl_addr2str(ll, buf, sizeof(buf)),
			 "02:00:00:00:00:33");
	ck_assert_int_eq(nl_addr_get_family(ll), AF_LLC);
	ck_assert_int_eq(nl_addr_get_prefixlen(ll), 48);
	/* as large as the attribute, as a parsed address always was */
	ck_assert_int_eq(nl_addr_set_binary_addr(dst, ib, 16), -NLE_RANGE);
	nl_addr_put(ll);
	ck_assert_int_eq(nl_addr_shared(dst), 0);
	nl_addr_put(dst);

	/* a replaced destination keeps its value for whoever holds it */
	n = parse_ok(m);
	held = nl_addr_get(rtnl_neigh_get_dst(n));
	ck_assert_int_eq(nl_addr_parse("10.7.0.2", AF_INET, &dst), 0);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, dst), 0);
	nl_addr_put(dst);
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_dst(n), buf, sizeof(buf)),
			 "10.7.0.2");
	ck_assert_str_eq(nl_addr2str(held, buf, sizeof(buf)), "10.7.0.1");
	/* its own address given back to it holds no reference on itself */
	rtnl_neigh_set_lladdr(n, held);
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)n), 2);
	nl_addr_put(held);
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)n), 1);

	/* a clone has its own copies */
	cl = (struct rtnl_neigh *)nl_object_clone((struct nl_object *)n);
	ck_assert_ptr_nonnull(cl);
	rtnl_neigh_put(n);
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_lladdr(cl), buf,
				     sizeof(buf)), "10.7.0.1");
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)cl), 1);
	rtnl_neigh_put(cl);

	/* held past the cache */
	ck_assert_int_eq(nl_cache_alloc_name("route/neigh", &c), 0);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	n = (struct rtnl_neigh *)nl_cache_get_first(c);
	dst = nl_addr_get(rtnl_neigh_get_dst(n));
	nl_cache_free(c);
	ck_assert_str_eq(nl_addr2str(dst, buf, sizeof(buf)), "10.7.0.1");
	ck_assert_int_eq(rtnl_neigh_get_ifindex(n), 4);
	nl_addr_put(dst);
	nlmsg_free(m);

	/* a link-layer address too long for the object's room: 20 bytes */
	m = hdr(AF_INET, 4, NUD_PERMANENT, 0);
	nla_put(m, NDA_DST, 4, &a);
	nla_put(m, NDA_LLADDR, sizeof(ib), ib);
	n = parse_ok(m);
	ll = nl_addr_get(rtnl_neigh_get_lladdr(n));
	ck_assert_int_eq(nl_addr_get_len(ll), 20);
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)n), 1);
	rtnl_neigh_put(n);
	ck_assert_str_eq(nl_addr2str(ll, buf, sizeof(buf)),
			 "80:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:"
			 "00:00:00:42");
	nl_addr_put(ll);
	nlmsg_free(m);
}
END_TEST

/* Each attribute as the table describes it: families, short values. */
START_TEST(test_parse_fields)
{
	unsigned char d6[16], odd[5] = { 1, 2, 3, 4, 5 };
	uint16_t two = 7;
	uint32_t v = 0;
	struct nl_msg *m;
	struct rtnl_neigh *n = NULL;

	/* a bridge entry's remote: the family guessed from the length */
	inet_pton(AF_INET6, "fd00::1", d6);
	m = hdr(AF_BRIDGE, 3, NUD_REACHABLE, NTF_SELF);
	nla_put(m, NDA_DST, 16, d6);
	nla_put_u16(m, NDA_VLAN, 9);
	n = parse_ok(m);
	ck_assert_int_eq(nl_addr_get_family(rtnl_neigh_get_dst(n)), AF_INET6);
	ck_assert_int_eq(rtnl_neigh_get_vlan(n), 9);
	ck_assert_int_eq(rtnl_neigh_get_master(n), 0);
	ck_assert_int_eq(rtnl_neigh_get_state(n), NUD_REACHABLE);
	ck_assert_int_eq(rtnl_neigh_get_flags(n), NTF_SELF);
	ck_assert_int_eq(rtnl_neigh_get_type(n), RTN_UNICAST);
	rtnl_neigh_put(n);
	nlmsg_free(m);

	m = hdr(AF_BRIDGE, 3, 0, 0);
	nla_put(m, NDA_DST, sizeof(odd), odd);
	n = parse_ok(m);
	ck_assert_int_eq(nl_addr_get_family(rtnl_neigh_get_dst(n)),
			 AF_UNSPEC);
	ck_assert_int_eq(nl_addr_get_len(rtnl_neigh_get_dst(n)), 5);
	rtnl_neigh_put(n);
	nlmsg_free(m);

	/* an IPv4 entry's destination is IPv4 whatever its length */
	m = hdr(AF_INET, 3, 0, 0);
	nla_put(m, NDA_DST, 16, d6);
	nla_put_u32(m, NDA_NH_ID, 12);
	nla_put_u32(m, NDA_FLAGS_EXT, NTF_EXT_MANAGED);
	n = parse_ok(m);
	ck_assert_int_eq(nl_addr_get_family(rtnl_neigh_get_dst(n)), AF_INET);
	ck_assert_int_eq(rtnl_neigh_get_nhid(n, &v), 0);
	ck_assert_uint_eq(v, 12);
	ck_assert_int_eq(rtnl_neigh_get_ext_flags(n, &v), 0);
	ck_assert_uint_eq(v, NTF_EXT_MANAGED);
	rtnl_neigh_put(n);
	nlmsg_free(m);

	/* short numbers are refused */
	m = hdr(AF_INET, 3, 0, 0);
	nla_put(m, NDA_PROBES, 2, &two);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), -NLE_RANGE);
	nlmsg_free(m);
	m = hdr(AF_BRIDGE, 3, 0, 0);
	nla_put(m, NDA_MASTER, 2, &two);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), -NLE_RANGE);
	nlmsg_free(m);
	m = hdr(AF_BRIDGE, 3, 0, 0);
	nla_put(m, NDA_FLAGS_EXT, 3, odd);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), -NLE_RANGE);
	nlmsg_free(m);
}
END_TEST

/* What the hand walk of neigh_fill() must keep from nlmsg_parse(): the
 * last attribute of a type wins (its errors only), the NLA_F_* bits of the
 * type are ignored, so are unknown types and trailing bytes that make no
 * attribute. */
START_TEST(test_parse_walk)
{
	static const unsigned char d4a[4] = { 10, 0, 0, 1 };
	static const unsigned char d4b[4] = { 10, 0, 0, 2 };
	static const unsigned char junk[3] = { 0xff, 0xff, 0xff };
	uint16_t two = 7;
	uint32_t v = 0;
	struct nl_msg *m;
	struct rtnl_neigh *n = NULL;
	char buf[64];

	m = hdr(AF_INET, 3, NUD_PERMANENT, 0);
	nla_put(m, NDA_DST, 4, d4a);
	nla_put(m, NDA_PROBES, 2, &two);
	nla_put_u32(m, NDA_PROBES, 5);
	nla_put(m, NDA_DST | NLA_F_NESTED, 4, d4b);
	nla_put_u32(m, 200, 1);
	ck_assert_int_eq(nlmsg_append(m, (void *)junk, sizeof(junk), 0), 0);
	n = parse_ok(m);
	ck_assert_str_eq(nl_addr2str(rtnl_neigh_get_dst(n), buf, sizeof(buf)),
			 "10.0.0.2");
	ck_assert_int_eq(rtnl_neigh_get_ifindex(n), 3);
	ck_assert_int_eq(rtnl_neigh_get_state(n), NUD_PERMANENT);
	rtnl_neigh_put(n);
	nlmsg_free(m);

	/* a valid attribute followed by a short one of its type */
	m = hdr(AF_INET, 3, 0, 0);
	nla_put_u32(m, NDA_NH_ID, 12);
	nla_put(m, NDA_NH_ID, 2, &two);
	ck_assert_int_eq(rtnl_neigh_parse(nlmsg_hdr(m), &n), -NLE_RANGE);
	nlmsg_free(m);
	m = hdr(AF_INET, 3, 0, 0);
	nla_put(m, NDA_NH_ID, 2, &two);
	nla_put_u32(m, NDA_NH_ID, 12);
	n = parse_ok(m);
	ck_assert_int_eq(rtnl_neigh_get_nhid(n, &v), 0);
	ck_assert_uint_eq(v, 12);
	rtnl_neigh_put(n);
	nlmsg_free(m);
}
END_TEST

static Suite *neigh_suite(void)
{
	Suite *s = suite_create("addr-neigh");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_dump_levels);
	tcase_add_test(tc, test_accessors_lookup);
	tcase_add_test(tc, test_parse_public);
	tcase_add_test(tc, test_requests);
	tcase_add_test(tc, test_storage_lifetime);
	tcase_add_test(tc, test_parse_fields);
	tcase_add_test(tc, test_parse_walk);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(neigh_suite)
