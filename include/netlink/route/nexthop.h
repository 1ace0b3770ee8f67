/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Next hops of a route (RTA_GATEWAY/RTA_OIF or RTA_MULTIPATH) and their
 * lightweight tunnel encapsulation.
 */

#ifndef NETLINK_ROUTE_NEXTHOP_H_
#define NETLINK_ROUTE_NEXTHOP_H_

/**
 * @defgroup route_nexthop Route next hops
 * @ingroup route_route
 * The next hops of a route (struct rtnl_nexthop): output interface,
 * gateway, weight, flags, realms, MPLS destination labels, a gateway of
 * another family (RTA_VIA), and their lightweight tunnel encapsulation
 * (struct rtnl_nh_encap: MPLS, IPv4, IPv6 or ILA), which nexthop objects
 * (@ref route_nh) use too.
 *
 * A next hop is not reference counted: it belongs to the route it was
 * added to with rtnl_route_add_nexthop(), which frees it, or else to the
 * caller, who frees it with rtnl_route_nh_free(). An encapsulation
 * belongs to the next hop (or nexthop object) it was given to.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/addr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_nexthop;
struct rtnl_nh_encap;

/** Value of dp_ivar in the dump parameters of rtnl_route_nh_dump(): which
 *  route dump prints the next hop. */
enum {
	NH_DUMP_FROM_ONELINE = -2,	/**< the one-line route dump */
	NH_DUMP_FROM_DETAILS = -1,	/**< the detailed route dump */
	NH_DUMP_FROM_ENV = 0,		/**< the environment dump */
	/* > 0 reserved for nexthop index */
};

/**
 * Allocate an empty next hop.
 *
 * @return The new next hop, owned by the caller until it is added to a
 *         route with rtnl_route_add_nexthop(), else freed with
 *         rtnl_route_nh_free(); NULL when out of memory.
 */
extern struct rtnl_nexthop *rtnl_route_nh_alloc(void);

/**
 * Copy a next hop.
 * @param src	next hop to copy
 *
 * The copy has copies of the addresses and of the encapsulation, and
 * belongs to no route.
 *
 * @return The copy, owned by the caller (see rtnl_route_nh_alloc()); NULL
 *         when out of memory.
 */
extern struct rtnl_nexthop *rtnl_route_nh_clone(struct rtnl_nexthop *src);

/**
 * Free a next hop.
 * @param nh	next hop that belongs to no route (NULL is ignored)
 *
 * Frees its addresses and encapsulation too. A next hop of a route is
 * freed by the route; remove it with rtnl_route_remove_nexthop() first
 * to free it on its own.
 */
extern void rtnl_route_nh_free(struct rtnl_nexthop *nh);

/**
 * Compare attributes of two next hops.
 * @param a	next hop
 * @param b	next hop (the filter, when loose)
 * @param attrs	mask of the attributes to compare (~0 for all)
 * @param loose	0 to compare the flags exactly; non-zero to compare only
 *		the flags b set or cleared with rtnl_route_nh_set_flags()
 *		and rtnl_route_nh_unset_flags()
 *
 * Attributes set in one next hop and not in the other differ.
 *
 * @return 0 when the compared attributes are equal; otherwise a non-zero
 *         mask of the attributes that differ.
 */
extern int rtnl_route_nh_compare(struct rtnl_nexthop *a,
				 struct rtnl_nexthop *b, uint32_t attrs,
				 int loose);

/**
 * Tell whether two next hops describe the same path.
 * @param a	next hop
 * @param b	next hop
 *
 * Compares the attributes that identify a path: interface, gateway,
 * realms, MPLS destination, RTA_VIA address and encapsulation. Weight and
 * flags are not compared.
 *
 * @return Non-zero when they are the same; 0 otherwise.
 */
extern int rtnl_route_nh_identical(struct rtnl_nexthop *a,
				   struct rtnl_nexthop *b);

/**
 * Print a next hop.
 * @param nh	next hop
 * @param dp	dump parameters: dp_type selects the detail and dp_ivar
 *		which route dump prints it (NH_DUMP_FROM_ONELINE,
 *		NH_DUMP_FROM_DETAILS, NH_DUMP_FROM_ENV, or a next hop's
 *		number in an environment dump)
 *
 * Route dumps call it for each next hop; a detailed dump prints next
 * hops only when dp_ivar is NH_DUMP_FROM_DETAILS.
 */
