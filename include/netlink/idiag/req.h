/* SPDX-License-Identifier: LGPL-2.1-only */
/* A socket diagnostics request (struct inet_diag_req) as an object. */

#ifndef NETLINK_IDIAGNL_REQ_H_
#define NETLINK_IDIAGNL_REQ_H_

/**
 * @defgroup idiag_req Requests
 * @ingroup idiag
 * A socket diagnostics request (struct inet_diag_req) as an object: which
 * sockets are asked for (family, states, addresses, interface) and which
 * extensions.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_req;

/** Object operations of request objects ("idiag/idiag_req"). */
extern struct nl_object_ops idiagnl_req_obj_ops;

/**
 * Allocate an empty request object.
 *
 * @return The object holding one reference, to be released with
 *         idiagnl_req_put(); NULL when out of memory.
 */
extern struct idiagnl_req *idiagnl_req_alloc(void);

/**
 * Take a reference on a request object.
 * @param req	object; release the reference with idiagnl_req_put()
 */
extern void idiagnl_req_get(struct idiagnl_req *req);

/**
 * Drop a reference on a request object.
 * @param req	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void idiagnl_req_put(struct idiagnl_req *req);

/**
 * Get the address family of the sockets a request asks for.
 * @param req	request object
 *
 * @return The address family; 0 when not set.
 */
extern uint8_t idiagnl_req_get_family(const struct idiagnl_req *req);

/**
 * Set the address family of the sockets a request asks for.
 * @param req	request object
 * @param family	address family (AF_INET, AF_INET6)
 */
extern void idiagnl_req_set_family(struct idiagnl_req *req, uint8_t family);

/**
 * Get the extensions a request asks for.
 * @param req	request object
 *
 * @return The mask of 1 << (type - 1) for each IDIAG_ATTR_* type; 0 when
 *         not set.
 */
extern uint8_t idiagnl_req_get_ext(const struct idiagnl_req *req);

/**
 * Set the extensions a request asks for.
 * @param req	request object
 * @param ext	mask of 1 << (type - 1) for each IDIAG_ATTR_* type
 */
extern void idiagnl_req_set_ext(struct idiagnl_req *req, uint8_t ext);

/**
 * Get the interface of the sockets a request asks for.
 * @param req	request object
 *
 * @return The interface index; 0 when not set.
 */
extern uint32_t idiagnl_req_get_ifindex(const struct idiagnl_req *req);

/**
 * Set the interface of the sockets a request asks for.
 * @param req	request object
 * @param ifindex	interface index
 */
extern void idiagnl_req_set_ifindex(struct idiagnl_req *req, uint32_t ifindex);

/**
 * Get the socket states a request asks for.
 * @param req	request object
 *
 * @return The mask of 1 << state for each IDIAG_SS_* state; 0 when not
 *         set.
 */
extern uint32_t idiagnl_req_get_states(const struct idiagnl_req *req);

/**
 * Set the socket states a request asks for.
 * @param req	request object
 * @param states	mask of 1 << state for each IDIAG_SS_* state
 */
extern void idiagnl_req_set_states(struct idiagnl_req *req, uint32_t states);

/**
 * Get the tables of sockets a request asks for.
 * @param req	request object
 *
 * @return The idiag_dbs of struct inet_diag_req; 0 when not set.
 */
extern uint32_t idiagnl_req_get_dbs(const struct idiagnl_req *req);

/**
 * Set the tables of sockets a request asks for.
 * @param req	request object
 * @param dbs	idiag_dbs of struct inet_diag_req
 */
extern void idiagnl_req_set_dbs(struct idiagnl_req *req, uint32_t dbs);

/**
 * Get the source (local) address of the sockets a request asks for.
 * @param req	request object
 *
 * @return The address, owned by the request (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *idiagnl_req_get_src(const struct idiagnl_req *req);

/**
 * Set the source (local) address of the sockets a request asks for.
 * @param req	request object
 * @param addr	address; the request takes a reference and drops the
 *		one on the address it held. NULL clears it.
 *
 * The address's family is not checked against the request's (see
 * idiagnl_req_set_family()).
 *
 * @return 0.
 */
extern int idiagnl_req_set_src(struct idiagnl_req *req, struct nl_addr *addr);

/**
 * Get the destination (remote) address of the sockets a request asks for.
 * @param req	request object
 *
 * @return The address, owned by the request (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *idiagnl_req_get_dst(const struct idiagnl_req *req);

/**
 * Set the destination (remote) address of the sockets a request asks for.
 * @param req	request object
 * @param addr	address; the request takes a reference and drops the
 *		one on the address it held. NULL clears it.
 *
 * The address's family is not checked against the request's (see
 * idiagnl_req_set_family()).
 *
 * @return 0.
 */
extern int idiagnl_req_set_dst(struct idiagnl_req *req, struct nl_addr *addr);

/**
 * Parse a socket diagnostics request message into a new object.
 * @param nlh	message: a netlink header followed by a struct
 *		inet_diag_req
 * @param[out] result	set to the object, holding one reference for
 *		the caller, who releases it with
 *		idiagnl_req_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         request; -NLE_NOMEM.
 */
extern int idiagnl_req_parse(struct nlmsghdr *nlh, struct idiagnl_req **result);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
