/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A socket as socket diagnostics report it: struct inet_diag_msg and its
 * INET_DIAG_* attributes; the "idiag/idiag" cache of them.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "idiag-priv.h"

/* Presence bits, numbered as upstream's (nl_object_diff() shows them). */
#define MSG_ATTR_FAMILY		(1 << 1)
#define MSG_ATTR_STATE		(1 << 2)
#define MSG_ATTR_TIMER		(1 << 3)
#define MSG_ATTR_RETRANS	(1 << 4)
#define MSG_ATTR_SPORT		(1 << 5)
#define MSG_ATTR_DPORT		(1 << 6)
#define MSG_ATTR_SRC		(1 << 7)
#define MSG_ATTR_DST		(1 << 8)
#define MSG_ATTR_IFINDEX	(1 << 9)
#define MSG_ATTR_EXPIRES	(1 << 10)
#define MSG_ATTR_RQUEUE		(1 << 11)
#define MSG_ATTR_WQUEUE		(1 << 12)
#define MSG_ATTR_UID		(1 << 13)
#define MSG_ATTR_INODE		(1 << 14)
#define MSG_ATTR_TOS		(1 << 15)
#define MSG_ATTR_TCLASS		(1 << 16)
#define MSG_ATTR_SHUTDOWN	(1 << 17)
#define MSG_ATTR_CONG		(1 << 18)
#define MSG_ATTR_MEMINFO	(1 << 19)
#define MSG_ATTR_VEGASINFO	(1 << 20)
#define MSG_ATTR_TCPINFO	(1 << 21)
#define MSG_ATTR_SKMEMINFO	(1 << 22)

#define MSG_ID_ATTRS (MSG_ATTR_FAMILY | MSG_ATTR_SPORT | MSG_ATTR_DPORT | \
		      MSG_ATTR_SRC | MSG_ATTR_DST)

static const struct trans_tbl msg_attrs[] = {
	__ADD(MSG_ATTR_FAMILY, family),
	__ADD(MSG_ATTR_STATE, state),
	__ADD(MSG_ATTR_TIMER, timer),
	__ADD(MSG_ATTR_RETRANS, retrans),
	__ADD(MSG_ATTR_SPORT, sport),
	__ADD(MSG_ATTR_DPORT, dport),
	__ADD(MSG_ATTR_SRC, src),
	__ADD(MSG_ATTR_DST, dst),
	__ADD(MSG_ATTR_IFINDEX, ifindex),
	__ADD(MSG_ATTR_EXPIRES, expires),
	__ADD(MSG_ATTR_RQUEUE, rqueue),
	__ADD(MSG_ATTR_WQUEUE, wqueue),
	__ADD(MSG_ATTR_UID, uid),
	__ADD(MSG_ATTR_INODE, inode),
	__ADD(MSG_ATTR_TOS, tos),
	__ADD(MSG_ATTR_TCLASS, tclass),
	__ADD(MSG_ATTR_SHUTDOWN, shutdown),
	__ADD(MSG_ATTR_CONG, cong),
	__ADD(MSG_ATTR_MEMINFO, meminfo),
	__ADD(MSG_ATTR_VEGASINFO, vegasinfo),
	__ADD(MSG_ATTR_TCPINFO, tcpinfo),
	__ADD(MSG_ATTR_SKMEMINFO, skmeminfo),
};

static void msg_free(struct nl_object *obj)
{
	struct idiagnl_msg *m = (struct idiagnl_msg *)obj;

	nl_addr_put(m->idiag_src);
	nl_addr_put(m->idiag_dst);
	free(m->idiag_cong);
	idiagnl_meminfo_put(m->idiag_meminfo);
	idiagnl_vegasinfo_put(m->idiag_vegasinfo);
}