extern void rtnl_route_nh_dump(struct rtnl_nexthop *nh,
			       struct nl_dump_params *dp);

/**
 * Set the weight of a next hop.
 * @param nh	next hop
 * @param weight	weight as the kernel carries it (rtnh_hops): the
 *			weight of ip-route minus one
 *
 * Only multipath routes carry the weight of their next hops.
 */
extern void rtnl_route_nh_set_weight(struct rtnl_nexthop *nh, uint8_t weight);

/**
 * Get the weight of a next hop.
 * @param nh	next hop
 *
 * @return The weight (rtnh_hops); 0 when not set.
 */
extern uint8_t rtnl_route_nh_get_weight(struct rtnl_nexthop *nh);

/**
 * Set the output interface of a next hop.
 * @param nh	next hop
 * @param ifindex	interface index
 */
extern void rtnl_route_nh_set_ifindex(struct rtnl_nexthop *nh, int ifindex);

/**
 * Get the output interface of a next hop.
 * @param nh	next hop
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_route_nh_get_ifindex(struct rtnl_nexthop *nh);

/**
 * Set the gateway of a next hop.
 * @param nh	next hop
 * @param addr	gateway address of the route's family; the next hop takes
 *		its own reference and releases the previous gateway. NULL
 *		removes the gateway.
 */
extern void rtnl_route_nh_set_gateway(struct rtnl_nexthop *nh,
				      struct nl_addr *addr);

/**
 * Get the gateway of a next hop.
 * @param nh	next hop
 *
 * @return The gateway, owned by the next hop (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *rtnl_route_nh_get_gateway(struct rtnl_nexthop *nh);

/**
 * Set next hop flags.
 * @param nh	next hop
 * @param flags	RTNH_F_* bits to set (RTNH_F_ONLINK...); the others keep
 *		their value
 */
extern void rtnl_route_nh_set_flags(struct rtnl_nexthop *nh,
				    unsigned int flags);

/**
 * Clear next hop flags.
 * @param nh	next hop
 * @param flags	RTNH_F_* bits to clear
 */
extern void rtnl_route_nh_unset_flags(struct rtnl_nexthop *nh,
				      unsigned int flags);

/**
 * Get the flags of a next hop.
 * @param nh	next hop
 *
 * @return The RTNH_F_* bits; 0 when none is set.
 */
extern unsigned int rtnl_route_nh_get_flags(struct rtnl_nexthop *nh);

/**
 * Set the realms of a next hop (RTA_FLOW).
 * @param nh	next hop
 * @param realms	source realm in the upper 16 bits, destination realm
 *			in the lower 16 bits
 */
extern void rtnl_route_nh_set_realms(struct rtnl_nexthop *nh,
				     uint32_t realms);

/**
 * Get the realms of a next hop.
 * @param nh	next hop
 *
 * @return The realms; 0 when not set.
 */
extern uint32_t rtnl_route_nh_get_realms(struct rtnl_nexthop *nh);

/**
 * Set the MPLS labels a next hop swaps in (RTA_NEWDST, MPLS routes).
 * @param nh	next hop
 * @param addr	label stack (AF_MPLS address); the next hop takes its own
 *		reference. NULL removes it.
 *
 * @return 0.
 */
extern int rtnl_route_nh_set_newdst(struct rtnl_nexthop *nh,
				    struct nl_addr *addr);

/**
 * Get the MPLS labels a next hop swaps in.
 * @param nh	next hop
 *
 * @return The label stack, owned by the next hop; NULL when not set.
 */
extern struct nl_addr *rtnl_route_nh_get_newdst(struct rtnl_nexthop *nh);

/**
 * Set a gateway of another address family (RTA_VIA).
 * @param nh	next hop
 * @param addr	gateway (an IPv4 or IPv6 address for an MPLS route, an IPv6
 *		gateway for an IPv4 route); the next hop takes its own
 *		reference. NULL removes it.
 *
 * @return 0.
 */
extern int rtnl_route_nh_set_via(struct rtnl_nexthop *nh, struct nl_addr *addr);

/**
 * Get the RTA_VIA gateway of a next hop.
 * @param nh	next hop
 *
 * @return The gateway, owned by the next hop; NULL when not set.
 */
