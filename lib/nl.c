/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Connecting, sending and receiving: the core of libnl-3.
 *
 * The receive loop (nl_recvmsgs*) hands every message to the callbacks in
 * upstream's order: NL_CB_MSG_IN, the sequence check (NL_CB_SEQ_CHECK or
 * the default one), NL_CB_DUMP_INTR, NL_CB_SEND_ACK, then by type
 * NL_CB_FINISH, NL_CB_SKIPPED, NL_CB_OVERRUN, the error callback or
 * NL_CB_ACK, NL_CB_VALID.  On top of upstream, consistent dumps (see
 * doc/dump-consistency.md, R1-R5): the NLM_F_DUMP_INTR flag is noticed on
 * any message, an interrupted dump is always read to its end, a real error
 * is never hidden behind -NLE_DUMP_INTR, and in buffered mode whole
 * replies are held and interrupted ones re-requested.
 */

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <malloc.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>
#include <netlink/object.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/retry.h"

/* ------------------------------------------------------------------ */
/* Connecting                                                           */

/**
 * Create the socket's file descriptor for netlink @protocol and bind it.
 *
 * The kernel buffers are set to 32 KiB unless nl_socket_set_buffer_size()
 * was used; the local port is the socket's (when another process holds
 * the pooled one, another is taken).  The descriptor is close-on-exec.
 *
 * @return 0; -NLE_BAD_SOCK when already connected; the translated error of
 * socket()/bind() (e.g. -NLE_PROTO_MISMATCH for an unknown protocol,
 * -NLE_EXIST for a port in use); -NLE_NOADDR or -NLE_AF_NOSUPPORT when
 * the kernel reports a strange address.  On error the socket stays
 * unconnected.
 */
int nl_connect(struct nl_sock *sk, int protocol)
{
	struct sockaddr_nl local;
	socklen_t len;
	int err, tries;

	if (sk->s_fd != -1)
		return -NLE_BAD_SOCK;
	sk->s_fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);
	if (sk->s_fd < 0) {
		err = -nl_syserr2nlerr(errno);
		goto fail;
	}
	if (!(sk->s_flags & NL_SOCK_BUFSIZE_SET)) {
		err = nl_socket_set_buffer_size(sk, 0, 0);
		if (err < 0)
			goto fail;
	}

	/* A pooled port may clash with a process of another pid namespace
	 * or with a socket bound by hand: try other pooled ports, then let
	 * the kernel choose.  A port set by the user is used or fails. */
	for (tries = 0;; tries++) {
		struct sockaddr_nl want = sk->s_local;

		if (!(sk->s_flags & NL_OWN_PORT) &&
		    want.nl_pid == NL_PORT_NONE_LEFT)
			want.nl_pid = 0;
		if (bind(sk->s_fd, (struct sockaddr *)&want, sizeof(want)) == 0)
			break;
		if (errno != EADDRINUSE || (sk->s_flags & NL_OWN_PORT) ||
		    tries >= 32) {
			err = -nl_syserr2nlerr(errno);
			goto fail;
		}
		NL_DBG(4, "port %u in use, trying another\n",
		       sk->s_local.nl_pid);
		_nl_socket_reroll_port(sk);
	}

	len = sizeof(local);
	if (getsockname(sk->s_fd, (struct sockaddr *)&local, &len) < 0) {
		err = -nl_syserr2nlerr(errno);
		goto fail;
	}
	if (len != sizeof(local)) {
		err = -NLE_NOADDR;
		goto fail;
	}
	if (local.nl_family != AF_NETLINK) {
		err = -NLE_AF_NOSUPPORT;
		goto fail;
	}
	if (local.nl_pid != sk->s_local.nl_pid) {
		/* The kernel chose: not a port of our pool. */
		nl_socket_set_local_port(sk, local.nl_pid);
	}
	sk->s_local = local;
	sk->s_proto = protocol;
	_nl_ext_ack_apply(sk);
	return 0;

fail:
	if (sk->s_fd >= 0) {
		close(sk->s_fd);
		sk->s_fd = -1;
	}
	return err;
}

/**
 * Close the socket's file descriptor.  The socket keeps its settings and
 * local port and can be connected again.
 */
void nl_close(struct nl_sock *sk)
{
	if (sk->s_fd >= 0) {
		close(sk->s_fd);
		sk->s_fd = -1;
	}
	sk->s_proto = 0;
}

/* ------------------------------------------------------------------ */
/* Sending                                                              */

static inline int cb_run(struct nl_cb *cb, enum nl_cb_type type, struct nl_msg *msg)
{
	int ret;

	cb->cb_active = type;
	ret = cb->cb_set[type](msg, cb->cb_args[type]);
	cb->cb_active = NL_CB_TYPE_MAX + 1;
	return ret;
}

/**
 * Send @size raw bytes to the socket's peer.
 * @return Bytes sent; -NLE_INVAL without @buf; -NLE_BAD_SOCK when not
 * connected; a translated error of sendto().
 */
int nl_sendto(struct nl_sock *sk, void *buf, size_t size)
{
	ssize_t n;

	if (!buf)
		return -NLE_INVAL;
	if (sk->s_fd < 0)
		return -NLE_BAD_SOCK;
	n = sendto(sk->s_fd, buf, size, 0, (struct sockaddr *)&sk->s_peer,
		   sizeof(sk->s_peer));
	if (n < 0)
		return -nl_syserr2nlerr(errno);
	_nl_ext_ack_clear(sk);

	if ((sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED) &&
	    size >= sizeof(struct nlmsghdr) &&
	    ((struct nlmsghdr *)buf)->nlmsg_len <= size &&
	    ((struct nlmsghdr *)buf)->nlmsg_len >= sizeof(struct nlmsghdr)) {
		struct nl_msg *msg = nlmsg_convert(buf);

		if (msg) {
			msg->nm_protocol = sk->s_proto;
			_nl_dump_remember(sk, msg);
			nlmsg_free(msg);
		}
	}
	return (int)n;
}

static int sendmsg_raw(struct nl_sock *sk, struct nl_msg *msg,
		       struct msghdr *hdr)
{
	struct nl_cb *cb = sk->s_cb;
	ssize_t n;
	int ret;

