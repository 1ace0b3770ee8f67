/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The common part of qdiscs, classes, classifiers and actions: the tcmsg
 * header, the kind registry, TCA_OPTIONS through the kind, statistics,
 * dumps and the rate arithmetic shared by the shaping kinds.
 */

#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <linux/if_arp.h>
#include <linux/gen_stats.h>

#define TC_MIN(a, b) ((a) < (b) ? (a) : (b))

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/route/tc.h>

static struct nl_list_head tc_ops_list[__RTNL_TC_TYPE_MAX] = {
	{ &tc_ops_list[0], &tc_ops_list[0] },
	{ &tc_ops_list[1], &tc_ops_list[1] },
	{ &tc_ops_list[2], &tc_ops_list[2] },
	{ &tc_ops_list[3], &tc_ops_list[3] },
};

static struct rtnl_tc_type_ops *tc_type_ops[__RTNL_TC_TYPE_MAX];

/* ------------------------------------------------------------------ */
/* Registry                                                             */

/**
 * Register a tc kind.
 * @return 0, -NLE_EXIST when a kind of that type and name is registered,
 * -NLE_INVAL for a bad type.
 */
int rtnl_tc_register(struct rtnl_tc_ops *ops)
{
	if (!ops || !ops->to_kind || (unsigned)ops->to_type > RTNL_TC_TYPE_MAX)
		return -NLE_INVAL;
	if (rtnl_tc_lookup_ops(ops->to_type, ops->to_kind))
		return -NLE_EXIST;
	nl_list_add_tail(&ops->to_list, &tc_ops_list[ops->to_type]);
	return 0;
}

/** Remove a tc kind registered with rtnl_tc_register(). */
void rtnl_tc_unregister(struct rtnl_tc_ops *ops)
{
	struct rtnl_tc_ops *o;

	if (!ops || (unsigned)ops->to_type > RTNL_TC_TYPE_MAX)
		return;
	nl_list_for_each_entry(o, &tc_ops_list[ops->to_type], to_list) {
		if (o == ops) {
			nl_list_del(&ops->to_list);
			return;
		}
	}
}

/** The kind of @a type named @a kind, or NULL. */
struct rtnl_tc_ops *rtnl_tc_lookup_ops(enum rtnl_tc_type type,
				       const char *kind)
{
	struct rtnl_tc_ops *ops;

	if ((unsigned)type > RTNL_TC_TYPE_MAX || !kind)
		return NULL;
	nl_list_for_each_entry(ops, &tc_ops_list[type], to_list)
		if (!strcmp(ops->to_kind, kind))
			return ops;
	return NULL;
}

/** The kind operations of @a tc (looked up from its kind), or NULL. */
struct rtnl_tc_ops *rtnl_tc_get_ops(struct rtnl_tc *tc)
{
	if (!tc)
		return NULL;
	if (!tc->tc_ops && (tc->ce_mask & TCA_ATTR_KIND))
		tc->tc_ops = rtnl_tc_lookup_ops(tc->tc_type, tc->tc_kind);
	return tc->tc_ops;
}

/** Register what the dumps of a tc object type print. */
void rtnl_tc_type_register(struct rtnl_tc_type_ops *tt)
{
	if (!tt || (unsigned)tt->tt_type > RTNL_TC_TYPE_MAX)
		return;
	if (tc_type_ops[tt->tt_type])
		return;
	tc_type_ops[tt->tt_type] = tt;
}

/** Remove an object type registered with rtnl_tc_type_register(). */
void rtnl_tc_type_unregister(struct rtnl_tc_type_ops *tt)
{
	if (tt && (unsigned)tt->tt_type <= RTNL_TC_TYPE_MAX &&
	    tc_type_ops[tt->tt_type] == tt)
		tc_type_ops[tt->tt_type] = NULL;
}

/* ------------------------------------------------------------------ */
/* Kind data                                                            */

/**
 * The kind data of @a tc, allocated (zeroed) on first use.
 * @return NULL when the kind is unknown or has no data, or on ENOMEM.
 */
void *rtnl_tc_data(struct rtnl_tc *tc)
{
	struct rtnl_tc_ops *ops = rtnl_tc_get_ops(tc);

	if (!ops || !ops->to_size)
		return NULL;
	if (!tc->tc_data)
		tc->tc_data = calloc(1, ops->to_size);
	return tc->tc_data;
}

/**
 * The kind data of @a tc, checking that @a tc is of kind @a ops.  A tc
 * without a kind takes the kind of @a ops.
 * @return the data, or NULL with -NLE_OPNOTSUPP (kind mismatch) or
 * -NLE_NOMEM in *err.
 */
