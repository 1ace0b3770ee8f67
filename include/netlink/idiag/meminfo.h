/* SPDX-License-Identifier: LGPL-2.1-only */
/* Socket memory usage reported by socket diagnostics (INET_DIAG_MEMINFO). */

#ifndef NETLINK_IDIAGNL_MEMINFO_H_
#define NETLINK_IDIAGNL_MEMINFO_H_

/**
 * @defgroup idiag_meminfo Memory usage
 * @ingroup idiag
 * Socket memory usage as socket diagnostics report it (INET_DIAG_MEMINFO,
 * struct inet_diag_meminfo), attached to a socket object by
 * idiagnl_msg_get_meminfo().
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_meminfo;

/** Object operations of memory usage objects ("idiag/idiag_meminfo"). */
extern struct nl_object_ops idiagnl_meminfo_obj_ops;

/**
 * Allocate a memory usage object with every value 0.
 *
 * @return The object holding one reference, to be released with
 *         idiagnl_meminfo_put(); NULL when out of memory.
 */
extern struct idiagnl_meminfo *idiagnl_meminfo_alloc(void);

/**
 * Take a reference on a memory usage object.
 * @param minfo	object; release the reference with
 *		idiagnl_meminfo_put()
 */
extern void idiagnl_meminfo_get(struct idiagnl_meminfo *minfo);

/**
 * Drop a reference on a memory usage object.
 * @param minfo	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void idiagnl_meminfo_put(struct idiagnl_meminfo *minfo);

/**
 * Get the number of bytes in the receive queue of a socket.
 * @param minfo	memory usage object
 *
 * @return The number of bytes (idiag_rmem of struct inet_diag_meminfo); 0
 *         when not set.
 */
extern uint32_t idiagnl_meminfo_get_rmem(const struct idiagnl_meminfo *minfo);

/**
 * Get the number of bytes in the send queue of a socket.
 * @param minfo	memory usage object
 *
 * @return The number of bytes (idiag_wmem of struct inet_diag_meminfo); 0
 *         when not set.
 */
extern uint32_t idiagnl_meminfo_get_wmem(const struct idiagnl_meminfo *minfo);

/**
 * Get the number of bytes allocated ahead (forward allocation) of a socket.
 * @param minfo	memory usage object
 *
 * @return The number of bytes (idiag_fmem of struct inet_diag_meminfo); 0
 *         when not set.
 */
extern uint32_t idiagnl_meminfo_get_fmem(const struct idiagnl_meminfo *minfo);

/**
 * Get the number of bytes of data in transmission of a socket.
 * @param minfo	memory usage object
 *
 * @return The number of bytes (idiag_tmem of struct inet_diag_meminfo); 0
 *         when not set.
 */
extern uint32_t idiagnl_meminfo_get_tmem(const struct idiagnl_meminfo *minfo);

/**
 * Set the number of bytes in the receive queue of a socket.
 * @param minfo	memory usage object
 * @param rmem	number of bytes
 */
extern void idiagnl_meminfo_set_rmem(struct idiagnl_meminfo *minfo,
				     uint32_t rmem);

/**
 * Set the number of bytes in the send queue of a socket.
 * @param minfo	memory usage object
 * @param wmem	number of bytes
 */
extern void idiagnl_meminfo_set_wmem(struct idiagnl_meminfo *minfo,
				     uint32_t wmem);

/**
 * Set the number of bytes allocated ahead (forward allocation) of a socket.
 * @param minfo	memory usage object
 * @param fmem	number of bytes
 */
extern void idiagnl_meminfo_set_fmem(struct idiagnl_meminfo *minfo,
				     uint32_t fmem);

/**
 * Set the number of bytes of data in transmission of a socket.
 * @param minfo	memory usage object
 * @param tmem	number of bytes
 */
extern void idiagnl_meminfo_set_tmem(struct idiagnl_meminfo *minfo,
				     uint32_t tmem);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
