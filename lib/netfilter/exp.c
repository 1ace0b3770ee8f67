/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Conntrack expectations: the object (struct nfnl_exp), its messages
 * (IPCTNL_MSG_EXP_*) and the "netfilter/exp" cache.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nf_conntrack_common.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/utils.h>
#include <netlink/netfilter/exp.h>

/* One of the four tuples of an expectation (enum nfnl_exp_tuples). */
struct nfnl_exp_tuple {
	struct nl_addr *src;
	struct nl_addr *dst;
	/* Ports and ICMP values share their storage, as upstream's do:
	 * setting one changes what the other's getters return. */
	union {
		struct {
			uint16_t sport;
			uint16_t dport;
		};
		struct {
			uint16_t icmp_id;
			uint8_t icmp_type;
			uint8_t icmp_code;
		};
	};
	uint8_t l4proto;
};

struct nfnl_exp {
	NLHDR_COMMON

	uint8_t exp_family;
	uint8_t exp_nat_dir;
	uint16_t exp_zone;
	uint32_t exp_timeout;
	uint32_t exp_id;
	uint32_t exp_flags;
	uint32_t exp_class;
	char *exp_helper_name;
	char *exp_fn;
	struct nfnl_exp_tuple exp_t[NFNL_EXP_TUPLE_MAX];
};

/* Presence bits (upstream's numbering: flags before class, although
 * nl_object_attrs2str() names class first). */
#define EXP_ATTR_FAMILY		(1ULL << 0)
#define EXP_ATTR_TIMEOUT	(1ULL << 1)
#define EXP_ATTR_ID		(1ULL << 2)
#define EXP_ATTR_HELPER_NAME	(1ULL << 3)
#define EXP_ATTR_ZONE		(1ULL << 4)
#define EXP_ATTR_FLAGS		(1ULL << 5)
#define EXP_ATTR_CLASS		(1ULL << 6)
#define EXP_ATTR_FN		(1ULL << 7)
#define EXP_T_SRC	0
#define EXP_T_DST	1
#define EXP_T_PROTO	2
#define EXP_T_PORTS	3
#define EXP_T_ICMP	4
#define EXP_T(t, n)	(1ULL << (8 + 5 * (t) + (n)))
#define EXP_ATTR_NAT_DIR	(1ULL << 28)

static const struct trans_tbl exp_attr_names[] = {
	__ADD(EXP_ATTR_FAMILY, family),
	__ADD(EXP_ATTR_TIMEOUT, timeout),
	__ADD(EXP_ATTR_ID, id),
	__ADD(EXP_ATTR_HELPER_NAME, helpername),
	__ADD(EXP_ATTR_ZONE, zone),
	__ADD(EXP_ATTR_CLASS, class),
	__ADD(EXP_ATTR_FLAGS, flags),
	__ADD(EXP_ATTR_FN, function),
#define EXP_T_NAMES(t, pfx)                                                    \
	{ EXP_T(t, EXP_T_SRC), pfx "ipsrc" },                                  \
	{ EXP_T(t, EXP_T_DST), pfx "ipdst" },                                  \
	{ EXP_T(t, EXP_T_PROTO), pfx "protonum" },                             \
	{ EXP_T(t, EXP_T_PORTS), pfx "ports" },                                \
	{ EXP_T(t, EXP_T_ICMP), pfx "icmp" }
	EXP_T_NAMES(0, "expect"),
	EXP_T_NAMES(1, "master"),
	EXP_T_NAMES(2, "mask"),
	EXP_T_NAMES(3, "nat"),
	__ADD(EXP_ATTR_NAT_DIR, natdir),
};

#define EXP_T_ENTRIES(t)                                                       \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].src, EXP_T(t, EXP_T_SRC), NULL, NLO_ADDR), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].dst, EXP_T(t, EXP_T_DST), NULL, NLO_ADDR), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].l4proto, EXP_T(t, EXP_T_PROTO), NULL, NLO_U8), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].sport, EXP_T(t, EXP_T_PORTS), NULL, NLO_U16), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].dport, EXP_T(t, EXP_T_PORTS), NULL, NLO_U16), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].icmp_id, EXP_T(t, EXP_T_ICMP), NULL, NLO_U16), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].icmp_type, EXP_T(t, EXP_T_ICMP), NULL, NLO_U8), \
	NLO_ENTRY(struct nfnl_exp, exp_t[t].icmp_code, EXP_T(t, EXP_T_ICMP), NULL, NLO_U8)

