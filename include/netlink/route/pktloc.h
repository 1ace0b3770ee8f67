/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet locations: named offsets into packets (etc/pktloc), used by
 * classifiers and ematches.
 */

#ifndef NETLINK_PKTLOC_H_
#define NETLINK_PKTLOC_H_

/**
 * @defgroup route_pktloc Packet locations
 * @ingroup route_tc
 * Named locations of fields in packets ("ip.src", "tcp.dport"...): a
 * layer, an offset, a size and a mask, as the u32 classifier and the
 * cmp ematch use them. They are read from the file pktloc
 * ($NLSYSCONFDIR/pktloc, else /etc/libnl/pktloc on distributions) on
 * first use, and applications can add their own.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/tc.h>

#include <linux/tc_ematch/tc_em_cmp.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A packet location. */
struct rtnl_pktloc {
	char *name;		/**< name, allocated with malloc() (freed by
				     rtnl_pktloc_put() with the object) */
	uint8_t layer;		/**< TCF_LAYER_LINK, TCF_LAYER_NETWORK or
				     TCF_LAYER_TRANSPORT */
	uint8_t shift;		/**< right shift applied after the mask */
	uint16_t offset;	/**< offset in bytes from the layer's start */
	uint16_t align;		/**< size of the field: TCF_EM_ALIGN_U8,
				     TCF_EM_ALIGN_U16 or TCF_EM_ALIGN_U32 */
	uint32_t mask;		/**< mask applied to the field (0: none) */
	uint32_t refcnt;	/**< reference count */

	struct nl_list_head list;	/**< link in the table of locations */
};

/**
 * Look up a packet location by name.
 * @param name	name of the location
 * @param[out] result	the location
 *
 * Reads the pktloc file on first use.
 *
 * @return 0 with *result set and a reference taken for the caller, who
 *         releases it with rtnl_pktloc_put(); -NLE_OBJ_NOTFOUND when no
 *         location has that name, -NLE_PKTLOC_FILE when the file cannot
 *         be opened, -NLE_PARSE_ERR when it is malformed, -NLE_INVAL when
 *         name or result is NULL.
 */
extern int rtnl_pktloc_lookup(const char *name, struct rtnl_pktloc **result);

/**
 * Allocate an empty packet location.
 *
 * Fill in its fields (the name allocated with malloc() or strdup()) and
 * add it with rtnl_pktloc_add().
 *
 * @return The new location with one reference, which the caller releases
 *         with rtnl_pktloc_put(); NULL when out of memory.
 */
extern struct rtnl_pktloc *rtnl_pktloc_alloc(void);

/**
 * Release a reference to a packet location.
 * @param loc	packet location (NULL is ignored)
 *
 * The location and its name are freed with the last reference.
 */
extern void rtnl_pktloc_put(struct rtnl_pktloc *loc);

/**
 * Add a packet location to those known.
 * @param loc	location with a name; the table takes its own reference,
 *		the caller keeps its own
 *
 * @return 0; -NLE_EXIST when a location of that name is known,
 *         -NLE_INVAL when loc or its name is NULL.
 */
extern int rtnl_pktloc_add(struct rtnl_pktloc *loc);

/**
 * Call a function for each known packet location.
 * @param cb	function called with each location and arg; the locations
 *		stay owned by the table
 * @param arg	argument passed to cb
 *
 * Reads the pktloc file on first use.
 */
extern void rtnl_pktloc_foreach(void (*cb)(struct rtnl_pktloc *, void *),
				void *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
