/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * netlink._nl: module setup, errors, and the rules for calls that run
 * without the GIL.
 */
#include "nlpy.h"

#include <netlink/errno.h>
#include <netlink/version.h>

PyObject *nlpy_NetlinkError, *nlpy_KernelError, *nlpy_DumpInconsistentError,
	*nlpy_DumpAbortedError, *nlpy_ImmutableError;

PyObject *nlpy_raise(int err, struct nl_sock *sk)
{
	PyObject *cls = nlpy_NetlinkError, *exc;
	const char *why = NULL;

	if (err < 0)
		err = -err;
	if (err == NLE_DUMP_INCONSISTENT)
		cls = nlpy_DumpInconsistentError;
	else if (err == NLE_DUMP_ABORTED)
		cls = nlpy_DumpAbortedError;
	else if (sk) {
		cls = nlpy_KernelError;
		why = nl_socket_get_ext_ack_msg(sk);
	}
	if (why)
		exc = PyObject_CallFunction(cls, "is", err, why);
	else
		exc = PyObject_CallFunction(cls, "i", err);
	if (exc) {
		PyErr_SetObject(cls, exc);
		Py_DECREF(exc);
	}
	return NULL;
}

/* Deferred releases, see nlpy.h */
int nlpy_busy;

struct deferred {
	void (*put)(void *);
	void *p;
};
static struct deferred *defer_list;
static size_t defer_len, defer_cap;

static void defer(void (*put)(void *), void *p)
{
	if (!nlpy_busy) {
		put(p);
		return;
	}
	if (defer_len == defer_cap) {
		size_t cap = defer_cap ? 2 * defer_cap : 64;
		struct deferred *n = PyMem_RawRealloc(defer_list,
						      cap * sizeof(*n));

		if (!n) {
			/* leaking beats a race on a reference count */
			return;
		}
		defer_list = n;
		defer_cap = cap;
	}
	defer_list[defer_len].put = put;
	defer_list[defer_len].p = p;
	defer_len++;
}

void nlpy_enter(void)
{
	nlpy_busy++;
}

void nlpy_leave(void)
{
	if (--nlpy_busy)
		return;
	while (defer_len) {
		struct deferred d = defer_list[--defer_len];

		d.put(d.p);
	}
}

static void put_object(void *p) { nl_object_put(p); }
static void put_addr(void *p) { nl_addr_put(p); }
static void put_msg(void *p) { nlmsg_free(p); }
static void put_cb(void *p) { nl_cb_put(p); }
static void put_cache(void *p) { nl_cache_free(p); }
void nlpy_put_cache(struct nl_cache *c) { defer(put_cache, c); }
void nlpy_put_object(struct nl_object *obj) { defer(put_object, obj); }
void nlpy_put_addr(struct nl_addr *addr) { defer(put_addr, addr); }
void nlpy_put_msg(struct nl_msg *msg) { defer(put_msg, msg); }
void nlpy_put_cb(struct nl_cb *cb) { defer(put_cb, cb); }

/*
 * Exceptions raised by Python callbacks that the C library called: kept
 * per thread until the call returns to Python.
 */
static _Thread_local PyObject *pend_type, *pend_value, *pend_tb;

void nlpy_stash_exception(void)
{
	if (pend_type) {	/* keep the first */
		PyErr_Clear();
		return;
	}
	PyErr_Fetch(&pend_type, &pend_value, &pend_tb);
}

int nlpy_restore_exception(void)
{
	if (!pend_type)
		return 0;
	PyErr_Restore(pend_type, pend_value, pend_tb);
	pend_type = pend_value = pend_tb = NULL;
	return 1;
}

static PyObject *py_geterror(PyObject *self, PyObject *arg)
{
	int err = PyLong_AsLong(arg);

	if (err == -1 && PyErr_Occurred())
		return NULL;
	return PyUnicode_FromString(nl_geterror(err));
}

static PyMethodDef module_methods[] = {
	{ "geterror", py_geterror, METH_O,
	  "The text of a libnl error code (either sign)." },
	{ NULL }
};

static struct PyModuleDef nlmodule = {
	PyModuleDef_HEAD_INIT, "netlink._nl",
	"C half of the libnl bindings: wrappers over the public C API.",
	-1, module_methods,
};

static int load_errors(void)
{
	PyObject *m = PyImport_ImportModule("netlink._errors");

	if (!m)
		return -1;
	nlpy_NetlinkError = PyObject_GetAttrString(m, "NetlinkError");
	nlpy_KernelError = PyObject_GetAttrString(m, "KernelError");
	nlpy_DumpInconsistentError =
		PyObject_GetAttrString(m, "DumpInconsistentError");
	nlpy_DumpAbortedError = PyObject_GetAttrString(m, "DumpAbortedError");
	nlpy_ImmutableError = PyObject_GetAttrString(m, "ImmutableError");
	Py_DECREF(m);
	if (!nlpy_NetlinkError || !nlpy_KernelError ||
	    !nlpy_DumpInconsistentError || !nlpy_DumpAbortedError ||
	    !nlpy_ImmutableError)
		return -1;
	return 0;
}

PyMODINIT_FUNC PyInit__nl(void)
{
	PyObject *m = PyModule_Create(&nlmodule);

	if (!m)
		return NULL;
	if (load_errors() < 0 ||
	    PyModule_AddStringConstant(m, "LIBNL_VERSION", LIBNL_VERSION) < 0 ||
	    PyModule_AddStringConstant(m, "LIBNL_FORK_VERSION",
				       LIBNL_FORK_VERSION) < 0 ||
	    nlpy_init_objects(m) < 0 || nlpy_init_sockets(m) < 0 ||
	    nlpy_init_caches(m) < 0 || nlpy_init_capi(m) < 0) {
		Py_DECREF(m);
		return NULL;
	}
	return m;
}
