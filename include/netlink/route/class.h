/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic classes: objects, cache and requests.
 */

#ifndef NETLINK_CLASS_H_
#define NETLINK_CLASS_H_

/**
 * @defgroup route_class Traffic classes
 * @ingroup route_tc
 * Classes of classful qdiscs (RTM_NEWTCLASS, RTM_DELTCLASS,
 * RTM_GETTCLASS): the class object rtnl_class, the class cache
 * "route/class" (per interface) and requests that add and delete
 * classes.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_class;

/**
 * Allocate an empty class object.
 *
 * Set its interface, parent, handle and kind with the rtnl_tc_*()
 * functions (TC_CAST()), its kind's options with the functions of the
 * kind's module (rtnl_htb_set_rate()...).
 *
 * @return The new class with one reference, which the caller releases
 *         with rtnl_class_put(); NULL when out of memory.
 */
extern struct rtnl_class *rtnl_class_alloc(void);

/**
 * Release a reference to a class object.
 * @param cl	class object (NULL is ignored)
 */
extern void rtnl_class_put(struct rtnl_class *cl);

/**
 * Allocate a class cache for an interface and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param ifindex	interface whose classes the cache holds
 * @param[out] result	the new cache
 *
 * Filling the cache is atomic (doc/dump-consistency.md).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_class_alloc_cache(struct nl_sock *sk, int ifindex,
				  struct nl_cache **result);

/**
 * Look up a class by interface and handle in a class cache.
 * @param cache	class cache
 * @param ifindex	interface index
 * @param handle	handle of the class
 *
 * @return The class with a reference taken for the caller, who releases
 *         it with rtnl_class_put(); NULL when none matches or cache is not
 *         a class cache.
 */
extern struct rtnl_class *rtnl_class_get(struct nl_cache *cache, int ifindex,
					 uint32_t handle);

/**
 * Look up a class by interface and parent in a class cache.
 * @param cache	class cache
 * @param ifindex	interface index
 * @param parent	handle of the parent class or qdisc
 *
 * @return The first matching class with a reference taken for the caller,
 *         who releases it with rtnl_class_put(); NULL when none matches.
 */
extern struct rtnl_class *rtnl_class_get_by_parent(struct nl_cache *cache,
						   int ifindex,
						   uint32_t parent);

/**
 * Find the leaf qdisc of a class.
 * @param cl	class, as received from the kernel (which reports the
 *		handle of its leaf qdisc)
 * @param cache	qdisc cache
 *
 * @return The qdisc attached to the class with a reference taken for the
 *         caller, who releases it with rtnl_qdisc_put(); NULL when the
 *         class has no leaf qdisc or the cache does not hold it.
 */
extern struct rtnl_qdisc *rtnl_class_leaf_qdisc(struct rtnl_class *cl,
						struct nl_cache *cache);

/**
 * Build an RTM_NEWTCLASS request that adds a class.
 * @param cl	class to add: its interface, parent, handle and kind
 *		with its options
 * @param flags	netlink flags of the request: NLM_F_CREATE to create the
 *		class, with NLM_F_EXCL to fail when it exists; without
 *		NLM_F_CREATE an existing class is changed
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). The kind's error for bad or missing options
 *         (-NLE_MISSING_ATTR for an htb class without rate...),
 *         -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_class_build_add_request(struct rtnl_class *cl, int flags,
					struct nl_msg **result);

/**
 * Add a class.
 * @param sk	netlink route socket
 * @param cl	class to add (see rtnl_class_build_add_request())
 * @param flags	netlink flags of the request (NLM_F_CREATE...)
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_class_build_add_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_class_add(struct nl_sock *sk, struct rtnl_class *cl,
			  int flags);

/**
 * Build an RTM_DELTCLASS request that deletes a class.
 * @param cl	class to delete; it needs the interface and the handle (the
 *		parent is sent when set)
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR without interface or
 *         handle, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_class_build_delete_request(struct rtnl_class *cl,
					   struct nl_msg **result);

/**
 * Delete a class.
 * @param sk	netlink route socket
 * @param cl	class to delete (see rtnl_class_build_delete_request())
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_class_build_delete_request(),
 *         of sending, or the kernel's error.
 */
extern int rtnl_class_delete(struct nl_sock *sk, struct rtnl_class *cl);

/**
 * Call a function for each child class of a class.
 * @param cl	class
 * @param cache	class cache
 * @param cb	function called with each class whose parent is class, and
 *		arg; a reference is held during the call
 * @param arg	argument passed to cb
 */
extern void rtnl_class_foreach_child(struct rtnl_class *cl,
				     struct nl_cache *cache,
				     void (*cb)(struct nl_object *, void *),
				     void *arg);

/**
 * Call a function for each classifier attached to a class.
 * @param cl	class
 * @param cache	classifier cache
 * @param cb	function called with each classifier whose parent is
 *		class, and arg; a reference is held during the call
 * @param arg	argument passed to cb
 */
extern void rtnl_class_foreach_cls(struct rtnl_class *cl,
				   struct nl_cache *cache,
				   void (*cb)(struct nl_object *, void *),
				   void *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
