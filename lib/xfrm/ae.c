/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Asynchronous events of a security association (XFRM_MSG_NEWAE/GETAE):
 * its replay state and current lifetime, and the thresholds at which the
 * kernel reports them.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "xfrm-common.h"

#define AE_ATTR_DADDR		(1ULL << 0)
#define AE_ATTR_SPI		(1ULL << 1)
#define AE_ATTR_PROTO		(1ULL << 2)
#define AE_ATTR_SADDR		(1ULL << 3)
#define AE_ATTR_FLAGS		(1ULL << 4)
#define AE_ATTR_REQID		(1ULL << 5)
#define AE_ATTR_MARK		(1ULL << 6)
#define AE_ATTR_LIFETIME	(1ULL << 7)
#define AE_ATTR_REPLAY_MAXAGE	(1ULL << 8)
#define AE_ATTR_REPLAY_MAXDIFF	(1ULL << 9)
#define AE_ATTR_REPLAY_STATE	(1ULL << 10)
#define AE_ATTR_FAMILY		(1ULL << 11)

struct xfrmnl_ae {
	NLHDR_COMMON
	struct nl_addr *daddr;
	uint32_t spi;
	uint16_t family;
	uint8_t proto;
	struct nl_addr *saddr;
	uint32_t flags;
	uint32_t reqid;
	uint32_t mark_v;
	uint32_t mark_m;
	struct xfrmnl_lifetime_cur curlft;
	uint32_t replay_maxage;
	uint32_t replay_maxdiff;
	struct xfrmnl_replay *replay;
};

#define HAS(ae, bit) ((ae)->ce_mask & (bit))

static const struct trans_tbl ae_attrs[] = {
	__ADD(AE_ATTR_DADDR, daddr),
	__ADD(AE_ATTR_SPI, spi),
	__ADD(AE_ATTR_PROTO, protocol),
	__ADD(AE_ATTR_SADDR, saddr),
	__ADD(AE_ATTR_FLAGS, flags),
	__ADD(AE_ATTR_REQID, reqid),
	__ADD(AE_ATTR_MARK, mark),
	__ADD(AE_ATTR_LIFETIME, cur_lifetime),
	__ADD(AE_ATTR_REPLAY_MAXAGE, replay_maxage),
	__ADD(AE_ATTR_REPLAY_MAXDIFF, replay_maxdiff),
	__ADD(AE_ATTR_REPLAY_STATE, replay_state),
};

static const struct trans_tbl ae_flags[] = {
	{ XFRM_AE_RTHR, "replay threshold" },
	{ XFRM_AE_RVAL, "replay value" },
	{ XFRM_AE_LVAL, "lifetime value" },
	{ XFRM_AE_ETHR, "expiry time threshold" },
	{ XFRM_AE_CR, "replay update event" },
	{ XFRM_AE_CE, "timer expiry event" },
	{ XFRM_AE_CU, "policy update event" },
};

/** Names of event flags (XFRM_AE_*), comma separated. */
char *xfrmnl_ae_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, ae_flags, ARRAY_SIZE(ae_flags));
}

/** The flag of one name (exact), or 0. */
int xfrmnl_ae_str2flag(const char *name)
{
	return __str2flags(name, ae_flags, ARRAY_SIZE(ae_flags));
}

static void ae_free(struct nl_object *obj)
{
	struct xfrmnl_ae *ae = (struct xfrmnl_ae *)obj;

	nl_addr_put(ae->daddr);
	nl_addr_put(ae->saddr);
	_xfrmnl_replay_free(ae->replay);
}

static int ae_clone(struct nl_object *dst, struct nl_object *src)
{
	struct xfrmnl_ae *d = (struct xfrmnl_ae *)dst;
	struct xfrmnl_ae *s = (struct xfrmnl_ae *)src;
	int err = 0;

	d->daddr = s->daddr ? nl_addr_clone(s->daddr) : NULL;
	d->saddr = s->saddr ? nl_addr_clone(s->saddr) : NULL;
	d->replay = NULL;
	if ((s->daddr && !d->daddr) || (s->saddr && !d->saddr))
		err = -NLE_NOMEM;
	if (_xfrmnl_replay_clone(&d->replay, s->replay))
		err = -NLE_NOMEM;
	return err;
}

