/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The ematch kinds: container, cmp (compare a word), nbyte (compare
 * bytes), text (string search) and meta (compare packet metadata).
 */

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/cls/ematch/cmp.h>
#include <netlink/route/cls/ematch/nbyte.h>
#include <netlink/route/cls/ematch/text.h>
#include <netlink/route/cls/ematch/meta.h>

static int append(struct nl_msg *msg, const void *data, size_t len)
{
	return nlmsg_append(msg, (void *)data, len, NLMSG_ALIGNTO) < 0 ?
		       -NLE_NOMEM :
		       0;
}

/* ------------------------------------------------------------------ */
/* container: its children are handled by the tree code                 */

static struct rtnl_ematch_ops container_ops = {
	.eo_kind = TCF_EM_CONTAINER,
	.eo_name = "container",
	.eo_minlen = sizeof(uint32_t),
};

/* ------------------------------------------------------------------ */
/* cmp                                                                  */

/** Set the comparison of the cmp ematch @a e (copied). */
void rtnl_ematch_cmp_set(struct rtnl_ematch *e, struct tcf_em_cmp *cfg)
{
	if (e->e_data && cfg)
		memcpy(e->e_data, cfg, sizeof(*cfg));
}

/** The comparison of the cmp ematch @a e (owned by @a e). */
struct tcf_em_cmp *rtnl_ematch_cmp_get(struct rtnl_ematch *e)
{
	return e->e_data;
}

static int cmp_parse(struct rtnl_ematch *e, void *data, size_t len)
{
	memcpy(e->e_data, data,
	       len < sizeof(struct tcf_em_cmp) ? len : sizeof(struct tcf_em_cmp));
	return 0;
}

static int cmp_fill(struct rtnl_ematch *e, struct nl_msg *msg)
{
	return append(msg, e->e_data, sizeof(struct tcf_em_cmp));
}

static const char *align_name(unsigned int align)
{
	switch (align) {
	case TCF_EM_ALIGN_U8:
		return "u8";
	case TCF_EM_ALIGN_U16:
		return "u16";
	case TCF_EM_ALIGN_U32:
		return "u32";
	}
	return "?";
}

static void cmp_dump(struct rtnl_ematch *e, struct nl_dump_params *p)
{
	struct tcf_em_cmp *c = e->e_data;
	char off[32], op[8];

	nl_dump(p, "%s at %s", align_name(c->align),
		rtnl_ematch_offset2txt(c->layer, c->off, off, sizeof(off)));
	if (c->mask)
		nl_dump(p, " & 0x%x", c->mask);
	nl_dump(p, " %s %u", rtnl_ematch_opnd2txt(c->opnd, op, sizeof(op)),
		c->val);
}

static struct rtnl_ematch_ops cmp_ops = {
	.eo_kind = TCF_EM_CMP,
	.eo_name = "cmp",
	.eo_minlen = sizeof(struct tcf_em_cmp),
	.eo_datalen = sizeof(struct tcf_em_cmp),
	.eo_parse = cmp_parse,
	.eo_dump = cmp_dump,
	.eo_fill = cmp_fill,
};

/* ------------------------------------------------------------------ */
/* nbyte                                                                */

struct nbyte_data {
	struct tcf_em_nbyte cfg;
	uint8_t *pattern;
	size_t len;	/* may exceed the 12 bits of cfg.len: fill refuses */
};

/** Where the nbyte ematch @a e compares: @a layer and @a offset. */
void rtnl_ematch_nbyte_set_offset(struct rtnl_ematch *e, uint8_t layer,
				  uint16_t offset)
{
	struct nbyte_data *n = e->e_data;

	n->cfg.layer = layer & 0xf;
	n->cfg.off = offset;
}

/** Offset of the nbyte ematch @a e. */
uint16_t rtnl_ematch_nbyte_get_offset(struct rtnl_ematch *e)
{
	return ((struct nbyte_data *)e->e_data)->cfg.off;
}

/** Layer (TCF_LAYER_*) of the nbyte ematch @a e. */
uint8_t rtnl_ematch_nbyte_get_layer(struct rtnl_ematch *e)
{
	return ((struct nbyte_data *)e->e_data)->cfg.layer;
}

