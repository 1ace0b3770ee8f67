/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Netfilter netlink messages (a struct nfgenmsg after the netlink header),
 * the names of verdicts and hooks, and helpers shared by the objects of
 * libnl-nf-3.
 */

#include <stdlib.h>
#include <string.h>
#include <endian.h>
#include <arpa/inet.h>
#include <linux/netfilter.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/netfilter/netfilter.h>
#include <netlink/netfilter/log.h>
#include <netlink/netfilter/queue.h>

/**
 * Connect @a sk to the netfilter netlink protocol (NETLINK_NETFILTER).
 * @return 0 or a negative error code of nl_connect().
 */
int nfnl_connect(struct nl_sock *sk)
{
	return nl_connect(sk, NETLINK_NETFILTER);
}

/** Subsystem (NFNL_SUBSYS_*) of a netfilter message: the type's high byte. */
uint8_t nfnlmsg_subsys(struct nlmsghdr *nlh)
{
	return (uint8_t)(nlh->nlmsg_type >> 8);
}

/** Message type inside its subsystem: the type's low byte. */
uint8_t nfnlmsg_subtype(struct nlmsghdr *nlh)
{
	return (uint8_t)(nlh->nlmsg_type & 0xff);
}

/** Address family of the nfgenmsg header (AF_UNSPEC when missing). */
uint8_t nfnlmsg_family(struct nlmsghdr *nlh)
{
	struct nfgenmsg *g = _nfnl_hdr(nlh);

	return g ? g->nfgen_family : AF_UNSPEC;
}

/** Resource id of the nfgenmsg header, in host byte order. */
uint16_t nfnlmsg_res_id(struct nlmsghdr *nlh)
{
	struct nfgenmsg *g = _nfnl_hdr(nlh);

	return g ? ntohs(g->res_id) : 0;
}

static int fill_nfgen(struct nl_msg *msg, uint8_t family, uint16_t res_id)
{
	struct nfgenmsg g = {
		.nfgen_family = family,
		.version = NFNETLINK_V0,
		.res_id = htons(res_id),
	};

	return nlmsg_append(msg, &g, sizeof(g), NLMSG_ALIGNTO);
}

/**
 * Allocate a netfilter message of @a type in @a subsys with netlink
 * @a flags, and its header (@a family, @a res_id in host order).
 * @return the message, or NULL without memory.
 */
struct nl_msg *nfnlmsg_alloc_simple(uint8_t subsys, uint8_t type, int flags,
				    uint8_t family, uint16_t res_id)
{
	struct nl_msg *msg;

	msg = nlmsg_alloc_simple(NFNLMSG_TYPE(subsys, type), flags);
	if (!msg)
		return NULL;
	if (fill_nfgen(msg, family, res_id) < 0) {
		nlmsg_free(msg);
		return NULL;
	}
	return msg;
}

/**
 * Append a netlink header and a netfilter header to @a msg.
 * @return 0, or -NLE_MSGSIZE when @a msg has no room.
 */
