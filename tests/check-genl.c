/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-genl-3 without a kernel: generic netlink messages built and parsed
 * in memory, dispatch through registered families, the family object, and
 * the controller cache and name resolution fed with injected replies.
 */

#include <errno.h>
#include <string.h>
#include <linux/genetlink.h>

#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/errno.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/family.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/mngt.h>

#include "nltest.h"
#include "../lib/genl/nl-genl.h"

/* Layout facts checked against the public header. */
_Static_assert(sizeof(struct genl_info) == 40, "genl_info");
_Static_assert(sizeof(struct genl_cmd) == 40, "genl_cmd");
_Static_assert(sizeof(struct genl_ops) == 56, "genl_ops");
_Static_assert(offsetof(struct genl_ops, o_list) == 40, "genl_ops.o_list");
_Static_assert(offsetof(struct genl_cmd, c_attr_policy) == 32, "c_attr_policy");

#define TEST_FAMILY_ID	0x7a
#define TEST_HDRSIZE	8

enum { T_ATTR_UNSPEC, T_ATTR_NUM, T_ATTR_STR, T_ATTR_FLAG, __T_ATTR_MAX };
#define T_ATTR_MAX (__T_ATTR_MAX - 1)

static struct nla_policy test_policy[T_ATTR_MAX + 1] = {
	[T_ATTR_NUM] = { .type = NLA_U32 },
	[T_ATTR_STR] = { .type = NLA_STRING },
	[T_ATTR_FLAG] = { .type = NLA_FLAG },
};

/* What the command parser saw. */
static struct {
	int calls;
	struct nl_cache_ops *ops;
	struct genl_cmd *cmd;
	struct genl_info info;
	void *arg;
	uint32_t num;
	char str[32];
	int flag;
	uint32_t userhdr0;
	uint32_t seq;
} got;

static int test_parser(struct nl_cache_ops *ops, struct genl_cmd *cmd,
		       struct genl_info *info, void *arg)
{
	got.calls++;
	got.ops = ops;
	got.cmd = cmd;
	got.info = *info;
	got.arg = arg;
	got.num = info->attrs[T_ATTR_NUM] ? nla_get_u32(info->attrs[T_ATTR_NUM]) : 0;
	got.str[0] = '\0';
	if (info->attrs[T_ATTR_STR])
		nla_strlcpy(got.str, info->attrs[T_ATTR_STR], sizeof(got.str));
	got.flag = info->attrs[T_ATTR_FLAG] != NULL;
	memcpy(&got.userhdr0, info->userhdr, sizeof(got.userhdr0));
	got.seq = info->nlh->nlmsg_seq;
	return 42;
}

static struct genl_cmd test_cmds[] = {
	{ .c_id = 1, .c_name = "SET", .c_maxattr = T_ATTR_MAX,
	  .c_attr_policy = test_policy, .c_msg_parser = test_parser },
	{ .c_id = 2, .c_name = "NOPARSER" },
	{ .c_id = 7, .c_name = "LONGCOMMANDNAME", .c_maxattr = T_ATTR_MAX,
	  .c_msg_parser = test_parser },
};

static struct genl_ops test_ops = {
	.o_hdrsize = TEST_HDRSIZE,
	.o_name = "check-genl",
	.o_cmds = test_cmds,
	.o_ncmds = 3,
};

/* A message of the test family: user header 0xdeadbeef, num, str, flag. */
static struct nl_msg *test_msg(int family, uint8_t cmd)
{
	struct nl_msg *msg = nlmsg_alloc();
	uint32_t *uh;

	ck_assert_ptr_nonnull(msg);
	uh = genlmsg_put(msg, 11, 22, family, TEST_HDRSIZE, NLM_F_REQUEST, cmd, 3);
	ck_assert_ptr_nonnull(uh);
	*uh = 0xdeadbeef;
	ck_assert_int_eq(nla_put_u32(msg, T_ATTR_NUM, 1234), 0);
	ck_assert_int_eq(nla_put_string(msg, T_ATTR_STR, "hello"), 0);
	ck_assert_int_eq(nla_put_flag(msg, T_ATTR_FLAG), 0);
	return msg;
}

/* ------------------------------------------------------------------ */
/* Messages                                                             */

START_TEST(msg_put_and_accessors)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlmsghdr *nlh;
	struct genlmsghdr *g;
	char *uh;

	uh = genlmsg_put(msg, 11, 22, 0x77, TEST_HDRSIZE, NLM_F_REQUEST, 1, 9);
	nlh = nlmsg_hdr(msg);
	ck_assert_ptr_eq(uh, (char *)nlh + 20);
	ck_assert_uint_eq(nlh->nlmsg_len, 28);
	ck_assert_uint_eq(nlh->nlmsg_type, 0x77);
	ck_assert_uint_eq(nlh->nlmsg_flags, NLM_F_REQUEST);
	ck_assert_uint_eq(nlh->nlmsg_seq, 22);
	ck_assert_uint_eq(nlh->nlmsg_pid, 11);

	g = genlmsg_hdr(nlh);
	ck_assert_ptr_eq(g, (char *)nlh + 16);
	ck_assert_uint_eq(g->cmd, 1);
	ck_assert_uint_eq(g->version, 9);
	ck_assert_uint_eq(g->reserved, 0);

	ck_assert_int_eq(nla_put_u32(msg, 1, 1234), 0);
	ck_assert_int_eq(nla_put_string(msg, 2, "hi"), 0);
	ck_assert_int_eq(genlmsg_len(g), 24);
	ck_assert_int_eq(genlmsg_attrlen(g, TEST_HDRSIZE), 16);
	ck_assert_int_eq(genlmsg_attrlen(g, 0), 24);
	ck_assert_int_eq(genlmsg_attrlen(g, 100), -76);
	ck_assert_int_eq(genlmsg_user_datalen(g, TEST_HDRSIZE), 16);
	ck_assert_int_eq(genlmsg_user_datalen(g, 100), -76);
	ck_assert_ptr_eq(genlmsg_data(g), (char *)nlh + 20);
	ck_assert_ptr_eq(genlmsg_user_hdr(g), (char *)nlh + 20);
	ck_assert_ptr_eq(genlmsg_user_data(g, TEST_HDRSIZE), (char *)nlh + 28);
	ck_assert_ptr_eq(genlmsg_attrdata(g, TEST_HDRSIZE), (char *)nlh + 28);
	/* unaligned family headers are padded as netlink does */
	ck_assert_ptr_eq(genlmsg_attrdata(g, 5), (char *)nlh + 28);

	ck_assert_int_eq(genlmsg_valid_hdr(nlh, TEST_HDRSIZE), 1);
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 0), 1);
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 24), 1);
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 25), 0);
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 100), 0);
	nlmsg_free(msg);

	/* a message without generic header */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, 5, 0, 0, 1, 1);
	nlh = nlmsg_hdr(msg);
	ck_assert_uint_eq(nlh->nlmsg_len, 20);
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 0), 1);
	nlh->nlmsg_len = 19;
	ck_assert_int_eq(genlmsg_valid_hdr(nlh, 0), 0);
	nlmsg_free(msg);
}
END_TEST

