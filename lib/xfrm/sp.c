/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPsec security policies: the xfrm/sp object (struct
 * xfrm_userpolicy_info and its XFRMA_* attributes), the "xfrm/sp" cache
 * and the add/update/delete/get requests.
 */

#include <stdlib.h>
#include <string.h>

#include "xfrm-common.h"

#define SP_ATTR_SEL		(1ULL << 0)
#define SP_ATTR_LTIME_CFG	(1ULL << 1)
#define SP_ATTR_LTIME_CUR	(1ULL << 2)
#define SP_ATTR_PRIO		(1ULL << 3)
#define SP_ATTR_INDEX		(1ULL << 4)
#define SP_ATTR_DIR		(1ULL << 5)
#define SP_ATTR_ACTION		(1ULL << 6)
#define SP_ATTR_FLAGS		(1ULL << 7)
#define SP_ATTR_SHARE		(1ULL << 8)
#define SP_ATTR_POLTYPE		(1ULL << 9)
#define SP_ATTR_SECCTX		(1ULL << 10)
#define SP_ATTR_TMPL		(1ULL << 11)
#define SP_ATTR_MARK		(1ULL << 12)
#define SP_ATTR_IF_ID		(1ULL << 13)

struct xfrmnl_sp {
	NLHDR_COMMON
	struct xfrmnl_sel *sel;
	struct xfrmnl_ltime_cfg *lft;
	struct xfrmnl_lifetime_cur curlft;
	uint32_t priority;
	uint32_t index;
	uint8_t dir;
	uint8_t action;
	uint8_t flags;
	uint8_t share;
	struct xfrmnl_sec_ctx *sec_ctx;
	uint8_t uptype;
	uint32_t nr_tmpls;
	struct nl_list_head tmpls;
	uint32_t mark_v;
	uint32_t mark_m;
	uint32_t if_id;
};

#define HAS(sp, bit) ((sp)->ce_mask & (bit))

static const struct trans_tbl sp_attrs[] = {
	__ADD(SP_ATTR_SEL, selector),
	__ADD(SP_ATTR_LTIME_CFG, lifetime_cfg),
	__ADD(SP_ATTR_LTIME_CUR, lifetime_cur),
	__ADD(SP_ATTR_PRIO, priority),
	__ADD(SP_ATTR_INDEX, index),
	__ADD(SP_ATTR_DIR, direction),
	__ADD(SP_ATTR_ACTION, action),
	__ADD(SP_ATTR_FLAGS, flags),
	__ADD(SP_ATTR_SHARE, share),
	__ADD(SP_ATTR_POLTYPE, policy_type),
	__ADD(SP_ATTR_SECCTX, security_context),
	__ADD(SP_ATTR_TMPL, user_template),
	__ADD(SP_ATTR_MARK, mark),
};

static const struct trans_tbl actions[] = {
	__ADD(XFRM_POLICY_ALLOW, allow),
	__ADD(XFRM_POLICY_BLOCK, block),
};

static const struct trans_tbl sp_flags[] = {
	{ XFRM_POLICY_LOCALOK, "allow policy override by user" },
	{ XFRM_POLICY_ICMP, "auto include ICMP in policy" },
};

static const struct trans_tbl types[] = {
	__ADD(XFRM_POLICY_TYPE_MAIN, main),
	__ADD(XFRM_POLICY_TYPE_SUB, sub),
	__ADD(XFRM_POLICY_TYPE_MAX, max),
	__ADD(XFRM_POLICY_TYPE_ANY, any),
};

static const struct trans_tbl dirs[] = {
	__ADD(XFRM_POLICY_IN, in),
	__ADD(XFRM_POLICY_OUT, out),
	__ADD(XFRM_POLICY_FWD, fwd),
	__ADD(XFRM_POLICY_MASK, mask),
};

static const struct trans_tbl shares[] = {
	__ADD(XFRM_SHARE_ANY, any),
	__ADD(XFRM_SHARE_SESSION, session),
	__ADD(XFRM_SHARE_USER, user),
	__ADD(XFRM_SHARE_UNIQUE, unique),
};

/** Name of a policy action (XFRM_POLICY_ALLOW/BLOCK), or hex. */
char *xfrmnl_sp_action2str(int action, char *buf, size_t len)
{
	return __type2str(action, buf, len, actions, ARRAY_SIZE(actions));
}

/** Action of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_sp_str2action(const char *name)
{
	return __str2type(name, actions, ARRAY_SIZE(actions));
}

/** Names of policy flags (XFRM_POLICY_LOCALOK, _ICMP). */
char *xfrmnl_sp_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, sp_flags, ARRAY_SIZE(sp_flags));
}

