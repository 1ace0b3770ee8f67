/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects: reference-counted, typed records (links, routes...) that
 * caches hold, compare and print.
 */

#ifndef NETLINK_OBJECT_H_
#define NETLINK_OBJECT_H_

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
 * Allocate an object of the type @a ops describes.
 * @return the object (one reference) or NULL when out of memory.
 */
extern struct nl_object *nl_object_alloc(struct nl_object_ops *ops);

/**
 * Allocate an object of the type of the cache named @a kind
 * ("route/link"...).
 * @return 0, -NLE_NOCACHE for an unknown name or -NLE_NOMEM.
 */
extern int nl_object_alloc_name(const char *kind, struct nl_object **result);

/** Free @a obj, which must hold no references any more. */
extern void nl_object_free(struct nl_object *obj);

/** Allocate a copy of @a obj (one reference); NULL on failure. */
extern struct nl_object *nl_object_clone(struct nl_object *obj);

/**
 * Update @a dst with the attributes of @a src (same type).
 * @return 0 or -NLE_OPNOTSUPP when the type cannot update.
 */
extern int nl_object_update(struct nl_object *dst, struct nl_object *src);

/** Take one more reference on @a obj. */
extern void nl_object_get(struct nl_object *obj);

/** Drop one reference; the object is freed with the last one. */
extern void nl_object_put(struct nl_object *obj);

/** Non-zero when @a obj has more than one reference. */
extern int nl_object_shared(struct nl_object *obj);

/** Print @a obj as @a params says. */
extern void nl_object_dump(struct nl_object *obj,
			   struct nl_dump_params *params);

/** Print a one-line form of @a obj into @a buf. */
extern void nl_object_dump_buf(struct nl_object *obj, char *buf, size_t len);

/** Non-zero when both objects have the same type and identity. */
extern int nl_object_identical(struct nl_object *a, struct nl_object *b);

/** Bit mask of the attributes that differ (first 32 bits). */
extern uint32_t nl_object_diff(struct nl_object *a, struct nl_object *b);

/** Bit mask of the attributes that differ. */
extern uint64_t nl_object_diff64(struct nl_object *a, struct nl_object *b);

/** Non-zero when every attribute set in @a filter matches in @a obj. */
extern int nl_object_match_filter(struct nl_object *obj,
				  struct nl_object *filter);

/** Names of the attributes in mask @a attrs, comma separated, into @a buf. */
extern char *nl_object_attrs2str(struct nl_object *obj, uint32_t attrs,
				 char *buf, size_t size);

/** Names of the attributes @a obj has set, into @a buf. */
extern char *nl_object_attr_list(struct nl_object *obj, char *buf,
				 size_t size);

/** Hash key of @a obj for a hash table of @a table_sz buckets. */
extern void nl_object_keygen(struct nl_object *obj, uint32_t *hashkey,
			     uint32_t table_sz);

/** Set the mark of @a obj. */
extern void nl_object_mark(struct nl_object *obj);

/** Clear the mark of @a obj. */
extern void nl_object_unmark(struct nl_object *obj);

/** Non-zero when @a obj is marked. */
extern int nl_object_is_marked(struct nl_object *obj);

/** Number of references on @a obj. */
extern int nl_object_get_refcnt(struct nl_object *obj);

/** Cache @a obj belongs to, or NULL (no reference taken). */
extern struct nl_cache *nl_object_get_cache(struct nl_object *obj);

/** Type name of @a obj ("route/link"...), or NULL. */
extern const char *nl_object_get_type(const struct nl_object *obj);

/** Netlink message type @a obj was parsed from. */
extern int nl_object_get_msgtype(const struct nl_object *obj);

/** Object operations of @a obj. */
struct nl_object_ops *nl_object_get_ops(const struct nl_object *obj);

/** Mask of the attributes that identify objects of this type. */
uint32_t nl_object_get_id_attrs(struct nl_object *obj);

/** The type-specific object behind @a obj (the same pointer). */
static inline void *nl_object_priv(struct nl_object *obj)
{
	return obj;
}

#ifdef __cplusplus
}
#endif

#endif