START_TEST(msg_put_no_room)
{
	struct nl_msg *msg = nlmsg_alloc_size(32);

	ck_assert_ptr_nonnull(msg);
	ck_assert_ptr_null(genlmsg_put(msg, 0, 0, 5, 4096, 0, 1, 1));
	nlmsg_free(msg);
}
END_TEST

START_TEST(msg_parse_validate)
{
	struct nl_msg *msg = test_msg(0x77, 1);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *tb[T_ATTR_MAX + 1];

	ck_assert_int_eq(genlmsg_parse(nlh, TEST_HDRSIZE, tb, T_ATTR_MAX,
				       test_policy), 0);
	ck_assert_ptr_nonnull(tb[T_ATTR_NUM]);
	ck_assert_uint_eq(nla_get_u32(tb[T_ATTR_NUM]), 1234);
	ck_assert_str_eq(nla_get_string(tb[T_ATTR_STR]), "hello");
	ck_assert_ptr_nonnull(tb[T_ATTR_FLAG]);
	ck_assert_ptr_eq(tb[T_ATTR_NUM], (char *)nlh + 28);
	ck_assert_int_eq(genlmsg_validate(nlh, TEST_HDRSIZE, T_ATTR_MAX,
					  test_policy), 0);

	ck_assert_int_eq(genlmsg_parse(nlh, 100, tb, T_ATTR_MAX, test_policy),
			 -NLE_MSG_TOOSHORT);
	ck_assert_int_eq(genlmsg_validate(nlh, 100, T_ATTR_MAX, test_policy),
			 -NLE_MSG_TOOSHORT);
	nlmsg_free(msg);

	/* an attribute too short for its policy */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, 0x77, 0, 0, 1, 1);
	nla_put_u8(msg, T_ATTR_NUM, 1);
	nlh = nlmsg_hdr(msg);
	ck_assert_int_eq(genlmsg_parse(nlh, 0, tb, T_ATTR_MAX, test_policy),
			 -NLE_RANGE);
	ck_assert_int_eq(genlmsg_validate(nlh, 0, T_ATTR_MAX, test_policy),
			 -NLE_RANGE);
	ck_assert_int_eq(genlmsg_parse(nlh, 0, tb, T_ATTR_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[T_ATTR_NUM]);
	nlh->nlmsg_len = 16;
	ck_assert_int_eq(genlmsg_parse(nlh, 0, tb, T_ATTR_MAX, NULL),
			 -NLE_MSG_TOOSHORT);
	nlmsg_free(msg);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Registration and dispatch                                            */

static void reg_setup(void)
{
	memset(&got, 0, sizeof(got));
	test_ops.o_id = TEST_FAMILY_ID;
	ck_assert_int_eq(genl_register_family(&test_ops), 0);
}

static void reg_teardown(void)
{
	ck_assert_int_eq(genl_unregister_family(&test_ops), 0);
}

START_TEST(dispatch_to_command)
{
	struct nl_msg *msg = test_msg(TEST_FAMILY_ID, 1);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	int arg;

	ck_assert_int_eq(genl_handle_msg(msg, &arg), 42);
	ck_assert_int_eq(got.calls, 1);
	ck_assert_ptr_null(got.ops);
	ck_assert_ptr_eq(got.cmd, &test_cmds[0]);
	ck_assert_ptr_eq(got.arg, &arg);
	ck_assert_ptr_eq(got.info.who, nlmsg_get_src(msg));
	ck_assert_ptr_eq(got.info.nlh, nlh);
	ck_assert_ptr_eq(got.info.genlhdr, (char *)nlh + NLMSG_HDRLEN);
	ck_assert_ptr_eq(got.info.userhdr, (char *)nlh + NLMSG_HDRLEN + GENL_HDRLEN);
	ck_assert_uint_eq(got.userhdr0, 0xdeadbeef);
	ck_assert_uint_eq(got.num, 1234);
	ck_assert_str_eq(got.str, "hello");
	ck_assert_int_eq(got.flag, 1);

	/* the other command with a parser, without policy */
	genlmsg_hdr(nlh)->cmd = 7;
	ck_assert_int_eq(genl_handle_msg(msg, NULL), 42);
	ck_assert_int_eq(got.calls, 2);
	ck_assert_ptr_eq(got.cmd, &test_cmds[2]);
	ck_assert_ptr_null(got.arg);
	ck_assert_uint_eq(got.num, 1234);
	nlmsg_free(msg);
}
END_TEST

START_TEST(dispatch_errors)
{
	struct nl_msg *msg = test_msg(TEST_FAMILY_ID, 2);
	struct nlmsghdr *nlh = nlmsg_hdr(msg);

	/* command without parser */
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_OPNOTSUPP);
	/* unknown command */
	genlmsg_hdr(nlh)->cmd = 4;
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_MSGTYPE_NOSUPPORT);
	/* unknown family */
	genlmsg_hdr(nlh)->cmd = 1;
	nlh->nlmsg_type = TEST_FAMILY_ID + 1;
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_MSGTYPE_NOSUPPORT);
	/* generic header cut */
	nlh->nlmsg_type = TEST_FAMILY_ID;
	nlh->nlmsg_len = 18;
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_INVAL);
	/* family header cut */
	nlh->nlmsg_len = 24;
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_MSG_TOOSHORT);
	ck_assert_int_eq(got.calls, 0);
	nlmsg_free(msg);

	/* attribute that breaks the command's policy */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, TEST_FAMILY_ID, TEST_HDRSIZE, 0, 1, 1);
	nla_put_u8(msg, T_ATTR_NUM, 1);
	ck_assert_int_eq(genl_handle_msg(msg, NULL), -NLE_RANGE);
	ck_assert_int_eq(got.calls, 0);
	nlmsg_free(msg);
}
END_TEST

