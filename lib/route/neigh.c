/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbours: ARP/NDISC entries and bridge forwarding database entries
 * (the rtnl_neigh object, one attribute table), the cache "route/neigh",
 * requests, state and flag names, dumps.
 */

#include <stdlib.h>
#include <string.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/neighbour.h>

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
#include <netlink/route/neighbour.h>

#ifndef NDA_FLAGS_EXT
#define NDA_FLAGS_EXT 15
#endif
#ifndef NDA_NH_ID
#define NDA_NH_ID 13
#endif
#ifndef NTF_EXT_MANAGED
#define NTF_EXT_MANAGED (1 << 0)
#endif
#ifndef NTF_EXT_LOCKED
#define NTF_EXT_LOCKED (1 << 1)
#endif

/* Attribute bits (rtnl_neigh.ce_mask) */
#define NEIGH_ATTR_FLAGS	0x0001
#define NEIGH_ATTR_STATE	0x0002
#define NEIGH_ATTR_LLADDR	0x0004
#define NEIGH_ATTR_DST		0x0008
#define NEIGH_ATTR_CACHEINFO	0x0010
#define NEIGH_ATTR_IFINDEX	0x0020
#define NEIGH_ATTR_FAMILY	0x0040
#define NEIGH_ATTR_TYPE		0x0080
#define NEIGH_ATTR_PROBES	0x0100
#define NEIGH_ATTR_MASTER	0x0200
#define NEIGH_ATTR_VLAN		0x0400
#define NEIGH_ATTR_NHID		0x0800
#define NEIGH_ATTR_EXT_FLAGS	0x1000

struct rtnl_neigh {
	NLHDR_COMMON

	/* in an order without holes: with the storage, 192 bytes */
	uint8_t n_family;
	uint8_t n_flags;
	uint8_t n_type;
	uint16_t n_state;
	uint16_t n_vlan;
	int32_t n_ifindex;
	uint32_t n_state_mask;
	uint32_t n_flag_mask;
	uint32_t n_ext_flags;
	uint32_t n_ext_flag_mask;
	uint32_t n_probes;
	struct nl_addr *n_lladdr;
	struct nl_addr *n_dst;
	uint32_t n_master;
	uint32_t n_nhid;
	struct nda_cacheinfo n_cacheinfo;

	/* where parsed addresses live (not copied by nl_object_clone():
	 * oo_copy_size) */
	NL_ADDR_STORAGE(16) n_own_dst;
	NL_ADDR_STORAGE(8) n_own_lladdr;
};

static struct nl_cache_ops neigh_cache_ops;
static struct nl_object_ops neigh_obj_ops;

/* A loose comparison only looks at the bits the filter object set. */
static int state_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_neigh *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->n_state ^ y->n_state) & y->n_state_mask) != 0;
	return x->n_state != y->n_state;
}

static int flags_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_neigh *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->n_flags ^ y->n_flags) & y->n_flag_mask) != 0;
	return x->n_flags != y->n_flags;
}

static int ext_flags_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_neigh *x = a, *y = b;

	if (flags & LOOSE_COMPARISON)
		return ((x->n_ext_flags ^ y->n_ext_flags) &
			y->n_ext_flag_mask) != 0;
	return x->n_ext_flags != y->n_ext_flags;
}

static const struct nlo_hooks state_hooks = { .differ = state_differ };
static const struct nlo_hooks flags_hooks = { .differ = flags_differ };
static const struct nlo_hooks ext_flags_hooks = { .differ = ext_flags_differ };

#define N(m, bit, name, type, ...)                                             \
	NLO_ENTRY(struct rtnl_neigh, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr neigh_attrs[] = {
	N(n_flags, NEIGH_ATTR_FLAGS, "flags", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndmsg, ndm_flags), .hooks = &flags_hooks),
	N(n_state, NEIGH_ATTR_STATE, "state", NLO_U16, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndmsg, ndm_state), .hooks = &state_hooks),
	N(n_lladdr, NEIGH_ATTR_LLADDR, "lladdr", NLO_ADDR, .nla = NDA_LLADDR,
	  .family = AF_LLC),
	N(n_dst, NEIGH_ATTR_DST, "dst", NLO_ADDR, .nla = NDA_DST,
	  .family = AF_UNSPEC, .flags = NLO_F_GUESS),
	N(n_cacheinfo, NEIGH_ATTR_CACHEINFO, "cacheinfo", NLO_BINARY,
	  .nla = NDA_CACHEINFO, .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	N(n_ifindex, NEIGH_ATTR_IFINDEX, "ifindex", NLO_S32, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndmsg, ndm_ifindex)),
	N(n_family, NEIGH_ATTR_FAMILY, "family", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndmsg, ndm_family)),
	N(n_type, NEIGH_ATTR_TYPE, "type", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndmsg, ndm_type)),
	N(n_probes, NEIGH_ATTR_PROBES, "probes", NLO_U32, .nla = NDA_PROBES,
	  .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	N(n_master, NEIGH_ATTR_MASTER, "master", NLO_U32, .nla = NDA_MASTER),
	N(n_vlan, NEIGH_ATTR_VLAN, "vlan", NLO_U16, .nla = NDA_VLAN),
	N(n_nhid, NEIGH_ATTR_NHID, "nhid", NLO_U32, .nla = NDA_NH_ID),
	N(n_ext_flags, NEIGH_ATTR_EXT_FLAGS, "ext_flags", NLO_U32,
	  .nla = NDA_FLAGS_EXT, .hooks = &ext_flags_hooks),
};

