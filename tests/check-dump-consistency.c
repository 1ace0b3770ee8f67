/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The cache side of consistent dumps (doc/dump-consistency.md C1, C2, C4)
 * without a kernel: the replies to each dump request are injected through
 * nl_cb_overwrite_recv() (tests/nltest.c), one scenario per test.  Each
 * test asserts the return code, the exact cache content, the requests
 * made, the socket's counters and that the socket was read exactly to the
 * end of what was queued.
 */

#include <string.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

#include "nltest.h"
#include "cache-testtype.h"

/* The reply to one request. */
struct reply {
	const char *objs;	/* "family/id:value ..." in dump order */
	int intr_at;		/* message flagged: index, ndata = DONE, -1 */
	int per_read;		/* messages per read (0: all in one) */
	int fail_at;		/* read number that fails with fail_err */
	int fail_err;
	int kernel_err;		/* end with NLMSG_ERROR instead of DONE */
};

#define CLEAN(o) { .objs = (o), .intr_at = -1 }
#define INTR(o, at) { .objs = (o), .intr_at = (at) }

static struct scenario {
	const struct reply *replies;
	unsigned int nreplies;
	unsigned int base;	/* requests sent before the scenario */
} scen;

static struct nl_sock *sk;
static struct nl_cache *cache;

static int count_objs(const char *s)
{
	int n = 0;

	for (; s && *s; s++)
		if (*s == ':')
			n++;
	return n;
}

static void queue_reply(struct nl_sock *s, const struct reply *r)
{
	struct nltest_batch b;
	const char *p = r->objs;
	int ndata = count_objs(r->objs), i = 0, inbatch = 0, reads = 0;

	nltest_batch_init(&b);
	while (p && *p) {
		struct tt_wire w = { 0 };
		unsigned int fam, id, val;
		int used = 0;
		uint16_t flags = NLM_F_MULTI;

		if (sscanf(p, " %u/%u:%u%n", &fam, &id, &val, &used) != 3)
			abort();
		p += used;
		w.family = fam;
		w.id = id;
		w.value = val;
		if (i == r->intr_at)
			flags |= NLM_F_DUMP_INTR;
		nltest_batch_data(&b, TT_NEW, flags, NLTEST_SEQ_REQ, &w,
				  sizeof(w));
		i++;
		if (r->per_read && ++inbatch == r->per_read) {
			if (++reads == r->fail_at) {
				nltest_inj_push_error(s, r->fail_err);
				nltest_batch_clear(&b);
				return;
			}
			nltest_inj_push(s, &b);
			inbatch = 0;
		}
	}
	if (r->kernel_err)
		nltest_batch_error(&b, NLM_F_MULTI, NLTEST_SEQ_REQ,
				   r->kernel_err, TT_GET);
	else
		nltest_batch_done(&b, NLM_F_MULTI | (r->intr_at == ndata ?
						     NLM_F_DUMP_INTR : 0),
				  NLTEST_SEQ_REQ);
	if (++reads == r->fail_at) {
		nltest_inj_push_error(s, r->fail_err);
		nltest_batch_clear(&b);
		return;
	}
	nltest_inj_push(s, &b);
}

static void on_send(struct nl_sock *s, const struct nlmsghdr *req,
		    unsigned int nth, void *arg)
{
	ck_assert_int_eq(req->nlmsg_type, TT_GET);
	ck_assert_int_eq(req->nlmsg_flags & NLM_F_DUMP, NLM_F_DUMP);
	nth -= scen.base;
	if (nth >= 1 && nth <= scen.nreplies)
		queue_reply(s, &scen.replies[nth - 1]);
}

#define PLAY(...)                                                              \
	do {                                                                   \
		static const struct reply _r[] = { __VA_ARGS__ };              \
		scen.replies = _r;                                             \
		scen.nreplies = sizeof(_r) / sizeof(_r[0]);                    \
		scen.base = nltest_inj_sent(sk);                               \
		nltest_inj_on_send(sk, on_send, NULL);                         \
	} while (0)

static void setup(void)
{
	memset(&tt_stats, 0, sizeof(tt_stats));
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	cache = nl_cache_alloc(&tt_cache_ops);
	ck_assert_ptr_nonnull(cache);
}

