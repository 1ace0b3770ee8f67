/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract addresses: nl_addr_parse() on every notation (with the exact
 * family, length, prefix, bytes and printed form, and the exact error
 * codes of bad input), nl_addr2str() of built addresses, comparisons,
 * validity, socket addresses, getaddrinfo/getnameinfo wrappers, family
 * names and reference counting.  Expected values were taken from the
 * reference library's behaviour.
 */

#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/errno.h>

#include "nltest.h"

#ifndef AF_MPLS
#define AF_MPLS 28
#endif

struct parse_case {
	const char *str;
	int hint;
	int err;		/* expected return */
	int family;
	unsigned int len;
	unsigned int prefixlen;
	const char *printed;
	const char *hex;	/* bytes, or NULL to skip */
};

static const struct parse_case parse_cases[] = {
	/* IPv4 */
	{ "127.0.0.1", AF_UNSPEC, 0, AF_INET, 4, 32, "127.0.0.1", "7f000001" },
	{ "127.0.0.1", AF_INET, 0, AF_INET, 4, 32, "127.0.0.1", NULL },
	{ "10.0.0.1/24", AF_UNSPEC, 0, AF_INET, 4, 24, "10.0.0.1/24", "0a000001" },
	{ "10.0.0.1/33", AF_INET, 0, AF_INET, 4, 33, "10.0.0.1/33", NULL },
	{ "10.0.0.1/-1", AF_INET, 0, AF_INET, 4, 4294967295u, "10.0.0.1/4294967295", NULL },
	{ "10.0.0.1/08", AF_INET, 0, AF_INET, 4, 0, "10.0.0.1/0", NULL },
	{ "10.0.0.1/ 8", AF_INET, 0, AF_INET, 4, 8, "10.0.0.1/8", NULL },
	{ "10.0.0.1/24/3", AF_INET, 0, AF_INET, 4, 24, "10.0.0.1/24", NULL },
	{ "1.2.3.4/24 ", AF_UNSPEC, 0, AF_INET, 4, 24, "1.2.3.4/24", NULL },
	{ "0.0.0.0/32", AF_INET, 0, AF_INET, 4, 32, "0.0.0.0", "00000000" },
	{ "0.0.0.0/0", AF_INET, 0, AF_INET, 4, 0, "0.0.0.0/0", NULL },
	{ "10.0.0.1/abc", AF_UNSPEC, -NLE_INVAL },
	{ "10.0.0.1/", AF_INET, -NLE_INVAL },
	{ "256.0.0.1", AF_UNSPEC, -NLE_NOADDR },
	{ "127.0.0.1", AF_INET6, -NLE_NOADDR },
	{ "127.0.0.1", AF_LLC, -NLE_NOADDR },
	{ "127.0.0.1", AF_MPLS, -NLE_INVAL },
	{ "127.0.0.1", AF_PACKET, -NLE_NOADDR },
	{ "1.2.3.4 ", AF_INET, -NLE_NOADDR },
	/* IPv6 */
	{ "::", AF_UNSPEC, 0, AF_INET6, 16, 128, "::", "00000000000000000000000000000000" },
	{ "::1", AF_INET6, 0, AF_INET6, 16, 128, "::1", "00000000000000000000000000000001" },
	{ "fe80::1/64", AF_UNSPEC, 0, AF_INET6, 16, 64, "fe80::1/64", NULL },
	{ "fe80::1/128", AF_INET6, 0, AF_INET6, 16, 128, "fe80::1", NULL },
	{ "::ffff:1.2.3.4", AF_UNSPEC, 0, AF_INET6, 16, 128, "::ffff:1.2.3.4", NULL },
	{ "1:2:3:4:5:6:7:8", AF_UNSPEC, 0, AF_INET6, 16, 128, "1:2:3:4:5:6:7:8", NULL },
	{ "aa::bb", AF_UNSPEC, 0, AF_INET6, 16, 128, "aa::bb", NULL },
	{ "fe80::1", AF_INET, -NLE_NOADDR },
	{ "1::2::3", AF_UNSPEC, -NLE_INVAL },
	{ "1::2::3", AF_INET6, -NLE_NOADDR },
	/* keywords: the zero address of the family, prefix 0 */
	{ "default", AF_UNSPEC, 0, AF_INET, 4, 0, "0.0.0.0/0", "00000000" },
	{ "any", AF_INET6, 0, AF_INET6, 16, 0, "::/0",
	  "00000000000000000000000000000000" },
	{ "ALL", AF_LLC, 0, AF_LLC, 6, 0, "00:00:00:00:00:00/0",
	  "000000000000" },
	{ "Any", AF_INET, 0, AF_INET, 4, 0, "0.0.0.0/0", "00000000" },
	{ "default/8", AF_UNSPEC, 0, AF_INET, 4, 8, "0.0.0.0/8", "00000000" },
	{ "default", AF_MPLS, -NLE_AF_NOSUPPORT },
	{ "default", AF_DECnet, -NLE_AF_NOSUPPORT },
	{ "any", AF_PACKET, -NLE_AF_NOSUPPORT },
	{ "default/8", AF_MPLS, -NLE_INVAL },
	{ "none", AF_UNSPEC, 0, AF_UNSPEC, 0, 0, "none", "" },
	{ "none", AF_MPLS, 0, AF_MPLS, 0, 0, "none", "" },
	{ "none", 99, 0, 99, 0, 0, "none", "" },
	{ "none/16", AF_INET, 0, AF_INET, 0, 16, "none/16", "" },
	{ "none/16", AF_MPLS, -NLE_INVAL },
	/* link layer */
	{ "00:11:22:33:44:55", AF_UNSPEC, 0, AF_LLC, 6, 48, "00:11:22:33:44:55", "001122334455" },
	{ "0:1:2:3:4:5", AF_LLC, 0, AF_LLC, 6, 48, "00:01:02:03:04:05", NULL },
	{ "aa:bb:cc:dd:ee:ff/24", AF_LLC, 0, AF_LLC, 6, 24, "aa:bb:cc:dd:ee:ff/24", NULL },
	{ "1:2:3:4:5:6:7:8:9", AF_UNSPEC, 0, AF_LLC, 6, 48, "01:02:03:04:05:06", NULL },
	{ "1:2:3:4:5:6:7:8", AF_LLC, 0, AF_LLC, 6, 48, "01:02:03:04:05:06", NULL },
	{ "aa:bb:cc:dd:ee:ffx", AF_LLC, 0, AF_LLC, 6, 48, "aa:bb:cc:dd:ee:ff", NULL },
	{ "aa:bb", AF_LLC, -NLE_NOADDR },
	{ "g0:00", AF_LLC, -NLE_NOADDR },
	/* AF_UNSPEC hex bytes */
	{ "aa:bb", AF_UNSPEC, 0, AF_UNSPEC, 2, 16, "aa:bb", "aabb" },
	{ "a:b:c", AF_UNSPEC, 0, AF_UNSPEC, 3, 24, "0a:0b:0c", "0a0b0c" },
	{ "de:ad:be:ef", AF_UNSPEC, 0, AF_UNSPEC, 4, 32, "de:ad:be:ef", NULL },
	{ "12:34/8", AF_UNSPEC, 0, AF_UNSPEC, 2, 8, "12:34/8", NULL },
	{ "-1:2", AF_UNSPEC, 0, AF_UNSPEC, 2, 16, "ff:02", NULL },
	{ "0x1:2", AF_UNSPEC, 0, AF_UNSPEC, 2, 16, "01:02", NULL },
	{ "aaa:bb", AF_UNSPEC, -NLE_INVAL },
	{ "100:200", AF_UNSPEC, -NLE_INVAL },
	{ "aa:bb:", AF_UNSPEC, -NLE_INVAL },
	{ ":aa", AF_UNSPEC, -NLE_INVAL },
	{ "a :b", AF_UNSPEC, -NLE_INVAL },
	{ "g0:00", AF_UNSPEC, -NLE_INVAL },
	{ "aa", AF_UNSPEC, -NLE_NOADDR },
	{ "deadbeef", AF_UNSPEC, -NLE_NOADDR },
	/* DECnet */
	{ "10.1", AF_UNSPEC, 0, AF_DECnet, 2, 16, "10.1", "0128" },
	{ "63.1023", AF_DECnet, 0, AF_DECnet, 2, 16, "63.1023", "ffff" },
	{ "1.2.3", AF_UNSPEC, 0, AF_DECnet, 2, 16, "1.2", NULL },
	{ "01.010", AF_DECnet, 0, AF_DECnet, 2, 16, "1.10", NULL },
	{ "1.2.3.4 ", AF_UNSPEC, 0, AF_DECnet, 2, 16, "1.2", NULL },
	{ "10.0.0.1/24", AF_DECnet, 0, AF_DECnet, 2, 24, "10.0/24", NULL },
	{ "64.0", AF_DECnet, -NLE_NOADDR },
	{ "0.1024", AF_UNSPEC, -NLE_NOADDR },
	{ "1.", AF_DECnet, -NLE_NOADDR },
	{ "1. 2", AF_DECnet, -NLE_NOADDR },
	{ " 1.2.3.4", AF_UNSPEC, -NLE_NOADDR },
	{ "10", AF_UNSPEC, -NLE_NOADDR },
	/* MPLS label stacks */
	{ "100", AF_MPLS, 0, AF_MPLS, 4, 20, "100", "00064100" },
	{ "100/200", AF_MPLS, 0, AF_MPLS, 8, 20, "100/200", "00064000000c8100" },
	{ "100/200/300", AF_MPLS, 0, AF_MPLS, 12, 20, "100/200/300", NULL },
	{ "0x10", AF_MPLS, 0, AF_MPLS, 4, 20, "16", "00010100" },
	{ "1048575", AF_MPLS, 0, AF_MPLS, 4, 20, "1048575", "fffff100" },
	{ "0/0", AF_MPLS, 0, AF_MPLS, 8, 20, "0/0", NULL },
	{ " 5", AF_MPLS, 0, AF_MPLS, 4, 20, "5", NULL },
	{ "1048576", AF_MPLS, -NLE_INVAL },
	{ "-1", AF_MPLS, -NLE_INVAL },
	{ "5 ", AF_MPLS, -NLE_INVAL },
	{ "100//200", AF_MPLS, -NLE_INVAL },
	{ "100/", AF_MPLS, -NLE_INVAL },
	{ "", AF_MPLS, -NLE_INVAL },
	{ "100", AF_UNSPEC, -NLE_NOADDR },
	/* nonsense */
	{ "", AF_UNSPEC, -NLE_NOADDR },
	{ "/", AF_UNSPEC, -NLE_NOADDR },
	{ "/100", AF_UNSPEC, -NLE_NOADDR },
	{ "x", AF_INET, -NLE_NOADDR },
	{ "localhost", AF_UNSPEC, -NLE_NOADDR },
};

