/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Conntrack entries: the object (struct nfnl_ct), its messages
 * (IPCTNL_MSG_CT_*) and the "netfilter/ct" cache.
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
#include <netlink/netfilter/ct.h>

/* One direction of a connection (original or reply). */
struct nfnl_ct_dir {
	struct nl_addr *src;
	struct nl_addr *dst;
	/* ports and ICMP values share their storage, as upstream's do (the
	 * ICMP id reads as source port, type and code as destination) */
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
	uint64_t packets;
	uint64_t bytes;
};

struct nfnl_ct {
	NLHDR_COMMON

	uint8_t ct_family;
	uint8_t ct_proto;
	uint8_t ct_tcp_state;
	uint16_t ct_zone;
	uint32_t ct_status;
	uint32_t ct_timeout;
	uint32_t ct_mark;
	uint32_t ct_use;
	uint32_t ct_id;
	struct nfnl_ct_dir ct_dir[2];	/* [0] original, [1] reply */
	struct nfnl_ct_timestamp ct_ts;
};

/* Presence bits, in the order nl_object_attrs2str() names them. */
#define CT_ATTR_FAMILY		(1ULL << 0)
#define CT_ATTR_PROTO		(1ULL << 1)
#define CT_ATTR_TCP_STATE	(1ULL << 2)
#define CT_ATTR_STATUS		(1ULL << 3)
#define CT_ATTR_TIMEOUT		(1ULL << 4)
#define CT_ATTR_MARK		(1ULL << 5)
#define CT_ATTR_USE		(1ULL << 6)
#define CT_ATTR_ID		(1ULL << 7)
/* per direction: CT_DIR(repl, n) */
#define CT_D_SRC	0
#define CT_D_DST	1
#define CT_D_SPORT	2
#define CT_D_DPORT	3
#define CT_D_ICMP_ID	4
#define CT_D_ICMP_TYPE	5
#define CT_D_ICMP_CODE	6
#define CT_D_PACKETS	7
#define CT_D_BYTES	8
#define CT_DIR(repl, n)	(1ULL << (((repl) ? 17 : 8) + (n)))
#define CT_ATTR_ZONE		(1ULL << 26)	/* unnamed, as upstream's */
#define CT_ATTR_TIMESTAMP	(1ULL << 27)	/* unnamed, as upstream's */

#define CT_ALL_TUPLE(r)                                                        \
	(CT_DIR(r, CT_D_SRC) | CT_DIR(r, CT_D_DST) | CT_DIR(r, CT_D_SPORT) |   \
	 CT_DIR(r, CT_D_DPORT) | CT_DIR(r, CT_D_ICMP_ID) |                     \
	 CT_DIR(r, CT_D_ICMP_TYPE) | CT_DIR(r, CT_D_ICMP_CODE))

static const struct trans_tbl ct_attr_names[] = {
	__ADD(CT_ATTR_FAMILY, family),
	__ADD(CT_ATTR_PROTO, proto),
	__ADD(CT_ATTR_TCP_STATE, tcpstate),
	__ADD(CT_ATTR_STATUS, status),
	__ADD(CT_ATTR_TIMEOUT, timeout),
	__ADD(CT_ATTR_MARK, mark),
	__ADD(CT_ATTR_USE, use),
	__ADD(CT_ATTR_ID, id),
	__ADD(CT_DIR(0, CT_D_SRC), origsrc),
	__ADD(CT_DIR(0, CT_D_DST), origdst),
	__ADD(CT_DIR(0, CT_D_SPORT), origsrcport),
	__ADD(CT_DIR(0, CT_D_DPORT), origdstport),
	__ADD(CT_DIR(0, CT_D_ICMP_ID), origicmpid),
	__ADD(CT_DIR(0, CT_D_ICMP_TYPE), origicmptype),
	__ADD(CT_DIR(0, CT_D_ICMP_CODE), origicmpcode),
	__ADD(CT_DIR(0, CT_D_PACKETS), origpackets),
	__ADD(CT_DIR(0, CT_D_BYTES), origbytes),
	__ADD(CT_DIR(1, CT_D_SRC), replysrc),
	__ADD(CT_DIR(1, CT_D_DST), replydst),
	__ADD(CT_DIR(1, CT_D_SPORT), replysrcport),
	__ADD(CT_DIR(1, CT_D_DPORT), replydstport),
	__ADD(CT_DIR(1, CT_D_ICMP_ID), replyicmpid),
	__ADD(CT_DIR(1, CT_D_ICMP_TYPE), replyicmptype),
	__ADD(CT_DIR(1, CT_D_ICMP_CODE), replyicmpcode),
	__ADD(CT_DIR(1, CT_D_PACKETS), replypackets),
	__ADD(CT_DIR(1, CT_D_BYTES), replybytes),
};

#define CT_DIR_ENTRIES(d, pfx)                                                 \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].src, CT_DIR(d, CT_D_SRC), pfx "src", NLO_ADDR), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].dst, CT_DIR(d, CT_D_DST), pfx "dst", NLO_ADDR), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].sport, CT_DIR(d, CT_D_SPORT), pfx "srcport", NLO_U16), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].dport, CT_DIR(d, CT_D_DPORT), pfx "dstport", NLO_U16), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].icmp_id, CT_DIR(d, CT_D_ICMP_ID), pfx "icmpid", NLO_U16), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].icmp_type, CT_DIR(d, CT_D_ICMP_TYPE), pfx "icmptype", NLO_U8), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].icmp_code, CT_DIR(d, CT_D_ICMP_CODE), pfx "icmpcode", NLO_U8), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].packets, CT_DIR(d, CT_D_PACKETS), pfx "packets", NLO_U64), \
	NLO_ENTRY(struct nfnl_ct, ct_dir[d].bytes, CT_DIR(d, CT_D_BYTES), pfx "bytes", NLO_U64)

