/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Links (network interfaces): the rtnl_link object described by one
 * attribute table, its cache "route/link", requests, names and dumps.
 */

#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <linux/rtnetlink.h>
#include <linux/if_arp.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/objtable.h"
#include "nl-private/link-api.h"
#include "nl-private/pool.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/link.h>

static struct nl_cache_ops link_cache_ops;

/* ------------------------------------------------------------------ */
/* Statistics: where each rtnl_link_stat_id_t lives in the kernel's      */
/* struct rtnl_link_stats64; IFLA_STATS has the same fields as u32.      */

#define ST(id, field) { id, offsetof(struct rtnl_link_stats64, field) / 8 }
static const struct {
	uint8_t id;	/* rtnl_link_stat_id_t */
	uint8_t field;	/* index of the counter in the kernel's struct */
} stat_field[] = {
	ST(RTNL_LINK_RX_PACKETS, rx_packets),
	ST(RTNL_LINK_TX_PACKETS, tx_packets),
	ST(RTNL_LINK_RX_BYTES, rx_bytes),
	ST(RTNL_LINK_TX_BYTES, tx_bytes),
	ST(RTNL_LINK_RX_ERRORS, rx_errors),
	ST(RTNL_LINK_TX_ERRORS, tx_errors),
	ST(RTNL_LINK_RX_DROPPED, rx_dropped),
	ST(RTNL_LINK_TX_DROPPED, tx_dropped),
	ST(RTNL_LINK_RX_COMPRESSED, rx_compressed),
	ST(RTNL_LINK_TX_COMPRESSED, tx_compressed),
	ST(RTNL_LINK_RX_FIFO_ERR, rx_fifo_errors),
	ST(RTNL_LINK_TX_FIFO_ERR, tx_fifo_errors),
	ST(RTNL_LINK_RX_LEN_ERR, rx_length_errors),
	ST(RTNL_LINK_RX_OVER_ERR, rx_over_errors),
	ST(RTNL_LINK_RX_CRC_ERR, rx_crc_errors),
	ST(RTNL_LINK_RX_FRAME_ERR, rx_frame_errors),
	ST(RTNL_LINK_RX_MISSED_ERR, rx_missed_errors),
	ST(RTNL_LINK_TX_ABORT_ERR, tx_aborted_errors),
	ST(RTNL_LINK_TX_CARRIER_ERR, tx_carrier_errors),
	ST(RTNL_LINK_TX_HBEAT_ERR, tx_heartbeat_errors),
	ST(RTNL_LINK_TX_WIN_ERR, tx_window_errors),
	ST(RTNL_LINK_COLLISIONS, collisions),
	ST(RTNL_LINK_MULTICAST, multicast),
	ST(RTNL_LINK_RX_NOHANDLER, rx_nohandler),
};
#undef ST

/* IFLA_STATS and IFLA_STATS64 are two layouts of the same counters: a
 * shorter attribute (older kernel) leaves the missing counters at 0. */
static int parse_stats(struct rtnl_link *link, const struct nlattr *nla,
		       unsigned int width)
{
	const unsigned char *d = _nla_data(nla);
	size_t len = (size_t)_nla_len(nla);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(stat_field); i++) {
		unsigned int id = stat_field[i].id;
		size_t off = (size_t)stat_field[i].field * width;

		if (off + width > len) {
			link->l_stats[id] = 0;
			continue;
		}
		if (width == 8)
			memcpy(&link->l_stats[id], d + off, 8);
		else {
			uint32_t v;

			memcpy(&v, d + off, 4);
			link->l_stats[id] = v;
		}
	}
	return 0;
}

static int parse_stats32(void *base, const struct nlattr *nla)
{
	return parse_stats(base, nla, 4);
}

static int parse_stats64(void *base, const struct nlattr *nla)
{
	return parse_stats(base, nla, 8);
}

static const struct nlo_hooks stats32_hooks = { .parse = parse_stats32 };
static const struct nlo_hooks stats64_hooks = { .parse = parse_stats64 };

/* Flags: a request carries the flags to change in ifi_change; a loose
 * comparison only looks at the flags the filter object set. */
static int flags_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_link *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->l_flags ^ y->l_flags) & y->l_flag_mask) != 0;
	return x->l_flags != y->l_flags;
}

static const struct nlo_hooks flags_hooks = { .differ = flags_differ };

/* IFLA_LINKINFO: the kind and its nested data, see link_parse_info(). */
static int parse_linkinfo(void *base, const struct nlattr *nla);
static int kind_differ(const void *a, const void *b, int flags);
static int kind_clone(void *dst, const void *src);
static void kind_free(void *base);
static const struct nlo_hooks linkinfo_hooks = {
	.parse = parse_linkinfo,
	.differ = kind_differ,
	.clone = kind_clone,
	.free = kind_free,
};

#define L(m, bit, name, type, ...)                                             \
	NLO_ENTRY(struct rtnl_link, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr link_attrs[] = {
	L(l_mtu, LINK_ATTR_MTU, "mtu", NLO_U32, .nla = IFLA_MTU),
	L(l_link, LINK_ATTR_LINK, "link", NLO_U32, .nla = IFLA_LINK),
	L(l_txqlen, LINK_ATTR_TXQLEN, "txqlen", NLO_U32, .nla = IFLA_TXQLEN),
	L(l_weight, LINK_ATTR_WEIGHT, "weight", NLO_U32, .nla = IFLA_WEIGHT),
	L(l_master, LINK_ATTR_MASTER, "master", NLO_U32, .nla = IFLA_MASTER),
	L(l_qdisc, LINK_ATTR_QDISC, "qdisc", NLO_CHARS, .nla = IFLA_QDISC),
	L(l_map, LINK_ATTR_MAP, "map", NLO_BINARY, .nla = IFLA_MAP),
	L(l_addr, LINK_ATTR_ADDR, "address", NLO_ADDR, .nla = IFLA_ADDRESS,
	  .family = AF_UNSPEC, .flags = NLO_F_GUESS),
	L(l_bcast, LINK_ATTR_BRD, "broadcast", NLO_ADDR, .nla = IFLA_BROADCAST,
	  .family = AF_UNSPEC, .flags = NLO_F_GUESS),
	L(l_flags, LINK_ATTR_FLAGS, "flags", NLO_U32, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifinfomsg, ifi_flags), .hooks = &flags_hooks),
	L(l_name, LINK_ATTR_IFNAME, "name", NLO_CHARS, .nla = IFLA_IFNAME),
	L(l_index, LINK_ATTR_IFINDEX, "ifindex", NLO_S32, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifinfomsg, ifi_index)),
	L(l_family, LINK_ATTR_FAMILY, "family", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifinfomsg, ifi_family)),
	L(l_arptype, LINK_ATTR_ARPTYPE, "arptype", NLO_U16, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifinfomsg, ifi_type)),
	/* IFLA_STATS64 is listed after IFLA_STATS so it wins when both came */
	L(l_stats, LINK_ATTR_STATS, "stats", NLO_HOOK, .nla = IFLA_STATS,
	  .flags = NLO_F_NOBUILD | NLO_F_NOCMP, .hooks = &stats32_hooks),
	L(l_stats, LINK_ATTR_STATS, "stats", NLO_HOOK, .nla = IFLA_STATS64,
	  .flags = NLO_F_NOBUILD | NLO_F_NOCMP, .hooks = &stats64_hooks),
	L(l_change, LINK_ATTR_CHANGE, "change", NLO_U32,
	  .flags = NLO_F_HDR | NLO_F_NOCMP,
	  .hdr = offsetof(struct ifinfomsg, ifi_change)),
	L(l_operstate, LINK_ATTR_OPERSTATE, "operstate", NLO_U8,
	  .nla = IFLA_OPERSTATE),
	L(l_linkmode, LINK_ATTR_LINKMODE, "linkmode", NLO_U8,
	  .nla = IFLA_LINKMODE),
	/* unnamed, as upstream names them (attribute lists) */
	L(l_info, LINK_ATTR_LINKINFO, NULL, NLO_HOOK,
	  .nla = IFLA_LINKINFO, .flags = NLO_F_NOBUILD,
	  .hooks = &linkinfo_hooks),
	L(l_ifalias, LINK_ATTR_IFALIAS, "ifalias", NLO_STRING,
	  .nla = IFLA_IFALIAS),
	L(l_num_vf, LINK_ATTR_NUM_VF, "num_vf", NLO_U32, .nla = IFLA_NUM_VF,
	  .flags = NLO_F_NOBUILD),
	L(l_promiscuity, LINK_ATTR_PROMISCUITY, "promiscuity", NLO_U32,
	  .nla = IFLA_PROMISCUITY, .flags = NLO_F_NOBUILD),
	L(l_num_tx_queues, LINK_ATTR_NUM_TX_QUEUES, "num_tx_queues", NLO_U32,
	  .nla = IFLA_NUM_TX_QUEUES),
	L(l_num_rx_queues, LINK_ATTR_NUM_RX_QUEUES, "num_rx_queues", NLO_U32,
	  .nla = IFLA_NUM_RX_QUEUES),
	L(l_group, LINK_ATTR_GROUP, "group", NLO_U32, .nla = IFLA_GROUP),
	L(l_carrier, LINK_ATTR_CARRIER, "carrier", NLO_U8, .nla = IFLA_CARRIER),
	L(l_phys_port_id, LINK_ATTR_PHYS_PORT_ID, "phys_port_id", NLO_DATA,
	  .nla = IFLA_PHYS_PORT_ID, .flags = NLO_F_NOBUILD),
	L(l_ns_fd, LINK_ATTR_NS_FD, "ns_fd", NLO_U32, .nla = IFLA_NET_NS_FD),
	L(l_ns_pid, LINK_ATTR_NS_PID, "ns_pid", NLO_U32, .nla = IFLA_NET_NS_PID),
	L(l_gso_max_segs, LINK_ATTR_GSO_MAX_SEGS, "gso_max_segs", NLO_U32,
	  .nla = IFLA_GSO_MAX_SEGS, .flags = NLO_F_NOBUILD),
	L(l_gso_max_size, LINK_ATTR_GSO_MAX_SIZE, "gso_max_size", NLO_U32,
	  .nla = IFLA_GSO_MAX_SIZE, .flags = NLO_F_NOBUILD),
	L(l_carrier_changes, LINK_ATTR_CARRIER_CHANGES, "carrier_changes",
	  NLO_U32, .nla = IFLA_CARRIER_CHANGES, .flags = NLO_F_NOBUILD),
	L(l_phys_port_name, LINK_ATTR_PHYS_PORT_NAME, "phys_port_name",
	  NLO_CHARS, .nla = IFLA_PHYS_PORT_NAME, .flags = NLO_F_NOBUILD),
	L(l_phys_switch_id, LINK_ATTR_PHYS_SWITCH_ID, "phys_switch_id",
	  NLO_DATA, .nla = IFLA_PHYS_SWITCH_ID, .flags = NLO_F_NOBUILD),
	L(l_link_netnsid, LINK_ATTR_LINK_NETNSID, "link_netnsid", NLO_S32,
	  .nla = IFLA_LINK_NETNSID),
	L(l_perm_addr, LINK_ATTR_PERM_ADDR, "perm_address", NLO_ADDR,
	  .nla = IFLA_PERM_ADDRESS, .family = AF_UNSPEC,
	  .flags = NLO_F_GUESS | NLO_F_NOBUILD),
	/* handled by the per-family operations and the SR-IOV hooks */
	NLO_BIT(LINK_ATTR_PROTINFO, NULL,
		.flags = NLO_F_NOBUILD | NLO_F_NOCMP | NLO_F_NOPARSE),
	NLO_BIT(LINK_ATTR_AF_SPEC, NULL,
		.flags = NLO_F_NOBUILD | NLO_F_NOCMP | NLO_F_NOPARSE),
	NLO_BIT(LINK_ATTR_VF_LIST, "vf_list",
		.flags = NLO_F_NOBUILD | NLO_F_NOCMP | NLO_F_NOPARSE),
};

/* The order in which upstream's requests carry the attributes. */
static const uint16_t link_build_order[] = {
	IFLA_ADDRESS, IFLA_BROADCAST, IFLA_MTU, IFLA_TXQLEN, IFLA_WEIGHT,
	IFLA_IFNAME, IFLA_OPERSTATE, IFLA_CARRIER, IFLA_LINKMODE,
	IFLA_IFALIAS, IFLA_LINK, IFLA_LINK_NETNSID, IFLA_MASTER,
	IFLA_NUM_TX_QUEUES, IFLA_NUM_RX_QUEUES, IFLA_NET_NS_FD,
	IFLA_NET_NS_PID, IFLA_GROUP,
};

