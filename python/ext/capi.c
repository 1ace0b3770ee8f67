/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The flat functions of netlink.capi, netlink.route.capi and
 * netlink.genl.capi: the C API function by function.  Each one is a typed
 * thunk (so the compiler checks every call) and a row in one table; its
 * argument letters tell how Python values become C arguments.
 *
 *   k socket   m message   b callbacks   c cache   o object   a address
 *   n attribute   h message header   i int   u uint32   U uint64   s string
 *
 * Return letters: the same, plus v (nothing), B uint8, W uint16,
 * O (new object reference), T (text written into a buffer).
 */
#include "nlpy.h"

#include <net/if.h>
#include <netlink/errno.h>
#include <netlink/genl/genl.h>
#include <netlink/genl/ctrl.h>
#include <netlink/route/link.h>
#include <netlink/route/addr.h>
#include <netlink/route/route.h>
#include <netlink/route/neighbour.h>
#include <netlink/route/rule.h>
#include <netlink/route/nh.h>
#include <netlink/route/tc.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/class.h>
#include <netlink/route/classifier.h>
#include <netlink/route/link/vlan.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/inet.h>

/* ------------------------------------------------------------------ */
/* Messages, headers and attributes                                     */

PyObject *nlpy_wrap_msg(struct nl_msg *msg)
{
	nlpy_Msg *m = PyObject_GC_New(nlpy_Msg, &nlpy_MsgType);

	if (!m)
		return NULL;
	nlmsg_get(msg);
	m->msg = msg;
	m->dict = NULL;
	PyObject_GC_Track(m);
	return (PyObject *)m;
}

static PyObject *Msg_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "size", NULL };
	Py_ssize_t size = 0;
	nlpy_Msg *m;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|n:Message", kwl, &size))
		return NULL;
	m = (nlpy_Msg *)type->tp_alloc(type, 0);
	if (!m)
		return NULL;
	m->msg = size ? nlmsg_alloc_size(size) : nlmsg_alloc();
	if (!m->msg) {
		Py_DECREF(m);
		return PyErr_NoMemory();
	}
	return (PyObject *)m;
}

static int Msg_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static void Msg_dealloc(nlpy_Msg *m)
{
	PyObject_GC_UnTrack(m);
	Py_CLEAR(m->dict);
	if (m->msg)
		nlpy_put_msg(m->msg);
	Py_TYPE(m)->tp_free((PyObject *)m);
}

static int Msg_traverse(nlpy_Msg *m, visitproc visit, void *arg)
{
	Py_VISIT(m->dict);
	return 0;
}

static int Msg_clear(nlpy_Msg *m)
{
	Py_CLEAR(m->dict);
	return 0;
}

static Py_ssize_t Msg_len(nlpy_Msg *m)
{
	if (!m->msg) {
		PyErr_SetString(PyExc_ValueError, "message was freed");
		return -1;
	}
	return nlmsg_hdr(m->msg)->nlmsg_len;
}

static PyObject *Msg_bytes(nlpy_Msg *m, PyObject *unused)
{
	Py_ssize_t n = Msg_len(m);

	if (n < 0)
		return NULL;
	return PyBytes_FromStringAndSize((char *)nlmsg_hdr(m->msg), n);
}

static PyObject *Msg_send(nlpy_Msg *m, PyObject *sock)
{
	struct nl_sock *sk = nlpy_sock_ptr(sock);
	int err;

	if (!sk || Msg_len(m) < 0)
		return NULL;
	NLPY_BLOCKING(err = nl_send_auto(sk, m->msg));
	if (err < 0)
		return nlpy_raise(err, NULL);
	return PyLong_FromLong(err);
}

static PyMethodDef Msg_methods[] = {
	{ "send", (PyCFunction)Msg_send, METH_O,
	  "send(socket): complete the header and send (nl_send_auto())." },
	{ "__bytes__", (PyCFunction)Msg_bytes, METH_NOARGS, NULL },
	{ NULL }
};

static PyGetSetDef Msg_getset[] = {
	{ "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict },
	{ NULL }
};

static PySequenceMethods Msg_as_seq = { .sq_length = (lenfunc)Msg_len };

PyTypeObject nlpy_MsgType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Message",
	.tp_basicsize = sizeof(nlpy_Msg),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
		    Py_TPFLAGS_HAVE_GC,
	.tp_doc = "A netlink message (struct nl_msg).",
	.tp_new = Msg_new,
	.tp_init = Msg_init,
	.tp_dealloc = (destructor)Msg_dealloc,
	.tp_traverse = (traverseproc)Msg_traverse,
	.tp_clear = (inquiry)Msg_clear,
	.tp_as_sequence = &Msg_as_seq,
	.tp_methods = Msg_methods,
	.tp_getset = Msg_getset,
	.tp_dictoffset = offsetof(nlpy_Msg, dict),
};

static PyObject *wrap_ptr(void *p, PyObject *owner, int kind)
{
	nlpy_Ptr *w = PyObject_New(nlpy_Ptr, &nlpy_PtrType);

	if (!w)
		return NULL;
	w->p = p;
	w->owner = Py_NewRef(owner);
	w->kind = kind;
	return (PyObject *)w;
}

static void Ptr_dealloc(nlpy_Ptr *w)
{
	Py_XDECREF(w->owner);
	PyObject_Free(w);
}

static PyObject *Ptr_repr(nlpy_Ptr *w)
{
	if (w->kind == 'h')
		return PyUnicode_FromFormat("<nlmsghdr type %d len %u>",
			((struct nlmsghdr *)w->p)->nlmsg_type,
			((struct nlmsghdr *)w->p)->nlmsg_len);
	return PyUnicode_FromFormat("<nlattr type %d len %d>",
				    nla_type(w->p), nla_len(w->p));
}

PyTypeObject nlpy_PtrType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Pointer",
	.tp_basicsize = sizeof(nlpy_Ptr),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "A message header or attribute inside a message.",
	.tp_dealloc = (destructor)Ptr_dealloc,
	.tp_repr = (reprfunc)Ptr_repr,
};

/* ------------------------------------------------------------------ */
/* Callbacks                                                            */

static PyStructSequence_Field err_fields[] = {
	{ "error", "negative errno the kernel sent" },
	{ "type", "message type of the failed request" },
	{ "seq", "sequence number of the failed request" },
	{ NULL }
};
static PyStructSequence_Desc err_desc = {
	"netlink._nl.NlMsgErr", "An NLMSG_ERROR message.", err_fields, 3
};
static PyTypeObject *ErrType;

static PyObject *Cb_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "kind", NULL };
	int kind = NL_CB_DEFAULT;
	nlpy_Cb *c;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|i:Callback", kwl, &kind))
		return NULL;
	c = (nlpy_Cb *)type->tp_alloc(type, 0);
	if (!c)
		return NULL;
	c->cb = nl_cb_alloc(kind);
	if (!c->cb) {
		Py_DECREF(c);
		return nlpy_raise(-NLE_INVAL, NULL);
	}
	return (PyObject *)c;
}

static int Cb_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static int Cb_traverse(nlpy_Cb *c, visitproc visit, void *arg)
{
	int i;

	for (i = 0; i <= NLPY_NCB; i++) {
		Py_VISIT(c->func[i]);
		Py_VISIT(c->arg[i]);
	}
	Py_VISIT(c->dict);
	return 0;
}

static int Cb_clear(nlpy_Cb *c)
{
	int i;

	for (i = 0; i <= NLPY_NCB; i++) {
		Py_CLEAR(c->func[i]);
		Py_CLEAR(c->arg[i]);
	}
	Py_CLEAR(c->dict);
	return 0;
}

static void Cb_dealloc(nlpy_Cb *c)
{
	PyObject_GC_UnTrack(c);
	Cb_clear(c);
	if (c->cb)
		nlpy_put_cb(c->cb);
	Py_TYPE(c)->tp_free((PyObject *)c);
}

