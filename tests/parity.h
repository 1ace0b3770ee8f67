/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Helpers of the parity suites: requests compared byte for byte with what
 * upstream's libnl builds for the same calls (the expected bytes were taken
 * from Debian's libnl 3.7 with the same calls), messages parsed into
 * objects, dumps as text.
 */

#ifndef PARITY_H_
#define PARITY_H_

#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/object.h>

/* Bytes of a hex string ("0a 00 ff ..."), spaces ignored; returns count. */
static inline size_t parity_unhex(const char *hex, unsigned char *out,
				  size_t max)
{
	size_t n = 0;

	while (*hex && n < max) {
		unsigned int b;

		if (isspace((unsigned char)*hex)) {
			hex++;
			continue;
		}
		ck_assert_int_eq(sscanf(hex, "%2x", &b), 1);
		out[n++] = (unsigned char)b;
		hex += 2;
	}
	return n;
}

/* The message (its sequence number and port zeroed) is exactly hex. */
static inline void parity_assert_hex(const struct nlmsghdr *h,
				     const char *hex)
{
	unsigned char want[4096], got[4096];
	size_t n = parity_unhex(hex, want, sizeof(want)), i;

	ck_assert_uint_le(h->nlmsg_len, sizeof(got));
	memcpy(got, h, h->nlmsg_len);
	memset(got + 8, 0, 8);
	for (i = 0; i < n && i < h->nlmsg_len && got[i] == want[i]; i++)
		;
	if (i != n || n != h->nlmsg_len)
		ck_abort_msg("message differs at byte %zu (length %u, "
			     "expected %zu): got %02x, expected %02x",
			     i, h->nlmsg_len, n,
			     i < h->nlmsg_len ? got[i] : 0,
			     i < n ? want[i] : 0);
}

static inline void parity_assert_msg(struct nl_msg *m, const char *hex)
{
	ck_assert_ptr_nonnull(m);
	parity_assert_hex(nlmsg_hdr(m), hex);
}

/* Sends on a socket are recorded here and fail with -NLE_INTR, so that a
 * request function returns right after building and sending. */
static struct nlmsghdr *parity_sent;

static inline int parity_send(struct nl_sock *sk, struct nl_msg *msg)
{
	struct nlmsghdr *h = nlmsg_hdr(msg);

	(void)sk;
	free(parity_sent);
	parity_sent = malloc(h->nlmsg_len);
	ck_assert_ptr_nonnull(parity_sent);
	memcpy(parity_sent, h, h->nlmsg_len);
	return -NLE_INTR;
}

static inline struct nl_sock *parity_socket(void)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_cb *cb;

	ck_assert_ptr_nonnull(sk);
	cb = nl_socket_get_cb(sk);
	nl_cb_overwrite_send(cb, parity_send);
	nl_cb_put(cb);
	return sk;
}

static inline void parity_got(struct nl_object *obj, void *arg)
{
	nl_object_get(obj);
	*(struct nl_object **)arg = obj;
}

/* Parse msg (of protocol proto) with the registered cache operations;
 * returns nl_msg_parse()'s result and the object in *obj. */
static inline int parity_parse(struct nl_msg *msg, int proto,
			       struct nl_object **obj)
{
	*obj = NULL;
	nlmsg_set_proto(msg, proto);
	return nl_msg_parse(msg, parity_got, obj);
}

/* The object's dump of type t. */
static inline const char *parity_dump(void *obj, enum nl_dump_type t)
{
	static char buf[16384];
	struct nl_dump_params p = {
		.dp_type = t,
		.dp_buf = buf,
		.dp_buflen = sizeof(buf),
	};

	buf[0] = '\0';
	nl_object_dump(obj, &p);
	return buf;
}

static inline const char *parity_attrs(void *obj)
{
	static char buf[1024];

	return nl_object_attr_list(obj, buf, sizeof(buf));
}

#endif
