/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * CAN links (IFLA_INFO_KIND "can"): the IFLA_CAN_* attributes, most of them
 * kernel structures carried whole, are described once in can_attrs.
 * Special: the device statistics come in IFLA_INFO_XSTATS, and the
 * control mode is a mask of bits to change plus their values.
 */

#include <string.h>

#include "nl-private/kinds-b.h"

#include <netlink/netlink.h>
#include <netlink/route/link/can.h>

#define CAN_BITTIMING		(1ULL << 0)
#define CAN_BITTIMING_CONST	(1ULL << 1)
#define CAN_CLOCK		(1ULL << 2)
#define CAN_STATE		(1ULL << 3)
#define CAN_CTRLMODE		(1ULL << 4)
#define CAN_RESTART_MS		(1ULL << 5)
#define CAN_RESTART		(1ULL << 6)
#define CAN_BERR_COUNTER	(1ULL << 7)
#define CAN_DATA_BITTIMING	(1ULL << 8)
#define CAN_DATA_BITTIMING_CONST (1ULL << 9)
#define CAN_DEVICE_STATS	(1ULL << 10)

struct kb_can {
	uint64_t ce_mask;
	struct can_bittiming bittiming;
	struct can_bittiming_const bittiming_const;
	struct can_clock clock;
	struct can_ctrlmode ctrlmode;
	struct can_berr_counter berr_counter;
	struct can_bittiming data_bittiming;
	struct can_bittiming_const data_bittiming_const;
	struct can_device_stats device_stats;
	uint32_t state;
	uint32_t restart_ms;
	uint32_t restart;
};

#define C(m, BIT, NAME, TYPE, NLA, ...)                                        \
	NLO_ENTRY(struct kb_can, m, BIT, NAME, TYPE, .nla = (NLA), __VA_ARGS__)
/* kernel structures: a shorter attribute is refused */
#define CS(m, BIT, NAME, NLA, F)                                               \
	NLO_ENTRY(struct kb_can, m, BIT, NAME, NLO_BINARY, .nla = (NLA),       \
		  .flags = NLO_F_FULL | (F))

static const struct nlo_attr can_attrs[] = {
	CS(bittiming, CAN_BITTIMING, "bittiming", IFLA_CAN_BITTIMING, 0),
	/* reported by the kernel only */
	CS(bittiming_const, CAN_BITTIMING_CONST, "bittiming_const",
	   IFLA_CAN_BITTIMING_CONST, NLO_F_NOBUILD),
	CS(clock, CAN_CLOCK, "clock", IFLA_CAN_CLOCK, NLO_F_NOBUILD),
	C(state, CAN_STATE, "state", NLO_U32, IFLA_CAN_STATE,
	  .flags = NLO_F_NOBUILD),
	CS(ctrlmode, CAN_CTRLMODE, "ctrlmode", IFLA_CAN_CTRLMODE, 0),
	C(restart_ms, CAN_RESTART_MS, "restart_ms", NLO_U32,
	  IFLA_CAN_RESTART_MS),
	/* a request, never reported; upstream's requests do not carry it */
	C(restart, CAN_RESTART, "restart", NLO_U32, IFLA_CAN_RESTART,
	  .flags = NLO_F_NOPARSE | NLO_F_NOCMP | NLO_F_NOBUILD),
	CS(berr_counter, CAN_BERR_COUNTER, "berr_counter",
	   IFLA_CAN_BERR_COUNTER, NLO_F_NOBUILD),
	CS(data_bittiming, CAN_DATA_BITTIMING, "data_bittiming",
	   IFLA_CAN_DATA_BITTIMING, 0),
	CS(data_bittiming_const, CAN_DATA_BITTIMING_CONST,
	   "data_bittiming_const", IFLA_CAN_DATA_BITTIMING_CONST, 0),
};

#undef C
#undef CS

static const uint16_t can_order[] = {
	IFLA_CAN_RESTART_MS, IFLA_CAN_CTRLMODE, IFLA_CAN_BITTIMING,
	IFLA_CAN_DATA_BITTIMING, IFLA_CAN_DATA_BITTIMING_CONST,
};

