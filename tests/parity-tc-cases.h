/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Traffic control requests of the parity suite: each case builds one
 * request with calls that upstream's libnl has too, so that the same
 * cases, run against Debian's libnl 3.7, gave the expected bytes.
 * A case returns the build's result and the message in *m.
 */

#ifndef PARITY_TC_CASES_H_
#define PARITY_TC_CASES_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/qdisc/htb.h>
#include <netlink/route/qdisc/tbf.h>
#include <netlink/route/qdisc/sfq.h>
#include <netlink/route/qdisc/prio.h>
#include <netlink/route/qdisc/fifo.h>
#include <netlink/route/qdisc/netem.h>
#include <netlink/route/qdisc/fq_codel.h>
#include <netlink/route/qdisc/mqprio.h>
#include <netlink/route/qdisc/hfsc.h>
#include <netlink/route/cls/u32.h>
#include <netlink/route/cls/flower.h>
#include <netlink/route/act/gact.h>
#include <netlink/route/act/mirred.h>
#include <netlink/route/act/nat.h>
#include <netlink/route/act/skbedit.h>
#include <netlink/route/act/vlan.h>
#include <linux/pkt_sched.h>
#include <linux/pkt_cls.h>
#include <linux/tc_act/tc_vlan.h>
#include <arpa/inet.h>

static struct rtnl_qdisc *pc_qdisc(const char *kind)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();

	rtnl_tc_set_ifindex(TC_CAST(q), 2);
	rtnl_tc_set_handle(TC_CAST(q), 0x10000);
	rtnl_tc_set_parent(TC_CAST(q), TC_H_ROOT);
	rtnl_tc_set_kind(TC_CAST(q), kind);
	return q;
}

static int pc_qdisc_done(struct rtnl_qdisc *q, int flags, struct nl_msg **m)
{
	int r = rtnl_qdisc_build_add_request(q, flags, m);

	rtnl_qdisc_put(q);
	return r;
}

static int pc_htb_qdisc(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("htb");

	rtnl_htb_set_defcls(q, 0x10005);
	rtnl_htb_set_rate2quantum(q, 10);
	return pc_qdisc_done(q, 0, m);
}

static int pc_htb_class(struct nl_msg **m)
{
	struct rtnl_class *c = rtnl_class_alloc();
	int r;

	rtnl_tc_set_ifindex(TC_CAST(c), 2);
	rtnl_tc_set_handle(TC_CAST(c), 0x10005);
	rtnl_tc_set_parent(TC_CAST(c), 0x10000);
	rtnl_tc_set_kind(TC_CAST(c), "htb");
	rtnl_htb_set_rate(c, 125000);
	rtnl_htb_set_ceil(c, 250000);
	rtnl_htb_set_prio(c, 3);
	rtnl_htb_set_rbuffer(c, 4000);
	rtnl_htb_set_cbuffer(c, 5000);
	rtnl_htb_set_quantum(c, 1500);
	r = rtnl_class_build_add_request(c, NLM_F_CREATE, m);
	rtnl_class_put(c);
	return r;
}

static int pc_tbf(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("tbf");

	rtnl_qdisc_tbf_set_limit(q, 10000);
	rtnl_qdisc_tbf_set_rate(q, 125000, 3000, 0);
	rtnl_qdisc_tbf_set_peakrate(q, 250000, 2000, 0);
	rtnl_qdisc_tbf_set_peakrate(q, 250000, 2000, 8);
	return pc_qdisc_done(q, NLM_F_CREATE, m);
}

static int pc_sfq(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("sfq");

	rtnl_sfq_set_quantum(q, 1514);
	rtnl_sfq_set_limit(q, 100);
	rtnl_sfq_set_perturb(q, 10);
	return pc_qdisc_done(q, 0, m);
}

static int pc_prio(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("prio");
	uint8_t map[16] = { 1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1 };

	rtnl_qdisc_prio_set_bands(q, 3);
	rtnl_qdisc_prio_set_priomap(q, map, sizeof(map));
	return pc_qdisc_done(q, 0, m);
}

static int pc_pfifo(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("pfifo");

	rtnl_qdisc_fifo_set_limit(q, 77);
	return pc_qdisc_done(q, 0, m);
}

static int pc_fq_codel(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("fq_codel");

	rtnl_qdisc_fq_codel_set_limit(q, 1000);
	rtnl_qdisc_fq_codel_set_target(q, 5000);
	rtnl_qdisc_fq_codel_set_interval(q, 100000);
	rtnl_qdisc_fq_codel_set_quantum(q, 1514);
	rtnl_qdisc_fq_codel_set_flows(q, 1024);
	rtnl_qdisc_fq_codel_set_ecn(q, 1);
	return pc_qdisc_done(q, 0, m);
}

