/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Utilities of libnl-3: the debug level, unit conversions (sizes, rates,
 * probabilities, durations, scheduler ticks), protocol name tables, dump
 * output, and the translation-table helpers the other libraries share.
 *
 * Every converter that prints writes at most the size it is given and
 * always NUL-terminates (when the size is not zero).
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <unistd.h>
#include <netdb.h>
#include <pthread.h>

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"

/* ------------------------------------------------------------------ */
/* Debug level                                                          */

/** Debug level of the library; NLDBG sets it when the library loads. */
NL_EXPORT int nl_debug = 0;

/** Where objects are dumped for debugging: details, on stderr. */
NL_EXPORT struct nl_dump_params nl_debug_dp = {
	.dp_type = NL_DUMP_DETAILS,
};

static void __attribute__((constructor)) nl_debug_init(void)
{
	const char *env = getenv("NLDBG");
	char *end;
	long level;

	nl_debug_dp.dp_fd = stderr;

	if (!env)
		return;
	level = strtol(env, &end, 0);
	if (end != env)
		nl_debug = (int) level;
}

/* ------------------------------------------------------------------ */
/* Units                                                                */

/* One step of a unit ladder: values at or above @limit use @name. */
struct unit_step {
	double limit;
	char *name;
};

/* Scale @value down the first step of @steps (largest first) it reaches. */
static double cancel_down(double value, const struct unit_step *steps,
			  size_t n, char **unit)
{
	size_t i;

	for (i = 0; i < n - 1; i++) {
		if (value >= steps[i].limit) {
			*unit = steps[i].name;
			return value / steps[i].limit;
		}
	}
	*unit = steps[n - 1].name;
	return value;
}

static const struct unit_step byte_steps[] = {
	{ 1099511627776.0, "TiB" },
	{ 1073741824.0, "GiB" },
	{ 1048576.0, "MiB" },
	{ 1024.0, "KiB" },
	{ 1.0, "B" },
};

static const struct unit_step bit_steps[] = {
	{ 1e12, "Tbit" },
	{ 1e9, "Gbit" },
	{ 1e6, "Mbit" },
	{ 1e3, "Kbit" },
	{ 1.0, "bit" },
};

static const struct unit_step usec_steps[] = {
	{ 1e6, "s" },
	{ 1e3, "ms" },
	{ 1.0, "us" },
};

/**
 * Scale a number of bytes to B, KiB, MiB, GiB or TiB (powers of 1024).
 * @arg l	number of bytes
 * @arg unit	receives a static unit name
 * @return the value expressed in that unit.
 */
NL_EXPORT double nl_cancel_down_bytes(unsigned long long l, char **unit)
{
	return cancel_down((double) l, byte_steps, ARRAY_SIZE(byte_steps),
			   unit);
}

/**
 * Scale a number of bits to bit, Kbit, Mbit, Gbit or Tbit (powers of 1000).
 * @arg l	number of bits
 * @arg unit	receives a static unit name
 * @return the value expressed in that unit.
 */
NL_EXPORT double nl_cancel_down_bits(unsigned long long l, char **unit)
{
	return cancel_down((double) l, bit_steps, ARRAY_SIZE(bit_steps), unit);
}

/**
 * Print a rate with two decimals and its unit, e.g. "1.46KiB/s".
 * @arg rate	bytes per second
 * @arg type	NL_BYTE_RATE (scaled by 1024) or NL_BIT_RATE (rate is
 *		printed in bits, scaled by 1000)
 * @arg buf	destination
 * @arg len	size of @a buf
 * @return what snprintf() returned, or -NLE_INVAL for an unknown @a type
 *         (then @a buf is left untouched).
 */
NL_EXPORT int nl_rate2str(unsigned long long rate, int type, char *buf,
			  size_t len)
{
	char *unit;
	double frac;

	switch (type) {
	case NL_BYTE_RATE:
		frac = nl_cancel_down_bytes(rate, &unit);
		break;
	case NL_BIT_RATE:
		frac = nl_cancel_down_bits(rate, &unit);
		break;
	default:
		BUG();
		return -NLE_INVAL;
	}

	return snprintf(buf, len, "%.2f%s/s", frac, unit);
}

/**
 * Scale a number of microseconds to us, ms or s.
 * @arg l	microseconds
 * @arg unit	receives a static unit name
 * @return the value expressed in that unit.
 */
