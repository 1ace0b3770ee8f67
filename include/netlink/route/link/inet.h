/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv4 data of links: the per-interface devconf values.
 */

#ifndef NETLINK_LINK_INET_H_
#define NETLINK_LINK_INET_H_

/**
 * @defgroup route_link_inet IPv4 link data
 * @ingroup route_link
 * IPv4 data of links: the per-interface IPv4 settings (devconf, as in
 * /proc/sys/net/ipv4/conf/IFNAME/) that links carry in IFLA_AF_SPEC.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Name an IPv4 devconf value.
 * @param type	IPV4_DEVCONF_* id (from 1, <linux/ip.h>)
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding the name as in /proc/sys/net/ipv4/conf/
 *         ("forwarding", "rp_filter"...), or the id in hexadecimal when it
 *         has none.
 */
extern const char *rtnl_link_inet_devconf2str(int type, char *buf, size_t len);

/**
 * Look up an IPv4 devconf value by name.
 * @param name	name as rtnl_link_inet_devconf2str() gives it (case ignored)
 *
 * @return The IPV4_DEVCONF_* id; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_inet_str2devconf(const char *name);

/**
 * Get an IPv4 devconf value of a link.
 * @param link	link object
 * @param cfgid	IPV4_DEVCONF_* id, from 1
 * @param[out] res	the value
 *
 * The kernel reports the values in the link's IPv4 data (IFLA_AF_SPEC).
 *
 * @return 0 with *res set; -NLE_RANGE when cfgid is 0 or too large,
 *         -NLE_NOATTR when the link has no IPv4 data, -NLE_INVAL when its
 *         IPv4 data lack that value.
 */
extern int rtnl_link_inet_get_conf(struct rtnl_link *link,
				   const unsigned int cfgid, uint32_t *res);

/**
 * Set an IPv4 devconf value of a link object.
 * @param link	link object
 * @param cfgid	IPV4_DEVCONF_* id, from 1
 * @param value	new value
 *
 * The link gets IPv4 data when it has none. rtnl_link_change() sends the
 * values set; the others keep theirs in the kernel.
 *
 * @return 0; -NLE_RANGE when cfgid is 0 or too large, -NLE_NOMEM.
 */
extern int rtnl_link_inet_set_conf(struct rtnl_link *link,
				   const unsigned int cfgid, uint32_t value);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
