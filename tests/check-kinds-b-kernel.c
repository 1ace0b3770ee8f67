/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Link kinds of part kinds-b against the kernel, in a private network
 * namespace.  Enslaving and releasing go through the generic master change
 * (tested with a bridge, which every kernel here has).  The tunnel kinds,
 * bonding and macsec are created when the kernel knows them and read back
 * from a fresh cache; a kernel without them must refuse with
 * -NLE_OPNOTSUPP and leave no link behind.
 */

#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_tunnel.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bonding.h>
#include <netlink/route/link/macsec.h>
#include <netlink/route/link/ipip.h>
#include <netlink/route/link/sit.h>
#include <netlink/route/link/ip6tnl.h>
#include <netlink/route/link/ipgre.h>
#include <netlink/route/link/ip6gre.h>
#include <netlink/route/link/ipvti.h>
#include <netlink/route/link/ip6vti.h>

static struct nl_sock *sk;

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
}

static void teardown(void)
{
	nl_socket_free(sk);
}

static struct rtnl_link *fetch(const char *name)
{
	struct nl_cache *cache;
	struct rtnl_link *l;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), 0);
	l = rtnl_link_get_by_name(cache, name);
	nl_cache_free(cache);
	return l;
}

static int ifindex(const char *name)
{
	struct rtnl_link *l = fetch(name);
	int i;

	ck_assert_ptr_nonnull(l);
	i = rtnl_link_get_ifindex(l);
	rtnl_link_put(l);
	return i;
}

static int master_of(const char *name)
{
	struct rtnl_link *l = fetch(name);
	int m;

	ck_assert_ptr_nonnull(l);
	m = rtnl_link_get_master(l);
	rtnl_link_put(l);
	return m;
}

START_TEST(enslave_release)
{
	struct rtnl_link *br, *port;
	int bri, pi;

	nltest_sh_ok("ip link add kbbr0 type bridge && "
		     "ip link add kbv0 type veth peer name kbv1");
	bri = ifindex("kbbr0");
	pi = ifindex("kbv0");
	ck_assert_int_eq(master_of("kbv0"), 0);

	ck_assert_int_eq(rtnl_link_bond_enslave_ifindex(sk, bri, pi), 0);
	ck_assert_int_eq(master_of("kbv0"), bri);
	ck_assert_int_eq(rtnl_link_bond_release_ifindex(sk, pi), 0);
	ck_assert_int_eq(master_of("kbv0"), 0);

	br = fetch("kbbr0");
	port = fetch("kbv1");
	ck_assert_int_eq(rtnl_link_bond_enslave(sk, br, port), 0);
	ck_assert_int_eq(master_of("kbv1"), bri);
	ck_assert_int_eq(rtnl_link_bond_release(sk, port), 0);
	ck_assert_int_eq(master_of("kbv1"), 0);
	/* no such device */
	ck_assert_int_lt(rtnl_link_bond_enslave_ifindex(sk, bri, 999999), 0);
	rtnl_link_put(br);
	rtnl_link_put(port);
	nltest_sh_ok("ip link del kbbr0 && ip link del kbv0");
}
END_TEST

/* Create link; 1 when the kernel made it, 0 when it lacks the kind. */
static int create(struct rtnl_link *l, const char *name)
{
	int err;

	rtnl_link_set_name(l, name);
	err = rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL);
	if (err == -NLE_OPNOTSUPP) {
		struct rtnl_link *none = fetch(name);

		ck_assert_ptr_null(none);
		fprintf(stderr, "kernel lacks kind %s\n", rtnl_link_get_type(l));
		return 0;
	}
	ck_assert_msg(err == 0, "%s: %s", rtnl_link_get_type(l),
		      nl_geterror(err));
	return 1;
}

static void destroy(const char *name)
{
	struct rtnl_link *l = rtnl_link_alloc();

	rtnl_link_set_name(l, name);
	ck_assert_int_eq(rtnl_link_delete(sk, l), 0);
	rtnl_link_put(l);
	l = fetch(name);
	ck_assert_ptr_null(l);
}

