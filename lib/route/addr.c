/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Interface addresses: the rtnl_addr object described by one attribute
 * table, its cache "route/addr", requests, flag names and dumps.
 */

#include <stdlib.h>
#include <string.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>

/* Attribute bits (rtnl_addr.ce_mask) */
#define ADDR_ATTR_FAMILY	0x0001
#define ADDR_ATTR_PREFIXLEN	0x0002
#define ADDR_ATTR_FLAGS		0x0004
#define ADDR_ATTR_SCOPE		0x0008
#define ADDR_ATTR_IFINDEX	0x0010
#define ADDR_ATTR_LABEL		0x0020
#define ADDR_ATTR_CACHEINFO	0x0040
#define ADDR_ATTR_PEER		0x0080
#define ADDR_ATTR_LOCAL		0x0100
#define ADDR_ATTR_BROADCAST	0x0200
#define ADDR_ATTR_MULTICAST	0x0400
#define ADDR_ATTR_ANYCAST	0x0800

struct rtnl_addr {
	NLHDR_COMMON

	uint8_t a_family;
	uint8_t a_prefixlen;
	uint8_t a_scope;
	uint32_t a_flags;
	uint32_t a_flag_mask;
	int32_t a_ifindex;
	struct nl_addr *a_peer;
	struct nl_addr *a_local;
	struct nl_addr *a_bcast;
	struct nl_addr *a_anycast;
	struct nl_addr *a_multicast;
	struct ifa_cacheinfo a_cacheinfo;
	char a_label[IFNAMSIZ];
	struct rtnl_link *a_link;	/* referenced, not in the table */

	/* where a parsed local address lives (not copied by
	 * nl_object_clone(): oo_copy_size); a peer, rare, is allocated */
	NL_ADDR_STORAGE(16) a_own_local;
};

static struct nl_cache_ops addr_cache_ops;
static struct nl_object_ops addr_obj_ops;

/* Flags: a loose comparison only looks at the bits the filter set. */
static int flags_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_addr *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->a_flags ^ y->a_flags) & y->a_flag_mask) != 0;
	return x->a_flags != y->a_flags;
}

static const struct nlo_hooks flags_hooks = { .differ = flags_differ };

#define A(m, bit, name, type, ...)                                             \
	NLO_ENTRY(struct rtnl_addr, m, bit, name, type, __VA_ARGS__)

/* IFA_LOCAL and IFA_ADDRESS mean different things per family and with or
 * without a peer: parsed and built by hand (addr_parse(), addr_fill()). */
static const struct nlo_attr addr_attrs[] = {
	A(a_family, ADDR_ATTR_FAMILY, "family", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifaddrmsg, ifa_family)),
	/* not compared on its own: the local address carries it */
	A(a_prefixlen, ADDR_ATTR_PREFIXLEN, "prefixlen", NLO_U8,
	  .flags = NLO_F_HDR | NLO_F_NOCMP,
	  .hdr = offsetof(struct ifaddrmsg, ifa_prefixlen)),
	A(a_flags, ADDR_ATTR_FLAGS, "flags", NLO_U32, .nla = IFA_FLAGS,
	  .hooks = &flags_hooks),
	A(a_scope, ADDR_ATTR_SCOPE, "scope", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifaddrmsg, ifa_scope)),
	A(a_ifindex, ADDR_ATTR_IFINDEX, "ifindex", NLO_S32, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifaddrmsg, ifa_index)),
	A(a_label, ADDR_ATTR_LABEL, "label", NLO_CHARS, .nla = IFA_LABEL),
	A(a_cacheinfo, ADDR_ATTR_CACHEINFO, "cacheinfo", NLO_BINARY,
	  .nla = IFA_CACHEINFO),
	A(a_peer, ADDR_ATTR_PEER, "peer", NLO_ADDR,
	  .flags = NLO_F_NOPARSE | NLO_F_NOBUILD),
	A(a_local, ADDR_ATTR_LOCAL, "local", NLO_ADDR,
	  .flags = NLO_F_NOPARSE | NLO_F_NOBUILD),
	A(a_bcast, ADDR_ATTR_BROADCAST, "broadcast", NLO_ADDR,
	  .nla = IFA_BROADCAST, .family = AF_UNSPEC, .flags = NLO_F_GUESS),
	A(a_multicast, ADDR_ATTR_MULTICAST, "multicast", NLO_ADDR,
	  .nla = IFA_MULTICAST, .family = AF_UNSPEC, .flags = NLO_F_GUESS),
	A(a_anycast, ADDR_ATTR_ANYCAST, "anycast", NLO_ADDR,
	  .nla = IFA_ANYCAST, .family = AF_UNSPEC, .flags = NLO_F_GUESS),
};

static const struct nlo_table addr_table =
	NLO_TABLE(struct rtnl_addr, ce_mask, addr_attrs, IFA_MAX);

/* ------------------------------------------------------------------ */
/* Names                                                                */

