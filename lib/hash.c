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

/* Fold the whole 8-byte words of *left bytes at *p into @h; both are
 * moved past them. */
static inline uint64_t fold_words(uint64_t h, const unsigned char **p,
				  size_t *left)
{
	uint64_t w;

	for (; *left >= 8; *p += 8, *left -= 8) {
		memcpy(&w, *p, 8);
		h = fold(h, w);
	}
	return h;
}

/* The last @left (< 8) bytes at @p, zero-padded to a word. */
static inline uint64_t tail_word(const unsigned char *p, size_t left)
{
	uint64_t w = 0;

	memcpy(&w, p, left);
	return w;
}

/* Spread every bit of @h over the whole word. */
static inline uint64_t avalanche(uint64_t h)
{
	h ^= h >> 32;
	h *= MIX_STATE;
	h ^= h >> 29;
	h *= MIX_IN;
	h ^= h >> 32;
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
	uint64_t h = ((uint64_t)base << 32 | base) ^ (length * MIX_LEN);
	size_t left = length;

	h = fold_words(h, &p, &left);
	if (left)
		h = fold(h, tail_word(p, left) ^ ((uint64_t)left << 56));
	return (uint32_t)avalanche(h);
}

/** Same as nl_hash_any(): hash @a length bytes at @a k seeded with @a initval. */
NL_EXPORT uint32_t nl_hash(void *k, size_t length, uint32_t initval)
{
	return nl_hash_any(k, length, initval);
}

/* Fold @len bytes at @p into @h, then their length: runs that split the
 * same bytes differently do not read as the same words.  Long runs go
 * through four independent states (the processor overlaps their
 * multiplications), folded into @h in turn: each step is a bijection of
 * its state, so one word changed still always changes the result. */
static inline uint64_t fold_run(uint64_t h, const unsigned char *p,
				size_t len)
{
	size_t left = len;

	if (left >= 32) {
		uint64_t a = h, b = h ^ MIX_IN, c = h ^ MIX_STATE, d = ~h;
		uint64_t v0, v1, v2, v3;

		for (; left >= 32; p += 32, left -= 32) {
			memcpy(&v0, p, 8);
			memcpy(&v1, p + 8, 8);
			memcpy(&v2, p + 16, 8);
			memcpy(&v3, p + 24, 8);
			a = fold(a, v0);
			b = fold(b, v1);
			c = fold(c, v2);
			d = fold(d, v3);
		}
		h = fold(fold(fold(fold(h, a), b), c), d);
	}
	h = fold_words(h, &p, &left);
	if (left)
		h = fold(h, tail_word(p, left));
	return fold(h, len * MIX_LEN);
}

uint64_t _nl_msg_digest(const struct nlmsghdr *nlh, size_t hdrlen,
			uint64_t skip, struct nl_digest_left *left)
{
	const unsigned char *data = (const unsigned char *)nlh + NLMSG_HDRLEN;
	size_t total = nlh->nlmsg_len > NLMSG_HDRLEN ?
			       nlh->nlmsg_len - NLMSG_HDRLEN : 0;
	size_t off = NLMSG_ALIGN(hdrlen), start = 0;
	uint64_t h = MIX_LEN;

	if (left)
		left->n = 0;
	if (skip && off <= total) {
		/* each attribute left out ends a run of those kept */
		while (total - off >= NLA_HDRLEN) {
			const struct nlattr *nla = (const void *)(data + off);
			size_t len = nla->nla_len, step;
			unsigned int type = nla->nla_type & NLA_TYPE_MASK;

			if (len < NLA_HDRLEN || len > total - off)
				break;
			step = NLA_ALIGN(len);
			if (step > total - off)
				step = total - off;
			if (type < 64 && (skip >> type) & 1) {
				if (off > start)
					h = fold_run(h, data + start,
						     off - start);
				start = off + step;
				if (left && left->n < NL_DIGEST_LEFT_MAX)
					left->nla[left->n] = nla;
				if (left)
					left->n++;
			}
			off += step;
		}
	}
	h = avalanche(fold_run(h, data + start, total - start));
	return h ? h : 1;
}
