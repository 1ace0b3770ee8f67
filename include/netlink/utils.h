/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Utilities: unit conversions, protocol names, dump output and the
 * library's capability flags.
 */

#ifndef NETLINK_UTILS_H_
#define NETLINK_UTILS_H_

/**
 * @defgroup core_utils Utilities
 * @ingroup core
 * Unit conversions (sizes, rates, probabilities, durations, scheduler
 * ticks), names of protocols, the dump output of objects, and the
 * capabilities of the library.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/list.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Lets the compiler check the format of a printf()-like function. */
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
	NL_BYTE_RATE,	/**< Bytes per second, units of 1024 */
	NL_BIT_RATE,	/**< Bits per second, units of 1000 */
};

/**
 * Scale a byte count to the largest binary unit it reaches.
 * @param l	number of bytes
 * @param[out] unit	set to a static unit name: "B", "KiB", "MiB", "GiB"
 *		or "TiB" (powers of 1024)
 *
 * @return The value expressed in that unit.
 */
extern double nl_cancel_down_bytes(unsigned long long l, char **unit);

/**
 * Scale a bit count to the largest decimal unit it reaches.
 * @param l	number of bits
 * @param[out] unit	set to a static unit name: "bit", "Kbit", "Mbit",
 *		"Gbit" or "Tbit" (powers of 1000)
 *
 * @return The value expressed in that unit.
 */
extern double nl_cancel_down_bits(unsigned long long l, char **unit);

/**
 * Write a rate with its unit into a buffer.
 * @param rate	rate in bytes per second
 * @param type	NL_BYTE_RATE (printed in bytes, units of 1024) or
 *		NL_BIT_RATE (printed in bits, units of 1000)
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * The value has two decimals and a unit, such as "1.46KiB/s".
 *
 * @return What snprintf() returned (the length of the full text);
 *         -NLE_INVAL for an unknown @a type, @a buf untouched.
 */
extern int nl_rate2str(unsigned long long rate, int type, char *buf,
		       size_t len);

/**
 * Scale a number of microseconds to the largest unit it reaches.
 * @param l	microseconds
 * @param[out] unit	set to a static unit name: "us", "ms" or "s"
 *
 * @return The value expressed in that unit.
 */
extern double nl_cancel_down_us(uint32_t l, char **unit);

/**
 * Parse a size with an optional unit.
 * @param str	a number (decimal, 0x hexadecimal or 0 octal), optionally
 *		followed by b, k, kb, m, mb, g, gb (bytes, powers of 1024) or
 *		bit, kbit, mbit, gbit (bits, powers of 1000); case is
 *		ignored
 *
 * @return The size in bytes; -NLE_INVAL when @a str is not a number or
 *         has an unknown unit.
 */
extern long nl_size2int(const char *str);

/**
 * Write a byte count with a binary unit into a buffer.
 * @param size	number of bytes
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * Two significant digits and a unit, such as "1.5KiB"; 0 gives "0B".
 *
 * @return @a buf.
 */
extern char *nl_size2str(const size_t size, char *buf, const size_t len);

/**
 * Parse a probability.
 * @param str	a fraction ("0.25") or a percentage ("25" or "25%"); any
 *		value above 1 is read as a percentage
 *
 * @return The probability scaled to NL_PROB_MIN..NL_PROB_MAX; -NLE_INVAL
 *         when @a str is not a number; -NLE_RANGE when it lies outside
 *         0 to 100%.
 */
extern long nl_prob2int(const char *str);

/**
 * Get the clock ticks per second of the kernel's user interface.
 *
 * @return USER_HZ, from sysconf(_SC_CLK_TCK) (100 when unknown).
 */
extern int nl_get_user_hz(void);

/**
 * Get the ticks per second of the packet scheduler clock.
 *
 * Read once from /proc/net/psched (the PROC_NET_PSCHED environment
 * variable names another file, PROC_ROOT another /proc).
 *
 * @return The scheduler's HZ; nl_get_user_hz() when the file cannot be
 *         read.
 */
