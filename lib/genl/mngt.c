/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Registered generic netlink families and the dispatch of received
 * messages to the parsers of their commands.
 */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "nl-genl.h"

/* The registered families (struct genl_ops, linked through o_list). */
static NL_LIST_HEAD(genl_ops_list);
static pthread_rwlock_t genl_ops_lock = PTHREAD_RWLOCK_INITIALIZER;

/* Callers hold genl_ops_lock. */
static struct genl_ops *lookup_locked(int id, const char *name,
				      const struct genl_ops *ptr)
{
	struct genl_ops *ops;

	nl_list_for_each_entry(ops, &genl_ops_list, o_list) {
		if (ptr ? ops == ptr :
		    name ? !strcmp(ops->o_name, name) : ops->o_id == id)
			return ops;
	}
	return NULL;
}

struct genl_ops *_genl_ops_lookup_id(int id)
{
	struct genl_ops *ops;

	pthread_rwlock_rdlock(&genl_ops_lock);
	ops = lookup_locked(id, NULL, NULL);
	pthread_rwlock_unlock(&genl_ops_lock);
	return ops;
}

static struct genl_cmd *lookup_cmd(struct genl_ops *ops, int cmd_id)
{
	int i;

	for (i = 0; ops->o_cmds && i < ops->o_ncmds; i++)
		if (ops->o_cmds[i].c_id == cmd_id)
			return &ops->o_cmds[i];
	return NULL;
}

/*
 * Hand one message of family @ops to the parser of its command: check the
 * headers, parse and validate the attributes, fill a struct genl_info.
 */
static int dispatch(struct genl_ops *ops, struct nl_cache_ops *cache_ops,
		    struct sockaddr_nl *who, struct nlmsghdr *nlh, void *arg)
{
	struct nlattr *stack_tb[64], **tb = stack_tb;
	struct genl_info info;
	struct genl_cmd *cmd;
	int err;

	if (!genlmsg_valid_hdr(nlh, 0))
		return -NLE_INVAL;
	cmd = lookup_cmd(ops, genlmsg_hdr(nlh)->cmd);
	if (!cmd)
		return -NLE_MSGTYPE_NOSUPPORT;
	if (!cmd->c_msg_parser)
		return -NLE_OPNOTSUPP;
	if (cmd->c_maxattr < 0)
		return -NLE_INVAL;

	if ((size_t)cmd->c_maxattr >= ARRAY_SIZE(stack_tb)) {
		tb = calloc(cmd->c_maxattr + 1, sizeof(*tb));
		if (!tb)
			return -NLE_NOMEM;
	}
	err = genlmsg_parse(nlh, ops->o_hdrsize, tb, cmd->c_maxattr,
			    cmd->c_attr_policy);
	if (err < 0)
		goto out;

	info = (struct genl_info) {
		.who = who,
		.nlh = nlh,
		.genlhdr = genlmsg_hdr(nlh),
		.userhdr = genlmsg_user_hdr(genlmsg_hdr(nlh)),
		.attrs = tb,
	};
	err = cmd->c_msg_parser(cache_ops, cmd, &info, arg);
out:
	if (tb != stack_tb)
		free(tb);
	return err;
}

int _genl_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		     struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	if (!ops->co_genl)
		return -NLE_MSGTYPE_NOSUPPORT;
	return dispatch(ops->co_genl, ops, who, nlh, pp);
}

/**
 * NL_CB_VALID callback that hands @a msg to the registered family of its
 * message type, to the parser of its command, with @a arg.  The parser
 * gets NULL as cache operations.
 * @return the parser's result; -NLE_MSGTYPE_NOSUPPORT for an unregistered
 *         family or an unknown command, -NLE_OPNOTSUPP for a command
 *         without parser, -NLE_INVAL when the generic header is cut,
 *         -NLE_MSG_TOOSHORT when the family header is, or the attribute
 *         parser's error.
 */
int genl_handle_msg(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct genl_ops *ops;

	ops = _genl_ops_lookup_id(nlh->nlmsg_type);
	if (!ops)
		return -NLE_MSGTYPE_NOSUPPORT;
	return dispatch(ops, NULL, nlmsg_get_src(msg), nlh, arg);
}

/**
 * Name of command @a op of the registered family with id @a family, copied
 * into @a buf of @a len bytes (cut and NUL-terminated when longer).
 * @return @a buf, or NULL when no registered family knows the command.
 */
char *genl_op2name(int family, int op, char *buf, size_t len)
{
	struct genl_ops *ops;
	struct genl_cmd *cmd;
	char *res = NULL;

	pthread_rwlock_rdlock(&genl_ops_lock);
	ops = lookup_locked(family, NULL, NULL);
	cmd = ops ? lookup_cmd(ops, op) : NULL;
	if (cmd && cmd->c_name && buf && len > 0) {
		strncpy(buf, cmd->c_name, len - 1);
		buf[len - 1] = '\0';
		res = buf;
	}
	pthread_rwlock_unlock(&genl_ops_lock);
	return res;
}

/**
 * Register family @a ops for genl_handle_msg() and genl_op2name().  The
 * structure must stay valid until genl_unregister_family().
 * @return 0; -NLE_INVAL when o_name is NULL or o_cmds is set with
 *         o_ncmds <= 0; -NLE_EXIST when a family of that name (or @a ops
 *         itself) is registered already.
 */
