/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packets logged by NFLOG (NFULNL_MSG_PACKET): the object
 * struct nfnl_log_msg and its parser.
 */

#include <stdlib.h>
#include <string.h>
#include <endian.h>
#include <arpa/inet.h>
#include <linux/netfilter/nfnetlink_log.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/data.h>
#include <netlink/object.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/netfilter/ct.h>
#include <netlink/netfilter/netfilter.h>
#include <netlink/netfilter/log_msg.h>

struct nfnl_log_msg {
	NLHDR_COMMON

	uint8_t lm_family;
	uint8_t lm_hook;
	uint16_t lm_hwproto;		/* network byte order, as received */
	uint32_t lm_mark;
	struct timeval lm_timestamp;
	uint32_t lm_indev;
	uint32_t lm_outdev;
	uint32_t lm_physindev;
	uint32_t lm_physoutdev;
	uint8_t lm_hwaddr[8];
	int lm_hwaddr_len;
	struct nl_data *lm_payload;
	char *lm_prefix;
	uint32_t lm_uid;
	uint32_t lm_gid;
	uint32_t lm_seq;
	uint32_t lm_seq_global;
	uint16_t lm_hwtype;
	uint16_t lm_hwlen;
	struct nl_data *lm_hwheader;
	uint16_t lm_vlan_proto;
	uint16_t lm_vlan_tag;
	uint32_t lm_ct_info;
	struct nfnl_ct *lm_ct;
};

#define LM_ATTR_FAMILY		(1ULL << 0)
#define LM_ATTR_HWPROTO		(1ULL << 1)
#define LM_ATTR_HOOK		(1ULL << 2)
#define LM_ATTR_MARK		(1ULL << 3)
#define LM_ATTR_TIMESTAMP	(1ULL << 4)
#define LM_ATTR_INDEV		(1ULL << 5)
#define LM_ATTR_OUTDEV		(1ULL << 6)
#define LM_ATTR_PHYSINDEV	(1ULL << 7)
#define LM_ATTR_PHYSOUTDEV	(1ULL << 8)
#define LM_ATTR_HWADDR		(1ULL << 9)
#define LM_ATTR_PAYLOAD		(1ULL << 10)
#define LM_ATTR_PREFIX		(1ULL << 11)
#define LM_ATTR_UID		(1ULL << 12)
#define LM_ATTR_GID		(1ULL << 13)
#define LM_ATTR_SEQ		(1ULL << 14)
#define LM_ATTR_SEQ_GLOBAL	(1ULL << 15)
#define LM_ATTR_HWTYPE		(1ULL << 16)
#define LM_ATTR_HWLEN		(1ULL << 17)
#define LM_ATTR_HWHEADER	(1ULL << 18)
#define LM_ATTR_VLAN_PROTO	(1ULL << 19)
#define LM_ATTR_VLAN_TAG	(1ULL << 20)
#define LM_ATTR_CT_INFO		(1ULL << 21)
#define LM_ATTR_CT		(1ULL << 22)

#define LM_HAS(m, bit) (((m)->ce_mask & (bit)) != 0)

/* --- special attributes ------------------------------------------- */

static int lm_hdr_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_log_msg *m = base;
	struct nfulnl_msg_packet_hdr h;

	if (nla_len(nla) < (int)sizeof(h))
		return -NLE_RANGE;
	memcpy(&h, nla_data(nla), sizeof(h));
	m->lm_hwproto = h.hw_protocol;
	m->lm_hook = h.hook;
	m->ce_mask |= LM_ATTR_HOOK;
	return 0;
}

static int lm_ts_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_log_msg *m = base;
	struct nfulnl_msg_packet_timestamp ts;

	if (nla_len(nla) < (int)sizeof(ts))
		return -NLE_RANGE;
	memcpy(&ts, nla_data(nla), sizeof(ts));
	m->lm_timestamp.tv_sec = (time_t)be64toh(ts.sec);
	m->lm_timestamp.tv_usec = (suseconds_t)be64toh(ts.usec);
	return 0;
}