/* The flat attributes come first, in the order requests carry them; the
 * nested tuples, counters and timestamps are handled by hand below. */
static const struct nlo_attr ct_attrs[] = {
	NLO_ENTRY(struct nfnl_ct, ct_status, CT_ATTR_STATUS, "status", NLO_U32,
		  .nla = CTA_STATUS, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_ct, ct_timeout, CT_ATTR_TIMEOUT, "timeout", NLO_U32,
		  .nla = CTA_TIMEOUT, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_ct, ct_mark, CT_ATTR_MARK, "mark", NLO_U32,
		  .nla = CTA_MARK, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_ct, ct_use, CT_ATTR_USE, "use", NLO_U32,
		  .nla = CTA_USE, .flags = NLO_F_BE | NLO_F_NOBUILD),
	NLO_ENTRY(struct nfnl_ct, ct_id, CT_ATTR_ID, "id", NLO_U32,
		  .nla = CTA_ID, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_ct, ct_zone, CT_ATTR_ZONE, "zone", NLO_U16,
		  .nla = CTA_ZONE, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_ct, ct_family, CT_ATTR_FAMILY, "family", NLO_U8),
	NLO_ENTRY(struct nfnl_ct, ct_proto, CT_ATTR_PROTO, "proto", NLO_U8),
	NLO_ENTRY(struct nfnl_ct, ct_tcp_state, CT_ATTR_TCP_STATE, "tcpstate", NLO_U8),
	NLO_ENTRY(struct nfnl_ct, ct_ts, CT_ATTR_TIMESTAMP, "timestamp", NLO_BINARY),
	CT_DIR_ENTRIES(0, "orig"),
	CT_DIR_ENTRIES(1, "reply"),
};

static const struct nlo_table ct_table =
	NLO_TABLE(struct nfnl_ct, ce_mask, ct_attrs, CTA_MAX);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void ct_free_data(struct nl_object *obj)
{
	nlo_free(obj, &ct_table);
}

static int ct_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &ct_table);
}

static uint64_t ct_compare(struct nl_object *a, struct nl_object *b,
			   uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &ct_table, attrs, flags);
}

static char *ct_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, ct_attr_names,
			   ARRAY_SIZE(ct_attr_names));
}

#define CT_HAS(ct, bit) (((ct)->ce_mask & (bit)) != 0)

static void ct_dump_icmp(struct nl_dump_params *p, const struct nfnl_ct *ct,
			 int r)
{
	const struct nfnl_ct_dir *d = &ct->ct_dir[r];

	if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_TYPE)))
		nl_dump(p, "icmp type %d ", d->icmp_type);
	if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_CODE)))
		nl_dump(p, "code %d ", d->icmp_code);
	if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_ID)))
		nl_dump(p, "id %d ", d->icmp_id);
}

/* A port shows when set and not 0, as Debian's libnl prints it. */
static void ct_dump_src(struct nl_dump_params *p, const struct nfnl_ct *ct,
			int r)
{
	_nfnl_dump_hostport(p, ct->ct_dir[r].src,
			    CT_HAS(ct, CT_DIR(r, CT_D_SPORT)) &&
				    ct->ct_dir[r].sport,
			    ct->ct_dir[r].sport);
}

static void ct_dump_dst(struct nl_dump_params *p, const struct nfnl_ct *ct,
			int r)
{
	_nfnl_dump_hostport(p, ct->ct_dir[r].dst,
			    CT_HAS(ct, CT_DIR(r, CT_D_DPORT)) &&
				    ct->ct_dir[r].dport,
			    ct->ct_dir[r].dport);
}

/* The reply direction is the original one turned around. */
static int ct_reply_mirrors(const struct nfnl_ct *ct)
{
	const struct nfnl_ct_dir *o = &ct->ct_dir[0], *r = &ct->ct_dir[1];

	if (!o->src || !o->dst || !r->src || !r->dst)
		return 0;
	return !nl_addr_cmp(o->src, r->dst) && !nl_addr_cmp(o->dst, r->src) &&
	       o->sport == r->dport && o->dport == r->sport;
}

static void ct_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_ct *ct = (struct nfnl_ct *)obj;
	char buf[64];

	nl_new_line(p);
	if (CT_HAS(ct, CT_ATTR_PROTO))
		nl_dump(p, "%s ", nl_ip_proto2str(ct->ct_proto, buf, sizeof(buf)));
	if (CT_HAS(ct, CT_ATTR_TCP_STATE))
		nl_dump(p, "%s ", nfnl_ct_tcp_state2str(ct->ct_tcp_state, buf,
							sizeof(buf)));
	if (ct_reply_mirrors(ct)) {
		ct_dump_src(p, ct, 0);
		nl_dump(p, "<-> ");
		ct_dump_dst(p, ct, 0);
		ct_dump_icmp(p, ct, 0);
	} else {
		ct_dump_src(p, ct, 0);
		nl_dump(p, "-> ");
		ct_dump_dst(p, ct, 0);
		ct_dump_icmp(p, ct, 0);
		ct_dump_src(p, ct, 1);
		nl_dump(p, "<- ");
		ct_dump_dst(p, ct, 1);
		ct_dump_icmp(p, ct, 1);
	}
	if (CT_HAS(ct, CT_ATTR_MARK) && ct->ct_mark)
		nl_dump(p, "mark %u ", ct->ct_mark);
	if (CT_HAS(ct, CT_ATTR_ZONE))
		nl_dump(p, "zone %u ", ct->ct_zone);
	if (CT_HAS(ct, CT_ATTR_TIMESTAMP)) {
		uint64_t d = ct->ct_ts.stop >= ct->ct_ts.start ?
				     ct->ct_ts.stop - ct->ct_ts.start : 0;

		nl_dump(p, "delta-time %llu ",
			(unsigned long long)(d / 1000000000ULL));
	}
	nl_dump(p, "\n");
}

