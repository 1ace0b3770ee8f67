/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Addresses against the kernel, in a private network namespace: add, read
 * back from a fresh cache, dump with a link cache, delete.
 */

#include <string.h>
#include <stdlib.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/neighbour.h>
#include <linux/neighbour.h>

#include "nltest.h"

static struct nl_sock *sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	return sk;
}

static struct rtnl_addr *find(struct nl_sock *sk, struct nl_cache **cp,
			      int ifindex, const char *local)
{
	struct nl_addr *a;
	struct rtnl_addr *r;

	ck_assert_int_eq(rtnl_addr_alloc_cache(sk, cp), 0);
	ck_assert_int_eq(nl_addr_parse(local, AF_UNSPEC, &a), 0);
	r = rtnl_addr_get(*cp, ifindex, a);
	nl_addr_put(a);
	return r;
}

static char *dump_obj(struct nl_object *o, enum nl_dump_type t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = t, .dp_fd = f };

	nl_object_dump(o, &p);
	fclose(f);
	return buf;
}

START_TEST(test_v4_add_read_delete)
{
	struct nl_sock *sk = sock();
	struct nl_cache *lc, *c;
	struct rtnl_addr *a = rtnl_addr_alloc(), *r;
	struct rtnl_link *link;
	struct nl_addr *local;
	int idx;
	char *s;

	nltest_sh_ok("ip link add ad0 type dummy 2>/dev/null || "
		     "ip link add ad0 type veth peer name ad1");
	nltest_sh_ok("ip link set ad0 up");
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &lc), 0);
	nl_cache_mngt_provide(lc);
	idx = rtnl_link_name2i(lc, "ad0");
	ck_assert_int_gt(idx, 0);

	ck_assert_int_eq(nl_addr_parse("10.3.0.1/24", AF_UNSPEC, &local), 0);
	ck_assert_int_eq(rtnl_addr_set_local(a, local), 0);
	rtnl_addr_set_ifindex(a, idx);
	ck_assert_int_eq(rtnl_addr_set_label(a, "ad0:x"), 0);
	ck_assert_int_eq(rtnl_addr_add(sk, a, 0), 0);
	ck_assert_int_eq(rtnl_addr_add(sk, a, NLM_F_EXCL), -NLE_EXIST);

	r = find(sk, &c, idx, "10.3.0.1/24");
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(rtnl_addr_get_label(r), "ad0:x");
	ck_assert_uint_eq(rtnl_addr_get_flags(r) & IFA_F_PERMANENT,
			  IFA_F_PERMANENT);
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(r), 0xffffffffU);
	link = rtnl_addr_get_link(r);
	ck_assert_ptr_nonnull(link);
	ck_assert_str_eq(rtnl_link_get_name(link), "ad0");
	rtnl_link_put(link);
	s = dump_obj((struct nl_object *)r, NL_DUMP_LINE);
	ck_assert_str_eq(s, "10.3.0.1/24 inet dev ad0 scope global "
			    "<permanent>\n");
	free(s);
	s = dump_obj((struct nl_object *)r, NL_DUMP_DETAILS);
	ck_assert_ptr_nonnull(strstr(s, "\n   label ad0:x\n"
					"   valid-lifetime forever "
					"preferred-lifetime forever\n"
					"   created boot-time+"));
	free(s);
	rtnl_addr_put(r);
	nl_cache_free(c);

	ck_assert_int_eq(rtnl_addr_delete(sk, a, 0), 0);
	r = find(sk, &c, idx, "10.3.0.1/24");
	ck_assert_ptr_null(r);
	nl_cache_free(c);
	ck_assert_int_eq(rtnl_addr_delete(sk, a, 0), -NLE_NOADDR);

	nl_cache_mngt_unprovide(lc);
	nl_cache_free(lc);
	nl_addr_put(local);
	rtnl_addr_put(a);
	nl_socket_free(sk);
	nltest_sh("ip link del ad0");
}
END_TEST