void *rtnl_tc_data_check(struct rtnl_tc *tc, struct rtnl_tc_ops *ops,
			 int *err)
{
	void *data;
	int e;

	if (!tc || !ops) {
		e = -NLE_INVAL;
		goto fail;
	}
	if (!(tc->ce_mask & TCA_ATTR_KIND)) {
		e = rtnl_tc_set_kind(tc, ops->to_kind);
		if (e < 0)
			goto fail;
	}
	if (rtnl_tc_get_ops(tc) != ops) {
		NL_DBG(1, "tc object %p is of kind %s, not %s\n", (void *)tc,
		       tc->tc_kind, ops->to_kind);
		e = -NLE_OPNOTSUPP;
		goto fail;
	}
	data = rtnl_tc_data(tc);
	if (!data) {
		e = -NLE_NOMEM;
		goto fail;
	}
	if (err)
		*err = 0;
	return data;
fail:
	if (err)
		*err = e;
	return NULL;
}

static void tc_data_free(struct rtnl_tc *tc)
{
	struct rtnl_tc_ops *ops = tc->tc_ops;

	if (!tc->tc_data)
		return;
	if (ops && ops->to_table)
		nlo_free(tc->tc_data, ops->to_table);
	if (ops && ops->to_free_data)
		ops->to_free_data(tc, tc->tc_data);
	free(tc->tc_data);
	tc->tc_data = NULL;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** Set the interface index of @a tc (drops a link set before). */
void rtnl_tc_set_ifindex(struct rtnl_tc *tc, int ifindex)
{
	if (tc->tc_link) {
		rtnl_link_put(tc->tc_link);
		tc->tc_link = NULL;
		tc->ce_mask &= ~TCA_ATTR_LINK;
	}
	tc->tc_ifindex = ifindex;
	tc->ce_mask |= TCA_ATTR_IFINDEX;
}

/** The interface index of @a tc (0 when not set). */
int rtnl_tc_get_ifindex(struct rtnl_tc *tc)
{
	return tc->tc_ifindex;
}

/**
 * Set the link of @a tc: its index, and its MTU and link type as defaults
 * of the rate computations.  @a tc keeps a reference to @a link.
 */
void rtnl_tc_set_link(struct rtnl_tc *tc, struct rtnl_link *link)
{
	if (tc->tc_link)
		rtnl_link_put(tc->tc_link);
	tc->tc_link = NULL;
	tc->ce_mask &= ~TCA_ATTR_LINK;
	if (!link)
		return;
	nl_object_get((struct nl_object *)link);
	tc->tc_link = link;
	tc->tc_ifindex = rtnl_link_get_ifindex(link);
	tc->ce_mask |= TCA_ATTR_LINK | TCA_ATTR_IFINDEX;
}

/** The link set with rtnl_tc_set_link(), with a new reference, or NULL. */
struct rtnl_link *rtnl_tc_get_link(struct rtnl_tc *tc)
{
	if (tc->tc_link)
		nl_object_get((struct nl_object *)tc->tc_link);
	return tc->tc_link;
}

/** Set the MTU used by the rate computations of @a tc. */
void rtnl_tc_set_mtu(struct rtnl_tc *tc, uint32_t mtu)
{
	tc->tc_mtu = mtu;
	tc->ce_mask |= TCA_ATTR_MTU;
}

/** The MTU of @a tc: set, else the link's, else 1500. */
uint32_t rtnl_tc_get_mtu(struct rtnl_tc *tc)
{
	if (tc->ce_mask & TCA_ATTR_MTU)
		return tc->tc_mtu;
	if (tc->tc_link && rtnl_link_get_mtu(tc->tc_link))
		return rtnl_link_get_mtu(tc->tc_link);
	return 1500;
}

/** Set the minimum packet unit of @a tc. */
void rtnl_tc_set_mpu(struct rtnl_tc *tc, uint32_t mpu)
{
	tc->tc_mpu = mpu;
	tc->ce_mask |= TCA_ATTR_MPU;
}

/** The minimum packet unit of @a tc (0 when not set). */
uint32_t rtnl_tc_get_mpu(struct rtnl_tc *tc)
{
	return tc->tc_mpu;
}

/** Set the per-packet overhead of @a tc. */
void rtnl_tc_set_overhead(struct rtnl_tc *tc, uint32_t overhead)
{
	tc->tc_overhead = overhead;
	tc->ce_mask |= TCA_ATTR_OVERHEAD;
}

/** The per-packet overhead of @a tc (0 when not set). */
uint32_t rtnl_tc_get_overhead(struct rtnl_tc *tc)
{
	return tc->tc_overhead;
}

/** Set the link layer type (ARPHRD_*) of @a tc. */
void rtnl_tc_set_linktype(struct rtnl_tc *tc, uint32_t type)
{
	tc->tc_linktype = type;
	tc->ce_mask |= TCA_ATTR_LINKTYPE;
}

/** The link layer type of @a tc: set, else the link's, else Ethernet. */
uint32_t rtnl_tc_get_linktype(struct rtnl_tc *tc)
{
	if (tc->ce_mask & TCA_ATTR_LINKTYPE)
		return tc->tc_linktype;
	if (tc->tc_link)
		return rtnl_link_get_arptype(tc->tc_link);
	return ARPHRD_ETHER;
}

/** Set the handle (id) of @a tc. */
void rtnl_tc_set_handle(struct rtnl_tc *tc, uint32_t id)
{
	tc->tc_handle = id;
	tc->ce_mask |= TCA_ATTR_HANDLE;
}

/** The handle of @a tc (0 when not set). */
uint32_t rtnl_tc_get_handle(struct rtnl_tc *tc)
{
	return tc->tc_handle;
}

/** Set the parent handle of @a tc. */
void rtnl_tc_set_parent(struct rtnl_tc *tc, uint32_t parent)
{
	tc->tc_parent = parent;
	tc->ce_mask |= TCA_ATTR_PARENT;
}

/** The parent handle of @a tc (0 when not set). */
uint32_t rtnl_tc_get_parent(struct rtnl_tc *tc)
{
	return tc->tc_parent;
}

/**
 * Set the kind of @a tc.  The kind can be set once.
 * @return 0, -NLE_EXIST when a kind is already set, -NLE_INVAL for a
 * missing or too long name (an empty one is taken, as upstream takes it).
 */
int rtnl_tc_set_kind(struct rtnl_tc *tc, const char *kind)
{
	if (!kind || strlen(kind) >= sizeof(tc->tc_kind))
		return -NLE_INVAL;
	if (tc->ce_mask & TCA_ATTR_KIND)
		return -NLE_EXIST;
	strcpy(tc->tc_kind, kind);
	tc->ce_mask |= TCA_ATTR_KIND;
	tc->tc_ops = rtnl_tc_lookup_ops(tc->tc_type, kind);
	return 0;
}

/** The kind of @a tc, or NULL when not set. */
char *rtnl_tc_get_kind(struct rtnl_tc *tc)
{
	return (tc->ce_mask & TCA_ATTR_KIND) ? tc->tc_kind : NULL;
}

/** A statistics counter of @a tc (0 for an unknown id). */
uint64_t rtnl_tc_get_stat(struct rtnl_tc *tc, enum rtnl_tc_stat id)
{
	if ((unsigned)id > RTNL_TC_STATS_MAX)
		return 0;
	return tc->tc_stats[id];
}

/** Set the filter chain index of @a tc. */
void rtnl_tc_set_chain(struct rtnl_tc *tc, uint32_t chain)
{
	tc->tc_chain = chain;
	tc->ce_mask |= TCA_ATTR_CHAIN;
}

/**
 * The filter chain index of @a tc in *out_value.
 * @return 0, -NLE_MISSING_ATTR when not set.
 */
int rtnl_tc_get_chain(struct rtnl_tc *tc, uint32_t *out_value)
{
	if (!(tc->ce_mask & TCA_ATTR_CHAIN))
		return -NLE_MISSING_ATTR;
	if (out_value)
		*out_value = tc->tc_chain;
	return 0;
}

static const struct trans_tbl tc_stats[] = {
	__ADD(RTNL_TC_PACKETS, packets),
	__ADD(RTNL_TC_BYTES, bytes),
	__ADD(RTNL_TC_RATE_BPS, rate_bps),
	__ADD(RTNL_TC_RATE_PPS, rate_pps),
	__ADD(RTNL_TC_QLEN, qlen),
	__ADD(RTNL_TC_BACKLOG, backlog),
	__ADD(RTNL_TC_DROPS, drops),
	__ADD(RTNL_TC_REQUEUES, requeues),
	__ADD(RTNL_TC_OVERLIMITS, overlimits),
};

/** Name of a statistics counter (its number when unknown). */
char *rtnl_tc_stat2str(enum rtnl_tc_stat st, char *buf, size_t len)
{
	return __type2str(st, buf, len, tc_stats, ARRAY_SIZE(tc_stats));
}

/** Counter id of a name, or a negative error code. */
int rtnl_tc_str2stat(const char *name)
{
	return __str2type(name, tc_stats, ARRAY_SIZE(tc_stats));
}

/* ------------------------------------------------------------------ */
/* Messages                                                             */

int _rtnl_tc_parse_stats(struct rtnl_tc *tc, struct nlattr *stats2,
			 struct nlattr *stats)
{
	uint64_t *s = tc->tc_stats;

	if (stats2) {
		struct nlattr *tb[TCA_STATS_MAX + 1];
		int err;

		err = nla_parse_nested(tb, TCA_STATS_MAX, stats2, NULL);
		if (err < 0)
			return err;
		if (tb[TCA_STATS_BASIC]) {
			struct gnet_stats_basic bs = { 0 };

			memcpy(&bs, nla_data(tb[TCA_STATS_BASIC]),
			       TC_MIN(sizeof(bs),
				       (size_t)nla_len(tb[TCA_STATS_BASIC])));
			s[RTNL_TC_BYTES] = bs.bytes;
			s[RTNL_TC_PACKETS] = bs.packets;
		}
		if (tb[TCA_STATS_RATE_EST]) {
			struct gnet_stats_rate_est re = { 0 };

			memcpy(&re, nla_data(tb[TCA_STATS_RATE_EST]),
			       TC_MIN(sizeof(re),
				       (size_t)nla_len(tb[TCA_STATS_RATE_EST])));
			s[RTNL_TC_RATE_BPS] = re.bps;
			s[RTNL_TC_RATE_PPS] = re.pps;
		}
		if (tb[TCA_STATS_QUEUE]) {
			struct gnet_stats_queue q = { 0 };

			memcpy(&q, nla_data(tb[TCA_STATS_QUEUE]),
			       TC_MIN(sizeof(q),
				       (size_t)nla_len(tb[TCA_STATS_QUEUE])));
			s[RTNL_TC_QLEN] = q.qlen;
			s[RTNL_TC_BACKLOG] = q.backlog;
			s[RTNL_TC_DROPS] = q.drops;
			s[RTNL_TC_REQUEUES] = q.requeues;
			s[RTNL_TC_OVERLIMITS] = q.overlimits;
		}
		tc->ce_mask |= TCA_ATTR_STATS;
	} else if (stats) {
		struct tc_stats st = { 0 };

		memcpy(&st, nla_data(stats),
		       TC_MIN(sizeof(st), (size_t)nla_len(stats)));
		s[RTNL_TC_BYTES] = st.bytes;
		s[RTNL_TC_PACKETS] = st.packets;
		s[RTNL_TC_RATE_BPS] = st.bps;
		s[RTNL_TC_RATE_PPS] = st.pps;
		s[RTNL_TC_QLEN] = st.qlen;
		s[RTNL_TC_BACKLOG] = st.backlog;
		s[RTNL_TC_DROPS] = st.drops;
		s[RTNL_TC_OVERLIMITS] = st.overlimits;
		tc->ce_mask |= TCA_ATTR_STATS;
	}
	return 0;
}

int _rtnl_tc_opts_parse(struct rtnl_tc *tc, struct nlattr *opts)
{
	struct rtnl_tc_ops *ops = rtnl_tc_get_ops(tc);
	void *data;
	int err;

	if (!ops || !opts)
		return 0;
	data = rtnl_tc_data(tc);
	if (!data && ops->to_size)
		return -NLE_NOMEM;
	if (ops->to_table) {
		err = nlo_parse_attrs(data, ops->to_table, nla_data(opts),
				      nla_len(opts), NULL);
		if (err < 0)
			return err;
	}
	if (ops->to_msg_parser) {
		err = ops->to_msg_parser(tc, data, opts);
		if (err < 0)
			return err;
	}
	return 0;
}

int _rtnl_tc_put_raw_opts(struct nl_msg *msg, const void *data, int len)
{
	return nla_put(msg, TCA_OPTIONS | NLA_F_NESTED, len, data) < 0 ?
		       -NLE_MSGSIZE : 0;
}

int _rtnl_tc_opts_fill(struct rtnl_tc *tc, struct nl_msg *msg, int attrtype)
{
	struct rtnl_tc_ops *ops = rtnl_tc_get_ops(tc);
	struct nlattr *nest;
	void *data;
	int err;

	if (!ops)
		return 0;
	data = rtnl_tc_data(tc);
	if (!data && ops->to_size)
		return -NLE_NOMEM;
	if (ops->to_msg_fill_raw)
		return ops->to_msg_fill_raw(tc, data, msg);
	if (!ops->to_table && !ops->to_msg_fill)
		return 0;
	nest = nla_nest_start(msg, attrtype);
	if (!nest)
		return -NLE_NOMEM;
	if (ops->to_table) {
		err = nlo_build(msg, data, ops->to_table, ~0ULL);
		if (err < 0)
			return err;
	}
	if (ops->to_msg_fill) {
		err = ops->to_msg_fill(tc, data, msg);
		if (err < 0)
			return err;
	}
	nla_nest_end(msg, nest);
	return 0;
}

static struct nla_policy tc_policy[TCA_MAX + 1] = {
	[TCA_KIND] = { .type = NLA_STRING, .maxlen = TCKINDSIZ },
	[TCA_CHAIN] = { .type = NLA_U32 },
	[TCA_STATS] = { .minlen = 1 },
	[TCA_STATS2] = { .type = NLA_NESTED },
};

/**
 * Parse a tc message (struct tcmsg and its attributes) into @a tc, whose
 * tc_type is set.  The kind's options go through its operations; options
 * of unknown kinds are kept as bytes.
 * @return 0 or a negative error code.
 */
int rtnl_tc_msg_parse(struct nlmsghdr *n, struct rtnl_tc *tc)
{
	struct nlattr *tb[TCA_MAX + 1];
	struct tcmsg *tm;
	int err;

	err = nlmsg_parse(n, sizeof(*tm), tb, TCA_MAX, tc_policy);
	if (err < 0)
		return err;
	if (!tb[TCA_KIND])
		return -NLE_MISSING_ATTR;

	tm = nlmsg_data(n);
	tc->tc_family = tm->tcm_family;
	tc->tc_ifindex = tm->tcm_ifindex;
	tc->tc_handle = tm->tcm_handle;
	tc->tc_parent = tm->tcm_parent;
	tc->tc_info = tm->tcm_info;
	tc->ce_mask |= TCA_ATTR_FAMILY | TCA_ATTR_IFINDEX | TCA_ATTR_HANDLE |
		       TCA_ATTR_PARENT | TCA_ATTR_INFO;

	nla_strlcpy(tc->tc_kind, tb[TCA_KIND], sizeof(tc->tc_kind));
	tc->ce_mask |= TCA_ATTR_KIND;
	tc_data_free(tc);
	tc->tc_ops = rtnl_tc_lookup_ops(tc->tc_type, tc->tc_kind);

	if (tb[TCA_CHAIN]) {
		tc->tc_chain = nla_get_u32(tb[TCA_CHAIN]);
		tc->ce_mask |= TCA_ATTR_CHAIN;
	}

	err = _rtnl_tc_parse_stats(tc, tb[TCA_STATS2], tb[TCA_STATS]);
	if (err < 0)
		return err;

	if (tb[TCA_XSTATS]) {
		nl_data_free(tc->tc_xstats);
		tc->tc_xstats = nl_data_alloc_attr(tb[TCA_XSTATS]);
		if (!tc->tc_xstats)
			return -NLE_NOMEM;
		tc->ce_mask |= TCA_ATTR_XSTATS;
	}

	if (tb[TCA_OPTIONS]) {
		nl_data_free(tc->tc_opts);
		tc->tc_opts = nl_data_alloc_attr(tb[TCA_OPTIONS]);
		if (!tc->tc_opts)
			return -NLE_NOMEM;
		tc->ce_mask |= TCA_ATTR_OPTS;
		err = _rtnl_tc_opts_parse(tc, tb[TCA_OPTIONS]);
		if (err < 0)
			return err;
	}
	return 0;
}

/**
 * Build a tc message of @a type with @a flags from @a tc: the tcmsg
 * header, TCA_KIND, TCA_CHAIN and the kind's options.
 * @return 0 or a negative error code; *result is the new message.
 */
int rtnl_tc_msg_build(struct rtnl_tc *tc, int type, int flags,
		      struct nl_msg **result)
{
	struct tcmsg tchdr = {
		.tcm_family = AF_UNSPEC,
		.tcm_ifindex = tc->tc_ifindex,
		.tcm_handle = tc->tc_handle,
		.tcm_parent = tc->tc_parent,
	};
	struct nl_msg *msg;
	int err;

	if (tc->ce_mask & TCA_ATTR_INFO)
		tchdr.tcm_info = tc->tc_info;
	msg = nlmsg_alloc_simple(type, flags);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &tchdr, sizeof(tchdr), NLMSG_ALIGNTO) < 0)
		goto nomem;
	if ((tc->ce_mask & TCA_ATTR_KIND) &&
	    nla_put_string(msg, TCA_KIND, tc->tc_kind) < 0)
		goto nomem;
	if ((tc->ce_mask & TCA_ATTR_CHAIN) &&
	    nla_put_u32(msg, TCA_CHAIN, tc->tc_chain) < 0)
		goto nomem;
	err = _rtnl_tc_opts_fill(tc, msg, TCA_OPTIONS);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
