/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink attributes (struct nlattr): size arithmetic, walking, parsing
 * against a policy, reading typed values and appending attributes to a
 * message.
 *
 * Walking and parsing never look outside the (head, len) area the caller
 * hands in: an attribute is only used once nla_ok() has checked that its
 * header and its declared length fit in what remains.
 */

#include <stdlib.h>
#include <string.h>
#include <limits.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/errno.h>

#include "nl-private/core.h"

/* ------------------------------------------------------------------ */
/* Size arithmetic                                                      */

/**
 * Length of an attribute (header included) carrying @payload bytes,
 * without trailing padding.
 */
NL_EXPORT int nla_attr_size(int payload)
{
	return NLA_HDRLEN + payload;
}

/**
 * Room an attribute carrying @payload bytes takes in a message, padding
 * included.
 */
NL_EXPORT int nla_total_size(int payload)
{
	return NLA_ALIGN(nla_attr_size(payload));
}

/** Number of padding bytes that follow an attribute of @payload bytes. */
NL_EXPORT int nla_padlen(int payload)
{
	return nla_total_size(payload) - nla_attr_size(payload);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** Attribute type, without the NLA_F_NESTED and byte order flag bits. */
NL_EXPORT int nla_type(const struct nlattr *nla)
{
	return nla->nla_type & NLA_TYPE_MASK;
}

/** Pointer to the payload of @nla (right after its header). */
NL_EXPORT void *nla_data(const struct nlattr *nla)
{
	return (char *)nla + NLA_HDRLEN;
}

/** Payload length of @nla (its nla_len minus the header). */
NL_EXPORT int nla_len(const struct nlattr *nla)
{
	return nla->nla_len - NLA_HDRLEN;
}

/**
 * Whether @nla is a complete attribute inside the @remaining bytes of a
 * stream: its header fits, and its declared length is at least a header
 * and at most @remaining.
 */
NL_EXPORT int nla_ok(const struct nlattr *nla, int remaining)
{
	return remaining >= (int)sizeof(*nla) &&
	       nla->nla_len >= sizeof(*nla) &&
	       nla->nla_len <= remaining;
}

/**
 * Step from @nla to the attribute after it and subtract the aligned length
 * of @nla from *@remaining.  Check the result with nla_ok() before use.
 */
NL_EXPORT struct nlattr *nla_next(const struct nlattr *nla, int *remaining)
{
	int totlen = NLA_ALIGN(nla->nla_len);

	*remaining -= totlen;
	return (struct nlattr *)((char *)nla + totlen);
}

/** Whether @nla carries the NLA_F_NESTED flag. */
NL_EXPORT int nla_is_nested(const struct nlattr *nla)
{
	return !!(nla->nla_type & NLA_F_NESTED);
}

/* ------------------------------------------------------------------ */
/* Validation and parsing                                               */

/*
 * Smallest payload each policy type accepts when the policy entry gives
 * no minlen.  Indexed by upstream libnl's NLA_* numbering (not the
 * kernel's).  Types that are not listed accept any length.
 */
static const uint16_t type_minlen[NLA_TYPE_MAX + 1] = {
	[NLA_U8] = sizeof(uint8_t),
	[NLA_U16] = sizeof(uint16_t),
	[NLA_U32] = sizeof(uint32_t),
	[NLA_U64] = sizeof(uint64_t),
	[NLA_STRING] = 1,
	[NLA_S8] = sizeof(int8_t),
	[NLA_S16] = sizeof(int16_t),
	[NLA_S32] = sizeof(int32_t),
	[NLA_S64] = sizeof(int64_t),
	[NLA_SINT] = sizeof(int32_t),
	[NLA_UINT] = sizeof(uint32_t),
};

/* Check one attribute against policy[type]; types above maxtype pass. */
static int validate_one(const struct nlattr *nla, int maxtype,
			const struct nla_policy *policy)
{
	const struct nla_policy *pt;
	int type = nla_type(nla);
	int len = nla_len(nla);
	unsigned int minlen;

	if (type < 0 || type > maxtype)
		return 0;

	pt = &policy[type];
	if (pt->type > NLA_TYPE_MAX) {
		APPBUG("nla_policy entry with an unknown attribute type");
		return -NLE_INVAL;
	}

	minlen = pt->minlen ? pt->minlen : type_minlen[pt->type];
	if (len < (int)minlen)
		return -NLE_RANGE;
	if (pt->maxlen && len > pt->maxlen)
		return -NLE_RANGE;

	if (pt->type == NLA_STRING) {
		const char *data = nla_data(nla);

		if (len <= 0 || data[len - 1] != '\0')
			return -NLE_INVAL;
	}

	return 0;
}

/**
 * Parse the attribute stream (@head, @len) into @tb, an array of
 * @maxtype + 1 pointers indexed by attribute type.
 *
 * @tb is cleared first.  Attributes of a type above @maxtype are skipped;
 * when a type occurs more than once, the last one wins.  With a @policy,
 * each attribute is checked against it first.  Trailing bytes that do not
 * form a whole attribute are ignored.  The pointers point into @head.
 *
 * @return 0, or -NLE_RANGE / -NLE_INVAL when an attribute violates the
 * policy (tb then holds what was parsed before it).
 */
NL_EXPORT int nla_parse(struct nlattr *tb[], int maxtype, struct nlattr *head,
			int len, const struct nla_policy *policy)
{
	struct nlattr *nla;
	int rem, err;

	if (maxtype >= 0)
		memset(tb, 0, sizeof(struct nlattr *) * (maxtype + 1));

	nla_for_each_attr(nla, head, len, rem) {
		int type = nla_type(nla);

		if (type > maxtype)
			continue;

		if (policy) {
			err = validate_one(nla, maxtype, policy);
			if (err < 0)
				return err;
		}

		if (tb[type])
			NL_DBG(1, "Attribute of type %#x found multiple times "
				  "in message, previous attribute is being "
				  "ignored.\n", type);
		tb[type] = nla;
	}

	if (rem > 0)
		NL_DBG(1, "netlink: %d bytes leftover after parsing "
			  "attributes.\n", rem);

	return 0;
}

/**
 * Check every attribute of the stream (@head, @len) against @policy
 * (entries 0..@maxtype; attributes of higher types are not checked).
 * Nested attributes are not descended into.
 *
 * @return 0, or -NLE_RANGE (payload shorter than the minimum or longer than
 * maxlen) or -NLE_INVAL (NLA_STRING without a terminating NUL).
 */
NL_EXPORT int nla_validate(const struct nlattr *head, int len, int maxtype,
			   const struct nla_policy *policy)
{
	const struct nlattr *nla;
	int rem, err;

	if (!policy)
		return 0;

	nla_for_each_attr(nla, head, len, rem) {
		err = validate_one(nla, maxtype, policy);
		if (err < 0)
			return err;
	}

	return 0;
}

/**
 * Parse the payload of the nested attribute @nla into @tb; see nla_parse().
 */
NL_EXPORT int nla_parse_nested(struct nlattr *tb[], int maxtype,
			       struct nlattr *nla,
			       const struct nla_policy *policy)
{
	return nla_parse(tb, maxtype, nla_data(nla), nla_len(nla), policy);
}

/**
 * First attribute of type @attrtype in the stream (@head, @len), or NULL.
 */
NL_EXPORT struct nlattr *nla_find(const struct nlattr *head, int len,
				  int attrtype)
{
	const struct nlattr *nla;
	int rem;

	nla_for_each_attr(nla, head, len, rem) {
		if (nla_type(nla) == attrtype)
			return (struct nlattr *)nla;
	}

	return NULL;
}

/* ------------------------------------------------------------------ */
/* Reading payloads                                                     */

/**
 * Copy at most @count bytes of the payload of @src to @dest.
 * @return the number of bytes copied (0 when @src is NULL).
 */
NL_EXPORT int nla_memcpy(void *dest, const struct nlattr *src, int count)
{
	int n;

	if (!src)
		return 0;

	n = nla_len(src);
	if (count < n)
		n = count;
	if (n <= 0)
		return 0;

	memcpy(dest, nla_data(src), n);
	return n;
}

/**
 * Copy the string payload of @nla into @dst (of @dstsize bytes), always
 * NUL-terminated and zero-filled, truncated if needed.
 * @return the length of the source string (without a trailing NUL), so a
 * result >= @dstsize means the copy was truncated.
 */
NL_EXPORT size_t nla_strlcpy(char *dst, const struct nlattr *nla,
			     size_t dstsize)
{
	const char *src = nla_data(nla);
	size_t srclen = nla_len(nla) > 0 ? (size_t)nla_len(nla) : 0;

	if (srclen > 0 && src[srclen - 1] == '\0')
		srclen--;

	if (dstsize > 0) {
		size_t n = srclen >= dstsize ? dstsize - 1 : srclen;

		memset(dst, 0, dstsize);
		memcpy(dst, src, n);
	}

	return srclen;
}

/**
 * Compare the payload of @nla with @size bytes at @data.
 * @return 0 when equal; otherwise the length difference, or memcmp()'s
 * result when the lengths agree.
 */
NL_EXPORT int nla_memcmp(const struct nlattr *nla, const void *data,
			 size_t size)
{
	int d = nla_len(nla) - (int)size;

	if (d == 0)
		d = memcmp(nla_data(nla), data, size);
	return d;
}

/**
 * Compare the payload of @nla with the NUL-terminated @str (terminator
 * included), like nla_memcmp().
 */
NL_EXPORT int nla_strcmp(const struct nlattr *nla, const char *str)
{
	return nla_memcmp(nla, str, strlen(str) + 1);
}

/*
 * Fixed-size integers: a payload shorter than the value reads as 0 (never
 * beyond the attribute).  The payload may be only 4-byte aligned, hence
 * memcpy.
 */
#define DEFINE_GET(name, type)                                                 \
	NL_EXPORT type nla_get_##name(const struct nlattr *nla)                \
	{                                                                      \
		type v = 0;                                                    \
                                                                               \
		if (nla && nla_len(nla) >= (int)sizeof(v))                     \
			memcpy(&v, nla_data(nla), sizeof(v));                  \
		return v;                                                      \
	}

/* nla_get_u8() ... nla_get_s64(): payload of @nla as that integer type. */
DEFINE_GET(u8, uint8_t)
DEFINE_GET(s8, int8_t)
DEFINE_GET(u16, uint16_t)
DEFINE_GET(s16, int16_t)
DEFINE_GET(u32, uint32_t)
DEFINE_GET(s32, int32_t)
DEFINE_GET(u64, uint64_t)
DEFINE_GET(s64, int64_t)

/**
 * Variable-width unsigned integer (NLA_UINT): 4 or 8 bytes of payload.
 */
NL_EXPORT uint64_t nla_get_uint(const struct nlattr *nla)
{
	if (nla_len(nla) == sizeof(uint32_t))
		return nla_get_u32(nla);
	return nla_get_u64(nla);
}

/**
 * Variable-width signed integer (NLA_SINT): 4 or 8 bytes of payload, the
 * 4 byte form sign-extended.
 */
NL_EXPORT int64_t nla_get_sint(const struct nlattr *nla)
{
	if (nla_len(nla) == sizeof(int32_t))
		return nla_get_s32(nla);
	return nla_get_s64(nla);
}

/** Payload of @nla as a string (not copied; NUL-terminated if validated). */
NL_EXPORT char *nla_get_string(const struct nlattr *nla)
{
	return (char *)nla_data(nla);
}

/**
 * Copy of the string payload of @nla (at most nla_len() bytes), to be
 * released with free().  NULL on allocation failure.
 */
NL_EXPORT char *nla_strdup(const struct nlattr *nla)
{
	int len = nla_len(nla);

	return strndup(nla_data(nla), len > 0 ? (size_t)len : 0);
}

/** 1 when the flag attribute @nla is present (non-NULL), 0 otherwise. */
NL_EXPORT int nla_get_flag(const struct nlattr *nla)
{
	return !!nla;
}

/** Payload of @nla as milliseconds (a 64 bit value). */
NL_EXPORT unsigned long nla_get_msecs(const struct nlattr *nla)
{
	return nla_get_u64(nla);
}

/* ------------------------------------------------------------------ */
/* Building                                                             */

/**
 * Append an attribute of type @attrtype with room for @attrlen bytes of
 * payload to @msg, at the next aligned position; padding is zeroed and the
 * message length covers the padding.
 * @return the new attribute, or NULL when @attrlen is negative or the
 * message has no room (see nlmsg_expand()).
 */
NL_EXPORT struct nlattr *nla_reserve(struct nl_msg *msg, int attrtype,
				     int attrlen)
{
	struct nlattr *nla;
	size_t tlen;

	if (attrlen < 0)
		return NULL;

	tlen = NLMSG_ALIGN(msg->nm_nlh->nlmsg_len) +
	       (size_t)nla_total_size(attrlen);
	if (tlen > msg->nm_size)
		return NULL;

	nla = (struct nlattr *)nlmsg_tail(msg->nm_nlh);
	nla->nla_type = attrtype;
	nla->nla_len = nla_attr_size(attrlen);
	if (attrlen)
		memset((char *)nla_data(nla) + attrlen, 0, nla_padlen(attrlen));
	msg->nm_nlh->nlmsg_len = tlen;

	NL_DBG(2, "msg %p: attr <%p> %d: Reserved %d (%d) bytes at offset "
		  "+%td nlmsg_len=%d\n",
	       msg, nla, nla->nla_type, nla_total_size(attrlen), attrlen,
	       (char *)nla - (char *)nlmsg_data(msg->nm_nlh),
	       msg->nm_nlh->nlmsg_len);

	return nla;
}

/**
 * Append an attribute of type @attrtype carrying a copy of @datalen bytes
 * at @data.
 * @return 0, -NLE_INVAL for a negative @datalen, -NLE_NOMEM when the
 * message has no room.
 */
NL_EXPORT int nla_put(struct nl_msg *msg, int attrtype, int datalen,
		      const void *data)
{
	struct nlattr *nla;

	if (datalen < 0)
		return -NLE_INVAL;

	nla = nla_reserve(msg, attrtype, datalen);
	if (!nla)
		return -NLE_NOMEM;

	if (datalen > 0 && data) {
		memcpy(nla_data(nla), data, datalen);
		NL_DBG(2, "msg %p: attr <%p> %d: Wrote %d bytes at offset "
			  "+%td\n",
		       msg, nla, nla->nla_type, datalen,
		       (char *)nla - (char *)nlmsg_data(msg->nm_nlh));
	}

	return 0;
}

/** Append the contents of @data as an attribute; see nla_put(). */
NL_EXPORT int nla_put_data(struct nl_msg *msg, int attrtype,
			   const struct nl_data *data)
{
	return nla_put(msg, attrtype, nl_data_get_size(data),
		       nl_data_get(data));
}

/** Append the binary form of @addr as an attribute; see nla_put(). */
NL_EXPORT int nla_put_addr(struct nl_msg *msg, int attrtype,
			   struct nl_addr *addr)
{
	return nla_put(msg, attrtype, nl_addr_get_len(addr),
		       nl_addr_get_binary_addr(addr));
}

#define DEFINE_PUT(name, type)                                                 \
	NL_EXPORT int nla_put_##name(struct nl_msg *msg, int attrtype,         \
				     type value)                               \
	{                                                                      \
		return nla_put(msg, attrtype, sizeof(value), &value);          \
	}

