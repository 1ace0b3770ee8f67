/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Part "nh" against the kernel, in a private network namespace: netconf
 * per interface, the bridge multicast database and nexthop objects.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <net/if.h>
#include <linux/netconf.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/netconf.h>
#include <netlink/route/mdb.h>
#include <netlink/route/nh.h>
#include <linux/nexthop.h>
#include <linux/lwtunnel.h>
#include <netlink/addr.h>
#include <linux/if_bridge.h>
#include <linux/if_ether.h>

static struct nl_sock *sk_open(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	return sk;
}

START_TEST(netconf_per_interface)
{
	struct nl_sock *sk = sk_open();
	struct nl_cache *c = NULL;
	struct rtnl_netconf *nc;
	int ifi, v;

	nltest_sh_ok("ip link add nhd0 type veth peer name nhd1");
	nltest_sh_ok("sysctl -qw net.ipv4.conf.nhd0.rp_filter=2 "
		     "net.ipv4.conf.nhd0.forwarding=1 "
		     "net.ipv4.conf.nhd0.proxy_arp=1 "
		     "net.ipv4.conf.nhd0.ignore_routes_with_linkdown=1 "
		     "net.ipv6.conf.nhd0.forwarding=1 "
		     "net.ipv6.conf.nhd0.proxy_ndp=1 "
		     "net.ipv4.conf.all.rp_filter=1");
	ifi = (int)if_nametoindex("nhd0");
	ck_assert_int_gt(ifi, 0);

	ck_assert_int_eq(rtnl_netconf_alloc_cache(sk, &c), 0);
	nc = rtnl_netconf_get_by_idx(c, AF_INET, ifi);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_ifindex(nc, &v), 0);
	ck_assert_int_eq(v, ifi);
	ck_assert_int_eq(rtnl_netconf_get_family(nc, &v), 0);
	ck_assert_int_eq(v, AF_INET);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v), 0);
	ck_assert_int_eq(v, 2);
	ck_assert_int_eq(rtnl_netconf_get_proxy_neigh(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_ignore_routes_linkdown(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_mc_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 0);
	rtnl_netconf_put(nc);

	nc = rtnl_netconf_get_by_idx(c, AF_INET6, ifi);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(rtnl_netconf_get_proxy_neigh(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	/* IPv6 has no reverse path filter */
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v),
			 -NLE_MISSING_ATTR);
	rtnl_netconf_put(nc);

	nc = rtnl_netconf_get_all(c, AF_INET);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_ifindex(nc, &v), 0);
	ck_assert_int_eq(v, NETCONFA_IFINDEX_ALL);
	ck_assert_int_eq(rtnl_netconf_get_rp_filter(nc, &v), 0);
	ck_assert_int_eq(v, 1);
	rtnl_netconf_put(nc);
	nc = rtnl_netconf_get_default(c, AF_INET6);
	ck_assert_ptr_nonnull(nc);
	rtnl_netconf_put(nc);

	/* a change shows after a refill */
	nltest_sh_ok("sysctl -qw net.ipv4.conf.nhd0.forwarding=0");
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	nc = rtnl_netconf_get_by_idx(c, AF_INET, ifi);
	ck_assert_ptr_nonnull(nc);
	ck_assert_int_eq(rtnl_netconf_get_forwarding(nc, &v), 0);
	ck_assert_int_eq(v, 0);
	rtnl_netconf_put(nc);

	nl_cache_free(c);
	nltest_sh_ok("ip link del nhd0");
	nl_socket_free(sk);
}
END_TEST


struct mdb_find {
	uint32_t bridge;
	struct rtnl_mdb *mdb;
	int seen_v4, seen_v6, entries;
	int port;
};

static void find_mdb(struct nl_object *o, void *arg)
{
	struct mdb_find *f = arg;

	if (rtnl_mdb_get_ifindex((struct rtnl_mdb *)o) == f->bridge)
		f->mdb = (struct rtnl_mdb *)o;
}

static void check_entry(struct rtnl_mdb_entry *e, void *arg)
{
	struct mdb_find *f = arg;
	char buf[64];

	f->entries++;
	nl_addr2str(rtnl_mdb_entry_get_addr(e), buf, sizeof(buf));
	if (!strcmp(buf, "239.1.1.1")) {
		ck_assert_int_eq(rtnl_mdb_entry_get_ifindex(e), f->port);
		ck_assert_int_eq(rtnl_mdb_entry_get_state(e), MDB_PERMANENT);
		ck_assert_uint_eq(rtnl_mdb_entry_get_proto(e), ETH_P_IP);
		ck_assert_int_eq(rtnl_mdb_entry_get_vid(e), 0);
		f->seen_v4++;
	} else if (!strcmp(buf, "ff0e::5")) {
		ck_assert_int_eq(rtnl_mdb_entry_get_ifindex(e), f->port);
		ck_assert_int_eq(rtnl_mdb_entry_get_state(e), MDB_TEMPORARY);
		ck_assert_uint_eq(rtnl_mdb_entry_get_proto(e), ETH_P_IPV6);
		f->seen_v6++;
	}
}