static const struct nlo_table can_table =
	NLO_TABLE_ORDERED(struct kb_can, ce_mask, can_attrs, IFLA_CAN_MAX,
			  can_order);

static int can_parse(struct rtnl_link *link, struct nlattr *data,
		     struct nlattr *xstats)
{
	struct kb_can *ci = link->l_info;
	int err;

	if (!ci)
		return 0;
	if (data) {
		err = nlo_parse_attrs(ci, &can_table, nla_data(data),
				      nla_len(data), NULL);
		if (err < 0)
			return err;
	}
	if (xstats && nla_len(xstats) >= (int)sizeof(ci->device_stats)) {
		memcpy(&ci->device_stats, nla_data(xstats),
		       sizeof(ci->device_stats));
		ci->ce_mask |= CAN_DEVICE_STATS;
	}
	return 0;
}

/* Nothing to send: no IFLA_INFO_DATA at all, as Debian's libnl. */
static int can_put_attrs(struct nl_msg *msg, struct rtnl_link *link)
{
	struct kb_can *ci = link->l_info;
	struct nlattr *data;
	int err;

	if (!ci || !(ci->ce_mask & ~(CAN_BITTIMING_CONST | CAN_CLOCK |
				     CAN_STATE | CAN_BERR_COUNTER |
				     CAN_DEVICE_STATS)))
		return 0;
	if (!(data = nla_nest_start(msg, IFLA_INFO_DATA)))
		return -NLE_MSGSIZE;
	if ((err = nlo_build(msg, ci, &can_table, ~0ULL)) < 0)
		return err;
	nla_nest_end(msg, data);
	return 0;
}

static const struct trans_tbl can_ctrlmode_names[] = {
	__ADD(CAN_CTRLMODE_LOOPBACK, loopback),
	__ADD(CAN_CTRLMODE_LISTENONLY, listen-only),
	__ADD(CAN_CTRLMODE_3_SAMPLES, triple-sampling),
	__ADD(CAN_CTRLMODE_ONE_SHOT, one-shot),
	__ADD(CAN_CTRLMODE_BERR_REPORTING, berr-reporting),
	__ADD(CAN_CTRLMODE_FD, fd),
	__ADD(CAN_CTRLMODE_PRESUME_ACK, presume-ack),
	__ADD(CAN_CTRLMODE_FD_NON_ISO, fd-non-iso),
};

static const char *can_state_name(uint32_t state)
{
	switch (state) {
	case CAN_STATE_ERROR_ACTIVE:
		return "error active";
	case CAN_STATE_ERROR_WARNING:
		return "error warning";
	case CAN_STATE_ERROR_PASSIVE:
		return "error passive";
	case CAN_STATE_BUS_OFF:
		return "bus off";
	case CAN_STATE_STOPPED:
		return "stopped";
	case CAN_STATE_SLEEPING:
		return "sleeping";
	default:
		return "unknown state";
	}
}

static void can_dump_line(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct kb_can *ci = link->l_info;
	char buf[128];

	if (!ci)
		return;
	rtnl_link_can_ctrlmode2str((int)ci->ctrlmode.flags, buf, sizeof(buf));
	nl_dump(p, "bitrate %d %s <%s>", (int)ci->bittiming.bitrate,
		can_state_name(ci->state), buf);
}

