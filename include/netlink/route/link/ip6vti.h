/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 virtual tunnel interfaces (kind "vti6").
 */

#ifndef NETLINK_ROUTE_LINK_IP6VTI_H_
#define NETLINK_ROUTE_LINK_IP6VTI_H_

/**
 * @defgroup route_link_ip6vti VTI6
 * @ingroup route_link
 * Virtual tunnel interfaces over IPv6 (kind "vti6", IFLA_VTI_*):
 * route-based IPsec tunnels whose keys select the IPsec policies. Keys are
 * in network byte order; the getters report values that are not set with
 * -NLE_NOATTR.
 *
 * Every function but rtnl_link_ip6vti_alloc(), rtnl_link_ip6vti_add() and
 * rtnl_link_is_ip6vti() works on a link of kind "vti6" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Tell whether a link is a VTI6 tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "vti6", 0 otherwise.
 */
extern int rtnl_link_is_ip6vti(struct rtnl_link *link);

/**
 * Allocate a link object of kind "vti6".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ip6vti_alloc(void);

/**
 * Create a link of kind "vti6" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ip6vti_add(struct nl_sock *sk, const char *name);

/**
 * Set the lower link of a VTI6 tunnel.
 * @param link	vti6 link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of a VTI6 tunnel.
 * @param link	vti6 link
 * @param[out] index	interface index of the device the tunnel is bound to
 *
 * @return 0 with *index set; -NLE_NOATTR when not set, -NLE_INVAL when index
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_link(struct rtnl_link *link, uint32_t *index);

/**
 * Set the key of received packets of a VTI6 tunnel.
 * @param link	vti6 link
* @param ikey	key in network byte order, matched as the mark of IPsec
 *		policies
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_set_ikey(struct rtnl_link *link, uint32_t ikey);

/**
 * Get the key of received packets of a VTI6 tunnel.
 * @param link	vti6 link
* @param[out] ikey	key in network byte order, matched as the mark of
 *		IPsec policies
 *
 * @return 0 with *ikey set; -NLE_NOATTR when not set, -NLE_INVAL when ikey is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_ikey(struct rtnl_link *link, uint32_t *ikey);

/**
 * Set the key of sent packets of a VTI6 tunnel.
 * @param link	vti6 link
* @param okey	key in network byte order, set as the mark for IPsec policy
 *		lookups
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_set_okey(struct rtnl_link *link, uint32_t okey);

/**
 * Get the key of sent packets of a VTI6 tunnel.
 * @param link	vti6 link
* @param[out] okey	key in network byte order, set as the mark for IPsec
 *		policy lookups
 *
 * @return 0 with *okey set; -NLE_NOATTR when not set, -NLE_INVAL when okey is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_okey(struct rtnl_link *link, uint32_t *okey);

/**
 * Set the local endpoint address of a VTI6 tunnel.
 * @param link	vti6 link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6vti_set_local(struct rtnl_link *link,
				      struct in6_addr *addr);

/**
 * Get the local endpoint address of a VTI6 tunnel.
 * @param link	vti6 link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr set; -NLE_NOATTR when not set, -NLE_INVAL when addr is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_local(struct rtnl_link *link,
				      struct in6_addr *addr);

/**
 * Set the remote endpoint address of a VTI6 tunnel.
 * @param link	vti6 link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6vti_set_remote(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Get the remote endpoint address of a VTI6 tunnel.
 * @param link	vti6 link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr set; -NLE_NOATTR when not set, -NLE_INVAL when addr is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_remote(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Set the firewall mark of a VTI6 tunnel.
 * @param link	vti6 link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of a VTI6 tunnel.
 * @param link	vti6 link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6vti_get_fwmark(struct rtnl_link *link,
				       uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
