/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: traffic control objects from command-line arguments, and
 * the registry of tc plugin modules (one per qdisc/class/classifier kind,
 * loaded on demand from PKGLIBDIR/cli/<qdisc|cls>/<kind>.so).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>
#include <netlink/cli/class.h>
#include <netlink/cli/cls.h>

#include "nl-private/tc-api.h"

/** Set the tc object's link by name (from @a link_cache), or exit. */
void nl_cli_tc_parse_dev(struct rtnl_tc *tc, struct nl_cache *link_cache,
			 char *name)
{
	struct rtnl_link *link = link_cache ?
		rtnl_link_get_by_name(link_cache, name) : NULL;

	if (!link)
		nl_cli_fatal(ENOENT, "Link \"%s\" does not exist.", name);
	rtnl_tc_set_link(tc, link);
	rtnl_link_put(link);
}

/** Set the parent handle ("root", "1:", "1:2", a class name), or exit. */
void nl_cli_tc_parse_parent(struct rtnl_tc *tc, char *arg)
{
	uint32_t parent;
	int err = rtnl_tc_str2handle(arg, &parent);

	if (err < 0)
		nl_cli_fatal(err, "Unable to parse handle \"%s\": %s", arg,
			     nl_geterror(err));
	rtnl_tc_set_parent(tc, parent);
}

/**
 * Set the handle, or exit.  With @a create, an unknown name becomes a new
 * class id name (rtnl_classid_generate()).
 */
void nl_cli_tc_parse_handle(struct rtnl_tc *tc, char *arg, int create)
{
	uint32_t handle = 0;
	int err = rtnl_tc_str2handle(arg, &handle);

	if (err < 0 && err == -NLE_OBJ_NOTFOUND && create)
		err = rtnl_classid_generate(arg, &handle, 0);
	if (err < 0)
		nl_cli_fatal(err, "Unable to parse handle \"%s\": %s", arg,
			     nl_geterror(err));
	rtnl_tc_set_handle(tc, handle);
}

/** Set the MTU used in rate computations, or exit. */
void nl_cli_tc_parse_mtu(struct rtnl_tc *tc, char *arg)
{
	rtnl_tc_set_mtu(tc, nl_cli_parse_u32(arg));
}

/** Set the minimum packet unit, or exit. */
void nl_cli_tc_parse_mpu(struct rtnl_tc *tc, char *arg)
{
	rtnl_tc_set_mpu(tc, nl_cli_parse_u32(arg));
}

/** Set the per-packet overhead, or exit. */
void nl_cli_tc_parse_overhead(struct rtnl_tc *tc, char *arg)
{
	rtnl_tc_set_overhead(tc, nl_cli_parse_u32(arg));
}

/** Set the link-layer type by name ("ether"...), or exit. */
void nl_cli_tc_parse_linktype(struct rtnl_tc *tc, char *arg)
{
	int type = nl_str2llproto(arg);

	if (type < 0)
		nl_cli_fatal(type, "Unable to parse linktype \"%s\": %s", arg,
			     nl_geterror(type));
	rtnl_tc_set_linktype(tc, type);
}

/** Set the kind ("htb", "u32"...). */
void nl_cli_tc_parse_kind(struct rtnl_tc *tc, char *arg)
{
	rtnl_tc_set_kind(tc, arg);
}

/* ------------------------------------------------------------------ */
/* Plugin modules                                                       */

static NL_LIST_HEAD(tc_modules);

static struct nl_cli_tc_module *find_module(struct rtnl_tc_ops *ops)
{
	struct nl_cli_tc_module *tm;

	nl_list_for_each_entry(tm, &tc_modules, tm_list)
		if (tm->tm_ops == ops)
			return tm;
	return NULL;
}

/**
 * The module that parses the arguments of the kind @a ops, loading it
 * when no module of the kind is registered yet.
 * @return the module, or NULL when there is none for the kind.
 */
struct nl_cli_tc_module *nl_cli_tc_lookup(struct rtnl_tc_ops *ops)
{
	struct nl_cli_tc_module *tm = find_module(ops);

