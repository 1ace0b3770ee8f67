/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Link kinds of part kinds-a without a kernel: requests are built, their
 * IFLA_INFO_DATA checked against the uapi layout, parsed back into equal
 * objects, cloned, and dumped as Debian's libnl 3.7 prints them.
 */

#include <string.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_vlan.h>
#include <linux/veth.h>

#include "nltest.h"
#include "nl-private/core.h"
#include "nl-private/link-api.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/object.h>
#include <netlink/route/link.h>
#include <netlink/route/link/vxlan.h>
#include <netlink/route/link/geneve.h>
#include <netlink/route/link/macvlan.h>
#include <netlink/route/link/macvtap.h>
#include <netlink/route/link/ipvlan.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/link/vrf.h>
#include <netlink/route/link/team.h>
#include <netlink/route/link/ppp.h>
#include <netlink/route/link/xfrmi.h>

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

static struct nl_msg *build(struct rtnl_link *link)
{
	struct nl_msg *msg = NULL;

	rtnl_link_set_name(link, "x0");
	ck_assert_int_eq(rtnl_link_build_add_request(link, NLM_F_CREATE, &msg), 0);
	ck_assert_ptr_nonnull(msg);
	return msg;
}

/* tb[] of the attributes nested in IFLA_LINKINFO; returns the kind. */
static const char *linkinfo(struct nl_msg *msg, struct nlattr **li)
{
	struct nlattr *tb[IFLA_MAX + 1];

	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg),
				     tb, IFLA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_LINKINFO]);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_ptr_nonnull(li[IFLA_INFO_KIND]);
	return nla_data(li[IFLA_INFO_KIND]);
}

/* tb[0..max] of IFLA_INFO_DATA; checks the kind name. */
static void info_data(struct nl_msg *msg, const char *kind, struct nlattr **tb,
		      int max)
{
	struct nlattr *li[IFLA_INFO_MAX + 1];

	ck_assert_str_eq(linkinfo(msg, li), kind);
	ck_assert_ptr_nonnull(li[IFLA_INFO_DATA]);
	ck_assert_int_eq(nla_parse_nested(tb, max, li[IFLA_INFO_DATA], NULL), 0);
}

static struct rtnl_link *parse(struct nl_msg *msg)
{
	struct rtnl_link *link = rtnl_link_alloc();

	ck_assert_ptr_nonnull(link);
	ck_assert_int_eq(_rtnl_link_parse_ifinfo(link, nlmsg_hdr(msg)), 0);
	return link;
}

/* Round trip: build, parse back; the result must equal the original. */
static struct rtnl_link *roundtrip(struct rtnl_link *link, struct nl_msg **out)
{
	struct nl_msg *msg = build(link);
	struct rtnl_link *back = parse(msg);
	struct rtnl_link *clone;

	ck_assert_str_eq(rtnl_link_get_type(back), rtnl_link_get_type(link));
	/* the header fields (index, flags, family, type) come only back */
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)link,
					   (struct nl_object *)back) &
			  (LINK_ATTR_LINKINFO | LINK_ATTR_IFNAME), 0);
	clone = (struct rtnl_link *)nl_object_clone((struct nl_object *)back);
	ck_assert_ptr_nonnull(clone);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)clone,
					   (struct nl_object *)back), 0);
	rtnl_link_put(clone);
	if (out)
		*out = msg;
	else
		nlmsg_free(msg);
	return back;
}

static char dumpbuf[8192];

static const char *dump(struct rtnl_link *link, enum nl_dump_type t)
{
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = dumpbuf,
		.dp_buflen = sizeof(dumpbuf),
	};

	nl_object_dump((struct nl_object *)link, &p);
	return dumpbuf;
}

/* The kind's block must appear as such in the details dump. */
#define ck_dump_has(link, t, text)                                             \
	do {                                                                   \
		const char *d_ = dump(link, t);                                \
		ck_assert_msg(strstr(d_, text) != NULL,                        \
			      "dump:\n%s\nlacks:\n%s", d_, text);              \
	} while (0)

/* The line dump must end with text. */
#define ck_line_ends(link, text)                                               \
	do {                                                                   \
		const char *d_ = dump(link, NL_DUMP_LINE);                     \
		size_t l_ = strlen(d_), t_ = strlen(text);                     \
		ck_assert_msg(l_ >= t_ && !strcmp(d_ + l_ - t_, text),         \
			      "line '%s' does not end with '%s'", d_, text);   \
	} while (0)

static struct nl_addr *addr(const char *s, int family)
{
	struct nl_addr *a = NULL;

	ck_assert_int_eq(nl_addr_parse(s, family, &a), 0);
	return a;
}

/* ------------------------------------------------------------------ */
/* vxlan                                                                */

