/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Utilities: unit conversions, protocol names, dump output and the
 * library's capability flags.
 */

#ifndef NETLINK_UTILS_H_
#define NETLINK_UTILS_H_

#include <netlink/netlink.h>
#include <netlink/list.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && __GNUC__ > 5
#define _nl_attribute_printf(a, b) __attribute__((__format__(printf, a, b)))
#else
#define _nl_attribute_printf(a, b)
#endif

/** Lowest probability (0%) as used by nl_prob2int() */
#define NL_PROB_MIN 0x0
/** Highest probability (100%) as used by nl_prob2int() */
#define NL_PROB_MAX 0xffffffff

/** Unit of the rate given to nl_rate2str() */
enum {
	NL_BYTE_RATE,
	NL_BIT_RATE,
};

/**
 * Scale a byte count to the largest fitting unit.
 * @arg unit	receives the unit name ("B", "KiB", "MiB", "GiB", "TiB")
 * @return the scaled value.
 */
extern double nl_cancel_down_bytes(unsigned long long l, char **unit);

/** Scale a bit count to "bit", "Kbit", "Mbit", "Gbit" or "Tbit". */
extern double nl_cancel_down_bits(unsigned long long l, char **unit);

/**
 * Print a rate of @a type (NL_BYTE_RATE or NL_BIT_RATE) with its unit
 * ("10KiB/s", "8Mbit/s") into @a buf.
 * @return the number of characters snprintf() wanted to write.
 */
extern int nl_rate2str(unsigned long long rate, int type, char *buf,
		       size_t len);

/** Scale microseconds to "us", "ms" or "s". */
extern double nl_cancel_down_us(uint32_t l, char **unit);

/**
 * Parse a size with an optional unit ("64", "1k", "2mbit", "10KiB"...).
 * @return the size in bytes, or -NLE_INVAL.
 */
extern long nl_size2int(const char *str);

/** Print a byte count as "1.5KiB" etc. into @a buf, returned. */
extern char *nl_size2str(const size_t size, char *buf, const size_t len);

/**
 * Parse a probability ("50%" or "0.5") into 0..NL_PROB_MAX.
 * @return the value, or -NLE_INVAL.
 */
extern long nl_prob2int(const char *str);

/** Clock ticks per second of the kernel's user interface (USER_HZ). */
extern int nl_get_user_hz(void);

/** Ticks per second of the packet scheduler clock. */
extern int nl_get_psched_hz(void);

/** Microseconds to packet scheduler ticks. */
extern uint32_t nl_us2ticks(uint32_t us);

/** Packet scheduler ticks to microseconds. */
extern uint32_t nl_ticks2us(uint32_t ticks);

/**
 * Parse a duration ("1d2h", "500msec", "10s"...) into milliseconds.
 * @return 0 or -NLE_INVAL.
 */
extern int nl_str2msec(const char *str, uint64_t *result);

/** Print milliseconds as "1d 2h 3m 4s 5msec" into @a buf, returned. */
extern char *nl_msec2str(uint64_t msec, char *buf, size_t len);

/** Name of an ARPHRD_* link-layer type into @a buf. */
extern char *nl_llproto2str(int llproto, char *buf, size_t len);

/** ARPHRD_* value of a name; -NLE_INVAL when unknown. */
extern int nl_str2llproto(const char *name);

/** Name of an ETH_P_* protocol into @a buf. */
extern char *nl_ether_proto2str(int eproto, char *buf, size_t len);

/** ETH_P_* value of a name; -NLE_INVAL when unknown. */
extern int nl_str2ether_proto(const char *name);

/** Name of an IP protocol (from the protocols database) into @a buf. */
extern char *nl_ip_proto2str(int proto, char *buf, size_t len);

/** IP protocol number of a name; -NLE_OBJ_NOTFOUND when unknown. */
extern int nl_str2ip_proto(const char *name);