/* Status words printed in details: some bits by their presence, some
 * (the ones a fresh entry lacks) by their absence. */
static void ct_dump_status(struct nl_dump_params *p, const struct nfnl_ct *ct)
{
	static const struct {
		uint32_t bit;
		int when_set;
		const char *name;
	} words[] = {
		{ IPS_EXPECTED, 1, "EXPECTED" },
		{ IPS_SEEN_REPLY, 0, "NOREPLY" },
		{ IPS_ASSURED, 1, "ASSURED" },
		{ IPS_CONFIRMED, 0, "NOTSENT" },
		{ IPS_SRC_NAT, 1, "SNAT" },
		{ IPS_DST_NAT, 1, "DNAT" },
		{ IPS_SEQ_ADJUST, 1, "SEQADJUST" },
		{ IPS_SRC_NAT_DONE, 0, "SNAT_INIT" },
		{ IPS_DST_NAT_DONE, 0, "DNAT_INIT" },
		{ IPS_DYING, 1, "DYING" },
		{ IPS_FIXED_TIMEOUT, 1, "FIXED_TIMEOUT" },
	};
	/* the list is bracketed when any status bit is on */
	int set = ct->ct_status != 0, first = 1;
	size_t i;

	if (set)
		nl_dump(p, "<");
	for (i = 0; i < ARRAY_SIZE(words); i++) {
		int on = (ct->ct_status & words[i].bit) != 0;

		if (on != words[i].when_set)
			continue;
		nl_dump(p, "%s%s", first ? "" : ",", words[i].name);
		first = 0;
	}
	if (set)
		nl_dump(p, ">");
}

static void ct_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_ct *ct = (struct nfnl_ct *)obj;
	char buf[64];

	ct_dump_line(obj, p);
	nl_dump(p, "    id 0x%x ", ct->ct_id);
	if (CT_HAS(ct, CT_ATTR_FAMILY))
		nl_dump(p, "family %s ", nl_af2str(ct->ct_family, buf, sizeof(buf)));
	if (CT_HAS(ct, CT_ATTR_USE))
		nl_dump(p, "refcnt %u ", ct->ct_use);
	if (CT_HAS(ct, CT_ATTR_TIMEOUT))
		nl_dump(p, "timeout %s ",
			nl_msec2str((uint64_t)ct->ct_timeout * 1000ULL, buf,
				    sizeof(buf)));
	ct_dump_status(p, ct);
	nl_dump(p, "\n");
}

static void ct_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_ct *ct = (struct nfnl_ct *)obj;
	const uint64_t all = CT_DIR(0, CT_D_PACKETS) | CT_DIR(0, CT_D_BYTES) |
			     CT_DIR(1, CT_D_PACKETS) | CT_DIR(1, CT_D_BYTES);
	int r;

	ct_dump_details(obj, p);
	if ((ct->ce_mask & all) != all) {
		nl_dump(p, "    Statistics are not available.\n");
		nl_dump(p, "    Please set sysctl net.netfilter.nf_conntrack_acct=1\n");
		nl_dump(p, "    (Require kernel 2.6.27)\n");
		return;
	}
	nl_dump(p, "        # packets      volume\n");
	for (r = 0; r < 2; r++) {
		char *unit;
		double v = nl_cancel_down_bytes(ct->ct_dir[r].bytes, &unit);

		nl_dump(p, "    %s %10llu %7.2f %s\n", r ? "tx" : "rx",
			(unsigned long long)ct->ct_dir[r].packets, v, unit);
	}
}

struct nl_object_ops ct_obj_ops = {
	.oo_name = "netfilter/ct",
	.oo_size = sizeof(struct nfnl_ct),
	.oo_free_data = ct_free_data,
	.oo_clone = ct_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = ct_dump_line,
		[NL_DUMP_DETAILS] = ct_dump_details,
		[NL_DUMP_STATS] = ct_dump_stats,
	},
	.oo_compare = ct_compare,
	.oo_attrs2str = ct_attrs2str,
	/* Debian's libnl identifies entries by all their attributes */
	.oo_id_attrs = (uint32_t)((CT_ATTR_TIMESTAMP << 1) - 1),
};

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static int ct_set_addr(struct nfnl_ct *ct, struct nl_addr **slot,
		       uint64_t bit, struct nl_addr *addr)
{
	int fam = nl_addr_get_family(addr);

	if (CT_HAS(ct, CT_ATTR_FAMILY)) {
		if (fam != ct->ct_family)
			return -NLE_AF_MISMATCH;
	} else
		nfnl_ct_set_family(ct, (uint8_t)fam);
	nl_addr_get(addr);
	nl_addr_put(*slot);
	*slot = addr;
	ct->ce_mask |= bit;
	return 0;
}

static int ct_parse_ip(struct nfnl_ct *ct, int r, struct nlattr *attr)
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
		/* as the setters: the family must agree with the entry's */
		err = ct_set_addr(ct, ips[i].dst ? &ct->ct_dir[r].dst :
						   &ct->ct_dir[r].src,
				  CT_DIR(r, ips[i].dst ? CT_D_DST : CT_D_SRC), addr);
		nl_addr_put(addr);
		if (err < 0)
			return err;
	}
	return 0;
}

