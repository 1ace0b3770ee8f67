/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridge links: the bridge port data of links in the AF_BRIDGE family
 * (state, priority, cost, flags, hardware mode, VLANs, MST states) and
 * bridge creation.
 */

#ifndef NETLINK_LINK_BRIDGE_H_
#define NETLINK_LINK_BRIDGE_H_

/**
 * @defgroup route_link_bridge Bridges
 * @ingroup route_link
 * Bridges: the port data that links of the AF_BRIDGE family carry
 * (spanning tree state, priority, cost, port flags, hardware mode, VLANs,
 * multiple spanning tree states), and creating bridges (kind "bridge").
 *
 * A link has port data when it comes from a cache of the AF_BRIDGE family
 * (rtnl_link_alloc_cache(sk, AF_BRIDGE, ...)) or after
 * rtnl_link_set_family(link, AF_BRIDGE); the port functions return
 * -NLE_OPNOTSUPP on other links. Port changes are sent by rtnl_link_change()
 * as RTM_SETLINK in the AF_BRIDGE family. The bridge device's own settings
 * (IFLA_BR_*) are in <netlink/route/link/bridge_info.h>.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <linux/if_bridge.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Number of VLAN ids the bitmaps of rtnl_link_bridge_vlan cover. */
#define RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX 4096
/** Number of 32-bit words of a VLAN bitmap. */
#define RTNL_LINK_BRIDGE_VLAN_BITMAP_LEN (RTNL_LINK_BRIDGE_VLAN_BITMAP_MAX / 32)

/** Hardware mode: virtual Ethernet bridge, the device switches. */
#define RTNL_BRIDGE_HWMODE_VEB BRIDGE_MODE_VEB
/** Hardware mode: virtual Ethernet port aggregator, the adjacent switch
 * switches. */
#define RTNL_BRIDGE_HWMODE_VEPA BRIDGE_MODE_VEPA
/** Highest hardware mode rtnl_link_bridge_set_hwmode() takes. */
#define RTNL_BRIDGE_HWMODE_MAX BRIDGE_MODE_VEPA
/** Hardware mode not defined. */
#define RTNL_BRIDGE_HWMODE_UNDEF BRIDGE_MODE_UNDEF

/**
 * VLANs of a bridge port (rtnl_link_bridge_get_port_vlan()): VLAN id n is
 * bit n % 32 of word n / 32 of a bitmap.
 */
struct rtnl_link_bridge_vlan {
	/** port VLAN id, 0 when none */
	uint16_t pvid;
	/** VLANs of the port */
	uint32_t vlan_bitmap[RTNL_LINK_BRIDGE_VLAN_BITMAP_LEN];
	/** VLANs sent untagged */
	uint32_t untagged_bitmap[RTNL_LINK_BRIDGE_VLAN_BITMAP_LEN];
};

/** Bridge port flags (rtnl_link_bridge_set_flags()). */
enum rtnl_link_bridge_flags {
	RTNL_BRIDGE_HAIRPIN_MODE = 0x0001,
	RTNL_BRIDGE_BPDU_GUARD = 0x0002,
	RTNL_BRIDGE_ROOT_BLOCK = 0x0004,
	RTNL_BRIDGE_FAST_LEAVE = 0x0008,
	RTNL_BRIDGE_UNICAST_FLOOD = 0x0010,
	RTNL_BRIDGE_LEARNING = 0x0020,
	RTNL_BRIDGE_LEARNING_SYNC = 0x0040,
	RTNL_BRIDGE_PROXYARP = 0x0080,
	RTNL_BRIDGE_PROXYARP_WIFI = 0x0100,
	RTNL_BRIDGE_MCAST_FLOOD = 0x0200,
	RTNL_BRIDGE_MCAST_TO_UCAST = 0x0400,
	RTNL_BRIDGE_VLAN_TUNNEL = 0x0800,
	RTNL_BRIDGE_BCAST_FLOOD = 0x1000,
	RTNL_BRIDGE_NEIGH_SUPPRESS = 0x2000,
	RTNL_BRIDGE_ISOLATED = 0x4000,
	RTNL_BRIDGE_LOCKED = 0x8000,
	RTNL_BRIDGE_MAB = 0x10000,
	RTNL_BRIDGE_NEIGH_VLAN_SUPPRESS = 0x20000,
};

