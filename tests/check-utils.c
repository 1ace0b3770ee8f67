/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Utilities: size, rate, probability and duration conversions, scheduler
 * ticks, protocol name tables, translation tables (__type2str and
 * friends), the "<number> <name>" file reader, dump output, capabilities,
 * abstract data, the hash and the version variables.  Expected strings
 * are the reference library's, byte for byte.
 */

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/data.h>
#include <netlink/hash.h>
#include <netlink/hashtable.h>
#include <netlink/errno.h>
#include <netlink/version.h>

#include "nl-private/core.h"
#include "nltest.h"

START_TEST(test_size2int)
{
	static const struct {
		const char *s;
		long v;
	} c[] = {
		{ "0", 0 }, { "100", 100 }, { "0x10", 16 }, { "010", 8 },
		{ "1k", 1024 }, { "1K", 1024 }, { "1kb", 1024 },
		{ "1m", 1048576 }, { "1MB", 1048576 }, { "1g", 1073741824 },
		{ "1kbit", 125 }, { "3kbit", 375 }, { "12mbit", 1500000 },
		{ "1GBIT", 125000000 }, { "10b", 10 }, { "10bit", 1 },
		{ " 1", 1 }, { "9223372036854775807", 9223372036854775807L },
		/* negative sizes and sizes beyond a long are refused */
		{ "-1", -NLE_INVAL }, { "-0x10k", -NLE_INVAL },
		{ "9223372036854775808", -NLE_INVAL },
		{ "333333333333330m", -NLE_INVAL },
		{ "9223372036854775807gb", -NLE_INVAL },
		{ "8796093022207m", 9223372036853727232L },
		{ "8796093022208m", -NLE_INVAL },
		{ "8589934591g", 9223372035781033984L },
		{ "8589934592g", -NLE_INVAL },
		{ "73786976294838206kbit", 9223372036854775750L },
		{ "73786976294838207kbit", -NLE_INVAL },
		{ "9223372036854775807bit", 1152921504606846975L },
		{ "9223372036854775807b", 9223372036854775807L },
		{ "1kib", -NLE_INVAL }, { "1t", -NLE_INVAL }, { "1.5k", -NLE_INVAL },
		{ "abc", -NLE_INVAL }, { "", -NLE_INVAL }, { "1 k", -NLE_INVAL },
		{ "1 ", -NLE_INVAL }, { "1kbits", -NLE_INVAL },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c); i++)
		ck_assert_msg(nl_size2int(c[i].s) == c[i].v, "size2int(%s)=%ld",
			      c[i].s, nl_size2int(c[i].s));
}
END_TEST

START_TEST(test_size2str)
{
	static const struct {
		size_t v;
		const char *s;
	} c[] = {
		{ 0, "0B" }, { 1, "infB" }, { 1023, "infB" }, { 1024, "1KiB" },
		{ 1536, "1.5KiB" }, { 10240, "10KiB" }, { 131072, "1.3e+02KiB" },
		{ 1048575, "1e+03KiB" }, { 1048576, "1MiB" },
		{ 1073741824, "1GiB" }, { 1ULL << 40, "1TiB" },
		{ 1ULL << 50, "1EiB" }, { (size_t) -1, "1.6e+04EiB" },
	};
	char buf[32];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c); i++)
		ck_assert_str_eq(nl_size2str(c[i].v, buf, sizeof(buf)), c[i].s);
	ck_assert_str_eq(nl_size2str(1536, buf, 4), "1.5");
	strcpy(buf, "keep");
	ck_assert_str_eq(nl_size2str(1536, buf, 0), "keep");
}
END_TEST

