/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * MACsec links (kind "macsec").
 */

#ifndef NETLINK_ROUTE_LINK_MACSEC_H_
#define NETLINK_ROUTE_LINK_MACSEC_H_

/**
 * @defgroup route_link_macsec MACsec
 * @ingroup route_link
 * MACsec links (kind "macsec"): IEEE 802.1AE devices on a lower link
 * (rtnl_link_set_link()) with their secure channel and its options
 * (IFLA_MACSEC_*). Keys and security associations are configured through
 * the generic netlink family "macsec".
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>
#include <linux/if_macsec.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate a link object of kind "macsec".
 *
 * The cipher suite and ICV length start at the kernel's defaults
 * (MACSEC_DEFAULT_CIPHER_ID, MACSEC_DEFAULT_ICV_LEN); they are only sent
 * when set.
 *
 * @return The new link with one reference (release it with
 *         rtnl_link_put()); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_macsec_alloc(void);

/**
 * Set the secure channel identifier of a MACsec link.
 * @param link	MACsec link
 * @param sci	SCI as the kernel takes it (network byte order: the MAC
 *		address followed by the port)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_set_sci(struct rtnl_link *link, uint64_t sci);

/**
 * Get the secure channel identifier of a MACsec link.
 * @param link	MACsec link
 * @param[out] sci	SCI, network byte order
 *
 * @return 0 with *sci set; -NLE_NOATTR when not set, -NLE_INVAL when sci
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_sci(struct rtnl_link *link, uint64_t *sci);

/**
 * Set the port of the secure channel.
 * @param link	MACsec link
 * @param port	port number, host byte order
 *
 * The port is only sent when no SCI is set: the kernel then builds the
 * SCI from the lower link's MAC address and the port.
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_set_port(struct rtnl_link *link, uint16_t port);

/**
 * Get the port of the secure channel.
 * @param link	MACsec link
 * @param[out] port	port number, host byte order
 *
 * @return 0 with *port set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         port is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_port(struct rtnl_link *link, uint16_t *port);

/**
 * Set the cipher suite of a MACsec link.
 * @param link	MACsec link
 * @param cipher_suite	MACSEC_CIPHER_ID_* value (GCM-AES-128,
 *			GCM-AES-256, their XPN variants)
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_set_cipher_suite(struct rtnl_link *link,
					     uint64_t cipher_suite);

/**
 * Get the cipher suite of a MACsec link.
 * @param link	MACsec link
 * @param[out] cipher_suite	the MACSEC_CIPHER_ID_* value (the default
 *				one when not set)
 *
 * @return 0 with *cipher_suite set; -NLE_INVAL when cipher_suite is
 *         NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_cipher_suite(struct rtnl_link *link,
					     uint64_t *cipher_suite);

/**
 * Set the length of the integrity check value.
 * @param link	MACsec link
 * @param icv_len	ICV length in bytes, at most MACSEC_STD_ICV_LEN (16)
 *
 * @return 0; -NLE_INVAL when icv_len is too large, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_icv_len(struct rtnl_link *link,
					uint16_t icv_len);

/**
 * Get the length of the integrity check value.
 * @param link	MACsec link
 * @param[out] icv_len	ICV length in bytes (the default, 16, when not set)
 *
 * @return 0 with *icv_len set; -NLE_INVAL when icv_len is NULL,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_icv_len(struct rtnl_link *link,
					uint16_t *icv_len);

/**
 * Turn frame protection on or off.
 * @param link	MACsec link
 * @param protect	1 to protect (authenticate) sent frames, 0 not to
 *
 * @return 0; -NLE_INVAL when protect is above 1, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_protect(struct rtnl_link *link,
					uint8_t protect);

/**
 * Get the frame protection setting.
 * @param link	MACsec link
 * @param[out] protect	1 when on, 0 when off
 *
 * @return 0 with *protect set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         protect is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_protect(struct rtnl_link *link,
					uint8_t *protect);

/**
 * Turn encryption on or off.
 * @param link	MACsec link
 * @param encrypt	1 to encrypt sent frames, 0 to only authenticate them
 *
 * @return 0; -NLE_INVAL when encrypt is above 1, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_encrypt(struct rtnl_link *link,
					uint8_t encrypt);

/**
 * Get the encryption setting.
 * @param link	MACsec link
 * @param[out] encrypt	1 when on, 0 when off
 *
 * @return 0 with *encrypt set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         encrypt is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_encrypt(struct rtnl_link *link,
					uint8_t *encrypt);

/**
 * Set the offload mode of a MACsec link.
 * @param link	MACsec link
 * @param offload	MACSEC_OFFLOAD_OFF (0) or MACSEC_OFFLOAD_PHY (1)
 *
 * @return 0; -NLE_INVAL when offload is above 1, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_offload(struct rtnl_link *link,
					uint8_t offload);

/**
 * Get the offload mode of a MACsec link.
 * @param link	MACsec link
 * @param[out] offload	MACSEC_OFFLOAD_* value
 *
 * @return 0 with *offload set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         offload is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_offload(struct rtnl_link *link,
					uint8_t *offload);

/**
 * Set the association number used to send.
 * @param link	MACsec link
 * @param encoding_sa	association number of the transmit SA, 0 to 3
 *
 * @return 0; -NLE_INVAL when encoding_sa is above 3, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_encoding_sa(struct rtnl_link *link,
					    uint8_t encoding_sa);

/**
 * Get the association number used to send.
 * @param link	MACsec link
 * @param[out] encoding_sa	association number, 0 to 3
 *
 * @return 0 with *encoding_sa set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when encoding_sa is NULL, -NLE_OPNOTSUPP for a link of another
 *         kind.
 */
