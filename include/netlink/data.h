/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract data: a heap copy of a byte sequence and its length.
 */

#ifndef NETLINK_DATA_H_
#define NETLINK_DATA_H_

/**
 * @defgroup core_data Abstract data
 * @ingroup core
 * Abstract data (struct nl_data): a heap copy of a byte sequence and its
 * length, as objects keep binary attributes.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlattr;
struct nl_data;

/**
 * Allocate a data object holding a copy of bytes.
 * @param buf	bytes to copy, or NULL for @a size zero bytes
 * @param size	number of bytes
 *
 * @return The object, to be freed with nl_data_free(); NULL when out of
 *         memory.
 */
extern struct nl_data *nl_data_alloc(const void *buf, size_t size);

/**
 * Allocate a data object holding the payload of an attribute.
 * @param nla	attribute, or NULL
 *
 * @return The object, to be freed with nl_data_free(); NULL when @a nla
 *         is NULL or memory ran out.
 */
extern struct nl_data *nl_data_alloc_attr(const struct nlattr *nla);

/**
 * Allocate a copy of a data object.
 * @param src	object to copy
 *
 * @return The copy, to be freed with nl_data_free(); NULL when out of
 *         memory.
 */
extern struct nl_data *nl_data_clone(const struct nl_data *src);

/**
 * Append bytes to a data object.
 * @param data	data object
 * @param buf	bytes to copy, or NULL for @a size zero bytes
 * @param size	number of bytes
 *
 * Pointers returned by nl_data_get() before are invalid afterwards.
 *
 * @return 0 on success; -NLE_NOMEM (@a data is then unchanged).
 */
extern int nl_data_append(struct nl_data *data, const void *buf, size_t size);

/**
 * Free a data object and its bytes.
 * @param data	data object, or NULL (nothing happens)
 */
extern void nl_data_free(struct nl_data *data);

/**
 * Get the bytes of a data object.
 * @param data	data object
 *
 * @return The bytes, owned by @a data; NULL when it holds none.
 */
extern void *nl_data_get(const struct nl_data *data);

/**
 * Get the size of a data object.
 * @param data	data object
 *
 * @return The number of bytes it holds.
 */
extern size_t nl_data_get_size(const struct nl_data *data);

/**
 * Compare two data objects.
 * @param a	first object
 * @param b	second object
 *
 * Orders by size, then by bytes.
 *
 * @return A negative value, 0 or a positive value when @a a sorts before,
 *         equal to or after @a b.
 */
extern int nl_data_cmp(const struct nl_data *a, const struct nl_data *b);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
