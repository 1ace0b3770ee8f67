/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * qdisc and class kinds this kernel may lack (sfq, red, plug, fq_codel,
 * dsmark, hfsc, netem, mqprio, prio): requests built through the API,
 * checked against the uapi layouts, parsed back into equal objects, and
 * dumped as Debian's libnl 3.7 prints the same bytes.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>
#include <linux/pkt_sched.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/fifo.h>
#include <netlink/route/class.h>
#include <netlink/route/qdisc/sfq.h>
#include <netlink/route/qdisc/red.h>
#include <netlink/route/qdisc/plug.h>
#include <netlink/route/qdisc/fq_codel.h>
#include <netlink/route/qdisc/dsmark.h>
#include <netlink/route/qdisc/hfsc.h>
#include <netlink/route/qdisc/netem.h>
#include <netlink/route/qdisc/mqprio.h>
#include <netlink/route/qdisc/prio.h>
#include <netlink/route/qdisc/htb.h>
#include <netlink/route/qdisc/tbf.h>

static void init_tc(struct rtnl_tc *tc, const char *kind, uint32_t handle)
{
	rtnl_tc_set_ifindex(tc, 1);
	rtnl_tc_set_parent(tc, TC_H_ROOT);
	rtnl_tc_set_handle(tc, handle);
	ck_assert_int_eq(rtnl_tc_set_kind(tc, kind), 0);
}

/* TCA_OPTIONS of a built message (the message stays owned by the caller) */
static struct nlattr *options_of(struct nl_msg *msg)
{
	return nlmsg_find_attr(nlmsg_hdr(msg), sizeof(struct tcmsg),
			       TCA_OPTIONS);
}

/* Parse msg with the library's cache parser; returns the object. */
static struct nl_object *parse_back(struct nl_msg *msg, const char *cache)
{
	struct nl_cache *c;
	struct nl_object *obj;

	ck_assert_int_eq(nl_cache_alloc_name(cache, &c), 0);
	ck_assert_int_eq(nl_cache_parse_and_add(c, msg), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	obj = nl_cache_get_first(c);
	nl_object_get(obj);
	nl_cache_free(c);
	return obj;
}

static char dumpbuf[4096];

static const char *dump(struct nl_object *obj, enum nl_dump_type t)
{
	struct nl_dump_params dp = { .dp_type = t, .dp_buf = dumpbuf,
				     .dp_buflen = sizeof(dumpbuf) };

	nl_object_dump(obj, &dp);
	return dumpbuf;
}

START_TEST(sfq)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct nl_msg *msg;
	struct tc_sfq_qopt o;