NL_EXPORT double nl_cancel_down_us(uint32_t l, char **unit)
{
	return cancel_down((double) l, usec_steps, ARRAY_SIZE(usec_steps),
			   unit);
}

/* Size suffixes of nl_size2int(): multiply by mul, then divide by div. */
static const struct {
	const char *name;
	long mul;
	long div;
} size_units[] = {
	{ "b",		1,		1 },
	{ "k",		1024,		1 },
	{ "kb",		1024,		1 },
	{ "m",		1048576,	1 },
	{ "mb",		1048576,	1 },
	{ "g",		1073741824,	1 },
	{ "gb",		1073741824,	1 },
	{ "bit",	1,		8 },
	{ "kbit",	1000,		8 },
	{ "mbit",	1000000,	8 },
	{ "gbit",	1000000000,	8 },
};

/**
 * Parse a size: a number (decimal, 0x hex or 0 octal) optionally followed
 * by one of b, k, kb, m, mb, g, gb (bytes, powers of 1024) or bit, kbit,
 * mbit, gbit (bits, powers of 1000, converted to bytes), case ignored.
 * @arg str	text to parse
 * @return the size in bytes, or -NLE_INVAL (not a size, negative, or
 *         larger than a long holds).
 */
NL_EXPORT long nl_size2int(const char *str)
{
	char *end;
	long l;
	size_t i;

	errno = 0;
	l = strtol(str, &end, 0);
	if (end == str || errno == ERANGE || l < 0)
		return -NLE_INVAL;
	if (*end == '\0')
		return l;

	for (i = 0; i < ARRAY_SIZE(size_units); i++) {
		long mul = size_units[i].mul, div = size_units[i].div;

		if (strcasecmp(end, size_units[i].name))
			continue;
		/* whole bytes per unit where there are (kbit = 125) */
		if (mul % div == 0) {
			mul /= div;
			div = 1;
		}
		if (l > LONG_MAX / mul)
			return -NLE_INVAL;
		return l * mul / div;
	}

	return -NLE_INVAL;
}

/* Units of nl_size2str(), largest first.  As the reference library
 * prints them, the step above TiB is named "EiB" and sizes under one KiB
 * print as "infB"; we keep that output for compatibility. */
static const struct {
	unsigned long long limit;
	const char *name;
} size_str_units[] = {
	{ 1ULL << 50, "EiB" },
	{ 1ULL << 40, "TiB" },
	{ 1ULL << 30, "GiB" },
	{ 1ULL << 20, "MiB" },
	{ 1ULL << 10, "KiB" },
	{ 0, "B" },
};

/**
 * Print a byte count with two significant digits and a binary unit,
 * e.g. "1.5KiB".  0 prints "0B".
 * @arg size	bytes
 * @arg buf	destination
 * @arg len	size of @a buf (nothing is written when 0)
 * @return @a buf.
 */
NL_EXPORT char *nl_size2str(const size_t size, char *buf, const size_t len)
{
	size_t i;

	if (size == 0) {
		snprintf(buf, len, "0B");
		return buf;
	}

	for (i = 0; i < ARRAY_SIZE(size_str_units); i++) {
		if (size >= size_str_units[i].limit) {
			snprintf(buf, len, "%.2g%s",
				 (double) size / (double) size_str_units[i].limit,
				 size_str_units[i].name);
			break;
		}
	}

	return buf;
}

/**
 * Parse a probability: a fraction ("0.25") or a percentage ("25",
 * "25%"; any value above 1 is read as a percentage).
 * @arg str	text to parse
 * @return the probability scaled to 0..NL_PROB_MAX, -NLE_INVAL when
 *         @a str is not a number, -NLE_RANGE when it is outside 0..100%.
 */
NL_EXPORT long nl_prob2int(const char *str)
{
	char *end;
	double d;

	d = strtod(str, &end);
	if (end == str)
		return -NLE_INVAL;
	if (*end != '\0' && strcmp(end, "%"))
		return -NLE_INVAL;
	if (isnan(d))
		return -NLE_INVAL;

	if (d > 1.0)
		d /= 100.0;
	if (d > 1.0 || d < 0.0)
		return -NLE_RANGE;

	return (long) (d * NL_PROB_MAX + 0.5);
}

/* ------------------------------------------------------------------ */
/* Time                                                                 */

static int user_hz;
static int psched_hz;
static double ticks_per_usec = 1.0;
static pthread_once_t hz_once = PTHREAD_ONCE_INIT;