extern int nl_get_psched_hz(void);

/**
 * Convert microseconds to packet scheduler ticks.
 * @param us	microseconds
 *
 * @return The number of ticks, truncated to 32 bits.
 */
extern uint32_t nl_us2ticks(uint32_t us);

/**
 * Convert packet scheduler ticks to microseconds.
 * @param ticks	scheduler ticks
 *
 * @return The number of microseconds, truncated to 32 bits.
 */
extern uint32_t nl_ticks2us(uint32_t ticks);

/**
 * Parse a duration into milliseconds.
 * @param str	one or more "<number><unit>" parts separated by white
 *		space ("1d", "5m 10s", "250"); units d, day, h, hour, m, min,
 *		s, sec (case is ignored); no unit means milliseconds
 * @param[out] result	set to the total in milliseconds; untouched on
 *		error
 *
 * @return 0 on success; -NLE_INVAL for text that is not such a duration.
 */
extern int nl_str2msec(const char *str, uint64_t *result);

/**
 * Write a duration into a buffer.
 * @param msec	milliseconds
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * Writes "1d 2h 3m 4s 5msec", leaving out zero parts ("0msec" for 0).
 *
 * @return @a buf.
 */
extern char *nl_msec2str(uint64_t msec, char *buf, size_t len);

/**
 * Write the name of a link-layer type into a buffer.
 * @param llproto	ARPHRD_* value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("ether", "loopback"...) or the value
 *         in hexadecimal when it has none.
 */
extern char *nl_llproto2str(int llproto, char *buf, size_t len);

/**
 * Get the link-layer type a name stands for.
 * @param name	name as nl_llproto2str() writes it (case is ignored), or
 *		a number
 *
 * @return The ARPHRD_* value; -NLE_INVAL for an empty string;
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2llproto(const char *name);

/**
 * Write the name of an ethernet protocol into a buffer.
 * @param eproto	ETH_P_* value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name ("ip", "arp", "802.1q"...) or the value
 *         in hexadecimal when it has none.
 */
extern char *nl_ether_proto2str(int eproto, char *buf, size_t len);

/**
 * Get the ethernet protocol a name stands for.
 * @param name	name as nl_ether_proto2str() writes it (case is ignored),
 *		or a number
 *
 * @return The ETH_P_* value; -NLE_INVAL for an empty string;
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2ether_proto(const char *name);

/**
 * Write the name of an IP protocol into a buffer.
 * @param proto	IP protocol number
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding the name from the protocols database
 *         (getprotobynumber(): "tcp", "udp"...) or the number in
 *         hexadecimal when it has none.
 */
extern char *nl_ip_proto2str(int proto, char *buf, size_t len);

/**
 * Get the IP protocol a name stands for.
 * @param name	name from the protocols database, or a number
 *
 * @return The protocol number; -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int nl_str2ip_proto(const char *name);

/**
 * Start a new line of dump output.
 * @param params	dump parameters
 *
 * Counts the line, writes dp_prefix spaces to the stream or buffer and
 * calls the dp_nl_cb callback with the line number.
 */
extern void nl_new_line(struct nl_dump_params *params);

/**
 * Write formatted text to the dump output.
 * @param params	dump parameters: the text goes to dp_fd when set,
 *		else to the dp_cb callback, else appended to dp_buf
 *		(truncated at dp_buflen)
 * @param fmt	printf() format, followed by its arguments
 */
extern void nl_dump(struct nl_dump_params *params, const char *fmt, ...)
	_nl_attribute_printf(2, 3);

/**
 * Start a new line of dump output and write formatted text to it.
 * @param params	dump parameters
 * @param fmt	printf() format, followed by its arguments
 *
 * nl_new_line() followed by nl_dump().
 */
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
 * Tell whether this library has a behaviour.
 * @param capability	an NL_CAPABILITY_* value
 *
 * Every capability defined in this header is present.
 *
 * @return 1 when the library has @a capability, 0 otherwise (also for
 *         unknown values).
 */
int nl_has_capability(int capability);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
