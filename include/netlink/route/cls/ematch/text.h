/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc text: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_EMATCH_TEXT_H_
#define NETLINK_ROUTE_CLS_EMATCH_TEXT_H_

/**
 * @defgroup route_ematch_text Text search ematch (text)
 * @ingroup route_ematch
 * The text ematch searches a string in a range of the packet with one of
 * the kernel's text search algorithms ("kmp", "bm"). Its functions take
 * an ematch of kind text (TCF_EM_TEXT).
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/cls/ematch.h>
#include <linux/tc_ematch/tc_em_text.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set where a text ematch starts searching.
 * @param e	ematch of kind text
 * @param layer	TCF_LAYER_* layer the offset counts from
 * @param offset	offset of the start
 */
extern void rtnl_ematch_text_set_from(struct rtnl_ematch *e, uint8_t layer,
				      uint16_t offset);

/**
 * Get the offset a text ematch starts searching at.
 * @param e	ematch of kind text
 *
 * @return The offset.
 */
extern uint16_t rtnl_ematch_text_get_from_offset(struct rtnl_ematch *e);

/**
 * Get the layer of the start of a text search.
 * @param e	ematch of kind text
 *
 * @return The TCF_LAYER_* layer.
 */
extern uint8_t rtnl_ematch_text_get_from_layer(struct rtnl_ematch *e);

/**
 * Set where a text ematch stops searching.
 * @param e	ematch of kind text
 * @param layer	TCF_LAYER_* layer the offset counts from
 * @param offset	offset of the end
 */
extern void rtnl_ematch_text_set_to(struct rtnl_ematch *e, uint8_t layer,
				    uint16_t offset);

/**
 * Get the offset a text ematch stops searching at.
 * @param e	ematch of kind text
 *
 * @return The offset.
 */
extern uint16_t rtnl_ematch_text_get_to_offset(struct rtnl_ematch *e);

/**
 * Get the layer of the end of a text search.
 * @param e	ematch of kind text
 *
 * @return The TCF_LAYER_* layer.
 */
extern uint8_t rtnl_ematch_text_get_to_layer(struct rtnl_ematch *e);

/**
 * Set the string a text ematch searches.
 * @param e	ematch of kind text
 * @param pattern	string allocated with malloc(); the ematch takes
 *			ownership and frees it (and the pattern it had)
 * @param len	length of the string in bytes
 */
extern void rtnl_ematch_text_set_pattern(struct rtnl_ematch *e, char *pattern,
					 size_t len);

/**
 * Get the string a text ematch searches.
 * @param e	ematch of kind text
 *
 * @return The string (not necessarily NUL-terminated, see
 *         rtnl_ematch_text_get_len()), owned by the ematch; NULL when not
 *         set.
 */
extern char *rtnl_ematch_text_get_pattern(struct rtnl_ematch *e);

/**
 * Get the length of the string a text ematch searches.
 * @param e	ematch of kind text
 *
 * @return The length in bytes.
 */
extern size_t rtnl_ematch_text_get_len(struct rtnl_ematch *e);

/**
 * Set the search algorithm of a text ematch.
 * @param e	ematch of kind text
 * @param algo	name of the kernel's algorithm ("kmp", "bm"), copied and
 *		truncated to TC_EM_TEXT_ALGOSIZ - 1 characters
 */
extern void rtnl_ematch_text_set_algo(struct rtnl_ematch *e, const char *algo);

/**
 * Get the search algorithm of a text ematch.
 * @param e	ematch of kind text
 *
 * @return The name, owned by the ematch; NULL when not set.
 */
extern char *rtnl_ematch_text_get_algo(struct rtnl_ematch *e);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
