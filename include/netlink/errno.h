/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl error codes.  Functions return them negated (-NLE_NOMEM...);
 * nl_geterror() turns one into a message.
 */

#ifndef NETLINK_ERRNO_H_
#define NETLINK_ERRNO_H_

/**
 * @defgroup core_errno Error codes
 * @ingroup core
 * The NLE_* error codes.  Functions of every library of the family return
 * them negated (-NLE_NOMEM...); errors of the kernel and of system calls
 * are translated with nl_syserr2nlerr().  nl_geterror() turns a code into
 * a message, and nl_socket_get_ext_ack_msg() gives the kernel's own
 * explanation of its last error.
 * @{
 */

#ifdef __cplusplus
extern "C" {
#endif

#define NLE_SUCCESS		0	/**< Success */
#define NLE_FAILURE		1	/**< Unspecific failure */
#define NLE_INTR		2	/**< Interrupted system call */
#define NLE_BAD_SOCK		3	/**< Bad socket */
#define NLE_AGAIN		4	/**< Try again */
#define NLE_NOMEM		5	/**< Out of memory */
#define NLE_EXIST		6	/**< Object exists */
#define NLE_INVAL		7	/**< Invalid input data or parameter */
#define NLE_RANGE		8	/**< Input data out of range */
#define NLE_MSGSIZE		9	/**< Message size not sufficient */
#define NLE_OPNOTSUPP		10	/**< Operation not supported */
#define NLE_AF_NOSUPPORT	11	/**< Address family not supported */
#define NLE_OBJ_NOTFOUND	12	/**< Object not found */
#define NLE_NOATTR		13	/**< Attribute not available */
#define NLE_MISSING_ATTR	14	/**< Missing attribute */
#define NLE_AF_MISMATCH		15	/**< Address family mismatch */
#define NLE_SEQ_MISMATCH	16	/**< Message sequence number mismatch */
#define NLE_MSG_OVERFLOW	17	/**< Kernel reported message overflow */
#define NLE_MSG_TRUNC		18	/**< Kernel reported truncated message */
#define NLE_NOADDR		19	/**< Invalid address for family */
#define NLE_SRCRT_NOSUPPORT	20	/**< Source based routing not supported */
#define NLE_MSG_TOOSHORT	21	/**< Netlink message is too short */
#define NLE_MSGTYPE_NOSUPPORT	22	/**< Netlink message type not supported */
#define NLE_OBJ_MISMATCH	23	/**< Object type does not match cache */
#define NLE_NOCACHE		24	/**< Unknown or invalid cache type */
#define NLE_BUSY		25	/**< Object busy */
#define NLE_PROTO_MISMATCH	26	/**< Protocol mismatch */
#define NLE_NOACCESS		27	/**< No access */
#define NLE_PERM		28	/**< Operation not permitted */
#define NLE_PKTLOC_FILE		29	/**< Unable to open packet location file */
#define NLE_PARSE_ERR		30	/**< Unable to parse object */
#define NLE_NODEV		31	/**< No such device */
#define NLE_IMMUTABLE		32	/**< Immutable attribute */
#define NLE_DUMP_INTR		33	/**< Dump inconsistency detected, interrupted */
#define NLE_ATTRSIZE		34	/**< Attribute max length exceeded */
#define NLE_HOSTUNREACH		35	/**< Host is unreachable */
#define NLE_NETDOWN		36	/**< Network is down */

/**
 * @name Consistent dumps (fork addition)
 * @{
 */

/**
 * A dump kept coming back inconsistent (the kernel flagged it
 * NLM_F_DUMP_INTR, or the verify mode saw a change meanwhile) and the
 * default retry policy reached its attempt or time limit.
 */
#define NLE_DUMP_INCONSISTENT	37

/** The retry callback set with nl_socket_set_dump_retry() returned NL_STOP. */
#define NLE_DUMP_ABORTED	38

/** @} */

/** Highest error code defined. */
#define NLE_MAX			NLE_DUMP_ABORTED

/**
 * Describe an error code.
 * @param error	libnl error code, with either sign
 *
 * @return A static English message, never NULL; the message of
 *         NLE_FAILURE ("Unspecific failure") for an unknown code.
 */
extern const char *nl_geterror(int error);

/**
 * Print the description of an error code on stderr.
 * @param error	libnl error code, with either sign
 * @param s	prefix printed before ": " and the message; NULL or ""
 *		prints the message alone
 *
 * A newline ends the line.
 */
extern void nl_perror(int error, const char *s);

/**
 * Translate a system error number into a libnl error code.
 * @param error	errno value, with either sign
 *
 * EEXIST and EADDRINUSE give NLE_EXIST, ENOENT and ESRCH NLE_OBJ_NOTFOUND,
 * ENOMEM and ENOBUFS NLE_NOMEM, EINVAL, EFAULT and ENOPROTOOPT NLE_INVAL,
 * EPERM NLE_PERM, EACCES NLE_NOACCESS, EOPNOTSUPP NLE_OPNOTSUPP, EBUSY
 * NLE_BUSY, ENODEV NLE_NODEV, EAGAIN NLE_AGAIN, EINTR NLE_INTR, EBADF and
 * ENOTSOCK NLE_BAD_SOCK, and so on.
 *
 * @return The positive NLE_* code; NLE_FAILURE for an errno value without
 *         a counterpart.
 */
extern int nl_syserr2nlerr(int error);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
