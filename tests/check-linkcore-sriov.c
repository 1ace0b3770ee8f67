/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * SR-IOV virtual functions without a kernel: IFLA_VFINFO_LIST parsed into
 * VF objects, accessors, VF settings in change requests, names.
 */

#include <string.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_ether.h>

#include "nltest.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/sriov.h>

static void parse_cb(struct nl_object *obj, void *arg)
{
	nl_object_get(obj);
	*(struct nl_object **)arg = obj;
}

/* A PF with two VFs as a kernel reports it. */
static struct nl_msg *pf_msg(void)
{
	struct ifinfomsg ifi = { .ifi_index = 4, .ifi_type = 1 };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	uint8_t mac[6] = { 2, 0, 0, 0, 0, 9 };
	struct nlattr *list, *info, *vl, *st;
	unsigned int i;

	nlmsg_set_proto(msg, NETLINK_ROUTE);
	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put_string(msg, IFLA_IFNAME, "pf0");
	nla_put(msg, IFLA_ADDRESS, 6, mac);
	nla_put_u32(msg, IFLA_NUM_VF, 2);
	list = nla_nest_start(msg, IFLA_VFINFO_LIST);
	for (i = 0; i < 2; i++) {
		struct ifla_vf_mac m = { .vf = i, .mac = { 2, 0, 0, 0, 1, (uint8_t)i } };
		struct ifla_vf_vlan_info v = { .vf = i, .vlan = 100 + i, .qos = i,
					       .vlan_proto = htons(ETH_P_8021AD) };
		struct ifla_vf_tx_rate tr = { .vf = i, .rate = 10 };
		struct ifla_vf_rate r = { .vf = i, .min_tx_rate = 5, .max_tx_rate = 50 };
		struct ifla_vf_spoofchk sc = { .vf = i, .setting = 1 };
		struct ifla_vf_link_state ls = { .vf = i, .link_state = IFLA_VF_LINK_STATE_DISABLE };
		struct ifla_vf_rss_query_en rq = { .vf = i, .setting = 0 };
		struct ifla_vf_trust t = { .vf = i, .setting = i };

		info = nla_nest_start(msg, IFLA_VF_INFO);
		nla_put(msg, IFLA_VF_MAC, sizeof(m), &m);
		vl = nla_nest_start(msg, IFLA_VF_VLAN_LIST);
		nla_put(msg, IFLA_VF_VLAN_INFO, sizeof(v), &v);
		nla_nest_end(msg, vl);
		nla_put(msg, IFLA_VF_TX_RATE, sizeof(tr), &tr);
		nla_put(msg, IFLA_VF_RATE, sizeof(r), &r);
		nla_put(msg, IFLA_VF_SPOOFCHK, sizeof(sc), &sc);
		nla_put(msg, IFLA_VF_LINK_STATE, sizeof(ls), &ls);
		nla_put(msg, IFLA_VF_RSS_QUERY_EN, sizeof(rq), &rq);
		nla_put(msg, IFLA_VF_TRUST, sizeof(t), &t);
		st = nla_nest_start(msg, IFLA_VF_STATS);
		nla_put_u64(msg, IFLA_VF_STATS_RX_PACKETS, 11 + i);
		nla_put_u64(msg, IFLA_VF_STATS_TX_BYTES, 2000);
		nla_put_u64(msg, IFLA_VF_STATS_MULTICAST, 3);
		nla_nest_end(msg, st);
		nla_nest_end(msg, info);
	}
	nla_nest_end(msg, list);
	return msg;
}

static struct rtnl_link *parse(struct nl_msg *msg)
{
	struct nl_object *obj = NULL;

	ck_assert_int_eq(nl_msg_parse(msg, parse_cb, &obj), 0);
	ck_assert_ptr_nonnull(obj);
	return (struct rtnl_link *)obj;
}

