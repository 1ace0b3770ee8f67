/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * flower classifier: match on parsed packet fields (protocol, VLAN,
 * Ethernet and IPv4 addresses, DSCP) and run actions.
 */

#include <string.h>
#include <arpa/inet.h>
#include <linux/if_ether.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/flower.h>

#define FLOWER_ATTR_FLAGS		0x0001
#define FLOWER_ATTR_ACTION		0x0002
#define FLOWER_ATTR_VLAN_ID		0x0004
#define FLOWER_ATTR_VLAN_PRIO		0x0008
#define FLOWER_ATTR_VLAN_ETH_TYPE	0x0010
#define FLOWER_ATTR_DST_MAC		0x0020
#define FLOWER_ATTR_DST_MAC_MASK	0x0040
#define FLOWER_ATTR_SRC_MAC		0x0080
#define FLOWER_ATTR_SRC_MAC_MASK	0x0100
#define FLOWER_ATTR_IP_DSCP		0x0200
#define FLOWER_ATTR_IP_DSCP_MASK	0x0400
#define FLOWER_ATTR_PROTO		0x0800
#define FLOWER_ATTR_IPV4_SRC		0x1000
#define FLOWER_ATTR_IPV4_SRC_MASK	0x2000
#define FLOWER_ATTR_IPV4_DST		0x4000
#define FLOWER_ATTR_IPV4_DST_MASK	0x8000

struct flower_data {
	uint64_t mask;
	uint32_t flags;
	uint16_t proto;		/* host order */
	uint16_t vlan_id;
	uint8_t vlan_prio;
	uint16_t vlan_ethtype;	/* host order */
	unsigned char dst_mac[ETH_ALEN];
	unsigned char dst_mac_mask[ETH_ALEN];
	unsigned char src_mac[ETH_ALEN];
	unsigned char src_mac_mask[ETH_ALEN];
	uint8_t tos;		/* the DSCP as given: upstream sends it unshifted */
	uint8_t tos_mask;
	uint32_t ipv4_src;	/* network order */
	uint32_t ipv4_src_mask;
	uint32_t ipv4_dst;
	uint32_t ipv4_dst_mask;
	struct rtnl_act *act;
};

