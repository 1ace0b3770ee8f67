/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Per-family link data without a kernel: IPv4/IPv6 devconf, IPv6 flags,
 * token and counters, bridge port data and the bridge kind, parsed from
 * built messages, put into requests, compared, cloned and dumped.
 */

#include <string.h>
#include <stdint.h>
#include <pthread.h>
#include <stdlib.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_bridge.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/snmp.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/inet.h>
#include <netlink/route/link/inet6.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/bridge_info.h>

static char *dump_str(struct rtnl_link *l, enum nl_dump_type t)
{
	static char buf[16384];
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	memset(buf, 0, sizeof(buf));
	nl_object_dump((struct nl_object *)l, &p);
	return buf;
}

/* Exact text, with a short report of the first difference. */
static void assert_text(const char *got, const char *exp)
{
	size_t i = 0;

	while (got[i] && got[i] == exp[i])
		i++;
	if (got[i] || exp[i])
		ck_abort_msg("text differs at %zu:\n got: %.80s\n exp: %.80s", i,
			     got + (i > 20 ? i - 20 : 0),
			     exp + (i > 20 ? i - 20 : 0));
}

static void parse_cb(struct nl_object *obj, void *arg)
{
	nl_object_get(obj);
	*(struct nl_object **)arg = obj;
}

/* Parse msg with the link cache operations. */
static struct rtnl_link *parse(struct nl_msg *msg)
{
	struct nl_object *obj = NULL;

	nlmsg_set_proto(msg, NETLINK_ROUTE);
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &obj), 0);
	ck_assert_ptr_nonnull(obj);
	return (struct rtnl_link *)obj;
}

static struct nl_msg *newlink(int family, int ifindex, const char *name)
{
	struct ifinfomsg ifi = { .ifi_family = (unsigned char)family,
				 .ifi_index = ifindex,
				 .ifi_type = 1 };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);

	ck_assert_ptr_nonnull(msg);
	nlmsg_set_proto(msg, NETLINK_ROUTE);
	ck_assert_int_ge(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nla_put_string(msg, IFLA_IFNAME, name), 0);
	return msg;
}

/* The IPv4 and IPv6 data as a kernel sends them. */
static void put_inet_spec(struct nl_msg *msg)
{
	struct nlattr *spec, *f, *conf;
	uint32_t v4[32];
	uint32_t v6[51];
	uint64_t st[IPSTATS_MIB_CEPKTS + 1];
	uint64_t icmp[ICMP6_MIB_CSUMERRORS + 1];
	struct ifla_cacheinfo ci = { .max_reasm_len = 65535,
				     .tstamp = 12345,
				     .reachable_time = 15036,
				     .retrans_time = 1000 };
	struct in6_addr tok = { .s6_addr = { [15] = 0x42 } };
	unsigned int i;

	for (i = 0; i < 32; i++)
		v4[i] = i;
	for (i = 0; i < 51; i++)
		v6[i] = 100 + i;
	v6[DEVCONF_RTR_SOLICIT_INTERVAL] = 4000;
	v6[DEVCONF_TEMP_VALID_LFT] = 604800;
	for (i = 0; i <= IPSTATS_MIB_CEPKTS; i++)
		st[i] = 1000 + i;
	st[IPSTATS_MIB_INOCTETS] = 868;
	st[IPSTATS_MIB_OUTOCTETS] = 0;
	for (i = 0; i <= ICMP6_MIB_CSUMERRORS; i++)
		icmp[i] = 50 + i;

	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	f = nla_nest_start(msg, AF_INET);
	ck_assert_int_eq(nla_put(msg, IFLA_INET_CONF, sizeof(v4), v4), 0);
	nla_nest_end(msg, f);
	f = nla_nest_start(msg, AF_INET6);
	nla_put_u32(msg, IFLA_INET6_FLAGS, 0x80000000);
	nla_put(msg, IFLA_INET6_CACHEINFO, sizeof(ci), &ci);
	conf = nla_nest_start(msg, IFLA_INET6_CONF);
	nla_nest_cancel(msg, conf);
	nla_put(msg, IFLA_INET6_CONF, sizeof(v6), v6);
	nla_put(msg, IFLA_INET6_STATS, sizeof(st), st);
	nla_put(msg, IFLA_INET6_ICMP6STATS, sizeof(icmp), icmp);
	nla_put(msg, IFLA_INET6_TOKEN, sizeof(tok), &tok);
	nla_put_u8(msg, IFLA_INET6_ADDR_GEN_MODE, IN6_ADDR_GEN_MODE_NONE);
	nla_nest_end(msg, f);
	nla_nest_end(msg, spec);
}

START_TEST(inet_names)
{
	char buf[64];

	ck_assert_str_eq(rtnl_link_inet_devconf2str(IPV4_DEVCONF_FORWARDING,
						    buf, sizeof(buf)),
			 "forwarding");
	ck_assert_str_eq(rtnl_link_inet_devconf2str(28, buf, sizeof(buf)),
			 "igmpv3_unsolicited_report_interval");
	ck_assert_str_eq(rtnl_link_inet_devconf2str(29, buf, sizeof(buf)),
			 "0x1d");
	ck_assert_int_eq(rtnl_link_inet_str2devconf("rp_filter"),
			 IPV4_DEVCONF_RP_FILTER);
	ck_assert_int_eq(rtnl_link_inet_str2devconf("nope"), -NLE_OBJ_NOTFOUND);

	ck_assert_str_eq(rtnl_link_inet6_flags2str(0x800000f0, buf,
						   sizeof(buf)),
			 "rs_sent,ra_rcvd,ra_managed,ra_otherconf,ready");
	ck_assert_int_eq(rtnl_link_inet6_str2flags("ready,ra_rcvd"),
			 (int)0x80000020);
	ck_assert_str_eq(rtnl_link_inet6_addrgenmode2str(2, buf, sizeof(buf)),
			 "stable_privacy");
	ck_assert_str_eq(rtnl_link_inet6_addrgenmode2str(3, buf, sizeof(buf)),
			 "0x3");
	ck_assert_uint_eq(rtnl_link_inet6_str2addrgenmode("none"), 1);
	ck_assert_uint_eq(rtnl_link_inet6_str2addrgenmode("x"),
			  (uint8_t)-NLE_OBJ_NOTFOUND);
}
END_TEST

