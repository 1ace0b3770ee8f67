/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routing policy rules (RTM_NEWRULE, struct fib_rule_hdr + FRA_*): one
 * attribute table, the cache "route/rule", requests and the dump.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>
#include <linux/fib_rules.h>
#include <net/if.h>

#include "nl-private/route.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/addr.h>
#include <netlink/hash.h>
#include <netlink/utils.h>
#include <netlink/route/rtnl.h>
#include <netlink/route/route.h>
#include <netlink/route/rule.h>

static struct nl_cache_ops rtnl_rule_ops;
static struct nl_object_ops rule_obj_ops;

#define RU(m, bit, name, type, ...)                                            \
	NLO_ENTRY(struct rtnl_rule, m, bit, name, type, __VA_ARGS__)

/* Header fields, the addresses (their prefix length is in the header)
 * and the table (header byte or FRA_TABLE) are handled by hand; the
 * table still compares, clones and names them. */
static const struct nlo_attr rule_attrs[] = {
	RU(r_family, RULE_ATTR_FAMILY, "family", NLO_U8, .nla = 0),
	RU(r_table, RULE_ATTR_TABLE, "table", NLO_U32, .nla = FRA_TABLE,
	   .flags = NLO_F_NOPARSE),
	RU(r_action, RULE_ATTR_ACTION, "action", NLO_U8, .nla = 0),
	RU(r_flags, RULE_ATTR_FLAGS, "flags", NLO_U32, .nla = 0),
	RU(r_iifname, RULE_ATTR_IIFNAME, "iifname", NLO_CHARS,
	   .nla = FRA_IIFNAME),
	RU(r_oifname, RULE_ATTR_OIFNAME, "oifname", NLO_CHARS,
	   .nla = FRA_OIFNAME),
	RU(r_prio, RULE_ATTR_PRIO, "prio", NLO_U32, .nla = FRA_PRIORITY),
	RU(r_mark, RULE_ATTR_MARK, "mark", NLO_U32, .nla = FRA_FWMARK),
	RU(r_mask, RULE_ATTR_MASK, "mask", NLO_U32, .nla = FRA_FWMASK),
	RU(r_goto, RULE_ATTR_GOTO, "goto", NLO_U32, .nla = FRA_GOTO),
	RU(r_src, RULE_ATTR_SRC, "src", NLO_ADDR, .nla = FRA_SRC,
	   .flags = NLO_F_NOPARSE),
	RU(r_dst, RULE_ATTR_DST, "dst", NLO_ADDR, .nla = FRA_DST,
	   .flags = NLO_F_NOPARSE),
	RU(r_dsfield, RULE_ATTR_DSFIELD, "dsfield", NLO_U8, .nla = 0),
	RU(r_flow, RULE_ATTR_FLOW, "flow", NLO_U32, .nla = FRA_FLOW),
	RU(r_l3mdev, RULE_ATTR_L3MDEV, "l3mdev", NLO_U8, .nla = FRA_L3MDEV),
	RU(r_protocol, RULE_ATTR_PROTOCOL, "protocol", NLO_U8,
	   .nla = FRA_PROTOCOL),
	RU(r_ip_proto, RULE_ATTR_IP_PROTO, "ip_proto", NLO_U8,
	   .nla = FRA_IP_PROTO),
	RU(r_sport, RULE_ATTR_SPORT, "sport", NLO_BINARY,
	   .nla = FRA_SPORT_RANGE),
	RU(r_dport, RULE_ATTR_DPORT, "dport", NLO_BINARY,
	   .nla = FRA_DPORT_RANGE),
};

static const struct nlo_table rule_table =
	NLO_TABLE(struct rtnl_rule, ce_mask, rule_attrs, FRA_MAX);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static void rule_free_data(struct nl_object *obj)
{
	nlo_free(obj, &rule_table);
}

static int rule_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &rule_table);
}

static uint64_t rule_compare(struct nl_object *a, struct nl_object *b,
			     uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &rule_table, attrs, flags);
}

static char *rule_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&rule_table, (uint64_t)(unsigned int)attrs, buf,
			     len);
}

