/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink messages: size arithmetic, building, parsing and printing.
 */

#ifndef NETLINK_MSG_H_
#define NETLINK_MSG_H_

/**
 * @defgroup core_msg Messages
 * @ingroup core
 * Netlink messages (struct nl_msg): a reference-counted buffer holding one
 * message (header, family header, attributes) with its addresses,
 * credentials and protocol; size arithmetic, building, parsing and
 * printing.
 *
 * Build a request with nlmsg_alloc_simple(), nlmsg_append() for the family
 * header and the nla_put*() functions for attributes, then send it with
 * nl_send_auto().  The callbacks of nl_recvmsgs() receive parsed replies
 * as struct nl_msg too.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/attr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlmsghdr;
struct nla_policy;

/** Pass as pad argument when no alignment padding is wanted. */
#define NL_DONTPAD	0

/** Port id meaning "the socket's own port", filled in at completion. */
#define NL_AUTO_PORT	0
/** Old name of NL_AUTO_PORT */
#define NL_AUTO_PID	NL_AUTO_PORT

/** Sequence number meaning "the socket's next one", filled in at completion. */
#define NL_AUTO_SEQ	0

struct nl_msg;
struct nl_tree;
struct ucred;

/**
 * Compute the length of a message with a payload, without padding.
 * @param payload	payload length in bytes
 *
 * @return The header length plus @a payload.
 */
extern int nlmsg_size(int payload);

/**
 * Compute the room a message with a payload takes, padding included.
 * @param payload	payload length in bytes
 *
 * @return nlmsg_size() rounded up to NLMSG_ALIGNTO (4 bytes).
 */
extern int nlmsg_total_size(int payload);

/**
 * Compute the padding after a message with a payload.
 * @param payload	payload length in bytes
 *
 * @return The bytes between nlmsg_size() and nlmsg_total_size().
 */
extern int nlmsg_padlen(int payload);

/**
 * Get the payload of a message.
 * @param nlh	message header
 *
 * @return The first byte after the netlink header.
 */
extern void *nlmsg_data(const struct nlmsghdr *nlh);

/**
 * Get the payload length of a message.
 * @param nlh	message header
 *
 * @return nlmsg_len minus the header length; negative for a header that
 *         claims less than its own size.
 */
extern int nlmsg_datalen(const struct nlmsghdr *nlh);

/**
 * Get the end of a message.
 * @param nlh	message header
 *
 * @return The first byte after the message's aligned length, where the
 *         next data would be appended.
 */
extern void *nlmsg_tail(const struct nlmsghdr *nlh);

/**
 * Get the first attribute of a message.
 * @param nlh	message header
 * @param hdrlen	length of the family header that precedes the
 *		attributes (struct ifinfomsg...)
 *
 * @return The address where the attributes start, after the aligned
 *         family header; check nlmsg_attrlen() before reading it.
 */
extern struct nlattr *nlmsg_attrdata(const struct nlmsghdr *nlh, int hdrlen);

/**
 * Get the length of the attributes of a message.
 * @param nlh	message header
 * @param hdrlen	length of the family header
 *
 * @return The bytes of attributes after the aligned family header; 0 when
 *         the message is shorter than that header.
 */
extern int nlmsg_attrlen(const struct nlmsghdr *nlh, int hdrlen);

/**
 * Check that a message can hold a family header.
 * @param nlh	message header
 * @param hdrlen	length of the family header
 *
 * @return 1 when nlmsg_len covers the netlink header and @a hdrlen bytes,
 *         0 otherwise.
 */
extern int nlmsg_valid_hdr(const struct nlmsghdr *nlh, int hdrlen);

/**
 * Check that a whole message lies within a buffer.
 * @param nlh	message header at the current position of a stream
 * @param remaining	bytes left in the stream from @a nlh on
 *
 * @return Non-zero when the header fits in @a remaining and its nlmsg_len
 *         is at least a header and at most @a remaining; 0 otherwise.
 */
extern int nlmsg_ok(const struct nlmsghdr *nlh, int remaining);