START_TEST(test_prob2int)
{
	ck_assert_int_eq(nl_prob2int("0"), 0);
	ck_assert_int_eq(nl_prob2int("1"), 4294967295L);
	ck_assert_int_eq(nl_prob2int("0.5"), 2147483648L);
	ck_assert_int_eq(nl_prob2int("50%"), 2147483648L);
	ck_assert_int_eq(nl_prob2int("1%"), 4294967295L);
	ck_assert_int_eq(nl_prob2int("100"), 4294967295L);
	ck_assert_int_eq(nl_prob2int("2"), 85899346L);
	ck_assert_int_eq(nl_prob2int("1.5"), 64424509L);
	ck_assert_int_eq(nl_prob2int("25.5%"), 1095216660L);
	ck_assert_int_eq(nl_prob2int("1e-1"), 429496730L);
	ck_assert_int_eq(nl_prob2int("101"), -NLE_RANGE);
	ck_assert_int_eq(nl_prob2int("-1"), -NLE_RANGE);
	ck_assert_int_eq(nl_prob2int("abc"), -NLE_INVAL);
	ck_assert_int_eq(nl_prob2int(""), -NLE_INVAL);
	ck_assert_int_eq(nl_prob2int("0.5 %"), -NLE_INVAL);
	ck_assert_int_eq(nl_prob2int("0.5x"), -NLE_INVAL);
}
END_TEST

START_TEST(test_rates)
{
	static const struct {
		unsigned long long r;
		int type, ret;
		const char *s;
	} c[] = {
		{ 0, NL_BYTE_RATE, 7, "0.00B/s" },
		{ 999, NL_BIT_RATE, 11, "999.00bit/s" },
		{ 1000, NL_BYTE_RATE, 10, "1000.00B/s" },
		{ 1000, NL_BIT_RATE, 10, "1.00Kbit/s" },
		{ 1500, NL_BYTE_RATE, 9, "1.46KiB/s" },
		{ 1000000, NL_BYTE_RATE, 11, "976.56KiB/s" },
		{ 125000000, NL_BIT_RATE, 12, "125.00Mbit/s" },
		{ 1ULL << 30, NL_BIT_RATE, 10, "1.07Gbit/s" },
		{ 1ULL << 50, NL_BYTE_RATE, 12, "1024.00TiB/s" },
	};
	char buf[32], *unit;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c); i++) {
		ck_assert_int_eq(nl_rate2str(c[i].r, c[i].type, buf, sizeof(buf)),
				 c[i].ret);
		ck_assert_str_eq(buf, c[i].s);
	}
	ck_assert_int_eq(nl_rate2str(1500, NL_BYTE_RATE, buf, 5), 9);
	ck_assert_str_eq(buf, "1.46");

	ck_assert_double_eq(nl_cancel_down_bytes(1024, &unit), 1.0);
	ck_assert_str_eq(unit, "KiB");
	ck_assert_double_eq(nl_cancel_down_bytes(1000, &unit), 1000.0);
	ck_assert_str_eq(unit, "B");
	ck_assert_double_eq(nl_cancel_down_bits(1500, &unit), 1.5);
	ck_assert_str_eq(unit, "Kbit");
	ck_assert_double_eq(nl_cancel_down_bits(5000000000000ULL, &unit), 5.0);
	ck_assert_str_eq(unit, "Tbit");
	ck_assert_double_eq(nl_cancel_down_us(999, &unit), 999.0);
	ck_assert_str_eq(unit, "us");
	ck_assert_double_eq(nl_cancel_down_us(1500, &unit), 1.5);
	ck_assert_str_eq(unit, "ms");
	ck_assert_double_eq(nl_cancel_down_us(4000000000u, &unit), 4000.0);
	ck_assert_str_eq(unit, "s");
}
END_TEST

START_TEST(test_ticks)
{
	FILE *f;
	char path[] = "/tmp/nltest-psched-XXXXXX";
	int fd = mkstemp(path);

	/* values as a kernel with a 1 GHz, ns resolution clock reports */
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs("000003e8 00000040 000f4240 3b9aca00\n", f);
	fclose(f);
	setenv("PROC_NET_PSCHED", path, 1);

	ck_assert_int_eq(nl_get_psched_hz(), 1000000000);
	ck_assert_int_eq(nl_get_user_hz(), (int) sysconf(_SC_CLK_TCK));
	ck_assert_uint_eq(nl_us2ticks(1), 15);
	ck_assert_uint_eq(nl_us2ticks(64), 1000);
	ck_assert_uint_eq(nl_us2ticks(1000000), 15625000);
	ck_assert_uint_eq(nl_us2ticks(4000000000u), 2370457856u);
	ck_assert_uint_eq(nl_ticks2us(64), 4);
	ck_assert_uint_eq(nl_ticks2us(15625), 1000);
	unlink(path);
}
END_TEST

