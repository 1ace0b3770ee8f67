/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Debug output selected by the NLDBG environment variable (read once, into
 * the exported nl_debug).  Levels, as upstream: 1 errors and warnings,
 * 2 what the library does, 3 message traffic, 4 everything.
 */

#ifndef NL_PRIVATE_DEBUG_H_
#define NL_PRIVATE_DEBUG_H_

#include <stdio.h>
#include <errno.h>

extern int nl_debug;

#ifdef NL_DEBUG
#define NL_DBG(LVL, FMT, ...)                                                  \
	do {                                                                   \
		if ((LVL) <= nl_debug) {                                       \
			int _errsv = errno;                                    \
			fprintf(stderr, "DBG<" #LVL ">%20s:%-4u %s: " FMT,     \
				__FILE__, __LINE__, __func__, ##__VA_ARGS__);  \
			errno = _errsv;                                        \
		}                                                              \
	} while (0)
#else
#define NL_DBG(LVL, FMT, ...)                                                  \
	do {                                                                   \
		if (0)                                                         \
			fprintf(stderr, FMT, ##__VA_ARGS__);                   \
	} while (0)
#endif

#define BUG()                                                                  \
	do {                                                                   \
		fprintf(stderr, "BUG at file position %s:%d:%s\n", __FILE__,   \
			__LINE__, __func__);                                   \
	} while (0)

#define APPBUG(msg)                                                            \
	do {                                                                   \
		fprintf(stderr, "APPLICATION BUG: %s:%d:%s: %s\n", __FILE__,   \
			__LINE__, __func__, msg);                              \
	} while (0)

#endif
