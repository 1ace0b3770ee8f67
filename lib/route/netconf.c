/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Network configuration objects (RTM_NEWNETCONF, struct netconfmsg +
 * NETCONFA_*): one per address family and interface, plus the "all" and
 * "default" pseudo interfaces.  The cache "route/netconf" holds them.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>
#include <linux/netconf.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/link.h>
#include <netlink/route/netconf.h>

#ifndef AF_MPLS
#define AF_MPLS 28
#endif

#define NETCONF_ATTR_FAMILY		0x0001
#define NETCONF_ATTR_IFINDEX		0x0002
#define NETCONF_ATTR_RP_FILTER		0x0004
#define NETCONF_ATTR_FWDING		0x0008
#define NETCONF_ATTR_MC_FWDING		0x0010
#define NETCONF_ATTR_PROXY_NEIGH	0x0020
#define NETCONF_ATTR_IGNORE_RT_LINKDWN	0x0040
#define NETCONF_ATTR_INPUT		0x0080

struct rtnl_netconf {
	NLHDR_COMMON

	uint8_t family;
	int32_t ifindex;
	int32_t rp_filter;
	int32_t forwarding;
	int32_t mc_forwarding;
	int32_t proxy_neigh;
	int32_t ignore_routes_linkdown;
	int32_t input;
};

static struct nl_cache_ops netconf_ops;
static struct nl_object_ops netconf_obj_ops;

#define NC(m, bit, name, id)                                                   \
	NLO_ENTRY(struct rtnl_netconf, m, bit, name, NLO_S32, .nla = (id))

static const struct nlo_attr netconf_attrs[] = {
	NLO_ENTRY(struct rtnl_netconf, family, NETCONF_ATTR_FAMILY, "family",
		  NLO_U8, .flags = NLO_F_HDR,
		  .hdr = offsetof(struct netconfmsg, ncm_family)),
	NC(ifindex, NETCONF_ATTR_IFINDEX, "ifindex", NETCONFA_IFINDEX),
	NC(rp_filter, NETCONF_ATTR_RP_FILTER, "rp_filter", NETCONFA_RP_FILTER),
	NC(forwarding, NETCONF_ATTR_FWDING, "forwarding", NETCONFA_FORWARDING),
	NC(mc_forwarding, NETCONF_ATTR_MC_FWDING, "mc_forwarding",
	   NETCONFA_MC_FORWARDING),
	NC(proxy_neigh, NETCONF_ATTR_PROXY_NEIGH, "proxy_neigh",
	   NETCONFA_PROXY_NEIGH),
	NC(ignore_routes_linkdown, NETCONF_ATTR_IGNORE_RT_LINKDWN,
	   "ignore_routes_with_linkdown",
	   NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN),
	NC(input, NETCONF_ATTR_INPUT, "input", NETCONFA_INPUT),
};

static const struct nlo_table netconf_table =
	NLO_TABLE(struct rtnl_netconf, ce_mask, netconf_attrs, NETCONFA_MAX);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static uint64_t netconf_compare(struct nl_object *a, struct nl_object *b,
				uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &netconf_table, attrs, flags);
}

static char *netconf_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&netconf_table, (uint64_t)(unsigned int)attrs,
			     buf, len);
}

static void netconf_keygen(struct nl_object *obj, uint32_t *hashkey,
			   uint32_t table_sz)
{
	struct rtnl_netconf *nc = (struct rtnl_netconf *)obj;
	struct {
		int32_t family;
		int32_t ifindex;
	} key = { nc->family, nc->ifindex };

	*hashkey = nl_hash_any(&key, sizeof(key), 0) % table_sz;
}

/*
 * Notifications carry only the attribute that changed: fold the values
 * present in the new object into the one the cache already holds.
 */
static int netconf_update(struct nl_object *old_obj, struct nl_object *new_obj)
{
	struct rtnl_netconf *old = (struct rtnl_netconf *)old_obj;
	struct rtnl_netconf *nw = (struct rtnl_netconf *)new_obj;
	unsigned int i;

	if (new_obj->ce_msgtype == RTM_DELNETCONF)
		return -NLE_OPNOTSUPP;
	if (old->family != nw->family || old->ifindex != nw->ifindex)
		return -NLE_OPNOTSUPP;
	for (i = 0; i < netconf_table.n; i++) {
		const struct nlo_attr *a = &netconf_table.attrs[i];

		if (!(nw->ce_mask & a->mask))
			continue;
		memcpy(nlo_ptr(old, a), nlo_cptr(nw, a), a->size);
		old->ce_mask |= a->mask;
	}
	return 0;
}

static const char *family_name(int family)
{
	switch (family) {
	case AF_INET:
		return "ipv4";
	case AF_INET6:
		return "ipv6";
	case AF_MPLS:
		return "mpls";
	}
	return "unknown";
}

static const char *onoff(int v)
{
	return v ? "on" : "off";
}

