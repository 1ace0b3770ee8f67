/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Nexthop objects (RTM_NEWNEXTHOP, struct nhmsg + NHA_*): one attribute
 * table, the cache "route/nh", the add request and the dump.  Groups,
 * the resilient group nest and the encapsulation are hand-written.
 */

#include <stdlib.h>
#include <string.h>
#include <endian.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/nexthop.h>
#include <linux/lwtunnel.h>
#include <linux/ila.h>
#include <linux/mpls_iptunnel.h>

#include "nl-private/route.h"
#include "nl-private/objtable.h"
#include "nl-private/nh.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/link.h>
#include <netlink/route/nh.h>

#define NHO_ATTR_FAMILY		0x00001
#define NHO_ATTR_FLAGS		0x00002
#define NHO_ATTR_PROTOCOL	0x00004
#define NHO_ATTR_SCOPE		0x00008
#define NHO_ATTR_ID		0x00010
#define NHO_ATTR_OIF		0x00020
#define NHO_ATTR_GATEWAY	0x00040
#define NHO_ATTR_BLACKHOLE	0x00080
#define NHO_ATTR_FDB		0x00100
#define NHO_ATTR_GROUP		0x00200
#define NHO_ATTR_GROUP_TYPE	0x00400
#define NHO_ATTR_ENCAP		0x00800
#define NHO_ATTR_RES_BUCKETS	0x01000
#define NHO_ATTR_RES_IDLE	0x02000
#define NHO_ATTR_RES_UNBALANCED	0x04000

#define NHO_ATTR_RES_ANY                                                       \
	(NHO_ATTR_RES_BUCKETS | NHO_ATTR_RES_IDLE | NHO_ATTR_RES_UNBALANCED)

struct rtnl_nh {
	NLHDR_COMMON

	uint8_t nh_family;
	uint8_t nh_scope;
	uint8_t nh_protocol;
	uint8_t nh_blackhole;
	uint8_t nh_fdb;
	uint16_t nh_group_type;
	uint16_t nh_res_buckets;
	uint32_t nh_flags;
	uint32_t nh_id;
	uint32_t nh_oif;
	uint32_t nh_res_idle;
	uint32_t nh_res_unbalanced;
	struct nl_addr *nh_gateway;
	nl_nh_group_t *nh_group;
	struct rtnl_nh_encap *nh_encap;
};

static struct nl_cache_ops nh_ops;
static struct nl_object_ops nh_obj_ops;

/* ------------------------------------------------------------------ */
/* Groups: shared between clones, copied on write                       */

static nl_nh_group_t *group_alloc(unsigned int size)
{
	nl_nh_group_t *g = calloc(1, sizeof(*g));

	if (!g)
		return NULL;
	if (size) {
		g->entries = calloc(size, sizeof(*g->entries));
		if (!g->entries) {
			free(g);
			return NULL;
		}
	}
	g->size = size;
	g->ce_refcnt = 1;
	return g;
}

static void group_put(nl_nh_group_t *g)
{
	if (!g || --g->ce_refcnt > 0)
		return;
	free(g->entries);
	free(g);
}

static int group_parse(void *base, const struct nlattr *nla)
{
	struct rtnl_nh *nh = base;
	const struct nexthop_grp *w = nla_data(nla);
	unsigned int n, i;
	nl_nh_group_t *g;

	if (nla_len(nla) % (int)sizeof(*w))
		return -NLE_INVAL;
	n = (unsigned int)nla_len(nla) / sizeof(*w);
	g = group_alloc(n);
	if (!g)
		return -NLE_NOMEM;
	for (i = 0; i < n; i++) {
		struct nexthop_grp x;

		memcpy(&x, &w[i], sizeof(x));
		g->entries[i].nh_id = x.id;
		g->entries[i].weight = x.weight;
	}
	group_put(nh->nh_group);
	nh->nh_group = g;
	return 0;
}

static int group_build(struct nl_msg *msg, const void *base)
{
	const struct rtnl_nh *nh = base;
	const nl_nh_group_t *g = nh->nh_group;
	struct nexthop_grp *w;
	unsigned int i;
	int err;

	if (!g || !g->size)
		return 0;
	w = calloc(g->size, sizeof(*w));
	if (!w)
		return -NLE_NOMEM;
	for (i = 0; i < g->size; i++) {
		w[i].id = g->entries[i].nh_id;
		w[i].weight = g->entries[i].weight;
	}
	err = nla_put(msg, NHA_GROUP, (int)(g->size * sizeof(*w)), w);
	free(w);
	return err;
}

