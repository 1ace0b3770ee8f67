/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The route object: attributes (one table), next hops, metrics, parsing
 * of RTM_NEWROUTE messages, building requests, comparing, dumping.
 */

#include <pthread.h>
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
/* Storage                                                              */
/*
 * See struct rtnl_route: the destination and the single next hop of a
 * parsed route live in the route's own memory; everything rarer lives in
 * rt_ext.  Reading code sees a compact next hop through a view (a next
 * hop and gateway address built on the stack); the public functions that
 * hand out next hops turn it into a real one first (nh_materialize()).
 *
 * Materialising writes to a route that other threads may be reading (a
 * route of a shared cache): it runs under nh_lock, publishes the list
 * entry and rt_ext before it clears RT_CNH_PRESENT (release), and leaves
 * the compact fields as they were, for readers that saw the bit set.
 * rt_cnh and rt_ext are therefore loaded with acquire (cnh_state(),
 * ext_of()); a reader that saw RT_CNH_PRESENT never touches the list.
 */

static pthread_mutex_t nh_lock = PTHREAD_MUTEX_INITIALIZER;

static uint8_t cnh_state(const struct rtnl_route *r)
{
	return __atomic_load_n(&r->rt_cnh, __ATOMIC_ACQUIRE);
}

static struct rtnl_route_ext *ext_of(const struct rtnl_route *r)
{
	return __atomic_load_n(&r->rt_ext, __ATOMIC_ACQUIRE);
}

/* Bytes of a route whose storage holds addresses of cap bytes. */
static size_t route_size(unsigned int cap)
{
	size_t n = offsetof(struct rtnl_route, rt_store) +
		   sizeof(struct nl_addr) + 2 * (size_t)cap;

	n = (n + 7) & ~(size_t)7;
	return n < sizeof(struct rtnl_route) ? sizeof(struct rtnl_route) : n;
}

static struct nl_addr *own_dst(struct rtnl_route *r)
{
	return (struct nl_addr *)r->rt_store;
}

static unsigned char *own_gw(struct rtnl_route *r)
{
	return r->rt_store + sizeof(struct nl_addr) + r->rt_addr_cap;
}

static void store_init(struct rtnl_route *r, unsigned int cap)
{
	r->rt_addr_cap = (uint8_t)cap;
	_nl_addr_init_embedded(own_dst(r), r, AF_UNSPEC, cap);
}

static struct rtnl_route_ext *ext_get(struct rtnl_route *r)
{
	struct rtnl_route_ext *e = ext_of(r);

	if (e)
		return e;
	e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	nl_init_list_head(&e->rt_nexthops);
	__atomic_store_n(&r->rt_ext, e, __ATOMIC_RELEASE);
	return e;
}

static void ext_free(struct rtnl_route_ext *e)
{
	struct rtnl_nexthop *nh, *tmp;

	if (!e)
		return;
	nl_list_for_each_entry_safe(nh, tmp, &e->rt_nexthops, rtnh_list) {
		nl_list_del(&nh->rtnh_list);
		rtnl_route_nh_free(nh);
	}
	nl_addr_put(e->rt_src);
	nl_addr_put(e->rt_pref_src);
	free(e->rt_metrics);
	free(e);
}

/* A next hop built on the stack from the compact one, and its gateway. */
struct nh_view {
	struct rtnl_nexthop nh;
	union {
		struct nl_addr a;
		unsigned char b[sizeof(struct nl_addr) + 16];
	} gw;
};

static bool has_cnh(const struct rtnl_route *r)
{
	return cnh_state(r) & RT_CNH_PRESENT;
}

/* cnh: r's rt_cnh as the caller loaded it */
static struct rtnl_nexthop *cnh_view(struct rtnl_route *r, uint8_t cnh,
				     struct nh_view *v)
{
	struct rtnl_nexthop *nh = &v->nh;

	memset(nh, 0, sizeof(*nh));
	nl_init_list_head(&nh->rtnh_list);
	nh->rtnh_flags = r->rt_cnh_flags;
	nh->rtnh_flag_mask = r->rt_cnh_flag_mask;
	nh->rtnh_weight = r->rt_cnh_weight;
	nh->rtnh_ifindex = r->rt_cnh_ifindex;
	nh->ce_mask = cnh & ~RT_CNH_PRESENT;
	if (cnh & NH_ATTR_GATEWAY) {
		struct nl_addr *a = &v->gw.a;

		a->a_family = r->rt_cnh_gw_family;
		a->a_maxsize = a->a_len = r->rt_cnh_gw_len;
		a->a_prefixlen = a->a_family == AF_MPLS ? 20 : a->a_len * 8;
		a->a_refcnt = 1;
		memcpy(a->a_addr, own_gw(r), a->a_len);
		nh->rtnh_gateway = a;
	}
	return nh;
}

/* The next hops of r in order: a compact one through v, else the list. */
static struct rtnl_nexthop *nh_first(struct rtnl_route *r, struct nh_view *v)
{
	uint8_t cnh = cnh_state(r);
	struct rtnl_route_ext *e;

	if (cnh & RT_CNH_PRESENT)
		return cnh_view(r, cnh, v);
	e = ext_of(r);
	if (!e || nl_list_empty(&e->rt_nexthops))
		return NULL;
	return nl_list_first_entry(&e->rt_nexthops, struct rtnl_nexthop,
				   rtnh_list);
}

