/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The CLI plugin modules (lib/cli/qdisc, lib/cli/cls) of this build tree:
 * each is loaded by nl_cli_tc_lookup() through NLCLI_MODULE_PATH, parses
 * its options into the object, prints the usage Debian's 3.7 modules print
 * and fails with their messages and exit codes.  With Debian's nl-*-add
 * tools installed, the tools run against this tree's libraries and modules
 * in the test's namespace, and tc shows what was asked.
 */

#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/qdisc/fifo.h>
#include <netlink/route/qdisc/fq_codel.h>
#include <netlink/route/qdisc/htb.h>
#include <netlink/route/qdisc/hfsc.h>
#include <netlink/route/qdisc/plug.h>
#include <netlink/route/cls/basic.h>
#include <netlink/route/cls/cgroup.h>
#include "nltest.h"

/* Exported by libnl-route-3, declared only in its private headers. */
extern struct rtnl_tc_ops *rtnl_tc_lookup_ops(enum rtnl_tc_type, const char *);

#ifndef CLI_MODULE_BUILDDIR
#define CLI_MODULE_BUILDDIR "."
#endif

/* NLCLI_MODULE_PATH: <dir>/cli/{qdisc,cls}/<kind>.so -> the build's modules */
static char moddir[] = "/tmp/nl-climod-XXXXXX";

static const char *const qdisc_kinds[] = {
	"bfifo", "blackhole", "fq_codel", "hfsc", "htb", "ingress", "pfifo",
	"plug",
};
static const char *const cls_kinds[] = { "basic", "cgroup" };

static void link_modules(const char *sub, const char *const *kinds, size_t n)
{
	char from[4096], to[4096];
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(from, sizeof(from), "%s/lib/cli/%s/.libs/%s.so",
			 CLI_MODULE_BUILDDIR, sub, kinds[i]);
		snprintf(to, sizeof(to), "%s/cli/%s/%s.so", moddir, sub,
			 kinds[i]);
		if (access(from, R_OK) != 0 || symlink(from, to) != 0) {
			fprintf(stderr, "module %s missing\n", from);
			exit(1);
		}
	}
}

static void setup_modules(void)
{
	char path[4096];

	if (!mkdtemp(moddir))
		exit(1);
	snprintf(path, sizeof(path), "%s/cli", moddir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/cli/qdisc", moddir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/cli/cls", moddir);
	mkdir(path, 0755);
	link_modules("qdisc", qdisc_kinds,
		     sizeof(qdisc_kinds) / sizeof(qdisc_kinds[0]));
	link_modules("cls", cls_kinds,
		     sizeof(cls_kinds) / sizeof(cls_kinds[0]));
	setenv("NLCLI_MODULE_PATH", moddir, 1);
}

static void cleanup_modules(void)
{
	char cmd[4200];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", moddir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", moddir);
}

/* ------------------------------------------------------------------ */
/* In-process: load a module, parse, report the object                 */

typedef void (*reporter)(struct rtnl_tc *tc);

struct outcome {
	int code;
	int optind;
	char out[4096];
	char err[1024];
	char report[1024];
};

static void read_file(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, len - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
}

/*
 * Fork: allocate a @a type object of @a kind, look its module up, let it
 * parse argv (argv[0] is the tool name, argv[1] the kind, options follow),
 * then write the optind and the @a rep report.  Collect stdout (usage),
 * stderr and the exit code.
 */
static void run_module(enum rtnl_tc_type type, reporter rep,
		       struct outcome *o, char **argv)
{
	char fout[4200], ferr[4200], frep[4200];
	int argc = 0, status;
	pid_t pid;

	while (argv[argc])
		argc++;
	snprintf(fout, sizeof(fout), "%s/out", moddir);
	snprintf(ferr, sizeof(ferr), "%s/err", moddir);
	snprintf(frep, sizeof(frep), "%s/rep", moddir);
	unlink(frep);
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		struct rtnl_tc *tc;
		struct rtnl_tc_ops *ops;
		struct nl_cli_tc_module *tm;
		FILE *r;

