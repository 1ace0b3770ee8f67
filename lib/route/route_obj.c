/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The route object: attributes (one table), next hops, metrics, parsing
 * of RTM_NEWROUTE messages, building requests, comparing, dumping.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>

#include "nl-private/route.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>

/* ------------------------------------------------------------------ */
/* Attribute table: the generic code compares, clones, frees and names  */
/* the attributes; messages are parsed and built by hand below because  */
/* prefix lengths live in the header and next hops are special.         */

static int flags_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_route *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->rt_flags ^ y->rt_flags) & y->rt_flag_mask) != 0;
	return x->rt_flags != y->rt_flags;
}

static int metrics_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_route *x = a, *y = b;
	unsigned int i;

	(void)flags;
	if (x->rt_metrics_mask != y->rt_metrics_mask)
		return 1;
	for (i = 0; i < RTAX_MAX; i++)
		if ((x->rt_metrics_mask & (1u << i)) &&
		    x->rt_metrics[i] != y->rt_metrics[i])
			return 1;
	return 0;
}

/* Next hop lists: equal when each next hop of one has an equal one (all
 * attributes, weight and flags included) in the other; loosely, when
 * each next hop of the filter b matches one of a in the attributes b's
 * next hop has. */
static int has_nh(const struct rtnl_route *r, struct rtnl_nexthop *nh,
		  int loose)
{
	struct rtnl_nexthop *x;

	nl_list_for_each_entry(x, &r->rt_nexthops, rtnh_list) {
		if (loose) {
			if (!rtnl_route_nh_compare(x, nh, (uint32_t)nh->ce_mask,
						   1))
				return 1;
		} else if (x->ce_mask == nh->ce_mask &&
			   !rtnl_route_nh_compare(x, nh, x->ce_mask, 0)) {
			return 1;
		}
	}
	return 0;
}

static int nexthops_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_route *x = a, *y = b;
	struct rtnl_nexthop *nh;
	int loose = flags & LOOSE_COMPARISON;

	if (!loose && x->rt_nr_nh != y->rt_nr_nh)
		return 1;
	nl_list_for_each_entry(nh, &y->rt_nexthops, rtnh_list)
		if (!has_nh(x, nh, loose))
			return 1;
	if (loose)
		return 0;
	nl_list_for_each_entry(nh, &x->rt_nexthops, rtnh_list)
		if (!has_nh(y, nh, 0))
			return 1;
	return 0;
}

static const struct nlo_hooks flags_hooks = { .differ = flags_differ };
static const struct nlo_hooks metrics_hooks = { .differ = metrics_differ };
static const struct nlo_hooks nexthops_hooks = { .differ = nexthops_differ };

#define R(m, bit, name, type, ...)                                             \
	NLO_ENTRY(struct rtnl_route, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr route_attrs[] = {
	R(rt_family, ROUTE_ATTR_FAMILY, "family", NLO_U8, .nla = 0),
	R(rt_tos, ROUTE_ATTR_TOS, "tos", NLO_U8, .nla = 0),
	R(rt_table, ROUTE_ATTR_TABLE, "table", NLO_U32, .nla = 0),
	R(rt_protocol, ROUTE_ATTR_PROTOCOL, "protocol", NLO_U8, .nla = 0),
	R(rt_scope, ROUTE_ATTR_SCOPE, "scope", NLO_U8, .nla = 0),
	R(rt_type, ROUTE_ATTR_TYPE, "type", NLO_U8, .nla = 0),
	R(rt_flags, ROUTE_ATTR_FLAGS, "flags", NLO_U32, .hooks = &flags_hooks),
	R(rt_dst, ROUTE_ATTR_DST, "dst", NLO_ADDR, .nla = 0),
	R(rt_src, ROUTE_ATTR_SRC, "src", NLO_ADDR, .nla = 0),
	R(rt_iif, ROUTE_ATTR_IIF, "iif", NLO_U32, .nla = 0),
	NLO_BIT(ROUTE_ATTR_OIF, "oif"),
	NLO_BIT(ROUTE_ATTR_GATEWAY, "gateway"),
	R(rt_prio, ROUTE_ATTR_PRIO, "prio", NLO_U32, .nla = 0),
	R(rt_pref_src, ROUTE_ATTR_PREF_SRC, "pref_src", NLO_ADDR, .nla = 0),
	R(rt_metrics, ROUTE_ATTR_METRICS, "metrics", NLO_NONE,
	  .hooks = &metrics_hooks),
	R(rt_nexthops, ROUTE_ATTR_MULTIPATH, "multipath", NLO_NONE,
	  .hooks = &nexthops_hooks),
	NLO_BIT(ROUTE_ATTR_REALMS, "realms"),
	R(rt_cacheinfo, ROUTE_ATTR_CACHEINFO, "cacheinfo", NLO_BINARY,
	  .flags = NLO_F_NOCMP),
	R(rt_ttl_propagate, ROUTE_ATTR_TTL_PROPAGATE, "ttl_propagate", NLO_U8,
	  .nla = 0),
	R(rt_nhid, ROUTE_ATTR_NHID, "nhid", NLO_U32, .nla = 0),
};

static const struct nlo_table route_table =
	NLO_TABLE(struct rtnl_route, ce_mask, route_attrs, 0);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void route_constructor(struct nl_object *obj)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;

	r->rt_family = AF_UNSPEC;
	r->rt_scope = RT_SCOPE_NOWHERE;
	r->rt_table = RT_TABLE_MAIN;
	r->rt_protocol = RTPROT_STATIC;
	r->rt_type = RTN_UNICAST;
	r->rt_prio = 0;
	nl_init_list_head(&r->rt_nexthops);
}

static void free_nexthops(struct rtnl_route *r)
{
	struct rtnl_nexthop *nh, *tmp;

	nl_list_for_each_entry_safe(nh, tmp, &r->rt_nexthops, rtnh_list) {
		nl_list_del(&nh->rtnh_list);
		rtnl_route_nh_free(nh);
	}
	r->rt_nr_nh = 0;
}

