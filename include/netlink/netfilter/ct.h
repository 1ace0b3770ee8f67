/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: conntrack entries (IPCTNL_MSG_CT_*), the "netfilter/ct" cache.
 */

#ifndef NETLINK_NF_CT_H_
#define NETLINK_NF_CT_H_

/**
 * @defgroup nf_ct Connection tracking
 * @ingroup nf
 * Conntrack entries (IPCTNL_MSG_CT_*): the "netfilter/ct" cache, requests
 * that create, delete and query entries, and their attributes. An entry
 * has two directions, original (repl 0) and reply (repl 1), each with
 * addresses, ports or ICMP values and counters.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_ct;

/** Object operations of conntrack entries ("netfilter/ct"). */
extern struct nl_object_ops ct_obj_ops;

/** Start and stop of a connection (CTA_TIMESTAMP), in nanoseconds. */
struct nfnl_ct_timestamp {
	uint64_t start;	/**< Start of the connection */
	uint64_t stop;	/**< End of the connection (0 while it lives) */
};

/**
 * Allocate an empty conntrack entry.
 *
 * @return The entry holding one reference, to be released with nfnl_ct_put();
 *         NULL when out of memory.
 */
extern struct nfnl_ct *nfnl_ct_alloc(void);

/**
 * Allocate a cache of the kernel's conntrack entries.
 * @param sk	socket connected with nfnl_connect()
 * @param[out] result	set to the "netfilter/ct" cache, holding one reference
 *		for the caller, who releases it with nl_cache_free()
 *
 * The fill is a consistent dump (nl_cache_refill()).
 *
 * @return 0 on success, or a negative error code as nl_cache_alloc_and_fill().
 */
extern int nfnl_ct_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Get the multicast group a conntrack event message belongs to.
 * @param nlh	conntrack message
 *
 * @return NFNLGRP_CONNTRACK_NEW for a new entry (IPCTNL_MSG_CT_NEW with
 *         NLM_F_CREATE or NLM_F_EXCL), NFNLGRP_CONNTRACK_UPDATE for another
 *         IPCTNL_MSG_CT_NEW, NFNLGRP_CONNTRACK_DESTROY for
 *         IPCTNL_MSG_CT_DELETE, NFNLGRP_NONE otherwise.
 */
extern int nfnlmsg_ct_group(struct nlmsghdr *nlh);

/**
 * Parse a conntrack message into a new entry.
 * @param nlh	IPCTNL_MSG_CT_* message
 * @param[out] result	set to the entry, holding one reference for the caller,
 *		who releases it with nfnl_ct_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         netfilter header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int nfnlmsg_ct_parse(struct nlmsghdr *nlh, struct nfnl_ct **result);

/**
 * Parse conntrack attributes nested in an attribute into a new entry.
 * @param attr	attribute holding CTA_* attributes, such as NFULA_CT of a log
 *		message or NFQA_CT of a queued packet
 * @param[out] result	set to the entry, holding one reference for the caller,
 *		who releases it with nfnl_ct_put()
 *
 * @return 0 on success; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int nfnlmsg_ct_parse_nested(struct nlattr *attr,
				   struct nfnl_ct **result);

/**
 * Take a reference on a conntrack entry.
 * @param ct	entry; release the reference with nfnl_ct_put()
 */
extern void nfnl_ct_get(struct nfnl_ct *ct);

/**
 * Drop a reference on a conntrack entry.
 * @param ct	entry, or NULL (nothing happens)
 *
 * The entry is freed with its last reference.
 */
extern void nfnl_ct_put(struct nfnl_ct *ct);

/**
 * Send a request dumping every conntrack entry.
 * @param sk	socket connected with nfnl_connect()
 *
 * Read the reply with nl_recvmsgs() or nl_cache_pickup();
 * nfnl_ct_alloc_cache() does both, consistently.
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_send_simple().
 */
extern int nfnl_ct_dump_request(struct nl_sock *sk);

