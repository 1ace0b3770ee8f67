/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VRF links.
 */

#ifndef NETLINK_LINK_VRF_H_
#define NETLINK_LINK_VRF_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern struct rtnl_link *rtnl_link_vrf_alloc(void);
extern int rtnl_link_is_vrf(struct rtnl_link *);
extern int rtnl_link_vrf_get_tableid(struct rtnl_link *, uint32_t *);
extern int rtnl_link_vrf_set_tableid(struct rtnl_link *, uint32_t);

#ifdef __cplusplus
}
#endif

#endif
