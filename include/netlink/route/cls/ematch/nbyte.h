/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc nbyte: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_EMATCH_NBYTE_H_
#define NETLINK_ROUTE_CLS_EMATCH_NBYTE_H_

/**
 * @defgroup route_ematch_nbyte Byte pattern ematch (nbyte)
 * @ingroup route_ematch
 * The nbyte ematch compares a sequence of bytes of the packet at a layer
 * and offset with a pattern. Its functions take an ematch of kind nbyte
 * (TCF_EM_NBYTE).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/cls/ematch.h>
#include <linux/tc_ematch/tc_em_nbyte.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set where an nbyte ematch compares.
 * @param e	ematch of kind nbyte
 * @param layer	TCF_LAYER_* layer the offset counts from
 * @param offset	offset of the first byte
 */
extern void rtnl_ematch_nbyte_set_offset(struct rtnl_ematch *e, uint8_t layer,
					 uint16_t offset);

/**
 * Get the offset an nbyte ematch compares at.
 * @param e	ematch of kind nbyte
 *
 * @return The offset.
 */
extern uint16_t rtnl_ematch_nbyte_get_offset(struct rtnl_ematch *e);

/**
 * Get the layer of the offset of an nbyte ematch.
 * @param e	ematch of kind nbyte
 *
 * @return The TCF_LAYER_* layer.
 */
extern uint8_t rtnl_ematch_nbyte_get_layer(struct rtnl_ematch *e);

/**
 * Set the pattern of an nbyte ematch.
 * @param e	ematch of kind nbyte
 * @param pattern	bytes allocated with malloc(); the ematch takes
 *			ownership and frees them (and the pattern it had)
 * @param len	number of bytes (at most 4095)
 */
extern void rtnl_ematch_nbyte_set_pattern(struct rtnl_ematch *e,
					  uint8_t *pattern, size_t len);

/**
 * Get the pattern of an nbyte ematch.
 * @param e	ematch of kind nbyte
 *
 * @return The bytes, owned by the ematch; NULL when not set.
 */
extern uint8_t *rtnl_ematch_nbyte_get_pattern(struct rtnl_ematch *e);

/**
 * Get the length of the pattern of an nbyte ematch.
 * @param e	ematch of kind nbyte
 *
 * @return The number of bytes.
 */
extern size_t rtnl_ematch_nbyte_get_len(struct rtnl_ematch *e);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