static struct rtnl_nexthop *nh_next(struct rtnl_route *r,
				    struct rtnl_nexthop *nh,
				    struct nh_view *v)
{
	if (nh == &v->nh || nh->rtnh_list.next == &ext_of(r)->rt_nexthops)
		return NULL;
	return nl_list_entry(nh->rtnh_list.next, struct rtnl_nexthop,
			     rtnh_list);
}

#define for_each_nh(r, nh, v)                                                  \
	for ((nh) = nh_first((r), (v)); (nh); (nh) = nh_next((r), (nh), (v)))

/* Give r the list of its next hops (rt_ext), a compact next hop turned
 * into a real one in it.  0 or -NLE_NOMEM (the next hops unchanged). */
static int nh_materialize(struct rtnl_route *r)
{
	struct rtnl_route_ext *e;
	struct rtnl_nexthop *nh;
	struct nh_view v;
	uint8_t cnh;
	int err = 0;

	if (!(cnh_state(r) & RT_CNH_PRESENT) && ext_of(r))
		return 0;
	pthread_mutex_lock(&nh_lock);
	cnh = cnh_state(r);
	e = ext_get(r);
	if (!e) {
		err = -NLE_NOMEM;
	} else if (cnh & RT_CNH_PRESENT) {
		nh = rtnl_route_nh_clone(cnh_view(r, cnh, &v));
		if (nh) {
			nl_list_add_tail(&nh->rtnh_list, &e->rt_nexthops);
			__atomic_store_n(&r->rt_cnh,
					 (uint8_t)(cnh & ~RT_CNH_PRESENT),
					 __ATOMIC_RELEASE);
		} else {
			err = -NLE_NOMEM;
		}
	}
	pthread_mutex_unlock(&nh_lock);
	return err;
}

/* ------------------------------------------------------------------ */
/* Attribute names (the values are compared, cloned and freed by hand:  */
/* most of them live outside the route's table-friendly fields)         */

static const struct nlo_attr route_attrs[] = {
	NLO_BIT(ROUTE_ATTR_FAMILY, "family"),
	NLO_BIT(ROUTE_ATTR_TOS, "tos"),
	NLO_BIT(ROUTE_ATTR_TABLE, "table"),
	NLO_BIT(ROUTE_ATTR_PROTOCOL, "protocol"),
	NLO_BIT(ROUTE_ATTR_SCOPE, "scope"),
	NLO_BIT(ROUTE_ATTR_TYPE, "type"),
	NLO_BIT(ROUTE_ATTR_FLAGS, "flags"),
	NLO_BIT(ROUTE_ATTR_DST, "dst"),
	NLO_BIT(ROUTE_ATTR_SRC, "src"),
	NLO_BIT(ROUTE_ATTR_IIF, "iif"),
	NLO_BIT(ROUTE_ATTR_OIF, "oif"),
	NLO_BIT(ROUTE_ATTR_GATEWAY, "gateway"),
	NLO_BIT(ROUTE_ATTR_PRIO, "prio"),
	NLO_BIT(ROUTE_ATTR_PREF_SRC, "pref_src"),
	NLO_BIT(ROUTE_ATTR_METRICS, "metrics"),
	NLO_BIT(ROUTE_ATTR_MULTIPATH, "multipath"),
	NLO_BIT(ROUTE_ATTR_REALMS, "realms"),
	NLO_BIT(ROUTE_ATTR_CACHEINFO, "cacheinfo"),
	NLO_BIT(ROUTE_ATTR_TTL_PROPAGATE, "ttl_propagate"),
	NLO_BIT(ROUTE_ATTR_NHID, "nhid"),
};

static const struct nlo_table route_table =
	NLO_TABLE(struct rtnl_route, ce_mask, route_attrs, 0);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

/* What the type's constructor sets, for routes allocated anywhere. */
static void route_init(struct rtnl_route *r, unsigned int cap)
{
	r->rt_family = AF_UNSPEC;
	r->rt_scope = RT_SCOPE_NOWHERE;
	r->rt_table = RT_TABLE_MAIN;
	r->rt_protocol = RTPROT_STATIC;
	r->rt_type = RTN_UNICAST;
	r->rt_prio = 0;
	store_init(r, cap);
}

static void route_constructor(struct nl_object *obj)
{
	route_init((struct rtnl_route *)obj, RT_ADDR_CAP);
}

static void route_free_data(struct nl_object *obj)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;

	_nl_addr_put_for(r, r->rt_dst);
	r->rt_dst = NULL;
	ext_free(r->rt_ext);
	r->rt_ext = NULL;
	r->rt_cnh = 0;
	r->rt_nr_nh = 0;
}

/* Give r a destination of family with len bytes at buf: in its own
 * storage while that is unused and large enough, else in a new address.
 * 0 or -NLE_NOMEM. */
static int store_dst(struct rtnl_route *r, int family, const void *buf,
		     unsigned int len, int prefixlen)
{
	struct nl_addr *a = own_dst(r);

	/* the storage is written before anyone could hold it, never after */
	if (len <= r->rt_addr_cap && !r->rt_dst) {
		a->a_family = family;
		a->a_len = len;
		if (len)
			memcpy(a->a_addr, buf, len);
	} else {
		a = nl_addr_build(family, buf, len);
		if (!a)
			return -NLE_NOMEM;
	}
	a->a_prefixlen = prefixlen;
	_nl_addr_put_for(r, r->rt_dst);
	r->rt_dst = a;
	return 0;
}

