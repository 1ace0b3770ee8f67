/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Packets queued to user space by NFQUEUE (NFQNL_MSG_PACKET): the object
 * struct nfnl_queue_msg, its parser and the verdicts sent back.
 */

#include <string.h>
#include <endian.h>
#include <arpa/inet.h>
#include <linux/netfilter/nfnetlink_queue.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/data.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/utils.h>
#include <netlink/netfilter/netfilter.h>
#include <netlink/netfilter/queue_msg.h>

struct nfnl_queue_msg {
	NLHDR_COMMON

	uint16_t qm_group;
	uint8_t qm_family;
	uint8_t qm_hook;
	uint32_t qm_packetid;
	uint16_t qm_hwproto;		/* network byte order, as received */
	uint32_t qm_mark;
	struct timeval qm_timestamp;
	uint32_t qm_indev;
	uint32_t qm_outdev;
	uint32_t qm_physindev;
	uint32_t qm_physoutdev;
	uint8_t qm_hwaddr[8];
	int qm_hwaddr_len;
	struct nl_data *qm_payload;
	uint32_t qm_verdict;
};

/* Presence bits, in the order nl_object_attrs2str() names them. */
#define QM_ATTR_GROUP		(1ULL << 0)
#define QM_ATTR_FAMILY		(1ULL << 1)
#define QM_ATTR_PACKETID	(1ULL << 2)
#define QM_ATTR_HWPROTO		(1ULL << 3)
#define QM_ATTR_HOOK		(1ULL << 4)
#define QM_ATTR_MARK		(1ULL << 5)
#define QM_ATTR_TIMESTAMP	(1ULL << 6)
#define QM_ATTR_INDEV		(1ULL << 7)
#define QM_ATTR_OUTDEV		(1ULL << 8)
#define QM_ATTR_PHYSINDEV	(1ULL << 9)
#define QM_ATTR_PHYSOUTDEV	(1ULL << 10)
#define QM_ATTR_HWADDR		(1ULL << 11)
#define QM_ATTR_PAYLOAD		(1ULL << 12)
#define QM_ATTR_VERDICT		(1ULL << 13)

#define QM_HAS(m, bit) (((m)->ce_mask & (bit)) != 0)

static const struct trans_tbl qm_attr_names[] = {
	__ADD(QM_ATTR_GROUP, group),
	__ADD(QM_ATTR_FAMILY, family),
	__ADD(QM_ATTR_PACKETID, packetid),
	__ADD(QM_ATTR_HWPROTO, hwproto),
	__ADD(QM_ATTR_HOOK, hook),
	__ADD(QM_ATTR_MARK, mark),
	__ADD(QM_ATTR_TIMESTAMP, timestamp),
	__ADD(QM_ATTR_INDEV, indev),
	__ADD(QM_ATTR_OUTDEV, outdev),
	__ADD(QM_ATTR_PHYSINDEV, physindev),
	__ADD(QM_ATTR_PHYSOUTDEV, physoutdev),
	__ADD(QM_ATTR_HWADDR, hwaddr),
	__ADD(QM_ATTR_PAYLOAD, payload),
	__ADD(QM_ATTR_VERDICT, verdict),
};

/* --- special attributes ------------------------------------------- */

static int qm_hdr_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_queue_msg *m = base;
	struct nfqnl_msg_packet_hdr h;

	if (nla_len(nla) < (int)sizeof(h))
		return -NLE_RANGE;
	memcpy(&h, nla_data(nla), sizeof(h));
	m->qm_packetid = ntohl(h.packet_id);
	m->qm_hwproto = h.hw_protocol;
	m->qm_hook = h.hook;
	m->ce_mask |= QM_ATTR_HWPROTO | QM_ATTR_HOOK;
	return 0;
}

static int qm_ts_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_queue_msg *m = base;
	struct nfqnl_msg_packet_timestamp ts;

	if (nla_len(nla) < (int)sizeof(ts))
		return -NLE_RANGE;
	memcpy(&ts, nla_data(nla), sizeof(ts));
	m->qm_timestamp.tv_sec = (time_t)be64toh(ts.sec);
	m->qm_timestamp.tv_usec = (suseconds_t)be64toh(ts.usec);
	return 0;
}

static int qm_hwaddr_parse(void *base, const struct nlattr *nla)
{
	struct nfnl_queue_msg *m = base;
	struct nfqnl_msg_packet_hw hw;
	int len;

	if (nla_len(nla) < (int)sizeof(hw))
		return -NLE_RANGE;
	memcpy(&hw, nla_data(nla), sizeof(hw));
	len = ntohs(hw.hw_addrlen);
	if (len > (int)sizeof(m->qm_hwaddr))
		len = sizeof(m->qm_hwaddr);
	memcpy(m->qm_hwaddr, hw.hw_addr, (size_t)len);
	m->qm_hwaddr_len = len;
	return 0;
}

