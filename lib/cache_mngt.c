/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The registry of cache types, and the caches provided for lookups made
 * inside the libraries (nl_cache_mngt_provide() / nl_cache_mngt_require()).
 *
 * The registry is a singly linked list through co_next, newest first.  With
 * NL_HAVE_PTHREADS a read-write lock guards it; the functions without the
 * _safe suffix keep upstream's unlocked behaviour for compatibility.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <string.h>

#ifdef NL_HAVE_PTHREADS
#include <pthread.h>
#endif

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/cache.h"

static struct nl_cache_ops *registry;

#ifdef NL_HAVE_PTHREADS
static pthread_rwlock_t registry_lock = PTHREAD_RWLOCK_INITIALIZER;
#define READ_LOCK() pthread_rwlock_rdlock(&registry_lock)
#define WRITE_LOCK() pthread_rwlock_wrlock(&registry_lock)
#define UNLOCK() pthread_rwlock_unlock(&registry_lock)
#else
#define READ_LOCK() do { } while (0)
#define WRITE_LOCK() do { } while (0)
#define UNLOCK() do { } while (0)
#endif

/*
 * The type find_by_name() found last.  Parsers ask for the same type once
 * per message (addresses and routes for "route/link"), so the walk over
 * every registered type is done once, not per object.  Cleared when a
 * type is unregistered (under the write lock, so no reader holds it).
 */
static struct nl_cache_ops *last_by_name;

static struct nl_cache_ops *find_by_name(const char *name)
{
	struct nl_cache_ops *ops;

	if (!name)
		return NULL;
	ops = __atomic_load_n(&last_by_name, __ATOMIC_ACQUIRE);
	if (ops && !strcmp(ops->co_name, name))
		return ops;
	for (ops = registry; ops; ops = ops->co_next)
		if (!strcmp(ops->co_name, name)) {
			__atomic_store_n(&last_by_name, ops, __ATOMIC_RELEASE);
			return ops;
		}
	return NULL;
}

static struct nl_cache_ops *find_by_msgtype(int protocol, int msgtype)
{
	struct nl_cache_ops *ops;

	for (ops = registry; ops; ops = ops->co_next) {
		if (ops->co_protocol != protocol)
			continue;
		if (nl_msgtype_lookup(ops, msgtype))
			return ops;
	}
	return NULL;
}

static struct nl_cache_ops *find_by_obj_ops(struct nl_object_ops *obj_ops)
{
	struct nl_cache_ops *ops;

	for (ops = registry; ops; ops = ops->co_next)
		if (ops->co_obj_ops == obj_ops)
			return ops;
	return NULL;
}

/** Take a reference on a cache type (it cannot be unregistered then). */
void nl_cache_ops_get(struct nl_cache_ops *ops)
{
	_nl_ref_inc(&ops->co_refcnt);
}

/** Drop a reference taken by nl_cache_ops_get() or a _safe lookup. */
void nl_cache_ops_put(struct nl_cache_ops *ops)
{
	_nl_ref_dec(&ops->co_refcnt);
}

/**
 * Find the registered cache type named @name, without locking and without
 * a reference (prefer nl_cache_ops_lookup_safe()).
 *
 * @return The type, or NULL.
 */
struct nl_cache_ops *nl_cache_ops_lookup(const char *name)
{
	return find_by_name(name);
}

/**
 * Find the registered cache type named @name and take a reference on it.
 *
 * @return The type (release with nl_cache_ops_put()), or NULL.
 */
struct nl_cache_ops *nl_cache_ops_lookup_safe(const char *name)
{
	struct nl_cache_ops *ops;

	READ_LOCK();
	ops = find_by_name(name);
	if (ops)
		nl_cache_ops_get(ops);
	UNLOCK();
	return ops;
}

/**
 * Find the cache type of netlink @protocol that handles messages of type
 * @msgtype, without locking and without a reference.
 *
 * @return The type, or NULL.
 */
struct nl_cache_ops *nl_cache_ops_associate(int protocol, int msgtype)
{
	return find_by_msgtype(protocol, msgtype);
}

/**
 * As nl_cache_ops_associate(), under the registry lock and with a
 * reference on the result (release with nl_cache_ops_put()).
 */
struct nl_cache_ops *nl_cache_ops_associate_safe(int protocol, int msgtype)
{
	struct nl_cache_ops *ops;

	READ_LOCK();
	ops = find_by_msgtype(protocol, msgtype);
	if (ops)
		nl_cache_ops_get(ops);
	UNLOCK();
	return ops;
}

/**
 * Find the entry of @ops's message type table for @msgtype.
 *
 * @return The entry (owned by @ops), or NULL.
 */
struct nl_msgtype *nl_msgtype_lookup(struct nl_cache_ops *ops, int msgtype)
{
	struct nl_msgtype *mt;

	for (mt = ops->co_msgtypes; mt->mt_id >= 0; mt++)
		if (mt->mt_id == msgtype)
			return mt;
	return NULL;
}

/* With a reference; see nl-private/cache.h. */
struct nl_cache_ops *_nl_cache_ops_lookup_obj_safe(struct nl_object_ops *obj_ops)
{
	struct nl_cache_ops *ops;

	READ_LOCK();
	ops = find_by_obj_ops(obj_ops);
	if (ops)
		nl_cache_ops_get(ops);
	UNLOCK();
	return ops;
}

/**
 * Call @cb with each registered cache type and @arg, under the registry's
 * read lock (@cb must not register or unregister).
 */