static int msg_clone(struct nl_object *dst, struct nl_object *src)
{
	struct idiagnl_msg *d = (struct idiagnl_msg *)dst;
	struct idiagnl_msg *s = (struct idiagnl_msg *)src;

	d->idiag_src = d->idiag_dst = NULL;
	d->idiag_cong = NULL;
	d->idiag_meminfo = NULL;
	d->idiag_vegasinfo = NULL;
	if (s->idiag_src && !(d->idiag_src = nl_addr_clone(s->idiag_src)))
		return -NLE_NOMEM;
	if (s->idiag_dst && !(d->idiag_dst = nl_addr_clone(s->idiag_dst)))
		return -NLE_NOMEM;
	if (s->idiag_cong && !(d->idiag_cong = strdup(s->idiag_cong)))
		return -NLE_NOMEM;
	if (s->idiag_meminfo &&
	    !(d->idiag_meminfo = (struct idiagnl_meminfo *)nl_object_clone(
		      (struct nl_object *)s->idiag_meminfo)))
		return -NLE_NOMEM;
	if (s->idiag_vegasinfo &&
	    !(d->idiag_vegasinfo = (struct idiagnl_vegasinfo *)nl_object_clone(
		      (struct nl_object *)s->idiag_vegasinfo)))
		return -NLE_NOMEM;
	return 0;
}

static int sub_differ(struct nl_object *a, struct nl_object *b)
{
	if (!a || !b)
		return a != b;
	return nl_object_diff(a, b) != 0;
}

static int addr_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp(a, b) != 0;
}

static int str_differ(const char *a, const char *b)
{
	if (!a || !b)
		return a != b;
	return strcmp(a, b) != 0;
}

static uint64_t msg_compare(struct nl_object *_a, struct nl_object *_b,
			    uint64_t attrs, int flags)
{
	struct idiagnl_msg *a = (struct idiagnl_msg *)_a;
	struct idiagnl_msg *b = (struct idiagnl_msg *)_b;
	uint64_t diff = 0;

	/* an attribute differs when only one object has it, or by value */
#define DIFF(bit, cond)                                                        \
	diff |= ((attrs & (bit)) &&                                            \
		 (((a->ce_mask ^ b->ce_mask) & (bit)) || (cond))) ? (bit) : 0
	DIFF(MSG_ATTR_FAMILY, a->idiag_family != b->idiag_family);
	DIFF(MSG_ATTR_STATE, a->idiag_state != b->idiag_state);
	DIFF(MSG_ATTR_TIMER, a->idiag_timer != b->idiag_timer);
	DIFF(MSG_ATTR_RETRANS, a->idiag_retrans != b->idiag_retrans);
	DIFF(MSG_ATTR_SPORT, a->idiag_sport != b->idiag_sport);
	DIFF(MSG_ATTR_DPORT, a->idiag_dport != b->idiag_dport);
	DIFF(MSG_ATTR_SRC, addr_differ(a->idiag_src, b->idiag_src));
	DIFF(MSG_ATTR_DST, addr_differ(a->idiag_dst, b->idiag_dst));
	DIFF(MSG_ATTR_IFINDEX, a->idiag_ifindex != b->idiag_ifindex);
	DIFF(MSG_ATTR_EXPIRES, a->idiag_expires != b->idiag_expires);
	DIFF(MSG_ATTR_RQUEUE, a->idiag_rqueue != b->idiag_rqueue);
	DIFF(MSG_ATTR_WQUEUE, a->idiag_wqueue != b->idiag_wqueue);
	DIFF(MSG_ATTR_UID, a->idiag_uid != b->idiag_uid);
	DIFF(MSG_ATTR_INODE, a->idiag_inode != b->idiag_inode);
	DIFF(MSG_ATTR_TOS, a->idiag_tos != b->idiag_tos);
	DIFF(MSG_ATTR_TCLASS, a->idiag_tclass != b->idiag_tclass);
	DIFF(MSG_ATTR_SHUTDOWN, a->idiag_shutdown != b->idiag_shutdown);
	DIFF(MSG_ATTR_CONG, str_differ(a->idiag_cong, b->idiag_cong));
	DIFF(MSG_ATTR_MEMINFO,
	     sub_differ((struct nl_object *)a->idiag_meminfo,
			(struct nl_object *)b->idiag_meminfo));
	DIFF(MSG_ATTR_VEGASINFO,
	     sub_differ((struct nl_object *)a->idiag_vegasinfo,
			(struct nl_object *)b->idiag_vegasinfo));
	DIFF(MSG_ATTR_TCPINFO, memcmp(&a->idiag_tcpinfo, &b->idiag_tcpinfo,
				      sizeof(a->idiag_tcpinfo)));
	DIFF(MSG_ATTR_SKMEMINFO, memcmp(a->idiag_skmeminfo, b->idiag_skmeminfo,
					sizeof(a->idiag_skmeminfo)));
#undef DIFF
	return diff;
}

