/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IP tunnel links: ipip, sit and ip6tnl (IFLA_IPTUN_*), gre, gretap and
 * ip6gre (IFLA_GRE_*), vti and vti6 (IFLA_VTI_*).  All of them keep their
 * data in one structure; each kind has a table naming the attributes it
 * uses, and the generic table code parses, builds, compares, clones and
 * frees them.  Addresses, keys, GRE flags and the flow label are kept as
 * they travel (network byte order), as the public API hands them over.
 */

#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <linux/if_tunnel.h>

#include "nl-private/kinds-b.h"

#include <netlink/netlink.h>
#include <netlink/route/link/ipip.h>
#include <netlink/route/link/sit.h>
#include <netlink/route/link/ip6tnl.h>
#include <netlink/route/link/ipgre.h>
#include <netlink/route/link/ip6gre.h>
#include <netlink/route/link/ipvti.h>
#include <netlink/route/link/ip6vti.h>

#define TN_LINK		(1ULL << 0)
#define TN_LOCAL	(1ULL << 1)
#define TN_REMOTE	(1ULL << 2)
#define TN_TTL		(1ULL << 3)
#define TN_TOS		(1ULL << 4)
#define TN_PMTUDISC	(1ULL << 5)
#define TN_FWMARK	(1ULL << 6)
#define TN_FLAGS	(1ULL << 7)
#define TN_PROTO	(1ULL << 8)
#define TN_6RD_PFX	(1ULL << 9)
#define TN_6RD_RPFX	(1ULL << 10)
#define TN_6RD_PFXLEN	(1ULL << 11)
#define TN_6RD_RPFXLEN	(1ULL << 12)
#define TN_ENCAP_LIMIT	(1ULL << 13)
#define TN_FLOWINFO	(1ULL << 14)
#define TN_IFLAGS	(1ULL << 15)
#define TN_OFLAGS	(1ULL << 16)
#define TN_IKEY		(1ULL << 17)
#define TN_OKEY		(1ULL << 18)
#define TN_COLLECT_MD	(1ULL << 19)

struct kb_tnl {
	uint64_t ce_mask;
	uint32_t link;
	uint32_t local;		/* IPv4 addresses, network byte order */
	uint32_t remote;
	uint32_t fwmark;
	uint32_t ikey;		/* network byte order */
	uint32_t okey;
	uint32_t flowinfo;	/* network byte order */
	uint32_t flags;		/* ip6tnl, ip6gre: u32 flags */
	uint32_t relay_prefix;	/* sit 6rd, network byte order */
	struct in6_addr local6;
	struct in6_addr remote6;
	struct in6_addr prefix6;	/* sit 6rd prefix */
	uint16_t sflags;	/* sit: u16 flags */
	uint16_t iflags;	/* GRE flags, network byte order */
	uint16_t oflags;
	uint16_t prefixlen;
	uint16_t relay_prefixlen;
	uint8_t ttl;
	uint8_t tos;
	uint8_t pmtudisc;
	uint8_t encap_limit;
	uint8_t proto;
	uint8_t collect_md;
};

#define E(m, BIT, NAME, TYPE, NLA)                                             \
	NLO_ENTRY(struct kb_tnl, m, BIT, NAME, TYPE, .nla = (NLA))
/* an IPv6 address: all 16 bytes or the message is refused */
#define E6(m, BIT, NAME, NLA)                                                  \
	NLO_ENTRY(struct kb_tnl, m, BIT, NAME, NLO_BINARY, .nla = (NLA),       \
		  .flags = NLO_F_FULL)

static const struct nlo_attr ipip_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_IPTUN_LINK),
	E(local, TN_LOCAL, "local", NLO_U32, IFLA_IPTUN_LOCAL),
	E(remote, TN_REMOTE, "remote", NLO_U32, IFLA_IPTUN_REMOTE),
	E(ttl, TN_TTL, "ttl", NLO_U8, IFLA_IPTUN_TTL),
	E(tos, TN_TOS, "tos", NLO_U8, IFLA_IPTUN_TOS),
	E(pmtudisc, TN_PMTUDISC, "pmtudisc", NLO_U8, IFLA_IPTUN_PMTUDISC),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_IPTUN_FWMARK),
};

static const struct nlo_attr sit_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_IPTUN_LINK),
	E(local, TN_LOCAL, "local", NLO_U32, IFLA_IPTUN_LOCAL),
	E(remote, TN_REMOTE, "remote", NLO_U32, IFLA_IPTUN_REMOTE),
	E(ttl, TN_TTL, "ttl", NLO_U8, IFLA_IPTUN_TTL),
	E(tos, TN_TOS, "tos", NLO_U8, IFLA_IPTUN_TOS),
	E(pmtudisc, TN_PMTUDISC, "pmtudisc", NLO_U8, IFLA_IPTUN_PMTUDISC),
	E(sflags, TN_FLAGS, "flags", NLO_U16, IFLA_IPTUN_FLAGS),
	E(proto, TN_PROTO, "proto", NLO_U8, IFLA_IPTUN_PROTO),
	E6(prefix6, TN_6RD_PFX, "6rd_prefix", IFLA_IPTUN_6RD_PREFIX),
	E(relay_prefix, TN_6RD_RPFX, "6rd_relay_prefix", NLO_U32,
	  IFLA_IPTUN_6RD_RELAY_PREFIX),
	E(prefixlen, TN_6RD_PFXLEN, "6rd_prefixlen", NLO_U16,
	  IFLA_IPTUN_6RD_PREFIXLEN),
	E(relay_prefixlen, TN_6RD_RPFXLEN, "6rd_relay_prefixlen", NLO_U16,
	  IFLA_IPTUN_6RD_RELAY_PREFIXLEN),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_IPTUN_FWMARK),
};

