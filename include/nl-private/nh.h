/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3, part "nh": helpers shared by the nexthop
 * object and the encapsulation accessors (lib/route/nh.c).  Never
 * installed.
 */

#ifndef NL_PRIVATE_NH_H_
#define NL_PRIVATE_NH_H_

#include <netlink/netlink.h>
#include <netlink/route/nh.h>

/* RTM_NEWNEXTHOP message into an object / object into a request. */
int _rtnl_nh_parse(struct rtnl_nh *nh, struct nlmsghdr *n);
int _rtnl_nh_build_msg(struct rtnl_nh *nh, int cmd, int flags,
		       struct nl_msg **result);

#endif
