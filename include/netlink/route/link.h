/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Links (network interfaces): the rtnl_link object, its cache, requests
 * to create, change and delete links, and name helpers.
 */

#ifndef NETLINK_LINK_H_
#define NETLINK_LINK_H_

/**
 * @defgroup route_link Links
 * @ingroup route
 * Network interfaces (RTM_NEWLINK, RTM_GETLINK, RTM_SETLINK,
 * RTM_DELLINK): the link object rtnl_link, the link cache "route/link",
 * requests that create, change and delete links, and name helpers. Link
 * kinds, per-family data and SR-IOV have their own modules below.
 * @{
 */

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

/** Highest statistic id of rtnl_link_stat_id_t. */
#define RTNL_LINK_STATS_MAX (__RTNL_LINK_STATS_MAX - 1)

/** Attribute policy of RTM_NEWLINK messages (IFLA_*). */
extern struct nla_policy rtln_link_policy[];

/**
 * Allocate an empty link object.
 *
 * No attribute is set; the object serves to describe a link to create or
 * a change to make, or as a filter for cache lookups.
 *
 * @return The new link with one reference, which the caller releases with
 *         rtnl_link_put(); NULL when out of memory.
 */
extern struct rtnl_link *rtnl_link_alloc(void);

/**
 * Release a reference to a link object.
 * @param link	link object (NULL is ignored)
 *
 * The object and everything it owns (addresses, kind data, per-family
 * data, VF list) are freed with the last reference.
 */
extern void rtnl_link_put(struct rtnl_link *link);

/**
 * Allocate a link cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param family	AF_UNSPEC for all links, AF_BRIDGE for the bridge
 *			family's view (bridge ports with their port data)
 * @param[out] result	the new cache
 *
 * Same as rtnl_link_alloc_cache_flags() with no flags. Filling the cache
 * is atomic (doc/dump-consistency.md, C1): an interrupted dump is thrown
 * away and retried under the socket's retry policy, and the cache only
 * ever holds a complete dump.
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free() (or drops it with nl_cache_put()). -NLE_NOMEM,
 *         or the error of the dump (-NLE_DUMP_INCONSISTENT or
 *         -NLE_DUMP_ABORTED when the retry policy gives up, a kernel
 *         error); *result is not touched on failure.
 */
extern int rtnl_link_alloc_cache(struct nl_sock *sk, int family,
				 struct nl_cache **result);

/**
 * Allocate a link cache with cache flags and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param family	AF_UNSPEC for all links, AF_BRIDGE for the bridge
 *			family's view
 * @param[out] result	the new cache
 * @param flags	cache flags (NL_CACHE_AF_ITER...), set with
 *			nl_cache_set_flags() before the cache is filled
 *
 * The dump request asks the kernel for VF information; in the AF_BRIDGE
 * family also for the ports' VLANs. Filling is atomic as for
 * rtnl_link_alloc_cache().
 *
 * @return 0 with *result set (owned by the caller, freed with
 *         nl_cache_free()); -NLE_NOMEM or the error of the dump, *result
 *         untouched.
 */
extern int rtnl_link_alloc_cache_flags(struct nl_sock *sk, int family,
				       struct nl_cache **result,
				       unsigned int flags);

/**
 * Look up a link by interface index in a link cache.
 * @param cache	link cache
 * @param ifindex	interface index
 *
 * @return The link with a reference taken for the caller, who releases it
 *         with rtnl_link_put(); NULL when the cache holds no such link or
 *         is not a link cache.
 */
extern struct rtnl_link *rtnl_link_get(struct nl_cache *cache, int ifindex);

/**
 * Look up a link by name in a link cache.
 * @param cache	link cache
 * @param name	interface name
 *
 * @return The link with a reference taken for the caller, who releases it
 *         with rtnl_link_put(); NULL when the cache holds no such link.
 */
extern struct rtnl_link *rtnl_link_get_by_name(struct nl_cache *cache,
					       const char *name);

/**
 * Translate an interface index to its name using a link cache.
 * @param cache	link cache
 * @param ifindex	interface index
 * @param dst	buffer for the name
 * @param len	size of dst in bytes; the name is truncated to fit
 *
 * @return dst, or NULL when the cache holds no link with that index (dst
 *         is then left unchanged).
 */
extern char *rtnl_link_i2name(struct nl_cache *cache, int ifindex, char *dst,
			      size_t len);

/**
 * Translate an interface name to its index using a link cache.
 * @param cache	link cache
 * @param name	interface name
 *
 * @return The interface index, or 0 when the cache holds no such link.
 */
