/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPsec security associations: the xfrm/sa object (struct
 * xfrm_usersa_info and its XFRMA_* attributes), the "xfrm/sa" cache and
 * the add/update/delete/get requests.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "xfrm-common.h"

/* Presence bits (in upstream's order; nl_object_attrs2str() names them) */
#define SA_ATTR_SEL		(1ULL << 0)
#define SA_ATTR_DADDR		(1ULL << 1)
#define SA_ATTR_SPI		(1ULL << 2)
#define SA_ATTR_PROTO		(1ULL << 3)
#define SA_ATTR_SADDR		(1ULL << 4)
#define SA_ATTR_LTIME_CFG	(1ULL << 5)
#define SA_ATTR_LTIME_CUR	(1ULL << 6)
#define SA_ATTR_STATS		(1ULL << 7)
#define SA_ATTR_SEQ		(1ULL << 8)
#define SA_ATTR_REQID		(1ULL << 9)
#define SA_ATTR_FAMILY		(1ULL << 10)
#define SA_ATTR_MODE		(1ULL << 11)
#define SA_ATTR_REPLAY_WIN	(1ULL << 12)
#define SA_ATTR_FLAGS		(1ULL << 13)
#define SA_ATTR_AEAD		(1ULL << 14)
#define SA_ATTR_AUTH		(1ULL << 15)
#define SA_ATTR_CRYPT		(1ULL << 16)
#define SA_ATTR_COMP		(1ULL << 17)
#define SA_ATTR_ENCAP		(1ULL << 18)
#define SA_ATTR_TFCPAD		(1ULL << 19)
#define SA_ATTR_COADDR		(1ULL << 20)
#define SA_ATTR_MARK		(1ULL << 21)
#define SA_ATTR_SECCTX		(1ULL << 22)
#define SA_ATTR_REPLAY_MAXAGE	(1ULL << 23)
#define SA_ATTR_REPLAY_MAXDIFF	(1ULL << 24)
#define SA_ATTR_REPLAY_STATE	(1ULL << 25)
#define SA_ATTR_EXPIRE		(1ULL << 26)
#define SA_ATTR_OFFLOAD		(1ULL << 27)
#define SA_ATTR_IF_ID		(1ULL << 28)

struct xfrmnl_encap {
	uint16_t type;
	uint16_t sport;
	uint16_t dport;
	struct nl_addr *oa;
};

struct xfrmnl_sa {
	NLHDR_COMMON
	struct xfrmnl_sel *sel;
	struct nl_addr *daddr;
	uint32_t spi;
	uint8_t proto;
	struct nl_addr *saddr;
	struct xfrmnl_ltime_cfg *lft;
	struct xfrmnl_lifetime_cur curlft;
	uint32_t stats_replay_window;
	uint32_t stats_replay;
	uint32_t stats_integrity_failed;
	uint32_t seq;
	uint32_t reqid;
	uint16_t family;
	uint8_t mode;
	uint8_t replay_window;
	uint8_t flags;
	struct xfrmnl_algo *aead;
	struct xfrmnl_algo *auth;
	struct xfrmnl_algo *crypt;
	struct xfrmnl_algo *comp;
	struct xfrmnl_encap *encap;
	uint32_t tfcpad;
	struct nl_addr *coaddr;
	uint32_t mark_v;
	uint32_t mark_m;
	struct xfrmnl_sec_ctx *sec_ctx;
	uint32_t replay_maxage;
	uint32_t replay_maxdiff;
	struct xfrmnl_replay *replay;
	int hard;
	int offload_ifindex;
	uint8_t offload_flags;
	uint32_t if_id;
};

#define HAS(sa, bit) ((sa)->ce_mask & (bit))

static const struct trans_tbl sa_attrs[] = {
	__ADD(SA_ATTR_SEL, selector),
	__ADD(SA_ATTR_DADDR, daddr),
	__ADD(SA_ATTR_SPI, spi),
	__ADD(SA_ATTR_PROTO, proto),
	__ADD(SA_ATTR_SADDR, saddr),
	__ADD(SA_ATTR_LTIME_CFG, lifetime_cfg),
	__ADD(SA_ATTR_LTIME_CUR, lifetime_cur),
	__ADD(SA_ATTR_STATS, stats),
	__ADD(SA_ATTR_SEQ, seqnum),
	__ADD(SA_ATTR_REQID, reqid),
	__ADD(SA_ATTR_FAMILY, family),
	__ADD(SA_ATTR_MODE, mode),
	__ADD(SA_ATTR_REPLAY_WIN, replay_window),
	__ADD(SA_ATTR_FLAGS, flags),
	__ADD(SA_ATTR_AEAD, alg_aead),
	__ADD(SA_ATTR_AUTH, alg_auth),
	__ADD(SA_ATTR_CRYPT, alg_crypto),
	__ADD(SA_ATTR_COMP, alg_comp),
	__ADD(SA_ATTR_ENCAP, encap),
	__ADD(SA_ATTR_TFCPAD, tfcpad),
	__ADD(SA_ATTR_COADDR, coaddr),
	__ADD(SA_ATTR_MARK, mark),
	__ADD(SA_ATTR_SECCTX, sec_ctx),
	__ADD(SA_ATTR_REPLAY_MAXAGE, replay_maxage),
	__ADD(SA_ATTR_REPLAY_MAXDIFF, replay_maxdiff),
	__ADD(SA_ATTR_REPLAY_STATE, replay_state),
	__ADD(SA_ATTR_EXPIRE, expire),
	__ADD(SA_ATTR_OFFLOAD, user_offload),
};

static const struct trans_tbl sa_modes[] = {
	__ADD(XFRM_MODE_TRANSPORT, transport),
	__ADD(XFRM_MODE_TUNNEL, tunnel),
	{ XFRM_MODE_ROUTEOPTIMIZATION, "route optimization" },
	{ XFRM_MODE_IN_TRIGGER, "in trigger" },
	__ADD(XFRM_MODE_BEET, beet),
};

static const struct trans_tbl sa_flags[] = {
	{ XFRM_STATE_NOECN, "no ecn" },
	{ XFRM_STATE_DECAP_DSCP, "decap dscp" },
	{ XFRM_STATE_NOPMTUDISC, "no pmtu discovery" },
	{ XFRM_STATE_WILDRECV, "wild receive" },
	__ADD(XFRM_STATE_ICMP, icmp),
	{ XFRM_STATE_AF_UNSPEC, "unspecified" },
	__ADD(XFRM_STATE_ALIGN4, align4),
	__ADD(XFRM_STATE_ESN, esn),
};

/** Names of association flags (XFRM_STATE_*), comma separated. */
char *xfrmnl_sa_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, sa_flags, ARRAY_SIZE(sa_flags));
}

/** The flag of one name (exact match), or 0. */
int xfrmnl_sa_str2flag(const char *name)
{
	return __str2flags(name, sa_flags, ARRAY_SIZE(sa_flags));
}

/** Name of a mode (XFRM_MODE_*), or its number in hex. */
char *xfrmnl_sa_mode2str(int mode, char *buf, size_t len)
{
	return __type2str(mode, buf, len, sa_modes, ARRAY_SIZE(sa_modes));
}

