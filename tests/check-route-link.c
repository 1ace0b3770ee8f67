/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The attribute-table mechanism and the link object without a kernel:
 * build, parse back, compare, clone, names and dump text.
 */

#include <pthread.h>
#include <string.h>
#include <stdlib.h>
#include <linux/rtnetlink.h>
#include <linux/if_arp.h>

#include "nltest.h"
#include "nl-private/core.h"
#include "nl-private/objtable.h"
#include "nl-private/link-api.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/data.h>
#include <netlink/route/link.h>
#include <netlink/route/rtnl.h>

/* ------------------------------------------------------------------ */
/* A test object described by a table                                   */

struct tobj {
	uint64_t mask;
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;
	int32_t s32;
	uint16_t port;		/* network byte order on the wire */
	char name[8];
	char *str;
	struct nl_addr *addr;
	struct nl_data *data;
	uint8_t flag;
	struct { uint32_t a, b; } bin;
	uint32_t hdr_index;
};

enum { T_U8 = 1, T_U16, T_U32, T_U64, T_S32, T_PORT, T_NAME, T_STR, T_ADDR,
       T_DATA, T_FLAG, T_BIN, T_MAX = T_BIN };

#define E(m, bit, name, type, ...) NLO_ENTRY(struct tobj, m, bit, name, type, __VA_ARGS__)
static const struct nlo_attr tattrs[] = {
	E(u8, 1 << 0, "u8", NLO_U8, .nla = T_U8),
	E(u16, 1 << 1, "u16", NLO_U16, .nla = T_U16),
	E(u32, 1 << 2, "u32", NLO_U32, .nla = T_U32),
	E(u64, 1 << 3, "u64", NLO_U64, .nla = T_U64),
	E(s32, 1 << 4, "s32", NLO_S32, .nla = T_S32),
	E(port, 1 << 5, "port", NLO_U16, .nla = T_PORT, .flags = NLO_F_BE),
	E(name, 1 << 6, "name", NLO_CHARS, .nla = T_NAME),
	E(str, 1 << 7, "str", NLO_STRING, .nla = T_STR),
	E(addr, 1 << 8, "addr", NLO_ADDR, .nla = T_ADDR, .family = AF_INET),
	E(data, 1 << 9, "data", NLO_DATA, .nla = T_DATA),
	E(flag, 1 << 10, "flag", NLO_FLAG, .nla = T_FLAG),
	E(bin, 1 << 11, "bin", NLO_BINARY, .nla = T_BIN),
	E(hdr_index, 1ULL << 40, "index", NLO_U32, .flags = NLO_F_HDR,
	  .hdr = offsetof(struct ifinfomsg, ifi_index)),
};
static const struct nlo_table ttable = NLO_TABLE(struct tobj, mask, tattrs, T_MAX);

static void tobj_fill(struct tobj *o)
{
	memset(o, 0, sizeof(*o));
	o->u8 = 0xab;
	o->u16 = 0xbeef;
	o->u32 = 0xdeadbeef;
	o->u64 = 0x0123456789abcdefULL;
	o->s32 = -5;
	o->port = 4789;
	strcpy(o->name, "eth0");
	o->str = strdup("hello");
	ck_assert_int_eq(nl_addr_parse("10.1.2.3", AF_INET, &o->addr), 0);
	o->data = nl_data_alloc("\x01\x02\x03", 3);
	o->flag = 1;
	o->bin.a = 7;
	o->bin.b = 9;
	o->hdr_index = 42;
	o->mask = (1 << 12) - 1;
	o->mask |= 1ULL << 40;
}

/* Build the object into a message, then parse it back into a new one. */
static struct nl_msg *tobj_roundtrip(struct tobj *o, struct tobj *back)
{
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { 0 };
	struct nlattr *tb[T_MAX + 1];
	struct nlmsghdr *nlh;

	nlo_build_hdr(o, &ttable, &ifi, ~0ULL);
	ck_assert_int_eq(ifi.ifi_index, 42);
	ck_assert_int_eq(nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO), 0);
	ck_assert_int_eq(nlo_build(msg, o, &ttable, ~0ULL), 0);
	nlh = nlmsg_hdr(msg);
	memset(back, 0, sizeof(*back));
	nlo_parse_hdr(back, &ttable, nlmsg_data(nlh), sizeof(ifi));
	ck_assert_int_eq(nlmsg_parse(nlh, sizeof(ifi), tb, T_MAX, NULL), 0);
	ck_assert_int_eq(nlo_parse(back, &ttable, tb), 0);
	return msg;
}