/**
 * Allocate a link object of kind "bridge".
 *
 * The object describes a bridge device (its own settings are in
 * <netlink/route/link/bridge_info.h>); its family is AF_UNSPEC, so the
 * port functions of this module do not apply to it.
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_bridge_alloc(void);

/**
 * Tell whether a link carries bridge port data.
 * @param link	link object
 *
 * @return 1 when link is of the AF_BRIDGE family with bridge port data (a
 *         link of a bridge cache, or after rtnl_link_set_family(link,
 *         AF_BRIDGE)), 0 otherwise.
 */
extern int rtnl_link_is_bridge(struct rtnl_link *link);

/**
 * Tell whether the kernel reported the extended port data of a link.
 * @param link	bridge port link
 *
 * Very old kernels report only the port state, as a single byte; others
 * report the nested IFLA_BRPORT_* attributes (state, priority, cost,
 * flags).
 *
 * @return 1 when the nested port data were reported, 0 otherwise (also
 *         for a link without bridge port data).
 */
extern int rtnl_link_bridge_has_ext_info(struct rtnl_link *link);

/**
 * Set the spanning tree state of a bridge port.
 * @param link	bridge port link
 * @param state	BR_STATE_DISABLED, _LISTENING, _LEARNING, _FORWARDING or
 *		_BLOCKING (<linux/if_bridge.h>)
 *
 * @return 0; -NLE_INVAL for another state, -NLE_OPNOTSUPP when link has
 *         no bridge port data (see rtnl_link_is_bridge()).
 */
extern int rtnl_link_bridge_set_port_state(struct rtnl_link *link,
					   uint8_t state);

/**
 * Get the spanning tree state of a bridge port.
 * @param link	bridge port link
 *
 * @return The BR_STATE_* state (0 when not reported); -NLE_OPNOTSUPP when
 *         link has no bridge port data.
 */
extern int rtnl_link_bridge_get_port_state(struct rtnl_link *link);

/**
 * Set the priority of a bridge port.
 * @param link	bridge port link
 * @param prio	port priority for the spanning tree
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_priority(struct rtnl_link *link,
					 uint16_t prio);

/**
 * Get the priority of a bridge port.
 * @param link	bridge port link
 *
 * @return The port priority (0 when not reported); -NLE_OPNOTSUPP when
 *         link has no bridge port data.
 */
extern int rtnl_link_bridge_get_priority(struct rtnl_link *link);

/**
 * Set the path cost of a bridge port.
 * @param link	bridge port link
 * @param cost	spanning tree path cost
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_cost(struct rtnl_link *link, uint32_t cost);

/**
 * Get the path cost of a bridge port.
 * @param link	bridge port link
 * @param[out] cost	spanning tree path cost (0 when not reported)
 *
 * @return 0 with *cost set; -NLE_INVAL when cost is NULL, -NLE_OPNOTSUPP
 *         when link has no bridge port data.
 */
extern int rtnl_link_bridge_get_cost(struct rtnl_link *link, uint32_t *cost);

/**
 * Turn bridge port flags off.
 * @param link	bridge port link
 * @param flags	RTNL_BRIDGE_* flags to clear
 *
 * The flags are sent as off in the next change; flags neither set nor
 * cleared on the object are not sent.
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_unset_flags(struct rtnl_link *link,
					unsigned int flags);

/**
 * Turn bridge port flags on.
 * @param link	bridge port link
 * @param flags	RTNL_BRIDGE_* flags to set
 *
 * The flags are sent as on in the next change.
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_flags(struct rtnl_link *link,
				      unsigned int flags);

/**
 * Get the bridge port flags that are on.
 * @param link	bridge port link
 *
 * @return The RTNL_BRIDGE_* flags (0 when none); -NLE_OPNOTSUPP when link
 *         has no bridge port data.
 */
extern int rtnl_link_bridge_get_flags(struct rtnl_link *link);

/**
 * Address a bridge port change to the port's own device.
 * @param link	bridge port link
 *
 * Sets BRIDGE_FLAGS_SELF: the change (VLANs, hardware mode) is handled by
 * the device's driver, an embedded switch or SR-IOV device, rather than
 * by the software bridge.
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_self(struct rtnl_link *link);

/**
 * Address a bridge port change to the bridge the port belongs to.
 * @param link	bridge port link
 *
 * Sets BRIDGE_FLAGS_MASTER (the kernel's default when neither is set);
 * with rtnl_link_bridge_set_self() as well, both handle the change.
 *
 * @return 0; -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_master(struct rtnl_link *link);

/**
 * Get the hardware mode of a bridge port.
 * @param link	bridge port link
 * @param[out] hwmode	RTNL_BRIDGE_HWMODE_VEB, _VEPA or _UNDEF
 *
 * @return 0 with *hwmode set; -NLE_NOATTR when not reported, -NLE_INVAL
 *         when hwmode is NULL, -NLE_OPNOTSUPP when link has no bridge port
 *         data.
 */
