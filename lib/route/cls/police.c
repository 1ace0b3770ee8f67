/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Names of policer verdicts (TC_POLICE_*) and of cbq overlimit
 * strategies (TC_CBQ_OVL_*).
 */

#include "nl-private/core.h"

#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/route/cls/police.h>
#include <netlink/route/qdisc/cbq.h>

static const struct trans_tbl police_types[] = {
	__ADD(TC_POLICE_UNSPEC, unspec),
	__ADD(TC_POLICE_OK, ok),
	__ADD(TC_POLICE_RECLASSIFY, reclassify),
	__ADD(TC_POLICE_SHOT, shot),
	__ADD(TC_POLICE_PIPE, pipe),
};

/** Name of the policer verdict @a type in @a buf (the number if unknown). */
char *nl_police2str(int type, char *buf, size_t len)
{
	return __type2str(type, buf, len, police_types,
			  ARRAY_SIZE(police_types));
}

/** The policer verdict named @a name, or a negative error code. */
int nl_str2police(const char *name)
{
	return __str2type(name, police_types, ARRAY_SIZE(police_types));
}

static const struct trans_tbl ovl_strategies[] = {
	__ADD(TC_CBQ_OVL_CLASSIC, classic),
	__ADD(TC_CBQ_OVL_DELAY, delay),
	__ADD(TC_CBQ_OVL_LOWPRIO, lowprio),
	__ADD(TC_CBQ_OVL_DROP, drop),
	__ADD(TC_CBQ_OVL_RCLASSIC, rclassic),
};

/** Name of the cbq overlimit strategy @a type in @a buf. */
char *nl_ovl_strategy2str(int type, char *buf, size_t len)
{
	return __type2str(type, buf, len, ovl_strategies,
			  ARRAY_SIZE(ovl_strategies));
}

/** The cbq overlimit strategy named @a name, or a negative error code. */
int nl_str2ovl_strategy(const char *name)
{
	return __str2type(name, ovl_strategies, ARRAY_SIZE(ovl_strategies));
}