START_TEST(dispatch_through_socket)
{
	/* genl_handle_msg() as the NL_CB_VALID callback of a socket */
	struct nl_sock *sk = nl_socket_alloc();
	struct nltest_batch b;
	struct nl_msg *msg = test_msg(TEST_FAMILY_ID, 1);
	int arg;

	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	nl_socket_disable_seq_check(sk);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, genl_handle_msg, &arg);
	nltest_batch_init(&b);
	nltest_batch_msg(&b, nlmsg_hdr(msg), 0, 5);
	nltest_inj_push(sk, &b);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
	ck_assert_int_eq(got.calls, 1);
	ck_assert_ptr_eq(got.arg, &arg);
	ck_assert_uint_eq(got.num, 1234);
	ck_assert_uint_eq(got.seq, 5);
	nltest_batch_clear(&b);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
	nlmsg_free(msg);
}
END_TEST

START_TEST(op2name)
{
	char buf[32];

	ck_assert_str_eq(genl_op2name(TEST_FAMILY_ID, 1, buf, sizeof(buf)), "SET");
	ck_assert_str_eq(genl_op2name(TEST_FAMILY_ID, 7, buf, sizeof(buf)),
			 "LONGCOMMANDNAME");
	ck_assert_ptr_eq(genl_op2name(TEST_FAMILY_ID, 7, buf, 5), buf);
	ck_assert_str_eq(buf, "LONG");
	ck_assert_ptr_null(genl_op2name(TEST_FAMILY_ID, 3, buf, sizeof(buf)));
	ck_assert_ptr_null(genl_op2name(TEST_FAMILY_ID + 1, 1, buf, sizeof(buf)));
	/* the controller is registered by the library itself */
	ck_assert_str_eq(genl_op2name(GENL_ID_CTRL, CTRL_CMD_NEWFAMILY, buf, sizeof(buf)), "NEWFAMILY");
	ck_assert_str_eq(genl_op2name(GENL_ID_CTRL, CTRL_CMD_DELFAMILY, buf, sizeof(buf)), "DELFAMILY");
	ck_assert_str_eq(genl_op2name(GENL_ID_CTRL, CTRL_CMD_GETFAMILY, buf, sizeof(buf)), "GETFAMILY");
	ck_assert_str_eq(genl_op2name(GENL_ID_CTRL, CTRL_CMD_NEWOPS, buf, sizeof(buf)), "NEWOPS");
	ck_assert_str_eq(genl_op2name(GENL_ID_CTRL, CTRL_CMD_DELOPS, buf, sizeof(buf)), "DELOPS");
	ck_assert_ptr_null(genl_op2name(GENL_ID_CTRL, CTRL_CMD_GETPOLICY, buf, sizeof(buf)));
	ck_assert_ptr_null(genl_op2name(GENL_ID_CTRL, 0, buf, sizeof(buf)));
}
END_TEST

START_TEST(register_family_errors)
{
	struct genl_ops noname = { .o_name = NULL };
	struct genl_ops dup = { .o_name = "check-genl" };
	struct genl_ops nocmds = { .o_name = "x1", .o_cmds = test_cmds };
	struct genl_ops other = { .o_name = "x2" };

	ck_assert_int_eq(genl_register_family(&noname), -NLE_INVAL);
	ck_assert_int_eq(genl_register_family(&test_ops), -NLE_EXIST);
	ck_assert_int_eq(genl_register_family(&dup), -NLE_EXIST);
	ck_assert_int_eq(genl_register_family(&nocmds), -NLE_INVAL);
	/* not registered (or no more): 0, as upstream */
	ck_assert_int_eq(genl_unregister_family(&other), 0);
	ck_assert_int_eq(genl_register_family(&other), 0);
	ck_assert_int_eq(genl_unregister_family(&other), 0);
	ck_assert_int_eq(genl_unregister_family(&other), 0);
	ck_assert_int_eq(genl_unregister_family(NULL), -NLE_INVAL);
}
END_TEST

