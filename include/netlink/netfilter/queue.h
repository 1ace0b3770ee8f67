/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: NFQUEUE instances.
 */

#ifndef NETLINK_NF_QUEUE_H_
#define NETLINK_NF_QUEUE_H_

/**
 * @defgroup nf_queue Packet queueing (NFQUEUE)
 * @ingroup nf
 * NFQUEUE queues (NFQNL_MSG_CONFIG): binding NFQUEUE to protocol families,
 * creating, changing and removing a queue with its copy mode, range and
 * length. The queued packets arrive as struct nfnl_queue_msg objects (@ref
 * nf_queue_msg), each waiting for a verdict.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_queue;

/** Object operations of queues ("netfilter/queue"). */
extern struct nl_object_ops queue_obj_ops;

/** How much of each queued packet is copied to user space. */
enum nfnl_queue_copy_mode {
	NFNL_QUEUE_COPY_NONE = 0,	/**< Nothing */
	NFNL_QUEUE_COPY_META = 1,	/**< Metadata only */
	NFNL_QUEUE_COPY_PACKET = 2,	/**< Metadata and payload (up to the copy range) */
};

/**
 * Allocate a socket for an NFQUEUE queue.
 *
 * The socket asks for no acknowledgements (nl_socket_disable_auto_ack()),
 * so that verdicts are sent without waiting for the kernel.
 *
 * @return The socket, not yet connected (use nfnl_connect()), to be freed with
 *         nl_socket_free(); NULL when out of memory.
 */
extern struct nl_sock *nfnl_queue_socket_alloc(void);

/**
 * Allocate an empty queue object.
 *
 * @return The object holding one reference, to be released with
 *         nfnl_queue_put(); NULL when out of memory.
 */
extern struct nfnl_queue *nfnl_queue_alloc(void);

/**
 * Take a reference on a queue object.
 * @param queue	object; release the reference with nfnl_queue_put()
 */
extern void nfnl_queue_get(struct nfnl_queue *queue);

/**
 * Drop a reference on a queue object.
 * @param queue	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void nfnl_queue_put(struct nfnl_queue *queue);

/**
 * Set the number of a queue.
 * @param queue	queue object
 * @param group	queue number (the "--queue-num" of iptables)
 */
extern void nfnl_queue_set_group(struct nfnl_queue *queue, uint16_t group);

/**
 * Tell whether the number of a queue is set.
 * @param queue	queue object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_test_group(const struct nfnl_queue *queue);

/**
 * Get the number of a queue.
 * @param queue	queue object
 *
 * @return The queue number; 0 when not set.
 */
extern uint16_t nfnl_queue_get_group(const struct nfnl_queue *queue);

/**
 * Set the maximum length of a queue.
 * @param queue	queue object
 * @param maxlen	number of packets the kernel queues before dropping
 */
extern void nfnl_queue_set_maxlen(struct nfnl_queue *queue, uint32_t maxlen);

/**
 * Tell whether the maximum length of a queue is set.
 * @param queue	queue object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_test_maxlen(const struct nfnl_queue *queue);

/**
 * Get the maximum length of a queue.
 * @param queue	queue object
 *
 * @return The number of packets the kernel queues before dropping; 0 when not
 *         set.
 */
extern uint32_t nfnl_queue_get_maxlen(const struct nfnl_queue *queue);

/**
 * Set the copy mode of a queue.
 * @param queue	queue object
 * @param mode	how much of each packet is copied
 */
extern void nfnl_queue_set_copy_mode(struct nfnl_queue *queue,
				     enum nfnl_queue_copy_mode mode);

/**
 * Tell whether the copy mode of a queue is set.
 * @param queue	queue object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_test_copy_mode(const struct nfnl_queue *queue);

/**
 * Get the copy mode of a queue.
 * @param queue	queue object
 *
 * @return The copy mode; NFNL_QUEUE_COPY_NONE when not set.
 */
extern enum nfnl_queue_copy_mode nfnl_queue_get_copy_mode(const struct nfnl_queue *queue);

/**
 * Write the name of a copy mode into a buffer.
 * @param mode	copy mode
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "none", "meta" or "packet", or the value in
 *         hexadecimal.
 */
extern char *nfnl_queue_copy_mode2str(enum nfnl_queue_copy_mode mode, char *buf,
				      size_t len);

/**
 * Get the copy mode a name stands for.
 * @param name	"none", "meta" or "packet" (case is ignored), or a number
 *
 * @return The copy mode; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         an unknown name.
 */
extern int nfnl_queue_str2copy_mode(const char *name);

/**
 * Set the copy range of a queue.
 * @param queue	queue object
 * @param copy_range	number of payload bytes copied per packet
 */
extern void nfnl_queue_set_copy_range(struct nfnl_queue *queue,
				      uint32_t copy_range);

