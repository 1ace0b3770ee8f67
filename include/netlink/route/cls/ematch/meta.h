/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc meta: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_EMATCH_META_H_
#define NETLINK_ROUTE_CLS_EMATCH_META_H_

/**
 * @defgroup route_ematch_meta Metadata ematch (meta)
 * @ingroup route_ematch
 * The meta ematch compares two operands: packet metadata (mark,
 * priority, interface... TCF_META_ID_*) or constants. Its functions take
 * an ematch of kind meta (TCF_EM_META).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/cls/ematch.h>
#include <linux/tc_ematch/tc_em_meta.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_meta_value;

/**
 * Allocate a constant integer operand.
 * @param value	the value
 *
 * @return The operand, owned by the caller until it is given to an ematch
 *         (rtnl_ematch_meta_set_lvalue()...), else freed with
 *         rtnl_meta_value_put(); NULL when out of memory.
 */
extern struct rtnl_meta_value *rtnl_meta_value_alloc_int(uint64_t value);

/**
 * Allocate a constant byte-string operand.
 * @param data	the bytes (copied)
 * @param len	number of bytes
 *
 * @return The operand, owned by the caller (see
 *         rtnl_meta_value_alloc_int()); NULL when out of memory or len
 *         exceeds 65535.
 */
extern struct rtnl_meta_value *rtnl_meta_value_alloc_var(void *data,
							 size_t len);

/**
 * Allocate a packet metadata operand.
 * @param type	TCF_META_TYPE_INT or TCF_META_TYPE_VAR
 * @param id	TCF_META_ID_* of the metadatum (mark, priority,
 *		interface...)
 * @param shift	right shift applied to an integer metadatum
 * @param mask	mask applied to an integer metadatum; 0 for none
 *
 * @return The operand, owned by the caller (see
 *         rtnl_meta_value_alloc_int()); NULL when out of memory.
 */
extern struct rtnl_meta_value *rtnl_meta_value_alloc_id(uint8_t type,
							uint16_t id,
							uint8_t shift,
							uint64_t mask);

/**
 * Free an operand.
 * @param mv	operand owned by the caller (NULL is ignored); operands
 *		given to an ematch are freed with it
 */
extern void rtnl_meta_value_put(struct rtnl_meta_value *mv);

/**
 * Set the left operand of a meta ematch.
 * @param e	ematch of kind meta
 * @param v	operand; the ematch takes ownership and frees the operand
 *		it had
 */
extern void rtnl_ematch_meta_set_lvalue(struct rtnl_ematch *e,
					struct rtnl_meta_value *v);

/**
 * Set the right operand of a meta ematch.
 * @param e	ematch of kind meta
 * @param v	operand; the ematch takes ownership and frees the operand
 *		it had
 */
extern void rtnl_ematch_meta_set_rvalue(struct rtnl_ematch *e,
					struct rtnl_meta_value *v);

/**
 * Set the comparison operator of a meta ematch.
 * @param e	ematch of kind meta
 * @param opnd	TCF_EM_OPND_EQ, _GT or _LT
 */
extern void rtnl_ematch_meta_set_operand(struct rtnl_ematch *e, uint8_t opnd);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
