/* SPDX-License-Identifier: LGPL-2.1-only */
/* User templates of a security policy (struct xfrm_user_tmpl). */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "xfrm-priv.h"

static const struct trans_tbl modes[] = {
	__ADD(XFRM_MODE_TRANSPORT, transport),
	__ADD(XFRM_MODE_TUNNEL, tunnel),
	{ XFRM_MODE_ROUTEOPTIMIZATION, "route optimization" },
	{ XFRM_MODE_IN_TRIGGER, "in trigger" },
	__ADD(XFRM_MODE_BEET, beet),
};

/** Name of a template mode (XFRM_MODE_*), or its number in hex. */
char *xfrmnl_user_tmpl_mode2str(int mode, char *buf, size_t len)
{
	return __type2str(mode, buf, len, modes, ARRAY_SIZE(modes));
}

/** Mode of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int xfrmnl_user_tmpl_str2mode(const char *name)
{
	return __str2type(name, modes, ARRAY_SIZE(modes));
}

/** A new, empty template, or NULL without memory. */
struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_alloc(void)
{
	struct xfrmnl_user_tmpl *t = calloc(1, sizeof(*t));

	if (t)
		nl_init_list_head(&t->utmpl_list);
	return t;
}

/** A new copy of @a utmpl, not in any policy, or NULL without memory. */
struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_clone(struct xfrmnl_user_tmpl *utmpl)
{
	struct xfrmnl_user_tmpl *t = xfrmnl_user_tmpl_alloc();

	if (!t)
		return NULL;
	memcpy(t, utmpl, sizeof(*t));
	nl_init_list_head(&t->utmpl_list);
	t->daddr = utmpl->daddr ? nl_addr_clone(utmpl->daddr) : NULL;
	t->saddr = utmpl->saddr ? nl_addr_clone(utmpl->saddr) : NULL;
	if ((utmpl->daddr && !t->daddr) || (utmpl->saddr && !t->saddr)) {
		xfrmnl_user_tmpl_free(t);
		return NULL;
	}
	return t;
}

/** Free a template (remove it from its policy first).  NULL is ignored. */
void xfrmnl_user_tmpl_free(struct xfrmnl_user_tmpl *utmpl)
{
	if (!utmpl)
		return;
	nl_addr_put(utmpl->daddr);
	nl_addr_put(utmpl->saddr);
	free(utmpl);
}

/**
 * Compare two templates as libnl does: every field but the protocol and
 * the optional flag.
 * @return 0 when equal, 1 otherwise.
 */
int xfrmnl_user_tmpl_cmp(struct xfrmnl_user_tmpl *a, struct xfrmnl_user_tmpl *b)
{
	if (a == b)
		return 0;
	if (!a || !b)
		return 1;
	return _xfrmnl_addr_differ(a->daddr, b->daddr) ||
	       _xfrmnl_addr_differ(a->saddr, b->saddr) || a->spi != b->spi ||
	       a->family != b->family ||
	       a->reqid != b->reqid || a->mode != b->mode ||
	       a->share != b->share ||
	       a->aalgos != b->aalgos || a->ealgos != b->ealgos ||
	       a->calgos != b->calgos;
}

/*
 * Print @a utmpl as policy dumps do.  The "mode:" field shows the
 * protocol's name, as libnl has always printed it.
 */
void xfrmnl_user_tmpl_dump(struct xfrmnl_user_tmpl *t, struct nl_dump_params *p)
{
	char s[INET6_ADDRSTRLEN + 8], d[INET6_ADDRSTRLEN + 8], f[32], pr[32];

	nl_dump_line(p, "\t\tsrc %s dst %s family: %s \n",
		     t->saddr ? nl_addr2str(t->saddr, s, sizeof(s)) : "none",
		     t->daddr ? nl_addr2str(t->daddr, d, sizeof(d)) : "none",
		     nl_af2str(t->family, f, sizeof(f)));
	nl_ip_proto2str(t->proto, pr, sizeof(pr));
	nl_dump_line(p, "\t\tprotocol: %s spi: 0x%x reqid: %u mode: %s\n", pr,
		     t->spi, t->reqid, pr);
	nl_dump_line(p, "\t\tAuth Algo: 0x%x Crypto Algo: 0x%x Compr Algo: 0x%x\n",
		     t->aalgos, t->ealgos, t->calgos);
}

