/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Messages: size arithmetic, the nl_msg buffer (alloc, reserve, append,
 * expand, put), walking with nlmsg_ok/nlmsg_next, parsing, type and flag
 * names, and nl_msg_dump() compared byte for byte with what upstream
 * prints (texts captured from Debian's libnl-3).
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/genetlink.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/object.h>

#include "nl-private/core.h"
#include "nltest.h"

/* Messages for the dump tests; each builder returns a message to dump. */
static void put_hdr(struct nl_msg *m, int len)
{
	char b[64];
	int i;

	memset(b, 0, sizeof(b));
	for (i = 0; i < len; i++)
		b[i] = 'A' + i;
	nlmsg_append(m, b, len, NLMSG_ALIGNTO);
}

static struct nl_msg *case_attrs(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, NLM_F_REQUEST | NLM_F_ACK |
						      NLM_F_ECHO | NLM_F_MULTI);
	struct nlattr *n, *n2;

	nlmsg_hdr(m)->nlmsg_seq = 4294967295u;
	nlmsg_hdr(m)->nlmsg_pid = 123456;
	put_hdr(m, 8);
	nla_put_string(m, 1, "a fairly long string value for hexdump");
	nla_put_flag(m, 2);
	n = nla_nest_start(m, 3);
	nla_put_u64(m, 1, 0x1122334455667788ull);
	n2 = nla_nest_start(m, 2);
	nla_put_string(m, 7, "0123456789abcdefXYZ");
	nla_nest_end(m, n2);
	nla_put_u16(m, 3, 0xffff);
	nla_nest_end(m, n);
	n = nla_nest_start(m, 4);
	nla_nest_end_keep_empty(m, n);
	nla_put_u32(m, 0x1234, 1);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_short_payload(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(41, 0);

	put_hdr(m, 4);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_leftover(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(41, 0);
	char g[6] = { 0x20, 0, 1, 0, 'x', 'y' };

	put_hdr(m, 8);
	nla_put_u8(m, 5, 9);
	nlmsg_append(m, g, 6, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_unknown_type(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(99, NLM_F_REPLACE | NLM_F_EXCL);

	put_hdr(m, 20);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_done(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(NLMSG_DONE, NLM_F_MULTI);
	int z = 0;

	nlmsg_append(m, &z, 4, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_error(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(NLMSG_ERROR, 0x300);
	char buf[64];
	struct nlmsgerr *e = (void *)buf;

	memset(buf, 0, sizeof(buf));
	e->error = -EPERM;
	e->msg.nlmsg_len = 16 + 12;
	e->msg.nlmsg_type = 40;
	e->msg.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_ROOT;
	e->msg.nlmsg_seq = 77;
	e->msg.nlmsg_pid = 88;
	memcpy(buf + sizeof(*e), "\x08\0\x01\0abcd\x05\0\x02\0", 12);
	nlmsg_append(m, buf, sizeof(*e) + 12, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_error_short(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(NLMSG_ERROR, 0);
	int z = -2;

	nlmsg_append(m, &z, 4, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_error_unknown(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(NLMSG_ERROR, 0);
	struct nlmsgerr e;

	memset(&e, 0, sizeof(e));
	e.error = -4000;
	nlmsg_append(m, &e, sizeof(e), 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_genl_noops(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(GENL_ID_CTRL, NLM_F_REQUEST);
	struct genlmsghdr g = { .cmd = 3, .version = 2, .reserved = 5 };

	nlmsg_append(m, &g, sizeof(g), 0);
	nla_put_u32(m, 1, 5);
	nlmsg_set_proto(m, NETLINK_GENERIC);
	return m;
}

static struct nl_msg *case_genl_short(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(GENL_ID_CTRL, NLM_F_REQUEST);
	char c[2] = { 1, 2 };

	nlmsg_append(m, c, 2, 0);
	nlmsg_set_proto(m, NETLINK_GENERIC);
	return m;
}

static struct nl_msg *case_genl_ops(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(0x30, 0);
	char b[12] = { 1, 2, 0, 0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h' };

	nlmsg_append(m, b, 12, 0);
	nla_put_u8(m, 1, 1);
	nlmsg_set_proto(m, NETLINK_GENERIC);
	return m;
}

static struct nl_msg *case_unpadded_end(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0);
	char g[8] = { 5, 0, 1, 0, 'q', 0, 0, 0 };

	put_hdr(m, 8);
	nlmsg_append(m, g, 5, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_empty_attr(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0);
	char g[12] = { 4, 0, 9, 0, 8, 0, 3, 0, 1, 2, 3, 4 };

	put_hdr(m, 8);
	nlmsg_append(m, g, 12, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_nested_bad(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0);
	char g[16] = { 9, 0, 1, 0x80, 5, 0, 2, 0, 'z', 0x77, 0x77, 0x77 };

	put_hdr(m, 8);
	nlmsg_append(m, g, 12, 0);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_flags(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0xffff);

	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_bogus_len(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0);

	put_hdr(m, 8);
	nla_put_u8(m, 1, 1);
	nlmsg_hdr(m)->nlmsg_len = 1000;
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_deep(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(40, 0);
	struct nlattr *n[11];
	int i;

	for (i = 0; i < 11; i++)
		n[i] = nla_nest_start(m, i + 1);
	nla_put_u32(m, 5, 0x41424344);
	for (i = 10; i >= 0; i--)
		nla_nest_end(m, n[i]);
	nlmsg_set_proto(m, 23);
	return m;
}

static struct nl_msg *case_short_len(void)
{
	struct nl_msg *m = nlmsg_alloc_simple(2, 0);

	nlmsg_hdr(m)->nlmsg_len = 4;
	nlmsg_set_proto(m, 99);
	return m;
}

static const struct dump_case {
	const char *name;
	struct nl_msg *(*build)(void);
} dump_cases[] = {
	{ "attrs", case_attrs },
	{ "short_payload", case_short_payload },
	{ "leftover", case_leftover },
	{ "unknown_type", case_unknown_type },
	{ "done", case_done },
	{ "error", case_error },
	{ "error_short", case_error_short },
	{ "error_unknown", case_error_unknown },
	{ "genl_noops", case_genl_noops },
	{ "genl_short", case_genl_short },
	{ "genl_ops", case_genl_ops },
	{ "unpadded_end", case_unpadded_end },
	{ "empty_attr", case_empty_attr },
	{ "nested_bad", case_nested_bad },
	{ "flags", case_flags },
	{ "bogus_len", case_bogus_len },
	{ "deep", case_deep },
	{ "short_len", case_short_len },
};

/* Expected nl_msg_dump() output, as Debian's libnl-3 3.7 prints it. */
static const char *const dump_expected[] = {
	/* attrs */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 136\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 15 <REQUEST,MULTI,ACK,ECHO>\n"
	"    .seq = -1\n"
	"    .port = 123456\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 01] 39 octets\n"
	"    61 20 66 61 69 72 6c 79 20 6c 6f 6e 67 20 73 74 a fairly long st\n"
	"    72 69 6e 67 20 76 61 6c 75 65 20 66 6f 72 20 68 ring value for h\n"
	"    65 78 64 75 6d 70 00                            exdump.\n"
	"  [PADDING] 1 octets\n"
	"    00                                              .\n"
	"  [ATTR 02] 0 octets\n"
	"      [ATTR 03 NESTED] 48 octets\n"
	"    [ATTR 01] 8 octets\n"
	"      88 77 66 55 44 33 22 11                   .wfUD3\".\n"
	"    [ATTR 02 NESTED] 24 octets\n"
	"      [ATTR 07] 20 octets\n"
	"        30 31 32 33 34 35 36 37 38 39 61 62 0123456789ab\n"
	"        63 64 65 66 58 59 5a 00             cdefXYZ.\n"
	"    [ATTR 03] 2 octets\n"
	"      ff ff                                     ..\n"
	"    [PADDING] 2 octets\n"
	"      00 00                                     ..\n"
	"  [ATTR 04 NESTED] 0 octets\n"
	"  [ATTR 4660] 4 octets\n"
	"    01 00 00 00                                     ....\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* short_payload */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 20\n"
	"    .type = 41 <test/thing::del>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 4 octets\n"
	"    41 42 43 44                                     ABCD\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* leftover */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 38\n"
	"    .type = 41 <test/thing::del>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 05] 1 octets\n"
	"    09                                              .\n"
	"  [PADDING] 3 octets\n"
	"    00 00 00                                        ...\n"
	"  [LEFTOVER] 6 octets\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* unknown_type */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 36\n"
	"    .type = 99 <0x63>\n"
	"    .flags = 768 <ROOT,MATCH>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 20 octets\n"
	"    41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 ABCDEFGHIJKLMNOP\n"
	"    51 52 53 54                                     QRST\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* done */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 20\n"
	"    .type = 3 <DONE>\n"
	"    .flags = 2 <MULTI>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 4 octets\n"
	"    00 00 00 00                                     ....\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* error */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 48\n"
	"    .type = 2 <ERROR>\n"
	"    .flags = 768 <ROOT,MATCH>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [ERRORMSG] 20 octets\n"
	"    .error = -1 \"Operation not permitted\"\n"
	"  [ORIGINAL MESSAGE] 16 octets\n"
	"    .nlmsg_len = 16\n"
	"    .type = 40 <0x28>\n"
	"    .flags = 261 <REQUEST,ACK,ROOT>\n"
	"    .seq = 77\n"
	"    .port = 88\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* error_short */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 20\n"
	"    .type = 2 <ERROR>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [ERRORMSG] 20 octets\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* error_unknown */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 36\n"
	"    .type = 2 <ERROR>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [ERRORMSG] 20 octets\n"
	"    .error = -4000 \"Unknown error 4000\"\n"
	"  [ORIGINAL MESSAGE] 16 octets\n"
	"    .nlmsg_len = 16\n"
	"    .type = 0 <0x0>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* genl_noops */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 28\n"
	"    .type = 16 <0x10>\n"
	"    .flags = 1 <REQUEST>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [GENERIC NETLINK HEADER] 4 octets\n"
	"    .cmd = 3\n"
	"    .version = 2\n"
	"    .unused = 0x5\n"
	"  [PAYLOAD] 8 octets\n"
	"    08 00 01 00 05 00 00 00                         ........\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* genl_short */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 18\n"
	"    .type = 16 <0x10>\n"
	"    .flags = 1 <REQUEST>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 2 octets\n"
	"    01 02                                           ..\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* genl_ops */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 36\n"
	"    .type = 48 <test/genl::fam>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [GENERIC NETLINK HEADER] 4 octets\n"
	"    .cmd = 1\n"
	"    .version = 2\n"
	"    .unused = 0\n"
	"  [HEADER] 8 octets\n"
	"    61 62 63 64 65 66 67 68                         abcdefgh\n"
	"  [ATTR 01] 1 octets\n"
	"    01                                              .\n"
	"  [PADDING] 3 octets\n"
	"    00 00 00                                        ...\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* unpadded_end */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 29\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 01] 1 octets\n"
	"    71                                              q\n"
	"  [PADDING] 3 octets\n"
	"    00 00 00                                        ...\n"
	"  [LEFTOVER] -3 octets\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* empty_attr */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 36\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 09] 0 octets\n"
	"      [ATTR 03] 4 octets\n"
	"    01 02 03 04                                     ....\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* nested_bad */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 36\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 01 NESTED] 5 octets\n"
	"    [ATTR 02] 1 octets\n"
	"      7a                                        z\n"
	"    [PADDING] 3 octets\n"
	"      77 77 77                                  www\n"
	"    [LEFTOVER] -3 octets\n"
	"  [PADDING] 3 octets\n"
	"    77 77 77                                        www\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* flags */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 16\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 65535 <REQUEST,MULTI,ACK,ECHO,ROOT,MATCH,ATOMIC,APPEND,0xf0f0>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* bogus_len */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 1000\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    41 42 43 44 45 46 47 48                         ABCDEFGH\n"
	"  [ATTR 01] 1 octets\n"
	"    01                                              .\n"
	"  [PADDING] 3 octets\n"
	"    00 00 00                                        ...\n"
	"  [LEFTOVER] 968 octets\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* deep */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 68\n"
	"    .type = 40 <test/thing::new>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [PAYLOAD] 8 octets\n"
	"    34 00 01 80 30 00 02 80                         4...0...\n"
	"  [ATTR 03 NESTED] 40 octets\n"
	"    [ATTR 04 NESTED] 36 octets\n"
	"      [ATTR 05 NESTED] 32 octets\n"
	"        [ATTR 06 NESTED] 28 octets\n"
	"          [ATTR 07 NESTED] 24 octets\n"
	"            [ATTR 08 NESTED] 20 octets\n"
	"              [ATTR 09 NESTED] 16 octets\n"
	"                [ATTR 10 NESTED] 12 octets\n"
	"                  [ATTR 11 NESTED] 8 octets\n"
	"                    [ATTR 05] 4 octets\n"
	"                      44 D\n"
	"                      43 C\n"
	"                      42 B\n"
	"                      41 A\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
	/* short_len */
	"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
	"  [NETLINK HEADER] 16 octets\n"
	"    .nlmsg_len = 4\n"
	"    .type = 2 <ERROR>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"  [ERRORMSG] 20 octets\n"
	"    .error = 0 \"Success\"\n"
	"  [ORIGINAL MESSAGE] 16 octets\n"
	"    .nlmsg_len = 16\n"
	"    .type = 0 <0x0>\n"
	"    .flags = 0 <>\n"
	"    .seq = 0\n"
	"    .port = 0\n"
	"---------------------------  END NETLINK MESSAGE   ---------------------------\n",
};

struct test_obj {
	NLHDR_COMMON
};

static struct nl_object_ops test_obj_ops = {
	.oo_name = "test/obj",
	.oo_size = sizeof(struct test_obj),
};

/* A cache type with an 8 byte family header on protocol 23. */
static struct nl_cache_ops test_ops = {
	.co_name = "test/thing",
	.co_hdrsize = 8,
	.co_protocol = 23,
	.co_msgtypes = {
		{ 40, NL_ACT_NEW, "new" },
		{ 41, NL_ACT_DEL, "del" },
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &test_obj_ops,
};

/* A generic netlink cache type with an 8 byte user header. */
static struct nl_cache_ops test_genl_ops = {
	.co_name = "test/genl",
	.co_hdrsize = GENL_HDRLEN + 8,
	.co_protocol = NETLINK_GENERIC,
	.co_msgtypes = {
		{ 0x30, NL_ACT_NEW, "fam" },
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &test_obj_ops,
};

static char *dump_to_string(struct nl_msg *msg)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(f);
	nl_msg_dump(msg, f);
	fclose(f);
	return buf;
}

START_TEST(test_dump_cases)
{
	struct nl_msg *msg;
	char *out;

	ck_assert_int_eq(ARRAY_SIZE(dump_cases), ARRAY_SIZE(dump_expected));
	ck_assert_int_eq(nl_cache_mngt_register(&test_ops), 0);
	ck_assert_int_eq(nl_cache_mngt_register(&test_genl_ops), 0);

	msg = dump_cases[_i].build();
	ck_assert_ptr_nonnull(msg);
	out = dump_to_string(msg);
	if (strcmp(out, dump_expected[_i]))
		ck_abort_msg("dump case %s differs:\n--- got:\n%s--- expected:\n%s",
			     dump_cases[_i].name, out, dump_expected[_i]);
	free(out);
	nlmsg_free(msg);

	nl_cache_mngt_unregister(&test_genl_ops);
	nl_cache_mngt_unregister(&test_ops);
}
END_TEST

/* Without a cache type, only the header and a hex payload are shown. */
START_TEST(test_dump_no_ops)
{
	struct nl_msg *msg = nlmsg_alloc_simple(40, 0);
	char *out;

	nlmsg_append(msg, "0123456789abcdef", 16, 0);
	nlmsg_set_proto(msg, 24);
	out = dump_to_string(msg);
	ck_assert_str_eq(out,
		"--------------------------   BEGIN NETLINK MESSAGE ---------------------------\n"
		"  [NETLINK HEADER] 16 octets\n"
		"    .nlmsg_len = 32\n"
		"    .type = 40 <0x28>\n"
		"    .flags = 0 <>\n"
		"    .seq = 0\n"
		"    .port = 0\n"
		"  [PAYLOAD] 16 octets\n"
		"    30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66 0123456789abcdef\n"
		"---------------------------  END NETLINK MESSAGE   ---------------------------\n");
	free(out);
	nlmsg_free(msg);
}
END_TEST

/* Lengths that point far past the buffer are not followed. */
START_TEST(test_dump_bounded)
{
	struct nl_msg *msg = nlmsg_alloc_size(64);
	struct nlattr *nla;
	char *out;

	nlmsg_hdr(msg)->nlmsg_type = 40;
	nlmsg_set_proto(msg, 23);
	ck_assert_int_eq(nl_cache_mngt_register(&test_ops), 0);
	ck_assert_int_eq(nlmsg_append(msg, "ABCDEFGH", 8, 0), 0);
	nla = nla_reserve(msg, 1, 4);
	ck_assert_ptr_nonnull(nla);
	nla->nla_len = 60000;
	nlmsg_hdr(msg)->nlmsg_len = 100000;
	out = dump_to_string(msg);
	ck_assert_ptr_nonnull(strstr(out, "    .nlmsg_len = 100000\n"));
	ck_assert_ptr_nonnull(strstr(out, "  [LEFTOVER] 40 octets\n"));
	free(out);
	nlmsg_free(msg);
	nl_cache_mngt_unregister(&test_ops);
}
END_TEST

START_TEST(test_sizes)
{
	ck_assert_int_eq(nlmsg_size(3), 19);
	ck_assert_int_eq(nlmsg_total_size(3), 20);
	ck_assert_int_eq(nlmsg_padlen(3), 1);
	ck_assert_int_eq(nlmsg_total_size(0), 16);
	ck_assert_int_eq(nlmsg_padlen(4), 0);
	ck_assert_int_eq(nlmsg_size(-20), -4);
	ck_assert_int_eq(nlmsg_total_size(-20), -4);
	ck_assert_int_eq(nlmsg_padlen(-20), 0);
}
END_TEST

START_TEST(test_alloc_defaults)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	ck_assert_uint_eq(nlmsg_get_max_size(msg), (size_t)sysconf(_SC_PAGESIZE));
	ck_assert_uint_eq(nlh->nlmsg_len, 16);
	ck_assert_uint_eq(nlh->nlmsg_type, 0);
	ck_assert_int_eq(nlmsg_get_proto(msg), -1);
	ck_assert_ptr_null(nlmsg_get_creds(msg));
	ck_assert_int_eq(nlmsg_get_src(msg)->nl_family, 0);
	ck_assert_int_eq(nlmsg_get_dst(msg)->nl_family, 0);
	nlmsg_free(msg);

	msg = nlmsg_alloc_size(10);
	ck_assert_uint_eq(nlmsg_get_max_size(msg), 16);
	ck_assert_ptr_null(nlmsg_reserve(msg, 1, 4));
	nlmsg_free(msg);

	nlmsg_set_default_size(100);
	msg = nlmsg_alloc();
	ck_assert_uint_eq(nlmsg_get_max_size(msg), 100);
	nlmsg_free(msg);
	nlmsg_set_default_size(1);
	msg = nlmsg_alloc();
	ck_assert_uint_eq(nlmsg_get_max_size(msg), 16);
	nlmsg_free(msg);
	nlmsg_set_default_size(sysconf(_SC_PAGESIZE));
}
END_TEST

START_TEST(test_reserve_append_expand)
{
	struct nl_msg *msg = nlmsg_alloc_size(40);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	unsigned char *p;

	p = nlmsg_reserve(msg, 5, 4);
	ck_assert_ptr_eq(p, (unsigned char *)nlh + 16);
	ck_assert_uint_eq(nlh->nlmsg_len, 24);
	p = nlmsg_reserve(msg, 3, 0);
	ck_assert_ptr_eq(p, (unsigned char *)nlh + 24);
	ck_assert_uint_eq(nlh->nlmsg_len, 27);
	ck_assert_ptr_null(nlmsg_reserve(msg, 16, 4));
	ck_assert_uint_eq(nlh->nlmsg_len, 27);
	ck_assert_int_eq(nlmsg_append(msg, "0123456789012345678", 20, 4),
			 -NLE_NOMEM);

	ck_assert_int_eq(nlmsg_expand(msg, 30), -NLE_INVAL);
	ck_assert_int_eq(nlmsg_expand(msg, 40), -NLE_INVAL);
	ck_assert_int_eq(nlmsg_expand(msg, 80), 0);
	ck_assert_uint_eq(nlmsg_get_max_size(msg), 80);
	nlh = nlmsg_hdr(msg);
	ck_assert_uint_eq(nlh->nlmsg_len, 27);
	ck_assert_int_eq(nlmsg_append(msg, "0123456789012345678", 19, 4), 0);
	ck_assert_uint_eq(nlh->nlmsg_len, 47);
	ck_assert_int_eq(memcmp((char *)nlh + 27, "0123456789012345678\0", 20), 0);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_put)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlmsghdr *nlh;

	nlh = nlmsg_put(msg, 5, 6, 7, 3, 9);
	ck_assert_ptr_eq(nlh, nlmsg_hdr(msg));
	ck_assert_uint_eq(nlh->nlmsg_len, 20);
	ck_assert_uint_eq(nlh->nlmsg_type, 7);
	ck_assert_uint_eq(nlh->nlmsg_flags, 9);
	ck_assert_uint_eq(nlh->nlmsg_seq, 6);
	ck_assert_uint_eq(nlh->nlmsg_pid, 5);
	ck_assert_int_eq(nlmsg_datalen(nlh), 4);
	ck_assert_ptr_eq(nlmsg_data(nlh), (char *)nlh + 16);
	ck_assert_ptr_eq(nlmsg_tail(nlh), (char *)nlh + 20);
	ck_assert_ptr_eq(nlmsg_attrdata(nlh, 3), (void *)((char *)nlh + 20));
	ck_assert_int_eq(nlmsg_attrlen(nlh, 3), 0);
	ck_assert_int_eq(nlmsg_attrlen(nlh, 8), 0);
	ck_assert_int_eq(nlmsg_attrlen(nlh, 0), 4);
	ck_assert_int_eq(nlmsg_valid_hdr(nlh, 0), 1);
	ck_assert_int_eq(nlmsg_valid_hdr(nlh, 4), 1);
	ck_assert_int_eq(nlmsg_valid_hdr(nlh, 8), 0);

	/* A negative payload adds nothing. */
	ck_assert_ptr_eq(nlmsg_put(msg, 1, 1, 1, -1, 0), nlh);
	ck_assert_uint_eq(nlh->nlmsg_len, 20);
	/* No room for the payload. */
	ck_assert_ptr_null(nlmsg_put(msg, 1, 1, 1, 100000, 0));
	nlmsg_free(msg);

	msg = nlmsg_alloc_simple(16, 5);
	nlh = nlmsg_hdr(msg);
	ck_assert_uint_eq(nlh->nlmsg_len, 16);
	ck_assert_uint_eq(nlh->nlmsg_type, 16);
	ck_assert_uint_eq(nlh->nlmsg_flags, 5);
	ck_assert_uint_eq(nlh->nlmsg_seq, 0);
	ck_assert_uint_eq(nlh->nlmsg_pid, 0);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_inherit_convert)
{
	struct nlmsghdr hdr = {
		.nlmsg_len = 1234, .nlmsg_type = 33, .nlmsg_flags = 0x301,
		.nlmsg_seq = 44, .nlmsg_pid = 55,
	};
	struct nl_msg *msg = nlmsg_inherit(&hdr), *copy;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	ck_assert_uint_eq(nlh->nlmsg_len, 16);
	ck_assert_uint_eq(nlh->nlmsg_type, 33);
	ck_assert_uint_eq(nlh->nlmsg_flags, 0x301);
	ck_assert_uint_eq(nlh->nlmsg_seq, 44);
	ck_assert_uint_eq(nlh->nlmsg_pid, 55);
	ck_assert_int_eq(nla_put_u32(msg, 3, 0xdeadbeef), 0);

	copy = nlmsg_convert(nlh);
	ck_assert_ptr_nonnull(copy);
	ck_assert_uint_eq(nlmsg_get_max_size(copy), 24);
	ck_assert_int_eq(memcmp(nlmsg_hdr(copy), nlh, 24), 0);
	ck_assert_uint_eq(nla_get_u32(nlmsg_find_attr(nlmsg_hdr(copy), 0, 3)),
			  0xdeadbeef);
	nlmsg_free(copy);
	nlmsg_free(msg);

	msg = nlmsg_inherit(NULL);
	ck_assert_uint_eq(nlmsg_hdr(msg)->nlmsg_type, 0);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_refcount_addr_creds)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct sockaddr_nl src = { .nl_family = AF_NETLINK, .nl_pid = 7 };
	struct sockaddr_nl dst = { .nl_family = AF_NETLINK, .nl_groups = 3 };
	struct ucred cr = { .pid = 1, .uid = 2, .gid = 3 };

	nlmsg_get(msg);
	nlmsg_free(msg);
	/* still alive: one reference left */
	nlmsg_set_proto(msg, NETLINK_ROUTE);
	ck_assert_int_eq(nlmsg_get_proto(msg), NETLINK_ROUTE);
	nlmsg_set_src(msg, &src);
	nlmsg_set_dst(msg, &dst);
	ck_assert_uint_eq(nlmsg_get_src(msg)->nl_pid, 7);
	ck_assert_uint_eq(nlmsg_get_dst(msg)->nl_groups, 3);
	ck_assert_ptr_null(nlmsg_get_creds(msg));
	nlmsg_set_creds(msg, &cr);
	ck_assert_ptr_nonnull(nlmsg_get_creds(msg));
	ck_assert_int_eq(nlmsg_get_creds(msg)->uid, 2);
	nlmsg_free(msg);
	nlmsg_free(NULL);
}
END_TEST

START_TEST(test_ok_next)
{
	unsigned char buf[64];
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
	int rem, n = 0;

	memset(buf, 0, sizeof(buf));
	nlh->nlmsg_len = 20;
	ck_assert_int_eq(nlmsg_ok(nlh, 20), 1);
	ck_assert_int_eq(nlmsg_ok(nlh, 100), 1);
	ck_assert_int_eq(nlmsg_ok(nlh, 19), 0);
	ck_assert_int_eq(nlmsg_ok(nlh, 15), 0);
	ck_assert_int_eq(nlmsg_ok(nlh, -1), 0);
	nlh->nlmsg_len = 15;
	ck_assert_int_eq(nlmsg_ok(nlh, 64), 0);

	/* three messages of 20 (padded to 20), 17 (padded to 20) and 16 */
	((struct nlmsghdr *)buf)->nlmsg_len = 20;
	((struct nlmsghdr *)(buf + 20))->nlmsg_len = 17;
	((struct nlmsghdr *)(buf + 40))->nlmsg_len = 16;
	/* (upstream's nlmsg_for_each_msg() declares its own int cursor, so
	 * the loop is spelled out) */
	for (nlh = (struct nlmsghdr *)buf, rem = 56; nlmsg_ok(nlh, rem);
	     nlh = nlmsg_next(nlh, &rem))
		n++;
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(rem, 0);

	/* the last one cut short: walking stops before it */
	n = 0;
	for (nlh = (struct nlmsghdr *)buf, rem = 50; nlmsg_ok(nlh, rem);
	     nlh = nlmsg_next(nlh, &rem))
		n++;
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(rem, 10);

	nlh = (struct nlmsghdr *)buf;
	rem = 24;
	nlh = nlmsg_next(nlh, &rem);
	ck_assert_ptr_eq(nlh, buf + 20);
	ck_assert_int_eq(rem, 4);
	ck_assert_int_eq(nlmsg_ok(nlh, rem), 0);
}
END_TEST

START_TEST(test_parse_validate)
{
	struct nla_policy pol[4] = {
		[1] = { .type = NLA_U32 },
		[2] = { .type = NLA_STRING, .maxlen = 4 },
	};
	struct nl_msg *msg = nlmsg_alloc_simple(40, 0);
	struct nlattr *tb[4];
	struct nlmsghdr *nlh;

	nlmsg_append(msg, "HDR!", 4, 4);
	nla_put_u32(msg, 1, 77);
	nla_put_string(msg, 2, "abc");
	nlh = nlmsg_hdr(msg);

	ck_assert_int_eq(nlmsg_parse(nlh, 4, tb, 3, pol), 0);
	ck_assert_uint_eq(nla_get_u32(tb[1]), 77);
	ck_assert_str_eq(nla_get_string(tb[2]), "abc");
	ck_assert_ptr_null(tb[3]);
	ck_assert_int_eq(nlmsg_validate(nlh, 4, 3, pol), 0);
	ck_assert_ptr_eq(nlmsg_find_attr(nlh, 4, 2), tb[2]);
	ck_assert_ptr_null(nlmsg_find_attr(nlh, 4, 3));

	ck_assert_int_eq(nlmsg_parse(nlh, 100, tb, 3, pol), -NLE_MSG_TOOSHORT);
	ck_assert_int_eq(nlmsg_validate(nlh, 100, 3, pol), -NLE_MSG_TOOSHORT);
	ck_assert_ptr_null(nlmsg_find_attr(nlh, 100, 1));

	/* string longer than maxlen */
	nla_put_string(msg, 2, "abcdef");
	ck_assert_int_eq(nlmsg_parse(nlh, 4, tb, 3, pol), -NLE_RANGE);
	ck_assert_int_eq(nlmsg_validate(nlh, 4, 3, pol), -NLE_RANGE);
	nlmsg_free(msg);
}
END_TEST

START_TEST(test_type_names)
{
	char buf[128];

	ck_assert_str_eq(nl_nlmsgtype2str(0, buf, sizeof(buf)), "0x0");
	ck_assert_str_eq(nl_nlmsgtype2str(1, buf, sizeof(buf)), "NOOP");
	ck_assert_str_eq(nl_nlmsgtype2str(2, buf, sizeof(buf)), "ERROR");
	ck_assert_str_eq(nl_nlmsgtype2str(3, buf, sizeof(buf)), "DONE");
	ck_assert_str_eq(nl_nlmsgtype2str(4, buf, sizeof(buf)), "OVERRUN");
	ck_assert_str_eq(nl_nlmsgtype2str(5, buf, sizeof(buf)), "0x5");
	ck_assert_str_eq(nl_nlmsgtype2str(0x1234, buf, sizeof(buf)), "0x1234");
	ck_assert_str_eq(nl_nlmsgtype2str(-5, buf, sizeof(buf)), "0xfffffffb");
	ck_assert_str_eq(nl_nlmsgtype2str(0x1234, buf, 3), "0x");
	ck_assert_str_eq(nl_nlmsgtype2str(2, buf, 3), "ER");

	ck_assert_int_eq(nl_str2nlmsgtype("NOOP"), 1);
	ck_assert_int_eq(nl_str2nlmsgtype("noop"), 1);
	ck_assert_int_eq(nl_str2nlmsgtype("error"), 2);
	ck_assert_int_eq(nl_str2nlmsgtype("done"), 3);
	ck_assert_int_eq(nl_str2nlmsgtype("OVERRUN"), 4);
	ck_assert_int_eq(nl_str2nlmsgtype("0x10"), 16);
	ck_assert_int_eq(nl_str2nlmsgtype("16"), 16);
	ck_assert_int_eq(nl_str2nlmsgtype("foo"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nl_str2nlmsgtype("99x"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nl_str2nlmsgtype(""), -NLE_INVAL);
}
END_TEST

START_TEST(test_flag_names)
{
	static const char *const trunc[] = {
		"", "R", "RE", "REQ", "REQU", "REQUE", "REQUES", "REQUEST",
		"REQUEST,", "REQUEST,M", "REQUEST,MU", "REQUEST,MUL",
	};
	char buf[128];
	size_t i;

	ck_assert_str_eq(nl_nlmsg_flags2str(0, buf, sizeof(buf)), "");
	ck_assert_str_eq(nl_nlmsg_flags2str(1, buf, sizeof(buf)), "REQUEST");
	ck_assert_str_eq(nl_nlmsg_flags2str(0x10, buf, sizeof(buf)), "0x10");
	ck_assert_str_eq(nl_nlmsg_flags2str(0x300, buf, sizeof(buf)),
			 "ROOT,MATCH");
	ck_assert_str_eq(nl_nlmsg_flags2str(0xc01, buf, sizeof(buf)),
			 "REQUEST,ATOMIC,APPEND");
	ck_assert_str_eq(nl_nlmsg_flags2str(0xf0000000, buf, sizeof(buf)),
			 "0xf0000000");
	ck_assert_str_eq(nl_nlmsg_flags2str(0x73, buf, sizeof(buf)),
			 "REQUEST,MULTI,0x70");
	ck_assert_str_eq(nl_nlmsg_flags2str(-1, buf, sizeof(buf)),
			 "REQUEST,MULTI,ACK,ECHO,ROOT,MATCH,ATOMIC,APPEND,0xfffff0f0");
	for (i = 0; i < ARRAY_SIZE(trunc); i++) {
		memset(buf, 'Z', sizeof(buf));
		ck_assert_str_eq(nl_nlmsg_flags2str(0x73, buf, i + 1), trunc[i]);
	}
	ck_assert_str_eq(nl_nlmsg_flags2str(0x70, buf, 4), "0x7");
	ck_assert_str_eq(nl_nlmsg_flags2str(0x70, buf, 5), "0x70");
}
END_TEST

START_TEST(test_msg_parse_unknown)
{
	struct nl_msg *msg = nlmsg_alloc_simple(40, 0);

	nlmsg_set_proto(msg, 31);
	ck_assert_int_eq(nl_msg_parse(msg, NULL, NULL), -NLE_MSGTYPE_NOSUPPORT);
	nlmsg_free(msg);
}
END_TEST

static Suite *msg_suite(void)
{
	Suite *s = suite_create("msg");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_sizes);
	tcase_add_test(tc, test_alloc_defaults);
	tcase_add_test(tc, test_reserve_append_expand);
	tcase_add_test(tc, test_put);
	tcase_add_test(tc, test_inherit_convert);
	tcase_add_test(tc, test_refcount_addr_creds);
	tcase_add_test(tc, test_ok_next);
	tcase_add_test(tc, test_parse_validate);
	tcase_add_test(tc, test_type_names);
	tcase_add_test(tc, test_flag_names);
	tcase_add_test(tc, test_msg_parse_unknown);
	suite_add_tcase(s, tc);

	tc = tcase_create("dump");
	tcase_add_loop_test(tc, test_dump_cases, 0, ARRAY_SIZE(dump_cases));
	tcase_add_test(tc, test_dump_no_ops);
	tcase_add_test(tc, test_dump_bounded);
	suite_add_tcase(s, tc);

	return s;
}

NLTEST_MAIN(msg_suite)