static const struct nlo_attr ip6tnl_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_IPTUN_LINK),
	E6(local6, TN_LOCAL, "local", IFLA_IPTUN_LOCAL),
	E6(remote6, TN_REMOTE, "remote", IFLA_IPTUN_REMOTE),
	E(ttl, TN_TTL, "ttl", NLO_U8, IFLA_IPTUN_TTL),
	E(tos, TN_TOS, "tos", NLO_U8, IFLA_IPTUN_TOS),
	E(encap_limit, TN_ENCAP_LIMIT, "encaplimit", NLO_U8,
	  IFLA_IPTUN_ENCAP_LIMIT),
	E(flags, TN_FLAGS, "flags", NLO_U32, IFLA_IPTUN_FLAGS),
	E(flowinfo, TN_FLOWINFO, "flowinfo", NLO_U32, IFLA_IPTUN_FLOWINFO),
	E(proto, TN_PROTO, "proto", NLO_U8, IFLA_IPTUN_PROTO),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_IPTUN_FWMARK),
	E(collect_md, TN_COLLECT_MD, "collect_metadata", NLO_FLAG,
	  IFLA_IPTUN_COLLECT_METADATA),
};

static const struct nlo_attr gre_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_GRE_LINK),
	E(iflags, TN_IFLAGS, "iflags", NLO_U16, IFLA_GRE_IFLAGS),
	E(oflags, TN_OFLAGS, "oflags", NLO_U16, IFLA_GRE_OFLAGS),
	E(ikey, TN_IKEY, "ikey", NLO_U32, IFLA_GRE_IKEY),
	E(okey, TN_OKEY, "okey", NLO_U32, IFLA_GRE_OKEY),
	E(local, TN_LOCAL, "local", NLO_U32, IFLA_GRE_LOCAL),
	E(remote, TN_REMOTE, "remote", NLO_U32, IFLA_GRE_REMOTE),
	E(ttl, TN_TTL, "ttl", NLO_U8, IFLA_GRE_TTL),
	E(tos, TN_TOS, "tos", NLO_U8, IFLA_GRE_TOS),
	E(pmtudisc, TN_PMTUDISC, "pmtudisc", NLO_U8, IFLA_GRE_PMTUDISC),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_GRE_FWMARK),
};

static const struct nlo_attr ip6gre_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_GRE_LINK),
	E(iflags, TN_IFLAGS, "iflags", NLO_U16, IFLA_GRE_IFLAGS),
	E(oflags, TN_OFLAGS, "oflags", NLO_U16, IFLA_GRE_OFLAGS),
	E(ikey, TN_IKEY, "ikey", NLO_U32, IFLA_GRE_IKEY),
	E(okey, TN_OKEY, "okey", NLO_U32, IFLA_GRE_OKEY),
	E6(local6, TN_LOCAL, "local", IFLA_GRE_LOCAL),
	E6(remote6, TN_REMOTE, "remote", IFLA_GRE_REMOTE),
	E(ttl, TN_TTL, "ttl", NLO_U8, IFLA_GRE_TTL),
	E(encap_limit, TN_ENCAP_LIMIT, "encaplimit", NLO_U8,
	  IFLA_GRE_ENCAP_LIMIT),
	E(flowinfo, TN_FLOWINFO, "flowinfo", NLO_U32, IFLA_GRE_FLOWINFO),
	E(flags, TN_FLAGS, "flags", NLO_U32, IFLA_GRE_FLAGS),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_GRE_FWMARK),
};

static const struct nlo_attr vti_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_VTI_LINK),
	E(ikey, TN_IKEY, "ikey", NLO_U32, IFLA_VTI_IKEY),
	E(okey, TN_OKEY, "okey", NLO_U32, IFLA_VTI_OKEY),
	E(local, TN_LOCAL, "local", NLO_U32, IFLA_VTI_LOCAL),
	E(remote, TN_REMOTE, "remote", NLO_U32, IFLA_VTI_REMOTE),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_VTI_FWMARK),
};

static const struct nlo_attr vti6_attrs[] = {
	E(link, TN_LINK, "link", NLO_U32, IFLA_VTI_LINK),
	E(ikey, TN_IKEY, "ikey", NLO_U32, IFLA_VTI_IKEY),
	E(okey, TN_OKEY, "okey", NLO_U32, IFLA_VTI_OKEY),
	E6(local6, TN_LOCAL, "local", IFLA_VTI_LOCAL),
	E6(remote6, TN_REMOTE, "remote", IFLA_VTI_REMOTE),
	E(fwmark, TN_FWMARK, "fwmark", NLO_U32, IFLA_VTI_FWMARK),
};

#undef E
#undef E6

static const struct nlo_table ipip_table =
	NLO_TABLE(struct kb_tnl, ce_mask, ipip_attrs, IFLA_IPTUN_MAX);
static const struct nlo_table sit_table =
	NLO_TABLE(struct kb_tnl, ce_mask, sit_attrs, IFLA_IPTUN_MAX);
