/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Traffic selectors (struct xfrm_selector), a reference-counted value
 * object shared by security associations and policies.
 */

#ifndef NETLINK_XFRM_SEL_H_
#define NETLINK_XFRM_SEL_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_sel;

extern struct xfrmnl_sel *xfrmnl_sel_alloc(void);
extern struct xfrmnl_sel *xfrmnl_sel_clone(struct xfrmnl_sel *);
extern struct xfrmnl_sel *xfrmnl_sel_get(struct xfrmnl_sel *);
extern void xfrmnl_sel_put(struct xfrmnl_sel *);
extern int xfrmnl_sel_shared(struct xfrmnl_sel *);
extern int xfrmnl_sel_cmp(struct xfrmnl_sel *, struct xfrmnl_sel *);
extern void xfrmnl_sel_dump(struct xfrmnl_sel *, struct nl_dump_params *);
extern struct nl_addr *xfrmnl_sel_get_daddr(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_daddr(struct xfrmnl_sel *, struct nl_addr *);
extern struct nl_addr *xfrmnl_sel_get_saddr(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_saddr(struct xfrmnl_sel *, struct nl_addr *);
extern int xfrmnl_sel_get_dport(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_dport(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_dportmask(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_dportmask(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_sport(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_sport(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_sportmask(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_sportmask(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_family(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_family(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_prefixlen_d(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_prefixlen_d(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_prefixlen_s(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_prefixlen_s(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_proto(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_proto(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_ifindex(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_ifindex(struct xfrmnl_sel *, unsigned int);
extern int xfrmnl_sel_get_userid(struct xfrmnl_sel *);
extern int xfrmnl_sel_set_userid(struct xfrmnl_sel *, unsigned int);

#ifdef __cplusplus
}
#endif

#endif