/* Flat attributes in the order requests carry them; tuples by hand. */
static const struct nlo_attr exp_attrs[] = {
	NLO_ENTRY(struct nfnl_exp, exp_class, EXP_ATTR_CLASS, "class", NLO_U32,
		  .nla = CTA_EXPECT_CLASS, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_exp, exp_fn, EXP_ATTR_FN, "function", NLO_STRING,
		  .nla = CTA_EXPECT_FN),
	NLO_ENTRY(struct nfnl_exp, exp_id, EXP_ATTR_ID, "id", NLO_U32,
		  .nla = CTA_EXPECT_ID, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_exp, exp_timeout, EXP_ATTR_TIMEOUT, "timeout", NLO_U32,
		  .nla = CTA_EXPECT_TIMEOUT, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_exp, exp_helper_name, EXP_ATTR_HELPER_NAME,
		  "helpername", NLO_STRING, .nla = CTA_EXPECT_HELP_NAME),
	NLO_ENTRY(struct nfnl_exp, exp_zone, EXP_ATTR_ZONE, "zone", NLO_U16,
		  .nla = CTA_EXPECT_ZONE, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_exp, exp_flags, EXP_ATTR_FLAGS, "flags", NLO_U32,
		  .nla = CTA_EXPECT_FLAGS, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_exp, exp_family, EXP_ATTR_FAMILY, "family", NLO_U8),
	NLO_ENTRY(struct nfnl_exp, exp_nat_dir, EXP_ATTR_NAT_DIR, "natdir", NLO_U8),
	EXP_T_ENTRIES(0),
	EXP_T_ENTRIES(1),
	EXP_T_ENTRIES(2),
	EXP_T_ENTRIES(3),
};

static const struct nlo_table exp_table =
	NLO_TABLE(struct nfnl_exp, ce_mask, exp_attrs, CTA_EXPECT_MAX);

#define EXP_HAS(e, bit) (((e)->ce_mask & (bit)) != 0)
/* A tuple number out of range means the expected tuple, as upstream. */
#define EXP_TUP(t) \
	((t) >= 0 && (t) < NFNL_EXP_TUPLE_MAX ? (t) : NFNL_EXP_TUPLE_EXPECT)

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void exp_free_data(struct nl_object *obj)
{
	nlo_free(obj, &exp_table);
}

static int exp_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &exp_table);
}

static uint64_t exp_compare(struct nl_object *a, struct nl_object *b,
			    uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &exp_table, attrs, flags);
}

static char *exp_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, exp_attr_names,
			   ARRAY_SIZE(exp_attr_names));
}

static void exp_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_exp *e = (struct nfnl_exp *)obj;
	char buf[64];
	int t;

	nl_new_line(p);
	for (t = 0; t < NFNL_EXP_TUPLE_MAX; t++) {
		const struct nfnl_exp_tuple *x = &e->exp_t[t];
		int ports = EXP_HAS(e, EXP_T(t, EXP_T_PORTS));

		if (EXP_HAS(e, EXP_T(t, EXP_T_PROTO)))
			nl_dump(p, "%s ", nl_ip_proto2str(x->l4proto, buf,
							  sizeof(buf)));
		_nfnl_dump_hostport(p, x->src, ports, x->sport);
		_nfnl_dump_hostport(p, x->dst, ports, x->dport);
		/* Debian's libnl prints the expect tuple's ICMP values in
		 * every round; the output is kept identical. */
		if (EXP_HAS(e, EXP_T(0, EXP_T_ICMP)))
			nl_dump(p, "icmp type %d code %d id %d ",
				e->exp_t[0].icmp_type, e->exp_t[0].icmp_code,
				e->exp_t[0].icmp_id);
	}
	if (EXP_HAS(e, EXP_ATTR_NAT_DIR))
		nl_dump(p, "nat dir %u ", e->exp_nat_dir);
	nl_dump(p, "\n");
}

