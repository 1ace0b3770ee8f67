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
	return _rtnl_route_nh_encap_differ(((const struct rtnl_nh *)a)->nh_encap,
					   ((const struct rtnl_nh *)b)->nh_encap);
}

static int encap_clone(void *dst, const void *src)
{
	const struct rtnl_nh_encap *e = ((const struct rtnl_nh *)src)->nh_encap;
	struct rtnl_nh *d = dst;

	d->nh_encap = NULL;
	if (!e)
		return 0;
	d->nh_encap = _rtnl_route_nh_encap_clone(e);
	return d->nh_encap ? 0 : -NLE_NOMEM;
}

static void encap_free(void *base)
{
	struct rtnl_nh *nh = base;

	_rtnl_route_nh_encap_free(nh->nh_encap);
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
		struct rtnl_nexthop tmp;

		/* the route part knows how to read an encapsulation */
		memset(&tmp, 0, sizeof(tmp));
		err = _rtnl_route_nh_parse_encap(&tmp, tb[NHA_ENCAP],
						 tb[NHA_ENCAP_TYPE]);
		if (err < 0)
			return err;
		if (tmp.rtnh_encap) {
			_rtnl_route_nh_encap_free(nh->nh_encap);
			nh->nh_encap = tmp.rtnh_encap;
			nh->ce_mask |= NHO_ATTR_ENCAP;
			/* IP tunnels keep their destination in ->dst too */
			rtnl_nh_get_encap_ip_dst(nh->nh_encap);
			rtnl_nh_get_encap_ip6_dst(nh->nh_encap);
		}
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

	nlo_build_hdr(nh, &nh_table, &nhm,
		      NHO_ATTR_FAMILY | NHO_ATTR_PROTOCOL | NHO_ATTR_FLAGS);
	/* the kernel wants the family of the gateway in the header */
	if (!(nh->ce_mask & NHO_ATTR_FAMILY) &&
	    (nh->ce_mask & NHO_ATTR_GATEWAY) && nh->nh_gateway)
		nhm.nh_family = (unsigned char)nl_addr_get_family(
			nh->nh_gateway);
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

/** 1 when @nh is an FDB nexthop, 0 when not, -NLE_INVAL without @nh. */
int rtnl_nh_get_fdb(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	return (nh->ce_mask & NHO_ATTR_FDB) && nh->nh_fdb;
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

/** Number of group members, 0 when @nh is no group, -NLE_INVAL without @nh. */
int rtnl_nh_get_group_size(struct rtnl_nh *nh)
{
	if (!nh)
		return -NLE_INVAL;
	if (!(nh->ce_mask & NHO_ATTR_GROUP) || !nh->nh_group)
		return 0;
	return (int)nh->nh_group->size;
}

/**
 * The nexthop id of group member @n (from 0).
 *
 * @return the id, or -NLE_INVAL when @nh has no such member.
 */
int rtnl_nh_get_group_entry(struct rtnl_nh *nh, int n)
{
	if (!nh || !(nh->ce_mask & NHO_ATTR_GROUP) || !nh->nh_group ||
	    n < 0 || (unsigned int)n >= nh->nh_group->size)
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

/**
 * Set the number of buckets of a resilient group.
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_res_group_bucket_size(struct rtnl_nh *nh, uint16_t buckets)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_res_buckets = buckets;
	nh->ce_mask |= NHO_ATTR_RES_BUCKETS;
	return 0;
}

/** Number of buckets of a resilient group, or -NLE_INVAL when not set. */
int rtnl_nh_get_res_group_bucket_size(struct rtnl_nh *nh)
{
	if (!nh || !(nh->ce_mask & NHO_ATTR_RES_BUCKETS))
		return -NLE_INVAL;
	return nh->nh_res_buckets;
}

/**
 * Set the idle timer of a resilient group (clock ticks, as the kernel
 * carries it).
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_res_group_idle_timer(struct rtnl_nh *nh, uint32_t idle_timer)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_res_idle = idle_timer;
	nh->ce_mask |= NHO_ATTR_RES_IDLE;
	return 0;
}

/**
 * The idle timer of a resilient group into *@out.
 *
 * @return 0, -NLE_INVAL (no @nh or @out), -NLE_MISSING_ATTR when not set.
 */
int rtnl_nh_get_res_group_idle_timer(struct rtnl_nh *nh, uint32_t *out)
{
	if (!nh || !out)
		return -NLE_INVAL;
	if (!(nh->ce_mask & NHO_ATTR_RES_IDLE))
		return -NLE_MISSING_ATTR;
	*out = nh->nh_res_idle;
	return 0;
}

/**
 * Set the unbalanced timer of a resilient group (clock ticks).
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_res_group_unbalanced_timer(struct rtnl_nh *nh,
					   uint32_t unbalanced_timer)
{
	if (!nh)
		return -NLE_INVAL;
	nh->nh_res_unbalanced = unbalanced_timer;
	nh->ce_mask |= NHO_ATTR_RES_UNBALANCED;
	return 0;
}

/**
 * The unbalanced timer of a resilient group into *@out.
 *
 * @return 0, -NLE_INVAL (no @nh or @out), -NLE_MISSING_ATTR when not set.
 */
int rtnl_nh_get_res_group_unbalanced_timer(struct rtnl_nh *nh, uint32_t *out)
{
	if (!nh || !out)
		return -NLE_INVAL;
	if (!(nh->ce_mask & NHO_ATTR_RES_UNBALANCED))
		return -NLE_MISSING_ATTR;
	*out = nh->nh_res_unbalanced;
	return 0;
}

/**
 * Give @nh the encapsulation @encap; @nh owns it from now on (and frees
 * the one it had).  NULL removes the encapsulation.
 *
 * @return 0, or -NLE_INVAL without @nh.
 */
int rtnl_nh_set_encap(struct rtnl_nh *nh, struct rtnl_nh_encap *encap)
{
	if (!nh)
		return -NLE_INVAL;
	if (nh->nh_encap != encap)
		_rtnl_route_nh_encap_free(nh->nh_encap);
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

/* ------------------------------------------------------------------ */
/* Lightweight tunnel encapsulation (struct rtnl_nh_encap)              */
/*
 * The encapsulation structure belongs to the route part (nexthop.c): an
 * MPLS encapsulation keeps its label stack in ->dst and its ttl, every
 * other type keeps its nested attributes in wire form in ->raw.  The
 * accessors of the IP, IPv6 and ILA types read and rewrite those
 * attributes, so routes and nexthops build them without knowing the type.
 * The destination address of IP and IPv6 is also kept in ->dst, so that
 * its getter can hand out an address the encapsulation owns.
 */

/* Find attribute @type among the raw attributes of @e. */
static struct nlattr *raw_find(const struct rtnl_nh_encap *e, int type)
{
	if (!e->raw)
		return NULL;
	return nla_find(nl_data_get(e->raw), (int)nl_data_get_size(e->raw),
			type);
}

/* Replace (or with @data NULL remove) attribute @type in e->raw. */
static int raw_set(struct rtnl_nh_encap *e, int type, const void *data,
		   int len)
{
	size_t old = e->raw ? nl_data_get_size(e->raw) : 0;
	size_t cap = NLA_ALIGN(old) + (size_t)nla_total_size(len);
	struct nl_data *nd;
	struct nlattr *nla;
	char *buf, *w;
	int rem;

	buf = calloc(1, cap);
	if (!buf)
		return -NLE_NOMEM;
	w = buf;
	if (e->raw) {
		nla_for_each_attr(nla, nl_data_get(e->raw), (int)old, rem) {
			/* the last attribute may lack its padding: copy
			 * what is there, the zeroed buffer pads it */
			size_t n = nla->nla_len;

			if (nla_type(nla) == type)
				continue;
			memcpy(w, nla, n);
			w += NLA_ALIGN(n);
		}
	}
	if (data) {
		struct nlattr hdr = { .nla_len = (uint16_t)nla_attr_size(len),
				      .nla_type = (uint16_t)type };

		memcpy(w, &hdr, sizeof(hdr));
		memcpy(w + NLA_HDRLEN, data, (size_t)len);
		w += nla_total_size(len);
	}
	nd = nl_data_alloc(buf, (size_t)(w - buf));
	free(buf);
	if (!nd)
		return -NLE_NOMEM;
	nl_data_free(e->raw);
	e->raw = nd;
	return 0;
}

/* Start over as an encapsulation of @type (nothing else kept). */
static void encap_reset(struct rtnl_nh_encap *e, uint16_t type)
{
	if (e->type == type)
		return;
	nl_addr_put(e->dst);
	nl_data_free(e->raw);
	e->dst = NULL;
	e->raw = NULL;
	e->ttl = 0;
	e->has_ttl = 0;
	e->type = type;
}

static int raw_u8(struct rtnl_nh_encap *e, uint16_t type, int attr,
		  int absent)
{
	struct nlattr *a;

	if (!e || e->type != type)
		return -NLE_INVAL;
	a = raw_find(e, attr);
	if (!a || nla_len(a) < 1)
		return absent;
	return nla_get_u8(a);
}

static int raw_put_u8(struct rtnl_nh_encap *e, uint16_t type, int attr,
		      uint8_t v)
{
	if (!e || e->type != type)
		return -NLE_INVAL;
	return raw_set(e, attr, &v, 1);
}

static int raw_be16(struct rtnl_nh_encap *e, uint16_t type, int attr)
{
	struct nlattr *a;
	uint16_t v;

	if (!e || e->type != type)
		return -NLE_INVAL;
	a = raw_find(e, attr);
	if (!a || nla_len(a) < 2)
		return 0;
	memcpy(&v, nla_data(a), 2);
	return ntohs(v);
}

static int raw_put_be16(struct rtnl_nh_encap *e, uint16_t type, int attr,
			uint16_t v)
{
	if (!e || e->type != type)
		return -NLE_INVAL;
	v = htons(v);
	return raw_set(e, attr, &v, 2);
}

static uint64_t raw_be64(struct rtnl_nh_encap *e, uint16_t type, int attr)
{
	struct nlattr *a;
	uint64_t v;

	if (!e || e->type != type)
		return 0;
	a = raw_find(e, attr);
	if (!a || nla_len(a) < 8)
		return 0;
	memcpy(&v, nla_data(a), 8);
	return be64toh(v);
}

static int raw_put_be64(struct rtnl_nh_encap *e, uint16_t type, int attr,
			uint64_t v)
{
	if (!e || e->type != type)
		return -NLE_INVAL;
	v = htobe64(v);
	return raw_set(e, attr, &v, 8);
}

static int addr_len_of(int family)
{
	return family == AF_INET ? 4 : family == AF_INET6 ? 16 : -1;
}

/* Set (or with @addr NULL remove) the address attribute @attr. */
static int raw_put_addr(struct rtnl_nh_encap *e, uint16_t type, int attr,
			int family, struct nl_addr *addr)
{
	if (!e || e->type != type)
		return -NLE_INVAL;
	if (!addr)
		return raw_set(e, attr, NULL, 0);
	if (nl_addr_get_family(addr) != family ||
	    (int)nl_addr_get_len(addr) != addr_len_of(family))
		return -NLE_INVAL;
	return raw_set(e, attr, nl_addr_get_binary_addr(addr),
		       (int)nl_addr_get_len(addr));
}

/* The destination of an IP/IPv6 encapsulation, kept in e->dst. */
static struct nl_addr *encap_dst(struct rtnl_nh_encap *e, uint16_t type,
				 int attr, int family)
{
	struct nlattr *a;

	if (!e || e->type != type)
		return NULL;
	if (!e->dst) {
		a = raw_find(e, attr);
		if (!a || nla_len(a) != addr_len_of(family))
			return NULL;
		e->dst = nl_addr_build(family, nla_data(a),
				       (size_t)nla_len(a));
	}
	return e->dst;
}

/*
 * The source address of an IP/IPv6 encapsulation.  The route part's
 * structure has no member for it, so the address handed out lives in a
 * small per-thread ring: it stays valid for the next 15 calls of this
 * getter in the same thread (take a reference with nl_addr_get() to keep
 * it longer).
 */
#define SRC_RING 16
static __thread struct nl_addr *src_ring[SRC_RING];
static __thread unsigned int src_next;

static struct nl_addr *encap_src(struct rtnl_nh_encap *e, uint16_t type,
				 int attr, int family)
{
	struct nl_addr *addr;
	struct nlattr *a;

	if (!e || e->type != type)
		return NULL;
	a = raw_find(e, attr);
	if (!a || nla_len(a) != addr_len_of(family))
		return NULL;
	addr = nl_addr_build(family, nla_data(a), (size_t)nla_len(a));
	if (!addr)
		return NULL;
	nl_addr_put(src_ring[src_next]);
	src_ring[src_next] = addr;
	src_next = (src_next + 1) % SRC_RING;
	return addr;
}

static void __attribute__((destructor)) nh_src_ring_exit(void)
{
	unsigned int i;

	for (i = 0; i < SRC_RING; i++) {
		nl_addr_put(src_ring[i]);
		src_ring[i] = NULL;
	}
}

int _nh_encap_put(struct nl_msg *msg, struct rtnl_nh_encap *e, int nest_type,
		  int type_attr)
{
	struct nlattr *n;

	n = nla_nest_start(msg, nest_type);
	if (!n)
		return -NLE_MSGSIZE;
	if (e->type == LWTUNNEL_ENCAP_MPLS) {
		if (!e->dst || nla_put_addr(msg, MPLS_IPTUNNEL_DST, e->dst) < 0 ||
		    (e->has_ttl &&
		     nla_put_u8(msg, MPLS_IPTUNNEL_TTL, e->ttl) < 0))
			return -NLE_MSGSIZE;
	} else if (e->raw) {
		if (nlmsg_append(msg, nl_data_get(e->raw),
				 nl_data_get_size(e->raw), NLA_ALIGNTO) < 0)
			return -NLE_MSGSIZE;
	}
	nla_nest_end(msg, n);
	if (nla_put_u16(msg, type_attr, e->type) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

void _nh_encap_dump(struct rtnl_nh_encap *e, struct nl_dump_params *p)
{
	char buf[INET6_ADDRSTRLEN + 8];
	struct nl_addr *a;
	int v;

	switch (e->type) {
	case LWTUNNEL_ENCAP_MPLS:
		nl_dump(p, " encap mpls %s",
			e->dst ? nl_addr2str(e->dst, buf, sizeof(buf)) : "none");
		if (e->has_ttl)
			nl_dump(p, " ttl %u", e->ttl);
		break;
	case LWTUNNEL_ENCAP_IP:
		nl_dump(p, " encap ip id %llu",
			(unsigned long long)rtnl_nh_get_encap_ip_id(e));
		if ((a = rtnl_nh_get_encap_ip_src(e)))
			nl_dump(p, " src %s", nl_addr2str(a, buf, sizeof(buf)));
		if ((a = rtnl_nh_get_encap_ip_dst(e)))
			nl_dump(p, " dst %s", nl_addr2str(a, buf, sizeof(buf)));
		nl_dump(p, " ttl %d tos %d", rtnl_nh_get_encap_ip_ttl(e),
			rtnl_nh_get_encap_ip_tos(e));
		if ((v = rtnl_nh_get_encap_ip_flags(e)))
			nl_dump(p, " flags 0x%x", v);
		break;
	case LWTUNNEL_ENCAP_IP6:
		nl_dump(p, " encap ip6 id %llu",
			(unsigned long long)rtnl_nh_get_encap_ip6_id(e));
		if ((a = rtnl_nh_get_encap_ip6_src(e)))
			nl_dump(p, " src %s", nl_addr2str(a, buf, sizeof(buf)));
		if ((a = rtnl_nh_get_encap_ip6_dst(e)))
			nl_dump(p, " dst %s", nl_addr2str(a, buf, sizeof(buf)));
		nl_dump(p, " hoplimit %d tc %d",
			rtnl_nh_get_encap_ip6_hoplimit(e),
			rtnl_nh_get_encap_ip6_tc(e));
		if ((v = rtnl_nh_get_encap_ip6_flags(e)))
			nl_dump(p, " flags 0x%x", v);
		break;
	case LWTUNNEL_ENCAP_ILA: {
		uint64_t loc = 0;

		rtnl_nh_get_encap_ila_locator(e, &loc);
		nl_dump(p, " encap ila %04x:%04x:%04x:%04x",
			(unsigned int)(loc >> 48) & 0xffff,
			(unsigned int)(loc >> 32) & 0xffff,
			(unsigned int)(loc >> 16) & 0xffff,
			(unsigned int)loc & 0xffff);
		if ((v = rtnl_nh_get_encap_ila_csum_mode(e)) >= 0)
			nl_dump(p, " csum-mode %d", v);
		if ((v = rtnl_nh_get_encap_ila_ident_type(e)) >= 0)
			nl_dump(p, " ident-type %d", v);
		if ((v = rtnl_nh_get_encap_ila_hook_type(e)) >= 0)
			nl_dump(p, " hook-type %d", v);
		break;
	}
	default:
		nl_dump(p, " encap %u", e->type);
	}
}

/** Allocate an empty encapsulation (type LWTUNNEL_ENCAP_NONE). */
struct rtnl_nh_encap *rtnl_nh_encap_alloc(void)
{
	return calloc(1, sizeof(struct rtnl_nh_encap));
}

/** Free @encap and what it holds (NULL is ignored). */
void rtnl_nh_encap_free(struct rtnl_nh_encap *encap)
{
	_rtnl_route_nh_encap_free(encap);
}

/** A deep copy of @encap; NULL when @encap is NULL or out of memory. */
struct rtnl_nh_encap *rtnl_nh_encap_clone(struct rtnl_nh_encap *encap)
{
	return _rtnl_route_nh_encap_clone(encap);
}

/** The LWTUNNEL_ENCAP_* type of @encap, -NLE_INVAL without one. */
int rtnl_nh_encap_get_type(struct rtnl_nh_encap *encap)
{
	if (!encap)
		return -NLE_INVAL;
	return encap->type;
}

/**
 * Make @encap an MPLS encapsulation pushing the labels of @dst (AF_MPLS),
 * with @ttl when not 0.  @encap takes its own reference to @dst.
 *
 * @return 0, or -NLE_INVAL without @encap or @dst.
 */
int rtnl_nh_encap_mpls(struct rtnl_nh_encap *encap, struct nl_addr *dst,
		       uint8_t ttl)
{
	if (!encap || !dst)
		return -NLE_INVAL;
	encap_reset(encap, LWTUNNEL_ENCAP_MPLS);
	nl_addr_put(encap->dst);
	encap->dst = nl_addr_get(dst);
	encap->ttl = ttl;
	encap->has_ttl = ttl != 0;
	return 0;
}

/** The label stack of an MPLS encapsulation (owned by it), or NULL. */
struct nl_addr *rtnl_nh_get_encap_mpls_dst(struct rtnl_nh_encap *encap)
{
	if (!encap || encap->type != LWTUNNEL_ENCAP_MPLS)
		return NULL;
	return encap->dst;
}

/** The ttl of an MPLS encapsulation (0: none), -NLE_INVAL if not MPLS. */
int rtnl_nh_get_encap_mpls_ttl(struct rtnl_nh_encap *encap)
{
	if (!encap || encap->type != LWTUNNEL_ENCAP_MPLS)
		return -NLE_INVAL;
	return encap->has_ttl ? encap->ttl : 0;
}

/* IP and IPv6 tunnels: make the type, set the destination. */
static int encap_tunnel(struct rtnl_nh_encap *e, uint16_t type, int attr,
			int family, struct nl_addr *dst)
{
	int err;

	if (!e || !dst || nl_addr_get_family(dst) != family ||
	    (int)nl_addr_get_len(dst) != addr_len_of(family))
		return -NLE_INVAL;
	encap_reset(e, type);
	err = raw_put_addr(e, type, attr, family, dst);
	if (err < 0)
		return err;
	nl_addr_put(e->dst);
	e->dst = nl_addr_clone(dst);
	return e->dst ? 0 : -NLE_NOMEM;
}

/**
 * Make @encap an IPv4 tunnel (LWTUNNEL_ENCAP_IP) to @dst (copied).
 *
 * @return 0, -NLE_INVAL (no @encap, no IPv4 @dst), -NLE_NOMEM.
 */
int rtnl_nh_encap_ip(struct rtnl_nh_encap *encap, struct nl_addr *dst)
{
	return encap_tunnel(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_DST, AF_INET,
			    dst);
}

/** Destination of an IPv4 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip_dst(struct rtnl_nh_encap *encap)
{
	return encap_dst(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_DST, AF_INET);
}

/** Set the source of an IPv4 tunnel (copied; NULL removes it).
 * @return 0, -NLE_INVAL (not an IPv4 tunnel, not IPv4), -NLE_NOMEM. */
int rtnl_nh_set_encap_ip_src(struct rtnl_nh_encap *encap, struct nl_addr *src)
{
	return raw_put_addr(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_SRC, AF_INET,
			    src);
}

/** Source of an IPv4 tunnel, or NULL (see the note on encap_src()). */
struct nl_addr *rtnl_nh_get_encap_ip_src(struct rtnl_nh_encap *encap)
{
	return encap_src(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_SRC, AF_INET);
}

/** Set the ttl of an IPv4 tunnel. @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip_ttl(struct rtnl_nh_encap *encap, uint8_t ttl)
{
	return raw_put_u8(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_TTL, ttl);
}

/** The ttl of an IPv4 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_ttl(struct rtnl_nh_encap *encap)
{
	return raw_u8(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_TTL, 0);
}

/** Set the TOS of an IPv4 tunnel. @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip_tos(struct rtnl_nh_encap *encap, uint8_t tos)
{
	return raw_put_u8(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_TOS, tos);
}

/** The TOS of an IPv4 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_tos(struct rtnl_nh_encap *encap)
{
	return raw_u8(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_TOS, 0);
}

/** Set the tunnel id (key) of an IPv4 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip_id(struct rtnl_nh_encap *encap, uint64_t id)
{
	return raw_put_be64(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_ID, id);
}

/** The tunnel id of an IPv4 tunnel, 0 when unset or not one. */
uint64_t rtnl_nh_get_encap_ip_id(struct rtnl_nh_encap *encap)
{
	return raw_be64(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_ID);
}

/** Set the TUNNEL_* flags of an IPv4 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip_flags(struct rtnl_nh_encap *encap, uint16_t flags)
{
	return raw_put_be16(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_FLAGS, flags);
}

/** The flags of an IPv4 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_flags(struct rtnl_nh_encap *encap)
{
	return raw_be16(encap, LWTUNNEL_ENCAP_IP, LWTUNNEL_IP_FLAGS);
}

/**
 * Make @encap an IPv6 tunnel (LWTUNNEL_ENCAP_IP6) to @dst (copied).
 *
 * @return 0, -NLE_INVAL (no @encap, no IPv6 @dst), -NLE_NOMEM.
 */
int rtnl_nh_encap_ip6(struct rtnl_nh_encap *encap, struct nl_addr *dst)
{
	return encap_tunnel(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_DST,
			    AF_INET6, dst);
}

/** Destination of an IPv6 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip6_dst(struct rtnl_nh_encap *encap)
{
	return encap_dst(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_DST,
			 AF_INET6);
}

/** Set the source of an IPv6 tunnel (copied; NULL removes it).
 * @return 0, -NLE_INVAL (not an IPv6 tunnel, not IPv6), -NLE_NOMEM. */
int rtnl_nh_set_encap_ip6_src(struct rtnl_nh_encap *encap, struct nl_addr *src)
{
	return raw_put_addr(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_SRC,
			    AF_INET6, src);
}

/** Source of an IPv6 tunnel, or NULL (see the note on encap_src()). */
struct nl_addr *rtnl_nh_get_encap_ip6_src(struct rtnl_nh_encap *encap)
{
	return encap_src(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_SRC,
			 AF_INET6);
}

/** Set the hop limit of an IPv6 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip6_hoplimit(struct rtnl_nh_encap *encap,
				   uint8_t hoplimit)
{
	return raw_put_u8(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_HOPLIMIT,
			  hoplimit);
}

/** The hop limit of an IPv6 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip6_hoplimit(struct rtnl_nh_encap *encap)
{
	return raw_u8(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_HOPLIMIT, 0);
}

/** Set the traffic class of an IPv6 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip6_tc(struct rtnl_nh_encap *encap, uint8_t tc)
{
	return raw_put_u8(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_TC, tc);
}

/** The traffic class of an IPv6 tunnel (0 when unset), -NLE_INVAL if not
 * one. */
int rtnl_nh_get_encap_ip6_tc(struct rtnl_nh_encap *encap)
{
	return raw_u8(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_TC, 0);
}

/** Set the tunnel id of an IPv6 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip6_id(struct rtnl_nh_encap *encap, uint64_t id)
{
	return raw_put_be64(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_ID, id);
}

/** The tunnel id of an IPv6 tunnel, 0 when unset or not one. */
uint64_t rtnl_nh_get_encap_ip6_id(struct rtnl_nh_encap *encap)
{
	return raw_be64(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_ID);
}

/** Set the TUNNEL_* flags of an IPv6 tunnel.
 * @return 0 or -NLE_INVAL, -NLE_NOMEM. */
int rtnl_nh_set_encap_ip6_flags(struct rtnl_nh_encap *encap, uint16_t flags)
{
	return raw_put_be16(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_FLAGS,
			    flags);
}

/** The flags of an IPv6 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip6_flags(struct rtnl_nh_encap *encap)
{
	return raw_be16(encap, LWTUNNEL_ENCAP_IP6, LWTUNNEL_IP6_FLAGS);
}

/**
 * Make @encap an ILA encapsulation writing @locator.
 *
 * @return 0, -NLE_INVAL without @encap, -NLE_NOMEM.
 */
int rtnl_nh_encap_ila(struct rtnl_nh_encap *encap, uint64_t locator)
{
	if (!encap)
		return -NLE_INVAL;
	encap_reset(encap, LWTUNNEL_ENCAP_ILA);
	return raw_set(encap, ILA_ATTR_LOCATOR, &locator, 8);
}

/**
 * The locator of an ILA encapsulation into *@locator.
 *
 * @return 0, -NLE_INVAL (not ILA, no @locator), -NLE_MISSING_ATTR.
 */
int rtnl_nh_get_encap_ila_locator(struct rtnl_nh_encap *encap,
				  uint64_t *locator)
{
	struct nlattr *a;

	if (!encap || !locator || encap->type != LWTUNNEL_ENCAP_ILA)
		return -NLE_INVAL;
	a = raw_find(encap, ILA_ATTR_LOCATOR);
	if (!a || nla_len(a) < 8)
		return -NLE_MISSING_ATTR;
	memcpy(locator, nla_data(a), 8);
	return 0;
}

#define ILA_U8(NAME, ATTR)                                                     \
	int rtnl_nh_set_encap_ila_##NAME(struct rtnl_nh_encap *encap,          \
					 uint8_t v)                            \
	{                                                                      \
		return raw_put_u8(encap, LWTUNNEL_ENCAP_ILA, ATTR, v);         \
	}                                                                      \
	int rtnl_nh_clear_encap_ila_##NAME(struct rtnl_nh_encap *encap)        \
	{                                                                      \
		if (!encap || encap->type != LWTUNNEL_ENCAP_ILA)               \
			return -NLE_INVAL;                                     \
		return raw_set(encap, ATTR, NULL, 0);                          \
	}                                                                      \
	int rtnl_nh_get_encap_ila_##NAME(struct rtnl_nh_encap *encap)          \
	{                                                                      \
		return raw_u8(encap, LWTUNNEL_ENCAP_ILA, ATTR,                 \
			      -NLE_MISSING_ATTR);                              \
	}

/*
 * ILA checksum mode (ILA_CSUM_*), identifier type (ILA_ATYPE_*) and hook
 * type (ILA_HOOK_*): set (0 or -NLE_INVAL when not ILA, -NLE_NOMEM),
 * clear (the kernel's default applies), get (the value, -NLE_INVAL when
 * not ILA, -NLE_MISSING_ATTR when not set).
 */
ILA_U8(csum_mode, ILA_ATTR_CSUM_MODE)
ILA_U8(ident_type, ILA_ATTR_IDENT_TYPE)
ILA_U8(hook_type, ILA_ATTR_HOOK_TYPE)
