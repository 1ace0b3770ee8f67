/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The next hops of a route: gateway, device, weight, flags, realms, MPLS
 * destination (RTA_NEWDST), gateway of another family (RTA_VIA) and the
 * lightweight tunnel encapsulation (RTA_ENCAP, MPLS).
 */

#include <stdlib.h>
#include <string.h>
#include <linux/lwtunnel.h>
#include <linux/mpls_iptunnel.h>

#include "nl-private/route.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/rtnl.h>

/* ------------------------------------------------------------------ */
/* Encapsulation (nh_encap.c)                                           */

/* RTA_ENCAP (nested, of type RTA_ENCAP_TYPE) into nh->rtnh_encap. */
int _rtnl_route_nh_parse_encap(struct rtnl_nexthop *nh, struct nlattr *encap,
			       struct nlattr *type)
{
	struct rtnl_nh_encap *e;
	int err;

	err = _nh_encap_parse(&e, encap, type);
	if (err < 0 || !e)
		return err;
	rtnl_nh_encap_free(nh->rtnh_encap);
	nh->rtnh_encap = e;
	nh->ce_mask |= NH_ATTR_ENCAP;
	return 0;
}

/* RTA_ENCAP and RTA_ENCAP_TYPE of nh into msg (nothing without encap). */
int _rtnl_route_nh_put_encap(struct nl_msg *msg, struct rtnl_nexthop *nh)
{
	if (!(nh->ce_mask & NH_ATTR_ENCAP) || !nh->rtnh_encap)
		return 0;
	return _nh_encap_put(msg, nh->rtnh_encap, RTA_ENCAP, RTA_ENCAP_TYPE);
}

/* The route dumps' form: MPLS as "encap mpls LABELS ttl N ", the other
 * types as nexthop objects print them. */
static void encap_dump(struct rtnl_nh_encap *e, struct nl_dump_params *dp)
{
	char buf[256];
	int ttl;

	if (_nh_encap_type(e) == LWTUNNEL_ENCAP_MPLS) {
		nl_dump(dp, " encap mpls %s ",
			nl_addr2str(rtnl_nh_get_encap_mpls_dst(e), buf,
				    sizeof(buf)));
		ttl = rtnl_nh_get_encap_mpls_ttl(e);
		if (ttl > 0)
			nl_dump(dp, "ttl %d ", ttl);
	} else {
		_nh_encap_dump(e, dp);
		nl_dump(dp, " ");
	}
}

/* ------------------------------------------------------------------ */
/* Allocation                                                           */

/** Allocate an empty next hop; NULL when out of memory. */
struct rtnl_nexthop *rtnl_route_nh_alloc(void)
{
	struct rtnl_nexthop *nh = calloc(1, sizeof(*nh));

	if (!nh)
		return NULL;
	nl_init_list_head(&nh->rtnh_list);
	return nh;
}

/**
 * Deep copy of src (not linked into any route).
 * @return the copy or NULL when out of memory.
 */
struct rtnl_nexthop *rtnl_route_nh_clone(struct rtnl_nexthop *src)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();

	if (!nh)
		return NULL;
	nh->rtnh_flags = src->rtnh_flags;
	nh->rtnh_flag_mask = src->rtnh_flag_mask;
	nh->rtnh_weight = src->rtnh_weight;
	nh->rtnh_ifindex = src->rtnh_ifindex;
	nh->rtnh_realms = src->rtnh_realms;
	nh->ce_mask = src->ce_mask;
	if ((src->rtnh_gateway &&
	     !(nh->rtnh_gateway = nl_addr_clone(src->rtnh_gateway))) ||
	    (src->rtnh_newdst &&
	     !(nh->rtnh_newdst = nl_addr_clone(src->rtnh_newdst))) ||
	    (src->rtnh_via && !(nh->rtnh_via = nl_addr_clone(src->rtnh_via))) ||
	    (src->rtnh_encap &&
	     !(nh->rtnh_encap = rtnl_nh_encap_clone(src->rtnh_encap)))) {
		rtnl_route_nh_free(nh);
		return NULL;
	}
	return nh;
}

/** Free a next hop that is not (or no longer) part of a route. */
void rtnl_route_nh_free(struct rtnl_nexthop *nh)
{
	if (!nh)
		return;
	nl_addr_put(nh->rtnh_gateway);
	nl_addr_put(nh->rtnh_newdst);
	nl_addr_put(nh->rtnh_via);
	rtnl_nh_encap_free(nh->rtnh_encap);
	free(nh);
}

/* ------------------------------------------------------------------ */
/* Comparison                                                           */