static int lm_hwaddr_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_log_msg *m = base;
	struct nfulnl_msg_packet_hw hw;
	int len;

	if (nla_len(nla) < (int)sizeof(hw))
		return -NLE_RANGE;
	memcpy(&hw, nla_data(nla), sizeof(hw));
	len = ntohs(hw.hw_addrlen);
	if (len > (int)sizeof(m->lm_hwaddr))
		len = sizeof(m->lm_hwaddr);
	memcpy(m->lm_hwaddr, hw.hw_addr, (size_t)len);
	m->lm_hwaddr_len = len;
	return 0;
}

static int lm_vlan_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_log_msg *m = base;
	struct nlattr *tb[NFULA_VLAN_MAX + 1];
	int err;

	err = nla_parse_nested(tb, NFULA_VLAN_MAX, (struct nlattr *)nla, NULL);
	if (err < 0)
		return err;
	if (tb[NFULA_VLAN_PROTO]) {
		if ((err = _nfnl_be16(tb[NFULA_VLAN_PROTO], &m->lm_vlan_proto)) < 0)
			return err;
		m->ce_mask |= LM_ATTR_VLAN_PROTO;
	}
	if (tb[NFULA_VLAN_TCI]) {
		if ((err = _nfnl_be16(tb[NFULA_VLAN_TCI], &m->lm_vlan_tag)) < 0)
			return err;
		m->ce_mask |= LM_ATTR_VLAN_TAG;
	}
	return 0;
}

static int lm_ct_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_log_msg *m = base;
	struct nfnl_ct *ct;
	int err;

	err = nfnlmsg_ct_parse_nested((struct nlattr *)nla, &ct);
	if (err < 0)
		return err;
	if (m->lm_ct)
		nfnl_ct_put(m->lm_ct);
	m->lm_ct = ct;
	return 0;
}

static int lm_ct_clone(void *dst, const void *src)
{
	const struct nfnl_log_msg *s = src;
	struct nfnl_log_msg *d = dst;

	d->lm_ct = NULL;
	if (!s->lm_ct)
		return 0;
	d->lm_ct = (struct nfnl_ct *)nl_object_clone((struct nl_object *)s->lm_ct);
	return d->lm_ct ? 0 : -NLE_NOMEM;
}

static void lm_ct_free(void *base)
{
	struct nfnl_log_msg *m = base;

	if (m->lm_ct)
		nfnl_ct_put(m->lm_ct);
	m->lm_ct = NULL;
}

static const struct nlo_hooks lm_hdr_hooks = { .parse = lm_hdr_parse };
static const struct nlo_hooks lm_ts_hooks = { .parse = lm_ts_parse };
static const struct nlo_hooks lm_hwaddr_hooks = { .parse = lm_hwaddr_parse };
static const struct nlo_hooks lm_vlan_hooks = { .parse = lm_vlan_parse };
static const struct nlo_hooks lm_ct_hooks = {
	.parse = lm_ct_parse,
	.clone = lm_ct_clone,
	.free = lm_ct_free,
};

#define LM_BE32(m, BIT, NLA) NLO_ENTRY(struct nfnl_log_msg, m, BIT, NULL, NLO_U32, \
				       .nla = NLA, .flags = NLO_F_BE)

