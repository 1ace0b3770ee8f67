/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * IPv6 data of links (IFLA_AF_SPEC / AF_INET6): interface flags, cache
 * information, address generation mode, token, devconf values and the
 * IPv6/ICMPv6 counters (kept in the link's statistics).
 */

#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <linux/ipv6.h>
#include <linux/snmp.h>
#include <linux/if_link.h>

#include "nl-private/core.h"
#include "nl-private/link-api.h"
#include "nl-private/linkcore.h"
#include "nl-private/objtable.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/route/link/inet6.h>

/* Interface flags of IFLA_INET6_FLAGS (the kernel keeps them private). */
#define I6_RS_SENT	0x10
#define I6_RA_RCVD	0x20
#define I6_RA_MANAGED	0x40
#define I6_RA_OTHERCONF	0x80
#define I6_READY	0x80000000

#define INET6_CONF_SLOTS 128

/* The dump shows the values Debian's libnl 3.7 shows: ids 0 to 50 (its
 * DEVCONF_MAX), whatever the kernel sends beyond. */
#define INET6_CONF_DUMPED 51

/* what the data holds */
#define I6_HAVE_FLAGS		0x01
#define I6_HAVE_CACHEINFO	0x02
#define I6_HAVE_CONF		0x04
#define I6_HAVE_TOKEN		0x08
#define I6_HAVE_AGM		0x10

struct inet6_data {
	uint32_t have;		/* I6_HAVE_* */
	uint32_t flags;
	struct ifla_cacheinfo ci;
	struct in6_addr token;
	uint8_t addr_gen_mode;
	unsigned int n;		/* conf values known */
	uint32_t conf[INET6_CONF_SLOTS];
};

static void *inet6_alloc(struct rtnl_link *link)
{
	(void)link;
	return _rtnl_link_af_zalloc(sizeof(struct inet6_data));
}

static void *inet6_clone(struct rtnl_link *link, void *data)
{
	struct inet6_data *d = _rtnl_link_af_zalloc(sizeof(*d));

	(void)link;
	if (d)
		memcpy(d, data, sizeof(*d));
	return d;
}

static void inet6_free(struct rtnl_link *link, void *data)
{
	(void)link;
	_rtnl_link_af_release(data, sizeof(struct inet6_data));
}

/* Where the kernel's IPSTATS_MIB_* and ICMP6_MIB_* counters go. */
static const uint8_t ip6_stat_map[] = {
	[IPSTATS_MIB_INPKTS] = RTNL_LINK_IP6_INPKTS,
	[IPSTATS_MIB_INOCTETS] = RTNL_LINK_IP6_INOCTETS,
	[IPSTATS_MIB_INDELIVERS] = RTNL_LINK_IP6_INDELIVERS,
	[IPSTATS_MIB_OUTFORWDATAGRAMS] = RTNL_LINK_IP6_OUTFORWDATAGRAMS,
	[IPSTATS_MIB_OUTPKTS] = RTNL_LINK_IP6_OUTPKTS,
	[IPSTATS_MIB_OUTOCTETS] = RTNL_LINK_IP6_OUTOCTETS,
	[IPSTATS_MIB_INHDRERRORS] = RTNL_LINK_IP6_INHDRERRORS,
	[IPSTATS_MIB_INTOOBIGERRORS] = RTNL_LINK_IP6_INTOOBIGERRORS,
	[IPSTATS_MIB_INNOROUTES] = RTNL_LINK_IP6_INNOROUTES,
	[IPSTATS_MIB_INADDRERRORS] = RTNL_LINK_IP6_INADDRERRORS,
	[IPSTATS_MIB_INUNKNOWNPROTOS] = RTNL_LINK_IP6_INUNKNOWNPROTOS,
	[IPSTATS_MIB_INTRUNCATEDPKTS] = RTNL_LINK_IP6_INTRUNCATEDPKTS,
	[IPSTATS_MIB_INDISCARDS] = RTNL_LINK_IP6_INDISCARDS,
	[IPSTATS_MIB_OUTDISCARDS] = RTNL_LINK_IP6_OUTDISCARDS,
	[IPSTATS_MIB_OUTNOROUTES] = RTNL_LINK_IP6_OUTNOROUTES,
	[IPSTATS_MIB_REASMTIMEOUT] = RTNL_LINK_IP6_REASMTIMEOUT,
	[IPSTATS_MIB_REASMREQDS] = RTNL_LINK_IP6_REASMREQDS,
	[IPSTATS_MIB_REASMOKS] = RTNL_LINK_IP6_REASMOKS,
	[IPSTATS_MIB_REASMFAILS] = RTNL_LINK_IP6_REASMFAILS,
	[IPSTATS_MIB_FRAGOKS] = RTNL_LINK_IP6_FRAGOKS,
	[IPSTATS_MIB_FRAGFAILS] = RTNL_LINK_IP6_FRAGFAILS,
	[IPSTATS_MIB_FRAGCREATES] = RTNL_LINK_IP6_FRAGCREATES,
	[IPSTATS_MIB_INMCASTPKTS] = RTNL_LINK_IP6_INMCASTPKTS,
	[IPSTATS_MIB_OUTMCASTPKTS] = RTNL_LINK_IP6_OUTMCASTPKTS,
	[IPSTATS_MIB_INBCASTPKTS] = RTNL_LINK_IP6_INBCASTPKTS,
	[IPSTATS_MIB_OUTBCASTPKTS] = RTNL_LINK_IP6_OUTBCASTPKTS,
	[IPSTATS_MIB_INMCASTOCTETS] = RTNL_LINK_IP6_INMCASTOCTETS,
	[IPSTATS_MIB_OUTMCASTOCTETS] = RTNL_LINK_IP6_OUTMCASTOCTETS,
	[IPSTATS_MIB_INBCASTOCTETS] = RTNL_LINK_IP6_INBCASTOCTETS,
	[IPSTATS_MIB_OUTBCASTOCTETS] = RTNL_LINK_IP6_OUTBCASTOCTETS,
	[IPSTATS_MIB_CSUMERRORS] = RTNL_LINK_IP6_CSUMERRORS,
	[IPSTATS_MIB_NOECTPKTS] = RTNL_LINK_IP6_NOECTPKTS,
	[IPSTATS_MIB_ECT1PKTS] = RTNL_LINK_IP6_ECT1PKTS,
	[IPSTATS_MIB_ECT0PKTS] = RTNL_LINK_IP6_ECT0PKTS,
	[IPSTATS_MIB_CEPKTS] = RTNL_LINK_IP6_CEPKTS,
	[IPSTATS_MIB_REASM_OVERLAPS] = RTNL_LINK_REASM_OVERLAPS,
};

static const uint8_t icmp6_stat_map[] = {
	[ICMP6_MIB_INMSGS] = RTNL_LINK_ICMP6_INMSGS,
	[ICMP6_MIB_INERRORS] = RTNL_LINK_ICMP6_INERRORS,
	[ICMP6_MIB_OUTMSGS] = RTNL_LINK_ICMP6_OUTMSGS,
	[ICMP6_MIB_OUTERRORS] = RTNL_LINK_ICMP6_OUTERRORS,
	[ICMP6_MIB_CSUMERRORS] = RTNL_LINK_ICMP6_CSUMERRORS,
};

/* A u64 counter array; index 0 (the count) and unknown ids are skipped. */
static void parse_counters(struct rtnl_link *link, const struct nlattr *nla,
			   const uint8_t *map, size_t nmap)
{
	const unsigned char *d = _nla_data(nla);
	size_t n = (size_t)_nla_len(nla) / 8, i;

	for (i = 1; i < n && i < nmap; i++) {
		uint64_t v;

		if (!map[i])
			continue;
		memcpy(&v, d + i * 8, 8);
		link->l_stats[map[i]] = v;
	}
}

/* The shortest payload accepted of each IFLA_INET6_* attribute. */
static const uint8_t inet6_minlen[IFLA_INET6_MAX + 1] = {
	[IFLA_INET6_FLAGS] = sizeof(uint32_t),
	[IFLA_INET6_CACHEINFO] = sizeof(struct ifla_cacheinfo),
	[IFLA_INET6_TOKEN] = sizeof(struct in6_addr),
	[IFLA_INET6_ADDR_GEN_MODE] = sizeof(uint8_t),
};

static int inet6_parse_af(struct rtnl_link *link, struct nlattr *attr,
			  void *data)
{
	struct inet6_data *i6 = data;
	const struct nlattr *tb[IFLA_INET6_MAX + 1] = { NULL };
	const struct nlattr *nla;
	int rem;

	nlo_for_each_attr(nla, _nla_data(attr), _nla_len(attr), rem) {
		unsigned int type = nla->nla_type & NLA_TYPE_MASK;

		if (type > IFLA_INET6_MAX)
			continue;
		if (_nla_len(nla) < inet6_minlen[type])
			return -NLE_RANGE;
		tb[type] = nla;
	}
	if (tb[IFLA_INET6_FLAGS]) {
		i6->flags = _nla_u32(tb[IFLA_INET6_FLAGS]);
		i6->have |= I6_HAVE_FLAGS;
	}
	if (tb[IFLA_INET6_CACHEINFO]) {
		memcpy(&i6->ci, _nla_data(tb[IFLA_INET6_CACHEINFO]),
		       sizeof(i6->ci));
		i6->have |= I6_HAVE_CACHEINFO;
	}
	if (tb[IFLA_INET6_CONF]) {
		unsigned int n = (unsigned int)_nla_len(tb[IFLA_INET6_CONF]) / 4;

		if (n > INET6_CONF_SLOTS)
			n = INET6_CONF_SLOTS;
		memcpy(i6->conf, _nla_data(tb[IFLA_INET6_CONF]), n * 4);
		i6->n = n;
		i6->have |= I6_HAVE_CONF;
	}
	if (tb[IFLA_INET6_TOKEN]) {
		memcpy(&i6->token, _nla_data(tb[IFLA_INET6_TOKEN]),
		       sizeof(i6->token));
		i6->have |= I6_HAVE_TOKEN;
	}
	if (tb[IFLA_INET6_ADDR_GEN_MODE]) {
		i6->addr_gen_mode =
			*(const uint8_t *)_nla_data(tb[IFLA_INET6_ADDR_GEN_MODE]);
		i6->have |= I6_HAVE_AGM;
	}
	if (tb[IFLA_INET6_STATS])
		parse_counters(link, tb[IFLA_INET6_STATS], ip6_stat_map,
			       ARRAY_SIZE(ip6_stat_map));
	if (tb[IFLA_INET6_ICMP6STATS])
		parse_counters(link, tb[IFLA_INET6_ICMP6STATS],
			       icmp6_stat_map, ARRAY_SIZE(icmp6_stat_map));
	return 0;
}

/* Requests carry the address generation mode (set or received), as
 * upstream's; the token is not sent. */
static int inet6_fill_af(struct rtnl_link *link, struct nl_msg *msg,
			 void *data)
{
	struct inet6_data *i6 = data;

	(void)link;
	if ((i6->have & I6_HAVE_AGM) &&
	    nla_put_u8(msg, IFLA_INET6_ADDR_GEN_MODE, i6->addr_gen_mode) < 0)
		return -NLE_MSGSIZE;
	return 0;
}

static const struct trans_tbl inet6_flags[] = {
	__ADD(I6_RS_SENT, rs_sent),
	__ADD(I6_RA_RCVD, ra_rcvd),
	__ADD(I6_RA_MANAGED, ra_managed),
	__ADD(I6_RA_OTHERCONF, ra_otherconf),
	__ADD(I6_READY, ready),
};

/** Names of the IPv6 interface flags in flags, comma separated, in buf. */
char *rtnl_link_inet6_flags2str(int flags, char *buf, size_t len)
{
	return __flags2str(flags, buf, len, inet6_flags,
			   ARRAY_SIZE(inet6_flags));
}

/** IPv6 interface flags named in a comma separated list. */
int rtnl_link_inet6_str2flags(const char *name)
{
	return __str2flags(name, inet6_flags, ARRAY_SIZE(inet6_flags));
}

static const struct trans_tbl addr_gen_modes[] = {
	__ADD(IN6_ADDR_GEN_MODE_EUI64, eui64),
	__ADD(IN6_ADDR_GEN_MODE_NONE, none),
	__ADD(IN6_ADDR_GEN_MODE_STABLE_PRIVACY, stable_privacy),
};

/** Name of an IPv6 address generation mode (IN6_ADDR_GEN_MODE_*). */
const char *rtnl_link_inet6_addrgenmode2str(uint8_t mode, char *buf,
					    size_t len)
{
	return __type2str(mode, buf, len, addr_gen_modes,
			  ARRAY_SIZE(addr_gen_modes));
}

/** Address generation mode named name; 0xff-based error value when
 * unknown (the negative NLE_* code cast to uint8_t). */
uint8_t rtnl_link_inet6_str2addrgenmode(const char *name)
{
	return (uint8_t)__str2type(name, addr_gen_modes,
				   ARRAY_SIZE(addr_gen_modes));
}

/* devconf names as the dumps print them; ids past these print as hex */
static const char *const conf_names[] = {
	[DEVCONF_FORWARDING] = "forwarding",
	[DEVCONF_HOPLIMIT] = "hoplimit",
	[DEVCONF_MTU6] = "mtu6",
	[DEVCONF_ACCEPT_RA] = "accept_ra",
	[DEVCONF_ACCEPT_REDIRECTS] = "accept_redirects",
	[DEVCONF_AUTOCONF] = "autoconf",
	[DEVCONF_DAD_TRANSMITS] = "dad_transmits",
	[DEVCONF_RTR_SOLICITS] = "rtr_solicits",
	[DEVCONF_RTR_SOLICIT_INTERVAL] = "rtr_solicit_interval",
	[DEVCONF_RTR_SOLICIT_DELAY] = "rtr_solicit_delay",
	[DEVCONF_USE_TEMPADDR] = "use_tempaddr",
	[DEVCONF_TEMP_VALID_LFT] = "temp_valid_lft",
	[DEVCONF_TEMP_PREFERED_LFT] = "temp_prefered_lft",
	[DEVCONF_REGEN_MAX_RETRY] = "regen_max_retry",
	[DEVCONF_MAX_DESYNC_FACTOR] = "max_desync_factor",
	[DEVCONF_MAX_ADDRESSES] = "max_addresses",
	[DEVCONF_FORCE_MLD_VERSION] = "force_mld_version",
	[DEVCONF_ACCEPT_RA_DEFRTR] = "accept_ra_defrtr",
	[DEVCONF_ACCEPT_RA_PINFO] = "accept_ra_pinfo",
	[DEVCONF_ACCEPT_RA_RTR_PREF] = "accept_ra_rtr_pref",
	[DEVCONF_RTR_PROBE_INTERVAL] = "rtr_probe_interval",
	[DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN] = "accept_ra_rt_info",
	[DEVCONF_PROXY_NDP] = "proxy_ndp",
	[DEVCONF_OPTIMISTIC_DAD] = "optimistic_dad",
	[DEVCONF_ACCEPT_SOURCE_ROUTE] = "accept_source_route",
	[DEVCONF_MC_FORWARDING] = "mc_forwarding",
	[DEVCONF_DISABLE_IPV6] = "disable_ipv6",
	[DEVCONF_ACCEPT_DAD] = "accept_dad",
	[DEVCONF_FORCE_TLLAO] = "force_tllao",
};

static void conf_value(unsigned int id, uint32_t v, char *buf, size_t len)
{
	switch (id) {
	case DEVCONF_TEMP_VALID_LFT:
	case DEVCONF_TEMP_PREFERED_LFT:
		/* seconds */
		nl_msec2str((uint64_t)v * 1000, buf, len);
		break;
	case DEVCONF_RTR_SOLICIT_INTERVAL:
	case DEVCONF_RTR_SOLICIT_DELAY:
	case DEVCONF_RTR_PROBE_INTERVAL:
		/* milliseconds */
		nl_msec2str(v, buf, len);
		break;
	default:
		snprintf(buf, len, "%u", v);
	}
}

static void inet6_dump_details(struct rtnl_link *link,
			       struct nl_dump_params *p, void *data)
{
	struct inet6_data *i6 = data;
	char buf[64], buf2[64];
	unsigned int i;

	(void)link;
	nl_dump_line(p, "    ipv6 max-reasm-len %s",
		     nl_size2str(i6->ci.max_reasm_len, buf, sizeof(buf)));
	rtnl_link_inet6_flags2str((int)i6->flags, buf, sizeof(buf));
	nl_dump(p, " <%s>\n", buf);

	nl_dump_line(p, "      create-stamp %.2fs reachable-time %s",
		     (double)i6->ci.tstamp / 100.,
		     nl_msec2str(i6->ci.reachable_time, buf, sizeof(buf)));
	nl_dump(p, " retrans-time %s\n",
		nl_msec2str(i6->ci.retrans_time, buf, sizeof(buf)));

	if (i6->have & I6_HAVE_TOKEN) {
		struct nl_addr *a = nl_addr_build(AF_INET6, &i6->token,
						  sizeof(i6->token));

		if (a) {
			nl_dump_line(p, "      token %s\n",
				     nl_addr2str(a, buf, sizeof(buf)));
			nl_addr_put(a);
		}
	}
	if (i6->have & I6_HAVE_AGM)
		nl_dump_line(p, "      link-local address mode %s\n",
			     rtnl_link_inet6_addrgenmode2str(
				     i6->addr_gen_mode, buf, sizeof(buf)));

	if (!(i6->have & I6_HAVE_CONF))
		return;
	nl_dump_line(p, "      devconf:\n");
	nl_dump_line(p, "      ");
	for (i = 0; i < i6->n && i < INET6_CONF_DUMPED; i++) {
		const char *name = i < ARRAY_SIZE(conf_names) ?
					   conf_names[i] : NULL;

		if (!name) {
			snprintf(buf2, sizeof(buf2), "0x%x", i);
			name = buf2;
		}
		conf_value(i, i6->conf[i], buf, sizeof(buf));
		_linkcore_dump_cell(p, i, name, buf, 1);
	}
}

/* A byte counter cell: "0 B" or the value scaled with its unit. */
static const char *octets(uint64_t v, char *buf, size_t len)
{
	char *unit;
	double d;

	if (!v) {
		snprintf(buf, len, "0 B");
		return buf;
	}
	d = nl_cancel_down_bytes(v, &unit);
	snprintf(buf, len, "%.2f %3s", d, unit);
	return buf;
}

/* One row of counters: ids < 0 are byte counters (-id). */
static void dump_row(struct nl_dump_params *p, struct rtnl_link *link,
		     const char *head, const int *ids, unsigned int n)
{
	char buf[32];
	unsigned int i;

	nl_dump_line(p, "%s", head);
	nl_dump_line(p, "    ");
	for (i = 0; i < n; i++) {
		if (ids[i] < 0)
			nl_dump(p, "%s%18s", i ? " " : "",
				octets(link->l_stats[-ids[i]], buf,
				       sizeof(buf)));
		else
			nl_dump(p, "%s%18" PRIu64, i ? " " : "",
				link->l_stats[ids[i]]);
	}
	nl_dump(p, "\n");
}

static void inet6_dump_stats(struct rtnl_link *link, struct nl_dump_params *p,
			     void *data)
{
	static const struct {
		const char *head;
		int ids[5];
		unsigned int n;
	} rows[] = {
		{ "    IPv6:       InPkts           InOctets         InDiscards         InDelivers\n",
		  { RTNL_LINK_IP6_INPKTS, -RTNL_LINK_IP6_INOCTETS,
		    RTNL_LINK_IP6_INDISCARDS, RTNL_LINK_IP6_INDELIVERS }, 4 },
		{ "               OutPkts          OutOctets        OutDiscards        OutForwards\n",
		  { RTNL_LINK_IP6_OUTPKTS, -RTNL_LINK_IP6_OUTOCTETS,
		    RTNL_LINK_IP6_OUTDISCARDS,
		    RTNL_LINK_IP6_OUTFORWDATAGRAMS }, 4 },
		{ "           InMcastPkts      InMcastOctets        InBcastPkts     InBcastOctests\n",
		  { RTNL_LINK_IP6_INMCASTPKTS, -RTNL_LINK_IP6_INMCASTOCTETS,
		    RTNL_LINK_IP6_INBCASTPKTS, -RTNL_LINK_IP6_INBCASTOCTETS },
		  4 },
		{ "          OutMcastPkts     OutMcastOctets       OutBcastPkts    OutBcastOctests\n",
		  { RTNL_LINK_IP6_OUTMCASTPKTS, -RTNL_LINK_IP6_OUTMCASTOCTETS,
		    RTNL_LINK_IP6_OUTBCASTPKTS,
		    -RTNL_LINK_IP6_OUTBCASTOCTETS }, 4 },
		{ "              ReasmOKs         ReasmFails         ReasmReqds       ReasmTimeout\n",
		  { RTNL_LINK_IP6_REASMOKS, RTNL_LINK_IP6_REASMFAILS,
		    RTNL_LINK_IP6_REASMREQDS, RTNL_LINK_IP6_REASMTIMEOUT }, 4 },
		{ "               FragOKs          FragFails        FragCreates\n",
		  { RTNL_LINK_IP6_FRAGOKS, RTNL_LINK_IP6_FRAGFAILS,
		    RTNL_LINK_IP6_FRAGCREATES }, 3 },
		{ "           InHdrErrors      InTooBigErrors        InNoRoutes       InAddrErrors\n",
		  { RTNL_LINK_IP6_INHDRERRORS, RTNL_LINK_IP6_INTOOBIGERRORS,
		    RTNL_LINK_IP6_INNOROUTES, RTNL_LINK_IP6_INADDRERRORS }, 4 },
		{ "       InUnknownProtos     InTruncatedPkts       OutNoRoutes       InCsumErrors\n",
		  { RTNL_LINK_IP6_INUNKNOWNPROTOS,
		    RTNL_LINK_IP6_INTRUNCATEDPKTS, RTNL_LINK_IP6_OUTNOROUTES,
		    RTNL_LINK_IP6_CSUMERRORS }, 4 },
		{ "           InNoECTPkts          InECT1Pkts        InECT0Pkts           InCEPkts\n",
		  { RTNL_LINK_IP6_NOECTPKTS, RTNL_LINK_IP6_ECT1PKTS,
		    RTNL_LINK_IP6_ECT0PKTS, RTNL_LINK_IP6_CEPKTS }, 4 },
		{ "    ICMPv6:     InMsgs           InErrors            OutMsgs          OutErrors       InCsumErrors\n",
		  { RTNL_LINK_ICMP6_INMSGS, RTNL_LINK_ICMP6_INERRORS,
		    RTNL_LINK_ICMP6_OUTMSGS, RTNL_LINK_ICMP6_OUTERRORS,
		    RTNL_LINK_ICMP6_CSUMERRORS }, 5 },
	};
	unsigned int i;

	(void)data;
	for (i = 0; i < ARRAY_SIZE(rows); i++)
		dump_row(p, link, rows[i].head, rows[i].ids, rows[i].n);
}

static int inet6_compare(struct rtnl_link *a, struct rtnl_link *b, int family,
			 uint32_t attrs, int flags)
{
	struct inet6_data *x = a->l_af_data[family], *y = b->l_af_data[family];

	(void)attrs;
	(void)flags;
	if (!x || !y)
		return x != y;
	return x->have != y->have || x->flags != y->flags ||
	       x->addr_gen_mode != y->addr_gen_mode ||
	       memcmp(&x->token, &y->token, sizeof(x->token)) ||
	       x->n != y->n || memcmp(x->conf, y->conf, x->n * 4);
}

static struct rtnl_link_af_ops inet6_ops = {
	.ao_family = AF_INET6,
	.ao_alloc = inet6_alloc,
	.ao_clone = inet6_clone,
	.ao_free = inet6_free,
	/* links dumped in the AF_INET6 family carry the same attributes in
	 * IFLA_PROTINFO */
	.ao_parse_protinfo = inet6_parse_af,
	.ao_parse_af = inet6_parse_af,
	.ao_fill_af = inet6_fill_af,
	.ao_dump[NL_DUMP_DETAILS] = inet6_dump_details,
	.ao_dump[NL_DUMP_STATS] = inet6_dump_stats,
	.ao_compare = inet6_compare,
};

static struct inet6_data *i6_get(struct rtnl_link *link, uint32_t what)
{
	struct inet6_data *i6 = rtnl_link_af_data(link, &inet6_ops);

	return (i6 && (i6->have & what)) ? i6 : NULL;
}

/* The IPv6 data of link that hold what: 0, -NLE_NOATTR without IPv6
 * data, or err when they lack what (upstream's codes differ per value). */
static int i6_need(struct rtnl_link *link, uint32_t what, int err,
		   struct inet6_data **out)
{
	*out = rtnl_link_af_data(link, &inet6_ops);
	if (!*out)
		return -NLE_NOATTR;
	return ((*out)->have & what) ? 0 : err;
}

/**
 * IPv6 token of link as a new address (the caller owns it).
 * @return 0, -NLE_NOATTR without IPv6 data, -NLE_NOADDR without a token,
 * -NLE_NOMEM.
 */
int rtnl_link_inet6_get_token(struct rtnl_link *link, struct nl_addr **addr)
{
	struct inet6_data *i6;
	int err = i6_need(link, I6_HAVE_TOKEN, -NLE_NOADDR, &i6);

	if (err)
		return err;
	*addr = nl_addr_build(AF_INET6, &i6->token, sizeof(i6->token));
	if (!*addr)
		return -NLE_NOMEM;
	nl_addr_set_prefixlen(*addr, 64);
	return 0;
}

/**
 * Set the IPv6 token of link (sent by rtnl_link_change()).
 * @return 0, -NLE_INVAL unless addr is an IPv6 address, -NLE_NOMEM.
 */
int rtnl_link_inet6_set_token(struct rtnl_link *link, struct nl_addr *addr)
{
	struct inet6_data *i6;

	if (!addr || nl_addr_get_family(addr) != AF_INET6 ||
	    nl_addr_get_len(addr) != sizeof(i6->token))
		return -NLE_INVAL;
	if (!(i6 = rtnl_link_af_alloc(link, &inet6_ops)))
		return -NLE_NOMEM;
	memcpy(&i6->token, nl_addr_get_binary_addr(addr), sizeof(i6->token));
	i6->have |= I6_HAVE_TOKEN;
	return 0;
}

/**
 * IPv6 address generation mode of link.
 * @return 0 with *mode set, -NLE_NOATTR without IPv6 data, -NLE_INVAL when
 * they lack the mode.
 */
int rtnl_link_inet6_get_addr_gen_mode(struct rtnl_link *link, uint8_t *mode)
{
	struct inet6_data *i6;
	int err = i6_need(link, I6_HAVE_AGM, -NLE_INVAL, &i6);

	if (err)
		return err;
	*mode = i6->addr_gen_mode;
	return 0;
}

/**
 * Set the IPv6 address generation mode (IN6_ADDR_GEN_MODE_*) of link.
 * @return 0 or -NLE_NOMEM.
 */
int rtnl_link_inet6_set_addr_gen_mode(struct rtnl_link *link, uint8_t mode)
{
	struct inet6_data *i6 = rtnl_link_af_alloc(link, &inet6_ops);

	if (!i6)
		return -NLE_NOMEM;
	i6->addr_gen_mode = mode;
	i6->have |= I6_HAVE_AGM;
	return 0;
}

/**
 * IPv6 interface flags of link.
 * @return 0 with *flags set (0 when the IPv6 data hold none), -NLE_NOATTR
 * without IPv6 data.
 */
int rtnl_link_inet6_get_flags(struct rtnl_link *link, uint32_t *flags)
{
	struct inet6_data *i6;
	int err = i6_need(link, 0, 0, &i6);

	if (err)
		return err;
	*flags = (i6->have & I6_HAVE_FLAGS) ? i6->flags : 0;
	return 0;
}

/**
 * Set the IPv6 interface flags of link (kept in the object; the kernel
 * does not take them in requests).
 * @return 0 or -NLE_NOMEM.
 */
int rtnl_link_inet6_set_flags(struct rtnl_link *link, uint32_t flags)
{
	struct inet6_data *i6 = rtnl_link_af_alloc(link, &inet6_ops);

	if (!i6)
		return -NLE_NOMEM;
	i6->flags = flags;
	i6->have |= I6_HAVE_FLAGS;
	return 0;
}

/**
 * IPv6 devconf value cfgid (DEVCONF_*) of link.
 * @return 0 with *res set, -NLE_NOATTR when the link has no devconf,
 *         -NLE_RANGE for an id the kernel did not report.
 */
int rtnl_link_inet6_get_conf(struct rtnl_link *link, unsigned int cfgid,
			     uint32_t *res)
{
	struct inet6_data *i6 = i6_get(link, I6_HAVE_CONF);

	if (!i6)
		return -NLE_NOATTR;
	if (cfgid >= i6->n)
		return -NLE_RANGE;
	*res = i6->conf[cfgid];
	return 0;
}

static void __attribute__((constructor)) inet6_init(void)
{
	rtnl_link_af_register(&inet6_ops);
}

static void __attribute__((destructor)) inet6_exit(void)
{
	rtnl_link_af_unregister(&inet6_ops);
}
