/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Virtual ethernet pairs (IFLA_INFO_KIND "veth").  The kind data is the
 * peer: a whole link (struct ifinfomsg and IFLA_* attributes) nested in
 * IFLA_INFO_DATA / VETH_INFO_PEER, so parse, build, compare and clone are
 * hand-written.  The kernel reports the peer only when a pair is created;
 * in dumps the peer is unknown and rtnl_link_veth_get_peer() returns NULL.
 * The link owns its peer (a reference); the peer, of kind veth too, points
 * back to the link without a reference, so there is no cycle.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/veth.h>

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/route/link/veth.h>

struct veth_info {
	struct rtnl_link *peer;
	/* Nonzero on the peer side of a pair: peer then points back to the
	 * link that owns this one, without a reference (no cycle). */
	int is_peer;
};

static struct rtnl_link_info_ops veth_info_ops;

/* A peer nested in a peer nested in ... is refused beyond this depth. */
#define VETH_MAX_DEPTH 2
static __thread int veth_depth;

/* Make peer the peer side of link (back pointer, kind "veth"). */
static void attach_back(struct rtnl_link *link, struct rtnl_link *peer)
{
	struct veth_info *pi;

	if (!peer->l_info_ops && rtnl_link_set_type(peer, "veth") < 0)
		return;
	pi = _rtnl_link_kind_data(peer, &veth_info_ops);
	if (!pi)
		return;
	if (pi->peer && !pi->is_peer)
		rtnl_link_put(pi->peer);
	pi->peer = link;
	pi->is_peer = 1;
}

/* Drop the owned peer of link, clearing its back pointer first. */
static void drop_peer(struct rtnl_link *link)
{
	struct veth_info *vi = link->l_info, *pi;

	if (!vi || vi->is_peer || !vi->peer)
		return;
	pi = _rtnl_link_kind_data(vi->peer, &veth_info_ops);
	if (pi && pi->is_peer && pi->peer == link)
		pi->peer = NULL;
	rtnl_link_put(vi->peer);
	vi->peer = NULL;
}

static int veth_parse(struct rtnl_link *link, struct nlattr *data,
		      struct nlattr *xstats)
{
	struct veth_info *vi = link->l_info;
	struct nlattr *tb[VETH_INFO_MAX + 1];
	struct rtnl_link *peer;
	struct nlmsghdr *hdr;
	int err, len;

	if (!vi || !data)
		return 0;
	err = nla_parse_nested(tb, VETH_INFO_MAX, data, NULL);
	if (err < 0)
		return err;
	if (!tb[VETH_INFO_PEER])
		return 0;
	len = nla_len(tb[VETH_INFO_PEER]);
	if (len < (int)sizeof(struct ifinfomsg))
		return -NLE_MSG_TOOSHORT;
	if (veth_depth >= VETH_MAX_DEPTH)
		return -NLE_RANGE;

	/* The nested payload has the layout of an RTM_NEWLINK message body:
	 * give it a header so that the link parser can take it. */
	hdr = calloc(1, NLMSG_HDRLEN + (size_t)len);
	if (!hdr)
		return -NLE_NOMEM;
	hdr->nlmsg_len = NLMSG_HDRLEN + (uint32_t)len;
	hdr->nlmsg_type = RTM_NEWLINK;
	memcpy((char *)hdr + NLMSG_HDRLEN, nla_data(tb[VETH_INFO_PEER]),
	       (size_t)len);

	if (!(peer = rtnl_link_alloc())) {
		free(hdr);
		return -NLE_NOMEM;
	}
	veth_depth++;
	err = _rtnl_link_parse_ifinfo(peer, hdr);
	veth_depth--;
	free(hdr);
	if (err < 0) {
		rtnl_link_put(peer);
		return err;
	}
	drop_peer(link);
	vi->peer = peer;
	vi->is_peer = 0;
	attach_back(link, peer);
	return 0;
}

static int veth_put_attrs(struct nl_msg *msg, struct rtnl_link *link)
{
	struct veth_info *vi = link->l_info;
	struct nlattr *data, *peer;
	int err;

	/* the peer side never nests its owner */
	if (!vi || vi->is_peer || !vi->peer)
		return 0;
	if (!(data = nla_nest_start(msg, IFLA_INFO_DATA)))
		return -NLE_MSGSIZE;
	if (!(peer = nla_nest_start(msg, VETH_INFO_PEER)))
		return -NLE_MSGSIZE;
	/* the peer carries its own attributes only, not its kind */
	err = _rtnl_link_fill_nested(msg, vi->peer);
	if (err < 0)
		return err;
	nla_nest_end(msg, peer);
	nla_nest_end(msg, data);
	return 0;
}

