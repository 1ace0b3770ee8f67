/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Error codes: nl_geterror() texts (upstream's, byte for byte, plus the
 * fork's two), nl_perror() output, nl_syserr2nlerr() and nl_strerror_l().
 */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netlink/netlink.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nltest.h"

static const char *const texts[] = {
	[0] = "Success",
	[1] = "Unspecific failure",
	[2] = "Interrupted system call",
	[3] = "Bad socket",
	[4] = "Try again",
	[5] = "Out of memory",
	[6] = "Object exists",
	[7] = "Invalid input data or parameter",
	[8] = "Input data out of range",
	[9] = "Message size not sufficient",
	[10] = "Operation not supported",
	[11] = "Address family not supported",
	[12] = "Object not found",
	[13] = "Attribute not available",
	[14] = "Missing attribute",
	[15] = "Address family mismatch",
	[16] = "Message sequence number mismatch",
	[17] = "Kernel reported message overflow",
	[18] = "Kernel reported truncated message",
	[19] = "Invalid address for specified address family",
	[20] = "Source based routing not supported",
	[21] = "Netlink message is too short",
	[22] = "Netlink message type is not supported",
	[23] = "Object type does not match cache",
	[24] = "Unknown or invalid cache type",
	[25] = "Object busy",
	[26] = "Protocol mismatch",
	[27] = "No Access",
	[28] = "Operation not permitted",
	[29] = "Unable to open packet location file",
	[30] = "Unable to parse object",
	[31] = "No such device",
	[32] = "Immutable attribute",
	[33] = "Dump inconsistency detected, interrupted",
	[34] = "Attribute max length exceeded",
	[35] = "Host is unreachable",
	[36] = "Network is down",
	[37] = "Dump inconsistent: the table kept changing, retry limit reached",
	[38] = "Dump aborted by the retry callback",
};

START_TEST(test_geterror_codes)
{
	int i;

	ck_assert_int_eq(NLE_MAX, 38);
	ck_assert_int_eq(NLE_DUMP_INCONSISTENT, 37);
	ck_assert_int_eq(NLE_DUMP_ABORTED, 38);
	for (i = 0; i <= NLE_MAX; i++) {
		ck_assert_str_eq(nl_geterror(i), texts[i]);
		ck_assert_str_eq(nl_geterror(-i), texts[i]);
	}
}
END_TEST

START_TEST(test_geterror_out_of_range)
{
	ck_assert_str_eq(nl_geterror(NLE_MAX + 1), "Unspecific failure");
	ck_assert_str_eq(nl_geterror(-(NLE_MAX + 1)), "Unspecific failure");
	ck_assert_str_eq(nl_geterror(1000), "Unspecific failure");
	ck_assert_str_eq(nl_geterror(-1000), "Unspecific failure");
	ck_assert_str_eq(nl_geterror(INT_MAX), "Unspecific failure");
	ck_assert_str_eq(nl_geterror(INT_MIN), "Unspecific failure");
}
END_TEST

static char *capture_perror(int err, const char *s)
{
	char path[] = "/tmp/check-error-XXXXXX";
	int fd = mkstemp(path), saved;
	static char buf[256];
	ssize_t n;

	ck_assert_int_ge(fd, 0);
	unlink(path);
	fflush(stderr);
	saved = dup(STDERR_FILENO);
	dup2(fd, STDERR_FILENO);
	nl_perror(err, s);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	n = pread(fd, buf, sizeof(buf) - 1, 0);
	close(fd);
	ck_assert_int_ge(n, 0);
	buf[n] = '\0';
	return buf;
}

START_TEST(test_perror)
{
	ck_assert_str_eq(capture_perror(-NLE_NOMEM, "hello"),
			 "hello: Out of memory\n");
	ck_assert_str_eq(capture_perror(3, NULL), "Bad socket\n");
	ck_assert_str_eq(capture_perror(0, ""), "Success\n");
	ck_assert_str_eq(capture_perror(99, "x"), "x: Unspecific failure\n");
	ck_assert_str_eq(capture_perror(-NLE_DUMP_ABORTED, "dump"),
			 "dump: Dump aborted by the retry callback\n");
}
END_TEST

START_TEST(test_syserr2nlerr)
{
	static const struct {
		int err, nle;
	} map[] = {
		{ EPERM, NLE_PERM },
		{ ENOENT, NLE_OBJ_NOTFOUND },
		{ ESRCH, NLE_OBJ_NOTFOUND },
		{ EINTR, NLE_INTR },
		{ EBADF, NLE_BAD_SOCK },
		{ EAGAIN, NLE_AGAIN },
		{ ENOMEM, NLE_NOMEM },
		{ EACCES, NLE_NOACCESS },
		{ EFAULT, NLE_INVAL },
		{ EBUSY, NLE_BUSY },
		{ EEXIST, NLE_EXIST },
		{ ENODEV, NLE_NODEV },
		{ EINVAL, NLE_INVAL },
		{ ERANGE, NLE_RANGE },
		{ ENOTSOCK, NLE_BAD_SOCK },
		{ ENOPROTOOPT, NLE_INVAL },
		{ EPROTONOSUPPORT, NLE_PROTO_MISMATCH },
		{ EOPNOTSUPP, NLE_OPNOTSUPP },
		{ EAFNOSUPPORT, NLE_AF_NOSUPPORT },
		{ EADDRINUSE, NLE_EXIST },
		{ EADDRNOTAVAIL, NLE_NOADDR },
		{ ENETDOWN, NLE_NETDOWN },
		{ ENOBUFS, NLE_NOMEM },
		{ EHOSTUNREACH, NLE_HOSTUNREACH },
	};
	size_t i;
	int e;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		ck_assert_int_eq(nl_syserr2nlerr(map[i].err), map[i].nle);
		ck_assert_int_eq(nl_syserr2nlerr(-map[i].err), map[i].nle);
	}

	/* everything else is an unspecific failure */
	for (e = 0; e < 200; e++) {
		int known = 0;

		for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
			known |= map[i].err == e;
		if (!known)
			ck_assert_int_eq(nl_syserr2nlerr(e), NLE_FAILURE);
	}
	ck_assert_int_eq(nl_syserr2nlerr(INT_MIN), NLE_FAILURE);
}
END_TEST

START_TEST(test_strerror_l)
{
	ck_assert_str_eq(nl_strerror_l(ENODEV), "No such device");
	ck_assert_str_eq(nl_strerror_l(EPERM), "Operation not permitted");
	ck_assert_str_eq(nl_strerror_l(0), "Success");
	ck_assert_str_eq(nl_strerror_l(4000), "Unknown error 4000");
	ck_assert_str_eq(nl_strerror_l(-5), "Unknown error -5");
}
END_TEST

static Suite *error_suite(void)
{
	Suite *s = suite_create("error");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_geterror_codes);
	tcase_add_test(tc, test_geterror_out_of_range);
	tcase_add_test(tc, test_perror);
	tcase_add_test(tc, test_syserr2nlerr);
	tcase_add_test(tc, test_strerror_l);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(error_suite)
