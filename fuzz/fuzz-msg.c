/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: the input is what a netlink socket could return.
 * Byte 0 picks the protocol, byte 1 the family header length; the rest is
 * walked with nlmsg_ok()/nlmsg_next(), each complete message is checked
 * with nlmsg_valid_hdr(), validated and parsed against a policy, its
 * attributes looked up, and it is copied into an nl_msg and dumped with
 * nl_msg_dump() (with registered cache types so that the attribute dump
 * runs too).  nl_msg_parse() is not used: it needs object parsers.
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

#include "nl-private/core.h"

struct fz_obj {
	NLHDR_COMMON
};

static struct nl_object_ops fz_obj_ops = {
	.oo_name = "fuzz/obj",
	.oo_size = sizeof(struct fz_obj),
};

static struct nl_cache_ops fz_ops = {
	.co_name = "fuzz/thing",
	.co_hdrsize = 8,
	.co_protocol = 23,
	.co_msgtypes = {
		{ 16, NL_ACT_NEW, "new" },
		{ 17, NL_ACT_DEL, "del" },
		{ 18, NL_ACT_GET, "get" },
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &fz_obj_ops,
};

static struct nl_cache_ops fz_genl_ops = {
	.co_name = "fuzz/genl",
	.co_hdrsize = GENL_HDRLEN + 4,
	.co_protocol = NETLINK_GENERIC,
	.co_msgtypes = {
		{ 16, NL_ACT_NEW, "fam" },
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &fz_obj_ops,
};

static const struct nla_policy policy[9] = {
	[1] = { .type = NLA_U32 },
	[2] = { .type = NLA_STRING, .maxlen = 16 },
	[3] = { .type = NLA_NESTED },
	[4] = { .type = NLA_U64 },
	[5] = { .type = NLA_FLAG },
	[6] = { .type = NLA_U8 },
	[7] = { .type = NLA_BINARY, .maxlen = 32 },
	[8] = { .type = NLA_S16 },
};

static FILE *devnull;
static volatile uint64_t sink;

static void setup(void)
{
	if (devnull)
		return;
	devnull = fopen("/dev/null", "w");
	nl_cache_mngt_register(&fz_ops);
	nl_cache_mngt_register(&fz_genl_ops);
}

static const int protocols[] = { NETLINK_ROUTE, NETLINK_GENERIC, 23, 99 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nlmsghdr *buf, *nlh;
	int proto, hdrlen, rem;
	char tmp[64];

	setup();
	if (size < 2 || size > 65536)
		return 0;

	proto = protocols[data[0] % 4];
	hdrlen = data[1] % 24;
	data += 2;
	size -= 2;

	buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);

	for (nlh = buf, rem = (int)size; nlmsg_ok(nlh, rem);
	     nlh = nlmsg_next(nlh, &rem)) {
		struct nlattr *tb[9];
		struct nl_msg *msg;

		sink += nlmsg_datalen(nlh);
		sink += strlen(nl_nlmsgtype2str(nlh->nlmsg_type, tmp, sizeof(tmp)));
		sink += strlen(nl_nlmsg_flags2str(nlh->nlmsg_flags, tmp, sizeof(tmp)));

		if (nlmsg_valid_hdr(nlh, hdrlen)) {
			int v = nlmsg_validate(nlh, hdrlen, 8, policy);
			int p = nlmsg_parse(nlh, hdrlen, tb, 8, policy);

			if (v != p)
				abort();
			if (!p) {
				if (tb[1])
					sink += nla_get_u32(tb[1]);
				if (tb[2])
					sink += strlen(nla_get_string(tb[2]));
				if (tb[4])
					sink += nla_get_u64(tb[4]);
				if (tb[6])
					sink += nla_get_u8(tb[6]);
				if (tb[8])
					sink += nla_get_s16(tb[8]);
				if (tb[3]) {
					struct nlattr *nt[9];

					if (!nla_parse_nested(nt, 8, tb[3], policy) &&
					    nt[1])
						sink += nla_get_u32(nt[1]);
				}
			}
			sink += (uintptr_t)nlmsg_find_attr(nlh, hdrlen, 2);
		} else if (nlmsg_parse(nlh, hdrlen, tb, 8, policy) !=
			   -NLE_MSG_TOOSHORT)
			abort();

		msg = nlmsg_convert(nlh);
		if (msg) {
			nlmsg_set_proto(msg, proto);
			if (devnull)
				nl_msg_dump(msg, devnull);
			nlmsg_free(msg);
		}
	}

	/* a whole buffer (even a broken one) kept as one nl_msg */
	if (size >= sizeof(struct nlmsghdr)) {
		struct nl_msg *msg = nlmsg_alloc_size(size);

		if (msg) {
			memcpy(nlmsg_hdr(msg), buf, size);
			nlmsg_set_proto(msg, proto);
			if (devnull)
				nl_msg_dump(msg, devnull);
			nlmsg_free(msg);
		}
	}

	free(buf);
	return 0;
}