START_TEST(test_v6_lifetimes_flags)
{
	struct nl_sock *sk = sock();
	struct nl_cache *c;
	struct rtnl_addr *a = rtnl_addr_alloc(), *r;
	struct nl_addr *local;
	int idx;

	nltest_sh_ok("ip link add ad6 type dummy 2>/dev/null || "
		     "ip link add ad6 type veth peer name ad7");
	nltest_sh_ok("ip link set ad6 up");
	idx = (int)if_nametoindex("ad6");
	ck_assert_int_gt(idx, 0);

	ck_assert_int_eq(nl_addr_parse("fd00:2::1/64", AF_UNSPEC, &local), 0);
	ck_assert_int_eq(rtnl_addr_set_local(a, local), 0);
	rtnl_addr_set_ifindex(a, idx);
	rtnl_addr_set_flags(a, IFA_F_NODAD | IFA_F_NOPREFIXROUTE);
	rtnl_addr_set_valid_lifetime(a, 300);
	rtnl_addr_set_preferred_lifetime(a, 200);
	ck_assert_int_eq(rtnl_addr_add(sk, a, 0), 0);

	r = find(sk, &c, idx, "fd00:2::1/64");
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_addr_get_family(r), AF_INET6);
	ck_assert_int_eq(rtnl_addr_get_prefixlen(r), 64);
	ck_assert_uint_eq(rtnl_addr_get_flags(r),
			  IFA_F_NODAD | IFA_F_NOPREFIXROUTE);
	ck_assert_uint_le(rtnl_addr_get_valid_lifetime(r), 300);
	ck_assert_uint_ge(rtnl_addr_get_valid_lifetime(r), 298);
	ck_assert_uint_le(rtnl_addr_get_preferred_lifetime(r), 200);
	ck_assert_uint_ge(rtnl_addr_get_preferred_lifetime(r), 198);
	ck_assert_ptr_null(rtnl_addr_get_label(r));
	ck_assert_uint_gt(rtnl_addr_get_create_time(r), 0);
	rtnl_addr_put(r);
	nl_cache_free(c);
	ck_assert_int_eq(nltest_sh("ip -6 addr show dev ad6 | "
				   "grep -q 'fd00:2::1/64.*noprefixroute'"), 0);

	ck_assert_int_eq(rtnl_addr_delete(sk, a, 0), 0);
	r = find(sk, &c, idx, "fd00:2::1/64");
	ck_assert_ptr_null(r);
	nl_cache_free(c);

	nl_addr_put(local);
	rtnl_addr_put(a);
	nl_socket_free(sk);
	nltest_sh("ip link del ad6");
}
END_TEST

static char *dump_cache_filtered(struct nl_cache *c, struct nl_object *f)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct nl_dump_params p = { .dp_type = NL_DUMP_LINE, .dp_fd = fp };

	nl_cache_dump_filter(c, &p, f);
	fclose(fp);
	return buf;
}

START_TEST(test_neigh_veth)
{
	struct nl_sock *sk = sock();
	struct nl_cache *lc, *c;
	struct rtnl_neigh *n = rtnl_neigh_alloc(), *r, *f;
	struct nl_addr *dst, *ll;
	int idx;
	char *s;

	nltest_sh_ok("ip link add nv0 address 02:00:00:00:01:00 type veth "
		     "peer name nv1 address 02:00:00:00:01:01");
	nltest_sh_ok("ip link set nv0 up && ip link set nv1 up && "
		     "ip addr add 10.1.0.1/24 dev nv0");
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &lc), 0);
	nl_cache_mngt_provide(lc);
	idx = rtnl_link_name2i(lc, "nv0");
	ck_assert_int_gt(idx, 0);

	ck_assert_int_eq(nl_addr_parse("10.1.0.77", AF_UNSPEC, &dst), 0);
	ck_assert_int_eq(nl_addr_parse("02:00:00:00:00:77", AF_LLC, &ll), 0);
	ck_assert_int_eq(rtnl_neigh_set_dst(n, dst), 0);
	rtnl_neigh_set_lladdr(n, ll);
	rtnl_neigh_set_ifindex(n, idx);
	ck_assert_int_eq(rtnl_neigh_add(sk, n, NLM_F_REPLACE), 0);
	nltest_sh_ok("ip neigh show 10.1.0.77 dev nv0 | "
		     "grep -q '02:00:00:00:00:77 PERMANENT'");
	nltest_sh_ok("ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev nv0 "
		     "nud stale router");

	ck_assert_int_eq(rtnl_neigh_alloc_cache(sk, &c), 0);
	r = rtnl_neigh_get(c, idx, dst);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_neigh_get_state(r), NUD_PERMANENT);
	ck_assert_int_eq(rtnl_neigh_get_family(r), AF_INET);
	ck_assert_int_eq(nl_addr_cmp(rtnl_neigh_get_lladdr(r), ll), 0);
	rtnl_neigh_put(r);

	f = rtnl_neigh_alloc();
	rtnl_neigh_set_ifindex(f, idx);
	rtnl_neigh_set_family(f, AF_INET);
	s = dump_cache_filtered(c, (struct nl_object *)f);
	ck_assert_ptr_nonnull(strstr(s, "inet 10.1.0.77 dev nv0 lladdr "
					"02:00:00:00:00:77 <permanent>\n"));
	ck_assert_ptr_nonnull(strstr(s, "inet 10.1.0.9 dev nv0 lladdr "
					"02:00:00:00:00:09 <stale,router>\n"));
	free(s);
	rtnl_neigh_put(f);
	nl_cache_free(c);

	ck_assert_int_eq(rtnl_neigh_delete(sk, n, 0), 0);
	ck_assert_int_eq(rtnl_neigh_alloc_cache(sk, &c), 0);
	ck_assert_ptr_null(rtnl_neigh_get(c, idx, dst));
	nl_cache_free(c);

	nl_cache_mngt_unprovide(lc);
	nl_cache_free(lc);
	nl_addr_put(dst);
	nl_addr_put(ll);
	rtnl_neigh_put(n);
	nl_socket_free(sk);
	nltest_sh("ip link del nv0");
}
END_TEST

