/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target for libnl-idiag-3: the input is what a
 * NETLINK_INET_DIAG socket could return.  Each message is parsed as a
 * socket (idiagnl_msg_parse) and as a request (idiagnl_req_parse); what
 * parses is cloned, compared and dumped at every level.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/idiag/msg.h>
#include <netlink/idiag/req.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

/* @cmp: the type compares objects (requests do not) */
static void exercise(struct nl_object *obj, int cmp)
{
	struct nl_dump_params p = { .dp_fd = sink };
	struct nl_object *c = nl_object_clone(obj);
	int t;

	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		p.dp_type = t;
		nl_object_dump(obj, &p);
	}
	if (c) {
		if (cmp && nl_object_diff(obj, c))
			abort();
		nl_object_put(c);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nlmsghdr *hdr;
	unsigned char *buf;
	int len = (int)size;

	if (!sink)
		sink = fopen("/dev/null", "w");
	buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	for (hdr = (struct nlmsghdr *)buf; nlmsg_ok(hdr, len);
	     hdr = nlmsg_next(hdr, &len)) {
		struct idiagnl_msg *m;
		struct idiagnl_req *r;

		if (idiagnl_msg_parse(hdr, &m) == 0) {
			exercise((struct nl_object *)m, 1);
			idiagnl_msg_put(m);
		}
		if (idiagnl_req_parse(hdr, &r) == 0) {
			exercise((struct nl_object *)r, 0);
			idiagnl_req_put(r);
		}
	}
	free(buf);
	return 0;
}