nomem:
	nlmsg_free(msg);
	return -NLE_MSGSIZE;
}

/* ------------------------------------------------------------------ */
/* nl_object_ops members                                                */

/** Free what a tc object owns (oo_free_data of tc objects). */
void rtnl_tc_free_data(struct nl_object *obj)
{
	struct rtnl_tc *tc = TC_CAST(obj);

	if (tc->tc_link)
		rtnl_link_put(tc->tc_link);
	tc->tc_link = NULL;
	nl_data_free(tc->tc_opts);
	tc->tc_opts = NULL;
	nl_data_free(tc->tc_xstats);
	tc->tc_xstats = NULL;
	tc_data_free(tc);
}

/** Deep-copy the tc part of @a srcobj into @a dstobj (oo_clone). */
int rtnl_tc_clone(struct nl_object *dstobj, struct nl_object *srcobj)
{
	struct rtnl_tc *dst = TC_CAST(dstobj), *src = TC_CAST(srcobj);
	struct rtnl_tc_ops *ops = src->tc_ops;
	int err;

	dst->tc_link = NULL;
	dst->tc_opts = NULL;
	dst->tc_xstats = NULL;
	dst->tc_data = NULL;

	if (src->tc_link) {
		nl_object_get((struct nl_object *)src->tc_link);
		dst->tc_link = src->tc_link;
	}
	if (src->tc_opts && !(dst->tc_opts = nl_data_clone(src->tc_opts)))
		return -NLE_NOMEM;
	if (src->tc_xstats &&
	    !(dst->tc_xstats = nl_data_clone(src->tc_xstats)))
		return -NLE_NOMEM;
	if (src->tc_data && ops && ops->to_size) {
		dst->tc_data = malloc(ops->to_size);
		if (!dst->tc_data)
			return -NLE_NOMEM;
		memcpy(dst->tc_data, src->tc_data, ops->to_size);
		if (ops->to_table) {
			err = nlo_clone(dst->tc_data, src->tc_data,
					ops->to_table);
			if (err < 0)
				return err;
		}
		if (ops->to_clone) {
			err = ops->to_clone(dst->tc_data, src->tc_data);
			if (err < 0)
				return err;
		}
	}
	return 0;
}

