/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Callback sets (struct nl_cb): what the receive path calls for each kind
 * of message, plus the built-in "verbose" and "debug" handlers that print
 * what arrives.  The NLCB environment variable ("default", "verbose",
 * "debug") chooses the kind nl_socket_alloc() uses; it is read once, when
 * the library is loaded.
 */

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/handlers.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"

static enum nl_cb_kind default_kind = NL_CB_DEFAULT;

static void __attribute__((constructor)) handlers_init(void)
{
	const char *env = getenv("NLCB");

	if (!env)
		return;
	if (!strcasecmp(env, "default"))
		default_kind = NL_CB_DEFAULT;
	else if (!strcasecmp(env, "verbose"))
		default_kind = NL_CB_VERBOSE;
	else if (!strcasecmp(env, "debug"))
		default_kind = NL_CB_DEBUG;
	else
		fprintf(stderr, "Unknown value for NLCB, valid values: "
				"{default | verbose | debug}\n");
}

enum nl_cb_kind _nl_cb_default_kind(void)
{
	return default_kind;
}

/* ------------------------------------------------------------------ */
/* Built-in handlers                                                    */

/* "type=... length=... flags=<...> sequence-nr=... pid=..." */
static void print_nlh(FILE *ofd, const struct nlmsghdr *nlh)
{
	char type[64], flags[128];

	fprintf(ofd, "type=%s length=%u flags=<%s> sequence-nr=%u pid=%u\n",
		nl_nlmsgtype2str(nlh->nlmsg_type, type, sizeof(type)),
		nlh->nlmsg_len,
		nl_nlmsg_flags2str(nlh->nlmsg_flags, flags, sizeof(flags)),
		nlh->nlmsg_seq, nlh->nlmsg_pid);
}

/*
 * One row per built-in message handler: the line prefix it prints, where
 * it prints by default (arg, when given, is the FILE * to print to), and
 * what it then tells the receive path.  dump_msg prints the whole message
 * with nl_msg_dump() instead of its header line.
 */
struct builtin {
	const char *prefix;
	int to_stdout;
	int dump_msg;
	int action;
};

static const struct builtin
	b_valid_verbose = { "-- Warning: unhandled valid message: ", 1, 0, NL_OK },
	b_valid_debug = { "-- Debug: Unhandled Valid message: ", 0, 0, NL_OK },
	b_finish_debug = { "-- Debug: End of multipart message block: ", 0, 0, NL_STOP },
	b_invalid = { "-- Error: Invalid message: ", 0, 0, NL_STOP },
	b_overrun = { "-- Error: Netlink Overrun: ", 0, 0, NL_STOP },
	b_skipped_debug = { "-- Debug: Skipped message: ", 0, 0, NL_SKIP },
	b_ack_debug = { "-- Debug: ACK: ", 0, 0, NL_STOP },
	b_in_debug = { "-- Debug: Received Message:\n", 0, 1, NL_OK },
	b_out_debug = { "-- Debug: Sent Message:\n", 0, 1, NL_OK };

static int run_builtin(const struct builtin *b, struct nl_msg *msg, void *arg)
{
	FILE *ofd = arg ? arg : (b->to_stdout ? stdout : stderr);

	fputs(b->prefix, ofd);
	if (b->dump_msg)
		nl_msg_dump(msg, ofd);
	else
		print_nlh(ofd, nlmsg_hdr(msg));
	return b->action;
}