/**
 * Set the bytes the nbyte ematch @a e looks for.  @a e takes ownership of
 * @a pattern (malloc'ed memory) and frees it.  The kernel takes at most
 * 4095 bytes: rtnl_ematch_fill_attr() refuses a longer pattern with
 * -NLE_RANGE.
 */
void rtnl_ematch_nbyte_set_pattern(struct rtnl_ematch *e, uint8_t *pattern,
				   size_t len)
{
	struct nbyte_data *n = e->e_data;

	if (n->pattern != pattern)
		free(n->pattern);
	n->pattern = pattern;
	n->len = len;
	n->cfg.len = len <= 0xfff ? len : 0;
}

/** The pattern of the nbyte ematch @a e (owned by @a e). */
uint8_t *rtnl_ematch_nbyte_get_pattern(struct rtnl_ematch *e)
{
	return ((struct nbyte_data *)e->e_data)->pattern;
}

/** Length of the pattern of the nbyte ematch @a e. */
size_t rtnl_ematch_nbyte_get_len(struct rtnl_ematch *e)
{
	return ((struct nbyte_data *)e->e_data)->len;
}

static int nbyte_parse(struct rtnl_ematch *e, void *data, size_t len)
{
	struct nbyte_data *n = e->e_data;
	size_t plen;

	memcpy(&n->cfg, data, sizeof(n->cfg));
	plen = n->cfg.len;
	if (plen > len - sizeof(n->cfg))
		return -NLE_INVAL;
	free(n->pattern);
	n->pattern = NULL;
	n->len = plen;
	if (plen) {
		n->pattern = malloc(plen);
		if (!n->pattern)
			return -NLE_NOMEM;
		memcpy(n->pattern, (char *)data + sizeof(n->cfg), plen);
	}
	return 0;
}

static int nbyte_fill(struct rtnl_ematch *e, struct nl_msg *msg)
{
	struct nbyte_data *n = e->e_data;
	int err;

	if (n->len > 0xfff || (n->len && !n->pattern))
		return -NLE_RANGE;
	err = append(msg, &n->cfg, sizeof(n->cfg));
	if (err >= 0 && n->len)
		err = append(msg, n->pattern, n->len);
	return err;
}

static void nbyte_free(struct rtnl_ematch *e)
{
	struct nbyte_data *n = e->e_data;

	if (n) {
		free(n->pattern);
		n->pattern = NULL;
	}
}

static void nbyte_dump(struct rtnl_ematch *e, struct nl_dump_params *p)
{
	static const char *layers[] = { "link", "net", "trans" };
	struct nbyte_data *n = e->e_data;
	size_t i;

	nl_dump(p, "pattern(%zu:[", n->len);
	for (i = 0; n->pattern && i < n->len; i++)
		nl_dump(p, "%s%02x", i ? " " : "", n->pattern[i]);
	nl_dump(p, "] at %s+%u)",
		n->cfg.layer < ARRAY_SIZE(layers) ? layers[n->cfg.layer] : "?",
		n->cfg.off);
}

static struct rtnl_ematch_ops nbyte_ops = {
	.eo_kind = TCF_EM_NBYTE,
	.eo_name = "nbyte",
	.eo_minlen = sizeof(struct tcf_em_nbyte),
	.eo_datalen = sizeof(struct nbyte_data),
	.eo_parse = nbyte_parse,
	.eo_dump = nbyte_dump,
	.eo_fill = nbyte_fill,
	.eo_free = nbyte_free,
};

/* ------------------------------------------------------------------ */
/* text                                                                 */

struct text_data {
	struct tcf_em_text cfg;
	char *pattern;
	size_t len;	/* may exceed the 16 bits of cfg: fill refuses */
};

#define TEXT(e) ((struct text_data *)(e)->e_data)

/** Start of the text search of @a e: @a layer and @a offset. */
void rtnl_ematch_text_set_from(struct rtnl_ematch *e, uint8_t layer,
			       uint16_t offset)
{
	TEXT(e)->cfg.from_layer = layer & 0xf;
	TEXT(e)->cfg.from_offset = offset;
}

