/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kernel-filtered address, link and neighbour caches, in a private network
 * namespace: a cache with a filter holds the same objects whether the
 * socket asks for strict checking or not; with strict checking the kernel
 * sends only what matches (the messages received are counted), and the
 * dump requests carry the filter as the kernel expects it.
 */

#include <string.h>
#include <net/if.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/neighbour.h>
#include "nltest.h"

/* ------------------------------------------------------------------ */
/* The namespace: 20 veth ends fa0..fa19 with 10 IPv4 addresses each,  */
/* bridge fbr0 with ports fa0..fa4, bridge fbr1 with port nb0 and      */
/* static FDB entries, veth nv0/nv1 with permanent neighbours.         */

static void topology(void)
{
	nltest_enter_netns();
	if (nltest_sh("for i in $(seq 0 2 18); do "
		      "ip link add fa$i type veth peer name fa$((i + 1)) || exit 1; "
		      "done; "
		      "for i in $(seq 0 19); do for j in $(seq 1 10); do "
		      "echo addr add 10.$i.$j.1/24 dev fa$i; done; done | "
		      "ip -batch - && "
		      "ip link add fbr0 type bridge && "
		      "for i in 0 1 2 3 4; do ip link set fa$i master fbr0 || exit 1; done && "
		      "ip link add fbr1 type bridge && "
		      "ip link add nb0 type veth peer name nb1 && "
		      "ip link set nb0 master fbr1 && "
		      "for k in 1 2 3 4; do bridge fdb add 02:00:00:00:00:0$k "
		      "dev nb0 master static || exit 1; done && "
		      "ip link add nv0 type veth peer name nv1 && "
		      "sysctl -qw net.ipv6.conf.nv0.disable_ipv6=1 && "
		      "sysctl -qw net.ipv6.conf.nv1.disable_ipv6=1 && "
		      "ip link set nv0 up && ip link set nv1 up && "
		      "ip addr add 10.99.0.1/24 dev nv0 && "
		      "ip addr add 10.98.0.1/24 dev nv1 && "
		      "for k in 2 3 4 5 6; do ip neigh add 10.99.0.$k "
		      "lladdr 02:00:00:00:01:0$k dev nv0 nud permanent || exit 1; done && "
		      "for k in 2 3 4; do ip neigh add 10.98.0.$k "
		      "lladdr 02:00:00:00:02:0$k dev nv1 nud permanent || exit 1; done"))
	{
		fprintf(stderr, "cannot build the test topology\n");
		exit(1);
	}
}

static int ifindex(const char *name)
{
	int i = (int)if_nametoindex(name);

	ck_assert_int_gt(i, 0);
	return i;
}

/* ------------------------------------------------------------------ */
/* Counting what the kernel sends                                     */

static unsigned int received;	/* RTM_NEW* messages read */

static int counting_recv(struct nl_sock *s, struct sockaddr_nl *nla,
			 unsigned char **buf, struct ucred **creds)
{
	int n = nl_recv(s, nla, buf, creds);
	struct nlmsghdr *h;
	int len = n;

	if (n <= 0)
		return n;
	for (h = (struct nlmsghdr *)*buf; nlmsg_ok(h, len);
	     h = nlmsg_next(h, &len))
		if (h->nlmsg_type == RTM_NEWADDR || h->nlmsg_type == RTM_NEWLINK ||
		    h->nlmsg_type == RTM_NEWNEIGH)
			received++;
	return n;
}

static struct nl_sock *strict_sock(int strict)
{
	struct nl_sock *s = nl_socket_alloc();
	struct nl_cb *cb;

	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(nl_socket_set_strict_check(s, strict), 0);
	ck_assert_int_eq(nl_connect(s, NETLINK_ROUTE), 0);
	ck_assert_int_eq(nl_socket_get_strict_check(s), strict);
	cb = nl_socket_get_cb(s);
	nl_cb_overwrite_recv(cb, counting_recv);
	nl_cb_put(cb);
	return s;
}

/* A cache of type @name with @filter (may be NULL), filled on a socket
 * with strict checking @strict; received counts the messages. */
