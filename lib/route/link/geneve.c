/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Geneve links (IFLA_INFO_KIND "geneve"), described by geneve_attrs.
 */

#include <arpa/inet.h>
#include <sys/socket.h>

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/route/link/geneve.h>

#define GE_ID		(1ULL << 0)
#define GE_REMOTE	(1ULL << 1)
#define GE_REMOTE6	(1ULL << 2)
#define GE_TTL		(1ULL << 3)
#define GE_TOS		(1ULL << 4)
#define GE_LABEL	(1ULL << 5)
#define GE_PORT		(1ULL << 6)
#define GE_FLAGS	(1ULL << 7)
#define GE_UDP_CSUM	(1ULL << 8)
#define GE_ZCSUM6_TX	(1ULL << 9)
#define GE_ZCSUM6_RX	(1ULL << 10)

struct geneve_info {
	uint64_t ce_mask;
	uint32_t id;
	uint32_t label;		/* host order (be32 on the wire) */
	uint16_t port;		/* host order (be16 on the wire) */
	struct nl_addr *remote;
	struct nl_addr *remote6;
	uint8_t ttl;
	uint8_t tos;
	uint8_t collect_md;	/* IFLA_GENEVE_COLLECT_METADATA, a flag */
	uint8_t udp_csum;
	uint8_t zcsum6_tx;
	uint8_t zcsum6_rx;
};

#define G(m, BIT, NAME, TYPE, ...)                                             \
	NLO_ENTRY(struct geneve_info, m, BIT, NAME, TYPE, __VA_ARGS__)

static const struct nlo_attr geneve_attrs[] = {
	G(id, GE_ID, "id", NLO_U32, .nla = IFLA_GENEVE_ID),
	G(remote, GE_REMOTE, "remote", NLO_ADDR, .nla = IFLA_GENEVE_REMOTE,
	  .family = AF_INET),
	G(remote6, GE_REMOTE6, "remote6", NLO_ADDR,
	  .nla = IFLA_GENEVE_REMOTE6, .family = AF_INET6),
	G(ttl, GE_TTL, "ttl", NLO_U8, .nla = IFLA_GENEVE_TTL),
	G(tos, GE_TOS, "tos", NLO_U8, .nla = IFLA_GENEVE_TOS),
	G(label, GE_LABEL, "label", NLO_U32, .nla = IFLA_GENEVE_LABEL,
	  .flags = NLO_F_BE),
	G(port, GE_PORT, "port", NLO_U16, .nla = IFLA_GENEVE_PORT,
	  .flags = NLO_F_BE | NLO_F_WIDE),
	G(collect_md, GE_FLAGS, "flags", NLO_FLAG,
	  .nla = IFLA_GENEVE_COLLECT_METADATA),
	G(udp_csum, GE_UDP_CSUM, "udp_csum", NLO_U8,
	  .nla = IFLA_GENEVE_UDP_CSUM),
	G(zcsum6_tx, GE_ZCSUM6_TX, "udp_zero_csum6_tx", NLO_U8,
	  .nla = IFLA_GENEVE_UDP_ZERO_CSUM6_TX),
	G(zcsum6_rx, GE_ZCSUM6_RX, "udp_zero_csum6_rx", NLO_U8,
	  .nla = IFLA_GENEVE_UDP_ZERO_CSUM6_RX),
};

static const uint16_t geneve_order[] = {
	IFLA_GENEVE_ID, IFLA_GENEVE_REMOTE, IFLA_GENEVE_REMOTE6,
	IFLA_GENEVE_TTL, IFLA_GENEVE_TOS, IFLA_GENEVE_LABEL, IFLA_GENEVE_PORT,
	IFLA_GENEVE_UDP_CSUM, IFLA_GENEVE_UDP_ZERO_CSUM6_TX,
	IFLA_GENEVE_UDP_ZERO_CSUM6_RX, IFLA_GENEVE_COLLECT_METADATA,
};

static const struct nlo_table geneve_table =
	NLO_TABLE_ORDERED(struct geneve_info, ce_mask, geneve_attrs,
			  IFLA_GENEVE_MAX, geneve_order);

static struct rtnl_link_info_ops geneve_info_ops;

static void geneve_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct geneve_info *ge = link->l_info;

	if (ge && (ge->ce_mask & GE_ID))
		nl_dump(p, "geneve-id %u", ge->id);
}

