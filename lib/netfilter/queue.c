/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * NFQUEUE queues: the object (struct nfnl_queue) and the configuration
 * requests (NFQNL_MSG_CONFIG).
 */

#include <string.h>
#include <arpa/inet.h>
#include <linux/netfilter/nfnetlink_queue.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/socket.h>
#include <netlink/netfilter/queue.h>

struct nfnl_queue {
	NLHDR_COMMON

	uint16_t queue_group;
	uint8_t queue_copy_mode;
	uint32_t queue_maxlen;
	uint32_t queue_copy_range;
};

/* Presence bits, in the order nl_object_attrs2str() names them. */
#define QUEUE_ATTR_GROUP	(1ULL << 0)
#define QUEUE_ATTR_MAXLEN	(1ULL << 1)
#define QUEUE_ATTR_COPY_MODE	(1ULL << 2)
#define QUEUE_ATTR_COPY_RANGE	(1ULL << 3)

#define QUEUE_HAS(q, bit) (((q)->ce_mask & (bit)) != 0)

static const struct trans_tbl queue_attr_names[] = {
	__ADD(QUEUE_ATTR_GROUP, group),
	__ADD(QUEUE_ATTR_MAXLEN, maxlen),
	__ADD(QUEUE_ATTR_COPY_MODE, copy_mode),
	__ADD(QUEUE_ATTR_COPY_RANGE, copy_range),
};

/* NFQA_CFG_PARAMS carries copy range and mode together (packed). */
static int queue_params_build(struct nl_msg *msg, const void *base)
{
	const struct nfnl_queue *q = base;
	struct nfqnl_msg_config_params p = {
		.copy_range = htonl(q->queue_copy_range),
		.copy_mode = _nfnl_copy_mode_to_kernel(q->queue_copy_mode),
	};

	return nla_put(msg, NFQA_CFG_PARAMS, sizeof(p), &p);
}

static const struct nlo_hooks queue_params_hooks = {
	.build = queue_params_build,
};

/* In the order the configuration requests carry them. */
static const struct nlo_attr queue_attrs[] = {
	NLO_ENTRY(struct nfnl_queue, queue_maxlen, QUEUE_ATTR_MAXLEN, "maxlen",
		  NLO_U32, .nla = NFQA_CFG_QUEUE_MAXLEN, .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_queue, queue_copy_mode, QUEUE_ATTR_COPY_MODE,
		  "copy_mode", NLO_U8, .nla = NFQA_CFG_PARAMS,
		  .flags = NLO_F_NOPARSE, .hooks = &queue_params_hooks),
	NLO_ENTRY(struct nfnl_queue, queue_group, QUEUE_ATTR_GROUP, "group",
		  NLO_U16),
	NLO_ENTRY(struct nfnl_queue, queue_copy_range, QUEUE_ATTR_COPY_RANGE,
		  "copy_range", NLO_U32),
};

static const struct nlo_table queue_table =
	NLO_TABLE(struct nfnl_queue, ce_mask, queue_attrs, NFQA_CFG_MAX);

static int queue_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &queue_table);
}

static uint64_t queue_compare(struct nl_object *a, struct nl_object *b,
			      uint64_t attrs, int flags)
{
	return nlo_compare(a, b, &queue_table, attrs, flags);
}

static char *queue_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, queue_attr_names,
			   ARRAY_SIZE(queue_attr_names));
}

static void queue_dump(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_queue *q = (struct nfnl_queue *)obj;
	char buf[32];

	nl_new_line(p);
	if (QUEUE_HAS(q, QUEUE_ATTR_GROUP))
		nl_dump(p, "group=%u ", q->queue_group);
	if (QUEUE_HAS(q, QUEUE_ATTR_MAXLEN))
		nl_dump(p, "maxlen=%u ", q->queue_maxlen);
	if (QUEUE_HAS(q, QUEUE_ATTR_COPY_MODE))
		nl_dump(p, "copy_mode=%s ",
			nfnl_queue_copy_mode2str(q->queue_copy_mode, buf,
						 sizeof(buf)));
	if (QUEUE_HAS(q, QUEUE_ATTR_COPY_RANGE))
		nl_dump(p, "copy_range=%u ", q->queue_copy_range);
	nl_dump(p, "\n");
}