START_TEST(table_build_parse)
{
	struct tobj o, b;
	struct nl_msg *msg;
	struct nlattr *tb[T_MAX + 1];
	char buf[64];

	tobj_fill(&o);
	msg = tobj_roundtrip(&o, &b);

	/* wire format, attribute by attribute */
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg), tb, T_MAX, NULL), 0);
	ck_assert_int_eq(nla_get_u8(tb[T_U8]), 0xab);
	ck_assert_int_eq(nla_get_u16(tb[T_U16]), 0xbeef);
	ck_assert_uint_eq(nla_get_u32(tb[T_U32]), 0xdeadbeef);
	ck_assert(nla_get_u64(tb[T_U64]) == 0x0123456789abcdefULL);
	ck_assert_int_eq((int32_t)nla_get_u32(tb[T_S32]), -5);
	ck_assert_int_eq(nla_get_u16(tb[T_PORT]), htons(4789));
	ck_assert_str_eq(nla_get_string(tb[T_NAME]), "eth0");
	ck_assert_str_eq(nla_get_string(tb[T_STR]), "hello");
	ck_assert_int_eq(nla_len(tb[T_ADDR]), 4);
	ck_assert_int_eq(memcmp(nla_data(tb[T_ADDR]), "\x0a\x01\x02\x03", 4), 0);
	ck_assert_int_eq(nla_len(tb[T_DATA]), 3);
	ck_assert_int_eq(nla_len(tb[T_FLAG]), 0);
	ck_assert_int_eq(nla_len(tb[T_BIN]), 8);

	/* parsed back: equal values, same presence */
	ck_assert(b.mask == o.mask);
	ck_assert_int_eq(b.u8, 0xab);
	ck_assert_int_eq(b.u16, 0xbeef);
	ck_assert_uint_eq(b.u32, 0xdeadbeef);
	ck_assert(b.u64 == 0x0123456789abcdefULL);
	ck_assert_int_eq(b.s32, -5);
	ck_assert_int_eq(b.port, 4789);
	ck_assert_str_eq(b.name, "eth0");
	ck_assert_str_eq(b.str, "hello");
	ck_assert_str_eq(nl_addr2str(b.addr, buf, sizeof(buf)), "10.1.2.3");
	ck_assert_int_eq(nl_addr_get_family(b.addr), AF_INET);
	ck_assert_int_eq(nl_data_get_size(b.data), 3);
	ck_assert_int_eq(b.flag, 1);
	ck_assert_int_eq(b.bin.b, 9);
	ck_assert_int_eq(b.hdr_index, 42);
	ck_assert(nlo_compare(&o, &b, &ttable, ~0ULL, 0) == 0);

	nlmsg_free(msg);
	nlo_free(&o, &ttable);
	nlo_free(&b, &ttable);
	ck_assert_ptr_null(o.str);
	ck_assert_ptr_null(b.addr);
}
END_TEST

START_TEST(table_compare_clone)
{
	struct tobj o, c;
	uint64_t d;

	tobj_fill(&o);
	memcpy(&c, &o, sizeof(c));
	ck_assert_int_eq(nlo_clone(&c, &o, &ttable), 0);
	ck_assert_ptr_ne(c.str, o.str);
	ck_assert_ptr_ne(c.addr, o.addr);
	ck_assert_ptr_ne(c.data, o.data);
	ck_assert(nlo_compare(&o, &c, &ttable, ~0ULL, 0) == 0);

	c.u32++;
	c.str[0] = 'J';
	c.name[0] = 'x';
	d = nlo_compare(&o, &c, &ttable, ~0ULL, 0);
	ck_assert(d == ((1 << 2) | (1 << 7) | (1 << 6)));
	/* only the attributes asked for */
	ck_assert(nlo_compare(&o, &c, &ttable, 1 << 2, 0) == (1 << 2));
	/* present in one object only */
	c.mask &= ~(1ULL << 0);
	ck_assert(nlo_compare(&o, &c, &ttable, 1, 0) == 1);

	/* freeing the clone leaves the original intact */
	nlo_free(&c, &ttable);
	ck_assert_str_eq(o.str, "hello");
	nlo_free(&o, &ttable);
}
END_TEST

START_TEST(table_bad_input)
{
	struct tobj b;
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { 0 };
	struct nlattr *tb[T_MAX + 1];

	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	/* a u32 attribute carrying two bytes */
	nla_put_u16(msg, T_U32, 1);
	memset(&b, 0, sizeof(b));
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(ifi), tb, T_MAX, NULL), 0);
	ck_assert_int_eq(nlo_parse(&b, &ttable, tb), -NLE_RANGE);
	ck_assert(!(b.mask & (1 << 2)));
	nlmsg_free(msg);

	/* strings without terminator are cut at the attribute's end */
	msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put(msg, T_NAME, 12, "abcdefghijkl");
	nla_put(msg, T_STR, 3, "xyz");
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(ifi), tb, T_MAX, NULL), 0);
	ck_assert_int_eq(nlo_parse(&b, &ttable, tb), 0);
	ck_assert_str_eq(b.name, "abcdefg");
	ck_assert_str_eq(b.str, "xyz");
	nlo_free(&b, &ttable);
	nlmsg_free(msg);

	/* a header shorter than the field leaves it alone */
	memset(&b, 0, sizeof(b));
	nlo_parse_hdr(&b, &ttable, &ifi, 4);
	ck_assert(!(b.mask & (1ULL << 40)));
}
END_TEST