START_TEST(vxlan_full)
{
	struct rtnl_link *l = rtnl_link_vxlan_alloc(), *b;
	struct ifla_vxlan_port_range r = { htons(1), htons(2) }, r2;
	struct nlattr *tb[IFLA_VXLAN_MAX + 1];
	struct nl_addr *a;
	struct nl_msg *msg;
	uint32_t u;

	ck_assert(rtnl_link_is_vxlan(l));
	ck_assert_int_eq(rtnl_link_vxlan_set_id(l, 99), 0);
	a = addr("ff05::1", AF_INET6);
	ck_assert_int_eq(rtnl_link_vxlan_set_group(l, a), 0);
	nl_addr_put(a);
	a = addr("fd00::1", AF_INET6);
	ck_assert_int_eq(rtnl_link_vxlan_set_local(l, a), 0);
	nl_addr_put(a);
	rtnl_link_vxlan_set_link(l, 3);
	rtnl_link_vxlan_set_ttl(l, 0);
	rtnl_link_vxlan_set_tos(l, 1);
	rtnl_link_vxlan_disable_learning(l);
	rtnl_link_vxlan_set_ageing(l, 0);
	rtnl_link_vxlan_set_limit(l, 100);
	ck_assert_int_eq(rtnl_link_vxlan_set_port_range(l, &r), 0);
	rtnl_link_vxlan_enable_proxy(l);
	rtnl_link_vxlan_set_rsc(l, 2);
	rtnl_link_vxlan_disable_l2miss(l);
	rtnl_link_vxlan_set_l3miss(l, 3);
	rtnl_link_vxlan_set_port(l, 4789);
	rtnl_link_vxlan_set_udp_csum(l, 0);
	rtnl_link_vxlan_set_udp_zero_csum6_tx(l, 1);
	rtnl_link_vxlan_set_udp_zero_csum6_rx(l, 1);
	rtnl_link_vxlan_set_remcsum_tx(l, 1);
	rtnl_link_vxlan_set_remcsum_rx(l, 0);
	ck_assert_int_eq(rtnl_link_vxlan_set_flags(l, RTNL_LINK_VXLAN_F_GBP |
				RTNL_LINK_VXLAN_F_GPE |
				RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL, 1), 0);
	rtnl_link_vxlan_set_collect_metadata(l, 1);
	rtnl_link_vxlan_set_label(l, 12345);

	b = roundtrip(l, &msg);
	info_data(msg, "vxlan", tb, IFLA_VXLAN_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_VXLAN_ID]), 99);
	ck_assert_ptr_null(tb[IFLA_VXLAN_GROUP]);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_GROUP6]), 16);
	ck_assert_int_eq(((uint8_t *)nla_data(tb[IFLA_VXLAN_GROUP6]))[0], 0xff);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_LOCAL6]), 16);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_VXLAN_LINK]), 3);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_TTL]), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_TOS]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_LEARNING]), 0);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_VXLAN_AGEING]), 0);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_VXLAN_LIMIT]), 100);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_PORT_RANGE]), 4);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_VXLAN_PORT_RANGE]),
				"\x00\x01\x00\x02", 4), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_PROXY]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_RSC]), 2);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_L2MISS]), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_L3MISS]), 3);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_VXLAN_PORT]), "\x12\xb5", 2), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_UDP_CSUM]), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_UDP_ZERO_CSUM6_TX]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_UDP_ZERO_CSUM6_RX]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_REMCSUM_TX]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_REMCSUM_RX]), 0);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_GBP]), 0);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_GPE]), 0);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_REMCSUM_NOPARTIAL]), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_VXLAN_COLLECT_METADATA]), 1);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_VXLAN_LABEL]),
				"\x00\x00\x30\x39", 4), 0);
	nlmsg_free(msg);

	/* getters on the parsed object */
	ck_assert_int_eq(rtnl_link_vxlan_get_id(b, &u), 0);
	ck_assert_uint_eq(u, 99);
	ck_assert_int_eq(rtnl_link_vxlan_get_group(b, &a), 0);
	ck_assert_int_eq(nl_addr_get_family(a), AF_INET6);
	ck_assert_str_eq(nl_addr2str(a, dumpbuf, sizeof(dumpbuf)), "ff05::1");
	nl_addr_put(a);
	ck_assert_int_eq(rtnl_link_vxlan_get_local(b, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, dumpbuf, sizeof(dumpbuf)), "fd00::1");
	nl_addr_put(a);
	ck_assert_int_eq(rtnl_link_vxlan_get_link(b, &u), 0);
	ck_assert_uint_eq(u, 3);
	ck_assert_int_eq(rtnl_link_vxlan_get_ttl(b), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_tos(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_learning(b), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_ageing(b, &u), 0);
	ck_assert_uint_eq(u, 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_limit(b, &u), 0);
	ck_assert_uint_eq(u, 100);
	ck_assert_int_eq(rtnl_link_vxlan_get_port_range(b, &r2), 0);
	ck_assert_uint_eq(ntohs(r2.low), 1);
	ck_assert_uint_eq(ntohs(r2.high), 2);
	ck_assert_int_eq(rtnl_link_vxlan_get_proxy(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_rsc(b), 2);
	ck_assert_int_eq(rtnl_link_vxlan_get_l2miss(b), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_l3miss(b), 3);
	ck_assert_int_eq(rtnl_link_vxlan_get_port(b, &u), 0);
	ck_assert_uint_eq(u, 4789);
	ck_assert_int_eq(rtnl_link_vxlan_get_udp_csum(b), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_udp_zero_csum6_tx(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_udp_zero_csum6_rx(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_remcsum_tx(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_remcsum_rx(b), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_flags(b, &u), 0);
	ck_assert_uint_eq(u, 7);
	ck_assert_int_eq(rtnl_link_vxlan_get_collect_metadata(b), 1);
	ck_assert_int_eq(rtnl_link_vxlan_get_label(b, &u), 0);
	ck_assert_uint_eq(u, 12345);

	/* Debian's text for this object (its dump without a link cache) */
	ck_line_ends(b, " vxlan-id 99\n");
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    vxlan-id 99\n"
		    "      group ff05::1\n"
		    "      link 3\n"
		    "      local fd00::1\n"
		    "      ttl inherit\n"
		    "      tos inherit\n"
		    "      learning disabled\n"
		    "      ageing disabled\n"
		    "      limit 100\n"
		    "      port range 1 - 2\n"
		    "      proxy enabled (0x1)\n"
		    "      rsc enabled (0x2)\n"
		    "      l2miss disabled\n"
		    "      l3miss enabled (0x3)\n"
		    "      port 4789\n"
		    "      UDP checksums disabled\n"
		    "      udp-zero-csum6-tx enabled (0x1)\n"
		    "      udp-zero-csum6-rx enabled (0x1)\n"
		    "      remcsum-tx enabled (0x1)\n"
		    "      remcsum-rx disabled\n"
		    "      gbp\n"
		    "      rncsum-nopartial\n"
		    "      remcsum-rx enabled (0x1)\n"
		    "      label 12345\n"
		    "      gpe\n");

	/* disabling a flag drops the attribute */
	ck_assert_int_eq(rtnl_link_vxlan_set_flags(b, RTNL_LINK_VXLAN_F_GBP, 0), 0);
	ck_assert_int_eq(rtnl_link_vxlan_get_flags(b, &u), 0);
	ck_assert_uint_eq(u, RTNL_LINK_VXLAN_F_GPE |
			     RTNL_LINK_VXLAN_F_REMCSUM_NOPARTIAL);
	msg = build(b);
	info_data(msg, "vxlan", tb, IFLA_VXLAN_MAX);
	ck_assert_ptr_null(tb[IFLA_VXLAN_GBP]);
	ck_assert_ptr_nonnull(tb[IFLA_VXLAN_GPE]);
	nlmsg_free(msg);

	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

START_TEST(vxlan_v4_and_errors)
{
	struct rtnl_link *l = rtnl_link_vxlan_alloc(), *b, *other;
	struct nlattr *tb[IFLA_VXLAN_MAX + 1];
	struct nl_addr *a;
	struct nl_msg *msg;
	uint32_t u;

	/* unset values */
	ck_assert_int_eq(rtnl_link_vxlan_get_id(l, &u), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_vxlan_get_id(l, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vxlan_get_ttl(l), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_vxlan_get_group(l, &a), -NLE_AGAIN);
	/* unset: -NLE_AGAIN or -NLE_NOATTR per attribute, as Debian's */
	ck_assert_int_eq(rtnl_link_vxlan_get_port(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vxlan_get_label(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vxlan_get_udp_csum(l), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vxlan_get_remcsum_rx(l), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vxlan_get_collect_metadata(l), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vxlan_get_limit(l, &u), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_vxlan_get_l3miss(l), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_vxlan_get_local(l, NULL), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vxlan_get_flags(l, &u), 0);
	ck_assert_uint_eq(u, 0);
	/* bad values */
	ck_assert_int_eq(rtnl_link_vxlan_set_id(l, VXLAN_ID_MAX + 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vxlan_set_flags(l, 8, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vxlan_set_port_range(l, NULL), -NLE_INVAL);
	a = addr("02:00:00:00:00:01", AF_LLC);
	ck_assert_int_eq(rtnl_link_vxlan_set_group(l, a), -NLE_INVAL);
	nl_addr_put(a);
	/* another kind */
	other = rtnl_link_alloc();
	ck_assert(!rtnl_link_is_vxlan(other));
	ck_assert_int_eq(rtnl_link_vxlan_set_id(other, 1), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_vxlan_get_ttl(other), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_vxlan_enable_rsc(other), -NLE_OPNOTSUPP);
	rtnl_link_put(other);

	/* the fixture's vx0, as nl-link-list --details prints it */
	rtnl_link_vxlan_set_id(l, 42);
	a = addr("10.1.0.1", AF_INET);
	rtnl_link_vxlan_set_local(l, a);
	nl_addr_put(a);
	a = addr("239.1.1.1", AF_INET);
	rtnl_link_vxlan_set_group(l, a);
	nl_addr_put(a);
	/* setting the v6 group replaces the v4 one, and back */
	a = addr("ff05::2", AF_INET6);
	rtnl_link_vxlan_set_group(l, a);
	nl_addr_put(a);
	a = addr("239.1.1.1", AF_INET);
	rtnl_link_vxlan_set_group(l, a);
	nl_addr_put(a);
	rtnl_link_vxlan_set_ttl(l, 10);
	rtnl_link_vxlan_set_tos(l, 0x10);
	rtnl_link_vxlan_enable_learning(l);
	rtnl_link_vxlan_set_ageing(l, 300);
	rtnl_link_vxlan_set_limit(l, 0);
	rtnl_link_vxlan_set_udp_csum(l, 1);

	b = roundtrip(l, &msg);
	info_data(msg, "vxlan", tb, IFLA_VXLAN_MAX);
	ck_assert_int_eq(nla_len(tb[IFLA_VXLAN_GROUP]), 4);
	ck_assert_ptr_null(tb[IFLA_VXLAN_GROUP6]);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_VXLAN_LOCAL]), "\x0a\x01\x00\x01",
				4), 0);
	ck_assert_ptr_null(tb[IFLA_VXLAN_GBP]);
	ck_assert_ptr_null(tb[IFLA_VXLAN_PORT]);
	nlmsg_free(msg);
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    vxlan-id 42\n"
		    "      group 239.1.1.1\n"
		    "      local 10.1.0.1\n"
		    "      ttl 10\n"
		    "      tos 0x10\n"
		    "      learning enabled (0x1)\n"
		    "      ageing 300 seconds\n"
		    "      limit unlimited\n"
		    "      UDP checksums enabled (0x1)\n");
	/* the stats level shows the kind's details too */
	ck_dump_has(b, NL_DUMP_STATS, "      ageing 300 seconds\n");

	/* a value differing is seen by the comparison */
	rtnl_link_vxlan_set_ttl(b, 11);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)b), 0);
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

/* Malformed kind data from a peer: refused without a crash. */
START_TEST(vxlan_bad_input)
{
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { .ifi_index = 5 };
	struct nlattr *li, *d;
	struct rtnl_link *l = rtnl_link_alloc();
	uint16_t short_id = 7;

	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put_string(msg, IFLA_INFO_KIND, "vxlan");
	d = nla_nest_start(msg, IFLA_INFO_DATA);
	nla_put(msg, IFLA_VXLAN_ID, 2, &short_id);
	nla_nest_end(msg, d);
	nla_nest_end(msg, li);
	ck_assert_int_eq(_rtnl_link_parse_ifinfo(l, nlmsg_hdr(msg)), -NLE_RANGE);
	rtnl_link_put(l);
	nlmsg_free(msg);
}
END_TEST

/* ------------------------------------------------------------------ */
/* geneve                                                               */

START_TEST(geneve)
{
	struct rtnl_link *l = rtnl_link_geneve_alloc(), *b;
	struct nlattr *tb[IFLA_GENEVE_MAX + 1];
	struct nl_addr *a;
	struct nl_msg *msg;
	uint32_t u;
	uint8_t f;

	ck_assert(rtnl_link_is_geneve(l));
	ck_assert_int_eq(rtnl_link_geneve_get_id(l, &u), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_geneve_get_ttl(l), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_geneve_get_port(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_geneve_get_udp_csum(l), -NLE_NOATTR);
	/* the port is 16 bits wide: truncated, as Debian's */
	ck_assert_int_eq(rtnl_link_geneve_set_port(l, 70000), 0);
	ck_assert_int_eq(rtnl_link_geneve_get_port(l, &u), 0);
	ck_assert_uint_eq(u, 4464);
	ck_assert_int_eq(rtnl_link_geneve_set_id(l, RTNL_GENEVE_ID_MAX + 1),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_geneve_set_flags(l, 2, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_geneve_set_id(l, 7), 0);
	a = addr("10.0.0.9", AF_INET);
	ck_assert_int_eq(rtnl_link_geneve_set_remote(l, a), 0);
	nl_addr_put(a);
	rtnl_link_geneve_set_ttl(l, 3);
	rtnl_link_geneve_set_tos(l, 0x10);
	rtnl_link_geneve_set_port(l, 6081);
	rtnl_link_geneve_set_label(l, 77);
	rtnl_link_geneve_set_udp_csum(l, 1);
	rtnl_link_geneve_set_udp_zero_csum6_tx(l, 0);
	rtnl_link_geneve_set_udp_zero_csum6_rx(l, 1);
	ck_assert_int_eq(rtnl_link_geneve_set_flags(l,
			 RTNL_LINK_GENEVE_F_COLLECT_METADATA, 1), 0);

	b = roundtrip(l, &msg);
	info_data(msg, "geneve", tb, IFLA_GENEVE_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_GENEVE_ID]), 7);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_GENEVE_REMOTE]),
				"\x0a\x00\x00\x09", 4), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_GENEVE_TTL]), 3);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_GENEVE_TOS]), 0x10);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_GENEVE_PORT]), "\x17\xc1", 2), 0);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_GENEVE_LABEL]),
				"\x00\x00\x00\x4d", 4), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_GENEVE_UDP_CSUM]), 1);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_GENEVE_UDP_ZERO_CSUM6_TX]), 0);
	ck_assert_uint_eq(nla_get_u8(tb[IFLA_GENEVE_UDP_ZERO_CSUM6_RX]), 1);
	ck_assert_ptr_nonnull(tb[IFLA_GENEVE_COLLECT_METADATA]);
	nlmsg_free(msg);

	ck_assert_int_eq(rtnl_link_geneve_get_port(b, &u), 0);
	ck_assert_uint_eq(u, 6081);
	ck_assert_int_eq(rtnl_link_geneve_get_label(b, &u), 0);
	ck_assert_uint_eq(u, 77);
	ck_assert_int_eq(rtnl_link_geneve_get_ttl(b), 3);
	ck_assert_int_eq(rtnl_link_geneve_get_tos(b), 0x10);
	ck_assert_int_eq(rtnl_link_geneve_get_udp_csum(b), 1);
	ck_assert_int_eq(rtnl_link_geneve_get_udp_zero_csum6_tx(b), 0);
	ck_assert_int_eq(rtnl_link_geneve_get_udp_zero_csum6_rx(b), 1);
	ck_assert_int_eq(rtnl_link_geneve_get_flags(b, &f), 0);
	ck_assert_uint_eq(f, RTNL_LINK_GENEVE_F_COLLECT_METADATA);
	ck_assert_int_eq(rtnl_link_geneve_get_remote(b, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, dumpbuf, sizeof(dumpbuf)), "10.0.0.9");
	nl_addr_put(a);

	ck_line_ends(b, " geneve-id 7\n");
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    geneve-id 7\n"
		    "     remote 10.0.0.9\n"
		    "      ttl 3\n"
		    "      tos 16\n"
		    "      port 6081\n"
		    "      label 77\n"
		    "      UDP checksum enabled (0x1)\n"
		    "      udp-zero-csum6-tx disabled\n"
		    "      udp-zero-csum6-rx enabled (0x1)\n"
		    "      collect-metadata\n");
	rtnl_link_put(b);

	/* IPv6 remote replaces the IPv4 one */
	a = addr("fd00::9", AF_INET6);
	ck_assert_int_eq(rtnl_link_geneve_set_remote(l, a), 0);
	nl_addr_put(a);
	rtnl_link_geneve_set_flags(l, RTNL_LINK_GENEVE_F_COLLECT_METADATA, 0);
	b = roundtrip(l, &msg);
	info_data(msg, "geneve", tb, IFLA_GENEVE_MAX);
	ck_assert_ptr_null(tb[IFLA_GENEVE_REMOTE]);
	ck_assert_int_eq(nla_len(tb[IFLA_GENEVE_REMOTE6]), 16);
	ck_assert_ptr_null(tb[IFLA_GENEVE_COLLECT_METADATA]);
	nlmsg_free(msg);
	ck_dump_has(b, NL_DUMP_DETAILS, "    geneve-id 7\n      remote fd00::9\n");
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

