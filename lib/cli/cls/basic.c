/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CLI plugin module of the basic classifier (ematch tree and target class).
 */

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/cls.h>
#include <netlink/route/cls/basic.h>

static void basic_usage(void)
{
	puts("Usage: nl-cls-add [...] basic [OPTIONS]...\n"
	     "\n"
	     "OPTIONS\n"
	     " -h, --help                Show this help text.\n"
	     " -t, --target=ID           Target class to send matching packets to\n"
	     " -e, --ematch=EXPR         Ematch expression\n"
	     "\n"
	     "EXAMPLE"
	     "    # Create a \"catch-all\" classifier, attached to \"q_root\", classyfing\n"
	     "    # all not yet classified packets to class \"c_default\"\n"
	     "    nl-cls-add --dev=eth0 --parent=q_root basic --target=c_default");
}

/**
 * Parse the options of a basic classifier: -t/--target=ID (a class handle
 * or name), -e/--ematch=EXPR, -h/--help (prints the usage and exits 0).
 * @arg tc		classifier whose kind is basic
 * @arg argc		argument count
 * @arg argv		arguments; parsing continues at optind
 */
static void basic_parse_argv(struct rtnl_tc *tc, int argc, char **argv)
{
	struct rtnl_cls *cls = (struct rtnl_cls *)tc;
	static const struct option long_opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "target", required_argument, NULL, 't' },
		{ "ematch", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	struct rtnl_ematch_tree *tree;
	uint32_t target;
	int c, err;

	while ((c = getopt_long(argc, argv, "ht:e:", long_opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			basic_usage();
			exit(0);
		case 't':
			err = rtnl_tc_str2handle(optarg, &target);
			if (err < 0)
				nl_cli_fatal(err, "Unable to parse target \"%s\":",
					     optarg);
			rtnl_basic_set_target(cls, target);
			break;
		case 'e':
			tree = nl_cli_cls_parse_ematch(cls, optarg);
			rtnl_basic_set_ematch(cls, tree);
			break;
		}
	}
}

static struct nl_cli_tc_module basic_module = {
	.tm_name = "basic",
	.tm_type = RTNL_TC_TYPE_CLS,
	.tm_parse_argv = basic_parse_argv,
};

static void __init basic_init(void)
{
	nl_cli_tc_register(&basic_module);
}

static void __exit basic_exit(void)
{
	nl_cli_tc_unregister(&basic_module);
}
