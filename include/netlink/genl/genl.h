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

/**
 * @defgroup genl_msg Messages
 * @ingroup genl
 * Connecting a socket to generic netlink, building and taking apart
 * messages that carry a generic netlink header.  A message is laid out
 * as: struct nlmsghdr, struct genlmsghdr, the family's own header
 * (hdrlen bytes, 0 for most families), attributes.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Connect a socket to generic netlink.
 * @param sk	socket without a descriptor
 *
 * nl_connect() with NETLINK_GENERIC.
 *
 * @return 0 on success, or a negative error code as nl_connect().
 */
extern int genl_connect(struct nl_sock *sk);

/**
 * Send a request made of a generic netlink header only.
 * @param sk	connected generic netlink socket
 * @param family	numeric family id (the netlink message type)
 * @param cmd	command
 * @param version	interface version of the family
 * @param flags	message flags added to NLM_F_REQUEST (NLM_F_DUMP...)
 *
 * The message is completed and sent with nl_send_auto().
 *
 * @return The number of bytes sent; -NLE_NOMEM; or a send error as
 *         nl_send_auto().
 */
extern int genl_send_simple(struct nl_sock *sk, int family, int cmd,
			    int version, int flags);

/**
 * Add the netlink and generic netlink headers to a message.
 * @param msg	empty message
 * @param port	port id, or NL_AUTO_PORT
 * @param seq	sequence number, or NL_AUTO_SEQ
 * @param family	numeric family id (the netlink message type)
 * @param hdrlen	size of the family's own header, reserved and zeroed
 *		after the generic header (0 for most families; -3 to -1
 *		round up to 0)
 * @param flags	message flags
 * @param cmd	command
 * @param version	interface version of the family
 *
 * @return The start of the family's header (the attributes follow it), a
 *         pointer into the message; NULL when @a msg has no room or
 *         @a hdrlen is below -3.
 */
extern void *genlmsg_put(struct nl_msg *msg, uint32_t port, uint32_t seq,
			 int family, int hdrlen, int flags, uint8_t cmd,
			 uint8_t version);

/**
 * Check that a message holds the generic and the family's headers.
 * @param nlh	message header
 * @param hdrlen	size of the family's own header (-3 to -1 count as 0)
 *
 * @return 1 when the message is long enough, 0 otherwise (always 0 for
 *         @a hdrlen below -3).
 */
extern int genlmsg_valid_hdr(struct nlmsghdr *nlh, int hdrlen);

/**
 * Validate the attributes of a generic netlink message against a policy.
 * @param nlh	message header
 * @param hdrlen	size of the family's own header
 * @param maxtype	highest attribute type the policy describes
 * @param policy	validation policy of @a maxtype + 1 entries
 *
 * @return 0 when every attribute passes; -NLE_MSG_TOOSHORT when the
 *         headers do not fit; the errors of nla_validate().
 */
extern int genlmsg_validate(struct nlmsghdr *nlh, int hdrlen, int maxtype,
			    const struct nla_policy *policy);

/**
 * Parse the attributes of a generic netlink message into an array indexed
 * by type.
 * @param nlh	message header
 * @param hdrlen	size of the family's own header
 * @param[out] tb	array of @a maxtype + 1 pointers into the message, as
 *		for nla_parse()
 * @param maxtype	highest attribute type kept
 * @param policy	validation policy of @a maxtype + 1 entries, or NULL
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the headers do not fit; the
 *         errors of nla_parse().
 */
extern int genlmsg_parse(struct nlmsghdr *nlh, int hdrlen, struct nlattr **tb,
			 int maxtype, const struct nla_policy *policy);

/**
 * Get the generic netlink header of a message.
 * @param nlh	message header
 *
 * @return The header right after the netlink header.
 */
extern struct genlmsghdr *genlmsg_hdr(struct nlmsghdr *nlh);

/**
 * Get what follows the generic netlink header.
 * @param gnlh	generic netlink header
 *
 * @return The first byte after it (the family's header, or the
 *         attributes).
 */
extern void *genlmsg_data(const struct genlmsghdr *gnlh);

/**
 * Get the family's own header.
 * @param gnlh	generic netlink header
 *
 * @return The first byte after the generic header, as genlmsg_data().
 */
extern void *genlmsg_user_hdr(const struct genlmsghdr *gnlh);

/**
 * Get the payload after the family's own header.
 * @param gnlh	generic netlink header
 * @param hdrlen	size of the family's own header
 *
 * @return The first byte after the aligned family header.
 */
extern void *genlmsg_user_data(const struct genlmsghdr *gnlh,
			       const int hdrlen);

/**
 * Get the length of the payload after the family's own header.
 * @param gnlh	generic netlink header
 * @param hdrlen	size of the family's own header
 *
 * @return The number of bytes; negative when the message is shorter than
 *         that header.
 */
extern int genlmsg_user_datalen(const struct genlmsghdr *gnlh,
				const int hdrlen);

/**
 * Get the length of what follows the generic netlink header.
 * @param gnlh	generic netlink header
 *
 * @return The number of bytes after the generic header.
 */
extern int genlmsg_len(const struct genlmsghdr *gnlh);

/**
 * Get the first attribute of a generic netlink message.
 * @param gnlh	generic netlink header
 * @param hdrlen	size of the family's own header
 *
 * @return The address where the attributes start; check
 *         genlmsg_attrlen() before reading it.
 */
extern struct nlattr *genlmsg_attrdata(const struct genlmsghdr *gnlh,
				       int hdrlen);

/**
 * Get the length of the attributes of a generic netlink message.
 * @param gnlh	generic netlink header
 * @param hdrlen	size of the family's own header
 *
 * @return The number of bytes of attributes; negative when the message
 *         is shorter than the family's header.
 */
extern int genlmsg_attrlen(const struct genlmsghdr *gnlh, int hdrlen);

/**
 * Get the name of a command of a registered family.
 * @param family	numeric family id
 * @param op	command
 * @param buf	buffer
 * @param len	size of @a buf; the name is cut to fit and NUL-terminated
 *
 * Looks in the families registered with genl_register_family().
 *
 * @return @a buf; NULL when no registered family knows the command.
 */
extern char *genl_op2name(int family, int op, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
