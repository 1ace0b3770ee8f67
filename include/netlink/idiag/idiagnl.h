/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-idiag-3: inet socket diagnostics (NETLINK_INET_DIAG).
 */

#ifndef NETLINK_IDIAGNL_H_
#define NETLINK_IDIAGNL_H_

#include <netlink/netlink.h>
#include <linux/sock_diag.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Message types of the original TCP/DCCP diagnostics interface. */
#define IDIAG_TCPDIAG_GETSOCK	18
#define IDIAG_DCCPDIAG_GETSOCK	19
#define IDIAG_GETSOCK_MAX	24

/* Socket states, as the kernel's TCP_* states (deprecated: use
 * <netinet/tcp.h>). */
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
#define IDIAG_SS_ALL  IDIAGNL_SS_ALL

/* Extensions a request asks for (INET_DIAG_* attribute types). */
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

/* Indices of the socket memory counters (SK_MEMINFO_*). */
#define IDIAG_SK_MEMINFO_RMEM_ALLOC                      0
#define IDIAG_SK_MEMINFO_RCVBUF                          1
#define IDIAG_SK_MEMINFO_WMEM_ALLOC                      2
#define IDIAG_SK_MEMINFO_SNDBUF                          3
#define IDIAG_SK_MEMINFO_FWD_ALLOC                       4
#define IDIAG_SK_MEMINFO_WMEM_QUEUED                     5
#define IDIAG_SK_MEMINFO_OPTMEM                          6
#define IDIAG_SK_MEMINFO_BACKLOG                         7
#define IDIAG_SK_MEMINFO_VARS              SK_MEMINFO_VARS

/* Socket timers */
enum {
	IDIAGNL_TIMER_OFF = 0,
	IDIAGNL_TIMER_ON = 1,
	IDIAGNL_TIMER_KEEPALIVE = 2,
	IDIAGNL_TIMER_TIMEWAIT = 3,
	IDIAGNL_TIMER_PERSIST = 4,
	IDIAGNL_TIMER_UNKNOWN = 5,
};

#define IDIAG_TIMER_OFF                 IDIAGNL_TIMER_OFF
#define IDIAG_TIMER_ON                  IDIAGNL_TIMER_ON
#define IDIAG_TIMER_KEEPALIVE           IDIAGNL_TIMER_KEEPALIVE
#define IDIAG_TIMER_TIMEWAIT            IDIAGNL_TIMER_TIMEWAIT
#define IDIAG_TIMER_PERSIST             IDIAGNL_TIMER_PERSIST
#define IDIAG_TIMER_UNKNOWN             IDIAGNL_TIMER_UNKNOWN

/** Connect @a sk to the kernel's socket diagnostics (NETLINK_INET_DIAG). */
extern int idiagnl_connect(struct nl_sock *sk);

/**
 * Send a socket diagnostics request: sockets of @a family in the states
 * of the mask @a states, with the extensions @a ext (IDIAG_ATTR_* bits).
 * @return bytes sent or a negative error.
 */
extern int idiagnl_send_simple(struct nl_sock *sk, int flags, uint8_t family,
			       uint16_t states, uint16_t ext);

extern char *idiagnl_state2str(int state, char *buf, size_t len);
extern int idiagnl_str2state(const char *name);
extern char *idiagnl_timer2str(int timer, char *buf, size_t len);
extern int idiagnl_str2timer(const char *name);
extern char *idiagnl_attrs2str(int attrs, char *buf, size_t len);
extern char *idiagnl_tcpstate2str(uint8_t state, char *buf, size_t len);
extern char *idiagnl_tcpopts2str(uint8_t attrs, char *buf, size_t len);
extern char *idiagnl_shutdown2str(uint8_t shutdown, char *buf, size_t len);
extern char *idiagnl_exts2str(uint8_t attrs, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

#endif
