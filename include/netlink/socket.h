/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink sockets: allocation, addressing, multicast groups, buffers and
 * the fork's consistent-dump settings.
 */

#ifndef NETLINK_SOCKET_H_
#define NETLINK_SOCKET_H_

/**
 * @defgroup core_socket Sockets
 * @ingroup core
 * A netlink socket (struct nl_sock): its kernel file descriptor, local and
 * peer addresses, multicast memberships, callback set, sequence numbers,
 * and the fork's consistent-dump and kernel-error settings.
 *
 * A socket is allocated with nl_socket_alloc(), connected to a netlink
 * protocol with nl_connect() and freed with nl_socket_free().  It is not
 * safe to use one socket from two threads at the same time.
 * @{
 */

#include <netlink/types.h>
#include <netlink/handlers.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a netlink socket.
 *
 * The socket is not connected yet (see nl_connect()).  It gets a fresh
 * callback set of the kind the NLCB environment variable names
 * (NL_CB_DEFAULT when unset) and a local port that no other socket of the
 * process uses.
 *
 * @return The socket, to be freed with nl_socket_free(); NULL when out of
 *         memory.
 */
extern struct nl_sock *nl_socket_alloc(void);

/**
 * Allocate a netlink socket that uses an existing callback set.
 * @param cb	callback set; the socket takes its own reference, the
 *		caller keeps its own
 *
 * @return The socket, to be freed with nl_socket_free(); NULL when @a cb
 *         is NULL or memory ran out.
 */
extern struct nl_sock *nl_socket_alloc_cb(struct nl_cb *cb);

/**
 * Free a socket.
 * @param sk	socket, or NULL (nothing happens)
 *
 * Closes its file descriptor when connected, gives its local port back to
 * the process's pool and drops its reference on the callback set.
 */
extern void nl_socket_free(struct nl_sock *sk);

/**
 * Get the local port (netlink port id) of a socket.
 * @param sk	socket
 *
 * @return The port; UINT32_MAX for a socket allocated when every port of
 *         the process's pool was taken (nl_connect() then lets the kernel
 *         choose one, which the socket reports once connected).
 */
extern uint32_t nl_socket_get_local_port(const struct nl_sock *sk);

/**
 * Set the local port (netlink port id) of a socket.
 * @param sk	socket
 * @param port	port to bind to, or 0 for a fresh one from the process's
 *		pool
 *
 * Takes effect at the next nl_connect().  A port given here is used as
 * is: nl_connect() fails if another socket has it.
 */
extern void nl_socket_set_local_port(struct nl_sock *sk, uint32_t port);

/**
 * Join multicast groups.
 * @param sk	connected socket
 * @param group	first group number; more follow, the list ends with 0
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected;
 *         -NLE_INVAL for a negative group; the translated error of the
 *         kernel (setsockopt(NETLINK_ADD_MEMBERSHIP)) otherwise.  Groups
 *         before the failing one stay joined.
 */
extern int nl_socket_add_memberships(struct nl_sock *sk, int group, ...);

/**
 * Join one multicast group.
 * @param sk	connected socket
 * @param group	group number
 *
 * @return As nl_socket_add_memberships().
 */
extern int nl_socket_add_membership(struct nl_sock *sk, int group);

/**
 * Leave multicast groups.
 * @param sk	connected socket
 * @param group	first group number; more follow, the list ends with 0
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected;
 *         -NLE_INVAL for a negative group; the translated error of the
 *         kernel otherwise.
 */
extern int nl_socket_drop_memberships(struct nl_sock *sk, int group, ...);

/**
 * Leave one multicast group.
 * @param sk	connected socket
 * @param group	group number
 *
 * @return As nl_socket_drop_memberships().
 */
extern int nl_socket_drop_membership(struct nl_sock *sk, int group);