/**
 * Tell whether the copy range of a queue is set.
 * @param queue	queue object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_queue_test_copy_range(const struct nfnl_queue *queue);

/**
 * Get the copy range of a queue.
 * @param queue	queue object
 *
 * @return The number of payload bytes copied per packet; 0 when not set.
 */
extern uint32_t nfnl_queue_get_copy_range(const struct nfnl_queue *queue);

/**
 * Build a request to bind NFQUEUE to a protocol family.
 * @param pf	protocol family (AF_INET, AF_INET6...)
 * @param[out] result	set to the NFQNL_MSG_CONFIG message with
 *		NFQNL_CFG_CMD_PF_BIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int nfnl_queue_build_pf_bind(uint8_t pf, struct nl_msg **result);

/**
 * Bind NFQUEUE to a protocol family.
 * @param nlh	socket connected with nfnl_connect()
 * @param pf	protocol family (AF_INET, AF_INET6...)
 *
 * Sends the request of nfnl_queue_build_pf_bind() and waits for the
 * acknowledgement unless the socket asks for none.
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_queue_pf_bind(struct nl_sock *nlh, uint8_t pf);

/**
 * Build a request to unbind NFQUEUE from a protocol family.
 * @param pf	protocol family (AF_INET, AF_INET6...)
 * @param[out] result	set to the NFQNL_MSG_CONFIG message with
 *		NFQNL_CFG_CMD_PF_UNBIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int nfnl_queue_build_pf_unbind(uint8_t pf, struct nl_msg **result);

/**
 * Unbind NFQUEUE from a protocol family.
 * @param nlh	socket connected with nfnl_connect()
 * @param pf	protocol family (AF_INET, AF_INET6...)
 *
 * Sends the request of nfnl_queue_build_pf_unbind() and waits for the
 * acknowledgement unless the socket asks for none.
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_queue_pf_unbind(struct nl_sock *nlh, uint8_t pf);

/**
 * Build a request to create a queue.
 * @param queue	queue object; its number is required, its other settings are
 *		sent when set
 * @param[out] result	set to the NFQNL_MSG_CONFIG message with
 *		NFQNL_CFG_CMD_BIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the number is not set;
 *         -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int nfnl_queue_build_create_request(const struct nfnl_queue *queue,
					   struct nl_msg **result);

/**
 * Create a queue in the kernel.
 * @param nlh	socket connected with nfnl_connect(); the queue belongs to its
 *		port, which then receives the queued packets
 * @param queue	queue object; its number is required
 *
 * Sends the request of nfnl_queue_build_create_request() and waits for the
 * acknowledgement unless the socket asks for none.
 *
 * @return 0 on success; the errors of nfnl_queue_build_create_request(); the
 *         send errors; the kernel's error translated (-NLE_BUSY when another
 *         socket has the queue...).
 */
extern int nfnl_queue_create(struct nl_sock *nlh,
			     const struct nfnl_queue *queue);

/**
 * Build a request to change the settings of a queue.
 * @param queue	queue object; its number is required, the settings set are sent
 * @param[out] result	set to the NFQNL_MSG_CONFIG message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the number is not set;
 *         -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int nfnl_queue_build_change_request(const struct nfnl_queue *queue,
					   struct nl_msg **result);

/**
 * Change the settings of a queue in the kernel.
 * @param nlh	socket connected with nfnl_connect(), the one that created the
 *		queue
 * @param queue	queue object; its number is required
 *
 * Sends the request of nfnl_queue_build_change_request() and waits for the
 * acknowledgement unless the socket asks for none.
 *
 * @return 0 on success; the errors of nfnl_queue_build_change_request(); the
 *         send errors; the kernel's error translated.
 */
extern int nfnl_queue_change(struct nl_sock *nlh,
			     const struct nfnl_queue *queue);

/**
 * Build a request to remove a queue.
 * @param queue	queue object; its number is required
 * @param[out] result	set to the NFQNL_MSG_CONFIG message with
 *		NFQNL_CFG_CMD_UNBIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the number is not set;
 *         -NLE_NOMEM.
 */
extern int nfnl_queue_build_delete_request(const struct nfnl_queue *queue,
					   struct nl_msg **result);

/**
 * Remove a queue from the kernel.
 * @param nlh	socket connected with nfnl_connect(), the one that created the
 *		queue
 * @param queue	queue object; its number is required
 *
 * Sends the request of nfnl_queue_build_delete_request() and waits for the
 * acknowledgement unless the socket asks for none.
 *
 * @return 0 on success; the errors of nfnl_queue_build_delete_request(); the
 *         send errors; the kernel's error translated.
 */
extern int nfnl_queue_delete(struct nl_sock *nlh,
			     const struct nfnl_queue *queue);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
