/* SPDX-License-Identifier: LGPL-2.1-only */
/* A socket diagnostics request (struct inet_diag_req) as an object. */

#include <stdlib.h>
#include <string.h>

#include "idiag-priv.h"

#define REQ_ATTR_FAMILY		(1 << 1)
#define REQ_ATTR_EXT		(1 << 2)
#define REQ_ATTR_SRC		(1 << 3)
#define REQ_ATTR_DST		(1 << 4)
#define REQ_ATTR_IFINDEX	(1 << 5)
#define REQ_ATTR_STATES		(1 << 6)
#define REQ_ATTR_DBS		(1 << 7)

static void req_free(struct nl_object *obj)
{
	struct idiagnl_req *r = (struct idiagnl_req *)obj;

	nl_addr_put(r->idiag_src);
	nl_addr_put(r->idiag_dst);
}

static int req_clone(struct nl_object *dst, struct nl_object *src)
{
	struct idiagnl_req *d = (struct idiagnl_req *)dst;
	struct idiagnl_req *s = (struct idiagnl_req *)src;

	d->idiag_src = NULL;
	d->idiag_dst = NULL;
	if (s->idiag_src && !(d->idiag_src = nl_addr_clone(s->idiag_src)))
		return -NLE_NOMEM;
	if (s->idiag_dst && !(d->idiag_dst = nl_addr_clone(s->idiag_dst)))
		return -NLE_NOMEM;
	return 0;
}

static void req_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct idiagnl_req *r = (struct idiagnl_req *)obj;
	char fam[32], src[64], dst[64];

	nl_dump_line(p, "%s ", nl_af2str(r->idiag_family, fam, sizeof(fam)));
	nl_dump(p, "src %s ", r->idiag_src ?
		nl_addr2str(r->idiag_src, src, sizeof(src)) : "none");
	nl_dump(p, "dst %s ", r->idiag_dst ?
		nl_addr2str(r->idiag_dst, dst, sizeof(dst)) : "none");
	nl_dump(p, "iif %d ", r->idiag_ifindex);
	nl_dump(p, "\n");
}

static void req_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct idiagnl_req *r = (struct idiagnl_req *)obj;
	char fam[32], ext[128], src[64], dst[64], st[32];

	nl_dump(p, "    ");
	nl_dump(p, "%s ", nl_af2str(r->idiag_family, fam, sizeof(fam)));
	nl_dump(p, "exts %s ", idiagnl_exts2str(r->idiag_ext, ext, sizeof(ext)));
	nl_dump(p, "src %s ", r->idiag_src ?
		nl_addr2str(r->idiag_src, src, sizeof(src)) : "none");
	nl_dump(p, "dst %s ", r->idiag_dst ?
		nl_addr2str(r->idiag_dst, dst, sizeof(dst)) : "none");
	nl_dump(p, "iif %d ", r->idiag_ifindex);
	/* printed as one state, as libnl prints it */
	nl_dump(p, "states %s ", idiagnl_state2str(r->idiag_states, st,
						   sizeof(st)));
	nl_dump(p, "dbs %d", r->idiag_dbs);
	nl_dump(p, "\n");
}

struct nl_object_ops idiagnl_req_obj_ops = {
	.oo_name = "idiag/idiag_req",
	.oo_size = sizeof(struct idiagnl_req),
	.oo_free_data = req_free,
	.oo_clone = req_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = req_dump_line,
		[NL_DUMP_DETAILS] = req_dump_details,
		[NL_DUMP_STATS] = req_dump_details,
	},
};

/** A new, empty request object, or NULL without memory. */
struct idiagnl_req *idiagnl_req_alloc(void)
{
	return (struct idiagnl_req *)nl_object_alloc(&idiagnl_req_obj_ops);
}

/** Take a reference. */
void idiagnl_req_get(struct idiagnl_req *req)
{
	nl_object_get((struct nl_object *)req);
}

/** Drop a reference; the last frees the object. */
void idiagnl_req_put(struct idiagnl_req *req)
{
	nl_object_put((struct nl_object *)req);
}

#define REQ_FIELD(name, type, bit)                                             \
	type idiagnl_req_get_##name(const struct idiagnl_req *r)               \
	{                                                                      \
		return r->idiag_##name;                                        \
	}                                                                      \
	void idiagnl_req_set_##name(struct idiagnl_req *r, type v)             \
	{                                                                      \
		r->idiag_##name = v;                                           \
		r->ce_mask |= (bit);                                           \
	}

REQ_FIELD(family, uint8_t, REQ_ATTR_FAMILY)
REQ_FIELD(ext, uint8_t, REQ_ATTR_EXT)
REQ_FIELD(ifindex, uint32_t, REQ_ATTR_IFINDEX)
REQ_FIELD(states, uint32_t, REQ_ATTR_STATES)
REQ_FIELD(dbs, uint32_t, REQ_ATTR_DBS)

static int set_addr(struct idiagnl_req *r, struct nl_addr **pos,
		    struct nl_addr *addr, uint64_t bit)
{
	/* the request's family is the caller's to set */
	if (addr)
		nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	if (addr)
		r->ce_mask |= bit;
	else
		r->ce_mask &= ~bit;
	return 0;
}

/** Source address of the sockets asked for (no reference taken). */
struct nl_addr *idiagnl_req_get_src(const struct idiagnl_req *req)
{
	return req->idiag_src;
}

/**
 * Set the source address (the request takes a reference); the request's
 * family is not changed.
 * @return 0
 */
int idiagnl_req_set_src(struct idiagnl_req *req, struct nl_addr *addr)
{
	return set_addr(req, &req->idiag_src, addr, REQ_ATTR_SRC);
}

/** Destination address of the sockets asked for (no reference taken). */
struct nl_addr *idiagnl_req_get_dst(const struct idiagnl_req *req)
{
	return req->idiag_dst;
}

/**
 * Set the destination address (the request takes a reference); the
 * request's family is not changed.
 * @return 0
 */
int idiagnl_req_set_dst(struct idiagnl_req *req, struct nl_addr *addr)
{
	return set_addr(req, &req->idiag_dst, addr, REQ_ATTR_DST);
}

/**
 * Parse a socket diagnostics request (header followed by a struct
 * inet_diag_req) into a new object.
 * @return 0 and the object in @a result; -NLE_MSG_TOOSHORT; -NLE_NOMEM.
 */
int idiagnl_req_parse(struct nlmsghdr *nlh, struct idiagnl_req **result)
{
	struct inet_diag_req *raw;
	struct idiagnl_req *r;
	struct nl_addr *a;

	if (!nlmsg_valid_hdr(nlh, sizeof(*raw)))
		return -NLE_MSG_TOOSHORT;
	raw = nlmsg_data(nlh);
	r = idiagnl_req_alloc();
	if (!r)
		return -NLE_NOMEM;
	r->ce_msgtype = nlh->nlmsg_type;
	idiagnl_req_set_family(r, raw->idiag_family);
	idiagnl_req_set_ext(r, raw->idiag_ext);
	idiagnl_req_set_ifindex(r, raw->id.idiag_if);
	idiagnl_req_set_states(r, raw->idiag_states);
	idiagnl_req_set_dbs(r, raw->idiag_dbs);
	if ((a = _idiagnl_addr(raw->idiag_family, raw->id.idiag_src))) {
		idiagnl_req_set_src(r, a);
		nl_addr_put(a);
	}
	if ((a = _idiagnl_addr(raw->idiag_family, raw->id.idiag_dst))) {
		idiagnl_req_set_dst(r, a);
		nl_addr_put(a);
	}
	*result = r;
	return 0;
}
