/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bridge multicast database (RTM_NEWMDB, struct br_port_msg + MDBA_*):
 * one object per bridge with the list of its group memberships, in the
 * cache "route/mdb".
 *
 * The entries are a list of small structures, not attributes, so this
 * object is written by hand rather than from an attribute table.
 */

#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_bridge.h>
#include <linux/if_ether.h>

#include "nl-private/core.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/mdb.h>

#define MDB_ATTR_IFINDEX	0x0001
#define MDB_ATTR_ENTRIES	0x0002

struct rtnl_mdb_entry {
	struct nl_list_head mdb_list;
	struct nl_addr *addr;
	int ifindex;		/* the bridge port */
	uint16_t vid;
	uint16_t proto;		/* ETH_P_*, host order */
	uint8_t state;		/* MDB_TEMPORARY / MDB_PERMANENT */
};

struct rtnl_mdb {
	NLHDR_COMMON

	uint32_t ifindex;	/* the bridge */
	struct nl_list_head mdb_entry_list;
};

static struct nl_cache_ops mdb_ops;
static struct nl_object_ops mdb_obj_ops;

/* ------------------------------------------------------------------ */
/* Entries                                                              */

static struct rtnl_mdb_entry *entry_alloc(void)
{
	struct rtnl_mdb_entry *e = calloc(1, sizeof(*e));

	if (e)
		NL_INIT_LIST_HEAD(&e->mdb_list);
	return e;
}

static void entry_free(struct rtnl_mdb_entry *e)
{
	if (!e)
		return;
	nl_addr_put(e->addr);
	free(e);
}

static struct rtnl_mdb_entry *entry_clone(const struct rtnl_mdb_entry *src)
{
	struct rtnl_mdb_entry *e = entry_alloc();

	if (!e)
		return NULL;
	e->ifindex = src->ifindex;
	e->vid = src->vid;
	e->proto = src->proto;
	e->state = src->state;
	if (src->addr && !(e->addr = nl_addr_clone(src->addr))) {
		entry_free(e);
		return NULL;
	}
	return e;
}

/* Same membership (port, vlan, group); the state may differ. */
static int entry_same(const struct rtnl_mdb_entry *a,
		      const struct rtnl_mdb_entry *b)
{
	if (a->ifindex != b->ifindex || a->vid != b->vid ||
	    a->proto != b->proto)
		return 0;
	if (!a->addr || !b->addr)
		return a->addr == b->addr;
	return nl_addr_cmp(a->addr, b->addr) == 0;
}

