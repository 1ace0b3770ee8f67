/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Links (network interfaces): the rtnl_link object, its cache, requests
 * to create, change and delete links, and name helpers.
 */

#ifndef NETLINK_LINK_H_
#define NETLINK_LINK_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/if.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_link;

/** Link statistics, numbered as upstream (rtnl_link_get_stat()). */
typedef enum {
	RTNL_LINK_RX_PACKETS,
	RTNL_LINK_TX_PACKETS,
	RTNL_LINK_RX_BYTES,
	RTNL_LINK_TX_BYTES,
	RTNL_LINK_RX_ERRORS,
	RTNL_LINK_TX_ERRORS,
	RTNL_LINK_RX_DROPPED,
	RTNL_LINK_TX_DROPPED,
	RTNL_LINK_RX_COMPRESSED,
	RTNL_LINK_TX_COMPRESSED,
	RTNL_LINK_RX_FIFO_ERR,
	RTNL_LINK_TX_FIFO_ERR,
	RTNL_LINK_RX_LEN_ERR,
	RTNL_LINK_RX_OVER_ERR,
	RTNL_LINK_RX_CRC_ERR,
	RTNL_LINK_RX_FRAME_ERR,
	RTNL_LINK_RX_MISSED_ERR,
	RTNL_LINK_TX_ABORT_ERR,
	RTNL_LINK_TX_CARRIER_ERR,
	RTNL_LINK_TX_HBEAT_ERR,
	RTNL_LINK_TX_WIN_ERR,
	RTNL_LINK_COLLISIONS,
	RTNL_LINK_MULTICAST,
	RTNL_LINK_IP6_INPKTS,
	RTNL_LINK_IP6_INHDRERRORS,
	RTNL_LINK_IP6_INTOOBIGERRORS,
	RTNL_LINK_IP6_INNOROUTES,
	RTNL_LINK_IP6_INADDRERRORS,
	RTNL_LINK_IP6_INUNKNOWNPROTOS,
	RTNL_LINK_IP6_INTRUNCATEDPKTS,
	RTNL_LINK_IP6_INDISCARDS,
	RTNL_LINK_IP6_INDELIVERS,
	RTNL_LINK_IP6_OUTFORWDATAGRAMS,
	RTNL_LINK_IP6_OUTPKTS,
	RTNL_LINK_IP6_OUTDISCARDS,
	RTNL_LINK_IP6_OUTNOROUTES,
	RTNL_LINK_IP6_REASMTIMEOUT,
	RTNL_LINK_IP6_REASMREQDS,
	RTNL_LINK_IP6_REASMOKS,
	RTNL_LINK_IP6_REASMFAILS,
	RTNL_LINK_IP6_FRAGOKS,
	RTNL_LINK_IP6_FRAGFAILS,
	RTNL_LINK_IP6_FRAGCREATES,
	RTNL_LINK_IP6_INMCASTPKTS,
	RTNL_LINK_IP6_OUTMCASTPKTS,
	RTNL_LINK_IP6_INBCASTPKTS,
	RTNL_LINK_IP6_OUTBCASTPKTS,
	RTNL_LINK_IP6_INOCTETS,
	RTNL_LINK_IP6_OUTOCTETS,
	RTNL_LINK_IP6_INMCASTOCTETS,
	RTNL_LINK_IP6_OUTMCASTOCTETS,
	RTNL_LINK_IP6_INBCASTOCTETS,
	RTNL_LINK_IP6_OUTBCASTOCTETS,
	RTNL_LINK_ICMP6_INMSGS,
	RTNL_LINK_ICMP6_INERRORS,
	RTNL_LINK_ICMP6_OUTMSGS,
	RTNL_LINK_ICMP6_OUTERRORS,
	RTNL_LINK_ICMP6_CSUMERRORS,
	RTNL_LINK_IP6_CSUMERRORS,
	RTNL_LINK_IP6_NOECTPKTS,
	RTNL_LINK_IP6_ECT1PKTS,
	RTNL_LINK_IP6_ECT0PKTS,
	RTNL_LINK_IP6_CEPKTS,
	RTNL_LINK_RX_NOHANDLER,
	RTNL_LINK_REASM_OVERLAPS,
	__RTNL_LINK_STATS_MAX,
} rtnl_link_stat_id_t;

