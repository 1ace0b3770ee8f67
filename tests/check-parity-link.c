/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Links as upstream's libnl builds and reads them.  The expected requests
 * are the bytes Debian's libnl 3.7 builds for the same calls: attribute
 * order, family header, netlink flags, veth peers, rtnl_link_fill_info(),
 * change requests, per-family data, bridge ports and SR-IOV.  Then the
 * codes of absent values and the rules of parsing.
 */

#include <errno.h>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/if_bridge.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/inet.h>
#include <netlink/route/link/inet6.h>
#include <netlink/route/link/sriov.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/link/vxlan.h>
#include <netlink/route/link/geneve.h>
#include <netlink/route/link/can.h>
#include <netlink/route/link/macsec.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/ipvlan.h>
#include <netlink/route/link/vrf.h>
#include <netlink/route/link/ip6tnl.h>
#include <linux/can/netlink.h>
#include <linux/if_macsec.h>
#include <arpa/inet.h>

#include "nltest.h"
#include "parity.h"

static struct nl_addr *mac(const char *s)
{
	struct nl_addr *a;

	ck_assert_int_eq(nl_addr_parse(s, AF_LLC, &a), 0);
	return a;
}

/* A link with every attribute a request can carry. */
static struct rtnl_link *full_link(void)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct nl_addr *a = mac("00:11:22:33:44:55");
	struct nl_addr *b = mac("ff:ff:ff:ff:ff:ff");

	rtnl_link_set_name(l, "x0");
	rtnl_link_set_mtu(l, 1400);
	rtnl_link_set_flags(l, IFF_UP);
	rtnl_link_set_ifindex(l, 77);
	rtnl_link_set_txqlen(l, 10);
	rtnl_link_set_group(l, 3);
	rtnl_link_set_ifalias(l, "al");
	rtnl_link_set_addr(l, a);
	rtnl_link_set_broadcast(l, b);
	rtnl_link_set_link(l, 4);
	rtnl_link_set_master(l, 5);
	/* deprecated, still sent */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
	rtnl_link_set_weight(l, 6);
#pragma GCC diagnostic pop
	rtnl_link_set_qdisc(l, "noq");
	rtnl_link_set_operstate(l, 6);
	rtnl_link_set_linkmode(l, 1);
	rtnl_link_set_num_tx_queues(l, 2);
	rtnl_link_set_num_rx_queues(l, 3);
	rtnl_link_set_carrier(l, 1);
	rtnl_link_set_ns_fd(l, 9);
	rtnl_link_set_ns_pid(l, 10);
	rtnl_link_set_arptype(l, 1);
	rtnl_link_set_family(l, AF_UNSPEC);
	rtnl_link_set_promiscuity(l, 1);
	rtnl_link_set_link_netnsid(l, 11);
	ck_assert_int_eq(rtnl_link_set_type(l, "dummy"), 0);
	nl_addr_put(a);
	nl_addr_put(b);
	return l;
}

/* Attribute order, no NLM_F_CREATE unless asked, no link layer type, no
 * qdisc name; the kind after the group. */
START_TEST(add_request)
{
	struct rtnl_link *l = full_link();
	struct nl_msg *m;

	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"c8 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 4d 00 00 00 01 00 00 00 01 00 00 00"
		"0a 00 01 00 00 11 22 33 44 55 00 00 0a 00 02 00"
		"ff ff ff ff ff ff 00 00 08 00 04 00 78 05 00 00"
		"08 00 0d 00 0a 00 00 00 08 00 0f 00 06 00 00 00"
		"07 00 03 00 78 30 00 00 05 00 10 00 06 00 00 00"
		"05 00 21 00 01 00 00 00 05 00 11 00 01 00 00 00"
		"07 00 14 00 61 6c 00 00 08 00 05 00 04 00 00 00"
		"08 00 25 00 0b 00 00 00 08 00 0a 00 05 00 00 00"
		"08 00 1f 00 02 00 00 00 08 00 20 00 03 00 00 00"
		"08 00 1c 00 09 00 00 00 08 00 13 00 0a 00 00 00"
		"08 00 1b 00 03 00 00 00 10 00 12 80 0a 00 01 00"
		"64 75 6d 6d 79 00 00 00");
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_link_build_add_request(l, NLM_F_CREATE, &m), 0);
	ck_assert_uint_eq(nlmsg_hdr(m)->nlmsg_flags, NLM_F_CREATE);
	nlmsg_free(m);
	rtnl_link_put(l);
}
END_TEST

/* rtnl_link_fill_info() puts the link's own attributes, not its kind. */
START_TEST(fill_info)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct nl_addr *a = mac("00:11:22:33:44:55");
	struct nl_msg *m = nlmsg_alloc();

	rtnl_link_set_name(l, "x0");
	rtnl_link_set_mtu(l, 1400);
	rtnl_link_set_flags(l, IFF_UP);
	rtnl_link_set_ifindex(l, 77);
	rtnl_link_set_txqlen(l, 10);
	rtnl_link_set_group(l, 3);
	rtnl_link_set_addr(l, a);
	ck_assert_int_eq(rtnl_link_set_type(l, "dummy"), 0);
	rtnl_link_set_qdisc(l, "q");
	ck_assert_int_eq(rtnl_link_fill_info(m, l), 0);
	parity_assert_msg(m,
		"34 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"0a 00 01 00 00 11 22 33 44 55 00 00 08 00 04 00"
		"78 05 00 00 08 00 0d 00 0a 00 00 00 07 00 03 00"
		"78 30 00 00");
	nlmsg_free(m);
	nl_addr_put(a);
	rtnl_link_put(l);
}
END_TEST

/* The header names orig, the attributes are those of the changes; flags
 * are orig's with the changed ones applied, and the mask of them. */