extern int rtnl_link_name2i(struct nl_cache *cache, const char *name);

/**
 * Build an RTM_NEWLINK request that creates a link.
 * @param link	the link to create: its name, kind (rtnl_link_set_type())
 *		and kind data, and the attributes to give it
 * @param flags	netlink message flags added to NLM_F_CREATE
 *		(NLM_F_EXCL to fail when the link exists)
 * @param[out] result	the request
 *
 * The message carries the link's settable attributes, IFLA_LINKINFO with
 * the kind and its data, the VF list and the per-family data.
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(), or hands it to nl_send_sync(), which frees
 *         it. -NLE_NOMEM, -NLE_MSGSIZE, or the error of a kind's data.
 */
extern int rtnl_link_build_add_request(struct rtnl_link *link, int flags,
				       struct nl_msg **result);

/**
 * Create a link in the kernel.
 * @param sk	netlink route socket
 * @param link	the link to create (see rtnl_link_build_add_request())
 * @param flags	netlink message flags added to NLM_F_CREATE
 *
 * Builds the request, sends it and waits for the kernel's answer. The
 * link object is not changed; read the new link back with
 * rtnl_link_get_kernel() or a cache refill.
 *
 * @return 0 on success; an error of rtnl_link_build_add_request(), or the
 *         kernel's error (-NLE_EXIST with NLM_F_EXCL when the link exists,
 *         -NLE_OPNOTSUPP for a kind the kernel does not know,
 *         -NLE_PERM without CAP_NET_ADMIN...).
 */
extern int rtnl_link_add(struct nl_sock *sk, struct rtnl_link *link, int flags);

/**
 * Build a request that changes an existing link.
 * @param orig	the link to change: found by its interface index, or by its
 *		name when it has no index
 * @param changes	link object holding the new values; only its set
 *			attributes are sent
 * @param flags	netlink message flags
 * @param[out] result	the request
 *
 * The request is an RTM_NEWLINK message in orig's family carrying
 * changes' attributes; flags set or cleared with rtnl_link_set_flags() /
 * rtnl_link_unset_flags() are changed, the others kept. A name set in
 * changes renames the link when orig has an index. Per-family data that
 * the kernel takes only in RTM_SETLINK (bridge port data) turns the
 * request into an RTM_SETLINK in that family.
 *
 * @return 0 with *result set (owned by the caller, freed with
 *         nlmsg_free()); -NLE_NOMEM, -NLE_MSGSIZE. When orig has neither
 *         index nor name the request names no link, and the kernel
 *         refuses it.
 */
extern int rtnl_link_build_change_request(struct rtnl_link *orig,
					  struct rtnl_link *changes, int flags,
					  struct nl_msg **result);

/**
 * Change a link in the kernel.
 * @param sk	netlink route socket
 * @param orig	the link to change (index or name)
 * @param changes	link object holding the new values
 * @param flags	netlink message flags
 *
 * Builds the request with rtnl_link_build_change_request(), sends it and
 * waits for the answer. A kernel that refuses RTM_NEWLINK with
 * EOPNOTSUPP (before 2.6.21) is sent the same request as RTM_SETLINK.
 * Neither object is changed.
 *
 * @return 0 on success; an error of rtnl_link_build_change_request(), or
 *         the kernel's error (-NLE_NODEV for a link that does not exist,
 *         -NLE_INVAL for values the kernel refuses...).
 */
extern int rtnl_link_change(struct nl_sock *sk, struct rtnl_link *orig,
			    struct rtnl_link *changes, int flags);

/**
 * Build an RTM_DELLINK request.
 * @param link	the link to delete: its interface index, and its name when
 *		set
 * @param[out] result	the request
 *
 * @return 0 with *result set (owned by the caller, freed with
 *         nlmsg_free()); -NLE_MISSING_ATTR when link has neither index
 *         nor name, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_link_build_delete_request(const struct rtnl_link *link,
					  struct nl_msg **result);

/**
 * Delete a link in the kernel.
 * @param sk	netlink route socket
 * @param link	the link to delete, by interface index or name; a link of a
 *		cache or an object with just one of them set
 *
 * Only virtual links (of a kind) can be deleted.
 *
 * @return 0 on success; an error of rtnl_link_build_delete_request(), or
 *         the kernel's error (-NLE_NODEV when there is no such link,
 *         -NLE_OPNOTSUPP for a physical device...).
 */
extern int rtnl_link_delete(struct nl_sock *sk, const struct rtnl_link *link);

