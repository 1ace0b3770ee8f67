/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Grammar of the packet location file (etc/pktloc): one location a line,
 *   NAME ALIGN [LAYER+]OFFSET [MASK [SHIFT]]
 */

%{
#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/route/pktloc.h>
%}

%define api.pure full
%define api.prefix {pktloc_}
%parse-param {void *scanner}
%lex-param {void *scanner}

%union {
	struct rtnl_pktloc *l;
	uint32_t i;
	char *s;
}

%{
int pktloc_lex(PKTLOC_STYPE *lval, void *scanner);

static void pktloc_error(void *scanner, const char *msg)
{
	(void)scanner;
	NL_DBG(1, "pktloc: %s\n", msg);
}

/* Add one location to the table (which keeps the only reference). */
static int store(char *name, uint32_t align, uint32_t layer, uint32_t offset,
		 uint32_t mask, uint32_t shift)
{
	struct rtnl_pktloc *loc = rtnl_pktloc_alloc();

	if (!loc) {
		free(name);
		return -NLE_NOMEM;
	}
	loc->name = name;
	loc->align = (uint16_t)align;
	loc->layer = (uint8_t)layer;
	loc->offset = (uint16_t)offset;
	loc->mask = mask;
	loc->shift = (uint8_t)shift;
	if (_rtnl_pktloc_add_locked(loc) < 0)
		NL_DBG(1, "pktloc: duplicate %s\n", loc->name);
	rtnl_pktloc_put(loc);
	return 0;
}
%}

%token <i> ERROR NUMBER LAYER ALIGN
%token <s> NAME

%type <i> align layer

%destructor { free($$); } NAME

%start input

%%

input:
	  %empty
	| location input
	;

location:
	  NAME align layer NUMBER
		{ if (store($1, $2, $3, $4, 0, 0) < 0) YYABORT; }
	| NAME align layer NUMBER NUMBER
		{ if (store($1, $2, $3, $4, $5, 0) < 0) YYABORT; }
	| NAME align layer NUMBER NUMBER NUMBER
		{ if (store($1, $2, $3, $4, $5, $6) < 0) YYABORT; }
	;

align:
	  ALIGN		{ $$ = $1; }
	| NUMBER	{ $$ = $1; }
	;

layer:
	  %empty	{ $$ = TCF_LAYER_NETWORK; }
	| LAYER '+'	{ $$ = $1; }
	;