static const struct nlo_attr lm_attrs[] = {
	NLO_ENTRY(struct nfnl_log_msg, lm_family, LM_ATTR_FAMILY, NULL, NLO_U8),
	NLO_ENTRY(struct nfnl_log_msg, lm_hwproto, LM_ATTR_HWPROTO, NULL, NLO_U16,
		  .nla = NFULA_PACKET_HDR, .hooks = &lm_hdr_hooks),
	NLO_ENTRY(struct nfnl_log_msg, lm_hook, LM_ATTR_HOOK, NULL, NLO_U8),
	LM_BE32(lm_mark, LM_ATTR_MARK, NFULA_MARK),
	NLO_ENTRY(struct nfnl_log_msg, lm_timestamp, LM_ATTR_TIMESTAMP, NULL,
		  NLO_BINARY, .nla = NFULA_TIMESTAMP, .hooks = &lm_ts_hooks),
	LM_BE32(lm_indev, LM_ATTR_INDEV, NFULA_IFINDEX_INDEV),
	LM_BE32(lm_outdev, LM_ATTR_OUTDEV, NFULA_IFINDEX_OUTDEV),
	LM_BE32(lm_physindev, LM_ATTR_PHYSINDEV, NFULA_IFINDEX_PHYSINDEV),
	LM_BE32(lm_physoutdev, LM_ATTR_PHYSOUTDEV, NFULA_IFINDEX_PHYSOUTDEV),
	NLO_ENTRY(struct nfnl_log_msg, lm_hwaddr, LM_ATTR_HWADDR, NULL, NLO_BINARY,
		  .nla = NFULA_HWADDR, .hooks = &lm_hwaddr_hooks),
	NLO_ENTRY(struct nfnl_log_msg, lm_payload, LM_ATTR_PAYLOAD, NULL, NLO_DATA,
		  .nla = NFULA_PAYLOAD),
	NLO_ENTRY(struct nfnl_log_msg, lm_prefix, LM_ATTR_PREFIX, NULL, NLO_STRING,
		  .nla = NFULA_PREFIX),
	LM_BE32(lm_uid, LM_ATTR_UID, NFULA_UID),
	LM_BE32(lm_gid, LM_ATTR_GID, NFULA_GID),
	LM_BE32(lm_seq, LM_ATTR_SEQ, NFULA_SEQ),
	LM_BE32(lm_seq_global, LM_ATTR_SEQ_GLOBAL, NFULA_SEQ_GLOBAL),
	NLO_ENTRY(struct nfnl_log_msg, lm_hwtype, LM_ATTR_HWTYPE, NULL, NLO_U16,
		  .nla = NFULA_HWTYPE, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_log_msg, lm_hwlen, LM_ATTR_HWLEN, NULL, NLO_U16,
		  .nla = NFULA_HWLEN, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_log_msg, lm_hwheader, LM_ATTR_HWHEADER, NULL,
		  NLO_DATA, .nla = NFULA_HWHEADER),
	/* NFULA_VLAN: its hook sets the bits of what it carries */
	NLO_BIT(0, NULL, .nla = NFULA_VLAN, .hooks = &lm_vlan_hooks),
	NLO_ENTRY(struct nfnl_log_msg, lm_vlan_proto, LM_ATTR_VLAN_PROTO, NULL,
		  NLO_U16),
	NLO_ENTRY(struct nfnl_log_msg, lm_vlan_tag, LM_ATTR_VLAN_TAG, NULL, NLO_U16),
	LM_BE32(lm_ct_info, LM_ATTR_CT_INFO, NFULA_CT_INFO),
	NLO_ENTRY(struct nfnl_log_msg, lm_ct, LM_ATTR_CT, NULL, NLO_HOOK,
		  .nla = NFULA_CT, .hooks = &lm_ct_hooks),
};

static const struct nlo_table lm_table =
	NLO_TABLE(struct nfnl_log_msg, ce_mask, lm_attrs, NFULA_MAX);

/* ------------------------------------------------------------------ */

static void lm_free_data(struct nl_object *obj)
{
	nlo_free(obj, &lm_table);
}

static int lm_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &lm_table);
}

/* Interface @idx by name when the application provides a link cache
 * (an unknown index prints as "(null)", as Debian's libnl prints it), else
 * by number under @numlabel. */
void _nfnl_dump_dev(struct nl_dump_params *p, const char *label,
		    const char *numlabel, uint32_t idx)
{
	struct nl_cache *links = nl_cache_mngt_require_safe("route/link");
	char buf[64];

	if (links) {
		const char *name = rtnl_link_i2name(links, (int)idx, buf,
						    sizeof(buf));

		nl_dump(p, "%s=%s ", label, name ? name : "(null)");
		nl_cache_put(links);
	} else
		nl_dump(p, "%s=%u ", numlabel, idx);
}