/**
 * Build an RTM_GETLINK request for one link.
 * @param ifindex	interface index, or 0 to look up by name
 * @param name	interface name, or NULL to look up by index
 * @param[out] result	the request
 *
 * The request asks for VF information too (IFLA_EXT_MASK).
 *
 * @return 0 with *result set (owned by the caller, freed with
 *         nlmsg_free()); -NLE_MISSING_ATTR when neither ifindex nor name
 *         is given, -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_link_build_get_request(int ifindex, const char *name,
				       struct nl_msg **result);

/**
 * Read one link from the kernel, without a cache.
 * @param sk	netlink route socket
 * @param ifindex	interface index, or 0 to look up by name
 * @param name	interface name, or NULL to look up by index
 * @param[out] result	the link
 *
 * Each call sends a request; nothing is cached.
 *
 * @return 0 with *result set to a new link object owned by the caller
 *         (release it with rtnl_link_put()); -NLE_MISSING_ATTR without
 *         ifindex or name, -NLE_NODEV when the kernel has no such link,
 *         -NLE_OBJ_NOTFOUND when its answer held no link, or another
 *         error of the request or the answer.
 */
extern int rtnl_link_get_kernel(struct nl_sock *sk, int ifindex,
				const char *name, struct rtnl_link **result);

/**
 * Make a link a port (slave) of a master link.
 * @param sk	netlink route socket
 * @param master	interface index of the master (bridge, bond, team...)
 * @param slave	interface index of the link to enslave
 *
 * Sends a change that sets the slave's master, then reads the slave back
 * to check that the kernel did it: some kernels accept the request but
 * ignore it.
 *
 * @return 0 on success; -NLE_OPNOTSUPP when the slave did not get the
 *         master; the error of the change or of reading the link back.
 */
extern int rtnl_link_enslave_ifindex(struct nl_sock *sk, int master,
				     int slave);

/**
 * Make a link a port (slave) of a master link, given link objects.
 * @param sk	netlink route socket
 * @param master	the master link (its interface index is used)
 * @param slave	the link to enslave (its interface index is used)
 *
 * @return As rtnl_link_enslave_ifindex().
 */
extern int rtnl_link_enslave(struct nl_sock *sk, struct rtnl_link *master,
			     struct rtnl_link *slave);

/**
 * Remove a link from its master.
 * @param sk	netlink route socket
 * @param slave	interface index of the port to release
 *
 * Sets the link's master to 0 and checks the result by reading the link
 * back.
 *
 * @return 0 on success; -NLE_OPNOTSUPP when the link kept a master; the
 *         error of the change or of reading the link back.
 */
extern int rtnl_link_release_ifindex(struct nl_sock *sk, int slave);

/**
 * Remove a link from its master, given a link object.
 * @param sk	netlink route socket
 * @param slave	the port to release (its interface index is used)
 *
 * @return As rtnl_link_release_ifindex().
 */
extern int rtnl_link_release(struct nl_sock *sk, struct rtnl_link *slave);

/**
 * Put the kind of a link and its data (IFLA_LINKINFO) into a message.
 * @param msg	message being built
 * @param link	link object
 *
 * Adds nothing when the link has neither a kind nor a slave kind. The
 * kind's data are written by the kind's operations.
 *
 * @return 0 on success; -NLE_MSGSIZE when the message is full, or the
 *         error of the kind's operations.
 */
extern int rtnl_link_fill_info(struct nl_msg *msg, struct rtnl_link *link);

/**
 * Parse the attributes nested in IFLA_LINKINFO with the link's kind.
 * @param link	link object whose kind is already set
 * @param li	attributes of IFLA_LINKINFO, indexed by IFLA_INFO_* (an
 *		array of IFLA_INFO_MAX + 1 entries, as nla_parse_nested()
 *		fills it)
 *
 * IFLA_INFO_DATA (and IFLA_INFO_XSTATS) are handed to the operations of
 * the link's kind, which store them as the link's kind data.
 *
 * @return 0 on success, also when the link has no kind this library
 *         knows; the kind's parse error otherwise (-NLE_NOMEM, -NLE_RANGE
 *         for a malformed attribute...).
 */
extern int rtnl_link_info_parse(struct rtnl_link *link, struct nlattr **li);

/**
 * Name a link statistic.
 * @param st	statistic id (rtnl_link_stat_id_t)
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding the name ("rx_packets", "Ip6InReceives"...), or
 *         the id in hexadecimal ("0x..") when it has no name.
 */
extern char *rtnl_link_stat2str(int st, char *buf, size_t len);

