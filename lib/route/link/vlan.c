/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VLAN links (IFLA_INFO_KIND "vlan").  Id and protocol are plain table
 * entries; the flags compare by value only (the kernel reports every bit in
 * the mask) and the two QoS maps are nested lists, handled by hooks.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/if_vlan.h>

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/link/vlan.h>

#define VL_ID		(1ULL << 0)
#define VL_FLAGS	(1ULL << 1)
#define VL_INGRESS	(1ULL << 2)
#define VL_EGRESS	(1ULL << 3)
#define VL_PROTOCOL	(1ULL << 4)

struct vlan_info {
	uint64_t ce_mask;
	uint16_t id;
	uint16_t protocol;		/* network byte order, as the API */
	struct ifla_vlan_flags fl;
	uint32_t ingress[VLAN_PRIO_MAX + 1];
	uint32_t ingress_set;		/* bit i: ingress[i] is set */
	uint32_t negress;
	struct vlan_map *egress;
};

static int flags_differ(const void *a, const void *b, int f)
{
	const struct vlan_info *x = a, *y = b;

	return x->fl.flags != y->fl.flags;
}

/* Received flags are taken without their mask: a request built from the
 * link changes only the flags set or unset since, as upstream's. */
static int flags_parse(void *base, const struct nlattr *nla)
{
	struct vlan_info *vi = base;

	if (nla_len(nla) < (int)sizeof(vi->fl))
		return -NLE_RANGE;
	memcpy(&vi->fl, nla_data(nla), sizeof(vi->fl));
	vi->fl.mask = 0;
	return 0;
}

static const struct nlo_hooks flags_hooks = {
	.parse = flags_parse,
	.differ = flags_differ,
};

/* Entries of a nested QoS map (of any attribute type: upstream numbers
 * them), checked; calls fn for each. */
static int qos_walk(const struct nlattr *nla,
		    int (*fn)(struct vlan_info *, uint32_t, uint32_t),
		    struct vlan_info *vi)
{
	struct nlattr *pos;
	int rem, err;

	nla_for_each_nested(pos, (struct nlattr *)nla, rem) {
		struct ifla_vlan_qos_mapping m;

		if (nla_len(pos) < (int)sizeof(m))
			return -NLE_RANGE;
		memcpy(&m, nla_data(pos), sizeof(m));
		if ((err = fn(vi, m.from, m.to)) < 0)
			return err;
	}
	return 0;
}

static int ingress_one(struct vlan_info *vi, uint32_t from, uint32_t to)
{
	if (from > VLAN_PRIO_MAX)	/* not a priority: ignored */
		return 0;
	vi->ingress[from] = to;
	vi->ingress_set |= 1u << from;
	return 0;
}

static int ingress_parse(void *base, const struct nlattr *nla)
{
	struct vlan_info *vi = base;

	memset(vi->ingress, 0, sizeof(vi->ingress));
	vi->ingress_set = 0;
	return qos_walk(nla, ingress_one, vi);
}

/* An entry of a QoS map; upstream gives it the attribute type type (the
 * priority of an ingress entry, the position of an egress entry), which
 * the kernel does not look at. */
static int put_mapping(struct nl_msg *msg, int type, uint32_t from,
		       uint32_t to)
{
	struct ifla_vlan_qos_mapping m = { .from = from, .to = to };

	return nla_put(msg, type, sizeof(m), &m);
}

static int ingress_build(struct nl_msg *msg, const void *base)
{
	const struct vlan_info *vi = base;
	struct nlattr *nest;
	int i;

	if (!(nest = nla_nest_start(msg, IFLA_VLAN_INGRESS_QOS)))
		return -NLE_MSGSIZE;
	for (i = 0; i <= VLAN_PRIO_MAX; i++)
		if ((vi->ingress_set & (1u << i)) &&
		    put_mapping(msg, i, (uint32_t)i, vi->ingress[i]) < 0)
			return -NLE_MSGSIZE;
	nla_nest_end(msg, nest);
	return 0;
}

