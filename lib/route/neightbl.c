/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Neighbour tables (RTM_NEWNEIGHTBL): a table's configuration, its
 * parameters (per table and per device) and statistics, described by two
 * attribute tables (NDTA_* and the nested NDTPA_*); the cache
 * "route/neightbl", change requests and dumps.
 */

#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <linux/rtnetlink.h>
#include <linux/neighbour.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/route/neightbl.h>

/* Parameter bits (rtnl_neightbl_parms.ntp_mask) */
#define NTP_IFINDEX		0x0001
#define NTP_REFCNT		0x0002
#define NTP_QUEUE_LEN		0x0004
#define NTP_APP_PROBES		0x0008
#define NTP_UCAST_PROBES	0x0010
#define NTP_MCAST_PROBES	0x0020
#define NTP_PROXY_QLEN		0x0040
#define NTP_REACHABLE_TIME	0x0080
#define NTP_BASE_REACHABLE_TIME	0x0100
#define NTP_RETRANS_TIME	0x0200
#define NTP_GC_STALETIME	0x0400
#define NTP_DELAY_PROBE_TIME	0x0800
#define NTP_ANYCAST_DELAY	0x1000
#define NTP_PROXY_DELAY		0x2000
#define NTP_LOCKTIME		0x4000

struct rtnl_neightbl_parms {
	uint32_t ntp_ifindex;
	uint32_t ntp_refcnt;
	uint32_t ntp_queue_len;
	uint32_t ntp_app_probes;
	uint32_t ntp_ucast_probes;
	uint32_t ntp_mcast_probes;
	uint32_t ntp_proxy_qlen;
	uint64_t ntp_reachable_time;	/* all times in milliseconds */
	uint64_t ntp_base_reachable_time;
	uint64_t ntp_retrans_time;
	uint64_t ntp_gc_stale_time;
	uint64_t ntp_probe_delay;
	uint64_t ntp_anycast_delay;
	uint64_t ntp_proxy_delay;
	uint64_t ntp_locktime;
	uint64_t ntp_mask;
};

/* Table attribute bits (rtnl_neightbl.ce_mask) */
#define NEIGHTBL_ATTR_FAMILY		0x0001
#define NEIGHTBL_ATTR_STATS		0x0002
#define NEIGHTBL_ATTR_NAME		0x0004
#define NEIGHTBL_ATTR_THRESH1		0x0008
#define NEIGHTBL_ATTR_THRESH2		0x0010
#define NEIGHTBL_ATTR_THRESH3		0x0020
#define NEIGHTBL_ATTR_CONFIG		0x0040
#define NEIGHTBL_ATTR_PARMS		0x0080
#define NEIGHTBL_ATTR_GC_INTERVAL	0x0100
#define NEIGHTBL_ATTR_DEV		0x0200	/* parms' ifindex */

struct rtnl_neightbl {
	NLHDR_COMMON

	uint8_t nt_family;
	char nt_name[32];
	uint32_t nt_gc_thresh1;
	uint32_t nt_gc_thresh2;
	uint32_t nt_gc_thresh3;
	uint64_t nt_gc_interval;
	struct ndt_config nt_config;
	struct rtnl_neightbl_parms nt_parms;
	struct ndt_stats nt_stats;
};

static struct nl_cache_ops neightbl_cache_ops;
static struct nl_object_ops neightbl_obj_ops;

