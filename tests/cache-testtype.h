/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A small object type ("test/tt") and its cache type, for the object,
 * cache, cache manager and dump-consistency suites.  Header only (static
 * definitions), included by one test program each.
 *
 * Wire format of a message: struct tt_wire.  Message types: TT_GET (the
 * dump request, payload a uint32_t family), TT_NEW, TT_DEL.  Identity: id
 * and family.  Counters in tt_stats let tests assert on the work done
 * (keygens, compares) instead of timing.
 */

#ifndef CACHE_TESTTYPE_H_
#define CACHE_TESTTYPE_H_

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/netlink.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"

#define TT_ATTR_ID	(1ULL << 0)
#define TT_ATTR_NAME	(1ULL << 1)
#define TT_ATTR_VALUE	(1ULL << 2)
#define TT_ATTR_LABEL	(1ULL << 3)
#define TT_ATTR_FAMILY	(1ULL << 4)
#define TT_ATTR_HIGH	(1ULL << 40)

#define TT_GET 0x40
#define TT_NEW 0x41
#define TT_DEL 0x42

struct tt_obj {
	NLHDR_COMMON
	uint32_t id;
	uint32_t family;
	uint32_t value;
	char name[16];
	char *label;		/* owned */
	uint32_t high;
};

struct tt_wire {
	uint32_t id;
	uint32_t family;
	uint32_t value;
	char name[16];
};

static struct {
	unsigned long keygens, compares, constructs, frees, clones;
	int update_mode;	/* 1: oo_update merges value */
	int requests;		/* dump requests sent */
	int req_family[16];	/* their families */
} tt_stats;

static void tt_constructor(struct nl_object *o)
{
	tt_stats.constructs++;
}

static void tt_free_data(struct nl_object *o)
{
	struct tt_obj *t = (struct tt_obj *)o;

	tt_stats.frees++;
	free(t->label);
}

static int tt_clone(struct nl_object *dst, struct nl_object *src)
{
	struct tt_obj *d = (struct tt_obj *)dst, *s = (struct tt_obj *)src;

	tt_stats.clones++;
	if (s->label) {
		d->label = strdup(s->label);
		if (!d->label)
			return -NLE_NOMEM;
	}
	return 0;
}

static void tt_dump_line(struct nl_object *o, struct nl_dump_params *p)
{
	struct tt_obj *t = (struct tt_obj *)o;

	nl_dump_line(p, "tt %u/%u %s value %u\n", t->family, t->id,
		     (t->ce_mask & TT_ATTR_NAME) ? t->name : "-", t->value);
}

static void tt_dump_details(struct nl_object *o, struct nl_dump_params *p)
{
	struct tt_obj *t = (struct tt_obj *)o;

	tt_dump_line(o, p);
	nl_dump_line(p, "    label %s\n", t->label ? t->label : "none");
}

static uint64_t tt_compare(struct nl_object *a, struct nl_object *b,
			   uint64_t attrs, int flags)
{
	struct tt_obj *x = (struct tt_obj *)a, *y = (struct tt_obj *)b;
	uint64_t diff = 0;

	tt_stats.compares++;
	diff |= ATTR_DIFF(attrs, TT_ATTR_ID, x, y, x->id != y->id);
	diff |= ATTR_DIFF(attrs, TT_ATTR_FAMILY, x, y, x->family != y->family);
	diff |= ATTR_DIFF(attrs, TT_ATTR_VALUE, x, y, x->value != y->value);
	diff |= ATTR_DIFF(attrs, TT_ATTR_HIGH, x, y, x->high != y->high);
	if (flags & LOOSE_COMPARISON)
		/* a filter's name matches as a prefix */
		diff |= ATTR_DIFF(attrs, TT_ATTR_NAME, x, y,
				  strncmp(x->name, y->name, strlen(y->name)));
	else
		diff |= ATTR_DIFF(attrs, TT_ATTR_NAME, x, y,
				  strcmp(x->name, y->name));
	diff |= ATTR_DIFF(attrs, TT_ATTR_LABEL, x, y,
			  strcmp(x->label ? x->label : "",
				 y->label ? y->label : ""));
	return diff;
}

static int tt_update(struct nl_object *dst, struct nl_object *src)
{
	struct tt_obj *d = (struct tt_obj *)dst, *s = (struct tt_obj *)src;

	if (!tt_stats.update_mode)
		return -NLE_OPNOTSUPP;
	d->value += s->value;
	d->ce_mask |= TT_ATTR_VALUE;
	return 0;
}

