/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * MACVLAN and MACVTAP links (IFLA_INFO_KIND "macvlan" / "macvtap"): both
 * carry the IFLA_MACVLAN_* attributes, described once in macvlan_attrs.
 * The source-mode address list (IFLA_MACVLAN_MACADDR_DATA) is a hook.
 */

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_ether.h>

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/attr.h>
#include <netlink/route/link/macvlan.h>
#include <netlink/route/link/macvtap.h>

#define MV_MODE		(1ULL << 0)
#define MV_FLAGS	(1ULL << 1)
#define MV_MACMODE	(1ULL << 2)
#define MV_MACADDR	(1ULL << 3)

struct macvlan_info {
	uint64_t ce_mask;
	uint32_t mode;
	uint32_t macmode;
	uint16_t flags;
	uint32_t naddr;
	struct nl_addr **addrs;	/* source mode: allowed source addresses */
};

static void addrs_free(void *base)
{
	struct macvlan_info *mv = base;
	uint32_t i;

	for (i = 0; i < mv->naddr; i++)
		nl_addr_put(mv->addrs[i]);
	free(mv->addrs);
	mv->addrs = NULL;
	mv->naddr = 0;
}

static int addrs_append(struct macvlan_info *mv, struct nl_addr *a)
{
	struct nl_addr **n;

	n = realloc(mv->addrs, (mv->naddr + 1) * sizeof(*n));
	if (!n)
		return -NLE_NOMEM;
	mv->addrs = n;
	mv->addrs[mv->naddr++] = a;
	return 0;
}

static int addrs_parse(void *base, const struct nlattr *nla)
{
	struct macvlan_info *mv = base;
	struct nlattr *pos;
	int rem, err;

	addrs_free(mv);
	nla_for_each_nested(pos, (struct nlattr *)nla, rem) {
		struct nl_addr *a;

		if (nla_type(pos) != IFLA_MACVLAN_MACADDR)
			continue;
		if (nla_len(pos) < ETH_ALEN)
			return -NLE_RANGE;
		if (!(a = nl_addr_build(AF_LLC, nla_data(pos), ETH_ALEN)))
			return -NLE_NOMEM;
		if ((err = addrs_append(mv, a)) < 0) {
			nl_addr_put(a);
			return err;
		}
	}
	return 0;
}

static int addrs_build(struct nl_msg *msg, const void *base)
{
	const struct macvlan_info *mv = base;
	struct nlattr *nest;
	uint32_t i;

	if (!(nest = nla_nest_start(msg, IFLA_MACVLAN_MACADDR_DATA)))
		return -NLE_MSGSIZE;
	for (i = 0; i < mv->naddr; i++)
		if (nla_put_addr(msg, IFLA_MACVLAN_MACADDR, mv->addrs[i]) < 0)
			return -NLE_MSGSIZE;
	nla_nest_end(msg, nest);
	return 0;
}

static int addrs_differ(const void *a, const void *b, int flags)
{
	const struct macvlan_info *x = a, *y = b;
	uint32_t i;

	if (x->naddr != y->naddr)
		return 1;
	for (i = 0; i < x->naddr; i++)
		if (nl_addr_cmp(x->addrs[i], y->addrs[i]))
			return 1;
	return 0;
}

static int addrs_clone(void *dst, const void *src)
{
	struct macvlan_info *d = dst;
	const struct macvlan_info *s = src;
	uint32_t i;

	d->addrs = NULL;
	d->naddr = 0;
	if (!s->naddr)
		return 0;
	if (!(d->addrs = calloc(s->naddr, sizeof(*d->addrs))))
		return -NLE_NOMEM;
	for (i = 0; i < s->naddr; i++) {
		d->addrs[i] = nl_addr_get(s->addrs[i]);
		d->naddr++;
	}
	return 0;
}

static const struct nlo_hooks addrs_hooks = {
	.parse = addrs_parse,
	.build = addrs_build,
	.differ = addrs_differ,
	.clone = addrs_clone,
	.free = addrs_free,
};

#define M(m, BIT, NAME, TYPE, ...)                                             \
	NLO_ENTRY(struct macvlan_info, m, BIT, NAME, TYPE, __VA_ARGS__)

static const struct nlo_attr macvlan_attrs[] = {
	M(mode, MV_MODE, "mode", NLO_U32, .nla = IFLA_MACVLAN_MODE),
	M(flags, MV_FLAGS, "flags", NLO_U16, .nla = IFLA_MACVLAN_FLAGS),
	M(macmode, MV_MACMODE, "macmode", NLO_U32,
	  .nla = IFLA_MACVLAN_MACADDR_MODE),
	M(addrs, MV_MACADDR, "macaddr", NLO_HOOK,
	  .nla = IFLA_MACVLAN_MACADDR_DATA, .hooks = &addrs_hooks),
};

