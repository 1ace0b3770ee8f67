/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * u32 classifier: 32-bit key matches (struct tc_u32_sel with its keys),
 * hash tables, links between them, marks and actions.
 */

#include <stdlib.h>
#include <string.h>
#include <net/if.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/u32.h>

#define U32_ATTR_DIVISOR	0x001
#define U32_ATTR_HASH		0x002
#define U32_ATTR_CLASSID	0x004
#define U32_ATTR_LINK		0x008
#define U32_ATTR_PCNT		0x010
#define U32_ATTR_SELECTOR	0x020
#define U32_ATTR_ACTION		0x040
#define U32_ATTR_POLICE		0x080
#define U32_ATTR_INDEV		0x100
#define U32_ATTR_MARK		0x200
#define U32_ATTR_FLAGS		0x400

struct u32_data {
	uint64_t mask;
	uint32_t divisor;
	uint32_t hash;
	uint32_t classid;
	uint32_t link;
	uint32_t flags;
	struct tc_u32_mark mark;
	char indev[IFNAMSIZ];
	struct nl_data *selector;	/* tc_u32_sel followed by its keys */
	struct nl_data *police;
	struct nl_data *pcnt;
	struct rtnl_act *act;
};

static const struct nlo_attr u32_attrs[] = {
	NLO_ENTRY(struct u32_data, divisor, U32_ATTR_DIVISOR, "divisor",
		  NLO_U32, .nla = TCA_U32_DIVISOR),
	NLO_ENTRY(struct u32_data, hash, U32_ATTR_HASH, "hash", NLO_U32,
		  .nla = TCA_U32_HASH),
	NLO_ENTRY(struct u32_data, classid, U32_ATTR_CLASSID, "classid",
		  NLO_U32, .nla = TCA_U32_CLASSID),
	NLO_ENTRY(struct u32_data, link, U32_ATTR_LINK, "link", NLO_U32,
		  .nla = TCA_U32_LINK),
	NLO_ENTRY(struct u32_data, pcnt, U32_ATTR_PCNT, "pcnt", NLO_DATA,
		  .nla = TCA_U32_PCNT, .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	NLO_ENTRY(struct u32_data, selector, U32_ATTR_SELECTOR, "selector",
		  NLO_DATA, .nla = TCA_U32_SEL),
	NLO_BIT(U32_ATTR_ACTION, "action"),
	NLO_ENTRY(struct u32_data, police, U32_ATTR_POLICE, "police",
		  NLO_DATA, .nla = TCA_U32_POLICE),
	NLO_ENTRY(struct u32_data, indev, U32_ATTR_INDEV, "indev", NLO_CHARS,
		  .nla = TCA_U32_INDEV),
	NLO_ENTRY(struct u32_data, mark, U32_ATTR_MARK, "mark", NLO_BINARY,
		  .nla = TCA_U32_MARK),
	/* read from the kernel; requests do not carry it, as upstream's */
	NLO_ENTRY(struct u32_data, flags, U32_ATTR_FLAGS, "flags", NLO_U32,
		  .nla = TCA_U32_FLAGS, .flags = NLO_F_NOBUILD),
};

static const struct nlo_table u32_table =
	NLO_TABLE(struct u32_data, mask, u32_attrs, TCA_U32_MAX);

static struct rtnl_tc_ops u32_ops;

static struct u32_data *u32_data(struct rtnl_cls *cls, int *err)
{
	return rtnl_tc_data_check(TC_CAST(cls), &u32_ops, err);
}

/* The selector, or NULL when none / too short for its keys. */
static struct tc_u32_sel *u32_sel(struct u32_data *u)
{
	struct tc_u32_sel *sel;
	size_t size;

	if (!(u->mask & U32_ATTR_SELECTOR) || !u->selector)
		return NULL;
	size = nl_data_get_size(u->selector);
	if (size < sizeof(*sel))
		return NULL;
	sel = nl_data_get(u->selector);
	if (size < sizeof(*sel) + sel->nkeys * sizeof(struct tc_u32_key))
		return NULL;
	return sel;
}

/* The selector, created empty when missing. */
static struct tc_u32_sel *u32_sel_alloc(struct u32_data *u)
{
	if (!u->selector) {
		struct tc_u32_sel sel;

		memset(&sel, 0, sizeof(sel));
		u->selector = nl_data_alloc(&sel, sizeof(sel));
		if (!u->selector)
			return NULL;
	}
	u->mask |= U32_ATTR_SELECTOR;
	return u32_sel(u);
}

static int u32_msg_parser(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct u32_data *u = data;
	struct nlattr *tb[TCA_U32_MAX + 1];
	int err;

	(void)tc;
	if (u->selector && !u32_sel(u)) {
		NL_DBG(2, "u32: selector too short for its keys\n");
		return -NLE_INVAL;
	}
	err = nla_parse_nested(tb, TCA_U32_MAX, opts, NULL);
	if (err < 0)
		return err;
	rtnl_act_put_all(&u->act);
	u->mask &= ~U32_ATTR_ACTION;
	if (tb[TCA_U32_ACT]) {
		err = rtnl_act_parse(&u->act, tb[TCA_U32_ACT]);
		if (err < 0)
			return err;
		u->mask |= U32_ATTR_ACTION;
	}
	return 0;
}

static int u32_msg_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct u32_data *u = data;

	(void)tc;
	if ((u->mask & U32_ATTR_ACTION) && u->act)
		return rtnl_act_fill(msg, TCA_U32_ACT, u->act);
	return 0;
}

