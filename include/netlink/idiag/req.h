/* SPDX-License-Identifier: LGPL-2.1-only */
/* A socket diagnostics request (struct inet_diag_req) as an object. */

#ifndef NETLINK_IDIAGNL_REQ_H_
#define NETLINK_IDIAGNL_REQ_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_req;

extern struct nl_object_ops idiagnl_req_obj_ops;

extern struct idiagnl_req *idiagnl_req_alloc(void);
extern void idiagnl_req_get(struct idiagnl_req *req);
extern void idiagnl_req_put(struct idiagnl_req *req);

extern uint8_t idiagnl_req_get_family(const struct idiagnl_req *req);
extern void idiagnl_req_set_family(struct idiagnl_req *req, uint8_t family);
extern uint8_t idiagnl_req_get_ext(const struct idiagnl_req *req);
extern void idiagnl_req_set_ext(struct idiagnl_req *req, uint8_t ext);
extern uint32_t idiagnl_req_get_ifindex(const struct idiagnl_req *req);
extern void idiagnl_req_set_ifindex(struct idiagnl_req *req, uint32_t ifindex);
extern uint32_t idiagnl_req_get_states(const struct idiagnl_req *req);
extern void idiagnl_req_set_states(struct idiagnl_req *req, uint32_t states);
extern uint32_t idiagnl_req_get_dbs(const struct idiagnl_req *req);
extern void idiagnl_req_set_dbs(struct idiagnl_req *req, uint32_t dbs);
extern struct nl_addr *idiagnl_req_get_src(const struct idiagnl_req *req);
extern int idiagnl_req_set_src(struct idiagnl_req *req, struct nl_addr *addr);
extern struct nl_addr *idiagnl_req_get_dst(const struct idiagnl_req *req);
extern int idiagnl_req_set_dst(struct idiagnl_req *req, struct nl_addr *addr);

/** Parse a request message (struct inet_diag_req) into a new object. */
extern int idiagnl_req_parse(struct nlmsghdr *nlh, struct idiagnl_req **result);

#ifdef __cplusplus
}
#endif

#endif
