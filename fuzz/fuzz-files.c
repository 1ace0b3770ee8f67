/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target: the configuration files the libraries read.  The
 * first byte of the input picks the file, the rest is its content,
 * written into a private $NLSYSCONFDIR (or working folder):
 *
 *   0  pktloc: read by the flex/bison parser, looked up and listed
 *   1  classid: read, each of its words looked up, handles printed
 *   2  a "<number> <name>" table (__nl_read_num_str_file())
 *   3  a netem delay distribution (<name>.dist)
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/route/tc.h>
#include <netlink/route/pktloc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/netem.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void cleanup(void)
{
	static const char *const files[] = { "pktloc", "classid", "table",
					     "fuzz.dist" };
	char path[128];
	size_t i;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
}

static void setup(void)
{
	if (dir[0])
		return;
	/* in memory where there is such a folder: a file written on a disk
	 * costs milliseconds */
	snprintf(dir, sizeof(dir), "/dev/shm/nl-fuzz-files-XXXXXX");
	if (!mkdtemp(dir)) {
		snprintf(dir, sizeof(dir), "/tmp/nl-fuzz-files-XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	atexit(cleanup);
	setenv("NLSYSCONFDIR", dir, 1);
	/* netem looks for ./NAME.dist first */
	if (chdir(dir) < 0)
		abort();
}

static void put_file(const char *name, const uint8_t *data, size_t size)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
}

static void seen(struct rtnl_pktloc *loc, void *arg)
{
	struct rtnl_pktloc *again;

	(void)arg;
	/* every location listed can be looked up by its name */
	if (rtnl_pktloc_lookup(loc->name, &again) < 0)
		abort();
	rtnl_pktloc_put(again);
}

static void pktloc(void)
{
	struct rtnl_pktloc *loc;

	_rtnl_pktloc_reset();
	if (rtnl_pktloc_lookup("ip.src", &loc) == 0)
		rtnl_pktloc_put(loc);
	rtnl_pktloc_foreach(seen, NULL);
}

/* Each word of the file as a handle: a name found prints as a name. */
static void classid(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), *w, *save = NULL;

	if (!text)
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	rtnl_tc_read_classid_file();
	for (w = strtok_r(text, " \t\r\n", &save); w;
	     w = strtok_r(NULL, " \t\r\n", &save)) {
		char buf[64];
		uint32_t h;

		if (rtnl_tc_str2handle(w, &h) == 0)
			rtnl_tc_handle2str(h, buf, sizeof(buf));
	}
	free(text);
}

static int num_cb(long num, const char *name)
{
	(void)num;
	if (strlen(name) > 127)
		abort();
	return 0;
}

static void dist(void)
{
	struct rtnl_qdisc *q = rtnl_qdisc_alloc();

	if (!q)
		return;
	if (rtnl_tc_set_kind(TC_CAST(q), "netem") == 0)
		rtnl_netem_set_delay_distribution(q, "fuzz");
	rtnl_qdisc_put(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[128];

	if (size < 1)
		return 0;
	setup();
	switch (data[0] % 4) {
	case 0:
		put_file("pktloc", data + 1, size - 1);
		pktloc();
		break;
	case 1:
		put_file("classid", data + 1, size - 1);
		classid(data + 1, size - 1);
		break;
	case 2:
		put_file("table", data + 1, size - 1);
		snprintf(path, sizeof(path), "%s/table", dir);
		__nl_read_num_str_file(path, num_cb);
		break;
	case 3:
		put_file("fuzz.dist", data + 1, size - 1);
		dist();
		break;
	}
	return 0;
}