		if (!freopen(fout, "w", stdout) || !freopen(ferr, "w", stderr))
			_exit(90);
		if (type == RTNL_TC_TYPE_QDISC)
			tc = (struct rtnl_tc *)rtnl_qdisc_alloc();
		else if (type == RTNL_TC_TYPE_CLASS)
			tc = (struct rtnl_tc *)rtnl_class_alloc();
		else
			tc = (struct rtnl_tc *)rtnl_cls_alloc();
		if (!tc || rtnl_tc_set_kind(tc, argv[1]) < 0)
			_exit(91);
		ops = rtnl_tc_lookup_ops(type, argv[1]);
		if (!ops)
			_exit(92);
		tm = nl_cli_tc_lookup(ops);
		if (!tm || tm->tm_ops != ops || strcmp(tm->tm_name, argv[1]) ||
		    tm->tm_type != type)
			_exit(93);
		optind = 2;
		opterr = 1;
		tm->tm_parse_argv(tc, argc, argv);
		fflush(stdout);
		fflush(stderr);
		r = fopen(frep, "w");
		if (!r)
			_exit(94);
		fprintf(r, "optind=%d", optind);
		fflush(r);
		if (rep) {
			if (!freopen(frep, "a", stdout))
				_exit(95);
			rep(tc);
			fflush(stdout);
		}
		fclose(r);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	o->code = WIFEXITED(status) ? WEXITSTATUS(status)
				    : 128 + WTERMSIG(status);
	read_file(fout, o->out, sizeof(o->out));
	read_file(ferr, o->err, sizeof(o->err));
	read_file(frep, o->report, sizeof(o->report));
}

#define RUN(type, rep, ...)                                                    \
	do {                                                                   \
		char *_argv[] = { __VA_ARGS__, NULL };                         \
		run_module(type, rep, &o, _argv);                              \
	} while (0)

/* ------------------------------------------------------------------ */
/* Usage texts, byte for byte as Debian's 3.7 modules print them        */

static const char usage_pfifo[] =
	"Usage: nl-qdisc-add [...] pfifo [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --limit=LIMIT         Maximum queue length in number of packets.\n"
	"\n"
	"EXAMPLE    # Attach pfifo with a 32 packet limit to eth1\n"
	"    nl-qdisc-add --dev=eth1 --parent=root pfifo --limit=32\n";

static const char usage_bfifo[] =
	"Usage: nl-qdisc-add [...] bfifo [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --limit=LIMIT         Maximum queue length in number of bytes.\n"
	"\n"
	"EXAMPLE    # Attach bfifo with a 4KB bytes limit to eth1\n"
	"    nl-qdisc-add --dev=eth1 --parent=root bfifo --limit=4096\n";

static const char usage_blackhole[] =
	"Usage: nl-qdisc-add [...] blackhole [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"\n"
	"EXAMPLE    # Drop all outgoing packets on eth1\n"
	"    nl-qdisc-add --dev=eth1 --parent=root blackhole\n";

static const char usage_ingress[] =
	"Usage: nl-qdisc-add [...] ingress\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"\n"
	"EXAMPLE    # Attach ingress to eth1\n"
	"    nl-qdisc-add --dev=eth1 --parent=root ingress\n";

static const char usage_fq_codel[] =
	"Usage: nl-qdisc-add [...] fq_codel [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --limit=LIMIT         Maximum queue length in number of bytes.\n"
	"     --quantum=SIZE        Amount of bytes to serve at once.\n"
	"     --flows=N             Number of flows.\n"
	"     --interval=N          The interval in usec.\n"
	"     --target=N            The minimum delay in usec.\n"
	"\n"
	"EXAMPLE    # Attach fq_codel with a 4096 packets limit to eth1\n"
	"    nl-qdisc-add --dev=eth1 --parent=root fq_codel --limit=4096\n";

static const char usage_htb_qdisc[] =
	"Usage: nl-qdisc-add [...] htb [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --r2q=DIV             Rate to quantum divisor (default: 10)\n"
	"     --default=ID          Default class for unclassified traffic.\n"
	"\n"
	"EXAMPLE    # Create htb root qdisc 1: and direct unclassified traffic to class 1:10\n"
	"    nl-qdisc-add --dev=eth1 --parent=root --handle=1: htb --default=10\n";

static const char usage_htb_class[] =
	"Usage: nl-class-add [...] htb [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --rate=RATE           Rate limit.\n"
	"     --ceil=RATE           Rate limit while borrowing (default: equal to --rate).\n"
	"     --prio=PRIO           Priority, lower is served first (default: 0).\n"
	"     --quantum=SIZE        Amount of bytes to serve at once (default: rate/r2q).\n"
	"     --burst=SIZE          Max charge size of rate burst buffer (default: auto).\n"
	"     --cburst=SIZE         Max charge size of ceil rate burst buffer (default: auto)\n"
	"\n"
	"EXAMPLE    # Attach class 1:1 to htb qdisc 1: and rate limit it to 20mbit\n"
	"    nl-class-add --dev=eth1 --parent=1: --classid=1:1 htb --rate=20mbit\n";