static const struct nlo_table ip6tnl_table =
	NLO_TABLE(struct kb_tnl, ce_mask, ip6tnl_attrs, IFLA_IPTUN_MAX);
static const struct nlo_table gre_table =
	NLO_TABLE(struct kb_tnl, ce_mask, gre_attrs, IFLA_GRE_MAX);
static const struct nlo_table ip6gre_table =
	NLO_TABLE(struct kb_tnl, ce_mask, ip6gre_attrs, IFLA_GRE_MAX);
static const struct nlo_table vti_table =
	NLO_TABLE(struct kb_tnl, ce_mask, vti_attrs, IFLA_VTI_MAX);
static const struct nlo_table vti6_table =
	NLO_TABLE(struct kb_tnl, ce_mask, vti6_attrs, IFLA_VTI_MAX);

/* ------------------------------------------------------------------ */
/* Dumps: the text of Debian's libnl 3.7, including its odd spacing.    */

static void tn_dump_link(struct rtnl_link *link, struct nl_dump_params *p,
			 const struct kb_tnl *t)
{
	char buf[64];

	if (t->ce_mask & TN_LINK)
		nl_dump_line(p, "      link %s\n",
			     _kinds_b_ifname(link, t->link, buf, sizeof(buf)));
}

/* The IPv6 kinds print the tunnel's own name as its "link". */
static void tn_dump_link_self(struct rtnl_link *link, struct nl_dump_params *p,
			      const struct kb_tnl *t)
{
	if (t->ce_mask & TN_LINK)
		nl_dump_line(p, "      link %s\n", link->l_name);
}

static void tn_dump_in4(struct nl_dump_params *p, const char *what,
			uint32_t a)
{
	char buf[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, &a, buf, sizeof(buf));
	nl_dump_line(p, "      %s %s\n", what, buf);
}

static void tn_dump_in6(struct nl_dump_params *p, const char *what,
			const struct in6_addr *a)
{
	char buf[INET6_ADDRSTRLEN];

	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	nl_dump_line(p, "      %s %s\n", what, buf);
}

static void tn_dump_addrs(struct nl_dump_params *p, const struct kb_tnl *t,
			  int six)
{
	if (t->ce_mask & TN_LOCAL) {
		if (six)
			tn_dump_in6(p, "local", &t->local6);
		else
			tn_dump_in4(p, "local", t->local);
	}
	if (t->ce_mask & TN_REMOTE) {
		if (six)
			tn_dump_in6(p, "remote", &t->remote6);
		else
			tn_dump_in4(p, "remote", t->remote);
	}
}

static void tn_dump_ttl_tos(struct nl_dump_params *p, const struct kb_tnl *t)
{
	if (t->ce_mask & TN_TTL)
		nl_dump_line(p, "      ttl %u\n", t->ttl);
	if (t->ce_mask & TN_TOS)
		nl_dump_line(p, "      tos %u\n", t->tos);
}

static void tn_dump_pmtudisc(struct nl_dump_params *p, const struct kb_tnl *t)
{
	if (t->ce_mask & TN_PMTUDISC)
		nl_dump_line(p, "      pmtudisc enabled (%#x)\n", t->pmtudisc);
}

static void tn_dump_fwmark(struct nl_dump_params *p, const struct kb_tnl *t)
{
	if (t->ce_mask & TN_FWMARK)
		nl_dump_line(p, "      fwmark %x\n", t->fwmark);
}

static void tn_dump_keys(struct nl_dump_params *p, const struct kb_tnl *t)
{
	if (t->ce_mask & TN_IKEY)
		nl_dump_line(p, "    ikey   %x\n", t->ikey);
	if (t->ce_mask & TN_OKEY)
		nl_dump_line(p, "      okey %x\n", t->okey);
}

static void tn_dump_gre_flags(struct nl_dump_params *p, const struct kb_tnl *t)
{
	if (t->ce_mask & TN_IFLAGS)
		nl_dump_line(p, "      iflags %x\n", t->iflags);
	if (t->ce_mask & TN_OFLAGS)
		nl_dump_line(p, "      oflags %x\n", t->oflags);
}

static void ipip_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link(link, p, t);
	tn_dump_addrs(p, t, 0);
	tn_dump_ttl_tos(p, t);
	tn_dump_pmtudisc(p, t);
	tn_dump_fwmark(p, t);
}

static void sit_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;
	char buf[INET6_ADDRSTRLEN];

	if (!t)
		return;
	tn_dump_link(link, p, t);
	tn_dump_addrs(p, t, 0);
	tn_dump_ttl_tos(p, t);
	if (t->ce_mask & TN_FLAGS)
		nl_dump_line(p, "      flags  (%x)\n", t->sflags);
	if (t->ce_mask & TN_PROTO)
		nl_dump_line(p, "      proto    (%x)\n", t->proto);
	if (t->ce_mask & TN_6RD_PFX)
		nl_dump_line(p, "      6rd_prefix   %s\n",
			     inet_ntop(AF_INET6, &t->prefix6, buf,
				       sizeof(buf)));
	if (t->ce_mask & TN_6RD_RPFX)
		nl_dump_line(p, "      6rd_relay_prefix   %s\n",
			     inet_ntop(AF_INET, &t->relay_prefix, buf,
				       sizeof(buf)));
	if (t->ce_mask & TN_6RD_PFXLEN)
		nl_dump_line(p, "      6rd_prefixlen   %d\n", t->prefixlen);
	if (t->ce_mask & TN_6RD_RPFXLEN)
		nl_dump_line(p, "      6rd_relay_prefixlen   %d\n",
			     t->relay_prefixlen);
	tn_dump_fwmark(p, t);
}

