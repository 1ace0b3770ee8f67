/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (ct).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_CT_H_
#define NETLINK_CLI_CT_H_

/**
 * @defgroup cli_ct Connection tracking
 * @ingroup cli
 * Conntrack entries and caches from command-line arguments.
 * @{
 */

#include <netlink/netfilter/ct.h>
#include <linux/netfilter/nf_conntrack_common.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty conntrack entry object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with nfnl_ct_put().
 */
extern struct nfnl_ct *nl_cli_ct_alloc(void);

/**
 * Allocate and fill the conntrack cache, or exit.
 * @param sk	socket connected with nfnl_connect()
 *
 * The cache is filled from the kernel, and provided to the other caches of
 * the program (nl_cache_mngt_provide()). On failure it prints "Error: "
 * and a message on stderr and ends the program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_ct_alloc_cache(struct nl_sock *sk);

/**
 * Set the family of a conntrack entry from its name, or exit.
 * @param ct	conntrack entry
 * @param arg	family name ("inet", "inet6")
 *
 * A name nl_str2af() gives AF_UNSPEC for ends the program with EINVAL. On
 * failure it prints "Error: " and a message on stderr and ends the program
 * (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_family(struct nfnl_ct *ct, char *arg);

/**
 * Set the layer 4 protocol of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	protocol name from the protocols database ("tcp"...) or number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_protocol(struct nfnl_ct *ct, char *arg);

/**
 * Set the mark of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_mark(struct nfnl_ct *ct, char *arg);

/**
 * Set the timeout in seconds of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_timeout(struct nfnl_ct *ct, char *arg);

/**
 * Set the id of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_id(struct nfnl_ct *ct, char *arg);

/**
 * Set the use count of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_use(struct nfnl_ct *ct, char *arg);

/**
 * Set the source address of a direction of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param reply	0 for the original direction, 1 for the reply direction
 * @param arg	address text, read in the entry's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_src(struct nfnl_ct *ct, int reply, char *arg);

/**
 * Set the destination address of a direction of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param reply	0 for the original direction, 1 for the reply direction
 * @param arg	address text, read in the entry's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_dst(struct nfnl_ct *ct, int reply, char *arg);

/**
 * Set the source port of a direction of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param reply	0 for the original direction, 1 for the reply direction
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_src_port(struct nfnl_ct *ct, int reply, char *arg);

/**
 * Set the destination port of a direction of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param reply	0 for the original direction, 1 for the reply direction
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_dst_port(struct nfnl_ct *ct, int reply, char *arg);

/**
 * Set the TCP state of a conntrack entry from its name, or exit.
 * @param ct	conntrack entry
 * @param arg	state name as nfnl_ct_str2tcp_state() knows it
 *		("ESTABLISHED"...)
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_tcp_state(struct nfnl_ct *ct, char *arg);

/**
 * Set status bits of a conntrack entry from their names, or exit.
 * @param ct	conntrack entry
 * @param arg	names as nfnl_ct_str2status() knows them, separated by commas
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_status(struct nfnl_ct *ct, char *arg);

/**
 * Set the zone of a conntrack entry, or exit.
 * @param ct	conntrack entry
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_ct_parse_zone(struct nfnl_ct *ct, char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