static int u32_clone(void *dst, void *src)
{
	struct u32_data *d = dst, *s = src;

	return _rtnl_act_clone_list(&d->act, s->act);
}

static void u32_free_data(struct rtnl_tc *tc, void *data)
{
	struct u32_data *u = data;

	(void)tc;
	rtnl_act_put_all(&u->act);
}

static int u32_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
		       void *db, int flags)
{
	(void)a;
	(void)b;
	(void)flags;
	return _rtnl_act_list_differ(((struct u32_data *)da)->act,
				     ((struct u32_data *)db)->act);
}

static void u32_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct u32_data *u = data;
	char buf[32];

	(void)tc;
	if (!u)
		return;
	if (u->mask & U32_ATTR_DIVISOR)
		nl_dump(p, " divisor %u", u->divisor);
	else if (u->mask & U32_ATTR_CLASSID)
		nl_dump(p, " target %s",
			rtnl_tc_handle2str(u->classid, buf, sizeof(buf)));
}

static const struct trans_tbl u32_sel_flags[] = {
	__ADD(TC_U32_TERMINAL, TERMINAL),
	__ADD(TC_U32_OFFSET, OFFSET),
	__ADD(TC_U32_VAROFFSET, VAROFFSET),
	__ADD(TC_U32_EAT, EAT),
};

static void u32_dump_selector(struct u32_data *u, struct tc_u32_sel *sel,
			      struct nl_dump_params *p)
{
	char buf[64];
	int i;

	if (u->mask & U32_ATTR_HASH)
		nl_dump(p, " ht key 0x%x hash 0x%x", TC_U32_USERHTID(u->hash),
			TC_U32_HASH(u->hash));
	if (u->mask & U32_ATTR_LINK)
		nl_dump(p, " link %u", u->link);
	if (u->mask & U32_ATTR_INDEV)
		nl_dump(p, " indev %s", u->indev);
	if (sel->hmask || sel->hoff)
		nl_dump(p, " hash at %u & 0x%x", sel->hoff, sel->hmask);
	if (sel->flags & (TC_U32_OFFSET | TC_U32_VAROFFSET)) {
		nl_dump(p, " offset at %d", sel->off);
		if (sel->flags & TC_U32_VAROFFSET)
			nl_dump(p, " variable (at %d & 0x%x) >> %d",
				sel->offoff, ntohs(sel->offmask),
				sel->offshift);
	}
	if (sel->flags)
		nl_dump(p, " <%s>",
			__flags2str(sel->flags, buf, sizeof(buf), u32_sel_flags,
				    ARRAY_SIZE(u32_sel_flags)));
	for (i = 0; i < sel->nkeys; i++) {
		struct tc_u32_key *key = &sel->keys[i];

		nl_dump(p, "\n");
		nl_dump_line(p, "      match key at %s%d ",
			     key->offmask ? "nexthdr+" : "", key->off);
		if (key->offmask)
			nl_dump(p, "[0x%u] ", key->offmask);
		nl_dump(p, "& 0x%08x == 0x%08x", ntohl(key->mask),
			ntohl(key->val));
	}
}

