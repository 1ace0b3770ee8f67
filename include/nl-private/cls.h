/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3 part "cls": classifier and action objects,
 * ematch trees.  Never installed.
 */

#ifndef NL_PRIVATE_CLS_H_
#define NL_PRIVATE_CLS_H_

#include <stdint.h>

#include "nl-private/tc-api.h"

#include <netlink/route/classifier.h>
#include <netlink/route/action.h>
#include <netlink/route/cls/ematch.h>

/* Classifier presence bits (after the common tc bits) */
#define CLS_ATTR_PRIO		(TCA_ATTR_MAX << 1)
#define CLS_ATTR_PROTOCOL	(TCA_ATTR_MAX << 2)

struct rtnl_cls {
	struct rtnl_tc c_tc;
	uint16_t c_prio;
	uint16_t c_protocol;
};

struct rtnl_act {
	struct rtnl_tc a_tc;
	struct rtnl_act *a_next;
};

/* Action lists inside classifier kind data: the kinds call these from
 * their parse / fill / clone / compare / free hooks. */
/* Clone a whole action list; NULL on ENOMEM (or for an empty list). */
int _rtnl_act_clone_list(struct rtnl_act **dst, struct rtnl_act *src);
/* Nonzero when two action lists differ (kind, index, options). */
int _rtnl_act_list_differ(struct rtnl_act *a, struct rtnl_act *b);
/* Append act to *head taking a new reference; -NLE_RANGE when full. */
int _rtnl_act_add_ref(struct rtnl_act **head, struct rtnl_act *act);
/* Remove act from *head and drop the list's reference. */
int _rtnl_act_del_ref(struct rtnl_act **head, struct rtnl_act *act);
/* The verdict (TC_ACT_*) of an action as its line dump names it (some
 * verdicts print nothing, as in Debian's libnl). */
void _rtnl_act_dump_policy(int action, struct nl_dump_params *p);
/* One-line names of the actions of a list ("gact mirred"). */
void _rtnl_act_dump_list(struct rtnl_act *head, struct nl_dump_params *p);

/* Nonzero when two ematch trees differ. */
int _rtnl_ematch_tree_differ(struct rtnl_ematch_tree *a,
			     struct rtnl_ematch_tree *b);

/* An ematch and a tree of them */
struct rtnl_ematch {
	uint16_t e_id;
	uint16_t e_kind;
	uint16_t e_flags;
	uint16_t e_index;
	size_t e_datalen;

	struct nl_list_head e_childs;
	struct nl_list_head e_list;
	struct rtnl_ematch_ops *e_ops;

	void *e_data;
};

struct rtnl_ematch_tree {
	uint16_t et_progid;
	struct nl_list_head et_list;
};

/* ematch grammar (cls/ematch_syntax.y) */
int _rtnl_ematch_expr_parse(const char *expr, char **errp,
			    struct rtnl_ematch_tree *tree);

#endif
