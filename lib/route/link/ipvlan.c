/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPVLAN links (IFLA_INFO_KIND "ipvlan").
 */

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/route/link/ipvlan.h>

#define IV_MODE		(1ULL << 0)
#define IV_FLAGS	(1ULL << 1)

struct ipvlan_info {
	uint64_t ce_mask;
	uint16_t mode;
	uint16_t flags;		/* IFLA_IPVLAN_FLAGS, kept for round trips */
};

static const struct nlo_attr ipvlan_attrs[] = {
	NLO_ENTRY(struct ipvlan_info, mode, IV_MODE, "mode", NLO_U16,
		  .nla = IFLA_IPVLAN_MODE),
	NLO_ENTRY(struct ipvlan_info, flags, IV_FLAGS, "flags", NLO_U16,
		  .nla = IFLA_IPVLAN_FLAGS),
};

static const struct nlo_table ipvlan_table =
	NLO_TABLE(struct ipvlan_info, ce_mask, ipvlan_attrs, IFLA_IPVLAN_MAX);

static const struct trans_tbl ipvlan_modes[] = {
	__ADD(IPVLAN_MODE_L2, l2),
	__ADD(IPVLAN_MODE_L3, l3),
};

static void ipvlan_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct ipvlan_info *iv = link->l_info;
	char buf[32];

	if (iv && (iv->ce_mask & IV_MODE))
		nl_dump(p, "ipvlan-mode %s",
			rtnl_link_ipvlan_mode2str(iv->mode, buf, sizeof(buf)));
}

static struct rtnl_link_info_ops ipvlan_info_ops = {
	.io_name = "ipvlan",
	/* upstream prints the line text again, unindented, in details */
	.io_dump = { [NL_DUMP_LINE] = ipvlan_dump_line, [NL_DUMP_DETAILS] = ipvlan_dump_line },
	.io_table = &ipvlan_table,
	.io_size = sizeof(struct ipvlan_info),
};

KA_REGISTER(ipvlan_info_ops)

/** Allocate a link of kind "ipvlan"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ipvlan_alloc(void)
{
	return _kinds_a_alloc("ipvlan");
}

/** Nonzero when link is of kind "ipvlan". */
int rtnl_link_is_ipvlan(struct rtnl_link *link)
{
	return link && link->l_info_ops == &ipvlan_info_ops;
}

/**
 * Set the mode (IPVLAN_MODE_L2, _L3, _L3S); the value is not checked here
 * (the kernel refuses unknown modes).
 * @return 0 or -NLE_OPNOTSUPP when link is not an ipvlan link.
 */
int rtnl_link_ipvlan_set_mode(struct rtnl_link *link, uint16_t mode)
{
	KA_DATA(struct ipvlan_info, iv, link, &ipvlan_info_ops);
	iv->mode = mode;
	iv->ce_mask |= IV_MODE;
	return 0;
}

/** Get the mode into *out_mode; -NLE_INVAL when unset or out_mode NULL. */
int rtnl_link_ipvlan_get_mode(struct rtnl_link *link, uint16_t *out_mode)
{
	KA_DATA(struct ipvlan_info, iv, link, &ipvlan_info_ops);
	if (!out_mode || !(iv->ce_mask & IV_MODE))
		return -NLE_INVAL;
	*out_mode = iv->mode;
	return 0;
}

/** Name of an IPVLAN_MODE_* value ("0x.." when unknown). */
char *rtnl_link_ipvlan_mode2str(int mode, char *buf, size_t len)
{
	return __type2str(mode, buf, len, ipvlan_modes,
			  ARRAY_SIZE(ipvlan_modes));
}

/** IPVLAN_MODE_* value of a name; a negative NLE_* code when unknown. */
int rtnl_link_ipvlan_str2mode(const char *name)
{
	return __str2type(name, ipvlan_modes, ARRAY_SIZE(ipvlan_modes));
}