static void exp_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	static const struct trans_tbl words[] = {
		{ NF_CT_EXPECT_PERMANENT, "PERMANENT" },
		{ NF_CT_EXPECT_INACTIVE, "INACTIVE" },
		{ NF_CT_EXPECT_USERSPACE, "USERSPACE" },
	};
	struct nfnl_exp *e = (struct nfnl_exp *)obj;
	char buf[64];
	size_t i;
	int first = 1;

	exp_dump_line(obj, p);
	nl_dump(p, "    id 0x%x ", e->exp_id);
	nl_dump(p, "family %s ", nl_af2str(e->exp_family, buf, sizeof(buf)));
	if (EXP_HAS(e, EXP_ATTR_TIMEOUT))
		nl_dump(p, "timeout %s ",
			nl_msec2str((uint64_t)e->exp_timeout * 1000ULL, buf,
				    sizeof(buf)));
	if (EXP_HAS(e, EXP_ATTR_HELPER_NAME))
		nl_dump(p, "helper %s ", e->exp_helper_name);
	if (EXP_HAS(e, EXP_ATTR_FN))
		nl_dump(p, "fn %s ", e->exp_fn);
	if (EXP_HAS(e, EXP_ATTR_CLASS))
		nl_dump(p, "class %u ", e->exp_class);
	if (EXP_HAS(e, EXP_ATTR_ZONE))
		nl_dump(p, "zone %u ", e->exp_zone);
	if (EXP_HAS(e, EXP_ATTR_FLAGS)) {
		nl_dump(p, "<");
		for (i = 0; i < ARRAY_SIZE(words); i++) {
			if (!(e->exp_flags & words[i].i))
				continue;
			nl_dump(p, "%s%s", first ? "" : ",", words[i].a);
			first = 0;
		}
		nl_dump(p, ">");
	}
	nl_dump(p, "\n");
}

struct nl_object_ops exp_obj_ops = {
	.oo_name = "netfilter/exp",
	.oo_size = sizeof(struct nfnl_exp),
	.oo_free_data = exp_free_data,
	.oo_clone = exp_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = exp_dump_line,
		[NL_DUMP_DETAILS] = exp_dump_details,
	},
	.oo_compare = exp_compare,
	.oo_attrs2str = exp_attrs2str,
	/* Debian's libnl identifies expectations by all their attributes */
	.oo_id_attrs = (uint32_t)((EXP_ATTR_NAT_DIR << 1) - 1),
};

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static int exp_set_addr(struct nfnl_exp *exp, int tuple, int dst,
			struct nl_addr *addr);

static int exp_parse_ip(struct nfnl_exp *e, int t, struct nlattr *attr)
{
	struct nlattr *tb[CTA_IP_MAX + 1];
	static const struct {
		int type, family, len, dst;
	} ips[] = {
		{ CTA_IP_V4_SRC, AF_INET, 4, 0 },
		{ CTA_IP_V4_DST, AF_INET, 4, 1 },
		{ CTA_IP_V6_SRC, AF_INET6, 16, 0 },
		{ CTA_IP_V6_DST, AF_INET6, 16, 1 },
	};
	size_t i;
	int err;

	err = nla_parse_nested(tb, CTA_IP_MAX, attr, NULL);
	if (err < 0)
		return err;
	for (i = 0; i < ARRAY_SIZE(ips); i++) {
		struct nlattr *a = tb[ips[i].type];
		struct nl_addr *addr;

		if (!a)
			continue;
		if (nla_len(a) < ips[i].len)
			return -NLE_RANGE;
		addr = nl_addr_build(ips[i].family, nla_data(a),
				     (size_t)ips[i].len);
		if (!addr)
			return -NLE_NOMEM;
		/* as the setters: the family must agree with the header's */
		err = exp_set_addr(e, t, ips[i].dst, addr);
		nl_addr_put(addr);
		if (err < 0)
			return err;
	}
	return 0;
}

static int exp_parse_proto(struct nfnl_exp *e, int t, struct nlattr *attr)
{
	struct nlattr *tb[CTA_PROTO_MAX + 1];
	struct nfnl_exp_tuple *x = &e->exp_t[t];
	int err, v6;

	err = nla_parse_nested(tb, CTA_PROTO_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_PROTO_NUM]) {
		if ((err = _nfnl_u8(tb[CTA_PROTO_NUM], &x->l4proto)) < 0)
			return err;
		e->ce_mask |= EXP_T(t, EXP_T_PROTO);
	}
	if (tb[CTA_PROTO_SRC_PORT] || tb[CTA_PROTO_DST_PORT]) {
		if (tb[CTA_PROTO_SRC_PORT] &&
		    (err = _nfnl_be16(tb[CTA_PROTO_SRC_PORT], &x->sport)) < 0)
			return err;
		if (tb[CTA_PROTO_DST_PORT] &&
		    (err = _nfnl_be16(tb[CTA_PROTO_DST_PORT], &x->dport)) < 0)
			return err;
		e->ce_mask |= EXP_T(t, EXP_T_PORTS);
	}
	for (v6 = 0; v6 < 2; v6++) {
		struct nlattr *id = tb[v6 ? CTA_PROTO_ICMPV6_ID : CTA_PROTO_ICMP_ID];
		struct nlattr *ty = tb[v6 ? CTA_PROTO_ICMPV6_TYPE : CTA_PROTO_ICMP_TYPE];
		struct nlattr *co = tb[v6 ? CTA_PROTO_ICMPV6_CODE : CTA_PROTO_ICMP_CODE];

		if (!id && !ty && !co)
			continue;
		if (id && (err = _nfnl_be16(id, &x->icmp_id)) < 0)
			return err;
		if (ty && (err = _nfnl_u8(ty, &x->icmp_type)) < 0)
			return err;
		if (co && (err = _nfnl_u8(co, &x->icmp_code)) < 0)
			return err;
		e->ce_mask |= EXP_T(t, EXP_T_ICMP);
	}
	return 0;
}

