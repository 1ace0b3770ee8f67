/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink sockets (struct nl_sock): allocation, the local port, groups,
 * buffer sizes and the per-socket switches of the receive path.
 */

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/socket.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/retry.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

/* ------------------------------------------------------------------ */
/* Local ports                                                          */
/*
 * A process may hold many sockets.  Each gets the port
 * (pid & 0x3fffff) + (index << 22), index 0..1023 taken from a bitmap of
 * the process, so two sockets of one process never share a port; the
 * index is given back when the socket is freed or gets another port.
 * When all 1024 are taken the socket's port reads UINT32_MAX (as in the
 * reference library) and nl_connect() lets the kernel choose one.
 */
#define PORT_SLOTS 1024
#define PORT_SHIFT 22

static pthread_mutex_t port_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t port_map[PORT_SLOTS / 32];
static unsigned int port_next;	/* where the next search starts */
static int port_seeded;

static uint32_t port_alloc(void)
{
	uint32_t pid = (uint32_t)getpid() & ((1u << PORT_SHIFT) - 1);
	uint32_t port = 0;
	unsigned int k, i;

	pthread_mutex_lock(&port_lock);
	if (!port_seeded) {
		/* Spread the start so a recycled pid rarely meets old ports. */
		port_next = ((uint32_t)time(NULL) ^ pid) % PORT_SLOTS;
		port_seeded = 1;
	}
	for (k = 0; k < PORT_SLOTS; k++) {
		i = (port_next + k) % PORT_SLOTS;
		if (port_map[i / 32] & (1u << (i % 32)))
			continue;
		port_map[i / 32] |= 1u << (i % 32);
		port_next = (i + 1) % PORT_SLOTS;
		port = pid + ((uint32_t)i << PORT_SHIFT);
		break;
	}
	pthread_mutex_unlock(&port_lock);
	return port;
}

static void port_release(uint32_t port)
{
	uint32_t i = port >> PORT_SHIFT;

	if (!port || port == NL_PORT_NONE_LEFT)
		return;
	pthread_mutex_lock(&port_lock);
	port_map[i / 32] &= ~(1u << (i % 32));
	pthread_mutex_unlock(&port_lock);
}

/* Give the socket a port from the process's bitmap, or
 * NL_PORT_NONE_LEFT when none is left (NL_OWN_PORT clear either way). */
static void sock_take_port(struct nl_sock *sk)
{
	uint32_t port = port_alloc();

	sk->s_local.nl_pid = port ? port : NL_PORT_NONE_LEFT;
	sk->s_flags &= ~NL_OWN_PORT;
}

static void sock_drop_port(struct nl_sock *sk)
{
	if (!(sk->s_flags & NL_OWN_PORT))
		port_release(sk->s_local.nl_pid);
	sk->s_flags |= NL_OWN_PORT;
}

/* For nl_connect(): the bitmap port clashed with another process. */
void _nl_socket_reroll_port(struct nl_sock *sk)
{
	sock_drop_port(sk);
	sock_take_port(sk);
}

/* ------------------------------------------------------------------ */
/* Allocation                                                           */

static struct nl_sock *sock_new(struct nl_cb *cb)
{
	struct nl_sock *sk = calloc(1, sizeof(*sk));

	if (!sk)
		return NULL;
	sk->s_fd = -1;
	sk->s_cb = nl_cb_get(cb);
	sk->s_local.nl_family = AF_NETLINK;
	sk->s_peer.nl_family = AF_NETLINK;
	sk->s_seq_next = (unsigned int)time(NULL);
	sk->s_seq_expect = sk->s_seq_next;
	sock_take_port(sk);
	_nl_dump_sock_init(sk);
	_nl_ext_ack_init(sk);
	return sk;
}

/**
 * Allocate a netlink socket, not yet connected (see nl_connect()).
 *
 * Its callbacks are of the kind the NLCB environment variable chose
 * (NL_CB_DEFAULT unless set); its local port is unique in the process.
 *
 * @return A socket to release with nl_socket_free(), or NULL without memory.
 */
struct nl_sock *nl_socket_alloc(void)
{
	struct nl_cb *cb = nl_cb_alloc(_nl_cb_default_kind());
	struct nl_sock *sk;

	if (!cb)
		return NULL;
	sk = sock_new(cb);
	nl_cb_put(cb);
	return sk;
}

