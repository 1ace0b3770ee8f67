/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Lifetime configuration (struct xfrm_lifetime_cfg): soft and hard limits
 * in bytes, packets and seconds after adding and after first use.  A
 * reference-counted value object; 0 means "no limit" as in upstream.
 */

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <time.h>

#include "xfrm-priv.h"

/** A new lifetime configuration without limits, or NULL without memory. */
struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_alloc(void)
{
	struct xfrmnl_ltime_cfg *lt = calloc(1, sizeof(*lt));

	if (lt)
		lt->refcnt = 1;
	return lt;
}

/** A new copy of @a ltime (one reference), or NULL without memory. */
struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_clone(struct xfrmnl_ltime_cfg *ltime)
{
	struct xfrmnl_ltime_cfg *lt = xfrmnl_ltime_cfg_alloc();

	if (!lt)
		return NULL;
	memcpy(lt, ltime, sizeof(*lt));
	lt->refcnt = 1;
	return lt;
}

/** Take a reference; returns @a ltime. */
struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_get(struct xfrmnl_ltime_cfg *ltime)
{
	ltime->refcnt++;
	return ltime;
}

/** Drop a reference; the last frees the object.  NULL is ignored. */
void xfrmnl_ltime_cfg_put(struct xfrmnl_ltime_cfg *ltime)
{
	if (!ltime)
		return;
	if (--ltime->refcnt <= 0)
		free(ltime);
}

/** 1 when more than one reference is held, else 0. */
int xfrmnl_ltime_cfg_shared(struct xfrmnl_ltime_cfg *ltime)
{
	return ltime->refcnt > 1;
}

/** 0 when both configurations hold the same limits, 1 otherwise. */
int xfrmnl_ltime_cfg_cmp(struct xfrmnl_ltime_cfg *a, struct xfrmnl_ltime_cfg *b)
{
	if (a == b)
		return 0;
	if (!a || !b)
		return 1;
	return memcmp(&a->soft_byte_limit, &b->soft_byte_limit,
		      sizeof(*a) - offsetof(struct xfrmnl_ltime_cfg,
					    soft_byte_limit)) != 0;
}

/* One getter/setter pair per limit; setters return 0. */
#define LTIME_FIELD(name, member)                                              \
	unsigned long long xfrmnl_ltime_cfg_get_##name(struct xfrmnl_ltime_cfg *lt) \
	{                                                                      \
		return lt->member;                                             \
	}                                                                      \
	int xfrmnl_ltime_cfg_set_##name(struct xfrmnl_ltime_cfg *lt,           \
					unsigned long long v)                  \
	{                                                                      \
		lt->member = v;                                                \
		return 0;                                                      \
	}

LTIME_FIELD(soft_bytelimit, soft_byte_limit)
LTIME_FIELD(hard_bytelimit, hard_byte_limit)
LTIME_FIELD(soft_packetlimit, soft_packet_limit)
LTIME_FIELD(hard_packetlimit, hard_packet_limit)
LTIME_FIELD(soft_addexpires, soft_add_expires_seconds)
LTIME_FIELD(hard_addexpires, hard_add_expires_seconds)
LTIME_FIELD(soft_useexpires, soft_use_expires_seconds)
LTIME_FIELD(hard_useexpires, hard_use_expires_seconds)

void _xfrmnl_ltime_to_kernel(struct xfrm_lifetime_cfg *dst,
			     struct xfrmnl_ltime_cfg *lt)
{
	memset(dst, 0, sizeof(*dst));
	if (!lt)
		return;
	dst->soft_byte_limit = lt->soft_byte_limit;
	dst->hard_byte_limit = lt->hard_byte_limit;
	dst->soft_packet_limit = lt->soft_packet_limit;
	dst->hard_packet_limit = lt->hard_packet_limit;
	dst->soft_add_expires_seconds = lt->soft_add_expires_seconds;
	dst->hard_add_expires_seconds = lt->hard_add_expires_seconds;
	dst->soft_use_expires_seconds = lt->soft_use_expires_seconds;
	dst->hard_use_expires_seconds = lt->hard_use_expires_seconds;
}

struct xfrmnl_ltime_cfg *_xfrmnl_ltime_from_kernel(const struct xfrm_lifetime_cfg *src)
{
	struct xfrmnl_ltime_cfg *lt = xfrmnl_ltime_cfg_alloc();

	if (!lt)
		return NULL;
	lt->soft_byte_limit = src->soft_byte_limit;
	lt->hard_byte_limit = src->hard_byte_limit;
	lt->soft_packet_limit = src->soft_packet_limit;
	lt->hard_packet_limit = src->hard_packet_limit;
	lt->soft_add_expires_seconds = src->soft_add_expires_seconds;
	lt->hard_add_expires_seconds = src->hard_add_expires_seconds;
	lt->soft_use_expires_seconds = src->soft_use_expires_seconds;
	lt->hard_use_expires_seconds = src->hard_use_expires_seconds;
	return lt;
}

/* "lifetime configuration" block.  Policies print a space before the
 * end of the limit lines, associations do not (as libnl always did). */
void _xfrmnl_dump_lft(struct xfrmnl_ltime_cfg *lt, struct nl_dump_params *p,
		      int sp_style)
{
	struct xfrmnl_ltime_cfg zero = { 0 };
	const char *end = sp_style ? " \n" : "\n";

	if (!lt)
		lt = &zero;
	nl_dump_line(p, "\tlifetime configuration: \n");
	nl_dump_line(p, "\t\tsoft limit: %llu (bytes), %llu (packets)%s",
		     (unsigned long long)lt->soft_byte_limit,
		     (unsigned long long)lt->soft_packet_limit, end);
	nl_dump_line(p, "\t\thard limit: %llu (bytes), %llu (packets)%s",
		     (unsigned long long)lt->hard_byte_limit,
		     (unsigned long long)lt->hard_packet_limit, end);
	nl_dump_line(p, "\t\tsoft add_time: %llu (seconds), soft use_time: %llu (seconds) \n",
		     (unsigned long long)lt->soft_add_expires_seconds,
		     (unsigned long long)lt->soft_use_expires_seconds);
	nl_dump_line(p, "\t\thard add_time: %llu (seconds), hard use_time: %llu (seconds) \n",
		     (unsigned long long)lt->hard_add_expires_seconds,
		     (unsigned long long)lt->hard_use_expires_seconds);
}

static void fmt_time(uint64_t t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!t || !localtime_r(&tt, &tm)) {
		snprintf(buf, len, "-");
		return;
	}
	strftime(buf, len, "%Y-%m-%d %H-%M-%S", &tm);
}

/* "lifetime current" block: associations and policies print "N bytes, N
 * packets", events "bytes N packets N ". */
void _xfrmnl_dump_curlft(const struct xfrmnl_lifetime_cur *c,
			 struct nl_dump_params *p, int ae_style)
{
	char add[64], use[64];

	nl_dump_line(p, "\tlifetime current: \n");
	if (ae_style)
		nl_dump_line(p, "\t\tbytes %llu packets %llu \n",
			     (unsigned long long)c->bytes,
			     (unsigned long long)c->packets);
	else
		nl_dump_line(p, "\t\t%llu bytes, %llu packets\n",
			     (unsigned long long)c->bytes,
			     (unsigned long long)c->packets);
	fmt_time(c->add_time, add, sizeof(add));
	fmt_time(c->use_time, use, sizeof(use));
	nl_dump_line(p, "\t\tadd_time: %s, use_time: %s\n", add, use);
}