/* ------------------------------------------------------------------ */
/* macvlan / macvtap                                                    */

START_TEST(macvlan)
{
	struct rtnl_link *l = rtnl_link_macvlan_alloc(), *b;
	struct nlattr *tb[IFLA_MACVLAN_MAX + 1], *pos;
	const struct nl_addr *ca;
	struct nl_addr *a1 = addr("02:00:00:00:00:01", AF_LLC);
	struct nl_addr *a2 = addr("02:00:00:00:00:02", AF_LLC);
	struct nl_msg *msg;
	uint32_t u;
	int rem, n = 0;

	ck_assert(rtnl_link_is_macvlan(l));
	ck_assert(!rtnl_link_is_macvtap(l));
	/* source-address API needs source mode */
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_macvlan_set_macmode(l, MACVLAN_MACADDR_SET),
			 -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(l, &u), -NLE_INVAL);

	rtnl_link_macvlan_set_mode(l, MACVLAN_MODE_SOURCE);
	rtnl_link_macvlan_set_flags(l, MACVLAN_FLAG_NOPROMISC);
	/* the list needs a list mode first */
	ck_assert_int_eq(rtnl_link_macvlan_get_macmode(l, &u), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(l, &u), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_macvlan_set_macmode(l, MACVLAN_MACADDR_SET), 0);
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a1), 0);
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a2), 0);
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a2), 0);
	ck_assert_int_eq(rtnl_link_macvlan_del_macaddr(l, a2), 2);
	ck_assert_int_eq(rtnl_link_macvlan_add_macaddr(l, a2), 0);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(l, &u), 0);
	ck_assert_uint_eq(u, 2);

	b = roundtrip(l, &msg);
	info_data(msg, "macvlan", tb, IFLA_MACVLAN_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MACVLAN_MODE]), MACVLAN_MODE_SOURCE);
	ck_assert_uint_eq(nla_get_u16(tb[IFLA_MACVLAN_FLAGS]),
			  MACVLAN_FLAG_NOPROMISC);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MACVLAN_MACADDR_MODE]),
			  MACVLAN_MACADDR_SET);
	nla_for_each_nested(pos, tb[IFLA_MACVLAN_MACADDR_DATA], rem) {
		ck_assert_int_eq(nla_type(pos), IFLA_MACVLAN_MACADDR);
		ck_assert_int_eq(nla_len(pos), 6);
		ck_assert_int_eq(((uint8_t *)nla_data(pos))[5], n + 1);
		n++;
	}
	ck_assert_int_eq(n, 2);
	nlmsg_free(msg);

	ck_assert_uint_eq(rtnl_link_macvlan_get_mode(b), MACVLAN_MODE_SOURCE);
	ck_assert_uint_eq(rtnl_link_macvlan_get_flags(b), MACVLAN_FLAG_NOPROMISC);
	ck_assert_int_eq(rtnl_link_macvlan_get_macmode(b, &u), 0);
	ck_assert_uint_eq(u, MACVLAN_MACADDR_SET);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(b, &u), 0);
	ck_assert_uint_eq(u, 2);
	ck_assert_int_eq(rtnl_link_macvlan_get_macaddr(b, 1, &ca), 0);
	ck_assert_int_eq(nl_addr_cmp(ca, a2), 0);
	ck_assert_int_eq(rtnl_link_macvlan_get_macaddr(b, 2, &ca), -NLE_INVAL);
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    macvlan-mode source macvlan-flags nopromisc"
		    " macvlan-count 2 macvlan-sourcemac 02:00:00:00:00:01"
		    " 02:00:00:00:00:02\n");
	ck_assert_str_eq(dump(b, NL_DUMP_LINE) + strlen(dumpbuf) - 1, "\n");
	ck_assert_ptr_null(strstr(dump(b, NL_DUMP_LINE), "macvlan"));

	/* a different address list differs */
	ck_assert_int_eq(rtnl_link_macvlan_del_macaddr(b, a1), 1);
	ck_assert_int_eq(rtnl_link_macvlan_del_macaddr(b, a1), 0);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(b, &u), 0);
	ck_assert_uint_eq(u, 1);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)b), 0);
	/* leaving source mode drops the list */
	rtnl_link_macvlan_set_mode(b, MACVLAN_MODE_BRIDGE);
	ck_assert_int_eq(rtnl_link_macvlan_count_macaddr(b, &u), -NLE_INVAL);
	rtnl_link_macvlan_unset_flags(b, MACVLAN_FLAG_NOPROMISC);
	ck_dump_has(b, NL_DUMP_DETAILS, "    macvlan-mode bridge macvlan-flags \n");

	/* names, as Debian's libnl has them */
	ck_assert_str_eq(rtnl_link_macvlan_mode2str(16, dumpbuf, 64), "source");
	ck_assert_str_eq(rtnl_link_macvlan_mode2str(3, dumpbuf, 64), "0x3");
	ck_assert_int_eq(rtnl_link_macvlan_str2mode("BRIDGE"), 4);
	ck_assert_int_eq(rtnl_link_macvlan_str2mode("private"), 1);
	ck_assert_int_eq(rtnl_link_macvlan_str2mode("xx"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_link_macvlan_flags2str(1, dumpbuf, 64), "nopromisc");
	ck_assert_str_eq(rtnl_link_macvlan_flags2str(2, dumpbuf, 64), "");
	ck_assert_int_eq(rtnl_link_macvlan_str2flags("nopromisc"), 1);
	ck_assert_str_eq(rtnl_link_macvlan_macmode2str(3, dumpbuf, 64), "\"set\"");
	ck_assert_str_eq(rtnl_link_macvlan_macmode2str(4, dumpbuf, 64), "0x4");
	ck_assert_int_eq(rtnl_link_macvlan_str2macmode("\"flush\""), 2);
	ck_assert_str_eq(rtnl_link_macvtap_mode2str(8, dumpbuf, 64), "passthru");
	ck_assert_int_eq(rtnl_link_macvtap_str2mode("vepa"), 2);
	ck_assert_str_eq(rtnl_link_macvtap_flags2str(1, dumpbuf, 64), "nopromisc");
	ck_assert_int_eq(rtnl_link_macvtap_str2flags("nopromisc"), 1);

	nl_addr_put(a1);
	nl_addr_put(a2);
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

START_TEST(macvtap)
{
	struct rtnl_link *l = rtnl_link_macvtap_alloc(), *b;
	struct nlattr *tb[IFLA_MACVLAN_MAX + 1];
	struct nl_msg *msg;

	ck_assert(rtnl_link_is_macvtap(l));
	ck_assert_int_eq(rtnl_link_macvlan_set_mode(l, 1), -NLE_OPNOTSUPP);
	ck_assert_int_eq(rtnl_link_macvtap_set_mode(l, MACVLAN_MODE_PRIVATE), 0);
	ck_assert_int_eq(rtnl_link_macvtap_set_flags(l, MACVLAN_FLAG_NOPROMISC), 0);
	b = roundtrip(l, &msg);
	info_data(msg, "macvtap", tb, IFLA_MACVLAN_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_MACVLAN_MODE]), MACVLAN_MODE_PRIVATE);
	ck_assert_uint_eq(nla_get_u16(tb[IFLA_MACVLAN_FLAGS]), 1);
	nlmsg_free(msg);
	ck_assert_uint_eq(rtnl_link_macvtap_get_mode(b), MACVLAN_MODE_PRIVATE);
	ck_assert_uint_eq(rtnl_link_macvtap_get_flags(b), MACVLAN_FLAG_NOPROMISC);
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    macvtap-mode private macvtap-flags nopromisc\n");
	rtnl_link_macvtap_unset_flags(b, MACVLAN_FLAG_NOPROMISC);
	ck_assert_uint_eq(rtnl_link_macvtap_get_flags(b), 0);
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

