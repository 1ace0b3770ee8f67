/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Address objects without a kernel: names, parsing messages, dumps at
 * each level (text as Debian's libnl 3.7 prints it), requests.
 */

#include <string.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>

#include "nltest.h"

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

static void put4(struct nl_msg *m, int type, const char *s)
{
	struct in_addr a;

	ck_assert_int_eq(inet_pton(AF_INET, s, &a), 1);
	ck_assert_int_eq(nla_put(m, type, 4, &a), 0);
}

static void put6(struct nl_msg *m, int type, const char *s)
{
	unsigned char a[16];

	ck_assert_int_eq(inet_pton(AF_INET6, s, a), 1);
	ck_assert_int_eq(nla_put(m, type, 16, a), 0);
}

static struct nl_msg *hdr(int family, int plen, int flags, int scope,
			  int ifindex)
{
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWADDR, 0);
	struct ifaddrmsg ifa = {
		.ifa_family = (unsigned char)family,
		.ifa_prefixlen = (unsigned char)plen,
		.ifa_flags = (unsigned char)flags,
		.ifa_scope = (unsigned char)scope,
		.ifa_index = (unsigned int)ifindex,
	};

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(nlmsg_append(m, &ifa, sizeof(ifa), NLMSG_ALIGNTO), 0);
	return m;
}

/* The three addresses of the probe run against Debian's libnl. */
static struct nl_cache *sample_cache(void)
{
	struct ifa_cacheinfo ci = { .ifa_prefered = 100, .ifa_valid = 4000,
				    .cstamp = 12345, .tstamp = 23456 };
	struct nl_cache *c = NULL;
	struct nl_msg *m;

	/* pull addr.c into the binary, then find its cache type by name */
	rtnl_addr_put(rtnl_addr_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);

	m = hdr(AF_INET, 24, 0x80, 0, 7);
	put4(m, IFA_LOCAL, "10.1.2.3");
	put4(m, IFA_ADDRESS, "10.1.2.9");
	put4(m, IFA_BROADCAST, "10.1.2.255");
	put4(m, IFA_ANYCAST, "10.1.2.100");
	put4(m, IFA_MULTICAST, "224.1.2.3");
	nla_put_string(m, IFA_LABEL, "eth7:1");
	nla_put(m, IFA_CACHEINFO, sizeof(ci), &ci);
	nla_put_u32(m, IFA_FLAGS, 0x380);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_INET6, 64, 0, 200, 8);
	put6(m, IFA_ADDRESS, "fd00::5");
	put6(m, IFA_MULTICAST, "ff02::5");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	m = hdr(AF_INET, 16, 0, 253, 9);
	put4(m, IFA_LOCAL, "10.2.2.3");
	put4(m, IFA_ADDRESS, "10.2.2.3");
	put4(m, IFA_BROADCAST, "10.2.255.255");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	return c;
}

START_TEST(test_flag_names)
{
	char buf[256];

	ck_assert_str_eq(rtnl_addr_flags2str(0xffff, buf, sizeof(buf)),
			 "secondary,nodad,optimistic,dadfailed,homeaddress,"
			 "deprecated,tentative,permanent,mngtmpaddr,"
			 "noprefixroute,");
	ck_assert_str_eq(rtnl_addr_flags2str(0x82, buf, sizeof(buf)),
			 "nodad,permanent");
	ck_assert_str_eq(rtnl_addr_flags2str(0x82, buf, 5), "noda");
	ck_assert_str_eq(rtnl_addr_flags2str(0, buf, sizeof(buf)), "");
	ck_assert_int_eq(rtnl_addr_str2flags("PERMANENT"), 0x80);
	ck_assert_int_eq(rtnl_addr_str2flags("nodad,tentative"), 0x42);
	ck_assert_int_eq(rtnl_addr_str2flags("mngtmpaddr"), 0x100);
	ck_assert_int_eq(rtnl_addr_str2flags("noprefixroute"), 0x200);
	ck_assert_int_eq(rtnl_addr_str2flags("foo"), 0);
}
END_TEST