static int exp_parse_tuple(struct nfnl_exp *e, int t, struct nlattr *attr)
{
	struct nlattr *tb[CTA_TUPLE_MAX + 1];
	int err;

	err = nla_parse_nested(tb, CTA_TUPLE_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_TUPLE_IP] && (err = exp_parse_ip(e, t, tb[CTA_TUPLE_IP])) < 0)
		return err;
	if (tb[CTA_TUPLE_PROTO] &&
	    (err = exp_parse_proto(e, t, tb[CTA_TUPLE_PROTO])) < 0)
		return err;
	return 0;
}

static int exp_parse_nat(struct nfnl_exp *e, struct nlattr *attr)
{
	struct nlattr *tb[CTA_EXPECT_NAT_MAX + 1];
	uint32_t dir;
	int err;

	err = nla_parse_nested(tb, CTA_EXPECT_NAT_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_EXPECT_NAT_DIR]) {
		if ((err = _nfnl_be32(tb[CTA_EXPECT_NAT_DIR], &dir)) < 0)
			return err;
		nfnl_exp_set_nat_dir(e, (uint8_t)dir);
	}
	if (tb[CTA_EXPECT_NAT_TUPLE])
		return exp_parse_tuple(e, NFNL_EXP_TUPLE_NAT,
				       tb[CTA_EXPECT_NAT_TUPLE]);
	return 0;
}

/**
 * Parse an expectation message into a new object (*@a result, owned by
 * the caller).
 * @return 0 or a negative error code.
 */
int nfnlmsg_exp_parse(struct nlmsghdr *nlh, struct nfnl_exp **result)
{
	struct nfgenmsg *g = _nfnl_hdr(nlh);
	struct nlattr *tb[CTA_EXPECT_MAX + 1];
	struct nfnl_exp *e;
	int err;

	if (!g)
		return -NLE_MSG_TOOSHORT;
	e = nfnl_exp_alloc();
	if (!e)
		return -NLE_NOMEM;
	e->ce_msgtype = nlh->nlmsg_type;
	nfnl_exp_set_family(e, g->nfgen_family);
	err = nlo_parse_attrs(e, &exp_table, nlmsg_attrdata(nlh, sizeof(*g)),
			      nlmsg_attrlen(nlh, sizeof(*g)), tb);
	if (err >= 0 && tb[CTA_EXPECT_TUPLE])
		err = exp_parse_tuple(e, NFNL_EXP_TUPLE_EXPECT, tb[CTA_EXPECT_TUPLE]);
	if (err >= 0 && tb[CTA_EXPECT_MASTER])
		err = exp_parse_tuple(e, NFNL_EXP_TUPLE_MASTER, tb[CTA_EXPECT_MASTER]);
	if (err >= 0 && tb[CTA_EXPECT_MASK])
		err = exp_parse_tuple(e, NFNL_EXP_TUPLE_MASK, tb[CTA_EXPECT_MASK]);
	if (err >= 0 && tb[CTA_EXPECT_NAT])
		err = exp_parse_nat(e, tb[CTA_EXPECT_NAT]);
	if (err < 0) {
		nfnl_exp_put(e);
		return err;
	}
	*result = e;
	return 0;
}

