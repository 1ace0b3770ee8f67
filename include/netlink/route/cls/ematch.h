/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Extended matches (ematch) and their trees.
 */

#ifndef NETLINK_ROUTE_CLS_EMATCH_H_
#define NETLINK_ROUTE_CLS_EMATCH_H_

/**
 * @defgroup route_ematch Extended matches (ematch)
 * @ingroup route_cls
 * Extended matches: small match programs the basic and cgroup
 * classifiers run on packets (TCA_EMATCH_TREE). A tree holds a list of
 * matches joined by AND or OR (the relation flags of each match);
 * containers hold lists of their own. Each match has a kind (cmp, nbyte,
 * text, meta, container...) with its own data, set through the kinds'
 * modules. Trees are built with the functions below or from a text
 * expression with rtnl_ematch_parse_expr().
 *
 * Ownership: a match belongs to the tree or container it was added to,
 * and is freed with it; a tree belongs to the classifier it was given
 * to.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/route/classifier.h>
#include <linux/pkt_cls.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Program id of ematch trees made by this library (TCA_EMATCH_TREE_HDR). */
#define RTNL_EMATCH_PROGID 2

struct rtnl_ematch;
struct rtnl_ematch_tree;

/** Operations of an ematch kind (exported structure, layout as upstream). */
struct rtnl_ematch_ops {
	int eo_kind;		/**< TCF_EM_* id of the kind */
	const char *eo_name;	/**< name of the kind ("cmp"...) */
	size_t eo_minlen;	/**< smallest payload accepted from the kernel */
	size_t eo_datalen;	/**< size of the kind data of each ematch */

	/** Read the kind's payload (data, len bytes) into the ematch. */
	int (*eo_parse)(struct rtnl_ematch *, void *, size_t);
	/** Print the ematch in expression form. */
	void (*eo_dump)(struct rtnl_ematch *, struct nl_dump_params *);
	/** Append the kind's payload to a message. */
	int (*eo_fill)(struct rtnl_ematch *, struct nl_msg *);
	/** Free what the kind data owns (not the data itself). */
	void (*eo_free)(struct rtnl_ematch *);
	struct nl_list_head eo_list;	/**< link in the list of kinds */
};

/**
 * Register an ematch kind.
 * @param ops	operations of the kind; eo_kind (TCF_EM_*) and eo_name must
 *		be set. The library keeps the pointer.
 *
 * @return 0; -NLE_EXIST when a kind with the same id is registered,
 *         -NLE_INVAL when ops is NULL.
 */
extern int rtnl_ematch_register(struct rtnl_ematch_ops *ops);

/**
 * Look up an ematch kind by id.
 * @param kind	TCF_EM_* id
 *
 * @return The kind's operations, owned by the library; NULL when no kind
 *         of that id is registered.
 */
extern struct rtnl_ematch_ops *rtnl_ematch_lookup_ops(int kind);

/**
 * Look up an ematch kind by name.
 * @param name	kind name ("cmp", "nbyte", "text", "meta", "container")
 *
 * @return The kind's operations, owned by the library; NULL when no kind
 *         of that name is registered or name is NULL.
 */
extern struct rtnl_ematch_ops *rtnl_ematch_lookup_ops_by_name(const char *name);

/**
 * Allocate an empty ematch.
 *
 * Give it a kind with rtnl_ematch_set_kind(), rtnl_ematch_set_name() or
 * rtnl_ematch_set_ops(), then add it to a tree (rtnl_ematch_tree_add())
 * or a container (rtnl_ematch_add_child()).
 *
 * @return The new ematch, owned by the caller until it is added to a tree
 *         or container, else freed with rtnl_ematch_free(); NULL when out
 *         of memory.
 */
extern struct rtnl_ematch *rtnl_ematch_alloc(void);

/**
 * Add an ematch to a container.
 * @param parent	ematch of kind container (TCF_EM_CONTAINER)
 * @param child	ematch appended to the container's list; the container
 *		owns it from now on
 *
 * @return 0; -NLE_OPNOTSUPP when parent is not a container, -NLE_INVAL
 *         when an argument is NULL.
 */
