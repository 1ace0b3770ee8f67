/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects of libnl-nf-3 built through the public API only, for
 * tests/check-nf.c.  tests/nf-expected.h holds what Debian's libnl-nf-3
 * (3.7) printed and built for the very same calls.
 */

#ifndef NF_FIXTURES_H_
#define NF_FIXTURES_H_

#include <sys/time.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/netfilter/nfnl.h>
#include <netlink/netfilter/ct.h>
#include <netlink/netfilter/exp.h>
#include <netlink/netfilter/log.h>
#include <netlink/netfilter/log_msg.h>
#include <netlink/netfilter/queue.h>
#include <netlink/netfilter/queue_msg.h>
#include <netlink/netfilter/netfilter.h>

static inline struct nl_addr *nfx_addr(const char *s)
{
	struct nl_addr *a = NULL;

	nl_addr_parse(s, AF_UNSPEC, &a);
	return a;
}

#define NFX_SET(fn, obj, dir, str)                                             \
	do {                                                                   \
		struct nl_addr *_a = nfx_addr(str);                            \
		fn(obj, dir, _a);                                              \
		nl_addr_put(_a);                                               \
	} while (0)

/* A UDP conntrack entry with both directions, counters and a mark. */
static inline struct nfnl_ct *nfx_ct(void)
{
	struct nfnl_ct *ct = nfnl_ct_alloc();

	nfnl_ct_set_family(ct, AF_INET);
	nfnl_ct_set_proto(ct, 17);
	NFX_SET(nfnl_ct_set_src, ct, 0, "10.1.0.1");
	NFX_SET(nfnl_ct_set_dst, ct, 0, "10.1.0.254");
	nfnl_ct_set_src_port(ct, 0, 53000);
	nfnl_ct_set_dst_port(ct, 0, 53);
	NFX_SET(nfnl_ct_set_src, ct, 1, "10.1.0.254");
	NFX_SET(nfnl_ct_set_dst, ct, 1, "10.1.0.1");
	nfnl_ct_set_src_port(ct, 1, 53);
	nfnl_ct_set_dst_port(ct, 1, 53000);
	nfnl_ct_set_timeout(ct, 60);
	nfnl_ct_set_mark(ct, 7);
	nfnl_ct_set_status(ct, 0x8);
	nfnl_ct_set_use(ct, 1);
	nfnl_ct_set_id(ct, 0x1234);
	nfnl_ct_set_zone(ct, 3);
	nfnl_ct_set_packets(ct, 0, 10);
	nfnl_ct_set_bytes(ct, 0, 1000);
	nfnl_ct_set_packets(ct, 1, 20);
	nfnl_ct_set_bytes(ct, 1, 2000);
	nfnl_ct_set_timestamp(ct, 1000000000ULL, 3000000000ULL);
	return ct;
}

/* A TCP entry with a state, and an ICMP one. */
static inline struct nfnl_ct *nfx_ct_tcp(void)
{
	struct nfnl_ct *ct = nfnl_ct_alloc();

	nfnl_ct_set_family(ct, AF_INET6);
	nfnl_ct_set_proto(ct, 6);
	nfnl_ct_set_tcp_state(ct, 3);
	NFX_SET(nfnl_ct_set_src, ct, 0, "fd00::1");
	NFX_SET(nfnl_ct_set_dst, ct, 0, "fd00::2");
	nfnl_ct_set_src_port(ct, 0, 40000);
	nfnl_ct_set_dst_port(ct, 0, 80);
	nfnl_ct_set_status(ct, 0xe);
	return ct;
}

static inline struct nfnl_ct *nfx_ct_icmp(void)
{
	struct nfnl_ct *ct = nfnl_ct_alloc();

	nfnl_ct_set_family(ct, AF_INET);
	nfnl_ct_set_proto(ct, 1);
	NFX_SET(nfnl_ct_set_src, ct, 0, "10.0.0.1");
	NFX_SET(nfnl_ct_set_dst, ct, 0, "10.0.0.2");
	nfnl_ct_set_icmp_id(ct, 0, 77);
	nfnl_ct_set_icmp_type(ct, 0, 8);
	nfnl_ct_set_icmp_code(ct, 0, 0);
	return ct;
}