	init_tc(TC_CAST(q), "sfq", 0x10000);
	ck_assert_int_eq(rtnl_sfq_get_limit(q), -NLE_NOATTR);
	rtnl_sfq_set_quantum(q, 1514);
	rtnl_sfq_set_perturb(q, 10);
	rtnl_sfq_set_limit(q, 127);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	ck_assert_int_eq(nla_len(options_of(msg)), (int)sizeof(o));
	memcpy(&o, nla_data(options_of(msg)), sizeof(o));
	ck_assert_uint_eq(o.quantum, 1514);
	ck_assert_int_eq(o.perturb_period, 10);
	ck_assert_uint_eq(o.limit, 127);
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_sfq_get_quantum(b), 1514);
	ck_assert_int_eq(rtnl_sfq_get_perturb(b), 10);
	ck_assert_int_eq(rtnl_sfq_get_limit(b), 127);
	ck_assert_int_eq(rtnl_sfq_get_divisor(b), 0);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc sfq dev 1 id 1: parent root quantum 1514 perturb 10s\n"
			 "  refcnt 0limit 127 divisor 0\n");
	rtnl_qdisc_put(b);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(red_and_plug)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct nl_msg *msg;
	struct nlattr *tb[TCA_RED_MAX + 1];
	struct tc_plug_qopt po;

	init_tc(TC_CAST(q), "red", 0x10000);
	/* as upstream, a red qdisc is not put into requests */
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg),
			 -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_red_get_limit(q), -NLE_NOATTR);
	rtnl_red_set_limit(q, 400000);
	ck_assert_int_eq(rtnl_red_get_limit(q), 400000);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg),
			 -NLE_OPNOTSUPP);
	/* read from the kernel */
	{
		struct tcmsg tm = { .tcm_ifindex = 1, .tcm_handle = 0x10000,
				    .tcm_parent = TC_H_ROOT };
		struct tc_red_qopt ro = { .limit = 400000 };
		struct nlattr *o;

		msg = nlmsg_alloc_simple(RTM_NEWQDISC, 0);
		nlmsg_append(msg, &tm, sizeof(tm), NLMSG_ALIGNTO);
		nla_put_string(msg, TCA_KIND, "red");
		o = nla_nest_start(msg, TCA_OPTIONS);
		nla_put(msg, TCA_RED_PARMS, sizeof(ro), &ro);
		nla_nest_end(msg, o);
	}
	(void)tb;
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_red_get_limit(b), 400000);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc red dev 1 id 1: parent root\n  refcnt 0\n");
	rtnl_qdisc_put(b);
	rtnl_qdisc_put(q);

	q = rtnl_qdisc_alloc();
	init_tc(TC_CAST(q), "plug", 0x10000);
	/* without a command: zeros (TCQ_PLUG_BUFFER), as libnl 3.7 sends */
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	memcpy(&po, nla_data(options_of(msg)), sizeof(po));
	ck_assert_int_eq(po.action, TCQ_PLUG_BUFFER);
	ck_assert_uint_eq(po.limit, 0);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_plug_set_limit(q, 5000), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	memcpy(&po, nla_data(options_of(msg)), sizeof(po));
	ck_assert_int_eq(po.action, TCQ_PLUG_LIMIT);
	ck_assert_uint_eq(po.limit, 5000);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_plug_release_one(q), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	memcpy(&po, nla_data(options_of(msg)), sizeof(po));
	ck_assert_int_eq(po.action, TCQ_PLUG_RELEASE_ONE);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_plug_buffer(q), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	memcpy(&po, nla_data(options_of(msg)), sizeof(po));
	ck_assert_int_eq(po.action, TCQ_PLUG_BUFFER);
	/* the limit set earlier travels with later commands */
	ck_assert_uint_eq(po.limit, 5000);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_plug_release_indefinite(q), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	memcpy(&po, nla_data(options_of(msg)), sizeof(po));
	ck_assert_int_eq(po.action, TCQ_PLUG_RELEASE_INDEFINITE);
	nlmsg_free(msg);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(fq_codel)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct nl_msg *msg;
	struct nlattr *tb[TCA_FQ_CODEL_MAX + 1];

	init_tc(TC_CAST(q), "fq_codel", 0x10000);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_get_limit(q), -NLE_NOATTR);
	ck_assert_uint_eq(rtnl_qdisc_fq_codel_get_target(q), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_limit(q, 10240), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_target(q, 5000), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_interval(q, 100000), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_ecn(q, 1), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_flows(q, 1024), 0);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_quantum(q, 1514), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	ck_assert_int_eq(nla_parse_nested(tb, TCA_FQ_CODEL_MAX,
					  options_of(msg), NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_LIMIT]), 10240);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_TARGET]), 5000);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_INTERVAL]), 100000);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_ECN]), 1);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_FLOWS]), 1024);
	ck_assert_uint_eq(nla_get_u32(tb[TCA_FQ_CODEL_QUANTUM]), 1514);
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)q,
					 (struct nl_object *)b), 0);
	ck_assert_uint_eq(rtnl_qdisc_fq_codel_get_interval(b), 100000);
	ck_assert_int_eq(rtnl_qdisc_fq_codel_get_flows(b), 1024);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc fq_codel dev 1 id 1: parent root limit 10240 packets "
			 "target 5000 interval 100000 ecn 1 flows 1024 quantum 1514\n"
			 "  refcnt 0no options\n");
	ck_assert_int_eq(rtnl_qdisc_fq_codel_set_flows(b, 7), 0);
	ck_assert_uint_ne(nl_object_diff((struct nl_object *)q,
					 (struct nl_object *)b), 0);
	rtnl_qdisc_put(b);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(dsmark)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct rtnl_class *c = rtnl_class_alloc(), *cb;
	struct nl_msg *msg;

	init_tc(TC_CAST(q), "dsmark", 0x10000);
	ck_assert_int_eq(rtnl_qdisc_dsmark_get_indices(q), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_qdisc_dsmark_set_indices(q, 4), 0);
	ck_assert_int_eq(rtnl_qdisc_dsmark_set_default_index(q, 1), 0);
	ck_assert_int_eq(rtnl_qdisc_dsmark_set_set_tc_index(q, 1), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_dsmark_get_indices(b), 4);
	ck_assert_int_eq(rtnl_qdisc_dsmark_get_default_index(b), 1);
	ck_assert_int_eq(rtnl_qdisc_dsmark_get_set_tc_index(b), 1);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc dsmark dev 1 id 1: parent root indices 0x0004\n"
			 "  refcnt 0 default index 0x0001 set-tc-index\n");
	rtnl_qdisc_put(b);

	init_tc(TC_CAST(c), "dsmark", 0x10001);
	ck_assert_int_eq(rtnl_class_dsmark_set_bitmask(c, 3), 0);
	ck_assert_int_eq(rtnl_class_dsmark_set_value(c, 0xb8), 0);
	ck_assert_int_eq(rtnl_class_build_add_request(c, 0, &msg), 0);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_NEWTCLASS);
	cb = (struct rtnl_class *)parse_back(msg, "route/class");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_class_dsmark_get_bitmask(cb), 3);
	ck_assert_int_eq(rtnl_class_dsmark_get_value(cb), 0xb8);
	ck_assert_str_eq(dump((struct nl_object *)cb, NL_DUMP_DETAILS),
			 "class dsmark dev 1 id 1:1 parent root value 0xb8 mask 0x03\n"
			 "  no options\n");
	/* a class API on a qdisc of another kind */
	ck_assert_int_eq(rtnl_qdisc_dsmark_set_indices(q, 8), 0);
	rtnl_class_put(cb);
	rtnl_class_put(c);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(hfsc)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct rtnl_class *c = rtnl_class_alloc(), *cb;
	struct tc_service_curve rsc = { 125000, 10000, 250000 };
	struct tc_service_curve fsc = { 0, 0, 125000 }, got;
	struct nl_msg *msg;

	init_tc(TC_CAST(q), "hfsc", 0x10000);
	ck_assert_int_eq(rtnl_qdisc_hfsc_set_defcls(q, 0x10), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	/* upstream sends the default class in 4 bytes */
	ck_assert_int_eq(nla_len(options_of(msg)), 4);
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_uint_eq(rtnl_qdisc_hfsc_get_defcls(b), 0x10);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_LINE),
			 "qdisc hfsc dev 1 id 1: parent root default-class :10\n");
	rtnl_qdisc_put(b);

	init_tc(TC_CAST(c), "hfsc", 0x10001);
	ck_assert_int_eq(rtnl_class_hfsc_get_rsc(c, &got), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_class_hfsc_set_rsc(c, &rsc), 0);
	ck_assert_int_eq(rtnl_class_hfsc_set_fsc(c, &fsc), 0);
	ck_assert_int_eq(rtnl_class_build_add_request(c, 0, &msg), 0);
	cb = (struct rtnl_class *)parse_back(msg, "route/class");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_class_hfsc_get_rsc(cb, &got), 0);
	ck_assert_mem_eq(&got, &rsc, sizeof(got));
	ck_assert_int_eq(rtnl_class_hfsc_get_fsc(cb, &got), 0);
	ck_assert_uint_eq(got.m2, 125000);
	ck_assert_int_eq(rtnl_class_hfsc_get_usc(cb, &got), -NLE_OPNOTSUPP);
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)c,
					 (struct nl_object *)cb), 0);
	ck_assert_str_eq(dump((struct nl_object *)cb, NL_DUMP_DETAILS),
			 "class hfsc dev 1 id 1:1 parent root m1 125000 d 10000 m2 250000\n"
			 " m1 0 d 0 m2 125000\n"
			 "\n"
			 "  \n");
	rtnl_class_put(cb);
	rtnl_class_put(c);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(netem)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	struct nl_msg *msg;
	struct tc_netem_qopt o;
	int16_t dist[] = { -3, 0, 7, 32767 }, *dp = NULL;
	struct nlattr *opts, *tb[TCA_NETEM_MAX + 1];

	init_tc(TC_CAST(q), "netem", 0x10000);
	ck_assert_int_eq(rtnl_netem_get_delay(q), -NLE_NOATTR);
	rtnl_netem_set_limit(q, 1000);
	rtnl_netem_set_delay(q, 100000);
	rtnl_netem_set_jitter(q, 10000);
	rtnl_netem_set_delay_correlation(q, 25);
	rtnl_netem_set_loss(q, 42949673);
	rtnl_netem_set_duplicate(q, 7);
	rtnl_netem_set_reorder_probability(q, 858993459);
	rtnl_netem_set_gap(q, 5);
	rtnl_netem_set_corruption_probability(q, 11);
	ck_assert_int_eq(rtnl_netem_set_delay_distribution_data(q, dist, 4), 0);
	ck_assert_int_eq(rtnl_netem_set_delay_distribution_data(q, dist,
								MAXDIST + 1),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);

	opts = options_of(msg);
	memcpy(&o, nla_data(opts), sizeof(o));
	ck_assert_uint_eq(o.limit, 1000);
	ck_assert_uint_eq(o.latency, nl_us2ticks(100000));
	ck_assert_uint_eq(o.gap, 5);
	ck_assert_int_eq(nla_parse(tb, TCA_NETEM_MAX,
				   (struct nlattr *)((char *)nla_data(opts) +
						     NLA_ALIGN(sizeof(o))),
				   nla_len(opts) - (int)NLA_ALIGN(sizeof(o)),
				   NULL), 0);
	ck_assert_int_eq(nla_len(tb[TCA_NETEM_DELAY_DIST]), 8);
	ck_assert_uint_eq(((struct tc_netem_corr *)
			   nla_data(tb[TCA_NETEM_CORR]))->delay_corr, 25);

	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)q,
					 (struct nl_object *)b), 0);
	ck_assert_int_eq(rtnl_netem_get_delay(b), 100000);
	ck_assert_int_eq(rtnl_netem_get_jitter(b), 10000);
	ck_assert_int_eq(rtnl_netem_get_corruption_probability(b), 11);
	ck_assert_int_eq(rtnl_netem_get_delay_distribution_size(b), 4);
	ck_assert_int_eq(rtnl_netem_get_delay_distribution(b, &dp), 4);
	ck_assert_mem_eq(dp, dist, sizeof(dist));
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc netem dev 1 id 1: parent root limit 1000pkts\n"
			 "  refcnt 0 latency 100msec jitter 10msec 25 loss 42949673 "
			 "duplicate 7 reorder 858993459 gap 5 reorder 11\n");
	rtnl_qdisc_put(b);

	/* the distribution files of iproute2, when installed */
	if (rtnl_netem_set_delay_distribution(q, "normal") == 0)
		ck_assert_int_eq(rtnl_netem_get_delay_distribution_size(q),
				 4096);
	ck_assert_int_eq(rtnl_netem_set_delay_distribution(q, "../x"),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_netem_set_delay_distribution(q, "no-such-dist"),
			 -NLE_OBJ_NOTFOUND);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(mqprio)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc(), *b;
	uint8_t map[16] = { 0, 1, 2, 0, 0, 1, 2, 0, 0, 1, 2, 0, 0, 1, 2, 0 };
	uint16_t count[3] = { 1, 1, 1 }, offset[3] = { 0, 1, 2 };
	uint16_t gc[16], go[16];
	uint64_t minr[3] = { 1000, 2000, 3000 }, got[16];
	struct nl_msg *msg;

	init_tc(TC_CAST(q), "mqprio", 0x10000);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_priomap(q, map, 16),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_num_tc(q, 3), 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_priomap(q, map, 16), 0);
	map[0] = 3;
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_priomap(q, map, 16), -NLE_RANGE);
	map[0] = 0;
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_queue(q, count, offset, 3), 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_hw_offload(q, 1), 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_min_rate(q, minr, 3),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_mode(q, TC_MQPRIO_MODE_CHANNEL),
			 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_shaper(q, TC_MQPRIO_SHAPER_DCB),
			 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_min_rate(q, minr, 3),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_max_rate(q, minr, 3),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_shaper(q,
						      TC_MQPRIO_SHAPER_BW_RATE),
			 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_min_rate(q, minr, 17),
			 -NLE_RANGE);
	ck_assert_int_eq(rtnl_qdisc_mqprio_set_min_rate(q, minr, 3), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	b = (struct rtnl_qdisc *)parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_num_tc(b), 3);
	ck_assert_mem_eq(rtnl_qdisc_mqprio_get_priomap(b), map, 16);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_hw_offload(b), 1);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_mode(b), TC_MQPRIO_MODE_CHANNEL);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_shaper(b),
			 TC_MQPRIO_SHAPER_BW_RATE);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_queue(b, gc, go), 0);
	ck_assert_uint_eq(go[2], 2);
	ck_assert_uint_eq(gc[2], 1);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_min_rate(b, got), 0);
	ck_assert_uint_eq(got[0], 1000);
	ck_assert_uint_eq(got[2], 3000);
	ck_assert_uint_eq(got[3], 0);
	ck_assert_int_eq(rtnl_qdisc_mqprio_get_max_rate(b, got),
			 -NLE_MISSING_ATTR);
	ck_assert_uint_eq(nl_object_diff((struct nl_object *)q,
					 (struct nl_object *)b), 0);
	ck_assert_str_eq(dump((struct nl_object *)b, NL_DUMP_DETAILS),
			 "qdisc mqprio dev 1 id 1: parent root num_tc 3\n"
			 "  refcnt 0map [0 1 2 0 0 1 2 0 0 1 2 0 0 1 2 0]\n\n");
	rtnl_qdisc_put(b);
	rtnl_qdisc_put(q);
}
END_TEST