#define F(m, bit, name, type, attr, ...)                                       \
	NLO_ENTRY(struct flower_data, m, bit, name, type, .nla = attr,         \
		  ##__VA_ARGS__)

static const struct nlo_attr flower_attrs[] = {
	F(flags, FLOWER_ATTR_FLAGS, "flags", NLO_U32, TCA_FLOWER_FLAGS),
	NLO_BIT(FLOWER_ATTR_ACTION, "action"),
	F(vlan_id, FLOWER_ATTR_VLAN_ID, "vlan_id", NLO_U16,
	  TCA_FLOWER_KEY_VLAN_ID),
	F(vlan_prio, FLOWER_ATTR_VLAN_PRIO, "vlan_prio", NLO_U8,
	  TCA_FLOWER_KEY_VLAN_PRIO),
	F(vlan_ethtype, FLOWER_ATTR_VLAN_ETH_TYPE, "vlan_ethtype", NLO_U16,
	  TCA_FLOWER_KEY_VLAN_ETH_TYPE, .flags = NLO_F_BE),
	F(dst_mac, FLOWER_ATTR_DST_MAC, "dst_mac", NLO_BINARY,
	  TCA_FLOWER_KEY_ETH_DST),
	F(dst_mac_mask, FLOWER_ATTR_DST_MAC_MASK, "dst_mac_mask", NLO_BINARY,
	  TCA_FLOWER_KEY_ETH_DST_MASK),
	F(src_mac, FLOWER_ATTR_SRC_MAC, "src_mac", NLO_BINARY,
	  TCA_FLOWER_KEY_ETH_SRC),
	F(src_mac_mask, FLOWER_ATTR_SRC_MAC_MASK, "src_mac_mask", NLO_BINARY,
	  TCA_FLOWER_KEY_ETH_SRC_MASK),
	F(tos, FLOWER_ATTR_IP_DSCP, "ip_dscp", NLO_U8, TCA_FLOWER_KEY_IP_TOS),
	F(tos_mask, FLOWER_ATTR_IP_DSCP_MASK, "ip_dscp_mask", NLO_U8,
	  TCA_FLOWER_KEY_IP_TOS_MASK),
	F(proto, FLOWER_ATTR_PROTO, "proto", NLO_U16,
	  TCA_FLOWER_KEY_ETH_TYPE, .flags = NLO_F_BE),
	F(ipv4_src, FLOWER_ATTR_IPV4_SRC, "ipv4_src", NLO_U32,
	  TCA_FLOWER_KEY_IPV4_SRC),
	F(ipv4_src_mask, FLOWER_ATTR_IPV4_SRC_MASK, "ipv4_src_mask", NLO_U32,
	  TCA_FLOWER_KEY_IPV4_SRC_MASK),
	F(ipv4_dst, FLOWER_ATTR_IPV4_DST, "ipv4_dst", NLO_U32,
	  TCA_FLOWER_KEY_IPV4_DST),
	F(ipv4_dst_mask, FLOWER_ATTR_IPV4_DST_MASK, "ipv4_dst_mask", NLO_U32,
	  TCA_FLOWER_KEY_IPV4_DST_MASK),
};

static const uint16_t flower_order[] = {
	TCA_FLOWER_FLAGS, TCA_FLOWER_KEY_ETH_TYPE, TCA_FLOWER_KEY_VLAN_ID,
	TCA_FLOWER_KEY_VLAN_PRIO, TCA_FLOWER_KEY_VLAN_ETH_TYPE,
	TCA_FLOWER_KEY_ETH_DST, TCA_FLOWER_KEY_ETH_DST_MASK,
	TCA_FLOWER_KEY_ETH_SRC, TCA_FLOWER_KEY_ETH_SRC_MASK,
	TCA_FLOWER_KEY_IP_TOS, TCA_FLOWER_KEY_IP_TOS_MASK,
	TCA_FLOWER_KEY_IPV4_SRC, TCA_FLOWER_KEY_IPV4_SRC_MASK,
	TCA_FLOWER_KEY_IPV4_DST, TCA_FLOWER_KEY_IPV4_DST_MASK,
};

static const struct nlo_table flower_table =
	NLO_TABLE_ORDERED(struct flower_data, mask, flower_attrs,
			  TCA_FLOWER_MAX, flower_order);

static struct rtnl_tc_ops flower_ops;

static int flower_msg_parser(struct rtnl_tc *tc, void *data,
			     struct nlattr *opts)
{
	struct flower_data *f = data;
	struct nlattr *tb[TCA_FLOWER_MAX + 1];
	int err;

	(void)tc;
	err = nla_parse_nested(tb, TCA_FLOWER_MAX, opts, NULL);
	if (err < 0)
		return err;
	if (tb[TCA_FLOWER_ACT]) {
		rtnl_act_put_all(&f->act);
		err = rtnl_act_parse(&f->act, tb[TCA_FLOWER_ACT]);
		if (err < 0)
			return err;
		f->mask |= FLOWER_ATTR_ACTION;
	}
	return 0;
}

static int flower_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct flower_data *f = data;

	(void)tc;
	if ((f->mask & FLOWER_ATTR_ACTION) && f->act)
		return rtnl_act_fill(msg, TCA_FLOWER_ACT, f->act);
	return 0;
}

static int flower_clone(void *dst, void *src)
{
	return _rtnl_act_clone_list(&((struct flower_data *)dst)->act,
				    ((struct flower_data *)src)->act);
}

static void flower_free_data(struct rtnl_tc *tc, void *data)
{
	(void)tc;
	rtnl_act_put_all(&((struct flower_data *)data)->act);
}

static int flower_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			  void *db, int flags)
{
	(void)a;
	(void)b;
	(void)flags;
	return _rtnl_act_list_differ(((struct flower_data *)da)->act,
				     ((struct flower_data *)db)->act);
}

static void dump_mac(struct nl_dump_params *p, const char *name,
		     const unsigned char *mac)
{
	struct nl_addr *a = nl_addr_build(AF_LLC, mac, ETH_ALEN);
	char buf[32];

	nl_dump(p, " %s %s", name, a ? nl_addr2str(a, buf, sizeof(buf)) : "?");
	nl_addr_put(a);
}

/* Protocols print in network order and the IPv4 keys on lines of their
 * own, as Debian's libnl prints them. */
static void flower_dump_details(struct rtnl_tc *tc, void *data,
				struct nl_dump_params *p)
{
	struct flower_data *f = data;
	char a[INET_ADDRSTRLEN], m[INET_ADDRSTRLEN];

