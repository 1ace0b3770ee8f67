/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-genl-3 against the kernel's generic netlink controller, in a
 * private network namespace: name and group resolution, the family cache,
 * requests answered through genl_handle_msg() dispatch.
 */

#include <errno.h>
#include <string.h>
#include <net/if.h>
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

/* From the kernel's netdev family (include/uapi/linux/netdev.h). */
#define NETDEV_CMD_DEV_GET	1
#define NETDEV_A_DEV_IFINDEX	1
#define NETDEV_A_DEV_MAX	8

/* Families a network namespace of this kernel always has. */
static const char *const ns_families[] = {
	"nlctrl", "ethtool", "netdev", "tcp_metrics", "mptcp_pm",
};

static struct nl_sock *genl_sock(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	ck_assert_ptr_nonnull(sk);
	ck_assert_int_eq(genl_connect(sk), 0);
	return sk;
}

START_TEST(resolve_names)
{
	struct nl_sock *sk = genl_sock();
	struct nl_cache *cache;
	size_t i;

	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &cache), 0);
	ck_assert_int_eq(genl_ctrl_resolve(sk, "nlctrl"), GENL_ID_CTRL);
	for (i = 0; i < sizeof(ns_families) / sizeof(ns_families[0]); i++) {
		struct genl_family *f;
		int id = genl_ctrl_resolve(sk, ns_families[i]);

		f = genl_ctrl_search_by_name(cache, ns_families[i]);
		ck_assert_msg(f != NULL, "%s not in cache", ns_families[i]);
		ck_assert_int_ge(id, GENL_ID_CTRL);
		ck_assert_int_eq(id, (int)genl_family_get_id(f));
		genl_family_put(f);
	}
	ck_assert_int_eq(genl_ctrl_resolve(sk, "no-such-family"), -NLE_OBJ_NOTFOUND);
	/* the socket is still in step after the error */
	ck_assert_int_eq(genl_ctrl_resolve(sk, "nlctrl"), GENL_ID_CTRL);
	nl_cache_free(cache);
	nl_socket_free(sk);
}
END_TEST

START_TEST(resolve_without_auto_ack)
{
	struct nl_sock *sk = genl_sock();

	nl_socket_disable_auto_ack(sk);
	ck_assert_int_eq(genl_ctrl_resolve(sk, "nlctrl"), GENL_ID_CTRL);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nlctrl", "notify"), GENL_ID_CTRL);
	ck_assert_int_eq(genl_ctrl_resolve(sk, "no-such-family"), -NLE_OBJ_NOTFOUND);
	nl_socket_free(sk);
}
END_TEST

START_TEST(resolve_groups)
{
	struct nl_sock *sk = genl_sock();
	struct nl_cache *cache;
	struct genl_family *f;
	int grp;

	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nlctrl", "notify"), GENL_ID_CTRL);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "nlctrl", "no-group"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(genl_ctrl_resolve_grp(sk, "no-such-family", "notify"), -NLE_OBJ_NOTFOUND);

	/* a dynamic group id: the same as the dump says, and joinable */
	grp = genl_ctrl_resolve_grp(sk, "mptcp_pm", "mptcp_pm_events");
	ck_assert_int_gt(grp, 0);
	ck_assert_int_ne(grp, GENL_ID_CTRL);
	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &cache), 0);
	f = genl_ctrl_search_by_name(cache, "mptcp_pm");
	ck_assert_ptr_nonnull(f);
	{
		struct genl_family_grp *g;
		int found = 0;

		nl_list_for_each_entry(g, &f->gf_mc_grps, list)
			if (!strcmp(g->name, "mptcp_pm_events")) {
				ck_assert_int_eq((int)g->id, grp);
				found = 1;
			}
		ck_assert_int_eq(found, 1);
	}
	genl_family_put(f);
	nl_cache_free(cache);
	ck_assert_int_eq(nl_socket_add_membership(sk, grp), 0);
	nl_socket_free(sk);
}
END_TEST