static void teardown(void)
{
	nl_cache_free(cache);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}

static uint64_t cnt(enum nl_dump_counter c)
{
	return nl_socket_get_dump_counter(sk, c);
}

/* Every queued read consumed, none attempted beyond. */
static void assert_drained(void)
{
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	ck_assert_uint_eq(nltest_inj_underruns(sk), 0);
}

/* Fill the cache with a clean dump, then forget the counters. */
static void prefill(void)
{
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	nl_socket_reset_dump_counters(sk);
	tt_stats.requests = 0;
	nltest_inj_on_send(sk, NULL, NULL);
}

static struct {
	unsigned int calls;
	unsigned int attempts[16];
	int errs[16];
	int answer_after;	/* NL_OK until this attempt, then answer */
	int answer;
} rcb;

static int retry_cb(struct nl_sock *s, unsigned int attempt, int err,
		    void *arg)
{
	ck_assert_ptr_eq(s, sk);
	ck_assert_ptr_eq(arg, &rcb);
	if (rcb.calls < 16) {
		rcb.attempts[rcb.calls] = attempt;
		rcb.errs[rcb.calls] = err;
	}
	rcb.calls++;
	return (int)attempt < rcb.answer_after ? NL_OK : rcb.answer;
}

static void set_retry(int answer_after, int answer)
{
	memset(&rcb, 0, sizeof(rcb));
	rcb.answer_after = answer_after;
	rcb.answer = answer;
	nl_socket_set_dump_retry(sk, retry_cb, &rcb);
}

START_TEST(test_clean)
{
	PLAY({ .objs = "2/1:1 2/2:2 2/3:3", .intr_at = -1, .per_read = 1 });
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	ck_assert_int_eq(tt_stats.requests, 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_INTERRUPTED), 0);
	assert_drained();
}
END_TEST

/* The flag on the first, a middle, the last data message, or DONE only:
 * the attempt is thrown away whole and the next one replaces the cache. */
static const int intr_positions[] = { 0, 1, 2, 3 };

START_TEST(test_interrupted_at)
{
	int at = intr_positions[_i];
	struct reply r[2] = {
		{ .objs = "2/1:9 2/7:9 2/8:9", .intr_at = at, .per_read = 1 },
		{ .objs = "2/1:4 2/3:5", .intr_at = -1, .per_read = 2 },
	};

	prefill();
	scen.replies = r;
	scen.nreplies = 2;
	scen.base = nltest_inj_sent(sk);
	nltest_inj_on_send(sk, on_send, NULL);
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:4 2/3:5");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	ck_assert_int_eq(tt_stats.requests, 2);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_INTERRUPTED), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_FAILED), 0);
	assert_drained();
}
END_TEST

START_TEST(test_callback_ok)
{
	prefill();
	set_retry(99, NL_OK);
	PLAY(INTR("2/5:5", 0), INTR("2/6:6 2/7:7", 2), CLEAN("2/9:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/9:9");
	ck_assert_uint_eq(rcb.calls, 2);
	ck_assert_uint_eq(rcb.attempts[0], 1);
	ck_assert_uint_eq(rcb.attempts[1], 2);
	ck_assert_int_eq(rcb.errs[0], -NLE_DUMP_INTR);
	ck_assert_int_eq(rcb.errs[1], -NLE_DUMP_INTR);
	ck_assert_int_eq(tt_stats.requests, 3);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 2);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	assert_drained();
}
END_TEST

