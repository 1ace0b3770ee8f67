/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches: lists of objects of one type, filled from kernel dumps and kept
 * current with events.
 *
 * A cache whose object type has a keygen also indexes its objects in a
 * hash table that grows with the content (lib/hashtable.c), so adding,
 * searching and removing cost O(1) and a fill of N objects O(N).
 *
 * Consistent dumps (doc/dump-consistency.md, C1, C2, C4, C5)
 * ----------------------------------------------------------
 * nl_cache_refill() parses each attempt into the cache in place (all
 * address families in turn for NL_CACHE_AF_ITER caches), with an undo
 * log (struct fill_ctx); an attempt that came back interrupted (the
 * kernel's NLM_F_DUMP_INTR, or an event seen in verify mode) is undone
 * whole, and the socket's retry policy (lib/retry.c) decides whether to
 * try again, accept it or give up.  When the policy gives up, the cache
 * keeps exactly what it held.  So that a refill does not hold two copies
 * of a large table, an object the kernel reports unchanged and that
 * nobody else references is kept instead of a new copy, with the new
 * copy's counters and cache times (struct vol); an undone attempt gives
 * such objects back in their order, with their old values.
 * nl_cache_resync() fills a fresh cache of the same type instead and
 * only then compares it with the cache, so the change callback hears
 * about the final state only.
 *
 * Verify mode (NL_SOCK_DUMP_VERIFY on the socket) covers dumps the kernel
 * never flags: a second socket of the same protocol joins the cache type's
 * multicast groups before each request; any message of one of the cache
 * type's message types arriving there before the dump ended, or an overrun
 * of that socket, makes the attempt interrupted (-NLE_DUMP_INCONSISTENT).
 * A kernel change that sends no notification cannot be seen.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/msg.h>
#include <netlink/socket.h>
#include <netlink/handlers.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/cache.h"
#include "nl-private/retry.h"
#include "nl-private/objtable.h"	/* entries of oo_volatile */
#include "nl-private/pool.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

/* ------------------------------------------------------------------ */
/* Access                                                               */

/** @return The number of objects in @cache. */
int nl_cache_nitems(struct nl_cache *cache)
{
	return cache->c_nitems;
}

/**
 * @return The number of objects in @cache that match @filter (all of
 * them when @filter is NULL).
 */
int nl_cache_nitems_filter(struct nl_cache *cache, struct nl_object *filter)
{
	struct nl_object *obj;
	int n = 0;

	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		if (filter && !nl_object_match_filter(obj, filter))
			continue;
		n++;
	}
	return n;
}

/** @return 1 when @cache holds no object, else 0. */
int nl_cache_is_empty(struct nl_cache *cache)
{
	return nl_list_empty(&cache->c_items);
}

/** @return The type of @cache. */
struct nl_cache_ops *nl_cache_get_ops(struct nl_cache *cache)
{
	return cache->c_ops;
}

/** @return The first object of @cache (no reference taken), or NULL. */
struct nl_object *nl_cache_get_first(struct nl_cache *cache)
{
	if (nl_list_empty(&cache->c_items))
		return NULL;
	return nl_list_entry(cache->c_items.next, struct nl_object, ce_list);
}

/** @return The last object of @cache (no reference taken), or NULL. */
struct nl_object *nl_cache_get_last(struct nl_cache *cache)
{
	if (nl_list_empty(&cache->c_items))
		return NULL;
	return nl_list_entry(cache->c_items.prev, struct nl_object, ce_list);
}

/** @return The object after @obj in its cache, or NULL. */
struct nl_object *nl_cache_get_next(struct nl_object *obj)
{
	if (!obj->ce_cache || obj->ce_list.next == &obj->ce_cache->c_items)
		return NULL;
	return nl_list_entry(obj->ce_list.next, struct nl_object, ce_list);
}

/** @return The object before @obj in its cache, or NULL. */
struct nl_object *nl_cache_get_prev(struct nl_object *obj)
{
	if (!obj->ce_cache || obj->ce_list.prev == &obj->ce_cache->c_items)
		return NULL;
	return nl_list_entry(obj->ce_list.prev, struct nl_object, ce_list);
}

/**
 * @return 1 when the last fill of @cache (refill or resync) was
 * consistent, 0 when the retry callback accepted an interrupted attempt.
 * A cache that was never filled counts as consistent.
 */
int nl_cache_is_consistent(struct nl_cache *cache)
{
	return cache->c_consistent;
}

/* ------------------------------------------------------------------ */
/* Life                                                                 */

/**
 * Allocate an empty cache of type @ops, with one reference.  The cache
 * starts with the type's flags (see nl_cache_ops_set_flags()).
 *
 * @return The cache, or NULL when memory ran out.
 */
struct nl_cache *nl_cache_alloc(struct nl_cache_ops *ops)
{
	struct nl_cache *cache;

	cache = calloc(1, sizeof(*cache));
	if (!cache)
		return NULL;
	nl_init_list_head(&cache->c_items);
	cache->c_ops = ops;
	cache->c_flags = ops->co_flags;
	cache->c_refcnt = 1;
	cache->c_consistent = 1;
	pthread_rwlock_init(&cache->c_lock, NULL);
	if (ops->co_obj_ops && ops->co_obj_ops->oo_keygen) {
		cache->hashtable = _nl_hash_table_alloc_grow();
		if (!cache->hashtable) {
			free(cache);
			return NULL;
		}
	}
	NL_DBG(2, "allocated cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	return cache;
}

/**
 * Allocate a cache of type @ops and fill it from the kernel through @sk
 * (see nl_cache_refill()); with a NULL @sk the cache stays empty.
 *
 * @return 0 and the cache in @result; -NLE_NOMEM; the error of the fill
 * (nothing allocated then).
 */
int nl_cache_alloc_and_fill(struct nl_cache_ops *ops, struct nl_sock *sk,
			    struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(ops);
	if (!cache)
		return -NLE_NOMEM;
	if (sk) {
		err = nl_cache_refill(sk, cache);
		if (err < 0) {
			nl_cache_free(cache);
			return err;
		}
	}
	*result = cache;
	return 0;
}

/**
 * Allocate an empty cache of the registered type named @kind.
 *
 * @return 0 and the cache in @result; -NLE_NOCACHE for an unknown type;
 * -NLE_NOMEM.
 */
int nl_cache_alloc_name(const char *kind, struct nl_cache **result)
{
	struct nl_cache_ops *ops = nl_cache_ops_lookup_safe(kind);
	struct nl_cache *cache;

	if (!ops)
		return -NLE_NOCACHE;
	cache = nl_cache_alloc(ops);
	nl_cache_ops_put(ops);
	if (!cache)
		return -NLE_NOMEM;
	*result = cache;
	return 0;
}

/* Arguments, flags and filter of @src, for a copy or a shadow. */
static void copy_settings(struct nl_cache *dst, struct nl_cache *src)
{
	dst->c_iarg1 = src->c_iarg1;
	dst->c_iarg2 = src->c_iarg2;
	dst->c_flags = src->c_flags;
	if (src->c_filter) {
		nl_object_get(src->c_filter);
		dst->c_filter = src->c_filter;
	}
}

/**
 * Keep only objects that match @filter in @cache (fork addition).
 * @arg cache	cache of any type
 * @arg filter	object of the cache's type whose attributes the kept objects
 *		share (see nl_object_match_filter()), or NULL for none; the
 *		cache takes its own reference
 *
 * Objects that do not match are not added by fills, refills and pickups,
 * and events about them do not enter the cache (an object that stops
 * matching leaves it, reported as deleted).  On a socket with strict
 * checking (nl_socket_set_strict_check()) the cache types that support it
 * (routes by table, protocol, type and output interface; addresses by
 * interface; links by master and kind; neighbours by interface and
 * master) ask the kernel to filter the dump, which saves the time of
 * reading what would be dropped.  Objects already in the cache are not
 * removed: refill it.
 *
 * @return 0, or -NLE_OBJ_MISMATCH when @filter is not of the cache's type.
 */
int nl_cache_set_filter(struct nl_cache *cache, struct nl_object *filter)
{
	if (filter && (!cache->c_ops ||
		       filter->ce_ops != cache->c_ops->co_obj_ops))
		return -NLE_OBJ_MISMATCH;
	if (filter)
		nl_object_get(filter);
	nl_object_put(cache->c_filter);
	cache->c_filter = filter;
	return 0;
}

/** The filter of @cache (no reference taken), or NULL. */
struct nl_object *nl_cache_get_filter(struct nl_cache *cache)
{
	return cache->c_filter;
}

static bool filtered_out(struct nl_cache *cache, struct nl_object *obj)
{
	return cache->c_filter && !nl_object_match_filter(obj, cache->c_filter);
}

/**
 * A new cache holding copies of the objects of @orig that match @filter.
 *
 * @return The cache, or NULL (no @filter, or no memory).
 */
struct nl_cache *nl_cache_subset(struct nl_cache *orig,
				 struct nl_object *filter)
{
	struct nl_cache *cache;
	struct nl_object *obj;

	if (!filter)
		return NULL;
	cache = nl_cache_alloc(orig->c_ops);
	if (!cache)
		return NULL;
	nl_list_for_each_entry(obj, &orig->c_items, ce_list) {
		if (!nl_object_match_filter(obj, filter))
			continue;
		nl_cache_add(cache, obj);
	}
	return cache;
}

/**
 * A new cache with copies of all objects of @cache, and its arguments and
 * flags.
 *
 * @return The cache, or NULL when memory ran out.
 */
struct nl_cache *nl_cache_clone(struct nl_cache *cache)
{
	struct nl_cache *copy;
	struct nl_object *obj;