static uint32_t in4(const char *s)
{
	struct in_addr a;

	ck_assert_int_eq(inet_pton(AF_INET, s, &a), 1);
	return a.s_addr;
}

static void in6(struct in6_addr *a, const char *s)
{
	ck_assert_int_eq(inet_pton(AF_INET6, s, a), 1);
}

START_TEST(ipip_kernel)
{
	struct rtnl_link *l = rtnl_link_ipip_alloc(), *b;
	uint32_t u;

	rtnl_link_ipip_set_local(l, in4("10.1.0.1"));
	rtnl_link_ipip_set_remote(l, in4("10.1.0.2"));
	rtnl_link_ipip_set_ttl(l, 33);
	rtnl_link_ipip_set_tos(l, 0x10);
	rtnl_link_ipip_set_pmtudisc(l, 1);
	rtnl_link_ipip_set_fwmark(l, 9);
	if (create(l, "kbipip")) {
		b = fetch("kbipip");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_ipip(b));
		ck_assert_uint_eq(rtnl_link_ipip_get_local(b), in4("10.1.0.1"));
		ck_assert_uint_eq(rtnl_link_ipip_get_remote(b), in4("10.1.0.2"));
		ck_assert_uint_eq(rtnl_link_ipip_get_ttl(b), 33);
		ck_assert_uint_eq(rtnl_link_ipip_get_tos(b), 0x10);
		ck_assert_uint_eq(rtnl_link_ipip_get_pmtudisc(b), 1);
		ck_assert_int_eq(rtnl_link_ipip_get_fwmark(b, &u), 0);
		ck_assert_uint_eq(u, 9);
		rtnl_link_put(b);
		destroy("kbipip");
	}
	rtnl_link_put(l);
}
END_TEST

START_TEST(sit_kernel)
{
	struct rtnl_link *l = rtnl_link_sit_alloc(), *b;
	struct in6_addr pfx, got;
	uint16_t u16;

	in6(&pfx, "2001:db8::");
	rtnl_link_sit_set_local(l, in4("10.2.0.1"));
	rtnl_link_sit_set_ttl(l, 20);
	rtnl_link_sit_set_ip6rd_prefix(l, &pfx);
	rtnl_link_sit_set_ip6rd_prefixlen(l, 32);
	if (create(l, "kbsit")) {
		b = fetch("kbsit");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_sit(b));
		ck_assert_uint_eq(rtnl_link_sit_get_local(b), in4("10.2.0.1"));
		ck_assert_uint_eq(rtnl_link_sit_get_ttl(b), 20);
		ck_assert_uint_eq(rtnl_link_sit_get_proto(b), IPPROTO_IPV6);
		ck_assert_int_eq(rtnl_link_sit_get_ip6rd_prefix(b, &got), 0);
		ck_assert_mem_eq(&got, &pfx, 16);
		ck_assert_int_eq(rtnl_link_sit_get_ip6rd_prefixlen(b, &u16), 0);
		ck_assert_uint_eq(u16, 32);
		rtnl_link_put(b);
		destroy("kbsit");
	}
	rtnl_link_put(l);
}
END_TEST

START_TEST(ip6tnl_kernel)
{
	struct rtnl_link *l = rtnl_link_ip6_tnl_alloc(), *b;
	struct in6_addr a, r, got;

	in6(&a, "fd10::1");
	in6(&r, "fd10::2");
	rtnl_link_ip6_tnl_set_local(l, &a);
	rtnl_link_ip6_tnl_set_remote(l, &r);
	rtnl_link_ip6_tnl_set_ttl(l, 7);
	rtnl_link_ip6_tnl_set_encaplimit(l, 3);
	rtnl_link_ip6_tnl_set_proto(l, IPPROTO_IPIP);
	if (create(l, "kbip6t")) {
		b = fetch("kbip6t");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_ip6_tnl(b));
		ck_assert_int_eq(rtnl_link_ip6_tnl_get_local(b, &got), 0);
		ck_assert_mem_eq(&got, &a, 16);
		ck_assert_int_eq(rtnl_link_ip6_tnl_get_remote(b, &got), 0);
		ck_assert_mem_eq(&got, &r, 16);
		ck_assert_uint_eq(rtnl_link_ip6_tnl_get_ttl(b), 7);
		ck_assert_uint_eq(rtnl_link_ip6_tnl_get_encaplimit(b), 3);
		ck_assert_uint_eq(rtnl_link_ip6_tnl_get_proto(b), IPPROTO_IPIP);
		rtnl_link_put(b);
		destroy("kbip6t");
	}
	rtnl_link_put(l);
}
END_TEST

