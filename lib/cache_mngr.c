/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The cache manager: keeps a set of caches current from the kernel's
 * events.
 *
 * Two sockets: an event socket joined to the multicast groups of every
 * managed cache type (non-blocking; read by nl_cache_mngr_data_ready()),
 * and a synchronous socket for the dumps that fill the caches.  Caches are
 * filled with nl_cache_refill() (atomic, under the sync socket's retry
 * policy).
 *
 * Lost events (C3 of doc/dump-consistency.md): when the event socket
 * overruns (ENOBUFS, -NLE_NOMEM from the receive path) every managed cache
 * is marked for a resync, and the mark stays until a resync of that cache
 * succeeded, across as many calls as it takes.  The kernel reports an
 * overrun once and then drops silently until the queue was read empty, so
 * what is queued is thrown away first and the resync dumps after that.  A
 * resync runs once per call (so a call returns even while the socket keeps
 * overrunning); the events queued meanwhile are applied on top, which is
 * harmless: the dump already holds their effect, and the last event of
 * each object is the newest.  nl_cache_mngr_poll() does not wait while a
 * resync is pending.
 *
 * Threads: a cache is changed under its write lock (nl-private/shared.h),
 * so that other threads may look up a managed cache that is provided
 * (NL_AUTO_PROVIDE) while events arrive.  The change callbacks are held
 * back and called once the lock is released.
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
#include "nl-private/shared.h"

#define NASSOC_INIT 16
#define NASSOC_EXPAND 8
/* cm_flags: the manager allocated the sync socket (private, as upstream) */
#define NL_ALLOCATED_SYNC_SOCK 4

/* A change of a managed cache, held back until its lock is released. */
struct change {
	struct nl_object *old;
	struct nl_object *obj;
	uint64_t diff;
	int act;
};

struct nl_mngr_changes {
	struct change *v;
	size_t n, cap;
};

static void hold(struct nl_mngr_changes *c, struct nl_object *old,
		 struct nl_object *obj, uint64_t diff, int act)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct change *v = realloc(c->v, cap * sizeof(*v));

		if (!v) {
			NL_DBG(1, "cache manager: out of memory, a change "
				  "callback is lost\n");
			return;
		}
		c->v = v;
		c->cap = cap;
	}
	if (old)
		nl_object_get(old);
	if (obj)
		nl_object_get(obj);
	c->v[c->n++] = (struct change){ old, obj, diff, act };
}

static void hold_v1(struct nl_cache *cache, struct nl_object *obj, int act,
		    void *arg)
{
	hold(arg, NULL, obj, 0, act);
}

static void hold_v2(struct nl_cache *cache, struct nl_object *old,
		    struct nl_object *obj, uint64_t diff, int act, void *arg)
{
	hold(arg, old, obj, diff, act);
}

/* Call @ca's callback with the changes held back, in their order. */
static void release(struct nl_cache_assoc *ca, struct nl_mngr_changes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		struct change *x = &c->v[i];

		if (ca->ca_change_v2)
			ca->ca_change_v2(ca->ca_cache, x->old, x->obj, x->diff,
					 x->act, ca->ca_change_data);
		else if (ca->ca_change)
			ca->ca_change(ca->ca_cache, x->obj, x->act,
				      ca->ca_change_data);
		nl_object_put(x->old);
		nl_object_put(x->obj);
	}
	c->n = 0;
}

struct include_ctx {
	struct nl_cache_mngr *mngr;
	struct nl_cache_assoc *ca;
};

static int include_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct include_ctx *x = p->pp_arg;
	struct nl_cache_mngr *mngr = x->mngr;
	struct nl_cache_assoc *ca = x->ca;
	struct nl_cache *cache = ca->ca_cache;
	struct nl_cache_ops *ops = cache->c_ops;
	struct nl_mngr_changes *c = mngr->cm_changes;
	change_func_t cb = ca->ca_change ? hold_v1 : NULL;
	change_func_v2_t cb2 = ca->ca_change_v2 ? hold_v2 : NULL;
	int err;

	if (ops->co_event_filter && ops->co_event_filter(cache, obj) != NL_OK)
		return 0;
	if (cb2)
		cb = NULL;
	_nl_cache_wrlock(cache);
	if (ops->co_include_event)
		err = ops->co_include_event(cache, obj, cb, cb2, c);
	else if (cb2)
		err = nl_cache_include_v2(cache, obj, cb2, c);
	else
		err = nl_cache_include(cache, obj, cb, c);
	_nl_cache_wrunlock(cache);
	release(ca, c);
	return err;
}