START_TEST(test_dump_levels)
{
	struct nl_cache *c = sample_cache();
	const char *line =
		"10.1.2.3/24 peer 10.1.2.9 inet dev 7 scope global "
		"<permanent,mngtmpaddr,noprefixroute>\n"
		"fd00::5/64 inet6 dev 8 scope site\n"
		"10.2.2.3/16 inet dev 9 scope link\n";
	const char *details =
		"10.1.2.3/24 peer 10.1.2.9 inet dev 7 scope global "
		"<permanent,mngtmpaddr,noprefixroute>\n"
		"   label eth7:1 broadcast 10.1.2.255 multicast 224.1.2.3 "
		"anycast 10.1.2.100\n"
		"   valid-lifetime 1h 6m 40s preferred-lifetime 1m 40s\n"
		"   created boot-time+2m 3s 450msec last-updated "
		"boot-time+3m 54s 560msec\n"
		"fd00::5/64 inet6 dev 8 scope site\n"
		"   multicast ff02::5\n"
		"10.2.2.3/16 inet dev 9 scope link\n"
		"   broadcast 10.2.255.255\n";
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

START_TEST(test_parse_accessors)
{
	struct nl_cache *c = sample_cache();
	struct nl_addr *a;
	struct rtnl_addr *ad;
	char buf[64];

	ck_assert_int_eq(nl_addr_parse("10.1.2.3/24", AF_INET, &a), 0);
	ad = rtnl_addr_get(c, 7, a);
	ck_assert_ptr_nonnull(ad);
	ck_assert_ptr_null(rtnl_addr_get(c, 8, a));
	nl_addr_put(a);

	ck_assert_int_eq(rtnl_addr_get_family(ad), AF_INET);
	ck_assert_int_eq(rtnl_addr_get_prefixlen(ad), 24);
	ck_assert_int_eq(rtnl_addr_get_ifindex(ad), 7);
	ck_assert_int_eq(rtnl_addr_get_scope(ad), 0);
	ck_assert_uint_eq(rtnl_addr_get_flags(ad), 0x380);
	ck_assert_str_eq(rtnl_addr_get_label(ad), "eth7:1");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_local(ad), buf,
				     sizeof(buf)), "10.1.2.3/24");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_peer(ad), buf,
				     sizeof(buf)), "10.1.2.9");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_broadcast(ad), buf,
				     sizeof(buf)), "10.1.2.255");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_anycast(ad), buf,
				     sizeof(buf)), "10.1.2.100");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_multicast(ad), buf,
				     sizeof(buf)), "224.1.2.3");
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(ad), 4000);
	ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(ad), 100);
	ck_assert_uint_eq(rtnl_addr_get_create_time(ad), 12345);
	ck_assert_uint_eq(rtnl_addr_get_last_update_time(ad), 23456);
	ck_assert_ptr_null(rtnl_addr_get_link(ad));

	/* a clone is identical, and differs once a flag changes */
	{
		struct rtnl_addr *cl = (struct rtnl_addr *)nl_object_clone(
			(struct nl_object *)ad);

		ck_assert_ptr_nonnull(cl);
		ck_assert_int_eq(nl_object_identical((struct nl_object *)ad,
						     (struct nl_object *)cl), 1);
		ck_assert_int_eq(nl_object_diff((struct nl_object *)ad,
						(struct nl_object *)cl), 0);
		rtnl_addr_unset_flags(cl, 0x100);
		ck_assert_uint_eq(rtnl_addr_get_flags(cl), 0x280);
		ck_assert_int_ne(nl_object_diff((struct nl_object *)ad,
						(struct nl_object *)cl), 0);
		rtnl_addr_put(cl);
	}
	rtnl_addr_put(ad);
	nl_cache_free(c);
}
END_TEST

