/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-idiag-3: inet socket diagnostics (NETLINK_INET_DIAG).
 */

#ifndef NETLINK_IDIAGNL_H_
#define NETLINK_IDIAGNL_H_

/**
 * @defgroup idiag_sock Connecting and names
 * @ingroup idiag
 * Connecting to the kernel's socket diagnostics (NETLINK_INET_DIAG),
 * sending requests, and the names of socket states, timers, extensions and
 * TCP options. The sockets themselves are struct idiagnl_msg objects, in
 * caches allocated with idiagnl_msg_alloc_cache().
 * @{
 */

#include <netlink/netlink.h>
#include <linux/sock_diag.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Message type of TCP socket requests (TCPDIAG_GETSOCK). */
#define IDIAG_TCPDIAG_GETSOCK	18
/** Message type of DCCP socket requests (DCCPDIAG_GETSOCK). */
#define IDIAG_DCCPDIAG_GETSOCK	19
/** Highest message type of the original interface. */
#define IDIAG_GETSOCK_MAX	24

/** Socket states, as the kernel's TCP_* states (use <netinet/tcp.h>). */
enum {
	IDIAG_SS_UNKNOWN = 0,
	IDIAG_SS_ESTABLISHED = 1,
	IDIAG_SS_SYN_SENT = 2,
	IDIAG_SS_SYN_RECV = 3,
	IDIAG_SS_FIN_WAIT1 = 4,
	IDIAG_SS_FIN_WAIT2 = 5,
	IDIAG_SS_TIME_WAIT = 6,
	IDIAG_SS_CLOSE = 7,
	IDIAG_SS_CLOSE_WAIT = 8,
	IDIAG_SS_LAST_ACK = 9,
	IDIAG_SS_LISTEN = 10,
	IDIAG_SS_CLOSING = 11,
	IDIAG_SS_MAX = 12,
};

/** Every socket state (a mask of 1 << state). */
#define IDIAGNL_SS_ALL (((1<<12)-1))
/** Old name of IDIAGNL_SS_ALL. */
#define IDIAG_SS_ALL  IDIAGNL_SS_ALL

/** Extensions a request asks for (INET_DIAG_* attribute types). */
enum {
	IDIAG_ATTR_NONE = 0,
	IDIAG_ATTR_MEMINFO = 1,
	IDIAG_ATTR_INFO = 2,
	IDIAG_ATTR_VEGASINFO = 3,
	IDIAG_ATTR_CONG = 4,
	IDIAG_ATTR_TOS = 5,
	IDIAG_ATTR_TCLASS = 6,
	IDIAG_ATTR_SKMEMINFO = 7,
	IDIAG_ATTR_SHUTDOWN = 8,
	IDIAG_ATTR_MAX = 9,
	IDIAG_ATTR_ALL = (1 << IDIAG_ATTR_MAX) - 1,
};

/** Index of the receive buffer allocation (SK_MEMINFO_RMEM_ALLOC). */
#define IDIAG_SK_MEMINFO_RMEM_ALLOC                      0
/** Index of the receive buffer size (SK_MEMINFO_RCVBUF). */
#define IDIAG_SK_MEMINFO_RCVBUF                          1
/** Index of the send buffer allocation (SK_MEMINFO_WMEM_ALLOC). */
#define IDIAG_SK_MEMINFO_WMEM_ALLOC                      2
/** Index of the send buffer size (SK_MEMINFO_SNDBUF). */
#define IDIAG_SK_MEMINFO_SNDBUF                          3
/** Index of the forward allocation (SK_MEMINFO_FWD_ALLOC). */
#define IDIAG_SK_MEMINFO_FWD_ALLOC                       4
/** Index of the queued send memory (SK_MEMINFO_WMEM_QUEUED). */
#define IDIAG_SK_MEMINFO_WMEM_QUEUED                     5
/** Index of the option memory (SK_MEMINFO_OPTMEM). */
#define IDIAG_SK_MEMINFO_OPTMEM                          6
/** Index of the backlog length (SK_MEMINFO_BACKLOG). */
#define IDIAG_SK_MEMINFO_BACKLOG                         7
/** Number of socket memory counters (SK_MEMINFO_VARS). */
#define IDIAG_SK_MEMINFO_VARS              SK_MEMINFO_VARS

/** Socket timers (idiag_timer of struct inet_diag_msg). */
enum {
	IDIAGNL_TIMER_OFF = 0,
	IDIAGNL_TIMER_ON = 1,
	IDIAGNL_TIMER_KEEPALIVE = 2,
	IDIAGNL_TIMER_TIMEWAIT = 3,
	IDIAGNL_TIMER_PERSIST = 4,
	IDIAGNL_TIMER_UNKNOWN = 5,
};