	copy = nl_cache_alloc(cache->c_ops);
	if (!copy)
		return NULL;
	copy_settings(copy, cache);
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		if (nl_cache_add(copy, obj) < 0) {
			nl_cache_free(copy);
			return NULL;
		}
	}
	return copy;
}

/** Remove every object from @cache (dropping the cache's references). */
void nl_cache_clear(struct nl_cache *cache)
{
	struct nl_object *obj, *next;

	NL_DBG(2, "clearing cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	/* The whole index at once rather than one lookup per object; its
	 * references are dropped in the walk below. */
	if (!cache->hashtable || _nl_hash_table_forget(cache->hashtable) < 0) {
		nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list)
			nl_cache_remove(obj);
		return;
	}
	nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list) {
		nl_list_del(&obj->ce_list);
		nl_init_list_head(&obj->ce_list);
		obj->ce_cache = NULL;
		cache->c_nitems--;
		nl_object_put(obj);	/* the index's */
		nl_object_put(obj);	/* the list's */
	}
}

/** Take a reference on @cache (from any thread). */
void nl_cache_get(struct nl_cache *cache)
{
	_nl_ref_inc(&cache->c_refcnt);
}

/**
 * Drop a reference on @cache; the last one clears and frees it.  NULL is
 * ignored.
 */
void nl_cache_free(struct nl_cache *cache)
{
	if (!cache)
		return;
	if (_nl_ref_dec(&cache->c_refcnt) > 0)
		return;
	nl_cache_clear(cache);
	nl_hash_table_free(cache->hashtable);
	nl_object_put(cache->c_filter);
	pthread_rwlock_destroy(&cache->c_lock);
	NL_DBG(2, "freed cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	free(cache);
}

/** Same as nl_cache_free(). */
void nl_cache_put(struct nl_cache *cache)
{
	nl_cache_free(cache);
}

/** Set the first argument of @cache's requests (often an address family). */
void nl_cache_set_arg1(struct nl_cache *cache, int arg)
{
	cache->c_iarg1 = arg;
}

/** Set the second argument of @cache's requests. */
void nl_cache_set_arg2(struct nl_cache *cache, int arg)
{
	cache->c_iarg2 = arg;
}

/** Add @flags (NL_CACHE_AF_ITER...) to @cache's flags. */
void nl_cache_set_flags(struct nl_cache *cache, unsigned int flags)
{
	cache->c_flags |= flags;
}

/* ------------------------------------------------------------------ */
/* Adding and removing                                                  */

/* The generation of @cache's refill passes @obj was last seen in (see
 * struct fill_ctx): an object in a cache has the cache's current one,
 * except during a refill pass while it was not seen yet. */
static bool gen_of(struct nl_object *obj)
{
	return obj->ce_flags & NL_OBJ_GEN;
}

static void set_gen(struct nl_cache *cache, struct nl_object *obj)
{
	if (cache->c_gen & 1)
		obj->ce_flags |= NL_OBJ_GEN;
	else
		obj->ce_flags &= ~NL_OBJ_GEN;
}

/* Index @obj (already referenced for the cache) in @cache (with @key when
 * @keyed, see _nl_hash_table_prefetch()) and append it to its list. */
static int link_in_keyed(struct nl_cache *cache, struct nl_object *obj,
			 bool keyed, uint32_t key)
{
	int err;

	if (cache->hashtable) {
		err = keyed ? _nl_hash_table_add_key(cache->hashtable, obj, key) :
			      nl_hash_table_add(cache->hashtable, obj);
		if (err < 0)
			return err;
	}
	nl_list_add_tail(&obj->ce_list, &cache->c_items);
	obj->ce_cache = cache;
	set_gen(cache, obj);
	cache->c_nitems++;
	NL_DBG(4, "added object %p to cache %p <%s>, %d objects\n",
	       (void *)obj, (void *)cache, nl_cache_name(cache),
	       cache->c_nitems);
	return 0;
}

static int link_in(struct nl_cache *cache, struct nl_object *obj)
{
	return link_in_keyed(cache, obj, false, 0);
}

/**
 * Add @obj to @cache.  The cache takes a reference on @obj; when @obj is
 * already in a cache a copy is added instead.
 *
 * @return 0; -NLE_OBJ_MISMATCH when @obj is not of the cache's object
 * type; -NLE_EXIST when the cache is keyed and holds an identical object;
 * -NLE_NOMEM.
 */
int nl_cache_add(struct nl_cache *cache, struct nl_object *obj)
{
	struct nl_object *add;
	int err;

	if (cache->c_ops->co_obj_ops != obj->ce_ops)
		return -NLE_OBJ_MISMATCH;
	if (!nl_list_empty(&obj->ce_list)) {
		add = nl_object_clone(obj);
		if (!add)
			return -NLE_NOMEM;
	} else {
		nl_object_get(obj);
		add = obj;
	}
	err = link_in(cache, add);
	if (err < 0)
		nl_object_put(add);
	return err;
}

/**
 * Move @obj into @cache, out of the cache it was in (if any).  The
 * reference the old cache held moves with it.
 *
 * @return 0; -NLE_OBJ_MISMATCH; -NLE_EXIST; -NLE_NOMEM (then @obj is in no
 * cache).
 */
int nl_cache_move(struct nl_cache *cache, struct nl_object *obj)
{
	int err;

	if (cache->c_ops->co_obj_ops != obj->ce_ops)
		return -NLE_OBJ_MISMATCH;
	NL_DBG(3, "moving object %p to cache %p\n", (void *)obj,
	       (void *)cache);
	/* The reference for the new cache; keeps @obj alive meanwhile. */
	nl_object_get(obj);
	if (!nl_list_empty(&obj->ce_list))
		nl_cache_remove(obj);
	err = link_in(cache, obj);
	if (err < 0)
		nl_object_put(obj);
	return err;
}

/* Unlink without dropping the list's reference (see nl-private/cache.h). */
void _nl_cache_unlink(struct nl_object *obj)
{
	struct nl_cache *cache = obj->ce_cache;

	if (!cache)
		return;
	if (cache->hashtable &&
	    nl_hash_table_del(cache->hashtable, obj) < 0)
		NL_DBG(2, "object %p of cache %p missing from its index\n",
		       (void *)obj, (void *)cache);
	nl_list_del(&obj->ce_list);
	nl_init_list_head(&obj->ce_list);
	obj->ce_cache = NULL;
	cache->c_nitems--;
}

/**
 * Take @obj out of its cache, dropping the cache's reference (which may
 * free it).  Nothing happens when @obj is in no cache.
 */
void nl_cache_remove(struct nl_object *obj)
{
	if (!obj->ce_cache)
		return;
	NL_DBG(4, "removing object %p from cache %p\n", (void *)obj,
	       (void *)obj->ce_cache);
	_nl_cache_unlink(obj);
	nl_object_put(obj);
}

/* ------------------------------------------------------------------ */
/* Lookups and iteration                                                */

/**
 * Find the object of @cache identical to @needle (same identifying
 * attributes, see nl_object_identical()).  O(1) in keyed caches.
 *
 * @return The object with a reference taken (release with
 * nl_object_put()), or NULL.
 */
struct nl_object *nl_cache_search(struct nl_cache *cache,
				  struct nl_object *needle)
{
	struct nl_object *obj;

	if (cache->hashtable) {
		obj = nl_hash_table_lookup(cache->hashtable, needle);
		if (obj)
			nl_object_get(obj);
		return obj;
	}
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		if (nl_object_identical(obj, needle)) {
			nl_object_get(obj);
			return obj;
		}
	}
	return NULL;
}

/**
 * Find the first object of @cache that matches @filter (see
 * nl_object_match_filter()).
 *
 * @return The object with a reference taken, or NULL.
 */
struct nl_object *nl_cache_find(struct nl_cache *cache,
				struct nl_object *filter)
{
	struct nl_object *obj;

	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		if (nl_object_match_filter(obj, filter)) {
			nl_object_get(obj);
			return obj;
		}
	}
	return NULL;
}

/** Mark every object of @cache (see nl_object_mark()). */
void nl_cache_mark_all(struct nl_cache *cache)
{
	struct nl_object *obj;

	nl_list_for_each_entry(obj, &cache->c_items, ce_list)
		nl_object_mark(obj);
}

/**
 * Print every object of @cache that matches @filter (all when NULL) as
 * @params says; a buffer in @params is cleared first.
 */
void nl_cache_dump_filter(struct nl_cache *cache, struct nl_dump_params *params,
			  struct nl_object *filter)
{
	int type = params ? (int)params->dp_type : NL_DUMP_DETAILS;
	struct nl_object_ops *ops = cache->c_ops->co_obj_ops;
	struct nl_object *obj;

	if (type < 0 || type > NL_DUMP_MAX || !params)
		return;
	if (!ops || !ops->oo_dump[type])
		return;
	if (params->dp_buf)
		memset(params->dp_buf, 0, params->dp_buflen);
	nl_list_for_each_entry(obj, &cache->c_items, ce_list) {
		if (filter && !nl_object_match_filter(obj, filter))
			continue;
		_nl_object_dump_one(obj, params);
	}
}

/** Print every object of @cache as @params says. */
void nl_cache_dump(struct nl_cache *cache, struct nl_dump_params *params)
{
	nl_cache_dump_filter(cache, params, NULL);
}

/**
 * Call @cb with each object of @cache that matches @filter (all when NULL)
 * and @arg.  @cb may remove the object it is given.
 */
void nl_cache_foreach_filter(struct nl_cache *cache, struct nl_object *filter,
			     void (*cb)(struct nl_object *, void *), void *arg)
{
	struct nl_object *obj, *next;

	nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list) {
		if (filter && !nl_object_match_filter(obj, filter))
			continue;
		cb(obj, arg);
	}
}