extern struct nl_addr *rtnl_route_nh_get_via(struct rtnl_nexthop *nh);

/**
 * Set the encapsulation of a next hop.
 * @param nh	next hop
 * @param encap	encapsulation from rtnl_nh_encap_alloc(), set up with
 *		rtnl_nh_encap_mpls() or another type's function; the next
 *		hop takes ownership and frees it with itself. NULL removes
 *		the encapsulation.
 *
 * The previous encapsulation is freed.
 *
 * @return 0.
 */
extern int rtnl_route_nh_set_encap(struct rtnl_nexthop *nh,
				   struct rtnl_nh_encap *encap);

/**
 * Get the encapsulation of a next hop.
 * @param nh	next hop
 *
 * @return The encapsulation, owned by the next hop and valid until it is
 *         replaced or the next hop freed; NULL when there is none.
 */
extern struct rtnl_nh_encap *rtnl_route_nh_get_encap(struct rtnl_nexthop *nh);

/**
 * Translate next hop flags to their names.
 * @param flags	RTNH_F_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * Writes the names of the bits set ("dead", "pervasive", "onlink"),
 * separated by commas.
 *
 * @return buf.
 */
extern char *rtnl_route_nh_flags2str(int flags, char *buf, size_t len);

/**
 * Translate names of next hop flags to their bits.
 * @param name	comma separated names as rtnl_route_nh_flags2str() writes
 *		them (case is ignored)
 *
 * @return The RTNH_F_* bits; 0 when no name is known.
 */
extern int rtnl_route_nh_str2flags(const char *name);

/**
 * Allocate an empty encapsulation.
 *
 * Its type is LWTUNNEL_ENCAP_NONE until rtnl_nh_encap_mpls(),
 * rtnl_nh_encap_ip(), rtnl_nh_encap_ip6() or rtnl_nh_encap_ila() gives it
 * one.
 *
 * @return The new encapsulation, owned by the caller until it is given to
 *         a next hop (rtnl_route_nh_set_encap()) or a nexthop object
 *         (rtnl_nh_set_encap()), else freed with rtnl_nh_encap_free();
 *         NULL when out of memory.
 */
extern struct rtnl_nh_encap *rtnl_nh_encap_alloc(void);

/**
 * Free an encapsulation.
 * @param encap	encapsulation owned by the caller (NULL is ignored)
 */
extern void rtnl_nh_encap_free(struct rtnl_nh_encap *encap);

/**
 * Copy an encapsulation.
 * @param encap	encapsulation to copy
 *
 * @return The copy, owned by the caller (see rtnl_nh_encap_alloc()); NULL
 *         when encap is NULL or out of memory.
 */
extern struct rtnl_nh_encap *rtnl_nh_encap_clone(struct rtnl_nh_encap *encap);

/**
 * Get the type of an encapsulation.
 * @param encap	encapsulation
 *
 * @return The LWTUNNEL_ENCAP_* type (LWTUNNEL_ENCAP_NONE when none was
 *         set); -NLE_INVAL when encap is NULL.
 */
extern int rtnl_nh_encap_get_type(struct rtnl_nh_encap *encap);

/**
 * Make an encapsulation push MPLS labels (LWTUNNEL_ENCAP_MPLS).
 * @param encap	encapsulation
 * @param dst	label stack to push (AF_MPLS address); the encapsulation
 *		takes its own reference
 * @param ttl	TTL of the pushed labels; 0 leaves it to the kernel
 *
 * What the encapsulation held for another type is dropped.
 *
 * @return 0; -NLE_INVAL when encap or dst is NULL.
 */
extern int rtnl_nh_encap_mpls(struct rtnl_nh_encap *encap, struct nl_addr *dst,
			      uint8_t ttl);

/**
 * Get the label stack of an MPLS encapsulation.
 * @param encap	encapsulation
 *
 * @return The labels, owned by the encapsulation; NULL when encap is NULL
 *         or not an MPLS encapsulation.
 */
extern struct nl_addr *rtnl_nh_get_encap_mpls_dst(struct rtnl_nh_encap *encap);

/**
 * Get the TTL of an MPLS encapsulation.
 * @param encap	encapsulation
 *
 * @return The TTL (0 when none was given); -NLE_INVAL when encap is NULL
 *         or not an MPLS encapsulation.
 */
