/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Per-family link data against the kernel, in a private network
 * namespace: bridge port data and bridge settings, IPv4 and IPv6 devconf,
 * IPv6 token and address generation mode, read back and changed; the
 * details dump of a bridge compared with Debian's nl-link-list.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/rtnetlink.h>
#include <linux/if_bridge.h>
#include <linux/ip.h>
#include <linux/ipv6.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/inet.h>
#include <netlink/route/link/inet6.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/bridge_info.h>

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

static struct rtnl_link *fetch(int family, const char *name)
{
	struct nl_cache *cache;
	struct rtnl_link *l;

	ck_assert_int_eq(rtnl_link_alloc_cache(sk, family, &cache), 0);
	l = rtnl_link_get_by_name(cache, name);
	nl_cache_free(cache);
	return l;
}

/* "ip -d link show name" (sysfs shows the host's links here) contains
 * the words pattern. */
static int ip_shows(const char *name, const char *pattern)
{
	return nltest_sh("ip -d link show %s | grep -q -- ' %s '", name,
			 pattern) == 0;
}

/* First line of a file (under /proc/sys: per namespace) as a number. */
static long read_num(const char *path)
{
	FILE *f = fopen(path, "r");
	long v = -1;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	ck_assert_int_eq(fscanf(f, "%ld", &v), 1);
	fclose(f);
	return v;
}