START_TEST(vf_parse)
{
	struct nl_msg *msg = pf_msg();
	struct rtnl_link *l = parse(msg), *c;
	struct rtnl_link_vf *vf;
	struct nl_addr *a;
	nl_vf_vlans_t *vl;
	struct nl_vf_rate rate = { .api = RTNL_LINK_VF_RATE_API_UNSPEC };
	uint32_t v;
	uint64_t s;
	char buf[64];

	nlmsg_free(msg);
	{
		static char dbuf[4096];
		struct nl_dump_params p = { .dp_type = NL_DUMP_STATS,
					    .dp_buf = dbuf,
					    .dp_buflen = sizeof(dbuf) };

		nl_object_dump((struct nl_object *)l, &p);
		ck_assert_str_eq(dbuf,
			"pf0 ether 02:00:00:00:00:09 \n"
			"    mtu 0 txqlen 0 weight 0 index 4 \n"
			"    num-vf 2 mode default carrier down\n"
			"    SRIOV VF List\n"
			"      VF 0 mac 02:00:00:00:01:00 link-state down spoofchk on trust off rss-query off rate 10 min-rate 5 max-rate 50\n"
			"        vlan 100 qos 0 proto 8021AD\n"
			"      VF 1 mac 02:00:00:00:01:01 link-state down spoofchk on trust on rss-query off rate 10 min-rate 5 max-rate 50\n"
			"        vlan 101 qos 1 proto 8021AD\n"
			"    Stats:    bytes    packets     errors    dropped   fifo-err compressed\n"
			"     RX      0.00 B          0          0          0          0          0\n"
			"     TX      0.00 B          0          0          0          0          0\n"
			"    Errors:  length       over        crc      frame     missed  multicast\n"
			"     RX           0          0          0          0          0          0\n"
			"            aborted    carrier  heartbeat     window  collision\n"
			"     TX           0          0          0          0          0\n"
			"    VF 0 RX packets 11 bytes 0 broadcast 0 multicast 3\n"
			"         TX packets 0 bytes 2000\n"
			"    VF 1 RX packets 12 bytes 0 broadcast 0 multicast 3\n"
			"         TX packets 0 bytes 2000\n");
	}
	ck_assert_int_eq(rtnl_link_has_vf_list(l), 1);
	ck_assert_int_eq(rtnl_link_get_num_vf(l, &v), 0);
	ck_assert_uint_eq(v, 2);
	ck_assert_ptr_null(rtnl_link_vf_get(l, 7));
	vf = rtnl_link_vf_get(l, 1);
	ck_assert_ptr_nonnull(vf);
	ck_assert_int_eq(rtnl_link_vf_get_index(vf, &v), 0);
	ck_assert_uint_eq(v, 1);
	ck_assert_int_eq(rtnl_link_vf_get_addr(vf, &a), 0);
	ck_assert_str_eq(nl_addr2str(a, buf, sizeof(buf)), "02:00:00:00:01:01");
	ck_assert_int_eq(rtnl_link_vf_get_vlans(vf, &vl), 0);
	ck_assert_int_eq(vl->size, 1);
	ck_assert_uint_eq(vl->vlans[0].vf_vlan, 101);
	ck_assert_uint_eq(vl->vlans[0].vf_vlan_qos, 1);
	ck_assert_uint_eq(vl->vlans[0].vf_vlan_proto, ETH_P_8021AD);
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rate), 0);
	ck_assert_int_eq(rate.api, RTNL_LINK_VF_RATE_API_NEW);
	ck_assert_uint_eq(rate.min_tx_rate, 5);
	ck_assert_uint_eq(rate.max_tx_rate, 50);
	rate.api = RTNL_LINK_VF_RATE_API_OLD;
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rate), 0);
	ck_assert_uint_eq(rate.rate, 10);
	ck_assert_int_eq(rtnl_link_vf_get_spoofchk(vf, &v), 0);
	ck_assert_uint_eq(v, 1);
	ck_assert_int_eq(rtnl_link_vf_get_linkstate(vf, &v), 0);
	ck_assert_uint_eq(v, IFLA_VF_LINK_STATE_DISABLE);
	ck_assert_int_eq(rtnl_link_vf_get_rss_query_en(vf, &v), 0);
	ck_assert_uint_eq(v, 0);
	ck_assert_int_eq(rtnl_link_vf_get_trust(vf, &v), 0);
	ck_assert_uint_eq(v, 1);
	ck_assert_int_eq(rtnl_link_vf_get_stat(vf, RTNL_LINK_VF_STATS_RX_PACKETS, &s), 0);
	ck_assert_uint_eq(s, 12);
	ck_assert_int_eq(rtnl_link_vf_get_stat(vf, RTNL_LINK_VF_STATS_TX_BYTES, &s), 0);
	ck_assert_uint_eq(s, 2000);
	ck_assert_int_eq(rtnl_link_vf_get_stat(vf, RTNL_LINK_VF_STATS_MULTICAST, &s), 0);
	ck_assert_uint_eq(s, 3);
	ck_assert_int_eq(rtnl_link_vf_get_stat(vf, (rtnl_link_vf_stats_t)9, &s),
			 -NLE_INVAL);
	rtnl_link_vf_put(vf);

	c = (struct rtnl_link *)nl_object_clone((struct nl_object *)l);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	vf = rtnl_link_vf_get(c, 0);
	rtnl_link_vf_set_trust(vf, 1);
	rtnl_link_vf_put(vf);
	vf = rtnl_link_vf_get(l, 0);
	ck_assert_int_eq(rtnl_link_vf_get_trust(vf, &v), 0);
	ck_assert_uint_eq(v, 0);
	rtnl_link_vf_put(vf);
	ck_assert_uint_ne(nl_object_diff64((struct nl_object *)l,
					   (struct nl_object *)c), 0);
	rtnl_link_put(c);
	rtnl_link_put(l);
}
END_TEST