static int group_differ(const void *a, const void *b, int flags)
{
	const nl_nh_group_t *x = ((const struct rtnl_nh *)a)->nh_group;
	const nl_nh_group_t *y = ((const struct rtnl_nh *)b)->nh_group;
	unsigned int i;

	(void)flags;
	if (!x || !y)
		return x != y;
	if (x->size != y->size)
		return 1;
	for (i = 0; i < x->size; i++)
		if (x->entries[i].nh_id != y->entries[i].nh_id ||
		    x->entries[i].weight != y->entries[i].weight)
			return 1;
	return 0;
}

static int group_clone(void *dst, const void *src)
{
	nl_nh_group_t *g = ((const struct rtnl_nh *)src)->nh_group;

	/* members never change in place: share them */
	if (g)
		g->ce_refcnt++;
	((struct rtnl_nh *)dst)->nh_group = g;
	return 0;
}

static void group_free(void *base)
{
	struct rtnl_nh *nh = base;

	group_put(nh->nh_group);
	nh->nh_group = NULL;
}

static const struct nlo_hooks group_hooks = {
	.parse = group_parse,
	.build = group_build,
	.differ = group_differ,
	.clone = group_clone,
	.free = group_free,
};

/* ------------------------------------------------------------------ */
/* Encapsulation (NHA_ENCAP_TYPE + NHA_ENCAP), parsed and built by hand */

static int encap_differ(const void *a, const void *b, int flags)
{
	(void)flags;
	return _nh_encap_differ(((const struct rtnl_nh *)a)->nh_encap,
				((const struct rtnl_nh *)b)->nh_encap);
}

static int encap_clone(void *dst, const void *src)
{
	const struct rtnl_nh_encap *e = ((const struct rtnl_nh *)src)->nh_encap;
	struct rtnl_nh *d = dst;

	d->nh_encap = NULL;
	if (!e)
		return 0;
	d->nh_encap = rtnl_nh_encap_clone((struct rtnl_nh_encap *)e);
	return d->nh_encap ? 0 : -NLE_NOMEM;
}

static void encap_free(void *base)
{
	struct rtnl_nh *nh = base;

	rtnl_nh_encap_free(nh->nh_encap);
	nh->nh_encap = NULL;
}

static const struct nlo_hooks encap_hooks = {
	.differ = encap_differ,
	.clone = encap_clone,
	.free = encap_free,
};

/* ------------------------------------------------------------------ */
/* Attribute tables                                                     */

