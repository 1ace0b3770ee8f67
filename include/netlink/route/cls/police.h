/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc police: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_POLICE_H_
#define NETLINK_ROUTE_CLS_POLICE_H_

/**
 * @defgroup route_cls_police Policing
 * @ingroup route_cls
 * Names of the verdicts of policers (TC_POLICE_*), which classifiers and
 * actions use.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Translate a policer verdict to its name.
 * @param type	TC_POLICE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * Names: "unspec", "ok", "reclassify", "shot", "pipe".
 *
 * @return buf, holding the name, or the value in hexadecimal when it has
 *         no name.
 */
extern char *nl_police2str(int type, char *buf, size_t len);

/**
 * Translate a policer verdict name to its value.
 * @param name	name as nl_police2str() writes it (case is ignored), or a
 *		number
 *
 * @return The TC_POLICE_* value; -NLE_INVAL for an empty string,
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2police(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
