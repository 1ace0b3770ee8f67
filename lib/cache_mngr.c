/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The cache manager: keeps a set of caches current from the kernel's
 * events.
 *
 * Two sockets: an event socket joined to the multicast groups of every
 * managed cache type (non-blocking; read by nl_cache_mngr_data_ready()),
 * and a synchronous socket for the dumps that fill the caches.  Caches are
 * filled with nl_cache_refill() (atomic, under the sync socket's retry
 * policy).  When the event socket overruns (the kernel dropped events:
 * ENOBUFS, -NLE_NOMEM from the receive path) the manager throws away what
 * is still queued and resyncs every cache with nl_cache_resync(), so the
 * change callbacks hear what the lost events would have told.
 */

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/handlers.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/cache.h"

#define NASSOC_INIT 16
#define NASSOC_EXPAND 8
/* cm_flags: the manager allocated the sync socket (private, as upstream) */
#define NL_ALLOCATED_SYNC_SOCK 4
/* Resyncs after overruns within one nl_cache_mngr_data_ready() call. */
#define MAX_OVERRUN_RESYNCS 8

static int include_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct nl_cache_assoc *ca = p->pp_arg;
	struct nl_cache *cache = ca->ca_cache;
	struct nl_cache_ops *ops = cache->c_ops;

	if (ops->co_event_filter && ops->co_event_filter(cache, obj) != NL_OK)
		return 0;
	if (ops->co_include_event)
		return ops->co_include_event(cache, obj, ca->ca_change,
					     ca->ca_change_v2,
					     ca->ca_change_data);
	if (ca->ca_change_v2)
		return nl_cache_include_v2(cache, obj, ca->ca_change_v2,
					   ca->ca_change_data);
	return nl_cache_include(cache, obj, ca->ca_change, ca->ca_change_data);
}

/* NL_CB_VALID of the event socket: hand the event to its cache. */
static int event_input(struct nl_msg *msg, void *arg)
{
	struct nl_cache_mngr *mngr = arg;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nl_parser_param p = { .pp_cb = include_cb };
	int i, err;

	if (nlmsg_get_proto(msg) != mngr->cm_protocol)
		BUG();
	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache *cache = mngr->cm_assocs[i].ca_cache;

		if (!cache || !nl_msgtype_lookup(cache->c_ops,
						 nlh->nlmsg_type))
			continue;
		p.pp_arg = &mngr->cm_assocs[i];
		err = nl_cache_parse(cache->c_ops, NULL, nlh, &p);
		if (err < 0)
			NL_DBG(1, "cache manager: event of type %u ignored: "
				  "%s\n", nlh->nlmsg_type, nl_geterror(err));
		return NL_OK;
	}
	return NL_SKIP;
}

/**
 * As nl_cache_mngr_alloc_ex() with a sync socket the manager allocates.
 */
int nl_cache_mngr_alloc(struct nl_sock *sk, int protocol, int flags,
			struct nl_cache_mngr **result)
{
	return nl_cache_mngr_alloc_ex(sk, NULL, protocol, flags, result);
}

/**
 * Allocate a cache manager for netlink @protocol.
 * @arg sk	socket for events, or NULL to let the manager allocate one.
 *		The manager connects it (when not connected), turns its
 *		sequence check off and makes it non-blocking.
 * @arg sync_sk	socket for the dumps that fill the caches, or NULL.
 * @arg flags	NL_AUTO_PROVIDE: provide every managed cache (see
 *		nl_cache_mngt_provide()).
 *
 * Sockets the manager allocated are freed with it; sockets given are
 * closed by nl_cache_mngr_free() but not freed.
 *
 * @return 0 and the manager in @result; -NLE_NOMEM; errors of connecting.
 */
int nl_cache_mngr_alloc_ex(struct nl_sock *sk, struct nl_sock *sync_sk,
			   int protocol, int flags,
			   struct nl_cache_mngr **result)
{
	struct nl_cache_mngr *mngr;
	int err = -NLE_NOMEM;

