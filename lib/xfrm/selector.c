/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic selectors (struct xfrm_selector) and the address helpers of
 * libnl-xfrm-3.  A selector is a reference-counted value object shared by
 * associations and policies.
 */

#include <stdlib.h>
#include <string.h>

#include "xfrm-priv.h"

/* The length of an address of @family in an xfrm_address_t; 0: none. */
static int addr_len(int family)
{
	return family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
}

struct nl_addr *_xfrmnl_addr(int family, const xfrm_address_t *a, int plen)
{
	struct nl_addr *addr;
	int len = addr_len(family);

	if (!len)
		return NULL;
	addr = nl_addr_build(family, a, len);
	if (addr && plen >= 0)
		nl_addr_set_prefixlen(addr, plen);
	return addr;
}

void _xfrmnl_addr_put_raw(xfrm_address_t *dst, struct nl_addr *a)
{
	unsigned int len;

	memset(dst, 0, sizeof(*dst));
	if (!a)
		return;
	len = nl_addr_get_len(a);
	if (len > sizeof(*dst))
		len = sizeof(*dst);
	memcpy(dst, nl_addr_get_binary_addr(a), len);
}

int _xfrmnl_addr_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp(a, b) != 0;
}

/** A new, empty selector (one reference), or NULL without memory. */
struct xfrmnl_sel *xfrmnl_sel_alloc(void)
{
	struct xfrmnl_sel *sel = calloc(1, sizeof(*sel));

	if (sel)
		sel->refcnt = 1;
	return sel;
}

/** A new copy of @a sel (addresses copied too), or NULL without memory. */
struct xfrmnl_sel *xfrmnl_sel_clone(struct xfrmnl_sel *sel)
{
	struct xfrmnl_sel *c = xfrmnl_sel_alloc();

	if (!c)
		return NULL;
	memcpy(c, sel, sizeof(*c));
	c->refcnt = 1;
	c->daddr = sel->daddr ? nl_addr_clone(sel->daddr) : NULL;
	c->saddr = sel->saddr ? nl_addr_clone(sel->saddr) : NULL;
	if ((sel->daddr && !c->daddr) || (sel->saddr && !c->saddr)) {
		xfrmnl_sel_put(c);
		return NULL;
	}
	return c;
}

/** Take a reference; returns @a sel. */
struct xfrmnl_sel *xfrmnl_sel_get(struct xfrmnl_sel *sel)
{
	sel->refcnt++;
	return sel;
}

/** Drop a reference; the last frees the selector.  NULL is ignored. */
void xfrmnl_sel_put(struct xfrmnl_sel *sel)
{
	if (!sel || --sel->refcnt > 0)
		return;
	nl_addr_put(sel->daddr);
	nl_addr_put(sel->saddr);
	free(sel);
}

/** 1 when more than one reference is held, else 0. */
int xfrmnl_sel_shared(struct xfrmnl_sel *sel)
{
	return sel->refcnt > 1;
}

/* Addresses that agree on their shorter prefix count as equal. */
static int prefix_differ(struct nl_addr *a, struct nl_addr *b)
{
	if (!a || !b)
		return a != b;
	return nl_addr_cmp_prefix(a, b) != 0;
}

/**
 * Compare two selectors as libnl does: the addresses (up to the shorter
 * of their prefixes), the family and the user id.  Ports, protocol,
 * interface and the prefix length fields do not count.
 * @return 0 when equal, 1 otherwise.
 */
int xfrmnl_sel_cmp(struct xfrmnl_sel *a, struct xfrmnl_sel *b)
{
	if (a == b)
		return 0;
	if (!a || !b)
		return 1;
	return prefix_differ(a->daddr, b->daddr) ||
	       prefix_differ(a->saddr, b->saddr) ||
	       a->family != b->family || a->user != b->user;
}

/*
 * The selector block of association and policy dumps.  The port pair
 * printed first is the destination's, under the label "src", as libnl has
 * always printed it; kept so that existing output parsers keep working.
 */
