/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Behaviour of upstream libnl 3.12 that programs rely on, in libnl-3 and
 * the function-like macros of the headers: addresses (the expectations
 * of upstream's own address test and the "default" keywords), attributes
 * and messages, the local port pool of sockets.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include <netinet/in.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/route/addr.h>
/* these two bring in <linux/fib_rules.h> and <linux/in_route.h> */
#include <netlink/route/rule.h>
#include <netlink/route/route.h>
#include <netlink/route/tc.h>
#include <netlink/netfilter/nfnl.h>
#include <netlink/fib_lookup/request.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/family.h>

/* ------------------------------------------------------------------ */
/* Function-like macros and the kernel headers public headers include   */

START_TEST(header_macros)
{
	struct flnl_request *req = flnl_request_alloc();
	void *p = req;

	ck_assert_uint_eq(TC_HANDLE(1, 2), 0x00010002u);
	ck_assert_uint_eq(TC_HANDLE(0xffffu, 0xffffu), 0xffffffffu);
	ck_assert_int_eq(NFNLMSG_TYPE(3, 4), 772);
	ck_assert_ptr_eq(REQUEST_CAST(p), req);
	/* through netlink/route/rule.h and netlink/route/route.h */
	ck_assert_int_eq(FRA_TABLE, 15);
	ck_assert_int_eq(FIB_RULE_INVERT, 2);
	ck_assert_uint_eq(RTCF_DOREDIRECT, 0x01000000u);
	nl_object_put((struct nl_object *)req);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Addresses                                                            */

/* "default", "any" and "all": the zero address of the family, full
 * length, prefix 0, equal to 0.0.0.0/0 (or ::/0). */
START_TEST(addr_keywords)
{
	static const char *const kw[] = { "default", "any", "all", "DEFAULT" };
	static const struct {
		int hint, family;
		unsigned int len;
	} t[] = {
		{ AF_UNSPEC, AF_INET, 4 },
		{ AF_INET, AF_INET, 4 },
		{ AF_INET6, AF_INET6, 16 },
		{ AF_LLC, AF_LLC, 6 },
		{ AF_MPLS, 0, 0 },
		{ AF_DECnet, 0, 0 },
		{ AF_BRIDGE, 0, 0 },
	};
	struct nl_addr *a, *z4 = NULL, *z6 = NULL;
	unsigned int i, j;
	char buf[64];

	ck_assert_int_eq(nl_addr_parse("0.0.0.0/0", AF_INET, &z4), 0);
	ck_assert_int_eq(nl_addr_parse("::/0", AF_INET6, &z6), 0);
	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++) {
		for (j = 0; j < sizeof(t) / sizeof(t[0]); j++) {
			a = NULL;
			if (!t[j].family) {
				ck_assert_int_eq(nl_addr_parse(kw[i], t[j].hint,
							       &a),
						 -NLE_AF_NOSUPPORT);
				ck_assert_ptr_null(a);
				continue;
			}
			ck_assert_int_eq(nl_addr_parse(kw[i], t[j].hint, &a),
					 0);
			ck_assert_int_eq(nl_addr_get_family(a), t[j].family);
			ck_assert_uint_eq(nl_addr_get_len(a), t[j].len);
			ck_assert_uint_eq(nl_addr_get_prefixlen(a), 0);
			ck_assert_int_ne(nl_addr_iszero(a), 0);
			if (t[j].family == AF_INET)
				ck_assert_int_eq(nl_addr_cmp(a, z4), 0);
			if (t[j].family == AF_INET6)
				ck_assert_int_eq(nl_addr_cmp(a, z6), 0);
			nl_addr_put(a);
		}
	}
	ck_assert_int_eq(nl_addr_parse("default", AF_INET, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "0.0.0.0/0");
	nl_addr_put(a);
	ck_assert_int_eq(nl_addr_parse("any", AF_INET6, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "::/0");
	nl_addr_put(a);
	/* a prefix length still applies */
	ck_assert_int_eq(nl_addr_parse("default/8", AF_INET, &a), 0);
	ck_assert_uint_eq(nl_addr_get_len(a), 4);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 8);
	nl_addr_put(a);
	/* "none" stays an empty address of the hint's family */
	ck_assert_int_eq(nl_addr_parse("none", AF_INET6, &a), 0);
	ck_assert_int_eq(nl_addr_get_family(a), AF_INET6);
	ck_assert_uint_eq(nl_addr_get_len(a), 0);
	nl_addr_put(a);
	nl_addr_put(z4);
	nl_addr_put(z6);
}
END_TEST

/* Upstream's own address test, in our words. */
START_TEST(addr_upstream_core)
{
	struct nl_addr *a, *b, *c;
	unsigned char b4[4] = { 1, 2, 3, 4 }, b6[6] = { 1, 2, 3, 4, 5, 6 };
	struct sockaddr_in sin;
	struct sockaddr_in6 sin6;
	socklen_t len;
	struct addrinfo *ai;
	char buf[128];

	a = nl_addr_alloc(16);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_ne(nl_addr_iszero(a), 0);
	ck_assert_int_eq(nl_addr_get_family(a), AF_UNSPEC);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 0);
	ck_assert_int_eq(nl_addr_shared(a), 0);
	ck_assert_ptr_eq(nl_addr_get(a), a);
	ck_assert_int_ne(nl_addr_shared(a), 0);
	nl_addr_put(a);
	ck_assert_int_eq(nl_addr_shared(a), 0);
	ck_assert_int_ne(nl_addr_fill_sockaddr(a, NULL, 0), 0);
	nl_addr_put(a);

	a = nl_addr_alloc(4);
	ck_assert_int_ge(nl_addr_set_binary_addr(a, b4, 4), 0);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 0);
	ck_assert_uint_eq(nl_addr_get_len(a), 4);
	ck_assert_int_ne(nl_addr_set_binary_addr(a, b6, 6), 0);
	ck_assert_uint_eq(nl_addr_get_len(a), 4);
	ck_assert_int_eq(nl_addr_guess_family(a), AF_INET);
	ck_assert_int_eq(memcmp(b4, nl_addr_get_binary_addr(a), 4), 0);
	b = nl_addr_build(AF_UNSPEC, b4, 4);
	ck_assert_ptr_nonnull(b);
	nl_addr_set_prefixlen(a, 32);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 32);
	ck_assert_int_eq(nl_addr_cmp(a, b), 0);
	nl_addr_put(a);
	nl_addr_put(b);

	ck_assert_int_ne(nl_addr_parse("10.0.0.1/16", AF_INET6, &a), 0);
	ck_assert_int_eq(nl_addr_parse("10.0.0.1/16", AF_UNSPEC, &a), 0);
	ck_assert_int_eq(nl_addr_get_family(a), AF_INET);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 16);
	ck_assert_int_eq(nl_addr_iszero(a), 0);
	c = nl_addr_clone(a);
	ck_assert_int_eq(nl_addr_cmp(a, c), 0);
	len = sizeof(sin);
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *)&sin,
					       &len), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "10.0.0.1/16");
	nl_addr_put(a);
	nl_addr_put(c);

	ck_assert_int_ne(nl_addr_parse("2001:1:2::3/64", AF_INET, &a), 0);
	ck_assert_int_eq(nl_addr_parse("2001:1:2::3/64", AF_UNSPEC, &a), 0);
	ck_assert_int_eq(nl_addr_get_family(a), AF_INET6);
	ck_assert_uint_eq(nl_addr_get_prefixlen(a), 64);
	c = nl_addr_clone(a);
	ck_assert_int_eq(nl_addr_cmp(a, c), 0);
	len = sizeof(sin6);
	ck_assert_int_eq(nl_addr_fill_sockaddr(a, (struct sockaddr *)&sin6,
					       &len), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "2001:1:2::3/64");
	nl_addr_put(a);
	nl_addr_put(c);

	ck_assert_int_eq(nl_addr_parse("127.0.0.1", AF_UNSPEC, &a), 0);
	ck_assert_int_eq(nl_addr_info(a, &ai), 0);
	freeaddrinfo(ai);
	nl_addr_put(a);

	rtnl_addr_flags2str(IFA_F_TENTATIVE | IFA_F_DADFAILED, buf,
			    sizeof(buf));
	ck_assert_str_eq(buf, "dadfailed,tentative");
	ck_assert_int_eq(rtnl_addr_str2flags(buf),
			 IFA_F_TENTATIVE | IFA_F_DADFAILED);
}
END_TEST

