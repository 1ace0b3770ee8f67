/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic attribute handling driven by struct nlo_table (see
 * include/nl-private/objtable.h).
 */

#include <stdlib.h>
#include <string.h>
#include <endian.h>
#include <arpa/inet.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"

#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/msg.h>

/* Minimum payload of each fixed-size type. */
static const uint8_t nlo_minlen[] = {
	[NLO_U8] = 1,
	[NLO_U16] = 2,
	[NLO_U32] = 4,
	[NLO_U64] = 8,
	[NLO_S32] = 4,
};

const struct nlo_attr *nlo_find(const struct nlo_table *t, uint64_t bit)
{
	unsigned int i;

	for (i = 0; i < t->n; i++)
		if (t->attrs[i].mask & bit)
			return &t->attrs[i];
	return NULL;
}

static void put_value(void *p, const struct nlo_attr *a, uint64_t v)
{
	switch (a->type) {
	case NLO_U8:
	case NLO_FLAG:
		*(uint8_t *)p = (uint8_t)v;
		break;
	case NLO_U16:
		*(uint16_t *)p = (uint16_t)v;
		break;
	case NLO_U32:
	case NLO_S32:
		*(uint32_t *)p = (uint32_t)v;
		break;
	case NLO_U64:
		*(uint64_t *)p = v;
		break;
	}
}

static uint64_t get_value(const void *p, const struct nlo_attr *a)
{
	switch (a->type) {
	case NLO_U8:
	case NLO_FLAG:
		return *(const uint8_t *)p;
	case NLO_U16:
		return *(const uint16_t *)p;
	case NLO_U32:
	case NLO_S32:
		return *(const uint32_t *)p;
	case NLO_U64:
		return *(const uint64_t *)p;
	}
	return 0;
}

static void free_value(void *base, const struct nlo_attr *a)
{
	void **pp = nlo_ptr(base, a);

	if (a->hooks && a->hooks->free) {
		a->hooks->free(base);
		return;
	}
	switch (a->type) {
	case NLO_STRING:
		free(*pp);
		break;
	case NLO_ADDR:
		nl_addr_put(*pp);
		break;
	case NLO_DATA:
		nl_data_free(*pp);
		break;
	default:
		return;
	}
	*pp = NULL;
}

int nlo_parse_one(void *base, const struct nlo_attr *a,
		  const struct nlattr *nla)
{
	void *p = nlo_ptr(base, a);
	const void *d = _nla_data(nla);
	int len = _nla_len(nla);
	uint64_t v;

	if (a->hooks && a->hooks->parse)
		return a->hooks->parse(base, nla);

	switch (a->type) {
	case NLO_U8:
	case NLO_U16:
	case NLO_U32:
	case NLO_U64:
	case NLO_S32:
		if (len < nlo_minlen[a->type])
			return -NLE_RANGE;
		if (a->type == NLO_U8)
			v = *(const uint8_t *)d;
		else if (a->type == NLO_U16) {
			uint16_t x;
			memcpy(&x, d, 2);
			v = (a->flags & NLO_F_BE) ? ntohs(x) : x;
		} else if (a->type == NLO_U64) {
			uint64_t x;
			memcpy(&x, d, 8);
			v = (a->flags & NLO_F_BE) ? be64toh(x) : x;
		} else {
			uint32_t x;
			memcpy(&x, d, 4);
			v = (a->flags & NLO_F_BE) ? ntohl(x) : x;
		}
		put_value(p, a, v);
		break;
	case NLO_FLAG:
		if (a->size)
			put_value(p, a, 1);
		break;
	case NLO_CHARS:
		if (a->size == 0)
			return -NLE_INVAL;
		nla_strlcpy(p, nla, a->size);
		break;
	case NLO_STRING: {
		char *s = strndup(d, (size_t)len);

		if (!s)
			return -NLE_NOMEM;
		free_value(base, a);
		*(char **)p = s;
		break;
	}
	case NLO_ADDR: {
		struct nl_addr *addr = nl_addr_alloc_attr(nla, a->family);

		if (!addr)
			return -NLE_NOMEM;
		if (a->flags & NLO_F_GUESS)
			_nl_addr_guess_set_family(addr);
		free_value(base, a);
		*(struct nl_addr **)p = addr;
		break;
	}
	case NLO_DATA: {
		struct nl_data *data = nl_data_alloc_attr(nla);

		if (!data)
			return -NLE_NOMEM;
		free_value(base, a);
		*(struct nl_data **)p = data;
		break;
	}
	case NLO_BINARY: {
		size_t n = (size_t)len < a->size ? (size_t)len : a->size;

		if ((a->flags & NLO_F_FULL) && (size_t)len < a->size)
			return -NLE_RANGE;
		memset(p, 0, a->size);
		memcpy(p, d, n);
		break;
	}
	case NLO_NONE:
		break;
	default:
		/* NLO_HOOK without a parse hook: nothing to store */
		return 0;
	}
	return 0;
}

