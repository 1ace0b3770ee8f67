/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * XFRM interfaces (IFLA_INFO_KIND "xfrm").
 */

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/route/link/xfrmi.h>

#define XI_LINK		(1ULL << 0)
#define XI_IF_ID	(1ULL << 1)

struct xfrmi_info {
	uint64_t ce_mask;
	uint32_t link;
	uint32_t if_id;
};

static const struct nlo_attr xfrmi_attrs[] = {
	NLO_ENTRY(struct xfrmi_info, link, XI_LINK, "link", NLO_U32,
		  .nla = IFLA_XFRM_LINK),
	NLO_ENTRY(struct xfrmi_info, if_id, XI_IF_ID, "if_id", NLO_U32,
		  .nla = IFLA_XFRM_IF_ID),
};

static const struct nlo_table xfrmi_table =
	NLO_TABLE(struct xfrmi_info, ce_mask, xfrmi_attrs, IFLA_XFRM_MAX);

static void xfrmi_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	nl_dump(p, "xfrmi : %s", link->l_name);
}

static void xfrmi_dump_details(struct rtnl_link *link,
			       struct nl_dump_params *p)
{
	struct xfrmi_info *xi = link->l_info;
	char buf[64];

	if (!xi)
		return;
	if (xi->ce_mask & XI_LINK)
		nl_dump_line(p, "      link %s\n",
			     _kinds_a_ifname(link, xi->link, buf, sizeof(buf)));
	if (xi->ce_mask & XI_IF_ID)
		nl_dump_line(p, "      if_id   %x\n", xi->if_id);
}

static struct rtnl_link_info_ops xfrmi_info_ops = {
	.io_name = "xfrm",
	.io_dump = {
		[NL_DUMP_LINE] = xfrmi_dump_line,
		[NL_DUMP_DETAILS] = xfrmi_dump_details,
	},
	.io_table = &xfrmi_table,
	.io_size = sizeof(struct xfrmi_info),
};

KA_REGISTER(xfrmi_info_ops)

/** Allocate a link of kind "xfrm"; NULL when out of memory. */
struct rtnl_link *rtnl_link_xfrmi_alloc(void)
{
	return _kinds_a_alloc("xfrm");
}

/** Nonzero when link is an XFRM interface. */
int rtnl_link_is_xfrmi(struct rtnl_link *link)
{
	return link && link->l_info_ops == &xfrmi_info_ops;
}

/** Set the underlying device (ifindex); -NLE_OPNOTSUPP for another kind. */
int rtnl_link_xfrmi_set_link(struct rtnl_link *link, uint32_t index)
{
	KA_DATA(struct xfrmi_info, xi, link, &xfrmi_info_ops);
	xi->link = index;
	xi->ce_mask |= XI_LINK;
	return 0;
}

/** Get the underlying device into *out_link; -NLE_NOATTR when unset. */
int rtnl_link_xfrmi_get_link(struct rtnl_link *link, uint32_t *out_link)
{
	KA_DATA(struct xfrmi_info, xi, link, &xfrmi_info_ops);
	if (!out_link)
		return -NLE_INVAL;
	if (!(xi->ce_mask & XI_LINK))
		return -NLE_NOATTR;
	*out_link = xi->link;
	return 0;
}

/** Set the interface id matched by XFRM states and policies. */
int rtnl_link_xfrmi_set_if_id(struct rtnl_link *link, uint32_t if_id)
{
	KA_DATA(struct xfrmi_info, xi, link, &xfrmi_info_ops);
	xi->if_id = if_id;
	xi->ce_mask |= XI_IF_ID;
	return 0;
}

/** Get the interface id into *out_if_id; -NLE_NOATTR when unset. */
int rtnl_link_xfrmi_get_if_id(struct rtnl_link *link, uint32_t *out_if_id)
{
	KA_DATA(struct xfrmi_info, xi, link, &xfrmi_info_ops);
	if (!out_if_id)
		return -NLE_INVAL;
	if (!(xi->ce_mask & XI_IF_ID))
		return -NLE_NOATTR;
	*out_if_id = xi->if_id;
	return 0;
}
