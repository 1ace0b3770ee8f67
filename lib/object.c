/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects: the reference-counted base of everything a cache holds.
 *
 * An object type is described by a struct nl_object_ops: its size, its
 * identifying attributes and the operations generic code needs (clone,
 * compare, dump, keygen...).  The functions here are the generic side.
 */

#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/cache.h"
#include "nl-private/pool.h"

/* Freed objects of the types that ask for it, reused by the next fill. */
static struct _nl_pool object_pool = NL_POOL_INIT;

static void __attribute__((destructor)) object_pool_fini(void)
{
	_nl_pool_drain(&object_pool);
}

/* nl_object_alloc() of a type the caller checked; the memory from @run
 * when not NULL. */
static inline __attribute__((always_inline)) struct nl_object *
alloc_from(struct nl_object_ops *ops, struct _nl_pool_run *run)
{
	struct nl_object *obj;

	if (!ops->oo_pooled)
		obj = calloc(1, ops->oo_size);
	else if (run)
		obj = _nl_pool_run_zalloc(&object_pool, run, ops->oo_size);
	else
		obj = _nl_pool_zalloc(&object_pool, ops->oo_size);
	if (!obj)
		return NULL;
	obj->ce_refcnt = 1;
	obj->ce_ops = ops;
	nl_init_list_head(&obj->ce_list);
	if (ops->oo_constructor)
		ops->oo_constructor(obj);
	NL_DBG(4, "allocated object %p <%s>\n", (void *)obj, ops->oo_name);
	return obj;
}

/* Types too small for the common header are a bug of the caller. */
static inline bool bad_ops(const struct nl_object_ops *ops)
{
	return !ops || ops->oo_size < sizeof(struct nl_object);
}

/**
 * Allocate an object of the type @ops describes, with one reference.
 *
 * The memory after the common header is zeroed, then the type's
 * constructor (if any) runs.
 *
 * @return The object, or NULL (no memory, or @ops->oo_size smaller than
 * the common header).  Release it with nl_object_put().
 */
struct nl_object *nl_object_alloc(struct nl_object_ops *ops)
{
	if (bad_ops(ops)) {
		BUG();
		return NULL;
	}
	return alloc_from(ops, NULL);
}

/* nl_object_alloc() for a fill making many objects of @ops's type (see
 * struct _nl_pool_run); _nl_object_run_end() ends @run. */
struct nl_object *_nl_object_alloc_run(struct nl_object_ops *ops,
				       struct _nl_pool_run *run)
{
	if (bad_ops(ops)) {
		BUG();
		return NULL;
	}
	return alloc_from(ops, run);
}

void _nl_object_run_end(struct _nl_pool_run *run)
{
	_nl_pool_run_end(&object_pool, run);
}

/**
 * Allocate an object of the cache type named @kind ("route/link"...).
 *
 * @return 0 and the object in @result; -NLE_OPNOTSUPP when no cache type
 * of that name is registered; -NLE_NOMEM.
 */
int nl_object_alloc_name(const char *kind, struct nl_object **result)
{
	struct nl_cache_ops *ops = nl_cache_ops_lookup_safe(kind);
	struct nl_object *obj;

	if (!ops)
		return -NLE_OPNOTSUPP;
	obj = nl_object_alloc(ops->co_obj_ops);
	nl_cache_ops_put(ops);
	if (!obj)
		return -NLE_NOMEM;
	*result = obj;
	return 0;
}

/**
 * Make a deep copy of @obj: same type, message type and attributes, its
 * own reference count (1), in no cache.
 *
 * @return The copy, or NULL (no memory, the type's clone operation failed,
 * or @obj is NULL).
 */
struct nl_object *nl_object_clone(struct nl_object *obj)
{
	struct nl_object_ops *ops;
	struct nl_object *copy;
	size_t hdr = sizeof(struct nl_object);
	size_t n;

	if (!obj)
		return NULL;
	ops = obj->ce_ops;
	copy = nl_object_alloc(ops);
	if (!copy)
		return NULL;

	copy->ce_msgtype = obj->ce_msgtype;
	copy->ce_mask = obj->ce_mask;
	/* The type's own data, shallow; oo_clone then copies what it owns. */
	n = ops->oo_copy_size ? ops->oo_copy_size : ops->oo_size;
	if (n > hdr)
		memcpy((char *)copy + hdr, (char *)obj + hdr, n - hdr);
	if (ops->oo_clone) {
		if (ops->oo_clone(copy, obj) < 0) {
			nl_object_free(copy);
			return NULL;
		}
	} else if (ops->oo_free_data) {
		/* Data the type frees but cannot copy would be freed twice. */
		BUG();
	}
	return copy;
}

/**
 * Merge @src into @dst with the type's update operation (used for objects
 * an event only partly describes, e.g. one nexthop of a route).
 *
 * @return 0 when merged; -NLE_OPNOTSUPP when the type cannot merge, or the
 * objects are of different types; the operation's error otherwise.
 */
