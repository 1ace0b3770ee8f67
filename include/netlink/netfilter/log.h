/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: NFLOG instances: binding a protocol family, configuring a group.
 */

#ifndef NETLINK_NF_LOG_H_
#define NETLINK_NF_LOG_H_

/**
 * @defgroup nf_log Packet logging (NFLOG)
 * @ingroup nf
 * NFLOG instances (NFULNL_MSG_CONFIG): binding NFLOG to protocol families,
 * creating, changing and removing the instance of a group with its copy
 * mode, range, buffer and flush settings. The logged packets arrive as
 * struct nfnl_log_msg objects (@ref nf_log_msg).
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_log;

/** Object operations of log instances ("netfilter/log"). */
extern struct nl_object_ops log_obj_ops;

/** How much of each logged packet is copied to user space. */
enum nfnl_log_copy_mode {
	NFNL_LOG_COPY_NONE = 0,		/**< Nothing */
	NFNL_LOG_COPY_META = 1,		/**< Metadata only */
	NFNL_LOG_COPY_PACKET = 2,	/**< Metadata and payload (up to the copy range) */
};

/** Flags of a log instance. */
enum nfnl_log_flags {
	NFNL_LOG_FLAG_SEQ = 1,		/**< Number the messages of the instance */
	NFNL_LOG_FLAG_SEQ_GLOBAL = 2,	/**< Number the messages of every instance */
	NFNL_LOG_FLAG_CONNTRACK = 4,	/**< Add the packet's conntrack entry */
};

/**
 * Allocate an empty log instance object.
 *
 * @return The object holding one reference, to be released with nfnl_log_put();
 *         NULL when out of memory.
 */
extern struct nfnl_log *nfnl_log_alloc(void);

/**
 * Parse a log configuration message (declared only).
 * @param nlh	message
 * @param[out] result	not written
 *
 * Declared as upstream's header declares it; no library of the family
 * defines it, so a program that calls it does not link. Log messages are
 * parsed with nfnlmsg_log_msg_parse().
 *
 * @return Nothing: the function does not exist.
 */
extern int nfnlmsg_log_parse(struct nlmsghdr *nlh, struct nfnl_log **result);

/**
 * Take a reference on a log instance object.
 * @param log	object; release the reference with nfnl_log_put()
 */
extern void nfnl_log_get(struct nfnl_log *log);

/**
 * Drop a reference on a log instance object.
 * @param log	object, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void nfnl_log_put(struct nfnl_log *log);

/**
 * Set the group of a log instance.
 * @param log	log instance object
 * @param group	NFLOG group number (the "--nflog-group" of iptables)
 */
extern void nfnl_log_set_group(struct nfnl_log *log, uint16_t group);

/**
 * Tell whether the group of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_group(const struct nfnl_log *log);

/**
 * Get the group of a log instance.
 * @param log	log instance object
 *
 * @return The NFLOG group number; 0 when not set.
 */
extern uint16_t nfnl_log_get_group(const struct nfnl_log *log);

/**
 * Set the copy mode of a log instance.
 * @param log	log instance object
 * @param mode	how much of each packet is copied
 */
extern void nfnl_log_set_copy_mode(struct nfnl_log *log,
				   enum nfnl_log_copy_mode mode);

/**
 * Tell whether the copy mode of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_copy_mode(const struct nfnl_log *log);

/**
 * Get the copy mode of a log instance.
 * @param log	log instance object
 *
 * @return The copy mode; NFNL_LOG_COPY_NONE when not set.
 */
extern enum nfnl_log_copy_mode nfnl_log_get_copy_mode(const struct nfnl_log *log);

/**
 * Write the name of a copy mode into a buffer.
 * @param mode	copy mode
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "none", "meta" or "packet", or the value in
 *         hexadecimal.
 */
extern char *nfnl_log_copy_mode2str(enum nfnl_log_copy_mode mode, char *buf,
				    size_t len);

/**
 * Get the copy mode a name stands for.
 * @param name	"none", "meta" or "packet" (case is ignored), or a number
 *
 * @return The copy mode; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         an unknown name.
 */