/** Multicast group of an expectation event, or NFNLGRP_NONE. */
int nfnlmsg_exp_group(struct nlmsghdr *nlh)
{
	switch (nfnlmsg_subtype(nlh)) {
	case IPCTNL_MSG_EXP_NEW:
		if (nlh->nlmsg_flags & (NLM_F_CREATE | NLM_F_EXCL))
			return NFNLGRP_CONNTRACK_EXP_NEW;
		return NFNLGRP_CONNTRACK_EXP_UPDATE;
	case IPCTNL_MSG_EXP_DELETE:
		return NFNLGRP_CONNTRACK_EXP_DESTROY;
	default:
		return NFNLGRP_NONE;
	}
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static int exp_build_tuple(struct nl_msg *msg, const struct nfnl_exp *e,
			   int t, int type)
{
	const struct nfnl_exp_tuple *x = &e->exp_t[t];
	int has_ip = EXP_HAS(e, EXP_T(t, EXP_T_SRC) | EXP_T(t, EXP_T_DST));
	int has_l4 = EXP_HAS(e, EXP_T(t, EXP_T_PROTO) | EXP_T(t, EXP_T_PORTS) |
				    EXP_T(t, EXP_T_ICMP));
	struct nlattr *tuple, *nest;

	if (!has_ip && !has_l4)
		return 0;
	if (!(tuple = _nfnl_nest(msg, type)))
		return -NLE_MSGSIZE;
	if (has_ip) {
		if (!(nest = _nfnl_nest(msg, CTA_TUPLE_IP)))
			return -NLE_MSGSIZE;
		if (x->src &&
		    nla_put_addr(msg, nl_addr_get_family(x->src) == AF_INET6 ?
				 CTA_IP_V6_SRC : CTA_IP_V4_SRC, x->src) < 0)
			return -NLE_MSGSIZE;
		if (x->dst &&
		    nla_put_addr(msg, nl_addr_get_family(x->dst) == AF_INET6 ?
				 CTA_IP_V6_DST : CTA_IP_V4_DST, x->dst) < 0)
			return -NLE_MSGSIZE;
		nla_nest_end(msg, nest);
	}
	if (has_l4) {
		if (!(nest = _nfnl_nest(msg, CTA_TUPLE_PROTO)))
			return -NLE_MSGSIZE;
		if (EXP_HAS(e, EXP_T(t, EXP_T_PROTO)) &&
		    nla_put_u8(msg, CTA_PROTO_NUM, x->l4proto) < 0)
			return -NLE_MSGSIZE;
		if (EXP_HAS(e, EXP_T(t, EXP_T_PORTS)) &&
		    (nla_put_u16(msg, CTA_PROTO_SRC_PORT, htons(x->sport)) < 0 ||
		     nla_put_u16(msg, CTA_PROTO_DST_PORT, htons(x->dport)) < 0))
			return -NLE_MSGSIZE;
		if (EXP_HAS(e, EXP_T(t, EXP_T_ICMP)) &&
		    (nla_put_u16(msg, CTA_PROTO_ICMP_ID, htons(x->icmp_id)) < 0 ||
		     nla_put_u8(msg, CTA_PROTO_ICMP_TYPE, x->icmp_type) < 0 ||
		     nla_put_u8(msg, CTA_PROTO_ICMP_CODE, x->icmp_code) < 0))
			return -NLE_MSGSIZE;
		nla_nest_end(msg, nest);
	}
	nla_nest_end(msg, tuple);
	return 0;
}

static int exp_build_nat(struct nl_msg *msg, const struct nfnl_exp *e)
{
	const int t = NFNL_EXP_TUPLE_NAT;
	struct nlattr *nat;
	int err;

	/* the NAT part only makes sense with a tuple to translate to */
	if (!EXP_HAS(e, EXP_T(t, EXP_T_SRC) | EXP_T(t, EXP_T_DST) |
			    EXP_T(t, EXP_T_PROTO) | EXP_T(t, EXP_T_PORTS) |
			    EXP_T(t, EXP_T_ICMP)))
		return 0;
	if (!(nat = _nfnl_nest(msg, CTA_EXPECT_NAT)))
		return -NLE_MSGSIZE;
	/* Debian's libnl sends the direction in host byte order (the kernel
	 * reads big endian); requests are kept byte-identical. */
	if (EXP_HAS(e, EXP_ATTR_NAT_DIR) &&
	    nla_put_u32(msg, CTA_EXPECT_NAT_DIR, e->exp_nat_dir) < 0)
		return -NLE_MSGSIZE;
	if ((err = exp_build_tuple(msg, e, t, CTA_EXPECT_NAT_TUPLE)) < 0)
		return err;
	nla_nest_end(msg, nat);
	return 0;
}

static int exp_build_message(const struct nfnl_exp *e, int cmd, int flags,
			     struct nl_msg **result)
{
	struct nl_msg *msg;
	int err;

	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_CTNETLINK_EXP, (uint8_t)cmd,
				   flags, e->exp_family, 0);
	if (!msg)
		return -NLE_NOMEM;
	if ((err = exp_build_tuple(msg, e, NFNL_EXP_TUPLE_EXPECT,
				   CTA_EXPECT_TUPLE)) < 0 ||
	    (err = exp_build_tuple(msg, e, NFNL_EXP_TUPLE_MASTER,
				   CTA_EXPECT_MASTER)) < 0 ||
	    (err = exp_build_tuple(msg, e, NFNL_EXP_TUPLE_MASK,
				   CTA_EXPECT_MASK)) < 0 ||
	    (err = exp_build_nat(msg, e)) < 0 ||
	    (err = nlo_build(msg, e, &exp_table, ~0ULL)) < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/**
 * Build a request creating the expectation @a exp (IPCTNL_MSG_EXP_NEW)
 * with the netlink @a flags.  *@a result belongs to the caller.
 */
int nfnl_exp_build_add_request(const struct nfnl_exp *exp, int flags,
			       struct nl_msg **result)
{
	return exp_build_message(exp, IPCTNL_MSG_EXP_NEW, flags, result);
}

/** Create the expectation @a exp in the kernel and wait for its answer. */
int nfnl_exp_add(struct nl_sock *sk, const struct nfnl_exp *exp, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_exp_build_add_request(exp, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Build a request deleting the expectation @a exp. */
int nfnl_exp_build_delete_request(const struct nfnl_exp *exp, int flags,
				  struct nl_msg **result)
{
	return exp_build_message(exp, IPCTNL_MSG_EXP_DELETE, flags, result);
}

/** Delete the expectation @a exp and wait for the kernel's answer. */
int nfnl_exp_del(struct nl_sock *sk, const struct nfnl_exp *exp, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_exp_build_delete_request(exp, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Build a request asking for the expectation @a exp. */
int nfnl_exp_build_query_request(const struct nfnl_exp *exp, int flags,
				 struct nl_msg **result)
{
	return exp_build_message(exp, IPCTNL_MSG_EXP_GET, flags, result);
}

/** Ask the kernel for the expectation @a exp and wait for the answer. */
int nfnl_exp_query(struct nl_sock *sk, const struct nfnl_exp *exp, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_exp_build_query_request(exp, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Send a request dumping every expectation. */
int nfnl_exp_dump_request(struct nl_sock *sk)
{
	return nfnl_send_simple(sk, NFNL_SUBSYS_CTNETLINK_EXP,
				IPCTNL_MSG_EXP_GET, NLM_F_DUMP, AF_UNSPEC, 0);
}

/* ------------------------------------------------------------------ */
/* Cache                                                                */

static int exp_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	return nfnl_exp_dump_request(sk);
}

static int exp_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			  struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nfnl_exp *e;
	int err;

	if ((err = nfnlmsg_exp_parse(nlh, &e)) < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)e, pp);
	nfnl_exp_put(e);
	return err;
}

static struct nl_af_group exp_groups[] = {
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_EXP_NEW },
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_EXP_UPDATE },
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_EXP_DESTROY },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops nfnl_exp_ops = {
	.co_name = "netfilter/exp",
	.co_hdrsize = NFNL_HDRLEN,
	.co_msgtypes = {
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK_EXP, IPCTNL_MSG_EXP_NEW), NL_ACT_NEW, "new" },
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK_EXP, IPCTNL_MSG_EXP_GET), NL_ACT_GET, "get" },
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK_EXP, IPCTNL_MSG_EXP_DELETE), NL_ACT_DEL, "del" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_NETFILTER,
	.co_groups = exp_groups,
	.co_request_update = exp_request_update,
	.co_msg_parser = exp_msg_parser,
	.co_obj_ops = &exp_obj_ops,
};

