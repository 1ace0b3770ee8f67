/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * FIB lookup requests (NETLINK_FIB_LOOKUP): what to look up.
 */

#ifndef NETLINK_FIB_LOOKUP_REQUEST_H_
#define NETLINK_FIB_LOOKUP_REQUEST_H_

/**
 * @addtogroup route_fib_lookup
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct flnl_request;

/** Cast a pointer to a FIB lookup request. */
#define REQUEST_CAST(ptr) ((struct flnl_request *)(ptr))

/**
 * Allocate an empty FIB lookup request.
 *
 * @return The object holding one reference, to be released with
 *         nl_object_put(); NULL when out of memory.
 */
extern struct flnl_request *flnl_request_alloc(void);

/**
 * Set the firewall mark of the packet to look up.
 * @param req	request
 * @param fwmark	mark; the low 32 bits are kept
 */
extern void flnl_request_set_fwmark(struct flnl_request *req, uint64_t fwmark);

/**
 * Get the firewall mark of a FIB lookup request.
 * @param req	request
 *
 * @return The mark; UINT64_MAX when not set.
 */
extern uint64_t flnl_request_get_fwmark(struct flnl_request *req);

/**
 * Set the type of service of the packet to look up.
 * @param req	request
 * @param tos	type of service
 */
extern void flnl_request_set_tos(struct flnl_request *req, int tos);

/**
 * Get the type of service of a FIB lookup request.
 * @param req	request
 *
 * @return The type of service; -1 when not set.
 */
extern int flnl_request_get_tos(struct flnl_request *req);

/**
 * Set the scope of a FIB lookup.
 * @param req	request
 * @param scope	RT_SCOPE_* scope
 */
extern void flnl_request_set_scope(struct flnl_request *req, int scope);

/**
 * Get the scope of a FIB lookup request.
 * @param req	request
 *
 * @return The scope; -1 when not set.
 */
extern int flnl_request_get_scope(struct flnl_request *req);

/**
 * Set the routing table a FIB lookup looks in.
 * @param req	request
 * @param table	table id; RT_TABLE_UNSPEC lets the routing rules decide
 */
extern void flnl_request_set_table(struct flnl_request *req, int table);

/**
 * Get the routing table of a FIB lookup request.
 * @param req	request
 *
 * @return The table id; -1 when not set.
 */
extern int flnl_request_get_table(struct flnl_request *req);

/**
 * Set the destination address to look up.
 * @param req	request
 * @param addr	IPv4 address; the request takes a reference and drops the one on
 *		the address it held
 *
 * @return 0 on success; -NLE_AF_NOSUPPORT when @a addr is NULL or not AF_INET;
 *         -NLE_INVAL when it is not 4 bytes long.
 */
extern int flnl_request_set_addr(struct flnl_request *req,
				 struct nl_addr *addr);

/**
 * Get the destination address of a FIB lookup request.
 * @param req	request
 *
 * @return The address, owned by the request (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *flnl_request_get_addr(struct flnl_request *req);

/**
 * Compare two FIB lookup requests (declared only).
 * @param a	first request
 * @param b	second request
 *
 * Declared as upstream's header declares it; no library of the family
 * defines it, so a program that calls it does not link. Compare requests
 * with nl_object_diff().
 *
 * @return Nothing: the function does not exist.
 */
extern int flnl_request_cmp(struct flnl_request *a, struct flnl_request *b);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