/* An IPv6 point-to-point address: the prefix goes with the peer. */
START_TEST(test_parse_v6_peer)
{
	struct nl_cache *c = NULL;
	struct nl_msg *m;
	char *s;

	rtnl_addr_put(rtnl_addr_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	m = hdr(AF_INET6, 120, 0x80, 0, 3);
	put6(m, IFA_LOCAL, "fd00:7::1");
	put6(m, IFA_ADDRESS, "fd00:7::2");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	m = hdr(AF_INET, 24, 0x80, 0, 3);
	put4(m, IFA_LOCAL, "10.8.1.1");
	put4(m, IFA_ADDRESS, "10.8.1.0");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	s = dump_cache(c, NL_DUMP_LINE);
	ck_assert_str_eq(s, "fd00:7::1 peer fd00:7::2/120 inet6 dev 3 scope "
			    "global <permanent>\n"
			    "10.8.1.1/24 peer 10.8.1.0 inet dev 3 scope global "
			    "<permanent>\n");
	free(s);
	nl_cache_free(c);
}
END_TEST

/* Short or malformed messages are refused without a crash. */
START_TEST(test_parse_bad)
{
	struct nl_cache *c = NULL;
	struct nl_msg *m;
	unsigned char x[3] = { 1, 2, 3 };

	rtnl_addr_put(rtnl_addr_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	m = nlmsg_alloc_simple(RTM_NEWADDR, 0);
	nlmsg_append(m, x, 3, NLMSG_ALIGNTO);
	ck_assert_int_lt(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	m = hdr(AF_INET, 24, 0, 0, 3);
	/* a short IFA_CACHEINFO is taken as far as it goes, zero-filled */
	nla_put(m, IFA_CACHEINFO, 3, x);
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	{
		struct rtnl_addr *a = (struct rtnl_addr *)nl_cache_get_first(c);

		ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(a),
				  0x030201);
		ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(a), 0);
		ck_assert_ptr_null(rtnl_addr_get_local(a));
	}
	nl_cache_free(c);
}
END_TEST

/* The local address of a parsed address lives in the object's memory:
 * whoever holds it keeps it (and the object) valid after the object and
 * its cache are gone (run under valgrind or ASan to see the memory). */
START_TEST(test_storage_lifetime)
{
	struct nl_addr *local, *peer, *held, *a;
	struct rtnl_addr *ad, *cl;
	struct nl_cache *c = NULL;
	struct nl_msg *m;
	char buf[64];
	int refs;

	rtnl_addr_put(rtnl_addr_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	m = hdr(AF_INET, 24, 0x80, 0, 3);
	put4(m, IFA_LOCAL, "10.8.1.1");
	put4(m, IFA_ADDRESS, "10.8.1.2");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);
	m = hdr(AF_INET6, 64, 0x80, 0, 3);
	put6(m, IFA_ADDRESS, "fd00:8::1");
	ck_assert_int_eq(nl_cache_parse_and_add(c, m), 0);
	nlmsg_free(m);

	ad = (struct rtnl_addr *)nl_cache_get_first(c);
	refs = nl_object_get_refcnt((struct nl_object *)ad);
	local = nl_addr_get(rtnl_addr_get_local(ad));
	peer = nl_addr_get(rtnl_addr_get_peer(ad));
	/* the peer, rare, is an address of its own */
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)ad),
			 refs + 1);
	ad = (struct rtnl_addr *)nl_cache_get_next((struct nl_object *)ad);
	held = nl_addr_get(rtnl_addr_get_local(ad));
	nl_cache_free(c);
	ck_assert_str_eq(nl_addr2str(local, buf, sizeof(buf)), "10.8.1.1/24");
	ck_assert_str_eq(nl_addr2str(peer, buf, sizeof(buf)), "10.8.1.2");
	ck_assert_int_eq(nl_addr_get_family(peer), AF_INET);
	ck_assert_int_eq(nl_addr_get_prefixlen(peer), 32);
	ck_assert_str_eq(nl_addr2str(held, buf, sizeof(buf)), "fd00:8::1/64");
	nl_addr_put(peer);
	ck_assert_int_eq(nl_addr_shared(local), 0);
	ck_assert_int_eq(nl_addr_shared(nl_addr_get(local)), 1);
	nl_addr_put(local);
	ck_assert_int_eq(nl_addr_shared(local), 0);
	/* as large as the attribute, as a parsed address always was */
	ck_assert_int_eq(nl_addr_set_binary_addr(local, buf, 16), -NLE_RANGE);
	nl_addr_put(local);

	/* the object keeps living while its address is held */
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)ad), 1);
	ck_assert_int_eq(rtnl_addr_get_ifindex(ad), 3);
	ck_assert_int_eq(rtnl_addr_get_family(ad), AF_INET6);

	/* its own address given back to it holds no reference on itself;
	 * a replaced local address keeps its value for whoever holds it */
	ck_assert_int_eq(rtnl_addr_set_peer(ad, held), 0);
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)ad), 1);
	ck_assert_int_eq(nl_addr_parse("fd00:8::2/64", AF_INET6, &a), 0);
	ck_assert_int_eq(rtnl_addr_set_local(ad, a), 0);
	nl_addr_put(a);
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_local(ad), buf,
				     sizeof(buf)), "fd00:8::2/64");
	ck_assert_str_eq(nl_addr2str(held, buf, sizeof(buf)), "fd00:8::1/64");
	ck_assert_ptr_eq(rtnl_addr_get_peer(ad), held);

	/* a clone has its own copies */
	cl = (struct rtnl_addr *)nl_object_clone((struct nl_object *)ad);
	ck_assert_ptr_nonnull(cl);
	nl_addr_put(held);
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_peer(cl), buf,
				     sizeof(buf)), "fd00:8::1/64");
	ck_assert_int_eq(nl_object_get_refcnt((struct nl_object *)cl), 1);
	rtnl_addr_put(cl);
}
END_TEST

