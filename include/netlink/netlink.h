/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The core of libnl: connecting, sending and receiving netlink messages.
 * Including this header brings in the socket, callback, error and object
 * interfaces and the kernel's netlink definitions.
 */

#ifndef NETLINK_NETLINK_H_
#define NETLINK_NETLINK_H_

/**
 * @defgroup core_send_recv Sending and receiving
 * @ingroup core
 * Connecting a socket, sending messages, receiving and dispatching the
 * replies to callbacks, waiting for acknowledgements.
 *
 * A request is usually built with nlmsg_alloc_simple() and attributes,
 * sent with nl_send_auto() or nl_send_sync(), and its reply read with
 * nl_recvmsgs_default(), which hands each message to the callbacks of the
 * socket (see @ref core_cb).
 * @{
 */

#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/time.h>
#include <netdb.h>
#include <netlink/netlink-compat.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/genetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <netinet/tcp.h>
#include <netlink/version.h>
#include <netlink/errno.h>
#include <netlink/types.h>
#include <netlink/handlers.h>
#include <netlink/socket.h>
#include <netlink/object.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlmsghdr;
struct ucred;
struct nl_cache_ops;
struct nl_parser_param;
struct nl_object;
struct nl_sock;

/** Debug level, read from the NLDBG environment variable at load time. */
extern int nl_debug;

/** Where debug dumps of objects are written (stderr by default). */
extern struct nl_dump_params nl_debug_dp;

/**
 * Connect a socket: create its kernel socket for a netlink protocol and
 * bind it.
 * @param sk	socket without a descriptor
 * @param protocol	netlink protocol (NETLINK_ROUTE, NETLINK_GENERIC...)
 *
 * The kernel buffers are set to 32 KiB unless nl_socket_set_buffer_size()
 * said otherwise, the socket is bound to its local port (another port of
 * the pool is tried when another process holds the pooled one) and the
 * descriptor is close-on-exec.  The kernel's error messages and strict
 * checking are turned on as the socket asks.
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is already connected;
 *         the translated error of socket() or bind(), such as
 *         -NLE_PROTO_MISMATCH for an unknown protocol or -NLE_EXIST when
 *         a local port set with nl_socket_set_local_port() is in use;
 *         -NLE_NOADDR or -NLE_AF_NOSUPPORT when the kernel reports an
 *         unexpected address.  On error the socket stays unconnected.
 */
extern int nl_connect(struct nl_sock *sk, int protocol);

/**
 * Close the kernel socket of a socket.
 * @param sk	socket; nothing happens when it is not connected
 *
 * The struct nl_sock keeps its settings and can be connected again; free
 * it with nl_socket_free().
 */
extern void nl_close(struct nl_sock *sk);

/**
 * Send raw bytes to the socket's peer.
 * @param sk	connected socket
 * @param buf	bytes to send, usually complete netlink messages
 * @param size	number of bytes
 *
 * @return The number of bytes sent; -NLE_INVAL when @a buf is NULL;
 *         -NLE_BAD_SOCK when @a sk is not connected; the translated error
 *         of sendto() otherwise.
 */
extern int nl_sendto(struct nl_sock *sk, void *buf, size_t size);

/**
 * Send a message with a socket message header the caller prepared.
 * @param sk	connected socket
 * @param msg	message, passed to the NL_CB_MSG_OUT callback
 * @param hdr	socket message header with destination and data (iovec)
 *		filled in
 *
 * The NL_CB_MSG_OUT callback runs first; a value other than NL_OK is
 * returned without sending.  @a msg stays the caller's.
 *
 * @return The number of bytes sent; -NLE_BAD_SOCK when @a sk is not
 *         connected; the callback's value; the translated error of
 *         sendmsg() otherwise.
 */
extern int nl_sendmsg(struct nl_sock *sk, struct nl_msg *msg,
		      struct msghdr *hdr);

/**
 * Send a message as it is.
 * @param sk	connected socket
 * @param msg	complete message (see nl_complete_msg()); stays the
 *		caller's
 *
 * Goes through the send function set with nl_cb_overwrite_send() when
 * there is one.  In buffered dump mode a dump request is remembered to be
 * sent again when its reply comes back interrupted.
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_send_iovec().
 */
