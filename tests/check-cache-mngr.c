/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The cache manager without kernel traffic: both of its sockets get
 * injected replies (tests/nltest.c).  Filling, events applied with change
 * callbacks, and the resync after an overrun (doc/dump-consistency.md C3).
 */

#include <pthread.h>
#include <string.h>
#include <time.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

#include <errno.h>
#include "nltest.h"
#include "cache-testtype.h"

static struct nl_cache_mngr *mngr;
static char events[512];
static const char *dump_reply;	/* objects the next dump returns */
static int failing_dumps;	/* the next ones answer -EBUSY */

static void on_sync_send(struct nl_sock *sk, const struct nlmsghdr *req,
			 unsigned int nth, void *arg)
{
	struct nltest_batch b;
	const char *p = dump_reply;
	unsigned int fam, id, val;
	int used;

	nltest_batch_init(&b);
	if (failing_dumps > 0) {
		failing_dumps--;
		nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, -EBUSY, TT_GET);
		nltest_inj_push(sk, &b);
		return;
	}
	while (p && sscanf(p, " %u/%u:%u%n", &fam, &id, &val, &used) == 3) {
		struct tt_wire w = { .id = id, .family = fam, .value = val };

		nltest_batch_data(&b, TT_NEW, NLM_F_MULTI, NLTEST_SEQ_REQ, &w,
				  sizeof(w));
		p += used;
	}
	nltest_batch_done(&b, NLM_F_MULTI, NLTEST_SEQ_REQ);
	nltest_inj_push(sk, &b);
}

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

static void event(struct nltest_batch *b, int type, uint32_t id,
		  uint32_t value)
{
	struct tt_wire w = { .id = id, .family = 2, .value = value };

	nltest_batch_data(b, (uint16_t)type, 0, 0, &w, sizeof(w));
}

static void setup(void)
{
	memset(&tt_stats, 0, sizeof(tt_stats));
	events[0] = '\0';
	failing_dumps = 0;
	ck_assert_int_eq(nl_cache_mngt_register(&tt_cache_ops), 0);
	ck_assert_int_eq(nl_cache_mngr_alloc(NULL, NETLINK_ROUTE,
					     NL_AUTO_PROVIDE, &mngr), 0);
	ck_assert_int_eq(nltest_inj_attach(mngr->cm_sock), 0);
	ck_assert_int_eq(nltest_inj_attach(mngr->cm_sync_sock), 0);
	nltest_inj_on_send(mngr->cm_sync_sock, on_sync_send, NULL);
}

static void teardown(void)
{
	nltest_inj_detach(mngr->cm_sock);
	nltest_inj_detach(mngr->cm_sync_sock);
	nl_cache_mngr_free(mngr);
	ck_assert_int_eq(nl_cache_mngt_unregister(&tt_cache_ops), 0);
}

START_TEST(test_add_and_events)
{
	struct nltest_batch b;
	struct nl_cache *c = NULL;

	dump_reply = "2/1:1 2/2:2";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", change_cb,
					   &events, &c), 0);
	ck_assert_str_eq(tt_content(c), "2/1:1 2/2:2");
	ck_assert_ptr_eq(__nl_cache_mngt_require("test/tt"), c);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", change_cb, NULL,
					   &c), -NLE_EXIST);
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/none", change_cb,
					   NULL, &c), -NLE_NOCACHE);
	ck_assert_int_ge(nl_cache_mngr_get_fd(mngr), 0);

	nltest_batch_init(&b);
	event(&b, TT_NEW, 3, 3);
	event(&b, TT_NEW, 1, 5);
	event(&b, TT_DEL, 2, 0);
	event(&b, TT_NEW, 1, 5);	/* no change: no callback */
	event(&b, TT_GET, 9, 9);	/* not a cache message: skipped */
	nltest_inj_push(mngr->cm_sock, &b);
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 5);
	ck_assert_str_eq(events, "new 2/3:3 chg 2/1:5 del 2/2:2");
	ck_assert_str_eq(tt_content(c), "2/3:3 2/1:5");
	ck_assert_uint_eq(nltest_inj_pending(mngr->cm_sock), 0);
	/* nothing queued: nothing read */
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 0);
}
END_TEST

/* The event socket overran: the cache is resynced with callbacks. */
START_TEST(test_overrun_resync)
{
	struct nltest_batch b;
	struct nl_cache *c = NULL;

	dump_reply = "2/1:1 2/2:2 2/3:3";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", change_cb,
					   &events, &c), 0);
	nltest_batch_init(&b);
	event(&b, TT_NEW, 4, 4);
	nltest_inj_push(mngr->cm_sock, &b);
	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	dump_reply = "2/1:1 2/2:7 2/4:4 2/5:5";
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 1);
	ck_assert_str_eq(events, "new 2/4:4 chg 2/2:7 new 2/5:5 del 2/3:3");
	ck_assert_str_eq(tt_content(c), "2/1:1 2/2:7 2/4:4 2/5:5");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 2);
	ck_assert_uint_eq(nltest_inj_pending(mngr->cm_sync_sock), 0);
}
END_TEST