START_TEST(table_attrs2str)
{
	char buf[64];

	ck_assert_str_eq(nlo_attrs2str(&ttable, (1 << 0) | (1 << 7) | (1ULL << 40), buf, sizeof(buf)),
			 "u8,str,index");
	ck_assert_str_eq(nlo_attrs2str(&ttable, 0, buf, sizeof(buf)), "");
	ck_assert_str_eq(nlo_attrs2str(&ttable, 3, buf, 5), "u8,u");
	ck_assert_ptr_eq(nlo_find(&ttable, 1 << 8), &tattrs[8]);
	ck_assert_ptr_null(nlo_find(&ttable, 1ULL << 50));
}
END_TEST

/* nlo_parse_attrs() without a tb array walks the stream once with a map
 * of the table kept after the first parse; it must store what nla_parse()
 * and nlo_parse() store, and fail where they fail. */
static struct nl_msg *tstream(void)
{
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { 0 };

	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	return msg;
}

/* Both ways of parsing the attributes of @msg: equal results, returned. */
static int walk_vs_parse(struct nl_msg *msg, const struct nlo_table *t)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *tb[T_MAX + 1];
	struct tobj a, b;
	int ea, eb;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	ea = nlo_parse_attrs(&a, t, nlmsg_attrdata(nlh, sizeof(struct ifinfomsg)),
			     nlmsg_attrlen(nlh, sizeof(struct ifinfomsg)), NULL);
	eb = nlmsg_parse(nlh, sizeof(struct ifinfomsg), tb, T_MAX, NULL);
	if (eb == 0)
		eb = nlo_parse(&b, t, tb);
	ck_assert_int_eq(ea, eb);
	ck_assert_uint_eq(a.mask, b.mask);
	ck_assert_uint_eq(a.u8, b.u8);
	ck_assert_uint_eq(a.u16, b.u16);
	ck_assert_uint_eq(a.u32, b.u32);
	ck_assert_uint_eq(a.u64, b.u64);
	ck_assert_int_eq(a.s32, b.s32);
	ck_assert_str_eq(a.name, b.name);
	nlo_free(&a, t);
	nlo_free(&b, t);
	return ea;
}

/* A table with two entries for one id: not walked, the same results. */
static const struct nlo_attr tattrs_dup[] = {
	E(u32, 1 << 2, "u32", NLO_U32, .nla = T_U32),
	E(s32, 1 << 4, "s32", NLO_S32, .nla = T_U32),
	E(u8, 1 << 0, "u8", NLO_U8, .nla = T_U8),
};
static const struct nlo_table ttable_dup =
	NLO_TABLE(struct tobj, mask, tattrs_dup, T_MAX);

START_TEST(table_walk)
{
	struct nl_msg *msg;
	struct nlattr *nla;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		/* the last of repeated ids counts; flag bits are not part of
		 * the id; ids past the table's are passed over */
		msg = tstream();
		nla_put_u32(msg, T_U32, 1);
		nla_put_u8(msg, T_U8, 2);
		nla_put_u32(msg, T_U32 | NLA_F_NESTED, 3);
		nla_put_u32(msg, 200, 4);
		nla_put_u32(msg, 0x3000, 5);
		nla_put_u16(msg, T_U16 | NLA_F_NET_BYTEORDER, 6);
		nla_put(msg, T_NAME, 3, "ab");
		ck_assert_int_eq(walk_vs_parse(msg, &ttable), 0);
		ck_assert_int_eq(walk_vs_parse(msg, &ttable_dup), 0);
		nlmsg_free(msg);

		/* an attribute longer than what is left ends the walk; what
		 * came before it stays */
		msg = tstream();
		nla_put_u32(msg, T_U32, 7);
		nla = nlmsg_reserve(msg, NLA_HDRLEN, NLMSG_ALIGNTO);
		nla->nla_type = T_U8;
		nla->nla_len = 64;
		ck_assert_int_eq(walk_vs_parse(msg, &ttable), 0);
		nlmsg_free(msg);

		/* bytes too few for an attribute header at the end */
		msg = tstream();
		nla_put_u8(msg, T_U8, 9);
		nlmsg_reserve(msg, 3, 1);
		ck_assert_int_eq(walk_vs_parse(msg, &ttable), 0);
		nlmsg_free(msg);

		/* a value shorter than its type */
		msg = tstream();
		nla_put_u16(msg, T_U32, 1);
		ck_assert_int_eq(walk_vs_parse(msg, &ttable), -NLE_RANGE);
		ck_assert_int_eq(walk_vs_parse(msg, &ttable_dup), -NLE_RANGE);
		nlmsg_free(msg);
	}
	ck_assert_int_eq(ttable.walk->state, NLO_WALK_READY);
	ck_assert_int_eq(ttable_dup.walk->state, NLO_WALK_UNUSABLE);
}
END_TEST