int nlo_parse(void *base, const struct nlo_table *t, struct nlattr **tb)
{
	uint64_t *mask = nlo_mask(base, t);
	unsigned int i;
	int err;

	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (!a->nla || (a->flags & (NLO_F_HDR | NLO_F_NOPARSE)) ||
		    a->nla > t->maxtype || !tb[a->nla])
			continue;
		err = nlo_parse_one(base, a, tb[a->nla]);
		if (err < 0) {
			NL_DBG(1, "attribute %s (%u): %s\n", a->name ? a->name : "?",
			       a->nla, nl_geterror(err));
			return err;
		}
		*mask |= a->mask;
	}
	return 0;
}

/* nlo_parse_one() for the commonest entries, 8- and 32-bit integers in
 * host order without hooks; 1 for any other entry. */
static inline int parse_int(void *base, const struct nlo_attr *a,
			    const struct nlattr *nla)
{
	if (a->hooks || (a->flags & NLO_F_BE))
		return 1;
	if (a->type == NLO_U8) {
		if (_nla_len(nla) < 1)
			return -NLE_RANGE;
		*(uint8_t *)nlo_ptr(base, a) = *(const uint8_t *)_nla_data(nla);
		return 0;
	}
	if (a->type == NLO_U32 || a->type == NLO_S32) {
		if (_nla_len(nla) < 4)
			return -NLE_RANGE;
		memcpy(nlo_ptr(base, a), _nla_data(nla), 4);
		return 0;
	}
	return 1;
}

/* Work out into @entry_of the entry (plus one) of @t parsing each id up to
 * t->maxtype; false when two entries share an id. */
static bool build_walk_map(const struct nlo_table *t, uint8_t *entry_of)
{
	unsigned int i;

	memset(entry_of, 0, (size_t)t->maxtype + 1);
	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (!a->nla || (a->flags & (NLO_F_HDR | NLO_F_NOPARSE)) ||
		    a->nla > t->maxtype)
			continue;
		if (entry_of[a->nla])
			return false;
		entry_of[a->nla] = (uint8_t)(i + 1);
	}
	return true;
}

/* The walk map of @t: the one kept in the table once worked out, else
 * worked out into @local (and kept for later parses when no other thread
 * is storing it).  NULL when the table cannot be walked. */
static const uint8_t *walk_map(const struct nlo_table *t, uint8_t *local)
{
	struct nlo_walk_map *m = t->walk;
	int state = m ? __atomic_load_n(&m->state, __ATOMIC_ACQUIRE) :
			NLO_WALK_NONE;
	int none = NLO_WALK_NONE;

	if (state == NLO_WALK_READY)
		return m->entry_of;
	if (state == NLO_WALK_UNUSABLE)
		return NULL;
	if (!build_walk_map(t, local)) {
		if (m)
			__atomic_compare_exchange_n(&m->state, &none,
						    NLO_WALK_UNUSABLE, false,
						    __ATOMIC_RELAXED,
						    __ATOMIC_RELAXED);
		return NULL;
	}
	if (m && __atomic_compare_exchange_n(&m->state, &none, NLO_WALK_BUSY,
					     false, __ATOMIC_ACQUIRE,
					     __ATOMIC_RELAXED)) {
		memcpy(m->entry_of, local, (size_t)t->maxtype + 1);
		__atomic_store_n(&m->state, NLO_WALK_READY, __ATOMIC_RELEASE);
	}
	return local;
}

