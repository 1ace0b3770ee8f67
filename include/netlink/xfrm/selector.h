/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Traffic selectors (struct xfrm_selector), a reference-counted value
 * object shared by security associations and policies.
 */

#ifndef NETLINK_XFRM_SEL_H_
#define NETLINK_XFRM_SEL_H_

/**
 * @defgroup xfrm_sel Selectors
 * @ingroup xfrm
 * Traffic selectors (struct xfrm_selector): the addresses, ports,
 * protocol, interface and user a security association or policy applies
 * to. A reference-counted value object shared by associations and
 * policies.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_sel;

/**
 * Allocate an empty selector (every field 0, no addresses).
 *
 * @return The selector holding one reference, to be released with
 *         xfrmnl_sel_put(); NULL when out of memory.
 */
extern struct xfrmnl_sel *xfrmnl_sel_alloc(void);

/**
 * Allocate a copy of a selector.
 * @param sel	selector to copy, its addresses included
 *
 * @return The copy holding one reference, to be released with xfrmnl_sel_put();
 *         NULL when out of memory.
 */
extern struct xfrmnl_sel *xfrmnl_sel_clone(struct xfrmnl_sel *sel);

/**
 * Take a reference on a selector.
 * @param sel	selector; release the reference with xfrmnl_sel_put()
 *
 * @return @a sel.
 */
extern struct xfrmnl_sel *xfrmnl_sel_get(struct xfrmnl_sel *sel);

/**
 * Drop a reference on a selector.
 * @param sel	selector, or NULL (nothing happens)
 *
 * The selector and its references on its addresses are freed with its last
 * reference.
 */
extern void xfrmnl_sel_put(struct xfrmnl_sel *sel);

/**
 * Tell whether a selector is shared.
 * @param sel	selector
 *
 * @return 1 when more than one reference is held on it, 0 otherwise.
 */
extern int xfrmnl_sel_shared(struct xfrmnl_sel *sel);

/**
 * Compare two selectors.
 * @param a	first selector, or NULL
 * @param b	second selector, or NULL
 *
 * Compares what identifies the traffic they match: the addresses, the
 * prefix lengths and the family.
 *
 * @return 0 when equal (or the same pointer), 1 otherwise.
 */
extern int xfrmnl_sel_cmp(struct xfrmnl_sel *a, struct xfrmnl_sel *b);

/**
 * Print a selector as association dumps do.
 * @param sel	selector
 * @param params	dump parameters
 */
extern void xfrmnl_sel_dump(struct xfrmnl_sel *sel,
			    struct nl_dump_params *params);

/**
 * Get the destination address and prefix of a selector.
 * @param sel	selector
 *
 * @return The address, owned by the selector (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_sel_get_daddr(struct xfrmnl_sel *sel);

/**
 * Set the destination address of a selector.
 * @param sel	selector
 * @param addr	address; the selector takes a reference and drops the one on the
 *		address it held. NULL clears it.
 *
 * The prefix length sent to the kernel is the one set with
 * xfrmnl_sel_set_prefixlen_d().
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_daddr(struct xfrmnl_sel *sel, struct nl_addr *addr);

/**
 * Get the source address and prefix of a selector.
 * @param sel	selector
 *
 * @return The address, owned by the selector (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_sel_get_saddr(struct xfrmnl_sel *sel);

/**
 * Set the source address of a selector.
 * @param sel	selector
 * @param addr	address; the selector takes a reference and drops the one on the
 *		address it held. NULL clears it.
 *
 * The prefix length sent to the kernel is the one set with
 * xfrmnl_sel_set_prefixlen_s().
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_saddr(struct xfrmnl_sel *sel, struct nl_addr *addr);

/**
 * Get the destination port of a selector.
 * @param sel	selector
 *
 * @return The port in host byte order; 0 when not set.
 */
extern int xfrmnl_sel_get_dport(struct xfrmnl_sel *sel);