#define P(m, bit, name, type, ID, ...)                                         \
	NLO_ENTRY(struct rtnl_neightbl_parms, m, bit, name, type,             \
		  .nla = (ID), ##__VA_ARGS__)

static const struct nlo_attr parms_attrs[] = {
	P(ntp_ifindex, NTP_IFINDEX, "ifindex", NLO_U32, NDTPA_IFINDEX),
	P(ntp_refcnt, NTP_REFCNT, "refcnt", NLO_U32, NDTPA_REFCNT,
	  .flags = NLO_F_NOBUILD),
	P(ntp_queue_len, NTP_QUEUE_LEN, "queue_len", NLO_U32, NDTPA_QUEUE_LEN),
	P(ntp_app_probes, NTP_APP_PROBES, "app_probes", NLO_U32,
	  NDTPA_APP_PROBES),
	P(ntp_ucast_probes, NTP_UCAST_PROBES, "ucast_probes", NLO_U32,
	  NDTPA_UCAST_PROBES),
	P(ntp_mcast_probes, NTP_MCAST_PROBES, "mcast_probes", NLO_U32,
	  NDTPA_MCAST_PROBES),
	P(ntp_proxy_qlen, NTP_PROXY_QLEN, "proxy_qlen", NLO_U32,
	  NDTPA_PROXY_QLEN),
	P(ntp_reachable_time, NTP_REACHABLE_TIME, "reachable_time", NLO_U64,
	  NDTPA_REACHABLE_TIME, .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	P(ntp_base_reachable_time, NTP_BASE_REACHABLE_TIME,
	  "base_reachable_time", NLO_U64, NDTPA_BASE_REACHABLE_TIME),
	P(ntp_retrans_time, NTP_RETRANS_TIME, "retrans_time", NLO_U64,
	  NDTPA_RETRANS_TIME),
	P(ntp_gc_stale_time, NTP_GC_STALETIME, "gc_stale_time", NLO_U64,
	  NDTPA_GC_STALETIME),
	P(ntp_probe_delay, NTP_DELAY_PROBE_TIME, "delay_probe_time", NLO_U64,
	  NDTPA_DELAY_PROBE_TIME),
	P(ntp_anycast_delay, NTP_ANYCAST_DELAY, "anycast_delay", NLO_U64,
	  NDTPA_ANYCAST_DELAY),
	P(ntp_proxy_delay, NTP_PROXY_DELAY, "proxy_delay", NLO_U64,
	  NDTPA_PROXY_DELAY),
	P(ntp_locktime, NTP_LOCKTIME, "locktime", NLO_U64, NDTPA_LOCKTIME),
};

static const struct nlo_table parms_table =
	NLO_TABLE(struct rtnl_neightbl_parms, ntp_mask, parms_attrs,
		  NDTPA_MAX);

/* NDTA_PARMS: its own table inside a nest. */
static int parms_parse(void *base, const struct nlattr *nla)
{
	struct rtnl_neightbl *nt = base;
	int err;

	err = nlo_parse_attrs(&nt->nt_parms, &parms_table, nla_data(nla),
			      nla_len(nla), NULL);
	if (err < 0)
		return err;
	if (nt->nt_parms.ntp_mask & NTP_IFINDEX)
		nt->ce_mask |= NEIGHTBL_ATTR_DEV;
	return 0;
}

static int parms_build(struct nl_msg *msg, const void *base)
{
	const struct rtnl_neightbl *nt = base;
	struct nlattr *nest = nla_nest_start(msg, NDTA_PARMS);
	int err;

	if (!nest)
		return -NLE_MSGSIZE;
	err = nlo_build(msg, &nt->nt_parms, &parms_table,
			nt->nt_parms.ntp_mask);
	if (err < 0)
		return err;
	nla_nest_end(msg, nest);
	return 0;
}

static int parms_differ(const void *a, const void *b, int flags)
{
	const struct rtnl_neightbl *x = a, *y = b;
	uint64_t m = x->nt_parms.ntp_mask | y->nt_parms.ntp_mask;

	return nlo_compare(&x->nt_parms, &y->nt_parms, &parms_table, m,
			   flags) != 0;
}

static const struct nlo_hooks parms_hooks = {
	.parse = parms_parse,
	.build = parms_build,
	.differ = parms_differ,
};

#define T(m, bit, name, type, ...)                                             \
	NLO_ENTRY(struct rtnl_neightbl, m, bit, name, type, __VA_ARGS__)

static const struct nlo_attr neightbl_attrs[] = {
	T(nt_family, NEIGHTBL_ATTR_FAMILY, "family", NLO_U8, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ndtmsg, ndtm_family)),
	T(nt_stats, NEIGHTBL_ATTR_STATS, "stats", NLO_BINARY, .nla = NDTA_STATS,
	  .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	T(nt_name, NEIGHTBL_ATTR_NAME, "name", NLO_CHARS, .nla = NDTA_NAME),
	T(nt_gc_thresh1, NEIGHTBL_ATTR_THRESH1, "thresh1", NLO_U32,
	  .nla = NDTA_THRESH1),
	T(nt_gc_thresh2, NEIGHTBL_ATTR_THRESH2, "thresh2", NLO_U32,
	  .nla = NDTA_THRESH2),
	T(nt_gc_thresh3, NEIGHTBL_ATTR_THRESH3, "thresh3", NLO_U32,
	  .nla = NDTA_THRESH3),
	T(nt_config, NEIGHTBL_ATTR_CONFIG, "config", NLO_BINARY,
	  .nla = NDTA_CONFIG, .flags = NLO_F_NOBUILD | NLO_F_NOCMP),
	T(nt_parms, NEIGHTBL_ATTR_PARMS, "parms", NLO_HOOK, .nla = NDTA_PARMS,
	  .hooks = &parms_hooks),
	T(nt_gc_interval, NEIGHTBL_ATTR_GC_INTERVAL, "gc_interval", NLO_U64,
	  .nla = NDTA_GC_INTERVAL),
	T(nt_parms.ntp_ifindex, NEIGHTBL_ATTR_DEV, "dev", NLO_U32,
	  .flags = NLO_F_NOPARSE | NLO_F_NOBUILD),
};

static const struct nlo_table neightbl_table =
	NLO_TABLE(struct rtnl_neightbl, ce_mask, neightbl_attrs, NDTA_MAX);

/* ------------------------------------------------------------------ */
/* Object operations                                                    */

static uint64_t neightbl_compare(struct nl_object *a, struct nl_object *b,
				 uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &neightbl_table, attrs, flags);
}

static char *neightbl_attrs2str(int attrs, char *buf, size_t len)
{
	return nlo_attrs2str(&neightbl_table, (uint64_t)(unsigned int)attrs,
			     buf, len);
}

static const char *ms(uint64_t v, char *buf, size_t len)
{
	return nl_msec2str(v, buf, len);
}

static void neightbl_dump_line(struct nl_object *obj,
			       struct nl_dump_params *p)
{
	struct rtnl_neightbl *nt = (struct rtnl_neightbl *)obj;
	char a[64], b[64];

	nl_dump_line(p, "%s", nt->nt_name);
	if (nt->nt_parms.ntp_mask & NTP_IFINDEX) {
		struct nl_cache *lc = nl_cache_mngt_require_safe("route/link");

		if (lc) {
			const char *n = rtnl_link_i2name(
				lc, (int)nt->nt_parms.ntp_ifindex, a,
				sizeof(a));

			nl_dump(p, "<%s>", n ? n : "(null)");
			nl_cache_put(lc);
		} else
			nl_dump(p, "<%u>", nt->nt_parms.ntp_ifindex);
	}
	nl_dump(p, " ");
	if (nt->ce_mask & NEIGHTBL_ATTR_CONFIG)
		nl_dump(p, "entries %u ", nt->nt_config.ndtc_entries);
	if (nt->ce_mask & NEIGHTBL_ATTR_PARMS)
		nl_dump(p, "reachable-time %s retransmit-time %s",
			ms(nt->nt_parms.ntp_reachable_time, a, sizeof(a)),
			ms(nt->nt_parms.ntp_retrans_time, b, sizeof(b)));
	nl_dump(p, "\n");
}

static void neightbl_dump_details(struct nl_object *obj,
				  struct nl_dump_params *p)
{
	struct rtnl_neightbl *nt = (struct rtnl_neightbl *)obj;
	const struct rtnl_neightbl_parms *pa = &nt->nt_parms;
	char a[64], b[64], c[64];

	neightbl_dump_line(obj, p);

	if (nt->ce_mask & NEIGHTBL_ATTR_CONFIG) {
		const struct ndt_config *cf = &nt->nt_config;

		nl_dump_line(p, "    key-len %u entry-size %u last-flush %s\n",
			     cf->ndtc_key_len, cf->ndtc_entry_size,
			     ms(cf->ndtc_last_flush, a, sizeof(a)));
		nl_dump_line(p, "    gc threshold %u/%u/%u interval %s "
				"chain-position %u\n",
			     nt->nt_gc_thresh1, nt->nt_gc_thresh2,
			     nt->nt_gc_thresh3,
			     ms(nt->nt_gc_interval, a, sizeof(a)),
			     cf->ndtc_hash_chain_gc);
		nl_dump_line(p, "    hash-rand 0x%08X/0x%08X last-rand %s\n",
			     cf->ndtc_hash_rnd, cf->ndtc_hash_mask,
			     ms(cf->ndtc_last_rand, a, sizeof(a)));
	}

	if (nt->ce_mask & NEIGHTBL_ATTR_PARMS) {
		nl_dump_line(p, "    refcnt %u pending-queue-limit %u "
				"proxy-delayed-queue-limit %u\n",
			     pa->ntp_refcnt, pa->ntp_queue_len,
			     pa->ntp_proxy_qlen);
		nl_dump_line(p, "    num-userspace-probes %u "
				"num-unicast-probes %u num-multicast-probes %u\n",
			     pa->ntp_app_probes, pa->ntp_ucast_probes,
			     pa->ntp_mcast_probes);
		nl_dump_line(p, "    min-age %s base-reachable-time %s "
				"stale-check-interval %s\n",
			     ms(pa->ntp_locktime, a, sizeof(a)),
			     ms(pa->ntp_base_reachable_time, b, sizeof(b)),
			     ms(pa->ntp_gc_stale_time, c, sizeof(c)));
		nl_dump_line(p, "    initial-probe-delay %s answer-delay %s "
				"proxy-answer-delay %s\n",
			     ms(pa->ntp_probe_delay, a, sizeof(a)),
			     ms(pa->ntp_anycast_delay, b, sizeof(b)),
			     ms(pa->ntp_proxy_delay, c, sizeof(c)));
	}
}

static void neightbl_dump_stats(struct nl_object *obj,
				struct nl_dump_params *p)
{
	struct rtnl_neightbl *nt = (struct rtnl_neightbl *)obj;
	const struct ndt_stats *st = &nt->nt_stats;

	neightbl_dump_details(obj, p);
	if (!(nt->ce_mask & NEIGHTBL_ATTR_STATS))
		return;
	nl_dump_line(p, "    lookups %" PRIu64 " hits %" PRIu64 " failed %"
			PRIu64 " allocations %" PRIu64 " destroys %" PRIu64
			"\n",
		     (uint64_t)st->ndts_lookups, (uint64_t)st->ndts_hits,
		     (uint64_t)st->ndts_res_failed, (uint64_t)st->ndts_allocs,
		     (uint64_t)st->ndts_destroys);
	nl_dump_line(p, "    hash-grows %" PRIu64 " forced-gc-runs %" PRIu64
			" periodic-gc-runs %" PRIu64 "\n",
		     (uint64_t)st->ndts_hash_grows,
		     (uint64_t)st->ndts_forced_gc_runs,
		     (uint64_t)st->ndts_periodic_gc_runs);
	nl_dump_line(p, "    rcv-unicast-probes %" PRIu64
			" rcv-multicast-probes %" PRIu64 "\n",
		     (uint64_t)st->ndts_rcv_probes_ucast,
		     (uint64_t)st->ndts_rcv_probes_mcast);
}

static struct nl_object_ops neightbl_obj_ops = {
	.oo_name = "route/neightbl",
	.oo_size = sizeof(struct rtnl_neightbl),
	.oo_dump = {
		[NL_DUMP_LINE] = neightbl_dump_line,
		[NL_DUMP_DETAILS] = neightbl_dump_details,
		[NL_DUMP_STATS] = neightbl_dump_stats,
	},
	.oo_compare = neightbl_compare,
	.oo_attrs2str = neightbl_attrs2str,
	.oo_id_attrs = NEIGHTBL_ATTR_FAMILY | NEIGHTBL_ATTR_NAME |
		       NEIGHTBL_ATTR_DEV,
};

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static int neightbl_msg_parser(struct nl_cache_ops *ops,
			       struct sockaddr_nl *who, struct nlmsghdr *n,
			       struct nl_parser_param *pp)
{
	struct rtnl_neightbl *nt;
	struct nlattr *tb[NDTA_MAX + 1];
	int err;

	(void)ops;
	(void)who;
	if (!nlmsg_valid_hdr(n, sizeof(struct ndtmsg)))
		return -NLE_MSG_TOOSHORT;
	err = nlmsg_parse(n, sizeof(struct ndtmsg), tb, NDTA_MAX, NULL);
	if (err < 0)
		return err;
	if (!tb[NDTA_NAME])
		return -NLE_MISSING_ATTR;
	nt = rtnl_neightbl_alloc();
	if (!nt)
		return -NLE_NOMEM;
	nt->ce_msgtype = n->nlmsg_type;
	nlo_parse_hdr(nt, &neightbl_table, nlmsg_data(n), sizeof(struct ndtmsg));
	err = nlo_parse(nt, &neightbl_table, tb);
	if (err >= 0)
		err = pp->pp_cb((struct nl_object *)nt, pp);
	rtnl_neightbl_put(nt);
	return err;
}

static int neightbl_request_update(struct nl_cache *cache, struct nl_sock *sk)
{
	struct rtgenmsg gen = { .rtgen_family = AF_UNSPEC };
	struct nl_msg *msg;
	int err;

	(void)cache;
	msg = nlmsg_alloc_simple(RTM_GETNEIGHTBL, NLM_F_DUMP);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &gen, sizeof(gen), NLMSG_ALIGNTO) < 0) {
		nlmsg_free(msg);
		return -NLE_MSGSIZE;
	}
	err = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

