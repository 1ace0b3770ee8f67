/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to the libnl-3 family of libraries: the layouts of the core
 * structures.  Never installed.
 *
 * The first members of each structure below are laid out exactly as in
 * upstream libnl-3: upstream's libnl-route-3, libnl-genl-3, libnl-cli-3...
 * reach into them, and a distribution may load one of those next to our
 * libnl-3.  Members that exist only in this fork are appended at the end of
 * structures that libnl-3 alone allocates (nl_sock, nl_cache, nl_msg...).
 * Never reorder or insert before the marked fork sections.
 */

#ifndef NL_PRIVATE_CORE_H_
#define NL_PRIVATE_CORE_H_

#include <pthread.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#include <netlink/netlink.h>
#include <netlink/handlers.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/hashtable.h>
#include <netlink/utils.h>
#include <netlink/addr.h>

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

#ifndef NL_EXPORT
#define NL_EXPORT __attribute__((visibility("default")))
#endif

#define _nl_unused __attribute__((unused))
#define _nl_printf(a, b) __attribute__((format(printf, a, b)))

/* nl_sock.s_flags, as upstream */
#define NL_SOCK_PASSCRED	(1 << 1)
#define NL_OWN_PORT		(1 << 2)
#define NL_MSG_PEEK		(1 << 3)
#define NL_MSG_PEEK_EXPLICIT	(1 << 4)
#define NL_NO_AUTO_ACK		(1 << 5)
#define NL_SOCK_BUFSIZE_SET	(1 << 0)	/* nl_socket_set_buffer_size() was called */
/* Local port of a socket allocated when the pool was used up. */
#define NL_PORT_NONE_LEFT	UINT32_MAX

/* nl_msg.nm_flags */
#define NL_MSG_CRED_PRESENT	1

/* nl_object.ce_flags */
#define NL_OBJ_MARK		1
/* private to cache.c: the generation of the cache's last refill pass the
 * object was seen in, and "replaced during the pass" (see fill_ctx) */
#define NL_OBJ_GEN		2
#define NL_OBJ_REPLACED		4

/* flags of the compare operation */
#define LOOSE_COMPARISON	1
#define ID_COMPARISON		2

/* ------------------------------------------------------------------ */
/* Callbacks                                                            */

struct nl_cb {
	nl_recvmsg_msg_cb_t cb_set[NL_CB_TYPE_MAX + 1];
	void *cb_args[NL_CB_TYPE_MAX + 1];
	nl_recvmsg_err_cb_t cb_err;
	void *cb_err_arg;
	int (*cb_recvmsgs_ow)(struct nl_sock *, struct nl_cb *);
	int (*cb_recv_ow)(struct nl_sock *, struct sockaddr_nl *,
			  unsigned char **, struct ucred **);
	int (*cb_send_ow)(struct nl_sock *, struct nl_msg *);
	int cb_refcnt;
	enum nl_cb_type cb_active;
};

/* The kind nl_socket_alloc() uses: NLCB from the environment (handlers.c). */
enum nl_cb_kind _nl_cb_default_kind(void);

/* ------------------------------------------------------------------ */
/* Sockets                                                              */

struct nl_dump_req;

struct nl_sock {
	struct sockaddr_nl s_local;
	struct sockaddr_nl s_peer;
	int s_fd;
	int s_proto;
	unsigned int s_seq_next;
	unsigned int s_seq_expect;
	int s_flags;
	struct nl_cb *s_cb;
	size_t s_bufsize;
	/* receive buffers kept for the next reads (lib/nl.c) */
	void *s_rxpool;
	unsigned int s_rxpool_n;
	/* Reads of a cache fill's dump without peeking first (lib/nl.c,
	 * lib/cache.c): on during a fill; lost when a datagram did not fit
	 * (it is gone, the fill drains and starts again); never again on this
	 * socket once one did not fit.  nopeek_size: 0, one receive block;
	 * tests set less. */
	struct {
		uint8_t on;
		uint8_t lost;
		uint8_t never;
		size_t size;
	} s_rx_nopeek;