START_TEST(inet_conf_request)
{
	struct rtnl_link *l = rtnl_link_alloc(), *orig = rtnl_link_alloc();
	struct nlattr *tb[IFLA_MAX + 1], *f, *conf, *a;
	struct nl_msg *msg;
	uint32_t v = 7;
	int rem, n = 0;

	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 1, &v), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_inet_set_conf(l, 0, 1), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 0, &v), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_set_conf(l, IPV4_DEVCONF_FORWARDING, 1), 0);
	ck_assert_int_eq(rtnl_link_inet_set_conf(l, IPV4_DEVCONF_RP_FILTER, 2), 0);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_RP_FILTER, &v), 0);
	ck_assert_uint_eq(v, 2);

	rtnl_link_set_ifindex(orig, 5);
	ck_assert_int_eq(rtnl_link_build_change_request(orig, l, 0, &msg), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_NEWLINK);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg),
				     tb, IFLA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_AF_SPEC]);
	ck_assert_ptr_null(tb[IFLA_PROTINFO]);
	f = nla_find(nla_data(tb[IFLA_AF_SPEC]), nla_len(tb[IFLA_AF_SPEC]),
		     AF_INET);
	ck_assert_ptr_nonnull(f);
	/* nothing set for IPv6: no AF_INET6 nest */
	ck_assert_ptr_null(nla_find(nla_data(tb[IFLA_AF_SPEC]),
				    nla_len(tb[IFLA_AF_SPEC]), AF_INET6));
	conf = nla_find(nla_data(f), nla_len(f), IFLA_INET_CONF);
	ck_assert_ptr_nonnull(conf);
	nla_for_each_nested(a, conf, rem) {
		if (nla_type(a) == IPV4_DEVCONF_FORWARDING)
			ck_assert_uint_eq(nla_get_u32(a), 1);
		else if (nla_type(a) == IPV4_DEVCONF_RP_FILTER)
			ck_assert_uint_eq(nla_get_u32(a), 2);
		else
			ck_abort_msg("unexpected devconf %d", nla_type(a));
		n++;
	}
	ck_assert_int_eq(n, 2);
	nlmsg_free(msg);
	rtnl_link_put(l);
	rtnl_link_put(orig);
}
END_TEST