static void ip6tnl_dump_details(struct rtnl_link *link,
				struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link(link, p, t);
	tn_dump_addrs(p, t, 1);
	tn_dump_ttl_tos(p, t);
	if (t->ce_mask & TN_ENCAP_LIMIT)
		nl_dump_line(p, "      encaplimit %u\n", t->encap_limit);
	if (t->ce_mask & TN_FLAGS)
		nl_dump_line(p, "      flags  (%x)\n", t->flags);
	if (t->ce_mask & TN_FLOWINFO)
		nl_dump_line(p, "      flowinfo  (%x)\n", t->flowinfo);
	if (t->ce_mask & TN_PROTO)
		nl_dump_line(p, "    proto    (%x)\n", t->proto);
	tn_dump_fwmark(p, t);
}

static void gre_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link(link, p, t);
	tn_dump_gre_flags(p, t);
	tn_dump_keys(p, t);
	tn_dump_addrs(p, t, 0);
	tn_dump_ttl_tos(p, t);
	tn_dump_pmtudisc(p, t);
	tn_dump_fwmark(p, t);
}

static void ip6gre_dump_details(struct rtnl_link *link,
				struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link_self(link, p, t);
	tn_dump_gre_flags(p, t);
	tn_dump_keys(p, t);
	tn_dump_addrs(p, t, 1);
	if (t->ce_mask & TN_TTL)
		nl_dump_line(p, "      ttl %u\n", t->ttl);
	if (t->ce_mask & TN_ENCAP_LIMIT)
		nl_dump_line(p, "      encaplimit %u\n", t->encap_limit);
	if (t->ce_mask & TN_FLOWINFO)
		nl_dump_line(p, "      flowinfo %x\n", t->flowinfo);
	if (t->ce_mask & TN_FLAGS)
		nl_dump_line(p, "      flags %x\n", t->flags);
	if (t->ce_mask & TN_FWMARK)
		nl_dump_line(p, "    fwmark   %x\n", t->fwmark);
}

static void vti_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link(link, p, t);
	if (t->ce_mask & TN_IKEY)
		nl_dump_line(p, "      ikey   %x\n", t->ikey);
	if (t->ce_mask & TN_OKEY)
		nl_dump_line(p, "      okey %x\n", t->okey);
	tn_dump_addrs(p, t, 0);
	tn_dump_fwmark(p, t);
}

static void vti6_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	const struct kb_tnl *t = link->l_info;

	if (!t)
		return;
	tn_dump_link_self(link, p, t);
	if (t->ce_mask & TN_IKEY)
		nl_dump_line(p, "      ikey   %x\n", t->ikey);
	if (t->ce_mask & TN_OKEY)
		nl_dump_line(p, "      okey %x\n", t->okey);
	tn_dump_addrs(p, t, 1);
	tn_dump_fwmark(p, t);
}

#define TN_LINE(fn, label)                                                     \
	static void fn(struct rtnl_link *link, struct nl_dump_params *p)       \
	{                                                                      \
		nl_dump(p, label " : %s", link->l_name);                       \
	}

TN_LINE(ipip_dump_line, "ipip")
TN_LINE(sit_dump_line, "sit")
TN_LINE(ip6tnl_dump_line, "ip6_tnl")
TN_LINE(gre_dump_line, "ipgre")
TN_LINE(ip6gre_dump_line, "ip6gre")
TN_LINE(vti_dump_line, "ipvti")
TN_LINE(vti6_dump_line, "ip6vti")

/* ip6tnl requests always carry the inner protocol (0: any), as Debian's
 * libnl sends them; it is printed only when set or reported. */
static int ip6tnl_put_attrs(struct nl_msg *msg, struct rtnl_link *link)
{
	struct kb_tnl *t = link->l_info;
	struct nlattr *data;
	int err;

	if (!t)
		return 0;
	if (!(data = nla_nest_start(msg, IFLA_INFO_DATA)))
		return -NLE_MSGSIZE;
	if ((err = nlo_build(msg, t, &ip6tnl_table, ~0ULL)) < 0)
		return err;
	if (!(t->ce_mask & TN_PROTO) &&
	    (err = nla_put_u8(msg, IFLA_IPTUN_PROTO, t->proto)) < 0)
		return err;
	nla_nest_end(msg, data);
	return 0;
}

#define TN_OPS(var, NAME, TABLE, LINE, DETAILS, ...)                           \
	static struct rtnl_link_info_ops var = {                               \
		.io_name = NAME,                                               \
		.io_dump = { [NL_DUMP_LINE] = LINE,                            \
			     [NL_DUMP_DETAILS] = DETAILS },                    \
		.io_table = &TABLE,                                            \
		.io_size = sizeof(struct kb_tnl),                              \
		__VA_ARGS__                                                    \
	};                                                                     \
	KB_REGISTER(var)