/* Threads parsing with a table none has used yet: the map is worked out
 * by each and kept by one (checked under ThreadSanitizer in CI). */
static const struct nlo_table ttable_fresh =
	NLO_TABLE(struct tobj, mask, tattrs, T_MAX);
static pthread_barrier_t walk_barrier;

static void *walk_thread(void *arg)
{
	struct nlmsghdr *nlh = arg;
	int i;

	pthread_barrier_wait(&walk_barrier);
	for (i = 0; i < 200; i++) {
		struct tobj o;

		memset(&o, 0, sizeof(o));
		if (nlo_parse_attrs(&o, &ttable_fresh,
				    nlmsg_attrdata(nlh, sizeof(struct ifinfomsg)),
				    nlmsg_attrlen(nlh, sizeof(struct ifinfomsg)),
				    NULL) < 0 ||
		    o.u32 != 11 || o.u8 != 12 || o.mask != ((1 << 2) | 1))
			return (void *)1;
	}
	return NULL;
}

START_TEST(table_walk_threads)
{
	struct nl_msg *msg = tstream();
	pthread_t th[4];
	void *ret;
	int i;

	nla_put_u32(msg, T_U32, 11);
	nla_put_u8(msg, T_U8, 12);
	ck_assert_int_eq(ttable_fresh.walk->state, NLO_WALK_NONE);
	pthread_barrier_init(&walk_barrier, NULL, 4);
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, walk_thread,
						nlmsg_hdr(msg)), 0);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(th[i], &ret), 0);
		ck_assert_ptr_null(ret);
	}
	pthread_barrier_destroy(&walk_barrier);
	ck_assert_int_eq(ttable_fresh.walk->state, NLO_WALK_READY);
	nlmsg_free(msg);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Link object                                                          */

static struct rtnl_link *sample_link(void)
{
	struct rtnl_link *l = rtnl_link_alloc();
	struct nl_addr *a;

	rtnl_link_set_name(l, "x");
	rtnl_link_set_master(l, 1);
	rtnl_link_set_link(l, 98);
	rtnl_link_set_group(l, 5);
	rtnl_link_set_flags(l, IFF_UP);
	ck_assert_int_eq(nl_addr_parse("aa:bb:cc:dd:ee:ff", AF_LLC, &a), 0);
	rtnl_link_set_addr(l, a);
	rtnl_link_set_broadcast(l, a);
	nl_addr_put(a);
	rtnl_link_set_qdisc(l, "fq");
	rtnl_link_set_operstate(l, 6);
	rtnl_link_set_num_tx_queues(l, 3);
	rtnl_link_set_carrier(l, 1);
	rtnl_link_set_linkmode(l, 1);
	rtnl_link_set_promiscuity(l, 2);
	rtnl_link_set_arptype(l, 1);
	rtnl_link_set_stat(l, RTNL_LINK_RX_BYTES, 123456789ULL);
	rtnl_link_set_stat(l, RTNL_LINK_TX_PACKETS, 4294967296ULL * 5);
	rtnl_link_set_txqlen(l, 7);
	rtnl_link_set_ifindex(l, 9);
	rtnl_link_set_mtu(l, 1);
	rtnl_link_set_ifalias(l, "al");
	return l;
}

static char *dump_str(struct nl_object *obj, enum nl_dump_type t)
{
	static char buf[8192];
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	memset(buf, 0, sizeof(buf));
	nl_object_dump(obj, &p);
	return buf;
}

