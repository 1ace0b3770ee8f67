/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridges: the port data of links in the AF_BRIDGE family (IFLA_PROTINFO
 * and IFLA_AF_SPEC of bridge messages) and the bridge kind's own settings
 * (IFLA_INFO_DATA / IFLA_BR_* of a link of kind "bridge").
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/if_bridge.h>
#include <linux/if_link.h>

#include "nl-private/core.h"
#include "nl-private/link-api.h"
#include "nl-private/linkcore.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/bridge_info.h>

/* Port attributes newer than this machine's kernel headers. */
#define BRPORT_MAB			(IFLA_BRPORT_LOCKED + 1)
#define BRPORT_NEIGH_VLAN_SUPPRESS	(IFLA_BRPORT_LOCKED + 4)
#define BRPORT_MAXTYPE			BRPORT_NEIGH_VLAN_SUPPRESS

/* What struct bridge_data holds (b_mask) */
#define BR_HAVE_PORT_STATE	0x01
#define BR_HAVE_PRIORITY	0x02
#define BR_HAVE_COST		0x04
#define BR_HAVE_FLAGS		0x08
#define BR_HAVE_HWMODE		0x10
#define BR_HAVE_SELF		0x20
#define BR_HAVE_VLAN		0x40
#define BR_HAVE_MST		0x80

struct mst_entry {
	uint16_t msti;
	uint8_t state;
};

struct bridge_data {
	uint32_t b_mask;
	uint8_t b_port_state;
	uint16_t b_priority;
	uint32_t b_cost;
	uint32_t b_flags;
	uint32_t b_flags_mask;	/* flags known (received or set) */
	uint16_t b_hwmode;
	uint16_t b_self;	/* BRIDGE_FLAGS_SELF / _MASTER of requests */
	int b_has_ext_info;
	/* allocated with the first VLAN: most links have none, and the two
	 * bitmaps (1 KiB) would be zeroed and compared for each */
	struct rtnl_link_bridge_vlan *b_vlan;
	struct mst_entry *b_mst;
	unsigned int b_n_mst;
};

/* flag <-> its u8 port attribute */
static const struct {
	uint32_t flag;
	uint16_t attr;
} port_flags[] = {
	{ RTNL_BRIDGE_HAIRPIN_MODE, IFLA_BRPORT_MODE },
	{ RTNL_BRIDGE_BPDU_GUARD, IFLA_BRPORT_GUARD },
	{ RTNL_BRIDGE_ROOT_BLOCK, IFLA_BRPORT_PROTECT },
	{ RTNL_BRIDGE_FAST_LEAVE, IFLA_BRPORT_FAST_LEAVE },
	{ RTNL_BRIDGE_UNICAST_FLOOD, IFLA_BRPORT_UNICAST_FLOOD },
	{ RTNL_BRIDGE_LEARNING, IFLA_BRPORT_LEARNING },
	{ RTNL_BRIDGE_LEARNING_SYNC, IFLA_BRPORT_LEARNING_SYNC },
	{ RTNL_BRIDGE_PROXYARP, IFLA_BRPORT_PROXYARP },
	{ RTNL_BRIDGE_PROXYARP_WIFI, IFLA_BRPORT_PROXYARP_WIFI },
	{ RTNL_BRIDGE_MCAST_FLOOD, IFLA_BRPORT_MCAST_FLOOD },
	{ RTNL_BRIDGE_MCAST_TO_UCAST, IFLA_BRPORT_MCAST_TO_UCAST },
	{ RTNL_BRIDGE_VLAN_TUNNEL, IFLA_BRPORT_VLAN_TUNNEL },
	{ RTNL_BRIDGE_BCAST_FLOOD, IFLA_BRPORT_BCAST_FLOOD },
	{ RTNL_BRIDGE_NEIGH_SUPPRESS, IFLA_BRPORT_NEIGH_SUPPRESS },
	{ RTNL_BRIDGE_ISOLATED, IFLA_BRPORT_ISOLATED },
	{ RTNL_BRIDGE_LOCKED, IFLA_BRPORT_LOCKED },
	{ RTNL_BRIDGE_MAB, BRPORT_MAB },
	{ RTNL_BRIDGE_NEIGH_VLAN_SUPPRESS, BRPORT_NEIGH_VLAN_SUPPRESS },
};

/* The flags Debian's libnl 3.7 names in its dumps. */
#define BR_DUMPED_FLAGS                                                        \
	(RTNL_BRIDGE_HAIRPIN_MODE | RTNL_BRIDGE_BPDU_GUARD |                   \
	 RTNL_BRIDGE_ROOT_BLOCK | RTNL_BRIDGE_FAST_LEAVE |                     \
	 RTNL_BRIDGE_UNICAST_FLOOD | RTNL_BRIDGE_LEARNING |                    \
	 RTNL_BRIDGE_LEARNING_SYNC)

static const struct rtnl_link_bridge_vlan no_vlan;

/* The port's VLANs to read (all zero without any). */
static const struct rtnl_link_bridge_vlan *vlan_of(const struct bridge_data *bd)
{
	return bd->b_vlan ? bd->b_vlan : &no_vlan;
}

/* The port's VLANs to change; NULL when out of memory. */
static struct rtnl_link_bridge_vlan *vlan_mut(struct bridge_data *bd)
{
	if (!bd->b_vlan)
		bd->b_vlan = calloc(1, sizeof(*bd->b_vlan));
	return bd->b_vlan;
}

static void *bridge_alloc(struct rtnl_link *link)
{
	(void)link;
	return _rtnl_link_af_zalloc(sizeof(struct bridge_data));
}

static void *bridge_clone(struct rtnl_link *link, void *data)
{
	struct bridge_data *src = data;
	struct bridge_data *d = _rtnl_link_af_zalloc(sizeof(*d));

	(void)link;
	if (!d)
		return NULL;
	memcpy(d, src, sizeof(*d));
	d->b_mst = NULL;
	d->b_vlan = NULL;
	if (src->b_vlan) {
		d->b_vlan = malloc(sizeof(*d->b_vlan));
		if (!d->b_vlan)
			goto nomem;
		memcpy(d->b_vlan, src->b_vlan, sizeof(*d->b_vlan));
	}
	if (src->b_n_mst) {
		d->b_mst = malloc(src->b_n_mst * sizeof(*d->b_mst));
		if (!d->b_mst)
			goto nomem;
		memcpy(d->b_mst, src->b_mst, src->b_n_mst * sizeof(*d->b_mst));
	}
	return d;
nomem:
	free(d->b_vlan);
	_rtnl_link_af_release(d, sizeof(*d));
	return NULL;
}