/** Start a new line of dump output (prefix, line callback). */
extern void nl_new_line(struct nl_dump_params *params);

/** Write formatted text to the dump output. */
extern void nl_dump(struct nl_dump_params *params, const char *fmt, ...)
	_nl_attribute_printf(2, 3);

/** nl_new_line() then nl_dump(). */
extern void nl_dump_line(struct nl_dump_params *params, const char *fmt, ...)
	_nl_attribute_printf(2, 3);

/**
 * Behaviours of this library a program can test for with
 * nl_has_capability().  Each value is also a macro of its own name.
 */
enum {
	NL_CAPABILITY_NONE,
	NL_CAPABILITY_ROUTE_BUILD_MSG_SET_SCOPE = 1,
#define NL_CAPABILITY_ROUTE_BUILD_MSG_SET_SCOPE NL_CAPABILITY_ROUTE_BUILD_MSG_SET_SCOPE
	NL_CAPABILITY_ROUTE_LINK_VETH_GET_PEER_OWN_REFERENCE = 2,
#define NL_CAPABILITY_ROUTE_LINK_VETH_GET_PEER_OWN_REFERENCE NL_CAPABILITY_ROUTE_LINK_VETH_GET_PEER_OWN_REFERENCE
	NL_CAPABILITY_ROUTE_LINK_CLS_ADD_ACT_OWN_REFERENCE = 3,
#define NL_CAPABILITY_ROUTE_LINK_CLS_ADD_ACT_OWN_REFERENCE NL_CAPABILITY_ROUTE_LINK_CLS_ADD_ACT_OWN_REFERENCE
	NL_CAPABILITY_NL_CONNECT_RETRY_GENERATE_PORT_ON_ADDRINUSE = 4,
#define NL_CAPABILITY_NL_CONNECT_RETRY_GENERATE_PORT_ON_ADDRINUSE NL_CAPABILITY_NL_CONNECT_RETRY_GENERATE_PORT_ON_ADDRINUSE
	NL_CAPABILITY_ROUTE_LINK_GET_KERNEL_FAIL_OPNOTSUPP = 5,
#define NL_CAPABILITY_ROUTE_LINK_GET_KERNEL_FAIL_OPNOTSUPP NL_CAPABILITY_ROUTE_LINK_GET_KERNEL_FAIL_OPNOTSUPP
	NL_CAPABILITY_ROUTE_ADDR_COMPARE_CACHEINFO = 6,
#define NL_CAPABILITY_ROUTE_ADDR_COMPARE_CACHEINFO NL_CAPABILITY_ROUTE_ADDR_COMPARE_CACHEINFO
	NL_CAPABILITY_VERSION_3_2_26 = 7,
#define NL_CAPABILITY_VERSION_3_2_26 NL_CAPABILITY_VERSION_3_2_26
	NL_CAPABILITY_NL_RECV_FAIL_TRUNC_NO_PEEK = 8,
#define NL_CAPABILITY_NL_RECV_FAIL_TRUNC_NO_PEEK NL_CAPABILITY_NL_RECV_FAIL_TRUNC_NO_PEEK
	NL_CAPABILITY_LINK_BUILD_CHANGE_REQUEST_SET_CHANGE = 9,
#define NL_CAPABILITY_LINK_BUILD_CHANGE_REQUEST_SET_CHANGE NL_CAPABILITY_LINK_BUILD_CHANGE_REQUEST_SET_CHANGE
	NL_CAPABILITY_RTNL_NEIGH_GET_FILTER_AF_UNSPEC_FIX = 10,
#define NL_CAPABILITY_RTNL_NEIGH_GET_FILTER_AF_UNSPEC_FIX NL_CAPABILITY_RTNL_NEIGH_GET_FILTER_AF_UNSPEC_FIX
	NL_CAPABILITY_VERSION_3_2_27 = 11,
#define NL_CAPABILITY_VERSION_3_2_27 NL_CAPABILITY_VERSION_3_2_27
	NL_CAPABILITY_RTNL_LINK_VLAN_PROTOCOL_SERIALZE = 12,
#define NL_CAPABILITY_RTNL_LINK_VLAN_PROTOCOL_SERIALZE NL_CAPABILITY_RTNL_LINK_VLAN_PROTOCOL_SERIALZE
	NL_CAPABILITY_RTNL_LINK_PARSE_GRE_REMOTE = 13,
#define NL_CAPABILITY_RTNL_LINK_PARSE_GRE_REMOTE NL_CAPABILITY_RTNL_LINK_PARSE_GRE_REMOTE
	NL_CAPABILITY_RTNL_LINK_VLAN_INGRESS_MAP_CLEAR = 14,
#define NL_CAPABILITY_RTNL_LINK_VLAN_INGRESS_MAP_CLEAR NL_CAPABILITY_RTNL_LINK_VLAN_INGRESS_MAP_CLEAR
	NL_CAPABILITY_RTNL_LINK_VXLAN_IO_COMPARE = 15,
#define NL_CAPABILITY_RTNL_LINK_VXLAN_IO_COMPARE NL_CAPABILITY_RTNL_LINK_VXLAN_IO_COMPARE
	NL_CAPABILITY_NL_OBJECT_DIFF64 = 16,
#define NL_CAPABILITY_NL_OBJECT_DIFF64 NL_CAPABILITY_NL_OBJECT_DIFF64
	NL_CAPABILITY_XFRM_SA_KEY_SIZE = 17,
#define NL_CAPABILITY_XFRM_SA_KEY_SIZE NL_CAPABILITY_XFRM_SA_KEY_SIZE
	NL_CAPABILITY_RTNL_ADDR_PEER_FIX = 18,
#define NL_CAPABILITY_RTNL_ADDR_PEER_FIX NL_CAPABILITY_RTNL_ADDR_PEER_FIX
	NL_CAPABILITY_VERSION_3_2_28 = 19,
#define NL_CAPABILITY_VERSION_3_2_28 NL_CAPABILITY_VERSION_3_2_28
	NL_CAPABILITY_RTNL_ADDR_PEER_ID_FIX = 20,
#define NL_CAPABILITY_RTNL_ADDR_PEER_ID_FIX NL_CAPABILITY_RTNL_ADDR_PEER_ID_FIX
	NL_CAPABILITY_NL_ADDR_FILL_SOCKADDR = 21,
#define NL_CAPABILITY_NL_ADDR_FILL_SOCKADDR NL_CAPABILITY_NL_ADDR_FILL_SOCKADDR
	NL_CAPABILITY_XFRM_SEC_CTX_LEN = 22,
#define NL_CAPABILITY_XFRM_SEC_CTX_LEN NL_CAPABILITY_XFRM_SEC_CTX_LEN
	NL_CAPABILITY_LINK_BUILD_ADD_REQUEST_SET_CHANGE = 23,
#define NL_CAPABILITY_LINK_BUILD_ADD_REQUEST_SET_CHANGE NL_CAPABILITY_LINK_BUILD_ADD_REQUEST_SET_CHANGE
	NL_CAPABILITY_NL_RECVMSGS_PEEK_BY_DEFAULT = 24,
#define NL_CAPABILITY_NL_RECVMSGS_PEEK_BY_DEFAULT NL_CAPABILITY_NL_RECVMSGS_PEEK_BY_DEFAULT
	NL_CAPABILITY_VERSION_3_2_29 = 25,
#define NL_CAPABILITY_VERSION_3_2_29 NL_CAPABILITY_VERSION_3_2_29
	NL_CAPABILITY_XFRM_SP_SEC_CTX_LEN = 26,
#define NL_CAPABILITY_XFRM_SP_SEC_CTX_LEN NL_CAPABILITY_XFRM_SP_SEC_CTX_LEN
	NL_CAPABILITY_VERSION_3_3_0 = 27,
#define NL_CAPABILITY_VERSION_3_3_0 NL_CAPABILITY_VERSION_3_3_0
	NL_CAPABILITY_VERSION_3_4_0 = 28,
#define NL_CAPABILITY_VERSION_3_4_0 NL_CAPABILITY_VERSION_3_4_0
	NL_CAPABILITY_ROUTE_FIX_VLAN_SET_EGRESS_MAP = 29,
#define NL_CAPABILITY_ROUTE_FIX_VLAN_SET_EGRESS_MAP NL_CAPABILITY_ROUTE_FIX_VLAN_SET_EGRESS_MAP
	NL_CAPABILITY_VERSION_3_5_0 = 30,
#define NL_CAPABILITY_VERSION_3_5_0 NL_CAPABILITY_VERSION_3_5_0
	NL_CAPABILITY_NL_OBJECT_IDENTICAL_PARTIAL = 31,
#define NL_CAPABILITY_NL_OBJECT_IDENTICAL_PARTIAL NL_CAPABILITY_NL_OBJECT_IDENTICAL_PARTIAL
	NL_CAPABILITY_VERSION_3_6_0 = 32,
#define NL_CAPABILITY_VERSION_3_6_0 NL_CAPABILITY_VERSION_3_6_0
	NL_CAPABILITY_VERSION_3_7_0 = 33,
#define NL_CAPABILITY_VERSION_3_7_0 NL_CAPABILITY_VERSION_3_7_0
	NL_CAPABILITY_VERSION_3_8_0 = 34,
#define NL_CAPABILITY_VERSION_3_8_0 NL_CAPABILITY_VERSION_3_8_0
	NL_CAPABILITY_VERSION_3_9_0 = 35,
#define NL_CAPABILITY_VERSION_3_9_0 NL_CAPABILITY_VERSION_3_9_0
	NL_CAPABILITY_VERSION_3_10_0 = 36,
#define NL_CAPABILITY_VERSION_3_10_0 NL_CAPABILITY_VERSION_3_10_0
	NL_CAPABILITY_VERSION_3_11_0 = 37,
#define NL_CAPABILITY_VERSION_3_11_0 NL_CAPABILITY_VERSION_3_11_0
	NL_CAPABILITY_VERSION_3_12_0 = 38,
#define NL_CAPABILITY_VERSION_3_12_0 NL_CAPABILITY_VERSION_3_12_0
	NL_CAPABILITY_VERSION_3_13_0 = 39,
#define NL_CAPABILITY_VERSION_3_13_0 NL_CAPABILITY_VERSION_3_13_0
	NL_CAPABILITY_VERSION_3_14_0 = 40,
#define NL_CAPABILITY_VERSION_3_14_0 NL_CAPABILITY_VERSION_3_14_0
	NL_CAPABILITY_ROUTE_FIX_PARSE_BONDING = 41,
#define NL_CAPABILITY_ROUTE_FIX_PARSE_BONDING NL_CAPABILITY_ROUTE_FIX_PARSE_BONDING
	NL_CAPABILITY_VERSION_3_15_0 = 42,
#define NL_CAPABILITY_VERSION_3_15_0 NL_CAPABILITY_VERSION_3_15_0
	__NL_CAPABILITY_MAX,
	NL_CAPABILITY_MAX = (__NL_CAPABILITY_MAX - 1),
#define NL_CAPABILITY_MAX NL_CAPABILITY_MAX

	/*
	 * Values 0x7000 to 0x7FFF are reserved for private patches of the
	 * library; this one never uses them.
	 */
#define NL_CAPABILITY_IS_USER_RESERVED(cap) (((cap) & ~0x0FFF) == 0x7000)
};

/**
 * Whether this library has @a capability (an NL_CAPABILITY_* value).
 * @return non-zero when it does, 0 otherwise (also for unknown values).
 */
int nl_has_capability(int capability);

#ifdef __cplusplus
}
#endif

#endif