int genl_register_family(struct genl_ops *ops)
{
	int err = 0;

	if (!ops || !ops->o_name || (ops->o_cmds && ops->o_ncmds <= 0))
		return -NLE_INVAL;

	pthread_rwlock_wrlock(&genl_ops_lock);
	if (lookup_locked(0, NULL, ops) || lookup_locked(0, ops->o_name, NULL))
		err = -NLE_EXIST;
	else
		nl_list_add_tail(&ops->o_list, &genl_ops_list);
	pthread_rwlock_unlock(&genl_ops_lock);
	return err;
}

/**
 * Remove @a ops from the registered families; one that is not registered
 * (any more) is left alone.
 * @return 0, or -NLE_INVAL when @a ops is NULL.
 */
int genl_unregister_family(struct genl_ops *ops)
{
	if (!ops)
		return -NLE_INVAL;
	pthread_rwlock_wrlock(&genl_ops_lock);
	if (lookup_locked(0, NULL, ops))
		nl_list_del(&ops->o_list);
	pthread_rwlock_unlock(&genl_ops_lock);
	return 0;
}

/**
 * Register the cache operations of a generic netlink family.  Their
 * co_genl takes its name and id from co_msgtypes[0], its header size from
 * co_hdrsize, and is registered as a family; the cache ops get the generic
 * message parser and are registered with the cache core.
 * @return 0; -NLE_PROTO_MISMATCH when co_protocol is not NETLINK_GENERIC;
 *         -NLE_INVAL when co_hdrsize is smaller than the generic header or
 *         co_genl is NULL; otherwise the error of either registration (the
 *         other one is undone).
 */
int genl_register(struct nl_cache_ops *ops)
{
	struct genl_ops *g;
	int err;

	if (ops->co_protocol != NETLINK_GENERIC)
		return -NLE_PROTO_MISMATCH;
	if (ops->co_hdrsize < (int)GENL_HDRSIZE(0) || !ops->co_genl)
		return -NLE_INVAL;

	g = ops->co_genl;
	g->o_cache_ops = ops;
	g->o_hdrsize = ops->co_hdrsize - GENL_HDRLEN;
	g->o_name = ops->co_msgtypes[0].mt_name;
	g->o_id = ops->co_msgtypes[0].mt_id;
	ops->co_msg_parser = _genl_msg_parser;

	err = genl_register_family(g);
	if (err < 0)
		return err;
	err = nl_cache_mngt_register(ops);
	if (err < 0)
		genl_unregister_family(g);
	return err;
}

/** Undo genl_register(): unregister the cache ops and their family. */
void genl_unregister(struct nl_cache_ops *ops)
{
	if (!ops)
		return;
	nl_cache_mngt_unregister(ops);
	if (ops->co_genl)
		genl_unregister_family(ops->co_genl);
}

/* Set ops->o_id (and the message type of its cache ops) from the family
 * called ops->o_name in the controller cache @ctrl. */
static int resolve_from_cache(struct nl_cache *ctrl, struct genl_ops *ops)
{
	struct genl_family *family;

	family = genl_ctrl_search_by_name(ctrl, ops->o_name);
	if (!family)
		return -NLE_OBJ_NOTFOUND;
	ops->o_id = genl_family_get_id(family);
	if (ops->o_cache_ops)
		ops->o_cache_ops->co_msgtypes[0].mt_id = ops->o_id;
	genl_family_put(family);
	return 0;
}

/**
 * Look up the numeric id of the family called @a ops->o_name through the
 * controller on @a sk and store it in @a ops->o_id.
 * @return 0, -NLE_OBJ_NOTFOUND when the kernel has no such family, or the
 *         error of the controller dump.
 */
int genl_ops_resolve(struct nl_sock *sk, struct genl_ops *ops)
{
	struct nl_cache *ctrl;
	int err;

	if (!ops || !ops->o_name)
		return -NLE_INVAL;
	err = genl_ctrl_alloc_cache(sk, &ctrl);
	if (err < 0)
		return err;
	err = resolve_from_cache(ctrl, ops);
	nl_cache_free(ctrl);
	return err;
}

/**
 * Resolve the ids of all registered families from one controller dump on
 * @a sk.  Every family is tried.
 * @return the result for the family registered last (0 or
 *         -NLE_OBJ_NOTFOUND), as upstream, or the error of the dump.
 */
int genl_mngt_resolve(struct nl_sock *sk)
{
	struct nl_cache *ctrl;
	struct genl_ops *ops;
	int err;

	err = genl_ctrl_alloc_cache(sk, &ctrl);
	if (err < 0)
		return err;
	pthread_rwlock_rdlock(&genl_ops_lock);
	nl_list_for_each_entry(ops, &genl_ops_list, o_list)
		err = resolve_from_cache(ctrl, ops);
	pthread_rwlock_unlock(&genl_ops_lock);
	nl_cache_free(ctrl);
	return err;
}

/*
 * Resolve ops->o_name on a socket of its own, unless the id is known.
 * Exported (upstream's private helper).
 */
int genl_resolve_id(struct genl_ops *ops)
{
	struct nl_sock *sk;
	int err;

	if (ops->o_id)
		return 0;
	sk = nl_socket_alloc();
	if (!sk)
		return -NLE_NOMEM;
	err = genl_connect(sk);
	if (err >= 0)
		err = genl_ops_resolve(sk, ops);
	nl_socket_free(sk);
	return err;
}
