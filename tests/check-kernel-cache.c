/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches against the real kernel, in a private network namespace, with a
 * minimal link type defined here (RTM_GETLINK dump; ifindex and name):
 * fill, refill after a change, the cache manager applying real events, and
 * verify mode (doc/dump-consistency.md C5) seeing a change made during a
 * dump.
 */

#include <string.h>
#include <net/if.h>
#include <linux/rtnetlink.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/errno.h>

#include "nltest.h"
#include "nl-private/core.h"

#define KL_ATTR_IFINDEX (1ULL << 0)
#define KL_ATTR_NAME (1ULL << 1)

struct kl_obj {
	NLHDR_COMMON
	uint32_t ifindex;
	char name[IFNAMSIZ];
};

static uint64_t kl_compare(struct nl_object *a, struct nl_object *b,
			   uint64_t attrs, int flags)
{
	struct kl_obj *x = (struct kl_obj *)a, *y = (struct kl_obj *)b;
	uint64_t diff = 0;

	diff |= ATTR_DIFF(attrs, KL_ATTR_IFINDEX, x, y,
			  x->ifindex != y->ifindex);
	diff |= ATTR_DIFF(attrs, KL_ATTR_NAME, x, y, strcmp(x->name, y->name));
	return diff;
}

static void kl_keygen(struct nl_object *o, uint32_t *key, uint32_t size)
{
	*key = ((struct kl_obj *)o)->ifindex % size;
}

static struct nl_object_ops kl_obj_ops = {
	.oo_name = (char *)"test/link",
	.oo_size = sizeof(struct kl_obj),
	.oo_id_attrs = KL_ATTR_IFINDEX,
	.oo_compare = kl_compare,
	.oo_keygen = kl_keygen,
};

/* Run after the dump request of the next refill was sent (verify test). */
static const char *during_dump;

static int kl_request(struct nl_cache *c, struct nl_sock *sk)
{
	struct rtgenmsg g = { .rtgen_family = AF_UNSPEC };
	int err = nl_send_simple(sk, RTM_GETLINK, NLM_F_DUMP, &g, sizeof(g));

	if (err >= 0 && during_dump) {
		nltest_sh("%s", during_dump);
		during_dump = NULL;
	}
	return err;
}

static int kl_parse(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		    struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nlattr *tb[IFLA_MAX + 1];
	struct ifinfomsg *ifi;
	struct kl_obj *k;
	int err;

	err = nlmsg_parse(nlh, sizeof(*ifi), tb, IFLA_MAX, NULL);
	if (err < 0)
		return err;
	ifi = nlmsg_data(nlh);
	k = (struct kl_obj *)nl_object_alloc(&kl_obj_ops);
	if (!k)
		return -NLE_NOMEM;
	k->ce_msgtype = nlh->nlmsg_type;
	k->ifindex = (uint32_t)ifi->ifi_index;
	k->ce_mask = KL_ATTR_IFINDEX;
	if (tb[IFLA_IFNAME]) {
		nla_strlcpy(k->name, tb[IFLA_IFNAME], sizeof(k->name));
		k->ce_mask |= KL_ATTR_NAME;
	}
	err = pp->pp_cb((struct nl_object *)k, pp);
	nl_object_put((struct nl_object *)k);
	return err;
}

static struct nl_af_group kl_groups[] = {
	{ AF_UNSPEC, RTNLGRP_LINK },
	{ END_OF_GROUP_LIST },
};

static struct nl_cache_ops kl_cache_ops = {
	.co_name = (char *)"test/link",
	.co_hdrsize = sizeof(struct ifinfomsg),
	.co_protocol = NETLINK_ROUTE,
	.co_groups = kl_groups,
	.co_request_update = kl_request,
	.co_msg_parser = kl_parse,
	.co_obj_ops = &kl_obj_ops,
	.co_msgtypes = {
		{ RTM_NEWLINK, NL_ACT_NEW, (char *)"new" },
		{ RTM_DELLINK, NL_ACT_DEL, (char *)"del" },
		{ RTM_GETLINK, NL_ACT_GET, (char *)"get" },
		END_OF_MSGTYPES_LIST,
	},
};

