/* SPDX-License-Identifier: LGPL-2.1-only */
/* libnl-idiag-3 against the running kernel, in a private namespace. */

#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/idiag/idiagnl.h>
#include <netlink/idiag/msg.h>
#include <netlink/idiag/meminfo.h>
#include "nltest.h"

static int tcp_socket(uint16_t port, int listen_it)
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_port = htons(port),
				  .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	ck_assert_int_ge(fd, 0);
	if (listen_it) {
		ck_assert_int_eq(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
		ck_assert_int_eq(listen(fd, 4), 0);
	} else {
		ck_assert_int_eq(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	}
	return fd;
}

static struct idiagnl_msg *find(struct nl_cache *c, uint16_t sport,
				uint8_t state)
{
	struct nl_object *o;

	for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o)) {
		struct idiagnl_msg *m = (struct idiagnl_msg *)o;

		if (ntohs(idiagnl_msg_get_sport(m)) == sport &&
		    idiagnl_msg_get_state(m) == state)
			return m;
	}
	return NULL;
}

START_TEST(test_sockets)
{
	int l = tcp_socket(8080, 1), c = tcp_socket(8080, 0), a;
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_cache *cache;
	struct idiagnl_msg *m;
	char buf[64];

	a = accept(l, NULL, NULL);
	ck_assert_int_ge(a, 0);
	ck_assert_int_eq(write(c, "hello", 5), 5);
	ck_assert_int_eq(idiagnl_connect(sk), 0);
	ck_assert_int_eq(idiagnl_msg_alloc_cache(sk, AF_INET, IDIAGNL_SS_ALL,
						 &cache), 0);
	/* listener, client and accepted end */
	ck_assert_int_eq(nl_cache_nitems(cache), 3);
	m = find(cache, 8080, IDIAG_SS_LISTEN);
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(nl_addr2str(idiagnl_msg_get_src(m), buf, sizeof(buf)),
			 "127.0.0.1");
	ck_assert_ptr_nonnull(idiagnl_msg_get_meminfo(m));
	ck_assert_ptr_nonnull(idiagnl_msg_get_cong(m));
	m = find(cache, 8080, IDIAG_SS_ESTABLISHED);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(idiagnl_msg_get_rqueue(m), 5);
	ck_assert_uint_eq(idiagnl_msg_get_tcpinfo(m).tcpi_state,
			  IDIAG_SS_ESTABLISHED);
	nl_cache_free(cache);

	/* only listeners */
	ck_assert_int_eq(idiagnl_msg_alloc_cache(sk, AF_INET,
						 1 << IDIAG_SS_LISTEN, &cache), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	nl_cache_free(cache);
	nl_socket_free(sk);
	close(a);
	close(c);
	close(l);
}
END_TEST

static Suite *kernel_idiag_suite(void)
{
	Suite *s = suite_create("kernel-idiag");
	TCase *tc = tcase_create("kernel");

	tcase_add_test(tc, test_sockets);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kernel_idiag_suite)