static void hex_of(const struct nl_addr *a, char *out)
{
	const unsigned char *p = nl_addr_get_binary_addr(a);
	unsigned int i;

	out[0] = '\0';
	for (i = 0; i < nl_addr_get_len(a); i++)
		sprintf(out + 2 * i, "%02x", p[i]);
}

START_TEST(test_parse_table)
{
	const struct parse_case *c = &parse_cases[_i];
	struct nl_addr *a = NULL;
	char buf[512], hex[600];
	int err;

	err = nl_addr_parse(c->str, c->hint, &a);
	ck_assert_msg(err == c->err, "parse(\"%s\", %d) = %d, want %d", c->str,
		      c->hint, err, c->err);
	if (c->err) {
		ck_assert_ptr_null(a);
		return;
	}

	ck_assert_int_eq(nl_addr_get_family(a), c->family);
	ck_assert_uint_eq(nl_addr_get_len(a), c->len);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), c->prefixlen);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), c->printed);
	if (c->hex) {
		hex_of(a, hex);
		ck_assert_str_eq(hex, c->hex);
	}
	ck_assert(!nl_addr_shared(a));
	nl_addr_put(a);
}
END_TEST

START_TEST(test_parse_mpls_limit)
{
	char s[1024] = "";
	struct nl_addr *a = NULL;
	int i;

	for (i = 1; i <= 64; i++)
		sprintf(s + strlen(s), "%s%d", i > 1 ? "/" : "", i);
	ck_assert_int_eq(nl_addr_parse(s, AF_MPLS, &a), 0);
	ck_assert_uint_eq(nl_addr_get_len(a), 256);
	nl_addr_put(a);

	strcat(s, "/65");
	ck_assert_int_eq(nl_addr_parse(s, AF_MPLS, &a), -NLE_INVAL);
}
END_TEST

