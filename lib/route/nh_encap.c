/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Lightweight tunnel encapsulations (struct rtnl_nh_encap) of route next
 * hops (RTA_ENCAP) and nexthop objects (NHA_ENCAP): MPLS, IPv4 and IPv6
 * tunnels and ILA have accessors; any other type is kept as the bytes
 * the kernel sent, so it survives a parse/build round trip.
 *
 * Each type is a table of its attributes; parsing, building, comparing
 * and cloning walk the table.
 */

#include <stdlib.h>
#include <string.h>
#include <endian.h>
#include <arpa/inet.h>
#include <linux/lwtunnel.h>
#include <linux/mpls_iptunnel.h>
#include <linux/ila.h>

#include "nl-private/route.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/route/nexthop.h>

/* What a value is and where it lives in struct rtnl_nh_encap; a field
 * is present when its bit (1 << kind) is in ->mask. */
enum {
	F_DST,		/* ->dst: MPLS labels, tunnel destination */
	F_SRC,		/* ->src: tunnel source */
	F_TTL,		/* ->ttl: MPLS and IPv4 ttl, IPv6 hop limit */
	F_TOS,		/* ->tos: IPv4 tos, IPv6 traffic class */
	F_FLAGS,	/* ->flags: TUNNEL_*, in network order as given */
	F_ID,		/* ->id: tunnel key, big endian on the wire */
	F_LOCATOR,	/* ->id: ILA locator, as given */
	F_CSUM,		/* ->ila[0]: ILA_CSUM_* */
	F_IDENT,	/* ->ila[1]: ILA_ATYPE_* */
	F_HOOK,		/* ->ila[2]: ILA_HOOK_* */
};

#define BIT(f) (1u << (f))

/* Room for the attributes of any type with accessors. */
#define ENCAP_MAXATTR 16
_Static_assert(MPLS_IPTUNNEL_MAX <= ENCAP_MAXATTR &&
		       LWTUNNEL_IP_MAX <= ENCAP_MAXATTR &&
		       LWTUNNEL_IP6_MAX <= ENCAP_MAXATTR &&
		       ILA_ATTR_MAX <= ENCAP_MAXATTR,
	       "encap attribute table too small");

struct rtnl_nh_encap {
	uint16_t type;		/* LWTUNNEL_ENCAP_*, NONE until chosen */
	uint16_t mask;		/* BIT(F_*) of the fields set */
	uint16_t flags;
	uint8_t ttl;
	uint8_t tos;
	uint8_t ila[3];
	uint64_t id;
	struct nl_addr *dst;
	struct nl_addr *src;
	struct nl_data *raw;	/* types without accessors */
};

struct encap_field {
	uint16_t nla;
	uint8_t kind;
};

struct encap_type {
	uint16_t type;
	int family;		/* of ->dst and ->src; AF_UNSPEC: any length */
	int maxattr;
	const struct encap_field *fields;
	unsigned int nfields;
};

static const struct encap_field mpls_fields[] = {
	{ MPLS_IPTUNNEL_DST, F_DST },
	{ MPLS_IPTUNNEL_TTL, F_TTL },
};

static const struct encap_field ip_fields[] = {
	{ LWTUNNEL_IP_ID, F_ID },
	{ LWTUNNEL_IP_DST, F_DST },
	{ LWTUNNEL_IP_SRC, F_SRC },
	{ LWTUNNEL_IP_TTL, F_TTL },
	{ LWTUNNEL_IP_TOS, F_TOS },
	{ LWTUNNEL_IP_FLAGS, F_FLAGS },
};

static const struct encap_field ip6_fields[] = {
	{ LWTUNNEL_IP6_ID, F_ID },
	{ LWTUNNEL_IP6_DST, F_DST },
	{ LWTUNNEL_IP6_SRC, F_SRC },
	{ LWTUNNEL_IP6_HOPLIMIT, F_TTL },
	{ LWTUNNEL_IP6_TC, F_TOS },
	{ LWTUNNEL_IP6_FLAGS, F_FLAGS },
};

static const struct encap_field ila_fields[] = {
	{ ILA_ATTR_LOCATOR, F_LOCATOR },
	{ ILA_ATTR_CSUM_MODE, F_CSUM },
	{ ILA_ATTR_IDENT_TYPE, F_IDENT },
	{ ILA_ATTR_HOOK_TYPE, F_HOOK },
};

