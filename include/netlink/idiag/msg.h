/* SPDX-License-Identifier: LGPL-2.1-only */
/* A socket as socket diagnostics report it (struct inet_diag_msg and its
 * attributes), and the cache of them. */

#ifndef NETLINK_IDIAGNL_MSG_H_
#define NETLINK_IDIAGNL_MSG_H_

/**
 * @defgroup idiag_msg Sockets
 * @ingroup idiag
 * A socket as socket diagnostics report it: struct inet_diag_msg (family,
 * state, ports, addresses, timer, queues, owner) and its INET_DIAG_*
 * attributes (memory usage, TCP information, congestion control...); the
 * "idiag/idiag" cache of them.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_msg;
struct idiagnl_meminfo;
struct idiagnl_vegasinfo;
struct tcp_info;	/* <netinet/tcp.h> */

/** Object operations of socket objects ("idiag/idiag_msg"). */
extern struct nl_object_ops idiagnl_msg_obj_ops;

/**
 * Allocate an empty socket object.
 *
 * @return The object holding one reference, to be released with
 *         idiagnl_msg_put(); NULL when out of memory.
 */
extern struct idiagnl_msg *idiagnl_msg_alloc(void);

/**
 * Allocate a cache of sockets and fill it from the kernel.
 * @param sk	socket connected with idiagnl_connect(), or NULL to
 *		leave the cache empty
 * @param family	address family of the sockets (AF_INET, AF_INET6)
 * @param states	mask of 1 << state for each IDIAG_SS_* state wanted
 *		(IDIAGNL_SS_ALL for all)
 * @param[out] result	set to the "idiag/idiag" cache, holding one
 *		reference for the caller, who releases it with
 *		nl_cache_free()
 *
 * The dump asks for every extension (memory usage, TCP information,
 * congestion control...); the fill is nl_cache_refill().
 *
 * @return 0 on success; -NLE_NOMEM; the errors of nl_cache_refill().
 */
extern int idiagnl_msg_alloc_cache(struct nl_sock *sk, int family, int states,
				   struct nl_cache **result);

/**
 * Take a reference on a socket object.
 * @param msg	object; release the reference with idiagnl_msg_put()
 */
extern void idiagnl_msg_get(struct idiagnl_msg *msg);

/**
 * Drop a reference on a socket object.
 * @param msg	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void idiagnl_msg_put(struct idiagnl_msg *msg);

/**
 * Get the address family of a socket.
 * @param msg	socket object
 *
 * @return The address family; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_family(const struct idiagnl_msg *msg);

/**
 * Set the address family of a socket object.
 * @param msg	socket object
 * @param family	address family (AF_INET, AF_INET6)
 */
extern void idiagnl_msg_set_family(struct idiagnl_msg *msg, uint8_t family);

/**
 * Get the state of a socket.
 * @param msg	socket object
 *
 * @return The IDIAG_SS_* state; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_state(const struct idiagnl_msg *msg);

/**
 * Set the state of a socket object.
 * @param msg	socket object
 * @param state	IDIAG_SS_* state (see idiagnl_state2str())
 */
extern void idiagnl_msg_set_state(struct idiagnl_msg *msg, uint8_t state);

/**
 * Get the active timer of a socket.
 * @param msg	socket object
 *
 * @return The IDIAGNL_TIMER_* value; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_timer(const struct idiagnl_msg *msg);

/**
 * Set the active timer of a socket object.
 * @param msg	socket object
 * @param timer	IDIAGNL_TIMER_* value
 */
extern void idiagnl_msg_set_timer(struct idiagnl_msg *msg, uint8_t timer);

/**
 * Get the number of retransmissions of the timer of a socket.
 * @param msg	socket object
 *
 * @return The count; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_retrans(const struct idiagnl_msg *msg);

/**
 * Set the number of retransmissions of the timer of a socket object.
 * @param msg	socket object
 * @param retrans	count
 */
extern void idiagnl_msg_set_retrans(struct idiagnl_msg *msg, uint8_t retrans);

/**
 * Get the source (local) port of a socket.
 * @param msg	socket object
 *
 * @return The port in network byte order, as the kernel reports it; 0 when
 *         not set.
 */
extern uint16_t idiagnl_msg_get_sport(struct idiagnl_msg *msg);

/**
 * Set the source (local) port of a socket object.
 * @param msg	socket object
 * @param port	port in network byte order, as the kernel reports it
 */
