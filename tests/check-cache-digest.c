/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Refills that keep an object without parsing its message again when the
 * message's digest did not change (lib/cache.c, oo_digest of the route
 * object types), without a kernel: each dump reply is injected through
 * nl_cb_overwrite_recv() (tests/nltest.c).  For each type the digest
 * leaves some attributes out (counters, cache times): a message that
 * differs only in those keeps the object, which takes their new values,
 * or for routes gives a new copy; one that differs in anything else
 * replaces it.  A refill that fails gives a kept object its old values
 * back.
 */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/neighbour.h>
#include <linux/if_link.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>

#include "nltest.h"

static struct nl_sock *sk;
static struct nl_msg *next_reply;
static uint16_t reply_flags;	/* besides NLM_F_MULTI */

static void on_send(struct nl_sock *s, const struct nlmsghdr *req,
		    unsigned int nth, void *arg)
{
	struct nltest_batch b;

	ck_assert_int_eq(req->nlmsg_flags & NLM_F_DUMP, NLM_F_DUMP);
	nltest_batch_init(&b);
	if (next_reply)
		nltest_batch_msg(&b, nlmsg_hdr(next_reply),
				 NLM_F_MULTI | reply_flags, NLTEST_SEQ_REQ);
	nltest_batch_done(&b, NLM_F_MULTI, NLTEST_SEQ_REQ);
	nltest_inj_push(s, &b);
}

static void setup(void)
{
	sk = nl_socket_alloc();
	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nltest_inj_on_send(sk, on_send, NULL);
}

static void teardown(void)
{
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}

/* Refill @c with the one object @m describes (consumed); that object. */
static struct nl_object *refill_with(struct nl_cache *c, struct nl_msg *m)
{
	next_reply = m;
	ck_assert_int_eq(nl_cache_refill(sk, c), 0);
	nlmsg_free(m);
	next_reply = NULL;
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	return nl_cache_get_first(c);
}

static struct nl_msg *msg_with(int type, const void *hdr, size_t len)
{
	struct nl_msg *m = nlmsg_alloc_simple(type, 0);

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(nlmsg_append(m, (void *)hdr, len, NLMSG_ALIGNTO), 0);
	return m;
}

/*
 * The scenario of every type.  @mk builds the message: @skipped varies
 * what the comparison leaves out (counters, cache times), @kept a
 * compared attribute; @skipped_of and @kept_of read them back.  Each
 * refill must give the values of its message, whether the object was
 * kept or not; which objects are kept depends on the type (@flags):
 * - SC_FIRST_REPLACES: kept by digest only (links), so the first refill
 *   after a fill, which notes the digests, replaces every object;
 * - SC_SKIPPED_REPLACES: a change of what is left out gives a new copy
 *   (routes: cache information); otherwise the kept object takes it.
 */
#define SC_FIRST_REPLACES	1
#define SC_SKIPPED_REPLACES	2

typedef struct nl_msg *(*mk_fn)(int skipped, int kept);
typedef int (*get_fn)(struct nl_object *o);

static void scenario(const char *cache_name, mk_fn mk, get_fn kept_of,
		     get_fn skipped_of, unsigned int flags)
{
	struct nl_cache *c = NULL;
	struct nl_object *first, *o;
	int kept_skipped = !(flags & SC_SKIPPED_REPLACES);

	ck_assert_int_eq(nl_cache_alloc_name(cache_name, &c), 0);
	first = refill_with(c, mk(1, 1));
	ck_assert_int_eq(skipped_of(first), 1);
	/* parsed: digests noted, the left-out values taken */
	o = refill_with(c, mk(5, 1));
	ck_assert_int_eq(o == first,
			 kept_skipped && !(flags & SC_FIRST_REPLACES));
	ck_assert_int_eq(skipped_of(o), 5);
	ck_assert_int_eq(kept_of(o), 1);
	first = o;
	/* unchanged: kept without parsing */
	ck_assert_ptr_eq(refill_with(c, mk(5, 1)), first);
	ck_assert_int_eq(skipped_of(first), 5);
	/* only the left-out values changed */
	o = refill_with(c, mk(2, 1));
	ck_assert_int_eq(o == first, kept_skipped);
	ck_assert_int_eq(kept_of(o), 1);
	ck_assert_int_eq(skipped_of(o), 2);
	first = o;
	/* a compared value changed: a new copy */
	o = refill_with(c, mk(2, 2));
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(kept_of(o), 2);
	ck_assert_int_eq(skipped_of(o), 2);
	first = o;
	o = refill_with(c, mk(3, 2));
	ck_assert_int_eq(o == first, kept_skipped);
	ck_assert_int_eq(skipped_of(o), 3);
	first = o;
	ck_assert_ptr_eq(refill_with(c, mk(3, 2)), first);
	ck_assert_int_eq(kept_of(first), 2);
	ck_assert_int_eq(skipped_of(first), 3);
	o = refill_with(c, mk(3, 3));
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(kept_of(o), 3);
	ck_assert_int_eq(skipped_of(o), 3);
	nl_cache_free(c);
}

