/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Class based queueing (cbq): names of overlimit strategies.
 */

#ifndef NETLINK_CBQ_H_
#define NETLINK_CBQ_H_

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

extern char *nl_ovl_strategy2str(int, char *, size_t);
extern int nl_str2ovl_strategy(const char *);

#ifdef __cplusplus
}
#endif

#endif
