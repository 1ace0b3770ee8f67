/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (tc).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_TC_H_
#define NETLINK_CLI_TC_H_

/**
 * @defgroup cli_tc Traffic control and plugin modules
 * @ingroup cli
 * Fields common to qdiscs, classes and classifiers from command-line
 * arguments, and the registry of the plugin modules that parse the options
 * of each kind (loaded from the cli/qdisc and cli/cls module folders).
 * @{
 */

#include <netlink/route/tc.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_tc_ops;

/** A CLI plugin module for one tc kind: parses the kind's arguments. */
struct nl_cli_tc_module {
	/** Kind the module handles ("htb", "u32"...) */
	const char *tm_name;
	/** Type of object: RTNL_TC_TYPE_QDISC, _CLASS or _CLS */
	enum rtnl_tc_type tm_type;
	/** Operations of the kind in libnl-route-3, set on registration */
	struct rtnl_tc_ops *tm_ops;
	/** Parses the kind's command-line arguments into the object */
	void (*tm_parse_argv)(struct rtnl_tc *, int, char **);
	/** Links the registered modules; private */
	struct nl_list_head tm_list;
};

/**
 * Set the link of a tc object from its name, or exit.
 * @param tc	qdisc, class or classifier
 * @param link_cache	link cache the name is looked up in
 * @param name	interface name
 *
 * An unknown name ends the program with ENOENT. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_dev(struct rtnl_tc *tc, struct nl_cache *link_cache,
				char *name);

/**
 * Set the parent of a tc object from a handle, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	"root", "ingress", "1:", "1:2" or a class name
 *		(rtnl_tc_str2handle())
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_parent(struct rtnl_tc *tc, char *arg);

/**
 * Set the handle of a tc object, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	handle as rtnl_tc_str2handle() reads it
 * @param create	non-zero to turn an unknown class name into a new class
 *		id (rtnl_classid_generate())
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_handle(struct rtnl_tc *tc, char *arg, int create);

/**
 * Set the MTU used for rate computations of a tc object, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	number of bytes
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_mtu(struct rtnl_tc *tc, char *arg);

/**
 * Set the minimum packet unit of a tc object, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	number of bytes
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_mpu(struct rtnl_tc *tc, char *arg);

/**
 * Set the per-packet overhead of a tc object, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	number of bytes
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_overhead(struct rtnl_tc *tc, char *arg);

/**
 * Set the link-layer type of a tc object from its name, or exit.
 * @param tc	qdisc, class or classifier
 * @param arg	link-layer type name as nl_str2llproto() knows it ("ether"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_tc_parse_linktype(struct rtnl_tc *tc, char *arg);

/**
 * Set the kind of a tc object.
 * @param tc	qdisc, class or classifier
 * @param arg	kind ("htb", "u32"...)
 */
extern void nl_cli_tc_parse_kind(struct rtnl_tc *tc, char *arg);

/**
 * Find the plugin module of a tc kind, loading it when needed.
 * @param ops	operations of the kind in libnl-route-3
 *
 * A module that cannot be loaded ends the program (nl_cli_load_module()).
 *
 * @return The module, owned by its shared object; NULL when the module loaded
 *         registers no module for the kind.
 */
extern struct nl_cli_tc_module *nl_cli_tc_lookup(struct rtnl_tc_ops *ops);

/**
 * Register a plugin module.
 * @param tm	module, usually static data of the module; it must stay valid
 *		until nl_cli_tc_unregister()
 *
 * Called by the module's __init function. A kind libnl-route-3 does not
 * know ends the program with ENOENT.
 */
extern void nl_cli_tc_register(struct nl_cli_tc_module *tm);

/**
 * Unregister a plugin module.
 * @param tm	module registered with nl_cli_tc_register()
 *
 * Called by the module's __exit function.
 */
extern void nl_cli_tc_unregister(struct nl_cli_tc_module *tm);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
