/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target for libnl-xfrm-3: the input is what a NETLINK_XFRM
 * socket could return.  Each message is parsed as an association, a
 * policy and an event (whatever its type says); what parses is cloned,
 * compared with its clone, dumped at every level and built back into a
 * request.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/object.h>
#include <netlink/xfrm/sa.h>
#include <netlink/xfrm/sp.h>
#include <netlink/xfrm/ae.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

static void exercise(struct nl_object *obj)
{
	struct nl_dump_params p = { .dp_fd = sink };
	struct nl_object *c = nl_object_clone(obj);
	int t;

	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		p.dp_type = t;
		nl_object_dump(obj, &p);
	}
	if (c) {
		if (nl_object_diff(obj, c))
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
		struct xfrmnl_sa *sa;
		struct xfrmnl_sp *sp;
		struct xfrmnl_ae *ae;
		struct nl_msg *m;

		if (xfrmnl_sa_parse(hdr, &sa) == 0) {
			exercise((struct nl_object *)sa);
			if (xfrmnl_sa_build_add_request(sa, 0, &m) == 0)
				nlmsg_free(m);
			xfrmnl_sa_put(sa);
		}
		if (xfrmnl_sp_parse(hdr, &sp) == 0) {
			exercise((struct nl_object *)sp);
			if (xfrmnl_sp_build_add_request(sp, 0, &m) == 0)
				nlmsg_free(m);
			xfrmnl_sp_put(sp);
		}
		if (xfrmnl_ae_parse(hdr, &ae) == 0) {
			exercise((struct nl_object *)ae);
			xfrmnl_ae_put(ae);
		}
	}
	free(buf);
	return 0;
}