extern int rtnl_link_bridge_get_hwmode(struct rtnl_link *link,
				       uint16_t *hwmode);

/**
 * Set the hardware mode of a bridge port.
 * @param link	bridge port link
 * @param hwmode	RTNL_BRIDGE_HWMODE_VEB (switch between VFs in the
 *			device) or RTNL_BRIDGE_HWMODE_VEPA (hairpin through
 *			the adjacent switch)
 *
 * Sent with rtnl_link_bridge_set_self() to a device with an embedded
 * switch.
 *
 * @return 0; -NLE_INVAL for a mode above RTNL_BRIDGE_HWMODE_MAX,
 *         -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_hwmode(struct rtnl_link *link,
				       uint16_t hwmode);

/**
 * Name bridge port flags.
 * @param flags	RTNL_BRIDGE_* flags
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("hairpin_mode", "bpdu_guard", "root_block", "fast_leave",
 *         "flood", "learning", "learning_sync", "proxy_arp"...), empty
 *         when none is set.
 */
extern char *rtnl_link_bridge_flags2str(int flags, char *buf, size_t len);

/**
 * Translate bridge port flag names to flags.
 * @param name	comma separated names as rtnl_link_bridge_flags2str()
 *		writes them (case ignored)
 *
 * @return The RTNL_BRIDGE_* flags named; unknown names are ignored.
 */
extern int rtnl_link_bridge_str2flags(const char *name);

/**
 * Name a spanning tree port state.
 * @param st	BR_STATE_* state
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "disabled", "listening", "learning", "forwarding"
 *         or "blocking", or the value in hexadecimal.
 */
extern char *rtnl_link_bridge_portstate2str(int st, char *buf, size_t len);

/**
 * Look up a spanning tree port state by name.
 * @param name	name as rtnl_link_bridge_portstate2str() gives it (case
 *		ignored)
 *
 * @return The BR_STATE_* state; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_bridge_str2portstate(const char *name);

/**
 * Name a bridge hardware mode.
 * @param st	RTNL_BRIDGE_HWMODE_* mode
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "veb", "vepa" or "undef", or the value in
 *         hexadecimal.
 */
extern char *rtnl_link_bridge_hwmode2str(uint16_t st, char *buf, size_t len);

/**
 * Look up a bridge hardware mode by name.
 * @param name	"veb", "vepa" or "undef" (case ignored)
 *
 * @return The RTNL_BRIDGE_HWMODE_* mode; for an unknown name the error
 *         -NLE_OBJ_NOTFOUND converted to uint16_t (65524), for an empty
 *         one -NLE_INVAL converted.
 */
extern uint16_t rtnl_link_bridge_str2hwmode(const char *name);

/**
 * Create a bridge in the kernel.
 * @param sk	netlink route socket
 * @param name	name of the new bridge, or NULL for a name the kernel picks
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when the name is taken...).
 */
extern int rtnl_link_bridge_add(struct nl_sock *sk, const char *name);

/**
 * Turn VLAN filtering on for a bridge.
 * @param link	link of kind "bridge" (rtnl_link_bridge_alloc())
 *
 * Same as rtnl_link_bridge_set_vlan_filtering(link, 1): the bridge then
 * forwards by the VLANs of its ports.
 *
 * @return 0; -NLE_OPNOTSUPP when link is not of kind "bridge".
 */
extern int rtnl_link_bridge_enable_vlan(struct rtnl_link *link);

/**
 * Add a range of VLANs to a bridge port.
 * @param link	bridge port link
 * @param start	first VLAN id, 1 to 4094
 * @param end	last VLAN id, start to 4094
 * @param untagged	nonzero to send frames of these VLANs untagged
 *
 * @return 0; -NLE_INVAL for a bad range, -NLE_OPNOTSUPP when link has no
 *         bridge port data.
 */
extern int rtnl_link_bridge_set_port_vlan_map_range(struct rtnl_link *link,
						    uint16_t start,
						    uint16_t end,
						    int untagged);