START_TEST(htb_class_request)
{
	struct rtnl_class *c = rtnl_class_alloc(), *b;
	struct nl_msg *msg;
	struct nlattr *tb[TCA_HTB_MAX + 1];
	struct tc_htb_opt o;
	uint64_t v = 0;

	init_tc(TC_CAST(c), "htb", 0x10001);
	ck_assert_int_eq(rtnl_class_build_add_request(c, 0, &msg),
			 -NLE_MISSING_ATTR);
	ck_assert_int_eq(rtnl_htb_get_level(c), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_htb_set_rate64(c, 10000000000ULL), 0);
	ck_assert_int_eq(rtnl_htb_set_ceil(c, 2000000), 0);
	ck_assert_int_eq(rtnl_htb_set_rbuffer(c, 3000), 0);
	ck_assert_int_eq(rtnl_htb_set_level(c, 2), 0);
	ck_assert_int_eq(rtnl_htb_get_level(c), 2);
	ck_assert_uint_eq(rtnl_htb_get_rate(c), 0xffffffffU);
	ck_assert_int_eq(rtnl_class_build_add_request(c, 0, &msg), 0);
	ck_assert_int_eq(nla_parse_nested(tb, TCA_HTB_MAX, options_of(msg),
					  NULL), 0);
	ck_assert_uint_eq(nla_get_u64(tb[TCA_HTB_RATE64]), 10000000000ULL);
	ck_assert_ptr_null(tb[TCA_HTB_CEIL64]);
	ck_assert_int_eq(nla_len(tb[TCA_HTB_RTAB]), 1024);
	ck_assert_int_eq(nla_len(tb[TCA_HTB_CTAB]), 1024);
	memcpy(&o, nla_data(tb[TCA_HTB_PARMS]), sizeof(o));
	ck_assert_uint_eq(o.rate.rate, 0xffffffffU);
	ck_assert_uint_eq(o.ceil.rate, 2000000);
	ck_assert_uint_eq(o.rate.cell_log, 3);	/* 1500 >> 3 < 256 */
	ck_assert_uint_eq(o.level, 0);	/* the kernel's: not sent */
	b = (struct rtnl_class *)parse_back(msg, "route/class");
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_htb_get_rate64(b, &v), 0);
	ck_assert_uint_eq(v, 10000000000ULL);
	ck_assert_uint_eq(rtnl_htb_get_ceil(b), 2000000);
	rtnl_class_put(b);
	rtnl_class_put(c);
}
END_TEST