static struct nl_cache *fill(const char *name, struct nl_object *filter,
			     int strict)
{
	struct nl_sock *s = strict_sock(strict);
	struct nl_cache *c;

	ck_assert_int_eq(nl_cache_alloc_name(name, &c), 0);
	/* neighbour caches walk the bridge databases only when asked */
	if (!strcmp(name, "route/neigh"))
		nl_cache_set_flags(c, NL_CACHE_AF_ITER);
	ck_assert_int_eq(nl_cache_set_filter(c, filter), 0);
	received = 0;
	ck_assert_int_eq(nl_cache_refill(s, c), 0);
	nl_socket_free(s);
	return c;
}

/* Every object of @a is in @b, identical, and both have as many. */
static void assert_same(struct nl_cache *a, struct nl_cache *b)
{
	struct nl_object *x, *y;

	ck_assert_int_eq(nl_cache_nitems(a), nl_cache_nitems(b));
	for (x = nl_cache_get_first(a); x; x = nl_cache_get_next(x)) {
		for (y = nl_cache_get_first(b); y; y = nl_cache_get_next(y))
			if (nl_object_identical(x, y))
				break;
		ck_assert_ptr_nonnull(y);
	}
}

/* ------------------------------------------------------------------ */
/* Addresses                                                           */

START_TEST(test_addr_unfiltered_strict)
{
	struct nl_cache *a = fill("route/addr", NULL, 0);
	unsigned int all = received;
	struct nl_cache *b = fill("route/addr", NULL, 1);

	/* 200 on the veths, 10.99.0.1, 10.98.0.1, and lo's two */
	ck_assert_int_eq(nl_cache_nitems(a), 204);
	ck_assert_uint_eq(all, 204);
	ck_assert_uint_eq(received, 204);
	assert_same(a, b);
	nl_cache_free(a);
	nl_cache_free(b);
}
END_TEST

START_TEST(test_addr_by_ifindex)
{
	struct rtnl_addr *f = rtnl_addr_alloc();
	int idx = ifindex("fa7");
	struct nl_cache *c[2];
	struct nl_object *o;
	unsigned int seen = 0, counts[2];
	char buf[64];
	int strict, j;

	rtnl_addr_set_ifindex(f, idx);
	for (strict = 0; strict < 2; strict++) {
		c[strict] = fill("route/addr", OBJ_CAST(f), strict);
		counts[strict] = received;
	}
	/* user space had everything sent, the strict kernel only fa7's */
	ck_assert_uint_eq(counts[0], 204);
	ck_assert_uint_eq(counts[1], 10);
	ck_assert_int_eq(nl_cache_nitems(c[1]), 10);
	assert_same(c[0], c[1]);
	for (o = nl_cache_get_first(c[1]); o; o = nl_cache_get_next(o)) {
		struct rtnl_addr *a = (struct rtnl_addr *)o;

		ck_assert_int_eq(rtnl_addr_get_ifindex(a), idx);
		ck_assert_int_eq(rtnl_addr_get_family(a), AF_INET);
		nl_addr2str(rtnl_addr_get_local(a), buf, sizeof(buf));
		for (j = 1; j <= 10; j++) {
			char want[32];

			snprintf(want, sizeof(want), "10.7.%d.1/24", j);
			if (!strcmp(buf, want))
				seen |= 1u << j;
		}
	}
	ck_assert_uint_eq(seen, 0x7feu);
	nl_cache_free(c[0]);
	nl_cache_free(c[1]);

	/* family and interface together */
	rtnl_addr_set_family(f, AF_INET6);
	c[1] = fill("route/addr", OBJ_CAST(f), 1);
	ck_assert_uint_eq(received, 0);
	ck_assert_int_eq(nl_cache_nitems(c[1]), 0);
	nl_cache_free(c[1]);
	rtnl_addr_set_family(f, AF_INET);
	c[1] = fill("route/addr", OBJ_CAST(f), 1);
	ck_assert_uint_eq(received, 10);
	ck_assert_int_eq(nl_cache_nitems(c[1]), 10);
	nl_cache_free(c[1]);

	/* an interface that does not exist: empty either way */
	rtnl_addr_set_ifindex(f, 999999);
	for (strict = 0; strict < 2; strict++) {
		c[strict] = fill("route/addr", OBJ_CAST(f), strict);
		ck_assert_int_eq(nl_cache_nitems(c[strict]), 0);
		nl_cache_free(c[strict]);
	}
	rtnl_addr_put(f);
}
END_TEST