START_TEST(dump_families)
{
	struct nl_sock *sk = genl_sock();
	struct nl_cache *cache;
	struct genl_family *f;
	char buf[1024];
	struct nl_dump_params p = {
		.dp_type = NL_DUMP_DETAILS,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &cache), 0);
	ck_assert_int_ge(nl_cache_nitems(cache), 5);
	ck_assert_int_eq(nl_cache_is_consistent(cache), 1);

	f = genl_ctrl_search(cache, GENL_ID_CTRL);
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(genl_family_get_name(f), "nlctrl");
	ck_assert_uint_eq(genl_family_get_version(f), 2);
	ck_assert_uint_eq(genl_family_get_hdrsize(f), 0);
	memset(buf, 0, sizeof(buf));
	nl_object_dump((struct nl_object *)f, &p);
	/* nlctrl's GETFAMILY does and dumps; its group is "notify" (0x10) */
	ck_assert_msg(!strncmp(buf, "0x0010 nlctrl version 2\n    hdrsize 0 maxattr ", 46),
		      "got: %s", buf);
	ck_assert_ptr_nonnull(strstr(buf, "      op GETFAMILY (0x03) <has_doit,has_dump"));
	ck_assert_ptr_nonnull(strstr(buf, "      grp notify (0x10)\n"));
	genl_family_put(f);

	/* ids are unique and every family has a name */
	nl_list_for_each_entry(f, &cache->c_items, ce_list) {
		struct genl_family *g = genl_ctrl_search(cache, f->gf_id);

		ck_assert_ptr_eq(g, f);
		genl_family_put(g);
		ck_assert_ptr_nonnull(genl_family_get_name(f));
	}
	nl_cache_free(cache);
	nl_socket_free(sk);
}
END_TEST

/* genl_handle_msg() hands controller answers to the controller's own
 * NEWFAMILY parser, which passes family objects to a parser parameter. */
static int collect_family(struct nl_object *obj, struct nl_parser_param *pp)
{
	struct genl_family **out = pp->pp_arg;

	if (*out)
		genl_family_put(*out);
	nl_object_get(obj);
	*out = (struct genl_family *)obj;
	return NL_OK;
}

START_TEST(getfamily_through_dispatch)
{
	struct nl_sock *sk = genl_sock();
	struct genl_family *fam = NULL;
	struct nl_parser_param pp = { .pp_cb = collect_family, .pp_arg = &fam };
	struct nl_msg *msg = nlmsg_alloc();
	struct genl_family_op *op;
	int getfamily_flags = -1;

	genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, GENL_ID_CTRL, 0, 0,
		    CTRL_CMD_GETFAMILY, 1);
	nla_put_string(msg, CTRL_ATTR_FAMILY_NAME, "nlctrl");
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, genl_handle_msg, &pp);
	ck_assert_int_gt(nl_send_auto(sk, msg), 0);
	nlmsg_free(msg);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
	ck_assert_int_eq(nl_wait_for_ack(sk), 0);

	ck_assert_ptr_nonnull(fam);
	ck_assert_uint_eq(genl_family_get_id(fam), GENL_ID_CTRL);
	ck_assert_str_eq(genl_family_get_name(fam), "nlctrl");
	ck_assert_uint_eq(genl_family_get_version(fam), 2);
	nl_list_for_each_entry(op, &fam->gf_ops, o_list)
		if (op->o_id == CTRL_CMD_GETFAMILY)
			getfamily_flags = op->o_flags;
	ck_assert_int_eq(getfamily_flags & (GENL_CMD_CAP_DO | GENL_CMD_CAP_DUMP),
			 GENL_CMD_CAP_DO | GENL_CMD_CAP_DUMP);
	genl_family_put(fam);
	nl_socket_free(sk);
}
END_TEST

/* A family of our own, resolved through the kernel, answering a dump. */
static struct {
	int calls;
	uint32_t ifindex[8];
	uint8_t cmd;
} netdev_seen;

static int netdev_parser(struct nl_cache_ops *ops, struct genl_cmd *cmd,
			 struct genl_info *info, void *arg)
{
	ck_assert_ptr_null(ops);
	ck_assert_ptr_eq(arg, &netdev_seen);
	ck_assert_ptr_eq(info->genlhdr, nlmsg_data(info->nlh));
	if (info->attrs[NETDEV_A_DEV_IFINDEX] && netdev_seen.calls < 8)
		netdev_seen.ifindex[netdev_seen.calls] =
			nla_get_u32(info->attrs[NETDEV_A_DEV_IFINDEX]);
	netdev_seen.cmd = info->genlhdr->cmd;
	netdev_seen.calls++;
	return NL_OK;
}

static struct nla_policy netdev_policy[NETDEV_A_DEV_MAX + 1] = {
	[NETDEV_A_DEV_IFINDEX] = { .type = NLA_U32 },
};

static struct genl_cmd netdev_cmds[] = {
	{ .c_id = NETDEV_CMD_DEV_GET, .c_name = "dev-get",
	  .c_maxattr = NETDEV_A_DEV_MAX, .c_attr_policy = netdev_policy,
	  .c_msg_parser = netdev_parser },
};

