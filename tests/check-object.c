/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects (lib/object.c) with a test type defined in cache-testtype.h:
 * life and references, clone, compare, identity, filters, attribute
 * names, keys and printing.
 */

#include <string.h>
#include <stdint.h>
#include <pthread.h>

#include <netlink/netlink.h>
#include <netlink/object.h>
#include <netlink/cache.h>
#include <netlink/errno.h>

#include "nltest.h"
#include "cache-testtype.h"
#include "nl-private/pool.h"

static void reset(void)
{
	memset(&tt_stats, 0, sizeof(tt_stats));
}

START_TEST(test_alloc_refcount)
{
	struct tt_obj *t;

	reset();
	t = tt_new(2, 1, "eth0", 5);
	ck_assert_int_eq(tt_stats.constructs, 1);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(t)), 1);
	ck_assert_int_eq(nl_object_shared(OBJ(t)), 0);
	nl_object_get(OBJ(t));
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(t)), 2);
	ck_assert_int_eq(nl_object_shared(OBJ(t)), 1);
	nl_object_put(OBJ(t));
	ck_assert_int_eq(tt_stats.frees, 0);
	nl_object_put(OBJ(t));
	ck_assert_int_eq(tt_stats.frees, 1);
	nl_object_put(NULL);
	nl_object_free(NULL);
}
END_TEST

START_TEST(test_alloc_too_small)
{
	struct nl_object_ops tiny = {
		.oo_name = (char *)"tiny",
		.oo_size = sizeof(struct nl_object) - 1,
	};
	struct nl_object_ops bare = {
		.oo_name = (char *)"bare",
		.oo_size = sizeof(struct nl_object),
	};
	struct nl_object *o;
	uint32_t key = 77;
	char buf[8] = "xxxxxxx";

	/* upstream aborts here (BUG()); the fork refuses */
	ck_assert_ptr_null(nl_object_alloc(&tiny));
	o = nl_object_alloc(&bare);
	ck_assert_ptr_nonnull(o);
	/* a type without operations: no key, no names, never identical */
	nl_object_keygen(o, &key, 64);
	ck_assert_uint_eq(key, 0);
	ck_assert_str_eq(nl_object_attr_list(o, buf, sizeof(buf)), "");
	ck_assert_uint_eq(nl_object_diff64(o, o), UINT64_MAX);
	ck_assert_int_eq(nl_object_match_filter(o, o), 0);
	ck_assert_int_eq(nl_object_update(o, o), -NLE_OPNOTSUPP);
	nl_object_put(o);
}
END_TEST

START_TEST(test_clone)
{
	struct tt_obj *t, *c;

	reset();
	t = tt_new(2, 1, "eth0", 5);
	t->label = strdup("lab");
	t->ce_mask |= TT_ATTR_LABEL;
	t->ce_msgtype = TT_NEW;
	nl_object_get(OBJ(t));

	c = (struct tt_obj *)nl_object_clone(OBJ(t));
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(tt_stats.clones, 1);
	ck_assert_ptr_ne(c, t);
	ck_assert_ptr_ne(c->label, t->label);
	ck_assert_str_eq(c->label, "lab");
	ck_assert_str_eq(c->name, "eth0");
	ck_assert_uint_eq(c->value, 5);
	ck_assert_uint_eq(c->ce_mask, t->ce_mask);
	ck_assert_int_eq(nl_object_get_msgtype(OBJ(c)), TT_NEW);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(c)), 1);
	ck_assert_ptr_null(nl_object_get_cache(OBJ(c)));
	ck_assert_uint_eq(nl_object_diff64(OBJ(t), OBJ(c)), 0);
	ck_assert_int_eq(nl_object_identical(OBJ(t), OBJ(c)), 1);
	ck_assert_ptr_null(nl_object_clone(NULL));

	nl_object_put(OBJ(t));
	nl_object_put(OBJ(t));
	ck_assert_str_eq(c->label, "lab");
	nl_object_put(OBJ(c));
	ck_assert_int_eq(tt_stats.frees, 2);
}
END_TEST

