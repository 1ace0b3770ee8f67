/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: conntrack expectations (IPCTNL_MSG_EXP_*), the "netfilter/exp" cache.
 */

#ifndef NETLINK_NF_EXP_H_
#define NETLINK_NF_EXP_H_

/**
 * @defgroup nf_exp Expectations
 * @ingroup nf
 * Conntrack expectations (IPCTNL_MSG_EXP_*): connections a helper expects,
 * such as the data channel of FTP; the "netfilter/exp" cache, requests
 * that create, delete and query them, and their attributes. An expectation
 * has four tuples (enum nfnl_exp_tuples), each with addresses, protocol,
 * ports or ICMP values.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/cache.h>
#include <netlink/msg.h>
#include <linux/version.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nfnl_exp;

/** Object operations of expectations ("netfilter/exp"). */
extern struct nl_object_ops exp_obj_ops;

/** The tuples of an expectation. */
enum nfnl_exp_tuples {
	NFNL_EXP_TUPLE_EXPECT = 0,	/**< The connection expected */
	NFNL_EXP_TUPLE_MASTER = 1,	/**< The connection that expects it */
	NFNL_EXP_TUPLE_MASK = 2,	/**< Which fields of the expected tuple must match */
	NFNL_EXP_TUPLE_NAT = 3,		/**< The NAT translation of the expected connection */
	NFNL_EXP_TUPLE_MAX = 4,		/**< Number of tuples, not a tuple */
};

/**
 * Allocate an empty expectation.
 *
 * @return The expectation holding one reference, to be released with
 *         nfnl_exp_put(); NULL when out of memory.
 */
extern struct nfnl_exp *nfnl_exp_alloc(void);

/**
 * Allocate a cache of the kernel's conntrack expectations.
 * @param sk	socket connected with nfnl_connect()
 * @param[out] result	set to the "netfilter/exp" cache, holding one reference
 *		for the caller, who releases it with nl_cache_free()
 *
 * The fill is a consistent dump (nl_cache_refill()).
 *
 * @return 0 on success, or a negative error code as nl_cache_alloc_and_fill().
 */
extern int nfnl_exp_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Get the multicast group an expectation event message belongs to.
 * @param nlh	expectation message
 *
 * @return NFNLGRP_CONNTRACK_EXP_NEW for a new expectation (IPCTNL_MSG_EXP_NEW
 *         with NLM_F_CREATE or NLM_F_EXCL), NFNLGRP_CONNTRACK_EXP_UPDATE for
 *         another IPCTNL_MSG_EXP_NEW, NFNLGRP_CONNTRACK_EXP_DESTROY for
 *         IPCTNL_MSG_EXP_DELETE, NFNLGRP_NONE otherwise.
 */
extern int nfnlmsg_exp_group(struct nlmsghdr *nlh);

/**
 * Parse an expectation message into a new object.
 * @param nlh	IPCTNL_MSG_EXP_* message
 * @param[out] result	set to the expectation, holding one reference for the
 *		caller, who releases it with nfnl_exp_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold the
 *         netfilter header; -NLE_RANGE, -NLE_INVAL or -NLE_AF_MISMATCH for
 *         malformed attributes; -NLE_NOMEM.
 */
extern int nfnlmsg_exp_parse(struct nlmsghdr *nlh, struct nfnl_exp **result);

/**
 * Take a reference on an expectation.
 * @param exp	expectation; release the reference with nfnl_exp_put()
 */
extern void nfnl_exp_get(struct nfnl_exp *exp);

/**
 * Drop a reference on an expectation.
 * @param exp	expectation, or NULL (nothing happens)
 *
 * The expectation is freed with its last reference.
 */
extern void nfnl_exp_put(struct nfnl_exp *exp);

/**
 * Send a request dumping every expectation.
 * @param sk	socket connected with nfnl_connect()
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_send_simple().
 */
extern int nfnl_exp_dump_request(struct nl_sock *sk);