static const char usage_hfsc_qdisc[] =
	"Usage: nl-qdisc-add [...] hfsc [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --default=ID          Default class for unclassified traffic.\n"
	"\n"
	"EXAMPLE    # Create hfsc root qdisc 1: and direct unclassified traffic to class 1:10\n"
	"    nl-qdisc-add --dev=eth1 --parent=root --handle=1: hfsc --default=10\n";

static const char usage_hfsc_class[] =
	"Usage: nl-class-add [...] hfsc [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --ls=SC               Link-sharing service curve\n"
	"     --rt=SC               Real-time service curve\n"
	"     --sc=SC               Specifiy both of the above\n"
	"     --ul=SC               Upper limit\n"
	"     where SC := [ [ m1 bits ] d usec ] m2 bits\n"
	"\n"
	"EXAMPLE    # Attach class 1:1 to hfsc qdisc 1: and use rt and ls curve\n"
	"    nl-class-add --dev=eth1 --parent=1: --classid=1:1 hfsc --sc=m1:250,d:8,m2:100\n";

static const char usage_plug[] =
	"Usage: nl-qdisc-add [...] plug [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	"     --help                Show this help text.\n"
	"     --limit               Maximum queue length in bytes.\n"
	"     --buffer              create a new buffer(plug) and queue incoming traffic into it.\n"
	"     --release-one         release traffic from previous buffer.\n"
	"     --release-indefinite  stop buffering and release all (buffered and new) packets.\n"
	"\n"
	"EXAMPLE    # Attach plug qdisc with 32KB queue size to ifb0\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root plug --limit=32768\n"
	"    # Plug network traffic arriving at ifb0\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	"    # Unplug traffic arriving at ifb0 indefinitely\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-indefinite\n"
	"\n"
	"    # If operating in output buffering mode:\n"
	"    # at time t=t0, create a new output buffer b0 to hold network output\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	"\n"
	"    # at time t=t1, take a checkpoint c0, create a new output buffer b1\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	"    # at time t=t1+r, after c0 is committed, release b0\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-one\n"
	"\n"
	"    # at time t=t2, take a checkpoint c1, create a new output buffer b2\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --buffer\n"
	"    # at time t=t2+r, after c1 is committed, release b1\n"
	"    nl-qdisc-add --dev=ifb0 --parent=root --update plug --release-one\n";

static const char usage_basic[] =
	"Usage: nl-cls-add [...] basic [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	" -h, --help                Show this help text.\n"
	" -t, --target=ID           Target class to send matching packets to\n"
	" -e, --ematch=EXPR         Ematch expression\n"
	"\n"
	"EXAMPLE    # Create a \"catch-all\" classifier, attached to \"q_root\", classyfing\n"
	"    # all not yet classified packets to class \"c_default\"\n"
	"    nl-cls-add --dev=eth0 --parent=q_root basic --target=c_default\n";

static const char usage_cgroup[] =
	"Usage: nl-cls-add [...] cgroup [OPTIONS]...\n"
	"\n"
	"OPTIONS\n"
	" -h, --help                Show this help text.\n"
	" -e, --ematch=EXPR         Ematch expression\n"
	"\n"
	"EXAMPLE    nl-cls-add --dev=eth0 --parent=q_root cgroup\n";

/* ------------------------------------------------------------------ */
/* Reports                                                              */

static void rep_fifo(struct rtnl_tc *tc)
{
	printf(" limit=%d", rtnl_qdisc_fifo_get_limit((struct rtnl_qdisc *)tc));
}

static void rep_fq_codel(struct rtnl_tc *tc)
{
	struct rtnl_qdisc *q = (struct rtnl_qdisc *)tc;

	printf(" limit=%d quantum=%u flows=%d interval=%u target=%u",
	       rtnl_qdisc_fq_codel_get_limit(q),
	       rtnl_qdisc_fq_codel_get_quantum(q),
	       rtnl_qdisc_fq_codel_get_flows(q),
	       rtnl_qdisc_fq_codel_get_interval(q),
	       rtnl_qdisc_fq_codel_get_target(q));
}

static void rep_htb_qdisc(struct rtnl_tc *tc)
{
	struct rtnl_qdisc *q = (struct rtnl_qdisc *)tc;

	printf(" r2q=%u default=%#x", rtnl_htb_get_rate2quantum(q),
	       rtnl_htb_get_defcls(q));
}

static void rep_htb_class(struct rtnl_tc *tc)
{
	struct rtnl_class *c = (struct rtnl_class *)tc;

	printf(" rate=%u ceil=%u prio=%u quantum=%u rbuffer=%u cbuffer=%u",
	       rtnl_htb_get_rate(c), rtnl_htb_get_ceil(c),
	       rtnl_htb_get_prio(c), rtnl_htb_get_quantum(c),
	       rtnl_htb_get_rbuffer(c), rtnl_htb_get_cbuffer(c));
}