static void bridge_free(struct rtnl_link *link, void *data)
{
	struct bridge_data *bd = data;

	(void)link;
	free(bd->b_mst);
	free(bd->b_vlan);
	_rtnl_link_af_release(bd, sizeof(*bd));
}

static int parse_protinfo(struct rtnl_link *link, struct nlattr *attr,
			  void *data)
{
	struct bridge_data *bd = data;
	struct nlattr *tb[BRPORT_MAXTYPE + 1];
	unsigned int i;
	int err;

	(void)link;
	/* Very old kernels send the port state alone, not nested. */
	if (!(attr->nla_type & NLA_F_NESTED) && nla_len(attr) == 1) {
		bd->b_port_state = nla_get_u8(attr);
		bd->b_mask |= BR_HAVE_PORT_STATE;
		return 0;
	}
	err = nla_parse_nested(tb, BRPORT_MAXTYPE, attr, NULL);
	if (err < 0)
		return err;
	bd->b_has_ext_info = 1;
	if (tb[IFLA_BRPORT_STATE] && nla_len(tb[IFLA_BRPORT_STATE]) >= 1) {
		bd->b_port_state = nla_get_u8(tb[IFLA_BRPORT_STATE]);
		bd->b_mask |= BR_HAVE_PORT_STATE;
	}
	if (tb[IFLA_BRPORT_PRIORITY] &&
	    nla_len(tb[IFLA_BRPORT_PRIORITY]) >= 2) {
		bd->b_priority = nla_get_u16(tb[IFLA_BRPORT_PRIORITY]);
		bd->b_mask |= BR_HAVE_PRIORITY;
	}
	if (tb[IFLA_BRPORT_COST] && nla_len(tb[IFLA_BRPORT_COST]) >= 4) {
		bd->b_cost = nla_get_u32(tb[IFLA_BRPORT_COST]);
		bd->b_mask |= BR_HAVE_COST;
	}
	for (i = 0; i < ARRAY_SIZE(port_flags); i++) {
		struct nlattr *a = tb[port_flags[i].attr];

		if (!a || nla_len(a) < 1)
			continue;
		if (nla_get_u8(a))
			bd->b_flags |= port_flags[i].flag;
		else
			bd->b_flags &= ~port_flags[i].flag;
		bd->b_flags_mask |= port_flags[i].flag;
		bd->b_mask |= BR_HAVE_FLAGS;
	}
	return 0;
}

static void vlan_set(struct rtnl_link_bridge_vlan *v, unsigned int vid,
		     int untagged)
{
	v->vlan_bitmap[vid / 32] |= 1U << (vid % 32);
	if (untagged)
		v->untagged_bitmap[vid / 32] |= 1U << (vid % 32);
	else
		v->untagged_bitmap[vid / 32] &= ~(1U << (vid % 32));
}

static void vlan_clear(struct rtnl_link_bridge_vlan *v, unsigned int vid)
{
	v->vlan_bitmap[vid / 32] &= ~(1U << (vid % 32));
	v->untagged_bitmap[vid / 32] &= ~(1U << (vid % 32));
}

static int mst_set(struct bridge_data *bd, uint16_t msti, uint8_t state)
{
	struct mst_entry *m;
	unsigned int i;

	for (i = 0; i < bd->b_n_mst; i++) {
		if (bd->b_mst[i].msti == msti) {
			bd->b_mst[i].state = state;
			return 0;
		}
	}
	m = realloc(bd->b_mst, (bd->b_n_mst + 1) * sizeof(*m));
	if (!m)
		return -NLE_NOMEM;
	bd->b_mst = m;
	/* the padding too: entries are compared with memcmp() */
	memset(&m[bd->b_n_mst], 0, sizeof(*m));
	m[bd->b_n_mst].msti = msti;
	m[bd->b_n_mst].state = state;
	bd->b_n_mst++;
	bd->b_mask |= BR_HAVE_MST;
	return 0;
}

static int parse_mst(struct bridge_data *bd, struct nlattr *mst)
{
	struct nlattr *e;
	int rem, err;

	nla_for_each_nested(e, mst, rem) {
		struct nlattr *tb[IFLA_BRIDGE_MST_ENTRY_MAX + 1];

		if (nla_type(e) != IFLA_BRIDGE_MST_ENTRY)
			continue;
		err = nla_parse_nested(tb, IFLA_BRIDGE_MST_ENTRY_MAX, e, NULL);
		if (err < 0)
			return err;
		if (!tb[IFLA_BRIDGE_MST_ENTRY_MSTI] ||
		    !tb[IFLA_BRIDGE_MST_ENTRY_STATE] ||
		    nla_len(tb[IFLA_BRIDGE_MST_ENTRY_MSTI]) < 2 ||
		    nla_len(tb[IFLA_BRIDGE_MST_ENTRY_STATE]) < 1)
			continue;
		err = mst_set(bd, nla_get_u16(tb[IFLA_BRIDGE_MST_ENTRY_MSTI]),
			      nla_get_u8(tb[IFLA_BRIDGE_MST_ENTRY_STATE]));
		if (err < 0)
			return err;
	}
	return 0;
}

