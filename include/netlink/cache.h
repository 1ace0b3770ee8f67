/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches: collections of objects filled from kernel dumps and kept up
 * to date from notifications, the registry of cache types and the cache
 * manager.
 */

#ifndef NETLINK_CACHE_H_
#define NETLINK_CACHE_H_

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/object.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What a message type does to a cache. */
enum {
	NL_ACT_UNSPEC,
	NL_ACT_NEW,
	NL_ACT_DEL,
	NL_ACT_GET,
	NL_ACT_SET,
	NL_ACT_CHANGE,
	__NL_ACT_MAX,
};

#define NL_ACT_MAX (__NL_ACT_MAX - 1)

struct nl_cache;
struct nl_cache_ops;
struct nl_msgtype;

/**
 * Told about each change made to a cache.
 * @arg cache	the cache
 * @arg obj	object added, removed or changed
 * @arg action	NL_ACT_NEW, NL_ACT_DEL or NL_ACT_CHANGE
 * @arg data	the pointer given with the callback
 */
typedef void (*change_func_t)(struct nl_cache *cache, struct nl_object *obj,
			      int action, void *data);

/**
 * Like change_func_t with both versions of a changed object.
 * @arg old_obj	object before the change (NULL for NL_ACT_NEW)
 * @arg new_obj	object after the change (NULL for NL_ACT_DEL)
 * @arg diff	nl_object_diff64() of the two
 */
typedef void (*change_func_v2_t)(struct nl_cache *cache,
				 struct nl_object *old_obj,
				 struct nl_object *new_obj, uint64_t diff,
				 int action, void *data);

/** Cache flag: fill the cache with one request per address family. */
#define NL_CACHE_AF_ITER 0x0001

/** Number of objects in @a cache. */
extern int nl_cache_nitems(struct nl_cache *cache);

/** Number of objects of @a cache that match @a filter. */
extern int nl_cache_nitems_filter(struct nl_cache *cache,
				  struct nl_object *filter);

/** Type operations of @a cache. */
extern struct nl_cache_ops *nl_cache_get_ops(struct nl_cache *cache);

/** First object of @a cache, or NULL. */
extern struct nl_object *nl_cache_get_first(struct nl_cache *cache);

/** Last object of @a cache, or NULL. */
extern struct nl_object *nl_cache_get_last(struct nl_cache *cache);

/** Object after @a obj in its cache, or NULL. */
extern struct nl_object *nl_cache_get_next(struct nl_object *obj);

/** Object before @a obj in its cache, or NULL. */
extern struct nl_object *nl_cache_get_prev(struct nl_object *obj);

/** Allocate an empty cache of type @a ops; NULL when out of memory. */
extern struct nl_cache *nl_cache_alloc(struct nl_cache_ops *ops);

/**
 * Allocate a cache of type @a ops and fill it from the kernel through
 * @a sock.
 * @return 0 or a negative error code (no cache is returned then).
 */
extern int nl_cache_alloc_and_fill(struct nl_cache_ops *ops,
				   struct nl_sock *sock,
				   struct nl_cache **result);

/**
 * Allocate an empty cache of the type named @a kind.
 * @return 0, -NLE_NOCACHE or -NLE_NOMEM.
 */
extern int nl_cache_alloc_name(const char *kind, struct nl_cache **result);

/** New cache holding the objects of @a orig that match @a filter. */
extern struct nl_cache *nl_cache_subset(struct nl_cache *orig,
					struct nl_object *filter);

/** New cache holding clones of every object of @a cache. */
extern struct nl_cache *nl_cache_clone(struct nl_cache *cache);

/** Remove every object from @a cache. */
extern void nl_cache_clear(struct nl_cache *cache);

/** Take one more reference on @a cache. */
extern void nl_cache_get(struct nl_cache *cache);

/** Drop one reference (same as nl_cache_put()). */
extern void nl_cache_free(struct nl_cache *cache);

/** Drop one reference; the cache is freed with the last one. */
extern void nl_cache_put(struct nl_cache *cache);

/**
 * Add @a obj to @a cache (the cache takes a reference, or a clone when
 * @a obj already belongs to a cache).
 * @return 0, -NLE_OBJ_MISMATCH or -NLE_NOMEM.
 */
extern int nl_cache_add(struct nl_cache *cache, struct nl_object *obj);

/** Parse @a msg and add the resulting objects to @a cache. */
extern int nl_cache_parse_and_add(struct nl_cache *cache, struct nl_msg *msg);

/** Move @a obj from its cache into @a cache. */
extern int nl_cache_move(struct nl_cache *cache, struct nl_object *obj);