extern int nfnl_log_str2copy_mode(const char *name);

/**
 * Set the copy range of a log instance.
 * @param log	log instance object
 * @param copy_range	number of payload bytes copied per packet
 */
extern void nfnl_log_set_copy_range(struct nfnl_log *log, uint32_t copy_range);

/**
 * Tell whether the copy range of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_copy_range(const struct nfnl_log *log);

/**
 * Get the copy range of a log instance.
 * @param log	log instance object
 *
 * @return The number of payload bytes copied per packet; 0 when not set.
 */
extern uint32_t nfnl_log_get_copy_range(const struct nfnl_log *log);

/**
 * Set the flush timeout of a log instance.
 * @param log	log instance object
 * @param timeout	time in hundredths of a second after which queued
 *		messages are sent
 */
extern void nfnl_log_set_flush_timeout(struct nfnl_log *log, uint32_t timeout);

/**
 * Tell whether the flush timeout of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_flush_timeout(const struct nfnl_log *log);

/**
 * Get the flush timeout of a log instance.
 * @param log	log instance object
 *
 * @return The time in hundredths of a second after which queued messages are
 *         sent; 0 when not set.
 */
extern uint32_t nfnl_log_get_flush_timeout(const struct nfnl_log *log);

/**
 * Set the buffer size of a log instance.
 * @param log	log instance object
 * @param alloc_size	size in bytes of the kernel's buffer for batched
 *		messages
 */
extern void nfnl_log_set_alloc_size(struct nfnl_log *log, uint32_t alloc_size);

/**
 * Tell whether the buffer size of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_alloc_size(const struct nfnl_log *log);

/**
 * Get the buffer size of a log instance.
 * @param log	log instance object
 *
 * @return The size in bytes of the kernel's buffer for batched messages; 0 when
 *         not set.
 */
extern uint32_t nfnl_log_get_alloc_size(const struct nfnl_log *log);

/**
 * Set the queue threshold of a log instance.
 * @param log	log instance object
 * @param threshold	number of packets batched before they are sent
 */
extern void nfnl_log_set_queue_threshold(struct nfnl_log *log,
					 uint32_t threshold);

/**
 * Tell whether the queue threshold of a log instance is set.
 * @param log	log instance object
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_log_test_queue_threshold(const struct nfnl_log *log);

/**
 * Get the queue threshold of a log instance.
 * @param log	log instance object
 *
 * @return The number of packets batched before they are sent; 0 when not set.
 */
extern uint32_t nfnl_log_get_queue_threshold(const struct nfnl_log *log);

/**
 * Turn flags of a log instance on.
 * @param log	log instance object
 * @param flags	NFNL_LOG_FLAG_* flags to turn on
 *
 * The flags turned on are sent with the instance's settings.
 */
extern void nfnl_log_set_flags(struct nfnl_log *log, unsigned int flags);

/**
 * Turn flags of a log instance off.
 * @param log	log instance object
 * @param flags	NFNL_LOG_FLAG_* flags to turn off
 */
extern void nfnl_log_unset_flags(struct nfnl_log *log, unsigned int flags);

/**
 * Get the flags of a log instance.
 * @param log	log instance object
 *
 * @return The NFNL_LOG_FLAG_* flags turned on; 0 when none is.
 */
extern unsigned int nfnl_log_get_flags(const struct nfnl_log *log);

/**
 * Write the names of log instance flags into a buffer.
 * @param flags	NFNL_LOG_FLAG_* flags
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("seq", "seq_global",
 *         "conntrack").
 */
extern char *nfnl_log_flags2str(unsigned int flags, char *buf, size_t len);

/**
 * Get the log instance flags names stand for.
 * @param name	names as nfnl_log_flags2str() writes them, separated by commas
 *		(case is ignored)
 *
 * @return The mask of the flags named; 0 when none is known.
 */
extern unsigned int nfnl_log_str2flags(const char *name);