static int call_handler(PyObject *func, PyObject *a0, PyObject *arg)
{
	PyObject *r;
	long v = NL_OK;

	if (!a0)
		goto fail;
	r = PyObject_CallFunctionObjArgs(func, a0, arg ? arg : Py_None, NULL);
	Py_DECREF(a0);
	if (!r)
		goto fail;
	if (r != Py_None) {
		v = PyLong_AsLong(r);
		if (v == -1 && PyErr_Occurred()) {
			Py_DECREF(r);
			goto fail;
		}
	}
	Py_DECREF(r);
	return (int)v;
fail:
	nlpy_stash_exception();
	return NL_STOP;
}

/* The C side's argument is the address of the slot in the wrapper. */
static int msg_trampoline(struct nl_msg *msg, void *data)
{
	PyObject **slot = data;		/* { func, ..., arg at NLPY_NCB+1 } */
	PyGILState_STATE g = PyGILState_Ensure();
	int r = call_handler(slot[0], nlpy_wrap_msg(msg), slot[NLPY_NCB + 1]);

	PyGILState_Release(g);
	return r;
}

static int err_trampoline(struct sockaddr_nl *nla, struct nlmsgerr *e,
			  void *data)
{
	PyObject **slot = data;
	PyGILState_STATE g = PyGILState_Ensure();
	PyObject *o = PyStructSequence_New(ErrType);
	int r;

	if (o) {
		PyStructSequence_SET_ITEM(o, 0, PyLong_FromLong(e->error));
		PyStructSequence_SET_ITEM(o, 1, PyLong_FromLong(e->msg.nlmsg_type));
		PyStructSequence_SET_ITEM(o, 2, PyLong_FromUnsignedLong(e->msg.nlmsg_seq));
		if (PyErr_Occurred())
			Py_CLEAR(o);
	}
	r = call_handler(slot[0], o, slot[NLPY_NCB + 1]);
	PyGILState_Release(g);
	return r;
}

static nlpy_Cb *cb_arg(PyObject *o)
{
	if (!PyObject_TypeCheck(o, &nlpy_CbType)) {
		PyErr_Format(PyExc_TypeError, "Callback expected, not %s",
			     Py_TYPE(o)->tp_name);
		return NULL;
	}
	if (!((nlpy_Cb *)o)->cb) {
		PyErr_SetString(PyExc_ValueError, "callbacks were freed");
		return NULL;
	}
	return (nlpy_Cb *)o;
}

/* Slot i of the wrapper: func[i], and arg[i] NLPY_NCB + 1 entries on. */
static int cb_store(nlpy_Cb *c, int i, PyObject *func, PyObject *arg)
{
	Py_XSETREF(c->func[i], Py_NewRef(func));
	Py_XSETREF(c->arg[i], Py_NewRef(arg));
	return 0;
}

static int set_one(nlpy_Cb *c, int type, int kind, PyObject *func,
		   PyObject *arg)
{
	int err;

	if (type < 0 || type > NL_CB_TYPE_MAX) {
		PyErr_Format(PyExc_ValueError, "callback type %d", type);
		return -1;
	}
	if (kind == NL_CB_CUSTOM) {
		if (!PyCallable_Check(func)) {
			PyErr_SetString(PyExc_TypeError, "handler must be callable");
			return -1;
		}
		cb_store(c, type, func, arg);
		err = nl_cb_set(c->cb, type, kind, msg_trampoline,
				&c->func[type]);
	} else
		err = nl_cb_set(c->cb, type, kind, NULL, NULL);
	if (err < 0) {
		nlpy_raise(err, NULL);
		return -1;
	}
	return 0;
}

static PyObject *py_nl_cb_set(PyObject *self, PyObject *args)
{
	PyObject *co, *func = Py_None, *arg = Py_None;
	int type, kind;
	nlpy_Cb *c;

	if (!PyArg_ParseTuple(args, "Oii|OO", &co, &type, &kind, &func, &arg) ||
	    !(c = cb_arg(co)) || set_one(c, type, kind, func, arg) < 0)
		return NULL;
	return PyLong_FromLong(0);
}

static PyObject *py_nl_cb_set_all(PyObject *self, PyObject *args)
{
	PyObject *co, *func = Py_None, *arg = Py_None;
	int type, kind;
	nlpy_Cb *c;

	if (!PyArg_ParseTuple(args, "Oi|OO", &co, &kind, &func, &arg) ||
	    !(c = cb_arg(co)))
		return NULL;
	for (type = 0; type <= NL_CB_TYPE_MAX; type++)
		if (set_one(c, type, kind, func, arg) < 0)
			return NULL;
	return PyLong_FromLong(0);
}

static PyObject *py_nl_cb_err(PyObject *self, PyObject *args)
{
	PyObject *co, *func = Py_None, *arg = Py_None;
	int kind, err;
	nlpy_Cb *c;

	if (!PyArg_ParseTuple(args, "Oi|OO", &co, &kind, &func, &arg) ||
	    !(c = cb_arg(co)))
		return NULL;
	if (kind == NL_CB_CUSTOM) {
		if (!PyCallable_Check(func)) {
			PyErr_SetString(PyExc_TypeError, "handler must be callable");
			return NULL;
		}
		cb_store(c, NLPY_NCB, func, arg);
		err = nl_cb_err(c->cb, kind, err_trampoline, &c->func[NLPY_NCB]);
	} else
		err = nl_cb_err(c->cb, kind, NULL, NULL);
	if (err < 0)
		return nlpy_raise(err, NULL);
	return PyLong_FromLong(0);
}

static PyObject *Cb_clone(nlpy_Cb *c, PyObject *unused)
{
	nlpy_Cb *n;
	int i;

	if (!c->cb) {
		PyErr_SetString(PyExc_ValueError, "callbacks were freed");
		return NULL;
	}
	n = (nlpy_Cb *)Py_TYPE(c)->tp_alloc(Py_TYPE(c), 0);
	if (!n)
		return NULL;
	n->cb = nl_cb_clone(c->cb);
	if (!n->cb) {
		Py_DECREF(n);
		return PyErr_NoMemory();
	}
	/* the clone points to its own slots */
	for (i = 0; i <= NLPY_NCB; i++) {
		Py_XINCREF(c->func[i]);
		n->func[i] = c->func[i];
		Py_XINCREF(c->arg[i]);
		n->arg[i] = c->arg[i];
		if (!n->func[i])
			continue;
		if (i == NLPY_NCB)
			nl_cb_err(n->cb, NL_CB_CUSTOM, err_trampoline,
				  &n->func[i]);
		else
			nl_cb_set(n->cb, i, NL_CB_CUSTOM, msg_trampoline,
				  &n->func[i]);
	}
	return (PyObject *)n;
}

static PyObject *Cb_set_type(nlpy_Cb *c, PyObject *args)
{
	PyObject *func = Py_None, *arg = Py_None;
	int type, kind;

	if (!PyArg_ParseTuple(args, "ii|OO:set_type", &type, &kind, &func, &arg) ||
	    !cb_arg((PyObject *)c) || set_one(c, type, kind, func, arg) < 0)
		return NULL;
	Py_RETURN_NONE;
}

static PyMethodDef Cb_methods[] = {
	{ "clone", (PyCFunction)Cb_clone, METH_NOARGS, "A copy (nl_cb_clone())." },
	{ "set_type", (PyCFunction)Cb_set_type, METH_VARARGS,
	  "set_type(type, kind, func=None, arg=None): nl_cb_set()." },
	{ NULL }
};

PyTypeObject nlpy_CbType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Callback",
	.tp_basicsize = sizeof(nlpy_Cb),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
		    Py_TPFLAGS_HAVE_GC,
	.tp_doc = "A set of callbacks (struct nl_cb).",
	.tp_new = Cb_new,
	.tp_init = Cb_init,
	.tp_dealloc = (destructor)Cb_dealloc,
	.tp_traverse = (traverseproc)Cb_traverse,
	.tp_clear = (inquiry)Cb_clear,
	.tp_methods = Cb_methods,
	.tp_dictoffset = offsetof(nlpy_Cb, dict),
};

/* ------------------------------------------------------------------ */
/* Attribute policies                                                   */

