/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Virtual ethernet (veth) links.
 */

#ifndef NETLINK_LINK_VETH_H_
#define NETLINK_LINK_VETH_H_

/**
 * @defgroup route_link_veth Veth
 * @ingroup route_link
 * Virtual ethernet pairs (kind "veth"): two links connected back to back;
 * the kind data of a veth link is its peer, a whole link object
 * (VETH_INFO_PEER).
 * @{
 */

#include <sys/types.h>
#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a veth link object and its peer.
 *
 * The link is of kind "veth" and owns a peer link object, also of kind
 * "veth", reachable with rtnl_link_veth_get_peer(): name both and set the
 * peer's attributes there before rtnl_link_add() creates the pair.
 *
 * @return The new link with one reference; release it (and its peer) with
 *         rtnl_link_veth_release() or rtnl_link_put(). NULL when out of
 *         memory.
 */
extern struct rtnl_link *rtnl_link_veth_alloc(void);

/**
 * Release a veth link object together with its peer.
 * @param link	link from rtnl_link_veth_alloc() (NULL is ignored)
 *
 * Drops the caller's reference to link; the peer goes with it, unless the
 * caller still holds a reference to the peer.
 */
extern void rtnl_link_veth_release(struct rtnl_link *link);

/**
 * Tell whether a link is a veth link.
 * @param link	link object
 *
 * @return 1 when link is of kind "veth", 0 otherwise.
 */
extern int rtnl_link_is_veth(struct rtnl_link *link);

/**
 * Get the peer of a veth link.
 * @param link	veth link
 *
 * For the peer object of a pair, the link it belongs to is returned. The
 * kernel reports the peer only when the pair is created; veth links read
 * from a dump have no peer object.
 *
 * @return The peer with a reference taken for the caller, who releases it
 *         with rtnl_link_put(); NULL when link is not a veth link or has
 *         no peer object.
 */
extern struct rtnl_link *rtnl_link_veth_get_peer(struct rtnl_link *link);

/**
 * Create a veth pair in the kernel.
 * @param sock	netlink route socket
 * @param name	name of the first link, or NULL for a name the kernel picks
 * @param peer_name	name of the peer, or NULL for a name the kernel picks
 * @param pid	process whose network namespace receives the peer; 0 keeps
 *		the peer in the current namespace
 *
 * The request is sent with NLM_F_CREATE and NLM_F_EXCL.
 *
 * @return 0 on success; -NLE_NOMEM, or the kernel's error (-NLE_EXIST
 *         when a name is taken...).
 */
extern int rtnl_link_veth_add(struct nl_sock *sock, const char *name,
			      const char *peer_name, pid_t pid);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
