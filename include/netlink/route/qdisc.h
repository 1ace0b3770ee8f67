/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Queueing disciplines: objects, cache and requests.
 */

#ifndef NETLINK_QDISC_H_
#define NETLINK_QDISC_H_

/**
 * @defgroup route_qdisc Queueing disciplines
 * @ingroup route_tc
 * Queueing disciplines (RTM_NEWQDISC, RTM_DELQDISC, RTM_GETQDISC): the
 * qdisc object rtnl_qdisc, the qdisc cache "route/qdisc" and requests
 * that add, change and delete qdiscs. The kinds have their own modules
 * for their options.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/tc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_qdisc;

/**
 * Allocate an empty qdisc object.
 *
 * Set its interface, parent, handle and kind with the rtnl_tc_*()
 * functions (TC_CAST()), its kind's options with the functions of the
 * kind's module (@ref route_qdisc_htb...).
 *
 * @return The new qdisc with one reference, which the caller releases
 *         with rtnl_qdisc_put(); NULL when out of memory.
 */
extern struct rtnl_qdisc *rtnl_qdisc_alloc(void);

/**
 * Release a reference to a qdisc object.
 * @param qdisc	qdisc object (NULL is ignored)
 */
extern void rtnl_qdisc_put(struct rtnl_qdisc *qdisc);

/**
 * Allocate a qdisc cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param[out] result	the new cache
 *
 * The cache holds the qdiscs of all interfaces. Filling it is atomic
 * (doc/dump-consistency.md).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_qdisc_alloc_cache(struct nl_sock *sk,
				  struct nl_cache **result);

/**
 * Look up a qdisc by interface and handle in a qdisc cache.
 * @param cache	qdisc cache
 * @param ifindex	interface index
 * @param handle	handle of the qdisc
 *
 * @return The qdisc with a reference taken for the caller, who releases
 *         it with rtnl_qdisc_put(); NULL when none matches or cache is not
 *         a qdisc cache.
 */
extern struct rtnl_qdisc *rtnl_qdisc_get(struct nl_cache *cache, int ifindex,
					 uint32_t handle);

/**
 * Look up a qdisc by interface and parent in a qdisc cache.
 * @param cache	qdisc cache
 * @param ifindex	interface index
 * @param parent	handle of the parent (TC_H_ROOT for the root qdisc, a
 *			class for a leaf qdisc)
 *
 * @return The first matching qdisc with a reference taken for the caller,
 *         who releases it with rtnl_qdisc_put(); NULL when none matches.
 */
extern struct rtnl_qdisc *rtnl_qdisc_get_by_parent(struct nl_cache *cache,
						   int ifindex,
						   uint32_t parent);

/**
 * Look up a qdisc by interface and kind in a qdisc cache.
 * @param cache	qdisc cache
 * @param ifindex	interface index
 * @param kind	kind name ("htb"...)
 *
 * @return The first matching qdisc with a reference taken for the caller,
 *         who releases it with rtnl_qdisc_put(); NULL when none matches or
 *         kind is NULL.
 */
extern struct rtnl_qdisc *rtnl_qdisc_get_by_kind(struct nl_cache *cache,
						 int ifindex, char *kind);