struct nl_object_ops queue_obj_ops = {
	.oo_name = "netfilter/queue",
	.oo_size = sizeof(struct nfnl_queue),
	.oo_clone = queue_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = queue_dump,
		[NL_DUMP_DETAILS] = queue_dump,
		[NL_DUMP_STATS] = queue_dump,
	},
	.oo_compare = queue_compare,
	.oo_attrs2str = queue_attrs2str,
	.oo_id_attrs = QUEUE_ATTR_GROUP,
};

/* A named type for the objects (nl_cache_alloc_name("netfilter/queue")). */
static struct nl_cache_ops nfnl_queue_ops = {
	.co_name = "netfilter/queue",
	.co_msgtypes = {
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &queue_obj_ops,
};

static void __attribute__((constructor)) queue_init(void)
{
	nl_cache_mngt_register(&nfnl_queue_ops);
}

static void __attribute__((destructor)) queue_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_queue_ops);
}

/**
 * A netlink socket for a queue: it asks for no acknowledgements, so that
 * verdicts are sent without waiting.  NULL without memory.
 */
struct nl_sock *nfnl_queue_socket_alloc(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	if (sk)
		nl_socket_disable_auto_ack(sk);
	return sk;
}

/** A new, empty queue (reference count 1), or NULL. */
struct nfnl_queue *nfnl_queue_alloc(void)
{
	return (struct nfnl_queue *)nl_object_alloc(&queue_obj_ops);
}

/** Take a reference on @a queue. */
void nfnl_queue_get(struct nfnl_queue *queue)
{
	nl_object_get((struct nl_object *)queue);
}

/** Drop a reference on @a queue; the last one frees it. */
void nfnl_queue_put(struct nfnl_queue *queue)
{
	nl_object_put((struct nl_object *)queue);
}