/* Expected texts: what Debian's libnl 3.7 prints for the same object. */
START_TEST(link_dump_text)
{
	struct rtnl_link *l = sample_link();

	ck_assert_str_eq(dump_str((struct nl_object *)l, NL_DUMP_LINE),
		"x ether aa:bb:cc:dd:ee:ff master 1 <up> slave-of 98 group 5 \n");
	ck_assert_str_eq(dump_str((struct nl_object *)l, NL_DUMP_DETAILS),
		"x ether aa:bb:cc:dd:ee:ff master 1 <up> slave-of 98 group 5 \n"
		"    mtu 1 txqlen 7 weight 0 qdisc fq index 9 promisc-mode (2 users) \n"
		"    alias al\n"
		"    txq 3 brd aa:bb:cc:dd:ee:ff state up mode dormant carrier up\n");
	ck_assert_str_eq(dump_str((struct nl_object *)l, NL_DUMP_STATS),
		"x ether aa:bb:cc:dd:ee:ff master 1 <up> slave-of 98 group 5 \n"
		"    mtu 1 txqlen 7 weight 0 qdisc fq index 9 promisc-mode (2 users) \n"
		"    alias al\n"
		"    txq 3 brd aa:bb:cc:dd:ee:ff state up mode dormant carrier up\n"
		"    Stats:    bytes    packets     errors    dropped   fifo-err compressed\n"
		"     RX  117.74 MiB          0          0          0          0          0\n"
		"     TX      0.00 B 21474836480          0          0          0          0\n"
		"    Errors:  length       over        crc      frame     missed  multicast\n"
		"     RX           0          0          0          0          0          0\n"
		"            aborted    carrier  heartbeat     window  collision\n"
		"     TX           0          0          0          0          0\n");
	rtnl_link_put(l);

	l = rtnl_link_alloc();
	ck_assert_str_eq(dump_str((struct nl_object *)l, NL_DUMP_DETAILS),
		" generic \n    mtu 0 txqlen 0 weight 0 \n    mode default carrier down\n");
	rtnl_link_put(l);
}
END_TEST

static void parse_cb(struct nl_object *obj, void *arg)
{
	nl_object_get(obj);
	*(struct nl_object **)arg = obj;
}

START_TEST(link_build_parse)
{
	struct rtnl_link *l = sample_link(), *back = NULL;
	struct nl_msg *msg;
	struct nlattr *tb[IFLA_MAX + 1];
	struct ifinfomsg *ifi;
	uint64_t diff;

	rtnl_link_set_num_rx_queues(l, 4);
	rtnl_link_set_link_netnsid(l, 3);
	ck_assert_int_eq(rtnl_link_build_add_request(l, NLM_F_EXCL, &msg), 0);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_NEWLINK);
	/* NLM_F_CREATE is the caller's to pass, as upstream */
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_flags, NLM_F_EXCL);
	ifi = nlmsg_data(nlmsg_hdr(msg));
	ck_assert_int_eq(ifi->ifi_index, 9);
	ck_assert_uint_eq(ifi->ifi_flags, IFF_UP);
	ck_assert_uint_eq(ifi->ifi_change, IFF_UP);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(*ifi), tb, IFLA_MAX, NULL), 0);
	ck_assert_str_eq(nla_get_string(tb[IFLA_IFNAME]), "x");
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MTU]), 1);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MASTER]), 1);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_LINK]), 98);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_GROUP]), 5);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_TXQLEN]), 7);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_NUM_TX_QUEUES]), 3);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_NUM_RX_QUEUES]), 4);
	ck_assert_int_eq((int)nla_get_u32(tb[IFLA_LINK_NETNSID]), 3);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_OPERSTATE]), 6);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_LINKMODE]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_CARRIER]), 1);
	/* as upstream, the qdisc name is not sent */
	ck_assert_ptr_null(tb[IFLA_QDISC]);
	ck_assert_str_eq(nla_get_string(tb[IFLA_IFALIAS]), "al");
	ck_assert_int_eq(nla_len(tb[IFLA_ADDRESS]), 6);
	ck_assert_int_eq(nla_len(tb[IFLA_BROADCAST]), 6);
	/* read-only attributes never go to the kernel */
	ck_assert_ptr_null(tb[IFLA_PROMISCUITY]);
	ck_assert_ptr_null(tb[IFLA_STATS64]);
	ck_assert_ptr_null(tb[IFLA_LINKINFO]);

	nlmsg_set_proto(msg, NETLINK_ROUTE);
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), 0);
	ck_assert_ptr_nonnull(back);
	/* everything that travelled compares equal */
	diff = nl_object_diff64((struct nl_object *)l, (struct nl_object *)back);
	ck_assert_uint_eq(diff & ~(LINK_ATTR_PROMISCUITY | LINK_ATTR_STATS | LINK_ATTR_FAMILY |
				   LINK_ATTR_ARPTYPE | LINK_ATTR_CHANGE |
				   LINK_ATTR_QDISC), 0);
	ck_assert_str_eq(rtnl_link_get_name(back), "x");
	ck_assert_uint_eq(rtnl_link_get_mtu(back), 1);
	ck_assert_int_eq(rtnl_link_get_ifindex(back), 9);
	ck_assert_str_eq(rtnl_link_get_ifalias(back), "al");
	ck_assert_int_eq(nl_addr_cmp(rtnl_link_get_addr(back), rtnl_link_get_addr(l)), 0);
	rtnl_link_put(back);
	nlmsg_free(msg);
	rtnl_link_put(l);
}
END_TEST

/* The walk over a link message's attributes: the last of an id counts
 * (flag bits aside), IFLA_STATS64 wins over IFLA_STATS wherever each lies,
 * unknown ids are passed over, an attribute longer than what is left ends
 * the walk, a value shorter than its type fails the message. */