/* IFLA_AF_SPEC of a bridge message: hardware mode, VLANs, MST states. */
static int parse_af_full(struct rtnl_link *link, struct nlattr *spec,
			 void *data)
{
	struct bridge_data *bd = data;
	struct nlattr *a;
	int rem, err, range_start = -1;

	(void)link;
	nla_for_each_nested(a, spec, rem) {
		switch (nla_type(a)) {
		case IFLA_BRIDGE_MODE:
			if (nla_len(a) < 2)
				return -NLE_RANGE;
			bd->b_hwmode = nla_get_u16(a);
			bd->b_mask |= BR_HAVE_HWMODE;
			break;
		case IFLA_BRIDGE_VLAN_INFO: {
			struct rtnl_link_bridge_vlan *bv;
			struct bridge_vlan_info vi;
			int untagged, v;

			if (nla_len(a) < (int)sizeof(vi))
				return -NLE_RANGE;
			memcpy(&vi, nla_data(a), sizeof(vi));
			if (vi.vid == 0 ||
			    vi.vid >= RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX)
				return -NLE_INVAL;
			if (!(bv = vlan_mut(bd)))
				return -NLE_NOMEM;
			untagged = !!(vi.flags & BRIDGE_VLAN_INFO_UNTAGGED);
			if (vi.flags & BRIDGE_VLAN_INFO_PVID)
				bv->pvid = vi.vid;
			bd->b_mask |= BR_HAVE_VLAN;
			if (vi.flags & BRIDGE_VLAN_INFO_RANGE_BEGIN) {
				range_start = vi.vid;
				break;
			}
			if ((vi.flags & BRIDGE_VLAN_INFO_RANGE_END) &&
			    range_start > 0 && range_start <= vi.vid) {
				for (v = range_start; v <= vi.vid; v++)
					vlan_set(bv, (unsigned int)v, untagged);
			} else
				vlan_set(bv, vi.vid, untagged);
			range_start = -1;
			break;
		}
		case IFLA_BRIDGE_MST:
			if ((err = parse_mst(bd, a)) < 0)
				return err;
			break;
		default:
			break;
		}
	}
	return 0;
}

/* The seven flags upstream has always had go out first, in its order and
 * with the flag's own bit as value; the later ones as 0/1. */
static const uint32_t fill_first[] = {
	RTNL_BRIDGE_BPDU_GUARD, RTNL_BRIDGE_HAIRPIN_MODE,
	RTNL_BRIDGE_FAST_LEAVE, RTNL_BRIDGE_ROOT_BLOCK,
	RTNL_BRIDGE_UNICAST_FLOOD, RTNL_BRIDGE_LEARNING,
	RTNL_BRIDGE_LEARNING_SYNC,
};

static uint16_t flag_attr(uint32_t flag)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(port_flags); i++)
		if (port_flags[i].flag == flag)
			return port_flags[i].attr;
	return 0;
}

