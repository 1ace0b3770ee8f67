/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc flower: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_FLOWER_H_
#define NETLINK_ROUTE_CLS_FLOWER_H_

/**
 * @defgroup route_cls_flower Flower classifier (flower)
 * @ingroup route_cls
 * The flower classifier matches packets on fields of their headers
 * (Ethernet protocol and addresses, VLAN, DS field, IPv4 addresses),
 * each with an optional mask, and sends them through actions. The
 * getters return -NLE_MISSING_ATTR for a field that is not set.
 *
 * The functions take an object whose kind is "flower": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netinet/in.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Match the Ethernet protocol.
 * @param cls	classifier of kind "flower"
 * @param proto	protocol (ETH_P_IP, ETH_P_8021Q...) in host byte order
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_proto(struct rtnl_cls *cls, uint16_t proto);

/**
 * Get the Ethernet protocol a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] proto	the protocol in host byte order
 *
 * @return 0 with *proto set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_proto(struct rtnl_cls *cls, uint16_t *proto);

/**
 * Match the VLAN id.
 * @param cls	classifier of kind "flower"
 * @param vid	VLAN id, 0 to 4095
 *
 * @return 0; -NLE_RANGE for an id above 4095, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_vlan_id(struct rtnl_cls *cls, uint16_t vid);

/**
 * Get the VLAN id a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] vid	the VLAN id
 *
 * @return 0 with *vid set; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP
 *         for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_vlan_id(struct rtnl_cls *cls, uint16_t *vid);

/**
 * Match the VLAN priority.
 * @param cls	classifier of kind "flower"
 * @param prio	priority code point, 0 to 7
 *
 * @return 0; -NLE_RANGE for a priority above 7, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_vlan_prio(struct rtnl_cls *cls, uint8_t prio);

/**
 * Get the VLAN priority a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] prio	the priority
 *
 * @return 0 with *prio set; -NLE_MISSING_ATTR when not set,
 *         -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_vlan_prio(struct rtnl_cls *cls, uint8_t *prio);

/**
 * Match the protocol inside the VLAN tag.
 * @param cls	classifier of kind "flower" whose protocol is set (to a
 *		VLAN protocol)
 * @param ethtype	inner protocol in host byte order
 *
 * @return 0; -NLE_MISSING_ATTR when the protocol is not set,
 *         -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_vlan_ethtype(struct rtnl_cls *cls,
					uint16_t ethtype);

/**
 * Match the destination MAC address.
 * @param cls	classifier of kind "flower"
 * @param mac	6-byte address (copied)
 * @param mask	6-byte mask (copied); NULL matches the whole address
 *
 * @return 0; -NLE_FAILURE when mac is NULL, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_dst_mac(struct rtnl_cls *cls, unsigned char *mac,
				   unsigned char *mask);

/**
 * Get the destination MAC address a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] mac	6 bytes for the address (may be NULL)
 * @param[out] mask	6 bytes for the mask (may be NULL); all ones when no
 *			mask was set
 *
 * @return 0; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_dst_mac(struct rtnl_cls *cls, unsigned char *mac,
				   unsigned char *mask);

/**
 * Match the source MAC address.
 * @param cls	classifier of kind "flower"
 * @param mac	6-byte address (copied)
 * @param mask	6-byte mask (copied); NULL matches the whole address
 *
 * @return 0; -NLE_FAILURE when mac is NULL, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_src_mac(struct rtnl_cls *cls, unsigned char *mac,
				   unsigned char *mask);

/**
 * Get the source MAC address a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] mac	6 bytes for the address (may be NULL)
 * @param[out] mask	6 bytes for the mask (may be NULL); all ones when no
 *			mask was set
 *
 * @return 0; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_src_mac(struct rtnl_cls *cls, unsigned char *mac,
				   unsigned char *mask);

/**
 * Match the DSCP of IP packets.
 * @param cls	classifier of kind "flower"
 * @param dscp	DS code point (the upper 6 bits of the TOS byte)
 * @param mask	mask of the code point; 0 matches it whole
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_ip_dscp(struct rtnl_cls *cls, uint8_t dscp,
				   uint8_t mask);

/**
 * Get the DSCP a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] dscp	the code point
 * @param[out] mask	its mask (may be NULL; 0 when none was set)
 *
 * @return 0; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_ip_dscp(struct rtnl_cls *cls, uint8_t *dscp,
				   uint8_t *mask);

/**
 * Match the IPv4 source address.
 * @param cls	classifier of kind "flower"
 * @param addr	address in network byte order
 * @param mask	mask in network byte order; 0 matches the whole address
 *
 * @return 0; -NLE_FAILURE when addr is 0, -NLE_OPNOTSUPP for a classifier
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_ipv4_src(struct rtnl_cls *cls, in_addr_t addr,
				    in_addr_t mask);

/**
 * Get the IPv4 source address a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] addr	the address in network byte order (may be NULL)
 * @param[out] mask	its mask (may be NULL)
 *
 * @return 0; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_ipv4_src(struct rtnl_cls *cls, in_addr_t *addr,
				    in_addr_t *mask);

/**
 * Match the IPv4 destination address.
 * @param cls	classifier of kind "flower"
 * @param addr	address in network byte order
 * @param mask	mask in network byte order; 0 matches the whole address
 *
 * @return 0; -NLE_FAILURE when addr is 0, -NLE_OPNOTSUPP for a classifier
 *         of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_ipv4_dst(struct rtnl_cls *cls, in_addr_t addr,
				    in_addr_t mask);

/**
 * Get the IPv4 destination address a flower classifier matches.
 * @param cls	classifier of kind "flower"
 * @param[out] addr	the address in network byte order (may be NULL)
 * @param[out] mask	its mask (may be NULL)
 *
 * @return 0; -NLE_MISSING_ATTR when not set, -NLE_OPNOTSUPP for a
 *         classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_get_ipv4_dst(struct rtnl_cls *cls, in_addr_t *addr,
				    in_addr_t *mask);

/**
 * Set the flags of a flower classifier.
 * @param cls	classifier of kind "flower"
 * @param flags	TCA_CLS_FLAGS_* (TCA_CLS_FLAGS_SKIP_HW, _SKIP_SW...)
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_set_flags(struct rtnl_cls *cls, int flags);

/**
 * Append an action to a flower classifier.
 * @param cls	classifier of kind "flower"
 * @param act	action; the classifier takes its own reference
 *
 * @return 0; the errors of rtnl_act_append() (-NLE_INVAL when act is
 *         NULL, -NLE_RANGE...), -NLE_OPNOTSUPP for a classifier of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_flower_append_action(struct rtnl_cls *cls,
				     struct rtnl_act *act);

/**
 * Remove an action from a flower classifier.
 * @param cls	classifier of kind "flower"
 * @param act	action of the classifier; the classifier's reference is
 *		released
 *
 * @return 0; -NLE_INVAL when the classifier has no actions,
 *         -NLE_OBJ_NOTFOUND when act is not one of them, -NLE_OPNOTSUPP
 *         for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_flower_del_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Get the actions of a flower classifier.
 * @param cls	classifier of kind "flower"
 *
 * @return The first action of the list (rtnl_act_next() gives the others)
 *         with a reference taken for the caller, who releases it with
 *         rtnl_act_put(); NULL when there is none or for a classifier of
 *         another kind.
 */
extern struct rtnl_act *rtnl_flower_get_action(struct rtnl_cls *cls);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
