/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * What the traffic control tools share: adding a qdisc, class or
 * classifier through the plugin module of its kind, and printing the
 * tree of classes, classifiers and child qdiscs below a qdisc.
 */

#include <netlink/cli/tc.h>
#include <netlink/cli/qdisc.h>
#include <netlink/cli/class.h>
#include <netlink/cli/cls.h>

#include "nl-private/tc-api.h"
#include "tool.h"

/**
 * Check the device and parent of t->obj, take the kind from the next
 * argument, let the kind's module parse the rest and send the request.
 * @return exit code
 */
int tool_tc_add(struct tool *t, const struct tool_tc_kind *k,
		const struct tool_change *c)
{
	struct rtnl_tc *tc = t->obj;
	struct nl_cli_tc_module *tm;
	struct rtnl_tc_ops *ops;
	const char *kind;

	if (!rtnl_tc_get_ifindex(tc))
		nl_cli_fatal(EINVAL, "You must specify a network device "
			     "(--dev=XXX)");
	if (!rtnl_tc_get_parent(tc))
		nl_cli_fatal(EINVAL, "%s", k->no_parent);
	if (optind >= t->argc)
		tool_usage_error(t);
	kind = t->argv[optind++];
	rtnl_tc_set_kind(tc, kind);
	ops = rtnl_tc_get_ops(tc);
	if (!ops)
		nl_cli_fatal(ENOENT, k->unknown, kind);
	tm = nl_cli_tc_lookup(ops);
	if (!tm)
		nl_cli_fatal(ENOTSUP, k->unsupported, kind);
	tm->tm_parse_argv(tc, t->argc, t->argv);
	return tool_add(t, c);
}

/* ------------------------------------------------------------------ */
/* The tree below a qdisc                                               */

struct tree {
	struct tool *t;
	struct nl_cache *qdiscs;
	struct nl_cache *classes;
	int step;		/* indentation added per level */
};

struct level {
	struct tree *tree;
	int prefix;
};

static void dump_at(struct tree *tr, struct nl_object *obj, int prefix)
{
	struct nl_dump_params p = tr->t->params;

	p.dp_prefix = prefix;
	nl_object_dump(obj, &p);
}

static void dump_cls(struct nl_object *obj, void *arg)
{
	struct level *l = arg;

	dump_at(l->tree, obj, l->prefix);
}

/* The classifiers attached to @parent of link @ifindex. */
static void print_cls(struct level *l, int ifindex, uint32_t parent)
{
	struct nl_cache *cls;

	if (rtnl_cls_alloc_cache(l->tree->t->sk, ifindex, parent, &cls) < 0)
		return;
	nl_cache_foreach(cls, dump_cls, l);
	nl_cache_free(cls);
}

static void print_qdisc_at(struct tree *tr, struct rtnl_qdisc *qdisc,
			   int prefix);

static void print_class(struct nl_object *obj, void *arg)
{
	struct level *l = arg, sub = { l->tree, l->prefix + l->tree->step };
	struct rtnl_class *class = (struct rtnl_class *)obj;
	struct rtnl_tc *tc = TC_CAST(class);
	struct rtnl_qdisc *leaf;

	dump_at(l->tree, obj, l->prefix);
	print_cls(&sub, rtnl_tc_get_ifindex(tc), rtnl_tc_get_handle(tc));
	rtnl_class_foreach_child(class, l->tree->classes, print_class, &sub);
	leaf = rtnl_class_leaf_qdisc(class, l->tree->qdiscs);
	if (leaf) {
		print_qdisc_at(l->tree, leaf, sub.prefix);
		rtnl_qdisc_put(leaf);
	}
}

static void print_qdisc_at(struct tree *tr, struct rtnl_qdisc *qdisc,
			   int prefix)
{
	struct rtnl_tc *tc = TC_CAST(qdisc);
	struct level sub = { tr, prefix + tr->step };

	dump_at(tr, OBJ_CAST(qdisc), prefix);
	print_cls(&sub, rtnl_tc_get_ifindex(tc), rtnl_tc_get_handle(tc));
	if (tr->classes)
		rtnl_qdisc_foreach_child(qdisc, tr->classes, print_class, &sub);
}

/**
 * Print @a qdisc with t->params at indentation @a prefix, then its
 * classifiers, classes and their qdiscs, each level @a step further in.
 */
void tool_tc_tree(struct tool *t, struct nl_cache *qdiscs,
		  struct rtnl_qdisc *qdisc, int prefix, int step)
{
	struct tree tr = { t, qdiscs, NULL, step };
	int ifindex = rtnl_tc_get_ifindex(TC_CAST(qdisc));

	if (rtnl_class_alloc_cache(t->sk, ifindex, &tr.classes) < 0)
		tr.classes = NULL;
	print_qdisc_at(&tr, qdisc, prefix);
	if (tr.classes)
		nl_cache_free(tr.classes);
}