/**
 * Look up a link statistic by name.
 * @param name	name as rtnl_link_stat2str() gives it (case is ignored), or
 *		a number
 *
 * @return The statistic id; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_str2stat(const char *name);

/**
 * Name the link flags set in a flag word.
 * @param flags	IFF_* flags
 * @param buf	buffer for the names
 * @param len	size of buf in bytes
 *
 * The text is truncated to fit buf; a trailing comma marks set bits
 * that have no name.
 *
 * @return buf, holding the names of the known flags separated by commas
 *         ("up,broadcast,running,multicast..."), empty when none is set.
 */
extern char *rtnl_link_flags2str(int flags, char *buf, size_t len);

/**
 * Translate link flag names to flags.
 * @param name	comma separated flag names as rtnl_link_flags2str()
 *		writes them (case is ignored)
 *
 * @return The IFF_* flags named; unknown names are ignored (0 when none
 *         is known).
 */
extern int rtnl_link_str2flags(const char *name);

/**
 * Name an operational state.
 * @param st	IF_OPER_* state
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "unknown", "notpresent", "down", "lowerlayerdown",
 *         "testing", "dormant" or "up", or the value in hexadecimal.
 */
extern char *rtnl_link_operstate2str(uint8_t st, char *buf, size_t len);

/**
 * Look up an operational state by name.
 * @param name	name as rtnl_link_operstate2str() gives it (case ignored)
 *
 * @return The IF_OPER_* state; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_str2operstate(const char *name);

/**
 * Name a link mode.
 * @param st	IF_LINK_MODE_* mode
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "default" or "dormant", or the value in
 *         hexadecimal.
 */
extern char *rtnl_link_mode2str(uint8_t st, char *buf, size_t len);

/**
 * Look up a link mode by name.
 * @param name	"default" or "dormant" (case ignored)
 *
 * @return The IF_LINK_MODE_* mode; -NLE_INVAL for an empty name,
 *         -NLE_OBJ_NOTFOUND for an unknown one.
 */
extern int rtnl_link_str2mode(const char *name);

/**
 * Name a carrier state.
 * @param st	carrier state: 0 or 1
 * @param buf	buffer for the name
 * @param len	size of buf in bytes
 *
 * @return buf, holding "down" or "up", or the value in hexadecimal.
 */
extern char *rtnl_link_carrier2str(uint8_t st, char *buf, size_t len);

/**
 * Look up a carrier state by name.
 * @param name	"down" or "up" (case ignored)
 *
 * @return 0 or 1; -NLE_INVAL for an empty name, -NLE_OBJ_NOTFOUND for an
 *         unknown one.
 */
extern int rtnl_link_str2carrier(const char *name);

/*
 * Attributes. A setter changes the object only and marks the attribute
 * present: rtnl_link_add() or rtnl_link_change() sends it.
 */

/**
 * Set the queueing discipline name of a link object.
 * @param link	link object
 * @param name	qdisc name; truncated to 31 bytes
 *
 * The kernel reports the qdisc for information only; it is changed with
 * the traffic control API. The setter serves filter objects for cache
 * lookups.
 */
extern void rtnl_link_set_qdisc(struct rtnl_link *link, const char *name);

/**
 * Get the queueing discipline name of a link.
 * @param link	link object
 *
 * @return The name, owned by link; NULL when not set.
 */
extern char *rtnl_link_get_qdisc(struct rtnl_link *link);

/**
 * Set the interface name of a link object.
 * @param link	link object
 * @param name	interface name; truncated to IFNAMSIZ - 1 (15) bytes
 *
 * For a new link this is its name; in the changes of
 * rtnl_link_change() it renames the link.
 */
extern void rtnl_link_set_name(struct rtnl_link *link, const char *name);

/**
 * Get the interface name of a link.
 * @param link	link object
 *
 * @return The name, owned by link (valid while link lives and keeps its
 *         name); NULL when not set.
 */
extern char *rtnl_link_get_name(struct rtnl_link *link);

/**
 * Set the group of a link object.
 * @param link	link object
 * @param group	numeric link group (IFLA_GROUP)
 */
extern void rtnl_link_set_group(struct rtnl_link *link, uint32_t group);

/**
 * Get the group of a link.
 * @param link	link object
 *
 * @return The link group; 0 when not set.
 */
extern uint32_t rtnl_link_get_group(struct rtnl_link *link);

/**
 * Turn link flags on.
 * @param link	link object
 * @param flags	IFF_* flags to set (IFF_UP, IFF_PROMISC...)
 *
 * The flags are also marked to be changed: a request built from link
 * changes exactly the flags set or cleared on it and keeps the others.
 */