/** Start offset of the text search of @a e. */
uint16_t rtnl_ematch_text_get_from_offset(struct rtnl_ematch *e)
{
	return TEXT(e)->cfg.from_offset;
}

/** Start layer of the text search of @a e. */
uint8_t rtnl_ematch_text_get_from_layer(struct rtnl_ematch *e)
{
	return TEXT(e)->cfg.from_layer;
}

/** End of the text search of @a e: @a layer and @a offset. */
void rtnl_ematch_text_set_to(struct rtnl_ematch *e, uint8_t layer,
			     uint16_t offset)
{
	TEXT(e)->cfg.to_layer = layer & 0xf;
	TEXT(e)->cfg.to_offset = offset;
}

/** End offset of the text search of @a e. */
uint16_t rtnl_ematch_text_get_to_offset(struct rtnl_ematch *e)
{
	return TEXT(e)->cfg.to_offset;
}

/** End layer of the text search of @a e. */
uint8_t rtnl_ematch_text_get_to_layer(struct rtnl_ematch *e)
{
	return TEXT(e)->cfg.to_layer;
}

/**
 * Set the string searched for by @a e; @a e takes ownership of
 * @a pattern (malloc'ed memory).  The kernel takes at most 65535 bytes:
 * rtnl_ematch_fill_attr() refuses a longer pattern with -NLE_RANGE.
 */
void rtnl_ematch_text_set_pattern(struct rtnl_ematch *e, char *pattern,
				  size_t len)
{
	if (TEXT(e)->pattern != pattern)
		free(TEXT(e)->pattern);
	TEXT(e)->pattern = pattern;
	TEXT(e)->len = len;
	TEXT(e)->cfg.pattern_len = len <= 0xffff ? (uint16_t)len : 0;
}

/** The pattern of @a e (owned by @a e). */
char *rtnl_ematch_text_get_pattern(struct rtnl_ematch *e)
{
	return TEXT(e)->pattern;
}

/** Length of the pattern of @a e. */
size_t rtnl_ematch_text_get_len(struct rtnl_ematch *e)
{
	return TEXT(e)->len;
}

/** Set the search algorithm ("kmp", "bm") of @a e. */
void rtnl_ematch_text_set_algo(struct rtnl_ematch *e, const char *algo)
{
	memset(TEXT(e)->cfg.algo, 0, sizeof(TEXT(e)->cfg.algo));
	if (algo)
		strncpy(TEXT(e)->cfg.algo, algo,
			sizeof(TEXT(e)->cfg.algo) - 1);
}

/** The search algorithm of @a e. */
char *rtnl_ematch_text_get_algo(struct rtnl_ematch *e)
{
	return TEXT(e)->cfg.algo[0] ? TEXT(e)->cfg.algo : NULL;
}

static int text_parse(struct rtnl_ematch *e, void *data, size_t len)
{
	struct text_data *t = e->e_data;
	size_t plen;

	memcpy(&t->cfg, data, sizeof(t->cfg));
	t->cfg.algo[sizeof(t->cfg.algo) - 1] = '\0';
	plen = t->cfg.pattern_len;
	if (plen > len - sizeof(t->cfg))
		return -NLE_INVAL;
	free(t->pattern);
	t->len = plen;
	t->pattern = calloc(1, plen + 1);
	if (!t->pattern)
		return -NLE_NOMEM;
	memcpy(t->pattern, (char *)data + sizeof(t->cfg), plen);
	return 0;
}

static int text_fill(struct rtnl_ematch *e, struct nl_msg *msg)
{
	struct text_data *t = e->e_data;
	int err;

	if (t->len > 0xffff || (t->len && !t->pattern))
		return -NLE_RANGE;
	err = append(msg, &t->cfg, sizeof(t->cfg));
	if (err >= 0 && t->len)
		err = append(msg, t->pattern, t->len);
	return err;
}

static void text_free(struct rtnl_ematch *e)
{
	struct text_data *t = e->e_data;

	if (t) {
		free(t->pattern);
		t->pattern = NULL;
	}
}