extern void idiagnl_msg_set_sport(struct idiagnl_msg *msg, uint16_t port);

/**
 * Get the destination (remote) port of a socket.
 * @param msg	socket object
 *
 * @return The port in network byte order; 0 when not set.
 */
extern uint16_t idiagnl_msg_get_dport(struct idiagnl_msg *msg);

/**
 * Set the destination (remote) port of a socket object.
 * @param msg	socket object
 * @param port	port in network byte order
 */
extern void idiagnl_msg_set_dport(struct idiagnl_msg *msg, uint16_t port);

/**
 * Get the source (local) address of a socket.
 * @param msg	socket object
 *
 * @return The address, owned by the object (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *idiagnl_msg_get_src(const struct idiagnl_msg *msg);

/**
 * Set the source (local) address of a socket object.
 * @param msg	socket object
 * @param addr	address; the object takes a reference and drops the
 *		one on the address it held. NULL clears it.
 *
 * @return 0.
 */
extern int idiagnl_msg_set_src(struct idiagnl_msg *msg, struct nl_addr *addr);

/**
 * Get the destination (remote) address of a socket.
 * @param msg	socket object
 *
 * @return The address, owned by the object (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *idiagnl_msg_get_dst(const struct idiagnl_msg *msg);

/**
 * Set the destination (remote) address of a socket object.
 * @param msg	socket object
 * @param addr	address; the object takes a reference and drops the
 *		one on the address it held. NULL clears it.
 *
 * @return 0.
 */
extern int idiagnl_msg_set_dst(struct idiagnl_msg *msg, struct nl_addr *addr);

/**
 * Get the interface the socket is bound to of a socket.
 * @param msg	socket object
 *
 * @return The interface index; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_ifindex(const struct idiagnl_msg *msg);

/**
 * Set the interface the socket is bound to of a socket object.
 * @param msg	socket object
 * @param ifindex	interface index
 */
extern void idiagnl_msg_set_ifindex(struct idiagnl_msg *msg, uint32_t ifindex);

/**
 * Get the time until the active timer expires of a socket.
 * @param msg	socket object
 *
 * @return The milliseconds; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_expires(const struct idiagnl_msg *msg);

/**
 * Set the time until the active timer expires of a socket object.
 * @param msg	socket object
 * @param expires	milliseconds
 */
extern void idiagnl_msg_set_expires(struct idiagnl_msg *msg, uint32_t expires);

/**
 * Get the receive queue length of a socket.
 * @param msg	socket object
 *
 * @return The bytes queued for reading; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_rqueue(const struct idiagnl_msg *msg);

/**
 * Set the receive queue length of a socket object.
 * @param msg	socket object
 * @param rqueue	bytes queued for reading (for listening sockets, the
 *		accept queue length)
 */
extern void idiagnl_msg_set_rqueue(struct idiagnl_msg *msg, uint32_t rqueue);

/**
 * Get the send queue length of a socket.
 * @param msg	socket object
 *
 * @return The bytes queued for sending; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_wqueue(const struct idiagnl_msg *msg);

/**
 * Set the send queue length of a socket object.
 * @param msg	socket object
 * @param wqueue	bytes queued for sending (for listening sockets, the
 *		accept backlog)
 */
extern void idiagnl_msg_set_wqueue(struct idiagnl_msg *msg, uint32_t wqueue);

/**
 * Get the owner of a socket.
 * @param msg	socket object
 *
 * @return The user id of the socket's owner; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_uid(const struct idiagnl_msg *msg);

/**
 * Set the owner of a socket object.
 * @param msg	socket object
 * @param uid	user id of the socket's owner
 */
extern void idiagnl_msg_set_uid(struct idiagnl_msg *msg, uint32_t uid);

/**
 * Get the inode number of a socket.
 * @param msg	socket object
 *
 * @return The inode number of the socket; 0 when not set.
 */
extern uint32_t idiagnl_msg_get_inode(const struct idiagnl_msg *msg);

/**
 * Set the inode number of a socket object.
 * @param msg	socket object
 * @param inode	inode number of the socket
 */
extern void idiagnl_msg_set_inode(struct idiagnl_msg *msg, uint32_t inode);

/**
 * Get the type of service of a socket.
 * @param msg	socket object
 *
 * @return The IPv4 type of service; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_tos(const struct idiagnl_msg *msg);

/**
 * Set the type of service of a socket object.
 * @param msg	socket object
 * @param tos	IPv4 type of service (INET_DIAG_TOS)
 */