/* nla_put_u8() ... nla_put_s64(): append @value as an attribute. */
DEFINE_PUT(u8, uint8_t)
DEFINE_PUT(s8, int8_t)
DEFINE_PUT(u16, uint16_t)
DEFINE_PUT(s16, int16_t)
DEFINE_PUT(u32, uint32_t)
DEFINE_PUT(s32, int32_t)
DEFINE_PUT(u64, uint64_t)
DEFINE_PUT(s64, int64_t)

/** Append an NLA_UINT: 4 bytes when @value fits, 8 otherwise. */
NL_EXPORT int nla_put_uint(struct nl_msg *msg, int attrtype, uint64_t value)
{
	if (value <= UINT32_MAX)
		return nla_put_u32(msg, attrtype, (uint32_t)value);
	return nla_put_u64(msg, attrtype, value);
}

/** Append an NLA_SINT: 4 bytes when @value fits, 8 otherwise. */
NL_EXPORT int nla_put_sint(struct nl_msg *msg, int attrtype, int64_t value)
{
	if (value >= INT32_MIN && value <= INT32_MAX)
		return nla_put_s32(msg, attrtype, (int32_t)value);
	return nla_put_s64(msg, attrtype, value);
}

/** Append @str, terminating NUL included, as an attribute. */
NL_EXPORT int nla_put_string(struct nl_msg *msg, int attrtype,
			     const char *str)
{
	return nla_put(msg, attrtype, strlen(str) + 1, str);
}