extern void rtnl_link_set_flags(struct rtnl_link *link, unsigned int flags);

/**
 * Turn link flags off.
 * @param link	link object
 * @param flags	IFF_* flags to clear
 *
 * The flags are marked to be changed, as by rtnl_link_set_flags().
 */
extern void rtnl_link_unset_flags(struct rtnl_link *link, unsigned int flags);

/**
 * Get the flags of a link.
 * @param link	link object
 *
 * @return The IFF_* flags; 0 when not set.
 */
extern unsigned int rtnl_link_get_flags(struct rtnl_link *link);

/**
 * Set the maximum transmission unit of a link object.
 * @param link	link object
 * @param mtu	MTU in bytes
 */
extern void rtnl_link_set_mtu(struct rtnl_link *link, unsigned int mtu);

/**
 * Get the maximum transmission unit of a link.
 * @param link	link object
 *
 * @return The MTU in bytes; 0 when not set.
 */
extern unsigned int rtnl_link_get_mtu(struct rtnl_link *link);

/**
 * Set the transmit queue length of a link object.
 * @param link	link object
 * @param txqlen	queue length, usually in packets
 */
extern void rtnl_link_set_txqlen(struct rtnl_link *link, unsigned int txqlen);

/**
 * Get the transmit queue length of a link.
 * @param link	link object
 *
 * @return The queue length; 0 when not set.
 */
extern unsigned int rtnl_link_get_txqlen(struct rtnl_link *link);

/**
 * Set the interface index of a link object.
 * @param link	link object
 * @param ifindex	interface index
 *
 * The index identifies an existing link in requests; for a new link the
 * kernel picks one unless it is set.
 */
extern void rtnl_link_set_ifindex(struct rtnl_link *link, int ifindex);

/**
 * Get the interface index of a link.
 * @param link	link object
 *
 * @return The interface index; 0 when not set.
 */
extern int rtnl_link_get_ifindex(struct rtnl_link *link);

/**
 * Set the address family of a link object.
 * @param link	link object
 * @param family	AF_UNSPEC, or the family whose view of the link is
 *			meant (AF_BRIDGE for bridge port data)
 *
 * A family with per-family link data (AF_BRIDGE, AF_INET, AF_INET6)
 * gives the link an empty data block of that family: after
 * rtnl_link_set_family(link, AF_BRIDGE) the rtnl_link_bridge_* port
 * functions work on link.
 */
extern void rtnl_link_set_family(struct rtnl_link *link, int family);

/**
 * Get the address family of a link.
 * @param link	link object
 *
 * @return The family; AF_UNSPEC when not set.
 */
extern int rtnl_link_get_family(struct rtnl_link *link);

/**
 * Set the hardware type of a link object.
 * @param link	link object
 * @param arptype	ARPHRD_* type (<linux/if_arp.h>)
 *
 * See nl_llproto2str() and nl_str2llproto() for names.
 */
extern void rtnl_link_set_arptype(struct rtnl_link *link, unsigned int arptype);

/**
 * Get the hardware type of a link.
 * @param link	link object
 *
 * @return The ARPHRD_* type; 0 (ARPHRD_NETROM) when not set.
 */
extern unsigned int rtnl_link_get_arptype(struct rtnl_link *link);

/**
 * Set the link layer address of a link object.
 * @param link	link object
 * @param addr	address (a MAC address for ethernet); NULL removes it
 *
 * The link takes a reference to addr (nl_addr_get()) and drops the one
 * it held; the caller keeps its own reference.
 */
extern void rtnl_link_set_addr(struct rtnl_link *link, struct nl_addr *addr);

/**
 * Get the link layer address of a link.
 * @param link	link object
 *
 * @return The address, owned by link (take a reference with nl_addr_get()
 *         to keep it longer than link keeps it); NULL when not set.
 */
extern struct nl_addr *rtnl_link_get_addr(struct rtnl_link *link);

/**
 * Get the permanent hardware address of a link.
 * @param link	link object
 *
 * The kernel reports it (IFLA_PERM_ADDRESS) for devices that have one;
 * it cannot be set.
 *
 * @return The address, owned by link; NULL when not reported.
 */
extern struct nl_addr *rtnl_link_get_perm_addr(struct rtnl_link *link);

/**
 * Set the link layer broadcast address of a link object.
 * @param link	link object
 * @param addr	broadcast address; NULL removes it
 *
 * The link takes a reference to addr and drops the one it held.
 */
extern void rtnl_link_set_broadcast(struct rtnl_link *link,
				    struct nl_addr *addr);