static const struct nlo_table link_table =
	NLO_TABLE_ORDERED(struct rtnl_link, ce_mask, link_attrs, IFLA_MAX,
			  link_build_order);

/* What rtnl_link_fill_info() puts: the link's own attributes (a veth
 * peer carries only these). */
#define LINK_INFO_ATTRS                                                        \
	(LINK_ATTR_MTU | LINK_ATTR_LINK | LINK_ATTR_TXQLEN |                   \
	 LINK_ATTR_WEIGHT | LINK_ATTR_MASTER | LINK_ATTR_ADDR |                \
	 LINK_ATTR_BRD | LINK_ATTR_IFNAME | LINK_ATTR_OPERSTATE |              \
	 LINK_ATTR_LINKMODE | LINK_ATTR_IFALIAS | LINK_ATTR_NUM_TX_QUEUES |    \
	 LINK_ATTR_NUM_RX_QUEUES | LINK_ATTR_CARRIER | LINK_ATTR_NS_FD |       \
	 LINK_ATTR_NS_PID | LINK_ATTR_LINK_NETNSID)

/* Attributes a request may carry from the link object. */
#define LINK_REQ_ATTRS (LINK_INFO_ATTRS | LINK_ATTR_GROUP)

/* ------------------------------------------------------------------ */
/* Link kinds                                                           */

static NL_LIST_HEAD(info_ops);

struct rtnl_link_info_ops *rtnl_link_info_ops_lookup(const char *name)
{
	struct rtnl_link_info_ops *ops;

	if (!name)
		return NULL;
	nl_list_for_each_entry(ops, &info_ops, io_list) {
		if (!strcmp(ops->io_name, name)) {
			_nl_ref_inc(&ops->io_refcnt);
			return ops;
		}
	}
	return NULL;
}

void rtnl_link_info_ops_get(struct rtnl_link_info_ops *ops)
{
	if (ops)
		_nl_ref_inc(&ops->io_refcnt);
}

void rtnl_link_info_ops_put(struct rtnl_link_info_ops *ops)
{
	if (ops)
		_nl_ref_dec(&ops->io_refcnt);
}

/**
 * Register a link kind.
 * @return 0, -NLE_INVAL without a name, -NLE_EXIST when a kind of that
 *         name is registered already.
 */
int rtnl_link_register_info(struct rtnl_link_info_ops *ops)
{
	struct rtnl_link_info_ops *o;

	if (!ops || !ops->io_name)
		return -NLE_INVAL;
	o = rtnl_link_info_ops_lookup(ops->io_name);
	if (o) {
		rtnl_link_info_ops_put(o);
		return -NLE_EXIST;
	}
	nl_list_add_tail(&ops->io_list, &info_ops);
	NL_DBG(1, "Registered link info operations %s\n", ops->io_name);
	return 0;
}

/**
 * Unregister a link kind.
 * @return 0, -NLE_OPNOTSUPP when not registered, -NLE_BUSY while links
 *         still use it.
 */
int rtnl_link_unregister_info(struct rtnl_link_info_ops *ops)
{
	struct rtnl_link_info_ops *o;

	nl_list_for_each_entry(o, &info_ops, io_list) {
		if (o == ops) {
			if (_nl_ref_read(&o->io_refcnt) > 0)
				return -NLE_BUSY;
			nl_list_del(&o->io_list);
			return 0;
		}
	}
	return -NLE_OPNOTSUPP;
}

/* ------------------------------------------------------------------ */
/* Per-family link data                                                 */

static struct rtnl_link_af_ops *af_ops[AF_MAX];
_Static_assert(AF_MAX <= 64, "l_af_mask holds a bit per family");

const struct _rtnl_link_vf_hooks *_rtnl_link_vf_hooks;

static struct _nl_pool af_pool = NL_POOL_INIT;

static void __attribute__((destructor)) af_pool_fini(void)
{
	_nl_pool_drain(&af_pool);
}

void *_rtnl_link_af_zalloc(size_t size)
{
	return _nl_pool_zalloc(&af_pool, size);
}

void _rtnl_link_af_release(void *data, size_t size)
{
	_nl_pool_free(&af_pool, data, size);
}

/**
 * Operations of address family family, with a reference taken
 * (rtnl_link_af_ops_put() it), or NULL when none is registered.
 */
struct rtnl_link_af_ops *rtnl_link_af_ops_lookup(const unsigned int family)
{
	if (family >= AF_MAX || !af_ops[family])
		return NULL;
	_nl_ref_inc(&af_ops[family]->ao_refcnt);
	return af_ops[family];
}

/** Drop a reference taken by rtnl_link_af_ops_lookup(). */
void rtnl_link_af_ops_put(struct rtnl_link_af_ops *ops)
{
	if (ops)
		_nl_ref_dec(&ops->ao_refcnt);
}

/**
 * Register the per-family operations ops.
 * @return 0, -NLE_INVAL for a family out of range, -NLE_EXIST when the
 *         family has operations already.
 */
int rtnl_link_af_register(struct rtnl_link_af_ops *ops)
{
	if (!ops || ops->ao_family == AF_UNSPEC || ops->ao_family >= AF_MAX)
		return -NLE_INVAL;
	if (af_ops[ops->ao_family])
		return -NLE_EXIST;
	ops->ao_refcnt = 0;
	af_ops[ops->ao_family] = ops;
	NL_DBG(1, "Registered link address family operations %u\n",
	       ops->ao_family);
	return 0;
}

/**
 * Unregister ops.
 * @return 0, -NLE_OBJ_NOTFOUND when not registered, -NLE_BUSY while in use.
 */
int rtnl_link_af_unregister(struct rtnl_link_af_ops *ops)
{
	if (!ops || ops->ao_family >= AF_MAX || af_ops[ops->ao_family] != ops)
		return -NLE_OBJ_NOTFOUND;
	if (_nl_ref_read(&ops->ao_refcnt) > 0)
		return -NLE_BUSY;
	af_ops[ops->ao_family] = NULL;
	return 0;
}

/**
 * Data of link for the family of ops, allocated (with ao_alloc) when the
 * link has none yet.
 * @return the data (owned by link) or NULL when out of memory / no ops.
 */
void *rtnl_link_af_alloc(struct rtnl_link *link,
			 const struct rtnl_link_af_ops *ops)
{
	unsigned int f;

	if (!link || !ops || ops->ao_family >= AF_MAX || !ops->ao_alloc)
		return NULL;
	f = ops->ao_family;
	if (!link->l_af_data[f]) {
		link->l_af_data[f] = ops->ao_alloc(link);
		if (!link->l_af_data[f])
			return NULL;
		link->l_af_mask |= 1ULL << f;
		/* the data holds a reference on its operations */
		_nl_ref_inc(&af_ops[f]->ao_refcnt);
	}
	return link->l_af_data[f];
}

/** Data of link for the family of ops, or NULL (owned by link). */
void *rtnl_link_af_data(const struct rtnl_link *link,
			const struct rtnl_link_af_ops *ops)
{
	if (!link || !ops || ops->ao_family >= AF_MAX)
		return NULL;
	return link->l_af_data[ops->ao_family];
}

/**
 * Compare the data of family in a and b.
 * @return 0 when equal, nonzero when they differ (or one lacks data, or
 *         the family has no comparison).
 */
int rtnl_link_af_data_compare(struct rtnl_link *a, struct rtnl_link *b,
			      int family)
{
	struct rtnl_link_af_ops *ops;
	int r;

	if (family < 0 || family >= AF_MAX)
		return ~0;
	if (!a->l_af_data[family] && !b->l_af_data[family])
		return 0;
	if (!a->l_af_data[family] || !b->l_af_data[family])
		return ~0;
	ops = rtnl_link_af_ops_lookup((unsigned int)family);
	if (!ops)
		return ~0;
	r = ops->ao_compare ? ops->ao_compare(a, b, family, ~0U, 0) : ~0;
	rtnl_link_af_ops_put(ops);
	return r;
}

/* The families with data in mask, in ascending order. */
#define for_each_af(f, mask, m)                                                \
	for ((m) = (mask); (m) && ((f) = (unsigned int)__builtin_ctzll(m), 1); \
	     (m) &= (m) - 1)

static void af_free_all(struct rtnl_link *link)
{
	unsigned int f;
	uint64_t m;

	for_each_af(f, link->l_af_mask, m) {
		struct rtnl_link_af_ops *ops = af_ops[f];

		if (ops && ops->ao_free)
			ops->ao_free(link, link->l_af_data[f]);
		else
			free(link->l_af_data[f]);
		link->l_af_data[f] = NULL;
		rtnl_link_af_ops_put(ops);
	}
	link->l_af_mask = 0;
	rtnl_link_af_ops_put(link->l_af_ops);
	link->l_af_ops = NULL;
}

/* dst is a byte copy of src: give it its own per-family data. */
static int af_clone_all(struct rtnl_link *dst, struct rtnl_link *src)
{
	unsigned int f;
	uint64_t m;
	int err = 0;

	if (dst->l_af_ops)
		_nl_ref_inc(&dst->l_af_ops->ao_refcnt);
	dst->l_af_mask = 0;
	for_each_af(f, src->l_af_mask, m) {
		struct rtnl_link_af_ops *ops = af_ops[f];

		dst->l_af_data[f] = NULL;
		if (!ops || !ops->ao_clone) {
			err = -NLE_OPNOTSUPP;
			continue;
		}
		dst->l_af_data[f] = ops->ao_clone(dst, src->l_af_data[f]);
		if (!dst->l_af_data[f]) {
			err = -NLE_NOMEM;
			continue;
		}
		dst->l_af_mask |= 1ULL << f;
		_nl_ref_inc(&ops->ao_refcnt);
	}
	return err;
}

static int af_differ_all(struct rtnl_link *a, struct rtnl_link *b, int flags)
{
	unsigned int f;
	uint64_t m;

	if (a->l_af_mask != b->l_af_mask)
		return 1;
	for_each_af(f, a->l_af_mask, m) {
		struct rtnl_link_af_ops *ops = af_ops[f];

		if (ops && ops->ao_compare &&
		    ops->ao_compare(a, b, (int)f, ~0U, flags))
			return 1;
	}
	return 0;
}

static void af_dump_all(struct rtnl_link *link, struct nl_dump_params *p,
			enum nl_dump_type t)
{
	unsigned int f;
	uint64_t m;

	for_each_af(f, link->l_af_mask, m) {
		struct rtnl_link_af_ops *ops = af_ops[f];

		if (ops && ops->ao_dump[t])
			ops->ao_dump[t](link, p, link->l_af_data[f]);
	}
}

/* IFLA_PROTINFO and IFLA_AF_SPEC of a received message. */
static int af_parse(struct rtnl_link *link, struct nlattr *protinfo,
		    struct nlattr *af_spec, unsigned int msg_family)
{
	struct rtnl_link_af_ops *own = NULL;
	int err;

	if (link->l_family < AF_MAX && af_ops[link->l_family]) {
		own = rtnl_link_af_ops_lookup(link->l_family);
		rtnl_link_af_ops_put(link->l_af_ops);
		link->l_af_ops = own;
		if (!rtnl_link_af_alloc(link, own))
			return -NLE_NOMEM;
	}

	if (protinfo && own && own->ao_parse_protinfo) {
		err = own->ao_parse_protinfo(link, protinfo,
					     link->l_af_data[own->ao_family]);
		if (err < 0)
			return err;
		link->ce_mask |= LINK_ATTR_PROTINFO;
	}

	if (!af_spec)
		return 0;
	if (own && own->ao_parse_af_full && msg_family == own->ao_family) {
		err = own->ao_parse_af_full(link, af_spec,
					    link->l_af_data[own->ao_family]);
		if (err < 0)
			return err;
		link->ce_mask |= LINK_ATTR_AF_SPEC;
		return 0;
	}
	{
		const struct nlattr *nla;
		int rem;

		nlo_for_each_attr(nla, _nla_data(af_spec), _nla_len(af_spec),
				  rem) {
			unsigned int f = nla->nla_type & NLA_TYPE_MASK;
			struct rtnl_link_af_ops *ops;
			void *data;

			if (f >= AF_MAX || !af_ops[f] ||
			    !af_ops[f]->ao_parse_af)
				continue;
			ops = af_ops[f];
			if (!(data = rtnl_link_af_alloc(link, ops)))
				return -NLE_NOMEM;
			err = ops->ao_parse_af(link, (struct nlattr *)nla, data);
			if (err < 0)
				return err;
		}
		link->ce_mask |= LINK_ATTR_AF_SPEC;
	}
	return 0;
}

