/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink attributes: type-length-value records inside messages.
 */

#ifndef NETLINK_ATTR_H_
#define NETLINK_ATTR_H_

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/addr.h>
#include <netlink/data.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlattr;
struct nl_msg;

/** Payload types a policy can require of an attribute. */
enum {
	NLA_UNSPEC,	/**< Anything; only the minimum length is checked */
	NLA_U8,		/**< 8-bit unsigned integer */
	NLA_U16,	/**< 16-bit unsigned integer */
	NLA_U32,	/**< 32-bit unsigned integer */
	NLA_U64,	/**< 64-bit unsigned integer */
	NLA_STRING,	/**< Character string */
	NLA_FLAG,	/**< Flag, no payload */
	NLA_MSECS,	/**< Milliseconds, 64 bits */
	NLA_NESTED,	/**< Nested attributes */
	NLA_NESTED_COMPAT,
	NLA_NUL_STRING,	/**< NUL-terminated string */
	NLA_BINARY,	/**< Binary data of at most maxlen bytes */
	NLA_S8,		/**< 8-bit signed integer */
	NLA_S16,	/**< 16-bit signed integer */
	NLA_S32,	/**< 32-bit signed integer */
	NLA_S64,	/**< 64-bit signed integer */
	NLA_SINT = 20,	/**< Signed integer of 4 or 8 bytes */
	NLA_UINT,	/**< Unsigned integer of 4 or 8 bytes */
	__NLA_TYPE_MAX,
};

#define NLA_TYPE_MAX (__NLA_TYPE_MAX - 1)

/** What nla_parse() and nla_validate() require of one attribute type. */
struct nla_policy {
	/** Payload type (NLA_*), NLA_UNSPEC for no type check */
	uint16_t type;
	/** Smallest payload accepted (0: the type's own size) */
	uint16_t minlen;
	/** Largest payload accepted (0: no limit) */
	uint16_t maxlen;
};

/** Header plus @a payload bytes, without padding. */
extern int nla_attr_size(int payload);

/** Header plus @a payload bytes, padded to NLA_ALIGNTO. */
extern int nla_total_size(int payload);

/** Padding after an attribute with @a payload bytes. */
extern int nla_padlen(int payload);

/** Type of @a nla, without the NLA_F_* flag bits. */
extern int nla_type(const struct nlattr *nla);

/** Start of the payload of @a nla. */
extern void *nla_data(const struct nlattr *nla);

/** Length of the payload of @a nla. */
extern int nla_len(const struct nlattr *nla);

/** Non-zero when a whole attribute starts at @a nla within @a remaining bytes. */
extern int nla_ok(const struct nlattr *nla, int remaining);

/** Step to the next attribute of a stream, decreasing @a remaining. */
extern struct nlattr *nla_next(const struct nlattr *nla, int *remaining);

/**
 * Index a stream of @a len bytes of attributes at @a head into @a tb
 * (maxtype + 1 entries, zeroed first), validating each with @a policy.
 * @return 0, -NLE_RANGE or -NLE_INVAL for an attribute the policy rejects.
 */
extern int nla_parse(struct nlattr **tb, int maxtype, struct nlattr *head,
		     int len, const struct nla_policy *policy);

/** Validate a stream of attributes against @a policy. */
extern int nla_validate(const struct nlattr *head, int len, int maxtype,
			const struct nla_policy *policy);

/** First attribute of type @a attrtype in a stream, or NULL. */
extern struct nlattr *nla_find(const struct nlattr *head, int len,
			       int attrtype);

/** Copy at most @a count bytes of payload to @a dest; bytes copied. */
extern int nla_memcpy(void *dest, const struct nlattr *src, int count);

/**
 * Copy a string payload to @a dst (at most @a dstsize - 1 characters,
 * always NUL-terminated when @a dstsize > 0).
 * @return the length of the source string.
 */
extern size_t nla_strlcpy(char *dst, const struct nlattr *nla,
			  size_t dstsize);