/*
 * nla_parse() and nlo_parse() without the array of every attribute id:
 * one walk over the stream notes the last attribute of each entry, then
 * the entries found are parsed in table order, as nlo_parse() does.
 * Returns 1 when the table cannot be walked (two entries for one id): the
 * caller takes the general path then.
 */
static int parse_walk(void *base, const struct nlo_table *t,
		      const struct nlattr *head, int len)
{
	const struct nlattr *last[NLO_WALK_N];
	uint8_t local[NLO_WALK_MAXTYPE + 1];
	const uint8_t *entry_of = walk_map(t, local);
	const char *p = (const char *)head;
	const char *end = p + (len > 0 ? len : 0);
	const unsigned int maxtype = t->maxtype;
	uint64_t found = 0;
	unsigned int i;
	int err;

	if (!entry_of)
		return 1;

	/* nlo_for_each_attr() with the position in a register */
	while (end - p >= NLA_HDRLEN) {
		const struct nlattr *nla = (const struct nlattr *)p;
		unsigned int type = nla->nla_type & NLA_TYPE_MASK;
		unsigned int n = nla->nla_len;

		if (n < NLA_HDRLEN || (long)n > end - p)
			break;
		p += NLA_ALIGN(n);
		if (type <= maxtype && entry_of[type]) {
			i = entry_of[type] - 1u;
			last[i] = nla;
			found |= 1ULL << i;
		}
	}

	while (found) {
		const struct nlo_attr *a;

		i = (unsigned int)__builtin_ctzll(found);
		found &= found - 1;
		a = &t->attrs[i];
		err = parse_int(base, a, last[i]);
		if (err > 0)
			err = nlo_parse_one(base, a, last[i]);
		if (err < 0) {
			NL_DBG(1, "attribute %s (%u): %s\n",
			       a->name ? a->name : "?", a->nla,
			       nl_geterror(err));
			return err;
		}
		*nlo_mask(base, t) |= a->mask;
	}
	return 0;
}

int nlo_parse_attrs(void *base, const struct nlo_table *t,
		    struct nlattr *head, int len, struct nlattr **tb)
{
	struct nlattr *local[t->maxtype + 1];
	struct nlattr **v = tb ? tb : local;
	int err;

	if (!tb && t->n <= NLO_WALK_N && t->maxtype <= NLO_WALK_MAXTYPE) {
		err = parse_walk(base, t, head, len);
		if (err <= 0)
			return err;
	}
	err = nla_parse(v, t->maxtype, head, len, NULL);
	if (err < 0)
		return err;
	return nlo_parse(base, t, v);
}

void nlo_parse_hdr(void *base, const struct nlo_table *t, const void *hdr,
		   size_t hdrlen)
{
	uint64_t *mask = nlo_mask(base, t);
	unsigned int i;

	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];
		unsigned int w;

		if (!(a->flags & NLO_F_HDR) || a->type > NLO_S32 ||
		    a->type == NLO_NONE)
			continue;
		w = nlo_minlen[a->type];
		if ((size_t)a->hdr + w > hdrlen)
			continue;
		if (w == 1)
			put_value(nlo_ptr(base, a), a,
				  *((const uint8_t *)hdr + a->hdr));
		else if (w == 2) {
			uint16_t x;
			memcpy(&x, (const char *)hdr + a->hdr, 2);
			put_value(nlo_ptr(base, a), a, x);
		} else if (w == 4) {
			uint32_t x;
			memcpy(&x, (const char *)hdr + a->hdr, 4);
			put_value(nlo_ptr(base, a), a, x);
		} else {
			uint64_t x;
			memcpy(&x, (const char *)hdr + a->hdr, 8);
			put_value(nlo_ptr(base, a), a, x);
		}
		*mask |= a->mask;
	}
}

void nlo_build_hdr(const void *base, const struct nlo_table *t, void *hdr,
		   uint64_t mask)
{
	uint64_t have = nlo_mask_get(base, t) & mask;
	unsigned int i;

	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];
		uint64_t v;
		char *dst = (char *)hdr + a->hdr;

		if (!(a->flags & NLO_F_HDR) || !(have & a->mask) ||
		    a->type > NLO_S32 || a->type == NLO_NONE)
			continue;
		v = get_value(nlo_cptr(base, a), a);
		switch (nlo_minlen[a->type]) {
		case 1:
			*(uint8_t *)dst = (uint8_t)v;
			break;
		case 2: {
			uint16_t x = (uint16_t)v;
			memcpy(dst, &x, 2);
			break;
		}
		case 4: {
			uint32_t x = (uint32_t)v;
			memcpy(dst, &x, 4);
			break;
		}
		default:
			memcpy(dst, &v, 8);
		}
	}
}

