/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 data of links: flags, address generation mode, token and devconf.
 */

#ifndef NETLINK_LINK_INET6_H_
#define NETLINK_LINK_INET6_H_

/**
 * @defgroup route_link_inet6 IPv6 link data
 * @ingroup route_link
 * IPv6 data of links (IFLA_AF_SPEC / AF_INET6): flags, address
 * generation mode, token, devconf values (as in
 * /proc/sys/net/ipv6/conf/IFNAME/) and the IPv6 statistics, which
 * rtnl_link_get_stat() reads.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Name an IPv6 address generation mode.
 * @param mode	IN6_ADDR_GEN_MODE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "eui64", "none" or "stable_privacy", or the value
 *         in hexadecimal.
 */
extern const char *rtnl_link_inet6_addrgenmode2str(uint8_t mode, char *buf,
						   size_t len);

/**
 * Look up an IPv6 address generation mode by name.
 * @param mode	name as rtnl_link_inet6_addrgenmode2str() gives it (case
 *		ignored)
 *
 * @return The IN6_ADDR_GEN_MODE_* value; for an unknown name the error
 *         -NLE_OBJ_NOTFOUND converted to uint8_t (244), for an empty one
 *         -NLE_INVAL converted.
 */
extern uint8_t rtnl_link_inet6_str2addrgenmode(const char *mode);

/**
 * Get the IPv6 token of a link.
 * @param link	link object
 * @param[out] addr	a new address object holding the token
 *
 * The token is the interface identifier used for addresses from router
 * advertisements instead of the one derived from the MAC address.
 *
 * @return 0 with *addr set to a new IPv6 address (prefix length 64)
 *         owned by the caller, who releases it with nl_addr_put();
 *         -NLE_NOATTR when the link has no IPv6 data, -NLE_NOADDR when
 *         its IPv6 data hold no token, -NLE_NOMEM.
 */
extern int rtnl_link_inet6_get_token(struct rtnl_link *link,
				     struct nl_addr **addr);

/**
 * Set the IPv6 token of a link object.
 * @param link	link object
 * @param addr	IPv6 address whose last 64 bits are the interface
 *		identifier; copied
 *
 * The link gets IPv6 data when it has none; rtnl_link_change() sends the
 * token.
 *
 * @return 0; -NLE_INVAL unless addr is an IPv6 address, -NLE_NOMEM.
 */
extern int rtnl_link_inet6_set_token(struct rtnl_link *link,
				     struct nl_addr *addr);

/**
 * Get the IPv6 address generation mode of a link.
 * @param link	link object
 * @param[out] mode	IN6_ADDR_GEN_MODE_* value
 *
 * @return 0 with *mode set; -NLE_NOATTR when the link has no IPv6 data,
 *         -NLE_INVAL when its IPv6 data lack the mode.
 */
extern int rtnl_link_inet6_get_addr_gen_mode(struct rtnl_link *link,
					     uint8_t *mode);

/**
 * Set the IPv6 address generation mode of a link object.
 * @param link	link object
 * @param mode	IN6_ADDR_GEN_MODE_EUI64, _NONE, _STABLE_PRIVACY or _RANDOM
 *
 * The link gets IPv6 data when it has none; rtnl_link_change() sends the
 * mode.
 *
 * @return 0; -NLE_NOMEM.
 */
extern int rtnl_link_inet6_set_addr_gen_mode(struct rtnl_link *link,
					     uint8_t mode);

/**
 * Get the IPv6 flags of a link.
 * @param link	link object
 * @param[out] flags	the kernel's IPv6 interface flags: 0x10 router
 *			solicitation sent, 0x20 router advertisement
 *			received, 0x40 managed, 0x80 other configuration,
 *			0x80000000 ready (see rtnl_link_inet6_flags2str())
 *
 * @return 0 with *flags set (0 when the IPv6 data hold no flags);
 *         -NLE_NOATTR when the link has no IPv6 data.
 */
extern int rtnl_link_inet6_get_flags(struct rtnl_link *link, uint32_t *flags);

/**
 * Set the IPv6 flags of a link object.
 * @param link	link object
 * @param flags	IPv6 interface flags, as rtnl_link_inet6_get_flags()
 *		gives them
 *
 * The flags are state the kernel reports; it does not take them in
 * requests. The setter serves filter objects and comparisons.
 *
 * @return 0; -NLE_NOMEM.
 */
extern int rtnl_link_inet6_set_flags(struct rtnl_link *link, uint32_t flags);

/**
 * Get an IPv6 devconf value of a link.
 * @param link	link object
 * @param cfgid	DEVCONF_* index (from 0, <linux/ipv6.h>)
 * @param[out] res	the value
 *
 * @return 0 with *res set; -NLE_NOATTR when the link has no IPv6 devconf
 *         values, -NLE_RANGE when the kernel did not report that index.
 */
extern int rtnl_link_inet6_get_conf(struct rtnl_link *link, unsigned int cfgid,
				    uint32_t *res);

/**
 * Name IPv6 link flags.
 * @param flags	IPv6 interface flags
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("rs_sent", "ra_rcvd", "ra_managed", "ra_otherconf", "ready"),
 *         empty when none is set.
 */
extern char *rtnl_link_inet6_flags2str(int flags, char *buf, size_t len);

/**
 * Translate IPv6 link flag names to flags.
 * @param name	comma separated names as rtnl_link_inet6_flags2str() writes
 *		them (case ignored)
 *
 * @return The flags named; unknown names are ignored.
 */
extern int rtnl_link_inet6_str2flags(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