/* Lines of @o's dump at @type. */
static const char *dump_of(struct nl_object *o, enum nl_dump_type type)
{
	static char buf[4096];
	struct nl_dump_params p = { .dp_type = type, .dp_buf = buf,
				    .dp_buflen = sizeof(buf) };

	memset(buf, 0, sizeof(buf));
	nl_object_dump(o, &p);
	return buf;
}

/* Neighbours: cache times and probes left out; the link address kept. */
static struct nl_msg *neigh_msg(int skipped, int kept)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 2,
			    .ndm_state = NUD_PERMANENT, .ndm_type = RTN_UNICAST };
	struct nda_cacheinfo ci = { .ndm_used = (uint32_t)skipped *
					       (uint32_t)sysconf(_SC_CLK_TCK) };
	unsigned char mac[6] = { 2, 0, 0, 0, 0, (unsigned char)kept };
	struct in_addr a = { htonl(0x0a000001) };
	struct nl_msg *m = msg_with(RTM_NEWNEIGH, &nd, sizeof(nd));

	nla_put(m, NDA_DST, 4, &a);
	nla_put(m, NDA_LLADDR, 6, mac);
	nla_put_u32(m, NDA_PROBES, (uint32_t)skipped);
	nla_put(m, NDA_CACHEINFO, sizeof(ci), &ci);
	return m;
}

static int neigh_kept(struct nl_object *o)
{
	struct nl_addr *ll = rtnl_neigh_get_lladdr((struct rtnl_neigh *)o);

	return ((unsigned char *)nl_addr_get_binary_addr(ll))[5];
}

/* "used N" of the details (ndm_used in USER_HZ ticks: N = skipped). */
static int neigh_skipped(struct nl_object *o)
{
	const char *p = strstr(dump_of(o, NL_DUMP_DETAILS), " used ");

	ck_assert_ptr_nonnull(p);
	return atoi(p + 6);
}

START_TEST(test_neigh)
{
	scenario("route/neigh", neigh_msg, neigh_kept, neigh_skipped, 0);
}
END_TEST

/* Links: statistics left out; the MTU kept. */
static struct nl_msg *link_msg(int skipped, int kept)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 7,
				 .ifi_flags = IFF_UP };
	struct rtnl_link_stats st = { .rx_packets = (uint32_t)skipped };
	struct rtnl_link_stats64 st64 = { .rx_packets = (uint64_t)skipped };
	struct nl_msg *m = msg_with(RTM_NEWLINK, &ifi, sizeof(ifi));

	nla_put_string(m, IFLA_IFNAME, "d0");
	nla_put_u32(m, IFLA_MTU, 1000 + (uint32_t)kept);
	nla_put(m, IFLA_STATS, sizeof(st), &st);
	nla_put(m, IFLA_STATS64, sizeof(st64), &st64);
	nla_put_u32(m, IFLA_TXQLEN, 1000);
	return m;
}

static int link_kept(struct nl_object *o)
{
	return (int)rtnl_link_get_mtu((struct rtnl_link *)o) - 1000;
}

static int link_skipped(struct nl_object *o)
{
	return (int)rtnl_link_get_stat((struct rtnl_link *)o,
				       RTNL_LINK_RX_PACKETS);
}

START_TEST(test_link)
{
	scenario("route/link", link_msg, link_kept, link_skipped,
		 SC_FIRST_REPLACES);
}
END_TEST

