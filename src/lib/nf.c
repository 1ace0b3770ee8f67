/* SPDX-License-Identifier: LGPL-2.1-only */
/* libnl-cli-3: conntrack entries and expectations from arguments. */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/cli/utils.h>
#include <netlink/cli/ct.h>
#include <netlink/cli/exp.h>

/* ------------------------------------------------------------------ */
/* Conntrack                                                            */

/** A new conntrack object, or exit. */
struct nfnl_ct *nl_cli_ct_alloc(void)
{
	struct nfnl_ct *ct = nfnl_ct_alloc();

	if (!ct)
		nl_cli_fatal(ENOMEM, "Unable to allocate conntrack object");
	return ct;
}

/** The conntrack cache, or exit. */
struct nl_cache *nl_cli_ct_alloc_cache(struct nl_sock *sk)
{
	return nl_cli_alloc_cache(sk, "conntrack", nfnl_ct_alloc_cache);
}

/** Set the family by name ("inet", "inet6"), or exit. */
void nl_cli_ct_parse_family(struct nfnl_ct *ct, char *arg)
{
	int family = nl_str2af(arg);

	if (family == AF_UNSPEC)
		nl_cli_fatal(EINVAL, "Unable to nl_cli_ct_parse family \"%s\": %s",
			     arg, nl_geterror(NLE_INVAL));
	nfnl_ct_set_family(ct, family);
}

/** Set the layer 4 protocol by name or number, or exit. */
void nl_cli_ct_parse_protocol(struct nfnl_ct *ct, char *arg)
{
	int proto = nl_str2ip_proto(arg);

	if (proto < 0)
		nl_cli_fatal(proto, "Unable to nl_cli_ct_parse protocol \"%s\": %s",
			     arg, nl_geterror(proto));
	nfnl_ct_set_proto(ct, proto);
}

/** Set the mark, or exit. */
void nl_cli_ct_parse_mark(struct nfnl_ct *ct, char *arg)
{
	nfnl_ct_set_mark(ct, nl_cli_parse_u32(arg));
}

/** Set the timeout in seconds, or exit. */
void nl_cli_ct_parse_timeout(struct nfnl_ct *ct, char *arg)
{
	nfnl_ct_set_timeout(ct, nl_cli_parse_u32(arg));
}

/** Set the id, or exit. */
void nl_cli_ct_parse_id(struct nfnl_ct *ct, char *arg)
{
	nfnl_ct_set_id(ct, nl_cli_parse_u32(arg));
}

/** Set the use count, or exit. */
void nl_cli_ct_parse_use(struct nfnl_ct *ct, char *arg)
{
	nfnl_ct_set_use(ct, nl_cli_parse_u32(arg));
}

