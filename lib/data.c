/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract data (struct nl_data): a heap copy of a byte sequence.
 */

#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/data.h>
#include <netlink/attr.h>
#include <netlink/errno.h>

#include "nl-private/core.h"

/**
 * Allocate a data object holding a copy of @a size bytes at @a buf, or
 * @a size zero bytes when @a buf is NULL.
 * @return the object (release with nl_data_free()), or NULL when out of
 *         memory.
 */
NL_EXPORT struct nl_data *nl_data_alloc(const void *buf, size_t size)
{
	struct nl_data *data;

	data = calloc(1, sizeof(*data));
	if (!data)
		return NULL;

	if (size) {
		data->d_data = calloc(1, size);
		if (!data->d_data) {
			free(data);
			return NULL;
		}
		if (buf)
			memcpy(data->d_data, buf, size);
	}
	data->d_size = size;

	return data;
}

/**
 * Allocate a data object holding the payload of @a nla.
 * @return the object, or NULL when @a nla is NULL or memory is short.
 */
NL_EXPORT struct nl_data *nl_data_alloc_attr(const struct nlattr *nla)
{
	if (!nla)
		return NULL;

	return nl_data_alloc(nla_data(nla), (size_t) nla_len(nla));
}

/** Allocate a copy of @a src. @return the copy, or NULL. */
NL_EXPORT struct nl_data *nl_data_clone(const struct nl_data *src)
{
	return nl_data_alloc(src->d_data, src->d_size);
}

/**
 * Append @a size bytes at @a buf (zero bytes when @a buf is NULL).
 * @return 0, or -NLE_NOMEM (then @a data is unchanged).
 */
NL_EXPORT int nl_data_append(struct nl_data *data, const void *buf,
			     size_t size)
{
	void *grown;

	if (!size)
		return 0;
	if (size > SIZE_MAX - data->d_size)
		return -NLE_NOMEM;

	grown = realloc(data->d_data, data->d_size + size);
	if (!grown)
		return -NLE_NOMEM;

	if (buf)
		memcpy((char *) grown + data->d_size, buf, size);
	else
		memset((char *) grown + data->d_size, 0, size);

	data->d_data = grown;
	data->d_size += size;

	return 0;
}

/** Free @a data and its bytes; NULL is ignored. */
NL_EXPORT void nl_data_free(struct nl_data *data)
{
	if (!data)
		return;

	free(data->d_data);
	free(data);
}

/** The bytes of @a data (NULL when it holds none); owned by @a data. */
NL_EXPORT void *nl_data_get(const struct nl_data *data)
{
	return data->d_size > 0 ? data->d_data : NULL;
}

/** Number of bytes held by @a data. */
NL_EXPORT size_t nl_data_get_size(const struct nl_data *data)
{
	return data->d_size;
}

/**
 * Compare two data objects: by size, then by bytes.
 * @return <0, 0 or >0.
 */
NL_EXPORT int nl_data_cmp(const struct nl_data *a, const struct nl_data *b)
{
	if (a->d_size != b->d_size)
		return a->d_size < b->d_size ? -1 : 1;
	if (!a->d_size)
		return 0;

	return memcmp(a->d_data, b->d_data, a->d_size);
}