	/* --- fork: consistent dumps (see retry.h) --- */
	struct {
		nl_dump_retry_func_t func;	/* retry callback, or NULL */
		void *arg;
		unsigned int max_attempts;	/* default policy limits */
		unsigned int max_msec;
		unsigned int flags;		/* NL_DUMP_F_* modes */
		int last_intr;			/* last dump was interrupted */
		uint64_t counters[__NL_DUMP_CNT_MAX];
		struct nl_msg *req;		/* buffered mode: last dump request */
		uint32_t rand;			/* jitter state */
	} s_dump;

	/* --- fork: kernel error messages, strict checking (extack.c) --- */
	struct {
		int8_t want;		/* ext ACK: -1 default (on), 0 off, 1 on */
		int8_t active;		/* the option is set on the descriptor */
		int8_t strict_want;
		int8_t strict_active;
		uint8_t have;		/* NL_EXT_HAVE_* */
		char *msg;
		uint32_t offset;
		uint32_t miss_type;
		uint32_t miss_nest;
	} s_ext;
};

#define NL_EXT_HAVE_MSG		0x01
#define NL_EXT_HAVE_OFFS	0x02
#define NL_EXT_HAVE_MISS	0x04

void _nl_ext_ack_init(struct nl_sock *sk);
void _nl_ext_ack_apply(struct nl_sock *sk);
void _nl_ext_ack_clear(struct nl_sock *sk);
void _nl_ext_ack_record(struct nl_sock *sk, const struct nlmsghdr *hdr);
/* The NLMSGERR_ATTR_MSG text inside an error or done message, or NULL. */
const char *_nl_ext_ack_msg_of(const struct nlmsghdr *hdr);

/* nl_connect(): the pooled local port is taken by another process. */
void _nl_socket_reroll_port(struct nl_sock *sk);

/* Receive the reply to a dump request just sent; with @whole read all of
 * it before parsing, and with @drop_intr drop it unparsed when it was
 * interrupted.  As nl_recvmsgs_report() otherwise (lib/nl.c). */
void _nl_rxpool_free(struct nl_sock *sk);
/* The rest of a dump whose datagram a read without peeking lost. */
void _nl_rx_drain_lost(struct nl_sock *sk, unsigned int seq);
int _nl_recv_dump(struct nl_sock *sk, struct nl_cb *cb, bool whole,
		  bool drop_intr);

/* ------------------------------------------------------------------ */
/* Messages, addresses, data                                            */

struct nl_msg {
	int nm_protocol;
	int nm_flags;
	struct sockaddr_nl nm_src;
	struct sockaddr_nl nm_dst;
	struct ucred nm_creds;
	struct nlmsghdr *nm_nlh;
	size_t nm_size;
	int nm_refcnt;

	/* --- fork --- */
	bool nm_borrowed;	/* nm_nlh points into a receive buffer */
};

/*
 * Received messages are handed to callbacks in place: a wrapper borrows
 * the bytes where they lie in the receive buffer (nl.c).  A message a
 * callback keeps, or that anyone grows, gets its own copy of the bytes
 * first (_nlmsg_own(): 0 or -NLE_NOMEM).
 */
int _nlmsg_own(struct nl_msg *msg);

struct nl_data {
	size_t d_size;
	void *d_data;
};

struct nl_addr {
	int a_family;
	unsigned int a_maxsize;
	unsigned int a_len;
	int a_prefixlen;
	int a_refcnt;
	char a_addr[0];
};

/*
 * An address embedded in the memory of an object (a route's destination):
 * it is never freed on its own; its a_refcnt holds NL_ADDR_EMBEDDED plus
 * its offset in the owner, and references to it are references to the
 * owner (nl_addr_get() and nl_addr_put()), so it lives as long as anyone
 * holds it.  The owner itself never counts its own storage.
 */
#define NL_ADDR_EMBEDDED INT32_MIN

#ifndef AF_MPLS
#define AF_MPLS 28
#endif

static inline void _nl_addr_init_embedded(struct nl_addr *a, void *owner,
					  int family, unsigned int maxsize)
{
	a->a_family = family;
	a->a_maxsize = maxsize;
	a->a_len = 0;
	a->a_prefixlen = 0;
	a->a_refcnt = NL_ADDR_EMBEDDED + (int)((char *)a - (char *)owner);
}

