/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * NFLOG instances: the object (struct nfnl_log) and the configuration
 * requests (NFULNL_MSG_CONFIG).
 */

#include <string.h>
#include <arpa/inet.h>
#include <linux/netfilter/nfnetlink_log.h>

#include "nf-priv.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/netfilter/log.h>

struct nfnl_log {
	NLHDR_COMMON

	uint16_t log_group;
	uint8_t log_copy_mode;
	uint32_t log_copy_range;
	uint32_t log_flush_timeout;
	uint32_t log_alloc_size;
	uint32_t log_queue_threshold;
	uint32_t log_flags;
	uint32_t log_flag_mask;
};

/* Presence bits, in the order nl_object_attrs2str() names them; bit 2 is
 * unused (upstream's numbering).  The flags have no bit: they are sent
 * when any is set. */
#define LOG_ATTR_GROUP			(1ULL << 0)
#define LOG_ATTR_COPY_MODE		(1ULL << 1)
#define LOG_ATTR_COPY_RANGE		(1ULL << 3)
#define LOG_ATTR_FLUSH_TIMEOUT		(1ULL << 4)
#define LOG_ATTR_ALLOC_SIZE		(1ULL << 5)
#define LOG_ATTR_QUEUE_THRESHOLD	(1ULL << 6)

#define LOG_HAS(l, bit) (((l)->ce_mask & (bit)) != 0)

static const struct trans_tbl log_attr_names[] = {
	__ADD(LOG_ATTR_GROUP, group),
	__ADD(LOG_ATTR_COPY_MODE, copy_mode),
	__ADD(LOG_ATTR_COPY_RANGE, copy_range),
	__ADD(LOG_ATTR_FLUSH_TIMEOUT, flush_timeout),
	__ADD(LOG_ATTR_ALLOC_SIZE, alloc_size),
	__ADD(LOG_ATTR_QUEUE_THRESHOLD, queue_threshold),
};

/* NFULA_CFG_MODE carries copy range and mode together. */
static int log_mode_build(struct nl_msg *msg, const void *base)
{
	const struct nfnl_log *l = base;
	struct nfulnl_msg_config_mode m = {
		.copy_range = htonl(l->log_copy_range),
		.copy_mode = _nfnl_copy_mode_to_kernel(l->log_copy_mode),
	};

	return nla_put(msg, NFULA_CFG_MODE, sizeof(m), &m);
}

static const struct nlo_hooks log_mode_hooks = {
	.build = log_mode_build,
};

/* In the order the configuration requests carry them. */
static const struct nlo_attr log_attrs[] = {
	NLO_ENTRY(struct nfnl_log, log_copy_mode, LOG_ATTR_COPY_MODE,
		  "copy_mode", NLO_U8, .nla = NFULA_CFG_MODE,
		  .flags = NLO_F_NOPARSE, .hooks = &log_mode_hooks),
	NLO_ENTRY(struct nfnl_log, log_flush_timeout, LOG_ATTR_FLUSH_TIMEOUT,
		  "flush_timeout", NLO_U32, .nla = NFULA_CFG_TIMEOUT,
		  .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_log, log_alloc_size, LOG_ATTR_ALLOC_SIZE,
		  "alloc_size", NLO_U32, .nla = NFULA_CFG_NLBUFSIZ,
		  .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_log, log_queue_threshold, LOG_ATTR_QUEUE_THRESHOLD,
		  "queue_threshold", NLO_U32, .nla = NFULA_CFG_QTHRESH,
		  .flags = NLO_F_BE),
	NLO_ENTRY(struct nfnl_log, log_group, LOG_ATTR_GROUP, "group", NLO_U16),
	NLO_ENTRY(struct nfnl_log, log_copy_range, LOG_ATTR_COPY_RANGE,
		  "copy_range", NLO_U32),
};

static const struct nlo_table log_table =
	NLO_TABLE(struct nfnl_log, ce_mask, log_attrs, NFULA_CFG_MAX);

static int log_clone(struct nl_object *dst, struct nl_object *src)
{
	return nlo_clone(dst, src, &log_table);
}

