/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * VRF links (IFLA_INFO_KIND "vrf").
 */

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/route/link/vrf.h>

#define VRF_TABLE	(1ULL << 0)

struct vrf_info {
	uint64_t ce_mask;
	uint32_t table;
};

static const struct nlo_attr vrf_attrs[] = {
	NLO_ENTRY(struct vrf_info, table, VRF_TABLE, "table", NLO_U32,
		  .nla = IFLA_VRF_TABLE),
};

static const struct nlo_table vrf_table =
	NLO_TABLE(struct vrf_info, ce_mask, vrf_attrs, IFLA_VRF_MAX);

static void vrf_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct vrf_info *vi = link->l_info;

	if (vi && (vi->ce_mask & VRF_TABLE))
		nl_dump(p, "table-id %u", vi->table);
}

static struct rtnl_link_info_ops vrf_info_ops = {
	.io_name = "vrf",
	/* upstream prints the line text again, unindented, in details */
	.io_dump = { [NL_DUMP_LINE] = vrf_dump_line, [NL_DUMP_DETAILS] = vrf_dump_line },
	.io_table = &vrf_table,
	.io_size = sizeof(struct vrf_info),
};

KA_REGISTER(vrf_info_ops)

/** Allocate a link of kind "vrf"; NULL when out of memory. */
struct rtnl_link *rtnl_link_vrf_alloc(void)
{
	return _kinds_a_alloc("vrf");
}

/** Nonzero when link is of kind "vrf". */
int rtnl_link_is_vrf(struct rtnl_link *link)
{
	return link && link->l_info_ops == &vrf_info_ops;
}

/**
 * Get the routing table of the VRF into *id.
 * @return 0, -NLE_INVAL without id, -NLE_AGAIN when unset,
 *         -NLE_OPNOTSUPP when link is not a vrf link.
 */
int rtnl_link_vrf_get_tableid(struct rtnl_link *link, uint32_t *id)
{
	KA_DATA(struct vrf_info, vi, link, &vrf_info_ops);
	if (!id)
		return -NLE_INVAL;
	if (!(vi->ce_mask & VRF_TABLE))
		return -NLE_AGAIN;
	*id = vi->table;
	return 0;
}

/** Set the routing table of the VRF; -NLE_OPNOTSUPP for another kind. */
int rtnl_link_vrf_set_tableid(struct rtnl_link *link, uint32_t id)
{
	KA_DATA(struct vrf_info, vi, link, &vrf_info_ops);
	vi->table = id;
	vi->ce_mask |= VRF_TABLE;
	return 0;
}