static void tt_keygen(struct nl_object *o, uint32_t *key, uint32_t size)
{
	struct tt_obj *t = (struct tt_obj *)o;
	uint32_t h = 2166136261u;
	unsigned char in[8];
	size_t i;

	tt_stats.keygens++;
	memcpy(in, &t->id, 4);
	memcpy(in + 4, &t->family, 4);
	for (i = 0; i < sizeof(in); i++)
		h = (h ^ in[i]) * 16777619u;
	*key = h % size;
}

static char *tt_attrs2str(int attrs, char *buf, size_t len)
{
	static const struct { int bit; const char *name; } names[] = {
		{ 1 << 0, "id" }, { 1 << 1, "name" }, { 1 << 2, "value" },
		{ 1 << 3, "label" }, { 1 << 4, "family" },
	};
	size_t i;

	if (!len)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!(attrs & names[i].bit))
			continue;
		if (buf[0])
			strncat(buf, ",", len - strlen(buf) - 1);
		strncat(buf, names[i].name, len - strlen(buf) - 1);
	}
	return buf;
}

static struct nl_object_ops tt_obj_ops = {
	.oo_name = (char *)"test/tt",
	.oo_size = sizeof(struct tt_obj),
	.oo_id_attrs = TT_ATTR_ID | TT_ATTR_FAMILY,
	.oo_constructor = tt_constructor,
	.oo_free_data = tt_free_data,
	.oo_clone = tt_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = tt_dump_line,
		[NL_DUMP_DETAILS] = tt_dump_details,
	},
	.oo_compare = tt_compare,
	.oo_update = tt_update,
	.oo_keygen = tt_keygen,
	.oo_attrs2str = tt_attrs2str,
	.oo_keep_equal = 1,
};

static struct tt_obj *tt_new(uint32_t family, uint32_t id, const char *name,
			     uint32_t value)
{
	struct tt_obj *t = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);

	if (!t)
		abort();
	t->id = id;
	t->family = family;
	t->value = value;
	t->ce_mask = TT_ATTR_ID | TT_ATTR_FAMILY | TT_ATTR_VALUE;
	if (name) {
		snprintf(t->name, sizeof(t->name), "%s", name);
		t->ce_mask |= TT_ATTR_NAME;
	}
	return t;
}

#define OBJ(t) ((struct nl_object *)(t))

/* ------------------------------------------------------------------ */
/* The cache type                                                       */

static int tt_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	uint32_t family = (uint32_t)cache->c_iarg1;

	if (tt_stats.requests < 16)
		tt_stats.req_family[tt_stats.requests] = (int)family;
	tt_stats.requests++;
	return nl_send_simple(sk, TT_GET, NLM_F_DUMP, &family, sizeof(family));
}

static int tt_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct tt_wire w;
	struct tt_obj *t;
	int err;

	if (nlh->nlmsg_len < NLMSG_LENGTH(sizeof(w)))
		return -NLE_MSG_TOOSHORT;
	memcpy(&w, NLMSG_DATA(nlh), sizeof(w));
	w.name[sizeof(w.name) - 1] = '\0';
	t = tt_new(w.family, w.id, w.name[0] ? w.name : NULL, w.value);
	t->ce_msgtype = nlh->nlmsg_type;
	err = pp->pp_cb(OBJ(t), pp);
	nl_object_put(OBJ(t));
	return err;
}

static struct nl_af_group tt_groups[] = {
	{ AF_INET, 5 },
	{ AF_INET6, 6 },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops tt_cache_ops = {
	.co_name = (char *)"test/tt",
	.co_hdrsize = sizeof(struct tt_wire),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = tt_groups,
	.co_request_update = tt_request_update,
	.co_msg_parser = tt_msg_parser,
	.co_obj_ops = &tt_obj_ops,
	.co_msgtypes = {
		{ TT_NEW, NL_ACT_NEW, (char *)"new" },
		{ TT_DEL, NL_ACT_DEL, (char *)"del" },
		END_OF_MSGTYPES_LIST,
	},
};

/* The content of @cache as "family/id:value" words in cache order. */
static __attribute__((unused)) const char *tt_content(struct nl_cache *cache)
{
	static char buf[4096];
	struct nl_object *o;
	size_t n = 0;

	buf[0] = '\0';
	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o)) {
		struct tt_obj *t = (struct tt_obj *)o;

		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%u/%u:%u",
				      n ? " " : "", t->family, t->id, t->value);
		if (n >= sizeof(buf))
			break;
	}
	return buf;
}

#endif