static const struct nlo_table macvlan_table =
	NLO_TABLE(struct macvlan_info, ce_mask, macvlan_attrs, IFLA_MACVLAN_MAX);

static const struct trans_tbl macvlan_modes[] = {
	__ADD(MACVLAN_MODE_PRIVATE, private),
	__ADD(MACVLAN_MODE_VEPA, vepa),
	__ADD(MACVLAN_MODE_BRIDGE, bridge),
	__ADD(MACVLAN_MODE_PASSTHRU, passthru),
	__ADD(MACVLAN_MODE_SOURCE, source),
};

static const struct trans_tbl macvlan_flags[] = {
	__ADD(MACVLAN_FLAG_NOPROMISC, nopromisc),
};

/* The names carry double quotes, as Debian's libnl prints them. */
static const struct trans_tbl macvlan_macmodes[] = {
	{ MACVLAN_MACADDR_ADD, "\"add\"" },
	{ MACVLAN_MACADDR_DEL, "\"del\"" },
	{ MACVLAN_MACADDR_FLUSH, "\"flush\"" },
	{ MACVLAN_MACADDR_SET, "\"set\"" },
};

static void mv_dump(struct rtnl_link *link, struct nl_dump_params *p,
		    const char *kind)
{
	struct macvlan_info *mv = link->l_info;
	char buf[64];

	if (!mv || !(mv->ce_mask & (MV_MODE | MV_FLAGS)))
		return;
	nl_dump_line(p, "   ");
	if (mv->ce_mask & MV_MODE)
		nl_dump(p, " %s-mode %s", kind,
			__type2str((int)mv->mode, buf, sizeof(buf), macvlan_modes,
				   ARRAY_SIZE(macvlan_modes)));
	if (mv->ce_mask & MV_FLAGS)
		nl_dump(p, " %s-flags %s", kind,
			__flags2str(mv->flags, buf, sizeof(buf), macvlan_flags,
				    ARRAY_SIZE(macvlan_flags)));
	if (mv->naddr) {
		uint32_t i;

		nl_dump(p, " %s-count %u %s-sourcemac", kind, mv->naddr, kind);
		for (i = 0; i < mv->naddr; i++)
			nl_dump(p, " %s",
				nl_addr2str(mv->addrs[i], buf, sizeof(buf)));
	}
	nl_dump(p, "\n");
}

static void macvlan_dump_details(struct rtnl_link *link,
				 struct nl_dump_params *p)
{
	mv_dump(link, p, "macvlan");
}

static void macvtap_dump_details(struct rtnl_link *link,
				 struct nl_dump_params *p)
{
	mv_dump(link, p, "macvtap");
}

static struct rtnl_link_info_ops macvlan_info_ops = {
	.io_name = "macvlan",
	.io_dump = { [NL_DUMP_DETAILS] = macvlan_dump_details },
	.io_table = &macvlan_table,
	.io_size = sizeof(struct macvlan_info),
};

static struct rtnl_link_info_ops macvtap_info_ops = {
	.io_name = "macvtap",
	.io_dump = { [NL_DUMP_DETAILS] = macvtap_dump_details },
	.io_table = &macvlan_table,
	.io_size = sizeof(struct macvlan_info),
};

KA_REGISTER(macvlan_info_ops)
KA_REGISTER(macvtap_info_ops)

/* ------------------------------------------------------------------ */
/* MACVLAN                                                              */

/* The source address list is usable in source mode once a list mode was
 * set or a list was received. */
static int src_list_ok(const struct macvlan_info *mv)
{
	return (mv->ce_mask & MV_MODE) && mv->mode == MACVLAN_MODE_SOURCE &&
	       (mv->ce_mask & (MV_MACMODE | MV_MACADDR));
}

/** Allocate a link of kind "macvlan"; NULL when out of memory. */
struct rtnl_link *rtnl_link_macvlan_alloc(void)
{
	return _kinds_a_alloc("macvlan");
}

/** Nonzero when link is of kind "macvlan". */
int rtnl_link_is_macvlan(struct rtnl_link *link)
{
	return link && link->l_info_ops == &macvlan_info_ops;
}

/**
 * Set the mode (MACVLAN_MODE_*).  Leaving source mode drops the source
 * address list and its mode.
 * @return 0 or -NLE_OPNOTSUPP when link is not a macvlan link.
 */
int rtnl_link_macvlan_set_mode(struct rtnl_link *link, uint32_t mode)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	mv->mode = mode;
	mv->ce_mask |= MV_MODE;
	if (mode != MACVLAN_MODE_SOURCE) {
		addrs_free(mv);
		mv->macmode = 0;
		mv->ce_mask &= ~(MV_MACMODE | MV_MACADDR);
	}
	return 0;
}

