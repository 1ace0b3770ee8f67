/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6-in-IPv4 tunnel links (kind "sit").
 */

#ifndef NETLINK_ROUTE_LINK_SIT_H_
#define NETLINK_ROUTE_LINK_SIT_H_

/**
 * @defgroup route_link_sit SIT
 * @ingroup route_link
 * IPv6-in-IPv4 tunnels (kind "sit", IFLA_IPTUN_*), including ISATAP and 6rd
 * (IPv6 rapid deployment). IPv4 addresses are in network byte order.
 *
 * Every function but rtnl_link_sit_alloc(), rtnl_link_sit_add() and
 * rtnl_link_is_sit() works on a link of kind "sit" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "sit".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_sit_alloc(void);

/**
 * Create a link of kind "sit" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_sit_add(struct nl_sock *sk, const char *name);

/**
 * Tell whether a link is a sit tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "sit", 0 otherwise.
 */
extern int rtnl_link_is_sit(struct rtnl_link *link);

/**
 * Set the lower link of a sit tunnel.
 * @param link	sit link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of a sit tunnel.
 * @param link	sit link
 *
 * @return The interface index of the lower link; 0 when not set. For a link
 *         of another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_sit_get_link(struct rtnl_link *link);

/**
 * Set the local endpoint address of a sit tunnel.
 * @param link	sit link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_local(struct rtnl_link *link, uint32_t addr);

/**
 * Get the local endpoint address of a sit tunnel.
 * @param link	sit link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_sit_get_local(struct rtnl_link *link);

/**
 * Set the remote endpoint address of a sit tunnel.
 * @param link	sit link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_remote(struct rtnl_link *link, uint32_t addr);

/**
 * Get the remote endpoint address of a sit tunnel.
 * @param link	sit link
 *
 * @return The address in network byte order; 0 when not set. For a link of
 *         another kind: -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_sit_get_remote(struct rtnl_link *link);

/**
 * Set the time to live of the outer header of a sit tunnel.
 * @param link	sit link
 * @param ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of the outer header of a sit tunnel.
 * @param link	sit link
 *
 * @return The TTL; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_sit_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of the outer header of a sit tunnel.
 * @param link	sit link
 * @param tos	TOS; 1 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of the outer header of a sit tunnel.
 * @param link	sit link
 *
 * @return The TOS; 0 when not set. For a link of another kind: -NLE_OPNOTSUPP
 *         converted to uint8_t.
 */
extern uint8_t rtnl_link_sit_get_tos(struct rtnl_link *link);

/**
 * Set the path MTU discovery setting of a sit tunnel.
 * @param link	sit link
 * @param pmtudisc	1 to discover the path MTU (sets DF), 0 not to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_pmtudisc(struct rtnl_link *link, uint8_t pmtudisc);

/**
 * Get the path MTU discovery setting of a sit tunnel.
 * @param link	sit link
 *
 * @return 1 when path MTU discovery is on, 0 when it is off or not set. For a
 *         link of another kind: -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_sit_get_pmtudisc(struct rtnl_link *link);

/**
 * Set the tunnel flags of a sit tunnel.
 * @param link	sit link
 * @param flags	SIT flags (SIT_ISATAP)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_flags(struct rtnl_link *link, uint16_t flags);

/**
 * Get the tunnel flags of a sit tunnel.
 * @param link	sit link
 *
 * @return The SIT flags; 0 when not set. For a link of another kind:
 *         -NLE_OPNOTSUPP converted to uint16_t.
 */
extern uint16_t rtnl_link_sit_get_flags(struct rtnl_link *link);

/**
 * Set the inner protocol of a sit tunnel.
 * @param link	sit link
 * @param proto	IPPROTO_IPV6, IPPROTO_IPIP, IPPROTO_MPLS, or 0 for any
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_proto(struct rtnl_link *link, uint8_t proto);

/**
 * Get the inner protocol of a sit tunnel.
 * @param link	sit link
 *
 * @return The IPPROTO_* value (0: any); 0 when not set. For a link of another
 *         kind: -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_sit_get_proto(struct rtnl_link *link);

/**
 * Set the 6rd prefix of a sit tunnel.
 * @param link	sit link
 * @param prefix	IPv6 prefix of the 6rd domain (copied)
 *
 * @return 0; -NLE_INVAL when prefix is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_sit_set_ip6rd_prefix(struct rtnl_link *link,
					  const struct in6_addr *prefix);

/**
 * Get the 6rd prefix of a sit tunnel.
 * @param link	sit link
 * @param[out] prefix	IPv6 prefix of the 6rd domain
 *
 * @return 0 with *prefix filled (when prefix is not NULL); -NLE_NOATTR when
 *         not set, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_get_ip6rd_prefix(const struct rtnl_link *link,
					  struct in6_addr *prefix);

/**
 * Set the length of the 6rd prefix of a sit tunnel.
 * @param link	sit link
 * @param prefixlen	prefix length in bits
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_ip6rd_prefixlen(struct rtnl_link *link,
					     uint16_t prefixlen);

/**
 * Get the length of the 6rd prefix of a sit tunnel.
 * @param link	sit link
 * @param[out] prefixlen	prefix length in bits
 *
 * @return 0 with *prefixlen set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         prefixlen is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_get_ip6rd_prefixlen(struct rtnl_link *link,
					     uint16_t *prefixlen);

/**
 * Set the 6rd relay prefix of a sit tunnel.
 * @param link	sit link
 * @param prefix	IPv4 prefix of the relays, network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_ip6rd_relay_prefix(struct rtnl_link *link,
						uint32_t prefix);

/**
 * Get the 6rd relay prefix of a sit tunnel.
 * @param link	sit link
 * @param[out] prefix	IPv4 prefix of the relays, network byte order
 *
 * @return 0 with *prefix filled (when prefix is not NULL); -NLE_NOATTR when
 *         not set, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_get_ip6rd_relay_prefix(const struct rtnl_link *link,
						uint32_t *prefix);

/**
 * Set the length of the 6rd relay prefix of a sit tunnel.
 * @param link	sit link
 * @param prefixlen	prefix length in bits
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_ip6rd_relay_prefixlen(struct rtnl_link *link,
						   uint16_t prefixlen);

/**
 * Get the length of the 6rd relay prefix of a sit tunnel.
 * @param link	sit link
 * @param[out] prefixlen	prefix length in bits
 *
 * @return 0 with *prefixlen set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         prefixlen is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_get_ip6rd_relay_prefixlen(struct rtnl_link *link,
						   uint16_t *prefixlen);

/**
 * Set the firewall mark of a sit tunnel.
 * @param link	sit link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of a sit tunnel.
 * @param link	sit link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_sit_get_fwmark(struct rtnl_link *link, uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
