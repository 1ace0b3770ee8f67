/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-nf-3: names of verdicts and hooks.
 */

#ifndef NETLINK_NF_NETFILTER_H_
#define NETLINK_NF_NETFILTER_H_

/**
 * @defgroup nf_names Verdicts and hooks
 * @ingroup nf
 * Names of netfilter verdicts and inet hooks.
 * @{
 */

#include <netlink/netlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Write the name of a netfilter verdict into a buffer.
 * @param verdict	verdict (NF_ACCEPT...)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "NF_DROP", "NF_ACCEPT", "NF_STOLEN", "NF_QUEUE",
 *         "NF_REPEAT" or "NF_STOP", or the value in hexadecimal.
 */
extern char *nfnl_verdict2str(unsigned int verdict, char *buf, size_t len);

/**
 * Get the netfilter verdict a name stands for.
 * @param name	name as nfnl_verdict2str() writes it (case is ignored), or a
 *		number
 *
 * @return The verdict; for an unknown name the negative error code
 *         -NLE_OBJ_NOTFOUND (-NLE_INVAL for an empty string) converted to
 *         unsigned int.
 */
extern unsigned int nfnl_str2verdict(const char *name);

/**
 * Write the name of an inet hook into a buffer.
 * @param hook	hook (NF_INET_PRE_ROUTING...)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "NF_INET_PREROUTING", "NF_INET_LOCAL_IN",
 *         "NF_INET_FORWARD", "NF_INET_LOCAL_OUT" or "NF_INET_POST_ROUTING", or
 *         the value in hexadecimal.
 */
extern char *nfnl_inet_hook2str(unsigned int hook, char *buf, size_t len);

/**
 * Get the inet hook a name stands for.
 * @param name	name as nfnl_inet_hook2str() writes it (case is ignored), or a
 *		number
 *
 * @return The hook; for an unknown name the negative error code
 *         -NLE_OBJ_NOTFOUND (-NLE_INVAL for an empty string) converted to
 *         unsigned int.
 */
extern unsigned int nfnl_str2inet_hook(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
