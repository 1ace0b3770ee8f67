/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Link kinds of part kinds-a against the kernel, in a private network
 * namespace: create with rtnl_link_add(), read every attribute back from a
 * fresh cache, change, delete.  The details dump of each kind is compared
 * with what Debian's nl-link-list prints for the same link, when installed.
 */

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_vlan.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/object.h>
#include <netlink/route/link.h>
#include <netlink/route/link/vxlan.h>
#include <netlink/route/link/macvlan.h>
#include <netlink/route/link/macvtap.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/veth.h>

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

static struct nl_addr *addr(const char *s, int family)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, family, &a), 0);
	return a;
}

static char ours[16384], theirs[16384];

/* Our dump of link name at level t, with the link cache provided so that
 * interface names are printed as nl-link-list prints them. */
static const char *our_dump(const char *name, enum nl_dump_type t)
{
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = ours,
		.dp_buflen = sizeof(ours),
	};
	struct nl_cache *cache;
	struct rtnl_link *l;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &cache), 0);
	nl_cache_mngt_provide(cache);
	l = rtnl_link_get_by_name(cache, name);
	ck_assert_ptr_nonnull(l);
	nl_object_dump((struct nl_object *)l, &p);
	rtnl_link_put(l);
	nl_cache_mngt_unprovide(cache);
	nl_cache_free(cache);
	return ours;
}

/* The part of Debian's "nl-link-list --details --name name" output from
 * the line starting with start up to the "    ipv4 devconf:" line; NULL
 * when the tool is not installed. */
static const char *debian_block(const char *name, const char *start)
{
	char cmd[128], *b, *e;
	size_t n;
	FILE *f;

	if (access("/usr/bin/nl-link-list", X_OK))
		return NULL;
	/* Debian's tool with Debian's libraries, not this build's */
	snprintf(cmd, sizeof(cmd), "env -u LD_LIBRARY_PATH -u LD_PRELOAD /usr/bin/nl-link-list --details --name %s",
		 name);
	f = popen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	n = fread(theirs, 1, sizeof(theirs) - 1, f);
	theirs[n] = '\0';
	pclose(f);
	b = strstr(theirs, start);
	ck_assert_msg(b != NULL, "nl-link-list printed:\n%s", theirs);
	e = strstr(b, "    ipv4 devconf:");
	if (e)
		*e = '\0';
	return b;
}

#define ck_same_as_debian(name, start)                                         \
	do {                                                                   \
		const char *t_ = debian_block(name, start);                    \
		const char *o_ = our_dump(name, NL_DUMP_DETAILS);              \
		if (t_)                                                        \
			ck_assert_msg(strstr(o_, t_) != NULL,                  \
				      "ours:\n%s\nDebian's:\n%s", o_, t_);     \
	} while (0)

/* A veth pair kv0/kv1, up, as the lower device of the tunnels. */
static void lower_pair(void)
{
	nltest_sh("ip link del kv0 >/dev/null 2>&1");
	nltest_sh_ok("ip link add kv0 type veth peer name kv1 && "
		     "ip link set kv0 up && ip link set kv1 up");
}

/* ------------------------------------------------------------------ */

