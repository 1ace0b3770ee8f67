/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Callback sets: the functions nl_recvmsgs() calls for each kind of
 * message it receives, and hooks that replace sending and receiving.
 */

#ifndef NETLINK_HANDLERS_H_
#define NETLINK_HANDLERS_H_

/**
 * @defgroup core_cb Callbacks
 * @ingroup core
 * Callback sets (struct nl_cb): the functions nl_recvmsgs() calls for each
 * kind of message it receives, the handler of kernel error reports, and
 * hooks that replace the library's own sending and receiving.
 *
 * A set is reference counted and may be shared by several sockets.  Each
 * slot holds a built-in handler of a kind (NL_CB_DEFAULT does nothing,
 * NL_CB_VERBOSE prints errors and invalid messages, NL_CB_DEBUG prints
 * every message) or a function of the caller (NL_CB_CUSTOM).  The NLCB
 * environment variable ("default", "verbose", "debug") picks the kind of
 * the sets nl_socket_alloc() creates.
 * @{
 */

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
 * Message callback, called by nl_recvmsgs() for a received message.
 * @param msg	the message, owned by the library and valid during the
 *		call only (take a reference with nlmsg_get() to keep it)
 * @param arg	the pointer given when the callback was set
 * @return An enum nl_cb_action value (NL_OK, NL_SKIP, NL_STOP), or a
 *         negative error code that ends the receive and is returned by
 *         nl_recvmsgs().
 */
typedef int (*nl_recvmsg_msg_cb_t)(struct nl_msg *msg, void *arg);

/**
 * Error callback, called by nl_recvmsgs() for an error report (NLMSG_ERROR
 * with a non-zero code).
 * @param nla	address of the sender
 * @param nlerr	the error payload: the negative errno and the header of
 *		the request it answers
 * @param arg	the pointer given when the callback was set
 * @return NL_OK or NL_SKIP to go on receiving, NL_STOP to end the receive
 *         with the kernel's error translated, or a negative error code
 *         that ends it and is returned.
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
	/** Number of kinds, not a kind */
	__NL_CB_KIND_MAX,
};

/** The highest valid enum nl_cb_kind value. */
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
	/** Number of slots, not a slot */
	__NL_CB_TYPE_MAX,
};

/** The highest valid enum nl_cb_type value. */
#define NL_CB_TYPE_MAX (__NL_CB_TYPE_MAX - 1)

/**
 * Allocate a callback set.
 * @param kind	kind of built-in handler every slot gets: NL_CB_DEFAULT,
 *		NL_CB_VERBOSE or NL_CB_DEBUG (NL_CB_CUSTOM leaves the slots
 *		empty, as NL_CB_DEFAULT does)
 *
 * @return The set holding one reference, to be released with nl_cb_put();
 *         NULL when @a kind is out of range or memory ran out.
 */
extern struct nl_cb *nl_cb_alloc(enum nl_cb_kind kind);

/**
 * Copy a callback set.
 * @param orig	set to copy: handlers, their arguments and the overrides
 *
 * @return A new set holding one reference, to be released with
 *         nl_cb_put(); NULL when out of memory.
 */
extern struct nl_cb *nl_cb_clone(struct nl_cb *orig);

/**
 * Take a reference on a callback set.
 * @param cb	callback set, or NULL
 *
 * @return @a cb.
 */
extern struct nl_cb *nl_cb_get(struct nl_cb *cb);

/**
 * Drop a reference on a callback set.
 * @param cb	callback set, or NULL (nothing happens)
 *
 * The set is freed with its last reference.
 */
extern void nl_cb_put(struct nl_cb *cb);

/**
 * Set the handler of one callback slot.
 * @param cb	callback set
 * @param type	slot (NL_CB_VALID...)
 * @param kind	NL_CB_CUSTOM to install @a func, otherwise the built-in
 *		handler of that kind
 * @param func	function called for NL_CB_CUSTOM
 * @param arg	argument passed to @a func; for a built-in handler, the
 *		FILE * it prints to when not NULL
 *
 * @return 0 on success; -NLE_RANGE when @a type or @a kind is out of
 *         range.
 */
extern int nl_cb_set(struct nl_cb *cb, enum nl_cb_type type,
		     enum nl_cb_kind kind, nl_recvmsg_msg_cb_t func,
		     void *arg);

/**
 * Set the handler of every callback slot at once.
 * @param cb	callback set
 * @param kind	as for nl_cb_set()
 * @param func	function called for NL_CB_CUSTOM
 * @param arg	argument passed to @a func
 *
 * @return 0 on success; -NLE_RANGE when @a kind is out of range.
 */
extern int nl_cb_set_all(struct nl_cb *cb, enum nl_cb_kind kind,
			 nl_recvmsg_msg_cb_t func, void *arg);

/**
 * Set the handler of the kernel's error reports.
 * @param cb	callback set
 * @param kind	NL_CB_CUSTOM to install @a func, otherwise the built-in
 *		handler of that kind
 * @param func	function called for NL_CB_CUSTOM
 * @param arg	argument passed to @a func
 *
 * Without a handler an error report ends nl_recvmsgs() with the kernel's
 * error translated to an NLE_* code.
 *
 * @return 0 on success; -NLE_RANGE when @a kind is out of range.
 */
extern int nl_cb_err(struct nl_cb *cb, enum nl_cb_kind kind,
		     nl_recvmsg_err_cb_t func, void *arg);

/**
 * Replace the receive loop of nl_recvmsgs().
 * @param cb	callback set
 * @param func	function nl_recvmsgs() and nl_recvmsgs_report() call
 *		instead of their own loop when given @a cb, or NULL to
 *		restore the loop
 */
extern void nl_cb_overwrite_recvmsgs(struct nl_cb *cb,
				     int (*func)(struct nl_sock *sk,
						 struct nl_cb *cb));

/**
 * Replace nl_recv(), the function that reads one datagram.
 * @param cb	callback set
 * @param func	function the receive loop calls instead of nl_recv() when
 *		it runs with @a cb, or NULL to restore nl_recv().  It
 *		returns the number of bytes in a malloc()ed buffer stored in
 *		*buf that the library frees, 0 for nothing, or a negative
 *		NLE_* code.  Tests use it to inject replies.
 */
extern void nl_cb_overwrite_recv(struct nl_cb *cb,
				 int (*func)(struct nl_sock *sk,
					     struct sockaddr_nl *addr,
					     unsigned char **buf,
					     struct ucred **creds));

/**
 * Replace the transmission of nl_send().
 * @param cb	callback set
 * @param func	function nl_send() calls instead of nl_send_iovec() on
 *		sockets using @a cb, returning bytes sent or a negative
 *		error code; NULL restores the default
 */
extern void nl_cb_overwrite_send(struct nl_cb *cb,
				 int (*func)(struct nl_sock *sk,
					     struct nl_msg *msg));

/**
 * Get the slot whose callback runs right now.
 * @param cb	callback set
 *
 * @return The slot of the callback nl_recvmsgs() is running with @a cb,
 *         meaningful from inside a callback only; NL_CB_TYPE_MAX + 1 when
 *         none runs.
 */
extern enum nl_cb_type nl_cb_active_type(struct nl_cb *cb);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
