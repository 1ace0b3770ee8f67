/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: command-line helpers of the nl-* tools (exp).
 * Functions named *_parse_* exit the program with a message on bad input.
 */

#ifndef NETLINK_CLI_EXP_H_
#define NETLINK_CLI_EXP_H_

/**
 * @defgroup cli_exp Expectations
 * @ingroup cli
 * Conntrack expectations and caches from command-line arguments.
 * @{
 */

#include <netlink/netfilter/exp.h>
#include <linux/netfilter/nf_conntrack_common.h>
#include <netlink/cli/utils.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Allocate an empty expectation object, or exit.
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 *
 * @return The object holding one reference, to be released with nfnl_exp_put().
 */
extern struct nfnl_exp *nl_cli_exp_alloc(void);

/**
 * Allocate and fill the expectation cache, or exit.
 * @param sk	socket connected with nfnl_connect()
 *
 * The cache is filled from the kernel, and provided to the other caches of
 * the program (nl_cache_mngt_provide()). On failure it prints "Error: "
 * and a message on stderr and ends the program (see nl_cli_fatal()).
 *
 * @return The cache holding one reference, to be released with nl_cache_free().
 */
extern struct nl_cache *nl_cli_exp_alloc_cache(struct nl_sock *sk);

/**
 * Set the family of an expectation from its name, or exit.
 * @param exp	expectation
 * @param arg	family name ("inet", "inet6")
 *
 * A name nl_str2af() gives AF_UNSPEC for ends the program with EINVAL. On
 * failure it prints "Error: " and a message on stderr and ends the program
 * (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_family(struct nfnl_exp *exp, char *arg);

/**
 * Set the timeout in seconds of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_timeout(struct nfnl_exp *exp, char *arg);

/**
 * Set the id of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_id(struct nfnl_exp *exp, char *arg);

/**
 * Set the helper name of an expectation, or exit.
 * @param exp	expectation
 * @param arg	helper name, copied
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_helper_name(struct nfnl_exp *exp, char *arg);

/**
 * Set the zone of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_zone(struct nfnl_exp *exp, char *arg);

/**
 * Set the flags (a number) of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_flags(struct nfnl_exp *exp, char *arg);

/**
 * Set the class of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_class(struct nfnl_exp *exp, char *arg);

/**
 * Set the NAT direction of an expectation, or exit.
 * @param exp	expectation
 * @param arg	number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_nat_dir(struct nfnl_exp *exp, char *arg);

/**
 * Set the function name of an expectation, or exit.
 * @param exp	expectation
 * @param arg	function name, copied
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_fn(struct nfnl_exp *exp, char *arg);

/**
 * Set the source address of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	address text, read in the expectation's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_src(struct nfnl_exp *exp, int tuple, char *arg);

/**
 * Set the destination address of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	address text, read in the expectation's family
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_dst(struct nfnl_exp *exp, int tuple, char *arg);

/**
 * Set the layer 4 protocol of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	protocol name from the protocols database ("tcp"...) or number
 *
 * On failure it prints "Error: " and a message on stderr and ends the
 * program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_l4protonum(struct nfnl_exp *exp, int tuple,
					char *arg);

/**
 * Set the source port of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	number
 *
 * The destination port of the tuple is kept. On failure it prints "Error:
 * " and a message on stderr and ends the program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_src_port(struct nfnl_exp *exp, int tuple,
				      char *arg);

/**
 * Set the destination port of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	number
 *
 * The source port of the tuple is kept. On failure it prints "Error: " and
 * a message on stderr and ends the program (see nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_dst_port(struct nfnl_exp *exp, int tuple,
				      char *arg);

/**
 * Set the ICMP identifier of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	number
 *
 * The ICMP type and code of the tuple are kept. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_icmp_id(struct nfnl_exp *exp, int tuple,
				     char *arg);

/**
 * Set the ICMP type of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	number
 *
 * The ICMP identifier and code of the tuple are kept. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_icmp_type(struct nfnl_exp *exp, int tuple,
				       char *arg);

/**
 * Set the ICMP code of a tuple of an expectation, or exit.
 * @param exp	expectation
 * @param tuple	tuple (an enum nfnl_exp_tuples value)
 * @param arg	number
 *
 * The ICMP identifier and type of the tuple are kept. On failure it prints
 * "Error: " and a message on stderr and ends the program (see
 * nl_cli_fatal()).
 */
extern void nl_cli_exp_parse_icmp_code(struct nfnl_exp *exp, int tuple,
				       char *arg);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
