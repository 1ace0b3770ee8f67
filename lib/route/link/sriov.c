/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * SR-IOV virtual functions of links: IFLA_VFINFO_LIST parsed into VF
 * objects, VF settings put back into requests, accessors and names.
 */

#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <linux/if_link.h>
#include <linux/if_ether.h>

#include "nl-private/core.h"
#include "nl-private/link-api.h"
#include "nl-private/linkcore.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/utils.h>
#include <netlink/route/link.h>
#include <netlink/route/link/sriov.h>

/* What a VF holds (vf_mask) */
#define VF_HAVE_INDEX		0x0001
#define VF_HAVE_ADDR		0x0002
#define VF_HAVE_VLANS		0x0004
#define VF_HAVE_TX_RATE		0x0008
#define VF_HAVE_RATE		0x0010
#define VF_HAVE_SPOOFCHK	0x0020
#define VF_HAVE_LINK_STATE	0x0040
#define VF_HAVE_RSS_QUERY_EN	0x0080
#define VF_HAVE_STATS		0x0100
#define VF_HAVE_TRUST		0x0200
#define VF_HAVE_IB_NODE_GUID	0x0400
#define VF_HAVE_IB_PORT_GUID	0x0800

/* A VF; a link's list is a head VF that only holds the array. */
struct rtnl_link_vf {
	int vf_refcnt;
	uint32_t vf_mask;
	uint32_t vf_index;
	struct nl_addr *vf_addr;
	nl_vf_vlans_t *vf_vlans;
	uint32_t vf_rate;	/* IFLA_VF_TX_RATE */
	uint32_t vf_min_rate;
	uint32_t vf_max_rate;
	uint32_t vf_spoofchk;
	uint32_t vf_linkstate;
	uint32_t vf_rss_query_en;
	uint32_t vf_trust;
	uint64_t vf_node_guid;
	uint64_t vf_port_guid;
	uint64_t vf_stats[RTNL_LINK_VF_STATS_MAX + 1];

	/* list head only */
	struct rtnl_link_vf **vf_arr;
	unsigned int vf_n;
};

/** Allocate an empty VF (one reference); NULL when out of memory. */
struct rtnl_link_vf *rtnl_link_vf_alloc(void)
{
	struct rtnl_link_vf *vf = calloc(1, sizeof(*vf));

	if (vf)
		vf->vf_refcnt = 1;
	return vf;
}

/** Free vf and what it holds, whatever its references. */
void rtnl_link_vf_free(struct rtnl_link_vf *vf)
{
	if (!vf)
		return;
	nl_addr_put(vf->vf_addr);
	rtnl_link_vf_vlan_put(vf->vf_vlans);
	free(vf->vf_arr);
	free(vf);
}

/** Drop a reference on vf; frees it with the last. */
void rtnl_link_vf_put(struct rtnl_link_vf *vf)
{
	if (!vf)
		return;
	if (--vf->vf_refcnt <= 0)
		rtnl_link_vf_free(vf);
}

static int list_append(struct rtnl_link *link, struct rtnl_link_vf *vf)
{
	struct rtnl_link_vf *head = link->l_vf_list;
	struct rtnl_link_vf **arr;

	if (!head) {
		if (!(head = rtnl_link_vf_alloc()))
			return -NLE_NOMEM;
		link->l_vf_list = head;
	}
	arr = realloc(head->vf_arr, (head->vf_n + 1) * sizeof(*arr));
	if (!arr)
		return -NLE_NOMEM;
	head->vf_arr = arr;
	arr[head->vf_n++] = vf;
	return 0;
}

/**
 * Add vf to the VF list of link (link takes a reference).
 * @return 0, -NLE_OBJ_NOTFOUND without link or vf, -NLE_NOMEM.
 */
int rtnl_link_vf_add(struct rtnl_link *link, struct rtnl_link_vf *vf)
{
	int err;

	if (!link || !vf)
		return -NLE_OBJ_NOTFOUND;
	if ((err = list_append(link, vf)) < 0)
		return err;
	vf->vf_refcnt++;
	link->ce_mask |= LINK_ATTR_VF_LIST;
	return 0;
}

/**
 * The VF with index vf_num of link, with a new reference
 * (rtnl_link_vf_put() it), or NULL.
 */
struct rtnl_link_vf *rtnl_link_vf_get(struct rtnl_link *link, uint32_t vf_num)
{
	struct rtnl_link_vf *head = link ? link->l_vf_list : NULL;
	unsigned int i;

	if (!head)
		return NULL;
	for (i = 0; i < head->vf_n; i++) {
		if (head->vf_arr[i]->vf_index == vf_num) {
			head->vf_arr[i]->vf_refcnt++;
			return head->vf_arr[i];
		}
	}
	return NULL;
}