/** memcmp() of the payload with @a size bytes at @a data. */
extern int nla_memcmp(const struct nlattr *nla, const void *data,
		      size_t size);

/** Compare a string payload with @a str. */
extern int nla_strcmp(const struct nlattr *nla, const char *str);

/** Reserve an attribute with @a attrlen bytes of payload; NULL when full. */
extern struct nlattr *nla_reserve(struct nl_msg *msg, int attrtype,
				  int attrlen);

/** Add an attribute; -NLE_NOMEM when the message is full. */
extern int nla_put(struct nl_msg *msg, int attrtype, int datalen,
		   const void *data);

/** Add an attribute holding the bytes of @a data. */
extern int nla_put_data(struct nl_msg *msg, int attrtype,
			const struct nl_data *data);

/** Add an attribute holding the binary address of @a addr. */
extern int nla_put_addr(struct nl_msg *msg, int attrtype,
			struct nl_addr *addr);

extern int8_t nla_get_s8(const struct nlattr *nla);
extern int nla_put_s8(struct nl_msg *msg, int attrtype, int8_t value);
extern uint8_t nla_get_u8(const struct nlattr *nla);
extern int nla_put_u8(struct nl_msg *msg, int attrtype, uint8_t value);
extern int16_t nla_get_s16(const struct nlattr *nla);
extern int nla_put_s16(struct nl_msg *msg, int attrtype, int16_t value);
extern uint16_t nla_get_u16(const struct nlattr *nla);
extern int nla_put_u16(struct nl_msg *msg, int attrtype, uint16_t value);
extern int32_t nla_get_s32(const struct nlattr *nla);
extern int nla_put_s32(struct nl_msg *msg, int attrtype, int32_t value);
extern uint32_t nla_get_u32(const struct nlattr *nla);
extern int nla_put_u32(struct nl_msg *msg, int attrtype, uint32_t value);
extern int64_t nla_get_s64(const struct nlattr *nla);
extern int nla_put_s64(struct nl_msg *msg, int attrtype, int64_t value);
extern uint64_t nla_get_u64(const struct nlattr *nla);
extern int nla_put_u64(struct nl_msg *msg, int attrtype, uint64_t value);

/** Value of an NLA_SINT attribute (4 or 8 bytes of payload). */
extern int64_t nla_get_sint(const struct nlattr *nla);
/** Add a signed integer in 4 bytes when it fits, else 8. */
extern int nla_put_sint(struct nl_msg *msg, int attrtype, int64_t value);
/** Value of an NLA_UINT attribute (4 or 8 bytes of payload). */
extern uint64_t nla_get_uint(const struct nlattr *nla);
/** Add an unsigned integer in 4 bytes when it fits, else 8. */
extern int nla_put_uint(struct nl_msg *msg, int attrtype, uint64_t value);

/** Payload of a string attribute. */
extern char *nla_get_string(const struct nlattr *nla);
/** malloc()ed copy of a string payload; NULL when out of memory. */
extern char *nla_strdup(const struct nlattr *nla);
/** Add a NUL-terminated string. */
extern int nla_put_string(struct nl_msg *msg, int attrtype, const char *str);

/** 1 when the flag attribute @a nla is present (non-NULL). */
extern int nla_get_flag(const struct nlattr *nla);
/** Add a flag (attribute without payload). */
extern int nla_put_flag(struct nl_msg *msg, int attrtype);

/** Value of a milliseconds attribute. */
extern unsigned long nla_get_msecs(const struct nlattr *nla);
/** Add a milliseconds attribute (64 bits). */
extern int nla_put_msecs(struct nl_msg *msg, int attrtype,
			 unsigned long msecs);

/** Add the payload of message @a nested as a nested attribute. */
extern int nla_put_nested(struct nl_msg *msg, int attrtype,
			  const struct nl_msg *nested);

/** Open a nested attribute; close it with nla_nest_end(). */
extern struct nlattr *nla_nest_start(struct nl_msg *msg, int attrtype);