/**
 * Build a request to bind NFLOG to a protocol family.
 * @param pf	protocol family (AF_INET, AF_INET6...)
 * @param[out] result	set to the NFULNL_MSG_CONFIG message with
 *		NFULNL_CFG_CMD_PF_BIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int nfnl_log_build_pf_bind(uint8_t pf, struct nl_msg **result);

/**
 * Bind NFLOG to a protocol family.
 * @param nlh	socket connected with nfnl_connect()
 * @param pf	protocol family (AF_INET, AF_INET6...)
 *
 * Sends the request of nfnl_log_build_pf_bind() and waits for the
 * acknowledgement.
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_log_pf_bind(struct nl_sock *nlh, uint8_t pf);

/**
 * Build a request to unbind NFLOG from a protocol family.
 * @param pf	protocol family (AF_INET, AF_INET6...)
 * @param[out] result	set to the NFULNL_MSG_CONFIG message with
 *		NFULNL_CFG_CMD_PF_UNBIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int nfnl_log_build_pf_unbind(uint8_t pf, struct nl_msg **result);

/**
 * Unbind NFLOG from a protocol family.
 * @param nlh	socket connected with nfnl_connect()
 * @param pf	protocol family (AF_INET, AF_INET6...)
 *
 * Sends the request of nfnl_log_build_pf_unbind() and waits for the
 * acknowledgement.
 *
 * @return 0 on success; -NLE_NOMEM; the send errors; the kernel's error
 *         translated.
 */
extern int nfnl_log_pf_unbind(struct nl_sock *nlh, uint8_t pf);

/**
 * Build a request to create a log instance.
 * @param log	log instance object; its group is required, its other settings
 *		are sent when set
 * @param[out] result	set to the NFULNL_MSG_CONFIG message with
 *		NFULNL_CFG_CMD_BIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the group is not set;
 *         -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int nfnl_log_build_create_request(const struct nfnl_log *log,
					 struct nl_msg **result);

/**
 * Create a log instance in the kernel.
 * @param nlh	socket connected with nfnl_connect(); the instance belongs to
 *		its port, which then receives the logged packets
 * @param log	log instance object; its group is required
 *
 * Sends the request of nfnl_log_build_create_request() and waits for the
 * acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_log_build_create_request(); the send
 *         errors; the kernel's error translated (-NLE_BUSY when another socket
 *         has the group...).
 */
extern int nfnl_log_create(struct nl_sock *nlh, const struct nfnl_log *log);

/**
 * Build a request to change the settings of a log instance.
 * @param log	log instance object; its group is required, the settings set are
 *		sent
 * @param[out] result	set to the NFULNL_MSG_CONFIG message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the group is not set;
 *         -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int nfnl_log_build_change_request(const struct nfnl_log *log,
					 struct nl_msg **result);

/**
 * Change the settings of a log instance in the kernel.
 * @param nlh	socket connected with nfnl_connect(), the one that created the
 *		instance
 * @param log	log instance object; its group is required
 *
 * Sends the request of nfnl_log_build_change_request() and waits for the
 * acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_log_build_change_request(); the send
 *         errors; the kernel's error translated.
 */
extern int nfnl_log_change(struct nl_sock *nlh, const struct nfnl_log *log);

/**
 * Build a request to remove a log instance.
 * @param log	log instance object; its group is required
 * @param[out] result	set to the NFULNL_MSG_CONFIG message with
 *		NFULNL_CFG_CMD_UNBIND, to be freed with nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the group is not set;
 *         -NLE_NOMEM.
 */
extern int nfnl_log_build_delete_request(const struct nfnl_log *log,
					 struct nl_msg **result);

/**
 * Remove a log instance from the kernel.
 * @param nlh	socket connected with nfnl_connect(), the one that created the
 *		instance
 * @param log	log instance object; its group is required
 *
 * Sends the request of nfnl_log_build_delete_request() and waits for the
 * acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_log_build_delete_request(); the send
 *         errors; the kernel's error translated.
 */
extern int nfnl_log_delete(struct nl_sock *nlh, const struct nfnl_log *log);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
