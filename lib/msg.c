/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink messages: header arithmetic on struct nlmsghdr, the nl_msg
 * buffer (allocation, growth, appending), its addressing and credentials,
 * message type and flag names, and a human-readable dump.
 *
 * An nl_msg owns one buffer of nm_size bytes that starts with the netlink
 * header; nlmsg_len in that header says how much of it is used.
 */

#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>
#include <linux/genetlink.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"

static size_t default_msg_size;

static void __attribute__((constructor)) msg_init(void)
{
	long ps = sysconf(_SC_PAGESIZE);

	default_msg_size = ps > 0 ? (size_t)ps : 4096;
}

/* ------------------------------------------------------------------ */
/* Size arithmetic and header accessors                                 */

/** Length of a message (header included) with @payload bytes, unpadded. */
NL_EXPORT int nlmsg_size(int payload)
{
	return NLMSG_HDRLEN + payload;
}

/** Room a message with @payload bytes takes, padding included. */
NL_EXPORT int nlmsg_total_size(int payload)
{
	return NLMSG_ALIGN(nlmsg_size(payload));
}

/** Padding bytes that follow a message with @payload bytes. */
NL_EXPORT int nlmsg_padlen(int payload)
{
	return nlmsg_total_size(payload) - nlmsg_size(payload);
}

/** Pointer to the payload of @nlh (right after the header). */
NL_EXPORT void *nlmsg_data(const struct nlmsghdr *nlh)
{
	return (unsigned char *)nlh + NLMSG_HDRLEN;
}

/** Payload length of @nlh: nlmsg_len minus the header (may be negative). */
NL_EXPORT int nlmsg_datalen(const struct nlmsghdr *nlh)
{
	return nlh->nlmsg_len - NLMSG_HDRLEN;
}

/** Pointer to the aligned end of @nlh, where the next data would go. */
NL_EXPORT void *nlmsg_tail(const struct nlmsghdr *nlh)
{
	return (unsigned char *)nlh + NLMSG_ALIGN(nlh->nlmsg_len);
}

/** First attribute of @nlh, after a family header of @hdrlen bytes. */
NL_EXPORT struct nlattr *nlmsg_attrdata(const struct nlmsghdr *nlh, int hdrlen)
{
	return (struct nlattr *)((unsigned char *)nlmsg_data(nlh) +
				 NLMSG_ALIGN(hdrlen));
}

/** Length of the attribute area of @nlh after a @hdrlen header (>= 0). */
NL_EXPORT int nlmsg_attrlen(const struct nlmsghdr *nlh, int hdrlen)
{
	int len = nlmsg_datalen(nlh) - (int)NLMSG_ALIGN(hdrlen);

	return len > 0 ? len : 0;
}

/** Whether @nlh is long enough to hold a family header of @hdrlen bytes. */
NL_EXPORT int nlmsg_valid_hdr(const struct nlmsghdr *nlh, int hdrlen)
{
	if (nlh->nlmsg_len < (unsigned int)nlmsg_size(hdrlen))
		return 0;
	return 1;
}

/**
 * Whether @nlh is a complete message inside the @remaining bytes of a
 * stream: its header fits and its nlmsg_len is at least a header and at
 * most @remaining.
 */
NL_EXPORT int nlmsg_ok(const struct nlmsghdr *nlh, int remaining)
{
	return remaining >= (int)sizeof(struct nlmsghdr) &&
	       nlh->nlmsg_len >= sizeof(struct nlmsghdr) &&
	       nlh->nlmsg_len <= (unsigned int)remaining;
}

/**
 * Step to the message after @nlh, subtracting its aligned length from
 * *@remaining.  Check the result with nlmsg_ok() before use.
 */
NL_EXPORT struct nlmsghdr *nlmsg_next(struct nlmsghdr *nlh, int *remaining)
{
	int totlen = NLMSG_ALIGN(nlh->nlmsg_len);

	*remaining -= totlen;
	return (struct nlmsghdr *)((unsigned char *)nlh + totlen);
}

/**
 * Parse the attributes of @nlh (after a @hdrlen family header) into @tb;
 * see nla_parse().
 * @return 0, -NLE_MSG_TOOSHORT when the message cannot hold the family
 * header, or nla_parse()'s policy errors.
 */