/* The names in @cache, sorted by ifindex order of the dump. */
static const char *names(struct nl_cache *cache)
{
	static char buf[1024];
	struct nl_object *o;
	size_t n = 0;

	buf[0] = '\0';
	for (o = nl_cache_get_first(cache); o; o = nl_cache_get_next(o))
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
				      n ? " " : "", ((struct kl_obj *)o)->name);
	return buf;
}

static struct nl_sock *sk;

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	nltest_sh("ip link del kc0 2>/dev/null; ip link del kcbr 2>/dev/null;"
		  " ip link del kcv 2>/dev/null");
}

static void teardown(void)
{
	nl_socket_free(sk);
}

START_TEST(test_fill_refill)
{
	struct nl_cache *c = NULL;

	ck_assert_int_eq(nl_cache_alloc_and_fill(&kl_cache_ops, sk, &c), 0);
	ck_assert_str_eq(names(c), "lo");
	ck_assert_int_eq(nl_cache_is_consistent(c), 1);

	nltest_sh_ok("ip link add kc0 type veth peer name kc1");
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 3);
	ck_assert_ptr_nonnull(strstr(names(c), "kc0"));
	ck_assert_ptr_nonnull(strstr(names(c), "kc1"));

	nltest_sh_ok("ip link del kc0");
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_str_eq(names(c), "lo");
	nl_cache_free(c);
}
END_TEST

static char events[1024];

static void change_cb(struct nl_cache *c, struct nl_object *o, int act,
		      void *data)
{
	size_t n = strlen(events);

	if (act != NL_ACT_NEW && act != NL_ACT_DEL)
		return;	/* changes of state are not asserted */
	snprintf(events + n, sizeof(events) - n, "%s%s %s", n ? " " : "",
		 act == NL_ACT_NEW ? "new" : "del", ((struct kl_obj *)o)->name);
}

/* Poll the manager until @want appears in the events (5 s at most). */
static void wait_events(struct nl_cache_mngr *m, const char *want)
{
	int i;

	for (i = 0; i < 50 && !strstr(events, want); i++)
		ck_assert_int_ge(nl_cache_mngr_poll(m, 100), 0);
	ck_assert_msg(strstr(events, want), "events \"%s\" lack \"%s\"",
		      events, want);
}

START_TEST(test_manager_events)
{
	struct nl_cache_mngr *m = NULL;
	struct nl_cache *c = nl_cache_alloc(&kl_cache_ops);

	events[0] = '\0';
	ck_assert_int_eq(nl_cache_mngr_alloc(NULL, NETLINK_ROUTE, 0, &m), 0);
	ck_assert_int_eq(nl_cache_mngr_add_cache(m, c, change_cb, NULL), 0);
	ck_assert_str_eq(names(c), "lo");

	nltest_sh_ok("ip link add kcbr type bridge");
	wait_events(m, "new kcbr");
	ck_assert_ptr_nonnull(strstr(names(c), "kcbr"));
	nltest_sh_ok("ip link del kcbr");
	wait_events(m, "del kcbr");
	ck_assert_str_eq(names(c), "lo");
	nl_cache_mngr_free(m);
}
END_TEST

static unsigned int verify_calls;
static int verify_err;

static int count_retry(struct nl_sock *s, unsigned int attempt, int err,
		       void *arg)
{
	verify_calls++;
	verify_err = err;
	return NL_OK;
}

/* Verify mode: a link added while the dump runs makes the attempt
 * interrupted (the kernel would not flag a dump this small). */
START_TEST(test_verify)
{
	struct nl_cache *c = nl_cache_alloc(&kl_cache_ops);

	nl_socket_set_dump_retry(sk, count_retry, NULL);
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_VERIFY), 0);
	verify_calls = 0;
	during_dump = "ip link add kcv type bridge";
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_uint_eq(verify_calls, 1);
	ck_assert_int_eq(verify_err, -NLE_DUMP_INCONSISTENT);
	ck_assert_str_eq(names(c), "lo kcv");
	ck_assert_int_eq(nl_cache_is_consistent(c), 1);

	/* nothing changes: one attempt */
	verify_calls = 0;
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_uint_eq(verify_calls, 0);

	/* without verify mode the change goes unnoticed */
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, 0), 0);
	during_dump = "ip link del kcv";
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_uint_eq(verify_calls, 0);
	nl_cache_free(c);
}
END_TEST