/* A filtered address cache in a cache manager: an address added on
 * another interface leaves it unchanged, one added on its own enters. */
static unsigned int changes;

static void on_change(struct nl_cache *c, struct nl_object *o, int act,
		      void *arg)
{
	(void)c;
	(void)o;
	(void)act;
	(void)arg;
	changes++;
}

static void drain(struct nl_cache_mngr *mngr)
{
	int i;

	for (i = 0; i < 10; i++)
		if (nl_cache_mngr_poll(mngr, 100) <= 0)
			break;
}

START_TEST(test_addr_mngr)
{
	struct nl_sock *sync_sk = strict_sock(1);
	struct nl_cache_mngr *mngr;
	struct rtnl_addr *f = rtnl_addr_alloc();
	struct nl_cache *c;

	ck_assert_int_eq(nl_cache_mngr_alloc_ex(NULL, sync_sk, NETLINK_ROUTE,
						0, &mngr), 0);
	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	rtnl_addr_set_ifindex(f, ifindex("fa3"));
	ck_assert_int_eq(nl_cache_set_filter(c, OBJ_CAST(f)), 0);
	received = 0;
	ck_assert_int_eq(nl_cache_mngr_add_cache(mngr, c, on_change, NULL), 0);
	ck_assert_int_eq(nl_cache_nitems(c), 10);
	ck_assert_uint_eq(received, 10);

	changes = 0;
	nltest_sh_ok("ip addr add 10.4.200.1/24 dev fa4");
	drain(mngr);
	ck_assert_int_eq(nl_cache_nitems(c), 10);
	ck_assert_uint_eq(changes, 0);

	nltest_sh_ok("ip addr add 10.3.200.1/24 dev fa3");
	drain(mngr);
	ck_assert_int_eq(nl_cache_nitems(c), 11);
	ck_assert_uint_eq(changes, 1);

	nltest_sh_ok("ip addr del 10.4.200.1/24 dev fa4 && "
		     "ip addr del 10.3.200.1/24 dev fa3");
	drain(mngr);
	ck_assert_int_eq(nl_cache_nitems(c), 10);
	ck_assert_uint_eq(changes, 2);
	nl_cache_mngr_free(mngr);
	nl_socket_free(sync_sk);
	rtnl_addr_put(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Links                                                               */

START_TEST(test_link_by_master)
{
	struct rtnl_link *f = rtnl_link_alloc();
	int br = ifindex("fbr0");
	struct nl_cache *c[2], *all;
	struct nl_object *o;
	unsigned int counts[2];
	int strict;

	all = fill("route/link", NULL, 1);
	/* lo, 20 fa*, two bridges, nb0/nb1, nv0/nv1 */
	ck_assert_int_eq(nl_cache_nitems(all), 27);
	ck_assert_uint_eq(received, 27);
	nl_cache_free(all);

	rtnl_link_set_master(f, br);
	for (strict = 0; strict < 2; strict++) {
		c[strict] = fill("route/link", OBJ_CAST(f), strict);
		counts[strict] = received;
	}
	ck_assert_uint_eq(counts[0], 27);
	ck_assert_uint_eq(counts[1], 5);
	ck_assert_int_eq(nl_cache_nitems(c[1]), 5);
	assert_same(c[0], c[1]);
	for (o = nl_cache_get_first(c[1]); o; o = nl_cache_get_next(o)) {
		const char *n = rtnl_link_get_name((struct rtnl_link *)o);

		ck_assert_int_eq(rtnl_link_get_master((struct rtnl_link *)o), br);
		ck_assert(!strcmp(n, "fa0") || !strcmp(n, "fa1") ||
			  !strcmp(n, "fa2") || !strcmp(n, "fa3") ||
			  !strcmp(n, "fa4"));
	}
	nl_cache_free(c[0]);
	nl_cache_free(c[1]);
	rtnl_link_put(f);
}
END_TEST

START_TEST(test_link_by_kind)
{
	static const struct {
		const char *kind;
		int n;
	} cases[] = { { "veth", 24 }, { "bridge", 2 } };
	struct nl_cache *c[2];
	unsigned int counts[2];
	size_t i;
	int strict;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct rtnl_link *f = rtnl_link_alloc();
		struct nl_object *o;

		ck_assert_int_eq(rtnl_link_set_type(f, cases[i].kind), 0);
		for (strict = 0; strict < 2; strict++) {
			c[strict] = fill("route/link", OBJ_CAST(f), strict);
			counts[strict] = received;
		}
		ck_assert_uint_eq(counts[0], 27);
		ck_assert_uint_eq(counts[1], (unsigned int)cases[i].n);
		ck_assert_int_eq(nl_cache_nitems(c[1]), cases[i].n);
		assert_same(c[0], c[1]);
		for (o = nl_cache_get_first(c[1]); o; o = nl_cache_get_next(o))
			ck_assert_str_eq(rtnl_link_get_type((struct rtnl_link *)o),
					 cases[i].kind);
		nl_cache_free(c[0]);
		nl_cache_free(c[1]);
		rtnl_link_put(f);
	}

	/* master and kind together: the bridge's veth ports */
	{
		struct rtnl_link *f = rtnl_link_alloc();

		rtnl_link_set_master(f, ifindex("fbr1"));
		ck_assert_int_eq(rtnl_link_set_type(f, "veth"), 0);
		c[1] = fill("route/link", OBJ_CAST(f), 1);
		ck_assert_uint_eq(received, 1);
		ck_assert_int_eq(nl_cache_nitems(c[1]), 1);
		ck_assert_str_eq(rtnl_link_get_name(
			(struct rtnl_link *)nl_cache_get_first(c[1])), "nb0");
		nl_cache_free(c[1]);
		rtnl_link_put(f);
	}
}
END_TEST

/* A kind the kernel does not know: it cannot filter, user space does. */
START_TEST(test_link_unknown_kind)
{
	struct rtnl_link *f = rtnl_link_alloc();
	struct nl_cache *c;

	ck_assert_int_eq(rtnl_link_set_type(f, "nosuchkind"), 0);
	c = fill("route/link", OBJ_CAST(f), 1);
	ck_assert_uint_eq(received, 27);
	ck_assert_int_eq(nl_cache_nitems(c), 0);
	nl_cache_free(c);
	rtnl_link_put(f);
}
END_TEST

/* The bridge family's link dump takes no filter: user space does it. */
START_TEST(test_link_bridge_family)
{
	struct rtnl_link *f = rtnl_link_alloc();
	struct nl_cache *c[2];
	struct nl_sock *s;
	int strict;

	rtnl_link_set_master(f, ifindex("fbr0"));
	for (strict = 0; strict < 2; strict++) {
		s = strict_sock(strict);
		ck_assert_int_eq(rtnl_link_alloc_cache(s, AF_BRIDGE, &c[strict]), 0);
		ck_assert_int_eq(nl_cache_set_filter(c[strict], OBJ_CAST(f)), 0);
		ck_assert_int_eq(nl_cache_refill(s, c[strict]), 0);
		nl_socket_free(s);
		/* the five ports and the bridge (its own master there) */
		ck_assert_int_eq(nl_cache_nitems(c[strict]), 6);
	}
	assert_same(c[0], c[1]);
	nl_cache_free(c[0]);
	nl_cache_free(c[1]);
	rtnl_link_put(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Neighbours                                                          */

/* A family filter: the strict kernel sends no bridge entries from the
 * neighbour tables' dump; the bridge databases' dump is still made. */
START_TEST(test_neigh_by_family)
{
	struct rtnl_neigh *f = rtnl_neigh_alloc();
	struct nl_cache *c[2];
	int strict;

	rtnl_neigh_set_family(f, AF_INET);
	rtnl_neigh_set_ifindex(f, ifindex("nv1"));
	for (strict = 0; strict < 2; strict++) {
		c[strict] = fill("route/neigh", OBJ_CAST(f), strict);
		ck_assert_int_eq(nl_cache_nitems(c[strict]), 3);
	}
	/* 3 entries, and nv1's own addresses from the bridge dump */
	ck_assert_uint_ge(received, 3);
	ck_assert_uint_le(received, 6);
	assert_same(c[0], c[1]);
	nl_cache_free(c[0]);
	nl_cache_free(c[1]);
	rtnl_neigh_put(f);
}
END_TEST

static int count_family(struct nl_cache *c, int family)
{
	struct nl_object *o;
	int n = 0;

	for (o = nl_cache_get_first(c); o; o = nl_cache_get_next(o))
		if (rtnl_neigh_get_family((struct rtnl_neigh *)o) == family)
			n++;
	return n;
}

START_TEST(test_neigh_unfiltered_strict)
{
	struct nl_cache *a = fill("route/neigh", NULL, 0);
	struct nl_cache *b = fill("route/neigh", NULL, 1);

	/* the 8 permanent entries, and the bridge databases */
	ck_assert_int_eq(count_family(b, AF_INET), 8);
	ck_assert_int_gt(count_family(b, AF_BRIDGE), 4);
	assert_same(a, b);
	nl_cache_free(a);
	nl_cache_free(b);
}
END_TEST

START_TEST(test_neigh_by_ifindex)
{
	static const char *const devs[] = { "nv0", "nv1", "nb0" };
	static const int inet[] = { 5, 3, 0 };
	struct nl_cache *c[2], *all;
	unsigned int counts[2], total;
	int strict;
	size_t i;

	all = fill("route/neigh", NULL, 0);
	total = received;
	ck_assert_uint_eq(total, (unsigned int)nl_cache_nitems(all));
	nl_cache_free(all);

	for (i = 0; i < 3; i++) {
		struct rtnl_neigh *f = rtnl_neigh_alloc();
		int idx = ifindex(devs[i]);
		struct nl_object *o;

		rtnl_neigh_set_ifindex(f, idx);
		for (strict = 0; strict < 2; strict++) {
			c[strict] = fill("route/neigh", OBJ_CAST(f), strict);
			counts[strict] = received;
		}
		ck_assert_uint_eq(counts[0], total);
		/* the kernel sent exactly what the cache keeps */
		ck_assert_uint_eq(counts[1], (unsigned int)nl_cache_nitems(c[1]));
		ck_assert_uint_lt(counts[1], total);
		ck_assert_int_eq(count_family(c[1], AF_INET), inet[i]);
		assert_same(c[0], c[1]);
		for (o = nl_cache_get_first(c[1]); o; o = nl_cache_get_next(o))
			ck_assert_int_eq(rtnl_neigh_get_ifindex(
				(struct rtnl_neigh *)o), idx);
		nl_cache_free(c[0]);
		nl_cache_free(c[1]);
		rtnl_neigh_put(f);
	}
}
END_TEST

START_TEST(test_neigh_by_master)
{
	struct rtnl_neigh *f = rtnl_neigh_alloc();
	struct nl_cache *c[2];
	unsigned int counts[2];
	int strict, br = ifindex("fbr1"), statics = 0;
	struct nl_object *o;

	rtnl_neigh_set_master(f, br);
	for (strict = 0; strict < 2; strict++) {
		c[strict] = fill("route/neigh", OBJ_CAST(f), strict);
		counts[strict] = received;
	}
	ck_assert_uint_lt(counts[1], counts[0]);
	assert_same(c[0], c[1]);
	for (o = nl_cache_get_first(c[1]); o; o = nl_cache_get_next(o)) {
		struct rtnl_neigh *n = (struct rtnl_neigh *)o;

		ck_assert_int_eq(rtnl_neigh_get_master(n), br);
		if (rtnl_neigh_get_ifindex(n) == ifindex("nb0") &&
		    (rtnl_neigh_get_state(n) & NUD_NOARP))
			statics++;
	}
	ck_assert_int_eq(statics, 4);
	nl_cache_free(c[0]);
	nl_cache_free(c[1]);
	rtnl_neigh_put(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The requests themselves (replies injected, no dump)                 */

static unsigned char reqs[2][256];
static unsigned int nreqs;

static void on_send(struct nl_sock *s, const struct nlmsghdr *req,
		    unsigned int nth, void *arg)
{
	struct nltest_batch b;

	(void)nth;
	(void)arg;
	if (nreqs < 2 && req->nlmsg_len <= sizeof(reqs[0]))
		memcpy(reqs[nreqs], req, req->nlmsg_len);
	nreqs++;
	nltest_batch_init(&b);
	nltest_batch_done(&b, NLM_F_MULTI, NLTEST_SEQ_REQ);
	nltest_inj_push(s, &b);
	nltest_batch_clear(&b);
}

/* Refill a cache of @name with @filter on a socket of strictness
 * @strict whose requests are captured; returns the requests sent. */
static unsigned int capture(const char *name, struct nl_object *filter,
			    int strict)
{
	struct nl_sock *s = strict_sock(strict);
	struct nl_cache *c;

	memset(reqs, 0, sizeof(reqs));
	nreqs = 0;
	ck_assert_int_eq(nltest_inj_attach(s), 0);
	nltest_inj_on_send(s, on_send, NULL);
	ck_assert_int_eq(nl_cache_alloc_name(name, &c), 0);
	if (!strcmp(name, "route/neigh"))
		nl_cache_set_flags(c, NL_CACHE_AF_ITER);
	ck_assert_int_eq(nl_cache_set_filter(c, filter), 0);
	ck_assert_int_eq(nl_cache_refill(s, c), 0);
	nl_cache_free(c);
	nltest_inj_detach(s);
	nl_socket_free(s);
	return nreqs;
}

static struct nlmsghdr *req_hdr(unsigned int i)
{
	return (struct nlmsghdr *)reqs[i];
}

START_TEST(test_request_addr)
{
	struct rtnl_addr *f = rtnl_addr_alloc();
	struct ifaddrmsg *ifa;

	rtnl_addr_set_ifindex(f, 7);
	rtnl_addr_set_family(f, AF_INET);
	rtnl_addr_set_prefixlen(f, 24);
	rtnl_addr_set_scope(f, RT_SCOPE_LINK);

	/* as before: a one-byte rtgenmsg for family AF_UNSPEC */
	ck_assert_uint_eq(capture("route/addr", OBJ_CAST(f), 0), 1);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_type, RTM_GETADDR);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len, NLMSG_HDRLEN + 4);
	ck_assert_uint_eq(reqs[0][NLMSG_HDRLEN], AF_UNSPEC);

	/* strict: full header, family and interface, prefix and scope 0 */
	ck_assert_uint_eq(capture("route/addr", OBJ_CAST(f), 1), 1);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ifaddrmsg));
	ifa = nlmsg_data(req_hdr(0));
	ck_assert_uint_eq(ifa->ifa_family, AF_INET);
	ck_assert_uint_eq(ifa->ifa_index, 7);
	ck_assert_uint_eq(ifa->ifa_prefixlen, 0);
	ck_assert_uint_eq(ifa->ifa_scope, 0);
	ck_assert_uint_eq(ifa->ifa_flags, 0);

	/* strict without a filter: full header, all zero */
	ck_assert_uint_eq(capture("route/addr", NULL, 1), 1);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ifaddrmsg));
	ifa = nlmsg_data(req_hdr(0));
	ck_assert_uint_eq(ifa->ifa_family, AF_UNSPEC);
	ck_assert_uint_eq(ifa->ifa_index, 0);
	rtnl_addr_put(f);
}
END_TEST