NL_EXPORT int nlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr *tb[],
			  int maxtype, const struct nla_policy *policy)
{
	if (!nlmsg_valid_hdr(nlh, hdrlen))
		return -NLE_MSG_TOOSHORT;

	return nla_parse(tb, maxtype, nlmsg_attrdata(nlh, hdrlen),
			 nlmsg_attrlen(nlh, hdrlen), policy);
}

/** First attribute of type @attrtype in @nlh, or NULL. */
NL_EXPORT struct nlattr *nlmsg_find_attr(struct nlmsghdr *nlh, int hdrlen,
					 int attrtype)
{
	return nla_find(nlmsg_attrdata(nlh, hdrlen),
			nlmsg_attrlen(nlh, hdrlen), attrtype);
}

/**
 * Validate the attributes of @nlh against @policy; see nla_validate().
 * @return 0, -NLE_MSG_TOOSHORT, or the policy errors.
 */
NL_EXPORT int nlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
			     const struct nla_policy *policy)
{
	if (!nlmsg_valid_hdr(nlh, hdrlen))
		return -NLE_MSG_TOOSHORT;

	return nla_validate(nlmsg_attrdata(nlh, hdrlen),
			    nlmsg_attrlen(nlh, hdrlen), maxtype, policy);
}

/* ------------------------------------------------------------------ */
/* Allocation                                                           */

static struct nl_msg *msg_alloc(size_t len)
{
	struct nl_msg *nm;

	if (len < sizeof(struct nlmsghdr))
		len = sizeof(struct nlmsghdr);

	nm = calloc(1, sizeof(*nm));
	if (!nm)
		return NULL;

	nm->nm_nlh = calloc(1, len);
	if (!nm->nm_nlh) {
		free(nm);
		return NULL;
	}

	nm->nm_refcnt = 1;
	nm->nm_protocol = -1;
	nm->nm_size = len;
	nm->nm_nlh->nlmsg_len = nlmsg_total_size(0);

	NL_DBG(2, "msg %p: Allocated new message, maxlen=%zu\n", nm, len);

	return nm;
}

/**
 * New empty message (just a zeroed header) with a buffer of the default
 * size (the page size unless changed by nlmsg_set_default_size()).
 * Release with nlmsg_free().  NULL when out of memory.
 */
NL_EXPORT struct nl_msg *nlmsg_alloc(void)
{
	return msg_alloc(default_msg_size);
}

/** Like nlmsg_alloc() with a buffer of @max bytes (at least a header). */
NL_EXPORT struct nl_msg *nlmsg_alloc_size(size_t max)
{
	return msg_alloc(max);
}

/**
 * New message whose header takes type, flags, sequence number and port
 * from @hdr (may be NULL: all zero).
 */
NL_EXPORT struct nl_msg *nlmsg_inherit(struct nlmsghdr *hdr)
{
	struct nl_msg *nm = nlmsg_alloc();

	if (nm && hdr) {
		struct nlmsghdr *nlh = nm->nm_nlh;

		nlh->nlmsg_type = hdr->nlmsg_type;
		nlh->nlmsg_flags = hdr->nlmsg_flags;
		nlh->nlmsg_seq = hdr->nlmsg_seq;
		nlh->nlmsg_pid = hdr->nlmsg_pid;
	}

	return nm;
}

/** New message with the given type and flags; see nlmsg_inherit(). */
NL_EXPORT struct nl_msg *nlmsg_alloc_simple(int nlmsgtype, int flags)
{
	struct nlmsghdr nlh = {
		.nlmsg_type = nlmsgtype,
		.nlmsg_flags = flags,
	};
	struct nl_msg *nm = nlmsg_inherit(&nlh);

	if (nm)
		NL_DBG(2, "msg %p: Allocated new simple message\n", nm);
	return nm;
}

/**
 * Size of the buffer later nlmsg_alloc() calls give (at least a header).
 * Not thread-safe against concurrent allocations.
 */
NL_EXPORT void nlmsg_set_default_size(size_t max)
{
	if (max < (size_t)nlmsg_total_size(0))
		max = nlmsg_total_size(0);
	default_msg_size = max;
}

int _nlmsg_own(struct nl_msg *msg)
{
	struct nlmsghdr *copy;

	if (!msg->nm_borrowed)
		return 0;
	copy = calloc(1, msg->nm_size);
	if (!copy)
		return -NLE_NOMEM;
	memcpy(copy, msg->nm_nlh, msg->nm_nlh->nlmsg_len);
	msg->nm_nlh = copy;
	msg->nm_borrowed = false;
	return 0;
}

