/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3 against the kernel, in a private network namespace: a UDP
 * conntrack entry added, found in the "netfilter/ct" cache, queried and
 * deleted; expectations dumped and refused without a master; NFLOG and
 * NFQUEUE instances bound and removed; interface names in packet dumps
 * from the application's link cache.
 */

#include <string.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/socket.h>
#include <netlink/route/link.h>
#include "nltest.h"
#include "nf-fixtures.h"

#define O(x) ((struct nl_object *)(x))

static struct nl_sock *nf_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nfnl_connect(sk), 0);
	return sk;
}

/* The fixture's entry with what the kernel accepts from user space. */
static struct nfnl_ct *udp_entry(void)
{
	struct nfnl_ct *ct = nfnl_ct_alloc();

	nfnl_ct_set_family(ct, AF_INET);
	nfnl_ct_set_proto(ct, 17);
	NFX_SET(nfnl_ct_set_src, ct, 0, "10.1.0.1");
	NFX_SET(nfnl_ct_set_dst, ct, 0, "10.1.0.254");
	nfnl_ct_set_src_port(ct, 0, 53000);
	nfnl_ct_set_dst_port(ct, 0, 53);
	NFX_SET(nfnl_ct_set_src, ct, 1, "10.1.0.254");
	NFX_SET(nfnl_ct_set_dst, ct, 1, "10.1.0.1");
	nfnl_ct_set_src_port(ct, 1, 53);
	nfnl_ct_set_dst_port(ct, 1, 53000);
	nfnl_ct_set_timeout(ct, 60);
	nfnl_ct_set_mark(ct, 7);
	return ct;
}

/* The entry of cache with the fixture's tuples and mark, or NULL. */
static struct nfnl_ct *find_entry(struct nl_cache *cache)
{
	struct nfnl_ct *key = udp_entry(), *found = NULL;
	struct nfnl_ct *filter = nfnl_ct_alloc();
	struct nl_object *obj;
	int n = 0;

	/* everything but the timeout, which runs down */
	nfnl_ct_set_proto(filter, nfnl_ct_get_proto(key));
	nfnl_ct_set_src(filter, 0, nfnl_ct_get_src(key, 0));
	nfnl_ct_set_dst(filter, 0, nfnl_ct_get_dst(key, 0));
	nfnl_ct_set_src(filter, 1, nfnl_ct_get_src(key, 1));
	nfnl_ct_set_dst(filter, 1, nfnl_ct_get_dst(key, 1));
	nfnl_ct_set_src_port(filter, 0, 53000);
	nfnl_ct_set_dst_port(filter, 0, 53);
	nfnl_ct_set_src_port(filter, 1, 53);
	nfnl_ct_set_dst_port(filter, 1, 53000);
	nfnl_ct_set_mark(filter, 7);
	for (obj = nl_cache_get_first(cache); obj; obj = nl_cache_get_next(obj)) {
		if (nl_object_match_filter(obj, O(filter))) {
			found = (struct nfnl_ct *)obj;
			n++;
		}
	}
	nfnl_ct_put(filter);
	nfnl_ct_put(key);
	ck_assert_int_le(n, 1);
	return found;
}

static int query_cb(struct nl_msg *msg, void *arg)
{
	struct nfnl_ct **out = arg;

	ck_assert_int_eq(nfnlmsg_ct_parse(nlmsg_hdr(msg), out), 0);
	return NL_OK;
}