static int pc_hfsc(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("hfsc");

	rtnl_qdisc_hfsc_set_defcls(q, 0x10);
	return pc_qdisc_done(q, 0, m);
}

static int pc_mqprio(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("mqprio");
	uint8_t map[4] = { 0, 1, 0, 1 };
	uint16_t cnt[2] = { 1, 1 }, off[2] = { 0, 1 };
	uint64_t minr[2] = { 1000, 2000 }, maxr[2] = { 3000, 4000 };

	rtnl_qdisc_mqprio_set_num_tc(q, 2);
	rtnl_qdisc_mqprio_set_priomap(q, map, 4);
	rtnl_qdisc_mqprio_set_queue(q, cnt, off, 2);
	rtnl_qdisc_mqprio_hw_offload(q, 1);
	rtnl_qdisc_mqprio_set_mode(q, TC_MQPRIO_MODE_CHANNEL);
	rtnl_qdisc_mqprio_set_shaper(q, TC_MQPRIO_SHAPER_BW_RATE);
	rtnl_qdisc_mqprio_set_min_rate(q, minr, 2);
	rtnl_qdisc_mqprio_set_max_rate(q, maxr, 2);
	return pc_qdisc_done(q, NLM_F_CREATE, m);
}

static int pc_ingress(struct nl_msg **m)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();

	rtnl_tc_set_ifindex(TC_CAST(q), 3);
	rtnl_tc_set_parent(TC_CAST(q), TC_H_INGRESS);
	rtnl_tc_set_kind(TC_CAST(q), "ingress");
	return pc_qdisc_done(q, NLM_F_CREATE, m);
}

static int pc_qdisc_delete(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("sfq");
	int r = rtnl_qdisc_build_delete_request(q, m);

	rtnl_qdisc_put(q);
	return r;
}

static int pc_qdisc_change(struct nl_msg **m)
{
	struct rtnl_qdisc *q = pc_qdisc("sfq"), *n = rtnl_qdisc_alloc();
	int r;

	rtnl_tc_set_kind(TC_CAST(n), "sfq");
	rtnl_sfq_set_limit(n, 10);
	r = rtnl_qdisc_build_change_request(q, n, m);
	rtnl_qdisc_put(q);
	rtnl_qdisc_put(n);
	return r;
}

static struct rtnl_cls *pc_cls(const char *kind)
{
	struct rtnl_cls *c = rtnl_cls_alloc();

	rtnl_tc_set_ifindex(TC_CAST(c), 2);
	rtnl_tc_set_parent(TC_CAST(c), 0x10000);
	rtnl_tc_set_handle(TC_CAST(c), 0x800);
	rtnl_cls_set_prio(c, 5);
	rtnl_cls_set_protocol(c, 0x0800);
	rtnl_tc_set_kind(TC_CAST(c), kind);
	return c;
}

static int pc_cls_done(struct rtnl_cls *c, int flags, struct nl_msg **m)
{
	int r = rtnl_cls_build_add_request(c, flags, m);

	rtnl_cls_put(c);
	return r;
}

static int pc_u32(struct nl_msg **m)
{
	struct rtnl_cls *c = pc_cls("u32");

	rtnl_u32_set_flags(c, 8);
	rtnl_u32_add_key_uint32(c, 0x0a000000, 0xff000000, 18, 0);
	rtnl_u32_add_key_uint16(c, 0x1234, 0xffff, 22, 0);
	rtnl_u32_add_key_uint8(c, 5, 0xf, 9, 0);
	rtnl_u32_set_flags(c, 2);
	rtnl_u32_set_cls_terminal(c);
	rtnl_u32_set_classid(c, 0x10005);
	return pc_cls_done(c, NLM_F_CREATE, m);
}

static int pc_cgroup(struct nl_msg **m)
{
	return pc_cls_done(pc_cls("cgroup"), 0, m);
}

static int pc_flower(struct nl_msg **m)
{
	struct rtnl_cls *c = pc_cls("flower");
	unsigned char mac[6] = { 2, 0, 0, 0, 0, 1 };
	unsigned char msk[6] = { 0xff, 0xff, 0xff, 0, 0, 0 };

	rtnl_flower_set_flags(c, 1);
	rtnl_flower_set_proto(c, 0x8100);
	rtnl_flower_set_vlan_id(c, 10);
	rtnl_flower_set_vlan_prio(c, 1);
	rtnl_flower_set_vlan_ethtype(c, 0x0800);
	rtnl_flower_set_dst_mac(c, mac, msk);
	rtnl_flower_set_src_mac(c, mac, msk);
	rtnl_flower_set_ip_dscp(c, 46, 63);
	rtnl_flower_set_ipv4_src(c, inet_addr("10.0.0.1"),
				 inet_addr("255.255.255.0"));
	rtnl_flower_set_ipv4_dst(c, inet_addr("10.0.1.1"),
				 inet_addr("255.255.0.0"));
	return pc_cls_done(c, NLM_F_CREATE, m);
}