TN_OPS(ipip_ops, "ipip", ipip_table, ipip_dump_line, ipip_dump_details)
TN_OPS(sit_ops, "sit", sit_table, sit_dump_line, sit_dump_details)
TN_OPS(ip6tnl_ops, "ip6tnl", ip6tnl_table, ip6tnl_dump_line,
       ip6tnl_dump_details, .io_put_attrs = ip6tnl_put_attrs)
TN_OPS(gre_ops, "gre", gre_table, gre_dump_line, gre_dump_details)
TN_OPS(gretap_ops, "gretap", gre_table, gre_dump_line, gre_dump_details)
TN_OPS(ip6gre_ops, "ip6gre", ip6gre_table, ip6gre_dump_line,
       ip6gre_dump_details)
TN_OPS(vti_ops, "vti", vti_table, vti_dump_line, vti_dump_details)
TN_OPS(vti6_ops, "vti6", vti6_table, vti6_dump_line, vti6_dump_details)

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

static struct kb_tnl *gre_data(struct rtnl_link *link)
{
	struct kb_tnl *t = KB_DATA(struct kb_tnl, link, &gre_ops);

	return t ? t : KB_DATA(struct kb_tnl, link, &gretap_ops);
}

#define ipip_data(l) KB_DATA(struct kb_tnl, l, &ipip_ops)
#define sit_data(l) KB_DATA(struct kb_tnl, l, &sit_ops)
#define ip6_tnl_data(l) KB_DATA(struct kb_tnl, l, &ip6tnl_ops)
#define ipgre_data(l) gre_data(l)
#define ip6gre_data(l) KB_DATA(struct kb_tnl, l, &ip6gre_ops)
#define ipvti_data(l) KB_DATA(struct kb_tnl, l, &vti_ops)
#define ip6vti_data(l) KB_DATA(struct kb_tnl, l, &vti6_ops)

/* int PREFIX_set_NAME(link, v): -NLE_OPNOTSUPP when link is of another kind */
#define TN_SET(K, NAME, VT, M, BIT)                                            \
	int rtnl_link_##K##_set_##NAME(struct rtnl_link *link, VT v)           \
	{                                                                      \
		struct kb_tnl *t = K##_data(link);                             \
                                                                               \
		if (!t)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		t->M = v;                                                      \
		t->ce_mask |= (BIT);                                           \
		return 0;                                                      \
	}

/* VT PREFIX_get_NAME(link): the value (0 when not set); for a link of
 * another kind the error code -NLE_OPNOTSUPP converted to VT. */
#define TN_GETV(K, NAME, VT, M)                                                \
	VT rtnl_link_##K##_get_##NAME(struct rtnl_link *link)                  \
	{                                                                      \
		struct kb_tnl *t = K##_data(link);                             \
                                                                               \
		if (!t)                                                        \
			return (VT)-NLE_OPNOTSUPP;                             \
		return t->M;                                                   \
	}

/* int PREFIX_get_NAME(link, &v): -NLE_NOATTR when not set */
#define TN_GETP(K, NAME, VT, M, BIT)                                           \
	int rtnl_link_##K##_get_##NAME(struct rtnl_link *link, VT *out)        \
	{                                                                      \
		struct kb_tnl *t = K##_data(link);                             \
                                                                               \
		if (!t)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if (!(t->ce_mask & (BIT)))                                     \
			return -NLE_NOATTR;                                    \
		if (!out)                                              \
			return -NLE_INVAL;                                     \
		*out = t->M;                                                   \
		return 0;                                                      \
	}

#define TN_SETV(K, NAME, VT, M, BIT)                                           \
	TN_SET(K, NAME, VT, M, BIT) TN_GETV(K, NAME, VT, M)
#define TN_SETP(K, NAME, VT, M, BIT)                                           \
	TN_SET(K, NAME, VT, M, BIT) TN_GETP(K, NAME, VT, M, BIT)

/* IPv6 addresses: set from and copy to a struct in6_addr. */
#define TN_SET6(K, NAME, M, BIT)                                               \
	int rtnl_link_##K##_set_##NAME(struct rtnl_link *link,                 \
				       struct in6_addr *a)                     \
	{                                                                      \
		struct kb_tnl *t = K##_data(link);                             \
                                                                               \
		if (!t)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if (!a)                                                        \
			return -NLE_INVAL;                                     \
		t->M = *a;                                                     \
		t->ce_mask |= (BIT);                                           \
		return 0;                                                      \
	}
#define TN_GET6(K, NAME, M, BIT, CHECK)                                        \
	int rtnl_link_##K##_get_##NAME(struct rtnl_link *link,                 \
				       struct in6_addr *a)                     \
	{                                                                      \
		struct kb_tnl *t = K##_data(link);                             \
                                                                               \
		if (!t)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if ((CHECK) && !(t->ce_mask & (BIT)))                          \
			return -NLE_NOATTR;                                    \
		if (!a)                                                        \
			return -NLE_INVAL;                                     \
		*a = t->M;                                                     \
		return 0;                                                      \
	}

/** @name ipip links
 * @{ */

/** Allocate a link of kind "ipip"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ipip_alloc(void)
{
	return _kinds_b_alloc("ipip");
}

/** Nonzero when link is of kind "ipip". */
int rtnl_link_is_ipip(struct rtnl_link *link)
{
	return ipip_data(link) != NULL;
}

/** Create an ipip tunnel named name (NULL: the kernel names it).
 * @return 0 or a negative NLE_* code from the kernel. */