/** Old name of IDIAGNL_TIMER_OFF. */
#define IDIAG_TIMER_OFF                 IDIAGNL_TIMER_OFF
/** Old name of IDIAGNL_TIMER_ON. */
#define IDIAG_TIMER_ON                  IDIAGNL_TIMER_ON
/** Old name of IDIAGNL_TIMER_KEEPALIVE. */
#define IDIAG_TIMER_KEEPALIVE           IDIAGNL_TIMER_KEEPALIVE
/** Old name of IDIAGNL_TIMER_TIMEWAIT. */
#define IDIAG_TIMER_TIMEWAIT            IDIAGNL_TIMER_TIMEWAIT
/** Old name of IDIAGNL_TIMER_PERSIST. */
#define IDIAG_TIMER_PERSIST             IDIAGNL_TIMER_PERSIST
/** Old name of IDIAGNL_TIMER_UNKNOWN. */
#define IDIAG_TIMER_UNKNOWN             IDIAGNL_TIMER_UNKNOWN

/**
 * Connect a socket to the kernel's socket diagnostics.
 * @param sk	socket without a descriptor
 *
 * nl_connect() with NETLINK_INET_DIAG.
 *
 * @return 0 on success, or a negative error code as nl_connect().
 */
extern int idiagnl_connect(struct nl_sock *sk);

/**
 * Send a socket diagnostics request.
 * @param sk	socket connected with idiagnl_connect()
 * @param flags	message flags added to NLM_F_REQUEST (NLM_F_DUMP to
 *		list sockets)
 * @param family	address family of the sockets (AF_INET, AF_INET6)
 * @param states	mask of 1 << state for each IDIAG_SS_* state wanted
 *		(IDIAGNL_SS_ALL for all)
 * @param ext	extensions wanted: mask of 1 << (type - 1) for each
 *		IDIAG_ATTR_* type, IDIAG_ATTR_ALL for all; the request
 *		carries the low 8 bits
 *
 * Sends an IDIAG_TCPDIAG_GETSOCK message with a struct inet_diag_req.
 *
 * @return The number of bytes sent, or a negative error code as
 *         nl_send_simple().
 */
extern int idiagnl_send_simple(struct nl_sock *sk, int flags, uint8_t family,
			       uint16_t states, uint16_t ext);

/**
 * Write the name of a socket state into a buffer.
 * @param state	IDIAG_SS_* state
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("established", "listen"...;
 *         IDIAG_SS_FIN_WAIT1 is "fin_wait") or the value in hexadecimal when it
 *         has none.
 */
extern char *idiagnl_state2str(int state, char *buf, size_t len);

/**
 * Get the socket state a name stands for.
 * @param name	name as idiagnl_state2str() writes it (case is
 *		ignored), or a number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         an unknown name.
 */
extern int idiagnl_str2state(const char *name);

/**
 * Write the name of a socket timer into a buffer.
 * @param timer	IDIAGNL_TIMER_* value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("off", "on", "keepalive"...) or the
 *         value in hexadecimal when it has none.
 */
extern char *idiagnl_timer2str(int timer, char *buf, size_t len);

/**
 * Get the socket timer a name stands for.
 * @param name	name as idiagnl_timer2str() writes it (case is
 *		ignored), or a number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         an unknown name.
 */
extern int idiagnl_str2timer(const char *name);

/**
 * Write the name of an extension type into a buffer.
 * @param attrs	IDIAG_ATTR_* type (one type, not a mask)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("meminfo", "info", "congestion"...) or
 *         the value in hexadecimal when it has none.
 */
extern char *idiagnl_attrs2str(int attrs, char *buf, size_t len);

/**
 * Write the name of a TCP congestion-avoidance state into a buffer.
 * @param state	TCP_CA_* state (tcpi_ca_state)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("open", "disorder", "cwr", "recovery",
 *         "loss") or the value in hexadecimal.
 */
extern char *idiagnl_tcpstate2str(uint8_t state, char *buf, size_t len);

/**
 * Write the names of TCP options into a buffer.
 * @param attrs	TCPI_OPT_* mask (tcpi_options)
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("timestamps",
 *         "sACK", "wscale", "ecn").
 */
extern char *idiagnl_tcpopts2str(uint8_t attrs, char *buf, size_t len);

/**
 * Write what a socket's shutdown mask says into a buffer.
 * @param shutdown	shutdown mask: bit 0 receive, bit 1 send
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding " " for 0, "receive shutdown" for 1, "send shutdown"
 *         for 2; NULL for any other value, both directions included (as
 *         upstream), @a buf untouched.
 */
extern char *idiagnl_shutdown2str(uint8_t shutdown, char *buf, size_t len);

/**
 * Write the names of the extensions of a request mask into a buffer.
 * @param attrs	mask of 1 << (type - 1) for each IDIAG_ATTR_* type
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas.
 */
extern char *idiagnl_exts2str(uint8_t attrs, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
