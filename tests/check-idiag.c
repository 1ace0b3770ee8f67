/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-idiag-3 without a kernel: names, objects, dump text (as Debian's
 * libnl 3.7 prints it), parsing of good and malformed messages.
 */

#include <string.h>
#include <stdio.h>
#include <arpa/inet.h>
#include <netinet/tcp.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/object.h>
#include <netlink/idiag/idiagnl.h>
#include <netlink/idiag/msg.h>
#include <netlink/idiag/req.h>
#include <netlink/idiag/meminfo.h>
#include <netlink/idiag/vegasinfo.h>
#include "nltest.h"

#define O(x) ((struct nl_object *)(x))

/* Expected text, as Debian's libnl-idiag-3 3.7 prints the same objects. */
static const char exp_msg_line[] =
	"family: inet6 src: fd00::1:20480 dst: fd00::2:23569 iif: 5 \n";

static const char exp_msg_details[] =
	"\n"
	"family: inet6\n"
	"state: established\n"
	"timer (keepalive, 1s 234msec, retransmits: 3)\n"
	"source: fd00::1:20480\n"
	"destination: fd00::2:23569\n"
	"ifindex: 5\n"
	"rqueue: 7      wqueue: 9     \n"
	"uid 1000\n"
	"inode 4242\n"
	"socket shutdown: (null)\n"
	"tos: 0x10\n"
	"traffic class: 3\n"
	"congestion algorithm: vegas\n";

static const char exp_msg_stats[] =
	"\n"
	"family: inet6\n"
	"state: established\n"
	"timer (keepalive, 1s 234msec, retransmits: 3)\n"
	"source: fd00::1:20480\n"
	"destination: fd00::2:23569\n"
	"ifindex: 5\n"
	"rqueue: 7      wqueue: 9     \n"
	"uid 1000\n"
	"inode 4242\n"
	"socket shutdown: (null)\n"
	"tos: 0x10\n"
	"traffic class: 3\n"
	"congestion algorithm: vegas\n"
	"tcp info:  [\n"
	"\tsocket state: established\n"
	"\ttcp state: recovery\n"
	"\tretransmits: 2\n"
	"\tprobes: 1\n"
	"\tbackoff: 4\n"
	"\toptions: timestamps,sACK,wscale,ecn\n"
	"\tsnd_wscale: 7\n"
	"\trcv_wscale: 6\n"
	"\trto: 200000\n"
	"\tato: 40000\n"
	"\tsnd_mss: 1.4KiB\n"
	"\trcv_mss: infB\n"
	"\tunacked: 1\n"
	"\tsacked: 2\n"
	"\tlost: 3\n"
	"\tretransmit segments: 4\n"
	"\tfackets: 5\n"
	"\tlast data sent: 6msec\n"
	"\tlast ack sent: 7msec\n"
	"\tlast data recv: 8msec\n"
	"\tlast ack recv: 9msec\n"
	"\tpath mtu: 1.5KiB\n"
	"\trcv ss threshold: 10\n"
	"\tsmoothed round trip time: 11\n"
	"\tround trip time variation: 12\n"
	"\tsnd ss threshold: infB\n"
	"\tsend congestion window: 14\n"
	"\tadvertised mss: 1.4KiB\n"
	"\treordering: 15\n"
	"\trcv rround trip time: 16\n"
	"\treceive queue space: infB\n"
	"\ttotal retransmits: 18\n"
	"]\n"
	"meminfo:  [\n"
	"\trmem: infB\n"
	"\twmem: 2KiB\n"
	"\tfmem: 2.9MiB\n"
	"\ttmem: infB\n"
	"]\n"
	"vegasinfo:  [\n"
	"\tvegas enabled: 1\n"
	"\trtt cnt: 2\trtt (propagation delay): 3\tmin rtt: 4]\n"
	"skmeminfo:  [\n"
	"\trmem alloc: 0\n"
	"\trcv buf: 0B\n"
	"\twmem alloc: 0\n"
	"\tsnd buf: 0B\n"
	"\tfwd alloc: 0\n"
	"\twmem queued: 0B\n"
	"\topt mem: 0\n"
	"\tbacklog: 0\n"
	"]\n"
	"\n";