static const struct trans_tbl addr_flags[] = {
	__ADD(IFA_F_SECONDARY, secondary),
	__ADD(IFA_F_NODAD, nodad),
	__ADD(IFA_F_OPTIMISTIC, optimistic),
	__ADD(IFA_F_DADFAILED, dadfailed),
	__ADD(IFA_F_HOMEADDRESS, homeaddress),
	__ADD(IFA_F_DEPRECATED, deprecated),
	__ADD(IFA_F_TENTATIVE, tentative),
	__ADD(IFA_F_PERMANENT, permanent),
	__ADD(IFA_F_MANAGETEMPADDR, mngtmpaddr),
	__ADD(IFA_F_NOPREFIXROUTE, noprefixroute),
};

/**
 * Names of the address flags (IFA_F_*) in flags, comma separated, into
 * buf; a trailing comma marks bits without a name.
 * @return buf.
 */
char *rtnl_addr_flags2str(int flags, char *buf, size_t size)
{
	return __flags2str(flags, buf, size, addr_flags,
			   ARRAY_SIZE(addr_flags));
}

/**
 * Address flag named name (case ignored); a comma separated list gives
 * the union of its flags.
 * @return the flag bits, 0 when no name is known.
 */
int rtnl_addr_str2flags(const char *name)
{
	return __str2flags(name, addr_flags, ARRAY_SIZE(addr_flags));
}

/* Scope names as dumps print them (the table of rtnl_scope2str()). */
static const char *scope_name(int scope, char *buf, size_t len)
{
	switch (scope) {
	case RT_SCOPE_UNIVERSE:
		return "global";
	case RT_SCOPE_SITE:
		return "site";
	case RT_SCOPE_LINK:
		return "link";
	case RT_SCOPE_HOST:
		return "host";
	case RT_SCOPE_NOWHERE:
		return "nowhere";
	}
	snprintf(buf, len, "0x%x", (unsigned int)scope);
	return buf;
}

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

/* Until set or parsed, the scope reads RT_SCOPE_NOWHERE (requests leave
 * it to the kernel's default then). */
static void addr_constructor(struct nl_object *obj)
{
	((struct rtnl_addr *)obj)->a_scope = RT_SCOPE_NOWHERE;
}

/* The addresses are all the table's entries own (no nlo_free() walk). */
static void addr_free_data(struct nl_object *obj)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;

	_nl_addr_put_for(addr, addr->a_local);
	_nl_addr_put_for(addr, addr->a_peer);
	_nl_addr_put_for(addr, addr->a_bcast);
	_nl_addr_put_for(addr, addr->a_anycast);
	_nl_addr_put_for(addr, addr->a_multicast);
	addr->a_local = addr->a_peer = addr->a_bcast = NULL;
	addr->a_anycast = addr->a_multicast = NULL;
	if (addr->a_link)
		rtnl_link_put(addr->a_link);
	addr->a_link = NULL;
}

static int addr_clone(struct nl_object *dst, struct nl_object *src)
{
	struct rtnl_addr *d = (struct rtnl_addr *)dst;

	if (d->a_link)
		nl_object_get((struct nl_object *)d->a_link);
	return nlo_clone(dst, src, &addr_table);
}

static uint64_t addr_compare(struct nl_object *a, struct nl_object *b,
			     uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &addr_table, attrs, flags);
}

static char *addr_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&addr_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

/* An IPv4 address with a peer is a different address than the same
 * local address without one (the kernel keys them on both). */
static uint32_t addr_id_attrs_get(struct nl_object *obj)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	uint32_t rv = ADDR_ATTR_FAMILY | ADDR_ATTR_IFINDEX | ADDR_ATTR_LOCAL |
		      ADDR_ATTR_PREFIXLEN;

	if (addr->a_family == AF_INET && (addr->ce_mask & ADDR_ATTR_PEER))
		rv |= ADDR_ATTR_PEER;
	return rv;
}

/* A few multiplications over the identifying attributes (a peer is
 * left out: equal addresses still get equal keys). */
static void addr_keygen(struct nl_object *obj, uint32_t *hashkey,
			uint32_t table_sz)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	const struct nl_addr *l = addr->a_local;
	uint32_t h;

	h = _nl_key_mix(addr->a_family | (uint32_t)addr->a_prefixlen << 8,
			(uint32_t)addr->a_ifindex);
	if (l && l->a_len == 4) {
		uint32_t w;

		/* what _nl_key_mix_bytes() gives, without its loop */
		memcpy(&w, l->a_addr, 4);
		h = _nl_key_mix(h, w);
	} else if (l)
		h = _nl_key_mix_bytes(h, l->a_addr, l->a_len);
	*hashkey = _nl_key_mod(h, table_sz);
}

struct link_lookup {
	int ifindex;
	char *name;		/* the name is wanted, into... */
	size_t len;
	struct rtnl_link *link;	/* ...or the link */
};

/* In the provided link cache, under its lock (nl-private/shared.h). */
static int lookup_link(struct nl_cache *lc, void *arg)
{
	struct link_lookup *l = arg;

	if (l->name)
		return rtnl_link_i2name(lc, l->ifindex, l->name, l->len) ? 0 : 1;
	l->link = rtnl_link_get(lc, l->ifindex);
	return 0;
}

/* "dev NAME" from the link cache the application provided, else the
 * interface index. */
static void dump_dev(struct nl_dump_params *p, int ifindex)
{
	char buf[IFNAMSIZ + 16];
	struct link_lookup l = { ifindex, buf, sizeof(buf), NULL };
	int r = _nl_cache_with_provided("route/link", lookup_link, &l);

	if (r == 0)
		nl_dump(p, " dev %s", buf);
	else if (r > 0)
		nl_dump(p, " dev (null)");
	else
		nl_dump(p, " dev %d", ifindex);
}

