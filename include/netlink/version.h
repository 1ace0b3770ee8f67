/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Version of the libnl API this library implements, and of the fork.
 * Kept in the sources so that every public header compiles alone, also
 * in a tree that was never configured; configure checks that it says
 * what configure.ac says.
 */

#ifndef NETLINK_VERSION_H_
#define NETLINK_VERSION_H_

/* The upstream API level, as strings and numbers. */
#define LIBNL_STRING "libnl 3.12.0"
#define LIBNL_VERSION "3.12.0"

#define LIBNL_VER_MAJ 3
#define LIBNL_VER_MIN 12
#define LIBNL_VER_MIC 0
#define LIBNL_VER(maj, min) ((maj) << 8 | (min))
#define LIBNL_VER_NUM LIBNL_VER(LIBNL_VER_MAJ, LIBNL_VER_MIN)

/* libtool interface numbers of the shared libraries */
#define LIBNL_CURRENT 226
#define LIBNL_REVISION 0
#define LIBNL_AGE 26

/* The fork's own release, on top of the API level above. */
#define LIBNL_FORK_VERSION "3.12.0+fork1"
#define LIBNL_FORK_RELEASE 1

/*
 * Consistent dumps are available: NLE_DUMP_INCONSISTENT,
 * NLE_DUMP_ABORTED, nl_socket_set_dump_retry(),
 * nl_socket_set_dump_retry_limit() and nl_cache_is_consistent().
 */
#define NL_HAVE_DUMP_CONSISTENCY 1

#ifdef __cplusplus
extern "C" {
#endif

/* The values of the macros above, as seen by the library at run time. */
extern const int nl_ver_num;
extern const int nl_ver_maj;
extern const int nl_ver_min;
extern const int nl_ver_mic;

#ifdef __cplusplus
}
#endif

#endif