	mngr = calloc(1, sizeof(*mngr));
	if (!mngr)
		return -NLE_NOMEM;
	mngr->cm_protocol = protocol;
	mngr->cm_flags = flags & ~(NL_ALLOCATED_SOCK | NL_ALLOCATED_SYNC_SOCK);
	mngr->cm_nassocs = NASSOC_INIT;
	mngr->cm_assocs = calloc(NASSOC_INIT, sizeof(*mngr->cm_assocs));
	if (!mngr->cm_assocs)
		goto fail;

	if (!sk) {
		sk = nl_socket_alloc();
		if (!sk)
			goto fail;
		mngr->cm_flags |= NL_ALLOCATED_SOCK;
	}
	mngr->cm_sock = sk;
	if (!sync_sk) {
		sync_sk = nl_socket_alloc();
		if (!sync_sk)
			goto fail;
		mngr->cm_flags |= NL_ALLOCATED_SYNC_SOCK;
	}
	mngr->cm_sync_sock = sync_sk;

	nl_socket_disable_seq_check(sk);
	if (nl_socket_get_fd(sk) < 0) {
		err = nl_connect(sk, protocol);
		if (err < 0)
			goto fail;
	}
	err = nl_socket_set_nonblocking(sk);
	if (err < 0)
		goto fail;
	if (nl_socket_get_fd(sync_sk) < 0) {
		err = nl_connect(sync_sk, protocol);
		if (err < 0)
			goto fail;
	}

	NL_DBG(1, "allocated cache manager %p, protocol %d\n", (void *)mngr,
	       protocol);
	*result = mngr;
	return 0;

fail:
	nl_cache_mngr_free(mngr);
	return err;
}

static void drop_memberships(struct nl_cache_mngr *mngr,
			     struct nl_af_group *grp)
{
	for (; grp->ag_group; grp++)
		nl_socket_drop_membership(mngr->cm_sock, grp->ag_group);
}

static int add_assoc(struct nl_cache_mngr *mngr, struct nl_cache *cache,
		     change_func_t cb, change_func_v2_t cb_v2, void *data)
{
	struct nl_cache_ops *ops = cache->c_ops;
	struct nl_af_group *grp;
	int i, slot = -1, err;

	if (!ops)
		return -NLE_INVAL;
	if (ops->co_protocol != mngr->cm_protocol)
		return -NLE_PROTO_MISMATCH;
	if (!ops->co_groups)
		return -NLE_OPNOTSUPP;
	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache *c = mngr->cm_assocs[i].ca_cache;

		if (c && c->c_ops == ops)
			return -NLE_EXIST;
		if (!c && slot < 0)
			slot = i;
	}
	if (slot < 0) {
		struct nl_cache_assoc *more;
		int n = mngr->cm_nassocs + NASSOC_EXPAND;

		more = realloc(mngr->cm_assocs, (size_t)n * sizeof(*more));
		if (!more)
			return -NLE_NOMEM;
		memset(more + mngr->cm_nassocs, 0,
		       NASSOC_EXPAND * sizeof(*more));
		mngr->cm_assocs = more;
		slot = mngr->cm_nassocs;
		mngr->cm_nassocs = n;
	}

	for (grp = ops->co_groups; grp->ag_group; grp++) {
		err = nl_socket_add_membership(mngr->cm_sock, grp->ag_group);
		if (err < 0) {
			struct nl_af_group *g;

			for (g = ops->co_groups; g != grp; g++)
				nl_socket_drop_membership(mngr->cm_sock,
							  g->ag_group);
			return err;
		}
	}

	/* Joined first: events from now on are queued, the dump follows. */
	err = nl_cache_refill(mngr->cm_sync_sock, cache);
	if (err < 0) {
		drop_memberships(mngr, ops->co_groups);
		return err;
	}

	mngr->cm_assocs[slot].ca_cache = cache;
	mngr->cm_assocs[slot].ca_change = cb;
	mngr->cm_assocs[slot].ca_change_v2 = cb_v2;
	mngr->cm_assocs[slot].ca_change_data = data;
	if (mngr->cm_flags & NL_AUTO_PROVIDE)
		nl_cache_mngt_provide(cache);
	NL_DBG(1, "cache manager %p: managing cache %p <%s>\n", (void *)mngr,
	       (void *)cache, nl_cache_name(cache));
	return 0;
}