START_TEST(inet6_parse_dump)
{
	struct nl_msg *msg = newlink(AF_UNSPEC, 6, "ifb0");
	struct rtnl_link *l, *c;
	struct nl_addr *tok;
	uint32_t v;
	uint8_t m;
	uint64_t stats[24] = { 0 };
	char buf[64];
	const char *d;

	nla_put_u32(msg, IFLA_MTU, 1500);
	nla_put(msg, IFLA_STATS64, sizeof(stats), stats);
	put_inet_spec(msg);
	l = parse(msg);
	nlmsg_free(msg);

	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_RP_FILTER, &v), 0);
	ck_assert_uint_eq(v, IPV4_DEVCONF_RP_FILTER - 1);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 32, &v), 0);
	ck_assert_uint_eq(v, 31);
	/* upstream knows ids 1 to 32 */
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 33, &v), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(l, &v), 0);
	ck_assert_uint_eq(v, 0x80000000);
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(l, &m), 0);
	ck_assert_uint_eq(m, IN6_ADDR_GEN_MODE_NONE);
	ck_assert_int_eq(rtnl_link_inet6_get_conf(l, DEVCONF_HOPLIMIT, &v), 0);
	ck_assert_uint_eq(v, 101);
	ck_assert_int_eq(rtnl_link_inet6_get_conf(l, 51, &v), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &tok), 0);
	ck_assert_str_eq(nl_addr2str(tok, buf, sizeof(buf)), "::42/64");
	nl_addr_put(tok);
	ck_assert_uint_eq(rtnl_link_get_stat(l, RTNL_LINK_IP6_INPKTS), 1001);
	ck_assert_uint_eq(rtnl_link_get_stat(l, RTNL_LINK_IP6_OUTPKTS),
			  1000 + IPSTATS_MIB_OUTPKTS);
	ck_assert_uint_eq(rtnl_link_get_stat(l, RTNL_LINK_IP6_CEPKTS),
			  1000 + IPSTATS_MIB_CEPKTS);
	ck_assert_uint_eq(rtnl_link_get_stat(l, RTNL_LINK_ICMP6_OUTERRORS), 54);

	d = dump_str(l, NL_DUMP_STATS);
	assert_text(d,
		"ifb0 ether \n"
		"    mtu 1500 txqlen 0 weight 0 index 6 \n"
		"    mode default carrier down\n"
		"    ipv4 devconf:\n"
		"      forwarding            0  mc_forwarding         1  proxy_arp             2\n"
		"      accept_redirects      3  secure_redirects      4  send_redirects        5\n"
		"      shared_media          6  rp_filter             7  accept_source_route   8\n"
		"      bootp_relay           9  log_martians         10  tag                  11\n"
		"      arpfilter            12  medium_id            13  noxfrm               14\n"
		"      nopolicy             15  force_igmp_version   16  arp_announce         17\n"
		"      arp_ignore           18  promote_secondaries  19  arp_accept           20\n"
		"      arp_notify           21  accept_local         22  src_vmark            23\n"
		"      proxy_arp_pvlan      24  route_localnet       25  igmpv2_unsolicited_report_interval  26\n"
		"      igmpv3_unsolicited_report_interval  27  0x1d                 28  0x1e                 29\n"
		"      0x1f                 30  0x20                 31  \n"
		"    ipv6 max-reasm-len 64KiB <ready>\n"
		"      create-stamp 123.45s reachable-time 15s 36msec retrans-time 1s\n"
		"      token ::42\n"
		"      link-local address mode none\n"
		"      devconf:\n"
		"      forwarding          100  hoplimit            101  mtu6                102\n"
		"      accept_ra           103  accept_redirects    104  autoconf            105\n"
		"      dad_transmits       106  rtr_solicits        107  rtr_solicit_interval 4s\n"
		"      rtr_solicit_dela109msec  use_tempaddr        110  temp_valid_lft       7d\n"
		"      temp_prefered_lft1m 52s  regen_max_retry     113  max_desync_factor   114\n"
		"      max_addresses       115  force_mld_version   116  accept_ra_defrtr    117\n"
		"      accept_ra_pinfo     118  accept_ra_rtr_pref  119  rtr_probe_interv120msec\n"
		"      accept_ra_rt_info   121  proxy_ndp           122  optimistic_dad      123\n"
		"      accept_source_route 124  mc_forwarding       125  disable_ipv6        126\n"
		"      accept_dad          127  force_tllao         128  0x1d                129\n"
		"      0x1e                130  0x1f                131  0x20                132\n"
		"      0x21                133  0x22                134  0x23                135\n"
		"      0x24                136  0x25                137  0x26                138\n"
		"      0x27                139  0x28                140  0x29                141\n"
		"      0x2a                142  0x2b                143  0x2c                144\n"
		"      0x2d                145  0x2e                146  0x2f                147\n"
		"      0x30                148  0x31                149  0x32                150\n"
		"          Stats:    bytes    packets     errors    dropped   fifo-err compressed\n"
		"     RX      0.00 B          0          0          0          0          0\n"
		"     TX      0.00 B          0          0          0          0          0\n"
		"    Errors:  length       over        crc      frame     missed  multicast\n"
		"     RX           0          0          0          0          0          0\n"
		"            aborted    carrier  heartbeat     window  collision\n"
		"     TX           0          0          0          0          0\n"
		"    IPv6:       InPkts           InOctets         InDiscards         InDelivers\n"
		"                  1001         868.00   B               1013               1003\n"
		"               OutPkts          OutOctets        OutDiscards        OutForwards\n"
		"                  1005                0 B               1014               1004\n"
		"           InMcastPkts      InMcastOctets        InBcastPkts     InBcastOctests\n"
		"                  1023           1.00 KiB               1025           1.00 KiB\n"
		"          OutMcastPkts     OutMcastOctets       OutBcastPkts    OutBcastOctests\n"
		"                  1024           1.00 KiB               1026           1.01 KiB\n"
		"              ReasmOKs         ReasmFails         ReasmReqds       ReasmTimeout\n"
		"                  1018               1019               1017               1016\n"
		"               FragOKs          FragFails        FragCreates\n"
		"                  1020               1021               1022\n"
		"           InHdrErrors      InTooBigErrors        InNoRoutes       InAddrErrors\n"
		"                  1007               1008               1009               1010\n"
		"       InUnknownProtos     InTruncatedPkts       OutNoRoutes       InCsumErrors\n"
		"                  1011               1012               1015               1031\n"
		"           InNoECTPkts          InECT1Pkts        InECT0Pkts           InCEPkts\n"
		"                  1032               1033               1034               1035\n"
		"    ICMPv6:     InMsgs           InErrors            OutMsgs          OutErrors       InCsumErrors\n"
		"                    51                 52                 53                 54                 55\n");

	/* a clone holds equal, separate data */
	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)l);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)l,
					     (struct nl_object *)c), 1);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	ck_assert_int_eq(rtnl_link_inet_set_conf(c, IPV4_DEVCONF_RP_FILTER, 99), 0);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_RP_FILTER, &v), 0);
	ck_assert_uint_eq(v, IPV4_DEVCONF_RP_FILTER - 1);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	rtnl_link_put(c);
	rtnl_link_put(l);
}
END_TEST

START_TEST(inet6_request)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct nl_addr *a, *v4, *got;
	struct nlattr *tb[IFLA_MAX + 1], *f, *t;
	struct nl_msg *msg;
	char buf[64];

	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &got), -NLE_NOATTR);
	ck_assert_int_eq(nl_addr_parse("::1:0:0:2", AF_INET6, &a), 0);
	ck_assert_int_eq(nl_addr_parse("10.0.0.1", AF_INET, &v4), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_token(l, v4), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_inet6_set_token(l, a), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(l, 1), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_flags(l, 0x10), 0);
	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &got), 0);
	ck_assert_str_eq(nl_addr2str(got, buf, sizeof(buf)), "::1:0:0:2/64");
	nl_addr_put(got);
	rtnl_link_set_ifindex(l, 3);

	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg),
				     tb, IFLA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_AF_SPEC]);
	f = nla_find(nla_data(tb[IFLA_AF_SPEC]), nla_len(tb[IFLA_AF_SPEC]),
		     AF_INET6);
	ck_assert_ptr_nonnull(f);
	/* as upstream, requests do not carry the token */
	ck_assert_ptr_null(nla_find(nla_data(f), nla_len(f), IFLA_INET6_TOKEN));
	t = nla_find(nla_data(f), nla_len(f), IFLA_INET6_ADDR_GEN_MODE);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(nla_get_u8(t), 1);
	/* the kernel does not take flags */
	ck_assert_ptr_null(nla_find(nla_data(f), nla_len(f), IFLA_INET6_FLAGS));
	nlmsg_free(msg);
	nl_addr_put(a);
	nl_addr_put(v4);
	rtnl_link_put(l);
}
END_TEST

