/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink attributes: type-length-value records inside messages.
 */

#ifndef NETLINK_ATTR_H_
#define NETLINK_ATTR_H_

/**
 * @defgroup core_attr Attributes
 * @ingroup core
 * Netlink attributes: type-length-value records that follow the family
 * header of a message, possibly nested.  Parse them with nlmsg_parse() or
 * nla_parse() into an array indexed by type, validated by a policy; add
 * them with the nla_put*() functions or the NLA_PUT*() macros.
 * @{
 */

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
	NLA_NESTED_COMPAT, /**< Nested attributes after a fixed header */
	NLA_NUL_STRING,	/**< NUL-terminated string */
	NLA_BINARY,	/**< Binary data of at most maxlen bytes */
	NLA_S8,		/**< 8-bit signed integer */
	NLA_S16,	/**< 16-bit signed integer */
	NLA_S32,	/**< 32-bit signed integer */
	NLA_S64,	/**< 64-bit signed integer */
	NLA_SINT = 20,	/**< Signed integer of 4 or 8 bytes */
	NLA_UINT,	/**< Unsigned integer of 4 or 8 bytes */
	__NLA_TYPE_MAX,	/**< Number of types, not a type */
};

/** The highest valid NLA_* payload type. */
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

/**
 * Compute the length of an attribute with a payload, without padding.
 * @param payload	payload length in bytes
 *
 * @return The attribute header length plus @a payload.
 */
extern int nla_attr_size(int payload);

/**
 * Compute the room an attribute with a payload takes, padding included.
 * @param payload	payload length in bytes
 *
 * @return nla_attr_size() rounded up to NLA_ALIGNTO (4 bytes).
 */
extern int nla_total_size(int payload);

/**
 * Compute the padding after an attribute with a payload.
 * @param payload	payload length in bytes
 *
 * @return The bytes between nla_attr_size() and nla_total_size().
 */
extern int nla_padlen(int payload);

/**
 * Get the type of an attribute.
 * @param nla	attribute
 *
 * @return The type without the NLA_F_NESTED and NLA_F_NET_BYTEORDER flag
 *         bits.
 */
extern int nla_type(const struct nlattr *nla);

/**
 * Get the payload of an attribute.
 * @param nla	attribute
 *
 * @return The first byte after the attribute header.
 */
extern void *nla_data(const struct nlattr *nla);

/**
 * Get the payload length of an attribute.
 * @param nla	attribute
 *
 * @return nla_len of the header minus the header length.
 */
extern int nla_len(const struct nlattr *nla);

/**
 * Check that a whole attribute lies within a buffer.
 * @param nla	attribute at the current position of a stream
 * @param remaining	bytes left in the stream from @a nla on
 *
 * @return Non-zero when the header fits in @a remaining and the declared
 *         length is at least a header and at most @a remaining; 0
 *         otherwise.
 */
extern int nla_ok(const struct nlattr *nla, int remaining);

/**
 * Step to the next attribute of a stream.
 * @param nla	current attribute
 * @param[in,out] remaining	bytes left in the stream; decreased by the
 *		aligned length of @a nla
 *
 * @return The attribute after @a nla; check it with nla_ok() before use.
 */
extern struct nlattr *nla_next(const struct nlattr *nla, int *remaining);

/**
 * Parse a stream of attributes into an array indexed by type.
 * @param[out] tb	array of @a maxtype + 1 pointers; cleared, then set
 *		to the attribute of each type found (pointers into
 *		@a head)
 * @param maxtype	highest attribute type kept; higher types are
 *		skipped
 * @param head	first attribute of the stream
 * @param len	length of the stream in bytes
 * @param policy	validation policy of @a maxtype + 1 entries, or NULL
 *
 * When a type occurs more than once the last one wins.  Trailing bytes
 * that do not form a whole attribute are ignored.
 *
 * @return 0 on success; -NLE_RANGE when an attribute's payload is shorter
 *         than the policy's minimum or longer than its maximum;
 *         -NLE_INVAL for an NLA_STRING without a terminating NUL.  @a tb
 *         then holds what was parsed before the failing attribute.
 */