/**
 * Let the manager keep @cache current: join its type's multicast groups,
 * fill it (nl_cache_refill() through the sync socket), then apply events
 * and tell @cb about each change.  The manager owns @cache from then on and
 * frees it with itself.
 *
 * @return 0; -NLE_INVAL (cache without type); -NLE_PROTO_MISMATCH;
 * -NLE_OPNOTSUPP (type without groups); -NLE_EXIST (a cache of that type
 * is managed already); -NLE_NOMEM; errors of the fill.
 */
int nl_cache_mngr_add_cache(struct nl_cache_mngr *mngr, struct nl_cache *cache,
			    change_func_t cb, void *data)
{
	return add_assoc(mngr, cache, cb, NULL, data);
}

/** As nl_cache_mngr_add_cache() with a change_func_v2_t callback. */
int nl_cache_mngr_add_cache_v2(struct nl_cache_mngr *mngr,
			       struct nl_cache *cache, change_func_v2_t cb,
			       void *data)
{
	return add_assoc(mngr, cache, NULL, cb, data);
}

/**
 * Allocate a cache of the type named @name and let the manager keep it
 * current (see nl_cache_mngr_add_cache()).  The cache, returned in
 * @result, belongs to the manager.
 *
 * @return 0; -NLE_NOCACHE for an unknown type; the errors of
 * nl_cache_mngr_add_cache().
 */
int nl_cache_mngr_add(struct nl_cache_mngr *mngr, const char *name,
		      change_func_t cb, void *data, struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	err = nl_cache_alloc_name(name, &cache);
	if (err < 0)
		return err;
	err = nl_cache_mngr_add_cache(mngr, cache, cb, data);
	if (err < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/** @return The file descriptor of the manager's event socket. */
int nl_cache_mngr_get_fd(struct nl_cache_mngr *mngr)
{
	return nl_socket_get_fd(mngr->cm_sock);
}

/**
 * Wait up to @timeout milliseconds (negative: for ever) for events and
 * apply them (see nl_cache_mngr_data_ready()).
 *
 * @return The number of messages handled (0 on timeout), or a negative
 * error.
 */
int nl_cache_mngr_poll(struct nl_cache_mngr *mngr, int timeout)
{
	struct pollfd fds = {
		.fd = nl_socket_get_fd(mngr->cm_sock),
		.events = POLLIN,
	};
	int ret;

	ret = poll(&fds, 1, timeout);
	if (ret < 0)
		return -nl_syserr2nlerr(errno);
	if (ret == 0)
		return 0;
	return nl_cache_mngr_data_ready(mngr);
}

/* Throw away what the event socket still holds (after an overrun the
 * queue is older than the resync that follows). */
static void drain_events(struct nl_cache_mngr *mngr)
{
	unsigned char buf[4096];
	int fd = nl_socket_get_fd(mngr->cm_sock);

	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);

		if (n > 0 || (n < 0 && (errno == EINTR || errno == ENOBUFS)))
			continue;
		break;
	}
}

/* Events were lost: resync every managed cache (C3). */
static void resync_all(struct nl_cache_mngr *mngr)
{
	int i, err;

	drain_events(mngr);
	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache_assoc *ca = &mngr->cm_assocs[i];

		if (!ca->ca_cache)
			continue;
		if (ca->ca_change_v2)
			err = nl_cache_resync_v2(mngr->cm_sync_sock,
						 ca->ca_cache,
						 ca->ca_change_v2,
						 ca->ca_change_data);
		else
			err = nl_cache_resync(mngr->cm_sync_sock, ca->ca_cache,
					      ca->ca_change,
					      ca->ca_change_data);
		if (err < 0)
			NL_DBG(1, "cache manager: resync of <%s> failed: %s\n",
			       nl_cache_name(ca->ca_cache), nl_geterror(err));
	}
}