static int set_addr(struct nl_addr **pos, struct nl_addr *addr)
{
	if (addr)
		nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	return 0;
}

/** Destination (tunnel end) address, no reference taken, or NULL. */
struct nl_addr *xfrmnl_user_tmpl_get_daddr(struct xfrmnl_user_tmpl *utmpl)
{
	return utmpl->daddr;
}

/** Set the destination address (reference taken). @return 0 */
int xfrmnl_user_tmpl_set_daddr(struct xfrmnl_user_tmpl *utmpl,
			       struct nl_addr *addr)
{
	return set_addr(&utmpl->daddr, addr);
}

/** Source address, no reference taken, or NULL. */
struct nl_addr *xfrmnl_user_tmpl_get_saddr(struct xfrmnl_user_tmpl *utmpl)
{
	return utmpl->saddr;
}

/** Set the source address (reference taken). @return 0 */
int xfrmnl_user_tmpl_set_saddr(struct xfrmnl_user_tmpl *utmpl,
			       struct nl_addr *addr)
{
	return set_addr(&utmpl->saddr, addr);
}

#define TMPL_FIELD(name, member)                                               \
	int xfrmnl_user_tmpl_get_##name(struct xfrmnl_user_tmpl *t)            \
	{                                                                      \
		return t->member;                                              \
	}                                                                      \
	int xfrmnl_user_tmpl_set_##name(struct xfrmnl_user_tmpl *t,            \
					unsigned int v)                        \
	{                                                                      \
		t->member = v;                                                 \
		return 0;                                                      \
	}

TMPL_FIELD(spi, spi)
TMPL_FIELD(proto, proto)
TMPL_FIELD(family, family)
TMPL_FIELD(reqid, reqid)
TMPL_FIELD(mode, mode)
TMPL_FIELD(share, share)
TMPL_FIELD(optional, optional)
TMPL_FIELD(aalgos, aalgos)
TMPL_FIELD(ealgos, ealgos)
TMPL_FIELD(calgos, calgos)

void _xfrmnl_tmpl_to_kernel(struct xfrm_user_tmpl *dst,
			    struct xfrmnl_user_tmpl *t)
{
	memset(dst, 0, sizeof(*dst));
	_xfrmnl_addr_put_raw(&dst->id.daddr, t->daddr);
	dst->id.spi = htonl(t->spi);
	dst->id.proto = t->proto;
	dst->family = t->family;
	_xfrmnl_addr_put_raw(&dst->saddr, t->saddr);
	dst->reqid = t->reqid;
	dst->mode = t->mode;
	dst->share = t->share;
	dst->optional = t->optional;
	dst->aalgos = t->aalgos;
	dst->ealgos = t->ealgos;
	dst->calgos = t->calgos;
}

struct xfrmnl_user_tmpl *_xfrmnl_tmpl_from_kernel(const struct xfrm_user_tmpl *src)
{
	struct xfrmnl_user_tmpl *t = xfrmnl_user_tmpl_alloc();

	if (!t)
		return NULL;
	t->daddr = _xfrmnl_addr(src->family, &src->id.daddr, -1);
	t->spi = ntohl(src->id.spi);
	t->proto = src->id.proto;
	t->family = src->family;
	t->saddr = _xfrmnl_addr(src->family, &src->saddr, -1);
	t->reqid = src->reqid;
	t->mode = src->mode;
	t->share = src->share;
	t->optional = src->optional;
	t->aalgos = src->aalgos;
	t->ealgos = src->ealgos;
	t->calgos = src->calgos;
	return t;
}