static const struct nlo_table neigh_table =
	NLO_TABLE(struct rtnl_neigh, ce_mask, neigh_attrs, NDA_MAX);

/* ------------------------------------------------------------------ */
/* Names                                                                */

static const struct trans_tbl neigh_states[] = {
	__ADD(NUD_INCOMPLETE, incomplete),
	__ADD(NUD_REACHABLE, reachable),
	__ADD(NUD_STALE, stale),
	__ADD(NUD_DELAY, delay),
	__ADD(NUD_PROBE, probe),
	__ADD(NUD_FAILED, failed),
	__ADD(NUD_NOARP, noarp),
	__ADD(NUD_PERMANENT, permanent),
};

static const struct trans_tbl neigh_flags[] = {
	__ADD(NTF_USE, use),
	__ADD(NTF_PROXY, proxy),
	__ADD(NTF_ROUTER, router),
	__ADD(NTF_SELF, self),
	__ADD(NTF_MASTER, master),
	__ADD(NTF_EXT_LEARNED, ext_learned),
	__ADD(NTF_OFFLOADED, offloaded),
};

static const struct trans_tbl neigh_ext_flags[] = {
	__ADD(NTF_EXT_MANAGED, managed),
	__ADD(NTF_EXT_LOCKED, locked),
};

/** Names of the NUD_* bits in state, comma separated, into buf. */
char *rtnl_neigh_state2str(int state, char *buf, size_t len)
{
	return __flags2str(state, buf, len, neigh_states,
			   ARRAY_SIZE(neigh_states));
}

/**
 * The NUD_* value named name (case ignored) or the number it spells.
 * @return the value or -NLE_OBJ_NOTFOUND.
 */
int rtnl_neigh_str2state(const char *name)
{
	return __str2type(name, neigh_states, ARRAY_SIZE(neigh_states));
}

/** Names of the NTF_* bits in flags, comma separated, into buf. */
char *rtnl_neigh_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, neigh_flags,
			   ARRAY_SIZE(neigh_flags));
}

/**
 * The NTF_* flag named name (case ignored) or the number it spells.
 * @return the flag or -NLE_OBJ_NOTFOUND.
 */
int rtnl_neigh_str2flag(const char *name)
{
	return __str2type(name, neigh_flags, ARRAY_SIZE(neigh_flags));
}

/** Names of the extended flags (NTF_EXT_*) in flags into buf. */
char *rtnl_neigh_extflags2str(uint32_t flags, char *buf, size_t len)
{
	return __flags2str((int)flags, buf, len, neigh_ext_flags,
			   ARRAY_SIZE(neigh_ext_flags));
}

/**
 * The extended flags named in name (comma separated, case ignored).
 * @return the flag bits, 0 when no name is known.
 */
uint32_t rtnl_neigh_str2extflag(const char *name)
{
	return (uint32_t)__str2flags(name, neigh_ext_flags,
				     ARRAY_SIZE(neigh_ext_flags));
}

/* Route type names (RTN_*), as dumps print the neighbour type. */
static const struct trans_tbl rtn_types[] = {
	__ADD(RTN_UNSPEC, unspec),
	__ADD(RTN_UNICAST, unicast),
	__ADD(RTN_LOCAL, local),
	__ADD(RTN_BROADCAST, broadcast),
	__ADD(RTN_ANYCAST, anycast),
	__ADD(RTN_MULTICAST, multicast),
	__ADD(RTN_BLACKHOLE, blackhole),
	__ADD(RTN_UNREACHABLE, unreachable),
	__ADD(RTN_PROHIBIT, prohibit),
	__ADD(RTN_THROW, throw),
	__ADD(RTN_NAT, nat),
	__ADD(RTN_XRESOLVE, xresolve),
};

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

/* The addresses are all the table's entries own (no nlo_free() walk). */
static void neigh_free_data(struct nl_object *obj)
{
	struct rtnl_neigh *n = (struct rtnl_neigh *)obj;

	_nl_addr_put_for(n, n->n_dst);
	_nl_addr_put_for(n, n->n_lladdr);
	n->n_dst = n->n_lladdr = NULL;
}

static int neigh_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &neigh_table);
}

static uint64_t neigh_compare(struct nl_object *a, struct nl_object *b,
			      uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &neigh_table, attrs, flags);
}

static char *neigh_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&neigh_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

/* A bridge FDB entry is keyed on its MAC address and VLAN as well. */
static uint32_t neigh_id_attrs_get(struct nl_object *obj)
{
	struct rtnl_neigh *n = (struct rtnl_neigh *)obj;
	uint32_t rv = NEIGH_ATTR_FAMILY | NEIGH_ATTR_IFINDEX | NEIGH_ATTR_DST;

	if (n->n_family == AF_BRIDGE)
		rv |= NEIGH_ATTR_LLADDR | NEIGH_ATTR_VLAN;
	return rv;
}