static inline bool _nl_addr_is_embedded(const struct nl_addr *a)
{
	return __atomic_load_n(&a->a_refcnt, __ATOMIC_RELAXED) < 0;
}

static inline struct nl_object *_nl_addr_owner(const struct nl_addr *a)
{
	return (struct nl_object *)((char *)a -
				    (a->a_refcnt - NL_ADDR_EMBEDDED));
}

/* Room in an object for one embedded address of up to @n bytes; all zero
 * (as objects are allocated) means never used. */
#define NL_ADDR_STORAGE(n)                                                     \
	union {                                                                \
		struct nl_addr a;                                              \
		unsigned char b[sizeof(struct nl_addr) + (n)];                 \
	}

/*
 * An address of @family with the @len bytes at @buf, as nl_addr_build()
 * makes it (capacity @len, the full prefix length): in @own, storage of
 * @cap bytes embedded in @owner, the first time and when it fits; else a
 * new address.  Once handed out the storage may be held by anyone, so it
 * is written once only.  NULL when memory is short.
 */
static inline struct nl_addr *_nl_addr_store(void *owner, struct nl_addr *own,
					     unsigned int cap, int family,
					     const void *buf, unsigned int len)
{
	if (own->a_refcnt || len > cap)
		return nl_addr_build(family, buf, len);
	_nl_addr_init_embedded(own, owner, family, len);
	own->a_len = len;
	own->a_prefixlen = family == AF_MPLS ? 20 : (int)len * 8;
	if (len)
		memcpy(own->a_addr, buf, len);
	return own;
}

/* Whether @a lives in @owner's memory: @owner holds no reference on it. */
static inline bool _nl_addr_in(const void *owner, const struct nl_addr *a)
{
	return a && _nl_addr_is_embedded(a) &&
	       (const void *)_nl_addr_owner(a) == owner;
}

/* @owner's reference to keep @a with (none on its own storage, which
 * would keep it alive forever). */
static inline struct nl_addr *_nl_addr_get_for(const void *owner,
					       struct nl_addr *a)
{
	if (a && !_nl_addr_in(owner, a))
		nl_addr_get(a);
	return a;
}

/* Drop what _nl_addr_get_for() or _nl_addr_store() gave @owner. */
static inline void _nl_addr_put_for(const void *owner, struct nl_addr *a)
{
	if (a && !_nl_addr_in(owner, a))
		nl_addr_put(a);
}

/* Give @a the family its length suggests, when one does (how parsers
 * read addresses whose family the message does not say). */
static inline void _nl_addr_guess_set_family(struct nl_addr *a)
{
	int fam = nl_addr_guess_family(a);

	if (fam > 0)
		a->a_family = fam;
}

/* Attribute accessors without a call, for the parsers of large dumps. */
static inline void *_nla_data(const struct nlattr *nla)
{
	return (char *)nla + NLA_HDRLEN;
}

static inline int _nla_len(const struct nlattr *nla)
{
	return (int)nla->nla_len - NLA_HDRLEN;
}

static inline uint32_t _nla_u32(const struct nlattr *nla)
{
	uint32_t v;

	memcpy(&v, _nla_data(nla), sizeof(v));
	return v;
}

/* ------------------------------------------------------------------ */
/* Objects                                                              */

#define NLHDR_COMMON                                                           \
	int ce_refcnt;                                                         \
	struct nl_object_ops *ce_ops;                                          \
	struct nl_cache *ce_cache;                                             \
	struct nl_list_head ce_list;                                           \
	int ce_msgtype;                                                        \
	int ce_flags;                                                          \
	uint64_t ce_mask;                                                      \
	uint64_t ce_digest;

struct nl_object {
	NLHDR_COMMON
};

struct nlo_table;
struct nlo_attr;
struct nlattr;

