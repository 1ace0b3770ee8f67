/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VXLAN links (IFLA_INFO_KIND "vxlan"): the IFLA_VXLAN_* attributes are
 * described once in vxlan_attrs; parsing, building, comparing, cloning and
 * freeing come from the generic table code.
 */

#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/route/link/vxlan.h>

#define VX_ID		(1ULL << 0)
#define VX_GROUP	(1ULL << 1)
#define VX_LINK		(1ULL << 2)
#define VX_LOCAL	(1ULL << 3)
#define VX_TTL		(1ULL << 4)
#define VX_TOS		(1ULL << 5)
#define VX_LEARNING	(1ULL << 6)
#define VX_AGEING	(1ULL << 7)
#define VX_LIMIT	(1ULL << 8)
#define VX_PORT_RANGE	(1ULL << 9)
#define VX_PROXY	(1ULL << 10)
#define VX_RSC		(1ULL << 11)
#define VX_L2MISS	(1ULL << 12)
#define VX_L3MISS	(1ULL << 13)
#define VX_GROUP6	(1ULL << 14)
#define VX_LOCAL6	(1ULL << 15)
#define VX_PORT		(1ULL << 16)
#define VX_UDP_CSUM	(1ULL << 17)
#define VX_ZCSUM6_TX	(1ULL << 18)
#define VX_ZCSUM6_RX	(1ULL << 19)
#define VX_REMCSUM_TX	(1ULL << 20)
#define VX_REMCSUM_RX	(1ULL << 21)
#define VX_GBP		(1ULL << 22)
#define VX_NOPARTIAL	(1ULL << 23)
#define VX_COLLECT_MD	(1ULL << 24)
#define VX_LABEL	(1ULL << 25)
#define VX_GPE		(1ULL << 26)

#define VX_ALL_FLAGS                                                           \
	(RTNL_LINK_VXLAN_F_GBP | RTNL_LINK_VXLAN_F_GPE |                       \
	 RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL)

struct vxlan_info {
	uint64_t ce_mask;
	uint32_t id;
	uint32_t link;
	uint32_t ageing;
	uint32_t limit;
	uint32_t label;			/* host order (be32 on the wire) */
	uint16_t port;			/* host order (be16 on the wire) */
	struct ifla_vxlan_port_range range;	/* as on the wire */
	struct nl_addr *group;
	struct nl_addr *group6;
	struct nl_addr *local;
	struct nl_addr *local6;
	uint8_t ttl;
	uint8_t tos;
	uint8_t learning;
	uint8_t proxy;
	uint8_t rsc;
	uint8_t l2miss;
	uint8_t l3miss;
	uint8_t udp_csum;
	uint8_t zcsum6_tx;
	uint8_t zcsum6_rx;
	uint8_t remcsum_tx;
	uint8_t remcsum_rx;
	uint8_t collect_md;
	uint8_t gbp;			/* the three flag attributes: 0 or 1 */
	uint8_t gpe;
	uint8_t nopartial;
};

#define V(m, BIT, NAME, TYPE, ...)                                             \
	NLO_ENTRY(struct vxlan_info, m, BIT, NAME, TYPE, __VA_ARGS__)