START_TEST(change_request)
{
	struct rtnl_link *o = rtnl_link_alloc(), *c = rtnl_link_alloc();
	struct rtnl_link *full = full_link(), *e = rtnl_link_alloc();
	struct nl_msg *m;

	rtnl_link_set_ifindex(o, 5);
	rtnl_link_set_name(o, "eth0");
	rtnl_link_set_flags(o, IFF_UP | IFF_BROADCAST);
	rtnl_link_set_flags(c, IFF_PROMISC);
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	parity_assert_msg(m,
		"20 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 05 00 00 00 03 01 00 00 00 01 00 00");
	nlmsg_free(m);
	rtnl_link_unset_flags(c, IFF_UP);
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	parity_assert_msg(m,
		"20 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 05 00 00 00 02 01 00 00 01 01 00 00");
	nlmsg_free(m);
	rtnl_link_put(c);
	c = rtnl_link_alloc();
	rtnl_link_unset_flags(c, IFF_UP);
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	parity_assert_msg(m,
		"20 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 05 00 00 00 02 00 00 00 01 00 00 00");
	nlmsg_free(m);

	/* everything a change can carry, in the order of an add */
	rtnl_link_put(o);
	o = rtnl_link_alloc();
	rtnl_link_set_ifindex(o, 3);
	ck_assert_int_eq(rtnl_link_build_change_request(o, full, 0, &m), 0);
	parity_assert_msg(m,
		"c8 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 03 00 00 00 01 00 00 00 01 00 00 00"
		"0a 00 01 00 00 11 22 33 44 55 00 00 0a 00 02 00"
		"ff ff ff ff ff ff 00 00 08 00 04 00 78 05 00 00"
		"08 00 0d 00 0a 00 00 00 08 00 0f 00 06 00 00 00"
		"07 00 03 00 78 30 00 00 05 00 10 00 06 00 00 00"
		"05 00 21 00 01 00 00 00 05 00 11 00 01 00 00 00"
		"07 00 14 00 61 6c 00 00 08 00 05 00 04 00 00 00"
		"08 00 25 00 0b 00 00 00 08 00 0a 00 05 00 00 00"
		"08 00 1f 00 02 00 00 00 08 00 20 00 03 00 00 00"
		"08 00 1c 00 09 00 00 00 08 00 13 00 0a 00 00 00"
		"08 00 1b 00 03 00 00 00 10 00 12 80 0a 00 01 00"
		"64 75 6d 6d 79 00 00 00");
	nlmsg_free(m);

	/* orig without index: index 0, orig's name is not sent */
	rtnl_link_put(o);
	rtnl_link_put(c);
	o = rtnl_link_alloc();
	c = rtnl_link_alloc();
	rtnl_link_set_name(o, "eth9");
	rtnl_link_set_name(c, "eth10");
	rtnl_link_set_mtu(c, 1000);
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	parity_assert_msg(m,
		"34 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"08 00 04 00 e8 03 00 00 0a 00 03 00 65 74 68 31"
		"30 00 00 00");
	nlmsg_free(m);
	/* nor is anything demanded of orig */
	ck_assert_int_eq(rtnl_link_build_change_request(e, c, 0, &m), 0);
	parity_assert_msg(m,
		"34 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"08 00 04 00 e8 03 00 00 0a 00 03 00 65 74 68 31"
		"30 00 00 00");
	nlmsg_free(m);

	/* a name equal to orig's (orig with index and name) is not sent */
	rtnl_link_set_ifindex(o, 8);
	rtnl_link_put(c);
	c = rtnl_link_alloc();
	rtnl_link_set_name(c, "eth9");
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	parity_assert_msg(m,
		"20 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00");
	nlmsg_free(m);

	/* the family of a link cannot change */
	rtnl_link_set_family(c, AF_INET6);
	m = NULL;
	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m),
			 -NLE_IMMUTABLE);
	ck_assert_ptr_null(m);

	rtnl_link_put(o);
	rtnl_link_put(c);
	rtnl_link_put(e);
	rtnl_link_put(full);
}
END_TEST

/* The peer of a veth pair carries its own attributes only: no kind of its
 * own, no group, no per-family data, no change mask. */
