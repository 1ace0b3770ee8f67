/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Names around routes: routing tables and routing protocols (built-in
 * defaults, replaceable from iproute2-style files), route metrics, packet
 * priorities, and interface names for the route dumps.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/rtnetlink.h>
#include <linux/pkt_sched.h>

#include "nl-private/route.h"

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/route.h>
#include <netlink/route/link.h>

/* Declares rtnl_prio2str() and rtnl_str2prio() (part "tc"); upstream
 * defines them with the route names, so do we. */
#include <netlink/route/qdisc/prio.h>

/* ------------------------------------------------------------------ */
/* Interface names in dumps                                             */

const char *_rtnl_route_ifname(int ifindex, char *buf, size_t len, int *found)
{
	struct nl_cache *cache = nl_cache_mngt_require_safe("route/link");
	const char *r;

	if (found)
		*found = cache != NULL;
	if (!cache) {
		snprintf(buf, len, "%d", ifindex);
		return buf;
	}
	r = rtnl_link_i2name(cache, ifindex, buf, len);
	nl_cache_put(cache);
	/* an unknown index prints as glibc prints a NULL string */
	return r ? r : "(null)";
}

/* ------------------------------------------------------------------ */
/* Routing tables and protocols                                         */

static NL_LIST_HEAD(table_names);
static NL_LIST_HEAD(proto_names);

static int add_table_name(long id, const char *name)
{
	return __trans_list_add((int)id, name, &table_names);
}

static int add_proto_name(long id, const char *name)
{
	return __trans_list_add((int)id, name, &proto_names);
}

static void default_names(void)
{
	add_table_name(RT_TABLE_UNSPEC, "unspec");
	add_table_name(RT_TABLE_COMPAT, "compat");
	add_table_name(RT_TABLE_DEFAULT, "default");
	add_table_name(RT_TABLE_MAIN, "main");
	add_table_name(RT_TABLE_LOCAL, "local");

	add_proto_name(RTPROT_UNSPEC, "unspec");
	add_proto_name(RTPROT_REDIRECT, "redirect");
	add_proto_name(RTPROT_KERNEL, "kernel");
	add_proto_name(RTPROT_BOOT, "boot");
	add_proto_name(RTPROT_STATIC, "static");
}

static void __attribute__((constructor)) route_utils_init(void)
{
	default_names();
}

static void __attribute__((destructor)) route_utils_exit(void)
{
	__trans_list_clear(&table_names);
	__trans_list_clear(&proto_names);
}

/**
 * Replace the routing table names by those of the file at path (lines
 * "number name", as iproute2's rt_tables).
 * @return 0, -NLE_OBJ_NOTFOUND when the file cannot be opened (the names
 * are kept then), -NLE_INVAL on a malformed line, -NLE_NOMEM.
 */
int rtnl_route_read_table_names(const char *path)
{
	FILE *f = fopen(path, "re");

	if (!f)
		return -NLE_OBJ_NOTFOUND;
	fclose(f);
	__trans_list_clear(&table_names);
	return __nl_read_num_str_file(path, add_table_name);
}

/** Name of routing table id into buf ("0x%x" when it has none). */
char *rtnl_route_table2str(int id, char *buf, size_t size)
{
	return __list_type2str(id, buf, size, &table_names);
}

/** Routing table named name (or the number it spells); -NLE_OBJ_NOTFOUND. */
int rtnl_route_str2table(const char *name)
{
	return __list_str2type(name, &table_names);
}

/**
 * Replace the routing protocol names by those of the file at path (as
 * iproute2's rt_protos).  Errors as rtnl_route_read_table_names().
 */
int rtnl_route_read_protocol_names(const char *path)
{
	FILE *f = fopen(path, "re");

	if (!f)
		return -NLE_OBJ_NOTFOUND;
	fclose(f);
	__trans_list_clear(&proto_names);
	return __nl_read_num_str_file(path, add_proto_name);
}

/** Name of routing protocol proto into buf ("0x%x" when unnamed). */
char *rtnl_route_proto2str(int proto, char *buf, size_t size)
{
	return __list_type2str(proto, buf, size, &proto_names);
}

/** Routing protocol named name (or the number); -NLE_OBJ_NOTFOUND. */
int rtnl_route_str2proto(const char *name)
{
	return __list_str2type(name, &proto_names);
}

/* ------------------------------------------------------------------ */
/* Metrics                                                              */

static const struct trans_tbl route_metrics[] = {
	__ADD(RTAX_UNSPEC, unspec),
	__ADD(RTAX_LOCK, lock),
	__ADD(RTAX_MTU, mtu),
	__ADD(RTAX_WINDOW, window),
	__ADD(RTAX_RTT, rtt),
	__ADD(RTAX_RTTVAR, rttvar),
	__ADD(RTAX_SSTHRESH, ssthresh),
	__ADD(RTAX_CWND, cwnd),
	__ADD(RTAX_ADVMSS, advmss),
	__ADD(RTAX_REORDERING, reordering),
	__ADD(RTAX_HOPLIMIT, hoplimit),
	__ADD(RTAX_INITCWND, initcwnd),
	__ADD(RTAX_FEATURES, features),
};

/** Name of metric RTAX_* id into buf ("0x%x" when unnamed). */
char *rtnl_route_metric2str(int metric, char *buf, size_t size)
{
	return __type2str(metric, buf, size, route_metrics,
			  ARRAY_SIZE(route_metrics));
}

/** Metric named name (or the number); -NLE_OBJ_NOTFOUND. */
int rtnl_route_str2metric(const char *name)
{
	return __str2type(name, route_metrics, ARRAY_SIZE(route_metrics));
}

/* ------------------------------------------------------------------ */
/* Packet priorities (TC_PRIO_*)                                        */

static const struct trans_tbl prios[] = {
	__ADD(TC_PRIO_BESTEFFORT, besteffort),
	__ADD(TC_PRIO_FILLER, filler),
	__ADD(TC_PRIO_BULK, bulk),
	__ADD(TC_PRIO_INTERACTIVE_BULK, interactive_bulk),
	__ADD(TC_PRIO_INTERACTIVE, interactive),
	__ADD(TC_PRIO_CONTROL, control),
};

/** Name of packet priority TC_PRIO_* prio into buf. */
char *rtnl_prio2str(int prio, char *buf, size_t size)
{
	return __type2str(prio, buf, size, prios, ARRAY_SIZE(prios));
}

/** Packet priority named name; -NLE_OBJ_NOTFOUND. */
int rtnl_str2prio(const char *name)
{
	return __str2type(name, prios, ARRAY_SIZE(prios));
}