static void rep_hfsc_qdisc(struct rtnl_tc *tc)
{
	printf(" default=%#x",
	       rtnl_qdisc_hfsc_get_defcls((struct rtnl_qdisc *)tc));
}

static void rep_curve(const char *name,
		      int (*get)(const struct rtnl_class *,
				 struct tc_service_curve *),
		      const struct rtnl_class *c)
{
	struct tc_service_curve sc;

	if (get(c, &sc) == 0)
		printf(" %s=%u/%u/%u", name, sc.m1, sc.d, sc.m2);
}

static void rep_hfsc_class(struct rtnl_tc *tc)
{
	struct rtnl_class *c = (struct rtnl_class *)tc;

	rep_curve("rsc", rtnl_class_hfsc_get_rsc, c);
	rep_curve("fsc", rtnl_class_hfsc_get_fsc, c);
	rep_curve("usc", rtnl_class_hfsc_get_usc, c);
}

/* plug has no getters: report the options of the request it builds. */
static void rep_plug(struct rtnl_tc *tc)
{
	struct rtnl_qdisc *q = (struct rtnl_qdisc *)tc;
	struct tc_plug_qopt opt;
	struct nlattr *tb[TCA_MAX + 1];
	struct nl_msg *msg;

	rtnl_tc_set_ifindex(tc, 1);
	rtnl_tc_set_parent(tc, TC_H_ROOT);
	if (rtnl_qdisc_build_add_request(q, NLM_F_CREATE, &msg) < 0) {
		printf(" build-failed");
		return;
	}
	if (nlmsg_parse(nlmsg_hdr(msg), sizeof(struct tcmsg), tb, TCA_MAX,
			NULL) < 0 || !tb[TCA_OPTIONS] ||
	    nla_len(tb[TCA_OPTIONS]) < (int)sizeof(opt)) {
		printf(" no-options");
	} else {
		memcpy(&opt, nla_data(tb[TCA_OPTIONS]), sizeof(opt));
		printf(" action=%d limit=%u", opt.action, opt.limit);
	}
	nlmsg_free(msg);
}

static void rep_basic(struct rtnl_tc *tc)
{
	struct rtnl_cls *cls = (struct rtnl_cls *)tc;

	printf(" target=%#x ematch=%s", rtnl_basic_get_target(cls),
	       rtnl_basic_get_ematch(cls) ? "yes" : "no");
}

static void rep_cgroup(struct rtnl_tc *tc)
{
	printf(" ematch=%s",
	       rtnl_cgroup_get_ematch((struct rtnl_cls *)tc) ? "yes" : "no");
}

#define Q RTNL_TC_TYPE_QDISC
#define C RTNL_TC_TYPE_CLASS
#define F RTNL_TC_TYPE_CLS

/* ------------------------------------------------------------------ */
/* Tests                                                                */

/* --help prints the usage; qdisc/class modules return at once (the tool
 * goes on), classifier modules exit 0. */
START_TEST(test_usage)
{
	static const struct {
		enum rtnl_tc_type type;
		const char *tool, *kind, *usage;
		int code;
	} t[] = {
		{ Q, "nl-qdisc-add", "pfifo", usage_pfifo, 0 },
		{ Q, "nl-qdisc-add", "bfifo", usage_bfifo, 0 },
		{ Q, "nl-qdisc-add", "blackhole", usage_blackhole, 0 },
		{ Q, "nl-qdisc-add", "ingress", usage_ingress, 0 },
		{ Q, "nl-qdisc-add", "fq_codel", usage_fq_codel, 0 },
		{ Q, "nl-qdisc-add", "htb", usage_htb_qdisc, 0 },
		{ C, "nl-class-add", "htb", usage_htb_class, 0 },
		{ Q, "nl-qdisc-add", "hfsc", usage_hfsc_qdisc, 0 },
		{ C, "nl-class-add", "hfsc", usage_hfsc_class, 0 },
		{ Q, "nl-qdisc-add", "plug", usage_plug, 0 },
		{ F, "nl-cls-add", "basic", usage_basic, 0 },
		{ F, "nl-cls-add", "cgroup", usage_cgroup, 0 },
	};
	struct outcome o;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		RUN(t[i].type, NULL, (char *)t[i].tool, (char *)t[i].kind,
		    "--help", "-x");
		ck_assert_int_eq(o.code, t[i].code);
		ck_assert_str_eq(o.out, t[i].usage);
		ck_assert_str_eq(o.err, "");
		/* qdisc and class modules stop after --help; cls ones exit */
		ck_assert_str_eq(o.report, t[i].type == F ? "" : "optind=3");

		RUN(t[i].type, NULL, (char *)t[i].tool, (char *)t[i].kind, "-h");
		ck_assert_str_eq(o.out, t[i].usage);
	}
}
END_TEST