#define ET(t, fam, max, f) { t, fam, max, f, ARRAY_SIZE(f) }

static const struct encap_type encap_types[] = {
	ET(LWTUNNEL_ENCAP_MPLS, AF_UNSPEC, MPLS_IPTUNNEL_MAX, mpls_fields),
	ET(LWTUNNEL_ENCAP_IP, AF_INET, LWTUNNEL_IP_MAX, ip_fields),
	ET(LWTUNNEL_ENCAP_IP6, AF_INET6, LWTUNNEL_IP6_MAX, ip6_fields),
	ET(LWTUNNEL_ENCAP_ILA, AF_UNSPEC, ILA_ATTR_MAX, ila_fields),
};

static const struct encap_type *type_of(uint16_t type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(encap_types); i++)
		if (encap_types[i].type == type)
			return &encap_types[i];
	return NULL;
}

/* Size of a field's value in a message (addresses: their own). */
static int field_size(uint8_t kind)
{
	switch (kind) {
	case F_FLAGS:
		return 2;
	case F_ID:
	case F_LOCATOR:
		return 8;
	case F_TTL:
	case F_TOS:
	case F_CSUM:
	case F_IDENT:
	case F_HOOK:
		return 1;
	default:
		return 0;
	}
}

static int addr_len_of(int family)
{
	return family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
}

/* ------------------------------------------------------------------ */
/* Life cycle, comparison                                               */

static void reset(struct rtnl_nh_encap *e, uint16_t type)
{
	nl_addr_put(e->dst);
	nl_addr_put(e->src);
	nl_data_free(e->raw);
	memset(e, 0, sizeof(*e));
	e->type = type;
}

/** Allocate an encapsulation without a type; NULL when out of memory. */
struct rtnl_nh_encap *rtnl_nh_encap_alloc(void)
{
	return calloc(1, sizeof(struct rtnl_nh_encap));
}

/** Free @encap and what it holds (NULL is ignored). */
void rtnl_nh_encap_free(struct rtnl_nh_encap *encap)
{
	if (!encap)
		return;
	reset(encap, 0);
	free(encap);
}

/** A deep copy of @encap; NULL when @encap is NULL or out of memory. */
struct rtnl_nh_encap *rtnl_nh_encap_clone(struct rtnl_nh_encap *encap)
{
	struct rtnl_nh_encap *c;

	if (!encap)
		return NULL;
	c = malloc(sizeof(*c));
	if (!c)
		return NULL;
	*c = *encap;
	c->dst = encap->dst ? nl_addr_clone(encap->dst) : NULL;
	c->src = encap->src ? nl_addr_clone(encap->src) : NULL;
	c->raw = encap->raw ? nl_data_clone(encap->raw) : NULL;
	if (!c->dst != !encap->dst || !c->src != !encap->src ||
	    !c->raw != !encap->raw) {
		rtnl_nh_encap_free(c);
		return NULL;
	}
	return c;
}

static int addr_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp(a, b) != 0;
}

int _nh_encap_differ(const struct rtnl_nh_encap *a,
		     const struct rtnl_nh_encap *b)
{
	if (!a || !b)
		return a != b;
	if (a->type != b->type || a->mask != b->mask)
		return 1;
	if (((a->mask & BIT(F_TTL)) && a->ttl != b->ttl) ||
	    ((a->mask & BIT(F_TOS)) && a->tos != b->tos) ||
	    ((a->mask & BIT(F_FLAGS)) && a->flags != b->flags) ||
	    ((a->mask & (BIT(F_ID) | BIT(F_LOCATOR))) && a->id != b->id) ||
	    ((a->mask & BIT(F_CSUM)) && a->ila[0] != b->ila[0]) ||
	    ((a->mask & BIT(F_IDENT)) && a->ila[1] != b->ila[1]) ||
	    ((a->mask & BIT(F_HOOK)) && a->ila[2] != b->ila[2]))
		return 1;
	if (addr_differ(a->dst, b->dst) || addr_differ(a->src, b->src))
		return 1;
	if (!a->raw != !b->raw || (a->raw && nl_data_cmp(a->raw, b->raw)))
		return 1;
	return 0;
}

int _nh_encap_type(const struct rtnl_nh_encap *e)
{
	return e ? e->type : LWTUNNEL_ENCAP_NONE;
}

/* ------------------------------------------------------------------ */
/* Messages                                                             */

