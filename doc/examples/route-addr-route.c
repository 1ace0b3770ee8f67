/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the routing family guide: addresses, routes and nexthops.
 * On a bridge brought up for the purpose: an IPv4 address, a route via a
 * gateway, a multipath route with two nexthops, a nexthop object and a
 * route that uses it; then the route cache is read back.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <net/if.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>
#include <netlink/route/nh.h>

/* A nexthop of a route: a gateway on the link. */
static struct rtnl_nexthop *gateway(int ifindex, const char *via)
{
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *gw;

	if (!nh || nl_addr_parse(via, AF_INET, &gw) < 0) {
		rtnl_route_nh_free(nh);
		return NULL;
	}
	rtnl_route_nh_set_ifindex(nh, ifindex);
	rtnl_route_nh_set_gateway(nh, gw);	/* takes its own reference */
	nl_addr_put(gw);
	return nh;
}

/* A route to @dst; the route takes over @nh1 and @nh2. */
static int add_route(struct nl_sock *sk, const char *dst, uint32_t nhid,
		     struct rtnl_nexthop *nh1, struct rtnl_nexthop *nh2)
{
	struct rtnl_route *route = rtnl_route_alloc();
	struct nl_addr *prefix;
	int err;

	if (!route)
		return -NLE_NOMEM;
	err = nl_addr_parse(dst, AF_INET, &prefix);
	if (err < 0)
		goto out;
	err = rtnl_route_set_dst(route, prefix);
	nl_addr_put(prefix);
	if (err < 0)
		goto out;
	if (nhid)
		rtnl_route_set_nhid(route, nhid);
	if (nh1)
		rtnl_route_add_nexthop(route, nh1);
	if (nh2)
		rtnl_route_add_nexthop(route, nh2);
	nh1 = nh2 = NULL;
	err = rtnl_route_add(sk, route, NLM_F_CREATE | NLM_F_EXCL);
out:
	rtnl_route_nh_free(nh1);
	rtnl_route_nh_free(nh2);
	rtnl_route_put(route);
	return err;
}

/* Count the nexthops of the route to @dst in @cache; -1 when absent. */
static int nexthops_of(struct nl_cache *cache, const char *dst)
{
	struct nl_object *obj;
	char buf[64];

	for (obj = nl_cache_get_first(cache); obj; obj = nl_cache_get_next(obj)) {
		struct rtnl_route *r = (struct rtnl_route *)obj;

		nl_addr2str(rtnl_route_get_dst(r), buf, sizeof(buf));
		if (!strcmp(buf, dst))
			return rtnl_route_get_nnexthops(r);
	}
	return -1;
}

int main(void)
{
	struct rtnl_link *br = NULL, *change = NULL;
	struct nl_cache *routes = NULL;
	struct rtnl_addr *addr = NULL;
	struct rtnl_nh *nhobj = NULL;
	struct nl_addr *local = NULL, *gw = NULL;
	struct nl_sock *sk;
	int ifindex, err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err >= 0)
		err = rtnl_link_bridge_add(sk, "exbr0");
	if (err >= 0)
		err = rtnl_link_get_kernel(sk, 0, "exbr0", &br);
	if (err < 0)
		goto out;
	ifindex = rtnl_link_get_ifindex(br);
	change = rtnl_link_alloc();
	if (!change) {
		err = -NLE_NOMEM;
		goto out;
	}
	rtnl_link_set_flags(change, IFF_UP);
	err = rtnl_link_change(sk, br, change, 0);
	if (err < 0)
		goto out;

	/* 192.0.2.1/24 on the bridge: the prefix length comes with the
	 * parsed address. */
	addr = rtnl_addr_alloc();
	if (!addr) {
		err = -NLE_NOMEM;
		goto out;
	}
	err = nl_addr_parse("192.0.2.1/24", AF_INET, &local);
	if (err < 0)
		goto out;
	rtnl_addr_set_ifindex(addr, ifindex);
	err = rtnl_addr_set_local(addr, local);
	if (err >= 0)
		err = rtnl_addr_add(sk, addr, 0);
	if (err < 0)
		goto out;

	/* A route via one gateway, and one over two gateways. */
	err = add_route(sk, "198.51.100.0/24", 0,
			gateway(ifindex, "192.0.2.254"), NULL);
	if (err >= 0)
		err = add_route(sk, "203.0.113.0/24", 0,
				gateway(ifindex, "192.0.2.253"),
				gateway(ifindex, "192.0.2.254"));
	if (err < 0)
		goto out;

	/* A nexthop object (Linux 5.3) that routes refer to by id. */
	nhobj = rtnl_nh_alloc();
	if (!nhobj || nl_addr_parse("192.0.2.252", AF_INET, &gw) < 0) {
		err = -NLE_NOMEM;
		goto out;
	}
	rtnl_nh_set_id(nhobj, 42);
	rtnl_nh_set_family(nhobj, AF_INET);
	rtnl_nh_set_oif(nhobj, ifindex);
	rtnl_nh_set_gateway(nhobj, gw);
	err = rtnl_nh_add(sk, nhobj, NLM_F_CREATE | NLM_F_EXCL);
	if (err >= 0)
		err = add_route(sk, "233.252.0.0/24", 42, NULL, NULL);
	if (err < 0)
		goto out;

	/* Read the routes back. */
	err = rtnl_route_alloc_cache(sk, AF_INET, 0, &routes);
	if (err < 0)
		goto out;
	printf("198.51.100.0/24: %d nexthop(s)\n",
	       nexthops_of(routes, "198.51.100.0/24"));
	printf("203.0.113.0/24: %d nexthop(s)\n",
	       nexthops_of(routes, "203.0.113.0/24"));
	if (nexthops_of(routes, "198.51.100.0/24") != 1 ||
	    nexthops_of(routes, "203.0.113.0/24") != 2 ||
	    nexthops_of(routes, "233.252.0.0/24") < 0)
		err = -NLE_FAILURE;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	nl_cache_free(routes);
	nl_addr_put(gw);
	rtnl_nh_put(nhobj);
	nl_addr_put(local);
	rtnl_addr_put(addr);
	rtnl_link_put(change);
	rtnl_link_put(br);
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