static void netconf_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_netconf *nc = (struct rtnl_netconf *)obj;
	struct nl_cache *links;
	char buf[64];

	nl_dump(p, "%s ", family_name(nc->family));
	switch (nc->ifindex) {
	case NETCONFA_IFINDEX_ALL:
		nl_dump(p, "all ");
		break;
	case NETCONFA_IFINDEX_DEFAULT:
		nl_dump(p, "default ");
		break;
	default:
		links = nl_cache_mngt_require_safe("route/link");
		if (links) {
			const char *name = rtnl_link_i2name(links, nc->ifindex,
							    buf, sizeof(buf));

			/* what printf makes of a NULL name */
			nl_dump(p, "dev %s ", name ? name : "(null)");
			nl_cache_put(links);
		} else
			nl_dump(p, "dev %d ", nc->ifindex);
	}
	if (nc->ce_mask & NETCONF_ATTR_FWDING)
		nl_dump(p, "forwarding %s ", onoff(nc->forwarding));
	if (nc->ce_mask & NETCONF_ATTR_RP_FILTER) {
		const char *mode = "unknown-mode";

		if (nc->rp_filter == 0)
			mode = "off";
		else if (nc->rp_filter == 1)
			mode = "strict";
		else if (nc->rp_filter == 2)
			mode = "loose";
		nl_dump(p, "rp_filter %s ", mode);
	}
	if (nc->ce_mask & NETCONF_ATTR_MC_FWDING)
		nl_dump(p, "mc_forwarding %s ", onoff(nc->mc_forwarding));
	if (nc->ce_mask & NETCONF_ATTR_PROXY_NEIGH)
		nl_dump(p, "proxy_neigh %d ", nc->proxy_neigh);
	if (nc->ce_mask & NETCONF_ATTR_IGNORE_RT_LINKDWN)
		nl_dump(p, "ignore_routes_with_linkdown %s ",
			onoff(nc->ignore_routes_linkdown));
	if (nc->ce_mask & NETCONF_ATTR_INPUT)
		nl_dump(p, "input %s ", onoff(nc->input));
	nl_dump(p, "\n");
}

static struct nl_object_ops netconf_obj_ops = {
	.oo_name = "route/netconf",
	.oo_size = sizeof(struct rtnl_netconf),
	.oo_dump = {
		[NL_DUMP_LINE] = netconf_dump_line,
		[NL_DUMP_DETAILS] = netconf_dump_line,
	},
	.oo_compare = netconf_compare,
	.oo_keygen = netconf_keygen,
	.oo_update = netconf_update,
	.oo_attrs2str = netconf_attrs2str,
	.oo_id_attrs = NETCONF_ATTR_FAMILY | NETCONF_ATTR_IFINDEX,
};

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static const struct nla_policy netconf_policy[NETCONFA_MAX + 1] = {
	[NETCONFA_IFINDEX] = { .type = NLA_S32 },
	[NETCONFA_FORWARDING] = { .type = NLA_S32 },
	[NETCONFA_RP_FILTER] = { .type = NLA_S32 },
	[NETCONFA_MC_FORWARDING] = { .type = NLA_S32 },
	[NETCONFA_PROXY_NEIGH] = { .type = NLA_S32 },
	[NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN] = { .type = NLA_S32 },
	[NETCONFA_INPUT] = { .type = NLA_S32 },
};

static int netconf_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			      struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct nlattr *tb[NETCONFA_MAX + 1];
	struct rtnl_netconf *nc;
	struct netconfmsg *ncm;
	int err;

	(void)ops;
	(void)who;
	if (!nlmsg_valid_hdr(n, sizeof(*ncm)))
		return -NLE_MSG_TOOSHORT;
	ncm = nlmsg_data(n);
	if (ncm->ncm_family != AF_INET && ncm->ncm_family != AF_INET6 &&
	    ncm->ncm_family != AF_MPLS) {
		NL_DBG(1, "netconf: unexpected family %u\n", ncm->ncm_family);
		return -NLE_FAILURE;
	}
	err = nlmsg_parse(n, sizeof(*ncm), tb, NETCONFA_MAX, netconf_policy);
	if (err < 0)
		return err;
	/* an object is known by its interface: without one it is useless */
	if (!tb[NETCONFA_IFINDEX])
		return -NLE_FAILURE;

	nc = (struct rtnl_netconf *)nl_object_alloc(&netconf_obj_ops);
	if (!nc)
		return -NLE_NOMEM;
	nc->ce_msgtype = n->nlmsg_type;
	nlo_parse_hdr(nc, &netconf_table, ncm, sizeof(*ncm));
	err = nlo_parse(nc, &netconf_table, tb);
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)nc, pp);
	nl_object_put((struct nl_object *)nc);
	return err;
}

static int netconf_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	struct netconfmsg ncm = { .ncm_family = AF_UNSPEC };

	(void)c;
	return nl_send_simple(sk, RTM_GETNETCONF, NLM_F_DUMP, &ncm,
			      sizeof(ncm));
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/**
 * Allocate a netconf cache and fill it with the configuration of every
 * family and interface the kernel reports.
 * @arg sk		connected route socket
 * @arg result		receives the new cache (the caller owns it)
 *
 * @return 0 or a negative error code.
 */
