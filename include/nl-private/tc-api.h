/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3: the tc object shared by qdiscs, classes,
 * classifiers and actions, and the interface of tc kinds (TCA_KIND with
 * its TCA_OPTIONS).  Never installed.
 *
 * Every tc object starts with a struct rtnl_tc:
 *
 *	struct rtnl_cls {
 *		struct rtnl_tc c_tc;	 (first member: TC_CAST works)
 *		uint16_t c_prio;
 *		...
 *	};
 *
 * Its nl_object_ops constructor sets tc_type (RTNL_TC_TYPE_*), its
 * oo_free_data / oo_clone / oo_compare / oo_dump call rtnl_tc_free_data,
 * rtnl_tc_clone, rtnl_tc_compare and rtnl_tc_dump_*; the cache's message
 * parser calls rtnl_tc_msg_parse() and requests are built with
 * rtnl_tc_msg_build().  Object-specific presence bits start at
 * (TCA_ATTR_MAX << 1).
 *
 * A kind (struct rtnl_tc_ops) owns to_size bytes of zeroed data reached
 * with rtnl_tc_data(); its TCA_OPTIONS are described by to_table (nested
 * attributes, parsed/built/compared/cloned/freed generically) and/or by
 * the hooks, which run after the table's work.
 */

#ifndef NL_PRIVATE_TC_API_H_
#define NL_PRIVATE_TC_API_H_

#include <stdint.h>
#include <linux/pkt_sched.h>
#include <linux/pkt_cls.h>
#include <linux/rtnetlink.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"
#include <netlink/route/tc.h>

#define TCKINDSIZ 32

/* Presence bits of the common header (ce_mask). */
#define TCA_ATTR_HANDLE		0x0001
#define TCA_ATTR_PARENT		0x0002
#define TCA_ATTR_IFINDEX	0x0004
#define TCA_ATTR_KIND		0x0008
#define TCA_ATTR_FAMILY		0x0010
#define TCA_ATTR_INFO		0x0020
#define TCA_ATTR_OPTS		0x0040
#define TCA_ATTR_STATS		0x0080
#define TCA_ATTR_XSTATS		0x0100
#define TCA_ATTR_LINK		0x0200
#define TCA_ATTR_MTU		0x0400
#define TCA_ATTR_MPU		0x0800
#define TCA_ATTR_OVERHEAD	0x1000
#define TCA_ATTR_LINKTYPE	0x2000
#define TCA_ATTR_CHAIN		0x4000
#define TCA_ATTR_MAX		TCA_ATTR_CHAIN

struct rtnl_tc_ops;

struct rtnl_tc {
	NLHDR_COMMON

	/* struct tcmsg */
	uint32_t tc_family;
	int tc_ifindex;
	uint32_t tc_handle;
	uint32_t tc_parent;
	uint32_t tc_info;	/* tcm_info (classifiers: prio << 16 | proto) */

	uint32_t tc_chain;	/* TCA_CHAIN */
	char tc_kind[TCKINDSIZ];	/* TCA_KIND */

	/* link parameters used by rate tables */
	uint32_t tc_mtu;
	uint32_t tc_mpu;
	uint32_t tc_overhead;
	uint32_t tc_linktype;
	struct rtnl_link *tc_link;	/* reference held */

	struct nl_data *tc_opts;	/* TCA_OPTIONS payload as received */
	struct nl_data *tc_xstats;	/* TCA_XSTATS payload as received */
	uint64_t tc_stats[RTNL_TC_STATS_MAX + 1];

	enum rtnl_tc_type tc_type;
	struct rtnl_tc_ops *tc_ops;	/* kind, NULL when unknown */
	void *tc_data;			/* tc_ops->to_size bytes, or NULL */
};

/* Qdiscs and classes have nothing beyond the common header. */
struct rtnl_qdisc {
	struct rtnl_tc q_tc;
};

struct rtnl_class {
	struct rtnl_tc c_tc;
};