static uint8_t *u8_of(struct rtnl_nh_encap *e, uint8_t kind)
{
	switch (kind) {
	case F_TTL:
		return &e->ttl;
	case F_TOS:
		return &e->tos;
	case F_CSUM:
		return &e->ila[0];
	case F_IDENT:
		return &e->ila[1];
	case F_HOOK:
		return &e->ila[2];
	default:
		return NULL;
	}
}

static int parse_field(struct rtnl_nh_encap *e, const struct encap_type *t,
		       uint8_t kind, struct nlattr *nla)
{
	int len = nla_len(nla);
	struct nl_addr *a;
	uint64_t v64;

	if (kind == F_DST || kind == F_SRC) {
		if (len <= 0 || (t->family && len != addr_len_of(t->family)))
			return -NLE_INVAL;
		a = nl_addr_alloc_attr(nla, t->family ? t->family : AF_MPLS);
		if (!a)
			return -NLE_NOMEM;
		if (kind == F_DST)
			e->dst = a;
		else
			e->src = a;
	} else {
		if (len < field_size(kind))
			return -NLE_INVAL;
		switch (kind) {
		case F_FLAGS:
			memcpy(&e->flags, nla_data(nla), 2);
			break;
		case F_ID:
			memcpy(&v64, nla_data(nla), 8);
			e->id = be64toh(v64);
			break;
		case F_LOCATOR:
			memcpy(&e->id, nla_data(nla), 8);
			break;
		default:
			*u8_of(e, kind) = nla_get_u8(nla);
			break;
		}
	}
	e->mask |= BIT(kind);
	return 0;
}

/*
 * Parse the payload of @encap (RTA_ENCAP/NHA_ENCAP) of type @type
 * (RTA_ENCAP_TYPE/NHA_ENCAP_TYPE) into a new encapsulation.  *@result
 * stays NULL without both attributes.
 */
int _nh_encap_parse(struct rtnl_nh_encap **result, struct nlattr *encap,
		    struct nlattr *type)
{
	const struct encap_type *t;
	struct rtnl_nh_encap *e;
	unsigned int i;
	int err = 0;

	*result = NULL;
	if (!encap || !type)
		return 0;
	if (nla_len(type) < 2)
		return -NLE_INVAL;
	e = rtnl_nh_encap_alloc();
	if (!e)
		return -NLE_NOMEM;
	e->type = nla_get_u16(type);
	t = type_of(e->type);
	if (t) {
		struct nlattr *tb[ENCAP_MAXATTR + 1];

		err = nla_parse_nested(tb, t->maxattr, encap, NULL);
		for (i = 0; err >= 0 && i < t->nfields; i++)
			if (tb[t->fields[i].nla])
				err = parse_field(e, t, t->fields[i].kind,
						  tb[t->fields[i].nla]);
		/* an MPLS encapsulation without labels means nothing */
		if (err >= 0 && e->type == LWTUNNEL_ENCAP_MPLS && !e->dst)
			err = -NLE_INVAL;
	} else {
		e->raw = nl_data_alloc(nla_data(encap), (size_t)nla_len(encap));
		if (!e->raw)
			err = -NLE_NOMEM;
	}
	if (err < 0) {
		rtnl_nh_encap_free(e);
		return err;
	}
	*result = e;
	return 0;
}

static int put_field(struct nl_msg *msg, struct rtnl_nh_encap *e,
		     const struct encap_field *f)
{
	uint64_t v64;

	switch (f->kind) {
	case F_DST:
		return nla_put_addr(msg, f->nla, e->dst);
	case F_SRC:
		return nla_put_addr(msg, f->nla, e->src);
	case F_FLAGS:
		return nla_put(msg, f->nla, 2, &e->flags);
	case F_ID:
		v64 = htobe64(e->id);
		return nla_put(msg, f->nla, 8, &v64);
	case F_LOCATOR:
		return nla_put(msg, f->nla, 8, &e->id);
	default:
		return nla_put_u8(msg, f->nla, *u8_of(e, f->kind));
	}
}

/*
 * Put @type_attr (u16 LWTUNNEL_ENCAP_*) and @e as attribute @nest_type
 * (its nested payload), in the reference library's order.
 */