static char *msg_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, msg_attrs, ARRAY_SIZE(msg_attrs));
}

static const char *addr_str(struct nl_addr *a, char *buf, size_t len)
{
	return a ? nl_addr2str(a, buf, len) : "none";
}

static void msg_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct idiagnl_msg *m = (struct idiagnl_msg *)obj;
	char fam[32], src[64], dst[64];

	nl_dump_line(p, "family: %s ",
		     nl_af2str(m->idiag_family, fam, sizeof(fam)));
	nl_dump(p, "src: %s:%d ", addr_str(m->idiag_src, src, sizeof(src)),
		ntohs(m->idiag_sport));
	nl_dump(p, "dst: %s:%d ", addr_str(m->idiag_dst, dst, sizeof(dst)),
		ntohs(m->idiag_dport));
	nl_dump(p, "iif: %d ", m->idiag_ifindex);
	nl_dump(p, "\n");
}

static void msg_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct idiagnl_msg *m = (struct idiagnl_msg *)obj;
	char buf[64], buf2[64];
	const char *sd;

	nl_dump(p, "\n");
	nl_dump(p, "family: %s\n", nl_af2str(m->idiag_family, buf, sizeof(buf)));
	nl_dump(p, "state: %s\n",
		idiagnl_state2str(m->idiag_state, buf, sizeof(buf)));
	nl_dump(p, "timer (%s, %s, retransmits: %d)\n",
		idiagnl_timer2str(m->idiag_timer, buf, sizeof(buf)),
		nl_msec2str(m->idiag_expires, buf2, sizeof(buf2)),
		m->idiag_retrans);
	nl_dump(p, "source: %s:%d\n", addr_str(m->idiag_src, buf, sizeof(buf)),
		ntohs(m->idiag_sport));
	nl_dump(p, "destination: %s:%d\n",
		addr_str(m->idiag_dst, buf, sizeof(buf)), ntohs(m->idiag_dport));
	nl_dump(p, "ifindex: %d\n", m->idiag_ifindex);
	nl_dump(p, "rqueue: %-6d wqueue: %-6d\n", m->idiag_rqueue,
		m->idiag_wqueue);
	nl_dump(p, "uid %d\n", m->idiag_uid);
	nl_dump(p, "inode %d\n", m->idiag_inode);
	if (m->idiag_shutdown) {
		sd = idiagnl_shutdown2str(m->idiag_shutdown, buf, sizeof(buf));
		nl_dump(p, "socket shutdown: %s\n", sd ? sd : "(null)");
	}
	nl_dump(p, "tos: 0x%x\n", m->idiag_tos);
	nl_dump(p, "traffic class: %d\n", m->idiag_tclass);
	nl_dump(p, "congestion algorithm: %s\n",
		m->idiag_cong ? m->idiag_cong : "");
}