/** Append a flag attribute (no payload). */
NL_EXPORT int nla_put_flag(struct nl_msg *msg, int attrtype)
{
	return nla_put(msg, attrtype, 0, NULL);
}

/** Append milliseconds as a 64 bit attribute. */
NL_EXPORT int nla_put_msecs(struct nl_msg *msg, int attrtype,
			    unsigned long msecs)
{
	return nla_put_u64(msg, attrtype, msecs);
}

/**
 * Append an attribute whose payload is the payload of the message
 * @nested (its attributes).  The type gets no NLA_F_NESTED flag.
 */
NL_EXPORT int nla_put_nested(struct nl_msg *msg, int attrtype,
			     const struct nl_msg *nested)
{
	NL_DBG(2, "msg %p: attr <> %d: adding msg %p as nested attribute\n",
	       msg, attrtype, nested);

	return nla_put(msg, attrtype, nlmsg_datalen(nested->nm_nlh),
		       nlmsg_data(nested->nm_nlh));
}

/**
 * Open a nested attribute of type @attrtype (NLA_F_NESTED set): the
 * attributes added next go inside it until nla_nest_end().
 * @return the nest's header, or NULL when the message has no room.
 */
NL_EXPORT struct nlattr *nla_nest_start(struct nl_msg *msg, int attrtype)
{
	struct nlattr *start = (struct nlattr *)nlmsg_tail(msg->nm_nlh);

	if (nla_put(msg, NLA_F_NESTED | attrtype, 0, NULL) < 0)
		return NULL;

	NL_DBG(2, "msg %p: attr <%p> %d: starting nesting\n", msg, start,
	       start->nla_type);

	return start;
}

