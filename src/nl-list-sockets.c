/* SPDX-License-Identifier: LGPL-2.1-only */
/* nl-list-sockets: list the netlink sockets of /proc/net/netlink. */

#include "tool.h"

int main(int argc, char *argv[])
{
	unsigned long sk, cb;
	unsigned int groups;
	int proto, pid, rmem, wmem, refcnt;
	char buf[2048], name[64];
	FILE *f = fopen("/proc/net/netlink", "re");

	if (!f)
		nl_cli_fatal(errno, "fopen");
	printf("Address            Family           PID    Groups   rmem   "
	       "wmem   CB         refcnt\n");
	while (fgets(buf, sizeof(buf), f)) {
		if (sscanf(buf, "%lx %d %d %08x %d %d %lx %d", &sk, &proto,
			   &pid, &groups, &rmem, &wmem, &cb, &refcnt) != 8)
			continue;
		printf("0x%016lx %-16s %-6d %08x %-6d %-6d 0x%08lx %d\n", sk,
		       nl_nlfamily2str(proto, name, sizeof(name)), pid, groups,
		       rmem, wmem, cb, refcnt);
	}
	fclose(f);
	return 0;
}