static void route_free_data(struct nl_object *obj)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;

	nlo_free(r, &route_table);
	free_nexthops(r);
	free(r->rt_metrics);
	r->rt_metrics = NULL;
}

static int route_clone(struct nl_object *dst_obj, struct nl_object *src_obj)
{
	struct rtnl_route *dst = (struct rtnl_route *)dst_obj;
	struct rtnl_route *src = (struct rtnl_route *)src_obj;
	struct rtnl_nexthop *nh, *c;
	int err;

	nl_init_list_head(&dst->rt_nexthops);
	dst->rt_nr_nh = 0;
	dst->rt_metrics = NULL;
	err = nlo_clone(dst, src, &route_table);
	if (err < 0)
		return err;
	if (src->rt_metrics) {
		dst->rt_metrics = malloc(RTAX_MAX * sizeof(uint32_t));
		if (!dst->rt_metrics)
			return -NLE_NOMEM;
		memcpy(dst->rt_metrics, src->rt_metrics,
		       RTAX_MAX * sizeof(uint32_t));
	}
	nl_list_for_each_entry(nh, &src->rt_nexthops, rtnh_list) {
		c = rtnl_route_nh_clone(nh);
		if (!c)
			return -NLE_NOMEM;
		nl_list_add_tail(&c->rtnh_list, &dst->rt_nexthops);
		dst->rt_nr_nh++;
	}
	return 0;
}

static uint64_t route_compare(struct nl_object *a, struct nl_object *b,
			      uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &route_table, attrs, flags);
}

static char *route_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&route_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

/* O(1) cache key over the identifying attributes. */
static void route_keygen(struct nl_object *obj, uint32_t *hashkey,
			 uint32_t table_sz)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;
	struct {
		uint8_t family;
		uint8_t tos;
		uint8_t dst_len;
		uint8_t pad;
		uint32_t table;
		uint32_t prio;
	} key = {
		.family = r->rt_family,
		.tos = r->rt_tos,
		.table = r->rt_table,
		.prio = r->rt_prio,
	};
	uint32_t h;

	if (r->rt_dst)
		key.dst_len = (uint8_t)nl_addr_get_prefixlen(r->rt_dst);
	h = nl_hash_any(&key, sizeof(key), 0);
	if (r->rt_dst)
		h = nl_hash_any(nl_addr_get_binary_addr(r->rt_dst),
				nl_addr_get_len(r->rt_dst), h);
	*hashkey = h % table_sz;
}

/*
 * The kernel reports each next hop of an IPv6 multipath route in its own
 * message; merge such a message into the route already cached (or take
 * its next hop away on RTM_DELROUTE).  Anything else is replaced.
 */
static int route_update(struct nl_object *old_obj, struct nl_object *new_obj)
{
	struct rtnl_route *old = (struct rtnl_route *)old_obj;
	struct rtnl_route *new = (struct rtnl_route *)new_obj;
	struct rtnl_nexthop *nh, *x;

	if (new->rt_family != AF_INET6 || new->rt_table == RT_TABLE_LOCAL ||
	    new->rt_nr_nh != 1)
		return -NLE_OPNOTSUPP;
	nh = rtnl_route_nexthop_n(new, 0);
	if (!nh || !nh->rtnh_gateway)
		return -NLE_OPNOTSUPP;

	/* a next hop is the same path whatever its weight and flags: a
	 * known path takes the new ones */
	if (new_obj->ce_msgtype == RTM_NEWROUTE) {
		nl_list_for_each_entry(x, &old->rt_nexthops, rtnh_list) {
			if (rtnl_route_nh_identical(x, nh)) {
				x->rtnh_flags = nh->rtnh_flags;
				x->rtnh_weight = nh->rtnh_weight;
				x->ce_mask |= nh->ce_mask &
					      (NH_ATTR_FLAGS | NH_ATTR_WEIGHT);
				return 0;
			}
		}
		x = rtnl_route_nh_clone(nh);
		if (!x)
			return -NLE_NOMEM;
		rtnl_route_add_nexthop(old, x);
		return 0;
	}
	if (new_obj->ce_msgtype == RTM_DELROUTE) {
		nl_list_for_each_entry(x, &old->rt_nexthops, rtnh_list) {
			if (rtnl_route_nh_identical(x, nh)) {
				rtnl_route_remove_nexthop(old, x);
				rtnl_route_nh_free(x);
				break;
			}
		}
		/* the last next hop gone: let the caller delete the route */
		if (!old->rt_nr_nh)
			return -NLE_OPNOTSUPP;
		return 0;
	}
	return -NLE_OPNOTSUPP;
}

/* ------------------------------------------------------------------ */
/* Dumps                                                                */

static const struct {
	uint32_t flag;
	const char *name;
} route_flag_names[] = {
	{ RTNH_F_DEAD, "DEAD" },
	{ RTNH_F_ONLINK, "ONLINK" },
	{ RTNH_F_PERVASIVE, "PERVASIVE" },
	{ RTM_F_NOTIFY, "NOTIFY" },
	{ RTM_F_EQUALIZE, "EQUALIZE" },
	{ RTM_F_PREFIX, "PREFIX" },
};

