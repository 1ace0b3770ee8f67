/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: text a user gives the libraries.  The first byte of
 * the input picks the parser, the rest is the text (cut at a NUL):
 *
 *   0  a *_str2*() name table of the seven libraries (the next byte
 *      picks which)
 *   1  nl_size2int(), nl_prob2int(), nl_str2msec() and back to text
 *   2  nl_addr_parse() in every family; what parses prints and parses
 *      back to the same address
 *   3  nl_addr_build() of the raw bytes, printed and parsed back
 *   4  rtnl_tc_str2handle(); a handle prints and parses back to itself
 *   5  the NLDUMP environment variable, as nl_socket_alloc() reads it
 *   6  rtnl_link_vf_str2guid()
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/msg.h>
#include <netlink/socket.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/tc.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/qdisc/prio.h>
#include <netlink/route/qdisc/cbq.h>
#include <netlink/route/cls/police.h>
#include <netlink/route/link/sriov.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/inet.h>
#include <netlink/route/link/macvlan.h>
#include <netlink/route/link/macvtap.h>
#include <netlink/route/link/can.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/ipvlan.h>
#include <netlink/netfilter/netfilter.h>
#include <netlink/netfilter/log.h>
#include <netlink/netfilter/queue.h>
#include <netlink/netfilter/ct.h>
#include <netlink/netfilter/exp.h>
#include <netlink/xfrm/sp.h>
#include <netlink/xfrm/sa.h>
#include <netlink/xfrm/ae.h>
#include <netlink/xfrm/template.h>
#include <netlink/idiag/idiagnl.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int log_flags(const char *s) { return (int)nfnl_log_str2flags(s); }
static int verdict(const char *s) { return (int)nfnl_str2verdict(s); }
static int inet_hook(const char *s) { return (int)nfnl_str2inet_hook(s); }
static int extflag(const char *s) { return (int)rtnl_neigh_str2extflag(s); }
static int hwmode(const char *s) { return rtnl_link_bridge_str2hwmode(s); }

static int (*const tables[])(const char *) = {
	nl_str2nlfamily, nl_str2af, nl_str2llproto, nl_str2ether_proto,
	nl_str2ip_proto, nl_str2nlmsgtype,
	nfnl_log_str2copy_mode, log_flags, nfnl_exp_str2flags,
	nfnl_queue_str2copy_mode, nfnl_ct_str2tcp_state, nfnl_ct_str2status,
	verdict, inet_hook,
	rtnl_neigh_str2state, rtnl_neigh_str2flag, extflag,
	rtnl_route_str2table, rtnl_route_str2proto, rtnl_route_str2metric,
	rtnl_str2prio, rtnl_link_str2flags, rtnl_link_str2stat,
	rtnl_link_str2operstate, rtnl_link_str2mode, rtnl_link_str2carrier,
	rtnl_addr_str2flags, rtnl_link_vf_str2linkstate,
	rtnl_link_vf_str2vlanproto, rtnl_link_vlan_str2flags,
	rtnl_link_inet_str2devconf, rtnl_link_macvlan_str2mode,
	rtnl_link_macvlan_str2flags, rtnl_link_macvlan_str2macmode,
	rtnl_link_macvtap_str2mode, rtnl_link_macvtap_str2flags,
	rtnl_link_can_str2ctrlmode, rtnl_link_bridge_str2flags,
	rtnl_link_bridge_str2portstate, hwmode, rtnl_link_ipvlan_str2mode,
	nl_str2police, nl_str2ovl_strategy, nl_str2rtntype, rtnl_str2scope,
	rtnl_tc_str2stat, rtnl_route_nh_str2flags,
	xfrmnl_sp_str2action, xfrmnl_sp_str2flag, xfrmnl_sp_str2type,
	xfrmnl_sp_str2dir, xfrmnl_sp_str2share, xfrmnl_ae_str2flag,
	xfrmnl_user_tmpl_str2mode, xfrmnl_sa_str2flag, xfrmnl_sa_str2mode,
	idiagnl_str2state, idiagnl_str2timer,
};