#define BUILTIN(name)                                                          \
	static int h_##name(struct nl_msg *msg, void *arg)                     \
	{                                                                      \
		return run_builtin(&b_##name, msg, arg);                       \
	}

BUILTIN(valid_verbose)
BUILTIN(valid_debug)
BUILTIN(finish_debug)
BUILTIN(invalid)
BUILTIN(overrun)
BUILTIN(skipped_debug)
BUILTIN(ack_debug)
BUILTIN(in_debug)
BUILTIN(out_debug)

static int h_error_verbose(struct sockaddr_nl *who, struct nlmsgerr *e,
			   void *arg)
{
	FILE *ofd = arg ? arg : stderr;
	const char *text;

	fprintf(ofd, "-- Error received: %s\n-- Original message: ",
		strerror(-e->error));
	print_nlh(ofd, &e->msg);
	/* The error lies inside the received message: its TLVs follow. */
	text = _nl_ext_ack_msg_of((const struct nlmsghdr *)((const char *)e -
							    NLMSG_HDRLEN));
	if (text)
		fprintf(ofd, "-- Kernel message: %s\n", text);
	return -nl_syserr2nlerr(e->error);
}

/* The handler of each type for each non-custom kind (NULL: none). */
static const nl_recvmsg_msg_cb_t builtin_tbl[NL_CB_TYPE_MAX + 1][NL_CB_KIND_MAX + 1] = {
	[NL_CB_VALID] = { [NL_CB_VERBOSE] = h_valid_verbose,
			  [NL_CB_DEBUG] = h_valid_debug },
	[NL_CB_FINISH] = { [NL_CB_DEBUG] = h_finish_debug },
	[NL_CB_INVALID] = { [NL_CB_VERBOSE] = h_invalid,
			    [NL_CB_DEBUG] = h_invalid },
	[NL_CB_OVERRUN] = { [NL_CB_VERBOSE] = h_overrun,
			    [NL_CB_DEBUG] = h_overrun },
	[NL_CB_SKIPPED] = { [NL_CB_DEBUG] = h_skipped_debug },
	[NL_CB_ACK] = { [NL_CB_DEBUG] = h_ack_debug },
	[NL_CB_MSG_IN] = { [NL_CB_DEBUG] = h_in_debug },
	[NL_CB_MSG_OUT] = { [NL_CB_DEBUG] = h_out_debug },
};

static const nl_recvmsg_err_cb_t builtin_err_tbl[NL_CB_KIND_MAX + 1] = {
	[NL_CB_VERBOSE] = h_error_verbose,
	[NL_CB_DEBUG] = h_error_verbose,
};

/* ------------------------------------------------------------------ */
/* Callback sets                                                        */

/**
 * Allocate a callback set with every handler of the given kind.
 * @arg kind	NL_CB_DEFAULT (no handlers), NL_CB_VERBOSE, NL_CB_DEBUG or
 *		NL_CB_CUSTOM (no handlers either).
 *
 * @return A new set holding one reference (release with nl_cb_put()), or
 * NULL when @kind is out of range or memory ran out.
 */
struct nl_cb *nl_cb_alloc(enum nl_cb_kind kind)
{
	struct nl_cb *cb;
	int i;

	if ((int)kind < 0 || kind > NL_CB_KIND_MAX)
		return NULL;
	cb = calloc(1, sizeof(*cb));
	if (!cb)
		return NULL;
	cb->cb_refcnt = 1;
	cb->cb_active = NL_CB_TYPE_MAX + 1;
	for (i = 0; i <= NL_CB_TYPE_MAX; i++)
		nl_cb_set(cb, i, kind, NULL, NULL);
	nl_cb_err(cb, kind, NULL, NULL);
	return cb;
}

/**
 * Copy a callback set: handlers, their arguments and the overrides.
 * @arg orig	the set to copy.
 *
 * @return A new set holding one reference, or NULL without memory.
 */
struct nl_cb *nl_cb_clone(struct nl_cb *orig)
{
	struct nl_cb *cb = nl_cb_alloc(NL_CB_DEFAULT);

	if (!cb)
		return NULL;
	memcpy(cb, orig, sizeof(*cb));
	cb->cb_refcnt = 1;
	cb->cb_active = NL_CB_TYPE_MAX + 1;
	return cb;
}

/**
 * Take a reference on a callback set.
 * @return @cb itself.
 */
struct nl_cb *nl_cb_get(struct nl_cb *cb)
{
	if (cb)
		_nl_ref_inc(&cb->cb_refcnt);
	return cb;
}

/**
 * Drop a reference on a callback set; the last one frees it.
 * Accepts NULL.
 */
void nl_cb_put(struct nl_cb *cb)
{
	int n;

	if (!cb)
		return;
	n = _nl_ref_dec(&cb->cb_refcnt);
	if (n < 0)
		BUG();
	if (n <= 0)
		free(cb);
}

/**
 * The type of the callback being run right now on @cb, or
 * NL_CB_TYPE_MAX + 1 when none is.
 */
enum nl_cb_type nl_cb_active_type(struct nl_cb *cb)
{
	return cb->cb_active;
}

/**
 * Set the handler of one message type.
 * @arg cb	callback set.
 * @arg type	which messages (NL_CB_VALID...).
 * @arg kind	NL_CB_CUSTOM to use @func and @arg; otherwise the built-in
 *		handler of that kind (@arg, when not NULL, is the FILE * it
 *		prints to).
 *
 * @return 0, or -NLE_RANGE when @type or @kind is out of range.
 */
int nl_cb_set(struct nl_cb *cb, enum nl_cb_type type, enum nl_cb_kind kind,
	      nl_recvmsg_msg_cb_t func, void *arg)
{
	if ((int)type < 0 || type > NL_CB_TYPE_MAX)
		return -NLE_RANGE;
	if ((int)kind < 0 || kind > NL_CB_KIND_MAX)
		return -NLE_RANGE;
	if (kind == NL_CB_CUSTOM)
		cb->cb_set[type] = func;
	else
		cb->cb_set[type] = builtin_tbl[type][kind];
	cb->cb_args[type] = arg;
	return 0;
}

/**
 * Set the handler of every message type at once, as nl_cb_set() does.
 * @return 0 or -NLE_RANGE.
 */
int nl_cb_set_all(struct nl_cb *cb, enum nl_cb_kind kind,
		  nl_recvmsg_msg_cb_t func, void *arg)
{
	int i, err;

	for (i = 0; i <= NL_CB_TYPE_MAX; i++) {
		err = nl_cb_set(cb, i, kind, func, arg);
		if (err < 0)
			return err;
	}
	return 0;
}

/**
 * Set the handler of error messages from the kernel (NLMSG_ERROR with a
 * non-zero error).
 * @return 0, or -NLE_RANGE when @kind is out of range.
 */
int nl_cb_err(struct nl_cb *cb, enum nl_cb_kind kind, nl_recvmsg_err_cb_t func,
	      void *arg)
{
	if ((int)kind < 0 || kind > NL_CB_KIND_MAX)
		return -NLE_RANGE;
	if (kind == NL_CB_CUSTOM)
		cb->cb_err = func;
	else
		cb->cb_err = builtin_err_tbl[kind];
	cb->cb_err_arg = arg;
	return 0;
}

/**
 * Replace nl_recvmsgs() for every receive that uses @cb (NULL restores it).
 */
void nl_cb_overwrite_recvmsgs(struct nl_cb *cb,
			      int (*func)(struct nl_sock *, struct nl_cb *))
{
	cb->cb_recvmsgs_ow = func;
}

/**
 * Replace nl_recv(), the function that reads one batch of bytes, for every
 * receive that uses @cb (NULL restores it).  The replacement returns the
 * number of bytes in a malloc()ed *buf that the caller frees, 0 for
 * nothing, or a negative NLE_* code.
 */
void nl_cb_overwrite_recv(struct nl_cb *cb,
			  int (*func)(struct nl_sock *, struct sockaddr_nl *,
				      unsigned char **, struct ucred **))
{
	cb->cb_recv_ow = func;
}

/**
 * Replace the function nl_send() uses to transmit a message on sockets
 * using @cb (NULL restores it).
 */
void nl_cb_overwrite_send(struct nl_cb *cb,
			  int (*func)(struct nl_sock *, struct nl_msg *))
{
	cb->cb_send_ow = func;
}