/** Allocate the cache of expectations and fill it through @a sk. */
int nfnl_exp_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&nfnl_exp_ops, sk, result);
}

static void __attribute__((constructor)) exp_init(void)
{
	nl_cache_mngt_register(&nfnl_exp_ops);
}

static void __attribute__((destructor)) exp_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_exp_ops);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

/** A new, empty expectation (reference count 1), or NULL. */
struct nfnl_exp *nfnl_exp_alloc(void)
{
	return (struct nfnl_exp *)nl_object_alloc(&exp_obj_ops);
}

/** Take a reference on @a exp. */
void nfnl_exp_get(struct nfnl_exp *exp)
{
	nl_object_get((struct nl_object *)exp);
}

/** Drop a reference on @a exp; the last one frees it. */
void nfnl_exp_put(struct nfnl_exp *exp)
{
	nl_object_put((struct nl_object *)exp);
}

/** Set the address family. */
void nfnl_exp_set_family(struct nfnl_exp *exp, uint8_t family)
{
	exp->exp_family = family;
	exp->ce_mask |= EXP_ATTR_FAMILY;
}

/** The address family (AF_UNSPEC when not set). */
uint8_t nfnl_exp_get_family(const struct nfnl_exp *exp)
{
	return EXP_HAS(exp, EXP_ATTR_FAMILY) ? exp->exp_family : AF_UNSPEC;
}

