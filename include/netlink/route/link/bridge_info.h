/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridge links of kind "bridge": the bridge's own settings (IFLA_BR_*).
 */

#ifndef NETLINK_LINK_BRIDGE_INFO_H_
#define NETLINK_LINK_BRIDGE_INFO_H_

/**
 * @addtogroup route_link_bridge
 * Bridge devices, kind "bridge": the settings of the bridge itself
 * (IFLA_BR_*), on a link from rtnl_link_bridge_alloc() or a bridge read
 * from the kernel.
 * @{
 */

#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the ageing time of learnt addresses of a bridge.
 * @param link	link of kind "bridge"
 * @param ageing_time	time in hundredths of a second (USER_HZ) after which an
 *			unused forwarding entry expires
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_ageing_time(struct rtnl_link *link,
					     uint32_t ageing_time);

/**
 * Get the ageing time of learnt addresses of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] ageing_time	the value, as
 *				rtnl_link_bridge_set_ageing_time() takes it
 *
 * @return 0 with *ageing_time set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_ageing_time(struct rtnl_link *link,
					    uint32_t *ageing_time);

/**
 * Set the VLAN filtering setting of a bridge.
 * @param link	link of kind "bridge"
 * @param vlan_filtering	1 to forward by the VLANs of the ports, 0 to
 *			ignore VLANs
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_vlan_filtering(struct rtnl_link *link,
						uint8_t vlan_filtering);

/**
 * Get the VLAN filtering setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] vlan_filtering	the value, as
 *				rtnl_link_bridge_set_vlan_filtering() takes it
 *
 * @return 0 with *vlan_filtering set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_vlan_filtering(struct rtnl_link *link,
					       uint8_t *vlan_filtering);

/**
 * Set the VLAN protocol of a bridge.
 * @param link	link of kind "bridge"
 * @param vlan_protocol	ETH_P_8021Q or ETH_P_8021AD, host byte order
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_vlan_protocol(struct rtnl_link *link,
					       uint16_t vlan_protocol);

/**
 * Get the VLAN protocol of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] vlan_protocol	the value, as
 *				rtnl_link_bridge_set_vlan_protocol() takes it
 *
 * @return 0 with *vlan_protocol set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_vlan_protocol(struct rtnl_link *link,
					      uint16_t *vlan_protocol);

/**
 * Set the default port VLAN id of a bridge.
 * @param link	link of kind "bridge"
 * @param default_pvid	VLAN id new ports get as port VLAN id, 0 for none
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_vlan_default_pvid(struct rtnl_link *link,
						   uint16_t default_pvid);

/**
 * Get the default port VLAN id of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] default_pvid	the value, as
 *				rtnl_link_bridge_set_vlan_default_pvid() takes
 *				it
 *
 * @return 0 with *default_pvid set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_vlan_default_pvid(struct rtnl_link *link,
						  uint16_t *default_pvid);

/**
 * Set the per-VLAN statistics setting of a bridge.
 * @param link	link of kind "bridge"
 * @param vlan_stats_enabled	1 to count packets per VLAN, 0 not to
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_vlan_stats_enabled(struct rtnl_link *link,
						    uint8_t vlan_stats_enabled);

/**
 * Get the per-VLAN statistics setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] vlan_stats_enabled	the value, as
 *				rtnl_link_bridge_set_vlan_stats_enabled() takes
 *				it
 *
 * @return 0 with *vlan_stats_enabled set; -NLE_NOATTR when not set,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bridge_get_vlan_stats_enabled(struct rtnl_link *link,
						   uint8_t *vlan_stats_enabled);

/**
 * Set the iptables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param call_enabled	1 to pass bridged IPv4 traffic through iptables, 0 not
 *			to
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_nf_call_iptables(struct rtnl_link *link,
						  uint8_t call_enabled);

/**
 * Get the iptables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] call_enabled	the value, as
 *				rtnl_link_bridge_set_nf_call_iptables() takes
 *				it
 *
 * @return 0 with *call_enabled set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_nf_call_iptables(struct rtnl_link *link,
						 uint8_t *call_enabled);

/**
 * Set the ip6tables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param call_enabled	1 to pass bridged IPv6 traffic through ip6tables, 0 not
 *			to
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_nf_call_ip6tables(struct rtnl_link *link,
						   uint8_t call_enabled);

/**
 * Get the ip6tables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] call_enabled	the value, as
 *				rtnl_link_bridge_set_nf_call_ip6tables() takes
 *				it
 *
 * @return 0 with *call_enabled set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_nf_call_ip6tables(struct rtnl_link *link,
						  uint8_t *call_enabled);

/**
 * Set the arptables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param call_enabled	1 to pass bridged ARP traffic through arptables, 0 not
 *			to
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_nf_call_arptables(struct rtnl_link *link,
						   uint8_t call_enabled);

/**
 * Get the arptables setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] call_enabled	the value, as
 *				rtnl_link_bridge_set_nf_call_arptables() takes
 *				it
 *
 * @return 0 with *call_enabled set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_bridge_get_nf_call_arptables(struct rtnl_link *link,
						  uint8_t *call_enabled);

/**
 * Set the spanning tree state of a bridge.
 * @param link	link of kind "bridge"
 * @param stp_state	0: no spanning tree, 1: the kernel's STP, 2: a user
 *			space STP daemon
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_stp_state(struct rtnl_link *link,
					   uint32_t stp_state);

/**
 * Get the spanning tree state of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] stp_state	the value, as rtnl_link_bridge_set_stp_state()
 *			takes it
 *
 * @return 0 with *stp_state set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for
 *         a link of another kind.
 */