static void dump_tcp_info(const struct tcp_info *t, struct nl_dump_params *p)
{
	char b[64];

	nl_dump(p, "tcp info:  [\n");
	nl_dump(p, "\tsocket state: %s\n",
		idiagnl_state2str(t->tcpi_state, b, sizeof(b)));
	nl_dump(p, "\ttcp state: %s\n",
		idiagnl_tcpstate2str(t->tcpi_ca_state, b, sizeof(b)));
	nl_dump(p, "\tretransmits: %u\n", t->tcpi_retransmits);
	nl_dump(p, "\tprobes: %u\n", t->tcpi_probes);
	nl_dump(p, "\tbackoff: %u\n", t->tcpi_backoff);
	nl_dump(p, "\toptions: %s\n",
		idiagnl_tcpopts2str(t->tcpi_options, b, sizeof(b)));
	nl_dump(p, "\tsnd_wscale: %u\n", t->tcpi_snd_wscale);
	nl_dump(p, "\trcv_wscale: %u\n", t->tcpi_rcv_wscale);
	nl_dump(p, "\trto: %u\n", t->tcpi_rto);
	nl_dump(p, "\tato: %u\n", t->tcpi_ato);
	nl_dump(p, "\tsnd_mss: %s\n", nl_size2str(t->tcpi_snd_mss, b, sizeof(b)));
	nl_dump(p, "\trcv_mss: %s\n", nl_size2str(t->tcpi_rcv_mss, b, sizeof(b)));
	nl_dump(p, "\tunacked: %u\n", t->tcpi_unacked);
	nl_dump(p, "\tsacked: %u\n", t->tcpi_sacked);
	nl_dump(p, "\tlost: %u\n", t->tcpi_lost);
	nl_dump(p, "\tretransmit segments: %u\n", t->tcpi_retrans);
	nl_dump(p, "\tfackets: %u\n", t->tcpi_fackets);
	nl_dump(p, "\tlast data sent: %s\n",
		nl_msec2str(t->tcpi_last_data_sent, b, sizeof(b)));
	nl_dump(p, "\tlast ack sent: %s\n",
		nl_msec2str(t->tcpi_last_ack_sent, b, sizeof(b)));
	nl_dump(p, "\tlast data recv: %s\n",
		nl_msec2str(t->tcpi_last_data_recv, b, sizeof(b)));
	nl_dump(p, "\tlast ack recv: %s\n",
		nl_msec2str(t->tcpi_last_ack_recv, b, sizeof(b)));
	nl_dump(p, "\tpath mtu: %s\n", nl_size2str(t->tcpi_pmtu, b, sizeof(b)));
	nl_dump(p, "\trcv ss threshold: %u\n", t->tcpi_rcv_ssthresh);
	nl_dump(p, "\tsmoothed round trip time: %u\n", t->tcpi_rtt);
	nl_dump(p, "\tround trip time variation: %u\n", t->tcpi_rttvar);
	nl_dump(p, "\tsnd ss threshold: %s\n",
		nl_size2str(t->tcpi_snd_ssthresh, b, sizeof(b)));
	nl_dump(p, "\tsend congestion window: %u\n", t->tcpi_snd_cwnd);
	nl_dump(p, "\tadvertised mss: %s\n",
		nl_size2str(t->tcpi_advmss, b, sizeof(b)));
	nl_dump(p, "\treordering: %u\n", t->tcpi_reordering);
	nl_dump(p, "\trcv rround trip time: %u\n", t->tcpi_rcv_rtt);
	nl_dump(p, "\treceive queue space: %s\n",
		nl_size2str(t->tcpi_rcv_space, b, sizeof(b)));
	nl_dump(p, "\ttotal retransmits: %u\n", t->tcpi_total_retrans);
	nl_dump(p, "]\n");
}

static void msg_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct idiagnl_msg *m = (struct idiagnl_msg *)obj;
	const uint32_t *sk = m->idiag_skmeminfo;
	char b[64];

	msg_dump_details(obj, p);
	dump_tcp_info(&m->idiag_tcpinfo, p);
	if (m->idiag_meminfo) {
		struct idiagnl_meminfo *mi = m->idiag_meminfo;

		nl_dump(p, "meminfo:  [\n");
		nl_dump(p, "\trmem: %s\n", nl_size2str(mi->idiag_rmem, b, sizeof(b)));
		nl_dump(p, "\twmem: %s\n", nl_size2str(mi->idiag_wmem, b, sizeof(b)));
		nl_dump(p, "\tfmem: %s\n", nl_size2str(mi->idiag_fmem, b, sizeof(b)));
		nl_dump(p, "\ttmem: %s\n", nl_size2str(mi->idiag_tmem, b, sizeof(b)));
		nl_dump(p, "]\n");
	}
	/* The layout of this block is libnl's (three values on one line,
	 * no newline before the bracket): kept for existing parsers. */
	if (m->idiag_vegasinfo) {
		struct idiagnl_vegasinfo *v = m->idiag_vegasinfo;

		nl_dump(p, "vegasinfo:  [\n");
		nl_dump(p, "\tvegas enabled: %u\n", v->tcpv_enabled);
		if (v->tcpv_enabled) {
			nl_dump(p, "\trtt cnt: %u", v->tcpv_rttcnt);
			nl_dump(p, "\trtt (propagation delay): %u", v->tcpv_rtt);
			nl_dump(p, "\tmin rtt: %u", v->tcpv_minrtt);
		}
		nl_dump(p, "]\n");
	}
	if (m->idiag_meminfo) {
		nl_dump(p, "skmeminfo:  [\n");
		nl_dump(p, "\trmem alloc: %d\n", sk[SK_MEMINFO_RMEM_ALLOC]);
		nl_dump(p, "\trcv buf: %s\n",
			nl_size2str(sk[SK_MEMINFO_RCVBUF], b, sizeof(b)));
		nl_dump(p, "\twmem alloc: %d\n", sk[SK_MEMINFO_WMEM_ALLOC]);
		nl_dump(p, "\tsnd buf: %s\n",
			nl_size2str(sk[SK_MEMINFO_SNDBUF], b, sizeof(b)));
		nl_dump(p, "\tfwd alloc: %d\n", sk[SK_MEMINFO_FWD_ALLOC]);
		nl_dump(p, "\twmem queued: %s\n",
			nl_size2str(sk[SK_MEMINFO_WMEM_QUEUED], b, sizeof(b)));
		nl_dump(p, "\topt mem: %d\n", sk[SK_MEMINFO_OPTMEM]);
		nl_dump(p, "\tbacklog: %d\n", sk[SK_MEMINFO_BACKLOG]);
		nl_dump(p, "]\n\n");
	}
}