/** The flag of one name (exact), or 0. */
int xfrmnl_sp_str2flag(const char *name)
{
	return __str2flags(name, sp_flags, ARRAY_SIZE(sp_flags));
}

/** Name of a policy type (XFRM_POLICY_TYPE_*), or hex. */
char *xfrmnl_sp_type2str(int type, char *buf, size_t len)
{
	return __type2str(type, buf, len, types, ARRAY_SIZE(types));
}

/** Policy type of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_sp_str2type(const char *name)
{
	return __str2type(name, types, ARRAY_SIZE(types));
}

/** Name of a direction (XFRM_POLICY_IN, OUT, FWD, MASK), or hex. */
char *xfrmnl_sp_dir2str(int dir, char *buf, size_t len)
{
	return __type2str(dir, buf, len, dirs, ARRAY_SIZE(dirs));
}

/** Direction of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_sp_str2dir(const char *name)
{
	return __str2type(name, dirs, ARRAY_SIZE(dirs));
}

/** Name of a share mode (XFRM_SHARE_*), or hex. */
char *xfrmnl_sp_share2str(int share, char *buf, size_t len)
{
	return __type2str(share, buf, len, shares, ARRAY_SIZE(shares));
}

/** Share mode of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_sp_str2share(const char *name)
{
	return __str2type(name, shares, ARRAY_SIZE(shares));
}

/** The direction a policy index encodes (its three low bits). */
int xfrmnl_sp_index2dir(unsigned int index)
{
	return index & 0x7;
}

/* ------------------------------------------------------------------ */

static void sp_constructor(struct nl_object *obj)
{
	struct xfrmnl_sp *sp = (struct xfrmnl_sp *)obj;

	nl_init_list_head(&sp->tmpls);
}

static void free_tmpls(struct xfrmnl_sp *sp)
{
	struct xfrmnl_user_tmpl *t, *n;

	nl_list_for_each_entry_safe(t, n, &sp->tmpls, utmpl_list) {
		nl_list_del(&t->utmpl_list);
		xfrmnl_user_tmpl_free(t);
	}
	sp->nr_tmpls = 0;
}

static void sp_free(struct nl_object *obj)
{
	struct xfrmnl_sp *sp = (struct xfrmnl_sp *)obj;

	xfrmnl_sel_put(sp->sel);
	xfrmnl_ltime_cfg_put(sp->lft);
	_xfrmnl_ctx_free(sp->sec_ctx);
	free_tmpls(sp);
}

static int sp_clone(struct nl_object *dst, struct nl_object *src)
{
	struct xfrmnl_sp *d = (struct xfrmnl_sp *)dst;
	struct xfrmnl_sp *s = (struct xfrmnl_sp *)src;
	struct xfrmnl_user_tmpl *t;
	int err = 0;

	d->sel = NULL;
	d->lft = NULL;
	d->sec_ctx = NULL;
	nl_init_list_head(&d->tmpls);
	d->nr_tmpls = 0;
	if (s->sel && !(d->sel = xfrmnl_sel_clone(s->sel)))
		err = -NLE_NOMEM;
	if (s->lft && !(d->lft = xfrmnl_ltime_cfg_clone(s->lft)))
		err = -NLE_NOMEM;
	if (_xfrmnl_ctx_clone(&d->sec_ctx, s->sec_ctx))
		err = -NLE_NOMEM;
	nl_list_for_each_entry(t, &s->tmpls, utmpl_list) {
		struct xfrmnl_user_tmpl *c = xfrmnl_user_tmpl_clone(t);

		if (!c)
			return -NLE_NOMEM;
		nl_list_add_tail(&c->utmpl_list, &d->tmpls);
		d->nr_tmpls++;
	}
	return err;
}

static int tmpls_differ(struct xfrmnl_sp *a, struct xfrmnl_sp *b)
{
	struct xfrmnl_user_tmpl *x;
	int i = 0;

	if (a->nr_tmpls != b->nr_tmpls)
		return 1;
	nl_list_for_each_entry(x, &a->tmpls, utmpl_list)
		if (xfrmnl_user_tmpl_cmp(x, xfrmnl_sp_usertemplate_n(b, i++)))
			return 1;
	return 0;
}