extern int rtnl_ematch_add_child(struct rtnl_ematch *parent,
				 struct rtnl_ematch *child);

/**
 * Remove an ematch from the tree or container that holds it.
 * @param ematch	ematch (NULL is ignored)
 *
 * The caller owns the ematch again.
 */
extern void rtnl_ematch_unlink(struct rtnl_ematch *ematch);

/**
 * Free an ematch.
 * @param ematch	ematch (NULL is ignored)
 *
 * Unlinks it from the tree or container that holds it, then frees it with
 * its kind data and its children.
 */
extern void rtnl_ematch_free(struct rtnl_ematch *ematch);

/**
 * Get the kind data of an ematch.
 * @param ematch	ematch
 *
 * @return The kind's data (eo_datalen bytes), owned by the ematch; NULL
 *         before a kind with data is set.
 */
extern void *rtnl_ematch_data(struct rtnl_ematch *ematch);

/**
 * Set flags of an ematch.
 * @param ematch	ematch
 * @param flags	TCF_EM_* flags to set: TCF_EM_INVERT, and the relation to
 *		the next match (TCF_EM_REL_AND, TCF_EM_REL_OR)
 */
extern void rtnl_ematch_set_flags(struct rtnl_ematch *ematch, uint16_t flags);

/**
 * Clear flags of an ematch.
 * @param ematch	ematch
 * @param flags	TCF_EM_* flags to clear
 */
extern void rtnl_ematch_unset_flags(struct rtnl_ematch *ematch,
				    uint16_t flags);

/**
 * Get the flags of an ematch.
 * @param ematch	ematch
 *
 * @return The TCF_EM_* flags.
 */
extern uint16_t rtnl_ematch_get_flags(struct rtnl_ematch *ematch);

/**
 * Set the kind of an ematch by its operations.
 * @param ematch	ematch without a kind
 * @param ops	operations of the kind (from rtnl_ematch_lookup_ops()...)
 *
 * The ematch gets zeroed kind data of the kind's size.
 *
 * @return 0; -NLE_EXIST when the ematch has a kind already, -NLE_INVAL
 *         when an argument is NULL, -NLE_NOMEM.
 */
extern int rtnl_ematch_set_ops(struct rtnl_ematch *ematch,
			       struct rtnl_ematch_ops *ops);

/**
 * Set the kind of an ematch by id.
 * @param ematch	ematch without a kind
 * @param kind	TCF_EM_* id (TCF_EM_CONTAINER, TCF_EM_CMP...)
 *
 * A kind the library does not know is set without kind data.
 *
 * @return 0; -NLE_EXIST when the ematch has a kind already, -NLE_NOMEM.
 */
extern int rtnl_ematch_set_kind(struct rtnl_ematch *ematch, uint16_t kind);

/**
 * Set the kind of an ematch by name.
 * @param ematch	ematch without a kind
 * @param name	kind name ("cmp", "nbyte", "text", "meta", "container")
 *
 * @return 0; -NLE_OPNOTSUPP for an unknown name, -NLE_EXIST when the
 *         ematch has a kind already, -NLE_NOMEM.
 */
extern int rtnl_ematch_set_name(struct rtnl_ematch *ematch, const char *name);

/**
 * Allocate an empty ematch tree.
 * @param progid	program id of the tree (RTNL_EMATCH_PROGID)
 *
 * @return The new tree, owned by the caller until it is given to a
 *         classifier (rtnl_basic_set_ematch()...), else freed with
 *         rtnl_ematch_tree_free(); NULL when out of memory.
 */
extern struct rtnl_ematch_tree *rtnl_ematch_tree_alloc(uint16_t progid);

/**
 * Free an ematch tree.
 * @param tree	tree owned by the caller (NULL is ignored)
 *
 * Frees its matches too.
 */
extern void rtnl_ematch_tree_free(struct rtnl_ematch_tree *tree);