static int build_one(struct nl_msg *msg, const void *base,
		     const struct nlo_attr *a)
{
	const void *p = nlo_cptr(base, a);
	uint64_t v;

	if (a->hooks && a->hooks->build)
		return a->hooks->build(msg, base);

	switch (a->type) {
	case NLO_U8:
	case NLO_U16:
	case NLO_U32:
	case NLO_U64:
	case NLO_S32:
		v = get_value(p, a);
		if ((a->flags & NLO_F_NONZERO) && !v)
			return 0;
		if (a->type == NLO_U8)
			return nla_put_u8(msg, a->nla, (uint8_t)v);
		if (a->type == NLO_U16 && (a->flags & NLO_F_WIDE))
			return nla_put_u32(msg, a->nla, (a->flags & NLO_F_BE) ?
					   htons((uint16_t)v) : (uint16_t)v);
		if (a->type == NLO_U16)
			return nla_put_u16(msg, a->nla, (a->flags & NLO_F_BE) ?
					   htons((uint16_t)v) : (uint16_t)v);
		if (a->type == NLO_U64)
			return nla_put_u64(msg, a->nla, (a->flags & NLO_F_BE) ?
					   htobe64(v) : v);
		return nla_put_u32(msg, a->nla, (a->flags & NLO_F_BE) ?
				   htonl((uint32_t)v) : (uint32_t)v);
	case NLO_FLAG:
		if (a->size && !get_value(p, a))
			return 0;
		return nla_put_flag(msg, a->nla);
	case NLO_CHARS:
		return nla_put_string(msg, a->nla, p);
	case NLO_STRING:
		if (!*(char *const *)p)
			return 0;
		return nla_put_string(msg, a->nla, *(char *const *)p);
	case NLO_ADDR:
		if (!*(struct nl_addr *const *)p)
			return 0;
		return nla_put_addr(msg, a->nla, *(struct nl_addr *const *)p);
	case NLO_DATA:
		if (!*(struct nl_data *const *)p)
			return 0;
		return nla_put_data(msg, a->nla, *(struct nl_data *const *)p);
	case NLO_BINARY:
		return nla_put(msg, a->nla, a->size, p);
	}
	return 0;
}

static int buildable(const struct nlo_attr *a, uint64_t have)
{
	return a->nla && ((have & a->mask) || (a->flags & NLO_F_ALWAYS)) &&
	       !(a->flags & (NLO_F_NOBUILD | NLO_F_HDR));
}

static int in_order(const struct nlo_table *t, uint16_t nla)
{
	unsigned int i;

	for (i = 0; i < t->norder; i++)
		if (t->order[i] == nla)
			return 1;
	return 0;
}

int nlo_build(struct nl_msg *msg, const void *base, const struct nlo_table *t,
	      uint64_t mask)
{
	uint64_t have = nlo_mask_get(base, t) & mask;
	unsigned int i, j;
	int err;

	for (j = 0; j < t->norder; j++) {
		for (i = 0; i < t->n; i++) {
			const struct nlo_attr *a = &t->attrs[i];

			if (a->nla != t->order[j] || !buildable(a, have))
				continue;
			if ((err = build_one(msg, base, a)) < 0)
				return err;
		}
	}
	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (!buildable(a, have) || in_order(t, a->nla))
			continue;
		if ((err = build_one(msg, base, a)) < 0)
			return err;
	}
	return 0;
}

int nlo_build_ordered(struct nl_msg *msg, const void *base,
		      const struct nlo_table *t, uint64_t mask,
		      const uint64_t *order, unsigned int n)
{
	unsigned int i;
	int err;

	for (i = 0; i < n; i++) {
		err = nlo_build(msg, base, t, mask & order[i]);
		if (err < 0)
			return err;
	}
	return 0;
}

static int str_differ(const char *a, const char *b)
{
	if (!a || !b)
		return a != b;
	return strcmp(a, b) != 0;
}

