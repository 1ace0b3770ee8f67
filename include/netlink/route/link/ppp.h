/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * PPP links.
 */

#ifndef NETLINK_LINK_PPP_H_
#define NETLINK_LINK_PPP_H_

/**
 * @defgroup route_link_ppp PPP
 * @ingroup route_link
 * PPP links (kind "ppp"): PPP network devices created over rtnetlink on a
 * PPP unit of /dev/ppp (IFLA_PPP_DEV_FD).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "ppp".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ppp_alloc(void);

/**
 * Set the PPP unit the link is created on.
 * @param link	PPP link
 * @param fd	file descriptor of /dev/ppp, attached to a PPP unit
 *		(PPPIOCNEWUNIT); only borrowed
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ppp_set_fd(struct rtnl_link *link, int32_t fd);

/**
 * Get the /dev/ppp file descriptor of a PPP link object.
 * @param link	PPP link
 * @param[out] fd	the descriptor
 *
 * @return 0 with *fd set; -NLE_NOATTR when not set, -NLE_INVAL when fd
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ppp_get_fd(struct rtnl_link *link, int32_t *fd);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
