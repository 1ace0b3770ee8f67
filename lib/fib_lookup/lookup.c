/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * FIB lookups over NETLINK_FIB_LOOKUP: the kernel takes a struct
 * fib_result_nl with the key filled in and echoes it back with the result
 * of looking the address up in its IPv4 routing tables.  Requests and
 * results are objects; results come into a cache of type
 * "fib_lookup/fib_lookup".
 */

#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <limits.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include "nl-private/core.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/route.h>
#include <netlink/fib_lookup/request.h>
#include <netlink/fib_lookup/lookup.h>

/* The kernel's struct fib_result_nl (not in the exported uapi). */
struct fib_result_nl {
	uint32_t fl_addr;	/* network byte order */
	uint32_t fl_mark;
	unsigned char fl_tos;
	unsigned char fl_scope;
	unsigned char tb_id_in;
	unsigned char tb_id;	/* results from here on */
	unsigned char prefixlen;
	unsigned char nh_sel;
	unsigned char type;
	unsigned char scope;
	int err;
};

#define REQUEST_ATTR_ADDR	0x01
#define REQUEST_ATTR_FWMARK	0x02
#define REQUEST_ATTR_TOS	0x04
#define REQUEST_ATTR_SCOPE	0x08
#define REQUEST_ATTR_TABLE	0x10

struct flnl_request {
	NLHDR_COMMON

	struct nl_addr *lr_addr;
	uint32_t lr_fwmark;
	uint8_t lr_tos;
	uint8_t lr_scope;
	uint8_t lr_table;
};

struct flnl_result {
	NLHDR_COMMON

	struct flnl_request *fr_req;
	uint8_t fr_table_id;
	uint8_t fr_prefixlen;
	uint8_t fr_nh_sel;
	uint8_t fr_type;
	uint8_t fr_scope;
	uint32_t fr_error;
};

static struct nl_object_ops request_obj_ops;
static struct nl_object_ops result_obj_ops;
static struct nl_cache_ops fib_lookup_ops;

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static void request_free_data(struct nl_object *obj)
{
	struct flnl_request *req = (struct flnl_request *)obj;

	nl_addr_put(req->lr_addr);
	req->lr_addr = NULL;
}

static int request_clone(struct nl_object *dst, struct nl_object *src)
{
	struct flnl_request *d = (struct flnl_request *)dst;
	struct flnl_request *s = (struct flnl_request *)src;

	d->lr_addr = NULL;
	if (s->lr_addr && !(d->lr_addr = nl_addr_clone(s->lr_addr)))
		return -NLE_NOMEM;
	return 0;
}

static uint64_t request_compare(struct nl_object *oa, struct nl_object *ob,
				uint64_t attrs, int flags)
{
	struct flnl_request *a = (struct flnl_request *)oa;
	struct flnl_request *b = (struct flnl_request *)ob;
	uint64_t diff = 0;

	(void)flags;
	diff |= ATTR_DIFF(attrs, REQUEST_ATTR_FWMARK, a, b,
			  a->lr_fwmark != b->lr_fwmark);
	diff |= ATTR_DIFF(attrs, REQUEST_ATTR_TOS, a, b,
			  a->lr_tos != b->lr_tos);
	diff |= ATTR_DIFF(attrs, REQUEST_ATTR_SCOPE, a, b,
			  a->lr_scope != b->lr_scope);
	diff |= ATTR_DIFF(attrs, REQUEST_ATTR_TABLE, a, b,
			  a->lr_table != b->lr_table);
	diff |= ATTR_DIFF(attrs, REQUEST_ATTR_ADDR, a, b,
			  nl_addr_cmp(a->lr_addr, b->lr_addr));
	return diff;
}

static struct nl_object_ops request_obj_ops = {
	.oo_name = "fib_lookup/request",
	.oo_size = sizeof(struct flnl_request),
	.oo_free_data = request_free_data,
	.oo_clone = request_clone,
	.oo_compare = request_compare,
	.oo_id_attrs = ~0u,
};

/** Allocate an empty lookup request; NULL when out of memory. */
struct flnl_request *flnl_request_alloc(void)
{
	return (struct flnl_request *)nl_object_alloc(&request_obj_ops);
}

/** Set the firewall mark of the packet to look up. */
void flnl_request_set_fwmark(struct flnl_request *req, uint64_t fwmark)
{
	req->lr_fwmark = (uint32_t)fwmark;
	req->ce_mask |= REQUEST_ATTR_FWMARK;
}

/** The firewall mark, UINT64_MAX when not set. */
uint64_t flnl_request_get_fwmark(struct flnl_request *req)
{
	if (req->ce_mask & REQUEST_ATTR_FWMARK)
		return req->lr_fwmark;
	return UINT64_MAX;
}

/** Set the type of service of the packet to look up. */
void flnl_request_set_tos(struct flnl_request *req, int tos)
{
	req->lr_tos = (uint8_t)tos;
	req->ce_mask |= REQUEST_ATTR_TOS;
}