/**
 * Allocate a netlink socket that uses the callback set @cb.
 * @arg cb	callbacks; the socket takes its own reference.
 *
 * @return A socket, or NULL when @cb is NULL or memory ran out.
 */
struct nl_sock *nl_socket_alloc_cb(struct nl_cb *cb)
{
	if (!cb)
		return NULL;
	return sock_new(cb);
}

/**
 * Close and free a socket, give back its local port and drop its
 * reference on the callbacks.  Accepts NULL.
 */
void nl_socket_free(struct nl_sock *sk)
{
	if (!sk)
		return;
	if (sk->s_fd >= 0)
		close(sk->s_fd);
	sock_drop_port(sk);
	_nl_dump_sock_free(sk);
	_nl_ext_ack_clear(sk);
	_nl_rxpool_free(sk);
	nl_cb_put(sk->s_cb);
	free(sk);
}

/* ------------------------------------------------------------------ */
/* Sequence numbers and acknowledgements                                */

static int seq_check_off(struct nl_msg *msg, void *arg)
{
	return NL_OK;
}

/**
 * Accept replies whatever their sequence number: installs a custom
 * NL_CB_SEQ_CHECK handler that accepts every message.
 */
void nl_socket_disable_seq_check(struct nl_sock *sk)
{
	nl_cb_set(sk->s_cb, NL_CB_SEQ_CHECK, NL_CB_CUSTOM, seq_check_off, NULL);
}

/**
 * Take the next sequence number of the socket.
 * @return The number, for a message the caller sends itself.
 */
unsigned int nl_socket_use_seq(struct nl_sock *sk)
{
	return sk->s_seq_next++;
}

/**
 * Stop asking for acknowledgements (no NLM_F_ACK in completed messages,
 * nl_send_sync() does not wait) and stop checking sequence numbers.
 */
void nl_socket_disable_auto_ack(struct nl_sock *sk)
{
	sk->s_flags |= NL_NO_AUTO_ACK;
}

/** Ask for acknowledgements again (the default). */
void nl_socket_enable_auto_ack(struct nl_sock *sk)
{
	sk->s_flags &= ~NL_NO_AUTO_ACK;
}

/* ------------------------------------------------------------------ */
/* Addresses                                                            */

/**
 * The socket's local port: the one it is bound to once connected; before,
 * the one it will ask for, UINT32_MAX when the process has used up its
 * pool of 1024 (nl_connect() then lets the kernel choose).
 */
uint32_t nl_socket_get_local_port(const struct nl_sock *sk)
{
	return sk->s_local.nl_pid;
}

/**
 * Set the local port.  @port 0 takes a fresh port from the process's
 * pool; any other value is used as given and never given back to it.
 * Takes effect at the next nl_connect().
 */
void nl_socket_set_local_port(struct nl_sock *sk, uint32_t port)
{
	sock_drop_port(sk);
	if (port) {
		sk->s_local.nl_pid = port;
		sk->s_flags |= NL_OWN_PORT;
	} else {
		sock_take_port(sk);
	}
}

/** The port messages are sent to (0: the kernel). */
uint32_t nl_socket_get_peer_port(const struct nl_sock *sk)
{
	return sk->s_peer.nl_pid;
}

/** Send messages to @port (0: the kernel). */
void nl_socket_set_peer_port(struct nl_sock *sk, uint32_t port)
{
	sk->s_peer.nl_pid = port;
}

/** The multicast groups messages are sent to (bit mask). */
uint32_t nl_socket_get_peer_groups(const struct nl_sock *sk)
{
	return sk->s_peer.nl_groups;
}

/** Send messages to the groups of the bit mask @groups. */
void nl_socket_set_peer_groups(struct nl_sock *sk, uint32_t groups)
{
	sk->s_peer.nl_groups = groups;
}

/* ------------------------------------------------------------------ */
/* Multicast membership                                                 */

static int memberships(struct nl_sock *sk, int opt, int group, va_list ap)
{
	if (sk->s_fd == -1)
		return -NLE_BAD_SOCK;
	for (; group; group = va_arg(ap, int)) {
		if (group < 0)
			return -NLE_INVAL;
		if (setsockopt(sk->s_fd, SOL_NETLINK, opt, &group,
			       sizeof(group)) < 0) {
			NL_DBG(4, "setsockopt(%d, group %d): %s\n", opt, group,
			       strerror(errno));
			return -nl_syserr2nlerr(errno);
		}
	}
	return 0;
}

