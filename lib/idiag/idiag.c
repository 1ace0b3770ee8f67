/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-idiag-3: connecting, requesting, and the names of states, timers,
 * extensions and TCP options.
 */

#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#include "idiag-priv.h"

/**
 * Connect @a sk to the kernel's socket diagnostics (NETLINK_INET_DIAG).
 * @return 0 or a negative error of nl_connect().
 */
int idiagnl_connect(struct nl_sock *sk)
{
	return nl_connect(sk, NETLINK_INET_DIAG);
}

/**
 * Send a socket diagnostics request (IDIAG_TCPDIAG_GETSOCK with a struct
 * inet_diag_req) for the sockets of @a family whose state is in the mask
 * @a states, asking for the extensions @a ext (a mask of 1 << (type - 1)
 * for each IDIAG_ATTR_* type; IDIAG_ATTR_ALL asks for all).  @a flags are
 * added to the header's (NLM_F_DUMP to list sockets).
 * @return bytes sent, or a negative error.
 */
int idiagnl_send_simple(struct nl_sock *sk, int flags, uint8_t family,
			uint16_t states, uint16_t ext)
{
	struct inet_diag_req req;

	memset(&req, 0, sizeof(req));
	req.idiag_family = family;
	req.idiag_states = states;
	req.idiag_ext = (uint8_t)ext;	/* the request carries 8 bits */
	/* every request asks from the root of the socket table */
	return nl_send_simple(sk, IDIAG_TCPDIAG_GETSOCK, flags | NLM_F_ROOT,
			      &req, sizeof(req));
}

struct nl_addr *_idiagnl_addr(int family, const uint32_t *words)
{
	if (family == AF_INET)
		return nl_addr_build(AF_INET, words, 4);
	if (family == AF_INET6)
		return nl_addr_build(AF_INET6, words, 16);
	return NULL;
}

/* Names, as libnl has always printed them. */
static const struct trans_tbl states[] = {
	__ADD(IDIAG_SS_ESTABLISHED, established),
	__ADD(IDIAG_SS_SYN_SENT, syn_sent),
	__ADD(IDIAG_SS_SYN_RECV, syn_recv),
	__ADD(IDIAG_SS_FIN_WAIT1, fin_wait),
	__ADD(IDIAG_SS_FIN_WAIT2, fin_wait2),
	__ADD(IDIAG_SS_TIME_WAIT, time_wait),
	__ADD(IDIAG_SS_CLOSE, close),
	__ADD(IDIAG_SS_CLOSE_WAIT, close_wait),
	__ADD(IDIAG_SS_LAST_ACK, last_ack),
	__ADD(IDIAG_SS_LISTEN, listen),
	__ADD(IDIAG_SS_CLOSING, closing),
};

static const struct trans_tbl timers[] = {
	__ADD(IDIAGNL_TIMER_OFF, off),
	__ADD(IDIAGNL_TIMER_ON, on),
	__ADD(IDIAGNL_TIMER_KEEPALIVE, keepalive),
	__ADD(IDIAGNL_TIMER_TIMEWAIT, timewait),
	__ADD(IDIAGNL_TIMER_PERSIST, persist),
	__ADD(IDIAGNL_TIMER_UNKNOWN, unknown),
};

static const struct trans_tbl attrs[] = {
	__ADD(IDIAG_ATTR_NONE, none),
	__ADD(IDIAG_ATTR_MEMINFO, meminfo),
	__ADD(IDIAG_ATTR_INFO, info),
	__ADD(IDIAG_ATTR_VEGASINFO, vegasinfo),
	__ADD(IDIAG_ATTR_CONG, congestion),
	__ADD(IDIAG_ATTR_TOS, tos),
	__ADD(IDIAG_ATTR_TCLASS, tclass),
	__ADD(IDIAG_ATTR_SKMEMINFO, skmeminfo),
	__ADD(IDIAG_ATTR_SHUTDOWN, shutdown),
};