static const char *const all_kinds[] = {
	"sfq", "red", "fq_codel", "dsmark", "hfsc", "netem", "mqprio", "prio",
	"pfifo", "bfifo", "pfifo_fast", "tbf", "htb", "plug", "ingress",
	"clsact", "cbq",
};

/* cbq (gone from Linux 6.3): parse what older kernels sent, dump it as
 * Debian's libnl does, build it back. */
START_TEST(cbq)
{
	struct tcmsg t = { .tcm_ifindex = 1, .tcm_handle = 0x10000,
			   .tcm_parent = TC_H_ROOT, .tcm_info = 1 };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWQDISC, 0), *again;
	struct nlattr *opts;
	struct nl_object *obj, *obj2;
	/* lssopt, wrropt, fopt, ovl_strategy, rate, police */
	const uint8_t lss[] = { 0, 0, 5, 2, 0xe8, 3, 0, 0, 200, 0, 0, 0,
				30, 0, 0, 0, 0xe8, 3, 0, 0 };
	const uint8_t wrr[] = { 0, 3, 4, 0, 0xea, 5, 0, 0, 100, 0, 0, 0 };
	const uint8_t fopt[] = { 0, 0, 1, 0, 0xff, 0, 0, 0, 0, 0, 0, 0 };
	const uint8_t ovl[] = { 1, 2, 0, 0, 50, 0, 0, 0 };
	const uint8_t rate[] = { 3, 0, 0, 0, 0, 0, 0, 0, 0x48, 0xe8, 1, 0 };
	const uint8_t police[] = { 1, 0, 0, 0 };

	nlmsg_append(msg, &t, sizeof(t), NLMSG_ALIGNTO);
	nla_put_string(msg, TCA_KIND, "cbq");
	opts = nla_nest_start(msg, TCA_OPTIONS);
	nla_put(msg, 1, sizeof(lss), lss);
	nla_put(msg, 2, sizeof(wrr), wrr);
	nla_put(msg, 3, sizeof(fopt), fopt);
	nla_put(msg, 4, sizeof(ovl), ovl);
	nla_put(msg, 5, sizeof(rate), rate);
	nla_put(msg, 7, sizeof(police), police);
	nla_nest_end(msg, opts);
	obj = parse_back(msg, "route/qdisc");
	nlmsg_free(msg);
	ck_assert_str_eq(dump(obj, NL_DUMP_DETAILS),
		"qdisc cbq dev 1 id 1: parent root rate 122.07KiB/s (1Mbit) prio 3\n"
		"  refcnt 1avgpkt 1000 mpu 0 cell 8 allot 1514 weight 800bit\n"
		"  minidle 0us maxidle 1us offtime 0us level 2 ewma_log 5\n"
		"  penalty 3us strategy delay split 1: defmap 0x000000ff police "
		"reclassify\n");
	ck_assert_int_eq(rtnl_qdisc_build_add_request((struct rtnl_qdisc *)obj,
						      0, &again), 0);
	obj2 = parse_back(again, "route/qdisc");
	nlmsg_free(again);
	ck_assert_uint_eq(nl_object_diff(obj, obj2), 0);
	nl_object_put(obj2);
	nl_object_put(obj);
}
END_TEST