/** Close a nested attribute; an empty one is removed again. */
extern int nla_nest_end(struct nl_msg *msg, struct nlattr *start);

/** Close a nested attribute, keeping it even when empty. */
extern int nla_nest_end_keep_empty(struct nl_msg *msg, struct nlattr *start);

/** Remove an open nested attribute and everything added after it. */
extern void nla_nest_cancel(struct nl_msg *msg, const struct nlattr *attr);

/** nla_parse() on the payload of @a nla. */
extern int nla_parse_nested(struct nlattr **tb, int maxtype,
			    struct nlattr *nla,
			    const struct nla_policy *policy);

/** Non-zero when @a nla carries the NLA_F_NESTED flag. */
extern int nla_is_nested(const struct nlattr *nla);

/*
 * Attribute construction macros: each adds an attribute and jumps to the
 * label nla_put_failure, which the caller must define, when the message
 * is full.
 */

/** Add an attribute of @a attrlen bytes at @a data. */
#define NLA_PUT(msg, attrtype, attrlen, data)                                 \
	do {                                                                   \
		if (nla_put(msg, attrtype, attrlen, data) < 0)                 \
			goto nla_put_failure;                                  \
	} while (0)

/** Add @a value converted to C type @a type. */
#define NLA_PUT_TYPE(msg, type, attrtype, value)                              \
	do {                                                                   \
		type __nla_tmp = (value);                                      \
		NLA_PUT(msg, attrtype, (int) sizeof(type), &__nla_tmp);        \
	} while (0)

#define NLA_PUT_S8(msg, attrtype, value)                                      \
	NLA_PUT_TYPE(msg, int8_t, attrtype, value)
#define NLA_PUT_U8(msg, attrtype, value)                                      \
	NLA_PUT_TYPE(msg, uint8_t, attrtype, value)
#define NLA_PUT_S16(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int16_t, attrtype, value)
#define NLA_PUT_U16(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint16_t, attrtype, value)
#define NLA_PUT_S32(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int32_t, attrtype, value)
#define NLA_PUT_U32(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint32_t, attrtype, value)
#define NLA_PUT_S64(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int64_t, attrtype, value)
#define NLA_PUT_U64(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint64_t, attrtype, value)

/** Add a NUL-terminated string. */
#define NLA_PUT_STRING(msg, attrtype, value)                                  \
	NLA_PUT(msg, attrtype, (int) strlen(value) + 1, value)

/** Add a flag. */
#define NLA_PUT_FLAG(msg, attrtype) NLA_PUT(msg, attrtype, 0, NULL)

/** Add a milliseconds value (64 bits). */
#define NLA_PUT_MSECS(msg, attrtype, msecs)                                   \
	NLA_PUT_U64(msg, attrtype, msecs)

/** Add the binary form of an nl_addr. */
#define NLA_PUT_ADDR(msg, attrtype, addr)                                     \
	NLA_PUT(msg, attrtype, (int) nl_addr_get_len(addr),                    \
		nl_addr_get_binary_addr(addr))

/** Add the bytes of an nl_data. */
#define NLA_PUT_DATA(msg, attrtype, data)                                     \
	NLA_PUT(msg, attrtype, (int) nl_data_get_size(data), nl_data_get(data))

/**
 * Iterate over a stream of @a len bytes of attributes at @a head;
 * @a pos (struct nlattr *) is each attribute, @a rem (int) the bytes left.
 */
#define nla_for_each_attr(pos, head, len, rem)                                \
	for ((pos) = (head), (rem) = (len); nla_ok(pos, rem);                  \
	     (pos) = nla_next(pos, &(rem)))

/** Iterate over the attributes nested in @a nla. */
#define nla_for_each_nested(pos, nla, rem)                                    \
	for ((pos) = (struct nlattr *) nla_data(nla), (rem) = nla_len(nla);    \
	     nla_ok(pos, rem); (pos) = nla_next(pos, &(rem)))

#ifdef __cplusplus
}
#endif

#endif