/** Mode of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_sa_str2mode(const char *name)
{
	return __str2type(name, sa_modes, ARRAY_SIZE(sa_modes));
}

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void encap_free(struct xfrmnl_encap *e)
{
	if (!e)
		return;
	nl_addr_put(e->oa);
	free(e);
}

static void sa_free(struct nl_object *obj)
{
	struct xfrmnl_sa *sa = (struct xfrmnl_sa *)obj;

	xfrmnl_sel_put(sa->sel);
	nl_addr_put(sa->daddr);
	nl_addr_put(sa->saddr);
	xfrmnl_ltime_cfg_put(sa->lft);
	_xfrmnl_algo_free(sa->aead);
	_xfrmnl_algo_free(sa->auth);
	_xfrmnl_algo_free(sa->crypt);
	_xfrmnl_algo_free(sa->comp);
	encap_free(sa->encap);
	nl_addr_put(sa->coaddr);
	_xfrmnl_ctx_free(sa->sec_ctx);
	_xfrmnl_replay_free(sa->replay);
}

static struct nl_addr *addr_copy(struct nl_addr *a, int *err)
{
	struct nl_addr *c;

	if (!a)
		return NULL;
	c = nl_addr_clone(a);
	if (!c)
		*err = -NLE_NOMEM;
	return c;
}

static int sa_clone(struct nl_object *dst, struct nl_object *src)
{
	struct xfrmnl_sa *d = (struct xfrmnl_sa *)dst;
	struct xfrmnl_sa *s = (struct xfrmnl_sa *)src;
	int err = 0;

	d->sel = NULL;
	d->lft = NULL;
	d->aead = d->auth = d->crypt = d->comp = NULL;
	d->encap = NULL;
	d->sec_ctx = NULL;
	d->replay = NULL;
	d->daddr = addr_copy(s->daddr, &err);
	d->saddr = addr_copy(s->saddr, &err);
	d->coaddr = addr_copy(s->coaddr, &err);
	if (s->sel && !(d->sel = xfrmnl_sel_clone(s->sel)))
		err = -NLE_NOMEM;
	if (s->lft && !(d->lft = xfrmnl_ltime_cfg_clone(s->lft)))
		err = -NLE_NOMEM;
	if (_xfrmnl_algo_clone(&d->aead, s->aead) ||
	    _xfrmnl_algo_clone(&d->auth, s->auth) ||
	    _xfrmnl_algo_clone(&d->crypt, s->crypt) ||
	    _xfrmnl_algo_clone(&d->comp, s->comp) ||
	    _xfrmnl_ctx_clone(&d->sec_ctx, s->sec_ctx) ||
	    _xfrmnl_replay_clone(&d->replay, s->replay))
		err = -NLE_NOMEM;
	if (s->encap) {
		d->encap = malloc(sizeof(*d->encap));
		if (d->encap) {
			*d->encap = *s->encap;
			d->encap->oa = addr_copy(s->encap->oa, &err);
		} else {
			err = -NLE_NOMEM;
		}
	}
	return err;
}

static int encap_differ(const struct xfrmnl_encap *a, const struct xfrmnl_encap *b)
{
	if (!a || !b)
		return a != b;
	return a->type != b->type || a->sport != b->sport ||
	       a->dport != b->dport || _xfrmnl_addr_differ(a->oa, b->oa);
}

static uint64_t sa_compare(struct nl_object *_a, struct nl_object *_b,
			   uint64_t attrs, int flags)
{
	struct xfrmnl_sa *a = (struct xfrmnl_sa *)_a;
	struct xfrmnl_sa *b = (struct xfrmnl_sa *)_b;
	uint64_t diff = 0;

#define DIFF(bit, cond)                                                        \
	diff |= ((attrs & (bit)) &&                                            \
		 (((a->ce_mask ^ b->ce_mask) & (bit)) || (cond))) ? (bit) : 0
	DIFF(SA_ATTR_SEL, xfrmnl_sel_cmp(a->sel, b->sel));
	DIFF(SA_ATTR_DADDR, _xfrmnl_addr_differ(a->daddr, b->daddr));
	DIFF(SA_ATTR_SPI, a->spi != b->spi);
	DIFF(SA_ATTR_PROTO, a->proto != b->proto);
	DIFF(SA_ATTR_SADDR, _xfrmnl_addr_differ(a->saddr, b->saddr));
	DIFF(SA_ATTR_LTIME_CFG, xfrmnl_ltime_cfg_cmp(a->lft, b->lft));
	DIFF(SA_ATTR_REQID, a->reqid != b->reqid);
	DIFF(SA_ATTR_FAMILY, a->family != b->family);
	DIFF(SA_ATTR_MODE, a->mode != b->mode);
	DIFF(SA_ATTR_REPLAY_WIN, a->replay_window != b->replay_window);
	DIFF(SA_ATTR_FLAGS, a->flags != b->flags);
	DIFF(SA_ATTR_AEAD, _xfrmnl_algo_differ(a->aead, b->aead));
	DIFF(SA_ATTR_AUTH, _xfrmnl_algo_differ(a->auth, b->auth));
	DIFF(SA_ATTR_CRYPT, _xfrmnl_algo_differ(a->crypt, b->crypt));
	DIFF(SA_ATTR_COMP, _xfrmnl_algo_differ(a->comp, b->comp));
	DIFF(SA_ATTR_ENCAP, encap_differ(a->encap, b->encap));
	DIFF(SA_ATTR_TFCPAD, a->tfcpad != b->tfcpad);
	DIFF(SA_ATTR_COADDR, _xfrmnl_addr_differ(a->coaddr, b->coaddr));
	DIFF(SA_ATTR_MARK, a->mark_v != b->mark_v || a->mark_m != b->mark_m);
	DIFF(SA_ATTR_SECCTX, _xfrmnl_ctx_differ(a->sec_ctx, b->sec_ctx));
	DIFF(SA_ATTR_REPLAY_MAXAGE, a->replay_maxage != b->replay_maxage);
	DIFF(SA_ATTR_REPLAY_MAXDIFF, a->replay_maxdiff != b->replay_maxdiff);
	DIFF(SA_ATTR_REPLAY_STATE, _xfrmnl_replay_differ(a->replay, b->replay));
	DIFF(SA_ATTR_EXPIRE, a->hard != b->hard);
	/* The user offload does not count, as upstream. */
	DIFF(SA_ATTR_IF_ID, a->if_id != b->if_id);
#undef DIFF
	return diff;
}

static char *sa_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, sa_attrs, ARRAY_SIZE(sa_attrs));
}

/* An association is identified by destination, SPI and protocol. */
static void sa_keygen(struct nl_object *obj, uint32_t *hashkey,
		      uint32_t table_sz)
{
	struct xfrmnl_sa *sa = (struct xfrmnl_sa *)obj;
	struct {
		uint32_t spi;
		uint8_t proto;
		uint8_t len;
		unsigned char addr[16];
	} __attribute__((packed)) key;

	memset(&key, 0, sizeof(key));
	key.spi = sa->spi;
	key.proto = sa->proto;
	if (sa->daddr) {
		key.len = nl_addr_get_len(sa->daddr) > 16 ? 16 :
			  nl_addr_get_len(sa->daddr);
		memcpy(key.addr, nl_addr_get_binary_addr(sa->daddr), key.len);
	}
	*hashkey = nl_hash(&key, sizeof(key), 0) % table_sz;
}