START_TEST(test_neigh_bridge_fdb)
{
	struct nl_sock *sk = sock();
	struct nl_cache *lc, *c;
	struct rtnl_neigh *n = rtnl_neigh_alloc(), *r, *f;
	struct nl_addr *ll;
	int port, br;
	char *s;

	nltest_sh_ok("ip link add fv0 address 02:00:00:00:01:00 type veth "
		     "peer name fv1 address 02:00:00:00:01:01");
	nltest_sh_ok("ip link add fbr0 address 02:00:00:00:02:00 type bridge "
		     "&& ip link set fv1 master fbr0");
	nltest_sh_ok("for l in fv0 fv1 fbr0; do ip link set $l up; done");
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &lc), 0);
	nl_cache_mngt_provide(lc);
	port = rtnl_link_name2i(lc, "fv1");
	br = rtnl_link_name2i(lc, "fbr0");
	ck_assert_int_gt(port, 0);

	ck_assert_int_eq(nl_addr_parse("02:00:00:00:00:aa", AF_LLC, &ll), 0);
	rtnl_neigh_set_family(n, AF_BRIDGE);
	rtnl_neigh_set_ifindex(n, port);
	rtnl_neigh_set_lladdr(n, ll);
	rtnl_neigh_set_flags(n, NTF_MASTER);
	rtnl_neigh_set_state(n, NUD_NOARP);
	ck_assert_int_eq(rtnl_neigh_add(sk, n, NLM_F_EXCL), 0);
	nltest_sh_ok("bridge fdb show dev fv1 | grep -q '02:00:00:00:00:aa "
		     "master fbr0 static'");

	/* without NL_CACHE_AF_ITER the cache has the neighbour tables
	 * only (as the reference library); with it the bridge's too */
	ck_assert_int_eq(rtnl_neigh_alloc_cache(sk, &c), 0);
	ck_assert_ptr_null(rtnl_neigh_get_by_vlan(c, port, ll, 0));
	nl_cache_free(c);
	ck_assert_int_eq(rtnl_neigh_alloc_cache_flags(sk, &c, NL_CACHE_AF_ITER),
			 0);
	r = rtnl_neigh_get_by_vlan(c, port, ll, 0);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_neigh_get_master(r), br);
	ck_assert_int_eq(rtnl_neigh_get_state(r), NUD_NOARP);
	rtnl_neigh_put(r);

	f = rtnl_neigh_alloc();
	rtnl_neigh_set_ifindex(f, port);
	rtnl_neigh_set_family(f, AF_BRIDGE);
	s = dump_cache_filtered(c, (struct nl_object *)f);
	ck_assert_ptr_nonnull(strstr(s, "bridge dev fv1 lladdr "
					"02:00:00:00:00:aa fbr0 <noarp>\n"));
	ck_assert_ptr_nonnull(strstr(s, "bridge dev fv1 lladdr "
					"02:00:00:00:01:01 fbr0 "
					"<permanent>\n"));
	/* the port's own entries name the bridge too (from the link cache) */
	ck_assert_ptr_nonnull(strstr(s, "bridge dev fv1 lladdr "
					"33:33:00:00:00:01 fbr0 "
					"<permanent,self>\n"));
	free(s);
	/* entries of an interface outside a bridge have no master */
	rtnl_neigh_set_ifindex(f, rtnl_link_name2i(lc, "fv0"));
	s = dump_cache_filtered(c, (struct nl_object *)f);
	ck_assert_ptr_nonnull(strstr(s, "bridge dev fv0 lladdr "
					"33:33:00:00:00:01 (null) "
					"<permanent,self>\n"));
	free(s);
	rtnl_neigh_put(f);
	nl_cache_free(c);

	ck_assert_int_eq(rtnl_neigh_delete(sk, n, 0), 0);
	ck_assert_int_eq(rtnl_neigh_alloc_cache(sk, &c), 0);
	ck_assert_ptr_null(rtnl_neigh_get_by_vlan(c, port, ll, 0));
	nl_cache_free(c);

	nl_cache_mngt_unprovide(lc);
	nl_cache_free(lc);
	nl_addr_put(ll);
	rtnl_neigh_put(n);
	nl_socket_free(sk);
	nltest_sh("ip link del fv0; ip link del fbr0");
}
END_TEST

static Suite *addr_kernel_suite(void)
{
	Suite *s = suite_create("addr-kernel");
	TCase *tc = tcase_create("kernel");

	tcase_add_test(tc, test_v4_add_read_delete);
	tcase_add_test(tc, test_v6_lifetimes_flags);
	tcase_add_test(tc, test_neigh_veth);
	tcase_add_test(tc, test_neigh_bridge_fdb);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(addr_kernel_suite)