/* @h with the bytes of @a mixed in (nothing when there is none). */
static uint32_t addr_key(uint32_t h, const struct nl_addr *a)
{
	return a ? _nl_key_mix_bytes(h, a->a_addr, a->a_len) : h;
}

/* A few multiplications over the identifying attributes. */
static void neigh_keygen(struct nl_object *obj, uint32_t *hashkey,
			 uint32_t table_sz)
{
	struct rtnl_neigh *n = (struct rtnl_neigh *)obj;
	uint32_t h;

	h = _nl_key_mix(n->n_family, (uint32_t)n->n_ifindex);
	h = addr_key(h, n->n_dst);
	if (n->n_family == AF_BRIDGE) {
		h = _nl_key_mix(h, n->n_vlan);
		h = addr_key(h, n->n_lladdr);
	}
	*hashkey = _nl_key_mod(h, table_sz);
}

static void neigh_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_neigh *n = (struct rtnl_neigh *)obj;
	struct nl_cache *lc = nl_cache_mngt_require_safe("route/link");
	char buf[128], st[128], fl[128];

	nl_dump_line(p, "%s ", nl_af2str(n->n_family, buf, sizeof(buf)));
	if (n->n_dst)
		nl_dump(p, "%s ", nl_addr2str(n->n_dst, buf, sizeof(buf)));
	if (lc) {
		const char *name = rtnl_link_i2name(lc, n->n_ifindex, buf,
						    sizeof(buf));

		nl_dump(p, "dev %s ", name ? name : "(null)");
	} else
		nl_dump(p, "dev %d ", n->n_ifindex);
	if (n->n_lladdr)
		nl_dump(p, "lladdr %s ",
			nl_addr2str(n->n_lladdr, buf, sizeof(buf)));
	if (n->ce_mask & NEIGH_ATTR_VLAN)
		nl_dump(p, "vlan %d ", n->n_vlan);
	/* a bridge entry names its master; with a link cache also when the
	 * kernel gave none ("(null)", as Debian's libnl prints it) */
	if (n->n_family == AF_BRIDGE) {
		if (lc) {
			const char *name = rtnl_link_i2name(
				lc, (int)n->n_master, buf, sizeof(buf));

			nl_dump(p, "%s ", name ? name : "(null)");
		} else if (n->ce_mask & NEIGH_ATTR_MASTER)
			nl_dump(p, "%d ", (int)n->n_master);
	}
	if (lc)
		nl_cache_put(lc);

	rtnl_neigh_state2str(n->n_state, st, sizeof(st));
	rtnl_neigh_flags2str(n->n_flags, fl, sizeof(fl));
	if (st[0] || fl[0])
		nl_dump(p, "<%s%s%s>", st, st[0] && fl[0] ? "," : "", fl);
	nl_dump(p, "\n");
}

static void neigh_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_neigh *n = (struct rtnl_neigh *)obj;
	const struct nda_cacheinfo *ci = &n->n_cacheinfo;
	int hz = nl_get_user_hz();
	char buf[64];

	neigh_dump_line(obj, p);
	if (hz <= 0)
		hz = 100;
	/* the kernel counts the ages in clock ticks */
	nl_dump_line(p, "    refcnt %u type %s confirmed %u used %u "
			"updated %u\n",
		     ci->ndm_refcnt,
		     __type2str(n->n_type, buf, sizeof(buf), rtn_types,
				ARRAY_SIZE(rtn_types)),
		     ci->ndm_confirmed / (unsigned int)hz,
		     ci->ndm_used / (unsigned int)hz,
		     ci->ndm_updated / (unsigned int)hz);
}

/* The link cache the application provided, looked up once. */
static struct nl_cache_ops *provided_link_ops;

/* A provided link cache gives bridge entries their master while they are
 * parsed (master_from_link()): the message alone does not tell them. */
static bool neigh_digest_usable(void)
{
	return !_nl_cache_maybe_provided(&provided_link_ops, "route/link");
}

static struct nl_object_ops neigh_obj_ops = {
	.oo_name = "route/neigh",
	.oo_size = sizeof(struct rtnl_neigh),
	.oo_copy_size = offsetof(struct rtnl_neigh, n_own_dst),
	.oo_pooled = 1,
	.oo_free_data = neigh_free_data,
	.oo_clone = neigh_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = neigh_dump_line,
		[NL_DUMP_DETAILS] = neigh_dump_details,
		[NL_DUMP_STATS] = neigh_dump_details,
	},
	.oo_compare = neigh_compare,
	.oo_keygen = neigh_keygen,
	.oo_attrs2str = neigh_attrs2str,
	.oo_id_attrs = NEIGH_ATTR_FAMILY | NEIGH_ATTR_IFINDEX | NEIGH_ATTR_DST,
	.oo_id_attrs_get = neigh_id_attrs_get,
	/* the comparison sees all but the cache times and probes, which a
	 * kept neighbour takes from the table's entries */
	.oo_keep_equal = 1,
	.oo_digest = 1,
	.oo_volatile = &neigh_table,
	.oo_volatile_parse = nlo_parse_one,
	.oo_digest_usable = neigh_digest_usable,
};