typedef struct {
	PyObject_HEAD
	struct nla_policy *pol;
	int n;
} nlpy_Policy;

typedef struct {
	PyObject_HEAD
	nlpy_Policy *owner;
	int i;
} nlpy_PolicyEntry;

static void Policy_dealloc(nlpy_Policy *p)
{
	PyMem_Free(p->pol);
	PyObject_Free(p);
}

static Py_ssize_t Policy_len(nlpy_Policy *p)
{
	return p->n;
}

static PyObject *Policy_item(nlpy_Policy *p, Py_ssize_t i)
{
	nlpy_PolicyEntry *e;

	if (i < 0 || i >= p->n) {
		PyErr_SetString(PyExc_IndexError, "policy index out of range");
		return NULL;
	}
	e = PyObject_New(nlpy_PolicyEntry, &nlpy_PolicyEntryType);
	if (!e)
		return NULL;
	e->owner = (nlpy_Policy *)Py_NewRef(p);
	e->i = i;
	return (PyObject *)e;
}

static PySequenceMethods Policy_as_seq = {
	.sq_length = (lenfunc)Policy_len,
	.sq_item = (ssizeargfunc)Policy_item,
};

PyTypeObject nlpy_PolicyType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Policy",
	.tp_basicsize = sizeof(nlpy_Policy),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "An array of struct nla_policy.",
	.tp_dealloc = (destructor)Policy_dealloc,
	.tp_as_sequence = &Policy_as_seq,
};

static void PolicyEntry_dealloc(nlpy_PolicyEntry *e)
{
	Py_DECREF(e->owner);
	PyObject_Free(e);
}

static PyObject *pe_get(nlpy_PolicyEntry *e, void *c)
{
	struct nla_policy *p = &e->owner->pol[e->i];

	switch ((intptr_t)c) {
	case 0: return PyLong_FromLong(p->type);
	case 1: return PyLong_FromLong(p->minlen);
	default: return PyLong_FromLong(p->maxlen);
	}
}

static int pe_set(nlpy_PolicyEntry *e, PyObject *v, void *c)
{
	struct nla_policy *p = &e->owner->pol[e->i];
	long n = v ? PyLong_AsLong(v) : -1;

	if (n == -1 && PyErr_Occurred())
		return -1;
	if (n < 0 || n > 0xffff) {
		PyErr_SetString(PyExc_ValueError, "policy value out of range");
		return -1;
	}
	switch ((intptr_t)c) {
	case 0: p->type = n; break;
	case 1: p->minlen = n; break;
	default: p->maxlen = n; break;
	}
	return 0;
}

static PyGetSetDef pe_getset[] = {
	{ "type", (getter)pe_get, (setter)pe_set, "NLA_* type", (void *)0 },
	{ "minlen", (getter)pe_get, (setter)pe_set, NULL, (void *)1 },
	{ "maxlen", (getter)pe_get, (setter)pe_set, NULL, (void *)2 },
	{ NULL }
};

PyTypeObject nlpy_PolicyEntryType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.PolicyEntry",
	.tp_basicsize = sizeof(nlpy_PolicyEntry),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_dealloc = (destructor)PolicyEntry_dealloc,
	.tp_getset = pe_getset,
};

static PyObject *py_nla_policy_array(PyObject *self, PyObject *arg)
{
	long n = PyLong_AsLong(arg);
	nlpy_Policy *p;

	if (n == -1 && PyErr_Occurred())
		return NULL;
	if (n <= 0 || n > 65536) {
		PyErr_SetString(PyExc_ValueError, "policy size out of range");
		return NULL;
	}
	p = PyObject_New(nlpy_Policy, &nlpy_PolicyType);
	if (!p)
		return NULL;
	p->n = n;
	p->pol = PyMem_Calloc(n, sizeof(*p->pol));
	if (!p->pol) {
		p->n = 0;
		Py_DECREF(p);
		return PyErr_NoMemory();
	}
	return (PyObject *)p;
}

/* ------------------------------------------------------------------ */
/* Argument conversion                                                  */

union arg {
	void *p;
	struct nl_sock *k;
	struct nl_msg *m;
	struct nl_cb *b;
	struct nl_cache *c;
	void *o;
	struct nl_addr *a;
	struct nlattr *n;
	struct nlmsghdr *h;
	int i;
	uint32_t u;
	uint64_t U;
	const char *s;
	uint8_t B;
	uint16_t W;
	char *T;
};

struct capi_fn {
	const char *name;
	const char *sig;	/* "r:args" */
	void (*thunk)(union arg *a, union arg *r);
	unsigned char group;	/* 'c' core, 'r' route, 'g' genl */
	unsigned char blocking;
	const char *objtype;	/* for o arguments and O results */
};

static _Thread_local char tbuf[256];

/* Keeps the wrappers and addresses an argument list refers to. */
struct argref {
	struct nl_addr *addrs[6];
	int naddrs;
	nlpy_Socket *sock;
};

static int Ptr_check(PyObject *o, int kind)
{
	if (!PyObject_TypeCheck(o, &nlpy_PtrType) ||
	    ((nlpy_Ptr *)o)->kind != kind) {
		PyErr_Format(PyExc_TypeError, "%s expected, not %s",
			     kind == 'h' ? "message header" : "attribute",
			     Py_TYPE(o)->tp_name);
		return -1;
	}
	return 0;
}

static int convert(const struct capi_fn *f, char code, PyObject *v,
		   union arg *a, struct argref *ref)
{
	unsigned long long ull;
	long long ll;

	switch (code) {
	case 'k':
		if (!(a->k = nlpy_sock_ptr(v)))
			return -1;
		ref->sock = (nlpy_Socket *)v;
		return 0;
	case 'm':
		if (!PyObject_TypeCheck(v, &nlpy_MsgType) ||
		    !((nlpy_Msg *)v)->msg) {
			PyErr_SetString(PyExc_TypeError, "a live Message expected");
			return -1;
		}
		a->m = ((nlpy_Msg *)v)->msg;
		return 0;
	case 'b': {
		nlpy_Cb *c = cb_arg(v);

		if (!c)
			return -1;
		a->b = c->cb;
		return 0;
	}
	case 'c':
		if (!PyObject_TypeCheck(v, &nlpy_CacheType) ||
		    !((nlpy_Cache *)v)->cache) {
			PyErr_SetString(PyExc_TypeError, "a Cache expected");
			return -1;
		}
		a->c = ((nlpy_Cache *)v)->cache;
		return 0;
	case 'o':
		return (a->o = nlpy_object_ptr(v, f->objtype)) ? 0 : -1;
	case 'a':
		if (ref->naddrs == 6)
			return -1;
		if (!(a->a = nlpy_addr_arg(v, AF_UNSPEC)))
			return -1;
		ref->addrs[ref->naddrs++] = a->a;
		return 0;
	case 'n':
	case 'h':
		if (Ptr_check(v, code == 'n' ? 'a' : 'h') < 0)
			return -1;
		a->p = ((nlpy_Ptr *)v)->p;
		return 0;
	case 'i':
		ll = PyLong_AsLongLong(v);
		if (ll == -1 && PyErr_Occurred())
			return -1;
		if (ll < INT32_MIN || ll > UINT32_MAX) {
			PyErr_SetString(PyExc_OverflowError, "int out of range");
			return -1;
		}
		a->i = (int)ll;
		return 0;
	case 'u':
		ll = PyLong_AsLongLong(v);
		if (ll == -1 && PyErr_Occurred())
			return -1;
		if (ll < INT32_MIN || ll > UINT32_MAX) {
			PyErr_SetString(PyExc_OverflowError, "int out of range");
			return -1;
		}
		a->u = (uint32_t)ll;
		return 0;
	case 'U':
		ull = PyLong_AsUnsignedLongLongMask(v);
		if (ull == (unsigned long long)-1 && PyErr_Occurred())
			return -1;
		a->U = ull;
		return 0;
	case 'B':
	case 'W':
		ll = PyLong_AsLongLong(v);
		if (ll == -1 && PyErr_Occurred())
			return -1;
		if (ll < 0 || ll > (code == 'B' ? 0xff : 0xffff)) {
			PyErr_SetString(PyExc_OverflowError, "int out of range");
			return -1;
		}
		if (code == 'B')
			a->B = ll;
		else
			a->W = ll;
		return 0;
	case 's':
		return (a->s = PyUnicode_AsUTF8(v)) ? 0 : -1;
	}
	PyErr_Format(PyExc_SystemError, "bad argument code %c", code);
	return -1;
}