struct nl_object_ops idiagnl_msg_obj_ops = {
	.oo_name = "idiag/idiag_msg",
	.oo_size = sizeof(struct idiagnl_msg),
	.oo_free_data = msg_free,
	.oo_clone = msg_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = msg_dump_line,
		[NL_DUMP_DETAILS] = msg_dump_details,
		[NL_DUMP_STATS] = msg_dump_stats,
	},
	.oo_compare = msg_compare,
	.oo_attrs2str = msg_attrs2str,
	.oo_id_attrs = MSG_ID_ATTRS,
};

/** A new, empty socket object, or NULL without memory. */
struct idiagnl_msg *idiagnl_msg_alloc(void)
{
	return (struct idiagnl_msg *)nl_object_alloc(&idiagnl_msg_obj_ops);
}

/** Take a reference. */
void idiagnl_msg_get(struct idiagnl_msg *msg)
{
	nl_object_get((struct nl_object *)msg);
}

/** Drop a reference; the last frees the object. */
void idiagnl_msg_put(struct idiagnl_msg *msg)
{
	nl_object_put((struct nl_object *)msg);
}

#define MSG_FIELD(name, type, bit)                                             \
	type idiagnl_msg_get_##name(const struct idiagnl_msg *m)               \
	{                                                                      \
		return m->idiag_##name;                                        \
	}                                                                      \
	void idiagnl_msg_set_##name(struct idiagnl_msg *m, type v)             \
	{                                                                      \
		m->idiag_##name = v;                                           \
		m->ce_mask |= (bit);                                           \
	}

MSG_FIELD(family, uint8_t, MSG_ATTR_FAMILY)
MSG_FIELD(state, uint8_t, MSG_ATTR_STATE)
MSG_FIELD(timer, uint8_t, MSG_ATTR_TIMER)
MSG_FIELD(retrans, uint8_t, MSG_ATTR_RETRANS)
MSG_FIELD(ifindex, uint32_t, MSG_ATTR_IFINDEX)
MSG_FIELD(expires, uint32_t, MSG_ATTR_EXPIRES)
MSG_FIELD(rqueue, uint32_t, MSG_ATTR_RQUEUE)
MSG_FIELD(wqueue, uint32_t, MSG_ATTR_WQUEUE)
MSG_FIELD(uid, uint32_t, MSG_ATTR_UID)
MSG_FIELD(inode, uint32_t, MSG_ATTR_INODE)
MSG_FIELD(tos, uint8_t, MSG_ATTR_TOS)
MSG_FIELD(tclass, uint8_t, MSG_ATTR_TCLASS)
MSG_FIELD(shutdown, uint8_t, MSG_ATTR_SHUTDOWN)

/**
 * Source port, in network byte order as the kernel reports it (so is
 * the value given to idiagnl_msg_set_sport()).
 */
uint16_t idiagnl_msg_get_sport(struct idiagnl_msg *msg)
{
	return msg->idiag_sport;
}