START_TEST(veth_add_and_peer)
{
	struct rtnl_link *a, *b, *l, *peer, *got;
	struct nl_addr *mac;

	/* rtnl_link_veth_add(): both ends, linked to each other */
	ck_assert_int_eq(rtnl_link_veth_add(sk, "kva0", "kva1", 0), 0);
	a = fetch("kva0");
	b = fetch("kva1");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert(rtnl_link_is_veth(a));
	ck_assert(rtnl_link_is_veth(b));
	ck_assert_str_eq(rtnl_link_get_type(a), "veth");
	/* a dumped veth has no peer object, and its dumps do not crash */
	ck_assert_ptr_null(rtnl_link_veth_get_peer(a));
	ck_assert_int_eq(rtnl_link_get_link(a), rtnl_link_get_ifindex(b));
	ck_assert_ptr_null(strstr(our_dump("kva0", NL_DUMP_STATS), "veth-peer"));
	ck_assert_ptr_nonnull(strstr(our_dump("kva0", NL_DUMP_LINE), "kva0 ether"));
	ck_assert_int_eq(rtnl_link_add(sk, a, NLM_F_CREATE | NLM_F_EXCL) < 0, 1);
	/* deleting one end deletes both */
	ck_assert_int_eq(rtnl_link_delete(sk, a), 0);
	ck_assert_ptr_null(fetch("kva0"));
	ck_assert_ptr_null(fetch("kva1"));
	rtnl_link_put(a);
	rtnl_link_put(b);

	/* the peer moved to the namespace of a process: ours */
	ck_assert_int_eq(rtnl_link_veth_add(sk, "kvp0", "kvp1", getpid()), 0);
	b = fetch("kvp1");
	ck_assert_ptr_nonnull(b);
	rtnl_link_put(b);
	nltest_sh_ok("ip link del kvp0");

	/* rtnl_link_veth_alloc(): attributes of both ends */
	l = rtnl_link_veth_alloc();
	rtnl_link_set_name(l, "kvb0");
	rtnl_link_set_mtu(l, 1400);
	peer = rtnl_link_veth_get_peer(l);
	rtnl_link_set_name(peer, "kvb1");
	rtnl_link_set_mtu(peer, 1300);
	mac = addr("02:00:00:00:0b:01", AF_LLC);
	rtnl_link_set_addr(peer, mac);
	rtnl_link_put(peer);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	got = fetch("kvb1");
	ck_assert_ptr_nonnull(got);
	ck_assert_uint_eq(rtnl_link_get_mtu(got), 1300);
	ck_assert_int_eq(nl_addr_cmp(rtnl_link_get_addr(got), mac), 0);
	rtnl_link_put(got);
	got = fetch("kvb0");
	ck_assert_uint_eq(rtnl_link_get_mtu(got), 1400);
	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	rtnl_link_put(got);
	nl_addr_put(mac);
	rtnl_link_veth_release(l);
}
END_TEST