static int ingress_differ(const void *a, const void *b, int f)
{
	const struct vlan_info *x = a, *y = b;
	int i;

	if (x->ingress_set != y->ingress_set)
		return 1;
	for (i = 0; i <= VLAN_PRIO_MAX; i++)
		if ((x->ingress_set & (1u << i)) && x->ingress[i] != y->ingress[i])
			return 1;
	return 0;
}

static const struct nlo_hooks ingress_hooks = {
	.parse = ingress_parse,
	.build = ingress_build,
	.differ = ingress_differ,
};

static void egress_free(void *base)
{
	struct vlan_info *vi = base;

	free(vi->egress);
	vi->egress = NULL;
	vi->negress = 0;
}

static int egress_append(struct vlan_info *vi, uint32_t from, uint32_t to)
{
	struct vlan_map *n;

	n = realloc(vi->egress, (vi->negress + 1) * sizeof(*n));
	if (!n)
		return -NLE_NOMEM;
	vi->egress = n;
	n[vi->negress].vm_from = from;
	n[vi->negress].vm_to = to;
	vi->negress++;
	return 0;
}

static int egress_one(struct vlan_info *vi, uint32_t from, uint32_t to)
{
	if (to > VLAN_PRIO_MAX)		/* not a priority: ignored */
		return 0;
	return egress_append(vi, from, to);
}

static int egress_parse(void *base, const struct nlattr *nla)
{
	struct vlan_info *vi = base;

	egress_free(vi);
	return qos_walk(nla, egress_one, vi);
}

static int egress_build(struct nl_msg *msg, const void *base)
{
	const struct vlan_info *vi = base;
	struct nlattr *nest;
	uint32_t i;

	if (!(nest = nla_nest_start(msg, IFLA_VLAN_EGRESS_QOS)))
		return -NLE_MSGSIZE;
	for (i = 0; i < vi->negress; i++)
		if (put_mapping(msg, (int)i, vi->egress[i].vm_from,
				vi->egress[i].vm_to) < 0)
			return -NLE_MSGSIZE;
	nla_nest_end(msg, nest);
	return 0;
}

static int egress_differ(const void *a, const void *b, int f)
{
	const struct vlan_info *x = a, *y = b;

	if (x->negress != y->negress)
		return 1;
	return x->negress &&
	       memcmp(x->egress, y->egress, x->negress * sizeof(*x->egress));
}

static int egress_clone(void *dst, const void *src)
{
	struct vlan_info *d = dst;
	const struct vlan_info *s = src;

	d->egress = NULL;
	d->negress = 0;
	if (!s->negress)
		return 0;
	if (!(d->egress = malloc(s->negress * sizeof(*d->egress))))
		return -NLE_NOMEM;
	memcpy(d->egress, s->egress, s->negress * sizeof(*d->egress));
	d->negress = s->negress;
	return 0;
}

static const struct nlo_hooks egress_hooks = {
	.parse = egress_parse,
	.build = egress_build,
	.differ = egress_differ,
	.clone = egress_clone,
	.free = egress_free,
};

#define L(m, BIT, NAME, TYPE, ...)                                             \
	NLO_ENTRY(struct vlan_info, m, BIT, NAME, TYPE, __VA_ARGS__)

static const struct nlo_attr vlan_attrs[] = {
	L(id, VL_ID, "id", NLO_U16, .nla = IFLA_VLAN_ID),
	L(fl, VL_FLAGS, "flags", NLO_BINARY, .nla = IFLA_VLAN_FLAGS,
	  .hooks = &flags_hooks),
	L(ingress, VL_INGRESS, "ingress_qos", NLO_HOOK,
	  .nla = IFLA_VLAN_INGRESS_QOS, .hooks = &ingress_hooks),
	L(egress, VL_EGRESS, "egress_qos", NLO_HOOK,
	  .nla = IFLA_VLAN_EGRESS_QOS, .hooks = &egress_hooks),
	L(protocol, VL_PROTOCOL, "protocol", NLO_U16, .nla = IFLA_VLAN_PROTOCOL),
};

