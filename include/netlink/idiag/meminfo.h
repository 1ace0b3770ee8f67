/* SPDX-License-Identifier: LGPL-2.1-only */
/* Socket memory usage reported by socket diagnostics (INET_DIAG_MEMINFO). */

#ifndef NETLINK_IDIAGNL_MEMINFO_H_
#define NETLINK_IDIAGNL_MEMINFO_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_meminfo;

extern struct nl_object_ops idiagnl_meminfo_obj_ops;

extern struct idiagnl_meminfo *idiagnl_meminfo_alloc(void);
extern void idiagnl_meminfo_get(struct idiagnl_meminfo *minfo);
extern void idiagnl_meminfo_put(struct idiagnl_meminfo *minfo);

extern uint32_t idiagnl_meminfo_get_rmem(const struct idiagnl_meminfo *minfo);
extern uint32_t idiagnl_meminfo_get_wmem(const struct idiagnl_meminfo *minfo);
extern uint32_t idiagnl_meminfo_get_fmem(const struct idiagnl_meminfo *minfo);
extern uint32_t idiagnl_meminfo_get_tmem(const struct idiagnl_meminfo *minfo);
extern void idiagnl_meminfo_set_rmem(struct idiagnl_meminfo *minfo, uint32_t rmem);
extern void idiagnl_meminfo_set_wmem(struct idiagnl_meminfo *minfo, uint32_t wmem);
extern void idiagnl_meminfo_set_fmem(struct idiagnl_meminfo *minfo, uint32_t fmem);
extern void idiagnl_meminfo_set_tmem(struct idiagnl_meminfo *minfo, uint32_t tmem);

#ifdef __cplusplus
}
#endif

#endif