START_TEST(test_fifo)
{
	struct outcome o;

	RUN(Q, rep_fifo, "nl-qdisc-add", "pfifo", "--limit", "32");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report, "optind=4 limit=32");
	ck_assert_str_eq(o.out, "");

	RUN(Q, rep_fifo, "nl-qdisc-add", "pfifo", "--foo", "-x", "--lim=0x10",
	    "extra");
	ck_assert_str_eq(o.report, "optind=5 limit=16");
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: unrecognized option '--foo'\n"
			 "nl-qdisc-add: invalid option -- 'x'\n");

	RUN(Q, rep_fifo, "nl-qdisc-add", "pfifo", "--limit", "abc");
	ck_assert_int_eq(o.code, 22);
	ck_assert_str_eq(o.err,
			 "Error: Unable to parse \"abc\", not a number.\n");

	RUN(Q, rep_fifo, "nl-qdisc-add", "pfifo", "--limit");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: option '--limit' requires an argument\n");

	/* after --help nothing more is parsed */
	RUN(Q, rep_fifo, "nl-qdisc-add", "pfifo", "--limit", "7", "--help",
	    "--limit", "9");
	ck_assert_str_eq(o.report, "optind=5 limit=7");

	RUN(Q, rep_fifo, "nl-qdisc-add", "bfifo", "--limit", "4k");
	ck_assert_str_eq(o.report, "optind=4 limit=4096");
	RUN(Q, rep_fifo, "nl-qdisc-add", "bfifo", "--limit=4kbit");
	ck_assert_str_eq(o.report, "optind=3 limit=500");
	RUN(Q, rep_fifo, "nl-qdisc-add", "bfifo", "--limit", "4x");
	ck_assert_int_eq(o.code, 7);
	ck_assert_str_eq(o.err,
			 "Error: Unable to parse bfifo limit \"4x\": Invalid format.\n");
	ck_assert_str_eq(o.report, "");
}
END_TEST

START_TEST(test_fq_codel)
{
	struct outcome o;

	RUN(Q, rep_fq_codel, "nl-qdisc-add", "fq_codel", "--limit", "10",
	    "--quantum", "1514", "--flows", "0x20", "--interval=100",
	    "--target", "5");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report,
			 "optind=11 limit=10 quantum=1514 flows=32 interval=100 target=5");

	RUN(Q, rep_fq_codel, "nl-qdisc-add", "fq_codel", "--target", "x");
	ck_assert_int_eq(o.code, 22);
	ck_assert_str_eq(o.err, "Error: Unable to parse \"x\", not a number.\n");

	RUN(Q, rep_fq_codel, "nl-qdisc-add", "fq_codel", "--i");
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: option '--interval' requires an argument\n");
}
END_TEST

START_TEST(test_htb)
{
	struct outcome o;

	RUN(Q, rep_htb_qdisc, "nl-qdisc-add", "htb", "--r2q", "5",
	    "--default", "0x10", "-v");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.err, "");
	ck_assert_str_eq(o.report, "optind=7 r2q=5 default=0x10");

	RUN(Q, rep_htb_qdisc, "nl-qdisc-add", "htb", "--r2q=x");
	ck_assert_int_eq(o.code, 22);
	ck_assert_str_eq(o.err, "Error: Unable to parse \"x\", not a number.\n");

	RUN(C, rep_htb_class, "nl-class-add", "htb", "--rate", "20mbit",
	    "--ceil", "1000", "--prio", "3", "--quantum", "2k", "--burst",
	    "10k", "--cburst", "2k");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report,
			 "optind=14 rate=2500000 ceil=1000 prio=3 quantum=2048 rbuffer=10240 cbuffer=2048");

	RUN(C, rep_htb_class, "nl-class-add", "htb", "-v");
	ck_assert_str_eq(o.err, "nl-class-add: invalid option -- 'v'\n");

	RUN(C, rep_htb_class, "nl-class-add", "htb", "--c", "1");
	ck_assert_str_eq(o.err,
			 "nl-class-add: option '--c' is ambiguous; possibilities: '--ceil' '--cburst'\n");
}
END_TEST