/*
 * Read the packet scheduler clock parameters from /proc/net/psched
 * (PROC_NET_PSCHED or $PROC_ROOT/net/psched override the path): four hex
 * numbers, ns per tick numerator/denominator, clock resolution and
 * scheduler HZ.
 */
static void hz_init(void)
{
	unsigned int t2us, us2t, clock_res, hz;
	char path[4096];
	const char *env;
	FILE *fd;

	user_hz = (int) sysconf(_SC_CLK_TCK);
	if (user_hz <= 0)
		user_hz = 100;
	psched_hz = user_hz;

	if ((env = getenv("PROC_NET_PSCHED")))
		snprintf(path, sizeof(path), "%s", env);
	else if ((env = getenv("PROC_ROOT")))
		snprintf(path, sizeof(path), "%s/net/psched", env);
	else
		snprintf(path, sizeof(path), "/proc/net/psched");

	fd = fopen(path, "re");
	if (!fd)
		return;

	if (fscanf(fd, "%08x %08x %08x %08x", &t2us, &us2t, &clock_res,
		   &hz) == 4 && us2t) {
		double clock_factor;

		if (clock_res == 1000000000)
			t2us = us2t;
		clock_factor = (double) clock_res / 1000000.0;
		ticks_per_usec = (double) t2us / (double) us2t * clock_factor;
		if (hz)
			psched_hz = (int) hz;
	}
	fclose(fd);
}

static void hz_ensure(void)
{
	pthread_once(&hz_once, hz_init);
}

/**
 * Clock ticks per second the kernel uses in its user interface
 * (sysconf(_SC_CLK_TCK)).
 */
NL_EXPORT int nl_get_user_hz(void)
{
	hz_ensure();
	return user_hz;
}

/** Ticks per second of the packet scheduler, from /proc/net/psched. */
NL_EXPORT int nl_get_psched_hz(void)
{
	hz_ensure();
	return psched_hz;
}

/** Convert microseconds to packet scheduler ticks (truncated to 32 bits). */
NL_EXPORT uint32_t nl_us2ticks(uint32_t us)
{
	hz_ensure();
	return (uint32_t) (uint64_t) ((double) us * ticks_per_usec);
}

/** Convert packet scheduler ticks to microseconds. */
NL_EXPORT uint32_t nl_ticks2us(uint32_t ticks)
{
	hz_ensure();
	return (uint32_t) (uint64_t) ((double) ticks / ticks_per_usec);
}

/* Duration units: nl_str2msec() accepts each name, nl_msec2str() prints
 * the first one of each value, largest first. */
static const struct {
	uint64_t msec;
	const char *names[2];
} time_units[] = {
	{ 86400000ULL, { "d", "day" } },
	{ 3600000ULL, { "h", "hour" } },
	{ 60000ULL, { "m", "min" } },
	{ 1000ULL, { "s", "sec" } },
	{ 1ULL, { "msec", NULL } },
};

/**
 * Parse a duration made of one or more "<number><unit>" parts separated
 * by white space, e.g. "1d", "5m 10s", "250".  Units (case ignored): d,
 * day, h, hour, m, min, s, sec; no unit means milliseconds.
 * @arg str	text to parse
 * @arg result	receives the total in milliseconds (untouched on error)
 * @return 0 or -NLE_INVAL (also for a negative number and for a total
 *         beyond 64 bits).
 */
NL_EXPORT int nl_str2msec(const char *str, uint64_t *result)
{
	uint64_t total = 0;
	const char *p = str;

	do {
		unsigned long long l;
		uint64_t mul = 0;
		char *end;
		size_t ulen, i;

		/* strtoull() would take "-1" as its negation */
		while (isspace((unsigned char) *p))
			p++;
		if (*p == '-')
			return -NLE_INVAL;
		errno = 0;
		l = strtoull(p, &end, 0);
		if (end == p || errno == ERANGE)
			return -NLE_INVAL;

		ulen = strcspn(end, " \t\n\r\f\v");
		if (ulen == 0)
			mul = 1;
		for (i = 0; !mul && i < ARRAY_SIZE(time_units) - 1; i++) {
			int k;

			for (k = 0; k < 2; k++) {
				const char *n = time_units[i].names[k];

				if (n && strlen(n) == ulen &&
				    !strncasecmp(end, n, ulen))
					mul = time_units[i].msec;
			}
		}
		if (!mul)
			return -NLE_INVAL;

		if (l > UINT64_MAX / mul || (uint64_t) l * mul > UINT64_MAX - total)
			return -NLE_INVAL;
		total += (uint64_t) l * mul;
		p = end + ulen;
	} while (*p);

	*result = total;
	return 0;
}

