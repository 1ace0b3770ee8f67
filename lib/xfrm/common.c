/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Pieces shared by associations, policies and events: algorithms,
 * security contexts, replay state and marks on the wire.
 */

#include <stdlib.h>
#include <string.h>

#include "xfrm-common.h"

/* bytes of a key of @bits bits, without wrapping near UINT32_MAX */
static size_t key_bytes(uint32_t bits)
{
	return (size_t)(((uint64_t)bits + 7) / 8);
}

int _xfrmnl_algo_set(struct xfrmnl_algo **pos, const char *name,
		     unsigned int key_len, unsigned int trunc_len,
		     const char *key)
{
	size_t klen = key_bytes(key_len);
	struct xfrmnl_algo *a;

	if (!name || strlen(name) >= sizeof(a->name))
		return -1;
	a = calloc(1, sizeof(*a));
	if (!a)
		return -NLE_NOMEM;
	if (klen) {
		a->key = malloc(klen);
		if (!a->key) {
			free(a);
			return -NLE_NOMEM;
		}
		if (key)
			memcpy(a->key, key, klen);
		else
			memset(a->key, 0, klen);
	}
	strcpy(a->name, name);
	a->key_len = key_len;
	a->trunc_len = trunc_len;
	_xfrmnl_algo_free(*pos);
	*pos = a;
	return 0;
}

int _xfrmnl_algo_get(const struct xfrmnl_algo *a, char *name,
		     unsigned int *key_len, unsigned int *trunc_len, char *key)
{
	if (!a)
		return -1;
	if (name)
		strcpy(name, a->name);
	if (key_len)
		*key_len = a->key_len;
	if (trunc_len)
		*trunc_len = a->trunc_len;
	if (key && a->key)
		memcpy(key, a->key, key_bytes(a->key_len));
	return 0;
}

void _xfrmnl_algo_free(struct xfrmnl_algo *a)
{
	if (!a)
		return;
	free(a->key);
	free(a);
}

int _xfrmnl_algo_clone(struct xfrmnl_algo **dst, const struct xfrmnl_algo *src)
{
	*dst = NULL;
	if (!src)
		return 0;
	return _xfrmnl_algo_set(dst, src->name, src->key_len, src->trunc_len,
				(const char *)src->key);
}

int _xfrmnl_algo_differ(const struct xfrmnl_algo *a, const struct xfrmnl_algo *b)
{
	if (!a || !b)
		return a != b;
	return strcmp(a->name, b->name) || a->key_len != b->key_len ||
	       a->trunc_len != b->trunc_len ||
	       (a->key && memcmp(a->key, b->key, key_bytes(a->key_len)));
}

/*
 * Parse an algorithm attribute of one of the three kernel layouts:
 * struct xfrm_algo (kind 0), xfrm_algo_auth (1) or xfrm_algo_aead (2).
 * The key must fit in the attribute.
 */
int _xfrmnl_algo_parse(struct xfrmnl_algo **pos, const struct nlattr *nla,
		       int kind)
{
	const char *name;
	uint32_t key_len, trunc = 0;
	const char *key;
	size_t hdr, len = nla_len(nla);
	char namebuf[64];

	if (kind == 2) {
		const struct xfrm_algo_aead *a = nla_data(nla);

		hdr = sizeof(*a);
		if (len < hdr)
			return -NLE_RANGE;
		name = a->alg_name;
		key_len = a->alg_key_len;
		trunc = a->alg_icv_len;
		key = a->alg_key;
	} else if (kind == 1) {
		const struct xfrm_algo_auth *a = nla_data(nla);

		hdr = sizeof(*a);
		if (len < hdr)
			return -NLE_RANGE;
		name = a->alg_name;
		key_len = a->alg_key_len;
		trunc = a->alg_trunc_len;
		key = a->alg_key;
	} else {
		const struct xfrm_algo *a = nla_data(nla);

		hdr = sizeof(*a);
		if (len < hdr)
			return -NLE_RANGE;
		name = a->alg_name;
		key_len = a->alg_key_len;
		key = a->alg_key;
	}
	if (key_bytes(key_len) > len - hdr)
		return -NLE_RANGE;
	memcpy(namebuf, name, sizeof(namebuf));
	namebuf[sizeof(namebuf) - 1] = '\0';
	return _xfrmnl_algo_set(pos, namebuf, key_len, trunc, key) == 0 ?
		       0 : -NLE_NOMEM;
}

