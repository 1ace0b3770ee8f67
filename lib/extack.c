/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kernel error messages (extended acknowledgements) and strict checking of
 * dump requests: socket options and the parsing of the kernel's TLVs.
 * Fork additions (node libnl_3_12_fork1).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#include "nl-private/core.h"
#include "nl-private/debug.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

void _nl_ext_ack_init(struct nl_sock *sk)
{
	sk->s_ext.want = -1;
	sk->s_ext.strict_want = 0;
}

void _nl_ext_ack_clear(struct nl_sock *sk)
{
	free(sk->s_ext.msg);
	sk->s_ext.msg = NULL;
	sk->s_ext.have = 0;
	sk->s_ext.offset = 0;
	sk->s_ext.miss_type = 0;
	sk->s_ext.miss_nest = 0;
}

static int set_opt(struct nl_sock *sk, int opt, int state)
{
	if (setsockopt(sk->s_fd, SOL_NETLINK, opt, &state, sizeof(state)) < 0)
		return -nl_syserr2nlerr(errno);
	return 0;
}

/* After nl_connect() or nl_socket_set_fd(): apply what was asked before
 * the socket had a descriptor.  The default (extended ACKs on) is applied
 * silently: kernels older than 4.12 simply do not send the messages. */
void _nl_ext_ack_apply(struct nl_sock *sk)
{
	int err;

	sk->s_ext.active = 0;
	sk->s_ext.strict_active = 0;
	err = set_opt(sk, NETLINK_EXT_ACK, sk->s_ext.want != 0);
	if (err == 0)
		sk->s_ext.active = sk->s_ext.want != 0;
	else
		NL_DBG(2, "socket %p: extended ACKs unavailable: %s\n",
		       (void *)sk, nl_geterror(err));
	if (sk->s_ext.strict_want) {
		err = set_opt(sk, NETLINK_GET_STRICT_CHK, 1);
		if (err == 0)
			sk->s_ext.strict_active = 1;
		else
			NL_DBG(2, "socket %p: strict checking unavailable: %s\n",
			       (void *)sk, nl_geterror(err));
	}
}

/**
 * Ask the kernel to explain the errors it reports on @a sk (NETLINK_EXT_ACK).
 * @arg sk	netlink socket, connected or not
 * @arg state	1 to turn the messages on, 0 to turn them off
 *
 * Sockets of this library ask for the messages by default when they
 * connect (as iproute2 and systemd do; an old kernel that cannot send them
 * is not an error then).  Callbacks and return codes are the same either
 * way; the text is read with nl_socket_get_ext_ack_msg().  Set before
 * nl_connect(), the state is applied when the socket connects.
 *
 * @return 0; a translated error when the connected socket refuses the
 *         option (-NLE_OPNOTSUPP on kernels older than 4.12).
 */
int nl_socket_set_ext_ack(struct nl_sock *sk, int state)
{
	int err;

	state = !!state;
	sk->s_ext.want = state;
	if (sk->s_fd == -1)
		return 0;
	err = set_opt(sk, NETLINK_EXT_ACK, state);
	if (err < 0)
		return err;
	sk->s_ext.active = state;
	return 0;
}

/**
 * The kernel's message for the last error received on @a sk, e.g.
 * "Unknown device type"; NULL when the kernel sent none.  Sending a new
 * request forgets the previous message.  The string belongs to the socket
 * and stays valid until the next request is sent or the socket is freed.
 */
const char *nl_socket_get_ext_ack_msg(struct nl_sock *sk)
{
	return (sk->s_ext.have & NL_EXT_HAVE_MSG) ? sk->s_ext.msg : NULL;
}

/**
 * Where the attribute the kernel rejected lies in the request, for the
 * last error received on @a sk.
 * @arg sk	netlink socket
 * @arg offset	set to the byte offset from the start of the request's
 *		netlink header
 * @return 0, or -NLE_NOATTR when the kernel named no attribute.
 */
int nl_socket_get_ext_ack_offset(struct nl_sock *sk, uint32_t *offset)
{
	if (!(sk->s_ext.have & NL_EXT_HAVE_OFFS))
		return -NLE_NOATTR;
	if (offset)
		*offset = sk->s_ext.offset;
	return 0;
}

/**
 * The attribute the kernel found missing, for the last error received on
 * @a sk.
 * @arg sk	netlink socket
 * @arg type	set to the missing attribute's type
 * @arg nest	set to the offset of the nest it was missing from (from the
 *		start of the request), or 0 when it was missing at the top
 *		level; may be NULL
 * @return 0, or -NLE_NOATTR when the kernel named no missing attribute.
 */
int nl_socket_get_ext_ack_missing(struct nl_sock *sk, uint32_t *type,
				  uint32_t *nest)
{
	if (!(sk->s_ext.have & NL_EXT_HAVE_MISS))
		return -NLE_NOATTR;
	if (type)
		*type = sk->s_ext.miss_type;
	if (nest)
		*nest = sk->s_ext.miss_nest;
	return 0;
}

/**
 * Ask the kernel to check dump requests strictly and to filter dumps by
 * the fields and attributes they carry (NETLINK_GET_STRICT_CHK, Linux
 * 4.20).  Caches with a filter (nl_cache_set_filter()) then receive only
 * the matching objects from the kernel; without it they filter in user
 * space.  Set before nl_connect(), the state is applied when the socket
 * connects, and a kernel without the option leaves it off silently
 * (nl_socket_get_strict_check() tells).
 * @return 0, or a translated error when the connected socket refuses it.
 */
