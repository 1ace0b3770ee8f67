/* SPDX-License-Identifier: LGPL-2.1-only */
/* Private to libnl-idiag-3: object layouts. */

#ifndef NL_IDIAG_PRIV_H_
#define NL_IDIAG_PRIV_H_

#include <netinet/tcp.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>

#include "nl-private/core.h"
#include <netlink/idiag/idiagnl.h>
#include <netlink/idiag/msg.h>
#include <netlink/idiag/req.h>
#include <netlink/idiag/meminfo.h>
#include <netlink/idiag/vegasinfo.h>

struct idiagnl_meminfo {
	NLHDR_COMMON
	uint32_t idiag_rmem;
	uint32_t idiag_wmem;
	uint32_t idiag_fmem;
	uint32_t idiag_tmem;
};

struct idiagnl_vegasinfo {
	NLHDR_COMMON
	uint32_t tcpv_enabled;
	uint32_t tcpv_rttcnt;
	uint32_t tcpv_rtt;
	uint32_t tcpv_minrtt;
};

struct idiagnl_msg {
	NLHDR_COMMON
	uint8_t idiag_family;
	uint8_t idiag_state;
	uint8_t idiag_timer;
	uint8_t idiag_retrans;
	uint16_t idiag_sport;		/* network byte order, as received */
	uint16_t idiag_dport;
	struct nl_addr *idiag_src;
	struct nl_addr *idiag_dst;
	uint32_t idiag_ifindex;
	uint32_t idiag_expires;
	uint32_t idiag_rqueue;
	uint32_t idiag_wqueue;
	uint32_t idiag_uid;
	uint32_t idiag_inode;
	uint8_t idiag_tos;
	uint8_t idiag_tclass;
	uint8_t idiag_shutdown;
	char *idiag_cong;
	struct idiagnl_meminfo *idiag_meminfo;
	struct idiagnl_vegasinfo *idiag_vegasinfo;
	struct tcp_info idiag_tcpinfo;
	uint32_t idiag_skmeminfo[SK_MEMINFO_VARS];
};

struct idiagnl_req {
	NLHDR_COMMON
	uint8_t idiag_family;
	uint8_t idiag_ext;
	struct nl_addr *idiag_src;
	struct nl_addr *idiag_dst;
	uint32_t idiag_ifindex;
	uint32_t idiag_states;
	uint32_t idiag_dbs;
};

/* Address of @family from the 16 bytes of an inet_diag_sockid field;
 * NULL for families without addresses or without memory. */
struct nl_addr *_idiagnl_addr(int family, const uint32_t *words);

#endif