START_TEST(vf_request)
{
	struct rtnl_link *orig = rtnl_link_alloc(), *ch = rtnl_link_alloc();
	struct rtnl_link_vf *vf = rtnl_link_vf_alloc();
	struct nlattr *tb[IFLA_MAX + 1], *vt[IFLA_VF_MAX + 1], *info;
	struct nl_vf_rate rate = { .api = RTNL_LINK_VF_RATE_API_NEW,
				   .min_tx_rate = 1, .max_tx_rate = 9 };
	struct nl_addr *mac;
	nl_vf_vlans_t *vl;
	struct nl_msg *msg;
	uint32_t v;

	ck_assert_int_eq(rtnl_link_vf_get_index(vf, &v), -NLE_NOATTR);
	ck_assert_int_eq(rtnl_link_vf_get_rate(vf, &rate), -NLE_NOATTR);
	rtnl_link_vf_set_index(vf, 3);
	ck_assert_int_eq(nl_addr_parse("02:aa:bb:cc:dd:ee", AF_LLC, &mac), 0);
	rtnl_link_vf_set_addr(vf, mac);
	nl_addr_put(mac);
	rtnl_link_vf_set_rate(vf, &rate);
	rtnl_link_vf_set_spoofchk(vf, 0);
	rtnl_link_vf_set_trust(vf, 1);
	rtnl_link_vf_set_linkstate(vf, IFLA_VF_LINK_STATE_ENABLE);
	rtnl_link_vf_set_rss_query_en(vf, 1);
	rtnl_link_vf_set_ib_node_guid(vf, 0x0102030405060708ULL);
	ck_assert_int_eq(rtnl_link_vf_vlan_alloc(&vl, 2), -NLE_INVAL);
	ck_assert_int_eq(rtnl_link_vf_vlan_alloc(&vl, 1), 0);
	vl->vlans[0].vf_vlan = 42;
	vl->vlans[0].vf_vlan_qos = 3;
	vl->vlans[0].vf_vlan_proto = ETH_P_8021Q;
	rtnl_link_vf_set_vlans(vf, vl);
	rtnl_link_vf_vlan_put(vl);
	ck_assert_int_eq(rtnl_link_vf_add(ch, vf), 0);
	ck_assert_int_eq(rtnl_link_has_vf_list(ch), 1);
	rtnl_link_vf_put(vf);

	rtnl_link_set_ifindex(orig, 4);
	ck_assert_int_eq(rtnl_link_build_change_request(orig, ch, 0, &msg), 0);
	ck_assert_int_eq(nlmsg_parse(nlmsg_hdr(msg), sizeof(struct ifinfomsg),
				     tb, IFLA_MAX, NULL), 0);
	ck_assert_ptr_nonnull(tb[IFLA_VFINFO_LIST]);
	info = nla_find(nla_data(tb[IFLA_VFINFO_LIST]),
			nla_len(tb[IFLA_VFINFO_LIST]), IFLA_VF_INFO);
	ck_assert_ptr_nonnull(info);
	ck_assert_int_eq(nla_parse_nested(vt, IFLA_VF_MAX, info, NULL), 0);
	{
		struct ifla_vf_mac *m = nla_data(vt[IFLA_VF_MAC]);
		struct ifla_vf_rate *r = nla_data(vt[IFLA_VF_RATE]);
		struct ifla_vf_trust *t = nla_data(vt[IFLA_VF_TRUST]);
		struct ifla_vf_guid *g = nla_data(vt[IFLA_VF_IB_NODE_GUID]);
		struct ifla_vf_link_state *ls = nla_data(vt[IFLA_VF_LINK_STATE]);
		/* one 802.1Q VLAN goes out in the old IFLA_VF_VLAN */
		struct ifla_vf_vlan *vv = nla_data(vt[IFLA_VF_VLAN]);

		ck_assert_uint_eq(m->vf, 3);
		ck_assert_uint_eq(m->mac[1], 0xaa);
		ck_assert_uint_eq(m->mac[5], 0xee);
		ck_assert_uint_eq(r->vf, 3);
		ck_assert_uint_eq(r->min_tx_rate, 1);
		ck_assert_uint_eq(r->max_tx_rate, 9);
		ck_assert_uint_eq(t->setting, 1);
		{
			/* the attribute payload is only 4-byte aligned */
			struct ifla_vf_guid gg;

			memcpy(&gg, g, sizeof(gg));
			ck_assert_uint_eq(gg.guid, 0x0102030405060708ULL);
		}
		ck_assert_uint_eq(ls->link_state, IFLA_VF_LINK_STATE_ENABLE);
		ck_assert_ptr_null(vt[IFLA_VF_VLAN_LIST]);
		ck_assert_uint_eq(vv->vf, 3);
		ck_assert_uint_eq(vv->vlan, 42);
		ck_assert_uint_eq(vv->qos, 3);
		ck_assert_ptr_null(vt[IFLA_VF_TX_RATE]);
		ck_assert_ptr_null(vt[IFLA_VF_IB_PORT_GUID]);
		ck_assert_ptr_nonnull(vt[IFLA_VF_SPOOFCHK]);
		ck_assert_ptr_nonnull(vt[IFLA_VF_RSS_QUERY_EN]);
	}
	nlmsg_free(msg);
	rtnl_link_unset_vf_list(ch);
	ck_assert_int_eq(rtnl_link_has_vf_list(ch), 0);
	rtnl_link_put(ch);
	rtnl_link_put(orig);
}
END_TEST