/* Nothing was put into nest (nla_len() is only valid after its end). */
static int nest_empty(struct nl_msg *msg, struct nlattr *nest)
{
	return (void *)nlmsg_tail(nlmsg_hdr(msg)) == nla_data(nest);
}

/* IFLA_PROTINFO and IFLA_AF_SPEC of a request, from link's family data. */
static int af_fill(struct nl_msg *msg, struct rtnl_link *link)
{
	struct nlattr *spec = NULL;
	unsigned int f;
	int err;

	for (f = 0; f < AF_MAX; f++) {
		struct rtnl_link_af_ops *ops = af_ops[f];
		void *data = link->l_af_data[f];
		struct nlattr *nest;

		if (!data || !ops || !ops->ao_fill_pi ||
		    (unsigned int)link->l_family != f)
			continue;
		nest = nla_nest_start(msg, IFLA_PROTINFO | ops->ao_fill_pi_flags);
		if (!nest)
			return -NLE_MSGSIZE;
		if ((err = ops->ao_fill_pi(link, msg, data)) < 0)
			return err;
		if (nest_empty(msg, nest))
			nla_nest_cancel(msg, nest);
		else
			nla_nest_end(msg, nest);
	}

	for (f = 0; f < AF_MAX; f++) {
		struct rtnl_link_af_ops *ops = af_ops[f];
		void *data = link->l_af_data[f];

		if (!data || !ops || (!ops->ao_fill_af && !ops->ao_fill_af_no_nest))
			continue;
		if (!spec && !(spec = nla_nest_start(msg, IFLA_AF_SPEC)))
			return -NLE_MSGSIZE;
		if (ops->ao_fill_af_no_nest) {
			if ((err = ops->ao_fill_af_no_nest(link, msg, data)) < 0)
				return err;
		} else {
			struct nlattr *nest = nla_nest_start(msg, (int)f);

			if (!nest)
				return -NLE_MSGSIZE;
			if ((err = ops->ao_fill_af(link, msg, data)) < 0)
				return err;
			if (nest_empty(msg, nest))
				nla_nest_cancel(msg, nest);
			else
				nla_nest_end(msg, nest);
		}
	}
	if (spec) {
		/* an empty IFLA_AF_SPEC is of no use to the kernel */
		if (nest_empty(msg, spec))
			nla_nest_cancel(msg, spec);
		else
			nla_nest_end(msg, spec);
	}
	return 0;
}

/*
 * Kind data the generic code allocates (kinds without io_alloc) comes from
 * the pool of per-family data, zeroed; a kind's own io_free may still
 * free() it.  Short kind names are kept in the link.
 */
static void *kind_data_alloc(const struct rtnl_link_info_ops *io)
{
	return io->io_alloc ? calloc(1, io->io_size) :
			      _rtnl_link_af_zalloc(io->io_size);
}

static void kind_data_free(const struct rtnl_link_info_ops *io, void *data)
{
	if (io->io_alloc || !io->io_size)
		free(data);
	else
		_rtnl_link_af_release(data, io->io_size);
}

/* A copy of kind for link's l_info_kind (which must not hold l_kind_buf
 * then): in the link when it fits, else strdup()ed. */
static char *kind_name_dup(struct rtnl_link *link, const char *kind)
{
	size_t n = strlen(kind);

	if (n >= sizeof(link->l_kind_buf) ||
	    link->l_info_kind == link->l_kind_buf)
		return strdup(kind);
	memcpy(link->l_kind_buf, kind, n + 1);
	return link->l_kind_buf;
}

static void kind_name_free(struct rtnl_link *link, char *name)
{
	if (name != link->l_kind_buf)
		free(name);
}

/* Release the kind data and the reference on the kind. */
static void release_info(struct rtnl_link *link)
{
	struct rtnl_link_info_ops *io = link->l_info_ops;

	if (!io)
		return;
	if (io->io_free)
		io->io_free(link);
	else if (io->io_table && link->l_info)
		nlo_free(link->l_info, io->io_table);
	if (!io->io_free || io->io_table)
		kind_data_free(io, link->l_info);
	link->l_info = NULL;
	rtnl_link_info_ops_put(io);
	link->l_info_ops = NULL;
}

/* Give link the kind io (a reference is taken) with fresh data. */
static int attach_info(struct rtnl_link *link, struct rtnl_link_info_ops *io)
{
	int err = 0;

	rtnl_link_info_ops_get(io);
	link->l_info_ops = io;
	if (io->io_alloc)
		err = io->io_alloc(link);
	else if (io->io_size) {
		link->l_info = kind_data_alloc(io);
		if (!link->l_info)
			err = -NLE_NOMEM;
	}
	if (err < 0)
		release_info(link);
	return err;
}

static int set_kind(struct rtnl_link *link, const char *kind)
{
	struct rtnl_link_info_ops *io;
	char *k = NULL;
	int err = 0;

	if (kind && !(k = kind_name_dup(link, kind)))
		return -NLE_NOMEM;
	release_info(link);
	kind_name_free(link, link->l_info_kind);
	link->l_info_kind = k;
	if (!k) {
		link->ce_mask &= ~LINK_ATTR_LINKINFO;
		return 0;
	}
	link->ce_mask |= LINK_ATTR_LINKINFO;
	io = rtnl_link_info_ops_lookup(k);
	if (io) {
		err = attach_info(link, io);
		rtnl_link_info_ops_put(io);
	}
	return err;
}

/* The attributes nested in IFLA_LINKINFO into li[], checked as
 * nla_parse_nested() does with NLA_STRING kinds and NLA_NESTED data. */
static int linkinfo_split(const struct nlattr *nla,
			  struct nlattr *li[IFLA_INFO_MAX + 1])
{
	const struct nlattr *a;
	int rem;

	memset(li, 0, sizeof(*li) * (IFLA_INFO_MAX + 1));
	nlo_for_each_attr(a, _nla_data(nla), _nla_len(nla), rem) {
		unsigned int type = a->nla_type & NLA_TYPE_MASK;
		int len = _nla_len(a);

		if (type > IFLA_INFO_MAX)
			continue;
		if (type == IFLA_INFO_KIND || type == IFLA_INFO_SLAVE_KIND) {
			if (len < 1)
				return -NLE_RANGE;
			if (((const char *)_nla_data(a))[len - 1] != '\0')
				return -NLE_INVAL;
		}
		li[type] = (struct nlattr *)a;
	}
	return 0;
}

static int parse_linkinfo(void *base, const struct nlattr *nla)
{
	struct rtnl_link *link = base;
	struct nlattr *li[IFLA_INFO_MAX + 1];
	int err;

	err = linkinfo_split(nla, li);
	if (err < 0)
		return err;

	if (li[IFLA_INFO_SLAVE_KIND]) {
		char *s = strndup(_nla_data(li[IFLA_INFO_SLAVE_KIND]),
				  (size_t)_nla_len(li[IFLA_INFO_SLAVE_KIND]));

		if (!s)
			return -NLE_NOMEM;
		free(link->l_info_slave_kind);
		link->l_info_slave_kind = s;
		link->ce_mask |= LINK_ATTR_SLAVE_TYPE;
	}
	if (!li[IFLA_INFO_KIND])
		return 0;
	{
		char kind[64];

		nla_strlcpy(kind, li[IFLA_INFO_KIND], sizeof(kind));
		err = set_kind(link, kind);
		if (err < 0)
			return err;
	}
	return rtnl_link_info_parse(link, li);
}

/**
 * Parse the attributes nested in IFLA_LINKINFO (li[IFLA_INFO_*]) with the
 * link's kind operations.
 * @return 0 (also when the link has no known kind) or a negative NLE_*.
 */
int rtnl_link_info_parse(struct rtnl_link *link, struct nlattr **li)
{
	struct rtnl_link_info_ops *io = link->l_info_ops;

	if (!io)
		return 0;
	if (io->io_parse)
		return io->io_parse(link, li[IFLA_INFO_DATA],
				    li[IFLA_INFO_XSTATS]);
	if (io->io_table && li[IFLA_INFO_DATA] && link->l_info)
		return nlo_parse_attrs(link->l_info, io->io_table,
				       _nla_data(li[IFLA_INFO_DATA]),
				       _nla_len(li[IFLA_INFO_DATA]), NULL);
	return 0;
}

static int kind_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_link *x = a, *y = b;
	const struct rtnl_link_info_ops *io = x->l_info_ops;

	if ((x->l_info_kind == NULL) != (y->l_info_kind == NULL))
		return 1;
	if (x->l_info_kind && strcmp(x->l_info_kind, y->l_info_kind))
		return 1;
	if (!io || io != y->l_info_ops)
		return 0;
	if (io->io_compare)
		return io->io_compare((struct rtnl_link *)x,
				      (struct rtnl_link *)y, flags);
	/* a filter (y, loose) names only the kind data it wants matched */
	if (io->io_table && x->l_info && y->l_info)
		return nlo_compare(x->l_info, y->l_info, io->io_table,
				   (flags & LOOSE_COMPARISON) ?
				   nlo_mask_get(y->l_info, io->io_table) : ~0ULL,
				   flags) != 0;
	return 0;
}

/* dst is a byte copy of src: give it its own kind name and kind data. */
static int kind_clone(void *d, const void *s)
{
	struct rtnl_link *dst = d;
	const struct rtnl_link *src = s;
	struct rtnl_link_info_ops *io = src->l_info_ops;
	int err = 0;

	dst->l_info_kind = NULL;
	dst->l_info_slave_kind = NULL;
	dst->l_info_ops = NULL;
	dst->l_info = NULL;

	if (src->l_info_slave_kind &&
	    !(dst->l_info_slave_kind = strdup(src->l_info_slave_kind)))
		return -NLE_NOMEM;
	if (src->l_info_kind &&
	    !(dst->l_info_kind = kind_name_dup(dst, src->l_info_kind)))
		return -NLE_NOMEM;
	if (!io)
		return 0;

	rtnl_link_info_ops_get(io);
	dst->l_info_ops = io;
	if (io->io_clone)
		return io->io_clone(dst, (struct rtnl_link *)src);
	if (io->io_size && src->l_info) {
		dst->l_info = kind_data_alloc(io);
		if (!dst->l_info)
			return -NLE_NOMEM;
		memcpy(dst->l_info, src->l_info, io->io_size);
		if (io->io_table)
			err = nlo_clone(dst->l_info, src->l_info, io->io_table);
	}
	return err;
}

static void kind_free(void *base)
{
	struct rtnl_link *link = base;

	release_info(link);
	kind_name_free(link, link->l_info_kind);
	link->l_info_kind = NULL;
	free(link->l_info_slave_kind);
	link->l_info_slave_kind = NULL;
}