/** Call @cb with each object of @cache and @arg. */
void nl_cache_foreach(struct nl_cache *cache,
		      void (*cb)(struct nl_object *, void *), void *arg)
{
	nl_cache_foreach_filter(cache, NULL, cb, arg);
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

/**
 * Hand the message @nlh to the parser of cache type @ops, which calls
 * @params->pp_cb with each object it builds.
 *
 * @return The parser's result; -NLE_MSG_TOOSHORT when @nlh cannot hold the
 * type's header; -NLE_MSGTYPE_NOSUPPORT when @ops does not handle the
 * message type.
 */
int nl_cache_parse(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		   struct nlmsghdr *nlh, struct nl_parser_param *params)
{
	struct nl_object *obj;
	int err;

	if (nlh->nlmsg_len < (uint32_t)nlmsg_size(ops->co_hdrsize))
		return -NLE_MSG_TOOSHORT;
	if (!nl_msgtype_lookup(ops, nlh->nlmsg_type))
		return -NLE_MSGTYPE_NOSUPPORT;
	if (ops->co_parse_obj) {
		/* one object per message */
		obj = nl_object_alloc(ops->co_obj_ops);
		if (!obj)
			return -NLE_NOMEM;
		err = ops->co_parse_obj(nlh, obj);
		if (err >= 0)
			err = params->pp_cb(obj, params);
		nl_object_put(obj);
		return err;
	}
	if (!ops->co_msg_parser)
		return -NLE_OPNOTSUPP;
	return ops->co_msg_parser(ops, who, nlh, params);
}

static int pickup_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct nl_cache *cache = p->pp_arg;

	if (filtered_out(cache, obj))
		return 0;
	return nl_cache_add(cache, obj);
}

/* Replace an object identical to @obj, or update it when the type can
 * merge, else add @obj. */
static int pickup_checkdup_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct nl_cache *cache = p->pp_arg;
	struct nl_object *old;

	if (filtered_out(cache, obj))
		return 0;
	old = nl_cache_search(cache, obj);
	if (old) {
		if (nl_object_update(old, obj) == 0) {
			nl_object_put(old);
			return 0;
		}
		nl_cache_remove(old);
		nl_object_put(old);
	}
	return nl_cache_add(cache, obj);
}

/**
 * Parse the message @msg into objects of @cache's type and add them.
 *
 * @return 0 or a negative error (see nl_cache_parse(), nl_cache_add()).
 */
int nl_cache_parse_and_add(struct nl_cache *cache, struct nl_msg *msg)
{
	struct nl_parser_param p = {
		.pp_cb = pickup_cb,
		.pp_arg = cache,
	};

	return nl_cache_parse(cache->c_ops, NULL, nlmsg_hdr(msg), &p);
}

/*
 * A fill's parse context.  Objects go either into a fresh cache (a
 * resync's new state), or, in a refill, into the cache itself, in place:
 *
 * The cache's list is split in two: the objects not seen yet in this
 * pass (at the head) and those the dump gave so far, in dump order (at
 * the tail, from first_new on).  Each parsed object either finds its
 * unchanged twin among the unseen ones (referenced by the cache alone;
 * same message type, and same message digest or, for types that allow
 * it, equal attributes: see unchanged()), which takes the new copy's
 * volatile fields (counters, cache times: struct vol) and moves to the
 * tail while the new copy is freed at once; or it replaces the identical
 * object in the index
 * (the old one stays unseen and is marked NL_OBJ_REPLACED); or it is new,
 * and enters the index only when the pass is complete, all new objects in
 * one go (a fill of an empty cache so sizes its index once and probes no
 * slot on the way).  Dumps come in the same order each time, so the twin
 * is most often the
 * one that followed the last twin found (pred): no index lookup then.
 * What an object was seen in is told by its NL_OBJ_GEN bit against the
 * parity of the cache's pass counter.  A complete attempt drops what stayed
 * unseen (commit()); a discarded one replays an undo log backwards
 * (undo()), which gives the cache back exactly what it held, in its
 * order.  A refill of an unchanged table so allocates nothing that lasts,
 * touches no index and never holds two copies of it.
 */
enum undo_op {
	UNDO_HEADRUN,	/* n times: the first unseen object moved to the tail */
	UNDO_MOVE,	/* obj moved to the tail from after node */
	UNDO_NEWRUN,	/* n new objects appended */
	UNDO_REPLACE,	/* obj appended, replacing old in the index */
};

struct undo {
	enum undo_op op;
	unsigned int n;
	struct nl_object *obj;
	struct nl_object *old;
	struct nl_list_head *node;
};

/*
 * Volatile fields (struct nl_object_ops, oo_volatile): counters and cache
 * times no comparison looks at.  An object kept in place takes them from
 * the new copy (refresh_from_obj()) or, when its message was not parsed,
 * from the attributes the digest left out (refresh_from_msg()); a log
 * record of their old values and presence bits lets an undone pass give
 * them back.
 */
#define VOL_REGIONS 8

struct vol {
	const struct nlo_table *t;
	unsigned int nreg;
	struct {
		uint32_t off, size;
	} reg[VOL_REGIONS];		/* distinct storage of the entries */
	uint64_t mask;			/* their presence bits */
	/* those left out of digests, in table order; an entry sharing its
	 * storage with later ones is parsed only when none of those came
	 * (IFLA_STATS64 wins over IFLA_STATS, as in a parse) */
	const struct nlo_attr *ent[VOL_REGIONS];
	uint8_t later[VOL_REGIONS];	/* bits of those later entries */
	unsigned int nent;
	uint64_t nla_mask;		/* their presence bits */
	uint64_t skip;			/* their attribute types */
	size_t rec;			/* bytes of a log record */
};

struct vol_rec {
	struct nl_object *obj;
	uint64_t mask;			/* the object's presence bits */
	/* then the regions' bytes, in reg[] order */
};

struct fill_ctx {
	struct nl_cache *cache;		/* where the objects go */
	bool in_place;			/* the cache's own content (refill) */
	/* in place, begun on an empty cache: objects are only appended */
	bool fresh_only;
	bool whole;			/* read whole replies before parsing */
	unsigned int seq;		/* of the dump request being read */
	/* The object parsed last, added when the next one is parsed: its
	 * index slot was prefetched meanwhile (see fill_take()). */
	struct nl_object *pend;		/* holds a reference */
	uint32_t pend_key;
	/* in place */
	struct nl_list_head *first_new;	/* first seen object, or NULL */
	struct nl_list_head *pred;	/* the unseen object expected next */
	bool pred_hit;			/* the last expectation held */
	struct undo *log;
	unsigned int nlog, caplog;
	/* new objects of the pass, waiting for the index */
	struct _nl_keyed *fresh;
	unsigned int nfresh, capfresh;
	int saved_iarg1;
	/* digests of the pass's messages (see raw_keep()) */
	bool digest;
	uint64_t cur_digest;		/* of the message being parsed */
	uint64_t pend_digest;		/* of pend's message */
	/* the type's volatile fields, and their values before the pass
	 * in the objects kept (struct vol_rec each) */
	struct vol vol;
	unsigned char *vlog;
	unsigned int nvlog, capvlog;
	/* where the fill's new objects come from (all its attempts) */
	struct _nl_pool_run *mem;
	int type_ok;			/* message type last found supported */
};

struct pickup {
	struct nl_cache_ops *ops;
	struct nl_parser_param *pp;
	struct fill_ctx *fc;	/* a refill's, or NULL */
	int err;		/* first error that spoils the result */
	bool skip_intr;		/* parse nothing after an interruption */
	bool intr;		/* an interruption was seen */
};

static struct nl_object *obj_of(struct nl_list_head *node)
{
	return nl_list_entry(node, struct nl_object, ce_list);
}

/* Room for one more element in a growing array, before it is needed. */
static int room(void **v, unsigned int n, unsigned int *cap, size_t size)
{
	unsigned int c;
	void *p;

	if (n < *cap)
		return 0;
	c = *cap ? *cap * 2 : 64;
	if (c < *cap)
		return -NLE_NOMEM;
	p = realloc(*v, (size_t)c * size);
	if (!p)
		return -NLE_NOMEM;
	*v = p;
	*cap = c;
	return 0;
}

/* Room for one more log entry, before the change it will undo. */
static int log_reserve(struct fill_ctx *fc)
{
	return room((void **)&fc->log, fc->nlog, &fc->caplog,
		    sizeof(*fc->log));
}

/* Log a change (room reserved); runs of the same kind share an entry. */
static void log_add(struct fill_ctx *fc, enum undo_op op, struct nl_object *obj,
		    struct nl_object *old, struct nl_list_head *node)
{
	struct undo *u = fc->nlog ? &fc->log[fc->nlog - 1] : NULL;

	if (u && u->op == op && (op == UNDO_HEADRUN || op == UNDO_NEWRUN)) {
		u->n++;
		return;
	}
	u = &fc->log[fc->nlog++];
	u->op = op;
	u->n = 1;
	u->obj = obj;
	u->old = old;
	u->node = node;
}

/* An entry of oo_volatile whose value lives in the object itself. */
static bool vol_entry(const struct nlo_attr *a)
{
	if (!(a->flags & NLO_F_NOCMP) || (a->flags & NLO_F_NOPARSE) || !a->size)
		return false;
	switch (a->type) {
	case NLO_U8:
	case NLO_U16:
	case NLO_U32:
	case NLO_U64:
	case NLO_S32:
	case NLO_CHARS:
	case NLO_BINARY:
		return true;
	case NLO_HOOK:
		return a->hooks && a->hooks->parse && !a->hooks->clone &&
		       !a->hooks->free;
	default:
		return false;
	}
}

