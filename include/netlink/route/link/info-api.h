/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Deprecated: the interface of link kinds is private to the library.
 * Include <netlink/route/link.h> instead.
 */

#ifndef NETLINK_DUMMY_LINK_INFO_API_H_
#define NETLINK_DUMMY_LINK_INFO_API_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifndef _NL_NO_WARN_DEPRECATED_HEADER
#warning "You are including a deprecated header file, include <netlink/route/link.h>."
#endif

#endif