static void geneve_dump_details(struct rtnl_link *link,
				struct nl_dump_params *p)
{
	struct geneve_info *ge = link->l_info;
	char buf[INET6_ADDRSTRLEN + 8];

	if (!ge)
		return;
	if (ge->ce_mask & GE_ID)
		nl_dump_line(p, "    geneve-id %u\n", ge->id);
	/* Debian's libnl indents the IPv4 remote one column less */
	if ((ge->ce_mask & GE_REMOTE) && ge->remote)
		nl_dump_line(p, "     remote %s\n",
			     nl_addr2str(ge->remote, buf, sizeof(buf)));
	if ((ge->ce_mask & GE_REMOTE6) && ge->remote6)
		nl_dump_line(p, "      remote %s\n",
			     nl_addr2str(ge->remote6, buf, sizeof(buf)));
	if (ge->ce_mask & GE_TTL)
		nl_dump_line(p, "      ttl %u\n", ge->ttl);
	if (ge->ce_mask & GE_TOS)
		nl_dump_line(p, "      tos %u\n", ge->tos);
	if (ge->ce_mask & GE_PORT)
		nl_dump_line(p, "      port %u\n", ge->port);
	if (ge->ce_mask & GE_LABEL)
		nl_dump_line(p, "      label %u\n", ge->label);
	if (ge->ce_mask & GE_UDP_CSUM)
		_kinds_a_dump_bool(p, "UDP checksum", ge->udp_csum);
	if (ge->ce_mask & GE_ZCSUM6_TX)
		_kinds_a_dump_bool(p, "udp-zero-csum6-tx", ge->zcsum6_tx);
	if (ge->ce_mask & GE_ZCSUM6_RX)
		_kinds_a_dump_bool(p, "udp-zero-csum6-rx", ge->zcsum6_rx);
	if (ge->collect_md)
		nl_dump_line(p, "      collect-metadata\n");
}

static struct rtnl_link_info_ops geneve_info_ops = {
	.io_name = "geneve",
	.io_dump = {
		[NL_DUMP_LINE] = geneve_dump_line,
		[NL_DUMP_DETAILS] = geneve_dump_details,
	},
	.io_table = &geneve_table,
	.io_size = sizeof(struct geneve_info),
};

KA_REGISTER(geneve_info_ops)

/** Allocate a link of kind "geneve"; NULL when out of memory. */
struct rtnl_link *rtnl_link_geneve_alloc(void)
{
	return _kinds_a_alloc("geneve");
}

/** Nonzero when link is of kind "geneve". */
int rtnl_link_is_geneve(struct rtnl_link *link)
{
	return link && link->l_info_ops == &geneve_info_ops;
}

/**
 * Set the Geneve network identifier.
 * @return 0, -NLE_INVAL above RTNL_GENEVE_ID_MAX, -NLE_OPNOTSUPP when link
 *         is not a geneve link.
 */
int rtnl_link_geneve_set_id(struct rtnl_link *link, uint32_t id)
{
	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (id > RTNL_GENEVE_ID_MAX)
		return -NLE_INVAL;
	ge->id = id;
	ge->ce_mask |= GE_ID;
	return 0;
}

/** Get the network identifier into *id; -NLE_AGAIN when unset. */
int rtnl_link_geneve_get_id(struct rtnl_link *link, uint32_t *id)
{
	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (!id)
		return -NLE_INVAL;
	if (!(ge->ce_mask & GE_ID))
		return -NLE_AGAIN;
	*id = ge->id;
	return 0;
}

/**
 * Set the remote endpoint, IPv4 or IPv6 (the other one is dropped).
 * @return 0, -NLE_INVAL for another family or length, -NLE_NOMEM.
 */
int rtnl_link_geneve_set_remote(struct rtnl_link *link, struct nl_addr *addr)
{
	int fam = addr ? nl_addr_get_family(addr) : AF_UNSPEC;
	unsigned int len = addr ? nl_addr_get_len(addr) : 0;
	struct nl_addr *c;

	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (!((fam == AF_INET && len == 4) || (fam == AF_INET6 && len == 16)))
		return -NLE_INVAL;
	if (!(c = nl_addr_clone(addr)))
		return -NLE_NOMEM;
	nl_addr_put(ge->remote);
	nl_addr_put(ge->remote6);
	ge->remote = ge->remote6 = NULL;
	ge->ce_mask &= ~(GE_REMOTE | GE_REMOTE6);
	if (fam == AF_INET) {
		ge->remote = c;
		ge->ce_mask |= GE_REMOTE;
	} else {
		ge->remote6 = c;
		ge->ce_mask |= GE_REMOTE6;
	}
	return 0;
}