/* Taken from the message only when the digest left it out. */
static bool vol_from_attr(const struct nlo_attr *a)
{
	return !(a->flags & NLO_F_HDR) && a->nla && a->nla < 64;
}

static void vol_setup(struct vol *v, const struct nl_object_ops *ops)
{
	const struct nlo_table *t = ops ? ops->oo_volatile : NULL;
	unsigned int i, j;
	size_t bytes = 0;

	memset(v, 0, sizeof(*v));
	v->t = t;
	for (i = 0; t && i < t->n; i++) {
		const struct nlo_attr *a = &t->attrs[i];

		if (!vol_entry(a))
			continue;
		for (j = 0; j < v->nreg && v->reg[j].off != a->offset; j++)
			;
		if (j == v->nreg) {
			if (j == VOL_REGIONS) {
				/* a table this code was not made for:
				 * the entry stays as first parsed */
				NL_DBG(1, "volatile entry %s left out\n",
				       a->name ? a->name : "?");
				continue;
			}
			v->reg[j].off = a->offset;
			v->reg[j].size = a->size;
			v->nreg++;
			bytes += a->size;
		}
		v->mask |= a->mask;
		if (ops->oo_volatile_parse && vol_from_attr(a) &&
		    v->nent < VOL_REGIONS) {
			for (j = 0; j < v->nent; j++)
				if (v->ent[j]->offset == a->offset)
					v->later[j] |= (uint8_t)(1u << v->nent);
			v->ent[v->nent++] = a;
			v->nla_mask |= a->mask;
			v->skip |= 1ULL << a->nla;
		}
	}
	v->rec = (sizeof(struct vol_rec) + bytes + 7) & ~(size_t)7;
}

static uint64_t *vol_maskp(struct vol *v, struct nl_object *obj)
{
	return nlo_mask(obj, v->t);
}

/* The volatile fields of @a and @b differ, values or presence. */
static bool vol_differ(struct vol *v, struct nl_object *a,
		       struct nl_object *b)
{
	unsigned int i;

	if ((*vol_maskp(v, a) ^ *vol_maskp(v, b)) & v->mask)
		return true;
	for (i = 0; i < v->nreg; i++)
		if (memcmp((char *)a + v->reg[i].off,
			   (char *)b + v->reg[i].off, v->reg[i].size))
			return true;
	return false;
}

static struct vol_rec *vol_top(struct fill_ctx *fc)
{
	return (struct vol_rec *)(fc->vlog + (size_t)(fc->nvlog - 1) *
						     fc->vol.rec);
}

/* Log @obj's volatile values before they change. */
static int vol_save(struct fill_ctx *fc, struct nl_object *obj)
{
	struct vol *v = &fc->vol;
	struct vol_rec *r;
	unsigned char *p;
	unsigned int i;
	int err;

	err = room((void **)&fc->vlog, fc->nvlog, &fc->capvlog, v->rec);
	if (err < 0)
		return err;
	fc->nvlog++;
	r = vol_top(fc);
	r->obj = obj;
	r->mask = *vol_maskp(v, obj);
	p = (unsigned char *)(r + 1);
	for (i = 0; i < v->nreg; p += v->reg[i].size, i++)
		memcpy(p, (char *)obj + v->reg[i].off, v->reg[i].size);
	return 0;
}

/* Give @r's object its logged values back. */
static void vol_restore(struct fill_ctx *fc, struct vol_rec *r)
{
	struct vol *v = &fc->vol;
	const unsigned char *p = (const unsigned char *)(r + 1);
	uint64_t *m = vol_maskp(v, r->obj);
	unsigned int i;

	for (i = 0; i < v->nreg; p += v->reg[i].size, i++)
		memcpy((char *)r->obj + v->reg[i].off, p, v->reg[i].size);
	*m = (*m & ~v->mask) | (r->mask & v->mask);
}

/* Forget the last record when its object's values did not change. */
static void vol_forget_same(struct fill_ctx *fc)
{
	struct vol *v = &fc->vol;
	struct vol_rec *r = vol_top(fc);
	const unsigned char *p = (const unsigned char *)(r + 1);
	unsigned int i;

	if ((*vol_maskp(v, r->obj) ^ r->mask) & v->mask)
		return;
	for (i = 0; i < v->nreg; p += v->reg[i].size, i++)
		if (memcmp((char *)r->obj + v->reg[i].off, p, v->reg[i].size))
			return;
	fc->nvlog--;
}

/* @old, kept for the equal @obj, takes @obj's volatile values. */
static int refresh_from_obj(struct fill_ctx *fc, struct nl_object *old,
			    struct nl_object *obj)
{
	struct vol *v = &fc->vol;
	uint64_t *m;
	unsigned int i;
	int err;

	if (!v->nreg || !vol_differ(v, old, obj))
		return 0;
	err = vol_save(fc, old);
	if (err < 0)
		return err;
	for (i = 0; i < v->nreg; i++)
		memcpy((char *)old + v->reg[i].off, (char *)obj + v->reg[i].off,
		       v->reg[i].size);
	m = vol_maskp(v, old);
	*m = (*m & ~v->mask) | (*vol_maskp(v, obj) & v->mask);
	return 0;
}

/*
 * @old, kept for a message with its digest, takes the volatile values
 * of the attributes the digest left out (@left), as a parse would.
 * false, @old untouched, when that cannot be done: no memory, an
 * attribute that does not parse, or a value @old has that the message
 * no longer carries.
 */
static bool refresh_from_msg(struct fill_ctx *fc, struct nl_object *old,
			     const struct nl_digest_left *left)
{
	struct vol *v = &fc->vol;
	struct nl_object_ops *ops = old->ce_ops;
	const struct nlattr *nla[VOL_REGIONS];
	unsigned int i, j, found = 0;
	uint64_t *m, before;

	if (!v->nla_mask)
		return true;
	if (left->n > NL_DIGEST_LEFT_MAX || vol_save(fc, old) < 0)
		return false;
	m = vol_maskp(v, old);
	before = *m;
	*m &= ~v->nla_mask;
	/* the last attribute of each entry's type, as nla_parse() keeps */
	for (i = 0; i < v->nent; i++) {
		nla[i] = NULL;
		for (j = 0; j < left->n; j++)
			if ((left->nla[j]->nla_type & NLA_TYPE_MASK) ==
			    v->ent[i]->nla) {
				nla[i] = left->nla[j];
				found |= 1u << i;
			}
	}
	for (i = 0; i < v->nent; i++) {
		const struct nlo_attr *a = v->ent[i];

		if (!nla[i] || (found & v->later[i]))
			continue;
		if (ops->oo_volatile_parse(old, a, nla[i]) < 0)
			goto undo;
		*m |= a->mask;
	}
	if (before & v->nla_mask & ~*m)
		goto undo;
	vol_forget_same(fc);
	return true;
undo:
	vol_restore(fc, vol_top(fc));
	fc->nvlog--;
	return false;
}

/* @old may stand in for a new object: unseen in this pass and
 * referenced by the cache alone (its list and index). */
static bool may_stand_in(struct fill_ctx *fc, struct nl_object *old)
{
	return _nl_ref_read(&old->ce_refcnt) == 2 &&
	       gen_of(old) != (fc->cache->c_gen & 1) &&
	       !(old->ce_flags & NL_OBJ_REPLACED);
}

/* @old can stand in for the new @obj (of a message with @digest, or 0):
 * the same message type, and the same digest, or for a type that allows
 * it (oo_keep_equal) equal in every attribute.  Volatile fields aside:
 * see refresh_from_obj(). */
static bool unchanged(struct fill_ctx *fc, struct nl_object *old,
		      struct nl_object *obj, uint64_t digest)
{
	struct nl_object_ops *ops = obj->ce_ops;

	if (!may_stand_in(fc, old) || old->ce_msgtype != obj->ce_msgtype)
		return false;
	if (digest && old->ce_digest == digest)
		return true;
	return ops->oo_keep_equal && !nl_object_diff64(old, obj) &&
	       !(ops->oo_stale && ops->oo_stale(old, obj));
}

/* The unseen object after @node is expected next, if any. */
static void expect_after(struct fill_ctx *fc, struct nl_list_head *node)
{
	struct nl_list_head *next = node->next;

	fc->pred = (next == &fc->cache->c_items || next == fc->first_new) ?
			   NULL : next;
}

static void mark_seen(struct fill_ctx *fc, struct nl_list_head *node)
{
	if (!fc->first_new)
		fc->first_new = node;
}

/* The unseen @old stands in for the new object (@mark: its NL_OBJ_MARK):
 * move it to the tail. */
static void keep_old(struct fill_ctx *fc, struct nl_object *old, int mark)
{
	struct nl_cache *cache = fc->cache;
	struct nl_list_head *node = &old->ce_list, *prev = node->prev;

	expect_after(fc, node);
	if (prev == &cache->c_items)
		log_add(fc, UNDO_HEADRUN, NULL, NULL, NULL);
	else
		log_add(fc, UNDO_MOVE, old, NULL, prev);
	nl_list_del(node);
	nl_list_add_tail(node, &cache->c_items);
	mark_seen(fc, node);
	/* as a fresh copy would be: unmarked */
	old->ce_flags = mark | (old->ce_flags & ~NL_OBJ_MARK);
	set_gen(cache, old);
}

/* A second reference on @obj, whose one reference is the caller's: while
 * that is the only one, nobody else can see the object, and the count is
 * set without a locked instruction. */
