/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Behaviour of upstream libnl 3.12 against the kernel, each test in a
 * network namespace of its own: routes and nexthop objects with IPv4 and
 * IPv6 tunnel encapsulations (read back with this library and with
 * iproute2), the kernel round trips of upstream's own nexthop tests, and
 * a route cache's order.
 */

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/lwtunnel.h>
#include <linux/nexthop.h>
#include <linux/if_tunnel.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/addr.h>
#include <netlink/list.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/nh.h>
#include <netlink/route/neighbour.h>

static struct nl_addr *A(const char *s, int fam)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, fam, &a), 0);
	return a;
}

/* A namespace of the test's own (tests run in forked processes), with
 * a veth pair d0/d1 up, 192.0.2.2/24 and 2001:db8::2/64 on d0; returns
 * d0's index and a connected socket. */
static struct nl_sock *fresh_netns(int *ifindex)
{
	struct nl_sock *sk;

	ck_assert_int_eq(unshare(CLONE_NEWNET), 0);
	nltest_sh_ok("sysctl -qw net.ipv6.conf.all.accept_dad=0 "
		     "net.ipv6.conf.default.accept_dad=0 && "
		     "ip link set lo up && "
		     "ip link add d0 type veth peer name d1 && "
		     "ip link set d0 up && ip link set d1 up && "
		     "ip addr add 192.0.2.2/24 dev d0 && "
		     "ip -6 addr add 2001:db8::2/64 dev d0 nodad");
	if (ifindex)
		*ifindex = (int)if_nametoindex("d0");
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	return sk;
}

/* The route of @cache whose destination is @dst, with a reference. */
static struct rtnl_route *route_by_dst(struct nl_cache *cache,
				       struct nl_addr *dst)
{
	struct rtnl_route *filter = rtnl_route_alloc(), *r;

	ck_assert_int_eq(rtnl_route_set_dst(filter, dst), 0);
	r = (struct rtnl_route *)nl_cache_find(cache,
					       (struct nl_object *)filter);
	rtnl_route_put(filter);
	return r;
}

/* ------------------------------------------------------------------ */
/* Tunnel encapsulations                                                */

static struct rtnl_nh_encap *ip6_encap(void)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("2001:db8:1::1", AF_INET6);
	struct nl_addr *src = A("2001:db8:1::2", AF_INET6);

	ck_assert_int_eq(rtnl_nh_encap_ip6(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_hoplimit(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_tc(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_flags(e, TUNNEL_KEY |
						     TUNNEL_CSUM | TUNNEL_SEQ),
			 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip6_id(e, 0x1122334455667788ULL),
			 0);
	nl_addr_put(dst);
	nl_addr_put(src);
	return e;
}

static struct rtnl_nh_encap *ip_encap(void)
{
	struct rtnl_nh_encap *e = rtnl_nh_encap_alloc();
	struct nl_addr *dst = A("198.51.100.1", AF_INET);
	struct nl_addr *src = A("198.51.100.2", AF_INET);

	ck_assert_int_eq(rtnl_nh_encap_ip(e, dst), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_src(e, src), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_id(e, 0xabcdef), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_ttl(e, 32), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_tos(e, 0x2e), 0);
	ck_assert_int_eq(rtnl_nh_set_encap_ip_flags(e, TUNNEL_KEY |
						    TUNNEL_CSUM), 0);
	nl_addr_put(dst);
	nl_addr_put(src);
	return e;
}

static void assert_ip6_encap(struct rtnl_nh_encap *e)
{
	char buf[64];

	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP6);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_flags(e),
			 TUNNEL_KEY | TUNNEL_CSUM | TUNNEL_SEQ);
	ck_assert(rtnl_nh_get_encap_ip6_id(e) == 0x1122334455667788ULL);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_hoplimit(e), 32);
	ck_assert_int_eq(rtnl_nh_get_encap_ip6_tc(e), 0x2e);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip6_dst(e), buf,
				     sizeof(buf)), "2001:db8:1::1");
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip6_src(e), buf,
				     sizeof(buf)), "2001:db8:1::2");
}

