/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * SR-IOV virtual functions of links (IFLA_VFINFO_LIST): read what the
 * kernel reports of each VF and change VF settings.
 */

#ifndef NETLINK_LINK_SRIOV_H_
#define NETLINK_LINK_SRIOV_H_

/**
 * @defgroup route_link_sriov SR-IOV
 * @ingroup route_link
 * SR-IOV virtual functions of a link (IFLA_VFINFO_LIST): what the kernel
 * reports of each VF of a physical function (rtnl_link_get_num_vf(),
 * rtnl_link_vf_get()), and VF settings to change: fill VF objects, add them
 * with rtnl_link_vf_add() to a link object and pass it to
 * rtnl_link_change(). VF objects and VLAN arrays are reference counted.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/route/link.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Length of a GUID as text, "01:23:45:67:89:ab:cd:ef", without the NUL. */
#define RTNL_VF_GUID_STR_LEN 23

/** How a VF rate is expressed (struct nl_vf_rate.api). */
enum {
	RTNL_LINK_VF_RATE_API_UNSPEC,	/**< the newer form the VF has */
	RTNL_LINK_VF_RATE_API_OLD,	/**< rate (IFLA_VF_TX_RATE) */
	RTNL_LINK_VF_RATE_API_NEW,	/**< min/max (IFLA_VF_RATE) */
	__RTNL_LINK_VF_RATE_API_MAX,
};

/** Highest RTNL_LINK_VF_RATE_API_* value. */
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

/** Highest VF counter id. */
#define RTNL_LINK_VF_STATS_MAX (__RTNL_LINK_VF_STATS_MAX - 1)

/** One VLAN of a VF. */
typedef struct nl_vf_vlan_info {
	uint32_t vf_vlan;	/**< VLAN id, 0 for none */
	uint32_t vf_vlan_qos;	/**< VLAN priority (QoS) */
	uint16_t vf_vlan_proto;	/**< ETH_P_8021Q or ETH_P_8021AD, host
				     byte order (0: ETH_P_8021Q) */
} nl_vf_vlan_info_t;

/** A reference-counted array of VF VLANs (rtnl_link_vf_vlan_alloc()). */
typedef struct nl_vf_vlans {
	int ce_refcnt;		/**< references held */
	int size;		/**< number of entries of vlans */
	nl_vf_vlan_info_t *vlans;	/**< the entries */
} nl_vf_vlans_t;

/** Rate limits of a VF in Mbit/s; api says which members count. */
struct nl_vf_rate {
	int api;		/**< RTNL_LINK_VF_RATE_API_* */
	uint32_t rate;		/**< maximum rate, old form */
	uint32_t max_tx_rate;	/**< maximum rate, new form */
	uint32_t min_tx_rate;	/**< guaranteed rate, new form */
};

struct rtnl_link_vf;

/**
 * Add a virtual function to the VF list of a link object.
 * @param link	link object (the physical function)
 * @param vf	virtual function with its index and the settings to change
 *
 * The link takes a reference to vf (the caller keeps its own) and its VF
 * list is marked present, so that rtnl_link_change() sends the VF
 * settings (IFLA_VFINFO_LIST).
 *
 * @return 0; -NLE_INVAL when link or vf is NULL, -NLE_NOMEM.
 */
extern int rtnl_link_vf_add(struct rtnl_link *link, struct rtnl_link_vf *vf);

/**
 * Allocate an empty virtual function object.
 *
 * @return The new VF with one reference, which the caller releases with
 *         rtnl_link_vf_put(); NULL when out of memory.
 */
extern struct rtnl_link_vf *rtnl_link_vf_alloc(void);

/**
 * Free a virtual function object whatever its references.
 * @param vf	virtual function (NULL is ignored)
 *
 * Releases the address and the VLANs it holds. Use rtnl_link_vf_put() for
 * a VF that others may hold, such as one of a link's list.
 */
extern void rtnl_link_vf_free(struct rtnl_link_vf *vf);