static int ct_parse_proto(struct nfnl_ct *ct, int r, struct nlattr *attr)
{
	struct nlattr *tb[CTA_PROTO_MAX + 1];
	struct nfnl_ct_dir *d = &ct->ct_dir[r];
	int err = 0;

	err = nla_parse_nested(tb, CTA_PROTO_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_PROTO_NUM]) {
		if ((err = _nfnl_u8(tb[CTA_PROTO_NUM], &ct->ct_proto)) < 0)
			return err;
		ct->ce_mask |= CT_ATTR_PROTO;
	}
	if (tb[CTA_PROTO_SRC_PORT]) {
		if ((err = _nfnl_be16(tb[CTA_PROTO_SRC_PORT], &d->sport)) < 0)
			return err;
		ct->ce_mask |= CT_DIR(r, CT_D_SPORT);
	}
	if (tb[CTA_PROTO_DST_PORT]) {
		if ((err = _nfnl_be16(tb[CTA_PROTO_DST_PORT], &d->dport)) < 0)
			return err;
		ct->ce_mask |= CT_DIR(r, CT_D_DPORT);
	}
	/* ICMP and ICMPv6 carry the same three values under other ids */
	for (int v6 = 0; v6 < 2; v6++) {
		struct nlattr *id = tb[v6 ? CTA_PROTO_ICMPV6_ID : CTA_PROTO_ICMP_ID];
		struct nlattr *ty = tb[v6 ? CTA_PROTO_ICMPV6_TYPE : CTA_PROTO_ICMP_TYPE];
		struct nlattr *co = tb[v6 ? CTA_PROTO_ICMPV6_CODE : CTA_PROTO_ICMP_CODE];

		if (id) {
			if ((err = _nfnl_be16(id, &d->icmp_id)) < 0)
				return err;
			ct->ce_mask |= CT_DIR(r, CT_D_ICMP_ID);
		}
		if (ty) {
			if ((err = _nfnl_u8(ty, &d->icmp_type)) < 0)
				return err;
			ct->ce_mask |= CT_DIR(r, CT_D_ICMP_TYPE);
		}
		if (co) {
			if ((err = _nfnl_u8(co, &d->icmp_code)) < 0)
				return err;
			ct->ce_mask |= CT_DIR(r, CT_D_ICMP_CODE);
		}
	}
	return 0;
}

static int ct_parse_tuple(struct nfnl_ct *ct, int r, struct nlattr *attr)
{
	struct nlattr *tb[CTA_TUPLE_MAX + 1];
	int err;

	err = nla_parse_nested(tb, CTA_TUPLE_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_TUPLE_IP] && (err = ct_parse_ip(ct, r, tb[CTA_TUPLE_IP])) < 0)
		return err;
	if (tb[CTA_TUPLE_PROTO] &&
	    (err = ct_parse_proto(ct, r, tb[CTA_TUPLE_PROTO])) < 0)
		return err;
	return 0;
}

static int ct_parse_protoinfo(struct nfnl_ct *ct, struct nlattr *attr)
{
	struct nlattr *tb[CTA_PROTOINFO_MAX + 1];
	struct nlattr *tcp[CTA_PROTOINFO_TCP_MAX + 1];
	int err;

	err = nla_parse_nested(tb, CTA_PROTOINFO_MAX, attr, NULL);
	if (err < 0 || !tb[CTA_PROTOINFO_TCP])
		return err;
	err = nla_parse_nested(tcp, CTA_PROTOINFO_TCP_MAX,
			       tb[CTA_PROTOINFO_TCP], NULL);
	if (err < 0 || !tcp[CTA_PROTOINFO_TCP_STATE])
		return err;
	err = _nfnl_u8(tcp[CTA_PROTOINFO_TCP_STATE], &ct->ct_tcp_state);
	if (err < 0)
		return err;
	ct->ce_mask |= CT_ATTR_TCP_STATE;
	return 0;
}