static struct genl_ops netdev_ops = {
	.o_name = "netdev",
	.o_cmds = netdev_cmds,
	.o_ncmds = 1,
};

START_TEST(own_family_dispatch)
{
	struct nl_sock *sk = genl_sock();
	char buf[32];

	ck_assert_int_eq(genl_register_family(&netdev_ops), 0);
	ck_assert_int_eq(genl_mngt_resolve(sk), 0);
	ck_assert_int_eq(netdev_ops.o_id, genl_ctrl_resolve(sk, "netdev"));
	netdev_ops.o_id = 0;
	ck_assert_int_eq(genl_resolve_id(&netdev_ops), 0);
	ck_assert_int_eq(netdev_ops.o_id, genl_ctrl_resolve(sk, "netdev"));
	ck_assert_str_eq(genl_op2name(netdev_ops.o_id, NETDEV_CMD_DEV_GET, buf,
				      sizeof(buf)), "dev-get");

	memset(&netdev_seen, 0, sizeof(netdev_seen));
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, genl_handle_msg,
			    &netdev_seen);
	ck_assert_int_eq(genl_send_simple(sk, netdev_ops.o_id, NETDEV_CMD_DEV_GET,
					  1, NLM_F_DUMP), NLMSG_HDRLEN + GENL_HDRLEN);
	ck_assert_int_eq(nl_recvmsgs_default(sk), 0);
	/* the namespace has exactly one device: lo */
	ck_assert_int_eq(netdev_seen.calls, 1);
	ck_assert_uint_eq(netdev_seen.ifindex[0], if_nametoindex("lo"));
	ck_assert_uint_eq(netdev_seen.cmd, NETDEV_CMD_DEV_GET);
	ck_assert_int_eq(genl_unregister_family(&netdev_ops), 0);
	nl_socket_free(sk);
}
END_TEST

START_TEST(unknown_family_errors)
{
	struct nl_sock *sk = genl_sock();
	struct genl_ops none = { .o_name = "no-such-family" };

	ck_assert_int_eq(genl_ops_resolve(sk, &none), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(none.o_id, 0);
	ck_assert_int_eq(genl_resolve_id(&none), -NLE_OBJ_NOTFOUND);
	/* the kernel refuses requests for a family id nobody has */
	ck_assert_int_gt(genl_send_simple(sk, 0x3ff0, 1, 1, 0), 0);
	ck_assert_int_lt(nl_wait_for_ack(sk), 0);
	nl_socket_free(sk);
}
END_TEST

/* Family dumps are never flagged by the kernel: verify mode listens on
 * nlctrl's "notify" group during the refill instead. */
START_TEST(verify_mode_fill)
{
	struct nl_sock *sk = genl_sock();
	struct nl_cache *plain, *verified;
	struct genl_family *f;

	ck_assert_ptr_nonnull(nl_cache_ops_lookup("genl/family"));
	ck_assert_int_eq(nl_cache_ops_lookup("genl/family")->co_groups[0].ag_group,
			 GENL_ID_CTRL);
	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &plain), 0);
	ck_assert_int_eq(nl_socket_set_dump_flags(sk, NL_SOCK_DUMP_VERIFY), 0);
	ck_assert_int_eq(genl_ctrl_alloc_cache(sk, &verified), 0);
	ck_assert_int_eq(nl_cache_is_consistent(verified), 1);
	ck_assert_int_eq(nl_cache_nitems(verified), nl_cache_nitems(plain));
	nl_list_for_each_entry(f, &plain->c_items, ce_list) {
		struct genl_family *g = genl_ctrl_search(verified, f->gf_id);

		ck_assert_ptr_nonnull(g);
		ck_assert_str_eq(genl_family_get_name(g), genl_family_get_name(f));
		genl_family_put(g);
	}
	nl_cache_free(plain);
	nl_cache_free(verified);
	nl_socket_free(sk);
}
END_TEST

static Suite *kernel_genl_suite(void)
{
	Suite *s = suite_create("kernel-genl");
	TCase *tc = tcase_create("ctrl");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, resolve_names);
	tcase_add_test(tc, resolve_without_auto_ack);
	tcase_add_test(tc, resolve_groups);
	tcase_add_test(tc, dump_families);
	tcase_add_test(tc, getfamily_through_dispatch);
	tcase_add_test(tc, own_family_dispatch);
	tcase_add_test(tc, unknown_family_errors);
	tcase_add_test(tc, verify_mode_fill);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN_NETNS(kernel_genl_suite)