START_TEST(test_identical)
{
	struct tt_obj *a = tt_new(2, 1, "a", 5);
	struct tt_obj *b = tt_new(2, 1, "b", 6);
	struct tt_obj *c = tt_new(2, 9, "a", 5);
	struct tt_obj *d = tt_new(2, 1, "a", 5);
	struct nl_object_ops other = tt_obj_ops;
	struct nl_object *e;

	/* same identity, other attributes differ */
	ck_assert_int_eq(nl_object_identical(OBJ(a), OBJ(b)), 1);
	ck_assert_int_eq(nl_object_identical(OBJ(a), OBJ(c)), 0);
	ck_assert_int_eq(nl_object_identical(OBJ(a), OBJ(a)), 1);
	/* an identifying attribute present in one only */
	d->ce_mask &= ~TT_ATTR_FAMILY;
	ck_assert_int_eq(nl_object_identical(OBJ(a), OBJ(d)), 0);
	/* other type */
	e = nl_object_alloc(&other);
	ck_assert_int_eq(nl_object_identical(OBJ(a), e), 0);
	ck_assert_uint_eq(nl_object_diff64(OBJ(a), e), UINT64_MAX);
	ck_assert_int_eq(nl_object_match_filter(OBJ(a), e), 0);
	nl_object_put(e);

	/* a type that names no identifying attributes: all of them count */
	{
		struct nl_object_ops noid = tt_obj_ops;
		struct tt_obj *x, *y;

		noid.oo_id_attrs = 0;
		x = (struct tt_obj *)nl_object_alloc(&noid);
		y = (struct tt_obj *)nl_object_alloc(&noid);
		x->id = y->id = 1;
		x->value = 5;
		y->value = 6;
		x->ce_mask = y->ce_mask = TT_ATTR_ID | TT_ATTR_VALUE;
		ck_assert_int_eq(nl_object_identical(OBJ(x), OBJ(y)), 0);
		y->value = 5;
		ck_assert_int_eq(nl_object_identical(OBJ(x), OBJ(y)), 1);
		nl_object_put(OBJ(x));
		nl_object_put(OBJ(y));
	}
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
	nl_object_put(OBJ(c));
	nl_object_put(OBJ(d));
}
END_TEST

START_TEST(test_diff)
{
	struct tt_obj *a = tt_new(2, 1, "a", 5);
	struct tt_obj *b = tt_new(2, 1, "a", 6);

	ck_assert_uint_eq(nl_object_diff64(OBJ(a), OBJ(b)), TT_ATTR_VALUE);
	ck_assert_uint_eq(nl_object_diff(OBJ(a), OBJ(b)), TT_ATTR_VALUE);
	b->value = 5;
	ck_assert_uint_eq(nl_object_diff64(OBJ(a), OBJ(b)), 0);
	/* an attribute above bit 31 shows in the 32-bit diff as bit 31 */
	b->high = 3;
	b->ce_mask |= TT_ATTR_HIGH;
	ck_assert_uint_eq(nl_object_diff64(OBJ(a), OBJ(b)), TT_ATTR_HIGH);
	ck_assert_uint_eq(nl_object_diff(OBJ(a), OBJ(b)), 0x80000000u);
	b->value = 9;
	ck_assert_uint_eq(nl_object_diff(OBJ(a), OBJ(b)), 0x80000004u);
	/* an attribute missing on one side differs */
	b->ce_mask &= ~(TT_ATTR_NAME | TT_ATTR_HIGH | TT_ATTR_VALUE);
	ck_assert_uint_eq(nl_object_diff64(OBJ(a), OBJ(b)),
			  TT_ATTR_NAME | TT_ATTR_VALUE);
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
}
END_TEST

START_TEST(test_match_filter)
{
	struct tt_obj *o = tt_new(2, 1, "eth0", 5);
	struct tt_obj *f = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);

	/* an empty filter matches everything */
	ck_assert_int_eq(nl_object_match_filter(OBJ(o), OBJ(f)), 1);
	strcpy(f->name, "et");
	f->ce_mask = TT_ATTR_NAME;
	ck_assert_int_eq(nl_object_match_filter(OBJ(o), OBJ(f)), 1);
	f->value = 7;
	f->ce_mask |= TT_ATTR_VALUE;
	ck_assert_int_eq(nl_object_match_filter(OBJ(o), OBJ(f)), 0);
	f->value = 5;
	ck_assert_int_eq(nl_object_match_filter(OBJ(o), OBJ(f)), 1);
	strcpy(f->name, "wl");
	ck_assert_int_eq(nl_object_match_filter(OBJ(o), OBJ(f)), 0);
	nl_object_put(OBJ(o));
	nl_object_put(OBJ(f));
}
END_TEST