static int pc_cls_delete(struct nl_msg **m)
{
	struct rtnl_cls *c = pc_cls("u32");
	int r = rtnl_cls_build_delete_request(c, 0, m);

	rtnl_cls_put(c);
	return r;
}

static struct rtnl_act *pc_act(const char *kind)
{
	struct rtnl_act *a = rtnl_act_alloc();

	rtnl_tc_set_kind(TC_CAST(a), kind);
	return a;
}

static int pc_act_done(struct rtnl_act *a, struct nl_msg **m)
{
	int r = rtnl_act_build_add_request(a, 0, m);

	rtnl_act_put(a);
	return r;
}

static int pc_gact_fresh(struct nl_msg **m)
{
	return pc_act_done(pc_act("gact"), m);
}

static int pc_mirred(struct nl_msg **m)
{
	struct rtnl_act *a = pc_act("mirred");

	rtnl_mirred_set_action(a, TCA_EGRESS_REDIR);
	rtnl_mirred_set_policy(a, TC_ACT_STOLEN);
	rtnl_mirred_set_ifindex(a, 4);
	return pc_act_done(a, m);
}

static int pc_nat(struct nl_msg **m)
{
	struct rtnl_act *a = pc_act("nat");

	rtnl_nat_set_old_addr(a, inet_addr("10.0.0.0"));
	rtnl_nat_set_new_addr(a, inet_addr("192.168.0.0"));
	rtnl_nat_set_mask(a, inet_addr("255.255.0.0"));
	rtnl_nat_set_flags(a, TCA_NAT_FLAG_EGRESS);
	rtnl_nat_set_action(a, TC_ACT_PIPE);
	return pc_act_done(a, m);
}

static int pc_skbedit(struct nl_msg **m)
{
	struct rtnl_act *a = pc_act("skbedit");

	rtnl_skbedit_set_action(a, TC_ACT_PIPE);
	rtnl_skbedit_set_queue_mapping(a, 3);
	rtnl_skbedit_set_priority(a, 0x10001);
	rtnl_skbedit_set_mark(a, 7);
	return pc_act_done(a, m);
}

static int pc_vlan_act(struct nl_msg **m)
{
	struct rtnl_act *a = pc_act("vlan");

	rtnl_vlan_set_mode(a, TCA_VLAN_ACT_PUSH);
	rtnl_vlan_set_action(a, TC_ACT_PIPE);
	rtnl_vlan_set_vlan_id(a, 42);
	rtnl_vlan_set_vlan_prio(a, 5);
	rtnl_vlan_set_protocol(a, htons(0x88a8));
	return pc_act_done(a, m);
}

static int pc_act_list(struct nl_msg **m)
{
	struct rtnl_act *a = pc_act("gact"), *b = rtnl_act_alloc();
	struct rtnl_act *c = pc_act("gact"), *list = NULL;
	int r;

	rtnl_gact_set_action(a, TC_ACT_SHOT);
	rtnl_gact_set_action(c, TC_ACT_OK);
	rtnl_act_append(&list, a);
	rtnl_act_append(&list, b);	/* without kind: puts nothing */
	rtnl_act_append(&list, c);
	r = rtnl_act_build_add_request(list, 0, m);
	rtnl_act_put_all(&list);
	return r;
}

struct pc_case {
	const char *name;
	int (*build)(struct nl_msg **m);
};

static const struct pc_case pc_cases[] = {
	{ "htb_qdisc", pc_htb_qdisc },
	{ "htb_class", pc_htb_class },
	{ "tbf", pc_tbf },
	{ "sfq", pc_sfq },
	{ "prio", pc_prio },
	{ "pfifo", pc_pfifo },
	{ "fq_codel", pc_fq_codel },
	{ "hfsc", pc_hfsc },
	{ "mqprio", pc_mqprio },
	{ "ingress", pc_ingress },
	{ "qdisc_delete", pc_qdisc_delete },
	{ "qdisc_change", pc_qdisc_change },
	{ "u32", pc_u32 },
	{ "cgroup", pc_cgroup },
	{ "flower", pc_flower },
	{ "cls_delete", pc_cls_delete },
	{ "gact_fresh", pc_gact_fresh },
	{ "mirred", pc_mirred },
	{ "nat", pc_nat },
	{ "skbedit", pc_skbedit },
	{ "vlan_act", pc_vlan_act },
	{ "act_list", pc_act_list },
};

#endif
