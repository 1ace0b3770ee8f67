/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Attribute tables: one description per attribute of an object type, and
 * generic code that parses, builds, compares, clones, frees and names the
 * attributes from it.  Used by the route, netfilter, xfrm and idiag objects
 * and by the link kinds.  Never installed.
 *
 * A table describes a C structure ("base") whose attribute presence bits
 * live in a uint64_t at tbl->mask_off (for an nl_object, its ce_mask).
 * Each entry says where the value lives (offset), what it is (type), which
 * netlink attribute carries it (nla) or which family-header field (hdr),
 * its presence bit, and its printed name.
 *
 *   static const struct nlo_attr foo_attrs[] = {
 *	NLO_ENTRY(struct foo, f_mtu, FOO_ATTR_MTU, "mtu", NLO_U32, .nla = IFLA_MTU),
 *	NLO_ENTRY(struct foo, f_addr, FOO_ATTR_ADDR, "address", NLO_ADDR,
 *		  .nla = IFLA_ADDRESS, .family = AF_UNSPEC),
 *   };
 *   static const struct nlo_table foo_table = NLO_TABLE(struct foo, ce_mask, foo_attrs);
 */

#ifndef NL_PRIVATE_OBJTABLE_H_
#define NL_PRIVATE_OBJTABLE_H_

#include <stddef.h>
#include <stdint.h>
#include <linux/netlink.h>

#include "nl-private/debug.h"

struct nl_msg;
struct nlattr;

enum nlo_type {
	NLO_NONE,	/* presence bit only, value handled by hooks or not stored */
	NLO_U8,
	NLO_U16,
	NLO_U32,
	NLO_U64,
	NLO_S32,
	NLO_CHARS,	/* char[size] inside the structure, NUL-terminated */
	NLO_STRING,	/* char *, strdup'ed */
	NLO_ADDR,	/* struct nl_addr *, family in .family */
	NLO_DATA,	/* struct nl_data * */
	NLO_BINARY,	/* fixed-size bytes (a kernel struct) inside the structure */
	NLO_FLAG,	/* an attribute without payload: its presence is the value */
	NLO_HOOK,	/* everything done by the entry's hooks */
};

/* Entry flags */
#define NLO_F_NOBUILD	0x01	/* never put into a request (read-only) */
#define NLO_F_NOCMP	0x02	/* not compared */
#define NLO_F_HDR	0x04	/* value is a field of the family header at .hdr */
#define NLO_F_GUESS	0x08	/* NLO_ADDR: guess the family from the length */
#define NLO_F_BE	0x10	/* U16/U32/U64 travel in network byte order */
#define NLO_F_NOPARSE	0x20	/* not taken from messages by nlo_parse() */
#define NLO_F_NONZERO	0x40	/* build only when the value is not 0 */
#define NLO_F_FULL	0x80	/* NLO_BINARY: a shorter attribute is refused */
#define NLO_F_WIDE	0x100	/* NLO_U16: sent in a 4-byte attribute (upstream's) */
#define NLO_F_ALWAYS	0x200	/* built even when absent (its value, zeroed) */

/* Hooks for entries whose behaviour is special.  Any may be NULL: the
 * generic code for the entry's type is used then (none for NLO_HOOK). */
struct nlo_hooks {
	/* store the attribute's value; return 0 or a negative NLE_* code */
	int (*parse)(void *base, const struct nlattr *nla);
	/* put the attribute into msg; 0 or a negative NLE_* code */
	int (*build)(struct nl_msg *msg, const void *base);
	/* nonzero when the values differ */
	int (*differ)(const void *a, const void *b, int flags);
	/* deep-copy the value from src into dst (dst holds a shallow copy) */
	int (*clone)(void *dst, const void *src);
	void (*free)(void *base);
};

struct nlo_attr {
	uint64_t mask;			/* presence bit(s) */
	const char *name;		/* for attrs2str */
	uint32_t offset;		/* where the value lives in base */
	uint16_t size;			/* NLO_CHARS / NLO_BINARY: bytes */
	uint16_t nla;			/* netlink attribute type, 0: none */
	uint16_t hdr;			/* NLO_F_HDR: offset in the family header */
	uint8_t type;			/* enum nlo_type */
	uint16_t flags;			/* NLO_F_* */
	int family;			/* NLO_ADDR: family of parsed addresses */
	const struct nlo_hooks *hooks;
};