START_TEST(test_build_requests)
{
	struct rtnl_addr *a = rtnl_addr_alloc();
	struct nl_addr *local, *peer, *v6;
	struct nlattr *tb[IFA_MAX + 1];
	struct ifaddrmsg *ifa;
	struct nl_msg *m;
	struct nlmsghdr *n;

	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_addr_get_scope(a), RT_SCOPE_NOWHERE);
	ck_assert_int_eq(nl_addr_parse("10.3.0.1/24", AF_UNSPEC, &local), 0);
	ck_assert_int_eq(nl_addr_parse("fd00::1", AF_UNSPEC, &v6), 0);
	ck_assert_int_eq(rtnl_addr_set_local(a, local), 0);
	ck_assert_int_eq(rtnl_addr_get_family(a), AF_INET);
	ck_assert_int_eq(rtnl_addr_get_prefixlen(a), 24);
	ck_assert_int_eq(rtnl_addr_set_peer(a, v6), -NLE_AF_MISMATCH);
	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m),
			 -NLE_MISSING_ATTR);
	rtnl_addr_set_ifindex(a, 5);
	rtnl_addr_set_flags(a, IFA_F_NOPREFIXROUTE | IFA_F_NODAD);
	/* an address built by hand dumps as Debian's nl-addr-add shows it */
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&buf, &len);
		struct nl_dump_params p = { .dp_type = NL_DUMP_LINE,
					    .dp_fd = f };

		nl_object_dump((struct nl_object *)a, &p);
		fclose(f);
		ck_assert_str_eq(buf, "10.3.0.1/24 inet dev 5 scope nowhere "
				      "<nodad,noprefixroute>\n");
		free(buf);
	}
	/* unset, the scope is left to the kernel */
	ck_assert_int_eq(rtnl_addr_build_add_request(a, 0, &m), 0);
	ck_assert_int_eq(((struct ifaddrmsg *)nlmsg_data(nlmsg_hdr(m)))->
			 ifa_scope, RT_SCOPE_UNIVERSE);
	nlmsg_free(m);
	rtnl_addr_set_scope(a, RT_SCOPE_LINK);
	ck_assert_int_eq(rtnl_addr_set_label(a, "veth0:lbl"), 0);
	ck_assert_int_eq(rtnl_addr_set_label(a, "0123456789abcdefX"),
			 -NLE_RANGE);
	rtnl_addr_set_valid_lifetime(a, 300);
	rtnl_addr_set_preferred_lifetime(a, 200);

	ck_assert_int_eq(rtnl_addr_build_add_request(a, NLM_F_EXCL, &m), 0);
	n = nlmsg_hdr(m);
	ck_assert_int_eq(n->nlmsg_type, RTM_NEWADDR);
	ck_assert_int_eq(n->nlmsg_flags, NLM_F_CREATE | NLM_F_EXCL);
	ifa = nlmsg_data(n);
	ck_assert_int_eq(ifa->ifa_family, AF_INET);
	ck_assert_int_eq(ifa->ifa_prefixlen, 24);
	ck_assert_int_eq(ifa->ifa_scope, RT_SCOPE_LINK);
	ck_assert_int_eq(ifa->ifa_index, 5);
	ck_assert_int_eq(ifa->ifa_flags, IFA_F_NODAD);
	ck_assert_int_eq(nlmsg_parse(n, sizeof(*ifa), tb, IFA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[IFA_LOCAL]);
	ck_assert_ptr_nonnull(tb[IFA_ADDRESS]);
	ck_assert_mem_eq(nla_data(tb[IFA_LOCAL]), nla_data(tb[IFA_ADDRESS]),
			 4);
	ck_assert_uint_eq(nla_get_u32(tb[IFA_FLAGS]),
			  IFA_F_NOPREFIXROUTE | IFA_F_NODAD);
	ck_assert_str_eq(nla_get_string(tb[IFA_LABEL]), "veth0:lbl");
	ck_assert_int_eq(nla_len(tb[IFA_CACHEINFO]),
			 sizeof(struct ifa_cacheinfo));
	{
		struct ifa_cacheinfo ci;

		memcpy(&ci, nla_data(tb[IFA_CACHEINFO]), sizeof(ci));
		ck_assert_uint_eq(ci.ifa_valid, 300);
		ck_assert_uint_eq(ci.ifa_prefered, 200);
	}
	nlmsg_free(m);

	/* with a peer, IFA_ADDRESS carries it and its prefix length wins */
	ck_assert_int_eq(nl_addr_parse("10.3.0.2/30", AF_UNSPEC, &peer), 0);
	ck_assert_int_eq(rtnl_addr_set_peer(a, peer), 0);
	ck_assert_int_eq(rtnl_addr_get_prefixlen(a), 30);
	ck_assert_int_eq(rtnl_addr_build_delete_request(a, 0, &m), 0);
	n = nlmsg_hdr(m);
	ck_assert_int_eq(n->nlmsg_type, RTM_DELADDR);
	ck_assert_int_eq(n->nlmsg_flags, 0);
	ck_assert_int_eq(((struct ifaddrmsg *)nlmsg_data(n))->ifa_prefixlen,
			 30);
	ck_assert_int_eq(nlmsg_parse(n, sizeof(*ifa), tb, IFA_MAX, NULL), 0);
	ck_assert_mem_eq(nla_data(tb[IFA_ADDRESS]),
			 nl_addr_get_binary_addr(peer), 4);
	/* the delete request carries what the object has, lifetimes too,
	 * as Debian's 3.7 sends them */
	ck_assert_ptr_nonnull(tb[IFA_CACHEINFO]);
	nlmsg_free(m);

	/* the delete request needs only the interface and the family */
	{
		struct rtnl_addr *d = rtnl_addr_alloc();

		rtnl_addr_set_ifindex(d, 5);
		ck_assert_int_eq(rtnl_addr_build_delete_request(d, 0, &m),
				 -NLE_MISSING_ATTR);
		rtnl_addr_set_family(d, AF_INET6);
		ck_assert_int_eq(rtnl_addr_build_delete_request(d, 0, &m), 0);
		nlmsg_free(m);
		rtnl_addr_put(d);
	}

	nl_addr_put(local);
	nl_addr_put(peer);
	nl_addr_put(v6);
	rtnl_addr_put(a);
}
END_TEST

