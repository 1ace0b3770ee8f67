/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Old exported names kept for binary compatibility.
 */

#include "nl-private/core.h"
#include "nl-private/linkcore.h"

#include <netlink/route/link.h>
#include <netlink/route/link/ipgre.h>

/**
 * Old name of rtnl_link_ipgre_get_pmtudisc(), exported without a public
 * declaration; same behaviour.
 */
uint8_t rtnl_link_get_pmtudisc(struct rtnl_link *link)
{
	return rtnl_link_ipgre_get_pmtudisc(link);
}