/**
 * Build a request to create an expectation.
 * @param exp	expectation: its family, the tuples set and the timeout, id,
 *		helper name, zone, flags, class, function and NAT
 *		direction set
 * @param flags	message flags
 * @param[out] result	set to the IPCTNL_MSG_EXP_NEW message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_exp_build_add_request(const struct nfnl_exp *exp, int flags,
				      struct nl_msg **result);

/**
 * Create an expectation in the kernel.
 * @param sk	socket connected with nfnl_connect()
 * @param exp	expectation, as for nfnl_exp_build_add_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_exp_build_add_request(), sends it and waits
 * for the acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_exp_build_add_request(); the send
 *         errors; the kernel's error translated.
 */
extern int nfnl_exp_add(struct nl_sock *sk, const struct nfnl_exp *exp,
			int flags);

/**
 * Build a request to delete an expectation.
 * @param exp	expectation: its family, the tuples set and the timeout, id,
 *		helper name, zone, flags, class, function and NAT
 *		direction set
 * @param flags	message flags
 * @param[out] result	set to the IPCTNL_MSG_EXP_DELETE message, to be freed
 *		with nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_exp_build_delete_request(const struct nfnl_exp *exp, int flags,
					 struct nl_msg **result);

/**
 * Delete an expectation in the kernel.
 * @param sk	socket connected with nfnl_connect()
 * @param exp	expectation, as for nfnl_exp_build_delete_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_exp_build_delete_request(), sends it and
 * waits for the acknowledgement.
 *
 * @return 0 on success; the errors of nfnl_exp_build_delete_request(); the send
 *         errors; the kernel's error translated.
 */
extern int nfnl_exp_del(struct nl_sock *sk, const struct nfnl_exp *exp,
			int flags);

/**
 * Build a request to ask for an expectation.
 * @param exp	expectation: its family, the tuples set and the timeout, id,
 *		helper name, zone, flags, class, function and NAT
 *		direction set
 * @param flags	message flags
 * @param[out] result	set to the IPCTNL_MSG_EXP_GET message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM; -NLE_MSGSIZE when the message cannot hold
 *         the attributes.
 */
extern int nfnl_exp_build_query_request(const struct nfnl_exp *exp, int flags,
					struct nl_msg **result);

/**
 * Ask the kernel for an expectation.
 * @param sk	socket connected with nfnl_connect()
 * @param exp	expectation, as for nfnl_exp_build_query_request()
 * @param flags	message flags
 *
 * Builds the request with nfnl_exp_build_query_request(), sends it and
 * waits for the acknowledgement. The expectation the kernel sends back is
 * handed to the socket's NL_CB_VALID callback meanwhile (parse it with
 * nfnlmsg_exp_parse()).
 *
 * @return 0 on success; the errors of nfnl_exp_build_query_request(); the send
 *         errors; the kernel's error translated.
 */
extern int nfnl_exp_query(struct nl_sock *sk, const struct nfnl_exp *exp,
			  int flags);

/**
 * Set the address family of an expectation.
 * @param exp	expectation
 * @param family	address family (AF_INET, AF_INET6)
 */
extern void nfnl_exp_set_family(struct nfnl_exp *exp, uint8_t family);

/**
 * Get the address family of an expectation.
 * @param exp	expectation
 *
 * @return The address family; AF_UNSPEC when not set.
 */
extern uint8_t nfnl_exp_get_family(const struct nfnl_exp *exp);

/**
 * Set the timeout of an expectation.
 * @param exp	expectation
 * @param timeout	seconds until the expectation expires
 */
extern void nfnl_exp_set_timeout(struct nfnl_exp *exp, uint32_t timeout);

/**
 * Tell whether the timeout of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_timeout(const struct nfnl_exp *exp);

/**
 * Get the timeout of an expectation.
 * @param exp	expectation
 *
 * @return The seconds until the expectation expires; 0 when not set.
 */
extern uint32_t nfnl_exp_get_timeout(const struct nfnl_exp *exp);

/**
 * Set the id of an expectation.
 * @param exp	expectation
 * @param id	expectation id the kernel assigned
 */
extern void nfnl_exp_set_id(struct nfnl_exp *exp, uint32_t id);

/**
 * Tell whether the id of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_id(const struct nfnl_exp *exp);

/**
 * Get the id of an expectation.
 * @param exp	expectation
 *
 * @return The expectation id the kernel assigned; 0 when not set.
 */
extern uint32_t nfnl_exp_get_id(const struct nfnl_exp *exp);