/**
 * Compare the tc parts of two objects (oo_compare): the bits of @a attrs
 * whose values differ.  The kind data count as TCA_ATTR_OPTS.
 */
uint64_t rtnl_tc_compare(struct nl_object *aobj, struct nl_object *bobj,
			 uint64_t attrs, int flags)
{
	struct rtnl_tc *a = TC_CAST(aobj), *b = TC_CAST(bobj);
	uint64_t diff = 0;

#define TC_DIFF(ATTR, EXPR) ATTR_DIFF(attrs, ATTR, a, b, EXPR)
	diff |= TC_DIFF(TCA_ATTR_HANDLE, a->tc_handle != b->tc_handle);
	diff |= TC_DIFF(TCA_ATTR_PARENT, a->tc_parent != b->tc_parent);
	diff |= TC_DIFF(TCA_ATTR_IFINDEX, a->tc_ifindex != b->tc_ifindex);
	diff |= TC_DIFF(TCA_ATTR_KIND, strcmp(a->tc_kind, b->tc_kind));
	diff |= TC_DIFF(TCA_ATTR_CHAIN, a->tc_chain != b->tc_chain);
	diff |= TC_DIFF(TCA_ATTR_MTU, a->tc_mtu != b->tc_mtu);
	diff |= TC_DIFF(TCA_ATTR_MPU, a->tc_mpu != b->tc_mpu);
	diff |= TC_DIFF(TCA_ATTR_OVERHEAD, a->tc_overhead != b->tc_overhead);
	diff |= TC_DIFF(TCA_ATTR_LINKTYPE, a->tc_linktype != b->tc_linktype);
#undef TC_DIFF

	if (attrs & TCA_ATTR_OPTS) {
		struct rtnl_tc_ops *ops = a->tc_ops;
		void *da = a->tc_data, *db = b->tc_data;

		if (a->tc_ops != b->tc_ops || !da != !db)
			diff |= TCA_ATTR_OPTS;
		else if (ops && da) {
			if (ops->to_table &&
			    nlo_compare(da, db, ops->to_table, ~0ULL, flags))
				diff |= TCA_ATTR_OPTS;
			else if (ops->to_compare &&
				 ops->to_compare(a, da, b, db, flags))
				diff |= TCA_ATTR_OPTS;
			else if (!ops->to_table && !ops->to_compare &&
				 memcmp(da, db, ops->to_size))
				diff |= TCA_ATTR_OPTS;
		}
	}
	return diff;
}