static const char *addr_or_none(struct nl_addr *a, char *buf, size_t len)
{
	return a ? nl_addr2str(a, buf, len) : "none";
}

static void sa_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct xfrmnl_sa *sa = (struct xfrmnl_sa *)obj;
	char a[INET6_ADDRSTRLEN + 8], b[INET6_ADDRSTRLEN + 8], s[128], t[64];

	nl_dump_line(p, "src %s dst %s family: %s\n",
		     addr_or_none(sa->saddr, a, sizeof(a)),
		     addr_or_none(sa->daddr, b, sizeof(b)),
		     nl_af2str(sa->family, t, sizeof(t)));
	nl_dump_line(p, "\tproto %s spi 0x%x reqid %u\n",
		     nl_ip_proto2str(sa->proto, t, sizeof(t)), sa->spi,
		     sa->reqid);
	xfrmnl_sa_flags2str(sa->flags, s, sizeof(s));
	nl_dump_line(p, "\tmode: %s flags: %s (0x%x) seq: %u replay window: %u\n",
		     xfrmnl_sa_mode2str(sa->mode, t, sizeof(t)), s, sa->flags,
		     sa->seq, sa->replay_window);
	_xfrmnl_dump_lft(sa->lft, p, 0);
	_xfrmnl_dump_curlft(&sa->curlft, p, 0);
	if (sa->aead) {
		nl_dump_line(p, "\tAEAD Algo: \n");
		nl_dump_line(p, "\t\tName: %s Key len(bits): %u ICV Len(bits): %u\n",
			     sa->aead->name, sa->aead->key_len,
			     sa->aead->trunc_len);
	}
	if (sa->auth) {
		nl_dump_line(p, "\tAuth Algo: \n");
		nl_dump_line(p, "\t\tName: %s Key len(bits): %u Trunc len(bits): %u\n",
			     sa->auth->name, sa->auth->key_len,
			     sa->auth->trunc_len);
	}
	if (sa->crypt) {
		nl_dump_line(p, "\tEncryption Algo: \n");
		nl_dump_line(p, "\t\tName: %s Key len(bits): %u\n",
			     sa->crypt->name, sa->crypt->key_len);
	}
	if (sa->comp) {
		nl_dump_line(p, "\tCompression Algo: \n");
		nl_dump_line(p, "\t\tName: %s Key len(bits): %u\n",
			     sa->comp->name, sa->comp->key_len);
	}
	if (sa->encap) {
		nl_dump_line(p, "\tEncapsulation template: \n");
		nl_dump_line(p, "\t\tType: %d Src port: %d Dst port: %d Encap addr: %s\n",
			     sa->encap->type, sa->encap->sport,
			     sa->encap->dport,
			     addr_or_none(sa->encap->oa, a, sizeof(a)));
	}
	if (HAS(sa, SA_ATTR_TFCPAD))
		nl_dump_line(p, "\tTFC Pad: %u\n", sa->tfcpad);
	if (sa->coaddr)
		nl_dump_line(p, "\tCO Address: %s\n",
			     nl_addr2str(sa->coaddr, a, sizeof(a)));
	if (HAS(sa, SA_ATTR_MARK))
		nl_dump_line(p, "\tMark mask: 0x%x Mark value: 0x%x\n",
			     sa->mark_m, sa->mark_v);
	if (sa->sec_ctx)
		nl_dump_line(p, "\tDOI: %d Algo: %d Len: %d ctx: %s\n",
			     sa->sec_ctx->ctx_doi, sa->sec_ctx->ctx_alg,
			     sa->sec_ctx->ctx_len, sa->sec_ctx->ctx);
	nl_dump_line(p, "\treplay info: \n");
	nl_dump_line(p, "\t\tmax age %u max diff %u \n", sa->replay_maxage,
		     sa->replay_maxdiff);
	_xfrmnl_replay_dump(sa->replay, p);
	nl_dump_line(p, "\tselector info: \n");
	_xfrmnl_dump_sel(sa->sel, p, "\t\t", "user");
	nl_dump_line(p, "\tHard: %d\n", sa->hard);
	nl_dump(p, "\n");
}

static void sa_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct xfrmnl_sa *sa = (struct xfrmnl_sa *)obj;

	nl_dump_line(p, "\tstats: \n");
	nl_dump_line(p, "\t\treplay window: %u replay: %u integrity failed: %u \n",
		     sa->stats_replay_window, sa->stats_replay,
		     sa->stats_integrity_failed);
}

static void sa_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	sa_dump_line(obj, p);
	sa_dump_stats(obj, p);
}

struct nl_object_ops xfrm_sa_obj_ops = {
	.oo_name = "xfrm/sa",
	.oo_size = sizeof(struct xfrmnl_sa),
	.oo_free_data = sa_free,
	.oo_clone = sa_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = sa_dump_line,
		[NL_DUMP_DETAILS] = sa_dump_details,
		[NL_DUMP_STATS] = sa_dump_stats,
	},
	.oo_compare = sa_compare,
	.oo_attrs2str = sa_attrs2str,
	.oo_keygen = sa_keygen,
	.oo_id_attrs = SA_ATTR_DADDR | SA_ATTR_SPI | SA_ATTR_PROTO,
};

/* ------------------------------------------------------------------ */
/* Allocation and the cache                                             */

/** A new, empty association, or NULL without memory. */
struct xfrmnl_sa *xfrmnl_sa_alloc(void)
{
	return (struct xfrmnl_sa *)nl_object_alloc(&xfrm_sa_obj_ops);
}

/** Drop a reference; the last frees the association. */
void xfrmnl_sa_put(struct xfrmnl_sa *sa)
{
	nl_object_put((struct nl_object *)sa);
}

static struct nl_cache_ops xfrmnl_sa_ops;

/**
 * Allocate the cache of the kernel's security associations and fill it
 * through @a sk (connected to NETLINK_XFRM).
 * @return 0 and the cache in @a result, or a negative error.
 */
int xfrmnl_sa_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&xfrmnl_sa_ops, sk, result);
}

/**
 * The association of @a cache with destination @a daddr, @a spi and
 * @a proto, with a reference taken; NULL when there is none.
 */