#define NHE(m, bit, name, type, ...)                                           \
	NLO_ENTRY(struct rtnl_nh, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr nh_attrs[] = {
	NHE(nh_family, NHO_ATTR_FAMILY, "family", NLO_U8, .flags = NLO_F_HDR,
	    .hdr = offsetof(struct nhmsg, nh_family)),
	NHE(nh_scope, NHO_ATTR_SCOPE, "scope", NLO_U8,
	    .flags = NLO_F_HDR | NLO_F_NOBUILD,
	    .hdr = offsetof(struct nhmsg, nh_scope)),
	NHE(nh_protocol, NHO_ATTR_PROTOCOL, "protocol", NLO_U8,
	    .flags = NLO_F_HDR, .hdr = offsetof(struct nhmsg, nh_protocol)),
	NHE(nh_flags, NHO_ATTR_FLAGS, "flags", NLO_U32, .flags = NLO_F_HDR,
	    .hdr = offsetof(struct nhmsg, nh_flags)),
	NHE(nh_id, NHO_ATTR_ID, "id", NLO_U32, .nla = NHA_ID),
	NHE(nh_group, NHO_ATTR_GROUP, "group", NLO_HOOK, .nla = NHA_GROUP,
	    .hooks = &group_hooks),
	NHE(nh_group_type, NHO_ATTR_GROUP_TYPE, "group_type", NLO_U16,
	    .nla = NHA_GROUP_TYPE),
	NHE(nh_blackhole, NHO_ATTR_BLACKHOLE, "blackhole", NLO_FLAG,
	    .nla = NHA_BLACKHOLE),
	NHE(nh_oif, NHO_ATTR_OIF, "oif", NLO_U32, .nla = NHA_OIF),
	NHE(nh_gateway, NHO_ATTR_GATEWAY, "gateway", NLO_ADDR,
	    .nla = NHA_GATEWAY, .flags = NLO_F_GUESS),
	NHE(nh_encap, NHO_ATTR_ENCAP, "encap", NLO_HOOK, .nla = NHA_ENCAP,
	    .flags = NLO_F_NOPARSE | NLO_F_NOBUILD, .hooks = &encap_hooks),
	NHE(nh_fdb, NHO_ATTR_FDB, "fdb", NLO_FLAG, .nla = NHA_FDB),
	/* inside NHA_RES_GROUP: parsed and built with nh_res_table */
	NHE(nh_res_buckets, NHO_ATTR_RES_BUCKETS, "res_buckets", NLO_U16),
	NHE(nh_res_idle, NHO_ATTR_RES_IDLE, "res_idle_timer", NLO_U32),
	NHE(nh_res_unbalanced, NHO_ATTR_RES_UNBALANCED,
	    "res_unbalanced_timer", NLO_U32),
};

static const struct nlo_table nh_table =
	NLO_TABLE(struct rtnl_nh, ce_mask, nh_attrs, NHA_MAX);

static const struct nlo_attr nh_res_attrs[] = {
	NHE(nh_res_buckets, NHO_ATTR_RES_BUCKETS, "res_buckets", NLO_U16,
	    .nla = NHA_RES_GROUP_BUCKETS),
	NHE(nh_res_idle, NHO_ATTR_RES_IDLE, "res_idle_timer", NLO_U32,
	    .nla = NHA_RES_GROUP_IDLE_TIMER),
	NHE(nh_res_unbalanced, NHO_ATTR_RES_UNBALANCED,
	    "res_unbalanced_timer", NLO_U32,
	    .nla = NHA_RES_GROUP_UNBALANCED_TIMER),
};

static const struct nlo_table nh_res_table =
	NLO_TABLE(struct rtnl_nh, ce_mask, nh_res_attrs, NHA_RES_GROUP_MAX);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void nh_free_data(struct nl_object *obj)
{
	nlo_free(obj, &nh_table);
}

static int nh_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &nh_table);
}

static uint64_t nh_compare(struct nl_object *a, struct nl_object *b,
			   uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &nh_table, attrs, flags);
}

static char *nh_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&nh_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

static void nh_keygen(struct nl_object *obj, uint32_t *hashkey,
		      uint32_t table_sz)
{
	uint32_t id = ((struct rtnl_nh *)obj)->nh_id;

	*hashkey = nl_hash_any(&id, sizeof(id), 0) % table_sz;
}

static const char *ifname(int ifindex, char *buf, size_t len)
{
	struct nl_cache *links = nl_cache_mngt_require_safe("route/link");
	const char *r = NULL;

	if (links) {
		r = rtnl_link_i2name(links, ifindex, buf, len);
		nl_cache_put(links);
	}
	if (!r) {
		snprintf(buf, len, "%d", ifindex);
		r = buf;
	}
	return r;
}