static struct rtnl_mdb_entry *entry_find(struct rtnl_mdb *mdb,
					 const struct rtnl_mdb_entry *key)
{
	struct rtnl_mdb_entry *e;

	nl_list_for_each_entry(e, &mdb->mdb_entry_list, mdb_list)
		if (entry_same(e, key))
			return e;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void mdb_constructor(struct nl_object *obj)
{
	struct rtnl_mdb *mdb = (struct rtnl_mdb *)obj;

	NL_INIT_LIST_HEAD(&mdb->mdb_entry_list);
}

static void mdb_free_data(struct nl_object *obj)
{
	struct rtnl_mdb *mdb = (struct rtnl_mdb *)obj;
	struct rtnl_mdb_entry *e, *n;

	nl_list_for_each_entry_safe(e, n, &mdb->mdb_entry_list, mdb_list) {
		nl_list_del(&e->mdb_list);
		entry_free(e);
	}
}

static int mdb_clone(struct nl_object *dst_obj, struct nl_object *src_obj)
{
	struct rtnl_mdb *dst = (struct rtnl_mdb *)dst_obj;
	struct rtnl_mdb *src = (struct rtnl_mdb *)src_obj;
	struct rtnl_mdb_entry *e, *c;

	/* dst is a byte copy: its list head points into src's list */
	NL_INIT_LIST_HEAD(&dst->mdb_entry_list);
	nl_list_for_each_entry(e, &src->mdb_entry_list, mdb_list) {
		c = entry_clone(e);
		if (!c)
			return -NLE_NOMEM;
		nl_list_add_tail(&c->mdb_list, &dst->mdb_entry_list);
	}
	return 0;
}

static int entries_differ(struct rtnl_mdb *a, struct rtnl_mdb *b)
{
	struct nl_list_head *pa = a->mdb_entry_list.next;
	struct nl_list_head *pb = b->mdb_entry_list.next;

	while (pa != &a->mdb_entry_list && pb != &b->mdb_entry_list) {
		struct rtnl_mdb_entry *ea, *eb;

		ea = nl_list_entry(pa, struct rtnl_mdb_entry, mdb_list);
		eb = nl_list_entry(pb, struct rtnl_mdb_entry, mdb_list);
		if (!entry_same(ea, eb) || ea->state != eb->state)
			return 1;
		pa = pa->next;
		pb = pb->next;
	}
	return pa != &a->mdb_entry_list || pb != &b->mdb_entry_list;
}

static uint64_t mdb_compare(struct nl_object *obj_a, struct nl_object *obj_b,
			    uint64_t attrs, int flags)
{
	struct rtnl_mdb *a = (struct rtnl_mdb *)obj_a;
	struct rtnl_mdb *b = (struct rtnl_mdb *)obj_b;
	uint64_t diff = 0;

	(void)flags;
	diff |= ATTR_DIFF(attrs, MDB_ATTR_IFINDEX, a, b,
			  a->ifindex != b->ifindex);
	diff |= ATTR_DIFF(attrs, MDB_ATTR_ENTRIES, a, b, entries_differ(a, b));
	return diff;
}

static char *mdb_attrs2str(int attrs, char *buf, size_t len)
{
	static const struct trans_tbl names[] = {
		__ADD(MDB_ATTR_IFINDEX, ifindex),
		__ADD(MDB_ATTR_ENTRIES, entries),
	};

	return __flags2str(attrs, buf, len, names,
			   sizeof(names) / sizeof(names[0]));
}

static void mdb_keygen(struct nl_object *obj, uint32_t *hashkey,
		       uint32_t table_sz)
{
	struct rtnl_mdb *mdb = (struct rtnl_mdb *)obj;
	uint32_t key = mdb->ifindex;

	*hashkey = nl_hash_any(&key, sizeof(key), 0) % table_sz;
}

/*
 * Notifications name one membership of a bridge: RTM_NEWMDB adds it to
 * (or refreshes it in) the bridge's object, RTM_DELMDB takes it out.
 */
static int mdb_update(struct nl_object *old_obj, struct nl_object *new_obj)
{
	struct rtnl_mdb *old = (struct rtnl_mdb *)old_obj;
	struct rtnl_mdb *nw = (struct rtnl_mdb *)new_obj;
	struct rtnl_mdb_entry *e, *found;

	if (old->ifindex != nw->ifindex)
		return -NLE_OPNOTSUPP;
	nl_list_for_each_entry(e, &nw->mdb_entry_list, mdb_list) {
		found = entry_find(old, e);
		if (new_obj->ce_msgtype == RTM_DELMDB) {
			if (found) {
				nl_list_del(&found->mdb_list);
				entry_free(found);
			}
		} else if (found) {
			found->state = e->state;
		} else {
			struct rtnl_mdb_entry *c = entry_clone(e);

			if (!c)
				return -NLE_NOMEM;
			nl_list_add_tail(&c->mdb_list, &old->mdb_entry_list);
			old->ce_mask |= MDB_ATTR_ENTRIES;
		}
	}
	return 0;
}

static void mdb_dump(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_mdb *mdb = (struct rtnl_mdb *)obj;
	struct rtnl_mdb_entry *e;
	char buf[INET6_ADDRSTRLEN + 8];

	nl_dump(p, "dev %d \n", (int)mdb->ifindex);
	nl_list_for_each_entry(e, &mdb->mdb_entry_list, mdb_list) {
		nl_dump(p, "port %d ", e->ifindex);
		nl_dump(p, "vid %d ", e->vid);
		nl_dump(p, "proto 0x%04x ", e->proto);
		nl_dump(p, "address %s\n",
			e->addr ? nl_addr2str(e->addr, buf, sizeof(buf))
				: "none");
	}
}

static struct nl_object_ops mdb_obj_ops = {
	.oo_name = "route/mdb",
	.oo_size = sizeof(struct rtnl_mdb),
	.oo_constructor = mdb_constructor,
	.oo_free_data = mdb_free_data,
	.oo_clone = mdb_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = mdb_dump,
		[NL_DUMP_DETAILS] = mdb_dump,
		[NL_DUMP_STATS] = mdb_dump,
	},
	.oo_compare = mdb_compare,
	.oo_update = mdb_update,
	.oo_keygen = mdb_keygen,
	.oo_attrs2str = mdb_attrs2str,
	.oo_id_attrs = MDB_ATTR_IFINDEX,
};

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

