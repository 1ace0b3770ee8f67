/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * A 32-bit hash of byte strings for in-memory tables.
 *
 * The input is read 8 bytes at a time (memcpy(), so any alignment works);
 * each word is multiplied by an odd constant, folded into a 64-bit state
 * that is rotated and multiplied again, the length and the seed are mixed
 * in, and a final avalanche (xor-shifts and a multiply) spreads every
 * input bit over the 32 bits returned.  About five operations per 8 bytes:
 * caches digest every message of a dump with it.  The result depends on
 * the machine's byte order, which is fine for tables that never leave the
 * process.
 */

#include <stdint.h>
#include <string.h>

#include <netlink/hash.h>
#include <netlink/hashtable.h>

#include "nl-private/core.h"

#define MIX_IN 0xbf58476d1ce4e5b9ull
#define MIX_STATE 0x94d049bb133111ebull
#define MIX_LEN 0x9e3779b97f4a7c15ull

static inline uint64_t fold(uint64_t h, uint64_t w)
{
	h ^= w * MIX_IN;
	h = (h << 31) | (h >> 33);
	return h * MIX_STATE;
}

/**
 * Hash @a length bytes at @a key, seeded with @a base.
 * @return a well mixed 32-bit value; equal inputs and seeds give equal
 *         values within one process.
 */
NL_EXPORT uint32_t nl_hash_any(const void *key, size_t length, uint32_t base)
{
	const unsigned char *p = key;
	uint64_t h = ((uint64_t)base << 32 | base) ^ (length * MIX_LEN);
	uint64_t w;
	size_t left = length;

	for (; left >= 8; p += 8, left -= 8) {
		memcpy(&w, p, 8);
		h = fold(h, w);
	}
	if (left) {
		w = 0;
		memcpy(&w, p, left);
		h = fold(h, w ^ ((uint64_t)left << 56));
	}
	h ^= h >> 32;
	h *= MIX_STATE;
	h ^= h >> 29;
	h *= MIX_IN;
	h ^= h >> 32;
	return (uint32_t)h;
}

/** Same as nl_hash_any(): hash @a length bytes at @a k seeded with @a initval. */
NL_EXPORT uint32_t nl_hash(void *k, size_t length, uint32_t initval)
{
	return nl_hash_any(k, length, initval);
}