#define EXP_SCALAR(NAME, VT, MEMBER, BIT)                                      \
	/** Set the NAME of the expectation. */                                \
	void nfnl_exp_set_##NAME(struct nfnl_exp *exp, VT v)                    \
	{                                                                      \
		exp->MEMBER = v;                                               \
		exp->ce_mask |= (BIT);                                         \
	}                                                                      \
	/** Whether the NAME is set. */                                        \
	int nfnl_exp_test_##NAME(const struct nfnl_exp *exp)                    \
	{                                                                      \
		return EXP_HAS(exp, BIT);                                      \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_exp_get_##NAME(const struct nfnl_exp *exp)                      \
	{                                                                      \
		return exp->MEMBER;                                            \
	}

EXP_SCALAR(timeout, uint32_t, exp_timeout, EXP_ATTR_TIMEOUT)
EXP_SCALAR(id, uint32_t, exp_id, EXP_ATTR_ID)
EXP_SCALAR(zone, uint16_t, exp_zone, EXP_ATTR_ZONE)
EXP_SCALAR(class, uint32_t, exp_class, EXP_ATTR_CLASS)
EXP_SCALAR(nat_dir, uint8_t, exp_nat_dir, EXP_ATTR_NAT_DIR)

static int exp_set_string(struct nfnl_exp *exp, char **slot, uint64_t bit,
			  const char *s)
{
	char *n = strdup(s);

	if (!n)
		return -NLE_NOMEM;
	free(*slot);
	*slot = n;
	exp->ce_mask |= bit;
	return 0;
}

/** Set the name of the helper (a copy is kept). @return 0 or -NLE_NOMEM. */
int nfnl_exp_set_helper_name(struct nfnl_exp *exp, void *name)
{
	return exp_set_string(exp, &exp->exp_helper_name, EXP_ATTR_HELPER_NAME,
			      name);
}

/** Whether the helper name is set. */
int nfnl_exp_test_helper_name(const struct nfnl_exp *exp)
{
	return EXP_HAS(exp, EXP_ATTR_HELPER_NAME);
}

/** The helper name, or NULL. */
const char *nfnl_exp_get_helper_name(const struct nfnl_exp *exp)
{
	return exp->exp_helper_name;
}

/** Set the name of the expectation function (a copy is kept). */
int nfnl_exp_set_fn(struct nfnl_exp *exp, void *fn)
{
	return exp_set_string(exp, &exp->exp_fn, EXP_ATTR_FN, fn);
}

/** Whether the function name is set. */
int nfnl_exp_test_fn(const struct nfnl_exp *exp)
{
	return EXP_HAS(exp, EXP_ATTR_FN);
}

/** The function name, or NULL. */
const char *nfnl_exp_get_fn(const struct nfnl_exp *exp)
{
	return exp->exp_fn;
}

/** Add the bits of @a flags (NF_CT_EXPECT_*). */
void nfnl_exp_set_flags(struct nfnl_exp *exp, uint32_t flags)
{
	exp->exp_flags |= flags;
	exp->ce_mask |= EXP_ATTR_FLAGS;
}

/** Clear the bits of @a flags. */
void nfnl_exp_unset_flags(struct nfnl_exp *exp, uint32_t flags)
{
	exp->exp_flags &= ~flags;
	exp->ce_mask |= EXP_ATTR_FLAGS;
}

/** Whether the flags are set. */
int nfnl_exp_test_flags(const struct nfnl_exp *exp)
{
	return EXP_HAS(exp, EXP_ATTR_FLAGS);
}

/** The flags. */
uint32_t nfnl_exp_get_flags(const struct nfnl_exp *exp)
{
	return exp->exp_flags;
}

/* Debian's libnl names these bits with conntrack status words; kept. */
static const struct trans_tbl exp_flag_names[] = {
	{ 0x1, "expected" },
	{ 0x2, "seen_reply" },
	{ 0x4, "assured" },
};

/** Names of the bits in @a flags, comma separated. */
char *nfnl_exp_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, exp_flag_names,
			   ARRAY_SIZE(exp_flag_names));
}

/** Bits named in the comma-separated list @a name (0 for none). */
int nfnl_exp_str2flags(const char *name)
{
	return __str2flags(name, exp_flag_names, ARRAY_SIZE(exp_flag_names));
}

static int exp_set_addr(struct nfnl_exp *exp, int tuple, int dst,
			struct nl_addr *addr)
{
	struct nl_addr **slot;
	int fam = nl_addr_get_family(addr);