static PyObject *result(const struct capi_fn *f, union arg *r)
{
	PyObject *w;

	switch (f->sig[0]) {
	case 'v': Py_RETURN_NONE;
	case 'i': return PyLong_FromLong(r->i);
	case 'u': return PyLong_FromUnsignedLong(r->u);
	case 'U': return PyLong_FromUnsignedLongLong(r->U);
	case 'B': return PyLong_FromLong(r->B);
	case 'W': return PyLong_FromLong(r->W);
	case 's':
	case 'T':
		if (!r->s)
			Py_RETURN_NONE;
		return PyUnicode_DecodeUTF8(r->s, strlen(r->s), "surrogateescape");
	case 'a':
		if (!r->a)
			Py_RETURN_NONE;
		return nlpy_wrap_addr(r->a);
	case 'O':
		if (!r->o)
			Py_RETURN_NONE;
		w = nlpy_wrap_object(r->o, NULL);
		nl_object_put(r->o);
		return w;
	case 'k': {
		nlpy_Socket *s;

		if (!r->k)
			return PyErr_NoMemory();
		s = (nlpy_Socket *)nlpy_SocketType.tp_alloc(&nlpy_SocketType, 0);
		if (!s) {
			nl_socket_free(r->k);
			return NULL;
		}
		s->sk = r->k;
		s->own = 1;
		return (PyObject *)s;
	}
	case 'm':
		if (!r->m)
			return PyErr_NoMemory();
		w = nlpy_wrap_msg(r->m);
		nlmsg_free(r->m);	/* the wrapper holds its own */
		return w;
	case 'b': {
		nlpy_Cb *c;

		if (!r->b)
			return nlpy_raise(-NLE_NOMEM, NULL);
		c = (nlpy_Cb *)nlpy_CbType.tp_alloc(&nlpy_CbType, 0);
		if (!c) {
			nl_cb_put(r->b);
			return NULL;
		}
		c->cb = r->b;
		return (PyObject *)c;
	}
	}
	PyErr_Format(PyExc_SystemError, "bad result code %c", f->sig[0]);
	return NULL;
}

static PyObject *capi_call(PyObject *self, PyObject *const *args,
			   Py_ssize_t nargs)
{
	const struct capi_fn *f = PyCapsule_GetPointer(self, "nlpy.capi");
	const char *codes;
	union arg a[8], r;
	struct argref ref = { .naddrs = 0 };
	PyObject *ret = NULL;
	Py_ssize_t i, want;

	if (!f)
		return NULL;
	codes = f->sig + 2;
	want = strlen(codes);
	if (nargs != want) {
		PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)",
			     f->name, want, nargs);
		return NULL;
	}
	for (i = 0; i < nargs; i++)
		if (convert(f, codes[i], args[i], &a[i], &ref) < 0)
			goto out;
	memset(&r, 0, sizeof(r));
	if (f->blocking) {
		if (ref.sock)
			ref.sock->busy = 1;
		NLPY_BLOCKING(f->thunk(a, &r));
		if (ref.sock)
			ref.sock->busy = 0;
		if (nlpy_restore_exception())
			goto out;
	} else
		f->thunk(a, &r);
	ret = result(f, &r);
out:
	for (i = 0; i < ref.naddrs; i++)
		nl_addr_put(ref.addrs[i]);
	return ret;
}

/* ------------------------------------------------------------------ */
/* The thunks and the table: one list, expanded twice                   */

#define R_v(e) (e)
#define R_i(e) (r->i = (e))
#define R_u(e) (r->u = (e))
#define R_U(e) (r->U = (e))
#define R_B(e) (r->B = (e))
#define R_W(e) (r->W = (e))
#define R_s(e) (r->s = (e))
#define R_a(e) (r->a = (e))
#define R_k(e) (r->k = (e))
#define R_m(e) (r->m = (e))
#define R_b(e) (r->b = (e))
#define R_O(e) (r->o = (e))

#define T0(g, bl, ot, f, rt) \
	static void t_##f(union arg *a, union arg *r) { R_##rt(f()); }
#define T1(g, bl, ot, f, rt, x) \
	static void t_##f(union arg *a, union arg *r) { R_##rt(f(a[0].x)); }
#define T2(g, bl, ot, f, rt, x, y) \
	static void t_##f(union arg *a, union arg *r) { R_##rt(f(a[0].x, a[1].y)); }
