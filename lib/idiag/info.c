/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The two small objects a socket diagnostics message may carry: memory
 * usage (INET_DIAG_MEMINFO) and TCP Vegas state (INET_DIAG_VEGASINFO).
 * Plain value holders with no attributes of their own: a difference in
 * any of the four fields is reported as bit 0, as libnl reports it.
 */

#include "idiag-priv.h"

#define FIELD_DIFF(a, b, f) ((a)->f != (b)->f ? 1 : 0)

static uint64_t meminfo_compare(struct nl_object *_a, struct nl_object *_b,
				uint64_t attrs, int flags)
{
	struct idiagnl_meminfo *a = (void *)_a, *b = (void *)_b;

	return FIELD_DIFF(a, b, idiag_rmem) | FIELD_DIFF(a, b, idiag_wmem) |
	       FIELD_DIFF(a, b, idiag_fmem) | FIELD_DIFF(a, b, idiag_tmem);
}

struct nl_object_ops idiagnl_meminfo_obj_ops = {
	.oo_name = "idiag/idiag_meminfo",
	.oo_size = sizeof(struct idiagnl_meminfo),
	.oo_compare = meminfo_compare,
};

/** A new memory usage object (all zero), or NULL without memory. */
struct idiagnl_meminfo *idiagnl_meminfo_alloc(void)
{
	return (struct idiagnl_meminfo *)nl_object_alloc(&idiagnl_meminfo_obj_ops);
}

/** Take a reference. */
void idiagnl_meminfo_get(struct idiagnl_meminfo *minfo)
{
	nl_object_get((struct nl_object *)minfo);
}

/** Drop a reference; the last frees the object. */
void idiagnl_meminfo_put(struct idiagnl_meminfo *minfo)
{
	nl_object_put((struct nl_object *)minfo);
}

#define MEMINFO_FIELD(name)                                                    \
	uint32_t idiagnl_meminfo_get_##name(const struct idiagnl_meminfo *m)   \
	{                                                                      \
		return m->idiag_##name;                                        \
	}                                                                      \
	void idiagnl_meminfo_set_##name(struct idiagnl_meminfo *m, uint32_t v) \
	{                                                                      \
		m->idiag_##name = v;                                           \
	}

/* Bytes in the receive queue, the send queue, forward-allocated, and
 * in transmission (struct inet_diag_meminfo). */
MEMINFO_FIELD(rmem)
MEMINFO_FIELD(wmem)
MEMINFO_FIELD(fmem)
MEMINFO_FIELD(tmem)

static uint64_t vegasinfo_compare(struct nl_object *_a, struct nl_object *_b,
				  uint64_t attrs, int flags)
{
	struct idiagnl_vegasinfo *a = (void *)_a, *b = (void *)_b;

	return FIELD_DIFF(a, b, tcpv_enabled) | FIELD_DIFF(a, b, tcpv_rttcnt) |
	       FIELD_DIFF(a, b, tcpv_rtt) | FIELD_DIFF(a, b, tcpv_minrtt);
}

struct nl_object_ops idiagnl_vegasinfo_obj_ops = {
	.oo_name = "idiag/idiag_vegasinfo",
	.oo_size = sizeof(struct idiagnl_vegasinfo),
	.oo_compare = vegasinfo_compare,
};

/** A new Vegas state object (all zero), or NULL without memory. */
struct idiagnl_vegasinfo *idiagnl_vegasinfo_alloc(void)
{
	return (struct idiagnl_vegasinfo *)nl_object_alloc(&idiagnl_vegasinfo_obj_ops);
}

/** Take a reference. */
void idiagnl_vegasinfo_get(struct idiagnl_vegasinfo *vinfo)
{
	nl_object_get((struct nl_object *)vinfo);
}

/** Drop a reference; the last frees the object. */
void idiagnl_vegasinfo_put(struct idiagnl_vegasinfo *vinfo)
{
	nl_object_put((struct nl_object *)vinfo);
}

#define VEGAS_FIELD(name)                                                      \
	uint32_t idiagnl_vegasinfo_get_##name(const struct idiagnl_vegasinfo *v) \
	{                                                                      \
		return v->tcpv_##name;                                         \
	}                                                                      \
	void idiagnl_vegasinfo_set_##name(struct idiagnl_vegasinfo *v,         \
					  uint32_t x)                          \
	{                                                                      \
		v->tcpv_##name = x;                                            \
	}

/* struct tcpvegas_info: enabled, RTT samples counted, RTT (propagation
 * delay) and minimum RTT. */
VEGAS_FIELD(enabled)
VEGAS_FIELD(rttcnt)
VEGAS_FIELD(rtt)
VEGAS_FIELD(minrtt)