START_TEST(bridge_names)
{
	char buf[256];
	uint64_t all = 0x3ffff;

	ck_assert_str_eq(rtnl_link_bridge_flags2str(0x30, buf, sizeof(buf)),
			 "flood,learning");
	ck_assert_str_eq(rtnl_link_bridge_flags2str((int)all, buf, sizeof(buf)),
			 "hairpin_mode,bpdu_guard,root_block,fast_leave,flood,"
			 "learning,learning_sync,proxy_arp,proxy_arp_wifi,"
			 "mcast_flood,mcast_to_unicast,vlan_tunnel,bcast_flood,"
			 "neigh_suppress,isolated,locked,mab,neigh_vlan_suppress");
	ck_assert_int_eq(rtnl_link_bridge_str2flags("flood,learning,hairpin_mode"),
			 0x31);
	ck_assert_str_eq(rtnl_link_bridge_portstate2str(3, buf, sizeof(buf)),
			 "forwarding");
	ck_assert_str_eq(rtnl_link_bridge_portstate2str(5, buf, sizeof(buf)),
			 "0x5");
	ck_assert_int_eq(rtnl_link_bridge_str2portstate("blocking"), 4);
	ck_assert_int_eq(rtnl_link_bridge_str2portstate("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_link_bridge_hwmode2str(1, buf, sizeof(buf)), "vepa");
	ck_assert_str_eq(rtnl_link_bridge_hwmode2str(2, buf, sizeof(buf)), "0x2");
	ck_assert_uint_eq(rtnl_link_bridge_str2hwmode("veb"), 0);
	ck_assert_uint_eq(rtnl_link_bridge_str2hwmode("x"),
			  (uint16_t)-NLE_OBJ_NOTFOUND);
}
END_TEST

/* A bridge port as the kernel reports it in the AF_BRIDGE family. */
static struct nl_msg *bridge_port_msg(void)
{
	struct nl_msg *msg = newlink(AF_BRIDGE, 2, "veth1");
	struct nlattr *pi, *spec, *mst, *e;
	struct bridge_vlan_info vi;

	nla_put_u32(msg, IFLA_MASTER, 4);
	nla_put_u32(msg, IFLA_MTU, 1500);
	pi = nla_nest_start(msg, IFLA_PROTINFO | NLA_F_NESTED);
	nla_put_u8(msg, IFLA_BRPORT_STATE, 3);
	nla_put_u16(msg, IFLA_BRPORT_PRIORITY, 32);
	nla_put_u32(msg, IFLA_BRPORT_COST, 2);
	nla_put_u8(msg, IFLA_BRPORT_MODE, 0);
	nla_put_u8(msg, IFLA_BRPORT_UNICAST_FLOOD, 1);
	nla_put_u8(msg, IFLA_BRPORT_LEARNING, 1);
	nla_put_u8(msg, IFLA_BRPORT_MCAST_FLOOD, 1);
	nla_put_u8(msg, IFLA_BRPORT_BCAST_FLOOD, 1);
	nla_nest_end(msg, pi);
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	nla_put_u16(msg, IFLA_BRIDGE_MODE, BRIDGE_MODE_VEPA);
	vi.flags = BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED;
	vi.vid = 1;
	nla_put(msg, IFLA_BRIDGE_VLAN_INFO, sizeof(vi), &vi);
	vi.flags = BRIDGE_VLAN_INFO_RANGE_BEGIN;
	vi.vid = 10;
	nla_put(msg, IFLA_BRIDGE_VLAN_INFO, sizeof(vi), &vi);
	vi.flags = BRIDGE_VLAN_INFO_RANGE_END;
	vi.vid = 12;
	nla_put(msg, IFLA_BRIDGE_VLAN_INFO, sizeof(vi), &vi);
	mst = nla_nest_start(msg, IFLA_BRIDGE_MST);
	e = nla_nest_start(msg, IFLA_BRIDGE_MST_ENTRY);
	nla_put_u16(msg, IFLA_BRIDGE_MST_ENTRY_MSTI, 7);
	nla_put_u8(msg, IFLA_BRIDGE_MST_ENTRY_STATE, 2);
	nla_nest_end(msg, e);
	nla_nest_end(msg, mst);
	nla_nest_end(msg, spec);
	return msg;
}

static void mst_cb(uint16_t msti, uint8_t state, void *arg)
{
	int *sum = arg;

	*sum += msti * 10 + state;
}

START_TEST(bridge_port_parse)
{
	struct nl_msg *msg = bridge_port_msg();
	struct rtnl_link *l = parse(msg), *c;
	struct rtnl_link_bridge_vlan *v;
	uint32_t cost = 0;
	uint16_t hw = 9;
	int sum = 0;

	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_link_is_bridge(l), 1);
	ck_assert_int_eq(rtnl_link_bridge_has_ext_info(l), 1);
	ck_assert_int_eq(rtnl_link_bridge_get_port_state(l), 3);
	ck_assert_int_eq(rtnl_link_bridge_get_priority(l), 32);
	ck_assert_int_eq(rtnl_link_bridge_get_cost(l, &cost), 0);
	ck_assert_uint_eq(cost, 2);
	ck_assert_int_eq(rtnl_link_bridge_get_flags(l),
			 RTNL_BRIDGE_UNICAST_FLOOD | RTNL_BRIDGE_LEARNING |
				 RTNL_BRIDGE_MCAST_FLOOD |
				 RTNL_BRIDGE_BCAST_FLOOD);
	ck_assert_int_eq(rtnl_link_bridge_get_hwmode(l, &hw), 0);
	ck_assert_uint_eq(hw, RTNL_BRIDGE_HWMODE_VEPA);
	ck_assert_int_eq(rtnl_link_bridge_has_vlan(l), 1);
	ck_assert_int_eq(rtnl_link_bridge_pvid(l), 1);
	v = rtnl_link_bridge_get_port_vlan(l);
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(v->vlan_bitmap[0], (1U << 1) | (7U << 10));
	ck_assert_uint_eq(v->untagged_bitmap[0], 1U << 1);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(l, 7), 2);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(l, 8),
			 -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_link_bridge_foreach_mst_entry(l, mst_cb, &sum), 0);
	ck_assert_int_eq(sum, 72);

	/* the dump names only the flags Debian's 3.7 knows */
	assert_text(dump_str(l, NL_DUMP_DETAILS),
		"bridge veth1 ether master 4 \n"
		"    mtu 1500 txqlen 0 weight 0 index 2 \n"
		"    mode default carrier down\n"
		"    bridge: port-state 3 prio 32 cost 2 hwmode vepa flood,learning\n"
		"      pvid 1 vlans 1,10-12 untagged 1\n");

	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)l);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	ck_assert_int_eq(rtnl_link_bridge_del_mst_port_state(c, 7), 0);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(l, 7), 2);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	ck_assert_int_eq(rtnl_link_bridge_clear_mst_port_state_info(l), 0);
	ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(l, 7),
			 -NLE_OBJ_NOTFOUND);
	rtnl_link_put(c);
	rtnl_link_put(l);
}
END_TEST

