/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-route-3: the link object's layout, and the interface of
 * link kinds (IFLA_INFO_KIND) and per-family link data (IFLA_AF_SPEC).
 * Never installed.
 */

#ifndef NL_PRIVATE_LINK_API_H_
#define NL_PRIVATE_LINK_API_H_

#include <stdint.h>
#include <linux/if.h>
#include <linux/if_link.h>

#include "nl-private/core.h"
#include "nl-private/objtable.h"
#include <netlink/route/link.h>

/* Presence bits of struct rtnl_link (ce_mask), numbered as upstream. */
#define LINK_ATTR_MTU			(1ULL << 0)
#define LINK_ATTR_LINK			(1ULL << 1)
#define LINK_ATTR_TXQLEN		(1ULL << 2)
#define LINK_ATTR_WEIGHT		(1ULL << 3)
#define LINK_ATTR_MASTER		(1ULL << 4)
#define LINK_ATTR_QDISC			(1ULL << 5)
#define LINK_ATTR_MAP			(1ULL << 6)
#define LINK_ATTR_ADDR			(1ULL << 7)
#define LINK_ATTR_BRD			(1ULL << 8)
#define LINK_ATTR_FLAGS			(1ULL << 9)
#define LINK_ATTR_IFNAME		(1ULL << 10)
#define LINK_ATTR_IFINDEX		(1ULL << 11)
#define LINK_ATTR_FAMILY		(1ULL << 12)
#define LINK_ATTR_ARPTYPE		(1ULL << 13)
#define LINK_ATTR_STATS			(1ULL << 14)
#define LINK_ATTR_CHANGE		(1ULL << 15)
#define LINK_ATTR_OPERSTATE		(1ULL << 16)
#define LINK_ATTR_LINKMODE		(1ULL << 17)
#define LINK_ATTR_LINKINFO		(1ULL << 18)
#define LINK_ATTR_IFALIAS		(1ULL << 19)
#define LINK_ATTR_NUM_VF		(1ULL << 20)
#define LINK_ATTR_PROMISCUITY		(1ULL << 21)
#define LINK_ATTR_NUM_TX_QUEUES		(1ULL << 22)
#define LINK_ATTR_NUM_RX_QUEUES		(1ULL << 23)
#define LINK_ATTR_GROUP			(1ULL << 24)
#define LINK_ATTR_CARRIER		(1ULL << 25)
#define LINK_ATTR_PROTINFO		(1ULL << 26)
#define LINK_ATTR_AF_SPEC		(1ULL << 27)
#define LINK_ATTR_PHYS_PORT_ID		(1ULL << 28)
#define LINK_ATTR_NS_FD			(1ULL << 29)
#define LINK_ATTR_NS_PID		(1ULL << 30)
#define LINK_ATTR_GSO_MAX_SEGS		(1ULL << 32)
#define LINK_ATTR_GSO_MAX_SIZE		(1ULL << 33)
#define LINK_ATTR_CARRIER_CHANGES	(1ULL << 34)
#define LINK_ATTR_PHYS_PORT_NAME	(1ULL << 35)
#define LINK_ATTR_PHYS_SWITCH_ID	(1ULL << 36)
#define LINK_ATTR_LINK_NETNSID		(1ULL << 37)
#define LINK_ATTR_VF_LIST		(1ULL << 38)
#define LINK_ATTR_PERM_ADDR		(1ULL << 39)
#define LINK_ATTR_SLAVE_TYPE		(1ULL << 40)

#define IFQDISCSIZ 32
#define LINK_OWN_ADDR_MAX 32	/* the kernel's MAX_ADDR_LEN */

struct rtnl_link_info_ops;
struct rtnl_link_af_ops;

struct rtnl_link {
	NLHDR_COMMON

	/* family header (struct ifinfomsg) */
	uint32_t l_family;
	uint32_t l_arptype;
	int32_t l_index;
	uint32_t l_flags;
	uint32_t l_change;	/* ifi_change of received messages */
	uint32_t l_flag_mask;	/* flags to change in a request */