/* nhs: with src's list of next hops */
static struct rtnl_route_ext *ext_clone(const struct rtnl_route_ext *src,
					bool nhs)
{
	struct rtnl_route_ext *e = malloc(sizeof(*e));
	struct rtnl_nexthop *nh, *c;

	if (!e)
		return NULL;
	/* not the list's head: another thread may be adding to it */
	memcpy(e, src, offsetof(struct rtnl_route_ext, rt_nexthops));
	nl_init_list_head(&e->rt_nexthops);
	e->rt_src = NULL;
	e->rt_pref_src = NULL;
	e->rt_metrics = NULL;
	if ((src->rt_src && !(e->rt_src = nl_addr_clone(src->rt_src))) ||
	    (src->rt_pref_src &&
	     !(e->rt_pref_src = nl_addr_clone(src->rt_pref_src))))
		goto fail;
	if (src->rt_metrics) {
		e->rt_metrics = malloc(RTAX_MAX * sizeof(uint32_t));
		if (!e->rt_metrics)
			goto fail;
		memcpy(e->rt_metrics, src->rt_metrics,
		       RTAX_MAX * sizeof(uint32_t));
	}
	if (!nhs)
		return e;
	nl_list_for_each_entry(nh, &src->rt_nexthops, rtnh_list) {
		c = rtnl_route_nh_clone(nh);
		if (!c)
			goto fail;
		nl_list_add_tail(&c->rtnh_list, &e->rt_nexthops);
	}
	return e;
fail:
	ext_free(e);
	return NULL;
}

/* dst is a byte copy of src up to rt_cnh (oo_copy_size). */
static int route_clone(struct nl_object *dst_obj, struct nl_object *src_obj)
{
	struct rtnl_route *dst = (struct rtnl_route *)dst_obj;
	struct rtnl_route *src = (struct rtnl_route *)src_obj;
	struct nl_addr *d = src->rt_dst;
	/* first: a list seen without RT_CNH_PRESENT is complete */
	uint8_t cnh = cnh_state(src);
	struct rtnl_route_ext *se = ext_of(src);
	int err = 0;

	dst->rt_dst = NULL;
	dst->rt_ext = NULL;
	dst->rt_cnh = 0;
	store_init(dst, RT_ADDR_CAP);
	if (se && !(dst->rt_ext = ext_clone(se, !(cnh & RT_CNH_PRESENT))))
		err = -NLE_NOMEM;
	if (d && store_dst(dst, d->a_family, d->a_addr, d->a_len,
			   d->a_prefixlen) < 0)
		err = -NLE_NOMEM;
	if (cnh & RT_CNH_PRESENT) {
		/* a clone keeps it compact when the gateway fits */
		if (src->rt_cnh_gw_len <= dst->rt_addr_cap) {
			dst->rt_cnh = cnh;
			memcpy(own_gw(dst), own_gw(src), src->rt_cnh_gw_len);
		} else {
			struct nh_view v;
			struct rtnl_nexthop *nh;

			nh = rtnl_route_nh_clone(cnh_view(src, cnh, &v));
			if (!nh || !ext_get(dst)) {
				rtnl_route_nh_free(nh);
				return -NLE_NOMEM;
			}
			nl_list_add_tail(&nh->rtnh_list,
					 &dst->rt_ext->rt_nexthops);
		}
	}
	return err;
}

static int addr_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp(a, b) != 0;
}

static const uint32_t no_metrics[RTAX_MAX];

static int metrics_differ(const struct rtnl_route_ext *x,
			  const struct rtnl_route_ext *y)
{
	uint32_t mask = x ? x->rt_metrics_mask : 0;
	const uint32_t *mx, *my;
	unsigned int i;

	if (mask != (y ? y->rt_metrics_mask : 0))
		return 1;
	if (!mask)
		return 0;
	mx = x->rt_metrics ? x->rt_metrics : no_metrics;
	my = y->rt_metrics ? y->rt_metrics : no_metrics;
	for (i = 0; i < RTAX_MAX; i++)
		if ((mask & (1u << i)) && mx[i] != my[i])
			return 1;
	return 0;
}

/* Next hop lists: equal when each next hop of one has an equal one (all
 * attributes, weight and flags included) in the other; loosely, when
 * each next hop of the filter b matches one of a in the attributes b's
 * next hop has. */
