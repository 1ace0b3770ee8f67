/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (cls).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_CLS_H_
#define NETLINK_CLI_CLS_H_

/**
 * @defgroup cli_cls Classifiers
 * @ingroup cli
 * Classifier objects and caches from command-line arguments.
 * @{
 */

#include <netlink/route/classifier.h>
#include <netlink/cli/tc.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty classifier object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with rtnl_cls_put().
 */
extern struct rtnl_cls *nl_cli_cls_alloc(void);

/**
 * Allocate and fill the classifier cache, or exit.
 * @param sock	connected routing socket
 * @param ifindex	index of the link
 * @param parent	handle of the qdisc or class the classifiers are
 *		attached to
 *
 * The cache is filled from the kernel with the classifiers of the link
 * under @a parent. On failure it prints "Error: " and a message on stderr
 * and ends the program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_cls_alloc_cache(struct nl_sock *sock,
					       int ifindex, uint32_t parent);

/**
 * Set the protocol of a classifier object from its name, or exit.
 * @param cls	classifier object
 * @param arg	ethernet protocol name as nl_str2ether_proto() knows it ("ip",
 *		"ipv6", "all"...) or number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_cls_parse_proto(struct rtnl_cls *cls, char *arg);

/**
 * Parse an extended match expression, or exit.
 * @param cls	classifier object (not changed)
 * @param arg	expression as rtnl_ematch_parse_expr() reads it
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The ematch tree, to be freed with rtnl_ematch_tree_free() or handed
 *         to the classifier.
 */
extern struct rtnl_ematch_tree *nl_cli_cls_parse_ematch(struct rtnl_cls *cls,
							char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