/** The type of service, -1 when not set. */
int flnl_request_get_tos(struct flnl_request *req)
{
	return (req->ce_mask & REQUEST_ATTR_TOS) ? req->lr_tos : -1;
}

/** Set the scope (RT_SCOPE_*) of the lookup. */
void flnl_request_set_scope(struct flnl_request *req, int scope)
{
	req->lr_scope = (uint8_t)scope;
	req->ce_mask |= REQUEST_ATTR_SCOPE;
}

/** The scope, -1 when not set. */
int flnl_request_get_scope(struct flnl_request *req)
{
	return (req->ce_mask & REQUEST_ATTR_SCOPE) ? req->lr_scope : -1;
}

/** Set the routing table to look in (RT_TABLE_UNSPEC: the rules decide). */
void flnl_request_set_table(struct flnl_request *req, int table)
{
	req->lr_table = (uint8_t)table;
	req->ce_mask |= REQUEST_ATTR_TABLE;
}

/** The table, -1 when not set. */
int flnl_request_get_table(struct flnl_request *req)
{
	return (req->ce_mask & REQUEST_ATTR_TABLE) ? req->lr_table : -1;
}

/**
 * Set the IPv4 address to look up (a new reference is taken).
 * @return 0, -NLE_AF_NOSUPPORT for another family, -NLE_INVAL for a
 * longer address.
 */
int flnl_request_set_addr(struct flnl_request *req, struct nl_addr *addr)
{
	if (!addr || nl_addr_get_family(addr) != AF_INET)
		return -NLE_AF_NOSUPPORT;
	if (nl_addr_get_len(addr) != 4)
		return -NLE_INVAL;
	nl_addr_get(addr);
	nl_addr_put(req->lr_addr);
	req->lr_addr = addr;
	req->ce_mask |= REQUEST_ATTR_ADDR;
	return 0;
}

/** The address to look up, or NULL. */
struct nl_addr *flnl_request_get_addr(struct flnl_request *req)
{
	return req->lr_addr;
}

/* ------------------------------------------------------------------ */
/* Results                                                              */

static void result_free_data(struct nl_object *obj)
{
	struct flnl_result *res = (struct flnl_result *)obj;

	if (res->fr_req)
		nl_object_put((struct nl_object *)res->fr_req);
	res->fr_req = NULL;
}

static int result_clone(struct nl_object *dst, struct nl_object *src)
{
	struct flnl_result *d = (struct flnl_result *)dst;
	struct flnl_result *s = (struct flnl_result *)src;

	d->fr_req = NULL;
	if (s->fr_req) {
		d->fr_req = (struct flnl_request *)nl_object_clone(
			(struct nl_object *)s->fr_req);
		if (!d->fr_req)
			return -NLE_NOMEM;
	}
	return 0;
}

static void result_dump_details(struct nl_object *obj,
				struct nl_dump_params *p)
{
	struct flnl_result *res = (struct flnl_result *)obj;
	int err = (int)res->fr_error;
	char buf[128];

	nl_dump_line(p, "table %s prefixlen %u next-hop-selector %u\n",
		     rtnl_route_table2str(res->fr_table_id, buf, sizeof(buf)),
		     res->fr_prefixlen, res->fr_nh_sel);
	nl_dump_line(p, "type %s ",
		     nl_rtntype2str(res->fr_type, buf, sizeof(buf)));
	nl_dump(p, "scope %s error %s (%d)\n",
		rtnl_scope2str(res->fr_scope, buf, sizeof(buf)),
		nl_strerror_l(err > INT_MIN ? -err : err), err);
}

static struct nl_object_ops result_obj_ops = {
	.oo_name = "fib_lookup/result",
	.oo_size = sizeof(struct flnl_result),
	.oo_free_data = result_free_data,
	.oo_clone = result_clone,
	.oo_dump = {
		[NL_DUMP_DETAILS] = result_dump_details,
		[NL_DUMP_STATS] = result_dump_details,
	},
};

/** Allocate an empty lookup result; NULL when out of memory. */
struct flnl_result *flnl_result_alloc(void)
{
	return (struct flnl_result *)nl_object_alloc(&result_obj_ops);
}

/** Drop a reference on res. */
void flnl_result_put(struct flnl_result *res)
{
	nl_object_put((struct nl_object *)res);
}

/** Allocate an empty cache for lookup results; NULL when out of memory. */
struct nl_cache *flnl_result_alloc_cache(void)
{
	return nl_cache_alloc(&fib_lookup_ops);
}

/** Routing table the route was found in. */
int flnl_result_get_table_id(struct flnl_result *res)
{
	return res->fr_table_id;
}

/** Prefix length of the route found. */
int flnl_result_get_prefixlen(struct flnl_result *res)
{
	return res->fr_prefixlen;
}

/** Index of the next hop selected. */
int flnl_result_get_nexthop_sel(struct flnl_result *res)
{
	return res->fr_nh_sel;
}

