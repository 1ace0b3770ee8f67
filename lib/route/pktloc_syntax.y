/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Grammar of the packet location file (etc/pktloc): one location a line,
 *   NAME ALIGN [LAYER+]OFFSET [MASK [SHIFT]]
 * A line that does not parse, or whose values do not fit their fields
 * (align and offset 16 bits, mask 32 bits, shift 0 to 31), is skipped and
 * counted; the others are kept.  The list of lines is left-recursive, so
 * a file of any length parses in constant stack.
 */

%code requires {
#include <stdint.h>

struct pktloc_pstate {
	int line;		/* the line whose end was read last */
	int at_eof;		/* the scanner ended the last line */
	int bad;		/* lines skipped */
	int first_bad;		/* the first of them (1-based) */
};

struct pktloc_num {
	uint64_t v;
	int big;		/* beyond 64 bits */
};

/* A location as read, before its line is known to end there. */
struct pktloc_entry {
	char *name;
	struct pktloc_num align, offset, mask, shift;
	uint32_t layer;
};
}

%{
#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/route/pktloc.h>
%}

%define api.pure full
%define api.prefix {pktloc_}
%parse-param {void *scanner} {struct pktloc_pstate *st}
%lex-param {void *scanner}

%union {
	struct pktloc_entry e;
	struct pktloc_num n;
	uint32_t i;
	char *s;
}

%{
int pktloc_lex(PKTLOC_STYPE *lval, void *scanner);

static void bad_line(struct pktloc_pstate *st, int line, const char *why)
{
	NL_DBG(1, "pktloc: line %d: %s\n", line, why);
	if (!st->bad++)
		st->first_bad = line;
}

static void pktloc_error(void *scanner, struct pktloc_pstate *st,
			 const char *msg)
{
	(void)scanner;
	(void)st;
	(void)msg;	/* reported with its line by the error rule */
}

static int fits(struct pktloc_num n, uint64_t max)
{
	return !n.big && n.v <= max;
}

static const struct pktloc_num none;

static struct pktloc_entry entry(char *name, struct pktloc_num align,
				 uint32_t layer, struct pktloc_num offset,
				 struct pktloc_num mask, struct pktloc_num shift)
{
	struct pktloc_entry e = {
		.name = name,
		.align = align,
		.offset = offset,
		.mask = mask,
		.shift = shift,
		.layer = layer,
	};

	return e;
}

/*
 * Add one location to the table (which keeps the only reference).
 * Returns 0, 1 when the line's values are out of range (reported), or
 * -NLE_NOMEM.  The name is taken.
 */
static int store(struct pktloc_pstate *st, struct pktloc_entry *e)
{
	struct rtnl_pktloc *loc;
	const char *why = NULL;

	if (!fits(e->align, 0xffff))
		why = "alignment out of range";
	else if (!fits(e->offset, 0xffff))
		why = "offset out of range";
	else if (!fits(e->mask, 0xffffffff))
		why = "mask out of range";
	else if (!fits(e->shift, 31))
		why = "shift out of range";
	if (why) {
		bad_line(st, st->line, why);
		free(e->name);
		return 1;
	}
	loc = rtnl_pktloc_alloc();
	if (!loc) {
		free(e->name);
		return -NLE_NOMEM;
	}
	loc->name = e->name;
	loc->align = (uint16_t)e->align.v;
	loc->layer = (uint8_t)e->layer;
	loc->offset = (uint16_t)e->offset.v;
	loc->mask = (uint32_t)e->mask.v;
	loc->shift = (uint8_t)e->shift.v;
	if (_rtnl_pktloc_add_locked(loc) < 0)
		NL_DBG(1, "pktloc: line %d: duplicate %s\n", st->line,
		       loc->name);
	rtnl_pktloc_put(loc);
	return 0;
}

%}

%token <i> ERROR LAYER ALIGN NL
%token <n> NUMBER
%token <s> NAME

%type <e> location
%type <n> align
%type <i> layer

%destructor { free($$); } NAME
%destructor { free($$.name); } location

%start input

%%

input:
	  %empty
	| input line
	;

/* A location is stored once its line ended: a line with more after it
 * is a bad line, not a location. */
line:
	  NL
	| location NL		{ if (store(st, &$1) < 0) YYABORT; }
	| error NL
		{ bad_line(st, st->line, "syntax error"); yyerrok; }
	;

location:
	  NAME align layer NUMBER
		{ $$ = entry($1, $2, $3, $4, none, none); }
	| NAME align layer NUMBER NUMBER
		{ $$ = entry($1, $2, $3, $4, $5, none); }
	| NAME align layer NUMBER NUMBER NUMBER
		{ $$ = entry($1, $2, $3, $4, $5, $6); }
	;

align:
	  ALIGN		{ $$.v = $1; $$.big = 0; }
	| NUMBER	{ $$ = $1; }
	;

layer:
	  %empty	{ $$ = TCF_LAYER_NETWORK; }
	| LAYER '+'	{ $$ = $1; }
	;