/**
 * Print a duration as "1d 2h 3m 4s 5msec", leaving out zero parts
 * ("0msec" for 0).
 * @arg msec	milliseconds
 * @arg buf	destination (truncated to @a len)
 * @arg len	size of @a buf
 * @return @a buf.
 */
NL_EXPORT char *nl_msec2str(uint64_t msec, char *buf, size_t len)
{
	char tmp[128];
	size_t off = 0, i;

	tmp[0] = '\0';
	if (msec == 0) {
		snprintf(buf, len, "0msec");
		return buf;
	}

	for (i = 0; i < ARRAY_SIZE(time_units); i++) {
		uint64_t n = msec / time_units[i].msec;

		if (!n)
			continue;
		msec -= n * time_units[i].msec;
		off += snprintf(tmp + off, sizeof(tmp) - off, "%s%llu%s",
				off ? " " : "", (unsigned long long) n,
				time_units[i].names[0]);
	}

	snprintf(buf, len, "%s", tmp);
	return buf;
}

/* ------------------------------------------------------------------ */
/* Protocol names                                                       */

/* Link-layer types (ARPHRD_*) */
static const struct trans_tbl llprotos[] = {
	{ 0, "generic" },
	{ 1, "ether" },
	{ 2, "eether" },
	{ 3, "ax25" },
	{ 4, "pronet" },
	{ 5, "chaos" },
	{ 6, "ieee802" },
	{ 7, "arcnet" },
	{ 8, "atalk" },
	{ 15, "dlci" },
	{ 19, "atm" },
	{ 23, "metricom" },
	{ 24, "ieee1394" },
	{ 27, "eui64" },
	{ 32, "infiniband" },
	{ 256, "slip" },
	{ 257, "cslip" },
	{ 258, "slip6" },
	{ 259, "cslip6" },
	{ 260, "rsrvd" },
	{ 264, "adapt" },
	{ 270, "rose" },
	{ 271, "x25" },
	{ 272, "hwx25" },
	{ 280, "can" },
	{ 512, "ppp" },
	{ 513, "cisco" },
	{ 516, "lapb" },
	{ 517, "ddcmp" },
	{ 518, "rawhdlc" },
	{ 768, "ipip" },
	{ 769, "tunnel6" },
	{ 770, "frad" },
	{ 771, "skip" },
	{ 772, "loopback" },
	{ 773, "localtlk" },
	{ 774, "fddi" },
	{ 775, "bif" },
	{ 776, "sit" },
	{ 777, "ip/ddp" },
	{ 778, "gre" },
	{ 779, "pimreg" },
	{ 780, "hippi" },
	{ 781, "ash" },
	{ 782, "econet" },
	{ 783, "irda" },
	{ 784, "fcpp" },
	{ 785, "fcal" },
	{ 786, "fcpl" },
	{ 787, "fcfb_0" },
	{ 788, "fcfb_1" },
	{ 789, "fcfb_2" },
	{ 790, "fcfb_3" },
	{ 791, "fcfb_4" },
	{ 792, "fcfb_5" },
	{ 793, "fcfb_6" },
	{ 794, "fcfb_7" },
	{ 795, "fcfb_8" },
	{ 796, "fcfb_9" },
	{ 797, "fcfb_10" },
	{ 798, "fcfb_11" },
	{ 799, "fcfb_12" },
	{ 800, "tr" },
	{ 801, "ieee802.11" },
	{ 802, "ieee802.11_prism" },
	{ 803, "ieee802.11_radiotap" },
	{ 804, "ieee802.15.4" },
	{ 805, "ieee802.15.4_monitor" },
	{ 820, "phonet" },
	{ 821, "phonet_pipe" },
	{ 822, "caif" },
	{ 823, "ip6gre" },
	{ 824, "netlink" },
	{ 65534, "nohdr" },
	{ 65535, "void" },
};

/**
 * Name of a link-layer type (ARPHRD_*), e.g. "ether", or "0x<hex>".
 * @return @a buf.
 */