const char *_rtnl_tc_ifname(struct rtnl_tc *tc, char *buf, size_t len)
{
	struct nl_cache *cache;

	if (tc->tc_link && rtnl_link_get_name(tc->tc_link) &&
	    rtnl_link_get_ifindex(tc->tc_link) == tc->tc_ifindex)
		return rtnl_link_get_name(tc->tc_link);
	cache = nl_cache_mngt_require_safe("route/link");
	if (cache) {
		char *name = rtnl_link_i2name(cache, tc->tc_ifindex, buf, len);

		nl_cache_put(cache);
		if (name)
			return name;
	}
	snprintf(buf, len, "%d", tc->tc_ifindex);
	return buf;
}

static void tc_dump_kind(struct rtnl_tc *tc, enum nl_dump_type t,
			 struct nl_dump_params *p)
{
	struct rtnl_tc_ops *ops = rtnl_tc_get_ops(tc);

	if (ops && ops->to_dump[t])
		ops->to_dump[t](tc, rtnl_tc_data(tc), p);
	else if (t == NL_DUMP_DETAILS)
		nl_dump(p, "no options");
}

static void tc_dump_type(struct rtnl_tc *tc, enum nl_dump_type t,
			 struct nl_dump_params *p)
{
	struct rtnl_tc_type_ops *tt = tc_type_ops[tc->tc_type];