struct nl_object_ops {
	char *oo_name;
	size_t oo_size;
	/* bytes of an object (the header included) nl_object_clone() copies
	 * before oo_clone; 0: oo_size */
	size_t oo_copy_size;
	/* nonzero: freed objects of the type are kept for reuse (pool.h) */
	int oo_pooled;
	uint32_t oo_id_attrs;
	void (*oo_constructor)(struct nl_object *);
	void (*oo_free_data)(struct nl_object *);
	int (*oo_clone)(struct nl_object *, struct nl_object *);
	void (*oo_dump[NL_DUMP_MAX + 1])(struct nl_object *,
					 struct nl_dump_params *);
	uint64_t (*oo_compare)(struct nl_object *, struct nl_object *,
			       uint64_t, int);
	int (*oo_update)(struct nl_object *, struct nl_object *);
	void (*oo_keygen)(struct nl_object *, uint32_t *, uint32_t);
	char *(*oo_attrs2str)(int, char *, size_t);
	uint32_t (*oo_id_attrs_get)(struct nl_object *);
	/*
	 * In-place refills (lib/cache.c) keep a cached object, held by the
	 * cache alone, instead of the kernel's new copy of it when nothing
	 * the parser stores changed:
	 * - oo_keep_equal set: when the copy compares equal (oo_compare, all
	 *   attributes) and oo_stale, if set, sees no difference.  Set it
	 *   only for a type whose comparison and oo_stale look at everything
	 *   its parser stores, the oo_volatile entries aside.
	 * - oo_digest set: when the message's digest (ce_digest, see
	 *   _nl_msg_digest()) is the one the object last matched; the message
	 *   is not even parsed then.  Set oo_digest only for a type whose
	 *   parser makes exactly one object of a message, from the message's
	 *   bytes alone; oo_digest_usable, when set, says whether that holds
	 *   right now (e.g. no provided link cache).
	 * Otherwise the new copy replaces the cached object.
	 * The entries of oo_volatile flagged NLO_F_NOCMP (and not
	 * NLO_F_NOPARSE) are counters and cache times: no comparison looks at
	 * them, a kept object takes their new values (undone with the
	 * attempt), and their attributes (top-level, types below 64) are
	 * left out of digests when oo_volatile_parse (nlo_parse_one() of the
	 * library that holds the table) can take them from the attributes.
	 * They must be stored in the object itself (numbers, byte arrays, or
	 * hooks that own no memory).
	 */
	int oo_keep_equal;
	int oo_digest;
	const struct nlo_table *oo_volatile;
	int (*oo_volatile_parse)(void *base, const struct nlo_attr *a,
				 const struct nlattr *nla);
	int (*oo_stale)(struct nl_object *old, struct nl_object *new_obj);
	bool (*oo_digest_usable)(void);
};

/* The attribute is present in both objects. */
#define AVAILABLE(A, B, ATTR) (((A)->ce_mask & (B)->ce_mask) & (ATTR))
/* The attribute is present in exactly one of the objects. */
#define AVAILABLE_MISMATCH(A, B, ATTR) (((A)->ce_mask ^ (B)->ce_mask) & (ATTR))
/* The attribute differs: present in one only, or present in both and EXPR. */
#define ATTR_MISMATCH(A, B, ATTR, EXPR)                                        \
	(AVAILABLE_MISMATCH(A, B, ATTR) || (AVAILABLE(A, B, ATTR) && (EXPR)))
/* ATTR when it is in LIST and differs between A and B, 0 otherwise. */
#define ATTR_DIFF(LIST, ATTR, A, B, EXPR)                                      \
	((((LIST) & (ATTR)) && ATTR_MISMATCH(A, B, ATTR, EXPR)) ? (ATTR) : 0)

/*
 * Growing hash tables (hashtable.c) ask keygens for keys modulo this
 * prime (2^31 - 1); _nl_key_mod() takes it without a division.
 */
#define NL_GROW_KEY_MODULUS 0x7fffffffu

static inline uint32_t _nl_key_mod(uint32_t h, uint32_t table_sz)
{
	if (table_sz == NL_GROW_KEY_MODULUS) {
		h = (h & NL_GROW_KEY_MODULUS) + (h >> 31);
		return h >= NL_GROW_KEY_MODULUS ? h - NL_GROW_KEY_MODULUS : h;
	}
	return table_sz ? h % table_sz : 0;
}