void nl_cache_ops_foreach(void (*cb)(struct nl_cache_ops *, void *), void *arg)
{
	struct nl_cache_ops *ops;

	READ_LOCK();
	for (ops = registry; ops; ops = ops->co_next)
		cb(ops, arg);
	UNLOCK();
}

/**
 * Add @flags (NL_CACHE_AF_ITER...) to the flags every new cache of type
 * @ops starts with.
 */
void nl_cache_ops_set_flags(struct nl_cache_ops *ops, unsigned int flags)
{
	WRITE_LOCK();
	ops->co_flags |= flags;
	UNLOCK();
}

/**
 * Register the cache type @ops under its name.
 *
 * @return 0; -NLE_INVAL when @ops has no name or no object type, or its
 * object type has a keygen but no compare; -NLE_EXIST when a type of that
 * name is registered already.
 */
int nl_cache_mngt_register(struct nl_cache_ops *ops)
{
	if (!ops->co_name || !ops->co_obj_ops)
		return -NLE_INVAL;
	if (ops->co_obj_ops->oo_keygen && !ops->co_obj_ops->oo_compare)
		return -NLE_INVAL;

	WRITE_LOCK();
	if (find_by_name(ops->co_name)) {
		UNLOCK();
		return -NLE_EXIST;
	}
	ops->co_refcnt = 0;
	ops->co_next = registry;
	registry = ops;
	UNLOCK();

	NL_DBG(1, "registered cache type %s\n", ops->co_name);
	return 0;
}

/**
 * Remove the cache type @ops from the registry.
 *
 * @return 0; -NLE_BUSY while references are held on it; -NLE_NOCACHE when
 * it is not registered.
 */
int nl_cache_mngt_unregister(struct nl_cache_ops *ops)
{
	struct nl_cache_ops **link;
	int err = -NLE_NOCACHE;

	WRITE_LOCK();
	if (_nl_ref_read(&ops->co_refcnt) > 0) {
		err = -NLE_BUSY;
		goto out;
	}
	for (link = &registry; *link; link = &(*link)->co_next) {
		if (*link == ops) {
			*link = ops->co_next;
			__atomic_store_n(&last_by_name, NULL, __ATOMIC_RELEASE);
			err = 0;
			NL_DBG(1, "unregistered cache type %s\n", ops->co_name);
			break;
		}
	}
out:
	UNLOCK();
	return err;
}

/**
 * Make @cache the cache the libraries use for lookups of its type (for
 * example names of links when printing addresses).  The registry takes a
 * reference on @cache and drops the one on the cache provided before.
 *
 * Threads: a provided cache stays valid for a thread that took it with
 * nl_cache_mngt_require_safe() while another replaces it.  The lookups
 * made while parsing (the link of an address, the master of a bridge
 * entry) and when printing addresses are safe from any thread, also while
 * a cache manager, nl_cache_refill() or nl_cache_resync() changes the
 * cache.  Changing a provided cache otherwise (nl_cache_add(),
 * nl_cache_remove()...) while other threads parse or print objects is
 * not.
 */
void nl_cache_mngt_provide(struct nl_cache *cache)
{
	struct nl_cache_ops *ops;

	WRITE_LOCK();
	ops = find_by_obj_ops(cache->c_ops->co_obj_ops);
	if (!ops) {
		BUG();
	} else if (ops->co_major_cache != cache) {
		nl_cache_get(cache);
		if (ops->co_major_cache)
			nl_cache_free(ops->co_major_cache);
		/* atomic: _nl_cache_maybe_provided() reads it unlocked */
		__atomic_store_n(&ops->co_major_cache, cache,
				 __ATOMIC_RELEASE);
	}
	UNLOCK();
}

/**
 * Stop providing @cache (nothing happens when another cache of its type is
 * provided); drops the registry's reference.
 */
void nl_cache_mngt_unprovide(struct nl_cache *cache)
{
	struct nl_cache_ops *ops;

	WRITE_LOCK();
	ops = find_by_obj_ops(cache->c_ops->co_obj_ops);
	if (!ops) {
		BUG();
	} else if (ops->co_major_cache == cache) {
		__atomic_store_n(&ops->co_major_cache, NULL,
				 __ATOMIC_RELEASE);
		nl_cache_free(cache);
	}
	UNLOCK();
}

static struct nl_cache *require(const char *name, bool take_ref)
{
	struct nl_cache_ops *ops;
	struct nl_cache *cache = NULL;

	READ_LOCK();
	ops = find_by_name(name);
	if (ops)
		cache = ops->co_major_cache;
	if (cache && take_ref)
		nl_cache_get(cache);
	UNLOCK();
	return cache;
}

static void complain(const char *name)
{
	NL_DBG(1, "Application BUG: Your application must call "
		  "nl_cache_mngt_provide() and\nprovide a valid %s "
		  "cache to be used for internal lookups.\nSee the "
		  "API documentation for more details.\n",
	       name);
}

/**
 * The cache provided for the type named @name, without a reference and
 * without a message when there is none.
 *
 * @return The cache, or NULL.
 */
struct nl_cache *__nl_cache_mngt_require(const char *name)
{
	return require(name, false);
}

/**
 * As __nl_cache_mngt_require(), with a debug message (level 1) telling
 * the application to provide such a cache when there is none.
 */
struct nl_cache *nl_cache_mngt_require(const char *name)
{
	struct nl_cache *cache = require(name, false);

	if (!cache)
		complain(name);
	return cache;
}

/**
 * As nl_cache_mngt_require() with a reference on the result (release it
 * with nl_cache_put()).
 */
struct nl_cache *nl_cache_mngt_require_safe(const char *name)
{
	struct nl_cache *cache = require(name, true);

	if (!cache)
		complain(name);
	return cache;
}