/* ------------------------------------------------------------------ */
/* Parsing and building                                                 */

/* A u32 attribute, when there is one, into *v. */
static int put_u32(struct rtnl_neigh *n, uint32_t *v, uint32_t bit,
		   const struct nlattr *nla)
{
	if (!nla)
		return 0;
	if (_nla_len(nla) < 4)
		return -NLE_RANGE;
	*v = _nla_u32(nla);
	n->ce_mask |= bit;
	return 0;
}

/* The attributes parsed, whatever the system headers' NDA_MAX */
#define NEIGH_NDA_MAX (NDA_MAX > NDA_FLAGS_EXT ? NDA_MAX : NDA_FLAGS_EXT)

/* An address attribute into *slot, in own when it fits (inline: the
 * storage's capacity and the family known). */
static inline __attribute__((always_inline)) struct nl_addr *
store_addr(struct rtnl_neigh *n, struct nl_addr **slot, struct nl_addr *own,
	   unsigned int cap, int family, const struct nlattr *nla)
{
	struct nl_addr *a = _nl_addr_store(n, own, cap, family, _nla_data(nla),
					   (unsigned int)_nla_len(nla));

	if (!a)
		return NULL;
	_nl_addr_put_for(n, *slot);
	*slot = a;
	return a;
}

/*
 * What the table (neigh_attrs) describes, parsed without walking it, with
 * the same results and errors: one message per neighbour makes this the
 * fill's hot path.  One walk notes the last attribute of each type, as
 * nlmsg_parse() would, and they are then read in a fixed order.  The
 * destination is an address of the entry's family, except on bridge
 * entries (the remote of a vxlan device, of any family), where the family
 * is guessed from its length.
 */
static int neigh_fill(struct rtnl_neigh *n, struct nlmsghdr *nlh)
{
	const struct nlattr *dst = NULL, *lladdr = NULL, *ci = NULL,
			    *probes = NULL, *vlan = NULL, *master = NULL,
			    *nhid = NULL, *ext = NULL, *nla;
	const struct ndmsg *ndm;
	uint64_t seen = 0;
	int rem, err;

	/* nlmsg_valid_hdr(), nlmsg_attrdata() and nlmsg_attrlen() inline */
	if (nlh->nlmsg_len < NLMSG_HDRLEN + sizeof(struct ndmsg))
		return -NLE_MSG_TOOSHORT;
	ndm = (const struct ndmsg *)((const char *)nlh + NLMSG_HDRLEN);
	rem = (int)(nlh->nlmsg_len - NLMSG_HDRLEN -
		    NLMSG_ALIGN(sizeof(struct ndmsg)));
	/* nla_parse()'s walk, the last of each type kept in a local: no
	 * table to clear and read back */
	nlo_for_each_attr(nla, (const struct nlattr *)((const char *)ndm +
				      NLMSG_ALIGN(sizeof(struct ndmsg))),
			  rem, rem) {
		unsigned int type = nla->nla_type & NLA_TYPE_MASK;

		switch (type) {
		case NDA_DST:		dst = nla;	break;
		case NDA_LLADDR:	lladdr = nla;	break;
		case NDA_CACHEINFO:	ci = nla;	break;
		case NDA_PROBES:	probes = nla;	break;
		case NDA_VLAN:		vlan = nla;	break;
		case NDA_MASTER:	master = nla;	break;
		case NDA_NH_ID:		nhid = nla;	break;
		case NDA_FLAGS_EXT:	ext = nla;	break;
		default:
			if (type > NEIGH_NDA_MAX)
				continue;
		}
		nlo_note_seen(&seen, type);
	}
	nlo_note_leftover(rem);
	n->ce_msgtype = nlh->nlmsg_type;
	n->n_family = ndm->ndm_family;
	n->n_flags = ndm->ndm_flags;
	n->n_type = ndm->ndm_type;
	n->n_state = ndm->ndm_state;
	n->n_ifindex = ndm->ndm_ifindex;
	n->ce_mask |= NEIGH_ATTR_FAMILY | NEIGH_ATTR_FLAGS | NEIGH_ATTR_TYPE |
		      NEIGH_ATTR_STATE | NEIGH_ATTR_IFINDEX;

	if ((nla = lladdr)) {
		if (!store_addr(n, &n->n_lladdr, &n->n_own_lladdr.a, 8, AF_LLC,
				nla))
			return -NLE_NOMEM;
		n->ce_mask |= NEIGH_ATTR_LLADDR;
	}
	if ((nla = dst)) {
		struct nl_addr *a = store_addr(n, &n->n_dst, &n->n_own_dst.a,
					       16, AF_UNSPEC, nla);
		if (!a)
			return -NLE_NOMEM;
		if (n->n_family == AF_BRIDGE || n->n_family == AF_UNSPEC)
			_nl_addr_guess_set_family(a);
		else
			a->a_family = n->n_family;
		n->ce_mask |= NEIGH_ATTR_DST;
	}
	if ((nla = ci)) {
		size_t len = (size_t)_nla_len(nla);

		/* the kernel's size copied without a loop */
		if (len >= sizeof(n->n_cacheinfo)) {
			memcpy(&n->n_cacheinfo, _nla_data(nla),
			       sizeof(n->n_cacheinfo));
		} else {
			memset(&n->n_cacheinfo, 0, sizeof(n->n_cacheinfo));
			memcpy(&n->n_cacheinfo, _nla_data(nla), len);
		}
		n->ce_mask |= NEIGH_ATTR_CACHEINFO;
	}
	if ((err = put_u32(n, &n->n_probes, NEIGH_ATTR_PROBES,
			   probes)) < 0 ||
	    (err = put_u32(n, &n->n_master, NEIGH_ATTR_MASTER,
			   master)) < 0)
		return err;
	if ((nla = vlan)) {
		if (_nla_len(nla) < 2)
			return -NLE_RANGE;
		memcpy(&n->n_vlan, _nla_data(nla), 2);
		n->ce_mask |= NEIGH_ATTR_VLAN;
	}
	if ((err = put_u32(n, &n->n_nhid, NEIGH_ATTR_NHID,
			   nhid)) < 0 ||
	    (err = put_u32(n, &n->n_ext_flags, NEIGH_ATTR_EXT_FLAGS,
			   ext)) < 0)
		return err;
	return 0;
}