/* ------------------------------------------------------------------ */
/* ipvlan, vrf, ppp, xfrmi, team, dummy, ifb                            */

START_TEST(ipvlan)
{
	struct rtnl_link *l = rtnl_link_ipvlan_alloc(), *b;
	struct nlattr *tb[IFLA_IPVLAN_MAX + 1];
	struct nl_msg *msg;
	uint16_t m;

	ck_assert(rtnl_link_is_ipvlan(l));
	ck_assert_int_eq(rtnl_link_ipvlan_get_mode(l, &m), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_ipvlan_set_mode(l, IPVLAN_MODE_L3), 0);
	b = roundtrip(l, &msg);
	info_data(msg, "ipvlan", tb, IFLA_IPVLAN_MAX);
	ck_assert_uint_eq(nla_get_u16(tb[IFLA_IPVLAN_MODE]), IPVLAN_MODE_L3);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_link_ipvlan_get_mode(b, &m), 0);
	ck_assert_uint_eq(m, IPVLAN_MODE_L3);
	ck_line_ends(b, " ipvlan-mode l3\n");
	ck_assert_str_eq(rtnl_link_ipvlan_mode2str(0, dumpbuf, 64), "l2");
	ck_assert_str_eq(rtnl_link_ipvlan_mode2str(2, dumpbuf, 64), "0x2");
	ck_assert_int_eq(rtnl_link_ipvlan_str2mode("l3"), 1);
	ck_assert_int_eq(rtnl_link_ipvlan_str2mode("l9"), -NLE_OBJ_NOTFOUND);
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

