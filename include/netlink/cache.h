/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches: collections of objects filled from kernel dumps and kept up
 * to date from notifications, the registry of cache types and the cache
 * manager.
 */

#ifndef NETLINK_CACHE_H_
#define NETLINK_CACHE_H_

/**
 * @defgroup core_cache Caches
 * @ingroup core
 * Caches (struct nl_cache): reference-counted collections of objects of
 * one type, filled from kernel dumps (nl_cache_refill()) and kept up to
 * date from notifications (nl_cache_include(), or the @ref core_cache_mngr
 * "cache manager").
 *
 * Caches are usually allocated and filled by the *_alloc_cache() function
 * of their object type (rtnl_link_alloc_cache()...).  Fills are atomic in
 * this fork: an interrupted dump never leaves a cache with duplicates or
 * half a table (see @ref md_doc_dump_consistency "Consistent dumps").
 * A cache is not safe to use from two threads at the same time.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/object.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What a message type does to a cache. */
enum {
	NL_ACT_UNSPEC,	/**< Nothing known */
	NL_ACT_NEW,	/**< An object was added */
	NL_ACT_DEL,	/**< An object was removed */
	NL_ACT_GET,	/**< A request for objects */
	NL_ACT_SET,	/**< A request to change objects */
	NL_ACT_CHANGE,	/**< An object changed */
	__NL_ACT_MAX,	/**< Number of actions, not an action */
};

/** The highest valid NL_ACT_* value. */
#define NL_ACT_MAX (__NL_ACT_MAX - 1)

struct nl_cache;
struct nl_cache_ops;
struct nl_msgtype;

/**
 * Told about each change made to a cache.
 * @param cache	the cache
 * @param obj	object added, removed or changed (the new version)
 * @param action	NL_ACT_NEW, NL_ACT_DEL or NL_ACT_CHANGE
 * @param data	the pointer given with the callback
 */
typedef void (*change_func_t)(struct nl_cache *cache, struct nl_object *obj,
			      int action, void *data);

/**
 * Told about each change made to a cache, with both versions of a changed
 * object.
 * @param cache	the cache
 * @param old_obj	object before the change (NULL for NL_ACT_NEW)
 * @param new_obj	object after the change (NULL for NL_ACT_DEL)
 * @param diff	nl_object_diff64() of the two (0 unless NL_ACT_CHANGE)
 * @param action	NL_ACT_NEW, NL_ACT_DEL or NL_ACT_CHANGE
 * @param data	the pointer given with the callback
 */
typedef void (*change_func_v2_t)(struct nl_cache *cache,
				 struct nl_object *old_obj,
				 struct nl_object *new_obj, uint64_t diff,
				 int action, void *data);

/** Cache flag: fill the cache with one request per address family. */
#define NL_CACHE_AF_ITER 0x0001

/**
 * Count the objects of a cache.
 * @param cache	cache
 *
 * @return The number of objects.
 */
extern int nl_cache_nitems(struct nl_cache *cache);

/**
 * Count the objects of a cache that match a filter.
 * @param cache	cache
 * @param filter	object of the cache's type (see
 *		nl_object_match_filter()), or NULL to count all
 *
 * @return The number of matching objects.
 */
extern int nl_cache_nitems_filter(struct nl_cache *cache,
				  struct nl_object *filter);

/**
 * Get the type of a cache.
 * @param cache	cache
 *
 * @return The cache operations of its type.
 */
extern struct nl_cache_ops *nl_cache_get_ops(struct nl_cache *cache);

/**
 * Get the first object of a cache.
 * @param cache	cache
 *
 * @return The object, without a reference for the caller (valid while it
 *         stays in the cache); NULL when the cache is empty.
 */
extern struct nl_object *nl_cache_get_first(struct nl_cache *cache);

/**
 * Get the last object of a cache.
 * @param cache	cache
 *
 * @return The object, without a reference for the caller; NULL when the
 *         cache is empty.
 */
extern struct nl_object *nl_cache_get_last(struct nl_cache *cache);

/**
 * Get the next object of a cache.
 * @param obj	object in a cache
 *
 * @return The object after @a obj, without a reference for the caller;
 *         NULL after the last one.
 */
extern struct nl_object *nl_cache_get_next(struct nl_object *obj);

/**
 * Get the previous object of a cache.
 * @param obj	object in a cache
 *
 * @return The object before @a obj, without a reference for the caller;
 *         NULL before the first one.
 */