static const struct nlo_attr vxlan_attrs[] = {
	V(id, VX_ID, "id", NLO_U32, .nla = IFLA_VXLAN_ID),
	V(group, VX_GROUP, "group", NLO_ADDR, .nla = IFLA_VXLAN_GROUP,
	  .family = AF_INET),
	V(link, VX_LINK, "link", NLO_U32, .nla = IFLA_VXLAN_LINK),
	V(local, VX_LOCAL, "local", NLO_ADDR, .nla = IFLA_VXLAN_LOCAL,
	  .family = AF_INET),
	V(ttl, VX_TTL, "ttl", NLO_U8, .nla = IFLA_VXLAN_TTL),
	V(tos, VX_TOS, "tos", NLO_U8, .nla = IFLA_VXLAN_TOS),
	V(learning, VX_LEARNING, "learning", NLO_U8, .nla = IFLA_VXLAN_LEARNING),
	V(ageing, VX_AGEING, "ageing", NLO_U32, .nla = IFLA_VXLAN_AGEING),
	V(limit, VX_LIMIT, "limit", NLO_U32, .nla = IFLA_VXLAN_LIMIT),
	V(range, VX_PORT_RANGE, "port_range", NLO_BINARY,
	  .nla = IFLA_VXLAN_PORT_RANGE),
	V(proxy, VX_PROXY, "proxy", NLO_U8, .nla = IFLA_VXLAN_PROXY),
	V(rsc, VX_RSC, "rsc", NLO_U8, .nla = IFLA_VXLAN_RSC),
	V(l2miss, VX_L2MISS, "l2miss", NLO_U8, .nla = IFLA_VXLAN_L2MISS),
	V(l3miss, VX_L3MISS, "l3miss", NLO_U8, .nla = IFLA_VXLAN_L3MISS),
	V(group6, VX_GROUP6, "group6", NLO_ADDR, .nla = IFLA_VXLAN_GROUP6,
	  .family = AF_INET6),
	V(local6, VX_LOCAL6, "local6", NLO_ADDR, .nla = IFLA_VXLAN_LOCAL6,
	  .family = AF_INET6),
	V(port, VX_PORT, "port", NLO_U16, .nla = IFLA_VXLAN_PORT,
	  .flags = NLO_F_BE | NLO_F_WIDE),
	V(udp_csum, VX_UDP_CSUM, "udp_csum", NLO_U8, .nla = IFLA_VXLAN_UDP_CSUM),
	V(zcsum6_tx, VX_ZCSUM6_TX, "udp_zero_csum6_tx", NLO_U8,
	  .nla = IFLA_VXLAN_UDP_ZERO_CSUM6_TX),
	V(zcsum6_rx, VX_ZCSUM6_RX, "udp_zero_csum6_rx", NLO_U8,
	  .nla = IFLA_VXLAN_UDP_ZERO_CSUM6_RX),
	V(remcsum_tx, VX_REMCSUM_TX, "remcsum_tx", NLO_U8,
	  .nla = IFLA_VXLAN_REMCSUM_TX),
	V(remcsum_rx, VX_REMCSUM_RX, "remcsum_rx", NLO_U8,
	  .nla = IFLA_VXLAN_REMCSUM_RX),
	V(gbp, VX_GBP, "gbp", NLO_FLAG, .nla = IFLA_VXLAN_GBP),
	V(nopartial, VX_NOPARTIAL, "remcsum_nopartial", NLO_FLAG,
	  .nla = IFLA_VXLAN_REMCSUM_NOPARTIAL),
	V(collect_md, VX_COLLECT_MD, "collect_metadata", NLO_U8,
	  .nla = IFLA_VXLAN_COLLECT_METADATA),
	V(label, VX_LABEL, "label", NLO_U32, .nla = IFLA_VXLAN_LABEL,
	  .flags = NLO_F_BE),
	V(gpe, VX_GPE, "gpe", NLO_FLAG, .nla = IFLA_VXLAN_GPE),
};

static const uint16_t vxlan_order[] = {
	IFLA_VXLAN_ID, IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6, IFLA_VXLAN_LINK,
	IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6, IFLA_VXLAN_TTL, IFLA_VXLAN_TOS,
	IFLA_VXLAN_LEARNING, IFLA_VXLAN_AGEING, IFLA_VXLAN_LIMIT,
	IFLA_VXLAN_PORT_RANGE, IFLA_VXLAN_PROXY, IFLA_VXLAN_RSC,
	IFLA_VXLAN_L2MISS, IFLA_VXLAN_L3MISS, IFLA_VXLAN_PORT,
	IFLA_VXLAN_UDP_CSUM, IFLA_VXLAN_UDP_ZERO_CSUM6_TX,
	IFLA_VXLAN_UDP_ZERO_CSUM6_RX, IFLA_VXLAN_REMCSUM_TX,
	IFLA_VXLAN_REMCSUM_RX, IFLA_VXLAN_GBP, IFLA_VXLAN_REMCSUM_NOPARTIAL,
	IFLA_VXLAN_COLLECT_METADATA, IFLA_VXLAN_LABEL, IFLA_VXLAN_GPE,
};

static const struct nlo_table vxlan_table =
	NLO_TABLE_ORDERED(struct vxlan_info, ce_mask, vxlan_attrs,
			  IFLA_VXLAN_MAX, vxlan_order);

static struct rtnl_link_info_ops vxlan_info_ops;

static void vxlan_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct vxlan_info *vx = link->l_info;

	if (vx && (vx->ce_mask & VX_ID))
		nl_dump(p, "vxlan-id %u", vx->id);
}