/* A bridge entry the kernel sent without NDA_MASTER (the port's own
 * "self" entries) takes the master of its port from the link cache the
 * application provided, as Debian's libnl shows it. */
static int master_of(struct nl_cache *lc, void *arg)
{
	struct rtnl_neigh *neigh = arg;
	struct rtnl_link *link = rtnl_link_get(lc, neigh->n_ifindex);

	if (link) {
		neigh->n_master = (uint32_t)rtnl_link_get_master(link);
		neigh->ce_mask |= NEIGH_ATTR_MASTER;
		rtnl_link_put(link);
	}
	return 0;
}

static void master_from_link(struct rtnl_neigh *neigh)
{
	if (!_nl_cache_maybe_provided(&provided_link_ops, "route/link"))
		return;
	/* safe from any thread, without a reference per entry */
	_nl_cache_with_provided("route/link", master_of, neigh);
}

/**
 * Parse an RTM_NEWNEIGH/RTM_DELNEIGH message into a new neighbour.
 * @return 0 with the object in *result (rtnl_neigh_put() it), or a
 *         negative NLE_* code.
 */
/* rtnl_neigh_parse() into a new @obj (co_parse_obj). */
static int neigh_parse_obj(struct nlmsghdr *n, struct nl_object *obj)
{
	struct rtnl_neigh *neigh = (struct rtnl_neigh *)obj;
	int err = neigh_fill(neigh, n);

	if (err < 0)
		return err;
	if (neigh->n_family == AF_BRIDGE &&
	    !(neigh->ce_mask & NEIGH_ATTR_MASTER))
		master_from_link(neigh);
	return 0;
}

int rtnl_neigh_parse(struct nlmsghdr *n, struct rtnl_neigh **result)
{
	struct rtnl_neigh *neigh = rtnl_neigh_alloc();
	int err;

	if (!neigh)
		return -NLE_NOMEM;
	err = neigh_parse_obj(n, (struct nl_object *)neigh);
	if (err < 0) {
		rtnl_neigh_put(neigh);
		return err;
	}
	*result = neigh;
	return 0;
}

/*
 * The strict form of the dump request: a full ndmsg and what the kernel
 * can filter by of the cache's filter.  The neighbour tables take the
 * interface as NDA_IFINDEX (ndm_ifindex must stay 0 there), the master
 * as NDA_MASTER and the family in the header (not the bridge family,
 * which would select the forwarding databases); the bridge forwarding
 * databases take the port in ndm_ifindex and the bridge as NDA_MASTER.
 */
static int neigh_put_strict(struct nl_msg *msg, int family,
			    struct rtnl_neigh *f)
{
	struct ndmsg ndm = { .ndm_family = (unsigned char)family };
	uint32_t ifindex = 0, master = 0;

	if (f && (f->ce_mask & NEIGH_ATTR_IFINDEX) && f->n_ifindex > 0)
		ifindex = (uint32_t)f->n_ifindex;
	if (f && (f->ce_mask & NEIGH_ATTR_MASTER))
		master = f->n_master;
	if (f && family != AF_BRIDGE && (f->ce_mask & NEIGH_ATTR_FAMILY) &&
	    f->n_family != AF_BRIDGE)
		ndm.ndm_family = f->n_family;
	if (family == AF_BRIDGE)
		ndm.ndm_ifindex = (int)ifindex;
	if (nlmsg_append(msg, &ndm, sizeof(ndm), NLMSG_ALIGNTO) < 0 ||
	    (family != AF_BRIDGE && ifindex &&
	     nla_put_u32(msg, NDA_IFINDEX, ifindex) < 0) ||
	    (master && nla_put_u32(msg, NDA_MASTER, master) < 0))
		return -NLE_MSGSIZE;
	return 0;
}

