/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc actions: objects, action lists, requests.
 */

#ifndef NETLINK_ROUTE_ACTION_H_
#define NETLINK_ROUTE_ACTION_H_

/**
 * @defgroup route_act Actions
 * @ingroup route_tc
 * tc actions (RTM_NEWACTION, RTM_DELACTION): the action object rtnl_act,
 * lists of actions as classifiers carry them, and requests that create,
 * change and delete actions. A list is a chain of actions through their
 * next pointer; it owns one reference to each of its actions. The kinds
 * have their own modules for their options.
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
 * Allocate an empty action object.
 *
 * Set its kind (rtnl_tc_set_kind() on TC_CAST()) or let the kind's
 * setters set it (rtnl_mirred_set_action()...); its handle is the action
 * index.
 *
 * @return The new action with one reference, which the caller releases
 *         with rtnl_act_put(); NULL when out of memory.
 */
extern struct rtnl_act *rtnl_act_alloc(void);

/**
 * Get the action that follows an action in its list.
 * @param act	action (NULL is allowed)
 *
 * @return The next action, owned by the list; NULL at the end of the list
 *         or when act is NULL.
 */
extern struct rtnl_act *rtnl_act_next(struct rtnl_act *act);

/**
 * Take a reference to an action.
 * @param act	action
 *
 * The caller releases it with rtnl_act_put().
 */
extern void rtnl_act_get(struct rtnl_act *act);

/**
 * Release a reference to an action.
 * @param act	action (NULL is ignored)
 *
 * The action is freed with the last reference. Releasing the reference a
 * list holds does not unlink the action: use rtnl_act_remove() first, or
 * rtnl_act_put_all() for the whole list.
 */
extern void rtnl_act_put(struct rtnl_act *act);

/**
 * Build an RTM_NEWACTION request that creates actions.
 * @param act	first action of a list; each needs a kind (the kernel
 *		refuses an action without)
 * @param flags	netlink flags of the request: NLM_F_CREATE to create the
 *		actions, NLM_F_EXCL...
 * @param[out] result	the request
 *
 * The actions travel in TCA_ACT_TAB, numbered from 1.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_INVAL when act or result is NULL, the
 *         kind's error for bad options, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_act_build_add_request(struct rtnl_act *act, int flags,
				      struct nl_msg **result);

/**
 * Create actions.
 * @param sk	netlink route socket
 * @param act	first action of a list (see rtnl_act_build_add_request())
 * @param flags	netlink flags of the request (NLM_F_CREATE...)
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_act_build_add_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_act_add(struct nl_sock *sk, struct rtnl_act *act, int flags);

/**
 * Change actions.
 * @param sk	netlink route socket
 * @param act	first action of a list; kind and index select each action
 *		(see rtnl_act_build_change_request())
 * @param flags	netlink flags added to NLM_F_REPLACE
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_act_build_change_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_act_change(struct nl_sock *sk, struct rtnl_act *act,
			   int flags);

/**
 * Build an RTM_NEWACTION request that replaces actions.
 * @param act	first action of a list; kind and index select each action
 * @param flags	netlink flags added to NLM_F_REPLACE
 * @param[out] result	the request
 *
 * @return As rtnl_act_build_add_request().
 */
extern int rtnl_act_build_change_request(struct rtnl_act *act, int flags,
					 struct nl_msg **result);

/**
 * Build an RTM_DELACTION request that deletes actions.
 * @param act	first action of a list; kind and index select each action
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return As rtnl_act_build_add_request().
 */
extern int rtnl_act_build_delete_request(struct rtnl_act *act, int flags,
					 struct nl_msg **result);

/**
 * Delete actions.
 * @param sk	netlink route socket
 * @param act	first action of a list (see rtnl_act_build_delete_request())
 * @param flags	netlink flags of the request
 *
 * Sends the request and waits for the kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_act_build_delete_request(), of
 *         sending, or the kernel's error.
 */
extern int rtnl_act_delete(struct nl_sock *sk, struct rtnl_act *act,
			   int flags);

/**
 * Append an action to a list.
 * @param head	list: pointer to its first action (NULL for an empty list)
 * @param act	action to append; the list takes over the caller's
 *		reference (take another with rtnl_act_get() to keep using
 *		it)
 *
 * @return 0 (also for a NULL act, which appends nothing); -NLE_INVAL when
 *         head is NULL, -NLE_EXIST when act is in the list already,
 *         -NLE_RANGE when the list holds TCA_ACT_MAX_PRIO actions already.
 */
extern int rtnl_act_append(struct rtnl_act **head, struct rtnl_act *act);

/**
 * Remove an action from a list.
 * @param head	list: pointer to its first action
 * @param act	action to remove; the list's reference goes back to the
 *		caller, who releases it with rtnl_act_put()
 *
 * @return 0; -NLE_INVAL when head or act is NULL, -NLE_OBJ_NOTFOUND when
 *         act is not in the list.
 */
extern int rtnl_act_remove(struct rtnl_act **head, struct rtnl_act *act);

/**
 * Put a list of actions into a message.
 * @param msg	message
 * @param attrtype	type of the nested attribute that holds the list
 *			(TCA_ACT_TAB, a classifier's TCA_*_ACT...)
 * @param act	first action of the list; each needs a kind
 *
 * Each action becomes a nested attribute numbered from 1 with its kind,
 * index (when set) and options.
 *
 * @return 0; -NLE_INVAL when msg or act is NULL, the kind's error for bad
 *         options, -NLE_NOMEM when msg has no room left.
 */
extern int rtnl_act_fill(struct nl_msg *msg, int attrtype, struct rtnl_act *act);

/**
 * Release a list of actions.
 * @param head	list: pointer to its first action (NULL is ignored)
 *
 * Releases the list's reference to each action; *head becomes NULL.
 */
extern void rtnl_act_put_all(struct rtnl_act **head);

/**
 * Parse a nested list of actions.
 * @param head	list the parsed actions are appended to
 * @param tb	nested attribute holding the actions (as TCA_ACT_TAB or a
 *		classifier's action attribute holds them)
 *
 * The new actions belong to the list (see rtnl_act_put_all()).
 *
 * @return The number of actions parsed; -NLE_INVAL when head or tb is
 *         NULL, -NLE_MISSING_ATTR for an action without kind, -NLE_RANGE
 *         when the list would exceed TCA_ACT_MAX_PRIO actions,
 *         -NLE_NOMEM, or the error of parsing. On error the list is left
 *         as it was.
 */
extern int rtnl_act_parse(struct rtnl_act **head, struct nlattr *tb);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