static void vf_list_free(struct rtnl_link *link)
{
	struct rtnl_link_vf *head = link->l_vf_list;
	unsigned int i;

	if (!head)
		return;
	for (i = 0; i < head->vf_n; i++)
		rtnl_link_vf_put(head->vf_arr[i]);
	rtnl_link_vf_free(head);
	link->l_vf_list = NULL;
}

/* A deep copy of one VF (vlans are shared by reference). */
static struct rtnl_link_vf *vf_copy(const struct rtnl_link_vf *src)
{
	struct rtnl_link_vf *vf = rtnl_link_vf_alloc();

	if (!vf)
		return NULL;
	memcpy(vf, src, sizeof(*vf));
	vf->vf_refcnt = 1;
	vf->vf_arr = NULL;
	vf->vf_n = 0;
	vf->vf_addr = NULL;
	if (src->vf_addr && !(vf->vf_addr = nl_addr_clone(src->vf_addr))) {
		vf->vf_vlans = NULL;
		rtnl_link_vf_free(vf);
		return NULL;
	}
	if (vf->vf_vlans)
		vf->vf_vlans->ce_refcnt++;
	return vf;
}

static int vf_list_clone(struct rtnl_link *dst, struct rtnl_link *src)
{
	struct rtnl_link_vf *head = src->l_vf_list;
	unsigned int i;
	int err;

	dst->l_vf_list = NULL;
	for (i = 0; head && i < head->vf_n; i++) {
		struct rtnl_link_vf *vf = vf_copy(head->vf_arr[i]);

		if (!vf)
			return -NLE_NOMEM;
		if ((err = list_append(dst, vf)) < 0) {
			rtnl_link_vf_put(vf);
			return err;
		}
	}
	return 0;
}

static int vf_differ(const struct rtnl_link_vf *a, const struct rtnl_link_vf *b)
{
	if (a->vf_mask != b->vf_mask || a->vf_index != b->vf_index ||
	    a->vf_rate != b->vf_rate || a->vf_min_rate != b->vf_min_rate ||
	    a->vf_max_rate != b->vf_max_rate ||
	    a->vf_spoofchk != b->vf_spoofchk ||
	    a->vf_linkstate != b->vf_linkstate ||
	    a->vf_rss_query_en != b->vf_rss_query_en ||
	    a->vf_trust != b->vf_trust ||
	    a->vf_node_guid != b->vf_node_guid ||
	    a->vf_port_guid != b->vf_port_guid)
		return 1;
	if ((a->vf_addr || b->vf_addr) &&
	    (!a->vf_addr || !b->vf_addr || nl_addr_cmp(a->vf_addr, b->vf_addr)))
		return 1;
	if ((a->vf_vlans == NULL) != (b->vf_vlans == NULL))
		return 1;
	if (a->vf_vlans &&
	    (a->vf_vlans->size != b->vf_vlans->size ||
	     memcmp(a->vf_vlans->vlans, b->vf_vlans->vlans,
		    (size_t)a->vf_vlans->size * sizeof(nl_vf_vlan_info_t))))
		return 1;
	return 0;
}

