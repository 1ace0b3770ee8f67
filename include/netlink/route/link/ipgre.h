/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * GRE tunnel links (kinds "gre" and "gretap").
 */

#ifndef NETLINK_ROUTE_LINK_IPGRE_H_
#define NETLINK_ROUTE_LINK_IPGRE_H_

/**
 * @defgroup route_link_ipgre GRE and GRETAP
 * @ingroup route_link
 * GRE tunnels over IPv4: kind "gre" (layer 3) and kind "gretap" (ethernet
 * frames), with the IFLA_GRE_* attributes. Addresses, keys and GRE flags
 * are in network byte order.
 *
 * The rtnl_link_ipgre_* accessors work on links of kind "gre" and
 * "gretap"; on a link of another kind they fail.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Tell whether a link is a GRE tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "gre", 0 otherwise.
 */
extern int rtnl_link_is_ipgre(struct rtnl_link *link);

/**
 * Tell whether a link is a GRETAP tunnel.
 * @param link	link object
 *
 * @return 1 when link is of kind "gretap", 0 otherwise.
 */
extern int rtnl_link_is_ipgretap(struct rtnl_link *link);

/**
 * Allocate a link object of kind "gre".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ipgre_alloc(void);

/**
 * Allocate a link object of kind "gretap".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_ipgretap_alloc(void);

/**
 * Create a link of kind "gre" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ipgre_add(struct nl_sock *sk, const char *name);

/**
 * Create a link of kind "gretap" in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new link, or NULL for a name the kernel picks
 *
 * The link is created with the kernel's defaults; use rtnl_link_add()
 * with a link object to give it more attributes.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_ipgretap_add(struct nl_sock *sk, const char *name);

/**
 * Set the lower link of a GRE tunnel.
 * @param link	gre or gretap link
 * @param index	interface index of the device the tunnel is bound to
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The interface index of the lower link; 0 when not set. For a link
 *         not of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipgre_get_link(struct rtnl_link *link);

/**
 * Set the GRE flags of received packets of a GRE tunnel.
 * @param link	gre or gretap link
* @param iflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_iflags(struct rtnl_link *link, uint16_t iflags);

/**
 * Get the GRE flags of received packets of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The GRE_* flags in network byte order; 0 when not set. For a link
 *         not of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint16_t.
 */
extern uint16_t rtnl_link_ipgre_get_iflags(struct rtnl_link *link);

/**
 * Set the GRE flags of sent packets of a GRE tunnel.
 * @param link	gre or gretap link
* @param oflags	GRE_* flags (GRE_KEY, GRE_CSUM, GRE_SEQ) in network byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_oflags(struct rtnl_link *link, uint16_t oflags);

/**
 * Get the GRE flags of sent packets of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The GRE_* flags in network byte order; 0 when not set. For a link
 *         not of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint16_t.
 */
extern uint16_t rtnl_link_ipgre_get_oflags(struct rtnl_link *link);

/**
 * Set the key of received packets of a GRE tunnel.
 * @param link	gre or gretap link
* @param ikey	key in network byte order; GRE checks it when GRE_KEY is in
 *		the input flags
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_ikey(struct rtnl_link *link, uint32_t ikey);

/**
 * Get the key of received packets of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The key in network byte order; 0 when not set. For a link not of
 *         kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipgre_get_ikey(struct rtnl_link *link);

/**
 * Set the key of sent packets of a GRE tunnel.
 * @param link	gre or gretap link
* @param okey	key in network byte order; GRE sends it when GRE_KEY is in the
 *		output flags
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_okey(struct rtnl_link *link, uint32_t okey);

/**
 * Get the key of sent packets of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The key in network byte order; 0 when not set. For a link not of
 *         kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipgre_get_okey(struct rtnl_link *link);

/**
 * Set the local endpoint address of a GRE tunnel.
 * @param link	gre or gretap link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_local(struct rtnl_link *link, uint32_t addr);

/**
 * Get the local endpoint address of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The address in network byte order; 0 when not set. For a link not
 *         of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipgre_get_local(struct rtnl_link *link);

/**
 * Set the remote endpoint address of a GRE tunnel.
 * @param link	gre or gretap link
 * @param addr	IPv4 address in network byte order (as in struct in_addr)
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_remote(struct rtnl_link *link, uint32_t addr);

/**
 * Get the remote endpoint address of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The address in network byte order; 0 when not set. For a link not
 *         of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to uint32_t.
 */
extern uint32_t rtnl_link_ipgre_get_remote(struct rtnl_link *link);

/**
 * Set the time to live of the outer header of a GRE tunnel.
 * @param link	gre or gretap link
 * @param ttl	TTL (hop limit); 0 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of the outer header of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The TTL; 0 when not set. For a link not of kind "gre" or "gretap":
 *         -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_ipgre_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of the outer header of a GRE tunnel.
 * @param link	gre or gretap link
 * @param tos	TOS; 1 inherits the inner packet's
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of the outer header of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return The TOS; 0 when not set. For a link not of kind "gre" or "gretap":
 *         -NLE_OPNOTSUPP converted to uint8_t.
 */
extern uint8_t rtnl_link_ipgre_get_tos(struct rtnl_link *link);

/**
 * Set the path MTU discovery setting of a GRE tunnel.
 * @param link	gre or gretap link
 * @param pmtudisc	1 to discover the path MTU (sets DF), 0 not to
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_pmtudisc(struct rtnl_link *link,
					uint8_t pmtudisc);

/**
 * Get the path MTU discovery setting of a GRE tunnel.
 * @param link	gre or gretap link
 *
 * @return 1 when path MTU discovery is on, 0 when it is off or not set. For a
 *         link not of kind "gre" or "gretap": -NLE_OPNOTSUPP converted to
 *         uint8_t.
 */
extern uint8_t rtnl_link_ipgre_get_pmtudisc(struct rtnl_link *link);

/**
 * Set the firewall mark of a GRE tunnel.
 * @param link	gre or gretap link
 * @param fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0; -NLE_OPNOTSUPP for a link not of kind "gre" or "gretap".
 */
extern int rtnl_link_ipgre_set_fwmark(struct rtnl_link *link, uint32_t fwmark);

/**
 * Get the firewall mark of a GRE tunnel.
 * @param link	gre or gretap link
 * @param[out] fwmark	mark of the tunnel's packets for routing and filtering
 *
 * @return 0 with *fwmark set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         fwmark is NULL, -NLE_OPNOTSUPP for a link not of kind "gre" or
 *         "gretap".
 */
extern int rtnl_link_ipgre_get_fwmark(struct rtnl_link *link, uint32_t *fwmark);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