static struct nl_msg *walk_link_msg(void)
{
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { .ifi_index = 4 };

	nlmsg_set_proto(msg, NETLINK_ROUTE);
	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put_string(msg, IFLA_IFNAME, "w0");
	return msg;
}

START_TEST(link_parse_walk)
{
	struct rtnl_link_stats64 s64 = { .rx_packets = 64, .tx_bytes = 1ULL << 40 };
	struct rtnl_link_stats s32 = { .rx_packets = 32, .tx_bytes = 5 };
	struct rtnl_link *back = NULL;
	struct nl_msg *msg;
	struct nlattr *nla;
	int order;

	for (order = 0; order < 2; order++) {
		msg = walk_link_msg();
		nla_put_u32(msg, IFLA_MTU, 1000);
		if (order)
			nla_put(msg, IFLA_STATS, sizeof(s32), &s32);
		nla_put(msg, IFLA_STATS64, sizeof(s64), &s64);
		if (!order)
			nla_put(msg, IFLA_STATS, sizeof(s32), &s32);
		nla_put_u32(msg, IFLA_MAX + 5, 77);
		nla_put_u32(msg, IFLA_MTU | NLA_F_NESTED, 1400);
		nla_put_u8(msg, IFLA_OPERSTATE, 6);
		nla = nlmsg_reserve(msg, NLA_HDRLEN, NLMSG_ALIGNTO);
		nla->nla_type = IFLA_TXQLEN;
		nla->nla_len = 200;
		back = NULL;
		ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), 0);
		ck_assert_ptr_nonnull(back);
		ck_assert_str_eq(rtnl_link_get_name(back), "w0");
		ck_assert_uint_eq(rtnl_link_get_mtu(back), 1400);
		ck_assert_uint_eq(rtnl_link_get_operstate(back), 6);
		ck_assert_uint_eq(rtnl_link_get_stat(back, RTNL_LINK_RX_PACKETS), 64);
		ck_assert_uint_eq(rtnl_link_get_stat(back, RTNL_LINK_TX_BYTES), 1ULL << 40);
		ck_assert_uint_eq(rtnl_link_get_txqlen(back), 0);
		rtnl_link_put(back);
		nlmsg_free(msg);
	}

	/* IFLA_STATS alone */
	msg = walk_link_msg();
	nla_put(msg, IFLA_STATS, sizeof(s32), &s32);
	back = NULL;
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), 0);
	ck_assert_uint_eq(rtnl_link_get_stat(back, RTNL_LINK_RX_PACKETS), 32);
	ck_assert_uint_eq(rtnl_link_get_stat(back, RTNL_LINK_TX_BYTES), 5);
	rtnl_link_put(back);
	nlmsg_free(msg);

	/* a 32-bit value in two bytes, an 8-bit one in none */
	msg = walk_link_msg();
	nla_put_u16(msg, IFLA_TXQLEN, 1);
	back = NULL;
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), -NLE_RANGE);
	ck_assert_ptr_null(back);
	nlmsg_free(msg);
	msg = walk_link_msg();
	nla_put(msg, IFLA_CARRIER, 0, NULL);
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), -NLE_RANGE);
	ck_assert_ptr_null(back);
	nlmsg_free(msg);
}
END_TEST

/* The addresses a parsed link keeps inside itself: a reference to one keeps
 * the link alive past its cache; a link given its own address does not
 * hold itself. */