	(void)tc;
	if (!f)
		return;
	if (f->mask & FLOWER_ATTR_FLAGS)
		nl_dump(p, " flags %u", f->flags);
	if (f->mask & FLOWER_ATTR_PROTO)
		nl_dump(p, " protocol %u", htons(f->proto));
	if (f->mask & FLOWER_ATTR_VLAN_ID)
		nl_dump(p, " vlan_id %u", f->vlan_id);
	if (f->mask & FLOWER_ATTR_VLAN_PRIO)
		nl_dump(p, " vlan_prio %u", f->vlan_prio);
	if (f->mask & FLOWER_ATTR_VLAN_ETH_TYPE)
		nl_dump(p, " vlan_ethtype %u", htons(f->vlan_ethtype));
	if (f->mask & FLOWER_ATTR_DST_MAC)
		dump_mac(p, "dst_mac", f->dst_mac);
	if (f->mask & FLOWER_ATTR_DST_MAC_MASK)
		dump_mac(p, "dst_mac_mask", f->dst_mac_mask);
	if (f->mask & FLOWER_ATTR_SRC_MAC)
		dump_mac(p, "src_mac", f->src_mac);
	if (f->mask & FLOWER_ATTR_SRC_MAC_MASK)
		dump_mac(p, "src_mac_mask", f->src_mac_mask);
	if (f->mask & FLOWER_ATTR_IP_DSCP)
		nl_dump(p, " dscp %u", f->tos);
	if (f->mask & FLOWER_ATTR_IP_DSCP_MASK)
		nl_dump(p, " dscp_mask %u", f->tos_mask);
	if (f->mask & FLOWER_ATTR_IPV4_SRC)
		nl_dump(p, "IPv4 src %s mask %s\n",
			inet_ntop(AF_INET, &f->ipv4_src, a, sizeof(a)),
			inet_ntop(AF_INET, &f->ipv4_src_mask, m, sizeof(m)));
	if (f->mask & FLOWER_ATTR_IPV4_DST)
		nl_dump(p, "IPv4 dst %s mask %s\n",
			inet_ntop(AF_INET, &f->ipv4_dst, a, sizeof(a)),
			inet_ntop(AF_INET, &f->ipv4_dst_mask, m, sizeof(m)));
}

static struct rtnl_tc_ops flower_ops = {
	.to_kind = "flower",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct flower_data),
	.to_table = &flower_table,
	.to_msg_parser = flower_msg_parser,
	.to_msg_fill = flower_msg_fill,
	.to_clone = flower_clone,
	.to_free_data = flower_free_data,
	.to_compare = flower_compare,
	.to_dump = {
		[NL_DUMP_DETAILS] = flower_dump_details,
	},
};

TC_REGISTER(flower_ops)

static struct flower_data *flower_data(struct rtnl_cls *cls, int *err)
{
	return rtnl_tc_data_check(TC_CAST(cls), &flower_ops, err);
}

#define FLOWER_BEGIN(cls)                                                      \
	int err;                                                               \
	struct flower_data *f = flower_data(cls, &err);                        \
                                                                               \
	if (!f)                                                                \
		return err

/** Match the Ethernet protocol @a proto (ETH_P_*, host order). */
int rtnl_flower_set_proto(struct rtnl_cls *cls, uint16_t proto)
{
	FLOWER_BEGIN(cls);
	f->proto = proto;
	f->mask |= FLOWER_ATTR_PROTO;
	return 0;
}

/** The matched Ethernet protocol; -NLE_MISSING_ATTR when not set. */
int rtnl_flower_get_proto(struct rtnl_cls *cls, uint16_t *proto)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_PROTO))
		return -NLE_MISSING_ATTR;
	*proto = f->proto;
	return 0;
}

/** Match VLAN id @a vid (0..4095). @return 0 or -NLE_RANGE. */
int rtnl_flower_set_vlan_id(struct rtnl_cls *cls, uint16_t vid)
{
	FLOWER_BEGIN(cls);
	if (vid > 4095)
		return -NLE_RANGE;
	f->vlan_id = vid;
	f->mask |= FLOWER_ATTR_VLAN_ID;
	return 0;
}

/** The matched VLAN id; -NLE_MISSING_ATTR when not set. */
int rtnl_flower_get_vlan_id(struct rtnl_cls *cls, uint16_t *vid)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_VLAN_ID))
		return -NLE_MISSING_ATTR;
	*vid = f->vlan_id;
	return 0;
}

/** Match VLAN priority @a prio (0..7). @return 0 or -NLE_RANGE. */
int rtnl_flower_set_vlan_prio(struct rtnl_cls *cls, uint8_t prio)
{
	FLOWER_BEGIN(cls);
	if (prio > 7)
		return -NLE_RANGE;
	f->vlan_prio = prio;
	f->mask |= FLOWER_ATTR_VLAN_PRIO;
	return 0;
}