extern int nl_send(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Send the contents of an I/O vector, addressed as a message says.
 * @param sk	connected socket
 * @param msg	message giving the destination (nlmsg_set_dst(), else the
 *		socket's peer) and credentials (nlmsg_set_creds())
 * @param iov	buffers to send
 * @param iovlen	number of buffers in @a iov
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_sendmsg().
 */
extern int nl_send_iovec(struct nl_sock *sk, struct nl_msg *msg,
			 struct iovec *iov, unsigned int iovlen);

/**
 * Complete a message header with the socket's values.
 * @param sk	socket
 * @param msg	message to complete
 *
 * Sets the local port when the header's port is NL_AUTO_PORT, the next
 * sequence number of the socket when its sequence number is NL_AUTO_SEQ,
 * the message's protocol, NLM_F_REQUEST, and NLM_F_ACK unless
 * nl_socket_disable_auto_ack() was called.
 */
extern void nl_complete_msg(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Complete a message header (old name of nl_complete_msg()).
 * @param sk	socket
 * @param msg	message to complete
 */
extern void nl_auto_complete(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Complete a message and send it.
 * @param sk	connected socket
 * @param msg	message; stays the caller's
 *
 * nl_complete_msg() followed by nl_send().
 *
 * @return The number of bytes sent, or a negative error code as nl_send().
 */
extern int nl_send_auto(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Complete a message and send it (old name of nl_send_auto()).
 * @param sk	connected socket
 * @param msg	message; stays the caller's
 *
 * @return As nl_send_auto().
 */
extern int nl_send_auto_complete(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Send a message and wait for the kernel's acknowledgement.
 * @param sk	connected socket
 * @param msg	message; freed by this function in every case
 *
 * Completes and sends @a msg, then waits as nl_wait_for_ack() does unless
 * nl_socket_disable_auto_ack() was called.
 *
 * @return 0 on success; a send error; the kernel's error translated
 *         (-NLE_EXIST, -NLE_OBJ_NOTFOUND, -NLE_PERM...); or an error of
 *         the receive path as nl_recvmsgs().  The kernel's message for the
 *         error is then available from nl_socket_get_ext_ack_msg().
 */
extern int nl_send_sync(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Build, complete and send a message with a plain payload.
 * @param sk	connected socket
 * @param type	netlink message type
 * @param flags	message flags (NLM_F_DUMP...)
 * @param buf	payload copied after the header, or NULL for none
 * @param size	payload size in bytes
 *
 * @return The number of bytes sent; -NLE_NOMEM; or a send error as
 *         nl_send_auto().
 */
extern int nl_send_simple(struct nl_sock *sk, int type, int flags,
			  void *buf, size_t size);

/**
 * Read one datagram of netlink messages.
 * @param sk	connected socket
 * @param[out] nla	set to the sender's address; may be NULL
 * @param[out] buf	set to a buffer holding the datagram, allocated with
 *		malloc(); the caller frees it.  Set to NULL on error.
 * @param[out] creds	when not NULL and credential passing is on
 *		(nl_socket_set_passcred()), set to a malloc()ed copy of the
 *		sender's credentials the caller frees, or NULL when none came
 *
 * With message peeking (on unless a buffer size is set) the buffer grows
 * to fit the datagram; without it, a larger datagram fails with
 * -NLE_MSG_TRUNC.  Reads interrupted by a signal are resumed.
 *
 * @return The number of bytes read; 0 when the peer closed; -NLE_BAD_SOCK
 *         when @a sk is not connected; -NLE_AGAIN on a non-blocking socket
 *         with nothing queued; -NLE_NOMEM; -NLE_MSG_TRUNC; -NLE_NOADDR for
 *         an unexpected sender address; other translated errors of
 *         recvmsg().
 */
extern int nl_recv(struct nl_sock *sk, struct sockaddr_nl *nla,
		   unsigned char **buf, struct ucred **creds);

/**
 * Receive messages and hand them to callbacks until the reply is complete.
 * @param sk	connected socket
 * @param cb	callback set to use
 *
 * Same as nl_recvmsgs_report() but returns 0 on success.
 *
 * @return 0 on success, or a negative error code as nl_recvmsgs_report().
 */
extern int nl_recvmsgs(struct nl_sock *sk, struct nl_cb *cb);

/**
 * Receive messages, hand them to callbacks, and count them.
 * @param sk	connected socket
 * @param cb	callback set to use; its nl_cb_overwrite_recvmsgs()
 *		replacement runs instead when set
 *
 * Reads until the reply ends: a multipart reply up to NLMSG_DONE, else
 * the end of the datagram, an acknowledgement, or a callback returning
 * NL_STOP.  An interrupted dump (NLM_F_DUMP_INTR) is read to its end even
 * when a callback stopped early, so the next request never reads its
 * leftovers.  In buffered dump mode the reply to the last dump request is
 * held until complete and the request re-sent under the retry policy.
 *
 * @return The number of messages handed to the callbacks, or a negative
 *         error code: a read error of nl_recv(); the kernel's error
 *         translated; -NLE_SEQ_MISMATCH; -NLE_MSG_TRUNC;
 *         -NLE_MSG_OVERFLOW; a callback's error value; -NLE_DUMP_INTR
 *         when the dump was interrupted and nothing worse happened (not
 *         when an NL_CB_DUMP_INTR callback is set); -NLE_DUMP_INCONSISTENT
 *         or -NLE_DUMP_ABORTED when buffered mode gave up.
 */
extern int nl_recvmsgs_report(struct nl_sock *sk, struct nl_cb *cb);

/**
 * Receive messages with the socket's own callback set.
 * @param sk	connected socket
 *
 * @return As nl_recvmsgs().
 */
extern int nl_recvmsgs_default(struct nl_sock *sk);

/**
 * Wait for the acknowledgement of the last request sent.
 * @param sk	connected socket
 *
 * Receives until the kernel's acknowledgement (NLMSG_ERROR with error 0);
 * other messages go to the socket's callbacks.
 *
 * @return 0 on success; -NLE_NOMEM; the kernel's error translated; or
 *         another error as nl_recvmsgs().
 */
extern int nl_wait_for_ack(struct nl_sock *sk);

/**
 * Receive one reply and parse it into an object.
 * @param sk	connected socket
 * @param parser	parser of the object's cache operations (co_msg_parser)
 * @param[out] result	set to the parsed object, with a reference for the
 *		caller, who releases it with nl_object_put(); left as it
 *		was on error, and NULL when the reply held no object
 *
 * @return 0 on success; -NLE_NOMEM; or an error as nl_recvmsgs(), the
 *         kernel's error translated included.
 */
extern int nl_pickup(struct nl_sock *sk,
		     int (*parser)(struct nl_cache_ops *, struct sockaddr_nl *,
				   struct nlmsghdr *,
				   struct nl_parser_param *),
		     struct nl_object **result);

/**
 * Receive one reply and parse it into an object, keeping the kernel's
 * error number.
 * @param sk	connected socket
 * @param parser	parser of the object's cache operations (co_msg_parser)
 * @param[out] result	as for nl_pickup()
 * @param[out] syserror	when not NULL, set to the kernel's error number
 *		(a negative errno) when the kernel answered with an error,
 *		else to 0
 *
 * @return As nl_pickup().
 */
extern int nl_pickup_keep_syserr(struct nl_sock *sk,
				 int (*parser)(struct nl_cache_ops *,
					       struct sockaddr_nl *,
					       struct nlmsghdr *,
					       struct nl_parser_param *),
				 struct nl_object **result, int *syserror);

/**
 * Write the name of a netlink protocol into a buffer.
 * @param family	protocol number (NETLINK_ROUTE...)
 * @param buf	buffer
 * @param size	size of @a buf
 *
 * @return @a buf, holding the name ("route", "generic"...) or the number
 *         in hexadecimal ("0x1f") when it has none.
 */
extern char *nl_nlfamily2str(int family, char *buf, size_t size);

/**
 * Get the netlink protocol a name stands for.
 * @param name	protocol name ("route", "generic"...; case is ignored) or
 *		a number
 *
 * @return The protocol number; -NLE_INVAL for an empty string;
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2nlfamily(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