START_TEST(register_cache_ops)
{
	static struct genl_cmd cmds[] = { { .c_id = 1, .c_name = "ONE" } };
	static struct genl_ops gops = { .o_hdrsize = 99, .o_cmds = cmds, .o_ncmds = 1 };
	static struct nl_cache_ops cops = {
		.co_name = "genl/check",
		.co_protocol = NETLINK_ROUTE,
		.co_hdrsize = GENL_HDRLEN + 8,
		.co_msgtypes = {
			{ 0x66, NL_ACT_UNSPEC, "checkfam" },
			END_OF_MSGTYPES_LIST,
		},
	};
	char buf[16];

	cops.co_obj_ops = &genl_family_ops;
	ck_assert_int_eq(genl_register(&cops), -NLE_PROTO_MISMATCH);
	cops.co_protocol = NETLINK_GENERIC;
	ck_assert_int_eq(genl_register(&cops), -NLE_INVAL);	/* no co_genl */
	cops.co_genl = &gops;
	cops.co_hdrsize = 2;
	ck_assert_int_eq(genl_register(&cops), -NLE_INVAL);
	cops.co_hdrsize = GENL_HDRLEN + 8;
	ck_assert_int_eq(genl_register(&cops), 0);
	ck_assert_uint_eq(gops.o_hdrsize, 8);
	ck_assert_int_eq(gops.o_id, 0x66);
	ck_assert_str_eq(gops.o_name, "checkfam");
	ck_assert_ptr_eq(gops.o_cache_ops, &cops);
	ck_assert_ptr_nonnull(cops.co_msg_parser);
	ck_assert_ptr_eq(nl_cache_ops_lookup("genl/check"), &cops);
	ck_assert_str_eq(genl_op2name(0x66, 1, buf, sizeof(buf)), "ONE");
	ck_assert_int_eq(genl_register(&cops), -NLE_EXIST);

	genl_unregister(&cops);
	ck_assert_ptr_null(nl_cache_ops_lookup("genl/check"));
	ck_assert_ptr_null(genl_op2name(0x66, 1, buf, sizeof(buf)));
	ck_assert_int_eq(genl_unregister_family(&gops), 0);
	ck_assert_ptr_null(genl_op2name(0x66, 1, buf, sizeof(buf)));
}
END_TEST

/* ------------------------------------------------------------------ */
/* The family object                                                    */

