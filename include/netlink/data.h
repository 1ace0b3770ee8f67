/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract data: a heap copy of a byte sequence and its length.
 */

#ifndef NETLINK_DATA_H_
#define NETLINK_DATA_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nlattr;
struct nl_data;

/**
 * Allocate a data object holding a copy of @a size bytes at @a buf
 * (zeroed when @a buf is NULL).
 * @return the object (free it with nl_data_free()), or NULL.
 */
extern struct nl_data *nl_data_alloc(const void *buf, size_t size);

/** Allocate a data object holding the payload of @a nla. */
extern struct nl_data *nl_data_alloc_attr(const struct nlattr *nla);

/** Allocate a copy of @a src; NULL when out of memory. */
extern struct nl_data *nl_data_clone(const struct nl_data *src);

/**
 * Append @a size bytes at @a buf (zeroes when NULL) to @a data.
 * @return 0 or -NLE_NOMEM.
 */
extern int nl_data_append(struct nl_data *data, const void *buf, size_t size);

/** Free @a data and its bytes; NULL is ignored. */
extern void nl_data_free(struct nl_data *data);

/** The bytes of @a data (NULL when empty). */
extern void *nl_data_get(const struct nl_data *data);

/** Number of bytes held by @a data. */
extern size_t nl_data_get_size(const struct nl_data *data);

/** Compare sizes, then bytes; <0, 0 or >0. */
extern int nl_data_cmp(const struct nl_data *a, const struct nl_data *b);

#ifdef __cplusplus
}
#endif

#endif