/**
 * Look up a virtual function of a link by its index.
 * @param link	link object
 * @param vf_num	VF index
 *
 * @return The VF with a reference taken for the caller, who releases it
 *         with rtnl_link_vf_put(); NULL when the link has no VF of that
 *         index.
 */
extern struct rtnl_link_vf *rtnl_link_vf_get(struct rtnl_link *link,
					     uint32_t vf_num);

/**
 * Release a reference to a virtual function object.
 * @param vf	virtual function (NULL is ignored)
 *
 * The VF is freed with its last reference.
 */
extern void rtnl_link_vf_put(struct rtnl_link_vf *vf);

/**
 * Get the link layer address of a virtual function.
 * @param vf	virtual function
 * @param[out] addr	the address
 *
 * @return 0 with *addr set to an address owned by vf (take a reference
 *         with nl_addr_get() to keep it); -NLE_NOATTR when vf has none,
 *         -NLE_INVAL when vf or addr is NULL.
 */
extern int rtnl_link_vf_get_addr(struct rtnl_link_vf *vf,
				 struct nl_addr **addr);

/**
 * Set the link layer address of a virtual function.
 * @param vf	virtual function
 * @param addr	MAC address (IFLA_VF_MAC); NULL removes it
 *
 * The VF takes a reference to addr and drops the one it held.
 */
extern void rtnl_link_vf_set_addr(struct rtnl_link_vf *vf,
				  struct nl_addr *addr);

/**
 * Set the InfiniBand node GUID of a virtual function.
 * @param vf	virtual function
 * @param guid	node GUID (IFLA_VF_IB_NODE_GUID); see
 *		rtnl_link_vf_str2guid()
 */
extern void rtnl_link_vf_set_ib_node_guid(struct rtnl_link_vf *vf,
					  uint64_t guid);

/**
 * Set the InfiniBand port GUID of a virtual function.
 * @param vf	virtual function
 * @param guid	port GUID (IFLA_VF_IB_PORT_GUID); see
 *		rtnl_link_vf_str2guid()
 */
extern void rtnl_link_vf_set_ib_port_guid(struct rtnl_link_vf *vf,
					  uint64_t guid);

/**
 * Get the index of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_index	VF number on its physical function
 *
 * @return 0 with *vf_index set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         vf or vf_index is NULL.
 */
extern int rtnl_link_vf_get_index(struct rtnl_link_vf *vf,
				  uint32_t *vf_index);

/**
 * Set the index of a virtual function.
 * @param vf	virtual function
 * @param vf_index	VF number on its physical function; says which VF a
 *			change applies to
 */
extern void rtnl_link_vf_set_index(struct rtnl_link_vf *vf,
				   uint32_t vf_index);

/**
 * Get the link state policy of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_linkstate	IFLA_VF_LINK_STATE_AUTO, _ENABLE or _DISABLE
 *
 * @return 0 with *vf_linkstate set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when vf or vf_linkstate is NULL.
 */
extern int rtnl_link_vf_get_linkstate(struct rtnl_link_vf *vf,
				      uint32_t *vf_linkstate);

/**
 * Set the link state policy of a virtual function.
 * @param vf	virtual function
 * @param vf_linkstate	IFLA_VF_LINK_STATE_AUTO (follow the physical
 *			link), _ENABLE (always up) or _DISABLE (always
 *			down)
 */
extern void rtnl_link_vf_set_linkstate(struct rtnl_link_vf *vf,
				       uint32_t vf_linkstate);

/**
 * Get the transmit rate limits of a virtual function.
 * @param vf	virtual function
 * @param[in,out] vf_rate	in: api says which form to read,
 *				RTNL_LINK_VF_RATE_API_OLD (rate),
 *				RTNL_LINK_VF_RATE_API_NEW (min_tx_rate and
 *				max_tx_rate) or RTNL_LINK_VF_RATE_API_UNSPEC
 *				(the new form when known, else the old one);
 *				out: the rates in Mbit/s, and api set to the
 *				form read when it was UNSPEC
 *
 * @return 0; -NLE_NOATTR when vf has no rate limits, -NLE_INVAL when vf
 *         or vf_rate is NULL.
 */
