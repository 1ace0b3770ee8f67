/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc handles as text: "maj:min" in hexadecimal, the names root, none and
 * ingress, and the names of the classid file ($NLSYSCONFDIR/classid).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <errno.h>
#include <pthread.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>

struct classid_name {
	uint32_t id;
	char *name;
};

static struct classid_name *names;
static size_t n_names, cap_names;
static int names_loaded;
static pthread_mutex_t names_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *classid_path(char *buf, size_t len)
{
	const char *dir = getenv("NLSYSCONFDIR");

	snprintf(buf, len, "%s/classid", dir ? dir : SYSCONFDIR);
	return buf;
}

static void names_clear(void)
{
	size_t i;

	for (i = 0; i < n_names; i++)
		free(names[i].name);
	n_names = 0;
}

static int names_add(uint32_t id, const char *name)
{
	size_t i;
	char *dup;

	for (i = 0; i < n_names; i++) {
		if (!strcmp(names[i].name, name)) {
			names[i].id = id;
			return 0;
		}
	}
	if (n_names == cap_names) {
		size_t cap = cap_names ? cap_names * 2 : 32;
		struct classid_name *n = realloc(names, cap * sizeof(*n));

		if (!n)
			return -NLE_NOMEM;
		names = n;
		cap_names = cap;
	}
	dup = strdup(name);
	if (!dup)
		return -NLE_NOMEM;
	names[n_names].id = id;
	names[n_names].name = dup;
	n_names++;
	return 0;
}

static const char *name_of(uint32_t id)
{
	size_t i;

	for (i = 0; i < n_names; i++)
		if (names[i].id == id)
			return names[i].name;
	return NULL;
}

static int id_of(const char *name, uint32_t *id)
{
	size_t i;

	for (i = 0; i < n_names; i++) {
		if (!strcmp(names[i].name, name)) {
			*id = names[i].id;
			return 0;
		}
	}
	return -NLE_OBJ_NOTFOUND;
}

/*
 * The numeric forms "maj:min", "maj:", ":min" and a plain number, all
 * hexadecimal.  -NLE_OBJ_NOTFOUND when @str is not numeric at all (then
 * it may be a name); once a numeric major and its ':' are seen, a bad
 * minor is -NLE_INVAL and a number beyond 16 bits -NLE_RANGE, as libnl
 * has always answered.
 */
static int parse_numeric(const char *str, uint32_t *res)
{
	const char *colon = strchr(str, ':');
	unsigned long maj = 0, min = 0;
	int range = 0;
	char *end;

	if (!str[0])
		return -NLE_OBJ_NOTFOUND;
	if (colon != str) {
		if (!isxdigit((unsigned char)str[0]))
			return -NLE_OBJ_NOTFOUND;
		errno = 0;
		maj = strtoul(str, &end, 16);
		range = errno == ERANGE;
		if (end != (colon ? colon : str + strlen(str)))
			return -NLE_OBJ_NOTFOUND;
		if (range || maj > (colon ? 0xffffUL : 0xffffffffUL))
			return -NLE_RANGE;
		if (!colon) {
			*res = (uint32_t)maj;
			return 0;
		}
	}
	if (colon[1]) {
		if (!isxdigit((unsigned char)colon[1]))
			return -NLE_INVAL;
		errno = 0;
		min = strtoul(colon + 1, &end, 16);
		if (*end != '\0')
			return -NLE_INVAL;
		if (errno == ERANGE || min > 0xffff)
			return -NLE_RANGE;
	}
	*res = (uint32_t)((maj << 16) | min);
	return 0;
}

/* Read the classid file into the table; the lock is held.  Lines are
 * read whole, however long. */
static int read_file_locked(void)
{
	char path[256], *line = NULL;
	size_t cap = 0;
	FILE *fd;
	int err = 0;

	names_clear();
	names_loaded = 1;
	fd = fopen(classid_path(path, sizeof(path)), "re");
	if (!fd)
		return -nl_syserr2nlerr(errno);
	errno = 0;
	while (getline(&line, &cap, fd) >= 0) {
		char *p = line, *id, *name, *save = NULL;
		uint32_t classid;

		while (isspace((unsigned char)*p))
			p++;
		if (*p == '#' || *p == '\0')
			continue;
		id = strtok_r(p, " \t\r\n", &save);
		name = strtok_r(NULL, " \t\r\n", &save);
		if (!id || !name)
			continue;
		if (parse_numeric(id, &classid) < 0) {
			NL_DBG(1, "classid file: bad id \"%s\"\n", id);
			continue;
		}
		err = names_add(classid, name);
		if (err < 0)
			break;
		errno = 0;
	}
	if (!err && errno == ENOMEM)
		err = -NLE_NOMEM;
	free(line);
	fclose(fd);
	return err;
}

static void ensure_loaded_locked(void)
{
	if (!names_loaded)
		read_file_locked();
}

/**
 * (Re)read the classid file ($NLSYSCONFDIR/classid, else
 * SYSCONFDIR/classid) that names tc handles.
 * @return 0 or a negative error code (file not readable).
 */