/**
 * New message holding a copy of the nlmsg_len bytes at @hdr.
 * NULL when out of memory.
 */
NL_EXPORT struct nl_msg *nlmsg_convert(struct nlmsghdr *hdr)
{
	struct nl_msg *nm = msg_alloc(NLMSG_ALIGN(hdr->nlmsg_len));

	if (!nm)
		return NULL;

	memcpy(nm->nm_nlh, hdr, hdr->nlmsg_len);
	return nm;
}

/* ------------------------------------------------------------------ */
/* Appending                                                            */

/**
 * Reserve @len bytes at the end of the message (at nlmsg_len, which need
 * not be aligned), rounded up to a multiple of @pad (a power of two; 0 for
 * none).  The padding is zeroed and counted in nlmsg_len.
 * @return the reserved area, or NULL when the buffer is too small.
 */
NL_EXPORT void *nlmsg_reserve(struct nl_msg *n, size_t len, int pad)
{
	unsigned char *buf = (unsigned char *)n->nm_nlh;
	size_t nlmsg_len = n->nm_nlh->nlmsg_len;
	size_t tlen;

	if (len > n->nm_size)
		return NULL;
	if (n->nm_borrowed) {
		if (_nlmsg_own(n) < 0)
			return NULL;
		buf = (unsigned char *)n->nm_nlh;
	}

	tlen = pad > 0 ? ((len + (pad - 1)) & ~((size_t)pad - 1)) : len;

	if (tlen + nlmsg_len > n->nm_size)
		return NULL;

	buf += nlmsg_len;
	n->nm_nlh->nlmsg_len += tlen;

	if (tlen > len)
		memset(buf + len, 0, tlen - len);

	NL_DBG(2, "msg %p: Reserved %zu (%zu) bytes, pad=%d, nlmsg_len=%d\n",
	       n, tlen, len, pad, n->nm_nlh->nlmsg_len);

	return buf;
}

/**
 * Append a copy of @len bytes at @data, padded to @pad; see
 * nlmsg_reserve().
 * @return 0 or -NLE_NOMEM when the buffer is too small.
 */
NL_EXPORT int nlmsg_append(struct nl_msg *n, void *data, size_t len, int pad)
{
	void *tmp = nlmsg_reserve(n, len, pad);

	if (!tmp)
		return -NLE_NOMEM;

	if (len)
		memcpy(tmp, data, len);
	NL_DBG(2, "msg %p: Appended %zu bytes with padding %d\n", n, len, pad);

	return 0;
}

/**
 * Grow the buffer of @n to @newlen bytes (the new part is zeroed).
 * Pointers into the old buffer become invalid.
 * @return 0, -NLE_INVAL when @newlen is not larger than the current size,
 * -NLE_NOMEM.
 */
NL_EXPORT int nlmsg_expand(struct nl_msg *n, size_t newlen)
{
	void *tmp;

	if (newlen <= n->nm_size)
		return -NLE_INVAL;
	if (_nlmsg_own(n) < 0)
		return -NLE_NOMEM;

	tmp = realloc(n->nm_nlh, newlen);
	if (!tmp)
		return -NLE_NOMEM;

	memset((unsigned char *)tmp + n->nm_size, 0, newlen - n->nm_size);
	n->nm_nlh = tmp;
	n->nm_size = newlen;

	return 0;
}

/**
 * Fill in the header of @n (port @pid, sequence @seq, @type, @flags) and
 * reserve @payload bytes (aligned) after it.
 * @return the header, or NULL when the payload does not fit.
 */
NL_EXPORT struct nlmsghdr *nlmsg_put(struct nl_msg *n, uint32_t pid,
				     uint32_t seq, int type, int payload,
				     int flags)
{
	struct nlmsghdr *nlh;

	if (n->nm_nlh->nlmsg_len < NLMSG_HDRLEN)
		BUG();

	nlh = n->nm_nlh;
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_pid = pid;
	nlh->nlmsg_seq = seq;

	NL_DBG(2, "msg %p: Added netlink header type=%d, flags=%d, pid=%d, "
		  "seq=%d\n",
	       n, type, flags, pid, seq);

	if (payload > 0 && !nlmsg_reserve(n, payload, NLMSG_ALIGNTO))
		return NULL;

	return nlh;
}