static void u32_dump_details(struct rtnl_tc *tc, void *data,
			     struct nl_dump_params *p)
{
	struct u32_data *u = data;
	struct tc_u32_sel *sel;

	(void)tc;
	if (!u)
		return;
	sel = u32_sel(u);
	if (sel)
		nl_dump(p, "nkeys %u ", sel->nkeys);
	else
		nl_dump(p, "no-selector ");
	if (u->mask & U32_ATTR_MARK)
		/* decimal behind "0x", as Debian's libnl prints it */
		nl_dump(p, "mark 0x%u 0x%u", u->mark.val, u->mark.mask);
	else
		nl_dump(p, "no-mark");
	if (sel)
		u32_dump_selector(u, sel, p);
	nl_dump(p, "\n");
}

static void u32_dump_stats(struct rtnl_tc *tc, void *data,
			   struct nl_dump_params *p)
{
	struct u32_data *u = data;
	struct tc_u32_pcnt *pc;

	(void)tc;
	if (!u || !(u->mask & U32_ATTR_PCNT) || !u->pcnt ||
	    nl_data_get_size(u->pcnt) < sizeof(*pc))
		return;
	pc = nl_data_get(u->pcnt);
	nl_dump_line(p, "    successful       hits\n");
	nl_dump_line(p, "    %8llu   %8llu\n", (unsigned long long)pc->rhit,
		     (unsigned long long)pc->rcnt);
}

static struct rtnl_tc_ops u32_ops = {
	.to_kind = "u32",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct u32_data),
	.to_table = &u32_table,
	.to_msg_parser = u32_msg_parser,
	.to_msg_fill = u32_msg_fill,
	.to_clone = u32_clone,
	.to_free_data = u32_free_data,
	.to_compare = u32_compare,
	.to_dump = {
		[NL_DUMP_LINE] = u32_dump_line,
		[NL_DUMP_DETAILS] = u32_dump_details,
		[NL_DUMP_STATS] = u32_dump_stats,
	},
};

TC_REGISTER(u32_ops)

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/**
 * Set the handle of @a cls from its parts: hash table id @a htid (12
 * bits), bucket @a hash (8 bits) and node id @a nodeid (12 bits).
 */
void rtnl_u32_set_handle(struct rtnl_cls *cls, int htid, int hash, int nodeid)
{
	uint32_t handle = ((uint32_t)htid << 20) | ((uint32_t)hash << 12) |
			  (uint32_t)nodeid;

	rtnl_tc_set_handle(TC_CAST(cls), handle);
}

#define U32_SETTER(NAME, MEMBER, BIT)                                          \
	int rtnl_u32_set_##NAME(struct rtnl_cls *cls, uint32_t v)              \
	{                                                                      \
		int err;                                                       \
		struct u32_data *u = u32_data(cls, &err);                      \
                                                                               \
		if (!u)                                                        \
			return err;                                            \
		u->MEMBER = v;                                                 \
		u->mask |= (BIT);                                              \
		return 0;                                                      \
	}

/** Set the class packets matching @a cls go to. @return 0 or -NLE_*. */
U32_SETTER(classid, classid, U32_ATTR_CLASSID)
/** Make @a cls a hash table with the given number of buckets. */
U32_SETTER(divisor, divisor, U32_ATTR_DIVISOR)
/** Continue matching in the hash table with the given handle. */
U32_SETTER(link, link, U32_ATTR_LINK)
/** Put @a cls into the hash table with the given handle. */
U32_SETTER(hashtable, hash, U32_ATTR_HASH)

/** Add the TC_U32_* bits @a flags to the flags of the selector, as
 * upstream's does. */
int rtnl_u32_set_flags(struct rtnl_cls *cls, int flags)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;

	if (!u)
		return err;
	if (!(sel = u32_sel_alloc(u)))
		return -NLE_NOMEM;
	sel->flags |= (unsigned char)flags;
	return 0;
}

/**
 * The class of @a cls in *classid.
 * @return 0, -NLE_INVAL (not set) or -NLE_OPNOTSUPP (not u32).
 */
int rtnl_u32_get_classid(struct rtnl_cls *cls, uint32_t *classid)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);

	if (!u)
		return err;
	if (!(u->mask & U32_ATTR_CLASSID))
		return -NLE_INVAL;
	*classid = u->classid;
	return 0;
}