START_TEST(veth_requests)
{
	struct rtnl_link *l = rtnl_link_veth_alloc();
	struct rtnl_link *p = rtnl_link_veth_get_peer(l);
	struct nl_addr *a = mac("00:11:22:33:44:55");
	struct nl_sock *sk = parity_socket();
	struct nlattr *tb[IFLA_MAX + 1], *li[IFLA_INFO_MAX + 1];
	struct nlattr *data, *peer, *pt[IFLA_MAX + 1];
	struct nl_msg *m;

	rtnl_link_set_name(l, "va");
	rtnl_link_set_name(p, "vb");
	rtnl_link_set_mtu(p, 1400);
	rtnl_link_set_flags(p, IFF_UP);
	rtnl_link_set_ifindex(p, 77);
	rtnl_link_set_txqlen(p, 10);
	rtnl_link_set_group(p, 3);
	rtnl_link_set_ifalias(p, "al");
	rtnl_link_set_addr(p, a);
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(p, 1), 0);
	rtnl_link_set_ns_fd(p, 5);
	ck_assert_int_eq(rtnl_link_build_add_request(l, NLM_F_CREATE, &m), 0);
	parity_assert_msg(m,
		"84 00 00 00 10 00 00 04 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 03 00 76 61 00 00 5c 00 12 80 09 00 01 00"
		"76 65 74 68 00 00 00 00 4c 00 02 80 48 00 01 80"
		"00 00 00 00 4d 00 00 00 01 00 00 00 00 00 00 00"
		"0a 00 01 00 00 11 22 33 44 55 00 00 08 00 04 00"
		"78 05 00 00 08 00 0d 00 0a 00 00 00 07 00 03 00"
		"76 62 00 00 07 00 14 00 61 6c 00 00 08 00 1c 00"
		"05 00 00 00");
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_link_is_veth(p), 1);
	rtnl_link_put(p);
	rtnl_link_put(l);
	nl_addr_put(a);

	/* rtnl_link_veth_add(): a pid moves the peer */
	ck_assert_int_eq(rtnl_link_veth_add(sk, "va", "vb", 1234), -NLE_INTR);
	parity_assert_hex(parity_sent,
		"60 00 00 00 10 00 05 06 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 03 00 76 61 00 00 38 00 12 80 09 00 01 00"
		"76 65 74 68 00 00 00 00 28 00 02 80 24 00 01 80"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 03 00 76 62 00 00 08 00 13 00 d2 04 00 00");

	/* pid 0 means no move: no IFLA_NET_NS_PID (which the kernel would
	 * refuse), and no kind nested in the peer */
	ck_assert_int_eq(rtnl_link_veth_add(sk, "va", "vb", 0), -NLE_INTR);
	ck_assert_int_eq(nlmsg_parse(parity_sent, sizeof(struct ifinfomsg), tb,
				     IFLA_MAX, NULL), 0);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	data = li[IFLA_INFO_DATA];
	ck_assert_ptr_nonnull(data);
	peer = nla_find(nla_data(data), nla_len(data), VETH_INFO_PEER);
	ck_assert_ptr_nonnull(peer);
	ck_assert_int_eq(nla_parse(pt, IFLA_MAX,
				   (struct nlattr *)((char *)nla_data(peer) +
						     sizeof(struct ifinfomsg)),
				   nla_len(peer) - (int)sizeof(struct ifinfomsg),
				   NULL), 0);
	ck_assert_str_eq(nla_get_string(pt[IFLA_IFNAME]), "vb");
	ck_assert_ptr_null(pt[IFLA_NET_NS_PID]);
	ck_assert_ptr_null(pt[IFLA_LINKINFO]);
	ck_assert_uint_eq(parity_sent->nlmsg_flags,
			  NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
	nl_socket_free(sk);
}
END_TEST

/* Values that are absent, as upstream reports them. */
START_TEST(absent_values)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct rtnl_link_vf *vf = rtnl_link_vf_alloc();
	uint32_t u = 7;
	int32_t s = 7;

	ck_assert_uint_eq(rtnl_link_get_arptype(l), ARPHRD_VOID);
	ck_assert_int_eq(rtnl_link_get_carrier_changes(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_get_num_vf(l, &u), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_get_gso_max_segs(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_get_gso_max_size(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_get_link_netnsid(l, &s), -NLE_INVAL);
	ck_assert_uint_eq(u, 7);
	ck_assert_ptr_null(rtnl_link_get_name(l));
	ck_assert_uint_eq(rtnl_link_get_stat(l, 1000), 0);
	ck_assert_int_eq(rtnl_link_set_stat(l, 1000, 5), -NLE_INVAL);
	/* the dump shows the type the link has (none: generic) */
	ck_assert_str_eq(parity_dump(l, NL_DUMP_LINE), " generic \n");
	rtnl_link_set_arptype(l, ARPHRD_ETHER);
	ck_assert_uint_eq(rtnl_link_get_arptype(l), ARPHRD_ETHER);

	ck_assert_int_eq(rtnl_link_inet_get_conf(l, 1, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vf_add(l, NULL), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_link_vf_add(NULL, vf), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_link_vf_get_index(vf, &u), -NLE_NOATTR);
	rtnl_link_vf_put(vf);
	rtnl_link_put(l);
}
END_TEST

/* Per-family data and VFs: upstream's code for each way a value can be
 * missing (no data at all, data without the value). */
START_TEST(missing_codes)
{
	struct rtnl_link *l = rtnl_link_alloc(), *x = rtnl_link_alloc();
	struct rtnl_link_vf *vf = rtnl_link_vf_alloc();
	struct nl_vf_rate rt = { .api = RTNL_LINK_VF_RATE_API_NEW };
	nl_vf_vlans_t *v = NULL;
	struct nl_addr *a = NULL;
	uint32_t u = 7;
	uint8_t u8 = 7;

	/* the port name is empty, never NULL */
	ck_assert_str_eq(rtnl_link_get_phys_port_name(l), "");

	/* IPv4: no data, then data without the value */
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_FORWARDING, &u),
			 -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_inet_set_conf(l, IPV4_DEVCONF_FORWARDING, 1),
			 0);
	ck_assert_int_eq(rtnl_link_inet_get_conf(l, IPV4_DEVCONF_RP_FILTER, &u),
			 -NLE_INVAL);
	ck_assert_uint_eq(u, 7);

	/* IPv6: no data */
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(l, &u8), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &a), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(l, &u), -NLE_NOATTR);
	/* data with flags only: no mode, no token */
	ck_assert_int_eq(rtnl_link_inet6_set_flags(l, 0x80), 0);
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(l, &u8), -NLE_INVAL);
	ck_assert_uint_eq(u8, 7);
	ck_assert_int_eq(rtnl_link_inet6_get_token(l, &a), -NLE_NOADDR);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(l, &u), 0);
	ck_assert_uint_eq(u, 0x80);
	/* data with the mode only: flags read 0 */
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(x, 1), 0);
	ck_assert_int_eq(rtnl_link_inet6_get_flags(x, &u), 0);
	ck_assert_uint_eq(u, 0);
	ck_assert_int_eq(rtnl_link_inet6_get_addr_gen_mode(x, &u8), 0);
	ck_assert_uint_eq(u8, 1);

	/* VF rates: absent only when no form is known */
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rt), -NLE_NOATTR);
	rt.api = RTNL_LINK_VF_RATE_API_OLD;
	rt.rate = 5;
	rtnl_link_vf_set_rate(vf, &rt);
	rt.api = RTNL_LINK_VF_RATE_API_NEW;
	rt.min_tx_rate = 99;
	rt.max_tx_rate = 98;
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rt), 0);
	ck_assert_uint_eq(rt.min_tx_rate, 0);
	ck_assert_uint_eq(rt.max_tx_rate, 0);
	rt.api = 7;
	rt.rate = 9;
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rt), 0);
	ck_assert_uint_eq(rt.rate, 9);
	rt.api = RTNL_LINK_VF_RATE_API_UNSPEC;
	rt.rate = 0;
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rt), 0);
	ck_assert_int_eq(rt.api, RTNL_LINK_VF_RATE_API_OLD);
	ck_assert_uint_eq(rt.rate, 5);

	/* no address is -NLE_NOATTR even without a place to put it */
	ck_assert_int_eq(rtnl_link_vf_get_addr(vf, NULL), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vf_get_addr(vf, &a), -NLE_NOATTR);
	/* an empty VLAN array is taken; more than one VLAN is not */
	ck_assert_int_eq(rtnl_link_vf_vlan_alloc(&v, 0), 0);
	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->size, 0);
	rtnl_link_vf_vlan_put(v);
	ck_assert_int_eq(rtnl_link_vf_vlan_alloc(&v, 2), -NLE_INVAL);

	rtnl_link_vf_put(vf);
	rtnl_link_put(l);
	rtnl_link_put(x);
}
END_TEST

static struct nl_msg *newlink_mtu(const char *name, int mtu)
{
	struct ifinfomsg ifi = { .ifi_index = 7 };
	struct nl_msg *m = nlmsg_alloc_simple(RTM_NEWLINK, 0);

	ck_assert_int_ge(nlmsg_append(m, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	if (name)
		nla_put_string(m, IFLA_IFNAME, name);
	if (mtu)
		nla_put_u32(m, IFLA_MTU, 1);
	return m;
}

static struct nl_msg *newlink(const char *name)
{
	return newlink_mtu(name, 1);
}

/* A link message without name is refused; the namespace of a request
 * travels back; unnamed attributes leave a comma in the list. */
START_TEST(parse_rules)
{
	struct nl_object *obj;
	struct rtnl_link *l;
	struct nl_msg *m;
	struct nlattr *n;

	m = newlink(NULL);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), -NLE_MISSING_ATTR);
	ck_assert_ptr_null(obj);
	nlmsg_free(m);