/**
 * Join multicast groups the old way, by bit mask.
 * @param sk	socket, not yet connected
 * @param groups	bit mask of groups 1 to 32 (bit n-1 for group n)
 *
 * The mask is added to the socket's local address and takes effect when
 * nl_connect() binds it.  nl_socket_add_memberships() reaches every group
 * and works on connected sockets.
 */
extern void nl_join_groups(struct nl_sock *sk, int groups);

/**
 * Get the port messages are sent to.
 * @param sk	socket
 *
 * @return The peer's port id; 0 (the default) stands for the kernel.
 */
extern uint32_t nl_socket_get_peer_port(const struct nl_sock *sk);

/**
 * Set the port messages are sent to.
 * @param sk	socket
 * @param port	peer's port id; 0 for the kernel
 */
extern void nl_socket_set_peer_port(struct nl_sock *sk, uint32_t port);

/**
 * Get the multicast groups messages are sent to.
 * @param sk	socket
 *
 * @return The bit mask of the peer address (0 by default).
 */
extern uint32_t nl_socket_get_peer_groups(const struct nl_sock *sk);

/**
 * Set the multicast groups messages are sent to.
 * @param sk	socket
 * @param groups	bit mask of groups 1 to 32
 */
extern void nl_socket_set_peer_groups(struct nl_sock *sk, uint32_t groups);

/**
 * Get the callback set of a socket.
 * @param sk	socket
 *
 * @return The callback set with a new reference for the caller, who
 *         releases it with nl_cb_put().
 */
extern struct nl_cb *nl_socket_get_cb(const struct nl_sock *sk);

/**
 * Replace the callback set of a socket.
 * @param sk	socket
 * @param cb	new callback set; the socket takes a reference and drops
 *		the one on its old set.  NULL is refused (the socket keeps
 *		its set).
 */
extern void nl_socket_set_cb(struct nl_sock *sk, struct nl_cb *cb);

/**
 * Set a message callback in the socket's callback set.
 * @param sk	socket
 * @param type	which callback (NL_CB_VALID, NL_CB_FINISH...)
 * @param kind	NL_CB_CUSTOM for @a func, or one of the built-in kinds
 * @param func	the function (used with NL_CB_CUSTOM)
 * @param arg	argument passed to @a func
 *
 * Same as nl_cb_set() on the set nl_socket_get_cb() returns; other
 * sockets that share the set see the change.
 *
 * @return As nl_cb_set(): 0, or -NLE_RANGE for an unknown type or kind.
 */
extern int nl_socket_modify_cb(struct nl_sock *sk, enum nl_cb_type type,
			       enum nl_cb_kind kind,
			       nl_recvmsg_msg_cb_t func, void *arg);

/**
 * Set the error message callback in the socket's callback set.
 * @param sk	socket
 * @param kind	NL_CB_CUSTOM for @a func, or one of the built-in kinds
 * @param func	the function (used with NL_CB_CUSTOM)
 * @param arg	argument passed to @a func
 *
 * @return As nl_cb_err(): 0, or -NLE_RANGE for an unknown kind.
 */
extern int nl_socket_modify_err_cb(struct nl_sock *sk, enum nl_cb_kind kind,
				   nl_recvmsg_err_cb_t func, void *arg);

/**
 * Set the kernel's send and receive buffer sizes of a socket.
 * @param sk	connected socket
 * @param rxbuf	receive buffer in bytes; 0 or less means 32768
 * @param txbuf	send buffer in bytes; 0 or less means 32768
 *
 * nl_connect() sets both to 32768 unless this was called before.
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected; the
 *         translated error of setsockopt() otherwise.
 */
extern int nl_socket_set_buffer_size(struct nl_sock *sk, int rxbuf,
				     int txbuf);

/**
 * Set the size of the buffer one read of nl_recv() uses.
 * @param sk	socket
 * @param bufsize	size in bytes; 0 (the default) means one page,
 *		grown as needed while message peeking is on
 *
 * A non-zero size turns off the default message peeking (an explicit
 * nl_socket_enable_msg_peek() keeps it on).
 *
 * @return 0.
 */