/* Tables of up to this many entries, with attribute ids up to
 * NLO_WALK_MAXTYPE, are parsed by one walk over the attributes
 * (nlo_parse_attrs()). */
#define NLO_WALK_N 64
#define NLO_WALK_MAXTYPE 255

/* The entry (plus one) of a table that parses each attribute id, worked
 * out on the first parse and kept: each table has one (NLO_TABLE()). */
struct nlo_walk_map {
	int state;			/* NLO_WALK_* */
	uint8_t entry_of[NLO_WALK_MAXTYPE + 1];
};

enum {
	NLO_WALK_NONE,			/* not worked out yet */
	NLO_WALK_BUSY,			/* a thread is storing it */
	NLO_WALK_READY,
	NLO_WALK_UNUSABLE,		/* two entries share an id, or too big */
};

struct nlo_table {
	const struct nlo_attr *attrs;
	unsigned int n;
	uint32_t mask_off;		/* offset of the uint64_t presence mask */
	uint16_t maxtype;		/* highest nla id of any entry */
	/* Optional: the nla ids in the order requests carry them (upstream's
	 * byte order of a message).  Entries not listed follow, in table
	 * order. */
	const uint16_t *order;
	uint16_t norder;
	struct nlo_walk_map *walk;	/* NULL: worked out on every parse */
};

#define NLO_MEMBER_SIZE(T, m) sizeof(((T *)0)->m)

/* One entry: type T's member m, presence bit BIT, printed NAME, kind TYPE,
 * then designated initializers (.nla =, .flags =, .hooks =, ...). */
#define NLO_ENTRY(T, m, BIT, NAME, TYPE, ...)                                  \
	{ .mask = (BIT), .name = (NAME), .offset = offsetof(T, m),             \
	  .size = NLO_MEMBER_SIZE(T, m), .type = (TYPE), __VA_ARGS__ }

/* An entry without a stored value (presence bit and name only). */
#define NLO_BIT(BIT, NAME, ...)                                                \
	{ .mask = (BIT), .name = (NAME), .type = NLO_NONE, __VA_ARGS__ }

#define NLO_TABLE(T, maskm, ATTRS, MAXTYPE)                                    \
	{ .attrs = (ATTRS), .n = sizeof(ATTRS) / sizeof((ATTRS)[0]),           \
	  .mask_off = offsetof(T, maskm), .maxtype = (MAXTYPE),                \
	  .walk = &(struct nlo_walk_map){ 0 } }

/* A table whose requests put the attributes in the order of ORDER[]. */
#define NLO_TABLE_ORDERED(T, maskm, ATTRS, MAXTYPE, ORDER)                     \
	{ .attrs = (ATTRS), .n = sizeof(ATTRS) / sizeof((ATTRS)[0]),           \
	  .mask_off = offsetof(T, maskm), .maxtype = (MAXTYPE),                \
	  .order = (ORDER), .norder = sizeof(ORDER) / sizeof((ORDER)[0]),     \
	  .walk = &(struct nlo_walk_map){ 0 } }

static inline uint64_t *nlo_mask(void *base, const struct nlo_table *t)
{
	return (uint64_t *)((char *)base + t->mask_off);
}

static inline uint64_t nlo_mask_get(const void *base, const struct nlo_table *t)
{
	return *(const uint64_t *)((const char *)base + t->mask_off);
}

/*
 * Parse the attributes in tb[] (as nla_parse() left them, 0..t->maxtype)
 * into base: each entry with .nla whose attribute is present.  Lengths are
 * checked against the entry's type; a short attribute fails with
 * -NLE_RANGE.  Replaces (and frees) values already held.
 */
int nlo_parse(void *base, const struct nlo_table *t, struct nlattr **tb);

/* Store one attribute nla of entry a into base, as nlo_parse() does (the
 * presence bit is the caller's to set). */
int nlo_parse_one(void *base, const struct nlo_attr *a,
		  const struct nlattr *nla);

/* Parse a stream of attributes (head, len): nla_parse() then nlo_parse().
 * tb, when not NULL, receives the attribute array (t->maxtype + 1 slots)
 * for the caller's special attributes. */
int nlo_parse_attrs(void *base, const struct nlo_table *t,
		    struct nlattr *head, int len, struct nlattr **tb);

/* Copy the NLO_F_HDR fields out of a family header of hdrlen bytes. */
void nlo_parse_hdr(void *base, const struct nlo_table *t, const void *hdr,
		   size_t hdrlen);

