/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nat action: stateless address translation (struct tc_nat).
 */

#include <arpa/inet.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/route/action.h>
#include <netlink/route/act/nat.h>

#define NAT_ATTR_PARMS 0x1

struct nat_data {
	uint64_t mask;
	struct tc_nat parms;
};

static const struct nlo_attr nat_attrs[] = {
	NLO_ENTRY(struct nat_data, parms, NAT_ATTR_PARMS, "parms", NLO_BINARY,
		  .nla = TCA_NAT_PARMS,
		  /* upstream always sends the parameters */
		  .flags = NLO_F_ALWAYS),
};

static const struct nlo_table nat_table =
	NLO_TABLE(struct nat_data, mask, nat_attrs, TCA_NAT_MAX);

static void nat_dump_line(struct rtnl_tc *tc, void *data,
			  struct nl_dump_params *p)
{
	struct nat_data *n = data;
	char a[INET_ADDRSTRLEN], b[INET_ADDRSTRLEN];
	unsigned int bits;

	(void)tc;
	if (!n || !(n->mask & NAT_ATTR_PARMS))
		return;
	/* the prefix printed is the bit length of the mask as stored */
	bits = n->parms.mask ? 32 - (unsigned)__builtin_clz(n->parms.mask) : 0;
	nl_dump(p, " %s %s/%u %s/%u", (n->parms.flags & TCA_NAT_FLAG_EGRESS) ?
					     "egress" : "ingress",
		inet_ntop(AF_INET, &n->parms.old_addr, a, sizeof(a)), bits,
		inet_ntop(AF_INET, &n->parms.new_addr, b, sizeof(b)), bits);
}

static struct rtnl_tc_ops nat_ops = {
	.to_kind = "nat",
	.to_type = RTNL_TC_TYPE_ACT,
	.to_size = sizeof(struct nat_data),
	.to_table = &nat_table,
	.to_dump = {
		[NL_DUMP_LINE] = nat_dump_line,
	},
};

TC_REGISTER(nat_ops)

static struct tc_nat *nat_parms(struct rtnl_act *act, int *err, int set)
{
	struct nat_data *n = rtnl_tc_data_check(TC_CAST(act), &nat_ops, err);

	if (!n)
		return NULL;
	/* unset values read as 0, as upstream's */
	if (set)
		n->mask |= NAT_ATTR_PARMS;
	return &n->parms;
}

#define NAT_ACCESSORS(NAME, T, MEMBER)                                         \
	int rtnl_nat_set_##NAME(struct rtnl_act *act, T v)                     \
	{                                                                      \
		int err;                                                       \
		struct tc_nat *p = nat_parms(act, &err, 1);                    \
                                                                               \
		if (!p)                                                        \
			return err;                                            \
		p->MEMBER = v;                                                 \
		return 0;                                                      \
	}                                                                      \
	int rtnl_nat_get_##NAME(struct rtnl_act *act, T *v)                    \
	{                                                                      \
		int err;                                                       \
		struct tc_nat *p = nat_parms(act, &err, 0);                    \
                                                                               \
		if (!p)                                                        \
			return err;                                            \
		if (!v)                                                        \
			return -NLE_INVAL;                                     \
		*v = p->MEMBER;                                                \
		return 0;                                                      \
	}

/** Set / get the address (network order) rewritten by @a act. */
NAT_ACCESSORS(old_addr, in_addr_t, old_addr)
/** Set / get the address (network order) written instead. */
NAT_ACCESSORS(new_addr, in_addr_t, new_addr)
/** Set / get the netmask (network order) applied to the addresses. */
NAT_ACCESSORS(mask, uint32_t, mask)
/** Set / get the flags (TCA_NAT_FLAG_EGRESS: translate sources). */
NAT_ACCESSORS(flags, uint32_t, flags)
/** Set / get the verdict (TC_ACT_*) after the translation. */
NAT_ACCESSORS(action, int, action)