/* Routes: cache information left out; the gateway kept. */
static struct nl_msg *route_msg(int skipped, int kept)
{
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_dst_len = 24,
			    .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_STATIC,
			    .rtm_scope = RT_SCOPE_UNIVERSE,
			    .rtm_type = RTN_UNICAST };
	struct rta_cacheinfo ci = { .rta_used = (uint32_t)skipped };
	struct in_addr dst = { htonl(0x0b000000) };
	struct in_addr gw = { htonl(0x0a000000 | (uint32_t)kept) };
	struct nl_msg *m = msg_with(RTM_NEWROUTE, &rt, sizeof(rt));

	nla_put_u32(m, RTA_TABLE, RT_TABLE_MAIN);
	nla_put(m, RTA_DST, 4, &dst);
	nla_put(m, RTA_GATEWAY, 4, &gw);
	nla_put_u32(m, RTA_OIF, 2);
	nla_put(m, RTA_CACHEINFO, sizeof(ci), &ci);
	return m;
}

static int route_kept(struct nl_object *o)
{
	struct rtnl_nexthop *nh =
		rtnl_route_nexthop_n((struct rtnl_route *)o, 0);
	struct nl_addr *gw = rtnl_route_nh_get_gateway(nh);

	return ((unsigned char *)nl_addr_get_binary_addr(gw))[3];
}

/* "used N" of the statistics dump (rta_used = skipped). */
static int route_skipped(struct nl_object *o)
{
	const char *p = strstr(dump_of(o, NL_DUMP_STATS), "    used ");

	ck_assert_ptr_nonnull(p);
	return atoi(p + 9);
}

START_TEST(test_route)
{
	scenario("route/route", route_msg, route_kept, route_skipped,
		 SC_SKIPPED_REPLACES);
}
END_TEST

/* Addresses: nothing left out (lifetimes are compared); the label kept,
 * and a change of lifetime alone replaces the object too. */
static struct nl_msg *addr_msg(int lifetime, int kept)
{
	struct ifaddrmsg ifa = { .ifa_family = AF_INET, .ifa_prefixlen = 24,
				 .ifa_index = 2 };
	struct ifa_cacheinfo ci = { .ifa_prefered = 100,
				    .ifa_valid = 100 * (uint32_t)lifetime };
	struct in_addr a = { htonl(0x0a000001) };
	char label[8];
	struct nl_msg *m = msg_with(RTM_NEWADDR, &ifa, sizeof(ifa));

	snprintf(label, sizeof(label), "v0:%d", kept);
	nla_put(m, IFA_LOCAL, 4, &a);
	nla_put(m, IFA_ADDRESS, 4, &a);
	nla_put_string(m, IFA_LABEL, label);
	nla_put(m, IFA_CACHEINFO, sizeof(ci), &ci);
	return m;
}

static int addr_kept(struct nl_object *o)
{
	return rtnl_addr_get_label((struct rtnl_addr *)o)[3] - '0';
}

START_TEST(test_addr)
{
	struct nl_cache *c = NULL;
	struct nl_object *first, *o;

	ck_assert_int_eq(nl_cache_alloc_name("route/addr", &c), 0);
	first = refill_with(c, addr_msg(1, 1));
	ck_assert_ptr_eq(refill_with(c, addr_msg(1, 1)), first);
	ck_assert_ptr_eq(refill_with(c, addr_msg(1, 1)), first);
	o = refill_with(c, addr_msg(2, 1));
	ck_assert_ptr_ne(o, first);
	ck_assert_uint_eq(rtnl_addr_get_valid_lifetime((struct rtnl_addr *)o),
			  200);
	first = o;
	ck_assert_ptr_eq(refill_with(c, addr_msg(2, 1)), first);
	o = refill_with(c, addr_msg(2, 2));
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(addr_kept(o), 2);
	first = o;
	ck_assert_ptr_eq(refill_with(c, addr_msg(2, 2)), first);
	ck_assert_int_eq(addr_kept(first), 2);
	nl_cache_free(c);
}
END_TEST

/* A neighbour cache keeps parsing while a link cache is provided: a
 * bridge entry without NDA_MASTER takes its port's master from it, which
 * the message does not tell. */
static struct nl_msg *port_msg(int master)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 2 };
	struct nl_msg *m = msg_with(RTM_NEWLINK, &ifi, sizeof(ifi));

	nla_put_string(m, IFLA_IFNAME, "p0");
	nla_put_u32(m, IFLA_MASTER, (uint32_t)master);
	return m;
}