START_TEST(test_msec)
{
	static const struct {
		const char *s;
		int err;
		uint64_t v;
	} c[] = {
		{ "0", 0, 0 }, { "100", 0, 100 }, { "0x10", 0, 16 },
		{ "1s", 0, 1000 }, { "1SEC", 0, 1000 }, { "5M", 0, 300000 },
		{ "1min", 0, 60000 }, { "1hour", 0, 3600000 },
		{ "1day", 0, 86400000 }, { "1000d", 0, 86400000000ULL },
		{ "5m 10s", 0, 310000 }, { "5m\t10s", 0, 310000 },
		{ " 5", 0, 5 }, { "-1", -NLE_INVAL }, { " -1", -NLE_INVAL },
		{ "5m -1", -NLE_INVAL },
		{ "18446744073709551615", 0, UINT64_MAX },
		{ "18446744073709551616", -NLE_INVAL },
		{ "18446744073709551615 1", -NLE_INVAL },
		{ "213503982334d", 0, 18446744073657600000ULL },
		{ "213503982335d", -NLE_INVAL },
		{ "18446744073709552s", -NLE_INVAL },
		{ "18446744073709551s", 0, 18446744073709551000ULL },
		{ "1secs", -NLE_INVAL }, { "1ms", -NLE_INVAL },
		{ "1msec", -NLE_INVAL }, { "1h30m", -NLE_INVAL },
		{ "1 s", -NLE_INVAL }, { "5m ", -NLE_INVAL }, { "", -NLE_INVAL },
		{ "1.5s", -NLE_INVAL }, { "s", -NLE_INVAL }, { "3w", -NLE_INVAL },
	};
	static const struct {
		uint64_t v;
		const char *s;
	} p[] = {
		{ 0, "0msec" }, { 999, "999msec" }, { 1000, "1s" },
		{ 1001, "1s 1msec" }, { 61001, "1m 1s 1msec" },
		{ 86400000, "1d" }, { 90061001, "1d 1h 1m 1s 1msec" },
		{ 1099511627776ULL, "12725d 19h 53m 47s 776msec" },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c); i++) {
		uint64_t v = 77;

		ck_assert_msg(nl_str2msec(c[i].s, &v) == c[i].err, "%s", c[i].s);
		ck_assert_msg(v == (c[i].err ? 77 : c[i].v), "%s", c[i].s);
	}
	for (i = 0; i < ARRAY_SIZE(p); i++)
		ck_assert_str_eq(nl_msec2str(p[i].v, buf, sizeof(buf)), p[i].s);
	ck_assert_str_eq(nl_msec2str(1001, buf, 6), "1s 1m");
}
END_TEST

