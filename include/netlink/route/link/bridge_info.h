/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridge links of kind "bridge": the bridge's own settings (IFLA_BR_*).
 */

#ifndef NETLINK_LINK_BRIDGE_INFO_H_
#define NETLINK_LINK_BRIDGE_INFO_H_

#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

extern void rtnl_link_bridge_set_ageing_time(struct rtnl_link *, uint32_t);
extern int rtnl_link_bridge_get_ageing_time(struct rtnl_link *, uint32_t *);

extern void rtnl_link_bridge_set_vlan_filtering(struct rtnl_link *, uint8_t);
extern int rtnl_link_bridge_get_vlan_filtering(struct rtnl_link *, uint8_t *);

extern void rtnl_link_bridge_set_vlan_protocol(struct rtnl_link *, uint16_t);
extern int rtnl_link_bridge_get_vlan_protocol(struct rtnl_link *, uint16_t *);

extern void rtnl_link_bridge_set_vlan_default_pvid(struct rtnl_link *,
						   uint16_t);
extern int rtnl_link_bridge_get_vlan_default_pvid(struct rtnl_link *,
						  uint16_t *);

extern void rtnl_link_bridge_set_vlan_stats_enabled(struct rtnl_link *,
						    uint8_t);
extern int rtnl_link_bridge_get_vlan_stats_enabled(struct rtnl_link *,
						   uint8_t *);

extern void rtnl_link_bridge_set_nf_call_iptables(struct rtnl_link *, uint8_t);
extern int rtnl_link_bridge_get_nf_call_iptables(struct rtnl_link *,
						 uint8_t *);

extern void rtnl_link_bridge_set_nf_call_ip6tables(struct rtnl_link *,
						   uint8_t);
extern int rtnl_link_bridge_get_nf_call_ip6tables(struct rtnl_link *,
						  uint8_t *);

extern void rtnl_link_bridge_set_nf_call_arptables(struct rtnl_link *,
						   uint8_t);
extern int rtnl_link_bridge_get_nf_call_arptables(struct rtnl_link *,
						  uint8_t *);

extern void rtnl_link_bridge_set_stp_state(struct rtnl_link *, uint32_t);
extern int rtnl_link_bridge_get_stp_state(struct rtnl_link *, uint32_t *);

extern void rtnl_link_bridge_set_mcast_router(struct rtnl_link *, uint8_t);
extern int rtnl_link_bridge_get_mcast_router(struct rtnl_link *, uint8_t *);

extern void rtnl_link_bridge_set_mcast_snooping(struct rtnl_link *, uint8_t);
extern int rtnl_link_bridge_get_mcast_snooping(struct rtnl_link *, uint8_t *);

extern int rtnl_link_bridge_set_boolopt(struct rtnl_link *, int, int);
extern int rtnl_link_bridge_get_boolopt(struct rtnl_link *, int);

#ifdef __cplusplus
}
#endif

#endif