static int values_differ(const void *a, const void *b,
			 const struct nlo_attr *e, int flags)
{
	const void *pa = nlo_cptr(a, e), *pb = nlo_cptr(b, e);

	if (e->hooks && e->hooks->differ)
		return e->hooks->differ(a, b, flags);

	switch (e->type) {
	case NLO_U8:
	case NLO_U16:
	case NLO_U32:
	case NLO_U64:
	case NLO_S32:
	case NLO_FLAG:
		return get_value(pa, e) != get_value(pb, e);
	case NLO_CHARS:
		return strncmp(pa, pb, e->size) != 0;
	case NLO_STRING:
		return str_differ(*(char *const *)pa, *(char *const *)pb);
	case NLO_ADDR: {
		struct nl_addr *x = *(struct nl_addr *const *)pa;
		struct nl_addr *y = *(struct nl_addr *const *)pb;

		if (!x || !y)
			return x != y;
		return nl_addr_cmp(x, y) != 0;
	}
	case NLO_DATA: {
		struct nl_data *x = *(struct nl_data *const *)pa;
		struct nl_data *y = *(struct nl_data *const *)pb;

		if (!x || !y)
			return x != y;
		return nl_data_cmp(x, y) != 0;
	}
	case NLO_BINARY:
		return memcmp(pa, pb, e->size) != 0;
	}
	return 0;
}

uint64_t nlo_compare(const void *a, const void *b, const struct nlo_table *t,
		     uint64_t mask, int flags)
{
	uint64_t ma = nlo_mask_get(a, t), mb = nlo_mask_get(b, t);
	uint64_t diff = 0;
	unsigned int i;

	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *e = &t->attrs[i];

		if (!(mask & e->mask) || (e->flags & NLO_F_NOCMP))
			continue;
		if ((ma ^ mb) & e->mask)
			diff |= e->mask & mask;
		else if ((ma & mb & e->mask) && values_differ(a, b, e, flags))
			diff |= e->mask & mask;
	}
	return diff;
}

int nlo_clone(void *dst, const void *src, const struct nlo_table *t)
{
	unsigned int i;
	int err = 0;

	/* First forget every shallow pointer, so dst stays freeable. */
	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (a->hooks && a->hooks->clone)
			continue;
		if (a->type == NLO_STRING || a->type == NLO_ADDR ||
		    a->type == NLO_DATA)
			*(void **)nlo_ptr(dst, a) = NULL;
	}

	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];
		const void *sp;
		void **dp;

		if (a->hooks && a->hooks->clone) {
			int e = a->hooks->clone(dst, src);

			if (e < 0)
				err = e;
			continue;
		}
		/* only pointer members need a deep copy; the rest came with
		 * the object's memcpy (and may not be pointer-aligned) */
		if (a->type != NLO_STRING && a->type != NLO_ADDR &&
		    a->type != NLO_DATA)
			continue;
		sp = *(void *const *)nlo_cptr(src, a);
		dp = nlo_ptr(dst, a);
		if (!sp)
			continue;
		switch (a->type) {
		case NLO_STRING:
			*dp = strdup(sp);
			break;
		case NLO_ADDR:
			*dp = nl_addr_clone(sp);
			break;
		case NLO_DATA:
			*dp = nl_data_clone(sp);
			break;
		default:
			continue;
		}
		if (!*dp)
			err = -NLE_NOMEM;
	}
	return err;
}

void nlo_free(void *base, const struct nlo_table *t)
{
	unsigned int i;

	for (i = 0; i < t->n; i++)
		free_value(base, &t->attrs[i]);
}

char *nlo_attrs2str(const struct nlo_table *t, uint64_t attrs, char *buf,
		    size_t len)
{
	uint64_t left = attrs;
	unsigned int i;

	if (!len)
		return buf;
	buf[0] = '\0';
	/* As upstream's names of flags: a comma follows a name whenever bits
	 * are left, named or not (so unnamed bits leave a trailing comma). */
	for (i = 0; i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (!a->name || !(left & a->mask))
			continue;
		left &= ~a->mask;
		strncat(buf, a->name, len - strlen(buf) - 1);
		if (left)
			strncat(buf, ",", len - strlen(buf) - 1);
	}
	return buf;
}