/**
 * Read and apply every event queued on the event socket, without
 * blocking.  When the socket overran (events were lost), every managed
 * cache is resynced with change callbacks for what differs.
 *
 * @return The number of messages handled, or a negative error of the
 * read.
 */
int nl_cache_mngr_data_ready(struct nl_cache_mngr *mngr)
{
	struct nl_cb *cb;
	int n, nread = 0, resyncs = 0;

	cb = nl_cb_clone(mngr->cm_sock->s_cb);
	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, event_input, mngr);

	for (;;) {
		n = nl_recvmsgs_report(mngr->cm_sock, cb);
		if (n > 0) {
			nread += n;
			continue;
		}
		if (n == -NLE_NOMEM && resyncs < MAX_OVERRUN_RESYNCS) {
			NL_DBG(1, "cache manager %p: events lost, resyncing\n",
			       (void *)mngr);
			resyncs++;
			resync_all(mngr);
			continue;
		}
		break;
	}
	nl_cb_put(cb);

	if (n < 0 && n != -NLE_AGAIN)
		return n;
	return nread;
}

/** Print the manager's state and its caches as @p says. */
void nl_cache_mngr_info(struct nl_cache_mngr *mngr, struct nl_dump_params *p)
{
	char buf[32];
	int i;

	nl_dump_line(p, "cache-manager <%p>\n", (void *)mngr);
	nl_dump_line(p, "  .protocol = %s\n",
		     nl_nlfamily2str(mngr->cm_protocol, buf, sizeof(buf)));
	nl_dump_line(p, "  .flags    = %#x\n", mngr->cm_flags);
	nl_dump_line(p, "  .nassocs  = %u\n", mngr->cm_nassocs);
	nl_dump_line(p, "  .sock     = <%p>\n", (void *)mngr->cm_sock);

	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache_assoc *ca = &mngr->cm_assocs[i];

		if (!ca->ca_cache)
			continue;
		nl_dump_line(p, "  .cache[%d] = <%p> {\n", i,
			     (void *)ca->ca_cache);
		nl_dump_line(p, "    .name = %s\n", ca->ca_cache->c_ops->co_name);
		nl_dump_line(p, "    .change_func = <%p>\n",
			     (void *)ca->ca_change);
		if (ca->ca_change_v2)
			nl_dump_line(p, "    .change_func_v2 = <%p>\n",
				     (void *)ca->ca_change_v2);
		nl_dump_line(p, "    .change_data = <%p>\n",
			     ca->ca_change_data);
		nl_dump_line(p, "    .nitems = %u\n",
			     nl_cache_nitems(ca->ca_cache));
		nl_dump_line(p, "    .objects = {\n");
		p->dp_prefix += 6;
		nl_cache_dump(ca->ca_cache, p);
		p->dp_prefix -= 6;
		nl_dump_line(p, "    }\n");
		nl_dump_line(p, "  }\n");
	}
}

/**
 * Free the manager: its caches (unprovided first), and the sockets it
 * allocated; sockets that were given are closed but not freed.  NULL is
 * ignored.
 */
void nl_cache_mngr_free(struct nl_cache_mngr *mngr)
{
	int i;

	if (!mngr)
		return;
	if (mngr->cm_sock)
		nl_close(mngr->cm_sock);
	if (mngr->cm_sync_sock)
		nl_close(mngr->cm_sync_sock);
	if (mngr->cm_flags & NL_ALLOCATED_SOCK)
		nl_socket_free(mngr->cm_sock);
	if (mngr->cm_flags & NL_ALLOCATED_SYNC_SOCK)
		nl_socket_free(mngr->cm_sync_sock);

	for (i = 0; mngr->cm_assocs && i < mngr->cm_nassocs; i++) {
		struct nl_cache *cache = mngr->cm_assocs[i].ca_cache;

		if (!cache)
			continue;
		if (__nl_cache_mngt_require(cache->c_ops->co_name) == cache)
			nl_cache_mngt_unprovide(cache);
		nl_cache_free(cache);
	}
	free(mngr->cm_assocs);
	NL_DBG(1, "freed cache manager %p\n", (void *)mngr);
	free(mngr);
}
