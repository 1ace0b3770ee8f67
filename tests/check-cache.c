/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches without a kernel (lib/cache.c, lib/cache_mngt.c, lib/hashtable.c)
 * with the test type of cache-testtype.h: content, references, lookups,
 * iteration, printing, events included, the registry, and O(N) filling.
 */

#include <string.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/hashtable.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

#include "nltest.h"
#include "cache-testtype.h"

static struct nl_cache *cache;

static void setup(void)
{
	memset(&tt_stats, 0, sizeof(tt_stats));
	cache = nl_cache_alloc(&tt_cache_ops);
	ck_assert_ptr_nonnull(cache);
}

static void teardown(void)
{
	nl_cache_free(cache);
	cache = NULL;
}

/* Add a new object and drop our reference: the cache holds it. */
static struct tt_obj *add(uint32_t family, uint32_t id, const char *name,
			  uint32_t value)
{
	struct tt_obj *t = tt_new(family, id, name, value);

	ck_assert_int_eq(nl_cache_add(cache, OBJ(t)), 0);
	nl_object_put(OBJ(t));
	return t;
}

START_TEST(test_alloc)
{
	struct nl_cache *c;

	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	ck_assert_int_eq(nl_cache_is_empty(cache), 1);
	ck_assert_ptr_eq(nl_cache_get_ops(cache), &tt_cache_ops);
	ck_assert_ptr_null(nl_cache_get_first(cache));
	ck_assert_ptr_null(nl_cache_get_last(cache));
	ck_assert_ptr_nonnull(cache->hashtable);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);

	nl_cache_set_flags(cache, NL_CACHE_AF_ITER);
	ck_assert_uint_eq(cache->c_flags, NL_CACHE_AF_ITER);
	nl_cache_set_arg1(cache, 7);
	nl_cache_set_arg2(cache, 8);
	ck_assert_int_eq(cache->c_iarg1, 7);
	ck_assert_int_eq(cache->c_iarg2, 8);

	/* references */
	nl_cache_get(cache);
	ck_assert_int_eq(cache->c_refcnt, 2);
	nl_cache_put(cache);
	ck_assert_int_eq(cache->c_refcnt, 1);

	/* no socket: allocated and left empty */
	ck_assert_int_eq(nl_cache_alloc_and_fill(&tt_cache_ops, NULL, &c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 0);
	nl_cache_free(c);
	nl_cache_free(NULL);
}
END_TEST

START_TEST(test_add_remove)
{
	struct tt_obj *a = tt_new(2, 1, "a", 5);
	struct tt_obj *dup = tt_new(2, 1, "dup", 6);
	struct nl_object_ops other_ops = tt_obj_ops;
	struct nl_object *other = nl_object_alloc(&other_ops);

	ck_assert_int_eq(nl_cache_add(cache, OBJ(a)), 0);
	/* ours, the list's and the index's */
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 3);
	ck_assert_ptr_eq(nl_object_get_cache(OBJ(a)), cache);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);

	ck_assert_int_eq(nl_cache_add(cache, OBJ(dup)), -NLE_EXIST);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(dup)), 1);
	ck_assert_ptr_null(nl_object_get_cache(OBJ(dup)));
	/* already in a cache: a copy is tried, and is a duplicate */
	ck_assert_int_eq(nl_cache_add(cache, OBJ(a)), -NLE_EXIST);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 3);
	ck_assert_int_eq(nl_cache_add(cache, other), -NLE_OBJ_MISMATCH);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);

	nl_cache_remove(OBJ(a));
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 1);
	ck_assert_ptr_null(nl_object_get_cache(OBJ(a)));
	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	nl_cache_remove(OBJ(a));	/* in no cache: nothing */

	/* now the other one fits */
	ck_assert_int_eq(nl_cache_add(cache, OBJ(dup)), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:6");
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(dup));
	nl_object_put(other);
}
END_TEST

START_TEST(test_order)
{
	struct tt_obj *a = add(2, 1, "a", 1);
	struct tt_obj *b = add(2, 2, "b", 2);
	struct tt_obj *c = add(10, 1, "c", 3);

	ck_assert_ptr_eq(nl_cache_get_first(cache), OBJ(a));
	ck_assert_ptr_eq(nl_cache_get_last(cache), OBJ(c));
	ck_assert_ptr_eq(nl_cache_get_next(OBJ(a)), OBJ(b));
	ck_assert_ptr_eq(nl_cache_get_next(OBJ(b)), OBJ(c));
	ck_assert_ptr_null(nl_cache_get_next(OBJ(c)));
	ck_assert_ptr_eq(nl_cache_get_prev(OBJ(c)), OBJ(b));
	ck_assert_ptr_null(nl_cache_get_prev(OBJ(a)));
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 10/1:3");
}
END_TEST