static inline struct nfnl_exp *nfx_exp(void)
{
	struct nfnl_exp *e = nfnl_exp_alloc();
	int t;

	nfnl_exp_set_family(e, AF_INET);
	nfnl_exp_set_timeout(e, 30);
	nfnl_exp_set_id(e, 9);
	nfnl_exp_set_helper_name(e, (void *)"ftp");
	nfnl_exp_set_zone(e, 2);
	nfnl_exp_set_flags(e, 1);
	nfnl_exp_set_class(e, 1);
	nfnl_exp_set_fn(e, (void *)"fn");
	nfnl_exp_set_nat_dir(e, 1);
	for (t = NFNL_EXP_TUPLE_EXPECT; t < NFNL_EXP_TUPLE_MAX; t++) {
		NFX_SET(nfnl_exp_set_src, e, t, "10.2.0.1");
		NFX_SET(nfnl_exp_set_dst, e, t, "10.2.0.2");
		nfnl_exp_set_l4protonum(e, t, 6);
		nfnl_exp_set_ports(e, t, 1000 + t, 2000 + t);
	}
	return e;
}

static inline struct nfnl_log *nfx_log(void)
{
	struct nfnl_log *l = nfnl_log_alloc();

	nfnl_log_set_group(l, 5);
	nfnl_log_set_copy_mode(l, NFNL_LOG_COPY_PACKET);
	nfnl_log_set_copy_range(l, 0xffff);
	nfnl_log_set_flush_timeout(l, 100);
	nfnl_log_set_alloc_size(l, 4096);
	nfnl_log_set_queue_threshold(l, 10);
	nfnl_log_set_flags(l, NFNL_LOG_FLAG_SEQ | NFNL_LOG_FLAG_CONNTRACK);
	return l;
}

static inline struct nfnl_queue *nfx_queue(void)
{
	struct nfnl_queue *q = nfnl_queue_alloc();

	nfnl_queue_set_group(q, 3);
	nfnl_queue_set_maxlen(q, 1024);
	nfnl_queue_set_copy_mode(q, NFNL_QUEUE_COPY_PACKET);
	nfnl_queue_set_copy_range(q, 0xffff);
	return q;
}

static inline struct nfnl_log_msg *nfx_log_msg(void)
{
	static uint8_t hw[6] = { 2, 0, 0, 0, 0, 1 };
	static uint8_t payload[8] = { 0x45, 0, 0, 28, 0, 0, 0x40, 0 };
	struct nfnl_log_msg *m = nfnl_log_msg_alloc();
	struct timeval tv = { .tv_sec = 5, .tv_usec = 7 };

	nfnl_log_msg_set_family(m, AF_INET);
	nfnl_log_msg_set_hwproto(m, 0x0800);
	nfnl_log_msg_set_hook(m, 1);
	nfnl_log_msg_set_mark(m, 3);
	nfnl_log_msg_set_timestamp(m, &tv);
	nfnl_log_msg_set_indev(m, 2);
	nfnl_log_msg_set_outdev(m, 4);
	nfnl_log_msg_set_hwaddr(m, hw, 6);
	nfnl_log_msg_set_payload(m, payload, 8);
	nfnl_log_msg_set_prefix(m, (void *)"pfx ");
	nfnl_log_msg_set_uid(m, 1000);
	nfnl_log_msg_set_gid(m, 100);
	nfnl_log_msg_set_seq(m, 11);
	nfnl_log_msg_set_seq_global(m, 12);
	nfnl_log_msg_set_hwtype(m, 1);
	nfnl_log_msg_set_hwlen(m, 14);
	nfnl_log_msg_set_vlan_proto(m, 0x8100);
	nfnl_log_msg_set_vlan_tag(m, 0x2005);
	return m;
}

static inline struct nfnl_queue_msg *nfx_queue_msg(void)
{
	static uint8_t hw[6] = { 2, 0, 0, 0, 0, 1 };
	static uint8_t payload[4] = { 1, 2, 3, 4 };
	struct nfnl_queue_msg *m = nfnl_queue_msg_alloc();
	struct timeval tv = { .tv_sec = 5, .tv_usec = 7 };

	nfnl_queue_msg_set_group(m, 3);
	nfnl_queue_msg_set_family(m, AF_INET);
	nfnl_queue_msg_set_packetid(m, 42);
	nfnl_queue_msg_set_hwproto(m, 0x0800);
	nfnl_queue_msg_set_hook(m, 2);
	nfnl_queue_msg_set_mark(m, 9);
	nfnl_queue_msg_set_timestamp(m, &tv);
	nfnl_queue_msg_set_indev(m, 2);
	nfnl_queue_msg_set_outdev(m, 3);
	nfnl_queue_msg_set_hwaddr(m, hw, 6);
	nfnl_queue_msg_set_payload(m, payload, 4);
	nfnl_queue_msg_set_verdict(m, 1);
	return m;
}

#endif