/** Set the source address of a direction (0 original, 1 reply), or exit. */
void nl_cli_ct_parse_src(struct nfnl_ct *ct, int reply, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, nfnl_ct_get_family(ct));
	int err = nfnl_ct_set_src(ct, reply, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set source address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the destination address of a direction, or exit. */
void nl_cli_ct_parse_dst(struct nfnl_ct *ct, int reply, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, nfnl_ct_get_family(ct));
	int err = nfnl_ct_set_dst(ct, reply, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set destination address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the source port of a direction, or exit. */
void nl_cli_ct_parse_src_port(struct nfnl_ct *ct, int reply, char *arg)
{
	nfnl_ct_set_src_port(ct, reply, nl_cli_parse_u32(arg));
}

/** Set the destination port of a direction, or exit. */
void nl_cli_ct_parse_dst_port(struct nfnl_ct *ct, int reply, char *arg)
{
	nfnl_ct_set_dst_port(ct, reply, nl_cli_parse_u32(arg));
}

/** Set the TCP state by name, or exit. */
void nl_cli_ct_parse_tcp_state(struct nfnl_ct *ct, char *arg)
{
	int state = nfnl_ct_str2tcp_state(arg);

	if (state < 0)
		nl_cli_fatal(state, "Unable to nl_cli_ct_parse tcp state \"%s\": %s",
			     arg, nl_geterror(state));
	nfnl_ct_set_tcp_state(ct, state);
}

/** Set status flags by name, or exit. */
void nl_cli_ct_parse_status(struct nfnl_ct *ct, char *arg)
{
	int status = nfnl_ct_str2status(arg);

	if (status < 0)
		nl_cli_fatal(status, "Unable to nl_cli_ct_parse flags \"%s\": %s",
			     arg, nl_geterror(status));
	nfnl_ct_set_status(ct, status);
}

/** Set the zone, or exit. */
void nl_cli_ct_parse_zone(struct nfnl_ct *ct, char *arg)
{
	nfnl_ct_set_zone(ct, nl_cli_parse_u32(arg));
}

/* ------------------------------------------------------------------ */
/* Expectations                                                         */

/** A new expectation object, or exit. */
struct nfnl_exp *nl_cli_exp_alloc(void)
{
	struct nfnl_exp *exp = nfnl_exp_alloc();

	if (!exp)
		nl_cli_fatal(ENOMEM, "Unable to allocate expectation object");
	return exp;
}

/** The expectation cache, or exit. */
struct nl_cache *nl_cli_exp_alloc_cache(struct nl_sock *sk)
{
	return nl_cli_alloc_cache(sk, "expectation", nfnl_exp_alloc_cache);
}

/** Set the family by name, or exit. */
void nl_cli_exp_parse_family(struct nfnl_exp *exp, char *arg)
{
	int family = nl_str2af(arg);

	if (family == AF_UNSPEC)
		nl_cli_fatal(EINVAL, "Unable to nl_cli_exp_parse family \"%s\": %s",
			     arg, nl_geterror(NLE_INVAL));
	nfnl_exp_set_family(exp, family);
}

#define EXP_U32(fn, setter)                                                    \
	void fn(struct nfnl_exp *exp, char *arg)                               \
	{                                                                      \
		setter(exp, nl_cli_parse_u32(arg));                            \
	}

/** Set the timeout, or exit. */
EXP_U32(nl_cli_exp_parse_timeout, nfnl_exp_set_timeout)
/** Set the id, or exit. */
EXP_U32(nl_cli_exp_parse_id, nfnl_exp_set_id)
/** Set the zone, or exit. */
EXP_U32(nl_cli_exp_parse_zone, nfnl_exp_set_zone)
/** Set the flags (a number), or exit. */
EXP_U32(nl_cli_exp_parse_flags, nfnl_exp_set_flags)
/** Set the class, or exit. */
EXP_U32(nl_cli_exp_parse_class, nfnl_exp_set_class)
/** Set the NAT direction, or exit. */
EXP_U32(nl_cli_exp_parse_nat_dir, nfnl_exp_set_nat_dir)

/** Set the helper's name, or exit. */
void nl_cli_exp_parse_helper_name(struct nfnl_exp *exp, char *arg)
{
	if (nfnl_exp_set_helper_name(exp, arg) < 0)
		nl_cli_fatal(ENOMEM, "Unable to set helper name");
}

/** Set the function name, or exit. */
void nl_cli_exp_parse_fn(struct nfnl_exp *exp, char *arg)
{
	if (nfnl_exp_set_fn(exp, arg) < 0)
		nl_cli_fatal(ENOMEM, "Unable to set function name");
}

/** Set the source address of tuple @a tuple (NFNL_EXP_TUPLE_*), or exit. */
void nl_cli_exp_parse_src(struct nfnl_exp *exp, int tuple, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, nfnl_exp_get_family(exp));
	int err = nfnl_exp_set_src(exp, tuple, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set source address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the destination address of tuple @a tuple, or exit. */
void nl_cli_exp_parse_dst(struct nfnl_exp *exp, int tuple, char *arg)
{
	struct nl_addr *a = nl_cli_addr_parse(arg, nfnl_exp_get_family(exp));
	int err = nfnl_exp_set_dst(exp, tuple, a);

	if (err < 0)
		nl_cli_fatal(err, "Unable to set destination address: %s",
			     nl_geterror(err));
	nl_addr_put(a);
}

/** Set the layer 4 protocol of a tuple by name or number, or exit. */
void nl_cli_exp_parse_l4protonum(struct nfnl_exp *exp, int tuple, char *arg)
{
	int l4 = nl_str2ip_proto(arg);

	if (l4 < 0)
		nl_cli_fatal(l4, "Unable to nl_cli_exp_parse protocol \"%s\": %s",
			     arg, nl_geterror(l4));
	nfnl_exp_set_l4protonum(exp, tuple, l4);
}

/** Set the source port of a tuple (its destination port kept), or exit. */
void nl_cli_exp_parse_src_port(struct nfnl_exp *exp, int tuple, char *arg)
{
	nfnl_exp_set_ports(exp, tuple, nl_cli_parse_u32(arg),
			   nfnl_exp_get_dst_port(exp, tuple));
}

/** Set the destination port of a tuple (its source port kept), or exit. */
void nl_cli_exp_parse_dst_port(struct nfnl_exp *exp, int tuple, char *arg)
{
	nfnl_exp_set_ports(exp, tuple, nfnl_exp_get_src_port(exp, tuple),
			   nl_cli_parse_u32(arg));
}

/** Set the ICMP id of a tuple (type and code kept), or exit. */
void nl_cli_exp_parse_icmp_id(struct nfnl_exp *exp, int tuple, char *arg)
{
	nfnl_exp_set_icmp(exp, tuple, nl_cli_parse_u32(arg),
			  nfnl_exp_get_icmp_type(exp, tuple),
			  nfnl_exp_get_icmp_code(exp, tuple));
}

/** Set the ICMP type of a tuple (id and code kept), or exit. */
void nl_cli_exp_parse_icmp_type(struct nfnl_exp *exp, int tuple, char *arg)
{
	nfnl_exp_set_icmp(exp, tuple, nfnl_exp_get_icmp_id(exp, tuple),
			  nl_cli_parse_u32(arg),
			  nfnl_exp_get_icmp_code(exp, tuple));
}

/** Set the ICMP code of a tuple (id and type kept), or exit. */
void nl_cli_exp_parse_icmp_code(struct nfnl_exp *exp, int tuple, char *arg)
{
	nfnl_exp_set_icmp(exp, tuple, nfnl_exp_get_icmp_id(exp, tuple),
			  nfnl_exp_get_icmp_type(exp, tuple),
			  nl_cli_parse_u32(arg));
}
