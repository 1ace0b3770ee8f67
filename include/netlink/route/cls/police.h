/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc police: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_POLICE_H_
#define NETLINK_ROUTE_CLS_POLICE_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>

#ifdef __cplusplus
extern "C" {
#endif

extern char *nl_police2str(int, char *, size_t);
extern int nl_str2police(const char *);

#ifdef __cplusplus
}
#endif

#endif