START_TEST(bridge_port_request)
{
	struct rtnl_link *orig = rtnl_link_alloc(), *ch = rtnl_link_alloc();
	struct nlattr *tb[IFLA_MAX + 1], *pt[IFLA_BRPORT_MAX + 1], *a;
	struct nl_msg *msg;
	struct bridge_vlan_info vi[8];
	struct ifinfomsg *ifi;
	int rem, n = 0;

	rtnl_link_set_name(ch, "p0");
	/* not a bridge link yet */
	ck_assert_int_eq(rtnl_link_bridge_set_cost(ch, 1), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_is_bridge(ch), 0);
	rtnl_link_set_family(ch, AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_is_bridge(ch), 1);
	ck_assert_int_eq(rtnl_link_bridge_has_ext_info(ch), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_port_state(ch, 5), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_port_state(ch, BR_STATE_BLOCKING), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_cost(ch, 77), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_priority(ch, 9), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_flags(ch, RTNL_BRIDGE_HAIRPIN_MODE), 0);
	ck_assert_int_eq(rtnl_link_bridge_unset_flags(ch, RTNL_BRIDGE_LEARNING), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_hwmode(ch, 5), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_self(ch), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_port_vlan_map_range(ch, 0, 3, 0),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_port_vlan_map_range(ch, 20, 23, 1), 0);
	ck_assert_int_eq(rtnl_link_bridge_unset_port_vlan_map_range(ch, 22, 22), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_port_vlan_pvid(ch, 5), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_mst_port_state(ch, 3, 9), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_mst_port_state(ch, 3, 1), 0);

	rtnl_link_set_ifindex(orig, 2);
	rtnl_link_set_family(orig, AF_BRIDGE);
	ck_assert_int_eq(rtnl_link_build_change_request(orig, ch, 0, &msg), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_SETLINK);
	ifi = nlmsg_data(nlmsg_hdr(msg));
	ck_assert_uint_eq(ifi->ifi_family, AF_BRIDGE);
	ck_assert_int_eq(ifi->ifi_index, 2);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(*ifi), tb, IFLA_MAX,
				     NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_PROTINFO]);
	ck_assert(tb[IFLA_PROTINFO]->nla_type & NLA_F_NESTED);
	ck_assert_int_eq(nla_parse_nested(pt, IFLA_BRPORT_MAX, tb[IFLA_PROTINFO],
					  NULL), 0);
	ck_assert_uint_eq(nla_get_u8(pt[IFLA_BRPORT_STATE]), BR_STATE_BLOCKING);
	ck_assert_uint_eq(nla_get_u32(pt[IFLA_BRPORT_COST]), 77);
	ck_assert_uint_eq(nla_get_u16(pt[IFLA_BRPORT_PRIORITY]), 9);
	ck_assert_uint_eq(nla_get_u8(pt[IFLA_BRPORT_MODE]), 1);
	ck_assert_uint_eq(nla_get_u8(pt[IFLA_BRPORT_LEARNING]), 0);
	ck_assert_ptr_null(pt[IFLA_BRPORT_GUARD]);

	ck_assert_ptr_nonnull(tb[IFLA_AF_SPEC]);
	nla_for_each_nested(a, tb[IFLA_AF_SPEC], rem) {
		if (nla_type(a) == IFLA_BRIDGE_FLAGS)
			ck_assert_uint_eq(nla_get_u16(a), BRIDGE_FLAGS_SELF);
		else if (nla_type(a) == IFLA_BRIDGE_VLAN_INFO) {
			ck_assert_int_lt(n, 8);
			memcpy(&vi[n++], nla_data(a), sizeof(vi[0]));
		} else
			ck_assert_int_eq(nla_type(a), IFLA_BRIDGE_MST);
	}
	/* pvid 5, then 20-21 as a range and 23 alone, all untagged */
	ck_assert_int_eq(n, 4);
	ck_assert_uint_eq(vi[0].vid, 5);
	ck_assert_uint_eq(vi[0].flags, BRIDGE_VLAN_INFO_PVID | BRIDGE_VLAN_INFO_UNTAGGED);
	ck_assert_uint_eq(vi[1].vid, 20);
	ck_assert_uint_eq(vi[1].flags, BRIDGE_VLAN_INFO_UNTAGGED |
					       BRIDGE_VLAN_INFO_RANGE_BEGIN);
	ck_assert_uint_eq(vi[2].vid, 21);
	ck_assert_uint_eq(vi[2].flags, BRIDGE_VLAN_INFO_UNTAGGED |
					       BRIDGE_VLAN_INFO_RANGE_END);
	ck_assert_uint_eq(vi[3].vid, 23);
	ck_assert_uint_eq(vi[3].flags, BRIDGE_VLAN_INFO_UNTAGGED);

	/* the request parses back into the same port data */
	{
		struct rtnl_link *back;

		nlmsg_hdr(msg)->nlmsg_type = RTM_NEWLINK;
		back = parse(msg);
		ck_assert_int_eq(rtnl_link_bridge_get_port_state(back), 4);
		ck_assert_int_eq(rtnl_link_bridge_pvid(back), 5);
		ck_assert_int_eq(rtnl_link_bridge_get_mst_port_state(back, 3), 1);
		ck_assert_int_eq(rtnl_link_bridge_get_flags(back),
				 RTNL_BRIDGE_HAIRPIN_MODE);
		rtnl_link_put(back);
	}
	nlmsg_free(msg);

	/* without port data a change of a bridge link stays RTM_NEWLINK */
	rtnl_link_put(ch);
	ch = rtnl_link_alloc();
	rtnl_link_set_mtu(ch, 1400);
	ck_assert_int_eq(rtnl_link_build_change_request(orig, ch, 0, &msg), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_NEWLINK);
	nlmsg_free(msg);
	rtnl_link_put(ch);
	rtnl_link_put(orig);
}
END_TEST

