/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv4-in-IPv4 tunnel links (kind "ipip").
 */

#ifndef NETLINK_ROUTE_LINK_IPIP_H_
#define NETLINK_ROUTE_LINK_IPIP_H_

/**
 * @defgroup route_link_ipip IPIP
 * @ingroup route_link
 * IP-in-IP tunnels (kind "ipip"): IPv4 packets carried in IPv4
 * (IFLA_IPTUN_*). Addresses are IPv4 addresses in network byte order.
 *
 * Every function but rtnl_link_ipip_alloc(), rtnl_link_ipip_add() and
 * rtnl_link_is_ipip() works on a link of kind "ipip" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "ipip".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ipip_alloc(void);

/**
 * Create a link of kind "ipip" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ipip_add(struct nl_sock *sk, const char *name);

/**
 * Tell whether a link is an ipip tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "ipip", 0 otherwise.
 */
extern int rtnl_link_is_ipip(struct rtnl_link *link);

/**
 * Get the lower link of an ipip tunnel.
 * @param link	ipip link
 *
 * @return The interface index of the lower link; 0 when not set. For a link
 *         of another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipip_get_link(struct rtnl_link *link);

/**
 * Set the lower link of an ipip tunnel.
 * @param link	ipip link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Set the local endpoint address of an ipip tunnel.
 * @param link	ipip link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_local(struct rtnl_link *link, uint32_t addr);

/**
 * Get the local endpoint address of an ipip tunnel.
 * @param link	ipip link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipip_get_local(struct rtnl_link *link);

/**
 * Set the remote endpoint address of an ipip tunnel.
 * @param link	ipip link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_remote(struct rtnl_link *link, uint32_t addr);

/**
 * Get the remote endpoint address of an ipip tunnel.
 * @param link	ipip link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipip_get_remote(struct rtnl_link *link);

/**
 * Set the time to live of the outer header of an ipip tunnel.
 * @param link	ipip link
 * @param ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of the outer header of an ipip tunnel.
 * @param link	ipip link
 *
 * @return The TTL; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_ipip_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of the outer header of an ipip tunnel.
 * @param link	ipip link
 * @param tos	TOS; 1 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of the outer header of an ipip tunnel.
 * @param link	ipip link
 *
 * @return The TOS; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_ipip_get_tos(struct rtnl_link *link);

/**
 * Set the path MTU discovery setting of an ipip tunnel.
 * @param link	ipip link
 * @param pmtudisc	1 to discover the path MTU (sets DF), 0 not to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_pmtudisc(struct rtnl_link *link,
				       uint8_t pmtudisc);

/**
 * Get the path MTU discovery setting of an ipip tunnel.
 * @param link	ipip link
 *
 * @return 1 when path MTU discovery is on, 0 when it is off or not set. For a
 *         link of another kind: -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_ipip_get_pmtudisc(struct rtnl_link *link);

/**
 * Set the firewall mark of an ipip tunnel.
 * @param link	ipip link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of an ipip tunnel.
 * @param link	ipip link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ipip_get_fwmark(struct rtnl_link *link, uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