static const char *dump_obj(struct nl_object *obj, enum nl_dump_type type)
{
	static char buf[4096];
	struct nl_dump_params p = {
		.dp_type = type,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	memset(buf, 0, sizeof(buf));
	nl_object_dump(obj, &p);
	return buf;
}

START_TEST(family_accessors)
{
	struct genl_family *f = genl_family_alloc();

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(genl_family_get_id(f), 0);
	ck_assert_ptr_null(genl_family_get_name(f));
	ck_assert_uint_eq(genl_family_get_version(f), 0);
	ck_assert_uint_eq(genl_family_get_hdrsize(f), 0);
	ck_assert_uint_eq(genl_family_get_maxattr(f), 0);
	ck_assert_str_eq(nl_object_get_type((struct nl_object *)f), "genl/family");

	genl_family_set_id(f, 0x1234);
	genl_family_set_name(f, "abcdefghijklmnopqrstuvwxyz");
	genl_family_set_version(f, 3);
	genl_family_set_hdrsize(f, 8);
	genl_family_set_maxattr(f, 99);
	ck_assert_uint_eq(genl_family_get_id(f), 0x1234);
	ck_assert_str_eq(genl_family_get_name(f), "abcdefghijklmno");
	ck_assert_uint_eq(genl_family_get_version(f), 3);
	ck_assert_uint_eq(genl_family_get_hdrsize(f), 8);
	ck_assert_uint_eq(genl_family_get_maxattr(f), 99);
	genl_family_set_name(f, "foo");
	ck_assert_str_eq(genl_family_get_name(f), "foo");

	ck_assert_int_eq(genl_family_add_grp(f, 1, "0123456789abcdef"), -NLE_INVAL);
	ck_assert_int_eq(genl_family_add_grp(f, 1, NULL), -NLE_INVAL);
	ck_assert_int_eq(genl_family_add_grp(f, 1, "0123456789abcde"), 0);
	ck_assert_int_eq(genl_family_add_op(f, 3, 0), 0);
	ck_assert_int_eq(genl_family_add_op(f, 3, 2), 0);
	genl_family_put(f);
}
END_TEST

/* A family as the details dump test expects it. */
static struct genl_family *sample_family(unsigned int id)
{
	struct genl_family *f = genl_family_alloc();

	genl_family_set_id(f, id);
	genl_family_set_name(f, "foo");
	genl_family_set_version(f, 3);
	genl_family_set_hdrsize(f, 8);
	genl_family_set_maxattr(f, 5);
	genl_family_add_op(f, 3, 0);
	genl_family_add_op(f, 1, 0xff);
	genl_family_add_op(f, 3, GENL_CMD_CAP_DO);
	genl_family_add_op(f, 7, 0x20);
	genl_family_add_op(f, 0x2f, GENL_CMD_CAP_DO | GENL_CMD_CAP_HASPOL | 0x10);
	genl_family_add_grp(f, 0x22, "g1");
	genl_family_add_grp(f, 0x23, "events");
	return f;
}

#define SAMPLE_DETAILS                                                         \
	"0x0010 foo version 3\n"                                               \
	"    hdrsize 8 maxattr 5\n"                                            \
	"      op GETFAMILY (0x03)\n"                                          \
	"      op NEWFAMILY (0x01) <admin_perm,has_doit,has_dump,has_policy,>\n" \
	"      op GETFAMILY (0x03) <has_doit>\n"                               \
	"      op unknown (0x07) <>\n"                                         \
	"      op unknown (0x2f) <has_doit,has_policy,>\n"                     \
	"      grp g1 (0x22)\n"                                                \
	"      grp events (0x23)\n"

START_TEST(family_dump_format)
{
	struct genl_family *f = genl_family_alloc();

	/* as Debian's libnl prints an empty family */
	ck_assert_str_eq(dump_obj((struct nl_object *)f, NL_DUMP_LINE),
			 "0x0000  version 0\n");
	ck_assert_str_eq(dump_obj((struct nl_object *)f, NL_DUMP_DETAILS),
			 "0x0000  version 0\n    hdrsize 0 maxattr 0\n");
	genl_family_put(f);

	/* id 0x10: op names come from the registered controller */
	f = sample_family(GENL_ID_CTRL);
	ck_assert_str_eq(dump_obj((struct nl_object *)f, NL_DUMP_LINE),
			 "0x0010 foo version 3\n");
	ck_assert_str_eq(dump_obj((struct nl_object *)f, NL_DUMP_DETAILS),
			 SAMPLE_DETAILS);
	ck_assert_str_eq(dump_obj((struct nl_object *)f, NL_DUMP_STATS),
			 SAMPLE_DETAILS);
	genl_family_put(f);
}
END_TEST

START_TEST(family_clone_compare)
{
	struct genl_family *a = sample_family(GENL_ID_CTRL), *b;
	struct nl_object *ao = (struct nl_object *)a;

	b = (struct genl_family *)nl_object_clone(ao);
	ck_assert_ptr_nonnull(b);
	ck_assert_str_eq(dump_obj((struct nl_object *)b, NL_DUMP_DETAILS),
			 SAMPLE_DETAILS);
	ck_assert_int_eq(nl_object_identical(ao, (struct nl_object *)b), 1);
	ck_assert_uint_eq(nl_object_diff64(ao, (struct nl_object *)b), 0);
	/* the clone owns its lists */
	genl_family_put(a);
	ck_assert_str_eq(dump_obj((struct nl_object *)b, NL_DUMP_DETAILS),
			 SAMPLE_DETAILS);

	a = sample_family(GENL_ID_CTRL);
	ao = (struct nl_object *)a;
	genl_family_set_version(b, 4);
	ck_assert_uint_eq(nl_object_diff64(ao, (struct nl_object *)b), 0x04);
	ck_assert_int_eq(nl_object_identical(ao, (struct nl_object *)b), 1);
	genl_family_set_name(b, "bar");
	genl_family_set_hdrsize(b, 1);
	genl_family_set_maxattr(b, 1);
	ck_assert_uint_eq(nl_object_diff64(ao, (struct nl_object *)b), 0x1e);
	genl_family_set_id(b, 0x11);
	ck_assert_uint_eq(nl_object_diff64(ao, (struct nl_object *)b), 0x1f);
	ck_assert_int_eq(nl_object_identical(ao, (struct nl_object *)b), 0);
	genl_family_put(a);
	genl_family_put(b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The controller, fed with injected replies                            */

struct fam_desc {
	uint16_t id;
	const char *name;
	uint32_t version, hdrsize, maxattr;
	int nops;
	uint32_t ops[4][2];
	int ngrps;
	struct { uint32_t id; const char *name; } grps[3];
};

static const struct fam_desc fam_nlctrl = {
	0x10, "nlctrl", 2, 0, 10, 2,
	{ { 3, 0x0e }, { 10, 0x0c } },
	1, { { 0x10, "notify" } },
};

static const struct fam_desc fam_test = {
	0x1b, "tcp_metrics", 1, 4, 13, 2,
	{ { 1, 0x0e }, { 2, 0x0b } },
	2, { { 0x21, "a" }, { 0x22, "bee" } },
};

/* A NEWFAMILY message for @d; the caller frees it. */
static struct nl_msg *family_msg(const struct fam_desc *d, uint8_t cmd)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *list, *item;
	int i;

	genlmsg_put(msg, 0, NLTEST_SEQ_REQ, GENL_ID_CTRL, 0, 0, cmd, 2);
	nla_put_u16(msg, CTRL_ATTR_FAMILY_ID, d->id);
	nla_put_string(msg, CTRL_ATTR_FAMILY_NAME, d->name);
	nla_put_u32(msg, CTRL_ATTR_VERSION, d->version);
	nla_put_u32(msg, CTRL_ATTR_HDRSIZE, d->hdrsize);
	nla_put_u32(msg, CTRL_ATTR_MAXATTR, d->maxattr);
	if (d->nops) {
		list = nla_nest_start(msg, CTRL_ATTR_OPS);
		for (i = 0; i < d->nops; i++) {
			item = nla_nest_start(msg, i + 1);
			nla_put_u32(msg, CTRL_ATTR_OP_ID, d->ops[i][0]);
			nla_put_u32(msg, CTRL_ATTR_OP_FLAGS, d->ops[i][1]);
			nla_nest_end(msg, item);
		}
		nla_nest_end(msg, list);
	}
	if (d->ngrps) {
		list = nla_nest_start(msg, CTRL_ATTR_MCAST_GROUPS);
		for (i = 0; i < d->ngrps; i++) {
			item = nla_nest_start(msg, i + 1);
			nla_put_u32(msg, CTRL_ATTR_MCAST_GRP_ID, d->grps[i].id);
			nla_put_string(msg, CTRL_ATTR_MCAST_GRP_NAME, d->grps[i].name);
			nla_nest_end(msg, item);
		}
		nla_nest_end(msg, list);
	}
	return msg;
}

static void push_family(struct nltest_batch *b, const struct fam_desc *d,
			uint16_t flags)
{
	struct nl_msg *msg = family_msg(d, CTRL_CMD_NEWFAMILY);

	nltest_batch_msg(b, nlmsg_hdr(msg), flags, NLTEST_SEQ_REQ);
	nlmsg_free(msg);
}

static struct nl_sock *inj_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(nltest_inj_attach(sk), 0);
	sk->s_proto = NETLINK_GENERIC;	/* as genl_connect() would set it */
	return sk;
}

static void inj_free(struct nl_sock *sk)
{
	ck_assert_uint_eq(nltest_inj_pending(sk), 0);
	nltest_inj_detach(sk);
	nl_socket_free(sk);
}

/* Queue a two-family dump reply. */
static void push_dump(struct nl_sock *sk)
{
	struct nltest_batch b;

	nltest_batch_init(&b);
	push_family(&b, &fam_nlctrl, NLM_F_MULTI);
	push_family(&b, &fam_test, NLM_F_MULTI);
	nltest_batch_done(&b, NLM_F_MULTI, NLTEST_SEQ_REQ);
	nltest_inj_push(sk, &b);
	nltest_batch_clear(&b);
}

#define CACHE_DETAILS                                                          \
	"0x0010 nlctrl version 2\n"                                            \
	"    hdrsize 0 maxattr 10\n"                                           \
	"      op GETFAMILY (0x03) <has_doit,has_dump,has_policy>\n"           \
	"      op unknown (0x0a) <has_dump,has_policy>\n"                      \
	"      grp notify (0x10)\n"                                            \
	"0x001b tcp_metrics version 1\n"                                       \
	"    hdrsize 4 maxattr 13\n"                                           \
	"      op unknown (0x01) <has_doit,has_dump,has_policy>\n"             \
	"      op unknown (0x02) <admin_perm,has_doit,has_policy>\n"           \
	"      grp a (0x21)\n"                                                 \
	"      grp bee (0x22)\n"

START_TEST(ctrl_cache_from_dump)
{
	struct nl_sock *sk = inj_sock();
	const struct nlmsghdr *req;
	struct genl_family *f;
	struct nl_cache *cache;
	char buf[2048];
	struct nl_dump_params p = {
		.dp_type = NL_DUMP_DETAILS,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	push_dump(sk);
	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &cache), 0);
	ck_assert_uint_eq(nltest_inj_sent(sk), 1);
	req = nltest_inj_last_request(sk);
	ck_assert_uint_eq(req->nlmsg_type, GENL_ID_CTRL);
	ck_assert_uint_eq(req->nlmsg_len, NLMSG_HDRLEN + GENL_HDRLEN);
	ck_assert(req->nlmsg_flags & NLM_F_REQUEST);
	ck_assert_uint_eq(req->nlmsg_flags & NLM_F_DUMP, NLM_F_DUMP);
	ck_assert_uint_eq(((struct genlmsghdr *)NLMSG_DATA(req))->cmd, CTRL_CMD_GETFAMILY);
	ck_assert_uint_eq(((struct genlmsghdr *)NLMSG_DATA(req))->version, 1);

	ck_assert_int_eq(nl_cache_nitems(cache), 2);
	memset(buf, 0, sizeof(buf));
	nl_cache_dump(cache, &p);
	ck_assert_str_eq(buf, CACHE_DETAILS);

	f = genl_ctrl_search(cache, 0x1b);
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(genl_family_get_name(f), "tcp_metrics");
	ck_assert_uint_eq(genl_family_get_hdrsize(f), 4);
	ck_assert_uint_eq(genl_family_get_maxattr(f), 13);
	ck_assert_uint_eq(genl_family_get_version(f), 1);
	ck_assert_int_eq(((struct nl_object *)f)->ce_refcnt, 2);
	genl_family_put(f);
	f = genl_ctrl_search_by_name(cache, "nlctrl");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(genl_family_get_id(f), 0x10);
	ck_assert_int_eq(((struct nl_object *)f)->ce_refcnt, 2);
	genl_family_put(f);
	ck_assert_ptr_null(genl_ctrl_search(cache, 0x99));
	ck_assert_ptr_null(genl_ctrl_search_by_name(cache, "tcp_metric"));
	ck_assert_ptr_null(genl_ctrl_search_by_name(cache, NULL));

	nl_cache_free(cache);
	inj_free(sk);
}
END_TEST