static void dump_addr(struct nl_dump_params *p, const char *what,
		      struct nl_addr *a)
{
	char buf[INET6_ADDRSTRLEN + 8];

	if (a)
		nl_dump_line(p, "      %s %s\n", what,
			     nl_addr2str(a, buf, sizeof(buf)));
}

static void vxlan_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct vxlan_info *vx = link->l_info;
	uint64_t m;
	char buf[64];

	if (!vx)
		return;
	m = vx->ce_mask;
	if (m & VX_ID)
		nl_dump_line(p, "    vxlan-id %u\n", vx->id);
	if (m & VX_GROUP)
		dump_addr(p, "group", vx->group);
	if (m & VX_GROUP6)
		dump_addr(p, "group", vx->group6);
	if (m & VX_LINK)
		nl_dump_line(p, "      link %s\n",
			     _kinds_a_ifname(link, vx->link, buf, sizeof(buf)));
	if (m & VX_LOCAL)
		dump_addr(p, "local", vx->local);
	if (m & VX_LOCAL6)
		dump_addr(p, "local", vx->local6);
	if (m & VX_TTL) {
		if (vx->ttl)
			nl_dump_line(p, "      ttl %u\n", vx->ttl);
		else
			nl_dump_line(p, "      ttl inherit\n");
	}
	if (m & VX_TOS) {
		if (vx->tos == 1)
			nl_dump_line(p, "      tos inherit\n");
		else
			nl_dump_line(p, "      tos %#x\n", vx->tos);
	}
	if (m & VX_LEARNING)
		_kinds_a_dump_bool(p, "learning", vx->learning);
	if (m & VX_AGEING) {
		if (vx->ageing)
			nl_dump_line(p, "      ageing %u seconds\n", vx->ageing);
		else
			nl_dump_line(p, "      ageing disabled\n");
	}
	if (m & VX_LIMIT) {
		if (vx->limit)
			nl_dump_line(p, "      limit %u\n", vx->limit);
		else
			nl_dump_line(p, "      limit unlimited\n");
	}
	if (m & VX_PORT_RANGE)
		nl_dump_line(p, "      port range %u - %u\n",
			     ntohs(vx->range.low), ntohs(vx->range.high));
	if (m & VX_PROXY)
		_kinds_a_dump_bool(p, "proxy", vx->proxy);
	if (m & VX_RSC)
		_kinds_a_dump_bool(p, "rsc", vx->rsc);
	if (m & VX_L2MISS)
		_kinds_a_dump_bool(p, "l2miss", vx->l2miss);
	if (m & VX_L3MISS)
		_kinds_a_dump_bool(p, "l3miss", vx->l3miss);
	if (m & VX_PORT)
		nl_dump_line(p, "      port %u\n", vx->port);
	if (m & VX_UDP_CSUM)
		_kinds_a_dump_bool(p, "UDP checksums", vx->udp_csum);
	if (m & VX_ZCSUM6_TX)
		_kinds_a_dump_bool(p, "udp-zero-csum6-tx", vx->zcsum6_tx);
	if (m & VX_ZCSUM6_RX)
		_kinds_a_dump_bool(p, "udp-zero-csum6-rx", vx->zcsum6_rx);
	if (m & VX_REMCSUM_TX)
		_kinds_a_dump_bool(p, "remcsum-tx", vx->remcsum_tx);
	if (m & VX_REMCSUM_RX)
		_kinds_a_dump_bool(p, "remcsum-rx", vx->remcsum_rx);
	if (vx->gbp)
		nl_dump_line(p, "      gbp\n");
	if (vx->nopartial)
		nl_dump_line(p, "      rncsum-nopartial\n");
	/* Debian's libnl labels collect-metadata "remcsum-rx"; kept so that
	 * the output stays identical. */
	if (m & VX_COLLECT_MD)
		_kinds_a_dump_bool(p, "remcsum-rx", vx->collect_md);
	if (m & VX_LABEL)
		nl_dump_line(p, "      label %u\n", vx->label);
	if (vx->gpe)
		nl_dump_line(p, "      gpe\n");
}

static struct rtnl_link_info_ops vxlan_info_ops = {
	.io_name = "vxlan",
	.io_dump = {
		[NL_DUMP_LINE] = vxlan_dump_line,
		[NL_DUMP_DETAILS] = vxlan_dump_details,
	},
	.io_table = &vxlan_table,
	.io_size = sizeof(struct vxlan_info),
};