/**
 * Build an RTM_NEWQDISC request that adds a qdisc.
 * @param qdisc	qdisc to add; it needs the interface and a handle or a
 *		parent, and normally the kind with its options
 * @param flags	netlink flags of the request: NLM_F_CREATE to create the
 *		qdisc, with NLM_F_EXCL to fail when it exists, or
 *		NLM_F_REPLACE to replace the qdisc of that parent
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR without interface or
 *         without handle and parent, the kind's error for bad options,
 *         -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_qdisc_build_add_request(struct rtnl_qdisc *qdisc, int flags,
					struct nl_msg **result);

/**
 * Add a qdisc.
 * @param sk	netlink route socket
 * @param qdisc	qdisc to add (see rtnl_qdisc_build_add_request())
 * @param flags	netlink flags of the request (NLM_F_CREATE...)
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_qdisc_build_add_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_qdisc_add(struct nl_sock *sk, struct rtnl_qdisc *qdisc,
			  int flags);

/**
 * Build an RTM_NEWQDISC request that changes a qdisc.
 * @param qdisc	qdisc to change, as found in the cache: its interface,
 *		handle and parent select it
 * @param update	the kind and options to give it
 * @param flags	netlink flags (NLM_F_REPLACE...); NLM_F_CREATE and
 *		NLM_F_EXCL are refused
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_INVAL when qdisc or update is NULL or flags
 *         hold NLM_F_CREATE or NLM_F_EXCL, -NLE_MISSING_ATTR when qdisc
 *         has no interface, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_qdisc_build_update_request(struct rtnl_qdisc *qdisc,
					   struct rtnl_qdisc *update, int flags,
					   struct nl_msg **result);

/**
 * Change a qdisc.
 * @param sk	netlink route socket
 * @param qdisc	qdisc to change (see rtnl_qdisc_build_update_request())
 * @param update	the kind and options to give it
 * @param flags	netlink flags (NLM_F_REPLACE...)
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_qdisc_build_update_request(),
 *         of sending, or the kernel's error.
 */
extern int rtnl_qdisc_update(struct nl_sock *sk, struct rtnl_qdisc *qdisc,
			     struct rtnl_qdisc *update, int flags);

/**
 * Build an RTM_DELQDISC request that deletes a qdisc.
 * @param qdisc	qdisc to delete; it needs the interface and the parent
 *		(the handle and kind are sent when set)
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR without interface or
 *         parent, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_qdisc_build_delete_request(struct rtnl_qdisc *qdisc,
					   struct nl_msg **result);

/**
 * Delete a qdisc.
 * @param sk	netlink route socket
 * @param qdisc	qdisc to delete (see rtnl_qdisc_build_delete_request())
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_qdisc_build_delete_request(),
 *         of sending, or the kernel's error.
 */
extern int rtnl_qdisc_delete(struct nl_sock *sk, struct rtnl_qdisc *qdisc);

/**
 * Call a function for each class of a qdisc.
 * @param qdisc	qdisc
 * @param cache	class cache
 * @param cb	function called with each class whose parent is the qdisc
 *		(the kernel reports the top classes of a qdisc with parent
 *		TC_H_ROOT and the qdisc's major number), and arg; a reference
 *		is held during the call
 * @param arg	argument passed to cb
 */
extern void rtnl_qdisc_foreach_child(struct rtnl_qdisc *qdisc,
				     struct nl_cache *cache,
				     void (*cb)(struct nl_object *, void *),
				     void *arg);

/**
 * Call a function for each classifier attached to a qdisc.
 * @param qdisc	qdisc
 * @param cache	classifier cache
 * @param cb	function called with each classifier whose parent is the
 *		qdisc, and arg; a reference is held during the call
 * @param arg	argument passed to cb
 */
extern void rtnl_qdisc_foreach_cls(struct rtnl_qdisc *qdisc,
				   struct nl_cache *cache,
				   void (*cb)(struct nl_object *, void *),
				   void *arg);

/* Deprecated: use rtnl_qdisc_build_update_request / rtnl_qdisc_update. */
/**
 * Build a request that changes a qdisc (deprecated).
 * @param qdisc	qdisc to change
 * @param update	the kind and options to give it
 * @param[out] result	the request
 *
 * Same as rtnl_qdisc_build_update_request() with NLM_F_REPLACE.
 *
 * @return As rtnl_qdisc_build_update_request().
 */
extern int rtnl_qdisc_build_change_request(struct rtnl_qdisc *qdisc,
					   struct rtnl_qdisc *update,
					   struct nl_msg **result);

/**
 * Change a qdisc (deprecated).
 * @param sk	netlink route socket
 * @param qdisc	qdisc to change
 * @param update	the kind and options to give it
 *
 * Same as rtnl_qdisc_update() with NLM_F_REPLACE.
 *
 * @return As rtnl_qdisc_update().
 */
extern int rtnl_qdisc_change(struct nl_sock *sk, struct rtnl_qdisc *qdisc,
			     struct rtnl_qdisc *update);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