/* One MDBA_MDB_ENTRY_INFO: a struct br_mdb_entry, possibly followed by
 * nested MDBA_MDB_EATTR_* attributes that are not kept. */
static int parse_entry_info(struct rtnl_mdb *mdb, const struct nlattr *nla)
{
	struct br_mdb_entry be;
	struct rtnl_mdb_entry *e;
	int family, alen;
	const void *a;

	if (nla_len(nla) < (int)sizeof(be))
		return -NLE_RANGE;
	memcpy(&be, nla_data(nla), sizeof(be));

	e = entry_alloc();
	if (!e)
		return -NLE_NOMEM;
	e->ifindex = (int)be.ifindex;
	e->vid = be.vid;
	e->state = be.state;
	e->proto = ntohs(be.addr.proto);
	switch (e->proto) {
	case ETH_P_IP:
		family = AF_INET;
		a = &be.addr.u.ip4;
		alen = 4;
		break;
	case ETH_P_IPV6:
		family = AF_INET6;
		a = &be.addr.u.ip6;
		alen = 16;
		break;
	default:
		/* layer 2 groups: a MAC address */
		family = AF_LLC;
		a = be.addr.u.mac_addr;
		alen = ETH_ALEN;
		break;
	}
	e->addr = nl_addr_build(family, a, (size_t)alen);
	if (!e->addr) {
		entry_free(e);
		return -NLE_NOMEM;
	}
	nl_list_add_tail(&e->mdb_list, &mdb->mdb_entry_list);
	mdb->ce_mask |= MDB_ATTR_ENTRIES;
	return 0;
}

static int parse_mdb(struct rtnl_mdb *mdb, struct nlattr *nest)
{
	struct nlattr *ent, *info;
	int r1, r2, err;

	nla_for_each_nested(ent, nest, r1) {
		if (nla_type(ent) != MDBA_MDB_ENTRY)
			continue;
		nla_for_each_nested(info, ent, r2) {
			if (nla_type(info) != MDBA_MDB_ENTRY_INFO)
				continue;
			err = parse_entry_info(mdb, info);
			if (err < 0)
				return err;
		}
	}
	return 0;
}

static int mdb_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			  struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct nlattr *tb[MDBA_MAX + 1];
	struct br_port_msg *bpm;
	struct rtnl_mdb *mdb;
	int err;

	(void)ops;
	(void)who;
	if (!nlmsg_valid_hdr(n, sizeof(*bpm)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, sizeof(*bpm), tb, MDBA_MAX, NULL);
	if (err < 0)
		return err;
	bpm = nlmsg_data(n);

	mdb = rtnl_mdb_alloc();
	if (!mdb)
		return -NLE_NOMEM;
	mdb->ce_msgtype = n->nlmsg_type;
	mdb->ifindex = bpm->ifindex;
	mdb->ce_mask |= MDB_ATTR_IFINDEX;
	if (tb[MDBA_MDB])
		err = parse_mdb(mdb, tb[MDBA_MDB]);
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)mdb, pp);
	rtnl_mdb_put(mdb);
	return err;
}

static int mdb_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	struct br_port_msg bpm = { .family = AF_BRIDGE };

	(void)c;
	return nl_send_simple(sk, RTM_GETMDB, NLM_F_DUMP, &bpm, sizeof(bpm));
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/**
 * Allocate a cache of the multicast databases of all bridges and fill it.
 * @arg sk		connected route socket
 * @arg result		receives the new cache (the caller owns it)
 *
 * @return 0 or a negative error code.
 */