/* Fill the NLO_F_HDR fields present in base (and in mask) into hdr. */
void nlo_build_hdr(const void *base, const struct nlo_table *t, void *hdr,
		   uint64_t mask);

/* Put every attribute present in base and in mask into msg (entries with
 * NLO_F_NOBUILD or NLO_F_HDR are skipped), in the table's order when it
 * has one.  -NLE_NOMEM when msg is full. */
int nlo_build(struct nl_msg *msg, const void *base, const struct nlo_table *t,
	      uint64_t mask);

/* Like nlo_build() for the attributes of the n bits of order (each bit
 * of mask present in base), in that order: the order the reference
 * library's requests have. */
int nlo_build_ordered(struct nl_msg *msg, const void *base,
		      const struct nlo_table *t, uint64_t mask,
		      const uint64_t *order, unsigned int n);

/* The bits of mask (limited to the table's entries) whose values differ
 * between a and b, as nl_object_ops.oo_compare returns them. */
uint64_t nlo_compare(const void *a, const void *b, const struct nlo_table *t,
		     uint64_t mask, int flags);

/* dst is a byte copy of src: replace its pointers with deep copies.
 * On failure dst's pointers are valid (copied or NULL) and freeable. */
int nlo_clone(void *dst, const void *src, const struct nlo_table *t);

/* Free the values base owns (strings, addresses, data, hook values). */
void nlo_free(void *base, const struct nlo_table *t);

/* Names of the entries whose bits are in attrs, comma separated, in table
 * order; entries without a name print nothing (see objtable.c). */
char *nlo_attrs2str(const struct nlo_table *t, uint64_t attrs, char *buf,
		    size_t len);

/* Entry with the given presence bit, or NULL. */
const struct nlo_attr *nlo_find(const struct nlo_table *t, uint64_t bit);

/* nla_for_each_attr() without calls, for the parsers of dumps: the same
 * attributes, the walk stops at the first that does not fit. */
static inline int _nlo_attr_ok(const struct nlattr *nla, int rem)
{
	return rem >= NLA_HDRLEN && nla->nla_len >= NLA_HDRLEN &&
	       nla->nla_len <= rem;
}

static inline const struct nlattr *_nlo_attr_next(const struct nlattr *nla,
						  int *rem)
{
	int step = NLA_ALIGN(nla->nla_len);

	*rem -= step;
	return (const struct nlattr *)((const char *)nla + step);
}

#define nlo_for_each_attr(pos, head, len, rem)                                 \
	for ((pos) = (head), (rem) = (len); _nlo_attr_ok((pos), (rem));        \
	     (pos) = _nlo_attr_next((pos), &(rem)))

/*
 * nla_parse()'s debug messages, for the hand parsers of dump messages
 * that walk the attributes themselves (nlo_for_each_attr()) and keep the
 * ones they use in locals: nlo_note_seen() for each attribute of a type
 * up to their maximum (@seen has a bit per type met so far, types below
 * 64), nlo_note_leftover() with what the walk left.
 */
static inline void nlo_note_seen(uint64_t *seen, unsigned int type)
{
	if (*seen & ((uint64_t)1 << type))
		NL_DBG(1, "Attribute of type %#x found multiple times in "
			  "message, previous attribute is being ignored.\n",
		       type);
	*seen |= (uint64_t)1 << type;
}

static inline void nlo_note_leftover(int rem)
{
	if (rem > 0)
		NL_DBG(1, "netlink: %d bytes leftover after parsing "
			  "attributes.\n", rem);
}

/* Pointers to where an entry's value lives. */
static inline void *nlo_ptr(void *base, const struct nlo_attr *a)
{
	return (char *)base + a->offset;
}

static inline const void *nlo_cptr(const void *base, const struct nlo_attr *a)
{
	return (const char *)base + a->offset;
}

/*
 * Accessor helpers: a setter/getter pair with the exact exported C types.
 * PREFIX_set_NAME(obj, v) stores v and sets BIT; PREFIX_get_NAME(obj)
 * returns the stored value (0 when absent).
 */
#define NLO_ACCESSORS(PREFIX, NAME, OBJT, VT, MEMBER, BIT)                     \
	void PREFIX##_set_##NAME(OBJT *o, VT v)                                \
	{                                                                      \
		o->MEMBER = v;                                                 \
		o->ce_mask |= (BIT);                                           \
	}                                                                      \
	VT PREFIX##_get_##NAME(OBJT *o)                                        \
	{                                                                      \
		return o->MEMBER;                                              \
	}

#endif