START_TEST(test_search_find)
{
	struct tt_obj *needle = tt_new(10, 1, NULL, 0);
	struct tt_obj *filter = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);
	struct nl_object *o;

	add(2, 1, "eth0", 1);
	add(2, 2, "eth1", 2);
	add(10, 1, "wlan0", 3);

	o = nl_cache_search(cache, OBJ(needle));
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(((struct tt_obj *)o)->name, "wlan0");
	ck_assert_int_eq(nl_object_get_refcnt(o), 3);
	nl_object_put(o);
	needle->id = 9;
	ck_assert_ptr_null(nl_cache_search(cache, OBJ(needle)));

	strcpy(filter->name, "eth");
	filter->ce_mask = TT_ATTR_NAME;
	o = nl_cache_find(cache, OBJ(filter));
	ck_assert_ptr_nonnull(o);
	ck_assert_uint_eq(((struct tt_obj *)o)->id, 1);
	ck_assert_int_eq(nl_object_get_refcnt(o), 3);
	nl_object_put(o);
	ck_assert_int_eq(nl_cache_nitems_filter(cache, OBJ(filter)), 2);
	ck_assert_int_eq(nl_cache_nitems_filter(cache, NULL), 3);
	strcpy(filter->name, "ppp");
	ck_assert_ptr_null(nl_cache_find(cache, OBJ(filter)));
	ck_assert_int_eq(nl_cache_nitems_filter(cache, OBJ(filter)), 0);
	nl_object_put(OBJ(needle));
	nl_object_put(OBJ(filter));
}
END_TEST

/* An unkeyed cache searches by identity, linearly. */
static struct nl_object_ops unkeyed_obj_ops;
static struct nl_cache_ops unkeyed_ops = {
	.co_name = (char *)"test/unkeyed",
	.co_protocol = NETLINK_ROUTE,
	.co_obj_ops = &unkeyed_obj_ops,
	.co_msgtypes = { END_OF_MSGTYPES_LIST },
};

START_TEST(test_search_unkeyed)
{
	struct nl_cache *c;
	struct nl_object *a, *b, *o;

	unkeyed_obj_ops = tt_obj_ops;
	unkeyed_obj_ops.oo_keygen = NULL;
	c = nl_cache_alloc(&unkeyed_ops);
	ck_assert_ptr_null(c->hashtable);
	a = nl_object_alloc(&unkeyed_obj_ops);
	b = nl_object_alloc(&unkeyed_obj_ops);
	((struct tt_obj *)a)->id = 4;
	((struct tt_obj *)b)->id = 4;
	a->ce_mask = b->ce_mask = TT_ATTR_ID;
	ck_assert_int_eq(nl_cache_add(c, a), 0);
	/* no index: identical objects are both kept */
	ck_assert_int_eq(nl_cache_add(c, b), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 2);
	o = nl_cache_search(c, b);
	ck_assert_ptr_eq(o, a);
	nl_object_put(o);
	nl_object_put(a);
	nl_object_put(b);
	nl_cache_free(c);
}
END_TEST

static void count_cb(struct nl_object *o, void *arg)
{
	(*(int *)arg)++;
}

static void remove_cb(struct nl_object *o, void *arg)
{
	nl_cache_remove(o);
}

START_TEST(test_foreach_mark)
{
	struct tt_obj *filter = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);
	struct nl_object *o;
	int n = 0;

	add(2, 1, "eth0", 1);
	add(2, 2, "eth1", 2);
	add(10, 1, "wlan0", 3);
	nl_cache_foreach(cache, count_cb, &n);
	ck_assert_int_eq(n, 3);

	nl_cache_mark_all(cache);
	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o))
		ck_assert_int_eq(nl_object_is_marked(o), 1);

	strcpy(filter->name, "eth");
	filter->ce_mask = TT_ATTR_NAME;
	n = 0;
	nl_cache_foreach_filter(cache, OBJ(filter), count_cb, &n);
	ck_assert_int_eq(n, 2);
	/* the callback may remove what it is given */
	nl_cache_foreach_filter(cache, OBJ(filter), remove_cb, NULL);
	ck_assert_str_eq(tt_content(cache), "10/1:3");
	nl_object_put(OBJ(filter));
}
END_TEST