KA_REGISTER(vxlan_info_ops)

/** @name VXLAN links
 * @{ */

/** Allocate a link of kind "vxlan"; NULL when out of memory. */
struct rtnl_link *rtnl_link_vxlan_alloc(void)
{
	return _kinds_a_alloc("vxlan");
}

/** Nonzero when link is of kind "vxlan". */
int rtnl_link_is_vxlan(struct rtnl_link *link)
{
	return link && link->l_info_ops == &vxlan_info_ops;
}

/* Setter and getter of a uint8_t attribute; the getter returns the value
 * or UNSET (-NLE_AGAIN or -NLE_NOATTR, as Debian's libnl) when not set. */
#define VX_U8(NAME, MEMBER, BIT, UNSET)                                        \
	int rtnl_link_vxlan_set_##NAME(struct rtnl_link *link, uint8_t v)      \
	{                                                                      \
		KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);         \
		vx->MEMBER = v;                                                \
		vx->ce_mask |= (BIT);                                          \
		return 0;                                                      \
	}                                                                      \
	int rtnl_link_vxlan_get_##NAME(struct rtnl_link *link)                 \
	{                                                                      \
		KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);         \
		if (!(vx->ce_mask & (BIT)))                                    \
			return (UNSET);                                        \
		return vx->MEMBER;                                             \
	}

/* Setter and getter of a uint32_t attribute (getter through a pointer:
 * -NLE_INVAL without one, -NLE_AGAIN when not set). */
#define VX_U32(NAME, MEMBER, BIT)                                              \
	int rtnl_link_vxlan_set_##NAME(struct rtnl_link *link, uint32_t v)     \
	{                                                                      \
		KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);         \
		vx->MEMBER = v;                                                \
		vx->ce_mask |= (BIT);                                          \
		return 0;                                                      \
	}                                                                      \
	int rtnl_link_vxlan_get_##NAME(struct rtnl_link *link, uint32_t *out)  \
	{                                                                      \
		KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);         \
		if (!out)                                                      \
			return -NLE_INVAL;                                     \
		if (!(vx->ce_mask & (BIT)))                                    \
			return -NLE_AGAIN;                                     \
		*out = vx->MEMBER;                                             \
		return 0;                                                      \
	}

/* enable_NAME / disable_NAME for a boolean uint8_t attribute. */
#define VX_BOOL(NAME)                                                          \
	int rtnl_link_vxlan_enable_##NAME(struct rtnl_link *link)              \
	{                                                                      \
		return rtnl_link_vxlan_set_##NAME(link, 1);                    \
	}                                                                      \
	int rtnl_link_vxlan_disable_##NAME(struct rtnl_link *link)             \
	{                                                                      \
		return rtnl_link_vxlan_set_##NAME(link, 0);                    \
	}

/**
 * Set the VXLAN network identifier.
 * @return 0, -NLE_INVAL when id exceeds VXLAN_ID_MAX, -NLE_OPNOTSUPP when
 *         link is not a vxlan link.
 */
int rtnl_link_vxlan_set_id(struct rtnl_link *link, uint32_t id)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (id > VXLAN_ID_MAX)
		return -NLE_INVAL;
	vx->id = id;
	vx->ce_mask |= VX_ID;
	return 0;
}

/** Get the VXLAN network identifier into *id (-NLE_AGAIN when unset). */
int rtnl_link_vxlan_get_id(struct rtnl_link *link, uint32_t *id)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!id)
		return -NLE_INVAL;
	if (!(vx->ce_mask & VX_ID))
		return -NLE_AGAIN;
	*id = vx->id;
	return 0;
}

/* Store addr (IPv4 or IPv6) in the v4 or v6 slot, dropping the other. */
static int set_addr46(struct vxlan_info *vx, struct nl_addr *addr,
		      struct nl_addr **v4, uint64_t b4, struct nl_addr **v6,
		      uint64_t b6)
{
	int fam = addr ? nl_addr_get_family(addr) : AF_UNSPEC;
	unsigned int len = addr ? nl_addr_get_len(addr) : 0;
	struct nl_addr *c;

	if (!((fam == AF_INET && len == 4) || (fam == AF_INET6 && len == 16)))
		return -NLE_INVAL;
	if (!(c = nl_addr_clone(addr)))
		return -NLE_NOMEM;
	nl_addr_put(*v4);
	nl_addr_put(*v6);
	*v4 = *v6 = NULL;
	vx->ce_mask &= ~(b4 | b6);
	if (fam == AF_INET) {
		*v4 = c;
		vx->ce_mask |= b4;
	} else {
		*v6 = c;
		vx->ce_mask |= b6;
	}
	return 0;
}

