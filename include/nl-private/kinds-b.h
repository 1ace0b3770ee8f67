/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3: helpers shared by the link kinds of part
 * "kinds-b" (ip tunnels, bonding, can, macsec).  Never installed.
 */

#ifndef NL_PRIVATE_KINDS_B_H_
#define NL_PRIVATE_KINDS_B_H_

#include "nl-private/link-api.h"

/* Kind data of link when it is of kind ops, else NULL. */
#define KB_DATA(T, link, ops) ((T *)_rtnl_link_kind_data((link), (ops)))

/* A fresh link of the given kind; NULL on failure. */
struct rtnl_link *_kinds_b_alloc(const char *kind);

/* Create a link of the given kind named name (NULL: the kernel picks). */
int _kinds_b_add(struct nl_sock *sk, const char *kind, const char *name);

/* Name of interface ifindex for dumps: looked up in the link cache the
 * object lives in or the provided "route/link" cache, else the number. */
const char *_kinds_b_ifname(struct rtnl_link *link, uint32_t ifindex,
			    char *buf, size_t len);

#define KB_REGISTER(ops)                                                       \
	static void __attribute__((constructor)) ops##_init(void)              \
	{                                                                      \
		rtnl_link_register_info(&ops);                                 \
	}                                                                      \
	static void __attribute__((destructor)) ops##_exit(void)               \
	{                                                                      \
		rtnl_link_unregister_info(&ops);                               \
	}

#endif
