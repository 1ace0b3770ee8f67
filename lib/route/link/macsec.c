/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * MACsec links (IFLA_INFO_KIND "macsec"): the IFLA_MACSEC_* attributes are
 * described once in macsec_attrs.  Special: a fresh link starts with the
 * kernel's default cipher suite and ICV length (not sent unless set), and
 * the port is only sent when no SCI is (the kernel derives the SCI from
 * the port then).  The SCI is kept as it travels.
 */

#include <endian.h>

#include "nl-private/kinds-b.h"

#include <netlink/netlink.h>
#include <netlink/route/link/macsec.h>

#define MS_SCI		(1ULL << 0)
#define MS_PORT		(1ULL << 1)
#define MS_ICV_LEN	(1ULL << 2)
#define MS_CIPHER	(1ULL << 3)
#define MS_WINDOW	(1ULL << 4)
#define MS_ENCODING_SA	(1ULL << 5)
#define MS_ENCRYPT	(1ULL << 6)
#define MS_PROTECT	(1ULL << 7)
#define MS_INC_SCI	(1ULL << 8)
#define MS_ES		(1ULL << 9)
#define MS_SCB		(1ULL << 10)
#define MS_REPLAY	(1ULL << 11)
#define MS_VALIDATION	(1ULL << 12)
#define MS_OFFLOAD	(1ULL << 13)

struct kb_macsec {
	uint64_t ce_mask;
	uint64_t sci;
	uint64_t cipher_suite;
	uint32_t window;
	uint16_t port;		/* host order (network order on the wire) */
	uint8_t icv_len;
	uint8_t encoding_sa;
	uint8_t encrypt;
	uint8_t protect;
	uint8_t send_sci;
	uint8_t end_station;
	uint8_t scb;
	uint8_t replay_protect;
	uint8_t validate;
	uint8_t offload;
};

#define M(m, BIT, NAME, TYPE, NLA, ...)                                        \
	NLO_ENTRY(struct kb_macsec, m, BIT, NAME, TYPE, .nla = (NLA),          \
		  __VA_ARGS__)

static const struct nlo_attr macsec_attrs[] = {
	M(sci, MS_SCI, "sci", NLO_U64, IFLA_MACSEC_SCI),
	M(port, MS_PORT, "port", NLO_U16, IFLA_MACSEC_PORT, .flags = NLO_F_BE),
	M(icv_len, MS_ICV_LEN, "icv_len", NLO_U8, IFLA_MACSEC_ICV_LEN),
	M(cipher_suite, MS_CIPHER, "cipher_suite", NLO_U64,
	  IFLA_MACSEC_CIPHER_SUITE),
	M(window, MS_WINDOW, "window", NLO_U32, IFLA_MACSEC_WINDOW),
	M(encoding_sa, MS_ENCODING_SA, "encoding_sa", NLO_U8,
	  IFLA_MACSEC_ENCODING_SA),
	M(encrypt, MS_ENCRYPT, "encrypt", NLO_U8, IFLA_MACSEC_ENCRYPT),
	M(protect, MS_PROTECT, "protect", NLO_U8, IFLA_MACSEC_PROTECT),
	M(send_sci, MS_INC_SCI, "send_sci", NLO_U8, IFLA_MACSEC_INC_SCI),
	M(end_station, MS_ES, "end_station", NLO_U8, IFLA_MACSEC_ES),
	M(scb, MS_SCB, "scb", NLO_U8, IFLA_MACSEC_SCB),
	M(replay_protect, MS_REPLAY, "replay_protect", NLO_U8,
	  IFLA_MACSEC_REPLAY_PROTECT),
	M(validate, MS_VALIDATION, "validation", NLO_U8,
	  IFLA_MACSEC_VALIDATION),
	M(offload, MS_OFFLOAD, "offload", NLO_U8, IFLA_MACSEC_OFFLOAD),
};

#undef M

static const uint16_t macsec_order[] = {
	IFLA_MACSEC_SCI, IFLA_MACSEC_PORT, IFLA_MACSEC_ENCRYPT,
	IFLA_MACSEC_OFFLOAD, IFLA_MACSEC_CIPHER_SUITE, IFLA_MACSEC_ICV_LEN,
	IFLA_MACSEC_INC_SCI, IFLA_MACSEC_ES, IFLA_MACSEC_SCB,
	IFLA_MACSEC_PROTECT, IFLA_MACSEC_REPLAY_PROTECT, IFLA_MACSEC_WINDOW,
	IFLA_MACSEC_VALIDATION, IFLA_MACSEC_ENCODING_SA,
};

