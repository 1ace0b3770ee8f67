/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Plug: queue packets until released.  Each request carries one command
 * (struct tc_plug_qopt); the kernel reports no options back.
 */

#include <string.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/plug.h>

/* The command sent and the limit: the limit stays what it was set to
 * when the command changes (a request without either sends zeros, i.e.
 * TCQ_PLUG_BUFFER, as libnl always did). */
struct plug_data {
	int action;
	uint32_t limit;
};

static struct rtnl_tc_ops plug_ops;

static int plug_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct plug_data *d = data;
	struct tc_plug_qopt o;

	(void)tc;
	memset(&o, 0, sizeof(o));
	o.action = d->action;
	o.limit = d->limit;
	return _rtnl_tc_put_raw_opts(msg, &o, sizeof(o));
}

static int plug_command(struct rtnl_qdisc *qdisc, int action,
			const uint32_t *limit)
{
	int err;
	struct plug_data *d = rtnl_tc_data_check(TC_CAST(qdisc), &plug_ops,
						 &err);

	if (!d)
		return err;
	d->action = action;
	if (limit)
		d->limit = *limit;
	return 0;
}

/**
 * Make the next request set the queue limit (bytes) of a plug qdisc.
 * @return 0 or a negative error code (not a plug qdisc).
 */
int rtnl_qdisc_plug_set_limit(struct rtnl_qdisc *qdisc, int limit)
{
	uint32_t l = (uint32_t)limit;

	return plug_command(qdisc, TCQ_PLUG_LIMIT, &l);
}

/** Make the next request start buffering at a new plug. */
int rtnl_qdisc_plug_buffer(struct rtnl_qdisc *qdisc)
{
	return plug_command(qdisc, TCQ_PLUG_BUFFER, NULL);
}

/** Make the next request release the packets before the first plug. */
int rtnl_qdisc_plug_release_one(struct rtnl_qdisc *qdisc)
{
	return plug_command(qdisc, TCQ_PLUG_RELEASE_ONE, NULL);
}

/** Make the next request release all packets and stop buffering. */
int rtnl_qdisc_plug_release_indefinite(struct rtnl_qdisc *qdisc)
{
	return plug_command(qdisc, TCQ_PLUG_RELEASE_INDEFINITE, NULL);
}

static struct rtnl_tc_ops plug_ops = {
	.to_kind = "plug",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct plug_data),
	.to_msg_fill_raw = plug_fill,
};

TC_REGISTER(plug_ops)