static int ct_parse_counters(struct nfnl_ct *ct, int r, struct nlattr *attr)
{
	struct nlattr *tb[CTA_COUNTERS_MAX + 1];
	struct nfnl_ct_dir *d = &ct->ct_dir[r];
	uint32_t v32;
	int err;

	err = nla_parse_nested(tb, CTA_COUNTERS_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (tb[CTA_COUNTERS_PACKETS]) {
		if ((err = _nfnl_be64(tb[CTA_COUNTERS_PACKETS], &d->packets)) < 0)
			return err;
		ct->ce_mask |= CT_DIR(r, CT_D_PACKETS);
	} else if (tb[CTA_COUNTERS32_PACKETS]) {
		if ((err = _nfnl_be32(tb[CTA_COUNTERS32_PACKETS], &v32)) < 0)
			return err;
		d->packets = v32;
		ct->ce_mask |= CT_DIR(r, CT_D_PACKETS);
	}
	if (tb[CTA_COUNTERS_BYTES]) {
		if ((err = _nfnl_be64(tb[CTA_COUNTERS_BYTES], &d->bytes)) < 0)
			return err;
		ct->ce_mask |= CT_DIR(r, CT_D_BYTES);
	} else if (tb[CTA_COUNTERS32_BYTES]) {
		if ((err = _nfnl_be32(tb[CTA_COUNTERS32_BYTES], &v32)) < 0)
			return err;
		d->bytes = v32;
		ct->ce_mask |= CT_DIR(r, CT_D_BYTES);
	}
	return 0;
}

static int ct_parse_timestamp(struct nfnl_ct *ct, struct nlattr *attr)
{
	struct nlattr *tb[CTA_TIMESTAMP_MAX + 1];
	int err;

	err = nla_parse_nested(tb, CTA_TIMESTAMP_MAX, attr, NULL);
	if (err < 0)
		return err;
	/* a live entry has a start only: like Debian's libnl, the pair is
	 * taken when both ends are known */
	if (!tb[CTA_TIMESTAMP_START] || !tb[CTA_TIMESTAMP_STOP])
		return 0;
	if ((err = _nfnl_be64(tb[CTA_TIMESTAMP_START], &ct->ct_ts.start)) < 0 ||
	    (err = _nfnl_be64(tb[CTA_TIMESTAMP_STOP], &ct->ct_ts.stop)) < 0)
		return err;
	ct->ce_mask |= CT_ATTR_TIMESTAMP;
	return 0;
}

static int ct_parse_attrs(struct nfnl_ct *ct, struct nlattr *head, int len)
{
	struct nlattr *tb[CTA_MAX + 1];
	int err;

	err = nlo_parse_attrs(ct, &ct_table, head, len, tb);
	if (err < 0)
		return err;
	if (tb[CTA_TUPLE_ORIG] &&
	    (err = ct_parse_tuple(ct, 0, tb[CTA_TUPLE_ORIG])) < 0)
		return err;
	if (tb[CTA_TUPLE_REPLY] &&
	    (err = ct_parse_tuple(ct, 1, tb[CTA_TUPLE_REPLY])) < 0)
		return err;
	if (tb[CTA_PROTOINFO] &&
	    (err = ct_parse_protoinfo(ct, tb[CTA_PROTOINFO])) < 0)
		return err;
	if (tb[CTA_COUNTERS_ORIG] &&
	    (err = ct_parse_counters(ct, 0, tb[CTA_COUNTERS_ORIG])) < 0)
		return err;
	if (tb[CTA_COUNTERS_REPLY] &&
	    (err = ct_parse_counters(ct, 1, tb[CTA_COUNTERS_REPLY])) < 0)
		return err;
	if (tb[CTA_TIMESTAMP] &&
	    (err = ct_parse_timestamp(ct, tb[CTA_TIMESTAMP])) < 0)
		return err;
	return 0;
}

/**
 * Parse a conntrack message into a new entry (*@a result, owned by the
 * caller).
 * @return 0, -NLE_MSG_TOOSHORT, -NLE_NOMEM or a parse error.
 */
int nfnlmsg_ct_parse(struct nlmsghdr *nlh, struct nfnl_ct **result)
{
	struct nfnl_ct *ct;
	struct nfgenmsg *g = _nfnl_hdr(nlh);
	int err;

	if (!g)
		return -NLE_MSG_TOOSHORT;
	ct = nfnl_ct_alloc();
	if (!ct)
		return -NLE_NOMEM;
	ct->ce_msgtype = nlh->nlmsg_type;
	nfnl_ct_set_family(ct, g->nfgen_family);
	err = ct_parse_attrs(ct, nlmsg_attrdata(nlh, sizeof(*g)),
			     nlmsg_attrlen(nlh, sizeof(*g)));
	if (err < 0) {
		nfnl_ct_put(ct);
		return err;
	}
	*result = ct;
	return 0;
}

/**
 * Parse the conntrack attributes nested in @a attr (as NFULA_CT of a log
 * message carries them) into a new entry, *@a result.
 * @return 0 or a negative error code.
 */
int nfnlmsg_ct_parse_nested(struct nlattr *attr, struct nfnl_ct **result)
{
	struct nfnl_ct *ct;
	int err;

	ct = nfnl_ct_alloc();
	if (!ct)
		return -NLE_NOMEM;
	err = ct_parse_attrs(ct, nla_data(attr), nla_len(attr));
	if (err < 0) {
		nfnl_ct_put(ct);
		return err;
	}
	*result = ct;
	return 0;
}

/**
 * Multicast group an event message belongs to (NFNLGRP_CONNTRACK_*), or
 * NFNLGRP_NONE.
 */
int nfnlmsg_ct_group(struct nlmsghdr *nlh)
{
	switch (nfnlmsg_subtype(nlh)) {
	case IPCTNL_MSG_CT_NEW:
		if (nlh->nlmsg_flags & (NLM_F_CREATE | NLM_F_EXCL))
			return NFNLGRP_CONNTRACK_NEW;
		return NFNLGRP_CONNTRACK_UPDATE;
	case IPCTNL_MSG_CT_DELETE:
		return NFNLGRP_CONNTRACK_DESTROY;
	default:
		return NFNLGRP_NONE;
	}
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/* IPv4 attributes for an entry of family AF_INET, IPv6 for any other, as
 * upstream chooses; by the address itself when no family is set. */
static int ip_v4(const struct nfnl_ct *ct, const struct nl_addr *a)
{
	if (CT_HAS(ct, CT_ATTR_FAMILY))
		return ct->ct_family == AF_INET;
	return nl_addr_get_family(a) != AF_INET6;
}

static int ct_build_tuple(struct nl_msg *msg, const struct nfnl_ct *ct, int r)
{
	const struct nfnl_ct_dir *d = &ct->ct_dir[r];
	int has_ip = d->src || d->dst;
	int has_l4 = CT_HAS(ct, CT_ALL_TUPLE(r) & ~(CT_DIR(r, CT_D_SRC) |
						    CT_DIR(r, CT_D_DST)));
	/* ICMPv6 values travel under their own attribute ids */
	int v6 = CT_HAS(ct, CT_ATTR_FAMILY) && ct->ct_family == AF_INET6;
	struct nlattr *tuple, *nest;

	/* As upstream sends them: the reply tuple only along with a reply
	 * address; the original tuple without an address only when no
	 * reply tuple goes out. */
	if (r == 1 && !has_ip)
		return 0;
	if (r == 0 && !has_ip && (ct->ct_dir[1].src || ct->ct_dir[1].dst))
		return 0;
	if (!has_ip && !has_l4 && !CT_HAS(ct, CT_ATTR_PROTO))
		return 0;
	tuple = _nfnl_nest(msg, r ? CTA_TUPLE_REPLY : CTA_TUPLE_ORIG);
	if (!tuple)
		return -NLE_MSGSIZE;
	if (has_ip) {
		if (!(nest = _nfnl_nest(msg, CTA_TUPLE_IP)))
			return -NLE_MSGSIZE;
		if (d->src &&
		    nla_put_addr(msg, ip_v4(ct, d->src) ? CTA_IP_V4_SRC :
							CTA_IP_V6_SRC, d->src) < 0)
			return -NLE_MSGSIZE;
		if (d->dst &&
		    nla_put_addr(msg, ip_v4(ct, d->dst) ? CTA_IP_V4_DST :
							CTA_IP_V6_DST, d->dst) < 0)
			return -NLE_MSGSIZE;
		nla_nest_end(msg, nest);
	}
	if (has_l4 || CT_HAS(ct, CT_ATTR_PROTO)) {
		if (!(nest = _nfnl_nest(msg, CTA_TUPLE_PROTO)))
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_ATTR_PROTO) &&
		    nla_put_u8(msg, CTA_PROTO_NUM, ct->ct_proto) < 0)
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_DIR(r, CT_D_SPORT)) &&
		    nla_put_u16(msg, CTA_PROTO_SRC_PORT, htons(d->sport)) < 0)
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_DIR(r, CT_D_DPORT)) &&
		    nla_put_u16(msg, CTA_PROTO_DST_PORT, htons(d->dport)) < 0)
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_ID)) &&
		    nla_put_u16(msg, v6 ? CTA_PROTO_ICMPV6_ID : CTA_PROTO_ICMP_ID,
				htons(d->icmp_id)) < 0)
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_TYPE)) &&
		    nla_put_u8(msg, v6 ? CTA_PROTO_ICMPV6_TYPE : CTA_PROTO_ICMP_TYPE,
			       d->icmp_type) < 0)
			return -NLE_MSGSIZE;
		if (CT_HAS(ct, CT_DIR(r, CT_D_ICMP_CODE)) &&
		    nla_put_u8(msg, v6 ? CTA_PROTO_ICMPV6_CODE : CTA_PROTO_ICMP_CODE,
			       d->icmp_code) < 0)
			return -NLE_MSGSIZE;
		nla_nest_end(msg, nest);
	}
	nla_nest_end(msg, tuple);
	return 0;
}

