/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hash tables of objects.
 *
 * Two kinds share one layout (struct nl_hash_table of <netlink/hashtable.h>
 * at the start of a private wrapper):
 *
 *  - fixed tables, from nl_hash_table_alloc(): the bucket of an object is
 *    the key its type's keygen computes for the table's size, as upstream;
 *  - growing tables, private to caches (_nl_hash_table_alloc_grow()): open
 *    addressing with linear probing over an array of full keys and one of
 *    objects (12 bytes a slot), doubled when it is 7/8 full.  The keygen runs once per object
 *    with a large modulus; slots of another full key are passed without
 *    touching their object, and no node is allocated per object, so a
 *    fill of N objects costs O(N) keygens, compares and slot moves, with
 *    about one cache miss per insert.  Removal shifts the rest of the
 *    cluster back (no tombstones).
 *
 * A table holds a reference on each object it contains (so an object in a
 * keyed cache has two, as upstream's).  A cache that empties forgets the
 * whole index at once (_nl_hash_table_forget()) and drops the index's
 * references itself while it walks its list anyway.
 */

#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/hashtable.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/cache.h"

/* The modulus the keygen sees in a growing table (core.h). */
#define GROW_KEY_MODULUS NL_GROW_KEY_MODULUS
#define GROW_MIN_SIZE 16

/*
 * A growing table keeps two arrays of pub.size entries: keys[] holds each
 * object's full key with bit 31 set (keygens give keys below 2^31), 0 for
 * a free slot; objs[] the objects.  A probe reads keys[] only (16 slots
 * per cache line) and looks at an object only when its key matches.
 */
#define KEY_USED 0x80000000u

struct htab {
	struct nl_hash_table pub;	/* must stay first */
	unsigned int count;
	bool grows;
	unsigned int bits;		/* growing: log2 of pub.size */
	uint32_t *keys;			/* growing: pub.size entries */
	struct nl_object **objs;
};

static struct htab *to_htab(nl_hash_table_t *ht)
{
	return (struct htab *)ht;
}

/* The arrays of a growing table of 2^bits slots, keys zeroed (an object
 * slot is read only under a used key): one block. */
/*
 * The arrays of freed growing tables, at most one per size, wait here for
 * the next table of that size: a cache filled again after another was freed
 * (or growing through the same sizes as the last one) then writes into
 * memory that is already mapped, where a fresh block would be faulted in
 * page by page.  Sizes between 2^SPARE_MIN_BITS and 2^SPARE_MAX_BITS
 * slots, at most SPARE_MAX_BYTES kept in all; safe from any thread.
 * AddressSanitizer builds keep none, so that it sees late uses.
 */
#define SPARE_MIN_BITS 10
#define SPARE_MAX_BITS 19
#define SPARE_MAX_BYTES ((size_t)8 << 20)
#define SLOT_BYTES (sizeof(uint32_t) + sizeof(struct nl_object *))

static void *spare[SPARE_MAX_BITS + 1];
static size_t spare_bytes;

static bool spare_kept(unsigned int bits)
{
#if defined(__SANITIZE_ADDRESS__)
	(void)bits;
	return false;
#else
	return bits >= SPARE_MIN_BITS && bits <= SPARE_MAX_BITS;
#endif
}

static void *spare_take(unsigned int bits)
{
	void *mem;

	if (!spare_kept(bits) ||
	    !__atomic_load_n(&spare[bits], __ATOMIC_RELAXED))
		return NULL;
	mem = __atomic_exchange_n(&spare[bits], NULL, __ATOMIC_ACQ_REL);
	if (mem)
		__atomic_sub_fetch(&spare_bytes, SLOT_BYTES << bits,
				   __ATOMIC_RELAXED);
	return mem;
}

/* Keep the arrays @mem of 2^@bits slots for later, or free them. */
static void spare_give(void *mem, unsigned int bits)
{
	size_t size = SLOT_BYTES << bits;

	if (!mem)
		return;
	if (!spare_kept(bits) ||
	    __atomic_add_fetch(&spare_bytes, size, __ATOMIC_RELAXED) >
		    SPARE_MAX_BYTES) {
		if (spare_kept(bits))
			__atomic_sub_fetch(&spare_bytes, size,
					   __ATOMIC_RELAXED);
		free(mem);
		return;
	}
	mem = __atomic_exchange_n(&spare[bits], mem, __ATOMIC_ACQ_REL);
	if (mem) {
		/* one of that size was kept already: the older one goes */
		__atomic_sub_fetch(&spare_bytes, size, __ATOMIC_RELAXED);
		free(mem);
	}
}

static void __attribute__((destructor)) spare_fini(void)
{
	unsigned int b;

	for (b = 0; b <= SPARE_MAX_BITS; b++)
		free(__atomic_exchange_n(&spare[b], NULL, __ATOMIC_ACQ_REL));
	spare_bytes = 0;
}

static int garrays(struct htab *t, unsigned int bits)
{
	size_t n = (size_t)1 << bits;
	void *mem = spare_take(bits);

	if (!mem)
		mem = malloc(n * SLOT_BYTES);

	if (!mem)
		return -NLE_NOMEM;
	t->objs = mem;
	t->keys = (uint32_t *)(t->objs + n);
	memset(t->keys, 0, n * sizeof(*t->keys));
	t->bits = bits;
	t->pub.size = (int)n;
	return 0;
}

static struct htab *htab_new(int size, bool grows)
{
	struct htab *t;

	if (size <= 0)
		return NULL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	if (grows) {
		unsigned int bits = 0;

		while ((1 << bits) < size)
			bits++;
		if (garrays(t, bits) < 0) {
			free(t);
			return NULL;
		}
	} else {
		t->pub.nodes = calloc((size_t)size, sizeof(*t->pub.nodes));
		if (!t->pub.nodes) {
			free(t);
			return NULL;
		}
		t->pub.size = size;
	}
	t->grows = grows;
	return t;
}

/**
 * Allocate a hash table of @size buckets.
 *
 * The table never changes its number of buckets.
 *
 * @return The table, or NULL when @size is not positive or memory ran out.
 * Free it with nl_hash_table_free().
 */
nl_hash_table_t *nl_hash_table_alloc(int size)
{
	struct htab *t = htab_new(size, false);

	return t ? &t->pub : NULL;
}

/* A table that grows with its content (see the top). */
nl_hash_table_t *_nl_hash_table_alloc_grow(void)
{
	struct htab *t = htab_new(GROW_MIN_SIZE, true);

	return t ? &t->pub : NULL;
}

unsigned int _nl_hash_table_count(nl_hash_table_t *ht)
{
	return to_htab(ht)->count;
}

/* Forget every object of a growing table at once; the references the
 * table held pass to the caller.  @return 0, or -NLE_OPNOTSUPP for a
 * fixed table (nothing done). */
int _nl_hash_table_forget(nl_hash_table_t *ht)
{
	struct htab *t = to_htab(ht);

	if (!t->grows)
		return -NLE_OPNOTSUPP;
	/* an object slot is read only under a used key */
	memset(t->keys, 0, (size_t)t->pub.size * sizeof(*t->keys));
	t->count = 0;
	return 0;
}

/**
 * Free a hash table, dropping the reference it holds on each object.
 */
void nl_hash_table_free(nl_hash_table_t *ht)
{
	struct htab *t;
	int i;

	if (!ht)
		return;
	t = to_htab(ht);
	if (t->grows) {
		for (i = 0; i < ht->size; i++)
			if (t->keys[i])
				nl_object_put(t->objs[i]);
		spare_give(t->objs, t->bits);
		free(t);
		return;
	}
	for (i = 0; i < ht->size; i++) {
		nl_hash_node_t *node = ht->nodes[i], *next;

		for (; node; node = next) {
			next = node->next;
			nl_object_put(node->obj);
			free(node);
		}
	}
	free(ht->nodes);
	free(t);
}

/* The key of @obj in @t; for a growing table the full key. */
static uint32_t obj_key(struct htab *t, struct nl_object *obj)
{
	void (*keygen)(struct nl_object *, uint32_t *, uint32_t) =
		obj->ce_ops->oo_keygen;
	uint32_t key = 0;

	/* nl_object_keygen(), without the call */
	if (keygen)
		keygen(obj, &key,
		       t->grows ? GROW_KEY_MODULUS : (uint32_t)t->pub.size);
	return key;
}

/* ---- growing tables: open addressing, linear probing ---- */

/* Home slot of @key: a multiplicative mix, so that keygens with poor low
 * bits (small integers) still spread over the table. */
static uint32_t home_of(const struct htab *t, uint32_t key)
{
	return (uint32_t)((key | KEY_USED) * 0x9e3779b1u) >> (32 - t->bits);
}

/* Ask the processor for slot @h of a growing table, to be written. */
static inline void prefetch_slot(const struct htab *t, uint32_t h)
{
	__builtin_prefetch(&t->keys[h], 1);
	__builtin_prefetch(&t->objs[h], 1);
}

/* The slot holding @obj or an object identical to it; else the free slot
 * that ends its probe sequence, which starts at @i, the home slot of
 * @key. */
static inline uint32_t gfind_from(struct htab *t, struct nl_object *obj,
				  uint32_t key, uint32_t i)
{
	uint32_t mask = (uint32_t)t->pub.size - 1;
	uint32_t want = key | KEY_USED;

	for (;; i = (i + 1) & mask) {
		uint32_t k = t->keys[i];

		if (!k)
			return i;
		if (k == want && (t->objs[i] == obj ||
				  nl_object_identical(t->objs[i], obj)))
			return i;
	}
}

static uint32_t gfind(struct htab *t, struct nl_object *obj, uint32_t key)
{
	return gfind_from(t, obj, key, home_of(t, key));
}

/* Move the content of @t into the (larger, empty) arrays of @n, which
 * then become @t's; no keygen, no compare. */
static int grehash(struct htab *t, struct htab *n_)
{
	struct htab n = *n_;
	uint32_t mask;
	int i;

	mask = (uint32_t)n.pub.size - 1;
	for (i = 0; i < t->pub.size; i++) {
		uint32_t j;

		if (!t->keys[i])
			continue;
		j = home_of(&n, t->keys[i]);
		while (n.keys[j])
			j = (j + 1) & mask;
		n.keys[j] = t->keys[i];
		n.objs[j] = t->objs[i];
	}
	/* not kept: a growing table would hold all its smaller sizes */
	free(t->objs);
	t->objs = n.objs;
	t->keys = n.keys;
	t->bits = n.bits;
	t->pub.size = n.pub.size;
	return 0;
}

/* Double the arrays. */
static int ggrow(struct htab *t)
{
	struct htab n = *t;

	if (t->bits >= 30 || garrays(&n, t->bits + 1) < 0)
		return -NLE_NOMEM;
	return grehash(t, &n);
}

/* Empty slot @i and move later members of its cluster back, so that
 * probe sequences never cross a free slot (no tombstones). */
static void gdel(struct htab *t, uint32_t i)
{
	uint32_t mask = (uint32_t)t->pub.size - 1, j = i;
	struct nl_object *obj = t->objs[i];

	for (;;) {
		uint32_t h;

		j = (j + 1) & mask;
		if (!t->keys[j])
			break;
		h = home_of(t, t->keys[j]);
		/* stays when its home lies cyclically in (i, j] */
		if (i <= j ? (i < h && h <= j) : (i < h || h <= j))
			continue;
		t->keys[i] = t->keys[j];
		t->objs[i] = t->objs[j];
		i = j;
	}
	t->keys[i] = 0;
	t->objs[i] = NULL;
	t->count--;
	nl_object_put(obj);
}

/* ---- fixed tables: chains ---- */

static uint32_t bucket_of(struct htab *t, uint32_t key)
{
	/* A keygen of a fixed table should stay below the size; make sure. */
	return key % (uint32_t)t->pub.size;
}

/* The address of the link that points at the node holding an object
 * identical to @obj (or @obj itself), or NULL. */
static nl_hash_node_t **find_link(struct htab *t, struct nl_object *obj,
				  uint32_t key)
{
	nl_hash_node_t **link = &t->pub.nodes[bucket_of(t, key)];

	for (; *link; link = &(*link)->next) {
		if ((*link)->obj == obj)
			return link;
		if (nl_object_identical((*link)->obj, obj))
			return link;
	}
	return NULL;
}

/**
 * Find the object of the table that is identical to @obj (same type, same
 * identifying attributes; see nl_object_identical()).
 *
 * @return The table's object (no reference taken), or NULL.
 */
struct nl_object *nl_hash_table_lookup(nl_hash_table_t *ht,
				       struct nl_object *obj)
{
	struct htab *t = to_htab(ht);
	nl_hash_node_t **link;

	if (t->grows) {
		uint32_t i = gfind(t, obj, obj_key(t, obj));

		return t->keys[i] ? t->objs[i] : NULL;
	}
	link = find_link(t, obj, obj_key(t, obj));
	return link ? (*link)->obj : NULL;
}

/* Size a growing table for @n objects at once (a refill knows about how
 * many to expect), sparing the copies of repeated growth. */
int _nl_hash_table_reserve(nl_hash_table_t *ht, unsigned int n)
{
	struct htab *t = to_htab(ht);
	unsigned int bits;
	struct htab n_;
	int err;

	if (!t->grows)
		return 0;
	for (bits = t->bits; (uint64_t)n * 8 > ((uint64_t)1 << bits) * 7;)
		bits++;
	if (bits == t->bits)
		return 0;
	if (bits > 30)
		return -NLE_NOMEM;
	/* straight to the size wanted: one copy */
	n_ = *t;
	err = garrays(&n_, bits);
	if (err < 0)
		return err;
	return grehash(t, &n_);
}

/* The first object of a growing table kept with full key @key for which
 * @same(object, @obj) holds, and in *pos where it is; NULL when there is
 * none or @ht is a fixed table. */
struct nl_object *_nl_hash_table_find_same(nl_hash_table_t *ht, uint32_t key,
					   struct nl_object *obj,
					   bool (*same)(struct nl_object *,
							struct nl_object *),
					   unsigned int *pos)
{
	struct htab *t = to_htab(ht);
	uint32_t mask, i, want = key | KEY_USED;

	if (!t->grows)
		return NULL;
	mask = (uint32_t)t->pub.size - 1;
	for (i = home_of(t, key); t->keys[i]; i = (i + 1) & mask) {
		if (t->keys[i] == want && same(t->objs[i], obj)) {
			*pos = i;
			return t->objs[i];
		}
	}
	return NULL;
}

/* The key of @obj (for any growing table); its home slot in @ht is being
 * brought into the cache meanwhile. */
uint32_t _nl_hash_table_prefetch(nl_hash_table_t *ht, struct nl_object *obj)
{
	struct htab *t = to_htab(ht);
	uint32_t key = obj_key(t, obj);

	if (t->grows)
		prefetch_slot(t, home_of(t, key));
	return key;
}

struct nl_object *_nl_hash_table_find_key(nl_hash_table_t *ht,
					  struct nl_object *obj, uint32_t key,
					  unsigned int *pos)
{
	struct htab *t = to_htab(ht);
	uint32_t i;

	if (!t->grows)
		return NULL;
	i = gfind(t, obj, key);
	if (!t->keys[i])
		return NULL;
	*pos = i;
	return t->objs[i];
}

uint32_t _nl_hash_table_key(nl_hash_table_t *ht, struct nl_object *obj)
{
	return obj_key(to_htab(ht), obj);
}

void _nl_hash_table_replace_at(nl_hash_table_t *ht, unsigned int pos,
			       struct nl_object *obj)
{
	to_htab(ht)->objs[pos] = obj;
}

bool _nl_hash_table_grows(nl_hash_table_t *ht)
{
	return to_htab(ht)->grows;
}

/* Remove the object at @pos (from _nl_hash_table_find_same(), with no
 * change to the table since) and drop the table's reference. */
void _nl_hash_table_del_at(nl_hash_table_t *ht, unsigned int pos)
{
	gdel(to_htab(ht), pos);
}

static int add_keyed(nl_hash_table_t *ht, struct nl_object *obj,
		     uint32_t key, bool ref);

/**
 * Add @obj to the table, which takes a reference on it.
 *
 * @return 0; -NLE_EXIST when an identical object is already in the table;
 * -NLE_NOMEM.
 */
int nl_hash_table_add(nl_hash_table_t *ht, struct nl_object *obj)
{
	return add_keyed(ht, obj, obj_key(to_htab(ht), obj), true);
}

/* As nl_hash_table_add() with the key of @obj given (see
 * _nl_hash_table_prefetch()); a fixed table computes its own. */
int _nl_hash_table_add_key(nl_hash_table_t *ht, struct nl_object *obj,
			   uint32_t key)
{
	if (!to_htab(ht)->grows)
		key = obj_key(to_htab(ht), obj);
	return add_keyed(ht, obj, key, true);
}

/* As _nl_hash_table_add_key(), the table taking over a reference the
 * caller took for it (kept by the caller on failure). */
int _nl_hash_table_add_key_ref(nl_hash_table_t *ht, struct nl_object *obj,
			       uint32_t key)
{
	if (!to_htab(ht)->grows)
		key = obj_key(to_htab(ht), obj);
	return add_keyed(ht, obj, key, false);
}

unsigned int _nl_hash_table_add_many(nl_hash_table_t *ht, struct _nl_keyed *v,
				     unsigned int n)
{
	struct htab *t = to_htab(ht);
	uint32_t home[8];
	unsigned int i, left = 0;
	uint64_t room;

	room = (uint64_t)t->pub.size * 7 / 8;
	room = t->grows && room > t->count ? room - t->count : 0;
	if (room < n) {
		/* a fixed table, or no room reserved after all */
		for (i = 0; i < n; i++) {
			if (_nl_hash_table_add_key_ref(ht, v[i].obj,
						       v[i].key) < 0)
				left++;
			else
				v[i].obj = NULL;
		}
		return left;
	}
	/* the slots of objects eight ahead are fetched meanwhile; the
	 * home slots computed for that are kept for the insert */
	for (i = 0; i < n && i < 8; i++)
		home[i] = home_of(t, v[i].key);
	for (i = 0; i < n; i++) {
		uint32_t j = home[i & 7];

		if (i + 8 < n) {
			home[i & 7] = home_of(t, v[i + 8].key);
			prefetch_slot(t, home[i & 7]);
		}
		j = gfind_from(t, v[i].obj, v[i].key, j);
		if (t->keys[j]) {
			NL_DBG(2, "hash table %p: an identical object is in already\n",
			       (void *)ht);
			left++;
			continue;
		}
		t->keys[j] = v[i].key | KEY_USED;
		t->objs[j] = v[i].obj;
		t->count++;
		v[i].obj = NULL;
	}
	return left;
}

/* Add @obj, whose key in @ht is @key; the table takes a reference of its
 * own when @ref, else takes over one of the caller's. */
static int add_keyed(nl_hash_table_t *ht, struct nl_object *obj,
		     uint32_t key, bool ref)
{
	struct htab *t = to_htab(ht);
	nl_hash_node_t *node;
	uint32_t b;

	if (t->grows) {
		uint32_t i;

		/* keep the load at most 7/8: probes stay within a few
		 * cache lines, and 200,000 objects fit in 2^18 slots */
		if ((uint64_t)(t->count + 1) * 8 > (uint64_t)t->pub.size * 7 &&
		    ggrow(t) < 0 && t->count + 1 >= (unsigned int)t->pub.size)
			return -NLE_NOMEM;
		i = gfind(t, obj, key);
		if (t->keys[i]) {
			NL_DBG(2, "hash table %p: an identical object is in already\n",
			       (void *)ht);
			return -NLE_EXIST;
		}
		if (ref)
			nl_object_get(obj);
		t->keys[i] = key | KEY_USED;
		t->objs[i] = obj;
		t->count++;
		return 0;
	}

	if (find_link(t, obj, key)) {
		NL_DBG(2, "hash table %p: an identical object is in already\n",
		       (void *)ht);
		return -NLE_EXIST;
	}
	node = malloc(sizeof(*node));
	if (!node)
		return -NLE_NOMEM;
	if (ref)
		nl_object_get(obj);
	node->obj = obj;
	node->key = key;
	node->key_size = sizeof(uint32_t);
	b = bucket_of(t, key);
	node->next = t->pub.nodes[b];
	t->pub.nodes[b] = node;
	t->count++;
	return 0;
}

/**
 * Remove from the table @obj, or the object identical to it, and drop the
 * table's reference on that object.
 *
 * @return 0, or -NLE_OBJ_NOTFOUND.
 */
int nl_hash_table_del(nl_hash_table_t *ht, struct nl_object *obj)
{
	struct htab *t = to_htab(ht);
	nl_hash_node_t **link;
	nl_hash_node_t *node;

	if (t->grows) {
		uint32_t i = gfind(t, obj, obj_key(t, obj));

		if (!t->keys[i])
			return -NLE_OBJ_NOTFOUND;
		gdel(t, i);
		return 0;
	}
	link = find_link(t, obj, obj_key(t, obj));
	if (!link)
		return -NLE_OBJ_NOTFOUND;
	node = *link;
	*link = node->next;
	t->count--;
	nl_object_put(node->obj);
	free(node);
	return 0;
}
