/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the routing family guide: neighbours and routing rules.  A
 * permanent ARP entry on a bridge, a rule that sends traffic from a
 * prefix to table 100, both read back from their caches.
 */

#include <stdio.h>
#include <stdlib.h>
#include <linux/fib_rules.h>
#include <linux/neighbour.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/rule.h>

static int add_neighbour(struct nl_sock *sk, int ifindex)
{
	struct rtnl_neigh *neigh = rtnl_neigh_alloc();
	struct nl_addr *dst = NULL, *lladdr = NULL;
	int err = -NLE_NOMEM;

	if (!neigh)
		return err;
	if ((err = nl_addr_parse("192.0.2.7", AF_INET, &dst)) < 0 ||
	    (err = nl_addr_parse("02:00:00:00:00:07", AF_LLC, &lladdr)) < 0)
		goto out;
	rtnl_neigh_set_ifindex(neigh, ifindex);
	err = rtnl_neigh_set_dst(neigh, dst);	/* sets the family too */
	if (err < 0)
		goto out;
	rtnl_neigh_set_lladdr(neigh, lladdr);
	rtnl_neigh_set_state(neigh, NUD_PERMANENT);
	err = rtnl_neigh_add(sk, neigh, NLM_F_CREATE);
out:
	nl_addr_put(lladdr);
	nl_addr_put(dst);
	rtnl_neigh_put(neigh);
	return err;
}

static int add_rule(struct nl_sock *sk)
{
	struct rtnl_rule *rule = rtnl_rule_alloc();
	struct nl_addr *src;
	int err;

	if (!rule)
		return -NLE_NOMEM;
	err = nl_addr_parse("198.51.100.0/24", AF_INET, &src);
	if (err < 0)
		goto out;
	rtnl_rule_set_family(rule, AF_INET);
	err = rtnl_rule_set_src(rule, src);
	nl_addr_put(src);
	if (err < 0)
		goto out;
	rtnl_rule_set_prio(rule, 1000);
	rtnl_rule_set_table(rule, 100);
	rtnl_rule_set_action(rule, FR_ACT_TO_TBL);
	err = rtnl_rule_add(sk, rule, NLM_F_CREATE);
out:
	rtnl_rule_put(rule);
	return err;
}

int main(void)
{
	struct nl_cache *neighs = NULL, *rules = NULL;
	struct rtnl_neigh *found = NULL;
	struct rtnl_link *br = NULL;
	struct nl_addr *dst = NULL;
	struct nl_object *obj;
	struct nl_sock *sk;
	int ifindex, rule_seen = 0, err;
	char ll[32];

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

	err = add_neighbour(sk, ifindex);
	if (err >= 0)
		err = add_rule(sk);
	if (err < 0)
		goto out;

	/* Look the neighbour up by interface and address. */
	err = rtnl_neigh_alloc_cache(sk, &neighs);
	if (err >= 0)
		err = nl_addr_parse("192.0.2.7", AF_INET, &dst);
	if (err < 0)
		goto out;
	found = rtnl_neigh_get(neighs, ifindex, dst);
	if (!found || rtnl_neigh_get_state(found) != NUD_PERMANENT) {
		err = -NLE_OBJ_NOTFOUND;
		goto out;
	}
	printf("192.0.2.7 is at %s\n",
	       nl_addr2str(rtnl_neigh_get_lladdr(found), ll, sizeof(ll)));

	/* Walk the rules for ours. */
	err = rtnl_rule_alloc_cache(sk, AF_INET, &rules);
	if (err < 0)
		goto out;
	for (obj = nl_cache_get_first(rules); obj; obj = nl_cache_get_next(obj)) {
		struct rtnl_rule *rule = (struct rtnl_rule *)obj;

		printf("rule %u: table %u\n", rtnl_rule_get_prio(rule),
		       rtnl_rule_get_table(rule));
		if (rtnl_rule_get_prio(rule) == 1000 &&
		    rtnl_rule_get_table(rule) == 100)
			rule_seen = 1;
	}
	if (!rule_seen)
		err = -NLE_OBJ_NOTFOUND;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	rtnl_neigh_put(found);
	nl_addr_put(dst);
	nl_cache_free(rules);
	nl_cache_free(neighs);
	rtnl_link_put(br);
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