static void route_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;
	int cached = (r->rt_flags & RTM_F_CLONED) != 0;
	uint32_t flags;
	char buf[256];
	unsigned int i;

	nl_dump_line(p, "%s ", nl_af2str(r->rt_family, buf, sizeof(buf)));
	if (cached)
		nl_dump(p, "cache ");
	if (!(r->ce_mask & ROUTE_ATTR_DST) || !r->rt_dst ||
	    (nl_addr_get_prefixlen(r->rt_dst) == 0 &&
	     nl_addr_iszero(r->rt_dst)))
		nl_dump(p, "default ");
	else
		nl_dump(p, "%s ", nl_addr2str(r->rt_dst, buf, sizeof(buf)));
	if ((r->ce_mask & ROUTE_ATTR_TABLE) && !cached)
		nl_dump(p, "table %s ",
			rtnl_route_table2str((int)r->rt_table, buf,
					     sizeof(buf)));
	if (r->ce_mask & ROUTE_ATTR_TYPE)
		nl_dump(p, "type %s ",
			nl_rtntype2str(r->rt_type, buf, sizeof(buf)));
	if ((r->ce_mask & ROUTE_ATTR_TOS) && r->rt_tos)
		nl_dump(p, "tos %#x ", r->rt_tos);
	if (r->ce_mask & ROUTE_ATTR_MULTIPATH) {
		struct rtnl_nexthop *nh;

		nl_list_for_each_entry(nh, &r->rt_nexthops, rtnh_list) {
			p->dp_ivar = NH_DUMP_FROM_ONELINE;
			rtnl_route_nh_dump(nh, p);
		}
	}
	flags = r->rt_flags & ~(uint32_t)RTM_F_CLONED;
	if ((r->ce_mask & ROUTE_ATTR_FLAGS) && flags) {
		nl_dump(p, "<");
		for (i = 0; i < ARRAY_SIZE(route_flag_names); i++) {
			if (!(flags & route_flag_names[i].flag))
				continue;
			flags &= ~route_flag_names[i].flag;
			nl_dump(p, "%s%s", route_flag_names[i].name,
				flags ? "," : "");
		}
		nl_dump(p, ">");
	}
	nl_dump(p, "\n");
}

static void route_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;
	char buf[256];
	int i;

	route_dump_line(obj, p);
	nl_dump_line(p, "    ");
	if (r->ce_mask & ROUTE_ATTR_PREF_SRC)
		nl_dump(p, "preferred-src %s ",
			nl_addr2str(r->rt_pref_src, buf, sizeof(buf)));
	if ((r->ce_mask & ROUTE_ATTR_SCOPE) && r->rt_scope != RT_SCOPE_NOWHERE)
		nl_dump(p, "scope %s ",
			rtnl_scope2str(r->rt_scope, buf, sizeof(buf)));
	if (r->ce_mask & ROUTE_ATTR_PRIO)
		nl_dump(p, "priority %#x ", r->rt_prio);
	if (r->ce_mask & ROUTE_ATTR_PROTOCOL)
		nl_dump(p, "protocol %s ",
			rtnl_route_proto2str(r->rt_protocol, buf, sizeof(buf)));
	if (r->ce_mask & ROUTE_ATTR_IIF)
		nl_dump(p, "iif %s ",
			_rtnl_route_ifname((int)r->rt_iif, buf, sizeof(buf),
					   NULL));
	if (r->ce_mask & ROUTE_ATTR_SRC)
		nl_dump(p, "src %s ", nl_addr2str(r->rt_src, buf, sizeof(buf)));
	if (r->ce_mask & ROUTE_ATTR_TTL_PROPAGATE)
		nl_dump(p, " ttl-propagate %s",
			r->rt_ttl_propagate ? "enabled" : "disabled");
	nl_dump(p, "\n");

	if (r->ce_mask & ROUTE_ATTR_MULTIPATH) {
		struct rtnl_nexthop *nh;

		nl_list_for_each_entry(nh, &r->rt_nexthops, rtnh_list) {
			nl_dump_line(p, "    ");
			p->dp_ivar = NH_DUMP_FROM_DETAILS;
			rtnl_route_nh_dump(nh, p);
			nl_dump(p, "\n");
		}
	}
	if ((r->ce_mask & ROUTE_ATTR_CACHEINFO) && r->rt_cacheinfo.rtci_error)
		nl_dump_line(p, "    cacheinfo error %d (%s)\n",
			     r->rt_cacheinfo.rtci_error,
			     nl_strerror_l(-r->rt_cacheinfo.rtci_error));
	if (r->ce_mask & ROUTE_ATTR_METRICS) {
		nl_dump_line(p, "    metrics [");
		for (i = 0; i < RTAX_MAX; i++)
			if (r->rt_metrics_mask & (1u << i))
				nl_dump(p, "%s %u ",
					rtnl_route_metric2str(i + 1, buf,
							      sizeof(buf)),
					r->rt_metrics[i]);
		nl_dump(p, "]\n");
	}
}

static void route_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;
	struct rtnl_rtcacheinfo *ci = &r->rt_cacheinfo;
	unsigned int hz = (unsigned int)nl_get_user_hz();

	route_dump_details(obj, p);
	if (!(r->ce_mask & ROUTE_ATTR_CACHEINFO))
		return;
	if (!hz)
		hz = 1;
	nl_dump_line(p, "    used %u refcnt %u last-use %us expires %us\n",
		     ci->rtci_used, ci->rtci_clntref, ci->rtci_last_use / hz,
		     ci->rtci_expires / hz);
}

struct nl_object_ops route_obj_ops = {
	.oo_name = "route/route",
	.oo_size = sizeof(struct rtnl_route),
	.oo_constructor = route_constructor,
	.oo_free_data = route_free_data,
	.oo_clone = route_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = route_dump_line,
		[NL_DUMP_DETAILS] = route_dump_details,
		[NL_DUMP_STATS] = route_dump_stats,
	},
	.oo_compare = route_compare,
	.oo_update = route_update,
	.oo_keygen = route_keygen,
	.oo_attrs2str = route_attrs2str,
	.oo_id_attrs = ROUTE_ATTR_FAMILY | ROUTE_ATTR_TOS | ROUTE_ATTR_TABLE |
		       ROUTE_ATTR_DST | ROUTE_ATTR_PRIO,
};

/* ------------------------------------------------------------------ */
/* Allocation and next hops                                             */

/** Allocate an empty route; NULL when out of memory. */
struct rtnl_route *rtnl_route_alloc(void)
{
	return (struct rtnl_route *)nl_object_alloc(&route_obj_ops);
}

/** Take a reference on route. */
void rtnl_route_get(struct rtnl_route *route)
{
	nl_object_get((struct nl_object *)route);
}

/** Drop a reference on route (freed with the last one). */
void rtnl_route_put(struct rtnl_route *route)
{
	nl_object_put((struct nl_object *)route);
}

