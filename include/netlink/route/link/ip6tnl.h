/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 tunnel links (kind "ip6tnl").
 */

#ifndef NETLINK_ROUTE_LINK_IP6TNL_H_
#define NETLINK_ROUTE_LINK_IP6TNL_H_

/**
 * @defgroup route_link_ip6tnl IP6TNL
 * @ingroup route_link
 * IPv6 tunnels (kind "ip6tnl", IFLA_IPTUN_*): IPv4 or IPv6 packets carried
 * in IPv6 (RFC 2473).
 *
 * Every function but rtnl_link_ip6_tnl_alloc(), rtnl_link_ip6_tnl_add()
 * and rtnl_link_is_ip6_tnl() works on a link of kind "ip6tnl" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "ip6tnl".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ip6_tnl_alloc(void);

/**
 * Create a link of kind "ip6tnl" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ip6_tnl_add(struct nl_sock *sk, const char *name);

/**
 * Tell whether a link is an ip6tnl tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "ip6tnl", 0 otherwise.
 */
extern int rtnl_link_is_ip6_tnl(struct rtnl_link *link);

/**
 * Set the lower link of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The interface index of the lower link; 0 when not set. For a link
 *         of another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ip6_tnl_get_link(struct rtnl_link *link);

/**
 * Set the local endpoint address of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6_tnl_set_local(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Get the local endpoint address of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr filled (all zeros when not set); -NLE_INVAL when addr
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_get_local(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Set the remote endpoint address of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6_tnl_set_remote(struct rtnl_link *link,
					struct in6_addr *addr);

/**
 * Get the remote endpoint address of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr filled (all zeros when not set); -NLE_INVAL when addr
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_get_remote(struct rtnl_link *link,
					struct in6_addr *addr);

/**
 * Set the time to live of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The TTL; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_ip6_tnl_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param tos	TOS; 1 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The TOS; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_ip6_tnl_get_tos(struct rtnl_link *link);

/**
 * Set the tunnel encapsulation limit of an ip6tnl tunnel.
 * @param link	ip6tnl link
* @param encaplimit	how many more times packets may be encapsulated (RFC
 *		2473)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_encaplimit(struct rtnl_link *link,
					    uint8_t encaplimit);

/**
 * Get the tunnel encapsulation limit of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The encapsulation limit; 0 when not set. For a link of another
 *         kind: -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_ip6_tnl_get_encaplimit(struct rtnl_link *link);

/**
 * Set the tunnel flags of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param flags	IP6_TNL_F_* flags (<linux/ip6_tunnel.h>)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_flags(struct rtnl_link *link, uint32_t flags);

/**
 * Get the tunnel flags of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The IP6_TNL_F_* flags; 0 when not set. For a link of another kind:
 *         -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ip6_tnl_get_flags(struct rtnl_link *link);

/**
 * Get the flow information of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The flow information in network byte order; 0 when not set. For a
 *         link of another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ip6_tnl_get_flowinfo(struct rtnl_link *link);

/**
 * Set the flow information of the outer header of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param flowinfo	traffic class and flow label, network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_flowinfo(struct rtnl_link *link,
					  uint32_t flowinfo);

/**
 * Set the inner protocol of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param proto	IPPROTO_IPIP, IPPROTO_IPV6, or 0 for both
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_proto(struct rtnl_link *link, uint8_t proto);

/**
 * Get the inner protocol of an ip6tnl tunnel.
 * @param link	ip6tnl link
 *
 * @return The IPPROTO_* value (0: both); 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_ip6_tnl_get_proto(struct rtnl_link *link);

/**
 * Set the firewall mark of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_fwmark(struct rtnl_link *link,
					uint32_t fwmark);

/**
 * Get the firewall mark of an ip6tnl tunnel.
 * @param link	ip6tnl link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_get_fwmark(struct rtnl_link *link,
					uint32_t *fwmark);

/**
 * Turn collect metadata (external control) mode on or off.
 * @param link	ip6tnl link
 * @param enable	nonzero when the tunnel's endpoints come from
 *			per-packet metadata (lightweight tunnels, BPF)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_set_collect_metadata(struct rtnl_link *link,
						  int enable);

/**
 * Get whether an ip6tnl tunnel collects metadata.
 * @param link	ip6tnl link
 * @param[out] enable	1 when collect metadata mode is on, 0 when off
 *			(may be NULL)
 *
 * @return 0 with *enable set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_ip6_tnl_get_collect_metadata(struct rtnl_link *link,
						  int *enable);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