static uint64_t log_compare(struct nl_object *a, struct nl_object *b,
			    uint64_t attrs, int flags)
{
	struct nfnl_log *x = (struct nfnl_log *)a, *y = (struct nfnl_log *)b;
	uint64_t diff = nlo_compare(a, b, &log_table, attrs, flags);

	/* the flags have no presence bit: compare them along with the group */
	if ((attrs & LOG_ATTR_GROUP) && x->log_flags != y->log_flags)
		diff |= LOG_ATTR_GROUP;
	return diff;
}

static char *log_attrs2str(int attrs, char *buf, size_t len)
{
	return __flags2str(attrs, buf, len, log_attr_names,
			   ARRAY_SIZE(log_attr_names));
}

static void log_dump(struct nl_object *obj, struct nl_dump_params *p)
{
	struct nfnl_log *l = (struct nfnl_log *)obj;
	char buf[32];

	nl_new_line(p);
	if (LOG_HAS(l, LOG_ATTR_GROUP))
		nl_dump(p, "group=%u ", l->log_group);
	if (LOG_HAS(l, LOG_ATTR_COPY_MODE))
		nl_dump(p, "copy_mode=%s ",
			nfnl_log_copy_mode2str(l->log_copy_mode, buf,
					       sizeof(buf)));
	if (LOG_HAS(l, LOG_ATTR_COPY_RANGE))
		nl_dump(p, "copy_range=%u ", l->log_copy_range);
	if (LOG_HAS(l, LOG_ATTR_FLUSH_TIMEOUT))
		nl_dump(p, "flush_timeout=%u ", l->log_flush_timeout);
	if (LOG_HAS(l, LOG_ATTR_ALLOC_SIZE))
		nl_dump(p, "alloc_size=%u ", l->log_alloc_size);
	if (LOG_HAS(l, LOG_ATTR_QUEUE_THRESHOLD))
		nl_dump(p, "queue_threshold=%u ", l->log_queue_threshold);
	nl_dump(p, "\n");
}

struct nl_object_ops log_obj_ops = {
	.oo_name = "netfilter/log",
	.oo_size = sizeof(struct nfnl_log),
	.oo_clone = log_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = log_dump,
		[NL_DUMP_DETAILS] = log_dump,
		[NL_DUMP_STATS] = log_dump,
	},
	.oo_compare = log_compare,
	.oo_attrs2str = log_attrs2str,
	.oo_id_attrs = LOG_ATTR_GROUP,
};

/* A named type for the objects (nl_cache_alloc_name("netfilter/log")). */
static struct nl_cache_ops nfnl_log_ops = {
	.co_name = "netfilter/log",
	.co_msgtypes = {
		END_OF_MSGTYPES_LIST,
	},
	.co_obj_ops = &log_obj_ops,
};

static void __attribute__((constructor)) log_init(void)
{
	nl_cache_mngt_register(&nfnl_log_ops);
}

static void __attribute__((destructor)) log_exit(void)
{
	nl_cache_mngt_unregister(&nfnl_log_ops);
}

/** A new, empty log instance (reference count 1), or NULL. */
struct nfnl_log *nfnl_log_alloc(void)
{
	return (struct nfnl_log *)nl_object_alloc(&log_obj_ops);
}

/** Take a reference on @a log. */
void nfnl_log_get(struct nfnl_log *log)
{
	nl_object_get((struct nl_object *)log);
}

/** Drop a reference on @a log; the last one frees it. */
void nfnl_log_put(struct nfnl_log *log)
{
	nl_object_put((struct nl_object *)log);
}

#define LOG_SCALAR(NAME, VT, MEMBER, BIT)                                      \
	/** Set the NAME of the instance. */                                   \
	void nfnl_log_set_##NAME(struct nfnl_log *log, VT v)                    \
	{                                                                      \
		log->MEMBER = v;                                               \
		log->ce_mask |= (BIT);                                         \
	}                                                                      \
	/** Whether the NAME is set. */                                        \
	int nfnl_log_test_##NAME(const struct nfnl_log *log)                    \
	{                                                                      \
		return LOG_HAS(log, BIT);                                      \
	}                                                                      \
	/** The NAME (0 when not set). */                                      \
	VT nfnl_log_get_##NAME(const struct nfnl_log *log)                      \
	{                                                                      \
		return log->MEMBER;                                            \
	}

