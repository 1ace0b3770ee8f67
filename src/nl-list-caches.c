/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-list-caches: describe the cache types the libraries register: their
 * protocol, object type and, for generic netlink, family and commands.
 */

#include <netlink/genl/mngt.h>

#include "nl-private/core.h"
#include "tool.h"

static const char *yes_no(int v)
{
	return v ? "yes" : "no";
}

static void print_obj_ops(struct nl_object_ops *ops)
{
	static const char *const dumps[] = {
		[NL_DUMP_LINE] = "brief",
		[NL_DUMP_DETAILS] = "detailed",
		[NL_DUMP_STATS] = "stats",
	};
	char buf[256] = "";
	const char *sep = "";
	int i;

	printf("    cacheable object:\n");
	printf("        name: %s:\n", ops->oo_name);
	printf("        size: %zu bytes\n", ops->oo_size);
	printf("        constructor: %s\n", yes_no(!!ops->oo_constructor));
	printf("        free-data: %s\n", yes_no(!!ops->oo_free_data));
	printf("        clone: %s\n", yes_no(!!ops->oo_clone));
	printf("        compare: %s\n", yes_no(!!ops->oo_compare));
	if (ops->oo_attrs2str)
		ops->oo_attrs2str(ops->oo_id_attrs, buf, sizeof(buf));
	printf("        id attributes: %s\n", buf);
	printf("        dump: ");
	for (i = NL_DUMP_LINE; i <= NL_DUMP_STATS; i++) {
		if (ops->oo_dump[i]) {
			printf("%s%s", sep, dumps[i]);
			sep = ", ";
		}
	}
	printf("\n");
}

static void print_genl_ops(struct genl_ops *ops)
{
	int i;

	printf("    genl:\n");
	printf("        name: %s\n", ops->o_name);
	printf("        user-hdr: %d\n", ops->o_hdrsize);
	printf("        id: %d\n", ops->o_id);
	if (!ops->o_ncmds)
		return;
	printf("        cmds:\n");
	for (i = 0; i < ops->o_ncmds; i++) {
		struct genl_cmd *cmd = &ops->o_cmds[i];

		printf("            %s:\n", cmd->c_name);
		printf("                id: %d\n", cmd->c_id);
		printf("                maxattr: %d\n", cmd->c_maxattr);
		printf("                msg-parser: %s\n",
		       yes_no(!!cmd->c_msg_parser));
		printf("                attr-policy: %s\n",
		       yes_no(!!cmd->c_attr_policy));
	}
}

static void print_ops(struct nl_cache_ops *ops, void *arg)
{
	char buf[64];

	printf("%s:\n", ops->co_name);
	printf("    hdrsize: %d bytes\n", ops->co_hdrsize);
	printf("    protocol: %s\n",
	       nl_nlfamily2str(ops->co_protocol, buf, sizeof(buf)));
	printf("    request-update: %s\n", yes_no(!!ops->co_request_update));
	printf("    msg-parser: %s\n", yes_no(!!ops->co_msg_parser));
	if (ops->co_obj_ops)
		print_obj_ops(ops->co_obj_ops);
	if (ops->co_genl)
		print_genl_ops(ops->co_genl);
}

int main(int argc, char *argv[])
{
	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		printf("Usage: nl-list-caches\n");
		return 0;
	}
	nl_cache_ops_foreach(print_ops, NULL);
	return 0;
}
