/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Kept for programs that include it by name.  The netlink protocol
 * definitions themselves (struct nlmsghdr, struct nlattr, NLM_F_*,
 * NLMSG_*, NLA_*) come from the kernel's <linux/netlink.h>, which
 * <netlink/netlink.h> includes; this header adds nothing of its own.
 */

#ifndef __NETLINK_KERNEL_H_
#define __NETLINK_KERNEL_H_

#endif