static int veth_clone(struct rtnl_link *dst, struct rtnl_link *src)
{
	struct veth_info *s = src->l_info, *d;

	if (!(d = calloc(1, sizeof(*d))))
		return -NLE_NOMEM;
	dst->l_info = d;
	/* a copy of the peer side knows no owner */
	if (!s || !s->peer || s->is_peer) {
		d->is_peer = s ? s->is_peer : 0;
		return 0;
	}
	d->peer = (struct rtnl_link *)nl_object_clone(
		(struct nl_object *)s->peer);
	if (!d->peer)
		return -NLE_NOMEM;
	attach_back(dst, d->peer);
	return 0;
}

static void veth_free(struct rtnl_link *link)
{
	drop_peer(link);
	free(link->l_info);
	link->l_info = NULL;
}

static int veth_compare(struct rtnl_link *a, struct rtnl_link *b, int flags)
{
	struct veth_info *x = a->l_info, *y = b->l_info;
	struct rtnl_link *pa, *pb;

	/* the peer side does not compare its owner (that would recurse) */
	if (!x || !y || x->is_peer || y->is_peer)
		return 0;
	pa = x->peer;
	pb = y->peer;
	if (!pa || !pb)
		return pa != pb;
	/* A peer read back carries header fields (index, flags...) that a
	 * requested one lacks: compare what both know. */
	return link_obj_ops.oo_compare((struct nl_object *)pa,
				       (struct nl_object *)pb,
				       pa->ce_mask & pb->ce_mask, flags) != 0;
}

static void veth_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct veth_info *vi = link->l_info;
	struct rtnl_link *peer = vi && !vi->is_peer ? vi->peer : NULL;

	if (!peer)
		return;
	if (peer->ce_mask & LINK_ATTR_IFNAME)
		nl_dump_line(p, "    veth-peer %s\n", peer->l_name);
	else if (peer->ce_mask & LINK_ATTR_IFINDEX)
		nl_dump_line(p, "    veth-peer index %d\n", peer->l_index);
}

static struct rtnl_link_info_ops veth_info_ops = {
	.io_name = "veth",
	.io_parse = veth_parse,
	.io_put_attrs = veth_put_attrs,
	.io_clone = veth_clone,
	.io_free = veth_free,
	.io_compare = veth_compare,
	.io_dump = { [NL_DUMP_DETAILS] = veth_dump_details },
	.io_size = sizeof(struct veth_info),
};

KA_REGISTER(veth_info_ops)

/**
 * Allocate a veth link and its peer (reachable through
 * rtnl_link_veth_get_peer()); NULL when out of memory.
 */
struct rtnl_link *rtnl_link_veth_alloc(void)
{
	struct rtnl_link *link = _kinds_a_alloc("veth");
	struct veth_info *vi;

	if (!link)
		return NULL;
	vi = link->l_info;
	if (!vi || !(vi->peer = _kinds_a_alloc("veth"))) {
		rtnl_link_put(link);
		return NULL;
	}
	attach_back(link, vi->peer);
	return link;
}

/** Nonzero when link is of kind "veth". */
int rtnl_link_is_veth(struct rtnl_link *link)
{
	return link && link->l_info_ops == &veth_info_ops;
}

/**
 * The peer of a veth link, with a reference the caller puts; for the peer
 * of a pair, the link it belongs to.  NULL when link is no veth link or its
 * peer is not known (links read from a dump).
 */
struct rtnl_link *rtnl_link_veth_get_peer(struct rtnl_link *link)
{
	struct veth_info *vi = _rtnl_link_kind_data(link, &veth_info_ops);

	if (!vi || !vi->peer)
		return NULL;
	nl_object_get((struct nl_object *)vi->peer);
	return vi->peer;
}

/** Release a veth link from rtnl_link_veth_alloc() together with its peer. */
void rtnl_link_veth_release(struct rtnl_link *link)
{
	if (link)
		rtnl_link_put(link);
}

/**
 * Create a veth pair: name and peer_name (the kernel picks names for NULL);
 * a pid other than 0 moves the peer into that process's network namespace.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_link_veth_add(struct nl_sock *sock, const char *name,
		       const char *peer_name, pid_t pid)
{
	struct rtnl_link *link, *peer;
	int err;

	if (!(link = rtnl_link_veth_alloc()))
		return -NLE_NOMEM;
	peer = ((struct veth_info *)link->l_info)->peer;
	if (name)
		rtnl_link_set_name(link, name);
	if (peer_name)
		rtnl_link_set_name(peer, peer_name);
	if (pid) {
		peer->l_ns_pid = (int32_t)pid;
		peer->ce_mask |= LINK_ATTR_NS_PID;
	}
	err = rtnl_link_add(sock, link, NLM_F_CREATE | NLM_F_EXCL);
	rtnl_link_put(link);
	return err;
}