extern struct nl_object *nl_cache_get_prev(struct nl_object *obj);

/**
 * Allocate an empty cache.
 * @param ops	cache type; the cache starts with the type's flags (see
 *		nl_cache_ops_set_flags())
 *
 * @return The cache holding one reference, to be released with
 *         nl_cache_put(); NULL when out of memory.
 */
extern struct nl_cache *nl_cache_alloc(struct nl_cache_ops *ops);

/**
 * Allocate a cache and fill it from the kernel.
 * @param ops	cache type
 * @param sock	connected socket of the type's protocol; NULL leaves the
 *		cache empty
 * @param[out] result	set to the cache, holding one reference for the
 *		caller, who releases it with nl_cache_put()
 *
 * The fill is nl_cache_refill(), consistent under the socket's retry
 * policy.
 *
 * @return 0 on success; -NLE_NOMEM; the error of nl_cache_refill()
 *         (-NLE_DUMP_INCONSISTENT, -NLE_DUMP_ABORTED...), nothing being
 *         allocated then.
 */
extern int nl_cache_alloc_and_fill(struct nl_cache_ops *ops,
				   struct nl_sock *sock,
				   struct nl_cache **result);

/**
 * Allocate an empty cache of a named type.
 * @param kind	name of the cache type ("route/link"...)
 * @param[out] result	set to the cache, holding one reference for the
 *		caller, who releases it with nl_cache_put()
 *
 * @return 0 on success; -NLE_NOCACHE when no type of that name is
 *         registered; -NLE_NOMEM.
 */
extern int nl_cache_alloc_name(const char *kind, struct nl_cache **result);

/**
 * Allocate a cache holding copies of the objects of another that match a
 * filter.
 * @param orig	cache to select from
 * @param filter	object of the cache's type (see
 *		nl_object_match_filter())
 *
 * @return The new cache holding one reference, to be released with
 *         nl_cache_put(); NULL when @a filter is NULL or memory ran out.
 */
extern struct nl_cache *nl_cache_subset(struct nl_cache *orig,
					struct nl_object *filter);

/**
 * Allocate a copy of a cache.
 * @param cache	cache to copy: copies of its objects, its arguments and
 *		flags
 *
 * @return The new cache holding one reference, to be released with
 *         nl_cache_put(); NULL when out of memory.
 */
extern struct nl_cache *nl_cache_clone(struct nl_cache *cache);

/**
 * Remove every object from a cache.
 * @param cache	cache
 *
 * The cache drops its reference on each object.
 */
extern void nl_cache_clear(struct nl_cache *cache);

/**
 * Take a reference on a cache.
 * @param cache	cache; release the reference with nl_cache_put()
 */
extern void nl_cache_get(struct nl_cache *cache);

/**
 * Drop a reference on a cache.
 * @param cache	cache, or NULL (nothing happens)
 *
 * With the last reference the cache is cleared and freed.  Same as
 * nl_cache_put().
 */
extern void nl_cache_free(struct nl_cache *cache);

/**
 * Drop a reference on a cache.
 * @param cache	cache, or NULL (nothing happens)
 *
 * With the last reference the cache is cleared and freed.
 */
extern void nl_cache_put(struct nl_cache *cache);

/**
 * Add an object to a cache.
 * @param cache	cache
 * @param obj	object of the cache's type; the cache takes a reference on
 *		it, or adds a copy when @a obj is in a cache already
 *
 * @return 0 on success; -NLE_OBJ_MISMATCH when @a obj is of another type;
 *         -NLE_EXIST when the cache is keyed and holds an identical
 *         object; -NLE_NOMEM.
 */
extern int nl_cache_add(struct nl_cache *cache, struct nl_object *obj);

/**
 * Parse a message into objects and add them to a cache.
 * @param cache	cache
 * @param msg	message of one of the cache type's message types
 *
 * @return 0 on success; the errors of the parser (-NLE_MSG_TOOSHORT,
 *         -NLE_MSGTYPE_NOSUPPORT...) and of nl_cache_add().
 */
extern int nl_cache_parse_and_add(struct nl_cache *cache, struct nl_msg *msg);

/**
 * Move an object into a cache.
 * @param cache	destination cache
 * @param obj	object; it leaves the cache it was in, and the reference
 *		that cache held moves with it
 *
 * @return 0 on success; -NLE_OBJ_MISMATCH; -NLE_EXIST; -NLE_NOMEM (the
 *         object is then in no cache).
 */