static int ct_build_message(const struct nfnl_ct *ct, int cmd, int flags,
			    struct nl_msg **result)
{
	struct nl_msg *msg;
	int err;

	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_CTNETLINK, (uint8_t)cmd, flags,
				   CT_HAS(ct, CT_ATTR_FAMILY) ? ct->ct_family : 0,
				   0);
	if (!msg)
		return -NLE_NOMEM;
	if ((err = ct_build_tuple(msg, ct, 1)) < 0 ||
	    (err = ct_build_tuple(msg, ct, 0)) < 0 ||
	    (err = nlo_build(msg, ct, &ct_table, ~0ULL)) < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/**
 * Build a request creating the entry @a ct (IPCTNL_MSG_CT_NEW) with the
 * netlink @a flags (NLM_F_CREATE...).  *@a result belongs to the caller.
 * @return 0, -NLE_NOMEM or -NLE_MSGSIZE.
 */
int nfnl_ct_build_add_request(const struct nfnl_ct *ct, int flags,
			      struct nl_msg **result)
{
	return ct_build_message(ct, IPCTNL_MSG_CT_NEW, flags, result);
}

/** Create the entry @a ct in the kernel and wait for its answer. */
int nfnl_ct_add(struct nl_sock *sk, const struct nfnl_ct *ct, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_ct_build_add_request(ct, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Build a request deleting the entry @a ct (IPCTNL_MSG_CT_DELETE). */
int nfnl_ct_build_delete_request(const struct nfnl_ct *ct, int flags,
				 struct nl_msg **result)
{
	return ct_build_message(ct, IPCTNL_MSG_CT_DELETE, flags, result);
}

/** Delete the entry @a ct from the kernel and wait for its answer. */
int nfnl_ct_del(struct nl_sock *sk, const struct nfnl_ct *ct, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_ct_build_delete_request(ct, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Build a request asking for the entry @a ct (IPCTNL_MSG_CT_GET). */
int nfnl_ct_build_query_request(const struct nfnl_ct *ct, int flags,
				struct nl_msg **result)
{
	return ct_build_message(ct, IPCTNL_MSG_CT_GET, flags, result);
}

/**
 * Ask the kernel for the entry @a ct and wait for the answer (read the
 * entry itself from @a sk with nl_recvmsgs() and a parser callback).
 */
int nfnl_ct_query(struct nl_sock *sk, const struct nfnl_ct *ct, int flags)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_ct_build_query_request(ct, flags, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(sk, msg);
}

/** Send a request dumping every conntrack entry. */
int nfnl_ct_dump_request(struct nl_sock *sk)
{
	return nfnl_send_simple(sk, NFNL_SUBSYS_CTNETLINK, IPCTNL_MSG_CT_GET,
				NLM_F_DUMP, AF_UNSPEC, 0);
}

/* ------------------------------------------------------------------ */
/* Cache                                                                */

static int ct_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	return nfnl_ct_dump_request(sk);
}

static int ct_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nfnl_ct *ct;
	int err;

	if ((err = nfnlmsg_ct_parse(nlh, &ct)) < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)ct, pp);
	nfnl_ct_put(ct);
	return err;
}

static struct nl_af_group ct_groups[] = {
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_NEW },
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_UPDATE },
	{ AF_UNSPEC, NFNLGRP_CONNTRACK_DESTROY },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops nfnl_ct_ops = {
	.co_name = "netfilter/ct",
	.co_hdrsize = NFNL_HDRLEN,
	.co_msgtypes = {
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK, IPCTNL_MSG_CT_NEW), NL_ACT_NEW, "new" },
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK, IPCTNL_MSG_CT_GET), NL_ACT_GET, "get" },
		{ NFNLMSG_TYPE(NFNL_SUBSYS_CTNETLINK, IPCTNL_MSG_CT_DELETE), NL_ACT_DEL, "del" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_NETFILTER,
	.co_groups = ct_groups,
	.co_request_update = ct_request_update,
	.co_msg_parser = ct_msg_parser,
	.co_obj_ops = &ct_obj_ops,
};