START_TEST(ctrl_resolve_through_registry)
{
	/* genl_mngt_resolve() and genl_ops_resolve() from one dump each */
	static struct genl_ops tm = { .o_name = "tcp_metrics" };
	static struct genl_ops none = { .o_name = "nosuchfamily" };
	struct nl_sock *sk = inj_sock();

	push_dump(sk);
	ck_assert_int_eq(genl_ops_resolve(sk, &tm), 0);
	ck_assert_int_eq(tm.o_id, 0x1b);
	push_dump(sk);
	ck_assert_int_eq(genl_ops_resolve(sk, &none), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(none.o_id, 0);

	tm.o_id = 0;
	ck_assert_int_eq(genl_register_family(&tm), 0);
	push_dump(sk);
	ck_assert_int_eq(genl_mngt_resolve(sk), 0);
	ck_assert_int_eq(tm.o_id, 0x1b);
	/* the last family registered decides the result, as upstream */
	ck_assert_int_eq(genl_register_family(&none), 0);
	tm.o_id = 0;
	push_dump(sk);
	ck_assert_int_eq(genl_mngt_resolve(sk), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(tm.o_id, 0x1b);
	ck_assert_uint_eq(nltest_inj_sent(sk), 4);
	genl_unregister_family(&none);
	genl_unregister_family(&tm);
	inj_free(sk);
}
END_TEST

/* Queue the answer to a GETFAMILY-by-name request: family (or error). */
static void push_probe_answer(struct nl_sock *sk, const struct fam_desc *d,
			      int error)
{
	struct nltest_batch b;

	nltest_batch_init(&b);
	if (d)
		push_family(&b, d, 0);
	nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, error, GENL_ID_CTRL);
	nltest_inj_push(sk, &b);
	nltest_batch_clear(&b);
}

START_TEST(ctrl_resolve_by_name)
{
	struct nl_sock *sk = inj_sock();
	const struct nlmsghdr *req;
	struct nlattr *tb[CTRL_ATTR_MAX + 1];

	push_probe_answer(sk, &fam_test, 0);
	ck_assert_int_eq(genl_ctrl_resolve(sk, "tcp_metrics"), 0x1b);
	req = nltest_inj_last_request(sk);
	ck_assert_uint_eq(req->nlmsg_type, GENL_ID_CTRL);
	ck_assert_uint_eq(req->nlmsg_flags & NLM_F_DUMP, 0);
	ck_assert_uint_eq(((struct genlmsghdr *)NLMSG_DATA(req))->cmd, CTRL_CMD_GETFAMILY);
	ck_assert_int_eq(genlmsg_parse((struct nlmsghdr *)req, 0, tb, CTRL_ATTR_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[CTRL_ATTR_FAMILY_NAME]);
	ck_assert_str_eq(nla_get_string(tb[CTRL_ATTR_FAMILY_NAME]), "tcp_metrics");

	push_probe_answer(sk, NULL, -ENOENT);
	ck_assert_int_eq(genl_ctrl_resolve(sk, "nosuch"), -NLE_OBJ_NOTFOUND);

	push_probe_answer(sk, &fam_test, 0);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "tcp_metrics", "bee"), 0x22);
	push_probe_answer(sk, &fam_test, 0);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "tcp_metrics", "be"), -NLE_OBJ_NOTFOUND);
	push_probe_answer(sk, NULL, -ENOENT);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nosuch", "bee"), -NLE_OBJ_NOTFOUND);
	ck_assert_uint_eq(nltest_inj_sent(sk), 5);

	/* a malformed answer: the error, and the ACK is still read */
	{
		struct nl_msg *bad = nlmsg_alloc();
		struct nltest_batch b;

		genlmsg_put(bad, 0, NLTEST_SEQ_REQ, GENL_ID_CTRL, 0, 0,
			    CTRL_CMD_NEWFAMILY, 2);
		nla_put_u8(bad, CTRL_ATTR_FAMILY_ID, 5);
		nltest_batch_init(&b);
		nltest_batch_msg(&b, nlmsg_hdr(bad), 0, NLTEST_SEQ_REQ);
		nltest_inj_push(sk, &b);
		nltest_batch_error(&b, 0, NLTEST_SEQ_REQ, 0, GENL_ID_CTRL);
		nltest_inj_push(sk, &b);
		nltest_batch_clear(&b);
		nlmsg_free(bad);
		ck_assert_int_eq(genl_ctrl_resolve(sk, "tcp_metrics"),
				 -NLE_OBJ_NOTFOUND);
		ck_assert_uint_eq(nltest_inj_underruns(sk), 0);
	}
	inj_free(sk);
}
END_TEST

