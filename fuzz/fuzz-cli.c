/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: the argument parsers of libnl-cli-3 that the nl-*
 * tools call with what the user typed, and the option parsers of the tc
 * plugin modules (built in).  The first byte of the input picks the
 * parser, the rest is the argument (for a module, its command line, split
 * at blanks).  The parsers exit on bad input, as a tool does: exit() and
 * nl_cli_fatal() are wrapped (-Wl,--wrap) to return here instead, quietly.
 * What a parser allocated before it exits is not freed, as in a tool
 * (fuzz/run turns leak detection off for this target).
 */

#include <getopt.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/link.h>
#include <netlink/cli/addr.h>
#include <netlink/cli/route.h>
#include <netlink/cli/neigh.h>
#include <netlink/cli/rule.h>
#include <netlink/cli/nh.h>
#include <netlink/cli/ct.h>
#include <netlink/cli/exp.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>
#include <netlink/cli/class.h>
#include <netlink/cli/cls.h>
#include <netlink/route/cls/ematch.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

void __real_exit(int status) __attribute__((noreturn));
void __wrap_exit(int status) __attribute__((noreturn));
void __wrap_nl_cli_fatal(int err, const char *fmt, ...)
	__attribute__((noreturn));
int __real_vfprintf(FILE *f, const char *fmt, va_list ap);
int __wrap_vfprintf(FILE *f, const char *fmt, va_list ap);
int __wrap_fprintf(FILE *f, const char *fmt, ...);
size_t __real_fwrite(const void *p, size_t size, size_t n, FILE *f);
size_t __wrap_fwrite(const void *p, size_t size, size_t n, FILE *f);

static jmp_buf back;
static int armed;

void __wrap_exit(int status)
{
	if (armed)
		longjmp(back, 1);
	__real_exit(status);
}

void __wrap_nl_cli_fatal(int err, const char *fmt, ...)
{
	(void)err;
	(void)fmt;
	if (armed)
		longjmp(back, 1);
	__real_exit(1);
}

/* What a parser prints to stderr on its way out stays quiet. */
int __wrap_vfprintf(FILE *f, const char *fmt, va_list ap)
{
	if (armed && f == stderr)
		return 0;
	return __real_vfprintf(f, fmt, ap);
}

int __wrap_fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __wrap_vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

/* (the compiler turns fprintf() of a plain string into fwrite()) */
size_t __wrap_fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	if (armed && f == stderr)
		return n;
	return __real_fwrite(p, size, n, f);
}

enum obj { LINK, ADDR, ROUTE, NEIGH, RULE, NH, CT, EXP, QDISC, CLASS, CLS,
	   NONE };

struct parser {
	enum obj obj;
	void (*fn)(void *, char *);
	void (*fn_cache)(void *, struct nl_cache *, char *);
	void (*fn_int)(void *, int, char *);
	const char *kind;	/* a tc module: its kind */
};

#define P(o, f) { o, (void (*)(void *, char *))f, NULL, NULL, NULL }
#define PC(o, f) { o, NULL, (void (*)(void *, struct nl_cache *, char *))f, \
		   NULL, NULL }
#define PI(o, f) { o, NULL, NULL, (void (*)(void *, int, char *))f, NULL }
#define M(o, k) { o, NULL, NULL, NULL, k }

static void parse_u32(void *o, char *s) { (void)o; nl_cli_parse_u32(s); }
static void parse_dumptype(void *o, char *s) { (void)o; nl_cli_parse_dumptype(s); }
static void parse_addr(void *o, char *s)
{
	(void)o;
	nl_addr_put(nl_cli_addr_parse(s, AF_UNSPEC));
}
static void parse_handle_create(void *tc, char *s) { nl_cli_tc_parse_handle(tc, s, 1); }
static void parse_handle(void *tc, char *s) { nl_cli_tc_parse_handle(tc, s, 0); }
static void parse_nexthop(void *r, struct nl_cache *c, char *s) { nl_cli_route_parse_nexthop(r, s, c); }
static void parse_iif(void *r, struct nl_cache *c, char *s) { nl_cli_route_parse_iif(r, s, c); }
static void parse_ematch(void *cls, char *s)
{
	rtnl_ematch_tree_free(nl_cli_cls_parse_ematch(cls, s));
}

