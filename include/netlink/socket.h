/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink sockets: allocation, addressing, multicast groups, buffers and
 * the fork's consistent-dump settings.
 */

#ifndef NETLINK_SOCKET_H_
#define NETLINK_SOCKET_H_

#include <netlink/types.h>
#include <netlink/handlers.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a socket with a fresh default callback set.
 * @return the socket (not yet connected) or NULL when out of memory.
 *         Free it with nl_socket_free().
 */
extern struct nl_sock *nl_socket_alloc(void);

/**
 * Allocate a socket that uses @a cb (the socket takes its own reference).
 * @return the socket or NULL when out of memory or @a cb is NULL.
 */
extern struct nl_sock *nl_socket_alloc_cb(struct nl_cb *cb);

/** Close (when connected) and free @a sk; NULL is ignored. */
extern void nl_socket_free(struct nl_sock *sk);

/** Local port id of @a sk (one is generated on first use when unset). */
extern uint32_t nl_socket_get_local_port(const struct nl_sock *sk);

/** Set the local port id; 0 asks for a generated one. */
extern void nl_socket_set_local_port(struct nl_sock *sk, uint32_t port);

/**
 * Join the multicast groups listed after @a group, ending with 0.
 * @return 0, -NLE_BAD_SOCK when not connected, -NLE_INVAL for a
 *         negative group, or the translated system error.
 */
extern int nl_socket_add_memberships(struct nl_sock *sk, int group, ...);

/** Join one multicast group (see nl_socket_add_memberships()). */
extern int nl_socket_add_membership(struct nl_sock *sk, int group);

/** Leave the multicast groups listed, ending with 0. */
extern int nl_socket_drop_memberships(struct nl_sock *sk, int group, ...);

/** Leave one multicast group. */
extern int nl_socket_drop_membership(struct nl_sock *sk, int group);

/** Add the legacy group bit mask @a groups to the socket's address. */
extern void nl_join_groups(struct nl_sock *sk, int groups);

/** Port id messages are sent to (0: the kernel). */
extern uint32_t nl_socket_get_peer_port(const struct nl_sock *sk);

/** Set the port id messages are sent to. */
extern void nl_socket_set_peer_port(struct nl_sock *sk, uint32_t port);

/** Multicast group mask of the peer address. */
extern uint32_t nl_socket_get_peer_groups(const struct nl_sock *sk);

/** Set the multicast group mask of the peer address. */
extern void nl_socket_set_peer_groups(struct nl_sock *sk, uint32_t groups);

/** The socket's callback set, with a new reference for the caller. */
extern struct nl_cb *nl_socket_get_cb(const struct nl_sock *sk);

/** Replace the socket's callback set; the socket takes a reference. */
extern void nl_socket_set_cb(struct nl_sock *sk, struct nl_cb *cb);

/** nl_cb_set() on the socket's callback set. */
extern int nl_socket_modify_cb(struct nl_sock *sk, enum nl_cb_type type,
			       enum nl_cb_kind kind,
			       nl_recvmsg_msg_cb_t func, void *arg);

/** nl_cb_err() on the socket's callback set. */
extern int nl_socket_modify_err_cb(struct nl_sock *sk, enum nl_cb_kind kind,
				   nl_recvmsg_err_cb_t func, void *arg);

/**
 * Set the kernel socket buffers (0 means the default, 32 KiB).
 * @return 0, -NLE_BAD_SOCK when not connected, or the system error.
 */
extern int nl_socket_set_buffer_size(struct nl_sock *sk, int rxbuf,
				     int txbuf);

/** Set the size of the buffer used to read one datagram (0: page size). */
extern int nl_socket_set_msg_buf_size(struct nl_sock *sk, size_t bufsize);

/** Size of the buffer used to read one datagram. */
extern size_t nl_socket_get_msg_buf_size(struct nl_sock *sk);

/** Turn receiving of sender credentials (SO_PASSCRED) on or off. */
extern int nl_socket_set_passcred(struct nl_sock *sk, int state);

