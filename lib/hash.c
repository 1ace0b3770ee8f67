/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A 32-bit hash of byte strings for in-memory tables.
 *
 * The mixing follows the well known MurmurHash3 (x86, 32-bit) design:
 * 4-byte blocks are scrambled and folded into the state, the tail is
 * folded in, and a final avalanche spreads every input bit over the
 * result.  Blocks are read with memcpy() so any alignment works; the
 * result depends on the machine's byte order, which is fine for tables
 * that never leave the process.
 */

#include <stdint.h>
#include <string.h>

#include <netlink/hash.h>
#include <netlink/hashtable.h>

#include "nl-private/core.h"

static inline uint32_t rotl32(uint32_t x, int r)
{
	return (x << r) | (x >> (32 - r));
}

static inline uint32_t scramble(uint32_t k)
{
	k *= 0xcc9e2d51u;
	k = rotl32(k, 15);
	k *= 0x1b873593u;
	return k;
}

static inline uint32_t avalanche(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

/**
 * Hash @a length bytes at @a key, seeded with @a base.
 * @return a well mixed 32-bit value; equal inputs and seeds give equal
 *         values within one process.
 */
NL_EXPORT uint32_t nl_hash_any(const void *key, size_t length, uint32_t base)
{
	const unsigned char *p = key;
	uint32_t h = base;
	uint32_t k;
	size_t i;

	for (i = 0; i + 4 <= length; i += 4) {
		memcpy(&k, p + i, 4);
		h ^= scramble(k);
		h = rotl32(h, 13);
		h = h * 5 + 0xe6546b64u;
	}

	k = 0;
	switch (length & 3) {
	case 3:
		k ^= (uint32_t) p[i + 2] << 16;
		/* fall through */
	case 2:
		k ^= (uint32_t) p[i + 1] << 8;
		/* fall through */
	case 1:
		k ^= p[i];
		h ^= scramble(k);
	}

	h ^= (uint32_t) length;
	return avalanche(h);
}

/** Same as nl_hash_any(): hash @a length bytes at @a k seeded with @a initval. */
NL_EXPORT uint32_t nl_hash(void *k, size_t length, uint32_t initval)
{
	return nl_hash_any(k, length, initval);
}