/* Debian's libnl ends the summary without a newline: kept. */
static void can_dump_details(struct rtnl_link *link, struct nl_dump_params *p)
{
	struct kb_can *ci = link->l_info;
	const struct can_bittiming *bt;
	const struct can_bittiming_const *bc;

	if (!ci)
		return;
	nl_dump_line(p, "    ");
	can_dump_line(link, p);
	if (ci->ce_mask & CAN_RESTART_MS)
		nl_dump_line(p, "    restart interval %d ms\n",
			     (int)ci->restart_ms);
	if (ci->ce_mask & CAN_BITTIMING) {
		bt = &ci->bittiming;
		nl_dump_line(p, "    sample point %f %%\n",
			     (float)bt->sample_point / 10);
		nl_dump_line(p, "    time quanta %d ns\n", (int)bt->tq);
		nl_dump_line(p, "    propagation segment %d tq\n",
			     (int)bt->prop_seg);
		nl_dump_line(p, "    phase buffer segment1 %d tq\n",
			     (int)bt->phase_seg1);
		nl_dump_line(p, "    phase buffer segment2 %d tq\n",
			     (int)bt->phase_seg2);
		nl_dump_line(p, "    synchronisation jump width %d tq\n",
			     (int)bt->sjw);
		nl_dump_line(p, "    bitrate prescaler %d\n", (int)bt->brp);
	}
	if (ci->ce_mask & CAN_BITTIMING_CONST) {
		bc = &ci->bittiming_const;
		nl_dump_line(p, "    minimum tsig1 %d tq\n",
			     (int)bc->tseg1_min);
		nl_dump_line(p, "    maximum tsig1 %d tq\n",
			     (int)bc->tseg1_max);
		nl_dump_line(p, "    minimum tsig2 %d tq\n",
			     (int)bc->tseg2_min);
		nl_dump_line(p, "    maximum tsig2 %d tq\n",
			     (int)bc->tseg2_max);
		nl_dump_line(p, "    maximum sjw %d tq\n", (int)bc->sjw_max);
		nl_dump_line(p, "    minimum brp %d\n", (int)bc->brp_min);
		nl_dump_line(p, "    maximum brp %d\n", (int)bc->brp_max);
		nl_dump_line(p, "    brp increment %d\n", (int)bc->brp_inc);
	}
	if (ci->ce_mask & CAN_CLOCK)
		nl_dump_line(p, "    base freq %u Hz\n", ci->clock.freq);
	if (ci->ce_mask & CAN_BERR_COUNTER) {
		nl_dump_line(p, "    bus error RX %d\n",
			     (int)ci->berr_counter.rxerr);
		nl_dump_line(p, "    bus error TX %d\n",
			     (int)ci->berr_counter.txerr);
	}
}

static struct rtnl_link_info_ops can_info_ops = {
	.io_name = "can",
	.io_parse = can_parse,
	.io_put_attrs = can_put_attrs,
	.io_dump = {
		[NL_DUMP_LINE] = can_dump_line,
		[NL_DUMP_DETAILS] = can_dump_details,
	},
	.io_table = &can_table,
	.io_size = sizeof(struct kb_can),
};

KB_REGISTER(can_info_ops)

#define can_data(l) KB_DATA(struct kb_can, l, &can_info_ops)

/* Kind data of a CAN link, else return -NLE_OPNOTSUPP. */
#define CAN_DATA(var, link)                                                    \
	struct kb_can *var = can_data(link);                                   \
	if (!var)                                                              \
		return -NLE_OPNOTSUPP

/** @name CAN links
 *
 * Getters return -NLE_OPNOTSUPP for a link of another kind, -NLE_INVAL
 * for a NULL result pointer and -NLE_AGAIN when the value is not known
 * (not set, not reported by the kernel).
 * @{ */

/** Nonzero when link is of kind "can". */
int rtnl_link_is_can(struct rtnl_link *link)
{
	return can_data(link) != NULL;
}

/** Names of the CAN_CTRLMODE_* bits in ctrlmode, comma separated, in buf. */
char *rtnl_link_can_ctrlmode2str(int ctrlmode, char *buf, size_t len)
{
	return __flags2str(ctrlmode, buf, len, can_ctrlmode_names,
			   ARRAY_SIZE(can_ctrlmode_names));
}

/** The CAN_CTRLMODE_* bits named in name (comma separated); 0 when none
 * is known. */
int rtnl_link_can_str2ctrlmode(const char *name)
{
	return __str2flags(name, can_ctrlmode_names,
			   ARRAY_SIZE(can_ctrlmode_names));
}

/** Mark link for a restart; as upstream's, requests do not carry it (no
 * IFLA_CAN_RESTART is sent).  0 or -NLE_OPNOTSUPP. */