extern int nl_cache_move(struct nl_cache *cache, struct nl_object *obj);

/**
 * Remove an object from its cache.
 * @param obj	object; nothing happens when it is in no cache
 *
 * The cache drops its reference, which may free the object.
 */
extern void nl_cache_remove(struct nl_object *obj);

/**
 * Fill a cache again from the kernel.
 * @param sk	connected socket of the cache type's protocol
 * @param cache	cache
 *
 * Atomic: the dump is read into a separate cache, and only a complete,
 * uninterrupted attempt replaces the content.  An attempt the kernel
 * flagged as interrupted (or, in verify mode, during which an event for
 * the cache arrived) is thrown away and the socket's retry policy decides
 * what happens next (nl_socket_set_dump_retry()).  On any error the cache
 * keeps exactly what it held.  NL_CACHE_AF_ITER caches dump each address
 * family in turn within every attempt.  A cache filter
 * (nl_cache_set_filter()) applies.
 *
 * @return 0 on success; -NLE_PROTO_MISMATCH when @a sk is of another
 *         protocol; -NLE_DUMP_INCONSISTENT when the default retry policy
 *         gave up; -NLE_DUMP_ABORTED when the retry callback returned
 *         NL_STOP; the errors of the request and of nl_recvmsgs().
 */
extern int nl_cache_refill(struct nl_sock *sk, struct nl_cache *cache);

/**
 * Read the reply to a dump request into a cache.
 * @param sk	socket the request was sent on
 * @param cache	cache the objects are added to; a keyed cache keeps the
 *		first of identical objects
 *
 * No retry: an interrupted dump returns -NLE_DUMP_INTR and what it added
 * stays in the cache (nl_cache_refill() is the consistent way).
 *
 * @return 0 on success; -NLE_DUMP_INTR; the errors of nl_recvmsgs() and
 *         of the parser.
 */
extern int nl_cache_pickup(struct nl_sock *sk, struct nl_cache *cache);

/**
 * Read the reply to a dump request into a cache, replacing duplicates.
 * @param sk	socket the request was sent on
 * @param cache	cache; an object identical to one already in it updates
 *		or replaces that one
 *
 * @return As nl_cache_pickup().
 */
extern int nl_cache_pickup_checkdup(struct nl_sock *sk,
				    struct nl_cache *cache);

/**
 * Bring a cache up to date with the kernel, reporting the differences.
 * @param sk	connected socket of the cache type's protocol
 * @param cache	cache
 * @param change_cb	called for each object that is new (NL_ACT_NEW),
 *		changed (NL_ACT_CHANGE) or gone (NL_ACT_DEL); may be NULL
 * @param data	argument passed to @a change_cb
 *
 * The new state is built as nl_cache_refill() builds it, under the retry
 * policy; @a change_cb only hears about the final, complete state, never
 * about what an interrupted attempt saw.  On error the cache is untouched
 * and @a change_cb not called.
 *
 * @return 0 on success, or a negative error code as nl_cache_refill().
 */
extern int nl_cache_resync(struct nl_sock *sk, struct nl_cache *cache,
			   change_func_t change_cb, void *data);

/**
 * Bring a cache up to date with the kernel, reporting the differences
 * with both versions of changed objects.
 * @param sk	connected socket of the cache type's protocol
 * @param cache	cache
 * @param change_cb	called for each difference; may be NULL
 * @param data	argument passed to @a change_cb
 *
 * @return As nl_cache_resync().
 */
extern int nl_cache_resync_v2(struct nl_sock *sk, struct nl_cache *cache,
			      change_func_v2_t change_cb, void *data);

/**
 * Apply an object received in a notification to a cache.
 * @param cache	cache
 * @param obj	object parsed from the notification; its message type
 *		says what happened.  A new or changed object is added or
 *		replaces the identical one (the cache takes its own
 *		reference); a deleted one removes the identical one.
 * @param change_cb	called with NL_ACT_NEW, NL_ACT_CHANGE (when an
 *		attribute differs) or NL_ACT_DEL; may be NULL
 * @param data	argument passed to @a change_cb
 *
 * @return 0 on success; -NLE_OBJ_MISMATCH when @a obj is of another type;
 *         -NLE_MSGTYPE_NOSUPPORT when its message type is not one of the
 *         cache's; -NLE_NOMEM.
 */
