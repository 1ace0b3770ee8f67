/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bonding links (kind "bond").
 */

#ifndef NETLINK_ROUTE_LINK_BONDING_H_
#define NETLINK_ROUTE_LINK_BONDING_H_

/**
 * @defgroup route_link_bond Bonding
 * @ingroup route_link
 * Bonding links (kind "bond"): link aggregation devices, their options
 * (IFLA_BOND_*) and enslaving ports to them.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "bond".
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_bond_alloc(void);

/**
 * Tell whether a link is a bonding link.
 * @param link	link object
 *
 * @return 1 when link is of kind "bond", 0 otherwise.
 */
extern int rtnl_link_is_bond(struct rtnl_link *link);

/**
 * Create a bonding device in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new device; NULL takes the name of opts, or
 *		lets the kernel pick one
 * @param opts	link object whose name is used when name is NULL, or NULL;
 *		its other attributes are not used
 *
 * The device is created with the kernel's bonding defaults; to create it
 * with options, set them on a link from rtnl_link_bond_alloc() and call
 * rtnl_link_add().
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error.
 */
extern int rtnl_link_bond_add(struct nl_sock *sk, const char *name,
			      struct rtnl_link *opts);

/**
 * Make a link a port of a bond.
 * @param sk	netlink route socket
 * @param master	interface index of the bond
 * @param slave	interface index of the link to enslave
 *
 * Same as rtnl_link_enslave_ifindex(): the result is checked by reading
 * the link back.
 *
 * @return 0 on success; -NLE_OPNOTSUPP when the link did not get the bond
 *         as master; the error of the change or of reading the link back.
 */
extern int rtnl_link_bond_enslave_ifindex(struct nl_sock *sk, int master,
					  int slave);

/**
 * Make a link a port of a bond, given link objects.
 * @param sk	netlink route socket
 * @param master	the bond (its interface index is used)
 * @param slave	the link to enslave (its interface index is used)
 *
 * @return As rtnl_link_bond_enslave_ifindex().
 */
extern int rtnl_link_bond_enslave(struct nl_sock *sk, struct rtnl_link *master,
				  struct rtnl_link *slave);

/**
 * Remove a link from its bond.
 * @param sk	netlink route socket
 * @param slave	interface index of the port to release
 *
 * @return 0 on success; -NLE_OPNOTSUPP when the link kept its master; the
 *         error of the change or of reading the link back.
 */
extern int rtnl_link_bond_release_ifindex(struct nl_sock *sk, int slave);

/**
 * Remove a link from its bond, given a link object.
 * @param sk	netlink route socket
 * @param slave	the port to release (its interface index is used)
 *
 * @return As rtnl_link_bond_release_ifindex().
 */
extern int rtnl_link_bond_release(struct nl_sock *sk, struct rtnl_link *slave);

/**
 * Set the bonding mode.
 * @param link	bonding link
 * @param mode	BOND_MODE_* value (<linux/if_bonding.h>): BOND_MODE_ROUNDROBIN,
 *		BOND_MODE_ACTIVEBACKUP, BOND_MODE_XOR, BOND_MODE_BROADCAST,
 *		BOND_MODE_8023AD, BOND_MODE_TLB, BOND_MODE_ALB
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bond_set_mode(struct rtnl_link *link, uint8_t mode);

/**
 * Get the bonding mode.
 * @param link	bonding link
 * @param[out] mode	the BOND_MODE_* value
 *
 * @return 0 with *mode set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         mode is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bond_get_mode(struct rtnl_link *link, uint8_t *mode);

/**
 * Set the active port of a bond.
 * @param link	bonding link
 * @param active_slave	interface index of the port to make active (in
 *			active-backup and similar modes)
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bond_set_activeslave(struct rtnl_link *link,
					   int active_slave);

/**
 * Get the active port of a bond.
 * @param link	bonding link
 * @param[out] active_slave	interface index of the active port
 *
 * @return 0 with *active_slave set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when active_slave is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_bond_get_activeslave(struct rtnl_link *link,
					  int *active_slave);

/**
 * Set the transmit hash policy of a bond.
 * @param link	bonding link
 * @param type	BOND_XMIT_POLICY_* value: BOND_XMIT_POLICY_LAYER2,
 *		_LAYER34, _LAYER23, _ENCAP23, _ENCAP34, _VLAN_SRCMAC
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bond_set_hashing_type(struct rtnl_link *link,
					    uint8_t type);

/**
 * Get the transmit hash policy of a bond.
 * @param link	bonding link
 * @param[out] type	the BOND_XMIT_POLICY_* value
 *
 * @return 0 with *type set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         type is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bond_get_hashing_type(struct rtnl_link *link,
					   uint8_t *type);

/**
 * Set the MII link monitoring interval of a bond.
 * @param link	bonding link
 * @param miimon	interval in milliseconds; 0 turns MII monitoring off
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bond_set_miimon(struct rtnl_link *link, uint32_t miimon);

/**
 * Get the MII link monitoring interval of a bond.
 * @param link	bonding link
 * @param[out] miimon	interval in milliseconds
 *
 * @return 0 with *miimon set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         miimon is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bond_get_miimon(struct rtnl_link *link,
				     uint32_t *miimon);

/**
 * Set the minimum number of active ports for the bond to be up.
 * @param link	bonding link
 * @param min_links	number of ports that must be up for the bond to
 *			report carrier
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bond_set_min_links(struct rtnl_link *link,
					 uint32_t min_links);

/**
 * Get the minimum number of active ports for the bond to be up.
 * @param link	bonding link
 * @param[out] min_links	the number of ports
 *
 * @return 0 with *min_links set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when min_links is NULL, -NLE_OPNOTSUPP for a link of another
 *         kind.
 */
extern int rtnl_link_bond_get_min_links(struct rtnl_link *link,
					uint32_t *min_links);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
