/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: Asynchronous events of a security association (XFRM_MSG_NEWAE / GETAE):
 * replay state, current lifetime and their notification thresholds.
 */

#ifndef NETLINK_XFRM_AE_H_
#define NETLINK_XFRM_AE_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_ae;

extern struct xfrmnl_ae *xfrmnl_ae_alloc(void);
extern void xfrmnl_ae_put(struct xfrmnl_ae *);
extern int xfrmnl_ae_get_kernel(struct nl_sock *, struct nl_addr *, unsigned int, unsigned int, unsigned int, unsigned int, struct xfrmnl_ae **);
extern int xfrmnl_ae_set(struct nl_sock *, struct xfrmnl_ae *, int);
extern int xfrmnl_ae_parse(struct nlmsghdr *, struct xfrmnl_ae **);
extern int xfrmnl_ae_build_get_request(struct nl_addr *, unsigned int, unsigned int, unsigned int, unsigned int, struct nl_msg **);
extern struct nl_addr *xfrmnl_ae_get_daddr(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_daddr(struct xfrmnl_ae *, struct nl_addr *);
extern int xfrmnl_ae_get_spi(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_spi(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_family(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_family(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_proto(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_proto(struct xfrmnl_ae *, unsigned int);
extern struct nl_addr *xfrmnl_ae_get_saddr(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_saddr(struct xfrmnl_ae *, struct nl_addr *);
extern int xfrmnl_ae_get_flags(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_flags(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_reqid(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_reqid(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_mark(struct xfrmnl_ae *, unsigned int *, unsigned int *);
extern int xfrmnl_ae_set_mark(struct xfrmnl_ae *, unsigned int, unsigned int);
extern int xfrmnl_ae_get_curlifetime(struct xfrmnl_ae *, unsigned long long *, unsigned long long *, unsigned long long *, unsigned long long *);
extern int xfrmnl_ae_set_curlifetime(struct xfrmnl_ae *, unsigned long long, unsigned long long, unsigned long long, unsigned long long);
extern int xfrmnl_ae_get_replay_maxage(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_replay_maxage(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_replay_maxdiff(struct xfrmnl_ae *);
extern int xfrmnl_ae_set_replay_maxdiff(struct xfrmnl_ae *, unsigned int);
extern int xfrmnl_ae_get_replay_state(struct xfrmnl_ae *, unsigned int *, unsigned int *, unsigned int *);
extern int xfrmnl_ae_set_replay_state(struct xfrmnl_ae *, unsigned int, unsigned int, unsigned int);
extern int xfrmnl_ae_get_replay_state_esn(struct xfrmnl_ae *, unsigned int *, unsigned int *, unsigned int *, unsigned int *, unsigned int *, unsigned int *, unsigned int *);
extern int xfrmnl_ae_set_replay_state_esn(struct xfrmnl_ae *, unsigned int, unsigned int, unsigned int, unsigned int, unsigned int, unsigned int, unsigned int *);
extern char *xfrmnl_ae_flags2str(int, char *, size_t);
extern int xfrmnl_ae_str2flag(const char *);

#ifdef __cplusplus
}
#endif

#endif