	if (tt && tt->tt_dump[t])
		tt->tt_dump[t](tc, p);
}

/** One-line dump of a tc object (oo_dump[NL_DUMP_LINE]). */
void rtnl_tc_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_tc *tc = TC_CAST(obj);
	struct rtnl_tc_type_ops *tt = tc_type_ops[tc->tc_type];
	char buf[64];

	nl_dump_line(p, "%s%s ", tt && tt->tt_dump_prefix ? tt->tt_dump_prefix
							   : "",
		     tc->tc_kind);
	nl_dump(p, "dev %s ", _rtnl_tc_ifname(tc, buf, sizeof(buf)));
	nl_dump(p, "id %s ", rtnl_tc_handle2str(tc->tc_handle, buf,
						sizeof(buf)));
	nl_dump(p, "parent %s", rtnl_tc_handle2str(tc->tc_parent, buf,
						   sizeof(buf)));
	tc_dump_type(tc, NL_DUMP_LINE, p);
	tc_dump_kind(tc, NL_DUMP_LINE, p);
	nl_dump(p, "\n");
}

/** Detailed dump of a tc object (oo_dump[NL_DUMP_DETAILS]). */
void rtnl_tc_dump_details(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_tc *tc = TC_CAST(obj);

	rtnl_tc_dump_line(obj, p);

	nl_dump_line(p, "  ");
	if (tc->ce_mask & TCA_ATTR_MTU)
		nl_dump(p, " mtu %u", tc->tc_mtu);
	if (tc->ce_mask & TCA_ATTR_MPU)
		nl_dump(p, " mpu %u", tc->tc_mpu);
	if (tc->ce_mask & TCA_ATTR_OVERHEAD)
		nl_dump(p, " overhead %u", tc->tc_overhead);
	tc_dump_type(tc, NL_DUMP_DETAILS, p);
	tc_dump_kind(tc, NL_DUMP_DETAILS, p);
	nl_dump(p, "\n");
}