int nfnlmsg_put(struct nl_msg *msg, uint32_t pid, uint32_t seq,
		uint8_t subsys, uint8_t type, int flags, uint8_t family,
		uint16_t res_id)
{
	struct nlmsghdr *nlh;

	nlh = nlmsg_put(msg, pid, seq, NFNLMSG_TYPE(subsys, type), 0, flags);
	if (!nlh)
		return -NLE_MSGSIZE;
	if (fill_nfgen(msg, family, res_id) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

/**
 * Send a netfilter message without attributes through @a sk.
 * @return the number of bytes sent, or a negative error code.
 */
int nfnl_send_simple(struct nl_sock *sk, uint8_t subsys, uint8_t type,
		     int flags, uint8_t family, uint16_t res_id)
{
	struct nfgenmsg g = {
		.nfgen_family = family,
		.version = NFNETLINK_V0,
		.res_id = htons(res_id),
	};

	return nl_send_simple(sk, NFNLMSG_TYPE(subsys, type), flags, &g,
			      sizeof(g));
}

int _nfnl_send_and_wait(struct nl_sock *sk, struct nl_msg *msg)
{
	int err;

	err = nl_send_auto_complete(sk, msg);
	nlmsg_free(msg);
	if (err < 0)
		return err;
	return _nl_wait_for_ack(sk);
}

uint8_t _nfnl_copy_mode_to_kernel(int mode)
{
	/* NFULNL_COPY_* and NFQNL_COPY_* share the library's values */
	switch (mode) {
	case NFNL_LOG_COPY_META:
	case NFNL_LOG_COPY_PACKET:
		return (uint8_t)mode;
	default:
		return 0;
	}
}

void _nfnl_dump_hex(struct nl_dump_params *p, const char *name,
		    const uint8_t *buf, int len)
{
	int i;

	nl_dump(p, "%s", name);
	for (i = 0; i < len; i++)
		nl_dump(p, "%c%02x", i ? ':' : '=', buf[i]);
	nl_dump(p, " ");
}

void _nfnl_dump_hostport(struct nl_dump_params *p, struct nl_addr *addr,
			 int has_port, uint16_t port)
{
	char buf[INET6_ADDRSTRLEN + 8];

	if (addr)
		nl_dump(p, "%s", nl_addr2str(addr, buf, sizeof(buf)));
	if (has_port)
		nl_dump(p, ":%u", port);
	if (addr || has_port)
		nl_dump(p, " ");
}

int _nfnl_u8(const struct nlattr *nla, uint8_t *v)
{
	if (nla_len(nla) < 1)
		return -NLE_RANGE;
	*v = *(const uint8_t *)nla_data(nla);
	return 0;
}

int _nfnl_be16(const struct nlattr *nla, uint16_t *v)
{
	uint16_t x;

	if (nla_len(nla) < 2)
		return -NLE_RANGE;
	memcpy(&x, nla_data(nla), 2);
	*v = ntohs(x);
	return 0;
}

int _nfnl_be32(const struct nlattr *nla, uint32_t *v)
{
	uint32_t x;

	if (nla_len(nla) < 4)
		return -NLE_RANGE;
	memcpy(&x, nla_data(nla), 4);
	*v = ntohl(x);
	return 0;
}

int _nfnl_be64(const struct nlattr *nla, uint64_t *v)
{
	uint64_t x;

	if (nla_len(nla) < 8)
		return -NLE_RANGE;
	memcpy(&x, nla_data(nla), 8);
	*v = be64toh(x);
	return 0;
}

struct nlattr *_nfnl_nest(struct nl_msg *msg, int type)
{
	return nla_nest_start(msg, type | NLA_F_NESTED);
}

/* ------------------------------------------------------------------ */
/* Names                                                                */

static const struct trans_tbl nf_verdicts[] = {
	__ADD(NF_DROP, NF_DROP),
	__ADD(NF_ACCEPT, NF_ACCEPT),
	__ADD(NF_STOLEN, NF_STOLEN),
	__ADD(NF_QUEUE, NF_QUEUE),
	__ADD(NF_REPEAT, NF_REPEAT),
	__ADD(NF_STOP, NF_STOP),
};

/** Name of a verdict (NF_ACCEPT...), or its number in hex. */
char *nfnl_verdict2str(unsigned int verdict, char *buf, size_t len)
{
	return __type2str((int)verdict, buf, len, nf_verdicts,
			  ARRAY_SIZE(nf_verdicts));
}

/** Verdict named @a name (case ignored), or a negative error code. */
unsigned int nfnl_str2verdict(const char *name)
{
	return (unsigned int)__str2type(name, nf_verdicts,
					ARRAY_SIZE(nf_verdicts));
}

static const struct trans_tbl nf_inet_hooks[] = {
	__ADD(NF_INET_PRE_ROUTING, NF_INET_PREROUTING),
	__ADD(NF_INET_LOCAL_IN, NF_INET_LOCAL_IN),
	__ADD(NF_INET_FORWARD, NF_INET_FORWARD),
	__ADD(NF_INET_LOCAL_OUT, NF_INET_LOCAL_OUT),
	__ADD(NF_INET_POST_ROUTING, NF_INET_POST_ROUTING),
};

/** Name of an inet hook (NF_INET_LOCAL_IN...), or its number in hex. */
char *nfnl_inet_hook2str(unsigned int hook, char *buf, size_t len)
{
	return __type2str((int)hook, buf, len, nf_inet_hooks,
			  ARRAY_SIZE(nf_inet_hooks));
}

/** Hook named @a name (case ignored), or a negative error code. */
unsigned int nfnl_str2inet_hook(const char *name)
{
	return (unsigned int)__str2type(name, nf_inet_hooks,
					ARRAY_SIZE(nf_inet_hooks));
}
