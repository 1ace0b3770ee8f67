/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: parsers set what they should, and bad input exits with the
 * message and code Debian's libnl-cli-3 3.7 gives for it.
 */

#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include <arpa/inet.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/link.h>
#include <netlink/cli/addr.h>
#include <netlink/cli/route.h>
#include <netlink/cli/neigh.h>
#include <netlink/cli/rule.h>
#include <netlink/cli/ct.h>
#include <netlink/cli/exp.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>
#include <netlink/route/nexthop.h>
#include "nl-private/tc-api.h"
#include "nltest.h"

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

typedef void (*runner)(const char *arg);

/* Run fn(arg) in a child; return its exit code, its stderr in err. */
static int run_child(runner fn, const char *arg, char *err, size_t len)
{
	int fds[2], status;
	ssize_t n, got = 0;
	pid_t pid;

	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
#ifdef __SANITIZE_ADDRESS__
		/* the tools exit on errors with their objects still held */
		__lsan_disable();
#endif
		fn(arg);
		_exit(0);
	}
	close(fds[1]);
	while ((n = read(fds[0], err + got, len - 1 - got)) > 0)
		got += n;
	err[got] = '\0';
	close(fds[0]);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

#define EXPECT_FATAL(fn, arg, code, text)                                      \
	do {                                                                   \
		char _e[1024];                                                 \
		ck_assert_int_eq(run_child(fn, arg, _e, sizeof(_e)), code);    \
		ck_assert_str_eq(_e, text);                                    \
	} while (0)

static void r_fatal(const char *a) { nl_cli_fatal(NLE_INVAL, "x %d", 3); }
static void r_fatal_null(const char *a) { nl_cli_fatal(-NLE_NOMEM, NULL); }
static void r_u32(const char *a) { nl_cli_parse_u32(a); }
static void r_dump(const char *a) { nl_cli_parse_dumptype(a); }
static void r_addr(const char *a) { nl_addr_put(nl_cli_addr_parse(a, AF_INET)); }
static void r_ifalias(const char *a)
{
	nl_cli_link_parse_ifalias(nl_cli_link_alloc(), (char *)a);
}
static void r_link_family(const char *a)
{
	nl_cli_link_parse_family(nl_cli_link_alloc(), (char *)a);
}
static void r_scope(const char *a)
{
	nl_cli_addr_parse_scope(nl_cli_addr_alloc(), (char *)a);
}
static void r_lifetime(const char *a)
{
	nl_cli_addr_parse_preferred(nl_cli_addr_alloc(), (char *)a);
}
static void r_table(const char *a)
{
	nl_cli_route_parse_table(nl_cli_route_alloc(), (char *)a);
}
static void r_type(const char *a)
{
	nl_cli_route_parse_type(nl_cli_route_alloc(), (char *)a);
}
static void r_metric(const char *a)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%s", a);
	nl_cli_route_parse_metric(nl_cli_route_alloc(), buf);
}
static void r_proto(const char *a)
{
	nl_cli_route_parse_protocol(nl_cli_route_alloc(), (char *)a);
}
static void r_rscope(const char *a)
{
	nl_cli_route_parse_scope(nl_cli_route_alloc(), (char *)a);
}
static void r_prio(const char *a)
{
	nl_cli_route_parse_prio(nl_cli_route_alloc(), (char *)a);
}
static void r_ct_proto(const char *a)
{
	nl_cli_ct_parse_protocol(nl_cli_ct_alloc(), (char *)a);
}
static void r_ct_state(const char *a)
{
	nl_cli_ct_parse_tcp_state(nl_cli_ct_alloc(), (char *)a);
}
static void r_exp_flags(const char *a)
{
	nl_cli_exp_parse_flags(nl_cli_exp_alloc(), (char *)a);
}
static void r_parent(const char *a)
{
	nl_cli_tc_parse_parent((struct rtnl_tc *)nl_cli_qdisc_alloc(), (char *)a);
}
static void r_linktype(const char *a)
{
	nl_cli_tc_parse_linktype((struct rtnl_tc *)nl_cli_qdisc_alloc(), (char *)a);
}
static void r_dev(const char *a)
{
	nl_cli_addr_parse_dev(nl_cli_addr_alloc(), NULL, (char *)a);
}
static void r_module(const char *a)
{
	setenv("NLCLI_MODULE_PATH", "/nonexistent", 1);
	nl_cli_load_module("cli/qdisc", a);
}