static void take_ref(struct nl_object *obj)
{
	if (__atomic_load_n(&obj->ce_refcnt, __ATOMIC_RELAXED) == 1)
		__atomic_store_n(&obj->ce_refcnt, 2, __ATOMIC_RELAXED);
	else
		nl_object_get(obj);
}

/* Append @obj, new, to the cache of an in-place pass (room reserved in
 * the log and the list of fresh objects): indexed when the pass is
 * complete, with the reference taken for the index now, while the object
 * is at hand. */
static inline __attribute__((always_inline)) void
append_new(struct fill_ctx *fc, struct nl_object *obj, uint32_t key)
{
	struct nl_cache *cache = fc->cache;

	if (cache->hashtable)
		take_ref(obj);
	nl_list_add_tail(&obj->ce_list, &cache->c_items);
	obj->ce_cache = cache;
	set_gen(cache, obj);
	cache->c_nitems++;
	mark_seen(fc, &obj->ce_list);
	if (fc->nlog && fc->log[fc->nlog - 1].op == UNDO_NEWRUN)
		fc->log[fc->nlog - 1].n++;	/* log_add(), the usual case */
	else
		log_add(fc, UNDO_NEWRUN, NULL, NULL, NULL);
	if (cache->hashtable) {
		fc->fresh[fc->nfresh].obj = obj;
		fc->fresh[fc->nfresh++].key = key;
	}
}

/* Room for one more new object in an in-place pass. */
static inline __attribute__((always_inline)) int
new_reserve(struct fill_ctx *fc)
{
	int err = log_reserve(fc);

	if (!err && fc->cache->hashtable)
		err = room((void **)&fc->fresh, fc->nfresh, &fc->capfresh,
			   sizeof(*fc->fresh));
	return err;
}

/* Put the pending object of an in-place fill where it belongs; @digest:
 * its message's, or 0. */
static int place(struct fill_ctx *fc, struct nl_object *obj, uint32_t key,
		 uint64_t digest)
{
	struct nl_cache *cache = fc->cache;
	struct nl_object *old = NULL;
	unsigned int pos;
	int err;

	err = new_reserve(fc);
	if (err < 0)
		goto drop;
	if (cache->hashtable && _nl_hash_table_count(cache->hashtable)) {
		if (fc->pred) {
			old = obj_of(fc->pred);
			fc->pred_hit = unchanged(fc, old, obj, digest);
			if (fc->pred_hit)
				goto keep;
		}
		old = _nl_hash_table_find_key(cache->hashtable, obj, key, &pos);
	}
	if (old && gen_of(old) == (cache->c_gen & 1)) {
		/* twice in one dump: the first one stays */
		err = -NLE_EXIST;
		goto drop;
	}
	if (old && unchanged(fc, old, obj, digest))
		goto keep;
	obj->ce_digest = digest;
	if (old) {
		/* the old one leaves with the pass; its index reference
		 * stays with it until then */
		expect_after(fc, &old->ce_list);
		take_ref(obj);
		_nl_hash_table_replace_at(cache->hashtable, pos, obj);
		old->ce_flags |= NL_OBJ_REPLACED;
		nl_list_add_tail(&obj->ce_list, &cache->c_items);
		obj->ce_cache = cache;
		set_gen(cache, obj);
		cache->c_nitems++;
		mark_seen(fc, &obj->ce_list);
		log_add(fc, UNDO_REPLACE, obj, old, NULL);
		return 0;
	}
	append_new(fc, obj, key);
	return 0;
keep:
	err = refresh_from_obj(fc, old, obj);
	if (err < 0)
		goto drop;
	keep_old(fc, old, obj->ce_flags & NL_OBJ_MARK);
	old->ce_digest = digest;
	nl_object_put(obj);
	return 0;
drop:
	nl_object_put(obj);
	return err;
}

/* Start an in-place pass over @cache. */
static void pass_begin(struct fill_ctx *fc, struct nl_cache *cache)
{
	struct nl_object_ops *ops = cache->c_ops->co_obj_ops;

	fc->cache = cache;
	fc->in_place = true;
	fc->first_new = NULL;
	fc->nlog = 0;
	fc->saved_iarg1 = cache->c_iarg1;
	cache->c_gen++;
	/* the old order is expected */
	fc->pred = nl_list_empty(&cache->c_items) ? NULL : cache->c_items.next;
	fc->fresh_only = !fc->pred;
	fc->pred_hit = fc->pred != NULL;
	/* digests from the first refill on: a fill of an empty cache has
	 * no use for them yet */
	fc->digest = ops && ops->oo_digest && cache->hashtable && fc->pred &&
		     (!ops->oo_digest_usable || ops->oo_digest_usable());
	vol_setup(&fc->vol, ops);
	fc->nvlog = 0;
	fc->cur_digest = 0;
}

static void pass_free(struct fill_ctx *fc)
{
	free(fc->log);
	fc->log = NULL;
	fc->nlog = fc->caplog = 0;
	free(fc->fresh);
	fc->fresh = NULL;
	fc->nfresh = fc->capfresh = 0;
	free(fc->vlog);
	fc->vlog = NULL;
	fc->nvlog = fc->capvlog = 0;
}

/* Take @obj, new in this pass, off the cache's list and drop it. */
static void drop_new(struct nl_cache *cache, struct nl_object *obj)
{
	nl_list_del(&obj->ce_list);
	nl_init_list_head(&obj->ce_list);
	obj->ce_cache = NULL;
	cache->c_nitems--;
	nl_object_put(obj);	/* the list's */
}

/* drop_new() for an object place() added as new, never indexed. */
static void drop_unindexed(struct nl_cache *cache, struct nl_object *obj)
{
	if (cache->hashtable)
		nl_object_put(obj);	/* the one taken for the index */
	drop_new(cache, obj);
}

/*
 * Drop what a complete pass did not see and index the new objects, in
 * dump order (of identical ones the first stays).  -NLE_NOMEM, before
 * any change, when the index cannot grow enough.
 */
static int pass_commit(struct fill_ctx *fc)
{
	struct nl_cache *cache = fc->cache;
	struct nl_list_head *stop = fc->first_new ? fc->first_new :
						    &cache->c_items;
	nl_hash_table_t *ht = cache->hashtable;
	unsigned int i;

	if (ht && fc->nfresh &&
	    _nl_hash_table_reserve(ht, _nl_hash_table_count(ht) +
					   fc->nfresh) < 0)
		return -NLE_NOMEM;

	while (cache->c_items.next != stop) {
		struct nl_object *obj = obj_of(cache->c_items.next);

		nl_list_del(&obj->ce_list);
		nl_init_list_head(&obj->ce_list);
		obj->ce_cache = NULL;
		cache->c_nitems--;
		if (obj->ce_flags & NL_OBJ_REPLACED) {
			obj->ce_flags &= ~NL_OBJ_REPLACED;
			nl_object_put(obj);	/* the index's, kept */
		} else if (cache->hashtable &&
			   nl_hash_table_del(cache->hashtable, obj) < 0) {
			NL_DBG(2, "object %p of cache %p missing from its index\n",
			       (void *)obj, (void *)cache);
		}
		nl_object_put(obj);	/* the list's */
	}

	if (ht && _nl_hash_table_add_many(ht, fc->fresh, fc->nfresh)) {
		/* identical to one indexed before them */
		for (i = 0; i < fc->nfresh; i++)
			if (fc->fresh[i].obj)
				drop_unindexed(cache, fc->fresh[i].obj);
	}
	pass_free(fc);
	return 0;
}

/* Take the last object off @cache's list. */
static struct nl_object *take_tail(struct nl_cache *cache)
{
	return obj_of(cache->c_items.prev);
}

/* Give the cache back what it held before the pass, in its order. */
static void pass_undo(struct fill_ctx *fc)
{
	struct nl_cache *cache = fc->cache;
	struct nl_object *obj;
	unsigned int i, pos;

	/* volatile values first: the objects are all still there */
	while (fc->nvlog) {
		vol_restore(fc, vol_top(fc));
		fc->nvlog--;
	}
	for (i = fc->nlog; i-- > 0;) {
		struct undo *u = &fc->log[i];

		switch (u->op) {
		case UNDO_HEADRUN:
			while (u->n--) {
				obj = take_tail(cache);
				nl_list_del(&obj->ce_list);
				nl_list_add_head(&obj->ce_list, &cache->c_items);
			}
			break;
		case UNDO_MOVE:
			obj = take_tail(cache);
			nl_list_del(&obj->ce_list);
			nl_list_add_head(&obj->ce_list, u->node);
			break;
		case UNDO_NEWRUN:
			/* never indexed */
			while (u->n--)
				drop_unindexed(cache, take_tail(cache));
			break;
		case UNDO_REPLACE:
			obj = take_tail(cache);
			if (_nl_hash_table_find_key(cache->hashtable, obj,
						    _nl_hash_table_key(cache->hashtable,
								       obj),
						    &pos) == obj)
				_nl_hash_table_replace_at(cache->hashtable, pos,
							  u->old);
			nl_object_put(obj);	/* the index's */
			u->old->ce_flags &= ~NL_OBJ_REPLACED;
			drop_new(cache, obj);
			break;
		}
	}
	cache->c_gen--;
	nl_list_for_each_entry(obj, &cache->c_items, ce_list)
		set_gen(cache, obj);
	cache->c_iarg1 = fc->saved_iarg1;
	pass_free(fc);
}

/* Add the pending object of @fc. */
static int fill_flush(struct fill_ctx *fc)
{
	struct nl_object *obj = fc->pend;
	int err;

	if (!obj)
		return 0;
	fc->pend = NULL;
	if (fc->in_place)
		return place(fc, obj, fc->pend_key, fc->pend_digest);
	/* the pending reference becomes the list's */
	err = link_in_keyed(fc->cache, obj, true, fc->pend_key);
	if (err < 0)
		nl_object_put(obj);
	return err;
}