/*
 * A tc kind.  Hooks receive the object and its kind data.  Any may be NULL.
 */
struct rtnl_tc_ops {
	const char *to_kind;
	enum rtnl_tc_type to_type;
	size_t to_size;			/* bytes of kind data (zeroed) */

	/* TCA_OPTIONS holding nested attributes described by this table
	 * (whose presence mask lives inside the kind data) */
	const struct nlo_table *to_table;

	/* special parsing of TCA_OPTIONS (opts is never NULL; runs after
	 * the table's parse when both exist); 0 or -NLE_* */
	int (*to_msg_parser)(struct rtnl_tc *, void *data,
			     struct nlattr *opts);
	/* called inside the TCA_OPTIONS nest, after the table's build */
	int (*to_msg_fill)(struct rtnl_tc *, void *data, struct nl_msg *);
	/* puts the whole TCA_OPTIONS attribute itself (kinds whose options
	 * are a raw structure); replaces the nest and to_msg_fill */
	int (*to_msg_fill_raw)(struct rtnl_tc *, void *data, struct nl_msg *);
	/* deep copy: dst holds a byte copy of src (table pointers already
	 * deep-copied) */
	int (*to_clone)(void *dst, void *src);
	/* free what the data owns beyond the table's values */
	void (*to_free_data)(struct rtnl_tc *, void *data);
	/* nonzero when the kind data differ (beyond the table) */
	int (*to_compare)(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			  void *db, int flags);
	/* printed after the common part of each dump level */
	void (*to_dump[NL_DUMP_MAX + 1])(struct rtnl_tc *, void *data,
					 struct nl_dump_params *);

	struct nl_list_head to_list;
};

/*
 * A tc object type (qdisc, class, classifier, action): what its dumps
 * print before / after the kind's part.
 */
struct rtnl_tc_type_ops {
	enum rtnl_tc_type tt_type;
	const char *tt_dump_prefix;	/* "qdisc ", "class ", "cls ", ... */
	/* printed after the common part and before the kind's */
	void (*tt_dump[NL_DUMP_MAX + 1])(struct rtnl_tc *,
					 struct nl_dump_params *);
	struct nl_list_head tt_list;
};

/* A rate as the kernel's struct tc_ratespec describes it, but 64-bit. */
struct rtnl_ratespec {
	uint64_t rs_rate64;	/* bytes per second */
	uint16_t rs_overhead;
	int16_t rs_mpu;
	uint8_t rs_cell_log;
};

/* Registry (exported as upstream, private declarations). */
int rtnl_tc_register(struct rtnl_tc_ops *);
void rtnl_tc_unregister(struct rtnl_tc_ops *);
void rtnl_tc_type_register(struct rtnl_tc_type_ops *);
void rtnl_tc_type_unregister(struct rtnl_tc_type_ops *);
struct rtnl_tc_ops *rtnl_tc_lookup_ops(enum rtnl_tc_type, const char *);
struct rtnl_tc_ops *rtnl_tc_get_ops(struct rtnl_tc *);

/* Messages: parse a RTM_*QDISC/TCLASS/TFILTER message (tcmsg, TCA_KIND,
 * TCA_OPTIONS through the kind, stats, TCA_CHAIN) into tc; build one of
 * type msgtype with flags from tc. */
int rtnl_tc_msg_parse(struct nlmsghdr *, struct rtnl_tc *);
int rtnl_tc_msg_build(struct rtnl_tc *, int msgtype, int flags,
		      struct nl_msg **);

/* nl_object_ops members for tc objects */
void rtnl_tc_free_data(struct nl_object *);
int rtnl_tc_clone(struct nl_object *dst, struct nl_object *src);
uint64_t rtnl_tc_compare(struct nl_object *, struct nl_object *,
			 uint64_t attrs, int flags);
void rtnl_tc_dump_line(struct nl_object *, struct nl_dump_params *);
void rtnl_tc_dump_details(struct nl_object *, struct nl_dump_params *);
void rtnl_tc_dump_stats(struct nl_object *, struct nl_dump_params *);

