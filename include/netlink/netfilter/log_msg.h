/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: packets logged through NFLOG (NFULNL_MSG_PACKET).
 */

#ifndef NETLINK_NF_LOG_MSG_H_
#define NETLINK_NF_LOG_MSG_H_

/**
 * @defgroup nf_log_msg Logged packets
 * @ingroup nf
 * Packets logged through NFLOG (NFULNL_MSG_PACKET), as struct nfnl_log_msg
 * objects: the hook, interfaces, mark, time, addresses, payload, owner and
 * conntrack state of each packet. A socket bound to an instance's group
 * (nfnl_log_create()) receives them; parse them with
 * nfnlmsg_log_msg_parse() or nl_msg_parse().
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_log_msg;
struct nfnl_ct;

/** Object operations of logged packets ("netfilter/log_msg"). */
extern struct nl_object_ops log_msg_obj_ops;

/**
 * Allocate an empty logged packet.
 *
 * @return The object holding one reference, to be released with
 *         nfnl_log_msg_put(); NULL when out of memory.
 */
extern struct nfnl_log_msg *nfnl_log_msg_alloc(void);

/**
 * Parse an NFLOG packet message into a new object.
 * @param nlh	NFULNL_MSG_PACKET message
 * @param[out] result	set to the object, holding one reference for the caller,
 *		who releases it with nfnl_log_msg_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         netfilter header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int nfnlmsg_log_msg_parse(struct nlmsghdr *nlh,
				 struct nfnl_log_msg **result);

/**
 * Take a reference on a logged packet.
 * @param msg	object; release the reference with nfnl_log_msg_put()
 */
extern void nfnl_log_msg_get(struct nfnl_log_msg *msg);

/**
 * Drop a reference on a logged packet.
 * @param msg	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void nfnl_log_msg_put(struct nfnl_log_msg *msg);

/**
 * Set the address family of a logged packet.
 * @param msg	logged packet
 * @param family	protocol family of the packet (AF_INET, AF_INET6...)
 */
extern void nfnl_log_msg_set_family(struct nfnl_log_msg *msg, uint8_t family);

/**
 * Get the address family of a logged packet.
 * @param msg	logged packet
 *
 * @return The protocol family; 0 when not set.
 */
extern uint8_t nfnl_log_msg_get_family(const struct nfnl_log_msg *msg);

/**
 * Set the link-layer protocol of a logged packet.
 * @param msg	logged packet
 * @param hwproto	link-layer protocol (ETH_P_*), in host byte order
 */
extern void nfnl_log_msg_set_hwproto(struct nfnl_log_msg *msg,
				     uint16_t hwproto);

/**
 * Tell whether the link-layer protocol of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_hwproto(const struct nfnl_log_msg *msg);

/**
 * Get the link-layer protocol of a logged packet.
 * @param msg	logged packet
 *
 * @return The link-layer protocol; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_hwproto(const struct nfnl_log_msg *msg);

/**
 * Set the hook of a logged packet.
 * @param msg	logged packet
 * @param hook	netfilter hook the packet was seen at (NF_INET_*)
 */
extern void nfnl_log_msg_set_hook(struct nfnl_log_msg *msg, uint8_t hook);

/**
 * Tell whether the hook of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_hook(const struct nfnl_log_msg *msg);

/**
 * Get the hook of a logged packet.
 * @param msg	logged packet
 *
 * @return The netfilter hook the packet was seen at; 0 when not set.
 */
extern uint8_t nfnl_log_msg_get_hook(const struct nfnl_log_msg *msg);

/**
 * Set the mark of a logged packet.
 * @param msg	logged packet
 * @param mark	packet mark
 */
extern void nfnl_log_msg_set_mark(struct nfnl_log_msg *msg, uint32_t mark);

/**
 * Tell whether the mark of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_mark(const struct nfnl_log_msg *msg);

/**
 * Get the mark of a logged packet.
 * @param msg	logged packet
 *
 * @return The packet mark; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_mark(const struct nfnl_log_msg *msg);

/**
 * Set the time of a logged packet.
 * @param msg	logged packet
 * @param tv	time, copied
 */