static void text_dump(struct rtnl_ematch *e, struct nl_dump_params *p)
{
	struct text_data *t = e->e_data;
	char a[32], b[32];

	nl_dump(p, "text(%s \"%.*s\"", t->cfg.algo[0] ? t->cfg.algo : "no-algo",
		t->pattern && t->len <= INT_MAX ? (int)t->len : 0,
		t->pattern ? t->pattern : "");
	if (t->cfg.from_layer || t->cfg.from_offset)
		nl_dump(p, " from %s",
			rtnl_ematch_offset2txt(t->cfg.from_layer,
					       t->cfg.from_offset, a, sizeof(a)));
	if (t->cfg.to_layer || t->cfg.to_offset)
		nl_dump(p, " to %s",
			rtnl_ematch_offset2txt(t->cfg.to_layer,
					       t->cfg.to_offset, b, sizeof(b)));
	nl_dump(p, ")");
}

static struct rtnl_ematch_ops text_ops = {
	.eo_kind = TCF_EM_TEXT,
	.eo_name = "text",
	.eo_minlen = sizeof(struct tcf_em_text),
	.eo_datalen = sizeof(struct text_data),
	.eo_parse = text_parse,
	.eo_dump = text_dump,
	.eo_fill = text_fill,
	.eo_free = text_free,
};

/* ------------------------------------------------------------------ */
/* meta                                                                 */

struct rtnl_meta_value {
	uint8_t mv_type;	/* TCF_META_TYPE_* */
	uint8_t mv_shift;
	uint16_t mv_id;		/* TCF_META_ID_* */
	uint16_t mv_len;
	/* the value (TCF_META_ID_VALUE) or the mask of a metadatum */
	void *mv_data;
};

struct meta_data {
	struct rtnl_meta_value *left;
	struct rtnl_meta_value *right;
	uint8_t opnd;
};

static struct rtnl_meta_value *meta_alloc(uint8_t type, uint16_t id,
					  uint8_t shift, const void *data,
					  size_t len)
{
	struct rtnl_meta_value *v;

	if (len > 0xffff)
		return NULL;
	v = calloc(1, sizeof(*v));
	if (!v)
		return NULL;
	v->mv_type = type;
	v->mv_id = id;
	v->mv_shift = shift;
	v->mv_len = (uint16_t)len;
	if (len) {
		v->mv_data = malloc(len);
		if (!v->mv_data) {
			free(v);
			return NULL;
		}
		memcpy(v->mv_data, data, len);
	}
	return v;
}

/** A constant integer operand, or NULL on ENOMEM. */
struct rtnl_meta_value *rtnl_meta_value_alloc_int(uint64_t value)
{
	return meta_alloc(TCF_META_TYPE_INT, TCF_META_ID_VALUE, 0, &value,
			  sizeof(value));
}

/** A constant byte-string operand (copied), or NULL. */
struct rtnl_meta_value *rtnl_meta_value_alloc_var(void *data, size_t len)
{
	return meta_alloc(TCF_META_TYPE_VAR, TCF_META_ID_VALUE, 0, data, len);
}

/**
 * A packet metadatum operand: @a type (TCF_META_TYPE_*), @a id
 * (TCF_META_ID_*), shifted right by @a shift and masked with @a mask
 * (integers; 0: no mask).
 */
struct rtnl_meta_value *rtnl_meta_value_alloc_id(uint8_t type, uint16_t id,
						 uint8_t shift, uint64_t mask)
{
	uint32_t m32 = (uint32_t)mask;

	if (type == TCF_META_TYPE_INT && mask)
		return meta_alloc(type, id, shift, &m32, sizeof(m32));
	return meta_alloc(type, id, shift, NULL, 0);
}

/** Free an operand not given to an ematch. */
void rtnl_meta_value_put(struct rtnl_meta_value *mv)
{
	if (!mv)
		return;
	free(mv->mv_data);
	free(mv);
}

/** Set the left operand of the meta ematch @a e (taking ownership). */
void rtnl_ematch_meta_set_lvalue(struct rtnl_ematch *e,
				 struct rtnl_meta_value *v)
{
	struct meta_data *m = e->e_data;

	if (m->left != v)
		rtnl_meta_value_put(m->left);
	m->left = v;
}