int rtnl_link_can_restart(struct rtnl_link *link)
{
	CAN_DATA(ci, link);

	ci->restart = 1;
	ci->ce_mask |= CAN_RESTART;
	return 0;
}

/** The CAN clock frequency in Hz. */
int rtnl_link_can_freq(struct rtnl_link *link, uint32_t *freq)
{
	CAN_DATA(ci, link);

	if (!freq)
		return -NLE_INVAL;
	if (!(ci->ce_mask & CAN_CLOCK))
		return -NLE_AGAIN;
	*freq = ci->clock.freq;
	return 0;
}

/** The CAN_STATE_* state of the device (CAN_STATE_ERROR_ACTIVE when the
 * kernel did not report one). */
int rtnl_link_can_state(struct rtnl_link *link, uint32_t *state)
{
	CAN_DATA(ci, link);

	if (!state)
		return -NLE_INVAL;
	*state = ci->state;
	return 0;
}

/** The receive error counter, or a negative NLE_* code. */
int rtnl_link_can_berr_rx(struct rtnl_link *link)
{
	CAN_DATA(ci, link);

	if (!(ci->ce_mask & CAN_BERR_COUNTER))
		return -NLE_AGAIN;
	return ci->berr_counter.rxerr;
}

/** The transmit error counter, or a negative NLE_* code. */
int rtnl_link_can_berr_tx(struct rtnl_link *link)
{
	CAN_DATA(ci, link);

	if (!(ci->ce_mask & CAN_BERR_COUNTER))
		return -NLE_AGAIN;
	return ci->berr_counter.txerr;
}

/* Getter of a whole structure: -NLE_AGAIN when its bit is not set. */
#define CAN_GET_STRUCT(FN, T, M, BIT)                                          \
	int FN(struct rtnl_link *link, T *out)                                 \
	{                                                                      \
		CAN_DATA(ci, link);                                            \
                                                                               \
		if (!out)                                                      \
			return -NLE_INVAL;                                     \
		if (!(ci->ce_mask & (BIT)))                                    \
			return -NLE_AGAIN;                                     \
		*out = ci->M;                                                  \
		return 0;                                                      \
	}

/* Setter of a whole structure. */
#define CAN_SET_STRUCT(FN, T, M, BIT)                                          \
	int FN(struct rtnl_link *link, const T *in)                            \
	{                                                                      \
		CAN_DATA(ci, link);                                            \
                                                                               \
		if (!in)                                                       \
			return -NLE_INVAL;                                     \
		ci->M = *in;                                                   \
		ci->ce_mask |= (BIT);                                          \
		return 0;                                                      \
	}

/** Both bus error counters. */
CAN_GET_STRUCT(rtnl_link_can_berr, struct can_berr_counter, berr_counter,
	       CAN_BERR_COUNTER)
/** The bit-timing limits of the device. */
CAN_GET_STRUCT(rtnl_link_can_get_bt_const, struct can_bittiming_const,
	       bittiming_const, CAN_BITTIMING_CONST)
/** The bit-timing parameters. */
CAN_GET_STRUCT(rtnl_link_can_get_bittiming, struct can_bittiming, bittiming,
	       CAN_BITTIMING)
/** Set the bit-timing parameters. */
CAN_SET_STRUCT(rtnl_link_can_set_bittiming, struct can_bittiming, bittiming,
	       CAN_BITTIMING)
/** The data-phase (CAN FD) bit-timing limits. */
CAN_GET_STRUCT(rtnl_link_can_get_data_bittiming_const,
	       struct can_bittiming_const, data_bittiming_const,
	       CAN_DATA_BITTIMING_CONST)
/** Set the data-phase bit-timing limits. */
CAN_SET_STRUCT(rtnl_link_can_set_data_bittiming_const,
	       struct can_bittiming_const, data_bittiming_const,
	       CAN_DATA_BITTIMING_CONST)
/** The data-phase (CAN FD) bit-timing parameters. */
CAN_GET_STRUCT(rtnl_link_can_get_data_bittiming, struct can_bittiming,
	       data_bittiming, CAN_DATA_BITTIMING)