START_TEST(test_attr_names)
{
	struct tt_obj *o = tt_new(2, 1, NULL, 5);
	char buf[64];

	ck_assert_str_eq(nl_object_attr_list(OBJ(o), buf, sizeof(buf)),
			 "id,value,family");
	ck_assert_str_eq(nl_object_attrs2str(OBJ(o), TT_ATTR_NAME |
					     TT_ATTR_LABEL, buf, sizeof(buf)),
			 "name,label");
	ck_assert_uint_eq(nl_object_get_id_attrs(OBJ(o)),
			  TT_ATTR_ID | TT_ATTR_FAMILY);
	ck_assert_str_eq(nl_object_get_type(OBJ(o)), "test/tt");
	ck_assert_ptr_eq(nl_object_get_ops(OBJ(o)), &tt_obj_ops);
	nl_object_put(OBJ(o));
}
END_TEST

static uint32_t tt_id_attrs_get(struct nl_object *o)
{
	/* objects of family 0 are identified by id alone */
	return ((struct tt_obj *)o)->family ? TT_ATTR_ID | TT_ATTR_FAMILY :
					      TT_ATTR_ID;
}

START_TEST(test_id_attrs_get)
{
	struct nl_object_ops ops = tt_obj_ops;
	struct tt_obj *a, *b, *c;

	ops.oo_id_attrs_get = tt_id_attrs_get;
	a = (struct tt_obj *)nl_object_alloc(&ops);
	b = (struct tt_obj *)nl_object_alloc(&ops);
	c = (struct tt_obj *)nl_object_alloc(&ops);
	a->id = b->id = c->id = 4;
	b->family = 2;
	c->family = 2;
	a->ce_mask = b->ce_mask = c->ce_mask = TT_ATTR_ID | TT_ATTR_FAMILY;
	ck_assert_uint_eq(nl_object_get_id_attrs(OBJ(a)), TT_ATTR_ID);
	ck_assert_uint_eq(nl_object_get_id_attrs(OBJ(b)),
			  TT_ATTR_ID | TT_ATTR_FAMILY);
	/* different identifying attribute sets: never identical */
	ck_assert_int_eq(nl_object_identical(OBJ(a), OBJ(b)), 0);
	ck_assert_int_eq(nl_object_identical(OBJ(b), OBJ(c)), 1);
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
	nl_object_put(OBJ(c));
}
END_TEST

START_TEST(test_mark)
{
	struct tt_obj *o = tt_new(2, 1, NULL, 5);

	ck_assert_int_eq(nl_object_is_marked(OBJ(o)), 0);
	nl_object_mark(OBJ(o));
	ck_assert_int_eq(nl_object_is_marked(OBJ(o)), 1);
	nl_object_unmark(OBJ(o));
	ck_assert_int_eq(nl_object_is_marked(OBJ(o)), 0);
	nl_object_put(OBJ(o));
}
END_TEST

START_TEST(test_keygen)
{
	struct tt_obj *a = tt_new(2, 1, NULL, 5);
	struct tt_obj *b = tt_new(2, 1, "x", 9);
	uint32_t ka = 0, kb = 1;

	reset();
	nl_object_keygen(OBJ(a), &ka, 1024);
	nl_object_keygen(OBJ(b), &kb, 1024);
	ck_assert_int_eq(tt_stats.keygens, 2);
	ck_assert_uint_eq(ka, kb);
	ck_assert_uint_lt(ka, 1024);
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
}
END_TEST

START_TEST(test_update)
{
	struct tt_obj *a = tt_new(2, 1, NULL, 5);
	struct tt_obj *b = tt_new(2, 1, NULL, 3);

	reset();
	ck_assert_int_eq(nl_object_update(OBJ(a), OBJ(b)), -NLE_OPNOTSUPP);
	ck_assert_uint_eq(a->value, 5);
	tt_stats.update_mode = 1;
	ck_assert_int_eq(nl_object_update(OBJ(a), OBJ(b)), 0);
	ck_assert_uint_eq(a->value, 8);
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
}
END_TEST

START_TEST(test_dump_buf)
{
	struct tt_obj *o = tt_new(2, 1, "eth0", 5);
	char buf[128];

	memset(buf, 'x', sizeof(buf));
	nl_object_dump_buf(OBJ(o), buf, sizeof(buf));
	ck_assert_str_eq(buf, "tt 2/1 eth0 value 5\n");

	/* a buffer too small is cut and stays terminated */
	memset(buf, 'x', sizeof(buf));
	nl_object_dump_buf(OBJ(o), buf, 8);
	ck_assert_str_eq(buf, "tt 2/1 ");
	nl_object_put(OBJ(o));
}
END_TEST