static void nh_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_nh *nh = (struct rtnl_nh *)obj;
	char buf[128];
	unsigned int i;

	nl_dump_line(p, "id %u", nh->nh_id);
	if ((nh->ce_mask & NHO_ATTR_GROUP) && nh->nh_group) {
		nl_dump(p, " group ");
		for (i = 0; i < nh->nh_group->size; i++) {
			const nl_nh_group_info_t *g = &nh->nh_group->entries[i];

			/* as iproute2: members split by '/', a weight other
			 * than 1 after a ',' (the kernel carries weight - 1) */
			nl_dump(p, "%s%u", i ? "/" : "", g->nh_id);
			if (g->weight)
				nl_dump(p, ",%u", g->weight + 1u);
		}
	}
	if (nh->ce_mask & NHO_ATTR_GROUP_TYPE) {
		if (nh->nh_group_type == NEXTHOP_GRP_TYPE_MPATH)
			nl_dump(p, " type mpath");
		else if (nh->nh_group_type == NEXTHOP_GRP_TYPE_RES)
			nl_dump(p, " type resilient");
		else
			nl_dump(p, " type %u", nh->nh_group_type);
	}
	if (nh->ce_mask & NHO_ATTR_RES_BUCKETS)
		nl_dump(p, " buckets %u", nh->nh_res_buckets);
	if (nh->ce_mask & NHO_ATTR_RES_IDLE)
		nl_dump(p, " idle_timer %u", nh->nh_res_idle);
	if (nh->ce_mask & NHO_ATTR_RES_UNBALANCED)
		nl_dump(p, " unbalanced_timer %u", nh->nh_res_unbalanced);
	if ((nh->ce_mask & NHO_ATTR_BLACKHOLE) && nh->nh_blackhole)
		nl_dump(p, " blackhole");
	if (nh->ce_mask & NHO_ATTR_GATEWAY)
		nl_dump(p, " via %s",
			nl_addr2str(nh->nh_gateway, buf, sizeof(buf)));
	if (nh->ce_mask & NHO_ATTR_OIF)
		nl_dump(p, " dev %s", ifname((int)nh->nh_oif, buf,
					      sizeof(buf)));
	if ((nh->ce_mask & NHO_ATTR_ENCAP) && nh->nh_encap)
		_nh_encap_dump(nh->nh_encap, p);
	if ((nh->ce_mask & NHO_ATTR_FDB) && nh->nh_fdb)
		nl_dump(p, " fdb");
	nl_dump(p, "\n");
}

static void nh_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_nh *nh = (struct rtnl_nh *)obj;
	char buf[64];

	nh_dump_line(obj, p);
	nl_dump_line(p, "    family %s",
		     nl_af2str(nh->nh_family, buf, sizeof(buf)));
	if (nh->ce_mask & NHO_ATTR_PROTOCOL)
		nl_dump(p, " protocol %s",
			rtnl_route_proto2str(nh->nh_protocol, buf,
					     sizeof(buf)));
	if (nh->ce_mask & NHO_ATTR_SCOPE)
		nl_dump(p, " scope %s",
			rtnl_scope2str(nh->nh_scope, buf, sizeof(buf)));
	if ((nh->ce_mask & NHO_ATTR_FLAGS) && nh->nh_flags)
		nl_dump(p, " flags %s",
			rtnl_route_nh_flags2str((int)nh->nh_flags, buf,
						sizeof(buf)));
	nl_dump(p, "\n");
}

static struct nl_object_ops nh_obj_ops = {
	.oo_name = "route/nh",
	.oo_size = sizeof(struct rtnl_nh),
	.oo_free_data = nh_free_data,
	.oo_clone = nh_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = nh_dump_line,
		[NL_DUMP_DETAILS] = nh_dump_details,
		[NL_DUMP_STATS] = nh_dump_details,
	},
	.oo_compare = nh_compare,
	.oo_keygen = nh_keygen,
	.oo_attrs2str = nh_attrs2str,
	.oo_id_attrs = NHO_ATTR_ID,
};

/* ------------------------------------------------------------------ */
/* Parsing and building                                                 */

static const struct nla_policy nh_policy[NHA_MAX + 1] = {
	[NHA_ID] = { .type = NLA_U32 },
	[NHA_GROUP_TYPE] = { .type = NLA_U16 },
	[NHA_OIF] = { .type = NLA_U32 },
	[NHA_ENCAP_TYPE] = { .type = NLA_U16 },
	[NHA_ENCAP] = { .type = NLA_NESTED },
	[NHA_RES_GROUP] = { .type = NLA_NESTED },
};