/* Two empty addresses of one family compare equal whatever their prefix
 * lengths; otherwise the prefix length counts after the bytes. */
START_TEST(addr_cmp_empty)
{
	struct nl_addr *a = nl_addr_alloc(0), *b = nl_addr_alloc(0);
	struct nl_addr *c = NULL, *d = NULL;

	nl_addr_set_family(a, AF_INET);
	nl_addr_set_family(b, AF_INET);
	nl_addr_set_prefixlen(b, 8);
	ck_assert_int_eq(nl_addr_cmp(a, b), 0);
	nl_addr_set_family(b, AF_INET6);
	ck_assert_int_lt(nl_addr_cmp(a, b), 0);
	ck_assert_int_eq(nl_addr_parse("10.0.0.1/8", AF_INET, &c), 0);
	ck_assert_int_eq(nl_addr_parse("10.0.0.1/16", AF_INET, &d), 0);
	ck_assert_int_lt(nl_addr_cmp(c, d), 0);
	ck_assert_int_gt(nl_addr_cmp(d, c), 0);
	nl_addr_put(a);
	nl_addr_put(b);
	nl_addr_put(c);
	nl_addr_put(d);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Attributes and messages: upstream's attribute test                   */

START_TEST(attr_upstream_core)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *a;
	int i, rem;

	ck_assert_int_eq(nla_attr_size(0), NLA_HDRLEN);
	for (i = 1; i <= 4; i++) {
		ck_assert_int_eq(nla_attr_size(i), NLA_HDRLEN + i);
		ck_assert_int_eq(nla_total_size(i), NLA_HDRLEN + 4);
	}
	ck_assert_int_eq(nla_padlen(1), 3);
	ck_assert_int_eq(nla_padlen(2), 2);
	ck_assert_int_eq(nla_padlen(3), 1);
	ck_assert_int_eq(nla_padlen(4), 0);
	ck_assert_int_eq(nla_padlen(5), 3);

	/* 255 attributes in one default sized message */
	for (i = 1; i < 256; i++)
		ck_assert_int_eq(nla_put_u32(msg, i, (uint32_t)i + 1), 0);
	i = 1;
	nlmsg_for_each_attr(a, nlmsg_hdr(msg), 0, rem) {
		ck_assert_int_eq(nla_type(a), i);
		i++;
		ck_assert_uint_eq(nla_get_u32(a), (uint32_t)i);
	}
	ck_assert_int_eq(i, 256);
	nlmsg_free(msg);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Generic netlink messages and families (as Debian's 3.7)             */

START_TEST(genl_messages)
{
	static const unsigned char want[] = { 0x03, 0x01, 0, 0, 0, 0, 0, 0 };
	struct nl_msg *m = nlmsg_alloc();
	struct genl_family *f = genl_family_alloc();
	struct nlmsghdr *h;
	struct genlmsghdr *g;
	struct nlattr *tb[4];
	void *user;

	user = genlmsg_put(m, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL, 4,
			   NLM_F_DUMP, CTRL_CMD_GETFAMILY, 1);
	h = nlmsg_hdr(m);
	g = nlmsg_data(h);
	/* the user header follows the generic one */
	ck_assert_ptr_eq(user, (char *)h + NLMSG_HDRLEN + GENL_HDRLEN);
	ck_assert_uint_eq(h->nlmsg_len, NLMSG_HDRLEN + GENL_HDRLEN + 4);
	ck_assert_uint_eq(h->nlmsg_type, GENL_ID_CTRL);
	ck_assert_uint_eq(h->nlmsg_flags, NLM_F_DUMP);
	ck_assert_int_eq(memcmp(g, want, sizeof(want)), 0);
	ck_assert_int_eq(genlmsg_valid_hdr(h, 4), 1);
	ck_assert_int_eq(genlmsg_valid_hdr(h, 8), 0);
	ck_assert_int_eq(genlmsg_attrlen(g, 0), 4);
	ck_assert_int_eq(genlmsg_attrlen(g, 4), 0);
	ck_assert_int_eq(genlmsg_len(g), 4);
	ck_assert_int_eq(nla_put_u32(m, 1, 7), 0);
	h = nlmsg_hdr(m);
	g = nlmsg_data(h);
	ck_assert_int_eq(genlmsg_attrlen(g, 4), 8);
	ck_assert_int_eq(genlmsg_len(g), 12);
	ck_assert_int_eq(genlmsg_user_datalen(g, 4), 8);
	ck_assert_int_eq(genlmsg_parse(h, 4, tb, 3, NULL), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 7);
	ck_assert_int_eq(genlmsg_parse(h, 64, tb, 3, NULL),
			 -NLE_MSG_TOOSHORT);
	nlmsg_free(m);

	/* an empty family; names are cut to GENL_NAMSIZ - 1 */
	ck_assert_uint_eq(genl_family_get_id(f), 0);
	ck_assert_ptr_null(genl_family_get_name(f));
	ck_assert_int_eq(genl_family_get_version(f), 0);
	ck_assert_int_eq(genl_family_get_hdrsize(f), 0);
	ck_assert_int_eq(genl_family_get_maxattr(f), 0);
	genl_family_set_name(f, "0123456789012345678901234567890123456789");
	ck_assert_str_eq(genl_family_get_name(f), "012345678901234");
	ck_assert_int_eq(genl_family_add_op(f, 3, 0x0f), 0);
	ck_assert_int_eq(genl_family_add_grp(f, 7, "grp"), 0);
	genl_family_put(f);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Sockets: the process's pool of local ports                           */

#define POOL 1024

START_TEST(local_port_pool)
{
	struct nl_sock **s = calloc(POOL + 2, sizeof(*s));
	uint32_t port;
	int i;

	for (i = 0; i < POOL; i++) {
		s[i] = nl_socket_alloc();
		ck_assert_ptr_nonnull(s[i]);
		port = nl_socket_get_local_port(s[i]);
		ck_assert_uint_ne(port, 0);
		ck_assert_uint_ne(port, UINT32_MAX);
	}
	/* the pool is used up */
	s[POOL] = nl_socket_alloc();
	ck_assert_ptr_nonnull(s[POOL]);
	ck_assert_uint_eq(nl_socket_get_local_port(s[POOL]), UINT32_MAX);
	/* such a socket still connects; the kernel picks its port */
	if (nl_connect(s[POOL], NETLINK_ROUTE) == 0) {
		port = nl_socket_get_local_port(s[POOL]);
		ck_assert_uint_ne(port, 0);
		ck_assert_uint_ne(port, UINT32_MAX);
	}
	/* a port given back serves the next socket */
	port = nl_socket_get_local_port(s[7]);
	nl_socket_free(s[7]);
	s[7] = NULL;
	s[POOL + 1] = nl_socket_alloc();
	ck_assert_uint_eq(nl_socket_get_local_port(s[POOL + 1]), port);
	for (i = 0; i < POOL + 2; i++)
		nl_socket_free(s[i]);
	free(s);
}
END_TEST

static Suite *parity_core_suite(void)
{
	Suite *s = suite_create("parity-core");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, header_macros);
	tcase_add_test(tc, addr_keywords);
	tcase_add_test(tc, addr_upstream_core);
	tcase_add_test(tc, addr_cmp_empty);
	tcase_add_test(tc, attr_upstream_core);
	tcase_add_test(tc, genl_messages);
	tcase_add_test(tc, local_port_pool);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(parity_core_suite)