START_TEST(vf_names)
{
	char buf[32];
	uint64_t g = 0;

	ck_assert_str_eq(rtnl_link_vf_linkstate2str(0, buf, sizeof(buf)), "autodetect");
	ck_assert_str_eq(rtnl_link_vf_linkstate2str(2, buf, sizeof(buf)), "down");
	ck_assert_str_eq(rtnl_link_vf_linkstate2str(3, buf, sizeof(buf)), "0x3");
	ck_assert_int_eq(rtnl_link_vf_str2linkstate("up"), 1);
	ck_assert_int_eq(rtnl_link_vf_str2linkstate("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_str_eq(rtnl_link_vf_vlanproto2str(ETH_P_8021AD, buf, sizeof(buf)),
			 "8021AD");
	ck_assert_str_eq(rtnl_link_vf_vlanproto2str(5, buf, sizeof(buf)), "0x5");
	ck_assert_int_eq(rtnl_link_vf_str2vlanproto("8021Q"), ETH_P_8021Q);
	ck_assert_int_eq(rtnl_link_vf_str2vlanproto("x"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(rtnl_link_vf_str2guid(&g, "01:02:03:04:05:06:07:0A"), 0);
	ck_assert_uint_eq(g, 0x010203040506070aULL);
	ck_assert_int_eq(rtnl_link_vf_str2guid(&g, "zz"), -1);
	ck_assert_int_eq(rtnl_link_vf_str2guid(&g, "01:02:03:04:05:06:07"), -1);
	ck_assert_int_eq(rtnl_link_vf_str2guid(&g, "01:02:03:04:05:06:07:08:09"), -1);
	ck_assert_uint_eq(g, 0x010203040506070aULL);
}
END_TEST

/* A VF list with short structures is refused without a crash. */
START_TEST(vf_bad_input)
{
	struct ifinfomsg ifi = { .ifi_index = 4 };
	struct nl_msg *msg = nlmsg_alloc_simple(RTM_NEWLINK, 0);
	struct nlattr *list, *info;
	struct nl_object *obj = NULL;
	uint8_t junk[5] = { 0 };

	nlmsg_set_proto(msg, NETLINK_ROUTE);
	nlmsg_append(msg, &ifi, sizeof(ifi), NLMSG_ALIGNTO);
	nla_put_u32(msg, IFLA_NUM_VF, 1);
	list = nla_nest_start(msg, IFLA_VFINFO_LIST);
	info = nla_nest_start(msg, IFLA_VF_INFO);
	nla_put(msg, IFLA_VF_MAC, sizeof(junk), junk);
	nla_nest_end(msg, info);
	nla_nest_end(msg, list);
	ck_assert_int_lt(nl_msg_parse(msg, parse_cb, &obj), 0);
	ck_assert_ptr_null(obj);
	nlmsg_free(msg);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("linkcore-sriov");
	TCase *tc = tcase_create("sriov");

	tcase_add_test(tc, vf_parse);
	tcase_add_test(tc, vf_request);
	tcase_add_test(tc, vf_names);
	tcase_add_test(tc, vf_bad_input);
	suite_add_tcase(s, tc);
	return s;
}

NLTEST_MAIN(suite)