static uint64_t ae_compare(struct nl_object *_a, struct nl_object *_b,
			   uint64_t attrs, int flags)
{
	struct xfrmnl_ae *a = (struct xfrmnl_ae *)_a;
	struct xfrmnl_ae *b = (struct xfrmnl_ae *)_b;
	uint64_t diff = 0;

#define DIFF(bit, cond)                                                        \
	diff |= ((attrs & (bit)) &&                                            \
		 (((a->ce_mask ^ b->ce_mask) & (bit)) || (cond))) ? (bit) : 0
	DIFF(AE_ATTR_DADDR, _xfrmnl_addr_differ(a->daddr, b->daddr));
	DIFF(AE_ATTR_SPI, a->spi != b->spi);
	DIFF(AE_ATTR_PROTO, a->proto != b->proto);
	DIFF(AE_ATTR_SADDR, _xfrmnl_addr_differ(a->saddr, b->saddr));
	DIFF(AE_ATTR_FLAGS, a->flags != b->flags);
	DIFF(AE_ATTR_REQID, a->reqid != b->reqid);
	DIFF(AE_ATTR_MARK, a->mark_v != b->mark_v || a->mark_m != b->mark_m);
	DIFF(AE_ATTR_REPLAY_MAXAGE, a->replay_maxage != b->replay_maxage);
	DIFF(AE_ATTR_REPLAY_MAXDIFF, a->replay_maxdiff != b->replay_maxdiff);
	DIFF(AE_ATTR_REPLAY_STATE, _xfrmnl_replay_differ(a->replay, b->replay));
	/* The family and the current lifetime do not count, as upstream. */
#undef DIFF
	return diff;
}

static char *ae_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, ae_attrs, ARRAY_SIZE(ae_attrs));
}

static void ae_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct xfrmnl_ae *ae = (struct xfrmnl_ae *)obj;
	struct xfrmnl_replay zero = { 0 };
	char a[INET6_ADDRSTRLEN + 8], b[INET6_ADDRSTRLEN + 8], pr[32], fl[256];

	nl_dump_line(p, "src %s dst %s \n",
		     ae->saddr ? nl_addr2str(ae->saddr, a, sizeof(a)) : "none",
		     ae->daddr ? nl_addr2str(ae->daddr, b, sizeof(b)) : "none");
	xfrmnl_ae_flags2str(ae->flags, fl, sizeof(fl));
	nl_dump_line(p, "\tproto %s spi 0x%x reqid %u flags %s(0x%x) mark mask/value 0x%x/0x%x \n",
		     nl_ip_proto2str(ae->proto, pr, sizeof(pr)), ae->spi,
		     ae->reqid, fl, ae->flags, ae->mark_m, ae->mark_v);
	_xfrmnl_dump_curlft(&ae->curlft, p, 1);
	nl_dump_line(p, "\treplay info: \n");
	nl_dump_line(p, "\t\tmax age %u max diff %u \n", ae->replay_maxage,
		     ae->replay_maxdiff);
	_xfrmnl_replay_dump(ae->replay ? ae->replay : &zero, p);
	nl_dump(p, "\n");
}

static struct nl_object_ops xfrm_ae_obj_ops = {
	.oo_name = "xfrm/ae",
	.oo_size = sizeof(struct xfrmnl_ae),
	.oo_free_data = ae_free,
	.oo_clone = ae_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = ae_dump_line,
		[NL_DUMP_DETAILS] = ae_dump_line,
		[NL_DUMP_STATS] = ae_dump_line,
	},
	.oo_compare = ae_compare,
	.oo_attrs2str = ae_attrs2str,
	.oo_id_attrs = AE_ATTR_DADDR | AE_ATTR_SPI | AE_ATTR_PROTO,
};

/** A new, empty event object, or NULL without memory. */
struct xfrmnl_ae *xfrmnl_ae_alloc(void)
{
	return (struct xfrmnl_ae *)nl_object_alloc(&xfrm_ae_obj_ops);
}

/** Drop a reference; the last frees the object. */
void xfrmnl_ae_put(struct xfrmnl_ae *ae)
{
	nl_object_put((struct nl_object *)ae);
}

/**
 * Parse an event message (XFRM_MSG_NEWAE: struct xfrm_aevent_id and its
 * attributes) into a new object.
 * @return 0 and the object in @a result, or a negative error.
 */