static int put_linkinfo(struct nl_msg *msg, struct rtnl_link *link)
{
	struct rtnl_link_info_ops *io = link->l_info_ops;
	struct nlattr *info, *data;
	int err;

	if (!link->l_info_kind && !link->l_info_slave_kind)
		return 0;
	if (!(info = nla_nest_start(msg, IFLA_LINKINFO)))
		return -NLE_MSGSIZE;
	if (link->l_info_kind &&
	    (err = nla_put_string(msg, IFLA_INFO_KIND, link->l_info_kind)) < 0)
		return err;
	if (io && io->io_put_attrs) {
		if ((err = io->io_put_attrs(msg, link)) < 0)
			return err;
	} else if (io && io->io_table && link->l_info) {
		if (!(data = nla_nest_start(msg, IFLA_INFO_DATA)))
			return -NLE_MSGSIZE;
		err = nlo_build(msg, link->l_info, io->io_table, ~0ULL);
		if (err < 0)
			return err;
		nla_nest_end(msg, data);
	}
	if (link->l_info_slave_kind &&
	    (err = nla_put_string(msg, IFLA_INFO_SLAVE_KIND,
				  link->l_info_slave_kind)) < 0)
		return err;
	nla_nest_end(msg, info);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

/*
 * The first IFLA_ADDRESS and IFLA_BROADCAST parsed go into storage inside
 * the link (embedded addresses as route_obj.c's: a reference to one is a
 * reference to the link, and the link never counts its own).  An address
 * parsed again, or a longer one, is allocated as before, so that whoever
 * holds the first keeps what it saw.
 */
static int parse_own_addr(struct rtnl_link *link, const struct nlo_attr *a,
			  const struct nlattr *nla, unsigned int i)
{
	struct nl_addr **slot = nlo_ptr(link, a);
	struct nl_addr *addr;

	addr = _nl_addr_store(link, &link->l_own_addr[i].a, LINK_OWN_ADDR_MAX,
			      a->family, _nla_data(nla),
			      (unsigned int)_nla_len(nla));
	if (!addr)
		return -NLE_NOMEM;
	_nl_addr_guess_set_family(addr);	/* as NLO_F_GUESS */
	_nl_addr_put_for(link, *slot);
	*slot = addr;
	return 0;
}

/* The entries of link_table that own memory, all that freeing a link
 * walks (link_entry_init(); the whole table when they do not fit). */
static struct nlo_attr link_owning[12];
static struct nlo_table link_owning_table =
	NLO_TABLE(struct rtnl_link, ce_mask, link_attrs, IFLA_MAX);

static void link_free_data(struct nl_object *obj)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;

	if (_nl_addr_in(link, link->l_addr))
		link->l_addr = NULL;
	if (_nl_addr_in(link, link->l_bcast))
		link->l_bcast = NULL;
	nlo_free(obj, &link_owning_table);
	af_free_all(link);
	if (_rtnl_link_vf_hooks && link->l_vf_list)
		_rtnl_link_vf_hooks->free(link);
	link->l_vf_list = NULL;
}

static int link_clone(struct nl_object *dst, struct nl_object *src)
{
	struct rtnl_link *d = (struct rtnl_link *)dst;
	struct rtnl_link *s = (struct rtnl_link *)src;
	int err, err2, err3 = 0;

	/* the per-family data and the VF list are not in the table: take
	 * them away from the byte copy first so every path can free */
	err = nlo_clone(dst, src, &link_table);
	err2 = af_clone_all(d, s);
	d->l_vf_list = NULL;
	if (s->l_vf_list && _rtnl_link_vf_hooks)
		err3 = _rtnl_link_vf_hooks->clone(d, s);
	if (err < 0)
		return err;
	return err2 < 0 ? err2 : err3;
}

static uint64_t link_compare(struct nl_object *a, struct nl_object *b,
			     uint64_t attrs, int flags)
{
	struct rtnl_link *x = (struct rtnl_link *)a;
	struct rtnl_link *y = (struct rtnl_link *)b;
	uint64_t diff = nlo_compare(a, b, &link_table, attrs, flags);

	if ((attrs & (LINK_ATTR_AF_SPEC | LINK_ATTR_PROTINFO)) &&
	    af_differ_all(x, y, flags))
		diff |= attrs & (LINK_ATTR_AF_SPEC | LINK_ATTR_PROTINFO);
	if ((attrs & LINK_ATTR_VF_LIST) && _rtnl_link_vf_hooks &&
	    (x->l_vf_list || y->l_vf_list) &&
	    _rtnl_link_vf_hooks->differ(x, y))
		diff |= LINK_ATTR_VF_LIST;
	return diff;
}

static char *link_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&link_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

static void link_keygen(struct nl_object *obj, uint32_t *hashkey,
			uint32_t table_sz)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	struct {
		uint32_t index;
		uint32_t family;
	} key = { (uint32_t)link->l_index, link->l_family };

	*hashkey = nl_hash(&key, sizeof(key), 0) % table_sz;
}

/* Name of link ifindex for dumps: from the cache the object lives in, or
 * the registered link cache; the number when there is no cache. */
static const char *link_name_of(struct rtnl_link *link, int ifindex,
				char *buf, size_t len)
{
	struct nl_cache *cache = link->ce_cache;
	int own = 0;
	const char *r;

	if (!cache || cache->c_ops != &link_cache_ops) {
		cache = nl_cache_mngt_require_safe("route/link");
		own = 1;
	}
	if (!cache) {
		snprintf(buf, len, "%d", ifindex);
		return buf;
	}
	r = rtnl_link_i2name(cache, ifindex, buf, len);
	if (own)
		nl_cache_put(cache);
	return r ? r : "NONE";
}

static void link_dump_kind(struct rtnl_link *link, struct nl_dump_params *p,
			   enum nl_dump_type t)
{
	if (link->l_info_ops && link->l_info_ops->io_dump[t])
		link->l_info_ops->io_dump[t](link, p);
}

static void link_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	char buf[128];

	if (link->l_family != AF_UNSPEC)
		nl_dump_line(p, "%s ", nl_af2str(link->l_family, buf,
						 sizeof(buf)));
	nl_dump_line(p, "%s %s ", link->l_name,
		     nl_llproto2str(link->l_arptype, buf, sizeof(buf)));
	if (link->l_addr && !nl_addr_iszero(link->l_addr))
		nl_dump(p, "%s ", nl_addr2str(link->l_addr, buf, sizeof(buf)));
	if (link->ce_mask & LINK_ATTR_MASTER)
		nl_dump(p, "master %s ",
			link_name_of(link, link->l_master, buf, sizeof(buf)));
	rtnl_link_flags2str(link->l_flags, buf, sizeof(buf));
	if (buf[0])
		nl_dump(p, "<%s> ", buf);
	if (link->ce_mask & LINK_ATTR_LINK)
		nl_dump(p, "slave-of %s ",
			link_name_of(link, link->l_link, buf, sizeof(buf)));
	if (link->ce_mask & LINK_ATTR_GROUP)
		nl_dump(p, "group %u ", link->l_group);
	link_dump_kind(link, p, NL_DUMP_LINE);
	af_dump_all(link, p, NL_DUMP_LINE);
	nl_dump(p, "\n");
}

static void link_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	char buf[64];

	link_dump_line(obj, p);

	nl_dump_line(p, "    mtu %u txqlen %u weight %u ", link->l_mtu,
		     link->l_txqlen, link->l_weight);
	if (link->ce_mask & LINK_ATTR_QDISC)
		nl_dump(p, "qdisc %s ", link->l_qdisc);
	if ((link->ce_mask & LINK_ATTR_MAP) && link->l_map.irq)
		nl_dump(p, "irq %u ", link->l_map.irq);
	if (link->ce_mask & LINK_ATTR_IFINDEX)
		nl_dump(p, "index %u ", link->l_index);
	if (link->ce_mask & LINK_ATTR_PROMISCUITY && link->l_promiscuity > 0)
		nl_dump(p, "promisc-mode (%u users) ", link->l_promiscuity);
	nl_dump(p, "\n");

	if (link->ce_mask & LINK_ATTR_IFALIAS)
		nl_dump_line(p, "    alias %s\n", link->l_ifalias);

	nl_dump_line(p, "    ");
	if (link->ce_mask & LINK_ATTR_NUM_TX_QUEUES)
		nl_dump(p, "txq %u ", link->l_num_tx_queues);
	if (link->ce_mask & LINK_ATTR_NUM_RX_QUEUES)
		nl_dump(p, "rxq %u ", link->l_num_rx_queues);
	if (link->ce_mask & LINK_ATTR_BRD)
		nl_dump(p, "brd %s ", nl_addr2str(link->l_bcast, buf,
						  sizeof(buf)));
	if ((link->ce_mask & LINK_ATTR_OPERSTATE) &&
	    link->l_operstate != IF_OPER_UNKNOWN)
		nl_dump(p, "state %s ", rtnl_link_operstate2str(
				link->l_operstate, buf, sizeof(buf)));
	if (link->ce_mask & LINK_ATTR_NUM_VF)
		nl_dump(p, "num-vf %u ", link->l_num_vf);
	nl_dump(p, "mode %s ",
		rtnl_link_mode2str(link->l_linkmode, buf, sizeof(buf)));
	nl_dump(p, "carrier %s",
		rtnl_link_carrier2str(link->l_carrier, buf, sizeof(buf)));
	if (link->ce_mask & LINK_ATTR_CARRIER_CHANGES)
		nl_dump(p, " carrier-changes %u", link->l_carrier_changes);
	nl_dump(p, "\n");

	link_dump_kind(link, p, NL_DUMP_DETAILS);
	af_dump_all(link, p, NL_DUMP_DETAILS);
	if (_rtnl_link_vf_hooks && link->l_vf_list)
		_rtnl_link_vf_hooks->dump(link, p, NL_DUMP_DETAILS);
}

static void link_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_link *link = (struct rtnl_link *)obj;
	const uint64_t *s = link->l_stats;
	char *unit, fmt[32];
	double v;

	link_dump_details(obj, p);

	nl_dump_line(p, "    Stats:    bytes    packets     errors "
			"   dropped   fifo-err compressed\n");
	v = nl_cancel_down_bytes(s[RTNL_LINK_RX_BYTES], &unit);
	snprintf(fmt, sizeof(fmt), "%.2f %s", v, unit);
	nl_dump_line(p, "     RX %11s %10" PRIu64 " %10" PRIu64 " %10" PRIu64
			" %10" PRIu64 " %10" PRIu64 "\n", fmt,
		     s[RTNL_LINK_RX_PACKETS], s[RTNL_LINK_RX_ERRORS],
		     s[RTNL_LINK_RX_DROPPED], s[RTNL_LINK_RX_FIFO_ERR],
		     s[RTNL_LINK_RX_COMPRESSED]);
	v = nl_cancel_down_bytes(s[RTNL_LINK_TX_BYTES], &unit);
	snprintf(fmt, sizeof(fmt), "%.2f %s", v, unit);
	nl_dump_line(p, "     TX %11s %10" PRIu64 " %10" PRIu64 " %10" PRIu64
			" %10" PRIu64 " %10" PRIu64 "\n", fmt,
		     s[RTNL_LINK_TX_PACKETS], s[RTNL_LINK_TX_ERRORS],
		     s[RTNL_LINK_TX_DROPPED], s[RTNL_LINK_TX_FIFO_ERR],
		     s[RTNL_LINK_TX_COMPRESSED]);
	nl_dump_line(p, "    Errors:  length       over        crc "
			"     frame     missed  multicast\n");
	nl_dump_line(p, "     RX  %10" PRIu64 " %10" PRIu64 " %10" PRIu64
			" %10" PRIu64 " %10" PRIu64 " %10" PRIu64 "\n",
		     s[RTNL_LINK_RX_LEN_ERR], s[RTNL_LINK_RX_OVER_ERR],
		     s[RTNL_LINK_RX_CRC_ERR], s[RTNL_LINK_RX_FRAME_ERR],
		     s[RTNL_LINK_RX_MISSED_ERR], s[RTNL_LINK_MULTICAST]);
	nl_dump_line(p, "            aborted    carrier  heartbeat "
			"    window  collision\n");
	nl_dump_line(p, "     TX  %10" PRIu64 " %10" PRIu64 " %10" PRIu64
			" %10" PRIu64 " %10" PRIu64 "\n",
		     s[RTNL_LINK_TX_ABORT_ERR], s[RTNL_LINK_TX_CARRIER_ERR],
		     s[RTNL_LINK_TX_HBEAT_ERR], s[RTNL_LINK_TX_WIN_ERR],
		     s[RTNL_LINK_COLLISIONS]);

	link_dump_kind(link, p, NL_DUMP_STATS);
	af_dump_all(link, p, NL_DUMP_STATS);
	if (_rtnl_link_vf_hooks && link->l_vf_list)
		_rtnl_link_vf_hooks->dump(link, p, NL_DUMP_STATS);
}

struct nl_object_ops link_obj_ops = {
	.oo_name = "route/link",
	.oo_size = sizeof(struct rtnl_link),
	.oo_pooled = 1,
	.oo_free_data = link_free_data,
	.oo_clone = link_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = link_dump_line,
		[NL_DUMP_DETAILS] = link_dump_details,
		[NL_DUMP_STATS] = link_dump_stats,
	},
	.oo_compare = link_compare,
	.oo_keygen = link_keygen,
	.oo_attrs2str = link_attrs2str,
	.oo_id_attrs = LINK_ATTR_IFINDEX | LINK_ATTR_FAMILY,
	/* kept by digest only: the comparison leaves out more than the
	 * statistics (the IPv6 cache information and counters of the
	 * family data, some link kinds' values); the statistics a kept link
	 * takes from the table's entries */
	.oo_digest = 1,
	.oo_volatile = &link_table,
	.oo_volatile_parse = nlo_parse_one,
};

