/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink: connecting a socket to NETLINK_GENERIC, building and
 * taking apart messages that carry a generic netlink header.
 *
 * Layout of a generic netlink message:
 *
 *   struct nlmsghdr | struct genlmsghdr | user header (hdrlen) | attributes
 *
 * Every hdrlen argument below is the size of the family's own header that
 * follows the generic netlink header (0 for most families).
 */

#ifndef NETLINK_GENL_H_
#define NETLINK_GENL_H_

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Connect @a sk to the generic netlink protocol (NETLINK_GENERIC).
 * @return 0, or the error of nl_connect().
 */
extern int genl_connect(struct nl_sock *sk);

/**
 * Send a request that holds only a generic netlink header.
 * @a family is the numeric family id (the netlink message type), @a cmd and
 * @a version go into the generic header, @a flags are added to
 * NLM_F_REQUEST.  The message is completed by nl_send_auto().
 * @return bytes sent, or a negative error code.
 */
extern int genl_send_simple(struct nl_sock *sk, int family, int cmd,
			    int version, int flags);

/**
 * Append a netlink header and a generic netlink header to @a msg and
 * reserve @a hdrlen bytes for the family's header.
 * @a port and @a seq may be NL_AUTO_PORT and NL_AUTO_SEQ.
 * @return where the family's header starts (the attributes follow it), or
 *         NULL when @a msg is too small.
 */
extern void *genlmsg_put(struct nl_msg *msg, uint32_t port, uint32_t seq,
			 int family, int hdrlen, int flags, uint8_t cmd,
			 uint8_t version);

/**
 * Whether @a nlh is long enough for the generic header and @a hdrlen bytes
 * of family header.
 * @return 1 when it is, 0 otherwise.
 */
extern int genlmsg_valid_hdr(struct nlmsghdr *nlh, int hdrlen);

/**
 * Check the attributes of @a nlh against @a policy (up to @a maxtype)
 * without storing them.
 * @return 0, -NLE_MSG_TOOSHORT when the headers do not fit, or the error of
 *         nla_validate().
 */
extern int genlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
			    const struct nla_policy *policy);

/**
 * Parse the attributes of @a nlh into @a tb (@a maxtype + 1 slots),
 * validating them against @a policy when it is not NULL.  The pointers in
 * @a tb point into the message.
 * @return 0, -NLE_MSG_TOOSHORT when the headers do not fit, or the error of
 *         nla_parse().
 */
extern int genlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr **tb,
			 int maxtype, const struct nla_policy *policy);

/** The generic netlink header of @a nlh (right after the netlink header). */
extern struct genlmsghdr *genlmsg_hdr(struct nlmsghdr *nlh);

/** What follows the generic netlink header of @a gnlh. */
extern void *genlmsg_data(const struct genlmsghdr *gnlh);

/** The family's header of @a gnlh (same as genlmsg_data()). */
extern void *genlmsg_user_hdr(const struct genlmsghdr *gnlh);

/** The payload after a family header of @a hdrlen bytes. */
extern void *genlmsg_user_data(const struct genlmsghdr *gnlh,
			       const int hdrlen);

/**
 * Length of the payload after a family header of @a hdrlen bytes
 * (negative when the message is shorter than that header).
 */
extern int genlmsg_user_datalen(const struct genlmsghdr *gnlh,
				const int hdrlen);

/** Length of everything after the generic netlink header of @a gnlh. */
extern int genlmsg_len(const struct genlmsghdr *gnlh);

/** First attribute after a family header of @a hdrlen bytes. */
extern struct nlattr *genlmsg_attrdata(const struct genlmsghdr *gnlh,
				       int hdrlen);

/**
 * Length of the attributes after a family header of @a hdrlen bytes
 * (negative when the message is shorter than that header).
 */
extern int genlmsg_attrlen(const struct genlmsghdr *gnlh, int hdrlen);

/**
 * Name of command @a op of the registered family whose id is @a family,
 * copied into @a buf (@a len bytes, always NUL-terminated).
 * @return @a buf, or NULL when no registered family knows the command.
 */
extern char *genl_op2name(int family, int op, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

#endif