/** Set the source port (network byte order, see idiagnl_msg_get_sport()). */
void idiagnl_msg_set_sport(struct idiagnl_msg *msg, uint16_t port)
{
	msg->idiag_sport = port;
	msg->ce_mask |= MSG_ATTR_SPORT;
}

/** Destination port, in network byte order. */
uint16_t idiagnl_msg_get_dport(struct idiagnl_msg *msg)
{
	return msg->idiag_dport;
}

/** Set the destination port (network byte order). */
void idiagnl_msg_set_dport(struct idiagnl_msg *msg, uint16_t port)
{
	msg->idiag_dport = port;
	msg->ce_mask |= MSG_ATTR_DPORT;
}

static void set_addr(struct idiagnl_msg *m, struct nl_addr **pos,
		     struct nl_addr *addr, uint64_t bit)
{
	if (addr)
		nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	if (addr)
		m->ce_mask |= bit;
	else
		m->ce_mask &= ~bit;
}

/** Local address of the socket (no reference taken), or NULL. */
struct nl_addr *idiagnl_msg_get_src(const struct idiagnl_msg *msg)
{
	return msg->idiag_src;
}

/** Set the local address (the object takes a reference). @return 0 */
int idiagnl_msg_set_src(struct idiagnl_msg *msg, struct nl_addr *addr)
{
	set_addr(msg, &msg->idiag_src, addr, MSG_ATTR_SRC);
	return 0;
}

/** Remote address of the socket (no reference taken), or NULL. */
struct nl_addr *idiagnl_msg_get_dst(const struct idiagnl_msg *msg)
{
	return msg->idiag_dst;
}

/** Set the remote address (the object takes a reference). @return 0 */
int idiagnl_msg_set_dst(struct idiagnl_msg *msg, struct nl_addr *addr)
{
	set_addr(msg, &msg->idiag_dst, addr, MSG_ATTR_DST);
	return 0;
}

/** Name of the congestion control algorithm, or NULL. */
char *idiagnl_msg_get_cong(const struct idiagnl_msg *msg)
{
	return msg->idiag_cong;
}

/** Set the congestion control algorithm's name (copied; NULL clears). */
void idiagnl_msg_set_cong(struct idiagnl_msg *msg, char *cong)
{
	char *copy = cong ? strdup(cong) : NULL;

	if (cong && !copy)
		return;
	free(msg->idiag_cong);
	msg->idiag_cong = copy;
	if (copy)
		msg->ce_mask |= MSG_ATTR_CONG;
	else
		msg->ce_mask &= ~MSG_ATTR_CONG;
}

/** Memory usage (no reference taken), or NULL. */
struct idiagnl_meminfo *idiagnl_msg_get_meminfo(const struct idiagnl_msg *msg)
{
	return msg->idiag_meminfo;
}

/** Set the memory usage (the object takes a reference; NULL clears). */
void idiagnl_msg_set_meminfo(struct idiagnl_msg *msg,
			     struct idiagnl_meminfo *minfo)
{
	if (minfo)
		idiagnl_meminfo_get(minfo);
	idiagnl_meminfo_put(msg->idiag_meminfo);
	msg->idiag_meminfo = minfo;
	if (minfo)
		msg->ce_mask |= MSG_ATTR_MEMINFO;
	else
		msg->ce_mask &= ~MSG_ATTR_MEMINFO;
}

/** TCP Vegas state (no reference taken), or NULL. */
struct idiagnl_vegasinfo *idiagnl_msg_get_vegasinfo(const struct idiagnl_msg *msg)
{
	return msg->idiag_vegasinfo;
}

/** Set the TCP Vegas state (the object takes a reference; NULL clears). */
void idiagnl_msg_set_vegasinfo(struct idiagnl_msg *msg,
			       struct idiagnl_vegasinfo *vinfo)
{
	if (vinfo)
		idiagnl_vegasinfo_get(vinfo);
	idiagnl_vegasinfo_put(msg->idiag_vegasinfo);
	msg->idiag_vegasinfo = vinfo;
	if (vinfo)
		msg->ce_mask |= MSG_ATTR_VEGASINFO;
	else
		msg->ce_mask &= ~MSG_ATTR_VEGASINFO;
}