extern int rtnl_nh_get_encap_mpls_ttl(struct rtnl_nh_encap *encap);

/**
 * Give a next hop an MPLS encapsulation.
 * @param nh	next hop
 * @param addr	label stack to push (AF_MPLS address); the encapsulation
 *		takes its own reference
 * @param ttl	TTL of the pushed labels; 0 leaves it to the kernel
 *
 * Replaces (and frees) the encapsulation the next hop had.
 *
 * @return 0; -NLE_INVAL when addr is NULL, -NLE_NOMEM.
 */
extern int rtnl_route_nh_encap_mpls(struct rtnl_nexthop *nh,
				    struct nl_addr *addr, uint8_t ttl);

/**
 * Get the label stack of a next hop's MPLS encapsulation.
 * @param nh	next hop
 *
 * @return The labels, owned by the next hop's encapsulation; NULL when the
 *         next hop has no MPLS encapsulation.
 */
extern struct nl_addr *rtnl_route_nh_get_encap_mpls_dst(struct rtnl_nexthop *nh);

/**
 * Get the TTL of a next hop's MPLS encapsulation.
 * @param nh	next hop
 *
 * @return The TTL; 0 when none was given or the next hop has no MPLS
 *         encapsulation.
 */
extern uint8_t rtnl_route_nh_get_encap_mpls_ttl(struct rtnl_nexthop *nh);

/**
 * Make an encapsulation an IPv6 tunnel (LWTUNNEL_ENCAP_IP6).
 * @param encap	encapsulation
 * @param dst	IPv6 address of the remote end (copied)
 *
 * What the encapsulation held for another type is dropped.
 *
 * @return 0; -NLE_INVAL when encap is NULL or dst is not an IPv6 address,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_encap_ip6(struct rtnl_nh_encap *encap, struct nl_addr *dst);

/**
 * Get the remote end of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The address, owned by the encapsulation; NULL when encap is NULL
 *         or not an IPv6 tunnel.
 */
extern struct nl_addr *rtnl_nh_get_encap_ip6_dst(struct rtnl_nh_encap *encap);

/**
 * Set the tunnel id (key) of an IPv6 tunnel encapsulation.
 * @param encap	IPv6 tunnel encapsulation
 * @param id	tunnel id
 *
 * @return 0; -NLE_INVAL when encap is not an IPv6 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip6_id(struct rtnl_nh_encap *encap, uint64_t id);

/**
 * Get the tunnel id of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The id; 0 when not set, or when encap is NULL or not an IPv6
 *         tunnel.
 */
extern uint64_t rtnl_nh_get_encap_ip6_id(struct rtnl_nh_encap *encap);

/**
 * Set the hop limit of an IPv6 tunnel encapsulation.
 * @param encap	IPv6 tunnel encapsulation
 * @param hoplimit	hop limit of the outer header (0: the kernel's
 *			default)
 *
 * @return 0; -NLE_INVAL when encap is not an IPv6 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip6_hoplimit(struct rtnl_nh_encap *encap,
					  uint8_t hoplimit);

/**
 * Get the hop limit of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The hop limit (0 when not set); -NLE_INVAL when encap is not an
 *         IPv6 tunnel.
 */
extern int rtnl_nh_get_encap_ip6_hoplimit(struct rtnl_nh_encap *encap);

/**
 * Set the traffic class of an IPv6 tunnel encapsulation.
 * @param encap	IPv6 tunnel encapsulation
 * @param tc	traffic class of the outer header
 *
 * @return 0; -NLE_INVAL when encap is not an IPv6 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip6_tc(struct rtnl_nh_encap *encap, uint8_t tc);

/**
 * Get the traffic class of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The traffic class (0 when not set); -NLE_INVAL when encap is not
 *         an IPv6 tunnel.
 */
extern int rtnl_nh_get_encap_ip6_tc(struct rtnl_nh_encap *encap);

/**
 * Set the local end of an IPv6 tunnel encapsulation.
 * @param encap	IPv6 tunnel encapsulation
 * @param src	IPv6 source address (copied); NULL removes it
 *
 * @return 0; -NLE_INVAL when encap is not an IPv6 tunnel or src is not an
 *         IPv6 address, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip6_src(struct rtnl_nh_encap *encap,
				     struct nl_addr *src);

/**
 * Get the local end of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The address, owned by the library and valid until the
 *         encapsulation is changed or freed (take a reference with
 *         nl_addr_get() to keep it longer); NULL when not set, or when
 *         encap is not an IPv6 tunnel.
 */
