/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Asynchronous events of a security association (XFRM_MSG_NEWAE / GETAE):
 * replay state, current lifetime and their notification thresholds.
 */

#ifndef NETLINK_XFRM_AE_H_
#define NETLINK_XFRM_AE_H_

/**
 * @defgroup xfrm_ae Association events
 * @ingroup xfrm
 * Asynchronous events of a security association (XFRM_MSG_NEWAE,
 * XFRM_MSG_GETAE): its replay state and current lifetime, and the
 * thresholds at which the kernel sends them; read with
 * xfrmnl_ae_get_kernel(), changed with xfrmnl_ae_set().
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_ae;

/**
 * Allocate an empty association event object.
 *
 * @return The object holding one reference, to be released with
 *         xfrmnl_ae_put(); NULL when out of memory.
 */
extern struct xfrmnl_ae *xfrmnl_ae_alloc(void);

/**
 * Drop a reference on an association event object.
 * @param ae	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void xfrmnl_ae_put(struct xfrmnl_ae *ae);

/**
 * Ask the kernel for the event state of a security association.
 * @param sock	socket connected to NETLINK_XFRM
 * @param daddr	destination address of the association
 * @param spi	security parameter index, in host byte order
 * @param protocol	IPsec protocol
 * @param mark_mask	mark mask
 * @param mark_value	mark value; no mark is sent when both are 0
 * @param[out] result	set to the event object, holding one reference for the
 *		caller, who releases it with xfrmnl_ae_put()
 *
 * @return 0 on success; -NLE_INVAL when @a sock or @a result is NULL; the
 *         errors of xfrmnl_ae_build_get_request(); the kernel's error
 *         translated (-NLE_OBJ_NOTFOUND when it has no such association).
 */
extern int xfrmnl_ae_get_kernel(struct nl_sock *sock, struct nl_addr *daddr,
				unsigned int spi, unsigned int protocol,
				unsigned int mark_mask, unsigned int mark_value,
				struct xfrmnl_ae **result);

/**
 * Send the event parameters of a security association to the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param ae	event object: destination address, SPI and protocol name the
 *		association; the replay state, current lifetime,
 *		thresholds and mark set are sent
 * @param flags	message flags (the kernel expects NLM_F_REPLACE)
 *
 * Sends an XFRM_MSG_NEWAE message and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the destination address, SPI or
 *         protocol is not set; -NLE_NOMEM; -NLE_MSGSIZE; the kernel's error
 *         translated.
 */
extern int xfrmnl_ae_set(struct nl_sock *sk, struct xfrmnl_ae *ae, int flags);

/**
 * Parse an association event message into a new object.
 * @param n	XFRM_MSG_NEWAE message: a struct xfrm_aevent_id and its
 *		attributes
 * @param[out] result	set to the object, holding one reference for the caller,
 *		who releases it with xfrmnl_ae_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold its
 *         header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_ae_parse(struct nlmsghdr *n, struct xfrmnl_ae **result);

/**
 * Build a request for the event state of a security association.
 * @param daddr	destination address of the association
 * @param spi	security parameter index, in host byte order
 * @param protocol	IPsec protocol
 * @param mark_mask	mark mask
 * @param mark_value	mark value; no mark is sent when both are 0
 * @param[out] result	set to the XFRM_MSG_GETAE message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when @a daddr is NULL or @a spi is 0;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_ae_build_get_request(struct nl_addr *daddr, unsigned int spi,
				       unsigned int protocol,
				       unsigned int mark_mask,
				       unsigned int mark_value,
				       struct nl_msg **result);

/**
 * Get the destination address of the association of an event object.
 * @param ae	event object
 *
 * @return The address, owned by the object (take a reference with nl_addr_get()
 *         to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_ae_get_daddr(struct xfrmnl_ae *ae);

/**
 * Set the destination address of the association of an event object.
 * @param ae	event object
 * @param addr	address; the object takes a reference and drops the one on the
 *		address it held
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_daddr(struct xfrmnl_ae *ae, struct nl_addr *addr);

/**
 * Get the security parameter index of an event object.
 * @param ae	event object
 *
 * @return The security parameter index of the association, in host byte order;
 *         -1 when not set.
 */
extern int xfrmnl_ae_get_spi(struct xfrmnl_ae *ae);

/**
 * Set the security parameter index of an event object.
 * @param ae	event object
 * @param spi	security parameter index of the association, in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_spi(struct xfrmnl_ae *ae, unsigned int spi);

/**
 * Get the address family of an event object.
 * @param ae	event object
 *
 * @return The address family of the addresses (AF_INET, AF_INET6); -1 when not
 *         set.
 */
