/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VXLAN links.
 */

#ifndef NETLINK_LINK_VXLAN_H_
#define NETLINK_LINK_VXLAN_H_

/**
 * @defgroup route_link_vxlan VXLAN
 * @ingroup route_link
 * VXLAN links (kind "vxlan"): layer 2 overlays carried in UDP, with their
 * network identifier, endpoints and learning options (IFLA_VXLAN_*).
 *
 * Every function but rtnl_link_vxlan_alloc() works on a link of kind
 * "vxlan" only and returns -NLE_OPNOTSUPP for a link of another kind.
 * Setters change the object; rtnl_link_add() or rtnl_link_change() sends
 * the values.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <linux/if_link.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Highest VXLAN network identifier (24 bits). */
#define VXLAN_ID_MAX 16777215

/** Extension flags of rtnl_link_vxlan_set_flags(). */
enum {
	/** Group based policy extension (IFLA_VXLAN_GBP). */
	RTNL_LINK_VXLAN_F_GBP = 1 << 0,
#define RTNL_LINK_VXLAN_F_GBP RTNL_LINK_VXLAN_F_GBP
	/** Generic protocol extension (IFLA_VXLAN_GPE). */
	RTNL_LINK_VXLAN_F_GPE = 1 << 1,
#define RTNL_LINK_VXLAN_F_GPE RTNL_LINK_VXLAN_F_GPE
	/** No partial remote checksum offload
	 * (IFLA_VXLAN_REMCSUM_NOPARTIAL). */
	RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL = 1 << 2,
#define RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL
};

/**
 * Allocate a link object of kind "vxlan".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_vxlan_alloc(void);

/**
 * Tell whether a link is a VXLAN link.
 * @param link	link object
 *
 * @return 1 when link is of kind "vxlan", 0 otherwise.
 */
extern int rtnl_link_is_vxlan(struct rtnl_link *link);

