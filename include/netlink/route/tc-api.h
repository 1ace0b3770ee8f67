/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Deprecated: the interface of tc kinds is private to the library.
 * Include <netlink/route/tc.h> instead.
 */

#ifndef NETLINK_TC_API_H_
#define NETLINK_TC_API_H_

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/route/tc.h>

#ifndef _NL_NO_WARN_DEPRECATED_HEADER
#warning "You are including a deprecated header file, include <netlink/route/tc.h>."
#endif

#endif