/** The mode (MACVLAN_MODE_*), 0 when unset or not a macvlan link. */
uint32_t rtnl_link_macvlan_get_mode(struct rtnl_link *link)
{
	struct macvlan_info *mv = _rtnl_link_kind_data(link, &macvlan_info_ops);

	return mv ? mv->mode : 0;
}

/** Set the MACVLAN_FLAG_* bits in flags (others are kept). */
int rtnl_link_macvlan_set_flags(struct rtnl_link *link, uint16_t flags)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	mv->flags |= flags;
	mv->ce_mask |= MV_FLAGS;
	return 0;
}

/** Clear the MACVLAN_FLAG_* bits in flags. */
int rtnl_link_macvlan_unset_flags(struct rtnl_link *link, uint16_t flags)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	mv->flags &= (uint16_t)~flags;
	mv->ce_mask |= MV_FLAGS;
	return 0;
}

/** The MACVLAN_FLAG_* bits; 0 when not a macvlan link. */
uint16_t rtnl_link_macvlan_get_flags(struct rtnl_link *link)
{
	struct macvlan_info *mv = _rtnl_link_kind_data(link, &macvlan_info_ops);

	return mv ? mv->flags : 0;
}

/**
 * Set how the source address list of a request is applied
 * (MACVLAN_MACADDR_ADD, _DEL, _FLUSH, _SET).
 * @return 0, -NLE_INVAL unless the mode is MACVLAN_MODE_SOURCE.
 */
int rtnl_link_macvlan_set_macmode(struct rtnl_link *link, uint32_t macmode)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!(mv->ce_mask & MV_MODE) || mv->mode != MACVLAN_MODE_SOURCE)
		return -NLE_INVAL;
	mv->macmode = macmode;
	mv->ce_mask |= MV_MACMODE;
	return 0;
}

/**
 * Get the address list mode into *out_macmode.
 * @return 0, -NLE_INVAL unless in source mode with a list mode set.
 */
int rtnl_link_macvlan_get_macmode(struct rtnl_link *link, uint32_t *out_macmode)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!out_macmode || !(mv->ce_mask & MV_MODE) ||
	    mv->mode != MACVLAN_MODE_SOURCE || !(mv->ce_mask & MV_MACMODE))
		return -NLE_INVAL;
	*out_macmode = mv->macmode;
	return 0;
}

/**
 * Number of source addresses into *out_count.
 * @return 0, -NLE_INVAL unless in source mode with a list mode set (or a
 *         list received from the kernel).
 */
int rtnl_link_macvlan_count_macaddr(struct rtnl_link *link, uint32_t *out_count)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!out_count || !src_list_ok(mv))
		return -NLE_INVAL;
	*out_count = mv->naddr;
	return 0;
}

/**
 * Source address number idx; *addr stays owned by link.
 * @return 0, -NLE_INVAL unless in source mode or when idx is out of range.
 */
int rtnl_link_macvlan_get_macaddr(struct rtnl_link *link, uint32_t idx,
				  const struct nl_addr **addr)
{
	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!addr || !src_list_ok(mv) || idx >= mv->naddr)
		return -NLE_INVAL;
	*addr = mv->addrs[idx];
	return 0;
}

/**
 * Append a source address (AF_LLC, 6 bytes); link takes a reference.
 * @return 0, -NLE_INVAL unless the list is usable (see
 *         rtnl_link_macvlan_count_macaddr()) or for another address.
 */
int rtnl_link_macvlan_add_macaddr(struct rtnl_link *link, struct nl_addr *addr)
{
	int err;

	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!addr || !src_list_ok(mv) || nl_addr_get_family(addr) != AF_LLC ||
	    nl_addr_get_len(addr) != ETH_ALEN)
		return -NLE_INVAL;
	if ((err = addrs_append(mv, nl_addr_get(addr))) < 0) {
		nl_addr_put(addr);
		return err;
	}
	mv->ce_mask |= MV_MACADDR;
	return 0;
}

/**
 * Remove every source address equal to addr.
 * @return the number of addresses removed, -NLE_INVAL unless the list is
 *         usable or for another address.
 */
int rtnl_link_macvlan_del_macaddr(struct rtnl_link *link, struct nl_addr *addr)
{
	uint32_t i, j;
	int removed;

	KA_DATA(struct macvlan_info, mv, link, &macvlan_info_ops);
	if (!addr || !src_list_ok(mv) || nl_addr_get_family(addr) != AF_LLC)
		return -NLE_INVAL;
	for (i = j = 0; i < mv->naddr; i++) {
		if (!nl_addr_cmp(mv->addrs[i], addr))
			nl_addr_put(mv->addrs[i]);
		else
			mv->addrs[j++] = mv->addrs[i];
	}
	removed = (int)(mv->naddr - j);
	mv->naddr = j;
	mv->ce_mask |= MV_MACADDR;
	return removed;
}