START_TEST(test_dump_params)
{
	struct tt_obj *o = tt_new(2, 1, "eth0", 5);
	char buf[128];
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_prefix = 2,
		.dp_dump_msgtype = 1,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	memset(buf, 'x', sizeof(buf));
	nl_object_dump(OBJ(o), &dp);
	ck_assert_str_eq(buf, "  tt 2/1 eth0 value 5\n");
	ck_assert_int_eq(dp.dp_pre_dump, 1);
	ck_assert_uint_eq(dp.dp_line, 1);

	/* the line counter restarts with each object */
	dp.dp_type = NL_DUMP_DETAILS;
	dp.dp_prefix = 0;
	nl_object_dump(OBJ(o), &dp);
	ck_assert_str_eq(buf, "tt 2/1 eth0 value 5\n    label none\n");
	ck_assert_uint_eq(dp.dp_line, 2);

	/* a dump type without a dumper prints nothing */
	dp.dp_type = NL_DUMP_STATS;
	nl_object_dump(OBJ(o), &dp);
	ck_assert_str_eq(buf, "");
	nl_object_put(OBJ(o));
}
END_TEST

START_TEST(test_alloc_name)
{
	struct nl_object *o = NULL;

	ck_assert_int_eq(nl_object_alloc_name("test/tt", &o), -NLE_OPNOTSUPP);
	ck_assert_int_eq(nl_cache_mngt_register(&tt_cache_ops), 0);
	ck_assert_int_eq(nl_object_alloc_name("test/tt", &o), 0);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(nl_object_get_type(o), "test/tt");
	ck_assert_ptr_eq(nl_object_get_ops(o), &tt_obj_ops);
	nl_object_put(o);
	ck_assert_int_eq(nl_object_alloc_name("test/none", &o), -NLE_OPNOTSUPP);
	ck_assert_int_eq(nl_cache_mngt_unregister(&tt_cache_ops), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Pool runs (nl-private/pool.h): what cache fills allocate from        */

#define RUN_SIZE 100	/* a class of 128-byte blocks */
#define RUN_CSIZE 128

/* Blocks on the class's list, checked against its count and tail. */
static size_t class_blocks(struct _nl_pool *pool, int c)
{
	struct _nl_pool_block *b, *last = NULL;
	size_t n = 0;

	for (b = pool->cls[c].head; b; b = b->next) {
		last = b;
		n++;
	}
	ck_assert_ptr_eq(pool->cls[c].tail, last);
	ck_assert_uint_eq(pool->cls[c].n, n);
	return n;
}

static bool zeroed(const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

/* A run takes the whole list on its first allocation, hands the blocks
 * out zeroed, then new ones; what is left goes back in one piece, with
 * blocks freed meanwhile. */
START_TEST(test_pool_run)
{
	struct _nl_pool pool = NL_POOL_INIT;
	struct _nl_pool_run run = NL_POOL_RUN_INIT;
	int c = _nl_pool_class_of(RUN_SIZE);
	void *blk[10], *got[12], *extra;
	int i, j;

	if (c < 0) {
		/* AddressSanitizer builds keep no blocks: plain allocations */
		for (i = 0; i < 3; i++) {
			got[i] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
			ck_assert_ptr_nonnull(got[i]);
			ck_assert(zeroed(got[i], RUN_SIZE));
		}
		_nl_pool_run_end(&pool, &run);
		for (i = 0; i < 3; i++)
			_nl_pool_free(&pool, got[i], RUN_SIZE);
		return;
	}
	for (i = 0; i < 10; i++) {
		blk[i] = malloc(RUN_CSIZE);
		memset(blk[i], 0xa5, RUN_CSIZE);
		_nl_pool_free(&pool, blk[i], RUN_SIZE);
	}
	ck_assert_uint_eq(class_blocks(&pool, c), 10);
	ck_assert_uint_eq(pool.bytes, 10 * RUN_CSIZE);

	/* nothing is taken before the first allocation */
	_nl_pool_run_end(&pool, &run);
	ck_assert_uint_eq(class_blocks(&pool, c), 10);

	for (i = 0; i < 4; i++) {
		got[i] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
		ck_assert(zeroed(got[i], RUN_SIZE));
		for (j = 0; j < 10 && blk[j] != got[i]; j++)
			;
		ck_assert_int_lt(j, 10);
	}
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	ck_assert_uint_eq(pool.bytes, 0);
	ck_assert_uint_eq(run.n, 6);

	/* freed meanwhile: to the pool, not the run */
	_nl_pool_free(&pool, got[0], RUN_SIZE);
	ck_assert_uint_eq(class_blocks(&pool, c), 1);
	_nl_pool_run_end(&pool, &run);
	ck_assert_uint_eq(class_blocks(&pool, c), 7);
	ck_assert_uint_eq(pool.bytes, 7 * RUN_CSIZE);
	ck_assert_ptr_null(run.head);

	/* a run that empties the list goes on with new blocks (the pool's,
	 * if some came back meanwhile) */
	for (i = 0; i < 7; i++)
		got[i] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	extra = malloc(RUN_CSIZE);
	memset(extra, 0x5a, RUN_CSIZE);
	_nl_pool_free(&pool, extra, RUN_SIZE);
	got[7] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
	ck_assert_ptr_eq(got[7], extra);
	ck_assert(zeroed(got[7], RUN_SIZE));
	got[8] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
	ck_assert_ptr_nonnull(got[8]);
	ck_assert(zeroed(got[8], RUN_SIZE));
	_nl_pool_run_end(&pool, &run);
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	for (i = 0; i < 9; i++)
		_nl_pool_free(&pool, got[i], RUN_SIZE);
	ck_assert_uint_eq(class_blocks(&pool, c), 9);

	/* the library unloading: a run's blocks are freed, not kept */
	got[0] = _nl_pool_run_zalloc(&pool, &run, RUN_SIZE);
	_nl_pool_drain(&pool);
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	_nl_pool_run_end(&pool, &run);
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	_nl_pool_free(&pool, got[0], RUN_SIZE);
	ck_assert_uint_eq(class_blocks(&pool, c), 0);
	ck_assert_uint_eq(pool.bytes, 0);
}
END_TEST

/* Runs and single allocations of one class from several threads at once
 * (the class lock; run under TSan): no block twice, the list and its
 * counts whole afterwards. */
static struct _nl_pool shared_pool = NL_POOL_INIT;

static void *run_worker(void *arg)
{
	uintptr_t id = (uintptr_t)arg, bad = 0;
	unsigned char *b[40];
	int round, i;

	for (round = 0; round < 300; round++) {
		struct _nl_pool_run run = NL_POOL_RUN_INIT;
		int n = (int)(id + (uintptr_t)round) % 40 + 1;

		for (i = 0; i < n; i++) {
			b[i] = (id & 1) ? _nl_pool_run_zalloc(&shared_pool, &run,
							      RUN_SIZE) :
					  _nl_pool_zalloc(&shared_pool, RUN_SIZE);
			if (!b[i] || !zeroed(b[i], RUN_SIZE))
				bad++;
			memset(b[i], (int)id, RUN_SIZE);
		}
		for (i = 0; i < n; i++)
			if (b[i][RUN_SIZE - 1] != (unsigned char)id)
				bad++;
		if (round & 1)
			_nl_pool_run_end(&shared_pool, &run);
		for (i = 0; i < n; i++)
			_nl_pool_free(&shared_pool, b[i], RUN_SIZE);
		_nl_pool_run_end(&shared_pool, &run);
	}
	return (void *)bad;
}

START_TEST(test_pool_run_threads)
{
	int c = _nl_pool_class_of(RUN_SIZE);
	pthread_t t[4];
	void *bad;
	size_t n;
	int i;

	for (i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, run_worker,
						(void *)(uintptr_t)(i + 1)),
				 0);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(t[i], &bad), 0);
		ck_assert_ptr_null(bad);
	}
	if (c >= 0) {
		n = class_blocks(&shared_pool, c);
		ck_assert_uint_ge(n, 1);
		ck_assert_uint_eq(shared_pool.bytes, n * RUN_CSIZE);
	}
	_nl_pool_drain(&shared_pool);
}
END_TEST

static Suite *object_suite(void)
{
	Suite *s = suite_create("object");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_alloc_refcount);
	tcase_add_test(tc, test_alloc_too_small);
	tcase_add_test(tc, test_clone);
	tcase_add_test(tc, test_identical);
	tcase_add_test(tc, test_diff);
	tcase_add_test(tc, test_match_filter);
	tcase_add_test(tc, test_attr_names);
	tcase_add_test(tc, test_id_attrs_get);
	tcase_add_test(tc, test_mark);
	tcase_add_test(tc, test_keygen);
	tcase_add_test(tc, test_update);
	tcase_add_test(tc, test_dump_buf);
	tcase_add_test(tc, test_dump_params);
	tcase_add_test(tc, test_alloc_name);
	tcase_add_test(tc, test_pool_run);
	tcase_add_test(tc, test_pool_run_threads);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(object_suite)
