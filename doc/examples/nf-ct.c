/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Example of the netfilter guide: connection tracking.  Creates a UDP
 * conntrack entry, finds it in the conntrack cache, prints it and
 * deletes it.  Needs the kernel's nf_conntrack_netlink.
 */

#include <stdio.h>
#include <stdlib.h>
#include <netinet/in.h>

#include <netlink/netlink.h>
#include <netlink/netfilter/nfnl.h>
#include <netlink/netfilter/ct.h>

/* Fill the tuples of a UDP flow 192.0.2.1:1234 -> 192.0.2.2:53 and of
 * its reply. */
static int fill_tuples(struct nfnl_ct *ct)
{
	static const char *addrs[2][2] = {
		{ "192.0.2.1", "192.0.2.2" },	/* original: src, dst */
		{ "192.0.2.2", "192.0.2.1" },	/* reply */
	};
	int repl, err;

	nfnl_ct_set_family(ct, AF_INET);
	nfnl_ct_set_proto(ct, IPPROTO_UDP);
	for (repl = 0; repl < 2; repl++) {
		struct nl_addr *src, *dst;

		err = nl_addr_parse(addrs[repl][0], AF_INET, &src);
		if (err < 0)
			return err;
		err = nl_addr_parse(addrs[repl][1], AF_INET, &dst);
		if (err < 0) {
			nl_addr_put(src);
			return err;
		}
		/* the entry takes its own references */
		nfnl_ct_set_src(ct, repl, src);
		nfnl_ct_set_dst(ct, repl, dst);
		nl_addr_put(src);
		nl_addr_put(dst);
		nfnl_ct_set_src_port(ct, repl, repl ? 53 : 1234);
		nfnl_ct_set_dst_port(ct, repl, repl ? 1234 : 53);
	}
	return 0;
}

static void match(struct nl_object *obj, void *arg)
{
	struct nl_dump_params dp = { .dp_type = NL_DUMP_LINE, .dp_fd = stdout };
	int *found = arg;

	nl_object_dump(obj, &dp);
	(*found)++;
}

int main(void)
{
	struct nl_cache *cache = NULL;
	struct nfnl_ct *ct, *filter = NULL;
	struct nl_sock *sk;
	int found = 0, err;

	sk = nl_socket_alloc();
	ct = nfnl_ct_alloc();
	if (!sk || !ct) {
		err = -NLE_NOMEM;
		goto out;
	}
	err = nfnl_connect(sk);
	if (err >= 0)
		err = fill_tuples(ct);
	if (err < 0)
		goto out;
	nfnl_ct_set_timeout(ct, 60);
	err = nfnl_ct_add(sk, ct, NLM_F_CREATE | NLM_F_EXCL);
	if (err < 0)
		goto out;

	/* The cache holds every entry of the namespace; an entry with the
	 * tuples only serves as a filter (the timeout counts down). */
	filter = nfnl_ct_alloc();
	if (!filter) {
		err = -NLE_NOMEM;
		goto out;
	}
	err = fill_tuples(filter);
	if (err >= 0)
		err = nfnl_ct_alloc_cache(sk, &cache);
	if (err < 0)
		goto out;
	nl_cache_foreach_filter(cache, (struct nl_object *)filter, match,
				&found);
	if (found != 1) {
		err = -NLE_OBJ_NOTFOUND;
		goto out;
	}

	err = nfnl_ct_del(sk, ct, 0);
	if (err >= 0)
		err = nl_cache_refill(sk, cache);
	if (err >= 0 && nl_cache_nitems(cache) != 0)
		err = -NLE_FAILURE;

out:
	if (err < 0)
		fprintf(stderr, "error: %s\n", nl_geterror(err));
	nl_cache_free(cache);
	nfnl_ct_put(filter);
	nfnl_ct_put(ct);
	nl_socket_free(sk);
	return err < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
