/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-cli-3: what every nl-* tool needs: fatal errors, numbers,
 * addresses, sockets, caches, dump types, confirmation, plugin modules.
 */

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netlink/cli/utils.h>
#include <netlink/version.h>

/**
 * Parse @a arg as an unsigned number (decimal, 0x hex, 0 octal; what
 * follows the digits is ignored); exit with EINVAL when it is none.
 */
uint32_t nl_cli_parse_u32(const char *arg)
{
	unsigned long l;
	char *end;

	l = strtoul(arg, &end, 0);
	if (end == arg || l == ULONG_MAX)
		nl_cli_fatal(EINVAL, "Unable to parse \"%s\", not a number.", arg);
	return (uint32_t)l;
}

/** Print the version of the tools and exit with 0. */
void nl_cli_print_version(void)
{
	printf("libnl tools version %s\n", LIBNL_VERSION);
	printf("This is a maintained fork of libnl-3 (%s) with consistent dumps.\n"
	       "\n"
	       "This program comes with ABSOLUTELY NO WARRANTY. It is free\n"
	       "software: you may redistribute it under the terms of the GNU\n"
	       "Lesser General Public License, version 2.1.\n",
	       LIBNL_FORK_VERSION);
	exit(0);
}

/**
 * Print "Error: " and the message (printf-like @a fmt, or the text of the
 * errno @a err when @a fmt is NULL) to stderr and exit with abs(@a err).
 */
void nl_cli_fatal(int err, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "Error: ");
	if (fmt) {
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fprintf(stderr, "\n");
	} else {
		fprintf(stderr, "%s\n", strerror(err));
	}
	exit(abs(err));
}

/** Parse an address of @a family (AF_UNSPEC: any), or exit. */
struct nl_addr *nl_cli_addr_parse(const char *str, int family)
{
	struct nl_addr *addr;
	int err;

	err = nl_addr_parse(str, family, &addr);
	if (err < 0)
		nl_cli_fatal(err, "Unable to parse address \"%s\": %s", str,
			     nl_geterror(err));
	return addr;
}

/** Connect @a sk to @a protocol, or exit. @return 0 */
int nl_cli_connect(struct nl_sock *sk, int protocol)
{
	int err = nl_connect(sk, protocol);

	if (err < 0)
		nl_cli_fatal(err, "Unable to connect netlink socket: %s",
			     nl_geterror(err));
	return 0;
}

/** A new socket, or exit. */
struct nl_sock *nl_cli_alloc_socket(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	if (!sk)
		nl_cli_fatal(ENOBUFS, "Unable to allocate netlink socket\n");
	return sk;
}

/**
 * The NL_DUMP_* type named by @a str: "brief", "details" (or
 * "detailed"), "stats"; exit with EINVAL for anything else.
 */
int nl_cli_parse_dumptype(const char *str)
{
	if (!strcasecmp(str, "brief"))
		return NL_DUMP_LINE;
	if (!strcasecmp(str, "details") || !strcasecmp(str, "detailed"))
		return NL_DUMP_DETAILS;
	if (!strcasecmp(str, "stats"))
		return NL_DUMP_STATS;
	nl_cli_fatal(EINVAL, "Invalid dump type \"%s\".\n", str);
}

/**
 * Show @a obj and ask on stdin whether to delete it.
 * @return 1 for yes, 0 for no; an empty answer takes @a default_yes.
 */
int nl_cli_confirm(struct nl_object *obj, struct nl_dump_params *params,
		   int default_yes)
{
	nl_object_dump(obj, params);
	for (;;) {
		int c, answer;

		fprintf(stdout, "Delete? (%c/%c) ", default_yes ? 'Y' : 'y',
			default_yes ? 'n' : 'N');
		fflush(stdout);
		c = getchar();
		if (c == EOF)
			return default_yes;
		answer = tolower(c);
		/* drop the rest of the line */
		while (c != '\n' && c != EOF)
			c = getchar();
		if (answer == '\n')
			return default_yes;
		if (answer == 'y')
			return 1;
		if (answer == 'n')
			return 0;
		fprintf(stderr, "Invalid input, try again.\n");
	}
}

/**
 * Fill a cache with @a ac and make it available to the other caches of
 * the process (nl_cache_mngt_provide()); exit on error, naming the cache
 * @a name in the message.
 */
struct nl_cache *nl_cli_alloc_cache(struct nl_sock *sock, const char *name,
				    int (*ac)(struct nl_sock *, struct nl_cache **))
{
	struct nl_cache *cache;
	int err = ac(sock, &cache);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate %s cache: %s", name,
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/** As nl_cli_alloc_cache(), for cache functions that take flags. */
struct nl_cache *nl_cli_alloc_cache_flags(struct nl_sock *sock,
					  const char *name, unsigned int flags,
					  int (*ac)(struct nl_sock *,
						    struct nl_cache **,
						    unsigned int))
{
	struct nl_cache *cache;
	int err = ac(sock, &cache, flags);

	if (err < 0)
		nl_cli_fatal(err, "Unable to allocate %s cache: %s", name,
			     nl_geterror(err));
	nl_cache_mngt_provide(cache);
	return cache;
}

/*
 * Plugin modules live in PKGLIBDIR/<prefix>/<name>.so; when this library
 * runs in place of a distribution's libnl, the distribution's modules (in
 * /usr/lib/<multiarch>/libnl) are used too.  NLCLI_MODULE_PATH, a colon
 * separated list of folders, comes first when set.
 */
static int try_load(const char *dir, const char *prefix, const char *name,
		    char *path, size_t len)
{
	snprintf(path, len, "%s/%s/%s.so", dir, prefix, name);
	return dlopen(path, RTLD_NOW | RTLD_GLOBAL) != NULL;
}

/** Load the plugin module @a prefix/@a name (e.g. "cli/qdisc", "htb"), or exit. */
void nl_cli_load_module(const char *prefix, const char *name)
{
	static const char *const fallback[] = {
		"/usr/lib/" NL_MULTIARCH "/libnl",
		"/usr/lib/libnl",
		"/usr/lib64/libnl",
	};
	char path[4096], first[4096], err[1024] = "";
	const char *env = getenv("NLCLI_MODULE_PATH");
	size_t i;

	if (env && *env) {
		char *copy = strdup(env), *save = NULL, *dir;

		for (dir = copy ? strtok_r(copy, ":", &save) : NULL; dir;
		     dir = strtok_r(NULL, ":", &save)) {
			if (try_load(dir, prefix, name, path, sizeof(path))) {
				free(copy);
				return;
			}
		}
		free(copy);
	}
	if (try_load(PKGLIBDIR, prefix, name, path, sizeof(path)))
		return;
	snprintf(first, sizeof(first), "%s", path);
	snprintf(err, sizeof(err), "%s", dlerror());
	for (i = 0; i < sizeof(fallback) / sizeof(fallback[0]); i++) {
		if (!strcmp(fallback[i], PKGLIBDIR))
			continue;
		if (access(fallback[i], F_OK) == 0 &&
		    try_load(fallback[i], prefix, name, path, sizeof(path)))
			return;
	}
	nl_cli_fatal(ENOENT, "Unable to load module \"%s\": %s\n", first, err);
}
