/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv4 virtual tunnel interfaces (kind "vti").
 */

#ifndef NETLINK_ROUTE_LINK_IPVTI_H_
#define NETLINK_ROUTE_LINK_IPVTI_H_

/**
 * @defgroup route_link_ipvti VTI
 * @ingroup route_link
 * Virtual tunnel interfaces over IPv4 (kind "vti", IFLA_VTI_*): route-based
 * IPsec tunnels whose keys select the IPsec policies. Addresses and keys
 * are in network byte order.
 *
 * Every function but rtnl_link_ipvti_alloc(), rtnl_link_ipvti_add() and
 * rtnl_link_is_ipvti() works on a link of kind "vti" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "vti".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ipvti_alloc(void);

/**
 * Create a link of kind "vti" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ipvti_add(struct nl_sock *sk, const char *name);

/**
 * Tell whether a link is a VTI tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "vti", 0 otherwise.
 */
extern int rtnl_link_is_ipvti(struct rtnl_link *link);

/**
 * Set the lower link of a VTI tunnel.
 * @param link	vti link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of a VTI tunnel.
 * @param link	vti link
 *
 * @return The interface index of the lower link; 0 when not set. For a link
 *         of another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipvti_get_link(struct rtnl_link *link);

/**
 * Set the key of received packets of a VTI tunnel.
 * @param link	vti link
* @param ikey	key in network byte order, matched as the mark of IPsec
 *		policies
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_ikey(struct rtnl_link *link, uint32_t ikey);

/**
 * Get the key of received packets of a VTI tunnel.
 * @param link	vti link
 *
 * @return The key in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipvti_get_ikey(struct rtnl_link *link);

/**
 * Set the key of sent packets of a VTI tunnel.
 * @param link	vti link
* @param okey	key in network byte order, set as the mark for IPsec policy
 *		lookups
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_okey(struct rtnl_link *link, uint32_t okey);

/**
 * Get the key of sent packets of a VTI tunnel.
 * @param link	vti link
 *
 * @return The key in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipvti_get_okey(struct rtnl_link *link);

/**
 * Set the local endpoint address of a VTI tunnel.
 * @param link	vti link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_local(struct rtnl_link *link, uint32_t addr);

/**
 * Get the local endpoint address of a VTI tunnel.
 * @param link	vti link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipvti_get_local(struct rtnl_link *link);

/**
 * Set the remote endpoint address of a VTI tunnel.
 * @param link	vti link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_remote(struct rtnl_link *link, uint32_t addr);

/**
 * Get the remote endpoint address of a VTI tunnel.
 * @param link	vti link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipvti_get_remote(struct rtnl_link *link);

/**
 * Set the firewall mark of a VTI tunnel.
 * @param link	vti link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of a VTI tunnel.
 * @param link	vti link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipvti_get_fwmark(struct rtnl_link *link, uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