int xfrmnl_ae_parse(struct nlmsghdr *n, struct xfrmnl_ae **result)
{
	struct nlattr *tb[XFRMA_MAX + 1];
	const struct xfrm_aevent_id *id;
	struct xfrmnl_ae *ae;
	int err;

	if (!nlmsg_valid_hdr(n, sizeof(*id)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, sizeof(*id), tb, XFRMA_MAX, _xfrmnl_policy);
	if (err < 0)
		return err;
	id = nlmsg_data(n);
	ae = xfrmnl_ae_alloc();
	if (!ae)
		return -NLE_NOMEM;
	ae->ce_msgtype = n->nlmsg_type;
	ae->daddr = _xfrmnl_addr(id->sa_id.family, &id->sa_id.daddr, -1);
	ae->saddr = _xfrmnl_addr(id->sa_id.family, &id->saddr, -1);
	ae->spi = ntohl(id->sa_id.spi);
	ae->family = id->sa_id.family;
	ae->proto = id->sa_id.proto;
	ae->flags = id->flags;
	ae->reqid = id->reqid;
	ae->ce_mask |= AE_ATTR_SPI | AE_ATTR_FAMILY | AE_ATTR_PROTO |
		       AE_ATTR_FLAGS | AE_ATTR_REQID |
		       (ae->daddr ? AE_ATTR_DADDR : 0) |
		       (ae->saddr ? AE_ATTR_SADDR : 0);
	if (tb[XFRMA_LTIME_VAL]) {
		/* 64-bit counters in an attribute aligned to 4 bytes */
		struct xfrm_lifetime_cur c;

		memcpy(&c, nla_data(tb[XFRMA_LTIME_VAL]), sizeof(c));
		ae->curlft.bytes = c.bytes;
		ae->curlft.packets = c.packets;
		ae->curlft.add_time = c.add_time;
		ae->curlft.use_time = c.use_time;
		ae->ce_mask |= AE_ATTR_LIFETIME;
	}
	if (tb[XFRMA_ETIMER_THRESH]) {
		ae->replay_maxage = nla_get_u32(tb[XFRMA_ETIMER_THRESH]);
		ae->ce_mask |= AE_ATTR_REPLAY_MAXAGE;
	}
	if (tb[XFRMA_REPLAY_THRESH]) {
		ae->replay_maxdiff = nla_get_u32(tb[XFRMA_REPLAY_THRESH]);
		ae->ce_mask |= AE_ATTR_REPLAY_MAXDIFF;
	}
	if (tb[XFRMA_MARK]) {
		const struct xfrm_mark *m = nla_data(tb[XFRMA_MARK]);

		ae->mark_v = m->v;
		ae->mark_m = m->m;
		ae->ce_mask |= AE_ATTR_MARK;
	}
	err = _xfrmnl_replay_parse(&ae->replay, tb);
	if (err) {
		xfrmnl_ae_put(ae);
		return err;
	}
	if (ae->replay)
		ae->ce_mask |= AE_ATTR_REPLAY_STATE;
	*result = ae;
	return 0;
}

static int ae_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct xfrmnl_ae *ae;
	int err = xfrmnl_ae_parse(n, &ae);

	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)ae, pp);
	xfrmnl_ae_put(ae);
	return err;
}

static void fill_id(struct xfrm_aevent_id *id, struct nl_addr *daddr,
		    unsigned int spi, unsigned int family, unsigned int proto)
{
	memset(id, 0, sizeof(*id));
	_xfrmnl_addr_put_raw(&id->sa_id.daddr, daddr);
	id->sa_id.spi = htonl(spi);
	id->sa_id.family = family;
	id->sa_id.proto = proto;
}

/**
 * Send the event parameters of @a ae (replay state, current lifetime,
 * thresholds) to the kernel as XFRM_MSG_NEWAE and wait for the answer.
 * Destination, SPI and protocol name the association.  @a flags are the
 * netlink header's (the kernel wants NLM_F_REPLACE).
 * @return 0 or a negative error; -NLE_MISSING_ATTR.
 */
int xfrmnl_ae_set(struct nl_sock *sk, struct xfrmnl_ae *ae, int flags)
{
	struct xfrm_aevent_id id;
	struct xfrm_lifetime_cur cur;
	struct nl_msg *msg;

	if (!HAS(ae, AE_ATTR_DADDR) || !HAS(ae, AE_ATTR_SPI) ||
	    !HAS(ae, AE_ATTR_PROTO))
		return -NLE_MISSING_ATTR;
	fill_id(&id, ae->daddr, ae->spi,
		HAS(ae, AE_ATTR_FAMILY) ? ae->family :
					  (unsigned)nl_addr_get_family(ae->daddr),
		ae->proto);
	_xfrmnl_addr_put_raw(&id.saddr, ae->saddr);
	id.flags = ae->flags;
	id.reqid = ae->reqid;
	msg = nlmsg_alloc_simple(XFRM_MSG_NEWAE, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &id, sizeof(id), NLMSG_ALIGNTO) < 0)
		goto full;
	if (ae->replay && _xfrmnl_replay_put(msg, ae->replay) < 0)
		goto full;
	if (HAS(ae, AE_ATTR_LIFETIME)) {
		memset(&cur, 0, sizeof(cur));
		cur.bytes = ae->curlft.bytes;
		cur.packets = ae->curlft.packets;
		cur.add_time = ae->curlft.add_time;
		cur.use_time = ae->curlft.use_time;
		if (nla_put(msg, XFRMA_LTIME_VAL, sizeof(cur), &cur) < 0)
			goto full;
	}
	if (HAS(ae, AE_ATTR_REPLAY_MAXDIFF) &&
	    nla_put_u32(msg, XFRMA_REPLAY_THRESH, ae->replay_maxdiff) < 0)
		goto full;
	if (HAS(ae, AE_ATTR_REPLAY_MAXAGE) &&
	    nla_put_u32(msg, XFRMA_ETIMER_THRESH, ae->replay_maxage) < 0)
		goto full;
	if (HAS(ae, AE_ATTR_MARK) && _xfrmnl_mark_put(msg, ae->mark_v, ae->mark_m) < 0)
		goto full;
	return nl_send_sync(sk, msg);
