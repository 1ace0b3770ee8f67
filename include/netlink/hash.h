/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A fast 32-bit hash of byte strings, for in-memory tables only: values
 * may differ between machines and library versions.
 */

#ifndef NETLINK_HASH_H_
#define NETLINK_HASH_H_

/**
 * @defgroup core_hash Hashing
 * @ingroup core
 * A fast 32-bit hash of byte strings, for in-memory tables only: values
 * may differ between machines and library versions.
 * @{
 */

#include <stdint.h>
#include <stdlib.h>
#include <endian.h>

/** @cond PRIVATE */
#ifdef __LITTLE_ENDIAN
#define HAVE_LITTLE_ENDIAN 1
#elif __BIG_ENDIAN
#define HAVE_BIG_ENDIAN 1
#else
#error Unknown byte order: <endian.h> defines neither __LITTLE_ENDIAN nor __BIG_ENDIAN
#endif
/** @endcond */

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Hash the elements of an array.
 * @param p	pointer to the first element
 * @param num	number of elements
 * @param base	seed
 */
#define __nl_hash(p, num, base) nl_hash_any((p), (num) * sizeof(*(p)), (base))

/**
 * Hash bytes.
 * @param key	bytes to hash
 * @param length	number of bytes
 * @param base	seed
 *
 * @return A well-mixed 32-bit value; equal bytes and seeds give equal
 *         values within one process.
 */
uint32_t nl_hash_any(const void *key, size_t length, uint32_t base);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