static uint64_t sp_compare(struct nl_object *_a, struct nl_object *_b,
			   uint64_t attrs, int flags)
{
	struct xfrmnl_sp *a = (struct xfrmnl_sp *)_a;
	struct xfrmnl_sp *b = (struct xfrmnl_sp *)_b;
	uint64_t diff = 0;

#define DIFF(bit, cond)                                                        \
	diff |= ((attrs & (bit)) &&                                            \
		 (((a->ce_mask ^ b->ce_mask) & (bit)) || (cond))) ? (bit) : 0
	DIFF(SP_ATTR_SEL, xfrmnl_sel_cmp(a->sel, b->sel));
	DIFF(SP_ATTR_LTIME_CFG, xfrmnl_ltime_cfg_cmp(a->lft, b->lft));
	DIFF(SP_ATTR_PRIO, a->priority != b->priority);
	DIFF(SP_ATTR_INDEX, a->index != b->index);
	DIFF(SP_ATTR_DIR, a->dir != b->dir);
	DIFF(SP_ATTR_ACTION, a->action != b->action);
	DIFF(SP_ATTR_FLAGS, a->flags != b->flags);
	DIFF(SP_ATTR_SHARE, a->share != b->share);
	DIFF(SP_ATTR_POLTYPE, a->uptype != b->uptype);
	DIFF(SP_ATTR_SECCTX, _xfrmnl_ctx_differ(a->sec_ctx, b->sec_ctx));
	DIFF(SP_ATTR_TMPL, tmpls_differ(a, b));
	DIFF(SP_ATTR_MARK, a->mark_v != b->mark_v || a->mark_m != b->mark_m);
	DIFF(SP_ATTR_IF_ID, a->if_id != b->if_id);
#undef DIFF
	return diff;
}

static char *sp_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, sp_attrs, ARRAY_SIZE(sp_attrs));
}

/* A policy is identified by its index and direction. */
static void sp_keygen(struct nl_object *obj, uint32_t *hashkey,
		      uint32_t table_sz)
{
	struct xfrmnl_sp *sp = (struct xfrmnl_sp *)obj;
	uint32_t key[2] = { sp->index, sp->dir };

	*hashkey = nl_hash(key, sizeof(key), 0) % table_sz;
}

static void sp_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct xfrmnl_sp *sp = (struct xfrmnl_sp *)obj;
	char dir[32], act[32], share[32], flags[128], type[32];
	struct xfrmnl_user_tmpl *t;

	_xfrmnl_dump_sel(sp->sel, p, "", "uid");
	xfrmnl_sp_dir2str(sp->dir, dir, sizeof(dir));
	xfrmnl_sp_action2str(sp->action, act, sizeof(act));
	xfrmnl_sp_share2str(sp->share, share, sizeof(share));
	xfrmnl_sp_flags2str(sp->flags, flags, sizeof(flags));
	nl_dump_line(p, "\tdir: %s action: %s index: %u priority: %u share: %s flags: %s(0x%x) \n",
		     dir, act, sp->index, sp->priority, share, flags, sp->flags);
	_xfrmnl_dump_lft(sp->lft, p, 1);
	_xfrmnl_dump_curlft(&sp->curlft, p, 0);
	if (sp->sec_ctx) {
		nl_dump_line(p, "\tUser security context: \n");
		nl_dump_line(p, "\t\tlen: %d exttype: %d Algo: %d DOI: %d ctxlen: %d\n",
			     sp->sec_ctx->len, sp->sec_ctx->exttype,
			     sp->sec_ctx->ctx_alg, sp->sec_ctx->ctx_doi,
			     sp->sec_ctx->ctx_len);
		nl_dump_line(p, "\t\tctx: %s \n", sp->sec_ctx->ctx);
	}
	if (HAS(sp, SP_ATTR_POLTYPE))
		nl_dump_line(p, "\tUser policy type: %s\n",
			     xfrmnl_sp_type2str(sp->uptype, type, sizeof(type)));
	if (sp->nr_tmpls) {
		nl_dump_line(p, "\tUser template: \n");
		nl_list_for_each_entry(t, &sp->tmpls, utmpl_list)
			xfrmnl_user_tmpl_dump(t, p);
	}
	if (HAS(sp, SP_ATTR_MARK))
		nl_dump_line(p, "\tMark mask: 0x%x Mark value: 0x%x\n",
			     sp->mark_m, sp->mark_v);
	nl_dump(p, "\n");
}

struct nl_object_ops xfrm_sp_obj_ops = {
	.oo_name = "xfrm/sp",
	.oo_size = sizeof(struct xfrmnl_sp),
	.oo_constructor = sp_constructor,
	.oo_free_data = sp_free,
	.oo_clone = sp_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = sp_dump_line,
		[NL_DUMP_DETAILS] = sp_dump_line,
		[NL_DUMP_STATS] = sp_dump_line,
	},
	.oo_compare = sp_compare,
	.oo_attrs2str = sp_attrs2str,
	.oo_keygen = sp_keygen,
	.oo_id_attrs = SP_ATTR_SEL | SP_ATTR_INDEX | SP_ATTR_DIR,
};