START_TEST(test_subset_clone_move)
{
	struct tt_obj *filter = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);
	struct nl_cache *sub, *copy, *other;
	struct tt_obj *a;

	a = add(2, 1, "eth0", 1);
	add(2, 2, "eth1", 2);
	add(10, 1, "wlan0", 3);
	nl_cache_set_arg1(cache, 5);

	ck_assert_ptr_null(nl_cache_subset(cache, NULL));
	strcpy(filter->name, "eth");
	filter->ce_mask = TT_ATTR_NAME;
	sub = nl_cache_subset(cache, OBJ(filter));
	ck_assert_str_eq(tt_content(sub), "2/1:1 2/2:2");
	/* copies, not the cache's objects */
	ck_assert_ptr_ne(nl_cache_get_first(sub), OBJ(a));
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 2);

	copy = nl_cache_clone(cache);
	ck_assert_str_eq(tt_content(copy), "2/1:1 2/2:2 10/1:3");
	ck_assert_int_eq(copy->c_iarg1, 5);

	other = nl_cache_alloc(&tt_cache_ops);
	nl_object_get(OBJ(a));
	ck_assert_int_eq(nl_cache_move(other, OBJ(a)), 0);
	ck_assert_ptr_eq(nl_object_get_cache(OBJ(a)), other);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 3);
	ck_assert_str_eq(tt_content(cache), "2/2:2 10/1:3");
	ck_assert_str_eq(tt_content(other), "2/1:1");
	nl_object_put(OBJ(a));

	nl_cache_clear(copy);
	ck_assert_int_eq(nl_cache_nitems(copy), 0);
	ck_assert_ptr_null(nl_cache_get_first(copy));
	nl_cache_free(copy);
	nl_cache_free(sub);
	nl_cache_free(other);
	nl_object_put(OBJ(filter));
}
END_TEST

START_TEST(test_dump)
{
	struct tt_obj *filter = (struct tt_obj *)nl_object_alloc(&tt_obj_ops);
	char buf[256];
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	add(2, 1, "eth0", 1);
	add(10, 1, "wlan0", 3);
	memset(buf, 'x', sizeof(buf));
	nl_cache_dump(cache, &dp);
	ck_assert_str_eq(buf, "tt 2/1 eth0 value 1\ntt 10/1 wlan0 value 3\n");

	dp.dp_type = NL_DUMP_DETAILS;
	dp.dp_prefix = 2;
	nl_cache_dump(cache, &dp);
	ck_assert_str_eq(buf, "  tt 2/1 eth0 value 1\n      label none\n"
			      "  tt 10/1 wlan0 value 3\n      label none\n");

	strcpy(filter->name, "wl");
	filter->ce_mask = TT_ATTR_NAME;
	dp.dp_type = NL_DUMP_LINE;
	dp.dp_prefix = 0;
	nl_cache_dump_filter(cache, &dp, OBJ(filter));
	ck_assert_str_eq(buf, "tt 10/1 wlan0 value 3\n");

	/* no dumper for the type: the buffer is left alone */
	dp.dp_type = NL_DUMP_STATS;
	nl_cache_dump(cache, &dp);
	ck_assert_str_eq(buf, "tt 10/1 wlan0 value 3\n");
	nl_object_put(OBJ(filter));
}
END_TEST

/* Freeing an object that is still in a cache takes it out first. */
START_TEST(test_free_cached)
{
	struct tt_obj *a = add(2, 1, "a", 1);

	add(2, 2, "b", 2);
	nl_object_free(OBJ(a));
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	ck_assert_str_eq(tt_content(cache), "2/2:2");
}
END_TEST

static struct nl_msg *tt_msg(int type, uint32_t family, uint32_t id,
			     const char *name, uint32_t value)
{
	struct tt_wire w = { .id = id, .family = family, .value = value };
	struct nl_msg *msg = nlmsg_alloc_simple(type, 0);

	if (name)
		snprintf(w.name, sizeof(w.name), "%s", name);
	ck_assert_int_eq(nlmsg_append(msg, &w, sizeof(w), NLMSG_ALIGNTO), 0);
	return msg;
}

