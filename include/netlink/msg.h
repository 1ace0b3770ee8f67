/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netlink messages: size arithmetic, building, parsing and printing.
 */

#ifndef NETLINK_MSG_H_
#define NETLINK_MSG_H_

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

/** Header plus @a payload bytes, without trailing padding. */
extern int nlmsg_size(int payload);

/** Header plus @a payload bytes, padded to NLMSG_ALIGNTO. */
extern int nlmsg_total_size(int payload);

/** Padding needed after @a payload bytes of payload. */
extern int nlmsg_padlen(int payload);

/** Start of the payload of @a nlh. */
extern void *nlmsg_data(const struct nlmsghdr *nlh);

/** Length of the payload of @a nlh. */
extern int nlmsg_datalen(const struct nlmsghdr *nlh);

/** First byte after the (aligned) end of @a nlh. */
extern void *nlmsg_tail(const struct nlmsghdr *nlh);

/** First attribute after a family header of @a hdrlen bytes. */
extern struct nlattr *nlmsg_attrdata(const struct nlmsghdr *nlh, int hdrlen);

/** Bytes of attributes after a family header of @a hdrlen bytes. */
extern int nlmsg_attrlen(const struct nlmsghdr *nlh, int hdrlen);

/** Non-zero when @a nlh is long enough to hold a @a hdrlen family header. */
extern int nlmsg_valid_hdr(const struct nlmsghdr *nlh, int hdrlen);

/** Non-zero when a whole message starts at @a nlh within @a remaining bytes. */
extern int nlmsg_ok(const struct nlmsghdr *nlh, int remaining);

/** Step to the next message of a stream, decreasing @a remaining. */
extern struct nlmsghdr *nlmsg_next(struct nlmsghdr *nlh, int *remaining);

/**
 * Parse the attributes of @a nlh into @a tb (indexed by type, up to
 * @a maxtype) and validate them against @a policy (may be NULL).
 * @return 0, -NLE_MSG_TOOSHORT, or a validation error.
 */
extern int nlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr **tb,
		       int maxtype, const struct nla_policy *policy);

/** First attribute of type @a attrtype in @a nlh, or NULL. */
extern struct nlattr *nlmsg_find_attr(struct nlmsghdr *nlh, int hdrlen,
				      int attrtype);

/** Validate the attributes of @a nlh against @a policy. */
extern int nlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
			  const struct nla_policy *policy);

/** Allocate an empty message of the default size; NULL when out of memory. */
extern struct nl_msg *nlmsg_alloc(void);

/** Allocate an empty message able to hold @a max bytes. */
extern struct nl_msg *nlmsg_alloc_size(size_t max);

/** Allocate a message with its header set to @a nlmsgtype and @a flags. */
extern struct nl_msg *nlmsg_alloc_simple(int nlmsgtype, int flags);

/** Change the size of messages allocated by nlmsg_alloc(). */
extern void nlmsg_set_default_size(size_t max);

/** Allocate a message whose header copies type, flags, seq and pid of @a hdr. */
extern struct nl_msg *nlmsg_inherit(struct nlmsghdr *hdr);

/** Allocate a message holding a copy of the whole message @a hdr. */
extern struct nl_msg *nlmsg_convert(struct nlmsghdr *hdr);

/**
 * Reserve @a len bytes at the end of the payload, padded to @a pad.
 * @return the reserved area, or NULL when the message is full.
 */
extern void *nlmsg_reserve(struct nl_msg *n, size_t len, int pad);

/** Append a copy of @a len bytes at @a data; -NLE_NOMEM when full. */
extern int nlmsg_append(struct nl_msg *n, void *data, size_t len, int pad);

/** Grow the message buffer to @a newlen bytes. */
extern int nlmsg_expand(struct nl_msg *n, size_t newlen);

/**
 * Set up the header of an empty message and reserve @a payload bytes.
 * @return the header, or NULL when the message is too small.
 */
extern struct nlmsghdr *nlmsg_put(struct nl_msg *n, uint32_t pid,
				  uint32_t seq, int type, int payload,
				  int flags);

/** Header of message @a n. */
extern struct nlmsghdr *nlmsg_hdr(struct nl_msg *n);

/** Take one more reference on @a msg. */
extern void nlmsg_get(struct nl_msg *msg);

/** Drop one reference; the message is freed with the last one. */
extern void nlmsg_free(struct nl_msg *msg);

/** Set the netlink protocol @a msg belongs to. */
extern void nlmsg_set_proto(struct nl_msg *msg, int protocol);

/** Netlink protocol of @a msg (-1 when unset). */
extern int nlmsg_get_proto(struct nl_msg *msg);

/** Size of the buffer of @a msg. */
extern size_t nlmsg_get_max_size(struct nl_msg *msg);

/** Set the source address of @a msg. */
extern void nlmsg_set_src(struct nl_msg *msg, struct sockaddr_nl *addr);

/** Source address of @a msg. */
extern struct sockaddr_nl *nlmsg_get_src(struct nl_msg *msg);

/** Set the destination address of @a msg. */
extern void nlmsg_set_dst(struct nl_msg *msg, struct sockaddr_nl *addr);

/** Destination address of @a msg. */
extern struct sockaddr_nl *nlmsg_get_dst(struct nl_msg *msg);

/** Attach credentials to @a msg. */
extern void nlmsg_set_creds(struct nl_msg *msg, struct ucred *creds);

/** Credentials of @a msg, or NULL. */
extern struct ucred *nlmsg_get_creds(struct nl_msg *msg);

/** Name of a generic message type ("done", "error"...) into @a buf. */
extern char *nl_nlmsgtype2str(int type, char *buf, size_t size);

/** Message type of a name; negative when unknown. */
extern int nl_str2nlmsgtype(const char *name);

/** NLM_F_* flags of @a flags as names separated by commas, into @a buf. */
extern char *nl_nlmsg_flags2str(int flags, char *buf, size_t len);

/**
 * Parse @a msg with the cache operations of its type and call @a cb with
 * each object created.
 */
extern int nl_msg_parse(struct nl_msg *msg,
			void (*cb)(struct nl_object *obj, void *arg),
			void *arg);

/** Print @a msg in a readable form to @a ofd. */
extern void nl_msg_dump(struct nl_msg *msg, FILE *ofd);

/**
 * Iterate over the attributes of a message.
 * @arg pos	struct nlattr * set to each attribute
 * @arg nlh	message header
 * @arg hdrlen	length of the family header
 * @arg rem	int holding the bytes left
 */
#define nlmsg_for_each_attr(pos, nlh, hdrlen, rem)                            \
	nla_for_each_attr(pos, nlmsg_attrdata(nlh, hdrlen),                   \
			  nlmsg_attrlen(nlh, hdrlen), rem)

/**
 * Iterate over a stream of @a len bytes of messages starting at @a head;
 * @a pos is a struct nlmsghdr * set to each message.
 */
#define nlmsg_for_each(pos, head, len)                                        \
	for (int __nl_rem = (int) (len), __nl_once = 1; __nl_once;             \
	     __nl_once = 0)                                                    \
		for ((pos) = (head); nlmsg_ok(pos, __nl_rem);                  \
		     (pos) = nlmsg_next(pos, &__nl_rem))

/**
 * Iterate over a stream of messages; @a rem is an int holding the bytes
 * left.
 */
#define nlmsg_for_each_msg(pos, head, len, rem)                               \
	for ((pos) = (head), (rem) = (len); nlmsg_ok(pos, rem);                \
	     (pos) = nlmsg_next(pos, &(rem)))

#ifdef __cplusplus
}
#endif

#endif