/* Parse an RTM_NEWNEXTHOP/RTM_DELNEXTHOP message into nh. */
int _rtnl_nh_parse(struct rtnl_nh *nh, struct nlmsghdr *n)
{
	struct nlattr *tb[NHA_MAX + 1];
	int err;

	if (!nlmsg_valid_hdr(n, sizeof(struct nhmsg)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, sizeof(struct nhmsg), tb, NHA_MAX, nh_policy);
	if (err < 0)
		return err;
	nh->ce_msgtype = n->nlmsg_type;
	nlo_parse_hdr(nh, &nh_table, nlmsg_data(n), sizeof(struct nhmsg));
	err = nlo_parse(nh, &nh_table, tb);
	if (err < 0)
		return err;
	if (tb[NHA_RES_GROUP]) {
		err = nlo_parse_attrs(nh, &nh_res_table,
				      nla_data(tb[NHA_RES_GROUP]),
				      nla_len(tb[NHA_RES_GROUP]), NULL);
		if (err < 0)
			return err;
	}
	if (tb[NHA_ENCAP] && tb[NHA_ENCAP_TYPE]) {
		struct rtnl_nh_encap *e;

		err = _nh_encap_parse(&e, tb[NHA_ENCAP], tb[NHA_ENCAP_TYPE]);
		if (err < 0)
			return err;
		rtnl_nh_encap_free(nh->nh_encap);
		nh->nh_encap = e;
		nh->ce_mask |= NHO_ATTR_ENCAP;
	}
	return 0;
}

static int nh_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct rtnl_nh *nh = rtnl_nh_alloc();
	int err;

	(void)ops;
	(void)who;
	if (!nh)
		return -NLE_NOMEM;
	err = _rtnl_nh_parse(nh, n);
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)nh, pp);
	rtnl_nh_put(nh);
	return err;
}

static int nh_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	struct nhmsg nhm = { .nh_family = (unsigned char)c->c_iarg1 };

	return nl_send_simple(sk, RTM_GETNEXTHOP, NLM_F_DUMP, &nhm,
			      sizeof(nhm));
}

/* Build an RTM_NEWNEXTHOP request from nh (flags: NLM_F_*). */
int _rtnl_nh_build_msg(struct rtnl_nh *nh, int cmd, int flags,
		       struct nl_msg **result)
{
	struct nhmsg nhm = { 0 };
	struct nl_msg *msg;
	int err;

	/* the header carries the caller's family as set, AF_UNSPEC when
	 * none (what groups need; the kernel refuses it for the others) */
	nlo_build_hdr(nh, &nh_table, &nhm,
		      NHO_ATTR_FAMILY | NHO_ATTR_PROTOCOL | NHO_ATTR_FLAGS);
	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	err = nlmsg_append(msg, &nhm, sizeof(nhm), NLMSG_ALIGNTO);
	if (err < 0)
		goto fail;
	err = nlo_build(msg, nh, &nh_table, ~(uint64_t)0);
	if (err < 0)
		goto fail;
	if (nh->ce_mask & NHO_ATTR_RES_ANY) {
		struct nlattr *nest = nla_nest_start(msg, NHA_RES_GROUP);

		if (!nest) {
			err = -NLE_MSGSIZE;
			goto fail;
		}
		err = nlo_build(msg, nh, &nh_res_table, ~(uint64_t)0);
		if (err < 0)
			goto fail;
		nla_nest_end(msg, nest);
	}
	if ((nh->ce_mask & NHO_ATTR_ENCAP) && nh->nh_encap) {
		err = _nh_encap_put(msg, nh->nh_encap, NHA_ENCAP,
				    NHA_ENCAP_TYPE);
		if (err < 0)
			goto fail;
	}
	*result = msg;
	return 0;
fail:
	nlmsg_free(msg);
	return err < 0 ? err : -NLE_MSGSIZE;
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/** Allocate an empty nexthop object; NULL when out of memory. */
struct rtnl_nh *rtnl_nh_alloc(void)
{
	return (struct rtnl_nh *)nl_object_alloc(&nh_obj_ops);
}

/** Drop a reference to @nh (NULL is ignored). */
void rtnl_nh_put(struct rtnl_nh *nh)
{
	nl_object_put((struct nl_object *)nh);
}

/**
 * Allocate a cache of the kernel's nexthops and fill it.
 * @arg sk		connected route socket
 * @arg family		AF_UNSPEC for all, or AF_INET / AF_INET6
 * @arg result		receives the new cache (the caller owns it)
 *
 * @return 0 or a negative error code.
 */
int rtnl_nh_alloc_cache(struct nl_sock *sk, int family,
			struct nl_cache **result)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&nh_ops);
	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = family;
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/**
 * Look up the nexthop with id @nhid in @cache.
 *
 * @return the nexthop with a reference the caller drops with
 *         rtnl_nh_put(), or NULL.
 */
struct rtnl_nh *rtnl_nh_get(struct nl_cache *cache, int nhid)
{
	struct rtnl_nh *needle, *nh;