extern int nla_parse(struct nlattr **tb, int maxtype, struct nlattr *head,
		     int len, const struct nla_policy *policy);

/**
 * Validate a stream of attributes against a policy.
 * @param head	first attribute of the stream
 * @param len	length of the stream in bytes
 * @param maxtype	highest attribute type the policy describes; higher
 *		types are not checked
 * @param policy	validation policy of @a maxtype + 1 entries
 *
 * Nested attributes are not descended into.
 *
 * @return 0 when every attribute passes; -NLE_RANGE for a payload shorter
 *         than the minimum or longer than the maximum; -NLE_INVAL for an
 *         NLA_STRING without a terminating NUL.
 */
extern int nla_validate(const struct nlattr *head, int len, int maxtype,
			const struct nla_policy *policy);

/**
 * Find an attribute in a stream.
 * @param head	first attribute of the stream
 * @param len	length of the stream in bytes
 * @param attrtype	attribute type to look for
 *
 * @return The first attribute of type @a attrtype (a pointer into the
 *         stream), or NULL.
 */
extern struct nlattr *nla_find(const struct nlattr *head, int len,
			       int attrtype);

/**
 * Copy the payload of an attribute into a buffer.
 * @param dest	buffer
 * @param src	attribute, or NULL
 * @param count	size of @a dest; at most this many bytes are copied
 *
 * @return The number of bytes copied: the smaller of @a count and the
 *         payload length; 0 when @a src is NULL.
 */
extern int nla_memcpy(void *dest, const struct nlattr *src, int count);

/**
 * Copy a string attribute into a buffer.
 * @param dst	buffer
 * @param nla	string attribute
 * @param dstsize	size of @a dst
 *
 * The copy is truncated to fit and always NUL-terminated when @a dstsize
 * is not 0; the rest of @a dst is zeroed.
 *
 * @return The length of the source string without its NUL: a value of
 *         @a dstsize or more means the copy was truncated.
 */
extern size_t nla_strlcpy(char *dst, const struct nlattr *nla,
			  size_t dstsize);

/**
 * Compare the payload of an attribute with a buffer.
 * @param nla	attribute
 * @param data	bytes to compare with
 * @param size	number of bytes at @a data
 *
 * @return 0 when the payload equals the @a size bytes at @a data; the
 *         difference of the lengths when they differ; memcmp()'s result
 *         otherwise.
 */
extern int nla_memcmp(const struct nlattr *nla, const void *data,
		      size_t size);

/**
 * Compare a string attribute with a string.
 * @param nla	string attribute
 * @param str	NUL-terminated string; its terminator is compared too
 *
 * @return 0 when equal, non-zero otherwise, as nla_memcmp().
 */
extern int nla_strcmp(const struct nlattr *nla, const char *str);

/**
 * Reserve an attribute in a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param attrlen	payload length in bytes
 *
 * The attribute is placed at the next aligned position; its padding is
 * zeroed and counted in the message length.
 *
 * @return The attribute, a pointer into the message's buffer for the
 *         caller to fill its payload; NULL when @a attrlen is negative or
 *         the message has no room (see nlmsg_expand()).
 */
extern struct nlattr *nla_reserve(struct nl_msg *msg, int attrtype,
				  int attrlen);

/**
 * Add an attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param datalen	payload length in bytes
 * @param data	payload, copied; may be NULL when @a datalen is 0
 *
 * @return 0 on success; -NLE_INVAL for a negative @a datalen;
 *         -NLE_NOMEM when the message has no room.
 */
extern int nla_put(struct nl_msg *msg, int attrtype, int datalen,
		   const void *data);

/**
 * Add an attribute holding the bytes of an abstract data object.
 * @param msg	message
 * @param attrtype	attribute type
 * @param data	data, copied
 *
 * @return As nla_put().
 */
extern int nla_put_data(struct nl_msg *msg, int attrtype,
			const struct nl_data *data);

/**
 * Add an attribute holding the binary form of an address.
 * @param msg	message
 * @param attrtype	attribute type
 * @param addr	address; its nl_addr_get_len() bytes are copied
 *
 * @return As nla_put().
 */
extern int nla_put_addr(struct nl_msg *msg, int attrtype,
			struct nl_addr *addr);