/** Dump of a tc object with statistics (oo_dump[NL_DUMP_STATS]). */
void rtnl_tc_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	struct rtnl_tc *tc = TC_CAST(obj);
	const uint64_t *s = tc->tc_stats;
	char *unit;
	double v;

	rtnl_tc_dump_details(obj, p);

	nl_dump_line(p, "  stats: bytes          packets      drops      "
			"overlimits qlen       backlog   \n");
	v = nl_cancel_down_bytes(s[RTNL_TC_BYTES], &unit);
	nl_dump_line(p, "       %10.2f %3s   %10u   %-10u %-10u %-10u %-10u\n",
		     v, unit, (unsigned)s[RTNL_TC_PACKETS],
		     (unsigned)s[RTNL_TC_DROPS],
		     (unsigned)s[RTNL_TC_OVERLIMITS],
		     (unsigned)s[RTNL_TC_QLEN], (unsigned)s[RTNL_TC_BACKLOG]);
	v = nl_cancel_down_bytes(s[RTNL_TC_RATE_BPS], &unit);
	nl_dump_line(p, "       %10.2f %3s/s %10u/s\n", v, unit,
		     (unsigned)s[RTNL_TC_RATE_PPS]);
	tc_dump_type(tc, NL_DUMP_STATS, p);
	tc_dump_kind(tc, NL_DUMP_STATS, p);
}