/** A new, empty policy, or NULL without memory. */
struct xfrmnl_sp *xfrmnl_sp_alloc(void)
{
	return (struct xfrmnl_sp *)nl_object_alloc(&xfrm_sp_obj_ops);
}

/** Drop a reference; the last frees the policy and its templates. */
void xfrmnl_sp_put(struct xfrmnl_sp *sp)
{
	nl_object_put((struct nl_object *)sp);
}

static struct nl_cache_ops xfrmnl_sp_ops;

/**
 * Allocate the cache of the kernel's security policies and fill it
 * through @a sk (connected to NETLINK_XFRM).
 */
int xfrmnl_sp_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&xfrmnl_sp_ops, sk, result);
}

/** The policy of @a cache with @a index and @a dir, referenced, or NULL. */
struct xfrmnl_sp *xfrmnl_sp_get(struct nl_cache *cache, unsigned int index,
				unsigned int dir)
{
	struct nl_object *obj;

	if (!cache || cache->c_ops != &xfrmnl_sp_ops)
		return NULL;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		struct xfrmnl_sp *sp = (struct xfrmnl_sp *)obj;

		if (sp->index == index && sp->dir == dir) {
			nl_object_get(obj);
			return sp;
		}
	}
	return NULL;
}

/* ------------------------------------------------------------------ */

/* @p: a struct xfrm_userpolicy_info as the message has it, aligned to 4
 * bytes only (its lifetimes are 64-bit): read through an aligned copy */
static int fill_from_info(struct xfrmnl_sp *sp, const void *p)
{
	struct xfrm_userpolicy_info copy, *i = &copy;

	memcpy(&copy, p, sizeof(copy));
	sp->sel = _xfrmnl_sel_from_kernel(&i->sel);
	sp->lft = _xfrmnl_ltime_from_kernel(&i->lft);
	if (!sp->sel || !sp->lft)
		return -NLE_NOMEM;
	sp->curlft.bytes = i->curlft.bytes;
	sp->curlft.packets = i->curlft.packets;
	sp->curlft.add_time = i->curlft.add_time;
	sp->curlft.use_time = i->curlft.use_time;
	sp->priority = i->priority;
	sp->index = i->index;
	sp->dir = i->dir;
	sp->action = i->action;
	sp->flags = i->flags;
	sp->share = i->share;
	sp->ce_mask |= SP_ATTR_SEL | SP_ATTR_LTIME_CFG | SP_ATTR_LTIME_CUR |
		       SP_ATTR_PRIO | SP_ATTR_INDEX | SP_ATTR_DIR |
		       SP_ATTR_ACTION | SP_ATTR_FLAGS | SP_ATTR_SHARE;
	return 0;
}

static int parse_attrs(struct xfrmnl_sp *sp, struct nlattr **tb)
{
	int err;

	if (tb[XFRMA_SEC_CTX]) {
		err = _xfrmnl_ctx_parse(&sp->sec_ctx, tb[XFRMA_SEC_CTX]);
		if (err)
			return err;
		sp->ce_mask |= SP_ATTR_SECCTX;
	}
	if (tb[XFRMA_POLICY_TYPE]) {
		const struct xfrm_userpolicy_type *t =
			nla_data(tb[XFRMA_POLICY_TYPE]);

		sp->uptype = t->type;
		sp->ce_mask |= SP_ATTR_POLTYPE;
	}
	if (tb[XFRMA_TMPL]) {
		const struct xfrm_user_tmpl *k = nla_data(tb[XFRMA_TMPL]);
		size_t i, n = nla_len(tb[XFRMA_TMPL]) / sizeof(*k);

		for (i = 0; i < n; i++) {
			struct xfrmnl_user_tmpl *t = _xfrmnl_tmpl_from_kernel(&k[i]);

			if (!t)
				return -NLE_NOMEM;
			xfrmnl_sp_add_usertemplate(sp, t);
		}
	}
	if (tb[XFRMA_MARK]) {
		const struct xfrm_mark *m = nla_data(tb[XFRMA_MARK]);

		sp->mark_v = m->v;
		sp->mark_m = m->m;
		sp->ce_mask |= SP_ATTR_MARK;
	}
	if (tb[XFRMA_IF_ID]) {
		sp->if_id = nla_get_u32(tb[XFRMA_IF_ID]);
		sp->ce_mask |= SP_ATTR_IF_ID;
	}
	return 0;
}

/**
 * Parse a policy message (XFRM_MSG_NEWPOLICY, UPDPOLICY, DELPOLICY,
 * POLEXPIRE) into a new object.
 * @return 0 and the object in @a result, or a negative error.
 */