	char l_name[IFNAMSIZ];
	char l_qdisc[IFQDISCSIZ];
	char l_phys_port_name[IFNAMSIZ];
	uint32_t l_mtu;
	uint32_t l_link;
	int32_t l_link_netnsid;
	uint32_t l_txqlen;
	uint32_t l_weight;
	uint32_t l_master;
	uint32_t l_num_vf;
	uint32_t l_promiscuity;
	uint32_t l_num_tx_queues;
	uint32_t l_num_rx_queues;
	uint32_t l_gso_max_segs;
	uint32_t l_gso_max_size;
	uint32_t l_group;
	uint32_t l_carrier_changes;
	uint8_t l_operstate;
	uint8_t l_linkmode;
	uint8_t l_carrier;
	int32_t l_ns_fd;
	int32_t l_ns_pid;
	struct rtnl_link_ifmap l_map;
	struct nl_addr *l_addr;
	struct nl_addr *l_bcast;
	struct nl_addr *l_perm_addr;
	char *l_ifalias;
	struct nl_data *l_phys_port_id;
	struct nl_data *l_phys_switch_id;
	uint64_t l_stats[RTNL_LINK_STATS_MAX + 1];

	/* link kind (IFLA_LINKINFO) */
	char *l_info_kind;	/* l_kind_buf or allocated */
	char l_kind_buf[16];
	char *l_info_slave_kind;
	struct rtnl_link_info_ops *l_info_ops;
	void *l_info;

	/* per-family data (IFLA_AF_SPEC / IFLA_PROTINFO) */
	void *l_af_data[AF_MAX];
	uint64_t l_af_mask;	/* bit f: l_af_data[f] is set */
	struct rtnl_link_af_ops *l_af_ops;

	struct rtnl_link_vf *l_vf_list;

	/* storage of the first IFLA_ADDRESS and IFLA_BROADCAST parsed */
	NL_ADDR_STORAGE(LINK_OWN_ADDR_MAX) l_own_addr[2];
};

/*
 * A link kind.  Kinds described by a table set io_table and io_size: the
 * generic code then allocates io_size bytes of zeroed l_info, parses and
 * builds IFLA_INFO_DATA from the table, compares, clones and frees.  The
 * function members override that where a kind is special.
 */
struct rtnl_link_info_ops {
	char *io_name;
	int io_refcnt;
	int (*io_alloc)(struct rtnl_link *);
	int (*io_parse)(struct rtnl_link *, struct nlattr *data,
			struct nlattr *xstats);
	void (*io_dump[NL_DUMP_MAX + 1])(struct rtnl_link *,
					 struct nl_dump_params *);
	int (*io_clone)(struct rtnl_link *dst, struct rtnl_link *src);
	int (*io_put_attrs)(struct nl_msg *, struct rtnl_link *);
	void (*io_free)(struct rtnl_link *);
	/* nonzero when the kind data differ */
	int (*io_compare)(struct rtnl_link *, struct rtnl_link *, int flags);
	struct nl_list_head io_list;

	const struct nlo_table *io_table;
	size_t io_size;
};

/* Registry of kinds (exported as upstream, private declarations). */
int rtnl_link_register_info(struct rtnl_link_info_ops *ops);
int rtnl_link_unregister_info(struct rtnl_link_info_ops *ops);
struct rtnl_link_info_ops *rtnl_link_info_ops_lookup(const char *name);
void rtnl_link_info_ops_get(struct rtnl_link_info_ops *ops);
void rtnl_link_info_ops_put(struct rtnl_link_info_ops *ops);

/* Check that link is of kind ops (allocating its data when it has no kind
 * yet is not done here); returns the kind data or NULL. */
static inline void *_rtnl_link_kind_data(struct rtnl_link *link,
					 const struct rtnl_link_info_ops *ops)
{
	return (link && link->l_info_ops == ops) ? link->l_info : NULL;
}

/* Shared by link.c and the kinds: a link nested in another (veth peer). */
int _rtnl_link_parse_ifinfo(struct rtnl_link *link, struct nlmsghdr *n);
int _rtnl_link_fill(struct nl_msg *msg, struct rtnl_link *link, int family,
		    uint64_t mask);
int _rtnl_link_fill_nested(struct nl_msg *msg, struct rtnl_link *link);
extern struct nl_object_ops link_obj_ops;