static void addr_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	char buf[128];

	if (addr->ce_mask & ADDR_ATTR_LOCAL)
		nl_dump_line(p, "%s",
			     nl_addr2str(addr->a_local, buf, sizeof(buf)));
	else
		nl_dump_line(p, "none");
	if (addr->ce_mask & ADDR_ATTR_PEER)
		nl_dump(p, " peer %s",
			nl_addr2str(addr->a_peer, buf, sizeof(buf)));
	nl_dump(p, " %s", nl_af2str(addr->a_family, buf, sizeof(buf)));
	if (addr->ce_mask & ADDR_ATTR_IFINDEX)
		dump_dev(p, addr->a_ifindex);
	/* printed even when unset: a new address's scope is "nowhere" */
	nl_dump(p, " scope %s", scope_name(addr->a_scope, buf, sizeof(buf)));
	rtnl_addr_flags2str((int)addr->a_flags, buf, sizeof(buf));
	if (buf[0])
		nl_dump(p, " <%s>", buf);
	nl_dump(p, "\n");
}

/* Lifetimes are seconds, 0xffffffff meaning forever. */
static const char *lifetime_str(uint32_t v, char *buf, size_t len)
{
	if (v == 0xFFFFFFFFU)
		return "forever";
	return nl_msec2str((uint64_t)v * 1000, buf, len);
}

static void addr_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	const uint64_t extra = ADDR_ATTR_LABEL | ADDR_ATTR_BROADCAST |
			       ADDR_ATTR_MULTICAST | ADDR_ATTR_ANYCAST;
	char buf[128], buf2[128];

	addr_dump_line(obj, p);

	if (addr->ce_mask & extra) {
		nl_dump_line(p, "  ");
		if (addr->ce_mask & ADDR_ATTR_LABEL)
			nl_dump(p, " label %s", addr->a_label);
		if (addr->ce_mask & ADDR_ATTR_BROADCAST)
			nl_dump(p, " broadcast %s",
				nl_addr2str(addr->a_bcast, buf, sizeof(buf)));
		if (addr->ce_mask & ADDR_ATTR_MULTICAST)
			nl_dump(p, " multicast %s",
				nl_addr2str(addr->a_multicast, buf,
					    sizeof(buf)));
		if (addr->ce_mask & ADDR_ATTR_ANYCAST)
			nl_dump(p, " anycast %s",
				nl_addr2str(addr->a_anycast, buf,
					    sizeof(buf)));
		nl_dump(p, "\n");
	}

	if (addr->ce_mask & ADDR_ATTR_CACHEINFO) {
		const struct ifa_cacheinfo *ci = &addr->a_cacheinfo;

		nl_dump_line(p, "   valid-lifetime %s preferred-lifetime %s\n",
			     lifetime_str(ci->ifa_valid, buf, sizeof(buf)),
			     lifetime_str(ci->ifa_prefered, buf2,
					  sizeof(buf2)));
		/* the stamps are hundredths of seconds since boot */
		nl_dump_line(p, "   created boot-time+%s ",
			     nl_msec2str((uint64_t)ci->cstamp * 10, buf,
					 sizeof(buf)));
		nl_dump(p, "last-updated boot-time+%s\n",
			nl_msec2str((uint64_t)ci->tstamp * 10, buf,
				    sizeof(buf)));
	}
}

/* The link a provided link cache gave the address when it was parsed: a
 * cached address stands in for a new copy only with the same one. */
static int addr_stale(struct nl_object *a, struct nl_object *b)
{
	return ((struct rtnl_addr *)a)->a_link != ((struct rtnl_addr *)b)->a_link;
}

/* The link cache type, looked up once (attach_link()). */
static struct nl_cache_ops *link_ops;

/* With a provided link cache the message alone does not make the
 * object (attach_link()). */
static bool addr_digest_usable(void)
{
	return !_nl_cache_maybe_provided(&link_ops, "route/link");
}

static struct nl_object_ops addr_obj_ops = {
	.oo_name = "route/addr",
	.oo_size = sizeof(struct rtnl_addr),
	.oo_copy_size = offsetof(struct rtnl_addr, a_own_local),
	.oo_pooled = 1,
	.oo_constructor = addr_constructor,
	.oo_free_data = addr_free_data,
	.oo_clone = addr_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = addr_dump_line,
		[NL_DUMP_DETAILS] = addr_dump_details,
		[NL_DUMP_STATS] = addr_dump_details,
	},
	.oo_compare = addr_compare,
	.oo_keygen = addr_keygen,
	.oo_attrs2str = addr_attrs2str,
	.oo_id_attrs = ADDR_ATTR_FAMILY | ADDR_ATTR_IFINDEX | ADDR_ATTR_LOCAL |
		       ADDR_ATTR_PREFIXLEN,
	.oo_id_attrs_get = addr_id_attrs_get,
	/* lifetimes are compared; the link attach_link() takes from a
	 * provided link cache is not, see addr_stale() */
	.oo_keep_equal = 1,
	.oo_stale = addr_stale,
	.oo_digest = 1,
	.oo_digest_usable = addr_digest_usable,
};