/** Set the right operand of the meta ematch @a e (taking ownership). */
void rtnl_ematch_meta_set_rvalue(struct rtnl_ematch *e,
				 struct rtnl_meta_value *v)
{
	struct meta_data *m = e->e_data;

	if (m->right != v)
		rtnl_meta_value_put(m->right);
	m->right = v;
}

/** Set the comparison (TCF_EM_OPND_*) of the meta ematch @a e. */
void rtnl_ematch_meta_set_operand(struct rtnl_ematch *e, uint8_t opnd)
{
	((struct meta_data *)e->e_data)->opnd = opnd;
}

static struct nla_policy meta_policy[TCA_EM_META_MAX + 1] = {
	[TCA_EM_META_HDR] = { .minlen = sizeof(struct tcf_meta_hdr) },
};

static struct rtnl_meta_value *meta_value_parse(struct tcf_meta_val *hv,
						struct nlattr *nla)
{
	struct rtnl_meta_value *v;
	uint64_t n = 0;
	int type = TCF_META_TYPE(hv->kind), id = TCF_META_ID(hv->kind);

	if (type == TCF_META_TYPE_INT && id == TCF_META_ID_VALUE) {
		if (nla && nla_len(nla) >= 8)
			memcpy(&n, nla_data(nla), 8);
		else if (nla && nla_len(nla) >= 4)
			n = nla_get_u32(nla);
		v = rtnl_meta_value_alloc_int(n);
	} else {
		v = meta_alloc((uint8_t)type, (uint16_t)id, hv->shift,
			       nla ? nla_data(nla) : NULL,
			       nla ? (size_t)nla_len(nla) : 0);
	}
	if (v)
		v->mv_shift = hv->shift;
	return v;
}

static int meta_parse(struct rtnl_ematch *e, void *data, size_t len)
{
	struct meta_data *m = e->e_data;
	struct nlattr *tb[TCA_EM_META_MAX + 1];
	struct tcf_meta_hdr *hdr;
	int err;

	err = nla_parse(tb, TCA_EM_META_MAX, data, (int)len, meta_policy);
	if (err < 0)
		return err;
	if (!tb[TCA_EM_META_HDR])
		return -NLE_MISSING_ATTR;
	hdr = nla_data(tb[TCA_EM_META_HDR]);
	rtnl_meta_value_put(m->left);
	rtnl_meta_value_put(m->right);
	m->left = meta_value_parse(&hdr->left, tb[TCA_EM_META_LVALUE]);
	m->right = meta_value_parse(&hdr->right, tb[TCA_EM_META_RVALUE]);
	m->opnd = hdr->left.op;
	if (!m->left || !m->right)
		return -NLE_NOMEM;
	return 0;
}

static int meta_value_put_attr(struct nl_msg *msg, int attr,
			       struct rtnl_meta_value *v)
{
	if (v->mv_type == TCF_META_TYPE_INT && v->mv_id == TCF_META_ID_VALUE &&
	    v->mv_len == 8) {
		uint64_t n;

		memcpy(&n, v->mv_data, 8);
		if (n <= UINT32_MAX)
			return nla_put_u32(msg, attr, (uint32_t)n);
		return nla_put(msg, attr, 8, &n);
	}
	if (!v->mv_len)
		return 0;
	if (nla_attr_size(v->mv_len) > USHRT_MAX)
		return -NLE_ATTRSIZE;
	return nla_put(msg, attr, v->mv_len, v->mv_data);
}

static int meta_fill(struct rtnl_ematch *e, struct nl_msg *msg)
{
	struct meta_data *m = e->e_data;
	struct tcf_meta_hdr hdr;
	int err;

	if (!m->left || !m->right)
		return -NLE_MISSING_ATTR;
	/* the kernel's kind is 4 bits of type and 12 of id */
	if (m->left->mv_type > 0xf || m->left->mv_id > 0xfff ||
	    m->right->mv_type > 0xf || m->right->mv_id > 0xfff)
		return -NLE_RANGE;
	memset(&hdr, 0, sizeof(hdr));
	hdr.left.kind = (uint16_t)((m->left->mv_type << 12) | m->left->mv_id);
	hdr.left.shift = m->left->mv_shift;
	hdr.left.op = m->opnd;
	hdr.right.kind = (uint16_t)((m->right->mv_type << 12) |
				    m->right->mv_id);
	hdr.right.shift = m->right->mv_shift;
	if (nla_put(msg, TCA_EM_META_HDR, sizeof(hdr), &hdr) < 0)
		return -NLE_NOMEM;
	err = meta_value_put_attr(msg, TCA_EM_META_LVALUE, m->left);
	if (err >= 0)
		err = meta_value_put_attr(msg, TCA_EM_META_RVALUE, m->right);
	return err < 0 ? err : 0;
}

