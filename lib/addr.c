/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Abstract addresses (struct nl_addr): a family, up to a_maxsize bytes of
 * binary address and a prefix length.  Parsing understands IPv4, IPv6,
 * link-layer (colon separated hex), DECnet (area.node), MPLS label
 * stacks (label/label/...) and the keywords none, default, any and all.
 *
 * Printing never reads outside the bytes an address holds: shorter than
 * usual addresses are printed as if padded with zeroes.
 */

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdarg.h>
#include <stdio.h>
#include <errno.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <netdb.h>

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/attr.h>
#include <netlink/utils.h>
#include <netlink/errno.h>

#include "nl-private/core.h"
#include "nl-private/shared.h"

#ifndef AF_MPLS
#define AF_MPLS 28
#endif

/* MPLS label stack entries: label in bits 31..12, bottom of stack bit 8 */
#define MPLS_LABEL_SHIFT	12
#define MPLS_LABEL_MAX		0xFFFFFu
#define MPLS_BOS		0x100u
#define MPLS_MAX_LABELS		64

/* Prefix length MPLS addresses carry (the width of a label) */
#define MPLS_PREFIXLEN		20

/* DECnet addresses: 16 bits little endian, area (6 bits) and node (10) */
#define DN_AREA_MAX		63
#define DN_NODE_MAX		1023

/* Length of a parsed link-layer (AF_LLC) address */
#define LLC_ADDR_LEN		6

/* Largest binary address the parser produces */
#define PARSE_MAX_LEN		(MPLS_MAX_LABELS * 4)

/* ------------------------------------------------------------------ */
/* Allocation and reference counting                                   */

/**
 * Allocate an empty address (family AF_UNSPEC, length and prefix 0) with
 * room for @a maxsize bytes.
 * @return the address with one reference, or NULL when out of memory.
 */
NL_EXPORT struct nl_addr *nl_addr_alloc(size_t maxsize)
{
	struct nl_addr *addr;

	if (maxsize > UINT32_MAX - sizeof(*addr))
		return NULL;

	addr = calloc(1, sizeof(*addr) + maxsize);
	if (!addr)
		return NULL;

	addr->a_refcnt = 1;
	addr->a_maxsize = (unsigned int) maxsize;

	return addr;
}

/**
 * Allocate an address of @a family holding a copy of @a size bytes at
 * @a buf (zeroes when @a buf is NULL).  The prefix length is the full
 * length in bits (20 for AF_MPLS).
 * @return the address with one reference, or NULL when out of memory.
 */
NL_EXPORT struct nl_addr *nl_addr_build(int family, const void *buf,
					size_t size)
{
	struct nl_addr *addr;

	addr = nl_addr_alloc(size);
	if (!addr)
		return NULL;

	addr->a_family = family;
	addr->a_len = (unsigned int) size;
	addr->a_prefixlen = family == AF_MPLS ? MPLS_PREFIXLEN :
						(int) (size * 8);
	if (size && buf)
		memcpy(addr->a_addr, buf, size);

	return addr;
}

/**
 * Allocate an address of @a family holding the payload of attribute
 * @a nla.
 * @return the address with one reference, or NULL when @a nla is NULL or
 *         memory is short.
 */
NL_EXPORT struct nl_addr *nl_addr_alloc_attr(const struct nlattr *nla,
					     int family)
{
	if (!nla)
		return NULL;

	return nl_addr_build(family, nla_data(nla), (size_t) nla_len(nla));
}

/**
 * Allocate a copy of @a addr (family, bytes and prefix length).
 * @return the copy with one reference, or NULL.
 */
NL_EXPORT struct nl_addr *nl_addr_clone(const struct nl_addr *addr)
{
	struct nl_addr *copy;

	copy = nl_addr_alloc(addr->a_maxsize > addr->a_len ? addr->a_maxsize :
							      addr->a_len);
	if (!copy)
		return NULL;

	copy->a_family = addr->a_family;
	copy->a_len = addr->a_len;
	copy->a_prefixlen = addr->a_prefixlen;
	if (addr->a_len)
		memcpy(copy->a_addr, addr->a_addr, addr->a_len);

	return copy;
}