extern int rtnl_link_macsec_get_encoding_sa(struct rtnl_link *link,
					    uint8_t *encoding_sa);

/**
 * Set how received frames are validated.
 * @param link	MACsec link
 * @param validate	MACSEC_VALIDATE_DISABLED, _CHECK or _STRICT
 *
 * @return 0; -NLE_INVAL when validate is above MACSEC_VALIDATE_MAX,
 *         -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_set_validation_type(
	struct rtnl_link *link, enum macsec_validation_type validate);

/**
 * Get how received frames are validated.
 * @param link	MACsec link
 * @param[out] validate	the MACSEC_VALIDATE_* value
 *
 * @return 0 with *validate set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         validate is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_validation_type(
	struct rtnl_link *link, enum macsec_validation_type *validate);

/**
 * Turn replay protection on or off.
 * @param link	MACsec link
 * @param replay_protect	1 to drop replayed frames (see
 *				rtnl_link_macsec_set_window()), 0 not to
 *
 * @return 0; -NLE_INVAL when replay_protect is above 1, -NLE_OPNOTSUPP
 *         for a link of another kind.
 */
extern int rtnl_link_macsec_set_replay_protect(struct rtnl_link *link,
					       uint8_t replay_protect);

/**
 * Get the replay protection setting.
 * @param link	MACsec link
 * @param[out] replay_protect	1 when on, 0 when off
 *
 * @return 0 with *replay_protect set; -NLE_NOATTR when not set,
 *         -NLE_INVAL when replay_protect is NULL, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_get_replay_protect(struct rtnl_link *link,
					       uint8_t *replay_protect);

/**
 * Set the replay protection window.
 * @param link	MACsec link
 * @param window	number of packets that may arrive out of order
 *
 * @return 0; -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_set_window(struct rtnl_link *link,
				       uint32_t window);

/**
 * Get the replay protection window.
 * @param link	MACsec link
 * @param[out] window	the window in packets
 *
 * @return 0 with *window set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         window is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_window(struct rtnl_link *link,
				       uint32_t *window);

/**
 * Choose whether the SCI is sent in every frame.
 * @param link	MACsec link
 * @param send_sci	1 to include the SCI in the SecTAG, 0 not to
 *
 * @return 0; -NLE_INVAL when send_sci is above 1, -NLE_OPNOTSUPP for a
 *         link of another kind.
 */
extern int rtnl_link_macsec_set_send_sci(struct rtnl_link *link,
					 uint8_t send_sci);

/**
 * Get whether the SCI is sent in every frame.
 * @param link	MACsec link
 * @param[out] send_sci	1 when it is, 0 when not
 *
 * @return 0 with *send_sci set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         send_sci is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_send_sci(struct rtnl_link *link,
					 uint8_t *send_sci);

/**
 * Set the end station bit of the SecTAG.
 * @param link	MACsec link
 * @param end_station	1 when the sender is an end station (the SCI is
 *			then not sent), 0 otherwise
 *
 * @return 0; -NLE_INVAL when end_station is above 1, -NLE_OPNOTSUPP for
 *         a link of another kind.
 */
extern int rtnl_link_macsec_set_end_station(struct rtnl_link *link,
					    uint8_t end_station);

/**
 * Get the end station bit of the SecTAG.
 * @param link	MACsec link
 * @param[out] end_station	1 or 0
 *
 * @return 0 with *end_station set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when end_station is NULL, -NLE_OPNOTSUPP for a link of another
 *         kind.
 */
extern int rtnl_link_macsec_get_end_station(struct rtnl_link *link,
					    uint8_t *end_station);

/**
 * Set the single copy broadcast bit of the SecTAG.
 * @param link	MACsec link
 * @param scb	1 for single copy broadcast, 0 otherwise
 *
 * @return 0; -NLE_INVAL when scb is above 1, -NLE_OPNOTSUPP for a link of
 *         another kind.
 */
extern int rtnl_link_macsec_set_scb(struct rtnl_link *link, uint8_t scb);

/**
 * Get the single copy broadcast bit of the SecTAG.
 * @param link	MACsec link
 * @param[out] scb	1 or 0
 *
 * @return 0 with *scb set; -NLE_NOATTR when not set, -NLE_INVAL when scb
 *         is NULL, -NLE_OPNOTSUPP for a link of another kind.
 */
extern int rtnl_link_macsec_get_scb(struct rtnl_link *link, uint8_t *scb);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
