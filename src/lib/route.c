/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: links, addresses, routes, neighbours, rules and nexthops
 * from command-line arguments.  Every parser exits with a message when its
 * argument makes no sense.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/if.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/link.h>
#include <netlink/cli/addr.h>
#include <netlink/cli/route.h>
#include <netlink/cli/neigh.h>
#include <netlink/cli/rule.h>
#include <netlink/cli/nh.h>
#include <netlink/route/nexthop.h>

#ifndef IFALIASZ
#define IFALIASZ 256
#endif

/* A family name, or exit. */
static int parse_family(const char *arg)
{
	int family = nl_str2af(arg);

	if (family < 0)
		nl_cli_fatal(EINVAL, "Unable to translate address family \"%s\"",
			     arg);
	return family;
}

/* The index of the link named @arg in @cache, or exit. */
static int link_index(struct nl_cache *cache, const char *arg)
{
	int ifindex = cache ? rtnl_link_name2i(cache, arg) : 0;

	if (!ifindex)
		nl_cli_fatal(ENOENT, "Link \"%s\" does not exist", arg);
	return ifindex;
}

#define CLI_ALLOC(fn, type, alloc, what)                                       \
	struct type *fn(void)                                                  \
	{                                                                      \
		struct type *obj = alloc();                                    \
		if (!obj)                                                      \
			nl_cli_fatal(ENOMEM, "Unable to allocate " what " object"); \
		return obj;                                                    \
	}

/* ------------------------------------------------------------------ */
/* Links                                                                */

/** A new link object, or exit. */
CLI_ALLOC(nl_cli_link_alloc, rtnl_link, rtnl_link_alloc, "link")