START_TEST(vrf)
{
	struct rtnl_link *l = rtnl_link_vrf_alloc(), *b;
	struct nlattr *tb[IFLA_VRF_MAX + 1];
	struct nl_msg *msg;
	uint32_t t;

	ck_assert(rtnl_link_is_vrf(l));
	ck_assert_int_eq(rtnl_link_vrf_get_tableid(l, &t), -NLE_AGAIN);
	ck_assert_int_eq(rtnl_link_vrf_set_tableid(l, 10), 0);
	b = roundtrip(l, &msg);
	info_data(msg, "vrf", tb, IFLA_VRF_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_VRF_TABLE]), 10);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_link_vrf_get_tableid(b, &t), 0);
	ck_assert_uint_eq(t, 10);
	ck_line_ends(b, " table-id 10\n");
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

START_TEST(ppp)
{
	struct rtnl_link *l = rtnl_link_ppp_alloc(), *b;
	struct nlattr *tb[IFLA_PPP_MAX + 1];
	struct nl_msg *msg;
	int32_t fd;

	ck_assert_str_eq(rtnl_link_get_type(l), "ppp");
	ck_assert_int_eq(rtnl_link_ppp_get_fd(l, &fd), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_ppp_set_fd(l, 5), 0);
	b = roundtrip(l, &msg);
	info_data(msg, "ppp", tb, IFLA_PPP_MAX);
	ck_assert_int_eq((int32_t)nla_get_u32(tb[IFLA_PPP_DEV_FD]), 5);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_link_ppp_get_fd(b, &fd), 0);
	ck_assert_int_eq(fd, 5);
	rtnl_link_put(b);
	rtnl_link_put(l);
	l = rtnl_link_alloc();
	ck_assert_int_eq(rtnl_link_ppp_set_fd(l, 5), -NLE_OPNOTSUPP);
	rtnl_link_put(l);
}
END_TEST