/* ------------------------------------------------------------------ */
/* Parsing and building messages                                        */

/* Exported as upstream: the policy of IFLA_* attributes. */
struct nla_policy rtln_link_policy[IFLA_MAX + 1] = {
	[IFLA_IFNAME] = { .type = NLA_STRING, .maxlen = IFNAMSIZ },
	[IFLA_MTU] = { .type = NLA_U32 },
	[IFLA_TXQLEN] = { .type = NLA_U32 },
	[IFLA_LINK] = { .type = NLA_U32 },
	[IFLA_WEIGHT] = { .type = NLA_U32 },
	[IFLA_MASTER] = { .type = NLA_U32 },
	[IFLA_OPERSTATE] = { .type = NLA_U8 },
	[IFLA_LINKMODE] = { .type = NLA_U8 },
	[IFLA_LINKINFO] = { .type = NLA_NESTED },
	[IFLA_QDISC] = { .type = NLA_STRING, .maxlen = IFQDISCSIZ },
	[IFLA_STATS] = { .minlen = sizeof(struct rtnl_link_stats) },
	[IFLA_STATS64] = { .minlen = sizeof(struct rtnl_link_stats64) },
	[IFLA_MAP] = { .minlen = sizeof(struct rtnl_link_ifmap) },
	[IFLA_IFALIAS] = { .type = NLA_STRING, .maxlen = IFALIASZ },
	[IFLA_NUM_VF] = { .type = NLA_U32 },
	[IFLA_VFINFO_LIST] = { .type = NLA_NESTED },
	[IFLA_AF_SPEC] = { .type = NLA_NESTED },
	[IFLA_PROMISCUITY] = { .type = NLA_U32 },
	[IFLA_NUM_TX_QUEUES] = { .type = NLA_U32 },
	[IFLA_NUM_RX_QUEUES] = { .type = NLA_U32 },
	[IFLA_GSO_MAX_SEGS] = { .type = NLA_U32 },
	[IFLA_GSO_MAX_SIZE] = { .type = NLA_U32 },
	[IFLA_GROUP] = { .type = NLA_U32 },
	[IFLA_CARRIER] = { .type = NLA_U8 },
	[IFLA_CARRIER_CHANGES] = { .type = NLA_U32 },
	[IFLA_PHYS_PORT_ID] = { .type = NLA_UNSPEC },
	[IFLA_PHYS_PORT_NAME] = { .type = NLA_STRING, .maxlen = IFNAMSIZ },
	[IFLA_PHYS_SWITCH_ID] = { .type = NLA_UNSPEC },
	[IFLA_NET_NS_PID] = { .type = NLA_U32 },
	[IFLA_NET_NS_FD] = { .type = NLA_U32 },
	[IFLA_LINK_NETNSID] = { .type = NLA_S32 },
};

/* What link_parse_attrs() does with each IFLA_* id. */
enum link_act {
	LA_SKIP,		/* nothing of link_attrs, ignored */
	LA_PROTINFO,		/* kept for af_parse() */
	LA_AF_SPEC,
	LA_VFINFO,
	LA_STATS32,		/* parsed at the end unless IFLA_STATS64 came */
	LA_U32,			/* 32 bits copied, no hooks */
	LA_U8,
	LA_ADDR,		/* IFLA_ADDRESS, IFLA_BROADCAST */
	LA_ENTRY,		/* nlo_parse_one() */
};

/* Per IFLA_* id: its action and its entry of link_attrs (plus one). */
static struct {
	uint8_t act;
	uint8_t entry;
} link_act[IFLA_MAX + 1];

static void __attribute__((constructor)) link_entry_init(void)
{
	unsigned int i, n = 0;

	link_act[IFLA_PROTINFO].act = LA_PROTINFO;
	link_act[IFLA_AF_SPEC].act = LA_AF_SPEC;
	link_act[IFLA_VFINFO_LIST].act = LA_VFINFO;
	for (i = 0; i < ARRAY_SIZE(link_attrs); i++) {
		const struct nlo_attr *a = &link_attrs[i];

		if (a->nla && a->nla <= IFLA_MAX &&
		    !(a->flags & (NLO_F_HDR | NLO_F_NOPARSE))) {
			unsigned int t = a->nla;

			link_act[t].entry = (uint8_t)(i + 1);
			if (t == IFLA_STATS)
				link_act[t].act = LA_STATS32;
			else if (t == IFLA_ADDRESS || t == IFLA_BROADCAST)
				link_act[t].act = LA_ADDR;
			else if (a->hooks)
				link_act[t].act = LA_ENTRY;
			else if (a->type == NLO_U32 || a->type == NLO_S32)
				link_act[t].act = LA_U32;
			else if (a->type == NLO_U8)
				link_act[t].act = LA_U8;
			else
				link_act[t].act = LA_ENTRY;
		}
		if ((a->hooks && a->hooks->free) || a->type == NLO_STRING ||
		    a->type == NLO_ADDR || a->type == NLO_DATA) {
			if (n < ARRAY_SIZE(link_owning))
				link_owning[n] = *a;
			n++;
		}
	}
	if (n <= ARRAY_SIZE(link_owning)) {
		link_owning_table.attrs = link_owning;
		link_owning_table.n = n;
	}
}

/* What the per-family data and the VF list are parsed from. */
struct link_nested {
	const struct nlattr *protinfo;
	const struct nlattr *af_spec;
	const struct nlattr *vfinfo;
};

/*
 * The attributes of a link message in one walk, each stored as link_table
 * says (nlo_parse_one(); the integers and names, most of a message, right
 * here with the same length checks).  As with nla_parse() and nlo_parse(),
 * the last of repeated attributes counts, ids beyond IFLA_MAX are
 * ignored, and IFLA_STATS64 wins over IFLA_STATS wherever each lies.
 */
static int link_parse_attrs(struct rtnl_link *link, struct nlmsghdr *n,
			    struct link_nested *nest)
{
	const size_t hdr = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(struct ifinfomsg));
	const struct nlattr *stats32 = NULL;
	const char *p = (const char *)n + hdr;
	const char *end = (const char *)n + n->nlmsg_len;
	bool stats64 = false;
	uint64_t mask = 0;
	unsigned int type = 0;
	int err = 0;

	while (end - p >= NLA_HDRLEN) {
		const struct nlattr *nla = (const struct nlattr *)p;
		unsigned int len = nla->nla_len;
		const struct nlo_attr *a;

		if (len < NLA_HDRLEN || (long)len > end - p)
			break;
		type = nla->nla_type & NLA_TYPE_MASK;
		p += NLA_ALIGN(len);
		if (type > IFLA_MAX)
			continue;
		switch (link_act[type].act) {
		case LA_SKIP:
			continue;
		case LA_PROTINFO:
			nest->protinfo = nla;
			continue;
		case LA_AF_SPEC:
			nest->af_spec = nla;
			continue;
		case LA_VFINFO:
			nest->vfinfo = nla;
			continue;
		case LA_STATS32:
			stats32 = nla;
			continue;
		default:
			break;
		}
		a = &link_attrs[link_act[type].entry - 1];
		switch (link_act[type].act) {
		case LA_U32:
			if (len < NLA_HDRLEN + 4) {
				err = -NLE_RANGE;
				goto failed;
			}
			memcpy(nlo_ptr(link, a), _nla_data(nla), 4);
			break;
		case LA_U8:
			if (len < NLA_HDRLEN + 1) {
				err = -NLE_RANGE;
				goto failed;
			}
			*(uint8_t *)nlo_ptr(link, a) =
				*(const uint8_t *)_nla_data(nla);
			break;
		case LA_ADDR:
			err = parse_own_addr(link, a, nla,
					     type == IFLA_BROADCAST);
			if (err < 0)
				goto failed;
			break;
		default:
			stats64 |= type == IFLA_STATS64;
			err = nlo_parse_one(link, a, nla);
			if (err < 0)
				goto failed;
			break;
		}
		mask |= a->mask;
	}
	if (stats32 && !stats64) {
		type = IFLA_STATS;
		err = nlo_parse_one(link, &link_attrs[link_act[type].entry - 1],
				    stats32);
		if (err < 0)
			goto failed;
		mask |= LINK_ATTR_STATS;
	}
	link->ce_mask |= mask;
	return 0;
failed:
	link->ce_mask |= mask;
	NL_DBG(1, "link attribute %u: %s\n", type, nl_geterror(err));
	return err;
}

/* Fill link from an RTM_NEWLINK/RTM_DELLINK message (bounds-checked). */
int _rtnl_link_parse_ifinfo(struct rtnl_link *link, struct nlmsghdr *n)
{
	struct link_nested nest = { NULL, NULL, NULL };
	const struct ifinfomsg *ifi;
	unsigned int msg_family;
	int err;

	if (!nlmsg_valid_hdr(n, sizeof(struct ifinfomsg)))
		return -NLE_MSG_TOOSHORT;
	ifi = nlmsg_data(n);
	link->ce_msgtype = n->nlmsg_type;
	/* the header fields of link_table (NLO_F_HDR) */
	link->l_family = ifi->ifi_family;
	link->l_arptype = ifi->ifi_type;
	link->l_index = ifi->ifi_index;
	link->l_flags = ifi->ifi_flags;
	link->l_change = ifi->ifi_change;
	link->ce_mask |= LINK_ATTR_FAMILY | LINK_ATTR_ARPTYPE |
			 LINK_ATTR_IFINDEX | LINK_ATTR_FLAGS | LINK_ATTR_CHANGE;
	err = link_parse_attrs(link, n, &nest);
	if (err < 0)
		return err;
	/* A bridge master reports itself in the bridge family, as upstream
	 * shows it ("bridge br0 ..."). */
	msg_family = link->l_family;
	if (link->l_family == AF_UNSPEC && link->l_info_kind &&
	    !strcmp(link->l_info_kind, "bridge"))
		link->l_family = AF_BRIDGE;
	err = af_parse(link, (struct nlattr *)nest.protinfo,
		       (struct nlattr *)nest.af_spec, msg_family);
	if (err < 0)
		return err;
	if (nest.vfinfo && _rtnl_link_vf_hooks &&
	    (link->ce_mask & LINK_ATTR_NUM_VF)) {
		err = _rtnl_link_vf_hooks->parse(link,
						 (struct nlattr *)nest.vfinfo);
		if (err < 0)
			return err;
		link->ce_mask |= LINK_ATTR_VF_LIST;
	}
	return 0;
}

/* co_parse_obj: one link per message. */
static int link_parse_obj(struct nlmsghdr *n, struct nl_object *obj)
{
	/* a link message without a name is refused, as upstream does */
	if (nlmsg_valid_hdr(n, sizeof(struct ifinfomsg)) &&
	    !nlmsg_find_attr(n, sizeof(struct ifinfomsg), IFLA_IFNAME))
		return -NLE_MISSING_ATTR;
	return _rtnl_link_parse_ifinfo((struct rtnl_link *)obj, n);
}

/* The parser of rtnl_link_get_kernel()'s reply. */
static int link_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			   struct nlmsghdr *n, struct nl_parser_param *pp)
{
	(void)ops;
	return nl_cache_parse(&link_cache_ops, who, n, pp);
}

/*
 * What a strict kernel filters a link dump by: the master (IFLA_MASTER)
 * and the kind (IFLA_LINKINFO/IFLA_INFO_KIND; a kind the kernel does not
 * know leaves the dump unfiltered).  The bridge family's dump takes
 * neither, and no dump takes an interface index or name.
 */
static int link_put_dump_filter(struct nl_msg *msg, struct rtnl_link *f)
{
	struct nlattr *nest;

	if ((f->ce_mask & LINK_ATTR_MASTER) && f->l_master > 0 &&
	    nla_put_u32(msg, IFLA_MASTER, f->l_master) < 0)
		return -NLE_MSGSIZE;
	if ((f->ce_mask & LINK_ATTR_LINKINFO) && f->l_info_kind) {
		nest = nla_nest_start(msg, IFLA_LINKINFO);
		if (!nest ||
		    nla_put_string(msg, IFLA_INFO_KIND, f->l_info_kind) < 0)
			return -NLE_MSGSIZE;
		nla_nest_end(msg, nest);
	}
	return 0;
}