struct xfrmnl_sa *xfrmnl_sa_get(struct nl_cache *cache, struct nl_addr *daddr,
				unsigned int spi, unsigned int proto)
{
	struct nl_object *obj;

	if (!cache || !daddr || cache->c_ops != &xfrmnl_sa_ops)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct xfrmnl_sa *sa = (struct xfrmnl_sa *)obj;

		if (sa->daddr && !nl_addr_cmp(sa->daddr, daddr) &&
		    sa->spi == spi && sa->proto == proto) {
			nl_object_get(obj);
			return sa;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static int parse_attrs(struct xfrmnl_sa *sa, struct nlattr **tb)
{
	int err = 0;

	if (tb[XFRMA_ALG_AEAD]) {
		err = _xfrmnl_algo_parse(&sa->aead, tb[XFRMA_ALG_AEAD], 2);
		sa->ce_mask |= SA_ATTR_AEAD;
	}
	if (!err && tb[XFRMA_ALG_AUTH_TRUNC]) {
		err = _xfrmnl_algo_parse(&sa->auth, tb[XFRMA_ALG_AUTH_TRUNC], 1);
		sa->ce_mask |= SA_ATTR_AUTH;
	} else if (!err && tb[XFRMA_ALG_AUTH]) {
		err = _xfrmnl_algo_parse(&sa->auth, tb[XFRMA_ALG_AUTH], 0);
		sa->ce_mask |= SA_ATTR_AUTH;
	}
	if (!err && tb[XFRMA_ALG_CRYPT]) {
		err = _xfrmnl_algo_parse(&sa->crypt, tb[XFRMA_ALG_CRYPT], 0);
		sa->ce_mask |= SA_ATTR_CRYPT;
	}
	if (!err && tb[XFRMA_ALG_COMP]) {
		err = _xfrmnl_algo_parse(&sa->comp, tb[XFRMA_ALG_COMP], 0);
		sa->ce_mask |= SA_ATTR_COMP;
	}
	if (err)
		return err;
	if (tb[XFRMA_ENCAP]) {
		const struct xfrm_encap_tmpl *e = nla_data(tb[XFRMA_ENCAP]);

		sa->encap = calloc(1, sizeof(*sa->encap));
		if (!sa->encap)
			return -NLE_NOMEM;
		sa->encap->type = e->encap_type;
		sa->encap->sport = ntohs(e->encap_sport);
		sa->encap->dport = ntohs(e->encap_dport);
		sa->encap->oa = _xfrmnl_addr(sa->family, &e->encap_oa, -1);
		sa->ce_mask |= SA_ATTR_ENCAP;
	}
	if (tb[XFRMA_TFCPAD]) {
		sa->tfcpad = nla_get_u32(tb[XFRMA_TFCPAD]);
		sa->ce_mask |= SA_ATTR_TFCPAD;
	}
	if (tb[XFRMA_COADDR]) {
		sa->coaddr = _xfrmnl_addr(sa->family, nla_data(tb[XFRMA_COADDR]), -1);
		if (sa->coaddr)
			sa->ce_mask |= SA_ATTR_COADDR;
	}
	if (tb[XFRMA_MARK]) {
		const struct xfrm_mark *m = nla_data(tb[XFRMA_MARK]);

		sa->mark_v = m->v;
		sa->mark_m = m->m;
		sa->ce_mask |= SA_ATTR_MARK;
	}
	if (tb[XFRMA_SEC_CTX]) {
		err = _xfrmnl_ctx_parse(&sa->sec_ctx, tb[XFRMA_SEC_CTX]);
		if (err)
			return err;
		sa->ce_mask |= SA_ATTR_SECCTX;
	}
	if (tb[XFRMA_ETIMER_THRESH]) {
		sa->replay_maxage = nla_get_u32(tb[XFRMA_ETIMER_THRESH]);
		sa->ce_mask |= SA_ATTR_REPLAY_MAXAGE;
	}
	if (tb[XFRMA_REPLAY_THRESH]) {
		sa->replay_maxdiff = nla_get_u32(tb[XFRMA_REPLAY_THRESH]);
		sa->ce_mask |= SA_ATTR_REPLAY_MAXDIFF;
	}
	err = _xfrmnl_replay_parse(&sa->replay, tb);
	if (err)
		return err;
	if (sa->replay)
		sa->ce_mask |= SA_ATTR_REPLAY_STATE;
	if (tb[XFRMA_OFFLOAD_DEV]) {
		const struct xfrm_user_offload *o = nla_data(tb[XFRMA_OFFLOAD_DEV]);

		sa->offload_ifindex = o->ifindex;
		sa->offload_flags = o->flags;
		sa->ce_mask |= SA_ATTR_OFFLOAD;
	}
	if (tb[XFRMA_IF_ID]) {
		sa->if_id = nla_get_u32(tb[XFRMA_IF_ID]);
		sa->ce_mask |= SA_ATTR_IF_ID;
	}
	return 0;
}

/* @p: a struct xfrm_usersa_info where the message has it, aligned to 4 bytes
 * only (its lifetimes are 64-bit): read through an aligned copy */
static int fill_from_info(struct xfrmnl_sa *sa, const void *p)
{
	struct xfrm_usersa_info copy, *i = &copy;

	memcpy(&copy, p, sizeof(copy));
	sa->sel = _xfrmnl_sel_from_kernel(&i->sel);
	sa->lft = _xfrmnl_ltime_from_kernel(&i->lft);
	if (!sa->sel || !sa->lft)
		return -NLE_NOMEM;
	sa->daddr = _xfrmnl_addr(i->family, &i->id.daddr, -1);
	sa->saddr = _xfrmnl_addr(i->family, &i->saddr, -1);
	sa->spi = ntohl(i->id.spi);
	sa->proto = i->id.proto;
	sa->curlft.bytes = i->curlft.bytes;
	sa->curlft.packets = i->curlft.packets;
	sa->curlft.add_time = i->curlft.add_time;
	sa->curlft.use_time = i->curlft.use_time;
	sa->stats_replay_window = i->stats.replay_window;
	sa->stats_replay = i->stats.replay;
	sa->stats_integrity_failed = i->stats.integrity_failed;
	sa->seq = i->seq;
	sa->reqid = i->reqid;
	sa->family = i->family;
	sa->mode = i->mode;
	sa->replay_window = i->replay_window;
	sa->flags = i->flags;
	sa->ce_mask |= SA_ATTR_SEL | SA_ATTR_SPI | SA_ATTR_PROTO |
		       SA_ATTR_LTIME_CFG | SA_ATTR_LTIME_CUR | SA_ATTR_STATS |
		       SA_ATTR_SEQ | SA_ATTR_REQID | SA_ATTR_FAMILY |
		       SA_ATTR_MODE | SA_ATTR_REPLAY_WIN | SA_ATTR_FLAGS;
	if (sa->daddr)
		sa->ce_mask |= SA_ATTR_DADDR;
	if (sa->saddr)
		sa->ce_mask |= SA_ATTR_SADDR;
	return 0;
}

/**
 * Parse an association message (XFRM_MSG_NEWSA, UPDSA, DELSA as the
 * kernel sends them, or XFRM_MSG_EXPIRE) into a new object.
 * @return 0 and the object in @a result; -NLE_MSG_TOOSHORT, -NLE_RANGE,
 *         -NLE_NOMEM.
 */
int xfrmnl_sa_parse(struct nlmsghdr *n, struct xfrmnl_sa **result)
{
	struct nlattr *tb[XFRMA_MAX + 1];
	const struct xfrm_usersa_info *info;
	struct xfrmnl_sa *sa;
	int hdrlen, err;

	if (n->nlmsg_type == XFRM_MSG_EXPIRE)
		hdrlen = sizeof(struct xfrm_user_expire);
	else if (n->nlmsg_type == XFRM_MSG_DELSA)
		hdrlen = sizeof(struct xfrm_usersa_id);
	else
		hdrlen = sizeof(struct xfrm_usersa_info);
	if (!nlmsg_valid_hdr(n, hdrlen))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, hdrlen, tb, XFRMA_MAX, _xfrmnl_policy);
	if (err < 0)
		return err;
	sa = xfrmnl_sa_alloc();
	if (!sa)
		return -NLE_NOMEM;
	sa->ce_msgtype = n->nlmsg_type;

	if (n->nlmsg_type == XFRM_MSG_DELSA) {
		/* a deletion names the association; the kernel adds the
		 * whole state in XFRMA_SA */
		const struct xfrm_usersa_id *id = nlmsg_data(n);

		if (tb[XFRMA_SA] &&
		    nla_len(tb[XFRMA_SA]) >= (int)sizeof(*info)) {
			err = fill_from_info(sa, nla_data(tb[XFRMA_SA]));
		} else {
			sa->daddr = _xfrmnl_addr(id->family, &id->daddr, -1);
			sa->spi = ntohl(id->spi);
			sa->proto = id->proto;
			sa->family = id->family;
			sa->ce_mask |= SA_ATTR_SPI | SA_ATTR_PROTO |
				       SA_ATTR_FAMILY |
				       (sa->daddr ? SA_ATTR_DADDR : 0);
		}
	} else if (n->nlmsg_type == XFRM_MSG_EXPIRE) {
		const char *ex = nlmsg_data(n);

		err = fill_from_info(sa, ex + offsetof(struct xfrm_user_expire,
						       state));
		sa->hard = ex[offsetof(struct xfrm_user_expire, hard)];
		sa->ce_mask |= SA_ATTR_EXPIRE;
	} else {
		err = fill_from_info(sa, nlmsg_data(n));
	}
	if (!err)
		err = parse_attrs(sa, tb);
	if (err) {
		xfrmnl_sa_put(sa);
		return err;
	}
	*result = sa;
	return 0;
}

static int sa_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct xfrmnl_sa *sa;
	int err = xfrmnl_sa_parse(n, &sa);

	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)sa, pp);
	xfrmnl_sa_put(sa);
	return err;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/**
 * Build a request for the association of destination @a daddr, @a spi
 * and @a protocol (and mark value/mask @a mark_v / @a mark_m when the mask
 * is not 0).
 * @return 0 and the message in @a result; -NLE_MISSING_ATTR without
 *         @a daddr or @a spi; -NLE_NOMEM.
 */
