/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The version of the library as seen at run time, for programs that want
 * to compare it with the LIBNL_VER_* macros they were built with.
 */

#include <netlink/version.h>

#include "nl-private/core.h"

/** LIBNL_VER_NUM of this library */
NL_EXPORT const int nl_ver_num = LIBNL_VER_NUM;
/** LIBNL_VER_MAJ of this library */
NL_EXPORT const int nl_ver_maj = LIBNL_VER_MAJ;
/** LIBNL_VER_MIN of this library */
NL_EXPORT const int nl_ver_min = LIBNL_VER_MIN;
/** LIBNL_VER_MIC of this library */
NL_EXPORT const int nl_ver_mic = LIBNL_VER_MIC;