START_TEST(mdb_bridge)
{
	struct nl_sock *sk = sk_open();
	struct nl_cache *c = NULL;
	struct mdb_find f = { 0 };

	nltest_sh_ok("ip link add nhbr0 type bridge mcast_snooping 1 && "
		     "ip link add nhv0 type veth peer name nhv1 && "
		     "ip link set nhv0 master nhbr0 && "
		     "ip link set nhbr0 up && ip link set nhv0 up && "
		     "ip link set nhv1 up");
	nltest_sh_ok("bridge mdb add dev nhbr0 port nhv0 grp 239.1.1.1 permanent");
	nltest_sh_ok("bridge mdb add dev nhbr0 port nhv0 grp ff0e::5 temp");
	f.bridge = if_nametoindex("nhbr0");
	f.port = (int)if_nametoindex("nhv0");

	ck_assert_int_eq(rtnl_mdb_alloc_cache(sk, &c), 0);
	nl_cache_foreach(c, find_mdb, &f);
	ck_assert_ptr_nonnull(f.mdb);
	rtnl_mdb_foreach_entry(f.mdb, check_entry, &f);
	ck_assert_int_eq(f.seen_v4, 1);
	ck_assert_int_eq(f.seen_v6, 1);
	nl_cache_free(c);

	/* removed from the kernel, gone from a new cache */
	nltest_sh_ok("bridge mdb del dev nhbr0 port nhv0 grp 239.1.1.1");
	ck_assert_int_eq(rtnl_mdb_alloc_cache_flags(sk, &c, 0), 0);
	f.mdb = NULL;
	f.seen_v4 = f.seen_v6 = 0;
	nl_cache_foreach(c, find_mdb, &f);
	ck_assert_ptr_nonnull(f.mdb);
	rtnl_mdb_foreach_entry(f.mdb, check_entry, &f);
	ck_assert_int_eq(f.seen_v4, 0);
	ck_assert_int_eq(f.seen_v6, 1);
	nl_cache_free(c);

	nltest_sh_ok("ip link del nhv0 && ip link del nhbr0");
	nl_socket_free(sk);
}
END_TEST


static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

static int add_gw(struct nl_sock *sk, uint32_t id, int fam, const char *gw,
		  uint32_t oif, int fdb)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	struct nl_addr *a = A(gw, fam);
	int err;

	rtnl_nh_set_id(nh, id);
	rtnl_nh_set_family(nh, (uint8_t)fam);
	rtnl_nh_set_gateway(nh, a);
	rtnl_nh_set_oif(nh, oif);
	rtnl_nh_set_fdb(nh, fdb);
	err = rtnl_nh_add(sk, nh, NLM_F_EXCL);
	nl_addr_put(a);
	rtnl_nh_put(nh);
	return err;
}

static char dbuf[4096];

static const char *dump_line(struct rtnl_nh *nh)
{
	struct nl_dump_params p = { .dp_type = NL_DUMP_LINE,
				    .dp_buf = dbuf,
				    .dp_buflen = sizeof(dbuf) };

	memset(dbuf, 0, sizeof(dbuf));
	nl_object_dump((struct nl_object *)nh, &p);
	return dbuf;
}