/**
 * Add an ematch to the top list of a tree.
 * @param tree	tree
 * @param ematch	ematch appended to the list; the tree owns it from now
 *			on
 */
extern void rtnl_ematch_tree_add(struct rtnl_ematch_tree *tree,
				 struct rtnl_ematch *ematch);

/**
 * Copy an ematch tree.
 * @param src	tree to copy
 *
 * @return A deep copy, owned by the caller (free it with
 *         rtnl_ematch_tree_free()); NULL when src is NULL or out of memory.
 */
extern struct rtnl_ematch_tree *rtnl_ematch_tree_clone(struct rtnl_ematch_tree *src);

/**
 * Parse an ematch tree attribute.
 * @param attr	TCA_EMATCH_TREE attribute (of a classifier's options)
 * @param[out] result	the new tree
 *
 * Matches of kinds the library does not know keep their data as bytes.
 *
 * @return 0 with *result set; the caller owns the tree and frees it with
 *         rtnl_ematch_tree_free(). -NLE_MISSING_ATTR without the tree
 *         header or list, -NLE_INVAL for a malformed tree, -NLE_NOMEM.
 */
extern int rtnl_ematch_parse_attr(struct nlattr *attr,
				  struct rtnl_ematch_tree **result);

/**
 * Put an ematch tree into a message.
 * @param msg	message
 * @param attrid	type of the nested attribute (TCA_BASIC_EMATCHES...)
 * @param tree	tree
 *
 * @return 0; -NLE_INVAL for an empty container or NULL arguments, the
 *         kind's error, -NLE_NOMEM when msg has no room left.
 */
extern int rtnl_ematch_fill_attr(struct nl_msg *msg, int attrid,
				 struct rtnl_ematch_tree *tree);

/**
 * Print an ematch tree as an expression.
 * @param tree	tree (NULL prints nothing)
 * @param p	dump parameters
 *
 * Prints the matches joined by "AND" and "OR", "!" before inverted ones,
 * containers in parentheses, and a newline.
 */
extern void rtnl_ematch_tree_dump(struct rtnl_ematch_tree *tree,
				  struct nl_dump_params *p);

/**
 * Parse an ematch expression into a tree.
 * @param expr	expression: matches such as "cmp(u16 at ip+2 mask 0xff
 *		eq 4)", "meta(mark gt 5)" or "text(kmp \"x\" from ip+0 to
 *		ip+10)", combined with "and", "or", "not" and parentheses;
 *		offsets are written layer+offset (eth, ip, tcp) or as
 *		packet locations (@ref route_pktloc)
 * @param[out] errp	on a syntax error, a message the caller frees with
 *			free() (may be NULL)
 * @param[out] result	the new tree
 *
 * @return 0 with *result set; the caller owns the tree and frees it with
 *         rtnl_ematch_tree_free(). -NLE_PARSE_ERR for a syntax error,
 *         -NLE_INVAL when expr or result is NULL, -NLE_NOMEM, or the
 *         error of a match (an unknown packet location: -NLE_OBJ_NOTFOUND).
 */
extern int rtnl_ematch_parse_expr(const char *expr, char **errp,
				  struct rtnl_ematch_tree **result);

/**
 * Format a layer and offset.
 * @param layer	TCF_LAYER_* layer
 * @param offset	offset within the layer
 * @param buf	buffer for the text
 * @param len	size of buf in bytes
 *
 * @return buf, holding "eth+N", "ip+N" or "tcp+N" ("?+N" for an unknown
 *         layer).
 */
extern char *rtnl_ematch_offset2txt(uint8_t layer, uint16_t offset, char *buf,
				    size_t len);

/**
 * Format a comparison operator.
 * @param opnd	TCF_EM_OPND_EQ, _GT or _LT
 * @param buf	buffer for the text
 * @param len	size of buf in bytes
 *
 * @return buf, holding "=", ">" or "<" ("?" for an unknown operator).
 */
extern char *rtnl_ematch_opnd2txt(uint8_t opnd, char *buf, size_t len);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