START_TEST(test_set_link)
{
	struct rtnl_addr *a = rtnl_addr_alloc();
	struct rtnl_link *l = rtnl_link_alloc(), *got;

	ck_assert_ptr_null(rtnl_addr_get_link(a));
	rtnl_link_set_ifindex(l, 12);
	rtnl_addr_set_link(a, l);
	ck_assert_int_eq(rtnl_addr_get_ifindex(a), 12);
	got = rtnl_addr_get_link(a);
	ck_assert_ptr_eq(got, l);
	rtnl_link_put(got);
	rtnl_link_put(l);	/* the address keeps its own reference */
	got = rtnl_addr_get_link(a);
	ck_assert_int_eq(rtnl_link_get_ifindex(got), 12);
	rtnl_link_put(got);
	/* a clone shares the link with a reference of its own */
	{
		struct rtnl_addr *cl = (struct rtnl_addr *)nl_object_clone(
			(struct nl_object *)a);

		rtnl_addr_put(a);
		got = rtnl_addr_get_link(cl);
		ck_assert_int_eq(rtnl_link_get_ifindex(got), 12);
		rtnl_link_put(got);
		rtnl_addr_put(cl);
	}
}
END_TEST

/* Parse @m into a new address cache; the first object (a reference)
 * in *out when it parsed. */
static int parse_one(struct nl_msg *m, struct rtnl_addr **out)
{
	struct nl_cache *c = NULL;
	int err;

	rtnl_addr_put(rtnl_addr_alloc());
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	err = nl_cache_parse_and_add(c, m);
	nlmsg_free(m);
	*out = (struct rtnl_addr *)nl_cache_get_first(c);
	if (*out)
		nl_object_get((struct nl_object *)*out);
	nl_cache_free(c);
	return err;
}

/* What the attribute walk of the parser must keep doing: the last of an
 * attribute wins, type flag bits are ignored, unknown types and trailing
 * bytes are skipped, the walk stops at an attribute that overruns, labels
 * and cache information are cut to their size, a short IFA_FLAGS fails. */