/**
 * Build a request to create a conntrack entry.
 * @param ct	entry: its family, the original tuple (addresses, protocol,
 *		ports or ICMP id, type and code), the reply tuple when
 *		it has a reply address, and the status, timeout, mark,
 *		zone and other attributes set
 * @param flags	message flags (NLM_F_CREATE, NLM_F_EXCL...)
 * @param[out] result	set to the IPCTNL_MSG_CT_NEW message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_ct_build_add_request(const struct nfnl_ct *ct, int flags,
				     struct nl_msg **result);

/**
 * Create a conntrack entry in the kernel.
 * @param sk	socket connected with nfnl_connect()
 * @param ct	entry, as for nfnl_ct_build_add_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_ct_build_add_request(), sends it and waits
 * for the acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_ct_build_add_request(); the send
 *         errors; the kernel's error translated (-NLE_EXIST...).
 */
extern int nfnl_ct_add(struct nl_sock *sk, const struct nfnl_ct *ct, int flags);

/**
 * Build a request to delete a conntrack entry.
 * @param ct	entry: its family, the original tuple (addresses, protocol,
 *		ports or ICMP id, type and code), the reply tuple when
 *		it has a reply address, and the status, timeout, mark,
 *		zone and other attributes set
 * @param flags	message flags
 * @param[out] result	set to the IPCTNL_MSG_CT_DELETE message, to be freed
 *		with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_ct_build_delete_request(const struct nfnl_ct *ct, int flags,
					struct nl_msg **result);

/**
 * Delete a conntrack entry in the kernel.
 * @param sk	socket connected with nfnl_connect()
 * @param ct	entry, as for nfnl_ct_build_delete_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_ct_build_delete_request(), sends it and
 * waits for the acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_ct_build_delete_request(); the send
 *         errors; the kernel's error translated (-NLE_OBJ_NOTFOUND...).
 */
extern int nfnl_ct_del(struct nl_sock *sk, const struct nfnl_ct *ct, int flags);

/**
 * Build a request to ask for a conntrack entry.
 * @param ct	entry: its family, the original tuple (addresses, protocol,
 *		ports or ICMP id, type and code), the reply tuple when
 *		it has a reply address, and the status, timeout, mark,
 *		zone and other attributes set
 * @param flags	message flags
 * @param[out] result	set to the IPCTNL_MSG_CT_GET message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_ct_build_query_request(const struct nfnl_ct *ct, int flags,
				       struct nl_msg **result);

/**
 * Ask the kernel for a conntrack entry.
 * @param sk	socket connected with nfnl_connect()
 * @param ct	entry, as for nfnl_ct_build_query_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_ct_build_query_request(), sends it and
 * waits for the acknowledgement. The entry the kernel sends back is handed
 * to the socket's NL_CB_VALID callback meanwhile (parse it with
 * nfnlmsg_ct_parse()).
 *
 * @return 0 on success; the errors of nfnl_ct_build_query_request(); the send
 *         errors; the kernel's error translated (-NLE_OBJ_NOTFOUND when it has
 *         no such entry).
 */
extern int nfnl_ct_query(struct nl_sock *sk, const struct nfnl_ct *ct,
			 int flags);

/**
 * Set the address family of a conntrack entry.
 * @param ct	entry
 * @param family	address family (AF_INET, AF_INET6)
 */
extern void nfnl_ct_set_family(struct nfnl_ct *ct, uint8_t family);

/**
 * Get the address family of a conntrack entry.
 * @param ct	entry
 *
 * @return The address family; AF_UNSPEC when not set.
 */
extern uint8_t nfnl_ct_get_family(const struct nfnl_ct *ct);

/**
 * Set the layer 4 protocol of a conntrack entry.
 * @param ct	entry
 * @param proto	IP protocol number (IPPROTO_TCP...)
 */
extern void nfnl_ct_set_proto(struct nfnl_ct *ct, uint8_t proto);