START_TEST(test_request_link)
{
	struct rtnl_link *f = rtnl_link_alloc();
	struct nlattr *tb[IFLA_MAX + 1], *li[IFLA_INFO_MAX + 1];
	struct ifinfomsg *ifi;

	rtnl_link_set_master(f, 5);
	rtnl_link_set_ifindex(f, 9);
	ck_assert_int_eq(rtnl_link_set_type(f, "veth"), 0);

	/* as before: ifinfomsg and IFLA_EXT_MASK only */
	ck_assert_uint_eq(capture("route/link", OBJ_CAST(f), 0), 1);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_type, RTM_GETLINK);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ifinfomsg) + 8);
	ck_assert_int_eq(nlmsg_parse(req_hdr(0), sizeof(*ifi), tb, IFLA_MAX,
				     NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_EXT_MASK]);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_EXT_MASK]), RTEXT_FILTER_VF);

	/* strict: master and kind; never the index (refused in dumps) */
	ck_assert_uint_eq(capture("route/link", OBJ_CAST(f), 1), 1);
	ifi = nlmsg_data(req_hdr(0));
	ck_assert_int_eq(ifi->ifi_index, 0);
	ck_assert_uint_eq(ifi->ifi_flags, 0);
	ck_assert_uint_eq(ifi->ifi_change, 0);
	ck_assert_int_eq(nlmsg_parse(req_hdr(0), sizeof(*ifi), tb, IFLA_MAX,
				     NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_EXT_MASK]), RTEXT_FILTER_VF);
	ck_assert_ptr_nonnull(tb[IFLA_MASTER]);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MASTER]), 5);
	ck_assert_ptr_nonnull(tb[IFLA_LINKINFO]);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_ptr_nonnull(li[IFLA_INFO_KIND]);
	ck_assert_str_eq(nla_get_string(li[IFLA_INFO_KIND]), "veth");
	ck_assert_ptr_null(li[IFLA_INFO_DATA]);
	ck_assert_ptr_null(tb[IFLA_IFNAME]);
	rtnl_link_put(f);
}
END_TEST

