/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: the input is an attribute stream.  It is walked,
 * validated and parsed against a policy that uses every NLA_* type,
 * nested attributes are parsed recursively, and each attribute that
 * validated is read with the matching nla_get_*().  The stream is also
 * copied into a message attribute by attribute and parsed back.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>

#define MAXTYPE 24

static struct nla_policy policy[MAXTYPE + 1];

static void init_policy(void)
{
	static int done;
	int i;

	if (done)
		return;
	done = 1;
	/* one attribute type per policy type, and a few with limits */
	for (i = 0; i <= MAXTYPE; i++)
		policy[i].type = i <= NLA_TYPE_MAX ? i : NLA_UNSPEC;
	policy[16].type = NLA_STRING;
	policy[16].maxlen = 8;
	policy[17].type = NLA_BINARY;
	policy[17].minlen = 2;
	policy[17].maxlen = 6;
	policy[18].type = NLA_NESTED;
	policy[19].type = NLA_NUL_STRING;
	policy[19].maxlen = 4;
	policy[22].type = NLA_NESTED;
}

static volatile uint64_t sink;

static void read_typed(struct nlattr *nla, int ptype)
{
	char buf[16];
	char *s;

	switch (ptype) {
	case NLA_U8:
		sink += nla_get_u8(nla);
		break;
	case NLA_U16:
		sink += nla_get_u16(nla);
		break;
	case NLA_U32:
		sink += nla_get_u32(nla);
		break;
	case NLA_U64:
		sink += nla_get_u64(nla);
		break;
	case NLA_S8:
		sink += nla_get_s8(nla);
		break;
	case NLA_S16:
		sink += nla_get_s16(nla);
		break;
	case NLA_S32:
		sink += nla_get_s32(nla);
		break;
	case NLA_S64:
		sink += nla_get_s64(nla);
		break;
	case NLA_SINT:
		sink += nla_get_sint(nla);
		break;
	case NLA_UINT:
		sink += nla_get_uint(nla);
		break;
	case NLA_MSECS:
		sink += nla_get_msecs(nla);
		break;
	case NLA_FLAG:
		sink += nla_get_flag(nla);
		break;
	case NLA_STRING:
		/* validated: NUL-terminated inside the payload */
		sink += strlen(nla_get_string(nla));
		s = nla_strdup(nla);
		free(s);
		sink += nla_strcmp(nla, "eth0");
		break;
	default:
		sink += nla_strlcpy(buf, nla, sizeof(buf));
		sink += nla_memcpy(buf, nla, sizeof(buf));
		sink += nla_memcmp(nla, "abcd", 4);
		break;
	}
}

static void parse_level(struct nlattr *head, int len, int depth)
{
	struct nlattr *tb[MAXTYPE + 1];
	struct nlattr *pos;
	int rem, i;

	nla_for_each_attr(pos, head, len, rem) {
		sink += nla_type(pos) + nla_len(pos) + nla_is_nested(pos);
	}
	sink += rem;
	sink += (uintptr_t)nla_find(head, len, 3);

	if (nla_validate(head, len, MAXTYPE, policy) < 0)
		return;
	if (nla_parse(tb, MAXTYPE, head, len, policy) < 0)
		abort();	/* validate and parse must agree */

	for (i = 0; i <= MAXTYPE; i++) {
		if (!tb[i])
			continue;
		read_typed(tb[i], policy[i].type);
		if (policy[i].type == NLA_NESTED && depth < 8) {
			parse_level(nla_data(tb[i]), nla_len(tb[i]), depth + 1);
			nla_for_each_nested(pos, tb[i], rem)
				sink += nla_len(pos);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nlattr *head, *pos;
	struct nl_msg *msg;
	int rem;

	init_policy();
	if (size > 65536)
		return 0;

	/* an exact-size heap copy so that overreads are caught */
	head = malloc(size ? size : 1);
	if (!head)
		return 0;
	memcpy(head, data, size);

	parse_level(head, (int)size, 0);

	/* rebuild: copy each complete attribute into a message */
	msg = nlmsg_alloc_size(size + 64);
	if (msg) {
		nla_for_each_attr(pos, head, (int)size, rem) {
			if (nla_is_nested(pos)) {
				struct nlattr *n = nla_nest_start(msg, nla_type(pos));

				if (!n)
					break;
				if (nla_put(msg, 1, nla_len(pos), nla_data(pos)) < 0) {
					nla_nest_cancel(msg, n);
					break;
				}
				nla_nest_end(msg, n);
			} else if (nla_put(msg, nla_type(pos), nla_len(pos),
					   nla_data(pos)) < 0)
				break;
		}
		parse_level(nlmsg_attrdata(nlmsg_hdr(msg), 0),
			    nlmsg_attrlen(nlmsg_hdr(msg), 0), 0);
		nlmsg_free(msg);
	}

	free(head);
	return 0;
}