/* Keygens of the growing tables mix identifying values into a key with a
 * multiplication each (route, neighbour). */
/*
 * A 64-bit digest of a message's payload (family header of @hdrlen bytes
 * and attributes) for ce_digest, leaving out the top-level attributes
 * whose type (below 64) has its bit set in @skip.  Never 0.  Two messages
 * that differ only inside one 8-byte word of the family header or of a
 * kept attribute's payload never share a digest.  @left, when not NULL,
 * receives the attributes left out, in message order (n counts them all,
 * even past the array's room).
 */
#define NL_DIGEST_LEFT_MAX 4
struct nl_digest_left {
	unsigned int n;
	const struct nlattr *nla[NL_DIGEST_LEFT_MAX];
};

uint64_t _nl_msg_digest(const struct nlmsghdr *nlh, size_t hdrlen,
			uint64_t skip, struct nl_digest_left *left);

static inline uint32_t _nl_key_mix(uint32_t h, uint32_t v)
{
	h = (h ^ v) * 0x9e3779b1u;
	return h ^ (h >> 16);
}

/* @len bytes into @h, four at a time, the last ones zero-padded. */
static inline uint32_t _nl_key_mix_bytes(uint32_t h, const void *p,
					 unsigned int len)
{
	const unsigned char *b = p;
	uint32_t w;
	unsigned int i;

	for (i = 0; i + 4 <= len; i += 4) {
		memcpy(&w, b + i, 4);
		h = _nl_key_mix(h, w);
	}
	if (i < len) {
		w = 0;
		memcpy(&w, b + i, len - i);
		h = _nl_key_mix(h, w);
	}
	return h;
}

/* ------------------------------------------------------------------ */
/* Caches                                                               */

struct nl_msgtype {
	int mt_id;
	int mt_act;
	char *mt_name;
};
#define END_OF_MSGTYPES_LIST { -1, -1, NULL }

struct nl_af_group {
	int ag_family;
	int ag_group;
};
#define END_OF_GROUP_LIST AF_UNSPEC, 0

struct nl_parser_param {
	int (*pp_cb)(struct nl_object *, struct nl_parser_param *);
	void *pp_arg;
};

struct genl_ops;

struct nl_cache_ops {
	char *co_name;
	int co_hdrsize;
	int co_protocol;
	int co_hash_size;
	unsigned int co_flags;
	unsigned int co_refcnt;
	struct nl_af_group *co_groups;
	int (*co_request_update)(struct nl_cache *, struct nl_sock *);
	int (*co_msg_parser)(struct nl_cache_ops *, struct sockaddr_nl *,
			     struct nlmsghdr *, struct nl_parser_param *);
	int (*co_event_filter)(struct nl_cache *, struct nl_object *obj);
	int (*co_include_event)(struct nl_cache *cache, struct nl_object *obj,
				change_func_t change_cb,
				change_func_v2_t change_cb_v2, void *data);
	void (*reserved_1)(void);
	void (*reserved_2)(void);
	void (*reserved_3)(void);
	void (*reserved_4)(void);
	void (*reserved_5)(void);
	void (*reserved_6)(void);
	void (*reserved_7)(void);
	void (*reserved_8)(void);
	struct nl_object_ops *co_obj_ops;
	struct nl_cache_ops *co_next;
	struct nl_cache *co_major_cache;
	struct genl_ops *co_genl;
	/*
	 * For a type whose messages each give one object: parse @nlh (of a
	 * type in co_msgtypes, with room for co_hdrsize) into @obj, a new
	 * object of co_obj_ops.  Takes the place of co_msg_parser: the
	 * object goes to the parser's callback, and cache fills allocate
	 * and place such objects themselves.  < 0: an error.
	 */
	int (*co_parse_obj)(struct nlmsghdr *nlh, struct nl_object *obj);
	struct nl_msgtype co_msgtypes[];
};

struct nl_cache {
	struct nl_list_head c_items;
	int c_nitems;
	int c_iarg1;
	int c_iarg2;
	int c_refcnt;
	unsigned int c_flags;
	struct nl_hash_table *hashtable;
	struct nl_cache_ops *c_ops;