int rtnl_link_ipip_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "ipip", name);
}

/* Setters return 0, or -NLE_OPNOTSUPP when the link is not an ipip link;
 * the value getters return the stored value (0 when not set). */
/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETV(ipip, link, uint32_t, link, TN_LINK)
/** Local endpoint address (network byte order): setter and getter. */
TN_SETV(ipip, local, uint32_t, local, TN_LOCAL)
/** Remote endpoint address (network byte order): setter and getter. */
TN_SETV(ipip, remote, uint32_t, remote, TN_REMOTE)
/** Hop limit of the outer header (0: inherit): setter and getter. */
TN_SETV(ipip, ttl, uint8_t, ttl, TN_TTL)
/** Type of service of the outer header: setter and getter. */
TN_SETV(ipip, tos, uint8_t, tos, TN_TOS)
/** Path MTU discovery on (1) or off (0): setter and getter. */
TN_SETV(ipip, pmtudisc, uint8_t, pmtudisc, TN_PMTUDISC)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ipip, fwmark, uint32_t, fwmark, TN_FWMARK)

/** @} */

/** @name sit links
 * @{ */

/** Allocate a link of kind "sit"; NULL when out of memory. */
struct rtnl_link *rtnl_link_sit_alloc(void)
{
	return _kinds_b_alloc("sit");
}

/** Nonzero when link is of kind "sit". */
int rtnl_link_is_sit(struct rtnl_link *link)
{
	return sit_data(link) != NULL;
}

/** Create a sit tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_sit_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "sit", name);
}

/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETV(sit, link, uint32_t, link, TN_LINK)
/** Local endpoint address (network byte order): setter and getter. */
TN_SETV(sit, local, uint32_t, local, TN_LOCAL)
/** Remote endpoint address (network byte order): setter and getter. */
TN_SETV(sit, remote, uint32_t, remote, TN_REMOTE)
/** Hop limit of the outer header (0: inherit): setter and getter. */
TN_SETV(sit, ttl, uint8_t, ttl, TN_TTL)
/** Type of service of the outer header: setter and getter. */
TN_SETV(sit, tos, uint8_t, tos, TN_TOS)
/** Path MTU discovery on (1) or off (0): setter and getter. */
TN_SETV(sit, pmtudisc, uint8_t, pmtudisc, TN_PMTUDISC)
/** Tunnel flags: setter and getter. */
TN_SETV(sit, flags, uint16_t, sflags, TN_FLAGS)
/** Inner protocol (IPPROTO_*; 0: any): setter and getter. */
TN_SETV(sit, proto, uint8_t, proto, TN_PROTO)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(sit, fwmark, uint32_t, fwmark, TN_FWMARK)
/** 6rd prefix length: setter. */
TN_SET(sit, ip6rd_prefixlen, uint16_t, prefixlen, TN_6RD_PFXLEN)
/** 6rd prefix length: getter. */
TN_GETP(sit, ip6rd_prefixlen, uint16_t, prefixlen, TN_6RD_PFXLEN)
/** 6rd relay prefix (network byte order): setter. */
TN_SET(sit, ip6rd_relay_prefix, uint32_t, relay_prefix, TN_6RD_RPFX)
/** 6rd relay prefix length: setter. */
TN_SET(sit, ip6rd_relay_prefixlen, uint16_t, relay_prefixlen,
       TN_6RD_RPFXLEN)
/** 6rd relay prefix length: getter. */
TN_GETP(sit, ip6rd_relay_prefixlen, uint16_t, relay_prefixlen,
	TN_6RD_RPFXLEN)

/** Set the 6rd prefix of a sit tunnel; 0, -NLE_OPNOTSUPP or -NLE_INVAL. */
int rtnl_link_sit_set_ip6rd_prefix(struct rtnl_link *link,
				   const struct in6_addr *prefix)
{
	struct kb_tnl *t = sit_data(link);

	if (!t)
		return -NLE_OPNOTSUPP;
	if (!prefix)
		return -NLE_INVAL;
	t->prefix6 = *prefix;
	t->ce_mask |= TN_6RD_PFX;
	return 0;
}

/** Copy the 6rd prefix of a sit tunnel to prefix; -NLE_NOATTR when unset. */
int rtnl_link_sit_get_ip6rd_prefix(const struct rtnl_link *link,
				   struct in6_addr *prefix)
{
	struct kb_tnl *t = sit_data((struct rtnl_link *)link);

	if (!t)
		return -NLE_OPNOTSUPP;
	if (!(t->ce_mask & TN_6RD_PFX))
		return -NLE_NOATTR;
	if (prefix)
		*prefix = t->prefix6;
	return 0;
}

/** The 6rd relay prefix (network byte order); -NLE_NOATTR when unset. */
int rtnl_link_sit_get_ip6rd_relay_prefix(const struct rtnl_link *link,
					 uint32_t *prefix)
{
	struct kb_tnl *t = sit_data((struct rtnl_link *)link);

	if (!t)
		return -NLE_OPNOTSUPP;
	if (!(t->ce_mask & TN_6RD_RPFX))
		return -NLE_NOATTR;
	if (prefix)
		*prefix = t->relay_prefix;
	return 0;
}

/** @} */

/** @name ip6tnl links
 * @{ */

