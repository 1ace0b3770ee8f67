/* SPDX-License-Identifier: LGPL-2.1-only */
/* TCP Vegas congestion control state (INET_DIAG_VEGASINFO). */

#ifndef NETLINK_IDIAGNL_VEGASINFO_H_
#define NETLINK_IDIAGNL_VEGASINFO_H_

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

struct idiagnl_vegasinfo;

extern struct nl_object_ops idiagnl_vegasinfo_obj_ops;

extern struct idiagnl_vegasinfo *idiagnl_vegasinfo_alloc(void);
extern void idiagnl_vegasinfo_get(struct idiagnl_vegasinfo *vinfo);
extern void idiagnl_vegasinfo_put(struct idiagnl_vegasinfo *vinfo);

extern uint32_t idiagnl_vegasinfo_get_enabled(const struct idiagnl_vegasinfo *vinfo);
extern uint32_t idiagnl_vegasinfo_get_rttcnt(const struct idiagnl_vegasinfo *vinfo);
extern uint32_t idiagnl_vegasinfo_get_rtt(const struct idiagnl_vegasinfo *vinfo);
extern uint32_t idiagnl_vegasinfo_get_minrtt(const struct idiagnl_vegasinfo *vinfo);
extern void idiagnl_vegasinfo_set_enabled(struct idiagnl_vegasinfo *vinfo, uint32_t enabled);
extern void idiagnl_vegasinfo_set_rttcnt(struct idiagnl_vegasinfo *vinfo, uint32_t rttcnt);
extern void idiagnl_vegasinfo_set_rtt(struct idiagnl_vegasinfo *vinfo, uint32_t rtt);
extern void idiagnl_vegasinfo_set_minrtt(struct idiagnl_vegasinfo *vinfo, uint32_t minrtt);

#ifdef __cplusplus
}
#endif

#endif
