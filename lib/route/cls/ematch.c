/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Extended matches (ematch): single matches of a kind (cmp, nbyte, meta,
 * text, ...) combined by AND / OR / NOT into trees, their registry, and
 * the TCA_EMATCH_TREE attribute.
 *
 * On the wire a tree is a flat array (TCA_EMATCH_TREE_LIST, members
 * numbered from 1).  A list of siblings occupies consecutive slots, each
 * slot's relation flag linking it to the next, the last one TCF_EM_REL_END.
 * A container slot holds the position where its children's list starts,
 * always after the container itself.  We write the top list first and
 * each child list after everything that precedes it.
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

/* The kernel's match stack (CONFIG_NET_EMATCH_STACK) holds 32 levels of
 * containers; neither a tree we parse nor one we build may be deeper. */
#define MAX_DEPTH 32
/* Positions are 16 bits in the tree header and in the ematches. */
#define MAX_MATCHES 0xffff

static NL_LIST_HEAD(ematch_ops_list);

/**
 * Register an ematch kind.
 * @return 0, or -NLE_EXIST when a kind with the same id is registered.
 */
int rtnl_ematch_register(struct rtnl_ematch_ops *ops)
{
	if (!ops)
		return -NLE_INVAL;
	if (rtnl_ematch_lookup_ops(ops->eo_kind))
		return -NLE_EXIST;
	NL_DBG(1, "ematch kind %d \"%s\" registered\n", ops->eo_kind,
	       ops->eo_name);
	nl_list_add_tail(&ops->eo_list, &ematch_ops_list);
	return 0;
}

/** The registered kind with id @a kind (TCF_EM_*), or NULL. */
struct rtnl_ematch_ops *rtnl_ematch_lookup_ops(int kind)
{
	struct rtnl_ematch_ops *ops;

	nl_list_for_each_entry(ops, &ematch_ops_list, eo_list)
		if (ops->eo_kind == kind)
			return ops;
	return NULL;
}

/** The registered kind named @a name, or NULL. */
struct rtnl_ematch_ops *rtnl_ematch_lookup_ops_by_name(const char *name)
{
	struct rtnl_ematch_ops *ops;