START_TEST(test_htb_errors)
{
	static const struct {
		const char *opt, *msg;
		int code;
	} t[] = {
		{ "--rate", "Error: Unable to parse htb rate \"20x\": Invalid format.\n", 7 },
		{ "--ceil", "Error: Unable to parse htb ceil rate \"20x\": Invalid format.\n", 7 },
		{ "--burst", "Error: Unable to parse burst \"20x\": Invalid format.\n", 7 },
		{ "--cburst", "Error: Unable to parse cburst \"20x\": Invalid format.\n", 7 },
		{ "--quantum", "Error: Unable to parse quantum \"20x\": Invalid format.\n", 7 },
		{ "--prio", "Error: Unable to parse \"x20x\", not a number.\n", 22 },
	};
	struct outcome o;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		RUN(C, rep_htb_class, "nl-class-add", "htb", (char *)t[i].opt,
		    strcmp(t[i].opt, "--prio") ? "20x" : "x20x");
		ck_assert_int_eq(o.code, t[i].code);
		ck_assert_str_eq(o.err, t[i].msg);
		ck_assert_str_eq(o.report, "");
	}
}
END_TEST

START_TEST(test_hfsc)
{
	/* service curves: accepted forms and what Debian's module makes of
	 * them, and the forms it rejects */
	static const struct {
		const char *sc, *res;
	} t[] = {
		{ "m1:250,d:8,m2:100", "250/8/100" },
		{ "m2:100", "0/0/100" },
		{ "d:8,m2:100", "0/8/100" },
		{ "m1:250,m2:100", "250/0/100" },
		{ "m1:2k,d:8,m2:1mbit", "2/8/1" },
		{ "m2:100,m2:200", "0/0/100" },
		{ "m2:100,", "0/0/100" },
		{ ",m2:100", "0/0/100" },
		{ "x,m2:100", "0/0/100" },
		{ "m2:100,x", "0/0/100" },
		{ "m2: 100", "0/0/100" },
		{ "m2:-1", "0/0/4294967295" },
		{ "m2:4294967296", "0/0/0" },
		{ "d:3,m1:5,m2:1", "5/0/1" },
		{ "m1:5,xd:3,m2:1", "5/3/1" },
		{ "m1:5d:3,m2:1", "5/0/1" },
		{ "m1:5 d:3,m2:1", "5/0/1" },
		{ "m1:0x10,d:010,m2:1", "0/10/1" },
		{ "am1:5,m2:6", "5/0/6" },
		{ "m1:1,m2:2,m3:3", "1/0/2" },
		{ "m1:250,d:8", NULL },
		{ "", NULL },
		{ "x", NULL },
		{ "m2:", NULL },
		{ "m2:x", NULL },
		{ "m1:5", NULL },
		{ "d:5", NULL },
		{ "M2:100", NULL },
		{ "m2:100,d:3", NULL },
		{ "m2:100 d:3", NULL },
		{ "m2:1d:2", NULL },
		{ "m1:5 d:3 m2:1", NULL },
		{ "m1:5,d:3 m2:1", NULL },
		{ "d:3m2:1", NULL },
		{ "m1:5m2:1", NULL },
		{ "m1:,m2:1", NULL },
		{ "m1:x,m2:5", NULL },
		{ "m1:5,d:x,m2:6", NULL },
		{ "m1:5,m2:6,d:7", NULL },
		{ "d:3,m2:1,m1:5", NULL },
	};
	char expect[256], err[256];
	struct outcome o;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		RUN(C, rep_hfsc_class, "nl-class-add", "hfsc", "--rt",
		    (char *)t[i].sc);
		if (t[i].res) {
			ck_assert_int_eq(o.code, 0);
			snprintf(expect, sizeof(expect), "optind=4 rsc=%s",
				 t[i].res);
			ck_assert_str_eq(o.report, expect);
		} else {
			ck_assert_int_eq(o.code, 22);
			snprintf(err, sizeof(err),
				 "Error: Unable to parse sc \"%s\": Invalid format.\n",
				 t[i].sc);
			ck_assert_str_eq(o.err, err);
			ck_assert_str_eq(o.report, "");
		}
	}

	RUN(C, rep_hfsc_class, "nl-class-add", "hfsc", "--ls", "m1:1,d:2,m2:3");
	ck_assert_str_eq(o.report, "optind=4 fsc=1/2/3");
	RUN(C, rep_hfsc_class, "nl-class-add", "hfsc", "--ul", "m2:9");
	ck_assert_str_eq(o.report, "optind=4 usc=0/0/9");
	RUN(C, rep_hfsc_class, "nl-class-add", "hfsc", "--sc=m1:4,d:5,m2:6",
	    "--ul", "m2:7");
	ck_assert_str_eq(o.report, "optind=5 rsc=4/5/6 fsc=4/5/6 usc=0/0/7");
	RUN(C, rep_hfsc_class, "nl-class-add", "hfsc", "--ul", "zz");
	ck_assert_int_eq(o.code, 22);
	ck_assert_str_eq(o.err,
			 "Error: Unable to parse sc \"zz\": Invalid format.\n");

	RUN(Q, rep_hfsc_qdisc, "nl-qdisc-add", "hfsc", "--default", "0x10",
	    "-v");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.err, "");
	ck_assert_str_eq(o.report, "optind=5 default=0x10");
}
END_TEST