NL_EXPORT char *nl_llproto2str(int llproto, char *buf, size_t len)
{
	return __type2str(llproto, buf, len, llprotos, ARRAY_SIZE(llprotos));
}

/**
 * Link-layer type of a name (case ignored) or number.
 * @return the ARPHRD_* value, -NLE_INVAL for an empty string or
 *         -NLE_OBJ_NOTFOUND.
 */
NL_EXPORT int nl_str2llproto(const char *name)
{
	return __str2type(name, llprotos, ARRAY_SIZE(llprotos));
}

/* Ethernet protocols (ETH_P_*) */
static const struct trans_tbl ether_protos[] = {
	{ 0x1, "802.3" },
	{ 0x2, "ax25" },
	{ 0x3, "all" },
	{ 0x4, "802.2" },
	{ 0x5, "snap" },
	{ 0x6, "ddcmp" },
	{ 0x7, "wan_ppp" },
	{ 0x8, "ppp_mp" },
	{ 0x9, "localtalk" },
	{ 0xc, "can" },
	{ 0x10, "ppptalk" },
	{ 0x11, "tr_802.2" },
	{ 0x15, "mobitex" },
	{ 0x16, "control" },
	{ 0x17, "irda" },
	{ 0x18, "econet" },
	{ 0x19, "hdlc" },
	{ 0x1a, "arcnet" },
	{ 0x1b, "dsa" },
	{ 0x1c, "trailer" },
	{ 0x60, "loop" },
	{ 0xf5, "phonet" },
	{ 0xf6, "ieee802154" },
	{ 0xf7, "caif" },
	{ 0x200, "pup" },
	{ 0x201, "pupat" },
	{ 0x800, "ip" },
	{ 0x805, "x25" },
	{ 0x806, "arp" },
	{ 0x8ff, "bpq" },
	{ 0xa00, "ieeepup" },
	{ 0xa01, "ieeepupat" },
	{ 0x6000, "dec" },
	{ 0x6001, "dna_dl" },
	{ 0x6002, "dna_rc" },
	{ 0x6003, "dna_rt" },
	{ 0x6004, "lat" },
	{ 0x6005, "diag" },
	{ 0x6006, "cust" },
	{ 0x6007, "sca" },
	{ 0x6558, "teb" },
	{ 0x8035, "rarp" },
	{ 0x809b, "atalk" },
	{ 0x80f3, "aarp" },
	{ 0x8100, "802.1q" },
	{ 0x8137, "ipx" },
	{ 0x86dd, "ipv6" },
	{ 0x8808, "pause" },
	{ 0x8809, "slow" },
	{ 0x883e, "wccp" },
	{ 0x8847, "mpls_uc" },
	{ 0x8848, "mpls_mc" },
	{ 0x884c, "atmmpoa" },
	{ 0x8863, "ppp_disc" },
	{ 0x8864, "ppp_ses" },
	{ 0x886c, "link_ctl" },
	{ 0x8884, "atmfate" },
	{ 0x888e, "pae" },
	{ 0x88a2, "aoe" },
	{ 0x88ca, "tipc" },
	{ 0x88f7, "ieee1588" },
	{ 0x8906, "fcoe" },
	{ 0x8914, "fip" },
	{ 0xdada, "edsa" },
};

/**
 * Name of an ethernet protocol (ETH_P_*), e.g. "ip", or "0x<hex>".
 * @return @a buf.
 */
NL_EXPORT char *nl_ether_proto2str(int eproto, char *buf, size_t len)
{
	return __type2str(eproto, buf, len, ether_protos,
			  ARRAY_SIZE(ether_protos));
}

/**
 * Ethernet protocol of a name (case ignored) or number.
 * @return the ETH_P_* value, -NLE_INVAL for an empty string or
 *         -NLE_OBJ_NOTFOUND.
 */
NL_EXPORT int nl_str2ether_proto(const char *name)
{
	return __str2type(name, ether_protos, ARRAY_SIZE(ether_protos));
}

/**
 * Name of an IP protocol from the protocols database (getprotobynumber()),
 * or "0x<hex>".
 * @return @a buf.
 */
NL_EXPORT char *nl_ip_proto2str(int proto, char *buf, size_t len)
{
	struct protoent result, *p = NULL;
	char scratch[1024];

	if (getprotobynumber_r(proto, &result, scratch, sizeof(scratch),
			       &p) == 0 && p)
		snprintf(buf, len, "%s", p->p_name);
	else
		snprintf(buf, len, "0x%x", proto);

	return buf;
}

