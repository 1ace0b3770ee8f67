/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Minimal rtnetlink link and address cache types (see mini-rtnl.h): a
 * stand-in for libnl-route-3's rtnl_link / rtnl_addr, which do not exist in
 * this tree yet, so that the consistent-dump kernel test and nl-dump-check
 * can refill real caches.  Only what identifies an object is parsed.
 */

#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/hash.h>
#include <netlink/object.h>
#include <netlink/cache.h>

#include "nl-private/core.h"
#include "mini-rtnl.h"

struct mini_link {
	NLHDR_COMMON
	int l_family;
	int l_ifindex;
	char l_name[IFNAMSIZ];
};

struct mini_addr {
	NLHDR_COMMON
	int a_family;
	int a_ifindex;
	int a_prefixlen;
	unsigned int a_len;		/* 4 or 16 when LOCAL is set */
	unsigned char a_local[16];
};

/* ------------------------------------------------------------------ */
/* Requests: one dump of every object, any family                       */

static int request_dump(struct nl_sock *sk, int type, const void *hdr,
			size_t hdrlen)
{
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(type, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	err = nlmsg_append(msg, (void *)hdr, hdrlen, NLMSG_ALIGNTO);
	if (err >= 0)
		err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err >= 0 ? 0 : err;
}

static int link_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC };

	return request_dump(sk, RTM_GETLINK, &ifi, sizeof(ifi));
}

static int addr_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct ifaddrmsg ifa = { .ifa_family = AF_UNSPEC };

	return request_dump(sk, RTM_GETADDR, &ifa, sizeof(ifa));
}

/* ------------------------------------------------------------------ */
/* Parsers: every received byte is checked before use                   */

static struct nla_policy link_policy[IFLA_MAX + 1] = {
	[IFLA_IFNAME] = { .type = NLA_STRING, .maxlen = IFNAMSIZ },
};