static int addr_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp(a, b) != 0;
}

/**
 * Compare the attributes in attrs (NH_ATTR_* bits) of a and b.  With loose
 * set, only the flags b sets are compared.
 * @return the bits of the attributes that differ, 0 when equal.
 */
int rtnl_route_nh_compare(struct rtnl_nexthop *a, struct rtnl_nexthop *b,
			  uint32_t attrs, int loose)
{
	uint32_t diff = 0;

#define NHD(bit, expr) diff |= ATTR_DIFF(attrs, bit, a, b, expr)
	NHD(NH_ATTR_IFINDEX, a->rtnh_ifindex != b->rtnh_ifindex);
	NHD(NH_ATTR_WEIGHT, a->rtnh_weight != b->rtnh_weight);
	NHD(NH_ATTR_REALMS, a->rtnh_realms != b->rtnh_realms);
	NHD(NH_ATTR_GATEWAY, addr_differ(a->rtnh_gateway, b->rtnh_gateway));
	NHD(NH_ATTR_NEWDST, addr_differ(a->rtnh_newdst, b->rtnh_newdst));
	NHD(NH_ATTR_VIA, addr_differ(a->rtnh_via, b->rtnh_via));
	NHD(NH_ATTR_ENCAP,
	    _nh_encap_differ(a->rtnh_encap, b->rtnh_encap));
	if (loose)
		NHD(NH_ATTR_FLAGS,
		    (a->rtnh_flags ^ b->rtnh_flags) & b->rtnh_flag_mask);
	else
		NHD(NH_ATTR_FLAGS, a->rtnh_flags != b->rtnh_flags);
#undef NHD
	return (int)diff;
}

/**
 * Nonzero when a and b are the same path: same interface, realms,
 * gateway, MPLS destination, RTA_VIA gateway and encapsulation.  Weight
 * and flags do not count (a path keeps its identity when the kernel marks
 * it dead or its weight changes).
 */
int rtnl_route_nh_identical(struct rtnl_nexthop *a, struct rtnl_nexthop *b)
{
	return rtnl_route_nh_compare(a, b,
				     NH_ATTR_IFINDEX | NH_ATTR_REALMS |
					     NH_ATTR_GATEWAY | NH_ATTR_NEWDST |
					     NH_ATTR_VIA | NH_ATTR_ENCAP,
				     0) == 0;
}

/* ------------------------------------------------------------------ */
/* Dump                                                                 */

static void dev_dump(struct rtnl_nexthop *nh, struct nl_dump_params *dp)
{
	char buf[64];

	nl_dump(dp, " dev %s",
		_rtnl_route_ifname(nh->rtnh_ifindex, buf, sizeof(buf), NULL));
}

/* One-line form, as inside the one-line route dump. */
static void nh_dump_line(struct rtnl_nexthop *nh, struct nl_dump_params *dp)
{
	char buf[128];

	if (nh->ce_mask & NH_ATTR_ENCAP)
		encap_dump(nh->rtnh_encap, dp);
	if (nh->ce_mask & NH_ATTR_NEWDST)
		nl_dump(dp, "as to %s ",
			nl_addr2str(nh->rtnh_newdst, buf, sizeof(buf)));
	nl_dump(dp, "via");
	if (nh->ce_mask & NH_ATTR_VIA)
		nl_dump(dp, " %s", nl_addr2str(nh->rtnh_via, buf, sizeof(buf)));
	if (nh->ce_mask & NH_ATTR_GATEWAY)
		nl_dump(dp, " %s",
			nl_addr2str(nh->rtnh_gateway, buf, sizeof(buf)));
	if (nh->ce_mask & NH_ATTR_IFINDEX)
		dev_dump(nh, dp);
	nl_dump(dp, " ");
}

/* Detailed form: "nexthop via ... dev ... weight ... <flags>". */
static void nh_dump_details(struct rtnl_nexthop *nh, struct nl_dump_params *dp)
{
	char buf[128];

	nl_dump(dp, "nexthop");
	if (nh->ce_mask & NH_ATTR_ENCAP)
		encap_dump(nh->rtnh_encap, dp);
	if (nh->ce_mask & NH_ATTR_NEWDST)
		nl_dump(dp, " as to %s",
			nl_addr2str(nh->rtnh_newdst, buf, sizeof(buf)));
	if (nh->ce_mask & NH_ATTR_VIA)
		nl_dump(dp, " via %s",
			nl_addr2str(nh->rtnh_via, buf, sizeof(buf)));
	if (nh->ce_mask & NH_ATTR_GATEWAY)
		nl_dump(dp, " via %s",
			nl_addr2str(nh->rtnh_gateway, buf, sizeof(buf)));
	if (nh->ce_mask & NH_ATTR_IFINDEX)
		dev_dump(nh, dp);
	if (nh->ce_mask & NH_ATTR_WEIGHT)
		nl_dump(dp, " weight %u", nh->rtnh_weight);
	if (nh->ce_mask & NH_ATTR_REALMS)
		nl_dump(dp, " realm %04x:%04x",
			RTNL_REALM_FROM(nh->rtnh_realms),
			RTNL_REALM_TO(nh->rtnh_realms));
	if (nh->ce_mask & NH_ATTR_FLAGS)
		nl_dump(dp, " <%s>",
			rtnl_route_nh_flags2str(nh->rtnh_flags, buf,
						sizeof(buf)));
}