extern void nfnl_log_msg_set_timestamp(struct nfnl_log_msg *msg,
				       struct timeval *tv);

/**
 * Get the time of a logged packet.
 * @param msg	logged packet
 *
 * @return The time the kernel logged the packet, owned by the object; NULL when
 *         not set.
 */
extern const struct timeval *nfnl_log_msg_get_timestamp(const struct nfnl_log_msg *msg);

/**
 * Set the input interface of a logged packet.
 * @param msg	logged packet
 * @param indev	index of the input interface
 */
extern void nfnl_log_msg_set_indev(struct nfnl_log_msg *msg, uint32_t indev);

/**
 * Get the input interface of a logged packet.
 * @param msg	logged packet
 *
 * @return The index of the input interface; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_indev(const struct nfnl_log_msg *msg);

/**
 * Set the output interface of a logged packet.
 * @param msg	logged packet
 * @param outdev	index of the output interface
 */
extern void nfnl_log_msg_set_outdev(struct nfnl_log_msg *msg, uint32_t outdev);

/**
 * Get the output interface of a logged packet.
 * @param msg	logged packet
 *
 * @return The index of the output interface; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_outdev(const struct nfnl_log_msg *msg);

/**
 * Set the physical input interface of a logged packet.
 * @param msg	logged packet
 * @param physindev	index of the bridge port the packet came in on
 */
extern void nfnl_log_msg_set_physindev(struct nfnl_log_msg *msg,
				       uint32_t physindev);

/**
 * Get the physical input interface of a logged packet.
 * @param msg	logged packet
 *
 * @return The index of the bridge port the packet came in on; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_physindev(const struct nfnl_log_msg *msg);

/**
 * Set the physical output interface of a logged packet.
 * @param msg	logged packet
 * @param physoutdev	index of the bridge port the packet goes out on
 */
extern void nfnl_log_msg_set_physoutdev(struct nfnl_log_msg *msg,
					uint32_t physoutdev);

/**
 * Get the physical output interface of a logged packet.
 * @param msg	logged packet
 *
 * @return The index of the bridge port the packet goes out on; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_physoutdev(const struct nfnl_log_msg *msg);

/**
 * Set the link-layer source address of a logged packet.
 * @param msg	logged packet
 * @param hwaddr	address bytes, copied
 * @param len	number of bytes; at most 8 are kept
 */
extern void nfnl_log_msg_set_hwaddr(struct nfnl_log_msg *msg, uint8_t *hwaddr,
				    int len);

/**
 * Get the link-layer source address of a logged packet.
 * @param msg	logged packet
 * @param[out] len	set to the number of bytes (0 when not set); must not be
 *		NULL
 *
 * @return The address bytes, owned by the object; NULL when not set.
 */
extern const uint8_t *nfnl_log_msg_get_hwaddr(const struct nfnl_log_msg *msg,
					      int *len);

/**
 * Set the packet bytes of a logged packet.
 * @param msg	logged packet
 * @param payload	bytes, copied
 * @param len	number of bytes; 0 clears them
 *
 * @return 0 on success; -NLE_INVAL for a negative @a len; -NLE_NOMEM (the old
 *         bytes are kept).
 */
extern int nfnl_log_msg_set_payload(struct nfnl_log_msg *msg, uint8_t *payload,
				    int len);

/**
 * Get the packet bytes of a logged packet.
 * @param msg	logged packet
 * @param[out] len	set to the number of bytes (0 when not set); must not be
 *		NULL
 *
 * @return The bytes, owned by the object; NULL when not set.
 */
extern const void *nfnl_log_msg_get_payload(const struct nfnl_log_msg *msg,
					    int *len);

/**
 * Set the log prefix of a logged packet.
 * @param msg	logged packet
 * @param prefix	NUL-terminated prefix, copied
 *
 * @return 0 on success; -NLE_NOMEM (the old prefix is kept).
 */
extern int nfnl_log_msg_set_prefix(struct nfnl_log_msg *msg, void *prefix);

