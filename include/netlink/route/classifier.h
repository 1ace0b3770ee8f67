/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Classifiers (tc filters): objects, cache, requests.
 */

#ifndef NETLINK_ROUTE_CLASSIFIER_H_
#define NETLINK_ROUTE_CLASSIFIER_H_

/**
 * @defgroup route_cls Classifiers
 * @ingroup route_tc
 * Classifiers, the tc filters (RTM_NEWTFILTER, RTM_DELTFILTER,
 * RTM_GETTFILTER): the classifier object rtnl_cls, the classifier cache
 * "route/cls" (per interface and parent) and requests that add, change
 * and delete classifiers. The kinds have their own modules for their
 * options.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/tc.h>
#include <netlink/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty classifier object.
 *
 * Set its interface, parent, handle and kind with the rtnl_tc_*()
 * functions (TC_CAST()), its priority and protocol here, and its kind's
 * options with the functions of the kind's module (rtnl_u32_*()...).
 *
 * @return The new classifier with one reference, which the caller
 *         releases with rtnl_cls_put(); NULL when out of memory.
 */
extern struct rtnl_cls *rtnl_cls_alloc(void);

/**
 * Release a reference to a classifier object.
 * @param cls	classifier object (NULL is ignored)
 */
extern void rtnl_cls_put(struct rtnl_cls *cls);

/**
 * Allocate a classifier cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param ifindex	interface whose classifiers the cache holds
 * @param parent	handle of the qdisc or class they are attached to
 * @param[out] result	the new cache
 *
 * Filling the cache is atomic (doc/dump-consistency.md).
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_cls_alloc_cache(struct nl_sock *sk, int ifindex,
				uint32_t parent, struct nl_cache **result);

/**
 * Look up a classifier by handle in a classifier cache.
 * @param cache	classifier cache
 * @param ifindex	interface index
 * @param parent	handle of the qdisc or class it is attached to
 * @param handle	handle of the classifier
 *
 * @return The classifier with a reference taken for the caller, who
 *         releases it with rtnl_cls_put(); NULL when none matches.
 */
extern struct rtnl_cls *rtnl_cls_find_by_handle(struct nl_cache *cache,
						int ifindex, uint32_t parent,
						uint32_t handle);

/**
 * Look up a classifier by priority in a classifier cache.
 * @param cache	classifier cache
 * @param ifindex	interface index
 * @param parent	handle of the qdisc or class it is attached to
 * @param prio	priority of the classifier
 *
 * @return The first matching classifier with a reference taken for the
 *         caller, who releases it with rtnl_cls_put(); NULL when none
 *         matches.
 */
extern struct rtnl_cls *rtnl_cls_find_by_prio(struct nl_cache *cache,
					      int ifindex, uint32_t parent,
					      uint16_t prio);

/**
 * Set the interface and parent a classifier cache is filled for.
 * @param cache	classifier cache (NULL is ignored)
 * @param ifindex	interface index
 * @param parent	handle of the qdisc or class
 *
 * Applies from the next refill of the cache.
 */
extern void rtnl_cls_cache_set_tc_params(struct nl_cache *cache, int ifindex,
					 uint32_t parent);

/**
 * Build an RTM_NEWTFILTER request that adds a classifier.
 * @param cls	classifier to add; it needs the interface, and normally
 *		the parent, priority, protocol and kind with its options
 * @param flags	netlink flags of the request: NLM_F_CREATE to create a
 *		classifier (the kernel then picks a priority when none is
 *		set), with NLM_F_EXCL to fail when it exists; without
 *		NLM_F_CREATE the priority must be set
 * @param[out] result	the request
 *
 * The priority and protocol travel in the header's tcm_info.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR without interface, or
 *         without priority when flags lack NLM_F_CREATE; the kind's error
 *         for bad options, -NLE_INVAL when cls or result is NULL,
 *         -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_cls_build_add_request(struct rtnl_cls *cls, int flags,
				      struct nl_msg **result);

/**
 * Add a classifier.
 * @param sk	netlink route socket
 * @param cls	classifier to add (see rtnl_cls_build_add_request())
 * @param flags	netlink flags of the request (NLM_F_CREATE...)
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_cls_build_add_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_cls_add(struct nl_sock *sk, struct rtnl_cls *cls, int flags);

/**
 * Change a classifier.
 * @param sk	netlink route socket
 * @param cls	classifier with its new options (see
 *		rtnl_cls_build_change_request())
 * @param flags	netlink flags added to NLM_F_REPLACE
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_cls_build_change_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_cls_change(struct nl_sock *sk, struct rtnl_cls *cls,
			   int flags);

/**
 * Build an RTM_NEWTFILTER request that changes a classifier.
 * @param cls	classifier: interface, parent, priority, protocol and
 *		handle select it, its options are the new ones
 * @param flags	netlink flags added to NLM_F_REPLACE
 * @param[out] result	the request
 *
 * @return As rtnl_cls_build_add_request().
 */
extern int rtnl_cls_build_change_request(struct rtnl_cls *cls, int flags,
					 struct nl_msg **result);

/**
 * Build an RTM_DELTFILTER request that deletes a classifier.
 * @param cls	classifier to delete; it needs the interface and the
 *		priority. Parent, handle, protocol and kind select what the
 *		kernel deletes; options are not sent.
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_MISSING_ATTR without interface or
 *         priority, -NLE_INVAL when cls or result is NULL, -NLE_NOMEM,
 *         -NLE_MSGSIZE.
 */
extern int rtnl_cls_build_delete_request(struct rtnl_cls *cls, int flags,
					 struct nl_msg **result);

/**
 * Delete a classifier.
 * @param sk	netlink route socket
 * @param cls	classifier to delete (see rtnl_cls_build_delete_request())
 * @param flags	netlink flags of the request
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_cls_build_delete_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_cls_delete(struct nl_sock *sk, struct rtnl_cls *cls,
			   int flags);

/**
 * Set the priority of a classifier.
 * @param cls	classifier object
 * @param prio	priority: classifiers of a parent run in increasing order
 *		(0 lets the kernel choose)
 */
extern void rtnl_cls_set_prio(struct rtnl_cls *cls, uint16_t prio);

/**
 * Get the priority of a classifier.
 * @param cls	classifier object
 *
 * @return The priority; 0 when not set.
 */
extern uint16_t rtnl_cls_get_prio(struct rtnl_cls *cls);

/**
 * Set the protocol a classifier matches.
 * @param cls	classifier object
 * @param protocol	link-layer protocol (ETH_P_IP, ETH_P_ALL...), in host
 *			byte order
 */
extern void rtnl_cls_set_protocol(struct rtnl_cls *cls, uint16_t protocol);

/**
 * Get the protocol a classifier matches.
 * @param cls	classifier object
 *
 * @return The protocol in host byte order; ETH_P_ALL when not set.
 */
extern uint16_t rtnl_cls_get_protocol(struct rtnl_cls *cls);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
