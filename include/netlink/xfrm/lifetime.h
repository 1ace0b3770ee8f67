/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Lifetime limits of a security association or policy
 * (struct xfrm_lifetime_cfg), a reference-counted value object.
 */

#ifndef NETLINK_XFRM_LTIME_H_
#define NETLINK_XFRM_LTIME_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_ltime_cfg;

extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_alloc(void);
extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_clone(struct xfrmnl_ltime_cfg *);
extern struct xfrmnl_ltime_cfg *xfrmnl_ltime_cfg_get(struct xfrmnl_ltime_cfg *);
extern void xfrmnl_ltime_cfg_put(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_shared(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_cmp(struct xfrmnl_ltime_cfg *, struct xfrmnl_ltime_cfg *);
extern unsigned long long xfrmnl_ltime_cfg_get_soft_bytelimit(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_soft_bytelimit(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_hard_bytelimit(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_hard_bytelimit(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_soft_packetlimit(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_soft_packetlimit(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_hard_packetlimit(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_hard_packetlimit(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_soft_addexpires(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_soft_addexpires(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_hard_addexpires(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_hard_addexpires(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_soft_useexpires(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_soft_useexpires(struct xfrmnl_ltime_cfg *, unsigned long long);
extern unsigned long long xfrmnl_ltime_cfg_get_hard_useexpires(struct xfrmnl_ltime_cfg *);
extern int xfrmnl_ltime_cfg_set_hard_useexpires(struct xfrmnl_ltime_cfg *, unsigned long long);

#ifdef __cplusplus
}
#endif

#endif