static int fill_pi(struct rtnl_link *link, struct nl_msg *msg, void *data)
{
	struct bridge_data *bd = data;
	unsigned int i;

	(void)link;
	for (i = 0; i < ARRAY_SIZE(fill_first); i++) {
		uint32_t f = fill_first[i];

		if ((bd->b_flags_mask & f) &&
		    nla_put_u8(msg, flag_attr(f), (uint8_t)(bd->b_flags & f)) < 0)
			return -NLE_MSGSIZE;
	}
	for (i = 0; i < ARRAY_SIZE(port_flags); i++) {
		if (!(bd->b_flags_mask & port_flags[i].flag) ||
		    (port_flags[i].flag & BR_DUMPED_FLAGS))
			continue;
		if (nla_put_u8(msg, port_flags[i].attr,
			       !!(bd->b_flags & port_flags[i].flag)) < 0)
			return -NLE_MSGSIZE;
	}
	if ((bd->b_mask & BR_HAVE_COST) &&
	    nla_put_u32(msg, IFLA_BRPORT_COST, bd->b_cost) < 0)
		return -NLE_MSGSIZE;
	if ((bd->b_mask & BR_HAVE_PRIORITY) &&
	    nla_put_u16(msg, IFLA_BRPORT_PRIORITY, bd->b_priority) < 0)
		return -NLE_MSGSIZE;
	if ((bd->b_mask & BR_HAVE_PORT_STATE) &&
	    nla_put_u8(msg, IFLA_BRPORT_STATE, bd->b_port_state) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

static int put_vlan(struct nl_msg *msg, uint16_t flags, uint16_t vid)
{
	struct bridge_vlan_info vi = { .flags = flags, .vid = vid };

	return nla_put(msg, IFLA_BRIDGE_VLAN_INFO, sizeof(vi), &vi) < 0 ?
		       -NLE_MSGSIZE : 0;
}

static int vlan_bit(const uint32_t *map, unsigned int vid)
{
	return (map[vid / 32] >> (vid % 32)) & 1;
}

/* VLANs go out as ranges of ids with equal untagged state. */
static int fill_vlans(struct nl_msg *msg, struct bridge_data *bd)
{
	const struct rtnl_link_bridge_vlan *v = vlan_of(bd);
	unsigned int vid = 1;
	int err;

	if (v->pvid && (err = put_vlan(msg, BRIDGE_VLAN_INFO_PVID |
				      (vlan_bit(v->untagged_bitmap, v->pvid) ?
					       BRIDGE_VLAN_INFO_UNTAGGED : 0),
				      v->pvid)) < 0)
		return err;
	while (vid < RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX) {
		unsigned int end;
		int untagged;

		if (!vlan_bit(v->vlan_bitmap, vid) || vid == v->pvid) {
			vid++;
			continue;
		}
		untagged = vlan_bit(v->untagged_bitmap, vid);
		end = vid;
		while (end + 1 < RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX &&
		       end + 1 != v->pvid && vlan_bit(v->vlan_bitmap, end + 1) &&
		       vlan_bit(v->untagged_bitmap, end + 1) == untagged)
			end++;
		if (end == vid)
			err = put_vlan(msg, untagged ? BRIDGE_VLAN_INFO_UNTAGGED : 0,
				       (uint16_t)vid);
		else {
			uint16_t f = untagged ? BRIDGE_VLAN_INFO_UNTAGGED : 0;

			err = put_vlan(msg, f | BRIDGE_VLAN_INFO_RANGE_BEGIN,
				       (uint16_t)vid);
			if (!err)
				err = put_vlan(msg, f | BRIDGE_VLAN_INFO_RANGE_END,
					       (uint16_t)end);
		}
		if (err < 0)
			return err;
		vid = end + 1;
	}
	return 0;
}

static int fill_af_no_nest(struct rtnl_link *link, struct nl_msg *msg,
			   void *data)
{
	struct bridge_data *bd = data;
	unsigned int i;
	int err;

	(void)link;
	/* a hardware mode is always the device's own (SELF) */
	if ((bd->b_mask & (BR_HAVE_SELF | BR_HAVE_HWMODE)) &&
	    nla_put_u16(msg, IFLA_BRIDGE_FLAGS,
			(bd->b_mask & BR_HAVE_SELF) ? bd->b_self :
						      BRIDGE_FLAGS_SELF) < 0)
		return -NLE_MSGSIZE;
	if ((bd->b_mask & BR_HAVE_HWMODE) &&
	    nla_put_u16(msg, IFLA_BRIDGE_MODE, bd->b_hwmode) < 0)
		return -NLE_MSGSIZE;
	if ((bd->b_mask & BR_HAVE_VLAN) && (err = fill_vlans(msg, bd)) < 0)
		return err;
	if ((bd->b_mask & BR_HAVE_MST) && bd->b_n_mst) {
		struct nlattr *mst = nla_nest_start(msg, IFLA_BRIDGE_MST);

		if (!mst)
			return -NLE_MSGSIZE;
		for (i = 0; i < bd->b_n_mst; i++) {
			struct nlattr *e =
				nla_nest_start(msg, IFLA_BRIDGE_MST_ENTRY);

			if (!e ||
			    nla_put_u16(msg, IFLA_BRIDGE_MST_ENTRY_MSTI,
					bd->b_mst[i].msti) < 0 ||
			    nla_put_u8(msg, IFLA_BRIDGE_MST_ENTRY_STATE,
				       bd->b_mst[i].state) < 0)
				return -NLE_MSGSIZE;
			nla_nest_end(msg, e);
		}
		nla_nest_end(msg, mst);
	}
	return 0;
}

/* Changes of port flags, VLANs and MST states go out as RTM_SETLINK (the
 * kernel's bridge takes them only so); others as RTM_NEWLINK, as upstream. */
static int override_rtm(struct rtnl_link *changes)
{
	struct bridge_data *bd = changes->l_af_data[AF_BRIDGE];

	return bd && (bd->b_flags_mask ||
		      (bd->b_mask & (BR_HAVE_VLAN | BR_HAVE_MST)));
}

/* Print a VLAN bitmap as "1,10-12" */
static void dump_vlans(struct nl_dump_params *p, const uint32_t *map)
{
	unsigned int vid = 1, end;
	int first = 1;

	while (vid < RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX) {
		if (!vlan_bit(map, vid)) {
			vid++;
			continue;
		}
		end = vid;
		while (end + 1 < RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX &&
		       vlan_bit(map, end + 1))
			end++;
		if (end == vid)
			nl_dump(p, "%s%u", first ? "" : ",", vid);
		else
			nl_dump(p, "%s%u-%u", first ? "" : ",", vid, end);
		first = 0;
		vid = end + 1;
	}
}

static void bridge_dump_details(struct rtnl_link *link,
				struct nl_dump_params *p, void *data)
{
	struct bridge_data *bd = data;
	char buf[256];

	(void)link;
	nl_dump_line(p, "    bridge: ");
	if (bd->b_mask & BR_HAVE_PORT_STATE)
		nl_dump(p, "port-state %u ", bd->b_port_state);
	if (bd->b_mask & BR_HAVE_PRIORITY)
		nl_dump(p, "prio %u ", bd->b_priority);
	if (bd->b_mask & BR_HAVE_COST)
		nl_dump(p, "cost %u ", bd->b_cost);
	if (bd->b_mask & BR_HAVE_HWMODE)
		nl_dump(p, "hwmode %s ", rtnl_link_bridge_hwmode2str(
					   bd->b_hwmode, buf, sizeof(buf)));
	rtnl_link_bridge_flags2str((int)(bd->b_flags & BR_DUMPED_FLAGS), buf,
				   sizeof(buf));
	nl_dump(p, "%s", buf);
	nl_dump(p, "\n");
	if (bd->b_mask & BR_HAVE_VLAN) {
		const struct rtnl_link_bridge_vlan *v = vlan_of(bd);

		nl_dump_line(p, "      pvid %u vlans ", v->pvid);
		dump_vlans(p, v->vlan_bitmap);
		nl_dump(p, " untagged ");
		dump_vlans(p, v->untagged_bitmap);
		nl_dump(p, "\n");
	}
}

static int bridge_compare(struct rtnl_link *a, struct rtnl_link *b, int family,
			  uint32_t attrs, int flags)
{
	struct bridge_data *x = a->l_af_data[family], *y = b->l_af_data[family];

	(void)attrs;
	(void)flags;
	if (!x || !y)
		return x != y;
	return x->b_mask != y->b_mask || x->b_port_state != y->b_port_state ||
	       x->b_priority != y->b_priority || x->b_cost != y->b_cost ||
	       x->b_flags != y->b_flags || x->b_hwmode != y->b_hwmode ||
	       x->b_self != y->b_self || x->b_n_mst != y->b_n_mst ||
	       ((x->b_vlan || y->b_vlan) &&
		memcmp(vlan_of(x), vlan_of(y), sizeof(*x->b_vlan))) ||
	       (x->b_n_mst &&
		memcmp(x->b_mst, y->b_mst, x->b_n_mst * sizeof(*x->b_mst)));
}

static struct rtnl_link_af_ops bridge_ops = {
	.ao_family = AF_BRIDGE,
	.ao_alloc = bridge_alloc,
	.ao_clone = bridge_clone,
	.ao_free = bridge_free,
	.ao_parse_protinfo = parse_protinfo,
	.ao_parse_af_full = parse_af_full,
	.ao_fill_pi = fill_pi,
	.ao_fill_pi_flags = NLA_F_NESTED,
	.ao_fill_af_no_nest = fill_af_no_nest,
	.ao_override_rtm = override_rtm,
	.ao_dump[NL_DUMP_DETAILS] = bridge_dump_details,
	.ao_compare = bridge_compare,
};

/* Bridge port data of link, NULL unless link is a bridge-family link. */
static struct bridge_data *bdata(struct rtnl_link *link)
{
	if (!link || link->l_family != AF_BRIDGE)
		return NULL;
	return rtnl_link_af_data(link, &bridge_ops);
}

/** Nonzero when link is a link of the AF_BRIDGE family with port data. */
int rtnl_link_is_bridge(struct rtnl_link *link)
{
	return bdata(link) != NULL;
}

/** Nonzero when the kernel reported the extended (nested) port data. */
int rtnl_link_bridge_has_ext_info(struct rtnl_link *link)
{
	struct bridge_data *bd = bdata(link);

	return bd ? bd->b_has_ext_info : 0;
}

#define BD_OR_FAIL(link, bd)                                                   \
	struct bridge_data *bd = bdata(link);                                  \
	if (!bd)                                                               \
		return -NLE_OPNOTSUPP

/* The MST accessors refuse a NULL link with -NLE_INVAL, as upstream's
 * documentation has it. */
#define MST_BD_OR_FAIL(link, bd)                                               \
	if (!(link))                                                           \
		return -NLE_INVAL;                                             \
	BD_OR_FAIL(link, bd)

/**
 * Set the spanning tree state (BR_STATE_*) of the port.
 * @return 0, -NLE_INVAL for an unknown state, -NLE_OPNOTSUPP unless link
 *         is a bridge link (rtnl_link_set_family(link, AF_BRIDGE)).
 */
int rtnl_link_bridge_set_port_state(struct rtnl_link *link, uint8_t state)
{
	BD_OR_FAIL(link, bd);

	if (state > BR_STATE_BLOCKING)
		return -NLE_INVAL;
	bd->b_port_state = state;
	bd->b_mask |= BR_HAVE_PORT_STATE;
	return 0;
}

/** Spanning tree state of the port, or -NLE_OPNOTSUPP. */
int rtnl_link_bridge_get_port_state(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	return bd->b_port_state;
}

/** Set the port priority; -NLE_OPNOTSUPP unless a bridge link. */
int rtnl_link_bridge_set_priority(struct rtnl_link *link, uint16_t prio)
{
	BD_OR_FAIL(link, bd);

	bd->b_priority = prio;
	bd->b_mask |= BR_HAVE_PRIORITY;
	return 0;
}

/** Port priority, or -NLE_OPNOTSUPP. */
int rtnl_link_bridge_get_priority(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	return bd->b_priority;
}

/** Set the port path cost; -NLE_OPNOTSUPP unless a bridge link. */
int rtnl_link_bridge_set_cost(struct rtnl_link *link, uint32_t cost)
{
	BD_OR_FAIL(link, bd);

	bd->b_cost = cost;
	bd->b_mask |= BR_HAVE_COST;
	return 0;
}

/**
 * Port path cost into *cost.
 * @return 0, -NLE_INVAL without cost, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_get_cost(struct rtnl_link *link, uint32_t *cost)
{
	BD_OR_FAIL(link, bd);

	if (!cost)
		return -NLE_INVAL;
	*cost = bd->b_cost;
	return 0;
}

/** Clear port flags (RTNL_BRIDGE_*); they are sent as off. */
int rtnl_link_bridge_unset_flags(struct rtnl_link *link, unsigned int flags)
{
	BD_OR_FAIL(link, bd);

	bd->b_flags_mask |= flags;
	bd->b_flags &= ~flags;
	bd->b_mask |= BR_HAVE_FLAGS;
	return 0;
}

/** Set port flags (RTNL_BRIDGE_*); they are sent as on. */
int rtnl_link_bridge_set_flags(struct rtnl_link *link, unsigned int flags)
{
	BD_OR_FAIL(link, bd);

	bd->b_flags_mask |= flags;
	bd->b_flags |= flags;
	bd->b_mask |= BR_HAVE_FLAGS;
	return 0;
}

/** Port flags (RTNL_BRIDGE_*), or -NLE_OPNOTSUPP. */
int rtnl_link_bridge_get_flags(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	return (int)bd->b_flags;
}

/** Address the request to the lower device (BRIDGE_FLAGS_SELF). */
int rtnl_link_bridge_set_self(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	bd->b_self |= BRIDGE_FLAGS_SELF;
	bd->b_mask |= BR_HAVE_SELF;
	return 0;
}

/** Address the request to the bridge master (BRIDGE_FLAGS_MASTER). */
int rtnl_link_bridge_set_master(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	bd->b_self |= BRIDGE_FLAGS_MASTER;
	bd->b_mask |= BR_HAVE_SELF;
	return 0;
}

/**
 * Hardware mode (RTNL_BRIDGE_HWMODE_*) into *hwmode.
 * @return 0, -NLE_NOATTR when unknown, -NLE_INVAL, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_get_hwmode(struct rtnl_link *link, uint16_t *hwmode)
{
	BD_OR_FAIL(link, bd);

	if (!(bd->b_mask & BR_HAVE_HWMODE))
		return -NLE_NOATTR;
	if (!hwmode)
		return -NLE_INVAL;
	*hwmode = bd->b_hwmode;
	return 0;
}

/**
 * Set the hardware mode (RTNL_BRIDGE_HWMODE_VEB or _VEPA).
 * @return 0, -NLE_INVAL for another value, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_set_hwmode(struct rtnl_link *link, uint16_t hwmode)
{
	/* the mode is checked first, as upstream does */
	if (hwmode > RTNL_BRIDGE_HWMODE_MAX)
		return -NLE_INVAL;
	BD_OR_FAIL(link, bd);

	bd->b_hwmode = hwmode;
	bd->b_mask |= BR_HAVE_HWMODE;
	return 0;
}

static const struct trans_tbl bridge_flags[] = {
	__ADD(RTNL_BRIDGE_HAIRPIN_MODE, hairpin_mode),
	__ADD(RTNL_BRIDGE_BPDU_GUARD, bpdu_guard),
	__ADD(RTNL_BRIDGE_ROOT_BLOCK, root_block),
	__ADD(RTNL_BRIDGE_FAST_LEAVE, fast_leave),
	__ADD(RTNL_BRIDGE_UNICAST_FLOOD, flood),
	__ADD(RTNL_BRIDGE_LEARNING, learning),
	__ADD(RTNL_BRIDGE_LEARNING_SYNC, learning_sync),
	__ADD(RTNL_BRIDGE_PROXYARP, proxy_arp),
	__ADD(RTNL_BRIDGE_PROXYARP_WIFI, proxy_arp_wifi),
	__ADD(RTNL_BRIDGE_MCAST_FLOOD, mcast_flood),
	__ADD(RTNL_BRIDGE_MCAST_TO_UCAST, mcast_to_unicast),
	__ADD(RTNL_BRIDGE_VLAN_TUNNEL, vlan_tunnel),
	__ADD(RTNL_BRIDGE_BCAST_FLOOD, bcast_flood),
	__ADD(RTNL_BRIDGE_NEIGH_SUPPRESS, neigh_suppress),
	__ADD(RTNL_BRIDGE_ISOLATED, isolated),
	__ADD(RTNL_BRIDGE_LOCKED, locked),
	__ADD(RTNL_BRIDGE_MAB, mab),
	__ADD(RTNL_BRIDGE_NEIGH_VLAN_SUPPRESS, neigh_vlan_suppress),
};

/** Names of the port flags in flags, comma separated, into buf. */
char *rtnl_link_bridge_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, bridge_flags,
			   ARRAY_SIZE(bridge_flags));
}