/**
 * Get the log prefix of a logged packet.
 * @param msg	logged packet
 *
 * @return The prefix of the rule that logged the packet, owned by the object;
 *         NULL when not set.
 */
extern const char *nfnl_log_msg_get_prefix(const struct nfnl_log_msg *msg);

/**
 * Set the user id of a logged packet.
 * @param msg	logged packet
 * @param uid	user id of the socket that sent the packet
 */
extern void nfnl_log_msg_set_uid(struct nfnl_log_msg *msg, uint32_t uid);

/**
 * Tell whether the user id of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_uid(const struct nfnl_log_msg *msg);

/**
 * Get the user id of a logged packet.
 * @param msg	logged packet
 *
 * @return The user id of the socket that sent the packet; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_uid(const struct nfnl_log_msg *msg);

/**
 * Set the group id of a logged packet.
 * @param msg	logged packet
 * @param gid	group id of the socket that sent the packet
 */
extern void nfnl_log_msg_set_gid(struct nfnl_log_msg *msg, uint32_t gid);

/**
 * Tell whether the group id of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_gid(const struct nfnl_log_msg *msg);

/**
 * Get the group id of a logged packet.
 * @param msg	logged packet
 *
 * @return The group id of the socket that sent the packet; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_gid(const struct nfnl_log_msg *msg);

/**
 * Set the sequence number of a logged packet.
 * @param msg	logged packet
 * @param seq	sequence number within the log instance (NFNL_LOG_FLAG_SEQ)
 */
extern void nfnl_log_msg_set_seq(struct nfnl_log_msg *msg, uint32_t seq);

/**
 * Tell whether the sequence number of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_seq(const struct nfnl_log_msg *msg);

/**
 * Get the sequence number of a logged packet.
 * @param msg	logged packet
 *
 * @return The sequence number within the log instance; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_seq(const struct nfnl_log_msg *msg);

/**
 * Set the global sequence number of a logged packet.
 * @param msg	logged packet
 * @param seq_global	sequence number across all instances
 *		(NFNL_LOG_FLAG_SEQ_GLOBAL)
 */
extern void nfnl_log_msg_set_seq_global(struct nfnl_log_msg *msg,
					uint32_t seq_global);

/**
 * Tell whether the global sequence number of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_seq_global(const struct nfnl_log_msg *msg);

/**
 * Get the global sequence number of a logged packet.
 * @param msg	logged packet
 *
 * @return The sequence number across all instances; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_seq_global(const struct nfnl_log_msg *msg);

/**
 * Set the link-layer type of a logged packet.
 * @param msg	logged packet
 * @param hwtype	link-layer type of the interface (ARPHRD_*)
 */
extern void nfnl_log_msg_set_hwtype(struct nfnl_log_msg *msg, uint16_t hwtype);

/**
 * Tell whether the link-layer type of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_hwtype(const struct nfnl_log_msg *msg);

/**
 * Get the link-layer type of a logged packet.
 * @param msg	logged packet
 *
 * @return The link-layer type of the interface; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_hwtype(const struct nfnl_log_msg *msg);

/**
 * Set the link-layer header length of a logged packet.
 * @param msg	logged packet
 * @param hwlen	length of the link-layer header in bytes
 */
extern void nfnl_log_msg_set_hwlen(struct nfnl_log_msg *msg, uint16_t hwlen);

/**
 * Tell whether the link-layer header length of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_hwlen(const struct nfnl_log_msg *msg);

/**
 * Get the link-layer header length of a logged packet.
 * @param msg	logged packet
 *
 * @return The length of the link-layer header in bytes; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_hwlen(const struct nfnl_log_msg *msg);

/**
 * Set the link-layer header of a logged packet.
 * @param msg	logged packet
 * @param data	header bytes, copied
 * @param len	number of bytes; 0 clears them
 *
 * @return 0 on success; -NLE_INVAL for a negative @a len; -NLE_NOMEM.
 */
extern int nfnl_log_msg_set_hwheader(struct nfnl_log_msg *msg, void *data,
				     int len);