/** Append nh to route's next hops; route owns it from now on. */
void rtnl_route_add_nexthop(struct rtnl_route *route, struct rtnl_nexthop *nh)
{
	nl_list_add_tail(&nh->rtnh_list, &route->rt_nexthops);
	route->rt_nr_nh++;
	route->ce_mask |= ROUTE_ATTR_MULTIPATH;
}

/** Take nh out of route; the caller owns (and frees) it then. */
void rtnl_route_remove_nexthop(struct rtnl_route *route,
			       struct rtnl_nexthop *nh)
{
	if (!route->rt_nr_nh)
		return;
	nl_list_del(&nh->rtnh_list);
	nl_init_list_head(&nh->rtnh_list);
	route->rt_nr_nh--;
	if (!route->rt_nr_nh)
		route->ce_mask &= ~ROUTE_ATTR_MULTIPATH;
}

/** The list of next hops (struct rtnl_nexthop, member rtnh_list), NULL
 * when the route has none. */
struct nl_list_head *rtnl_route_get_nexthops(struct rtnl_route *route)
{
	if (!(route->ce_mask & ROUTE_ATTR_MULTIPATH))
		return NULL;
	return &route->rt_nexthops;
}

/** Number of next hops. */
int rtnl_route_get_nnexthops(struct rtnl_route *route)
{
	return (int)route->rt_nr_nh;
}

/** Call cb(nh, arg) for each next hop of route, in order. */
void rtnl_route_foreach_nexthop(struct rtnl_route *r,
				void (*cb)(struct rtnl_nexthop *, void *),
				void *arg)
{
	struct rtnl_nexthop *nh;

	nl_list_for_each_entry(nh, &r->rt_nexthops, rtnh_list)
		cb(nh, arg);
}

/** The n-th next hop (from 0), or NULL. */
struct rtnl_nexthop *rtnl_route_nexthop_n(struct rtnl_route *r, int n)
{
	struct rtnl_nexthop *nh;
	int i = 0;