START_TEST(test_request_neigh)
{
	struct rtnl_neigh *f = rtnl_neigh_alloc();
	struct nlattr *tb[NDA_MAX + 1];
	struct ndmsg *ndm;

	rtnl_neigh_set_ifindex(f, 7);
	rtnl_neigh_set_master(f, 9);
	rtnl_neigh_set_state(f, NUD_PERMANENT);

	/* as before: rtgenmsg, then ifinfomsg for the bridge family */
	ck_assert_uint_eq(capture("route/neigh", OBJ_CAST(f), 0), 2);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len, NLMSG_HDRLEN + 4);
	ck_assert_uint_eq(reqs[0][NLMSG_HDRLEN], AF_UNSPEC);
	ck_assert_uint_eq(req_hdr(1)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ifinfomsg));
	ck_assert_uint_eq(reqs[1][NLMSG_HDRLEN], AF_BRIDGE);

	/* strict: the tables take NDA_IFINDEX, ndm_ifindex 0 */
	ck_assert_uint_eq(capture("route/neigh", OBJ_CAST(f), 1), 2);
	ndm = nlmsg_data(req_hdr(0));
	ck_assert_uint_eq(ndm->ndm_family, AF_UNSPEC);
	ck_assert_int_eq(ndm->ndm_ifindex, 0);
	ck_assert_uint_eq(ndm->ndm_state, 0);
	ck_assert_int_eq(nlmsg_parse(req_hdr(0), sizeof(*ndm), tb, NDA_MAX,
				     NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[NDA_IFINDEX]), 7);
	ck_assert_uint_eq(nla_get_u32(tb[NDA_MASTER]), 9);
	/* the bridge databases take the port in the header */
	ndm = nlmsg_data(req_hdr(1));
	ck_assert_uint_eq(ndm->ndm_family, AF_BRIDGE);
	ck_assert_int_eq(ndm->ndm_ifindex, 7);
	ck_assert_uint_eq(ndm->ndm_state, 0);
	ck_assert_int_eq(nlmsg_parse(req_hdr(1), sizeof(*ndm), tb, NDA_MAX,
				     NULL), 0);
	ck_assert_ptr_null(tb[NDA_IFINDEX]);
	ck_assert_uint_eq(nla_get_u32(tb[NDA_MASTER]), 9);

	/* strict without a filter: full headers, nothing else */
	ck_assert_uint_eq(capture("route/neigh", NULL, 1), 2);
	ck_assert_uint_eq(req_hdr(0)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ndmsg));
	ck_assert_uint_eq(req_hdr(1)->nlmsg_len,
			  NLMSG_HDRLEN + sizeof(struct ndmsg));
	ck_assert_uint_eq(((struct ndmsg *)nlmsg_data(req_hdr(1)))->ndm_family,
			  AF_BRIDGE);
	rtnl_neigh_put(f);
}
END_TEST

static Suite *kernel_filters_suite(void)
{
	Suite *s = suite_create("kernel-filters");
	TCase *tc = tcase_create("kernel");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_addr_unfiltered_strict);
	tcase_add_test(tc, test_addr_by_ifindex);
	tcase_add_test(tc, test_addr_mngr);
	tcase_add_test(tc, test_link_by_master);
	tcase_add_test(tc, test_link_by_kind);
	tcase_add_test(tc, test_link_unknown_kind);
	tcase_add_test(tc, test_link_bridge_family);
	tcase_add_test(tc, test_neigh_unfiltered_strict);
	tcase_add_test(tc, test_neigh_by_ifindex);
	tcase_add_test(tc, test_neigh_by_master);
	tcase_add_test(tc, test_neigh_by_family);
	tcase_add_test(tc, test_request_addr);
	tcase_add_test(tc, test_request_link);
	tcase_add_test(tc, test_request_neigh);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	topology();
	return nltest_run(kernel_filters_suite());
}
