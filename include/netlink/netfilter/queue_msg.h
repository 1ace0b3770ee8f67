/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: packets queued through NFQUEUE and their verdicts.
 */

#ifndef NETLINK_NF_QUEUE_MSG_H_
#define NETLINK_NF_QUEUE_MSG_H_

/**
 * @defgroup nf_queue_msg Queued packets
 * @ingroup nf
 * Packets queued to user space through NFQUEUE (NFQNL_MSG_PACKET), as
 * struct nfnl_queue_msg objects, and the verdicts sent back on them. A
 * socket bound to a queue (nfnl_queue_create()) receives them; parse them
 * with nfnlmsg_queue_msg_parse() or nl_msg_parse(), set a verdict and send
 * it.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_queue_msg;

/** Object operations of queued packets ("netfilter/queue_msg"). */
extern struct nl_object_ops queue_msg_obj_ops;

/**
 * Allocate an empty queued packet.
 *
 * @return The object holding one reference, to be released with
 *         nfnl_queue_msg_put(); NULL when out of memory.
 */
extern struct nfnl_queue_msg *nfnl_queue_msg_alloc(void);

/**
 * Parse an NFQUEUE packet message into a new object.
 * @param nlh	NFQNL_MSG_PACKET message; the queue number comes from its
 *		resource id
 * @param[out] result	set to the object, holding one reference for the caller,
 *		who releases it with nfnl_queue_msg_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         netfilter header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int nfnlmsg_queue_msg_parse(struct nlmsghdr *nlh,
				   struct nfnl_queue_msg **result);

/**
 * Take a reference on a queued packet.
 * @param msg	object; release the reference with nfnl_queue_msg_put()
 */
extern void nfnl_queue_msg_get(struct nfnl_queue_msg *msg);

/**
 * Drop a reference on a queued packet.
 * @param msg	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void nfnl_queue_msg_put(struct nfnl_queue_msg *msg);

/**
 * Set the queue number of a queued packet.
 * @param msg	queued packet
 * @param group	number of the queue the packet is in
 */
extern void nfnl_queue_msg_set_group(struct nfnl_queue_msg *msg,
				     uint16_t group);

/**
 * Tell whether the queue number of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_group(const struct nfnl_queue_msg *msg);

/**
 * Get the queue number of a queued packet.
 * @param msg	queued packet
 *
 * @return The number of the queue the packet is in; 0 when not set.
 */
extern uint16_t nfnl_queue_msg_get_group(const struct nfnl_queue_msg *msg);

/**
 * Set the address family of a queued packet.
 * @param msg	queued packet
 * @param family	protocol family of the packet (AF_INET, AF_INET6...)
 */
extern void nfnl_queue_msg_set_family(struct nfnl_queue_msg *msg,
				      uint8_t family);

/**
 * Tell whether the address family of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_family(const struct nfnl_queue_msg *msg);

/**
 * Get the address family of a queued packet.
 * @param msg	queued packet
 *
 * @return The protocol family of the packet; 0 when not set.
 */
extern uint8_t nfnl_queue_msg_get_family(const struct nfnl_queue_msg *msg);

/**
 * Set the packet id of a queued packet.
 * @param msg	queued packet
 * @param packetid	id of the packet in its queue, to give back with the
 *		verdict
 */
extern void nfnl_queue_msg_set_packetid(struct nfnl_queue_msg *msg,
					uint32_t packetid);

/**
 * Tell whether the packet id of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_packetid(const struct nfnl_queue_msg *msg);

/**
 * Get the packet id of a queued packet.
 * @param msg	queued packet
 *
 * @return The id of the packet in its queue; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_packetid(const struct nfnl_queue_msg *msg);

/**
 * Set the link-layer protocol of a queued packet.
 * @param msg	queued packet
 * @param hwproto	link-layer protocol (ETH_P_*), in host byte order
 */
extern void nfnl_queue_msg_set_hwproto(struct nfnl_queue_msg *msg,
				       uint16_t hwproto);

/**
 * Tell whether the link-layer protocol of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_hwproto(const struct nfnl_queue_msg *msg);

/**
 * Get the link-layer protocol of a queued packet.
 * @param msg	queued packet
 *
 * @return The link-layer protocol; 0 when not set.
 */
extern uint16_t nfnl_queue_msg_get_hwproto(const struct nfnl_queue_msg *msg);

/**
 * Set the hook of a queued packet.
 * @param msg	queued packet
 * @param hook	netfilter hook the packet was seen at (NF_INET_*)
 */