static void units(const char *s)
{
	char buf[128];
	uint64_t ms;
	long l;

	l = nl_size2int(s);
	if (l >= 0)
		nl_size2str((size_t)l, buf, sizeof(buf));
	l = nl_prob2int(s);
	if (l > (long)NL_PROB_MAX)
		abort();
	if (nl_str2msec(s, &ms) == 0)
		nl_msec2str(ms, buf, sizeof(buf));
}

/* What @a prints as must parse back, in @a's family, to @a. */
static void back_again(struct nl_addr *a)
{
	struct nl_addr *b = NULL;
	char buf[512];

	nl_addr2str(a, buf, sizeof(buf));
	/* names and an empty address print as words of their own */
	if (!strcmp(buf, "none") || !strcmp(buf, "default"))
		return;
	if (nl_addr_parse(buf, nl_addr_get_family(a), &b) < 0)
		abort();
	if (nl_addr_cmp(a, b) || nl_addr_get_prefixlen(a) !=
					 nl_addr_get_prefixlen(b))
		abort();
	nl_addr_put(b);
}

static void addresses(const char *s)
{
	static const int families[] = {
		AF_UNSPEC, AF_INET, AF_INET6, AF_LLC, AF_PACKET, AF_BRIDGE,
		AF_MPLS, AF_DECnet, AF_NETLINK, AF_INET6 + 100,
	};
	size_t i;

	for (i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		struct nl_addr *a = NULL;
		char buf[64];

		if (nl_addr_parse(s, families[i], &a) < 0)
			continue;
		nl_addr_valid(s, families[i]);
		nl_addr_guess_family(a);
		nl_addr_iszero(a);
		nl_af2str(nl_addr_get_family(a), buf, sizeof(buf));
		back_again(a);
		nl_addr_put(a);
	}
}

/* Addresses of any length print; those of their family's own length
 * print as text that parses back. */
static void built(const uint8_t *data, size_t size)
{
	static const struct {
		int family;
		size_t len;
	} f[] = {
		{ AF_INET, 4 }, { AF_INET6, 16 }, { AF_LLC, 6 }, { AF_MPLS, 0 },
		{ AF_DECnet, 0 }, { AF_UNSPEC, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		struct nl_addr *a = nl_addr_build(f[i].family, data, size);
		char buf[1024];

		if (!a)
			continue;
		if (nl_addr_get_len(a) != size ||
		    (size && memcmp(nl_addr_get_binary_addr(a), data, size)))
			abort();
		nl_addr2str(a, buf, sizeof(buf));
		if (size == f[i].len)
			back_again(a);
		nl_addr_put(a);
	}
}

static void handles(const char *s)
{
	uint32_t h, h2;
	char buf[64];

	if (rtnl_tc_str2handle(s, &h) < 0)
		return;
	rtnl_tc_handle2str(h, buf, sizeof(buf));
	if (rtnl_tc_str2handle(buf, &h2) < 0 || h2 != h)
		abort();
}

static void nldump(const char *s)
{
	struct nl_sock *sk;
	unsigned int attempts, msec;

	if (setenv("NLDUMP", s, 1) < 0)
		return;
	sk = nl_socket_alloc();
	unsetenv("NLDUMP");
	if (!sk)
		return;
	nl_socket_get_dump_retry_limit(sk, &attempts, &msec);
	/* the variable never leaves a socket without any limit */
	if (!attempts && !msec)
		abort();
	nl_socket_free(sk);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t guid;
	size_t i;
	char *s;

	if (size < 1)
		return 0;
	s = malloc(size);
	if (!s)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';

	switch (data[0] % 7) {
	case 0:
		/* the second byte picks the table, the text follows */
		i = size > 1 ? data[1] % (sizeof(tables) / sizeof(tables[0])) : 0;
		tables[i](size > 1 ? s + 1 : s);
		break;
	case 1:
		units(s);
		break;
	case 2:
		addresses(s);
		break;
	case 3:
		built(data + 1, size - 1);
		break;
	case 4:
		handles(s);
		break;
	case 5:
		nldump(s);
		break;
	case 6:
		rtnl_link_vf_str2guid(&guid, s);
		break;
	}
	free(s);
	return 0;
}
