/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink family registration and command dispatch.
 */

#ifndef NETLINK_GENL_MNGT_H_
#define NETLINK_GENL_MNGT_H_

/**
 * @defgroup genl_mngt Registration and dispatch
 * @ingroup genl
 * A program describes the families it talks to with a struct genl_ops and
 * the commands it handles with an array of struct genl_cmd, registers them
 * with genl_register_family() and sets genl_handle_msg() as its
 * NL_CB_VALID callback: each received message then goes to the parser of
 * its command, with its attributes parsed and validated.
 *
 * @code
 * static struct genl_cmd my_cmds[] = {
 *	{ .c_id = MY_CMD_EVENT, .c_name = "EVENT", .c_maxattr = MY_ATTR_MAX,
 *	  .c_attr_policy = my_policy, .c_msg_parser = my_event },
 * };
 * static struct genl_ops my_ops = {
 *	.o_name = "my_family", .o_cmds = my_cmds,
 *	.o_ncmds = sizeof(my_cmds) / sizeof(my_cmds[0]),
 * };
 *
 * genl_register_family(&my_ops);
 * genl_ops_resolve(sk, &my_ops);
 * nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, genl_handle_msg, arg);
 * @endcode
 * @{
 */

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
 * Register a family for command dispatch.
 * @param ops	family with its name and commands; it must stay valid until
 *		genl_unregister_family()
 *
 * genl_handle_msg() and genl_op2name() then know the family; its id is
 * set by genl_ops_resolve() or genl_mngt_resolve().
 *
 * @return 0 on success; -NLE_INVAL when o_name is NULL, or o_cmds is set
 *         with o_ncmds of 0 or less; -NLE_EXIST when @a ops or a family
 *         of the same name is registered already.
 */
extern int genl_register_family(struct genl_ops *ops);

/**
 * Unregister a family.
 * @param ops	family registered with genl_register_family()
 *
 * @return 0, also when @a ops is not registered (any more); -NLE_INVAL
 *         when @a ops is NULL.
 */
extern int genl_unregister_family(struct genl_ops *ops);

/**
 * Hand a received message to the parser of its command.
 * @param msg	received message
 * @param arg	argument passed to the command's parser
 *
 * Meant as an NL_CB_VALID callback.  The family is found by the message
 * type among the registered families, the command by the generic header;
 * the attributes are parsed and validated with the command's c_maxattr
 * and c_attr_policy and handed to c_msg_parser in a struct genl_info, with
 * NULL as cache operations.  Answers of the controller (nlctrl) go to the
 * library's own parser, which hands a struct genl_family to the pp_cb of
 * @a arg, a struct nl_parser_param; a NULL @a arg skips them.
 *
 * @return The parser's result (NL_OK, NL_SKIP, NL_STOP or an error code);
 *         -NLE_MSGTYPE_NOSUPPORT for an unregistered family or an unknown
 *         command; -NLE_OPNOTSUPP for a command without parser;
 *         -NLE_INVAL when the generic header is cut; -NLE_MSG_TOOSHORT
 *         when the family's header is; the errors of nla_parse().
 */
extern int genl_handle_msg(struct nl_msg *msg, void *arg);

/**
 * Register the cache operations of a generic netlink family.
 * @param ops	cache operations with co_protocol NETLINK_GENERIC, a
 *		co_genl family, and co_msgtypes[0] naming the family
 *
 * The family co_genl takes its name and id from co_msgtypes[0] and its
 * header size from co_hdrsize, and is registered with
 * genl_register_family(); the cache operations get the generic message
 * parser and are registered with nl_cache_mngt_register().
 *
 * @return 0 on success; -NLE_PROTO_MISMATCH when co_protocol is not
 *         NETLINK_GENERIC; -NLE_INVAL when co_hdrsize is smaller than the
 *         generic header or co_genl is NULL; the error of either
 *         registration otherwise (the other one is undone).
 */
extern int genl_register(struct nl_cache_ops *ops);

/**
 * Unregister the cache operations of a generic netlink family.
 * @param ops	cache operations registered with genl_register()
 *
 * Unregisters the cache operations and their family.
 */
extern void genl_unregister(struct nl_cache_ops *ops);

/**
 * Resolve the id of a family through the controller.
 * @param sk	connected generic netlink socket
 * @param ops	family; its o_id is set from the id of o_name
 *
 * @return 0 on success; -NLE_INVAL when @a ops or o_name is NULL;
 *         -NLE_OBJ_NOTFOUND when the kernel has no such family; the
 *         errors of genl_ctrl_alloc_cache().
 */
extern int genl_ops_resolve(struct nl_sock *sk, struct genl_ops *ops);

/**
 * Resolve the ids of every registered family through one controller dump.
 * @param sk	connected generic netlink socket
 *
 * Every registered family is tried.
 *
 * @return The result for the family registered last: 0, or
 *         -NLE_OBJ_NOTFOUND when the kernel has no such family; the
 *         errors of genl_ctrl_alloc_cache().
 */
extern int genl_mngt_resolve(struct nl_sock *sk);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