/* ------------------------------------------------------------------ */
/* Parsing and building messages                                        */

/* The local or peer address, with prefix length @plen unless it is -1;
 * in the object's own storage @own, when given and when it fits. */
static int set_nladdr(struct rtnl_addr *addr, struct nl_addr **slot,
		      struct nl_addr *own, const struct nlattr *nla, int plen,
		      uint64_t bit)
{
	unsigned int len = (unsigned int)_nla_len(nla);
	struct nl_addr *a =
		own ? _nl_addr_store(addr, own, 16, addr->a_family,
				     _nla_data(nla), len) :
		      nl_addr_build(addr->a_family, _nla_data(nla), len);

	if (!a)
		return -NLE_NOMEM;
	if (plen >= 0)
		a->a_prefixlen = plen;
	_nl_addr_put_for(addr, *slot);
	*slot = a;
	addr->ce_mask |= bit;
	return 0;
}

/* A broadcast, anycast or multicast address: its family guessed from its
 * length, as the table's other addresses. */
static int set_guessed(struct rtnl_addr *addr, struct nl_addr **slot,
		       const struct nlattr *nla, uint64_t bit)
{
	struct nl_addr *a = nl_addr_alloc_attr(nla, AF_UNSPEC);

	if (!a)
		return -NLE_NOMEM;
	_nl_addr_guess_set_family(a);
	_nl_addr_put_for(addr, *slot);
	*slot = a;
	addr->ce_mask |= bit;
	return 0;
}

/* nla_strlcpy() into the label: without a trailing NUL, cut to
 * IFNAMSIZ - 1 bytes, the rest zeroed. */
static void set_label(struct rtnl_addr *addr, const struct nlattr *nla)
{
	const char *src = _nla_data(nla);
	unsigned int len = (unsigned int)_nla_len(nla), i;

	if (len && src[len - 1] == '\0')
		len--;
	if (len > IFNAMSIZ - 1)
		len = IFNAMSIZ - 1;
	memset(addr->a_label, 0, sizeof(addr->a_label));
	for (i = 0; i < len; i++)
		addr->a_label[i] = src[i];
	addr->ce_mask |= ADDR_ATTR_LABEL;
}

/* Whether two attributes carry the same bytes (IPv4 compared as a word). */
static bool same_payload(const struct nlattr *a, const struct nlattr *b)
{
	uint32_t x, y;

	if (a->nla_len != b->nla_len)
		return false;
	if (_nla_len(a) != 4)
		return !memcmp(_nla_data(a), _nla_data(b),
			       (size_t)_nla_len(a));
	memcpy(&x, _nla_data(a), 4);
	memcpy(&y, _nla_data(b), 4);
	return x == y;
}

/*
 * The kernel sends IFA_ADDRESS always; IFA_LOCAL too for IPv4 and for
 * IPv6 addresses with a peer.  When both are there and differ, IFA_ADDRESS
 * is the peer.  The prefix length goes with the local address, except on
 * an IPv6 point-to-point address where it describes the peer.  Parsed
 * here without the table (addr_attrs), with the same results, and with
 * one walk over the attributes (what nlmsg_parse() without a policy
 * gives: the last of a type wins, the walk ends at the first attribute
 * that does not fit): one message per address makes this the fill's hot
 * path.
 */
