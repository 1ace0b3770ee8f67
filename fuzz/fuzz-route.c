/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target for libnl-route-3: the input is what a NETLINK_ROUTE
 * socket could return.  Each message is handed to the parser of every
 * rtnetlink cache type (links with all their kinds and per-family data,
 * addresses, routes, neighbours, neighbour tables, rules, nexthops,
 * netconf, mdb, qdiscs, classes, classifiers with their kinds, actions);
 * what parses is cloned, compared with its clone and dumped at every
 * level.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/cache.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/rule.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>

#include "nl-private/core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

static const char *const types[] = {
	"route/link", "route/addr", "route/route", "route/neigh",
	"route/neightbl", "route/rule", "route/nh", "route/netconf",
	"route/mdb", "route/qdisc", "route/class", "route/cls", "route/act",
};

static int exercise(struct nl_object *obj, struct nl_parser_param *pp)
{
	struct nl_dump_params p = { .dp_fd = sink };
	struct nl_object *c = nl_object_clone(obj);
	int t;

	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		p.dp_type = t;
		nl_object_dump(obj, &p);
	}
	if (c) {
		nl_object_dump(c, &p);
		nl_object_put(c);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nl_parser_param pp = { .pp_cb = exercise };
	struct nlmsghdr *hdr;
	unsigned char *buf;
	int len = (int)size;
	size_t i;

	if (!sink) {
		/* make sure every part with a constructor is linked in */
		rtnl_link_put(rtnl_link_alloc());
		rtnl_addr_put(rtnl_addr_alloc());
		rtnl_route_put(rtnl_route_alloc());
		rtnl_neigh_put(rtnl_neigh_alloc());
		rtnl_rule_put(rtnl_rule_alloc());
		rtnl_qdisc_put(rtnl_qdisc_alloc());
		rtnl_class_put(rtnl_class_alloc());
		rtnl_cls_put(rtnl_cls_alloc());
		sink = fopen("/dev/null", "w");
	}
	buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	for (hdr = (struct nlmsghdr *)buf; nlmsg_ok(hdr, len);
	     hdr = nlmsg_next(hdr, &len)) {
		for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
			struct nl_cache_ops *ops = nl_cache_ops_lookup_safe(types[i]);

			if (!ops)
				continue;
			/* every type tries the message, whatever its type */
			nl_cache_parse(ops, NULL, hdr, &pp);
			nl_cache_ops_put(ops);
		}
	}
	free(buf);
	return 0;
}