int xfrmnl_sa_build_get_request(struct nl_addr *daddr, unsigned int spi,
				unsigned int protocol, unsigned int mark_v,
				unsigned int mark_m, struct nl_msg **result)
{
	struct xfrm_usersa_id id;
	struct nl_msg *msg;

	if (!daddr || !spi)
		return -NLE_MISSING_ATTR;
	memset(&id, 0, sizeof(id));
	_xfrmnl_addr_put_raw(&id.daddr, daddr);
	id.spi = htonl(spi);
	id.family = nl_addr_get_family(daddr);
	id.proto = protocol;
	msg = nlmsg_alloc_simple(XFRM_MSG_GETSA, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &id, sizeof(id), NLMSG_ALIGNTO) < 0 ||
	    (mark_m && _xfrmnl_mark_put(msg, mark_v, mark_m) < 0)) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	*result = msg;
	return 0;
}

/**
 * Ask the kernel for one association and parse its answer.
 * @return 0 and the association in @a result, or a negative error
 *         (-NLE_OBJ_NOTFOUND when the kernel has none).
 */
int xfrmnl_sa_get_kernel(struct nl_sock *sock, struct nl_addr *daddr,
			 unsigned int spi, unsigned int protocol,
			 unsigned int mark_v, unsigned int mark_m,
			 struct xfrmnl_sa **result)
{
	struct nl_msg *msg;
	int err;

	if (!sock || !result)
		return -NLE_INVAL;
	err = xfrmnl_sa_build_get_request(daddr, spi, protocol, mark_v, mark_m,
					  &msg);
	if (err < 0)
		return err;
	return _nl_get_kernel_obj(sock, msg, sa_msg_parser,
				  (struct nl_object **)result);
}

static int build_sa(int cmd, struct xfrmnl_sa *sa, int flags,
		    struct nl_msg **result)
{
	struct xfrm_usersa_info info;
	struct nl_msg *msg;
	struct xfrm_encap_tmpl encap;
	xfrm_address_t co;

	if (!HAS(sa, SA_ATTR_DADDR) || !HAS(sa, SA_ATTR_SPI) ||
	    !HAS(sa, SA_ATTR_PROTO))
		return -NLE_MISSING_ATTR;
	memset(&info, 0, sizeof(info));
	_xfrmnl_sel_to_kernel(&info.sel, sa->sel);
	_xfrmnl_addr_put_raw(&info.id.daddr, sa->daddr);
	info.id.spi = htonl(sa->spi);
	info.id.proto = sa->proto;
	_xfrmnl_addr_put_raw(&info.saddr, sa->saddr);
	_xfrmnl_ltime_to_kernel(&info.lft, sa->lft);
	info.seq = sa->seq;
	info.reqid = sa->reqid;
	info.family = sa->family;
	info.mode = sa->mode;
	info.replay_window = sa->replay_window;
	info.flags = sa->flags;

	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &info, sizeof(info), NLMSG_ALIGNTO) < 0)
		goto nomem;
	if (sa->aead && _xfrmnl_algo_put(msg, XFRMA_ALG_AEAD, sa->aead, 2) < 0)
		goto nomem;
	if (sa->auth &&
	    _xfrmnl_algo_put(msg, XFRMA_ALG_AUTH_TRUNC, sa->auth, 1) < 0)
		goto nomem;
	if (sa->crypt && _xfrmnl_algo_put(msg, XFRMA_ALG_CRYPT, sa->crypt, 0) < 0)
		goto nomem;
	if (sa->comp && _xfrmnl_algo_put(msg, XFRMA_ALG_COMP, sa->comp, 0) < 0)
		goto nomem;
	if (sa->encap) {
		memset(&encap, 0, sizeof(encap));
		encap.encap_type = sa->encap->type;
		encap.encap_sport = htons(sa->encap->sport);
		encap.encap_dport = htons(sa->encap->dport);
		_xfrmnl_addr_put_raw(&encap.encap_oa, sa->encap->oa);
		if (nla_put(msg, XFRMA_ENCAP, sizeof(encap), &encap) < 0)
			goto nomem;
	}
	if (HAS(sa, SA_ATTR_TFCPAD) &&
	    nla_put_u32(msg, XFRMA_TFCPAD, sa->tfcpad) < 0)
		goto nomem;
	if (sa->coaddr) {
		_xfrmnl_addr_put_raw(&co, sa->coaddr);
		if (nla_put(msg, XFRMA_COADDR, sizeof(co), &co) < 0)
			goto nomem;
	}
	if (HAS(sa, SA_ATTR_MARK) && _xfrmnl_mark_put(msg, sa->mark_v, sa->mark_m) < 0)
		goto nomem;
	if (sa->sec_ctx && _xfrmnl_ctx_put(msg, sa->sec_ctx) < 0)
		goto nomem;
	if (HAS(sa, SA_ATTR_REPLAY_MAXAGE) &&
	    nla_put_u32(msg, XFRMA_ETIMER_THRESH, sa->replay_maxage) < 0)
		goto nomem;
	if (HAS(sa, SA_ATTR_REPLAY_MAXDIFF) &&
	    nla_put_u32(msg, XFRMA_REPLAY_THRESH, sa->replay_maxdiff) < 0)
		goto nomem;
	if (sa->replay && _xfrmnl_replay_put(msg, sa->replay) < 0)
		goto nomem;
	if (HAS(sa, SA_ATTR_OFFLOAD)) {
		struct xfrm_user_offload o = { .ifindex = sa->offload_ifindex,
					       .flags = sa->offload_flags };

		if (nla_put(msg, XFRMA_OFFLOAD_DEV, sizeof(o), &o) < 0)
			goto nomem;
	}
	if (HAS(sa, SA_ATTR_IF_ID) &&
	    nla_put_u32(msg, XFRMA_IF_ID, sa->if_id) < 0)
		goto nomem;
	*result = msg;
	return 0;