static const struct nlo_hooks qm_hdr_hooks = { .parse = qm_hdr_parse };
static const struct nlo_hooks qm_ts_hooks = { .parse = qm_ts_parse };
static const struct nlo_hooks qm_hwaddr_hooks = { .parse = qm_hwaddr_parse };

#define QM_BE32(m, BIT, NLA) NLO_ENTRY(struct nfnl_queue_msg, m, BIT, NULL, NLO_U32, \
				       .nla = NLA, .flags = NLO_F_BE)

static const struct nlo_attr qm_attrs[] = {
	NLO_ENTRY(struct nfnl_queue_msg, qm_group, QM_ATTR_GROUP, NULL, NLO_U16),
	NLO_ENTRY(struct nfnl_queue_msg, qm_family, QM_ATTR_FAMILY, NULL, NLO_U8),
	/* NFQA_PACKET_HDR also fills hwproto and hook */
	NLO_ENTRY(struct nfnl_queue_msg, qm_packetid, QM_ATTR_PACKETID, NULL,
		  NLO_U32, .nla = NFQA_PACKET_HDR, .hooks = &qm_hdr_hooks),
	NLO_ENTRY(struct nfnl_queue_msg, qm_hwproto, QM_ATTR_HWPROTO, NULL, NLO_U16),
	NLO_ENTRY(struct nfnl_queue_msg, qm_hook, QM_ATTR_HOOK, NULL, NLO_U8),
	QM_BE32(qm_mark, QM_ATTR_MARK, NFQA_MARK),
	NLO_ENTRY(struct nfnl_queue_msg, qm_timestamp, QM_ATTR_TIMESTAMP, NULL,
		  NLO_BINARY, .nla = NFQA_TIMESTAMP, .hooks = &qm_ts_hooks),
	QM_BE32(qm_indev, QM_ATTR_INDEV, NFQA_IFINDEX_INDEV),
	QM_BE32(qm_outdev, QM_ATTR_OUTDEV, NFQA_IFINDEX_OUTDEV),
	QM_BE32(qm_physindev, QM_ATTR_PHYSINDEV, NFQA_IFINDEX_PHYSINDEV),
	QM_BE32(qm_physoutdev, QM_ATTR_PHYSOUTDEV, NFQA_IFINDEX_PHYSOUTDEV),
	NLO_ENTRY(struct nfnl_queue_msg, qm_hwaddr, QM_ATTR_HWADDR, NULL,
		  NLO_BINARY, .nla = NFQA_HWADDR, .hooks = &qm_hwaddr_hooks),
	NLO_ENTRY(struct nfnl_queue_msg, qm_payload, QM_ATTR_PAYLOAD, NULL,
		  NLO_DATA, .nla = NFQA_PAYLOAD),
	NLO_ENTRY(struct nfnl_queue_msg, qm_verdict, QM_ATTR_VERDICT, NULL, NLO_U32),
};

static const struct nlo_table qm_table =
	NLO_TABLE(struct nfnl_queue_msg, ce_mask, qm_attrs, NFQA_MAX);

/* ------------------------------------------------------------------ */

static void qm_free_data(struct nl_object *obj)
{
	nlo_free(obj, &qm_table);
}

static int qm_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &qm_table);
}

static char *qm_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, qm_attr_names,
			   ARRAY_SIZE(qm_attr_names));
}