static int has_nh(struct rtnl_route *r, struct rtnl_nexthop *nh, int loose)
{
	struct rtnl_nexthop *x;
	struct nh_view v;

	for_each_nh(r, x, &v) {
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

static int nexthops_differ(struct rtnl_route *x, struct rtnl_route *y,
			   int loose)
{
	struct rtnl_nexthop *nh;
	struct nh_view v;
	uint8_t cx = cnh_state(x), cy = cnh_state(y);

	if (!loose && x->rt_nr_nh != y->rt_nr_nh)
		return 1;
	/* the common case: two compact next hops */
	if (!loose && (cx & cy & RT_CNH_PRESENT))
		return cx != cy ||
		       ((cx & NH_ATTR_FLAGS) &&
			x->rt_cnh_flags != y->rt_cnh_flags) ||
		       ((cx & NH_ATTR_IFINDEX) &&
			x->rt_cnh_ifindex != y->rt_cnh_ifindex) ||
		       ((cx & NH_ATTR_WEIGHT) &&
			x->rt_cnh_weight != y->rt_cnh_weight) ||
		       ((cx & NH_ATTR_GATEWAY) &&
			(x->rt_cnh_gw_family != y->rt_cnh_gw_family ||
			 x->rt_cnh_gw_len != y->rt_cnh_gw_len ||
			 memcmp(own_gw(x), own_gw(y), x->rt_cnh_gw_len)));
	for_each_nh(y, nh, &v)
		if (!has_nh(x, nh, loose))
			return 1;
	if (loose)
		return 0;
	for_each_nh(x, nh, &v)
		if (!has_nh(y, nh, 0))
			return 1;
	return 0;
}

#define EXT(r, m) (ext_of(r) ? ext_of(r)->m : 0)

/* As the attribute table would compare: an attribute present in one only
 * differs; present in both, its values are compared (cacheinfo never). */
static uint64_t route_compare(struct nl_object *a, struct nl_object *b,
			      uint64_t attrs, int flags)
{
	struct rtnl_route *x = (struct rtnl_route *)a;
	struct rtnl_route *y = (struct rtnl_route *)b;
	int loose = flags & LOOSE_COMPARISON;
	uint64_t both = x->ce_mask & y->ce_mask & attrs;
	uint64_t diff = (x->ce_mask ^ y->ce_mask) & attrs;

	diff &= ~(uint64_t)ROUTE_ATTR_CACHEINFO;
#define RD(bit, expr)                                                          \
	do {                                                                   \
		if ((both & (bit)) && (expr))                                  \
			diff |= (bit);                                         \
	} while (0)
	RD(ROUTE_ATTR_FAMILY, x->rt_family != y->rt_family);
	RD(ROUTE_ATTR_TOS, x->rt_tos != y->rt_tos);
	RD(ROUTE_ATTR_TABLE, x->rt_table != y->rt_table);
	RD(ROUTE_ATTR_PROTOCOL, x->rt_protocol != y->rt_protocol);
	RD(ROUTE_ATTR_SCOPE, x->rt_scope != y->rt_scope);
	RD(ROUTE_ATTR_TYPE, x->rt_type != y->rt_type);
	RD(ROUTE_ATTR_FLAGS,
	   loose ? ((x->rt_flags ^ y->rt_flags) & EXT(y, rt_flag_mask)) != 0 :
		   x->rt_flags != y->rt_flags);
	RD(ROUTE_ATTR_DST, addr_differ(x->rt_dst, y->rt_dst));
	RD(ROUTE_ATTR_PRIO, x->rt_prio != y->rt_prio);
	if (ext_of(x) || ext_of(y)) {
		RD(ROUTE_ATTR_SRC, addr_differ(EXT(x, rt_src), EXT(y, rt_src)));
		RD(ROUTE_ATTR_IIF, EXT(x, rt_iif) != EXT(y, rt_iif));
		RD(ROUTE_ATTR_PREF_SRC,
		   addr_differ(EXT(x, rt_pref_src), EXT(y, rt_pref_src)));
		RD(ROUTE_ATTR_METRICS, metrics_differ(ext_of(x), ext_of(y)));
		RD(ROUTE_ATTR_TTL_PROPAGATE,
		   EXT(x, rt_ttl_propagate) != EXT(y, rt_ttl_propagate));
		RD(ROUTE_ATTR_NHID, EXT(x, rt_nhid) != EXT(y, rt_nhid));
	}
	RD(ROUTE_ATTR_MULTIPATH, nexthops_differ(x, y, loose));
#undef RD
	return diff;
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
	struct nl_addr *d = r->rt_dst;
	uint32_t h;

	h = _nl_key_mix(r->rt_family | (uint32_t)r->rt_tos << 8 |
				(d ? (uint32_t)(d->a_prefixlen & 0xff) << 16 : 0),
			r->rt_table);
	h = _nl_key_mix(h, r->rt_prio);
	if (d)
		h = _nl_key_mix_bytes(h, d->a_addr, d->a_len);
	*hashkey = _nl_key_mod(h, table_sz);
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
	struct nh_view v, vo;

	if (new->rt_family != AF_INET6 || new->rt_table == RT_TABLE_LOCAL ||
	    new->rt_nr_nh != 1)
		return -NLE_OPNOTSUPP;
	nh = nh_first(new, &v);
	if (!nh || !nh->rtnh_gateway)
		return -NLE_OPNOTSUPP;

	/* a next hop is the same path whatever its weight and flags: a
	 * known path takes the new ones */
	if (new_obj->ce_msgtype == RTM_NEWROUTE) {
		/* the list is changed in place: no compact next hop then */
		if (nh_materialize(old) < 0)
			return -NLE_NOMEM;
		for_each_nh(old, x, &vo) {
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
		if (nh_materialize(old) < 0)
			return -NLE_NOMEM;
		for_each_nh(old, x, &vo) {
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
		struct nh_view v;

		for_each_nh(r, nh, &v) {
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
	struct rtnl_route_ext *e = ext_of(r);
	char buf[256];
	int i;

	route_dump_line(obj, p);
	nl_dump_line(p, "    ");
	if (r->ce_mask & ROUTE_ATTR_PREF_SRC)
		nl_dump(p, "preferred-src %s ",
			nl_addr2str(e->rt_pref_src, buf, sizeof(buf)));
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
			_rtnl_route_ifname((int)e->rt_iif, buf, sizeof(buf),
					   NULL));
	if (r->ce_mask & ROUTE_ATTR_SRC)
		nl_dump(p, "src %s ", nl_addr2str(e->rt_src, buf, sizeof(buf)));
	if (r->ce_mask & ROUTE_ATTR_TTL_PROPAGATE)
		nl_dump(p, " ttl-propagate %s",
			e->rt_ttl_propagate ? "enabled" : "disabled");
	nl_dump(p, "\n");

	if (r->ce_mask & ROUTE_ATTR_MULTIPATH) {
		struct rtnl_nexthop *nh;
		struct nh_view v;

		for_each_nh(r, nh, &v) {
			nl_dump_line(p, "    ");
			p->dp_ivar = NH_DUMP_FROM_DETAILS;
			rtnl_route_nh_dump(nh, p);
			nl_dump(p, "\n");
		}
	}
	if ((r->ce_mask & ROUTE_ATTR_CACHEINFO) && e &&
	    e->rt_cacheinfo.rtci_error)
		nl_dump_line(p, "    cacheinfo error %d (%s)\n",
			     e->rt_cacheinfo.rtci_error,
			     nl_strerror_l(-e->rt_cacheinfo.rtci_error));
	if ((r->ce_mask & ROUTE_ATTR_METRICS) && e && e->rt_metrics) {
		nl_dump_line(p, "    metrics [");
		for (i = 0; i < RTAX_MAX; i++)
			if (e->rt_metrics_mask & (1u << i))
				nl_dump(p, "%s %u ",
					rtnl_route_metric2str(i + 1, buf,
							      sizeof(buf)),
					e->rt_metrics[i]);
		nl_dump(p, "]\n");
	}
}

static void route_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_route *r = (struct rtnl_route *)obj;
	struct rtnl_rtcacheinfo *ci;
	unsigned int hz = (unsigned int)nl_get_user_hz();

	route_dump_details(obj, p);
	if (!(r->ce_mask & ROUTE_ATTR_CACHEINFO) || !ext_of(r))
		return;
	ci = &ext_of(r)->rt_cacheinfo;
	if (!hz)
		hz = 1;
	nl_dump_line(p, "    used %u refcnt %u last-use %us expires %us\n",
		     ci->rtci_used, ci->rtci_clntref, ci->rtci_last_use / hz,
		     ci->rtci_expires / hz);
}

/* The cache information (RTA_CACHEINFO) of @a and @b differs: a cached
 * route with other times and counters does not stand in for a new copy. */
static int route_stale(struct nl_object *a, struct nl_object *b)
{
	struct rtnl_route *x = (struct rtnl_route *)a;
	struct rtnl_route *y = (struct rtnl_route *)b;

	const struct rtnl_route_ext *ex = ext_of(x), *ey = ext_of(y);

	if ((x->ce_mask ^ y->ce_mask) & ROUTE_ATTR_CACHEINFO)
		return 1;
	if (!(x->ce_mask & ROUTE_ATTR_CACHEINFO))
		return 0;
	if (!ex || !ey)
		return ex != ey;
	return memcmp(&ex->rt_cacheinfo, &ey->rt_cacheinfo,
		      sizeof(ex->rt_cacheinfo)) != 0;
}

struct nl_object_ops route_obj_ops = {
	.oo_name = "route/route",
	.oo_size = sizeof(struct rtnl_route),
	.oo_copy_size = offsetof(struct rtnl_route, rt_cnh),
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
	/* the comparison sees all but the cache information, route_stale() */
	.oo_keep_equal = 1,
	.oo_stale = route_stale,
	.oo_digest = 1,
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

/**
 * Append nh to route's next hops; route owns it from now on (without
 * memory for the list, nh is freed and the route left as it was).
 */
void rtnl_route_add_nexthop(struct rtnl_route *route, struct rtnl_nexthop *nh)
{
	if (nh_materialize(route) < 0) {
		rtnl_route_nh_free(nh);
		return;
	}
	nl_list_add_tail(&nh->rtnh_list, &route->rt_ext->rt_nexthops);
	route->rt_nr_nh++;
	route->ce_mask |= ROUTE_ATTR_MULTIPATH;
}

/** Take nh out of route; the caller owns (and frees) it then. */
void rtnl_route_remove_nexthop(struct rtnl_route *route,
			       struct rtnl_nexthop *nh)
{
	/* nh came from the list: a compact next hop is never handed out */
	if (!route->rt_nr_nh || has_cnh(route))
		return;
	nl_list_del(&nh->rtnh_list);
	nl_init_list_head(&nh->rtnh_list);
	route->rt_nr_nh--;
	if (!route->rt_nr_nh)
		route->ce_mask &= ~ROUTE_ATTR_MULTIPATH;
}

/* The list of r's next hops, a compact one turned into a real one;
 * without memory to do so, an empty list. */
static struct nl_list_head *nh_list(struct rtnl_route *r)
{
	static struct nl_list_head none = { &none, &none };

	if (nh_materialize(r) < 0) {
		none.next = none.prev = &none;
		return &none;
	}
	return &ext_of(r)->rt_nexthops;
}

/**
 * The list of next hops (struct rtnl_nexthop, member rtnh_list), NULL
 * when the route has none.  Without memory to build it, an empty list.
 */
struct nl_list_head *rtnl_route_get_nexthops(struct rtnl_route *route)
{
	if (!(route->ce_mask & ROUTE_ATTR_MULTIPATH))
		return NULL;
	return nh_list(route);
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

	if (!r->rt_nr_nh)
		return;
	nl_list_for_each_entry(nh, nh_list(r), rtnh_list)
		cb(nh, arg);
}

/** The n-th next hop (from 0), or NULL. */
struct rtnl_nexthop *rtnl_route_nexthop_n(struct rtnl_route *r, int n)
{
	struct rtnl_nexthop *nh;
	int i = 0;

	if (n < 0 || (uint32_t)n >= r->rt_nr_nh)
		return NULL;
	nl_list_for_each_entry(nh, nh_list(r), rtnh_list)
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

/* Store addr in *pos (in route or its extension); the route takes the
 * family of the first address and refuses one of another family. */
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
	/* the route's own storage is not counted */
	_nl_addr_get_for(route, addr);
	_nl_addr_put_for(route, *pos);
	*pos = addr;
	route->ce_mask |= bit | ROUTE_ATTR_FAMILY;
	return 0;
}

/* set_addr() for an address of the extension. */
static int set_ext_addr(struct rtnl_route *route, size_t off,
			struct nl_addr *addr, uint64_t bit)
{
	struct rtnl_route_ext *e;

	if (!addr)
		return -NLE_INVAL;
	e = ext_get(route);
	if (!e)
		return -NLE_NOMEM;
	return set_addr(route, (struct nl_addr **)((char *)e + off), addr,
			bit);
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
	return set_ext_addr(route, offsetof(struct rtnl_route_ext, rt_src),
			    addr, ROUTE_ATTR_SRC);
}

/** The source prefix selector, or NULL. */
struct nl_addr *rtnl_route_get_src(struct rtnl_route *route)
{
	return EXT(route, rt_src);
}

/**
 * Set the preferred source address of packets using the route.
 * @return 0, -NLE_AF_MISMATCH.
 */
int rtnl_route_set_pref_src(struct rtnl_route *route, struct nl_addr *addr)
{
	return set_ext_addr(route, offsetof(struct rtnl_route_ext, rt_pref_src),
			    addr, ROUTE_ATTR_PREF_SRC);
}

/** The preferred source address, or NULL. */
struct nl_addr *rtnl_route_get_pref_src(struct rtnl_route *route)
{
	return EXT(route, rt_pref_src);
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
	struct rtnl_route_ext *e = ext_get(route);

	if (!e)
		return;
	e->rt_flag_mask |= flags;
	route->rt_flags |= flags;
	route->ce_mask |= ROUTE_ATTR_FLAGS;
}

/** Clear route flags. */
void rtnl_route_unset_flags(struct rtnl_route *route, uint32_t flags)
{
	struct rtnl_route_ext *e = ext_get(route);

	if (!e)
		return;
	e->rt_flag_mask |= flags;
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
	struct rtnl_route_ext *e;

	if (metric > RTAX_MAX || metric < 1)
		return -NLE_RANGE;
	e = ext_get(route);
	if (!e)
		return -NLE_NOMEM;
	if (!e->rt_metrics) {
		e->rt_metrics = calloc(RTAX_MAX, sizeof(uint32_t));
		if (!e->rt_metrics)
			return -NLE_NOMEM;
	}
	e->rt_metrics[metric - 1] = value;
	e->rt_metrics_mask |= 1u << (metric - 1);
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
	if (ext_of(route))
		route->rt_ext->rt_metrics_mask &= ~(1u << (metric - 1));
	if (!EXT(route, rt_metrics_mask))
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
	if (!(EXT(route, rt_metrics_mask) & (1u << (metric - 1))))
		return -NLE_OBJ_NOTFOUND;
	if (value)
		*value = ext_of(route)->rt_metrics[metric - 1];
	return 0;
}

/** Set the input interface (routes for forwarded packets). */
void rtnl_route_set_iif(struct rtnl_route *route, int ifindex)
{
	struct rtnl_route_ext *e = ext_get(route);

	if (!e)
		return;
	e->rt_iif = (uint32_t)ifindex;
	route->ce_mask |= ROUTE_ATTR_IIF;
}

/** The input interface index, 0 when not set. */
int rtnl_route_get_iif(struct rtnl_route *route)
{
	return (int)EXT(route, rt_iif);
}

/** Set whether MPLS TTL propagation is on (RTA_TTL_PROPAGATE). */
void rtnl_route_set_ttl_propagate(struct rtnl_route *route, uint8_t ttl_prop)
{
	struct rtnl_route_ext *e = ext_get(route);

	if (!e)
		return;
	e->rt_ttl_propagate = ttl_prop;
	route->ce_mask |= ROUTE_ATTR_TTL_PROPAGATE;
}

/** TTL propagation: 0 or 1, -NLE_MISSING_ATTR when not set. */
int rtnl_route_get_ttl_propagate(struct rtnl_route *route)
{
	if (!route)
		return -NLE_INVAL;
	if (!(route->ce_mask & ROUTE_ATTR_TTL_PROPAGATE))
		return -NLE_MISSING_ATTR;
	return EXT(route, rt_ttl_propagate);
}

/** Make the route use the nexthop object id (RTA_NH_ID). */
void rtnl_route_set_nhid(struct rtnl_route *route, uint32_t id)
{
	struct rtnl_route_ext *e = ext_get(route);

	if (!e)
		return;
	e->rt_nhid = id;
	route->ce_mask |= ROUTE_ATTR_NHID;
}

/** The nexthop object id, 0 when not set. */
uint32_t rtnl_route_get_nhid(struct rtnl_route *route)
{
	return EXT(route, rt_nhid);
}

/**
 * The scope the kernel expects for route: host for local routes, link
 * when no next hop has a gateway, universe otherwise.
 */
int rtnl_route_guess_scope(struct rtnl_route *route)
{
	struct rtnl_nexthop *nh;
	struct nh_view v;

	if (route->rt_type == RTN_LOCAL)
		return RT_SCOPE_HOST;
	if (route->rt_family == AF_MPLS)
		return RT_SCOPE_UNIVERSE;
	for_each_nh(route, nh, &v)
		if (nh->rtnh_gateway || nh->rtnh_via)
			return RT_SCOPE_UNIVERSE;
	return RT_SCOPE_LINK;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

/* Each minimum length is spelled out: the top-level parser reads it from
 * here without knowing the types' own minimums. */
static const struct nla_policy route_policy[RTA_MAX + 1] = {
	[RTA_IIF] = { .type = NLA_U32, .minlen = 4 },
	[RTA_OIF] = { .type = NLA_U32, .minlen = 4 },
	[RTA_PRIORITY] = { .type = NLA_U32, .minlen = 4 },
	[RTA_FLOW] = { .type = NLA_U32, .minlen = 4 },
	[RTA_CACHEINFO] = { .minlen = sizeof(struct rta_cacheinfo) },
	[RTA_METRICS] = { .type = NLA_NESTED },
	[RTA_MULTIPATH] = { .type = NLA_NESTED },
	[RTA_TTL_PROPAGATE] = { .type = NLA_U8, .minlen = 1 },
	[RTA_ENCAP] = { .type = NLA_NESTED },
	[RTA_ENCAP_TYPE] = { .type = NLA_U16, .minlen = 2 },
	[RTA_NH_ID] = { .type = NLA_U32, .minlen = 4 },
	[RTA_TABLE] = { .type = NLA_U32, .minlen = 4 },
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
		uint32_t n;

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
		n = route->rt_nr_nh;
		rtnl_route_add_nexthop(route, nh);
		if (route->rt_nr_nh == n)
			return -NLE_NOMEM;
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

/* nlmsg_parse() with route_policy, in one pass without calls. */
static int parse_attrs(struct nlattr **tb, struct nlmsghdr *nlh)
{
	int len = (int)nlh->nlmsg_len - NLMSG_LENGTH(NLMSG_ALIGN(sizeof(struct rtmsg)));
	unsigned char *p = (unsigned char *)NLMSG_DATA(nlh) +
			   NLMSG_ALIGN(sizeof(struct rtmsg));

	memset(tb, 0, sizeof(*tb) * (RTA_MAX + 1));
	while (len >= NLA_HDRLEN) {
		struct nlattr *nla = (struct nlattr *)p;
		int alen = nla->nla_len, type = nla->nla_type & NLA_TYPE_MASK;

		if (alen < NLA_HDRLEN || alen > len)
			break;
		if (type <= RTA_MAX) {
			if (alen - NLA_HDRLEN < route_policy[type].minlen)
				return -NLE_RANGE;
			tb[type] = nla;
		}
		alen = NLA_ALIGN(alen);
		p += alen;
		len -= alen;
	}
	return 0;
}

/* The single next hop of the message, compact: plain kinds only (device,
 * gateway, flags) with a gateway that fits the route's storage. */
static bool parse_cnh(struct rtnl_route *route, struct nlattr **tb,
		      const struct rtmsg *rtm)
{
	struct nlattr *gw = tb[RTA_GATEWAY];

	if (tb[RTA_FLOW] || tb[RTA_VIA] || tb[RTA_NEWDST] || tb[RTA_ENCAP] ||
	    (gw && _nla_len(gw) > route->rt_addr_cap))
		return false;
	route->rt_cnh = RT_CNH_PRESENT | NH_ATTR_FLAGS;
	route->rt_cnh_flags = route->rt_cnh_flag_mask =
		(uint8_t)(rtm->rtm_flags & 0xff);
	if (tb[RTA_OIF]) {
		route->rt_cnh_ifindex = (int32_t)_nla_u32(tb[RTA_OIF]);
		route->rt_cnh |= NH_ATTR_IFINDEX;
	}
	if (gw) {
		route->rt_cnh_gw_family = rtm->rtm_family;
		route->rt_cnh_gw_len = (uint8_t)_nla_len(gw);
		memcpy(own_gw(route), _nla_data(gw), route->rt_cnh_gw_len);
		route->rt_cnh |= NH_ATTR_GATEWAY;
	}
	route->rt_nr_nh = 1;
	route->ce_mask |= ROUTE_ATTR_MULTIPATH;
	return true;
}

static int parse_route(struct rtnl_route *route, struct nlmsghdr *nlh,
		       struct nlattr **tb)
{
	struct rtnl_route_ext *e = NULL;
	struct rtmsg *rtm;
	struct nl_addr *a;
	int err;

	rtm = NLMSG_DATA(nlh);
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

	if (tb[RTA_DST])
		err = store_dst(route, rtm->rtm_family, _nla_data(tb[RTA_DST]),
				(unsigned int)_nla_len(tb[RTA_DST]),
				rtm->rtm_dst_len);
	else
		err = store_dst(route, rtm->rtm_family, NULL, 0,
				rtm->rtm_dst_len);
	if (err < 0)
		return err;
	route->ce_mask |= ROUTE_ATTR_DST;
	if (tb[RTA_TABLE])
		route->rt_table = _nla_u32(tb[RTA_TABLE]);
	if (tb[RTA_PRIORITY])
		route->rt_prio = _nla_u32(tb[RTA_PRIORITY]);

	/* the rarer attributes live in the extension */
	if (tb[RTA_SRC] || rtm->rtm_src_len || tb[RTA_IIF] ||
	    tb[RTA_PREFSRC] || tb[RTA_CACHEINFO] || tb[RTA_TTL_PROPAGATE] ||
	    tb[RTA_NH_ID]) {
		e = ext_get(route);
		if (!e)
			return -NLE_NOMEM;
	}
	if (tb[RTA_SRC] || rtm->rtm_src_len) {
		a = prefix_of(tb[RTA_SRC], rtm->rtm_family, rtm->rtm_src_len);
		if (!a)
			return -NLE_NOMEM;
		e->rt_src = a;
		route->ce_mask |= ROUTE_ATTR_SRC;
	}
	if (tb[RTA_IIF])
		rtnl_route_set_iif(route, (int)nla_get_u32(tb[RTA_IIF]));
	if (tb[RTA_PREFSRC]) {
		a = nl_addr_alloc_attr(tb[RTA_PREFSRC], rtm->rtm_family);
		if (!a)
			return -NLE_NOMEM;
		e->rt_pref_src = a;
		route->ce_mask |= ROUTE_ATTR_PREF_SRC;
	}
	if (tb[RTA_METRICS] && (err = parse_metrics(route, tb[RTA_METRICS])) < 0)
		return err;
	if (tb[RTA_CACHEINFO]) {
		memcpy(&e->rt_cacheinfo, nla_data(tb[RTA_CACHEINFO]),
		       sizeof(e->rt_cacheinfo));
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
	     tb[RTA_NEWDST] || tb[RTA_ENCAP]) &&
	    !parse_cnh(route, tb, rtm)) {
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
		if (!route->rt_nr_nh)
			return -NLE_NOMEM;
	}
	return 0;
}

/**
 * Parse an RTM_NEWROUTE/RTM_DELROUTE message into a new route.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_route_parse(struct nlmsghdr *nlh, struct rtnl_route **result)
{
	struct nlattr *tb[RTA_MAX + 1];
	struct rtnl_route *route;
	unsigned int cap = RT_ADDR_CAP;
	size_t size;
	int err;

	if (!nlmsg_valid_hdr(nlh, sizeof(struct rtmsg)))
		return -NLE_MSG_TOOSHORT;
	err = parse_attrs(tb, nlh);
	if (err < 0)
		return err;

	/* one allocation, sized for the destination and gateway */
	if ((tb[RTA_DST] && _nla_len(tb[RTA_DST]) > RT_ADDR_CAP) ||
	    (tb[RTA_GATEWAY] && _nla_len(tb[RTA_GATEWAY]) > RT_ADDR_CAP))
		cap = 16;
	size = route_size(cap);
	route = malloc(size);
	if (!route)
		return -NLE_NOMEM;
	/* not calloc(): freed routes come back from malloc's own caches;
	 * the storage is written as it is used */
	memset(route, 0, offsetof(struct rtnl_route, rt_store));
	route->ce_refcnt = 1;
	route->ce_ops = &route_obj_ops;
	nl_init_list_head(&route->ce_list);
	route_init(route, cap);

	err = parse_route(route, nlh, tb);
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
	struct nh_view v;
	int err;

	if (!mp)
		return -NLE_MSGSIZE;
	for_each_nh(route, nh, &v) {
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
	struct rtnl_route_ext *e = ext_of(route);
	struct nh_view v;
	int i, err;

	if (!(route->ce_mask & ROUTE_ATTR_DST) || !route->rt_dst)
		return -NLE_MISSING_ATTR;
	rtm.rtm_dst_len = (unsigned char)nl_addr_get_prefixlen(route->rt_dst);
	if (route->ce_mask & ROUTE_ATTR_SRC)
		rtm.rtm_src_len =
			(unsigned char)nl_addr_get_prefixlen(e->rt_src);
	if (!(route->ce_mask & ROUTE_ATTR_SCOPE) ||
	    rtm.rtm_scope == RT_SCOPE_NOWHERE)
		rtm.rtm_scope = (unsigned char)rtnl_route_guess_scope(route);
	if (route->rt_nr_nh == 1) {
		struct rtnl_nexthop *nh = nh_first(route, &v);

		if (nh)
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
	if ((route->ce_mask & ROUTE_ATTR_SRC) && nl_addr_get_len(e->rt_src) &&
	    nla_put_addr(msg, RTA_SRC, e->rt_src) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_PRIO) &&
	    nla_put_u32(msg, RTA_PRIORITY, route->rt_prio) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_PREF_SRC) &&
	    nla_put_addr(msg, RTA_PREFSRC, e->rt_pref_src) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_IIF) &&
	    nla_put_u32(msg, RTA_IIF, e->rt_iif) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_TTL_PROPAGATE) &&
	    nla_put_u8(msg, RTA_TTL_PROPAGATE, e->rt_ttl_propagate) < 0)
		return -NLE_MSGSIZE;
	if ((route->ce_mask & ROUTE_ATTR_NHID) &&
	    nla_put_u32(msg, RTA_NH_ID, e->rt_nhid) < 0)
		return -NLE_MSGSIZE;
	if (e && e->rt_metrics_mask) {
		struct nlattr *m = nla_nest_start(msg, RTA_METRICS);

		if (!m)
			return -NLE_MSGSIZE;
		for (i = 0; i < RTAX_MAX; i++)
			if ((e->rt_metrics_mask & (1u << i)) &&
			    nla_put_u32(msg, i + 1, e->rt_metrics[i]) < 0)
				return -NLE_MSGSIZE;
		nla_nest_end(msg, m);
	}
	if (route->rt_nr_nh == 1 && nh_first(route, &v)) {
		struct rtnl_nexthop *nh = nh_first(route, &v);

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