/**
 * Tell whether the layer 4 protocol of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_proto(const struct nfnl_ct *ct);

/**
 * Get the layer 4 protocol of a conntrack entry.
 * @param ct	entry
 *
 * @return The IP protocol number; 0 when not set (check with
 *         nfnl_ct_test_proto()).
 */
extern uint8_t nfnl_ct_get_proto(const struct nfnl_ct *ct);

/**
 * Set the TCP state of a conntrack entry.
 * @param ct	entry
 * @param state	TCP conntrack state (see nfnl_ct_tcp_state2str())
 */
extern void nfnl_ct_set_tcp_state(struct nfnl_ct *ct, uint8_t state);

/**
 * Tell whether the TCP state of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_tcp_state(const struct nfnl_ct *ct);

/**
 * Get the TCP state of a conntrack entry.
 * @param ct	entry
 *
 * @return The TCP conntrack state; 0 when not set (check with
 *         nfnl_ct_test_tcp_state()).
 */
extern uint8_t nfnl_ct_get_tcp_state(const struct nfnl_ct *ct);

/**
 * Write the name of a TCP conntrack state into a buffer.
 * @param state	TCP conntrack state (enum tcp_conntrack)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED",
 *         "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE" or
 *         "LISTEN", or the value in hexadecimal.
 */
extern char *nfnl_ct_tcp_state2str(uint8_t state, char *buf, size_t len);

/**
 * Get the TCP conntrack state a name stands for.
 * @param name	name as nfnl_ct_tcp_state2str() writes it (case is ignored), or
 *		a number
 *
 * @return The state; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for an
 *         unknown name.
 */
extern int nfnl_ct_str2tcp_state(const char *name);

/**
 * Set status bits of a conntrack entry.
 * @param ct	entry
 * @param status	IPS_* bits to set; the bits set before stay set
 */
extern void nfnl_ct_set_status(struct nfnl_ct *ct, uint32_t status);

/**
 * Clear status bits of a conntrack entry.
 * @param ct	entry
 * @param status	IPS_* bits to clear
 */
extern void nfnl_ct_unset_status(struct nfnl_ct *ct, uint32_t status);

/**
 * Tell whether the status of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_status(const struct nfnl_ct *ct);

/**
 * Get the status of a conntrack entry.
 * @param ct	entry
 *
 * @return The IPS_* bits; 0 when not set.
 */
extern uint32_t nfnl_ct_get_status(const struct nfnl_ct *ct);

/**
 * Write the names of conntrack status bits into a buffer.
 * @param flags	IPS_* bits
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("expected",
 *         "seen_reply", "assured", "confirmed", "snat", "dnat", "seqadjust",
 *         "snat_done", "dnat_done", "dying", "fixed_timeout").
 */
extern char *nfnl_ct_status2str(int flags, char *buf, size_t len);

/**
 * Get the status bits names stand for.
 * @param name	names as nfnl_ct_status2str() writes them, separated by commas
 *		(case is ignored)
 *
 * @return The mask of the IPS_* bits named; 0 when none is known.
 */
extern int nfnl_ct_str2status(const char *name);

/**
 * Set the timeout of a conntrack entry.
 * @param ct	entry
 * @param timeout	seconds until the entry expires
 */
extern void nfnl_ct_set_timeout(struct nfnl_ct *ct, uint32_t timeout);

/**
 * Tell whether the timeout of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_timeout(const struct nfnl_ct *ct);

/**
 * Get the timeout of a conntrack entry.
 * @param ct	entry
 *
 * @return The seconds until the entry expires; 0 when not set (check with
 *         nfnl_ct_test_timeout()).
 */
extern uint32_t nfnl_ct_get_timeout(const struct nfnl_ct *ct);

/**
 * Set the mark of a conntrack entry.
 * @param ct	entry
 * @param mark	connection mark
 */
extern void nfnl_ct_set_mark(struct nfnl_ct *ct, uint32_t mark);

