/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Reference of the link functions libnl-route-3 exports but no installed
 * header declares: the interface of link kinds and of per-family link
 * data (include/nl-private/link-api.h) and an old exported name
 * (include/nl-private/linkcore.h).  The declarations are copies with
 * parameter names, for Doxygen only; compiled after the private headers
 * they cannot drift from them.  Nothing includes this file.
 */

#ifndef NETLINK_DOC_INTERNAL_LINK_H_
#define NETLINK_DOC_INTERNAL_LINK_H_

#include <stdint.h>

struct rtnl_link;
struct rtnl_link_info_ops;
struct rtnl_link_af_ops;

/**
 * @defgroup route_link_internal Internal exports of the link module
 * @ingroup route_link
 * Functions libnl-route-3 exports for its link kinds and per-family link
 * data. No installed header declares them: as upstream, the structures
 * they take (struct rtnl_link_info_ops, struct rtnl_link_af_ops) are
 * private to the library, and applications should not use them. They
 * stay exported under upstream's version node so that binaries linked
 * against upstream's library keep running.
 *
 * A link kind (IFLA_INFO_KIND: "vlan", "vxlan"...) is described by its
 * struct rtnl_link_info_ops, the per-family data of links (IFLA_AF_SPEC:
 * AF_INET, AF_INET6, AF_BRIDGE) by a struct rtnl_link_af_ops. Both are
 * registered when the library is loaded and hold a reference count for
 * each link that uses them.
 * @{
 */

/**
 * Register a link kind.
 * @param ops	operations of the kind; its name (io_name) must be set. The
 *		library keeps the pointer until rtnl_link_unregister_info().
 *
 * Links given that kind name with rtnl_link_set_type(), or received with
 * it, then use ops for their kind data.
 *
 * @return 0; -NLE_INVAL when ops or its name is NULL, -NLE_EXIST when a
 *         kind of that name is registered already.
 */
int rtnl_link_register_info(struct rtnl_link_info_ops *ops);

/**
 * Unregister a link kind.
 * @param ops	operations passed to rtnl_link_register_info()
 *
 * @return 0; -NLE_BUSY while links or callers still hold a reference to
 *         ops, -NLE_OPNOTSUPP when ops is not registered.
 */
int rtnl_link_unregister_info(struct rtnl_link_info_ops *ops);

/**
 * Look up a link kind by name.
 * @param name	kind name (IFLA_INFO_KIND)
 *
 * @return The kind's operations with a reference taken for the caller,
 *         who releases it with rtnl_link_info_ops_put(); NULL when no kind
 *         of that name is registered or name is NULL.
 */
struct rtnl_link_info_ops *rtnl_link_info_ops_lookup(const char *name);

/**
 * Take a reference to the operations of a link kind.
 * @param ops	operations (NULL is ignored)
 */
void rtnl_link_info_ops_get(struct rtnl_link_info_ops *ops);

/**
 * Release a reference to the operations of a link kind.
 * @param ops	operations (NULL is ignored)
 */
void rtnl_link_info_ops_put(struct rtnl_link_info_ops *ops);

/**
 * Register the per-family link data operations of an address family.
 * @param ops	operations; ao_family names the family. The library keeps
 *		the pointer until rtnl_link_af_unregister().
 *
 * @return 0; -NLE_INVAL when ops is NULL or its family is AF_UNSPEC or out
 *         of range, -NLE_EXIST when the family has operations already.
 */
int rtnl_link_af_register(struct rtnl_link_af_ops *ops);

/**
 * Unregister the per-family link data operations of an address family.
 * @param ops	operations passed to rtnl_link_af_register()
 *
 * @return 0; -NLE_BUSY while links or callers still hold a reference to
 *         ops, -NLE_OBJ_NOTFOUND when ops is not registered.
 */
int rtnl_link_af_unregister(struct rtnl_link_af_ops *ops);

/**
 * Look up the per-family link data operations of an address family.
 * @param family	address family (AF_INET, AF_INET6, AF_BRIDGE...)
 *
 * @return The operations with a reference taken for the caller, who
 *         releases it with rtnl_link_af_ops_put(); NULL when the family
 *         has none.
 */
struct rtnl_link_af_ops *rtnl_link_af_ops_lookup(const unsigned int family);

/**
 * Release a reference to per-family link data operations.
 * @param ops	operations (NULL is ignored)
 */
void rtnl_link_af_ops_put(struct rtnl_link_af_ops *ops);

/**
 * Get the data of a link for a family, allocating them when it has none.
 * @param link	link object
 * @param ops	operations of the family
 *
 * @return The family's data, owned by link (freed with it); NULL when
 *         link or ops is NULL, the operations cannot allocate data, or
 *         out of memory.
 */
void *rtnl_link_af_alloc(struct rtnl_link *link,
			 const struct rtnl_link_af_ops *ops);

/**
 * Get the data of a link for a family.
 * @param link	link object
 * @param ops	operations of the family
 *
 * @return The family's data, owned by link; NULL when the link has none.
 */
void *rtnl_link_af_data(const struct rtnl_link *link,
			const struct rtnl_link_af_ops *ops);

/**
 * Compare the data of two links for one family.
 * @param a	link object
 * @param b	link object
 * @param family	address family
 *
 * @return 0 when the data are equal or neither link has any; nonzero when
 *         they differ, only one link has data, the family has no
 *         operations or no comparison, or family is out of range.
 */
int rtnl_link_af_data_compare(struct rtnl_link *a, struct rtnl_link *b,
			      int family);

/**
 * Get the path MTU discovery setting of a GRE tunnel (old name).
 * @param link	link of kind "gre" or "gretap"
 *
 * @deprecated Use rtnl_link_ipgre_get_pmtudisc(), which this is.
 * @return As rtnl_link_ipgre_get_pmtudisc().
 */
uint8_t rtnl_link_get_pmtudisc(struct rtnl_link *link);

/** @} */

#endif