extern int nl_socket_set_msg_buf_size(struct nl_sock *sk, size_t bufsize);

/**
 * Get the size of the buffer one read of nl_recv() uses.
 * @param sk	socket
 *
 * @return The size set with nl_socket_set_msg_buf_size(), 0 by default.
 */
extern size_t nl_socket_get_msg_buf_size(struct nl_sock *sk);

/**
 * Turn reception of the sender's credentials on or off (SO_PASSCRED).
 * @param sk	connected socket
 * @param state	non-zero to turn it on, 0 to turn it off
 *
 * With credentials on, nl_recv() hands them back and nlmsg_get_creds()
 * gives them for each message.
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected; the
 *         translated error of setsockopt() otherwise.
 */
extern int nl_socket_set_passcred(struct nl_sock *sk, int state);

/**
 * Turn reception of packet information on or off (NETLINK_PKTINFO).
 * @param sk	connected socket
 * @param state	non-zero to turn it on, 0 to turn it off
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected; the
 *         translated error of setsockopt() otherwise.
 */
extern int nl_socket_recv_pktinfo(struct nl_sock *sk, int state);

/**
 * Accept replies whatever their sequence number.
 * @param sk	socket
 *
 * Installs an NL_CB_SEQ_CHECK callback that accepts every message in the
 * socket's callback set; needed to receive multicast notifications,
 * which carry sequence number 0.
 */
extern void nl_socket_disable_seq_check(struct nl_sock *sk);

/**
 * Take the next sequence number of a socket.
 * @param sk	socket
 *
 * @return The number to put in a message the caller completes itself;
 *         the socket's counter moves on by one.
 */
extern unsigned int nl_socket_use_seq(struct nl_sock *sk);

/**
 * Stop asking for acknowledgements.
 * @param sk	socket
 *
 * nl_complete_msg() no longer sets NLM_F_ACK and nl_send_sync() returns
 * once the message is sent without waiting for the kernel's answer.
 */
extern void nl_socket_disable_auto_ack(struct nl_sock *sk);

/**
 * Ask for acknowledgements again (the default).
 * @param sk	socket
 *
 * nl_complete_msg() sets NLM_F_ACK on every message it completes.
 */
extern void nl_socket_enable_auto_ack(struct nl_sock *sk);

/**
 * Get the file descriptor of a socket.
 * @param sk	socket
 *
 * @return The descriptor, which stays owned by the socket; -1 when the
 *         socket is not connected.
 */
extern int nl_socket_get_fd(const struct nl_sock *sk);

/**
 * Use an existing netlink socket descriptor instead of nl_connect().
 * @param sk	socket without a descriptor
 * @param protocol	netlink protocol @a fd must have, or -1 to accept
 *		the one it has
 * @param fd	open AF_NETLINK socket descriptor
 *
 * The socket owns @a fd afterwards: nl_close() and nl_socket_free()
 * close it.  The descriptor's bound address is left as it is.
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk already has a
 *         descriptor; -NLE_INVAL when @a fd is negative, not a netlink
 *         socket, or of another protocol than @a protocol; the translated
 *         error of getsockopt() (-NLE_BAD_SOCK for a closed descriptor)
 *         otherwise.
 */
extern int nl_socket_set_fd(struct nl_sock *sk, int protocol, int fd);

/**
 * Put a socket in non-blocking mode.
 * @param sk	connected socket
 *
 * nl_recv() then returns -NLE_AGAIN when nothing is queued instead of
 * waiting.
 *
 * @return 0 on success; -NLE_BAD_SOCK when @a sk is not connected; the
 *         translated error of fcntl() otherwise.
 */
extern int nl_socket_set_nonblocking(const struct nl_sock *sk);

/**
 * Peek at the size of each datagram before reading it.
 * @param sk	socket
 *
 * nl_recv() then never truncates a message, whatever the buffer size;
 * it costs one more system call per read.
 */
