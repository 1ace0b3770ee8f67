/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the hfsc qdisc and its classes (hierarchical fair
 * service curve).
 */

#include <netlink/cli/utils.h>
#include "../module.h"
#include <netlink/cli/tc.h>
#include <netlink/route/qdisc/hfsc.h>
#include <linux/pkt_sched.h>

static void hfsc_qdisc_usage(void)
{
	puts("Usage: nl-qdisc-add [...] hfsc [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --default=ID          Default class for unclassified traffic.\n"
	     "\n"
	     "EXAMPLE"
	     "    # Create hfsc root qdisc 1: and direct unclassified traffic to class 1:10\n"
	     "    nl-qdisc-add --dev=eth1 --parent=root --handle=1: hfsc --default=10");
}

enum {
	HFSC_OPT_DEFAULT = 257,
	HFSC_OPT_RT,
	HFSC_OPT_LS,
	HFSC_OPT_SC,
	HFSC_OPT_UL,
};

/**
 * Parse the options of an hfsc qdisc (--default=ID, --help).  -v is
 * accepted and ignored, as by upstream's module.
 * @arg tc		qdisc whose kind is hfsc
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void hfsc_parse_qdisc_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_qdisc *qdisc = (struct rtnl_qdisc *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "default", required_argument, NULL, HFSC_OPT_DEFAULT },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "hv", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			hfsc_qdisc_usage();
			return;
		case HFSC_OPT_DEFAULT:
			rtnl_qdisc_hfsc_set_defcls(qdisc,
						   cli_module_number(optarg, UINT32_MAX));
			break;
		}
	}
}

static void hfsc_class_usage(void)
{
	puts("Usage: nl-class-add [...] hfsc [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     "     --help                Show this help text.\n"
	     "     --ls=SC               Link-sharing service curve\n"
	     "     --rt=SC               Real-time service curve\n"
	     "     --sc=SC               Specifiy both of the above\n"
	     "     --ul=SC               Upper limit\n"
	     "     where SC := [ [ m1 bits ] d usec ] m2 bits\n"
	     "\n"
	     "EXAMPLE"
	     "    # Attach class 1:1 to hfsc qdisc 1: and use rt and ls curve\n"
	     "    nl-class-add --dev=eth1 --parent=1: --classid=1:1 hfsc --sc=m1:250,d:8,m2:100");
}

/*
 * Take the decimal number after "<key>:" found at or after *pos in the
 * writable copy.  With @a need_comma the field must be followed (somewhere)
 * by a ',', where the field is cut off and the next search begins.
 * Returns 1 and sets *val when the key is there, 0 when it is absent,
 * -1 when it is there but malformed.
 */
static int hfsc_take_field(char **pos, const char *key, int need_comma,
			   uint32_t *val)
{
	char *field = strstr(*pos, key);
	char *num, *end, *comma;

	if (!field)
		return 0;
	num = field + strlen(key);
	comma = strchr(num, ',');
	if (comma)
		*comma = '\0';
	else if (need_comma)
		return -1;
	*val = (uint32_t)strtoul(num, &end, 10);
	if (end == num)
		return -1;
	*pos = comma ? comma + 1 : end;
	return 1;
}

/*
 * Parse a service curve "[m1:N,][d:N,]m2:N" (the fields are searched for
 * in that order; m1 and d must each be followed by a comma); exit with
 * EINVAL when it does not parse.
 */
static void hfsc_parse_sc(const char *arg, struct tc_service_curve *sc)
{
	char *copy = strdup(arg);
	char *pos = copy;
	uint32_t m1 = 0, d = 0, m2 = 0;
	int ok = 0;

	if (copy && hfsc_take_field(&pos, "m1:", 1, &m1) >= 0 &&
	    hfsc_take_field(&pos, "d:", 1, &d) >= 0 &&
	    hfsc_take_field(&pos, "m2:", 0, &m2) > 0)
		ok = 1;
	free(copy);
	if (!ok)
		nl_cli_fatal(EINVAL, "Unable to parse sc \"%s\": Invalid format.",
			     arg);
	sc->m1 = m1;
	sc->d = d;
	sc->m2 = m2;
}

/**
 * Parse the options of an hfsc class: service curves --rt (real time),
 * --ls (link sharing), --sc (both), --ul (upper limit); --help.
 * @arg tc		class whose kind is hfsc
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void hfsc_parse_class_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_class *class = (struct rtnl_class *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "rt", required_argument, NULL, HFSC_OPT_RT },
		{ "ls", required_argument, NULL, HFSC_OPT_LS },
		{ "sc", required_argument, NULL, HFSC_OPT_SC },
		{ "ul", required_argument, NULL, HFSC_OPT_UL },
		{ NULL, 0, NULL, 0 },
	};
	struct tc_service_curve sc;
	int c;

	while ((c = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			hfsc_class_usage();
			return;
		case HFSC_OPT_RT:
			hfsc_parse_sc(optarg, &sc);
			rtnl_class_hfsc_set_rsc(class, &sc);
			break;
		case HFSC_OPT_LS:
			hfsc_parse_sc(optarg, &sc);
			rtnl_class_hfsc_set_fsc(class, &sc);
			break;
		case HFSC_OPT_SC:
			hfsc_parse_sc(optarg, &sc);
			rtnl_class_hfsc_set_rsc(class, &sc);
			rtnl_class_hfsc_set_fsc(class, &sc);
			break;
		case HFSC_OPT_UL:
			hfsc_parse_sc(optarg, &sc);
			rtnl_class_hfsc_set_usc(class, &sc);
			break;
		}
	}
}

static struct nl_cli_tc_module hfsc_qdisc_module = {
	.tm_name = "hfsc",
	.tm_type = RTNL_TC_TYPE_QDISC,
	.tm_parse_argv = hfsc_parse_qdisc_argv,
};

static struct nl_cli_tc_module hfsc_class_module = {
	.tm_name = "hfsc",
	.tm_type = RTNL_TC_TYPE_CLASS,
	.tm_parse_argv = hfsc_parse_class_argv,
};

static void __init hfsc_init(void)
{
	nl_cli_tc_register(&hfsc_qdisc_module);
	nl_cli_tc_register(&hfsc_class_module);
}

static void __exit hfsc_exit(void)
{
	nl_cli_tc_unregister(&hfsc_class_module);
	nl_cli_tc_unregister(&hfsc_qdisc_module);
}