#define RTNL_LINK_STATS_MAX (__RTNL_LINK_STATS_MAX - 1)

/** Attribute policy of RTM_NEWLINK messages (IFLA_*). */
extern struct nla_policy rtln_link_policy[];

/* Allocation, lookup and the link cache */
extern struct rtnl_link *rtnl_link_alloc(void);
extern void rtnl_link_put(struct rtnl_link *);
extern int rtnl_link_alloc_cache(struct nl_sock *, int, struct nl_cache **);
extern int rtnl_link_alloc_cache_flags(struct nl_sock *, int, struct nl_cache **, unsigned int);
extern struct rtnl_link *rtnl_link_get(struct nl_cache *, int);
extern struct rtnl_link *rtnl_link_get_by_name(struct nl_cache *, const char *);
extern char *rtnl_link_i2name(struct nl_cache *, int, char *, size_t);
extern int rtnl_link_name2i(struct nl_cache *, const char *);

/* Requests to the kernel: add, change, delete, get */
extern int rtnl_link_build_add_request(struct rtnl_link *, int, struct nl_msg **);
extern int rtnl_link_add(struct nl_sock *, struct rtnl_link *, int);
extern int rtnl_link_build_change_request(struct rtnl_link *, struct rtnl_link *, int, struct nl_msg **);
extern int rtnl_link_change(struct nl_sock *, struct rtnl_link *, struct rtnl_link *, int);
extern int rtnl_link_build_delete_request(const struct rtnl_link *, struct nl_msg **);
extern int rtnl_link_delete(struct nl_sock *, const struct rtnl_link *);
extern int rtnl_link_build_get_request(int, const char *, struct nl_msg **);
extern int rtnl_link_get_kernel(struct nl_sock *, int, const char *, struct rtnl_link **);
extern int rtnl_link_enslave_ifindex(struct nl_sock *, int, int);
extern int rtnl_link_enslave(struct nl_sock *, struct rtnl_link *, struct rtnl_link *);
extern int rtnl_link_release_ifindex(struct nl_sock *, int);
extern int rtnl_link_release(struct nl_sock *, struct rtnl_link *);
extern int rtnl_link_fill_info(struct nl_msg *, struct rtnl_link *);
extern int rtnl_link_info_parse(struct rtnl_link *, struct nlattr **);

/* Names of statistics, flags, operational states, link modes and carrier states */
extern char *rtnl_link_stat2str(int, char *, size_t);
extern int rtnl_link_str2stat(const char *);
extern char *rtnl_link_flags2str(int, char *, size_t);
extern int rtnl_link_str2flags(const char *);
extern char *rtnl_link_operstate2str(uint8_t, char *, size_t);
extern int rtnl_link_str2operstate(const char *);
extern char *rtnl_link_mode2str(uint8_t, char *, size_t);
extern int rtnl_link_str2mode(const char *);
extern char *rtnl_link_carrier2str(uint8_t, char *, size_t);
extern int rtnl_link_str2carrier(const char *);

/* Attributes: each setter marks the attribute present, each getter
 * returns 0 / NULL when it is absent. */
