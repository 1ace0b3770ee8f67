/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Qdiscs without options: ingress and clsact (attachment points for
 * classifiers) and blackhole.
 */

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

static struct rtnl_tc_ops ingress_ops = {
	.to_kind = "ingress",
	.to_type = RTNL_TC_TYPE_QDISC,
};

static struct rtnl_tc_ops clsact_ops = {
	.to_kind = "clsact",
	.to_type = RTNL_TC_TYPE_QDISC,
};

TC_REGISTER(ingress_ops)
TC_REGISTER(clsact_ops)

/* blackhole: drops everything, no options */
static struct rtnl_tc_ops blackhole_ops = {
	.to_kind = "blackhole",
	.to_type = RTNL_TC_TYPE_QDISC,
};

TC_REGISTER(blackhole_ops)