static int parse_type_number(const char *buf);

/**
 * IP protocol number of a name from the protocols database, or of a
 * number (decimal, 0x hex, 0 octal).
 * @return the number, -NLE_OBJ_NOTFOUND, or -NLE_RANGE for a number
 *         beyond INT_MAX.
 */
NL_EXPORT int nl_str2ip_proto(const char *name)
{
	struct protoent result, *p = NULL;
	char scratch[1024];

	if (getprotobyname_r(name, &result, scratch, sizeof(scratch),
			     &p) == 0 && p)
		return p->p_proto;

	return parse_type_number(name);
}

/* ------------------------------------------------------------------ */
/* Dump output                                                          */

/* Append @str to the dump buffer, truncating at its size. */
static void dump_buf_append(struct nl_dump_params *params, const char *str)
{
	size_t used;

	if (!params->dp_buflen)
		return;
	used = strnlen(params->dp_buf, params->dp_buflen);
	if (used + 1 >= params->dp_buflen)
		return;
	strncat(params->dp_buf, str, params->dp_buflen - used - 1);
}

/*
 * Write formatted text to the dump output: the stream when dp_fd is set;
 * otherwise the line callback, otherwise the buffer.
 */
static void dump_va(struct nl_dump_params *params, const char *fmt,
		    va_list args)
{
	char *text;

	if (params->dp_fd) {
		vfprintf(params->dp_fd, fmt, args);
		return;
	}
	if (!params->dp_cb && !params->dp_buf)
		return;

	if (vasprintf(&text, fmt, args) < 0)
		return;
	if (params->dp_cb)
		params->dp_cb(params, text);
	else
		dump_buf_append(params, text);
	free(text);
}

/**
 * Start a new line of dump output: count it, write dp_prefix spaces (to
 * the stream or the buffer) and call dp_nl_cb with the line number.
 */
NL_EXPORT void nl_new_line(struct nl_dump_params *params)
{
	int i;

	params->dp_line++;

	for (i = 0; i < params->dp_prefix; i++) {
		if (params->dp_fd)
			fputc(' ', params->dp_fd);
		else if (params->dp_buf)
			dump_buf_append(params, " ");
	}

	if (params->dp_nl_cb)
		params->dp_nl_cb(params, params->dp_line);
}

/**
 * Write formatted text to the dump output of @a params: dp_fd when set,
 * else dp_cb, else dp_buf (appended, truncated at dp_buflen).
 */
NL_EXPORT void nl_dump(struct nl_dump_params *params, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	dump_va(params, fmt, args);
	va_end(args);
}

/** nl_new_line() followed by nl_dump(). */
NL_EXPORT void nl_dump_line(struct nl_dump_params *params, const char *fmt,
			    ...)
{
	va_list args;

	nl_new_line(params);

	va_start(args, fmt);
	dump_va(params, fmt, args);
	va_end(args);
}

/* ------------------------------------------------------------------ */
/* Capabilities                                                         */

/**
 * Whether this library has behaviour @a capability (NL_CAPABILITY_*).
 * Every capability defined in <netlink/utils.h> is present.
 * @return 1 when present, 0 otherwise.
 */
NL_EXPORT int nl_has_capability(int capability)
{
	return capability > NL_CAPABILITY_NONE &&
	       capability <= NL_CAPABILITY_MAX;
}

/* ------------------------------------------------------------------ */
/* Translation tables (used by every library of the family)             */

/**
 * Name of @a type in @a tbl, or "0x<hex>" when absent, into @a buf.
 * @return @a buf.
 */
NL_EXPORT char *__type2str(int type, char *buf, size_t len,
			   const struct trans_tbl *tbl, size_t tbl_len)
{
	size_t i;

	for (i = 0; i < tbl_len; i++) {
		if (tbl[i].i == (uint64_t) type) {
			snprintf(buf, len, "%s", tbl[i].a);
			return buf;
		}
	}

	snprintf(buf, len, "0x%x", (unsigned int) type);
	return buf;
}

/**
 * Names of the bits of @a flags found in @a tbl, separated by commas,
 * into @a buf (truncated to @a len).  A trailing comma marks bits that
 * have no name.
 * @return @a buf.
 */
