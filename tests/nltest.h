/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Helpers shared by the test suites.
 */

#ifndef NLTEST_H_
#define NLTEST_H_

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * Move the process into a fresh network namespace with lo up.  Exits with
 * 77 (automake's "skipped") when that is not allowed, e.g. without root.
 * Call it from main(), before the suites run, so that forked tests share it.
 */
void nltest_enter_netns(void);

/* Run a shell command inside the test's namespace; returns its exit code. */
int nltest_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Like nltest_sh() but fails the current test when the command fails. */
#define nltest_sh_ok(...) ck_assert_int_eq(nltest_sh(__VA_ARGS__), 0)

/* Run a suite and return the exit code for automake's test driver. */
int nltest_run(Suite *s);

#define NLTEST_MAIN(suite_fn)                                                  \
	int main(void)                                                         \
	{                                                                      \
		return nltest_run(suite_fn());                                 \
	}

#define NLTEST_MAIN_NETNS(suite_fn)                                            \
	int main(void)                                                         \
	{                                                                      \
		nltest_enter_netns();                                          \
		return nltest_run(suite_fn());                                 \
	}

#endif