/** Turn receiving of packet info (NETLINK_PKTINFO) on or off. */
extern int nl_socket_recv_pktinfo(struct nl_sock *sk, int state);

/** Accept replies whatever their sequence number. */
extern void nl_socket_disable_seq_check(struct nl_sock *sk);

/** Return the next sequence number and advance the counter. */
extern unsigned int nl_socket_use_seq(struct nl_sock *sk);

/** Do not ask for acknowledgements when completing messages. */
extern void nl_socket_disable_auto_ack(struct nl_sock *sk);

/** Ask for an acknowledgement in every completed message (default). */
extern void nl_socket_enable_auto_ack(struct nl_sock *sk);

/** File descriptor of @a sk, or -1 when not connected. */
extern int nl_socket_get_fd(const struct nl_sock *sk);

/**
 * Make @a sk use an existing netlink socket @a fd of @a protocol
 * (-1: read it from the descriptor).
 * @return 0, -NLE_BAD_SOCK when @a sk already has a descriptor,
 *         -NLE_INVAL when @a fd is not a netlink socket, or the
 *         mismatching/system error.
 */
extern int nl_socket_set_fd(struct nl_sock *sk, int protocol, int fd);

/** Put the descriptor in non-blocking mode. */
extern int nl_socket_set_nonblocking(const struct nl_sock *sk);

/** Peek at the size of each datagram before reading it. */
extern void nl_socket_enable_msg_peek(struct nl_sock *sk);

/** Read each datagram with a fixed-size buffer, without peeking. */
extern void nl_socket_disable_msg_peek(struct nl_sock *sk);

/**
 * @name Consistent dumps (fork addition)
 *
 * A dump whose kernel table changed while it was being read comes back
 * flagged NLM_F_DUMP_INTR.  The library repeats such dumps according to
 * a retry policy: a callback set with nl_socket_set_dump_retry(), or by
 * default an exponential backoff bounded by
 * nl_socket_set_dump_retry_limit().  The environment variable NLDUMP
 * ("attempts=N,msec=M,buffered,verify") sets the same values for every
 * new socket.
 * @{
 */

/**
 * Decides what happens after an attempt came back interrupted.
 * @arg sk	socket the dump runs on
 * @arg attempt	attempts made so far (1 after the first)
 * @arg err	-NLE_DUMP_INTR (kernel flag) or -NLE_DUMP_INCONSISTENT
 *		(verify mode saw an event)
 * @arg arg	the pointer given to nl_socket_set_dump_retry()
 * @return NL_OK to try again, NL_SKIP to accept the last attempt (the
 *         call succeeds, the cache is marked inconsistent), NL_STOP to
 *         give up with -NLE_DUMP_ABORTED.
 */
typedef int (*nl_dump_retry_func_t)(struct nl_sock *sk, unsigned int attempt,
				    int err, void *arg);

/**
 * Install a retry callback (NULL brings back the default policy).  With
 * a callback the library adds no delay between attempts.
 */
extern void nl_socket_set_dump_retry(struct nl_sock *sk,
				     nl_dump_retry_func_t func, void *arg);

/**
 * Bound the default retry policy.
 * @arg max_attempts	attempts in total (0: no limit of that kind)
 * @arg max_msec	time spent retrying, in milliseconds (0: no limit)
 * @return 0, or -NLE_INVAL when both are 0.
 */
extern int nl_socket_set_dump_retry_limit(struct nl_sock *sk,
					  unsigned int max_attempts,
					  unsigned int max_msec);

/** Read back the limits; either pointer may be NULL. */
extern void nl_socket_get_dump_retry_limit(const struct nl_sock *sk,
					   unsigned int *max_attempts,
					   unsigned int *max_msec);

/** Hold dump replies and re-send interrupted dump requests. */
#define NL_SOCK_DUMP_BUFFERED	(1u << 0)
/** Listen for change events while a cache is refilled. */
#define NL_SOCK_DUMP_VERIFY	(1u << 1)