/* genl_handle_msg() on a controller answer: the library's own parser hands
 * the family to a parser parameter, and skips without one. */
static int take_family(struct nl_object *obj, struct nl_parser_param *pp)
{
	nl_object_get(obj);
	*(struct nl_object **)pp->pp_arg = obj;
	return 7;
}

START_TEST(ctrl_answer_through_dispatch)
{
	struct nl_msg *msg = family_msg(&fam_test, CTRL_CMD_NEWFAMILY);
	struct nl_object *obj = NULL;
	struct nl_parser_param pp = { .pp_cb = take_family, .pp_arg = &obj };

	ck_assert_int_eq(genl_handle_msg(msg, NULL), NL_SKIP);
	ck_assert_int_eq(genl_handle_msg(msg, &pp), 7);
	ck_assert_ptr_nonnull(obj);
	ck_assert_str_eq(genl_family_get_name((struct genl_family *)obj), "tcp_metrics");
	ck_assert_int_eq(obj->ce_msgtype, GENL_ID_CTRL);
	nl_object_put(obj);
	nlmsg_free(msg);
}
END_TEST

/*
 * Untrusted bytes: every truncation of a valid family message.  The cache
 * core skips messages that fail to parse; a cut on an attribute boundary
 * is a valid, shorter description.  Nothing may crash or leak (the suite
 * runs under ASan in CI) and only the whole message gives the whole family.
 */
START_TEST(ctrl_truncated_replies)
{
	struct nl_msg *good = family_msg(&fam_test, CTRL_CMD_NEWFAMILY);
	struct nlmsghdr *nlh = nlmsg_hdr(good);
	uint32_t len = nlh->nlmsg_len, cut;
	int skipped = 0, partial = 0;

	for (cut = NLMSG_HDRLEN; cut <= len; cut++) {
		struct nl_sock *sk = inj_sock();
		struct nltest_batch b;
		struct nl_cache *cache = NULL;
		struct genl_family *f;

		nlh->nlmsg_len = cut;
		nltest_batch_init(&b);
		nltest_batch_msg(&b, nlh, NLM_F_MULTI, NLTEST_SEQ_REQ);
		nltest_batch_done(&b, NLM_F_MULTI, NLTEST_SEQ_REQ);
		nltest_inj_push(sk, &b);
		nltest_batch_clear(&b);
		ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &cache), 0);
		ck_assert_int_le(nl_cache_nitems(cache), 1);
		if (nl_cache_nitems(cache) == 0)
			skipped++;
		f = genl_ctrl_search(cache, 0x1b);
		if (cut < len && f)
			partial++;
		if (cut == len) {
			ck_assert_ptr_nonnull(f);
			ck_assert_uint_eq(genl_family_get_maxattr(f), 13);
		}
		if (f)
			genl_family_put(f);
		nl_cache_free(cache);
		inj_free(sk);
	}
	nlh->nlmsg_len = len;
	ck_assert_int_ge(skipped, 4);	/* at least the cut generic headers */
	ck_assert_int_gt(partial, 0);
	nlmsg_free(good);
}
END_TEST