extern int rtnl_link_vf_get_rate(struct rtnl_link_vf *vf,
				 struct nl_vf_rate *vf_rate);

/**
 * Set the transmit rate limits of a virtual function.
 * @param vf	virtual function
 * @param vf_rate	rates in Mbit/s; api says which form is set:
 *			RTNL_LINK_VF_RATE_API_OLD (rate, IFLA_VF_TX_RATE),
 *			RTNL_LINK_VF_RATE_API_NEW (min_tx_rate and
 *			max_tx_rate, IFLA_VF_RATE), or
 *			RTNL_LINK_VF_RATE_API_UNSPEC (the old form when rate
 *			is nonzero, else the new one)
 */
extern void rtnl_link_vf_set_rate(struct rtnl_link_vf *vf,
				  struct nl_vf_rate *vf_rate);

/**
 * Get the RSS query setting of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_rss_query_en	1 when the VF may query the RSS
 *				configuration of the device, 0 otherwise
 *
 * @return 0 with *vf_rss_query_en set; -NLE_NOATTR when not set,
 *         -NLE_INVAL when vf or vf_rss_query_en is NULL.
 */
extern int rtnl_link_vf_get_rss_query_en(struct rtnl_link_vf *vf,
					 uint32_t *vf_rss_query_en);

/**
 * Set the RSS query setting of a virtual function.
 * @param vf	virtual function
 * @param vf_rss_query_en	1 to let the VF query the RSS configuration,
 *				0 not to
 */
extern void rtnl_link_vf_set_rss_query_en(struct rtnl_link_vf *vf,
					  uint32_t vf_rss_query_en);

/**
 * Get the spoof checking setting of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_spoofchk	1 when frames with a source MAC other than
 *				the VF's are dropped, 0 otherwise
 *
 * @return 0 with *vf_spoofchk set; -NLE_NOATTR when not set, -NLE_INVAL
 *         when vf or vf_spoofchk is NULL.
 */
extern int rtnl_link_vf_get_spoofchk(struct rtnl_link_vf *vf,
				     uint32_t *vf_spoofchk);

/**
 * Set the spoof checking setting of a virtual function.
 * @param vf	virtual function
 * @param vf_spoofchk	1 to drop frames sent with another source MAC,
 *			0 not to
 */
extern void rtnl_link_vf_set_spoofchk(struct rtnl_link_vf *vf,
				      uint32_t vf_spoofchk);

/**
 * Get a counter of a virtual function.
 * @param vf	virtual function
 * @param stat	counter (RTNL_LINK_VF_STATS_RX_PACKETS...)
 * @param[out] data	its value
 *
 * @return 0 with *data set; -NLE_NOATTR when the kernel reported no
 *         counters, -NLE_INVAL when vf or data is NULL or stat is out of
 *         range.
 */
extern int rtnl_link_vf_get_stat(struct rtnl_link_vf *vf,
				 rtnl_link_vf_stats_t stat, uint64_t *data);

/**
 * Get the trust setting of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_trust	1 when the VF is trusted (may change its MAC,
 *			turn on promiscuous mode...), 0 otherwise
 *
 * @return 0 with *vf_trust set; -NLE_NOATTR when not set, -NLE_INVAL when
 *         vf or vf_trust is NULL.
 */
extern int rtnl_link_vf_get_trust(struct rtnl_link_vf *vf,
				  uint32_t *vf_trust);

/**
 * Set the trust setting of a virtual function.
 * @param vf	virtual function
 * @param vf_trust	1 to trust the VF, 0 not to
 */
extern void rtnl_link_vf_set_trust(struct rtnl_link_vf *vf,
				   uint32_t vf_trust);