extern int nl_cache_include(struct nl_cache *cache, struct nl_object *obj,
			    change_func_t change_cb, void *data);

/**
 * Apply an object received in a notification to a cache, reporting both
 * versions of a changed object.
 * @param cache	cache
 * @param obj	object parsed from the notification
 * @param change_cb	called for the change; may be NULL
 * @param data	argument passed to @a change_cb
 *
 * @return As nl_cache_include().
 */
extern int nl_cache_include_v2(struct nl_cache *cache, struct nl_object *obj,
			       change_func_v2_t change_cb, void *data);

/**
 * Set the first argument of a cache's dump requests.
 * @param cache	cache
 * @param arg	value, whose meaning depends on the type (often an address
 *		family)
 */
extern void nl_cache_set_arg1(struct nl_cache *cache, int arg);

/**
 * Set the second argument of a cache's dump requests.
 * @param cache	cache
 * @param arg	value, whose meaning depends on the type
 */
extern void nl_cache_set_arg2(struct nl_cache *cache, int arg);

/**
 * Add flags to a cache.
 * @param cache	cache
 * @param flags	NL_CACHE_AF_ITER
 */
extern void nl_cache_set_flags(struct nl_cache *cache, unsigned int flags);

/**
 * Tell whether a cache is empty.
 * @param cache	cache
 *
 * @return 1 when the cache holds no object, 0 otherwise.
 */
extern int nl_cache_is_empty(struct nl_cache *cache);

/**
 * Find the object of a cache identical to another.
 * @param cache	cache
 * @param needle	object with the identifying attributes to look for
 *		(see nl_object_identical())
 *
 * Takes constant time in keyed caches.
 *
 * @return The object with a reference for the caller, who releases it
 *         with nl_object_put(); NULL when none matches.
 */
extern struct nl_object *nl_cache_search(struct nl_cache *cache,
					 struct nl_object *needle);

/**
 * Find the first object of a cache that matches a filter.
 * @param cache	cache
 * @param filter	object of the cache's type (see
 *		nl_object_match_filter())
 *
 * @return The object with a reference for the caller, who releases it
 *         with nl_object_put(); NULL when none matches.
 */
extern struct nl_object *nl_cache_find(struct nl_cache *cache,
				       struct nl_object *filter);

/**
 * Mark every object of a cache.
 * @param cache	cache
 */
extern void nl_cache_mark_all(struct nl_cache *cache);

/**
 * Print every object of a cache.
 * @param cache	cache
 * @param params	dump parameters; a buffer in them is cleared first
 */
extern void nl_cache_dump(struct nl_cache *cache,
			  struct nl_dump_params *params);

/**
 * Print the objects of a cache that match a filter.
 * @param cache	cache
 * @param params	dump parameters; a buffer in them is cleared first
 * @param filter	object of the cache's type, or NULL for all
 */
extern void nl_cache_dump_filter(struct nl_cache *cache,
				 struct nl_dump_params *params,
				 struct nl_object *filter);

/**
 * Call a function for every object of a cache.
 * @param cache	cache
 * @param cb	called with each object and @a arg; it may remove the
 *		object it is given from the cache
 * @param arg	argument passed to @a cb
 */
extern void nl_cache_foreach(struct nl_cache *cache,
			     void (*cb)(struct nl_object *obj, void *arg),
			     void *arg);

/**
 * Call a function for every object of a cache that matches a filter.
 * @param cache	cache
 * @param filter	object of the cache's type, or NULL for all
 * @param cb	called with each matching object and @a arg; it may
 *		remove the object it is given from the cache
 * @param arg	argument passed to @a cb
 */
extern void nl_cache_foreach_filter(struct nl_cache *cache,
				    struct nl_object *filter,
				    void (*cb)(struct nl_object *obj,
					       void *arg),
				    void *arg);

/**
 * @name Consistent dumps and cache filters (fork addition)
 * @{
 */

/**
 * Tell whether the last fill of a cache was consistent.
 * @param cache	cache
 *
 * @return 1 after a consistent refill or resync, and for a cache never
 *         filled; 0 when the retry callback accepted an interrupted
 *         attempt with NL_SKIP.
 */
extern int nl_cache_is_consistent(struct nl_cache *cache);