/** The netlink header (start of the buffer) of @n. */
NL_EXPORT struct nlmsghdr *nlmsg_hdr(struct nl_msg *n)
{
	return n->nm_nlh;
}

/** Take a reference on @msg; release it with nlmsg_free(). */
NL_EXPORT void nlmsg_get(struct nl_msg *msg)
{
	int n = __atomic_add_fetch(&msg->nm_refcnt, 1, __ATOMIC_RELAXED);

	NL_DBG(4, "New reference to message %p, total %d\n", msg, n);
}

/** Drop a reference on @msg (NULL is ignored); the last one frees it. */
NL_EXPORT void nlmsg_free(struct nl_msg *msg)
{
	int n;

	if (!msg)
		return;

	n = _nl_ref_dec(&msg->nm_refcnt);
	NL_DBG(4, "Returned message reference %p, %d remaining\n", msg, n);

	if (n < 0)
		BUG();

	if (n <= 0) {
		if (!msg->nm_borrowed)
			free(msg->nm_nlh);
		NL_DBG(2, "msg %p: Freed\n", msg);
		free(msg);
	}
}

/* ------------------------------------------------------------------ */
/* Attributes of the nl_msg                                             */

/** Set the netlink protocol (NETLINK_ROUTE...) @msg belongs to. */
NL_EXPORT void nlmsg_set_proto(struct nl_msg *msg, int protocol)
{
	msg->nm_protocol = protocol;
}

/** Netlink protocol of @msg, -1 when unset. */
NL_EXPORT int nlmsg_get_proto(struct nl_msg *msg)
{
	return msg->nm_protocol;
}

/** Size of the buffer of @msg (the most nlmsg_len can grow to). */
NL_EXPORT size_t nlmsg_get_max_size(struct nl_msg *msg)
{
	return msg->nm_size;
}

/** Set the source address of @msg (copied). */
NL_EXPORT void nlmsg_set_src(struct nl_msg *msg, struct sockaddr_nl *addr)
{
	memcpy(&msg->nm_src, addr, sizeof(*addr));
}

/** Source address of @msg (owned by the message). */
NL_EXPORT struct sockaddr_nl *nlmsg_get_src(struct nl_msg *msg)
{
	return &msg->nm_src;
}

/** Set the destination address of @msg (copied). */
NL_EXPORT void nlmsg_set_dst(struct nl_msg *msg, struct sockaddr_nl *addr)
{
	memcpy(&msg->nm_dst, addr, sizeof(*addr));
}

/** Destination address of @msg (owned by the message). */
NL_EXPORT struct sockaddr_nl *nlmsg_get_dst(struct nl_msg *msg)
{
	return &msg->nm_dst;
}

/** Attach credentials to @msg (copied); they are sent with it. */
NL_EXPORT void nlmsg_set_creds(struct nl_msg *msg, struct ucred *creds)
{
	memcpy(&msg->nm_creds, creds, sizeof(*creds));
	msg->nm_flags |= NL_MSG_CRED_PRESENT;
}