/** Port flags named in a comma separated list. */
int rtnl_link_bridge_str2flags(const char *name)
{
	return __str2flags(name, bridge_flags, ARRAY_SIZE(bridge_flags));
}

static const struct trans_tbl port_states[] = {
	__ADD(BR_STATE_DISABLED, disabled),
	__ADD(BR_STATE_LISTENING, listening),
	__ADD(BR_STATE_LEARNING, learning),
	__ADD(BR_STATE_FORWARDING, forwarding),
	__ADD(BR_STATE_BLOCKING, blocking),
};

/** Name of a spanning tree port state (BR_STATE_*) into buf. */
char *rtnl_link_bridge_portstate2str(int st, char *buf, size_t len)
{
	return __type2str(st, buf, len, port_states, ARRAY_SIZE(port_states));
}

/** Port state named name, or -NLE_OBJ_NOTFOUND. */
int rtnl_link_bridge_str2portstate(const char *name)
{
	return __str2type(name, port_states, ARRAY_SIZE(port_states));
}

static const struct trans_tbl hw_modes[] = {
	__ADD(RTNL_BRIDGE_HWMODE_VEB, veb),
	__ADD(RTNL_BRIDGE_HWMODE_VEPA, vepa),
	__ADD(RTNL_BRIDGE_HWMODE_UNDEF, undef),
};