extern int xfrmnl_ae_get_family(struct xfrmnl_ae *ae);

/**
 * Set the address family of an event object.
 * @param ae	event object
 * @param family	address family of the addresses (AF_INET, AF_INET6)
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_family(struct xfrmnl_ae *ae, unsigned int family);

/**
 * Get the IPsec protocol of an event object.
 * @param ae	event object
 *
 * @return The IPsec protocol of the association (IPPROTO_ESP...); -1 when not
 *         set.
 */
extern int xfrmnl_ae_get_proto(struct xfrmnl_ae *ae);

/**
 * Set the IPsec protocol of an event object.
 * @param ae	event object
 * @param protocol	IPsec protocol of the association (IPPROTO_ESP...)
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_proto(struct xfrmnl_ae *ae, unsigned int protocol);

/**
 * Get the source address of the association of an event object.
 * @param ae	event object
 *
 * @return The address, owned by the object (take a reference with nl_addr_get()
 *         to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_ae_get_saddr(struct xfrmnl_ae *ae);

/**
 * Set the source address of the association of an event object.
 * @param ae	event object
 * @param addr	address; the object takes a reference and drops the one on the
 *		address it held
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_saddr(struct xfrmnl_ae *ae, struct nl_addr *addr);

/**
 * Get the flags of an event object.
 * @param ae	event object
 *
 * @return The XFRM_AE_* flags (see xfrmnl_ae_flags2str()); -1 when not set.
 */
extern int xfrmnl_ae_get_flags(struct xfrmnl_ae *ae);

/**
 * Set the flags of an event object.
 * @param ae	event object
 * @param flags	XFRM_AE_* flags (see xfrmnl_ae_flags2str())
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_flags(struct xfrmnl_ae *ae, unsigned int flags);

/**
 * Get the request id of an event object.
 * @param ae	event object
 *
 * @return The request id of the association; -1 when not set.
 */
extern int xfrmnl_ae_get_reqid(struct xfrmnl_ae *ae);

/**
 * Set the request id of an event object.
 * @param ae	event object
 * @param reqid	request id of the association
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_reqid(struct xfrmnl_ae *ae, unsigned int reqid);

/**
 * Get the mark of an event object.
 * @param ae	event object
 * @param[out] mark_mask	set to the mark mask; may be NULL
 * @param[out] mark_value	set to the mark value; may be NULL
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_ae_get_mark(struct xfrmnl_ae *ae, unsigned int *mark_mask,
			      unsigned int *mark_value);

/**
 * Set the mark of an event object.
 * @param ae	event object
 * @param value	mark value
 * @param mask	mark mask
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_mark(struct xfrmnl_ae *ae, unsigned int value,
			      unsigned int mask);

/**
 * Get the current lifetime of an event object.
 * @param ae	event object
 * @param[out] curr_bytes	set to the bytes processed
 * @param[out] curr_packets	set to the packets processed
 * @param[out] curr_add_time	set to the time the association was added, in
 *		seconds since the epoch
 * @param[out] curr_use_time	set to the time it was first used, in seconds
 *		since the epoch
 *
 * @return 0 on success; -1 when not set (nothing is written).
 */
extern int xfrmnl_ae_get_curlifetime(struct xfrmnl_ae *ae,
				     unsigned long long *curr_bytes,
				     unsigned long long *curr_packets,
				     unsigned long long *curr_add_time,
				     unsigned long long *curr_use_time);

/**
 * Set the current lifetime of an event object.
 * @param ae	event object
 * @param curr_bytes	bytes processed
 * @param curr_packets	packets processed
 * @param curr_add_time	time the association was added, in seconds since the
 *		epoch
 * @param curr_use_time	time it was first used, in seconds since the epoch
 *
 * Sent as XFRMA_LTIME_VAL by xfrmnl_ae_set().
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_curlifetime(struct xfrmnl_ae *ae,
				     unsigned long long curr_bytes,
				     unsigned long long curr_packets,
				     unsigned long long curr_add_time,
				     unsigned long long curr_use_time);

/**
 * Get the replay event timer of an event object.
 * @param ae	event object
 *
 * @return The time between replay notifications, in 100 ms units
 *         (XFRMA_ETIMER_THRESH); -1 when not set.
 */
extern int xfrmnl_ae_get_replay_maxage(struct xfrmnl_ae *ae);