/**
 * Set the destination port of a selector.
 * @param sel	selector
 * @param dport	port in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_dport(struct xfrmnl_sel *sel, unsigned int dport);

/**
 * Get the mask of the destination port of a selector.
 * @param sel	selector
 *
 * @return The mask in host byte order; 0 when not set.
 */
extern int xfrmnl_sel_get_dportmask(struct xfrmnl_sel *sel);

/**
 * Set the mask of the destination port of a selector.
 * @param sel	selector
 * @param dport_mask	mask in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_dportmask(struct xfrmnl_sel *sel,
				    unsigned int dport_mask);

/**
 * Get the source port of a selector.
 * @param sel	selector
 *
 * @return The port in host byte order; 0 when not set.
 */
extern int xfrmnl_sel_get_sport(struct xfrmnl_sel *sel);

/**
 * Set the source port of a selector.
 * @param sel	selector
 * @param sport	port in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_sport(struct xfrmnl_sel *sel, unsigned int sport);

/**
 * Get the mask of the source port of a selector.
 * @param sel	selector
 *
 * @return The mask in host byte order; 0 when not set.
 */
extern int xfrmnl_sel_get_sportmask(struct xfrmnl_sel *sel);

/**
 * Set the mask of the source port of a selector.
 * @param sel	selector
 * @param sport_mask	mask in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_sportmask(struct xfrmnl_sel *sel,
				    unsigned int sport_mask);

/**
 * Get the address family of a selector.
 * @param sel	selector
 *
 * @return The address family; 0 when not set.
 */
extern int xfrmnl_sel_get_family(struct xfrmnl_sel *sel);

/**
 * Set the address family of a selector.
 * @param sel	selector
 * @param family	address family (AF_INET, AF_INET6)
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_family(struct xfrmnl_sel *sel, unsigned int family);

/**
 * Get the prefix length of the destination address of a selector.
 * @param sel	selector
 *
 * @return The prefix length in bits; 0 when not set.
 */
extern int xfrmnl_sel_get_prefixlen_d(struct xfrmnl_sel *sel);

/**
 * Set the prefix length of the destination address of a selector.
 * @param sel	selector
 * @param prefixlen	prefix length in bits
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_prefixlen_d(struct xfrmnl_sel *sel,
				      unsigned int prefixlen);

/**
 * Get the prefix length of the source address of a selector.
 * @param sel	selector
 *
 * @return The prefix length in bits; 0 when not set.
 */
extern int xfrmnl_sel_get_prefixlen_s(struct xfrmnl_sel *sel);

/**
 * Set the prefix length of the source address of a selector.
 * @param sel	selector
 * @param prefixlen	prefix length in bits
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_prefixlen_s(struct xfrmnl_sel *sel,
				      unsigned int prefixlen);

/**
 * Get the IP protocol of a selector.
 * @param sel	selector
 *
 * @return The IP protocol number; 0 when not set.
 */
extern int xfrmnl_sel_get_proto(struct xfrmnl_sel *sel);

/**
 * Set the IP protocol of a selector.
 * @param sel	selector
 * @param protocol	IP protocol number (IPPROTO_TCP...), 0 for any
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_proto(struct xfrmnl_sel *sel, unsigned int protocol);

/**
 * Get the interface of a selector.
 * @param sel	selector
 *
 * @return The interface index; 0 when not set.
 */
extern int xfrmnl_sel_get_ifindex(struct xfrmnl_sel *sel);

/**
 * Set the interface of a selector.
 * @param sel	selector
 * @param ifindex	interface index, 0 for any
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_ifindex(struct xfrmnl_sel *sel, unsigned int ifindex);

/**
 * Get the user id of a selector.
 * @param sel	selector
 *
 * @return The user id of the owning process; 0 when not set.
 */
extern int xfrmnl_sel_get_userid(struct xfrmnl_sel *sel);

/**
 * Set the user id of a selector.
 * @param sel	selector
 * @param userid	user id of the owning process
 *
 * @return 0.
 */
extern int xfrmnl_sel_set_userid(struct xfrmnl_sel *sel, unsigned int userid);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