/**
 * Set the VXLAN network identifier.
 * @param link	VXLAN link
 * @param id	identifier, 0 to VXLAN_ID_MAX
 *
 * @return 0; -NLE_INVAL when id exceeds VXLAN_ID_MAX, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_id(struct rtnl_link *link, uint32_t id);

/**
 * Get the VXLAN network identifier.
 * @param link	VXLAN link
 * @param[out] id	the identifier
 *
 * @return 0 with *id set; -NLE_AGAIN when not set, -NLE_INVAL when id is
 *         NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_id(struct rtnl_link *link, uint32_t *id);

/**
 * Set the multicast group, or the unicast remote, of a VXLAN link.
 * @param link	VXLAN link
 * @param addr	IPv4 or IPv6 address; copied (the caller keeps addr)
 *
 * An address of one family replaces one of the other.
 *
 * @return 0; -NLE_INVAL unless addr is an IPv4 (4 bytes) or IPv6 (16
 *         bytes) address, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_group(struct rtnl_link *link,
				     struct nl_addr *addr);

/**
 * Get the multicast group, or the unicast remote, of a VXLAN link.
 * @param link	VXLAN link
 * @param[out] addr	a new address object
 *
 * @return 0 with *addr set to a new address owned by the caller, who
 *         releases it with nl_addr_put(); -NLE_AGAIN when not set,
 *         -NLE_INVAL when addr is NULL, -NLE_NOMEM, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_group(struct rtnl_link *link,
				     struct nl_addr **addr);

/**
 * Set the lower link of a VXLAN link.
 * @param link	VXLAN link
 * @param index	interface index of the device the tunnel sends through
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_link(struct rtnl_link *link, uint32_t index);

/**
 * Get the lower link of a VXLAN link.
 * @param link	VXLAN link
 * @param[out] index	interface index of the lower device
 *
 * @return 0 with *index set; -NLE_AGAIN when not set, -NLE_INVAL when
 *         index is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_link(struct rtnl_link *link, uint32_t *index);

/**
 * Set the local source address of a VXLAN link.
 * @param link	VXLAN link
 * @param addr	IPv4 or IPv6 address; copied
 *
 * An address of one family replaces one of the other.
 *
 * @return 0; -NLE_INVAL unless addr is an IPv4 or IPv6 address,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_local(struct rtnl_link *link,
				     struct nl_addr *addr);

/**
 * Get the local source address of a VXLAN link.
 * @param link	VXLAN link
 * @param[out] addr	a new address object
 *
 * @return 0 with *addr set to a new address owned by the caller
 *         (nl_addr_put() it); -NLE_AGAIN when not set, -NLE_INVAL when
 *         addr is NULL, -NLE_NOMEM, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_local(struct rtnl_link *link,
				     struct nl_addr **addr);

/**
 * Set the time to live of outgoing packets.
 * @param link	VXLAN link
 * @param ttl	TTL; 0 inherits it from the inner packet
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of outgoing packets.
 * @param link	VXLAN link
 *
 * @return The TTL (0: inherited); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of outgoing packets.
 * @param link	VXLAN link
 * @param tos	TOS; 1 inherits it from the inner packet
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of outgoing packets.
 * @param link	VXLAN link
 *
 * @return The TOS (1: inherited); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_tos(struct rtnl_link *link);

/**
 * Turn learning of remote addresses on or off.
 * @param link	VXLAN link
 * @param learning	nonzero to learn source addresses into the
 *			forwarding database
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_learning(struct rtnl_link *link,
					uint8_t learning);

/**
 * Get the learning setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_learning(struct rtnl_link *link);

/**
 * Turn learning on: rtnl_link_vxlan_set_learning(link, 1).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_enable_learning(struct rtnl_link *link);

/**
 * Turn learning off: rtnl_link_vxlan_set_learning(link, 0).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_disable_learning(struct rtnl_link *link);

/**
 * Set the lifetime of learnt forwarding entries.
 * @param link	VXLAN link
 * @param expiry	lifetime in seconds; 0 keeps entries for ever
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_ageing(struct rtnl_link *link, uint32_t expiry);

/**
 * Get the lifetime of learnt forwarding entries.
 * @param link	VXLAN link
 * @param[out] expiry	lifetime in seconds
 *
 * @return 0 with *expiry set; -NLE_AGAIN when not set, -NLE_INVAL when
 *         expiry is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_ageing(struct rtnl_link *link,
				      uint32_t *expiry);

/**
 * Set the maximum number of forwarding entries.
 * @param link	VXLAN link
 * @param limit	number of entries; 0 for no limit
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_limit(struct rtnl_link *link, uint32_t limit);

/**
 * Get the maximum number of forwarding entries.
 * @param link	VXLAN link
 * @param[out] limit	number of entries (0: no limit)
 *
 * @return 0 with *limit set; -NLE_AGAIN when not set, -NLE_INVAL when
 *         limit is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_limit(struct rtnl_link *link, uint32_t *limit);

/**
 * Set the range of UDP source ports.
 * @param link	VXLAN link
 * @param range	lowest and highest port, in network byte order as in the
 *		kernel's struct ifla_vxlan_port_range; copied
 *
 * @return 0; -NLE_INVAL when range is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_port_range(struct rtnl_link *link,
					  struct ifla_vxlan_port_range *range);

/**
 * Get the range of UDP source ports.
 * @param link	VXLAN link
 * @param[out] range	the ports, in network byte order
 *
 * @return 0 with *range filled; -NLE_AGAIN when not set, -NLE_INVAL when
 *         range is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_port_range(struct rtnl_link *link,
					  struct ifla_vxlan_port_range *range);

/**
 * Turn the ARP/neighbour discovery proxy on or off.
 * @param link	VXLAN link
 * @param proxy	nonzero to answer ARP and ND requests from the forwarding
 *		database
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_proxy(struct rtnl_link *link, uint8_t proxy);

/**
 * Get the proxy setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_proxy(struct rtnl_link *link);

/**
 * Turn the proxy on: rtnl_link_vxlan_set_proxy(link, 1).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_enable_proxy(struct rtnl_link *link);

/**
 * Turn the proxy off: rtnl_link_vxlan_set_proxy(link, 0).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_disable_proxy(struct rtnl_link *link);

/**
 * Turn route short circuit on or off.
 * @param link	VXLAN link
 * @param rsc	nonzero to route packets to known layer 3 destinations
 *		directly
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_rsc(struct rtnl_link *link, uint8_t rsc);

/**
 * Get the route short circuit setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_rsc(struct rtnl_link *link);

/**
 * Turn route short circuit on: rtnl_link_vxlan_set_rsc(link, 1).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_enable_rsc(struct rtnl_link *link);

/**
 * Turn route short circuit off: rtnl_link_vxlan_set_rsc(link, 0).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_disable_rsc(struct rtnl_link *link);

/**
 * Turn netlink notifications of layer 2 misses on or off.
 * @param link	VXLAN link
 * @param miss	nonzero to notify user space of unknown destination MACs
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_l2miss(struct rtnl_link *link, uint8_t miss);

/**
 * Get the layer 2 miss notification setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_l2miss(struct rtnl_link *link);

/**
 * Turn layer 2 miss notifications on: rtnl_link_vxlan_set_l2miss(link, 1).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_enable_l2miss(struct rtnl_link *link);

/**
 * Turn layer 2 miss notifications off: rtnl_link_vxlan_set_l2miss(link, 0).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_disable_l2miss(struct rtnl_link *link);

/**
 * Turn netlink notifications of layer 3 misses on or off.
 * @param link	VXLAN link
 * @param miss	nonzero to notify user space of unknown destination IP
 *		addresses
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_l3miss(struct rtnl_link *link, uint8_t miss);

/**
 * Get the layer 3 miss notification setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_AGAIN when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_l3miss(struct rtnl_link *link);

/**
 * Turn layer 3 miss notifications on: rtnl_link_vxlan_set_l3miss(link, 1).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_enable_l3miss(struct rtnl_link *link);

/**
 * Turn layer 3 miss notifications off: rtnl_link_vxlan_set_l3miss(link, 0).
 * @param link	VXLAN link
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_disable_l3miss(struct rtnl_link *link);

/**
 * Set the UDP destination port.
 * @param link	VXLAN link
 * @param port	port in host byte order (4789 is the IANA port)
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_port(struct rtnl_link *link, uint32_t port);

/**
 * Get the UDP destination port.
 * @param link	VXLAN link
 * @param[out] port	port in host byte order
 *
 * @return 0 with *port set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         port is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_port(struct rtnl_link *link, uint32_t *port);

/**
 * Turn UDP checksums of IPv4 tunnel packets on or off.
 * @param link	VXLAN link
 * @param csum	nonzero to compute checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_udp_csum(struct rtnl_link *link, uint8_t csum);

/**
 * Get the UDP checksum setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_udp_csum(struct rtnl_link *link);

/**
 * Allow or forbid sending IPv6 tunnel packets with a zero UDP checksum.
 * @param link	VXLAN link
 * @param csum	nonzero to send zero checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_udp_zero_csum6_tx(struct rtnl_link *link,
						 uint8_t csum);

/**
 * Get whether IPv6 tunnel packets are sent with a zero UDP checksum.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: allowed); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_udp_zero_csum6_tx(struct rtnl_link *link);

/**
 * Allow or forbid receiving IPv6 tunnel packets with a zero UDP checksum.
 * @param link	VXLAN link
 * @param csum	nonzero to accept zero checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_udp_zero_csum6_rx(struct rtnl_link *link,
						 uint8_t csum);

/**
 * Get whether IPv6 tunnel packets with a zero UDP checksum are accepted.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: accepted); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_udp_zero_csum6_rx(struct rtnl_link *link);

/**
 * Turn remote checksum offload on or off for sent packets.
 * @param link	VXLAN link
 * @param csum	nonzero to offload
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_remcsum_tx(struct rtnl_link *link,
					  uint8_t csum);

/**
 * Get the remote checksum offload setting for sent packets.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_remcsum_tx(struct rtnl_link *link);

/**
 * Turn remote checksum offload on or off for received packets.
 * @param link	VXLAN link
 * @param csum	nonzero to offload
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_remcsum_rx(struct rtnl_link *link,
					  uint8_t csum);

/**
 * Get the remote checksum offload setting for received packets.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_remcsum_rx(struct rtnl_link *link);

/**
 * Turn VXLAN extension flags on or off.
 * @param link	VXLAN link
 * @param flags	RTNL_LINK_VXLAN_F_GBP, RTNL_LINK_VXLAN_F_GPE and
 *		RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL, or'ed
 * @param enable	nonzero to turn the flags on, 0 to turn them off
 *
 * Flags not named in flags keep their state.
 *
 * @return 0; -NLE_INVAL for an unknown flag, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_flags(struct rtnl_link *link, uint32_t flags,
				     int enable);

/**
 * Get the VXLAN extension flags that are on.
 * @param link	VXLAN link
 * @param[out] flags	RTNL_LINK_VXLAN_F_* flags (0 when none is on)
 *
 * @return 0 with *flags set; -NLE_INVAL when flags is NULL,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_flags(struct rtnl_link *link, uint32_t *flags);

/**
 * Turn collect metadata (external control) mode on or off.
 * @param link	VXLAN link
 * @param collect	nonzero when the tunnel's endpoints come from
 *			per-packet metadata (lightweight tunnels, BPF, OVS)
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_collect_metadata(struct rtnl_link *link,
						uint8_t collect);

/**
 * Get the collect metadata setting of a VXLAN link.
 * @param link	VXLAN link
 *
 * @return The setting (nonzero: on); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_collect_metadata(struct rtnl_link *link);

/**
 * Set the IPv6 flow label of outgoing packets.
 * @param link	VXLAN link
 * @param label	flow label (20 bits), host byte order
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_set_label(struct rtnl_link *link, uint32_t label);

/**
 * Get the IPv6 flow label of outgoing packets.
 * @param link	VXLAN link
 * @param[out] label	flow label, host byte order
 *
 * @return 0 with *label set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         label is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_vxlan_get_label(struct rtnl_link *link, uint32_t *label);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