/**
 * Allocate the cache of conntrack entries and fill it through @a sk
 * (connected with nfnl_connect()).
 * @return 0 or a negative error code; *@a result belongs to the caller.
 */
int nfnl_ct_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&nfnl_ct_ops, sk, result);
}

static void __attribute__((constructor)) ct_init(void)
{
	nl_cache_mngt_register(&nfnl_ct_ops);
}

static void __attribute__((destructor)) ct_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_ct_ops);
}

/* ------------------------------------------------------------------ */
/* Names                                                                */

/* enum tcp_conntrack of the kernel (LISTEN is its SYN_SENT2) */
static const struct trans_tbl tcp_states[] = {
	__ADD(0, NONE),
	__ADD(1, SYN_SENT),
	__ADD(2, SYN_RECV),
	__ADD(3, ESTABLISHED),
	__ADD(4, FIN_WAIT),
	__ADD(5, CLOSE_WAIT),
	__ADD(6, LAST_ACK),
	__ADD(7, TIME_WAIT),
	__ADD(8, CLOSE),
	__ADD(9, LISTEN),
};

/** Name of a TCP conntrack state (ESTABLISHED...), or its number in hex. */
char *nfnl_ct_tcp_state2str(uint8_t state, char *buf, size_t len)
{
	return __type2str(state, buf, len, tcp_states, ARRAY_SIZE(tcp_states));
}

/** TCP state named @a name (case ignored), or a negative error code. */
int nfnl_ct_str2tcp_state(const char *name)
{
	return __str2type(name, tcp_states, ARRAY_SIZE(tcp_states));
}

static const struct trans_tbl status_flags[] = {
	__ADD(IPS_EXPECTED, expected),
	__ADD(IPS_SEEN_REPLY, seen_reply),
	__ADD(IPS_ASSURED, assured),
	__ADD(IPS_CONFIRMED, confirmed),
	__ADD(IPS_SRC_NAT, snat),
	__ADD(IPS_DST_NAT, dnat),
	__ADD(IPS_SEQ_ADJUST, seqadjust),
	__ADD(IPS_SRC_NAT_DONE, snat_done),
	__ADD(IPS_DST_NAT_DONE, dnat_done),
	__ADD(IPS_DYING, dying),
	__ADD(IPS_FIXED_TIMEOUT, fixed_timeout),
};

/** Names of the status bits in @a flags, comma separated. */
char *nfnl_ct_status2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, status_flags,
			   ARRAY_SIZE(status_flags));
}

/** Status bits named in the comma-separated list @a name (0 for none). */
int nfnl_ct_str2status(const char *name)
{
	return __str2flags(name, status_flags, ARRAY_SIZE(status_flags));
}

/* ------------------------------------------------------------------ */
/* Allocation and attributes                                            */

/** A new, empty conntrack entry (reference count 1), or NULL. */
struct nfnl_ct *nfnl_ct_alloc(void)
{
	return (struct nfnl_ct *)nl_object_alloc(&ct_obj_ops);
}

/** Take a reference on @a ct. */
void nfnl_ct_get(struct nfnl_ct *ct)
{
	nl_object_get((struct nl_object *)ct);
}

/** Drop a reference on @a ct; the last one frees it. */
void nfnl_ct_put(struct nfnl_ct *ct)
{
	nl_object_put((struct nl_object *)ct);
}