	if (!name)
		return NULL;
	nl_list_for_each_entry(ops, &ematch_ops_list, eo_list)
		if (ops->eo_name && !strcasecmp(ops->eo_name, name))
			return ops;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Single matches                                                       */

/** Allocate an empty ematch (free it with rtnl_ematch_free()). */
struct rtnl_ematch *rtnl_ematch_alloc(void)
{
	struct rtnl_ematch *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	nl_init_list_head(&e->e_list);
	nl_init_list_head(&e->e_childs);
	return e;
}

/**
 * Append @a child to the children of the container @a parent.
 * @return 0, or -NLE_OPNOTSUPP when @a parent is not a container.
 */
int rtnl_ematch_add_child(struct rtnl_ematch *parent,
			  struct rtnl_ematch *child)
{
	if (!parent || !child)
		return -NLE_INVAL;
	if (parent->e_kind != TCF_EM_CONTAINER)
		return -NLE_OPNOTSUPP;
	nl_list_add_tail(&child->e_list, &parent->e_childs);
	return 0;
}

/** Remove @a ematch from the list (tree or container) holding it. */
void rtnl_ematch_unlink(struct rtnl_ematch *ematch)
{
	if (!ematch)
		return;
	nl_list_del(&ematch->e_list);
	nl_init_list_head(&ematch->e_list);
}

static void free_list(struct nl_list_head *head)
{
	struct rtnl_ematch *e, *n;

	nl_list_for_each_entry_safe(e, n, head, e_list)
		rtnl_ematch_free(e);
}

/**
 * Unlink and free @a ematch, its kind data and its children.
 */
void rtnl_ematch_free(struct rtnl_ematch *ematch)
{
	if (!ematch)
		return;
	rtnl_ematch_unlink(ematch);
	free_list(&ematch->e_childs);
	if (ematch->e_ops && ematch->e_ops->eo_free)
		ematch->e_ops->eo_free(ematch);
	free(ematch->e_data);
	free(ematch);
}

/** The kind data of @a ematch (NULL before a kind is set). */
void *rtnl_ematch_data(struct rtnl_ematch *ematch)
{
	return ematch->e_data;
}

/** Set flags (TCF_EM_INVERT, relation bits) of @a ematch. */
void rtnl_ematch_set_flags(struct rtnl_ematch *ematch, uint16_t flags)
{
	ematch->e_flags |= flags;
}

/** Clear flags of @a ematch. */
void rtnl_ematch_unset_flags(struct rtnl_ematch *ematch, uint16_t flags)
{
	ematch->e_flags &= ~flags;
}

/** The flags of @a ematch. */
uint16_t rtnl_ematch_get_flags(struct rtnl_ematch *ematch)
{
	return ematch->e_flags;
}

/**
 * Give @a ematch the kind @a ops, with zeroed kind data.
 * @return 0, -NLE_EXIST (a kind is set already) or -NLE_NOMEM.
 */
int rtnl_ematch_set_ops(struct rtnl_ematch *ematch,
			struct rtnl_ematch_ops *ops)
{
	if (!ematch || !ops)
		return -NLE_INVAL;
	if (ematch->e_ops)
		return -NLE_EXIST;
	if (ops->eo_datalen) {
		void *d = calloc(1, ops->eo_datalen);

		if (!d)
			return -NLE_NOMEM;
		free(ematch->e_data);
		ematch->e_data = d;
		ematch->e_datalen = ops->eo_datalen;
	}
	ematch->e_ops = ops;
	ematch->e_kind = (uint16_t)ops->eo_kind;
	return 0;
}

/**
 * Set the kind of @a ematch by id (TCF_EM_*).  A kind with no registered
 * ops (a container, or one this library does not know) carries no data.
 * @return 0 or -NLE_EXIST.
 */
int rtnl_ematch_set_kind(struct rtnl_ematch *ematch, uint16_t kind)
{
	struct rtnl_ematch_ops *ops;

	if (ematch->e_kind || ematch->e_ops)
		return -NLE_EXIST;
	ops = rtnl_ematch_lookup_ops(kind);
	if (ops)
		return rtnl_ematch_set_ops(ematch, ops);
	/* a kind without ops is sent without data, as a container is */
	ematch->e_kind = kind;
	return 0;
}

/**
 * Set the kind of @a ematch by name ("cmp", "nbyte", "meta", ...).
 * @return 0, -NLE_EXIST or -NLE_OPNOTSUPP.
 */
int rtnl_ematch_set_name(struct rtnl_ematch *ematch, const char *name)
{
	struct rtnl_ematch_ops *ops = rtnl_ematch_lookup_ops_by_name(name);

	if (!ops)
		return -NLE_OPNOTSUPP;
	return rtnl_ematch_set_ops(ematch, ops);
}

/* ------------------------------------------------------------------ */
/* Trees                                                                */

/** Allocate an empty tree of program @a progid (RTNL_EMATCH_PROGID). */
struct rtnl_ematch_tree *rtnl_ematch_tree_alloc(uint16_t progid)
{
	struct rtnl_ematch_tree *tree = calloc(1, sizeof(*tree));

	if (!tree)
		return NULL;
	nl_init_list_head(&tree->et_list);
	tree->et_progid = progid;
	return tree;
}

/** Free @a tree with all its matches. */
void rtnl_ematch_tree_free(struct rtnl_ematch_tree *tree)
{
	if (!tree)
		return;
	free_list(&tree->et_list);
	free(tree);
}

/** Append @a ematch to the top list of @a tree (the tree owns it). */
void rtnl_ematch_tree_add(struct rtnl_ematch_tree *tree,
			  struct rtnl_ematch *ematch)
{
	nl_list_add_tail(&ematch->e_list, &tree->et_list);
}

/* The kind data of @e in its wire form, in a message of its own (a page,
 * or as much as the largest data a match attribute holds). */
static int fill_data(struct rtnl_ematch *e, struct nl_msg **result)
{
	static const size_t sizes[] = { 0, 1 << 17 };
	size_t i;
	int err = -NLE_NOMEM;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		struct nl_msg *msg = sizes[i] ? nlmsg_alloc_size(sizes[i])
					      : nlmsg_alloc();

		if (!msg)
			return -NLE_NOMEM;
		err = e->e_ops->eo_fill(e, msg);
		if (err >= 0) {
			*result = msg;
			return 0;
		}
		nlmsg_free(msg);
		if (err != -NLE_NOMEM)
			break;
	}
	return err;
}