START_TEST(gre_kernel)
{
	for (int tap = 0; tap < 2; tap++) {
		struct rtnl_link *l = tap ? rtnl_link_ipgretap_alloc() :
					    rtnl_link_ipgre_alloc(), *b;
		const char *name = tap ? "kbgtap" : "kbgre";

		rtnl_link_ipgre_set_local(l, in4("10.3.0.1"));
		rtnl_link_ipgre_set_remote(l, in4("10.3.0.2"));
		rtnl_link_ipgre_set_iflags(l, GRE_KEY);
		rtnl_link_ipgre_set_oflags(l, GRE_KEY);
		rtnl_link_ipgre_set_ikey(l, htonl(42));
		rtnl_link_ipgre_set_okey(l, htonl(43));
		rtnl_link_ipgre_set_ttl(l, 30);
		if (create(l, name)) {
			b = fetch(name);
			ck_assert_ptr_nonnull(b);
			ck_assert_int_eq(rtnl_link_is_ipgretap(b), tap);
			ck_assert_int_eq(rtnl_link_is_ipgre(b), !tap);
			ck_assert_uint_eq(rtnl_link_ipgre_get_local(b), in4("10.3.0.1"));
			ck_assert_uint_eq(rtnl_link_ipgre_get_remote(b), in4("10.3.0.2"));
			ck_assert(rtnl_link_ipgre_get_iflags(b) & GRE_KEY);
			ck_assert_uint_eq(rtnl_link_ipgre_get_ikey(b), htonl(42));
			ck_assert_uint_eq(rtnl_link_ipgre_get_okey(b), htonl(43));
			ck_assert_uint_eq(rtnl_link_ipgre_get_ttl(b), 30);
			rtnl_link_put(b);
			destroy(name);
		}
		rtnl_link_put(l);
	}
}
END_TEST

START_TEST(ip6gre_kernel)
{
	struct rtnl_link *l = rtnl_link_ip6gre_alloc(), *b;
	struct in6_addr a, r, got;
	uint8_t u8;

	in6(&a, "fd11::1");
	in6(&r, "fd11::2");
	rtnl_link_ip6gre_set_local(l, &a);
	rtnl_link_ip6gre_set_remote(l, &r);
	rtnl_link_ip6gre_set_ttl(l, 5);
	if (create(l, "kbip6g")) {
		b = fetch("kbip6g");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_ip6gre(b));
		ck_assert_int_eq(rtnl_link_ip6gre_get_local(b, &got), 0);
		ck_assert_mem_eq(&got, &a, 16);
		ck_assert_int_eq(rtnl_link_ip6gre_get_remote(b, &got), 0);
		ck_assert_mem_eq(&got, &r, 16);
		ck_assert_int_eq(rtnl_link_ip6gre_get_ttl(b, &u8), 0);
		ck_assert_uint_eq(u8, 5);
		rtnl_link_put(b);
		destroy("kbip6g");
	}
	rtnl_link_put(l);
}
END_TEST