extern void idiagnl_msg_set_tos(struct idiagnl_msg *msg, uint8_t tos);

/**
 * Get the traffic class of a socket.
 * @param msg	socket object
 *
 * @return The IPv6 traffic class; 0 when not set.
 */
extern uint8_t idiagnl_msg_get_tclass(const struct idiagnl_msg *msg);

/**
 * Set the traffic class of a socket object.
 * @param msg	socket object
 * @param tclass	IPv6 traffic class (INET_DIAG_TCLASS)
 */
extern void idiagnl_msg_set_tclass(struct idiagnl_msg *msg, uint8_t tclass);

/**
 * Get the shutdown state of a socket.
 * @param msg	socket object
 *
 * @return The shutdown mask: bit 0 receive, bit 1 send (see
 *         idiagnl_shutdown2str()); 0 when not set.
 */
extern uint8_t idiagnl_msg_get_shutdown(const struct idiagnl_msg *msg);

/**
 * Set the shutdown state of a socket object.
 * @param msg	socket object
 * @param shutdown	shutdown mask: bit 0 receive, bit 1 send (see
 *		idiagnl_shutdown2str())
 */
extern void idiagnl_msg_set_shutdown(struct idiagnl_msg *msg, uint8_t shutdown);

/**
 * Get the congestion control algorithm of a socket.
 * @param msg	socket object
 *
 * @return The name ("cubic"...), owned by the object; NULL when not set.
 */
extern char *idiagnl_msg_get_cong(const struct idiagnl_msg *msg);

/**
 * Set the congestion control algorithm of a socket object.
 * @param msg	socket object
 * @param cong	name, copied; NULL clears it
 *
 * When the copy cannot be allocated the object keeps its old name.
 */
extern void idiagnl_msg_set_cong(struct idiagnl_msg *msg, char *cong);

/**
 * Get the memory usage of a socket.
 * @param msg	socket object
 *
 * @return The memory usage object, owned by the socket object (take a
 *         reference to keep it); NULL when not reported.
 */
extern struct idiagnl_meminfo *idiagnl_msg_get_meminfo(const struct idiagnl_msg *msg);

/**
 * Set the memory usage of a socket object.
 * @param msg	socket object
 * @param minfo	memory usage object; the socket object takes a
 *		reference and drops the one it held. NULL clears it.
 */
extern void idiagnl_msg_set_meminfo(struct idiagnl_msg *msg,
				    struct idiagnl_meminfo *minfo);

/**
 * Get the TCP Vegas state of a socket.
 * @param msg	socket object
 *
 * @return The TCP Vegas state object, owned by the socket object (take a
 *         reference to keep it); NULL when not reported.
 */
extern struct idiagnl_vegasinfo *idiagnl_msg_get_vegasinfo(const struct idiagnl_msg *msg);

/**
 * Set the TCP Vegas state of a socket object.
 * @param msg	socket object
 * @param vinfo	TCP Vegas state object; the socket object takes a
 *		reference and drops the one it held. NULL clears it.
 */
extern void idiagnl_msg_set_vegasinfo(struct idiagnl_msg *msg,
				      struct idiagnl_vegasinfo *vinfo);

/**
 * Get the TCP information of a socket.
 * @param msg	socket object
 *
 * @return A copy of the struct tcp_info the kernel reported (INET_DIAG_INFO);
 *         fields the kernel did not send, or all of them when it sent none, are
 *         0.
 */
extern struct tcp_info idiagnl_msg_get_tcpinfo(const struct idiagnl_msg *msg);

/**
 * Set the TCP information of a socket object.
 * @param msg	socket object
 * @param tinfo	TCP information, copied
 */
extern void idiagnl_msg_set_tcpinfo(struct idiagnl_msg *msg,
				    struct tcp_info *tinfo);

/**
 * Parse a socket diagnostics message into a new socket object.
 * @param nlh	message: a netlink header, a struct inet_diag_msg and
 *		INET_DIAG_* attributes
 * @param[out] result	set to the object, holding one reference for
 *		the caller, who releases it with
 *		idiagnl_msg_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         struct inet_diag_msg; -NLE_RANGE for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int idiagnl_msg_parse(struct nlmsghdr *nlh, struct idiagnl_msg **result);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