static const struct parser parsers[] = {
	P(NONE, parse_u32), P(NONE, parse_dumptype), P(NONE, parse_addr),
	P(LINK, nl_cli_link_parse_family), P(LINK, nl_cli_link_parse_name),
	P(LINK, nl_cli_link_parse_mtu), P(LINK, nl_cli_link_parse_ifindex),
	P(LINK, nl_cli_link_parse_txqlen), P(LINK, nl_cli_link_parse_weight),
	P(LINK, nl_cli_link_parse_ifalias),
	P(ADDR, nl_cli_addr_parse_family), P(ADDR, nl_cli_addr_parse_local),
	PC(ADDR, nl_cli_addr_parse_dev), P(ADDR, nl_cli_addr_parse_label),
	P(ADDR, nl_cli_addr_parse_peer), P(ADDR, nl_cli_addr_parse_scope),
	P(ADDR, nl_cli_addr_parse_broadcast),
	P(ADDR, nl_cli_addr_parse_preferred), P(ADDR, nl_cli_addr_parse_valid),
	P(ROUTE, nl_cli_route_parse_family), P(ROUTE, nl_cli_route_parse_dst),
	P(ROUTE, nl_cli_route_parse_src), P(ROUTE, nl_cli_route_parse_pref_src),
	P(ROUTE, nl_cli_route_parse_metric), PC(ROUTE, parse_nexthop),
	P(ROUTE, nl_cli_route_parse_table), P(ROUTE, nl_cli_route_parse_prio),
	P(ROUTE, nl_cli_route_parse_scope), P(ROUTE, nl_cli_route_parse_protocol),
	P(ROUTE, nl_cli_route_parse_type), PC(ROUTE, parse_iif),
	P(NEIGH, nl_cli_neigh_parse_dst), P(NEIGH, nl_cli_neigh_parse_lladdr),
	PC(NEIGH, nl_cli_neigh_parse_dev), P(NEIGH, nl_cli_neigh_parse_family),
	P(NEIGH, nl_cli_neigh_parse_state),
	P(RULE, nl_cli_rule_parse_family), P(NH, nl_cli_nh_parse_family),
	P(CT, nl_cli_ct_parse_family), P(CT, nl_cli_ct_parse_protocol),
	P(CT, nl_cli_ct_parse_mark), P(CT, nl_cli_ct_parse_timeout),
	P(CT, nl_cli_ct_parse_id), P(CT, nl_cli_ct_parse_use),
	PI(CT, nl_cli_ct_parse_src), PI(CT, nl_cli_ct_parse_dst),
	PI(CT, nl_cli_ct_parse_src_port), PI(CT, nl_cli_ct_parse_dst_port),
	P(CT, nl_cli_ct_parse_tcp_state), P(CT, nl_cli_ct_parse_status),
	P(CT, nl_cli_ct_parse_zone),
	P(EXP, nl_cli_exp_parse_family), P(EXP, nl_cli_exp_parse_timeout),
	P(EXP, nl_cli_exp_parse_id), P(EXP, nl_cli_exp_parse_helper_name),
	P(EXP, nl_cli_exp_parse_zone), P(EXP, nl_cli_exp_parse_flags),
	P(EXP, nl_cli_exp_parse_class), P(EXP, nl_cli_exp_parse_nat_dir),
	P(EXP, nl_cli_exp_parse_fn), PI(EXP, nl_cli_exp_parse_src),
	PI(EXP, nl_cli_exp_parse_dst), PI(EXP, nl_cli_exp_parse_l4protonum),
	PI(EXP, nl_cli_exp_parse_src_port), PI(EXP, nl_cli_exp_parse_dst_port),
	PI(EXP, nl_cli_exp_parse_icmp_id), PI(EXP, nl_cli_exp_parse_icmp_type),
	PI(EXP, nl_cli_exp_parse_icmp_code),
	PC(QDISC, nl_cli_tc_parse_dev), P(QDISC, nl_cli_tc_parse_parent),
	P(QDISC, parse_handle), P(QDISC, parse_handle_create),
	P(QDISC, nl_cli_tc_parse_mtu), P(QDISC, nl_cli_tc_parse_mpu),
	P(QDISC, nl_cli_tc_parse_overhead), P(QDISC, nl_cli_tc_parse_linktype),
	P(QDISC, nl_cli_tc_parse_kind),
	P(CLS, nl_cli_cls_parse_proto), P(CLS, parse_ematch),
	M(QDISC, "bfifo"), M(QDISC, "blackhole"), M(QDISC, "fq_codel"),
	M(QDISC, "hfsc"), M(QDISC, "htb"), M(QDISC, "ingress"),
	M(QDISC, "pfifo"), M(QDISC, "plug"), M(CLASS, "hfsc"),
	M(CLASS, "htb"), M(CLS, "basic"), M(CLS, "cgroup"),
};