static void rule_keygen(struct nl_object *obj, uint32_t *hashkey,
			uint32_t table_sz)
{
	struct rtnl_rule *r = (struct rtnl_rule *)obj;
	struct {
		uint32_t family;
		uint32_t prio;
		uint32_t table;
	} key = { r->r_family, r->r_prio, r->r_table };

	*hashkey = nl_hash_any(&key, sizeof(key), 0) % table_sz;
}

static void dump_range(struct nl_dump_params *p, const char *name,
		       const struct fib_rule_port_range *r)
{
	if (r->start == r->end)
		nl_dump(p, "%s %u ", name, r->start);
	else
		nl_dump(p, "%s %u-%u ", name, r->start, r->end);
}

static void rule_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_rule *r = (struct rtnl_rule *)obj;
	char buf[128];

	nl_dump_line(p, "%8d ", (int)r->r_prio);
	nl_dump(p, "%s ", nl_af2str(r->r_family, buf, sizeof(buf)));
	if (r->ce_mask & RULE_ATTR_SRC)
		nl_dump(p, "from %s ", nl_addr2str(r->r_src, buf, sizeof(buf)));
	if (r->ce_mask & RULE_ATTR_DST)
		nl_dump(p, "to %s ", nl_addr2str(r->r_dst, buf, sizeof(buf)));
	if ((r->ce_mask & RULE_ATTR_DSFIELD) && r->r_dsfield)
		nl_dump(p, "tos %u ", r->r_dsfield);
	if (r->ce_mask & (RULE_ATTR_MARK | RULE_ATTR_MASK))
		nl_dump(p, "mark %#x", r->r_mark);
	if (r->ce_mask & RULE_ATTR_MASK)
		nl_dump(p, "/%#x", r->r_mask);
	if (r->ce_mask & RULE_ATTR_IIFNAME)
		nl_dump(p, "iif %s ", r->r_iifname);
	if (r->ce_mask & RULE_ATTR_OIFNAME)
		nl_dump(p, "oif %s ", r->r_oifname);
	if ((r->ce_mask & RULE_ATTR_L3MDEV) && r->r_l3mdev)
		nl_dump(p, "lookup [l3mdev-table] ");
	else if ((r->ce_mask & RULE_ATTR_TABLE) && r->r_table)
		nl_dump(p, "lookup %s ",
			rtnl_route_table2str((int)r->r_table, buf,
					     sizeof(buf)));
	if (r->ce_mask & RULE_ATTR_IP_PROTO)
		nl_dump(p, "ipproto %s ",
			nl_ip_proto2str(r->r_ip_proto, buf, sizeof(buf)));
	if (r->ce_mask & RULE_ATTR_SPORT)
		dump_range(p, "sport", &r->r_sport);
	if (r->ce_mask & RULE_ATTR_DPORT)
		dump_range(p, "dport", &r->r_dport);
	if (r->ce_mask & RULE_ATTR_PROTOCOL)
		nl_dump(p, "protocol %s ",
			rtnl_route_proto2str(r->r_protocol, buf, sizeof(buf)));
	if ((r->ce_mask & RULE_ATTR_FLOW) && r->r_flow)
		nl_dump(p, "flow %s ",
			rtnl_realms2str(r->r_flow, buf, sizeof(buf)));
	if (r->ce_mask & RULE_ATTR_GOTO)
		nl_dump(p, "goto %u ", r->r_goto);
	if (r->ce_mask & RULE_ATTR_ACTION)
		nl_dump(p, "action %s",
			nl_rtntype2str(r->r_action, buf, sizeof(buf)));
	nl_dump(p, "\n");
}

static void rule_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	rule_dump_line(obj, p);
}

static void rule_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	rule_dump_details(obj, p);
}

static struct nl_object_ops rule_obj_ops = {
	.oo_name = "route/rule",
	.oo_size = sizeof(struct rtnl_rule),
	.oo_free_data = rule_free_data,
	.oo_clone = rule_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = rule_dump_line,
		[NL_DUMP_DETAILS] = rule_dump_details,
		[NL_DUMP_STATS] = rule_dump_stats,
	},
	.oo_compare = rule_compare,
	.oo_keygen = rule_keygen,
	.oo_attrs2str = rule_attrs2str,
	.oo_id_attrs = ~0u,
};

