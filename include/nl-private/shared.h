/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * What threads share inside the libraries: atomic reference counts, and
 * the lock of a cache that nl_cache_mngt_provide() made visible to every
 * thread.  Never installed.
 *
 * A provided cache is read by the libraries from any thread (the link of
 * an address being parsed, the name of a link in a dump).  Those reads
 * hold the registry's read lock (so the cache cannot be unprovided and
 * freed under them) and the cache's own read lock; the cache manager and
 * nl_cache_refill()/nl_cache_resync() change a cache under its write
 * lock.  A thread that holds the write lock may read without taking the
 * read lock (a change callback that prints an object).
 */

#ifndef NL_PRIVATE_SHARED_H_
#define NL_PRIVATE_SHARED_H_

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "nl-private/core.h"

/* Reference counts: inc, dec (returns what is left), read. */
#define _nl_ref_inc(p) ((void)__atomic_add_fetch((p), 1, __ATOMIC_RELAXED))
#define _nl_ref_dec(p) __atomic_sub_fetch((p), 1, __ATOMIC_ACQ_REL)
#define _nl_ref_read(p) __atomic_load_n((p), __ATOMIC_RELAXED)

static inline uintptr_t _nl_self(void)
{
	return (uintptr_t)pthread_self();
}

static inline void _nl_cache_wrlock(struct nl_cache *cache)
{
	if (__atomic_load_n(&cache->c_writer, __ATOMIC_RELAXED) == _nl_self()) {
		cache->c_write_depth++;
		return;
	}
	pthread_rwlock_wrlock(&cache->c_lock);
	__atomic_store_n(&cache->c_writer, _nl_self(), __ATOMIC_RELAXED);
	cache->c_write_depth = 1;
}

static inline void _nl_cache_wrunlock(struct nl_cache *cache)
{
	if (--cache->c_write_depth > 0)
		return;
	__atomic_store_n(&cache->c_writer, 0, __ATOMIC_RELAXED);
	pthread_rwlock_unlock(&cache->c_lock);
}

/* Returns whether the read lock was taken (not when this thread writes). */
static inline int _nl_cache_rdlock(struct nl_cache *cache)
{
	if (__atomic_load_n(&cache->c_writer, __ATOMIC_RELAXED) == _nl_self())
		return 0;
	pthread_rwlock_rdlock(&cache->c_lock);
	return 1;
}

static inline void _nl_cache_rdunlock(struct nl_cache *cache, int locked)
{
	if (locked)
		pthread_rwlock_unlock(&cache->c_lock);
}

struct _nl_provided_call {
	const char *name;
	int (*fn)(struct nl_cache *, void *);
	void *arg;
	int ret;
};

static inline void _nl_provided_one(struct nl_cache_ops *ops, void *arg)
{
	struct _nl_provided_call *c = arg;
	struct nl_cache *cache = ops->co_major_cache;
	int locked;

	if (!cache || strcmp(ops->co_name, c->name))
		return;
	locked = _nl_cache_rdlock(cache);
	c->ret = c->fn(cache, c->arg);
	_nl_cache_rdunlock(cache, locked);
}

/*
 * Call @fn with the cache provided for the type named @name, safely from
 * any thread, and return what it returns (-NLE_NOCACHE when no cache is
 * provided).  @fn runs under the registry's read lock and the cache's
 * read lock: it looks up and takes references, and must not provide,
 * register or change caches.  No reference on the cache is taken.
 */
static inline int _nl_cache_with_provided(const char *name,
					  int (*fn)(struct nl_cache *, void *),
					  void *arg)
{
	struct _nl_provided_call c = { name, fn, arg, -NLE_NOCACHE };

	nl_cache_ops_foreach(_nl_provided_one, &c);
	return c.ret;
}

/*
 * Whether a cache may be provided for the type @name, without the
 * registry's lock: false only when none is, so that parsers of large dumps
 * skip _nl_cache_with_provided() then.  *@ops remembers the type once
 * found; use it only for types of the calling library, which stay
 * registered while it is loaded.  A cache provided at the same moment by
 * another thread may be missed, as it would be by a lookup just before.
 */
static inline bool _nl_cache_maybe_provided(struct nl_cache_ops **ops,
					    const char *name)
{
	struct nl_cache_ops *o = __atomic_load_n(ops, __ATOMIC_ACQUIRE);

	if (!o) {
		o = nl_cache_ops_lookup(name);
		if (!o)
			return true;
		__atomic_store_n(ops, o, __ATOMIC_RELEASE);
	}
	return __atomic_load_n(&o->co_major_cache, __ATOMIC_ACQUIRE) != NULL;
}

#endif
