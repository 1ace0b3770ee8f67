/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private declarations shared by the files of libnl-nf-3.  Never installed.
 */

#ifndef NF_PRIV_H_
#define NF_PRIV_H_

#include <stdint.h>
#include <sys/time.h>
#include <linux/netfilter/nfnetlink.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"

#include <netlink/netfilter/nfnl.h>

#ifndef NFNLMSG_TYPE
#define NFNLMSG_TYPE(subsys, type) ((uint16_t)(((subsys) << 8) | (type)))
#endif

struct nl_addr;

/* The nfgenmsg of a message, or NULL when the message is too short. */
static inline struct nfgenmsg *_nfnl_hdr(struct nlmsghdr *nlh)
{
	if (nlh->nlmsg_len < NLMSG_LENGTH(sizeof(struct nfgenmsg)))
		return NULL;
	return nlmsg_data(nlh);
}

/* Send msg, free it and wait for the kernel's answer (when the socket
 * asks for acknowledgements). */
int _nfnl_send_and_wait(struct nl_sock *sk, struct nl_msg *msg);

/* Kernel copy mode of a library copy mode (unknown ones mean none). */
uint8_t _nfnl_copy_mode_to_kernel(int mode);

/* Print "NAME=xx:xx:..." (bytes in hex, colon separated) and a space. */
void _nfnl_dump_hex(struct nl_dump_params *p, const char *name,
		    const uint8_t *buf, int len);

/* Print "[addr][:port] " (nothing when neither is there). */
void _nfnl_dump_hostport(struct nl_dump_params *p, struct nl_addr *addr,
			 int has_port, uint16_t port);

/* Read fixed-size big-endian values of an attribute; -NLE_RANGE when the
 * attribute is too short. */
int _nfnl_be16(const struct nlattr *nla, uint16_t *v);
int _nfnl_be32(const struct nlattr *nla, uint32_t *v);
int _nfnl_be64(const struct nlattr *nla, uint64_t *v);
int _nfnl_u8(const struct nlattr *nla, uint8_t *v);

/* Start a nested attribute with NLA_F_NESTED set. */
struct nlattr *_nfnl_nest(struct nl_msg *msg, int type);

/* Print "LABEL=<name> " from the application's "route/link" cache when it
 * provides one, else "NUMLABEL=<ifindex> ". */
void _nfnl_dump_dev(struct nl_dump_params *p, const char *label,
		    const char *numlabel, uint32_t idx);

#endif
