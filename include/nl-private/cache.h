/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-3: what object.c, hashtable.c, cache.c, cache_mngt.c and
 * cache_mngr.c share.  Never installed.
 */

#ifndef NL_PRIVATE_CACHE_H_
#define NL_PRIVATE_CACHE_H_

#include "nl-private/core.h"

/* A hash table that grows with its content (hashtable.c); caches use it
 * so that filling N objects costs O(N). */
nl_hash_table_t *_nl_hash_table_alloc_grow(void);
/* Forget every object of a growing table at once, handing the table's
 * references to the caller; -NLE_OPNOTSUPP for a fixed table. */
int _nl_hash_table_forget(nl_hash_table_t *ht);
/* Make room in a growing table for @n objects: 0 or -NLE_NOMEM. */
int _nl_hash_table_reserve(nl_hash_table_t *ht, unsigned int n);
/*
 * Keys ahead of use: _nl_hash_table_prefetch() computes the key of @obj
 * and asks the processor to bring the slot where its search starts into
 * the cache; the _key variants take that key instead of computing it
 * again.  Every growing table gives an object the same key, so the key
 * of one is good for another; a fixed table ignores the key passed and
 * computes its own.  find_same gives the first object kept
 * with a key for which same(object, obj) holds, and its position for
 * del_at (growing tables only).
 */
uint32_t _nl_hash_table_prefetch(nl_hash_table_t *ht, struct nl_object *obj);
int _nl_hash_table_add_key(nl_hash_table_t *ht, struct nl_object *obj,
			   uint32_t key);
int _nl_hash_table_add_key_ref(nl_hash_table_t *ht, struct nl_object *obj,
			       uint32_t key);
struct nl_object *_nl_hash_table_find_same(nl_hash_table_t *ht, uint32_t key,
					   struct nl_object *obj,
					   bool (*same)(struct nl_object *,
							struct nl_object *),
					   unsigned int *pos);
void _nl_hash_table_del_at(nl_hash_table_t *ht, unsigned int pos);
/* Growing tables: the object identical to @obj (whose key is @key) and
 * its position, or NULL; the key of @obj; put @obj at @pos in place of
 * what is there, references untouched.  Whether @ht is a growing table. */
struct nl_object *_nl_hash_table_find_key(nl_hash_table_t *ht,
					  struct nl_object *obj, uint32_t key,
					  unsigned int *pos);
uint32_t _nl_hash_table_key(nl_hash_table_t *ht, struct nl_object *obj);
void _nl_hash_table_replace_at(nl_hash_table_t *ht, unsigned int pos,
			       struct nl_object *obj);
bool _nl_hash_table_grows(nl_hash_table_t *ht);
/* Objects held by a table. */
unsigned int _nl_hash_table_count(nl_hash_table_t *ht);
/* An object and its key in a table. */
struct _nl_keyed {
	struct nl_object *obj;
	uint32_t key;
};
/* Add the @n objects of @v, in order, to a growing table with room for
 * them (_nl_hash_table_reserve()), each taking over one of the caller's
 * references.  Those added get obj NULL in @v; the others, identical to
 * an object in the table already, keep theirs.  @return how many were
 * left out. */
unsigned int _nl_hash_table_add_many(nl_hash_table_t *ht, struct _nl_keyed *v,
				     unsigned int n);

/* The registered cache type whose objects are of type @obj_ops, with a
 * reference (cache_mngt.c); NULL when none. */
struct nl_cache_ops *_nl_cache_ops_lookup_obj_safe(struct nl_object_ops *obj_ops);

/* Take @obj out of its cache without dropping the cache's reference
 * (nl_object_free() of an object that is still in a cache). */
void _nl_cache_unlink(struct nl_object *obj);

/* nl_object_alloc() for a fill of many objects of one type: from @run (see
 * nl-private/pool.h), which _nl_object_run_end() ends (object.c). */
struct _nl_pool_run;
struct nl_object *_nl_object_alloc_run(struct nl_object_ops *ops,
				       struct _nl_pool_run *run);
void _nl_object_run_end(struct _nl_pool_run *run);

/* Print one object with its type's dumper (object.c). */
void _nl_object_dump_one(struct nl_object *obj, struct nl_dump_params *params);

#endif