static int get_addr46(struct vxlan_info *vx, struct nl_addr **out,
		      struct nl_addr *v4, uint64_t b4, struct nl_addr *v6,
		      uint64_t b6)
{
	struct nl_addr *a;

	if (!out)
		return -NLE_INVAL;
	if ((vx->ce_mask & b4) && v4)
		a = v4;
	else if ((vx->ce_mask & b6) && v6)
		a = v6;
	else
		return -NLE_AGAIN;
	if (!(*out = nl_addr_clone(a)))
		return -NLE_NOMEM;
	return 0;
}

/**
 * Set the multicast group (or unicast remote), IPv4 or IPv6.
 * @return 0, -NLE_INVAL for another family or length, -NLE_NOMEM.
 */
int rtnl_link_vxlan_set_group(struct rtnl_link *link, struct nl_addr *addr)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	return set_addr46(vx, addr, &vx->group, VX_GROUP, &vx->group6,
			  VX_GROUP6);
}

/**
 * Get a copy of the group address; the caller puts it.
 * @return 0, -NLE_AGAIN when unset, -NLE_INVAL without addr.
 */
int rtnl_link_vxlan_get_group(struct rtnl_link *link, struct nl_addr **addr)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	return get_addr46(vx, addr, vx->group, VX_GROUP, vx->group6, VX_GROUP6);
}

/** Set the local source address (IPv4 or IPv6); as set_group. */
int rtnl_link_vxlan_set_local(struct rtnl_link *link, struct nl_addr *addr)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	return set_addr46(vx, addr, &vx->local, VX_LOCAL, &vx->local6,
			  VX_LOCAL6);
}

/** Get a copy of the local address; the caller puts it. */
int rtnl_link_vxlan_get_local(struct rtnl_link *link, struct nl_addr **addr)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	return get_addr46(vx, addr, vx->local, VX_LOCAL, vx->local6, VX_LOCAL6);
}

/** Lower device (ifindex) the tunnel uses; getter -NLE_AGAIN when unset. */
VX_U32(link, link, VX_LINK)
/** Ageing time of learnt entries in seconds (0: never). */
VX_U32(ageing, ageing, VX_AGEING)
/** Maximum number of forwarding entries (0: unlimited). */
VX_U32(limit, limit, VX_LIMIT)

/** TTL of outgoing packets (0: inherit); getter -NLE_AGAIN when unset. */
VX_U8(ttl, ttl, VX_TTL, -NLE_AGAIN)
/** TOS of outgoing packets (1: inherit). */
VX_U8(tos, tos, VX_TOS, -NLE_AGAIN)
/** Learning of source addresses. */
VX_U8(learning, learning, VX_LEARNING, -NLE_AGAIN)
VX_BOOL(learning)
/** ARP proxy. */
VX_U8(proxy, proxy, VX_PROXY, -NLE_AGAIN)
VX_BOOL(proxy)
/** Route short circuit. */
VX_U8(rsc, rsc, VX_RSC, -NLE_AGAIN)
VX_BOOL(rsc)
/** Netlink notifications of layer 2 misses. */
VX_U8(l2miss, l2miss, VX_L2MISS, -NLE_AGAIN)
VX_BOOL(l2miss)
/** Netlink notifications of layer 3 misses. */
VX_U8(l3miss, l3miss, VX_L3MISS, -NLE_AGAIN)
VX_BOOL(l3miss)
/** UDP checksums of IPv4 tunnel packets. */
VX_U8(udp_csum, udp_csum, VX_UDP_CSUM, -NLE_NOATTR)
/** Zero UDP checksums sent on IPv6. */
VX_U8(udp_zero_csum6_tx, zcsum6_tx, VX_ZCSUM6_TX, -NLE_NOATTR)
/** Zero UDP checksums accepted on IPv6. */
VX_U8(udp_zero_csum6_rx, zcsum6_rx, VX_ZCSUM6_RX, -NLE_NOATTR)
/** Remote checksum offload, transmit side. */
VX_U8(remcsum_tx, remcsum_tx, VX_REMCSUM_TX, -NLE_NOATTR)
/** Remote checksum offload, receive side. */
VX_U8(remcsum_rx, remcsum_rx, VX_REMCSUM_RX, -NLE_NOATTR)
/** Collect metadata (external control plane) mode. */
VX_U8(collect_metadata, collect_md, VX_COLLECT_MD, -NLE_NOATTR)