	if (!cache || cache->c_ops != &nh_ops || nhid <= 0)
		return NULL;
	needle = rtnl_nh_alloc();
	if (!needle)
		return NULL;
	rtnl_nh_set_id(needle, (uint32_t)nhid);
	/* the id is the object's identity: a hash lookup */
	nh = (struct rtnl_nh *)nl_cache_search(cache,
					       (struct nl_object *)needle);
	rtnl_nh_put(needle);
	return nh;
}

/**
 * Create (or, with NLM_F_REPLACE, replace) the nexthop @nh in the kernel
 * and wait for the acknowledgement.  NLM_F_CREATE is always set; @flags
 * adds NLM_F_EXCL, NLM_F_REPLACE...
 *
 * @return 0 or a negative error code.
 */
int rtnl_nh_add(struct nl_sock *sk, struct rtnl_nh *nh, int flags)
{
	struct nl_msg *msg;
	int err;

	if (!sk || !nh)
		return -NLE_INVAL;
	err = _rtnl_nh_build_msg(nh, RTM_NEWNEXTHOP, NLM_F_CREATE | flags,
				 &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return nl_wait_for_ack(sk);
}

/**
 * Set the gateway (IPv4 or IPv6); @nh takes its own reference.  NULL
 * removes it.
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_gateway(struct rtnl_nh *nh, struct nl_addr *addr)
{
	if (!nh)
		return -NLE_INVAL;
	nl_addr_put(nh->nh_gateway);
	nh->nh_gateway = addr ? nl_addr_get(addr) : NULL;
	if (addr)
		nh->ce_mask |= NHO_ATTR_GATEWAY;
	else
		nh->ce_mask &= ~NHO_ATTR_GATEWAY;
	return 0;
}

/** The gateway (owned by @nh), or NULL. */
struct nl_addr *rtnl_nh_get_gateway(struct rtnl_nh *nh)
{
	return nh && (nh->ce_mask & NHO_ATTR_GATEWAY) ? nh->nh_gateway : NULL;
}

/**
 * Mark @nh as a bridge FDB nexthop (@value nonzero) or not.
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_fdb(struct rtnl_nh *nh, int value)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_fdb = value ? 1 : 0;
	if (value)
		nh->ce_mask |= NHO_ATTR_FDB;
	else
		nh->ce_mask &= ~NHO_ATTR_FDB;
	return 0;
}

/**
 * Whether @nh is an FDB nexthop: nonzero (not necessarily 1) when it is,
 * 0 when not, -NLE_INVAL without @nh.
 */
int rtnl_nh_get_fdb(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	return nh->nh_fdb ? (int)(nh->ce_mask & NHO_ATTR_FDB) : 0;
}

/**
 * Set the output interface; 0 removes it.
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_oif(struct rtnl_nh *nh, uint32_t ifindex)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_oif = ifindex;
	if (ifindex)
		nh->ce_mask |= NHO_ATTR_OIF;
	else
		nh->ce_mask &= ~NHO_ATTR_OIF;
	return 0;
}

/** The output interface index, 0 when none, -NLE_INVAL without @nh. */
int rtnl_nh_get_oif(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	return (nh->ce_mask & NHO_ATTR_OIF) ? (int)nh->nh_oif : 0;
}

/**
 * Set the address family (AF_INET, AF_INET6, or AF_UNSPEC for groups).
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_family(struct rtnl_nh *nh, uint8_t family)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_family = family;
	nh->ce_mask |= NHO_ATTR_FAMILY;
	return 0;
}

/** The address family, -NLE_INVAL without @nh. */
int rtnl_nh_get_family(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	return nh->nh_family;
}

/**
 * Set the nexthop id; 0 removes it (the kernel then picks one).
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_id(struct rtnl_nh *nh, uint32_t id)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_id = id;
	if (id)
		nh->ce_mask |= NHO_ATTR_ID;
	else
		nh->ce_mask &= ~NHO_ATTR_ID;
	return 0;
}

/** The nexthop id, or -NLE_INVAL when it has none. */
int rtnl_nh_get_id(struct rtnl_nh *nh)
{
	if (!nh || !(nh->ce_mask & NHO_ATTR_ID))
		return -NLE_INVAL;
	return (int)nh->nh_id;
}

/**
 * Make @nh a group of the @size nexthops in @entries (copied; weights as
 * the kernel carries them: 0 is weight 1).  @size 0 removes the group.
 *
 * @return 0, -NLE_INVAL (no @nh, or @entries NULL with a size),
 *         -NLE_NOMEM.
 */
int rtnl_nh_set_group(struct rtnl_nh *nh, const nl_nh_group_info_t *entries,
		      unsigned int size)
{
	nl_nh_group_t *g;

	if (!nh || (size && !entries))
		return -NLE_INVAL;
	if (!size) {
		group_put(nh->nh_group);
		nh->nh_group = NULL;
		nh->ce_mask &= ~NHO_ATTR_GROUP;
		return 0;
	}
	g = group_alloc(size);
	if (!g)
		return -NLE_NOMEM;
	memcpy(g->entries, entries, size * sizeof(*entries));
	group_put(nh->nh_group);
	nh->nh_group = g;
	nh->ce_mask |= NHO_ATTR_GROUP;
	return 0;
}

/**
 * Number of group members.
 *
 * @return the size, -NLE_MISSING_ATTR when @nh is no group, -NLE_INVAL
 *         without @nh.
 */
int rtnl_nh_get_group_size(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	if (!(nh->ce_mask & NHO_ATTR_GROUP) || !nh->nh_group)
		return -NLE_MISSING_ATTR;
	return (int)nh->nh_group->size;
}

/**
 * The nexthop id of group member @n (from 0).
 *
 * @return the id, -NLE_MISSING_ATTR when @nh is no group, -NLE_INVAL
 *         without @nh or when the group has no member @n.
 */
int rtnl_nh_get_group_entry(struct rtnl_nh *nh, int n)
{
	if (!nh)
		return -NLE_INVAL;
	if (!(nh->ce_mask & NHO_ATTR_GROUP) || !nh->nh_group)
		return -NLE_MISSING_ATTR;
	if (n < 0 || (unsigned int)n >= nh->nh_group->size)
		return -NLE_INVAL;
	return (int)nh->nh_group->entries[n].nh_id;
}

/**
 * Set the group type (NEXTHOP_GRP_TYPE_MPATH or NEXTHOP_GRP_TYPE_RES).
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_group_type(struct rtnl_nh *nh, uint16_t type)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_group_type = type;
	nh->ce_mask |= NHO_ATTR_GROUP_TYPE;
	return 0;
}

/** The group type, or -NLE_INVAL when not set. */
int rtnl_nh_get_group_type(struct rtnl_nh *nh)
{
	if (!nh || !(nh->ce_mask & NHO_ATTR_GROUP_TYPE))
		return -NLE_INVAL;
	return nh->nh_group_type;
}

/* @nh when it is a resilient group (NEXTHOP_GRP_TYPE_RES), else NULL. */
static struct rtnl_nh *res_group(struct rtnl_nh *nh)
{
	if (!nh || !(nh->ce_mask & NHO_ATTR_GROUP_TYPE) ||
	    nh->nh_group_type != NEXTHOP_GRP_TYPE_RES)
		return NULL;
	return nh;
}

/* The value of resilient group attribute @bit into *@out. */
static int res_get(struct rtnl_nh *nh, uint32_t bit, uint32_t v,
		   uint32_t *out)
{
	if (!res_group(nh) || !out)
		return -NLE_INVAL;
	if (!(nh->ce_mask & bit))
		return -NLE_MISSING_ATTR;
	*out = v;
	return 0;
}

/**
 * Set the number of buckets of a resilient group; 0 removes it.
 *
 * @return 0, or -NLE_INVAL without @nh or when @nh is no resilient group
 *         (set its group type first).
 */
int rtnl_nh_set_res_group_bucket_size(struct rtnl_nh *nh, uint16_t buckets)
{
	if (!res_group(nh))
		return -NLE_INVAL;
	nh->nh_res_buckets = buckets;
	if (buckets)
		nh->ce_mask |= NHO_ATTR_RES_BUCKETS;
	else
		nh->ce_mask &= ~NHO_ATTR_RES_BUCKETS;
	return 0;
}

/**
 * Number of buckets of a resilient group.
 *
 * @return the number, -NLE_MISSING_ATTR when not set, -NLE_INVAL when
 *         @nh is no resilient group.
 */
int rtnl_nh_get_res_group_bucket_size(struct rtnl_nh *nh)
{
	uint32_t v;
	int err;

	err = res_get(nh, NHO_ATTR_RES_BUCKETS, nh ? nh->nh_res_buckets : 0,
		      &v);
	return err < 0 ? err : (int)v;
}

/**
 * Set the idle timer of a resilient group, in clock ticks (USER_HZ) as
 * the kernel carries it.
 *
 * @return 0, or -NLE_INVAL without @nh or when @nh is no resilient group.
 */
int rtnl_nh_set_res_group_idle_timer(struct rtnl_nh *nh, uint32_t idle_timer)
{
	if (!res_group(nh))
		return -NLE_INVAL;
	nh->nh_res_idle = idle_timer;
	nh->ce_mask |= NHO_ATTR_RES_IDLE;
	return 0;
}

/**
 * The idle timer of a resilient group into *@out.
 *
 * @return 0, -NLE_INVAL (no @nh, no @out, no resilient group),
 *         -NLE_MISSING_ATTR when not set.
 */
int rtnl_nh_get_res_group_idle_timer(struct rtnl_nh *nh, uint32_t *out)
{
	return res_get(nh, NHO_ATTR_RES_IDLE, nh ? nh->nh_res_idle : 0, out);
}

/**
 * Set the unbalanced timer of a resilient group, in clock ticks
 * (USER_HZ) as the kernel carries it.
 *
 * @return 0, or -NLE_INVAL without @nh or when @nh is no resilient group.
 */
int rtnl_nh_set_res_group_unbalanced_timer(struct rtnl_nh *nh,
					   uint32_t unbalanced_timer)
{
	if (!res_group(nh))
		return -NLE_INVAL;
	nh->nh_res_unbalanced = unbalanced_timer;
	nh->ce_mask |= NHO_ATTR_RES_UNBALANCED;
	return 0;
}

/**
 * The unbalanced timer of a resilient group into *@out.
 *
 * @return 0, -NLE_INVAL (no @nh, no @out, no resilient group),
 *         -NLE_MISSING_ATTR when not set.
 */
int rtnl_nh_get_res_group_unbalanced_timer(struct rtnl_nh *nh, uint32_t *out)
{
	return res_get(nh, NHO_ATTR_RES_UNBALANCED,
		       nh ? nh->nh_res_unbalanced : 0, out);
}

/**
 * Give @nh the encapsulation @encap (it replaces the one @nh had).  The
 * encapsulation belongs to @nh from the call on, whatever the result: it
 * is freed when refused.  NULL removes the encapsulation.
 *
 * @return 0, or -NLE_INVAL without @nh or for an encapsulation without a
 *         type (@nh keeps what it had then).
 */
int rtnl_nh_set_encap(struct rtnl_nh *nh, struct rtnl_nh_encap *encap)
{
	if (!nh || (encap && rtnl_nh_encap_get_type(encap) < 0)) {
		rtnl_nh_encap_free(encap);
		return -NLE_INVAL;
	}
	if (nh->nh_encap != encap)
		rtnl_nh_encap_free(nh->nh_encap);
	nh->nh_encap = encap;
	if (encap)
		nh->ce_mask |= NHO_ATTR_ENCAP;
	else
		nh->ce_mask &= ~NHO_ATTR_ENCAP;
	return 0;
}

/** The encapsulation of @nh (owned by @nh), or NULL. */
struct rtnl_nh_encap *rtnl_nh_get_encap(struct rtnl_nh *nh)
{
	return nh && (nh->ce_mask & NHO_ATTR_ENCAP) ? nh->nh_encap : NULL;
}

static struct nl_af_group nh_groups[] = {
	{ AF_UNSPEC, RTNLGRP_NEXTHOP },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops nh_ops = {
	.co_name = "route/nh",
	.co_hdrsize = sizeof(struct nhmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = nh_groups,
	.co_request_update = nh_request_update,
	.co_msg_parser = nh_msg_parser,
	.co_obj_ops = &nh_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWNEXTHOP, NL_ACT_NEW, "new" },
		{ RTM_DELNEXTHOP, NL_ACT_DEL, "del" },
		{ RTM_GETNEXTHOP, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) nh_init(void)
{
	nl_cache_mngt_register(&nh_ops);
}

static void __attribute__((destructor)) nh_exit(void)
{
	nl_cache_mngt_unregister(&nh_ops);
}
