/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Hash tables of objects, keyed by nl_object_keygen().
 */

#ifndef NETLINK_HASHTABLE_H_
#define NETLINK_HASHTABLE_H_

/**
 * @defgroup core_hashtable Hash tables
 * @ingroup core
 * Hash tables of objects, keyed by nl_object_keygen(), as caches use them
 * to find objects by their identifying attributes.
 * @{
 */

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
 * Allocate a hash table of objects.
 * @param size	number of buckets; the table never changes it
 *
 * @return The table, to be freed with nl_hash_table_free(); NULL when
 *         @a size is not positive or memory ran out.
 */
extern nl_hash_table_t *nl_hash_table_alloc(int size);

/**
 * Free a hash table.
 * @param ht	table, or NULL (nothing happens)
 *
 * Drops the reference the table holds on each of its objects.
 */
extern void nl_hash_table_free(nl_hash_table_t *ht);

/**
 * Add an object to a hash table.
 * @param ht	table
 * @param obj	object; the table takes a reference on it
 *
 * The object is keyed by nl_object_keygen().
 *
 * @return 0 on success; -NLE_EXIST when an identical object (see
 *         nl_object_identical()) is in the table already; -NLE_NOMEM.
 */
extern int nl_hash_table_add(nl_hash_table_t *ht, struct nl_object *obj);

/**
 * Remove an object from a hash table.
 * @param ht	table
 * @param obj	object, or an object identical to the one to remove
 *
 * The table drops its reference on the object it removes.
 *
 * @return 0 on success; -NLE_OBJ_NOTFOUND when no such object is in the
 *         table.
 */
extern int nl_hash_table_del(nl_hash_table_t *ht, struct nl_object *obj);

/**
 * Find the object of a hash table identical to another.
 * @param ht	table
 * @param obj	object with the identifying attributes to look for
 *
 * @return The table's object, without a reference for the caller (take
 *         one with nl_object_get() to keep it); NULL when none matches.
 */
extern struct nl_object *nl_hash_table_lookup(nl_hash_table_t *ht,
					      struct nl_object *obj);

/**
 * Hash bytes (same as nl_hash_any()).
 * @param k	bytes to hash
 * @param length	number of bytes
 * @param initval	seed
 *
 * @return The 32-bit hash.
 */
extern uint32_t nl_hash(void *k, size_t length, uint32_t initval);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