/** Get a copy of the remote endpoint (caller puts it); -NLE_AGAIN unset. */
int rtnl_link_geneve_get_remote(struct rtnl_link *link, struct nl_addr **addr)
{
	struct nl_addr *a;

	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (!addr)
		return -NLE_INVAL;
	if ((ge->ce_mask & GE_REMOTE) && ge->remote)
		a = ge->remote;
	else if ((ge->ce_mask & GE_REMOTE6) && ge->remote6)
		a = ge->remote6;
	else
		return -NLE_AGAIN;
	if (!(*addr = nl_addr_clone(a)))
		return -NLE_NOMEM;
	return 0;
}

#define GE_U8(NAME, MEMBER, BIT, UNSET)                                        \
	int rtnl_link_geneve_set_##NAME(struct rtnl_link *link, uint8_t v)     \
	{                                                                      \
		KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);       \
		ge->MEMBER = v;                                                \
		ge->ce_mask |= (BIT);                                          \
		return 0;                                                      \
	}                                                                      \
	int rtnl_link_geneve_get_##NAME(struct rtnl_link *link)                \
	{                                                                      \
		KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);       \
		if (!(ge->ce_mask & (BIT)))                                    \
			return (UNSET);                                        \
		return ge->MEMBER;                                             \
	}

#define GE_U32(NAME, MEMBER, T, BIT)                                           \
	int rtnl_link_geneve_set_##NAME(struct rtnl_link *link, uint32_t v)    \
	{                                                                      \
		KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);       \
		ge->MEMBER = (T)v;                                             \
		ge->ce_mask |= (BIT);                                          \
		return 0;                                                      \
	}                                                                      \
	int rtnl_link_geneve_get_##NAME(struct rtnl_link *link, uint32_t *out) \
	{                                                                      \
		KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);       \
		if (!out)                                                      \
			return -NLE_INVAL;                                     \
		if (!(ge->ce_mask & (BIT)))                                    \
			return -NLE_NOATTR;                                    \
		*out = ge->MEMBER;                                             \
		return 0;                                                      \
	}

/** TTL of outgoing packets; the getter returns it or -NLE_AGAIN (the
 * checksum getters -NLE_NOATTR) when unset. */
GE_U8(ttl, ttl, GE_TTL, -NLE_AGAIN)
/** TOS of outgoing packets. */
GE_U8(tos, tos, GE_TOS, -NLE_AGAIN)
/** UDP checksums of IPv4 tunnel packets. */
GE_U8(udp_csum, udp_csum, GE_UDP_CSUM, -NLE_NOATTR)
/** Zero UDP checksums sent on IPv6. */
GE_U8(udp_zero_csum6_tx, zcsum6_tx, GE_ZCSUM6_TX, -NLE_NOATTR)
/** Zero UDP checksums accepted on IPv6. */
GE_U8(udp_zero_csum6_rx, zcsum6_rx, GE_ZCSUM6_RX, -NLE_NOATTR)
/** UDP destination port, host byte order (getter: -NLE_NOATTR unset). */
GE_U32(port, port, uint16_t, GE_PORT)
/** IPv6 flow label of outgoing packets. */
GE_U32(label, label, uint32_t, GE_LABEL)

/**
 * Enable (enable nonzero) or disable RTNL_LINK_GENEVE_F_COLLECT_METADATA.
 * @return 0, -NLE_INVAL for other flags.
 */
int rtnl_link_geneve_set_flags(struct rtnl_link *link, uint8_t flags,
			       int enable)
{
	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (flags & ~RTNL_LINK_GENEVE_F_COLLECT_METADATA)
		return -NLE_INVAL;
	if (flags && enable) {
		ge->collect_md = 1;
		ge->ce_mask |= GE_FLAGS;
	} else if (flags) {
		ge->collect_md = 0;
		ge->ce_mask &= ~GE_FLAGS;
	}
	return 0;
}

/** Get the enabled RTNL_LINK_GENEVE_F_* flags into *flags. */
int rtnl_link_geneve_get_flags(struct rtnl_link *link, uint8_t *flags)
{
	KA_DATA(struct geneve_info, ge, link, &geneve_info_ops);
	if (!flags)
		return -NLE_INVAL;
	*flags = ge->collect_md ? RTNL_LINK_GENEVE_F_COLLECT_METADATA : 0;
	return 0;
}
