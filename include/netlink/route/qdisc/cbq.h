/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Class based queueing (cbq): names of overlimit strategies.
 */

#ifndef NETLINK_CBQ_H_
#define NETLINK_CBQ_H_

/**
 * @defgroup route_qdisc_cbq Class based queueing (cbq)
 * @ingroup route_qdisc
 * The cbq qdisc and its classes (kind "cbq"). The library parses and
 * prints their options; this module names the overlimit strategies.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Translate a cbq overlimit strategy to its name.
 * @param type	TC_CBQ_OVL_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * Names: "classic", "delay", "lowprio", "drop", "rclassic".
 *
 * @return buf, holding the name, or the value in hexadecimal when it has
 *         no name.
 */
extern char *nl_ovl_strategy2str(int type, char *buf, size_t len);

/**
 * Translate a cbq overlimit strategy name to its value.
 * @param name	name as nl_ovl_strategy2str() writes it (case is ignored),
 *		or a number
 *
 * @return The TC_CBQ_OVL_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2ovl_strategy(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