static const struct trans_tbl exts[] = {
	__ADD(1 << (IDIAG_ATTR_MEMINFO - 1), meminfo),
	__ADD(1 << (IDIAG_ATTR_INFO - 1), info),
	__ADD(1 << (IDIAG_ATTR_VEGASINFO - 1), vegasinfo),
	__ADD(1 << (IDIAG_ATTR_CONG - 1), congestion),
	__ADD(1 << (IDIAG_ATTR_TOS - 1), tos),
	__ADD(1 << (IDIAG_ATTR_TCLASS - 1), tclass),
	__ADD(1 << (IDIAG_ATTR_SKMEMINFO - 1), skmeminfo),
	__ADD(1 << (IDIAG_ATTR_SHUTDOWN - 1), shutdown),
};

static const struct trans_tbl ca_states[] = {
	__ADD(TCP_CA_Open, open),
	__ADD(TCP_CA_Disorder, disorder),
	__ADD(TCP_CA_CWR, cwr),
	__ADD(TCP_CA_Recovery, recovery),
	__ADD(TCP_CA_Loss, loss),
};

static const struct trans_tbl tcp_opts[] = {
	__ADD(TCPI_OPT_TIMESTAMPS, timestamps),
	__ADD(TCPI_OPT_SACK, sACK),
	__ADD(TCPI_OPT_WSCALE, wscale),
	__ADD(TCPI_OPT_ECN, ecn),
};

/** Name of a socket state (IDIAG_SS_*), or its number in hex. */
char *idiagnl_state2str(int state, char *buf, size_t len)
{
	return __type2str(state, buf, len, states, ARRAY_SIZE(states));
}

/** Socket state of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int idiagnl_str2state(const char *name)
{
	return __str2type(name, states, ARRAY_SIZE(states));
}

/** Name of a socket timer (IDIAGNL_TIMER_*), or its number in hex. */
char *idiagnl_timer2str(int timer, char *buf, size_t len)
{
	return __type2str(timer, buf, len, timers, ARRAY_SIZE(timers));
}

/** Timer of a name; -NLE_OBJ_NOTFOUND or -NLE_INVAL otherwise. */
int idiagnl_str2timer(const char *name)
{
	return __str2type(name, timers, ARRAY_SIZE(timers));
}

/** Name of one extension type (IDIAG_ATTR_*), or its number in hex. */
char *idiagnl_attrs2str(int attrs_, char *buf, size_t len)
{
	return __type2str(attrs_, buf, len, attrs, ARRAY_SIZE(attrs));
}

/** Names of the extensions in a request's mask, comma separated. */
char *idiagnl_exts2str(uint8_t attrs_, char *buf, size_t len)
{
	return __flags2str(attrs_, buf, len, exts, ARRAY_SIZE(exts));
}

/** Name of a TCP congestion-avoidance state (TCP_CA_*). */
char *idiagnl_tcpstate2str(uint8_t state, char *buf, size_t len)
{
	return __type2str(state, buf, len, ca_states, ARRAY_SIZE(ca_states));
}

/** Names of the TCP options in tcpi_options (TCPI_OPT_*). */
char *idiagnl_tcpopts2str(uint8_t attrs_, char *buf, size_t len)
{
	return __flags2str(attrs_, buf, len, tcp_opts, ARRAY_SIZE(tcp_opts));
}

/**
 * What a socket's shutdown mask says: "receive shutdown" (1), "send
 * shutdown" (2), " " when neither.  Upstream returns NULL for both
 * directions (3) and any other value; so does this function, for the
 * same callers.
 */
char *idiagnl_shutdown2str(uint8_t shutdown, char *buf, size_t len)
{
	static const char *const names[] = {
		" ", "receive shutdown", "send shutdown",
	};

	if (shutdown >= ARRAY_SIZE(names))
		return NULL;
	snprintf(buf, len, "%s", names[shutdown]);
	return buf;
}