static const struct nlo_table macsec_table =
	NLO_TABLE_ORDERED(struct kb_macsec, ce_mask, macsec_attrs,
			  IFLA_MACSEC_MAX, macsec_order);

static int macsec_alloc(struct rtnl_link *link)
{
	struct kb_macsec *m = calloc(1, sizeof(*m));

	if (!m)
		return -NLE_NOMEM;
	m->cipher_suite = MACSEC_DEFAULT_CIPHER_ID;
	m->icv_len = MACSEC_STD_ICV_LEN;
	link->l_info = m;
	return 0;
}

static int macsec_put_attrs(struct nl_msg *msg, struct rtnl_link *link)
{
	struct kb_macsec *m = link->l_info;
	struct nlattr *data;
	uint64_t mask = ~0ULL;
	int err;

	if (!m || !m->ce_mask)
		return 0;
	if (m->ce_mask & MS_SCI)
		mask &= ~MS_PORT;
	/* the window goes with replay protection only, as upstream sends */
	if (!(m->ce_mask & MS_REPLAY))
		mask &= ~MS_WINDOW;
	if (!(data = nla_nest_start(msg, IFLA_INFO_DATA)))
		return -NLE_MSGSIZE;
	if ((err = nlo_build(msg, m, &macsec_table, mask)) < 0)
		return err;
	nla_nest_end(msg, data);
	return 0;
}

static char macsec_validate_char(uint8_t v)
{
	switch (v) {
	case MACSEC_VALIDATE_DISABLED:
		return 'd';
	case MACSEC_VALIDATE_CHECK:
		return 'c';
	case MACSEC_VALIDATE_STRICT:
		return 's';
	default:
		return '?';
	}
}

static const char *macsec_validate_name(uint8_t v)
{
	switch (v) {
	case MACSEC_VALIDATE_DISABLED:
		return "disabled";
	case MACSEC_VALIDATE_CHECK:
		return "check";
	case MACSEC_VALIDATE_STRICT:
		return "strict";
	default:
		return "unknown";
	}
}

static void macsec_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct kb_macsec *m = link->l_info;

	if (!m)
		return;
	nl_dump(p, "sci %016llx <%s%s%s%s%s%s v%c %d>",
		(unsigned long long)htobe64(m->sci), m->protect ? "P" : "",
		m->encrypt ? "E" : "", m->send_sci ? "S" : "",
		m->end_station ? "e" : "", m->scb ? "s" : "",
		m->replay_protect ? "R" : "", macsec_validate_char(m->validate),
		m->encoding_sa);
}

static void macsec_dump_details(struct rtnl_link *link,
				struct nl_dump_params *p)
{
	struct kb_macsec *m = link->l_info;

	if (!m)
		return;
	nl_dump_line(p, "    sci %016llx protect %s encoding_sa %d encrypt %s "
			"send_sci %s validate %s replay_protect %s",
		     (unsigned long long)htobe64(m->sci),
		     m->protect ? "on" : "off", m->encoding_sa,
		     m->encrypt ? "on" : "off", m->send_sci ? "on" : "off",
		     macsec_validate_name(m->validate),
		     m->replay_protect ? "on" : "off");
	if (m->replay_protect)
		nl_dump(p, " window %d", m->window);
	nl_dump(p, "\n");
	nl_dump_line(p, "    cipher suite: %016llx, icv_len %d\n",
		     (unsigned long long)m->cipher_suite, m->icv_len);
}

static struct rtnl_link_info_ops macsec_info_ops = {
	.io_name = "macsec",
	.io_alloc = macsec_alloc,
	.io_put_attrs = macsec_put_attrs,
	.io_dump = {
		[NL_DUMP_LINE] = macsec_dump_line,
		[NL_DUMP_DETAILS] = macsec_dump_details,
	},
	.io_table = &macsec_table,
	.io_size = sizeof(struct kb_macsec),
};

KB_REGISTER(macsec_info_ops)

#define macsec_data(l) KB_DATA(struct kb_macsec, l, &macsec_info_ops)

/** @name MACsec links
 * @{ */

/** Allocate a link of kind "macsec"; NULL when out of memory. */
struct rtnl_link *rtnl_link_macsec_alloc(void)
{
	return _kinds_b_alloc("macsec");
}

/*
 * Setters return 0, -NLE_OPNOTSUPP for a link of another kind, or
 * -NLE_INVAL for a value out of range; getters -NLE_OPNOTSUPP, or
 * -NLE_NOATTR for a value not set.
 */