START_TEST(test_parse_and_add)
{
	struct nl_msg *msg = tt_msg(TT_NEW, 2, 1, "eth0", 4);
	struct nl_msg *bad = nlmsg_alloc_simple(TT_NEW, 0);
	struct nl_msg *other = tt_msg(TT_GET, 2, 7, "x", 1);

	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), 0);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_EXIST);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, bad),
			 -NLE_MSG_TOOSHORT);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, other),
			 -NLE_MSGTYPE_NOSUPPORT);
	ck_assert_str_eq(tt_content(cache), "2/1:4");
	ck_assert_int_eq(nl_object_get_msgtype(nl_cache_get_first(cache)),
			 TT_NEW);
	nlmsg_free(msg);
	nlmsg_free(bad);
	nlmsg_free(other);
}
END_TEST

static char events[512];

static void change_cb(struct nl_cache *c, struct nl_object *o, int act,
		      void *data)
{
	struct tt_obj *t = (struct tt_obj *)o;
	size_t n = strlen(events);

	ck_assert_ptr_eq(data, &events);
	snprintf(events + n, sizeof(events) - n, "%s%s %u/%u:%u",
		 n ? " " : "",
		 act == NL_ACT_NEW ? "new" : act == NL_ACT_DEL ? "del" :
		 act == NL_ACT_CHANGE ? "chg" : "?",
		 t->family, t->id, t->value);
}

static void change_v2_cb(struct nl_cache *c, struct nl_object *old,
			 struct nl_object *new, uint64_t diff, int act,
			 void *data)
{
	struct tt_obj *o = (struct tt_obj *)old, *n2 = (struct tt_obj *)new;
	size_t n = strlen(events);

	snprintf(events + n, sizeof(events) - n, "%s%d ", n ? " " : "", act);
	n = strlen(events);
	if (o)
		snprintf(events + n, sizeof(events) - n, "%u", o->value);
	else
		snprintf(events + n, sizeof(events) - n, "-");
	n = strlen(events);
	if (n2)
		snprintf(events + n, sizeof(events) - n, ">%u", n2->value);
	else
		snprintf(events + n, sizeof(events) - n, ">-");
	n = strlen(events);
	snprintf(events + n, sizeof(events) - n, " d%llx",
		 (unsigned long long)diff);
}

static int include(int type, uint32_t id, uint32_t value, int v2)
{
	struct tt_obj *t = tt_new(2, id, NULL, value);
	int err;

	t->ce_msgtype = type;
	err = v2 ? nl_cache_include_v2(cache, OBJ(t), change_v2_cb, &events)
		 : nl_cache_include(cache, OBJ(t), change_cb, &events);
	nl_object_put(OBJ(t));
	return err;
}

START_TEST(test_include)
{
	events[0] = '\0';
	ck_assert_int_eq(include(TT_NEW, 1, 5, 0), 0);
	ck_assert_int_eq(include(TT_NEW, 2, 6, 0), 0);
	ck_assert_int_eq(include(TT_NEW, 1, 5, 0), 0);	/* no change */
	ck_assert_int_eq(include(TT_NEW, 1, 7, 0), 0);
	ck_assert_int_eq(include(TT_DEL, 2, 0, 0), 0);
	ck_assert_int_eq(include(TT_DEL, 9, 0, 0), 0);	/* unknown */
	ck_assert_int_eq(include(TT_GET, 3, 0, 0), -NLE_MSGTYPE_NOSUPPORT);
	ck_assert_str_eq(events, "new 2/1:5 new 2/2:6 chg 2/1:7 del 2/2:6");
	ck_assert_str_eq(tt_content(cache), "2/1:7");

	events[0] = '\0';
	ck_assert_int_eq(include(TT_NEW, 1, 8, 1), 0);
	ck_assert_int_eq(include(TT_NEW, 4, 1, 1), 0);
	ck_assert_int_eq(include(TT_DEL, 4, 0, 1), 0);
	ck_assert_str_eq(events, "5 7>8 d4 1 ->1 d0 2 1>- d0");

	/* a type that merges: the cached object is updated in place */
	events[0] = '\0';
	tt_stats.update_mode = 1;
	ck_assert_int_eq(include(TT_NEW, 1, 2, 1), 0);
	ck_assert_int_eq(include(TT_NEW, 1, 1, 0), 0);
	ck_assert_str_eq(events, "5 8>2 d4 chg 2/1:11");
	ck_assert_str_eq(tt_content(cache), "2/1:11");
}
END_TEST