START_TEST(xfrmi)
{
	struct rtnl_link *l = rtnl_link_xfrmi_alloc(), *b;
	struct nlattr *tb[IFLA_XFRM_MAX + 1];
	struct nl_msg *msg;
	uint32_t u;

	ck_assert(rtnl_link_is_xfrmi(l));
	ck_assert_int_eq(rtnl_link_xfrmi_get_link(l, &u), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_xfrmi_get_if_id(l, &u), -NLE_NOATTR);
	rtnl_link_xfrmi_set_link(l, 2);
	rtnl_link_xfrmi_set_if_id(l, 26);
	b = roundtrip(l, &msg);
	info_data(msg, "xfrm", tb, IFLA_XFRM_MAX);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_XFRM_LINK]), 2);
	ck_assert_uint_eq(nla_get_u32(tb[IFLA_XFRM_IF_ID]), 26);
	nlmsg_free(msg);
	ck_assert_int_eq(rtnl_link_xfrmi_get_link(b, &u), 0);
	ck_assert_uint_eq(u, 2);
	ck_assert_int_eq(rtnl_link_xfrmi_get_if_id(b, &u), 0);
	ck_assert_uint_eq(u, 26);
	ck_line_ends(b, " xfrmi : x0\n");
	ck_dump_has(b, NL_DUMP_DETAILS, "      link 2\n      if_id   1a\n");
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

START_TEST(no_data_kinds)
{
	static const char *kinds[] = { "team", "dummy", "ifb" };
	struct nlattr *li[IFLA_INFO_MAX + 1];
	struct rtnl_link *l, *b;
	struct nl_msg *msg;
	unsigned int i;

	for (i = 0; i < 3; i++) {
		l = i ? rtnl_link_alloc() : rtnl_link_team_alloc();
		if (i)
			ck_assert_int_eq(rtnl_link_set_type(l, kinds[i]), 0);
		ck_assert_ptr_nonnull(l->l_info_ops);
		ck_assert_str_eq(l->l_info_ops->io_name, kinds[i]);
		b = roundtrip(l, &msg);
		ck_assert_str_eq(linkinfo(msg, li), kinds[i]);
		ck_assert_ptr_null(li[IFLA_INFO_DATA]);
		ck_assert_ptr_nonnull(b->l_info_ops);
		nlmsg_free(msg);
		rtnl_link_put(b);
		rtnl_link_put(l);
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* vlan                                                                 */

START_TEST(vlan)
{
	struct rtnl_link *l = rtnl_link_vlan_alloc(), *b;
	struct nlattr *tb[IFLA_VLAN_MAX + 1], *pos;
	struct ifla_vlan_flags fl;
	struct ifla_vlan_qos_mapping m;
	struct vlan_map *em;
	uint32_t *im;
	struct nl_msg *msg;
	int rem, n;

	ck_assert(rtnl_link_is_vlan(l));
	ck_assert_int_eq(rtnl_link_vlan_get_id(l), 0);
	ck_assert_ptr_null(rtnl_link_vlan_get_ingress_map(l));
	ck_assert_ptr_null(rtnl_link_vlan_get_egress_map(l, &n));
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 8, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, -1, 1), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 1, 8), -NLE_INVAL);

	rtnl_link_vlan_set_id(l, 100);
	rtnl_link_vlan_set_protocol(l, htons(0x88a8));
	rtnl_link_vlan_set_flags(l, VLAN_FLAG_REORDER_HDR | VLAN_FLAG_GVRP |
				    VLAN_FLAG_LOOSE_BINDING | VLAN_FLAG_MVRP |
				    VLAN_FLAG_BRIDGE_BINDING);
	rtnl_link_vlan_unset_flags(l, VLAN_FLAG_BRIDGE_BINDING);
	ck_assert_int_eq(rtnl_link_vlan_get_flags(l), 0xf);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 1, 5), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_ingress_map(l, 7, 9), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 100, 3), 0);
	ck_assert_int_eq(rtnl_link_vlan_set_egress_map(l, 200, 4), 0);

	b = roundtrip(l, &msg);
	info_data(msg, "vlan", tb, IFLA_VLAN_MAX);
	ck_assert_uint_eq(nla_get_u16(tb[IFLA_VLAN_ID]), 100);
	ck_assert_int_eq(memcmp(nla_data(tb[IFLA_VLAN_PROTOCOL]), "\x88\xa8", 2), 0);
	ck_assert_int_eq(nla_len(tb[IFLA_VLAN_FLAGS]), sizeof(fl));
	memcpy(&fl, nla_data(tb[IFLA_VLAN_FLAGS]), sizeof(fl));
	ck_assert_uint_eq(fl.flags, 0xf);
	ck_assert_uint_eq(fl.mask, 0x1f);
	n = 0;
	/* upstream's entries carry the priority (ingress) or the position
	 * (egress) as attribute type */
	nla_for_each_nested(pos, tb[IFLA_VLAN_INGRESS_QOS], rem) {
		ck_assert_int_eq(nla_type(pos), n ? 7 : 1);
		memcpy(&m, nla_data(pos), sizeof(m));
		ck_assert_uint_eq(m.from, n ? 7 : 1);
		ck_assert_uint_eq(m.to, n ? 9 : 5);
		n++;
	}
	ck_assert_int_eq(n, 2);
	n = 0;
	nla_for_each_nested(pos, tb[IFLA_VLAN_EGRESS_QOS], rem) {
		ck_assert_int_eq(nla_type(pos), n);
		memcpy(&m, nla_data(pos), sizeof(m));
		ck_assert_uint_eq(m.from, n ? 200 : 100);
		ck_assert_uint_eq(m.to, n ? 4 : 3);
		n++;
	}
	ck_assert_int_eq(n, 2);
	nlmsg_free(msg);

	ck_assert_int_eq(rtnl_link_vlan_get_id(b), 100);
	ck_assert_int_eq(rtnl_link_vlan_get_protocol(b), htons(0x88a8));
	ck_assert_int_eq(rtnl_link_vlan_get_flags(b), 0xf);
	im = rtnl_link_vlan_get_ingress_map(b);
	ck_assert_ptr_nonnull(im);
	ck_assert_uint_eq(im[1], 5);
	ck_assert_uint_eq(im[7], 9);
	ck_assert_uint_eq(im[0], 0);
	em = rtnl_link_vlan_get_egress_map(b, &n);
	ck_assert_int_eq(n, 2);
	ck_assert_uint_eq(em[1].vm_from, 200);
	ck_assert_uint_eq(em[1].vm_to, 4);

	ck_line_ends(b, " vlan-id 100\n");
	ck_dump_has(b, NL_DUMP_DETAILS,
		    "    vlan-info id 100 <reorder_hdr,gvrp,loose_binding,mvrp>"
		    "    vlan protocol <34984>\n"
		    "      ingress vlan prio -> qos/socket prio mapping:\n"
		    "      1 -> 0x000005, 7 -> 0x000009, \n"
		    "      egress qos/socket prio -> vlan prio mapping:\n");

	/* a different egress map differs */
	rtnl_link_vlan_set_egress_map(b, 300, 1);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)b), 0);

	ck_assert_str_eq(rtnl_link_vlan_flags2str(0x1f, dumpbuf, 128),
			 "reorder_hdr,gvrp,loose_binding,mvrp,bridge_binding");
	ck_assert_int_eq(rtnl_link_vlan_str2flags("gvrp,mvrp"), 10);
	rtnl_link_put(b);
	rtnl_link_put(l);
}
END_TEST