START_TEST(test_protocols)
{
	char buf[64];

	ck_assert_str_eq(nl_llproto2str(1, buf, sizeof(buf)), "ether");
	ck_assert_str_eq(nl_llproto2str(772, buf, sizeof(buf)), "loopback");
	ck_assert_str_eq(nl_llproto2str(801, buf, sizeof(buf)), "ieee802.11");
	ck_assert_str_eq(nl_llproto2str(65534, buf, sizeof(buf)), "nohdr");
	ck_assert_str_eq(nl_llproto2str(5000, buf, sizeof(buf)), "0x1388");
	ck_assert_str_eq(nl_llproto2str(1, buf, 3), "et");
	ck_assert_int_eq(nl_str2llproto("ETHER"), 1);
	ck_assert_int_eq(nl_str2llproto("void"), 65535);
	ck_assert_int_eq(nl_str2llproto("0x1"), 1);
	ck_assert_int_eq(nl_str2llproto("12"), 12);
	ck_assert_int_eq(nl_str2llproto("bogus"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nl_str2llproto(""), -NLE_INVAL);

	ck_assert_str_eq(nl_ether_proto2str(0x800, buf, sizeof(buf)), "ip");
	ck_assert_str_eq(nl_ether_proto2str(0x86dd, buf, sizeof(buf)), "ipv6");
	ck_assert_str_eq(nl_ether_proto2str(0x8100, buf, sizeof(buf)), "802.1q");
	ck_assert_str_eq(nl_ether_proto2str(0x1234, buf, sizeof(buf)), "0x1234");
	ck_assert_str_eq(nl_ether_proto2str(-1, buf, sizeof(buf)), "0xffffffff");
	ck_assert_int_eq(nl_str2ether_proto("IP"), 0x800);
	ck_assert_int_eq(nl_str2ether_proto("mpls_uc"), 0x8847);
	ck_assert_int_eq(nl_str2ether_proto("2048"), 2048);
	ck_assert_int_eq(nl_str2ether_proto("bogus"), -NLE_OBJ_NOTFOUND);

	ck_assert_str_eq(nl_ip_proto2str(300, buf, sizeof(buf)), "0x12c");
	ck_assert_str_eq(nl_ip_proto2str(-1, buf, sizeof(buf)), "0xffffffff");
	ck_assert_int_eq(nl_str2ip_proto("0x11"), 17);
	ck_assert_int_eq(nl_str2ip_proto("0xffffffff"), -NLE_RANGE);
	ck_assert_int_eq(nl_str2ip_proto("2147483647"), 2147483647);
	ck_assert_int_eq(nl_str2ip_proto("2147483648"), -NLE_RANGE);
	ck_assert_int_eq(nl_str2ip_proto("-2"), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nl_str2ip_proto(""), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(nl_str2ip_proto("bogus"), -NLE_OBJ_NOTFOUND);
	if (getprotobynumber(6)) {
		ck_assert_str_eq(nl_ip_proto2str(6, buf, sizeof(buf)), "tcp");
		ck_assert_str_eq(nl_ip_proto2str(6, buf, 2), "t");
		ck_assert_int_eq(nl_str2ip_proto("tcp"), 6);
	}
}
END_TEST

static const struct trans_tbl tbl[] = {
	__ADD(1, one), __ADD(2, two), __ADD(4, four), __ADD(8, Eight),
	__ADD(3, three), __ADD(0x100, big),
};

START_TEST(test_trans_tables)
{
	static const struct {
		int v;
		const char *t2s, *f2s, *small;
	} c[] = {
		{ 0, "0x0", "", "" },
		{ 1, "one", "one", "one" },
		{ 3, "three", "one,two", "one,t" },
		{ 5, "0x5", "one,four", "one,f" },
		{ 15, "0xf", "one,two,four,Eight", "one,t" },
		{ 16, "0x10", "", "" },
		{ 0x110, "0x110", "big,", "big," },
		{ -1, "0xffffffff", "one,two,four,Eight,big,", "one,t" },
	};
	static const struct {
		const char *s;
		int type, flags;
	} s[] = {
		{ "one", 1, 1 }, { "ONE", 1, 1 }, { "eight", 8, 8 },
		{ "0x10", 16, 0 }, { "17", 17, 0 }, { "bogus", -NLE_OBJ_NOTFOUND, 0 },
		{ "", -NLE_INVAL, 0 }, { "one,two", -NLE_OBJ_NOTFOUND, 3 },
		{ "four, two", -NLE_OBJ_NOTFOUND, 6 }, { "one ,two", -NLE_OBJ_NOTFOUND, 2 },
		{ "one,,two", -NLE_OBJ_NOTFOUND, 3 }, { "one,bogus", -NLE_OBJ_NOTFOUND, 1 },
		{ "-1", -NLE_OBJ_NOTFOUND, 0 }, { "-2", -NLE_OBJ_NOTFOUND, 0 },
		{ "2147483647", 2147483647, 0 }, { "0x7fffffff", 2147483647, 0 },
		{ "2147483648", -NLE_RANGE, 0 }, { "4294967297", -NLE_RANGE, 0 },
		{ "99999999999999999999", -NLE_RANGE, 0 },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(c); i++) {
		ck_assert_str_eq(__type2str(c[i].v, buf, sizeof(buf), tbl, ARRAY_SIZE(tbl)), c[i].t2s);
		ck_assert_str_eq(__flags2str(c[i].v, buf, sizeof(buf), tbl, ARRAY_SIZE(tbl)), c[i].f2s);
		ck_assert_str_eq(__flags2str(c[i].v, buf, 6, tbl, ARRAY_SIZE(tbl)), c[i].small);
	}
	for (i = 0; i < ARRAY_SIZE(s); i++) {
		ck_assert_int_eq(__str2type(s[i].s, tbl, ARRAY_SIZE(tbl)), s[i].type);
		ck_assert_int_eq(__str2flags(s[i].s, tbl, ARRAY_SIZE(tbl)), s[i].flags);
	}
}
END_TEST

START_TEST(test_trans_list)
{
	NL_LIST_HEAD(list);
	char buf[32];

	ck_assert_int_eq(__trans_list_add(5, "five", &list), 0);
	ck_assert_int_eq(__trans_list_add(6, "six", &list), 0);
	ck_assert_int_eq(__trans_list_add(5, "fiveagain", &list), 0);
	ck_assert_str_eq(__list_type2str(5, buf, sizeof(buf), &list), "five");
	ck_assert_str_eq(__list_type2str(6, buf, sizeof(buf), &list), "six");
	ck_assert_str_eq(__list_type2str(7, buf, sizeof(buf), &list), "0x7");
	ck_assert_int_eq(__list_str2type("SIX", &list), 6);
	ck_assert_int_eq(__list_str2type("fiveagain", &list), 5);
	ck_assert_int_eq(__list_str2type("0x7", &list), 7);
	ck_assert_int_eq(__list_str2type("bogus", &list), -NLE_OBJ_NOTFOUND);
	ck_assert_int_eq(__list_str2type("4294967301", &list), -NLE_RANGE);
	__trans_list_clear(&list);
	ck_assert(nl_list_empty(&list));
}
END_TEST

static char seen[256];

static int num_str_cb(long n, const char *name)
{
	size_t l = strlen(seen);

	snprintf(seen + l, sizeof(seen) - l, "%ld=%s;", n, name);
	return n == 99 ? -NLE_BUSY : 0;
}

static int read_text(const char *text)
{
	char path[] = "/tmp/nltest-numstr-XXXXXX";
	int fd = mkstemp(path), err;
	FILE *f;

	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	seen[0] = '\0';
	err = __nl_read_num_str_file(path, num_str_cb);
	unlink(path);
	return err;
}

START_TEST(test_read_num_str)
{
	ck_assert_int_eq(read_text("# c\n1 one\n\n0x10\ttab\n 3   sp  x\n010 oct\n-5 neg\n1a\n20 last"), 0);
	ck_assert_str_eq(seen, "1=one;16=tab;3=sp;8=oct;-5=neg;1=a;20=last;");
	ck_assert_int_eq(read_text("1 a\nbad line\n2 b\n"), -NLE_INVAL);
	ck_assert_str_eq(seen, "1=a;");
	ck_assert_int_eq(read_text("  # indented\n"), -NLE_INVAL);
	ck_assert_int_eq(read_text("\t\n"), -NLE_INVAL);
	ck_assert_int_eq(read_text("2\n"), -NLE_INVAL);
	ck_assert_int_eq(read_text("1 a\n99 stop\n2 b\n"), -NLE_BUSY);
	ck_assert_str_eq(seen, "1=a;99=stop;");
	/* numbers beyond a long are refused, not clamped */
	ck_assert_int_eq(read_text("1 a\n99999999999999999999 big\n2 b\n"), -NLE_INVAL);
	ck_assert_str_eq(seen, "1=a;");
	ck_assert_int_eq(read_text("-9223372036854775808 min\n"), 0);
	ck_assert_str_eq(seen, "-9223372036854775808=min;");
	{
		/* a long comment is one line, not pieces; names stop at 127 */
		char text[1024], want[160];

		snprintf(text, sizeof(text), "#%0300d\n7 %0200d\n8 b\n", 0, 0);
		ck_assert_int_eq(read_text(text), 0);
		snprintf(want, sizeof(want), "7=%0127d;8=b;", 0);
		ck_assert_str_eq(seen, want);
	}
	ck_assert_int_eq(__nl_read_num_str_file("/nonexistent/x", num_str_cb), -NLE_OBJ_NOTFOUND);
}
END_TEST

static char cb_out[256];
static int nl_cb_lines[8], nl_cb_n;

static void line_cb(struct nl_dump_params *p, char *s)
{
	strncat(cb_out, "[", sizeof(cb_out) - strlen(cb_out) - 1);
	strncat(cb_out, s, sizeof(cb_out) - strlen(cb_out) - 1);
	strncat(cb_out, "]", sizeof(cb_out) - strlen(cb_out) - 1);
}

static void newline_cb(struct nl_dump_params *p, int line)
{
	if (nl_cb_n < 8)
		nl_cb_lines[nl_cb_n++] = line;
}

START_TEST(test_dump)
{
	char big[128] = "", small[8] = "", pre[8] = "abc";
	struct nl_dump_params dp = { .dp_buf = big, .dp_buflen = sizeof(big) };
	struct nl_dump_params d2 = { .dp_buf = small, .dp_buflen = sizeof(small) };
	struct nl_dump_params d3 = { .dp_buf = pre, .dp_buflen = sizeof(pre) };
	struct nl_dump_params d4 = { .dp_cb = line_cb, .dp_nl_cb = newline_cb,
				     .dp_buf = small, .dp_buflen = sizeof(small),
				     .dp_prefix = 2 };
	struct nl_dump_params d5 = { .dp_prefix = 1 };

	nl_dump(&dp, "a%d", 1);
	nl_dump_line(&dp, "b%s\n", "x");
	dp.dp_prefix = 3;
	nl_dump_line(&dp, "c\n");
	nl_new_line(&dp);
	nl_dump(&dp, "d");
	ck_assert_str_eq(big, "a1bx\n   c\n   d");
	ck_assert_uint_eq(dp.dp_line, 3);

	nl_dump(&d2, "0123456789");
	ck_assert_str_eq(small, "0123456");
	nl_dump(&d2, "ab");
	ck_assert_str_eq(small, "0123456");

	nl_dump(&d3, "de");
	nl_dump(&d3, "fghij");
	ck_assert_str_eq(pre, "abcdefg");

	/* the callback gets the text, the buffer only the prefix */
	small[0] = '\0';
	nl_dump_line(&d4, "x%d\n", 1);
	nl_dump(&d4, "y");
	ck_assert_str_eq(cb_out, "[x1\n][y]");
	ck_assert_str_eq(small, "  ");
	ck_assert_int_eq(nl_cb_n, 1);
	ck_assert_int_eq(nl_cb_lines[0], 1);

	/* nowhere to write: nothing happens, lines are still counted */
	nl_dump_line(&d5, "lost\n");
	ck_assert_uint_eq(d5.dp_line, 1);
}
END_TEST

START_TEST(test_dump_stream)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct nl_dump_params dp = { .dp_fd = f, .dp_prefix = 2,
				     .dp_cb = line_cb };

	cb_out[0] = '\0';
	nl_dump_line(&dp, "hello\n");
	nl_dump_line(&dp, "world %d\n", 5);
	fclose(f);
	ck_assert_str_eq(text, "  hello\n  world 5\n");
	ck_assert_str_eq(cb_out, "");
	free(text);
}
END_TEST

START_TEST(test_capabilities_version)
{
	ck_assert_int_eq(nl_has_capability(NL_CAPABILITY_NONE), 0);
	ck_assert_int_eq(nl_has_capability(NL_CAPABILITY_ROUTE_BUILD_MSG_SET_SCOPE), 1);
	ck_assert_int_eq(nl_has_capability(NL_CAPABILITY_VERSION_3_12_0), 1);
	ck_assert_int_eq(nl_has_capability(NL_CAPABILITY_MAX), 1);
	ck_assert_int_eq(nl_has_capability(NL_CAPABILITY_MAX + 1), 0);
	ck_assert_int_eq(nl_has_capability(0x7001), 0);
	ck_assert_int_eq(nl_has_capability(-1), 0);

	ck_assert_int_eq(nl_ver_num, LIBNL_VER_NUM);
	ck_assert_int_eq(nl_ver_maj, 3);
	ck_assert_int_eq(nl_ver_min, 12);
	ck_assert_int_eq(nl_ver_mic, 0);
	ck_assert_ptr_eq(nl_debug_dp.dp_fd, stderr);
	ck_assert_int_eq(nl_debug_dp.dp_type, NL_DUMP_DETAILS);
}
END_TEST

START_TEST(test_data)
{
	struct nl_data *d, *e, *f, *z;

	d = nl_data_alloc("abc", 3);
	e = nl_data_alloc(NULL, 2);
	ck_assert_uint_eq(nl_data_get_size(d), 3);
	ck_assert_int_gt(nl_data_cmp(d, e), 0);
	ck_assert_int_eq(((char *) nl_data_get(e))[1], 0);
	ck_assert_int_eq(nl_data_append(d, "de", 2), 0);
	f = nl_data_clone(d);
	ck_assert_uint_eq(nl_data_get_size(f), 5);
	ck_assert_mem_eq(nl_data_get(f), "abcde", 5);
	ck_assert_int_eq(nl_data_cmp(d, f), 0);

	z = nl_data_alloc(NULL, 0);
	ck_assert_ptr_null(nl_data_get(z));
	ck_assert_uint_eq(nl_data_get_size(z), 0);
	ck_assert_int_eq(nl_data_append(z, NULL, 3), 0);
	ck_assert_uint_eq(nl_data_get_size(z), 3);
	ck_assert_mem_eq(nl_data_get(z), "\0\0\0", 3);
	ck_assert_ptr_null(nl_data_alloc_attr(NULL));

	nl_data_free(d);
	nl_data_free(e);
	nl_data_free(f);
	nl_data_free(z);
	nl_data_free(NULL);
}
END_TEST

START_TEST(test_hash)
{
	char a[64], b[64];
	uint32_t seen_h[256];
	int i, j;

	memset(a, 0, sizeof(a));
	memcpy(b, a, sizeof(b));
	for (i = 0; i <= 64; i++)
		ck_assert_uint_eq(nl_hash_any(a, i, 7), nl_hash(b, i, 7));
	ck_assert_uint_ne(nl_hash_any(a, 8, 0), nl_hash_any(a, 8, 1));
	ck_assert_uint_ne(nl_hash_any(a, 8, 0), nl_hash_any(a, 9, 0));

	/* every single bit flip of a 4-byte key gives a different value */
	for (i = 0; i < 256; i++) {
		uint32_t k = (uint32_t) i << 3;

		seen_h[i] = nl_hash_any(&k, sizeof(k), 0);
		for (j = 0; j < i; j++)
			ck_assert_uint_ne(seen_h[i], seen_h[j]);
	}
	/* unaligned keys hash like aligned ones */
	memcpy(a + 1, "hello world", 11);
	memcpy(b, "hello world", 11);
	ck_assert_uint_eq(nl_hash_any(a + 1, 11, 3), nl_hash_any(b, 11, 3));
}
END_TEST

static Suite *utils_suite(void)
{
	Suite *s = suite_create("utils");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_size2int);
	tcase_add_test(tc, test_size2str);
	tcase_add_test(tc, test_prob2int);
	tcase_add_test(tc, test_rates);
	tcase_add_test(tc, test_ticks);
	tcase_add_test(tc, test_msec);
	tcase_add_test(tc, test_protocols);
	tcase_add_test(tc, test_trans_tables);
	tcase_add_test(tc, test_trans_list);
	tcase_add_test(tc, test_read_num_str);
	tcase_add_test(tc, test_dump);
	tcase_add_test(tc, test_dump_stream);
	tcase_add_test(tc, test_capabilities_version);
	tcase_add_test(tc, test_data);
	tcase_add_test(tc, test_hash);
	suite_add_tcase(s, tc);

	return s;
}

NLTEST_MAIN(utils_suite)