static struct nl_msg *fdb_msg(void)
{
	struct ndmsg nd = { .ndm_family = AF_BRIDGE, .ndm_ifindex = 2,
			    .ndm_state = NUD_NOARP, .ndm_flags = NTF_SELF };
	unsigned char mac[6] = { 2, 0, 0, 0, 0, 9 };
	struct nl_msg *m = msg_with(RTM_NEWNEIGH, &nd, sizeof(nd));

	nla_put(m, NDA_LLADDR, 6, mac);
	return m;
}

START_TEST(test_neigh_provided_link)
{
	struct nl_cache *links = NULL, *c = NULL;
	struct nl_object *first, *o;

	ck_assert_int_eq(nl_cache_alloc_name("route/link", &links), 0);
	ck_assert_int_eq(nl_cache_alloc_name("route/neigh", &c), 0);
	refill_with(links, port_msg(5));
	first = refill_with(c, fdb_msg());
	ck_assert_ptr_eq(refill_with(c, fdb_msg()), first);
	ck_assert_int_eq(rtnl_neigh_get_master((struct rtnl_neigh *)first), 0);
	nl_cache_mngt_provide(links);
	o = refill_with(c, fdb_msg());
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(rtnl_neigh_get_master((struct rtnl_neigh *)o), 5);
	first = o;
	ck_assert_ptr_eq(refill_with(c, fdb_msg()), first);
	refill_with(links, port_msg(6));
	o = refill_with(c, fdb_msg());
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(rtnl_neigh_get_master((struct rtnl_neigh *)o), 6);
	nl_cache_mngt_unprovide(links);
	nl_cache_free(links);
	nl_cache_free(c);
}
END_TEST

/* A refill whose only attempt comes back interrupted with @m (consumed):
 * it fails, and the cache holds @o alone, as before. */
static void refill_fails(struct nl_cache *c, struct nl_msg *m,
			 struct nl_object *o)
{
	ck_assert_int_eq(nl_socket_set_dump_retry_limit(sk, 1, 0), 0);
	next_reply = m;
	reply_flags = NLM_F_DUMP_INTR;
	ck_assert_int_eq(nl_cache_refill(sk, c), -NLE_DUMP_INCONSISTENT);
	reply_flags = 0;
	next_reply = NULL;
	nlmsg_free(m);
	ck_assert_int_eq(nl_cache_nitems(c), 1);
	ck_assert_ptr_eq(nl_cache_get_first(c), o);
}

/* The left-out values a kept object took in a refill that failed are
 * given back, whether they came from a parsed copy or from the message. */
START_TEST(test_failed_refill_restores)
{
	struct nl_cache *c = NULL;
	struct nl_object *first;

	ck_assert_int_eq(nl_cache_alloc_name("route/neigh", &c), 0);
	first = refill_with(c, neigh_msg(1, 1));
	refill_fails(c, neigh_msg(7, 1), first);
	ck_assert_int_eq(neigh_skipped(first), 1);
	ck_assert_ptr_eq(refill_with(c, neigh_msg(1, 1)), first);
	refill_fails(c, neigh_msg(8, 1), first);
	ck_assert_int_eq(neigh_skipped(first), 1);
	ck_assert_ptr_eq(refill_with(c, neigh_msg(9, 1)), first);
	ck_assert_int_eq(neigh_skipped(first), 9);
	nl_cache_free(c);

	ck_assert_int_eq(nl_cache_alloc_name("route/link", &c), 0);
	refill_with(c, link_msg(1, 1));
	first = refill_with(c, link_msg(1, 1));
	ck_assert_ptr_eq(refill_with(c, link_msg(1, 1)), first);
	refill_fails(c, link_msg(7, 1), first);
	ck_assert_int_eq(link_skipped(first), 1);
	ck_assert_ptr_eq(refill_with(c, link_msg(9, 1)), first);
	ck_assert_int_eq(link_skipped(first), 9);
	nl_cache_free(c);
}
END_TEST

static Suite *digest_suite(void)
{
	Suite *s = suite_create("cache-digest");
	TCase *tc = tcase_create("refill");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_neigh);
	tcase_add_test(tc, test_link);
	tcase_add_test(tc, test_route);
	tcase_add_test(tc, test_addr);
	tcase_add_test(tc, test_neigh_provided_link);
	tcase_add_test(tc, test_failed_refill_restores);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return nltest_run(digest_suite());
}