/* ------------------------------------------------------------------ */
/* veth                                                                 */

START_TEST(veth)
{
	struct rtnl_link *l = rtnl_link_veth_alloc(), *peer, *b, *bp;
	struct nlattr *tb[VETH_INFO_MAX + 1], *ptb[IFLA_MAX + 1];
	struct nl_addr *a = addr("02:00:00:00:01:01", AF_LLC);
	struct nl_msg *msg;

	ck_assert(rtnl_link_is_veth(l));
	peer = rtnl_link_veth_get_peer(l);
	ck_assert_ptr_nonnull(peer);
	/* the peer is a veth too, whose peer is the link */
	ck_assert(rtnl_link_is_veth(peer));
	bp = rtnl_link_veth_get_peer(peer);
	ck_assert_ptr_eq(bp, l);
	rtnl_link_put(bp);
	rtnl_link_set_name(peer, "peer0");
	rtnl_link_set_addr(peer, a);
	rtnl_link_set_mtu(peer, 1400);
	nl_addr_put(a);

	b = roundtrip(l, &msg);
	info_data(msg, "veth", tb, VETH_INFO_MAX);
	ck_assert_ptr_nonnull(tb[VETH_INFO_PEER]);
	ck_assert_int_ge(nla_len(tb[VETH_INFO_PEER]), (int)sizeof(struct ifinfomsg));
	ck_assert_int_eq(nla_parse(ptb, IFLA_MAX,
			 (struct nlattr *)((char *)nla_data(tb[VETH_INFO_PEER]) +
					   sizeof(struct ifinfomsg)),
			 nla_len(tb[VETH_INFO_PEER]) - (int)sizeof(struct ifinfomsg),
			 NULL), 0);
	ck_assert_str_eq(nla_data(ptb[IFLA_IFNAME]), "peer0");
	ck_assert_uint_eq(nla_get_u32(ptb[IFLA_MTU]), 1400);
	ck_assert_int_eq(nla_len(ptb[IFLA_ADDRESS]), 6);
	nlmsg_free(msg);

	bp = rtnl_link_veth_get_peer(b);
	ck_assert_ptr_nonnull(bp);
	ck_assert_str_eq(rtnl_link_get_name(bp), "peer0");
	ck_assert(rtnl_link_is_veth(bp));
	{
		struct rtnl_link *c, *cp, *cpp;

		/* a clone owns a copy of the peer, which points back to it */
		c = (struct rtnl_link *)nl_object_clone((struct nl_object *)b);
		cp = rtnl_link_veth_get_peer(c);
		ck_assert_ptr_nonnull(cp);
		ck_assert_ptr_ne(cp, bp);
		ck_assert_str_eq(rtnl_link_get_name(cp), "peer0");
		cpp = rtnl_link_veth_get_peer(cp);
		ck_assert_ptr_eq(cpp, c);
		rtnl_link_put(cpp);
		/* the owner gone, the peer kept by us forgets it */
		rtnl_link_put(c);
		ck_assert_ptr_null(rtnl_link_veth_get_peer(cp));
		ck_assert_ptr_null(strstr(dump(cp, NL_DUMP_DETAILS), "veth-peer"));
		rtnl_link_put(cp);
	}
	ck_assert_uint_eq(rtnl_link_get_mtu(bp), 1400);
	ck_dump_has(b, NL_DUMP_DETAILS, "    veth-peer peer0\n");

	/* a different peer differs */
	rtnl_link_set_mtu(bp, 1300);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)b), 0);
	rtnl_link_put(bp);
	rtnl_link_put(peer);
	rtnl_link_put(b);
	rtnl_link_veth_release(l);
}
END_TEST

/* A veth as the kernel lists it: no peer.  Nothing crashes. */
START_TEST(veth_without_peer)
{
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct ifinfomsg ifi = { .ifi_index = 3 };
	struct rtnl_link *l = rtnl_link_alloc(), *c;
	struct nlattr *li, *d, *p;

	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put_string(msg, IFLA_IFNAME, "veth0");
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put_string(msg, IFLA_INFO_KIND, "veth");
	nla_nest_end(msg, li);
	ck_assert_int_eq(_rtnl_link_parse_ifinfo(l, nlmsg_hdr(msg)), 0);
	ck_assert(rtnl_link_is_veth(l));
	ck_assert_ptr_null(rtnl_link_veth_get_peer(l));
	ck_assert_ptr_null(strstr(dump(l, NL_DUMP_STATS), "veth-peer"));
	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)l);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	rtnl_link_put(c);
	rtnl_link_put(l);
	nlmsg_free(msg);

	/* a peer shorter than its ifinfomsg is refused */
	msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	l = rtnl_link_alloc();
	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	li = nla_nest_start(msg, IFLA_LINKINFO);
	nla_put_string(msg, IFLA_INFO_KIND, "veth");
	d = nla_nest_start(msg, IFLA_INFO_DATA);
	p = nla_nest_start(msg, VETH_INFO_PEER);
	nla_put_u32(msg, 1, 0);
	nla_nest_end(msg, p);
	nla_nest_end(msg, d);
	nla_nest_end(msg, li);
	ck_assert_int_eq(_rtnl_link_parse_ifinfo(l, nlmsg_hdr(msg)),
			 -NLE_MSG_TOOSHORT);
	rtnl_link_put(l);
	nlmsg_free(msg);

	ck_assert_ptr_null(rtnl_link_veth_get_peer(NULL));
	rtnl_link_veth_release(NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Requests sent by rtnl_link_team_add() and rtnl_link_veth_add()       */

static struct nl_sock *inj_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nltest_batch b;

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nltest_batch_init(&b);
	nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, 0, RTM_NEWLINK);
	nltest_inj_push(sk, &b);
	nltest_batch_clear(&b);
	return sk;
}