static void meta_free(struct rtnl_ematch *e)
{
	struct meta_data *m = e->e_data;

	if (!m)
		return;
	rtnl_meta_value_put(m->left);
	rtnl_meta_value_put(m->right);
	m->left = m->right = NULL;
}

/* Names of metadata, as printed (sk_shutdown prints as upstream's
 * libnl does); the var-typed ones are named separately. */
static const struct trans_tbl meta_ids[] = {
	__ADD(TCF_META_ID_VALUE, value),
	__ADD(TCF_META_ID_RANDOM, random),
	__ADD(TCF_META_ID_LOADAVG_0, loadavg_0),
	__ADD(TCF_META_ID_LOADAVG_1, loadavg_1),
	__ADD(TCF_META_ID_LOADAVG_2, loadavg_2),
	__ADD(TCF_META_ID_DEV, dev),
	__ADD(TCF_META_ID_PRIORITY, prio),
	__ADD(TCF_META_ID_PROTOCOL, proto),
	__ADD(TCF_META_ID_PKTTYPE, pkttype),
	__ADD(TCF_META_ID_PKTLEN, pktlen),
	__ADD(TCF_META_ID_DATALEN, datalen),
	__ADD(TCF_META_ID_MACLEN, maclen),
	__ADD(TCF_META_ID_NFMARK, mark),
	__ADD(TCF_META_ID_TCINDEX, tcindex),
	__ADD(TCF_META_ID_RTCLASSID, rtclassid),
	__ADD(TCF_META_ID_RTIIF, rtiif),
	__ADD(TCF_META_ID_SK_FAMILY, sk_family),
	__ADD(TCF_META_ID_SK_STATE, sk_state),
	__ADD(TCF_META_ID_SK_REUSE, sk_reuse),
	__ADD(TCF_META_ID_SK_BOUND_IF, sk_bound_if),
	__ADD(TCF_META_ID_SK_REFCNT, sk_refcnt),
	__ADD(TCF_META_ID_SK_SHUTDOWN, sk_sutdown),
	__ADD(TCF_META_ID_SK_PROTO, sk_proto),
	__ADD(TCF_META_ID_SK_TYPE, sk_type),
	__ADD(TCF_META_ID_SK_RCVBUF, sk_rcvbuf),
	__ADD(TCF_META_ID_SK_RMEM_ALLOC, sk_rmem_alloc),
	__ADD(TCF_META_ID_SK_WMEM_ALLOC, sk_wmem_alloc),
	__ADD(TCF_META_ID_SK_WMEM_QUEUED, sk_wmem_queued),
	__ADD(TCF_META_ID_SK_RCV_QLEN, sk_rcv_qlen),
	__ADD(TCF_META_ID_SK_SND_QLEN, sk_snd_qlen),
	__ADD(TCF_META_ID_SK_ERR_QLEN, sk_err_qlen),
	__ADD(TCF_META_ID_SK_FORWARD_ALLOCS, sk_forward_allocs),
	__ADD(TCF_META_ID_SK_SNDBUF, sk_sndbuf),
	__ADD(TCF_META_ID_SK_ALLOCS, sk_allocs),
	__ADD(__TCF_META_ID_SK_ROUTE_CAPS, sk_route_caps),
	__ADD(TCF_META_ID_SK_HASH, sk_hash),
	__ADD(TCF_META_ID_SK_LINGERTIME, sk_lingertime),
	__ADD(TCF_META_ID_SK_ACK_BACKLOG, sk_ack_backlog),
	__ADD(TCF_META_ID_SK_MAX_ACK_BACKLOG, sk_max_ack_backlog),
	__ADD(TCF_META_ID_SK_PRIO, sk_prio),
	__ADD(TCF_META_ID_SK_RCVLOWAT, sk_rcvlowat),
	__ADD(TCF_META_ID_SK_RCVTIMEO, sk_rcvtimeo),
	__ADD(TCF_META_ID_SK_SNDTIMEO, sk_sndtimeo),
	__ADD(TCF_META_ID_SK_SENDMSG_OFF, sk_sendmsg_off),
	__ADD(TCF_META_ID_SK_WRITE_PENDING, sk_write_pending),
	__ADD(TCF_META_ID_VLAN_TAG, vlan),
	__ADD(TCF_META_ID_RXHASH, rxhash),
};