int _nh_encap_put(struct nl_msg *msg, struct rtnl_nh_encap *e, int nest_type,
		  int type_attr)
{
	const struct encap_type *t = type_of(e->type);
	struct nlattr *n;
	unsigned int i;

	if (nla_put_u16(msg, type_attr, e->type) < 0)
		return -NLE_MSGSIZE;
	n = nla_nest_start(msg, nest_type);
	if (!n)
		return -NLE_MSGSIZE;
	if (t) {
		for (i = 0; i < t->nfields; i++)
			if ((e->mask & BIT(t->fields[i].kind)) &&
			    put_field(msg, e, &t->fields[i]) < 0)
				return -NLE_MSGSIZE;
	} else if (e->raw &&
		   nlmsg_append(msg, nl_data_get(e->raw),
				nl_data_get_size(e->raw), NLA_ALIGNTO) < 0) {
		return -NLE_MSGSIZE;
	}
	nla_nest_end(msg, n);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Dump                                                                 */

void _nh_encap_dump(struct rtnl_nh_encap *e, struct nl_dump_params *p)
{
	char buf[INET6_ADDRSTRLEN + 8];

	switch (e->type) {
	case LWTUNNEL_ENCAP_MPLS:
		nl_dump(p, " encap mpls %s",
			e->dst ? nl_addr2str(e->dst, buf, sizeof(buf)) : "none");
		if (e->mask & BIT(F_TTL))
			nl_dump(p, " ttl %u", e->ttl);
		break;
	case LWTUNNEL_ENCAP_IP:
	case LWTUNNEL_ENCAP_IP6:
		nl_dump(p, " encap %s id %llu",
			e->type == LWTUNNEL_ENCAP_IP ? "ip" : "ip6",
			(unsigned long long)e->id);
		if (e->src)
			nl_dump(p, " src %s",
				nl_addr2str(e->src, buf, sizeof(buf)));
		if (e->dst)
			nl_dump(p, " dst %s",
				nl_addr2str(e->dst, buf, sizeof(buf)));
		nl_dump(p, e->type == LWTUNNEL_ENCAP_IP ? " ttl %u tos %u" :
							  " hoplimit %u tc %u",
			e->ttl, e->tos);
		if (e->flags)
			nl_dump(p, " flags 0x%x", ntohs(e->flags));
		break;
	case LWTUNNEL_ENCAP_ILA:
		nl_dump(p, " encap ila %04x:%04x:%04x:%04x",
			(unsigned int)(e->id >> 48) & 0xffff,
			(unsigned int)(e->id >> 32) & 0xffff,
			(unsigned int)(e->id >> 16) & 0xffff,
			(unsigned int)e->id & 0xffff);
		if (e->mask & BIT(F_CSUM))
			nl_dump(p, " csum-mode %u", e->ila[0]);
		if (e->mask & BIT(F_IDENT))
			nl_dump(p, " ident-type %u", e->ila[1]);
		if (e->mask & BIT(F_HOOK))
			nl_dump(p, " hook-type %u", e->ila[2]);
		break;
	default:
		nl_dump(p, " encap %u", e->type);
	}
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** The LWTUNNEL_ENCAP_* type of @encap; -NLE_INVAL without one. */
int rtnl_nh_encap_get_type(struct rtnl_nh_encap *encap)
{
	if (!encap || encap->type == LWTUNNEL_ENCAP_NONE)
		return -NLE_INVAL;
	return encap->type;
}

/* @e when it is of @type, else NULL. */
static struct rtnl_nh_encap *of_type(struct rtnl_nh_encap *e, uint16_t type)
{
	return e && e->type == type ? e : NULL;
}

static int set_u8(struct rtnl_nh_encap *e, uint16_t type, uint8_t kind,
		  uint8_t v)
{
	if (!of_type(e, type))
		return -NLE_INVAL;
	*u8_of(e, kind) = v;
	e->mask |= BIT(kind);
	return 0;
}

static int get_u8(struct rtnl_nh_encap *e, uint16_t type, uint8_t kind,
		  int absent)
{
	if (!of_type(e, type))
		return -NLE_INVAL;
	if (!(e->mask & BIT(kind)))
		return absent;
	return *u8_of(e, kind);
}

static int set_id(struct rtnl_nh_encap *e, uint16_t type, uint64_t id)
{
	if (!of_type(e, type))
		return -NLE_INVAL;
	e->id = id;
	e->mask |= BIT(F_ID);
	return 0;
}

static uint64_t get_id(struct rtnl_nh_encap *e, uint16_t type)
{
	if (!of_type(e, type) || !(e->mask & BIT(F_ID)))
		return 0;
	return e->id;
}

static int set_flags(struct rtnl_nh_encap *e, uint16_t type, uint16_t flags)
{
	if (!of_type(e, type))
		return -NLE_INVAL;
	e->flags = flags;
	e->mask |= BIT(F_FLAGS);
	return 0;
}

static int get_flags(struct rtnl_nh_encap *e, uint16_t type)
{
	if (!of_type(e, type))
		return -NLE_INVAL;
	return (e->mask & BIT(F_FLAGS)) ? e->flags : 0;
}

/* Whether @a is an address the tunnel of @family can carry. */
static int tunnel_addr(struct nl_addr *a, int family)
{
	return nl_addr_get_family(a) == family &&
	       (int)nl_addr_get_len(a) == addr_len_of(family);
}

/* Replace *pos by a copy of @a (NULL: remove); @kind follows. */
static int set_addr(struct rtnl_nh_encap *e, struct nl_addr **pos,
		    uint8_t kind, struct nl_addr *a)
{
	struct nl_addr *c = NULL;

	if (a && !(c = nl_addr_clone(a)))
		return -NLE_NOMEM;
	nl_addr_put(*pos);
	*pos = c;
	if (c)
		e->mask |= BIT(kind);
	else
		e->mask &= ~BIT(kind);
	return 0;
}

/* Make @e a tunnel of @type to @dst; values set before stay when @e
 * already is one. */
static int set_tunnel(struct rtnl_nh_encap *e, uint16_t type, int family,
		      struct nl_addr *dst)
{
	if (!e || !dst || !tunnel_addr(dst, family))
		return -NLE_INVAL;
	if (e->type != type)
		reset(e, type);
	return set_addr(e, &e->dst, F_DST, dst);
}

static int set_src(struct rtnl_nh_encap *e, uint16_t type, int family,
		   struct nl_addr *src)
{
	if (!of_type(e, type) || (src && !tunnel_addr(src, family)))
		return -NLE_INVAL;
	return set_addr(e, &e->src, F_SRC, src);
}

static struct nl_addr *get_addr(struct rtnl_nh_encap *e, uint16_t type,
				int src)
{
	if (!of_type(e, type))
		return NULL;
	return src ? e->src : e->dst;
}

/**
 * Make @encap an MPLS encapsulation pushing the labels of @dst, with
 * @ttl when not 0.  @encap takes its own reference to @dst.
 *
 * @return 0, or -NLE_INVAL without @encap or @dst.
 */
int rtnl_nh_encap_mpls(struct rtnl_nh_encap *encap, struct nl_addr *dst,
		       uint8_t ttl)
{
	if (!encap || !dst)
		return -NLE_INVAL;
	nl_addr_get(dst);
	reset(encap, LWTUNNEL_ENCAP_MPLS);
	encap->dst = dst;
	encap->mask = BIT(F_DST);
	if (ttl) {
		encap->ttl = ttl;
		encap->mask |= BIT(F_TTL);
	}
	return 0;
}

/** The label stack of an MPLS encapsulation (owned by it), or NULL. */
struct nl_addr *rtnl_nh_get_encap_mpls_dst(struct rtnl_nh_encap *encap)
{
	return get_addr(encap, LWTUNNEL_ENCAP_MPLS, 0);
}

/** The ttl of an MPLS encapsulation (0: none), -NLE_INVAL if not MPLS. */
int rtnl_nh_get_encap_mpls_ttl(struct rtnl_nh_encap *encap)
{
	return get_u8(encap, LWTUNNEL_ENCAP_MPLS, F_TTL, 0);
}

/**
 * Make @encap an IPv4 tunnel (LWTUNNEL_ENCAP_IP) to @dst (copied).
 *
 * @return 0, -NLE_INVAL (no @encap, no IPv4 @dst), -NLE_NOMEM.
 */
int rtnl_nh_encap_ip(struct rtnl_nh_encap *encap, struct nl_addr *dst)
{
	return set_tunnel(encap, LWTUNNEL_ENCAP_IP, AF_INET, dst);
}

/** Destination of an IPv4 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip_dst(struct rtnl_nh_encap *encap)
{
	return get_addr(encap, LWTUNNEL_ENCAP_IP, 0);
}

/**
 * Set the source of an IPv4 tunnel (copied; NULL removes it).
 *
 * @return 0, -NLE_INVAL (not an IPv4 tunnel, not IPv4), -NLE_NOMEM.
 */
int rtnl_nh_set_encap_ip_src(struct rtnl_nh_encap *encap, struct nl_addr *src)
{
	return set_src(encap, LWTUNNEL_ENCAP_IP, AF_INET, src);
}

/** Source of an IPv4 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip_src(struct rtnl_nh_encap *encap)
{
	return get_addr(encap, LWTUNNEL_ENCAP_IP, 1);
}

/** Set the ttl of an IPv4 tunnel.  @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip_ttl(struct rtnl_nh_encap *encap, uint8_t ttl)
{
	return set_u8(encap, LWTUNNEL_ENCAP_IP, F_TTL, ttl);
}

/** The ttl of an IPv4 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_ttl(struct rtnl_nh_encap *encap)
{
	return get_u8(encap, LWTUNNEL_ENCAP_IP, F_TTL, 0);
}

/** Set the TOS of an IPv4 tunnel.  @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip_tos(struct rtnl_nh_encap *encap, uint8_t tos)
{
	return set_u8(encap, LWTUNNEL_ENCAP_IP, F_TOS, tos);
}

/** The TOS of an IPv4 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_tos(struct rtnl_nh_encap *encap)
{
	return get_u8(encap, LWTUNNEL_ENCAP_IP, F_TOS, 0);
}

/** Set the tunnel id (key) of an IPv4 tunnel, a number in host order.
 * @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip_id(struct rtnl_nh_encap *encap, uint64_t id)
{
	return set_id(encap, LWTUNNEL_ENCAP_IP, id);
}

/** The tunnel id of an IPv4 tunnel, 0 when unset or not one. */
uint64_t rtnl_nh_get_encap_ip_id(struct rtnl_nh_encap *encap)
{
	return get_id(encap, LWTUNNEL_ENCAP_IP);
}

/**
 * Set the flags of an IPv4 tunnel: TUNNEL_* values of <linux/if_tunnel.h>,
 * which are in network byte order; they are sent as given.
 *
 * @return 0 or -NLE_INVAL.
 */
int rtnl_nh_set_encap_ip_flags(struct rtnl_nh_encap *encap, uint16_t flags)
{
	return set_flags(encap, LWTUNNEL_ENCAP_IP, flags);
}

/** The TUNNEL_* flags of an IPv4 tunnel (network order, 0 when unset),
 * -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip_flags(struct rtnl_nh_encap *encap)
{
	return get_flags(encap, LWTUNNEL_ENCAP_IP);
}

/**
 * Make @encap an IPv6 tunnel (LWTUNNEL_ENCAP_IP6) to @dst (copied).
 *
 * @return 0, -NLE_INVAL (no @encap, no IPv6 @dst), -NLE_NOMEM.
 */
int rtnl_nh_encap_ip6(struct rtnl_nh_encap *encap, struct nl_addr *dst)
{
	return set_tunnel(encap, LWTUNNEL_ENCAP_IP6, AF_INET6, dst);
}

/** Destination of an IPv6 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip6_dst(struct rtnl_nh_encap *encap)
{
	return get_addr(encap, LWTUNNEL_ENCAP_IP6, 0);
}

/**
 * Set the source of an IPv6 tunnel (copied; NULL removes it).
 *
 * @return 0, -NLE_INVAL (not an IPv6 tunnel, not IPv6), -NLE_NOMEM.
 */
int rtnl_nh_set_encap_ip6_src(struct rtnl_nh_encap *encap, struct nl_addr *src)
{
	return set_src(encap, LWTUNNEL_ENCAP_IP6, AF_INET6, src);
}

/** Source of an IPv6 tunnel (owned by @encap), or NULL. */
struct nl_addr *rtnl_nh_get_encap_ip6_src(struct rtnl_nh_encap *encap)
{
	return get_addr(encap, LWTUNNEL_ENCAP_IP6, 1);
}

/** Set the hop limit of an IPv6 tunnel.  @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip6_hoplimit(struct rtnl_nh_encap *encap,
				   uint8_t hoplimit)
{
	return set_u8(encap, LWTUNNEL_ENCAP_IP6, F_TTL, hoplimit);
}

/** The hop limit of an IPv6 tunnel (0 when unset), -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip6_hoplimit(struct rtnl_nh_encap *encap)
{
	return get_u8(encap, LWTUNNEL_ENCAP_IP6, F_TTL, 0);
}

/** Set the traffic class of an IPv6 tunnel.  @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip6_tc(struct rtnl_nh_encap *encap, uint8_t tc)
{
	return set_u8(encap, LWTUNNEL_ENCAP_IP6, F_TOS, tc);
}

/** The traffic class of an IPv6 tunnel (0 when unset), -NLE_INVAL if not
 * one. */
int rtnl_nh_get_encap_ip6_tc(struct rtnl_nh_encap *encap)
{
	return get_u8(encap, LWTUNNEL_ENCAP_IP6, F_TOS, 0);
}

/** Set the tunnel id of an IPv6 tunnel, a number in host order.
 * @return 0 or -NLE_INVAL. */
int rtnl_nh_set_encap_ip6_id(struct rtnl_nh_encap *encap, uint64_t id)
{
	return set_id(encap, LWTUNNEL_ENCAP_IP6, id);
}

/** The tunnel id of an IPv6 tunnel, 0 when unset or not one. */
uint64_t rtnl_nh_get_encap_ip6_id(struct rtnl_nh_encap *encap)
{
	return get_id(encap, LWTUNNEL_ENCAP_IP6);
}

/**
 * Set the flags of an IPv6 tunnel: TUNNEL_* values of <linux/if_tunnel.h>,
 * which are in network byte order; they are sent as given.
 *
 * @return 0 or -NLE_INVAL.
 */
int rtnl_nh_set_encap_ip6_flags(struct rtnl_nh_encap *encap, uint16_t flags)
{
	return set_flags(encap, LWTUNNEL_ENCAP_IP6, flags);
}

/** The TUNNEL_* flags of an IPv6 tunnel (network order, 0 when unset),
 * -NLE_INVAL if not one. */
int rtnl_nh_get_encap_ip6_flags(struct rtnl_nh_encap *encap)
{
	return get_flags(encap, LWTUNNEL_ENCAP_IP6);
}

/**
 * Make @encap an ILA encapsulation writing @locator (sent as the
 * 64-bit value given).
 *
 * @return 0, -NLE_INVAL without @encap.
 */
int rtnl_nh_encap_ila(struct rtnl_nh_encap *encap, uint64_t locator)
{
	if (!encap)
		return -NLE_INVAL;
	reset(encap, LWTUNNEL_ENCAP_ILA);
	encap->id = locator;
	encap->mask = BIT(F_LOCATOR);
	return 0;
}

/**
 * The locator of an ILA encapsulation into *@locator.
 *
 * @return 0, -NLE_INVAL (not ILA, no @locator), -NLE_MISSING_ATTR.
 */
int rtnl_nh_get_encap_ila_locator(struct rtnl_nh_encap *encap,
				  uint64_t *locator)
{
	if (!of_type(encap, LWTUNNEL_ENCAP_ILA) || !locator)
		return -NLE_INVAL;
	if (!(encap->mask & BIT(F_LOCATOR)))
		return -NLE_MISSING_ATTR;
	*locator = encap->id;
	return 0;
}

#define ILA_U8(NAME, KIND)                                                     \
	int rtnl_nh_set_encap_ila_##NAME(struct rtnl_nh_encap *encap,          \
					 uint8_t v)                            \
	{                                                                      \
		return set_u8(encap, LWTUNNEL_ENCAP_ILA, KIND, v);             \
	}                                                                      \
	int rtnl_nh_clear_encap_ila_##NAME(struct rtnl_nh_encap *encap)        \
	{                                                                      \
		if (!of_type(encap, LWTUNNEL_ENCAP_ILA))                       \
			return -NLE_INVAL;                                     \
		encap->mask &= ~BIT(KIND);                                     \
		return 0;                                                      \
	}                                                                      \
	int rtnl_nh_get_encap_ila_##NAME(struct rtnl_nh_encap *encap)          \
	{                                                                      \
		return get_u8(encap, LWTUNNEL_ENCAP_ILA, KIND,                 \
			      -NLE_MISSING_ATTR);                              \
	}

/*
 * ILA checksum mode (ILA_CSUM_*), identifier type (ILA_ATYPE_*) and hook
 * type (ILA_HOOK_*): set (0 or -NLE_INVAL when not ILA), clear (the
 * kernel's default applies), get (the value, -NLE_INVAL when not ILA,
 * -NLE_MISSING_ATTR when not set).
 */
ILA_U8(csum_mode, F_CSUM)
ILA_U8(ident_type, F_IDENT)
ILA_U8(hook_type, F_HOOK)