static int link_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			   struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nlattr *tb[IFLA_MAX + 1];
	struct ifinfomsg *ifi;
	struct mini_link *l;
	int err;

	if (!nlmsg_valid_hdr(nlh, sizeof(*ifi)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(nlh, sizeof(*ifi), tb, IFLA_MAX, link_policy);
	if (err < 0)
		return err;
	ifi = nlmsg_data(nlh);

	l = (struct mini_link *)nl_object_alloc(ops->co_obj_ops);
	if (!l)
		return -NLE_NOMEM;
	l->ce_msgtype = nlh->nlmsg_type;
	l->l_family = ifi->ifi_family;
	l->l_ifindex = ifi->ifi_index;
	l->ce_mask |= MINI_LINK_ATTR_FAMILY | MINI_LINK_ATTR_IFINDEX;
	if (tb[IFLA_IFNAME]) {
		nla_strlcpy(l->l_name, tb[IFLA_IFNAME], sizeof(l->l_name));
		l->ce_mask |= MINI_LINK_ATTR_NAME;
	}
	err = pp->pp_cb((struct nl_object *)l, pp);
	nl_object_put((struct nl_object *)l);
	return err;
}

static struct nla_policy addr_policy[IFA_MAX + 1] = {
	[IFA_LOCAL] = { .minlen = 4 },
	[IFA_ADDRESS] = { .minlen = 4 },
};

static int addr_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			   struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nlattr *tb[IFA_MAX + 1], *local;
	struct ifaddrmsg *ifa;
	struct mini_addr *a;
	int err;

	if (!nlmsg_valid_hdr(nlh, sizeof(*ifa)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(nlh, sizeof(*ifa), tb, IFA_MAX, addr_policy);
	if (err < 0)
		return err;
	ifa = nlmsg_data(nlh);

	a = (struct mini_addr *)nl_object_alloc(ops->co_obj_ops);
	if (!a)
		return -NLE_NOMEM;
	a->ce_msgtype = nlh->nlmsg_type;
	a->a_family = ifa->ifa_family;
	a->a_ifindex = (int)ifa->ifa_index;
	a->a_prefixlen = ifa->ifa_prefixlen;
	a->ce_mask |= MINI_ADDR_ATTR_FAMILY | MINI_ADDR_ATTR_IFINDEX |
		      MINI_ADDR_ATTR_PREFIXLEN;
	/* IPv4 sends IFA_LOCAL (and IFA_ADDRESS, the peer); IPv6 only
	 * IFA_ADDRESS. */
	local = tb[IFA_LOCAL] ? tb[IFA_LOCAL] : tb[IFA_ADDRESS];
	if (local) {
		unsigned int want = a->a_family == AF_INET ? 4 :
				    a->a_family == AF_INET6 ? 16 : 0;

		if (!want || (unsigned int)nla_len(local) != want) {
			nl_object_put((struct nl_object *)a);
			return -NLE_INVAL;
		}
		memcpy(a->a_local, nla_data(local), want);
		a->a_len = want;
		a->ce_mask |= MINI_ADDR_ATTR_LOCAL;
	}
	err = pp->pp_cb((struct nl_object *)a, pp);
	nl_object_put((struct nl_object *)a);
	return err;
}

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static int link_clone(struct nl_object *dst, struct nl_object *src)
{
	struct mini_link *d = (struct mini_link *)dst;
	struct mini_link *s = (struct mini_link *)src;

	/* Plain data only: copy it whether or not the core did. */
	d->l_family = s->l_family;
	d->l_ifindex = s->l_ifindex;
	memcpy(d->l_name, s->l_name, sizeof(d->l_name));
	return 0;
}

static uint64_t link_compare(struct nl_object *_a, struct nl_object *_b,
			     uint64_t attrs, int flags)
{
	struct mini_link *a = (struct mini_link *)_a;
	struct mini_link *b = (struct mini_link *)_b;
	uint64_t diff = 0;

	diff |= ATTR_DIFF(attrs, MINI_LINK_ATTR_FAMILY, a, b,
			  a->l_family != b->l_family);
	diff |= ATTR_DIFF(attrs, MINI_LINK_ATTR_IFINDEX, a, b,
			  a->l_ifindex != b->l_ifindex);
	diff |= ATTR_DIFF(attrs, MINI_LINK_ATTR_NAME, a, b,
			  strcmp(a->l_name, b->l_name));
	return diff;
}

static void link_keygen(struct nl_object *obj, uint32_t *hashkey,
			uint32_t table_sz)
{
	struct mini_link *l = (struct mini_link *)obj;
	struct {
		int32_t family;
		int32_t ifindex;
	} key = { l->l_family, l->l_ifindex };

	*hashkey = table_sz ? nl_hash(&key, sizeof(key), 0) % table_sz : 0;
}

static void link_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct mini_link *l = (struct mini_link *)obj;

	nl_dump_line(p, "%d %s\n", l->l_ifindex,
		     l->ce_mask & MINI_LINK_ATTR_NAME ? l->l_name : "?");
}

static const struct trans_tbl link_attrs[] = {
	__ADD(MINI_LINK_ATTR_FAMILY, family),
	__ADD(MINI_LINK_ATTR_IFINDEX, ifindex),
	__ADD(MINI_LINK_ATTR_NAME, name),
};

static char *link_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, link_attrs, ARRAY_SIZE(link_attrs));
}

static struct nl_object_ops mini_link_obj_ops = {
	.oo_name = "mini/link",
	.oo_size = sizeof(struct mini_link),
	.oo_clone = link_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = link_dump_line,
		[NL_DUMP_DETAILS] = link_dump_line,
		[NL_DUMP_STATS] = link_dump_line,
	},
	.oo_compare = link_compare,
	.oo_keygen = link_keygen,
	.oo_attrs2str = link_attrs2str,
	.oo_id_attrs = MINI_LINK_ATTR_FAMILY | MINI_LINK_ATTR_IFINDEX,
};

static int addr_clone(struct nl_object *dst, struct nl_object *src)
{
	struct mini_addr *d = (struct mini_addr *)dst;
	struct mini_addr *s = (struct mini_addr *)src;

	d->a_family = s->a_family;
	d->a_ifindex = s->a_ifindex;
	d->a_prefixlen = s->a_prefixlen;
	d->a_len = s->a_len;
	memcpy(d->a_local, s->a_local, sizeof(d->a_local));
	return 0;
}

static uint64_t addr_compare(struct nl_object *_a, struct nl_object *_b,
			     uint64_t attrs, int flags)
{
	struct mini_addr *a = (struct mini_addr *)_a;
	struct mini_addr *b = (struct mini_addr *)_b;
	uint64_t diff = 0;

	diff |= ATTR_DIFF(attrs, MINI_ADDR_ATTR_FAMILY, a, b,
			  a->a_family != b->a_family);
	diff |= ATTR_DIFF(attrs, MINI_ADDR_ATTR_IFINDEX, a, b,
			  a->a_ifindex != b->a_ifindex);
	diff |= ATTR_DIFF(attrs, MINI_ADDR_ATTR_PREFIXLEN, a, b,
			  a->a_prefixlen != b->a_prefixlen);
	diff |= ATTR_DIFF(attrs, MINI_ADDR_ATTR_LOCAL, a, b,
			  a->a_len != b->a_len ||
			  memcmp(a->a_local, b->a_local, a->a_len));
	return diff;
}