extern void nfnl_queue_msg_set_hook(struct nfnl_queue_msg *msg, uint8_t hook);

/**
 * Tell whether the hook of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_hook(const struct nfnl_queue_msg *msg);

/**
 * Get the hook of a queued packet.
 * @param msg	queued packet
 *
 * @return The netfilter hook the packet was seen at; 0 when not set.
 */
extern uint8_t nfnl_queue_msg_get_hook(const struct nfnl_queue_msg *msg);

/**
 * Set the mark of a queued packet.
 * @param msg	queued packet
 * @param mark	packet mark
 */
extern void nfnl_queue_msg_set_mark(struct nfnl_queue_msg *msg, uint32_t mark);

/**
 * Tell whether the mark of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_mark(const struct nfnl_queue_msg *msg);

/**
 * Get the mark of a queued packet.
 * @param msg	queued packet
 *
 * @return The packet mark; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_mark(const struct nfnl_queue_msg *msg);

/**
 * Set the time of a queued packet.
 * @param msg	queued packet
 * @param tv	time, copied
 */
extern void nfnl_queue_msg_set_timestamp(struct nfnl_queue_msg *msg,
					 struct timeval *tv);

/**
 * Tell whether the time of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_timestamp(const struct nfnl_queue_msg *msg);

/**
 * Get the time of a queued packet.
 * @param msg	queued packet
 *
 * @return The time the kernel queued the packet, owned by the object; NULL when
 *         not set.
 */
extern const struct timeval *nfnl_queue_msg_get_timestamp(const struct nfnl_queue_msg *msg);

/**
 * Set the input interface of a queued packet.
 * @param msg	queued packet
 * @param indev	index of the input interface
 */
extern void nfnl_queue_msg_set_indev(struct nfnl_queue_msg *msg,
				     uint32_t indev);

/**
 * Tell whether the input interface of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_indev(const struct nfnl_queue_msg *msg);

/**
 * Get the input interface of a queued packet.
 * @param msg	queued packet
 *
 * @return The index of the input interface; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_indev(const struct nfnl_queue_msg *msg);

/**
 * Set the output interface of a queued packet.
 * @param msg	queued packet
 * @param outdev	index of the output interface
 */
extern void nfnl_queue_msg_set_outdev(struct nfnl_queue_msg *msg,
				      uint32_t outdev);

/**
 * Tell whether the output interface of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_outdev(const struct nfnl_queue_msg *msg);

/**
 * Get the output interface of a queued packet.
 * @param msg	queued packet
 *
 * @return The index of the output interface; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_outdev(const struct nfnl_queue_msg *msg);

/**
 * Set the physical input interface of a queued packet.
 * @param msg	queued packet
 * @param physindev	index of the bridge port the packet came in on
 */
extern void nfnl_queue_msg_set_physindev(struct nfnl_queue_msg *msg,
					 uint32_t physindev);

/**
 * Tell whether the physical input interface of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_physindev(const struct nfnl_queue_msg *msg);

/**
 * Get the physical input interface of a queued packet.
 * @param msg	queued packet
 *
 * @return The index of the bridge port the packet came in on; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_physindev(const struct nfnl_queue_msg *msg);

/**
 * Set the physical output interface of a queued packet.
 * @param msg	queued packet
 * @param physoutdev	index of the bridge port the packet goes out on
 */
extern void nfnl_queue_msg_set_physoutdev(struct nfnl_queue_msg *msg,
					  uint32_t physoutdev);

/**
 * Tell whether the physical output interface of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_physoutdev(const struct nfnl_queue_msg *msg);

/**
 * Get the physical output interface of a queued packet.
 * @param msg	queued packet
 *
 * @return The index of the bridge port the packet goes out on; 0 when not set.
 */
extern uint32_t nfnl_queue_msg_get_physoutdev(const struct nfnl_queue_msg *msg);

/**
 * Set the link-layer source address of a queued packet.
 * @param msg	queued packet
 * @param hwaddr	address bytes, copied
 * @param len	number of bytes; at most 8 are kept
 */
extern void nfnl_queue_msg_set_hwaddr(struct nfnl_queue_msg *msg,
				      uint8_t *hwaddr, int len);

/**
 * Tell whether the link-layer address of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_hwaddr(const struct nfnl_queue_msg *msg);

/**
 * Get the link-layer source address of a queued packet.
 * @param msg	queued packet
 * @param[out] len	set to the number of bytes (0 when not set); must not be
 *		NULL
 *
 * @return The address bytes, owned by the object; NULL when not set.
 */