extern struct nl_addr *rtnl_nh_get_encap_ip6_src(struct rtnl_nh_encap *encap);

/**
 * Set the tunnel flags of an IPv6 tunnel encapsulation.
 * @param encap	IPv6 tunnel encapsulation
 * @param flags	TUNNEL_* flags (TUNNEL_KEY, TUNNEL_CSUM, TUNNEL_SEQ...)
 *
 * @return 0; -NLE_INVAL when encap is not an IPv6 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip6_flags(struct rtnl_nh_encap *encap,
				       uint16_t flags);

/**
 * Get the tunnel flags of an IPv6 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The TUNNEL_* flags (0 when not set); -NLE_INVAL when encap is not
 *         an IPv6 tunnel.
 */
extern int rtnl_nh_get_encap_ip6_flags(struct rtnl_nh_encap *encap);

/**
 * Make an encapsulation an ILA translation (LWTUNNEL_ENCAP_ILA).
 * @param encap	encapsulation
 * @param locator	64-bit locator written into the destination address
 *
 * What the encapsulation held for another type is dropped.
 *
 * @return 0; -NLE_INVAL when encap is NULL, -NLE_NOMEM.
 */
extern int rtnl_nh_encap_ila(struct rtnl_nh_encap *encap, uint64_t locator);

/**
 * Get the locator of an ILA encapsulation.
 * @param encap	encapsulation
 * @param[out] locator	the locator
 *
 * @return 0 with *locator set; -NLE_INVAL when encap is not an ILA
 *         encapsulation or locator is NULL, -NLE_MISSING_ATTR when it
 *         has no locator.
 */
extern int rtnl_nh_get_encap_ila_locator(struct rtnl_nh_encap *encap,
					 uint64_t *locator);

/**
 * Set the checksum mode of an ILA encapsulation.
 * @param encap	ILA encapsulation
 * @param csum_mode	ILA_CSUM_* mode
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ila_csum_mode(struct rtnl_nh_encap *encap,
					   uint8_t csum_mode);

/**
 * Remove the checksum mode of an ILA encapsulation (the kernel's default
 * applies).
 * @param encap	ILA encapsulation
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_clear_encap_ila_csum_mode(struct rtnl_nh_encap *encap);

/**
 * Get the checksum mode of an ILA encapsulation.
 * @param encap	encapsulation
 *
 * @return The ILA_CSUM_* mode; -NLE_INVAL when encap is not an ILA
 *         encapsulation, -NLE_MISSING_ATTR when the mode is not set.
 */
extern int rtnl_nh_get_encap_ila_csum_mode(struct rtnl_nh_encap *encap);

/**
 * Set the identifier type of an ILA encapsulation.
 * @param encap	ILA encapsulation
 * @param ident_type	ILA_ATYPE_* type
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ila_ident_type(struct rtnl_nh_encap *encap,
					    uint8_t ident_type);

/**
 * Remove the identifier type of an ILA encapsulation (the kernel's
 * default applies).
 * @param encap	ILA encapsulation
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_clear_encap_ila_ident_type(struct rtnl_nh_encap *encap);

/**
 * Get the identifier type of an ILA encapsulation.
 * @param encap	encapsulation
 *
 * @return The ILA_ATYPE_* type; -NLE_INVAL when encap is not an ILA
 *         encapsulation, -NLE_MISSING_ATTR when the type is not set.
 */
extern int rtnl_nh_get_encap_ila_ident_type(struct rtnl_nh_encap *encap);

/**
 * Set the hook type of an ILA encapsulation.
 * @param encap	ILA encapsulation
 * @param hook_type	ILA_HOOK_* type
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ila_hook_type(struct rtnl_nh_encap *encap,
					   uint8_t hook_type);

/**
 * Remove the hook type of an ILA encapsulation (the kernel's default
 * applies).
 * @param encap	ILA encapsulation
 *
 * @return 0; -NLE_INVAL when encap is not an ILA encapsulation,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_clear_encap_ila_hook_type(struct rtnl_nh_encap *encap);

/**
 * Get the hook type of an ILA encapsulation.
 * @param encap	encapsulation
 *
 * @return The ILA_HOOK_* type; -NLE_INVAL when encap is not an ILA
 *         encapsulation, -NLE_MISSING_ATTR when the type is not set.
 */