/**
 * Set the UDP source port range; range holds the ports in network byte
 * order, as the kernel's struct ifla_vxlan_port_range.
 * @return 0, -NLE_INVAL without range.
 */
int rtnl_link_vxlan_set_port_range(struct rtnl_link *link,
				   struct ifla_vxlan_port_range *range)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!range)
		return -NLE_INVAL;
	vx->range = *range;
	vx->ce_mask |= VX_PORT_RANGE;
	return 0;
}

/** Copy the UDP source port range into *range (-NLE_AGAIN when unset). */
int rtnl_link_vxlan_get_port_range(struct rtnl_link *link,
				   struct ifla_vxlan_port_range *range)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!range)
		return -NLE_INVAL;
	if (!(vx->ce_mask & VX_PORT_RANGE))
		return -NLE_AGAIN;
	*range = vx->range;
	return 0;
}

/** Set the UDP destination port (host byte order). */
int rtnl_link_vxlan_set_port(struct rtnl_link *link, uint32_t port)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	vx->port = (uint16_t)port;
	vx->ce_mask |= VX_PORT;
	return 0;
}

/** Get the UDP destination port (host byte order); -NLE_NOATTR when unset. */
int rtnl_link_vxlan_get_port(struct rtnl_link *link, uint32_t *port)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!port)
		return -NLE_INVAL;
	if (!(vx->ce_mask & VX_PORT))
		return -NLE_NOATTR;
	*port = vx->port;
	return 0;
}

/** Set the IPv6 flow label of outgoing packets. */
int rtnl_link_vxlan_set_label(struct rtnl_link *link, uint32_t label)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	vx->label = label;
	vx->ce_mask |= VX_LABEL;
	return 0;
}

/** Get the IPv6 flow label; -NLE_NOATTR when unset. */
int rtnl_link_vxlan_get_label(struct rtnl_link *link, uint32_t *label)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!label)
		return -NLE_INVAL;
	if (!(vx->ce_mask & VX_LABEL))
		return -NLE_NOATTR;
	*label = vx->label;
	return 0;
}

/* A flag attribute is present when on and absent when off. */
static void set_flag(struct vxlan_info *vx, uint8_t *v, uint64_t bit,
		     int enable)
{
	*v = enable ? 1 : 0;
	if (enable)
		vx->ce_mask |= bit;
	else
		vx->ce_mask &= ~bit;
}

/**
 * Enable (enable nonzero) or disable the extension flags in flags
 * (RTNL_LINK_VXLAN_F_GBP, _GPE, _REMCSUM_NOPARTIAL).
 * @return 0, -NLE_INVAL for unknown flags.
 */
int rtnl_link_vxlan_set_flags(struct rtnl_link *link, uint32_t flags,
			      int enable)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (flags & ~(uint32_t)VX_ALL_FLAGS)
		return -NLE_INVAL;
	if (flags & RTNL_LINK_VXLAN_F_GBP)
		set_flag(vx, &vx->gbp, VX_GBP, enable);
	if (flags & RTNL_LINK_VXLAN_F_GPE)
		set_flag(vx, &vx->gpe, VX_GPE, enable);
	if (flags & RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL)
		set_flag(vx, &vx->nopartial, VX_NOPARTIAL, enable);
	return 0;
}

/** Get the enabled extension flags (RTNL_LINK_VXLAN_F_*) into *flags. */
int rtnl_link_vxlan_get_flags(struct rtnl_link *link, uint32_t *flags)
{
	KA_DATA(struct vxlan_info, vx, link, &vxlan_info_ops);
	if (!flags)
		return -NLE_INVAL;
	*flags = (vx->gbp ? RTNL_LINK_VXLAN_F_GBP : 0) |
		 (vx->gpe ? RTNL_LINK_VXLAN_F_GPE : 0) |
		 (vx->nopartial ? RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL : 0);
	return 0;
}

/** @} */