static void qm_dump(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_queue_msg *m = (struct nfnl_queue_msg *)obj;
	char buf[64];

	nl_new_line(p);
	if (QM_HAS(m, QM_ATTR_GROUP))
		nl_dump(p, "GROUP=%u ", m->qm_group);
	if (QM_HAS(m, QM_ATTR_INDEV))
		_nfnl_dump_dev(p, "IN", "IN", m->qm_indev);
	/* Debian's libnl labels the bridge input port "IN" when it prints
	 * a number; kept. */
	if (QM_HAS(m, QM_ATTR_PHYSINDEV))
		_nfnl_dump_dev(p, "PHYSIN", "IN", m->qm_physindev);
	if (QM_HAS(m, QM_ATTR_OUTDEV))
		_nfnl_dump_dev(p, "OUT", "OUT", m->qm_outdev);
	if (QM_HAS(m, QM_ATTR_PHYSOUTDEV))
		_nfnl_dump_dev(p, "PHYSOUT", "PHYSOUT", m->qm_physoutdev);
	if (QM_HAS(m, QM_ATTR_HWADDR))
		_nfnl_dump_hex(p, "MAC", m->qm_hwaddr, m->qm_hwaddr_len);
	if (QM_HAS(m, QM_ATTR_FAMILY))
		nl_dump(p, "FAMILY=%s ", nl_af2str(m->qm_family, buf, sizeof(buf)));
	if (QM_HAS(m, QM_ATTR_HWPROTO))
		nl_dump(p, "HWPROTO=%s ", nl_ether_proto2str(ntohs(m->qm_hwproto),
							      buf, sizeof(buf)));
	if (QM_HAS(m, QM_ATTR_HOOK))
		nl_dump(p, "HOOK=%s ", nfnl_inet_hook2str(m->qm_hook, buf,
							  sizeof(buf)));
	if (QM_HAS(m, QM_ATTR_MARK))
		nl_dump(p, "MARK=%u ", m->qm_mark);
	if (QM_HAS(m, QM_ATTR_PAYLOAD))
		nl_dump(p, "PAYLOADLEN=%d ", (int)nl_data_get_size(m->qm_payload));
	if (QM_HAS(m, QM_ATTR_PACKETID))
		nl_dump(p, "PACKETID=%u ", m->qm_packetid);
	if (QM_HAS(m, QM_ATTR_VERDICT))
		nl_dump(p, "VERDICT=%s ", nfnl_verdict2str(m->qm_verdict, buf,
							   sizeof(buf)));
	nl_dump(p, "\n");
}

struct nl_object_ops queue_msg_obj_ops = {
	.oo_name = "netfilter/queuemsg",
	.oo_size = sizeof(struct nfnl_queue_msg),
	.oo_free_data = qm_free_data,
	.oo_clone = qm_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = qm_dump,
		[NL_DUMP_DETAILS] = qm_dump,
		[NL_DUMP_STATS] = qm_dump,
	},
	.oo_attrs2str = qm_attrs2str,
	/* No compare, as upstream (see log_msg_obj_ops). */
};

/**
 * Parse a packet message of NFQUEUE into a new object (*@a result, owned
 * by the caller); the group comes from the header's resource id.
 * @return 0 or a negative error code.
 */
int nfnlmsg_queue_msg_parse(struct nlmsghdr *nlh, struct nfnl_queue_msg **result)
{
	struct nfgenmsg *g = _nfnl_hdr(nlh);
	struct nfnl_queue_msg *m;
	int err;

	if (!g)
		return -NLE_MSG_TOOSHORT;
	m = nfnl_queue_msg_alloc();
	if (!m)
		return -NLE_NOMEM;
	m->ce_msgtype = nlh->nlmsg_type;
	nfnl_queue_msg_set_family(m, g->nfgen_family);
	nfnl_queue_msg_set_group(m, ntohs(g->res_id));
	err = nlo_parse_attrs(m, &qm_table, nlmsg_attrdata(nlh, sizeof(*g)),
			      nlmsg_attrlen(nlh, sizeof(*g)), NULL);
	if (err < 0) {
		nfnl_queue_msg_put(m);
		return err;
	}
	*result = m;
	return 0;
}

/* Packet messages of NFQUEUE, for nl_msg_parse() (no cache to fill). */
static int qm_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
			 struct nlmsghdr *nlh, struct nl_parser_param *pp)
{
	struct nfnl_queue_msg *m;
	int err;

	if ((err = nfnlmsg_queue_msg_parse(nlh, &m)) < 0)
		return err;
	err = pp->pp_cb((struct nl_object *)m, pp);
	nfnl_queue_msg_put(m);
	return err;
}

static struct nl_cache_ops nfnl_queue_msg_ops = {
	.co_name = "netfilter/queue_msg",
	.co_hdrsize = NFNL_HDRLEN,
	.co_msgtypes = {
		{ NFNLMSG_TYPE(NFNL_SUBSYS_QUEUE, NFQNL_MSG_PACKET), NL_ACT_NEW, "new" },
		END_OF_MSGTYPES_LIST,
	},
	.co_protocol = NETLINK_NETFILTER,
	.co_msg_parser = qm_msg_parser,
	.co_obj_ops = &queue_msg_obj_ops,
};

static void __attribute__((constructor)) queue_msg_init(void)
{
	nl_cache_mngt_register(&nfnl_queue_msg_ops);
}

static void __attribute__((destructor)) queue_msg_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_queue_msg_ops);
}

/* ------------------------------------------------------------------ */
/* Verdicts                                                             */