/**
 * Keep only the objects that match a filter in a cache.
 * @param cache	cache
 * @param filter	object of the cache's type whose set attributes the
 *		kept objects share (see nl_object_match_filter()), or NULL
 *		for no filter; the cache takes its own reference
 *
 * Fills, refills and pickups do not add objects that do not match, and
 * events about them do not enter the cache (an object that stops matching
 * leaves it, reported as deleted).  With strict checking on the socket
 * (nl_socket_set_strict_check()) the kernel filters the dump itself for
 * the types that support it: routes by table, protocol, type and output
 * interface; addresses by interface; links by master and kind; neighbours
 * by interface and master.  Objects already in the cache stay until the
 * next refill.
 *
 * @return 0 on success; -NLE_OBJ_MISMATCH when @a filter is of another
 *         type.
 */
extern int nl_cache_set_filter(struct nl_cache *cache,
			       struct nl_object *filter);

/**
 * Get the filter of a cache.
 * @param cache	cache
 *
 * @return The filter object, without a reference for the caller; NULL
 *         when the cache has none.
 */
extern struct nl_object *nl_cache_get_filter(struct nl_cache *cache);

/** @} */

/** @} */

/**
 * @defgroup core_cache_mngt Cache types
 * @ingroup core
 * The registry of cache types (struct nl_cache_ops): each library
 * registers the types it defines when it is loaded; lookups by name or by
 * netlink message type; the caches "provided" for lookups between types
 * (link names when printing addresses, for instance).
 * @{
 */

/**
 * Find a registered cache type by name.
 * @param name	type name ("route/link"...)
 *
 * Neither locks the registry nor takes a reference; prefer
 * nl_cache_ops_lookup_safe().
 *
 * @return The type, or NULL when none of that name is registered.
 */
extern struct nl_cache_ops *nl_cache_ops_lookup(const char *name);

/**
 * Find a registered cache type by name and take a reference on it.
 * @param name	type name
 *
 * @return The type with a reference for the caller, who releases it with
 *         nl_cache_ops_put(); NULL when none of that name is registered.
 */
extern struct nl_cache_ops *nl_cache_ops_lookup_safe(const char *name);

/**
 * Find the cache type that handles a message type.
 * @param protocol	netlink protocol (NETLINK_ROUTE...)
 * @param msgtype	netlink message type (RTM_NEWLINK...)
 *
 * Neither locks the registry nor takes a reference; prefer
 * nl_cache_ops_associate_safe().
 *
 * @return The type, or NULL when none handles it.
 */
extern struct nl_cache_ops *nl_cache_ops_associate(int protocol,
						   int msgtype);

/**
 * Find the cache type that handles a message type and take a reference
 * on it.
 * @param protocol	netlink protocol
 * @param msgtype	netlink message type
 *
 * @return The type with a reference for the caller, who releases it with
 *         nl_cache_ops_put(); NULL when none handles it.
 */
extern struct nl_cache_ops *nl_cache_ops_associate_safe(int protocol,
							int msgtype);

/**
 * Find the entry of a cache type for a message type.
 * @param ops	cache type
 * @param msgtype	netlink message type
 *
 * @return The entry (action and name of the message type), owned by
 *         @a ops; NULL when the type does not handle @a msgtype.
 */
extern struct nl_msgtype *nl_msgtype_lookup(struct nl_cache_ops *ops,
					    int msgtype);

/**
 * Call a function for every registered cache type.
 * @param cb	called with each type and @a arg, under the registry's
 *		lock: it must not register or unregister types
 * @param arg	argument passed to @a cb
 */
extern void nl_cache_ops_foreach(void (*cb)(struct nl_cache_ops *ops,
					    void *arg),
				 void *arg);

/**
 * Register a cache type.
 * @param ops	cache type, named, with object operations; it must stay
 *		valid until unregistered
 *
 * @return 0 on success; -NLE_INVAL when @a ops has no name or no object
 *         operations, or its objects have a key function but no compare
 *         function; -NLE_EXIST when a type of that name is registered.
 */
extern int nl_cache_mngt_register(struct nl_cache_ops *ops);

/**
 * Unregister a cache type.
 * @param ops	cache type
 *
 * @return 0 on success; -NLE_BUSY while references are held on it;
 *         -NLE_NOCACHE when it is not registered.
 */
extern int nl_cache_mngt_unregister(struct nl_cache_ops *ops);