nomem:
	nlmsg_free(msg);
	return -NLE_MSGSIZE;
}

/**
 * Build an XFRM_MSG_NEWSA request for @a tmpl (destination, SPI and
 * protocol are required).
 * @return 0 and the message, -NLE_MISSING_ATTR or -NLE_MSGSIZE.
 */
int xfrmnl_sa_build_add_request(struct xfrmnl_sa *tmpl, int flags,
				struct nl_msg **result)
{
	return build_sa(XFRM_MSG_NEWSA, tmpl, flags, result);
}

/** Add the association @a tmpl to the kernel and wait for the answer. */
int xfrmnl_sa_add(struct nl_sock *sk, struct xfrmnl_sa *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sa_build_add_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/** Build an XFRM_MSG_UPDSA request for @a tmpl. */
int xfrmnl_sa_build_update_request(struct xfrmnl_sa *tmpl, int flags,
				   struct nl_msg **result)
{
	return build_sa(XFRM_MSG_UPDSA, tmpl, flags, result);
}

/** Update the kernel's association @a tmpl and wait for the answer. */
int xfrmnl_sa_update(struct nl_sock *sk, struct xfrmnl_sa *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sa_build_update_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/**
 * Build an XFRM_MSG_DELSA request naming @a tmpl by destination, SPI and
 * protocol (and mark, when set).
 */
int xfrmnl_sa_build_delete_request(struct xfrmnl_sa *tmpl, int flags,
				   struct nl_msg **result)
{
	struct xfrm_usersa_id id;
	struct nl_msg *msg;

	if (!HAS(tmpl, SA_ATTR_DADDR) || !HAS(tmpl, SA_ATTR_SPI) ||
	    !HAS(tmpl, SA_ATTR_PROTO))
		return -NLE_MISSING_ATTR;
	memset(&id, 0, sizeof(id));
	_xfrmnl_addr_put_raw(&id.daddr, tmpl->daddr);
	id.spi = htonl(tmpl->spi);
	id.family = nl_addr_get_family(tmpl->daddr);
	id.proto = tmpl->proto;
	msg = nlmsg_alloc_simple(XFRM_MSG_DELSA, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &id, sizeof(id), NLMSG_ALIGNTO) < 0 ||
	    (HAS(tmpl, SA_ATTR_MARK) &&
	     _xfrmnl_mark_put(msg, tmpl->mark_v, tmpl->mark_m) < 0)) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/** Delete the kernel's association @a tmpl and wait for the answer. */
int xfrmnl_sa_delete(struct nl_sock *sk, struct xfrmnl_sa *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sa_build_delete_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** The selector (no reference taken), or NULL. */
struct xfrmnl_sel *xfrmnl_sa_get_sel(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_SEL) ? sa->sel : NULL;
}

/** Set the selector (the association takes a reference). @return 0 */
int xfrmnl_sa_set_sel(struct xfrmnl_sa *sa, struct xfrmnl_sel *sel)
{
	xfrmnl_sel_get(sel);
	xfrmnl_sel_put(sa->sel);
	sa->sel = sel;
	sa->ce_mask |= SA_ATTR_SEL;
	return 0;
}

/** The lifetime configuration (no reference taken), or NULL. */
struct xfrmnl_ltime_cfg *xfrmnl_sa_get_lifetime_cfg(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_LTIME_CFG) ? sa->lft : NULL;
}

/** Set the lifetime configuration (a reference is taken). @return 0 */
int xfrmnl_sa_set_lifetime_cfg(struct xfrmnl_sa *sa,
			       struct xfrmnl_ltime_cfg *ltime)
{
	xfrmnl_ltime_cfg_get(ltime);
	xfrmnl_ltime_cfg_put(sa->lft);
	sa->lft = ltime;
	sa->ce_mask |= SA_ATTR_LTIME_CFG;
	return 0;
}

static int set_addr(struct xfrmnl_sa *sa, struct nl_addr **pos,
		    struct nl_addr *addr, uint64_t bit)
{
	nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	sa->ce_mask |= bit;
	return 0;
}

/** Destination address (no reference taken), or NULL. */
struct nl_addr *xfrmnl_sa_get_daddr(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_DADDR) ? sa->daddr : NULL;
}

/** Set the destination address (a reference is taken). @return 0 */
int xfrmnl_sa_set_daddr(struct xfrmnl_sa *sa, struct nl_addr *addr)
{
	return set_addr(sa, &sa->daddr, addr, SA_ATTR_DADDR);
}

/** Source address (no reference taken), or NULL. */
struct nl_addr *xfrmnl_sa_get_saddr(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_SADDR) ? sa->saddr : NULL;
}

/** Set the source address (a reference is taken). @return 0 */
int xfrmnl_sa_set_saddr(struct xfrmnl_sa *sa, struct nl_addr *addr)
{
	return set_addr(sa, &sa->saddr, addr, SA_ATTR_SADDR);
}

/** Care-of address (no reference taken), or NULL. */
struct nl_addr *xfrmnl_sa_get_coaddr(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_COADDR) ? sa->coaddr : NULL;
}

/** Set the care-of address (a reference is taken). @return 0 */
int xfrmnl_sa_set_coaddr(struct xfrmnl_sa *sa, struct nl_addr *coaddr)
{
	return set_addr(sa, &sa->coaddr, coaddr, SA_ATTR_COADDR);
}

/* Scalars: a getter returns the value, or -1 when it is not set; a
 * setter stores it and returns 0. */
#define SA_FIELD(name, member, bit)                                            \
	int xfrmnl_sa_get_##name(struct xfrmnl_sa *sa)                         \
	{                                                                      \
		return HAS(sa, bit) ? (int)sa->member : -1;                    \
	}                                                                      \
	int xfrmnl_sa_set_##name(struct xfrmnl_sa *sa, unsigned int v)         \
	{                                                                      \
		sa->member = v;                                                \
		sa->ce_mask |= (bit);                                          \
		return 0;                                                      \
	}

SA_FIELD(spi, spi, SA_ATTR_SPI)
SA_FIELD(proto, proto, SA_ATTR_PROTO)
SA_FIELD(reqid, reqid, SA_ATTR_REQID)
SA_FIELD(family, family, SA_ATTR_FAMILY)
SA_FIELD(mode, mode, SA_ATTR_MODE)
SA_FIELD(replay_window, replay_window, SA_ATTR_REPLAY_WIN)
SA_FIELD(flags, flags, SA_ATTR_FLAGS)
SA_FIELD(tfcpad, tfcpad, SA_ATTR_TFCPAD)
SA_FIELD(replay_maxage, replay_maxage, SA_ATTR_REPLAY_MAXAGE)
SA_FIELD(replay_maxdiff, replay_maxdiff, SA_ATTR_REPLAY_MAXDIFF)