/** Name of a hardware mode ("veb", "vepa") into buf. */
char *rtnl_link_bridge_hwmode2str(uint16_t st, char *buf, size_t len)
{
	return __type2str(st, buf, len, hw_modes, ARRAY_SIZE(hw_modes));
}

/** Hardware mode named name (the negative NLE_* code cast when unknown). */
uint16_t rtnl_link_bridge_str2hwmode(const char *name)
{
	return (uint16_t)__str2type(name, hw_modes, ARRAY_SIZE(hw_modes));
}

/**
 * Set the VLANs start..end (1..4094) of the port, untagged on egress when
 * untagged is nonzero.
 * @return 0, -NLE_INVAL for a bad range, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_set_port_vlan_map_range(struct rtnl_link *link,
					     uint16_t start, uint16_t end,
					     int untagged)
{
	struct rtnl_link_bridge_vlan *bv;
	unsigned int v;
	BD_OR_FAIL(link, bd);

	if (start == 0 || end < start ||
	    end >= RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX - 1)
		return -NLE_INVAL;
	if (!(bv = vlan_mut(bd)))
		return -NLE_NOMEM;
	for (v = start; v <= end; v++)
		vlan_set(bv, v, untagged);
	bd->b_mask |= BR_HAVE_VLAN;
	return 0;
}

/**
 * Remove the VLANs start..end from the port.
 * @return 0, -NLE_INVAL for a bad range, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_unset_port_vlan_map_range(struct rtnl_link *link,
					       uint16_t start, uint16_t end)
{
	unsigned int v;
	BD_OR_FAIL(link, bd);

	if (start == 0 || end < start ||
	    end >= RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX - 1)
		return -NLE_INVAL;
	/* without VLANs there is nothing to clear */
	for (v = start; bd->b_vlan && v <= end; v++) {
		vlan_clear(bd->b_vlan, v);
		if (bd->b_vlan->pvid == v)
			bd->b_vlan->pvid = 0;
	}
	bd->b_mask |= BR_HAVE_VLAN;
	return 0;
}

/**
 * Set the port VLAN id (untagged ingress goes to it); it becomes a VLAN
 * of the port, untagged.
 * @return 0, -NLE_INVAL for an id out of 1..4094, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_set_port_vlan_pvid(struct rtnl_link *link, uint16_t pvid)
{
	BD_OR_FAIL(link, bd);

	if (pvid == 0 || pvid >= RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX - 1)
		return -NLE_INVAL;
	if (!vlan_mut(bd))
		return -NLE_NOMEM;
	bd->b_vlan->pvid = pvid;
	vlan_set(bd->b_vlan, pvid, 1);
	bd->b_mask |= BR_HAVE_VLAN;
	return 0;
}

/** Port VLAN id, -EINVAL without VLAN data, -NLE_OPNOTSUPP. */
int rtnl_link_bridge_pvid(struct rtnl_link *link)
{
	BD_OR_FAIL(link, bd);

	if (!(bd->b_mask & BR_HAVE_VLAN))
		return -EINVAL;
	return vlan_of(bd)->pvid;
}

/** 1 when the port has any VLAN, 0 when not, -NLE_OPNOTSUPP. */
int rtnl_link_bridge_has_vlan(struct rtnl_link *link)
{
	unsigned int i;
	BD_OR_FAIL(link, bd);

	if (!(bd->b_mask & BR_HAVE_VLAN))
		return 0;
	if (vlan_of(bd)->pvid)
		return 1;
	for (i = 0; i < RTNL_LINK_BRIDGE_VLAN_BITMAP_LEN; i++)
		if (vlan_of(bd)->vlan_bitmap[i])
			return 1;
	return 0;
}

/** VLANs of the port (owned by link), NULL without any. */
struct rtnl_link_bridge_vlan *rtnl_link_bridge_get_port_vlan(struct rtnl_link *link)
{
	struct bridge_data *bd = bdata(link);

	/* a port with a VLAN has its bitmaps allocated */
	if (!bd || rtnl_link_bridge_has_vlan(link) != 1)
		return NULL;
	return bd->b_vlan;
}