/** Remove @a obj from its cache, dropping the cache's reference. */
extern void nl_cache_remove(struct nl_object *obj);

/** Empty @a cache and fill it again from the kernel. */
extern int nl_cache_refill(struct nl_sock *sk, struct nl_cache *cache);

/** Read a dump reply from @a sk into @a cache. */
extern int nl_cache_pickup(struct nl_sock *sk, struct nl_cache *cache);

/** Like nl_cache_pickup(), replacing objects already present. */
extern int nl_cache_pickup_checkdup(struct nl_sock *sk,
				    struct nl_cache *cache);

/**
 * Bring @a cache in line with the kernel, calling @a change_cb for each
 * object added, removed or changed.
 */
extern int nl_cache_resync(struct nl_sock *sk, struct nl_cache *cache,
			   change_func_t change_cb, void *data);

/** nl_cache_resync() with a change_func_v2_t callback. */
extern int nl_cache_resync_v2(struct nl_sock *sk, struct nl_cache *cache,
			      change_func_v2_t change_cb, void *data);

/** Merge one object received in a notification into @a cache. */
extern int nl_cache_include(struct nl_cache *cache, struct nl_object *obj,
			    change_func_t change_cb, void *data);

/** nl_cache_include() with a change_func_v2_t callback. */
extern int nl_cache_include_v2(struct nl_cache *cache, struct nl_object *obj,
			       change_func_v2_t change_cb, void *data);

/** Set the first type-specific argument of @a cache. */
extern void nl_cache_set_arg1(struct nl_cache *cache, int arg);

/** Set the second type-specific argument of @a cache. */
extern void nl_cache_set_arg2(struct nl_cache *cache, int arg);

/** Set cache flags (NL_CACHE_AF_ITER). */
extern void nl_cache_set_flags(struct nl_cache *cache, unsigned int flags);

/** Non-zero when @a cache holds no object. */
extern int nl_cache_is_empty(struct nl_cache *cache);

/**
 * The object of @a cache identical to @a needle, with a new reference,
 * or NULL.
 */
extern struct nl_object *nl_cache_search(struct nl_cache *cache,
					 struct nl_object *needle);

/**
 * The first object matching @a filter, with a new reference, or NULL.
 */
extern struct nl_object *nl_cache_find(struct nl_cache *cache,
				       struct nl_object *filter);

/** Mark every object of @a cache. */
extern void nl_cache_mark_all(struct nl_cache *cache);

/** Print every object of @a cache. */
extern void nl_cache_dump(struct nl_cache *cache,
			  struct nl_dump_params *params);

/** Print the objects of @a cache that match @a filter. */
extern void nl_cache_dump_filter(struct nl_cache *cache,
				 struct nl_dump_params *params,
				 struct nl_object *filter);

/** Call @a cb for every object of @a cache. */
extern void nl_cache_foreach(struct nl_cache *cache,
			     void (*cb)(struct nl_object *obj, void *arg),
			     void *arg);

/** Call @a cb for every object of @a cache that matches @a filter. */
extern void nl_cache_foreach_filter(struct nl_cache *cache,
				    struct nl_object *filter,
				    void (*cb)(struct nl_object *obj,
					       void *arg),
				    void *arg);

/**
 * @name Consistent dumps (fork addition)
 * @{
 */

/**
 * Whether the last fill of @a cache was consistent.
 * @return 1 after a consistent fill (or when never filled), 0 after a
 *         fill whose interrupted result the retry callback accepted
 *         with NL_SKIP.
 */
extern int nl_cache_is_consistent(struct nl_cache *cache);

/**
 * Keep only the objects matching @a filter (an object of the cache's
 * type, or NULL for none) in @a cache: fills and events outside it do not
 * enter the cache; with strict checking on the socket
 * (nl_socket_set_strict_check()) the kernel filters the dump itself for
 * the cache types that support it.  The cache takes a reference.
 * @return 0, or -NLE_OBJ_MISMATCH when @a filter is of another type.
 */
extern int nl_cache_set_filter(struct nl_cache *cache,
			       struct nl_object *filter);

/** The filter of @a cache (no reference taken), or NULL. */
extern struct nl_object *nl_cache_get_filter(struct nl_cache *cache);

/** @} */

/** Registered cache type named @a name, or NULL (no reference taken). */
extern struct nl_cache_ops *nl_cache_ops_lookup(const char *name);

/** Like nl_cache_ops_lookup() with a reference for the caller. */
extern struct nl_cache_ops *nl_cache_ops_lookup_safe(const char *name);