/** Type (RTN_*) of the route found. */
int flnl_result_get_type(struct flnl_result *res)
{
	return res->fr_type;
}

/** Scope (RT_SCOPE_*) of the route found. */
int flnl_result_get_scope(struct flnl_result *res)
{
	return res->fr_scope;
}

/** The kernel's answer: 0, or a negative errno (no route...). */
int flnl_result_get_error(struct flnl_result *res)
{
	return (int)res->fr_error;
}

/* ------------------------------------------------------------------ */
/* Lookup                                                               */

static int result_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			     struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct flnl_result *res;
	struct fib_result_nl fr;
	struct nl_addr *addr;
	int err;

	(void)ops;
	(void)who;
	if (!nlmsg_valid_hdr(n, sizeof(fr)))
		return -NLE_MSG_TOOSHORT;
	memcpy(&fr, nlmsg_data(n), sizeof(fr));

	res = flnl_result_alloc();
	if (!res)
		return -NLE_NOMEM;
	res->ce_msgtype = n->nlmsg_type;
	res->fr_req = flnl_request_alloc();
	addr = nl_addr_build(AF_INET, &fr.fl_addr, 4);
	if (!res->fr_req || !addr) {
		nl_addr_put(addr);
		err = -NLE_NOMEM;
		goto out;
	}
	flnl_request_set_addr(res->fr_req, addr);
	nl_addr_put(addr);
	flnl_request_set_fwmark(res->fr_req, fr.fl_mark);
	flnl_request_set_tos(res->fr_req, fr.fl_tos);
	flnl_request_set_scope(res->fr_req, fr.fl_scope);
	flnl_request_set_table(res->fr_req, fr.tb_id_in);

	res->fr_table_id = fr.tb_id;
	res->fr_prefixlen = fr.prefixlen;
	res->fr_nh_sel = fr.nh_sel;
	res->fr_type = fr.type;
	res->fr_scope = fr.scope;
	res->fr_error = (uint32_t)fr.err;

	err = pp->pp_cb((struct nl_object *)res, pp);
out:
	flnl_result_put(res);
	return err;
}

/**
 * Build the NETLINK_FIB_LOOKUP message asking for req (netlink flags
 * flags).
 * @return 0 with *result owned by the caller; -NLE_MISSING_ATTR without
 * an address; -NLE_NOMEM.
 */
int flnl_lookup_build_request(struct flnl_request *req, int flags,
			      struct nl_msg **result)
{
	struct fib_result_nl fr = { 0 };
	struct nl_msg *msg;

	if (!(req->ce_mask & REQUEST_ATTR_ADDR) || !req->lr_addr)
		return -NLE_MISSING_ATTR;
	memcpy(&fr.fl_addr, nl_addr_get_binary_addr(req->lr_addr), 4);
	fr.fl_mark = (req->ce_mask & REQUEST_ATTR_FWMARK) ? req->lr_fwmark : 0;
	fr.fl_tos = (req->ce_mask & REQUEST_ATTR_TOS) ? req->lr_tos : 0;
	fr.fl_scope = (req->ce_mask & REQUEST_ATTR_SCOPE) ? req->lr_scope
							  : RT_SCOPE_UNIVERSE;
	fr.tb_id_in = (req->ce_mask & REQUEST_ATTR_TABLE) ? req->lr_table
							  : RT_TABLE_UNSPEC;

	msg = nlmsg_alloc_simple(0, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &fr, sizeof(fr), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/**
 * Look req up in the kernel (sk connected to NETLINK_FIB_LOOKUP) and add
 * the result to cache (from flnl_result_alloc_cache()).
 * @return 0 or a negative NLE_* code.
 */
int flnl_lookup(struct nl_sock *sk, struct flnl_request *req,
		struct nl_cache *cache)
{
	struct nl_msg *msg;
	int err;

	err = flnl_lookup_build_request(req, 0, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	err = nl_cache_pickup(sk, cache);
	/* The kernel answers with an echo of the request, neither a DONE
	 * nor an ACK: count the request as answered so that the next
	 * lookup on the socket passes the sequence check. */
	if (err >= 0)
		sk->s_seq_expect = sk->s_seq_next;
	return err;
}

static struct nl_cache_ops fib_lookup_ops = {
	.co_name = "fib_lookup/fib_lookup",
	.co_hdrsize = sizeof(struct fib_result_nl),
	.co_protocol = NETLINK_FIB_LOOKUP,
	.co_msg_parser = result_msg_parser,
	.co_obj_ops = &result_obj_ops,
	.co_msgtypes = {
		{ 0, NL_ACT_UNSPEC, "any" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) fib_lookup_init(void)
{
	nl_cache_mngt_register(&fib_lookup_ops);
}

static void __attribute__((destructor)) fib_lookup_exit(void)
{
	nl_cache_mngt_unregister(&fib_lookup_ops);
}