START_TEST(bridge_kind)
{
	struct rtnl_link *l = rtnl_link_bridge_alloc(), *other = rtnl_link_alloc();
	struct nlattr *tb[IFLA_MAX + 1], *li[IFLA_INFO_MAX + 1];
	struct nlattr *bt[IFLA_BR_MAX + 1];
	struct nl_msg *msg;
	struct rtnl_link *back;
	uint32_t u32;
	uint16_t u16;
	uint8_t u8;

	ck_assert_ptr_nonnull(l);
	ck_assert_str_eq(rtnl_link_get_type(l), "bridge");
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(l, &u32), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(other, &u32),
			 -NLE_OPNOTSUPP);
	rtnl_link_bridge_set_ageing_time(other, 5);
	ck_assert_int_eq(rtnl_link_bridge_enable_vlan(other), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(other, 0, 1), -NLE_OPNOTSUPP);

	rtnl_link_set_name(l, "br9");
	rtnl_link_bridge_set_ageing_time(l, 30000);
	ck_assert_int_eq(rtnl_link_bridge_enable_vlan(l), 0);
	rtnl_link_bridge_set_vlan_protocol(l, 0x88a8);
	rtnl_link_bridge_set_vlan_default_pvid(l, 3);
	rtnl_link_bridge_set_vlan_stats_enabled(l, 1);
	rtnl_link_bridge_set_nf_call_iptables(l, 1);
	rtnl_link_bridge_set_nf_call_ip6tables(l, 0);
	rtnl_link_bridge_set_nf_call_arptables(l, 1);
	rtnl_link_bridge_set_stp_state(l, 1);
	rtnl_link_bridge_set_mcast_router(l, 2);
	rtnl_link_bridge_set_mcast_snooping(l, 0);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(l, 40, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(l, 1), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_bridge_set_boolopt(l, 1, 1), 0);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(l, 1), 1);

	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg),
				     tb, IFLA_MAX, NULL), 0);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_str_eq(nla_data(li[IFLA_INFO_KIND]), "bridge");
	ck_assert_int_eq(nla_parse_nested(bt, IFLA_BR_MAX, li[IFLA_INFO_DATA],
					  NULL), 0);
	ck_assert_uint_eq(nla_get_u32(bt[IFLA_BR_AGEING_TIME]), 30000);
	ck_assert_uint_eq(nla_get_u8(bt[IFLA_BR_VLAN_FILTERING]), 1);
	/* the protocol travels in network byte order */
	ck_assert_uint_eq(nla_get_u16(bt[IFLA_BR_VLAN_PROTOCOL]), htons(0x88a8));
	ck_assert_uint_eq(nla_get_u16(bt[IFLA_BR_VLAN_DEFAULT_PVID]), 3);
	ck_assert_uint_eq(nla_get_u8(bt[IFLA_BR_NF_CALL_IP6TABLES]), 0);
	ck_assert_uint_eq(nla_get_u8(bt[IFLA_BR_MCAST_ROUTER]), 2);
	ck_assert_uint_eq(nla_get_u32(bt[IFLA_BR_STP_STATE]), 1);
	ck_assert_int_eq(nla_len(bt[IFLA_BR_MULTI_BOOLOPT]), 8);
	ck_assert_ptr_null(bt[IFLA_BR_HELLO_TIME]);

	back = parse(msg);
	ck_assert_int_eq(rtnl_link_bridge_get_vlan_protocol(back, &u16), 0);
	ck_assert_uint_eq(u16, 0x88a8);
	ck_assert_int_eq(rtnl_link_bridge_get_vlan_default_pvid(back, &u16), 0);
	ck_assert_uint_eq(u16, 3);
	ck_assert_int_eq(rtnl_link_bridge_get_nf_call_arptables(back, &u8), 0);
	ck_assert_uint_eq(u8, 1);
	ck_assert_int_eq(rtnl_link_bridge_get_mcast_snooping(back, &u8), 0);
	ck_assert_uint_eq(u8, 0);
	ck_assert_int_eq(rtnl_link_bridge_get_vlan_stats_enabled(back, &u8), 0);
	ck_assert_uint_eq(u8, 1);
	ck_assert_int_eq(rtnl_link_bridge_get_nf_call_iptables(back, &u8), 0);
	ck_assert_uint_eq(u8, 1);
	ck_assert_int_eq(rtnl_link_bridge_get_nf_call_ip6tables(back, &u8), 0);
	ck_assert_uint_eq(u8, 0);
	ck_assert_int_eq(rtnl_link_bridge_get_mcast_router(back, &u8), 0);
	ck_assert_uint_eq(u8, 2);
	ck_assert_int_eq(rtnl_link_bridge_get_stp_state(back, &u32), 0);
	ck_assert_uint_eq(u32, 1);
	ck_assert_int_eq(rtnl_link_bridge_get_vlan_filtering(back, &u8), 0);
	ck_assert_uint_eq(u8, 1);
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(back, &u32), 0);
	ck_assert_uint_eq(u32, 30000);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(back, 1), 1);
	ck_assert_int_eq(rtnl_link_bridge_get_boolopt(back, 0), -NLE_NOATTR);
	/* a bridge master is shown in the bridge family, with port data */
	ck_assert_int_eq(rtnl_link_get_family(back), AF_BRIDGE);
	ck_assert_int_eq(nl_object_identical((struct nl_object *)back,
					     (struct nl_object *)back), 1);
	rtnl_link_put(back);
	nlmsg_free(msg);
	rtnl_link_put(l);
	rtnl_link_put(other);
}
END_TEST

