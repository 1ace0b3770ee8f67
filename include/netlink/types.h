/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Types shared by every part of libnl: how objects and caches are dumped.
 */

#ifndef __NETLINK_TYPES_H_
#define __NETLINK_TYPES_H_

/**
 * @addtogroup core_utils
 * @{
 */

#include <stdio.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** How much of an object nl_object_dump() and nl_cache_dump() print. */
enum nl_dump_type {
	NL_DUMP_LINE,		/**< one line per object */
	NL_DUMP_DETAILS,	/**< every attribute */
	NL_DUMP_STATS,		/**< every attribute and the statistics */
	__NL_DUMP_MAX,		/**< number of kinds, not a kind */
};
/** The highest valid enum nl_dump_type value. */
#define NL_DUMP_MAX (__NL_DUMP_MAX - 1)

/**
 * Where and how a dump is written.  Fill in what you need and leave the
 * rest zeroed: with dp_cb set, each finished line is handed to it;
 * otherwise with dp_buf set the text is appended to that buffer; otherwise
 * it goes to dp_fd (stdout when NULL).
 */
struct nl_dump_params {
	/** Level of detail */
	enum nl_dump_type dp_type;
	/** Number of spaces put before every line */
	int dp_prefix;
	/** Print the index of each object in front of it */
	int dp_print_index;
	/** Print the message type of each object */
	int dp_dump_msgtype;
	/** Called with every complete line instead of writing it */
	void (*dp_cb)(struct nl_dump_params *, char *);
	/** Called before each new line with the line number */
	void (*dp_nl_cb)(struct nl_dump_params *, int);
	/** Free for the caller's use */
	void *dp_data;
	/** Stream written to when no callback and no buffer is set */
	FILE *dp_fd;
	/** Buffer the text is appended to */
	char *dp_buf;
	/** Size of dp_buf */
	size_t dp_buflen;
	/** Internal: set while a dump is in progress */
	int dp_pre_dump;
	/** Internal: index of the object being dumped */
	int dp_ivar;
	/** Internal: number of the current line */
	unsigned int dp_line;
};

#ifdef __cplusplus
}
#endif

/** @} */

#endif