static struct nl_msg *qm_build_verdict(const struct nfnl_queue_msg *msg,
				       int type)
{
	struct nfqnl_msg_verdict_hdr v = {
		.verdict = htonl(msg->qm_verdict),
		.id = htonl(msg->qm_packetid),
	};
	struct nl_msg *nlmsg;

	nlmsg = nfnlmsg_alloc_simple(NFNL_SUBSYS_QUEUE, (uint8_t)type, 0,
				     msg->qm_family, msg->qm_group);
	if (!nlmsg)
		return NULL;
	if (nla_put(nlmsg, NFQA_VERDICT_HDR, sizeof(v), &v) < 0 ||
	    (QM_HAS(msg, QM_ATTR_MARK) &&
	     nla_put_u32(nlmsg, NFQA_MARK, htonl(msg->qm_mark)) < 0)) {
		nlmsg_free(nlmsg);
		return NULL;
	}
	return nlmsg;
}

/**
 * Build the verdict on the packet @a msg (its packet id, verdict and,
 * when set, mark), for its queue.
 * @return the message (owned by the caller), or NULL without memory.
 */
struct nl_msg *nfnl_queue_msg_build_verdict(const struct nfnl_queue_msg *msg)
{
	return qm_build_verdict(msg, NFQNL_MSG_VERDICT);
}

/** Send the verdict on the packet @a msg. */
int nfnl_queue_msg_send_verdict(struct nl_sock *nlh,
				const struct nfnl_queue_msg *msg)
{
	struct nl_msg *nlmsg = nfnl_queue_msg_build_verdict(msg);

	if (!nlmsg)
		return -NLE_NOMEM;
	return _nfnl_send_and_wait(nlh, nlmsg);
}

/**
 * Build a verdict for every packet of the queue up to the packet id of
 * @a msg (NFQNL_MSG_VERDICT_BATCH).
 * @return the message (owned by the caller), or NULL without memory.
 */
struct nl_msg *nfnl_queue_msg_build_verdict_batch(const struct nfnl_queue_msg *msg)
{
	return qm_build_verdict(msg, NFQNL_MSG_VERDICT_BATCH);
}

/** Send a verdict for every packet up to the packet id of @a msg. */
int nfnl_queue_msg_send_verdict_batch(struct nl_sock *nlh,
				      const struct nfnl_queue_msg *msg)
{
	struct nl_msg *nlmsg = nfnl_queue_msg_build_verdict_batch(msg);

	if (!nlmsg)
		return -NLE_NOMEM;
	return _nfnl_send_and_wait(nlh, nlmsg);
}

/**
 * Send the verdict on the packet @a msg together with new packet bytes
 * (@a payload of @a len bytes) that replace the queued ones.
 */