/**
 * Join multicast groups: a list of group numbers ended by 0.
 *
 * @return 0, -NLE_BAD_SOCK when not connected, -NLE_INVAL for a negative
 * group, or the translated error of the kernel.
 */
int nl_socket_add_memberships(struct nl_sock *sk, int group, ...)
{
	va_list ap;
	int err;

	va_start(ap, group);
	err = memberships(sk, NETLINK_ADD_MEMBERSHIP, group, ap);
	va_end(ap);
	return err;
}

/** Join one multicast group; see nl_socket_add_memberships(). */
int nl_socket_add_membership(struct nl_sock *sk, int group)
{
	return nl_socket_add_memberships(sk, group, 0);
}

/**
 * Leave multicast groups: a list of group numbers ended by 0.
 * @return As nl_socket_add_memberships().
 */
int nl_socket_drop_memberships(struct nl_sock *sk, int group, ...)
{
	va_list ap;
	int err;

	va_start(ap, group);
	err = memberships(sk, NETLINK_DROP_MEMBERSHIP, group, ap);
	va_end(ap);
	return err;
}

/** Leave one multicast group; see nl_socket_drop_memberships(). */
int nl_socket_drop_membership(struct nl_sock *sk, int group)
{
	return nl_socket_drop_memberships(sk, group, 0);
}

/**
 * Join the first 32 groups of the bit mask @groups, the old way: takes
 * effect at nl_connect() (bind).  Prefer nl_socket_add_memberships().
 */
void nl_join_groups(struct nl_sock *sk, int groups)
{
	sk->s_local.nl_groups |= (uint32_t)groups;
}

/* ------------------------------------------------------------------ */
/* Callbacks                                                            */

/** A new reference on the socket's callbacks (release with nl_cb_put()). */
struct nl_cb *nl_socket_get_cb(const struct nl_sock *sk)
{
	return nl_cb_get(sk->s_cb);
}

/** Use the callback set @cb (the socket takes a reference; NULL is refused). */
void nl_socket_set_cb(struct nl_sock *sk, struct nl_cb *cb)
{
	if (!cb) {
		APPBUG("nl_socket_set_cb() with a NULL callback set");
		return;
	}
	nl_cb_get(cb);
	nl_cb_put(sk->s_cb);
	sk->s_cb = cb;
}

/** nl_cb_set() on the socket's callbacks. */
int nl_socket_modify_cb(struct nl_sock *sk, enum nl_cb_type type,
			enum nl_cb_kind kind, nl_recvmsg_msg_cb_t func,
			void *arg)
{
	return nl_cb_set(sk->s_cb, type, kind, func, arg);
}

/** nl_cb_err() on the socket's callbacks. */
int nl_socket_modify_err_cb(struct nl_sock *sk, enum nl_cb_kind kind,
			    nl_recvmsg_err_cb_t func, void *arg)
{
	return nl_cb_err(sk->s_cb, kind, func, arg);
}

/* ------------------------------------------------------------------ */
/* File descriptor and options                                          */

/** The socket's file descriptor, -1 when not connected. */
int nl_socket_get_fd(const struct nl_sock *sk)
{
	return sk->s_fd;
}

/**
 * Use an existing netlink socket @fd instead of nl_connect().
 * @arg protocol	the netlink protocol @fd must have, or -1 to take
 *			whatever it has.
 *
 * The socket owns @fd afterwards (closed by nl_close()/nl_socket_free()).
 *
 * @return 0; -NLE_BAD_SOCK when the socket already has a descriptor or
 * @fd is not open; -NLE_INVAL when @fd is negative, not a netlink socket,
 * or of another protocol; other translated errors of getsockopt().
 */
int nl_socket_set_fd(struct nl_sock *sk, int protocol, int fd)
{
	int domain = -1, proto = -1;
	socklen_t len;

	if (sk->s_fd != -1)
		return -NLE_BAD_SOCK;
	if (fd < 0)
		return -NLE_INVAL;

	len = sizeof(domain);
	if (getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len) < 0)
		return -nl_syserr2nlerr(errno);
	if (domain != AF_NETLINK)
		return -NLE_INVAL;

	len = sizeof(proto);
	if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) < 0)
		return -nl_syserr2nlerr(errno);
	if (protocol >= 0 && proto != protocol)
		return -NLE_INVAL;

	sk->s_fd = fd;
	sk->s_proto = proto;
	/* A descriptor of the caller's keeps its options unless asked. */
	if (sk->s_ext.want == 1 || sk->s_ext.strict_want)
		_nl_ext_ack_apply(sk);
	return 0;
}