/* ------------------------------------------------------------------ */
/* Public API                                                           */

/** Allocate an empty neighbour table object; NULL when out of memory. */
struct rtnl_neightbl *rtnl_neightbl_alloc(void)
{
	return (struct rtnl_neightbl *)nl_object_alloc(&neightbl_obj_ops);
}

/** Drop a reference on neightbl. */
void rtnl_neightbl_put(struct rtnl_neightbl *neightbl)
{
	nl_object_put((struct nl_object *)neightbl);
}

/**
 * Allocate a cache of the kernel's neighbour tables (one object per table
 * and one per table and device) and fill it.
 * @return 0 or a negative NLE_* code; *result is owned by the caller.
 */
int rtnl_neightbl_alloc_cache(struct nl_sock *sk, struct nl_cache **result)
{
	return nl_cache_alloc_and_fill(&neightbl_cache_ops, sk, result);
}

/**
 * Find the table named name, for device ifindex (0: the table's own
 * parameters).
 * @return it with a new reference (rtnl_neightbl_put() it) or NULL.
 */
struct rtnl_neightbl *rtnl_neightbl_get(struct nl_cache *cache,
					const char *name, int ifindex)
{
	struct rtnl_neightbl *nt;

	if (!cache || cache->c_ops != &neightbl_cache_ops || !name)
		return NULL;
	nl_list_for_each_entry(nt, &cache->c_items, ce_list) {
		uint32_t dev = (nt->nt_parms.ntp_mask & NTP_IFINDEX) ?
				       nt->nt_parms.ntp_ifindex : 0;

		if (dev == (uint32_t)ifindex && !strcmp(nt->nt_name, name)) {
			nl_object_get((struct nl_object *)nt);
			return nt;
		}
	}
	return NULL;
}