/**
 * Set the NL_SOCK_DUMP_* flags of @a sk.
 * @return 0, or -NLE_INVAL when @a flags has unknown bits.
 */
extern int nl_socket_set_dump_flags(struct nl_sock *sk, unsigned int flags);

/** The NL_SOCK_DUMP_* flags of @a sk. */
extern unsigned int nl_socket_get_dump_flags(const struct nl_sock *sk);

/**
 * 1 when the last dump read on @a sk was flagged NLM_F_DUMP_INTR (or
 * failed verification), else 0.
 */
extern int nl_socket_dump_interrupted(const struct nl_sock *sk);

/** Counters kept per socket, read with nl_socket_get_dump_counter(). */
enum nl_dump_counter {
	/** Dump operations started (refills, resyncs, buffered requests) */
	NL_DUMP_CNT_DUMPS,
	/** Attempts that came back interrupted */
	NL_DUMP_CNT_INTERRUPTED,
	/** Attempts re-made */
	NL_DUMP_CNT_RETRIES,
	/** Operations that gave up (-NLE_DUMP_INCONSISTENT, -NLE_DUMP_ABORTED) */
	NL_DUMP_CNT_FAILED,
	/** Operations whose interrupted result the callback accepted */
	NL_DUMP_CNT_INCONSISTENT,
	__NL_DUMP_CNT_MAX,
};

/** Value of one counter; 0 for an unknown counter. */
extern uint64_t nl_socket_get_dump_counter(const struct nl_sock *sk,
					   enum nl_dump_counter counter);

/** Set every dump counter of @a sk back to 0. */
extern void nl_socket_reset_dump_counters(struct nl_sock *sk);

/** @} */

/**
 * @name Kernel error messages and strict checking (fork addition)
 *
 * The kernel can explain an error ("Unknown device type") and point at the
 * offending attribute (extended ACK, NETLINK_EXT_ACK).  Sockets ask for it
 * by default when they connect; return codes and callbacks do not change,
 * the explanation is read from the socket after a failed request.  With
 * strict checking (NETLINK_GET_STRICT_CHK) the kernel also filters dumps,
 * see nl_cache_set_filter().
 * @{
 */

/**
 * Turn the kernel's error messages on (1) or off (0) for @a sk.  Before
 * nl_connect() the state is kept and applied when the socket connects.
 * @return 0, or a translated error when the kernel refuses the option.
 */
extern int nl_socket_set_ext_ack(struct nl_sock *sk, int state);

/**
 * The kernel's message for the last error received on @a sk, or NULL when
 * it sent none.  Sending a request forgets it.  Owned by the socket.
 */
extern const char *nl_socket_get_ext_ack_msg(struct nl_sock *sk);

/**
 * Offset, from the start of the failed request's netlink header, of the
 * attribute the kernel rejected.
 * @return 0, or -NLE_NOATTR when the kernel named none.
 */
extern int nl_socket_get_ext_ack_offset(struct nl_sock *sk, uint32_t *offset);

/**
 * Type of the attribute the kernel found missing, and the offset of the
 * nest it was missing from (0: top level; @a nest may be NULL).
 * @return 0, or -NLE_NOATTR when the kernel named none.
 */
extern int nl_socket_get_ext_ack_missing(struct nl_sock *sk, uint32_t *type,
					 uint32_t *nest);

/**
 * Ask the kernel to check dump requests strictly and to filter dumps by
 * the fields they carry (Linux 4.20).  Before nl_connect() the state is
 * kept and applied, silently left off on older kernels.
 * @return 0, or a translated error when the connected socket refuses it.
 */
extern int nl_socket_set_strict_check(struct nl_sock *sk, int state);

/** 1 when the kernel checks and filters the dump requests of @a sk. */
extern int nl_socket_get_strict_check(const struct nl_sock *sk);

/** @} */

#ifdef __cplusplus
}
#endif

#endif