	m = newlink("x");
	nla_put_u32(m, IFLA_NET_NS_FD, 1234);
	nla_put_u32(m, IFLA_NET_NS_PID, 4321);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), 0);
	l = (struct rtnl_link *)obj;
	ck_assert_int_eq(rtnl_link_get_ns_fd(l), 1234);
	ck_assert_int_eq(rtnl_link_get_ns_pid(l), 4321);
	ck_assert_str_eq(parity_attrs(l),
			 "mtu,flags,name,ifindex,family,arptype,change,ns_fd,ns_pid");
	rtnl_link_put(l);
	nlmsg_free(m);

	m = newlink("x");
	n = nla_nest_start(m, IFLA_LINKINFO);
	nla_put_string(m, IFLA_INFO_KIND, "dummy");
	nla_nest_end(m, n);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), 0);
	ck_assert_str_eq(parity_attrs(obj),
			 "mtu,flags,name,ifindex,family,arptype,change,");
	nl_object_put(obj);
	nlmsg_free(m);

	l = rtnl_link_alloc();
	rtnl_link_set_name(l, "a");
	ck_assert_str_eq(parity_attrs(l), "name");
	rtnl_link_set_type(l, "veth");
	ck_assert_str_eq(parity_attrs(l), "name,");
	rtnl_link_put(l);
}
END_TEST

/* IPv6: the address generation mode is sent, the token is not; IPv4: the
 * values received or set, ids 1 to 32. */
START_TEST(af_requests)
{
	struct rtnl_link *l = rtnl_link_alloc(), *p;
	struct in6_addr tok = IN6ADDR_ANY_INIT;
	struct nl_addr *ta;
	struct nlattr *af, *a4;
	struct nl_object *obj;
	struct nl_msg *m;
	uint32_t conf[5] = { 1, 2, 3, 4, 5 }, v = 99;

	rtnl_link_set_name(l, "z");
	rtnl_link_set_group(l, 3);
	ck_assert_int_eq(rtnl_link_set_type(l, "dummy"), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(l, 1), 0);
	ck_assert_int_eq(rtnl_link_inet_set_conf(l, IPV4_DEVCONF_FORWARDING, 1), 0);
	tok.s6_addr[15] = 1;
	ta = nl_addr_build(AF_INET6, &tok, 16);
	ck_assert_int_eq(rtnl_link_inet6_set_token(l, ta), 0);
	nl_addr_put(ta);
	rtnl_link_set_mtu(l, 1000);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"68 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"08 00 04 00 e8 03 00 00 06 00 03 00 7a 00 00 00"
		"08 00 1b 00 03 00 00 00 10 00 12 80 0a 00 01 00"
		"64 75 6d 6d 79 00 00 00 20 00 1a 80 10 00 02 80"
		"0c 00 01 80 08 00 01 00 01 00 00 00 0c 00 0a 80"
		"05 00 08 00 01 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(l);

	/* values received go back */
	m = newlink_mtu("x", 0);
	af = nla_nest_start(m, IFLA_AF_SPEC);
	a4 = nla_nest_start(m, AF_INET);
	nla_put(m, IFLA_INET_CONF, sizeof(conf), conf);
	nla_nest_end(m, a4);
	nla_nest_end(m, af);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), 0);
	nlmsg_free(m);
	p = (struct rtnl_link *)obj;
	ck_assert_int_eq(rtnl_link_inet_get_conf(p, 3, &v), 0);
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(rtnl_link_inet_get_conf(p, 10, &v), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_inet_get_conf(p, 0, &v), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_get_conf(p, 33, &v), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_get_conf(p, 32, &v), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_inet_set_conf(p, 10, 7), 0);
	ck_assert_int_eq(rtnl_link_inet_set_conf(p, 0, 7), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_set_conf(p, 33, 7), -NLE_RANGE);
	ck_assert_int_eq(rtnl_link_inet_set_conf(p, 32, 7), 0);
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(rtnl_link_build_add_request(p, 0, &m), 0);
	parity_assert_msg(m,
		"6c 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 07 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 78 00 00 00 44 00 1a 80 40 00 02 80"
		"3c 00 01 80 08 00 01 00 01 00 00 00 08 00 02 00"
		"02 00 00 00 08 00 03 00 03 00 00 00 08 00 04 00"
		"04 00 00 00 08 00 05 00 05 00 00 00 08 00 0a 00"
		"07 00 00 00 08 00 20 00 07 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(p);

	l = rtnl_link_alloc();
	rtnl_link_set_ifindex(l, 3);
	ck_assert_int_eq(rtnl_link_inet6_set_flags(l, 0x80000000), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(l, 9), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"30 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 03 00 00 00 00 00 00 00 00 00 00 00"
		"10 00 1a 80 0c 00 0a 80 05 00 08 00 09 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(l);
}
END_TEST

/* Cells of the devconf tables as upstream prints them. */
START_TEST(af_dump_cells)
{
	struct nl_msg *m = newlink("x");
	struct nlattr *af, *f;
	uint32_t v4[32] = { 0 };
	int32_t v6[DEVCONF_MAX] = { 0 };
	struct nl_object *obj;
	const char *d;

	v4[IPV4_DEVCONF_ACCEPT_REDIRECTS - 1] = 12345;
	v4[IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL - 1] = 10000;
	v6[DEVCONF_RTR_SOLICIT_DELAY] = 109;
	v6[DEVCONF_TEMP_PREFERED_LFT] = 112;
	v6[DEVCONF_RTR_PROBE_INTERVAL] = 120;
	v6[DEVCONF_RTR_SOLICIT_INTERVAL] = 4000;
	v6[DEVCONF_RTR_SOLICITS] = -1;
	v6[DEVCONF_DAD_TRANSMITS] = 1234567;
	af = nla_nest_start(m, IFLA_AF_SPEC);
	f = nla_nest_start(m, AF_INET);
	nla_put(m, IFLA_INET_CONF, sizeof(v4), v4);
	nla_nest_end(m, f);
	f = nla_nest_start(m, AF_INET6);
	nla_put(m, IFLA_INET6_CONF, sizeof(v6), v6);
	nla_nest_end(m, f);
	nla_nest_end(m, af);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), 0);
	d = parity_dump(obj, NL_DUMP_DETAILS);
	ck_assert_ptr_nonnull(strstr(d, "      accept_redirects    12345  secure_redirects      0"));
	ck_assert_ptr_nonnull(strstr(d, "  igmpv2_unsolicited_report_interval 10000\n"));
	ck_assert_ptr_nonnull(strstr(d, "      dad_transmits   1234567  rtr_solicits 4294967295  rtr_solicit_interval 4s\n"));
	ck_assert_ptr_nonnull(strstr(d, "      rtr_solicit_dela109msec  use_tempaddr          0  temp_valid_lft    0msec\n"));
	ck_assert_ptr_nonnull(strstr(d, "      temp_prefered_lft1m 52s  regen_max_retry       0"));
	ck_assert_ptr_nonnull(strstr(d, "  rtr_probe_interv120msec\n"));
	nl_object_put(obj);
	nlmsg_free(m);
}
END_TEST