START_TEST(nh_add_read)
{
	struct nl_sock *sk = sk_open();
	struct nl_cache *c = NULL;
	struct rtnl_nh *nh;
	uint32_t oif, u;
	char want[256], buf[64];
	static const nl_nh_group_info_t grp[] = {
		{ .nh_id = 1, .weight = 1 },
		{ .nh_id = 2, .weight = 4 },
	};

	nltest_sh_ok("ip link add nhk0 type veth peer name nhk1 && "
		     "ip link set nhk0 up && ip link set nhk1 up && "
		     "ip addr add 10.0.0.1/24 dev nhk0 && "
		     "ip -6 addr add 2001:db8::1/64 dev nhk0 nodad");
	oif = if_nametoindex("nhk0");

	ck_assert_int_eq(add_gw(sk, 1, AF_INET, "10.0.0.2", oif, 0), 0);
	ck_assert_int_eq(add_gw(sk, 2, AF_INET, "10.0.0.3", oif, 0), 0);
	ck_assert_int_eq(add_gw(sk, 8, AF_INET6, "2001:db8::2", oif, 0), 0);
	ck_assert_int_eq(add_gw(sk, 6, AF_INET, "10.0.0.9", 0, 1), 0);
	/* the id is taken */
	ck_assert_int_eq(add_gw(sk, 1, AF_INET, "10.0.0.4", oif, 0),
			 -NLE_EXIST);

	/* a multipath group and a resilient group */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 4);
	ck_assert_int_eq(rtnl_nh_set_group(nh, grp, 2), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_EXCL), 0);
	rtnl_nh_set_id(nh, 5);
	rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES);
	rtnl_nh_set_res_group_bucket_size(nh, 32);
	rtnl_nh_set_res_group_idle_timer(nh, 100);
	rtnl_nh_set_res_group_unbalanced_timer(nh, 200);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_EXCL), 0);
	rtnl_nh_put(nh);

	/* an IP tunnel encapsulation */
	{
		struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
		struct nl_addr *d = A("10.1.1.1", AF_INET);

		ck_assert_int_eq(rtnl_nh_encap_ip(e, d), 0);
		ck_assert_int_eq(rtnl_nh_set_encap_ip_id(e, 5), 0);
		ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 7), 0);
		nl_addr_put(d);
		nh = rtnl_nh_alloc();
		rtnl_nh_set_id(nh, 10);
		rtnl_nh_set_family(nh, AF_INET);
		rtnl_nh_set_oif(nh, oif);
		rtnl_nh_set_encap(nh, e);
		ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_EXCL), 0);
		rtnl_nh_put(nh);
	}
	nltest_sh_ok("ip nexthop add id 3 blackhole");

	/* what iproute2 sees */
	nltest_sh_ok("ip nexthop show id 4 | grep -q 'group 1,2/2,5'");
	nltest_sh_ok("ip nexthop show id 5 | grep -q 'type resilient buckets 32 idle_timer 1 unbalanced_timer 2'");
	nltest_sh_ok("ip nexthop show id 6 | grep -q 'via 10.0.0.9 .*fdb'");
	nltest_sh_ok("ip nexthop show id 10 | grep -q 'encap ip id 5 .*dst 10.1.1.1 ttl 7'");

	ck_assert_int_eq(rtnl_nh_alloc_cache(sk, AF_UNSPEC, &c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 8);

	nh = rtnl_nh_get(c, 1);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_INET);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), (int)oif);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_gateway(nh), buf,
				     sizeof(buf)), "10.0.0.2");
	ck_assert_int_eq(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), -NLE_MISSING_ATTR);
	snprintf(want, sizeof(want), "id 1 via 10.0.0.2 dev %u\n", oif);
	ck_assert_str_eq(dump_line(nh), want);
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 8);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_family(nh), AF_INET6);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_gateway(nh), buf,
				     sizeof(buf)), "2001:db8::2");
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 6);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_ne(rtnl_nh_get_fdb(nh), 0);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), 0);
	ck_assert_str_eq(dump_line(nh), "id 6 via 10.0.0.9 fdb\n");
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 4);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_group_size(nh), 2);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 0), 1);
	ck_assert_int_eq(rtnl_nh_get_group_entry(nh, 1), 2);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), NEXTHOP_GRP_TYPE_MPATH);
	ck_assert_str_eq(dump_line(nh), "id 4 group 1,2/2,5 type mpath\n");
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 5);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_group_type(nh), NEXTHOP_GRP_TYPE_RES);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(nh), 32);
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 100);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(nh, &u), 0);
	ck_assert_uint_eq(u, 200);
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 3);
	ck_assert_ptr_nonnull(nh);
	ck_assert_str_eq(dump_line(nh), "id 3 blackhole\n");
	rtnl_nh_put(nh);

	nh = rtnl_nh_get(c, 10);
	ck_assert_ptr_nonnull(nh);
	{
		struct rtnl_nh_encap *e = rtnl_nh_get_encap(nh);

		ck_assert_ptr_nonnull(e);
		ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP);
		ck_assert(rtnl_nh_get_encap_ip_id(e) == 5);
		ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 7);
		ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip_dst(e), buf,
					     sizeof(buf)), "10.1.1.1");
	}
	rtnl_nh_put(nh);
	ck_assert_ptr_null(rtnl_nh_get(c, 99));

	/* deleted by iproute2, gone after a refill */
	nltest_sh_ok("ip nexthop del id 10");
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_ptr_null(rtnl_nh_get(c, 10));
	ck_assert_int_eq(nl_cache_nitems(c), 7);
	nl_cache_free(c);

	/* a family filter */
	ck_assert_int_eq(rtnl_nh_alloc_cache(sk, AF_INET6, &c), 0);
	nh = rtnl_nh_get(c, 8);
	ck_assert_ptr_nonnull(nh);
	rtnl_nh_put(nh);
	ck_assert_ptr_null(rtnl_nh_get(c, 1));
	nl_cache_free(c);

	nltest_sh_ok("ip nexthop flush >/dev/null; ip link del nhk0");
	nl_socket_free(sk);
}
END_TEST

static Suite *nh_kernel_suite(void)
{
	Suite *s = suite_create("nh-kernel");
	TCase *tc = tcase_create("netconf");

	tcase_add_test(tc, netconf_per_interface);
	suite_add_tcase(s, tc);
	tc = tcase_create("mdb");
	tcase_add_test(tc, mdb_bridge);
	suite_add_tcase(s, tc);
	tc = tcase_create("nh");
	tcase_add_test(tc, nh_add_read);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(nh_kernel_suite)