/**
 * Step to the next message of a stream.
 * @param nlh	current message
 * @param[in,out] remaining	bytes left in the stream; decreased by the
 *		aligned length of @a nlh
 *
 * @return The header after @a nlh; check it with nlmsg_ok() before use.
 */
extern struct nlmsghdr *nlmsg_next(struct nlmsghdr *nlh, int *remaining);

/**
 * Parse the attributes of a message into an array indexed by type.
 * @param nlh	message header
 * @param hdrlen	length of the family header
 * @param[out] tb	array of @a maxtype + 1 pointers, set to the last
 *		attribute of each type or NULL (pointers into @a nlh)
 * @param maxtype	highest attribute type expected
 * @param policy	validation policy of @a maxtype + 1 entries, or NULL
 *
 * Same as nla_parse() on the attributes after the family header.
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold
 *         the family header; the validation errors of nla_parse()
 *         (-NLE_RANGE, -NLE_INVAL...).
 */
extern int nlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr **tb,
		       int maxtype, const struct nla_policy *policy);

/**
 * Find an attribute in a message.
 * @param nlh	message header
 * @param hdrlen	length of the family header
 * @param attrtype	attribute type to look for
 *
 * @return The first attribute of type @a attrtype (a pointer into
 *         @a nlh), or NULL.
 */
extern struct nlattr *nlmsg_find_attr(struct nlmsghdr *nlh, int hdrlen,
				      int attrtype);

/**
 * Validate the attributes of a message against a policy.
 * @param nlh	message header
 * @param hdrlen	length of the family header
 * @param maxtype	highest attribute type the policy describes
 * @param policy	validation policy of @a maxtype + 1 entries
 *
 * @return 0 when every attribute passes; -NLE_MSG_TOOSHORT when the
 *         message cannot hold the family header; the errors of
 *         nla_validate() otherwise.
 */
extern int nlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
			  const struct nla_policy *policy);

/**
 * Allocate an empty message.
 *
 * The buffer has the default size: one page unless
 * nlmsg_set_default_size() changed it.  The header is zeroed, with
 * nlmsg_len covering the header only.
 *
 * @return The message holding one reference, to be released with
 *         nlmsg_free(); NULL when out of memory.
 */
extern struct nl_msg *nlmsg_alloc(void);

/**
 * Allocate an empty message with a buffer of a given size.
 * @param max	buffer size in bytes (at least a header is allocated)
 *
 * @return The message holding one reference, to be released with
 *         nlmsg_free(); NULL when out of memory.
 */
extern struct nl_msg *nlmsg_alloc_size(size_t max);

/**
 * Allocate a message with a header of a given type and flags.
 * @param nlmsgtype	netlink message type (RTM_NEWLINK...)
 * @param flags	message flags (NLM_F_CREATE...)
 *
 * Sequence number and port are left as NL_AUTO_SEQ and NL_AUTO_PORT for
 * nl_complete_msg() to fill in.
 *
 * @return The message holding one reference, to be released with
 *         nlmsg_free(); NULL when out of memory.
 */
extern struct nl_msg *nlmsg_alloc_simple(int nlmsgtype, int flags);

/**
 * Set the buffer size of messages nlmsg_alloc() allocates from now on.
 * @param max	size in bytes; raised to a header's size when smaller
 *
 * Affects the whole process; not safe against allocations running in
 * other threads.
 */
extern void nlmsg_set_default_size(size_t max);

/**
 * Allocate a message whose header copies another's.
 * @param hdr	header whose type, flags, sequence number and port are
 *		copied; NULL leaves them zero
 *
 * The payload is not copied (see nlmsg_convert()).
 *
 * @return The message holding one reference, to be released with
 *         nlmsg_free(); NULL when out of memory.
 */
extern struct nl_msg *nlmsg_inherit(struct nlmsghdr *hdr);

/**
 * Allocate a message holding a copy of a whole netlink message.
 * @param hdr	message to copy, nlmsg_len bytes
 *
 * @return The message holding one reference, to be released with
 *         nlmsg_free(); NULL when out of memory.
 */
extern struct nl_msg *nlmsg_convert(struct nlmsghdr *hdr);

