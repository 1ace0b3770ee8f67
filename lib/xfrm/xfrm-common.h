/* SPDX-License-Identifier: LGPL-2.1-only */
/* Private to libnl-xfrm-3: helpers of common.c. */

#ifndef NL_XFRM_COMMON_H_
#define NL_XFRM_COMMON_H_

#include <netlink/attr.h>
#include <netlink/msg.h>
#include "xfrm-priv.h"

int _xfrmnl_algo_set(struct xfrmnl_algo **pos, const char *name,
		     unsigned int key_len, unsigned int trunc_len,
		     const char *key);
int _xfrmnl_algo_get(const struct xfrmnl_algo *a, char *name,
		     unsigned int *key_len, unsigned int *trunc_len, char *key);
void _xfrmnl_algo_free(struct xfrmnl_algo *a);
int _xfrmnl_algo_clone(struct xfrmnl_algo **dst, const struct xfrmnl_algo *src);
int _xfrmnl_algo_differ(const struct xfrmnl_algo *a, const struct xfrmnl_algo *b);
int _xfrmnl_algo_parse(struct xfrmnl_algo **pos, const struct nlattr *nla,
		       int kind);
int _xfrmnl_algo_put(struct nl_msg *msg, int type, const struct xfrmnl_algo *a,
		     int kind);

int _xfrmnl_ctx_set(struct xfrmnl_sec_ctx **pos, unsigned int doi,
		    unsigned int alg, unsigned int ctx_len, unsigned int sid,
		    const char *ctx);
void _xfrmnl_ctx_free(struct xfrmnl_sec_ctx *c);
int _xfrmnl_ctx_clone(struct xfrmnl_sec_ctx **dst, const struct xfrmnl_sec_ctx *src);
int _xfrmnl_ctx_differ(const struct xfrmnl_sec_ctx *a, const struct xfrmnl_sec_ctx *b);
int _xfrmnl_ctx_parse(struct xfrmnl_sec_ctx **pos, const struct nlattr *nla);
int _xfrmnl_ctx_put(struct nl_msg *msg, const struct xfrmnl_sec_ctx *c);

void _xfrmnl_replay_free(struct xfrmnl_replay *r);
int _xfrmnl_replay_set(struct xfrmnl_replay **pos, int esn, uint32_t oseq,
		       uint32_t seq, uint32_t bitmap, uint32_t oseq_hi,
		       uint32_t seq_hi, uint32_t window, uint32_t bmp_len,
		       const uint32_t *bmp);
int _xfrmnl_replay_clone(struct xfrmnl_replay **dst, const struct xfrmnl_replay *s);
int _xfrmnl_replay_differ(const struct xfrmnl_replay *a, const struct xfrmnl_replay *b);
int _xfrmnl_replay_parse(struct xfrmnl_replay **pos, struct nlattr **tb);
int _xfrmnl_replay_put(struct nl_msg *msg, const struct xfrmnl_replay *r);
void _xfrmnl_replay_dump(const struct xfrmnl_replay *r, struct nl_dump_params *p);
int _xfrmnl_replay_get(const struct xfrmnl_replay *r, int esn,
		       unsigned int *oseq, unsigned int *seq,
		       unsigned int *bitmap, unsigned int *oseq_hi,
		       unsigned int *seq_hi, unsigned int *window,
		       unsigned int *bmp_len, unsigned int *bmp);

/* XFRMA_MARK with value @v and mask @m. */
int _xfrmnl_mark_put(struct nl_msg *msg, uint32_t v, uint32_t m);

/* The kernel's attribute policy for association, policy and event
 * messages (lengths checked before use). */
extern const struct nla_policy _xfrmnl_policy[XFRMA_MAX + 1];

#endif
