/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routing netlink helpers: the generic request and names of route types,
 * scopes and realms.
 */

#include <linux/rtnetlink.h>

#include "nl-private/core.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/route/rtnl.h>

/**
 * Send a request of type with a struct rtgenmsg for family and the
 * netlink flags (NLM_F_DUMP...).
 * @return 0 or a negative NLE_* code from sending.
 */
int nl_rtgen_request(struct nl_sock *sk, int type, int family, int flags)
{
	struct rtgenmsg gmsg = { .rtgen_family = (unsigned char)family };
	int err;

	err = nl_send_simple(sk, type, flags, &gmsg, sizeof(gmsg));
	return err < 0 ? err : 0;
}

static const struct trans_tbl rtntypes[] = {
	__ADD(RTN_UNSPEC, unspec),
	__ADD(RTN_UNICAST, unicast),
	__ADD(RTN_LOCAL, local),
	__ADD(RTN_BROADCAST, broadcast),
	__ADD(RTN_ANYCAST, anycast),
	__ADD(RTN_MULTICAST, multicast),
	__ADD(RTN_BLACKHOLE, blackhole),
	__ADD(RTN_UNREACHABLE, unreachable),
	__ADD(RTN_PROHIBIT, prohibit),
	__ADD(RTN_THROW, throw),
	__ADD(RTN_NAT, nat),
	__ADD(RTN_XRESOLVE, xresolve),
};

/** Name of route type type (RTN_*), "0x.." when unknown. */
char *nl_rtntype2str(int type, char *buf, size_t size)
{
	return __type2str(type, buf, size, rtntypes, ARRAY_SIZE(rtntypes));
}

/** Route type named name (or a number), or a negative NLE_* code. */
int nl_str2rtntype(const char *name)
{
	return __str2type(name, rtntypes, ARRAY_SIZE(rtntypes));
}

static const struct trans_tbl scopes[] = {
	__ADD(255, nowhere),
	__ADD(254, host),
	__ADD(253, link),
	__ADD(200, site),
	__ADD(0, global),
};

/** Name of route scope scope (RT_SCOPE_*), "0x.." when unknown. */
char *rtnl_scope2str(int scope, char *buf, size_t size)
{
	return __type2str(scope, buf, size, scopes, ARRAY_SIZE(scopes));
}

/** Scope named name (or a number), or a negative NLE_* code. */
int rtnl_str2scope(const char *name)
{
	return __str2type(name, scopes, ARRAY_SIZE(scopes));
}

/** Print realms as "from/to" (numbers) into buf. */
char *rtnl_realms2str(uint32_t realms, char *buf, size_t len)
{
	snprintf(buf, len, "%u/%u", RTNL_REALM_FROM(realms),
		 RTNL_REALM_TO(realms));
	return buf;
}