static int addr_parse(struct rtnl_addr *addr, struct nlmsghdr *n)
{
	const unsigned int hlen = NLMSG_ALIGN(sizeof(struct ifaddrmsg));
	const struct nlattr *local = NULL, *peer = NULL, *label = NULL,
			    *flags = NULL, *ci = NULL, *bcast = NULL,
			    *mcast = NULL, *acast = NULL, *nla;
	const struct ifaddrmsg *ifa;
	uint64_t seen = 0;
	int rem, err;

	if (n->nlmsg_len < NLMSG_HDRLEN + sizeof(struct ifaddrmsg))
		return -NLE_MSG_TOOSHORT;
	ifa = (const struct ifaddrmsg *)((const char *)n + NLMSG_HDRLEN);
	rem = n->nlmsg_len > NLMSG_HDRLEN + hlen ?
		      (int)(n->nlmsg_len - NLMSG_HDRLEN - hlen) : 0;

	/* nla_parse()'s walk, the last of each type kept in a local: no
	 * table to clear and read back */
	nlo_for_each_attr(nla, (const struct nlattr *)((const char *)ifa + hlen),
			  rem, rem) {
		unsigned int type = nla->nla_type & NLA_TYPE_MASK;

		switch (type) {
		case IFA_ADDRESS:	peer = nla;	break;
		case IFA_LOCAL:		local = nla;	break;
		case IFA_LABEL:		label = nla;	break;
		case IFA_BROADCAST:	bcast = nla;	break;
		case IFA_ANYCAST:	acast = nla;	break;
		case IFA_CACHEINFO:	ci = nla;	break;
		case IFA_MULTICAST:	mcast = nla;	break;
		case IFA_FLAGS:		flags = nla;	break;
		default:
			if (type > IFA_MAX)
				continue;
		}
		nlo_note_seen(&seen, type);
	}
	nlo_note_leftover(rem);

	addr->ce_msgtype = n->nlmsg_type;
	addr->a_family = ifa->ifa_family;
	addr->a_prefixlen = ifa->ifa_prefixlen;
	addr->a_scope = ifa->ifa_scope;
	addr->a_ifindex = (int32_t)ifa->ifa_index;
	addr->a_flags = ifa->ifa_flags;
	addr->ce_mask |= ADDR_ATTR_FAMILY | ADDR_ATTR_PREFIXLEN |
			 ADDR_ATTR_SCOPE | ADDR_ATTR_IFINDEX | ADDR_ATTR_FLAGS;

	if (flags) {
		if (_nla_len(flags) < 4)
			return -NLE_RANGE;
		addr->a_flags = _nla_u32(flags);
	}
	if (label)
		set_label(addr, label);
	if (ci) {
		size_t len = (size_t)_nla_len(ci);

		if (len >= sizeof(addr->a_cacheinfo))
			memcpy(&addr->a_cacheinfo, _nla_data(ci),
			       sizeof(addr->a_cacheinfo));
		else {
			memset(&addr->a_cacheinfo, 0,
			       sizeof(addr->a_cacheinfo));
			memcpy(&addr->a_cacheinfo, _nla_data(ci), len);
		}
		addr->ce_mask |= ADDR_ATTR_CACHEINFO;
	}
	if (bcast &&
	    (err = set_guessed(addr, &addr->a_bcast, bcast,
			       ADDR_ATTR_BROADCAST)) < 0)
		return err;
	if (mcast &&
	    (err = set_guessed(addr, &addr->a_multicast, mcast,
			       ADDR_ATTR_MULTICAST)) < 0)
		return err;
	if (acast &&
	    (err = set_guessed(addr, &addr->a_anycast, acast,
			       ADDR_ATTR_ANYCAST)) < 0)
		return err;

	if (!local) {
		local = peer;
		peer = NULL;
	} else if (peer && same_payload(peer, local))
		peer = NULL;

	/* the prefix length goes to one of them, the other keeps the full
	 * length nl_addr_build() gives (-1) */
	if (local) {
		err = set_nladdr(addr, &addr->a_local, &addr->a_own_local.a,
				 local,
				 peer && addr->a_family == AF_INET6 ?
					 -1 : addr->a_prefixlen,
				 ADDR_ATTR_LOCAL);
		if (err < 0)
			return err;
	}
	if (peer) {
		err = set_nladdr(addr, &addr->a_peer, NULL, peer,
				 addr->a_family == AF_INET6 ?
					 addr->a_prefixlen : -1,
				 ADDR_ATTR_PEER);
		if (err < 0)
			return err;
	}
	return 0;
}

/* Remember the link of the address when the application provided a
 * link cache, as rtnl_addr_get_link() returns it. */
static void attach_link(struct rtnl_addr *addr)
{
	struct link_lookup l = { addr->a_ifindex, NULL, 0, NULL };

	if (!_nl_cache_maybe_provided(&link_ops, "route/link"))
		return;
	_nl_cache_with_provided("route/link", lookup_link, &l);
	if (l.link) {
		if (addr->a_link)
			rtnl_link_put(addr->a_link);
		addr->a_link = l.link;	/* takes the reference */
	}
}

/* co_parse_obj: one address per message. */
static int addr_parse_obj(struct nlmsghdr *n, struct nl_object *obj)
{
	struct rtnl_addr *addr = (struct rtnl_addr *)obj;
	int err = addr_parse(addr, n);

	if (err >= 0)
		attach_link(addr);
	return err;
}

/*
 * The dump request.  A socket with strict checking gets a full ifaddrmsg
 * (a strict kernel refuses the short rtgenmsg) carrying what the kernel
 * can filter by of the cache's filter: the family and the interface.
 * Prefix length, flags and scope must stay 0 there.  The cache still
 * filters in user space, so what the kernel cannot do costs time only.
 */
static int addr_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct rtgenmsg gen = { .rtgen_family = AF_UNSPEC };
	struct ifaddrmsg ifa = { .ifa_family = AF_UNSPEC };
	struct rtnl_addr *f;
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(RTM_GETADDR, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nl_socket_get_strict_check(sk)) {
		f = (struct rtnl_addr *)nl_cache_get_filter(cache);
		if (f && (f->ce_mask & ADDR_ATTR_FAMILY))
			ifa.ifa_family = f->a_family;
		if (f && (f->ce_mask & ADDR_ATTR_IFINDEX) && f->a_ifindex > 0)
			ifa.ifa_index = (uint32_t)f->a_ifindex;
		err = nlmsg_append(msg, &ifa, sizeof(ifa), NLMSG_ALIGNTO);
	} else
		err = nlmsg_append(msg, &gen, sizeof(gen), NLMSG_ALIGNTO);
	if (err < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

static const uint64_t addr_build_order[] = {
	ADDR_ATTR_LABEL, ADDR_ATTR_BROADCAST, ADDR_ATTR_CACHEINFO,
};

static int addr_build(struct rtnl_addr *tmpl, int cmd, int flags,
		      struct nl_msg **result)
{
	struct ifaddrmsg ifa = { 0 };
	struct nl_addr *address;
	struct nl_msg *msg;
	int err = -NLE_MSGSIZE;

	nlo_build_hdr(tmpl, &addr_table, &ifa, tmpl->ce_mask);
	if (tmpl->ce_mask & ADDR_ATTR_FLAGS)
		ifa.ifa_flags = (uint8_t)tmpl->a_flags;

	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &ifa, sizeof(ifa), NLMSG_ALIGNTO) < 0)
		goto fail;
	if ((tmpl->ce_mask & ADDR_ATTR_LOCAL) &&
	    nla_put_addr(msg, IFA_LOCAL, tmpl->a_local) < 0)
		goto fail;
	/* IFA_ADDRESS: the peer, or the local address again */
	address = (tmpl->ce_mask & ADDR_ATTR_PEER) ? tmpl->a_peer :
		  (tmpl->ce_mask & ADDR_ATTR_LOCAL) ? tmpl->a_local : NULL;
	if (address && nla_put_addr(msg, IFA_ADDRESS, address) < 0)
		goto fail;
	/* the reference library's order; anycast and multicast addresses
	 * are the kernel's to report, never sent */
	err = nlo_build_ordered(msg, tmpl, &addr_table, tmpl->ce_mask,
				addr_build_order, ARRAY_SIZE(addr_build_order));
	if (err < 0)
		goto fail;
	/* flags beyond the header's 8 bits need IFA_FLAGS */
	if ((tmpl->ce_mask & ADDR_ATTR_FLAGS) && (tmpl->a_flags & ~0xffu) &&
	    nla_put_u32(msg, IFA_FLAGS, tmpl->a_flags) < 0)
		goto fail;
	*result = msg;
	return 0;