static struct rtnl_ematch *ematch_clone(struct rtnl_ematch *src)
{
	struct rtnl_ematch *e = rtnl_ematch_alloc(), *c, *cc;

	if (!e)
		return NULL;
	e->e_id = src->e_id;
	e->e_kind = src->e_kind;
	e->e_flags = src->e_flags;
	e->e_index = src->e_index;
	e->e_ops = src->e_ops;
	if (src->e_datalen) {
		e->e_data = malloc(src->e_datalen);
		if (!e->e_data) {
			free(e);
			return NULL;
		}
		memcpy(e->e_data, src->e_data, src->e_datalen);
		e->e_datalen = src->e_datalen;
	}
	/* kinds owning pointers (meta values, text patterns) deep-copy
	 * through a parse of their own wire form */
	if (src->e_ops && src->e_ops->eo_free) {
		struct nl_msg *msg = NULL;
		int err = -NLE_OPNOTSUPP;

		memset(e->e_data, 0, e->e_datalen);
		if (src->e_ops->eo_fill && src->e_ops->eo_parse &&
		    (err = fill_data(src, &msg)) >= 0) {
			struct nlmsghdr *n = nlmsg_hdr(msg);

			err = src->e_ops->eo_parse(e, nlmsg_data(n),
						   (size_t)nlmsg_datalen(n));
		}
		nlmsg_free(msg);
		if (err < 0) {
			rtnl_ematch_free(e);
			return NULL;
		}
	}
	nl_list_for_each_entry(c, &src->e_childs, e_list) {
		cc = ematch_clone(c);
		if (!cc) {
			rtnl_ematch_free(e);
			return NULL;
		}
		nl_list_add_tail(&cc->e_list, &e->e_childs);
	}
	return e;
}

/**
 * A deep copy of @a src, or NULL when memory runs out or a match cannot
 * be encoded (see rtnl_ematch_fill_attr()).
 */
struct rtnl_ematch_tree *rtnl_ematch_tree_clone(struct rtnl_ematch_tree *src)
{
	struct rtnl_ematch_tree *dst;
	struct rtnl_ematch *e, *c;

	if (!src)
		return NULL;
	dst = rtnl_ematch_tree_alloc(src->et_progid);
	if (!dst)
		return NULL;
	nl_list_for_each_entry(e, &src->et_list, e_list) {
		c = ematch_clone(e);
		if (!c) {
			rtnl_ematch_tree_free(dst);
			return NULL;
		}
		nl_list_add_tail(&c->e_list, &dst->et_list);
	}
	return dst;
}

/* ------------------------------------------------------------------ */
/* Parsing TCA_EMATCH_TREE                                              */

static struct nla_policy tree_policy[TCA_EMATCH_TREE_MAX + 1] = {
	[TCA_EMATCH_TREE_HDR] = { .minlen = sizeof(struct tcf_ematch_tree_hdr) },
	[TCA_EMATCH_TREE_LIST] = { .type = NLA_NESTED },
};

/* Link the list starting at slot pos (and, recursively, its containers'
 * lists) under head.  used[] protects against slots taken twice. */