/**
 * Build an RTM_SETNEIGHTBL request changing the table old (its family,
 * name and device select it) to the values set in tmpl.  What old lacks
 * is sent empty (family 0, name ""): the kernel refuses it then.
 * @return 0 with the message in *result, -NLE_NOMEM.
 */
int rtnl_neightbl_build_change_request(struct rtnl_neightbl *old,
				       struct rtnl_neightbl *tmpl,
				       struct nl_msg **result)
{
	const uint64_t tbl_attrs = NEIGHTBL_ATTR_THRESH1 |
				   NEIGHTBL_ATTR_THRESH2 |
				   NEIGHTBL_ATTR_THRESH3 |
				   NEIGHTBL_ATTR_GC_INTERVAL;
	struct ndtmsg ndt = { .ndtm_family = old->nt_family };
	struct nl_msg *msg;
	int err;

	msg = nlmsg_alloc_simple(RTM_SETNEIGHTBL, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (nlmsg_append(msg, &ndt, sizeof(ndt), NLMSG_ALIGNTO) < 0 ||
	    nla_put_string(msg, NDTA_NAME, old->nt_name) < 0)
		goto nomem;
	err = nlo_build(msg, tmpl, &neightbl_table, tmpl->ce_mask & tbl_attrs);
	if (err < 0)
		goto fail;
	if ((tmpl->ce_mask & NEIGHTBL_ATTR_PARMS) ||
	    (old->nt_parms.ntp_mask & NTP_IFINDEX)) {
		struct rtnl_neightbl_parms pa = tmpl->nt_parms;
		struct nlattr *nest = nla_nest_start(msg, NDTA_PARMS);

		if (!nest)
			goto nomem;
		/* sent without NLA_F_NESTED, as the reference library does */
		nest->nla_type &= (uint16_t)~NLA_F_NESTED;
		/* the device is the one of the table changed */
		pa.ntp_mask &= ~(uint64_t)NTP_IFINDEX;
		if (old->nt_parms.ntp_mask & NTP_IFINDEX) {
			pa.ntp_ifindex = old->nt_parms.ntp_ifindex;
			pa.ntp_mask |= NTP_IFINDEX;
		}
		if (!(tmpl->ce_mask & NEIGHTBL_ATTR_PARMS))
			pa.ntp_mask &= NTP_IFINDEX;
		err = nlo_build(msg, &pa, &parms_table, pa.ntp_mask);
		if (err < 0)
			goto fail;
		nla_nest_end(msg, nest);
	}
	*result = msg;
	return 0;
nomem:
	err = -NLE_MSGSIZE;
fail:
	nlmsg_free(msg);
	return err;
}

/**
 * Change the table old to the values set in tmpl and wait for the ack.
 * @return 0 or a negative NLE_* code.
 */
int rtnl_neightbl_change(struct nl_sock *sk, struct rtnl_neightbl *old,
			 struct rtnl_neightbl *tmpl)
{
	struct nl_msg *msg;
	int err;