	if (sk->s_fd < 0)
		return -NLE_BAD_SOCK;
	nlmsg_set_src(msg, &sk->s_local);
	if (cb->cb_set[NL_CB_MSG_OUT]) {
		ret = cb_run(cb, NL_CB_MSG_OUT, msg);
		if (ret != NL_OK)
			return ret;
	}
	n = sendmsg(sk->s_fd, hdr, 0);
	if (n < 0) {
		NL_DBG(4, "sendmsg: %s\n", strerror(errno));
		return -nl_syserr2nlerr(errno);
	}
	NL_DBG(4, "sent %zd bytes\n", n);
	_nl_ext_ack_clear(sk);
	return (int)n;
}

/**
 * Send @msg with the message header @hdr as given (the caller fills the
 * destination and iovec).  Runs NL_CB_MSG_OUT first: a value other than
 * NL_OK is returned without sending.
 * @return Bytes sent or a negative error (-NLE_BAD_SOCK, translated errno).
 */
int nl_sendmsg(struct nl_sock *sk, struct nl_msg *msg, struct msghdr *hdr)
{
	int ret = sendmsg_raw(sk, msg, hdr);

	if (ret >= 0)
		_nl_dump_remember(sk, msg);
	return ret;
}

static int send_iovec_raw(struct nl_sock *sk, struct nl_msg *msg,
			  struct iovec *iov, unsigned int iovlen)
{
	struct sockaddr_nl *dst = nlmsg_get_dst(msg);
	struct ucred *creds = nlmsg_get_creds(msg);
	union {
		char buf[CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} ctrl;
	struct msghdr hdr = {
		.msg_name = &sk->s_peer,
		.msg_namelen = sizeof(struct sockaddr_nl),
		.msg_iov = iov,
		.msg_iovlen = iovlen,
	};

	/* A destination set on the message wins over the socket's peer. */
	if (dst->nl_family == AF_NETLINK)
		hdr.msg_name = dst;
	if (creds) {
		struct cmsghdr *cm;

		memset(&ctrl, 0, sizeof(ctrl));
		hdr.msg_control = ctrl.buf;
		hdr.msg_controllen = sizeof(ctrl.buf);
		cm = CMSG_FIRSTHDR(&hdr);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_CREDENTIALS;
		cm->cmsg_len = CMSG_LEN(sizeof(struct ucred));
		memcpy(CMSG_DATA(cm), creds, sizeof(struct ucred));
	}
	return sendmsg_raw(sk, msg, &hdr);
}

/**
 * Send @msg with the data of @iov: to the message's destination when one
 * is set (nlmsg_set_dst()), else to the socket's peer, with the message's
 * credentials when set.
 * @return Bytes sent or a negative error.
 */
int nl_send_iovec(struct nl_sock *sk, struct nl_msg *msg, struct iovec *iov,
		  unsigned int iovlen)
{
	int ret = send_iovec_raw(sk, msg, iov, iovlen);

	if (ret >= 0)
		_nl_dump_remember(sk, msg);
	return ret;
}

/* nl_send() without remembering the request (buffered re-sends). */
static int send_plain(struct nl_sock *sk, struct nl_msg *msg)
{
	struct nl_cb *cb = sk->s_cb;
	struct iovec iov;

	if (cb->cb_send_ow) {
		_nl_ext_ack_clear(sk);
		return cb->cb_send_ow(sk, msg);
	}
	iov.iov_base = nlmsg_hdr(msg);
	iov.iov_len = nlmsg_hdr(msg)->nlmsg_len;
	return send_iovec_raw(sk, msg, &iov, 1);
}

/**
 * Send @msg as it is (see nl_send_auto() to complete it first), through
 * the send function of the socket's callbacks when one was set with
 * nl_cb_overwrite_send().  In buffered dump mode a dump request is kept
 * to be re-sent if its reply comes back interrupted.
 * @return Bytes sent or a negative error.
 */
int nl_send(struct nl_sock *sk, struct nl_msg *msg)
{
	int ret = send_plain(sk, msg);

	if (ret >= 0)
		_nl_dump_remember(sk, msg);
	return ret;
}

/**
 * Fill in what the caller left to the socket: the local port when the
 * header's is NL_AUTO_PORT, the next sequence number when it is
 * NL_AUTO_SEQ, the protocol, NLM_F_REQUEST, and NLM_F_ACK unless auto-ack
 * is off.
 */
void nl_complete_msg(struct nl_sock *sk, struct nl_msg *msg)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	if (nlh->nlmsg_pid == NL_AUTO_PORT)
		nlh->nlmsg_pid = nl_socket_get_local_port(sk);
	if (nlh->nlmsg_seq == NL_AUTO_SEQ)
		nlh->nlmsg_seq = sk->s_seq_next++;
	if (msg->nm_protocol == -1)
		msg->nm_protocol = sk->s_proto;
	nlh->nlmsg_flags |= NLM_F_REQUEST;
	if (!(sk->s_flags & NL_NO_AUTO_ACK))
		nlh->nlmsg_flags |= NLM_F_ACK;
}

/** Old name of nl_complete_msg(). */
void nl_auto_complete(struct nl_sock *sk, struct nl_msg *msg)
{
	nl_complete_msg(sk, msg);
}

/**
 * nl_complete_msg() then nl_send().  The caller keeps @msg.
 * @return Bytes sent or a negative error.
 */
int nl_send_auto(struct nl_sock *sk, struct nl_msg *msg)
{
	nl_complete_msg(sk, msg);
	return nl_send(sk, msg);
}

/** Old name of nl_send_auto(). */
int nl_send_auto_complete(struct nl_sock *sk, struct nl_msg *msg)
{
	return nl_send_auto(sk, msg);
}

/**
 * Send @msg (completed) and wait for the kernel's acknowledgement unless
 * auto-ack is off.  Always frees @msg.
 * @return 0, or a negative error (a kernel error translated, e.g.
 * -NLE_EXIST).
 */