START_TEST(link_own_addr_lifetime)
{
	struct rtnl_link *l = sample_link(), *back = NULL, *c;
	struct nl_addr *a, *b;
	struct nl_cache *cache;
	struct nl_msg *msg;
	char buf[64];

	ck_assert_int_eq(rtnl_link_set_type(l, "dummy"), 0);
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &msg), 0);
	nlmsg_set_proto(msg, NETLINK_ROUTE);
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), 0);
	nlmsg_free(msg);
	ck_assert_ptr_nonnull(back);
	ck_assert_str_eq(rtnl_link_get_type(back), "dummy");

	a = rtnl_link_get_addr(back);
	b = rtnl_link_get_broadcast(back);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_ne(a, b);
	ck_assert_int_eq(nl_addr_shared(a), 0);
	nl_addr_get(a);
	nl_addr_get(b);
	ck_assert_int_ne(nl_addr_shared(a), 0);

	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)back);
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(rtnl_link_get_addr(c), a);
	ck_assert_int_eq(nl_addr_cmp(rtnl_link_get_addr(c), a), 0);
	ck_assert_str_eq(rtnl_link_get_type(c), "dummy");
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)back,
					   (struct nl_object *)c), 0);
	rtnl_link_put(c);

	ck_assert_int_eq(nl_cache_alloc_name("route/link", &cache), 0);
	ck_assert_int_eq(nl_cache_add(cache, (struct nl_object *)back), 0);
	rtnl_link_put(back);
	nl_cache_free(cache);

	/* the link lives on through a and b */
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "aa:bb:cc:dd:ee:ff");
	ck_assert_uint_eq(nl_addr_get_len(b), 6);
	ck_assert_int_eq(nl_addr_cmp(a, rtnl_link_get_addr(l)), 0);
	ck_assert_int_eq(nl_addr_cmp(b, rtnl_link_get_broadcast(l)), 0);
	nl_addr_put(b);
	ck_assert_int_eq(nl_addr_shared(a), 0);
	nl_addr_put(a);

	/* a link whose broadcast is its own address, then another's */
	ck_assert_int_eq(rtnl_link_build_add_request(l, 0, &msg), 0);
	nlmsg_set_proto(msg, NETLINK_ROUTE);
	back = NULL;
	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &back), 0);
	nlmsg_free(msg);
	rtnl_link_set_broadcast(back, rtnl_link_get_addr(back));
	ck_assert_ptr_eq(rtnl_link_get_broadcast(back), rtnl_link_get_addr(back));
	ck_assert_int_eq(nl_addr_shared(rtnl_link_get_addr(back)), 0);
	rtnl_link_set_addr(l, rtnl_link_get_addr(back));
	ck_assert_int_ne(nl_addr_shared(rtnl_link_get_addr(back)), 0);
	rtnl_link_put(back);
	ck_assert_str_eq(nl_addr2str(rtnl_link_get_addr(l), buf, sizeof(buf)),
			 "aa:bb:cc:dd:ee:ff");
	rtnl_link_put(l);
}
END_TEST

START_TEST(link_clone_kind)
{
	struct rtnl_link *l = sample_link(), *c;

	ck_assert_int_eq(rtnl_link_set_type(l, "dummy"), 0);
	ck_assert_int_eq(rtnl_link_set_slave_type(l, "bridge"), 0);
	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)l);
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(rtnl_link_get_type(c), rtnl_link_get_type(l));
	ck_assert_str_eq(rtnl_link_get_type(c), "dummy");
	ck_assert_str_eq(rtnl_link_get_slave_type(c), "bridge");
	ck_assert_ptr_ne(rtnl_link_get_ifalias(c), rtnl_link_get_ifalias(l));
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l, (struct nl_object *)c), 0);
	ck_assert_int_eq(rtnl_link_set_type(c, "veth2"), 0);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l, (struct nl_object *)c),
			  LINK_ATTR_LINKINFO);
	rtnl_link_put(l);
	ck_assert_str_eq(rtnl_link_get_name(c), "x");
	ck_assert_int_eq(rtnl_link_has_vf_list(c), 0);
	rtnl_link_set_vf_list(c);
	ck_assert_int_ne(rtnl_link_has_vf_list(c), 0);
	rtnl_link_unset_vf_list(c);
	ck_assert_int_eq(rtnl_link_has_vf_list(c), 0);
	rtnl_link_put(c);
}
END_TEST

START_TEST(link_flags_loose)
{
	struct rtnl_link *a = rtnl_link_alloc(), *f = rtnl_link_alloc();

	rtnl_link_set_flags(a, IFF_UP | IFF_BROADCAST);
	rtnl_link_set_flags(f, IFF_UP);
	ck_assert_int_eq(nl_object_match_filter((struct nl_object *)a, (struct nl_object *)f), 1);
	rtnl_link_unset_flags(f, IFF_UP);
	ck_assert_uint_eq(rtnl_link_get_flags(f), 0);
	ck_assert_int_eq(nl_object_match_filter((struct nl_object *)a, (struct nl_object *)f), 0);
	rtnl_link_put(a);
	rtnl_link_put(f);
}
END_TEST

