/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A fast 32-bit hash of byte strings, for in-memory tables only: values
 * may differ between machines and library versions.
 */

#ifndef NETLINK_HASH_H_
#define NETLINK_HASH_H_

#include <stdint.h>
#include <stdlib.h>
#include <endian.h>

#ifdef __LITTLE_ENDIAN
#define HAVE_LITTLE_ENDIAN 1
#elif __BIG_ENDIAN
#define HAVE_BIG_ENDIAN 1
#else
#error Unknown byte order: <endian.h> defines neither __LITTLE_ENDIAN nor __BIG_ENDIAN
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Hash @a num elements of the array @a p, seeded with @a base. */
#define __nl_hash(p, num, base) nl_hash_any((p), (num) * sizeof(*(p)), (base))

/** Hash @a length bytes at @a key, seeded with @a base. */
uint32_t nl_hash_any(const void *key, size_t length, uint32_t base);

#ifdef __cplusplus
}
#endif

#endif