START_TEST(vti_kernel)
{
	struct rtnl_link *l = rtnl_link_ipvti_alloc(), *l6 = rtnl_link_ip6vti_alloc(), *b;
	struct in6_addr a, got;
	uint32_t u;

	rtnl_link_ipvti_set_local(l, in4("10.4.0.1"));
	rtnl_link_ipvti_set_remote(l, in4("10.4.0.2"));
	rtnl_link_ipvti_set_ikey(l, htonl(5));
	if (create(l, "kbvti")) {
		b = fetch("kbvti");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_ipvti(b));
		ck_assert_uint_eq(rtnl_link_ipvti_get_local(b), in4("10.4.0.1"));
		ck_assert_uint_eq(rtnl_link_ipvti_get_ikey(b), htonl(5));
		rtnl_link_put(b);
		destroy("kbvti");
	}
	in6(&a, "fd12::1");
	rtnl_link_ip6vti_set_local(l6, &a);
	rtnl_link_ip6vti_set_okey(l6, htonl(6));
	if (create(l6, "kbvti6")) {
		b = fetch("kbvti6");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_ip6vti(b));
		ck_assert_int_eq(rtnl_link_ip6vti_get_local(b, &got), 0);
		ck_assert_mem_eq(&got, &a, 16);
		ck_assert_int_eq(rtnl_link_ip6vti_get_okey(b, &u), 0);
		ck_assert_uint_eq(u, htonl(6));
		rtnl_link_put(b);
		destroy("kbvti6");
	}
	rtnl_link_put(l);
	rtnl_link_put(l6);
}
END_TEST

START_TEST(bond_kernel)
{
	struct rtnl_link *l = rtnl_link_bond_alloc(), *b;
	uint8_t u8;
	uint32_t u;
	int err;

	err = rtnl_link_bond_add(sk, "kbbond0", NULL);
	if (err == -NLE_OPNOTSUPP) {
		ck_assert_ptr_null(fetch("kbbond0"));
	} else {
		ck_assert_int_eq(err, 0);
		b = fetch("kbbond0");
		ck_assert_ptr_nonnull(b);
		ck_assert(rtnl_link_is_bond(b));
		rtnl_link_put(b);
		destroy("kbbond0");
	}
	rtnl_link_bond_set_mode(l, 1);
	rtnl_link_bond_set_miimon(l, 100);
	rtnl_link_bond_set_min_links(l, 2);
	if (create(l, "kbbond1")) {
		b = fetch("kbbond1");
		ck_assert_ptr_nonnull(b);
		ck_assert_int_eq(rtnl_link_bond_get_mode(b, &u8), 0);
		ck_assert_uint_eq(u8, 1);
		ck_assert_int_eq(rtnl_link_bond_get_miimon(b, &u), 0);
		ck_assert_uint_eq(u, 100);
		ck_assert_int_eq(rtnl_link_bond_get_min_links(b, &u), 0);
		ck_assert_uint_eq(u, 2);
		rtnl_link_put(b);
		destroy("kbbond1");
	}
	rtnl_link_put(l);
}
END_TEST

START_TEST(macsec_kernel)
{
	struct rtnl_link *l = rtnl_link_macsec_alloc(), *b;
	uint8_t u8;
	uint16_t u16;

	nltest_sh_ok("ip link add kbmv0 type veth peer name kbmv1");
	rtnl_link_set_link(l, ifindex("kbmv0"));
	rtnl_link_macsec_set_port(l, 11);
	rtnl_link_macsec_set_encrypt(l, 1);
	rtnl_link_macsec_set_icv_len(l, 16);
	if (create(l, "kbmsec")) {
		b = fetch("kbmsec");
		ck_assert_ptr_nonnull(b);
		ck_assert_int_eq(rtnl_link_macsec_get_encrypt(b, &u8), 0);
		ck_assert_uint_eq(u8, 1);
		ck_assert_int_eq(rtnl_link_macsec_get_icv_len(b, &u16), 0);
		ck_assert_uint_eq(u16, 16);
		rtnl_link_put(b);
		destroy("kbmsec");
	}
	nltest_sh_ok("ip link del kbmv0");
	rtnl_link_put(l);
}
END_TEST

static Suite *kinds_b_kernel_suite(void)
{
	Suite *s = suite_create("kinds-b-kernel");
	TCase *tc = tcase_create("kernel");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, enslave_release);
	tcase_add_test(tc, ipip_kernel);
	tcase_add_test(tc, sit_kernel);
	tcase_add_test(tc, ip6tnl_kernel);
	tcase_add_test(tc, gre_kernel);
	tcase_add_test(tc, ip6gre_kernel);
	tcase_add_test(tc, vti_kernel);
	tcase_add_test(tc, bond_kernel);
	tcase_add_test(tc, macsec_kernel);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kinds_b_kernel_suite)