	err = rtnl_neightbl_build_change_request(old, tmpl, &msg);
	if (err < 0)
		return err;
	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

/* ------------------------------------------------------------------ */
/* Setters                                                              */

/** Set the family of the table (AF_INET: arp_cache, AF_INET6: ndisc). */
void rtnl_neightbl_set_family(struct rtnl_neightbl *ntbl, int family)
{
	ntbl->nt_family = (uint8_t)family;
	ntbl->ce_mask |= NEIGHTBL_ATTR_FAMILY;
}

/** Set the garbage collection threshold 1 (entries kept regardless). */
void rtnl_neightbl_set_gc_tresh1(struct rtnl_neightbl *ntbl, int thresh)
{
	ntbl->nt_gc_thresh1 = (uint32_t)thresh;
	ntbl->ce_mask |= NEIGHTBL_ATTR_THRESH1;
}

/** Set the garbage collection threshold 2 (soft limit). */
void rtnl_neightbl_set_gc_tresh2(struct rtnl_neightbl *ntbl, int thresh)
{
	ntbl->nt_gc_thresh2 = (uint32_t)thresh;
	ntbl->ce_mask |= NEIGHTBL_ATTR_THRESH2;
}

/** Set the garbage collection threshold 3 (hard limit). */
void rtnl_neightbl_set_gc_tresh3(struct rtnl_neightbl *ntbl, int thresh)
{
	ntbl->nt_gc_thresh3 = (uint32_t)thresh;
	ntbl->ce_mask |= NEIGHTBL_ATTR_THRESH3;
}

/** Set the garbage collection interval in milliseconds. */
void rtnl_neightbl_set_gc_interval(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	ntbl->nt_gc_interval = ms;
	ntbl->ce_mask |= NEIGHTBL_ATTR_GC_INTERVAL;
}

/** Set the name of the table (truncated to 31 characters). */
void rtnl_neightbl_set_name(struct rtnl_neightbl *ntbl, const char *name)
{
	snprintf(ntbl->nt_name, sizeof(ntbl->nt_name), "%s", name);
	ntbl->ce_mask |= NEIGHTBL_ATTR_NAME;
}

/** Select the parameters of device ifindex. */
void rtnl_neightbl_set_dev(struct rtnl_neightbl *ntbl, int ifindex)
{
	ntbl->nt_parms.ntp_ifindex = (uint32_t)ifindex;
	ntbl->nt_parms.ntp_mask |= NTP_IFINDEX;
	ntbl->ce_mask |= NEIGHTBL_ATTR_DEV | NEIGHTBL_ATTR_PARMS;
}

static void set_parm32(struct rtnl_neightbl *nt, uint32_t *slot, uint32_t v,
		       uint64_t bit)
{
	*slot = v;
	nt->nt_parms.ntp_mask |= bit;
	nt->ce_mask |= NEIGHTBL_ATTR_PARMS;
}

static void set_parm64(struct rtnl_neightbl *nt, uint64_t *slot, uint64_t v,
		       uint64_t bit)
{
	*slot = v;
	nt->nt_parms.ntp_mask |= bit;
	nt->ce_mask |= NEIGHTBL_ATTR_PARMS;
}

/** Set the number of packets queued per unresolved entry. */
void rtnl_neightbl_set_queue_len(struct rtnl_neightbl *ntbl, int len)
{
	set_parm32(ntbl, &ntbl->nt_parms.ntp_queue_len, (uint32_t)len,
		   NTP_QUEUE_LEN);
}

/** Set the number of packets the proxy queue holds. */
void rtnl_neightbl_set_proxy_queue_len(struct rtnl_neightbl *ntbl, int len)
{
	set_parm32(ntbl, &ntbl->nt_parms.ntp_proxy_qlen, (uint32_t)len,
		   NTP_PROXY_QLEN);
}

/** Set the number of probes sent to user space. */
void rtnl_neightbl_set_app_probes(struct rtnl_neightbl *ntbl, int probes)
{
	set_parm32(ntbl, &ntbl->nt_parms.ntp_app_probes, (uint32_t)probes,
		   NTP_APP_PROBES);
}

/** Set the number of unicast probes. */
void rtnl_neightbl_set_ucast_probes(struct rtnl_neightbl *ntbl, int probes)
{
	set_parm32(ntbl, &ntbl->nt_parms.ntp_ucast_probes, (uint32_t)probes,
		   NTP_UCAST_PROBES);
}

/** Set the number of multicast probes. */
void rtnl_neightbl_set_mcast_probes(struct rtnl_neightbl *ntbl, int probes)
{
	set_parm32(ntbl, &ntbl->nt_parms.ntp_mcast_probes, (uint32_t)probes,
		   NTP_MCAST_PROBES);
}

/** Set the base reachable time in milliseconds. */
void rtnl_neightbl_set_base_reachable_time(struct rtnl_neightbl *ntbl,
					   uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_base_reachable_time, ms,
		   NTP_BASE_REACHABLE_TIME);
}

/** Set the retransmit time in milliseconds. */
void rtnl_neightbl_set_retrans_time(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_retrans_time, ms,
		   NTP_RETRANS_TIME);
}