static void lm_dump(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_log_msg *m = (struct nfnl_log_msg *)obj;
	char buf[64];

	nl_new_line(p);
	if (LM_HAS(m, LM_ATTR_PREFIX))
		nl_dump(p, "%s", m->lm_prefix);
	if (LM_HAS(m, LM_ATTR_INDEV))
		_nfnl_dump_dev(p, "IN", "IN", m->lm_indev);
	if (LM_HAS(m, LM_ATTR_PHYSINDEV))
		_nfnl_dump_dev(p, "PHYSIN", "PHYSIN", m->lm_physindev);
	if (LM_HAS(m, LM_ATTR_OUTDEV))
		_nfnl_dump_dev(p, "OUT", "OUT", m->lm_outdev);
	if (LM_HAS(m, LM_ATTR_PHYSOUTDEV))
		_nfnl_dump_dev(p, "PHYSOUT", "PHYSOUT", m->lm_physoutdev);
	if (LM_HAS(m, LM_ATTR_HWADDR))
		_nfnl_dump_hex(p, "MAC", m->lm_hwaddr, m->lm_hwaddr_len);
	if (LM_HAS(m, LM_ATTR_FAMILY))
		nl_dump(p, "FAMILY=%s ", nl_af2str(m->lm_family, buf, sizeof(buf)));
	if (LM_HAS(m, LM_ATTR_HWPROTO))
		nl_dump(p, "HWPROTO=%s ", nl_ether_proto2str(ntohs(m->lm_hwproto),
							      buf, sizeof(buf)));
	if (LM_HAS(m, LM_ATTR_HOOK))
		nl_dump(p, "HOOK=%s ", nfnl_inet_hook2str(m->lm_hook, buf,
							  sizeof(buf)));
	if (LM_HAS(m, LM_ATTR_MARK))
		nl_dump(p, "MARK=%u ", m->lm_mark);
	if (LM_HAS(m, LM_ATTR_PAYLOAD))
		nl_dump(p, "PAYLOADLEN=%d ", (int)nl_data_get_size(m->lm_payload));
	if (LM_HAS(m, LM_ATTR_UID))
		nl_dump(p, "UID=%u ", m->lm_uid);
	if (LM_HAS(m, LM_ATTR_GID))
		nl_dump(p, "GID=%u ", m->lm_gid);
	if (LM_HAS(m, LM_ATTR_SEQ))
		nl_dump(p, "SEQ=%u ", m->lm_seq);
	if (LM_HAS(m, LM_ATTR_SEQ_GLOBAL))
		nl_dump(p, "SEQGLOBAL=%u ", m->lm_seq_global);
	if (LM_HAS(m, LM_ATTR_HWTYPE))
		nl_dump(p, "HWTYPE=%u ", m->lm_hwtype);
	if (LM_HAS(m, LM_ATTR_HWLEN))
		nl_dump(p, "HWLEN=%u ", m->lm_hwlen);
	if (LM_HAS(m, LM_ATTR_HWHEADER))
		_nfnl_dump_hex(p, "HWHEADER", nl_data_get(m->lm_hwheader),
			       (int)nl_data_get_size(m->lm_hwheader));
	/* Debian's libnl prints no space after the VLAN part; kept. */
	if (LM_HAS(m, LM_ATTR_VLAN_TAG))
		nl_dump(p, "VLAN=%d CFI=%d PRIO=%d",
			nfnl_log_msg_get_vlan_id(m), nfnl_log_msg_get_vlan_cfi(m),
			nfnl_log_msg_get_vlan_prio(m));
	if (LM_HAS(m, LM_ATTR_CT_INFO))
		nl_dump(p, "CTINFO=%u ", m->lm_ct_info);
	nl_dump(p, "\n");
	if (LM_HAS(m, LM_ATTR_CT) && m->lm_ct)
		ct_obj_ops.oo_dump[NL_DUMP_LINE]((struct nl_object *)m->lm_ct, p);
}

struct nl_object_ops log_msg_obj_ops = {
	.oo_name = "netfilter/log_msg",
	.oo_size = sizeof(struct nfnl_log_msg),
	.oo_free_data = lm_free_data,
	.oo_clone = lm_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = lm_dump,
		[NL_DUMP_DETAILS] = lm_dump,
		[NL_DUMP_STATS] = lm_dump,
	},
	/* No compare, as upstream: two messages are never identical, and
	 * nl_object_diff() reports every attribute. */
};