full:
	nlmsg_free(msg);
	return -NLE_MSGSIZE;
}

/**
 * Build an XFRM_MSG_GETAE request for the association of @a daddr,
 * @a spi and @a protocol (with the mark @a mark_m / @a mark_v when
 * either is not 0).
 */
int xfrmnl_ae_build_get_request(struct nl_addr *daddr, unsigned int spi,
				unsigned int protocol, unsigned int mark_mask,
				unsigned int mark_value, struct nl_msg **result)
{
	struct xfrm_aevent_id id;
	struct nl_msg *msg;

	if (!daddr || !spi)
		return -NLE_MISSING_ATTR;
	fill_id(&id, daddr, spi, nl_addr_get_family(daddr), protocol);
	msg = nlmsg_alloc_simple(XFRM_MSG_GETAE, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &id, sizeof(id), NLMSG_ALIGNTO) < 0 ||
	    ((mark_mask || mark_value) &&
	     _xfrmnl_mark_put(msg, mark_value, mark_mask) < 0)) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	*result = msg;
	return 0;
}

/** Ask the kernel for the events state of one association. */
int xfrmnl_ae_get_kernel(struct nl_sock *sock, struct nl_addr *daddr,
			 unsigned int spi, unsigned int protocol,
			 unsigned int mark_mask, unsigned int mark_value,
			 struct xfrmnl_ae **result)
{
	struct nl_msg *msg;
	int err;

	if (!sock || !result)
		return -NLE_INVAL;
	err = xfrmnl_ae_build_get_request(daddr, spi, protocol, mark_mask,
					  mark_value, &msg);
	if (err < 0)
		return err;
	return _nl_get_kernel_obj(sock, msg, ae_msg_parser,
				  (struct nl_object **)result);
}

/* ------------------------------------------------------------------ */

static int set_addr(struct xfrmnl_ae *ae, struct nl_addr **pos,
		    struct nl_addr *addr, uint64_t bit)
{
	nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	ae->ce_mask |= bit;
	return 0;
}

/** Destination address (no reference taken), or NULL. */
struct nl_addr *xfrmnl_ae_get_daddr(struct xfrmnl_ae *ae)
{
	return HAS(ae, AE_ATTR_DADDR) ? ae->daddr : NULL;
}

/** Set the destination address (a reference is taken). @return 0 */
int xfrmnl_ae_set_daddr(struct xfrmnl_ae *ae, struct nl_addr *addr)
{
	return set_addr(ae, &ae->daddr, addr, AE_ATTR_DADDR);
}

/** Source address (no reference taken), or NULL. */
struct nl_addr *xfrmnl_ae_get_saddr(struct xfrmnl_ae *ae)
{
	return HAS(ae, AE_ATTR_SADDR) ? ae->saddr : NULL;
}

/** Set the source address (a reference is taken). @return 0 */
int xfrmnl_ae_set_saddr(struct xfrmnl_ae *ae, struct nl_addr *addr)
{
	return set_addr(ae, &ae->saddr, addr, AE_ATTR_SADDR);
}

#define AE_FIELD(name, member, bit)                                            \
	int xfrmnl_ae_get_##name(struct xfrmnl_ae *ae)                         \
	{                                                                      \
		return HAS(ae, bit) ? (int)ae->member : -1;                    \
	}                                                                      \
	int xfrmnl_ae_set_##name(struct xfrmnl_ae *ae, unsigned int v)         \
	{                                                                      \
		ae->member = v;                                                \
		ae->ce_mask |= (bit);                                          \
		return 0;                                                      \
	}

