/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hash tables of objects.
 *
 * Two kinds share one layout (struct nl_hash_table of <netlink/hashtable.h>
 * at the start of a private wrapper):
 *
 *  - fixed tables, from nl_hash_table_alloc(): the bucket of an object is
 *    the key its type's keygen computes for the table's size, as upstream;
 *  - growing tables, private to caches (_nl_hash_table_alloc_grow()): the
 *    keygen runs once per object with a large modulus, the full key is kept
 *    in the node, the bucket is the key's low bits and the bucket array
 *    doubles when the table holds more objects than buckets.  Nodes with a
 *    different full key are skipped without a compare.  Filling a cache of
 *    N objects so costs O(N) keygens, compares and node moves in total.
 *
 * A table holds a reference on each object it contains.
 */

#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/hashtable.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/cache.h"

/* The modulus the keygen sees in a growing table (2^31 - 1, a prime). */
#define GROW_KEY_MODULUS 0x7fffffffu
#define GROW_MIN_SIZE 16

struct htab {
	struct nl_hash_table pub;	/* must stay first */
	unsigned int count;
	bool grows;
};

static struct htab *to_htab(nl_hash_table_t *ht)
{
	return (struct htab *)ht;
}

static struct htab *htab_new(int size, bool grows)
{
	struct htab *t;

	if (size <= 0)
		return NULL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->pub.nodes = calloc((size_t)size, sizeof(*t->pub.nodes));
	if (!t->pub.nodes) {
		free(t);
		return NULL;
	}
	t->pub.size = size;
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

/* A table whose bucket array grows with its content (see the top). */
nl_hash_table_t *_nl_hash_table_alloc_grow(void)
{
	struct htab *t = htab_new(GROW_MIN_SIZE, true);

	return t ? &t->pub : NULL;
}

unsigned int _nl_hash_table_count(nl_hash_table_t *ht)
{
	return to_htab(ht)->count;
}

/**
 * Free a hash table, dropping the reference it holds on each object.
 */
void nl_hash_table_free(nl_hash_table_t *ht)
{
	int i;

	if (!ht)
		return;
	for (i = 0; i < ht->size; i++) {
		nl_hash_node_t *node = ht->nodes[i], *next;

		for (; node; node = next) {
			next = node->next;
			nl_object_put(node->obj);
			free(node);
		}
	}
	free(ht->nodes);
	free(to_htab(ht));
}

/* The key of @obj in @t; for a growing table the full key. */
static uint32_t obj_key(struct htab *t, struct nl_object *obj)
{
	uint32_t key = 0;

	nl_object_keygen(obj, &key,
			 t->grows ? GROW_KEY_MODULUS : (uint32_t)t->pub.size);
	return key;
}

static uint32_t bucket_of(struct htab *t, uint32_t key)
{
	if (t->grows)
		return key & (uint32_t)(t->pub.size - 1);
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
		if (t->grows && (*link)->key != key)
			continue;
		if (nl_object_identical((*link)->obj, obj))
			return link;
	}
	return NULL;
}

/* Double the bucket array of a growing table; no keygen, no compare. */
static void grow(struct htab *t)
{
	int nsize = t->pub.size * 2;
	nl_hash_node_t **nodes;
	int i;

	if (nsize <= 0)
		return;
	nodes = calloc((size_t)nsize, sizeof(*nodes));
	if (!nodes)
		return;	/* keep working with longer chains */
	for (i = 0; i < t->pub.size; i++) {
		nl_hash_node_t *node = t->pub.nodes[i], *next;

		for (; node; node = next) {
			uint32_t b = node->key & (uint32_t)(nsize - 1);

			next = node->next;
			node->next = nodes[b];
			nodes[b] = node;
		}
	}
	free(t->pub.nodes);
	t->pub.nodes = nodes;
	t->pub.size = nsize;
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
	nl_hash_node_t **link = find_link(t, obj, obj_key(t, obj));

	return link ? (*link)->obj : NULL;
}

/**
 * Add @obj to the table, which takes a reference on it.
 *
 * @return 0; -NLE_EXIST when an identical object is already in the table;
 * -NLE_NOMEM.
 */
int nl_hash_table_add(nl_hash_table_t *ht, struct nl_object *obj)
{
	struct htab *t = to_htab(ht);
	uint32_t key = obj_key(t, obj);
	nl_hash_node_t *node;
	uint32_t b;

	if (find_link(t, obj, key)) {
		NL_DBG(2, "hash table %p: an identical object is in already\n",
		       (void *)ht);
		return -NLE_EXIST;
	}
	node = malloc(sizeof(*node));
	if (!node)
		return -NLE_NOMEM;
	if (t->grows && t->count >= (unsigned int)t->pub.size)
		grow(t);
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
	nl_hash_node_t **link = find_link(t, obj, obj_key(t, obj));
	nl_hash_node_t *node;

	if (!link)
		return -NLE_OBJ_NOTFOUND;
	node = *link;
	*link = node->next;
	t->count--;
	nl_object_put(node->obj);
	free(node);
	return 0;
}