/**
 * Parse a packet message of NFLOG into a new object (*@a result, owned by
 * the caller).
 * @return 0 or a negative error code.
 */
int nfnlmsg_log_msg_parse(struct nlmsghdr *nlh, struct nfnl_log_msg **result)
{
	struct nfgenmsg *g = _nfnl_hdr(nlh);
	struct nfnl_log_msg *m;
	int err;

	if (!g)
		return -NLE_MSG_TOOSHORT;
	m = nfnl_log_msg_alloc();
	if (!m)
		return -NLE_NOMEM;
	m->ce_msgtype = nlh->nlmsg_type;
	nfnl_log_msg_set_family(m, g->nfgen_family);
	err = nlo_parse_attrs(m, &lm_table, nlmsg_attrdata(nlh, sizeof(*g)),
			      nlmsg_attrlen(nlh, sizeof(*g)), NULL);
	if (err < 0) {
		nfnl_log_msg_put(m);
		return err;
	}
	*result = m;
	return 0;
}

/* Packet messages of NFLOG, for nl_msg_parse() (no cache to fill). */
static int lm_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nfnl_log_msg *m;
	int err;

	if ((err = nfnlmsg_log_msg_parse(nlh, &m)) < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)m, pp);
	nfnl_log_msg_put(m);
	return err;
}