#define CT_SCALAR(NAME, VT, MEMBER, BIT)                                       \
	/** Set the NAME of the entry. */                                      \
	void nfnl_ct_set_##NAME(struct nfnl_ct *ct, VT v)                       \
	{                                                                      \
		ct->MEMBER = v;                                                \
		ct->ce_mask |= (BIT);                                          \
	}                                                                      \
	/** Whether the NAME is set. */                                        \
	int nfnl_ct_test_##NAME(const struct nfnl_ct *ct)                       \
	{                                                                      \
		return CT_HAS(ct, BIT);                                        \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_ct_get_##NAME(const struct nfnl_ct *ct)                         \
	{                                                                      \
		return ct->MEMBER;                                             \
	}

/** Set the address family of the entry. */
void nfnl_ct_set_family(struct nfnl_ct *ct, uint8_t family)
{
	ct->ct_family = family;
	ct->ce_mask |= CT_ATTR_FAMILY;
}

/** The address family (AF_UNSPEC when not set). */
uint8_t nfnl_ct_get_family(const struct nfnl_ct *ct)
{
	return CT_HAS(ct, CT_ATTR_FAMILY) ? ct->ct_family : AF_UNSPEC;
}

CT_SCALAR(proto, uint8_t, ct_proto, CT_ATTR_PROTO)
CT_SCALAR(tcp_state, uint8_t, ct_tcp_state, CT_ATTR_TCP_STATE)
CT_SCALAR(timeout, uint32_t, ct_timeout, CT_ATTR_TIMEOUT)
CT_SCALAR(mark, uint32_t, ct_mark, CT_ATTR_MARK)
CT_SCALAR(use, uint32_t, ct_use, CT_ATTR_USE)
CT_SCALAR(id, uint32_t, ct_id, CT_ATTR_ID)
CT_SCALAR(zone, uint16_t, ct_zone, CT_ATTR_ZONE)

/** Add the bits of @a status to the entry's status. */
void nfnl_ct_set_status(struct nfnl_ct *ct, uint32_t status)
{
	ct->ct_status |= status;
	ct->ce_mask |= CT_ATTR_STATUS;
}

/** Clear the bits of @a status in the entry's status. */
void nfnl_ct_unset_status(struct nfnl_ct *ct, uint32_t status)
{
	ct->ct_status &= ~status;
	ct->ce_mask |= CT_ATTR_STATUS;
}

/** Whether the status is set. */
int nfnl_ct_test_status(const struct nfnl_ct *ct)
{
	return CT_HAS(ct, CT_ATTR_STATUS);
}

/** The status bits (IPS_*). */
uint32_t nfnl_ct_get_status(const struct nfnl_ct *ct)
{
	return ct->ct_status;
}

/**
 * Set the source address of the original (@a repl 0) or reply direction;
 * the entry takes a reference.  Sets the family when it is not set yet.
 * @return 0, or -NLE_AF_MISMATCH when @a addr has another family.
 */
int nfnl_ct_set_src(struct nfnl_ct *ct, int repl, struct nl_addr *addr)
{
	int r = repl ? 1 : 0;

	return ct_set_addr(ct, &ct->ct_dir[r].src, CT_DIR(r, CT_D_SRC), addr);
}

/** The source address of a direction (not referenced), or NULL. */
struct nl_addr *nfnl_ct_get_src(const struct nfnl_ct *ct, int repl)
{
	return ct->ct_dir[repl ? 1 : 0].src;
}

/** As nfnl_ct_set_src() for the destination address. */
int nfnl_ct_set_dst(struct nfnl_ct *ct, int repl, struct nl_addr *addr)
{
	int r = repl ? 1 : 0;

	return ct_set_addr(ct, &ct->ct_dir[r].dst, CT_DIR(r, CT_D_DST), addr);
}

/** The destination address of a direction (not referenced), or NULL. */
struct nl_addr *nfnl_ct_get_dst(const struct nfnl_ct *ct, int repl)
{
	return ct->ct_dir[repl ? 1 : 0].dst;
}

#define CT_DIRVAL(NAME, VT, MEMBER, N)                                         \
	/** Set the NAME of the original (repl 0) or reply direction. */       \
	void nfnl_ct_set_##NAME(struct nfnl_ct *ct, int repl, VT v)             \
	{                                                                      \
		int r = repl ? 1 : 0;                                          \
		ct->ct_dir[r].MEMBER = v;                                      \
		ct->ce_mask |= CT_DIR(r, N);                                   \
	}                                                                      \
	/** Whether the NAME of a direction is set. */                         \
	int nfnl_ct_test_##NAME(const struct nfnl_ct *ct, int repl)             \
	{                                                                      \
		return CT_HAS(ct, CT_DIR(repl ? 1 : 0, N));                    \
	}                                                                      \
	/** The NAME of a direction (0 when not set). */                       \
	VT nfnl_ct_get_##NAME(const struct nfnl_ct *ct, int repl)               \
	{                                                                      \
		return ct->ct_dir[repl ? 1 : 0].MEMBER;                        \
	}

CT_DIRVAL(src_port, uint16_t, sport, CT_D_SPORT)
CT_DIRVAL(dst_port, uint16_t, dport, CT_D_DPORT)
CT_DIRVAL(icmp_id, uint16_t, icmp_id, CT_D_ICMP_ID)
CT_DIRVAL(icmp_type, uint8_t, icmp_type, CT_D_ICMP_TYPE)
CT_DIRVAL(icmp_code, uint8_t, icmp_code, CT_D_ICMP_CODE)
CT_DIRVAL(packets, uint64_t, packets, CT_D_PACKETS)
CT_DIRVAL(bytes, uint64_t, bytes, CT_D_BYTES)

/** Set the start and stop times of the connection, in nanoseconds. */
void nfnl_ct_set_timestamp(struct nfnl_ct *ct, uint64_t start, uint64_t stop)
{
	ct->ct_ts.start = start;
	ct->ct_ts.stop = stop;
	ct->ce_mask |= CT_ATTR_TIMESTAMP;
}

/** Whether start and stop times are set. */
int nfnl_ct_test_timestamp(const struct nfnl_ct *ct)
{
	return CT_HAS(ct, CT_ATTR_TIMESTAMP);
}

/** The start and stop times (owned by the entry). */
const struct nfnl_ct_timestamp *nfnl_ct_get_timestamp(const struct nfnl_ct *ct)
{
	return &ct->ct_ts;
}
