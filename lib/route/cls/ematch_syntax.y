/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Grammar of ematch expressions (rtnl_ematch_parse_expr()):
 *
 *   expr    := unary { ("and" | "&&" | "or" | "||") unary }
 *   unary   := ("not" | "!") unary | "(" expr ")" | match
 *   match   := "cmp"   "(" ALIGN "at" OFFSET [("mask" | "&") N] ["trans"]
 *                          OP N ")"
 *            | "pattern" "(" [ALIGN "at"] OFFSET ["mask" N] "=" STRING ")"
 *                          ("nbyte" too; ALIGN and mask are ignored)
 *            | "text"  "(" ALGO PATTERN ["from" OFFSET] ["to" OFFSET] ")"
 *            | "meta"  "(" VALUE OP VALUE ")"
 *   ALIGN   := u8 | u16 | u32
 *   OFFSET  := LAYER "+" N
 *   LAYER   := link | eth | net | network | ip | trans | transport | tcp
 *            | udp
 *   OP      := eq | "=" | "==" | gt | ">" | lt | "<"
 *   PATTERN := "quoted string" | 0xHEXBYTES
 *   VALUE   := N | "string" | METANAME [">>" N] [("&" | "mask") N]
 *
 * Keywords are case-insensitive.  Each expression, and each
 * parenthesised one, is built as a container ematch whose children are
 * the list; the outermost container's children become the tree.
 */

%code requires {
#include <stdint.h>
#include <stddef.h>

struct rtnl_ematch;
struct rtnl_meta_value;

struct ematch_num {
	uint64_t v;
	int big;		/* beyond 64 bits */
	char *txt;
};

struct ematch_str {
	char *buf;
	size_t len;
};

struct ematch_off {
	uint8_t layer;
	uint16_t off;
};

struct ematch_pstate {
	char **errp;
	int err;
	struct rtnl_ematch *result;
};
}

%{
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/cls/ematch.h>
#include <netlink/route/cls/ematch/cmp.h>
#include <netlink/route/cls/ematch/nbyte.h>
#include <netlink/route/cls/ematch/text.h>
#include <netlink/route/cls/ematch/meta.h>
%}

%define api.pure full
%define api.prefix {ematch_}
%parse-param {void *scanner} {struct ematch_pstate *st}
%lex-param {void *scanner}

%union {
	struct ematch_num num;
	struct ematch_str str;
	struct ematch_off off;
	char *s;
	int i;
	struct rtnl_ematch *e;
	struct rtnl_meta_value *mv;
}

