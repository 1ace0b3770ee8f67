/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Deprecated: the object implementation interface is private to the
 * library.  Include <netlink/object.h> instead.
 */

#ifndef NETLINK_DUMMY_OBJECT_API_H_
#define NETLINK_DUMMY_OBJECT_API_H_

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/object.h>

#ifndef _NL_NO_WARN_DEPRECATED_HEADER
#warning "You are including a deprecated header file, include <netlink/object.h>."
#endif

#endif