int nl_object_update(struct nl_object *dst, struct nl_object *src)
{
	struct nl_object_ops *ops = dst->ce_ops;

	if (!ops->oo_update || ops != src->ce_ops)
		return -NLE_OPNOTSUPP;
	/* merged, dst no longer is what its last message said */
	dst->ce_digest = 0;
	return ops->oo_update(dst, src);
}

/**
 * Free @obj now, whatever its reference count (a warning is printed at
 * debug level 1 if others still hold references).  An object still in a
 * cache is taken out of it first.  NULL is ignored.
 */
void nl_object_free(struct nl_object *obj)
{
	struct nl_object_ops *ops;

	if (!obj)
		return;
	ops = obj->ce_ops;
	if (_nl_ref_read(&obj->ce_refcnt) > 0)
		NL_DBG(1, "freeing object %p with %d references left\n",
		       (void *)obj, _nl_ref_read(&obj->ce_refcnt));
	if (obj->ce_cache) {
		/* Keep the count positive while the cache lets go. */
		__atomic_add_fetch(&obj->ce_refcnt, 2, __ATOMIC_RELAXED);
		_nl_cache_unlink(obj);
	}
	if (ops && ops->oo_free_data)
		ops->oo_free_data(obj);
	NL_DBG(4, "freed object %p\n", (void *)obj);
	if (ops && ops->oo_pooled)
		_nl_pool_free(&object_pool, obj, ops->oo_size);
	else
		free(obj);
}

/** Take a reference on @obj (from any thread). */
void nl_object_get(struct nl_object *obj)
{
	int n = __atomic_add_fetch(&obj->ce_refcnt, 1, __ATOMIC_RELAXED);

	NL_DBG(4, "object %p: %d references\n", (void *)obj, n);
}

/** Drop a reference on @obj; the last one frees it.  NULL is ignored. */
void nl_object_put(struct nl_object *obj)
{
	int n;

	if (!obj)
		return;
	n = _nl_ref_dec(&obj->ce_refcnt);
	NL_DBG(4, "object %p: %d references\n", (void *)obj, n);
	if (n < 0)
		BUG();
	if (n <= 0)
		nl_object_free(obj);
}

/** @return 1 when more than one reference is held on @obj, else 0. */
int nl_object_shared(struct nl_object *obj)
{
	return _nl_ref_read(&obj->ce_refcnt) > 1;
}

/** Set the mark of @obj (see nl_cache_mark_all()). */
void nl_object_mark(struct nl_object *obj)
{
	obj->ce_flags |= NL_OBJ_MARK;
}

/** Clear the mark of @obj. */
void nl_object_unmark(struct nl_object *obj)
{
	obj->ce_flags &= ~NL_OBJ_MARK;
}

/** @return 1 when @obj is marked, else 0. */
int nl_object_is_marked(struct nl_object *obj)
{
	return (obj->ce_flags & NL_OBJ_MARK) ? 1 : 0;
}

/* Print one object with its type's dumper for params->dp_type (shared
 * with nl_cache_dump_filter()).  The line counter restarts per object;
 * dp_dump_msgtype only records that something came before the object. */
void _nl_object_dump_one(struct nl_object *obj, struct nl_dump_params *params)
{
	int type = params->dp_type;

	if (type < 0 || type > NL_DUMP_MAX) {
		BUG();
		return;
	}
	params->dp_line = 0;
	if (params->dp_dump_msgtype)
		params->dp_pre_dump = 1;
	if (obj->ce_ops->oo_dump[type])
		obj->ce_ops->oo_dump[type](obj, params);
}

/**
 * Print @obj as @params says (type of dump, destination, indentation).
 * When @params has a buffer, it is cleared first.
 */
void nl_object_dump(struct nl_object *obj, struct nl_dump_params *params)
{
	if (params->dp_buf)
		memset(params->dp_buf, 0, params->dp_buflen);
	_nl_object_dump_one(obj, params);
}

/**
 * Print the one-line summary of @obj (NL_DUMP_LINE) into @buf, at most
 * @len bytes including the terminating NUL.
 */
void nl_object_dump_buf(struct nl_object *obj, char *buf, size_t len)
{
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_buf = buf,
		.dp_buflen = len,
	};

	nl_object_dump(obj, &dp);
}

/**
 * Whether @a and @b are the same object in the kernel's eyes: same type
 * and equal identifying attributes (the type's oo_id_attrs, or what its
 * oo_id_attrs_get says for these objects; every attribute when the type
 * names none).  An identifying attribute present in only one of them makes
 * them different.
 *
 * @return 1 when identical, 0 otherwise (also when the type cannot
 * compare).
 */