static int vf_list_differ(struct rtnl_link *a, struct rtnl_link *b)
{
	struct rtnl_link_vf *x = a->l_vf_list, *y = b->l_vf_list;
	unsigned int i;

	if (!x || !y)
		return x != y;
	if (x->vf_n != y->vf_n)
		return 1;
	for (i = 0; i < x->vf_n; i++)
		if (vf_differ(x->vf_arr[i], y->vf_arr[i]))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

static const struct nla_policy vf_policy[IFLA_VF_MAX + 1] = {
	[IFLA_VF_MAC] = { .minlen = sizeof(struct ifla_vf_mac) },
	[IFLA_VF_VLAN] = { .minlen = sizeof(struct ifla_vf_vlan) },
	[IFLA_VF_VLAN_LIST] = { .type = NLA_NESTED },
	[IFLA_VF_TX_RATE] = { .minlen = sizeof(struct ifla_vf_tx_rate) },
	[IFLA_VF_SPOOFCHK] = { .minlen = sizeof(struct ifla_vf_spoofchk) },
	[IFLA_VF_LINK_STATE] = { .minlen = sizeof(struct ifla_vf_link_state) },
	[IFLA_VF_RATE] = { .minlen = sizeof(struct ifla_vf_rate) },
	[IFLA_VF_RSS_QUERY_EN] = { .minlen = sizeof(struct ifla_vf_rss_query_en) },
	[IFLA_VF_STATS] = { .type = NLA_NESTED },
	[IFLA_VF_TRUST] = { .minlen = sizeof(struct ifla_vf_trust) },
	[IFLA_VF_IB_NODE_GUID] = { .minlen = sizeof(struct ifla_vf_guid) },
	[IFLA_VF_IB_PORT_GUID] = { .minlen = sizeof(struct ifla_vf_guid) },
};

/* Kernel IFLA_VF_STATS_* -> rtnl_link_vf_stats_t */
static const int vf_stat_attr[RTNL_LINK_VF_STATS_MAX + 1] = {
	[RTNL_LINK_VF_STATS_RX_PACKETS] = IFLA_VF_STATS_RX_PACKETS,
	[RTNL_LINK_VF_STATS_TX_PACKETS] = IFLA_VF_STATS_TX_PACKETS,
	[RTNL_LINK_VF_STATS_RX_BYTES] = IFLA_VF_STATS_RX_BYTES,
	[RTNL_LINK_VF_STATS_TX_BYTES] = IFLA_VF_STATS_TX_BYTES,
	[RTNL_LINK_VF_STATS_BROADCAST] = IFLA_VF_STATS_BROADCAST,
	[RTNL_LINK_VF_STATS_MULTICAST] = IFLA_VF_STATS_MULTICAST,
};

static int parse_vlan_list(struct rtnl_link_vf *vf, struct nlattr *list)
{
	struct nlattr *a;
	int rem, n = 0, err;

	nla_for_each_nested(a, list, rem)
		if (nla_type(a) == IFLA_VF_VLAN_INFO &&
		    nla_len(a) >= (int)sizeof(struct ifla_vf_vlan_info))
			n++;
	if (!n)
		return 0;
	rtnl_link_vf_vlan_put(vf->vf_vlans);
	vf->vf_vlans = NULL;
	if ((err = rtnl_link_vf_vlan_alloc(&vf->vf_vlans, n)) < 0)
		return err;
	n = 0;
	nla_for_each_nested(a, list, rem) {
		struct ifla_vf_vlan_info vi;

		if (nla_type(a) != IFLA_VF_VLAN_INFO ||
		    nla_len(a) < (int)sizeof(vi))
			continue;
		memcpy(&vi, nla_data(a), sizeof(vi));
		vf->vf_vlans->vlans[n].vf_vlan = vi.vlan;
		vf->vf_vlans->vlans[n].vf_vlan_qos = vi.qos;
		vf->vf_vlans->vlans[n].vf_vlan_proto = ntohs(vi.vlan_proto);
		n++;
	}
	vf->vf_mask |= VF_HAVE_VLANS;
	return 0;
}

static int parse_one(struct rtnl_link *link, struct rtnl_link_vf *vf,
		     struct nlattr *info)
{
	struct nlattr *tb[IFLA_VF_MAX + 1];
	int err;

	err = nla_parse_nested(tb, IFLA_VF_MAX, info,
			       (struct nla_policy *)vf_policy);
	if (err < 0)
		return err;

	if (tb[IFLA_VF_MAC]) {
		struct ifla_vf_mac m;
		unsigned int alen = ETH_ALEN;

		memcpy(&m, nla_data(tb[IFLA_VF_MAC]), sizeof(m));
		if (link->l_addr && nl_addr_get_len(link->l_addr) > 0 &&
		    nl_addr_get_len(link->l_addr) <= sizeof(m.mac))
			alen = nl_addr_get_len(link->l_addr);
		vf->vf_index = m.vf;
		vf->vf_mask |= VF_HAVE_INDEX;
		nl_addr_put(vf->vf_addr);
		vf->vf_addr = nl_addr_build(AF_LLC, m.mac, alen);
		if (!vf->vf_addr)
			return -NLE_NOMEM;
		vf->vf_mask |= VF_HAVE_ADDR;
	}
	if (tb[IFLA_VF_VLAN_LIST]) {
		if ((err = parse_vlan_list(vf, tb[IFLA_VF_VLAN_LIST])) < 0)
			return err;
	} else if (tb[IFLA_VF_VLAN]) {
		struct ifla_vf_vlan v;

		memcpy(&v, nla_data(tb[IFLA_VF_VLAN]), sizeof(v));
		if (v.vlan) {
			if ((err = rtnl_link_vf_vlan_alloc(&vf->vf_vlans, 1)) < 0)
				return err;
			vf->vf_vlans->vlans[0].vf_vlan = v.vlan;
			vf->vf_vlans->vlans[0].vf_vlan_qos = v.qos;
			vf->vf_vlans->vlans[0].vf_vlan_proto = ETH_P_8021Q;
			vf->vf_mask |= VF_HAVE_VLANS;
		}
	}
	if (tb[IFLA_VF_TX_RATE]) {
		struct ifla_vf_tx_rate r;

		memcpy(&r, nla_data(tb[IFLA_VF_TX_RATE]), sizeof(r));
		vf->vf_rate = r.rate;
		vf->vf_mask |= VF_HAVE_TX_RATE;
	}
	if (tb[IFLA_VF_RATE]) {
		struct ifla_vf_rate r;

		memcpy(&r, nla_data(tb[IFLA_VF_RATE]), sizeof(r));
		vf->vf_min_rate = r.min_tx_rate;
		vf->vf_max_rate = r.max_tx_rate;
		vf->vf_mask |= VF_HAVE_RATE;
	}
#define VF_SETTING(ATTR, STRUCT, MEMBER, FIELD, BIT)                          \
	if (tb[ATTR]) {                                                        \
		struct STRUCT s;                                               \
		memcpy(&s, nla_data(tb[ATTR]), sizeof(s));                     \
		vf->MEMBER = s.FIELD;                                          \
		vf->vf_mask |= (BIT);                                          \
	}
	VF_SETTING(IFLA_VF_SPOOFCHK, ifla_vf_spoofchk, vf_spoofchk, setting,
		   VF_HAVE_SPOOFCHK)
	VF_SETTING(IFLA_VF_LINK_STATE, ifla_vf_link_state, vf_linkstate,
		   link_state, VF_HAVE_LINK_STATE)
	VF_SETTING(IFLA_VF_RSS_QUERY_EN, ifla_vf_rss_query_en,
		   vf_rss_query_en, setting, VF_HAVE_RSS_QUERY_EN)
	VF_SETTING(IFLA_VF_TRUST, ifla_vf_trust, vf_trust, setting,
		   VF_HAVE_TRUST)
	VF_SETTING(IFLA_VF_IB_NODE_GUID, ifla_vf_guid, vf_node_guid, guid,
		   VF_HAVE_IB_NODE_GUID)
	VF_SETTING(IFLA_VF_IB_PORT_GUID, ifla_vf_guid, vf_port_guid, guid,
		   VF_HAVE_IB_PORT_GUID)
#undef VF_SETTING
	if (tb[IFLA_VF_STATS]) {
		struct nlattr *st[IFLA_VF_STATS_MAX + 1];
		unsigned int i;

		err = nla_parse_nested(st, IFLA_VF_STATS_MAX,
				       tb[IFLA_VF_STATS], NULL);
		if (err < 0)
			return err;
		for (i = 0; i <= RTNL_LINK_VF_STATS_MAX; i++) {
			struct nlattr *s = st[vf_stat_attr[i]];

			if (s && nla_len(s) >= 8)
				vf->vf_stats[i] = nla_get_u64(s);
		}
		vf->vf_mask |= VF_HAVE_STATS;
	}
	return 0;
}

static int vf_list_parse(struct rtnl_link *link, struct nlattr *list)
{
	struct nlattr *info;
	int rem, err;

	vf_list_free(link);
	nla_for_each_nested(info, list, rem) {
		struct rtnl_link_vf *vf;

		if (nla_type(info) != IFLA_VF_INFO)
			continue;
		if (!(vf = rtnl_link_vf_alloc()))
			return -NLE_NOMEM;
		err = parse_one(link, vf, info);
		if (err >= 0)
			err = list_append(link, vf);
		if (err < 0) {
			rtnl_link_vf_put(vf);
			return err;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

/* An 802.1Q VLAN (or one of no protocol) goes out alone, in the old
 * IFLA_VF_VLAN, as upstream sends it; others as IFLA_VF_VLAN_LIST with
 * the protocol in network byte order, as the kernel reads it. */
static int fill_vlans(struct nl_msg *msg, struct rtnl_link_vf *vf)
{
	const nl_vf_vlans_t *vl = vf->vf_vlans;
	uint16_t proto = vl->vlans[0].vf_vlan_proto;
	struct nlattr *list;
	int i;

	if (!proto || proto == ETH_P_8021Q) {
		struct ifla_vf_vlan v;

		memset(&v, 0, sizeof(v));
		v.vf = vf->vf_index;
		v.vlan = vl->vlans[0].vf_vlan;
		v.qos = vl->vlans[0].vf_vlan_qos;
		return nla_put(msg, IFLA_VF_VLAN, sizeof(v), &v) < 0 ?
			       -NLE_MSGSIZE : 0;
	}
	if (!(list = nla_nest_start(msg, IFLA_VF_VLAN_LIST)))
		return -NLE_MSGSIZE;
	for (i = 0; i < vl->size; i++) {
		struct ifla_vf_vlan_info vi;

		memset(&vi, 0, sizeof(vi));
		vi.vf = vf->vf_index;
		vi.vlan = vl->vlans[i].vf_vlan;
		vi.qos = vl->vlans[i].vf_vlan_qos;
		vi.vlan_proto = htons(vl->vlans[i].vf_vlan_proto ?
				      vl->vlans[i].vf_vlan_proto : ETH_P_8021Q);
		if (nla_put(msg, IFLA_VF_VLAN_INFO, sizeof(vi), &vi) < 0)
			return -NLE_MSGSIZE;
	}
	nla_nest_end(msg, list);
	return 0;
}

static int fill_one(struct nl_msg *msg, struct rtnl_link_vf *vf)
{
	struct nlattr *info;
	uint32_t idx = vf->vf_index;
	int err;

	if (!(vf->vf_mask & VF_HAVE_INDEX))
		return 0;
	if (!(info = nla_nest_start(msg, IFLA_VF_INFO)))
		return -NLE_MSGSIZE;
	if (vf->vf_mask & VF_HAVE_ADDR) {
		struct ifla_vf_mac m = { .vf = idx };
		unsigned int len = nl_addr_get_len(vf->vf_addr);

		if (len > sizeof(m.mac))
			len = sizeof(m.mac);
		memcpy(m.mac, nl_addr_get_binary_addr(vf->vf_addr), len);
		if (nla_put(msg, IFLA_VF_MAC, sizeof(m), &m) < 0)
			return -NLE_MSGSIZE;
	}
	if ((vf->vf_mask & VF_HAVE_VLANS) && vf->vf_vlans &&
	    vf->vf_vlans->size > 0 && (err = fill_vlans(msg, vf)) < 0)
		return err;
	if (vf->vf_mask & VF_HAVE_TX_RATE) {
		struct ifla_vf_tx_rate r = { .vf = idx, .rate = vf->vf_rate };

		if (nla_put(msg, IFLA_VF_TX_RATE, sizeof(r), &r) < 0)
			return -NLE_MSGSIZE;
	}
	if (vf->vf_mask & VF_HAVE_RATE) {
		struct ifla_vf_rate r = { .vf = idx,
					  .min_tx_rate = vf->vf_min_rate,
					  .max_tx_rate = vf->vf_max_rate };

		if (nla_put(msg, IFLA_VF_RATE, sizeof(r), &r) < 0)
			return -NLE_MSGSIZE;
	}
/* memset: the padding of some of these structures goes out too */
#define VF_PUT(BIT, ATTR, STRUCT, FIELD, MEMBER)                               \
	if (vf->vf_mask & (BIT)) {                                             \
		struct STRUCT s;                                               \
		memset(&s, 0, sizeof(s));                                      \
		s.vf = idx;                                                    \
		s.FIELD = vf->MEMBER;                                          \
		if (nla_put(msg, ATTR, sizeof(s), &s) < 0)                     \
			return -NLE_MSGSIZE;                                   \
	}
	VF_PUT(VF_HAVE_SPOOFCHK, IFLA_VF_SPOOFCHK, ifla_vf_spoofchk, setting,
	       vf_spoofchk)
	VF_PUT(VF_HAVE_LINK_STATE, IFLA_VF_LINK_STATE, ifla_vf_link_state,
	       link_state, vf_linkstate)
	VF_PUT(VF_HAVE_RSS_QUERY_EN, IFLA_VF_RSS_QUERY_EN,
	       ifla_vf_rss_query_en, setting, vf_rss_query_en)
	VF_PUT(VF_HAVE_TRUST, IFLA_VF_TRUST, ifla_vf_trust, setting, vf_trust)
	VF_PUT(VF_HAVE_IB_NODE_GUID, IFLA_VF_IB_NODE_GUID, ifla_vf_guid, guid,
	       vf_node_guid)
	VF_PUT(VF_HAVE_IB_PORT_GUID, IFLA_VF_IB_PORT_GUID, ifla_vf_guid, guid,
	       vf_port_guid)
#undef VF_PUT
	nla_nest_end(msg, info);
	return 0;
}

static int vf_list_fill(struct nl_msg *msg, struct rtnl_link *link)
{
	struct rtnl_link_vf *head = link->l_vf_list;
	struct nlattr *list;
	unsigned int i;
	int err;

	if (!head || !head->vf_n)
		return 0;
	if (!(list = nla_nest_start(msg, IFLA_VFINFO_LIST)))
		return -NLE_MSGSIZE;
	for (i = 0; i < head->vf_n; i++)
		if ((err = fill_one(msg, head->vf_arr[i])) < 0)
			return err;
	nla_nest_end(msg, list);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Dump                                                                 */

static void vf_dump(struct rtnl_link *link, struct nl_dump_params *p,
		    enum nl_dump_type t)
{
	struct rtnl_link_vf *head = link->l_vf_list;
	char buf[64];
	unsigned int i;
	int j;

	if (!head || !head->vf_n)
		return;
	if (t == NL_DUMP_DETAILS)
		nl_dump_line(p, "    SRIOV VF List\n");
	for (i = 0; i < head->vf_n; i++) {
		struct rtnl_link_vf *vf = head->vf_arr[i];

		if (t == NL_DUMP_STATS) {
			if (!(vf->vf_mask & VF_HAVE_STATS))
				continue;
			nl_dump_line(p, "    VF %u RX packets %" PRIu64
					" bytes %" PRIu64 " broadcast %" PRIu64
					" multicast %" PRIu64 "\n",
				     vf->vf_index,
				     vf->vf_stats[RTNL_LINK_VF_STATS_RX_PACKETS],
				     vf->vf_stats[RTNL_LINK_VF_STATS_RX_BYTES],
				     vf->vf_stats[RTNL_LINK_VF_STATS_BROADCAST],
				     vf->vf_stats[RTNL_LINK_VF_STATS_MULTICAST]);
			nl_dump_line(p, "         TX packets %" PRIu64
					" bytes %" PRIu64 "\n",
				     vf->vf_stats[RTNL_LINK_VF_STATS_TX_PACKETS],
				     vf->vf_stats[RTNL_LINK_VF_STATS_TX_BYTES]);
			continue;
		}
		nl_dump_line(p, "      VF %u", vf->vf_index);
		if (vf->vf_addr)
			nl_dump(p, " mac %s",
				nl_addr2str(vf->vf_addr, buf, sizeof(buf)));
		if (vf->vf_mask & VF_HAVE_LINK_STATE)
			nl_dump(p, " link-state %s",
				rtnl_link_vf_linkstate2str(vf->vf_linkstate,
							   buf, sizeof(buf)));
		if (vf->vf_mask & VF_HAVE_SPOOFCHK)
			nl_dump(p, " spoofchk %s", vf->vf_spoofchk ? "on" : "off");
		if (vf->vf_mask & VF_HAVE_TRUST)
			nl_dump(p, " trust %s", vf->vf_trust ? "on" : "off");
		if (vf->vf_mask & VF_HAVE_RSS_QUERY_EN)
			nl_dump(p, " rss-query %s",
				vf->vf_rss_query_en ? "on" : "off");
		if (vf->vf_mask & VF_HAVE_TX_RATE)
			nl_dump(p, " rate %u", vf->vf_rate);
		if (vf->vf_mask & VF_HAVE_RATE)
			nl_dump(p, " min-rate %u max-rate %u", vf->vf_min_rate,
				vf->vf_max_rate);
		nl_dump(p, "\n");
		for (j = 0; vf->vf_vlans && j < vf->vf_vlans->size; j++) {
			const nl_vf_vlan_info_t *v = &vf->vf_vlans->vlans[j];

			nl_dump_line(p, "        vlan %u qos %u proto %s\n",
				     v->vf_vlan, v->vf_vlan_qos,
				     rtnl_link_vf_vlanproto2str(
					     v->vf_vlan_proto, buf,
					     sizeof(buf)));
		}
	}
}

static const struct _rtnl_link_vf_hooks vf_hooks = {
	.parse = vf_list_parse,
	.clone = vf_list_clone,
	.free = vf_list_free,
	.fill = vf_list_fill,
	.dump = vf_dump,
	.differ = vf_list_differ,
};

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/**
 * Link layer address of vf (owned by vf; nl_addr_get() to keep it).
 * @return 0, -NLE_NOATTR when vf has none.
 */
int rtnl_link_vf_get_addr(struct rtnl_link_vf *vf, struct nl_addr **addr)
{
	if (!vf)
		return -NLE_INVAL;
	if (!vf->vf_addr)
		return -NLE_NOATTR;
	if (!addr)
		return -NLE_INVAL;
	*addr = vf->vf_addr;
	return 0;
}

/** Set the link layer address of vf (vf takes a reference). */
void rtnl_link_vf_set_addr(struct rtnl_link_vf *vf, struct nl_addr *addr)
{
	if (addr)
		nl_addr_get(addr);
	nl_addr_put(vf->vf_addr);
	vf->vf_addr = addr;
	if (addr)
		vf->vf_mask |= VF_HAVE_ADDR;
	else
		vf->vf_mask &= ~VF_HAVE_ADDR;
}

/** Set the InfiniBand node GUID of vf. */
void rtnl_link_vf_set_ib_node_guid(struct rtnl_link_vf *vf, uint64_t guid)
{
	vf->vf_node_guid = guid;
	vf->vf_mask |= VF_HAVE_IB_NODE_GUID;
}

/** Set the InfiniBand port GUID of vf. */
void rtnl_link_vf_set_ib_port_guid(struct rtnl_link_vf *vf, uint64_t guid)
{
	vf->vf_port_guid = guid;
	vf->vf_mask |= VF_HAVE_IB_PORT_GUID;
}

/* uint32_t getter/setter pairs: get returns -NLE_NOATTR when absent. */
#define VF_U32_ACCESSORS(NAME, MEMBER, BIT)                                    \
	int rtnl_link_vf_get_##NAME(struct rtnl_link_vf *vf, uint32_t *v)      \
	{                                                                      \
		if (!vf || !v)                                                 \
			return -NLE_INVAL;                                     \
		if (!(vf->vf_mask & (BIT)))                                    \
			return -NLE_NOATTR;                                    \
		*v = vf->MEMBER;                                               \
		return 0;                                                      \
	}                                                                      \
	void rtnl_link_vf_set_##NAME(struct rtnl_link_vf *vf, uint32_t v)      \
	{                                                                      \
		vf->MEMBER = v;                                                \
		vf->vf_mask |= (BIT);                                          \
	}

VF_U32_ACCESSORS(index, vf_index, VF_HAVE_INDEX)
VF_U32_ACCESSORS(linkstate, vf_linkstate, VF_HAVE_LINK_STATE)
VF_U32_ACCESSORS(rss_query_en, vf_rss_query_en, VF_HAVE_RSS_QUERY_EN)
VF_U32_ACCESSORS(spoofchk, vf_spoofchk, VF_HAVE_SPOOFCHK)
VF_U32_ACCESSORS(trust, vf_trust, VF_HAVE_TRUST)

/**
 * Rate limits of vf.  rate->api picks the form: RTNL_LINK_VF_RATE_API_OLD
 * (rate), _NEW (min/max) or _UNSPEC (the new form when known, else the
 * old one; rate->api tells which was used).
 * @return 0, -NLE_NOATTR when vf has no rate limits, -NLE_INVAL.
 */
int rtnl_link_vf_get_rate(struct rtnl_link_vf *vf, struct nl_vf_rate *rate)
{
	if (!vf || !rate)
		return -NLE_INVAL;
	/* as upstream: absent only when neither form is known; a known vf
	 * answers any form (0 for what it lacks) and ignores unknown ones */
	if (!(vf->vf_mask & (VF_HAVE_RATE | VF_HAVE_TX_RATE)))
		return -NLE_NOATTR;
	if (rate->api == RTNL_LINK_VF_RATE_API_UNSPEC)
		rate->api = (vf->vf_mask & VF_HAVE_RATE) ?
				    RTNL_LINK_VF_RATE_API_NEW :
				    RTNL_LINK_VF_RATE_API_OLD;
	if (rate->api == RTNL_LINK_VF_RATE_API_OLD) {
		rate->rate = (vf->vf_mask & VF_HAVE_TX_RATE) ? vf->vf_rate : 0;
	} else if (rate->api == RTNL_LINK_VF_RATE_API_NEW) {
		int have = !!(vf->vf_mask & VF_HAVE_RATE);

		rate->min_tx_rate = have ? vf->vf_min_rate : 0;
		rate->max_tx_rate = have ? vf->vf_max_rate : 0;
	}
	return 0;
}

/**
 * Set the rate limits of vf in the form rate->api says (_UNSPEC: the old
 * form when rate->rate is set, else the new one).
 */
void rtnl_link_vf_set_rate(struct rtnl_link_vf *vf, struct nl_vf_rate *rate)
{
	int api = rate->api;

	if (api == RTNL_LINK_VF_RATE_API_UNSPEC)
		api = rate->rate ? RTNL_LINK_VF_RATE_API_OLD :
				   RTNL_LINK_VF_RATE_API_NEW;
	if (api == RTNL_LINK_VF_RATE_API_OLD) {
		vf->vf_rate = rate->rate;
		vf->vf_mask |= VF_HAVE_TX_RATE;
	} else if (api == RTNL_LINK_VF_RATE_API_NEW) {
		vf->vf_min_rate = rate->min_tx_rate;
		vf->vf_max_rate = rate->max_tx_rate;
		vf->vf_mask |= VF_HAVE_RATE;
	}
}

/**
 * Counter stat of vf into *data.
 * @return 0, -NLE_NOATTR without counters, -NLE_INVAL for a bad id.
 */
int rtnl_link_vf_get_stat(struct rtnl_link_vf *vf, rtnl_link_vf_stats_t stat,
			  uint64_t *data)
{
	if (!vf || !data || (unsigned int)stat > RTNL_LINK_VF_STATS_MAX)
		return -NLE_INVAL;
	if (!(vf->vf_mask & VF_HAVE_STATS))
		return -NLE_NOATTR;
	*data = vf->vf_stats[stat];
	return 0;
}

/**
 * VLANs of vf (owned by vf).
 * @return 0, -NLE_NOATTR without VLANs.
 */
int rtnl_link_vf_get_vlans(struct rtnl_link_vf *vf, nl_vf_vlans_t **vlans)
{
	if (!vf || !vlans)
		return -NLE_INVAL;
	if (!(vf->vf_mask & VF_HAVE_VLANS) || !vf->vf_vlans)
		return -NLE_NOATTR;
	*vlans = vf->vf_vlans;
	return 0;
}

/** Set the VLANs of vf (vf takes a reference on vlans). */
void rtnl_link_vf_set_vlans(struct rtnl_link_vf *vf, nl_vf_vlans_t *vlans)
{
	if (vlans)
		vlans->ce_refcnt++;
	rtnl_link_vf_vlan_put(vf->vf_vlans);
	vf->vf_vlans = vlans;
	if (vlans)
		vf->vf_mask |= VF_HAVE_VLANS;
	else
		vf->vf_mask &= ~VF_HAVE_VLANS;
}

/* The kernel takes at most this many VLANs per VF (MAX_VLAN_LIST_LEN). */
#define VF_VLANS_MAX 1

/**
 * Allocate a VLAN array of vlan_count zeroed entries (one reference).
 * @return 0, -NLE_INVAL for a count out of 1..1, -NLE_NOMEM.
 */
int rtnl_link_vf_vlan_alloc(nl_vf_vlans_t **vf_vlans, int vlan_count)
{
	nl_vf_vlans_t *v;

	/* an empty array is taken, as upstream takes it */
	if (!vf_vlans || vlan_count < 0 || vlan_count > VF_VLANS_MAX)
		return -NLE_INVAL;
	if (!(v = calloc(1, sizeof(*v))))
		return -NLE_NOMEM;
	v->vlans = calloc((size_t)vlan_count + 1, sizeof(*v->vlans));
	if (!v->vlans) {
		free(v);
		return -NLE_NOMEM;
	}
	v->size = vlan_count;
	v->ce_refcnt = 1;
	*vf_vlans = v;
	return 0;
}

/** Free a VLAN array whatever its references. */
void rtnl_link_vf_vlan_free(nl_vf_vlans_t *vf_vlans)
{
	if (!vf_vlans)
		return;
	free(vf_vlans->vlans);
	free(vf_vlans);
}

/** Drop a reference on a VLAN array; frees it with the last. */
void rtnl_link_vf_vlan_put(nl_vf_vlans_t *vf_vlans)
{
	if (vf_vlans && --vf_vlans->ce_refcnt <= 0)
		rtnl_link_vf_vlan_free(vf_vlans);
}

static const struct trans_tbl vf_link_states[] = {
	{ IFLA_VF_LINK_STATE_AUTO, "autodetect" },
	{ IFLA_VF_LINK_STATE_ENABLE, "up" },
	{ IFLA_VF_LINK_STATE_DISABLE, "down" },
};

/** Name of a VF link state (IFLA_VF_LINK_STATE_*) into buf. */
char *rtnl_link_vf_linkstate2str(uint32_t ls, char *buf, size_t len)
{
	return __type2str(ls, buf, len, vf_link_states,
			  ARRAY_SIZE(vf_link_states));
}

/** VF link state named name, or -NLE_OBJ_NOTFOUND. */
int rtnl_link_vf_str2linkstate(const char *name)
{
	return __str2type(name, vf_link_states, ARRAY_SIZE(vf_link_states));
}

static const struct trans_tbl vf_vlan_protos[] = {
	{ ETH_P_8021Q, "8021Q" },
	{ ETH_P_8021AD, "8021AD" },
};

/** Name of a VLAN protocol ("8021Q", "8021AD") into buf. */
char *rtnl_link_vf_vlanproto2str(uint16_t proto, char *buf, size_t len)
{
	return __type2str(proto, buf, len, vf_vlan_protos,
			  ARRAY_SIZE(vf_vlan_protos));
}

/** VLAN protocol named name, or -NLE_OBJ_NOTFOUND. */
int rtnl_link_vf_str2vlanproto(const char *name)
{
	return __str2type(name, vf_vlan_protos, ARRAY_SIZE(vf_vlan_protos));
}

/**
 * Parse a GUID written as eight colon-separated hex bytes
 * ("01:02:03:04:05:06:07:08", most significant first) into *guid.
 * @return 0, or -1 when guid_s is not of that form.
 */
int rtnl_link_vf_str2guid(uint64_t *guid, const char *guid_s)
{
	uint64_t v = 0;
	const char *s = guid_s;
	int i;

	if (!guid || !guid_s)
		return -1;
	for (i = 0; i < 8; i++) {
		int j, byte = 0;

		for (j = 0; j < 2; j++) {
			char c = *s++;
			int d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				return -1;
			byte = byte * 16 + d;
		}
		v = (v << 8) | (uint64_t)byte;
		if (i < 7 && *s++ != ':')
			return -1;
	}
	if (*s)
		return -1;
	*guid = v;
	return 0;
}

static void __attribute__((constructor)) sriov_init(void)
{
	_rtnl_link_vf_hooks = &vf_hooks;
}
