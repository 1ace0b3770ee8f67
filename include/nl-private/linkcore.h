/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3 part "linkcore": helpers shared by the
 * per-family link data (inet, inet6, bridge) and SR-IOV files.
 */

#ifndef NL_PRIVATE_LINKCORE_H_
#define NL_PRIVATE_LINKCORE_H_

#include <stdint.h>
#include <netlink/types.h>

/*
 * Print one cell of a devconf table as the dumps show them.  IPv4 cells
 * (fit == 0) are the name padded to 19 columns, a space and the value
 * right-aligned in 3; IPv6 cells (fit != 0) are 23 columns with the
 * value right-aligned over the end of the name.  Three cells a line, two
 * spaces between cells; i is the 0-based position of the cell.
 */
void _linkcore_dump_cell(struct nl_dump_params *p, unsigned int i,
			 const char *name, const char *value, int fit);

struct rtnl_link;

/* Exported for compatibility, declared nowhere public (see link-compat.c). */
uint8_t rtnl_link_get_pmtudisc(struct rtnl_link *link);

#endif