/** The matched VLAN priority; -NLE_MISSING_ATTR when not set. */
int rtnl_flower_get_vlan_prio(struct rtnl_cls *cls, uint8_t *prio)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_VLAN_PRIO))
		return -NLE_MISSING_ATTR;
	*prio = f->vlan_prio;
	return 0;
}

/** Match the protocol inside the VLAN tag (host order); the protocol of
 * @a cls must be 802.1Q (-NLE_MISSING_ATTR, -NLE_INVAL). */
int rtnl_flower_set_vlan_ethtype(struct rtnl_cls *cls, uint16_t ethtype)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_PROTO))
		return -NLE_MISSING_ATTR;
	if (f->proto != ETH_P_8021Q)
		return -NLE_INVAL;
	f->vlan_ethtype = ethtype;
	f->mask |= FLOWER_ATTR_VLAN_ETH_TYPE;
	return 0;
}

static int set_mac(struct flower_data *f, unsigned char *dst,
		   unsigned char *dmask, const unsigned char *mac,
		   const unsigned char *mask, uint64_t bit, uint64_t mbit)
{
	if (!mac)
		return -NLE_FAILURE;
	memcpy(dst, mac, ETH_ALEN);
	f->mask |= bit;
	if (mask) {
		memcpy(dmask, mask, ETH_ALEN);
		f->mask |= mbit;
	}
	return 0;
}

static int get_mac(struct flower_data *f, const unsigned char *src,
		   const unsigned char *smask, unsigned char *mac,
		   unsigned char *mask, uint64_t bit, uint64_t mbit)
{
	if (!(f->mask & bit))
		return -NLE_MISSING_ATTR;
	if (mac)
		memcpy(mac, src, ETH_ALEN);
	if (mask) {
		if (f->mask & mbit)
			memcpy(mask, smask, ETH_ALEN);
		else
			memset(mask, 0xff, ETH_ALEN);
	}
	return 0;
}

/** Match destination MAC @a mac under @a mask (NULL: exact). */
int rtnl_flower_set_dst_mac(struct rtnl_cls *cls, unsigned char *mac,
			    unsigned char *mask)
{
	FLOWER_BEGIN(cls);
	return set_mac(f, f->dst_mac, f->dst_mac_mask, mac, mask,
		       FLOWER_ATTR_DST_MAC, FLOWER_ATTR_DST_MAC_MASK);
}

/** The matched destination MAC and its mask (6 bytes each). */
int rtnl_flower_get_dst_mac(struct rtnl_cls *cls, unsigned char *mac,
			    unsigned char *mask)
{
	FLOWER_BEGIN(cls);
	return get_mac(f, f->dst_mac, f->dst_mac_mask, mac, mask,
		       FLOWER_ATTR_DST_MAC, FLOWER_ATTR_DST_MAC_MASK);
}

/** Match source MAC @a mac under @a mask (NULL: exact). */
int rtnl_flower_set_src_mac(struct rtnl_cls *cls, unsigned char *mac,
			    unsigned char *mask)
{
	FLOWER_BEGIN(cls);
	return set_mac(f, f->src_mac, f->src_mac_mask, mac, mask,
		       FLOWER_ATTR_SRC_MAC, FLOWER_ATTR_SRC_MAC_MASK);
}

/** The matched source MAC and its mask (6 bytes each). */
int rtnl_flower_get_src_mac(struct rtnl_cls *cls, unsigned char *mac,
			    unsigned char *mask)
{
	FLOWER_BEGIN(cls);
	return get_mac(f, f->src_mac, f->src_mac_mask, mac, mask,
		       FLOWER_ATTR_SRC_MAC, FLOWER_ATTR_SRC_MAC_MASK);
}

/** Match DSCP @a dscp under @a mask; like upstream, values are not
 * checked and go out as given. */
int rtnl_flower_set_ip_dscp(struct rtnl_cls *cls, uint8_t dscp, uint8_t mask)
{
	FLOWER_BEGIN(cls);
	f->tos = dscp;
	f->mask |= FLOWER_ATTR_IP_DSCP;
	if (mask) {
		f->tos_mask = mask;
		f->mask |= FLOWER_ATTR_IP_DSCP_MASK;
	}
	return 0;
}