	/* --- fork --- */
	int c_consistent;	/* see nl_cache_is_consistent() */
	struct nl_object *c_filter;	/* see nl_cache_set_filter() */
	int c_whole_dumps;	/* a dump was interrupted: read them whole */
	/* readers and writers of a provided cache (nl-private/shared.h) */
	pthread_rwlock_t c_lock;
	uintptr_t c_writer;	/* the thread that holds the write lock */
	int c_write_depth;
	unsigned int c_gen;	/* refill passes, parity (NL_OBJ_GEN) */
};

static inline const char *nl_cache_name(struct nl_cache *cache)
{
	return cache->c_ops ? cache->c_ops->co_name : "unknown";
}

struct nl_cache_assoc {
	struct nl_cache *ca_cache;
	change_func_t ca_change;
	change_func_v2_t ca_change_v2;
	void *ca_change_data;

	/* --- fork --- */
	int ca_resync;		/* events were lost: resync until it succeeds */
};

struct nl_mngr_changes;

struct nl_cache_mngr {
	int cm_protocol;
	int cm_flags;
	int cm_nassocs;
	struct nl_sock *cm_sock;
	struct nl_sock *cm_sync_sock;
	struct nl_cache_assoc *cm_assocs;

	/* --- fork --- */
	struct nl_mngr_changes *cm_changes;	/* callbacks held back */
};

/* ------------------------------------------------------------------ */
/* Translation tables (exported helpers __type2str and friends)         */

struct trans_tbl {
	uint64_t i;
	const char *a;
};
#define __ADD(id, name) { .i = id, .a = #name }

struct trans_list {
	int i;
	char *a;
	struct nl_list_head list;
};

char *__type2str(int, char *, size_t, const struct trans_tbl *, size_t);
int __str2type(const char *, const struct trans_tbl *, size_t);
char *__flags2str(int, char *, size_t, const struct trans_tbl *, size_t);
int __str2flags(const char *, const struct trans_tbl *, size_t);
char *__list_type2str(int, char *, size_t, struct nl_list_head *);
int __list_str2type(const char *, struct nl_list_head *);
int __trans_list_add(int, const char *, struct nl_list_head *);
void __trans_list_clear(struct nl_list_head *);
int __nl_read_num_str_file(const char *path, int (*cb)(long, const char *));
const char *nl_strerror_l(int err);
int nl_cache_parse(struct nl_cache_ops *, struct sockaddr_nl *,
		   struct nlmsghdr *, struct nl_parser_param *);
void nl_dump_line(struct nl_dump_params *params, const char *fmt, ...);

/* Wait for the ACK unless the socket turned auto-ack off. */
static inline int _nl_wait_for_ack(struct nl_sock *sk)
{
	if (sk->s_flags & NL_NO_AUTO_ACK)
		return 0;
	return nl_wait_for_ack(sk);
}

/*
 * The *_get_kernel() pattern of every library: send @msg (freed here),
 * parse the one object of the answer with @parser, then read the ACK.
 * @return 0 and the object (one reference) in @result; -NLE_OBJ_NOTFOUND
 * when the answer held none; the error of the send, receive or ACK.
 */
static inline int _nl_get_kernel_obj(struct nl_sock *sk, struct nl_msg *msg,
				     int (*parser)(struct nl_cache_ops *,
						   struct sockaddr_nl *,
						   struct nlmsghdr *,
						   struct nl_parser_param *),
				     struct nl_object **result)
{
	struct nl_object *obj = NULL;
	int err = nl_send_auto(sk, msg);

	nlmsg_free(msg);
	if (err < 0)
		return err;
	err = nl_pickup(sk, parser, &obj);
	if (err < 0)
		return err;
	if (!obj)
		return -NLE_OBJ_NOTFOUND;
	err = _nl_wait_for_ack(sk);
	if (err < 0 && err != -NLE_AGAIN) {
		nl_object_put(obj);
		return err;
	}
	*result = obj;
	return 0;
}

#include "nl-private/debug.h"

#endif