/**
 * Reserve room at the end of a message.
 * @param n	message
 * @param len	bytes to reserve
 * @param pad	alignment the reserved length is rounded up to (a power of
 *		two), or NL_DONTPAD (0)
 *
 * The room starts at the current nlmsg_len, which grows by the rounded
 * length; padding bytes are zeroed.
 *
 * @return The reserved room, a pointer into the message's buffer valid
 *         until the buffer grows (nlmsg_expand()); NULL when the buffer
 *         is too small.
 */
extern void *nlmsg_reserve(struct nl_msg *n, size_t len, int pad);

/**
 * Append a copy of data to a message.
 * @param n	message
 * @param data	bytes to copy
 * @param len	number of bytes
 * @param pad	alignment, as for nlmsg_reserve()
 *
 * @return 0 on success; -NLE_NOMEM when the buffer is too small (the
 *         message is unchanged).
 */
extern int nlmsg_append(struct nl_msg *n, void *data, size_t len, int pad);

/**
 * Grow the buffer of a message.
 * @param n	message
 * @param newlen	new buffer size in bytes
 *
 * The new part is zeroed.  Pointers into the old buffer (nlmsg_hdr(),
 * attributes) are invalid afterwards.
 *
 * @return 0 on success; -NLE_INVAL when @a newlen is not larger than the
 *         current size; -NLE_NOMEM.
 */
extern int nlmsg_expand(struct nl_msg *n, size_t newlen);

/**
 * Fill in the header of a message and reserve a family header.
 * @param n	message, usually empty
 * @param pid	port id (NL_AUTO_PORT: the socket's, set at completion)
 * @param seq	sequence number (NL_AUTO_SEQ: the socket's next)
 * @param type	message type
 * @param payload	bytes to reserve after the header (aligned), 0 for
 *		none
 * @param flags	message flags
 *
 * @return The message header; NULL when the payload does not fit.
 */
extern struct nlmsghdr *nlmsg_put(struct nl_msg *n, uint32_t pid,
				  uint32_t seq, int type, int payload,
				  int flags);

/**
 * Get the netlink header of a message.
 * @param n	message
 *
 * @return The start of the message's buffer, owned by the message and
 *         valid until the buffer grows or the message is freed.
 */
extern struct nlmsghdr *nlmsg_hdr(struct nl_msg *n);

/**
 * Take a reference on a message.
 * @param msg	message; release the reference with nlmsg_free()
 */
extern void nlmsg_get(struct nl_msg *msg);

/**
 * Drop a reference on a message.
 * @param msg	message, or NULL (nothing happens)
 *
 * The message and its buffer are freed with the last reference.
 */
extern void nlmsg_free(struct nl_msg *msg);

/**
 * Set the netlink protocol a message belongs to.
 * @param msg	message
 * @param protocol	protocol (NETLINK_ROUTE...)
 *
 * nl_complete_msg() sets it to the socket's; nl_msg_parse() uses it to
 * find the parser.
 */
extern void nlmsg_set_proto(struct nl_msg *msg, int protocol);

/**
 * Get the netlink protocol of a message.
 * @param msg	message
 *
 * @return The protocol; -1 when unset.
 */
extern int nlmsg_get_proto(struct nl_msg *msg);

/**
 * Get the buffer size of a message.
 * @param msg	message
 *
 * @return The most bytes nlmsg_len can grow to without nlmsg_expand().
 */
extern size_t nlmsg_get_max_size(struct nl_msg *msg);

/**
 * Set the source address of a message.
 * @param msg	message
 * @param addr	address, copied
 */
extern void nlmsg_set_src(struct nl_msg *msg, struct sockaddr_nl *addr);

/**
 * Get the source address of a message.
 * @param msg	message
 *
 * @return The address, owned by the message (the sender's for a received
 *         message).
 */
extern struct sockaddr_nl *nlmsg_get_src(struct nl_msg *msg);

/**
 * Set the destination address of a message.
 * @param msg	message
 * @param addr	address, copied; nl_send() then sends to it instead of
 *		the socket's peer
 */
extern void nlmsg_set_dst(struct nl_msg *msg, struct sockaddr_nl *addr);