/**
 * Get the value of a 8-bit signed integer attribute.
 * @param nla	attribute
 *
 * @return The first 1 byte of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern int8_t nla_get_s8(const struct nlattr *nla);

/**
 * Add a 8-bit signed integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_s8(struct nl_msg *msg, int attrtype, int8_t value);

/**
 * Get the value of a 8-bit unsigned integer attribute.
 * @param nla	attribute
 *
 * @return The first 1 byte of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern uint8_t nla_get_u8(const struct nlattr *nla);

/**
 * Add a 8-bit unsigned integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_u8(struct nl_msg *msg, int attrtype, uint8_t value);

/**
 * Get the value of a 16-bit signed integer attribute.
 * @param nla	attribute
 *
 * @return The first 2 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern int16_t nla_get_s16(const struct nlattr *nla);

/**
 * Add a 16-bit signed integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_s16(struct nl_msg *msg, int attrtype, int16_t value);

/**
 * Get the value of a 16-bit unsigned integer attribute.
 * @param nla	attribute
 *
 * @return The first 2 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern uint16_t nla_get_u16(const struct nlattr *nla);

/**
 * Add a 16-bit unsigned integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_u16(struct nl_msg *msg, int attrtype, uint16_t value);

/**
 * Get the value of a 32-bit signed integer attribute.
 * @param nla	attribute
 *
 * @return The first 4 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern int32_t nla_get_s32(const struct nlattr *nla);

/**
 * Add a 32-bit signed integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_s32(struct nl_msg *msg, int attrtype, int32_t value);

/**
 * Get the value of a 32-bit unsigned integer attribute.
 * @param nla	attribute
 *
 * @return The first 4 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern uint32_t nla_get_u32(const struct nlattr *nla);

/**
 * Add a 32-bit unsigned integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_u32(struct nl_msg *msg, int attrtype, uint32_t value);

/**
 * Get the value of a 64-bit signed integer attribute.
 * @param nla	attribute
 *
 * @return The first 8 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern int64_t nla_get_s64(const struct nlattr *nla);

/**
 * Add a 64-bit signed integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_s64(struct nl_msg *msg, int attrtype, int64_t value);

/**
 * Get the value of a 64-bit unsigned integer attribute.
 * @param nla	attribute
 *
 * @return The first 8 bytes of the payload in host byte order; 0 when
 *         @a nla is NULL or its payload is shorter.
 */
extern uint64_t nla_get_u64(const struct nlattr *nla);

/**
 * Add a 64-bit unsigned integer attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value, stored in host byte order
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_u64(struct nl_msg *msg, int attrtype, uint64_t value);

/**
 * Get the value of a variable-width signed integer attribute (NLA_SINT).
 * @param nla	attribute with a 4 or 8 byte payload
 *
 * @return The value, sign-extended from a 4 byte payload; any other
 *         payload is read as 8 bytes (0 when shorter).
 */
extern int64_t nla_get_sint(const struct nlattr *nla);

/**
 * Add a variable-width signed integer attribute (NLA_SINT).
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value; stored in 4 bytes when it fits, else in 8
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_sint(struct nl_msg *msg, int attrtype, int64_t value);

/**
 * Get the value of a variable-width unsigned integer attribute (NLA_UINT).
 * @param nla	attribute with a 4 or 8 byte payload
 *
 * @return The value; any payload but 4 bytes is read as 8 bytes (0 when
 *         shorter).
 */
extern uint64_t nla_get_uint(const struct nlattr *nla);

/**
 * Add a variable-width unsigned integer attribute (NLA_UINT).
 * @param msg	message
 * @param attrtype	attribute type
 * @param value	value; stored in 4 bytes when it fits, else in 8
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_uint(struct nl_msg *msg, int attrtype, uint64_t value);

/**
 * Get the payload of a string attribute.
 * @param nla	string attribute
 *
 * @return The payload itself (not a copy), owned by the message; it is
 *         NUL-terminated only when the attribute was validated as
 *         NLA_STRING.
 */
extern char *nla_get_string(const struct nlattr *nla);