/** Allocate a link of kind "ip6tnl"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ip6_tnl_alloc(void)
{
	return _kinds_b_alloc("ip6tnl");
}

/** Nonzero when link is of kind "ip6tnl". */
int rtnl_link_is_ip6_tnl(struct rtnl_link *link)
{
	return ip6_tnl_data(link) != NULL;
}

/** Create an ip6tnl tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ip6_tnl_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "ip6tnl", name);
}

/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETV(ip6_tnl, link, uint32_t, link, TN_LINK)
/** Local endpoint address (network byte order): setter. */
TN_SET6(ip6_tnl, local, local6, TN_LOCAL)
/** Local endpoint address (network byte order): getter. */
TN_GET6(ip6_tnl, local, local6, TN_LOCAL, 0)
/** Remote endpoint address (network byte order): setter. */
TN_SET6(ip6_tnl, remote, remote6, TN_REMOTE)
/** Remote endpoint address (network byte order): getter. */
TN_GET6(ip6_tnl, remote, remote6, TN_REMOTE, 0)
/** Hop limit of the outer header (0: inherit): setter and getter. */
TN_SETV(ip6_tnl, ttl, uint8_t, ttl, TN_TTL)
/** Type of service of the outer header: setter and getter. */
TN_SETV(ip6_tnl, tos, uint8_t, tos, TN_TOS)
/** Encapsulation limit: setter and getter. */
TN_SETV(ip6_tnl, encaplimit, uint8_t, encap_limit, TN_ENCAP_LIMIT)
/** Tunnel flags: setter and getter. */
TN_SETV(ip6_tnl, flags, uint32_t, flags, TN_FLAGS)
/** Flow label of the outer header (network byte order): setter and getter. */
TN_SETV(ip6_tnl, flowinfo, uint32_t, flowinfo, TN_FLOWINFO)
/** Inner protocol (IPPROTO_*; 0: any): setter and getter. */
TN_SETV(ip6_tnl, proto, uint8_t, proto, TN_PROTO)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ip6_tnl, fwmark, uint32_t, fwmark, TN_FWMARK)

/** Ask for (nonzero) or against (0) metadata collection (external mode). */
int rtnl_link_ip6_tnl_set_collect_metadata(struct rtnl_link *link,
					   int enable)
{
	struct kb_tnl *t = ip6_tnl_data(link);

	if (!t)
		return -NLE_OPNOTSUPP;
	t->collect_md = !!enable;
	t->ce_mask |= TN_COLLECT_MD;
	return 0;
}

/** Whether the tunnel collects metadata (1) or not (0); -NLE_NOATTR when
 * unknown. */
int rtnl_link_ip6_tnl_get_collect_metadata(struct rtnl_link *link,
					   int *enable)
{
	struct kb_tnl *t = ip6_tnl_data(link);

	if (!t)
		return -NLE_OPNOTSUPP;
	if (!(t->ce_mask & TN_COLLECT_MD))
		return -NLE_NOATTR;
	if (enable)
		*enable = t->collect_md;
	return 0;
}

/** @} */

/** @name gre and gretap links
 * @{ */

/** Allocate a link of kind "gre"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ipgre_alloc(void)
{
	return _kinds_b_alloc("gre");
}

/** Allocate a link of kind "gretap"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ipgretap_alloc(void)
{
	return _kinds_b_alloc("gretap");
}

/** Nonzero when link is of kind "gre". */
int rtnl_link_is_ipgre(struct rtnl_link *link)
{
	return KB_DATA(struct kb_tnl, link, &gre_ops) != NULL;
}

/** Nonzero when link is of kind "gretap". */
int rtnl_link_is_ipgretap(struct rtnl_link *link)
{
	return KB_DATA(struct kb_tnl, link, &gretap_ops) != NULL;
}

/** Create a gre tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ipgre_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "gre", name);
}

/** Create a gretap tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ipgretap_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "gretap", name);
}

/* The ipgre accessors work on gre and gretap links. */
/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETV(ipgre, link, uint32_t, link, TN_LINK)
/** GRE flags of received packets (GRE_KEY..., network order): both. */
TN_SETV(ipgre, iflags, uint16_t, iflags, TN_IFLAGS)
/** GRE flags of sent packets (network byte order): setter and getter. */
TN_SETV(ipgre, oflags, uint16_t, oflags, TN_OFLAGS)
/** GRE key of received packets (network byte order): setter and getter. */
TN_SETV(ipgre, ikey, uint32_t, ikey, TN_IKEY)
/** GRE key of sent packets (network byte order): setter and getter. */
TN_SETV(ipgre, okey, uint32_t, okey, TN_OKEY)
/** Local endpoint address (network byte order): setter and getter. */
TN_SETV(ipgre, local, uint32_t, local, TN_LOCAL)
/** Remote endpoint address (network byte order): setter and getter. */
TN_SETV(ipgre, remote, uint32_t, remote, TN_REMOTE)
/** Hop limit of the outer header (0: inherit): setter and getter. */
TN_SETV(ipgre, ttl, uint8_t, ttl, TN_TTL)
/** Type of service of the outer header: setter and getter. */
TN_SETV(ipgre, tos, uint8_t, tos, TN_TOS)
/** Path MTU discovery on (1) or off (0): setter and getter. */
TN_SETV(ipgre, pmtudisc, uint8_t, pmtudisc, TN_PMTUDISC)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ipgre, fwmark, uint32_t, fwmark, TN_FWMARK)