START_TEST(test_parse_edges)
{
	struct ifa_cacheinfo ci[2] = {
		{ .ifa_prefered = 1, .ifa_valid = 2, .cstamp = 3, .tstamp = 4 },
		{ .ifa_prefered = 5 },
	};
	unsigned char big[20] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
	unsigned char x[3] = { 1, 2, 3 };
	struct rtnl_addr *a;
	struct nlattr *nla;
	struct nl_msg *m;
	char buf[128];

	m = hdr(AF_INET, 24, 0x80, 0, 3);
	put4(m, IFA_LOCAL, "10.9.0.1");
	nla_put_string(m, IFA_LABEL, "first");
	put4(m, IFA_LOCAL, "10.9.0.2");
	put4(m, IFA_ADDRESS | NLA_F_NET_BYTEORDER, "10.9.0.2");
	nla_put(m, IFA_LABEL | NLA_F_NESTED, 20, "0123456789abcdefghi");
	nla_put(m, IFA_CACHEINFO, sizeof(ci), ci);
	nla_put_u32(m, IFA_FLAGS, 0x10080);
	nla_put_u32(m, IFA_MAX + 1, 0x12345678);
	nla_put_u32(m, 0x7ff, 0x12345678);
	nlmsg_reserve(m, 3, 0);
	ck_assert_int_eq(parse_one(m, &a), 0);
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_local(a), buf,
				     sizeof(buf)), "10.9.0.2/24");
	ck_assert_ptr_null(rtnl_addr_get_peer(a));
	ck_assert_str_eq(rtnl_addr_get_label(a), "0123456789abcde");
	ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(a), 1);
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(a), 2);
	ck_assert_uint_eq(rtnl_addr_get_create_time(a), 3);
	ck_assert_uint_eq(rtnl_addr_get_last_update_time(a), 4);
	ck_assert_uint_eq(rtnl_addr_get_flags(a), 0x10080);
	rtnl_addr_put(a);

	/* a label without its NUL, an empty one; a local address longer
	 * than the object's room; IFA_ADDRESS longer than IFA_LOCAL is a
	 * peer */
	m = hdr(AF_INET, 32, 0, 0, 4);
	nla_put(m, IFA_LABEL, 4, "abcd");
	nla_put(m, IFA_LOCAL, sizeof(big), big);
	nla_put(m, IFA_ADDRESS, 16, big);
	ck_assert_int_eq(parse_one(m, &a), 0);
	ck_assert_str_eq(rtnl_addr_get_label(a), "abcd");
	ck_assert_uint_eq(nl_addr_get_len(rtnl_addr_get_local(a)), 20);
	ck_assert_int_eq(nl_addr_get_prefixlen(rtnl_addr_get_local(a)), 32);
	ck_assert_uint_eq(nl_addr_get_len(rtnl_addr_get_peer(a)), 16);
	ck_assert_int_eq(nl_addr_get_prefixlen(rtnl_addr_get_peer(a)), 128);
	ck_assert_int_eq(memcmp(nl_addr_get_binary_addr(
					rtnl_addr_get_local(a)), big, 20), 0);
	rtnl_addr_put(a);

	m = hdr(AF_INET6, 64, 0, 0, 4);
	nla_put(m, IFA_LABEL, 0, NULL);
	nla_put(m, IFA_ADDRESS, 0, NULL);
	ck_assert_int_eq(parse_one(m, &a), 0);
	ck_assert_str_eq(rtnl_addr_get_label(a), "");
	ck_assert_uint_eq(nl_addr_get_len(rtnl_addr_get_local(a)), 0);
	ck_assert_ptr_null(rtnl_addr_get_peer(a));
	rtnl_addr_put(a);

	/* the walk ends at an attribute longer than what is left */
	m = hdr(AF_INET, 8, 0, 0, 5);
	put4(m, IFA_LOCAL, "10.9.0.3");
	nla = nla_reserve(m, IFA_LABEL, 4);
	memcpy(nla_data(nla), "lbl", 4);
	nla->nla_len = 200;
	ck_assert_int_eq(parse_one(m, &a), 0);
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_local(a), buf,
				     sizeof(buf)), "10.9.0.3/8");
	ck_assert_ptr_null(rtnl_addr_get_label(a));
	rtnl_addr_put(a);

	/* a short IFA_FLAGS refuses the message, whatever comes after */
	m = hdr(AF_INET, 8, 0, 0, 5);
	nla_put(m, IFA_FLAGS, 3, x);
	put4(m, IFA_LOCAL, "10.9.0.4");
	ck_assert_int_eq(parse_one(m, &a), -NLE_RANGE);
	ck_assert_ptr_null(a);
	m = hdr(AF_INET, 8, 0, 0, 5);
	nla_put(m, IFA_FLAGS, 3, x);
	nla_put_u32(m, IFA_FLAGS, 7);
	ck_assert_int_eq(parse_one(m, &a), 0);
	ck_assert_uint_eq(rtnl_addr_get_flags(a), 7);
	rtnl_addr_put(a);

	/* a header cut short */
	m = nlmsg_alloc_simple(RTM_NEWADDR, 0);
	nlmsg_append(m, big, sizeof(struct ifaddrmsg) - 1, 0);
	ck_assert_int_eq(parse_one(m, &a), -NLE_MSG_TOOSHORT);
}
END_TEST