START_TEST(bridge_port_read_change)
{
	struct rtnl_link *p, *ch;
	uint32_t cost;
	int flags;

	ck_assert_int_eq(rtnl_link_bridge_add(sk, "kbr0"), 0);
	nltest_sh_ok("ip link add kv0 type veth peer name kv1 && "
		     "ip link set kv1 master kbr0 && ip link set kv1 up && "
		     "ip link set kbr0 up");

	p = fetch(AF_BRIDGE, "kv1");
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(rtnl_link_is_bridge(p), 1);
	ck_assert_int_eq(rtnl_link_bridge_has_ext_info(p), 1);
	ck_assert_int_eq(rtnl_link_bridge_get_priority(p), 32);
	ck_assert_int_eq(rtnl_link_bridge_get_cost(p, &cost), 0);
	ck_assert_msg(ip_shows("kv1", "priority 32"), "priority 32");
	{
		char pat[64];

		snprintf(pat, sizeof(pat), "cost %u", cost);
		ck_assert_msg(ip_shows("kv1", pat), "%s", pat);
	}
	flags = rtnl_link_bridge_get_flags(p);
	ck_assert_int_eq(flags & (RTNL_BRIDGE_LEARNING | RTNL_BRIDGE_UNICAST_FLOOD |
				  RTNL_BRIDGE_HAIRPIN_MODE),
			 RTNL_BRIDGE_LEARNING | RTNL_BRIDGE_UNICAST_FLOOD);

	/* change priority, cost and flags through RTM_SETLINK */
	ch = rtnl_link_alloc();
	rtnl_link_set_family(ch, AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_bridge_set_priority(ch, 5), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_cost(ch, 77), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_flags(ch, RTNL_BRIDGE_HAIRPIN_MODE), 0);
	ck_assert_int_eq(rtnl_link_bridge_unset_flags(ch, RTNL_BRIDGE_LEARNING), 0);
	ck_assert_int_eq(rtnl_link_change(sk, p, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(p);

	ck_assert(ip_shows("kv1", "priority 5 cost 77 hairpin on"));
	ck_assert(ip_shows("kv1", "learning off"));
	p = fetch(AF_BRIDGE, "kv1");
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(rtnl_link_bridge_get_priority(p), 5);
	ck_assert_int_eq(rtnl_link_bridge_get_cost(p, &cost), 0);
	ck_assert_uint_eq(cost, 77);
	flags = rtnl_link_bridge_get_flags(p);
	ck_assert_int_eq(flags & (RTNL_BRIDGE_LEARNING | RTNL_BRIDGE_HAIRPIN_MODE),
			 RTNL_BRIDGE_HAIRPIN_MODE);
	rtnl_link_put(p);

	/* a port taken from the family-less cache cannot change in
	 * AF_BRIDGE: the family of a link is immutable, as upstream */
	p = fetch(AF_UNSPEC, "kv1");
	ck_assert_ptr_nonnull(p);
	ch = rtnl_link_alloc();
	rtnl_link_set_family(ch, AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_bridge_set_cost(ch, 66), 0);
	ck_assert_int_eq(rtnl_link_change(sk, p, ch, 0), -NLE_IMMUTABLE);
	rtnl_link_put(ch);
	rtnl_link_put(p);
	ck_assert(ip_shows("kv1", "cost 77"));

	/* the port state: disabled while the port is down */
	nltest_sh_ok("ip link set kv1 down");
	p = fetch(AF_BRIDGE, "kv1");
	ck_assert_int_eq(rtnl_link_bridge_get_port_state(p), BR_STATE_DISABLED);
	rtnl_link_put(p);
	nltest_sh_ok("ip link del kv0 && ip link del kbr0");
}
END_TEST

START_TEST(bridge_kind_read_change)
{
	struct rtnl_link *b, *ch;
	uint32_t u32;
	uint16_t u16;
	uint8_t u8;

	ck_assert_int_eq(rtnl_link_bridge_add(sk, "kbr1"), 0);
	b = fetch(AF_UNSPEC, "kbr1");
	ck_assert_ptr_nonnull(b);
	ck_assert_str_eq(rtnl_link_get_type(b), "bridge");
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(b, &u32), 0);
	ck_assert_uint_eq(u32, 30000);
	ck_assert_int_eq(rtnl_link_bridge_get_stp_state(b, &u32), 0);
	ck_assert_uint_eq(u32, 0);
	/* VLAN settings come only from kernels with bridge VLAN filtering */
	if (rtnl_link_bridge_get_vlan_protocol(b, &u16) == 0)
		ck_assert_uint_eq(u16, 0x8100);
	ck_assert_int_eq(rtnl_link_bridge_get_mcast_snooping(b, &u8), 0);
	ck_assert(ip_shows("kbr1", u8 ? "mcast_snooping 1" : "mcast_snooping 0"));

	ch = rtnl_link_bridge_alloc();
	rtnl_link_bridge_set_ageing_time(ch, 12300);
	rtnl_link_bridge_set_stp_state(ch, 1);
	ck_assert_int_eq(rtnl_link_change(sk, b, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(b);
	ck_assert(ip_shows("kbr1", "ageing_time 12300"));
	ck_assert(ip_shows("kbr1", "stp_state 1"));
	b = fetch(AF_UNSPEC, "kbr1");
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(b, &u32), 0);
	ck_assert_uint_eq(u32, 12300);
	ck_assert_int_eq(rtnl_link_delete(sk, b), 0);
	rtnl_link_put(b);
}
END_TEST

START_TEST(inet_devconf_read_change)
{
	struct rtnl_link *l, *ch;
	uint32_t v;

	nltest_sh_ok("ip link add kd0 type ifb && "
		     "sysctl -qw net.ipv4.conf.kd0.rp_filter=2");
	l = fetch(AF_UNSPEC, "kd0");
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_RP_FILTER, &v), 0);
	ck_assert_uint_eq(v, 2);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_ACCEPT_REDIRECTS, &v), 0);
	ck_assert_uint_eq(v, (uint32_t)read_num("/proc/sys/net/ipv4/conf/kd0/accept_redirects"));

	ch = rtnl_link_alloc();
	ck_assert_int_eq(rtnl_link_inet_set_conf(ch, IPV4_DEVCONF_RP_FILTER, 1), 0);
	ck_assert_int_eq(rtnl_link_inet_set_conf(ch, IPV4_DEVCONF_ARP_IGNORE, 2), 0);
	ck_assert_int_eq(rtnl_link_change(sk, l, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(l);
	ck_assert_int_eq(read_num("/proc/sys/net/ipv4/conf/kd0/rp_filter"), 1);
	ck_assert_int_eq(read_num("/proc/sys/net/ipv4/conf/kd0/arp_ignore"), 2);
	l = fetch(AF_UNSPEC, "kd0");
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_ARP_IGNORE, &v), 0);
	ck_assert_uint_eq(v, 2);
	rtnl_link_put(l);
	nltest_sh_ok("ip link del kd0");
}
END_TEST