static int link_list(struct rtnl_ematch **slots, uint32_t *refs,
		     uint8_t *used, int n, int pos, struct nl_list_head *head,
		     int depth)
{
	if (depth > MAX_DEPTH)
		return -NLE_INVAL;
	for (;;) {
		struct rtnl_ematch *e;
		int err;

		if (pos < 0 || pos >= n || used[pos])
			return -NLE_INVAL;
		used[pos] = 1;
		e = slots[pos];
		nl_list_add_tail(&e->e_list, head);
		if (e->e_kind == TCF_EM_CONTAINER) {
			if (refs[pos] <= (uint32_t)pos || refs[pos] >= (uint32_t)n)
				return -NLE_INVAL;
			err = link_list(slots, refs, used, n, (int)refs[pos],
					&e->e_childs, depth + 1);
			if (err < 0)
				return err;
		}
		if ((e->e_flags & TCF_EM_REL_MASK) == TCF_EM_REL_END)
			return 0;
		if (!TCF_EM_REL_VALID(e->e_flags))
			return -NLE_INVAL;
		pos++;
	}
}

/**
 * Parse a TCA_EMATCH_TREE attribute into a new tree.
 * @return 0 or a negative error code; *result is the tree.
 */
int rtnl_ematch_parse_attr(struct nlattr *attr, struct rtnl_ematch_tree **result)
{
	struct nlattr *tb[TCA_EMATCH_TREE_MAX + 1], *a;
	struct tcf_ematch_tree_hdr *thdr;
	struct rtnl_ematch_tree *tree = NULL;
	struct rtnl_ematch **slots = NULL;
	uint32_t *refs = NULL;
	uint8_t *used = NULL;
	int err, n, i = 0, rem;

	if (!attr || !result)
		return -NLE_INVAL;
	err = nla_parse_nested(tb, TCA_EMATCH_TREE_MAX, attr, tree_policy);
	if (err < 0)
		return err;
	if (!tb[TCA_EMATCH_TREE_HDR])
		return -NLE_MISSING_ATTR;
	thdr = nla_data(tb[TCA_EMATCH_TREE_HDR]);
	n = thdr->nmatches;
	tree = rtnl_ematch_tree_alloc(thdr->progid);
	if (!tree)
		return -NLE_NOMEM;
	if (n == 0)
		goto done;
	if (!tb[TCA_EMATCH_TREE_LIST]) {
		err = -NLE_MISSING_ATTR;
		goto fail;
	}
	slots = calloc((size_t)n, sizeof(*slots));
	refs = calloc((size_t)n, sizeof(*refs));
	used = calloc((size_t)n, 1);
	if (!slots || !refs || !used) {
		err = -NLE_NOMEM;
		goto fail;
	}
	nla_for_each_nested(a, tb[TCA_EMATCH_TREE_LIST], rem) {
		struct tcf_ematch_hdr *hdr;
		struct rtnl_ematch *e;
		size_t len;
		void *data;

		if (i >= n) {
			err = -NLE_INVAL;
			goto fail;
		}
		if (nla_len(a) < (int)sizeof(*hdr)) {
			err = -NLE_INVAL;
			goto fail;
		}
		hdr = nla_data(a);
		data = (char *)hdr + NLA_ALIGN(sizeof(*hdr));
		len = (size_t)nla_len(a) - sizeof(*hdr);
		e = slots[i] = rtnl_ematch_alloc();
		if (!e) {
			err = -NLE_NOMEM;
			goto fail;
		}
		e->e_id = hdr->matchid;
		e->e_kind = hdr->kind;
		e->e_flags = hdr->flags;
		e->e_index = (uint16_t)i;
		if (hdr->kind == TCF_EM_CONTAINER) {
			if (len < sizeof(uint32_t)) {
				err = -NLE_INVAL;
				goto fail;
			}
			memcpy(&refs[i], data, sizeof(uint32_t));
		} else {
			struct rtnl_ematch_ops *ops =
				rtnl_ematch_lookup_ops(hdr->kind);

			if (ops) {
				if (len < ops->eo_minlen) {
					err = -NLE_INVAL;
					goto fail;
				}
				err = rtnl_ematch_set_ops(e, ops);
				if (err < 0)
					goto fail;
				if (ops->eo_parse &&
				    (err = ops->eo_parse(e, data, len)) < 0)
					goto fail;
			} else if (len) {
				/* unknown kind: keep its bytes */
				e->e_data = malloc(len);
				if (!e->e_data) {
					err = -NLE_NOMEM;
					goto fail;
				}
				memcpy(e->e_data, data, len);
				e->e_datalen = len;
			}
		}
		i++;
	}
	if (i != n) {
		err = -NLE_INVAL;
		goto fail;
	}
	err = link_list(slots, refs, used, n, 0, &tree->et_list, 0);
	if (err < 0)
		goto fail;
	/* slots not reachable from the top list are dropped */
	for (i = 0; i < n; i++)
		if (!used[i])
			rtnl_ematch_free(slots[i]);
done:
	free(slots);
	free(refs);
	free(used);
	*result = tree;
	return 0;
fail:
	NL_DBG(2, "ematch tree: invalid (%d)\n", err);
	if (slots) {
		/* free everything, linked or not, exactly once: unlink all,
		 * then forget all list heads */
		for (i = 0; i < n; i++)
			if (slots[i])
				rtnl_ematch_unlink(slots[i]);
		for (i = 0; i < n; i++)
			if (slots[i])
				nl_init_list_head(&slots[i]->e_childs);
		nl_init_list_head(&tree->et_list);
		for (i = 0; i < n; i++)
			rtnl_ematch_free(slots[i]);
	}
	free(slots);
	free(refs);
	free(used);
	rtnl_ematch_tree_free(tree);
	return err;
}