START_TEST(test_plug)
{
	struct outcome o;

	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--limit", "100");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report, "optind=4 action=3 limit=100");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--buffer");
	ck_assert_str_eq(o.report, "optind=3 action=0 limit=0");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--buffer", "--release-one");
	ck_assert_str_eq(o.report, "optind=4 action=1 limit=0");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--release-indefinite");
	ck_assert_str_eq(o.report, "optind=3 action=2 limit=0");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--re");
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: option '--re' is ambiguous; possibilities: '--release-one' '--release-indefinite'\n");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--buffer=1");
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: option '--buffer' doesn't allow an argument\n");
	RUN(Q, rep_plug, "nl-qdisc-add", "plug", "--limit", "x");
	ck_assert_int_eq(o.code, 22);
	ck_assert_str_eq(o.err, "Error: Unable to parse \"x\", not a number.\n");
}
END_TEST

START_TEST(test_no_options)
{
	struct outcome o;

	RUN(Q, NULL, "nl-qdisc-add", "ingress", "a", "-x", "b");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.err, "nl-qdisc-add: invalid option -- 'x'\n");
	ck_assert_str_eq(o.report, "optind=3");
	ck_assert_str_eq(o.out, "");

	RUN(Q, NULL, "nl-qdisc-add", "blackhole", "--foo", "-x", "y");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.err,
			 "nl-qdisc-add: unrecognized option '--foo'\n"
			 "nl-qdisc-add: invalid option -- 'x'\n");
	ck_assert_str_eq(o.report, "optind=4");
}
END_TEST

START_TEST(test_cls)
{
	struct outcome o;

	RUN(F, rep_basic, "nl-cls-add", "basic", "--target", "1:5");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report, "optind=4 target=0x10005 ematch=no");

	RUN(F, rep_basic, "nl-cls-add", "basic", "-e", "meta(mark eq 5)",
	    "-t", "1:3");
	ck_assert_str_eq(o.report, "optind=6 target=0x10003 ematch=yes");

	RUN(F, rep_basic, "nl-cls-add", "basic", "--target", "");
	ck_assert_int_eq(o.code, 12);
	ck_assert_str_eq(o.err, "Error: Unable to parse target \"\":\n");

	RUN(F, rep_basic, "nl-cls-add", "basic", "-t", "1:2", "-y");
	ck_assert_str_eq(o.err, "nl-cls-add: invalid option -- 'y'\n");
	ck_assert_str_eq(o.report, "optind=5 target=0x10002 ematch=no");

	RUN(F, rep_cgroup, "nl-cls-add", "cgroup", "--ematch",
	    "meta(mark eq 5)");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.report, "optind=4 ematch=yes");

	RUN(F, rep_cgroup, "nl-cls-add", "cgroup", "-t", "1:2");
	ck_assert_str_eq(o.err, "nl-cls-add: invalid option -- 't'\n");

	/* -h exits before the bad expression is looked at */
	RUN(F, rep_cgroup, "nl-cls-add", "cgroup", "-h", "-e", "x(");
	ck_assert_int_eq(o.code, 0);
	ck_assert_str_eq(o.out, usage_cgroup);
	ck_assert_str_eq(o.err, "");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Debian's tools with this tree's libraries and modules, in the netns  */

static const char *tool_env(void)
{
	static char env[1024];

	snprintf(env, sizeof(env),
		 "LD_LIBRARY_PATH=%s/lib/.libs:%s/src/lib/.libs NLCLI_MODULE_PATH=%s",
		 CLI_MODULE_BUILDDIR, CLI_MODULE_BUILDDIR, moddir);
	return env;
}

/* Run a shell command in the namespace, return its output (stdout+err). */
static int sh_out(char *buf, size_t len, const char *cmd)
{
	char file[4200];
	int rc;

	snprintf(file, sizeof(file), "%s/sh", moddir);
	rc = nltest_sh("{ %s; } >%s 2>&1", cmd, file);
	read_file(file, buf, len);
	return rc;
}

