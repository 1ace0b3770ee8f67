/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Test harness of the guides' example programs: make check links this
 * file into each example.  Before the example's main() runs, it moves
 * the process into a network namespace of its own, so that the example
 * may create links and routes without touching the host; without root or
 * without namespaces it exits 77, which the test driver counts as
 * skipped.  The examples themselves are ordinary programs.
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unshare() */
#endif

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void __attribute__((constructor)) enter_netns(void)
{
	if (geteuid() != 0) {
		fprintf(stderr, "SKIP: the examples need root\n");
		exit(77);
	}
	if (unshare(CLONE_NEWNET) < 0) {
		fprintf(stderr, "SKIP: unshare(CLONE_NEWNET): %s\n",
			strerror(errno));
		exit(77);
	}
}