fail:
	nlmsg_free(msg);
	return err < 0 ? err : -NLE_MSGSIZE;
}

/* ------------------------------------------------------------------ */
/* Public API: allocation, cache, requests                              */

/** Allocate an empty address object; NULL when out of memory. */
struct rtnl_addr *rtnl_addr_alloc(void)
{
	return (struct rtnl_addr *)nl_object_alloc(&addr_obj_ops);
}

/** Drop a reference on addr. */
void rtnl_addr_put(struct rtnl_addr *addr)
{
	nl_object_put((struct nl_object *)addr);
}

/**
 * Allocate an address cache (all families) and fill it from the kernel.
 * @return 0 or a negative NLE_* code; *result is owned by the caller.
 */
int rtnl_addr_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&addr_cache_ops, sk, result);
}

/**
 * Find the address local on interface ifindex in cache (the prefix
 * length of local is compared too).
 * @return the address with a new reference (rtnl_addr_put() it) or NULL.
 */
struct rtnl_addr *rtnl_addr_get(struct nl_cache *cache, int ifindex,
				struct nl_addr *addr)
{
	struct rtnl_addr *a;

	if (!cache || cache->c_ops != &addr_cache_ops || !addr)
		return NULL;
	nl_list_for_each_entry(a, &cache->c_items, ce_list) {
		if (a->a_ifindex != ifindex || !a->a_local)
			continue;
		if (!nl_addr_cmp(a->a_local, addr)) {
			nl_object_get((struct nl_object *)a);
			return a;
		}
	}
	return NULL;
}

/**
 * Build an RTM_NEWADDR request adding addr; it needs at least the
 * interface index, the family and the local address.
 * @return 0 with the message in *result, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int rtnl_addr_build_add_request(struct rtnl_addr *addr, int flags,
				struct nl_msg **result)
{
	const uint64_t need = ADDR_ATTR_IFINDEX | ADDR_ATTR_FAMILY |
			      ADDR_ATTR_LOCAL;

	if ((addr->ce_mask & need) != need)
		return -NLE_MISSING_ATTR;
	return addr_build(addr, RTM_NEWADDR, NLM_F_CREATE | flags, result);
}

/**
 * Add addr to its interface (see rtnl_addr_build_add_request()) and wait
 * for the kernel's acknowledgement.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_addr_add(struct nl_sock *sk, struct rtnl_addr *addr, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_addr_build_add_request(addr, flags, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/**
 * Build an RTM_DELADDR request for addr; it needs the interface index
 * and the family, the other attributes narrow the selection.
 * @return 0 with the message in *result, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int rtnl_addr_build_delete_request(struct rtnl_addr *addr, int flags,
				   struct nl_msg **result)
{
	const uint64_t need = ADDR_ATTR_IFINDEX | ADDR_ATTR_FAMILY;

	if ((addr->ce_mask & need) != need)
		return -NLE_MISSING_ATTR;
	return addr_build(addr, RTM_DELADDR, flags, result);
}

/**
 * Delete addr from its interface and wait for the acknowledgement.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_addr_delete(struct nl_sock *sk, struct rtnl_addr *addr, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_addr_build_delete_request(addr, flags, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/**
 * Set the label (IPv4 only: the kernel wants it to start with the
 * interface name).
 * @return 0, or -NLE_RANGE when longer than IFNAMSIZ - 1.
 */
int rtnl_addr_set_label(struct rtnl_addr *addr, const char *label)
{
	if (strlen(label) >= sizeof(addr->a_label))
		return -NLE_RANGE;
	strcpy(addr->a_label, label);
	addr->ce_mask |= ADDR_ATTR_LABEL;
	return 0;
}

/** The label, or NULL when none is set. */
char *rtnl_addr_get_label(struct rtnl_addr *addr)
{
	return (addr->ce_mask & ADDR_ATTR_LABEL) ? addr->a_label : NULL;
}