	if (tm)
		return tm;
	switch (ops->to_type) {
	case RTNL_TC_TYPE_QDISC:
	case RTNL_TC_TYPE_CLASS:
		nl_cli_load_module("cli/qdisc", ops->to_kind);
		break;
	case RTNL_TC_TYPE_CLS:
		nl_cli_load_module("cli/cls", ops->to_kind);
		break;
	default:
		nl_cli_fatal(EINVAL, "BUG: unhandled TC object type %d",
			     ops->to_type);
	}
	return find_module(ops);
}

/**
 * Register a plugin module (its constructor calls this).  The module's
 * kind must be known to libnl-route-3; exit otherwise.
 */
void nl_cli_tc_register(struct nl_cli_tc_module *tm)
{
	struct rtnl_tc_ops *ops = rtnl_tc_lookup_ops(tm->tm_type, tm->tm_name);

	if (!ops)
		nl_cli_fatal(ENOENT,
			     "Unable to register CLI TC module \"%s\": "
			     "No matching libnl TC module found.",
			     tm->tm_name);
	tm->tm_ops = ops;
	nl_list_add_tail(&tm->tm_list, &tc_modules);
}

/** Unregister a plugin module (its destructor calls this). */
void nl_cli_tc_unregister(struct nl_cli_tc_module *tm)
{
	nl_list_del(&tm->tm_list);
}

/* ------------------------------------------------------------------ */
/* Qdiscs, classes, classifiers                                         */

/** A new qdisc object, or exit. */
struct rtnl_qdisc *nl_cli_qdisc_alloc(void)
{
	struct rtnl_qdisc *qdisc = rtnl_qdisc_alloc();

	if (!qdisc)
		nl_cli_fatal(ENOMEM, "Unable to allocate qdisc object");
	return qdisc;
}

/** A new class object, or exit. */
struct rtnl_class *nl_cli_class_alloc(void)
{
	struct rtnl_class *class = rtnl_class_alloc();

	if (!class)
		nl_cli_fatal(ENOMEM, "Unable to allocate class object");
	return class;
}

/** The class cache of the link @a ifindex, or exit. */
struct nl_cache *nl_cli_class_alloc_cache(struct nl_sock *sock, int ifindex)
{
	struct nl_cache *cache;
	int err = rtnl_class_alloc_cache(sock, ifindex, &cache);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate class cache: %s",
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** A new classifier object, or exit. */
struct rtnl_cls *nl_cli_cls_alloc(void)
{
	struct rtnl_cls *cls = rtnl_cls_alloc();

	if (!cls)
		nl_cli_fatal(ENOMEM, "Unable to allocate classifier object");
	return cls;
}

/** The classifier cache of link @a ifindex under @a parent, or exit. */
struct nl_cache *nl_cli_cls_alloc_cache(struct nl_sock *sock, int ifindex,
					uint32_t parent)
{
	struct nl_cache *cache;
	int err = rtnl_cls_alloc_cache(sock, ifindex, parent, &cache);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate classifier cache: %s",
			     nl_geterror(err));
	return cache;
}

/** Set the classifier's protocol by name ("ip", "all"...), or exit. */
void nl_cli_cls_parse_proto(struct rtnl_cls *cls, char *arg)
{
	int proto = nl_str2ether_proto(arg);

	if (proto < 0)
		nl_cli_fatal(proto, "Unknown protocol \"%s\".", arg);
	rtnl_cls_set_protocol(cls, proto);
}

/** Parse an ematch expression into a tree, or exit. */
struct rtnl_ematch_tree *nl_cli_cls_parse_ematch(struct rtnl_cls *cls, char *arg)
{
	struct rtnl_ematch_tree *tree;
	char *errstr = NULL;
	int err = rtnl_ematch_parse_expr(arg, &errstr, &tree);

	if (err < 0)
		nl_cli_fatal(err, "Unable to parse ematch expression: %s",
			     errstr ? errstr : nl_geterror(err));
	free(errstr);
	return tree;
}