#define T3(g, bl, ot, f, rt, x, y, z) \
	static void t_##f(union arg *a, union arg *r) \
	{ R_##rt(f(a[0].x, a[1].y, a[2].z)); }
#define T4(g, bl, ot, f, rt, x, y, z, w) \
	static void t_##f(union arg *a, union arg *r) \
	{ R_##rt(f(a[0].x, a[1].y, a[2].z, a[3].w)); }
#define T5(g, bl, ot, f, rt, x, y, z, w, q) \
	static void t_##f(union arg *a, union arg *r) \
	{ R_##rt(f(a[0].x, a[1].y, a[2].z, a[3].w, a[4].q)); }
/* char *f(value, buf, len): the text */
#define TS(g, bl, ot, f, x) \
	static void t_##f(union arg *a, union arg *r) \
	{ tbuf[0] = '\0'; r->s = f(a[0].x, tbuf, sizeof(tbuf)); }

#define FUNCS(X0, X1, X2, X3, X4, X5, XS) \
	X0('c', 0, NULL, nl_socket_alloc, k) \
	X1('c', 0, NULL, nl_socket_alloc_cb, k, b) \
	X2('c', 0, NULL, nl_connect, i, k, i) \
	X1('c', 0, NULL, nl_close, v, k) \
	X1('c', 0, NULL, nl_socket_get_fd, i, k) \
	X1('c', 0, NULL, nl_socket_get_local_port, u, k) \
	X2('c', 0, NULL, nl_socket_set_local_port, v, k, u) \
	X1('c', 0, NULL, nl_socket_get_peer_port, u, k) \
	X2('c', 0, NULL, nl_socket_set_peer_port, v, k, u) \
	X2('c', 0, NULL, nl_socket_add_membership, i, k, i) \
	X2('c', 0, NULL, nl_socket_drop_membership, i, k, i) \
	X3('c', 0, NULL, nl_socket_set_buffer_size, i, k, i, i) \
	X1('c', 0, NULL, nl_socket_disable_seq_check, v, k) \
	X1('c', 0, NULL, nl_socket_disable_auto_ack, v, k) \
	X1('c', 0, NULL, nl_socket_enable_auto_ack, v, k) \
	X1('c', 0, NULL, nl_socket_set_nonblocking, i, k) \
	X1('c', 0, NULL, nl_socket_use_seq, u, k) \
	X3('c', 0, NULL, nl_socket_set_dump_retry_limit, i, k, u, u) \
	X2('c', 0, NULL, nl_socket_get_dump_counter, U, k, i) \
	X1('c', 0, NULL, nl_socket_reset_dump_counters, v, k) \
	X1('c', 0, NULL, nl_socket_dump_interrupted, i, k) \
	X2('c', 0, NULL, nl_socket_set_dump_flags, i, k, u) \
	X1('c', 0, NULL, nl_socket_get_dump_flags, u, k) \
	X1('c', 0, NULL, nl_socket_get_ext_ack_msg, s, k) \
	X2('c', 0, NULL, nl_socket_set_ext_ack, i, k, i) \
	X2('c', 1, NULL, nl_send_auto_complete, i, k, m) \
	X2('c', 1, NULL, nl_send_auto, i, k, m) \
	X2('c', 1, NULL, nl_recvmsgs, i, k, b) \
	X1('c', 1, NULL, nl_recvmsgs_default, i, k) \
	X1('c', 1, NULL, nl_wait_for_ack, i, k) \
	X1('c', 0, NULL, nl_geterror, s, i) \
	X1('c', 0, NULL, nl_syserr2nlerr, i, i) \
	X1('c', 0, NULL, nl_cb_alloc, b, i) \
	X1('c', 0, NULL, nl_cb_clone, b, b) \
	X0('c', 0, NULL, nlmsg_alloc, m) \
	X1('c', 0, NULL, nlmsg_alloc_size, m, i) \
	X2('c', 0, NULL, nlmsg_alloc_simple, m, i, i) \
	X1('c', 0, NULL, nlmsg_datalen, i, h) \
	X3('c', 0, NULL, nla_put_u8, i, m, i, B) \
	X3('c', 0, NULL, nla_put_u16, i, m, i, W) \
	X3('c', 0, NULL, nla_put_u32, i, m, i, u) \
	X3('c', 0, NULL, nla_put_u64, i, m, i, U) \
	X3('c', 0, NULL, nla_put_s32, i, m, i, i) \
	X3('c', 0, NULL, nla_put_string, i, m, i, s) \
	X2('c', 0, NULL, nla_put_flag, i, m, i) \
	X3('c', 0, NULL, nla_put_msecs, i, m, i, U) \
	X1('c', 0, NULL, nla_get_u8, B, n) \
	X1('c', 0, NULL, nla_get_u16, W, n) \
	X1('c', 0, NULL, nla_get_u32, u, n) \
	X1('c', 0, NULL, nla_get_u64, U, n) \
	X1('c', 0, NULL, nla_get_s32, i, n) \
	X1('c', 0, NULL, nla_get_string, s, n) \
	X1('c', 0, NULL, nla_get_flag, i, n) \
	X1('c', 0, NULL, nla_get_msecs, U, n) \
	X1('c', 0, NULL, nla_len, i, n) \
	X1('c', 0, NULL, nla_type, i, n) \
	X1('c', 0, NULL, nla_is_nested, i, n) \
	X1('c', 0, NULL, nl_cache_nitems, i, c) \
	X2('c', 1, NULL, nl_cache_refill, i, k, c) \
	X1('c', 0, NULL, nl_cache_is_consistent, i, c) \
	X1('c', 0, NULL, nl_cache_mngt_provide, v, c) \
	X1('c', 0, NULL, nl_cache_mngt_unprovide, v, c) \
	X1('c', 0, NULL, nl_object_get_type, s, o) \
	X1('c', 0, NULL, nl_str2af, i, s) \
	XS('c', 0, NULL, nl_af2str, i) \
	X1('c', 0, NULL, nl_str2llproto, i, s) \
	XS('c', 0, NULL, nl_llproto2str, i) \
	X1('c', 0, NULL, nl_str2rtntype, i, s) \
	XS('c', 0, NULL, nl_rtntype2str, i) \
	X1('c', 0, NULL, if_nametoindex, u, s) \
	X1('g', 0, NULL, genl_connect, i, k) \
	X2('g', 1, NULL, genl_ctrl_resolve, i, k, s) \
	X3('g', 1, NULL, genl_ctrl_resolve_grp, i, k, s, s) \
	X5('g', 1, NULL, genl_send_simple, i, k, i, i, i, i) \
	X0('r', 0, NULL, rtnl_link_alloc, O) \
	X2('r', 0, "route/link", rtnl_link_get, O, c, i) \
	X2('r', 0, "route/link", rtnl_link_get_by_name, O, c, s) \
	X2('r', 0, NULL, rtnl_link_name2i, i, c, s) \
	X3('r', 1, "route/link", rtnl_link_add, i, k, o, i) \
	X4('r', 1, "route/link", rtnl_link_change, i, k, o, o, i) \
	X2('r', 1, "route/link", rtnl_link_delete, i, k, o) \
	X3('r', 1, "route/link", rtnl_link_enslave, i, k, o, o) \
	X2('r', 1, "route/link", rtnl_link_release, i, k, o) \
	X1('r', 0, "route/link", rtnl_link_is_bridge, i, o) \
	X1('r', 0, "route/link", rtnl_link_is_vlan, i, o) \
	X2('r', 0, "route/link", rtnl_link_get_stat, U, o, i) \
	X1('r', 0, NULL, rtnl_link_str2stat, i, s) \
	XS('r', 0, NULL, rtnl_link_stat2str, i) \
	X1('r', 0, NULL, rtnl_link_str2flags, i, s) \
	XS('r', 0, NULL, rtnl_link_flags2str, i) \
	X1('r', 0, NULL, rtnl_link_str2operstate, i, s) \
	XS('r', 0, NULL, rtnl_link_operstate2str, B) \
	X1('r', 0, NULL, rtnl_link_str2mode, i, s) \
	XS('r', 0, NULL, rtnl_link_mode2str, B) \
	X3('r', 0, "route/link", rtnl_link_inet_set_conf, i, o, u, u) \
	X1('r', 0, NULL, rtnl_link_inet_str2devconf, i, s) \
	XS('r', 0, NULL, rtnl_link_inet_devconf2str, i) \
	X1('r', 0, "route/link", rtnl_link_bridge_has_ext_info, i, o) \
	X0('r', 0, NULL, rtnl_addr_alloc, O) \
	X3('r', 0, "route/addr", rtnl_addr_get, O, c, i, a) \
	X3('r', 1, "route/addr", rtnl_addr_add, i, k, o, i) \
	X3('r', 1, "route/addr", rtnl_addr_delete, i, k, o, i) \
	X1('r', 0, NULL, rtnl_addr_str2flags, i, s) \
	XS('r', 0, NULL, rtnl_addr_flags2str, i) \
	X0('r', 0, NULL, rtnl_route_alloc, O) \
	X3('r', 1, "route/route", rtnl_route_add, i, k, o, i) \
	X3('r', 1, "route/route", rtnl_route_delete, i, k, o, i) \
	X1('r', 0, NULL, rtnl_route_str2table, i, s) \
	XS('r', 0, NULL, rtnl_route_table2str, i) \
	X1('r', 0, NULL, rtnl_route_str2proto, i, s) \
	XS('r', 0, NULL, rtnl_route_proto2str, i) \
	X1('r', 0, "route/route", rtnl_route_guess_scope, i, o) \
	X1('r', 0, NULL, rtnl_str2scope, i, s) \
	XS('r', 0, NULL, rtnl_scope2str, i) \
	X0('r', 0, NULL, rtnl_neigh_alloc, O) \
	X3('r', 0, "route/neigh", rtnl_neigh_get, O, c, i, a) \
	X3('r', 1, "route/neigh", rtnl_neigh_add, i, k, o, i) \
	X3('r', 1, "route/neigh", rtnl_neigh_delete, i, k, o, i) \
	X1('r', 0, NULL, rtnl_neigh_str2state, i, s) \
	XS('r', 0, NULL, rtnl_neigh_state2str, i) \
	X0('r', 0, NULL, rtnl_rule_alloc, O) \
	X3('r', 1, "route/rule", rtnl_rule_add, i, k, o, i) \
	X3('r', 1, "route/rule", rtnl_rule_delete, i, k, o, i) \
	X0('r', 0, NULL, rtnl_nh_alloc, O) \
	X3('r', 1, "route/nh", rtnl_nh_add, i, k, o, i) \
	X0('r', 0, NULL, rtnl_qdisc_alloc, O) \
	X3('r', 1, "route/qdisc", rtnl_qdisc_add, i, k, o, i) \
	X2('r', 1, "route/qdisc", rtnl_qdisc_delete, i, k, o) \
	X0('r', 0, NULL, rtnl_class_alloc, O) \
	X3('r', 1, "route/class", rtnl_class_add, i, k, o, i) \
	X2('r', 1, "route/class", rtnl_class_delete, i, k, o) \
	X0('r', 0, NULL, rtnl_cls_alloc, O) \
	X3('r', 1, "route/cls", rtnl_cls_add, i, k, o, i) \
	X3('r', 1, "route/cls", rtnl_cls_delete, i, k, o, i) \
	XS('r', 0, NULL, rtnl_tc_handle2str, u) \
	X1('r', 0, NULL, rtnl_tc_str2stat, i, s) \
	X0('r', 0, NULL, rtnl_tc_read_classid_file, i)

FUNCS(T0, T1, T2, T3, T4, T5, TS)

#define E0(g, bl, ot, f, rt) { #f, #rt ":", t_##f, g, bl, ot },
#define E1(g, bl, ot, f, rt, x) { #f, #rt ":" #x, t_##f, g, bl, ot },
#define E2(g, bl, ot, f, rt, x, y) { #f, #rt ":" #x #y, t_##f, g, bl, ot },
#define E3(g, bl, ot, f, rt, x, y, z) \
	{ #f, #rt ":" #x #y #z, t_##f, g, bl, ot },
#define E4(g, bl, ot, f, rt, x, y, z, w) \
	{ #f, #rt ":" #x #y #z #w, t_##f, g, bl, ot },
#define E5(g, bl, ot, f, rt, x, y, z, w, q) \
	{ #f, #rt ":" #x #y #z #w #q, t_##f, g, bl, ot },
#define ES(g, bl, ot, f, x) { #f, "T:" #x, t_##f, g, bl, ot },

static const struct capi_fn capi_table[] = {
	FUNCS(E0, E1, E2, E3, E4, E5, ES)
	{ NULL }
};

/* ------------------------------------------------------------------ */
/* Functions that need more than a thunk                                */

static PyObject *release(PyObject *o, PyTypeObject *type)
{
	if (!PyObject_TypeCheck(o, type)) {
		PyErr_Format(PyExc_TypeError, "%s expected", type->tp_name);
		return NULL;
	}
	if (type == &nlpy_MsgType && ((nlpy_Msg *)o)->msg) {
		nlpy_put_msg(((nlpy_Msg *)o)->msg);
		((nlpy_Msg *)o)->msg = NULL;
	} else if (type == &nlpy_CbType && ((nlpy_Cb *)o)->cb) {
		nlpy_put_cb(((nlpy_Cb *)o)->cb);
		((nlpy_Cb *)o)->cb = NULL;
	} else if (type == &nlpy_SocketType) {
		nlpy_Socket *s = (nlpy_Socket *)o;

		if (nlpy_socket_check(s) < 0)
			return NULL;
		if (s->retry)
			nl_socket_set_dump_retry(s->sk, NULL, NULL);
		if (s->own)
			nl_socket_free(s->sk);
		s->sk = NULL;
	}
	Py_RETURN_NONE;
}

static PyObject *py_nlmsg_free(PyObject *self, PyObject *o)
{
	return release(o, &nlpy_MsgType);
}

static PyObject *py_nl_cb_put(PyObject *self, PyObject *o)
{
	return release(o, &nlpy_CbType);
}

static PyObject *py_nl_socket_free(PyObject *self, PyObject *o)
{
	return release(o, &nlpy_SocketType);
}

static PyObject *py_nlmsg_hdr(PyObject *self, PyObject *o)
{
	if (!PyObject_TypeCheck(o, &nlpy_MsgType) || !((nlpy_Msg *)o)->msg) {
		PyErr_SetString(PyExc_TypeError, "a live Message expected");
		return NULL;
	}
	return wrap_ptr(nlmsg_hdr(((nlpy_Msg *)o)->msg), o, 'h');
}

static PyObject *py_nla_data(PyObject *self, PyObject *o)
{
	if (Ptr_check(o, 'a') < 0)
		return NULL;
	return PyBytes_FromStringAndSize(nla_data(((nlpy_Ptr *)o)->p),
					 nla_len(((nlpy_Ptr *)o)->p));
}

static PyObject *py_nla_get_nested(PyObject *self, PyObject *o)
{
	struct nlattr *nla, *pos;
	PyObject *list, *w;
	int rem;

	if (Ptr_check(o, 'a') < 0)
		return NULL;
	nla = ((nlpy_Ptr *)o)->p;
	list = PyList_New(0);
	if (!list)
		return NULL;
	nla_for_each_nested(pos, nla, rem) {
		w = wrap_ptr(pos, ((nlpy_Ptr *)o)->owner, 'a');
		if (!w || PyList_Append(list, w) < 0) {
			Py_XDECREF(w);
			Py_DECREF(list);
			return NULL;
		}
		Py_DECREF(w);
	}
	return list;
}

static PyObject *py_nla_put(PyObject *self, PyObject *args)
{
	PyObject *m;
	Py_buffer b;
	int type, err;

	if (!PyArg_ParseTuple(args, "O!iy*:nla_put", &nlpy_MsgType, &m, &type, &b))
		return NULL;
	if (!((nlpy_Msg *)m)->msg) {
		PyBuffer_Release(&b);
		PyErr_SetString(PyExc_ValueError, "message was freed");
		return NULL;
	}
	err = nla_put(((nlpy_Msg *)m)->msg, type, b.len, b.buf);
	PyBuffer_Release(&b);
	return PyLong_FromLong(err);
}

/* (err, {type: attribute}) from a parse into a table of max + 1 */
static PyObject *parsed(int err, struct nlattr **tb, int max, PyObject *owner)
{
	PyObject *d = PyDict_New(), *k, *w;
	int i;

	for (i = 0; d && err >= 0 && i <= max; i++) {
		if (!tb[i])
			continue;
		k = PyLong_FromLong(i);
		w = wrap_ptr(tb[i], owner, 'a');
		if (!k || !w || PyDict_SetItem(d, k, w) < 0)
			Py_CLEAR(d);
		Py_XDECREF(k);
		Py_XDECREF(w);
	}
	PyMem_Free(tb);
	if (!d)
		return NULL;
	return Py_BuildValue("(iN)", err, d);
}

static int policy_arg(PyObject *p, int max, struct nla_policy **out)
{
	*out = NULL;
	if (p == Py_None)
		return 0;
	if (!PyObject_TypeCheck(p, &nlpy_PolicyType) ||
	    ((nlpy_Policy *)p)->n < max + 1) {
		PyErr_SetString(PyExc_TypeError,
				"policy: None or nla_policy_array(max + 1)");
		return -1;
	}
	*out = ((nlpy_Policy *)p)->pol;
	return 0;
}

static PyObject *py_nla_parse_nested(PyObject *self, PyObject *args)
{
	PyObject *attr, *pol;
	struct nla_policy *p;
	struct nlattr **tb;
	int max, err;

	if (!PyArg_ParseTuple(args, "iOO:py_nla_parse_nested", &max, &attr, &pol))
		return NULL;
	if (max < 0 || max > 65535 || Ptr_check(attr, 'a') < 0 ||
	    policy_arg(pol, max, &p) < 0) {
		if (!PyErr_Occurred())
			PyErr_SetString(PyExc_ValueError, "max out of range");
		return NULL;
	}
	tb = PyMem_Calloc(max + 1, sizeof(*tb));
	if (!tb)
		return PyErr_NoMemory();
	err = nla_parse_nested(tb, max, ((nlpy_Ptr *)attr)->p, p);
	return parsed(err, tb, max, ((nlpy_Ptr *)attr)->owner);
}

static PyObject *py_genlmsg_parse(PyObject *self, PyObject *args)
{
	PyObject *hdr, *pol;
	struct nla_policy *p;
	struct nlattr **tb;
	int hdrlen, max, err;

	if (!PyArg_ParseTuple(args, "OiiO:py_genlmsg_parse", &hdr, &hdrlen,
			      &max, &pol))
		return NULL;
	if (max < 0 || max > 65535 || Ptr_check(hdr, 'h') < 0 ||
	    policy_arg(pol, max, &p) < 0) {
		if (!PyErr_Occurred())
			PyErr_SetString(PyExc_ValueError, "max out of range");
		return NULL;
	}
	tb = PyMem_Calloc(max + 1, sizeof(*tb));
	if (!tb)
		return PyErr_NoMemory();
	err = genlmsg_parse(((nlpy_Ptr *)hdr)->p, hdrlen, tb, max, p);
	return parsed(err, tb, max, ((nlpy_Ptr *)hdr)->owner);
}

static PyObject *py_genlmsg_put(PyObject *self, PyObject *args)
{
	PyObject *m;
	unsigned int port, seq;
	int family, hdrlen, flags, cmd, version;
	void *h;

	if (!PyArg_ParseTuple(args, "O!IIiiiii:genlmsg_put", &nlpy_MsgType, &m,
			      &port, &seq, &family, &hdrlen, &flags, &cmd,
			      &version))
		return NULL;
	if (!((nlpy_Msg *)m)->msg) {
		PyErr_SetString(PyExc_ValueError, "message was freed");
		return NULL;
	}
	h = genlmsg_put(((nlpy_Msg *)m)->msg, port, seq, family, hdrlen, flags,
			cmd, version);
	return PyBool_FromLong(h != NULL);
}

static PyObject *py_if_indextoname(PyObject *self, PyObject *arg)
{
	char buf[IF_NAMESIZE];
	unsigned long i = PyLong_AsUnsignedLong(arg);

	if (i == (unsigned long)-1 && PyErr_Occurred())
		return NULL;
	if (!if_indextoname(i, buf))
		Py_RETURN_NONE;
	return PyUnicode_FromString(buf);
}

static PyObject *py_link_i2name(PyObject *self, PyObject *args)
{
	PyObject *c;
	char buf[64];
	int i;

	if (!PyArg_ParseTuple(args, "O!i:rtnl_link_i2name", &nlpy_CacheType, &c, &i))
		return NULL;
	if (!((nlpy_Cache *)c)->cache ||
	    !rtnl_link_i2name(((nlpy_Cache *)c)->cache, i, buf, sizeof(buf)))
		Py_RETURN_NONE;
	return PyUnicode_FromString(buf);
}

static PyObject *py_inet_get_conf(PyObject *self, PyObject *args)
{
	PyObject *o;
	struct nl_object *obj;
	unsigned int id;
	uint32_t v;

	if (!PyArg_ParseTuple(args, "OI:rtnl_link_inet_get_conf", &o, &id) ||
	    !(obj = nlpy_object_ptr(o, "route/link")))
		return NULL;
	if (rtnl_link_inet_get_conf((struct rtnl_link *)obj, id, &v) < 0)
		Py_RETURN_NONE;
	return PyLong_FromUnsignedLong(v);
}

static PyObject *py_tc_str2handle(PyObject *self, PyObject *arg)
{
	const char *s = PyUnicode_AsUTF8(arg);
	uint32_t h;
	int err;

	if (!s)
		return NULL;
	err = rtnl_tc_str2handle(s, &h);
	if (err < 0)
		return nlpy_raise(err, NULL);
	return PyLong_FromUnsignedLong(h);
}

static PyMethodDef core_specials[] = {
	{ "py_nl_cb_set", py_nl_cb_set, METH_VARARGS,
	  "py_nl_cb_set(cb, type, kind, func, arg): func(msg, arg) handles type." },
	{ "nl_cb_set", py_nl_cb_set, METH_VARARGS, "Same as py_nl_cb_set()." },
	{ "py_nl_cb_set_all", py_nl_cb_set_all, METH_VARARGS,
	  "py_nl_cb_set_all(cb, kind, func, arg)" },
	{ "nl_cb_set_all", py_nl_cb_set_all, METH_VARARGS, NULL },
	{ "py_nl_cb_err", py_nl_cb_err, METH_VARARGS,
	  "py_nl_cb_err(cb, kind, func, arg): func(err, arg), err.error is the errno." },
	{ "nl_cb_err", py_nl_cb_err, METH_VARARGS, NULL },
	{ "nl_cb_put", py_nl_cb_put, METH_O, "Release the callbacks." },
	{ "nlmsg_free", py_nlmsg_free, METH_O, "Release the message." },
	{ "nl_socket_free", py_nl_socket_free, METH_O, "Free the socket." },
	{ "nlmsg_hdr", py_nlmsg_hdr, METH_O, "The message's header." },
	{ "nla_data", py_nla_data, METH_O, "The attribute's payload as bytes." },
	{ "nla_get_nested", py_nla_get_nested, METH_O,
	  "The attributes nested in an attribute, as a list." },
	{ "nla_put", py_nla_put, METH_VARARGS, "nla_put(msg, type, data)" },
	{ "py_nla_parse_nested", py_nla_parse_nested, METH_VARARGS,
	  "py_nla_parse_nested(max, attr, policy) -> (err, {type: attr})" },
	{ "nla_policy_array", py_nla_policy_array, METH_O,
	  "nla_policy_array(n): n policies to fill in." },
	{ "if_indextoname", py_if_indextoname, METH_O, NULL },
	{ NULL }
};

static PyMethodDef genl_specials[] = {
	{ "genlmsg_put", py_genlmsg_put, METH_VARARGS,
	  "genlmsg_put(msg, port, seq, family, hdrlen, flags, cmd, version)" },
	{ "py_genlmsg_parse", py_genlmsg_parse, METH_VARARGS,
	  "py_genlmsg_parse(hdr, hdrlen, max, policy) -> (err, {type: attr})" },
	{ NULL }
};

static PyMethodDef route_specials[] = {
	{ "rtnl_link_i2name", py_link_i2name, METH_VARARGS,
	  "rtnl_link_i2name(cache, ifindex): the name, or None." },
	{ "rtnl_link_inet_get_conf", py_inet_get_conf, METH_VARARGS,
	  "rtnl_link_inet_get_conf(link, id): the value, or None." },
	{ "rtnl_tc_str2handle", py_tc_str2handle, METH_O,
	  "The handle a string names." },
	{ NULL }
};

/* ---- attribute accessors as flat functions ---- */

static const struct nlpy_attr *attr_of(PyObject *self, PyObject *o,
				       void **target)
{
	const struct nlpy_attr *a = PyCapsule_GetPointer(self, "nlpy.attr");

	if (!a)
		return NULL;
	if (!PyObject_TypeCheck(o, &nlpy_ObjectType) ||
	    !nlpy_kind_accepts(a->owner, ((nlpy_Object *)o)->kind)) {
		PyErr_Format(PyExc_TypeError, "%s object expected",
			     a->owner->type);
		return NULL;
	}
	*target = ((nlpy_Object *)o)->obj;
	return a;
}

static PyObject *capi_attr_get(PyObject *self, PyObject *o)
{
	void *t;
	const struct nlpy_attr *a = attr_of(self, o, &t);

	return a ? nlpy_attr_get(t, a, 1) : NULL;
}

static PyObject *capi_attr_set(PyObject *self, PyObject *const *args,
			       Py_ssize_t n)
{
	const struct nlpy_attr *a;
	void *t;

	if (n != 2) {
		PyErr_SetString(PyExc_TypeError, "setter takes (object, value)");
		return NULL;
	}
	if (!(a = attr_of(self, args[0], &t)) ||
	    nlpy_attr_set(t, a, args[1], 1) < 0)
		return NULL;
	return PyLong_FromLong(0);
}

static PyObject *capi_attr_unset(PyObject *self, PyObject *const *args,
				 Py_ssize_t n)
{
	const struct nlpy_attr *a;
	unsigned long v;
	void *t;

	if (n != 2) {
		PyErr_SetString(PyExc_TypeError, "takes (object, value)");
		return NULL;
	}
	if (!(a = attr_of(self, args[0], &t)))
		return NULL;
	v = PyLong_AsUnsignedLong(args[1]);
	if (v == (unsigned long)-1 && PyErr_Occurred())
		return NULL;
	((void (*)(void *, unsigned int))a->unset)(t, v);
	Py_RETURN_NONE;
}

static int add_fn(PyObject *d, PyMethodDef *def, PyObject *self)
{
	PyObject *f = PyCFunction_NewEx(def, self, NULL);
	int r;

	if (!f)
		return -1;
	r = PyDict_SetItemString(d, def->ml_name, f);
	Py_DECREF(f);
	return r;
}

static int add_attr_fns(PyObject *d, struct nlpy_attr *a)
{
	/* lives as long as the module */
	PyMethodDef *defs = PyMem_RawCalloc(3, sizeof(*defs));
	PyObject *cap;
	int r = 0;

	if (!defs)
		return -1;
	cap = PyCapsule_New(a, "nlpy.attr", NULL);
	if (!cap)
		return -1;
	defs[0] = (PyMethodDef){ a->get_name, capi_attr_get, METH_O, NULL };
	r = add_fn(d, &defs[0], cap);
	if (!r && a->set_name) {
		defs[1] = (PyMethodDef){ a->set_name,
					 (PyCFunction)(void (*)(void))capi_attr_set,
					 METH_FASTCALL, NULL };
		r = add_fn(d, &defs[1], cap);
	}
	if (!r && a->unset_name) {
		defs[2] = (PyMethodDef){ a->unset_name,
					 (PyCFunction)(void (*)(void))capi_attr_unset,
					 METH_FASTCALL, NULL };
		r = add_fn(d, &defs[2], cap);
	}
	Py_DECREF(cap);
	return r;
}

static const struct { const char *name; int value; } core_consts[] = {
#define C(x) { #x, x }
	C(NL_OK), C(NL_SKIP), C(NL_STOP),
	C(NL_CB_DEFAULT), C(NL_CB_VERBOSE), C(NL_CB_DEBUG), C(NL_CB_CUSTOM),
	C(NL_CB_VALID), C(NL_CB_FINISH), C(NL_CB_OVERRUN), C(NL_CB_SKIPPED),
	C(NL_CB_ACK), C(NL_CB_MSG_IN), C(NL_CB_MSG_OUT), C(NL_CB_INVALID),
	C(NL_CB_SEQ_CHECK), C(NL_CB_SEND_ACK), C(NL_CB_DUMP_INTR),
	C(NLA_UNSPEC), C(NLA_U8), C(NLA_U16), C(NLA_U32), C(NLA_U64),
	C(NLA_STRING), C(NLA_FLAG), C(NLA_MSECS), C(NLA_NESTED),
	C(NLA_NUL_STRING), C(NLA_BINARY), C(NLA_S8), C(NLA_S16), C(NLA_S32),
	C(NLA_S64),
	C(NL_AUTO_PORT), C(NL_AUTO_SEQ),
	C(NL_DUMP_LINE), C(NL_DUMP_DETAILS), C(NL_DUMP_STATS),
	C(NETLINK_ROUTE), C(NETLINK_GENERIC), C(NETLINK_NETFILTER),
	C(NETLINK_SOCK_DIAG), C(NETLINK_XFRM),
	C(NLM_F_REQUEST), C(NLM_F_MULTI), C(NLM_F_ACK), C(NLM_F_ECHO),
	C(NLM_F_DUMP_INTR), C(NLM_F_ROOT), C(NLM_F_MATCH), C(NLM_F_ATOMIC),
	C(NLM_F_DUMP), C(NLM_F_REPLACE), C(NLM_F_EXCL), C(NLM_F_CREATE),
	C(NLM_F_APPEND),
	C(NLE_SUCCESS), C(NLE_FAILURE), C(NLE_INTR), C(NLE_BAD_SOCK),
	C(NLE_AGAIN), C(NLE_NOMEM), C(NLE_EXIST), C(NLE_INVAL),
	C(NLE_RANGE), C(NLE_MSGSIZE), C(NLE_OPNOTSUPP), C(NLE_AF_NOSUPPORT),
	C(NLE_OBJ_NOTFOUND), C(NLE_NOATTR), C(NLE_MISSING_ATTR),
	C(NLE_AF_MISMATCH), C(NLE_SEQ_MISMATCH), C(NLE_MSG_OVERFLOW),
	C(NLE_MSG_TRUNC), C(NLE_NOADDR), C(NLE_SRCRT_NOSUPPORT),
	C(NLE_MSG_TOOSHORT), C(NLE_MSGTYPE_NOSUPPORT), C(NLE_OBJ_MISMATCH),
	C(NLE_NOCACHE), C(NLE_BUSY), C(NLE_PROTO_MISMATCH), C(NLE_NOACCESS),
	C(NLE_PERM), C(NLE_PKTLOC_FILE), C(NLE_PARSE_ERR), C(NLE_NODEV),
	C(NLE_IMMUTABLE), C(NLE_DUMP_INTR), C(NLE_ATTRSIZE),
	C(NLE_DUMP_INCONSISTENT), C(NLE_DUMP_ABORTED), C(NLE_MAX),
#undef C
	{ NULL }
};

int nlpy_init_capi(PyObject *m)
{
	PyObject *core = PyDict_New(), *route = PyDict_New(),
		 *genl = PyDict_New(), *d, *cap, *v;
	const struct capi_fn *f;
	struct nlpy_kind **k, **j;
	struct nlpy_attr *a;
	PyMethodDef *defs;
	size_t n;
	int i;

	if (!core || !route || !genl)
		goto fail;
	if (PyType_Ready(&nlpy_MsgType) < 0 || PyType_Ready(&nlpy_CbType) < 0 ||
	    PyType_Ready(&nlpy_PtrType) < 0 ||
	    PyType_Ready(&nlpy_PolicyType) < 0 ||
	    PyType_Ready(&nlpy_PolicyEntryType) < 0)
		goto fail;
	ErrType = PyStructSequence_NewType(&err_desc);
	if (!ErrType)
		goto fail;
	for (n = 0; capi_table[n].name; n++)
		;
	defs = PyMem_RawCalloc(n, sizeof(*defs));	/* module lifetime */
	if (!defs)
		goto fail;
	for (f = capi_table; f->name; f++, defs++) {
		d = f->group == 'c' ? core : f->group == 'r' ? route : genl;
		defs->ml_name = f->name;
		defs->ml_meth = (PyCFunction)(void (*)(void))capi_call;
		defs->ml_flags = METH_FASTCALL;
		cap = PyCapsule_New((void *)f, "nlpy.capi", NULL);
		if (!cap || add_fn(d, defs, cap) < 0) {
			Py_XDECREF(cap);
			goto fail;
		}
		Py_DECREF(cap);
	}
	for (k = nlpy_kinds; *k; k++) {
		for (j = nlpy_kinds; j < k; j++)
			if ((*j)->attrs == (*k)->attrs)
				break;
		if (j < k)
			continue;	/* a table shared with an earlier kind */
		for (a = (*k)->attrs; a->name; a++)
			if (add_attr_fns(route, a) < 0)
				goto fail;
	}
	for (i = 0; core_specials[i].ml_name; i++)
		if (add_fn(core, &core_specials[i], NULL) < 0)
			goto fail;
	for (i = 0; genl_specials[i].ml_name; i++)
		if (add_fn(genl, &genl_specials[i], NULL) < 0)
			goto fail;
	for (i = 0; route_specials[i].ml_name; i++)
		if (add_fn(route, &route_specials[i], NULL) < 0)
			goto fail;
	for (i = 0; core_consts[i].name; i++) {
		v = PyLong_FromLong(core_consts[i].value);
		if (!v || PyDict_SetItemString(core, core_consts[i].name, v) < 0) {
			Py_XDECREF(v);
			goto fail;
		}
		Py_DECREF(v);
	}
	if (PyModule_AddObject(m, "_capi_core", core) < 0)
		goto fail;
	core = NULL;
	if (PyModule_AddObject(m, "_capi_route", route) < 0)
		goto fail;
	route = NULL;
	if (PyModule_AddObject(m, "_capi_genl", genl) < 0)
		goto fail;
	genl = NULL;
	if (PyModule_AddObjectRef(m, "Message", (PyObject *)&nlpy_MsgType) < 0 ||
	    PyModule_AddObjectRef(m, "Callback", (PyObject *)&nlpy_CbType) < 0 ||
	    PyModule_AddObjectRef(m, "Pointer", (PyObject *)&nlpy_PtrType) < 0)
		return -1;
	return 0;
fail:
	Py_XDECREF(core);
	Py_XDECREF(route);
	Py_XDECREF(genl);
	return -1;
}