/* A fill reads its dump without peeking; a datagram too large for the
 * read is lost, and the fill drains the rest, peeks from then on and
 * starts again: the same cache, no interruption counted, the socket's
 * sequence numbers still in step.  A read smaller than any datagram makes
 * it happen on the first one; with only lo the lost datagram also holds
 * the end of the dump. */
static void lost_datagram_fill(int links, unsigned int dump_flags)
{
	struct nl_sock *s = nl_socket_alloc();
	struct nl_cache *c = NULL;

	ck_assert_int_eq(nl_connect(s, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_socket_set_dump_flags(s, dump_flags), 0);
	s->s_rx_nopeek.size = 256;
	ck_assert_int_eq(nl_cache_alloc_and_fill(&kl_cache_ops, s, &c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), links);
	ck_assert_int_eq(nl_cache_is_consistent(c), 1);
	ck_assert_int_eq(s->s_rx_nopeek.never, 1);
	ck_assert_int_eq(s->s_rx_nopeek.lost, 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(s, NL_DUMP_CNT_INTERRUPTED), 0);
	ck_assert_uint_eq(nl_socket_get_dump_counter(s, NL_DUMP_CNT_RETRIES), 0);
	/* peeking now: the same again, and the sequence numbers agree */
	ck_assert_int_eq(nl_cache_refill(s, c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), links);
	ck_assert_int_eq(nl_cache_refill(s, c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), links);
	nl_cache_free(c);
	nl_socket_free(s);
}

START_TEST(test_lost_datagram)
{
	struct nl_cache *c = NULL;
	int i;

	lost_datagram_fill(1, 0);
	lost_datagram_fill(1, NL_SOCK_DUMP_BUFFERED);
	for (i = 0; i < 12; i++)
		nltest_sh_ok("ip link add kcl%d type veth peer name kcm%d", i, i);
	lost_datagram_fill(25, 0);
	/* replies held whole before parsing, as after an interruption */
	lost_datagram_fill(25, NL_SOCK_DUMP_BUFFERED);
	lost_datagram_fill(25, NL_SOCK_DUMP_VERIFY);

	/* a cache that reads whole replies before parsing them */
	{
		struct nl_sock *s = nl_socket_alloc();

		ck_assert_int_eq(nl_connect(s, NETLINK_ROUTE), 0);
		s->s_rx_nopeek.size = 256;
		c = nl_cache_alloc(&kl_cache_ops);
		c->c_whole_dumps = 1;
		ck_assert_int_eq(nl_cache_refill(s, c), 0);
		ck_assert_int_eq(nl_cache_nitems(c), 25);
		ck_assert_int_eq(s->s_rx_nopeek.never, 1);
		ck_assert_int_eq(nl_cache_refill(s, c), 0);
		ck_assert_int_eq(nl_cache_nitems(c), 25);
		nl_cache_free(c);
		nl_socket_free(s);
	}

	/* reads large enough for every datagram lose none */
	ck_assert_int_eq(nl_cache_alloc_and_fill(&kl_cache_ops, sk, &c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 25);
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	ck_assert_int_eq(sk->s_rx_nopeek.never, 0);
	nl_cache_free(c);

	/* a socket told to peek peeks: nothing is lost */
	nl_socket_enable_msg_peek(sk);
	sk->s_rx_nopeek.size = 256;
	ck_assert_int_eq(nl_cache_alloc_and_fill(&kl_cache_ops, sk, &c), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 25);
	ck_assert_int_eq(sk->s_rx_nopeek.never, 0);
	nl_cache_free(c);
	for (i = 0; i < 12; i++)
		nltest_sh_ok("ip link del kcl%d", i);
}
END_TEST

static Suite *kernel_cache_suite(void)
{
	Suite *s = suite_create("kernel-cache");
	TCase *tc = tcase_create("netns");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_fill_refill);
	tcase_add_test(tc, test_manager_events);
	tcase_add_test(tc, test_verify);
	tcase_add_test(tc, test_lost_datagram);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kernel_cache_suite)