/* Filling is O(N): counted keygens and compares, not time. */
START_TEST(test_many)
{
	const uint32_t n = 200000;
	struct tt_obj *needle = tt_new(2, 0, NULL, 0);
	struct nl_object *o;
	uint32_t i;

	for (i = 0; i < n; i++) {
		struct tt_obj *t = tt_new(2, i, NULL, i);

		ck_assert_int_eq(nl_cache_add(cache, OBJ(t)), 0);
		nl_object_put(OBJ(t));
	}
	ck_assert_int_eq(nl_cache_nitems(cache), (int)n);
	/* one key per object, growing the index recomputes none */
	ck_assert_uint_eq(tt_stats.keygens, n);
	/* compares only on equal full keys: a handful, not ~N*N/buckets */
	ck_assert_uint_lt(tt_stats.compares, 100);
	ck_assert_int_ge(cache->hashtable->size, (int)n);

	for (i = 0; i < n; i += 1000) {
		needle->id = i;
		o = nl_cache_search(cache, OBJ(needle));
		ck_assert_ptr_nonnull(o);
		ck_assert_uint_eq(((struct tt_obj *)o)->value, i);
		nl_object_put(o);
	}
	ck_assert_uint_lt(tt_stats.compares, 100 + 2 * (n / 1000));
	/* a duplicate is still found */
	ck_assert_int_eq(nl_cache_add(cache, OBJ(needle)), -NLE_EXIST);

	nl_cache_clear(cache);
	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	ck_assert_uint_lt(tt_stats.compares, 100 + 3 * (n / 1000) + 10);
	nl_object_put(OBJ(needle));
}
END_TEST

/* The public fixed-size table keys with the table's size, as upstream. */
START_TEST(test_hashtable_fixed)
{
	nl_hash_table_t *ht = nl_hash_table_alloc(8);
	struct tt_obj *a = tt_new(2, 1, NULL, 1);
	struct tt_obj *b = tt_new(2, 1, NULL, 2);
	struct tt_obj *c = tt_new(2, 3, NULL, 3);
	uint32_t key;
	int i, n = 0;

	ck_assert_ptr_nonnull(ht);
	ck_assert_int_eq(ht->size, 8);
	/* upstream hands out a table that crashes on first use */
	ck_assert_ptr_null(nl_hash_table_alloc(0));
	ck_assert_int_eq(nl_hash_table_add(ht, OBJ(a)), 0);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 2);
	ck_assert_int_eq(nl_hash_table_add(ht, OBJ(b)), -NLE_EXIST);
	ck_assert_int_eq(nl_hash_table_add(ht, OBJ(c)), 0);
	ck_assert_ptr_eq(nl_hash_table_lookup(ht, OBJ(b)), OBJ(a));
	nl_object_keygen(OBJ(a), &key, 8);
	ck_assert_ptr_nonnull(ht->nodes[key]);
	ck_assert_uint_eq(ht->nodes[key]->key, key);
	for (i = 0; i < ht->size; i++) {
		nl_hash_node_t *node;

		for (node = ht->nodes[i]; node; node = node->next)
			n++;
	}
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(nl_hash_table_del(ht, OBJ(b)), 0);
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(a)), 1);
	ck_assert_int_eq(nl_hash_table_del(ht, OBJ(b)), -NLE_OBJ_NOTFOUND);
	ck_assert_ptr_null(nl_hash_table_lookup(ht, OBJ(a)));
	ck_assert_int_eq(ht->size, 8);
	nl_hash_table_free(ht);		/* drops its reference on c */
	ck_assert_int_eq(nl_object_get_refcnt(OBJ(c)), 1);
	nl_object_put(OBJ(a));
	nl_object_put(OBJ(b));
	nl_object_put(OBJ(c));
}
END_TEST

static void ops_cb(struct nl_cache_ops *ops, void *arg)
{
	if (ops == &tt_cache_ops)
		(*(int *)arg)++;
}