/**
 * Hash on the 32-bit word at @a offset masked with @a hashmask (host
 * order) to select a bucket of the linked table.
 */
int rtnl_u32_set_hashmask(struct rtnl_cls *cls, uint32_t hashmask,
			  uint32_t offset)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;

	if (!u)
		return err;
	if (!(sel = u32_sel_alloc(u)))
		return -NLE_NOMEM;
	sel->hmask = htonl(hashmask);
	sel->hoff = (short)offset;
	return 0;
}

/**
 * Set the variable offset of the selector: the offset is read from the
 * 16-bit word at @a offoff, masked with @a offmask, shifted right by
 * @a offshift; @a off is a constant offset; @a flags are TC_U32_* bits
 * added to the selector.
 */
int rtnl_u32_set_selector(struct rtnl_cls *cls, int offoff, uint32_t offmask,
			  char offshift, uint16_t off, char flags)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;

	if (!u)
		return err;
	if (!(sel = u32_sel_alloc(u)))
		return -NLE_NOMEM;
	sel->offoff = (short)offoff;
	sel->offmask = htons((uint16_t)offmask);
	sel->offshift = (unsigned char)offshift;
	sel->off = (short)off;
	sel->flags |= (unsigned char)flags;
	if (offmask)
		sel->flags |= TC_U32_VAROFFSET;
	return 0;
}

/** Mark the selector of @a cls terminal (TC_U32_TERMINAL). */
int rtnl_u32_set_cls_terminal(struct rtnl_cls *cls)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;

	if (!u)
		return err;
	if (!(sel = u32_sel_alloc(u)))
		return -NLE_NOMEM;
	sel->flags |= TC_U32_TERMINAL;
	return 0;
}

/** Match packets whose firewall mark & @a mask equals @a val. */
int rtnl_u32_add_mark(struct rtnl_cls *cls, uint32_t val, uint32_t mask)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);

	if (!u)
		return err;
	memset(&u->mark, 0, sizeof(u->mark));
	u->mark.val = val;
	u->mark.mask = mask;
	u->mask |= U32_ATTR_MARK;
	return 0;
}

/** Remove the mark match of @a cls. */
int rtnl_u32_del_mark(struct rtnl_cls *cls)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);

	if (!u)
		return err;
	if (!(u->mask & U32_ATTR_MARK))
		return -NLE_INVAL;
	memset(&u->mark, 0, sizeof(u->mark));
	u->mask &= ~U32_ATTR_MARK;
	return 0;
}

/**
 * Append a key to the selector: the 32-bit word at @a off (plus the
 * variable offset when @a offmask is not 0) masked with @a mask must
 * equal @a val (@a val and @a mask in network order).
 * @return 0 or a negative error code.
 */
int rtnl_u32_add_key(struct rtnl_cls *cls, uint32_t val, uint32_t mask,
		     int off, int offmask)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;
	struct tc_u32_key key;

	if (!u)
		return err;
	if (!(sel = u32_sel_alloc(u)))
		return -NLE_NOMEM;
	if (sel->nkeys == 255)
		return -NLE_RANGE;
	memset(&key, 0, sizeof(key));
	key.val = val & mask;
	key.mask = mask;
	key.off = off;
	key.offmask = offmask;
	if (nl_data_append(u->selector, &key, sizeof(key)) < 0)
		return -NLE_NOMEM;
	/* the data may have moved */
	sel = nl_data_get(u->selector);
	sel->nkeys++;
	return 0;
}

/**
 * Key number @a index of the selector: value and mask (network order),
 * offset and offset mask.
 * @return 0, -NLE_INVAL (no selector) or -NLE_RANGE (no such key).
 */
int rtnl_u32_get_key(struct rtnl_cls *cls, uint8_t index, uint32_t *val,
		     uint32_t *mask, int *off, int *offmask)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);
	struct tc_u32_sel *sel;

	if (!u)
		return err;
	if (!(sel = u32_sel(u)))
		return -NLE_INVAL;
	if (index >= sel->nkeys)
		return -NLE_RANGE;
	if (val)
		*val = sel->keys[index].val;
	if (mask)
		*mask = sel->keys[index].mask;
	if (off)
		*off = sel->keys[index].off;
	if (offmask)
		*offmask = sel->keys[index].offmask;
	return 0;
}