NL_EXPORT char *__flags2str(int flags, char *buf, size_t len,
			    const struct trans_tbl *tbl, size_t tbl_len)
{
	uint64_t left = (uint64_t) (unsigned int) flags;
	size_t i, used = 0;

	if (!len)
		return buf;
	buf[0] = '\0';

	for (i = 0; i < tbl_len; i++) {
		const char *parts[2] = { tbl[i].a, "," };
		int k;

		if (!(left & tbl[i].i))
			continue;
		left &= ~tbl[i].i;

		for (k = 0; k < (left ? 2 : 1); k++) {
			size_t n = strlen(parts[k]);

			if (used + 1 >= len)
				break;
			if (n > len - used - 1)
				n = len - used - 1;
			memcpy(buf + used, parts[k], n);
			used += n;
			buf[used] = '\0';
		}
	}

	return buf;
}

/*
 * Parse a whole string as a number from 0 to INT_MAX (decimal, 0x hex, 0
 * octal): -NLE_OBJ_NOTFOUND when it is not one, -NLE_RANGE when it is
 * too large for an int.
 */
static int parse_type_number(const char *buf)
{
	unsigned long l;
	char *end;

	while (isspace((unsigned char) *buf))
		buf++;
	if (*buf == '-')
		return -NLE_OBJ_NOTFOUND;
	errno = 0;
	l = strtoul(buf, &end, 0);
	if (end == buf || *end != '\0')
		return -NLE_OBJ_NOTFOUND;
	if (errno == ERANGE || l > INT_MAX)
		return -NLE_RANGE;

	return (int) l;
}

/**
 * Value of the name @a buf in @a tbl (case ignored), or of the number
 * it spells.
 * @return the value, -NLE_INVAL for an empty string, -NLE_OBJ_NOTFOUND
 *         otherwise.
 */
NL_EXPORT int __str2type(const char *buf, const struct trans_tbl *tbl,
			 size_t tbl_len)
{
	size_t i;

	if (!*buf)
		return -NLE_INVAL;

	for (i = 0; i < tbl_len; i++) {
		if (!strcasecmp(tbl[i].a, buf))
			return (int) tbl[i].i;
	}

	return parse_type_number(buf);
}

/**
 * Bit mask of a comma separated list of names from @a tbl (case ignored,
 * leading blanks of each name skipped, unknown names ignored).
 * @return the mask (0 when nothing matched).
 */
NL_EXPORT int __str2flags(const char *buf, const struct trans_tbl *tbl,
			  size_t tbl_len)
{
	const char *p = buf;
	uint64_t flags = 0;

	for (;;) {
		size_t n, i;

		while (isspace((unsigned char) *p))
			p++;
		n = strcspn(p, ",");

		for (i = 0; i < tbl_len; i++) {
			if (strlen(tbl[i].a) == n &&
			    !strncasecmp(tbl[i].a, p, n))
				flags |= tbl[i].i;
		}

		if (p[n] != ',')
			break;
		p += n + 1;
	}

	return (int) flags;
}

/**
 * Name of @a type in a list built with __trans_list_add() (the first
 * entry added wins), or "0x<hex>".
 * @return @a buf.
 */
NL_EXPORT char *__list_type2str(int type, char *buf, size_t len,
				struct nl_list_head *head)
{
	struct trans_list *t;

	nl_list_for_each_entry(t, head, list) {
		if (t->i == type) {
			snprintf(buf, len, "%s", t->a);
			return buf;
		}
	}

	snprintf(buf, len, "0x%x", (unsigned int) type);
	return buf;
}

/**
 * Value of the name @a buf (case ignored) in a translation list, or of
 * the number it spells.
 * @return the value, -NLE_INVAL for an empty string, -NLE_OBJ_NOTFOUND.
 */
NL_EXPORT int __list_str2type(const char *buf, struct nl_list_head *head)
{
	struct trans_list *t;

	if (!*buf)
		return -NLE_INVAL;

	nl_list_for_each_entry(t, head, list) {
		if (!strcasecmp(t->a, buf))
			return t->i;
	}

	return parse_type_number(buf);
}

/**
 * Append the pair (@a i, @a a) to a translation list; the name is copied.
 * @return 0 or -NLE_NOMEM.
 */
NL_EXPORT int __trans_list_add(int i, const char *a, struct nl_list_head *head)
{
	struct trans_list *tl;

	tl = calloc(1, sizeof(*tl));
	if (!tl)
		return -NLE_NOMEM;

	tl->i = i;
	tl->a = strdup(a);
	if (!tl->a) {
		free(tl);
		return -NLE_NOMEM;
	}

	nl_list_add_tail(&tl->list, head);
	return 0;
}