/**
 * Get the link layer broadcast address of a link.
 * @param link	link object
 *
 * @return The address, owned by link; NULL when not set.
 */
extern struct nl_addr *rtnl_link_get_broadcast(struct rtnl_link *link);

/**
 * Set the lower link of a link object.
 * @param link	link object
 * @param ifindex	interface index of the link this one sits on (the
 *			parent of a VLAN or MACVLAN, IFLA_LINK)
 */
extern void rtnl_link_set_link(struct rtnl_link *link, int ifindex);

/**
 * Get the lower link of a link.
 * @param link	link object
 *
 * @return The interface index of the lower link; 0 when not set.
 */
extern int rtnl_link_get_link(struct rtnl_link *link);

/**
 * Set the master of a link object.
 * @param link	link object
 * @param ifindex	interface index of the master (bridge, bond...); 0
 *			in a change request releases the link from its master
 */
extern void rtnl_link_set_master(struct rtnl_link *link, int ifindex);

/**
 * Get the master of a link.
 * @param link	link object
 *
 * @return The interface index of the master; 0 when the link has none or
 *         it is not set.
 */
extern int rtnl_link_get_master(struct rtnl_link *link);

/**
 * Set the carrier state of a link object.
 * @param link	link object
 * @param status	0 (down) or 1 (up); only some devices let user space
 *			change it
 */
extern void rtnl_link_set_carrier(struct rtnl_link *link, uint8_t status);

/**
 * Get the carrier state of a link.
 * @param link	link object
 *
 * @return 1 when the carrier is up, 0 when it is down or not set.
 */
extern uint8_t rtnl_link_get_carrier(struct rtnl_link *link);

/**
 * Get the number of carrier changes of a link.
 * @param link	link object
 * @param[out] carrier_changes	the count
 *
 * @return 0 with the count in *carrier_changes; -NLE_NOATTR when the
 *         kernel did not report it.
 */
extern int rtnl_link_get_carrier_changes(struct rtnl_link *link,
					 uint32_t *carrier_changes);

/**
 * Set the operational state of a link object.
 * @param link	link object
 * @param status	IF_OPER_* state
 *
 * User space may only move a link between IF_OPER_UP and IF_OPER_DORMANT
 * (with the link mode IF_LINK_MODE_DORMANT).
 */
extern void rtnl_link_set_operstate(struct rtnl_link *link, uint8_t status);

/**
 * Get the operational state of a link.
 * @param link	link object
 *
 * @return The IF_OPER_* state; 0 (IF_OPER_UNKNOWN) when not set.
 */
extern uint8_t rtnl_link_get_operstate(struct rtnl_link *link);

/**
 * Set the link mode of a link object.
 * @param link	link object
 * @param mode	IF_LINK_MODE_DEFAULT or IF_LINK_MODE_DORMANT
 */
extern void rtnl_link_set_linkmode(struct rtnl_link *link, uint8_t mode);

/**
 * Get the link mode of a link.
 * @param link	link object
 *
 * @return The IF_LINK_MODE_* mode; 0 (IF_LINK_MODE_DEFAULT) when not set.
 */
extern uint8_t rtnl_link_get_linkmode(struct rtnl_link *link);

/**
 * Set the network namespace id of the link's peer or lower link.
 * @param link	link object
 * @param link_netnsid	namespace id (IFLA_LINK_NETNSID), as assigned in
 *			the current namespace
 *
 * @return 0.
 */
extern int rtnl_link_set_link_netnsid(struct rtnl_link *link,
				      int32_t link_netnsid);

/**
 * Get the network namespace id of the link's peer or lower link.
 * @param link	link object
 * @param[out] out_link_netnsid	the namespace id
 *
 * @return 0 with the id in *out_link_netnsid; -NLE_INVAL when the link
 *         has none (the peer is in the same namespace, or not reported).
 */
extern int rtnl_link_get_link_netnsid(const struct rtnl_link *link,
				      int32_t *out_link_netnsid);

/**
 * Get the alias of a link.
 * @param link	link object
 *
 * @return The alias (SNMP ifAlias), owned by link; NULL when not set.
 */
extern const char *rtnl_link_get_ifalias(struct rtnl_link *link);

/**
 * Set the alias of a link object.
 * @param link	link object
 * @param alias	alias text (at most 255 bytes are taken by the kernel),
 *		copied; NULL removes the alias from the object
 */
extern void rtnl_link_set_ifalias(struct rtnl_link *link, const char *alias);

