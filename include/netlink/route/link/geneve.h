/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Geneve links.
 */

#ifndef NETLINK_LINK_GENEVE_H_
#define NETLINK_LINK_GENEVE_H_

/**
 * @defgroup route_link_geneve Geneve
 * @ingroup route_link
 * Geneve links (kind "geneve"): generic network virtualization
 * encapsulation over UDP (IFLA_GENEVE_*).
 *
 * Every function but rtnl_link_geneve_alloc() and rtnl_link_is_geneve()
 * works on a link of kind "geneve" only and returns -NLE_OPNOTSUPP for a
 * link of another kind.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Collect metadata (external control) mode, rtnl_link_geneve_set_flags(). */
#define RTNL_LINK_GENEVE_F_COLLECT_METADATA (1<<0)

/** Highest Geneve network identifier (24 bits). */
#define RTNL_GENEVE_ID_MAX 16777215

/**
 * Allocate a link object of kind "geneve".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_geneve_alloc(void);

/**
 * Tell whether a link is a Geneve link.
 * @param link	link object
 *
 * @return 1 when link is of kind "geneve", 0 otherwise.
 */
extern int rtnl_link_is_geneve(struct rtnl_link *link);

/**
 * Set the Geneve network identifier.
 * @param link	Geneve link
 * @param id	identifier, 0 to RTNL_GENEVE_ID_MAX
 *
 * @return 0; -NLE_INVAL when id exceeds RTNL_GENEVE_ID_MAX,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_id(struct rtnl_link *link, uint32_t id);

/**
 * Get the Geneve network identifier.
 * @param link	Geneve link
 * @param[out] id	the identifier
 *
 * @return 0 with *id set; -NLE_AGAIN when not set, -NLE_INVAL when id is
 *         NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_id(struct rtnl_link *link, uint32_t *id);

/**
 * Set the remote endpoint of a Geneve link.
 * @param link	Geneve link
 * @param addr	IPv4 or IPv6 address; copied (the caller keeps addr)
 *
 * An address of one family replaces one of the other.
 *
 * @return 0; -NLE_INVAL unless addr is an IPv4 (4 bytes) or IPv6 (16
 *         bytes) address, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_remote(struct rtnl_link *link,
				       struct nl_addr *addr);

/**
 * Get the remote endpoint of a Geneve link.
 * @param link	Geneve link
 * @param[out] addr	a new address object
 *
 * @return 0 with *addr set to a new address owned by the caller, who
 *         releases it with nl_addr_put(); -NLE_AGAIN when not set,
 *         -NLE_INVAL when addr is NULL, -NLE_NOMEM, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_remote(struct rtnl_link *link,
				       struct nl_addr **addr);

/**
 * Set the time to live of outgoing packets.
 * @param link	Geneve link
 * @param ttl	TTL; 0 inherits it from the inner packet
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_ttl(struct rtnl_link *link, uint8_t ttl);

/**
 * Get the time to live of outgoing packets.
 * @param link	Geneve link
 *
 * @return The TTL; -NLE_AGAIN when not set, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_ttl(struct rtnl_link *link);

/**
 * Set the type of service of outgoing packets.
 * @param link	Geneve link
 * @param tos	TOS; 1 inherits it from the inner packet
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_tos(struct rtnl_link *link, uint8_t tos);

/**
 * Get the type of service of outgoing packets.
 * @param link	Geneve link
 *
 * @return The TOS; -NLE_AGAIN when not set, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_tos(struct rtnl_link *link);

/**
 * Set the UDP destination port.
 * @param link	Geneve link
 * @param port	port in host byte order (6081 is the IANA port)
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_port(struct rtnl_link *link, uint32_t port);

/**
 * Get the UDP destination port.
 * @param link	Geneve link
 * @param[out] port	port in host byte order
 *
 * @return 0 with *port set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         port is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_port(struct rtnl_link *link, uint32_t *port);

/**
 * Set the IPv6 flow label of outgoing packets.
 * @param link	Geneve link
 * @param label	flow label (20 bits), host byte order
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_label(struct rtnl_link *link, uint32_t label);

/**
 * Get the IPv6 flow label of outgoing packets.
 * @param link	Geneve link
 * @param[out] label	flow label, host byte order
 *
 * @return 0 with *label set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         label is NULL, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_label(struct rtnl_link *link,
				      uint32_t *label);

/**
 * Turn UDP checksums of IPv4 tunnel packets on or off.
 * @param link	Geneve link
 * @param csum	nonzero to compute checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_udp_csum(struct rtnl_link *link, uint8_t csum);

/**
 * Get the UDP checksum setting of a Geneve link.
 * @param link	Geneve link
 *
 * @return The setting (nonzero: on); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_udp_csum(struct rtnl_link *link);

/**
 * Allow or forbid sending IPv6 tunnel packets with a zero UDP checksum.
 * @param link	Geneve link
 * @param csum	nonzero to send zero checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_udp_zero_csum6_tx(struct rtnl_link *link,
						  uint8_t csum);

/**
 * Get whether IPv6 tunnel packets are sent with a zero UDP checksum.
 * @param link	Geneve link
 *
 * @return The setting (nonzero: allowed); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_udp_zero_csum6_tx(struct rtnl_link *link);

/**
 * Allow or forbid receiving IPv6 tunnel packets with a zero UDP checksum.
 * @param link	Geneve link
 * @param csum	nonzero to accept zero checksums
 *
 * @return 0; -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_udp_zero_csum6_rx(struct rtnl_link *link,
						  uint8_t csum);

/**
 * Get whether IPv6 tunnel packets with a zero UDP checksum are accepted.
 * @param link	Geneve link
 *
 * @return The setting (nonzero: accepted); -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_udp_zero_csum6_rx(struct rtnl_link *link);

/**
 * Turn Geneve flags on or off.
 * @param link	Geneve link
 * @param flags	RTNL_LINK_GENEVE_F_COLLECT_METADATA (the only flag)
 * @param enable	nonzero to turn the flags on, 0 to turn them off
 *
 * @return 0; -NLE_INVAL for an unknown flag, -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_set_flags(struct rtnl_link *link, uint8_t flags,
				      int enable);

/**
 * Get the Geneve flags that are on.
 * @param link	Geneve link
 * @param[out] flags	RTNL_LINK_GENEVE_F_* flags (0 when none is on)
 *
 * @return 0 with *flags set; -NLE_INVAL when flags is NULL,
 *         -NLE_OPNOTSUPP.
 */
extern int rtnl_link_geneve_get_flags(struct rtnl_link *link, uint8_t *flags);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
