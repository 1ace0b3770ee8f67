/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the cgroup classifier.
 */

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>
#include <netlink/route/cls/cgroup.h>

static void cgroup_usage(void)
{
	puts("Usage: nl-cls-add [...] cgroup [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     " -h, --help                Show this help text.\n"
	     " -e, --ematch=EXPR         Ematch expression\n"
	     "\n"
	     "EXAMPLE"
	     "    nl-cls-add --dev=eth0 --parent=q_root cgroup");
}

/**
 * Parse the options of a cgroup classifier: -e/--ematch=EXPR,
 * -h/--help (prints the usage and exits 0).
 * @arg tc		classifier whose kind is cgroup
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void cgroup_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_cls *cls = (struct rtnl_cls *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "ematch", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	struct rtnl_ematch_tree *tree;
	int c;

	while ((c = getopt_long(argc, argv, "he:", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			cgroup_usage();
			exit(0);
		case 'e':
			tree = nl_cli_cls_parse_ematch(cls, optarg);
			rtnl_cgroup_set_ematch(cls, tree);
			break;
		}
	}
}

static struct nl_cli_tc_module cgroup_module = {
	.tm_name = "cgroup",
	.tm_type = RTNL_TC_TYPE_CLS,
	.tm_parse_argv = cgroup_parse_argv,
};

static void __init cgroup_init(void)
{
	nl_cli_tc_register(&cgroup_module);
}

static void __exit cgroup_exit(void)
{
	nl_cli_tc_unregister(&cgroup_module);
}