int nl_object_identical(struct nl_object *a, struct nl_object *b)
{
	struct nl_object_ops *ops;
	uint64_t req;

	if (a == b)
		return 1;
	ops = a->ce_ops;
	if (ops != b->ce_ops)
		return 0;
	if (ops->oo_id_attrs_get) {
		req = ops->oo_id_attrs_get(a);
		if (req != ops->oo_id_attrs_get(b))
			return 0;
	} else {
		req = ops->oo_id_attrs;
	}
	/* a type that names no identifying attributes is identified by all
	 * of them, as libnl has always done */
	if (!req)
		req = ~(uint64_t)0;
	if ((a->ce_mask & req) != (b->ce_mask & req))
		return 0;
	if (!ops->oo_compare)
		return 0;
	return ops->oo_compare(a, b, req, ID_COMPARISON) == 0;
}

/**
 * Compare all attributes of @a and @b.
 *
 * @return A bit mask of the attributes that differ (the type's ATTR_*
 * bits); all bits set when the objects are of different types or the type
 * cannot compare.
 */
uint64_t nl_object_diff64(struct nl_object *a, struct nl_object *b)
{
	struct nl_object_ops *ops = a->ce_ops;

	if (ops != b->ce_ops || !ops->oo_compare)
		return UINT64_MAX;
	return ops->oo_compare(a, b, UINT64_MAX, 0);
}

/**
 * As nl_object_diff64() for 32-bit masks: the low 32 bits, with bit 31
 * also set when any attribute above bit 31 differs.
 */
uint32_t nl_object_diff(struct nl_object *a, struct nl_object *b)
{
	uint64_t d = nl_object_diff64(a, b);

	if (d >> 32)
		return (uint32_t)d | 0x80000000u;
	return (uint32_t)d;
}

/**
 * Whether @obj matches @filter: same type, and every attribute present in
 * @filter is present in @obj with the same value (the type decides what
 * "the same" means for loose comparison, e.g. address prefixes).
 *
 * @return 1 on a match, 0 otherwise.
 */
int nl_object_match_filter(struct nl_object *obj, struct nl_object *filter)
{
	struct nl_object_ops *ops = obj->ce_ops;

	if (ops != filter->ce_ops || !ops->oo_compare)
		return 0;
	return ops->oo_compare(obj, filter, filter->ce_mask,
			       LOOSE_COMPARISON) == 0;
}

/**
 * Write the names of the attributes in @attrs, comma separated, into
 * @buf (@len bytes, NUL terminated).  An empty string when the type has
 * no names.
 *
 * @return @buf.
 */
char *nl_object_attrs2str(struct nl_object *obj, uint32_t attrs, char *buf,
			  size_t len)
{
	struct nl_object_ops *ops = obj->ce_ops;

	if (ops->oo_attrs2str)
		return ops->oo_attrs2str((int)attrs, buf, len);
	if (len)
		memset(buf, 0, len);
	return buf;
}

/** As nl_object_attrs2str() for the attributes present in @obj. */
char *nl_object_attr_list(struct nl_object *obj, char *buf, size_t len)
{
	return nl_object_attrs2str(obj, (uint32_t)obj->ce_mask, buf, len);
}

/**
 * Compute the hash key of @obj for a table of @hashtbl_sz buckets into
 * @hashkey; 0 when the type has no keygen.
 */
void nl_object_keygen(struct nl_object *obj, uint32_t *hashkey,
		      uint32_t hashtbl_sz)
{
	struct nl_object_ops *ops = obj->ce_ops;

	if (ops->oo_keygen)
		ops->oo_keygen(obj, hashkey, hashtbl_sz);
	else
		*hashkey = 0;
}

/** @return The number of references held on @obj. */
int nl_object_get_refcnt(struct nl_object *obj)
{
	return _nl_ref_read(&obj->ce_refcnt);
}

/** @return The cache @obj is in (no reference taken), or NULL. */
struct nl_cache *nl_object_get_cache(struct nl_object *obj)
{
	return obj->ce_cache;
}

/** @return The name of @obj's type ("route/link"...), or NULL. */
const char *nl_object_get_type(const struct nl_object *obj)
{
	if (!obj->ce_ops)
		BUG();
	return obj->ce_ops ? obj->ce_ops->oo_name : NULL;
}

/** @return The netlink message type @obj was parsed from (0 if none). */
int nl_object_get_msgtype(const struct nl_object *obj)
{
	return obj->ce_msgtype;
}

/** @return The operations of @obj's type. */
struct nl_object_ops *nl_object_get_ops(const struct nl_object *obj)
{
	return obj->ce_ops;
}

/** @return The identifying attributes of @obj (see nl_object_identical()). */
uint32_t nl_object_get_id_attrs(struct nl_object *obj)
{
	struct nl_object_ops *ops = obj->ce_ops;

	if (ops->oo_id_attrs_get)
		return ops->oo_id_attrs_get(obj);
	return ops->oo_id_attrs;
}