/** Name of a MACVLAN_MODE_* value ("0x.." when unknown). */
char *rtnl_link_macvlan_mode2str(int mode, char *buf, size_t len)
{
	return __type2str(mode, buf, len, macvlan_modes,
			  ARRAY_SIZE(macvlan_modes));
}

/** MACVLAN_MODE_* value of a name; a negative NLE_* code when unknown. */
int rtnl_link_macvlan_str2mode(const char *name)
{
	return __str2type(name, macvlan_modes, ARRAY_SIZE(macvlan_modes));
}

/** Names of MACVLAN_FLAG_* bits, comma separated. */
char *rtnl_link_macvlan_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, macvlan_flags,
			   ARRAY_SIZE(macvlan_flags));
}

/** MACVLAN_FLAG_* bits of a comma separated list of names. */
int rtnl_link_macvlan_str2flags(const char *name)
{
	return __str2flags(name, macvlan_flags, ARRAY_SIZE(macvlan_flags));
}

/** Name of a MACVLAN_MACADDR_* value. */
char *rtnl_link_macvlan_macmode2str(int mode, char *buf, size_t len)
{
	return __type2str(mode, buf, len, macvlan_macmodes,
			  ARRAY_SIZE(macvlan_macmodes));
}

/** MACVLAN_MACADDR_* value of a name; a negative NLE_* code when unknown. */
int rtnl_link_macvlan_str2macmode(const char *name)
{
	return __str2type(name, macvlan_macmodes, ARRAY_SIZE(macvlan_macmodes));
}

/* ------------------------------------------------------------------ */
/* MACVTAP                                                              */

/** Allocate a link of kind "macvtap"; NULL when out of memory. */
struct rtnl_link *rtnl_link_macvtap_alloc(void)
{
	return _kinds_a_alloc("macvtap");
}

/** Nonzero when link is of kind "macvtap". */
int rtnl_link_is_macvtap(struct rtnl_link *link)
{
	return link && link->l_info_ops == &macvtap_info_ops;
}

/** Set the mode (MACVLAN_MODE_*); -NLE_OPNOTSUPP for another kind. */
int rtnl_link_macvtap_set_mode(struct rtnl_link *link, uint32_t mode)
{
	KA_DATA(struct macvlan_info, mv, link, &macvtap_info_ops);
	mv->mode = mode;
	mv->ce_mask |= MV_MODE;
	return 0;
}

/** The mode (MACVLAN_MODE_*), 0 when unset or not a macvtap link. */
uint32_t rtnl_link_macvtap_get_mode(struct rtnl_link *link)
{
	struct macvlan_info *mv = _rtnl_link_kind_data(link, &macvtap_info_ops);

	return mv ? mv->mode : 0;
}

/** Set the MACVLAN_FLAG_* bits in flags (others are kept). */
int rtnl_link_macvtap_set_flags(struct rtnl_link *link, uint16_t flags)
{
	KA_DATA(struct macvlan_info, mv, link, &macvtap_info_ops);
	mv->flags |= flags;
	mv->ce_mask |= MV_FLAGS;
	return 0;
}

/** Clear the MACVLAN_FLAG_* bits in flags. */
int rtnl_link_macvtap_unset_flags(struct rtnl_link *link, uint16_t flags)
{
	KA_DATA(struct macvlan_info, mv, link, &macvtap_info_ops);
	mv->flags &= (uint16_t)~flags;
	mv->ce_mask |= MV_FLAGS;
	return 0;
}

/** The MACVLAN_FLAG_* bits; 0 when not a macvtap link. */
uint16_t rtnl_link_macvtap_get_flags(struct rtnl_link *link)
{
	struct macvlan_info *mv = _rtnl_link_kind_data(link, &macvtap_info_ops);

	return mv ? mv->flags : 0;
}

/** Name of a MACVLAN_MODE_* value. */
char *rtnl_link_macvtap_mode2str(int mode, char *buf, size_t len)
{
	return rtnl_link_macvlan_mode2str(mode, buf, len);
}

/** MACVLAN_MODE_* value of a name. */
int rtnl_link_macvtap_str2mode(const char *name)
{
	return rtnl_link_macvlan_str2mode(name);
}

/** Names of MACVLAN_FLAG_* bits. */
char *rtnl_link_macvtap_flags2str(int flags, char *buf, size_t len)
{
	return rtnl_link_macvlan_flags2str(flags, buf, len);
}

/** MACVLAN_FLAG_* bits of names. */
int rtnl_link_macvtap_str2flags(const char *name)
{
	return rtnl_link_macvlan_str2flags(name);
}