static const uint16_t vlan_order[] = {
	IFLA_VLAN_ID, IFLA_VLAN_PROTOCOL, IFLA_VLAN_FLAGS,
	IFLA_VLAN_INGRESS_QOS, IFLA_VLAN_EGRESS_QOS,
};

static const struct nlo_table vlan_table =
	NLO_TABLE_ORDERED(struct vlan_info, ce_mask, vlan_attrs, IFLA_VLAN_MAX,
			  vlan_order);

static const struct trans_tbl vlan_flags[] = {
	__ADD(VLAN_FLAG_REORDER_HDR, reorder_hdr),
	__ADD(VLAN_FLAG_GVRP, gvrp),
	__ADD(VLAN_FLAG_LOOSE_BINDING, loose_binding),
	__ADD(VLAN_FLAG_MVRP, mvrp),
	__ADD(VLAN_FLAG_BRIDGE_BINDING, bridge_binding),
};

static void vlan_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct vlan_info *vi = link->l_info;

	if (vi && (vi->ce_mask & VL_ID))
		nl_dump(p, "vlan-id %d", vi->id);
}

static void vlan_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct vlan_info *vi = link->l_info;
	char buf[128];
	int i;

	if (!vi)
		return;
	rtnl_link_vlan_flags2str((int)vi->fl.flags, buf, sizeof(buf));
	nl_dump_line(p, "    vlan-info id %d <%s>", vi->id, buf);
	if (vi->ce_mask & VL_PROTOCOL)
		nl_dump(p, "    vlan protocol <%d>", ntohs(vi->protocol));
	nl_dump(p, "\n");

	if (vi->ce_mask & VL_INGRESS) {
		nl_dump_line(p, "      ingress vlan prio -> qos/socket prio "
				"mapping:\n");
		nl_dump_line(p, "      ");
		for (i = 0; i <= VLAN_PRIO_MAX; i++)
			if (vi->ingress_set & (1u << i))
				nl_dump(p, "%d -> %#08x, ", i, vi->ingress[i]);
		nl_dump(p, "\n");
	}
	if (vi->ce_mask & VL_EGRESS) {
		nl_dump_line(p, "      egress qos/socket prio -> vlan prio "
				"mapping:\n");
		nl_dump_line(p, "      ");
		for (i = 0; i < (int)vi->negress; i++)
			nl_dump(p, "%#08x -> %d, ", vi->egress[i].vm_from,
				vi->egress[i].vm_to);
		nl_dump(p, "\n");
	}
}

static struct rtnl_link_info_ops vlan_info_ops = {
	.io_name = "vlan",
	.io_dump = {
		[NL_DUMP_LINE] = vlan_dump_line,
		[NL_DUMP_DETAILS] = vlan_dump_details,
	},
	.io_table = &vlan_table,
	.io_size = sizeof(struct vlan_info),
};

KA_REGISTER(vlan_info_ops)

/** Allocate a link of kind "vlan"; NULL when out of memory. */
struct rtnl_link *rtnl_link_vlan_alloc(void)
{
	return _kinds_a_alloc("vlan");
}

/** Nonzero when link is of kind "vlan". */
int rtnl_link_is_vlan(struct rtnl_link *link)
{
	return link && link->l_info_ops == &vlan_info_ops;
}

/**
 * Set the VLAN id.
 * @return 0 or -NLE_OPNOTSUPP when link is not a vlan link.
 */
int rtnl_link_vlan_set_id(struct rtnl_link *link, uint16_t id)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	vi->id = id;
	vi->ce_mask |= VL_ID;
	return 0;
}

/** The VLAN id; 0 when unset, -NLE_OPNOTSUPP for another kind. */
int rtnl_link_vlan_get_id(struct rtnl_link *link)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	return (vi->ce_mask & VL_ID) ? vi->id : 0;
}