/** The socket's TCP information (zeros when none was reported). */
struct tcp_info idiagnl_msg_get_tcpinfo(const struct idiagnl_msg *msg)
{
	return msg->idiag_tcpinfo;
}

/** Set the TCP information (copied). */
void idiagnl_msg_set_tcpinfo(struct idiagnl_msg *msg, struct tcp_info *tinfo)
{
	memcpy(&msg->idiag_tcpinfo, tinfo, sizeof(msg->idiag_tcpinfo));
	msg->ce_mask |= MSG_ATTR_TCPINFO;
}

static const struct nla_policy diag_policy[INET_DIAG_MAX + 1] = {
	[INET_DIAG_MEMINFO] = { .minlen = sizeof(struct inet_diag_meminfo) },
	[INET_DIAG_VEGASINFO] = { .minlen = sizeof(struct tcpvegas_info) },
	[INET_DIAG_CONG] = { .type = NLA_STRING },
	[INET_DIAG_TOS] = { .type = NLA_U8 },
	[INET_DIAG_TCLASS] = { .type = NLA_U8 },
	[INET_DIAG_SHUTDOWN] = { .type = NLA_U8 },
};

/* Copy an attribute of variable size (tcp_info and the memory counters
 * grow with the kernel): what fits, zeros for what the kernel lacks. */
static void copy_var(void *dst, size_t size, const struct nlattr *nla)
{
	size_t n = nla_len(nla);

	memset(dst, 0, size);
	memcpy(dst, nla_data(nla), n < size ? n : size);
}

static int parse_attrs(struct idiagnl_msg *m, struct nlattr **tb)
{
	if (tb[INET_DIAG_TOS])
		idiagnl_msg_set_tos(m, nla_get_u8(tb[INET_DIAG_TOS]));
	if (tb[INET_DIAG_TCLASS])
		idiagnl_msg_set_tclass(m, nla_get_u8(tb[INET_DIAG_TCLASS]));
	if (tb[INET_DIAG_SHUTDOWN])
		idiagnl_msg_set_shutdown(m, nla_get_u8(tb[INET_DIAG_SHUTDOWN]));
	if (tb[INET_DIAG_CONG]) {
		char name[64];

		nla_strlcpy(name, tb[INET_DIAG_CONG], sizeof(name));
		idiagnl_msg_set_cong(m, name);
		if (!m->idiag_cong)
			return -NLE_NOMEM;
	}
	if (tb[INET_DIAG_INFO]) {
		copy_var(&m->idiag_tcpinfo, sizeof(m->idiag_tcpinfo),
			 tb[INET_DIAG_INFO]);
		m->ce_mask |= MSG_ATTR_TCPINFO;
	}
	if (tb[INET_DIAG_SKMEMINFO]) {
		copy_var(m->idiag_skmeminfo, sizeof(m->idiag_skmeminfo),
			 tb[INET_DIAG_SKMEMINFO]);
		m->ce_mask |= MSG_ATTR_SKMEMINFO;
	}
	if (tb[INET_DIAG_MEMINFO]) {
		struct inet_diag_meminfo *raw = nla_data(tb[INET_DIAG_MEMINFO]);
		struct idiagnl_meminfo *mi = idiagnl_meminfo_alloc();

		if (!mi)
			return -NLE_NOMEM;
		mi->idiag_rmem = raw->idiag_rmem;
		mi->idiag_wmem = raw->idiag_wmem;
		mi->idiag_fmem = raw->idiag_fmem;
		mi->idiag_tmem = raw->idiag_tmem;
		idiagnl_msg_set_meminfo(m, mi);
		idiagnl_meminfo_put(mi);
	}
	if (tb[INET_DIAG_VEGASINFO]) {
		struct tcpvegas_info *raw = nla_data(tb[INET_DIAG_VEGASINFO]);
		struct idiagnl_vegasinfo *vi = idiagnl_vegasinfo_alloc();

		if (!vi)
			return -NLE_NOMEM;
		vi->tcpv_enabled = raw->tcpv_enabled;
		vi->tcpv_rttcnt = raw->tcpv_rttcnt;
		vi->tcpv_rtt = raw->tcpv_rtt;
		vi->tcpv_minrtt = raw->tcpv_minrtt;
		idiagnl_msg_set_vegasinfo(m, vi);
		idiagnl_vegasinfo_put(vi);
	}
	return 0;
}