/* Truncated and malformed family data: errors, never a crash. */
/* Links and their family data come from pools of freed blocks: nothing a
 * freed link held shows through in the links allocated after it. */
START_TEST(pool_reuse_fresh)
{
	struct rtnl_link *l[64];
	uint32_t v, cost;
	uint8_t mode;
	int i, round;

	for (round = 0; round < 3; round++) {
		for (i = 0; i < 64; i++) {
			l[i] = rtnl_link_alloc();
			ck_assert_ptr_nonnull(l[i]);
			ck_assert_uint_eq(rtnl_link_get_mtu(l[i]), 0);
			ck_assert_ptr_null(rtnl_link_get_name(l[i]));
			ck_assert_int_eq(rtnl_link_get_family(l[i]), AF_UNSPEC);
			ck_assert_int_eq(rtnl_link_inet_get_conf(
						 l[i], IPV4_DEVCONF_FORWARDING, &v),
					 -NLE_NOATTR);
			ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(
						 l[i], &mode),
					 -NLE_NOATTR);

			/* new family data: none of the old values set */
			ck_assert_int_eq(rtnl_link_inet_set_conf(
						 l[i], IPV4_DEVCONF_FORWARDING, 1),
					 0);
			ck_assert_int_eq(rtnl_link_inet_get_conf(
						 l[i], IPV4_DEVCONF_RP_FILTER, &v),
					 -NLE_INVAL);
			ck_assert_int_eq(rtnl_link_inet_set_conf(
						 l[i], IPV4_DEVCONF_RP_FILTER,
						 (uint32_t)(100 + i)),
					 0);
			ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(l[i],
									   2),
					 0);
			rtnl_link_set_family(l[i], AF_BRIDGE);
			ck_assert_int_eq(rtnl_link_bridge_get_cost(l[i], &cost),
					 0);
			ck_assert_uint_eq(cost, 0);
			ck_assert_int_eq(rtnl_link_bridge_set_cost(l[i], 77), 0);
			rtnl_link_set_mtu(l[i], 1400 + (unsigned int)i);
			rtnl_link_set_name(l[i], "pooled");
		}
		for (i = 0; i < 64; i++) {
			ck_assert_int_eq(rtnl_link_inet_get_conf(
						 l[i], IPV4_DEVCONF_RP_FILTER, &v),
					 0);
			ck_assert_uint_eq(v, 100 + (unsigned int)i);
			ck_assert_uint_eq(rtnl_link_get_mtu(l[i]),
					  1400 + (unsigned int)i);
			rtnl_link_put(l[i]);
		}
	}
}
END_TEST

/* Threads allocating and freeing links and family data at once (the
 * pools' locks; run under TSan). */
static void *pool_worker(void *arg)
{
	unsigned int seed = (unsigned int)(uintptr_t)arg, bad = 0, i;

	for (i = 0; i < 3000; i++) {
		struct rtnl_link *link = rtnl_link_alloc();
		uint32_t v = 0, want = seed * 100000 + i;

		if (!link || rtnl_link_inet_get_conf(link, IPV4_DEVCONF_FORWARDING,
						     &v) != -NLE_NOATTR ||
		    rtnl_link_inet_set_conf(link, IPV4_DEVCONF_FORWARDING,
					    want) < 0 ||
		    rtnl_link_inet_get_conf(link, IPV4_DEVCONF_FORWARDING,
					    &v) < 0 ||
		    v != want)
			bad++;
		rtnl_link_put(link);
	}
	return (void *)(uintptr_t)bad;
}

START_TEST(pool_threads)
{
	pthread_t t[4];
	void *bad;
	int i;

	for (i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, pool_worker,
						(void *)(uintptr_t)(i + 1)),
				 0);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(t[i], &bad), 0);
		ck_assert_ptr_null(bad);
	}
}
END_TEST

START_TEST(bad_input)
{
	struct nl_msg *msg;
	struct nlattr *spec, *f, *pi;
	struct nl_object *obj = NULL;
	uint8_t junk[3] = { 1, 2, 3 };
	struct rtnl_link *l;
	uint32_t v;

	/* short arrays are taken as far as they go */
	msg = newlink(AF_UNSPEC, 1, "x");
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	f = nla_nest_start(msg, AF_INET);
	nla_put(msg, IFLA_INET_CONF, sizeof(junk), junk);
	nla_nest_end(msg, f);
	f = nla_nest_start(msg, AF_INET6);
	nla_put(msg, IFLA_INET6_CONF, sizeof(junk), junk);
	nla_put(msg, IFLA_INET6_STATS, sizeof(junk), junk);
	nla_nest_end(msg, f);
	nla_nest_end(msg, spec);
	l = parse(msg);
	/* IPv4 data without that value */
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 1, &v), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_inet6_get_conf(l, 0, &v), -NLE_RANGE);
	rtnl_link_put(l);
	nlmsg_free(msg);

	/* a short cache info is refused */
	msg = newlink(AF_UNSPEC, 1, "x");
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	f = nla_nest_start(msg, AF_INET6);
	nla_put(msg, IFLA_INET6_CACHEINFO, sizeof(junk), junk);
	nla_nest_end(msg, f);
	nla_nest_end(msg, spec);
	ck_assert_int_lt(nl_msg_parse(msg, parse_cb, &obj), 0);
	ck_assert_ptr_null(obj);
	nlmsg_free(msg);

	/* bridge: a short VLAN entry and a short priority */
	msg = newlink(AF_BRIDGE, 1, "x");
	pi = nla_nest_start(msg, IFLA_PROTINFO | NLA_F_NESTED);
	nla_put_u8(msg, IFLA_BRPORT_PRIORITY, 1);
	nla_nest_end(msg, pi);
	l = parse(msg);
	ck_assert_int_eq(rtnl_link_bridge_get_priority(l), 0);
	rtnl_link_put(l);
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	nla_put(msg, IFLA_BRIDGE_VLAN_INFO, sizeof(junk), junk);
	nla_nest_end(msg, spec);
	ck_assert_int_lt(nl_msg_parse(msg, parse_cb, &obj), 0);
	ck_assert_ptr_null(obj);
	nlmsg_free(msg);
}
END_TEST

