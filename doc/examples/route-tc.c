/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the routing family guide: traffic control.  On one end of a
 * veth pair: an HTB qdisc, a class limited to 1 Mbit/s, and a u32
 * classifier that sends the traffic to 198.51.100.0/24 into that class.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/pkt_sched.h>

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/qdisc/htb.h>
#include <netlink/route/cls/u32.h>

static int add_qdisc(struct nl_sock *sk, int ifindex)
{
	struct rtnl_qdisc *qdisc = rtnl_qdisc_alloc();
	int err;

	if (!qdisc)
		return -NLE_NOMEM;
	/* Every tc object is a struct rtnl_tc too: TC_CAST().  Handles are
	 * major:minor, TC_H_MAKE() of <linux/pkt_sched.h> builds them. */
	rtnl_tc_set_ifindex(TC_CAST(qdisc), ifindex);
	rtnl_tc_set_parent(TC_CAST(qdisc), TC_H_ROOT);
	rtnl_tc_set_handle(TC_CAST(qdisc), TC_H_MAKE(1 << 16, 0));
	err = rtnl_tc_set_kind(TC_CAST(qdisc), "htb");
	if (err >= 0)
		err = rtnl_htb_set_defcls(qdisc, TC_H_MAKE(1 << 16, 20));
	if (err >= 0)
		err = rtnl_qdisc_add(sk, qdisc, NLM_F_CREATE);
	rtnl_qdisc_put(qdisc);
	return err;
}

static int add_class(struct nl_sock *sk, int ifindex)
{
	struct rtnl_class *class = rtnl_class_alloc();
	int err;

	if (!class)
		return -NLE_NOMEM;
	rtnl_tc_set_ifindex(TC_CAST(class), ifindex);
	rtnl_tc_set_parent(TC_CAST(class), TC_H_MAKE(1 << 16, 0));
	rtnl_tc_set_handle(TC_CAST(class), TC_H_MAKE(1 << 16, 10));
	err = rtnl_tc_set_kind(TC_CAST(class), "htb");
	if (err >= 0)
		err = rtnl_htb_set_rate(class, 1000000 / 8);	/* bytes/s */
	if (err >= 0)
		err = rtnl_class_add(sk, class, NLM_F_CREATE);
	rtnl_class_put(class);
	return err;
}

static int add_classifier(struct nl_sock *sk, int ifindex)
{
	struct rtnl_cls *cls = rtnl_cls_alloc();
	struct in_addr dst;
	int err;

	if (!cls)
		return -NLE_NOMEM;
	rtnl_tc_set_ifindex(TC_CAST(cls), ifindex);
	rtnl_tc_set_parent(TC_CAST(cls), TC_H_MAKE(1 << 16, 0));
	err = rtnl_tc_set_kind(TC_CAST(cls), "u32");
	if (err < 0)
		goto out;
	rtnl_cls_set_prio(cls, 1);
	rtnl_cls_set_protocol(cls, ETH_P_IP);
	/* IPv4 destination address at offset 16 of the IP header */
	inet_pton(AF_INET, "198.51.100.0", &dst);
	err = rtnl_u32_add_key_in_addr(cls, &dst, 24, 16, 0);
	if (err >= 0)
		err = rtnl_u32_set_classid(cls, TC_H_MAKE(1 << 16, 10));
	if (err >= 0)
		err = rtnl_cls_add(sk, cls, NLM_F_CREATE);
out:
	rtnl_cls_put(cls);
	return err;
}

int main(void)
{
	struct nl_cache *qdiscs = NULL, *classes = NULL, *filters = NULL;
	struct rtnl_qdisc *qdisc = NULL;
	struct rtnl_class *class = NULL;
	struct rtnl_link *link = NULL;
	struct nl_object *obj;
	struct nl_sock *sk;
	uint32_t classid = 0;
	int ifindex, err;

	sk = nl_socket_alloc();
	if (!sk)
		return EXIT_FAILURE;
	err = nl_connect(sk, NETLINK_ROUTE);
	if (err >= 0)
		err = rtnl_link_veth_add(sk, "exv0", "exv1", getpid());
	if (err >= 0)
		err = rtnl_link_get_kernel(sk, 0, "exv0", &link);
	if (err < 0)
		goto out;
	ifindex = rtnl_link_get_ifindex(link);

	err = add_qdisc(sk, ifindex);
	if (err >= 0)
		err = add_class(sk, ifindex);
	if (err >= 0)
		err = add_classifier(sk, ifindex);
	if (err < 0)
		goto out;

	/* Read the three back from their caches. */
	err = rtnl_qdisc_alloc_cache(sk, &qdiscs);
	if (err >= 0)
		err = rtnl_class_alloc_cache(sk, ifindex, &classes);
	if (err >= 0)
		err = rtnl_cls_alloc_cache(sk, ifindex, TC_H_MAKE(1 << 16, 0), &filters);
	if (err < 0)
		goto out;
	qdisc = rtnl_qdisc_get(qdiscs, ifindex, TC_H_MAKE(1 << 16, 0));
	class = rtnl_class_get(classes, ifindex, TC_H_MAKE(1 << 16, 10));
	if (!qdisc || !class || nl_cache_nitems(filters) < 1) {
		err = -NLE_OBJ_NOTFOUND;
		goto out;
	}
	/* u32 lists its hash table first, then the filter with our key. */
	for (obj = nl_cache_get_first(filters); obj; obj = nl_cache_get_next(obj))
		if (rtnl_u32_get_classid((struct rtnl_cls *)obj, &classid) == 0)
			break;
	printf("qdisc %s, class rate %u bytes/s, filter to class %x:%x\n",
	       rtnl_tc_get_kind(TC_CAST(qdisc)), rtnl_htb_get_rate(class),
	       TC_H_MAJ(classid) >> 16, TC_H_MIN(classid));
	if (strcmp(rtnl_tc_get_kind(TC_CAST(qdisc)), "htb") ||
	    rtnl_htb_get_rate(class) != 1000000 / 8 ||
	    classid != TC_H_MAKE(1 << 16, 10))
		err = -NLE_FAILURE;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	rtnl_class_put(class);
	rtnl_qdisc_put(qdisc);
	nl_cache_free(filters);
	nl_cache_free(classes);
	nl_cache_free(qdiscs);
	rtnl_link_put(link);
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