/**
 * Provide a cache for lookups by other types.
 * @param cache	cache; the registry takes a reference on it and drops the
 *		one on the cache of the same type provided before
 *
 * Functions that need objects of another type (link names when printing
 * an address...) find them with nl_cache_mngt_require().
 */
extern void nl_cache_mngt_provide(struct nl_cache *cache);

/**
 * Stop providing a cache.
 * @param cache	cache; nothing happens when another cache of its type is
 *		provided
 *
 * The registry drops its reference.
 */
extern void nl_cache_mngt_unprovide(struct nl_cache *cache);

/**
 * Get the cache provided for a type.
 * @param name	type name ("route/link"...)
 *
 * Prints a debug message (level 1) asking the application to provide one
 * when there is none.
 *
 * @return The cache, without a reference for the caller; NULL when none
 *         is provided.
 */
extern struct nl_cache *nl_cache_mngt_require(const char *name);

/**
 * Get the cache provided for a type and take a reference on it.
 * @param name	type name
 *
 * @return The cache with a reference for the caller, who releases it
 *         with nl_cache_put(); NULL when none is provided.
 */
extern struct nl_cache *nl_cache_mngt_require_safe(const char *name);

/**
 * Get the cache provided for a type, quietly.
 * @param name	type name
 *
 * nl_cache_mngt_require() without the debug message.
 *
 * @return The cache, without a reference for the caller; NULL when none
 *         is provided.
 */
extern struct nl_cache *__nl_cache_mngt_require(const char *name);

/** @} */

/**
 * @defgroup core_cache_mngr Cache manager
 * @ingroup core
 * The cache manager keeps caches up to date: it fills them, listens on
 * their types' multicast groups and applies each notification, telling a
 * callback about the changes.  When it learns that notifications were
 * lost (the socket overran) it resyncs the affected caches itself,
 * reporting only what differs.
 *
 * Poll nl_cache_mngr_get_fd() in an event loop and call
 * nl_cache_mngr_data_ready(), or call nl_cache_mngr_poll().  A manager is
 * not safe to use from two threads at the same time.
 * @{
 */

struct nl_cache_mngr;

/** Manager flag: provide the managed caches (nl_cache_mngt_provide()). */
#define NL_AUTO_PROVIDE		1
/** Manager flag for the library's own use. */
#define NL_ALLOCATED_SOCK	2

/**
 * Allocate a cache manager.
 * @param sk	socket for notifications, or NULL for one the manager
 *		allocates
 * @param protocol	netlink protocol of the caches it will manage
 * @param flags	NL_AUTO_PROVIDE, or 0
 * @param[out] result	set to the manager, to be freed with
 *		nl_cache_mngr_free()
 *
 * Same as nl_cache_mngr_alloc_ex() with a fill socket the manager
 * allocates.
 *
 * @return As nl_cache_mngr_alloc_ex().
 */
extern int nl_cache_mngr_alloc(struct nl_sock *sk, int protocol, int flags,
			       struct nl_cache_mngr **result);

/**
 * Allocate a cache manager with a separate socket for fills.
 * @param sk	socket for notifications, or NULL for one the manager
 *		allocates; the manager connects it when it is not
 *		connected, turns its sequence check off and makes it
 *		non-blocking
 * @param sync_sk	socket for the dumps that fill the caches, or NULL
 *		for one the manager allocates; connected when needed
 * @param protocol	netlink protocol of the caches it will manage
 * @param flags	NL_AUTO_PROVIDE, or 0
 * @param[out] result	set to the manager, to be freed with
 *		nl_cache_mngr_free()
 *
 * Sockets the manager allocated are freed with it; sockets given stay the
 * caller's (nl_cache_mngr_free() closes but does not free them).
 *
 * @return 0 on success; -NLE_NOMEM; the errors of nl_connect() and
 *         nl_socket_set_nonblocking().
 */
extern int nl_cache_mngr_alloc_ex(struct nl_sock *sk, struct nl_sock *sync_sk,
				  int protocol, int flags,
				  struct nl_cache_mngr **result);

/**
 * Allocate a cache of a named type and let the manager keep it current.
 * @param mngr	cache manager
 * @param name	type name ("route/link"...)
 * @param cb	change callback, or NULL
 * @param data	argument passed to @a cb
 * @param[out] result	set to the cache, which belongs to the manager:
 *		do not free it; it is valid until nl_cache_mngr_free()
 *
 * @return 0 on success; -NLE_NOCACHE for an unknown type; the errors of
 *         nl_cache_mngr_add_cache().
 */