START_TEST(test_callback_skip)
{
	prefill();
	set_retry(2, NL_SKIP);
	PLAY(INTR("2/5:5", 0), INTR("2/6:6 2/7:7", 1), CLEAN("2/9:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	/* the second attempt, as it came */
	ck_assert_str_eq(tt_content(cache), "2/6:6 2/7:7");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 0);
	ck_assert_int_eq(tt_stats.requests, 2);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_INCONSISTENT), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_FAILED), 0);
	assert_drained();

	/* a clean refill makes it consistent again */
	PLAY(CLEAN("2/1:1"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	ck_assert_str_eq(tt_content(cache), "2/1:1");
}
END_TEST

START_TEST(test_callback_stop)
{
	struct nl_object *first;

	prefill();
	first = nl_cache_get_first(cache);
	set_retry(1, NL_STOP);
	PLAY(INTR("2/5:5 2/6:6", 1), CLEAN("2/9:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_DUMP_ABORTED);
	/* untouched: the same objects */
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_ptr_eq(nl_cache_get_first(cache), first);
	ck_assert_int_eq(nl_object_get_refcnt(first), 2);
	ck_assert_int_eq(tt_stats.requests, 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_FAILED), 1);
	assert_drained();
}
END_TEST

START_TEST(test_limit_reached)
{
	prefill();
	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 3, 0), 0);
	PLAY(INTR("2/5:5", 0), INTR("2/5:5", 1), INTR("2/5:5 2/6:6", 2),
	     CLEAN("2/9:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_DUMP_INCONSISTENT);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_int_eq(tt_stats.requests, 3);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_INTERRUPTED), 3);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 2);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_FAILED), 1);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	/* the fourth reply was never asked for */
	assert_drained();
}
END_TEST

START_TEST(test_read_error)
{
	prefill();
	PLAY({ .objs = "2/5:5 2/6:6 2/7:7", .intr_at = -1, .per_read = 1,
	       .fail_at = 2, .fail_err = -NLE_NOMEM });
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_NOMEM);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_FAILED), 0);
	assert_drained();
}
END_TEST

START_TEST(test_kernel_error)
{
	prefill();
	PLAY({ .objs = "2/5:5", .intr_at = -1, .kernel_err = -EPERM });
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_PERM);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	assert_drained();
}
END_TEST