/**
 * Set the helper name of an expectation.
 * @param exp	expectation
 * @param name	NUL-terminated name, copied
 *
 * @return 0 on success; -NLE_NOMEM (the old name is kept).
 */
extern int nfnl_exp_set_helper_name(struct nfnl_exp *exp, void *name);

/**
 * Tell whether the helper name of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_helper_name(const struct nfnl_exp *exp);

/**
 * Get the helper name of an expectation.
 * @param exp	expectation
 *
 * @return The name, owned by the expectation; NULL when not set.
 */
extern const char *nfnl_exp_get_helper_name(const struct nfnl_exp *exp);

/**
 * Set the zone of an expectation.
 * @param exp	expectation
 * @param zone	conntrack zone
 */
extern void nfnl_exp_set_zone(struct nfnl_exp *exp, uint16_t zone);

/**
 * Tell whether the zone of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_zone(const struct nfnl_exp *exp);

/**
 * Get the zone of an expectation.
 * @param exp	expectation
 *
 * @return The conntrack zone; 0 when not set.
 */
extern uint16_t nfnl_exp_get_zone(const struct nfnl_exp *exp);

/**
 * Set flags of an expectation.
 * @param exp	expectation
 * @param flags	NF_CT_EXPECT_* bits to set; the bits set before stay set
 */
extern void nfnl_exp_set_flags(struct nfnl_exp *exp, uint32_t flags);

/**
 * Tell whether the flags of an expectation are set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_flags(const struct nfnl_exp *exp);

/**
 * Clear flags of an expectation.
 * @param exp	expectation
 * @param flags	NF_CT_EXPECT_* bits to clear
 */
extern void nfnl_exp_unset_flags(struct nfnl_exp *exp, uint32_t flags);

/**
 * Get the flags of an expectation.
 * @param exp	expectation
 *
 * @return The NF_CT_EXPECT_* bits; 0 when not set.
 */
extern uint32_t nfnl_exp_get_flags(const struct nfnl_exp *exp);

/**
 * Write the names of expectation flags into a buffer.
 * @param flags	flag bits
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas; bits 0x1, 0x2 and 0x4
 *         are named "expected", "seen_reply" and "assured", as libnl has always
 *         printed them.
 */
extern char *nfnl_exp_flags2str(int flags, char *buf, size_t len);

/**
 * Get the expectation flags names stand for.
 * @param name	names as nfnl_exp_flags2str() writes them, separated by commas
 *		(case is ignored)
 *
 * @return The mask of the bits named; 0 when none is known.
 */
extern int nfnl_exp_str2flags(const char *name);

/**
 * Set the class of an expectation.
 * @param exp	expectation
 * @param exp_class	expectation class of the helper
 */
extern void nfnl_exp_set_class(struct nfnl_exp *exp, uint32_t exp_class);

/**
 * Tell whether the class of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_class(const struct nfnl_exp *exp);

/**
 * Get the class of an expectation.
 * @param exp	expectation
 *
 * @return The expectation class of the helper; 0 when not set.
 */
extern uint32_t nfnl_exp_get_class(const struct nfnl_exp *exp);

/**
 * Set the expectation function name of an expectation.
 * @param exp	expectation
 * @param fn	NUL-terminated name, copied
 *
 * @return 0 on success; -NLE_NOMEM (the old name is kept).
 */
extern int nfnl_exp_set_fn(struct nfnl_exp *exp, void *fn);

/**
 * Tell whether the expectation function name of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_fn(const struct nfnl_exp *exp);

/**
 * Get the expectation function name of an expectation.
 * @param exp	expectation
 *
 * @return The name, owned by the expectation; NULL when not set.
 */
extern const char *nfnl_exp_get_fn(const struct nfnl_exp *exp);

/**
 * Set the NAT direction of an expectation.
 * @param exp	expectation
 * @param nat_dir	direction of the NAT translation (0 original, 1 reply)
 */
extern void nfnl_exp_set_nat_dir(struct nfnl_exp *exp, uint8_t nat_dir);

/**
 * Tell whether the NAT direction of an expectation is set.
 * @param exp	expectation
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_nat_dir(const struct nfnl_exp *exp);

/**
 * Get the NAT direction of an expectation.
 * @param exp	expectation
 *
 * @return The direction of the NAT translation; 0 when not set.
 */