/** Credentials of @msg, or NULL when none were set or received. */
NL_EXPORT struct ucred *nlmsg_get_creds(struct nl_msg *msg)
{
	if (msg->nm_flags & NL_MSG_CRED_PRESENT)
		return &msg->nm_creds;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Names of message types and flags                                     */

static const struct trans_tbl nl_msgtypes[] = {
	__ADD(NLMSG_NOOP, NOOP),
	__ADD(NLMSG_ERROR, ERROR),
	__ADD(NLMSG_DONE, DONE),
	__ADD(NLMSG_OVERRUN, OVERRUN),
};

/**
 * Name of a control message type (NOOP, ERROR, DONE, OVERRUN), or its
 * value as "0x..." for any other type, written into @buf of @size bytes.
 * @return @buf.
 */
NL_EXPORT char *nl_nlmsgtype2str(int type, char *buf, size_t size)
{
	return __type2str(type, buf, size, nl_msgtypes,
			  ARRAY_SIZE(nl_msgtypes));
}

/**
 * Control message type named @name (case-insensitive), or a number.
 * @return the type, or a negative NLE_* code when unknown.
 */
NL_EXPORT int nl_str2nlmsgtype(const char *name)
{
	return __str2type(name, nl_msgtypes, ARRAY_SIZE(nl_msgtypes));
}

/*
 * Flag names in the order they are printed.  Several kernel flags share
 * bits (NLM_F_CREATE is NLM_F_ATOMIC...); the GET names are shown.
 */
static const struct trans_tbl nlmsg_flag_names[] = {
	__ADD(NLM_F_REQUEST, REQUEST),
	__ADD(NLM_F_MULTI, MULTI),
	__ADD(NLM_F_ACK, ACK),
	__ADD(NLM_F_ECHO, ECHO),
	__ADD(NLM_F_ROOT, ROOT),
	__ADD(NLM_F_MATCH, MATCH),
	__ADD(NLM_F_ATOMIC, ATOMIC),
	__ADD(NLM_F_APPEND, APPEND),
};

static void append(char *buf, size_t len, const char *s)
{
	size_t used = strlen(buf);

	if (used + 1 < len)
		strncat(buf, s, len - used - 1);
}

/**
 * Comma-separated names of the netlink header @flags, unknown bits last as
 * "0x...", written into @buf of @len bytes (truncated to fit).
 * @return @buf.
 */
NL_EXPORT char *nl_nlmsg_flags2str(int flags, char *buf, size_t len)
{
	unsigned int rest = flags;
	size_t i;

	if (!len)
		return buf;
	memset(buf, 0, len);

	for (i = 0; i < ARRAY_SIZE(nlmsg_flag_names); i++) {
		if (!(rest & nlmsg_flag_names[i].i))
			continue;
		rest &= ~nlmsg_flag_names[i].i;
		append(buf, len, nlmsg_flag_names[i].a);
		if (rest)
			append(buf, len, ",");
	}

	if (rest) {
		char s[16];

		snprintf(s, sizeof(s), "0x%x", rest);
		append(buf, len, s);
	}

	return buf;
}

/* ------------------------------------------------------------------ */
/* Parsing into objects                                                 */

struct msg_parse_arg {
	void (*cb)(struct nl_object *, void *);
	void *arg;
};

static int msg_parse_cb(struct nl_object *obj, struct nl_parser_param *p)
{
	struct msg_parse_arg *x = p->pp_arg;

	x->cb(obj, x->arg);
	return 0;
}

/**
 * Turn @msg into an object with the parser of the cache type that handles
 * its protocol and message type, and call @cb(object, @arg) for it (the
 * object is released after @cb returns; take a reference to keep it).
 * @return 0, -NLE_MSGTYPE_NOSUPPORT when no cache type handles the
 * message, or the parser's error.
 */
NL_EXPORT int nl_msg_parse(struct nl_msg *msg,
			   void (*cb)(struct nl_object *, void *), void *arg)
{
	struct nl_cache_ops *ops;
	struct msg_parse_arg x = { .cb = cb, .arg = arg };
	struct nl_parser_param p = {
		.pp_cb = msg_parse_cb,
		.pp_arg = &x,
	};
	int err;

	ops = nl_cache_ops_associate_safe(nlmsg_get_proto(msg),
					  nlmsg_hdr(msg)->nlmsg_type);
	if (!ops)
		return -NLE_MSGTYPE_NOSUPPORT;

	err = nl_cache_parse(ops, NULL, nlmsg_hdr(msg), &p);
	nl_cache_ops_put(ops);

	return err;
}

/* ------------------------------------------------------------------ */
/* Dump                                                                 */

/*
 * The dump prints the header, then the payload: the error and original
 * header of NLMSG_ERROR; for generic netlink the genl header; with a
 * cache type that knows the message, its family header and the
 * attributes (nested ones recursively); otherwise a hex dump.
 *
 * Everything read is bounded by the message buffer (nm_size), whatever
 * nlmsg_len or the attribute lengths claim.  The layout reproduces
 * upstream's, quirks included (an empty hex dump still prints the line
 * indentation).
 */

/* Deeper nests are hex dumped instead of descended into. */
#define DUMP_MAX_DEPTH 32

struct dump_ctx {
	FILE *ofd;
	const unsigned char *end;	/* end of the message buffer */
};

static void prefix_line(FILE *ofd, int level)
{
	int i;

	for (i = 0; i < level; i++)
		fputs("  ", ofd);
}

static void dump_hex(struct dump_ctx *d, const unsigned char *start, int len,
		     int level)
{
	int limit = 20 - 2 * level;	/* bytes per line, shrinking with depth */
	char ascii[20];
	int i, c = 0;

	if (limit < 1)
		limit = 1;

	prefix_line(d->ofd, level);

	for (i = 0; i < len; i++) {
		unsigned char v = start + i < d->end ? start[i] : 0;

		fprintf(d->ofd, "%02x ", v);
		ascii[c++] = (v >= 0x20 && v < 0x7f) ? (char)v : '.';

		if (c >= limit) {
			ascii[c] = '\0';
			fprintf(d->ofd, "%s\n", ascii);
			if (i < len - 1)
				prefix_line(d->ofd, level);
			c = 0;
		}
	}

	if (c) {
		ascii[c] = '\0';
		for (i = c; i < limit; i++)
			fputs("   ", d->ofd);
		fprintf(d->ofd, "%s\n", ascii);
	}
}

/* nla_ok() that also keeps the attribute inside the buffer. */
static int dump_nla_ok(struct dump_ctx *d, const struct nlattr *nla, int rem)
{
	ptrdiff_t avail = d->end - (const unsigned char *)nla;

	if (avail < (ptrdiff_t)sizeof(*nla))
		return 0;
	return nla_ok(nla, rem) && nla->nla_len <= avail;
}

static void dump_attrs(struct dump_ctx *d, const struct nlattr *nla, int len,
		       int level)
{
	int rem = len;

	while (dump_nla_ok(d, nla, rem)) {
		int alen = nla_len(nla);
		int padlen = nla_padlen(alen);
		int nested = nla_is_nested(nla);
		const unsigned char *data = nla_data(nla);

		prefix_line(d->ofd, level);
		fprintf(d->ofd, "[ATTR %02d%s] %d octets\n", nla_type(nla),
			nested ? " NESTED" : "", alen);

		if (nested && level < DUMP_MAX_DEPTH)
			dump_attrs(d, (const struct nlattr *)data, alen,
				   level + 1);
		else
			dump_hex(d, data, alen, level + 1);

		if (padlen > 0) {
			prefix_line(d->ofd, level);
			fprintf(d->ofd, "[PADDING] %d octets\n", padlen);
			dump_hex(d, data + alen, padlen, level + 1);
		}

		nla = nla_next(nla, &rem);
	}

	if (rem) {
		prefix_line(d->ofd, level);
		fprintf(d->ofd, "[LEFTOVER] %d octets\n", rem);
	}
}

static void print_hdr_fields(FILE *ofd, const struct nlmsghdr *nlh,
			     int protocol)
{
	struct nl_cache_ops *ops = NULL;
	char type[128], flags[128];

	fprintf(ofd, "    .nlmsg_len = %d\n", (int)nlh->nlmsg_len);

	if (protocol >= 0)
		ops = nl_cache_ops_associate_safe(protocol, nlh->nlmsg_type);
	if (ops) {
		const struct nl_msgtype *mt;
		const char *name = NULL;

		for (mt = ops->co_msgtypes; mt->mt_id >= 0; mt++) {
			if (mt->mt_id == nlh->nlmsg_type) {
				name = mt->mt_name;
				break;
			}
		}
		snprintf(type, sizeof(type), "%s::%s", ops->co_name,
			 name ? name : "unknown");
		nl_cache_ops_put(ops);
	} else
		nl_nlmsgtype2str(nlh->nlmsg_type, type, sizeof(type));

	fprintf(ofd, "    .type = %d <%s>\n", nlh->nlmsg_type, type);
	fprintf(ofd, "    .flags = %d <%s>\n", nlh->nlmsg_flags,
		nl_nlmsg_flags2str(nlh->nlmsg_flags, flags, sizeof(flags)));
	fprintf(ofd, "    .seq = %d\n", (int)nlh->nlmsg_seq);
	fprintf(ofd, "    .port = %d\n", (int)nlh->nlmsg_pid);
}

static void dump_error(struct dump_ctx *d, struct nl_msg *msg)
{
	const struct nlmsghdr *nlh = msg->nm_nlh;
	const struct nlmsgerr *err = nlmsg_data(nlh);
	int datalen = nlmsg_datalen(nlh);

	fprintf(d->ofd, "  [ERRORMSG] %zu octets\n", sizeof(*err));

	/*
	 * Upstream compares the (possibly negative) payload length as an
	 * unsigned value: a negative one also shows the error block.
	 */
	if (datalen >= 0 && datalen < (int)sizeof(*err))
		return;
	if (msg->nm_size < NLMSG_HDRLEN + sizeof(*err))
		return;

	{
		struct nlmsghdr orig = err->msg;
		int e = err->error;

		fprintf(d->ofd, "    .error = %d \"%s\"\n", e,
			nl_strerror_l(e == INT_MIN ? e : -e));
		fprintf(d->ofd, "  [ORIGINAL MESSAGE] %zu octets\n",
			sizeof(struct nlmsghdr));
		/* shown as a fresh message with that header would be */
		orig.nlmsg_len = NLMSG_HDRLEN;
		print_hdr_fields(d->ofd, &orig, -1);
	}
}

static void dump_payload(struct dump_ctx *d, struct nl_msg *msg)
{
	const struct nlmsghdr *nlh = msg->nm_nlh;
	const unsigned char *data = nlmsg_data(nlh);
	int payloadlen = nlmsg_datalen(nlh);
	int avail = (int)(msg->nm_size - NLMSG_HDRLEN);
	int genl = 0, hdrsize = 0, attrs_done = 0;
	struct nl_cache_ops *ops;

	if (payloadlen > avail)
		payloadlen = avail;

	ops = nl_cache_ops_associate_safe(msg->nm_protocol, nlh->nlmsg_type);

	if (msg->nm_protocol == NETLINK_GENERIC &&
	    payloadlen >= (int)GENL_HDRLEN) {
		const struct genlmsghdr *ghdr = (const void *)data;

		fprintf(d->ofd, "  [GENERIC NETLINK HEADER] %zu octets\n",
			sizeof(*ghdr));
		fprintf(d->ofd, "    .cmd = %u\n", ghdr->cmd);
		fprintf(d->ofd, "    .version = %u\n", ghdr->version);
		fprintf(d->ofd, "    .unused = %#x\n", ghdr->reserved);
		data += GENL_HDRLEN;
		payloadlen -= GENL_HDRLEN;
		genl = 1;
	}

	if (ops) {
		int full = ops->co_hdrsize;

		hdrsize = full - (genl ? GENL_HDRLEN : 0);
		if (hdrsize < 0)
			hdrsize = 0;

		if (payloadlen >= hdrsize) {
			int off = NLMSG_ALIGN(full > 0 ? full : 0);
			int attrlen = nlmsg_datalen(nlh);

			if (attrlen > avail)
				attrlen = avail;
			attrlen -= off;

			if (hdrsize > 0) {
				fprintf(d->ofd, "  [%s] %d octets\n",
					genl ? "HEADER" : "PAYLOAD", hdrsize);
				dump_hex(d, data, hdrsize, 2);
			}
			if (attrlen > 0)
				dump_attrs(d, (const struct nlattr *)
					   ((const unsigned char *)
					    nlmsg_data(nlh) + off),
					   attrlen, 1);
			attrs_done = 1;
		}
		nl_cache_ops_put(ops);
	}

	if (!attrs_done && payloadlen > 0) {
		fprintf(d->ofd, "  [PAYLOAD] %d octets\n", payloadlen);
		dump_hex(d, data, payloadlen, 2);
	}
}

/**
 * Print @msg to @ofd in a readable form: header fields with type and flag
 * names, then the payload (error details, generic netlink header, family
 * header and attributes when a registered cache type knows the message,
 * or a hex dump).
 */
NL_EXPORT void nl_msg_dump(struct nl_msg *msg, FILE *ofd)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct dump_ctx d = {
		.ofd = ofd,
		.end = (const unsigned char *)nlh + msg->nm_size,
	};

	fprintf(ofd, "--------------------------   BEGIN NETLINK MESSAGE "
		     "---------------------------\n");

	fprintf(ofd, "  [NETLINK HEADER] %zu octets\n",
		sizeof(struct nlmsghdr));
	print_hdr_fields(ofd, nlh, msg->nm_protocol);

	if (nlh->nlmsg_type == NLMSG_ERROR)
		dump_error(&d, msg);
	else if (nlmsg_datalen(nlh) > 0)
		dump_payload(&d, msg);

	fprintf(ofd, "---------------------------  END NETLINK MESSAGE   "
		     "---------------------------\n");
}