/* Random option bytes (some shaped as attributes) for every kind, as
 * qdisc and as class: parse, dump and free without a crash (run under
 * valgrind to see invalid reads). */
START_TEST(random_options)
{
	unsigned int seed = 12345;
	unsigned char buf[160];
	size_t k;
	int it;

	for (k = 0; k < sizeof(all_kinds) / sizeof(all_kinds[0]); k++) {
		for (it = 0; it < 400; it++) {
			struct tcmsg t = { .tcm_ifindex = 1 };
			int cls = it & 1;
			struct nl_msg *msg = nlmsg_alloc_simple(
				cls ? RTM_NEWTCLASS : RTM_NEWQDISC, 0);
			size_t len, i;
			struct nl_cache *c;

			seed = seed * 1103515245 + 12345;
			len = (seed >> 16) % sizeof(buf);
			for (i = 0; i < len; i++) {
				seed = seed * 1103515245 + 12345;
				buf[i] = (unsigned char)(seed >> 16);
			}
			/* every other payload starts like attributes */
			if ((it & 2) && len >= 4) {
				uint16_t l = (uint16_t)(buf[0] % (len + 4));

				memcpy(buf, &l, 2);
				buf[2] = buf[2] % 8;
				buf[3] = 0;
			}
			nlmsg_append(msg, &t, sizeof(t), NLMSG_ALIGNTO);
			nla_put_string(msg, TCA_KIND, all_kinds[k]);
			nla_put(msg, TCA_OPTIONS, (int)len, buf);
			ck_assert_int_eq(nl_cache_alloc_name(cls ? "route/class"
								 : "route/qdisc",
							     &c),
					 0);
			if (nl_cache_parse_and_add(c, msg) == 0) {
				struct nl_object *o = nl_cache_get_first(c);
				struct nl_object *cl = nl_object_clone(o);

				ck_assert_ptr_nonnull(cl);
				ck_assert_uint_eq(nl_object_diff(o, cl), 0);
				(void)dump(o, NL_DUMP_STATS);
				(void)dump(cl, NL_DUMP_STATS);
				nl_object_put(cl);
			}
			nl_cache_free(c);
			nlmsg_free(msg);
		}
	}
}
END_TEST