/* ------------------------------------------------------------------ */
/* Rates                                                                */

/**
 * Time in microseconds to send @a bufsize bytes at @a rate bytes/s.
 */
int rtnl_tc_calc_txtime(int bufsize, int rate)
{
	if (rate <= 0)
		return 0;
	return (int)(((double)bufsize / (double)rate) * 1000000.0);
}

/**
 * Bytes sent in @a txtime microseconds at @a rate bytes/s.
 */
int rtnl_tc_calc_bufsize(int txtime, int rate)
{
	return (int)(((double)txtime * (double)rate) / 1000000.0);
}

/**
 * The cell log (log2) of @a cell_size, which must be a power of two.
 * @return the log, or -NLE_INVAL.
 */
int rtnl_tc_calc_cell_log(int cell_size)
{
	int i;

	for (i = 0; i < 32; i++)
		if (cell_size > 0 && (1U << i) == (unsigned int)cell_size)
			return i;
	return -NLE_INVAL;
}

uint32_t _rtnl_tc_calc_txtime64(uint32_t bufsize, uint64_t rate)
{
	double us;

	if (!rate)
		return 0;
	us = ((double)bufsize / (double)rate) * 1000000.0;
	return nl_us2ticks((uint32_t)us);
}

uint32_t _rtnl_tc_calc_bufsize64(uint32_t txtime, uint64_t rate)
{
	double us = nl_ticks2us(txtime);

	return (uint32_t)((us * (double)rate) / 1000000.0);
}

/* Bytes on the wire for a packet of size bytes: at least the mpu; on ATM
 * whole cells of 53 bytes carrying 48 each. */
static unsigned int adjust_size(unsigned int size, unsigned int mpu,
				uint32_t linktype)
{
	if (size < mpu)
		size = mpu;
	if (linktype == ARPHRD_ATM) {
		unsigned int cells = size / 48;

		if (size % 48)
			cells++;
		size = cells * 53;
	}
	return size;
}

/**
 * Fill @a dst with the 256 transmit times (in ticks) the kernel's rate
 * tables hold for @a spec, on the link parameters of @a tc.
 * @return 0, -NLE_INVAL when no MTU or rate is known.
 */
int rtnl_tc_build_rate_table(struct rtnl_tc *tc, struct rtnl_ratespec *spec,
			     uint32_t *dst)
{
	uint32_t mtu = rtnl_tc_get_mtu(tc);
	uint32_t linktype = rtnl_tc_get_linktype(tc);
	int i;

	if (!mtu || !spec || !dst)
		return -NLE_INVAL;
	for (i = 0; i < 256; i++) {
		unsigned int size = adjust_size((unsigned)(i + 1)
							<< spec->rs_cell_log,
						(unsigned)(spec->rs_mpu > 0 ?
							   spec->rs_mpu : 0),
						linktype);
		dst[i] = _rtnl_tc_calc_txtime64(size, spec->rs_rate64);
	}
	return 0;
}

void _rtnl_tc_ratespec2kernel(struct tc_ratespec *dst,
			      const struct rtnl_ratespec *src)
{
	memset(dst, 0, sizeof(*dst));
	/* no cell alignment (-1), as upstream and tc send it */
	dst->cell_align = -1;
	dst->cell_log = src->rs_cell_log;
	dst->overhead = src->rs_overhead;
	dst->mpu = (unsigned short)src->rs_mpu;
	dst->rate = src->rs_rate64 > 0xffffffffULL ? 0xffffffffU
						   : (uint32_t)src->rs_rate64;
}

void _rtnl_tc_kernel2ratespec(struct rtnl_ratespec *dst,
			      const struct tc_ratespec *src)
{
	dst->rs_cell_log = src->cell_log;
	dst->rs_overhead = src->overhead;
	dst->rs_mpu = (int16_t)src->mpu;
	dst->rs_rate64 = src->rate;
}