/* Nested lists with missing or malformed entries fail the message. */
START_TEST(ctrl_bad_nested_entries)
{
	struct nl_cache *cache = nl_cache_alloc(nl_cache_ops_lookup("genl/family"));
	struct nlattr *list, *item;
	struct nl_msg *msg;

	ck_assert_ptr_nonnull(cache);

	/* a group without name */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWFAMILY, 2);
	nla_put_u16(msg, CTRL_ATTR_FAMILY_ID, 0x30);
	list = nla_nest_start(msg, CTRL_ATTR_MCAST_GROUPS);
	item = nla_nest_start(msg, 1);
	nla_put_u32(msg, CTRL_ATTR_MCAST_GRP_ID, 5);
	nla_nest_end(msg, item);
	nla_nest_end(msg, list);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_MISSING_ATTR);
	nlmsg_free(msg);

	/* an operation without id */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWFAMILY, 2);
	nla_put_u16(msg, CTRL_ATTR_FAMILY_ID, 0x30);
	list = nla_nest_start(msg, CTRL_ATTR_OPS);
	item = nla_nest_start(msg, 1);
	nla_put_u32(msg, CTRL_ATTR_OP_FLAGS, 5);
	nla_nest_end(msg, item);
	nla_nest_end(msg, list);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_MISSING_ATTR);
	nlmsg_free(msg);

	/* an operation id of the wrong size */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWFAMILY, 2);
	list = nla_nest_start(msg, CTRL_ATTR_OPS);
	item = nla_nest_start(msg, 1);
	nla_put_u8(msg, CTRL_ATTR_OP_ID, 5);
	nla_nest_end(msg, item);
	nla_nest_end(msg, list);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_RANGE);
	nlmsg_free(msg);

	/* a family id of the wrong size */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWFAMILY, 2);
	nla_put_u8(msg, CTRL_ATTR_FAMILY_ID, 5);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_RANGE);
	nlmsg_free(msg);

	/* group and family names longer than GENL_NAMSIZ are refused */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWFAMILY, 2);
	nla_put_string(msg, CTRL_ATTR_FAMILY_NAME, "0123456789abcdefghij");
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), -NLE_RANGE);
	nlmsg_free(msg);

	/* group-change events describe no family: skipped */
	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, GENL_ID_CTRL, 0, 0, CTRL_CMD_NEWMCAST_GRP, 2);
	nla_put_u16(msg, CTRL_ATTR_FAMILY_ID, 0x30);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), NL_SKIP);
	nlmsg_free(msg);

	ck_assert_int_eq(nl_cache_nitems(cache), 0);

	/* a whole one is taken */
	msg = family_msg(&fam_test, CTRL_CMD_NEWFAMILY);
	ck_assert_int_eq(nl_cache_parse_and_add(cache, msg), 0);
	nlmsg_free(msg);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	nl_cache_free(cache);
}
END_TEST

/* Controller events as the cache manager includes them: NEWFAMILY adds or
 * replaces, DELFAMILY removes. */
static int ev_last_act, ev_calls;

static void ev_change(struct nl_cache *cache, struct nl_object *obj, int act,
		      void *data)
{
	ev_last_act = act;
	ev_calls++;
}

static int include_msg(struct nl_cache *cache, const struct fam_desc *d,
		       uint8_t cmd)
{
	struct nl_msg *msg = family_msg(d, cmd);
	struct nl_cache *tmp = nl_cache_alloc(cache->c_ops);
	struct nl_object *obj;
	int err;

	ck_assert_int_eq(nl_cache_parse_and_add(tmp, msg), 0);
	obj = nl_cache_get_first(tmp);
	ck_assert_ptr_nonnull(obj);
	/* what the cache manager calls for each event */
	ck_assert_ptr_nonnull(cache->c_ops->co_include_event);
	err = cache->c_ops->co_include_event(cache, obj, ev_change, NULL, NULL);
	nl_cache_free(tmp);
	nlmsg_free(msg);
	return err;
}

START_TEST(ctrl_events)
{
	struct nl_cache *cache = nl_cache_alloc(nl_cache_ops_lookup("genl/family"));
	struct fam_desc changed = fam_test;
	struct genl_family *f;

	ev_calls = 0;
	ck_assert_int_eq(include_msg(cache, &fam_test, CTRL_CMD_NEWFAMILY), 0);
	ck_assert_int_eq(ev_calls, 1);
	ck_assert_int_eq(ev_last_act, NL_ACT_NEW);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);

	changed.maxattr = 20;
	ck_assert_int_eq(include_msg(cache, &changed, CTRL_CMD_NEWFAMILY), 0);
	ck_assert_int_eq(ev_calls, 2);
	ck_assert_int_eq(ev_last_act, NL_ACT_CHANGE);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	f = genl_ctrl_search(cache, 0x1b);
	ck_assert_uint_eq(genl_family_get_maxattr(f), 20);
	genl_family_put(f);

	ck_assert_int_eq(include_msg(cache, &fam_nlctrl, CTRL_CMD_NEWFAMILY), 0);
	ck_assert_int_eq(nl_cache_nitems(cache), 2);
	ck_assert_int_eq(include_msg(cache, &fam_test, CTRL_CMD_DELFAMILY), 0);
	ck_assert_int_eq(ev_calls, 4);
	ck_assert_int_eq(ev_last_act, NL_ACT_DEL);
	ck_assert_int_eq(nl_cache_nitems(cache), 1);
	ck_assert_ptr_null(genl_ctrl_search(cache, 0x1b));
	/* deleting what is not there changes nothing */
	ck_assert_int_eq(include_msg(cache, &fam_test, CTRL_CMD_DELFAMILY), 0);
	ck_assert_int_eq(ev_calls, 4);
	nl_cache_free(cache);
}
END_TEST

static Suite *genl_suite(void)
{
	Suite *s = suite_create("genl");
	TCase *tc;

	tc = tcase_create("msg");
	tcase_add_test(tc, msg_put_and_accessors);
	tcase_add_test(tc, msg_put_no_room);
	tcase_add_test(tc, msg_parse_validate);
	suite_add_tcase(s, tc);

	tc = tcase_create("mngt");
	tcase_add_checked_fixture(tc, reg_setup, reg_teardown);
	tcase_add_test(tc, dispatch_to_command);
	tcase_add_test(tc, dispatch_errors);
	tcase_add_test(tc, dispatch_through_socket);
	tcase_add_test(tc, op2name);
	tcase_add_test(tc, register_family_errors);
	tcase_add_test(tc, register_cache_ops);
	suite_add_tcase(s, tc);

	tc = tcase_create("family");
	tcase_add_test(tc, family_accessors);
	tcase_add_test(tc, family_dump_format);
	tcase_add_test(tc, family_clone_compare);
	suite_add_tcase(s, tc);

	tc = tcase_create("ctrl");
	tcase_add_test(tc, ctrl_cache_from_dump);
	tcase_add_test(tc, ctrl_resolve_through_registry);
	tcase_add_test(tc, ctrl_resolve_by_name);
	tcase_add_test(tc, ctrl_answer_through_dispatch);
	tcase_add_test(tc, ctrl_truncated_replies);
	tcase_add_test(tc, ctrl_bad_nested_entries);
	tcase_add_test(tc, ctrl_events);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(genl_suite)