int _xfrmnl_algo_put(struct nl_msg *msg, int type,
		     const struct xfrmnl_algo *a, int kind)
{
	size_t klen = key_bytes(a->key_len), hdr;
	struct nlattr *nla;
	char *p;

	hdr = kind == 2 ? sizeof(struct xfrm_algo_aead) :
	      kind == 1 ? sizeof(struct xfrm_algo_auth) :
			  sizeof(struct xfrm_algo);
	nla = nla_reserve(msg, type, hdr + klen);
	if (!nla)
		return -NLE_MSGSIZE;
	p = nla_data(nla);
	memset(p, 0, hdr);
	if (kind == 2) {
		struct xfrm_algo_aead *x = (void *)p;

		strcpy(x->alg_name, a->name);
		x->alg_key_len = a->key_len;
		x->alg_icv_len = a->trunc_len;
	} else if (kind == 1) {
		struct xfrm_algo_auth *x = (void *)p;

		strcpy(x->alg_name, a->name);
		x->alg_key_len = a->key_len;
		x->alg_trunc_len = a->trunc_len;
	} else {
		struct xfrm_algo *x = (void *)p;

		strcpy(x->alg_name, a->name);
		x->alg_key_len = a->key_len;
	}
	if (klen)
		memcpy(p + hdr, a->key, klen);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Security contexts                                                    */

int _xfrmnl_ctx_set(struct xfrmnl_sec_ctx **pos, unsigned int doi,
		    unsigned int alg, unsigned int ctx_len, unsigned int sid,
		    const char *ctx)
{
	struct xfrmnl_sec_ctx *c;

	/* the kernel's header holds the total length in 16 bits */
	if (ctx_len > UINT16_MAX - sizeof(struct xfrm_user_sec_ctx))
		return -NLE_RANGE;
	c = calloc(1, sizeof(*c));
	if (!c)
		return -NLE_NOMEM;
	c->ctx = calloc(1, ctx_len + 1);
	if (!c->ctx) {
		free(c);
		return -NLE_NOMEM;
	}
	if (ctx && ctx_len)
		memcpy(c->ctx, ctx, strnlen(ctx, ctx_len));
	c->len = sizeof(struct xfrm_user_sec_ctx) + ctx_len;
	c->exttype = XFRMA_SEC_CTX;
	c->ctx_doi = doi;
	c->ctx_alg = alg;
	c->ctx_len = ctx_len;
	c->ctx_sid = sid;
	_xfrmnl_ctx_free(*pos);
	*pos = c;
	return 0;
}

void _xfrmnl_ctx_free(struct xfrmnl_sec_ctx *c)
{
	if (!c)
		return;
	free(c->ctx);
	free(c);
}

int _xfrmnl_ctx_clone(struct xfrmnl_sec_ctx **dst, const struct xfrmnl_sec_ctx *src)
{
	int err;

	*dst = NULL;
	if (!src)
		return 0;
	err = _xfrmnl_ctx_set(dst, src->ctx_doi, src->ctx_alg, src->ctx_len,
			      src->ctx_sid, src->ctx);
	if (err == 0) {
		(*dst)->len = src->len;
		(*dst)->exttype = src->exttype;
		/* the text may hold NULs: copy all of it */
		memcpy((*dst)->ctx, src->ctx, src->ctx_len);
	}
	return err;
}

int _xfrmnl_ctx_differ(const struct xfrmnl_sec_ctx *a, const struct xfrmnl_sec_ctx *b)
{
	if (!a || !b)
		return a != b;
	return a->ctx_doi != b->ctx_doi || a->ctx_alg != b->ctx_alg ||
	       a->ctx_len != b->ctx_len || memcmp(a->ctx, b->ctx, a->ctx_len);
}

int _xfrmnl_ctx_parse(struct xfrmnl_sec_ctx **pos, const struct nlattr *nla)
{
	const struct xfrm_user_sec_ctx *k = nla_data(nla);
	size_t len = nla_len(nla);
	int err;

	if (len < sizeof(*k) || k->ctx_len > len - sizeof(*k))
		return -NLE_RANGE;
	err = _xfrmnl_ctx_set(pos, k->ctx_doi, k->ctx_alg, k->ctx_len, 0,
			      (const char *)(k + 1));
	if (err == 0) {
		(*pos)->len = k->len;
		(*pos)->exttype = k->exttype;
		memcpy((*pos)->ctx, k + 1, k->ctx_len);
	}
	return err;
}

int _xfrmnl_ctx_put(struct nl_msg *msg, const struct xfrmnl_sec_ctx *c)
{
	struct nlattr *nla = nla_reserve(msg, XFRMA_SEC_CTX,
					 sizeof(struct xfrm_user_sec_ctx) +
						 c->ctx_len);
	struct xfrm_user_sec_ctx *k;

	if (!nla)
		return -NLE_MSGSIZE;
	k = nla_data(nla);
	k->len = sizeof(*k) + c->ctx_len;
	k->exttype = c->exttype;
	k->ctx_alg = c->ctx_alg;
	k->ctx_doi = c->ctx_doi;
	k->ctx_len = c->ctx_len;
	memcpy(k + 1, c->ctx, c->ctx_len);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Replay state                                                         */

void _xfrmnl_replay_free(struct xfrmnl_replay *r)
{
	if (!r)
		return;
	free(r->bmp);
	free(r);
}

int _xfrmnl_replay_set(struct xfrmnl_replay **pos, int esn, uint32_t oseq,
		       uint32_t seq, uint32_t bitmap, uint32_t oseq_hi,
		       uint32_t seq_hi, uint32_t window, uint32_t bmp_len,
		       const uint32_t *bmp)
{
	struct xfrmnl_replay *r = calloc(1, sizeof(*r));

	if (!r)
		return -NLE_NOMEM;
	if (esn && bmp_len) {
		r->bmp = calloc(bmp_len, sizeof(uint32_t));
		if (!r->bmp) {
			free(r);
			return -NLE_NOMEM;
		}
		if (bmp)
			memcpy(r->bmp, bmp, bmp_len * sizeof(uint32_t));
	}
	r->esn = esn;
	r->oseq = oseq;
	r->seq = seq;
	r->bitmap = bitmap;
	r->oseq_hi = oseq_hi;
	r->seq_hi = seq_hi;
	r->replay_window = window;
	r->bmp_len = esn ? bmp_len : 0;
	_xfrmnl_replay_free(*pos);
	*pos = r;
	return 0;
}

int _xfrmnl_replay_clone(struct xfrmnl_replay **dst, const struct xfrmnl_replay *s)
{
	*dst = NULL;
	if (!s)
		return 0;
	return _xfrmnl_replay_set(dst, s->esn, s->oseq, s->seq, s->bitmap,
				  s->oseq_hi, s->seq_hi, s->replay_window,
				  s->bmp_len, s->bmp);
}

int _xfrmnl_replay_differ(const struct xfrmnl_replay *a, const struct xfrmnl_replay *b)
{
	if (!a || !b)
		return a != b;
	return a->esn != b->esn || a->oseq != b->oseq || a->seq != b->seq ||
	       a->bitmap != b->bitmap || a->oseq_hi != b->oseq_hi ||
	       a->seq_hi != b->seq_hi || a->replay_window != b->replay_window ||
	       a->bmp_len != b->bmp_len ||
	       (a->bmp_len && memcmp(a->bmp, b->bmp, a->bmp_len * 4));
}

int _xfrmnl_replay_parse(struct xfrmnl_replay **pos, struct nlattr **tb)
{
	if (tb[XFRMA_REPLAY_ESN_VAL]) {
		const struct xfrm_replay_state_esn *e =
			nla_data(tb[XFRMA_REPLAY_ESN_VAL]);
		size_t len = nla_len(tb[XFRMA_REPLAY_ESN_VAL]);

		if (len < sizeof(*e) ||
		    e->bmp_len > (len - sizeof(*e)) / sizeof(uint32_t))
			return -NLE_RANGE;
		return _xfrmnl_replay_set(pos, 1, e->oseq, e->seq, 0,
					  e->oseq_hi, e->seq_hi,
					  e->replay_window, e->bmp_len, e->bmp);
	}
	if (tb[XFRMA_REPLAY_VAL]) {
		const struct xfrm_replay_state *r =
			nla_data(tb[XFRMA_REPLAY_VAL]);

		if (nla_len(tb[XFRMA_REPLAY_VAL]) < (int)sizeof(*r))
			return -NLE_RANGE;
		return _xfrmnl_replay_set(pos, 0, r->oseq, r->seq, r->bitmap,
					  0, 0, 0, 0, NULL);
	}
	return 0;
}

int _xfrmnl_replay_put(struct nl_msg *msg, const struct xfrmnl_replay *r)
{
	if (r->esn) {
		size_t len = sizeof(struct xfrm_replay_state_esn) +
			     r->bmp_len * sizeof(uint32_t);
		struct nlattr *nla = nla_reserve(msg, XFRMA_REPLAY_ESN_VAL, len);
		struct xfrm_replay_state_esn *e;

		if (!nla)
			return -NLE_MSGSIZE;
		e = nla_data(nla);
		e->bmp_len = r->bmp_len;
		e->oseq = r->oseq;
		e->seq = r->seq;
		e->oseq_hi = r->oseq_hi;
		e->seq_hi = r->seq_hi;
		e->replay_window = r->replay_window;
		if (r->bmp_len)
			memcpy(e->bmp, r->bmp, r->bmp_len * sizeof(uint32_t));
		return 0;
	} else {
		struct xfrm_replay_state s = {
			.oseq = r->oseq, .seq = r->seq, .bitmap = r->bitmap,
		};

		return nla_put(msg, XFRMA_REPLAY_VAL, sizeof(s), &s);
	}
}

void _xfrmnl_replay_dump(const struct xfrmnl_replay *r, struct nl_dump_params *p)
{
	if (!r)
		return;
	nl_dump_line(p, "\treplay state info: \n");
	if (r->esn)
		nl_dump_line(p, "\t\toseq %u seq %u oseq_hi %u seq_hi %u replay window: %u \n",
			     r->oseq, r->seq, r->oseq_hi, r->seq_hi,
			     r->replay_window);
	else
		nl_dump_line(p, "\t\toseq %u seq %u bitmap: %u \n", r->oseq,
			     r->seq, r->bitmap);
}

int _xfrmnl_replay_get(const struct xfrmnl_replay *r, int esn,
		       unsigned int *oseq, unsigned int *seq,
		       unsigned int *bitmap, unsigned int *oseq_hi,
		       unsigned int *seq_hi, unsigned int *window,
		       unsigned int *bmp_len, unsigned int *bmp)
{
	if (!r || r->esn != esn)
		return -1;
	if (oseq)
		*oseq = r->oseq;
	if (seq)
		*seq = r->seq;
	if (bitmap)
		*bitmap = r->bitmap;
	if (oseq_hi)
		*oseq_hi = r->oseq_hi;
	if (seq_hi)
		*seq_hi = r->seq_hi;
	if (window)
		*window = r->replay_window;
	if (bmp_len)
		*bmp_len = r->bmp_len;
	if (bmp && r->bmp_len)
		memcpy(bmp, r->bmp, r->bmp_len * sizeof(uint32_t));
	return 0;
}

int _xfrmnl_mark_put(struct nl_msg *msg, uint32_t v, uint32_t m)
{
	struct xfrm_mark mark = { .v = v, .m = m };

	return nla_put(msg, XFRMA_MARK, sizeof(mark), &mark);
}

const struct nla_policy _xfrmnl_policy[XFRMA_MAX + 1] = {
	[XFRMA_ALG_AUTH] = { .minlen = sizeof(struct xfrm_algo) },
	[XFRMA_ALG_CRYPT] = { .minlen = sizeof(struct xfrm_algo) },
	[XFRMA_ALG_COMP] = { .minlen = sizeof(struct xfrm_algo) },
	[XFRMA_ENCAP] = { .minlen = sizeof(struct xfrm_encap_tmpl) },
	[XFRMA_TMPL] = { .minlen = sizeof(struct xfrm_user_tmpl) },
	[XFRMA_SEC_CTX] = { .minlen = sizeof(struct xfrm_user_sec_ctx) },
	[XFRMA_LTIME_VAL] = { .minlen = sizeof(struct xfrm_lifetime_cur) },
	[XFRMA_REPLAY_VAL] = { .minlen = sizeof(struct xfrm_replay_state) },
	[XFRMA_REPLAY_THRESH] = { .type = NLA_U32 },
	[XFRMA_ETIMER_THRESH] = { .type = NLA_U32 },
	[XFRMA_SRCADDR] = { .minlen = sizeof(xfrm_address_t) },
	[XFRMA_COADDR] = { .minlen = sizeof(xfrm_address_t) },
	[XFRMA_POLICY_TYPE] = { .minlen = sizeof(struct xfrm_userpolicy_type) },
	[XFRMA_ALG_AEAD] = { .minlen = sizeof(struct xfrm_algo_aead) },
	[XFRMA_ALG_AUTH_TRUNC] = { .minlen = sizeof(struct xfrm_algo_auth) },
	[XFRMA_MARK] = { .minlen = sizeof(struct xfrm_mark) },
	[XFRMA_TFCPAD] = { .type = NLA_U32 },
	[XFRMA_REPLAY_ESN_VAL] = { .minlen = sizeof(struct xfrm_replay_state_esn) },
	[XFRMA_OFFLOAD_DEV] = { .minlen = sizeof(struct xfrm_user_offload) },
	[XFRMA_IF_ID] = { .type = NLA_U32 },
};