/**
 * Remove a range of VLANs from a bridge port.
 * @param link	bridge port link
 * @param start	first VLAN id, 1 to 4094
 * @param end	last VLAN id, start to 4094
 *
 * A port VLAN id in the range is cleared too.
 *
 * @return 0; -NLE_INVAL for a bad range, -NLE_OPNOTSUPP when link has no
 *         bridge port data.
 */
extern int rtnl_link_bridge_unset_port_vlan_map_range(struct rtnl_link *link,
						      uint16_t start,
						      uint16_t end);

/**
 * Set the port VLAN id of a bridge port.
 * @param link	bridge port link
 * @param pvid	VLAN id given to untagged frames received on the port, 1 to
 *		4094; the VLAN becomes one of the port's, untagged on egress
 *
 * @return 0; -NLE_INVAL for an id out of range, -NLE_OPNOTSUPP when link
 *         has no bridge port data.
 */
extern int rtnl_link_bridge_set_port_vlan_pvid(struct rtnl_link *link,
					       uint16_t pvid);

/**
 * Get the port VLAN id of a bridge port.
 * @param link	bridge port link
 *
 * @return The port VLAN id; -EINVAL (an errno value) when the port has no
 *         VLAN information, -NLE_OPNOTSUPP when link has no bridge port
 *         data.
 */
extern int rtnl_link_bridge_pvid(struct rtnl_link *link);

/**
 * Tell whether a bridge port has VLANs.
 * @param link	bridge port link
 *
 * @return 1 when the port has a VLAN or a port VLAN id, 0 otherwise;
 *         -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_has_vlan(struct rtnl_link *link);

/**
 * Get the VLANs of a bridge port.
 * @param link	bridge port link
 *
 * @return The port's VLAN bitmaps, owned by link (valid while link lives
 *         and its VLANs are not changed); NULL when the port has no VLAN
 *         or link has no bridge port data.
 */
extern struct rtnl_link_bridge_vlan *
rtnl_link_bridge_get_port_vlan(struct rtnl_link *link);

/**
 * Set the state of a bridge port in a multiple spanning tree instance.
 * @param link	bridge port link
 * @param instance	MST instance id (MSTI)
 * @param state	BR_STATE_* state of the port in that instance
 *
 * Replaces the port's state in that instance when it has one.
 *
 * @return 0; -NLE_INVAL for an unknown state or a NULL link, -NLE_NOMEM,
 *         -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_set_mst_port_state(struct rtnl_link *link,
					       uint16_t instance,
					       uint8_t state);

/**
 * Get the state of a bridge port in a multiple spanning tree instance.
 * @param link	bridge port link
 * @param instance	MST instance id (MSTI)
 *
 * @return The BR_STATE_* state; -NLE_OBJ_NOTFOUND when the port has no
 *         state for that instance, -NLE_INVAL for a NULL link,
 *         -NLE_OPNOTSUPP when link has no bridge port data.
 */
extern int rtnl_link_bridge_get_mst_port_state(struct rtnl_link *link,
					       uint16_t instance);

/**
 * Forget the state of a bridge port in a multiple spanning tree instance.
 * @param link	bridge port link
 * @param instance	MST instance id (MSTI)
 *
 * @return 0; -NLE_OBJ_NOTFOUND when the port has no state for that
 *         instance, -NLE_INVAL for a NULL link, -NLE_OPNOTSUPP when link
 *         has no bridge port data.
 */
extern int rtnl_link_bridge_del_mst_port_state(struct rtnl_link *link,
					       uint16_t instance);

/**
 * Forget the states of a bridge port in all MST instances.
 * @param link	bridge port link
 *
 * @return 0; -NLE_INVAL for a NULL link, -NLE_OPNOTSUPP when link has no
 *         bridge port data.
 */
extern int rtnl_link_bridge_clear_mst_port_state_info(struct rtnl_link *link);

/**
 * Call a function for each MST state of a bridge port.
 * @param link	bridge port link
 * @param cb	function called with the instance id, the port's BR_STATE_*
 *		state in it and arg
 * @param arg	passed to cb
 *
 * cb must not change the port's MST states.
 *
 * @return 0; -NLE_INVAL when link or cb is NULL, -NLE_OPNOTSUPP when link
 *         has no bridge port data.
 */
extern int rtnl_link_bridge_foreach_mst_entry(
	struct rtnl_link *link,
	void (*cb)(uint16_t instance, uint8_t state, void *arg), void *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
