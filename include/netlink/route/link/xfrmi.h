/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * XFRM interface (xfrmi) links.
 */

#ifndef NETLINK_LINK_XFRMI_H_
#define NETLINK_LINK_XFRMI_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern struct rtnl_link *rtnl_link_xfrmi_alloc(void);
extern int rtnl_link_is_xfrmi(struct rtnl_link *);
extern int rtnl_link_xfrmi_set_link(struct rtnl_link *, uint32_t);
extern int rtnl_link_xfrmi_get_link(struct rtnl_link *, uint32_t *);
extern int rtnl_link_xfrmi_set_if_id(struct rtnl_link *, uint32_t);
extern int rtnl_link_xfrmi_get_if_id(struct rtnl_link *, uint32_t *);

#ifdef __cplusplus
}
#endif

#endif
