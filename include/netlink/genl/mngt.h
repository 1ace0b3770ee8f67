/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink family registration and command dispatch.
 *
 * A program describes the families it talks to with a struct genl_ops and
 * the commands it handles with an array of struct genl_cmd, registers them
 * with genl_register_family() and sets genl_handle_msg() as its
 * NL_CB_VALID callback: each received message then goes to the parser of
 * its command, with its attributes parsed and validated.
 *
 *   static struct genl_cmd my_cmds[] = {
 *	{ .c_id = MY_CMD_EVENT, .c_name = "EVENT", .c_maxattr = MY_ATTR_MAX,
 *	  .c_attr_policy = my_policy, .c_msg_parser = my_event },
 *   };
 *   static struct genl_ops my_ops = {
 *	.o_name = "my_family", .o_cmds = my_cmds,
 *	.o_ncmds = sizeof(my_cmds) / sizeof(my_cmds[0]),
 *   };
 *
 *   genl_register_family(&my_ops);
 *   genl_ops_resolve(sk, &my_ops);
 *   nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, genl_handle_msg, arg);
 */

#ifndef NETLINK_GENL_MNGT_H_
#define NETLINK_GENL_MNGT_H_

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/list.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nl_cache_ops;

/**
 * What a command parser gets to know about the message it handles.
 */
struct genl_info
{
	/** Address of the sender */
	struct sockaddr_nl *	who;

	/** The netlink header of the message */
	struct nlmsghdr *	nlh;

	/** The generic netlink header of the message */
	struct genlmsghdr *	genlhdr;

	/** The family's own header (after the generic header) */
	void *			userhdr;

	/** The parsed attributes, indexed by type, c_maxattr + 1 slots */
	struct nlattr **	attrs;
};

/**
 * One command of a family, as the receiving side handles it.
 */
struct genl_cmd
{
	/** Command number (genlmsghdr.cmd) */
	int			c_id;

	/** Printable name of the command */
	char *			c_name;

	/** Highest attribute type the parser looks at */
	int			c_maxattr;

	/** Parser of received messages of this command; its return value
	 *  is the callback's result (NL_OK, NL_SKIP, NL_STOP or an error) */
	int		      (*c_msg_parser)(struct nl_cache_ops *,
					      struct genl_cmd *,
					      struct genl_info *, void *);

	/** Policy the attributes are validated against, or NULL */
	struct nla_policy *	c_attr_policy;
};

/**
 * A generic netlink family as a program knows it.
 */
struct genl_ops
{
	/** Size of the family's own header */
	unsigned int		o_hdrsize;

	/** Numeric family id, set by genl_ops_resolve() */
	int			o_id;

	/** Family name, as the controller knows it */
	char *			o_name;

	/** Cache operations, when registered through genl_register() */
	struct nl_cache_ops *	o_cache_ops;

	/** The commands this family handles, or NULL */
	struct genl_cmd	*	o_cmds;

	/** Number of entries in o_cmds */
	int			o_ncmds;

	/** Private: links the registered families together */
	struct nl_list_head	o_list;
};

/**
 * Register @a ops so that genl_handle_msg() and genl_op2name() know it.
 * @return 0, -NLE_INVAL without a name or with commands but o_ncmds <= 0,
 *         -NLE_EXIST when a family of that name is registered already.
 */
extern int genl_register_family(struct genl_ops *ops);

/**
 * Remove @a ops from the registered families.
 * @return 0, or -NLE_OBJ_NOTFOUND when it is not registered.
 */
extern int genl_unregister_family(struct genl_ops *ops);

/**
 * NL_CB_VALID callback: hand @a msg to the parser of its command, found
 * through the registered families, with @a arg.
 * Answers of the controller (nlctrl) go to the library's own parser,
 * which hands a struct genl_family to the pp_cb of @a arg, a
 * struct nl_parser_param (as upstream); NULL @a arg skips them.
 * @return the parser's result, -NLE_MSGTYPE_NOSUPPORT for an unknown
 *         family or command, -NLE_OPNOTSUPP when the command has no parser,
 *         -NLE_INVAL or -NLE_MSG_TOOSHORT for a truncated message, or the
 *         attribute parser's error.
 */
extern int genl_handle_msg(struct nl_msg *msg, void *arg);

/**
 * Register cache operations of a generic netlink family: the cache ops
 * with the cache core and their co_genl with genl_register_family().
 * co_msgtypes[0] names the family and gives its id.
 * @return 0, -NLE_PROTO_MISMATCH when not NETLINK_GENERIC, -NLE_INVAL when
 *         co_hdrsize is smaller than the generic header or co_genl is NULL,
 *         or the registration's error.
 */
extern int genl_register(struct nl_cache_ops *ops);

/** Undo genl_register(). */
extern void genl_unregister(struct nl_cache_ops *ops);

/**
 * Look up the numeric id of @a ops->o_name through the controller on @a sk
 * and store it in @a ops->o_id.
 * @return 0, -NLE_OBJ_NOTFOUND when the kernel has no such family, or
 *         another negative error code.
 */
extern int genl_ops_resolve(struct nl_sock *sk, struct genl_ops *ops);

/**
 * Resolve the ids of all registered families through one controller dump
 * on @a sk.
 * @return the result of the last family resolved (0 or -NLE_OBJ_NOTFOUND),
 *         or the error of the dump.
 */
extern int genl_mngt_resolve(struct nl_sock *sk);

#ifdef __cplusplus
}
#endif

#endif
