/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hash tables of objects, keyed by nl_object_keygen().
 */

#ifndef NETLINK_HASHTABLE_H_
#define NETLINK_HASHTABLE_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nl_object;

/** One entry of a bucket chain. */
typedef struct nl_hash_node {
	uint32_t key;			/**< hash key of obj */
	uint32_t key_size;		/**< size of the key */
	struct nl_object *obj;		/**< the object (one reference held) */
	struct nl_hash_node *next;	/**< next entry of the bucket */
} nl_hash_node_t;

/** A table of @c size buckets. */
typedef struct nl_hash_table {
	int size;			/**< number of buckets */
	nl_hash_node_t **nodes;		/**< the buckets */
} nl_hash_table_t;

/** Default number of buckets */
#define NL_MAX_HASH_ENTRIES 1024

/**
 * Allocate a table of @a size buckets.
 * @return the table or NULL when out of memory.
 */
extern nl_hash_table_t *nl_hash_table_alloc(int size);

/** Free @a ht, dropping the references it holds on its objects. */
extern void nl_hash_table_free(nl_hash_table_t *ht);

/**
 * Add @a obj (the table takes a reference).
 * @return 0, -NLE_EXIST when an identical object is present, or
 *         -NLE_NOMEM.
 */
extern int nl_hash_table_add(nl_hash_table_t *ht, struct nl_object *obj);

/**
 * Remove @a obj and drop the table's reference.
 * @return 0 or -NLE_OBJ_NOTFOUND.
 */
extern int nl_hash_table_del(nl_hash_table_t *ht, struct nl_object *obj);

/** The object identical to @a obj, or NULL (no reference taken). */
extern struct nl_object *nl_hash_table_lookup(nl_hash_table_t *ht,
					      struct nl_object *obj);

/** Hash @a length bytes at @a k, seeded with @a initval. */
extern uint32_t nl_hash(void *k, size_t length, uint32_t initval);

#ifdef __cplusplus
}
#endif

#endif
