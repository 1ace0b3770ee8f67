/* SPDX-License-Identifier: LGPL-2.1-only */
/* A socket as socket diagnostics report it (struct inet_diag_msg and its
 * attributes), and the cache of them. */

#ifndef NETLINK_IDIAGNL_MSG_H_
#define NETLINK_IDIAGNL_MSG_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_msg;
struct idiagnl_meminfo;
struct idiagnl_vegasinfo;
struct tcp_info;	/* <netinet/tcp.h> */

extern struct nl_object_ops idiagnl_msg_obj_ops;

extern struct idiagnl_msg *idiagnl_msg_alloc(void);
/**
 * Allocate a cache of the sockets of @a family in the @a states (mask of
 * 1 << IDIAG_SS_*) and fill it through @a sk (connected with
 * idiagnl_connect()); a NULL @a sk leaves it empty.
 */
extern int idiagnl_msg_alloc_cache(struct nl_sock *sk, int family, int states,
				   struct nl_cache **result);
extern void idiagnl_msg_get(struct idiagnl_msg *msg);
extern void idiagnl_msg_put(struct idiagnl_msg *msg);

extern uint8_t idiagnl_msg_get_family(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_family(struct idiagnl_msg *msg, uint8_t family);
extern uint8_t idiagnl_msg_get_state(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_state(struct idiagnl_msg *msg, uint8_t state);
extern uint8_t idiagnl_msg_get_timer(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_timer(struct idiagnl_msg *msg, uint8_t timer);
extern uint8_t idiagnl_msg_get_retrans(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_retrans(struct idiagnl_msg *msg, uint8_t retrans);
extern uint16_t idiagnl_msg_get_sport(struct idiagnl_msg *msg);
extern void idiagnl_msg_set_sport(struct idiagnl_msg *msg, uint16_t port);
extern uint16_t idiagnl_msg_get_dport(struct idiagnl_msg *msg);
extern void idiagnl_msg_set_dport(struct idiagnl_msg *msg, uint16_t port);
extern struct nl_addr *idiagnl_msg_get_src(const struct idiagnl_msg *msg);
extern int idiagnl_msg_set_src(struct idiagnl_msg *msg, struct nl_addr *addr);
extern struct nl_addr *idiagnl_msg_get_dst(const struct idiagnl_msg *msg);
extern int idiagnl_msg_set_dst(struct idiagnl_msg *msg, struct nl_addr *addr);
extern uint32_t idiagnl_msg_get_ifindex(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_ifindex(struct idiagnl_msg *msg, uint32_t ifindex);
extern uint32_t idiagnl_msg_get_expires(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_expires(struct idiagnl_msg *msg, uint32_t expires);
extern uint32_t idiagnl_msg_get_rqueue(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_rqueue(struct idiagnl_msg *msg, uint32_t rqueue);
extern uint32_t idiagnl_msg_get_wqueue(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_wqueue(struct idiagnl_msg *msg, uint32_t wqueue);
extern uint32_t idiagnl_msg_get_uid(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_uid(struct idiagnl_msg *msg, uint32_t uid);
extern uint32_t idiagnl_msg_get_inode(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_inode(struct idiagnl_msg *msg, uint32_t inode);
extern uint8_t idiagnl_msg_get_tos(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_tos(struct idiagnl_msg *msg, uint8_t tos);
extern uint8_t idiagnl_msg_get_tclass(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_tclass(struct idiagnl_msg *msg, uint8_t tclass);
extern uint8_t idiagnl_msg_get_shutdown(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_shutdown(struct idiagnl_msg *msg, uint8_t shutdown);
extern char *idiagnl_msg_get_cong(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_cong(struct idiagnl_msg *msg, char *cong);
extern struct idiagnl_meminfo *idiagnl_msg_get_meminfo(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_meminfo(struct idiagnl_msg *msg,
				    struct idiagnl_meminfo *minfo);
extern struct idiagnl_vegasinfo *idiagnl_msg_get_vegasinfo(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_vegasinfo(struct idiagnl_msg *msg,
				      struct idiagnl_vegasinfo *vinfo);
extern struct tcp_info idiagnl_msg_get_tcpinfo(const struct idiagnl_msg *msg);
extern void idiagnl_msg_set_tcpinfo(struct idiagnl_msg *msg,
				    struct tcp_info *tinfo);

/** Parse one socket diagnostics message into a new object. */
extern int idiagnl_msg_parse(struct nlmsghdr *nlh, struct idiagnl_msg **result);

#ifdef __cplusplus
}
#endif

#endif