/** Take one more reference on @a addr. @return @a addr. */
NL_EXPORT struct nl_addr *nl_addr_get(struct nl_addr *addr)
{
	if (_nl_addr_is_embedded(addr))
		nl_object_get(_nl_addr_owner(addr));
	else
		_nl_ref_inc(&addr->a_refcnt);
	return addr;
}

/** Drop one reference on @a addr (NULL is ignored); freed with the last. */
NL_EXPORT void nl_addr_put(struct nl_addr *addr)
{
	if (!addr)
		return;

	if (_nl_addr_is_embedded(addr))
		nl_object_put(_nl_addr_owner(addr));
	else if (_nl_ref_dec(&addr->a_refcnt) <= 0)
		free(addr);
}

/**
 * Non-zero when @a addr has more than one reference (an address stored
 * inside an object: when the object has).
 */
NL_EXPORT int nl_addr_shared(const struct nl_addr *addr)
{
	if (_nl_addr_is_embedded(addr))
		return nl_object_shared(_nl_addr_owner(addr));
	return _nl_ref_read(&addr->a_refcnt) > 1;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                           */

/**
 * Order two addresses: by family, then length, then bytes, then prefix
 * length.  Two empty addresses of a family are equal whatever their
 * prefix lengths.
 * @return <0, 0 or >0.
 */
NL_EXPORT int nl_addr_cmp(const struct nl_addr *a, const struct nl_addr *b)
{
	int d;

	d = a->a_family - b->a_family;
	if (d)
		return d;

	d = (int) a->a_len - (int) b->a_len;
	if (d || !a->a_len)
		return d;

	d = memcmp(a->a_addr, b->a_addr, a->a_len);
	if (d)
		return d;

	return a->a_prefixlen - b->a_prefixlen;
}

/**
 * Compare the leading bits two addresses share: the shorter of the two
 * prefix lengths (bounded by the bytes both hold), after the family.
 * @return <0, 0 or >0.
 */
NL_EXPORT int nl_addr_cmp_prefix(const struct nl_addr *a,
				 const struct nl_addr *b)
{
	unsigned int bits, bytes, rest, maxbits;
	int d;

	d = a->a_family - b->a_family;
	if (d)
		return d;

	bits = (unsigned int) (a->a_prefixlen < b->a_prefixlen ?
				       a->a_prefixlen : b->a_prefixlen);
	maxbits = 8 * (a->a_len < b->a_len ? a->a_len : b->a_len);
	if (bits > maxbits)
		bits = maxbits;

	bytes = bits / 8;
	rest = bits % 8;

	if (bytes) {
		d = memcmp(a->a_addr, b->a_addr, bytes);
		if (d)
			return d;
	}

	if (rest) {
		unsigned char mask = (unsigned char) (0xff << (8 - rest));

		return (int) ((unsigned char) a->a_addr[bytes] & mask) -
		       (int) ((unsigned char) b->a_addr[bytes] & mask);
	}

	return 0;
}

/** Non-zero when every byte of @a addr is zero (also for an empty one). */
NL_EXPORT int nl_addr_iszero(const struct nl_addr *addr)
{
	unsigned int i;

	for (i = 0; i < addr->a_len; i++)
		if (addr->a_addr[i])
			return 0;

	return 1;
}

/**
 * Family suggested by the length of @a addr: 4 bytes AF_INET, 16
 * AF_INET6, 6 AF_LLC, anything else AF_UNSPEC.
 */
NL_EXPORT int nl_addr_guess_family(const struct nl_addr *addr)
{
	switch (addr->a_len) {
	case 4:
		return AF_INET;
	case 16:
		return AF_INET6;
	case 6:
		return AF_LLC;
	default:
		return AF_UNSPEC;
	}
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */

/*
 * Colon separated hex bytes ("00:1a:2b", each byte 1 or more hex digits).
 * Stops once @max bytes are read, ignoring what follows.
 * Returns the number of bytes, or -1.
 */
static int parse_hex_bytes(const char *str, unsigned char *out, size_t max)
{
	const char *p = str;
	size_t n = 0;

	for (;;) {
		char *end;
		long l;

		l = strtol(p, &end, 16);
		if (end == p || l > 0xff)
			return -1;

		out[n++] = (unsigned char) l;
		if (n == max)
			return (int) n;

		if (*end == ':')
			p = end + 1;
		else if (*end == '\0')
			return (int) n;
		else
			return -1;
	}
}

/* Read one or more decimal digits; returns the end or NULL. */
static const char *parse_digits(const char *p, unsigned long *val)
{
	unsigned long v = 0;

	if (*p < '0' || *p > '9')
		return NULL;

	while (*p >= '0' && *p <= '9') {
		if (v <= 100000)
			v = v * 10 + (unsigned long) (*p - '0');
		p++;
	}

	*val = v;
	return p;
}

/* DECnet "area.node"; anything after the node number is ignored. */
static int parse_dnet(const char *str, unsigned char *out)
{
	unsigned long area, node;
	const char *p;
	uint16_t v;

	p = parse_digits(str, &area);
	if (!p || *p != '.')
		return -1;

	p = parse_digits(p + 1, &node);
	if (!p || area > DN_AREA_MAX || node > DN_NODE_MAX)
		return -1;

	v = (uint16_t) (area << 10 | node);
	out[0] = (unsigned char) (v & 0xff);
	out[1] = (unsigned char) (v >> 8);

	return 2;
}

/* MPLS label stack "label/label/...", at most MPLS_MAX_LABELS labels. */
static int parse_mpls(const char *str, unsigned char *out)
{
	const char *p = str;
	int n = 0;

	for (;;) {
		unsigned long l;
		uint32_t entry;
		char *end;

		if (n == MPLS_MAX_LABELS)
			return -1;

		l = strtoul(p, &end, 0);
		if (end == p || l > MPLS_LABEL_MAX)
			return -1;

		entry = htonl((uint32_t) l << MPLS_LABEL_SHIFT);
		memcpy(out + 4 * n, &entry, 4);
		n++;

		if (*end == '/') {
			p = end + 1;
		} else if (*end == '\0') {
			break;
		} else {
			return -1;
		}
	}

	/* mark the last entry as the bottom of the stack */
	out[4 * n - 2] |= MPLS_BOS >> 8;

	return 4 * n;
}

static int is_any_keyword(const char *str)
{
	return !strcasecmp(str, "default") || !strcasecmp(str, "any") ||
	       !strcasecmp(str, "all");
}

/*
 * Parse the address part of @str for @hint.  Returns 0 and sets *family,
 * *len (bytes in buf) and *prefixlen (default prefix), or an error.
 */
static int parse_address(const char *str, int hint, unsigned char *buf,
			 int *family, int *len, int *prefixlen)
{
	int n;

	if (!strcasecmp(str, "none")) {
		*family = hint;
		*len = 0;
		*prefixlen = 0;
		return 0;
	}

	if (is_any_keyword(str)) {
		/* the zero address of the family, as long as its addresses,
		 * so that it equals 0.0.0.0/0 or ::/0 */
		switch (hint) {
		case AF_UNSPEC:
		case AF_INET:
			*family = AF_INET;
			*len = 4;
			break;
		case AF_INET6:
			*family = AF_INET6;
			*len = 16;
			break;
		case AF_LLC:
			*family = AF_LLC;
			*len = LLC_ADDR_LEN;
			break;
		default:
			return -NLE_AF_NOSUPPORT;
		}
		memset(buf, 0, (size_t)*len);
		*prefixlen = 0;
		return 0;
	}

	if (hint == AF_MPLS) {
		n = parse_mpls(str, buf);
		if (n < 0)
			return -NLE_INVAL;
		*family = AF_MPLS;
		*len = n;
		*prefixlen = MPLS_PREFIXLEN;
		return 0;
	}

	if (hint == AF_INET || hint == AF_UNSPEC) {
		if (inet_pton(AF_INET, str, buf) > 0) {
			*family = AF_INET;
			*len = 4;
			goto full_prefix;
		}
		if (hint == AF_INET)
			return -NLE_NOADDR;
	}

	if (hint == AF_INET6 || hint == AF_UNSPEC) {
		if (inet_pton(AF_INET6, str, buf) > 0) {
			*family = AF_INET6;
			*len = 16;
			goto full_prefix;
		}
		if (hint == AF_INET6)
			return -NLE_NOADDR;
	}

	if (hint == AF_LLC || hint == AF_UNSPEC) {
		if (strchr(str, ':') &&
		    parse_hex_bytes(str, buf, LLC_ADDR_LEN) == LLC_ADDR_LEN) {
			*family = AF_LLC;
			*len = LLC_ADDR_LEN;
			goto full_prefix;
		}
		if (hint == AF_LLC)
			return -NLE_NOADDR;
	}

	if (hint == AF_DECnet || hint == AF_UNSPEC) {
		n = parse_dnet(str, buf);
		if (n > 0) {
			*family = AF_DECnet;
			*len = n;
			goto full_prefix;
		}
		if (hint == AF_DECnet)
			return -NLE_NOADDR;
	}

	if (hint == AF_UNSPEC && strchr(str, ':')) {
		n = parse_hex_bytes(str, buf, PARSE_MAX_LEN);
		if (n < 0)
			return -NLE_INVAL;
		*family = AF_UNSPEC;
		*len = n;
		goto full_prefix;
	}

	return -NLE_NOADDR;

full_prefix:
	*prefixlen = *len * 8;
	return 0;
}

/**
 * Parse the text form of an address.
 *
 * Accepted forms, each optionally followed by "/<prefix length>" (except
 * for AF_MPLS, where '/' separates labels):
 *  - "none": an empty address of family @a hint;
 *  - "default", "any", "all": the zero address of family AF_INET (for
 *    AF_UNSPEC or AF_INET, 4 bytes), AF_INET6 (16) or AF_LLC (6), with
 *    prefix length 0: it equals "0.0.0.0/0" or "::/0";
 *  - IPv4 and IPv6 addresses (AF_INET, AF_INET6);
 *  - six colon separated hex bytes (AF_LLC);
 *  - DECnet "area.node" (AF_DECnet);
 *  - with AF_MPLS: a stack of up to 64 labels "100/200" (prefix 20);
 *  - with AF_UNSPEC, any other colon separated hex bytes (AF_UNSPEC).
 * With @a hint AF_UNSPEC the forms are tried in that order.
 *
 * @arg addrstr	text to parse
 * @arg hint	family wanted, or AF_UNSPEC
 * @arg result	receives the new address (one reference, for the caller)
 * @return 0; -NLE_NOADDR when the text is no address of @a hint;
 *         -NLE_INVAL for a malformed hex or MPLS address or prefix;
 *         -NLE_AF_NOSUPPORT for a keyword @a hint has no meaning for;
 *         -NLE_NOMEM.
 */
NL_EXPORT int nl_addr_parse(const char *addrstr, int hint,
			    struct nl_addr **result)
{
	unsigned char buf[PARSE_MAX_LEN];
	char *str, *prefix = NULL;
	int family = AF_UNSPEC, len = 0, prefixlen = 0;
	struct nl_addr *addr;
	int err;

	str = strdup(addrstr);
	if (!str)
		return -NLE_NOMEM;

	if (hint != AF_MPLS) {
		prefix = strchr(str, '/');
		if (prefix)
			*prefix++ = '\0';
	}

	err = parse_address(str, hint, buf, &family, &len, &prefixlen);
	if (err < 0)
		goto out;

	if (prefix) {
		char *end;
		long pl;

		pl = strtol(prefix, &end, 0);
		if (end == prefix) {
			err = -NLE_INVAL;
			goto out;
		}
		prefixlen = (int) pl;
	}

	addr = nl_addr_build(family, buf, (size_t) len);
	if (!addr) {
		err = -NLE_NOMEM;
		goto out;
	}
	addr->a_prefixlen = prefixlen;
	*result = addr;
	err = 0;
out:
	free(str);
	return err;
}

/**
 * Whether @a addr is a valid address of @a family: checked for AF_INET,
 * AF_INET6, AF_DECnet and AF_MPLS (label stacks); AF_LLC text is never
 * reported valid (as in the reference library); any other family
 * accepts everything.
 * @return 1 or 0.
 */
NL_EXPORT int nl_addr_valid(const char *addr, int family)
{
	unsigned char buf[PARSE_MAX_LEN];

	switch (family) {
	case AF_INET:
	case AF_INET6:
		return inet_pton(family, addr, buf) > 0;
	case AF_DECnet:
		return parse_dnet(addr, buf) > 0;
	case AF_MPLS:
		return parse_mpls(addr, buf) > 0;
	case AF_LLC:
		return 0;
	default:
		return 1;
	}
}

/* ------------------------------------------------------------------ */
/* Socket addresses and resolution                                      */

/**
 * Fill @a sa with the socket address of @a addr (AF_INET needs 4 bytes,
 * AF_INET6 16; port, flow info and scope are zero).
 * @arg salen	in: room at @a sa; out: bytes used
 * @return 0, or -NLE_INVAL for another family, a wrong length or too
 *         little room.
 */
NL_EXPORT int nl_addr_fill_sockaddr(const struct nl_addr *addr,
				    struct sockaddr *sa, socklen_t *salen)
{
	switch (addr->a_family) {
	case AF_INET: {
		struct sockaddr_in sai;

		if (*salen < sizeof(sai) || addr->a_len != 4)
			return -NLE_INVAL;
		memset(&sai, 0, sizeof(sai));
		sai.sin_family = AF_INET;
		memcpy(&sai.sin_addr, addr->a_addr, 4);
		memcpy(sa, &sai, sizeof(sai));
		*salen = sizeof(sai);
		return 0;
	}
	case AF_INET6: {
		struct sockaddr_in6 sa6;

		if (*salen < sizeof(sa6) || addr->a_len != 16)
			return -NLE_INVAL;
		memset(&sa6, 0, sizeof(sa6));
		sa6.sin6_family = AF_INET6;
		memcpy(&sa6.sin6_addr, addr->a_addr, 16);
		memcpy(sa, &sa6, sizeof(sa6));
		*salen = sizeof(sa6);
		return 0;
	}
	default:
		return -NLE_INVAL;
	}
}

/* Library error code of a getaddrinfo()/getnameinfo() failure. */
static int eai2nlerr(int eai)
{
	static const struct {
		int eai;
		int err;
	} map[] = {
		{ EAI_ADDRFAMILY,	NLE_AF_NOSUPPORT },
		{ EAI_AGAIN,		NLE_AGAIN },
		{ EAI_BADFLAGS,		NLE_INVAL },
		{ EAI_FAIL,		NLE_NOADDR },
		{ EAI_FAMILY,		NLE_AF_NOSUPPORT },
		{ EAI_MEMORY,		NLE_NOMEM },
		{ EAI_NODATA,		NLE_NOADDR },
		{ EAI_NONAME,		NLE_OBJ_NOTFOUND },
		{ EAI_SERVICE,		NLE_OPNOTSUPP },
		{ EAI_SOCKTYPE,		NLE_BAD_SOCK },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(map); i++)
		if (map[i].eai == eai)
			return -map[i].err;

	return -NLE_FAILURE;
}

/**
 * getaddrinfo() for the text form of @a addr, numeric only (no lookup).
 * @arg result	receives the list; free it with freeaddrinfo()
 * @return 0 or a negative error code mapped from the getaddrinfo() error
 *         (-NLE_AF_NOSUPPORT, -NLE_OBJ_NOTFOUND...).
 */
NL_EXPORT int nl_addr_info(const struct nl_addr *addr,
			   struct addrinfo **result)
{
	struct addrinfo hint = {
		.ai_flags = AI_NUMERICHOST,
		.ai_family = addr->a_family,
	};
	char buf[INET6_ADDRSTRLEN + 8];
	int err;

	nl_addr2str(addr, buf, sizeof(buf));

	err = getaddrinfo(buf, NULL, &hint, result);
	if (err)
		return eai2nlerr(err);

	return 0;
}

/**
 * Look up the host name of @a addr (AF_INET or AF_INET6).
 * @arg host	receives the name
 * @arg hostlen	size of @a host
 * @return 0; -NLE_INVAL for another family; otherwise the library code
 *         of the getnameinfo() failure, positive (e.g. NLE_OBJ_NOTFOUND
 *         when no name is known), as the reference library returns it.
 */
NL_EXPORT int nl_addr_resolve(const struct nl_addr *addr, char *host,
			      size_t hostlen)
{
	struct sockaddr_in6 buf;
	socklen_t salen = sizeof(buf);
	int err;

	err = nl_addr_fill_sockaddr(addr, (struct sockaddr *) &buf, &salen);
	if (err < 0)
		return err;

	err = getnameinfo((struct sockaddr *) &buf, salen, host,
			  (socklen_t) hostlen, NULL, 0, NI_NAMEREQD);
	if (err)
		return nl_syserr2nlerr(err);

	return 0;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                            */

/** Set the family of @a addr. */
NL_EXPORT void nl_addr_set_family(struct nl_addr *addr, int family)
{
	addr->a_family = family;
}

/** Family of @a addr. */
NL_EXPORT int nl_addr_get_family(const struct nl_addr *addr)
{
	return addr->a_family;
}

/**
 * Replace the bytes of @a addr; the rest of its room is zeroed and the
 * prefix length is left alone.
 * @return 0, or -NLE_RANGE when @a len exceeds the room of @a addr.
 */
NL_EXPORT int nl_addr_set_binary_addr(struct nl_addr *addr, const void *buf,
				      size_t len)
{
	if (len > addr->a_maxsize)
		return -NLE_RANGE;

	addr->a_len = (unsigned int) len;
	memset(addr->a_addr, 0, addr->a_maxsize);
	if (len)
		memcpy(addr->a_addr, buf, len);

	return 0;
}

/** The bytes of @a addr (owned by @a addr). */
NL_EXPORT void *nl_addr_get_binary_addr(const struct nl_addr *addr)
{
	return (void *) addr->a_addr;
}

/** Number of bytes in @a addr. */
NL_EXPORT unsigned int nl_addr_get_len(const struct nl_addr *addr)
{
	return addr->a_len;
}

/** Set the prefix length of @a addr, in bits. */
NL_EXPORT void nl_addr_set_prefixlen(struct nl_addr *addr, int prefixlen)
{
	addr->a_prefixlen = prefixlen;
}

/** Prefix length of @a addr, in bits. */
NL_EXPORT unsigned int nl_addr_get_prefixlen(const struct nl_addr *addr)
{
	return (unsigned int) addr->a_prefixlen;
}

/* ------------------------------------------------------------------ */
/* Printing                                                             */

/* A text being built in a caller's buffer, truncated at its size. */
struct outbuf {
	char *buf;
	size_t size;
	size_t len;
};

static void _nl_printf(2, 3) out_add(struct outbuf *o, const char *fmt, ...)
{
	va_list args;
	int n;

	if (o->len + 1 >= o->size)
		return;

	va_start(args, fmt);
	n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, args);
	va_end(args);

	if (n < 0)
		return;
	o->len += (size_t) n;
	if (o->len >= o->size)
		o->len = o->size - 1;
}

/* Copy up to @want bytes of @addr into @dst, zero padded. */
static void padded_copy(const struct nl_addr *addr, unsigned char *dst,
			size_t want)
{
	memset(dst, 0, want);
	memcpy(dst, addr->a_addr, addr->a_len < want ? addr->a_len : want);
}

static void print_mpls(const struct nl_addr *addr, struct outbuf *o)
{
	unsigned int off;

	for (off = 0; off < addr->a_len; off += 4) {
		unsigned char e[4] = { 0 };
		uint32_t entry;

		memcpy(e, addr->a_addr + off,
		       addr->a_len - off < 4 ? addr->a_len - off : 4);
		memcpy(&entry, e, 4);
		entry = ntohl(entry);

		out_add(o, "%s%u", off ? "/" : "", entry >> MPLS_LABEL_SHIFT);
		if (entry & MPLS_BOS)
			break;
	}
}

/**
 * Text form of @a addr into @a buf (truncated to @a size): "none" for
 * an empty address, dotted quad, IPv6 notation, DECnet "area.node",
 * MPLS "label/label", colon separated hex bytes for everything else;
 * followed by "/<prefix length>" when it differs from the address length
 * in bits (never for MPLS).
 * @return @a buf.
 */
NL_EXPORT char *nl_addr2str(const struct nl_addr *addr, char *buf,
			    size_t size)
{
	struct outbuf o = { .buf = buf, .size = size, .len = 0 };
	char tmp[INET6_ADDRSTRLEN];
	unsigned char raw[16];
	unsigned int i;

	if (!size)
		return buf;
	buf[0] = '\0';

	if (!addr->a_len) {
		out_add(&o, "none");
		goto prefix;
	}

	switch (addr->a_family) {
	case AF_INET:
		padded_copy(addr, raw, 4);
		out_add(&o, "%s", inet_ntop(AF_INET, raw, tmp, sizeof(tmp)));
		break;
	case AF_INET6:
		padded_copy(addr, raw, 16);
		out_add(&o, "%s", inet_ntop(AF_INET6, raw, tmp, sizeof(tmp)));
		break;
	case AF_MPLS:
		print_mpls(addr, &o);
		return buf;
	case AF_DECnet:
		if (addr->a_len < 2) {
			out_add(&o, "none");
			return buf;
		}
		i = (unsigned int) (unsigned char) addr->a_addr[0] |
		    (unsigned int) (unsigned char) addr->a_addr[1] << 8;
		out_add(&o, "%u.%u", i >> 10, i & DN_NODE_MAX);
		break;
	default:
		for (i = 0; i < addr->a_len; i++)
			out_add(&o, "%s%02x", i ? ":" : "",
				(unsigned char) addr->a_addr[i]);
		break;
	}

prefix:
	if (addr->a_family != AF_MPLS &&
	    (unsigned int) addr->a_prefixlen != 8 * addr->a_len)
		out_add(&o, "/%u", (unsigned int) addr->a_prefixlen);

	return buf;
}

/* ------------------------------------------------------------------ */
/* Address family names                                                 */

static const struct trans_tbl afs[] = {
	{ 0, "unspec" },
	{ 1, "unix" },
	{ 2, "inet" },
	{ 3, "ax25" },
	{ 4, "ipx" },
	{ 5, "appletalk" },
	{ 6, "netrom" },
	{ 7, "bridge" },
	{ 8, "atmpvc" },
	{ 9, "x25" },
	{ 10, "inet6" },
	{ 11, "rose" },
	{ 12, "decnet" },
	{ 13, "netbeui" },
	{ 14, "security" },
	{ 15, "key" },
	{ 16, "netlink" },
	{ 17, "packet" },
	{ 18, "ash" },
	{ 19, "econet" },
	{ 20, "atmsvc" },
	{ 21, "rds" },
	{ 22, "sna" },
	{ 23, "irda" },
	{ 24, "pppox" },
	{ 25, "wanpipe" },
	{ 26, "llc" },
	{ 28, "mpls" },
	{ 29, "can" },
	{ 30, "tipc" },
	{ 31, "bluetooth" },
	{ 32, "iucv" },
	{ 33, "rxrpc" },
	{ 34, "isdn" },
	{ 35, "phonet" },
	{ 36, "ieee802154" },
	{ 37, "caif" },
	{ 38, "alg" },
	{ 39, "nfc" },
	{ 40, "vsock" },
};

/** Name of address family @a family ("inet"...) or "0x<hex>". @return @a buf. */
NL_EXPORT char *nl_af2str(int family, char *buf, size_t size)
{
	return __type2str(family, buf, size, afs, ARRAY_SIZE(afs));
}

/**
 * Address family of a name (case ignored) or number.
 * @return the family, or -EINVAL when unknown.
 */
NL_EXPORT int nl_str2af(const char *name)
{
	int fam = __str2type(name, afs, ARRAY_SIZE(afs));

	return fam >= 0 ? fam : -EINVAL;
}