/*
 * A resync that fails is not forgotten: the error is returned, the cache
 * stays as it was and marked, and the next call (even with no event
 * queued) resyncs it; a resync that succeeded is not repeated.
 */
START_TEST(test_overrun_resync_retried)
{
	struct nltest_batch b;
	struct nl_cache *c = NULL;

	dump_reply = "2/1:1 2/2:2";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", change_cb,
					   &events, &c), 0);
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 1);
	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	dump_reply = "2/1:1 2/3:3";
	failing_dumps = 1;
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), -NLE_BUSY);
	ck_assert_str_eq(events, "");
	ck_assert_str_eq(tt_content(c), "2/1:1 2/2:2");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 2);

	/* nothing queued: the pending resync runs all the same */
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 0);
	ck_assert_str_eq(events, "new 2/3:3 del 2/2:2");
	ck_assert_str_eq(tt_content(c), "2/1:1 2/3:3");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 3);

	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 0);
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 3);

	/* events after a resync apply on top of it */
	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	nltest_batch_init(&b);
	event(&b, TT_NEW, 4, 4);
	nltest_inj_push(mngr->cm_sock, &b);
	events[0] = '\0';
	dump_reply = "2/1:1 2/3:3";
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 1);
	ck_assert_str_eq(events, "new 2/4:4");
	ck_assert_str_eq(tt_content(c), "2/1:1 2/3:3 2/4:4");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 4);
}
END_TEST

/* One resync round per call: an overrun after it waits for the next
 * call, which nl_cache_mngr_poll() makes without waiting. */
START_TEST(test_overrun_once_per_call)
{
	struct nl_cache *c = NULL;
	struct timespec t0, t1;

	dump_reply = "2/1:1";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", change_cb,
					   &events, &c), 0);
	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	dump_reply = "2/1:1 2/2:2";
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 0);
	ck_assert_str_eq(events, "new 2/2:2");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 2);
	ck_assert_uint_eq(nltest_inj_pending(mngr->cm_sock), 0);

	dump_reply = "2/2:2";
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(nl_cache_mngr_poll(mngr, 5000), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_lt(t1.tv_sec - t0.tv_sec, 2);
	ck_assert_str_eq(events, "new 2/2:2 del 2/1:1");
	ck_assert_str_eq(tt_content(c), "2/2:2");
	ck_assert_uint_eq(nltest_inj_sent(mngr->cm_sync_sock), 3);
}
END_TEST

static int lock_was_free;

static void *try_write(void *arg)
{
	struct nl_cache *c = arg;

	if (pthread_rwlock_trywrlock(&c->c_lock) == 0) {
		lock_was_free = 1;
		pthread_rwlock_unlock(&c->c_lock);
	}
	return NULL;
}

/* Change callbacks run with the cache unlocked: another thread could
 * look it up meanwhile. */
static void unlocked_cb(struct nl_cache *c, struct nl_object *o, int act,
			void *data)
{
	pthread_t t;

	ck_assert_int_eq(pthread_create(&t, NULL, try_write, c), 0);
	pthread_join(t, NULL);
	change_cb(c, o, act, data);
}

START_TEST(test_callbacks_unlocked)
{
	struct nltest_batch b;
	struct nl_cache *c = NULL;

	dump_reply = "2/1:1";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", unlocked_cb,
					   &events, &c), 0);
	nltest_batch_init(&b);
	event(&b, TT_NEW, 2, 2);
	nltest_inj_push(mngr->cm_sock, &b);
	lock_was_free = 0;
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 1);
	ck_assert_int_eq(lock_was_free, 1);
	ck_assert_str_eq(events, "new 2/2:2");

	nltest_inj_push_error(mngr->cm_sock, -NLE_NOMEM);
	dump_reply = "2/2:2";
	lock_was_free = 0;
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 0);
	ck_assert_int_eq(lock_was_free, 1);
	ck_assert_str_eq(events, "new 2/2:2 del 2/1:1");
}
END_TEST

static struct nl_cache_ops nogroups_ops = {
	.co_name = (char *)"test/nogroups",
	.co_protocol = NETLINK_ROUTE,
	.co_obj_ops = &tt_obj_ops,
	.co_msgtypes = { END_OF_MSGTYPES_LIST },
};