START_TEST(vxlan_kernel)
{
	struct rtnl_link *l = rtnl_link_vxlan_alloc(), *got, *ch;
	struct ifla_vxlan_port_range r = { htons(1000), htons(2000) }, r2;
	struct nl_addr *a;
	uint32_t u;
	char buf[64];

	lower_pair();
	rtnl_link_set_name(l, "kvx0");
	ck_assert_int_eq(rtnl_link_vxlan_set_id(l, 42), 0);
	a = addr("239.1.1.1", AF_INET);
	rtnl_link_vxlan_set_group(l, a);
	nl_addr_put(a);
	a = addr("10.1.0.1", AF_INET);
	rtnl_link_vxlan_set_local(l, a);
	nl_addr_put(a);
	rtnl_link_vxlan_set_link(l, (uint32_t)ifindex("kv0"));
	rtnl_link_vxlan_set_port(l, 4790);
	rtnl_link_vxlan_set_ttl(l, 10);
	rtnl_link_vxlan_set_tos(l, 0x10);
	rtnl_link_vxlan_disable_learning(l);
	rtnl_link_vxlan_set_ageing(l, 100);
	rtnl_link_vxlan_set_limit(l, 5);
	rtnl_link_vxlan_set_port_range(l, &r);
	rtnl_link_vxlan_enable_l2miss(l);
	rtnl_link_vxlan_enable_l3miss(l);
	rtnl_link_vxlan_enable_proxy(l);
	rtnl_link_vxlan_set_udp_csum(l, 0);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);

	got = fetch("kvx0");
	ck_assert_ptr_nonnull(got);
	ck_assert(rtnl_link_is_vxlan(got));
	ck_assert_int_eq(rtnl_link_vxlan_get_id(got, &u), 0);
	ck_assert_uint_eq(u, 42);
	ck_assert_int_eq(rtnl_link_vxlan_get_group(got, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "239.1.1.1");
	nl_addr_put(a);
	ck_assert_int_eq(rtnl_link_vxlan_get_local(got, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "10.1.0.1");
	nl_addr_put(a);
	ck_assert_int_eq(rtnl_link_vxlan_get_link(got, &u), 0);
	ck_assert_uint_eq(u, (uint32_t)ifindex("kv0"));
	ck_assert_int_eq(rtnl_link_vxlan_get_port(got, &u), 0);
	ck_assert_uint_eq(u, 4790);
	ck_assert_int_eq(rtnl_link_vxlan_get_ttl(got), 10);
	ck_assert_int_eq(rtnl_link_vxlan_get_tos(got), 0x10);
	ck_assert_int_eq(rtnl_link_vxlan_get_learning(got), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_ageing(got, &u), 0);
	ck_assert_uint_eq(u, 100);
	ck_assert_int_eq(rtnl_link_vxlan_get_limit(got, &u), 0);
	ck_assert_uint_eq(u, 5);
	ck_assert_int_eq(rtnl_link_vxlan_get_port_range(got, &r2), 0);
	ck_assert_uint_eq(ntohs(r2.low), 1000);
	ck_assert_uint_eq(ntohs(r2.high), 2000);
	ck_assert_int_eq(rtnl_link_vxlan_get_l2miss(got), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_l3miss(got), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_proxy(got), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_rsc(got), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_udp_csum(got), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_collect_metadata(got), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_flags(got, &u), 0);
	ck_assert_uint_eq(u, 0);
	ck_same_as_debian("kvx0", "    vxlan-id 42\n");
	ck_assert_ptr_nonnull(strstr(our_dump("kvx0", NL_DUMP_LINE),
				     " vxlan-id 42\n"));

	/* change what a vxlan link allows to change */
	ch = rtnl_link_vxlan_alloc();
	rtnl_link_vxlan_set_ttl(ch, 20);
	rtnl_link_vxlan_set_ageing(ch, 600);
	ck_assert_int_eq(rtnl_link_change(sk, got, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(got);
	got = fetch("kvx0");
	ck_assert_int_eq(rtnl_link_vxlan_get_ttl(got), 20);
	ck_assert_int_eq(rtnl_link_vxlan_get_ageing(got, &u), 0);
	ck_assert_uint_eq(u, 600);
	ck_assert_int_eq(rtnl_link_vxlan_get_id(got, &u), 0);
	ck_assert_uint_eq(u, 42);

	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	ck_assert_ptr_null(fetch("kvx0"));
	rtnl_link_put(got);
	rtnl_link_put(l);

	/* the fixture's vx0 as nl-link-list prints it */
	nltest_sh_ok("ip link add vx0 type vxlan id 7 dstport 4789 "
		     "local 10.1.0.1 dev kv0");
	ck_same_as_debian("vx0", "    vxlan-id 7\n");
	nltest_sh_ok("ip link del vx0");
	nltest_sh_ok("ip link del kv0");
}
END_TEST

START_TEST(macvlan_kernel)
{
	struct rtnl_link *l = rtnl_link_macvlan_alloc(), *got, *ch;
	struct nl_addr *a1 = addr("02:00:00:00:0a:01", AF_LLC);
	struct nl_addr *a2 = addr("02:00:00:00:0a:02", AF_LLC);
	const struct nl_addr *ca;
	uint32_t u;

	lower_pair();
	rtnl_link_set_name(l, "kmv0");
	rtnl_link_set_link(l, ifindex("kv0"));
	rtnl_link_macvlan_set_mode(l, MACVLAN_MODE_BRIDGE);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	got = fetch("kmv0");
	ck_assert_ptr_nonnull(got);
	ck_assert(rtnl_link_is_macvlan(got));
	ck_assert_uint_eq(rtnl_link_macvlan_get_mode(got), MACVLAN_MODE_BRIDGE);
	ck_assert_uint_eq(rtnl_link_macvlan_get_flags(got), 0);
	ck_same_as_debian("kmv0", "    macvlan-mode");
	ck_assert_ptr_nonnull(strstr(our_dump("kmv0", NL_DUMP_DETAILS),
				     "    macvlan-mode bridge macvlan-flags \n"));

	ch = rtnl_link_macvlan_alloc();
	rtnl_link_macvlan_set_mode(ch, MACVLAN_MODE_PRIVATE);
	ck_assert_int_eq(rtnl_link_change(sk, got, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(got);
	got = fetch("kmv0");
	ck_assert_uint_eq(rtnl_link_macvlan_get_mode(got), MACVLAN_MODE_PRIVATE);
	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	ck_assert_ptr_null(fetch("kmv0"));
	rtnl_link_put(got);
	rtnl_link_put(l);

	/* source mode with an address list */
	l = rtnl_link_macvlan_alloc();
	rtnl_link_set_name(l, "kmv1");
	rtnl_link_set_link(l, ifindex("kv0"));
	rtnl_link_macvlan_set_mode(l, MACVLAN_MODE_SOURCE);
	rtnl_link_macvlan_set_flags(l, MACVLAN_FLAG_NOPROMISC);
	ck_assert_int_eq(rtnl_link_macvlan_set_macmode(l, MACVLAN_MACADDR_SET), 0);
	rtnl_link_macvlan_add_macaddr(l, a1);
	rtnl_link_macvlan_add_macaddr(l, a2);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	got = fetch("kmv1");
	ck_assert_ptr_nonnull(got);
	ck_assert_uint_eq(rtnl_link_macvlan_get_mode(got), MACVLAN_MODE_SOURCE);
	ck_assert_uint_eq(rtnl_link_macvlan_get_flags(got), MACVLAN_FLAG_NOPROMISC);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(got, &u), 0);
	ck_assert_uint_eq(u, 2);
	ck_assert_int_eq(rtnl_link_macvlan_get_macaddr(got, 0, &ca), 0);
	ck_assert(nl_addr_cmp(ca, a1) == 0 || nl_addr_cmp(ca, a2) == 0);
	ck_same_as_debian("kmv1", "    macvlan-mode");
	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	rtnl_link_put(got);
	rtnl_link_put(l);
	nl_addr_put(a1);
	nl_addr_put(a2);
	nltest_sh_ok("ip link del kv0");
}
END_TEST

START_TEST(macvtap_kernel)
{
	struct rtnl_link *l = rtnl_link_macvtap_alloc(), *got;

	lower_pair();
	rtnl_link_set_name(l, "kmt0");
	rtnl_link_set_link(l, ifindex("kv0"));
	rtnl_link_macvtap_set_mode(l, MACVLAN_MODE_VEPA);
	rtnl_link_macvtap_set_flags(l, MACVLAN_FLAG_NOPROMISC);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	got = fetch("kmt0");
	ck_assert_ptr_nonnull(got);
	ck_assert(rtnl_link_is_macvtap(got));
	ck_assert(!rtnl_link_is_macvlan(got));
	ck_assert_uint_eq(rtnl_link_macvtap_get_mode(got), MACVLAN_MODE_VEPA);
	ck_assert_uint_eq(rtnl_link_macvtap_get_flags(got), MACVLAN_FLAG_NOPROMISC);
	ck_same_as_debian("kmt0", "    macvtap-mode");
	ck_assert_ptr_nonnull(strstr(our_dump("kmt0", NL_DUMP_DETAILS),
			      "    macvtap-mode vepa macvtap-flags nopromisc\n"));
	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	ck_assert_ptr_null(fetch("kmt0"));
	rtnl_link_put(got);
	rtnl_link_put(l);
	nltest_sh_ok("ip link del kv0");
}
END_TEST

/* vlan on veth, when this kernel has 802.1Q (otherwise the message tests
 * cover vlan). */
START_TEST(vlan_kernel)
{
	struct rtnl_link *l, *got;
	uint32_t *im;
	int n;

	lower_pair();
	if (nltest_sh("ip link add link kv0 name kvl0 type vlan id 5 "
		      ">/dev/null 2>&1")) {
		nltest_sh_ok("ip link del kv0");
		return;
	}
	nltest_sh_ok("ip link del kvl0");
	l = rtnl_link_vlan_alloc();
	rtnl_link_set_name(l, "kvl0");
	rtnl_link_set_link(l, ifindex("kv0"));
	rtnl_link_vlan_set_id(l, 100);
	rtnl_link_vlan_set_flags(l, VLAN_FLAG_REORDER_HDR);
	rtnl_link_vlan_set_ingress_map(l, 2, 7);
	rtnl_link_vlan_set_egress_map(l, 9, 3);
	ck_assert_int_eq(rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL), 0);
	got = fetch("kvl0");
	ck_assert(rtnl_link_is_vlan(got));
	ck_assert_int_eq(rtnl_link_vlan_get_id(got), 100);
	ck_assert_int_eq(rtnl_link_vlan_get_flags(got) & VLAN_FLAG_REORDER_HDR,
			 VLAN_FLAG_REORDER_HDR);
	im = rtnl_link_vlan_get_ingress_map(got);
	ck_assert_ptr_nonnull(im);
	ck_assert_uint_eq(im[2], 7);
	ck_assert_ptr_nonnull(rtnl_link_vlan_get_egress_map(got, &n));
	ck_assert_int_eq(n, 1);
	ck_same_as_debian("kvl0", "    vlan-info");
	ck_assert_int_eq(rtnl_link_delete(sk, got), 0);
	rtnl_link_put(got);
	rtnl_link_put(l);
	nltest_sh_ok("ip link del kv0");
}
END_TEST

static Suite *kinds_a_kernel_suite(void)
{
	Suite *s = suite_create("kinds-a-kernel");
	TCase *tc = tcase_create("kernel");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, veth_add_and_peer);
	tcase_add_test(tc, vxlan_kernel);
	tcase_add_test(tc, macvlan_kernel);
	tcase_add_test(tc, macvtap_kernel);
	tcase_add_test(tc, vlan_kernel);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kinds_a_kernel_suite)