/**
 * Make reads and writes on the socket non-blocking: nl_recv() then
 * returns -NLE_AGAIN when nothing is queued.
 * @return 0, -NLE_BAD_SOCK when not connected, or a translated error.
 */
int nl_socket_set_nonblocking(const struct nl_sock *sk)
{
	int fl;

	if (sk->s_fd == -1)
		return -NLE_BAD_SOCK;
	fl = fcntl(sk->s_fd, F_GETFL);
	if (fl < 0 || fcntl(sk->s_fd, F_SETFL, fl | O_NONBLOCK) < 0)
		return -nl_syserr2nlerr(errno);
	return 0;
}

/**
 * Set the kernel's send and receive buffer sizes of the socket in bytes
 * (values <= 0 mean 32768).  Done by nl_connect() with the defaults
 * unless called before.
 * @return 0, -NLE_BAD_SOCK when not connected, or a translated error.
 */
int nl_socket_set_buffer_size(struct nl_sock *sk, int rxbuf, int txbuf)
{
	if (rxbuf <= 0)
		rxbuf = 32768;
	if (txbuf <= 0)
		txbuf = 32768;
	if (sk->s_fd == -1)
		return -NLE_BAD_SOCK;
	if (setsockopt(sk->s_fd, SOL_SOCKET, SO_SNDBUF, &txbuf,
		       sizeof(txbuf)) < 0)
		return -nl_syserr2nlerr(errno);
	if (setsockopt(sk->s_fd, SOL_SOCKET, SO_RCVBUF, &rxbuf,
		       sizeof(rxbuf)) < 0)
		return -nl_syserr2nlerr(errno);
	sk->s_flags |= NL_SOCK_BUFSIZE_SET;
	return 0;
}

/**
 * Size of the buffer nl_recv() reads into; 0 (the default) means one
 * page, grown as needed when message peeking is on.  A non-zero size
 * turns default peeking off (see nl_socket_enable_msg_peek()).
 * @return 0.
 */
int nl_socket_set_msg_buf_size(struct nl_sock *sk, size_t bufsize)
{
	sk->s_bufsize = bufsize;
	return 0;
}

/** The size set by nl_socket_set_msg_buf_size() (0 by default). */
size_t nl_socket_get_msg_buf_size(struct nl_sock *sk)
{
	return sk->s_bufsize;
}

/**
 * Receive the sender's credentials with each message (SO_PASSCRED).
 * @return 0, -NLE_BAD_SOCK when not connected, or a translated error.
 */
int nl_socket_set_passcred(struct nl_sock *sk, int state)
{
	if (sk->s_fd == -1)
		return -NLE_BAD_SOCK;
	if (setsockopt(sk->s_fd, SOL_SOCKET, SO_PASSCRED, &state,
		       sizeof(state)) < 0)
		return -nl_syserr2nlerr(errno);
	if (state)
		sk->s_flags |= NL_SOCK_PASSCRED;
	else
		sk->s_flags &= ~NL_SOCK_PASSCRED;
	return 0;
}

/**
 * Receive packet information with each message (NETLINK_PKTINFO).
 * @return 0, -NLE_BAD_SOCK when not connected, or a translated error.
 */
int nl_socket_recv_pktinfo(struct nl_sock *sk, int state)
{
	if (sk->s_fd == -1)
		return -NLE_BAD_SOCK;
	if (setsockopt(sk->s_fd, SOL_NETLINK, NETLINK_PKTINFO, &state,
		       sizeof(state)) < 0)
		return -nl_syserr2nlerr(errno);
	return 0;
}

/**
 * Peek at each message's size before reading it, so that no message is
 * ever truncated whatever the buffer size.
 */
void nl_socket_enable_msg_peek(struct nl_sock *sk)
{
	sk->s_flags |= NL_MSG_PEEK | NL_MSG_PEEK_EXPLICIT;
}

/** Do not peek: a message larger than the buffer fails with -NLE_MSG_TRUNC. */
void nl_socket_disable_msg_peek(struct nl_sock *sk)
{
	sk->s_flags |= NL_MSG_PEEK_EXPLICIT;
	sk->s_flags &= ~NL_MSG_PEEK;
}