/** @} */

/** @name ip6gre links
 * @{ */

/** Allocate a link of kind "ip6gre"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ip6gre_alloc(void)
{
	return _kinds_b_alloc("ip6gre");
}

/** Nonzero when link is of kind "ip6gre". */
int rtnl_link_is_ip6gre(struct rtnl_link *link)
{
	return ip6gre_data(link) != NULL;
}

/** Create an ip6gre tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ip6gre_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "ip6gre", name);
}

/* Getters return -NLE_NOATTR for values not set. */
/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETP(ip6gre, link, uint32_t, link, TN_LINK)
/** GRE flags of received packets (GRE_KEY..., network order): both. */
TN_SETP(ip6gre, iflags, uint16_t, iflags, TN_IFLAGS)
/** GRE flags of sent packets (network byte order): setter and getter. */
TN_SETP(ip6gre, oflags, uint16_t, oflags, TN_OFLAGS)
/** GRE key of received packets (network byte order): setter and getter. */
TN_SETP(ip6gre, ikey, uint32_t, ikey, TN_IKEY)
/** GRE key of sent packets (network byte order): setter and getter. */
TN_SETP(ip6gre, okey, uint32_t, okey, TN_OKEY)
/** Local endpoint address (network byte order): setter. */
TN_SET6(ip6gre, local, local6, TN_LOCAL)
/** Local endpoint address (network byte order): getter. */
TN_GET6(ip6gre, local, local6, TN_LOCAL, 1)
/** Remote endpoint address (network byte order): setter. */
TN_SET6(ip6gre, remote, remote6, TN_REMOTE)
/** Remote endpoint address (network byte order): getter. */
TN_GET6(ip6gre, remote, remote6, TN_REMOTE, 1)
/** Hop limit of the outer header (0: inherit): setter and getter. */
TN_SETP(ip6gre, ttl, uint8_t, ttl, TN_TTL)
/** Encapsulation limit: setter and getter. */
TN_SETP(ip6gre, encaplimit, uint8_t, encap_limit, TN_ENCAP_LIMIT)
/** Flow label of the outer header (network byte order): setter and getter. */
TN_SETP(ip6gre, flowinfo, uint32_t, flowinfo, TN_FLOWINFO)
/** Tunnel flags: setter and getter. */
TN_SETP(ip6gre, flags, uint32_t, flags, TN_FLAGS)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ip6gre, fwmark, uint32_t, fwmark, TN_FWMARK)

/** @} */

/** @name vti links
 * @{ */

/** Allocate a link of kind "vti"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ipvti_alloc(void)
{
	return _kinds_b_alloc("vti");
}

/** Nonzero when link is of kind "vti". */
int rtnl_link_is_ipvti(struct rtnl_link *link)
{
	return ipvti_data(link) != NULL;
}

/** Create a vti tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ipvti_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "vti", name);
}

/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETV(ipvti, link, uint32_t, link, TN_LINK)
/** GRE key of received packets (network byte order): setter and getter. */
TN_SETV(ipvti, ikey, uint32_t, ikey, TN_IKEY)
/** GRE key of sent packets (network byte order): setter and getter. */
TN_SETV(ipvti, okey, uint32_t, okey, TN_OKEY)
/** Local endpoint address (network byte order): setter and getter. */
TN_SETV(ipvti, local, uint32_t, local, TN_LOCAL)
/** Remote endpoint address (network byte order): setter and getter. */
TN_SETV(ipvti, remote, uint32_t, remote, TN_REMOTE)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ipvti, fwmark, uint32_t, fwmark, TN_FWMARK)

/** @} */

/** @name vti6 links
 * @{ */

/** Allocate a link of kind "vti6"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ip6vti_alloc(void)
{
	return _kinds_b_alloc("vti6");
}

/** Nonzero when link is of kind "vti6". */
int rtnl_link_is_ip6vti(struct rtnl_link *link)
{
	return ip6vti_data(link) != NULL;
}

/** Create a vti6 tunnel named name; 0 or a negative NLE_* code. */
int rtnl_link_ip6vti_add(struct nl_sock *sk, const char *name)
{
	return _kinds_b_add(sk, "vti6", name);
}

/** Index of the underlying link the tunnel is bound to: setter and getter. */
TN_SETP(ip6vti, link, uint32_t, link, TN_LINK)
/** GRE key of received packets (network byte order): setter and getter. */
TN_SETP(ip6vti, ikey, uint32_t, ikey, TN_IKEY)
/** GRE key of sent packets (network byte order): setter and getter. */
TN_SETP(ip6vti, okey, uint32_t, okey, TN_OKEY)
/** Local endpoint address (network byte order): setter. */
TN_SET6(ip6vti, local, local6, TN_LOCAL)
/** Local endpoint address (network byte order): getter. */
TN_GET6(ip6vti, local, local6, TN_LOCAL, 1)
/** Remote endpoint address (network byte order): setter. */
TN_SET6(ip6vti, remote, remote6, TN_REMOTE)
/** Remote endpoint address (network byte order): getter. */
TN_GET6(ip6vti, remote, remote6, TN_REMOTE, 1)
/** Firewall mark of the tunnel's packets: setter and getter. */
TN_SETP(ip6vti, fwmark, uint32_t, fwmark, TN_FWMARK)

/** @} */