START_TEST(inet6_read_change)
{
	struct rtnl_link *l, *ch;
	struct nl_addr *tok;
	uint32_t v;
	uint8_t mode;
	char buf[64];

	nltest_sh_ok("ip link add k6a type veth peer name k6b && "
		     "sysctl -qw net.ipv6.conf.k6a.hop_limit=33");
	l = fetch(AF_UNSPEC, "k6a");
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(rtnl_link_inet6_get_conf(l, DEVCONF_HOPLIMIT, &v), 0);
	ck_assert_uint_eq(v, 33);
	ck_assert_int_eq(rtnl_link_inet6_get_conf(l, DEVCONF_MTU6, &v), 0);
	ck_assert_uint_eq(v, 1500);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(l, &v), 0);
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(l, &mode), 0);
	ck_assert_uint_eq(mode, IN6_ADDR_GEN_MODE_EUI64);

	/* address generation mode; the token is not sent (as upstream) */
	ch = rtnl_link_alloc();
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(ch, IN6_ADDR_GEN_MODE_NONE), 0);
	ck_assert_int_eq(nl_addr_parse("::1:2:3:4", AF_INET6, &tok), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_token(ch, tok), 0);
	nl_addr_put(tok);
	ck_assert_int_eq(rtnl_link_change(sk, l, ch, 0), 0);
	rtnl_link_put(ch);
	rtnl_link_put(l);
	ck_assert_int_eq(read_num("/proc/sys/net/ipv6/conf/k6a/addr_gen_mode"), 1);
	l = fetch(AF_UNSPEC, "k6a");
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(l, &mode), 0);
	ck_assert_uint_eq(mode, IN6_ADDR_GEN_MODE_NONE);
	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &tok), 0);
	ck_assert_str_eq(nl_addr2str(tok, buf, sizeof(buf)), "::/64");
	nl_addr_put(tok);
	rtnl_link_put(l);
	nltest_sh_ok("ip link del k6a");
}
END_TEST

/* Our dump of a bridge and of a bridge port equals Debian's nl-link-list,
 * run on the same namespace (when it is installed). */
START_TEST(dump_as_debian)
{
	static const char *const cases[][3] = {
		{ "0", "--details --name kbr2", "kbr2" },
		{ "7", "--family bridge --details", NULL },
		{ "0", "--stats --name kifb", "kifb" },
		{ "0", "", NULL },
		{ "7", "--family bridge", NULL },
	};
	unsigned int i;
	char ours[64], deb[64];

	if (access("/usr/bin/nl-link-list", X_OK) != 0)
		return;
	snprintf(ours, sizeof(ours), "/tmp/nltest-linkcore-%d.ours", (int)getpid());
	snprintf(deb, sizeof(deb), "/tmp/nltest-linkcore-%d.deb", (int)getpid());
	nltest_sh_ok("ip link add kbr2 address 02:00:00:00:02:00 type bridge && "
		     "ip link add kv2 address 02:00:00:00:01:00 type veth peer name kv3 "
		     "address 02:00:00:00:01:01 && ip link set kv3 master kbr2 && "
		     "ip link set kv3 up && ip link set kv2 up && ip link set kbr2 up && "
		     "ip link add kifb address 02:00:00:00:04:00 type ifb && "
		     "ip link set kv3 type bridge_slave hairpin on cost 7 priority 5");
	/* the bridge turns running some time after its port: both listings
	 * must see it settled */
	nltest_sh_ok("for i in $(seq 200); do ip link show kbr2 | "
		     "grep -q 'state UP' && ip link show kv3 | grep -q 'state UP' "
		     "&& exit 0; sleep 0.05; done; exit 1");
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct nl_cache *cache;
		struct rtnl_link *filter = NULL;
		FILE *f = fopen(ours, "w");
		struct nl_dump_params p = { .dp_fd = f };

		ck_assert_ptr_nonnull(f);
		p.dp_type = strstr(cases[i][1], "--stats")   ? NL_DUMP_STATS :
			    strstr(cases[i][1], "--details") ? NL_DUMP_DETAILS :
							       NL_DUMP_LINE;
		ck_assert_int_eq(rtnl_link_alloc_cache(sk, atoi(cases[i][0]),
						       &cache), 0);
		if (cases[i][2]) {
			filter = rtnl_link_alloc();
			rtnl_link_set_name(filter, cases[i][2]);
		}
		nl_cache_dump_filter(cache, &p, (struct nl_object *)filter);
		fclose(f);
		if (filter)
			rtnl_link_put(filter);
		nl_cache_free(cache);
		/* Debian's nl-link-list crashes on the details of veth links:
		 * those listings are filtered by name */
		ck_assert_msg(nltest_sh("env -u LD_LIBRARY_PATH -u LD_PRELOAD nl-link-list %s > %s && "
					"sed -E -i 's/create-stamp [0-9.]+s/CS/; "
					"s/reachable-time [0-9a-z ]+ retrans/RT retrans/' "
					"%s %s && cmp -s %s %s",
					cases[i][1], deb, deb, ours, deb, ours) == 0,
			      "dump differs from Debian's for: nl-link-list %s",
			      cases[i][1]);
	}
	nltest_sh_ok("rm -f %s %s; ip link del kv2; ip link del kbr2; "
		     "ip link del kifb", deb, ours);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("kernel-route-link-af");
	TCase *tc = tcase_create("af");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, bridge_port_read_change);
	tcase_add_test(tc, bridge_kind_read_change);
	tcase_add_test(tc, inet_devconf_read_change);
	tcase_add_test(tc, inet6_read_change);
	tcase_add_test(tc, dump_as_debian);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(suite)