/** Sequence number the kernel reported, or -1. */
int xfrmnl_sa_get_seq(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_SEQ) ? (int)sa->seq : -1;
}

/**
 * Current lifetime: bytes and packets processed, time added and first
 * used (seconds since the epoch).
 * @return 0, or -1 when the kernel reported none or an argument is NULL.
 */
int xfrmnl_sa_get_curlifetime(struct xfrmnl_sa *sa, unsigned long long *curr_bytes,
			      unsigned long long *curr_packets,
			      unsigned long long *curr_add_time,
			      unsigned long long *curr_use_time)
{
	if (!sa || !curr_bytes || !curr_packets || !curr_add_time ||
	    !curr_use_time || !HAS(sa, SA_ATTR_LTIME_CUR))
		return -1;
	*curr_bytes = sa->curlft.bytes;
	*curr_packets = sa->curlft.packets;
	*curr_add_time = sa->curlft.add_time;
	*curr_use_time = sa->curlft.use_time;
	return 0;
}

/**
 * Statistics: replay window, replayed packets, integrity failures.
 * @return 0, or -1 when the kernel reported none or an argument is NULL.
 */
int xfrmnl_sa_get_stats(struct xfrmnl_sa *sa, unsigned long long *replay_window,
			unsigned long long *replay,
			unsigned long long *integrity_failed)
{
	if (!sa || !replay_window || !replay || !integrity_failed ||
	    !HAS(sa, SA_ATTR_STATS))
		return -1;
	*replay_window = sa->stats_replay_window;
	*replay = sa->stats_replay;
	*integrity_failed = sa->stats_integrity_failed;
	return 0;
}

/**
 * AEAD algorithm: name (up to 64 bytes are written to @a alg_name), key
 * length and ICV length in bits, key ((key_len + 7) / 8 bytes).
 * @return 0, or -1 when not set.
 */
int xfrmnl_sa_get_aead_params(struct xfrmnl_sa *sa, char *alg_name,
			      unsigned int *key_len, unsigned int *icv_len,
			      char *key)
{
	return HAS(sa, SA_ATTR_AEAD) ?
		_xfrmnl_algo_get(sa->aead, alg_name, key_len, icv_len, key) : -1;
}

/** Set the AEAD algorithm. @return 0, -1 for a name of 64 bytes or more. */
int xfrmnl_sa_set_aead_params(struct xfrmnl_sa *sa, const char *alg_name,
			      unsigned int key_len, unsigned int icv_len,
			      const char *key)
{
	int err = _xfrmnl_algo_set(&sa->aead, alg_name, key_len, icv_len, key);

	if (!err)
		sa->ce_mask |= SA_ATTR_AEAD;
	return err;
}

/** Authentication algorithm, with truncation length in bits. */
int xfrmnl_sa_get_auth_params(struct xfrmnl_sa *sa, char *alg_name,
			      unsigned int *key_len, unsigned int *trunc_len,
			      char *key)
{
	return HAS(sa, SA_ATTR_AUTH) ?
		_xfrmnl_algo_get(sa->auth, alg_name, key_len, trunc_len, key) : -1;
}

/** Set the authentication algorithm (sent as XFRMA_ALG_AUTH_TRUNC). */
int xfrmnl_sa_set_auth_params(struct xfrmnl_sa *sa, const char *alg_name,
			      unsigned int key_len, unsigned int trunc_len,
			      const char *key)
{
	int err = _xfrmnl_algo_set(&sa->auth, alg_name, key_len, trunc_len, key);

	if (!err)
		sa->ce_mask |= SA_ATTR_AUTH;
	return err;
}

/** Encryption algorithm. @return 0, or -1 when not set. */
int xfrmnl_sa_get_crypto_params(struct xfrmnl_sa *sa, char *alg_name,
				unsigned int *key_len, char *key)
{
	return HAS(sa, SA_ATTR_CRYPT) ?
		_xfrmnl_algo_get(sa->crypt, alg_name, key_len, NULL, key) : -1;
}

/** Set the encryption algorithm. */
int xfrmnl_sa_set_crypto_params(struct xfrmnl_sa *sa, const char *alg_name,
				unsigned int key_len, const char *key)
{
	int err = _xfrmnl_algo_set(&sa->crypt, alg_name, key_len, 0, key);

	if (!err)
		sa->ce_mask |= SA_ATTR_CRYPT;
	return err;
}

/** Compression algorithm. @return 0, or -1 when not set. */
int xfrmnl_sa_get_comp_params(struct xfrmnl_sa *sa, char *alg_name,
			      unsigned int *key_len, char *key)
{
	return HAS(sa, SA_ATTR_COMP) ?
		_xfrmnl_algo_get(sa->comp, alg_name, key_len, NULL, key) : -1;
}

/** Set the compression algorithm. */
int xfrmnl_sa_set_comp_params(struct xfrmnl_sa *sa, const char *alg_name,
			      unsigned int key_len, const char *key)
{
	int err = _xfrmnl_algo_set(&sa->comp, alg_name, key_len, 0, key);

	if (!err)
		sa->ce_mask |= SA_ATTR_COMP;
	return err;
}

/**
 * UDP encapsulation (NAT traversal): type, source and destination ports,
 * original address (no reference taken: it stays the association's).
 * @return 0, or -1 when not set.
 */
int xfrmnl_sa_get_encap_tmpl(struct xfrmnl_sa *sa, unsigned int *encap_type,
			     unsigned int *encap_sport, unsigned int *encap_dport,
			     struct nl_addr **encap_oa)
{
	if (!HAS(sa, SA_ATTR_ENCAP) || !sa->encap)
		return -1;
	*encap_type = sa->encap->type;
	*encap_sport = sa->encap->sport;
	*encap_dport = sa->encap->dport;
	*encap_oa = sa->encap->oa;
	return 0;
}

/** Set the UDP encapsulation (a reference on @a encap_oa is taken). */
int xfrmnl_sa_set_encap_tmpl(struct xfrmnl_sa *sa, unsigned int encap_type,
			     unsigned int encap_sport, unsigned int encap_dport,
			     struct nl_addr *encap_oa)
{
	struct xfrmnl_encap *e = calloc(1, sizeof(*e));

	if (!e)
		return -NLE_NOMEM;
	e->type = encap_type;
	e->sport = encap_sport;
	e->dport = encap_dport;
	e->oa = encap_oa ? nl_addr_get(encap_oa) : NULL;
	encap_free(sa->encap);
	sa->encap = e;
	sa->ce_mask |= SA_ATTR_ENCAP;
	return 0;
}

/** Mark mask and value, in that order. @return 0, or -1 when not set. */
int xfrmnl_sa_get_mark(struct xfrmnl_sa *sa, unsigned int *mark_mask,
		       unsigned int *mark_value)
{
	if (!HAS(sa, SA_ATTR_MARK))
		return -1;
	if (mark_mask)
		*mark_mask = sa->mark_m;
	if (mark_value)
		*mark_value = sa->mark_v;
	return 0;
}

/** Set the mark: @a value and @a mask. @return 0 */
int xfrmnl_sa_set_mark(struct xfrmnl_sa *sa, unsigned int value,
		       unsigned int mask)
{
	sa->mark_v = value;
	sa->mark_m = mask;
	sa->ce_mask |= SA_ATTR_MARK;
	return 0;
}