LOG_SCALAR(group, uint16_t, log_group, LOG_ATTR_GROUP)
LOG_SCALAR(copy_range, uint32_t, log_copy_range, LOG_ATTR_COPY_RANGE)
LOG_SCALAR(flush_timeout, uint32_t, log_flush_timeout, LOG_ATTR_FLUSH_TIMEOUT)
LOG_SCALAR(alloc_size, uint32_t, log_alloc_size, LOG_ATTR_ALLOC_SIZE)
LOG_SCALAR(queue_threshold, uint32_t, log_queue_threshold,
	   LOG_ATTR_QUEUE_THRESHOLD)

/** Set how much of each packet is copied to user space. */
void nfnl_log_set_copy_mode(struct nfnl_log *log, enum nfnl_log_copy_mode mode)
{
	log->log_copy_mode = (uint8_t)mode;
	log->ce_mask |= LOG_ATTR_COPY_MODE;
}

/** Whether the copy mode is set. */
int nfnl_log_test_copy_mode(const struct nfnl_log *log)
{
	return LOG_HAS(log, LOG_ATTR_COPY_MODE);
}

/** The copy mode (NFNL_LOG_COPY_NONE when not set). */
enum nfnl_log_copy_mode nfnl_log_get_copy_mode(const struct nfnl_log *log)
{
	return (enum nfnl_log_copy_mode)log->log_copy_mode;
}

/** Turn on the flags in @a flags (NFNL_LOG_FLAG_*). */
void nfnl_log_set_flags(struct nfnl_log *log, unsigned int flags)
{
	log->log_flag_mask |= flags;
	log->log_flags |= flags;
}

/** Turn off the flags in @a flags. */
void nfnl_log_unset_flags(struct nfnl_log *log, unsigned int flags)
{
	log->log_flag_mask |= flags;
	log->log_flags &= ~flags;
}

/** The flags turned on. */
unsigned int nfnl_log_get_flags(const struct nfnl_log *log)
{
	return log->log_flags;
}

static const struct trans_tbl copy_modes[] = {
	__ADD(NFNL_LOG_COPY_NONE, none),
	__ADD(NFNL_LOG_COPY_META, meta),
	__ADD(NFNL_LOG_COPY_PACKET, packet),
};

/** Name of a copy mode (none, meta, packet), or its number in hex. */
char *nfnl_log_copy_mode2str(enum nfnl_log_copy_mode mode, char *buf,
			     size_t len)
{
	return __type2str(mode, buf, len, copy_modes, ARRAY_SIZE(copy_modes));
}

/** Copy mode named @a name, or a negative error code. */
int nfnl_log_str2copy_mode(const char *name)
{
	return __str2type(name, copy_modes, ARRAY_SIZE(copy_modes));
}

static const struct trans_tbl log_flags[] = {
	__ADD(NFNL_LOG_FLAG_SEQ, seq),
	__ADD(NFNL_LOG_FLAG_SEQ_GLOBAL, seq_global),
	__ADD(NFNL_LOG_FLAG_CONNTRACK, conntrack),
};

/** Names of the flags in @a flags, comma separated. */
char *nfnl_log_flags2str(unsigned int flags, char *buf, size_t len)
{
	return __flags2str((int)flags, buf, len, log_flags,
			   ARRAY_SIZE(log_flags));
}

/** Flags named in the comma-separated list @a name (0 for none). */
unsigned int nfnl_log_str2flags(const char *name)
{
	return (unsigned int)__str2flags(name, log_flags, ARRAY_SIZE(log_flags));
}

/* ------------------------------------------------------------------ */
/* Requests                                                             */

static int log_build_cmd(struct nl_msg *msg, uint8_t cmd)
{
	struct nfulnl_msg_config_cmd c = { .command = cmd };

	return nla_put(msg, NFULA_CFG_CMD, sizeof(c), &c);
}