/**
 * Tell whether the link-layer header of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_hwheader(const struct nfnl_log_msg *msg);

/**
 * Get the link-layer header of a logged packet.
 * @param msg	logged packet
 * @param[out] len	set to the number of bytes (0 when not set); must not be
 *		NULL
 *
 * @return The header bytes, owned by the object; NULL when not set.
 */
extern const void *nfnl_log_msg_get_hwheader(const struct nfnl_log_msg *msg,
					     int *len);

/**
 * Set the VLAN protocol of a logged packet.
 * @param msg	logged packet
 * @param vlan_proto	VLAN protocol (ETH_P_8021Q...), in host byte order
 */
extern void nfnl_log_msg_set_vlan_proto(struct nfnl_log_msg *msg,
					uint16_t vlan_proto);

/**
 * Tell whether the VLAN protocol of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_vlan_proto(const struct nfnl_log_msg *msg);

/**
 * Get the VLAN protocol of a logged packet.
 * @param msg	logged packet
 *
 * @return The VLAN protocol; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_vlan_proto(const struct nfnl_log_msg *msg);

/**
 * Set the VLAN tag of a logged packet.
 * @param msg	logged packet
 * @param vlan_tag	VLAN tag control information: priority, CFI and id
 */
extern void nfnl_log_msg_set_vlan_tag(struct nfnl_log_msg *msg,
				      uint16_t vlan_tag);

/**
 * Tell whether the VLAN tag of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_vlan_tag(const struct nfnl_log_msg *msg);

/**
 * Get the VLAN tag of a logged packet.
 * @param msg	logged packet
 *
 * @return The VLAN tag control information: priority; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_vlan_tag(const struct nfnl_log_msg *msg);

/**
 * Get the VLAN id of a logged packet.
 * @param msg	logged packet
 *
 * @return The low 12 bits of the VLAN tag; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_vlan_id(const struct nfnl_log_msg *msg);

/**
 * Get the canonical format indicator of the VLAN tag of a logged packet.
 * @param msg	logged packet
 *
 * @return Bit 12 of the VLAN tag (0 or 1); 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_vlan_cfi(const struct nfnl_log_msg *msg);

/**
 * Get the VLAN priority of a logged packet.
 * @param msg	logged packet
 *
 * @return The top three bits of the VLAN tag; 0 when not set.
 */
extern uint16_t nfnl_log_msg_get_vlan_prio(const struct nfnl_log_msg *msg);

/**
 * Set the conntrack state of a logged packet.
 * @param msg	logged packet
 * @param ct_info	conntrack information of the packet (enum
 *		ip_conntrack_info)
 */
extern void nfnl_log_msg_set_ct_info(struct nfnl_log_msg *msg,
				     uint32_t ct_info);

/**
 * Tell whether the conntrack state of a logged packet is set.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_ct_info(const struct nfnl_log_msg *msg);

/**
 * Get the conntrack state of a logged packet.
 * @param msg	logged packet
 *
 * @return The conntrack information of the packet; 0 when not set.
 */
extern uint32_t nfnl_log_msg_get_ct_info(const struct nfnl_log_msg *msg);

/**
 * Attach the conntrack entry of a logged packet.
 * @param msg	logged packet
 * @param ct	conntrack entry, or NULL for none; the object stores its own
 *		copy and drops the one it held, the caller keeps @a ct.
 */
extern void nfnl_log_msg_set_ct(struct nfnl_log_msg *msg, struct nfnl_ct *ct);

/**
 * Tell whether a conntrack entry is attached to a logged packet.
 * @param msg	logged packet
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_msg_test_ct(const struct nfnl_log_msg *msg);

/**
 * Get the conntrack entry of a logged packet.
 * @param msg	logged packet
 *
 * @return The entry, owned by the object (take a reference with nfnl_ct_get()
 *         to keep it); NULL when none is attached (NFNL_LOG_FLAG_CONNTRACK gets
 *         one).
 */
extern struct nfnl_ct *nfnl_log_msg_get_ct(const struct nfnl_log_msg *msg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
