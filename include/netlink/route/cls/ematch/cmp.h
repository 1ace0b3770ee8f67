/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc cmp: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_EMATCH_CMP_H_
#define NETLINK_ROUTE_CLS_EMATCH_CMP_H_

/**
 * @defgroup route_ematch_cmp Compare ematch (cmp)
 * @ingroup route_ematch
 * The cmp ematch compares a byte, 16-bit or 32-bit word of the packet,
 * masked, with a value (struct tcf_em_cmp of
 * linux/tc_ematch/tc_em_cmp.h). Its functions take an ematch of kind cmp
 * (TCF_EM_CMP).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/cls/ematch.h>
#include <linux/tc_ematch/tc_em_cmp.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the comparison of a cmp ematch.
 * @param e	ematch of kind cmp
 * @param cfg	comparison: value, mask, offset, alignment (TCF_EM_ALIGN_*),
 *		layer, operator (TCF_EM_OPND_*) and flags (copied; NULL is
 *		ignored)
 */
extern void rtnl_ematch_cmp_set(struct rtnl_ematch *e, struct tcf_em_cmp *cfg);

/**
 * Get the comparison of a cmp ematch.
 * @param e	ematch of kind cmp
 *
 * @return The comparison, owned by the ematch (changes through it apply).
 */
extern struct tcf_em_cmp *rtnl_ematch_cmp_get(struct rtnl_ematch *e);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