int rtnl_tc_read_classid_file(void)
{
	int err;

	pthread_mutex_lock(&names_lock);
	err = read_file_locked();
	pthread_mutex_unlock(&names_lock);
	return err;
}

/**
 * Write tc handle @a handle as text into @a buf: "root", "none",
 * "ingress", a name of the classid file, or "maj:", ":min", "maj:min" in
 * hexadecimal.
 * @return buf
 */
char *rtnl_tc_handle2str(uint32_t handle, char *buf, size_t len)
{
	const char *name;

	if (handle == TC_H_ROOT)
		snprintf(buf, len, "root");
	else if (handle == TC_H_UNSPEC)
		snprintf(buf, len, "none");
	else if (handle == TC_H_INGRESS)
		snprintf(buf, len, "ingress");
	else {
		pthread_mutex_lock(&names_lock);
		ensure_loaded_locked();
		name = name_of(handle);
		if (name)
			snprintf(buf, len, "%s", name);
		pthread_mutex_unlock(&names_lock);
		if (name)
			return buf;
		if (TC_H_MAJ(handle) == 0)
			snprintf(buf, len, ":%x", TC_H_MIN(handle));
		else if (TC_H_MIN(handle) == 0)
			snprintf(buf, len, "%x:", TC_H_MAJ(handle) >> 16);
		else
			snprintf(buf, len, "%x:%x", TC_H_MAJ(handle) >> 16,
				 TC_H_MIN(handle));
	}
	return buf;
}

/**
 * Parse a tc handle: "root", "none", "ingress", "maj:min" forms in
 * hexadecimal, or a name of the classid file.
 * @return 0, -NLE_OBJ_NOTFOUND when @a str is neither.
 */
int rtnl_tc_str2handle(const char *str, uint32_t *res)
{
	uint32_t h;
	int err;

	if (!str || !res)
		return -NLE_INVAL;
	if (!strcasecmp(str, "root")) {
		*res = TC_H_ROOT;
		return 0;
	}
	if (!strcasecmp(str, "none")) {
		*res = TC_H_UNSPEC;
		return 0;
	}
	if (!strcasecmp(str, "ingress")) {
		*res = TC_H_INGRESS;
		return 0;
	}
	err = parse_numeric(str, &h);
	if (err == 0) {
		*res = h;
		return 0;
	}
	if (err != -NLE_OBJ_NOTFOUND)
		return err;
	pthread_mutex_lock(&names_lock);
	ensure_loaded_locked();
	err = id_of(str, &h);
	pthread_mutex_unlock(&names_lock);
	if (err < 0)
		return err;
	*res = h;
	return 0;
}

static int id_in_use(uint32_t id)
{
	return id == TC_H_ROOT || id == TC_H_INGRESS || name_of(id) != NULL;
}

/**
 * Give @a name a new classid and store it in the classid file.  Under
 * @a parent TC_H_ROOT or TC_H_UNSPEC a free major number is taken (minor
 * 0), else a free minor number under the major of @a parent.
 * @return 0 with the id in *result, -NLE_EXIST when the name is taken,
 * -NLE_RANGE when no id is free, or an error of writing the file.
 */
int rtnl_classid_generate(const char *name, uint32_t *result,
			  uint32_t parent)
{
	char path[256];
	uint32_t id = 0, tmp;
	FILE *fd;
	int err = -NLE_RANGE;

	if (!name || !name[0] || strpbrk(name, " \t\n") || !result)
		return -NLE_INVAL;

	pthread_mutex_lock(&names_lock);
	ensure_loaded_locked();
	if (id_of(name, &tmp) == 0) {
		err = -NLE_EXIST;
		goto out;
	}
	if (parent == TC_H_ROOT || parent == TC_H_UNSPEC) {
		uint32_t maj;

		for (maj = 0x4000; maj < 0xffff; maj++) {
			if (!id_in_use(maj << 16)) {
				id = maj << 16;
				break;
			}
		}
	} else {
		uint32_t min;

		for (min = 1; min <= 0xffff; min++) {
			if (!id_in_use(TC_H_MAJ(parent) | min)) {
				id = TC_H_MAJ(parent) | min;
				break;
			}
		}
	}
	if (!id)
		goto out;

	fd = fopen(classid_path(path, sizeof(path)), "ae");
	if (!fd) {
		err = -nl_syserr2nlerr(errno);
		goto out;
	}
	fprintf(fd, "%x:%x\t\t\t%s\n", TC_H_MAJ(id) >> 16, TC_H_MIN(id), name);
	if (fclose(fd) != 0) {
		err = -nl_syserr2nlerr(errno);
		goto out;
	}
	err = names_add(id, name);
	if (err == 0)
		*result = id;
out:
	pthread_mutex_unlock(&names_lock);
	return err;
}

static void __attribute__((destructor)) classid_exit(void)
{
	names_clear();
	free(names);
	names = NULL;
	cap_names = 0;
}