	if (n < 0 || (uint32_t)n >= r->rt_nr_nh)
		return NULL;
	nl_list_for_each_entry(nh, &r->rt_nexthops, rtnh_list)
		if (i++ == n)
			return nh;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

/** Set the routing table (RT_TABLE_* or any 32-bit id). */
void rtnl_route_set_table(struct rtnl_route *route, uint32_t table)
{
	route->rt_table = table;
	route->ce_mask |= ROUTE_ATTR_TABLE;
}

/** The routing table. */
uint32_t rtnl_route_get_table(struct rtnl_route *route)
{
	return route->rt_table;
}

/** Set the scope (RT_SCOPE_*). */
void rtnl_route_set_scope(struct rtnl_route *route, uint8_t scope)
{
	route->rt_scope = scope;
	route->ce_mask |= ROUTE_ATTR_SCOPE;
}

/** The scope (RT_SCOPE_NOWHERE when not set). */
uint8_t rtnl_route_get_scope(struct rtnl_route *route)
{
	return route->rt_scope;
}

/** Set the type of service selector. */
void rtnl_route_set_tos(struct rtnl_route *route, uint8_t tos)
{
	route->rt_tos = tos;
	route->ce_mask |= ROUTE_ATTR_TOS;
}

/** The type of service selector. */
uint8_t rtnl_route_get_tos(struct rtnl_route *route)
{
	return route->rt_tos;
}

/** Set the routing protocol (RTPROT_*). */
void rtnl_route_set_protocol(struct rtnl_route *route, uint8_t protocol)
{
	route->rt_protocol = protocol;
	route->ce_mask |= ROUTE_ATTR_PROTOCOL;
}

/** The routing protocol (RTPROT_STATIC when not set). */
uint8_t rtnl_route_get_protocol(struct rtnl_route *route)
{
	return route->rt_protocol;
}

/** Set the priority (the metric of "ip route"). */
void rtnl_route_set_priority(struct rtnl_route *route, uint32_t prio)
{
	route->rt_prio = prio;
	route->ce_mask |= ROUTE_ATTR_PRIO;
}

/** The priority. */
uint32_t rtnl_route_get_priority(struct rtnl_route *route)
{
	return route->rt_prio;
}

/**
 * Set the address family: AF_INET, AF_INET6, AF_DECnet or AF_MPLS.
 * @return 0 or -NLE_AF_NOSUPPORT (the family is left unset then).
 */
int rtnl_route_set_family(struct rtnl_route *route, uint8_t family)
{
	switch (family) {
	case AF_INET:
	case AF_INET6:
	case AF_DECnet:
	case AF_MPLS:
		route->rt_family = family;
		route->ce_mask |= ROUTE_ATTR_FAMILY;
		return 0;
	}
	return -NLE_AF_NOSUPPORT;
}

/** The address family. */
uint8_t rtnl_route_get_family(struct rtnl_route *route)
{
	return route->rt_family;
}

/* Store addr in *pos; the route takes the family of the first address
 * and refuses one of another family. */
static int set_addr(struct rtnl_route *route, struct nl_addr **pos,
		    struct nl_addr *addr, uint64_t bit)
{
	if (!addr)
		return -NLE_INVAL;
	if (route->ce_mask & ROUTE_ATTR_FAMILY) {
		if (nl_addr_get_family(addr) != route->rt_family)
			return -NLE_AF_MISMATCH;
	} else {
		route->rt_family = (uint8_t)nl_addr_get_family(addr);
	}
	nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	route->ce_mask |= bit | ROUTE_ATTR_FAMILY;
	return 0;
}

/**
 * Set the destination prefix (a new reference is taken).
 * @return 0, -NLE_AF_MISMATCH when the route has another family.
 */
int rtnl_route_set_dst(struct rtnl_route *route, struct nl_addr *addr)
{
	return set_addr(route, &route->rt_dst, addr, ROUTE_ATTR_DST);
}

/** The destination prefix, or NULL. */
struct nl_addr *rtnl_route_get_dst(struct rtnl_route *route)
{
	return route->rt_dst;
}

/**
 * Set the source prefix selector (IPv6 source routing).
 * @return 0, -NLE_AF_MISMATCH.
 */
int rtnl_route_set_src(struct rtnl_route *route, struct nl_addr *addr)
{
	if (addr && nl_addr_get_family(addr) == AF_INET)
		return -NLE_SRCRT_NOSUPPORT;
	return set_addr(route, &route->rt_src, addr, ROUTE_ATTR_SRC);
}

/** The source prefix selector, or NULL. */
struct nl_addr *rtnl_route_get_src(struct rtnl_route *route)
{
	return route->rt_src;
}

/**
 * Set the preferred source address of packets using the route.
 * @return 0, -NLE_AF_MISMATCH.
 */
int rtnl_route_set_pref_src(struct rtnl_route *route, struct nl_addr *addr)
{
	return set_addr(route, &route->rt_pref_src, addr,
			ROUTE_ATTR_PREF_SRC);
}

/** The preferred source address, or NULL. */
struct nl_addr *rtnl_route_get_pref_src(struct rtnl_route *route)
{
	return route->rt_pref_src;
}

/**
 * Set the route type (RTN_*).
 * @return 0 or -NLE_RANGE beyond RTN_MAX.
 */
int rtnl_route_set_type(struct rtnl_route *route, uint8_t type)
{
	if (type > RTN_MAX)
		return -NLE_RANGE;
	route->rt_type = type;
	route->ce_mask |= ROUTE_ATTR_TYPE;
	return 0;
}

/** The route type (RTN_UNICAST when not set). */
uint8_t rtnl_route_get_type(struct rtnl_route *route)
{
	return route->rt_type;
}

/** Set route flags (RTM_F_*, RTNH_F_*), added to those set before. */
void rtnl_route_set_flags(struct rtnl_route *route, uint32_t flags)
{
	route->rt_flag_mask |= flags;
	route->rt_flags |= flags;
	route->ce_mask |= ROUTE_ATTR_FLAGS;
}

/** Clear route flags. */
void rtnl_route_unset_flags(struct rtnl_route *route, uint32_t flags)
{
	route->rt_flag_mask |= flags;
	route->rt_flags &= ~flags;
	route->ce_mask |= ROUTE_ATTR_FLAGS;
}

/** The route flags. */
uint32_t rtnl_route_get_flags(struct rtnl_route *route)
{
	return route->rt_flags;
}

/**
 * Set metric (RTAX_*, 1..RTAX_MAX) to value.
 * @return 0 or -NLE_RANGE.
 */
int rtnl_route_set_metric(struct rtnl_route *route, int metric,
			  unsigned int value)
{
	if (metric > RTAX_MAX || metric < 1)
		return -NLE_RANGE;
	if (!route->rt_metrics) {
		route->rt_metrics = calloc(RTAX_MAX, sizeof(uint32_t));
		if (!route->rt_metrics)
			return -NLE_NOMEM;
	}
	route->rt_metrics[metric - 1] = value;
	route->rt_metrics_mask |= 1u << (metric - 1);
	route->ce_mask |= ROUTE_ATTR_METRICS;
	return 0;
}

/**
 * Remove metric (RTAX_*).
 * @return 0 or -NLE_RANGE.
 */
int rtnl_route_unset_metric(struct rtnl_route *route, int metric)
{
	if (metric > RTAX_MAX || metric < 1)
		return -NLE_RANGE;
	route->rt_metrics_mask &= ~(1u << (metric - 1));
	if (!route->rt_metrics_mask)
		route->ce_mask &= ~ROUTE_ATTR_METRICS;
	return 0;
}

/**
 * Read metric (RTAX_*) into *value.
 * @return 0, -NLE_RANGE, -NLE_OBJ_NOTFOUND when the metric is not set.
 */
int rtnl_route_get_metric(struct rtnl_route *route, int metric,
			  uint32_t *value)
{
	if (metric > RTAX_MAX || metric < 1)
		return -NLE_RANGE;
	if (!(route->rt_metrics_mask & (1u << (metric - 1))))
		return -NLE_OBJ_NOTFOUND;
	if (value)
		*value = route->rt_metrics[metric - 1];
	return 0;
}

/** Set the input interface (routes for forwarded packets). */
void rtnl_route_set_iif(struct rtnl_route *route, int ifindex)
{
	route->rt_iif = (uint32_t)ifindex;
	route->ce_mask |= ROUTE_ATTR_IIF;
}

/** The input interface index, 0 when not set. */
int rtnl_route_get_iif(struct rtnl_route *route)
{
	return (int)route->rt_iif;
}

/** Set whether MPLS TTL propagation is on (RTA_TTL_PROPAGATE). */
void rtnl_route_set_ttl_propagate(struct rtnl_route *route, uint8_t ttl_prop)
{
	route->rt_ttl_propagate = ttl_prop;
	route->ce_mask |= ROUTE_ATTR_TTL_PROPAGATE;
}

/** TTL propagation: 0 or 1, -NLE_MISSING_ATTR when not set. */
int rtnl_route_get_ttl_propagate(struct rtnl_route *route)
{
	if (!route)
		return -NLE_INVAL;
	if (!(route->ce_mask & ROUTE_ATTR_TTL_PROPAGATE))
		return -NLE_MISSING_ATTR;
	return route->rt_ttl_propagate;
}

/** Make the route use the nexthop object id (RTA_NH_ID). */
void rtnl_route_set_nhid(struct rtnl_route *route, uint32_t id)
{
	route->rt_nhid = id;
	route->ce_mask |= ROUTE_ATTR_NHID;
}

/** The nexthop object id, 0 when not set. */
uint32_t rtnl_route_get_nhid(struct rtnl_route *route)
{
	return route->rt_nhid;
}

/**
 * The scope the kernel expects for route: host for local routes, link
 * when no next hop has a gateway, universe otherwise.
 */
int rtnl_route_guess_scope(struct rtnl_route *route)
{
	struct rtnl_nexthop *nh;

	if (route->rt_type == RTN_LOCAL)
		return RT_SCOPE_HOST;
	if (route->rt_family == AF_MPLS)
		return RT_SCOPE_UNIVERSE;
	nl_list_for_each_entry(nh, &route->rt_nexthops, rtnh_list)
		if (nh->rtnh_gateway || nh->rtnh_via)
			return RT_SCOPE_UNIVERSE;
	return RT_SCOPE_LINK;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static const struct nla_policy route_policy[RTA_MAX + 1] = {
	[RTA_IIF] = { .type = NLA_U32 },
	[RTA_OIF] = { .type = NLA_U32 },
	[RTA_PRIORITY] = { .type = NLA_U32 },
	[RTA_FLOW] = { .type = NLA_U32 },
	[RTA_CACHEINFO] = { .minlen = sizeof(struct rta_cacheinfo) },
	[RTA_METRICS] = { .type = NLA_NESTED },
	[RTA_MULTIPATH] = { .type = NLA_NESTED },
	[RTA_TTL_PROPAGATE] = { .type = NLA_U8 },
	[RTA_ENCAP] = { .type = NLA_NESTED },
	[RTA_ENCAP_TYPE] = { .type = NLA_U16 },
	[RTA_NH_ID] = { .type = NLA_U32 },
	[RTA_TABLE] = { .type = NLA_U32 },
};

/* RTA_VIA: struct rtvia, a family then the address bytes. */
static int parse_via(struct rtnl_nexthop *nh, const struct nlattr *nla)
{
	const struct rtvia *via = nla_data(nla);
	int len = nla_len(nla);
	struct nl_addr *a;

	if (len < (int)sizeof(*via))
		return -NLE_INVAL;
	a = nl_addr_build(via->rtvia_family, via->rtvia_addr,
			  (size_t)len - sizeof(*via));
	if (!a)
		return -NLE_NOMEM;
	rtnl_route_nh_set_via(nh, a);
	nl_addr_put(a);
	return 0;
}

/* The per-next-hop attributes, shared by RTA_MULTIPATH entries and the
 * single next hop at the top level. */
static int parse_nh_attrs(struct rtnl_nexthop *nh, struct nlattr **tb,
			  int family)
{
	struct nl_addr *a;
	int err;

	if (tb[RTA_GATEWAY]) {
		a = nl_addr_alloc_attr(tb[RTA_GATEWAY], family);
		if (!a)
			return -NLE_NOMEM;
		rtnl_route_nh_set_gateway(nh, a);
		nl_addr_put(a);
	}
	if (tb[RTA_FLOW])
		rtnl_route_nh_set_realms(nh, nla_get_u32(tb[RTA_FLOW]));
	if (tb[RTA_NEWDST]) {
		a = nl_addr_alloc_attr(tb[RTA_NEWDST], AF_MPLS);
		if (!a)
			return -NLE_NOMEM;
		rtnl_route_nh_set_newdst(nh, a);
		nl_addr_put(a);
	}
	if (tb[RTA_VIA] && (err = parse_via(nh, tb[RTA_VIA])) < 0)
		return err;
	if (tb[RTA_ENCAP] &&
	    (err = _rtnl_route_nh_parse_encap(nh, tb[RTA_ENCAP],
					      tb[RTA_ENCAP_TYPE])) < 0)
		return err;
	return 0;
}

static int parse_multipath(struct rtnl_route *route, struct nlattr *attr)
{
	const unsigned char *p = nla_data(attr);
	int remaining = nla_len(attr);

	while (remaining >= (int)sizeof(struct rtnexthop)) {
		const struct rtnexthop *rtnh = (const void *)p;
		struct nlattr *ntb[RTA_MAX + 1];
		struct rtnl_nexthop *nh;
		int len = rtnh->rtnh_len, err;

		if (len < (int)sizeof(*rtnh) || len > remaining)
			return -NLE_INVAL;
		nh = rtnl_route_nh_alloc();
		if (!nh)
			return -NLE_NOMEM;
		rtnl_route_nh_set_weight(nh, rtnh->rtnh_hops);
		rtnl_route_nh_set_ifindex(nh, rtnh->rtnh_ifindex);
		rtnl_route_nh_set_flags(nh, rtnh->rtnh_flags);
		err = nla_parse(ntb, RTA_MAX, (struct nlattr *)RTNH_DATA(rtnh),
				len - (int)RTNH_LENGTH(0), route_policy);
		if (err >= 0)
			err = parse_nh_attrs(nh, ntb, route->rt_family);
		if (err < 0) {
			rtnl_route_nh_free(nh);
			return err;
		}
		rtnl_route_add_nexthop(route, nh);
		len = (int)RTNH_ALIGN(len);
		if (len > remaining)
			break;
		p += len;
		remaining -= len;
	}
	return 0;
}

static int parse_metrics(struct rtnl_route *route, struct nlattr *attr)
{
	struct nlattr *mtb[RTAX_MAX + 1];
	int i, err;

	err = nla_parse_nested(mtb, RTAX_MAX, attr, NULL);
	if (err < 0)
		return err;
	for (i = 1; i <= RTAX_MAX; i++) {
		if (!mtb[i])
			continue;
		if (nla_len(mtb[i]) < 4)
			return -NLE_RANGE;
		err = rtnl_route_set_metric(route, i, nla_get_u32(mtb[i]));
		if (err < 0)
			return err;
	}
	return 0;
}

/* An address of family with prefix length plen from attribute nla, or
 * an empty address of that family when the attribute is missing. */
static struct nl_addr *prefix_of(struct nlattr *nla, int family, int plen)
{
	struct nl_addr *a;

	if (nla)
		a = nl_addr_alloc_attr(nla, family);
	else {
		a = nl_addr_alloc(0);
		if (a)
			nl_addr_set_family(a, family);
	}
	if (a)
		nl_addr_set_prefixlen(a, plen);
	return a;
}

static int parse_route(struct rtnl_route *route, struct nlmsghdr *nlh)
{
	struct nlattr *tb[RTA_MAX + 1];
	struct rtmsg *rtm;
	struct nl_addr *a;
	int err;

	if (!nlmsg_valid_hdr(nlh, sizeof(struct rtmsg)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(nlh, sizeof(struct rtmsg), tb, RTA_MAX, route_policy);
	if (err < 0)
		return err;
	rtm = nlmsg_data(nlh);
	route->ce_msgtype = nlh->nlmsg_type;
	route->rt_family = rtm->rtm_family;
	route->rt_tos = rtm->rtm_tos;
	route->rt_table = rtm->rtm_table;
	route->rt_type = rtm->rtm_type;
	route->rt_scope = rtm->rtm_scope;
	route->rt_protocol = rtm->rtm_protocol;
	route->rt_flags = rtm->rtm_flags;
	route->rt_prio = 0;
	route->ce_mask |= ROUTE_ATTR_FAMILY | ROUTE_ATTR_TOS |
			  ROUTE_ATTR_TABLE | ROUTE_ATTR_TYPE |
			  ROUTE_ATTR_SCOPE | ROUTE_ATTR_PROTOCOL |
			  ROUTE_ATTR_FLAGS | ROUTE_ATTR_PRIO;

	a = prefix_of(tb[RTA_DST], rtm->rtm_family, rtm->rtm_dst_len);
	if (!a)
		return -NLE_NOMEM;
	route->rt_dst = a;
	route->ce_mask |= ROUTE_ATTR_DST;
	if (tb[RTA_SRC] || rtm->rtm_src_len) {
		a = prefix_of(tb[RTA_SRC], rtm->rtm_family, rtm->rtm_src_len);
		if (!a)
			return -NLE_NOMEM;
		route->rt_src = a;
		route->ce_mask |= ROUTE_ATTR_SRC;
	}
	if (tb[RTA_TABLE])
		route->rt_table = nla_get_u32(tb[RTA_TABLE]);
	if (tb[RTA_IIF])
		rtnl_route_set_iif(route, (int)nla_get_u32(tb[RTA_IIF]));
	if (tb[RTA_PRIORITY])
		route->rt_prio = nla_get_u32(tb[RTA_PRIORITY]);
	if (tb[RTA_PREFSRC]) {
		a = nl_addr_alloc_attr(tb[RTA_PREFSRC], rtm->rtm_family);
		if (!a)
			return -NLE_NOMEM;
		route->rt_pref_src = a;
		route->ce_mask |= ROUTE_ATTR_PREF_SRC;
	}
	if (tb[RTA_METRICS] && (err = parse_metrics(route, tb[RTA_METRICS])) < 0)
		return err;
	if (tb[RTA_CACHEINFO]) {
		memcpy(&route->rt_cacheinfo, nla_data(tb[RTA_CACHEINFO]),
		       sizeof(route->rt_cacheinfo));
		route->ce_mask |= ROUTE_ATTR_CACHEINFO;
	}
	if (tb[RTA_TTL_PROPAGATE])
		rtnl_route_set_ttl_propagate(route,
					     nla_get_u8(tb[RTA_TTL_PROPAGATE]));
	if (tb[RTA_NH_ID])
		rtnl_route_set_nhid(route, nla_get_u32(tb[RTA_NH_ID]));
	if (tb[RTA_MULTIPATH] &&
	    (err = parse_multipath(route, tb[RTA_MULTIPATH])) < 0)
		return err;

	/* a single next hop travels at the top level */
	if (!route->rt_nr_nh &&
	    (tb[RTA_OIF] || tb[RTA_GATEWAY] || tb[RTA_FLOW] || tb[RTA_VIA] ||
	     tb[RTA_NEWDST] || tb[RTA_ENCAP])) {
		struct rtnl_nexthop *nh = rtnl_route_nh_alloc();

		if (!nh)
			return -NLE_NOMEM;
		if (tb[RTA_OIF])
			rtnl_route_nh_set_ifindex(nh,
						  (int)nla_get_u32(tb[RTA_OIF]));
		err = parse_nh_attrs(nh, tb, rtm->rtm_family);
		if (err < 0) {
			rtnl_route_nh_free(nh);
			return err;
		}
		rtnl_route_nh_set_flags(nh, rtm->rtm_flags & 0xff);
		rtnl_route_add_nexthop(route, nh);
	}
	return 0;
}

/**
 * Parse an RTM_NEWROUTE/RTM_DELROUTE message into a new route.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_route_parse(struct nlmsghdr *nlh, struct rtnl_route **result)
{
	struct rtnl_route *route = rtnl_route_alloc();
	int err;

	if (!route)
		return -NLE_NOMEM;
	err = parse_route(route, nlh);
	if (err < 0) {
		rtnl_route_put(route);
		return err;
	}
	*result = route;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Building                                                             */

static int put_via(struct nl_msg *msg, struct nl_addr *via)
{
	size_t len = nl_addr_get_len(via);
	struct nlattr *nla = nla_reserve(msg, RTA_VIA,
					 (int)(sizeof(struct rtvia) + len));
	struct rtvia *v;

	if (!nla)
		return -NLE_MSGSIZE;
	v = nla_data(nla);
	v->rtvia_family = (__kernel_sa_family_t)nl_addr_get_family(via);
	memcpy(v->rtvia_addr, nl_addr_get_binary_addr(via), len);
	return 0;
}

/* The attributes of a next hop; @oif for the single next hop at the top
 * level.  The reference library's order: gateway, interface, realms,
 * newdst, via, encapsulation. */
static int put_nh_attrs(struct nl_msg *msg, struct rtnl_nexthop *nh, int oif)
{
	int err;

	if ((nh->ce_mask & NH_ATTR_GATEWAY) && nh->rtnh_gateway &&
	    nla_put_addr(msg, RTA_GATEWAY, nh->rtnh_gateway) < 0)
		return -NLE_MSGSIZE;
	if (oif && (nh->ce_mask & NH_ATTR_IFINDEX) &&
	    nla_put_u32(msg, RTA_OIF, nh->rtnh_ifindex) < 0)
		return -NLE_MSGSIZE;
	if ((nh->ce_mask & NH_ATTR_REALMS) &&
	    nla_put_u32(msg, RTA_FLOW, nh->rtnh_realms) < 0)
		return -NLE_MSGSIZE;
	if ((nh->ce_mask & NH_ATTR_NEWDST) && nh->rtnh_newdst &&
	    nla_put_addr(msg, RTA_NEWDST, nh->rtnh_newdst) < 0)
		return -NLE_MSGSIZE;
	if ((nh->ce_mask & NH_ATTR_VIA) && nh->rtnh_via &&
	    (err = put_via(msg, nh->rtnh_via)) < 0)
		return err;
	return _rtnl_route_nh_put_encap(msg, nh);
}

static int put_multipath(struct nl_msg *msg, struct rtnl_route *route)
{
	struct nlattr *mp = nla_nest_start(msg, RTA_MULTIPATH);
	struct rtnl_nexthop *nh;
	int err;

	if (!mp)
		return -NLE_MSGSIZE;
	nl_list_for_each_entry(nh, &route->rt_nexthops, rtnh_list) {
		struct rtnexthop *rtnh;
		size_t start;

		rtnh = nlmsg_reserve(msg, sizeof(*rtnh), NLMSG_ALIGNTO);
		if (!rtnh)
			return -NLE_MSGSIZE;
		start = (size_t)((unsigned char *)rtnh -
				 (unsigned char *)nlmsg_hdr(msg));
		rtnh->rtnh_flags = nh->rtnh_flags;
		rtnh->rtnh_hops = nh->rtnh_weight;
		rtnh->rtnh_ifindex = nh->rtnh_ifindex;
		err = put_nh_attrs(msg, nh, 0);
		if (err < 0)
			return err;
		/* the message may have moved: find the entry again */
		rtnh = (struct rtnexthop *)((unsigned char *)nlmsg_hdr(msg) +
					    start);
		rtnh->rtnh_len = (unsigned short)(nlmsg_hdr(msg)->nlmsg_len -
						  start);
	}
	nla_nest_end(msg, mp);
	return 0;
}

/**
 * Append route's rtmsg header and attributes to msg (whose netlink header
 * is already there).  The scope is guessed when not set.
 * @return 0, -NLE_MISSING_ATTR without a destination, -NLE_MSGSIZE.
 */
int rtnl_route_build_msg(struct nl_msg *msg, struct rtnl_route *route)
{
	struct rtmsg rtm = {
		.rtm_family = route->rt_family,
		.rtm_tos = route->rt_tos,
		/* the low 8 bits; RTA_TABLE has the whole number */
		.rtm_table = (unsigned char)route->rt_table,
		.rtm_protocol = route->rt_protocol,
		.rtm_scope = route->rt_scope,
		.rtm_type = route->rt_type,
		.rtm_flags = route->rt_flags,
	};
	int i, err;

	if (!(route->ce_mask & ROUTE_ATTR_DST) || !route->rt_dst)
		return -NLE_MISSING_ATTR;
	rtm.rtm_dst_len = (unsigned char)nl_addr_get_prefixlen(route->rt_dst);
	if (route->ce_mask & ROUTE_ATTR_SRC)
		rtm.rtm_src_len =
			(unsigned char)nl_addr_get_prefixlen(route->rt_src);
	if (!(route->ce_mask & ROUTE_ATTR_SCOPE) ||
	    rtm.rtm_scope == RT_SCOPE_NOWHERE)
		rtm.rtm_scope = (unsigned char)rtnl_route_guess_scope(route);
	if (route->rt_nr_nh == 1) {
		struct rtnl_nexthop *nh = rtnl_route_nexthop_n(route, 0);

		rtm.rtm_flags |= nh->rtnh_flags;
	}
	if (nlmsg_append(msg, &rtm, sizeof(rtm), NLMSG_ALIGNTO) < 0)
		return -NLE_MSGSIZE;

	/* MPLS routes live in one table and refuse RTA_TABLE */
	if (route->rt_family != AF_MPLS &&
	    nla_put_u32(msg, RTA_TABLE, route->rt_table) < 0)
		return -NLE_MSGSIZE;
	if (nl_addr_get_len(route->rt_dst) &&
	    nla_put_addr(msg, RTA_DST, route->rt_dst) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_SRC) && nl_addr_get_len(route->rt_src) &&
	    nla_put_addr(msg, RTA_SRC, route->rt_src) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_PRIO) &&
	    nla_put_u32(msg, RTA_PRIORITY, route->rt_prio) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_PREF_SRC) &&
	    nla_put_addr(msg, RTA_PREFSRC, route->rt_pref_src) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_IIF) &&
	    nla_put_u32(msg, RTA_IIF, route->rt_iif) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_TTL_PROPAGATE) &&
	    nla_put_u8(msg, RTA_TTL_PROPAGATE, route->rt_ttl_propagate) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_NHID) &&
	    nla_put_u32(msg, RTA_NH_ID, route->rt_nhid) < 0)
		return -NLE_MSGSIZE;
	if (route->rt_metrics_mask) {
		struct nlattr *m = nla_nest_start(msg, RTA_METRICS);

		if (!m)
			return -NLE_MSGSIZE;
		for (i = 0; i < RTAX_MAX; i++)
			if ((route->rt_metrics_mask & (1u << i)) &&
			    nla_put_u32(msg, i + 1, route->rt_metrics[i]) < 0)
				return -NLE_MSGSIZE;
		nla_nest_end(msg, m);
	}
	if (route->rt_nr_nh == 1) {
		struct rtnl_nexthop *nh = rtnl_route_nexthop_n(route, 0);

		err = put_nh_attrs(msg, nh, 1);
		if (err < 0)
			return err;
	} else if (route->rt_nr_nh > 1) {
		err = put_multipath(msg, route);
		if (err < 0)
			return err;
	}
	return 0;
}