int rtnl_netconf_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&netconf_ops, sk, result);
}

/**
 * Look up the netconf object of family @family and interface @ifindex
 * (NETCONFA_IFINDEX_ALL and NETCONFA_IFINDEX_DEFAULT name the pseudo
 * interfaces).
 *
 * @return the object with a reference the caller drops with
 *         rtnl_netconf_put(), or NULL when the cache has none.
 */
struct rtnl_netconf *rtnl_netconf_get_by_idx(struct nl_cache *cache,
					     int family, int ifindex)
{
	struct rtnl_netconf *needle, *nc;

	if (!cache || cache->c_ops != &netconf_ops)
		return NULL;
	needle = (struct rtnl_netconf *)nl_object_alloc(&netconf_obj_ops);
	if (!needle)
		return NULL;
	needle->family = (uint8_t)family;
	needle->ifindex = ifindex;
	needle->ce_mask = NETCONF_ATTR_FAMILY | NETCONF_ATTR_IFINDEX;
	/* family and interface are the identity: a hash lookup */
	nc = (struct rtnl_netconf *)nl_cache_search(cache,
						    (struct nl_object *)needle);
	nl_object_put((struct nl_object *)needle);
	return nc;
}

/** The "all" object of @family (see rtnl_netconf_get_by_idx()). */
struct rtnl_netconf *rtnl_netconf_get_all(struct nl_cache *cache, int family)
{
	return rtnl_netconf_get_by_idx(cache, family, NETCONFA_IFINDEX_ALL);
}

/** The "default" object of @family (see rtnl_netconf_get_by_idx()). */
struct rtnl_netconf *rtnl_netconf_get_default(struct nl_cache *cache,
					      int family)
{
	return rtnl_netconf_get_by_idx(cache, family,
				       NETCONFA_IFINDEX_DEFAULT);
}

/** Drop a reference to @nc (NULL is ignored). */
void rtnl_netconf_put(struct rtnl_netconf *nc)
{
	nl_object_put((struct nl_object *)nc);
}

/* One getter: 0 and the value in *val (val may be NULL), or
 * -NLE_MISSING_ATTR when the object does not carry the attribute. */
#define NETCONF_GETTER(NAME, MEMBER, BIT)                                      \
	int rtnl_netconf_get_##NAME(struct rtnl_netconf *nc, int *val)         \
	{                                                                      \
		if (!nc)                                                       \
			return -NLE_INVAL;                                     \
		if (!(nc->ce_mask & (BIT)))                                    \
			return -NLE_MISSING_ATTR;                              \
		if (val)                                                       \
			*val = nc->MEMBER;                                     \
		return 0;                                                      \
	}

/** Address family (AF_INET, AF_INET6 or AF_MPLS) into *val. */
NETCONF_GETTER(family, family, NETCONF_ATTR_FAMILY)
/** Interface index into *val (-1: all, -2: default). */
NETCONF_GETTER(ifindex, ifindex, NETCONF_ATTR_IFINDEX)
/** Forwarding setting into *val. */
NETCONF_GETTER(forwarding, forwarding, NETCONF_ATTR_FWDING)
/** Multicast forwarding setting into *val. */
NETCONF_GETTER(mc_forwarding, mc_forwarding, NETCONF_ATTR_MC_FWDING)
/** Reverse path filter mode into *val (0 off, 1 strict, 2 loose). */
NETCONF_GETTER(rp_filter, rp_filter, NETCONF_ATTR_RP_FILTER)
/** Proxy ARP / proxy NDP setting into *val. */
NETCONF_GETTER(proxy_neigh, proxy_neigh, NETCONF_ATTR_PROXY_NEIGH)
/** ignore_routes_with_linkdown setting into *val. */
NETCONF_GETTER(ignore_routes_linkdown, ignore_routes_linkdown,
	       NETCONF_ATTR_IGNORE_RT_LINKDWN)
/** MPLS input setting into *val. */
NETCONF_GETTER(input, input, NETCONF_ATTR_INPUT)

static struct nl_af_group netconf_groups[] = {
	{ AF_INET, RTNLGRP_IPV4_NETCONF },
	{ AF_INET6, RTNLGRP_IPV6_NETCONF },
	{ AF_MPLS, RTNLGRP_MPLS_NETCONF },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops netconf_ops = {
	.co_name = "route/netconf",
	.co_hdrsize = sizeof(struct netconfmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = netconf_groups,
	.co_request_update = netconf_request_update,
	.co_msg_parser = netconf_msg_parser,
	.co_obj_ops = &netconf_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWNETCONF, NL_ACT_NEW, "new" },
		{ RTM_DELNETCONF, NL_ACT_DEL, "del" },
		{ RTM_GETNETCONF, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) netconf_init(void)
{
	nl_cache_mngt_register(&netconf_ops);
}

static void __attribute__((destructor)) netconf_exit(void)
{
	nl_cache_mngt_unregister(&netconf_ops);
}