/** The matched DSCP and its mask. */
int rtnl_flower_get_ip_dscp(struct rtnl_cls *cls, uint8_t *dscp,
			    uint8_t *mask)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_IP_DSCP))
		return -NLE_MISSING_ATTR;
	*dscp = f->tos;
	if (mask)
		*mask = (f->mask & FLOWER_ATTR_IP_DSCP_MASK) ? f->tos_mask : 0;
	return 0;
}

static int set_v4(struct flower_data *f, uint32_t *a, uint32_t *m,
		  in_addr_t addr, in_addr_t mask, uint64_t bit, uint64_t mbit)
{
	if (!addr)
		return -NLE_FAILURE;
	*a = addr;
	f->mask |= bit;
	if (mask) {
		*m = mask;
		f->mask |= mbit;
	}
	return 0;
}

static int get_v4(struct flower_data *f, uint32_t a, uint32_t m,
		  in_addr_t *addr, in_addr_t *mask, uint64_t bit,
		  uint64_t mbit)
{
	if (!(f->mask & bit))
		return -NLE_MISSING_ATTR;
	if (addr)
		*addr = a;
	if (mask)
		*mask = (f->mask & mbit) ? m : 0xffffffff;
	return 0;
}

/** Match IPv4 source @a addr under @a mask (network order). */
int rtnl_flower_set_ipv4_src(struct rtnl_cls *cls, in_addr_t addr,
			     in_addr_t mask)
{
	FLOWER_BEGIN(cls);
	return set_v4(f, &f->ipv4_src, &f->ipv4_src_mask, addr, mask,
		      FLOWER_ATTR_IPV4_SRC, FLOWER_ATTR_IPV4_SRC_MASK);
}

/** The matched IPv4 source and mask (network order). */
int rtnl_flower_get_ipv4_src(struct rtnl_cls *cls, in_addr_t *addr,
			     in_addr_t *mask)
{
	FLOWER_BEGIN(cls);
	return get_v4(f, f->ipv4_src, f->ipv4_src_mask, addr, mask,
		      FLOWER_ATTR_IPV4_SRC, FLOWER_ATTR_IPV4_SRC_MASK);
}

/** Match IPv4 destination @a addr under @a mask (network order). */
int rtnl_flower_set_ipv4_dst(struct rtnl_cls *cls, in_addr_t addr,
			     in_addr_t mask)
{
	FLOWER_BEGIN(cls);
	return set_v4(f, &f->ipv4_dst, &f->ipv4_dst_mask, addr, mask,
		      FLOWER_ATTR_IPV4_DST, FLOWER_ATTR_IPV4_DST_MASK);
}

/** The matched IPv4 destination and mask (network order). */
int rtnl_flower_get_ipv4_dst(struct rtnl_cls *cls, in_addr_t *addr,
			     in_addr_t *mask)
{
	FLOWER_BEGIN(cls);
	return get_v4(f, f->ipv4_dst, f->ipv4_dst_mask, addr, mask,
		      FLOWER_ATTR_IPV4_DST, FLOWER_ATTR_IPV4_DST_MASK);
}

/** Set the TCA_CLS_FLAGS_* of @a cls. */
int rtnl_flower_set_flags(struct rtnl_cls *cls, int flags)
{
	FLOWER_BEGIN(cls);
	f->flags = (uint32_t)flags;
	f->mask |= FLOWER_ATTR_FLAGS;
	return 0;
}

/** Append @a act to the actions of @a cls (a reference is taken). */
int rtnl_flower_append_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	FLOWER_BEGIN(cls);
	err = _rtnl_act_add_ref(&f->act, act);
	if (err < 0)
		return err;
	f->mask |= FLOWER_ATTR_ACTION;
	return 0;
}

/** Remove @a act from the actions of @a cls, dropping its reference. */
int rtnl_flower_del_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	FLOWER_BEGIN(cls);
	if (!(f->mask & FLOWER_ATTR_ACTION))
		return -NLE_INVAL;
	err = _rtnl_act_del_ref(&f->act, act);
	if (err < 0)
		return err;
	if (!f->act)
		f->mask &= ~FLOWER_ATTR_ACTION;
	return 0;
}

/**
 * The first action of @a cls with a new reference (drop it with
 * rtnl_act_put()), or NULL.
 */
struct rtnl_act *rtnl_flower_get_action(struct rtnl_cls *cls)
{
	struct flower_data *f = flower_data(cls, NULL);

	if (!f || !f->act)
		return NULL;
	rtnl_act_get(f->act);
	return f->act;
}