static struct nl_cache_ops nfnl_log_msg_ops = {
	.co_name = "netfilter/log_msg",
	.co_hdrsize = NFNL_HDRLEN,
	.co_msgtypes = {
		{ NFNLMSG_TYPE(NFNL_SUBSYS_ULOG, NFULNL_MSG_PACKET), NL_ACT_NEW, "new" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_NETFILTER,
	.co_msg_parser = lm_msg_parser,
	.co_obj_ops = &log_msg_obj_ops,
};

static void __attribute__((constructor)) log_msg_init(void)
{
	nl_cache_mngt_register(&nfnl_log_msg_ops);
}

static void __attribute__((destructor)) log_msg_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_log_msg_ops);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

/** A new, empty log message (reference count 1), or NULL. */
struct nfnl_log_msg *nfnl_log_msg_alloc(void)
{
	return (struct nfnl_log_msg *)nl_object_alloc(&log_msg_obj_ops);
}

/** Take a reference on @a msg. */
void nfnl_log_msg_get(struct nfnl_log_msg *msg)
{
	nl_object_get((struct nl_object *)msg);
}

/** Drop a reference on @a msg; the last one frees it. */
void nfnl_log_msg_put(struct nfnl_log_msg *msg)
{
	nl_object_put((struct nl_object *)msg);
}

#define LM_SET_GET(NAME, VT, MEMBER, BIT)                                      \
	/** Set the NAME of the message. */                                    \
	void nfnl_log_msg_set_##NAME(struct nfnl_log_msg *msg, VT v)            \
	{                                                                      \
		msg->MEMBER = v;                                               \
		msg->ce_mask |= (BIT);                                         \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_log_msg_get_##NAME(const struct nfnl_log_msg *msg)              \
	{                                                                      \
		return msg->MEMBER;                                            \
	}

#define LM_TEST(NAME, BIT)                                                     \
	/** Whether the NAME is set. */                                        \
	int nfnl_log_msg_test_##NAME(const struct nfnl_log_msg *msg)            \
	{                                                                      \
		return LM_HAS(msg, BIT);                                       \
	}

LM_SET_GET(family, uint8_t, lm_family, LM_ATTR_FAMILY)
LM_SET_GET(hwproto, uint16_t, lm_hwproto, LM_ATTR_HWPROTO)
LM_TEST(hwproto, LM_ATTR_HWPROTO)
LM_SET_GET(hook, uint8_t, lm_hook, LM_ATTR_HOOK)
LM_TEST(hook, LM_ATTR_HOOK)
LM_SET_GET(mark, uint32_t, lm_mark, LM_ATTR_MARK)
LM_TEST(mark, LM_ATTR_MARK)
LM_SET_GET(indev, uint32_t, lm_indev, LM_ATTR_INDEV)
LM_SET_GET(outdev, uint32_t, lm_outdev, LM_ATTR_OUTDEV)
LM_SET_GET(physindev, uint32_t, lm_physindev, LM_ATTR_PHYSINDEV)
LM_SET_GET(physoutdev, uint32_t, lm_physoutdev, LM_ATTR_PHYSOUTDEV)
LM_SET_GET(uid, uint32_t, lm_uid, LM_ATTR_UID)
LM_TEST(uid, LM_ATTR_UID)
LM_SET_GET(gid, uint32_t, lm_gid, LM_ATTR_GID)
LM_TEST(gid, LM_ATTR_GID)
LM_SET_GET(seq, uint32_t, lm_seq, LM_ATTR_SEQ)
LM_TEST(seq, LM_ATTR_SEQ)
LM_SET_GET(seq_global, uint32_t, lm_seq_global, LM_ATTR_SEQ_GLOBAL)
LM_TEST(seq_global, LM_ATTR_SEQ_GLOBAL)
LM_SET_GET(hwtype, uint16_t, lm_hwtype, LM_ATTR_HWTYPE)
LM_TEST(hwtype, LM_ATTR_HWTYPE)
LM_SET_GET(hwlen, uint16_t, lm_hwlen, LM_ATTR_HWLEN)
LM_TEST(hwlen, LM_ATTR_HWLEN)
LM_SET_GET(vlan_proto, uint16_t, lm_vlan_proto, LM_ATTR_VLAN_PROTO)
LM_TEST(vlan_proto, LM_ATTR_VLAN_PROTO)
LM_SET_GET(vlan_tag, uint16_t, lm_vlan_tag, LM_ATTR_VLAN_TAG)
LM_TEST(vlan_tag, LM_ATTR_VLAN_TAG)
LM_SET_GET(ct_info, uint32_t, lm_ct_info, LM_ATTR_CT_INFO)
LM_TEST(ct_info, LM_ATTR_CT_INFO)

/** The VLAN id (low 12 bits of the tag). */
uint16_t nfnl_log_msg_get_vlan_id(const struct nfnl_log_msg *msg)
{
	return msg->lm_vlan_tag & 0x0fff;
}

/** The canonical format indicator bit of the VLAN tag. */
uint16_t nfnl_log_msg_get_vlan_cfi(const struct nfnl_log_msg *msg)
{
	return (msg->lm_vlan_tag >> 12) & 0x1;
}

/** The priority (top three bits) of the VLAN tag. */
uint16_t nfnl_log_msg_get_vlan_prio(const struct nfnl_log_msg *msg)
{
	return (msg->lm_vlan_tag >> 13) & 0x7;
}

/** Set the time the packet was logged (copied). */
void nfnl_log_msg_set_timestamp(struct nfnl_log_msg *msg, struct timeval *tv)
{
	msg->lm_timestamp = *tv;
	msg->ce_mask |= LM_ATTR_TIMESTAMP;
}

/** The time the packet was logged, or NULL when not set. */
const struct timeval *nfnl_log_msg_get_timestamp(const struct nfnl_log_msg *msg)
{
	return LM_HAS(msg, LM_ATTR_TIMESTAMP) ? &msg->lm_timestamp : NULL;
}

/** Set the hardware address (at most 8 bytes are kept). */
void nfnl_log_msg_set_hwaddr(struct nfnl_log_msg *msg, uint8_t *hwaddr, int len)
{
	if (len < 0)
		len = 0;
	if (len > (int)sizeof(msg->lm_hwaddr))
		len = sizeof(msg->lm_hwaddr);
	memcpy(msg->lm_hwaddr, hwaddr, (size_t)len);
	msg->lm_hwaddr_len = len;
	msg->ce_mask |= LM_ATTR_HWADDR;
}

/** The hardware address and its length (*@a len), or NULL and 0. */
const uint8_t *nfnl_log_msg_get_hwaddr(const struct nfnl_log_msg *msg, int *len)
{
	if (!LM_HAS(msg, LM_ATTR_HWADDR)) {
		*len = 0;
		return NULL;
	}
	*len = msg->lm_hwaddr_len;
	return msg->lm_hwaddr;
}

static int lm_set_data(struct nfnl_log_msg *msg, struct nl_data **slot,
		       uint64_t bit, const void *buf, int len)
{
	struct nl_data *d = NULL;

	if (len < 0)
		return -NLE_INVAL;
	if (len > 0 && !(d = nl_data_alloc(buf, (size_t)len)))
		return -NLE_NOMEM;
	nl_data_free(*slot);
	*slot = d;
	if (d)
		msg->ce_mask |= bit;
	else
		msg->ce_mask &= ~bit;
	return 0;
}

static const void *lm_get_data(const struct nl_data *d, int *len)
{
	if (!d) {
		*len = 0;
		return NULL;
	}
	*len = (int)nl_data_get_size((struct nl_data *)d);
	return nl_data_get((struct nl_data *)d);
}

/** Set the packet's bytes (copied). @return 0, -NLE_INVAL or -NLE_NOMEM. */
int nfnl_log_msg_set_payload(struct nfnl_log_msg *msg, uint8_t *payload, int len)
{
	return lm_set_data(msg, &msg->lm_payload, LM_ATTR_PAYLOAD, payload, len);
}

/** The packet's bytes and their number (*@a len), or NULL and 0. */
const void *nfnl_log_msg_get_payload(const struct nfnl_log_msg *msg, int *len)
{
	return lm_get_data(msg->lm_payload, len);
}

/** Set the link-layer header (copied). */
int nfnl_log_msg_set_hwheader(struct nfnl_log_msg *msg, void *data, int len)
{
	return lm_set_data(msg, &msg->lm_hwheader, LM_ATTR_HWHEADER, data, len);
}

/** Whether the link-layer header is set. */
int nfnl_log_msg_test_hwheader(const struct nfnl_log_msg *msg)
{
	return LM_HAS(msg, LM_ATTR_HWHEADER);
}

/** The link-layer header and its length (*@a len), or NULL and 0. */
const void *nfnl_log_msg_get_hwheader(const struct nfnl_log_msg *msg, int *len)
{
	return lm_get_data(msg->lm_hwheader, len);
}

/** Set the log prefix (copied). @return 0 or -NLE_NOMEM. */
int nfnl_log_msg_set_prefix(struct nfnl_log_msg *msg, void *prefix)
{
	char *s;

	if (!prefix) {
		free(msg->lm_prefix);
		msg->lm_prefix = NULL;
		msg->ce_mask &= ~LM_ATTR_PREFIX;
		return 0;
	}
	s = strdup(prefix);

	if (!s)
		return -NLE_NOMEM;
	free(msg->lm_prefix);
	msg->lm_prefix = s;
	msg->ce_mask |= LM_ATTR_PREFIX;
	return 0;
}

/** The log prefix, or NULL. */
const char *nfnl_log_msg_get_prefix(const struct nfnl_log_msg *msg)
{
	return msg->lm_prefix;
}

/*
 * Attach a copy of the conntrack entry @ct (NULL: none); the caller keeps
 * @ct, as upstream.  Without memory for the copy, none is attached.
 */
void nfnl_log_msg_set_ct(struct nfnl_log_msg *msg, struct nfnl_ct *ct)
{
	struct nfnl_ct *copy = NULL;

	if (ct) {
		copy = (struct nfnl_ct *)nl_object_clone((struct nl_object *)ct);
		if (!copy)
			NL_DBG(1, "log_msg %p: no memory for a copy of ct %p\n",
			       msg, ct);
	}
	if (msg->lm_ct)
		nfnl_ct_put(msg->lm_ct);
	msg->lm_ct = copy;
	msg->ce_mask |= LM_ATTR_CT;
}

/** Whether a conntrack entry is attached. */
int nfnl_log_msg_test_ct(const struct nfnl_log_msg *msg)
{
	return LM_HAS(msg, LM_ATTR_CT);
}

/** The attached conntrack entry (not referenced), or NULL. */
struct nfnl_ct *nfnl_log_msg_get_ct(const struct nfnl_log_msg *msg)
{
	return msg->lm_ct;
}
