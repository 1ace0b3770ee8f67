/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * SR-IOV virtual functions of links (IFLA_VFINFO_LIST): read what the
 * kernel reports of each VF and change VF settings.
 */

#ifndef NETLINK_LINK_SRIOV_H_
#define NETLINK_LINK_SRIOV_H_

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTNL_VF_GUID_STR_LEN 23

/** How a VF rate is expressed (struct nl_vf_rate.api). */
enum {
	RTNL_LINK_VF_RATE_API_UNSPEC,	/* the newer one the link has */
	RTNL_LINK_VF_RATE_API_OLD,	/* rate (IFLA_VF_TX_RATE) */
	RTNL_LINK_VF_RATE_API_NEW,	/* min/max (IFLA_VF_RATE) */
	__RTNL_LINK_VF_RATE_API_MAX,
};

#define RTNL_LINK_VF_RATE_API_MAX (__RTNL_LINK_VF_RATE_API_MAX - 1)

/** VF counters (rtnl_link_vf_get_stat()). */
typedef enum {
	RTNL_LINK_VF_STATS_RX_PACKETS,
	RTNL_LINK_VF_STATS_TX_PACKETS,
	RTNL_LINK_VF_STATS_RX_BYTES,
	RTNL_LINK_VF_STATS_TX_BYTES,
	RTNL_LINK_VF_STATS_BROADCAST,
	RTNL_LINK_VF_STATS_MULTICAST,
	__RTNL_LINK_VF_STATS_MAX,
} rtnl_link_vf_stats_t;

#define RTNL_LINK_VF_STATS_MAX (__RTNL_LINK_VF_STATS_MAX - 1)

/** One VLAN of a VF: id, QoS, protocol (ETH_P_8021Q or ETH_P_8021AD). */
typedef struct nl_vf_vlan_info {
	uint32_t vf_vlan;
	uint32_t vf_vlan_qos;
	uint16_t vf_vlan_proto;
} nl_vf_vlan_info_t;

/** A reference-counted array of VF VLANs. */
typedef struct nl_vf_vlans {
	int ce_refcnt;
	int size;
	nl_vf_vlan_info_t *vlans;
} nl_vf_vlans_t;

/** Rate limits of a VF in Mbit/s; api says which members count. */
struct nl_vf_rate {
	int api;
	uint32_t rate;
	uint32_t max_tx_rate;
	uint32_t min_tx_rate;
};

struct rtnl_link_vf;

extern int rtnl_link_vf_add(struct rtnl_link *, struct rtnl_link_vf *);
extern struct rtnl_link_vf *rtnl_link_vf_alloc(void);
extern void rtnl_link_vf_free(struct rtnl_link_vf *);
extern struct rtnl_link_vf *rtnl_link_vf_get(struct rtnl_link *, uint32_t);
extern void rtnl_link_vf_put(struct rtnl_link_vf *);

extern int rtnl_link_vf_get_addr(struct rtnl_link_vf *, struct nl_addr **);
extern void rtnl_link_vf_set_addr(struct rtnl_link_vf *, struct nl_addr *);

extern void rtnl_link_vf_set_ib_node_guid(struct rtnl_link_vf *, uint64_t);
extern void rtnl_link_vf_set_ib_port_guid(struct rtnl_link_vf *, uint64_t);

extern int rtnl_link_vf_get_index(struct rtnl_link_vf *, uint32_t *);
extern void rtnl_link_vf_set_index(struct rtnl_link_vf *, uint32_t);

extern int rtnl_link_vf_get_linkstate(struct rtnl_link_vf *, uint32_t *);
extern void rtnl_link_vf_set_linkstate(struct rtnl_link_vf *, uint32_t);

extern int rtnl_link_vf_get_rate(struct rtnl_link_vf *, struct nl_vf_rate *);
extern void rtnl_link_vf_set_rate(struct rtnl_link_vf *, struct nl_vf_rate *);

extern int rtnl_link_vf_get_rss_query_en(struct rtnl_link_vf *, uint32_t *);
extern void rtnl_link_vf_set_rss_query_en(struct rtnl_link_vf *, uint32_t);

extern int rtnl_link_vf_get_spoofchk(struct rtnl_link_vf *, uint32_t *);
extern void rtnl_link_vf_set_spoofchk(struct rtnl_link_vf *, uint32_t);

extern int rtnl_link_vf_get_stat(struct rtnl_link_vf *, rtnl_link_vf_stats_t,
				 uint64_t *);

extern int rtnl_link_vf_get_trust(struct rtnl_link_vf *, uint32_t *);
extern void rtnl_link_vf_set_trust(struct rtnl_link_vf *, uint32_t);

extern int rtnl_link_vf_get_vlans(struct rtnl_link_vf *, nl_vf_vlans_t **);
extern void rtnl_link_vf_set_vlans(struct rtnl_link_vf *, nl_vf_vlans_t *);

extern int rtnl_link_vf_vlan_alloc(nl_vf_vlans_t **, int);
extern void rtnl_link_vf_vlan_free(nl_vf_vlans_t *);
extern void rtnl_link_vf_vlan_put(nl_vf_vlans_t *);

extern char *rtnl_link_vf_linkstate2str(uint32_t, char *, size_t);
extern int rtnl_link_vf_str2linkstate(const char *);

extern char *rtnl_link_vf_vlanproto2str(uint16_t, char *, size_t);
extern int rtnl_link_vf_str2vlanproto(const char *);

extern int rtnl_link_vf_str2guid(uint64_t *, const char *);

#ifdef __cplusplus
}
#endif

#endif