/* ------------------------------------------------------------------ */
/* A fill reading a crafted dump through a fake kernel                  */

static unsigned char fake_dump[4096];
static int fake_len;
static uint32_t fake_seq;
static int fake_reads;

static void fake_put(struct nl_msg *m)
{
	struct nlmsghdr *h = nlmsg_hdr(m);

	ck_assert_int_le(fake_len + (int)NLMSG_ALIGN(h->nlmsg_len),
			 (int)sizeof(fake_dump));
	memcpy(fake_dump + fake_len, h, h->nlmsg_len);
	fake_len += (int)NLMSG_ALIGN(h->nlmsg_len);
	nlmsg_free(m);
}

/* An IPv4 address message; @flags_len 4, or 2 for a short IFA_FLAGS. */
static void fake_addr(int ifindex, const char *ip, uint32_t flags,
		      int flags_len)
{
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWADDR, NLM_F_MULTI);
	struct ifaddrmsg ifa = { .ifa_family = AF_INET, .ifa_prefixlen = 24,
				 .ifa_index = (uint32_t)ifindex };
	struct in_addr a;

	ck_assert_int_eq(inet_pton(AF_INET, ip, &a), 1);
	ck_assert_int_eq(nlmsg_append(m, &ifa, sizeof(ifa), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put(m, IFA_ADDRESS, 4, &a), 0);
	ck_assert_int_eq(nla_put(m, IFA_LOCAL, 4, &a), 0);
	ck_assert_int_eq(nla_put(m, IFA_FLAGS, flags_len, &flags), 0);
	fake_put(m);
}

/* A message of @type with 4 bytes of zeros after its header: an address
 * message too short for its ifaddrmsg, or the end of the dump. */
static void fake_bare(int type)
{
	struct nlmsghdr *h = (struct nlmsghdr *)(fake_dump + fake_len);

	memset(h, 0, NLMSG_SPACE(4));
	h->nlmsg_len = NLMSG_LENGTH(4);
	h->nlmsg_type = (uint16_t)type;
	h->nlmsg_flags = NLM_F_MULTI;
	fake_len += NLMSG_SPACE(4);
}

static int fake_send(struct nl_sock *sk, struct nl_msg *msg)
{
	fake_seq = nlmsg_hdr(msg)->nlmsg_seq;
	fake_reads = 0;
	return (int)nlmsg_hdr(msg)->nlmsg_len;
}

/* The whole dump in one datagram, with the request's sequence number. */
static int fake_recv(struct nl_sock *sk, struct sockaddr_nl *nla,
		     unsigned char **buf, struct ucred **creds)
{
	struct nlmsghdr *h;
	int left;

	if (fake_reads++)
		return -NLE_BUSY;
	*buf = malloc((size_t)fake_len);
	ck_assert_ptr_nonnull(*buf);
	memcpy(*buf, fake_dump, (size_t)fake_len);
	for (h = (struct nlmsghdr *)*buf, left = fake_len; nlmsg_ok(h, left);
	     h = nlmsg_next(h, &left)) {
		h->nlmsg_seq = fake_seq;
		h->nlmsg_pid = nl_socket_get_local_port(sk);
	}
	memset(nla, 0, sizeof(*nla));
	nla->nl_family = AF_NETLINK;
	return fake_len;
}