static void assert_ip_encap(struct rtnl_nh_encap *e)
{
	char buf[64];

	ck_assert_int_eq(rtnl_nh_encap_get_type(e), LWTUNNEL_ENCAP_IP);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_flags(e),
			 TUNNEL_KEY | TUNNEL_CSUM);
	ck_assert(rtnl_nh_get_encap_ip_id(e) == 0xabcdef);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_ttl(e), 32);
	ck_assert_int_eq(rtnl_nh_get_encap_ip_tos(e), 0x2e);
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip_dst(e), buf,
				     sizeof(buf)), "198.51.100.1");
	ck_assert_str_eq(nl_addr2str(rtnl_nh_get_encap_ip_src(e), buf,
				     sizeof(buf)), "198.51.100.2");
}

/* Routes with tunnel encapsulations: the kernel keeps the flags the
 * library sent (iproute2 shows "key csum seq"), and routes iproute2 adds
 * read back with the same values. */
START_TEST(route_encap_roundtrip)
{
	int oif;
	struct nl_sock *sk = fresh_netns(&oif);
	struct nl_addr *d6 = A("2001:db8:9::/64", AF_INET6);
	struct nl_addr *d4 = A("198.51.100.0/24", AF_INET);
	struct nl_addr *d6b = A("2001:db8:a::/64", AF_INET6);
	struct nl_addr *d4b = A("198.51.101.0/24", AF_INET);
	struct nl_cache *c = NULL;
	struct rtnl_route *r;
	struct rtnl_nexthop *nh;

	r = rtnl_route_alloc();
	ck_assert_int_eq(rtnl_route_set_dst(r, d6), 0);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, oif);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, ip6_encap()), 0);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_EXCL), 0);
	rtnl_route_put(r);

	r = rtnl_route_alloc();
	ck_assert_int_eq(rtnl_route_set_dst(r, d4), 0);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, oif);
	ck_assert_int_eq(rtnl_route_nh_set_encap(nh, ip_encap()), 0);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_EXCL), 0);
	rtnl_route_put(r);

	/* what iproute2 reads */
	nltest_sh_ok("ip -6 -d route show 2001:db8:9::/64 | grep -q "
		     "'encap ip6 id 1234605616436508552 src 2001:db8:1::2 "
		     "dst 2001:db8:1::1 hoplimit 32 tc 46 key csum seq '");
	nltest_sh_ok("ip -d route show 198.51.100.0/24 | grep -q "
		     "'encap ip id 11259375 src 198.51.100.2 dst 198.51.100.1 "
		     "ttl 32 tos 46 key csum '");
	/* and what it writes */
	nltest_sh_ok("ip -6 route add 2001:db8:a::/64 encap ip6 "
		     "id 0x1122334455667788 dst 2001:db8:1::1 "
		     "src 2001:db8:1::2 hoplimit 32 tc 0x2e key csum seq "
		     "dev d0");
	nltest_sh_ok("ip route add 198.51.101.0/24 encap ip id 0xabcdef "
		     "dst 198.51.100.1 src 198.51.100.2 ttl 32 tos 0x2e "
		     "key csum dev d0");

	ck_assert_int_eq(rtnl_route_alloc_cache(sk, AF_UNSPEC, 0, &c), 0);
	r = route_by_dst(c, d6);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 1);
	nh = rtnl_route_nexthop_n(r, 0);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), oif);
	assert_ip6_encap(rtnl_route_nh_get_encap(nh));
	rtnl_route_put(r);
	r = route_by_dst(c, d6b);
	ck_assert_ptr_nonnull(r);
	assert_ip6_encap(rtnl_route_nh_get_encap(rtnl_route_nexthop_n(r, 0)));
	rtnl_route_put(r);
	r = route_by_dst(c, d4);
	ck_assert_ptr_nonnull(r);
	assert_ip_encap(rtnl_route_nh_get_encap(rtnl_route_nexthop_n(r, 0)));
	rtnl_route_put(r);
	r = route_by_dst(c, d4b);
	ck_assert_ptr_nonnull(r);
	assert_ip_encap(rtnl_route_nh_get_encap(rtnl_route_nexthop_n(r, 0)));
	rtnl_route_put(r);

	nl_cache_free(c);
	nl_addr_put(d6);
	nl_addr_put(d4);
	nl_addr_put(d6b);
	nl_addr_put(d4b);
	nl_socket_free(sk);
}
END_TEST

/* The same for nexthop objects: iproute2's "ip nexthop" shows the flags
 * the library sent, and reads back what iproute2 wrote. */