/** Set the interface index (forgets a link set with rtnl_addr_set_link()). */
void rtnl_addr_set_ifindex(struct rtnl_addr *addr, int ifindex)
{
	addr->a_ifindex = ifindex;
	addr->ce_mask |= ADDR_ATTR_IFINDEX;
	if (addr->a_link) {
		rtnl_link_put(addr->a_link);
		addr->a_link = NULL;
	}
}

/** The interface index (0 when unset). */
int rtnl_addr_get_ifindex(struct rtnl_addr *addr)
{
	return addr->a_ifindex;
}

/** Attach link (a reference is taken) and use its interface index. */
void rtnl_addr_set_link(struct rtnl_addr *addr, struct rtnl_link *link)
{
	nl_object_get((struct nl_object *)link);
	if (addr->a_link)
		rtnl_link_put(addr->a_link);
	addr->a_link = link;
	addr->a_ifindex = rtnl_link_get_ifindex(link);
	addr->ce_mask |= ADDR_ATTR_IFINDEX;
}

/**
 * The link of the address: the one set, or found in the link cache when
 * the address was parsed.
 * @return the link with a new reference (rtnl_link_put() it) or NULL.
 */
struct rtnl_link *rtnl_addr_get_link(struct rtnl_addr *addr)
{
	if (addr->a_link)
		nl_object_get((struct nl_object *)addr->a_link);
	return addr->a_link;
}

/** Set the address family (AF_INET, AF_INET6). */
void rtnl_addr_set_family(struct rtnl_addr *addr, int family)
{
	addr->a_family = (uint8_t)family;
	addr->ce_mask |= ADDR_ATTR_FAMILY;
}

/** The address family (AF_UNSPEC when unset). */
int rtnl_addr_get_family(struct rtnl_addr *addr)
{
	return addr->a_family;
}

/**
 * Set the prefix length; it is also given to the peer address when there
 * is one, else to the local address.
 */
void rtnl_addr_set_prefixlen(struct rtnl_addr *addr, int prefixlen)
{
	addr->a_prefixlen = (uint8_t)prefixlen;
	addr->ce_mask |= ADDR_ATTR_PREFIXLEN;
	if (addr->a_peer)
		nl_addr_set_prefixlen(addr->a_peer, prefixlen);
	else if (addr->a_local)
		nl_addr_set_prefixlen(addr->a_local, prefixlen);
}

/** The prefix length (0 when unset). */
int rtnl_addr_get_prefixlen(struct rtnl_addr *addr)
{
	return addr->a_prefixlen;
}

/** Set the scope (RT_SCOPE_*). */
void rtnl_addr_set_scope(struct rtnl_addr *addr, int scope)
{
	addr->a_scope = (uint8_t)scope;
	addr->ce_mask |= ADDR_ATTR_SCOPE;
}

/** The scope (RT_SCOPE_NOWHERE when unset). */
int rtnl_addr_get_scope(struct rtnl_addr *addr)
{
	return addr->a_scope;
}

/** Set the flags (IFA_F_*) in flags, leaving the others as they are. */
void rtnl_addr_set_flags(struct rtnl_addr *addr, unsigned int flags)
{
	addr->a_flag_mask |= flags;
	addr->a_flags |= flags;
	addr->ce_mask |= ADDR_ATTR_FLAGS;
}

/** Clear the flags (IFA_F_*) in flags. */
void rtnl_addr_unset_flags(struct rtnl_addr *addr, unsigned int flags)
{
	addr->a_flag_mask |= flags;
	addr->a_flags &= ~flags;
	addr->ce_mask |= ADDR_ATTR_FLAGS;
}

/** The flags (IFA_F_*). */
unsigned int rtnl_addr_get_flags(struct rtnl_addr *addr)
{
	return addr->a_flags;
}

/* Store a reference to new in *slot: its family must match the address's
 * family when one is set, and becomes it otherwise. */
static int set_addr(struct rtnl_addr *addr, struct nl_addr **slot,
		    struct nl_addr *new, uint64_t bit)
{
	if (addr->ce_mask & ADDR_ATTR_FAMILY) {
		if (new && nl_addr_get_family(new) != addr->a_family)
			return -NLE_AF_MISMATCH;
	} else if (new) {
		addr->a_family = (uint8_t)nl_addr_get_family(new);
		addr->ce_mask |= ADDR_ATTR_FAMILY;
	}
	_nl_addr_get_for(addr, new);
	_nl_addr_put_for(addr, *slot);
	*slot = new;
	if (new)
		addr->ce_mask |= bit;
	else
		addr->ce_mask &= ~bit;
	return 0;
}

/**
 * Set the local address (a reference is taken); its prefix length
 * becomes the address's unless a peer is set.
 * @return 0 or -NLE_AF_MISMATCH.
 */
int rtnl_addr_set_local(struct rtnl_addr *addr, struct nl_addr *local)
{
	int err = set_addr(addr, &addr->a_local, local, ADDR_ATTR_LOCAL);

	if (err < 0)
		return err;
	if (local && !(addr->ce_mask & ADDR_ATTR_PEER)) {
		addr->a_prefixlen = (uint8_t)nl_addr_get_prefixlen(local);
		addr->ce_mask |= ADDR_ATTR_PREFIXLEN;
	}
	return 0;
}