/* Kind data: allocated on first use when the kind is known; NULL when the
 * kind is unknown or memory ran out.  _check also verifies that tc is of
 * kind ops (a tc without kind takes ops's kind); on mismatch it returns
 * NULL and stores -NLE_OPNOTSUPP in *err (when err is not NULL). */
void *rtnl_tc_data(struct rtnl_tc *);
void *rtnl_tc_data_check(struct rtnl_tc *, struct rtnl_tc_ops *, int *err);

/* Rate table (256 transmit times) for spec on tc's link parameters. */
int rtnl_tc_build_rate_table(struct rtnl_tc *tc, struct rtnl_ratespec *,
			     uint32_t *dst);

/* Helpers for kinds and the other tc objects (not exported). */

/* Kind options: parse an options attribute (TCA_OPTIONS or an action's
 * TCA_ACT_OPTIONS) into tc's kind data; fill them into msg as attribute
 * attrtype.  Nothing done (0) when tc has no known kind. */
int _rtnl_tc_opts_parse(struct rtnl_tc *tc, struct nlattr *opts);
/* TCA_OPTIONS holding the raw structure data (flagged nested, as
 * upstream's requests have it). */
int _rtnl_tc_put_raw_opts(struct nl_msg *msg, const void *data, int len);
int _rtnl_tc_opts_fill(struct rtnl_tc *tc, struct nl_msg *msg, int attrtype);

/* Parse a TCA_STATS2 / TCA_STATS attribute (also an action's
 * TCA_ACT_STATS, which has the same layout) into tc_stats. */
int _rtnl_tc_parse_stats(struct rtnl_tc *tc, struct nlattr *stats2,
			 struct nlattr *stats);

/* Interface name for dumps: from tc_link, the link cache when one is
 * provided, else the index as a number. */
const char *_rtnl_tc_ifname(struct rtnl_tc *tc, char *buf, size_t len);

/* struct tc_ratespec <-> struct rtnl_ratespec */
void _rtnl_tc_ratespec2kernel(struct tc_ratespec *dst,
			      const struct rtnl_ratespec *src);
void _rtnl_tc_kernel2ratespec(struct rtnl_ratespec *dst,
			      const struct tc_ratespec *src);

/* Transmit time of size bytes at rate bytes/s, in ticks, and back. */
uint32_t _rtnl_tc_calc_txtime64(uint32_t bufsize, uint64_t rate);
uint32_t _rtnl_tc_calc_bufsize64(uint32_t txtime, uint64_t rate);

/* Dump request (NLM_F_DUMP) of msgtype for interface ifindex (0: all). */
int _rtnl_tc_request_dump(struct nl_sock *sk, int msgtype, int ifindex);

/* Call cb (with a reference held) for each tc object of cache on ifindex
 * whose parent is parent. */
void _rtnl_tc_foreach_by_parent(struct nl_cache *cache, int ifindex,
				uint32_t parent,
				void (*cb)(struct nl_object *, void *),
				void *arg);

/* pktloc.c, for its parser: add a location while the table lock is held
 * (the file is being read); 0, -NLE_EXIST, -NLE_INVAL. */
struct rtnl_pktloc;
int _rtnl_pktloc_add_locked(struct rtnl_pktloc *loc);
/* Drop the table's references and forget that the file was read, so the
 * next lookup reads it again (the destructor; fuzzing). */
void _rtnl_pktloc_reset(void);

/* Registration from a constructor, failing loudly in debug output. */
#define TC_REGISTER(ops)                                                       \
	static void __attribute__((constructor)) ops##_init(void)              \
	{                                                                      \
		rtnl_tc_register(&(ops));                                      \
	}                                                                      \
	static void __attribute__((destructor)) ops##_exit(void)               \
	{                                                                      \
		rtnl_tc_unregister(&(ops));                                    \
	}

#endif