/*
 * Per-family link data: what IFLA_AF_SPEC (and IFLA_PROTINFO) carry for one
 * address family (AF_INET devconf, AF_INET6 flags and devconf, AF_BRIDGE
 * port data).  A link holds one data block per family in l_af_data[].
 * Members that are NULL are simply not done.
 */
struct rtnl_link_af_ops {
	unsigned int ao_family;
	int ao_refcnt;

	/* fresh data for link (NULL: out of memory) */
	void *(*ao_alloc)(struct rtnl_link *);
	/* deep copy of data for link (NULL: out of memory) */
	void *(*ao_clone)(struct rtnl_link *, void *data);
	void (*ao_free)(struct rtnl_link *, void *data);

	/* IFLA_PROTINFO of a message of the ops' family */
	int (*ao_parse_protinfo)(struct rtnl_link *, struct nlattr *,
				 void *data);
	/* the family's attribute nested in IFLA_AF_SPEC */
	int (*ao_parse_af)(struct rtnl_link *, struct nlattr *, void *data);
	/* the whole IFLA_AF_SPEC of a message of the ops' family (bridge) */
	int (*ao_parse_af_full)(struct rtnl_link *, struct nlattr *,
				void *data);

	/* put the family's attributes into the open nest IFLA_AF_SPEC/family */
	int (*ao_fill_af)(struct rtnl_link *, struct nl_msg *, void *data);
	/* put attributes directly into the open IFLA_AF_SPEC (bridge) */
	int (*ao_fill_af_no_nest)(struct rtnl_link *, struct nl_msg *,
				  void *data);
	/* put the attributes of IFLA_PROTINFO (opened by the caller) */
	int (*ao_fill_pi)(struct rtnl_link *, struct nl_msg *, void *data);
	/* extra nla flags of IFLA_PROTINFO (NLA_F_NESTED) */
	int ao_fill_pi_flags;
	/* nonzero when the changes must go out as RTM_SETLINK (bridge port
	 * data: the kernel takes it only there) */
	int (*ao_override_rtm)(struct rtnl_link *changes);

	void (*ao_dump[NL_DUMP_MAX + 1])(struct rtnl_link *,
					 struct nl_dump_params *, void *data);
	/* nonzero when the data of a and b differ */
	int (*ao_compare)(struct rtnl_link *a, struct rtnl_link *b,
			  int family, uint32_t attrs, int flags);
};

/* Registry of per-family operations (exported as upstream, private). */
int rtnl_link_af_register(struct rtnl_link_af_ops *ops);
int rtnl_link_af_unregister(struct rtnl_link_af_ops *ops);
struct rtnl_link_af_ops *rtnl_link_af_ops_lookup(const unsigned int family);
void rtnl_link_af_ops_put(struct rtnl_link_af_ops *ops);
void *rtnl_link_af_alloc(struct rtnl_link *link,
			 const struct rtnl_link_af_ops *ops);
void *rtnl_link_af_data(const struct rtnl_link *link,
			const struct rtnl_link_af_ops *ops);
int rtnl_link_af_data_compare(struct rtnl_link *a, struct rtnl_link *b,
			      int family);

/*
 * The SR-IOV list (IFLA_VFINFO_LIST) is handled by lib/route/link/sriov.c,
 * which installs these hooks from a constructor (link.c must not depend on
 * the part library directly).
 */
struct _rtnl_link_vf_hooks {
	int (*parse)(struct rtnl_link *, struct nlattr *vfinfo_list);
	int (*clone)(struct rtnl_link *dst, struct rtnl_link *src);
	void (*free)(struct rtnl_link *);
	int (*fill)(struct nl_msg *, struct rtnl_link *);
	void (*dump)(struct rtnl_link *, struct nl_dump_params *,
		     enum nl_dump_type);
	int (*differ)(struct rtnl_link *a, struct rtnl_link *b);
};
extern const struct _rtnl_link_vf_hooks *_rtnl_link_vf_hooks;

/*
 * Memory of the per-family data of this library's families (inet, inet6,
 * bridge): from a pool of freed blocks (pool.h), zeroed.  Their ao_free
 * gives it back with the same size.
 */
void *_rtnl_link_af_zalloc(size_t size);
void _rtnl_link_af_release(void *data, size_t size);

#endif