static void addr_keygen(struct nl_object *obj, uint32_t *hashkey,
			uint32_t table_sz)
{
	struct mini_addr *a = (struct mini_addr *)obj;
	struct {
		int32_t family;
		int32_t ifindex;
		int32_t prefixlen;
		uint8_t local[16];
	} key;

	memset(&key, 0, sizeof(key));
	key.family = a->a_family;
	key.ifindex = a->a_ifindex;
	key.prefixlen = a->a_prefixlen;
	memcpy(key.local, a->a_local, a->a_len);
	*hashkey = table_sz ? nl_hash(&key, sizeof(key), 0) % table_sz : 0;
}

static void addr_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct mini_addr *a = (struct mini_addr *)obj;
	char buf[INET6_ADDRSTRLEN] = "?";

	if (a->ce_mask & MINI_ADDR_ATTR_LOCAL)
		inet_ntop(a->a_family, a->a_local, buf, sizeof(buf));
	nl_dump_line(p, "%d %s/%d\n", a->a_ifindex, buf, a->a_prefixlen);
}

static const struct trans_tbl addr_attrs[] = {
	__ADD(MINI_ADDR_ATTR_FAMILY, family),
	__ADD(MINI_ADDR_ATTR_IFINDEX, ifindex),
	__ADD(MINI_ADDR_ATTR_PREFIXLEN, prefixlen),
	__ADD(MINI_ADDR_ATTR_LOCAL, local),
};

static char *addr_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, addr_attrs, ARRAY_SIZE(addr_attrs));
}

static struct nl_object_ops mini_addr_obj_ops = {
	.oo_name = "mini/addr",
	.oo_size = sizeof(struct mini_addr),
	.oo_clone = addr_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = addr_dump_line,
		[NL_DUMP_DETAILS] = addr_dump_line,
		[NL_DUMP_STATS] = addr_dump_line,
	},
	.oo_compare = addr_compare,
	.oo_keygen = addr_keygen,
	.oo_attrs2str = addr_attrs2str,
	.oo_id_attrs = MINI_ADDR_ATTR_FAMILY | MINI_ADDR_ATTR_IFINDEX |
		       MINI_ADDR_ATTR_PREFIXLEN | MINI_ADDR_ATTR_LOCAL,
};

/* ------------------------------------------------------------------ */
/* Cache operations                                                     */

static struct nl_af_group link_groups[] = {
	{ AF_UNSPEC, RTNLGRP_LINK },
	{ END_OF_GROUP_LIST },
};

static struct nl_af_group addr_groups[] = {
	{ AF_INET, RTNLGRP_IPV4_IFADDR },
	{ AF_INET6, RTNLGRP_IPV6_IFADDR },
	{ END_OF_GROUP_LIST },
};

struct nl_cache_ops mini_link_ops = {
	.co_name = "mini/link",
	.co_hdrsize = sizeof(struct ifinfomsg),
	.co_protocol = NETLINK_ROUTE,
	.co_hash_size = 1024,
	.co_groups = link_groups,
	.co_request_update = link_request_update,
	.co_msg_parser = link_msg_parser,
	.co_obj_ops = &mini_link_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWLINK, NL_ACT_NEW, "new" },
		{ RTM_DELLINK, NL_ACT_DEL, "del" },
		{ RTM_GETLINK, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

struct nl_cache_ops mini_addr_ops = {
	.co_name = "mini/addr",
	.co_hdrsize = sizeof(struct ifaddrmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_hash_size = 4096,
	.co_groups = addr_groups,
	.co_request_update = addr_request_update,
	.co_msg_parser = addr_msg_parser,
	.co_obj_ops = &mini_addr_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWADDR, NL_ACT_NEW, "new" },
		{ RTM_DELADDR, NL_ACT_DEL, "del" },
		{ RTM_GETADDR, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

/* The address object type without a key generator: a cache of it keeps
 * no hash table, so nl_cache_add() keeps every copy it is given. */
static struct nl_object_ops mini_addr_unhashed_obj_ops = {
	.oo_name = "mini/addr-unhashed",
	.oo_size = sizeof(struct mini_addr),
	.oo_clone = addr_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = addr_dump_line,
		[NL_DUMP_DETAILS] = addr_dump_line,
		[NL_DUMP_STATS] = addr_dump_line,
	},
	.oo_compare = addr_compare,
	.oo_attrs2str = addr_attrs2str,
	.oo_id_attrs = MINI_ADDR_ATTR_FAMILY | MINI_ADDR_ATTR_IFINDEX |
		       MINI_ADDR_ATTR_PREFIXLEN | MINI_ADDR_ATTR_LOCAL,
};

/*
 * The same address type without a hash key: what nl-dump-check uses to
 * show upstream's restart-without-clearing on an address cache (the stock
 * address cache collects duplicates that way; a keyed one would hide them).
 */
struct nl_cache_ops mini_addr_unhashed_ops = {
	.co_name = "mini/addr-unhashed",
	.co_hdrsize = sizeof(struct ifaddrmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_hash_size = 0,
	.co_groups = addr_groups,
	.co_request_update = addr_request_update,
	.co_msg_parser = addr_msg_parser,
	.co_obj_ops = &mini_addr_unhashed_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWADDR, NL_ACT_NEW, "new" },
		{ RTM_DELADDR, NL_ACT_DEL, "del" },
		{ RTM_GETADDR, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

/* ------------------------------------------------------------------ */
/* Public helpers of the test tree                                      */

int mini_link_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&mini_link_ops, sk, result);
}

int mini_addr_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&mini_addr_ops, sk, result);
}