#define MS_SET(NAME, VT, M, BIT, BAD)                                          \
	int rtnl_link_macsec_set_##NAME(struct rtnl_link *link, VT v)          \
	{                                                                      \
		struct kb_macsec *m = macsec_data(link);                       \
                                                                               \
		if (!m)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if (BAD(v))                                                    \
			return -NLE_INVAL;                                     \
		m->M = v;                                                      \
		m->ce_mask |= (BIT);                                           \
		return 0;                                                      \
	}
#define MS_GET(NAME, VT, M, BIT)                                               \
	int rtnl_link_macsec_get_##NAME(struct rtnl_link *link, VT *out)       \
	{                                                                      \
		struct kb_macsec *m = macsec_data(link);                       \
                                                                               \
		if (!m)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if ((BIT) && !(m->ce_mask & (BIT)))                            \
			return -NLE_NOATTR;                                    \
		if (!out)                                                      \
			return -NLE_INVAL;                                     \
		*out = (VT)m->M;                                               \
		return 0;                                                      \
	}
#define MS_ACC(NAME, VT, M, BIT, BAD)                                          \
	MS_SET(NAME, VT, M, BIT, BAD) MS_GET(NAME, VT, M, BIT)

/* value checks of the setters */
#define MS_ANY(v) 0
#define MS_BOOL_BAD(v) ((v) > 1)
#define MS_ICV_BAD(v) ((v) > MACSEC_STD_ICV_LEN)
#define MS_AN_BAD(v) ((v) > 3)		/* four association numbers */
#define MS_VALIDATE_BAD(v) ((unsigned int)(v) > MACSEC_VALIDATE_MAX)

/** Secure channel identifier, as it travels: setter and getter. */
MS_ACC(sci, uint64_t, sci, MS_SCI, MS_ANY)
/** Port of the secure channel (host byte order): setter and getter. */
MS_ACC(port, uint16_t, port, MS_PORT, MS_ANY)
/* the cipher suite and ICV length always have a value (the defaults) */
/** Cipher suite (MACSEC_CIPHER_ID_*): setter. */
MS_SET(cipher_suite, uint64_t, cipher_suite, MS_CIPHER, MS_ANY)
/** Cipher suite (MACSEC_CIPHER_ID_*): getter. */
MS_GET(cipher_suite, uint64_t, cipher_suite, 0)
/** Length of the integrity check value (up to 16): setter. */
MS_SET(icv_len, uint16_t, icv_len, MS_ICV_LEN, MS_ICV_BAD)
/** Length of the integrity check value (up to 16): getter. */
MS_GET(icv_len, uint16_t, icv_len, 0)
/** Frame protection on (1) or off (0): setter and getter. */
MS_ACC(protect, uint8_t, protect, MS_PROTECT, MS_BOOL_BAD)
/** Encryption on (1) or off (0): setter and getter. */
MS_ACC(encrypt, uint8_t, encrypt, MS_ENCRYPT, MS_BOOL_BAD)
/** Offloading on (1) or off (0): setter and getter. */
MS_ACC(offload, uint8_t, offload, MS_OFFLOAD, MS_BOOL_BAD)
/** Association number used to send (0-3): setter and getter. */
MS_ACC(encoding_sa, uint8_t, encoding_sa, MS_ENCODING_SA, MS_AN_BAD)
/** Validation of received frames (MACSEC_VALIDATE_*): setter and getter. */
MS_ACC(validation_type, enum macsec_validation_type, validate, MS_VALIDATION,
       MS_VALIDATE_BAD)
/** Replay protection on (1) or off (0): setter and getter. */
MS_ACC(replay_protect, uint8_t, replay_protect, MS_REPLAY, MS_BOOL_BAD)
/** Replay protection window: setter and getter. */
MS_ACC(window, uint32_t, window, MS_WINDOW, MS_ANY)
/** Whether the SCI is sent in each frame (0 or 1): setter and getter. */
MS_ACC(send_sci, uint8_t, send_sci, MS_INC_SCI, MS_BOOL_BAD)
/** End station bit (0 or 1): setter and getter. */
MS_ACC(end_station, uint8_t, end_station, MS_ES, MS_BOOL_BAD)
/** Single copy broadcast bit (0 or 1): setter and getter. */
MS_ACC(scb, uint8_t, scb, MS_SCB, MS_BOOL_BAD)

/** @} */