static int nest_end(struct nl_msg *msg, struct nlattr *start, int keep_empty)
{
	size_t len;
	int pad;

	len = (char *)nlmsg_tail(msg->nm_nlh) - (char *)start;

	if (len > USHRT_MAX) {
		NL_DBG(2, "msg %p: attr <%p> %d: nested attribute too large\n",
		       msg, start, start->nla_type);
		nla_nest_cancel(msg, start);
		return -NLE_ATTRSIZE;
	}

	if (len == NLA_HDRLEN && !keep_empty) {
		/* Nothing was added: drop the empty nest altogether. */
		msg->nm_nlh->nlmsg_len -= NLA_HDRLEN;
		memset(start, 0, NLA_HDRLEN);
		return 0;
	}

	start->nla_len = len;

	/* The tail is aligned already; extend the length over the padding. */
	pad = NLMSG_ALIGN(msg->nm_nlh->nlmsg_len) - msg->nm_nlh->nlmsg_len;
	if (pad > 0) {
		if (!nlmsg_reserve(msg, pad, 0))
			return -NLE_NOMEM;
		NL_DBG(2, "msg %p: attr <%p> %d: added %d bytes of padding\n",
		       msg, start, start->nla_type, pad);
	}

	NL_DBG(2, "msg %p: attr <%p> %d: closing nesting, len=%u\n", msg,
	       start, start->nla_type, start->nla_len);

	return 0;
}