START_TEST(test_ct)
{
	struct nl_sock *sk = nf_sock();
	struct nfnl_ct *ct = udp_entry(), *found, *got = NULL;
	struct nl_cache *cache;
	char buf[256];

	ck_assert_int_eq(nfnl_ct_add(sk, ct, NLM_F_CREATE | NLM_F_EXCL), 0);
	ck_assert_int_eq(nfnl_ct_add(sk, ct, NLM_F_CREATE | NLM_F_EXCL), -NLE_EXIST);

	ck_assert_int_eq(nfnl_ct_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	found = find_entry(cache);
	ck_assert_ptr_nonnull(found);
	ck_assert_uint_eq(nfnl_ct_get_mark(found), 7);
	ck_assert_uint_eq(nfnl_ct_get_proto(found), 17);
	ck_assert_uint_eq(nfnl_ct_get_src_port(found, 1), 53);
	ck_assert_int_le(nfnl_ct_get_timeout(found), 60);
	ck_assert_int_ge(nfnl_ct_get_timeout(found), 55);
	ck_assert_int_eq(nfnl_ct_test_id(found), 1);
	ck_assert_int_eq(nfnl_ct_test_use(found), 1);
	nl_object_dump_buf(O(found), buf, sizeof(buf));
	ck_assert_str_eq(buf, "udp 10.1.0.1:53000 <-> 10.1.0.254:53 mark 7 \n");
	nl_cache_free(cache);

	/* a query answers with the entry itself */
	ck_assert_int_eq(nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM,
					     query_cb, &got), 0);
	ck_assert_int_eq(nfnl_ct_query(sk, ct, 0), 0);
	ck_assert_ptr_nonnull(got);
	ck_assert_uint_eq(nfnl_ct_get_mark(got), 7);
	ck_assert_uint_eq(nfnl_ct_get_dst_port(got, 0), 53);
	nfnl_ct_put(got);

	ck_assert_int_eq(nfnl_ct_del(sk, ct, 0), 0);
	ck_assert_int_eq(nfnl_ct_del(sk, ct, 0), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nfnl_ct_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	nl_cache_free(cache);

	nfnl_ct_put(ct);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_ct_cache_mngt)
{
	struct nl_sock *sk = nf_sock();
	struct nfnl_ct *ct = udp_entry();
	struct nl_cache *cache;

	ck_assert_int_eq(nfnl_ct_add(sk, ct, NLM_F_CREATE), 0);
	ck_assert_int_eq(nl_cache_alloc_name("netfilter/ct", &cache), 0);
	ck_assert_int_eq(nl_cache_refill(sk, cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	ck_assert_ptr_nonnull(find_entry(cache));
	nl_cache_free(cache);
	ck_assert_int_eq(nfnl_ct_del(sk, ct, 0), 0);
	nfnl_ct_put(ct);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_exp)
{
	struct nl_sock *sk = nf_sock();
	struct nfnl_exp *e = nfx_exp();
	struct nl_cache *cache;

	ck_assert_int_eq(nfnl_exp_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 0);
	nl_cache_free(cache);
	/* no master connection: the kernel refuses */
	ck_assert_int_lt(nfnl_exp_add(sk, e, NLM_F_CREATE), 0);
	ck_assert_int_lt(nfnl_exp_del(sk, e, 0), 0);
	nfnl_exp_put(e);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_log)
{
	struct nl_sock *sk = nf_sock();
	struct nfnl_log *l = nfx_log();

	/* conntrack data in log messages needs a module not loaded here */
	nfnl_log_unset_flags(l, NFNL_LOG_FLAG_CONNTRACK);

	ck_assert_int_eq(nfnl_log_pf_bind(sk, AF_INET), 0);
	ck_assert_int_eq(nfnl_log_create(sk, l), 0);
	ck_assert_int_eq(nfnl_log_change(sk, l), 0);
	ck_assert_int_eq(nfnl_log_delete(sk, l), 0);
	/* gone: changing it fails */
	ck_assert_int_lt(nfnl_log_change(sk, l), 0);
	ck_assert_int_eq(nfnl_log_pf_unbind(sk, AF_INET), 0);
	nfnl_log_put(l);
	nl_socket_free(sk);
}
END_TEST

START_TEST(test_queue)
{
	struct nl_sock *sk = nf_sock();
	struct nfnl_queue *q = nfx_queue();

	ck_assert_int_eq(nfnl_queue_pf_bind(sk, AF_INET), 0);
	ck_assert_int_eq(nfnl_queue_create(sk, q), 0);
	ck_assert_int_eq(nfnl_queue_change(sk, q), 0);
	ck_assert_int_eq(nfnl_queue_delete(sk, q), 0);
	ck_assert_int_lt(nfnl_queue_change(sk, q), 0);
	ck_assert_int_eq(nfnl_queue_pf_unbind(sk, AF_INET), 0);
	nfnl_queue_put(q);
	nl_socket_free(sk);
}
END_TEST

static const char *dump_line(void *obj)
{
	static char buf[512];

	nl_object_dump_buf(O(obj), buf, sizeof(buf));
	return buf;
}

START_TEST(test_dev_names)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nfnl_log_msg *lm = nfnl_log_msg_alloc();
	struct nfnl_queue_msg *qm = nfnl_queue_msg_alloc();
	struct nl_cache *links;

	nfnl_log_msg_set_indev(lm, 1);
	nfnl_log_msg_set_outdev(lm, 9999);
	nfnl_queue_msg_set_physindev(qm, 1);
	ck_assert_str_eq(dump_line(lm), "IN=1 OUT=9999 \n");
	ck_assert_str_eq(dump_line(qm), "IN=1 \n");

	/* with a link cache provided, names (and Debian's "(null)") */
	ck_assert_int_eq(nl_connect(sk, NETLINK_ROUTE), 0);
	ck_assert_int_eq(rtnl_link_alloc_cache(sk, AF_UNSPEC, &links), 0);
	nl_cache_mngt_provide(links);
	ck_assert_str_eq(dump_line(lm), "IN=lo OUT=(null) \n");
	ck_assert_str_eq(dump_line(qm), "PHYSIN=lo \n");
	nl_cache_mngt_unprovide(links);
	ck_assert_str_eq(dump_line(qm), "IN=1 \n");

	nl_cache_free(links);
	nfnl_log_msg_put(lm);
	nfnl_queue_msg_put(qm);
	nl_socket_free(sk);
}
END_TEST

static Suite *nf_kernel_suite(void)
{
	Suite *s = suite_create("nf-kernel");
	TCase *tc = tcase_create("nf-kernel");

	tcase_add_test(tc, test_ct);
	tcase_add_test(tc, test_ct_cache_mngt);
	tcase_add_test(tc, test_exp);
	tcase_add_test(tc, test_log);
	tcase_add_test(tc, test_queue);
	tcase_add_test(tc, test_dev_names);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(nf_kernel_suite)
