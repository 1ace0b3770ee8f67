/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Plug: buffer packets until released.
 */

#ifndef NETLINK_PLUG_H_
#define NETLINK_PLUG_H_

/**
 * @defgroup route_qdisc_plug Plug
 * @ingroup route_qdisc
 * The plug qdisc queues packets behind plugs and releases them on
 * command. Each function below sets the command the next request
 * carries; rtnl_qdisc_add() or rtnl_qdisc_update() sends it.
 *
 * The functions take an object whose kind is "plug": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Make the next request of a plug qdisc set its queue limit.
 * @param qdisc	qdisc of kind "plug"
 * @param limit	queue limit in bytes
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_plug_set_limit(struct rtnl_qdisc *qdisc, int limit);

/**
 * Make the next request of a plug qdisc insert a plug.
 * @param qdisc	qdisc of kind "plug"
 *
 * Packets arriving afterwards are held behind the new plug
 * (TCQ_PLUG_BUFFER).
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_plug_buffer(struct rtnl_qdisc *qdisc);

/**
 * Make the next request of a plug qdisc release the packets before the
 * first plug (TCQ_PLUG_RELEASE_ONE).
 * @param qdisc	qdisc of kind "plug"
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_plug_release_one(struct rtnl_qdisc *qdisc);

/**
 * Make the next request of a plug qdisc release all packets and stop
 * buffering (TCQ_PLUG_RELEASE_INDEFINITE).
 * @param qdisc	qdisc of kind "plug"
 *
 * @return 0; -NLE_OPNOTSUPP for a qdisc of another kind, -NLE_NOMEM.
 */
extern int rtnl_qdisc_plug_release_indefinite(struct rtnl_qdisc *qdisc);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