/**
 * Get the VLANs of a virtual function.
 * @param vf	virtual function
 * @param[out] vf_vlans	the VLAN array
 *
 * @return 0 with *vf_vlans set to the array owned by vf (valid while vf
 *         holds it; take a reference by incrementing ce_refcnt and drop it
 *         with rtnl_link_vf_vlan_put() to keep it); -NLE_NOATTR when vf
 *         has no VLAN, -NLE_INVAL when vf or vf_vlans is NULL.
 */
extern int rtnl_link_vf_get_vlans(struct rtnl_link_vf *vf,
				  nl_vf_vlans_t **vf_vlans);

/**
 * Set the VLANs of a virtual function.
 * @param vf	virtual function
 * @param vf_vlans	VLAN array from rtnl_link_vf_vlan_alloc(); NULL
 *			removes the VLANs
 *
 * The VF takes a reference to vf_vlans and drops the one it held; the
 * caller releases its own with rtnl_link_vf_vlan_put().
 */
extern void rtnl_link_vf_set_vlans(struct rtnl_link_vf *vf,
				   nl_vf_vlans_t *vf_vlans);

/**
 * Allocate a VLAN array for a virtual function.
 * @param[out] vf_vlans	the new array
 * @param vlan_count	number of entries; the kernel takes one VLAN per VF
 *			in requests, so only 1 is accepted
 *
 * The entries start zeroed; fill them, then hand the array to
 * rtnl_link_vf_set_vlans().
 *
 * @return 0 with *vf_vlans set to an array with one reference, which the
 *         caller releases with rtnl_link_vf_vlan_put(); -NLE_INVAL for a
 *         count above 1 or a NULL vf_vlans, -NLE_NOMEM.
 */
extern int rtnl_link_vf_vlan_alloc(nl_vf_vlans_t **vf_vlans, int vlan_count);

/**
 * Free a VLAN array whatever its references.
 * @param vf_vlans	VLAN array (NULL is ignored)
 *
 * Use rtnl_link_vf_vlan_put() for an array that a VF may hold.
 */
extern void rtnl_link_vf_vlan_free(nl_vf_vlans_t *vf_vlans);

/**
 * Release a reference to a VLAN array.
 * @param vf_vlans	VLAN array (NULL is ignored)
 *
 * The array is freed with its last reference.
 */
extern void rtnl_link_vf_vlan_put(nl_vf_vlans_t *vf_vlans);

/**
 * Name a link state policy of a virtual function.
 * @param ls	IFLA_VF_LINK_STATE_* value
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "autodetect", "up" or "down", or the value in
 *         hexadecimal.
 */
extern char *rtnl_link_vf_linkstate2str(uint32_t ls, char *buf, size_t len);

/**
 * Look up a link state policy of a virtual function by name.
 * @param name	"autodetect", "up" or "down" (case ignored)
 *
 * @return The IFLA_VF_LINK_STATE_* value; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_vf_str2linkstate(const char *name);

/**
 * Name a VLAN protocol of a virtual function.
 * @param proto	ETH_P_8021Q or ETH_P_8021AD, host byte order
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "8021Q" or "8021AD", or the value in hexadecimal.
 */
extern char *rtnl_link_vf_vlanproto2str(uint16_t proto, char *buf,
					size_t len);

/**
 * Look up a VLAN protocol by name.
 * @param name	"8021Q" or "8021AD" (case ignored)
 *
 * @return ETH_P_8021Q or ETH_P_8021AD; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_vf_str2vlanproto(const char *name);

/**
 * Parse an InfiniBand GUID.
 * @param[out] guid	the GUID as a number, the first byte most significant
 * @param guid_s	eight hexadecimal bytes separated by colons
 *			("01:23:45:67:89:ab:cd:ef")
 *
 * @return 0 with *guid set; -1 when guid_s is not of that form.
 */
extern int rtnl_link_vf_str2guid(uint64_t *guid, const char *guid_s);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