static struct rtnl_addr *find_addr(struct nl_cache *c, int ifindex,
				   const char *ip)
{
	struct rtnl_addr *want = rtnl_addr_alloc(), *got;
	struct nl_addr *a;

	ck_assert_int_eq(nl_addr_parse(ip, AF_INET, &a), 0);
	nl_addr_set_prefixlen(a, 24);
	rtnl_addr_set_ifindex(want, ifindex);
	rtnl_addr_set_family(want, AF_INET);
	ck_assert_int_eq(rtnl_addr_set_local(want, a), 0);
	nl_addr_put(a);
	got = (struct rtnl_addr *)nl_cache_search(c, (struct nl_object *)want);
	rtnl_addr_put(want);
	return got;
}

/*
 * A fill parses each message of the dump into its own address: a message
 * that does not parse (a short IFA_FLAGS), is too short for its header
 * or of a type the cache does not take is skipped and the rest is kept;
 * of two copies of one address the first stays; a filter keeps only what
 * it matches; a refill of the same dump keeps the same content.
 */
START_TEST(test_fill_crafted_dump)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_msg *m;
	struct nl_cache *c;
	struct rtnl_addr *a, *f;
	struct nl_cb *cb;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 1 };
	int i;

	fake_len = 0;
	fake_addr(1, "10.0.0.1", IFA_F_PERMANENT, 4);
	fake_addr(1, "10.0.0.9", IFA_F_PERMANENT, 2);	/* -NLE_RANGE */
	m = nlmsg_alloc_simple(RTM_NEWLINK, NLM_F_MULTI);	/* not an address */
	ck_assert_int_eq(nlmsg_append(m, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_string(m, IFLA_IFNAME, "x0"), 0);
	fake_put(m);
	fake_addr(1, "10.0.0.2", IFA_F_SECONDARY, 4);
	fake_bare(RTM_NEWADDR);	/* no room for its ifaddrmsg */
	fake_addr(2, "10.0.0.3", IFA_F_PERMANENT, 4);
	fake_addr(1, "10.0.0.1", IFA_F_NODAD, 4);	/* again: the first stays */
	fake_bare(NLMSG_DONE);

	ck_assert_ptr_nonnull(sk);
	cb = nl_socket_get_cb(sk);
	nl_cb_overwrite_send(cb, fake_send);
	nl_cb_overwrite_recv(cb, fake_recv);
	nl_cb_put(cb);
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);

	for (i = 0; i < 2; i++) {
		/* a fill, then a refill of the same dump */
		ck_assert_int_eq(nl_cache_refill(sk, c), 0);
		ck_assert_int_eq(nl_cache_nitems(c), 3);
		ck_assert_int_eq(nl_cache_is_consistent(c), 1);
		a = find_addr(c, 1, "10.0.0.1");
		ck_assert_ptr_nonnull(a);
		ck_assert_uint_eq(rtnl_addr_get_flags(a), IFA_F_PERMANENT);
		rtnl_addr_put(a);
		a = find_addr(c, 1, "10.0.0.2");
		ck_assert_ptr_nonnull(a);
		ck_assert_uint_eq(rtnl_addr_get_flags(a), IFA_F_SECONDARY);
		rtnl_addr_put(a);
		a = find_addr(c, 2, "10.0.0.3");
		ck_assert_ptr_nonnull(a);
		ck_assert_int_eq(rtnl_addr_get_prefixlen(a), 24);
		rtnl_addr_put(a);
		ck_assert_ptr_null(find_addr(c, 1, "10.0.0.9"));
	}

	f = rtnl_addr_alloc();
	rtnl_addr_set_ifindex(f, 2);
	ck_assert_int_eq(nl_cache_set_filter(c, (struct nl_object *)f), 0);
	rtnl_addr_put(f);
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	a = find_addr(c, 2, "10.0.0.3");
	ck_assert_ptr_nonnull(a);
	rtnl_addr_put(a);

	nl_cache_free(c);
	nl_socket_free(sk);
}
END_TEST

static Suite *addr_suite(void)
{
	Suite *s = suite_create("addr-obj");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_flag_names);
	tcase_add_test(tc, test_dump_levels);
	tcase_add_test(tc, test_parse_accessors);
	tcase_add_test(tc, test_parse_v6_peer);
	tcase_add_test(tc, test_parse_bad);
	tcase_add_test(tc, test_parse_edges);
	tcase_add_test(tc, test_build_requests);
	tcase_add_test(tc, test_storage_lifetime);
	tcase_add_test(tc, test_set_link);
	tcase_add_test(tc, test_fill_crafted_dump);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(addr_suite)