/* Printing of built addresses, including lengths that do not fit the
 * family: never reads past the bytes held. */
START_TEST(test_print_built)
{
	static const unsigned char b[20] = { 0x00, 0x11, 0x22, 0x33, 0x44,
					     0x55, 0x66, 0x77, 0x88, 0x99 };
	static const unsigned char dn[4] = { 0x01, 0x04, 5, 6 };
	static const unsigned char mpls2[8] = { 0x00, 0x06, 0x41, 0x00,
						0x00, 0x0c, 0x81, 0x00 };
	struct nl_addr *a;
	char buf[128];

	a = nl_addr_build(AF_INET, b, 2);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "0.17.0.0");
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 16);
	nl_addr_set_prefixlen(a, 5);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "0.17.0.0/5");
	nl_addr_put(a);

	a = nl_addr_build(AF_INET, b, 6);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "0.17.34.51");
	ck_assert_int_eq(nl_addr_guess_family(a), AF_LLC);
	nl_addr_put(a);

	a = nl_addr_build(AF_INET6, b, 6);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "11:2233:4455::");
	nl_addr_put(a);

	a = nl_addr_build(AF_PACKET, b, 3);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "00:11:22");
	nl_addr_put(a);

	a = nl_addr_build(AF_BRIDGE, NULL, 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "none");
	nl_addr_set_prefixlen(a, 5);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "none/5");
	ck_assert(nl_addr_iszero(a));
	nl_addr_put(a);

	a = nl_addr_build(AF_DECnet, dn, 2);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "1.1");
	nl_addr_put(a);
	a = nl_addr_build(AF_DECnet, dn, 1);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "none");
	nl_addr_put(a);

	/* MPLS: stops at the bottom of stack entry, never prints a prefix */
	a = nl_addr_build(AF_MPLS, mpls2, 8);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 20);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "100");
	nl_addr_put(a);
	a = nl_addr_build(AF_MPLS, b, 8);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "274/279894");
	nl_addr_put(a);
	a = nl_addr_build(AF_MPLS, mpls2, 3);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "100");
	nl_addr_put(a);

	/* truncation */
	ck_assert_int_eq(nl_addr_parse("aa:bb:cc", AF_UNSPEC, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, 5), "aa:b");
	memset(buf, 'x', sizeof(buf));
	nl_addr2str(a, buf, 0);
	ck_assert_int_eq(buf[0], 'x');
	nl_addr_put(a);
}
END_TEST