/** Cache type handling message type @a msgtype of @a protocol, or NULL. */
extern struct nl_cache_ops *nl_cache_ops_associate(int protocol,
						   int msgtype);

/** Like nl_cache_ops_associate() with a reference for the caller. */
extern struct nl_cache_ops *nl_cache_ops_associate_safe(int protocol,
							int msgtype);

/** Message type entry of @a ops for @a msgtype, or NULL. */
extern struct nl_msgtype *nl_msgtype_lookup(struct nl_cache_ops *ops,
					    int msgtype);

/** Call @a cb for every registered cache type. */
extern void nl_cache_ops_foreach(void (*cb)(struct nl_cache_ops *ops,
					    void *arg),
				 void *arg);

/**
 * Register a cache type.
 * @return 0, -NLE_INVAL when unnamed or without object operations,
 *         -NLE_EXIST when the name is taken.
 */
extern int nl_cache_mngt_register(struct nl_cache_ops *ops);

/** Unregister a cache type; -NLE_BUSY while in use, -NLE_NOCACHE if unknown. */
extern int nl_cache_mngt_unregister(struct nl_cache_ops *ops);

/** Make @a cache the one nl_cache_mngt_require() returns for its type. */
extern void nl_cache_mngt_provide(struct nl_cache *cache);

/** Stop providing @a cache. */
extern void nl_cache_mngt_unprovide(struct nl_cache *cache);

/** Provided cache of type @a name (no reference taken), or NULL. */
extern struct nl_cache *nl_cache_mngt_require(const char *name);

/** Like nl_cache_mngt_require() with a reference for the caller. */
extern struct nl_cache *nl_cache_mngt_require_safe(const char *name);

/** Like nl_cache_mngt_require() without the debug message. */
extern struct nl_cache *__nl_cache_mngt_require(const char *name);

struct nl_cache_mngr;

/** Manager flag: provide the managed caches (nl_cache_mngt_provide()). */
#define NL_AUTO_PROVIDE		1
/** Manager flag for the library's own use. */
#define NL_ALLOCATED_SOCK	2

/**
 * Allocate a cache manager for @a protocol.
 * @arg sk	socket for notifications, or NULL to allocate one
 * @arg flags	NL_AUTO_PROVIDE
 * @return 0 or a negative error code.
 */
extern int nl_cache_mngr_alloc(struct nl_sock *sk, int protocol, int flags,
			       struct nl_cache_mngr **result);

/**
 * Like nl_cache_mngr_alloc() with a second socket @a sync_sk for
 * refills (NULL to allocate one).
 */
extern int nl_cache_mngr_alloc_ex(struct nl_sock *sk, struct nl_sock *sync_sk,
				  int protocol, int flags,
				  struct nl_cache_mngr **result);

/** Allocate, fill and manage a cache of type @a name. */
extern int nl_cache_mngr_add(struct nl_cache_mngr *mngr, const char *name,
			     change_func_t cb, void *data,
			     struct nl_cache **result);

/** Manage an existing cache. */
extern int nl_cache_mngr_add_cache(struct nl_cache_mngr *mngr,
				   struct nl_cache *cache, change_func_t cb,
				   void *data);

/** Manage an existing cache with a change_func_v2_t callback. */
extern int nl_cache_mngr_add_cache_v2(struct nl_cache_mngr *mngr,
				      struct nl_cache *cache,
				      change_func_v2_t cb, void *data);

/** File descriptor to poll for notifications. */
extern int nl_cache_mngr_get_fd(struct nl_cache_mngr *mngr);

/**
 * Wait up to @a timeout ms for notifications and apply them.
 * @return number of messages handled, or a negative error code.
 */
extern int nl_cache_mngr_poll(struct nl_cache_mngr *mngr, int timeout);

/** Apply the notifications waiting on the socket, without blocking. */
extern int nl_cache_mngr_data_ready(struct nl_cache_mngr *mngr);

/** Print the state of the manager. */
extern void nl_cache_mngr_info(struct nl_cache_mngr *mngr,
			       struct nl_dump_params *params);

/** Free the manager, its caches' references and its sockets. */
extern void nl_cache_mngr_free(struct nl_cache_mngr *mngr);

/** Take one reference on a cache type. */
extern void nl_cache_ops_get(struct nl_cache_ops *ops);

/** Drop one reference on a cache type. */
extern void nl_cache_ops_put(struct nl_cache_ops *ops);

/** Set flags on every cache of type @a ops allocated from now on. */
extern void nl_cache_ops_set_flags(struct nl_cache_ops *ops,
				   unsigned int flags);

#ifdef __cplusplus
}
#endif

#endif