START_TEST(test_tools)
{
	char cmd[16384], out[4096];

	if (access("/usr/bin/nl-qdisc-add", X_OK) != 0) {
		fprintf(stderr, "Debian's nl-qdisc-add not installed, skipped\n");
		return;
	}
#ifdef __SANITIZE_ADDRESS__
	/* Debian's tools cannot load sanitizer-instrumented libraries */
	fprintf(stderr, "sanitizer build: Debian's tools not run\n");
	return;
#endif
	nltest_sh_ok("ip link add climod0 type veth peer name climod1");

	snprintf(cmd, sizeof(cmd),
		 "%s nl-qdisc-add --dev climod0 --parent root --id 1: htb "
		 "--r2q 5 --default 0x10 && "
		 "%s nl-class-add --dev climod0 --parent 1: --id 1:1 htb "
		 "--rate 20mbit --ceil 30mbit --prio 3 --quantum 1500 && "
		 "%s nl-class-add --dev climod0 --parent 1: --id 1:2 htb "
		 "--rate=1mbit && "
		 "%s nl-qdisc-add --dev climod0 --parent 1:1 --id 10: pfifo "
		 "--limit 32 && "
		 "%s nl-qdisc-add --dev climod0 --parent 1:2 --id 20: bfifo "
		 "--limit 4k && "
		 "%s nl-qdisc-add --dev climod0 --parent ffff:fff1 --id ffff: "
		 "ingress",
		 tool_env(), tool_env(), tool_env(), tool_env(), tool_env(),
		 tool_env());
	ck_assert_int_eq(sh_out(out, sizeof(out), cmd), 0);

	ck_assert_int_eq(sh_out(out, sizeof(out), "tc qdisc show dev climod0"),
			 0);
	ck_assert_str_eq(out,
			 "qdisc htb 1: root refcnt 3 r2q 5 default 0x10 direct_packets_stat 0 direct_qlen 1000\n"
			 "qdisc pfifo 10: parent 1:1 limit 32p\n"
			 "qdisc bfifo 20: parent 1:2 limit 4Kb\n"
			 "qdisc ingress ffff: parent ffff:fff1 ---------------- \n");
	ck_assert_int_eq(sh_out(out, sizeof(out),
				"tc class show dev climod0 | cut -d' ' -f1-12"),
			 0);
	ck_assert_str_eq(out,
			 "class htb 1:1 root leaf 10: prio 3 rate 20Mbit ceil 30Mbit\n"
			 "class htb 1:2 root leaf 20: prio 0 rate 1Mbit ceil 1Mbit\n");

	/* --help goes through the tool to our module */
	snprintf(cmd, sizeof(cmd),
		 "%s nl-qdisc-add --dev climod0 --parent root --id 2: htb "
		 "--help 2>/dev/null | head -3",
		 tool_env());
	sh_out(out, sizeof(out), cmd);
	ck_assert_str_eq(out, "Usage: nl-qdisc-add [...] htb [OPTIONS]...\n"
			      "\n"
			      "OPTIONS\n");

	/* an option error exits through the module */
	snprintf(cmd, sizeof(cmd),
		 "%s nl-class-add --dev climod0 --parent 1: --id 1:3 htb "
		 "--rate 20x",
		 tool_env());
	ck_assert_int_eq(sh_out(out, sizeof(out), cmd), 7);
	ck_assert_str_eq(out,
			 "Error: Unable to parse htb rate \"20x\": Invalid format.\n");

	/* blackhole replaces the root qdisc */
	snprintf(cmd, sizeof(cmd),
		 "%s nl-qdisc-add --dev climod1 --parent root --id 3: blackhole",
		 tool_env());
	ck_assert_int_eq(sh_out(out, sizeof(out), cmd), 0);
	sh_out(out, sizeof(out), "tc qdisc show dev climod1");
	ck_assert_str_eq(out, "qdisc blackhole 3: root refcnt 3 \n");

	nltest_sh("ip link del climod0");
}
END_TEST

static Suite *cli_modules_suite(void)
{
	Suite *s = suite_create("cli-modules");
	TCase *tc = tcase_create("modules");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_usage);
	tcase_add_test(tc, test_fifo);
	tcase_add_test(tc, test_fq_codel);
	tcase_add_test(tc, test_htb);
	tcase_add_test(tc, test_htb_errors);
	tcase_add_test(tc, test_hfsc);
	tcase_add_test(tc, test_plug);
	tcase_add_test(tc, test_no_options);
	tcase_add_test(tc, test_cls);
	tcase_add_test(tc, test_tools);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	int rc;

	nltest_enter_netns();
	setup_modules();
	rc = nltest_run(cli_modules_suite());
	cleanup_modules();
	return rc;
}