int nl_socket_set_strict_check(struct nl_sock *sk, int state)
{
	int err;

	state = !!state;
	sk->s_ext.strict_want = state;
	if (sk->s_fd == -1)
		return 0;
	err = set_opt(sk, NETLINK_GET_STRICT_CHK, state);
	if (err < 0) {
		sk->s_ext.strict_active = 0;
		return err;
	}
	sk->s_ext.strict_active = state;
	return 0;
}

/** 1 when the kernel checks and filters dump requests of @a sk, else 0. */
int nl_socket_get_strict_check(const struct nl_sock *sk)
{
	return sk->s_ext.strict_active;
}

/*
 * The TLVs of an error or done message, or NULL/0.  An error message
 * echoes the request (all of it unless NLM_F_CAPPED) before its TLVs; a
 * done message has an int before them.
 */
static const struct nlattr *ack_tlvs(const struct nlmsghdr *hdr, int *len)
{
	size_t off, total = hdr->nlmsg_len;

	*len = 0;
	if (!(hdr->nlmsg_flags & NLM_F_ACK_TLVS))
		return NULL;
	if (hdr->nlmsg_type == NLMSG_ERROR) {
		const struct nlmsgerr *e = NLMSG_DATA(hdr);

		if (total < NLMSG_LENGTH(sizeof(*e)))
			return NULL;
		off = NLMSG_HDRLEN + sizeof(*e);
		if (!(hdr->nlmsg_flags & NLM_F_CAPPED)) {
			if (e->msg.nlmsg_len < NLMSG_HDRLEN)
				return NULL;
			off += NLMSG_ALIGN(e->msg.nlmsg_len - NLMSG_HDRLEN);
		}
	} else if (hdr->nlmsg_type == NLMSG_DONE) {
		off = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(int));
	} else {
		return NULL;
	}
	if (off >= total)
		return NULL;
	*len = (int)(total - off);
	return (const struct nlattr *)((const char *)hdr + off);
}

/* The error an error or done message reports (0 for an ACK). */
static int ack_error(const struct nlmsghdr *hdr)
{
	int err;

	if (hdr->nlmsg_type == NLMSG_ERROR) {
		if (hdr->nlmsg_len < NLMSG_LENGTH(sizeof(struct nlmsgerr)))
			return 0;
		return ((const struct nlmsgerr *)NLMSG_DATA(hdr))->error;
	}
	if (hdr->nlmsg_type == NLMSG_DONE &&
	    hdr->nlmsg_len >= NLMSG_LENGTH(sizeof(int))) {
		memcpy(&err, NLMSG_DATA(hdr), sizeof(err));
		return err < 0 ? err : 0;
	}
	return 0;
}

const char *_nl_ext_ack_msg_of(const struct nlmsghdr *hdr)
{
	const struct nlattr *nla;
	int len, rem;

	nla = ack_tlvs(hdr, &len);
	if (!nla)
		return NULL;
	nla_for_each_attr(nla, (struct nlattr *)nla, len, rem) {
		int n = nla_len(nla);

		if (nla_type(nla) == NLMSGERR_ATTR_MSG && n > 0 &&
		    memchr(nla_data(nla), '\0', n))
			return nla_data(nla);
	}
	return NULL;
}

static int u32_of(const struct nlattr *nla, uint32_t *v)
{
	if (nla_len(nla) < (int)sizeof(uint32_t))
		return 0;
	*v = nla_get_u32((struct nlattr *)nla);
	return 1;
}

/*
 * Remember what the kernel said about an error (NLMSG_ERROR with a
 * non-zero error, or a NLMSG_DONE that reports one).  Called for every
 * terminal message before the callbacks; anything else leaves the
 * socket's message alone.
 */
void _nl_ext_ack_record(struct nl_sock *sk, const struct nlmsghdr *hdr)
{
	const struct nlattr *nla;
	int len, rem;

	if (!ack_error(hdr))
		return;
	_nl_ext_ack_clear(sk);
	nla = ack_tlvs(hdr, &len);
	if (!nla)
		return;
	nla_for_each_attr(nla, (struct nlattr *)nla, len, rem) {
		int n = nla_len(nla);

		switch (nla_type(nla)) {
		case NLMSGERR_ATTR_MSG:
			if (n <= 0 || !memchr(nla_data(nla), '\0', n))
				break;
			free(sk->s_ext.msg);
			sk->s_ext.msg = strdup(nla_data(nla));
			if (sk->s_ext.msg)
				sk->s_ext.have |= NL_EXT_HAVE_MSG;
			break;
		case NLMSGERR_ATTR_OFFS:
			if (u32_of(nla, &sk->s_ext.offset))
				sk->s_ext.have |= NL_EXT_HAVE_OFFS;
			break;
		case NLMSGERR_ATTR_MISS_TYPE:
			if (u32_of(nla, &sk->s_ext.miss_type))
				sk->s_ext.have |= NL_EXT_HAVE_MISS;
			break;
		case NLMSGERR_ATTR_MISS_NEST:
			u32_of(nla, &sk->s_ext.miss_nest);
			break;
		}
	}
	if (sk->s_ext.have & NL_EXT_HAVE_MSG)
		NL_DBG(1, "kernel error %d: %s\n", ack_error(hdr),
		       sk->s_ext.msg);
}
