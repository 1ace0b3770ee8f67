/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: netfilter netlink messages (struct nfgenmsg).
 */

#ifndef NETLINK_NF_NFNL_H_
#define NETLINK_NF_NFNL_H_

/**
 * @defgroup nf_nfnl Netfilter messages
 * @ingroup nf
 * Connecting to netfilter netlink (NETLINK_NETFILTER) and the messages of
 * its subsystems: a netlink header whose type carries the subsystem and
 * the message type, then a struct nfgenmsg with an address family and a
 * resource id.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Length of the netfilter header, aligned. */
#define NFNL_HDRLEN NLMSG_ALIGN(sizeof(struct nfgenmsg))

/** Netlink message type of a netfilter subsystem's message. */
#define NFNLMSG_TYPE(subsys, subtype) (((subsys) << 8) | (subtype))

/**
 * Connect a socket to netfilter netlink.
 * @param sk	socket without a descriptor
 *
 * nl_connect() with NETLINK_NETFILTER.
 *
 * @return 0 on success, or a negative error code as nl_connect().
 */
extern int nfnl_connect(struct nl_sock *sk);

/**
 * Get the subsystem of a netfilter message.
 * @param nlh	message header
 *
 * @return The high byte of the message type (NFNL_SUBSYS_CTNETLINK...).
 */
extern uint8_t nfnlmsg_subsys(struct nlmsghdr *nlh);

/**
 * Get the message type of a netfilter message within its subsystem.
 * @param nlh	message header
 *
 * @return The low byte of the message type (IPCTNL_MSG_CT_NEW...).
 */
extern uint8_t nfnlmsg_subtype(struct nlmsghdr *nlh);

/**
 * Get the address family of a netfilter message.
 * @param nlh	message header
 *
 * @return nfgen_family of the netfilter header; AF_UNSPEC when the message is
 *         too short to hold one.
 */
extern uint8_t nfnlmsg_family(struct nlmsghdr *nlh);

/**
 * Get the resource id of a netfilter message.
 * @param nlh	message header
 *
 * @return res_id of the netfilter header in host byte order (the queue or log
 *         group of NFQUEUE and NFLOG messages); 0 when the message is too short
 *         to hold one.
 */
extern uint16_t nfnlmsg_res_id(struct nlmsghdr *nlh);

/**
 * Send a netfilter message without attributes.
 * @param sk	socket connected with nfnl_connect()
 * @param subsys	subsystem (NFNL_SUBSYS_*)
 * @param type	message type within the subsystem
 * @param flags	message flags (NLM_F_DUMP...)
 * @param family	address family of the netfilter header
 * @param res_id	resource id, in host byte order
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_send_simple().
 */
extern int nfnl_send_simple(struct nl_sock *sk, uint8_t subsys, uint8_t type,
			    int flags, uint8_t family, uint16_t res_id);

/**
 * Allocate a netfilter message with its headers.
 * @param subsys	subsystem (NFNL_SUBSYS_*)
 * @param type	message type within the subsystem
 * @param flags	message flags
 * @param family	address family of the netfilter header
 * @param res_id	resource id, in host byte order
 *
 * @return The message, holding one reference, to be released with nlmsg_free();
 *         NULL when out of memory.
 */
extern struct nl_msg *nfnlmsg_alloc_simple(uint8_t subsys, uint8_t type,
					   int flags, uint8_t family,
					   uint16_t res_id);

/**
 * Add the netlink and netfilter headers to a message.
 * @param msg	empty message
 * @param pid	port id, or NL_AUTO_PORT
 * @param seq	sequence number, or NL_AUTO_SEQ
 * @param subsys	subsystem (NFNL_SUBSYS_*)
 * @param type	message type within the subsystem
 * @param flags	message flags
 * @param family	address family of the netfilter header
 * @param res_id	resource id, in host byte order
 *
 * @return 0 on success; -NLE_MSGSIZE when the message has no room.
 */
extern int nfnlmsg_put(struct nl_msg *msg, uint32_t pid, uint32_t seq,
		       uint8_t subsys, uint8_t type, int flags, uint8_t family,
		       uint16_t res_id);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
