/* SPDX-License-Identifier: LGPL-2.1-only */
/* Private to libnl-xfrm-3: object layouts and shared helpers. */

#ifndef NL_XFRM_PRIV_H_
#define NL_XFRM_PRIV_H_

#include <linux/xfrm.h>

#include "nl-private/core.h"
#include <netlink/xfrm/sa.h>
#include <netlink/xfrm/sp.h>
#include <netlink/xfrm/ae.h>
#include <netlink/xfrm/selector.h>
#include <netlink/xfrm/template.h>
#include <netlink/xfrm/lifetime.h>

struct xfrmnl_ltime_cfg {
	int refcnt;
	uint64_t soft_byte_limit;
	uint64_t hard_byte_limit;
	uint64_t soft_packet_limit;
	uint64_t hard_packet_limit;
	uint64_t soft_add_expires_seconds;
	uint64_t hard_add_expires_seconds;
	uint64_t soft_use_expires_seconds;
	uint64_t hard_use_expires_seconds;
};

struct xfrmnl_sel {
	int refcnt;
	struct nl_addr *daddr;
	struct nl_addr *saddr;
	uint16_t dport;
	uint16_t dport_mask;
	uint16_t sport;
	uint16_t sport_mask;
	uint16_t family;
	uint8_t prefixlen_d;
	uint8_t prefixlen_s;
	uint8_t proto;
	int32_t ifindex;
	uint32_t user;
};

struct xfrmnl_user_tmpl {
	struct nl_list_head utmpl_list;
	struct nl_addr *daddr;
	uint32_t spi;
	uint8_t proto;
	uint16_t family;
	struct nl_addr *saddr;
	uint32_t reqid;
	uint8_t mode;
	uint8_t share;
	uint8_t optional;
	uint32_t aalgos;
	uint32_t ealgos;
	uint32_t calgos;
};

struct xfrmnl_lifetime_cur {
	uint64_t bytes;
	uint64_t packets;
	uint64_t add_time;
	uint64_t use_time;
};

/* A security context as the kernel carries it, text included. */
struct xfrmnl_sec_ctx {
	uint16_t len;
	uint16_t exttype;
	uint8_t ctx_alg;
	uint8_t ctx_doi;
	uint16_t ctx_len;
	uint32_t ctx_sid;	/* SA's fourth parameter (kept, never sent) */
	char *ctx;
};

struct xfrmnl_algo {
	char name[64];
	uint32_t key_len;	/* bits */
	uint32_t trunc_len;	/* auth: truncation; aead: ICV length */
	unsigned char *key;	/* (key_len + 7) / 8 bytes */
};

struct xfrmnl_replay {
	/* one of the two kinds: esn set when XFRMA_REPLAY_ESN_VAL */
	int esn;
	uint32_t oseq, seq, bitmap;
	uint32_t oseq_hi, seq_hi, replay_window, bmp_len;
	uint32_t *bmp;
};

/* Shared by SA, SP and AE code */
struct nl_addr *_xfrmnl_addr(int family, const xfrm_address_t *a, int plen);
void _xfrmnl_addr_put_raw(xfrm_address_t *dst, struct nl_addr *a);
void _xfrmnl_sel_to_kernel(struct xfrm_selector *dst, struct xfrmnl_sel *sel);
struct xfrmnl_sel *_xfrmnl_sel_from_kernel(const struct xfrm_selector *src);
void _xfrmnl_ltime_to_kernel(struct xfrm_lifetime_cfg *dst,
			     struct xfrmnl_ltime_cfg *lt);
struct xfrmnl_ltime_cfg *_xfrmnl_ltime_from_kernel(const struct xfrm_lifetime_cfg *src);
void _xfrmnl_tmpl_to_kernel(struct xfrm_user_tmpl *dst,
			    struct xfrmnl_user_tmpl *t);
struct xfrmnl_user_tmpl *_xfrmnl_tmpl_from_kernel(const struct xfrm_user_tmpl *src);
void _xfrmnl_dump_curlft(const struct xfrmnl_lifetime_cur *c,
			 struct nl_dump_params *p, int ae_style);
void _xfrmnl_dump_lft(struct xfrmnl_ltime_cfg *lt, struct nl_dump_params *p,
		      int sp_style);
void _xfrmnl_dump_sel(struct xfrmnl_sel *sel, struct nl_dump_params *p,
		      const char *indent, const char *uid_word);
int _xfrmnl_addr_differ(struct nl_addr *a, struct nl_addr *b);

#endif
