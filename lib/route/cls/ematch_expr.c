/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Runs the ematch expression grammar (ematch_syntax.y, ematch_grammar.l)
 * over a string and moves the result into a tree.
 */

#include <stdlib.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include "ematch_syntax.h"
#define YYSTYPE EMATCH_STYPE
#include "ematch_grammar.h"

int _rtnl_ematch_expr_parse(const char *expr, char **errp,
			    struct rtnl_ematch_tree *tree)
{
	struct ematch_pstate st = { .errp = errp };
	struct rtnl_ematch *e, *n;
	YY_BUFFER_STATE buf;
	void *scanner;
	int err;

	if (ematch_lex_init(&scanner))
		return -NLE_NOMEM;
	buf = ematch__scan_string(expr, scanner);
	if (!buf) {
		ematch_lex_destroy(scanner);
		return -NLE_NOMEM;
	}
	err = ematch_parse(scanner, &st);
	ematch__delete_buffer(buf, scanner);
	ematch_lex_destroy(scanner);

	if (err || st.err || !st.result) {
		rtnl_ematch_free(st.result);
		if (st.err)
			return st.err;
		if (errp && !*errp)
			*errp = NULL;
		return err == 2 ? -NLE_NOMEM : -NLE_PARSE_ERR;
	}
	/* the outermost container's children become the tree */
	nl_list_for_each_entry_safe(e, n, &st.result->e_childs, e_list) {
		rtnl_ematch_unlink(e);
		rtnl_ematch_tree_add(tree, e);
	}
	rtnl_ematch_free(st.result);
	return 0;
}