/**
 * Print nh; dp->dp_ivar says for which route dump (NH_DUMP_FROM_*; a
 * positive value is the next hop's number in environment dumps).
 */
void rtnl_route_nh_dump(struct rtnl_nexthop *nh, struct nl_dump_params *dp)
{
	switch (dp->dp_type) {
	case NL_DUMP_LINE:
		nh_dump_line(nh, dp);
		break;
	case NL_DUMP_DETAILS:
	case NL_DUMP_STATS:
		/* the one-line part of a detailed route dump leaves the
		 * next hops to their own lines */
		if (dp->dp_ivar == NH_DUMP_FROM_DETAILS)
			nh_dump_details(nh, dp);
		break;
	default:
		break;
	}
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

/** Set the weight: the kernel's rtnh_hops ("ip route ... weight" - 1). */
void rtnl_route_nh_set_weight(struct rtnl_nexthop *nh, uint8_t weight)
{
	nh->rtnh_weight = weight;
	nh->ce_mask |= NH_ATTR_WEIGHT;
}

/** The weight, 0 when not set. */
uint8_t rtnl_route_nh_get_weight(struct rtnl_nexthop *nh)
{
	return nh->rtnh_weight;
}

/** Set the outgoing interface index. */
void rtnl_route_nh_set_ifindex(struct rtnl_nexthop *nh, int ifindex)
{
	nh->rtnh_ifindex = ifindex;
	nh->ce_mask |= NH_ATTR_IFINDEX;
}

/** The outgoing interface index, 0 when not set. */
int rtnl_route_nh_get_ifindex(struct rtnl_nexthop *nh)
{
	return nh->rtnh_ifindex;
}

/* Replace *pos by a new reference on addr (NULL clears); bit follows. */
static void set_addr(struct rtnl_nexthop *nh, struct nl_addr **pos,
		     struct nl_addr *addr, uint64_t bit)
{
	struct nl_addr *old = *pos;

	*pos = addr ? nl_addr_get(addr) : NULL;
	if (addr)
		nh->ce_mask |= bit;
	else
		nh->ce_mask &= ~bit;
	nl_addr_put(old);
}

/** Set the gateway (a new reference is taken; NULL removes it). */
void rtnl_route_nh_set_gateway(struct rtnl_nexthop *nh, struct nl_addr *addr)
{
	set_addr(nh, &nh->rtnh_gateway, addr, NH_ATTR_GATEWAY);
}

/** The gateway, or NULL. */
struct nl_addr *rtnl_route_nh_get_gateway(struct rtnl_nexthop *nh)
{
	return nh->rtnh_gateway;
}

/** Set next hop flags (RTNH_F_*); they are added to those set before. */
void rtnl_route_nh_set_flags(struct rtnl_nexthop *nh, unsigned int flags)
{
	nh->rtnh_flag_mask |= flags;
	nh->rtnh_flags |= flags;
	nh->ce_mask |= NH_ATTR_FLAGS;
}

/** Clear next hop flags (RTNH_F_*). */
void rtnl_route_nh_unset_flags(struct rtnl_nexthop *nh, unsigned int flags)
{
	nh->rtnh_flag_mask |= flags;
	nh->rtnh_flags &= ~flags;
	nh->ce_mask |= NH_ATTR_FLAGS;
}

/** The next hop flags (RTNH_F_*). */
unsigned int rtnl_route_nh_get_flags(struct rtnl_nexthop *nh)
{
	return nh->rtnh_flags;
}

/** Set the realms (RTNL_MAKE_REALM(from, to)). */
void rtnl_route_nh_set_realms(struct rtnl_nexthop *nh, uint32_t realms)
{
	nh->rtnh_realms = realms;
	nh->ce_mask |= NH_ATTR_REALMS;
}

/** The realms, 0 when not set. */
uint32_t rtnl_route_nh_get_realms(struct rtnl_nexthop *nh)
{
	return nh->rtnh_realms;
}

/**
 * Set the MPLS label stack the packet gets (RTA_NEWDST, AF_MPLS routes).
 * @return 0 (a new reference is taken; NULL removes it).
 */
int rtnl_route_nh_set_newdst(struct rtnl_nexthop *nh, struct nl_addr *addr)
{
	set_addr(nh, &nh->rtnh_newdst, addr, NH_ATTR_NEWDST);
	return 0;
}

/** The MPLS destination labels, or NULL. */
struct nl_addr *rtnl_route_nh_get_newdst(struct rtnl_nexthop *nh)
{
	return nh->rtnh_newdst;
}

/**
 * Set a gateway of another address family (RTA_VIA).
 * @return 0 (a new reference is taken; NULL removes it).
 */
int rtnl_route_nh_set_via(struct rtnl_nexthop *nh, struct nl_addr *addr)
{
	set_addr(nh, &nh->rtnh_via, addr, NH_ATTR_VIA);
	return 0;
}

/** The RTA_VIA gateway, or NULL. */
struct nl_addr *rtnl_route_nh_get_via(struct rtnl_nexthop *nh)
{
	return nh->rtnh_via;
}

/**
 * Give @nh the encapsulation @encap, which @nh owns from now on on every
 * path: it is freed when refused.  NULL removes the encapsulation.
 *
 * @return 0, or -NLE_INVAL without @nh or for an encapsulation without a
 *         type (@nh keeps what it had then).
 */
int rtnl_route_nh_set_encap(struct rtnl_nexthop *nh, struct rtnl_nh_encap *encap)
{
	if (!nh || (encap && rtnl_nh_encap_get_type(encap) < 0)) {
		rtnl_nh_encap_free(encap);
		return -NLE_INVAL;
	}
	if (nh->rtnh_encap != encap)
		rtnl_nh_encap_free(nh->rtnh_encap);
	nh->rtnh_encap = encap;
	if (encap)
		nh->ce_mask |= NH_ATTR_ENCAP;
	else
		nh->ce_mask &= ~NH_ATTR_ENCAP;
	return 0;
}

/** The encapsulation of nh (owned by nh), or NULL. */
struct rtnl_nh_encap *rtnl_route_nh_get_encap(struct rtnl_nexthop *nh)
{
	return nh->rtnh_encap;
}

/**
 * Encapsulate in MPLS: push the labels of addr (AF_MPLS), with ttl when
 * not 0.
 * @return 0, -NLE_INVAL without next hop or address, -NLE_NOMEM.
 */
int rtnl_route_nh_encap_mpls(struct rtnl_nexthop *nh, struct nl_addr *addr,
			     uint8_t ttl)
{
	struct rtnl_nh_encap *e;
	int err;

	if (!nh || !addr)
		return -NLE_INVAL;
	e = rtnl_nh_encap_alloc();
	if (!e)
		return -NLE_NOMEM;
	err = rtnl_nh_encap_mpls(e, addr, ttl);
	if (err < 0) {
		rtnl_nh_encap_free(e);
		return err;
	}
	return rtnl_route_nh_set_encap(nh, e);
}

/** The MPLS labels of an MPLS encapsulation, or NULL. */
struct nl_addr *rtnl_route_nh_get_encap_mpls_dst(struct rtnl_nexthop *nh)
{
	return rtnl_nh_get_encap_mpls_dst(nh->rtnh_encap);
}

/** The TTL of an MPLS encapsulation, 0 when none. */
uint8_t rtnl_route_nh_get_encap_mpls_ttl(struct rtnl_nexthop *nh)
{
	int ttl = rtnl_nh_get_encap_mpls_ttl(nh->rtnh_encap);

	return ttl > 0 ? (uint8_t)ttl : 0;
}

/* ------------------------------------------------------------------ */
/* Flag names                                                           */

static const struct trans_tbl nh_flags[] = {
	__ADD(RTNH_F_DEAD, dead),
	__ADD(RTNH_F_PERVASIVE, pervasive),
	__ADD(RTNH_F_ONLINK, onlink),
};

/** Names of the RTNH_F_* flags in flags, comma separated, into buf. */
char *rtnl_route_nh_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, nh_flags, ARRAY_SIZE(nh_flags));
}

/** The RTNH_F_* flags named in name (comma separated); 0 when none. */
int rtnl_route_nh_str2flags(const char *name)
{
	return __str2flags(name, nh_flags, ARRAY_SIZE(nh_flags));
}
