/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 GRE tunnel links (kind "ip6gre").
 */

#ifndef NETLINK_ROUTE_LINK_IP6GRE_H_
#define NETLINK_ROUTE_LINK_IP6GRE_H_

/**
 * @defgroup route_link_ip6gre IP6GRE
 * @ingroup route_link
 * GRE tunnels over IPv6 (kind "ip6gre", IFLA_GRE_*). Keys and GRE flags are
 * in network byte order; the getters report values that are not set with
 * -NLE_NOATTR.
 *
 * Every function but rtnl_link_ip6gre_alloc(), rtnl_link_ip6gre_add() and
 * rtnl_link_is_ip6gre() works on a link of kind "ip6gre" only.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Tell whether a link is an ip6gre tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "ip6gre", 0 otherwise.
 */
extern int rtnl_link_is_ip6gre(struct rtnl_link *link);

/**
 * Allocate a link object of kind "ip6gre".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ip6gre_alloc(void);

/**
 * Create a link of kind "ip6gre" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ip6gre_add(struct nl_sock *sk, const char *name);

/**
 * Set the lower link of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] index	interface index of the device the tunnel is bound to
 *
 * @return 0 with *index set; -NLE_NOATTR when not set, -NLE_INVAL when index
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_link(struct rtnl_link *link, uint32_t *index);

/**
 * Set the GRE flags of received packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param iflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_iflags(struct rtnl_link *link, uint16_t iflags);

/**
 * Get the GRE flags of received packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param[out] iflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network
 *		byte order
 *
 * @return 0 with *iflags set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         iflags is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_iflags(struct rtnl_link *link,
				       uint16_t *iflags);

/**
 * Set the GRE flags of sent packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param oflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_oflags(struct rtnl_link *link, uint16_t oflags);

/**
 * Get the GRE flags of sent packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param[out] oflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network
 *		byte order
 *
 * @return 0 with *oflags set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         oflags is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_oflags(struct rtnl_link *link,
				       uint16_t *oflags);

/**
 * Set the key of received packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param ikey	key in network byte order; GRE checks it when GRE_KEY is in
 *		the input flags
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_ikey(struct rtnl_link *link, uint32_t ikey);

/**
 * Get the key of received packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param[out] ikey	key in network byte order; GRE checks it when GRE_KEY
 *		is in the input flags
 *
 * @return 0 with *ikey set; -NLE_NOATTR when not set, -NLE_INVAL when ikey is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_ikey(struct rtnl_link *link, uint32_t *ikey);

/**
 * Set the key of sent packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param okey	key in network byte order; GRE sends it when GRE_KEY is in the
 *		output flags
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_okey(struct rtnl_link *link, uint32_t okey);

/**
 * Get the key of sent packets of an ip6gre tunnel.
 * @param link	ip6gre link
* @param[out] okey	key in network byte order; GRE sends it when GRE_KEY
 *		is in the output flags
 *
 * @return 0 with *okey set; -NLE_NOATTR when not set, -NLE_INVAL when okey is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_okey(struct rtnl_link *link, uint32_t *okey);

/**
 * Set the local endpoint address of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6gre_set_local(struct rtnl_link *link,
				      struct in6_addr *addr);

/**
 * Get the local endpoint address of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr set; -NLE_NOATTR when not set, -NLE_INVAL when addr is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_local(struct rtnl_link *link,
				      struct in6_addr *addr);

/**
 * Set the remote endpoint address of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param addr	IPv6 address (copied)
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_ip6gre_set_remote(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Get the remote endpoint address of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] addr	IPv6 address
 *
 * @return 0 with *addr set; -NLE_NOATTR when not set, -NLE_INVAL when addr is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_remote(struct rtnl_link *link,
				       struct in6_addr *addr);

/**
 * Set the time to live of the outer header of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of the outer header of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0 with *ttl set; -NLE_NOATTR when not set, -NLE_INVAL when ttl is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_ttl(struct rtnl_link *link, uint8_t *ttl);

/**
 * Set the tunnel encapsulation limit of an ip6gre tunnel.
 * @param link	ip6gre link
* @param encaplimit	how many more times packets may be encapsulated (RFC
 *		2473)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_encaplimit(struct rtnl_link *link,
					   uint8_t encaplimit);

/**
 * Get the tunnel encapsulation limit of an ip6gre tunnel.
 * @param link	ip6gre link
* @param[out] encaplimit	how many more times packets may be
 *		encapsulated (RFC 2473)
 *
 * @return 0 with *encaplimit set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         encaplimit is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_encaplimit(struct rtnl_link *link,
					   uint8_t *encaplimit);

/**
 * Set the flow information of the outer header of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param flowinfo	traffic class and flow label, network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_flowinfo(struct rtnl_link *link,
					 uint32_t flowinfo);

/**
 * Get the flow information of the outer header of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] flowinfo	traffic class and flow label, network byte order
 *
 * @return 0 with *flowinfo set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         flowinfo is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_flowinfo(struct rtnl_link *link,
					 uint32_t *flowinfo);

/**
 * Set the tunnel flags of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param flags	IP6_TNL_F_* flags (<linux/ip6_tunnel.h>)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_flags(struct rtnl_link *link, uint32_t flags);

/**
 * Get the tunnel flags of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] flags	IP6_TNL_F_* flags (<linux/ip6_tunnel.h>)
 *
 * @return 0 with *flags set; -NLE_NOATTR when not set, -NLE_INVAL when flags
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_flags(struct rtnl_link *link, uint32_t *flags);

/**
 * Set the firewall mark of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of an ip6gre tunnel.
 * @param link	ip6gre link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_ip6gre_get_fwmark(struct rtnl_link *link,
				       uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