int nl_send_sync(struct nl_sock *sk, struct nl_msg *msg)
{
	int err = nl_send_auto(sk, msg);

	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/**
 * Build a message of @type and @flags with @size bytes of @buf as payload,
 * complete it and send it.
 * @return Bytes sent, -NLE_NOMEM, or a send error.
 */
int nl_send_simple(struct nl_sock *sk, int type, int flags, void *buf,
		   size_t size)
{
	struct nl_msg *msg = nlmsg_alloc_simple(type, flags);
	int err;

	if (!msg)
		return -NLE_NOMEM;
	if (buf && size) {
		err = nlmsg_append(msg, buf, size, NLMSG_ALIGNTO);
		if (err < 0) {
			nlmsg_free(msg);
			return err;
		}
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err;
}

/* ------------------------------------------------------------------ */
/* Reading bytes                                                        */

/* ------------------------------------------------------------------ */
/* Receive buffers                                                      */
/*
 * Buffers of datagrams read by the library go back to a list on the
 * socket instead of to malloc.  A whole reply (a cache fill after an
 * interruption, buffered mode) is some megabytes freed at once; malloc
 * would return those pages to the kernel, and the next reply, most often
 * the retry of the interrupted dump, would fault every page in again
 * while the dump is open, making that one likelier to be interrupted too.
 * At most RX_POOL_MAX buffers of RX_BLOCK bytes (8 MiB) are kept; they are
 * freed with the socket.
 */
#define RX_BLOCK	32768
#define RX_POOL_MAX	256

static void *rx_block_get(struct nl_sock *sk, size_t size)
{
	void **b = sk->s_rxpool;

	if (!b || size > RX_BLOCK)
		return malloc(size);
	sk->s_rxpool = *b;
	sk->s_rxpool_n--;
	return b;
}

static void rx_block_put(struct nl_sock *sk, void *buf)
{
	if (!buf)
		return;
	if (sk->s_rxpool_n >= RX_POOL_MAX ||
	    malloc_usable_size(buf) < RX_BLOCK) {
		free(buf);
		return;
	}
	*(void **)buf = sk->s_rxpool;
	sk->s_rxpool = buf;
	sk->s_rxpool_n++;
}

/* Free the buffers kept on @sk (nl_socket_free()). */
void _nl_rxpool_free(struct nl_sock *sk)
{
	void **b, **next;

	for (b = sk->s_rxpool; b; b = next) {
		next = *b;
		free(b);
	}
	sk->s_rxpool = NULL;
	sk->s_rxpool_n = 0;
}

static int recv_datagram(struct nl_sock *sk, struct sockaddr_nl *nla,
			 unsigned char **buf, struct ucred **creds, int wait);

/**
 * Read one datagram of netlink messages.
 * @arg nla	receives the sender's address.
 * @arg buf	receives a malloc()ed buffer the caller frees.
 * @arg creds	when not NULL and credentials passing is on, receives a
 *		malloc()ed copy of the sender's credentials (or NULL).
 *
 * With message peeking (on by default while no buffer size is set) the
 * buffer grows to fit the datagram; without, a datagram larger than the
 * buffer fails with -NLE_MSG_TRUNC.  Interrupted reads are resumed.
 *
 * @return Bytes read; 0 when nothing (end of stream); -NLE_BAD_SOCK when
 * not connected; -NLE_AGAIN on a non-blocking socket with nothing queued;
 * -NLE_NOMEM; -NLE_NOADDR for a strange sender address; other translated
 * errors of recvmsg().
 */
int nl_recv(struct nl_sock *sk, struct sockaddr_nl *nla, unsigned char **buf,
	    struct ucred **creds)
{
	return recv_datagram(sk, nla, buf, creds, 0);
}

/* nl_recv(), with @wait (0 or MSG_DONTWAIT) added to every recvmsg(). */
static int recv_datagram(struct nl_sock *sk, struct sockaddr_nl *nla,
			 unsigned char **buf, struct ucred **creds, int wait)
{
	struct sockaddr_nl local_nla;
	/* Without a set size, start at 32 KiB: the kernel sizes the datagrams
	 * of a dump after the largest buffer a reader offered (up to 32 KiB),
	 * so a page-sized buffer would get a dump in eight times as many
	 * datagrams, each one a syscall and a resumption of the dump.  Peeking
	 * still grows the buffer for anything larger. */
	size_t size = sk->s_bufsize ? sk->s_bufsize :
		      ((size_t)getpagesize() > 32768 ? (size_t)getpagesize() :
						       32768);
	size_t ctrl_size = CMSG_SPACE(sizeof(struct ucred)) + 64;
	bool peek = (sk->s_flags & NL_MSG_PEEK) ||
		    (!(sk->s_flags & NL_MSG_PEEK_EXPLICIT) && !sk->s_bufsize);
	/* A cache fill reading its dump on a socket left to the default: no
	 * peek, one syscall per datagram.  The kernel makes a dump's
	 * datagrams no larger than the largest buffer a reader offered,
	 * capped at 32 KiB, unless one message needs more (links with many
	 * VFs); such a datagram is lost and reported (s_rx_nopeek.lost), and
	 * the socket peeks from then on. */
	bool nopeek = peek && sk->s_rx_nopeek.on && !sk->s_rx_nopeek.never &&
		      !(sk->s_flags & NL_MSG_PEEK);
	int flags;

	if (nopeek) {
		peek = false;
		if (sk->s_rx_nopeek.size && sk->s_rx_nopeek.size < size)
			size = sk->s_rx_nopeek.size;
	}
	flags = peek ? (MSG_PEEK | MSG_TRUNC) : 0;
	unsigned char *data = NULL;
	void *ctrl = NULL;
	struct msghdr mh;
	struct iovec iov;
	struct cmsghdr *cm;
	ssize_t n;
	int ret;

	if (!nla)
		nla = &local_nla;
	if (creds)
		*creds = NULL;
	*buf = NULL;
	if (sk->s_fd < 0)
		return -NLE_BAD_SOCK;

	data = rx_block_get(sk, size);
	ctrl = malloc(ctrl_size);
	if (!data || !ctrl) {
		ret = -NLE_NOMEM;
		goto fail;
	}

	for (;;) {
		memset(nla, 0, sizeof(*nla));
		memset(&mh, 0, sizeof(mh));
		iov.iov_base = data;
		/* the peek only asks for the size: no bytes are copied */
		iov.iov_len = flags ? 0 : size;
		mh.msg_name = nla;
		mh.msg_namelen = sizeof(*nla);
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		mh.msg_control = ctrl;
		mh.msg_controllen = ctrl_size;

		n = recvmsg(sk->s_fd, &mh, flags | wait);
		if (n < 0) {
			if (errno == EINTR) {
				NL_DBG(3, "recvmsg() interrupted, again\n");
				continue;
			}
			ret = -nl_syserr2nlerr(errno);
			goto fail;
		}
		if (n == 0) {
			ret = 0;
			goto fail;
		}
		if ((mh.msg_flags & MSG_CTRUNC) && peek && flags) {
			void *bigger = realloc(ctrl, ctrl_size * 2);

			if (!bigger) {
				ret = -NLE_NOMEM;
				goto fail;
			}
			ctrl = bigger;
			ctrl_size *= 2;
			continue;
		}
		if ((size_t)n > size || (!flags && (mh.msg_flags & MSG_TRUNC))) {
			unsigned char *bigger;

			if (!flags) {
				/* Not peeking: the rest of it is gone. */
				if (nopeek) {
					NL_DBG(2, "a datagram larger than %zu "
						  "bytes lost, peeking from now "
						  "on\n", size);
					sk->s_rx_nopeek.lost = 1;
					sk->s_rx_nopeek.never = 1;
				}
				ret = -NLE_MSG_TRUNC;
				goto fail;
			}
			bigger = realloc(data, (size_t)n);
			if (!bigger) {
				ret = -NLE_NOMEM;
				goto fail;
			}
			data = bigger;
			size = (size_t)n;
			continue;
		}
		if (flags) {
			/* The peek says it fits: now really read it. */
			flags = 0;
			continue;
		}
		break;
	}

	if (mh.msg_namelen != sizeof(struct sockaddr_nl)) {
		ret = -NLE_NOADDR;
		goto fail;
	}
	if (creds && (sk->s_flags & NL_SOCK_PASSCRED)) {
		for (cm = CMSG_FIRSTHDR(&mh); cm; cm = CMSG_NXTHDR(&mh, cm)) {
			if (cm->cmsg_level != SOL_SOCKET ||
			    cm->cmsg_type != SCM_CREDENTIALS ||
			    cm->cmsg_len < CMSG_LEN(sizeof(struct ucred)))
				continue;
			*creds = malloc(sizeof(struct ucred));
			if (!*creds) {
				ret = -NLE_NOMEM;
				goto fail;
			}
			memcpy(*creds, CMSG_DATA(cm), sizeof(struct ucred));
			break;
		}
	}
	free(ctrl);
	*buf = data;
	return (int)n;

fail:
	free(ctrl);
	free(data);
	return ret;
}

/*
 * After a datagram of the dump requested with sequence number @seq was
 * lost (s_rx_nopeek): read the rest of the reply without waiting and
 * throw it away.  While a dump runs, each read makes the kernel queue its
 * next datagram, so an empty queue means the dump has ended, its end
 * possibly in the lost datagram.  The expected sequence number moves past
 * the reply either way.
 */
void _nl_rx_drain_lost(struct nl_sock *sk, unsigned int seq)
{
	bool ended = false;

	/* the socket peeks now (s_rx_nopeek.never): nothing more is lost */
	while (!ended) {
		struct sockaddr_nl nla;
		const struct nlmsghdr *hdr;
		unsigned char *buf;
		int n = recv_datagram(sk, &nla, &buf, NULL, MSG_DONTWAIT);

		if (n <= 0)
			break;
		for (hdr = (const struct nlmsghdr *)buf; NLMSG_OK(hdr, n);
		     hdr = NLMSG_NEXT(hdr, n)) {
			if (hdr->nlmsg_seq == seq &&
			    (hdr->nlmsg_type == NLMSG_DONE ||
			     hdr->nlmsg_type == NLMSG_ERROR)) {
				ended = true;
				break;
			}
		}
		rx_block_put(sk, buf);
	}
	NL_DBG(2, "rest of dump %u drained (%s)\n", seq,
	       ended ? "its end read" : "its end was lost");
	if (sk->s_seq_expect == seq)
		sk->s_seq_expect++;
}

/* ------------------------------------------------------------------ */
/* The receive loop                                                     */

/* One datagram read and held (buffered mode). */
struct held {
	struct held *next;
	unsigned char *buf;
	int len;
	struct sockaddr_nl nla;
	struct ucred *creds;
};

static void held_free(struct nl_sock *sk, struct held *h)
{
	struct held *next;

	for (; h; h = next) {
		next = h->next;
		rx_block_put(sk, h->buf);
		free(h->creds);
		free(h);
	}
}

struct rx {
	struct nl_sock *sk;
	struct nl_cb *cb;
	struct held *replay;	/* read these instead of the socket */
	bool replaying;
	int nrecv;		/* messages handed to the callbacks */
	int err;		/* first real error, 0 if none */
	bool stop;		/* end the read (NL_STOP, error) */
	bool multipart;		/* a multipart reply goes on */
	bool intr;		/* flagged, and no NL_CB_DUMP_INTR handler */
	bool intr_seen;		/* flagged at all in this read */
	bool dump_ended;	/* DONE or an error ended the reply */
	bool draining;		/* discard up to the end of the dump */
	bool accept_intr;	/* the retry callback accepted it */
};

/*
 * Datagrams read ahead and held: the whole reply to a dump request
 * (buffered mode, cache fills after an interruption).
 */
struct collect {
	struct held *head, **tail;
	bool intr;		/* a message of the reply was flagged */
	bool error;		/* the reply ended with a kernel error */
	bool ended;		/* the datagram ending the reply was read */
	bool any_done;		/* a DONE or an error of any sequence ends it */
	uint32_t seq;		/* of the request */
	size_t bytes;		/* held */
	unsigned int terminals;	/* DONE/ERROR/NOOP/OVERRUN messages */
};

static void collect_init(struct collect *c, uint32_t seq, bool any_done)
{
	memset(c, 0, sizeof(*c));
	c->tail = &c->head;
	c->seq = seq;
	c->any_done = any_done;
}

/* Take what @c holds; @c is empty again. */
static struct held *collect_take(struct collect *c)
{
	struct held *h = c->head;

	c->head = NULL;
	c->tail = &c->head;
	c->bytes = 0;
	return h;
}

/* nlmsg_ok() and nlmsg_next(), without a call per message. */
static inline bool rx_msg_ok(const struct nlmsghdr *hdr, int left)
{
	return left >= (int)sizeof(*hdr) && hdr->nlmsg_len >= sizeof(*hdr) &&
	       hdr->nlmsg_len <= (unsigned int)left;
}

static inline struct nlmsghdr *rx_msg_next(struct nlmsghdr *hdr, int *left)
{
	int len = NLMSG_ALIGN(hdr->nlmsg_len);

	*left -= len;
	return (struct nlmsghdr *)((unsigned char *)hdr + len);
}

static bool is_terminal_type(uint16_t type);
static bool is_error_reply(const struct nlmsghdr *hdr);

/* Note what the datagram @h says about the reply. */
static void collect_scan(struct collect *c, const struct held *h)
{
	const struct nlmsghdr *hdr = (const struct nlmsghdr *)h->buf;
	int left = h->len;

	for (; rx_msg_ok(hdr, left);
	     hdr = rx_msg_next((struct nlmsghdr *)hdr, &left)) {
		bool done = hdr->nlmsg_type == NLMSG_DONE ||
			    hdr->nlmsg_type == NLMSG_ERROR;

		if (is_terminal_type(hdr->nlmsg_type))
			c->terminals++;
		if (hdr->nlmsg_seq != c->seq) {
			if (c->any_done && done)
				c->ended = true;
			continue;
		}
		if (hdr->nlmsg_flags & NLM_F_DUMP_INTR)
			c->intr = true;
		if (is_error_reply(hdr))
			c->error = true;
		if (done || (!(hdr->nlmsg_flags & NLM_F_MULTI) &&
			     hdr->nlmsg_type != NLMSG_NOOP))
			c->ended = true;
	}
}

/*
 * Read datagrams of the socket (through @cb's recv replacement when set)
 * until the reply has ended.  A failed read returns its error with what
 * was read before held.
 */
static int collect_reply(struct nl_sock *sk, struct nl_cb *cb,
			 struct collect *c)
{
	while (!c->ended) {
		struct held *h = calloc(1, sizeof(*h));

		if (!h)
			return -NLE_NOMEM;
		memset(&h->nla, 0, sizeof(h->nla));
		if (cb->cb_recv_ow)
			h->len = cb->cb_recv_ow(sk, &h->nla, &h->buf, &h->creds);
		else
			h->len = nl_recv(sk, &h->nla, &h->buf, &h->creds);
		if (h->len <= 0) {
			int err = h->len ? h->len : -NLE_MSG_TRUNC;

			rx_block_put(sk, h->buf);
			free(h->creds);
			free(h);
			return err;
		}
		*c->tail = h;
		c->tail = &h->next;
		c->bytes += (size_t)h->len;
		collect_scan(c, h);
	}
	return 0;
}

/* Read the next datagram: from the held list when replaying. */
static int rx_read(struct rx *rx, struct sockaddr_nl *nla, unsigned char **buf,
		   struct ucred **creds)
{
	struct nl_cb *cb = rx->cb;

	*buf = NULL;
	*creds = NULL;
	if (rx->replaying) {
		struct held *h = rx->replay;
		int len;

		if (!h)
			return 0;
		rx->replay = h->next;
		*nla = h->nla;
		*buf = h->buf;
		*creds = h->creds;
		len = h->len;
		free(h);
		return len;
	}
	memset(nla, 0, sizeof(*nla));
	if (cb->cb_recv_ow)
		return cb->cb_recv_ow(rx->sk, nla, buf, creds);
	return nl_recv(rx->sk, nla, buf, creds);
}

static bool is_terminal_type(uint16_t type)
{
	return type == NLMSG_DONE || type == NLMSG_ERROR ||
	       type == NLMSG_NOOP || type == NLMSG_OVERRUN;
}

/* An error message that carries a (non-zero) error. */
static bool is_error_reply(const struct nlmsghdr *hdr)
{
	return hdr->nlmsg_type == NLMSG_ERROR &&
	       hdr->nlmsg_len >= NLMSG_LENGTH(sizeof(struct nlmsgerr)) &&
	       ((const struct nlmsgerr *)NLMSG_DATA(hdr))->error;
}

/*
 * Before any callback: the interruption flag is noticed on any message
 * (R1), and a DONE or an error ends the dump; the socket remembers whether
 * the last dump was interrupted (R3).
 */
static void rx_note(struct rx *rx, const struct nlmsghdr *hdr)
{
	if (hdr->nlmsg_type == NLMSG_ERROR || hdr->nlmsg_type == NLMSG_DONE)
		_nl_ext_ack_record(rx->sk, hdr);
	if (hdr->nlmsg_flags & NLM_F_DUMP_INTR) {
		rx->intr_seen = true;
		rx->sk->s_dump.last_intr = 1;
	}
	if (hdr->nlmsg_type == NLMSG_DONE || is_error_reply(hdr)) {
		rx->dump_ended = true;
		rx->sk->s_dump.last_intr = rx->intr_seen;
	}
}

/* Bookkeeping of a message read while draining: no callbacks. */
static void rx_drain_one(struct rx *rx, const struct nlmsghdr *hdr)
{
	rx_note(rx, hdr);
	if (is_terminal_type(hdr->nlmsg_type))
		rx->sk->s_seq_expect++;
	if (hdr->nlmsg_type == NLMSG_ERROR)
		rx->dump_ended = true;
}

enum step { STEP_NEXT, STEP_SKIP, STEP_STOP };

/* What a callback's return value means for the loop (NL_OK: go on). */
static enum step rx_verdict(struct rx *rx, int ret)
{
	switch (ret) {
	case NL_OK:
		return STEP_NEXT;
	case NL_SKIP:
		return STEP_SKIP;
	case NL_STOP:
		rx->stop = true;
		return STEP_STOP;
	default:
		rx->err = ret;
		rx->stop = true;
		return STEP_STOP;
	}
}

static inline enum step rx_call(struct rx *rx, enum nl_cb_type type,
			 struct nl_msg *msg)
{
	return rx_verdict(rx, cb_run(rx->cb, type, msg));
}

static void rx_fail(struct rx *rx, int err)
{
	rx->err = err;
	rx->stop = true;
}

#define STEP(expr)                                                             \
	do {                                                                   \
		enum step _s = (expr);                                         \
		if (_s != STEP_NEXT)                                           \
			return;                                                \
	} while (0)

/* Hand one message to the callbacks, in upstream's order. */
static void rx_message(struct rx *rx, struct nlmsghdr *hdr,
		       struct nl_msg *msg)
{
	struct nl_sock *sk = rx->sk;
	struct nl_cb *cb = rx->cb;

	/* Most messages of a dump: data, not flagged, no ACK asked for, the
	 * expected sequence number, and no callback that runs before
	 * NL_CB_VALID.  For those only the multipart bit and NL_CB_VALID
	 * are left of the steps below. */
	if (hdr->nlmsg_type >= NLMSG_MIN_TYPE &&
	    !(hdr->nlmsg_flags & (NLM_F_DUMP_INTR | NLM_F_ACK)) &&
	    !cb->cb_set[NL_CB_MSG_IN] && !cb->cb_set[NL_CB_SEQ_CHECK] &&
	    (hdr->nlmsg_seq == sk->s_seq_expect ||
	     (sk->s_flags & NL_NO_AUTO_ACK))) {
		if (hdr->nlmsg_flags & NLM_F_MULTI)
			rx->multipart = true;
		if (cb->cb_set[NL_CB_VALID])
			rx_call(rx, NL_CB_VALID, msg);
		return;
	}

	rx_note(rx, hdr);
	if ((hdr->nlmsg_flags & NLM_F_DUMP_INTR) && !cb->cb_set[NL_CB_DUMP_INTR])
		rx->intr = true;

	if (cb->cb_set[NL_CB_MSG_IN])
		STEP(rx_call(rx, NL_CB_MSG_IN, msg));

	if (cb->cb_set[NL_CB_SEQ_CHECK]) {
		STEP(rx_call(rx, NL_CB_SEQ_CHECK, msg));
	} else if (!(sk->s_flags & NL_NO_AUTO_ACK) &&
		   hdr->nlmsg_seq != sk->s_seq_expect) {
		if (cb->cb_set[NL_CB_INVALID]) {
			STEP(rx_call(rx, NL_CB_INVALID, msg));
		} else {
			rx_fail(rx, -NLE_SEQ_MISMATCH);
			return;
		}
	}

	if (is_terminal_type(hdr->nlmsg_type))
		sk->s_seq_expect++;
	if (hdr->nlmsg_flags & NLM_F_MULTI)
		rx->multipart = true;

	if ((hdr->nlmsg_flags & NLM_F_DUMP_INTR) && cb->cb_set[NL_CB_DUMP_INTR])
		STEP(rx_call(rx, NL_CB_DUMP_INTR, msg));

	if ((hdr->nlmsg_flags & NLM_F_ACK) && cb->cb_set[NL_CB_SEND_ACK])
		STEP(rx_call(rx, NL_CB_SEND_ACK, msg));

	switch (hdr->nlmsg_type) {
	case NLMSG_DONE:
		rx->multipart = false;
		if (cb->cb_set[NL_CB_FINISH])
			STEP(rx_call(rx, NL_CB_FINISH, msg));
		return;
	case NLMSG_NOOP:
		if (cb->cb_set[NL_CB_SKIPPED])
			STEP(rx_call(rx, NL_CB_SKIPPED, msg));
		return;
	case NLMSG_OVERRUN:
		if (cb->cb_set[NL_CB_OVERRUN])
			STEP(rx_call(rx, NL_CB_OVERRUN, msg));
		else
			rx_fail(rx, -NLE_MSG_OVERFLOW);
		return;
	case NLMSG_ERROR: {
		struct nlmsgerr *e = nlmsg_data(hdr);
		int ret;

		if (hdr->nlmsg_len < NLMSG_LENGTH(sizeof(*e))) {
			/* Too short to hold the error: never trust it. */
			if (cb->cb_set[NL_CB_INVALID])
				STEP(rx_call(rx, NL_CB_INVALID, msg));
			else
				rx_fail(rx, -NLE_MSG_TRUNC);
			return;
		}
		if (!e->error) {
			if (cb->cb_set[NL_CB_ACK])
				STEP(rx_call(rx, NL_CB_ACK, msg));
			return;
		}
		/* An error ends a multipart reply too: never wait for more. */
		rx->multipart = false;
		if (!cb->cb_err) {
			rx_fail(rx, -nl_syserr2nlerr(e->error));
			return;
		}
		cb->cb_active = NL_CB_TYPE_MAX + 1;
		ret = cb->cb_err(&msg->nm_src, e, cb->cb_err_arg);
		if (ret < 0)
			rx_fail(rx, ret);
		else if (ret == NL_STOP)
			rx_fail(rx, -nl_syserr2nlerr(e->error));
		return;
	}
	default:
		if (cb->cb_set[NL_CB_VALID])
			STEP(rx_call(rx, NL_CB_VALID, msg));
		return;
	}
}

/*
 * A callback kept the borrowed message @msg: give it its own bytes and
 * let the callback have it.  Without memory it gets an empty message.
 */
static void rx_release_kept(struct rx *rx, struct nl_msg *msg)
{
	static struct nlmsghdr empty = { .nlmsg_len = NLMSG_HDRLEN };

	if (_nlmsg_own(msg) < 0) {
		msg->nm_nlh = &empty;
		msg->nm_size = NLMSG_HDRLEN;
		rx_fail(rx, -NLE_NOMEM);
	}
	nlmsg_free(msg);
}

/* Point @msg at @hdr, a message of a receive buffer, with the sender's
 * address and credentials; one reference. */
static inline void rx_wrap(struct nl_msg *msg, struct nlmsghdr *hdr,
			   int protocol, const struct sockaddr_nl *src,
			   const struct ucred *creds)
{
	msg->nm_protocol = protocol;
	msg->nm_flags = 0;
	msg->nm_src = *src;
	memset(&msg->nm_dst, 0, sizeof(msg->nm_dst));
	if (creds) {
		msg->nm_creds = *creds;
		msg->nm_flags = NL_MSG_CRED_PRESENT;
	}
	msg->nm_nlh = hdr;
	msg->nm_size = NLMSG_ALIGN(hdr->nlmsg_len);
	msg->nm_refcnt = 1;
	msg->nm_borrowed = true;
}

/*
 * Walk the messages of one datagram.  Each is handed to the callbacks in
 * place, through one wrapper reused from message to message while no
 * callback keeps a reference to it.
 */
static void rx_batch(struct rx *rx, unsigned char *buf, int len,
		     struct sockaddr_nl *nla, struct ucred *creds)
{
	struct nlmsghdr *hdr = (struct nlmsghdr *)buf;
	struct nl_msg *msg = NULL;
	int left = len;

	while (rx_msg_ok(hdr, left)) {
		struct nlmsghdr *next;

		if (rx->stop && !rx->draining)
			break;
		if (rx->draining) {
			if (rx->dump_ended)
				break;
			rx_drain_one(rx, hdr);
			hdr = rx_msg_next(hdr, &left);
			continue;
		}

		NL_DBG(3, "message type %u, %u bytes\n", hdr->nlmsg_type,
		       hdr->nlmsg_len);
		rx->nrecv++;
		if (!msg) {
			msg = calloc(1, sizeof(*msg));
			if (!msg) {
				rx_fail(rx, -NLE_NOMEM);
				break;
			}
		}
		/* where the next message starts, whatever callbacks do */
		next = rx_msg_next(hdr, &left);
		rx_wrap(msg, hdr, rx->sk->s_proto, nla, creds);
		rx_message(rx, hdr, msg);
		if (_nl_ref_read(&msg->nm_refcnt) != 1 || !msg->nm_borrowed) {
			rx_release_kept(rx, msg);
			msg = NULL;
		}

		/* An interrupted dump is read to its end whatever made us
		 * stop (R2), so the next request never reads its leftovers. */
		if (rx->stop && rx->intr_seen && !rx->dump_ended)
			rx->draining = true;
		hdr = next;
	}
	free(msg);
}

static int rx_run(struct rx *rx)
{
	struct sockaddr_nl nla;
	unsigned char *buf;
	struct ucred *creds;
	int n;

	for (;;) {
		n = rx_read(rx, &nla, &buf, &creds);
		if (n < 0) {
			/* A dead socket: nothing more can be drained. */
			if (!rx->err)
				rx->err = n;
			break;
		}
		if (n == 0) {
			rx_block_put(rx->sk, buf);
			free(creds);
			break;
		}
		rx_batch(rx, buf, n, &nla, creds);
		rx_block_put(rx->sk, buf);
		free(creds);
		if (rx->draining) {
			if (rx->dump_ended)
				break;
			continue;
		}
		if (rx->stop || !rx->multipart)
			break;
	}

	held_free(rx->sk, rx->replay);
	rx->replay = NULL;

	if (rx->err)
		return rx->err;
	if (rx->intr && !rx->accept_intr)
		return -NLE_DUMP_INTR;
	return rx->nrecv;
}

/* ------------------------------------------------------------------ */
/* Buffered mode (R5)                                                   */
/*
 * The reply to the remembered dump request is read whole into memory
 * (every datagram, as read) before any callback runs.  Memory: the whole
 * reply is held, about what the kernel sends (for example some 1.5 KB per
 * link, ~100 bytes per address or route), plus one copy of the request.
 * An interrupted reply is dropped and the request sent again with a new
 * sequence number under the retry policy; the sequence counter is moved as
 * if the dropped reply had been processed, so the default check holds.
 */

static int recv_buffered(struct nl_sock *sk, struct nl_cb *cb)
{
	struct nl_msg *req = sk->s_dump.req;
	struct nl_dump_run run;
	struct collect c;
	struct rx rx = { .sk = sk, .cb = cb, .replaying = true };
	int err;

	_nl_dump_run_start(&run, sk);
	for (;;) {
		collect_init(&c, nlmsg_hdr(req)->nlmsg_seq, false);
		err = collect_reply(sk, cb, &c);
		if (err < 0) {
			held_free(sk, c.head);
			_nl_dump_run_failed(&run);
			goto out;
		}
		if (!c.intr) {
			sk->s_dump.last_intr = 0;
			break;
		}
		sk->s_dump.last_intr = 1;
		err = _nl_dump_run_retry(&run, -NLE_DUMP_INTR);
		if (err == NL_SKIP) {
			rx.accept_intr = true;
			break;
		}
		held_free(sk, c.head);
		sk->s_seq_expect += c.terminals;
		if (err < 0)
			goto out;

		nlmsg_hdr(req)->nlmsg_seq = sk->s_seq_next++;
		err = send_plain(sk, req);
		if (err < 0) {
			_nl_dump_run_failed(&run);
			goto out;
		}
	}

	/* Forget the request before any callback runs: a callback may send. */
	sk->s_dump.req = NULL;
	nlmsg_free(req);
	rx.replay = c.head;
	return rx_run(&rx);

out:
	if (sk->s_dump.req == req) {
		sk->s_dump.req = NULL;
		nlmsg_free(req);
	}
	return err;
}

/* ------------------------------------------------------------------ */
/* Cache fills: whole replies                                           */
/*
 * A cache whose dumps came back interrupted reads each reply whole before
 * parsing it (@whole): the dump then stays open no longer than the kernel
 * takes to send it, instead of also waiting for the parser between its
 * batches, so a change during it is less likely; and with @drop_intr an
 * interrupted reply that carries no kernel error is dropped unparsed
 * (-NLE_DUMP_INTR, the sequence counter moved as if it had been read).
 * The reply is held in memory meanwhile, as in buffered mode.  Without
 * @whole, or with a recvmsgs replacement or buffered mode on the socket,
 * this is nl_recvmsgs_report().
 */
int _nl_recv_dump(struct nl_sock *sk, struct nl_cb *cb, bool whole,
		  bool drop_intr)
{
	struct rx rx = { .sk = sk, .cb = cb, .replaying = true };
	struct collect c;
	int err;

	if (!whole || cb->cb_recvmsgs_ow ||
	    ((sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED) && sk->s_dump.req))
		return nl_recvmsgs_report(sk, cb);

	/* the request just sent; a DONE or an error of another sequence
	 * number ends the reply as well, so a request sent with a number of
	 * its own cannot leave us waiting */
	collect_init(&c, sk->s_seq_next - 1, true);
	err = collect_reply(sk, cb, &c);
	if (err < 0) {
		held_free(sk, collect_take(&c));
		return err;
	}
	if (c.intr && !c.error && drop_intr) {
		NL_DBG(3, "dump interrupted: %zu bytes dropped unparsed\n",
		       c.bytes);
		held_free(sk, collect_take(&c));
		sk->s_seq_expect += c.terminals;
		sk->s_dump.last_intr = 1;
		return -NLE_DUMP_INTR;
	}
	rx.replay = collect_take(&c);
	return rx_run(&rx);
}

/* ------------------------------------------------------------------ */
/* Public receive functions                                             */

/**
 * Receive messages and hand them to the callbacks of @cb until the reply
 * ends (a multipart reply is read to NLMSG_DONE) or a callback stops.
 *
 * Uses @cb's recvmsgs replacement when set.  An interrupted dump is read
 * to its end even when a callback stopped early.  In buffered dump mode
 * the reply to the last dump request is held and re-requested as the
 * retry policy says.
 *
 * @return The number of messages handed to the callbacks, or a negative
 * error: a read error, a kernel error translated, -NLE_SEQ_MISMATCH,
 * -NLE_MSG_TRUNC, -NLE_MSG_OVERFLOW, a callback's error value,
 * -NLE_DUMP_INTR when the dump was interrupted and nothing worse happened
 * (not when an NL_CB_DUMP_INTR handler is set), -NLE_DUMP_INCONSISTENT or
 * -NLE_DUMP_ABORTED in buffered mode.
 */
int nl_recvmsgs_report(struct nl_sock *sk, struct nl_cb *cb)
{
	struct rx rx = { .sk = sk, .cb = cb };

	if (cb->cb_recvmsgs_ow)
		return cb->cb_recvmsgs_ow(sk, cb);
	if ((sk->s_dump.flags & NL_SOCK_DUMP_BUFFERED) && sk->s_dump.req)
		return recv_buffered(sk, cb);
	return rx_run(&rx);
}

/**
 * As nl_recvmsgs_report() but returns 0 instead of a message count.
 */
int nl_recvmsgs(struct nl_sock *sk, struct nl_cb *cb)
{
	int err = nl_recvmsgs_report(sk, cb);

	return err > 0 ? 0 : err;
}

/** nl_recvmsgs() with the socket's own callbacks. */
int nl_recvmsgs_default(struct nl_sock *sk)
{
	return nl_recvmsgs(sk, sk->s_cb);
}

static int ack_stop(struct nl_msg *msg, void *arg)
{
	return NL_STOP;
}

/**
 * Receive until the kernel's acknowledgement (NLMSG_ERROR with error 0),
 * with the socket's callbacks for everything else.
 * @return 0 or a negative error (a kernel error translated).
 */
int nl_wait_for_ack(struct nl_sock *sk)
{
	struct nl_cb *cb = nl_cb_clone(sk->s_cb);
	int err;

	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, ack_stop, NULL);
	err = nl_recvmsgs(sk, cb);
	nl_cb_put(cb);
	return err;
}

struct pickup {
	int (*parser)(struct nl_cache_ops *, struct sockaddr_nl *,
		      struct nlmsghdr *, struct nl_parser_param *);
	struct nl_object *result;
	int *syserror;
};

static int pickup_store(struct nl_object *obj, struct nl_parser_param *pp)
{
	struct pickup *p = pp->pp_arg;

	nl_object_get(obj);
	if (p->result)
		nl_object_put(p->result);
	p->result = obj;
	return 0;
}

static int pickup_valid(struct nl_msg *msg, void *arg)
{
	struct nl_parser_param pp = { .pp_cb = pickup_store, .pp_arg = arg };
	struct pickup *p = arg;

	return p->parser(NULL, &msg->nm_src, nlmsg_hdr(msg), &pp);
}

static int pickup_error(struct sockaddr_nl *nla, struct nlmsgerr *e,
			void *arg)
{
	struct pickup *p = arg;

	*p->syserror = e->error;
	return -nl_syserr2nlerr(e->error);
}

/**
 * Receive one reply, parse it with @parser and return the object.
 * @arg result		receives the parsed object (the caller holds a
 *			reference), unset on error.
 * @arg syserror	when not NULL, receives the kernel's error number
 *			(negative errno) if the kernel answers with an error.
 * @return 0 or a negative error.
 */
int nl_pickup_keep_syserr(struct nl_sock *sk,
			  int (*parser)(struct nl_cache_ops *,
					struct sockaddr_nl *, struct nlmsghdr *,
					struct nl_parser_param *),
			  struct nl_object **result, int *syserror)
{
	struct pickup p = { .parser = parser, .syserror = syserror };
	struct nl_cb *cb = nl_cb_clone(sk->s_cb);
	int err;

	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, pickup_valid, &p);
	if (syserror) {
		*syserror = 0;
		nl_cb_err(cb, NL_CB_CUSTOM, pickup_error, &p);
	}
	err = nl_recvmsgs(sk, cb);
	nl_cb_put(cb);
	if (err < 0) {
		if (p.result)
			nl_object_put(p.result);
		return err;
	}
	*result = p.result;
	return 0;
}

/** nl_pickup_keep_syserr() without the kernel's error number. */
int nl_pickup(struct nl_sock *sk,
	      int (*parser)(struct nl_cache_ops *, struct sockaddr_nl *,
			    struct nlmsghdr *, struct nl_parser_param *),
	      struct nl_object **result)
{
	return nl_pickup_keep_syserr(sk, parser, result, NULL);
}