/**
 * Parse one socket diagnostics message (struct inet_diag_msg and its
 * INET_DIAG_* attributes) into a new object.
 * @return 0 and the object in @a result; -NLE_MSG_TOOSHORT, -NLE_RANGE
 *         (malformed attributes), -NLE_NOMEM.
 */
int idiagnl_msg_parse(struct nlmsghdr *nlh, struct idiagnl_msg **result)
{
	struct nlattr *tb[INET_DIAG_MAX + 1];
	struct inet_diag_msg *raw;
	struct idiagnl_msg *m;
	struct nl_addr *a;
	int err;

	if (!nlmsg_valid_hdr(nlh, sizeof(*raw)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(nlh, sizeof(*raw), tb, INET_DIAG_MAX, diag_policy);
	if (err < 0)
		return err;
	raw = nlmsg_data(nlh);
	m = idiagnl_msg_alloc();
	if (!m)
		return -NLE_NOMEM;
	m->ce_msgtype = nlh->nlmsg_type;
	idiagnl_msg_set_family(m, raw->idiag_family);
	idiagnl_msg_set_state(m, raw->idiag_state);
	idiagnl_msg_set_timer(m, raw->idiag_timer);
	idiagnl_msg_set_retrans(m, raw->idiag_retrans);
	idiagnl_msg_set_sport(m, raw->id.idiag_sport);
	idiagnl_msg_set_dport(m, raw->id.idiag_dport);
	idiagnl_msg_set_ifindex(m, raw->id.idiag_if);
	idiagnl_msg_set_expires(m, raw->idiag_expires);
	idiagnl_msg_set_rqueue(m, raw->idiag_rqueue);
	idiagnl_msg_set_wqueue(m, raw->idiag_wqueue);
	idiagnl_msg_set_uid(m, raw->idiag_uid);
	idiagnl_msg_set_inode(m, raw->idiag_inode);
	if ((a = _idiagnl_addr(raw->idiag_family, raw->id.idiag_src))) {
		idiagnl_msg_set_src(m, a);
		nl_addr_put(a);
	}
	if ((a = _idiagnl_addr(raw->idiag_family, raw->id.idiag_dst))) {
		idiagnl_msg_set_dst(m, a);
		nl_addr_put(a);
	}
	err = parse_attrs(m, tb);
	if (err < 0) {
		idiagnl_msg_put(m);
		return err;
	}
	*result = m;
	return 0;
}

static int msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		      struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct idiagnl_msg *m;
	int err;

	err = idiagnl_msg_parse(nlh, &m);
	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)m, pp);
	idiagnl_msg_put(m);
	return err;
}

static int msg_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	return idiagnl_send_simple(sk, NLM_F_DUMP, (uint8_t)cache->c_iarg1,
				   (uint16_t)cache->c_iarg2, IDIAG_ATTR_ALL);
}

static struct nl_cache_ops idiagnl_msg_ops = {
	.co_name = "idiag/idiag",
	.co_hdrsize = sizeof(struct inet_diag_msg),
	.co_msgtypes = {
		{ IDIAG_TCPDIAG_GETSOCK, NL_ACT_NEW, "new" },
		{ IDIAG_DCCPDIAG_GETSOCK, NL_ACT_NEW, "new" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_INET_DIAG,
	.co_request_update = msg_request_update,
	.co_msg_parser = msg_parser,
	.co_obj_ops = &idiagnl_msg_obj_ops,
};

/**
 * Allocate a cache of the sockets of @a family whose state is in the mask
 * @a states (1 << IDIAG_SS_*, IDIAGNL_SS_ALL for all) and fill it through
 * @a sk, which must be connected with idiagnl_connect().
 * @return 0 and the cache in @a result, or a negative error.
 */
int idiagnl_msg_alloc_cache(struct nl_sock *sk, int family, int states,
			    struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&idiagnl_msg_ops);
	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = family;
	cache->c_iarg2 = states;
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

static void __attribute__((constructor)) idiag_init(void)
{
	nl_cache_mngt_register(&idiagnl_msg_ops);
}

static void __attribute__((destructor)) idiag_exit(void)
{
	nl_cache_mngt_unregister(&idiagnl_msg_ops);
}