void _xfrmnl_dump_sel(struct xfrmnl_sel *sel, struct nl_dump_params *p,
		      const char *indent, const char *uid_word)
{
	struct xfrmnl_sel zero = { 0 };
	char s[INET6_ADDRSTRLEN + 8], d[INET6_ADDRSTRLEN + 8], f[32], pr[32];

	if (!sel)
		sel = &zero;
	nl_dump_line(p, "%ssrc %s dst %s family: %s\n", indent,
		     sel->saddr ? nl_addr2str(sel->saddr, s, sizeof(s)) : "none",
		     sel->daddr ? nl_addr2str(sel->daddr, d, sizeof(d)) : "none",
		     nl_af2str(sel->family, f, sizeof(f)));
	nl_dump_line(p, "%ssrc port/mask: %d/%d dst port/mask: %d/%d\n", indent,
		     sel->dport, sel->dport_mask, sel->sport, sel->sport_mask);
	nl_dump_line(p, "%sprotocol: %s ifindex: %u %s: %u\n", indent,
		     nl_ip_proto2str(sel->proto, pr, sizeof(pr)),
		     sel->ifindex, uid_word, sel->user);
}

/** Print @a sel as association dumps do, at the dump's prefix. */
void xfrmnl_sel_dump(struct xfrmnl_sel *sel, struct nl_dump_params *p)
{
	_xfrmnl_dump_sel(sel, p, "\t\t", "user");
}

static int set_addr(struct nl_addr **pos, struct nl_addr *addr)
{
	if (addr)
		nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	return 0;
}

/** Destination address and prefix (no reference taken), or NULL. */
struct nl_addr *xfrmnl_sel_get_daddr(struct xfrmnl_sel *sel)
{
	return sel->daddr;
}

/** Set the destination address (the selector takes a reference). @return 0 */
int xfrmnl_sel_set_daddr(struct xfrmnl_sel *sel, struct nl_addr *addr)
{
	return set_addr(&sel->daddr, addr);
}

/** Source address and prefix (no reference taken), or NULL. */
struct nl_addr *xfrmnl_sel_get_saddr(struct xfrmnl_sel *sel)
{
	return sel->saddr;
}

/** Set the source address (the selector takes a reference). @return 0 */
int xfrmnl_sel_set_saddr(struct xfrmnl_sel *sel, struct nl_addr *addr)
{
	return set_addr(&sel->saddr, addr);
}

/* Scalar fields: getters return the value, setters 0. */
#define SEL_FIELD(name, member)                                                \
	int xfrmnl_sel_get_##name(struct xfrmnl_sel *sel)                      \
	{                                                                      \
		return sel->member;                                            \
	}                                                                      \
	int xfrmnl_sel_set_##name(struct xfrmnl_sel *sel, unsigned int v)      \
	{                                                                      \
		sel->member = v;                                               \
		return 0;                                                      \
	}

SEL_FIELD(dport, dport)
SEL_FIELD(dportmask, dport_mask)
SEL_FIELD(sport, sport)
SEL_FIELD(sportmask, sport_mask)
SEL_FIELD(family, family)
SEL_FIELD(prefixlen_d, prefixlen_d)
SEL_FIELD(prefixlen_s, prefixlen_s)
SEL_FIELD(proto, proto)
SEL_FIELD(ifindex, ifindex)
SEL_FIELD(userid, user)

void _xfrmnl_sel_to_kernel(struct xfrm_selector *dst, struct xfrmnl_sel *sel)
{
	memset(dst, 0, sizeof(*dst));
	if (!sel)
		return;
	_xfrmnl_addr_put_raw(&dst->daddr, sel->daddr);
	_xfrmnl_addr_put_raw(&dst->saddr, sel->saddr);
	dst->dport = htons(sel->dport);
	dst->dport_mask = htons(sel->dport_mask);
	dst->sport = htons(sel->sport);
	dst->sport_mask = htons(sel->sport_mask);
	dst->family = sel->family;
	dst->prefixlen_d = sel->prefixlen_d;
	dst->prefixlen_s = sel->prefixlen_s;
	dst->proto = sel->proto;
	dst->ifindex = sel->ifindex;
	dst->user = sel->user;
}

struct xfrmnl_sel *_xfrmnl_sel_from_kernel(const struct xfrm_selector *src)
{
	struct xfrmnl_sel *sel = xfrmnl_sel_alloc();

	if (!sel)
		return NULL;
	sel->daddr = _xfrmnl_addr(src->family, &src->daddr, src->prefixlen_d);
	sel->saddr = _xfrmnl_addr(src->family, &src->saddr, src->prefixlen_s);
	sel->dport = ntohs(src->dport);
	sel->dport_mask = ntohs(src->dport_mask);
	sel->sport = ntohs(src->sport);
	sel->sport_mask = ntohs(src->sport_mask);
	sel->family = src->family;
	sel->prefixlen_d = src->prefixlen_d;
	sel->prefixlen_s = src->prefixlen_s;
	sel->proto = src->proto;
	sel->ifindex = src->ifindex;
	sel->user = src->user;
	return sel;
}
