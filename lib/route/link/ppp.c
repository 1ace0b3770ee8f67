/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * PPP links (IFLA_INFO_KIND "ppp"): created on an open /dev/ppp unit.
 */

#include "nl-private/kinds-a.h"

#include <netlink/netlink.h>
#include <netlink/route/link/ppp.h>

#define PPP_FD		(1ULL << 0)

struct ppp_info {
	uint64_t ce_mask;
	int32_t fd;
};

static const struct nlo_attr ppp_attrs[] = {
	NLO_ENTRY(struct ppp_info, fd, PPP_FD, "fd", NLO_S32,
		  .nla = IFLA_PPP_DEV_FD),
};

static const struct nlo_table ppp_table =
	NLO_TABLE(struct ppp_info, ce_mask, ppp_attrs, IFLA_PPP_MAX);

static struct rtnl_link_info_ops ppp_info_ops = {
	.io_name = "ppp",
	.io_table = &ppp_table,
	.io_size = sizeof(struct ppp_info),
};

KA_REGISTER(ppp_info_ops)

/** Allocate a link of kind "ppp"; NULL when out of memory. */
struct rtnl_link *rtnl_link_ppp_alloc(void)
{
	return _kinds_a_alloc("ppp");
}

/**
 * Set the file descriptor of the /dev/ppp unit the link is created on.
 * @return 0 or -NLE_OPNOTSUPP when link is not a ppp link.
 */
int rtnl_link_ppp_set_fd(struct rtnl_link *link, int32_t fd)
{
	KA_DATA(struct ppp_info, pi, link, &ppp_info_ops);
	pi->fd = fd;
	pi->ce_mask |= PPP_FD;
	return 0;
}

/** Get the /dev/ppp descriptor into *fd; -NLE_NOATTR when unset. */
int rtnl_link_ppp_get_fd(struct rtnl_link *link, int32_t *fd)
{
	KA_DATA(struct ppp_info, pi, link, &ppp_info_ops);
	if (!fd)
		return -NLE_INVAL;
	if (!(pi->ce_mask & PPP_FD))
		return -NLE_NOATTR;
	*fd = pi->fd;
	return 0;
}