/**
 * Set the state of the port in multiple spanning tree instance.
 * @return 0, -NLE_INVAL for an unknown state, -NLE_NOMEM, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_set_mst_port_state(struct rtnl_link *link,
					uint16_t instance, uint8_t state)
{
	MST_BD_OR_FAIL(link, bd);

	if (state > BR_STATE_BLOCKING)
		return -NLE_INVAL;
	return mst_set(bd, instance, state);
}

/** State of the port in MST instance, -NLE_OBJ_NOTFOUND, -NLE_OPNOTSUPP. */
int rtnl_link_bridge_get_mst_port_state(struct rtnl_link *link,
					uint16_t instance)
{
	unsigned int i;
	MST_BD_OR_FAIL(link, bd);

	for (i = 0; i < bd->b_n_mst; i++)
		if (bd->b_mst[i].msti == instance)
			return bd->b_mst[i].state;
	return -NLE_OBJ_NOTFOUND;
}

/** Forget the port's state in MST instance; -NLE_OBJ_NOTFOUND when none. */
int rtnl_link_bridge_del_mst_port_state(struct rtnl_link *link,
					uint16_t instance)
{
	unsigned int i;
	MST_BD_OR_FAIL(link, bd);

	for (i = 0; i < bd->b_n_mst; i++) {
		if (bd->b_mst[i].msti != instance)
			continue;
		memmove(&bd->b_mst[i], &bd->b_mst[i + 1],
			(bd->b_n_mst - i - 1) * sizeof(*bd->b_mst));
		bd->b_n_mst--;
		return 0;
	}
	return -NLE_OBJ_NOTFOUND;
}

/** Forget all MST states of the port. */
int rtnl_link_bridge_clear_mst_port_state_info(struct rtnl_link *link)
{
	MST_BD_OR_FAIL(link, bd);

	free(bd->b_mst);
	bd->b_mst = NULL;
	bd->b_n_mst = 0;
	bd->b_mask &= ~BR_HAVE_MST;
	return 0;
}