/** Set the VLAN protocol, in network byte order (htons(ETH_P_8021Q)). */
int rtnl_link_vlan_set_protocol(struct rtnl_link *link, uint16_t protocol)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	vi->protocol = protocol;
	vi->ce_mask |= VL_PROTOCOL;
	return 0;
}

/** The VLAN protocol in network byte order; 0 when unset. */
int rtnl_link_vlan_get_protocol(struct rtnl_link *link)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	return (vi->ce_mask & VL_PROTOCOL) ? vi->protocol : 0;
}

/** Turn on the VLAN_FLAG_* bits in flags (the others are untouched). */
int rtnl_link_vlan_set_flags(struct rtnl_link *link, unsigned int flags)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	vi->fl.flags |= flags;
	vi->fl.mask |= flags;
	vi->ce_mask |= VL_FLAGS;
	return 0;
}

/** Turn off the VLAN_FLAG_* bits in flags. */
int rtnl_link_vlan_unset_flags(struct rtnl_link *link, unsigned int flags)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	vi->fl.flags &= ~flags;
	vi->fl.mask |= flags;
	vi->ce_mask |= VL_FLAGS;
	return 0;
}

/** The VLAN_FLAG_* bits that are on. */
int rtnl_link_vlan_get_flags(struct rtnl_link *link)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	return (int)vi->fl.flags;
}

/**
 * Map VLAN priority from (0..VLAN_PRIO_MAX) of received frames to socket
 * priority to.
 * @return 0, -NLE_INVAL when from is out of range.
 */
int rtnl_link_vlan_set_ingress_map(struct rtnl_link *link, int from,
				   uint32_t to)
{
	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	if (from < 0 || from > VLAN_PRIO_MAX)
		return -NLE_INVAL;
	vi->ingress[from] = to;
	vi->ingress_set |= 1u << from;
	vi->ce_mask |= VL_INGRESS;
	return 0;
}

/** The ingress map (VLAN_PRIO_MAX + 1 entries, owned by link) or NULL. */
uint32_t *rtnl_link_vlan_get_ingress_map(struct rtnl_link *link)
{
	struct vlan_info *vi = _rtnl_link_kind_data(link, &vlan_info_ops);

	if (!vi || !(vi->ce_mask & VL_INGRESS))
		return NULL;
	return vi->ingress;
}

/**
 * Map socket priority from of sent frames to VLAN priority to
 * (0..VLAN_PRIO_MAX); the mapping is appended to the egress map.
 * @return 0, -NLE_INVAL when to is out of range, -NLE_NOMEM.
 */
int rtnl_link_vlan_set_egress_map(struct rtnl_link *link, uint32_t from, int to)
{
	int err;

	KA_DATA(struct vlan_info, vi, link, &vlan_info_ops);
	if (to < 0 || to > VLAN_PRIO_MAX)
		return -NLE_INVAL;
	if ((err = egress_append(vi, from, (uint32_t)to)) < 0)
		return err;
	vi->ce_mask |= VL_EGRESS;
	return 0;
}

/** The egress map (owned by link) and its length in *negress, or NULL. */
struct vlan_map *rtnl_link_vlan_get_egress_map(struct rtnl_link *link,
					       int *negress)
{
	struct vlan_info *vi = _rtnl_link_kind_data(link, &vlan_info_ops);

	if (!vi || !negress)
		return NULL;
	*negress = (int)vi->negress;
	return vi->negress ? vi->egress : NULL;
}

/** Names of VLAN_FLAG_* bits, comma separated. */
char *rtnl_link_vlan_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, vlan_flags, ARRAY_SIZE(vlan_flags));
}

/** VLAN_FLAG_* bits of a comma separated list of names. */
int rtnl_link_vlan_str2flags(const char *name)
{
	return __str2flags(name, vlan_flags, ARRAY_SIZE(vlan_flags));
}