static int sgn(int v)
{
	return v < 0 ? -1 : v > 0;
}

START_TEST(test_compare)
{
	static const struct {
		const char *a, *b;
		int cmp, cmp_prefix;
	} cases[] = {
		{ "10.0.0.1", "10.0.0.1", 0, 0 },
		{ "10.0.0.1", "10.0.0.2", -1, -1 },
		{ "10.0.0.1", "10.0.0.1/24", 1, 0 },
		{ "10.0.0.1", "10.0.1.1/16", -1, 0 },
		{ "10.0.0.1", "::1", -1, -1 },
		{ "10.0.0.1", "aa:bb", 1, 1 },
		{ "10.255.0.0", "10.0.0.0/8", 1, 0 },
		{ "10.0.0.0/8", "10.0.0.1/24", -1, 0 },
		{ "10.0.0.1/24", "10.0.0.2", -1, 0 },
		{ "10.128.0.0/9", "10.0.0.0/9", 1, 1 },
		{ "10.0.0.0/9", "10.127.0.0/9", -1, 0 },
		{ "aa:bb", "aa:bb", 0, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct nl_addr *a, *b;

		ck_assert_int_eq(nl_addr_parse(cases[i].a, AF_UNSPEC, &a), 0);
		ck_assert_int_eq(nl_addr_parse(cases[i].b, AF_UNSPEC, &b), 0);
		ck_assert_msg(sgn(nl_addr_cmp(a, b)) == cases[i].cmp,
			      "cmp %s %s", cases[i].a, cases[i].b);
		ck_assert_msg(sgn(nl_addr_cmp_prefix(a, b)) ==
				      cases[i].cmp_prefix,
			      "cmp_prefix %s %s", cases[i].a, cases[i].b);
		nl_addr_put(a);
		nl_addr_put(b);
	}
}
END_TEST

START_TEST(test_valid)
{
	static const struct {
		const char *s;
		int family, valid;
	} cases[] = {
		{ "10.0.0.1", AF_INET, 1 },
		{ "10.0.0.1/24", AF_INET, 0 },
		{ "256.0.0.1", AF_INET, 0 },
		{ "::1", AF_INET6, 1 },
		{ "::/0", AF_INET6, 0 },
		{ "10.1", AF_DECnet, 1 },
		{ "128.0.0.0/1", AF_DECnet, 0 },
		{ "10", AF_DECnet, 0 },
		{ "100/200", AF_MPLS, 1 },
		{ "1048576", AF_MPLS, 0 },
		{ "none", AF_MPLS, 0 },
		{ "00:11:22:33:44:55", AF_LLC, 0 },
		{ "anything", AF_UNSPEC, 1 },
		{ "", AF_PACKET, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(nl_addr_valid(cases[i].s, cases[i].family) ==
				      cases[i].valid,
			      "valid(%s, %d)", cases[i].s, cases[i].family);
}
END_TEST

START_TEST(test_guess_iszero)
{
	static const unsigned char zero[20];
	static const int lens[] = { 0, 1, 4, 6, 8, 16, 20 };
	static const int fams[] = { AF_UNSPEC, AF_UNSPEC, AF_INET, AF_LLC,
				    AF_UNSPEC, AF_INET6, AF_UNSPEC };
	size_t i;

	for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		struct nl_addr *a = nl_addr_build(AF_PACKET, zero, lens[i]);

		ck_assert_int_eq(nl_addr_guess_family(a), fams[i]);
		ck_assert(nl_addr_iszero(a));
		nl_addr_put(a);
	}

	{
		struct nl_addr *a;

		ck_assert_int_eq(nl_addr_parse("0.0.0.1", AF_INET, &a), 0);
		ck_assert(!nl_addr_iszero(a));
		nl_addr_put(a);
	}
}
END_TEST

START_TEST(test_sockaddr)
{
	struct sockaddr_storage ss;
	struct sockaddr_in *sin = (struct sockaddr_in *) &ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *) &ss;
	struct addrinfo *ai = NULL;
	struct nl_addr *a;
	socklen_t len;

	ck_assert_int_eq(nl_addr_parse("10.1.2.3/8", AF_INET, &a), 0);
	len = sizeof(ss);
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *) &ss, &len), 0);
	ck_assert_uint_eq(len, sizeof(struct sockaddr_in));
	ck_assert_int_eq(sin->sin_family, AF_INET);
	ck_assert_uint_eq(ntohl(sin->sin_addr.s_addr), 0x0a010203);
	len = 4;
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *) &ss, &len), -NLE_INVAL);
	ck_assert_uint_eq(len, 4);
	/* "10.1.2.3/8" is no numeric host for getaddrinfo */
	ck_assert_int_eq(nl_addr_info(a, &ai), -NLE_OBJ_NOTFOUND);
	nl_addr_put(a);

	ck_assert_int_eq(nl_addr_parse("fe80::1", AF_INET6, &a), 0);
	len = sizeof(ss);
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *) &ss, &len), 0);
	ck_assert_uint_eq(len, sizeof(struct sockaddr_in6));
	ck_assert_int_eq(sin6->sin6_family, AF_INET6);
	ck_assert_int_eq(sin6->sin6_addr.s6_addr[0], 0xfe);
	ck_assert_int_eq(sin6->sin6_addr.s6_addr[15], 1);
	ck_assert_int_eq(nl_addr_info(a, &ai), 0);
	ck_assert_ptr_nonnull(ai);
	ck_assert_int_eq(ai->ai_family, AF_INET6);
	freeaddrinfo(ai);
	nl_addr_put(a);

	ck_assert_int_eq(nl_addr_parse("00:11:22:33:44:55", AF_LLC, &a), 0);
	len = sizeof(ss);
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *) &ss, &len), -NLE_INVAL);
	ck_assert_int_eq(nl_addr_info(a, &ai), -NLE_AF_NOSUPPORT);
	ck_assert_int_eq(nl_addr_resolve(a, (char *) &ss, 64), -NLE_INVAL);
	nl_addr_put(a);

	ck_assert_int_eq(nl_addr_parse("aa:bb", AF_UNSPEC, &a), 0);
	ck_assert_int_eq(nl_addr_info(a, &ai), -NLE_OBJ_NOTFOUND);
	nl_addr_put(a);

	ck_assert_int_eq(nl_addr_parse("100", AF_MPLS, &a), 0);
	ck_assert_int_eq(nl_addr_info(a, &ai), -NLE_AF_NOSUPPORT);
	nl_addr_put(a);
}
END_TEST

