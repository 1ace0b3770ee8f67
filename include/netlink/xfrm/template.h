/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: User templates of a security policy (struct xfrm_user_tmpl).
 */

#ifndef NETLINK_XFRM_TEMPL_H_
#define NETLINK_XFRM_TEMPL_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_user_tmpl;

extern struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_alloc(void);
extern struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_clone(struct xfrmnl_user_tmpl *);
extern void xfrmnl_user_tmpl_free(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_cmp(struct xfrmnl_user_tmpl *, struct xfrmnl_user_tmpl *);
extern void xfrmnl_user_tmpl_dump(struct xfrmnl_user_tmpl *, struct nl_dump_params *);
extern struct nl_addr *xfrmnl_user_tmpl_get_daddr(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_daddr(struct xfrmnl_user_tmpl *, struct nl_addr *);
extern int xfrmnl_user_tmpl_get_spi(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_spi(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_proto(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_proto(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_family(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_family(struct xfrmnl_user_tmpl *, unsigned int);
extern struct nl_addr *xfrmnl_user_tmpl_get_saddr(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_saddr(struct xfrmnl_user_tmpl *, struct nl_addr *);
extern int xfrmnl_user_tmpl_get_reqid(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_reqid(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_mode(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_mode(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_share(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_share(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_optional(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_optional(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_aalgos(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_aalgos(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_ealgos(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_ealgos(struct xfrmnl_user_tmpl *, unsigned int);
extern int xfrmnl_user_tmpl_get_calgos(struct xfrmnl_user_tmpl *);
extern int xfrmnl_user_tmpl_set_calgos(struct xfrmnl_user_tmpl *, unsigned int);
extern char *xfrmnl_user_tmpl_mode2str(int, char *, size_t);
extern int xfrmnl_user_tmpl_str2mode(const char *);

#ifdef __cplusplus
}
#endif

#endif
