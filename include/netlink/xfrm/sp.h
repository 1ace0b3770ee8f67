/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: IPsec security policies (XFRM_MSG_NEWPOLICY ... ), their cache
 * "xfrm/sp" and requests.
 */

#ifndef NETLINK_XFRM_SP_H_
#define NETLINK_XFRM_SP_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/xfrm/template.h>
#include <netlink/xfrm/lifetime.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_sp;
struct xfrmnl_sel;
struct xfrmnl_ltime_cfg;
struct xfrmnl_user_tmpl;

extern struct xfrmnl_sp *xfrmnl_sp_alloc(void);
extern void xfrmnl_sp_put(struct xfrmnl_sp *);
extern int xfrmnl_sp_alloc_cache(struct nl_sock *, struct nl_cache **);
extern struct xfrmnl_sp *xfrmnl_sp_get(struct nl_cache *, unsigned int, unsigned int);
extern int xfrmnl_sp_parse(struct nlmsghdr *, struct xfrmnl_sp **);
extern int xfrmnl_sp_build_get_request(unsigned int, unsigned int, unsigned int, unsigned int, struct nl_msg **);
extern int xfrmnl_sp_get_kernel(struct nl_sock *, unsigned int, unsigned int, unsigned int, unsigned int, struct xfrmnl_sp **);
extern int xfrmnl_sp_add(struct nl_sock *, struct xfrmnl_sp *, int);
extern int xfrmnl_sp_build_add_request(struct xfrmnl_sp *, int, struct nl_msg **);
extern int xfrmnl_sp_update(struct nl_sock *, struct xfrmnl_sp *, int);
extern int xfrmnl_sp_build_update_request(struct xfrmnl_sp *, int, struct nl_msg **);
extern int xfrmnl_sp_delete(struct nl_sock *, struct xfrmnl_sp *, int);
extern int xfrmnl_sp_build_delete_request(struct xfrmnl_sp *, int, struct nl_msg **);
extern struct xfrmnl_sel *xfrmnl_sp_get_sel(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_sel(struct xfrmnl_sp *, struct xfrmnl_sel *);
extern struct xfrmnl_ltime_cfg *xfrmnl_sp_get_lifetime_cfg(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_lifetime_cfg(struct xfrmnl_sp *, struct xfrmnl_ltime_cfg *);
extern int xfrmnl_sp_get_curlifetime(struct xfrmnl_sp *, unsigned long long *, unsigned long long *, unsigned long long *, unsigned long long *);
extern int xfrmnl_sp_get_priority(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_priority(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_index(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_index(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_dir(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_dir(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_action(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_action(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_flags(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_flags(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_share(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_share(struct xfrmnl_sp *, unsigned int);
extern int xfrmnl_sp_get_sec_ctx(struct xfrmnl_sp *, unsigned int *, unsigned int *, unsigned int *, unsigned int *, unsigned int *, char *);
extern int xfrmnl_sp_set_sec_ctx(struct xfrmnl_sp *, unsigned int, unsigned int, unsigned int, unsigned int, unsigned int, char *);
extern int xfrmnl_sp_get_userpolicy_type(struct xfrmnl_sp *);
extern int xfrmnl_sp_set_userpolicy_type(struct xfrmnl_sp *, unsigned int);
extern void xfrmnl_sp_add_usertemplate(struct xfrmnl_sp *, struct xfrmnl_user_tmpl *);
extern void xfrmnl_sp_remove_usertemplate(struct xfrmnl_sp *, struct xfrmnl_user_tmpl *);
extern struct nl_list_head *xfrmnl_sp_get_usertemplates(struct xfrmnl_sp *);
extern int xfrmnl_sp_get_nusertemplates(struct xfrmnl_sp *);
extern void xfrmnl_sp_foreach_usertemplate(struct xfrmnl_sp *, void (*)(struct xfrmnl_user_tmpl *, void *), void *);
extern struct xfrmnl_user_tmpl *xfrmnl_sp_usertemplate_n(struct xfrmnl_sp *, int);
extern int xfrmnl_sp_get_mark(struct xfrmnl_sp *, unsigned int *, unsigned int *);
extern int xfrmnl_sp_set_mark(struct xfrmnl_sp *, unsigned int, unsigned int);
extern int xfrmnl_sp_get_if_id(struct xfrmnl_sp *, uint32_t *);
extern int xfrmnl_sp_set_if_id(struct xfrmnl_sp *, uint32_t);
extern char *xfrmnl_sp_action2str(int, char *, size_t);
extern int xfrmnl_sp_str2action(const char *);
extern char *xfrmnl_sp_flags2str(int, char *, size_t);
extern int xfrmnl_sp_str2flag(const char *);
extern char *xfrmnl_sp_type2str(int, char *, size_t);
extern int xfrmnl_sp_str2type(const char *);
extern char *xfrmnl_sp_dir2str(int, char *, size_t);
extern int xfrmnl_sp_str2dir(const char *);
extern char *xfrmnl_sp_share2str(int, char *, size_t);
extern int xfrmnl_sp_str2share(const char *);
extern int xfrmnl_sp_index2dir(unsigned int);

#ifdef __cplusplus
}
#endif

#endif