/* ------------------------------------------------------------------ */
/* Building TCA_EMATCH_TREE                                             */

/* Count the matches of a list and its containers' lists into *n. */
static int count_list(struct nl_list_head *head, int depth, int *n)
{
	struct rtnl_ematch *e;
	int err;

	if (depth > MAX_DEPTH)
		return -NLE_RANGE;
	nl_list_for_each_entry(e, head, e_list) {
		if (++*n > MAX_MATCHES)
			return -NLE_RANGE;
		if (e->e_kind != TCF_EM_CONTAINER)
			continue;
		err = count_list(&e->e_childs, depth + 1, n);
		if (err < 0)
			return err;
	}
	return 0;
}

/* Assign positions: list first, then each container's list. */
static void number_list(struct nl_list_head *head, int *next)
{
	struct rtnl_ematch *e;

	nl_list_for_each_entry(e, head, e_list)
		e->e_index = (uint16_t)(*next)++;
	nl_list_for_each_entry(e, head, e_list)
		if (e->e_kind == TCF_EM_CONTAINER)
			number_list(&e->e_childs, next);
}

/* The flags of @e as they go on the wire: no relation after a list's last
 * member, AND where none is set before it (see put_match()). */
static uint16_t rel_flags(struct rtnl_ematch *e, int last)
{
	uint16_t f = e->e_flags & ~TCF_EM_REL_MASK;

	if (!last)
		f |= e->e_flags & TCF_EM_REL_MASK ? e->e_flags & TCF_EM_REL_MASK
						  : TCF_EM_REL_AND;
	return f;
}

static int put_match(struct nl_msg *msg, struct rtnl_ematch *e, int last)
{
	struct tcf_ematch_hdr hdr = {
		.matchid = e->e_id,
		.kind = e->e_kind,
		.flags = e->e_flags,
	};
	struct nlattr *start = (struct nlattr *)nlmsg_tail(nlmsg_hdr(msg));
	size_t len;
	int err;

	hdr.flags = rel_flags(e, last);
	if (nla_put(msg, e->e_index + 1, 0, NULL) < 0)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &hdr, sizeof(hdr), NLMSG_ALIGNTO) < 0)
		return -NLE_NOMEM;
	if (e->e_kind == TCF_EM_CONTAINER) {
		struct rtnl_ematch *first;
		uint32_t ref;

		if (nl_list_empty(&e->e_childs))
			return -NLE_INVAL;
		first = nl_list_first_entry(&e->e_childs, struct rtnl_ematch,
					    e_list);
		ref = first->e_index;
		if (nlmsg_append(msg, &ref, sizeof(ref), NLMSG_ALIGNTO) < 0)
			return -NLE_NOMEM;
	} else if (e->e_ops && e->e_ops->eo_fill) {
		err = e->e_ops->eo_fill(e, msg);
		if (err < 0)
			return err;
	} else if (e->e_datalen) {
		if (nlmsg_append(msg, e->e_data, e->e_datalen, NLMSG_ALIGNTO) < 0)
			return -NLE_NOMEM;
	}
	len = (size_t)((char *)nlmsg_tail(nlmsg_hdr(msg)) - (char *)start);
	if (len > USHRT_MAX)
		return -NLE_ATTRSIZE;
	start->nla_len = (uint16_t)len;
	return 0;
}