static struct nl_cache_ops genl_ops = {
	.co_name = (char *)"test/genl",
	.co_protocol = NETLINK_GENERIC,
	.co_groups = tt_groups,
	.co_obj_ops = &tt_obj_ops,
	.co_msgtypes = { END_OF_MSGTYPES_LIST },
};

START_TEST(test_add_errors)
{
	struct nl_cache *a = nl_cache_alloc(&nogroups_ops);
	struct nl_cache *g = nl_cache_alloc(&genl_ops);

	ck_assert_int_eq(nl_cache_mngr_add_cache(mngr, a, NULL, NULL),
			 -NLE_OPNOTSUPP);
	ck_assert_int_eq(nl_cache_mngr_add_cache(mngr, g, NULL, NULL),
			 -NLE_PROTO_MISMATCH);
	nl_cache_free(a);
	nl_cache_free(g);
}
END_TEST

static void change_v2(struct nl_cache *c, struct nl_object *old,
		      struct nl_object *new, uint64_t diff, int act, void *d)
{
	size_t n = strlen(events);

	snprintf(events + n, sizeof(events) - n, "%s%d %u>%u d%llx",
		 n ? " " : "", act,
		 old ? ((struct tt_obj *)old)->value : 0,
		 new ? ((struct tt_obj *)new)->value : 0,
		 (unsigned long long)diff);
}

START_TEST(test_v2_and_info)
{
	struct nl_cache *c = nl_cache_alloc(&tt_cache_ops);
	struct nltest_batch b;
	char want[1024], *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct nl_dump_params dp = {
		.dp_type = NL_DUMP_LINE,
		.dp_fd = f,
	};

	dump_reply = "2/1:1";
	ck_assert_int_eq(nl_cache_mngr_add_cache_v2(mngr, c, change_v2,
						    &events), 0);
	nltest_batch_init(&b);
	event(&b, TT_NEW, 1, 6);
	nltest_inj_push(mngr->cm_sock, &b);
	ck_assert_int_eq(nl_cache_mngr_data_ready(mngr), 1);
	ck_assert_str_eq(events, "5 1>6 d4");

	/* to a stream: a buffer would be cleared by the cache dump inside */
	nl_cache_mngr_info(mngr, &dp);
	fclose(f);
	snprintf(want, sizeof(want),
		 "cache-manager <%p>\n"
		 "  .protocol = route\n"
		 "  .flags    = 0x7\n"
		 "  .nassocs  = 16\n"
		 "  .sock     = <%p>\n"
		 "  .cache[0] = <%p> {\n"
		 "    .name = test/tt\n"
		 "    .change_func = <(nil)>\n"
		 "    .change_func_v2 = <%p>\n"
		 "    .change_data = <%p>\n"
		 "    .nitems = 1\n"
		 "    .objects = {\n"
		 "      tt 2/1 - value 6\n"
		 "    }\n"
		 "  }\n",
		 (void *)mngr, (void *)mngr->cm_sock, (void *)c,
		 (void *)change_v2, (void *)&events);
	ck_assert_str_eq(buf, want);
	free(buf);
}
END_TEST

/* The manager frees the caches it manages. */
START_TEST(test_free)
{
	struct nl_cache *c = NULL;

	dump_reply = "2/1:1 2/2:2";
	ck_assert_int_eq(nl_cache_mngr_add(mngr, "test/tt", NULL, NULL, &c),
			 0);
	nltest_inj_detach(mngr->cm_sock);
	nltest_inj_detach(mngr->cm_sync_sock);
	nl_cache_mngr_free(mngr);
	ck_assert_uint_eq(tt_stats.frees, tt_stats.constructs);
	ck_assert_ptr_null(__nl_cache_mngt_require("test/tt"));
	ck_assert_int_eq(nl_cache_mngr_alloc(NULL, NETLINK_ROUTE, 0, &mngr),
			 0);
	ck_assert_int_eq(nltest_inj_attach(mngr->cm_sock), 0);
	ck_assert_int_eq(nltest_inj_attach(mngr->cm_sync_sock), 0);
	ck_assert_int_eq(nl_cache_mngr_poll(mngr, 0), 0);
}
END_TEST

static Suite *mngr_suite(void)
{
	Suite *s = suite_create("cache-mngr");
	TCase *tc = tcase_create("injected");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_add_and_events);
	tcase_add_test(tc, test_overrun_resync);
	tcase_add_test(tc, test_overrun_resync_retried);
	tcase_add_test(tc, test_overrun_once_per_call);
	tcase_add_test(tc, test_callbacks_unlocked);
	tcase_add_test(tc, test_add_errors);
	tcase_add_test(tc, test_v2_and_info);
	tcase_add_test(tc, test_free);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(mngr_suite)