static struct nl_cache *links;

/* A link cache with two links, for the parsers that look names up. */
static void make_links(void)
{
	static const char *names[] = { "lo", "eth0" };
	int i;

	if (links)
		return;
	if (nl_cache_alloc_name("route/link", &links) < 0)
		abort();
	for (i = 0; i < 2; i++) {
		struct rtnl_link *l = rtnl_link_alloc();

		rtnl_link_set_name(l, names[i]);
		rtnl_link_set_ifindex(l, i + 1);
		rtnl_link_set_family(l, AF_UNSPEC);
		nl_cache_add(links, (struct nl_object *)l);
		rtnl_link_put(l);
	}
}

static void *obj_alloc(enum obj o)
{
	switch (o) {
	case LINK: return nl_cli_link_alloc();
	case ADDR: return nl_cli_addr_alloc();
	case ROUTE: return nl_cli_route_alloc();
	case NEIGH: return nl_cli_neigh_alloc();
	case RULE: return nl_cli_rule_alloc();
	case NH: return nl_cli_nh_alloc();
	case CT: return nl_cli_ct_alloc();
	case EXP: return nl_cli_exp_alloc();
	case QDISC: return nl_cli_qdisc_alloc();
	case CLASS: return nl_cli_class_alloc();
	case CLS: return nl_cli_cls_alloc();
	case NONE: break;
	}
	return NULL;
}

/* Run a module's option parser on @s split at blanks. */
static void module(void *tc, const char *kind, char *s)
{
	struct nl_cli_tc_module *tm;
	char *argv[64], *save = NULL, *w;
	int argc = 0;

	if (rtnl_tc_set_kind(tc, kind) < 0)
		return;
	tm = nl_cli_tc_lookup(rtnl_tc_get_ops(tc));
	if (!tm)
		abort();	/* built in */
	argv[argc++] = (char *)"fuzz";
	for (w = strtok_r(s, " \t\n", &save); w && argc < 63;
	     w = strtok_r(NULL, " \t\n", &save))
		argv[argc++] = w;
	argv[argc] = NULL;
	optind = 0;
	opterr = 0;
	tm->tm_parse_argv(tc, argc, argv);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct parser *p;
	void *volatile obj;
	size_t n;
	char *s;

	if (size < 1)
		return 0;
	make_links();
	n = sizeof(parsers) / sizeof(parsers[0]);
	p = &parsers[data[0] % n];
	s = malloc(size);
	if (!s)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	obj = obj_alloc(p->obj);
	if (p->obj != NONE && !obj) {
		free(s);
		return 0;
	}

	armed = 1;
	if (!setjmp(back)) {
		if (p->kind)
			module(obj, p->kind, s);
		else if (p->fn)
			p->fn(obj, s);
		else if (p->fn_cache)
			p->fn_cache(obj, links, s);
		else
			p->fn_int(obj, (data[0] / n) & 1, s);
	}
	armed = 0;

	if (obj)
		nl_object_put(obj);
	free(s);
	return 0;
}
