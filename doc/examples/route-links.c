/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the routing family guide: links and their kinds.  Creates a
 * bridge and a veth pair, enslaves one end to the bridge, changes the
 * MTU and the state of the links, reads them back from the kernel, and
 * deletes them.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/veth.h>

/* Bring a link up and give it an MTU; the kernel's copy is the base,
 * the change object holds what differs. */
static int set_up(struct nl_sock *sk, const char *name, unsigned int mtu)
{
	struct rtnl_link *link, *change;
	int err;

	err = rtnl_link_get_kernel(sk, 0, name, &link);
	if (err < 0)
		return err;
	change = rtnl_link_alloc();
	if (!change) {
		rtnl_link_put(link);
		return -NLE_NOMEM;
	}
	rtnl_link_set_flags(change, IFF_UP);
	if (mtu)
		rtnl_link_set_mtu(change, mtu);
	err = rtnl_link_change(sk, link, change, 0);
	rtnl_link_put(change);
	rtnl_link_put(link);
	return err;
}

int main(void)
{
	struct rtnl_link *br = NULL, *v0 = NULL, *v1 = NULL, *lo;
	struct nl_sock *sk;
	int err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err < 0)
		goto out;

	/* Links of a kind, with helpers of the kind... */
	err = rtnl_link_bridge_add(sk, "exbr0");
	if (err < 0)
		goto out;
	err = rtnl_link_veth_add(sk, "exv0", "exv1", getpid());
	if (err < 0)
		goto out;

	/* ...and the generic way: any kind by name, here a second bridge. */
	lo = rtnl_link_alloc();
	if (!lo) {
		err = -NLE_NOMEM;
		goto out;
	}
	rtnl_link_set_name(lo, "exbr1");
	err = rtnl_link_set_type(lo, "bridge");
	if (err >= 0)
		err = rtnl_link_add(sk, lo, NLM_F_CREATE | NLM_F_EXCL);
	rtnl_link_put(lo);
	if (err < 0)
		goto out;

	/* exv0 joins the bridge. */
	err = rtnl_link_get_kernel(sk, 0, "exbr0", &br);
	if (err >= 0)
		err = rtnl_link_get_kernel(sk, 0, "exv0", &v0);
	if (err >= 0)
		err = rtnl_link_enslave(sk, br, v0);
	if (err < 0)
		goto out;

	err = set_up(sk, "exbr0", 0);
	if (err >= 0)
		err = set_up(sk, "exv0", 1400);
	if (err >= 0)
		err = set_up(sk, "exv1", 1400);
	if (err < 0)
		goto out;

	/* Read exv0 again: a fresh object from the kernel. */
	rtnl_link_put(v0);
	v0 = NULL;
	err = rtnl_link_get_kernel(sk, 0, "exv0", &v0);
	if (err < 0)
		goto out;
	err = rtnl_link_get_kernel(sk, 0, "exv1", &v1);
	if (err < 0)
		goto out;
	printf("%s: kind %s, master %d (exbr0 is %d), mtu %u, up %d\n",
	       rtnl_link_get_name(v0), rtnl_link_get_type(v0),
	       rtnl_link_get_master(v0), rtnl_link_get_ifindex(br),
	       rtnl_link_get_mtu(v0), !!(rtnl_link_get_flags(v0) & IFF_UP));
	if (strcmp(rtnl_link_get_type(v0), "veth") ||
	    rtnl_link_get_master(v0) != rtnl_link_get_ifindex(br) ||
	    rtnl_link_get_mtu(v0) != 1400 ||
	    rtnl_link_get_link(v1) != rtnl_link_get_ifindex(v0)) {
		err = -NLE_FAILURE;
		goto out;
	}

	/* Deleting one end of a veth pair deletes both. */
	err = rtnl_link_delete(sk, v0);
	if (err >= 0)
		err = rtnl_link_delete(sk, br);
	if (err >= 0) {
		rtnl_link_put(br);
		br = NULL;
		err = rtnl_link_get_kernel(sk, 0, "exbr1", &br);
	}
	if (err >= 0)
		err = rtnl_link_delete(sk, br);
	/* The kernel answers -NLE_NODEV for a link it does not have. */
	if (err >= 0 && rtnl_link_get_kernel(sk, 0, "exv1", &lo) != -NLE_NODEV)
		err = -NLE_FAILURE;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	rtnl_link_put(v1);
	rtnl_link_put(v0);
	rtnl_link_put(br);
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