static struct rtnl_link *bridge_port(void)
{
	struct rtnl_link *b = rtnl_link_alloc();

	rtnl_link_set_ifindex(b, 4);
	rtnl_link_set_family(b, AF_BRIDGE);
	return b;
}

static int change_type(struct rtnl_link *c)
{
	struct rtnl_link *o = bridge_port();
	struct nl_msg *m;
	int t;

	ck_assert_int_eq(rtnl_link_build_change_request(o, c, 0, &m), 0);
	t = nlmsg_hdr(m)->nlmsg_type;
	nlmsg_free(m);
	rtnl_link_put(o);
	rtnl_link_put(c);
	return t;
}

/* Port data: flags first (the flag's bit as value), then cost, priority
 * and state; a hardware mode comes with BRIDGE_FLAGS_SELF; only flag
 * changes go out as RTM_SETLINK. */
START_TEST(bridge_port_requests)
{
	struct rtnl_link *b = bridge_port(), *c;
	struct nl_msg *m;

	ck_assert_int_eq(rtnl_link_bridge_pvid(b), -EINVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_port_state(b, 3), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_port_state(b, 9), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_bridge_set_priority(b, 7), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_cost(b, 5), 0);
	ck_assert_int_eq(rtnl_link_bridge_set_flags(b, 0x7f), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(b, 0, &m), 0);
	parity_assert_msg(m,
		"74 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00"
		"54 00 0c 80 05 00 05 00 02 00 00 00 05 00 04 00"
		"01 00 00 00 05 00 07 00 08 00 00 00 05 00 06 00"
		"04 00 00 00 05 00 09 00 10 00 00 00 05 00 08 00"
		"20 00 00 00 05 00 0b 00 40 00 00 00 08 00 03 00"
		"05 00 00 00 06 00 02 00 07 00 00 00 05 00 01 00"
		"03 00 00 00");
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_link_bridge_unset_flags(b, RTNL_BRIDGE_LEARNING |
						     RTNL_BRIDGE_HAIRPIN_MODE), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(b, 0, &m), 0);
	parity_assert_msg(m,
		"74 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00"
		"54 00 0c 80 05 00 05 00 02 00 00 00 05 00 04 00"
		"00 00 00 00 05 00 07 00 08 00 00 00 05 00 06 00"
		"04 00 00 00 05 00 09 00 10 00 00 00 05 00 08 00"
		"00 00 00 00 05 00 0b 00 40 00 00 00 08 00 03 00"
		"05 00 00 00 06 00 02 00 07 00 00 00 05 00 01 00"
		"03 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(b);

	b = bridge_port();
	ck_assert_int_eq(rtnl_link_bridge_set_hwmode(b, 0), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(b, 0, &m), 0);
	parity_assert_msg(m,
		"34 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00"
		"14 00 1a 80 06 00 00 00 02 00 00 00 06 00 01 00"
		"00 00 00 00");
	nlmsg_free(m);
	/* a change of the hardware mode stays RTM_NEWLINK */
	ck_assert_int_eq(change_type(b), RTM_NEWLINK);

	c = bridge_port();
	rtnl_link_bridge_set_port_state(c, 1);
	ck_assert_int_eq(change_type(c), RTM_NEWLINK);
	c = bridge_port();
	rtnl_link_bridge_set_cost(c, 1);
	ck_assert_int_eq(change_type(c), RTM_NEWLINK);
	c = bridge_port();
	rtnl_link_bridge_set_self(c);
	ck_assert_int_eq(change_type(c), RTM_NEWLINK);
	c = bridge_port();
	rtnl_link_bridge_set_flags(c, RTNL_BRIDGE_HAIRPIN_MODE);
	ck_assert_int_eq(change_type(c), RTM_SETLINK);
	c = bridge_port();
	rtnl_link_bridge_unset_flags(c, RTNL_BRIDGE_HAIRPIN_MODE);
	ck_assert_int_eq(change_type(c), RTM_SETLINK);
}
END_TEST