START_TEST(nh_encap_roundtrip)
{
	int oif;
	struct nl_sock *sk = fresh_netns(&oif);
	struct nl_addr *gw6 = A("2001:db8::1", AF_INET6);
	struct nl_addr *gw4 = A("192.0.2.1", AF_INET);
	struct nl_cache *c = NULL;
	struct rtnl_nh *nh;

	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 3201);
	rtnl_nh_set_family(nh, AF_INET6);
	rtnl_nh_set_oif(nh, (uint32_t)oif);
	rtnl_nh_set_gateway(nh, gw6);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, ip6_encap()), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_EXCL), 0);
	rtnl_nh_put(nh);

	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 3301);
	rtnl_nh_set_family(nh, AF_INET);
	rtnl_nh_set_oif(nh, (uint32_t)oif);
	rtnl_nh_set_gateway(nh, gw4);
	ck_assert_int_eq(rtnl_nh_set_encap(nh, ip_encap()), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_EXCL), 0);
	rtnl_nh_put(nh);

	nltest_sh_ok("ip nexthop show id 3201 | grep -q "
		     "'encap ip6 id 1234605616436508552 src 2001:db8:1::2 "
		     "dst 2001:db8:1::1 hoplimit 32 tc 46 key csum seq '");
	nltest_sh_ok("ip nexthop show id 3301 | grep -q "
		     "'encap ip id 11259375 src 198.51.100.2 dst 198.51.100.1 "
		     "ttl 32 tos 46 key csum '");
	nltest_sh_ok("ip nexthop add id 3202 encap ip6 id 0x1122334455667788 "
		     "dst 2001:db8:1::1 src 2001:db8:1::2 hoplimit 32 tc 0x2e "
		     "key csum seq via 2001:db8::1 dev d0");

	ck_assert_int_eq(rtnl_nh_alloc_cache(sk, AF_UNSPEC, &c), 0);
	nh = rtnl_nh_get(c, 3201);
	ck_assert_ptr_nonnull(nh);
	ck_assert_int_eq(rtnl_nh_get_oif(nh), oif);
	assert_ip6_encap(rtnl_nh_get_encap(nh));
	rtnl_nh_put(nh);
	nh = rtnl_nh_get(c, 3202);
	ck_assert_ptr_nonnull(nh);
	assert_ip6_encap(rtnl_nh_get_encap(nh));
	rtnl_nh_put(nh);
	nh = rtnl_nh_get(c, 3301);
	ck_assert_ptr_nonnull(nh);
	assert_ip_encap(rtnl_nh_get_encap(nh));
	rtnl_nh_put(nh);

	nl_cache_free(c);
	nl_addr_put(gw6);
	nl_addr_put(gw4);
	nl_socket_free(sk);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Nexthop objects: upstream's kernel round trips, in our words         */