static int put_list(struct nl_msg *msg, struct nl_list_head *head)
{
	struct rtnl_ematch *e;
	int err;

	nl_list_for_each_entry(e, head, e_list) {
		err = put_match(msg, e, e->e_list.next == head);
		if (err < 0)
			return err;
	}
	nl_list_for_each_entry(e, head, e_list) {
		if (e->e_kind == TCF_EM_CONTAINER) {
			err = put_list(msg, &e->e_childs);
			if (err < 0)
				return err;
		}
	}
	return 0;
}

/**
 * Put @a tree into @a msg as attribute @a attrid (a TCA_EMATCH_TREE nest).
 *
 * A tree the kernel's format cannot carry is refused, never cut short:
 * more than 65535 matches, containers nested deeper than 32 levels, an
 * nbyte pattern over 4095 bytes or a text pattern over 65535 bytes give
 * -NLE_RANGE; a match or a list longer than an attribute can be (65535
 * bytes) gives -NLE_ATTRSIZE.  On error @a msg is left as it was.
 *
 * @return 0, those errors, -NLE_INVAL (an empty container), -NLE_NOMEM.
 */
int rtnl_ematch_fill_attr(struct nl_msg *msg, int attrid,
			  struct rtnl_ematch_tree *tree)
{
	struct tcf_ematch_tree_hdr thdr;
	struct nlattr *nest, *list;
	int n = 0, next = 0, err;

	if (!msg || !tree)
		return -NLE_INVAL;
	err = count_list(&tree->et_list, 0, &n);
	if (err < 0)
		return err;
	thdr.nmatches = (uint16_t)n;
	thdr.progid = tree->et_progid;
	number_list(&tree->et_list, &next);

	nest = nla_nest_start(msg, attrid);
	if (!nest)
		return -NLE_NOMEM;
	err = -NLE_NOMEM;
	if (nla_put(msg, TCA_EMATCH_TREE_HDR, sizeof(thdr), &thdr) < 0)
		goto cancel;
	if (n) {
		list = nla_nest_start(msg, TCA_EMATCH_TREE_LIST);
		if (!list)
			goto cancel;
		err = put_list(msg, &tree->et_list);
		if (err < 0)
			goto cancel;
		err = nla_nest_end(msg, list);
		if (err < 0)
			goto cancel;
	}
	err = nla_nest_end(msg, nest);
	if (err < 0)
		goto cancel;
	return 0;
cancel:
	nla_nest_cancel(msg, nest);
	return err;
}

/* ------------------------------------------------------------------ */
/* Comparing and dumping                                                */

static int list_differ(struct nl_list_head *ha, struct nl_list_head *hb)
{
	struct nl_list_head *pa = ha->next, *pb = hb->next;

	for (; pa != ha && pb != hb; pa = pa->next, pb = pb->next) {
		struct rtnl_ematch *a = nl_list_entry(pa, struct rtnl_ematch,
						      e_list);
		struct rtnl_ematch *b = nl_list_entry(pb, struct rtnl_ematch,
						      e_list);
		uint16_t fa = rel_flags(a, pa->next == ha);
		uint16_t fb = rel_flags(b, pb->next == hb);

		if (a->e_kind != b->e_kind || fa != fb ||
		    a->e_id != b->e_id)
			return 1;
		if (a->e_kind == TCF_EM_CONTAINER) {
			if (list_differ(&a->e_childs, &b->e_childs))
				return 1;
			continue;
		}
		if (a->e_ops && a->e_ops->eo_fill) {
			struct nl_msg *ma = NULL, *mb = NULL;
			int d = 1;

			if (b->e_ops == a->e_ops && fill_data(a, &ma) >= 0 &&
			    fill_data(b, &mb) >= 0) {
				struct nlmsghdr *x = nlmsg_hdr(ma);
				struct nlmsghdr *y = nlmsg_hdr(mb);

				d = x->nlmsg_len != y->nlmsg_len ||
				    memcmp(nlmsg_data(x), nlmsg_data(y),
					   (size_t)nlmsg_datalen(x));
			}
			nlmsg_free(ma);
			nlmsg_free(mb);
			if (d)
				return 1;
		} else if (a->e_datalen != b->e_datalen ||
			   (a->e_datalen &&
			    memcmp(a->e_data, b->e_data, a->e_datalen)))
			return 1;
	}
	return pa != ha || pb != hb;
}