int xfrmnl_sp_parse(struct nlmsghdr *n, struct xfrmnl_sp **result)
{
	struct nlattr *tb[XFRMA_MAX + 1];
	struct xfrmnl_sp *sp;
	int hdrlen, err;

	if (n->nlmsg_type == XFRM_MSG_DELPOLICY)
		hdrlen = sizeof(struct xfrm_userpolicy_id);
	else if (n->nlmsg_type == XFRM_MSG_POLEXPIRE)
		hdrlen = sizeof(struct xfrm_user_polexpire);
	else
		hdrlen = sizeof(struct xfrm_userpolicy_info);
	if (!nlmsg_valid_hdr(n, hdrlen))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, hdrlen, tb, XFRMA_MAX, _xfrmnl_policy);
	if (err < 0)
		return err;
	sp = xfrmnl_sp_alloc();
	if (!sp)
		return -NLE_NOMEM;
	sp->ce_msgtype = n->nlmsg_type;
	if (n->nlmsg_type == XFRM_MSG_DELPOLICY) {
		const struct xfrm_userpolicy_id *id = nlmsg_data(n);

		if (tb[XFRMA_POLICY] &&
		    nla_len(tb[XFRMA_POLICY]) >=
			    (int)sizeof(struct xfrm_userpolicy_info)) {
			err = fill_from_info(sp, nla_data(tb[XFRMA_POLICY]));
		} else {
			sp->sel = _xfrmnl_sel_from_kernel(&id->sel);
			sp->index = id->index;
			sp->dir = id->dir;
			sp->ce_mask |= SP_ATTR_SEL | SP_ATTR_INDEX | SP_ATTR_DIR;
			err = sp->sel ? 0 : -NLE_NOMEM;
		}
	} else if (n->nlmsg_type == XFRM_MSG_POLEXPIRE) {
		const char *ex = nlmsg_data(n);

		err = fill_from_info(sp, ex + offsetof(struct xfrm_user_polexpire,
						       pol));
	} else {
		err = fill_from_info(sp, nlmsg_data(n));
	}
	if (!err)
		err = parse_attrs(sp, tb);
	if (err) {
		xfrmnl_sp_put(sp);
		return err;
	}
	*result = sp;
	return 0;
}

static int sp_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct xfrmnl_sp *sp;
	int err = xfrmnl_sp_parse(n, &sp);

	if (err < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)sp, pp);
	xfrmnl_sp_put(sp);
	return err;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/**
 * Build a request for the policy of @a index and @a dir (with the mark
 * value/mask when the mask is not 0).
 */
int xfrmnl_sp_build_get_request(unsigned int index, unsigned int dir,
				unsigned int mark_v, unsigned int mark_m,
				struct nl_msg **result)
{
	struct xfrm_userpolicy_id id;
	struct nl_msg *msg;