extern void nl_socket_enable_msg_peek(struct nl_sock *sk);

/**
 * Read datagrams without peeking at their size.
 * @param sk	socket
 *
 * nl_recv() reads into a buffer of the size set with
 * nl_socket_set_msg_buf_size() (one page by default) and fails with
 * -NLE_MSG_TRUNC for a larger datagram.
 */
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
 * new socket.  See @ref md_doc_dump_consistency "Consistent dumps" for the
 * guarantees.
 * @{
 */

/**
 * Decides what happens after a dump attempt came back interrupted.
 * @param sk	socket the dump runs on
 * @param attempt	attempts made so far (1 after the first)
 * @param err	-NLE_DUMP_INTR (kernel flag) or -NLE_DUMP_INCONSISTENT
 *		(verify mode saw an event)
 * @param arg	the pointer given to nl_socket_set_dump_retry()
 * @return NL_OK to try again, NL_SKIP to accept the last attempt (the
 *         call succeeds, the cache is marked inconsistent), NL_STOP to
 *         give up with -NLE_DUMP_ABORTED.
 */
typedef int (*nl_dump_retry_func_t)(struct nl_sock *sk, unsigned int attempt,
				    int err, void *arg);

/**
 * Install a retry callback for interrupted dumps.
 * @param sk	socket
 * @param func	callback deciding after each interrupted attempt, or NULL
 *		to bring back the default policy
 * @param arg	argument passed to @a func
 *
 * Applies to every consistent-dump operation on @a sk: cache refills and
 * resyncs, buffered requests.  With a callback the library adds no delay
 * between attempts and parses every reply whole, since the callback may
 * accept it.
 */
extern void nl_socket_set_dump_retry(struct nl_sock *sk,
				     nl_dump_retry_func_t func, void *arg);

/**
 * Bound the default retry policy of interrupted dumps.
 * @param sk	socket
 * @param max_attempts	attempts in total, the first included (0: no
 *		limit on attempts); 256 by default
 * @param max_msec	time spent retrying in milliseconds (0: no limit on
 *		time); 20000 by default
 *
 * When a limit is reached the operation fails with
 * -NLE_DUMP_INCONSISTENT and a cache keeps what it held before.
 *
 * @return 0 on success; -NLE_INVAL when both limits are 0 (a dump of a
 *         table that never settles would loop for ever).
 */
extern int nl_socket_set_dump_retry_limit(struct nl_sock *sk,
					  unsigned int max_attempts,
					  unsigned int max_msec);

/**
 * Read the limits of the default retry policy.
 * @param sk	socket
 * @param[out] max_attempts	set to the attempt limit; may be NULL
 * @param[out] max_msec	set to the time limit in milliseconds; may be NULL
 */
extern void nl_socket_get_dump_retry_limit(const struct nl_sock *sk,
					   unsigned int *max_attempts,
					   unsigned int *max_msec);

/** Hold dump replies and re-send interrupted dump requests. */
#define NL_SOCK_DUMP_BUFFERED	(1u << 0)
/** Listen for change events while a cache is refilled. */
#define NL_SOCK_DUMP_VERIFY	(1u << 1)

/**
 * Set the consistent-dump modes of a socket.
 * @param sk	socket
 * @param flags	NL_SOCK_DUMP_BUFFERED and/or NL_SOCK_DUMP_VERIFY, or 0;
 *		replaces the modes set before
 *
 * Buffered mode holds each dump reply until it is complete and re-sends
 * an interrupted request, so callbacks see one complete reply or none.
 * Verify mode counts any event for the cache during a refill as an
 * interruption, for tables the kernel never flags.  Turning buffered mode
 * off forgets the remembered request.
 *
 * @return 0 on success; -NLE_INVAL when @a flags has unknown bits.
 */
extern int nl_socket_set_dump_flags(struct nl_sock *sk, unsigned int flags);

/**
 * Get the consistent-dump modes of a socket.
 * @param sk	socket
 *
 * @return The NL_SOCK_DUMP_* flags set (0 unless set, or NLDUMP asked).
 */
extern unsigned int nl_socket_get_dump_flags(const struct nl_sock *sk);

/**
 * Tell whether the last dump read on a socket was interrupted.
 * @param sk	socket
 *
 * @return 1 when the last dump was flagged NLM_F_DUMP_INTR by the kernel
 *         or failed verification, 0 otherwise.
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
	/** Number of counters, not a counter */
	__NL_DUMP_CNT_MAX,
};