/* tb[] of the attributes of a sent RTM_NEWLINK */
static void sent_attrs(struct nl_sock *sk, struct nlattr **tb)
{
	const struct nlmsghdr *req = nltest_inj_last_request(sk);

	ck_assert_ptr_nonnull(req);
	ck_assert_int_eq(req->nlmsg_type, RTM_NEWLINK);
	ck_assert(req->nlmsg_flags & NLM_F_CREATE);
	ck_assert_int_eq(nlmsg_parse((struct nlmsghdr *)req,
				     sizeof(struct ifinfomsg), tb, IFLA_MAX,
				     NULL), 0);
}

START_TEST(add_requests)
{
	struct nlattr *tb[IFLA_MAX + 1], *li[IFLA_INFO_MAX + 1];
	struct nlattr *vt[VETH_INFO_MAX + 1], *pt[IFLA_MAX + 1], *pd;
	struct nl_sock *sk = inj_sock();
	struct rtnl_link *opts;

	ck_assert_int_eq(rtnl_link_team_add(sk, "team7", NULL), 0);
	sent_attrs(sk, tb);
	ck_assert_str_eq(nla_data(tb[IFLA_IFNAME]), "team7");
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_str_eq(nla_data(li[IFLA_INFO_KIND]), "team");
	ck_assert_int_eq(nltest_inj_pending(sk), 0);
	nltest_inj_detach(sk);
	nl_socket_free(sk);

	/* of opts only the name is used, and only without name; opts is
	 * left as it was (as upstream) */
	sk = inj_sock();
	opts = rtnl_link_alloc();
	rtnl_link_set_mtu(opts, 1280);
	rtnl_link_set_name(opts, "optsname");
	ck_assert_int_eq(rtnl_link_team_add(sk, "team8", opts), 0);
	sent_attrs(sk, tb);
	ck_assert_str_eq(nla_data(tb[IFLA_IFNAME]), "team8");
	ck_assert_ptr_null(tb[IFLA_MTU]);
	ck_assert_str_eq(rtnl_link_get_name(opts), "optsname");
	ck_assert_ptr_null(rtnl_link_get_type(opts));
	ck_assert_int_eq(rtnl_link_team_add(sk, NULL, opts), 0);
	sent_attrs(sk, tb);
	ck_assert_str_eq(nla_data(tb[IFLA_IFNAME]), "optsname");
	ck_assert_ptr_null(tb[IFLA_MTU]);
	rtnl_link_put(opts);
	nltest_inj_detach(sk);
	nl_socket_free(sk);

	/* veth: both names, the peer moved to process 4242's namespace */
	sk = inj_sock();
	ck_assert_int_eq(rtnl_link_veth_add(sk, "va", "vb", 4242), 0);
	sent_attrs(sk, tb);
	ck_assert(nltest_inj_last_request(sk)->nlmsg_flags & NLM_F_EXCL);
	ck_assert_str_eq(nla_data(tb[IFLA_IFNAME]), "va");
	ck_assert_ptr_null(tb[IFLA_NET_NS_PID]);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_str_eq(nla_data(li[IFLA_INFO_KIND]), "veth");
	ck_assert_int_eq(nla_parse_nested(vt, VETH_INFO_MAX, li[IFLA_INFO_DATA],
					  NULL), 0);
	pd = vt[VETH_INFO_PEER];
	ck_assert_ptr_nonnull(pd);
	ck_assert_int_eq(nla_parse(pt, IFLA_MAX,
			 (struct nlattr *)((char *)nla_data(pd) +
					   sizeof(struct ifinfomsg)),
			 nla_len(pd) - (int)sizeof(struct ifinfomsg), NULL), 0);
	ck_assert_str_eq(nla_data(pt[IFLA_IFNAME]), "vb");
	ck_assert_uint_eq(nla_get_u32(pt[IFLA_NET_NS_PID]), 4242);
	nltest_inj_detach(sk);
	nl_socket_free(sk);

	/* without a pid the peer stays here */
	sk = inj_sock();
	ck_assert_int_eq(rtnl_link_veth_add(sk, "va", "vb", 0), 0);
	sent_attrs(sk, tb);
	ck_assert_int_eq(nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO],
					  NULL), 0);
	ck_assert_int_eq(nla_parse_nested(vt, VETH_INFO_MAX, li[IFLA_INFO_DATA],
					  NULL), 0);
	pd = vt[VETH_INFO_PEER];
	ck_assert_int_eq(nla_parse(pt, IFLA_MAX,
			 (struct nlattr *)((char *)nla_data(pd) +
					   sizeof(struct ifinfomsg)),
			 nla_len(pd) - (int)sizeof(struct ifinfomsg), NULL), 0);
	ck_assert_ptr_null(pt[IFLA_NET_NS_PID]);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}
END_TEST

static Suite *kinds_a_suite(void)
{
	Suite *s = suite_create("kinds-a-msg");
	TCase *tc = tcase_create("kinds");

	tcase_add_test(tc, vxlan_full);
	tcase_add_test(tc, vxlan_v4_and_errors);
	tcase_add_test(tc, vxlan_bad_input);
	tcase_add_test(tc, geneve);
	tcase_add_test(tc, macvlan);
	tcase_add_test(tc, macvtap);
	tcase_add_test(tc, ipvlan);
	tcase_add_test(tc, vrf);
	tcase_add_test(tc, ppp);
	tcase_add_test(tc, xfrmi);
	tcase_add_test(tc, no_data_kinds);
	tcase_add_test(tc, vlan);
	tcase_add_test(tc, veth);
	tcase_add_test(tc, veth_without_peer);
	tcase_add_test(tc, add_requests);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(kinds_a_suite)
