/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Version of the libnl API this library implements, and of the fork.
 * Kept in the sources so that every public header compiles alone, also
 * in a tree that was never configured; configure checks that it says
 * what configure.ac says.
 */

#ifndef NETLINK_VERSION_H_
#define NETLINK_VERSION_H_

/**
 * @defgroup core_version Version
 * @ingroup core
 * The version of the libnl API the libraries implement (upstream's), the
 * fork's own release, and what the fork adds.
 * @{
 */

/* The upstream API level, as strings and numbers. */
/** Name and version of the API level. */
#define LIBNL_STRING "libnl 3.12.0"
/** Version of the API level. */
#define LIBNL_VERSION "3.12.0"

/** Major version of the API level. */
#define LIBNL_VER_MAJ 3
/** Minor version of the API level. */
#define LIBNL_VER_MIN 12
/** Micro version of the API level. */
#define LIBNL_VER_MIC 0
/**
 * Combine a major and a minor version into one comparable number.
 * @param maj	major version
 * @param min	minor version
 */
#define LIBNL_VER(maj, min) ((maj) << 8 | (min))
/** Major and minor version of the API level as one number. */
#define LIBNL_VER_NUM LIBNL_VER(LIBNL_VER_MAJ, LIBNL_VER_MIN)

/* libtool interface numbers of the shared libraries */
/** libtool current interface number of the libraries. */
#define LIBNL_CURRENT 226
/** libtool revision number of the libraries. */
#define LIBNL_REVISION 0
/** libtool age of the libraries. */
#define LIBNL_AGE 26

/* The fork's own release, on top of the API level above. */
/** Version of the fork's release, on top of the API level. */
#define LIBNL_FORK_VERSION "3.12.0+fork1"
/** Number of the fork's release. */
#define LIBNL_FORK_RELEASE 1

/**
 * Consistent dumps are available: NLE_DUMP_INCONSISTENT,
 * NLE_DUMP_ABORTED, nl_socket_set_dump_retry(),
 * nl_socket_set_dump_retry_limit() and nl_cache_is_consistent().
 */
#define NL_HAVE_DUMP_CONSISTENCY 1

#ifdef __cplusplus
extern "C" {
#endif

/* The values of the macros above, as seen by the library at run time. */
/** LIBNL_VER_NUM of the library loaded at run time. */
extern const int nl_ver_num;
/** LIBNL_VER_MAJ of the library loaded at run time. */
extern const int nl_ver_maj;
/** LIBNL_VER_MIN of the library loaded at run time. */
extern const int nl_ver_min;
/** LIBNL_VER_MIC of the library loaded at run time. */
extern const int nl_ver_mic;

#ifdef __cplusplus
}
#endif

/** @} */

#endif