/**
 * Set the replay event timer of an event object.
 * @param ae	event object
 * @param replay_maxage	time between replay notifications, in 100 ms units
 *		(XFRMA_ETIMER_THRESH)
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_replay_maxage(struct xfrmnl_ae *ae,
				       unsigned int replay_maxage);

/**
 * Get the replay event threshold of an event object.
 * @param ae	event object
 *
 * @return The number of packets between replay notifications
 *         (XFRMA_REPLAY_THRESH); -1 when not set.
 */
extern int xfrmnl_ae_get_replay_maxdiff(struct xfrmnl_ae *ae);

/**
 * Set the replay event threshold of an event object.
 * @param ae	event object
 * @param replay_maxdiff	number of packets between replay notifications
 *		(XFRMA_REPLAY_THRESH)
 *
 * @return 0.
 */
extern int xfrmnl_ae_set_replay_maxdiff(struct xfrmnl_ae *ae,
					unsigned int replay_maxdiff);

/**
 * Get the replay state of an event object without extended sequence numbers.
 * @param ae	event object
 * @param[out] oseq	set to the output sequence number; may be NULL
 * @param[out] seq	set to the input sequence number; may be NULL
 * @param[out] bmp	set to the replay bitmap; may be NULL
 *
 * @return 0 on success; -1 when not set, or when the state uses extended
 *         sequence numbers.
 */
extern int xfrmnl_ae_get_replay_state(struct xfrmnl_ae *ae, unsigned int *oseq,
				      unsigned int *seq, unsigned int *bmp);

/**
 * Set a replay state without extended sequence numbers.
 * @param ae	event object
 * @param oseq	output sequence number
 * @param seq	input sequence number
 * @param bitmap	replay bitmap
 *
 * Replaces any replay state set before.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_ae_set_replay_state(struct xfrmnl_ae *ae, unsigned int oseq,
				      unsigned int seq, unsigned int bitmap);

/**
 * Get the replay state of an event object with extended sequence numbers.
 * @param ae	event object
 * @param[out] oseq	set to the low half of the output sequence number; may
 *		be NULL
 * @param[out] seq	set to the low half of the input sequence number; may be
 *		NULL
 * @param[out] oseq_hi	set to the high half of the output sequence number; may
 *		be NULL
 * @param[out] seq_hi	set to the high half of the input sequence number; may
 *		be NULL
 * @param[out] replay_window	set to the replay window size; may be NULL
 * @param[out] bmp_len	set to the length of the bitmap in 32-bit words; may be
 *		NULL
 * @param[out] bmp	buffer of at least that many words, set to the bitmap;
 *		may be NULL
 *
 * @return 0 on success; -1 when not set, or when the state has no extended
 *         sequence numbers.
 */
extern int xfrmnl_ae_get_replay_state_esn(struct xfrmnl_ae *ae,
					  unsigned int *oseq, unsigned int *seq,
					  unsigned int *oseq_hi,
					  unsigned int *seq_hi,
					  unsigned int *replay_window,
					  unsigned int *bmp_len,
					  unsigned int *bmp);

/**
 * Set a replay state with extended sequence numbers.
 * @param ae	event object
 * @param oseq	low half of the output sequence number
 * @param seq	low half of the input sequence number
 * @param oseq_hi	high half of the output sequence number
 * @param seq_hi	high half of the input sequence number
 * @param replay_window	replay window size
 * @param bmp_len	length of the bitmap in 32-bit words
 * @param bmp	bitmap, @a bmp_len words copied; NULL for a zero bitmap
 *
 * Replaces any replay state set before.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_ae_set_replay_state_esn(struct xfrmnl_ae *ae,
					  unsigned int oseq, unsigned int seq,
					  unsigned int oseq_hi,
					  unsigned int seq_hi,
					  unsigned int replay_window,
					  unsigned int bmp_len,
					  unsigned int *bmp);

/**
 * Write the names of event flags into a buffer.
 * @param flags	XFRM_AE_* flags
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("replay threshold",
 *         "replay value", "lifetime value", "expiry time threshold", "replay
 *         update event", "timer expiry event", "policy update event").
 */
extern char *xfrmnl_ae_flags2str(int flags, char *buf, size_t len);

/**
 * Get the event flags names stand for.
 * @param name	flag name as xfrmnl_ae_flags2str() writes it, or several
 *		separated by commas (case is ignored)
 *
 * @return The mask of the XFRM_AE_* flags named; 0 when none is known.
 */
extern int xfrmnl_ae_str2flag(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