/** Call cb(instance, state, arg) for each MST state of the port. */
int rtnl_link_bridge_foreach_mst_entry(struct rtnl_link *link,
				       void (*cb)(uint16_t, uint8_t, void *),
				       void *arg)
{
	unsigned int i;
	MST_BD_OR_FAIL(link, bd);

	if (!cb)
		return -NLE_INVAL;
	for (i = 0; i < bd->b_n_mst; i++)
		cb(bd->b_mst[i].msti, bd->b_mst[i].state, arg);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The kind "bridge": IFLA_BR_* of the bridge device                    */

#define BRI_AGEING_TIME		(1ULL << 0)
#define BRI_VLAN_FILTERING	(1ULL << 1)
#define BRI_VLAN_PROTOCOL	(1ULL << 2)
#define BRI_VLAN_DEFAULT_PVID	(1ULL << 3)
#define BRI_VLAN_STATS_ENABLED	(1ULL << 4)
#define BRI_NF_CALL_IPTABLES	(1ULL << 5)
#define BRI_NF_CALL_IP6TABLES	(1ULL << 6)
#define BRI_NF_CALL_ARPTABLES	(1ULL << 7)
#define BRI_STP_STATE		(1ULL << 8)
#define BRI_MCAST_ROUTER	(1ULL << 9)
#define BRI_MCAST_SNOOPING	(1ULL << 10)
#define BRI_BOOLOPT		(1ULL << 11)

struct bridge_info {
	uint64_t ce_mask;
	uint32_t ageing_time;
	uint32_t stp_state;
	uint16_t vlan_protocol;		/* host byte order */
	uint16_t vlan_default_pvid;
	uint8_t vlan_filtering;
	uint8_t vlan_stats_enabled;
	uint8_t nf_call_iptables;
	uint8_t nf_call_ip6tables;
	uint8_t nf_call_arptables;
	uint8_t mcast_router;
	uint8_t mcast_snooping;
	struct br_boolopt_multi boolopt;
};

#define BI(m, bit, name, type, ...)                                            \
	NLO_ENTRY(struct bridge_info, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr bridge_info_attrs[] = {
	BI(ageing_time, BRI_AGEING_TIME, "ageing_time", NLO_U32,
	   .nla = IFLA_BR_AGEING_TIME),
	BI(stp_state, BRI_STP_STATE, "stp_state", NLO_U32,
	   .nla = IFLA_BR_STP_STATE),
	BI(vlan_filtering, BRI_VLAN_FILTERING, "vlan_filtering", NLO_U8,
	   .nla = IFLA_BR_VLAN_FILTERING),
	BI(vlan_protocol, BRI_VLAN_PROTOCOL, "vlan_protocol", NLO_U16,
	   .nla = IFLA_BR_VLAN_PROTOCOL, .flags = NLO_F_BE),
	BI(vlan_default_pvid, BRI_VLAN_DEFAULT_PVID, "vlan_default_pvid",
	   NLO_U16, .nla = IFLA_BR_VLAN_DEFAULT_PVID),
	BI(vlan_stats_enabled, BRI_VLAN_STATS_ENABLED, "vlan_stats_enabled",
	   NLO_U8, .nla = IFLA_BR_VLAN_STATS_ENABLED),
	BI(nf_call_iptables, BRI_NF_CALL_IPTABLES, "nf_call_iptables", NLO_U8,
	   .nla = IFLA_BR_NF_CALL_IPTABLES),
	BI(nf_call_ip6tables, BRI_NF_CALL_IP6TABLES, "nf_call_ip6tables",
	   NLO_U8, .nla = IFLA_BR_NF_CALL_IP6TABLES),
	BI(nf_call_arptables, BRI_NF_CALL_ARPTABLES, "nf_call_arptables",
	   NLO_U8, .nla = IFLA_BR_NF_CALL_ARPTABLES),
	BI(mcast_router, BRI_MCAST_ROUTER, "mcast_router", NLO_U8,
	   .nla = IFLA_BR_MCAST_ROUTER),
	BI(mcast_snooping, BRI_MCAST_SNOOPING, "mcast_snooping", NLO_U8,
	   .nla = IFLA_BR_MCAST_SNOOPING),
	BI(boolopt, BRI_BOOLOPT, "multi_boolopt", NLO_BINARY,
	   .nla = IFLA_BR_MULTI_BOOLOPT),
};

static const struct nlo_table bridge_info_table =
	NLO_TABLE(struct bridge_info, ce_mask, bridge_info_attrs, IFLA_BR_MAX);

static struct rtnl_link_info_ops bridge_info_ops = {
	.io_name = "bridge",
	.io_table = &bridge_info_table,
	.io_size = sizeof(struct bridge_info),
};

static struct bridge_info *binfo(struct rtnl_link *link)
{
	return _rtnl_link_kind_data(link, &bridge_info_ops);
}

/** Allocate a link of kind "bridge"; NULL when out of memory. */
struct rtnl_link *rtnl_link_bridge_alloc(void)
{
	struct rtnl_link *link = rtnl_link_alloc();

	if (link && rtnl_link_set_type(link, "bridge") < 0) {
		rtnl_link_put(link);
		return NULL;
	}
	return link;
}

/**
 * Create a bridge named name in the kernel.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_link_bridge_add(struct nl_sock *sk, const char *name)
{
	struct rtnl_link *link = rtnl_link_bridge_alloc();
	int err;

	if (!link)
		return -NLE_NOMEM;
	if (name)
		rtnl_link_set_name(link, name);
	err = rtnl_link_add(sk, link, NLM_F_CREATE);
	rtnl_link_put(link);
	return err;
}

/**
 * Enable VLAN filtering on a link of kind "bridge" (sent as
 * IFLA_BR_VLAN_FILTERING when the link is added or changed).
 * @return 0, -NLE_OPNOTSUPP when link is not of kind bridge.
 */
int rtnl_link_bridge_enable_vlan(struct rtnl_link *link)
{
	struct bridge_info *bi = binfo(link);

	if (!bi)
		return -NLE_OPNOTSUPP;
	bi->vlan_filtering = 1;
	bi->ce_mask |= BRI_VLAN_FILTERING;
	return 0;
}

/* Accessors of the kind data: setters do nothing on other links; getters
 * return 0 with the value, -NLE_OPNOTSUPP on other links, -NLE_NOATTR
 * when the value is not known. */
#define BRI_ACCESSORS(NAME, VT, BIT)                                           \
	void rtnl_link_bridge_set_##NAME(struct rtnl_link *link, VT v)         \
	{                                                                      \
		struct bridge_info *bi = binfo(link);                          \
		if (!bi) {                                                     \
			NL_DBG(1, "link is not of kind bridge\n");             \
			return;                                                \
		}                                                              \
		bi->NAME = v;                                                  \
		bi->ce_mask |= (BIT);                                          \
	}                                                                      \
	int rtnl_link_bridge_get_##NAME(struct rtnl_link *link, VT *v)         \
	{                                                                      \
		struct bridge_info *bi = binfo(link);                          \
		if (!bi)                                                       \
			return -NLE_OPNOTSUPP;                                 \
		if (!(bi->ce_mask & (BIT)))                                    \
			return -NLE_NOATTR;                                    \
		if (v)                                                         \
			*v = bi->NAME;                                         \
		return 0;                                                      \
	}

BRI_ACCESSORS(ageing_time, uint32_t, BRI_AGEING_TIME)
BRI_ACCESSORS(vlan_filtering, uint8_t, BRI_VLAN_FILTERING)
BRI_ACCESSORS(vlan_protocol, uint16_t, BRI_VLAN_PROTOCOL)
BRI_ACCESSORS(vlan_default_pvid, uint16_t, BRI_VLAN_DEFAULT_PVID)
BRI_ACCESSORS(vlan_stats_enabled, uint8_t, BRI_VLAN_STATS_ENABLED)
BRI_ACCESSORS(nf_call_iptables, uint8_t, BRI_NF_CALL_IPTABLES)
BRI_ACCESSORS(nf_call_ip6tables, uint8_t, BRI_NF_CALL_IP6TABLES)
BRI_ACCESSORS(nf_call_arptables, uint8_t, BRI_NF_CALL_ARPTABLES)
BRI_ACCESSORS(stp_state, uint32_t, BRI_STP_STATE)
BRI_ACCESSORS(mcast_router, uint8_t, BRI_MCAST_ROUTER)
BRI_ACCESSORS(mcast_snooping, uint8_t, BRI_MCAST_SNOOPING)

/**
 * Set boolean bridge option opt (BR_BOOLOPT_*) to value, 0 or 1 (sent in
 * IFLA_BR_MULTI_BOOLOPT).
 * @return 0, -NLE_INVAL for an option or value out of range, -NLE_OPNOTSUPP.
 */
int rtnl_link_bridge_set_boolopt(struct rtnl_link *link, int opt, int value)
{
	struct bridge_info *bi = binfo(link);

	if (!bi)
		return -NLE_OPNOTSUPP;
	/* the value is 0 or 1, as upstream documents it */
	if (opt < 0 || opt >= 32 || (value != 0 && value != 1))
		return -NLE_INVAL;
	bi->boolopt.optmask |= 1U << opt;
	if (value)
		bi->boolopt.optval |= 1U << opt;
	else
		bi->boolopt.optval &= ~(1U << opt);
	bi->ce_mask |= BRI_BOOLOPT;
	return 0;
}

/**
 * Boolean bridge option opt.
 * @return 0 or 1, -NLE_INVAL, -NLE_OPNOTSUPP, -NLE_NOATTR when unknown.
 */
int rtnl_link_bridge_get_boolopt(struct rtnl_link *link, int opt)
{
	struct bridge_info *bi = binfo(link);

	if (!bi)
		return -NLE_OPNOTSUPP;
	if (opt < 0 || opt >= 32)
		return -NLE_INVAL;
	if (!(bi->ce_mask & BRI_BOOLOPT) || !(bi->boolopt.optmask & (1U << opt)))
		return -NLE_NOATTR;
	return !!(bi->boolopt.optval & (1U << opt));
}

static void __attribute__((constructor)) bridge_init(void)
{
	rtnl_link_af_register(&bridge_ops);
	rtnl_link_register_info(&bridge_info_ops);
}

static void __attribute__((destructor)) bridge_exit(void)
{
	rtnl_link_unregister_info(&bridge_info_ops);
	rtnl_link_af_unregister(&bridge_ops);
}
