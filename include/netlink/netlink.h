/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The core of libnl: connecting, sending and receiving netlink messages.
 * Including this header brings in the socket, callback, error and object
 * interfaces and the kernel's netlink definitions.
 */

#ifndef NETLINK_NETLINK_H_
#define NETLINK_NETLINK_H_

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
 * Create the kernel socket of @a sk for netlink @a protocol and bind it.
 * @return 0, -NLE_BAD_SOCK when already connected, -NLE_EXIST when the
 *         local port is taken, or the translated system error.
 */
extern int nl_connect(struct nl_sock *sk, int protocol);

/** Close the kernel socket of @a sk; the nl_sock itself stays usable. */
extern void nl_close(struct nl_sock *sk);

/**
 * Send @a size raw bytes to the socket's peer.
 * @return bytes sent, or a negative error code.
 */
extern int nl_sendto(struct nl_sock *sk, void *buf, size_t size);

/**
 * Send @a msg with the message header @a hdr (iovec already filled in),
 * running the NL_CB_MSG_OUT callback first.
 * @return bytes sent, or a negative error code.
 */
extern int nl_sendmsg(struct nl_sock *sk, struct nl_msg *msg,
		      struct msghdr *hdr);

/**
 * Send @a msg as is, through the send hook when one is set.
 * @return bytes sent, or a negative error code.
 */
extern int nl_send(struct nl_sock *sk, struct nl_msg *msg);

/** Send the @a iovlen buffers of @a iov, addressed as @a msg says. */
extern int nl_send_iovec(struct nl_sock *sk, struct nl_msg *msg,
			 struct iovec *iov, unsigned int iovlen);

/**
 * Fill in what @a msg leaves open: port id, sequence number, protocol,
 * NLM_F_REQUEST, and NLM_F_ACK unless auto-ack is off.
 */
extern void nl_complete_msg(struct nl_sock *sk, struct nl_msg *msg);

/** Old name of nl_complete_msg(). */
extern void nl_auto_complete(struct nl_sock *sk, struct nl_msg *msg);

/** nl_complete_msg() then nl_send(). */
extern int nl_send_auto(struct nl_sock *sk, struct nl_msg *msg);

/** Old name of nl_send_auto(). */
extern int nl_send_auto_complete(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Send @a msg, wait for its acknowledgement and free @a msg (always).
 * @return 0 or a negative error code (including the kernel's).
 */
extern int nl_send_sync(struct nl_sock *sk, struct nl_msg *msg);

/**
 * Build a message of @a type and @a flags with @a size bytes of payload
 * @a buf, complete it and send it.
 * @return bytes sent, or a negative error code.
 */
extern int nl_send_simple(struct nl_sock *sk, int type, int flags,
			  void *buf, size_t size);

/**
 * Read one datagram.
 * @arg sk	socket
 * @arg nla	receives the sender's address
 * @arg buf	receives a malloc()ed buffer the caller frees
 * @arg creds	when non-NULL and credentials were passed, receives a
 *		malloc()ed copy of them
 * @return bytes read, 0 when nothing was available, or a negative error
 *         code.
 */
extern int nl_recv(struct nl_sock *sk, struct sockaddr_nl *nla,
		   unsigned char **buf, struct ucred **creds);

/**
 * Receive and dispatch messages through @a cb until the reply is complete.
 * @return 0 or a negative error code.
 */
extern int nl_recvmsgs(struct nl_sock *sk, struct nl_cb *cb);

/**
 * Like nl_recvmsgs(), but on success returns the number of messages
 * handled.
 */
extern int nl_recvmsgs_report(struct nl_sock *sk, struct nl_cb *cb);

/** nl_recvmsgs() with the socket's own callback set. */
extern int nl_recvmsgs_default(struct nl_sock *sk);

/** Wait for the acknowledgement of the last request sent. */
extern int nl_wait_for_ack(struct nl_sock *sk);

/**
 * Receive one message and parse it into an object with @a parser.
 * @arg result	receives the object (caller owns a reference)
 * @return 0 or a negative error code.
 */
extern int nl_pickup(struct nl_sock *sk,
		     int (*parser)(struct nl_cache_ops *, struct sockaddr_nl *,
				   struct nlmsghdr *,
				   struct nl_parser_param *),
		     struct nl_object **result);

/**
 * Like nl_pickup(); @a syserror receives the system error the kernel
 * reported, if any.
 */
extern int nl_pickup_keep_syserr(struct nl_sock *sk,
				 int (*parser)(struct nl_cache_ops *,
					       struct sockaddr_nl *,
					       struct nlmsghdr *,
					       struct nl_parser_param *),
				 struct nl_object **result, int *syserror);

/** Name of netlink protocol @a family ("route", "generic"...) into @a buf. */
extern char *nl_nlfamily2str(int family, char *buf, size_t size);

/** Netlink protocol number of a name; negative when unknown. */
extern int nl_str2nlfamily(const char *name);

#ifdef __cplusplus
}
#endif

#endif