/**
 * Get the number of SR-IOV virtual functions of a link.
 * @param link	link object
 * @param[out] num_vf	the number of VFs
 *
 * @return 0 with the number in *num_vf; -NLE_OPNOTSUPP when the kernel
 *         did not report it (a device without SR-IOV).
 */
extern int rtnl_link_get_num_vf(struct rtnl_link *link, uint32_t *num_vf);

/**
 * Get a statistic of a link.
 * @param link	link object
 * @param id	statistic (RTNL_LINK_RX_PACKETS...)
 *
 * The counters come from IFLA_STATS64 (or IFLA_STATS); the IPv6 counters
 * from the link's IPv6 data.
 *
 * @return The counter; 0 when not reported or id is out of range.
 */
extern uint64_t rtnl_link_get_stat(struct rtnl_link *link,
				   rtnl_link_stat_id_t id);

/**
 * Set a statistic of a link object.
 * @param link	link object
 * @param id	statistic (RTNL_LINK_RX_PACKETS...)
 * @param value	counter value
 *
 * Statistics are never sent to the kernel; this serves tests and
 * comparisons.
 *
 * @return 0; -NLE_INVAL when id is out of range.
 */
extern int rtnl_link_set_stat(struct rtnl_link *link, rtnl_link_stat_id_t id,
			      const uint64_t value);

/**
 * Set the kind of a link object.
 * @param link	link object
 * @param type	kind name (IFLA_INFO_KIND: "dummy", "veth", "vlan",
 *		"bridge", "bond", "vxlan"...), copied; NULL removes the kind
 *
 * For a kind this library knows, the link gets empty kind data that the
 * rtnl_link_<kind>_* functions fill; data of a former kind are freed. A
 * kind it does not know is still sent to the kernel. Set the kind before
 * calling the kind's functions: they refuse links of another kind.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int rtnl_link_set_type(struct rtnl_link *link, const char *type);

/**
 * Get the kind of a link.
 * @param link	link object
 *
 * @return The kind name, owned by link; NULL when the link has none.
 */
extern char *rtnl_link_get_type(struct rtnl_link *link);

/**
 * Set the kind of the master of a link object.
 * @param link	link object
 * @param type	kind of the link's master ("bridge", "bond"...),
 *		copied; NULL removes it
 *
 * Sent as IFLA_INFO_SLAVE_KIND.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int rtnl_link_set_slave_type(struct rtnl_link *link, const char *type);

/**
 * Get the kind of the master of a link.
 * @param link	link object
 *
 * @return The kind name of the link's master, owned by link; NULL when
 *         the link is no port or it is not reported.
 */
extern const char *rtnl_link_get_slave_type(const struct rtnl_link *link);

/**
 * Set the promiscuity count of a link object.
 * @param link	link object
 * @param count	number of users of promiscuous mode
 *
 * The count is read-only in the kernel; the setter serves filter objects
 * and is never sent.
 */
extern void rtnl_link_set_promiscuity(struct rtnl_link *link, uint32_t count);

/**
 * Get the promiscuity count of a link.
 * @param link	link object
 *
 * @return How many users put the link in promiscuous mode; 0 when it is
 *         not promiscuous or not reported.
 */
extern uint32_t rtnl_link_get_promiscuity(struct rtnl_link *link);

/**
 * Set the number of transmit queues of a link object.
 * @param link	link object
 * @param nqueues	number of TX queues; only taken when a link is created
 */
extern void rtnl_link_set_num_tx_queues(struct rtnl_link *link,
					uint32_t nqueues);

/**
 * Get the number of transmit queues of a link.
 * @param link	link object
 *
 * @return The number of TX queues; 0 when not set.
 */
extern uint32_t rtnl_link_get_num_tx_queues(struct rtnl_link *link);

/**
 * Set the number of receive queues of a link object.
 * @param link	link object
 * @param nqueues	number of RX queues; only taken when a link is created
 */
extern void rtnl_link_set_num_rx_queues(struct rtnl_link *link,
					uint32_t nqueues);

/**
 * Get the number of receive queues of a link.
 * @param link	link object
 *
 * @return The number of RX queues; 0 when not set.
 */
extern uint32_t rtnl_link_get_num_rx_queues(struct rtnl_link *link);

/**
 * Get the maximum number of GSO segments of a link.
 * @param link	link object
 * @param[out] gso_max_segs	the limit
 *
 * @return 0 with the limit in *gso_max_segs; -NLE_NOATTR when the kernel
 *         did not report it.
 */
extern int rtnl_link_get_gso_max_segs(struct rtnl_link *link,
				      uint32_t *gso_max_segs);