/**
 * Tell whether the mark of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_mark(const struct nfnl_ct *ct);

/**
 * Get the mark of a conntrack entry.
 * @param ct	entry
 *
 * @return The connection mark; 0 when not set (check with nfnl_ct_test_mark()).
 */
extern uint32_t nfnl_ct_get_mark(const struct nfnl_ct *ct);

/**
 * Set the use count of a conntrack entry.
 * @param ct	entry
 * @param use	reference count of the entry in the kernel
 */
extern void nfnl_ct_set_use(struct nfnl_ct *ct, uint32_t use);

/**
 * Tell whether the use count of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_use(const struct nfnl_ct *ct);

/**
 * Get the use count of a conntrack entry.
 * @param ct	entry
 *
 * @return The reference count of the entry in the kernel; 0 when not set (check
 *         with nfnl_ct_test_use()).
 */
extern uint32_t nfnl_ct_get_use(const struct nfnl_ct *ct);

/**
 * Set the id of a conntrack entry.
 * @param ct	entry
 * @param id	entry id the kernel assigned
 */
extern void nfnl_ct_set_id(struct nfnl_ct *ct, uint32_t id);

/**
 * Tell whether the id of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_id(const struct nfnl_ct *ct);

/**
 * Get the id of a conntrack entry.
 * @param ct	entry
 *
 * @return The entry id the kernel assigned; 0 when not set (check with
 *         nfnl_ct_test_id()).
 */
extern uint32_t nfnl_ct_get_id(const struct nfnl_ct *ct);

/**
 * Set the zone of a conntrack entry.
 * @param ct	entry
 * @param zone	conntrack zone
 */
extern void nfnl_ct_set_zone(struct nfnl_ct *ct, uint16_t zone);

/**
 * Tell whether the zone of a conntrack entry is set.
 * @param ct	entry
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_zone(const struct nfnl_ct *ct);

/**
 * Get the zone of a conntrack entry.
 * @param ct	entry
 *
 * @return The conntrack zone; 0 when not set (check with nfnl_ct_test_zone()).
 */
extern uint16_t nfnl_ct_get_zone(const struct nfnl_ct *ct);

/**
 * Set the source address of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param addr	address; the entry takes a reference and drops the one on the
 *		address it held
 *
 * An entry without a family takes the address's family.
 *
 * @return 0 on success; -NLE_AF_MISMATCH when the entry's family differs from
 *         the address's.
 */
extern int nfnl_ct_set_src(struct nfnl_ct *ct, int repl, struct nl_addr *addr);

/**
 * Get the source address of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The address, owned by the entry (take a reference with nl_addr_get()
 *         to keep it); NULL when not set.
 */
extern struct nl_addr *nfnl_ct_get_src(const struct nfnl_ct *ct, int repl);

/**
 * Set the destination address of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param addr	address; the entry takes a reference and drops the one on the
 *		address it held
 *
 * An entry without a family takes the address's family.
 *
 * @return 0 on success; -NLE_AF_MISMATCH when the entry's family differs from
 *         the address's.
 */
extern int nfnl_ct_set_dst(struct nfnl_ct *ct, int repl, struct nl_addr *addr);

/**
 * Get the destination address of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The address, owned by the entry (take a reference with nl_addr_get()
 *         to keep it); NULL when not set.
 */
extern struct nl_addr *nfnl_ct_get_dst(const struct nfnl_ct *ct, int repl);

/**
 * Set the source port of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param port	port, in host byte order
 */
extern void nfnl_ct_set_src_port(struct nfnl_ct *ct, int repl, uint16_t port);

/**
 * Tell whether the source port of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_src_port(const struct nfnl_ct *ct, int repl);

/**
 * Get the source port of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The port; 0 when not set.
 */
extern uint16_t nfnl_ct_get_src_port(const struct nfnl_ct *ct, int repl);

/**
 * Set the destination port of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param port	port, in host byte order
 */