int rtnl_mdb_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&mdb_ops, sk, result);
}

/**
 * Like rtnl_mdb_alloc_cache(), with cache flags (NL_CACHE_AF_ITER...)
 * set before the cache is filled.
 *
 * @return 0 or a negative error code.
 */
int rtnl_mdb_alloc_cache_flags(struct nl_sock *sk, struct nl_cache **result,
			       unsigned int flags)
{
	struct nl_cache *cache;
	int err;

	cache = nl_cache_alloc(&mdb_ops);
	if (!cache)
		return -NLE_NOMEM;
	nl_cache_set_flags(cache, flags);
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/** Allocate an empty mdb object; NULL when out of memory. */
struct rtnl_mdb *rtnl_mdb_alloc(void)
{
	return (struct rtnl_mdb *)nl_object_alloc(&mdb_obj_ops);
}

/** Drop a reference to @mdb (NULL is ignored). */
void rtnl_mdb_put(struct rtnl_mdb *mdb)
{
	nl_object_put((struct nl_object *)mdb);
}

/** Interface index of the bridge @mdb belongs to. */
uint32_t rtnl_mdb_get_ifindex(struct rtnl_mdb *mdb)
{
	return mdb->ifindex;
}

/**
 * Append @entry to the entries of @mdb; @mdb owns it from now on and
 * frees it with itself.  An entry that belongs to another mdb object is
 * moved: that object no longer holds it.
 */
void rtnl_mdb_add_entry(struct rtnl_mdb *mdb, struct rtnl_mdb_entry *entry)
{
	nl_list_del(&entry->mdb_list);
	nl_list_add_tail(&entry->mdb_list, &mdb->mdb_entry_list);
	mdb->ce_mask |= MDB_ATTR_ENTRIES;
}

/**
 * Call @cb(entry, @arg) for each entry of @mdb, in the kernel's order.
 * The entries stay owned by @mdb.
 */
void rtnl_mdb_foreach_entry(struct rtnl_mdb *mdb,
			    void (*cb)(struct rtnl_mdb_entry *, void *),
			    void *arg)
{
	struct rtnl_mdb_entry *e, *n;

	nl_list_for_each_entry_safe(e, n, &mdb->mdb_entry_list, mdb_list)
		cb(e, arg);
}

/** Interface index of the bridge port that joined the group. */
int rtnl_mdb_entry_get_ifindex(struct rtnl_mdb_entry *entry)
{
	return entry->ifindex;
}

/** VLAN id of the membership (0: none). */
int rtnl_mdb_entry_get_vid(struct rtnl_mdb_entry *entry)
{
	return entry->vid;
}

/** State of the membership: MDB_TEMPORARY or MDB_PERMANENT. */
int rtnl_mdb_entry_get_state(struct rtnl_mdb_entry *entry)
{
	return entry->state;
}

/**
 * The group address (IPv4, IPv6 or, for layer 2 groups, a MAC address);
 * owned by the entry, take a reference with nl_addr_get() to keep it.
 */
struct nl_addr *rtnl_mdb_entry_get_addr(struct rtnl_mdb_entry *entry)
{
	return entry->addr;
}

/** Protocol of the group (ETH_P_IP, ETH_P_IPV6, ...), host byte order. */
uint16_t rtnl_mdb_entry_get_proto(struct rtnl_mdb_entry *entry)
{
	return entry->proto;
}

static struct nl_af_group mdb_groups[] = {
	{ AF_BRIDGE, RTNLGRP_MDB },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops mdb_ops = {
	.co_name = "route/mdb",
	.co_hdrsize = sizeof(struct br_port_msg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = mdb_groups,
	.co_request_update = mdb_request_update,
	.co_msg_parser = mdb_msg_parser,
	.co_obj_ops = &mdb_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWMDB, NL_ACT_NEW, "new" },
		{ RTM_DELMDB, NL_ACT_DEL, "del" },
		{ RTM_GETMDB, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) mdb_init(void)
{
	nl_cache_mngt_register(&mdb_ops);
}

static void __attribute__((destructor)) mdb_exit(void)
{
	nl_cache_mngt_unregister(&mdb_ops);
}
