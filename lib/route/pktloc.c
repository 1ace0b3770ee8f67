/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packet locations: named (layer, offset, alignment, mask, shift) tuples
 * read from $NLSYSCONFDIR/pktloc by the bison/flex parser, kept in a
 * table of 256 buckets hashed by name.
 *
 * The file is read once, on first use.  Lines that do not parse are
 * skipped (NLDBG level 1 names them) and the rest is kept; a lookup of a
 * name the file did not give then answers -NLE_PARSE_ERR rather than
 * -NLE_OBJ_NOTFOUND.  The table is guarded by a mutex; references are
 * counted atomically, so rtnl_pktloc_put() needs no lock.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/route/pktloc.h>

#include "pktloc_syntax.h"
#define YYSTYPE PKTLOC_STYPE
#include "pktloc_grammar.h"

#define PKTLOC_BUCKETS 256

static struct nl_list_head buckets[PKTLOC_BUCKETS];
static int buckets_ready;
static int file_read;
static int file_bad_lines;
/* Recursive: rtnl_pktloc_foreach() calls back under it, and a callback may
 * look up or add locations. */
static pthread_mutex_t pktloc_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

/* djb2 string hash */
static unsigned int name_hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return (unsigned int)(h % PKTLOC_BUCKETS);
}

static void init_buckets(void)
{
	int i;

	if (buckets_ready)
		return;
	for (i = 0; i < PKTLOC_BUCKETS; i++)
		nl_init_list_head(&buckets[i]);
	buckets_ready = 1;
}

static struct rtnl_pktloc *find(const char *name)
{
	struct rtnl_pktloc *loc;

	nl_list_for_each_entry(loc, &buckets[name_hash(name)], list)
		if (!strcmp(loc->name, name))
			return loc;
	return NULL;
}

int _rtnl_pktloc_add_locked(struct rtnl_pktloc *loc)
{
	if (!loc || !loc->name)
		return -NLE_INVAL;
	if (find(loc->name))
		return -NLE_EXIST;
	__atomic_add_fetch(&loc->refcnt, 1, __ATOMIC_RELAXED);
	nl_list_add_tail(&loc->list, &buckets[name_hash(loc->name)]);
	return 0;
}

/* Read the file once; the lock is held (the parser adds with
 * _rtnl_pktloc_add_locked()).  A file with bad lines counts as read. */
static int read_file_locked(void)
{
	const char *dir = getenv("NLSYSCONFDIR");
	struct pktloc_pstate st = { 0 };
	char path[256];
	void *scanner = NULL;
	FILE *fd;
	int err;

	init_buckets();
	if (file_read)
		return 0;
	snprintf(path, sizeof(path), "%s/pktloc", dir ? dir : SYSCONFDIR);
	fd = fopen(path, "re");
	if (!fd) {
		NL_DBG(1, "pktloc: cannot open %s\n", path);
		return -NLE_PKTLOC_FILE;
	}
	err = pktloc_lex_init_extra(&st, &scanner);
	if (err) {
		fclose(fd);
		return -NLE_NOMEM;
	}
	pktloc_set_in(fd, scanner);
	err = pktloc_parse(scanner, &st);
	pktloc_lex_destroy(scanner);
	fclose(fd);
	if (err)
		return -NLE_NOMEM;	/* only running out of memory aborts */
	file_read = 1;
	file_bad_lines = st.bad;
	if (st.bad)
		NL_DBG(1, "pktloc: %s: %d bad lines skipped, the first at "
			  "line %d\n", path, st.bad, st.first_bad);
	return 0;
}

/**
 * Look up the packet location @a name (reading the pktloc file on first
 * use).  The caller owns a reference to *result: rtnl_pktloc_put().
 * @return 0; -NLE_OBJ_NOTFOUND; -NLE_PARSE_ERR when the name is unknown
 * and the file had lines that were skipped (see NLDBG); -NLE_PKTLOC_FILE
 * when the file cannot be opened; -NLE_NOMEM.
 */