extern int rtnl_nh_get_encap_ila_hook_type(struct rtnl_nh_encap *encap);

/**
 * Make an encapsulation an IPv4 tunnel (LWTUNNEL_ENCAP_IP).
 * @param encap	encapsulation
 * @param dst	IPv4 address of the remote end (copied)
 *
 * What the encapsulation held for another type is dropped.
 *
 * @return 0; -NLE_INVAL when encap is NULL or dst is not an IPv4 address,
 *         -NLE_NOMEM.
 */
extern int rtnl_nh_encap_ip(struct rtnl_nh_encap *encap, struct nl_addr *dst);

/**
 * Get the remote end of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The address, owned by the encapsulation; NULL when encap is NULL
 *         or not an IPv4 tunnel.
 */
extern struct nl_addr *rtnl_nh_get_encap_ip_dst(struct rtnl_nh_encap *encap);

/**
 * Set the local end of an IPv4 tunnel encapsulation.
 * @param encap	IPv4 tunnel encapsulation
 * @param src	IPv4 source address (copied); NULL removes it
 *
 * @return 0; -NLE_INVAL when encap is not an IPv4 tunnel or src is not an
 *         IPv4 address, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip_src(struct rtnl_nh_encap *encap,
				    struct nl_addr *src);

/**
 * Get the local end of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The address, owned by the library and valid until the
 *         encapsulation is changed or freed (take a reference with
 *         nl_addr_get() to keep it longer); NULL when not set, or when
 *         encap is not an IPv4 tunnel.
 */
extern struct nl_addr *rtnl_nh_get_encap_ip_src(struct rtnl_nh_encap *encap);

/**
 * Set the TTL of an IPv4 tunnel encapsulation.
 * @param encap	IPv4 tunnel encapsulation
 * @param ttl	TTL of the outer header (0: the kernel's default)
 *
 * @return 0; -NLE_INVAL when encap is not an IPv4 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip_ttl(struct rtnl_nh_encap *encap, uint8_t ttl);

/**
 * Get the TTL of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The TTL (0 when not set); -NLE_INVAL when encap is not an IPv4
 *         tunnel.
 */
extern int rtnl_nh_get_encap_ip_ttl(struct rtnl_nh_encap *encap);

/**
 * Set the TOS of an IPv4 tunnel encapsulation.
 * @param encap	IPv4 tunnel encapsulation
 * @param tos	TOS of the outer header
 *
 * @return 0; -NLE_INVAL when encap is not an IPv4 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip_tos(struct rtnl_nh_encap *encap, uint8_t tos);

/**
 * Get the TOS of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The TOS (0 when not set); -NLE_INVAL when encap is not an IPv4
 *         tunnel.
 */
extern int rtnl_nh_get_encap_ip_tos(struct rtnl_nh_encap *encap);

/**
 * Set the tunnel id (key) of an IPv4 tunnel encapsulation.
 * @param encap	IPv4 tunnel encapsulation
 * @param id	tunnel id
 *
 * @return 0; -NLE_INVAL when encap is not an IPv4 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip_id(struct rtnl_nh_encap *encap, uint64_t id);

/**
 * Get the tunnel id of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The id; 0 when not set, or when encap is NULL or not an IPv4
 *         tunnel.
 */
extern uint64_t rtnl_nh_get_encap_ip_id(struct rtnl_nh_encap *encap);

/**
 * Set the tunnel flags of an IPv4 tunnel encapsulation.
 * @param encap	IPv4 tunnel encapsulation
 * @param flags	TUNNEL_* flags
 *
 * @return 0; -NLE_INVAL when encap is not an IPv4 tunnel, -NLE_NOMEM.
 */
extern int rtnl_nh_set_encap_ip_flags(struct rtnl_nh_encap *encap,
				      uint16_t flags);

/**
 * Get the tunnel flags of an IPv4 tunnel encapsulation.
 * @param encap	encapsulation
 *
 * @return The TUNNEL_* flags (0 when not set); -NLE_INVAL when encap is not
 *         an IPv4 tunnel.
 */
extern int rtnl_nh_get_encap_ip_flags(struct rtnl_nh_encap *encap);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