#define QUEUE_SCALAR(NAME, VT, MEMBER, BIT)                                    \
	/** Set the NAME of the queue. */                                      \
	void nfnl_queue_set_##NAME(struct nfnl_queue *queue, VT v)              \
	{                                                                      \
		queue->MEMBER = v;                                             \
		queue->ce_mask |= (BIT);                                       \
	}                                                                      \
	/** Whether the NAME is set. */                                        \
	int nfnl_queue_test_##NAME(const struct nfnl_queue *queue)              \
	{                                                                      \
		return QUEUE_HAS(queue, BIT);                                  \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_queue_get_##NAME(const struct nfnl_queue *queue)                \
	{                                                                      \
		return queue->MEMBER;                                          \
	}

QUEUE_SCALAR(group, uint16_t, queue_group, QUEUE_ATTR_GROUP)
QUEUE_SCALAR(maxlen, uint32_t, queue_maxlen, QUEUE_ATTR_MAXLEN)
QUEUE_SCALAR(copy_range, uint32_t, queue_copy_range, QUEUE_ATTR_COPY_RANGE)

/** Set how much of each packet is copied to user space. */
void nfnl_queue_set_copy_mode(struct nfnl_queue *queue,
			      enum nfnl_queue_copy_mode mode)
{
	queue->queue_copy_mode = (uint8_t)mode;
	queue->ce_mask |= QUEUE_ATTR_COPY_MODE;
}

/** Whether the copy mode is set. */
int nfnl_queue_test_copy_mode(const struct nfnl_queue *queue)
{
	return QUEUE_HAS(queue, QUEUE_ATTR_COPY_MODE);
}

/** The copy mode (NFNL_QUEUE_COPY_NONE when not set). */
enum nfnl_queue_copy_mode nfnl_queue_get_copy_mode(const struct nfnl_queue *queue)
{
	return (enum nfnl_queue_copy_mode)queue->queue_copy_mode;
}

static const struct trans_tbl copy_modes[] = {
	__ADD(NFNL_QUEUE_COPY_NONE, none),
	__ADD(NFNL_QUEUE_COPY_META, meta),
	__ADD(NFNL_QUEUE_COPY_PACKET, packet),
};

/** Name of a copy mode (none, meta, packet), or its number in hex. */
char *nfnl_queue_copy_mode2str(enum nfnl_queue_copy_mode mode, char *buf,
			       size_t len)
{
	return __type2str(mode, buf, len, copy_modes, ARRAY_SIZE(copy_modes));
}

/** Copy mode named @a name, or a negative error code. */
int nfnl_queue_str2copy_mode(const char *name)
{
	return __str2type(name, copy_modes, ARRAY_SIZE(copy_modes));
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static int queue_put_cmd(struct nl_msg *msg, uint8_t cmd, uint16_t pf)
{
	struct nfqnl_msg_config_cmd c = {
		.command = cmd,
		.pf = htons(pf),
	};

	return nla_put(msg, NFQA_CFG_CMD, sizeof(c), &c);
}

static int queue_build_pf(uint8_t pf, uint8_t cmd, struct nl_msg **result)
{
	struct nl_msg *msg;

	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_QUEUE, NFQNL_MSG_CONFIG, 0, pf, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (queue_put_cmd(msg, cmd, pf) < 0) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	*result = msg;
	return 0;
}

/** Build a request binding NFQUEUE to the protocol family @a pf. */
int nfnl_queue_build_pf_bind(uint8_t pf, struct nl_msg **result)
{
	return queue_build_pf(pf, NFQNL_CFG_CMD_PF_BIND, result);
}

/** Bind NFQUEUE to the protocol family @a pf (waits when acks are on). */
int nfnl_queue_pf_bind(struct nl_sock *nlh, uint8_t pf)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_queue_build_pf_bind(pf, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request unbinding NFQUEUE from the protocol family @a pf. */
int nfnl_queue_build_pf_unbind(uint8_t pf, struct nl_msg **result)
{
	return queue_build_pf(pf, NFQNL_CFG_CMD_PF_UNBIND, result);
}

/** Unbind NFQUEUE from the protocol family @a pf. */
int nfnl_queue_pf_unbind(struct nl_sock *nlh, uint8_t pf)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_queue_build_pf_unbind(pf, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

static int queue_build_request(const struct nfnl_queue *queue,
			       int with_settings, uint8_t cmd,
			       struct nl_msg **result)
{
	struct nl_msg *msg;
	int err = 0;

	if (!QUEUE_HAS(queue, QUEUE_ATTR_GROUP))
		return -NLE_MISSING_ATTR;
	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_QUEUE, NFQNL_MSG_CONFIG, 0,
				   AF_UNSPEC, queue->queue_group);
	if (!msg)
		return -NLE_NOMEM;
	if (with_settings)
		err = nlo_build(msg, queue, &queue_table, ~0ULL);
	if (err >= 0 && cmd)
		err = queue_put_cmd(msg, cmd, 0);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/**
 * Build a request creating the queue @a queue (its group must be set)
 * with its settings.
 * @return 0, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int nfnl_queue_build_create_request(const struct nfnl_queue *queue,
				    struct nl_msg **result)
{
	return queue_build_request(queue, 1, NFQNL_CFG_CMD_BIND, result);
}

/** Create the queue @a queue. */
int nfnl_queue_create(struct nl_sock *nlh, const struct nfnl_queue *queue)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_queue_build_create_request(queue, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request changing the settings of the queue @a queue. */
int nfnl_queue_build_change_request(const struct nfnl_queue *queue,
				    struct nl_msg **result)
{
	return queue_build_request(queue, 1, 0, result);
}

/** Change the settings of the queue @a queue. */
int nfnl_queue_change(struct nl_sock *nlh, const struct nfnl_queue *queue)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_queue_build_change_request(queue, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request removing the queue @a queue. */
int nfnl_queue_build_delete_request(const struct nfnl_queue *queue,
				    struct nl_msg **result)
{
	return queue_build_request(queue, 0, NFQNL_CFG_CMD_UNBIND, result);
}

/** Remove the queue @a queue. */
int nfnl_queue_delete(struct nl_sock *nlh, const struct nfnl_queue *queue)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_queue_build_delete_request(queue, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}