/** The link cache of @a family filled with @a flags and provided, or exit. */
struct nl_cache *nl_cli_link_alloc_cache_family_flags(struct nl_sock *sock,
						      int family,
						      unsigned int flags)
{
	struct nl_cache *cache;
	int err = rtnl_link_alloc_cache_flags(sock, family, &cache, flags);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate link cache: %s",
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** The link cache of @a family, or exit. */
struct nl_cache *nl_cli_link_alloc_cache_family(struct nl_sock *sock, int family)
{
	return nl_cli_link_alloc_cache_family_flags(sock, family, 0);
}

/** The link cache, or exit. */
struct nl_cache *nl_cli_link_alloc_cache(struct nl_sock *sock)
{
	return nl_cli_link_alloc_cache_family(sock, AF_UNSPEC);
}

/** The link cache filled with @a flags, or exit. */
struct nl_cache *nl_cli_link_alloc_cache_flags(struct nl_sock *sock,
					       unsigned int flags)
{
	return nl_cli_link_alloc_cache_family_flags(sock, AF_UNSPEC, flags);
}

/** Set the link's family from its name, or exit. */
void nl_cli_link_parse_family(struct rtnl_link *link, char *arg)
{
	rtnl_link_set_family(link, parse_family(arg));
}

/** Set the link's name. */
void nl_cli_link_parse_name(struct rtnl_link *link, char *arg)
{
	rtnl_link_set_name(link, arg);
}

/** Set the link's MTU, or exit. */
void nl_cli_link_parse_mtu(struct rtnl_link *link, char *arg)
{
	rtnl_link_set_mtu(link, nl_cli_parse_u32(arg));
}

/** Set the link's index, or exit. */
void nl_cli_link_parse_ifindex(struct rtnl_link *link, char *arg)
{
	rtnl_link_set_ifindex(link, nl_cli_parse_u32(arg));
}

/** Set the link's transmit queue length, or exit. */
void nl_cli_link_parse_txqlen(struct rtnl_link *link, char *arg)
{
	rtnl_link_set_txqlen(link, nl_cli_parse_u32(arg));
}

/** Set the link's weight, or exit. */
void nl_cli_link_parse_weight(struct rtnl_link *link, char *arg)
{
	/* the setter is deprecated for programs, not for this wrapper */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
	rtnl_link_set_weight(link, nl_cli_parse_u32(arg));
#pragma GCC diagnostic pop
}

/** Set the link's alias, or exit (ERANGE) when it is too long. */
void nl_cli_link_parse_ifalias(struct rtnl_link *link, char *arg)
{
	if (strlen(arg) > IFALIASZ)
		nl_cli_fatal(ERANGE,
			     "Link ifalias too big, must not exceed %u in length.",
			     IFALIASZ);
	rtnl_link_set_ifalias(link, arg);
}

/* ------------------------------------------------------------------ */
/* Addresses                                                            */

/** A new address object, or exit. */
CLI_ALLOC(nl_cli_addr_alloc, rtnl_addr, rtnl_addr_alloc, "address")

/**
 * Set the address family from its name.  As libnl's, a name that is no
 * family is no error here: the family is left unset.
 */
void nl_cli_addr_parse_family(struct rtnl_addr *addr, char *arg)
{
	int family = nl_str2af(arg);

	if (family != AF_UNSPEC)
		rtnl_addr_set_family(addr, family);
}

/** Set the local address, or exit. */
void nl_cli_addr_parse_local(struct rtnl_addr *addr, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, rtnl_addr_get_family(addr));
	int err = rtnl_addr_set_local(addr, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set local address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the interface by name, looked up in @a link_cache, or exit. */
void nl_cli_addr_parse_dev(struct rtnl_addr *addr, struct nl_cache *link_cache,
			   char *arg)
{
	rtnl_addr_set_ifindex(addr, link_index(link_cache, arg));
}

/** Set the label, or exit. */
void nl_cli_addr_parse_label(struct rtnl_addr *addr, char *arg)
{
	int err = rtnl_addr_set_label(addr, arg);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set address label: %s",
			     nl_geterror(err));
}

/** Set the peer address, or exit. */
void nl_cli_addr_parse_peer(struct rtnl_addr *addr, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, rtnl_addr_get_family(addr));
	int err = rtnl_addr_set_peer(addr, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set peer address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the scope from its name, or exit. */
void nl_cli_addr_parse_scope(struct rtnl_addr *addr, char *arg)
{
	int scope = rtnl_str2scope(arg);

	if (scope < 0)
		nl_cli_fatal(EINVAL, "Unknown address scope \"%s\"", arg);
	rtnl_addr_set_scope(addr, scope);
}

/** Set the broadcast address, or exit. */
void nl_cli_addr_parse_broadcast(struct rtnl_addr *addr, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, rtnl_addr_get_family(addr));
	int err = rtnl_addr_set_broadcast(addr, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set broadcast address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/* "forever", or a time string ("10s", "1h"...), in seconds. */
static uint32_t parse_lifetime(const char *arg)
{
	uint64_t msecs;
	int err;

	if (!strcasecmp(arg, "forever"))
		return 0xFFFFFFFFU;
	err = nl_str2msec(arg, &msecs);
	if (err < 0)
		nl_cli_fatal(err, "Unable to parse time string \"%s\": %s", arg,
			     nl_geterror(err));
	return (uint32_t)(msecs / 1000);
}

/** Set the preferred lifetime ("forever" or a time), or exit. */
void nl_cli_addr_parse_preferred(struct rtnl_addr *addr, char *arg)
{
	rtnl_addr_set_preferred_lifetime(addr, parse_lifetime(arg));
}

/** Set the valid lifetime ("forever" or a time), or exit. */
void nl_cli_addr_parse_valid(struct rtnl_addr *addr, char *arg)
{
	rtnl_addr_set_valid_lifetime(addr, parse_lifetime(arg));
}

/* ------------------------------------------------------------------ */
/* Routes                                                               */

/** A new route object, or exit. */
CLI_ALLOC(nl_cli_route_alloc, rtnl_route, rtnl_route_alloc, "route")

/** The route cache (all families) filled with @a flags, or exit. */
struct nl_cache *nl_cli_route_alloc_cache(struct nl_sock *sk, int flags)
{
	struct nl_cache *cache;
	int err = rtnl_route_alloc_cache(sk, AF_UNSPEC, flags, &cache);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate route cache: %s",
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** Set the route's family from its name (unknown names: as for addresses). */
void nl_cli_route_parse_family(struct rtnl_route *route, char *arg)
{
	int family = nl_str2af(arg);

	if (family != AF_UNSPEC)
		rtnl_route_set_family(route, family);
}

#define ROUTE_ADDR(fn, setter, what)                                           \
	void fn(struct rtnl_route *route, char *arg)                           \
	{                                                                      \
		struct nl_addr *a = nl_cli_addr_parse(arg,                     \
					rtnl_route_get_family(route));         \
		int err = setter(route, a);                                    \
		if (err < 0)                                                   \
			nl_cli_fatal(err, "Unable to set " what ": %s",        \
				     nl_geterror(err));                        \
		nl_addr_put(a);                                                \
	}

/** Set the destination prefix, or exit. */
ROUTE_ADDR(nl_cli_route_parse_dst, rtnl_route_set_dst, "destination address")
/** Set the source prefix, or exit. */
ROUTE_ADDR(nl_cli_route_parse_src, rtnl_route_set_src, "source address")
/** Set the preferred source address, or exit. */
ROUTE_ADDR(nl_cli_route_parse_pref_src, rtnl_route_set_pref_src,
	   "preferred source address")

/*
 * Split the next "name=value" of a comma separated list in place (as
 * getsubopt() does): *name is the token, *value what follows '=' (NULL
 * without '='), *whole the token as written, for messages.
 */
static void next_subopt(char **subopts, char **name, char **value,
			char *whole, size_t len)
{
	char *tok = *subopts;

	*subopts += strcspn(*subopts, ",");
	if (**subopts)
		*(*subopts)++ = '\0';
	snprintf(whole, len, "%s", tok);
	*name = tok;
	*value = strchr(tok, '=');
	if (*value)
		*(*value)++ = '\0';
}

/**
 * Set metrics from "name=value,name=value" (names of
 * rtnl_route_str2metric(), values numbers), or exit.
 */
void nl_cli_route_parse_metric(struct rtnl_route *route, char *subopts)
{
	while (*subopts) {
		char *name, *val, *end, whole[256];
		unsigned long l;
		int metric;

		next_subopt(&subopts, &name, &val, whole, sizeof(whole));
		metric = rtnl_route_str2metric(name);
		if (metric < 0)
			nl_cli_fatal(EINVAL, "Unknown metric token \"%s\"",
				     whole);
		if (!val)
			nl_cli_fatal(EINVAL, "Metric \"%s\", no value given",
				     name);
		l = strtoul(val, &end, 0);
		if (end == val)
			nl_cli_fatal(EINVAL, "Metric \"%s\", value not numeric",
				     name);
		if (rtnl_route_set_metric(route, metric, (uint32_t)l) < 0)
			nl_cli_fatal(EINVAL, "Unable to set metric \"%s\"",
				     name);
	}
}

/**
 * Add a next hop from "dev=NAME,via=ADDRESS,weight=N" (the device looked
 * up in @a link_cache), or exit.
 */
void nl_cli_route_parse_nexthop(struct rtnl_route *route, char *subopts,
				struct nl_cache *link_cache)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();

	if (!nh)
		nl_cli_fatal(ENOMEM, "Out of memory");
	while (*subopts) {
		char *name, *val, *end, whole[256];
		unsigned long l;

		next_subopt(&subopts, &name, &val, whole, sizeof(whole));
		if (strcmp(name, "dev") && strcmp(name, "via") &&
		    strcmp(name, "weight"))
			nl_cli_fatal(EINVAL, "Unknown nexthop token \"%s\"",
				     whole);
		if (!val)
			nl_cli_fatal(EINVAL,
				     "Missing argument to option \"%s\"\n",
				     name);
		if (!strcmp(name, "dev")) {
			rtnl_route_nh_set_ifindex(nh, link_index(link_cache, val));
		} else if (!strcmp(name, "via")) {
			struct nl_addr *a = nl_cli_addr_parse(val,
						rtnl_route_get_family(route));

			if (nl_addr_get_family(a) == AF_MPLS)
				rtnl_route_nh_set_via(nh, a);
			else
				rtnl_route_nh_set_gateway(nh, a);
			nl_addr_put(a);
		} else {
			l = strtoul(val, &end, 0);
			if (end == val)
				nl_cli_fatal(EINVAL,
					     "Invalid weight \"%s\", not numeric",
					     val);
			rtnl_route_nh_set_weight(nh, (uint8_t)l);
		}
	}
	rtnl_route_add_nexthop(route, nh);
}

/*
 * A number, or what @str2num makes of a name; leading digits make a
 * number, whatever follows them.  Exit with @what when neither.
 */
static unsigned long number_or_name(const char *arg, int (*str2num)(const char *),
				    const char *what)
{
	unsigned long l;
	char *end;
	int n;

	l = strtoul(arg, &end, 0);
	if (end != arg)
		return l;
	n = str2num(arg);
	if (n < 0)
		nl_cli_fatal(EINVAL, "Unknown %s \"%s\"", what, arg);
	return (unsigned long)n;
}

/** Set the table by name or number, or exit. */
void nl_cli_route_parse_table(struct rtnl_route *route, char *arg)
{
	rtnl_route_set_table(route, (uint32_t)number_or_name(arg,
				rtnl_route_str2table, "table name"));
}

/** Set the priority (metric), or exit. */
void nl_cli_route_parse_prio(struct rtnl_route *route, char *arg)
{
	unsigned long l;
	char *end;

	l = strtoul(arg, &end, 0);
	if (end == arg)
		nl_cli_fatal(EINVAL, "Invalid priority value, not numeric");
	rtnl_route_set_priority(route, (uint32_t)l);
}

/** Set the scope by name, or exit. */
void nl_cli_route_parse_scope(struct rtnl_route *route, char *arg)
{
	int scope = rtnl_str2scope(arg);

	if (scope < 0)
		nl_cli_fatal(EINVAL, "Unknown routing scope \"%s\"", arg);
	rtnl_route_set_scope(route, scope);
}

/** Set the protocol by name or number, or exit. */
void nl_cli_route_parse_protocol(struct rtnl_route *route, char *arg)
{
	rtnl_route_set_protocol(route, (uint8_t)number_or_name(arg,
				rtnl_route_str2proto, "routing protocol name"));
}

/** Set the route type by name or number, or exit. */
void nl_cli_route_parse_type(struct rtnl_route *route, char *arg)
{
	int type = nl_str2rtntype(arg);
	int err;

	if (type < 0)
		nl_cli_fatal(EINVAL, "Unknown routing type \"%s\"", arg);
	err = rtnl_route_set_type(route, type);
	if (err < 0)
		nl_cli_fatal(err, "Unable to set routing type: %s",
			     nl_geterror(err));
}

/** Set the input interface by name (looked up in @a link_cache), or exit. */
void nl_cli_route_parse_iif(struct rtnl_route *route, char *arg,
			    struct nl_cache *link_cache)
{
	rtnl_route_set_iif(route, link_index(link_cache, arg));
}

/* ------------------------------------------------------------------ */
/* Neighbours                                                           */

/** A new neighbour object, or exit. */
CLI_ALLOC(nl_cli_neigh_alloc, rtnl_neigh, rtnl_neigh_alloc, "neighbour")

/** Set the neighbour's address, or exit. */
void nl_cli_neigh_parse_dst(struct rtnl_neigh *neigh, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, rtnl_neigh_get_family(neigh));
	int err = rtnl_neigh_set_dst(neigh, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set local address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the link-layer address, or exit. */
void nl_cli_neigh_parse_lladdr(struct rtnl_neigh *neigh, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, AF_UNSPEC);

	rtnl_neigh_set_lladdr(neigh, a);
	nl_addr_put(a);
}

/** Set the interface by name (looked up in @a link_cache), or exit. */
void nl_cli_neigh_parse_dev(struct rtnl_neigh *neigh,
			    struct nl_cache *link_cache, char *arg)
{
	rtnl_neigh_set_ifindex(neigh, link_index(link_cache, arg));
}

/**
 * Set the family from its name; exit when it names AF_UNSPEC.  As in
 * libnl, another unknown name is no error here: the kernel refuses the
 * request instead.
 */
void nl_cli_neigh_parse_family(struct rtnl_neigh *neigh, char *arg)
{
	int family = nl_str2af(arg);

	if (family == AF_UNSPEC)
		nl_cli_fatal(EINVAL, "Unable to translate address family \"%s\"",
			     arg);
	rtnl_neigh_set_family(neigh, family);
}

/** Set the state by name (rtnl_neigh_str2state()), or exit. */
void nl_cli_neigh_parse_state(struct rtnl_neigh *neigh, char *arg)
{
	int state = rtnl_neigh_str2state(arg);

	if (state < 0)
		nl_cli_fatal(state, "Unable to translate state \"%s\": %s", arg,
			     nl_geterror(state));
	rtnl_neigh_set_state(neigh, state);
}

/* ------------------------------------------------------------------ */
/* Rules and nexthop objects                                            */

/** A new rule object, or exit. */
CLI_ALLOC(nl_cli_rule_alloc, rtnl_rule, rtnl_rule_alloc, "rule")

/** The rule cache (all families), or exit. */
struct nl_cache *nl_cli_rule_alloc_cache(struct nl_sock *sk)
{
	struct nl_cache *cache;
	int err = rtnl_rule_alloc_cache(sk, AF_UNSPEC, &cache);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate routing rule cache: %s",
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** Set the rule's family from its name (unknown names: as for addresses). */
void nl_cli_rule_parse_family(struct rtnl_rule *rule, char *arg)
{
	int family = nl_str2af(arg);

	if (family != AF_UNSPEC)
		rtnl_rule_set_family(rule, family);
}

/** A new nexthop object, or exit. */
CLI_ALLOC(nl_cli_nh_alloc, rtnl_nh, rtnl_nh_alloc, "nexthop")

/** The nexthop cache of @a family (flags as the cache takes them), or exit. */
struct nl_cache *nl_cli_nh_alloc_cache_family_flags(struct nl_sock *sock,
						    int family,
						    unsigned int flags)
{
	struct nl_cache *cache;
	int err;

	if (flags) {
		cache = NULL;
		err = nl_cache_alloc_name("route/nh", &cache);
		if (err == 0) {
			nl_cache_set_arg1(cache, family);
			nl_cache_set_flags(cache, flags);
			err = nl_cache_refill(sock, cache);
			if (err < 0) {
				nl_cache_free(cache);
				cache = NULL;
			}
		}
	} else {
		err = rtnl_nh_alloc_cache(sock, family, &cache);
	}
	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate nexthop cache: %s",
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** The nexthop cache of @a family, or exit. */
struct nl_cache *nl_cli_nh_alloc_cache_family(struct nl_sock *sock, int family)
{
	return nl_cli_nh_alloc_cache_family_flags(sock, family, 0);
}

/** The nexthop cache, or exit. */
struct nl_cache *nl_cli_nh_alloc_cache(struct nl_sock *sock)
{
	return nl_cli_nh_alloc_cache_family(sock, AF_UNSPEC);
}

/** The nexthop cache filled with @a flags, or exit. */
struct nl_cache *nl_cli_nh_alloc_cache_flags(struct nl_sock *sock,
					     unsigned int flags)
{
	return nl_cli_nh_alloc_cache_family_flags(sock, AF_UNSPEC, flags);
}

/** Set the nexthop's family from its name, or exit. */
void nl_cli_nh_parse_family(struct rtnl_nh *nh, char *arg)
{
	rtnl_nh_set_family(nh, parse_family(arg));
}