	memset(&id, 0, sizeof(id));
	id.index = index;
	id.dir = dir;
	msg = nlmsg_alloc_simple(XFRM_MSG_GETPOLICY, 0);
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

/** Ask the kernel for one policy and parse its answer. */
int xfrmnl_sp_get_kernel(struct nl_sock *sock, unsigned int index,
			 unsigned int dir, unsigned int mark_v,
			 unsigned int mark_m, struct xfrmnl_sp **result)
{
	struct nl_msg *msg;
	int err;

	if (!sock || !result)
		return -NLE_INVAL;
	err = xfrmnl_sp_build_get_request(index, dir, mark_v, mark_m, &msg);
	if (err < 0)
		return err;
	return _nl_get_kernel_obj(sock, msg, sp_msg_parser,
				  (struct nl_object **)result);
}

static int put_common(struct nl_msg *msg, struct xfrmnl_sp *sp, int tmpls)
{
	if (sp->sec_ctx && _xfrmnl_ctx_put(msg, sp->sec_ctx) < 0)
		return -NLE_MSGSIZE;
	if (tmpls && HAS(sp, SP_ATTR_POLTYPE)) {
		struct xfrm_userpolicy_type t = { .type = sp->uptype };

		if (nla_put(msg, XFRMA_POLICY_TYPE, sizeof(t), &t) < 0)
			return -NLE_MSGSIZE;
	}
	if (tmpls && sp->nr_tmpls) {
		/* flagged nested, as libnl has always sent it (the kernel
		 * ignores the flag) */
		struct nlattr *nla = nla_reserve(msg, XFRMA_TMPL | NLA_F_NESTED,
						 sp->nr_tmpls *
							 sizeof(struct xfrm_user_tmpl));
		struct xfrm_user_tmpl *k;
		struct xfrmnl_user_tmpl *t;

		if (!nla)
			return -NLE_MSGSIZE;
		k = nla_data(nla);
		nl_list_for_each_entry(t, &sp->tmpls, utmpl_list)
			_xfrmnl_tmpl_to_kernel(k++, t);
	}
	if (HAS(sp, SP_ATTR_MARK) && _xfrmnl_mark_put(msg, sp->mark_v, sp->mark_m) < 0)
		return -NLE_MSGSIZE;
	if (HAS(sp, SP_ATTR_IF_ID) &&
	    nla_put_u32(msg, XFRMA_IF_ID, sp->if_id) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

/* A request names its policy by direction and by index or selector. */
static int sp_named(const struct xfrmnl_sp *sp)
{
	return HAS(sp, SP_ATTR_DIR) &&
	       (HAS(sp, SP_ATTR_INDEX) || HAS(sp, SP_ATTR_SEL));
}

static int build_sp(int cmd, struct xfrmnl_sp *sp, int flags,
		    struct nl_msg **result)
{
	struct xfrm_userpolicy_info info;
	struct nl_msg *msg;

	if (!sp_named(sp))
		return -NLE_MISSING_ATTR;
	memset(&info, 0, sizeof(info));
	_xfrmnl_sel_to_kernel(&info.sel, sp->sel);
	_xfrmnl_ltime_to_kernel(&info.lft, sp->lft);
	info.priority = sp->priority;
	info.index = sp->index;
	info.dir = sp->dir;
	info.action = sp->action;
	info.flags = sp->flags;
	info.share = sp->share;
	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &info, sizeof(info), NLMSG_ALIGNTO) < 0 ||
	    put_common(msg, sp, 1) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/** Build an XFRM_MSG_NEWPOLICY request for @a tmpl. */
int xfrmnl_sp_build_add_request(struct xfrmnl_sp *tmpl, int flags,
				struct nl_msg **result)
{
	return build_sp(XFRM_MSG_NEWPOLICY, tmpl, flags, result);
}

/** Add the policy @a tmpl to the kernel and wait for the answer. */
int xfrmnl_sp_add(struct nl_sock *sk, struct xfrmnl_sp *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sp_build_add_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/** Build an XFRM_MSG_UPDPOLICY request for @a tmpl. */
int xfrmnl_sp_build_update_request(struct xfrmnl_sp *tmpl, int flags,
				   struct nl_msg **result)
{
	return build_sp(XFRM_MSG_UPDPOLICY, tmpl, flags, result);
}

/** Update the kernel's policy @a tmpl and wait for the answer. */
int xfrmnl_sp_update(struct nl_sock *sk, struct xfrmnl_sp *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sp_build_update_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/**
 * Build an XFRM_MSG_DELPOLICY request naming @a tmpl by direction and
 * index, or by direction and selector.
 * @return 0 and the message; -NLE_MISSING_ATTR without a direction.
 */
int xfrmnl_sp_build_delete_request(struct xfrmnl_sp *tmpl, int flags,
				   struct nl_msg **result)
{
	struct xfrm_userpolicy_id id;
	struct nl_msg *msg;

	if (!sp_named(tmpl))
		return -NLE_MISSING_ATTR;
	memset(&id, 0, sizeof(id));
	_xfrmnl_sel_to_kernel(&id.sel, tmpl->sel);
	id.index = tmpl->index;
	id.dir = tmpl->dir;
	msg = nlmsg_alloc_simple(XFRM_MSG_DELPOLICY, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &id, sizeof(id), NLMSG_ALIGNTO) < 0 ||
	    put_common(msg, tmpl, 0) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/** Delete the kernel's policy @a tmpl and wait for the answer. */
int xfrmnl_sp_delete(struct nl_sock *sk, struct xfrmnl_sp *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = xfrmnl_sp_build_delete_request(tmpl, flags, &msg);

	return err < 0 ? err : nl_send_sync(sk, msg);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** The selector (no reference taken), or NULL. */
struct xfrmnl_sel *xfrmnl_sp_get_sel(struct xfrmnl_sp *sp)
{
	return HAS(sp, SP_ATTR_SEL) ? sp->sel : NULL;
}

/** Set the selector (a reference is taken). @return 0 */
int xfrmnl_sp_set_sel(struct xfrmnl_sp *sp, struct xfrmnl_sel *sel)
{
	xfrmnl_sel_get(sel);
	xfrmnl_sel_put(sp->sel);
	sp->sel = sel;
	sp->ce_mask |= SP_ATTR_SEL;
	return 0;
}

/** The lifetime configuration (no reference taken), or NULL. */
struct xfrmnl_ltime_cfg *xfrmnl_sp_get_lifetime_cfg(struct xfrmnl_sp *sp)
{
	return HAS(sp, SP_ATTR_LTIME_CFG) ? sp->lft : NULL;
}

/** Set the lifetime configuration (a reference is taken). @return 0 */
int xfrmnl_sp_set_lifetime_cfg(struct xfrmnl_sp *sp,
			       struct xfrmnl_ltime_cfg *ltime)
{
	xfrmnl_ltime_cfg_get(ltime);
	xfrmnl_ltime_cfg_put(sp->lft);
	sp->lft = ltime;
	sp->ce_mask |= SP_ATTR_LTIME_CFG;
	return 0;
}

/**
 * Current lifetime (all zero when the kernel reported none).
 * @return 0, or -1 for a NULL argument.
 */
int xfrmnl_sp_get_curlifetime(struct xfrmnl_sp *sp,
			      unsigned long long *curr_bytes,
			      unsigned long long *curr_packets,
			      unsigned long long *curr_add_time,
			      unsigned long long *curr_use_time)
{
	if (!sp || !curr_bytes || !curr_packets || !curr_add_time ||
	    !curr_use_time)
		return -1;
	*curr_bytes = sp->curlft.bytes;
	*curr_packets = sp->curlft.packets;
	*curr_add_time = sp->curlft.add_time;
	*curr_use_time = sp->curlft.use_time;
	return 0;
}

#define SP_FIELD(name, member, bit)                                            \
	int xfrmnl_sp_get_##name(struct xfrmnl_sp *sp)                         \
	{                                                                      \
		return HAS(sp, bit) ? (int)sp->member : -1;                    \
	}                                                                      \
	int xfrmnl_sp_set_##name(struct xfrmnl_sp *sp, unsigned int v)         \
	{                                                                      \
		sp->member = v;                                                \
		sp->ce_mask |= (bit);                                          \
		return 0;                                                      \
	}

SP_FIELD(priority, priority, SP_ATTR_PRIO)
SP_FIELD(index, index, SP_ATTR_INDEX)
SP_FIELD(dir, dir, SP_ATTR_DIR)
SP_FIELD(action, action, SP_ATTR_ACTION)
SP_FIELD(flags, flags, SP_ATTR_FLAGS)
SP_FIELD(share, share, SP_ATTR_SHARE)
SP_FIELD(userpolicy_type, uptype, SP_ATTR_POLTYPE)

/**
 * Security context: total length (header and text), extension type,
 * algorithm, domain of interpretation, text length, and the text
 * (@a ctx_len bytes are written to @a ctx_str).
 * @return 0, or -1 when not set.
 */
int xfrmnl_sp_get_sec_ctx(struct xfrmnl_sp *sp, unsigned int *len,
			  unsigned int *exttype, unsigned int *alg,
			  unsigned int *doi, unsigned int *ctx_len,
			  char *ctx_str)
{
	struct xfrmnl_sec_ctx *c = sp->sec_ctx;

	if (!HAS(sp, SP_ATTR_SECCTX) || !c)
		return -1;
	if (len)
		*len = c->len;
	if (exttype)
		*exttype = c->exttype;
	if (alg)
		*alg = c->ctx_alg;
	if (doi)
		*doi = c->ctx_doi;
	if (ctx_len)
		*ctx_len = c->ctx_len;
	if (ctx_str)
		memcpy(ctx_str, c->ctx, c->ctx_len);
	return 0;
}

/**
 * Set the security context; the total length is computed from
 * @a ctx_len, the @a len given is not used.
 */
int xfrmnl_sp_set_sec_ctx(struct xfrmnl_sp *sp, unsigned int len,
			  unsigned int exttype, unsigned int alg,
			  unsigned int doi, unsigned int ctx_len, char *ctx_str)
{
	int err = _xfrmnl_ctx_set(&sp->sec_ctx, doi, alg, ctx_len, 0, ctx_str);

	if (err)
		return err;
	sp->sec_ctx->exttype = exttype;
	sp->ce_mask |= SP_ATTR_SECCTX;
	return 0;
}

/** Append @a utmpl to the policy's templates (the policy owns it). */
void xfrmnl_sp_add_usertemplate(struct xfrmnl_sp *sp,
				struct xfrmnl_user_tmpl *utmpl)
{
	nl_list_add_tail(&utmpl->utmpl_list, &sp->tmpls);
	sp->nr_tmpls++;
	sp->ce_mask |= SP_ATTR_TMPL;
}

/** Take @a utmpl out of the policy (the caller owns it again). */
void xfrmnl_sp_remove_usertemplate(struct xfrmnl_sp *sp,
				   struct xfrmnl_user_tmpl *utmpl)
{
	struct xfrmnl_user_tmpl *t;

	nl_list_for_each_entry(t, &sp->tmpls, utmpl_list) {
		if (t == utmpl) {
			nl_list_del(&t->utmpl_list);
			nl_init_list_head(&t->utmpl_list);
			/* the attribute stays set, now with no template */
			sp->nr_tmpls--;
			return;
		}
	}
}

/**
 * The list of templates (struct xfrmnl_user_tmpl, member utmpl_list), or
 * NULL when the policy has none.
 */
struct nl_list_head *xfrmnl_sp_get_usertemplates(struct xfrmnl_sp *sp)
{
	return sp && HAS(sp, SP_ATTR_TMPL) ? &sp->tmpls : NULL;
}

/** Number of templates. */
int xfrmnl_sp_get_nusertemplates(struct xfrmnl_sp *sp)
{
	return sp->nr_tmpls;
}

/** Call @a cb for each template, in order. */
void xfrmnl_sp_foreach_usertemplate(struct xfrmnl_sp *r,
				    void (*cb)(struct xfrmnl_user_tmpl *, void *),
				    void *arg)
{
	struct xfrmnl_user_tmpl *t, *n;

	nl_list_for_each_entry_safe(t, n, &r->tmpls, utmpl_list)
		cb(t, arg);
}

/** The template at position @a n (from 0), or NULL. */
struct xfrmnl_user_tmpl *xfrmnl_sp_usertemplate_n(struct xfrmnl_sp *r, int n)
{
	struct xfrmnl_user_tmpl *t;
	int i = 0;

	if (n < 0)
		return NULL;
	nl_list_for_each_entry(t, &r->tmpls, utmpl_list)
		if (i++ == n)
			return t;
	return NULL;
}

/** Mark mask and value, in that order. @return 0, or -1 when not set. */
int xfrmnl_sp_get_mark(struct xfrmnl_sp *sp, unsigned int *mark_mask,
		       unsigned int *mark_value)
{
	if (!HAS(sp, SP_ATTR_MARK))
		return -1;
	if (mark_mask)
		*mark_mask = sp->mark_m;
	if (mark_value)
		*mark_value = sp->mark_v;
	return 0;
}

/** Set the mark: @a value and @a mask. @return 0 */
int xfrmnl_sp_set_mark(struct xfrmnl_sp *sp, unsigned int value,
		       unsigned int mask)
{
	sp->mark_v = value;
	sp->mark_m = mask;
	sp->ce_mask |= SP_ATTR_MARK;
	return 0;
}

/** XFRM interface id. @return 0, or -NLE_NOATTR when not set. */
int xfrmnl_sp_get_if_id(struct xfrmnl_sp *sp, uint32_t *out_if_id)
{
	if (!HAS(sp, SP_ATTR_IF_ID))
		return -NLE_NOATTR;
	if (out_if_id)
		*out_if_id = sp->if_id;
	return 0;
}

/** Set the XFRM interface id (XFRMA_IF_ID). @return 0 */
int xfrmnl_sp_set_if_id(struct xfrmnl_sp *sp, uint32_t if_id)
{
	sp->if_id = if_id;
	sp->ce_mask |= SP_ATTR_IF_ID;
	return 0;
}

/* ------------------------------------------------------------------ */

static int sp_request_update(struct nl_cache *c, struct nl_sock *h)
{
	return nl_send_simple(h, XFRM_MSG_GETPOLICY, NLM_F_DUMP, NULL, 0);
}

static struct nl_af_group sp_groups[] = {
	{ AF_UNSPEC, XFRMNLGRP_POLICY },
	{ AF_UNSPEC, XFRMNLGRP_EXPIRE },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops xfrmnl_sp_ops = {
	.co_name = "xfrm/sp",
	.co_hdrsize = sizeof(struct xfrm_userpolicy_id),
	.co_msgtypes = {
		{ XFRM_MSG_NEWPOLICY, NL_ACT_NEW, "new" },
		{ XFRM_MSG_DELPOLICY, NL_ACT_DEL, "del" },
		{ XFRM_MSG_GETPOLICY, NL_ACT_GET, "get" },
		{ XFRM_MSG_UPDPOLICY, NL_ACT_NEW, "update" },
		{ XFRM_MSG_POLEXPIRE, NL_ACT_UNSPEC, "expire" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_XFRM,
	.co_groups = sp_groups,
	.co_request_update = sp_request_update,
	.co_msg_parser = sp_msg_parser,
	.co_obj_ops = &xfrm_sp_obj_ops,
};

static void __attribute__((constructor)) sp_init(void)
{
	nl_cache_mngt_register(&xfrmnl_sp_ops);
}

static void __attribute__((destructor)) sp_exit(void)
{
	nl_cache_mngt_unregister(&xfrmnl_sp_ops);
}
