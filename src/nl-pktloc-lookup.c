/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * nl-pktloc-lookup: show a packet location of the pktloc file, all of
 * them (--list), or a match on it in the style of tc's u32 selectors.
 */

#include <netlink/route/pktloc.h>
#include <linux/tc_ematch/tc_em_cmp.h>

#include "tool.h"

static const char usage[] =
	"Usage: nl-pktloc-lookup [OPTIONS] <name>\n"
	"\n"
	"OPTIONS\n"
	" -h, --help                Show this help text.\n"
	" -v, --version             Show versioning information.\n"
	" -l, --list                List all packet location definitions.\n"
	"     --u32=VALUE\t    Print in iproute2's u32 selector style\n"
	"\n"
	"\n"
	"EXAMPLE\n"
	"   $ nl-pktloc-lookup ip.dst\n"
	"   $ nl-pktloc-lookup --list\n"
	"\n";

enum { LIST = TF_A, U32 = TF_B };

static uint32_t u32_value;

static void set_u32(struct tool *t, char *arg)
{
	u32_value = nl_cli_parse_u32(arg);
	t->flags |= U32;
}

static const struct tool_opt opts[] = {
	TOOL_OPT_HELP,
	TOOL_OPT_VERSION,
	TOOL_OPT_FLAG("list", 'l', LIST),
	TOOL_OPT_ARG("u32", 0, set_u32, TC_U32),
	TOOL_OPT_END
};

static const struct tool_desc desc = {
	.usage = usage,
	.protocol = -1,
	.opts = opts,
};

static const char *align_name(unsigned int align)
{
	static char num[8];

	switch (align) {
	case TCF_EM_ALIGN_U8:
		return "u8";
	case TCF_EM_ALIGN_U16:
		return "u16";
	case TCF_EM_ALIGN_U32:
		return "u32";
	}
	snprintf(num, sizeof(num), "%u", align);
	return num;
}

static const char *layer_name(unsigned int layer)
{
	switch (layer) {
	case TCF_LAYER_LINK:
		return "eth";
	case TCF_LAYER_NETWORK:
		return "ip";
	case TCF_LAYER_TRANSPORT:
		return "tcp";
	}
	return "?";
}

static void print_entry(struct rtnl_pktloc *loc, void *arg)
{
	printf("%-26s %-5s %3s+%-4u %#-10x %-8u %u\n", loc->name,
	       align_name(loc->align), layer_name(loc->layer), loc->offset,
	       loc->mask, loc->shift, loc->refcnt);
}

/* The location as a match of tc's u32 classifier. */
static void print_u32(struct rtnl_pktloc *loc, uint32_t value)
{
	static const uint32_t full[] = {
		[TCF_EM_ALIGN_U8] = 0xff,
		[TCF_EM_ALIGN_U16] = 0xffff,
		[TCF_EM_ALIGN_U32] = 0xffffffff,
	};

	if (loc->align != TCF_EM_ALIGN_U8 && loc->align != TCF_EM_ALIGN_U16 &&
	    loc->align != TCF_EM_ALIGN_U32)
		nl_cli_fatal(EINVAL, "u32 only supports alignments u8|u16|u32.");
	if (loc->layer == TCF_LAYER_LINK)
		nl_cli_fatal(EINVAL, "u32 does not support link layer locations.");
	if (loc->shift > 0)
		nl_cli_fatal(EINVAL, "u32 does not support shifting.");
	printf("%s %x %x at %s%u\n", align_name(loc->align), value,
	       loc->mask ? loc->mask : full[loc->align],
	       loc->layer == TCF_LAYER_TRANSPORT ? "nexthdr+" : "",
	       loc->offset);
}

int main(int argc, char *argv[])
{
	struct tool *t = tool_init(&desc, argc, argv);
	struct rtnl_pktloc *loc;
	int err;

	tool_parse(t);
	if (t->flags & LIST) {
		printf("name                      align  offset  mask     shift    refcnt\n");
		printf("---------------------------------------------------------\n");
		rtnl_pktloc_foreach(print_entry, NULL);
		return tool_exit(t, 0);
	}
	if (optind >= argc)
		tool_usage_error(t);
	err = rtnl_pktloc_lookup(argv[optind], &loc);
	if (err < 0)
		nl_cli_fatal(err, "Unable to lookup packet location: %s",
			     nl_geterror(err));
	if (t->flags & U32)
		print_u32(loc, u32_value);
	else
		printf("%s = %s at %s+%u & %#x >> %u\n", loc->name,
		       align_name(loc->align), layer_name(loc->layer),
		       loc->offset, loc->mask, loc->shift);
	rtnl_pktloc_put(loc);
	return tool_exit(t, 0);
}