extern uint8_t nfnl_exp_get_nat_dir(const struct nfnl_exp *exp);

/**
 * Set the source address of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 * @param addr	address; the expectation takes a reference and drops the one on
 *		the address it held
 *
 * An expectation without a family takes the address's family.
 *
 * @return 0 on success; -NLE_AF_MISMATCH when the expectation's family
 *         differs from the address's.
 */
extern int nfnl_exp_set_src(struct nfnl_exp *exp, int tuple,
			    struct nl_addr *addr);

/**
 * Tell whether the source address of a tuple of an expectation is set.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_src(const struct nfnl_exp *exp, int tuple);

/**
 * Get the source address of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The address, owned by the expectation (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *nfnl_exp_get_src(const struct nfnl_exp *exp, int tuple);

/**
 * Set the destination address of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 * @param addr	address; the expectation takes a reference and drops the one on
 *		the address it held
 *
 * An expectation without a family takes the address's family.
 *
 * @return 0 on success; -NLE_AF_MISMATCH when the expectation's family
 *         differs from the address's.
 */
extern int nfnl_exp_set_dst(struct nfnl_exp *exp, int tuple,
			    struct nl_addr *addr);

/**
 * Tell whether the destination address of a tuple of an expectation is set.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_dst(const struct nfnl_exp *exp, int tuple);

/**
 * Get the destination address of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The address, owned by the expectation (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *nfnl_exp_get_dst(const struct nfnl_exp *exp, int tuple);

/**
 * Set the layer 4 protocol of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 * @param l4protonum	IP protocol number (IPPROTO_TCP...)
 */
extern void nfnl_exp_set_l4protonum(struct nfnl_exp *exp, int tuple,
				    uint8_t l4protonum);

/**
 * Tell whether the layer 4 protocol of a tuple of an expectation is set.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_l4protonum(const struct nfnl_exp *exp, int tuple);

/**
 * Get the layer 4 protocol of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The IP protocol number; 0 when not set.
 */
extern uint8_t nfnl_exp_get_l4protonum(const struct nfnl_exp *exp, int tuple);

/**
 * Set the ports of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 * @param srcport	source port, in host byte order
 * @param dstport	destination port, in host byte order
 */
extern void nfnl_exp_set_ports(struct nfnl_exp *exp, int tuple,
			       uint16_t srcport, uint16_t dstport);

/**
 * Tell whether the ports of a tuple of an expectation are set.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_ports(const struct nfnl_exp *exp, int tuple);

/**
 * Get the source port of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The port, in host byte order; 0 when not set.
 */
extern uint16_t nfnl_exp_get_src_port(const struct nfnl_exp *exp, int tuple);

/**
 * Get the destination port of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The port, in host byte order; 0 when not set.
 */
extern uint16_t nfnl_exp_get_dst_port(const struct nfnl_exp *exp, int tuple);

/**
 * Set the ICMP values of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 * @param id	ICMP identifier, in host byte order
 * @param type	ICMP type
 * @param code	ICMP code
 */
extern void nfnl_exp_set_icmp(struct nfnl_exp *exp, int tuple, uint16_t id,
			      uint8_t type, uint8_t code);

/**
 * Tell whether the ICMP values of a tuple of an expectation are set.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return Non-zero when set, 0 otherwise.
 */
extern int nfnl_exp_test_icmp(const struct nfnl_exp *exp, int tuple);

/**
 * Get the ICMP identifier of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The ICMP identifier, in host byte order; 0 when not set.
 */
extern uint16_t nfnl_exp_get_icmp_id(const struct nfnl_exp *exp, int tuple);

/**
 * Get the ICMP type of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The ICMP type; 0 when not set.
 */
extern uint8_t nfnl_exp_get_icmp_type(const struct nfnl_exp *exp, int tuple);

/**
 * Get the ICMP code of a tuple of an expectation.
 * @param exp	expectation
 * @param tuple	tuple: an enum nfnl_exp_tuples value (an unknown one means
 *		NFNL_EXP_TUPLE_EXPECT)
 *
 * @return The ICMP code; 0 when not set.
 */
extern uint8_t nfnl_exp_get_icmp_code(const struct nfnl_exp *exp, int tuple);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