/* NL_CB_VALID of the event socket: hand the event to its cache. */
static int event_input(struct nl_msg *msg, void *arg)
{
	struct nl_cache_mngr *mngr = arg;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct include_ctx ctx = { .mngr = mngr };
	struct nl_parser_param p = { .pp_cb = include_cb, .pp_arg = &ctx };
	int i, err;

	if (nlmsg_get_proto(msg) != mngr->cm_protocol)
		BUG();
	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache *cache = mngr->cm_assocs[i].ca_cache;

		if (!cache || !nl_msgtype_lookup(cache->c_ops,
						 nlh->nlmsg_type))
			continue;
		ctx.ca = &mngr->cm_assocs[i];
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
	mngr->cm_changes = calloc(1, sizeof(*mngr->cm_changes));
	if (!mngr->cm_assocs || !mngr->cm_changes)
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
	mngr->cm_assocs[slot].ca_resync = 0;
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

/*
 * Throw away what the event socket holds, up to the moment it is empty.
 * The kernel reports an overrun (ENOBUFS) once, then drops silently for
 * as long as the queue is never empty: only a dump that starts after the
 * queue was seen empty covers every event lost.  The events thrown away
 * are older than that dump.  Returns 1 when the queue was emptied.
 */
static int drain_events(struct nl_cache_mngr *mngr)
{
	unsigned char buf[512];
	int fd = nl_socket_get_fd(mngr->cm_sock);
	long i;

	for (i = 0; i < 1000000; i++) {
		ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT | MSG_TRUNC);

		if (n >= 0 || errno == EINTR || errno == ENOBUFS)
			continue;
		return errno == EAGAIN || errno == EWOULDBLOCK;
	}
	return 0;
}

static int resync_pending(struct nl_cache_mngr *mngr)
{
	int i;

	for (i = 0; i < mngr->cm_nassocs; i++)
		if (mngr->cm_assocs[i].ca_cache && mngr->cm_assocs[i].ca_resync)
			return 1;
	return 0;
}

/*
 * Resync every cache marked (C3), with change callbacks for what differs.
 * A cache whose resync fails stays marked.  Returns 0 or the first error.
 */
static int resync_marked(struct nl_cache_mngr *mngr)
{
	int i, err, ret = 0;

	for (i = 0; i < mngr->cm_nassocs; i++) {
		struct nl_cache_assoc *ca = &mngr->cm_assocs[i];

		if (!ca->ca_cache || !ca->ca_resync)
			continue;
		if (ca->ca_change_v2)
			err = nl_cache_resync_v2(mngr->cm_sync_sock,
						 ca->ca_cache, hold_v2,
						 mngr->cm_changes);
		else
			err = nl_cache_resync(mngr->cm_sync_sock, ca->ca_cache,
					      ca->ca_change ? hold_v1 : NULL,
					      mngr->cm_changes);
		release(ca, mngr->cm_changes);
		if (err < 0) {
			NL_DBG(1, "cache manager: resync of <%s> failed, "
				  "kept pending: %s\n",
			       nl_cache_name(ca->ca_cache), nl_geterror(err));
			if (!ret)
				ret = err;
			continue;
		}
		ca->ca_resync = 0;
	}
	return ret;
}

/**
 * Wait up to @timeout milliseconds (negative: for ever) for events and
 * apply them (see nl_cache_mngr_data_ready()).  While a resync is pending
 * (events were lost and a resync did not succeed yet) it does not wait.
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

	if (resync_pending(mngr))
		return nl_cache_mngr_data_ready(mngr);
	ret = poll(&fds, 1, timeout);
	if (ret < 0)
		return -nl_syserr2nlerr(errno);
	if (ret == 0)
		return 0;
	return nl_cache_mngr_data_ready(mngr);
}

/**
 * Read and apply every event queued on the event socket, without
 * blocking.
 *
 * When the socket overran (the kernel dropped events), every managed
 * cache is marked for a resync; a marked cache is resynced (with change
 * callbacks for what differs) at the start of this call or of the next
 * one, and stays marked until a resync of it succeeded, so the loss is
 * never forgotten: once the changes stop, a few calls leave every cache
 * equal to a fresh dump.  At most one resync round runs per call.
 *
 * @return The number of messages handled; the error of a resync that
 * failed (the cache stays marked: call again); or a negative error of
 * the read.
 */
int nl_cache_mngr_data_ready(struct nl_cache_mngr *mngr)
{
	struct nl_cb *cb;
	int n = 0, nread = 0, resynced = 0, err = 0, i;

	cb = nl_cb_clone(mngr->cm_sock->s_cb);
	if (!cb)
		return -NLE_NOMEM;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, event_input, mngr);

	for (;;) {
		if (resync_pending(mngr)) {
			if (resynced)
				break;	/* the next call goes on */
			resynced = 1;
			err = resync_marked(mngr);
			if (err < 0)
				break;
		}
		n = nl_recvmsgs_report(mngr->cm_sock, cb);
		if (n > 0) {
			nread += n;
			continue;
		}
		if (n == -NLE_NOMEM) {
			NL_DBG(1, "cache manager %p: events lost, resync "
				  "pending\n", (void *)mngr);
			for (i = 0; i < mngr->cm_nassocs; i++)
				mngr->cm_assocs[i].ca_resync = 1;
			n = 0;
			if (!drain_events(mngr))
				break;	/* still full: the next call goes on */
			continue;
		}
		break;
	}
	nl_cb_put(cb);

	if (err < 0)
		return err;
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
	if (mngr->cm_changes)
		free(mngr->cm_changes->v);
	free(mngr->cm_changes);
	NL_DBG(1, "freed cache manager %p\n", (void *)mngr);
	free(mngr);
}