/* The neighbour tables (AF_UNSPEC); with NL_CACHE_AF_ITER one dump per
 * family of the walk, the bridge forwarding databases after them. */
static int neigh_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(RTM_GETNEIGH, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nl_socket_get_strict_check(sk)) {
		err = neigh_put_strict(msg, cache->c_iarg1,
			(struct rtnl_neigh *)nl_cache_get_filter(cache));
	} else if (cache->c_iarg1 == AF_BRIDGE) {
		struct ifinfomsg ifi = { .ifi_family = AF_BRIDGE };

		err = nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	} else {
		struct rtgenmsg gen = {
			.rtgen_family = (unsigned char)cache->c_iarg1
		};

		err = nlmsg_append(msg, &gen, sizeof(gen), NLMSG_ALIGNTO);
	}
	if (err < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

/* The attributes of requests, in the reference library's order (the
 * master is the kernel's to report, never sent). */
static const uint64_t neigh_build_order[] = {
	NEIGH_ATTR_DST, NEIGH_ATTR_LLADDR, NEIGH_ATTR_VLAN, NEIGH_ATTR_NHID,
	NEIGH_ATTR_EXT_FLAGS,
};

static int neigh_build(struct rtnl_neigh *tmpl, int cmd, int flags,
		       struct nl_msg **result)
{
	struct ndmsg nhdr = { 0 };
	struct nl_msg *msg;
	int err;

	/* an IP neighbour needs its address; a bridge FDB entry nothing */
	if (tmpl->n_family != AF_BRIDGE && !(tmpl->ce_mask & NEIGH_ATTR_DST))
		return -NLE_MISSING_ATTR;

	nlo_build_hdr(tmpl, &neigh_table, &nhdr, tmpl->ce_mask);
	if (!(tmpl->ce_mask & NEIGH_ATTR_STATE))
		nhdr.ndm_state = NUD_PERMANENT;

	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &nhdr, sizeof(nhdr), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nlo_build_ordered(msg, tmpl, &neigh_table, tmpl->ce_mask,
				neigh_build_order,
				ARRAY_SIZE(neigh_build_order));
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

static int send_and_ack(struct nl_sock *sk, struct nl_msg *msg)
{
	int err = nl_send_auto_complete(sk, msg);

	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/** Allocate an empty neighbour; NULL when out of memory. */
struct rtnl_neigh *rtnl_neigh_alloc(void)
{
	return (struct rtnl_neigh *)nl_object_alloc(&neigh_obj_ops);
}

/** Drop a reference on neigh. */
void rtnl_neigh_put(struct rtnl_neigh *neigh)
{
	nl_object_put((struct nl_object *)neigh);
}

/**
 * Allocate a neighbour cache with flags (NL_CACHE_*) added to its type's
 * (which walks the neighbour tables and the bridge databases) and fill it.
 * @return 0 or a negative NLE_* code; *result is owned by the caller.
 */
int rtnl_neigh_alloc_cache_flags(struct nl_sock *sock,
				 struct nl_cache **result, unsigned int flags)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&neigh_cache_ops);
	if (!cache)
		return -NLE_NOMEM;
	nl_cache_set_flags(cache, flags);
	if (sock && (err = nl_cache_refill(sock, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/** rtnl_neigh_alloc_cache_flags() without extra flags. */
int rtnl_neigh_alloc_cache(struct nl_sock *sock, struct nl_cache **result)
{
	return rtnl_neigh_alloc_cache_flags(sock, result, 0);
}

/**
 * Find the neighbour with destination dst on interface ifindex.
 * @return it with a new reference (rtnl_neigh_put() it) or NULL.
 */
struct rtnl_neigh *rtnl_neigh_get(struct nl_cache *cache, int ifindex,
				  struct nl_addr *dst)
{
	struct rtnl_neigh *n;

	if (!cache || cache->c_ops != &neigh_cache_ops || !dst)
		return NULL;
	nl_list_for_each_entry(n, &cache->c_items, ce_list) {
		if (n->n_ifindex == ifindex && n->n_dst &&
		    !nl_addr_cmp(n->n_dst, dst)) {
			nl_object_get((struct nl_object *)n);
			return n;
		}
	}
	return NULL;
}

/**
 * Find the bridge database entry for MAC address lladdr in VLAN vlan on
 * interface ifindex.
 * @return it with a new reference (rtnl_neigh_put() it) or NULL.
 */
struct rtnl_neigh *rtnl_neigh_get_by_vlan(struct nl_cache *cache, int ifindex,
					  struct nl_addr *lladdr, int vlan)
{
	struct rtnl_neigh *n;

	if (!cache || cache->c_ops != &neigh_cache_ops || !lladdr)
		return NULL;
	nl_list_for_each_entry(n, &cache->c_items, ce_list) {
		if (n->n_ifindex == ifindex && n->n_vlan == vlan &&
		    n->n_lladdr && !nl_addr_cmp(n->n_lladdr, lladdr)) {
			nl_object_get((struct nl_object *)n);
			return n;
		}
	}
	return NULL;
}

/**
 * Build an RTM_NEWNEIGH request (NLM_F_CREATE added to flags).  Needs the
 * destination address, except for a bridge (AF_BRIDGE) entry; the state
 * defaults to NUD_PERMANENT.
 * @return 0 with the message in *result, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int rtnl_neigh_build_add_request(struct rtnl_neigh *tmpl, int flags,
				 struct nl_msg **result)
{
	return neigh_build(tmpl, RTM_NEWNEIGH, NLM_F_CREATE | flags, result);
}

/**
 * Add (or with NLM_F_REPLACE change) a neighbour and wait for the ack.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_neigh_add(struct nl_sock *sk, struct rtnl_neigh *tmpl, int flags)
{
	struct nl_msg *msg;
	int err = rtnl_neigh_build_add_request(tmpl, flags, &msg);

	return err < 0 ? err : send_and_ack(sk, msg);
}

/**
 * Build an RTM_DELNEIGH request; needs the same attributes as an add.
 * @return 0 with the message in *result, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int rtnl_neigh_build_delete_request(struct rtnl_neigh *neigh, int flags,
				    struct nl_msg **result)
{
	return neigh_build(neigh, RTM_DELNEIGH, flags, result);
}

/**
 * Delete a neighbour and wait for the kernel's acknowledgement.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_neigh_delete(struct nl_sock *sk, struct rtnl_neigh *neigh, int flags)
{
	struct nl_msg *msg;
	int err = rtnl_neigh_build_delete_request(neigh, flags, &msg);

	return err < 0 ? err : send_and_ack(sk, msg);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** Set the NUD_* bits in state. */
void rtnl_neigh_set_state(struct rtnl_neigh *neigh, int state)
{
	neigh->n_state_mask |= (uint32_t)state;
	neigh->n_state |= (uint16_t)state;
	neigh->ce_mask |= NEIGH_ATTR_STATE;
}

/** The state (NUD_*), or -1 when unset. */
int rtnl_neigh_get_state(struct rtnl_neigh *neigh)
{
	if (neigh->ce_mask & NEIGH_ATTR_STATE)
		return neigh->n_state;
	return -1;
}

/** Clear the NUD_* bits in state. */
void rtnl_neigh_unset_state(struct rtnl_neigh *neigh, int state)
{
	neigh->n_state_mask |= (uint32_t)state;
	neigh->n_state &= (uint16_t)~state;
	neigh->ce_mask |= NEIGH_ATTR_STATE;
}

/** Set the NTF_* flags in flags. */
void rtnl_neigh_set_flags(struct rtnl_neigh *neigh, unsigned int flags)
{
	neigh->n_flag_mask |= flags;
	neigh->n_flags |= (uint8_t)flags;
	neigh->ce_mask |= NEIGH_ATTR_FLAGS;
}

/** Clear the NTF_* flags in flags. */
void rtnl_neigh_unset_flags(struct rtnl_neigh *neigh, unsigned int flags)
{
	neigh->n_flag_mask |= flags;
	neigh->n_flags &= (uint8_t)~flags;
	neigh->ce_mask |= NEIGH_ATTR_FLAGS;
}

/** The NTF_* flags. */
unsigned int rtnl_neigh_get_flags(struct rtnl_neigh *neigh)
{
	return neigh->n_flags;
}

/** Set the extended flags (NTF_EXT_*) in flags. */
void rtnl_neigh_set_ext_flags(struct rtnl_neigh *neigh, uint32_t flags)
{
	neigh->n_ext_flag_mask |= flags;
	neigh->n_ext_flags |= flags;
	neigh->ce_mask |= NEIGH_ATTR_EXT_FLAGS;
}

/** Clear the extended flags (NTF_EXT_*) in flags. */
void rtnl_neigh_unset_ext_flags(struct rtnl_neigh *neigh, uint32_t flags)
{
	neigh->n_ext_flag_mask |= flags;
	neigh->n_ext_flags &= ~flags;
	neigh->ce_mask |= NEIGH_ATTR_EXT_FLAGS;
}

/**
 * The extended flags into *out_val.
 * @return 0, or -NLE_NOATTR when they are not set.
 */
int rtnl_neigh_get_ext_flags(struct rtnl_neigh *neigh, uint32_t *out_val)
{
	if (!(neigh->ce_mask & NEIGH_ATTR_EXT_FLAGS))
		return -NLE_NOATTR;
	*out_val = neigh->n_ext_flags;
	return 0;
}

/** Set the interface index. */
void rtnl_neigh_set_ifindex(struct rtnl_neigh *neigh, int ifindex)
{
	neigh->n_ifindex = ifindex;
	neigh->ce_mask |= NEIGH_ATTR_IFINDEX;
}

/** The interface index (0 when unset). */
int rtnl_neigh_get_ifindex(struct rtnl_neigh *neigh)
{
	return neigh->n_ifindex;
}

/** Set the link-layer address (a reference is taken). */
void rtnl_neigh_set_lladdr(struct rtnl_neigh *neigh, struct nl_addr *addr)
{
	_nl_addr_get_for(neigh, addr);
	_nl_addr_put_for(neigh, neigh->n_lladdr);
	neigh->n_lladdr = addr;
	neigh->ce_mask |= NEIGH_ATTR_LLADDR;
}

/** The link-layer address (no reference taken) or NULL. */
struct nl_addr *rtnl_neigh_get_lladdr(struct rtnl_neigh *neigh)
{
	return neigh->n_lladdr;
}

/**
 * Set the destination address (a reference is taken); its family must
 * match the neighbour's when one is set, and becomes it otherwise.  For
 * the remote of a bridge (vxlan) entry, set the address first and then
 * the family AF_BRIDGE.
 * @return 0 or -NLE_AF_MISMATCH.
 */
int rtnl_neigh_set_dst(struct rtnl_neigh *neigh, struct nl_addr *addr)
{
	if (neigh->ce_mask & NEIGH_ATTR_FAMILY) {
		if (nl_addr_get_family(addr) != neigh->n_family)
			return -NLE_AF_MISMATCH;
	} else {
		neigh->n_family = (uint8_t)nl_addr_get_family(addr);
		neigh->ce_mask |= NEIGH_ATTR_FAMILY;
	}
	_nl_addr_get_for(neigh, addr);
	_nl_addr_put_for(neigh, neigh->n_dst);
	neigh->n_dst = addr;
	neigh->ce_mask |= NEIGH_ATTR_DST;
	return 0;
}

/** The destination address (no reference taken) or NULL. */
struct nl_addr *rtnl_neigh_get_dst(struct rtnl_neigh *neigh)
{
	return neigh->n_dst;
}

/** Set the family (AF_INET, AF_INET6, AF_BRIDGE). */
void rtnl_neigh_set_family(struct rtnl_neigh *neigh, int family)
{
	neigh->n_family = (uint8_t)family;
	neigh->ce_mask |= NEIGH_ATTR_FAMILY;
}

/** The family. */
int rtnl_neigh_get_family(struct rtnl_neigh *neigh)
{
	return neigh->n_family;
}

/** Set the type (RTN_*). */
void rtnl_neigh_set_type(struct rtnl_neigh *neigh, int type)
{
	neigh->n_type = (uint8_t)type;
	neigh->ce_mask |= NEIGH_ATTR_TYPE;
}

/** The type (RTN_*), or -1 when unset. */
int rtnl_neigh_get_type(struct rtnl_neigh *neigh)
{
	if (neigh->ce_mask & NEIGH_ATTR_TYPE)
		return neigh->n_type;
	return -1;
}

/** Set the VLAN of a bridge entry. */
void rtnl_neigh_set_vlan(struct rtnl_neigh *neigh, int vlan)
{
	neigh->n_vlan = (uint16_t)vlan;
	neigh->ce_mask |= NEIGH_ATTR_VLAN;
}

/** The VLAN of a bridge entry, or -1 when unset. */
int rtnl_neigh_get_vlan(struct rtnl_neigh *neigh)
{
	if (neigh->ce_mask & NEIGH_ATTR_VLAN)
		return neigh->n_vlan;
	return -1;
}

/** Set the master (bridge) interface index of a bridge entry. */
void rtnl_neigh_set_master(struct rtnl_neigh *neigh, int ifindex)
{
	neigh->n_master = (uint32_t)ifindex;
	neigh->ce_mask |= NEIGH_ATTR_MASTER;
}

/** The master interface index (0 when unset). */
int rtnl_neigh_get_master(struct rtnl_neigh *neigh)
{
	return (int)neigh->n_master;
}

/** Set the nexthop id (NDA_NH_ID) of the entry. */
void rtnl_neigh_set_nhid(struct rtnl_neigh *neigh, uint32_t nhid)
{
	neigh->n_nhid = nhid;
	neigh->ce_mask |= NEIGH_ATTR_NHID;
}

/**
 * The nexthop id into *out_val.
 * @return 0, or -NLE_NOATTR when it is not set.
 */
int rtnl_neigh_get_nhid(struct rtnl_neigh *neigh, uint32_t *out_val)
{
	if (!(neigh->ce_mask & NEIGH_ATTR_NHID))
		return -NLE_NOATTR;
	*out_val = neigh->n_nhid;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Cache type                                                           */

static struct nl_af_group neigh_groups[] = {
	{ AF_UNSPEC, RTNLGRP_NEIGH },
	{ AF_BRIDGE, RTNLGRP_NEIGH },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops neigh_cache_ops = {
	.co_name = "route/neigh",
	.co_hdrsize = sizeof(struct ndmsg),
	.co_protocol = NETLINK_ROUTE,
	/* bridge forwarding entries only with NL_CACHE_AF_ITER, when
	 * the caller asks for it */
	.co_groups = neigh_groups,
	.co_request_update = neigh_request_update,
	.co_parse_obj = neigh_parse_obj,
	.co_obj_ops = &neigh_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWNEIGH, NL_ACT_NEW, "new" },
		{ RTM_DELNEIGH, NL_ACT_DEL, "del" },
		{ RTM_GETNEIGH, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) neigh_init(void)
{
	nl_cache_mngt_register(&neigh_cache_ops);
}

static void __attribute__((destructor)) neigh_exit(void)
{
	nl_cache_mngt_unregister(&neigh_cache_ops);
}