/**
 * Get the destination address of a message.
 * @param msg	message
 *
 * @return The address, owned by the message; all zero when unset.
 */
extern struct sockaddr_nl *nlmsg_get_dst(struct nl_msg *msg);

/**
 * Attach credentials to a message.
 * @param msg	message
 * @param creds	credentials, copied; sent along with the message
 */
extern void nlmsg_set_creds(struct nl_msg *msg, struct ucred *creds);

/**
 * Get the credentials of a message.
 * @param msg	message
 *
 * @return The credentials, owned by the message; NULL when none were set
 *         or received.
 */
extern struct ucred *nlmsg_get_creds(struct nl_msg *msg);

/**
 * Write the name of a netlink control message type into a buffer.
 * @param type	message type
 * @param buf	buffer
 * @param size	size of @a buf
 *
 * @return @a buf, holding "NOOP", "ERROR", "DONE" or "OVERRUN", or the
 *         type in hexadecimal ("0x10") for any other type.
 */
extern char *nl_nlmsgtype2str(int type, char *buf, size_t size);

/**
 * Get the control message type a name stands for.
 * @param name	"NOOP", "ERROR", "DONE" or "OVERRUN" (case is ignored),
 *		or a number
 *
 * @return The type; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         an unknown name.
 */
extern int nl_str2nlmsgtype(const char *name);

/**
 * Write the names of netlink header flags into a buffer.
 * @param flags	NLM_F_* flags
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("REQUEST,ACK"),
 *         unknown bits last in hexadecimal.
 */
extern char *nl_nlmsg_flags2str(int flags, char *buf, size_t len);

/**
 * Parse a message into an object.
 * @param msg	message; its protocol (nlmsg_get_proto()) and type pick
 *		the cache type whose parser is used
 * @param cb	called with each object parsed; the object is released
 *		after @a cb returns (take a reference with nl_object_get()
 *		to keep it)
 * @param arg	argument passed to @a cb
 *
 * @return 0 on success; -NLE_MSGTYPE_NOSUPPORT when no registered cache
 *         type handles the message; the parser's error otherwise.
 */
extern int nl_msg_parse(struct nl_msg *msg,
			void (*cb)(struct nl_object *obj, void *arg),
			void *arg);

/**
 * Print a message in readable form.
 * @param msg	message
 * @param ofd	stream to print to
 *
 * Prints the header, then the payload: the error and the original header
 * of an error message, the family header and attributes when a cache type
 * knows the message, a hex dump otherwise.  Never reads past the buffer,
 * whatever the lengths claim.
 */
extern void nl_msg_dump(struct nl_msg *msg, FILE *ofd);

/**
 * Iterate over the attributes of a message.
 * @param pos	struct nlattr * set to each attribute
 * @param nlh	message header
 * @param hdrlen	length of the family header
 * @param rem	int holding the bytes left
 */
#define nlmsg_for_each_attr(pos, nlh, hdrlen, rem)                            \
	nla_for_each_attr(pos, nlmsg_attrdata(nlh, hdrlen),                   \
			  nlmsg_attrlen(nlh, hdrlen), rem)

/**
 * Iterate over a stream of messages.
 * @param pos	struct nlmsghdr * set to each message
 * @param head	first message of the stream
 * @param len	length of the stream in bytes
 */
#define nlmsg_for_each(pos, head, len)                                        \
	for (int __nl_rem = (int) (len), __nl_once = 1; __nl_once;             \
	     __nl_once = 0)                                                    \
		for ((pos) = (head); nlmsg_ok(pos, __nl_rem);                  \
		     (pos) = nlmsg_next(pos, &__nl_rem))

/**
 * Iterate over a stream of messages, with the bytes left in a variable.
 * @param pos	struct nlmsghdr * set to each message
 * @param head	first message of the stream
 * @param len	length of the stream in bytes
 * @param rem	int holding the bytes left
 */
#define nlmsg_for_each_msg(pos, head, len, rem)                               \
	for ((pos) = (head), (rem) = (len); nlmsg_ok(pos, rem);                \
	     (pos) = nlmsg_next(pos, &(rem)))

#ifdef __cplusplus
}
#endif

/** @} */

#endif
