/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CAN links (kind "can").
 */

#ifndef NETLINK_ROUTE_LINK_CAN_H_
#define NETLINK_ROUTE_LINK_CAN_H_

/**
 * @defgroup route_link_can CAN
 * @ingroup route_link
 * CAN devices (kind "can"): Controller Area Network interfaces, their bit
 * timing, control modes, state and error counters (IFLA_CAN_*). CAN links
 * are created by their drivers; these functions read and change them.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <linux/can/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Tell whether a link is a CAN device.
 * @param link	link object
 *
 * @return 1 when link is of kind "can", 0 otherwise.
 */
extern int rtnl_link_is_can(struct rtnl_link *link);

/**
 * Name CAN control mode flags.
 * @param ctrlmode	CAN_CTRLMODE_* bits
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("loopback", "listen-only", "triple-sampling", "one-shot",
 *         "berr-reporting", "fd", "presume-ack", "fd-non-iso"), empty
 *         when none is set.
 */
extern char *rtnl_link_can_ctrlmode2str(int ctrlmode, char *buf, size_t len);

/**
 * Translate CAN control mode names to flags.
 * @param name	comma separated names as rtnl_link_can_ctrlmode2str()
 *		writes them (case ignored)
 *
 * @return The CAN_CTRLMODE_* bits named; unknown names are ignored (0
 *         when none is known).
 */
extern int rtnl_link_can_str2ctrlmode(const char *name);

/**
 * Ask for a restart of a CAN device.
 * @param link	CAN link
 *
 * Marks the object so that the next change request built from it
 * restarts the device (IFLA_CAN_RESTART), which the kernel allows in the
 * bus-off state.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_restart(struct rtnl_link *link);

/**
 * Get the clock frequency of a CAN device.
 * @param link	CAN link
 * @param[out] freq	frequency in Hz
 *
 * @return 0 with *freq set; -NLE_AGAIN when not reported, -NLE_INVAL when
 *         freq is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_freq(struct rtnl_link *link, uint32_t *freq);

/**
 * Get the state of a CAN device.
 * @param link	CAN link
 * @param[out] state	CAN_STATE_* value (CAN_STATE_ERROR_ACTIVE when the
 *			kernel did not report one)
 *
 * @return 0 with *state set; -NLE_INVAL when state is NULL,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_state(struct rtnl_link *link, uint32_t *state);

/**
 * Get the receive error counter of a CAN device.
 * @param link	CAN link
 *
 * @return The counter (0 or more); -NLE_AGAIN when not reported,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_berr_rx(struct rtnl_link *link);

/**
 * Get the transmit error counter of a CAN device.
 * @param link	CAN link
 *
 * @return The counter (0 or more); -NLE_AGAIN when not reported,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_berr_tx(struct rtnl_link *link);

/**
 * Get both bus error counters of a CAN device.
 * @param link	CAN link
 * @param[out] berr	the counters
 *
 * @return 0 with *berr filled; -NLE_AGAIN when not reported, -NLE_INVAL
 *         when berr is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_berr(struct rtnl_link *link,
			      struct can_berr_counter *berr);

/**
 * Get the bit-timing limits of a CAN device.
 * @param link	CAN link
 * @param[out] bt_const	the limits of the controller
 *
 * @return 0 with *bt_const filled; -NLE_AGAIN when not reported,
 *         -NLE_INVAL when bt_const is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_can_get_bt_const(struct rtnl_link *link,
				      struct can_bittiming_const *bt_const);

/**
 * Get the bit-timing parameters of a CAN device.
 * @param link	CAN link
 * @param[out] bit_timing	the parameters
 *
 * @return 0 with *bit_timing filled; -NLE_AGAIN when not set,
 *         -NLE_INVAL when bit_timing is NULL, -NLE_OPNOTSUPP for a link
 *         of another kind.
 */
extern int rtnl_link_can_get_bittiming(struct rtnl_link *link,
				       struct can_bittiming *bit_timing);

/**
 * Set the bit-timing parameters of a CAN device.
 * @param link	CAN link
 * @param bit_timing	the parameters; copied
 *
 * @return 0; -NLE_INVAL when bit_timing is NULL, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_can_set_bittiming(struct rtnl_link *link,
				       const struct can_bittiming *bit_timing);

/**
 * Get the bitrate of a CAN device.
 * @param link	CAN link
 * @param[out] bitrate	bitrate in bit/s
 *
 * @return 0 with *bitrate set; -NLE_AGAIN when the bit-timing parameters
 *         are not set, -NLE_INVAL when bitrate is NULL, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_can_get_bitrate(struct rtnl_link *link,
				     uint32_t *bitrate);

/**
 * Set the bitrate of a CAN device.
 * @param link	CAN link
 * @param bitrate	bitrate in bit/s
 *
 * The bitrate is part of the bit-timing parameters; when only it and the
 * sample point are set, the kernel computes the other timing values.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_set_bitrate(struct rtnl_link *link, uint32_t bitrate);

/**
 * Get the sample point of a CAN device.
 * @param link	CAN link
 * @param[out] sp	sample point in tenths of a percent (875: 87.5%)
 *
 * @return 0 with *sp set; -NLE_AGAIN when the bit-timing parameters are
 *         not set, -NLE_INVAL when sp is NULL, -NLE_OPNOTSUPP for a link
 *         of another kind.
 */