/* A key on @a bits bits at byte offset @a off, inside its 32-bit word. */
static int add_key_bits(struct rtnl_cls *cls, uint32_t val, uint32_t mask,
			int bits, int off, int offmask)
{
	int shift = 32 - bits - 8 * (off & 3);

	/* as upstream, a 16-bit word starts at an even offset */
	if (shift < 0 || (bits == 16 && (off & 1)))
		return -NLE_INVAL;
	return rtnl_u32_add_key(cls, htonl(val << shift), htonl(mask << shift),
				off & ~3, offmask);
}

/** Match the byte at @a off masked with @a mask against @a val. */
int rtnl_u32_add_key_uint8(struct rtnl_cls *cls, uint8_t val, uint8_t mask,
			   int off, int offmask)
{
	return add_key_bits(cls, val, mask, 8, off, offmask);
}

/**
 * Match the 16-bit word (host order values) at @a off masked with
 * @a mask against @a val; the word may not cross a 32-bit boundary.
 */
int rtnl_u32_add_key_uint16(struct rtnl_cls *cls, uint16_t val, uint16_t mask,
			    int off, int offmask)
{
	return add_key_bits(cls, val, mask, 16, off, offmask);
}

/** Match the 32-bit word (host order values) at @a off. */
int rtnl_u32_add_key_uint32(struct rtnl_cls *cls, uint32_t val, uint32_t mask,
			    int off, int offmask)
{
	/* a 32-bit word starts at a multiple of 4, as upstream aligns it */
	return rtnl_u32_add_key(cls, htonl(val), htonl(mask), off & ~3,
				offmask);
}

/** Match the first @a bitmask bits of the IPv4 address at @a off. */
int rtnl_u32_add_key_in_addr(struct rtnl_cls *cls, const struct in_addr *addr,
			     uint8_t bitmask, int off, int offmask)
{
	uint32_t mask;

	if (bitmask > 32)
		return -NLE_INVAL;
	mask = bitmask ? 0xFFFFFFFFu << (32 - bitmask) : 0;
	return rtnl_u32_add_key(cls, addr->s_addr, htonl(mask), off, offmask);
}

/**
 * Match the first @a bitmask bits of the IPv6 address at @a off (one key
 * per 32-bit word concerned).
 */
int rtnl_u32_add_key_in6_addr(struct rtnl_cls *cls,
			      const struct in6_addr *addr, uint8_t bitmask,
			      int off, int offmask)
{
	int i, err, bits = bitmask;

	if (bitmask > 128)
		return -NLE_INVAL;
	for (i = 0; i < 4 && bits > 0; i++, bits -= 32) {
		uint32_t mask = bits >= 32 ? 0xFFFFFFFFu
					   : 0xFFFFFFFFu << (32 - bits);
		uint32_t w;

		memcpy(&w, &addr->s6_addr[4 * i], 4);
		err = rtnl_u32_add_key(cls, w, htonl(mask), off + 4 * i,
				       offmask);
		if (err < 0)
			return err;
	}
	return 0;
}

/** Add @a act to the actions of @a cls (a reference is taken). */
int rtnl_u32_add_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);

	if (!u)
		return err;
	err = _rtnl_act_add_ref(&u->act, act);
	if (err < 0)
		return err;
	u->mask |= U32_ATTR_ACTION;
	return 0;
}

/** Remove @a act from the actions of @a cls and drop its reference. */
int rtnl_u32_del_action(struct rtnl_cls *cls, struct rtnl_act *act)
{
	int err;
	struct u32_data *u = u32_data(cls, &err);

	if (!u)
		return err;
	if (!(u->mask & U32_ATTR_ACTION))
		return -NLE_INVAL;
	err = _rtnl_act_del_ref(&u->act, act);
	if (err < 0)
		return err;
	if (!u->act)
		u->mask &= ~U32_ATTR_ACTION;
	return 0;
}

/** The first action of @a cls (no reference taken), or NULL. */
struct rtnl_act *rtnl_u32_get_action(struct rtnl_cls *cls)
{
	struct u32_data *u = u32_data(cls, NULL);

	return (u && (u->mask & U32_ATTR_ACTION)) ? u->act : NULL;
}