%{
int ematch_lex(EMATCH_STYPE *lval, void *scanner);
int _rtnl_meta_str2id(const char *name, int *type);

static void seterr(struct ematch_pstate *st, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void seterr(struct ematch_pstate *st, int err, const char *fmt, ...)
{
	va_list ap;

	if (st->err)
		return;
	st->err = err;
	if (st->errp && !*st->errp) {
		va_start(ap, fmt);
		if (vasprintf(st->errp, fmt, ap) < 0)
			*st->errp = NULL;
		va_end(ap);
	}
}

static void ematch_error(void *scanner, struct ematch_pstate *st,
			 const char *msg)
{
	(void)scanner;
	seterr(st, -NLE_PARSE_ERR, "%s", msg);
}

/* A new ematch of kind name; NULL (error recorded) on failure. */
static struct rtnl_ematch *mk(struct ematch_pstate *st, const char *name)
{
	struct rtnl_ematch *e = rtnl_ematch_alloc();

	if (!e) {
		seterr(st, -NLE_NOMEM, "out of memory");
		return NULL;
	}
	if ((name ? rtnl_ematch_set_name(e, name)
		  : rtnl_ematch_set_kind(e, TCF_EM_CONTAINER)) < 0) {
		seterr(st, -NLE_OPNOTSUPP, "ematch kind %s unavailable",
		       name ? name : "container");
		rtnl_ematch_free(e);
		return NULL;
	}
	return e;
}

/* Append e to container c; the relation flag goes on c's last child. */
static void add(struct rtnl_ematch *c, struct rtnl_ematch *e, uint16_t rel)
{
	if (rel && !nl_list_empty(&c->e_childs))
		rtnl_ematch_set_flags(nl_list_entry(c->e_childs.prev,
						    struct rtnl_ematch, e_list),
				      rel);
	rtnl_ematch_add_child(c, e);
}

/* The bytes of a pattern: a string as is, 0xHEX as bytes. */
static int hexpattern(struct ematch_pstate *st, const char *txt,
		      struct ematch_str *out)
{
	size_t i, n = strlen(txt);

	if (n < 4 || n % 2 || txt[0] != '0' || (txt[1] != 'x' && txt[1] != 'X')) {
		seterr(st, -NLE_PARSE_ERR, "invalid hex pattern \"%s\"", txt);
		return -1;
	}
	out->len = (n - 2) / 2;
	out->buf = malloc(out->len);
	if (!out->buf) {
		seterr(st, -NLE_NOMEM, "out of memory");
		return -1;
	}
	for (i = 0; i < out->len; i++) {
		unsigned int b;

		if (sscanf(&txt[2 + 2 * i], "%2x", &b) != 1) {
			free(out->buf);
			seterr(st, -NLE_PARSE_ERR, "invalid hex pattern \"%s\"",
			       txt);
			return -1;
		}
		out->buf[i] = (char)b;
	}
	return 0;
}

/* @n must not exceed @max: the kernel's field is that wide. */
static int fits(struct ematch_pstate *st, struct ematch_num n, uint64_t max,
		const char *what)
{
	if (!n.big && n.v <= max)
		return 1;
	seterr(st, -NLE_RANGE, "%s out of range: %s (at most %llu)", what,
	       n.txt ? n.txt : "?", (unsigned long long)max);
	return 0;
}

/* Pattern lengths the kernel's headers can carry. */
static int pattern_fits(struct ematch_pstate *st, struct ematch_str p,
			size_t max, const char *kind)
{
	if (p.len <= max)
		return 1;
	seterr(st, -NLE_RANGE, "%s pattern of %zu bytes: at most %zu", kind,
	       p.len, max);
	return 0;
}

/* A cmp ematch; the texts of @mask and @val are freed. */
static struct rtnl_ematch *mkcmp(struct ematch_pstate *st, int align,
				 struct ematch_off off, struct ematch_num *mask,
				 uint8_t flags, int opnd, struct ematch_num *val)
{
	struct tcf_em_cmp c = {
		.val = (uint32_t)val->v,
		.mask = (uint32_t)mask->v,
		.off = off.off,
		.align = (uint8_t)align,
		.flags = flags,
		.layer = off.layer,
		.opnd = (uint8_t)opnd,
	};
	struct rtnl_ematch *e = NULL;

	if (fits(st, *mask, UINT32_MAX, "mask") &&
	    fits(st, *val, UINT32_MAX, "value")) {
		e = mk(st, "cmp");
		if (e)
			rtnl_ematch_cmp_set(e, &c);
	}
	free(mask->txt);
	free(val->txt);
	return e;
}

/* An nbyte match of the quoted @pat at @off; @pat's buffer is freed. */
static struct rtnl_ematch *mknbyte(struct ematch_pstate *st,
				   struct ematch_off off, int opnd,
				   struct ematch_str *pat)
{
	struct rtnl_ematch *e = NULL;

	if (opnd != TCF_EM_OPND_EQ)
		seterr(st, -NLE_PARSE_ERR, "pattern: expected \"=\"");
	else if (pattern_fits(st, *pat, 0xfff, "nbyte") &&
		 (e = mk(st, "nbyte"))) {
		rtnl_ematch_nbyte_set_pattern(e, (uint8_t *)pat->buf,
					      pat->len);
		rtnl_ematch_nbyte_set_offset(e, off.layer, off.off);
		return e;
	}
	free(pat->buf);
	return NULL;
}

/* The mask of a metadatum: 32 bits; its text is freed. */
static int metamask(struct ematch_pstate *st, struct ematch_num *n,
		    struct ematch_num *out)
{
	int ok = fits(st, *n, UINT32_MAX, "mask");

	free(n->txt);
	out->v = n->v;
	out->big = 0;
	out->txt = NULL;
	return ok;
}

/* The name of a text search algorithm, as long as the kernel takes. */
static int algo_fits(struct ematch_pstate *st, const char *algo)
{
	if (strlen(algo) < sizeof(((struct tcf_em_text *)0)->algo))
		return 1;
	seterr(st, -NLE_RANGE, "text algorithm name too long: \"%s\"", algo);
	return 0;
}
%}

%token <num> NUMBER
%token <str> STRING
%token <s> WORD
%token <i> ALIGN LAYERNAME OPND
%token AND OR NOT AT LAYER MASK TRANS FROM TO SHR KCMP KNBYTE KTEXT KMETA
%token ERROR

%type <e> expr unary match
%type <off> offset
%type <i> layer opnd
%type <num> optmask
%type <str> pattern
%type <mv> mvalue

%destructor { free($$.txt); } <num>
%destructor { free($$.buf); } <str>
%destructor { free($$); } <s>
%destructor { rtnl_ematch_free($$); } <e>
%destructor { rtnl_meta_value_put($$); } <mv>

%start input

%%

input:
	  expr			{ st->result = $1; }
	;

expr:
	  unary
		{
			if (!($$ = mk(st, NULL))) {
				rtnl_ematch_free($1);
				YYABORT;
			}
			add($$, $1, 0);
		}
	| expr AND unary	{ add($1, $3, TCF_EM_REL_AND); $$ = $1; }
	| expr OR unary		{ add($1, $3, TCF_EM_REL_OR); $$ = $1; }
	;

unary:
	  NOT unary
		{
			$$ = $2;
			if (rtnl_ematch_get_flags($$) & TCF_EM_INVERT)
				rtnl_ematch_unset_flags($$, TCF_EM_INVERT);
			else
				rtnl_ematch_set_flags($$, TCF_EM_INVERT);
		}
	| '(' expr ')'		{ $$ = $2; }
	| match			{ $$ = $1; }
	| WORD '('
		{
			seterr(st, -NLE_PARSE_ERR, "unknown ematch \"%s\"", $1);
			free($1);
			$$ = NULL;
			YYABORT;
		}
	;

match:
	  KCMP '(' ALIGN AT offset optmask TRANS opnd NUMBER ')'
		{
			if (!($$ = mkcmp(st, $3, $5, &$6, TCF_EM_CMP_TRANS, $8,
					 &$9)))
				YYABORT;
		}
	| KCMP '(' ALIGN AT offset optmask opnd NUMBER ')'
		{
			if (!($$ = mkcmp(st, $3, $5, &$6, 0, $7, &$8)))
				YYABORT;
		}
	| KNBYTE '(' offset OPND STRING ')'
		{
			if (!($$ = mknbyte(st, $3, $4, &$5)))
				YYABORT;
		}
	| KNBYTE '(' ALIGN AT offset optmask OPND STRING ')'
		{
			free($6.txt);
			if (!($$ = mknbyte(st, $5, $7, &$8)))
				YYABORT;
		}
	| KTEXT '(' WORD pattern ')'
		{
			if (!algo_fits(st, $3) ||
			    !pattern_fits(st, $4, 0xffff, "text") ||
			    !($$ = mk(st, "text"))) {
				free($3);
				free($4.buf);
				YYABORT;
			}
			rtnl_ematch_text_set_algo($$, $3);
			free($3);
			rtnl_ematch_text_set_pattern($$, $4.buf, $4.len);
		}
	| KTEXT '(' WORD pattern FROM offset ')'
		{
			if (!algo_fits(st, $3) ||
			    !pattern_fits(st, $4, 0xffff, "text") ||
			    !($$ = mk(st, "text"))) {
				free($3);
				free($4.buf);
				YYABORT;
			}
			rtnl_ematch_text_set_algo($$, $3);
			free($3);
			rtnl_ematch_text_set_pattern($$, $4.buf, $4.len);
			rtnl_ematch_text_set_from($$, $6.layer, $6.off);
		}
	| KTEXT '(' WORD pattern TO offset ')'
		{
			if (!algo_fits(st, $3) ||
			    !pattern_fits(st, $4, 0xffff, "text") ||
			    !($$ = mk(st, "text"))) {
				free($3);
				free($4.buf);
				YYABORT;
			}
			rtnl_ematch_text_set_algo($$, $3);
			free($3);
			rtnl_ematch_text_set_pattern($$, $4.buf, $4.len);
			rtnl_ematch_text_set_to($$, $6.layer, $6.off);
		}
	| KTEXT '(' WORD pattern FROM offset TO offset ')'
		{
			if (!algo_fits(st, $3) ||
			    !pattern_fits(st, $4, 0xffff, "text") ||
			    !($$ = mk(st, "text"))) {
				free($3);
				free($4.buf);
				YYABORT;
			}
			rtnl_ematch_text_set_algo($$, $3);
			free($3);
			rtnl_ematch_text_set_pattern($$, $4.buf, $4.len);
			rtnl_ematch_text_set_from($$, $6.layer, $6.off);
			rtnl_ematch_text_set_to($$, $8.layer, $8.off);
		}
	| KMETA '(' mvalue opnd mvalue ')'
		{
			if (!($$ = mk(st, "meta"))) {
				rtnl_meta_value_put($3);
				rtnl_meta_value_put($5);
				YYABORT;
			}
			rtnl_ematch_meta_set_lvalue($$, $3);
			rtnl_ematch_meta_set_operand($$, (uint8_t)$4);
			rtnl_ematch_meta_set_rvalue($$, $5);
		}
	;

optmask:
	  %empty		{ $$.v = 0; $$.big = 0; $$.txt = NULL; }
	| MASK NUMBER		{ $$ = $2; }
	| '&' NUMBER		{ $$ = $2; }
	;

opnd:
	  OPND			{ $$ = $1; }
	;

offset:
	  layer '+' NUMBER
		{
			int ok = fits(st, $3, 0xffff, "offset");

			free($3.txt);
			if (!ok)
				YYABORT;
			$$.layer = (uint8_t)$1;
			$$.off = (uint16_t)$3.v;
		}
	;

layer:
	  LAYERNAME		{ $$ = $1; }
	| TRANS			{ $$ = TCF_LAYER_TRANSPORT; }
	;

pattern:
	  STRING		{ $$ = $1; }
	| NUMBER
		{
			int r = hexpattern(st, $1.txt, &$$);

			free($1.txt);
			if (r < 0)
				YYABORT;
		}
	;

mvalue:
	  NUMBER
		{
			int ok = fits(st, $1, UINT64_MAX, "value");

			free($1.txt);
			if (!ok)
				YYABORT;
			if (!($$ = rtnl_meta_value_alloc_int($1.v))) {
				seterr(st, -NLE_NOMEM, "out of memory");
				YYABORT;
			}
		}
	| STRING
		{
			$$ = rtnl_meta_value_alloc_var($1.buf, $1.len);
			free($1.buf);
			if (!$$) {
				seterr(st, -NLE_NOMEM, "out of memory");
				YYABORT;
			}
		}
	| WORD optshift optmask2
		{
			int type = TCF_META_TYPE_INT;
			int id = _rtnl_meta_str2id($1, &type);

			if (id < 0) {
				seterr(st, -NLE_PARSE_ERR,
				       "unknown meta value \"%s\"", $1);
				free($1);
				YYABORT;
			}
			free($1);
			$$ = rtnl_meta_value_alloc_id((uint8_t)type,
						      (uint16_t)id,
						      (uint8_t)$<num>2.v,
						      $<num>3.v);
			if (!$$) {
				seterr(st, -NLE_NOMEM, "out of memory");
				YYABORT;
			}
		}
	;

optshift:
	  %empty		{ $<num>$.v = 0; $<num>$.txt = NULL; }
	| SHR NUMBER
		{
			int ok = fits(st, $2, 63, "shift");

			free($2.txt);
			if (!ok)
				YYABORT;
			$<num>$.v = $2.v;
			$<num>$.txt = NULL;
		}
	;

optmask2:
	  %empty		{ $<num>$.v = 0; $<num>$.txt = NULL; }
	| '&' NUMBER		{ if (!metamask(st, &$2, &$<num>$)) YYABORT; }
	| MASK NUMBER		{ if (!metamask(st, &$2, &$<num>$)) YYABORT; }
	;

%%
