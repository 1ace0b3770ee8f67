/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target for libnl-genl-3: the input is what a NETLINK_GENERIC
 * socket could return.  Each message is handed to the "genl/family" cache
 * parser (controller answers), to genl_handle_msg() with a registered
 * family whose command has a policy, and checked with the genlmsg_*
 * helpers; the families parsed are dumped in detail.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/genetlink.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/mngt.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct nla_policy fz_policy[5] = {
	[1] = { .type = NLA_U32 },
	[2] = { .type = NLA_STRING, .maxlen = 16 },
	[3] = { .type = NLA_NESTED },
	[4] = { .type = NLA_U64 },
};

static int fz_parser(struct nl_cache_ops *ops, struct genl_cmd *cmd,
		     struct genl_info *info, void *arg)
{
	struct nlattr *nla;
	int rem, n = 0;

	if (cmd->c_maxattr < 3)		/* attrs has c_maxattr + 1 slots */
		return NL_OK;
	if (info->attrs[1])
		n += nla_get_u32(info->attrs[1]) & 1;
	if (info->attrs[3])
		nla_for_each_nested(nla, info->attrs[3], rem)
			n += nla_len(nla) & 1;
	return n ? NL_OK : NL_SKIP;
}

static struct genl_cmd fz_cmds[] = {
	{ .c_id = 1, .c_name = "ONE", .c_maxattr = 4,
	  .c_attr_policy = fz_policy, .c_msg_parser = fz_parser },
	{ .c_id = 2, .c_name = "TWO", .c_maxattr = 0, .c_msg_parser = fz_parser },
};

static struct genl_ops fz_ops = {
	.o_hdrsize = 4,
	.o_id = 0x20,
	.o_name = "fuzz-genl",
	.o_cmds = fz_cmds,
	.o_ncmds = 2,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int registered;
	static FILE *null;
	struct nl_cache *cache;
	struct nlmsghdr *nlh;
	unsigned char *buf;
	int len = (int)size;

	if (!registered) {
		genl_register_family(&fz_ops);
		null = fopen("/dev/null", "w");
		registered = 1;
	}
	cache = nl_cache_alloc(nl_cache_ops_lookup("genl/family"));
	if (!cache)
		return 0;
	/* an aligned private copy, as a receive buffer would be */
	buf = malloc(size ? size : 1);
	if (!buf)
		goto out;
	memcpy(buf, data, size);

	for (nlh = (struct nlmsghdr *)buf; nlmsg_ok(nlh, len);
	     nlh = nlmsg_next(nlh, &len)) {
		struct nl_msg *msg = nlmsg_convert(nlh);
		struct nlattr *tb[5];

		if (!msg)
			continue;
		if (genlmsg_valid_hdr(nlh, 0)) {
			struct genlmsghdr *g = genlmsg_hdr(nlh);

			(void)genlmsg_attrlen(g, 4);
			(void)genlmsg_user_datalen(g, 4);
			(void)genlmsg_parse(nlh, 4, tb, 4, fz_policy);
			(void)genlmsg_validate(nlh, 0, 4, fz_policy);
		}
		/* the controller's messages and our family's */
		if (nlh->nlmsg_type == GENL_ID_CTRL)
			nl_cache_parse_and_add(cache, msg);
		else
			nlh->nlmsg_type = fz_ops.o_id;
		genl_handle_msg(msg, NULL);
		nlmsg_free(msg);
	}
	if (null) {
		struct nl_dump_params p = {
			.dp_type = NL_DUMP_DETAILS,
			.dp_fd = null,
		};

		nl_cache_dump(cache, &p);
	}
	free(buf);
out:
	nl_cache_free(cache);
	return 0;
}