/*
 * Each object parsed waits until the next one is: its key is computed at
 * once and the index slot it will probe is prefetched (unless the object
 * expected in place has been the right one), as is the object expected
 * next in place, so that on large tables the processor fetches them while
 * the next message is parsed instead of stalling on them.  Objects still
 * go in in dump order; an error of the previous object is returned with
 * this one, the last one's by fill_attempt().  Takes the caller's
 * reference on @obj, which nothing else may have seen but its parser.
 */
static int fill_take(struct fill_ctx *fc, struct nl_object *obj)
{
	struct nl_cache *cache = fc->cache;
	uint32_t key = 0;
	int err;

	if (fc->fresh_only) {
		/* nothing to find or prefetch: appended at once */
		if (new_reserve(fc) < 0) {
			nl_object_put(obj);
			return -NLE_NOMEM;
		}
		if (cache->hashtable)
			key = _nl_hash_table_key(cache->hashtable, obj);
		obj->ce_digest = fc->cur_digest;
		append_new(fc, obj, key);
		return 0;
	}
	if (cache->hashtable) {
		/* in place, the index is probed only for objects that are not
		 * the expected one, and only when it holds any */
		if (fc->in_place &&
		    (fc->pred_hit || !_nl_hash_table_count(cache->hashtable)))
			key = _nl_hash_table_key(cache->hashtable, obj);
		else
			key = _nl_hash_table_prefetch(cache->hashtable, obj);
	}
	err = fill_flush(fc);
	if (fc->pred) {
		__builtin_prefetch(obj_of(fc->pred));
		__builtin_prefetch((char *)obj_of(fc->pred) + 64);
	}
	fc->pend = obj;
	fc->pend_key = key;
	fc->pend_digest = fc->cur_digest;
	return err;
}

/* The parser's callback of a fill. */
static int fill_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct fill_ctx *fc = p->pp_arg;
	struct nl_cache *cache = fc->cache;

	if (filtered_out(cache, obj))
		return 0;
	if (cache->c_ops->co_obj_ops != obj->ce_ops)
		return -NLE_OBJ_MISMATCH;
	if (!nl_list_empty(&obj->ce_list)) {
		/* a parser that hands out cached objects: add a copy */
		obj = nl_object_clone(obj);
		if (!obj)
			return -NLE_NOMEM;
	} else
		take_ref(obj);
	return fill_take(fc, obj);
}

/* nl_cache_parse() of @nlh into a fill, for a type with co_parse_obj: the
 * object comes from the fill's run and goes to fill_take() without a
 * callback. */
static int fill_parse_one(struct fill_ctx *fc, struct nl_cache_ops *ops,
			  struct nlmsghdr *nlh)
{
	struct nl_object *obj;
	int err;

	if (nlh->nlmsg_len < (uint32_t)nlmsg_size(ops->co_hdrsize))
		return -NLE_MSG_TOOSHORT;
	if (nlh->nlmsg_type != fc->type_ok) {
		if (!nl_msgtype_lookup(ops, nlh->nlmsg_type))
			return -NLE_MSGTYPE_NOSUPPORT;
		fc->type_ok = nlh->nlmsg_type;
	}
	obj = _nl_object_alloc_run(ops->co_obj_ops, fc->mem);
	if (!obj)
		return -NLE_NOMEM;
	err = ops->co_parse_obj(nlh, obj);
	if (err < 0 || filtered_out(fc->cache, obj)) {
		nl_object_put(obj);
		return err < 0 ? err : 0;
	}
	return fill_take(fc, obj);
}

/*
 * In a pass with digests, before @nlh is parsed: when the object expected
 * next last matched a message with the same digest and may stand in, it
 * is kept without parsing @nlh at all (a refill of an unchanged table
 * parses nothing), taking the volatile values of the attributes the
 * digest left out (refresh_from_msg()).  The pending object is placed
 * first, in dump order;
 * its error in *ferr.  @return true when @nlh needs no parsing.
 */
static bool raw_keep(struct fill_ctx *fc, struct nl_cache_ops *ops,
		     const struct nlmsghdr *nlh, int *ferr)
{
	struct nl_digest_left left;
	uint64_t d = _nl_msg_digest(nlh, (size_t)ops->co_hdrsize, fc->vol.skip,
				    &left);
	struct nl_object *old;

	fc->cur_digest = d;
	*ferr = fill_flush(fc);
	if (!fc->pred)
		return false;
	old = obj_of(fc->pred);
	if (old->ce_digest != d || old->ce_msgtype != nlh->nlmsg_type ||
	    !may_stand_in(fc, old) || filtered_out(fc->cache, old) ||
	    log_reserve(fc) < 0 || !refresh_from_msg(fc, old, &left))
		return false;
	keep_old(fc, old, 0);
	fc->pred_hit = true;
	return true;
}

/*
 * NL_CB_VALID of a pickup.  A message that fails to parse is skipped
 * (debug level 1) and the dump read on; an error that means the result is
 * incomplete (no memory) is kept and reported once the reply was read to
 * its end, so the socket is left clean.
 */
static int pickup_valid(struct nl_msg *msg, void *arg)
{
	struct pickup *pk = arg;
	struct nlmsghdr *nlh = msg->nm_nlh;
	int err, ferr = 0;

	/* An attempt that will be thrown away is not worth parsing. */
	if (pk->skip_intr && (pk->intr || (nlh->nlmsg_flags & NLM_F_DUMP_INTR))) {
		pk->intr = true;
		return NL_SKIP;
	}
	if (pk->fc && pk->fc->digest && raw_keep(pk->fc, pk->ops, nlh, &ferr))
		err = ferr;
	else if (pk->fc && pk->ops->co_parse_obj)
		err = fill_parse_one(pk->fc, pk->ops, nlh);
	else
		err = nl_cache_parse(pk->ops, &msg->nm_src, nlh, pk->pp);
	/* the pending object's error (raw_keep() placed it) first */
	if (ferr < 0 && ferr != -NLE_EXIST && err != -NLE_NOMEM)
		err = ferr;
	if (err >= 0 || err == -NLE_EXIST)
		return NL_OK;
	if (err == -NLE_NOMEM) {
		if (!pk->err)
			pk->err = err;
		return NL_SKIP;
	}
	NL_DBG(1, "cache <%s>: message type %u skipped: %s\n",
	       pk->ops->co_name, nlmsg_hdr(msg)->nlmsg_type, nl_geterror(err));
	return NL_SKIP;
}

/*
 * Read the reply to a request already sent, with @pp's callback.  A fill
 * (@fc) of a cache whose dumps were seen interrupted reads whole replies
 * before parsing (fc->whole, see _nl_recv_dump()); when no retry callback
 * could accept an interrupted attempt, nothing of it is parsed after the
 * interruption.
 */
static int pickup_reply(struct nl_sock *sk, struct nl_cache *cache,
			struct nl_parser_param *pp, struct fill_ctx *fc)
{
	struct pickup pk = { .ops = cache->c_ops, .pp = pp, .fc = fc };
	struct nl_cb *cb;
	int err;

	cb = nl_cb_clone(sk->s_cb);
	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, pickup_valid, &pk);
	if (fc) {
		pk.skip_intr = !sk->s_dump.func;
		/* a fill reads its dump without peeking first (nl_recv()) */
		fc->seq = sk->s_seq_next - 1;
		sk->s_rx_nopeek.on = 1;
		err = _nl_recv_dump(sk, cb, fc->whole, pk.skip_intr);
		sk->s_rx_nopeek.on = 0;
	} else {
		err = nl_recvmsgs(sk, cb);
	}
	nl_cb_put(cb);
	if (err < 0) {
		NL_DBG(2, "cache <%s>: reading the reply failed: %s\n",
		       nl_cache_name(cache), nl_geterror(err));
		return err;
	}
	return pk.err;
}

static int pickup_common(struct nl_sock *sk, struct nl_cache *cache,
			 bool checkdup)
{
	struct nl_parser_param p = {
		.pp_cb = checkdup ? pickup_checkdup_cb : pickup_cb,
		.pp_arg = cache,
	};

	return pickup_reply(sk, cache, &p, NULL);
}

/**
 * Read the reply to a request already sent on @sk and add the objects to
 * @cache (keyed caches keep the first of identical objects).  No retry:
 * an interrupted dump returns -NLE_DUMP_INTR with what was added kept.
 *
 * @return 0 or a negative error.
 */
int nl_cache_pickup(struct nl_sock *sk, struct nl_cache *cache)
{
	return pickup_common(sk, cache, false);
}

/**
 * As nl_cache_pickup(), but an object identical to one already in @cache
 * updates or replaces it.
 */
int nl_cache_pickup_checkdup(struct nl_sock *sk, struct nl_cache *cache)
{
	return pickup_common(sk, cache, true);
}

/* Send the type's dump request for @cache on @sk. */
static int nl_cache_request_full_dump(struct nl_sock *sk,
				      struct nl_cache *cache)
{
	if (!cache->c_ops->co_request_update)
		return -NLE_OPNOTSUPP;
	NL_DBG(2, "requesting update of cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	return cache->c_ops->co_request_update(cache, sk);
}

/* ------------------------------------------------------------------ */
/* Verify mode (C5)                                                     */

struct verify {
	int fd;			/* -1: verify mode off */
	struct nl_cache_ops *ops;
};

static int verify_open(struct verify *v, struct nl_sock *sk,
		       struct nl_cache_ops *ops)
{
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	struct nl_af_group *grp;