static int log_build_pf(uint8_t pf, uint8_t cmd, struct nl_msg **result)
{
	struct nl_msg *msg;

	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_ULOG, NFULNL_MSG_CONFIG, 0, pf, 0);
	if (!msg)
		return -NLE_NOMEM;
	if (log_build_cmd(msg, cmd) < 0) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	*result = msg;
	return 0;
}

/** Build a request binding NFLOG to the protocol family @a pf. */
int nfnl_log_build_pf_bind(uint8_t pf, struct nl_msg **result)
{
	return log_build_pf(pf, NFULNL_CFG_CMD_PF_BIND, result);
}

/** Bind NFLOG to the protocol family @a pf and wait for the answer. */
int nfnl_log_pf_bind(struct nl_sock *nlh, uint8_t pf)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_log_build_pf_bind(pf, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request unbinding NFLOG from the protocol family @a pf. */
int nfnl_log_build_pf_unbind(uint8_t pf, struct nl_msg **result)
{
	return log_build_pf(pf, NFULNL_CFG_CMD_PF_UNBIND, result);
}

/** Unbind NFLOG from the protocol family @a pf and wait for the answer. */
int nfnl_log_pf_unbind(struct nl_sock *nlh, uint8_t pf)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_log_build_pf_unbind(pf, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/* A configuration request for the group of @a log: its settings when
 * with_settings, then the command (0: none). */
static int log_build_request(const struct nfnl_log *log, int with_settings,
			     uint8_t cmd, struct nl_msg **result)
{
	struct nl_msg *msg;
	int err = 0;

	if (!LOG_HAS(log, LOG_ATTR_GROUP))
		return -NLE_MISSING_ATTR;
	msg = nfnlmsg_alloc_simple(NFNL_SUBSYS_ULOG, NFULNL_MSG_CONFIG, 0,
				   AF_UNSPEC, log->log_group);
	if (!msg)
		return -NLE_NOMEM;
	if (with_settings) {
		err = nlo_build(msg, log, &log_table, ~0ULL);
		if (err >= 0 && log->log_flags)
			err = nla_put_u16(msg, NFULA_CFG_FLAGS,
					  htons((uint16_t)log->log_flags));
	}
	if (err >= 0 && cmd)
		err = log_build_cmd(msg, cmd);
	if (err < 0) {
		nlmsg_free(msg);
		return err;
	}
	*result = msg;
	return 0;
}

/**
 * Build a request creating the instance @a log (its group must be set)
 * with its settings.
 * @return 0, -NLE_MISSING_ATTR or -NLE_NOMEM.
 */
int nfnl_log_build_create_request(const struct nfnl_log *log,
				  struct nl_msg **result)
{
	return log_build_request(log, 1, NFULNL_CFG_CMD_BIND, result);
}

/** Create the instance @a log and wait for the kernel's answer. */
int nfnl_log_create(struct nl_sock *nlh, const struct nfnl_log *log)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_log_build_create_request(log, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request changing the settings of the instance @a log. */
int nfnl_log_build_change_request(const struct nfnl_log *log,
				  struct nl_msg **result)
{
	return log_build_request(log, 1, 0, result);
}

/** Change the settings of @a log and wait for the kernel's answer. */
int nfnl_log_change(struct nl_sock *nlh, const struct nfnl_log *log)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_log_build_change_request(log, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}

/** Build a request removing the instance @a log. */
int nfnl_log_build_delete_request(const struct nfnl_log *log,
				  struct nl_msg **result)
{
	return log_build_request(log, 0, NFULNL_CFG_CMD_UNBIND, result);
}

/** Remove the instance @a log and wait for the kernel's answer. */
int nfnl_log_delete(struct nl_sock *nlh, const struct nfnl_log *log)
{
	struct nl_msg *msg;
	int err;

	if ((err = nfnl_log_build_delete_request(log, &msg)) < 0)
		return err;
	return _nfnl_send_and_wait(nlh, msg);
}
