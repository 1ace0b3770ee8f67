/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Callback sets: the functions nl_recvmsgs() calls for each kind of
 * message it receives, and hooks that replace sending and receiving.
 */

#ifndef NETLINK_HANDLERS_H_
#define NETLINK_HANDLERS_H_

#include <stdio.h>
#include <stdint.h>
#include <sys/types.h>
#include <netlink/netlink-compat.h>
#include <netlink/netlink-kernel.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlmsgerr;
struct sockaddr_nl;
struct ucred;
struct nl_cb;
struct nl_sock;
struct nl_msg;

/**
 * Called by nl_recvmsgs() for a received message.
 * @arg msg	the message (owned by the library unless stated otherwise)
 * @arg arg	the pointer given when the callback was set
 * @return an enum nl_cb_action value, or a negative error code
 */
typedef int (*nl_recvmsg_msg_cb_t)(struct nl_msg *msg, void *arg);

/**
 * Called by nl_recvmsgs() for an error report (NLMSG_ERROR with a
 * non-zero code).
 * @arg nla	address of the sender
 * @arg nlerr	the error payload
 * @arg arg	the pointer given when the callback was set
 */
typedef int (*nl_recvmsg_err_cb_t)(struct sockaddr_nl *nla,
				   struct nlmsgerr *nlerr, void *arg);

/** What a callback tells nl_recvmsgs() to do next. */
enum nl_cb_action {
	/** Carry on with the message as usual */
	NL_OK,
	/** Skip the rest of the processing of this message */
	NL_SKIP,
	/** Stop receiving; the messages still queued are dropped */
	NL_STOP,
};

/** Which built-in behaviour a callback slot gets. */
enum nl_cb_kind {
	/** Quiet default handlers */
	NL_CB_DEFAULT,
	/** Default handlers that print errors and warnings */
	NL_CB_VERBOSE,
	/** Handlers that print every message, for debugging */
	NL_CB_DEBUG,
	/** The function supplied by the caller */
	NL_CB_CUSTOM,
	__NL_CB_KIND_MAX,
};

#define NL_CB_KIND_MAX (__NL_CB_KIND_MAX - 1)

/** The callback slots of a callback set. */
enum nl_cb_type {
	/** A valid data message */
	NL_CB_VALID,
	/** NLMSG_DONE closed a multipart reply */
	NL_CB_FINISH,
	/** NLMSG_OVERRUN: data was lost */
	NL_CB_OVERRUN,
	/** A message asked to be skipped (NLMSG_NOOP) */
	NL_CB_SKIPPED,
	/** An acknowledgement (NLMSG_ERROR with code 0) */
	NL_CB_ACK,
	/** Every message received, before anything else */
	NL_CB_MSG_IN,
	/** Every message sent, except through nl_sendto() */
	NL_CB_MSG_OUT,
	/** A malformed message */
	NL_CB_INVALID,
	/** Replaces the sequence number check */
	NL_CB_SEQ_CHECK,
	/** A message that requested an acknowledgement (NLM_F_ACK) */
	NL_CB_SEND_ACK,
	/** A dump message flagged NLM_F_DUMP_INTR */
	NL_CB_DUMP_INTR,
	__NL_CB_TYPE_MAX,
};

#define NL_CB_TYPE_MAX (__NL_CB_TYPE_MAX - 1)

/**
 * Allocate a callback set with every slot set to @a kind.
 * @return the set with one reference, or NULL when out of memory or when
 *         @a kind is out of range.  Release it with nl_cb_put().
 */
extern struct nl_cb *nl_cb_alloc(enum nl_cb_kind kind);

/** Allocate a copy of @a orig (one reference); NULL when out of memory. */
extern struct nl_cb *nl_cb_clone(struct nl_cb *orig);

/** Take one more reference on @a cb and return it. */
extern struct nl_cb *nl_cb_get(struct nl_cb *cb);

/** Drop one reference on @a cb; the set is freed with the last one. */
extern void nl_cb_put(struct nl_cb *cb);

/**
 * Set one slot.
 * @arg cb	callback set
 * @arg type	slot
 * @arg kind	NL_CB_CUSTOM to install @a func, otherwise a built-in handler
 * @arg func	function called for NL_CB_CUSTOM
 * @arg arg	passed to @a func
 * @return 0, or -NLE_RANGE when @a type or @a kind is out of range.
 */
extern int nl_cb_set(struct nl_cb *cb, enum nl_cb_type type,
		     enum nl_cb_kind kind, nl_recvmsg_msg_cb_t func,
		     void *arg);

/** Like nl_cb_set() for every slot at once. */
extern int nl_cb_set_all(struct nl_cb *cb, enum nl_cb_kind kind,
			 nl_recvmsg_msg_cb_t func, void *arg);

/**
 * Set the handler of error reports.
 * @return 0, or -NLE_RANGE when @a kind is out of range.
 */
extern int nl_cb_err(struct nl_cb *cb, enum nl_cb_kind kind,
		     nl_recvmsg_err_cb_t func, void *arg);

/** Make nl_recvmsgs() call @a func instead of its own receive loop. */
extern void nl_cb_overwrite_recvmsgs(struct nl_cb *cb,
				     int (*func)(struct nl_sock *sk,
						 struct nl_cb *cb));

/** Make the library call @a func instead of nl_recv() to read data. */
extern void nl_cb_overwrite_recv(struct nl_cb *cb,
				 int (*func)(struct nl_sock *sk,
					     struct sockaddr_nl *addr,
					     unsigned char **buf,
					     struct ucred **creds));

/** Make nl_send() call @a func instead of transmitting itself. */
extern void nl_cb_overwrite_send(struct nl_cb *cb,
				 int (*func)(struct nl_sock *sk,
					     struct nl_msg *msg));

/**
 * The slot whose callback is running right now (only meaningful from
 * inside a callback).
 */
extern enum nl_cb_type nl_cb_active_type(struct nl_cb *cb);

#ifdef __cplusplus
}
#endif

#endif