struct nl_object *mini_link_alloc(void)
{
	return nl_object_alloc(&mini_link_obj_ops);
}

struct nl_object *mini_addr_alloc(void)
{
	return nl_object_alloc(&mini_addr_obj_ops);
}

int mini_link_get_ifindex(struct nl_object *obj)
{
	return ((struct mini_link *)obj)->l_ifindex;
}

void mini_link_set_ifindex(struct nl_object *obj, int ifindex)
{
	struct mini_link *l = (struct mini_link *)obj;

	l->l_ifindex = ifindex;
	l->ce_mask |= MINI_LINK_ATTR_IFINDEX | MINI_LINK_ATTR_FAMILY;
}

const char *mini_link_get_name(struct nl_object *obj)
{
	struct mini_link *l = (struct mini_link *)obj;

	return l->ce_mask & MINI_LINK_ATTR_NAME ? l->l_name : NULL;
}

int mini_addr_get_ifindex(struct nl_object *obj)
{
	return ((struct mini_addr *)obj)->a_ifindex;
}

int mini_addr_get_family(struct nl_object *obj)
{
	return ((struct mini_addr *)obj)->a_family;
}

int mini_addr_get_prefixlen(struct nl_object *obj)
{
	return ((struct mini_addr *)obj)->a_prefixlen;
}

const void *mini_addr_get_local(struct nl_object *obj, unsigned int *len)
{
	struct mini_addr *a = (struct mini_addr *)obj;

	if (!(a->ce_mask & MINI_ADDR_ATTR_LOCAL))
		return NULL;
	if (len)
		*len = a->a_len;
	return a->a_local;
}

int mini_addr_set_key(struct nl_object *obj, int ifindex, int family,
		      int prefixlen, const void *local, unsigned int len)
{
	struct mini_addr *a = (struct mini_addr *)obj;

	if ((family == AF_INET && len != 4) ||
	    (family == AF_INET6 && len != 16) ||
	    (family != AF_INET && family != AF_INET6) || !local ||
	    prefixlen < 0 || (unsigned int)prefixlen > len * 8)
		return -NLE_INVAL;
	a->a_family = family;
	a->a_ifindex = ifindex;
	a->a_prefixlen = prefixlen;
	memset(a->a_local, 0, sizeof(a->a_local));
	memcpy(a->a_local, local, len);
	a->a_len = len;
	a->ce_mask |= MINI_ADDR_ATTR_FAMILY | MINI_ADDR_ATTR_IFINDEX |
		      MINI_ADDR_ATTR_PREFIXLEN | MINI_ADDR_ATTR_LOCAL;
	return 0;
}

/*
 * Check one snapshot of a mini/link (links != 0) or mini/addr cache against
 * the churn fixture's expectations: every object is handed to @ck.
 */
struct churn_verdict mini_check_cache(struct nl_cache *cache, int links,
				      struct churn_check *ck)
{
	struct nl_object *o;

	churn_check_begin(ck);
	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o)) {
		if (links) {
			churn_check_link(ck, mini_link_get_name(o));
		} else {
			unsigned int len = 0;
			const void *b = mini_addr_get_local(o, &len);

			churn_check_addr(ck, mini_addr_get_family(o), b, len);
		}
	}
	return churn_check_end(ck, links);
}