extern const uint8_t *nfnl_queue_msg_get_hwaddr(const struct nfnl_queue_msg *msg,
						int *len);

/**
 * Set the packet bytes of a queued packet.
 * @param msg	queued packet
 * @param payload	bytes, copied
 * @param len	number of bytes; 0 clears them
 *
 * @return 0 on success; -NLE_INVAL for a negative @a len; -NLE_NOMEM (the old
 *         bytes are kept).
 */
extern int nfnl_queue_msg_set_payload(struct nfnl_queue_msg *msg,
				      uint8_t *payload, int len);

/**
 * Tell whether the packet bytes of a queued packet are set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_payload(const struct nfnl_queue_msg *msg);

/**
 * Get the packet bytes of a queued packet.
 * @param msg	queued packet
 * @param[out] len	set to the number of bytes (0 when not set); must not be
 *		NULL
 *
 * @return The bytes, owned by the object; NULL when not set.
 */
extern const void *nfnl_queue_msg_get_payload(const struct nfnl_queue_msg *msg,
					      int *len);

/**
 * Set the verdict of a queued packet.
 * @param msg	queued packet
 * @param verdict	verdict: NF_ACCEPT, NF_DROP, NF_QUEUE, NF_REPEAT,
 *		NF_STOP
 */
extern void nfnl_queue_msg_set_verdict(struct nfnl_queue_msg *msg,
				       unsigned int verdict);

/**
 * Tell whether the verdict of a queued packet is set.
 * @param msg	queued packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_msg_test_verdict(const struct nfnl_queue_msg *msg);

/**
 * Get the verdict of a queued packet.
 * @param msg	queued packet
 *
 * @return The verdict: NF_ACCEPT; 0 when not set.
 */
extern unsigned int nfnl_queue_msg_get_verdict(const struct nfnl_queue_msg *msg);

/**
 * Build a verdict message for a queued packet.
 * @param msg	queued packet: its queue number, family and packet id say which
 *		packet; its verdict is sent, and its mark when set
 *
 * @return The NFQNL_MSG_VERDICT message, to be freed with nlmsg_free(); NULL
 *         when out of memory.
 */
extern struct nl_msg *nfnl_queue_msg_build_verdict(const struct nfnl_queue_msg *msg);

/**
 * Send the verdict on a queued packet.
 * @param nlh	socket connected with nfnl_connect(), the one bound to the queue
 * @param msg	queued packet: its queue number, family and packet id say which
 *		packet; its verdict is sent, and its mark when set
 *
 * Sends the message of nfnl_queue_msg_build_verdict() and waits for the
 * acknowledgement, unless the socket asks for none (a socket of
 * nfnl_queue_socket_alloc() does not).
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_queue_msg_send_verdict(struct nl_sock *nlh,
				       const struct nfnl_queue_msg *msg);

/**
 * Build a verdict message for every packet of a queue up to one.
 * @param msg	queued packet: the verdict (and mark) applies to every packet of
 *		its queue with an id up to its packet id
 *
 * @return The NFQNL_MSG_VERDICT_BATCH message, to be freed with nlmsg_free();
 *         NULL when out of memory.
 */
extern struct nl_msg *nfnl_queue_msg_build_verdict_batch(const struct nfnl_queue_msg *msg);

/**
 * Send a verdict on every packet of a queue up to one.
 * @param nlh	socket connected with nfnl_connect(), the one bound to the queue
 * @param msg	queued packet, as for nfnl_queue_msg_build_verdict_batch()
 *
 * Sends the message of nfnl_queue_msg_build_verdict_batch() and waits for
 * the acknowledgement, unless the socket asks for none.
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_queue_msg_send_verdict_batch(struct nl_sock *nlh,
					     const struct nfnl_queue_msg *msg);

/**
 * Send the verdict on a queued packet with new packet bytes.
 * @param nlh	socket connected with nfnl_connect(), the one bound to the queue
 * @param msg	queued packet: its queue number, family and packet id say which
 *		packet; its verdict is sent, and its mark when set
 * @param payload	bytes that replace the packet's
 * @param len	number of bytes
 *
 * Waits for the acknowledgement, unless the socket asks for none.
 *
 * @return 0 on success; -NLE_RANGE when @a len does not fit in an attribute;
 *         -NLE_NOMEM; the send errors; the kernel's error translated.
 */
extern int nfnl_queue_msg_send_verdict_payload(struct nl_sock *nlh,
					       const struct nfnl_queue_msg *msg,
					       const void *payload,
					       unsigned int len);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