	tuple = EXP_TUP(tuple);
	if (EXP_HAS(exp, EXP_ATTR_FAMILY)) {
		if (fam != exp->exp_family)
			return -NLE_AF_MISMATCH;
	} else
		nfnl_exp_set_family(exp, (uint8_t)fam);
	slot = dst ? &exp->exp_t[tuple].dst : &exp->exp_t[tuple].src;
	nl_addr_get(addr);
	nl_addr_put(*slot);
	*slot = addr;
	exp->ce_mask |= EXP_T(tuple, dst ? EXP_T_DST : EXP_T_SRC);
	return 0;
}

/**
 * Set the source address of @a tuple (enum nfnl_exp_tuples); a reference
 * is taken.  Sets the family when not set yet.
 * @return 0 or -NLE_AF_MISMATCH.
 */
int nfnl_exp_set_src(struct nfnl_exp *exp, int tuple, struct nl_addr *addr)
{
	return exp_set_addr(exp, tuple, 0, addr);
}

/** Whether the source address of @a tuple is set. */
int nfnl_exp_test_src(const struct nfnl_exp *exp, int tuple)
{
	return EXP_HAS(exp, EXP_T(EXP_TUP(tuple), EXP_T_SRC));
}

/** The source address of @a tuple (not referenced), or NULL. */
struct nl_addr *nfnl_exp_get_src(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].src;
}

/** As nfnl_exp_set_src() for the destination address. */
int nfnl_exp_set_dst(struct nfnl_exp *exp, int tuple, struct nl_addr *addr)
{
	return exp_set_addr(exp, tuple, 1, addr);
}

/** Whether the destination address of @a tuple is set. */
int nfnl_exp_test_dst(const struct nfnl_exp *exp, int tuple)
{
	return EXP_HAS(exp, EXP_T(EXP_TUP(tuple), EXP_T_DST));
}

/** The destination address of @a tuple (not referenced), or NULL. */
struct nl_addr *nfnl_exp_get_dst(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].dst;
}

/** Set the layer 4 protocol number of @a tuple. */
void nfnl_exp_set_l4protonum(struct nfnl_exp *exp, int tuple, uint8_t l4proto)
{
	tuple = EXP_TUP(tuple);
	exp->exp_t[tuple].l4proto = l4proto;
	exp->ce_mask |= EXP_T(tuple, EXP_T_PROTO);
}

/** Whether the protocol number of @a tuple is set. */
int nfnl_exp_test_l4protonum(const struct nfnl_exp *exp, int tuple)
{
	return EXP_HAS(exp, EXP_T(EXP_TUP(tuple), EXP_T_PROTO));
}

/** The protocol number of @a tuple (0 when not set). */
uint8_t nfnl_exp_get_l4protonum(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].l4proto;
}

/** Set both ports of @a tuple. */
void nfnl_exp_set_ports(struct nfnl_exp *exp, int tuple, uint16_t srcport,
			uint16_t dstport)
{
	tuple = EXP_TUP(tuple);
	exp->exp_t[tuple].sport = srcport;
	exp->exp_t[tuple].dport = dstport;
	exp->ce_mask |= EXP_T(tuple, EXP_T_PORTS);
}

/** Whether the ports of @a tuple are set. */
int nfnl_exp_test_ports(const struct nfnl_exp *exp, int tuple)
{
	return EXP_HAS(exp, EXP_T(EXP_TUP(tuple), EXP_T_PORTS));
}

/** The source port of @a tuple (0 when not set). */
uint16_t nfnl_exp_get_src_port(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].sport;
}

/** The destination port of @a tuple (0 when not set). */
uint16_t nfnl_exp_get_dst_port(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].dport;
}

/** Set the ICMP id, type and code of @a tuple. */
void nfnl_exp_set_icmp(struct nfnl_exp *exp, int tuple, uint16_t id,
		       uint8_t type, uint8_t code)
{
	tuple = EXP_TUP(tuple);
	exp->exp_t[tuple].icmp_id = id;
	exp->exp_t[tuple].icmp_type = type;
	exp->exp_t[tuple].icmp_code = code;
	exp->ce_mask |= EXP_T(tuple, EXP_T_ICMP);
}

/** Whether the ICMP values of @a tuple are set. */
int nfnl_exp_test_icmp(const struct nfnl_exp *exp, int tuple)
{
	return EXP_HAS(exp, EXP_T(EXP_TUP(tuple), EXP_T_ICMP));
}

/** The ICMP id of @a tuple. */
uint16_t nfnl_exp_get_icmp_id(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].icmp_id;
}

/** The ICMP type of @a tuple. */
uint8_t nfnl_exp_get_icmp_type(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].icmp_type;
}

/** The ICMP code of @a tuple. */
uint8_t nfnl_exp_get_icmp_code(const struct nfnl_exp *exp, int tuple)
{
	return exp->exp_t[EXP_TUP(tuple)].icmp_code;
}