START_TEST(nh_kernel_roundtrips)
{
	int oif;
	struct nl_sock *sk = fresh_netns(&oif);
	struct nl_addr *gw4 = A("192.0.2.1", AF_INET);
	nl_nh_group_info_t g[2] = { { 666, 1 }, { 1004, 2 } };
	struct nl_cache *c = NULL;
	struct rtnl_nh *nh, *k;
	uint32_t u;

	/* a gateway and an interface */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_family(nh, AF_INET);
	rtnl_nh_set_id(nh, 1001);
	rtnl_nh_set_oif(nh, (uint32_t)oif);
	rtnl_nh_set_gateway(nh, gw4);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_put(nh);

	/* an interface only: without a family the kernel refuses, the
	 * library sends what it was given */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 1002);
	rtnl_nh_set_oif(nh, (uint32_t)oif);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	rtnl_nh_set_family(nh, AF_INET6);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_set_id(nh, 1003);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_set_id(nh, 1004);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_set_id(nh, 1005);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_put(nh);

	/* a gateway without a family but with an interface: refused too */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 1006);
	rtnl_nh_set_oif(nh, (uint32_t)oif);
	rtnl_nh_set_gateway(nh, gw4);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	/* a gateway of another family than the nexthop's */
	rtnl_nh_set_family(nh, AF_INET6);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	/* a gateway without an interface */
	rtnl_nh_set_family(nh, AF_INET);
	rtnl_nh_set_oif(nh, 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	rtnl_nh_put(nh);

	/* a group type without members */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_family(nh, AF_INET);
	rtnl_nh_set_id(nh, 3002);
	rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_MPATH);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	rtnl_nh_put(nh);

	/* a multipath group: a missing member is refused */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 2000);
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 2), 0);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_MPATH), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), -NLE_INVAL);
	g[0].nh_id = 1003;
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 2), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_put(nh);

	/* a resilient group */
	nh = rtnl_nh_alloc();
	rtnl_nh_set_id(nh, 2001);
	g[0].nh_id = 1004;
	g[1].nh_id = 1005;
	ck_assert_int_eq(rtnl_nh_set_group(nh, g, 2), 0);
	ck_assert_int_eq(rtnl_nh_set_group_type(nh, NEXTHOP_GRP_TYPE_RES), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_bucket_size(nh, 128), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_idle_timer(nh, 15), 0);
	ck_assert_int_eq(rtnl_nh_set_res_group_unbalanced_timer(nh, 25), 0);
	ck_assert_int_eq(rtnl_nh_add(sk, nh, NLM_F_CREATE), 0);
	rtnl_nh_put(nh);

	ck_assert_int_eq(rtnl_nh_alloc_cache(sk, AF_UNSPEC, &c), 0);
	k = rtnl_nh_get(c, 1001);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_nh_get_id(k), 1001);
	ck_assert_int_eq(rtnl_nh_get_family(k), AF_INET);
	ck_assert_int_eq(rtnl_nh_get_oif(k), oif);
	ck_assert_int_eq(nl_addr_cmp(rtnl_nh_get_gateway(k), gw4), 0);
	ck_assert_int_eq(rtnl_nh_get_group_size(k), -NLE_MISSING_ATTR);
	rtnl_nh_put(k);
	k = rtnl_nh_get(c, 1002);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_nh_get_oif(k), oif);
	ck_assert_ptr_null(rtnl_nh_get_gateway(k));
	rtnl_nh_put(k);
	ck_assert_ptr_null(rtnl_nh_get(c, 1006));
	k = rtnl_nh_get(c, 2000);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_nh_get_group_type(k), NEXTHOP_GRP_TYPE_MPATH);
	ck_assert_int_eq(rtnl_nh_get_group_size(k), 2);
	ck_assert_int_eq(rtnl_nh_get_group_entry(k, 0), 1003);
	ck_assert_int_eq(rtnl_nh_get_group_entry(k, 1), 1004);
	/* an MPATH group has no resilient values */
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(k), -NLE_INVAL);
	rtnl_nh_put(k);
	k = rtnl_nh_get(c, 2001);
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(rtnl_nh_get_group_type(k), NEXTHOP_GRP_TYPE_RES);
	ck_assert_int_eq(rtnl_nh_get_group_size(k), 2);
	ck_assert_int_eq(rtnl_nh_get_group_entry(k, 0), 1004);
	ck_assert_int_eq(rtnl_nh_get_group_entry(k, 1), 1005);
	ck_assert_int_eq(rtnl_nh_get_res_group_bucket_size(k), 128);
	/* the kernel keeps timers in jiffies: they may come back lower */
	ck_assert_int_eq(rtnl_nh_get_res_group_idle_timer(k, &u), 0);
	ck_assert_uint_ge(u, 12);
	ck_assert_uint_le(u, 15);
	ck_assert_int_eq(rtnl_nh_get_res_group_unbalanced_timer(k, &u), 0);
	ck_assert_uint_ge(u, 24);
	ck_assert_uint_le(u, 25);
	rtnl_nh_put(k);

	nl_cache_free(c);
	nl_addr_put(gw4);
	nl_socket_free(sk);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Routes: upstream's next hop round trips, in our words                */

/* Upstream's private layout of a route next hop (x86_64), which its
 * tests and some programs walk rtnl_route_get_nexthops() with. */
struct upstream_nexthop {
	uint8_t rtnh_flags;
	uint8_t rtnh_flag_mask;
	uint8_t rtnh_weight;
	uint32_t rtnh_ifindex;
	struct nl_addr *rtnh_gateway;
	uint32_t ce_mask;
	struct nl_list_head rtnh_list;
};

