/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Virtual ethernet (veth) links.
 */

#ifndef NETLINK_LINK_VETH_H_
#define NETLINK_LINK_VETH_H_

#include <sys/types.h>
#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern struct rtnl_link *rtnl_link_veth_alloc(void);
extern void rtnl_link_veth_release(struct rtnl_link *);
extern int rtnl_link_is_veth(struct rtnl_link *);
extern struct rtnl_link *rtnl_link_veth_get_peer(struct rtnl_link *);
extern int rtnl_link_veth_add(struct nl_sock *, const char *, const char *, pid_t);

#ifdef __cplusplus
}
#endif

#endif