/* VFs: one 802.1Q VLAN in the old IFLA_VF_VLAN, padding zeroed. */
START_TEST(sriov_request)
{
	struct rtnl_link *b = bridge_port();
	struct rtnl_link_vf *vf = rtnl_link_vf_alloc();
	struct nl_vf_rate rate = { .api = RTNL_LINK_VF_RATE_API_NEW,
				   .max_tx_rate = 100, .min_tx_rate = 10 };
	struct nl_addr *a = mac("00:11:22:33:44:55");
	nl_vf_vlans_t *vl;
	struct nl_msg *m;

	ck_assert_int_eq(rtnl_link_bridge_set_cost(b, 5), 0);
	ck_assert_int_eq(rtnl_link_set_type(b, "dummy"), 0);
	ck_assert_int_eq(rtnl_link_inet6_set_addr_gen_mode(b, 1), 0);
	rtnl_link_set_group(b, 3);
	rtnl_link_set_mtu(b, 1400);
	rtnl_link_vf_set_index(vf, 2);
	rtnl_link_vf_set_addr(vf, a);
	rtnl_link_vf_set_spoofchk(vf, 1);
	rtnl_link_vf_set_trust(vf, 1);
	rtnl_link_vf_set_linkstate(vf, 2);
	rtnl_link_vf_set_rss_query_en(vf, 1);
	rtnl_link_vf_set_rate(vf, &rate);
	rtnl_link_vf_set_ib_node_guid(vf, 0x1122334455667788ULL);
	rtnl_link_vf_set_ib_port_guid(vf, 0x99aabbccddeeff00ULL);
	ck_assert_int_eq(rtnl_link_vf_vlan_alloc(&vl, 1), 0);
	vl->vlans[0].vf_vlan = 10;
	vl->vlans[0].vf_vlan_qos = 2;
	vl->vlans[0].vf_vlan_proto = 0x8100;
	rtnl_link_vf_set_vlans(vf, vl);
	rtnl_link_vf_vlan_put(vl);
	ck_assert_int_eq(rtnl_link_vf_add(b, vf), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(b, 0, &m), 0);
	parity_assert_msg(m,
		"04 01 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00"
		"08 00 04 00 78 05 00 00 08 00 1b 00 03 00 00 00"
		"10 00 12 80 0a 00 01 00 64 75 6d 6d 79 00 00 00"
		"a8 00 16 80 a4 00 01 80 28 00 01 00 02 00 00 00"
		"00 11 22 33 44 55 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"10 00 02 00 02 00 00 00 0a 00 00 00 02 00 00 00"
		"10 00 06 00 02 00 00 00 0a 00 00 00 64 00 00 00"
		"0c 00 04 00 02 00 00 00 01 00 00 00 0c 00 05 00"
		"02 00 00 00 02 00 00 00 0c 00 07 00 02 00 00 00"
		"01 00 00 00 0c 00 09 00 02 00 00 00 01 00 00 00"
		"14 00 0a 00 02 00 00 00 00 00 00 00 88 77 66 55"
		"44 33 22 11 14 00 0b 00 02 00 00 00 00 00 00 00"
		"00 ff ee dd cc bb aa 99 0c 00 0c 80 08 00 03 00"
		"05 00 00 00 10 00 1a 80 0c 00 0a 80 05 00 08 00"
		"01 00 00 00");
	nlmsg_free(m);
	rtnl_link_vf_put(vf);
	nl_addr_put(a);
	rtnl_link_put(b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Kinds                                                                */

static struct nl_addr *in6(const char *s)
{
	struct nl_addr *a;

	ck_assert_int_eq(nl_addr_parse(s, AF_INET6, &a), 0);
	return a;
}

/* Ports in a 4-byte attribute, attributes in upstream's order. */
START_TEST(vxlan_geneve)
{
	struct rtnl_link *l = rtnl_link_geneve_alloc(), *v;
	struct ifla_vxlan_port_range pr = { htons(1000), htons(2000) };
	struct nl_addr *a = in6("2001:db8::1");
	struct nl_msg *m;
	uint32_t f = 0;

	rtnl_link_set_name(l, "g");
	rtnl_link_geneve_set_id(l, 5);
	rtnl_link_geneve_set_remote(l, a);
	rtnl_link_geneve_set_ttl(l, 3);
	rtnl_link_geneve_set_tos(l, 1);
	rtnl_link_geneve_set_label(l, 7);
	rtnl_link_geneve_set_port(l, 6081);
	rtnl_link_geneve_set_udp_csum(l, 1);
	rtnl_link_geneve_set_flags(l, RTNL_LINK_GENEVE_F_COLLECT_METADATA, 1);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"84 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 67 00 00 00 5c 00 12 80 0b 00 01 00"
		"67 65 6e 65 76 65 00 00 4c 00 02 80 08 00 01 00"
		"05 00 00 00 14 00 07 00 20 01 0d b8 00 00 00 00"
		"00 00 00 00 00 00 00 01 05 00 03 00 03 00 00 00"
		"05 00 04 00 01 00 00 00 08 00 0b 00 00 00 00 07"
		"08 00 05 00 17 c1 00 00 05 00 08 00 01 00 00 00"
		"04 00 06 00");
	nlmsg_free(m);
	rtnl_link_put(l);

	v = rtnl_link_vxlan_alloc();
	rtnl_link_set_name(v, "v");
	rtnl_link_vxlan_set_id(v, 5);
	rtnl_link_vxlan_set_group(v, a);
	rtnl_link_vxlan_set_local(v, a);
	rtnl_link_vxlan_set_ttl(v, 3);
	rtnl_link_vxlan_set_port_range(v, &pr);
	rtnl_link_vxlan_set_flags(v, 0xffffffff, 1);
	ck_assert_int_eq(rtnl_link_vxlan_set_flags(v, RTNL_LINK_VXLAN_F_GBP |
						   RTNL_LINK_VXLAN_F_GPE |
						   RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL,
						   1), 0);
	rtnl_link_vxlan_set_collect_metadata(v, 1);
	rtnl_link_vxlan_set_label(v, 9);
	rtnl_link_vxlan_set_port(v, 4789);
	rtnl_link_vxlan_set_link(v, 3);
	ck_assert_int_eq(rtnl_link_build_add_request(v, 0, &m), 0);
	parity_assert_msg(m,
		"a8 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 76 00 00 00 80 00 12 80 0a 00 01 00"
		"76 78 6c 61 6e 00 00 00 70 00 02 80 08 00 01 00"
		"05 00 00 00 14 00 10 00 20 01 0d b8 00 00 00 00"
		"00 00 00 00 00 00 00 01 08 00 03 00 03 00 00 00"
		"14 00 11 00 20 01 0d b8 00 00 00 00 00 00 00 00"
		"00 00 00 01 05 00 05 00 03 00 00 00 08 00 0a 00"
		"03 e8 07 d0 08 00 0f 00 12 b5 00 00 04 00 17 00"
		"04 00 18 00 05 00 19 00 01 00 00 00 08 00 1a 00"
		"00 00 00 09 04 00 1b 00");
	nlmsg_free(m);
	ck_assert_int_eq(rtnl_link_vxlan_get_flags(v, &f), 0);
	ck_assert_uint_eq(f, 7);
	rtnl_link_put(v);
	nl_addr_put(a);
}
END_TEST

/* CAN: no IFLA_CAN_RESTART, upstream's order. */
START_TEST(can)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct can_bittiming bt = { .bitrate = 1, .sample_point = 2, .tq = 3,
				    .prop_seg = 4, .phase_seg1 = 5,
				    .phase_seg2 = 6, .sjw = 7, .brp = 8 };
	struct can_bittiming_const bc = { .name = "abc", .tseg1_min = 1 };
	struct nl_msg *m;

	ck_assert_int_eq(rtnl_link_set_type(l, "can"), 0);
	rtnl_link_set_name(l, "c");
	ck_assert_int_eq(rtnl_link_can_set_data_bittiming(l, &bt), 0);
	ck_assert_int_eq(rtnl_link_can_set_data_bittiming_const(l, &bc), 0);
	ck_assert_int_eq(rtnl_link_can_set_bittiming(l, &bt), 0);
	ck_assert_int_eq(rtnl_link_can_set_restart_ms(l, 9), 0);
	ck_assert_int_eq(rtnl_link_can_set_ctrlmode(l, 4), 0);
	ck_assert_int_eq(rtnl_link_can_restart(l), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"c8 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 63 00 00 00 a0 00 12 80 08 00 01 00"
		"63 61 6e 00 94 00 02 80 08 00 06 00 09 00 00 00"
		"0c 00 05 00 04 00 00 00 04 00 00 00 24 00 01 00"
		"01 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00"
		"05 00 00 00 06 00 00 00 07 00 00 00 08 00 00 00"
		"24 00 09 00 01 00 00 00 02 00 00 00 03 00 00 00"
		"04 00 00 00 05 00 00 00 06 00 00 00 07 00 00 00"
		"08 00 00 00 34 00 0a 00 61 62 63 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(l);
}
END_TEST

static struct nl_msg *macsec_req(int rp)
{
	struct rtnl_link *l = rtnl_link_macsec_alloc();
	struct nl_msg *m;

	rtnl_link_set_name(l, "m");
	rtnl_link_macsec_set_sci(l, 5);
	rtnl_link_macsec_set_validation_type(l, MACSEC_VALIDATE_STRICT);
	rtnl_link_macsec_set_window(l, 9);
	rtnl_link_macsec_set_encoding_sa(l, 1);
	rtnl_link_macsec_set_send_sci(l, 1);
	rtnl_link_macsec_set_end_station(l, 1);
	rtnl_link_macsec_set_scb(l, 1);
	rtnl_link_macsec_set_protect(l, 1);
	rtnl_link_macsec_set_encrypt(l, 1);
	if (rp >= 0)
		rtnl_link_macsec_set_replay_protect(l, (uint8_t)rp);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	rtnl_link_put(l);
	return m;
}

/* MACsec: upstream's order; the window only with replay protection. */
START_TEST(macsec)
{
	struct rtnl_link *l = rtnl_link_macsec_alloc();
	struct nl_msg *m;

	m = macsec_req(1);
	parity_assert_msg(m,
		"90 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 6d 00 00 00 68 00 12 80 0b 00 01 00"
		"6d 61 63 73 65 63 00 00 58 00 02 80 0c 00 01 00"
		"05 00 00 00 00 00 00 00 05 00 07 00 01 00 00 00"
		"05 00 09 00 01 00 00 00 05 00 0a 00 01 00 00 00"
		"05 00 0b 00 01 00 00 00 05 00 08 00 01 00 00 00"
		"05 00 0c 00 01 00 00 00 08 00 05 00 09 00 00 00"
		"05 00 0d 00 02 00 00 00 05 00 06 00 01 00 00 00");
	nlmsg_free(m);
	m = macsec_req(0);
	parity_assert_msg(m,
		"90 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 6d 00 00 00 68 00 12 80 0b 00 01 00"
		"6d 61 63 73 65 63 00 00 58 00 02 80 0c 00 01 00"
		"05 00 00 00 00 00 00 00 05 00 07 00 01 00 00 00"
		"05 00 09 00 01 00 00 00 05 00 0a 00 01 00 00 00"
		"05 00 0b 00 01 00 00 00 05 00 08 00 01 00 00 00"
		"05 00 0c 00 00 00 00 00 08 00 05 00 09 00 00 00"
		"05 00 0d 00 02 00 00 00 05 00 06 00 01 00 00 00");
	nlmsg_free(m);
	m = macsec_req(-1);
	parity_assert_msg(m,
		"80 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 6d 00 00 00 58 00 12 80 0b 00 01 00"
		"6d 61 63 73 65 63 00 00 48 00 02 80 0c 00 01 00"
		"05 00 00 00 00 00 00 00 05 00 07 00 01 00 00 00"
		"05 00 09 00 01 00 00 00 05 00 0a 00 01 00 00 00"
		"05 00 0b 00 01 00 00 00 05 00 08 00 01 00 00 00"
		"05 00 0d 00 02 00 00 00 05 00 06 00 01 00 00 00");
	nlmsg_free(m);

	rtnl_link_set_name(l, "m");
	rtnl_link_macsec_set_port(l, 7);
	rtnl_link_macsec_set_validation_type(l, MACSEC_VALIDATE_STRICT);
	rtnl_link_macsec_set_window(l, 9);
	rtnl_link_macsec_set_encoding_sa(l, 1);
	rtnl_link_macsec_set_offload(l, 1);
	rtnl_link_macsec_set_icv_len(l, 16);
	rtnl_link_macsec_set_cipher_suite(l, 0x0080C20001000001ULL);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"70 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 6d 00 00 00 48 00 12 80 0b 00 01 00"
		"6d 61 63 73 65 63 00 00 38 00 02 80 06 00 02 00"
		"00 07 00 00 05 00 0f 00 01 00 00 00 0c 00 04 00"
		"01 00 00 01 00 c2 80 00 05 00 03 00 10 00 00 00"
		"05 00 0d 00 02 00 00 00 05 00 06 00 01 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(l);
}
END_TEST

/* VLAN: upstream's order; QoS entries typed by priority (ingress) or
 * position (egress); the egress map in the dump; received flags are
 * sent back without their mask. */
START_TEST(vlan)
{
	struct rtnl_link *l = rtnl_link_vlan_alloc(), *p;
	struct ifla_vlan_qos_mapping q1 = { 1, 2 }, q2 = { 3, 4 }, q3 = { 1, 7 };
	struct ifla_vlan_flags fl = { .flags = 1, .mask = 0xffffffff };
	struct ifinfomsg ifi = { .ifi_index = 7 };
	struct nlattr *li, *d, *e;
	struct nl_object *obj;
	struct nl_msg *m;
	int n = 77;

	rtnl_link_set_name(l, "v");
	ck_assert_ptr_null(rtnl_link_vlan_get_egress_map(l, &n));
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 1, 100), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 5, 200), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 9, 200), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 100, 1), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 300, 3), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 100, 2), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 400, 9), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vlan_set_id(l, 10), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_flags(l, 1), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &m), 0);
	parity_assert_msg(m,
		"94 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
		"06 00 03 00 76 00 00 00 6c 00 12 80 09 00 01 00"
		"76 6c 61 6e 00 00 00 00 5c 00 02 80 06 00 01 00"
		"0a 00 00 00 0c 00 02 00 01 00 00 00 01 00 00 00"
		"1c 00 04 80 0c 00 01 00 01 00 00 00 64 00 00 00"
		"0c 00 05 00 05 00 00 00 c8 00 00 00 28 00 03 80"
		"0c 00 00 00 64 00 00 00 01 00 00 00 0c 00 01 00"
		"2c 01 00 00 03 00 00 00 0c 00 02 00 64 00 00 00"
		"02 00 00 00");
	nlmsg_free(m);
	ck_assert_str_eq(parity_dump(l, NL_DUMP_DETAILS),
			 "v generic vlan-id 10\n"
			 "    mtu 0 txqlen 0 weight 0 \n"
			 "    mode default carrier down\n"
			 "    vlan-info id 10 <reorder_hdr>\n"
			 "      ingress vlan prio -> qos/socket prio mapping:\n"
			 "      1 -> 0x000064, 5 -> 0x0000c8, \n"
			 "      egress qos/socket prio -> vlan prio mapping:\n"
			 "      0x000064 -> 1, 0x00012c -> 3, 0x000064 -> 2, \n");
	rtnl_link_put(l);

	/* as the kernel reports a vlan link */
	m = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	nlmsg_append(m, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put_string(m, IFLA_IFNAME, "v0");
	li = nla_nest_start(m, IFLA_LINKINFO);
	nla_put_string(m, IFLA_INFO_KIND, "vlan");
	d = nla_nest_start(m, IFLA_INFO_DATA);
	nla_put_u16(m, IFLA_VLAN_PROTOCOL, htons(0x8100));
	nla_put_u16(m, IFLA_VLAN_ID, 5);
	nla_put(m, IFLA_VLAN_FLAGS, sizeof(fl), &fl);
	e = nla_nest_start(m, IFLA_VLAN_EGRESS_QOS);
	nla_put(m, IFLA_VLAN_QOS_MAPPING, sizeof(q1), &q1);
	nla_put(m, IFLA_VLAN_QOS_MAPPING, sizeof(q2), &q2);
	nla_nest_end(m, e);
	e = nla_nest_start(m, IFLA_VLAN_INGRESS_QOS);
	nla_put(m, IFLA_VLAN_QOS_MAPPING, sizeof(q3), &q3);
	nla_nest_end(m, e);
	nla_nest_end(m, d);
	nla_nest_end(m, li);
	ck_assert_int_eq(parity_parse(m, NETLINK_ROUTE, &obj), 0);
	nlmsg_free(m);
	p = (struct rtnl_link *)obj;
	ck_assert_int_eq(rtnl_link_build_add_request(p, 0, &m), 0);
	parity_assert_msg(m,
		"84 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00"
		"00 00 00 00 07 00 00 00 00 00 00 00 00 00 00 00"
		"07 00 03 00 76 30 00 00 5c 00 12 80 09 00 01 00"
		"76 6c 61 6e 00 00 00 00 4c 00 02 80 06 00 01 00"
		"05 00 00 00 06 00 05 00 81 00 00 00 0c 00 02 00"
		"01 00 00 00 00 00 00 00 10 00 04 80 0c 00 01 00"
		"01 00 00 00 07 00 00 00 1c 00 03 80 0c 00 00 00"
		"01 00 00 00 02 00 00 00 0c 00 01 00 03 00 00 00"
		"04 00 00 00");
	nlmsg_free(m);
	rtnl_link_put(p);
}
END_TEST