/* Messages and exit codes as Debian's 3.7 prints them. */
START_TEST(test_fatal_messages)
{
	EXPECT_FATAL(r_fatal, NULL, 7, "Error: x 3\n");
	EXPECT_FATAL(r_fatal_null, NULL, 5, "Error: Unknown error -5\n");
	EXPECT_FATAL(r_u32, "abc", 22, "Error: Unable to parse \"abc\", not a number.\n");
	EXPECT_FATAL(r_u32, "-1", 22, "Error: Unable to parse \"-1\", not a number.\n");
	EXPECT_FATAL(r_dump, "foo", 22, "Error: Invalid dump type \"foo\".\n\n");
	EXPECT_FATAL(r_addr, "1.2.3.999", 19,
		     "Error: Unable to parse address \"1.2.3.999\": Invalid address for specified address family\n");
	EXPECT_FATAL(r_link_family, "xx", 22,
		     "Error: Unable to translate address family \"xx\"\n");
	EXPECT_FATAL(r_scope, "weird", 22, "Error: Unknown address scope \"weird\"\n");
	EXPECT_FATAL(r_lifetime, "junk", 7,
		     "Error: Unable to parse time string \"junk\": Invalid input data or parameter\n");
	EXPECT_FATAL(r_table, "foo", 22, "Error: Unknown table name \"foo\"\n");
	EXPECT_FATAL(r_type, "foo", 22, "Error: Unknown routing type \"foo\"\n");
	EXPECT_FATAL(r_metric, "mtu=x", 22, "Error: Metric \"mtu\", value not numeric\n");
	EXPECT_FATAL(r_metric, "foo=1", 22, "Error: Unknown metric token \"foo=1\"\n");
	EXPECT_FATAL(r_proto, "nope", 22, "Error: Unknown routing protocol name \"nope\"\n");
	EXPECT_FATAL(r_rscope, "nope", 22, "Error: Unknown routing scope \"nope\"\n");
	EXPECT_FATAL(r_prio, "x", 22, "Error: Invalid priority value, not numeric\n");
	EXPECT_FATAL(r_ct_proto, "foo", 12,
		     "Error: Unable to nl_cli_ct_parse protocol \"foo\": Object not found\n");
	EXPECT_FATAL(r_ct_state, "foo", 12,
		     "Error: Unable to nl_cli_ct_parse tcp state \"foo\": Object not found\n");
	EXPECT_FATAL(r_exp_flags, "foo", 22, "Error: Unable to parse \"foo\", not a number.\n");
	EXPECT_FATAL(r_parent, "foo", 12, "Error: Unable to parse handle \"foo\": Object not found\n");
	EXPECT_FATAL(r_linktype, "foo", 12, "Error: Unable to parse linktype \"foo\": Object not found\n");
	/* Debian's 3.7 crashes here (no link cache); we exit with a message */
	EXPECT_FATAL(r_dev, "eth0", 2, "Error: Link \"eth0\" does not exist\n");
	{
		char e[2048];

		ck_assert_int_eq(run_child(r_module, "nosuch", e, sizeof(e)), 2);
		ck_assert_ptr_nonnull(strstr(e, "Error: Unable to load module \""));
		ck_assert_ptr_nonnull(strstr(e, "/cli/qdisc/nosuch.so\": "));
	}
	{
		char big[300];

		memset(big, 'a', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		EXPECT_FATAL(r_ifalias, big, 34,
			     "Error: Link ifalias too big, must not exceed 256 in length.\n");
	}
}
END_TEST

START_TEST(test_values)
{
	struct rtnl_link *link = nl_cli_link_alloc();
	struct rtnl_addr *addr = nl_cli_addr_alloc();
	struct rtnl_route *route = nl_cli_route_alloc();
	struct rtnl_neigh *neigh = nl_cli_neigh_alloc();
	struct nfnl_ct *ct = nl_cli_ct_alloc();
	struct nfnl_exp *exp = nl_cli_exp_alloc();
	struct rtnl_qdisc *q = nl_cli_qdisc_alloc();
	char buf[64];

	ck_assert_uint_eq(nl_cli_parse_u32("0x10"), 16);
	ck_assert_uint_eq(nl_cli_parse_u32("12x"), 12);
	ck_assert_int_eq(nl_cli_parse_dumptype("brief"), NL_DUMP_LINE);
	ck_assert_int_eq(nl_cli_parse_dumptype("detailed"), NL_DUMP_DETAILS);
	ck_assert_int_eq(nl_cli_parse_dumptype("stats"), NL_DUMP_STATS);

	nl_cli_link_parse_name(link, (char *)"veth0");
	nl_cli_link_parse_mtu(link, (char *)"1400");
	nl_cli_link_parse_txqlen(link, (char *)"100");
	nl_cli_link_parse_ifalias(link, (char *)"uplink");
	nl_cli_link_parse_family(link, (char *)"bridge");
	ck_assert_str_eq(rtnl_link_get_name(link), "veth0");
	ck_assert_uint_eq(rtnl_link_get_mtu(link), 1400);
	ck_assert_uint_eq(rtnl_link_get_txqlen(link), 100);
	ck_assert_str_eq(rtnl_link_get_ifalias(link), "uplink");
	ck_assert_int_eq(rtnl_link_get_family(link), AF_BRIDGE);

	nl_cli_addr_parse_family(addr, (char *)"inet");
	nl_cli_addr_parse_local(addr, (char *)"10.3.0.1/24");
	nl_cli_addr_parse_preferred(addr, (char *)"forever");
	nl_cli_addr_parse_valid(addr, (char *)"1h");
	nl_cli_addr_parse_label(addr, (char *)"lbl");
	ck_assert_str_eq(nl_addr2str(rtnl_addr_get_local(addr), buf, sizeof(buf)),
			 "10.3.0.1/24");
	ck_assert_uint_eq(rtnl_addr_get_preferred_lifetime(addr), 0xFFFFFFFFu);
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime(addr), 3600);
	ck_assert_str_eq(rtnl_addr_get_label(addr), "lbl");

	nl_cli_route_parse_family(route, (char *)"inet");
	nl_cli_route_parse_dst(route, (char *)"198.51.100.0/24");
	nl_cli_route_parse_table(route, (char *)"main");
	nl_cli_route_parse_protocol(route, (char *)"static");
	nl_cli_route_parse_prio(route, (char *)"50");
	strcpy(buf, "mtu=1400,advmss=1360");
	nl_cli_route_parse_metric(route, buf);
	strcpy(buf, "via=10.1.0.254,weight=3");
	nl_cli_route_parse_nexthop(route, buf, NULL);
	ck_assert_uint_eq(rtnl_route_get_table(route), 254);
	ck_assert_uint_eq(rtnl_route_get_priority(route), 50);
	{
		uint32_t v = 0;

		ck_assert_int_eq(rtnl_route_get_metric(route, RTAX_MTU, &v), 0);
		ck_assert_uint_eq(v, 1400);
	}
	ck_assert_int_eq(rtnl_route_get_nnexthops(route), 1);
	ck_assert_str_eq(nl_addr2str(rtnl_route_nh_get_gateway(
					     rtnl_route_nexthop_n(route, 0)),
				     buf, sizeof(buf)), "10.1.0.254");
	ck_assert_uint_eq(rtnl_route_nh_get_weight(rtnl_route_nexthop_n(route, 0)), 3);

	nl_cli_neigh_parse_family(neigh, (char *)"inet");
	nl_cli_neigh_parse_dst(neigh, (char *)"10.1.0.77");
	nl_cli_neigh_parse_lladdr(neigh, (char *)"02:00:00:00:00:77");
	nl_cli_neigh_parse_state(neigh, (char *)"permanent");
	ck_assert_int_eq(rtnl_neigh_get_state(neigh), NUD_PERMANENT);

	nl_cli_ct_parse_family(ct, (char *)"inet");
	nl_cli_ct_parse_protocol(ct, (char *)"udp");
	nl_cli_ct_parse_src(ct, 0, (char *)"10.1.0.1");
	nl_cli_ct_parse_src_port(ct, 0, (char *)"53000");
	nl_cli_ct_parse_tcp_state(ct, (char *)"ESTABLISHED");
	nl_cli_ct_parse_mark(ct, (char *)"7");
	ck_assert_uint_eq(nfnl_ct_get_proto(ct), 17);
	ck_assert_uint_eq(nfnl_ct_get_src_port(ct, 0), 53000);
	ck_assert_uint_eq(nfnl_ct_get_tcp_state(ct), 3);
	ck_assert_uint_eq(nfnl_ct_get_mark(ct), 7);

	nl_cli_exp_parse_family(exp, (char *)"inet");
	nl_cli_exp_parse_dst_port(exp, 0, (char *)"21");
	nl_cli_exp_parse_src_port(exp, 0, (char *)"1024");
	ck_assert_uint_eq(nfnl_exp_get_src_port(exp, 0), 1024);
	ck_assert_uint_eq(nfnl_exp_get_dst_port(exp, 0), 21);

	nl_cli_tc_parse_parent((struct rtnl_tc *)q, (char *)"root");
	nl_cli_tc_parse_handle((struct rtnl_tc *)q, (char *)"1:2", 0);
	nl_cli_tc_parse_kind((struct rtnl_tc *)q, (char *)"htb");
	ck_assert_uint_eq(rtnl_tc_get_parent((struct rtnl_tc *)q), TC_H_ROOT);
	ck_assert_uint_eq(rtnl_tc_get_handle((struct rtnl_tc *)q), 0x10002);

	rtnl_link_put(link);
	rtnl_addr_put(addr);
	rtnl_route_put(route);
	rtnl_neigh_put(neigh);
	nfnl_ct_put(ct);
	nfnl_exp_put(exp);
	rtnl_qdisc_put(q);
}
END_TEST

/* A plugin module registers for a kind the library knows. */
static struct nl_cli_tc_module test_module = {
	.tm_name = "htb",
	.tm_type = RTNL_TC_TYPE_QDISC,
};

START_TEST(test_tc_modules)
{
	struct rtnl_qdisc *q = nl_cli_qdisc_alloc();
	struct rtnl_tc_ops *ops;

	rtnl_tc_set_kind((struct rtnl_tc *)q, "htb");
	ops = rtnl_tc_get_ops((struct rtnl_tc *)q);
	ck_assert_ptr_nonnull(ops);
	nl_cli_tc_register(&test_module);
	ck_assert_ptr_eq(test_module.tm_ops, ops);
	ck_assert_ptr_eq(nl_cli_tc_lookup(ops), &test_module);
	nl_cli_tc_unregister(&test_module);
	rtnl_qdisc_put(q);
}
END_TEST

static Suite *cli_suite(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_fatal_messages);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_tc_modules);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(cli_suite)