/*
 * The dump request (always a full ifinfomsg).  On a socket with strict
 * checking it carries the cache filter's master and kind, so that the
 * kernel sends only those links; the cache filters in user space anyway.
 */
static int link_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct ifinfomsg ifi = { .ifi_family = (unsigned char)cache->c_iarg1 };
	struct rtnl_link *f = (struct rtnl_link *)nl_cache_get_filter(cache);
	uint32_t ext = RTEXT_FILTER_VF;
	struct nl_msg *msg;
	int err;

	if (cache->c_iarg1 == AF_BRIDGE)
		ext |= RTEXT_FILTER_BRVLAN;
	msg = nlmsg_alloc_simple(RTM_GETLINK, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0 ||
	    nla_put_u32(msg, IFLA_EXT_MASK, ext) < 0 ||
	    (f && cache->c_iarg1 != AF_BRIDGE && nl_socket_get_strict_check(sk) &&
	     link_put_dump_filter(msg, f) < 0)) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

/* The family header of a request for link. */
static int put_ifinfo(struct nl_msg *msg, const struct rtnl_link *link,
		      int family, uint32_t flags, uint32_t change)
{
	struct ifinfomsg ifi = {
		.ifi_family = (unsigned char)family,
		.ifi_index = link->l_index,
		.ifi_flags = flags,
		.ifi_change = change,
	};

	if (nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

/* After the family header: the link's own attributes (those in mask),
 * its group, kind, VF list and per-family data. */
static int put_link_attrs(struct nl_msg *msg, struct rtnl_link *link,
			  uint64_t mask)
{
	int err;

	err = nlo_build(msg, link, &link_table, mask & LINK_REQ_ATTRS);
	if (err < 0)
		return err;
	if ((err = put_linkinfo(msg, link)) < 0)
		return err;
	if ((link->ce_mask & LINK_ATTR_VF_LIST) && _rtnl_link_vf_hooks &&
	    (err = _rtnl_link_vf_hooks->fill(msg, link)) < 0)
		return err;
	return af_fill(msg, link);
}

/* Put the link's attributes (those in mask) after the family header. */
int _rtnl_link_fill(struct nl_msg *msg, struct rtnl_link *link, int family,
		    uint64_t mask)
{
	int err;

	err = put_ifinfo(msg, link, family, link->l_flags, link->l_flag_mask);
	if (err < 0)
		return err;
	return put_link_attrs(msg, link, mask);
}

/* A link nested in a request (the peer of a veth pair): its family
 * header, without a change mask, and its own attributes only. */
int _rtnl_link_fill_nested(struct nl_msg *msg, struct rtnl_link *link)
{
	int err;

	err = put_ifinfo(msg, link, (int)link->l_family, link->l_flags, 0);
	if (err < 0)
		return err;
	return rtnl_link_fill_info(msg, link);
}

/**
 * Put the link's own attributes (address, MTU, name, master...; not its
 * group, kind or per-family data) into msg.
 * @return 0 or -NLE_MSGSIZE.
 */
int rtnl_link_fill_info(struct nl_msg *msg, struct rtnl_link *link)
{
	return nlo_build(msg, link, &link_table, LINK_INFO_ATTRS);
}

static int build_msg(int cmd, int flags, struct rtnl_link *link,
		     uint64_t mask, struct nl_msg **result)
{
	struct nl_msg *msg = nlmsg_alloc_simple(cmd, flags);
	int err;

	if (!msg)
		return -NLE_NOMEM;
	err = _rtnl_link_fill(msg, link, (int)link->l_family, mask);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Public API: allocation and cache                                     */

/** Allocate an empty link object; NULL when out of memory. */
struct rtnl_link *rtnl_link_alloc(void)
{
	return (struct rtnl_link *)nl_object_alloc(&link_obj_ops);
}

/** Drop a reference on link. */
void rtnl_link_put(struct rtnl_link *link)
{
	nl_object_put((struct nl_object *)link);
}

/**
 * Allocate a link cache for family (AF_UNSPEC or AF_BRIDGE) and fill it
 * from the kernel unless flags has NL_CACHE_AF_ITER... as given.
 * @return 0 or a negative NLE_* code; *result is owned by the caller.
 */
int rtnl_link_alloc_cache_flags(struct nl_sock *sk, int family,
				struct nl_cache **result, unsigned int flags)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&link_cache_ops);
	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = family;
	if (flags)
		nl_cache_set_flags(cache, flags);
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/** rtnl_link_alloc_cache_flags() without flags. */
int rtnl_link_alloc_cache(struct nl_sock *sk, int family,
			  struct nl_cache **result)
{
	return rtnl_link_alloc_cache_flags(sk, family, result, 0);
}

/**
 * Find the link with interface index ifindex in cache.
 * @return the link with a new reference (rtnl_link_put() it) or NULL.
 */
struct rtnl_link *rtnl_link_get(struct nl_cache *cache, int ifindex)
{
	struct rtnl_link *link;

	if (!cache || cache->c_ops != &link_cache_ops)
		return NULL;
	nl_list_for_each_entry(link, &cache->c_items, ce_list) {
		if (link->l_index == ifindex) {
			nl_object_get((struct nl_object *)link);
			return link;
		}
	}
	return NULL;
}

/**
 * Find the link named name in cache.
 * @return the link with a new reference or NULL.
 */
struct rtnl_link *rtnl_link_get_by_name(struct nl_cache *cache,
					const char *name)
{
	struct rtnl_link *link;

	if (!cache || !name || cache->c_ops != &link_cache_ops)
		return NULL;
	nl_list_for_each_entry(link, &cache->c_items, ce_list) {
		if (!strcmp(name, link->l_name)) {
			nl_object_get((struct nl_object *)link);
			return link;
		}
	}
	return NULL;
}

/**
 * Write the name of the link with index ifindex into dst.
 * @return dst, or NULL when the cache has no such link.
 */
char *rtnl_link_i2name(struct nl_cache *cache, int ifindex, char *dst,
		       size_t len)
{
	struct rtnl_link *link = rtnl_link_get(cache, ifindex);

	if (!link)
		return NULL;
	snprintf(dst, len, "%s", link->l_name);
	rtnl_link_put(link);
	return dst;
}

/** Interface index of the link named name in cache, 0 when unknown. */
int rtnl_link_name2i(struct nl_cache *cache, const char *name)
{
	struct rtnl_link *link = rtnl_link_get_by_name(cache, name);
	int ifindex = 0;

	if (link) {
		ifindex = link->l_index;
		rtnl_link_put(link);
	}
	return ifindex;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/**
 * Build an RTM_NEWLINK request adding link, with the netlink flags given
 * (NLM_F_CREATE is the caller's to pass).
 * @return 0 or a negative NLE_* code; *result belongs to the caller.
 */
int rtnl_link_build_add_request(struct rtnl_link *link, int flags,
				struct nl_msg **result)
{
	return build_msg(RTM_NEWLINK, flags, link, LINK_REQ_ATTRS, result);
}

/** Create link in the kernel and wait for the ACK. */
int rtnl_link_add(struct nl_sock *sk, struct rtnl_link *link, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_link_build_add_request(link, flags, &msg);
	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Build a request applying changes to the link orig: the family header
 * names orig (its family and index), the attributes are those of changes.
 * Flags changes sets or unsets are applied to orig's flags, with the mask
 * of changed flags.  A name equal to orig's is not sent again.  Families
 * that take changes only by RTM_SETLINK (the bridge) get that type.
 * @return 0, -NLE_IMMUTABLE when changes asks for another family.
 */
int rtnl_link_build_change_request(struct rtnl_link *orig,
				   struct rtnl_link *changes, int flags,
				   struct nl_msg **result)
{
	uint32_t ifflags = 0, change = 0;
	uint64_t mask = LINK_REQ_ATTRS;
	unsigned int fam = orig->l_family;
	struct nl_msg *msg;
	int err;

	if (changes->ce_mask & LINK_ATTR_FLAGS) {
		ifflags = (orig->l_flags & ~changes->l_flag_mask) |
			  changes->l_flags;
		change = changes->l_flag_mask;
	}
	if (changes->l_family && changes->l_family != orig->l_family) {
		APPBUG("link change: family is immutable");
		return -NLE_IMMUTABLE;
	}
	if ((orig->ce_mask & LINK_ATTR_IFINDEX) &&
	    (orig->ce_mask & LINK_ATTR_IFNAME) &&
	    (changes->ce_mask & LINK_ATTR_IFNAME) &&
	    !strcmp(orig->l_name, changes->l_name))
		mask &= ~LINK_ATTR_IFNAME;

	msg = nlmsg_alloc_simple(RTM_NEWLINK, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (fam < AF_MAX && af_ops[fam] && af_ops[fam]->ao_override_rtm &&
	    af_ops[fam]->ao_override_rtm(changes))
		nlmsg_hdr(msg)->nlmsg_type = RTM_SETLINK;
	if ((err = put_ifinfo(msg, orig, (int)fam, ifflags, change)) < 0 ||
	    (err = put_link_attrs(msg, changes, mask)) < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/** Apply changes to orig in the kernel and wait for the ACK. */
int rtnl_link_change(struct nl_sock *sk, struct rtnl_link *orig,
		     struct rtnl_link *changes, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_link_build_change_request(orig, changes, flags, &msg);
	if (err < 0)
		return err;
	err = nl_send_sync(sk, msg);
	/* Kernels older than 2.6.21 only know RTM_SETLINK. */
	if (err == -NLE_OPNOTSUPP) {
		err = rtnl_link_build_change_request(orig, changes, flags,
						     &msg);
		if (err < 0)
			return err;
		nlmsg_hdr(msg)->nlmsg_type = RTM_SETLINK;
		err = nl_send_sync(sk, msg);
	}
	return err;
}

/**
 * Build an RTM_DELLINK request for link, named by index or else by name.
 * @return 0 or -NLE_MISSING_ATTR / -NLE_NOMEM.
 */
int rtnl_link_build_delete_request(const struct rtnl_link *link,
				   struct nl_msg **result)
{
	struct ifinfomsg ifi = { .ifi_index = link->l_index };
	struct nl_msg *msg;

	if (!(link->ce_mask & (LINK_ATTR_IFINDEX | LINK_ATTR_IFNAME)))
		return -NLE_MISSING_ATTR;
	msg = nlmsg_alloc_simple(RTM_DELLINK, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0 ||
	    ((link->ce_mask & LINK_ATTR_IFNAME) &&
	     nla_put_string(msg, IFLA_IFNAME, link->l_name) < 0)) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/** Delete link in the kernel and wait for the ACK. */
int rtnl_link_delete(struct nl_sock *sk, const struct rtnl_link *link)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_link_build_delete_request(link, &msg);
	if (err < 0)
		return err;
	return nl_send_sync(sk, msg);
}

/**
 * Build an RTM_GETLINK request for one link, by ifindex (> 0) or name.
 * @return 0, -NLE_MISSING_ATTR with neither, -NLE_NOMEM.
 */
int rtnl_link_build_get_request(int ifindex, const char *name,
				struct nl_msg **result)
{
	struct ifinfomsg ifi = { .ifi_index = ifindex };
	struct nl_msg *msg;

	if (ifindex <= 0 && !name) {
		APPBUG("ifindex or name must be specified");
		return -NLE_MISSING_ATTR;
	}
	msg = nlmsg_alloc_simple(RTM_GETLINK, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0 ||
	    (name && nla_put_string(msg, IFLA_IFNAME, name) < 0) ||
	    nla_put_u32(msg, IFLA_EXT_MASK, RTEXT_FILTER_VF) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	*result = msg;
	return 0;
}

/**
 * Ask the kernel for one link, by ifindex or name.
 * @return 0 with *result (caller owns it) or a negative NLE_* code
 *         (-NLE_OBJ_NOTFOUND when the kernel has no such link).
 */
int rtnl_link_get_kernel(struct nl_sock *sk, int ifindex, const char *name,
			 struct rtnl_link **result)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_link_build_get_request(ifindex, name, &msg);
	if (err < 0)
		return err;
	return _nl_get_kernel_obj(sk, msg, link_msg_parser,
				  (struct nl_object **)result);
}

/** Make the link with index slave a port of the link with index master. */
int rtnl_link_enslave_ifindex(struct nl_sock *sk, int master, int slave)
{
	struct rtnl_link *link;
	int err;

	if (!(link = rtnl_link_alloc()))
		return -NLE_NOMEM;
	rtnl_link_set_ifindex(link, slave);
	rtnl_link_set_master(link, master);
	err = rtnl_link_change(sk, link, link, 0);
	rtnl_link_put(link);
	if (err < 0)
		return err;
	/* The kernel accepts requests it then ignores: check the result. */
	err = rtnl_link_get_kernel(sk, slave, NULL, &link);
	if (err < 0)
		return err;
	if (rtnl_link_get_master(link) != master)
		err = -NLE_OPNOTSUPP;
	rtnl_link_put(link);
	return err;
}

/** rtnl_link_enslave_ifindex() with link objects (index or name). */
int rtnl_link_enslave(struct nl_sock *sk, struct rtnl_link *master,
		      struct rtnl_link *slave)
{
	return rtnl_link_enslave_ifindex(sk, rtnl_link_get_ifindex(master),
					 rtnl_link_get_ifindex(slave));
}

/** Remove the link with index slave from its master. */
int rtnl_link_release_ifindex(struct nl_sock *sk, int slave)
{
	return rtnl_link_enslave_ifindex(sk, 0, slave);
}

/** rtnl_link_release_ifindex() with a link object. */
int rtnl_link_release(struct nl_sock *sk, struct rtnl_link *slave)
{
	return rtnl_link_release_ifindex(sk, rtnl_link_get_ifindex(slave));
}

/* ------------------------------------------------------------------ */
/* Names                                                                */

static const struct trans_tbl link_flags[] = {
	__ADD(IFF_LOOPBACK, loopback),
	__ADD(IFF_BROADCAST, broadcast),
	__ADD(IFF_POINTOPOINT, pointopoint),
	__ADD(IFF_MULTICAST, multicast),
	__ADD(IFF_NOARP, noarp),
	__ADD(IFF_ALLMULTI, allmulti),
	__ADD(IFF_PROMISC, promisc),
	__ADD(IFF_MASTER, master),
	__ADD(IFF_SLAVE, slave),
	__ADD(IFF_DEBUG, debug),
	__ADD(IFF_DYNAMIC, dynamic),
	__ADD(IFF_AUTOMEDIA, automedia),
	__ADD(IFF_PORTSEL, portsel),
	__ADD(IFF_NOTRAILERS, notrailers),
	__ADD(IFF_UP, up),
	__ADD(IFF_RUNNING, running),
	__ADD(IFF_LOWER_UP, lowerup),
	__ADD(IFF_DORMANT, dormant),
	__ADD(IFF_ECHO, echo),
};

static const struct trans_tbl link_operstates[] = {
	__ADD(IF_OPER_UNKNOWN, unknown),
	__ADD(IF_OPER_NOTPRESENT, notpresent),
	__ADD(IF_OPER_DOWN, down),
	__ADD(IF_OPER_LOWERLAYERDOWN, lowerlayerdown),
	__ADD(IF_OPER_TESTING, testing),
	__ADD(IF_OPER_DORMANT, dormant),
	__ADD(IF_OPER_UP, up),
};

static const struct trans_tbl link_modes[] = {
	__ADD(IF_LINK_MODE_DEFAULT, default),
	__ADD(IF_LINK_MODE_DORMANT, dormant),
};

static const struct trans_tbl carrier_states[] = {
	{ 0, "down" },
	{ 1, "up" },
};

static const struct trans_tbl link_stats[] = {
	__ADD(RTNL_LINK_RX_PACKETS, rx_packets),
	__ADD(RTNL_LINK_TX_PACKETS, tx_packets),
	__ADD(RTNL_LINK_RX_BYTES, rx_bytes),
	__ADD(RTNL_LINK_TX_BYTES, tx_bytes),
	__ADD(RTNL_LINK_RX_ERRORS, rx_errors),
	__ADD(RTNL_LINK_TX_ERRORS, tx_errors),
	__ADD(RTNL_LINK_RX_DROPPED, rx_dropped),
	__ADD(RTNL_LINK_TX_DROPPED, tx_dropped),
	__ADD(RTNL_LINK_RX_COMPRESSED, rx_compressed),
	__ADD(RTNL_LINK_TX_COMPRESSED, tx_compressed),
	__ADD(RTNL_LINK_RX_FIFO_ERR, rx_fifo_err),
	__ADD(RTNL_LINK_TX_FIFO_ERR, tx_fifo_err),
	__ADD(RTNL_LINK_RX_LEN_ERR, rx_len_err),
	__ADD(RTNL_LINK_RX_OVER_ERR, rx_over_err),
	__ADD(RTNL_LINK_RX_CRC_ERR, rx_crc_err),
	__ADD(RTNL_LINK_RX_FRAME_ERR, rx_frame_err),
	__ADD(RTNL_LINK_RX_MISSED_ERR, rx_missed_err),
	__ADD(RTNL_LINK_TX_ABORT_ERR, tx_abort_err),
	__ADD(RTNL_LINK_TX_CARRIER_ERR, tx_carrier_err),
	__ADD(RTNL_LINK_TX_HBEAT_ERR, tx_hbeat_err),
	__ADD(RTNL_LINK_TX_WIN_ERR, tx_win_err),
	__ADD(RTNL_LINK_COLLISIONS, collisions),
	__ADD(RTNL_LINK_MULTICAST, multicast),
	{ RTNL_LINK_IP6_INPKTS, "Ip6InReceives" },
	{ RTNL_LINK_IP6_INHDRERRORS, "Ip6InHdrErrors" },
	{ RTNL_LINK_IP6_INTOOBIGERRORS, "Ip6InTooBigErrors" },
	{ RTNL_LINK_IP6_INNOROUTES, "Ip6InNoRoutes" },
	{ RTNL_LINK_IP6_INADDRERRORS, "Ip6InAddrErrors" },
	{ RTNL_LINK_IP6_INUNKNOWNPROTOS, "Ip6InUnknownProtos" },
	{ RTNL_LINK_IP6_INTRUNCATEDPKTS, "Ip6InTruncatedPkts" },
	{ RTNL_LINK_IP6_INDISCARDS, "Ip6InDiscards" },
	{ RTNL_LINK_IP6_INDELIVERS, "Ip6InDelivers" },
	{ RTNL_LINK_IP6_OUTFORWDATAGRAMS, "Ip6OutForwDatagrams" },
	{ RTNL_LINK_IP6_OUTPKTS, "Ip6OutRequests" },
	{ RTNL_LINK_IP6_OUTDISCARDS, "Ip6OutDiscards" },
	{ RTNL_LINK_IP6_OUTNOROUTES, "Ip6OutNoRoutes" },
	{ RTNL_LINK_IP6_REASMTIMEOUT, "Ip6ReasmTimeout" },
	{ RTNL_LINK_IP6_REASMREQDS, "Ip6ReasmReqds" },
	{ RTNL_LINK_IP6_REASMOKS, "Ip6ReasmOKs" },
	{ RTNL_LINK_IP6_REASMFAILS, "Ip6ReasmFails" },
	{ RTNL_LINK_IP6_FRAGOKS, "Ip6FragOKs" },
	{ RTNL_LINK_IP6_FRAGFAILS, "Ip6FragFails" },
	{ RTNL_LINK_IP6_FRAGCREATES, "Ip6FragCreates" },
	{ RTNL_LINK_IP6_INMCASTPKTS, "Ip6InMcastPkts" },
	{ RTNL_LINK_IP6_OUTMCASTPKTS, "Ip6OutMcastPkts" },
	{ RTNL_LINK_IP6_INBCASTPKTS, "Ip6InBcastPkts" },
	{ RTNL_LINK_IP6_OUTBCASTPKTS, "Ip6OutBcastPkts" },
	{ RTNL_LINK_IP6_INOCTETS, "Ip6InOctets" },
	{ RTNL_LINK_IP6_OUTOCTETS, "Ip6OutOctets" },
	{ RTNL_LINK_IP6_INMCASTOCTETS, "Ip6InMcastOctets" },
	{ RTNL_LINK_IP6_OUTMCASTOCTETS, "Ip6OutMcastOctets" },
	{ RTNL_LINK_IP6_INBCASTOCTETS, "Ip6InBcastOctets" },
	{ RTNL_LINK_IP6_OUTBCASTOCTETS, "Ip6OutBcastOctets" },
	{ RTNL_LINK_ICMP6_INMSGS, "ICMP6_InMsgs" },
	{ RTNL_LINK_ICMP6_INERRORS, "ICMP6_InErrors" },
	{ RTNL_LINK_ICMP6_OUTMSGS, "ICMP6_OutMsgs" },
	{ RTNL_LINK_ICMP6_OUTERRORS, "ICMP6_OutErrors" },
	{ RTNL_LINK_ICMP6_CSUMERRORS, "ICMP6_InCsumErrors" },
	{ RTNL_LINK_IP6_CSUMERRORS, "Ip6_InCsumErrors" },
	{ RTNL_LINK_IP6_NOECTPKTS, "Ip6_InNoECTPkts" },
	{ RTNL_LINK_IP6_ECT1PKTS, "Ip6_InECT1Pkts" },
	{ RTNL_LINK_IP6_ECT0PKTS, "Ip6_InECT0Pkts" },
	{ RTNL_LINK_IP6_CEPKTS, "Ip6_InCEPkts" },
	{ RTNL_LINK_RX_NOHANDLER, "rx_nohandler" },
	{ RTNL_LINK_REASM_OVERLAPS, "ReasmOverlaps" },
};

/** Names of the flags set in flags, comma separated, into buf. */
char *rtnl_link_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, link_flags, ARRAY_SIZE(link_flags));
}

/** Flags named in a comma separated list (unknown names are ignored). */
int rtnl_link_str2flags(const char *name)
{
	return __str2flags(name, link_flags, ARRAY_SIZE(link_flags));
}

/** Name of statistic st ("0x.." when unknown). */
char *rtnl_link_stat2str(int st, char *buf, size_t len)
{
	return __type2str(st, buf, len, link_stats, ARRAY_SIZE(link_stats));
}

/** Statistic named name, or -NLE_OBJ_NOTFOUND. */
int rtnl_link_str2stat(const char *name)
{
	return __str2type(name, link_stats, ARRAY_SIZE(link_stats));
}

/** Name of an operational state (IF_OPER_*). */
char *rtnl_link_operstate2str(uint8_t st, char *buf, size_t len)
{
	return __type2str(st, buf, len, link_operstates,
			  ARRAY_SIZE(link_operstates));
}

/** Operational state named name, or a negative NLE_* code. */
int rtnl_link_str2operstate(const char *name)
{
	return __str2type(name, link_operstates, ARRAY_SIZE(link_operstates));
}

/** Name of a link mode (IF_LINK_MODE_*). */
char *rtnl_link_mode2str(uint8_t st, char *buf, size_t len)
{
	return __type2str(st, buf, len, link_modes, ARRAY_SIZE(link_modes));
}

/** Link mode named name, or a negative NLE_* code. */
int rtnl_link_str2mode(const char *name)
{
	return __str2type(name, link_modes, ARRAY_SIZE(link_modes));
}

/** Name of a carrier state ("down", "up"). */
char *rtnl_link_carrier2str(uint8_t st, char *buf, size_t len)
{
	return __type2str(st, buf, len, carrier_states,
			  ARRAY_SIZE(carrier_states));
}

/** Carrier state named name, or a negative NLE_* code. */
int rtnl_link_str2carrier(const char *name)
{
	return __str2type(name, carrier_states, ARRAY_SIZE(carrier_states));
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

#define LINK_ACCESSORS(NAME, VT, MEMBER, BIT)                                  \
	NLO_ACCESSORS(rtnl_link, NAME, struct rtnl_link, VT, MEMBER, BIT)

LINK_ACCESSORS(group, uint32_t, l_group, LINK_ATTR_GROUP)
LINK_ACCESSORS(mtu, unsigned int, l_mtu, LINK_ATTR_MTU)
LINK_ACCESSORS(txqlen, unsigned int, l_txqlen, LINK_ATTR_TXQLEN)
LINK_ACCESSORS(ifindex, int, l_index, LINK_ATTR_IFINDEX)
LINK_ACCESSORS(link, int, l_link, LINK_ATTR_LINK)
LINK_ACCESSORS(master, int, l_master, LINK_ATTR_MASTER)
LINK_ACCESSORS(carrier, uint8_t, l_carrier, LINK_ATTR_CARRIER)
LINK_ACCESSORS(operstate, uint8_t, l_operstate, LINK_ATTR_OPERSTATE)
LINK_ACCESSORS(linkmode, uint8_t, l_linkmode, LINK_ATTR_LINKMODE)
LINK_ACCESSORS(promiscuity, uint32_t, l_promiscuity, LINK_ATTR_PROMISCUITY)
LINK_ACCESSORS(num_tx_queues, uint32_t, l_num_tx_queues,
	       LINK_ATTR_NUM_TX_QUEUES)
LINK_ACCESSORS(num_rx_queues, uint32_t, l_num_rx_queues,
	       LINK_ATTR_NUM_RX_QUEUES)
LINK_ACCESSORS(ns_fd, int, l_ns_fd, LINK_ATTR_NS_FD)
LINK_ACCESSORS(ns_pid, pid_t, l_ns_pid, LINK_ATTR_NS_PID)
LINK_ACCESSORS(weight, unsigned int, l_weight, LINK_ATTR_WEIGHT)

/** Set the link layer type (ARPHRD_*). */
void rtnl_link_set_arptype(struct rtnl_link *link, unsigned int arptype)
{
	link->l_arptype = arptype;
	link->ce_mask |= LINK_ATTR_ARPTYPE;
}

/** Link layer type (ARPHRD_*), ARPHRD_VOID when not known. */
unsigned int rtnl_link_get_arptype(struct rtnl_link *link)
{
	return (link->ce_mask & LINK_ATTR_ARPTYPE) ? link->l_arptype :
						     ARPHRD_VOID;
}

/* Getters of optional values that report presence: 0 with *val set, or
 * ABSENT (upstream's code for that attribute) when it is absent. */
#define LINK_OPT_GETTER(NAME, MEMBER, BIT, ABSENT)                             \
	int rtnl_link_get_##NAME(struct rtnl_link *link, uint32_t *val)        \
	{                                                                      \
		if (!(link->ce_mask & (BIT)))                                  \
			return (ABSENT);                                       \
		if (val)                                                       \
			*val = link->MEMBER;                                   \
		return 0;                                                      \
	}

LINK_OPT_GETTER(carrier_changes, l_carrier_changes, LINK_ATTR_CARRIER_CHANGES,
		-NLE_NOATTR)
LINK_OPT_GETTER(num_vf, l_num_vf, LINK_ATTR_NUM_VF, -NLE_OPNOTSUPP)
LINK_OPT_GETTER(gso_max_segs, l_gso_max_segs, LINK_ATTR_GSO_MAX_SEGS,
		-NLE_NOATTR)
LINK_OPT_GETTER(gso_max_size, l_gso_max_size, LINK_ATTR_GSO_MAX_SIZE,
		-NLE_NOATTR)

static void set_chars(struct rtnl_link *link, char *dst, size_t size,
		      const char *v, uint64_t bit)
{
	snprintf(dst, size, "%s", v ? v : "");
	link->ce_mask |= bit;
}

/** Set the interface name (truncated to IFNAMSIZ - 1 bytes). */
void rtnl_link_set_name(struct rtnl_link *link, const char *name)
{
	set_chars(link, link->l_name, sizeof(link->l_name), name,
		  LINK_ATTR_IFNAME);
}

/** Interface name, or NULL when not set. */
char *rtnl_link_get_name(struct rtnl_link *link)
{
	return (link->ce_mask & LINK_ATTR_IFNAME) ? link->l_name : NULL;
}

/** Set the queueing discipline name. */
void rtnl_link_set_qdisc(struct rtnl_link *link, const char *name)
{
	set_chars(link, link->l_qdisc, sizeof(link->l_qdisc), name,
		  LINK_ATTR_QDISC);
}

/** Queueing discipline name, or NULL. */
char *rtnl_link_get_qdisc(struct rtnl_link *link)
{
	return (link->ce_mask & LINK_ATTR_QDISC) ? link->l_qdisc : NULL;
}

/** Physical port name; empty, never NULL, when not reported. */
char *rtnl_link_get_phys_port_name(struct rtnl_link *link)
{
	return link->l_phys_port_name;
}

/** Physical port id, or NULL (owned by link). */
struct nl_data *rtnl_link_get_phys_port_id(struct rtnl_link *link)
{
	return link->l_phys_port_id;
}

/** Physical switch id, or NULL (owned by link). */
struct nl_data *rtnl_link_get_phys_switch_id(struct rtnl_link *link)
{
	return link->l_phys_switch_id;
}

/** Set flags (and mark them to be changed by a request). */
void rtnl_link_set_flags(struct rtnl_link *link, unsigned int flags)
{
	link->l_flag_mask |= flags;
	link->l_flags |= flags;
	link->ce_mask |= LINK_ATTR_FLAGS;
}

/** Clear flags (and mark them to be changed by a request). */
void rtnl_link_unset_flags(struct rtnl_link *link, unsigned int flags)
{
	link->l_flag_mask |= flags;
	link->l_flags &= ~flags;
	link->ce_mask |= LINK_ATTR_FLAGS;
}

/** Flags (IFF_*). */
unsigned int rtnl_link_get_flags(struct rtnl_link *link)
{
	return link->l_flags;
}

/** Set the address family (AF_UNSPEC, AF_BRIDGE...). */
void rtnl_link_set_family(struct rtnl_link *link, int family)
{
	struct rtnl_link_af_ops *ops;

	link->l_family = (uint32_t)family;
	link->ce_mask |= LINK_ATTR_FAMILY;
	/* a link of a family with its own data (bridge) gets that data */
	rtnl_link_af_ops_put(link->l_af_ops);
	link->l_af_ops = NULL;
	if (family > 0 && (ops = rtnl_link_af_ops_lookup((unsigned int)family))) {
		link->l_af_ops = ops;
		rtnl_link_af_alloc(link, ops);
	}
}

/** Address family, AF_UNSPEC when not set. */
int rtnl_link_get_family(struct rtnl_link *link)
{
	return (link->ce_mask & LINK_ATTR_FAMILY) ? (int)link->l_family :
						    AF_UNSPEC;
}

static void set_addr(struct rtnl_link *link, struct nl_addr **pos,
		     struct nl_addr *addr, uint64_t bit)
{
	/* the link's own storage is not counted */
	_nl_addr_get_for(link, addr);
	_nl_addr_put_for(link, *pos);
	*pos = addr;
	if (addr)
		link->ce_mask |= bit;
	else
		link->ce_mask &= ~bit;
}

/** Set the link layer address (link takes a reference). */
void rtnl_link_set_addr(struct rtnl_link *link, struct nl_addr *addr)
{
	set_addr(link, &link->l_addr, addr, LINK_ATTR_ADDR);
}

/** Link layer address, or NULL (owned by link). */
struct nl_addr *rtnl_link_get_addr(struct rtnl_link *link)
{
	return link->l_addr;
}

/** Permanent hardware address, or NULL (owned by link). */
struct nl_addr *rtnl_link_get_perm_addr(struct rtnl_link *link)
{
	return link->l_perm_addr;
}

/** Set the broadcast address (link takes a reference). */
void rtnl_link_set_broadcast(struct rtnl_link *link, struct nl_addr *addr)
{
	set_addr(link, &link->l_bcast, addr, LINK_ATTR_BRD);
}

/** Broadcast address, or NULL (owned by link). */
struct nl_addr *rtnl_link_get_broadcast(struct rtnl_link *link)
{
	return link->l_bcast;
}

/** Set the network namespace id of the link's peer/lower device. */
int rtnl_link_set_link_netnsid(struct rtnl_link *link, int32_t id)
{
	link->l_link_netnsid = id;
	link->ce_mask |= LINK_ATTR_LINK_NETNSID;
	return 0;
}

/** Network namespace id: 0 with *id set, -NLE_INVAL when absent. */
int rtnl_link_get_link_netnsid(const struct rtnl_link *link, int32_t *id)
{
	if (!(link->ce_mask & LINK_ATTR_LINK_NETNSID))
		return -NLE_INVAL;
	*id = link->l_link_netnsid;
	return 0;
}

/** Set the interface alias; NULL removes it. */
void rtnl_link_set_ifalias(struct rtnl_link *link, const char *alias)
{
	free(link->l_ifalias);
	if (alias && (link->l_ifalias = strdup(alias)))
		link->ce_mask |= LINK_ATTR_IFALIAS;
	else {
		link->l_ifalias = NULL;
		link->ce_mask &= ~LINK_ATTR_IFALIAS;
	}
}

/** Interface alias, or NULL (owned by link). */
const char *rtnl_link_get_ifalias(struct rtnl_link *link)
{
	return link->l_ifalias;
}

/** Value of statistic id, 0 when out of range. */
uint64_t rtnl_link_get_stat(struct rtnl_link *link, rtnl_link_stat_id_t id)
{
	if ((unsigned int)id > RTNL_LINK_STATS_MAX)
		return 0;
	return link->l_stats[id];
}

/** Set statistic id; -NLE_INVAL when out of range. */
int rtnl_link_set_stat(struct rtnl_link *link, rtnl_link_stat_id_t id,
		       const uint64_t value)
{
	if ((unsigned int)id > RTNL_LINK_STATS_MAX)
		return -NLE_INVAL;
	link->l_stats[id] = value;
	link->ce_mask |= LINK_ATTR_STATS;
	return 0;
}

/**
 * Set the kind of link ("veth", "bridge"...), allocating the kind's data
 * when the kind is known; NULL removes the kind.
 * @return 0 or -NLE_NOMEM.
 */
int rtnl_link_set_type(struct rtnl_link *link, const char *type)
{
	return set_kind(link, type);
}

/** Kind of link, or NULL (owned by link). */
char *rtnl_link_get_type(struct rtnl_link *link)
{
	return link->l_info_kind;
}

/** Deprecated name of rtnl_link_set_type(). */
int rtnl_link_set_info_type(struct rtnl_link *link, const char *type)
{
	return set_kind(link, type);
}

/** Deprecated name of rtnl_link_get_type(). */
char *rtnl_link_get_info_type(struct rtnl_link *link)
{
	return link->l_info_kind;
}

/** Set the kind of the link's master ("bridge", "bond"...); NULL clears. */
int rtnl_link_set_slave_type(struct rtnl_link *link, const char *type)
{
	char *s = NULL;

	if (type && !(s = strdup(type)))
		return -NLE_NOMEM;
	free(link->l_info_slave_kind);
	link->l_info_slave_kind = s;
	if (s)
		link->ce_mask |= LINK_ATTR_SLAVE_TYPE;
	else
		link->ce_mask &= ~LINK_ATTR_SLAVE_TYPE;
	return 0;
}

/** Kind of the link's master, or NULL (owned by link). */
const char *rtnl_link_get_slave_type(const struct rtnl_link *link)
{
	return link->l_info_slave_kind;
}

/** Nonzero when the link carries a list of SR-IOV virtual functions. */
int rtnl_link_has_vf_list(struct rtnl_link *link)
{
	return (link->ce_mask & LINK_ATTR_VF_LIST) != 0;
}

/** Mark the link's list of virtual functions as present. */
void rtnl_link_set_vf_list(struct rtnl_link *link)
{
	link->ce_mask |= LINK_ATTR_VF_LIST;
}

/** Mark the link's list of virtual functions as absent. */
void rtnl_link_unset_vf_list(struct rtnl_link *link)
{
	link->ce_mask &= ~LINK_ATTR_VF_LIST;
}

/* ------------------------------------------------------------------ */
/* Cache registration                                                   */

static struct nl_af_group link_groups[] = {
	{ AF_UNSPEC, RTNLGRP_LINK },
	{ AF_BRIDGE, RTNLGRP_LINK },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops link_cache_ops = {
	.co_name = "route/link",
	.co_hdrsize = sizeof(struct ifinfomsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = link_groups,
	.co_request_update = link_request_update,
	.co_parse_obj = link_parse_obj,
	.co_obj_ops = &link_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWLINK, NL_ACT_NEW, "new" },
		{ RTM_DELLINK, NL_ACT_DEL, "del" },
		{ RTM_GETLINK, NL_ACT_GET, "get" },
		{ RTM_SETLINK, NL_ACT_CHANGE, "set" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) link_init(void)
{
	nl_cache_mngt_register(&link_cache_ops);
}

static void __attribute__((destructor)) link_exit(void)
{
	nl_cache_mngt_unregister(&link_cache_ops);
}
