/* SPDX-License-Identifier: LGPL-2.1-only */
/* TCP Vegas congestion control state (INET_DIAG_VEGASINFO). */

#ifndef NETLINK_IDIAGNL_VEGASINFO_H_
#define NETLINK_IDIAGNL_VEGASINFO_H_

/**
 * @defgroup idiag_vegasinfo TCP Vegas state
 * @ingroup idiag
 * TCP Vegas congestion control state as socket diagnostics report it
 * (INET_DIAG_VEGASINFO, struct tcpvegas_info), attached to a socket object
 * by idiagnl_msg_get_vegasinfo().
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_vegasinfo;

/** Object operations of TCP Vegas objects ("idiag/idiag_vegasinfo"). */
extern struct nl_object_ops idiagnl_vegasinfo_obj_ops;

/**
 * Allocate a TCP Vegas state object with every value 0.
 *
 * @return The object holding one reference, to be released with
 *         idiagnl_vegasinfo_put(); NULL when out of memory.
 */
extern struct idiagnl_vegasinfo *idiagnl_vegasinfo_alloc(void);

/**
 * Take a reference on a TCP Vegas state object.
 * @param vinfo	object; release the reference with
 *		idiagnl_vegasinfo_put()
 */
extern void idiagnl_vegasinfo_get(struct idiagnl_vegasinfo *vinfo);

/**
 * Drop a reference on a TCP Vegas state object.
 * @param vinfo	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void idiagnl_vegasinfo_put(struct idiagnl_vegasinfo *vinfo);

/**
 * Tell whether TCP Vegas is enabled on a socket.
 * @param vinfo	TCP Vegas state object
 *
 * @return Non-zero when enabled (tcpv_enabled of struct tcpvegas_info); 0
 *         when not set.
 */
extern uint32_t idiagnl_vegasinfo_get_enabled(const struct idiagnl_vegasinfo *vinfo);

/**
 * Get the number of round-trip time samples of a socket's TCP Vegas state.
 * @param vinfo	TCP Vegas state object
 *
 * @return The count (tcpv_rttcnt of struct tcpvegas_info); 0 when not set.
 */
extern uint32_t idiagnl_vegasinfo_get_rttcnt(const struct idiagnl_vegasinfo *vinfo);

/**
 * Get the round-trip time of a socket's TCP Vegas state.
 * @param vinfo	TCP Vegas state object
 *
 * @return The value in microseconds (tcpv_rtt of struct tcpvegas_info); 0
 *         when not set.
 */
extern uint32_t idiagnl_vegasinfo_get_rtt(const struct idiagnl_vegasinfo *vinfo);

/**
 * Get the minimum round-trip time of a socket's TCP Vegas state.
 * @param vinfo	TCP Vegas state object
 *
 * @return The value in microseconds (tcpv_minrtt of struct tcpvegas_info);
 *         0 when not set.
 */
extern uint32_t idiagnl_vegasinfo_get_minrtt(const struct idiagnl_vegasinfo *vinfo);

/**
 * Set whether TCP Vegas is enabled in a TCP Vegas state object.
 * @param vinfo	TCP Vegas state object
 * @param enabled	non-zero when enabled
 */
extern void idiagnl_vegasinfo_set_enabled(struct idiagnl_vegasinfo *vinfo,
					  uint32_t enabled);

/**
 * Set the number of round-trip time samples of a TCP Vegas state object.
 * @param vinfo	TCP Vegas state object
 * @param rttcnt	the count
 */
extern void idiagnl_vegasinfo_set_rttcnt(struct idiagnl_vegasinfo *vinfo,
					 uint32_t rttcnt);

/**
 * Set the round-trip time of a TCP Vegas state object.
 * @param vinfo	TCP Vegas state object
 * @param rtt	the value in microseconds
 */
extern void idiagnl_vegasinfo_set_rtt(struct idiagnl_vegasinfo *vinfo,
				      uint32_t rtt);

/**
 * Set the minimum round-trip time of a TCP Vegas state object.
 * @param vinfo	TCP Vegas state object
 * @param minrtt	the value in microseconds
 */
extern void idiagnl_vegasinfo_set_minrtt(struct idiagnl_vegasinfo *vinfo,
					 uint32_t minrtt);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