/** Set the data-phase bit-timing parameters. */
CAN_SET_STRUCT(rtnl_link_can_set_data_bittiming, struct can_bittiming,
	       data_bittiming, CAN_DATA_BITTIMING)
/** The device statistics (IFLA_INFO_XSTATS). */
CAN_GET_STRUCT(rtnl_link_can_get_device_stats, struct can_device_stats,
	       device_stats, CAN_DEVICE_STATS)

/** The bitrate of the bit-timing parameters. */
int rtnl_link_can_get_bitrate(struct rtnl_link *link, uint32_t *bitrate)
{
	CAN_DATA(ci, link);

	if (!bitrate)
		return -NLE_INVAL;
	if (!(ci->ce_mask & CAN_BITTIMING))
		return -NLE_AGAIN;
	*bitrate = ci->bittiming.bitrate;
	return 0;
}

/** Set the bitrate (part of the bit-timing parameters). */
int rtnl_link_can_set_bitrate(struct rtnl_link *link, uint32_t bitrate)
{
	CAN_DATA(ci, link);

	ci->bittiming.bitrate = bitrate;
	ci->ce_mask |= CAN_BITTIMING;
	return 0;
}

/** The sample point in tenths of a percent. */
int rtnl_link_can_get_sample_point(struct rtnl_link *link, uint32_t *sp)
{
	CAN_DATA(ci, link);

	if (!sp)
		return -NLE_INVAL;
	if (!(ci->ce_mask & CAN_BITTIMING))
		return -NLE_AGAIN;
	*sp = ci->bittiming.sample_point;
	return 0;
}

/** Set the sample point in tenths of a percent. */
int rtnl_link_can_set_sample_point(struct rtnl_link *link, uint32_t sp)
{
	CAN_DATA(ci, link);

	ci->bittiming.sample_point = sp;
	ci->ce_mask |= CAN_BITTIMING;
	return 0;
}

/** The automatic restart delay after bus-off, in ms (0: none). */
int rtnl_link_can_get_restart_ms(struct rtnl_link *link, uint32_t *interval)
{
	CAN_DATA(ci, link);

	if (!interval)
		return -NLE_INVAL;
	if (!(ci->ce_mask & CAN_RESTART_MS))
		return -NLE_AGAIN;
	*interval = ci->restart_ms;
	return 0;
}

/** Set the automatic restart delay after bus-off, in ms (0: none). */
int rtnl_link_can_set_restart_ms(struct rtnl_link *link, uint32_t interval)
{
	CAN_DATA(ci, link);

	ci->restart_ms = interval;
	ci->ce_mask |= CAN_RESTART_MS;
	return 0;
}

/** The CAN_CTRLMODE_* bits that are on. */
int rtnl_link_can_get_ctrlmode(struct rtnl_link *link, uint32_t *ctrlmode)
{
	CAN_DATA(ci, link);

	if (!ctrlmode)
		return -NLE_INVAL;
	if (!(ci->ce_mask & CAN_CTRLMODE))
		return -NLE_AGAIN;
	*ctrlmode = ci->ctrlmode.flags;
	return 0;
}

/** Turn the CAN_CTRLMODE_* bits in ctrlmode on (others are not changed). */
int rtnl_link_can_set_ctrlmode(struct rtnl_link *link, uint32_t ctrlmode)
{
	CAN_DATA(ci, link);

	ci->ctrlmode.mask |= ctrlmode;
	ci->ctrlmode.flags |= ctrlmode;
	ci->ce_mask |= CAN_CTRLMODE;
	return 0;
}

/** Turn the CAN_CTRLMODE_* bits in ctrlmode off (others are not changed). */
int rtnl_link_can_unset_ctrlmode(struct rtnl_link *link, uint32_t ctrlmode)
{
	CAN_DATA(ci, link);

	ci->ctrlmode.mask |= ctrlmode;
	ci->ctrlmode.flags &= ~ctrlmode;
	ci->ce_mask |= CAN_CTRLMODE;
	return 0;
}

/** @} */
