/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Refills that keep an object without parsing its message again when the
 * message's digest did not change (lib/cache.c, oo_digest of the route
 * object types), without a kernel: each dump reply is injected through
 * nl_cb_overwrite_recv() (tests/nltest.c).  For each type the digest
 * leaves some attributes out (counters, cache times): a message that
 * differs only in those keeps the object, as the comparison of a parsing
 * refill does; one that differs in anything else replaces it.
 */

#include <string.h>
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

static void on_send(struct nl_sock *s, const struct nlmsghdr *req,
		    unsigned int nth, void *arg)
{
	struct nltest_batch b;

	ck_assert_int_eq(req->nlmsg_flags & NLM_F_DUMP, NLM_F_DUMP);
	nltest_batch_init(&b);
	if (next_reply)
		nltest_batch_msg(&b, nlmsg_hdr(next_reply), NLM_F_MULTI,
				 NLTEST_SEQ_REQ);
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
 * The scenario of every type: a fill, a refill that notes digests, a
 * refill whose message differs only in what the digest leaves out (the
 * object stays), one that differs in a compared
 * attribute (a new object with the new value), and the same again (that
 * object stays).  @mk builds the message: @skipped varies what is left
 * out, @kept a compared attribute.
 */
typedef struct nl_msg *(*mk_fn)(int skipped, int kept);
typedef int (*get_fn)(struct nl_object *o);

static void scenario(const char *cache_name, mk_fn mk, get_fn kept_of)
{
	struct nl_cache *c = NULL;
	struct nl_object *first, *o;

	ck_assert_int_eq(nl_cache_alloc_name(cache_name, &c), 0);
	first = refill_with(c, mk(1, 1));
	ck_assert_ptr_eq(refill_with(c, mk(1, 1)), first);
	o = refill_with(c, mk(2, 1));
	ck_assert_ptr_eq(o, first);
	ck_assert_int_eq(kept_of(o), 1);
	o = refill_with(c, mk(2, 2));
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(kept_of(o), 2);
	first = o;
	ck_assert_ptr_eq(refill_with(c, mk(3, 2)), first);
	ck_assert_ptr_eq(refill_with(c, mk(3, 2)), first);
	ck_assert_int_eq(kept_of(first), 2);
	o = refill_with(c, mk(3, 3));
	ck_assert_ptr_ne(o, first);
	ck_assert_int_eq(kept_of(o), 3);
	nl_cache_free(c);
}

/* Neighbours: cache times and probes left out; the link address kept. */
static struct nl_msg *neigh_msg(int skipped, int kept)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 2,
			    .ndm_state = NUD_PERMANENT, .ndm_type = RTN_UNICAST };
	struct nda_cacheinfo ci = { .ndm_used = (uint32_t)skipped * 100 };
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

START_TEST(test_neigh)
{
	scenario("route/neigh", neigh_msg, neigh_kept);
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

START_TEST(test_link)
{
	scenario("route/link", link_msg, link_kept);
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

START_TEST(test_route)
{
	scenario("route/route", route_msg, route_kept);
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
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return nltest_run(digest_suite());
}
