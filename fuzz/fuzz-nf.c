/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libFuzzer target for libnl-nf-3: the input is what a NETLINK_NETFILTER
 * socket could return.  Each message is parsed as a conntrack entry, an
 * expectation, a logged and a queued packet (whatever its type says);
 * what parses is cloned, compared with its clone, dumped at every level
 * and built back into a request or verdict.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/object.h>
#include <netlink/netfilter/nfnl.h>
#include <netlink/netfilter/ct.h>
#include <netlink/netfilter/exp.h>
#include <netlink/netfilter/log_msg.h>
#include <netlink/netfilter/queue_msg.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

/* @compares: the type compares its objects (log and queued packets do not,
 * as upstream: their nl_object_diff() is all ones) */
static void exercise(void *o, int compares)
{
	struct nl_object *obj = o;
	struct nl_dump_params p = { .dp_fd = sink };
	struct nl_object *c = nl_object_clone(obj);
	char buf[1024];
	int t;

	for (t = NL_DUMP_LINE; t <= NL_DUMP_STATS; t++) {
		p.dp_type = t;
		nl_object_dump(obj, &p);
	}
	nl_object_attr_list(obj, buf, sizeof(buf));
	if (c) {
		if (compares && nl_object_diff(obj, c))
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
		struct nfnl_ct *ct;
		struct nfnl_exp *exp;
		struct nfnl_log_msg *lm;
		struct nfnl_queue_msg *qm;
		struct nl_msg *m;

		nfnlmsg_subsys(hdr);
		nfnlmsg_subtype(hdr);
		nfnlmsg_family(hdr);
		nfnlmsg_res_id(hdr);
		nfnlmsg_ct_group(hdr);
		nfnlmsg_exp_group(hdr);
		if (nfnlmsg_ct_parse(hdr, &ct) == 0) {
			exercise(ct, 1);
			if (nfnl_ct_build_add_request(ct, 0, &m) == 0)
				nlmsg_free(m);
			nfnl_ct_put(ct);
		}
		if (nfnlmsg_exp_parse(hdr, &exp) == 0) {
			exercise(exp, 1);
			if (nfnl_exp_build_add_request(exp, 0, &m) == 0)
				nlmsg_free(m);
			nfnl_exp_put(exp);
		}
		if (nfnlmsg_log_msg_parse(hdr, &lm) == 0) {
			exercise(lm, 0);
			nfnl_log_msg_put(lm);
		}
		if (nfnlmsg_queue_msg_parse(hdr, &qm) == 0) {
			exercise(qm, 0);
			if ((m = nfnl_queue_msg_build_verdict(qm)))
				nlmsg_free(m);
			nfnl_queue_msg_put(qm);
		}
	}
	free(buf);
	return 0;
}