/** The local address (no reference taken) or NULL. */
struct nl_addr *rtnl_addr_get_local(struct rtnl_addr *addr)
{
	return addr->a_local;
}

/**
 * Set the peer address of a point-to-point address (a reference is
 * taken); its prefix length becomes the address's.
 * @return 0 or -NLE_AF_MISMATCH.
 */
int rtnl_addr_set_peer(struct rtnl_addr *addr, struct nl_addr *peer)
{
	int err = set_addr(addr, &addr->a_peer, peer, ADDR_ATTR_PEER);

	if (err < 0)
		return err;
	if (peer) {
		addr->a_prefixlen = (uint8_t)nl_addr_get_prefixlen(peer);
		addr->ce_mask |= ADDR_ATTR_PREFIXLEN;
	}
	return 0;
}

/** The peer address (no reference taken) or NULL. */
struct nl_addr *rtnl_addr_get_peer(struct rtnl_addr *addr)
{
	return addr->a_peer;
}

/** Set the broadcast address (a reference is taken); 0 or -NLE_AF_MISMATCH. */
int rtnl_addr_set_broadcast(struct rtnl_addr *addr, struct nl_addr *bcast)
{
	return set_addr(addr, &addr->a_bcast, bcast, ADDR_ATTR_BROADCAST);
}

/** The broadcast address (no reference taken) or NULL. */
struct nl_addr *rtnl_addr_get_broadcast(struct rtnl_addr *addr)
{
	return addr->a_bcast;
}

/** Set the multicast address (a reference is taken); 0 or -NLE_AF_MISMATCH. */
int rtnl_addr_set_multicast(struct rtnl_addr *addr, struct nl_addr *multicast)
{
	return set_addr(addr, &addr->a_multicast, multicast,
			ADDR_ATTR_MULTICAST);
}

/** The multicast address (no reference taken) or NULL. */
struct nl_addr *rtnl_addr_get_multicast(struct rtnl_addr *addr)
{
	return addr->a_multicast;
}

/** Set the anycast address (a reference is taken); 0 or -NLE_AF_MISMATCH. */
int rtnl_addr_set_anycast(struct rtnl_addr *addr, struct nl_addr *anycast)
{
	return set_addr(addr, &addr->a_anycast, anycast, ADDR_ATTR_ANYCAST);
}

/** The anycast address (no reference taken) or NULL. */
struct nl_addr *rtnl_addr_get_anycast(struct rtnl_addr *addr)
{
	return addr->a_anycast;
}

/** The valid lifetime in seconds (0xffffffff: forever, also when no
 * lifetime was set or received). */
uint32_t rtnl_addr_get_valid_lifetime(struct rtnl_addr *addr)
{
	if (!(addr->ce_mask & ADDR_ATTR_CACHEINFO))
		return 0xffffffff;
	return addr->a_cacheinfo.ifa_valid;
}

/** Set the valid lifetime in seconds (0xffffffff: forever). */
void rtnl_addr_set_valid_lifetime(struct rtnl_addr *addr, uint32_t lifetime)
{
	addr->a_cacheinfo.ifa_valid = lifetime;
	addr->ce_mask |= ADDR_ATTR_CACHEINFO;
}

/** The preferred lifetime in seconds (0xffffffff: forever, also when no
 * lifetime was set or received). */
uint32_t rtnl_addr_get_preferred_lifetime(struct rtnl_addr *addr)
{
	if (!(addr->ce_mask & ADDR_ATTR_CACHEINFO))
		return 0xffffffff;
	return addr->a_cacheinfo.ifa_prefered;
}

/** Set the preferred lifetime in seconds (0xffffffff: forever). */
void rtnl_addr_set_preferred_lifetime(struct rtnl_addr *addr,
				      uint32_t lifetime)
{
	addr->a_cacheinfo.ifa_prefered = lifetime;
	addr->ce_mask |= ADDR_ATTR_CACHEINFO;
}

/** When the address was created, in hundredths of seconds since boot. */
uint32_t rtnl_addr_get_create_time(struct rtnl_addr *addr)
{
	return addr->a_cacheinfo.cstamp;
}

/** When the address was last updated, in hundredths of seconds since boot. */
uint32_t rtnl_addr_get_last_update_time(struct rtnl_addr *addr)
{
	return addr->a_cacheinfo.tstamp;
}

/* ------------------------------------------------------------------ */
/* Cache type                                                           */

static struct nl_af_group addr_groups[] = {
	{ AF_INET, RTNLGRP_IPV4_IFADDR },
	{ AF_INET6, RTNLGRP_IPV6_IFADDR },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops addr_cache_ops = {
	.co_name = "route/addr",
	.co_hdrsize = sizeof(struct ifaddrmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = addr_groups,
	.co_request_update = addr_request_update,
	.co_parse_obj = addr_parse_obj,
	.co_obj_ops = &addr_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWADDR, NL_ACT_NEW, "new" },
		{ RTM_DELADDR, NL_ACT_DEL, "del" },
		{ RTM_GETADDR, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) addr_init(void)
{
	nl_cache_mngt_register(&addr_cache_ops);
}

static void __attribute__((destructor)) addr_exit(void)
{
	nl_cache_mngt_unregister(&addr_cache_ops);
}