AE_FIELD(spi, spi, AE_ATTR_SPI)
AE_FIELD(family, family, AE_ATTR_FAMILY)
AE_FIELD(proto, proto, AE_ATTR_PROTO)
AE_FIELD(flags, flags, AE_ATTR_FLAGS)
AE_FIELD(reqid, reqid, AE_ATTR_REQID)
AE_FIELD(replay_maxage, replay_maxage, AE_ATTR_REPLAY_MAXAGE)
AE_FIELD(replay_maxdiff, replay_maxdiff, AE_ATTR_REPLAY_MAXDIFF)

/** Mark mask and value, in that order. @return 0, or -1 when not set. */
int xfrmnl_ae_get_mark(struct xfrmnl_ae *ae, unsigned int *mark_mask,
		       unsigned int *mark_value)
{
	if (!HAS(ae, AE_ATTR_MARK))
		return -1;
	if (mark_mask)
		*mark_mask = ae->mark_m;
	if (mark_value)
		*mark_value = ae->mark_v;
	return 0;
}

/** Set the mark: @a value and @a mask. @return 0 */
int xfrmnl_ae_set_mark(struct xfrmnl_ae *ae, unsigned int value,
		       unsigned int mask)
{
	ae->mark_v = value;
	ae->mark_m = mask;
	ae->ce_mask |= AE_ATTR_MARK;
	return 0;
}

/** Current lifetime. @return 0, or -1 when not set. */
int xfrmnl_ae_get_curlifetime(struct xfrmnl_ae *ae,
			      unsigned long long *curr_bytes,
			      unsigned long long *curr_packets,
			      unsigned long long *curr_add_time,
			      unsigned long long *curr_use_time)
{
	if (!HAS(ae, AE_ATTR_LIFETIME))
		return -1;
	*curr_bytes = ae->curlft.bytes;
	*curr_packets = ae->curlft.packets;
	*curr_add_time = ae->curlft.add_time;
	*curr_use_time = ae->curlft.use_time;
	return 0;
}

/** Set the current lifetime (bytes, packets, add and use time). */
int xfrmnl_ae_set_curlifetime(struct xfrmnl_ae *ae,
			      unsigned long long curr_bytes,
			      unsigned long long curr_packets,
			      unsigned long long curr_add_time,
			      unsigned long long curr_use_time)
{
	ae->curlft.bytes = curr_bytes;
	ae->curlft.packets = curr_packets;
	ae->curlft.add_time = curr_add_time;
	ae->curlft.use_time = curr_use_time;
	ae->ce_mask |= AE_ATTR_LIFETIME;
	return 0;
}

/** Replay state without ESN. @return 0, or -1 when not set. */
int xfrmnl_ae_get_replay_state(struct xfrmnl_ae *ae, unsigned int *oseq,
			       unsigned int *seq, unsigned int *bmp)
{
	return _xfrmnl_replay_get(ae->replay, 0, oseq, seq, bmp, NULL, NULL,
				  NULL, NULL, NULL);
}

/** Set a replay state without ESN. */
int xfrmnl_ae_set_replay_state(struct xfrmnl_ae *ae, unsigned int oseq,
			       unsigned int seq, unsigned int bitmap)
{
	int err = _xfrmnl_replay_set(&ae->replay, 0, oseq, seq, bitmap, 0, 0,
				     0, 0, NULL);

	if (!err)
		ae->ce_mask |= AE_ATTR_REPLAY_STATE;
	return err;
}

/** ESN replay state (see xfrmnl_sa_get_replay_state_esn()). */
int xfrmnl_ae_get_replay_state_esn(struct xfrmnl_ae *ae, unsigned int *oseq,
				   unsigned int *seq, unsigned int *oseq_hi,
				   unsigned int *seq_hi,
				   unsigned int *replay_window,
				   unsigned int *bmp_len, unsigned int *bmp)
{
	return _xfrmnl_replay_get(ae->replay, 1, oseq, seq, NULL, oseq_hi,
				  seq_hi, replay_window, bmp_len, bmp);
}

/** Set an ESN replay state; @a bmp holds @a bmp_len 32-bit words. */
int xfrmnl_ae_set_replay_state_esn(struct xfrmnl_ae *ae, unsigned int oseq,
				   unsigned int seq, unsigned int oseq_hi,
				   unsigned int seq_hi,
				   unsigned int replay_window,
				   unsigned int bmp_len, unsigned int *bmp)
{
	int err = _xfrmnl_replay_set(&ae->replay, 1, oseq, seq, 0, oseq_hi,
				     seq_hi, replay_window, bmp_len, bmp);

	if (!err)
		ae->ce_mask |= AE_ATTR_REPLAY_STATE;
	return err;
}