/**
 * Copy the payload of a string attribute.
 * @param nla	string attribute
 *
 * @return A NUL-terminated copy of at most nla_len() bytes, to be freed
 *         with free(); NULL when out of memory.
 */
extern char *nla_strdup(const struct nlattr *nla);

/**
 * Add a string attribute to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param str	NUL-terminated string, copied with its terminator
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_string(struct nl_msg *msg, int attrtype, const char *str);

/**
 * Tell whether a flag attribute is present.
 * @param nla	attribute found by nla_parse(), or NULL
 *
 * @return 1 when @a nla is not NULL, 0 otherwise.
 */
extern int nla_get_flag(const struct nlattr *nla);

/**
 * Add a flag attribute (no payload) to a message.
 * @param msg	message
 * @param attrtype	attribute type
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_flag(struct nl_msg *msg, int attrtype);

/**
 * Get the value of a milliseconds attribute.
 * @param nla	attribute with a 64-bit payload
 *
 * @return The value, as nla_get_u64().
 */
extern unsigned long nla_get_msecs(const struct nlattr *nla);

/**
 * Add a milliseconds attribute (64 bits) to a message.
 * @param msg	message
 * @param attrtype	attribute type
 * @param msecs	milliseconds
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_msecs(struct nl_msg *msg, int attrtype,
			 unsigned long msecs);

/**
 * Add the attributes of another message as a nested attribute.
 * @param msg	message
 * @param attrtype	attribute type; NLA_F_NESTED is not added
 * @param nested	message whose payload is copied as the payload
 *
 * @return 0 on success; -NLE_NOMEM when the message has no room.
 */
extern int nla_put_nested(struct nl_msg *msg, int attrtype,
			  const struct nl_msg *nested);

/**
 * Open a nested attribute.
 * @param msg	message
 * @param attrtype	attribute type; NLA_F_NESTED is added
 *
 * The attributes added next go inside the nest until nla_nest_end().
 *
 * @return The nest's header, a pointer into the message to give to
 *         nla_nest_end() or nla_nest_cancel(); NULL when the message has
 *         no room.
 */
extern struct nlattr *nla_nest_start(struct nl_msg *msg, int attrtype);

/**
 * Close a nested attribute.
 * @param msg	message
 * @param start	header returned by nla_nest_start()
 *
 * The nest's length then covers everything added since it was opened.  A
 * nest that stayed empty is removed from the message.
 *
 * @return 0 on success; -NLE_ATTRSIZE when the nest exceeds 65535 bytes
 *         (it is then removed with its contents); -NLE_NOMEM when the
 *         closing padding does not fit.
 */
extern int nla_nest_end(struct nl_msg *msg, struct nlattr *start);

/**
 * Close a nested attribute, keeping it even when empty.
 * @param msg	message
 * @param start	header returned by nla_nest_start()
 *
 * @return As nla_nest_end().
 */
extern int nla_nest_end_keep_empty(struct nl_msg *msg, struct nlattr *start);

/**
 * Remove an open nested attribute from a message.
 * @param msg	message
 * @param attr	header returned by nla_nest_start()
 *
 * The nest and everything added after it are removed.
 */
extern void nla_nest_cancel(struct nl_msg *msg, const struct nlattr *attr);

/**
 * Parse the attributes nested in an attribute into an array indexed by
 * type.
 * @param[out] tb	array of @a maxtype + 1 pointers, as for nla_parse()
 * @param maxtype	highest attribute type kept
 * @param nla	nested attribute
 * @param policy	validation policy of @a maxtype + 1 entries, or NULL
 *
 * @return As nla_parse().
 */
extern int nla_parse_nested(struct nlattr **tb, int maxtype,
			    struct nlattr *nla,
			    const struct nla_policy *policy);

/**
 * Tell whether an attribute carries the NLA_F_NESTED flag.
 * @param nla	attribute
 *
 * @return Non-zero when the flag is set, 0 otherwise.
 */
extern int nla_is_nested(const struct nlattr *nla);

/*
 * Attribute construction macros: each adds an attribute and jumps to the
 * label nla_put_failure, which the caller must define, when the message
 * is full.
 */

/**
 * Add an attribute, or jump to nla_put_failure.
 * @param msg	message
 * @param attrtype	attribute type
 * @param attrlen	payload length
 * @param data	payload
 */
