/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * netlink._nl: the C half of the Python bindings.  Wrapper types own one
 * reference to a libnl object; everything else is a call into the public
 * C API.
 */
#ifndef NLPY_H_
#define NLPY_H_

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/object.h>
#include <netlink/addr.h>
#include <netlink/msg.h>
#include <netlink/attr.h>
#include <netlink/handlers.h>
#include <netlink/socket.h>
#include <netlink/utils.h>

/* Attribute kinds of struct nlpy_attr */
enum {
	K_U8, K_U16, K_U32, K_INT, K_U64,	/* value returned */
	K_OUT8, K_OUT16, K_OUT32, K_OUT64,	/* int get(obj, T *out) */
	K_STR,					/* char *get(obj) */
	K_ADDR,					/* struct nl_addr *get(obj) */
	K_ENUM,		/* K_INT getter, tostr/fromstr names the values */
	K_ENUM8,	/* K_U8 getter, same */
	K_FLAGS,	/* unsigned getter, set/unset, tostr/fromstr per flag */
};

typedef void (*nlpy_fn)(void);

/* One attribute of an object type: its accessors and how values look. */
struct nlpy_attr {
	const char *name;
	unsigned char kind;
	unsigned char set_int;		/* the setter returns an int error */
	nlpy_fn get, set, unset;
	nlpy_fn tostr, fromstr;
	const char *get_name, *set_name, *unset_name;
	const struct nlpy_kind *owner;
};

/* An object type (by libnl's type name) and its attribute table. */
struct nlpy_kind {
	const char *type;		/* nl_object_get_type() */
	const char *cache;		/* cache type name */
	const char *prefix;		/* C prefix, e.g. "rtnl_link_" */
	struct nlpy_attr *attrs;
	PyObject *pyclass;		/* registered Python class */
	PyObject *cacheclass;
};

extern struct nlpy_kind *nlpy_kinds[];
struct nlpy_kind *nlpy_kind_by_type(const char *type);
int nlpy_kind_accepts(const struct nlpy_kind *owner, const struct nlpy_kind *k);
extern struct nlpy_attr nlpy_route_nh_attrs[];

/* Wrapper structs */
typedef struct {
	PyObject_HEAD
	struct nl_object *obj;
	struct nlpy_kind *kind;
	PyObject *dict;
	PyObject *weak;
} nlpy_Object;

typedef struct {
	PyObject_HEAD
	struct nl_addr *addr;
} nlpy_Addr;

typedef struct {
	PyObject_HEAD
	struct nl_sock *sk;
	PyObject *retry;	/* the retry callable, or NULL */
	PyObject *cb;		/* the Cb wrapper the socket was made with */
	int busy;
	int own;		/* free the socket with the wrapper */
	PyObject *dict;
	PyObject *weak;
} nlpy_Socket;

typedef struct {
	PyObject_HEAD
	struct nl_cache *cache;
	struct nlpy_kind *kind;
	int busy;
	int own;
	PyObject *mngr;		/* manager keeping the cache, or NULL */
	char name[32];		/* cache type name */
	PyObject *dict;
	PyObject *weak;
} nlpy_Cache;

typedef struct {
	PyObject_HEAD
	struct nl_msg *msg;
	PyObject *dict;
} nlpy_Msg;

#define NLPY_NCB (NL_CB_TYPE_MAX + 1)
typedef struct {
	PyObject_HEAD
	struct nl_cb *cb;
	PyObject *func[NLPY_NCB + 1];	/* last: the error handler */
	PyObject *arg[NLPY_NCB + 1];
	PyObject *dict;
} nlpy_Cb;

/* A pointer into a message (header or attribute), keeping it alive. */
typedef struct {
	PyObject_HEAD
	void *p;
	PyObject *owner;
	int kind;		/* 'h' nlmsghdr, 'a' nlattr */
} nlpy_Ptr;

extern PyTypeObject nlpy_ObjectType, nlpy_AddrType, nlpy_SocketType,
	nlpy_CacheType, nlpy_MsgType, nlpy_CbType, nlpy_PtrType,
	nlpy_PolicyType, nlpy_PolicyEntryType, nlpy_MngrType,
	nlpy_NexthopType;

/* errors: netlink._errors' classes */
extern PyObject *nlpy_NetlinkError, *nlpy_KernelError,
	*nlpy_DumpInconsistentError, *nlpy_DumpAbortedError,
	*nlpy_ImmutableError;
PyObject *nlpy_raise(int err, struct nl_sock *sk);

/*
 * Blocking calls run without the GIL.  While one does, references that
 * wrappers drop are queued and released when no such call is left, so
 * that libnl's non-atomic reference counts are only touched by one
 * thread at a time.
 */
extern int nlpy_busy;
void nlpy_enter(void);
void nlpy_leave(void);
void nlpy_put_object(struct nl_object *obj);
void nlpy_put_addr(struct nl_addr *addr);
void nlpy_put_msg(struct nl_msg *msg);
void nlpy_put_cb(struct nl_cb *cb);
void nlpy_put_cache(struct nl_cache *cache);
#define NLPY_BLOCKING(stmt) do {		\
	nlpy_enter();				\
	Py_BEGIN_ALLOW_THREADS			\
	stmt;					\
	Py_END_ALLOW_THREADS			\
	nlpy_leave();				\
} while (0)

/* An exception raised in a callback while the C library ran. */
void nlpy_stash_exception(void);
int nlpy_restore_exception(void);	/* 1 when one was pending */

PyObject *nlpy_wrap_object(struct nl_object *obj, PyTypeObject *type);
PyObject *nlpy_wrap_addr(struct nl_addr *addr);
PyObject *nlpy_wrap_cache(struct nl_cache *cache, PyTypeObject *type,
			  const char *name);
PyObject *nlpy_wrap_msg(struct nl_msg *msg);
struct nl_object *nlpy_object_ptr(PyObject *o, const char *type);
struct nl_addr *nlpy_addr_arg(PyObject *o, int family);
struct nl_sock *nlpy_sock_ptr(PyObject *o);
PyObject *nlpy_attr_get(void *target, const struct nlpy_attr *a, int raw);
int nlpy_attr_set(void *target, const struct nlpy_attr *a, PyObject *v,
		  int raw);
int nlpy_socket_check(nlpy_Socket *s);
PyObject *nlpy_lookup_socket(int protocol);

int nlpy_init_objects(PyObject *m);
int nlpy_init_sockets(PyObject *m);
int nlpy_init_caches(PyObject *m);
int nlpy_init_capi(PyObject *m);

#endif