/** XFRM interface id. @return 0, or -NLE_NOATTR when not set. */
int xfrmnl_sa_get_if_id(struct xfrmnl_sa *sa, uint32_t *out_if_id)
{
	if (!HAS(sa, SA_ATTR_IF_ID))
		return -NLE_NOATTR;
	if (out_if_id)
		*out_if_id = sa->if_id;
	return 0;
}

/** Set the XFRM interface id (XFRMA_IF_ID). @return 0 */
int xfrmnl_sa_set_if_id(struct xfrmnl_sa *sa, uint32_t if_id)
{
	sa->if_id = if_id;
	sa->ce_mask |= SA_ATTR_IF_ID;
	return 0;
}

/**
 * Security context: domain of interpretation, algorithm, length of the
 * context text, SID (kept for the caller, not sent), and the text
 * (@a len bytes are written to @a ctx_str).
 * @return 0, or -1 when not set.
 */
int xfrmnl_sa_get_sec_ctx(struct xfrmnl_sa *sa, unsigned int *doi,
			  unsigned int *alg, unsigned int *len,
			  unsigned int *sid, char *ctx_str)
{
	struct xfrmnl_sec_ctx *c = sa->sec_ctx;

	if (!HAS(sa, SA_ATTR_SECCTX) || !c)
		return -1;
	if (doi)
		*doi = c->ctx_doi;
	if (alg)
		*alg = c->ctx_alg;
	if (len)
		*len = c->ctx_len;
	if (sid)
		*sid = c->ctx_sid;
	if (ctx_str)
		memcpy(ctx_str, c->ctx, c->ctx_len);
	return 0;
}

/** Set the security context (see xfrmnl_sa_get_sec_ctx()). */
int xfrmnl_sa_set_sec_ctx(struct xfrmnl_sa *sa, unsigned int doi,
			  unsigned int alg, unsigned int len, unsigned int sid,
			  const char *ctx_str)
{
	int err = _xfrmnl_ctx_set(&sa->sec_ctx, doi, alg, len, sid, ctx_str);

	if (!err)
		sa->ce_mask |= SA_ATTR_SECCTX;
	return err;
}

/**
 * Replay state (without extended sequence numbers): output and input
 * sequence numbers and the bitmap.
 * @return 0, or -1 when not set or when the state is an ESN one.
 */
int xfrmnl_sa_get_replay_state(struct xfrmnl_sa *sa, unsigned int *oseq,
			       unsigned int *seq, unsigned int *bmp)
{
	return _xfrmnl_replay_get(sa->replay, 0, oseq, seq, bmp, NULL, NULL,
				  NULL, NULL, NULL);
}

/** Set a replay state without extended sequence numbers. */
int xfrmnl_sa_set_replay_state(struct xfrmnl_sa *sa, unsigned int oseq,
			       unsigned int seq, unsigned int bmp)
{
	int err = _xfrmnl_replay_set(&sa->replay, 0, oseq, seq, bmp, 0, 0, 0,
				     0, NULL);

	if (!err)
		sa->ce_mask |= SA_ATTR_REPLAY_STATE;
	return err;
}

/**
 * Replay state with extended sequence numbers: output and input sequence
 * numbers (low and high halves), window, bitmap length in 32-bit words and
 * the bitmap (@a bmp_len words are copied to @a bmp).
 * @return 0, or -1 when not set or not an ESN state.
 */
int xfrmnl_sa_get_replay_state_esn(struct xfrmnl_sa *sa, unsigned int *oseq,
				   unsigned int *seq, unsigned int *oseq_hi,
				   unsigned int *seq_hi,
				   unsigned int *replay_window,
				   unsigned int *bmp_len, unsigned int *bmp)
{
	return _xfrmnl_replay_get(sa->replay, 1, oseq, seq, NULL, oseq_hi,
				  seq_hi, replay_window, bmp_len, bmp);
}

/** Set an ESN replay state; @a bmp holds @a bmp_len 32-bit words. */
int xfrmnl_sa_set_replay_state_esn(struct xfrmnl_sa *sa, unsigned int oseq,
				   unsigned int seq, unsigned int oseq_hi,
				   unsigned int seq_hi,
				   unsigned int replay_window,
				   unsigned int bmp_len, unsigned int *bmp)
{
	int err = _xfrmnl_replay_set(&sa->replay, 1, oseq, seq, 0, oseq_hi,
				     seq_hi, replay_window, bmp_len, bmp);

	if (!err)
		sa->ce_mask |= SA_ATTR_REPLAY_STATE;
	return err;
}

/**
 * Hardware offload: interface index and XFRM_OFFLOAD_* flags.
 * @return 0, or -1 when not set.
 */
int xfrmnl_sa_get_user_offload(struct xfrmnl_sa *sa, int *ifindex,
			       uint8_t *flags)
{
	if (!HAS(sa, SA_ATTR_OFFLOAD))
		return -1;
	if (ifindex)
		*ifindex = sa->offload_ifindex;
	if (flags)
		*flags = sa->offload_flags;
	return 0;
}

/** Set hardware offload (XFRMA_OFFLOAD_DEV). @return 0 */
int xfrmnl_sa_set_user_offload(struct xfrmnl_sa *sa, int ifindex, uint8_t flags)
{
	sa->offload_ifindex = ifindex;
	sa->offload_flags = flags;
	sa->ce_mask |= SA_ATTR_OFFLOAD;
	return 0;
}

/** 1 when the object came from an expiry notice (soft or hard). */
int xfrmnl_sa_is_expiry_reached(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_EXPIRE) ? 1 : 0;
}

/** 1 when the object came from a hard expiry notice. */
int xfrmnl_sa_is_hardexpiry_reached(struct xfrmnl_sa *sa)
{
	return HAS(sa, SA_ATTR_EXPIRE) && sa->hard ? 1 : 0;
}

/* ------------------------------------------------------------------ */

static int sa_request_update(struct nl_cache *c, struct nl_sock *h)
{
	return nl_send_simple(h, XFRM_MSG_GETSA, NLM_F_DUMP, NULL, 0);
}

static struct nl_af_group sa_groups[] = {
	{ AF_UNSPEC, XFRMNLGRP_SA },
	{ AF_UNSPEC, XFRMNLGRP_EXPIRE },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops xfrmnl_sa_ops = {
	.co_name = "xfrm/sa",
	.co_hdrsize = sizeof(struct xfrm_usersa_id),
	.co_msgtypes = {
		{ XFRM_MSG_NEWSA, NL_ACT_NEW, "new" },
		{ XFRM_MSG_DELSA, NL_ACT_DEL, "del" },
		{ XFRM_MSG_GETSA, NL_ACT_GET, "get" },
		{ XFRM_MSG_EXPIRE, NL_ACT_UNSPEC, "expire" },
		{ XFRM_MSG_UPDSA, NL_ACT_NEW, "update" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_XFRM,
	.co_groups = sa_groups,
	.co_request_update = sa_request_update,
	.co_msg_parser = sa_msg_parser,
	.co_obj_ops = &xfrm_sa_obj_ops,
};

static void __attribute__((constructor)) sa_init(void)
{
	nl_cache_mngt_register(&xfrmnl_sa_ops);
}

static void __attribute__((destructor)) sa_exit(void)
{
	nl_cache_mngt_unregister(&xfrmnl_sa_ops);
}