/**
 * Read one consistent-dump counter of a socket.
 * @param sk	socket
 * @param counter	which counter
 *
 * @return The counter's value since the socket was allocated or the
 *         counters were reset; 0 for an unknown counter.
 */
extern uint64_t nl_socket_get_dump_counter(const struct nl_sock *sk,
					   enum nl_dump_counter counter);

/**
 * Set every consistent-dump counter of a socket back to 0.
 * @param sk	socket
 */
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
 * see nl_cache_set_filter() and
 * @ref md_doc_kernel_errors_and_filters "Kernel error messages and filtered dumps".
 * @{
 */

/**
 * Turn the kernel's error messages on or off for a socket.
 * @param sk	socket, connected or not
 * @param state	1 to turn them on (the default), 0 to turn them off
 *
 * Before nl_connect() the state is kept and applied when the socket
 * connects; a kernel that cannot send the messages is then no error.
 *
 * @return 0 on success; the translated error when the connected socket
 *         refuses the option (-NLE_INVAL before Linux 4.12, which
 *         does not know it).
 */
extern int nl_socket_set_ext_ack(struct nl_sock *sk, int state);

/**
 * Get the kernel's message for the last error received on a socket.
 * @param sk	socket
 *
 * @return The text, owned by the socket and valid until the next request
 *         is sent on it or it is freed; NULL when the kernel sent none.
 */
extern const char *nl_socket_get_ext_ack_msg(struct nl_sock *sk);

/**
 * Get where the attribute the kernel rejected lies in the failed request.
 * @param sk	socket
 * @param[out] offset	set to the byte offset from the start of the
 *		request's netlink header; may be NULL
 *
 * @return 0 on success; -NLE_NOATTR when the kernel named no attribute.
 */
extern int nl_socket_get_ext_ack_offset(struct nl_sock *sk, uint32_t *offset);

/**
 * Get the attribute the kernel found missing in the failed request.
 * @param sk	socket
 * @param[out] type	set to the missing attribute's type; may be NULL
 * @param[out] nest	set to the offset of the nest it was missing from,
 *		0 when it was missing at the top level; may be NULL
 *
 * @return 0 on success; -NLE_NOATTR when the kernel named no missing
 *         attribute.
 */
extern int nl_socket_get_ext_ack_missing(struct nl_sock *sk, uint32_t *type,
					 uint32_t *nest);

/**
 * Turn strict checking of dump requests on or off.
 * @param sk	socket, connected or not
 * @param state	1 to turn it on, 0 to turn it off
 *
 * With strict checking (Linux 4.20) the kernel rejects malformed dump
 * requests and filters dumps by the fields they carry, so that caches
 * with a filter (nl_cache_set_filter()) receive only matching objects.
 * Before nl_connect() the state is kept and applied when the socket
 * connects, silently left off on older kernels.
 *
 * @return 0 on success; the translated error when the connected socket
 *         refuses the option.
 */
extern int nl_socket_set_strict_check(struct nl_sock *sk, int state);

/**
 * Tell whether the kernel checks and filters the dumps of a socket.
 * @param sk	socket
 *
 * @return 1 when strict checking is in effect, 0 otherwise (also before
 *         the socket connects).
 */
extern int nl_socket_get_strict_check(const struct nl_sock *sk);

/** @} */

#ifdef __cplusplus
}
#endif

/** @} */

#endif