extern int rtnl_link_can_get_sample_point(struct rtnl_link *link,
					  uint32_t *sp);

/**
 * Set the sample point of a CAN device.
 * @param link	CAN link
 * @param sp	sample point in tenths of a percent (part of the bit-timing
 *		parameters)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_set_sample_point(struct rtnl_link *link,
					  uint32_t sp);

/**
 * Get the automatic restart delay of a CAN device.
 * @param link	CAN link
 * @param[out] interval	delay after bus-off in milliseconds (0: no
 *			automatic restart)
 *
 * @return 0 with *interval set; -NLE_AGAIN when not set, -NLE_INVAL when
 *         interval is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_get_restart_ms(struct rtnl_link *link,
					uint32_t *interval);

/**
 * Set the automatic restart delay of a CAN device.
 * @param link	CAN link
 * @param interval	delay after bus-off in milliseconds; 0 turns
 *			automatic restart off
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_set_restart_ms(struct rtnl_link *link,
					uint32_t interval);

/**
 * Get the control mode flags of a CAN device that are on.
 * @param link	CAN link
 * @param[out] ctrlmode	CAN_CTRLMODE_* bits
 *
 * @return 0 with *ctrlmode set; -NLE_AGAIN when not set, -NLE_INVAL when
 *         ctrlmode is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_get_ctrlmode(struct rtnl_link *link,
				      uint32_t *ctrlmode);

/**
 * Turn control mode flags of a CAN device on.
 * @param link	CAN link
 * @param ctrlmode	CAN_CTRLMODE_* bits to set
 *
 * Only the flags set or cleared on the object are changed in the kernel.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_set_ctrlmode(struct rtnl_link *link,
				      uint32_t ctrlmode);

/**
 * Turn control mode flags of a CAN device off.
 * @param link	CAN link
 * @param ctrlmode	CAN_CTRLMODE_* bits to clear
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_can_unset_ctrlmode(struct rtnl_link *link,
					uint32_t ctrlmode);

/**
 * Get the data-phase bit-timing limits of a CAN FD device.
 * @param link	CAN link
 * @param[out] data_bt_const	the limits of the controller
 *
 * @return 0 with *data_bt_const filled; -NLE_AGAIN when not reported,
 *         -NLE_INVAL when data_bt_const is NULL, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_can_get_data_bittiming_const(
	struct rtnl_link *link, struct can_bittiming_const *data_bt_const);

/**
 * Set the data-phase bit-timing limits of a CAN FD link object.
 * @param link	CAN link
 * @param data_bt_const	the limits; copied
 *
 * The limits are the controller's; the kernel reports them and does not
 * take them in requests.
 *
 * @return 0; -NLE_INVAL when data_bt_const is NULL, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_can_set_data_bittiming_const(
	struct rtnl_link *link,
	const struct can_bittiming_const *data_bt_const);

/**
 * Get the data-phase bit-timing parameters of a CAN FD device.
 * @param link	CAN link
 * @param[out] data_bit_timing	the parameters
 *
 * @return 0 with *data_bit_timing filled; -NLE_AGAIN when not set,
 *         -NLE_INVAL when data_bit_timing is NULL, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_can_get_data_bittiming(
	struct rtnl_link *link, struct can_bittiming *data_bit_timing);

/**
 * Set the data-phase bit-timing parameters of a CAN FD device.
 * @param link	CAN link
 * @param data_bit_timing	the parameters; copied
 *
 * @return 0; -NLE_INVAL when data_bit_timing is NULL, -NLE_OPNOTSUPP for
 *         a link of another kind.
 */
extern int rtnl_link_can_set_data_bittiming(
	struct rtnl_link *link, const struct can_bittiming *data_bit_timing);

/**
 * Get the device statistics of a CAN device.
 * @param link	CAN link
 * @param[out] can_stats	the counters (bus errors, error warnings,
 *			passive and bus-off transitions, restarts...)
 *
 * @return 0 with *can_stats filled; -NLE_AGAIN when not reported,
 *         -NLE_INVAL when can_stats is NULL, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_can_get_device_stats(struct rtnl_link *link,
					  struct can_device_stats *can_stats);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