/**
 * Get the maximum size of a GSO packet of a link.
 * @param link	link object
 * @param[out] gso_max_size	the size in bytes
 *
 * @return 0 with the size in *gso_max_size; -NLE_NOATTR when the kernel
 *         did not report it.
 */
extern int rtnl_link_get_gso_max_size(struct rtnl_link *link,
				      uint32_t *gso_max_size);

/**
 * Get the physical port id of a link.
 * @param link	link object
 *
 * @return The id as reported by the driver (IFLA_PHYS_PORT_ID), owned by
 *         link; NULL when not reported.
 */
extern struct nl_data *rtnl_link_get_phys_port_id(struct rtnl_link *link);

/**
 * Get the physical port name of a link.
 * @param link	link object
 *
 * @return The name (IFLA_PHYS_PORT_NAME), owned by link; an empty string
 *         when not reported.
 */
extern char *rtnl_link_get_phys_port_name(struct rtnl_link *link);

/**
 * Get the physical switch id of a link.
 * @param link	link object
 *
 * @return The id of the switch the port belongs to (IFLA_PHYS_SWITCH_ID),
 *         owned by link; NULL when not reported.
 */
extern struct nl_data *rtnl_link_get_phys_switch_id(struct rtnl_link *link);

/**
 * Move a link to the network namespace of a file descriptor.
 * @param link	link object
 * @param fd	file descriptor of a network namespace
 *		(/proc/PID/ns/net, /run/netns/NAME)
 *
 * A change request built from link moves the link (IFLA_NET_NS_FD); for a
 * new link, it is created there. The descriptor is only borrowed.
 */
extern void rtnl_link_set_ns_fd(struct rtnl_link *link, int fd);

/**
 * Get the network namespace file descriptor of a link object.
 * @param link	link object
 *
 * @return The descriptor set with rtnl_link_set_ns_fd(); 0 when not set.
 */
extern int rtnl_link_get_ns_fd(struct rtnl_link *link);

/**
 * Move a link to the network namespace of a process.
 * @param link	link object
 * @param pid	process whose network namespace is meant (IFLA_NET_NS_PID)
 */
extern void rtnl_link_set_ns_pid(struct rtnl_link *link, pid_t pid);

/**
 * Get the network namespace process of a link object.
 * @param link	link object
 *
 * @return The process id set with rtnl_link_set_ns_pid(); 0 when not set.
 */
extern pid_t rtnl_link_get_ns_pid(struct rtnl_link *link);

/**
 * Tell whether a link carries a list of SR-IOV virtual functions.
 * @param link	link object
 *
 * @return Nonzero when the VF list is present (reported by the kernel or
 *         filled with rtnl_link_vf_add()), 0 otherwise.
 */
extern int rtnl_link_has_vf_list(struct rtnl_link *link);

/**
 * Mark the VF list of a link object present.
 * @param link	link object
 *
 * A request built from link then carries its VFs (IFLA_VFINFO_LIST).
 */
extern void rtnl_link_set_vf_list(struct rtnl_link *link);

/**
 * Mark the VF list of a link object absent.
 * @param link	link object
 *
 * The VFs stay in the object but are no longer sent or compared.
 */
extern void rtnl_link_unset_vf_list(struct rtnl_link *link);

/**
 * Set the kind of a link object (old name).
 * @param link	link object
 * @param type	kind name, or NULL
 *
 * @deprecated Use rtnl_link_set_type().
 * @return As rtnl_link_set_type().
 */
extern int rtnl_link_set_info_type(struct rtnl_link *link, const char *type)
	__attribute__((deprecated));

/**
 * Get the kind of a link (old name).
 * @param link	link object
 *
 * @deprecated Use rtnl_link_get_type().
 * @return As rtnl_link_get_type().
 */
extern char *rtnl_link_get_info_type(struct rtnl_link *link)
	__attribute__((deprecated));

/**
 * Set the weight of a link object.
 * @param link	link object
 * @param weight	weight (IFLA_WEIGHT)
 *
 * @deprecated The kernel has not used the weight for a long time.
 */
extern void rtnl_link_set_weight(struct rtnl_link *link, unsigned int weight)
	__attribute__((deprecated));

/**
 * Get the weight of a link.
 * @param link	link object
 *
 * @deprecated The kernel has not used the weight for a long time.
 * @return The weight; 0 when not set.
 */
extern unsigned int rtnl_link_get_weight(struct rtnl_link *link)
	__attribute__((deprecated));

#ifdef __cplusplus
}
#endif

/** @} */

#endif