START_TEST(route_nexthop_roundtrips)
{
	int oif;
	struct nl_sock *sk = fresh_netns(&oif);
	struct nl_addr *d1 = A("198.51.100.0/24", AF_INET);
	struct nl_addr *d2 = A("198.51.101.0/24", AF_INET);
	struct nl_addr *gw1 = A("192.0.2.1", AF_INET);
	struct nl_addr *gw2 = A("192.0.2.3", AF_INET);
	struct nl_cache *c = NULL;
	struct rtnl_route *r;
	struct rtnl_nexthop *nh;
	struct upstream_nexthop *u;
	int seen = 0;

	/* one next hop: realms kept, the weight not sent */
	r = rtnl_route_alloc();
	ck_assert_int_eq(rtnl_route_set_family(r, AF_INET), 0);
	ck_assert_int_eq(rtnl_route_set_dst(r, d1), 0);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, oif);
	rtnl_route_nh_set_realms(nh, 0xdeadbeef);
	rtnl_route_nh_set_gateway(nh, gw1);
	rtnl_route_nh_set_weight(nh, 1);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_CREATE), 0);
	rtnl_route_put(r);

	/* two next hops with weights */
	r = rtnl_route_alloc();
	ck_assert_int_eq(rtnl_route_set_family(r, AF_INET), 0);
	ck_assert_int_eq(rtnl_route_set_dst(r, d2), 0);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, oif);
	rtnl_route_nh_set_gateway(nh, gw1);
	rtnl_route_nh_set_weight(nh, 1);
	rtnl_route_nh_set_realms(nh, 0xdeadbeef);
	rtnl_route_add_nexthop(r, nh);
	nh = rtnl_route_nh_alloc();
	rtnl_route_nh_set_ifindex(nh, oif);
	rtnl_route_nh_set_gateway(nh, gw2);
	rtnl_route_nh_set_weight(nh, 2);
	rtnl_route_nh_set_realms(nh, 0xdeadbeef);
	rtnl_route_add_nexthop(r, nh);
	ck_assert_int_eq(rtnl_route_add(sk, r, NLM_F_CREATE), 0);
	rtnl_route_put(r);

	ck_assert_int_eq(rtnl_route_alloc_cache(sk, AF_INET, 0, &c), 0);
	r = route_by_dst(c, d1);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 1);
	nh = rtnl_route_nexthop_n(r, 0);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(nh), oif);
	ck_assert_int_eq(nl_addr_cmp(rtnl_route_nh_get_gateway(nh), gw1), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_weight(nh), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_flags(nh), 0);
	ck_assert_uint_eq(rtnl_route_nh_get_realms(nh), 0xdeadbeef);
	ck_assert_ptr_null(rtnl_route_nh_get_newdst(nh));
	ck_assert_ptr_null(rtnl_route_nh_get_via(nh));
	ck_assert_ptr_null(rtnl_route_nh_get_encap(nh));
	rtnl_route_put(r);

	r = route_by_dst(c, d2);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 2);
	nl_list_for_each_entry(u, rtnl_route_get_nexthops(r), rtnh_list) {
		nh = (struct rtnl_nexthop *)u;
		ck_assert_uint_eq(u->rtnh_ifindex, (uint32_t)oif);
		ck_assert_int_eq(nl_addr_get_family(u->rtnh_gateway), AF_INET);
		if (!nl_addr_cmp(u->rtnh_gateway, gw1)) {
			seen |= 1;
			ck_assert_uint_eq(u->rtnh_weight, 1);
		}
		if (!nl_addr_cmp(u->rtnh_gateway, gw2)) {
			seen |= 2;
			ck_assert_uint_eq(u->rtnh_weight, 2);
		}
		ck_assert_uint_eq(rtnl_route_nh_get_weight(nh), u->rtnh_weight);
		ck_assert_uint_eq(u->rtnh_flags, 0);
		ck_assert_uint_eq(rtnl_route_nh_get_realms(nh), 0xdeadbeef);
		ck_assert_ptr_null(rtnl_route_nh_get_encap(nh));
	}
	ck_assert_int_eq(seen, 3);
	rtnl_route_put(r);

	nl_cache_free(c);
	nl_addr_put(d1);
	nl_addr_put(d2);
	nl_addr_put(gw1);
	nl_addr_put(gw2);
	nl_socket_free(sk);
}
END_TEST

/* A one-line dump into a buffer is one line, newline-terminated, and
 * stays inside the buffer (what upstream's tests print routes with). */
static void assert_one_line(struct nl_object *o)
{
	char buf[1024];
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf) - 1,
	};
	size_t l;

	buf[sizeof(buf) - 1] = 0x5a;
	nl_object_dump(o, &dp);
	ck_assert_int_eq(buf[sizeof(buf) - 1], 0x5a);
	l = strlen(buf);
	ck_assert_uint_ge(l, 2);
	ck_assert_int_eq(buf[l - 1], '\n');
	ck_assert_ptr_eq(strchr(buf, '\n'), buf + l - 1);
}