#define NLA_PUT(msg, attrtype, attrlen, data)                                 \
	do {                                                                   \
		if (nla_put(msg, attrtype, attrlen, data) < 0)                 \
			goto nla_put_failure;                                  \
	} while (0)

/**
 * Add a value of a C type, or jump to nla_put_failure.
 * @param msg	message
 * @param type	C type the value is converted to and stored as
 * @param attrtype	attribute type
 * @param value	value
 */
#define NLA_PUT_TYPE(msg, type, attrtype, value)                              \
	do {                                                                   \
		type __nla_tmp = (value);                                      \
		NLA_PUT(msg, attrtype, (int) sizeof(type), &__nla_tmp);        \
	} while (0)

/** Add an int8_t, or jump to nla_put_failure. */
#define NLA_PUT_S8(msg, attrtype, value)                                      \
	NLA_PUT_TYPE(msg, int8_t, attrtype, value)
/** Add a uint8_t, or jump to nla_put_failure. */
#define NLA_PUT_U8(msg, attrtype, value)                                      \
	NLA_PUT_TYPE(msg, uint8_t, attrtype, value)
/** Add an int16_t, or jump to nla_put_failure. */
#define NLA_PUT_S16(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int16_t, attrtype, value)
/** Add a uint16_t, or jump to nla_put_failure. */
#define NLA_PUT_U16(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint16_t, attrtype, value)
/** Add an int32_t, or jump to nla_put_failure. */
#define NLA_PUT_S32(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int32_t, attrtype, value)
/** Add a uint32_t, or jump to nla_put_failure. */
#define NLA_PUT_U32(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint32_t, attrtype, value)
/** Add an int64_t, or jump to nla_put_failure. */
#define NLA_PUT_S64(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, int64_t, attrtype, value)
/** Add a uint64_t, or jump to nla_put_failure. */
#define NLA_PUT_U64(msg, attrtype, value)                                     \
	NLA_PUT_TYPE(msg, uint64_t, attrtype, value)

/** Add a NUL-terminated string, or jump to nla_put_failure. */
#define NLA_PUT_STRING(msg, attrtype, value)                                  \
	NLA_PUT(msg, attrtype, (int) strlen(value) + 1, value)

/** Add a flag, or jump to nla_put_failure. */
#define NLA_PUT_FLAG(msg, attrtype) NLA_PUT(msg, attrtype, 0, NULL)

/** Add a milliseconds value (64 bits), or jump to nla_put_failure. */
#define NLA_PUT_MSECS(msg, attrtype, msecs)                                   \
	NLA_PUT_U64(msg, attrtype, msecs)

/** Add the binary form of an nl_addr, or jump to nla_put_failure. */
#define NLA_PUT_ADDR(msg, attrtype, addr)                                     \
	NLA_PUT(msg, attrtype, (int) nl_addr_get_len(addr),                    \
		nl_addr_get_binary_addr(addr))

/** Add the bytes of an nl_data, or jump to nla_put_failure. */
#define NLA_PUT_DATA(msg, attrtype, data)                                     \
	NLA_PUT(msg, attrtype, (int) nl_data_get_size(data), nl_data_get(data))

/**
 * Iterate over a stream of attributes.
 * @param pos	struct nlattr * set to each attribute
 * @param head	first attribute of the stream
 * @param len	length of the stream in bytes
 * @param rem	int holding the bytes left
 */
#define nla_for_each_attr(pos, head, len, rem)                                \
	for ((pos) = (head), (rem) = (len); nla_ok(pos, rem);                  \
	     (pos) = nla_next(pos, &(rem)))

/**
 * Iterate over the attributes nested in an attribute.
 * @param pos	struct nlattr * set to each attribute
 * @param nla	nested attribute
 * @param rem	int holding the bytes left
 */
#define nla_for_each_nested(pos, nla, rem)                                    \
	for ((pos) = (struct nlattr *) nla_data(nla), (rem) = nla_len(nla);    \
	     nla_ok(pos, rem); (pos) = nla_next(pos, &(rem)))

#ifdef __cplusplus
}
#endif

/** @} */

#endif