extern void rtnl_link_set_qdisc(struct rtnl_link *, const char *);
extern char *rtnl_link_get_qdisc(struct rtnl_link *);
extern void rtnl_link_set_name(struct rtnl_link *, const char *);
extern char *rtnl_link_get_name(struct rtnl_link *);
extern void rtnl_link_set_group(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_get_group(struct rtnl_link *);
extern void rtnl_link_set_flags(struct rtnl_link *, unsigned int);
extern void rtnl_link_unset_flags(struct rtnl_link *, unsigned int);
extern unsigned int rtnl_link_get_flags(struct rtnl_link *);
extern void rtnl_link_set_mtu(struct rtnl_link *, unsigned int);
extern unsigned int rtnl_link_get_mtu(struct rtnl_link *);
extern void rtnl_link_set_txqlen(struct rtnl_link *, unsigned int);
extern unsigned int rtnl_link_get_txqlen(struct rtnl_link *);
extern void rtnl_link_set_ifindex(struct rtnl_link *, int);
extern int rtnl_link_get_ifindex(struct rtnl_link *);
extern void rtnl_link_set_family(struct rtnl_link *, int);
extern int rtnl_link_get_family(struct rtnl_link *);
extern void rtnl_link_set_arptype(struct rtnl_link *, unsigned int);
extern unsigned int rtnl_link_get_arptype(struct rtnl_link *);
extern void rtnl_link_set_addr(struct rtnl_link *, struct nl_addr *);
extern struct nl_addr *rtnl_link_get_addr(struct rtnl_link *);
extern struct nl_addr *rtnl_link_get_perm_addr(struct rtnl_link *);
extern void rtnl_link_set_broadcast(struct rtnl_link *, struct nl_addr *);
extern struct nl_addr *rtnl_link_get_broadcast(struct rtnl_link *);
extern void rtnl_link_set_link(struct rtnl_link *, int);
extern int rtnl_link_get_link(struct rtnl_link *);
extern void rtnl_link_set_master(struct rtnl_link *, int);
extern int rtnl_link_get_master(struct rtnl_link *);
extern void rtnl_link_set_carrier(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_get_carrier(struct rtnl_link *);
extern int rtnl_link_get_carrier_changes(struct rtnl_link *, uint32_t *);
extern void rtnl_link_set_operstate(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_get_operstate(struct rtnl_link *);
extern void rtnl_link_set_linkmode(struct rtnl_link *, uint8_t);
extern uint8_t rtnl_link_get_linkmode(struct rtnl_link *);
extern int rtnl_link_set_link_netnsid(struct rtnl_link *, int32_t);
extern int rtnl_link_get_link_netnsid(const struct rtnl_link *, int32_t *);
extern const char *rtnl_link_get_ifalias(struct rtnl_link *);
extern void rtnl_link_set_ifalias(struct rtnl_link *, const char *);
extern int rtnl_link_get_num_vf(struct rtnl_link *, uint32_t *);
extern uint64_t rtnl_link_get_stat(struct rtnl_link *, rtnl_link_stat_id_t);
extern int rtnl_link_set_stat(struct rtnl_link *, rtnl_link_stat_id_t, const uint64_t);
extern int rtnl_link_set_type(struct rtnl_link *, const char *);
extern char *rtnl_link_get_type(struct rtnl_link *);
extern int rtnl_link_set_slave_type(struct rtnl_link *, const char *);
extern const char *rtnl_link_get_slave_type(const struct rtnl_link *);
extern void rtnl_link_set_promiscuity(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_get_promiscuity(struct rtnl_link *);
extern void rtnl_link_set_num_tx_queues(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_get_num_tx_queues(struct rtnl_link *);
extern void rtnl_link_set_num_rx_queues(struct rtnl_link *, uint32_t);
extern uint32_t rtnl_link_get_num_rx_queues(struct rtnl_link *);
extern int rtnl_link_get_gso_max_segs(struct rtnl_link *, uint32_t *);
extern int rtnl_link_get_gso_max_size(struct rtnl_link *, uint32_t *);
extern struct nl_data *rtnl_link_get_phys_port_id(struct rtnl_link *);
extern char *rtnl_link_get_phys_port_name(struct rtnl_link *);
extern struct nl_data *rtnl_link_get_phys_switch_id(struct rtnl_link *);
extern void rtnl_link_set_ns_fd(struct rtnl_link *, int);
extern int rtnl_link_get_ns_fd(struct rtnl_link *);
extern void rtnl_link_set_ns_pid(struct rtnl_link *, pid_t);
extern pid_t rtnl_link_get_ns_pid(struct rtnl_link *);
extern int rtnl_link_has_vf_list(struct rtnl_link *);
extern void rtnl_link_set_vf_list(struct rtnl_link *);
extern void rtnl_link_unset_vf_list(struct rtnl_link *);
extern int rtnl_link_set_info_type(struct rtnl_link *, const char *) __attribute__((deprecated));
extern char *rtnl_link_get_info_type(struct rtnl_link *) __attribute__((deprecated));
extern void rtnl_link_set_weight(struct rtnl_link *, unsigned int) __attribute__((deprecated));
extern unsigned int rtnl_link_get_weight(struct rtnl_link *) __attribute__((deprecated));

#ifdef __cplusplus
}
#endif

#endif
