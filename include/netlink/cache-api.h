/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Deprecated: the cache implementation interface is private to the
 * library.  Include <netlink/cache.h> instead.
 */

#ifndef NETLINK_DUMMY_CACHE_API_H_
#define NETLINK_DUMMY_CACHE_API_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>

#ifndef _NL_NO_WARN_DEPRECATED_HEADER
#warning "You are including a deprecated header file, include <netlink/cache.h>."
#endif

#endif