/* A message the type cannot parse is skipped; the dump goes on. */
START_TEST(test_bad_message)
{
	struct nltest_batch b;
	struct tt_wire w = { .id = 4, .family = 2, .value = 4 };

	nltest_batch_init(&b);
	nltest_batch_data(&b, TT_NEW, NLM_F_MULTI, 0, "ab", 2);
	nltest_batch_data(&b, TT_NEW, NLM_F_MULTI, 0, &w, sizeof(w));
	nltest_batch_done(&b, NLM_F_MULTI, 0);
	nltest_inj_push(sk, &b);
	/* pickup reads what is queued; sequence numbers of request 0 */
	nl_socket_disable_seq_check(sk);
	ck_assert_int_eq(nl_cache_pickup(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/4:4");
	assert_drained();
}
END_TEST

START_TEST(test_proto_mismatch)
{
	sk->s_proto = NETLINK_GENERIC;
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_PROTO_MISMATCH);
	ck_assert_int_eq(nl_cache_resync(sk, cache, NULL, NULL),
			 -NLE_PROTO_MISMATCH);
	ck_assert_int_eq(tt_stats.requests, 0);
}
END_TEST

/* One family interrupted: the attempt over all families is redone. */
START_TEST(test_multi_family)
{
	nl_cache_set_flags(cache, NL_CACHE_AF_ITER);
	PLAY(CLEAN("2/1:1 2/2:2"), INTR("10/1:7 10/9:9", 1),
	     CLEAN("2/1:1 2/3:3"), CLEAN("10/1:8"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/3:3 10/1:8");
	ck_assert_int_eq(tt_stats.requests, 4);
	ck_assert_int_eq(tt_stats.req_family[0], AF_INET);
	ck_assert_int_eq(tt_stats.req_family[1], AF_INET6);
	ck_assert_int_eq(tt_stats.req_family[2], AF_INET);
	ck_assert_int_eq(tt_stats.req_family[3], AF_INET6);
	ck_assert_int_eq(cache->c_iarg1, AF_INET6);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 1);
	assert_drained();
}
END_TEST

/* Given up in a multi-family cache: untouched; accepted: whole. */
START_TEST(test_multi_family_policy)
{
	nl_cache_set_flags(cache, NL_CACHE_AF_ITER);
	PLAY(CLEAN("2/1:1"), CLEAN("10/1:1"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 10/1:1");

	set_retry(1, NL_STOP);
	PLAY(INTR("2/5:5", 0), CLEAN("10/5:5"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_DUMP_ABORTED);
	ck_assert_str_eq(tt_content(cache), "2/1:1 10/1:1");
	assert_drained();

	/* an interruption in the first family still dumps the second */
	set_retry(1, NL_SKIP);
	PLAY(INTR("2/5:5", 0), CLEAN("10/5:5"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/5:5 10/5:5");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 0);
	assert_drained();
}
END_TEST

static char events[512];

static void change_v2(struct nl_cache *c, struct nl_object *old,
		      struct nl_object *new, uint64_t diff, int act, void *d)
{
	struct tt_obj *o = (struct tt_obj *)(new ? new : old);
	size_t n = strlen(events);

	ck_assert_ptr_eq(c, cache);
	snprintf(events + n, sizeof(events) - n, "%s%s %u/%u:%u",
		 n ? " " : "",
		 act == NL_ACT_NEW ? "new" : act == NL_ACT_DEL ? "del" :
		 act == NL_ACT_CHANGE ? "chg" : "?",
		 o->family, o->id, o->value);
	if (act == NL_ACT_CHANGE) {
		n = strlen(events);
		snprintf(events + n, sizeof(events) - n, "<%u d%llx",
			 ((struct tt_obj *)old)->value,
			 (unsigned long long)diff);
	}
}

static void change_v1(struct nl_cache *c, struct nl_object *obj, int act,
		      void *d)
{
	change_v2(c, act == NL_ACT_DEL ? obj : NULL,
		  act == NL_ACT_DEL ? NULL : obj, 0,
		  act == NL_ACT_CHANGE ? NL_ACT_NEW : act, d);
}

/* Only the final consistent state is reported: never 2/2:99 or 2/5. */
START_TEST(test_resync_v2)
{
	prefill();
	events[0] = '\0';
	PLAY(INTR("2/1:1 2/2:99 2/4:4 2/5:5", 2), CLEAN("2/1:1 2/2:6 2/4:4"));
	ck_assert_int_eq(nl_cache_resync_v2(sk, cache, change_v2, NULL), 0);
	ck_assert_str_eq(events, "chg 2/2:6<2 d4 new 2/4:4 del 2/3:3");
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:6 2/4:4");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 1);
	for (struct nl_object *o = nl_cache_get_first(cache); o;
	     o = nl_cache_get_next(o))
		ck_assert_int_eq(nl_object_is_marked(o), 0);
	assert_drained();
}
END_TEST

START_TEST(test_resync_v1)
{
	prefill();
	events[0] = '\0';
	PLAY(INTR("2/9:9", 0), CLEAN("2/3:3 2/2:7"));
	ck_assert_int_eq(nl_cache_resync(sk, cache, change_v1, NULL), 0);
	/* v1 reports a change as the new object (shown "new" here) */
	ck_assert_str_eq(events, "new 2/2:7 del 2/1:1");
	ck_assert_str_eq(tt_content(cache), "2/3:3 2/2:7");
	assert_drained();
}
END_TEST

START_TEST(test_resync_fails)
{
	prefill();
	events[0] = '\0';
	set_retry(1, NL_STOP);
	PLAY(INTR("2/9:9", 0));
	ck_assert_int_eq(nl_cache_resync_v2(sk, cache, change_v2, NULL),
			 -NLE_DUMP_ABORTED);
	ck_assert_str_eq(events, "");
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	for (struct nl_object *o = nl_cache_get_first(cache); o;
	     o = nl_cache_get_next(o))
		ck_assert_int_eq(nl_object_is_marked(o), 0);
	assert_drained();
}
END_TEST

/* Buffered mode: the receive path re-sends; the cache sees one reply. */
START_TEST(test_buffered)
{
	prefill();
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_BUFFERED),
			 0);
	PLAY(INTR("2/7:7 2/8:8", 1), CLEAN("2/1:5"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:5");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_DUMPS), 1);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 1);
	ck_assert_uint_eq(nltest_inj_sent(sk), 3);	/* prefill + 2 */
	assert_drained();

	set_retry(1, NL_SKIP);
	PLAY(INTR("2/7:7 2/8:8", 1), CLEAN("2/1:5"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/7:7 2/8:8");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 0);
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
}
END_TEST

/* alloc_and_fill: nothing allocated when the fill fails. */
START_TEST(test_alloc_and_fill)
{
	struct nl_cache *c = NULL;

	nl_socket_set_dump_retry_limit(sk, 1, 0);
	PLAY(INTR("2/1:1", 0));
	ck_assert_int_eq(nl_cache_alloc_and_fill(&tt_cache_ops, sk, &c),
			 -NLE_DUMP_INCONSISTENT);
	ck_assert_ptr_null(c);
	PLAY(CLEAN("2/1:1"));
	ck_assert_int_eq(nl_cache_alloc_and_fill(&tt_cache_ops, sk, &c), 0);
	ck_assert_str_eq(tt_content(c), "2/1:1");
	nl_cache_free(c);
}
END_TEST

/*
 * Without a retry callback an interrupted attempt is never kept, so
 * nothing after the flag is parsed; from the first interruption on the
 * cache reads whole replies before parsing and drops interrupted ones
 * unparsed (tt_stats.constructs counts the objects parsed).
 */
START_TEST(test_interrupted_unparsed)
{
	prefill();
	tt_stats.constructs = 0;
	PLAY({ .objs = "2/5:5 2/6:6 2/7:7 2/8:8", .intr_at = 1, .per_read = 1 },
	     { .objs = "2/5:5 2/6:6 2/7:7", .intr_at = 2, .per_read = 1 },
	     { .objs = "2/9:9 2/10:10", .intr_at = -1, .per_read = 1 });
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/9:9 2/10:10");
	/* 1 before the first flag, none of the second reply, 2 */
	ck_assert_uint_eq(tt_stats.constructs, 3);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_INTERRUPTED), 2);
	ck_assert_uint_eq(cnt(NL_DUMP_CNT_RETRIES), 2);
	assert_drained();

	/* the next refill of this cache reads whole replies at once */
	tt_stats.constructs = 0;
	PLAY({ .objs = "2/1:1 2/2:2 2/3:3", .intr_at = 2, .per_read = 1 },
	     CLEAN("2/4:4"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/4:4");
	ck_assert_uint_eq(tt_stats.constructs, 1);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);
	assert_drained();
}
END_TEST

/* A retry callback may keep an interrupted attempt: every reply is parsed
 * whole, also once the cache reads whole replies, and what it accepts is
 * the complete interrupted reply. */
START_TEST(test_interrupted_callback_parsed)
{
	prefill();
	set_retry(3, NL_SKIP);
	tt_stats.constructs = 0;
	PLAY({ .objs = "2/5:5 2/6:6 2/7:7", .intr_at = 1, .per_read = 1 },
	     { .objs = "2/5:5 2/6:6 2/8:8", .intr_at = 2, .per_read = 1 },
	     { .objs = "2/5:6 2/6:6 2/9:9", .intr_at = 0, .per_read = 2 });
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/5:6 2/6:6 2/9:9");
	ck_assert_int_eq(nl_cache_is_consistent(cache), 0);
	ck_assert_uint_eq(rcb.calls, 3);
	ck_assert_uint_eq(tt_stats.constructs, 9);
	assert_drained();
}
END_TEST

/* Reading whole replies hides no error: a kernel error that ends an
 * interrupted reply, and a failed read, are returned; the cache keeps
 * what it held. */
START_TEST(test_whole_errors)
{
	prefill();
	PLAY(INTR("2/5:5", 0), CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	assert_drained();

	PLAY({ .objs = "2/6:6 2/7:7", .intr_at = 0, .per_read = 1,
	       .kernel_err = -EPERM });
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_PERM);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	assert_drained();

	PLAY({ .objs = "2/6:6 2/7:7 2/8:8", .intr_at = -1, .per_read = 1,
	       .fail_at = 2, .fail_err = -NLE_NOMEM });
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_NOMEM);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	assert_drained();
}
END_TEST

/* Without a callback an interruption in the first family ends the
 * attempt: the second family is not asked for before the retry. */
START_TEST(test_multi_family_early_end)
{
	nl_cache_set_flags(cache, NL_CACHE_AF_ITER);
	PLAY(INTR("2/1:1 2/2:2", 0), CLEAN("2/1:1"), CLEAN("10/1:1"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 10/1:1");
	ck_assert_int_eq(tt_stats.requests, 3);
	ck_assert_int_eq(tt_stats.req_family[0], AF_INET);
	ck_assert_int_eq(tt_stats.req_family[1], AF_INET);
	ck_assert_int_eq(tt_stats.req_family[2], AF_INET6);
	assert_drained();
}
END_TEST

/* ------------------------------------------------------------------ */
/* Refills in place: unchanged objects stay, the rest is replaced, the  */
/* order is the dump's, and an undone attempt leaves every object where */
/* it was.                                                              */

/* The objects of the cache, in order. */
static int objs_of(struct nl_object **v, int max)
{
	struct nl_object *o;
	int n = 0;

	for (o = nl_cache_get_first(cache); o && n < max; o = nl_cache_get_next(o))
		v[n++] = o;
	return n;
}

static struct nl_object *find_id(uint32_t id)
{
	struct nl_object *o;

	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o))
		if (((struct tt_obj *)o)->id == id)
			return o;
	return NULL;
}

START_TEST(test_inplace_keeps_unchanged)
{
	struct nl_object *before[8], *after[8];
	unsigned long frees;
	int i;

	prefill();
	ck_assert_int_eq(objs_of(before, 8), 3);
	frees = tt_stats.frees;
	/* 2/2 changed, 2/4 new, 2/3 and 2/1 unchanged, the order new */
	PLAY(CLEAN("2/3:3 2/2:5 2/4:4 2/1:1"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/3:3 2/2:5 2/4:4 2/1:1");
	ck_assert_int_eq(objs_of(after, 8), 4);
	ck_assert_ptr_eq(after[0], before[2]);
	ck_assert_ptr_ne(after[1], before[1]);
	ck_assert_ptr_eq(after[3], before[0]);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(nl_object_get_refcnt(after[i]), 2);
		ck_assert_ptr_eq(nl_object_get_cache(after[i]), cache);
	}
	/* the copies of 2/3 and 2/1 and the old 2/2 are gone */
	ck_assert_uint_eq(tt_stats.frees - frees, 3);
	ck_assert_int_eq(nl_cache_nitems(cache), 4);
	/* the index follows: each id is found, the old 2/2 is not */
	for (i = 0; i < 4; i++) {
		struct nl_object *o = nl_cache_search(cache, after[i]);

		ck_assert_ptr_eq(o, after[i]);
		nl_object_put(o);
	}
	assert_drained();
}
END_TEST

/* An object a caller holds is never reused: it leaves the cache whole. */
START_TEST(test_inplace_held_replaced)
{
	struct nl_object *held, *now;

	prefill();
	held = find_id(2);
	nl_object_get(held);
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	now = find_id(2);
	ck_assert_ptr_ne(now, held);
	ck_assert_ptr_null(nl_object_get_cache(held));
	ck_assert_int_eq(nl_object_get_refcnt(held), 1);
	ck_assert_int_eq(((struct tt_obj *)held)->value, 2);
	nl_object_put(held);
	assert_drained();
}
END_TEST

/* The same object twice in one dump: the first one is kept. */
START_TEST(test_inplace_duplicate)
{
	prefill();
	PLAY(CLEAN("2/1:1 2/2:7 2/2:8 2/1:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:7");
	ck_assert_int_eq(nl_cache_nitems(cache), 2);
	assert_drained();
}
END_TEST

/* An attempt that moved, replaced and added objects, undone: every
 * object back where it was, then a refill reuses them all. */
START_TEST(test_inplace_undo_exact)
{
	struct nl_object *before[8], *after[8];
	int i, n;

	PLAY(CLEAN("2/1:1 2/2:2 2/3:3 2/4:4 2/5:5"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	n = objs_of(before, 8);
	ck_assert_int_eq(n, 5);
	set_retry(1, NL_STOP);
	PLAY(INTR("2/2:2 2/3:3 2/9:9 2/1:7 2/5:5 2/8:8", 5));
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_DUMP_ABORTED);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3 2/4:4 2/5:5");
	ck_assert_int_eq(objs_of(after, 8), 5);
	for (i = 0; i < n; i++) {
		ck_assert_ptr_eq(after[i], before[i]);
		ck_assert_int_eq(nl_object_get_refcnt(after[i]), 2);
	}
	ck_assert_int_eq(nl_cache_nitems(cache), 5);
	for (i = 0; i < n; i++) {
		struct nl_object *o = nl_cache_search(cache, after[i]);

		ck_assert_ptr_eq(o, after[i]);
		nl_object_put(o);
	}

	nl_socket_set_dump_retry(sk, NULL, NULL);
	PLAY(CLEAN("2/5:5 2/4:4 2/3:3 2/2:2 2/1:1"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/5:5 2/4:4 2/3:3 2/2:2 2/1:1");
	ck_assert_int_eq(objs_of(after, 8), 5);
	for (i = 0; i < n; i++)
		ck_assert_ptr_eq(after[i], before[n - 1 - i]);
	assert_drained();
}
END_TEST

/* A refill that empties the cache, and one of an empty cache. */
START_TEST(test_inplace_empty)
{
	prefill();
	PLAY(CLEAN(""));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "");
	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	PLAY(CLEAN("2/7:7"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/7:7");
	assert_drained();
}
END_TEST

/* ------------------------------------------------------------------ */
/* Refills by digest: from the second refill on, an object whose message */
/* did not change is kept without parsing the message again.            */

static void digests_on(void)
{
	tt_obj_ops.oo_digest = 1;
}

static void digests_off(void)
{
	tt_obj_ops.oo_digest = 0;
}

/* A fill, then a refill that parses everything and notes the digests. */
static void prefill_digests(void)
{
	unsigned long made = tt_stats.constructs;

	digests_on();
	prefill();
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs - made, 6);
}

START_TEST(test_digest_unchanged_unparsed)
{
	struct nl_object *before[8], *after[8];
	unsigned long made, compares;
	int i;

	prefill_digests();
	ck_assert_int_eq(objs_of(before, 8), 3);
	made = tt_stats.constructs;
	compares = tt_stats.compares;
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	/* nothing parsed, nothing compared */
	ck_assert_uint_eq(tt_stats.constructs, made);
	ck_assert_uint_eq(tt_stats.compares, compares);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_int_eq(objs_of(after, 8), 3);
	for (i = 0; i < 3; i++) {
		ck_assert_ptr_eq(after[i], before[i]);
		ck_assert_int_eq(nl_object_get_refcnt(after[i]), 2);
	}

	/* one changed, one new, one gone: only the changed and the new
	 * message are parsed */
	PLAY(CLEAN("2/1:1 2/2:9 2/4:4"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs - made, 2);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:9 2/4:4");
	ck_assert_int_eq(objs_of(after, 8), 3);
	ck_assert_ptr_eq(after[0], before[0]);
	ck_assert_ptr_ne(after[1], before[1]);
	for (i = 0; i < 3; i++) {
		struct nl_object *o = nl_cache_search(cache, after[i]);

		ck_assert_ptr_eq(o, after[i]);
		nl_object_put(o);
	}
	/* the replaced and the new object matched their messages too; in
	 * a new order, an object that is not the one expected is parsed
	 * (and found in the index) */
	made = tt_stats.constructs;
	PLAY(CLEAN("2/4:4 2/1:1 2/2:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs - made, 2);
	ck_assert_str_eq(tt_content(cache), "2/4:4 2/1:1 2/2:9");
	ck_assert_ptr_eq(find_id(1), before[0]);
	made = tt_stats.constructs;
	PLAY(CLEAN("2/4:4 2/1:1 2/2:9"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs, made);
	ck_assert_str_eq(tt_content(cache), "2/4:4 2/1:1 2/2:9");
	assert_drained();
	digests_off();
}
END_TEST

/* What may not stand in is parsed as before: an object a caller holds, an
 * object merged since (nl_object_update()), one the filter now refuses. */
START_TEST(test_digest_not_standing_in)
{
	struct nl_object *held, *merged, *now, *filter;
	unsigned long made;

	prefill_digests();
	held = find_id(1);
	nl_object_get(held);
	merged = find_id(2);
	tt_stats.update_mode = 1;
	{
		struct nl_object *add = find_id(3);

		ck_assert_int_eq(nl_object_update(merged, add), 0);
	}
	tt_stats.update_mode = 0;
	ck_assert_int_eq(((struct tt_obj *)merged)->value, 5);
	made = tt_stats.constructs;
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs - made, 2);
	/* the merged one is back to what the kernel says */
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	now = find_id(1);
	ck_assert_ptr_ne(now, held);
	ck_assert_ptr_null(nl_object_get_cache(held));
	nl_object_put(held);

	/* a filter set after the digests were noted */
	filter = nl_object_alloc(&tt_obj_ops);
	ck_assert_ptr_nonnull(filter);
	((struct tt_obj *)filter)->value = 3;
	filter->ce_mask |= TT_ATTR_VALUE;
	nl_cache_set_filter(cache, filter);
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_str_eq(tt_content(cache), "2/3:3");
	nl_cache_set_filter(cache, NULL);
	nl_object_put(filter);
	assert_drained();
	digests_off();
}
END_TEST

/* An attempt that kept objects by digest, undone: the cache as it was,
 * and the digests still good for the next refill. */
START_TEST(test_digest_undo)
{
	struct nl_object *before[8], *after[8];
	unsigned long made;
	int i;

	prefill_digests();
	ck_assert_int_eq(objs_of(before, 8), 3);
	set_retry(1, NL_STOP);
	PLAY(INTR("2/3:3 2/1:1 2/2:7", 2));
	ck_assert_int_eq(nl_cache_refill(sk, cache), -NLE_DUMP_ABORTED);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	ck_assert_int_eq(objs_of(after, 8), 3);
	for (i = 0; i < 3; i++)
		ck_assert_ptr_eq(after[i], before[i]);
	nl_socket_set_dump_retry(sk, NULL, NULL);
	made = tt_stats.constructs;
	PLAY(CLEAN("2/1:1 2/2:2 2/3:3"));
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_uint_eq(tt_stats.constructs, made);
	ck_assert_str_eq(tt_content(cache), "2/1:1 2/2:2 2/3:3");
	assert_drained();
	digests_off();
}
END_TEST

static Suite *dump_suite(void)
{
	Suite *s = suite_create("dump-consistency-cache");
	TCase *tc = tcase_create("refill");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_clean);
	tcase_add_loop_test(tc, test_interrupted_at, 0,
			    (int)(sizeof(intr_positions) /
				  sizeof(intr_positions[0])));
	tcase_add_test(tc, test_callback_ok);
	tcase_add_test(tc, test_callback_skip);
	tcase_add_test(tc, test_callback_stop);
	tcase_add_test(tc, test_limit_reached);
	tcase_add_test(tc, test_read_error);
	tcase_add_test(tc, test_kernel_error);
	tcase_add_test(tc, test_bad_message);
	tcase_add_test(tc, test_proto_mismatch);
	tcase_add_test(tc, test_multi_family);
	tcase_add_test(tc, test_multi_family_policy);
	tcase_add_test(tc, test_resync_v2);
	tcase_add_test(tc, test_resync_v1);
	tcase_add_test(tc, test_resync_fails);
	tcase_add_test(tc, test_buffered);
	tcase_add_test(tc, test_alloc_and_fill);
	tcase_add_test(tc, test_interrupted_unparsed);
	tcase_add_test(tc, test_interrupted_callback_parsed);
	tcase_add_test(tc, test_whole_errors);
	tcase_add_test(tc, test_multi_family_early_end);
	tcase_add_test(tc, test_inplace_keeps_unchanged);
	tcase_add_test(tc, test_inplace_held_replaced);
	tcase_add_test(tc, test_inplace_duplicate);
	tcase_add_test(tc, test_inplace_undo_exact);
	tcase_add_test(tc, test_inplace_empty);
	tcase_add_test(tc, test_digest_unchanged_unparsed);
	tcase_add_test(tc, test_digest_not_standing_in);
	tcase_add_test(tc, test_digest_undo);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(dump_suite)