int nfnl_queue_msg_send_verdict_payload(struct nl_sock *nlh,
					const struct nfnl_queue_msg *msg,
					const void *payload, unsigned int len)
{
	struct nl_msg *nlmsg = nfnl_queue_msg_build_verdict(msg);

	if (!nlmsg)
		return -NLE_NOMEM;
	if (len > 0xffff - NLA_HDRLEN) {
		nlmsg_free(nlmsg);
		return -NLE_RANGE;
	}
	if (nla_put(nlmsg, NFQA_PAYLOAD, (int)len, payload) < 0) {
		nlmsg_free(nlmsg);
		return -NLE_NOMEM;
	}
	return _nfnl_send_and_wait(nlh, nlmsg);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */

/** A new, empty queued packet (reference count 1), or NULL. */
struct nfnl_queue_msg *nfnl_queue_msg_alloc(void)
{
	return (struct nfnl_queue_msg *)nl_object_alloc(&queue_msg_obj_ops);
}

/** Take a reference on @a msg. */
void nfnl_queue_msg_get(struct nfnl_queue_msg *msg)
{
	nl_object_get((struct nl_object *)msg);
}

/** Drop a reference on @a msg; the last one frees it. */
void nfnl_queue_msg_put(struct nfnl_queue_msg *msg)
{
	nl_object_put((struct nl_object *)msg);
}

#define QM_SCALAR(NAME, VT, MEMBER, BIT)                                       \
	/** Set the NAME of the packet. */                                     \
	void nfnl_queue_msg_set_##NAME(struct nfnl_queue_msg *msg, VT v)        \
	{                                                                      \
		msg->MEMBER = v;                                               \
		msg->ce_mask |= (BIT);                                         \
	}                                                                      \
	/** Whether the NAME is set. */                                        \
	int nfnl_queue_msg_test_##NAME(const struct nfnl_queue_msg *msg)        \
	{                                                                      \
		return QM_HAS(msg, BIT);                                       \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_queue_msg_get_##NAME(const struct nfnl_queue_msg *msg)          \
	{                                                                      \
		return msg->MEMBER;                                            \
	}

QM_SCALAR(group, uint16_t, qm_group, QM_ATTR_GROUP)
QM_SCALAR(family, uint8_t, qm_family, QM_ATTR_FAMILY)
QM_SCALAR(packetid, uint32_t, qm_packetid, QM_ATTR_PACKETID)
QM_SCALAR(hwproto, uint16_t, qm_hwproto, QM_ATTR_HWPROTO)
QM_SCALAR(hook, uint8_t, qm_hook, QM_ATTR_HOOK)
QM_SCALAR(mark, uint32_t, qm_mark, QM_ATTR_MARK)
QM_SCALAR(indev, uint32_t, qm_indev, QM_ATTR_INDEV)
QM_SCALAR(outdev, uint32_t, qm_outdev, QM_ATTR_OUTDEV)
QM_SCALAR(physindev, uint32_t, qm_physindev, QM_ATTR_PHYSINDEV)
QM_SCALAR(physoutdev, uint32_t, qm_physoutdev, QM_ATTR_PHYSOUTDEV)
QM_SCALAR(verdict, unsigned int, qm_verdict, QM_ATTR_VERDICT)

/** Set the time the packet was queued (copied). */
void nfnl_queue_msg_set_timestamp(struct nfnl_queue_msg *msg, struct timeval *tv)
{
	msg->qm_timestamp = *tv;
	msg->ce_mask |= QM_ATTR_TIMESTAMP;
}

/** Whether the time is set. */
int nfnl_queue_msg_test_timestamp(const struct nfnl_queue_msg *msg)
{
	return QM_HAS(msg, QM_ATTR_TIMESTAMP);
}

/** The time the packet was queued, or NULL when not set. */
const struct timeval *nfnl_queue_msg_get_timestamp(const struct nfnl_queue_msg *msg)
{
	return QM_HAS(msg, QM_ATTR_TIMESTAMP) ? &msg->qm_timestamp : NULL;
}

/** Set the hardware address (at most 8 bytes are kept). */
void nfnl_queue_msg_set_hwaddr(struct nfnl_queue_msg *msg, uint8_t *hwaddr,
			       int len)
{
	if (len < 0)
		len = 0;
	if (len > (int)sizeof(msg->qm_hwaddr))
		len = sizeof(msg->qm_hwaddr);
	memcpy(msg->qm_hwaddr, hwaddr, (size_t)len);
	msg->qm_hwaddr_len = len;
	msg->ce_mask |= QM_ATTR_HWADDR;
}

/** Whether the hardware address is set. */
int nfnl_queue_msg_test_hwaddr(const struct nfnl_queue_msg *msg)
{
	return QM_HAS(msg, QM_ATTR_HWADDR);
}

/** The hardware address and its length (*@a len), or NULL and 0. */
const uint8_t *nfnl_queue_msg_get_hwaddr(const struct nfnl_queue_msg *msg,
					 int *len)
{
	if (!QM_HAS(msg, QM_ATTR_HWADDR)) {
		*len = 0;
		return NULL;
	}
	*len = msg->qm_hwaddr_len;
	return msg->qm_hwaddr;
}

/** Set the packet's bytes (copied). @return 0, -NLE_INVAL or -NLE_NOMEM. */
int nfnl_queue_msg_set_payload(struct nfnl_queue_msg *msg, uint8_t *payload,
			       int len)
{
	struct nl_data *d = NULL;

	if (len < 0)
		return -NLE_INVAL;
	if (len > 0 && !(d = nl_data_alloc(payload, (size_t)len)))
		return -NLE_NOMEM;
	nl_data_free(msg->qm_payload);
	msg->qm_payload = d;
	if (d)
		msg->ce_mask |= QM_ATTR_PAYLOAD;
	else
		msg->ce_mask &= ~QM_ATTR_PAYLOAD;
	return 0;
}

/** Whether the packet's bytes are set. */
int nfnl_queue_msg_test_payload(const struct nfnl_queue_msg *msg)
{
	return QM_HAS(msg, QM_ATTR_PAYLOAD);
}

/** The packet's bytes and their number (*@a len), or NULL and 0. */
const void *nfnl_queue_msg_get_payload(const struct nfnl_queue_msg *msg,
				       int *len)
{
	if (!msg->qm_payload) {
		*len = 0;
		return NULL;
	}
	*len = (int)nl_data_get_size(msg->qm_payload);
	return nl_data_get(msg->qm_payload);
}