/* An IPv6 route cache lists the routes in the kernel's order: upstream's
 * "route_1" test, with an ifb link (it behaves as a dummy link would). */
START_TEST(route_cache_ipv6_order)
{
	struct nl_cache *c = NULL;
	struct nl_sock *sk;
	struct nl_object *o;
	struct rtnl_route *r;
	char buf[64];
	int n = 0, i;

	ck_assert_int_eq(unshare(CLONE_NEWNET), 0);
	nltest_sh_ok("sysctl -qw net.ipv6.conf.default.accept_dad=0 && "
		     "ip link add v1 type ifb && ip link set v1 up");
	sk = nl_socket_alloc();
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	/* the link-local address comes with the link up: wait for it */
	for (i = 0; i < 50 && n != 3; i++) {
		if (c)
			nl_cache_free(c);
		c = NULL;
		ck_assert_int_eq(rtnl_route_alloc_cache(sk, AF_INET6, 0, &c),
				 0);
		n = nl_cache_nitems(c);
		if (n != 3)
			usleep(100000);
	}
	ck_assert_int_eq(n, 3);
	for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o))
		assert_one_line(o);
	o = nl_cache_get_first(c);
	r = (struct rtnl_route *)o;
	ck_assert_int_eq(rtnl_route_get_family(r), AF_INET6);
	ck_assert_str_eq(nl_addr2str(rtnl_route_get_dst(r), buf, sizeof(buf)),
			 "fe80::/64");
	r = (struct rtnl_route *)nl_cache_get_next(o);
	ck_assert_uint_eq(nl_addr_get_prefixlen(rtnl_route_get_dst(r)), 128);
	ck_assert_int_eq(strncmp(nl_addr2str(rtnl_route_get_dst(r), buf,
					      sizeof(buf)), "fe80::", 6), 0);
	ck_assert_int_eq(rtnl_route_get_nnexthops(r), 1);
	ck_assert_int_eq(rtnl_route_nh_get_ifindex(rtnl_route_nexthop_n(r, 0)),
			 (int)if_nametoindex("v1"));
	r = (struct rtnl_route *)nl_cache_get_next((struct nl_object *)r);
	ck_assert_str_eq(nl_addr2str(rtnl_route_get_dst(r), buf, sizeof(buf)),
			 "ff00::/8");
	ck_assert_ptr_null(nl_cache_get_next((struct nl_object *)r));
	nl_cache_free(c);
	nl_socket_free(sk);
}
END_TEST

/* A neighbour cache holds the neighbour tables; the bridge forwarding
 * databases only with NL_CACHE_AF_ITER. */
static int count_bridge(struct nl_cache *c)
{
	struct nl_object *o;
	int n = 0;

	for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o))
		if (rtnl_neigh_get_family((struct rtnl_neigh *)o) == AF_BRIDGE)
			n++;
	return n;
}

START_TEST(neigh_cache_families)
{
	struct nl_sock *sk = fresh_netns(NULL);
	struct nl_cache *c = NULL;

	nltest_sh_ok("ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 "
		     "dev d0 nud permanent");
	/* the veth links have their own multicast entries "self" */
	nltest_sh_ok("bridge fdb show dev d0 | grep -q self");
	ck_assert_int_eq(rtnl_neigh_alloc_cache(sk, &c), 0);
	ck_assert_int_eq(count_bridge(c), 0);
	ck_assert_int_ge(nl_cache_nitems(c), 1);
	nl_cache_free(c);
	ck_assert_int_eq(rtnl_neigh_alloc_cache_flags(sk, &c, NL_CACHE_AF_ITER),
			 0);
	ck_assert_int_gt(count_bridge(c), 0);
	nl_cache_free(c);
	nl_socket_free(sk);
}
END_TEST

static Suite *parity_kernel_suite(void)
{
	Suite *s = suite_create("parity-kernel");
	TCase *tc = tcase_create("encap");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, route_encap_roundtrip);
	tcase_add_test(tc, nh_encap_roundtrip);
	suite_add_tcase(s, tc);
	tc = tcase_create("upstream");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, nh_kernel_roundtrips);
	tcase_add_test(tc, route_nexthop_roundtrips);
	tcase_add_test(tc, route_cache_ipv6_order);
	tcase_add_test(tc, neigh_cache_families);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(parity_kernel_suite)