/* Parse msg expecting the error err and no object. */
static void parse_fails(struct nl_msg *msg, int err)
{
	struct nl_object *obj = NULL;

	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &obj), err);
	ck_assert_ptr_null(obj);
	nlmsg_free(msg);
}

/* A link message whose IFLA_LINKINFO holds kind (klen bytes) and, when
 * data is not NULL, IFLA_INFO_DATA with data (dlen bytes). */
static struct nl_msg *kind_msg(const char *kind, int klen, const void *data,
			       int dlen)
{
	struct nl_msg *msg = newlink(AF_UNSPEC, 1, "x");
	struct nlattr *li = nla_nest_start(msg, IFLA_LINKINFO);

	nla_put(msg, IFLA_INFO_KIND, klen, kind);
	if (data)
		nla_put(msg, IFLA_INFO_DATA, dlen, data);
	nla_nest_end(msg, li);
	return msg;
}

START_TEST(nested_errors)
{
	struct nl_msg *msg;
	struct nlattr *spec, *f, *li, *d;
	struct rtnl_link *l;
	uint8_t junk[3] = { 1, 2, 3 };
	uint32_t u32;
	uint8_t u8;

	/* IPv6 flags and address generation mode shorter than their type */
	msg = newlink(AF_UNSPEC, 1, "x");
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	f = nla_nest_start(msg, AF_INET6);
	nla_put(msg, IFLA_INET6_FLAGS, sizeof(junk), junk);
	nla_nest_end(msg, f);
	nla_nest_end(msg, spec);
	parse_fails(msg, -NLE_RANGE);

	msg = newlink(AF_UNSPEC, 1, "x");
	spec = nla_nest_start(msg, IFLA_AF_SPEC);
	f = nla_nest_start(msg, AF_INET6);
	nla_put(msg, IFLA_INET6_ADDR_GEN_MODE, 0, NULL);
	nla_nest_end(msg, f);
	nla_nest_end(msg, spec);
	parse_fails(msg, -NLE_RANGE);

	/* a kind without its NUL, an empty kind, a slave kind without NUL */
	parse_fails(kind_msg("bridge", 6, NULL, 0), -NLE_INVAL);
	parse_fails(kind_msg("", 0, NULL, 0), -NLE_RANGE);
	msg = newlink(AF_UNSPEC, 1, "x");
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put(msg, IFLA_INFO_SLAVE_KIND, 4, "bond");
	nla_nest_end(msg, li);
	parse_fails(msg, -NLE_INVAL);

	/* bridge data: a short ageing time is refused */
	msg = newlink(AF_UNSPEC, 1, "x");
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put_string(msg, IFLA_INFO_KIND, "bridge");
	d = nla_nest_start(msg, IFLA_INFO_DATA);
	nla_put(msg, IFLA_BR_AGEING_TIME, 2, junk);
	nla_nest_end(msg, d);
	nla_nest_end(msg, li);
	parse_fails(msg, -NLE_RANGE);

	/* the last of a repeated attribute counts, even after a short one;
	 * ids the kind does not know are passed over */
	msg = newlink(AF_UNSPEC, 1, "x");
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put_string(msg, IFLA_INFO_KIND, "bridge");
	d = nla_nest_start(msg, IFLA_INFO_DATA);
	nla_put(msg, IFLA_BR_AGEING_TIME, 2, junk);
	nla_put_u32(msg, IFLA_BR_HELLO_TIME, 7);
	nla_put_u32(msg, 0x3ff, 9);
	nla_put_u32(msg, IFLA_BR_AGEING_TIME, 1500);
	nla_put_u8(msg, IFLA_BR_VLAN_FILTERING, 1);
	nla_put_u8(msg, IFLA_BR_VLAN_FILTERING, 0);
	nla_nest_end(msg, d);
	nla_nest_end(msg, li);
	l = parse(msg);
	ck_assert_int_eq(rtnl_link_bridge_get_ageing_time(l, &u32), 0);
	ck_assert_uint_eq(u32, 1500);
	ck_assert_int_eq(rtnl_link_bridge_get_stp_state(l, &u32), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_bridge_get_vlan_filtering(l, &u8), 0);
	ck_assert_uint_eq(u8, 0);
	rtnl_link_put(l);
	nlmsg_free(msg);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("linkcore-af");
	TCase *tc = tcase_create("af");

	tcase_add_test(tc, inet_names);
	tcase_add_test(tc, inet_conf_request);
	tcase_add_test(tc, inet6_parse_dump);
	tcase_add_test(tc, inet6_request);
	tcase_add_test(tc, bridge_names);
	tcase_add_test(tc, bridge_port_parse);
	tcase_add_test(tc, bridge_port_request);
	tcase_add_test(tc, nested_errors);
	tcase_add_test(tc, bridge_kind);
	tcase_add_test(tc, bad_input);
	tcase_add_test(tc, pool_reuse_fresh);
	tcase_add_test(tc, pool_threads);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