/** Set the stale check interval (gc_stale_time) in milliseconds. */
void rtnl_neightbl_set_gc_stale_time(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_gc_stale_time, ms,
		   NTP_GC_STALETIME);
}

/** Set the initial probe delay in milliseconds. */
void rtnl_neightbl_set_delay_probe_time(struct rtnl_neightbl *ntbl,
					uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_probe_delay, ms,
		   NTP_DELAY_PROBE_TIME);
}

/** Set the anycast answer delay in milliseconds. */
void rtnl_neightbl_set_anycast_delay(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_anycast_delay, ms,
		   NTP_ANYCAST_DELAY);
}

/** Set the proxy answer delay in milliseconds. */
void rtnl_neightbl_set_proxy_delay(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_proxy_delay, ms,
		   NTP_PROXY_DELAY);
}

/** Set the minimum age of an entry before it is replaced, in milliseconds. */
void rtnl_neightbl_set_locktime(struct rtnl_neightbl *ntbl, uint64_t ms)
{
	set_parm64(ntbl, &ntbl->nt_parms.ntp_locktime, ms, NTP_LOCKTIME);
}

/* ------------------------------------------------------------------ */
/* Cache type                                                           */

static struct nl_cache_ops neightbl_cache_ops = {
	.co_name = "route/neightbl",
	.co_hdrsize = sizeof(struct ndtmsg),
	.co_protocol = NETLINK_ROUTE,
	.co_request_update = neightbl_request_update,
	.co_msg_parser = neightbl_msg_parser,
	.co_obj_ops = &neightbl_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWNEIGHTBL, NL_ACT_NEW, "new" },
		{ RTM_SETNEIGHTBL, NL_ACT_SET, "set" },
		{ RTM_GETNEIGHTBL, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
};

static void __attribute__((constructor)) neightbl_init(void)
{
	nl_cache_mngt_register(&neightbl_cache_ops);
}

static void __attribute__((destructor)) neightbl_exit(void)
{
	nl_cache_mngt_unregister(&neightbl_cache_ops);
}