START_TEST(test_registry)
{
	struct nl_cache_ops noname;
	struct nl_cache_ops *ops;
	struct nl_cache *c;
	int seen = 0;

	/* not an assignment: GCC copies tt_cache_ops with the message types
	 * its initializer put after the struct, past the end of noname */
	memcpy(&noname, &tt_cache_ops, sizeof(noname));
	noname.co_name = NULL;
	ck_assert_int_eq(nl_cache_mngt_register(&noname), -NLE_INVAL);
	ck_assert_ptr_null(nl_cache_ops_lookup("test/tt"));
	ck_assert_int_eq(nl_cache_alloc_name("test/tt", &c), -NLE_NOCACHE);
	ck_assert_int_eq(nl_cache_mngt_unregister(&tt_cache_ops),
			 -NLE_NOCACHE);

	ck_assert_int_eq(nl_cache_mngt_register(&tt_cache_ops), 0);
	ck_assert_int_eq(nl_cache_mngt_register(&tt_cache_ops), -NLE_EXIST);
	ck_assert_ptr_eq(nl_cache_ops_lookup("test/tt"), &tt_cache_ops);
	ck_assert_ptr_eq(nl_cache_ops_associate(NETLINK_ROUTE, TT_DEL),
			 &tt_cache_ops);
	ck_assert_ptr_null(nl_cache_ops_associate(NETLINK_ROUTE, TT_GET));
	ck_assert_ptr_null(nl_cache_ops_associate(NETLINK_GENERIC, TT_NEW));
	ck_assert_int_eq(nl_msgtype_lookup(&tt_cache_ops, TT_DEL)->mt_act,
			 NL_ACT_DEL);
	ck_assert_str_eq(nl_msgtype_lookup(&tt_cache_ops, TT_NEW)->mt_name,
			 "new");
	ck_assert_ptr_null(nl_msgtype_lookup(&tt_cache_ops, TT_GET));

	ops = nl_cache_ops_lookup_safe("test/tt");
	ck_assert_ptr_eq(ops, &tt_cache_ops);
	ck_assert_uint_eq(ops->co_refcnt, 1);
	ck_assert_int_eq(nl_cache_mngt_unregister(&tt_cache_ops), -NLE_BUSY);
	nl_cache_ops_put(ops);
	ops = nl_cache_ops_associate_safe(NETLINK_ROUTE, TT_NEW);
	ck_assert_ptr_eq(ops, &tt_cache_ops);
	ck_assert_uint_eq(ops->co_refcnt, 1);
	nl_cache_ops_put(ops);
	nl_cache_ops_foreach(ops_cb, &seen);
	ck_assert_int_eq(seen, 1);

	ck_assert_int_eq(nl_cache_alloc_name("test/tt", &c), 0);
	ck_assert_ptr_eq(c->c_ops, &tt_cache_ops);
	ck_assert_uint_eq(tt_cache_ops.co_refcnt, 0);

	/* provide / require */
	ck_assert_ptr_null(nl_cache_mngt_require("test/tt"));
	nl_cache_mngt_provide(c);
	ck_assert_int_eq(c->c_refcnt, 2);
	ck_assert_ptr_eq(nl_cache_mngt_require("test/tt"), c);
	ck_assert_ptr_eq(__nl_cache_mngt_require("test/tt"), c);
	ck_assert_ptr_eq(nl_cache_mngt_require_safe("test/tt"), c);
	ck_assert_int_eq(c->c_refcnt, 3);
	nl_cache_put(c);
	nl_cache_mngt_unprovide(c);
	ck_assert_int_eq(c->c_refcnt, 1);
	ck_assert_ptr_null(nl_cache_mngt_require_safe("test/tt"));
	nl_cache_free(c);

	/* flags of the type are the flags new caches start with */
	nl_cache_ops_set_flags(&tt_cache_ops, NL_CACHE_AF_ITER);
	c = nl_cache_alloc(&tt_cache_ops);
	ck_assert_uint_eq(c->c_flags, NL_CACHE_AF_ITER);
	nl_cache_free(c);
	tt_cache_ops.co_flags = 0;

	ck_assert_int_eq(nl_cache_mngt_unregister(&tt_cache_ops), 0);
	ck_assert_ptr_null(nl_cache_ops_lookup("test/tt"));
}
END_TEST

static Suite *cache_suite(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_alloc);
	tcase_add_test(tc, test_add_remove);
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_search_find);
	tcase_add_test(tc, test_search_unkeyed);
	tcase_add_test(tc, test_foreach_mark);
	tcase_add_test(tc, test_subset_clone_move);
	tcase_add_test(tc, test_dump);
	tcase_add_test(tc, test_free_cached);
	tcase_add_test(tc, test_parse_and_add);
	tcase_add_test(tc, test_include);
	tcase_add_test(tc, test_many);
	tcase_add_test(tc, test_hashtable_fixed);
	tcase_add_test(tc, test_registry);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(cache_suite)