START_TEST(test_resolve_localhost)
{
	char host[256];
	struct nl_addr *a;

	ck_assert_int_eq(nl_addr_parse("127.0.0.1", AF_UNSPEC, &a), 0);
	if (nl_addr_resolve(a, host, sizeof(host)) == 0)
		ck_assert(strlen(host) > 0);
	nl_addr_put(a);
}
END_TEST

START_TEST(test_accessors_refcount)
{
	struct nl_addr *a, *c;
	struct nl_msg *msg;
	struct nlattr *nla;

	a = nl_addr_alloc(4);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(nl_addr_get_family(a), AF_UNSPEC);
	ck_assert_uint_eq(nl_addr_get_len(a), 0);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 0);
	ck_assert_int_eq(nl_addr_set_binary_addr(a, "abcd", 4), 0);
	ck_assert_int_eq(nl_addr_set_binary_addr(a, "abcde", 5), -NLE_RANGE);
	ck_assert_uint_eq(nl_addr_get_len(a), 4);
	ck_assert_mem_eq(nl_addr_get_binary_addr(a), "abcd", 4);
	nl_addr_set_family(a, AF_INET);
	ck_assert_int_eq(nl_addr_get_family(a), AF_INET);

	c = nl_addr_clone(a);
	ck_assert_int_eq(nl_addr_cmp(a, c), 0);
	ck_assert_int_eq(nl_addr_get_family(c), AF_INET);
	ck_assert(!nl_addr_shared(a));
	ck_assert_ptr_eq(nl_addr_get(a), a);
	ck_assert(nl_addr_shared(a));
	nl_addr_put(a);
	ck_assert(!nl_addr_shared(a));
	nl_addr_put(a);
	nl_addr_put(c);
	nl_addr_put(NULL);

	msg = nlmsg_alloc();
	nla = nla_reserve(msg, 1, 6);
	memcpy(nla_data(nla), "\1\2\3\4\5\6", 6);
	a = nl_addr_alloc_attr(nla, AF_INET);
	ck_assert_uint_eq(nl_addr_get_len(a), 6);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 48);
	ck_assert_str_eq(nl_addr2str(a, (char[32]){ 0 }, 32), "1.2.3.4");
	nl_addr_put(a);
	ck_assert_ptr_null(nl_addr_alloc_attr(NULL, AF_INET));
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_af_names)
{
	char buf[32];

	ck_assert_str_eq(nl_af2str(AF_INET, buf, sizeof(buf)), "inet");
	ck_assert_str_eq(nl_af2str(AF_INET6, buf, sizeof(buf)), "inet6");
	ck_assert_str_eq(nl_af2str(AF_UNSPEC, buf, sizeof(buf)), "unspec");
	ck_assert_str_eq(nl_af2str(AF_MPLS, buf, sizeof(buf)), "mpls");
	ck_assert_str_eq(nl_af2str(AF_VSOCK, buf, sizeof(buf)), "vsock");
	ck_assert_str_eq(nl_af2str(27, buf, sizeof(buf)), "0x1b");
	ck_assert_str_eq(nl_af2str(-1, buf, sizeof(buf)), "0xffffffff");
	ck_assert_str_eq(nl_af2str(AF_INET6, buf, 4), "ine");

	ck_assert_int_eq(nl_str2af("inet"), AF_INET);
	ck_assert_int_eq(nl_str2af("INET6"), AF_INET6);
	ck_assert_int_eq(nl_str2af("llc"), AF_LLC);
	ck_assert_int_eq(nl_str2af("0x2"), 2);
	ck_assert_int_eq(nl_str2af("2"), 2);
	ck_assert_int_eq(nl_str2af("foo"), -EINVAL);
	ck_assert_int_eq(nl_str2af(""), -EINVAL);
	ck_assert_int_eq(nl_str2af("inet6 "), -EINVAL);
}
END_TEST

static Suite *addr_suite(void)
{
	Suite *s = suite_create("addr");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_parse_table, 0,
			    sizeof(parse_cases) / sizeof(parse_cases[0]));
	tcase_add_test(tc, test_parse_mpls_limit);
	tcase_add_test(tc, test_print_built);
	tcase_add_test(tc, test_compare);
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_guess_iszero);
	tcase_add_test(tc, test_sockaddr);
	tcase_add_test(tc, test_resolve_localhost);
	tcase_add_test(tc, test_accessors_refcount);
	tcase_add_test(tc, test_af_names);
	suite_add_tcase(s, tc);

	return s;
}

NLTEST_MAIN(addr_suite)