static const char exp_req_line[] =
	"inet src 10.0.0.1 dst 10.0.0.2 iif 2 \n";

static const char exp_req_details[] =
	"    inet exts meminfo,info src 10.0.0.1 dst 10.0.0.2 iif 2 states 0x400 dbs 7\n";

static const char exp_empty_line[] =
	"family: unspec src: none:0 dst: none:0 iif: 0 \n";

static char out[8192];

static const char *dump(struct nl_object *obj, enum nl_dump_type type)
{
	FILE *f = fmemopen(out, sizeof(out) - 1, "w");
	struct nl_dump_params p = { .dp_type = type, .dp_fd = f };

	memset(out, 0, sizeof(out));
	nl_object_dump(obj, &p);
	fclose(f);
	return out;
}

START_TEST(test_names)
{
	char b[128];

	ck_assert_str_eq(idiagnl_state2str(IDIAG_SS_LISTEN, b, sizeof(b)), "listen");
	ck_assert_str_eq(idiagnl_state2str(IDIAG_SS_FIN_WAIT1, b, sizeof(b)), "fin_wait");
	ck_assert_str_eq(idiagnl_state2str(0, b, sizeof(b)), "0x0");
	ck_assert_str_eq(idiagnl_state2str(12, b, sizeof(b)), "0xc");
	ck_assert_int_eq(idiagnl_str2state("LISTEN"), IDIAG_SS_LISTEN);
	ck_assert_int_eq(idiagnl_str2state("close_wait"), IDIAG_SS_CLOSE_WAIT);
	ck_assert_int_eq(idiagnl_str2state("foo"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(idiagnl_str2state(""), -NLE_INVAL);
	ck_assert_str_eq(idiagnl_timer2str(IDIAGNL_TIMER_PERSIST, b, sizeof(b)), "persist");
	ck_assert_str_eq(idiagnl_timer2str(6, b, sizeof(b)), "0x6");
	ck_assert_int_eq(idiagnl_str2timer("keepalive"), IDIAGNL_TIMER_KEEPALIVE);
	ck_assert_int_eq(idiagnl_str2timer("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(idiagnl_attrs2str(IDIAG_ATTR_CONG, b, sizeof(b)), "congestion");
	ck_assert_str_eq(idiagnl_attrs2str(IDIAG_ATTR_NONE, b, sizeof(b)), "none");
	ck_assert_str_eq(idiagnl_attrs2str(9, b, sizeof(b)), "0x9");
	ck_assert_str_eq(idiagnl_tcpstate2str(TCP_CA_Recovery, b, sizeof(b)), "recovery");
	ck_assert_str_eq(idiagnl_tcpopts2str(7, b, sizeof(b)), "timestamps,sACK,wscale");
	ck_assert_str_eq(idiagnl_tcpopts2str(17, b, sizeof(b)), "timestamps,");
	ck_assert_str_eq(idiagnl_tcpopts2str(0, b, sizeof(b)), "");
	ck_assert_str_eq(idiagnl_exts2str(0x81, b, sizeof(b)), "meminfo,shutdown");
	ck_assert_str_eq(idiagnl_exts2str(0xff, b, sizeof(b)),
			 "meminfo,info,vegasinfo,congestion,tos,tclass,skmeminfo,shutdown");
	ck_assert_str_eq(idiagnl_shutdown2str(0, b, sizeof(b)), " ");
	ck_assert_str_eq(idiagnl_shutdown2str(1, b, sizeof(b)), "receive shutdown");
	ck_assert_str_eq(idiagnl_shutdown2str(2, b, sizeof(b)), "send shutdown");
	ck_assert_ptr_null(idiagnl_shutdown2str(3, b, sizeof(b)));
}
END_TEST

static struct idiagnl_msg *full_msg(void)
{
	struct idiagnl_msg *m = idiagnl_msg_alloc();
	struct idiagnl_meminfo *mi = idiagnl_meminfo_alloc();
	struct idiagnl_vegasinfo *vi = idiagnl_vegasinfo_alloc();
	struct nl_addr *a;
	struct tcp_info ti;

	idiagnl_msg_set_family(m, AF_INET6);
	idiagnl_msg_set_state(m, 1);
	idiagnl_msg_set_timer(m, 2);
	idiagnl_msg_set_retrans(m, 3);
	idiagnl_msg_set_sport(m, 80);
	idiagnl_msg_set_dport(m, 4444);
	ck_assert_int_eq(nl_addr_parse("fd00::1", AF_INET6, &a), 0);
	ck_assert_int_eq(idiagnl_msg_set_src(m, a), 0);
	nl_addr_put(a);
	ck_assert_int_eq(nl_addr_parse("fd00::2", AF_INET6, &a), 0);
	ck_assert_int_eq(idiagnl_msg_set_dst(m, a), 0);
	nl_addr_put(a);
	idiagnl_msg_set_ifindex(m, 5);
	idiagnl_msg_set_expires(m, 1234);
	idiagnl_msg_set_rqueue(m, 7);
	idiagnl_msg_set_wqueue(m, 9);
	idiagnl_msg_set_uid(m, 1000);
	idiagnl_msg_set_inode(m, 4242);
	idiagnl_msg_set_tos(m, 0x10);
	idiagnl_msg_set_tclass(m, 3);
	idiagnl_msg_set_shutdown(m, 3);
	idiagnl_msg_set_cong(m, "vegas");
	idiagnl_meminfo_set_rmem(mi, 1);
	idiagnl_meminfo_set_wmem(mi, 2048);
	idiagnl_meminfo_set_fmem(mi, 3000000);
	idiagnl_meminfo_set_tmem(mi, 4);
	idiagnl_msg_set_meminfo(m, mi);
	idiagnl_meminfo_put(mi);
	idiagnl_vegasinfo_set_enabled(vi, 1);
	idiagnl_vegasinfo_set_rttcnt(vi, 2);
	idiagnl_vegasinfo_set_rtt(vi, 3);
	idiagnl_vegasinfo_set_minrtt(vi, 4);
	idiagnl_msg_set_vegasinfo(m, vi);
	idiagnl_vegasinfo_put(vi);
	memset(&ti, 0, sizeof(ti));
	ti.tcpi_state = 1; ti.tcpi_ca_state = 3; ti.tcpi_retransmits = 2;
	ti.tcpi_probes = 1; ti.tcpi_backoff = 4; ti.tcpi_options = 15;
	ti.tcpi_snd_wscale = 7; ti.tcpi_rcv_wscale = 6; ti.tcpi_rto = 200000;
	ti.tcpi_ato = 40000; ti.tcpi_snd_mss = 1448; ti.tcpi_rcv_mss = 536;
	ti.tcpi_unacked = 1; ti.tcpi_sacked = 2; ti.tcpi_lost = 3;
	ti.tcpi_retrans = 4; ti.tcpi_fackets = 5; ti.tcpi_last_data_sent = 6;
	ti.tcpi_last_ack_sent = 7; ti.tcpi_last_data_recv = 8;
	ti.tcpi_last_ack_recv = 9; ti.tcpi_pmtu = 1500; ti.tcpi_rcv_ssthresh = 10;
	ti.tcpi_rtt = 11; ti.tcpi_rttvar = 12; ti.tcpi_snd_ssthresh = 13;
	ti.tcpi_snd_cwnd = 14; ti.tcpi_advmss = 1460; ti.tcpi_reordering = 15;
	ti.tcpi_rcv_rtt = 16; ti.tcpi_rcv_space = 17; ti.tcpi_total_retrans = 18;
	idiagnl_msg_set_tcpinfo(m, &ti);
	return m;
}

START_TEST(test_msg_dump)
{
	struct idiagnl_msg *m = full_msg(), *c, *e = idiagnl_msg_alloc();
	char b[512];

	ck_assert_str_eq(dump(O(m), NL_DUMP_LINE), exp_msg_line);
	ck_assert_str_eq(dump(O(m), NL_DUMP_DETAILS), exp_msg_details);
	ck_assert_str_eq(dump(O(m), NL_DUMP_STATS), exp_msg_stats);
	ck_assert_str_eq(dump(O(e), NL_DUMP_LINE), exp_empty_line);
	ck_assert_str_eq(nl_object_attrs2str(O(m), 0xffffffff, b, sizeof(b)),
			 "family,state,timer,retrans,sport,dport,src,dst,ifindex,"
			 "expires,rqueue,wqueue,uid,inode,tos,tclass,shutdown,cong,"
			 "meminfo,vegasinfo,tcpinfo,skmeminfo,");
	ck_assert_str_eq(nl_object_get_type(O(m)), "idiag/idiag_msg");

	/* a clone is a deep, equal copy */
	c = (struct idiagnl_msg *)nl_object_clone(O(m));
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(idiagnl_msg_get_meminfo(c), idiagnl_msg_get_meminfo(m));
	ck_assert_ptr_ne(idiagnl_msg_get_cong(c), idiagnl_msg_get_cong(m));
	ck_assert_int_eq(nl_object_diff(O(m), O(c)), 0);
	ck_assert_str_eq(dump(O(c), NL_DUMP_STATS), exp_msg_stats);

	/* identity: family, ports, addresses; the rest only differs */
	idiagnl_msg_set_rqueue(c, 99);
	ck_assert_int_eq(nl_object_diff(O(m), O(c)), 1 << 11);
	ck_assert_int_eq(nl_object_identical(O(m), O(c)), 1);
	idiagnl_msg_set_sport(c, 81);
	ck_assert_int_eq(nl_object_identical(O(m), O(c)), 0);
	/* presence alone makes a difference */
	ck_assert_int_eq(nl_object_diff(O(e), O(m)) & (1 << 21), 1 << 21);

	idiagnl_msg_set_cong(c, NULL);
	ck_assert_ptr_null(idiagnl_msg_get_cong(c));
	idiagnl_msg_put(c);
	idiagnl_msg_put(m);
	idiagnl_msg_put(e);
}
END_TEST

START_TEST(test_vegas_block)
{
	struct idiagnl_msg *m = idiagnl_msg_alloc();
	struct idiagnl_vegasinfo *v = idiagnl_vegasinfo_alloc();

	idiagnl_vegasinfo_set_rttcnt(v, 5);
	idiagnl_msg_set_vegasinfo(m, v);
	ck_assert_ptr_nonnull(strstr(dump(O(m), NL_DUMP_STATS),
				     "]\nvegasinfo:  [\n\tvegas enabled: 0\n]\n"));
	idiagnl_vegasinfo_set_enabled(v, 2);
	ck_assert_uint_eq(idiagnl_vegasinfo_get_rttcnt(v), 5);
	ck_assert_ptr_nonnull(strstr(dump(O(m), NL_DUMP_STATS),
				     "\tvegas enabled: 2\n\trtt cnt: 5\trtt (propagation delay): 0\tmin rtt: 0]\n"));
	/* without meminfo there is no memory block */
	ck_assert_ptr_null(strstr(out, "skmeminfo"));
	idiagnl_vegasinfo_put(v);
	idiagnl_msg_put(m);
}
END_TEST

START_TEST(test_req)
{
	struct idiagnl_req *r = idiagnl_req_alloc(), *p;
	struct nl_addr *a;
	struct nl_msg *msg;
	struct inet_diag_req raw;

	idiagnl_req_set_family(r, AF_INET);
	idiagnl_req_set_ext(r, 3);
	idiagnl_req_set_ifindex(r, 2);
	idiagnl_req_set_states(r, 1 << 10);
	idiagnl_req_set_dbs(r, 7);
	ck_assert_int_eq(nl_addr_parse("10.0.0.1", AF_INET, &a), 0);
	ck_assert_int_eq(idiagnl_req_set_src(r, a), 0);
	nl_addr_put(a);
	ck_assert_int_eq(nl_addr_parse("10.0.0.2", AF_INET, &a), 0);
	ck_assert_int_eq(idiagnl_req_set_dst(r, a), 0);
	nl_addr_put(a);
	ck_assert_str_eq(dump(O(r), NL_DUMP_LINE), exp_req_line);
	ck_assert_str_eq(dump(O(r), NL_DUMP_DETAILS), exp_req_details);

	/* parse a request message back */
	memset(&raw, 0, sizeof(raw));
	raw.idiag_family = AF_INET;
	raw.idiag_ext = 3;
	raw.idiag_states = 1 << 10;
	raw.idiag_dbs = 7;
	raw.id.idiag_if = 2;
	raw.id.idiag_src[0] = htonl(0x0a000001);
	raw.id.idiag_dst[0] = htonl(0x0a000002);
	msg = nlmsg_alloc_simple(IDIAG_TCPDIAG_GETSOCK, 0);
	ck_assert_int_eq(nlmsg_append(msg, &raw, sizeof(raw), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(idiagnl_req_parse(nlmsg_hdr(msg), &p), 0);
	ck_assert_str_eq(dump(O(p), NL_DUMP_DETAILS), exp_req_details);
	ck_assert_uint_eq(idiagnl_req_get_states(p), 1 << 10);
	ck_assert_uint_eq(idiagnl_req_get_dbs(p), 7);
	idiagnl_req_put(p);
	/* too short */
	nlmsg_hdr(msg)->nlmsg_len = NLMSG_LENGTH(4);
	ck_assert_int_eq(idiagnl_req_parse(nlmsg_hdr(msg), &p), -NLE_MSG_TOOSHORT);
	nlmsg_free(msg);
	idiagnl_req_put(r);
}
END_TEST

/* A diag message as the kernel sends one, with @extra appended. */
static struct nl_msg *diag_msg(void)
{
	struct inet_diag_msg raw;
	struct nl_msg *msg = nlmsg_alloc_simple(IDIAG_TCPDIAG_GETSOCK, NLM_F_MULTI);

	memset(&raw, 0, sizeof(raw));
	raw.idiag_family = AF_INET;
	raw.idiag_state = IDIAG_SS_LISTEN;
	raw.id.idiag_sport = htons(8080);
	raw.id.idiag_src[0] = htonl(0x0a010001);
	raw.idiag_wqueue = 128;
	raw.idiag_inode = 77;
	ck_assert_int_eq(nlmsg_append(msg, &raw, sizeof(raw), NLMSG_ALIGNTO), 0);
	return msg;
}

START_TEST(test_parse)
{
	struct nl_msg *msg = diag_msg();
	struct inet_diag_meminfo mi = { 1, 2048, 3, 4 };
	uint32_t sk[SK_MEMINFO_VARS + 3] = { 0 };
	struct idiagnl_msg *m;
	struct tcp_info ti;
	uint8_t shortinfo[8] = { 10, 3 };

	sk[SK_MEMINFO_RCVBUF] = 131072;
	ck_assert_int_eq(nla_put(msg, INET_DIAG_MEMINFO, sizeof(mi), &mi), 0);
	/* an older kernel's shorter tcp_info, a newer kernel's longer counters */
	ck_assert_int_eq(nla_put(msg, INET_DIAG_INFO, sizeof(shortinfo), shortinfo), 0);
	ck_assert_int_eq(nla_put(msg, INET_DIAG_SKMEMINFO, sizeof(sk), sk), 0);
	ck_assert_int_eq(nla_put_string(msg, INET_DIAG_CONG, "cubic"), 0);
	ck_assert_int_eq(nla_put_u8(msg, INET_DIAG_SHUTDOWN, 2), 0);
	ck_assert_int_eq(nla_put_u8(msg, INET_DIAG_TOS, 0x20), 0);

	ck_assert_int_eq(idiagnl_msg_parse(nlmsg_hdr(msg), &m), 0);
	ck_assert_str_eq(dump(O(m), NL_DUMP_LINE),
			 "family: inet src: 10.1.0.1:8080 dst: 0.0.0.0:0 iif: 0 \n");
	ck_assert_uint_eq(ntohs(idiagnl_msg_get_sport(m)), 8080);
	ck_assert_uint_eq(idiagnl_msg_get_state(m), IDIAG_SS_LISTEN);
	ck_assert_uint_eq(idiagnl_msg_get_wqueue(m), 128);
	ck_assert_uint_eq(idiagnl_msg_get_inode(m), 77);
	ck_assert_str_eq(idiagnl_msg_get_cong(m), "cubic");
	ck_assert_uint_eq(idiagnl_msg_get_shutdown(m), 2);
	ck_assert_uint_eq(idiagnl_msg_get_tos(m), 0x20);
	ck_assert_uint_eq(idiagnl_meminfo_get_wmem(idiagnl_msg_get_meminfo(m)), 2048);
	ti = idiagnl_msg_get_tcpinfo(m);
	ck_assert_uint_eq(ti.tcpi_state, 10);
	ck_assert_uint_eq(ti.tcpi_ca_state, 3);
	ck_assert_uint_eq(ti.tcpi_rtt, 0);
	dump(O(m), NL_DUMP_STATS);
	ck_assert_ptr_nonnull(strstr(out, "socket shutdown: send shutdown\n"));
	ck_assert_ptr_nonnull(strstr(out, "\trcv buf: 1.3e+02KiB\n"));
	ck_assert_ptr_nonnull(strstr(out, "\tbacklog: 0\n]\n\n"));
	idiagnl_msg_put(m);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_parse_malformed)
{
	struct nl_msg *msg = diag_msg();
	struct idiagnl_msg *m = NULL;
	char unterminated[4] = { 'c', 'u', 'b', 'i' };
	uint32_t small = 1;

	/* a meminfo attribute too short for its structure */
	ck_assert_int_eq(nla_put(msg, INET_DIAG_MEMINFO, sizeof(small), &small), 0);
	ck_assert_int_lt(idiagnl_msg_parse(nlmsg_hdr(msg), &m), 0);
	nlmsg_free(msg);

	/* a name without its NUL is cut, not overread */
	msg = diag_msg();
	ck_assert_int_eq(nla_put(msg, INET_DIAG_CONG, sizeof(unterminated), unterminated), 0);
	if (idiagnl_msg_parse(nlmsg_hdr(msg), &m) == 0) {
		ck_assert_int_le(strlen(idiagnl_msg_get_cong(m)), 4);
		idiagnl_msg_put(m);
	}
	/* the header alone cut short */
	nlmsg_hdr(msg)->nlmsg_len = NLMSG_LENGTH(8);
	ck_assert_int_eq(idiagnl_msg_parse(nlmsg_hdr(msg), &m), -NLE_MSG_TOOSHORT);
	nlmsg_free(msg);
}
END_TEST

static Suite *idiag_suite(void)
{
	Suite *s = suite_create("idiag");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_msg_dump);
	tcase_add_test(tc, test_vegas_block);
	tcase_add_test(tc, test_req);
	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_parse_malformed);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(idiag_suite)