/** Free every entry of a translation list and leave it empty. */
NL_EXPORT void __trans_list_clear(struct nl_list_head *head)
{
	struct trans_list *tl, *next;

	nl_list_for_each_entry_safe(tl, next, head, list) {
		nl_list_del(&tl->list);
		free(tl->a);
		free(tl);
	}

	nl_init_list_head(head);
}

/**
 * Read a file of "<number> <name>" lines (as /etc/iproute2/rt_tables)
 * and call @a cb for each.  Lines that start with '#' and empty lines
 * are skipped, whatever their length; names are cut at 127 characters.
 * @arg path	file to read
 * @arg cb	called with each number and name; a non-zero return stops
 *		the reading and is returned
 * @return 0, -NLE_OBJ_NOTFOUND when the file cannot be opened,
 *         -NLE_INVAL for a line that does not hold a number (one that
 *         fits a long) and a name, -NLE_NOMEM, or what @a cb returned.
 */
NL_EXPORT int __nl_read_num_str_file(const char *path,
				     int (*cb)(long, const char *))
{
	char *line = NULL, name[128];
	size_t cap = 0;
	FILE *fd;
	int err = 0;

	fd = fopen(path, "re");
	if (!fd)
		return -NLE_OBJ_NOTFOUND;

	errno = 0;
	while (getline(&line, &cap, fd) >= 0) {
		char *p, *end;
		size_t n;
		long num;

		if (line[0] == '#' || line[0] == '\n')
			continue;

		errno = 0;
		num = strtol(line, &end, 0);
		if (end == line || errno == ERANGE) {
			err = -NLE_INVAL;
			break;
		}
		for (p = end; isspace((unsigned char) *p); p++)
			;
		n = strcspn(p, " \t\n\r\f\v");
		if (!n) {
			err = -NLE_INVAL;
			break;
		}
		if (n >= sizeof(name))
			n = sizeof(name) - 1;
		memcpy(name, p, n);
		name[n] = '\0';

		err = cb(num, name);
		if (err)
			break;
		errno = 0;
	}
	if (!err && errno == ENOMEM)
		err = -NLE_NOMEM;

	free(line);
	fclose(fd);
	return err;
}

/* Netlink protocol numbers and their names, as upstream prints them. */
static const struct trans_tbl nlfamilies[] = {
	__ADD(NETLINK_ROUTE, route),
	__ADD(NETLINK_USERSOCK, usersock),
	__ADD(3, firewall),
	__ADD(NETLINK_INET_DIAG, inetdiag),
	__ADD(NETLINK_NFLOG, nflog),
	__ADD(NETLINK_XFRM, xfrm),
	__ADD(NETLINK_SELINUX, selinux),
	__ADD(NETLINK_ISCSI, iscsi),
	__ADD(NETLINK_AUDIT, audit),
	__ADD(NETLINK_FIB_LOOKUP, fib_lookup),
	__ADD(NETLINK_CONNECTOR, connector),
	__ADD(NETLINK_NETFILTER, netfilter),
	__ADD(NETLINK_IP6_FW, ip6_fw),
	__ADD(NETLINK_DNRTMSG, dnrtmsg),
	__ADD(NETLINK_KOBJECT_UEVENT, kobject_uevent),
	__ADD(NETLINK_GENERIC, generic),
	__ADD(NETLINK_SCSITRANSPORT, scsitransport),
	__ADD(NETLINK_ECRYPTFS, ecryptfs),
	__ADD(NETLINK_RDMA, rdma),
	__ADD(NETLINK_CRYPTO, crypto),
};

/**
 * Name of netlink protocol @a family ("route", "generic"...), or its number
 * in hex when unknown, written into @a buf of @a size bytes.
 * @return @a buf
 */
char *nl_nlfamily2str(int family, char *buf, size_t size)
{
	return __type2str(family, buf, size, nlfamilies, ARRAY_SIZE(nlfamilies));
}

/**
 * Netlink protocol number of @a name.
 * @return the number, or a negative error code when the name is unknown
 */
int nl_str2nlfamily(const char *name)
{
	return __str2type(name, nlfamilies, ARRAY_SIZE(nlfamilies));
}
