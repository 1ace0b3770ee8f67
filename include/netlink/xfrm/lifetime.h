/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Lifetime limits of a security association or policy
 * (struct xfrm_lifetime_cfg), a reference-counted value object.
 */

#ifndef NETLINK_XFRM_LTIME_H_
#define NETLINK_XFRM_LTIME_H_

/**
 * @defgroup xfrm_ltime Lifetime limits
 * @ingroup xfrm
 * Lifetime limits of a security association or policy (struct
 * xfrm_lifetime_cfg): soft and hard limits in bytes, packets, and seconds
 * after adding or first use. A soft limit makes the kernel send an expiry
 * event, a hard one removes the state. A reference-counted value object; 0
 * means no limit.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_ltime_cfg;

/**
 * Allocate a lifetime configuration without limits (every value 0).
 *
 * @return The object holding one reference, to be released with
 *         xfrmnl_ltime_cfg_put(); NULL when out of memory.
 */
extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_alloc(void);

/**
 * Allocate a copy of a lifetime configuration.
 * @param ltime	configuration to copy
 *
 * @return The copy holding one reference, to be released with
 *         xfrmnl_ltime_cfg_put(); NULL when out of memory.
 */
extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_clone(struct xfrmnl_ltime_cfg *ltime);

/**
 * Take a reference on a lifetime configuration.
 * @param ltime	configuration; release the reference with xfrmnl_ltime_cfg_put()
 *
 * @return @a ltime.
 */
extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_get(struct xfrmnl_ltime_cfg *ltime);

/**
 * Drop a reference on a lifetime configuration.
 * @param ltime	configuration, or NULL (nothing happens)
 *
 * The configuration is freed with its last reference.
 */
extern void xfrmnl_ltime_cfg_put(struct xfrmnl_ltime_cfg *ltime);

/**
 * Tell whether a lifetime configuration is shared.
 * @param ltime	configuration
 *
 * @return 1 when more than one reference is held on it, 0 otherwise.
 */
extern int xfrmnl_ltime_cfg_shared(struct xfrmnl_ltime_cfg *ltime);

/**
 * Compare two lifetime configurations.
 * @param a	first configuration, or NULL
 * @param b	second configuration, or NULL
 *
 * @return 0 when both hold the same limits (or are the same pointer), 1
 *         otherwise.
 */
extern int xfrmnl_ltime_cfg_cmp(struct xfrmnl_ltime_cfg *a,
				struct xfrmnl_ltime_cfg *b);

/**
 * Get the soft limit on bytes of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in bytes; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_soft_bytelimit(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the soft limit on bytes of a lifetime configuration.
 * @param ltime	configuration
 * @param bytelimit	limit in bytes, after which the soft expiry event is
 *		sent; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_soft_bytelimit(struct xfrmnl_ltime_cfg *ltime,
					       unsigned long long bytelimit);

/**
 * Get the hard limit on bytes of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in bytes; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_hard_bytelimit(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the hard limit on bytes of a lifetime configuration.
 * @param ltime	configuration
 * @param bytelimit	limit in bytes, after which the state expires; 0 for no
 *		limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_hard_bytelimit(struct xfrmnl_ltime_cfg *ltime,
					       unsigned long long bytelimit);

/**
 * Get the soft limit on packets of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in packets; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_soft_packetlimit(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the soft limit on packets of a lifetime configuration.
 * @param ltime	configuration
 * @param packetlimit	limit in packets, after which the soft expiry event is
 *		sent; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_soft_packetlimit(struct xfrmnl_ltime_cfg *ltime,
						 unsigned long long packetlimit);

/**
 * Get the hard limit on packets of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in packets; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_hard_packetlimit(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the hard limit on packets of a lifetime configuration.
 * @param ltime	configuration
 * @param packetlimit	limit in packets, after which the state expires; 0 for
 *		no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_hard_packetlimit(struct xfrmnl_ltime_cfg *ltime,
						 unsigned long long packetlimit);

/**
 * Get the soft lifetime after adding of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in seconds after the state was added; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_soft_addexpires(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the soft lifetime after adding of a lifetime configuration.
 * @param ltime	configuration
 * @param addexpires	limit in seconds after the state was added, after which
 *		the soft expiry event is sent; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_soft_addexpires(struct xfrmnl_ltime_cfg *ltime,
						unsigned long long addexpires);

/**
 * Get the hard lifetime after adding of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in seconds after the state was added; 0 means no limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_hard_addexpires(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the hard lifetime after adding of a lifetime configuration.
 * @param ltime	configuration
 * @param addexpires	limit in seconds after the state was added, after which
 *		the state expires; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_hard_addexpires(struct xfrmnl_ltime_cfg *ltime,
						unsigned long long addexpires);

/**
 * Get the soft lifetime after first use of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in seconds after the state was first used; 0 means no
 *         limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_soft_useexpires(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the soft lifetime after first use of a lifetime configuration.
 * @param ltime	configuration
 * @param useexpires	limit in seconds after the state was first used, after
 *		which the soft expiry event is sent; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_soft_useexpires(struct xfrmnl_ltime_cfg *ltime,
						unsigned long long useexpires);

/**
 * Get the hard lifetime after first use of a lifetime configuration.
 * @param ltime	configuration
 *
 * @return The limit in seconds after the state was first used; 0 means no
 *         limit.
 */
extern unsigned long long xfrmnl_ltime_cfg_get_hard_useexpires(struct xfrmnl_ltime_cfg *ltime);

/**
 * Set the hard lifetime after first use of a lifetime configuration.
 * @param ltime	configuration
 * @param useexpires	limit in seconds after the state was first used, after
 *		which the state expires; 0 for no limit
 *
 * @return 0.
 */
extern int xfrmnl_ltime_cfg_set_hard_useexpires(struct xfrmnl_ltime_cfg *ltime,
						unsigned long long useexpires);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
