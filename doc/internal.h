/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Reference of the functions the libraries export but no installed header
 * declares: the declarations are copies of those in the private headers
 * (include/nl-private/, lib/genl/nl-genl.h), with parameter names, for
 * Doxygen only.  make doc compiles this file after the private headers,
 * so a declaration that drifts from the library's fails the build.
 * Nothing includes it.
 */

#ifndef NETLINK_DOC_INTERNAL_H_
#define NETLINK_DOC_INTERNAL_H_

#include <stddef.h>
#include <netlink/netlink.h>
#include <netlink/list.h>
#include <netlink/genl/mngt.h>

struct trans_tbl;
struct nl_cache_ops;
struct nl_parser_param;
struct sockaddr_nl;
struct nlmsghdr;

/**
 * @defgroup core_internal Internal exports of libnl-3
 * @ingroup core
 * Functions libnl-3 exports for the other libraries of the family and for
 * their command-line tools.  No installed header declares them: upstream
 * keeps them in its private headers, and applications should not use
 * them.  They stay exported under upstream's version node so that
 * binaries linked against upstream's libraries keep running.
 *
 * A translation table (struct trans_tbl) is an array of value and name
 * pairs; a translation list is a struct nl_list_head of such pairs built
 * at run time with __trans_list_add().
 * @{
 */

/**
 * Write the name of a value from a translation table into a buffer.
 * @param type	value to look up
 * @param buf	buffer
 * @param len	size of @a buf
 * @param tbl	table of value and name pairs
 * @param tbl_len	number of entries of @a tbl
 *
 * @return @a buf, holding the name of the first entry with value @a type,
 *         or the value in hexadecimal ("0x1f") when there is none.
 */
char *__type2str(int type, char *buf, size_t len,
		 const struct trans_tbl *tbl, size_t tbl_len);

/**
 * Get the value a name stands for in a translation table.
 * @param buf	name (case is ignored) or a number (decimal, 0x
 *		hexadecimal, 0 octal)
 * @param tbl	table of value and name pairs
 * @param tbl_len	number of entries of @a tbl
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         a name the table lacks that is no number either.
 */
int __str2type(const char *buf, const struct trans_tbl *tbl, size_t tbl_len);

/**
 * Write the names of the bits of a flag mask into a buffer.
 * @param flags	bit mask
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 * @param tbl	table of bit and name pairs
 * @param tbl_len	number of entries of @a tbl
 *
 * @return @a buf, holding the names of the bits found in @a tbl separated
 *         by commas; a trailing comma marks bits the table has no name
 *         for.
 */
char *__flags2str(int flags, char *buf, size_t len,
		  const struct trans_tbl *tbl, size_t tbl_len);

/**
 * Get the bit mask a list of flag names stands for.
 * @param buf	names separated by commas (case is ignored, leading blanks
 *		of each name skipped)
 * @param tbl	table of bit and name pairs
 * @param tbl_len	number of entries of @a tbl
 *
 * Unknown names are ignored.
 *
 * @return The mask of the bits named; 0 when none matched.
 */
int __str2flags(const char *buf, const struct trans_tbl *tbl, size_t tbl_len);

/**
 * Write the name of a value from a translation list into a buffer.
 * @param type	value to look up
 * @param buf	buffer
 * @param len	size of @a buf
 * @param head	list built with __trans_list_add()
 *
 * @return @a buf, holding the name of the first entry added with value
 *         @a type, or the value in hexadecimal when there is none.
 */
char *__list_type2str(int type, char *buf, size_t len,
		      struct nl_list_head *head);

/**
 * Get the value a name stands for in a translation list.
 * @param buf	name (case is ignored) or a number
 * @param head	list built with __trans_list_add()
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for
 *         a name the list lacks that is no number either.
 */
int __list_str2type(const char *buf, struct nl_list_head *head);

/**
 * Append a value and name pair to a translation list.
 * @param i	value
 * @param a	name, copied
 * @param head	list head
 *
 * @return 0 on success; -NLE_NOMEM.
 */
int __trans_list_add(int i, const char *a, struct nl_list_head *head);

/**
 * Free every entry of a translation list.
 * @param head	list head; the list is empty afterwards
 */
void __trans_list_clear(struct nl_list_head *head);

/**
 * Read a file of number and name lines.
 * @param path	file in the format of /etc/iproute2/rt_tables: lines of
 *		"<number> <name>"; lines starting with '#' and empty lines
 *		are skipped
 * @param cb	called with the number and the name of each line; a
 *		non-zero result stops the reading and is returned
 *
 * @return 0 on success; -NLE_OBJ_NOTFOUND when the file cannot be opened;
 *         -NLE_INVAL for a line without a number and a name; the value
 *         @a cb returned to stop.
 */
int __nl_read_num_str_file(const char *path, int (*cb)(long, const char *));

/**
 * Describe a system error number, untranslated and thread-safe.
 * @param err	errno value
 *
 * @return The C locale's text for @a err, valid until the next call in
 *         the same thread.
 */
const char *nl_strerror_l(int err);

/**
 * Parse a message with the parser of a cache type.
 * @param ops	cache type
 * @param who	address of the sender, or NULL
 * @param nlh	message
 * @param params	parser parameters: pp_cb is called with each object
 *		built, with pp_arg
 *
 * @return The parser's result; -NLE_MSG_TOOSHORT when @a nlh cannot hold
 *         the type's family header; -NLE_MSGTYPE_NOSUPPORT when the type
 *         does not handle the message type; -NLE_OPNOTSUPP when it has no
 *         parser.
 */
int nl_cache_parse(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		   struct nlmsghdr *nlh, struct nl_parser_param *params);

/** @} */

/**
 * @defgroup genl_internal Internal exports of libnl-genl-3
 * @ingroup genl
 * Functions libnl-genl-3 exports that no installed header declares (see
 * @ref core_internal).
 * @{
 */

/**
 * Resolve the family id of registered generic netlink operations.
 * @param ops	operations registered with genl_register_family(); nothing
 *		is done when their o_id is set already
 *
 * Asks the controller, on a socket of its own, for the id of the family
 * named o_name and stores it in o_id.
 *
 * @return 0 on success; -NLE_INVAL when o_name is NULL;
 *         -NLE_OBJ_NOTFOUND when the kernel has no such family;
 *         -NLE_NOMEM; the errors of connecting and of the controller dump.
 */
int genl_resolve_id(struct genl_ops *ops);

/** @} */

#endif