extern int nl_cache_mngr_add(struct nl_cache_mngr *mngr, const char *name,
			     change_func_t cb, void *data,
			     struct nl_cache **result);

/**
 * Let the manager keep an existing cache current.
 * @param mngr	cache manager
 * @param cache	cache of the manager's protocol; on success the manager
 *		owns it and frees it with itself
 * @param cb	change callback, or NULL
 * @param data	argument passed to @a cb
 *
 * Joins the type's multicast groups, fills the cache through the fill
 * socket (nl_cache_refill()), then applies each notification and tells
 * @a cb about the change.
 *
 * @return 0 on success; -NLE_INVAL for a cache without a type;
 *         -NLE_PROTO_MISMATCH for another protocol; -NLE_OPNOTSUPP for a
 *         type without multicast groups; -NLE_EXIST when a cache of that
 *         type is managed already; -NLE_NOMEM; the errors of joining the
 *         groups and of the fill.  On error the cache stays the caller's.
 */
extern int nl_cache_mngr_add_cache(struct nl_cache_mngr *mngr,
				   struct nl_cache *cache, change_func_t cb,
				   void *data);

/**
 * Let the manager keep an existing cache current, with a callback that
 * receives both versions of changed objects.
 * @param mngr	cache manager
 * @param cache	cache; on success the manager owns it
 * @param cb	change callback, or NULL
 * @param data	argument passed to @a cb
 *
 * @return As nl_cache_mngr_add_cache().
 */
extern int nl_cache_mngr_add_cache_v2(struct nl_cache_mngr *mngr,
				      struct nl_cache *cache,
				      change_func_v2_t cb, void *data);

/**
 * Get the file descriptor a manager receives notifications on.
 * @param mngr	cache manager
 *
 * @return The descriptor, to poll for input in an event loop.
 */
extern int nl_cache_mngr_get_fd(struct nl_cache_mngr *mngr);

/**
 * Wait for notifications and apply them.
 * @param mngr	cache manager
 * @param timeout	milliseconds to wait; negative waits for ever
 *
 * @return The number of messages handled (0 when the time ran out);
 *         the translated error of poll(); the errors of
 *         nl_cache_mngr_data_ready().
 */
extern int nl_cache_mngr_poll(struct nl_cache_mngr *mngr, int timeout);

/**
 * Apply the notifications waiting on a manager's socket.
 * @param mngr	cache manager
 *
 * Reads without blocking until the socket is empty.  When the socket
 * overran (notifications were lost) every managed cache is resynced with
 * nl_cache_resync(), and the callbacks hear about what differs.
 *
 * @return The number of messages handled, or a negative error code of the
 *         read.
 */
extern int nl_cache_mngr_data_ready(struct nl_cache_mngr *mngr);

/**
 * Print the state of a manager and its caches.
 * @param mngr	cache manager
 * @param params	dump parameters
 */
extern void nl_cache_mngr_info(struct nl_cache_mngr *mngr,
			       struct nl_dump_params *params);

/**
 * Free a cache manager.
 * @param mngr	cache manager, or NULL (nothing happens)
 *
 * Frees its caches (no longer provided) and the sockets it allocated;
 * sockets that were given are closed but not freed.
 */
extern void nl_cache_mngr_free(struct nl_cache_mngr *mngr);

/** @} */

/**
 * @addtogroup core_cache_mngt
 * @{
 */

/**
 * Take a reference on a cache type.
 * @param ops	cache type; it cannot be unregistered while referenced.
 *		Release the reference with nl_cache_ops_put().
 */
extern void nl_cache_ops_get(struct nl_cache_ops *ops);

/**
 * Drop a reference on a cache type.
 * @param ops	cache type referenced with nl_cache_ops_get() or a _safe
 *		lookup
 */
extern void nl_cache_ops_put(struct nl_cache_ops *ops);

/**
 * Add flags to the caches of a type allocated from now on.
 * @param ops	cache type
 * @param flags	NL_CACHE_AF_ITER
 */
extern void nl_cache_ops_set_flags(struct nl_cache_ops *ops,
				   unsigned int flags);

/** @} */

#ifdef __cplusplus
}
#endif

#endif