/**
 * Close the nest opened by nla_nest_start() at @start: its length now
 * covers everything added since.  A nest that stayed empty is removed.
 * @return 0, or -NLE_ATTRSIZE when the nest exceeds 65535 bytes (it is
 * then removed with its contents).
 */
NL_EXPORT int nla_nest_end(struct nl_msg *msg, struct nlattr *start)
{
	return nest_end(msg, start, 0);
}

/** Like nla_nest_end() but an empty nest stays in the message. */
NL_EXPORT int nla_nest_end_keep_empty(struct nl_msg *msg,
				      struct nlattr *start)
{
	return nest_end(msg, start, 1);
}

/**
 * Remove the nest opened at @attr, and everything added after it, from
 * @msg.
 */
NL_EXPORT void nla_nest_cancel(struct nl_msg *msg, const struct nlattr *attr)
{
	ptrdiff_t len;

	len = (char *)nlmsg_tail(msg->nm_nlh) - (char *)attr;
	if (len < 0) {
		BUG();
		return;
	}
	if (len > 0) {
		size_t off = (char *)attr - (char *)msg->nm_nlh;

		msg->nm_nlh->nlmsg_len = off;
		if (off + len > msg->nm_size)
			len = msg->nm_size - off;
		memset((void *)attr, 0, len);
	}
}