/* ------------------------------------------------------------------ */
/* Parsing and building                                                 */

static const struct nla_policy rule_policy[FRA_MAX + 1] = {
	[FRA_TABLE] = { .type = NLA_U32 },
	[FRA_IIFNAME] = { .type = NLA_STRING, .maxlen = IFNAMSIZ },
	[FRA_OIFNAME] = { .type = NLA_STRING, .maxlen = IFNAMSIZ },
	[FRA_PRIORITY] = { .type = NLA_U32 },
	[FRA_FWMARK] = { .type = NLA_U32 },
	[FRA_FWMASK] = { .type = NLA_U32 },
	[FRA_GOTO] = { .type = NLA_U32 },
	[FRA_FLOW] = { .type = NLA_U32 },
	[FRA_L3MDEV] = { .type = NLA_U8 },
	[FRA_PROTOCOL] = { .type = NLA_U8 },
	[FRA_IP_PROTO] = { .type = NLA_U8 },
	[FRA_SPORT_RANGE] = { .minlen = sizeof(struct fib_rule_port_range) },
	[FRA_DPORT_RANGE] = { .minlen = sizeof(struct fib_rule_port_range) },
};

static int rule_parse(struct rtnl_rule *rule, struct nlmsghdr *n)
{
	struct nlattr *tb[FRA_MAX + 1];
	struct fib_rule_hdr *frh;
	int err;

	if (!nlmsg_valid_hdr(n, sizeof(*frh)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, sizeof(*frh), tb, FRA_MAX, rule_policy);
	if (err < 0)
		return err;
	frh = nlmsg_data(n);
	rule->ce_msgtype = n->nlmsg_type;
	rule->r_family = frh->family;
	rule->r_table = frh->table;
	rule->r_action = frh->action;
	rule->r_flags = frh->flags;
	rule->ce_mask |= RULE_ATTR_FAMILY | RULE_ATTR_TABLE |
			 RULE_ATTR_ACTION | RULE_ATTR_FLAGS;
	if (frh->tos) {
		rule->r_dsfield = frh->tos;
		rule->ce_mask |= RULE_ATTR_DSFIELD;
	}
	err = nlo_parse(rule, &rule_table, tb);
	if (err < 0)
		return err;
	if (tb[FRA_TABLE])
		rule->r_table = nla_get_u32(tb[FRA_TABLE]);
	if (tb[FRA_SRC]) {
		rule->r_src = nl_addr_alloc_attr(tb[FRA_SRC], frh->family);
		if (!rule->r_src)
			return -NLE_NOMEM;
		nl_addr_set_prefixlen(rule->r_src, frh->src_len);
		rule->ce_mask |= RULE_ATTR_SRC;
	}
	if (tb[FRA_DST]) {
		rule->r_dst = nl_addr_alloc_attr(tb[FRA_DST], frh->family);
		if (!rule->r_dst)
			return -NLE_NOMEM;
		nl_addr_set_prefixlen(rule->r_dst, frh->dst_len);
		rule->ce_mask |= RULE_ATTR_DST;
	}
	return 0;
}

static int rule_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			   struct nlmsghdr *n, struct nl_parser_param *pp)
{
	struct rtnl_rule *rule = rtnl_rule_alloc();
	int err;

	(void)ops;
	(void)who;
	if (!rule)
		return -NLE_NOMEM;
	err = rule_parse(rule, n);
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)rule, pp);
	rtnl_rule_put(rule);
	return err;
}

static int rule_request_update(struct nl_cache *c, struct nl_sock *sk)
{
	return nl_rtgen_request(sk, RTM_GETRULE, c->c_iarg1, NLM_F_DUMP);
}

/* The attributes after FRA_TABLE, in the reference library's order. */
static const uint64_t rule_build_order[] = {
	RULE_ATTR_SRC, RULE_ATTR_DST, RULE_ATTR_IIFNAME, RULE_ATTR_OIFNAME,
	RULE_ATTR_PRIO, RULE_ATTR_MARK, RULE_ATTR_MASK, RULE_ATTR_GOTO,
	RULE_ATTR_FLOW, RULE_ATTR_L3MDEV, RULE_ATTR_IP_PROTO, RULE_ATTR_SPORT,
	RULE_ATTR_DPORT, RULE_ATTR_PROTOCOL,
};

