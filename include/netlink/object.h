/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects: reference-counted, typed records (links, routes...) that
 * caches hold, compare and print.
 */

#ifndef NETLINK_OBJECT_H_
#define NETLINK_OBJECT_H_

/**
 * @defgroup core_object Objects
 * @ingroup core
 * Objects (struct nl_object): reference-counted, typed records (a link, a
 * route, a conntrack entry...) that caches hold, compare and print.  Each
 * object type is a struct nl_object_ops of its library; the functions
 * here work on objects of any type.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nl_cache;
struct nl_object;
struct nl_object_ops;

/** Cast any object pointer to a struct nl_object pointer. */
#define OBJ_CAST(ptr) ((struct nl_object *) (ptr))

/**
 * Allocate an object of a type.
 * @param ops	object operations of the type
 *
 * The type-specific part is zeroed, then the type's constructor runs.
 *
 * @return The object holding one reference, to be released with
 *         nl_object_put(); NULL when out of memory or when @a ops
 *         describes an object smaller than the common header.
 */
extern struct nl_object *nl_object_alloc(struct nl_object_ops *ops);

/**
 * Allocate an object of the type of a cache type.
 * @param kind	name of the cache type ("route/link", "netfilter/ct"...)
 * @param[out] result	set to the object, holding one reference for the
 *		caller, who releases it with nl_object_put()
 *
 * @return 0 on success; -NLE_OPNOTSUPP when no cache type of that name is
 *         registered (load the library that defines it); -NLE_NOMEM.
 */
extern int nl_object_alloc_name(const char *kind, struct nl_object **result);

/**
 * Free an object at once, whatever its reference count.
 * @param obj	object, or NULL (nothing happens)
 *
 * An object still in a cache is taken out of it first.  Meant for objects
 * nobody else references; nl_object_put() is the usual way to let go.
 */
extern void nl_object_free(struct nl_object *obj);

/**
 * Allocate a deep copy of an object.
 * @param obj	object, or NULL
 *
 * The copy has the same type, message type and attributes, its own
 * reference count and belongs to no cache.
 *
 * @return The copy holding one reference, to be released with
 *         nl_object_put(); NULL when @a obj is NULL, memory ran out or
 *         the type's copy operation failed.
 */
extern struct nl_object *nl_object_clone(struct nl_object *obj);

/**
 * Merge an object into another of the same type.
 * @param dst	object to update
 * @param src	object with the new attributes
 *
 * Used for notifications that describe an object only in part (one
 * nexthop of a route).
 *
 * @return 0 on success; -NLE_OPNOTSUPP when the type cannot merge or the
 *         objects are of different types; the type's error otherwise.
 */
extern int nl_object_update(struct nl_object *dst, struct nl_object *src);

/**
 * Take a reference on an object.
 * @param obj	object; release the reference with nl_object_put()
 */
extern void nl_object_get(struct nl_object *obj);

/**
 * Drop a reference on an object.
 * @param obj	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void nl_object_put(struct nl_object *obj);

/**
 * Tell whether an object is shared.
 * @param obj	object
 *
 * @return 1 when more than one reference is held on @a obj, 0 otherwise.
 */
extern int nl_object_shared(struct nl_object *obj);

/**
 * Print an object.
 * @param obj	object
 * @param params	dump parameters: kind of dump (NL_DUMP_LINE,
 *		NL_DUMP_DETAILS, NL_DUMP_STATS), destination, indentation;
 *		a buffer in @a params is cleared first
 */
extern void nl_object_dump(struct nl_object *obj,
			   struct nl_dump_params *params);

/**
 * Print the one-line summary of an object into a buffer.
 * @param obj	object
 * @param buf	buffer
 * @param len	size of @a buf, terminating NUL included
 */
extern void nl_object_dump_buf(struct nl_object *obj, char *buf, size_t len);

/**
 * Tell whether two objects stand for the same kernel object.
 * @param a	first object
 * @param b	second object
 *
 * They are identical when they have the same type and equal identifying
 * attributes (see nl_object_get_id_attrs(); every attribute when the type
 * names none).  An identifying attribute present in only one of them
 * makes them differ.
 *
 * @return 1 when identical, 0 otherwise (also when the type cannot
 *         compare).
 */
extern int nl_object_identical(struct nl_object *a, struct nl_object *b);