START_TEST(link_names)
{
	char buf[256];

	ck_assert_str_eq(rtnl_link_flags2str(0x7ffff, buf, sizeof(buf)),
		"loopback,broadcast,pointopoint,multicast,noarp,allmulti,promisc,"
		"master,slave,debug,dynamic,automedia,portsel,notrailers,up,running,"
		"lowerup,dormant,echo");
	ck_assert_str_eq(rtnl_link_flags2str(0x1003, buf, sizeof(buf)), "broadcast,multicast,up");
	ck_assert_int_eq(rtnl_link_str2flags("up,loopback"), 9);
	ck_assert_str_eq(rtnl_link_operstate2str(3, buf, sizeof(buf)), "lowerlayerdown");
	ck_assert_str_eq(rtnl_link_operstate2str(7, buf, sizeof(buf)), "0x7");
	ck_assert_int_eq(rtnl_link_str2operstate("up"), 6);
	ck_assert_str_eq(rtnl_link_mode2str(1, buf, sizeof(buf)), "dormant");
	ck_assert_str_eq(rtnl_link_mode2str(2, buf, sizeof(buf)), "0x2");
	ck_assert_int_eq(rtnl_link_str2mode("dormant"), 1);
	ck_assert_str_eq(rtnl_link_carrier2str(0, buf, sizeof(buf)), "down");
	ck_assert_int_eq(rtnl_link_str2carrier("up"), 1);
	ck_assert_str_eq(rtnl_link_stat2str(RTNL_LINK_RX_FIFO_ERR, buf, sizeof(buf)), "rx_fifo_err");
	ck_assert_str_eq(rtnl_link_stat2str(RTNL_LINK_IP6_OUTPKTS, buf, sizeof(buf)), "Ip6OutRequests");
	ck_assert_str_eq(rtnl_link_stat2str(RTNL_LINK_ICMP6_CSUMERRORS, buf, sizeof(buf)), "ICMP6_InCsumErrors");
	ck_assert_str_eq(rtnl_link_stat2str(RTNL_LINK_REASM_OVERLAPS, buf, sizeof(buf)), "ReasmOverlaps");
	ck_assert_str_eq(rtnl_link_stat2str(65, buf, sizeof(buf)), "0x41");
	ck_assert_int_eq(rtnl_link_str2stat("rx_packets"), 0);
	ck_assert_int_eq(rtnl_link_str2stat("rx_nohandler"), RTNL_LINK_RX_NOHANDLER);
	ck_assert_int_lt(rtnl_link_str2stat("nope"), 0);
	ck_assert_str_eq(nl_rtntype2str(RTN_XRESOLVE, buf, sizeof(buf)), "xresolve");
	ck_assert_int_eq(nl_str2rtntype("unicast"), 1);
	ck_assert_str_eq(rtnl_scope2str(200, buf, sizeof(buf)), "site");
	ck_assert_str_eq(rtnl_scope2str(1, buf, sizeof(buf)), "0x1");
	ck_assert_int_eq(rtnl_str2scope("host"), 254);
	ck_assert_str_eq(rtnl_realms2str(0x00010002, buf, sizeof(buf)), "1/2");
}
END_TEST

START_TEST(link_requests)
{
	struct rtnl_link *l = rtnl_link_alloc(), *ch = rtnl_link_alloc();
	struct nl_msg *msg;
	struct nlattr *tb[IFLA_MAX + 1];

	ck_assert_int_eq(rtnl_link_build_delete_request(l, &msg), -NLE_MISSING_ATTR);
	rtnl_link_set_name(l, "foo");
	ck_assert_int_eq(rtnl_link_build_delete_request(l, &msg), 0);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_DELLINK);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg), tb, IFLA_MAX, NULL), 0);
	ck_assert_str_eq(nla_get_string(tb[IFLA_IFNAME]), "foo");
	nlmsg_free(msg);

	ck_assert_int_eq(rtnl_link_build_get_request(0, "foo", &msg), 0);
	ck_assert_int_eq(nlmsg_hdr(msg)->nlmsg_type, RTM_GETLINK);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg), tb, IFLA_MAX, NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_EXT_MASK]), RTEXT_FILTER_VF);
	nlmsg_free(msg);

	/* As upstream: the family header names orig (index 0 here), the
	 * attributes are those of the changes, orig's name is not sent. */
	rtnl_link_set_mtu(l, 1500);
	rtnl_link_set_mtu(ch, 1400);
	rtnl_link_set_name(ch, "bar");
	ck_assert_int_eq(rtnl_link_build_change_request(l, ch, 0, &msg), 0);
	ck_assert_int_eq(((struct ifinfomsg *)nlmsg_data(nlmsg_hdr(msg)))->ifi_index, 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg), tb, IFLA_MAX, NULL), 0);
	ck_assert_str_eq(nla_get_string(tb[IFLA_IFNAME]), "bar");
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MTU]), 1400);
	nlmsg_free(msg);
	rtnl_link_put(l);
	rtnl_link_put(ch);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("route-link");
	TCase *tc = tcase_create("objtable");

	tcase_add_test(tc, table_build_parse);
	tcase_add_test(tc, table_compare_clone);
	tcase_add_test(tc, table_bad_input);
	tcase_add_test(tc, table_attrs2str);
	tcase_add_test(tc, table_walk);
	tcase_add_test(tc, table_walk_threads);
	suite_add_tcase(s, tc);
	tc = tcase_create("link");
	tcase_add_test(tc, link_dump_text);
	tcase_add_test(tc, link_build_parse);
	tcase_add_test(tc, link_parse_walk);
	tcase_add_test(tc, link_clone_kind);
	tcase_add_test(tc, link_own_addr_lifetime);
	tcase_add_test(tc, link_flags_loose);
	tcase_add_test(tc, link_names);
	tcase_add_test(tc, link_requests);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