static int build_rule_msg(struct rtnl_rule *tmpl, int cmd, int flags,
			  struct nl_msg **result)
{
	struct fib_rule_hdr frh = {
		.family = tmpl->r_family,
		.action = tmpl->r_action,
		.flags = tmpl->r_flags,
	};
	struct nl_msg *msg;
	int err;

	if (!(tmpl->ce_mask & RULE_ATTR_FAMILY))
		return -NLE_MISSING_ATTR;
	/* the header has the table's low 8 bits; FRA_TABLE (always sent,
	 * 0 when not set) the whole number */
	frh.table = (uint8_t)tmpl->r_table;
	if (tmpl->ce_mask & RULE_ATTR_DSFIELD)
		frh.tos = tmpl->r_dsfield;
	if (tmpl->ce_mask & RULE_ATTR_SRC)
		frh.src_len = (uint8_t)nl_addr_get_prefixlen(tmpl->r_src);
	if (tmpl->ce_mask & RULE_ATTR_DST)
		frh.dst_len = (uint8_t)nl_addr_get_prefixlen(tmpl->r_dst);

	msg = nlmsg_alloc_simple(cmd, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &frh, sizeof(frh), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	if (nla_put_u32(msg, FRA_TABLE, tmpl->r_table) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nlo_build_ordered(msg, tmpl, &rule_table, tmpl->ce_mask,
				rule_build_order, ARRAY_SIZE(rule_build_order));
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/** Allocate an empty rule; NULL when out of memory. */
struct rtnl_rule *rtnl_rule_alloc(void)
{
	return (struct rtnl_rule *)nl_object_alloc(&rule_obj_ops);
}

/** Drop a reference on rule. */
void rtnl_rule_put(struct rtnl_rule *rule)
{
	nl_object_put((struct nl_object *)rule);
}

/**
 * Allocate a rule cache for family (AF_UNSPEC: all) and fill it from the
 * kernel when sk is not NULL.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_rule_alloc_cache(struct nl_sock *sk, int family,
			  struct nl_cache **result)
{
	struct nl_cache *cache = nl_cache_alloc(&rtnl_rule_ops);
	int err;

	if (!cache)
		return -NLE_NOMEM;
	cache->c_iarg1 = family;
	if (sk && (err = nl_cache_refill(sk, cache)) < 0) {
		nl_cache_free(cache);
		return err;
	}
	*result = cache;
	return 0;
}

/**
 * Build an RTM_NEWRULE request adding tmpl (NLM_F_CREATE plus flags).
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_rule_build_add_request(struct rtnl_rule *tmpl, int flags,
				struct nl_msg **result)
{
	return build_rule_msg(tmpl, RTM_NEWRULE, NLM_F_CREATE | flags, result);
}

static int send_sync(struct nl_sock *sk, struct nl_msg *msg)
{
	int err = nl_send_auto_complete(sk, msg);

	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/** Add rule to the kernel and wait for the ACK. */
int rtnl_rule_add(struct nl_sock *sk, struct rtnl_rule *tmpl, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_rule_build_add_request(tmpl, flags, &msg);
	if (err < 0)
		return err;
	return send_sync(sk, msg);
}

/**
 * Build an RTM_DELRULE request deleting rule.
 * @return 0 with *result owned by the caller, or a negative NLE_* code.
 */
int rtnl_rule_build_delete_request(struct rtnl_rule *rule, int flags,
				   struct nl_msg **result)
{
	return build_rule_msg(rule, RTM_DELRULE, flags, result);
}

/** Delete rule from the kernel and wait for the ACK. */
int rtnl_rule_delete(struct nl_sock *sk, struct rtnl_rule *rule, int flags)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_rule_build_delete_request(rule, flags, &msg);
	if (err < 0)
		return err;
	return send_sync(sk, msg);
}

/** Set the address family (AF_INET, AF_INET6...). */
void rtnl_rule_set_family(struct rtnl_rule *rule, int family)
{
	rule->r_family = (uint8_t)family;
	rule->ce_mask |= RULE_ATTR_FAMILY;
}

/** The address family, AF_UNSPEC when not set. */
int rtnl_rule_get_family(struct rtnl_rule *rule)
{
	if (rule->ce_mask & RULE_ATTR_FAMILY)
		return rule->r_family;
	return AF_UNSPEC;
}

/** Set the priority (rule order). */
void rtnl_rule_set_prio(struct rtnl_rule *rule, uint32_t prio)
{
	rule->r_prio = prio;
	rule->ce_mask |= RULE_ATTR_PRIO;
}

/** The priority. */
uint32_t rtnl_rule_get_prio(struct rtnl_rule *rule)
{
	return rule->r_prio;
}

/** Select packets with this firewall mark. */
void rtnl_rule_set_mark(struct rtnl_rule *rule, uint32_t mark)
{
	rule->r_mark = mark;
	rule->ce_mask |= RULE_ATTR_MARK;
}

/** The firewall mark selector, 0 when not set. */
uint32_t rtnl_rule_get_mark(struct rtnl_rule *rule)
{
	if (rule->ce_mask & RULE_ATTR_MARK)
		return rule->r_mark;
	return 0;
}

/** Set the mask applied to the firewall mark before comparing. */
void rtnl_rule_set_mask(struct rtnl_rule *rule, uint32_t mask)
{
	rule->r_mask = mask;
	rule->ce_mask |= RULE_ATTR_MASK;
}

/** The firewall mark mask, 0 when not set. */
uint32_t rtnl_rule_get_mask(struct rtnl_rule *rule)
{
	if (rule->ce_mask & RULE_ATTR_MASK)
		return rule->r_mask;
	return 0;
}

/** Set the routing table to look up. */
void rtnl_rule_set_table(struct rtnl_rule *rule, uint32_t table)
{
	rule->r_table = table;
	rule->ce_mask |= RULE_ATTR_TABLE;
}

/** The routing table, 0 when not set. */
uint32_t rtnl_rule_get_table(struct rtnl_rule *rule)
{
	return rule->r_table;
}

/** Set the DS field (TOS) selector. */
void rtnl_rule_set_dsfield(struct rtnl_rule *rule, uint8_t dsfield)
{
	rule->r_dsfield = dsfield;
	rule->ce_mask |= RULE_ATTR_DSFIELD;
}

/** The DS field selector. */
uint8_t rtnl_rule_get_dsfield(struct rtnl_rule *rule)
{
	return rule->r_dsfield;
}

static int set_addr(struct rtnl_rule *rule, struct nl_addr **pos,
		    struct nl_addr *addr, uint64_t bit)
{
	if (!addr)
		return -NLE_INVAL;
	if (rule->ce_mask & RULE_ATTR_FAMILY) {
		if (nl_addr_get_family(addr) != rule->r_family)
			return -NLE_AF_MISMATCH;
	} else {
		rule->r_family = (uint8_t)nl_addr_get_family(addr);
	}
	nl_addr_get(addr);
	nl_addr_put(*pos);
	*pos = addr;
	rule->ce_mask |= bit | RULE_ATTR_FAMILY;
	return 0;
}

/**
 * Select packets from this source prefix (a new reference is taken).
 * @return 0, -NLE_AF_MISMATCH when the rule has another family.
 */
int rtnl_rule_set_src(struct rtnl_rule *rule, struct nl_addr *src)
{
	return set_addr(rule, &rule->r_src, src, RULE_ATTR_SRC);
}

/** The source prefix selector, or NULL. */
struct nl_addr *rtnl_rule_get_src(struct rtnl_rule *rule)
{
	return rule->r_src;
}

/**
 * Select packets to this destination prefix.
 * @return 0, -NLE_AF_MISMATCH.
 */
int rtnl_rule_set_dst(struct rtnl_rule *rule, struct nl_addr *dst)
{
	return set_addr(rule, &rule->r_dst, dst, RULE_ATTR_DST);
}

/** The destination prefix selector, or NULL. */
struct nl_addr *rtnl_rule_get_dst(struct rtnl_rule *rule)
{
	return rule->r_dst;
}

static int set_name(struct rtnl_rule *rule, char *dst, const char *name,
		    uint64_t bit)
{
	if (!name || strlen(name) >= IFNAMSIZ)
		return -NLE_RANGE;
	strcpy(dst, name);
	rule->ce_mask |= bit;
	return 0;
}

/**
 * Select packets arriving on the interface named dev.
 * @return 0 or -NLE_RANGE when the name is too long.
 */
int rtnl_rule_set_iif(struct rtnl_rule *rule, const char *dev)
{
	return set_name(rule, rule->r_iifname, dev, RULE_ATTR_IIFNAME);
}

/** The input interface name, or NULL. */
char *rtnl_rule_get_iif(struct rtnl_rule *rule)
{
	return (rule->ce_mask & RULE_ATTR_IIFNAME) ? rule->r_iifname : NULL;
}

/**
 * Select packets leaving on the interface named dev.
 * @return 0 or -NLE_RANGE.
 */
int rtnl_rule_set_oif(struct rtnl_rule *rule, const char *dev)
{
	return set_name(rule, rule->r_oifname, dev, RULE_ATTR_OIFNAME);
}

/** The output interface name, or NULL. */
char *rtnl_rule_get_oif(struct rtnl_rule *rule)
{
	return (rule->ce_mask & RULE_ATTR_OIFNAME) ? rule->r_oifname : NULL;
}

/** Set the action (FR_ACT_*). */
void rtnl_rule_set_action(struct rtnl_rule *rule, uint8_t action)
{
	rule->r_action = action;
	rule->ce_mask |= RULE_ATTR_ACTION;
}

/** The action (FR_ACT_*). */
uint8_t rtnl_rule_get_action(struct rtnl_rule *rule)
{
	return rule->r_action;
}

/**
 * Look the table up from the VRF (l3mdev) of the device: value 1 turns it
 * on; a negative value removes the selector.
 */
void rtnl_rule_set_l3mdev(struct rtnl_rule *rule, int value)
{
	if (value >= 0) {
		rule->r_l3mdev = (uint8_t)value;
		rule->ce_mask |= RULE_ATTR_L3MDEV;
	} else {
		rule->r_l3mdev = 0;
		rule->ce_mask &= ~(uint64_t)RULE_ATTR_L3MDEV;
	}
}

/** The l3mdev setting, -NLE_MISSING_ATTR when not set, -NLE_INVAL
 * without @rule. */
int rtnl_rule_get_l3mdev(struct rtnl_rule *rule)
{
	if (!rule)
		return -NLE_INVAL;
	if (!(rule->ce_mask & RULE_ATTR_L3MDEV))
		return -NLE_MISSING_ATTR;
	return rule->r_l3mdev;
}

/**
 * Set the protocol that installed the rule (RTPROT_*).
 * @return 0.
 */
int rtnl_rule_set_protocol(struct rtnl_rule *rule, uint8_t protocol)
{
	rule->r_protocol = protocol;
	rule->ce_mask |= RULE_ATTR_PROTOCOL;
	return 0;
}

/** Read the protocol into *protocol: 0, or -NLE_INVAL when not set. */
int rtnl_rule_get_protocol(struct rtnl_rule *rule, uint8_t *protocol)
{
	if (!(rule->ce_mask & RULE_ATTR_PROTOCOL))
		return -NLE_INVAL;
	*protocol = rule->r_protocol;
	return 0;
}

/**
 * Select packets of IP protocol ip_proto (IPPROTO_*).
 * @return 0.
 */
int rtnl_rule_set_ipproto(struct rtnl_rule *rule, uint8_t ip_proto)
{
	rule->r_ip_proto = ip_proto;
	rule->ce_mask |= RULE_ATTR_IP_PROTO;
	return 0;
}

/** Read the IP protocol selector: 0, or -NLE_INVAL when not set. */
int rtnl_rule_get_ipproto(struct rtnl_rule *rule, uint8_t *ip_proto)
{
	if (!(rule->ce_mask & RULE_ATTR_IP_PROTO))
		return -NLE_INVAL;
	*ip_proto = rule->r_ip_proto;
	return 0;
}

static int set_range(struct rtnl_rule *rule, struct fib_rule_port_range *r,
		     uint16_t start, uint16_t end, uint64_t bit)
{
	/* 0-0 removes the selector; a range needs a start */
	if ((!start && end) || start > end)
		return -NLE_INVAL;
	r->start = start;
	r->end = end;
	if (start)
		rule->ce_mask |= bit;
	else
		rule->ce_mask &= ~bit;
	return 0;
}

static int get_range(struct rtnl_rule *rule,
		     const struct fib_rule_port_range *r, uint16_t *start,
		     uint16_t *end, uint64_t bit)
{
	if (!(rule->ce_mask & bit))
		return -NLE_INVAL;
	if (start)
		*start = r->start;
	if (end)
		*end = r->end;
	return 0;
}

/**
 * Select packets whose source port is sport (0: any, the selector is
 * removed).
 * @return 0.
 */
int rtnl_rule_set_sport(struct rtnl_rule *rule, uint16_t sport)
{
	return set_range(rule, &rule->r_sport, sport, sport, RULE_ATTR_SPORT);
}

/**
 * Select packets whose source port is in start..end.
 * @return 0 or -NLE_INVAL for an empty range or a range from port 0.
 */
int rtnl_rule_set_sport_range(struct rtnl_rule *rule, uint16_t start,
			      uint16_t end)
{
	return set_range(rule, &rule->r_sport, start, end, RULE_ATTR_SPORT);
}

/** Read the source port range: 0, or -NLE_INVAL when not set. */
int rtnl_rule_get_sport(struct rtnl_rule *rule, uint16_t *start,
			uint16_t *end)
{
	return get_range(rule, &rule->r_sport, start, end, RULE_ATTR_SPORT);
}

/**
 * Select packets whose destination port is dport (0: any, the selector
 * is removed).
 * @return 0.
 */
int rtnl_rule_set_dport(struct rtnl_rule *rule, uint16_t dport)
{
	return set_range(rule, &rule->r_dport, dport, dport, RULE_ATTR_DPORT);
}

/**
 * Select packets whose destination port is in start..end.
 * @return 0 or -NLE_INVAL.
 */
int rtnl_rule_set_dport_range(struct rtnl_rule *rule, uint16_t start,
			      uint16_t end)
{
	return set_range(rule, &rule->r_dport, start, end, RULE_ATTR_DPORT);
}

/** Read the destination port range: 0, or -NLE_INVAL when not set. */
int rtnl_rule_get_dport(struct rtnl_rule *rule, uint16_t *start,
			uint16_t *end)
{
	return get_range(rule, &rule->r_dport, start, end, RULE_ATTR_DPORT);
}

/** Set the realms (RTNL_MAKE_REALM(from, to)) of matching packets. */
void rtnl_rule_set_realms(struct rtnl_rule *rule, uint32_t realms)
{
	rule->r_flow = realms;
	rule->ce_mask |= RULE_ATTR_FLOW;
}

/** The realms, 0 when not set. */
uint32_t rtnl_rule_get_realms(struct rtnl_rule *rule)
{
	return rule->r_flow;
}

/** Jump to the rule with priority ref (action FR_ACT_GOTO). */
void rtnl_rule_set_goto(struct rtnl_rule *rule, uint32_t ref)
{
	rule->r_goto = ref;
	rule->ce_mask |= RULE_ATTR_GOTO;
}

/** The goto target priority, 0 when not set. */
uint32_t rtnl_rule_get_goto(struct rtnl_rule *rule)
{
	return rule->r_goto;
}

static struct nl_af_group rule_groups[] = {
	{ AF_INET, RTNLGRP_IPV4_RULE },
	{ AF_INET6, RTNLGRP_IPV6_RULE },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops rtnl_rule_ops = {
	.co_name = "route/rule",
	.co_hdrsize = sizeof(struct fib_rule_hdr),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = rule_groups,
	.co_request_update = rule_request_update,
	.co_msg_parser = rule_msg_parser,
	.co_obj_ops = &rule_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWRULE, NL_ACT_NEW, "new" },
		{ RTM_DELRULE, NL_ACT_DEL, "del" },
		{ RTM_GETRULE, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) rule_init(void)
{
	nl_cache_mngt_register(&rtnl_rule_ops);
}

static void __attribute__((destructor)) rule_exit(void)
{
	nl_cache_mngt_unregister(&rtnl_rule_ops);
}