/* ipvlan and vrf print their line text again in details. */
START_TEST(details_text)
{
	struct rtnl_link *l = rtnl_link_ipvlan_alloc();

	rtnl_link_set_name(l, "t0");
	ck_assert_int_eq(rtnl_link_ipvlan_set_mode(l, 10), 0);
	ck_assert_str_eq(parity_dump(l, NL_DUMP_DETAILS),
			 "t0 generic ipvlan-mode 0xa\n"
			 "    mtu 0 txqlen 0 weight 0 \n"
			 "    mode default carrier down\n"
			 "ipvlan-mode 0xa");
	rtnl_link_put(l);
	l = rtnl_link_vrf_alloc();
	rtnl_link_set_name(l, "t0");
	ck_assert_int_eq(rtnl_link_vrf_set_tableid(l, 100), 0);
	ck_assert_str_eq(parity_dump(l, NL_DUMP_DETAILS),
			 "t0 generic table-id 100\n"
			 "    mtu 0 txqlen 0 weight 0 \n"
			 "    mode default carrier down\n"
			 "table-id 100");
	rtnl_link_put(l);
}
END_TEST

/* Upstream's own expectations of the ip6tnl accessors
 * (tests/cksuite-link-ip6tnl.c, userspace part). */
START_TEST(ip6tnl_api)
{
	struct rtnl_link *l = rtnl_link_ip6_tnl_alloc();
	struct in6_addr la, ra, t;
	uint32_t u = 0;
	int on = 9;

	inet_pton(AF_INET6, "2001:db8::1", &la);
	inet_pton(AF_INET6, "2001:db8::2", &ra);
	ck_assert_int_eq(rtnl_link_is_ip6_tnl(l), 1);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_link(l, 123), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_link(l), 123);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_local(l, &la), 0);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_remote(l, &ra), 0);
	ck_assert_int_eq(rtnl_link_ip6_tnl_get_local(l, &t), 0);
	ck_assert_mem_eq(&t, &la, sizeof(t));
	ck_assert_int_eq(rtnl_link_ip6_tnl_get_remote(l, &t), 0);
	ck_assert_mem_eq(&t, &ra, sizeof(t));
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_ttl(l, 42), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_ttl(l), 42);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_tos(l, 0x1a), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_tos(l), 0x1a);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_encaplimit(l, 3), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_encaplimit(l), 3);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_flags(l, 0x7f), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_flags(l), 0x7f);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_flowinfo(l, 0xbeefdead), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_flowinfo(l), 0xbeefdead);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_proto(l, 41), 0);
	ck_assert_uint_eq(rtnl_link_ip6_tnl_get_proto(l), 41);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_fwmark(l, 0xdead), 0);
	ck_assert_int_eq(rtnl_link_ip6_tnl_get_fwmark(l, &u), 0);
	ck_assert_uint_eq(u, 0xdead);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_collect_metadata(l, 1), 0);
	ck_assert_int_eq(rtnl_link_ip6_tnl_get_collect_metadata(l, &on), 0);
	ck_assert_int_eq(on, 1);
	ck_assert_int_eq(rtnl_link_ip6_tnl_set_collect_metadata(l, 0), 0);
	on = 1;
	ck_assert_int_eq(rtnl_link_ip6_tnl_get_collect_metadata(l, &on), 0);
	ck_assert_int_eq(on, 0);
	rtnl_link_put(l);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("parity-link");
	TCase *tc = tcase_create("link");

	tcase_add_test(tc, add_request);
	tcase_add_test(tc, fill_info);
	tcase_add_test(tc, change_request);
	tcase_add_test(tc, veth_requests);
	tcase_add_test(tc, absent_values);
	tcase_add_test(tc, missing_codes);
	tcase_add_test(tc, parse_rules);
	tcase_add_test(tc, af_requests);
	tcase_add_test(tc, af_dump_cells);
	tcase_add_test(tc, bridge_port_requests);
	tcase_add_test(tc, sriov_request);
	suite_add_tcase(s, tc);
	tc = tcase_create("kinds");
	tcase_add_test(tc, vxlan_geneve);
	tcase_add_test(tc, can);
	tcase_add_test(tc, macsec);
	tcase_add_test(tc, vlan);
	tcase_add_test(tc, details_text);
	tcase_add_test(tc, ip6tnl_api);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
