/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3: helpers shared by the link kinds of part
 * "kinds-a" (vxlan, geneve, macvlan/macvtap, ipvlan, vlan, veth, vrf,
 * team, ppp, xfrmi, dummy, ifb).  Never installed.
 */

#ifndef NL_PRIVATE_KINDS_A_H_
#define NL_PRIVATE_KINDS_A_H_

#include "nl-private/link-api.h"

/* Kind data of link when it is of kind ops, else return -NLE_OPNOTSUPP
 * from the calling function. */
#define KA_DATA(T, var, link, ops)                                            \
	T *var = _rtnl_link_kind_data((link), (ops));                          \
	if (!var)                                                              \
		return -NLE_OPNOTSUPP

/* Allocate a link of the given kind; NULL on failure. */
struct rtnl_link *_kinds_a_alloc(const char *kind);

/* Name of interface ifindex for dumps: from the cache link lives in or the
 * provided link cache, else the number. */
const char *_kinds_a_ifname(struct rtnl_link *link, uint32_t ifindex,
			    char *buf, size_t len);

/* "<indent>what enabled (0x..)" or "<indent>what disabled" on a line. */
void _kinds_a_dump_bool(struct nl_dump_params *p, const char *what,
			unsigned int v);

#define KA_REGISTER(ops)                                                       \
	static void __attribute__((constructor)) ops##_init(void)              \
	{                                                                      \
		rtnl_link_register_info(&ops);                                 \
	}                                                                      \
	static void __attribute__((destructor)) ops##_exit(void)               \
	{                                                                      \
		rtnl_link_unregister_info(&ops);                               \
	}

#endif
