/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Error codes: the text of each NLE_* code, printing them, and mapping
 * errno values onto them.
 */

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/errno.h>

#include "nl-private/core.h"

static const char *const errmsg[NLE_MAX + 1] = {
	[NLE_SUCCESS] = "Success",
	[NLE_FAILURE] = "Unspecific failure",
	[NLE_INTR] = "Interrupted system call",
	[NLE_BAD_SOCK] = "Bad socket",
	[NLE_AGAIN] = "Try again",
	[NLE_NOMEM] = "Out of memory",
	[NLE_EXIST] = "Object exists",
	[NLE_INVAL] = "Invalid input data or parameter",
	[NLE_RANGE] = "Input data out of range",
	[NLE_MSGSIZE] = "Message size not sufficient",
	[NLE_OPNOTSUPP] = "Operation not supported",
	[NLE_AF_NOSUPPORT] = "Address family not supported",
	[NLE_OBJ_NOTFOUND] = "Object not found",
	[NLE_NOATTR] = "Attribute not available",
	[NLE_MISSING_ATTR] = "Missing attribute",
	[NLE_AF_MISMATCH] = "Address family mismatch",
	[NLE_SEQ_MISMATCH] = "Message sequence number mismatch",
	[NLE_MSG_OVERFLOW] = "Kernel reported message overflow",
	[NLE_MSG_TRUNC] = "Kernel reported truncated message",
	[NLE_NOADDR] = "Invalid address for specified address family",
	[NLE_SRCRT_NOSUPPORT] = "Source based routing not supported",
	[NLE_MSG_TOOSHORT] = "Netlink message is too short",
	[NLE_MSGTYPE_NOSUPPORT] = "Netlink message type is not supported",
	[NLE_OBJ_MISMATCH] = "Object type does not match cache",
	[NLE_NOCACHE] = "Unknown or invalid cache type",
	[NLE_BUSY] = "Object busy",
	[NLE_PROTO_MISMATCH] = "Protocol mismatch",
	[NLE_NOACCESS] = "No Access",
	[NLE_PERM] = "Operation not permitted",
	[NLE_PKTLOC_FILE] = "Unable to open packet location file",
	[NLE_PARSE_ERR] = "Unable to parse object",
	[NLE_NODEV] = "No such device",
	[NLE_IMMUTABLE] = "Immutable attribute",
	[NLE_DUMP_INTR] = "Dump inconsistency detected, interrupted",
	[NLE_ATTRSIZE] = "Attribute max length exceeded",
	[NLE_HOSTUNREACH] = "Host is unreachable",
	[NLE_NETDOWN] = "Network is down",
	[NLE_DUMP_INCONSISTENT] =
		"Dump inconsistent: the table kept changing, retry limit reached",
	[NLE_DUMP_ABORTED] = "Dump aborted by the retry callback",
};

/**
 * Text describing the error code @error (sign ignored).  Unknown codes
 * give the text of NLE_FAILURE.  The string is static.
 */
NL_EXPORT const char *nl_geterror(int error)
{
	if (error < 0)
		error = error == INT_MIN ? INT_MAX : -error;

	if (error > NLE_MAX || !errmsg[error])
		error = NLE_FAILURE;

	return errmsg[error];
}

/**
 * Print "@s: <text of @error>" (or just the text when @s is NULL or
 * empty) and a newline to stderr.
 */
NL_EXPORT void nl_perror(int error, const char *s)
{
	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, nl_geterror(error));
	else
		fprintf(stderr, "%s\n", nl_geterror(error));
}

static const struct {
	int syserr;
	int nlerr;
} syserr_map[] = {
	{ EBADF, NLE_BAD_SOCK },
	{ EADDRINUSE, NLE_EXIST },
	{ EEXIST, NLE_EXIST },
	{ EADDRNOTAVAIL, NLE_NOADDR },
	{ ESRCH, NLE_OBJ_NOTFOUND },
	{ ENOENT, NLE_OBJ_NOTFOUND },
	{ EINTR, NLE_INTR },
	{ EAGAIN, NLE_AGAIN },
	{ ENOTSOCK, NLE_BAD_SOCK },
	{ ENOPROTOOPT, NLE_INVAL },
	{ EPROTONOSUPPORT, NLE_PROTO_MISMATCH },
	{ EAFNOSUPPORT, NLE_AF_NOSUPPORT },
	{ ENOBUFS, NLE_NOMEM },
	{ ENOMEM, NLE_NOMEM },
	{ EFAULT, NLE_INVAL },
	{ EINVAL, NLE_INVAL },
	{ EOPNOTSUPP, NLE_OPNOTSUPP },
	{ ENOTSUP, NLE_OPNOTSUPP },
	{ EACCES, NLE_NOACCESS },
	{ EPERM, NLE_PERM },
	{ EBUSY, NLE_BUSY },
	{ ERANGE, NLE_RANGE },
	{ ENODEV, NLE_NODEV },
	{ EHOSTUNREACH, NLE_HOSTUNREACH },
	{ ENETDOWN, NLE_NETDOWN },
};

/**
 * The NLE_* code (positive) matching the errno value @error (sign
 * ignored); NLE_FAILURE for errno values without a counterpart.
 */
NL_EXPORT int nl_syserr2nlerr(int error)
{
	size_t i;

	if (error < 0)
		error = error == INT_MIN ? INT_MAX : -error;

	for (i = 0; i < ARRAY_SIZE(syserr_map); i++) {
		if (syserr_map[i].syserr == error)
			return syserr_map[i].nlerr;
	}

	return NLE_FAILURE;
}

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void c_locale_init(void)
{
	c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/**
 * Thread-safe strerror(): the C locale's text for the errno value @err
 * (never translated).  The string stays valid until the next call in the
 * same thread.
 */
NL_EXPORT const char *nl_strerror_l(int err)
{
	pthread_once(&c_locale_once, c_locale_init);

	if (c_locale != (locale_t)0)
		return strerror_l(err, c_locale);
	return strerror(err);
}
