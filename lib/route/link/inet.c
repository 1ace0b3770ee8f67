/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv4 data of links: the per-interface devconf values (IFLA_AF_SPEC /
 * AF_INET / IFLA_INET_CONF), readable and changeable.
 */

#include <stdlib.h>
#include <string.h>
#include <linux/ip.h>
#include <linux/if_link.h>

#include "nl-private/core.h"
#include "nl-private/link-api.h"
#include "nl-private/linkcore.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/inet.h>

/* The values upstream knows (its IPV4_DEVCONF_MAX): ids 1 to 32.  Newer
 * kernels send longer arrays; the values beyond are not kept. */
#define INET_CONF_SLOTS 32
#define INET_CONF_DUMPED INET_CONF_SLOTS

struct inet_data {
	uint32_t conf[INET_CONF_SLOTS];	/* conf[id - 1] */
	uint64_t set;			/* ids known, received or set (bit id-1) */
	unsigned int n;			/* values received */
};

static void *inet_alloc(struct rtnl_link *link)
{
	(void)link;
	return _rtnl_link_af_zalloc(sizeof(struct inet_data));
}

static void *inet_clone(struct rtnl_link *link, void *data)
{
	struct inet_data *d = _rtnl_link_af_zalloc(sizeof(*d));

	(void)link;
	if (d)
		memcpy(d, data, sizeof(*d));
	return d;
}

static void inet_free(struct rtnl_link *link, void *data)
{
	(void)link;
	_rtnl_link_af_release(data, sizeof(struct inet_data));
}

/* IFLA_INET_CONF arrives as an array of u32 (value of id i at i - 1). */
static int inet_parse_af(struct rtnl_link *link, struct nlattr *attr,
			 void *data)
{
	struct inet_data *id = data;
	struct nlattr *tb[IFLA_INET_MAX + 1];
	unsigned int n;
	int err;

	(void)link;
	err = nla_parse_nested(tb, IFLA_INET_MAX, attr, NULL);
	if (err < 0)
		return err;
	if (!tb[IFLA_INET_CONF])
		return 0;
	n = (unsigned int)nla_len(tb[IFLA_INET_CONF]) / 4;
	if (n > INET_CONF_SLOTS)
		n = INET_CONF_SLOTS;
	memcpy(id->conf, nla_data(tb[IFLA_INET_CONF]), n * 4);
	id->n = n;
	/* what was received goes back into requests built from the link */
	id->set = n ? (~0ULL >> (64 - n)) : 0;
	return 0;
}

/* The values known go out as IFLA_INET_CONF with one u32 attribute per id. */
static int inet_fill_af(struct rtnl_link *link, struct nl_msg *msg,
			void *data)
{
	struct inet_data *id = data;
	struct nlattr *nest;
	unsigned int i;

	(void)link;
	if (!id->set)
		return 0;
	if (!(nest = nla_nest_start(msg, IFLA_INET_CONF)))
		return -NLE_MSGSIZE;
	for (i = 0; i < INET_CONF_SLOTS; i++) {
		if ((id->set & (1ULL << i)) &&
		    nla_put_u32(msg, (int)i + 1, id->conf[i]) < 0)
			return -NLE_MSGSIZE;
	}
	nla_nest_end(msg, nest);
	return 0;
}

static const struct trans_tbl devconf_names[] = {
	__ADD(IPV4_DEVCONF_FORWARDING, forwarding),
	__ADD(IPV4_DEVCONF_MC_FORWARDING, mc_forwarding),
	__ADD(IPV4_DEVCONF_PROXY_ARP, proxy_arp),
	__ADD(IPV4_DEVCONF_ACCEPT_REDIRECTS, accept_redirects),
	__ADD(IPV4_DEVCONF_SECURE_REDIRECTS, secure_redirects),
	__ADD(IPV4_DEVCONF_SEND_REDIRECTS, send_redirects),
	__ADD(IPV4_DEVCONF_SHARED_MEDIA, shared_media),
	__ADD(IPV4_DEVCONF_RP_FILTER, rp_filter),
	__ADD(IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE, accept_source_route),
	__ADD(IPV4_DEVCONF_BOOTP_RELAY, bootp_relay),
	__ADD(IPV4_DEVCONF_LOG_MARTIANS, log_martians),
	__ADD(IPV4_DEVCONF_TAG, tag),
	__ADD(IPV4_DEVCONF_ARPFILTER, arpfilter),
	__ADD(IPV4_DEVCONF_MEDIUM_ID, medium_id),
	__ADD(IPV4_DEVCONF_NOXFRM, noxfrm),
	__ADD(IPV4_DEVCONF_NOPOLICY, nopolicy),
	__ADD(IPV4_DEVCONF_FORCE_IGMP_VERSION, force_igmp_version),
	__ADD(IPV4_DEVCONF_ARP_ANNOUNCE, arp_announce),
	__ADD(IPV4_DEVCONF_ARP_IGNORE, arp_ignore),
	__ADD(IPV4_DEVCONF_PROMOTE_SECONDARIES, promote_secondaries),
	__ADD(IPV4_DEVCONF_ARP_ACCEPT, arp_accept),
	__ADD(IPV4_DEVCONF_ARP_NOTIFY, arp_notify),
	__ADD(IPV4_DEVCONF_ACCEPT_LOCAL, accept_local),
	__ADD(IPV4_DEVCONF_SRC_VMARK, src_vmark),
	__ADD(IPV4_DEVCONF_PROXY_ARP_PVLAN, proxy_arp_pvlan),
	__ADD(IPV4_DEVCONF_ROUTE_LOCALNET, route_localnet),
	__ADD(IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL,
	      igmpv2_unsolicited_report_interval),
	__ADD(IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL,
	      igmpv3_unsolicited_report_interval),
};