extern int rtnl_link_bridge_get_stp_state(struct rtnl_link *link,
					  uint32_t *stp_state);

/**
 * Set the multicast router setting of a bridge.
 * @param link	link of kind "bridge"
 * @param type	0: never a multicast router port, 1: learnt from queries, 2:
 *		always
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_mcast_router(struct rtnl_link *link,
					      uint8_t type);

/**
 * Get the multicast router setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] type	the value, as rtnl_link_bridge_set_mcast_router() takes
 *			it
 *
 * @return 0 with *type set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_bridge_get_mcast_router(struct rtnl_link *link,
					     uint8_t *type);

/**
 * Set the multicast snooping setting of a bridge.
 * @param link	link of kind "bridge"
 * @param value	1 to forward multicast by IGMP/MLD snooping, 0 to flood it
 *
 * Does nothing on a link of another kind.
 */
extern void rtnl_link_bridge_set_mcast_snooping(struct rtnl_link *link,
						uint8_t value);

/**
 * Get the multicast snooping setting of a bridge.
 * @param link	link of kind "bridge"
 * @param[out] value	the value, as rtnl_link_bridge_set_mcast_snooping()
 *			takes it
 *
 * @return 0 with *value set; -NLE_NOATTR when not set, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_bridge_get_mcast_snooping(struct rtnl_link *link,
					       uint8_t *value);

/**
 * Set a boolean option of a bridge.
 * @param link	link of kind "bridge"
 * @param opt	option: BR_BOOLOPT_NO_LL_LEARN, BR_BOOLOPT_MCAST_VLAN_SNOOPING,
 *		BR_BOOLOPT_MST_ENABLE... (<linux/if_bridge.h>), 0 to 31
 * @param value	1 to turn the option on, 0 to turn it off
 *
 * The options set are sent together in IFLA_BR_MULTI_BOOLOPT; the others
 * keep their state in the kernel.
 *
 * @return 0; -NLE_INVAL when opt is out of range or value is neither 0
 *         nor 1, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bridge_set_boolopt(struct rtnl_link *link, int opt,
					int value);

/**
 * Get a boolean option of a bridge.
 * @param link	link of kind "bridge"
 * @param opt	option, BR_BOOLOPT_*, 0 to 31
 *
 * @return 1 when the option is on, 0 when off; -NLE_NOATTR when it is not
 *         set or reported, -NLE_INVAL when opt is out of range,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_bridge_get_boolopt(struct rtnl_link *link, int opt);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