/* Damaged options never crash the parser. */
START_TEST(bad_options)
{
	static const char *const kinds[] = {
		"sfq", "red", "fq_codel", "dsmark", "hfsc", "netem", "mqprio",
		"prio", "pfifo", "tbf", "htb",
	};
	unsigned char junk[] = { 0x08, 0x00, 0x01, 0x00, 0xff, 0xff, 0xff };
	size_t i, len;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		for (len = 0; len <= sizeof(junk); len++) {
			struct tcmsg t = { .tcm_ifindex = 1 };
			struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWQDISC, 0);
			struct nl_cache *c;

			nlmsg_append(msg, &t, sizeof(t), NLMSG_ALIGNTO);
			nla_put_string(msg, TCA_KIND, kinds[i]);
			nla_put(msg, TCA_OPTIONS, (int)len, junk);
			ck_assert_int_eq(nl_cache_alloc_name("route/qdisc", &c),
					 0);
			(void)nl_cache_parse_and_add(c, msg);
			nl_cache_free(c);
			nlmsg_free(msg);
		}
	}
}
END_TEST

/* A fifo is sent with its limit only: without one the request is refused
 * before it leaves (libnl 3.7 answers "Invalid input data or parameter"). */
START_TEST(fifo_needs_limit)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();
	struct nl_msg *msg;

	init_tc(TC_CAST(q), "pfifo", 0x10000);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), -NLE_INVAL);
	ck_assert_int_eq(rtnl_qdisc_fifo_set_limit(q, 50), 0);
	ck_assert_int_eq(rtnl_qdisc_build_add_request(q, 0, &msg), 0);
	nlmsg_free(msg);
	rtnl_qdisc_put(q);
}
END_TEST

static Suite *kinds_suite(void)
{
	Suite *s = suite_create("tc-kinds");
	TCase *tc = tcase_create("kinds");

	tcase_add_test(tc, sfq);
	tcase_add_test(tc, red_and_plug);
	tcase_add_test(tc, fifo_needs_limit);
	tcase_add_test(tc, fq_codel);
	tcase_add_test(tc, dsmark);
	tcase_add_test(tc, hfsc);
	tcase_add_test(tc, netem);
	tcase_add_test(tc, mqprio);
	tcase_add_test(tc, htb_class_request);
	tcase_add_test(tc, bad_options);
	tcase_add_test(tc, random_options);
	tcase_add_test(tc, cbq);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(kinds_suite)