	v->fd = -1;
	v->ops = ops;
	if (!(sk->s_dump.flags & NL_SOCK_DUMP_VERIFY) || !ops->co_groups ||
	    !ops->co_groups[0].ag_group)
		return 0;

	v->fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK,
		       ops->co_protocol);
	if (v->fd < 0)
		return -nl_syserr2nlerr(errno);
	if (bind(v->fd, (struct sockaddr *)&local, sizeof(local)) < 0)
		goto fail;
	for (grp = ops->co_groups; grp->ag_group; grp++) {
		int g = grp->ag_group;

		if (setsockopt(v->fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &g,
			       sizeof(g)) < 0)
			goto fail;
	}
	return 0;
fail:
	{
		int err = -nl_syserr2nlerr(errno);

		close(v->fd);
		v->fd = -1;
		return err;
	}
}

static void verify_close(struct verify *v)
{
	if (v->fd >= 0)
		close(v->fd);
	v->fd = -1;
}

/*
 * Read what the listener holds.  @return true when it saw an event of the
 * cache's type or lost events (overrun).
 */
static bool verify_read(struct verify *v)
{
	unsigned char buf[8192];
	bool seen = false;

	for (;;) {
		ssize_t n = recv(v->fd, buf, sizeof(buf), MSG_DONTWAIT);
		const struct nlmsghdr *hdr = (const void *)buf;
		size_t left;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ENOBUFS) {
				seen = true;
				continue;
			}
			return seen;	/* EAGAIN, or a dead listener */
		}
		if (n == 0)
			return seen;
		/* A datagram larger than buf is cut; its headers that fit
		 * are still complete, the rest is not looked at. */
		left = (size_t)n > sizeof(buf) ? sizeof(buf) : (size_t)n;
		for (; left >= sizeof(*hdr) && hdr->nlmsg_len >= sizeof(*hdr);
		     hdr = (const void *)((const char *)hdr +
					  NLMSG_ALIGN(hdr->nlmsg_len))) {
			if (nl_msgtype_lookup(v->ops, hdr->nlmsg_type))
				seen = true;
			if (NLMSG_ALIGN(hdr->nlmsg_len) >= left)
				break;
			left -= NLMSG_ALIGN(hdr->nlmsg_len);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Consistent fills (C1)                                                */

/* An empty cache like @cache: same type, arguments and flags. */
static struct nl_cache *shadow_new(struct nl_cache *cache)
{
	struct nl_cache *shadow = nl_cache_alloc(cache->c_ops);

	if (!shadow)
		return NULL;
	copy_settings(shadow, cache);
	return shadow;
}

/* The next group of an AF_ITER walk after @grp whose family was not
 * dumped yet in this attempt (a family may head several groups). */
static struct nl_af_group *next_family(struct nl_af_group *first,
				       struct nl_af_group *grp)
{
	struct nl_af_group *g;

	for (grp++; grp->ag_group; grp++) {
		for (g = first; g != grp; g++)
			if (g->ag_family == grp->ag_family)
				break;
		if (g == grp)
			return grp;
	}
	return NULL;
}

/*
 * One attempt: fill fc->cache (an empty shadow, or the cache itself in
 * place) from the kernel through @sk, reading whole replies before parsing
 * when @whole.  With a retry callback an interruption does not end the
 * attempt early: the remaining families are still dumped, so that an
 * attempt the callback accepts (NL_SKIP) is a whole view, only maybe not a
 * consistent one; the default policy never accepts one, so there the
 * attempt ends at the first interruption.
 * @return 0 when every dump completed uninterrupted; 1 when one was
 * interrupted, with the first reason in *reason; a negative error
 * otherwise.  *accepted is set when the receive path (buffered mode)
 * accepted an interrupted reply under the retry callback's NL_SKIP.
 */
static int fill_attempt(struct nl_sock *sk, struct fill_ctx *fc,
			struct verify *v, int *reason, bool *accepted)
{
	struct nl_cache *cache = fc->cache;
	struct nl_af_group *first = cache->c_ops->co_groups;
	struct nl_af_group *grp = NULL;
	struct nl_parser_param p = {
		.pp_cb = fill_cb,
		.pp_arg = fc,
	};
	int err;

	*reason = 0;
	if ((cache->c_flags & NL_CACHE_AF_ITER) && first && first->ag_group)
		grp = first;

	do {
		if (grp)
			cache->c_iarg1 = grp->ag_family;
		if (v->fd >= 0)
			verify_read(v);	/* forget what came before */

		err = nl_cache_request_full_dump(sk, cache);
		if (err < 0)
			return err;
		err = pickup_reply(sk, cache, &p, fc);
		{
			int ferr = fill_flush(fc);

			/* as pickup_valid() judges the others' errors */
			if (ferr == -NLE_NOMEM && err >= 0)
				err = ferr;
		}
		if (err == -NLE_DUMP_INTR) {
			if (!*reason)
				*reason = err;
		} else if (err < 0) {
			return err;
		}
		if (v->fd >= 0 && verify_read(v)) {
			NL_DBG(2, "cache <%s>: event during the dump\n",
			       nl_cache_name(cache));
			sk->s_dump.last_intr = 1;
			if (!*reason)
				*reason = -NLE_DUMP_INCONSISTENT;
		}
		if ((sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED) &&
		    sk->s_dump.last_intr && err == 0)
			*accepted = true;
		if (*reason && !sk->s_dump.func)
			break;
		if (grp)
			grp = next_family(first, grp);
	} while (grp);

	return *reason ? 1 : 0;
}

/* Start an attempt: a fresh shadow of @cache, or a pass over @cache
 * itself when @in_place.  0 or -NLE_NOMEM. */
static int attempt_begin(struct fill_ctx *fc, struct nl_cache *cache,
			 bool in_place, struct _nl_pool_run *mem)
{
	memset(fc, 0, sizeof(*fc));
	fc->mem = mem;
	fc->whole = cache->c_whole_dumps;
	if (in_place) {
		pass_begin(fc, cache);
		return 0;
	}
	fc->cache = shadow_new(cache);
	return fc->cache ? 0 : -NLE_NOMEM;
}

/* Throw the attempt away: the cache as it was. */
static void attempt_discard(struct fill_ctx *fc)
{
	if (fc->in_place)
		pass_undo(fc);
	else
		nl_cache_free(fc->cache);
	fc->cache = NULL;
}

/* Keep the attempt: its shadow in *result, or the pass committed (or
 * undone on error). */
static int attempt_keep(struct fill_ctx *fc, struct nl_cache **result)
{
	int err;

	if (!fc->in_place) {
		*result = fc->cache;
		return 0;
	}
	err = pass_commit(fc);
	if (err < 0)
		pass_undo(fc);
	return err;
}

/*
 * Fill @cache under the retry policy of @sk: in place with @result NULL
 * (a refill), else into a new shadow returned in *result (a resync).
 * @return 1 (consistent) or 0 (an interrupted attempt accepted), or a
 * negative error (nothing in *result, the cache as it was).  New
 * objects of types with co_parse_obj come from @mem.
 */
static int fill_retrying(struct nl_sock *sk, struct nl_cache *cache,
			 struct nl_cache **result, struct _nl_pool_run *mem)
{
	struct nl_dump_run run;
	bool run_started = false;
	bool in_place = !result;
	struct fill_ctx fc;
	struct verify v;
	int err;

	if (sk->s_proto != cache->c_ops->co_protocol)
		return -NLE_PROTO_MISMATCH;
	/* in place needs positions in the index: caches have them */
	if (in_place && cache->hashtable &&
	    !_nl_hash_table_grows(cache->hashtable))
		return -NLE_OPNOTSUPP;
	err = verify_open(&v, sk, cache->c_ops);
	if (err < 0)
		return err;

	/* In buffered mode without verify the receive path runs the policy
	 * for the kernel's flag; a run of our own would count twice. */
	if (!(sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED) || v.fd >= 0) {
		_nl_dump_run_start(&run, sk);
		run_started = true;
	}

	for (;;) {
		bool accepted = false;
		int reason = 0;

		err = attempt_begin(&fc, cache, in_place, mem);
		if (err < 0)
			break;
		err = fill_attempt(sk, &fc, &v, &reason, &accepted);
		if (err == -NLE_MSG_TRUNC && sk->s_rx_nopeek.lost) {
			/* A datagram too large for a read without peeking
			 * was lost: the rest of the dump goes, and the attempt
			 * starts again, peeking now (once per socket, not an
			 * inconsistency). */
			sk->s_rx_nopeek.lost = 0;
			_nl_rx_drain_lost(sk, fc.seq);
			attempt_discard(&fc);
			continue;
		}
		if (err == 0) {
			err = attempt_keep(&fc, result);
			if (err < 0)
				break;
			verify_close(&v);
			return accepted ? 0 : 1;
		}
		if (err < 0) {
			attempt_discard(&fc);
			break;
		}

		NL_DBG(2, "cache <%s>: attempt interrupted (%s)\n",
		       nl_cache_name(cache), nl_geterror(reason));
		/* From now on this cache reads whole replies before parsing:
		 * the dump is then open no longer than the kernel needs to
		 * send it, which makes the next attempts likelier to pass. */
		cache->c_whole_dumps = 1;
		if (!run_started) {
			_nl_dump_run_start(&run, sk);
			run_started = true;
		}
		err = _nl_dump_run_retry(&run, reason);
		if (err == NL_SKIP) {
			err = attempt_keep(&fc, result);
			verify_close(&v);
			return err < 0 ? err : 0;
		}
		attempt_discard(&fc);
		if (err == NL_OK)
			continue;
		verify_close(&v);
		return err;	/* the policy gave up */
	}

	if (run_started)
		_nl_dump_run_failed(&run);
	verify_close(&v);
	return err;
}

/* fill_retrying(), the memory of new objects taken from the object pool
 * at once. */
static int fill_consistent(struct nl_sock *sk, struct nl_cache *cache,
			   struct nl_cache **result)
{
	struct _nl_pool_run mem = NL_POOL_RUN_INIT;
	int err;

	err = fill_retrying(sk, cache, result, &mem);
	_nl_object_run_end(&mem);
	return err;
}

/**
 * Replace the content of @cache with a fresh dump read through @sk.
 *
 * Atomic: an attempt the kernel flags as interrupted (or, in verify mode,
 * during which an event for the cache arrived) is undone and the socket's
 * retry policy decides (see nl_socket_set_dump_retry()).  Only a complete
 * attempt replaces the content; on any error the cache keeps exactly what
 * it held.  NL_CACHE_AF_ITER caches dump each address family of their
 * groups in turn within every attempt.  Objects the dump reports unchanged
 * and that nobody else holds stay in the cache; the others are replaced by
 * new ones.
 *
 * @return 0; -NLE_PROTO_MISMATCH when @sk is of another protocol;
 * -NLE_DUMP_INCONSISTENT when the default policy gave up;
 * -NLE_DUMP_ABORTED when the retry callback stopped; other errors of the
 * request or the read.
 */
int nl_cache_refill(struct nl_sock *sk, struct nl_cache *cache)
{
	int ret;

	/* readers wait while the pass changes the cache in place */
	_nl_cache_wrlock(cache);
	ret = fill_consistent(sk, cache, NULL);
	if (ret < 0) {
		_nl_cache_wrunlock(cache);
		return ret;
	}
	cache->c_consistent = ret;
	_nl_cache_wrunlock(cache);
	NL_DBG(2, "refilled cache %p <%s>: %d objects%s\n", (void *)cache,
	       nl_cache_name(cache), cache->c_nitems,
	       ret ? "" : " (inconsistent)");
	return 0;
}

/* ------------------------------------------------------------------ */
/* Including objects and resyncs (C2)                                   */

static void report(struct nl_cache *cache, struct nl_object *old,
		   struct nl_object *new, uint64_t diff, int act,
		   change_func_t cb, change_func_v2_t cb_v2, void *data)
{
	if (cb_v2)
		cb_v2(cache, old, new, diff, act, data);
	else if (cb)
		cb(cache, act == NL_ACT_DEL ? old : new, act, data);
}

/*
 * Apply @obj to @cache as its message type's action says: NL_ACT_NEW adds
 * it or replaces the identical object (reporting NEW, or CHANGE when an
 * attribute differs), NL_ACT_DEL removes the identical object (DEL).  A
 * type that can merge updates the existing object instead (CHANGE).
 * Whatever stands in the cache for @obj afterwards is unmarked.
 */
static int include_obj(struct nl_cache *cache, struct nl_object *obj,
		       struct nl_msgtype *type, change_func_t cb,
		       change_func_v2_t cb_v2, void *data)
{
	struct nl_object *old, *before;
	uint64_t diff;
	int err, act = type->mt_act;

	if (act != NL_ACT_NEW && act != NL_ACT_DEL) {
		NL_DBG(2, "object %p: no cache action for its type\n",
		       (void *)obj);
		return 0;
	}
	/* Outside the cache's filter: gone from the cache's point of view. */
	if (filtered_out(cache, obj))
		act = NL_ACT_DEL;

	old = nl_cache_search(cache, obj);
	if (old && act == NL_ACT_DEL && type->mt_act != NL_ACT_DEL) {
		nl_cache_remove(old);
		report(cache, old, NULL, 0, NL_ACT_DEL, cb, cb_v2, data);
		nl_object_put(old);
		return 0;
	}
	if (old) {
		/* Types that merge partial objects (e.g. one nexthop): the
		 * v2 callback gets the object as it was and the event's. */
		before = cb_v2 ? nl_object_clone(old) : NULL;
		if (nl_object_update(old, obj) == 0) {
			nl_object_unmark(old);
			if (cb_v2)
				cb_v2(cache, before, obj,
				      before ? nl_object_diff64(before, obj) : 0,
				      NL_ACT_CHANGE, data);
			else if (cb)
				cb(cache, old, NL_ACT_CHANGE, data);
			nl_object_put(before);
			nl_object_put(old);
			return 0;
		}
		nl_object_put(before);
		nl_cache_remove(old);
		if (act == NL_ACT_DEL) {
			report(cache, old, NULL, 0, NL_ACT_DEL, cb, cb_v2,
			       data);
			nl_object_put(old);
			return 0;
		}
	} else if (act == NL_ACT_DEL) {
		return 0;
	}

	nl_object_unmark(obj);
	err = nl_cache_move(cache, obj);
	if (err < 0) {
		nl_object_put(old);
		return err;
	}
	if (!old) {
		report(cache, NULL, obj, 0, NL_ACT_NEW, cb, cb_v2, data);
		return 0;
	}
	if (cb || cb_v2) {
		diff = nl_object_diff64(old, obj);
		if (diff)
			report(cache, old, obj, diff, NL_ACT_CHANGE, cb, cb_v2,
			       data);
	}
	nl_object_put(old);
	return 0;
}

static int include_common(struct nl_cache *cache, struct nl_object *obj,
			  change_func_t cb, change_func_v2_t cb_v2, void *data)
{
	struct nl_cache_ops *ops = cache->c_ops;
	struct nl_msgtype *type;

	if (ops->co_obj_ops != obj->ce_ops)
		return -NLE_OBJ_MISMATCH;
	type = nl_msgtype_lookup(ops, obj->ce_msgtype);
	if (!type) {
		NL_DBG(3, "object %p: message type %d not of cache <%s>\n",
		       (void *)obj, obj->ce_msgtype, nl_cache_name(cache));
		return -NLE_MSGTYPE_NOSUPPORT;
	}
	return include_obj(cache, obj, type, cb, cb_v2, data);
}

/**
 * Apply the object @obj of an event to @cache as its message type says
 * (new or changed object: added or replacing the identical one; deleted
 * object: the identical one removed) and tell @cb (NL_ACT_NEW,
 * NL_ACT_CHANGE when some attribute differs, NL_ACT_DEL).  The cache takes
 * its own reference on @obj.
 *
 * @return 0; -NLE_OBJ_MISMATCH; -NLE_MSGTYPE_NOSUPPORT when @obj's message
 * type is not one of the cache's; -NLE_NOMEM.
 */
int nl_cache_include(struct nl_cache *cache, struct nl_object *obj,
		     change_func_t change_cb, void *data)
{
	return include_common(cache, obj, change_cb, NULL, data);
}

/**
 * As nl_cache_include() with a callback that also receives the object
 * before the change and the nl_object_diff64() of both.
 */
int nl_cache_include_v2(struct nl_cache *cache, struct nl_object *obj,
			change_func_v2_t change_cb, void *data)
{
	return include_common(cache, obj, NULL, change_cb, data);
}

static int resync_common(struct nl_sock *sk, struct nl_cache *cache,
			 change_func_t cb, change_func_v2_t cb_v2, void *data)
{
	struct nl_cache *shadow;
	struct nl_object *obj, *next;
	int ret, err;

	NL_DBG(1, "resyncing cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	ret = fill_consistent(sk, cache, &shadow);
	if (ret < 0)
		return ret;

	/* Only now, with the final state known, compare and report. */
	_nl_cache_wrlock(cache);
	nl_cache_mark_all(cache);
	while ((obj = nl_cache_get_first(shadow))) {
		nl_object_get(obj);
		nl_cache_remove(obj);
		err = include_common(cache, obj, cb, cb_v2, data);
		if (err < 0)
			NL_DBG(1, "resync of <%s>: object dropped: %s\n",
			       nl_cache_name(cache), nl_geterror(err));
		nl_object_put(obj);
	}
	nl_list_for_each_entry_safe(obj, next, &cache->c_items, ce_list) {
		if (!nl_object_is_marked(obj))
			continue;
		nl_object_get(obj);
		nl_cache_remove(obj);
		report(cache, obj, NULL, 0, NL_ACT_DEL, cb, cb_v2, data);
		nl_object_put(obj);
	}
	if (cache->c_flags & NL_CACHE_AF_ITER)
		cache->c_iarg1 = shadow->c_iarg1;
	cache->c_consistent = ret;
	_nl_cache_wrunlock(cache);
	nl_cache_free(shadow);
	NL_DBG(1, "resynced cache %p <%s>\n", (void *)cache,
	       nl_cache_name(cache));
	return 0;
}

/**
 * Bring @cache up to date with a fresh dump read through @sk, telling
 * @change_cb about each object that is new (NL_ACT_NEW), changed
 * (NL_ACT_CHANGE) or gone (NL_ACT_DEL).
 *
 * The new state is built as nl_cache_refill() builds it, under the retry
 * policy; the callback only hears about the final, complete state, never
 * about what an interrupted attempt saw.  On error the cache is untouched
 * and the callback not called.
 *
 * @return 0 or a negative error (as nl_cache_refill()).
 */
int nl_cache_resync(struct nl_sock *sk, struct nl_cache *cache,
		    change_func_t change_cb, void *data)
{
	return resync_common(sk, cache, change_cb, NULL, data);
}

/** As nl_cache_resync() with a change_func_v2_t callback. */
int nl_cache_resync_v2(struct nl_sock *sk, struct nl_cache *cache,
		       change_func_v2_t change_cb, void *data)
{
	return resync_common(sk, cache, NULL, change_cb, data);
}