int rtnl_pktloc_lookup(const char *name, struct rtnl_pktloc **result)
{
	struct rtnl_pktloc *loc;
	int err;

	if (!name || !result)
		return -NLE_INVAL;
	pthread_mutex_lock(&pktloc_lock);
	err = read_file_locked();
	if (err == 0) {
		loc = find(name);
		if (loc) {
			__atomic_add_fetch(&loc->refcnt, 1, __ATOMIC_RELAXED);
			*result = loc;
		} else
			err = file_bad_lines ? -NLE_PARSE_ERR
					     : -NLE_OBJ_NOTFOUND;
	}
	pthread_mutex_unlock(&pktloc_lock);
	return err;
}

/** Allocate an empty packet location (reference count 1), or NULL. */
struct rtnl_pktloc *rtnl_pktloc_alloc(void)
{
	struct rtnl_pktloc *loc = calloc(1, sizeof(*loc));

	if (!loc)
		return NULL;
	loc->refcnt = 1;
	nl_init_list_head(&loc->list);
	return loc;
}

/** Drop a reference to @a loc; frees it with the last. */
void rtnl_pktloc_put(struct rtnl_pktloc *loc)
{
	if (!loc)
		return;
	if (__atomic_sub_fetch(&loc->refcnt, 1, __ATOMIC_ACQ_REL) > 0)
		return;
	free(loc->name);
	free(loc);
}

/**
 * Add @a loc (with a name) to the table, which takes a reference.
 * @return 0, -NLE_EXIST when the name is known, -NLE_INVAL.
 */
int rtnl_pktloc_add(struct rtnl_pktloc *loc)
{
	int err;

	pthread_mutex_lock(&pktloc_lock);
	init_buckets();
	err = _rtnl_pktloc_add_locked(loc);
	pthread_mutex_unlock(&pktloc_lock);
	return err;
}

/**
 * Call @a cb for each known packet location (reading the pktloc file on
 * first use), in the order of the table.  @a cb sees each location with
 * the table's own reference count (tools print it): the table stays
 * locked for other threads meanwhile, and @a cb may look up and add
 * locations (an added one is not visited).
 */
void rtnl_pktloc_foreach(void (*cb)(struct rtnl_pktloc *, void *), void *arg)
{
	struct rtnl_pktloc *loc, **all = NULL;
	size_t n = 0, cap = 0, i;
	int b;

	if (!cb)
		return;
	pthread_mutex_lock(&pktloc_lock);
	read_file_locked();
	for (b = 0; b < PKTLOC_BUCKETS; b++) {
		nl_list_for_each_entry(loc, &buckets[b], list) {
			if (n == cap) {
				size_t c = cap ? 2 * cap : 64;
				struct rtnl_pktloc **m;

				m = realloc(all, c * sizeof(*all));
				if (!m)
					goto out;
				all = m;
				cap = c;
			}
			all[n++] = loc;
		}
	}
out:
	/* a snapshot: the callback may add to the lists being walked */
	for (i = 0; i < n; i++)
		cb(all[i], arg);
	pthread_mutex_unlock(&pktloc_lock);
	free(all);
}

void _rtnl_pktloc_reset(void)
{
	struct rtnl_pktloc *loc, *n;
	int i;

	pthread_mutex_lock(&pktloc_lock);
	for (i = 0; buckets_ready && i < PKTLOC_BUCKETS; i++) {
		nl_list_for_each_entry_safe(loc, n, &buckets[i], list) {
			nl_list_del(&loc->list);
			nl_init_list_head(&loc->list);
			rtnl_pktloc_put(loc);
		}
	}
	file_read = 0;
	file_bad_lines = 0;
	pthread_mutex_unlock(&pktloc_lock);
}

static void __attribute__((destructor)) pktloc_exit(void)
{
	_rtnl_pktloc_reset();
}