static const struct trans_tbl meta_var_ids[] = {
	__ADD(TCF_META_ID_DEV, devname),
	__ADD(TCF_META_ID_SK_BOUND_IF, sk_bound_if),
};

/* The id of the metadatum called name and its type (TCF_META_TYPE_*),
 * or a negative error code. */
int _rtnl_meta_str2id(const char *name, int *type);
int _rtnl_meta_str2id(const char *name, int *type)
{
	int id;

	if (!strcasecmp(name, "sk_shutdown"))
		name = "sk_sutdown";
	id = __str2type(name, meta_ids, ARRAY_SIZE(meta_ids));
	if (id >= 0) {
		*type = TCF_META_TYPE_INT;
		return id;
	}
	id = __str2type(name, meta_var_ids, ARRAY_SIZE(meta_var_ids));
	if (id >= 0)
		*type = TCF_META_TYPE_VAR;
	return id;
}

static void meta_value_dump(struct rtnl_meta_value *v,
			    struct nl_dump_params *p)
{
	char buf[32];

	if (v->mv_id == TCF_META_ID_VALUE) {
		if (v->mv_type == TCF_META_TYPE_INT && v->mv_len == 8) {
			uint64_t n;

			memcpy(&n, v->mv_data, 8);
			nl_dump(p, "%llu", (unsigned long long)n);
		} else {
			nl_dump(p, "%.*s", (int)v->mv_len,
				v->mv_data ? (char *)v->mv_data : "");
		}
		return;
	}
	if (v->mv_type == TCF_META_TYPE_VAR)
		nl_dump(p, "%s", __type2str(v->mv_id, buf, sizeof(buf),
					    meta_var_ids,
					    ARRAY_SIZE(meta_var_ids)));
	else
		nl_dump(p, "%s", __type2str(v->mv_id, buf, sizeof(buf),
					    meta_ids, ARRAY_SIZE(meta_ids)));
	if (v->mv_shift)
		nl_dump(p, " >> %u", v->mv_shift);
	if (v->mv_type == TCF_META_TYPE_INT && v->mv_len == 4) {
		uint32_t mask;

		memcpy(&mask, v->mv_data, 4);
		nl_dump(p, " & 0x%x", mask);
	}
}

static void meta_dump(struct rtnl_ematch *e, struct nl_dump_params *p)
{
	struct meta_data *m = e->e_data;
	char op[8];

	if (!m->left || !m->right)
		return;
	nl_dump(p, "meta(");
	meta_value_dump(m->left, p);
	nl_dump(p, " %s ", rtnl_ematch_opnd2txt(m->opnd, op, sizeof(op)));
	meta_value_dump(m->right, p);
	nl_dump(p, ")");
}

static struct rtnl_ematch_ops meta_ops = {
	.eo_kind = TCF_EM_META,
	.eo_name = "meta",
	.eo_minlen = sizeof(struct tcf_meta_hdr),
	.eo_datalen = sizeof(struct meta_data),
	.eo_parse = meta_parse,
	.eo_dump = meta_dump,
	.eo_fill = meta_fill,
	.eo_free = meta_free,
};

static void __attribute__((constructor)) ematch_kinds_init(void)
{
	rtnl_ematch_register(&container_ops);
	rtnl_ematch_register(&cmp_ops);
	rtnl_ematch_register(&nbyte_ops);
	rtnl_ematch_register(&text_ops);
	rtnl_ematch_register(&meta_ops);
}