extern void nfnl_ct_set_dst_port(struct nfnl_ct *ct, int repl, uint16_t port);

/**
 * Tell whether the destination port of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_dst_port(const struct nfnl_ct *ct, int repl);

/**
 * Get the destination port of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The port; 0 when not set.
 */
extern uint16_t nfnl_ct_get_dst_port(const struct nfnl_ct *ct, int repl);

/**
 * Set the ICMP identifier of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param id	ICMP identifier, in host byte order
 */
extern void nfnl_ct_set_icmp_id(struct nfnl_ct *ct, int repl, uint16_t id);

/**
 * Tell whether the ICMP identifier of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_icmp_id(const struct nfnl_ct *ct, int repl);

/**
 * Get the ICMP identifier of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The ICMP identifier; 0 when not set.
 */
extern uint16_t nfnl_ct_get_icmp_id(const struct nfnl_ct *ct, int repl);

/**
 * Set the ICMP type of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param type	ICMP type
 */
extern void nfnl_ct_set_icmp_type(struct nfnl_ct *ct, int repl, uint8_t type);

/**
 * Tell whether the ICMP type of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_icmp_type(const struct nfnl_ct *ct, int repl);

/**
 * Get the ICMP type of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The ICMP type; 0 when not set.
 */
extern uint8_t nfnl_ct_get_icmp_type(const struct nfnl_ct *ct, int repl);

/**
 * Set the ICMP code of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param code	ICMP code
 */
extern void nfnl_ct_set_icmp_code(struct nfnl_ct *ct, int repl, uint8_t code);

/**
 * Tell whether the ICMP code of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_icmp_code(const struct nfnl_ct *ct, int repl);

/**
 * Get the ICMP code of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The ICMP code; 0 when not set.
 */
extern uint8_t nfnl_ct_get_icmp_code(const struct nfnl_ct *ct, int repl);

/**
 * Set the packet counter of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param packets	number of packets seen in that direction
 */
extern void nfnl_ct_set_packets(struct nfnl_ct *ct, int repl, uint64_t packets);

/**
 * Tell whether the packet counter of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_packets(const struct nfnl_ct *ct, int repl);

/**
 * Get the packet counter of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The number of packets seen in that direction; 0 when not set.
 */
extern uint64_t nfnl_ct_get_packets(const struct nfnl_ct *ct, int repl);

/**
 * Set the byte counter of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 * @param bytes	number of bytes seen in that direction
 */
extern void nfnl_ct_set_bytes(struct nfnl_ct *ct, int repl, uint64_t bytes);

/**
 * Tell whether the byte counter of a direction of a conntrack entry is set.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_ct_test_bytes(const struct nfnl_ct *ct, int repl);

/**
 * Get the byte counter of a direction of a conntrack entry.
 * @param ct	entry
 * @param repl	0 for the original direction, 1 for the reply direction
 *
 * @return The number of bytes seen in that direction; 0 when not set.
 */
extern uint64_t nfnl_ct_get_bytes(const struct nfnl_ct *ct, int repl);

/**
 * Set the start and stop times of a conntrack entry.
 * @param ct	entry
 * @param start	start of the connection, in nanoseconds
 * @param stop	end of the connection, in nanoseconds (0 while it lives)
 */
extern void nfnl_ct_set_timestamp(struct nfnl_ct *ct, uint64_t start,
				  uint64_t stop);

/**
 * Tell whether the times of a conntrack entry are set.
 * @param ct	entry
 *
 * @return Non-zero when set (CTA_TIMESTAMP was reported), 0 otherwise.
 */
extern int nfnl_ct_test_timestamp(const struct nfnl_ct *ct);

/**
 * Get the start and stop times of a conntrack entry.
 * @param ct	entry
 *
 * @return The times, owned by the entry; zeroes when not set.
 */
extern const struct nfnl_ct_timestamp *nfnl_ct_get_timestamp(const struct nfnl_ct *ct);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