/**
 * Name of the IPv4 devconf value id (IPV4_DEVCONF_*), "0x.." for ids
 * without a name, into buf.
 * @return buf
 */
const char *rtnl_link_inet_devconf2str(int type, char *buf, size_t len)
{
	return __type2str(type, buf, len, devconf_names,
			  ARRAY_SIZE(devconf_names));
}

/**
 * Id (IPV4_DEVCONF_*) of the devconf value named name.
 * @return the id or -NLE_OBJ_NOTFOUND.
 */
int rtnl_link_inet_str2devconf(const char *name)
{
	return __str2type(name, devconf_names, ARRAY_SIZE(devconf_names));
}

void _linkcore_dump_cell(struct nl_dump_params *p, unsigned int i,
			 const char *name, const char *value, int fit)
{
	char cell[64];
	size_t n, v = strlen(value);

	if (!fit)
		snprintf(cell, sizeof(cell), "%-19s %3s", name, value);
	else {
		memset(cell, ' ', 23);
		n = strlen(name);
		memcpy(cell, name, n < 23 ? n : 23);
		if (v > 23)
			v = 23;
		memcpy(cell + 23 - v, value, v);
		cell[23] = '\0';
	}
	nl_dump(p, "%s", cell);
	if (i % 3 == 2)
		nl_dump(p, "\n      ");
	else
		nl_dump(p, "  ");
}

static void inet_dump_details(struct rtnl_link *link,
			      struct nl_dump_params *p, void *data)
{
	struct inet_data *id = data;
	char name[64], val[16];
	unsigned int i;

	(void)link;
	nl_dump_line(p, "    ipv4 devconf:\n");
	nl_dump_line(p, "      ");
	for (i = 0; i < id->n && i < INET_CONF_DUMPED; i++) {
		rtnl_link_inet_devconf2str((int)i + 1, name, sizeof(name));
		snprintf(val, sizeof(val), "%u", id->conf[i]);
		_linkcore_dump_cell(p, i, name, val, 0);
	}
	nl_dump(p, "\n");
}

static int inet_compare(struct rtnl_link *a, struct rtnl_link *b, int family,
			uint32_t attrs, int flags)
{
	struct inet_data *x = a->l_af_data[family], *y = b->l_af_data[family];

	(void)attrs;
	(void)flags;
	if (!x || !y)
		return x != y;
	return x->n != y->n || memcmp(x->conf, y->conf, x->n * 4) != 0;
}

static struct rtnl_link_af_ops inet_ops = {
	.ao_family = AF_INET,
	.ao_alloc = inet_alloc,
	.ao_clone = inet_clone,
	.ao_free = inet_free,
	.ao_parse_af = inet_parse_af,
	.ao_fill_af = inet_fill_af,
	.ao_dump[NL_DUMP_DETAILS] = inet_dump_details,
	.ao_compare = inet_compare,
};

/**
 * Read IPv4 devconf value cfgid (IPV4_DEVCONF_*, from 1) of link.
 * @return 0 with *res set, -NLE_RANGE for an id out of range,
 *         -NLE_NOATTR when the link has no IPv4 data, -NLE_INVAL when it
 *         has not that value.
 */
int rtnl_link_inet_get_conf(struct rtnl_link *link, const unsigned int cfgid,
			    uint32_t *res)
{
	struct inet_data *id;

	if (cfgid == 0 || cfgid > INET_CONF_SLOTS)
		return -NLE_RANGE;
	id = rtnl_link_af_data(link, &inet_ops);
	if (!id)
		return -NLE_NOATTR;
	if (!(id->set & (1ULL << (cfgid - 1))))
		return -NLE_INVAL;
	*res = id->conf[cfgid - 1];
	return 0;
}

/**
 * Set IPv4 devconf value cfgid of link (sent by rtnl_link_change()).
 * @return 0, -NLE_RANGE for an id out of range, -NLE_NOMEM.
 */
int rtnl_link_inet_set_conf(struct rtnl_link *link, const unsigned int cfgid,
			    uint32_t value)
{
	struct inet_data *id;

	if (cfgid == 0 || cfgid > INET_CONF_SLOTS)
		return -NLE_RANGE;
	if (!(id = rtnl_link_af_alloc(link, &inet_ops)))
		return -NLE_NOMEM;
	id->conf[cfgid - 1] = value;
	id->set |= 1ULL << (cfgid - 1);
	if (id->n < cfgid)
		id->n = cfgid;
	return 0;
}

static void __attribute__((constructor)) inet_init(void)
{
	rtnl_link_af_register(&inet_ops);
}

static void __attribute__((destructor)) inet_exit(void)
{
	rtnl_link_af_unregister(&inet_ops);
}