int _rtnl_ematch_tree_differ(struct rtnl_ematch_tree *a,
			     struct rtnl_ematch_tree *b)
{
	if (!a || !b)
		return a != b;
	if (a->et_progid != b->et_progid)
		return 1;
	return list_differ(&a->et_list, &b->et_list);
}

static void dump_list(struct nl_list_head *head, struct nl_dump_params *p)
{
	struct rtnl_ematch *e;

	nl_list_for_each_entry(e, head, e_list) {
		if (e->e_flags & TCF_EM_INVERT)
			nl_dump(p, "!");
		if (e->e_kind == TCF_EM_CONTAINER) {
			nl_dump(p, "(");
			dump_list(&e->e_childs, p);
			nl_dump(p, ")");
		} else if (e->e_ops && e->e_ops->eo_dump) {
			e->e_ops->eo_dump(e, p);
		} else {
			nl_dump(p, "[unknown ematch %d]", e->e_kind);
		}
		if (e->e_list.next != head)
			nl_dump(p, (e->e_flags & TCF_EM_REL_MASK) ==
					   TCF_EM_REL_OR ?
					   " OR " :
					   " AND ");
	}
}

/** Print @a tree as an expression ("u8 at ip+0 = 4 AND !(meta(...))"). */
void rtnl_ematch_tree_dump(struct rtnl_ematch_tree *tree,
			   struct nl_dump_params *p)
{
	if (!tree)
		return;
	dump_list(&tree->et_list, p);
	nl_dump(p, "\n");
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                         */

static const char *layer_names[] = {
	[TCF_LAYER_LINK] = "eth",
	[TCF_LAYER_NETWORK] = "ip",
	[TCF_LAYER_TRANSPORT] = "tcp",
};

/** "@a layer+@a offset" in @a buf ("ip+12"; "?+12" for unknown layers). */
char *rtnl_ematch_offset2txt(uint8_t layer, uint16_t offset, char *buf,
			     size_t len)
{
	snprintf(buf, len, "%s+%u",
		 layer <= TCF_LAYER_MAX ? layer_names[layer] : "?", offset);
	return buf;
}

/** The operator sign of @a opnd (TCF_EM_OPND_*): "=", ">", "<" or "?". */
char *rtnl_ematch_opnd2txt(uint8_t opnd, char *buf, size_t len)
{
	static const char *names[] = { "=", ">", "<" };

	snprintf(buf, len, "%s", opnd < ARRAY_SIZE(names) ? names[opnd] : "?");
	return buf;
}

/**
 * Parse the text expression @a expr into a new tree (see the grammar in
 * ematch_parse.c).  On a syntax error, *errp (when not NULL) receives a
 * message to free().
 * @return 0 or a negative error code; *result is the tree.
 */
int rtnl_ematch_parse_expr(const char *expr, char **errp,
			   struct rtnl_ematch_tree **result)
{
	struct rtnl_ematch_tree *tree;
	int err;

	if (errp)
		*errp = NULL;
	if (!expr || !result)
		return -NLE_INVAL;
	tree = rtnl_ematch_tree_alloc(RTNL_EMATCH_PROGID);
	if (!tree)
		return -NLE_NOMEM;
	err = _rtnl_ematch_expr_parse(expr, errp, tree);
	if (err < 0) {
		rtnl_ematch_tree_free(tree);
		return err;
	}
	*result = tree;
	return 0;
}