/**
 * Compare every attribute of two objects, in a 32-bit mask.
 * @param a	first object
 * @param b	second object
 *
 * @return The low 32 bits of nl_object_diff64(), with bit 31 also set
 *         when an attribute above bit 31 differs.
 */
extern uint32_t nl_object_diff(struct nl_object *a, struct nl_object *b);

/**
 * Compare every attribute of two objects.
 * @param a	first object
 * @param b	second object
 *
 * @return A mask of the type's attribute bits that differ; 0 when the
 *         objects are equal; every bit set when they are of different
 *         types or the type cannot compare.
 */
extern uint64_t nl_object_diff64(struct nl_object *a, struct nl_object *b);

/**
 * Tell whether an object matches a filter object.
 * @param obj	object
 * @param filter	object of the same type with the attributes to match
 *		set
 *
 * Every attribute set in @a filter must be set in @a obj with the same
 * value; the type decides what "the same" means for loose matches
 * (address prefixes, for instance).
 *
 * @return 1 on a match, 0 otherwise (also for objects of different types).
 */
extern int nl_object_match_filter(struct nl_object *obj,
				  struct nl_object *filter);

/**
 * Write the names of attributes into a buffer.
 * @param obj	object whose type names the attributes
 * @param attrs	mask of the type's attribute bits
 * @param buf	buffer
 * @param size	size of @a buf, terminating NUL included
 *
 * @return @a buf, holding the names separated by commas; empty when the
 *         type has no names.
 */
extern char *nl_object_attrs2str(struct nl_object *obj, uint32_t attrs,
				 char *buf, size_t size);

/**
 * Write the names of the attributes an object has set into a buffer.
 * @param obj	object
 * @param buf	buffer
 * @param size	size of @a buf, terminating NUL included
 *
 * @return @a buf, as nl_object_attrs2str().
 */
extern char *nl_object_attr_list(struct nl_object *obj, char *buf,
				 size_t size);

/**
 * Compute the hash key of an object.
 * @param obj	object
 * @param[out] hashkey	set to the key, from the identifying attributes; 0
 *		when the type has no key function
 * @param table_sz	number of buckets of the table the key is for
 */
extern void nl_object_keygen(struct nl_object *obj, uint32_t *hashkey,
			     uint32_t table_sz);

/**
 * Mark an object.
 * @param obj	object
 *
 * Marks are used to find objects a resync did not see again (see
 * nl_cache_mark_all()).
 */
extern void nl_object_mark(struct nl_object *obj);

/**
 * Clear the mark of an object.
 * @param obj	object
 */
extern void nl_object_unmark(struct nl_object *obj);

/**
 * Tell whether an object is marked.
 * @param obj	object
 *
 * @return 1 when marked, 0 otherwise.
 */
extern int nl_object_is_marked(struct nl_object *obj);

/**
 * Get the reference count of an object.
 * @param obj	object
 *
 * @return The number of references held on @a obj.
 */
extern int nl_object_get_refcnt(struct nl_object *obj);

/**
 * Get the cache an object is in.
 * @param obj	object
 *
 * @return The cache, without a reference for the caller; NULL when the
 *         object is in no cache.
 */
extern struct nl_cache *nl_object_get_cache(struct nl_object *obj);

/**
 * Get the type name of an object.
 * @param obj	object
 *
 * @return The name ("route/link"...), a static string; NULL when the type
 *         has none.
 */
extern const char *nl_object_get_type(const struct nl_object *obj);

/**
 * Get the netlink message type an object was parsed from.
 * @param obj	object
 *
 * @return The message type (RTM_NEWLINK...); 0 for an object that was not
 *         parsed from a message.
 */
extern int nl_object_get_msgtype(const struct nl_object *obj);

/**
 * Get the object operations of an object's type.
 * @param obj	object
 *
 * @return The operations, static data of the library.
 */
struct nl_object_ops *nl_object_get_ops(const struct nl_object *obj);

/**
 * Get the attributes that identify objects of an object's type.
 * @param obj	object
 *
 * @return The mask of identifying attribute bits (see
 *         nl_object_identical()); for some types it depends on the
 *         object, for instance on its address family.
 */
uint32_t nl_object_get_id_attrs(struct nl_object *obj);

/**
 * Get the type-specific object behind an object.
 * @param obj	object
 *
 * @return @a obj itself: every object type starts with the common header.
 */
static inline void *nl_object_priv(struct nl_object *obj)
{
	return obj;
}

#ifdef __cplusplus
}
#endif

/** @} */

#endif
