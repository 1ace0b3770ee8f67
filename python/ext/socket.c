/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Sockets (struct nl_sock), with the fork's consistent-dump settings: a
 * Python callable as the retry policy, limits, modes and counters.
 */
#include "nlpy.h"

#include <netlink/errno.h>

int nlpy_socket_check(nlpy_Socket *s)
{
	if (!s->sk) {
		PyErr_SetString(PyExc_ValueError, "socket is closed");
		return -1;
	}
	if (s->busy) {
		PyErr_SetString(PyExc_RuntimeError,
				"socket is in use by another call");
		return -1;
	}
	return 0;
}

struct nl_sock *nlpy_sock_ptr(PyObject *o)
{
	if (!PyObject_TypeCheck(o, &nlpy_SocketType)) {
		PyErr_Format(PyExc_TypeError, "Socket expected, not %s",
			     Py_TYPE(o)->tp_name);
		return NULL;
	}
	if (nlpy_socket_check((nlpy_Socket *)o) < 0)
		return NULL;
	return ((nlpy_Socket *)o)->sk;
}

static PyObject *Socket_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "cb", NULL };
	PyObject *cb = Py_None;
	nlpy_Socket *s;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:Socket", kwl, &cb))
		return NULL;
	if (cb != Py_None && !PyObject_TypeCheck(cb, &nlpy_CbType)) {
		PyErr_SetString(PyExc_TypeError, "cb: a Callback expected");
		return NULL;
	}
	s = (nlpy_Socket *)type->tp_alloc(type, 0);
	if (!s)
		return NULL;
	if (cb != Py_None) {
		s->sk = nl_socket_alloc_cb(((nlpy_Cb *)cb)->cb);
		s->cb = Py_NewRef(cb);
	} else
		s->sk = nl_socket_alloc();
	if (!s->sk) {
		Py_DECREF(s);
		return PyErr_NoMemory();
	}
	s->own = 1;
	return (PyObject *)s;
}

static int Socket_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static void Socket_dealloc(nlpy_Socket *s)
{
	PyObject_GC_UnTrack(s);
	if (s->weak)
		PyObject_ClearWeakRefs((PyObject *)s);
	if (s->sk) {
		if (s->retry)
			nl_socket_set_dump_retry(s->sk, NULL, NULL);
		if (s->own)
			nl_socket_free(s->sk);
	}
	Py_CLEAR(s->retry);
	Py_CLEAR(s->cb);
	Py_CLEAR(s->dict);
	Py_TYPE(s)->tp_free((PyObject *)s);
}

static int Socket_traverse(nlpy_Socket *s, visitproc visit, void *arg)
{
	Py_VISIT(s->retry);
	Py_VISIT(s->cb);
	Py_VISIT(s->dict);
	Py_VISIT(Py_TYPE(s));
	return 0;
}

static int Socket_clear(nlpy_Socket *s)
{
	if (s->sk && s->retry)
		nl_socket_set_dump_retry(s->sk, NULL, NULL);
	Py_CLEAR(s->retry);
	Py_CLEAR(s->cb);
	Py_CLEAR(s->dict);
	return 0;
}

#define CHECK(s) do { if (nlpy_socket_check(s) < 0) return NULL; } while (0)
#define RET_ERR(err, sk) \
	do { if ((err) < 0) return nlpy_raise((err), (sk)); } while (0)

static PyObject *Socket_connect(nlpy_Socket *s, PyObject *arg)
{
	int proto = PyLong_AsLong(arg), err;

	if (proto == -1 && PyErr_Occurred())
		return NULL;
	CHECK(s);
	err = nl_connect(s->sk, proto);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_disconnect(nlpy_Socket *s, PyObject *unused)
{
	CHECK(s);
	nl_close(s->sk);
	Py_RETURN_NONE;
}

static PyObject *Socket_exit(nlpy_Socket *s, PyObject *args)
{
	if (s->sk && !s->busy)
		nl_close(s->sk);
	Py_RETURN_FALSE;
}

static PyObject *Socket_enter(PyObject *s, PyObject *unused)
{
	return Py_NewRef(s);
}

static PyObject *Socket_get_fd(nlpy_Socket *s, PyObject *unused)
{
	CHECK(s);
	return PyLong_FromLong(nl_socket_get_fd(s->sk));
}

static PyObject *Socket_set_bufsize(nlpy_Socket *s, PyObject *args)
{
	int rx, tx = 0, err;

	if (!PyArg_ParseTuple(args, "i|i:set_bufsize", &rx, &tx))
		return NULL;
	CHECK(s);
	err = nl_socket_set_buffer_size(s->sk, rx, tx);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_membership(nlpy_Socket *s, PyObject *arg, int add)
{
	int grp = PyLong_AsLong(arg), err;

	if (grp == -1 && PyErr_Occurred())
		return NULL;
	CHECK(s);
	err = add ? nl_socket_add_membership(s->sk, grp)
		  : nl_socket_drop_membership(s->sk, grp);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_add_membership(nlpy_Socket *s, PyObject *arg)
{
	return Socket_membership(s, arg, 1);
}

static PyObject *Socket_drop_membership(nlpy_Socket *s, PyObject *arg)
{
	return Socket_membership(s, arg, 0);
}

static PyObject *Socket_set_nonblocking(nlpy_Socket *s, PyObject *unused)
{
	int err;

	CHECK(s);
	err = nl_socket_set_nonblocking(s->sk);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_disable_seq_check(nlpy_Socket *s, PyObject *unused)
{
	CHECK(s);
	nl_socket_disable_seq_check(s->sk);
	Py_RETURN_NONE;
}

static PyObject *Socket_auto_ack(nlpy_Socket *s, PyObject *arg)
{
	int on = PyObject_IsTrue(arg);

	if (on < 0)
		return NULL;
	CHECK(s);
	if (on)
		nl_socket_enable_auto_ack(s->sk);
	else
		nl_socket_disable_auto_ack(s->sk);
	Py_RETURN_NONE;
}

/* ---- consistent dumps ---- */

/* The C library's retry callback: asks the Python callable. */
static int retry_trampoline(struct nl_sock *sk, unsigned int attempt,
			    int err, void *arg)
{
	nlpy_Socket *s = arg;
	PyGILState_STATE g = PyGILState_Ensure();
	PyObject *r;
	long v = NL_STOP;

	r = PyObject_CallFunction(s->retry, "OIi", s, attempt, err);
	if (r) {
		v = PyLong_AsLong(r);
		if ((v == -1 && PyErr_Occurred()) ||
		    (v != NL_OK && v != NL_SKIP && v != NL_STOP)) {
			PyErr_Clear();
			PyErr_Format(PyExc_ValueError,
				     "dump retry callable returned %R; expected "
				     "DUMP_RETRY, DUMP_ACCEPT or DUMP_ABORT", r);
			v = NL_STOP;
		}
		Py_DECREF(r);
	}
	if (PyErr_Occurred()) {
		nlpy_stash_exception();
		v = NL_STOP;
	}
	PyGILState_Release(g);
	return (int)v;
}

static PyObject *Socket_set_dump_retry(nlpy_Socket *s, PyObject *func)
{
	CHECK(s);
	if (func != Py_None && !PyCallable_Check(func)) {
		PyErr_SetString(PyExc_TypeError,
				"set_dump_retry: a callable or None expected");
		return NULL;
	}
	if (func == Py_None) {
		nl_socket_set_dump_retry(s->sk, NULL, NULL);
		Py_CLEAR(s->retry);
	} else {
		Py_XSETREF(s->retry, Py_NewRef(func));
		nl_socket_set_dump_retry(s->sk, retry_trampoline, s);
	}
	Py_RETURN_NONE;
}

static PyObject *Socket_get_dump_retry(nlpy_Socket *s, void *c)
{
	return Py_NewRef(s->retry ? s->retry : Py_None);
}

static PyObject *Socket_set_dump_retry_limit(nlpy_Socket *s, PyObject *args,
					     PyObject *kw)
{
	static char *kwl[] = { "max_attempts", "max_msec", NULL };
	unsigned int att, ms;
	int err;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "II:set_dump_retry_limit",
					 kwl, &att, &ms))
		return NULL;
	CHECK(s);
	err = nl_socket_set_dump_retry_limit(s->sk, att, ms);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_get_dump_retry_limit(nlpy_Socket *s, PyObject *unused)
{
	unsigned int att = 0, ms = 0;

	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	nl_socket_get_dump_retry_limit(s->sk, &att, &ms);
	return Py_BuildValue("(II)", att, ms);
}

static PyObject *Socket_get_dump_flags(nlpy_Socket *s, void *c)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyLong_FromUnsignedLong(nl_socket_get_dump_flags(s->sk));
}

static int Socket_set_dump_flags(nlpy_Socket *s, PyObject *v, void *c)
{
	unsigned long f;
	int err;

	if (!v) {
		PyErr_SetString(PyExc_AttributeError, "cannot delete");
		return -1;
	}
	f = PyLong_AsUnsignedLong(v);
	if (f == (unsigned long)-1 && PyErr_Occurred())
		return -1;
	if (nlpy_socket_check(s) < 0)
		return -1;
	err = nl_socket_set_dump_flags(s->sk, f);
	if (err < 0) {
		nlpy_raise(err, NULL);
		return -1;
	}
	return 0;
}

static PyObject *Socket_get_dump_interrupted(nlpy_Socket *s, void *c)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyBool_FromLong(nl_socket_dump_interrupted(s->sk));
}

static const char *counter_names[] = {
	[NL_DUMP_CNT_DUMPS] = "dumps",
	[NL_DUMP_CNT_INTERRUPTED] = "interrupted",
	[NL_DUMP_CNT_RETRIES] = "retries",
	[NL_DUMP_CNT_FAILED] = "failed",
	[NL_DUMP_CNT_INCONSISTENT] = "inconsistent",
};

static PyObject *Socket_get_dump_counters(nlpy_Socket *s, void *c)
{
	PyObject *d, *v;
	int i;

	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	d = PyDict_New();
	for (i = 0; d && i < __NL_DUMP_CNT_MAX; i++) {
		v = PyLong_FromUnsignedLongLong(
			nl_socket_get_dump_counter(s->sk, i));
		if (!v || PyDict_SetItemString(d, counter_names[i], v) < 0) {
			Py_XDECREF(v);
			Py_CLEAR(d);
			break;
		}
		Py_DECREF(v);
	}
	return d;
}

static PyObject *Socket_get_dump_counter(nlpy_Socket *s, PyObject *arg)
{
	long i = PyLong_AsLong(arg);

	if (i == -1 && PyErr_Occurred())
		return NULL;
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyLong_FromUnsignedLongLong(nl_socket_get_dump_counter(s->sk, i));
}

static PyObject *Socket_reset_dump_counters(nlpy_Socket *s, PyObject *unused)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	nl_socket_reset_dump_counters(s->sk);
	Py_RETURN_NONE;
}

static PyObject *Socket_get_ext_ack(nlpy_Socket *s, void *c)
{
	const char *m;

	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	m = nl_socket_get_ext_ack_msg(s->sk);
	if (!m)
		Py_RETURN_NONE;
	return PyUnicode_FromString(m);
}

static PyObject *Socket_set_ext_ack(nlpy_Socket *s, PyObject *arg)
{
	int on = PyObject_IsTrue(arg), err;

	if (on < 0)
		return NULL;
	CHECK(s);
	err = nl_socket_set_ext_ack(s->sk, on);
	RET_ERR(err, NULL);
	Py_RETURN_NONE;
}

static PyObject *Socket_get_strict(nlpy_Socket *s, void *c)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyBool_FromLong(nl_socket_get_strict_check(s->sk));
}

static int Socket_set_strict(nlpy_Socket *s, PyObject *v, void *c)
{
	int on = v ? PyObject_IsTrue(v) : 0, err;

	if (on < 0 || nlpy_socket_check(s) < 0)
		return -1;
	err = nl_socket_set_strict_check(s->sk, on);
	if (err < 0) {
		nlpy_raise(err, NULL);
		return -1;
	}
	return 0;
}

static PyObject *Socket_get_local_port(nlpy_Socket *s, void *c)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyLong_FromUnsignedLong(nl_socket_get_local_port(s->sk));
}

static int Socket_set_local_port(nlpy_Socket *s, PyObject *v, void *c)
{
	unsigned long p = v ? PyLong_AsUnsignedLong(v) : 0;

	if ((p == (unsigned long)-1 && PyErr_Occurred()) ||
	    nlpy_socket_check(s) < 0)
		return -1;
	nl_socket_set_local_port(s->sk, p);
	return 0;
}

static PyObject *Socket_get_peer_port(nlpy_Socket *s, void *c)
{
	if (!s->sk)
		return nlpy_socket_check(s), NULL;
	return PyLong_FromUnsignedLong(nl_socket_get_peer_port(s->sk));
}

static int Socket_set_peer_port(nlpy_Socket *s, PyObject *v, void *c)
{
	unsigned long p = v ? PyLong_AsUnsignedLong(v) : 0;

	if ((p == (unsigned long)-1 && PyErr_Occurred()) ||
	    nlpy_socket_check(s) < 0)
		return -1;
	nl_socket_set_peer_port(s->sk, p);
	return 0;
}

static PyObject *Socket_str(nlpy_Socket *s)
{
	if (!s->sk)
		return PyUnicode_FromString("nlsock<closed>");
	return PyUnicode_FromFormat("nlsock<%u>",
				    nl_socket_get_local_port(s->sk));
}

static PyMethodDef Socket_methods[] = {
	{ "connect", (PyCFunction)Socket_connect, METH_O,
	  "connect(protocol): open the socket (nl_connect())." },
	{ "disconnect", (PyCFunction)Socket_disconnect, METH_NOARGS,
	  "Close the file descriptor (nl_close())." },
	{ "__enter__", Socket_enter, METH_NOARGS, NULL },
	{ "__exit__", (PyCFunction)Socket_exit, METH_VARARGS, NULL },
	{ "get_fd", (PyCFunction)Socket_get_fd, METH_NOARGS,
	  "The file descriptor, -1 when not connected." },
	{ "fileno", (PyCFunction)Socket_get_fd, METH_NOARGS,
	  "The file descriptor (for select())." },
	{ "set_bufsize", (PyCFunction)Socket_set_bufsize, METH_VARARGS,
	  "set_bufsize(rx, tx=0): socket buffer sizes (0: default)." },
	{ "add_membership", (PyCFunction)Socket_add_membership, METH_O,
	  "Join a multicast group." },
	{ "drop_membership", (PyCFunction)Socket_drop_membership, METH_O,
	  "Leave a multicast group." },
	{ "set_nonblocking", (PyCFunction)Socket_set_nonblocking, METH_NOARGS,
	  "Make the file descriptor non-blocking." },
	{ "disable_seq_check", (PyCFunction)Socket_disable_seq_check,
	  METH_NOARGS, "Accept messages of any sequence number (for events)." },
	{ "set_auto_ack", (PyCFunction)Socket_auto_ack, METH_O,
	  "Request ACKs for sent messages (default on)." },
	{ "set_dump_retry", (PyCFunction)Socket_set_dump_retry, METH_O,
	  "set_dump_retry(func): func(socket, attempt, error) decides what "
	  "follows an interrupted dump: DUMP_RETRY, DUMP_ACCEPT or DUMP_ABORT. "
	  "None restores the default policy.  An exception raised by func "
	  "aborts the dump and reaches the caller." },
	{ "set_dump_retry_limit", (PyCFunction)(void (*)(void))Socket_set_dump_retry_limit,
	  METH_VARARGS | METH_KEYWORDS,
	  "set_dump_retry_limit(max_attempts, max_msec): bounds of the "
	  "default policy (0: no bound of that kind; not both)." },
	{ "get_dump_retry_limit", (PyCFunction)Socket_get_dump_retry_limit,
	  METH_NOARGS, "(max_attempts, max_msec) of the default policy." },
	{ "get_dump_counter", (PyCFunction)Socket_get_dump_counter, METH_O,
	  "One consistent-dump counter, by NL_DUMP_CNT_* number." },
	{ "reset_dump_counters", (PyCFunction)Socket_reset_dump_counters,
	  METH_NOARGS, "Set the consistent-dump counters back to 0." },
	{ "set_ext_ack", (PyCFunction)Socket_set_ext_ack, METH_O,
	  "Ask for the kernel's error messages (default on)." },
	{ NULL }
};

static PyGetSetDef Socket_getset[] = {
	{ "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict },
	{ "local_port", (getter)Socket_get_local_port,
	  (setter)Socket_set_local_port, "Local port (address) of the socket." },
	{ "peer_port", (getter)Socket_get_peer_port,
	  (setter)Socket_set_peer_port, "Port messages are sent to." },
	{ "dump_retry", (getter)Socket_get_dump_retry, NULL,
	  "The retry callable, or None for the default policy." },
	{ "dump_flags", (getter)Socket_get_dump_flags,
	  (setter)Socket_set_dump_flags, "DUMP_BUFFERED | DUMP_VERIFY modes." },
	{ "dump_interrupted", (getter)Socket_get_dump_interrupted, NULL,
	  "True when the last dump read was flagged interrupted." },
	{ "dump_counters", (getter)Socket_get_dump_counters, NULL,
	  "The consistent-dump counters, as a dict." },
	{ "ext_ack", (getter)Socket_get_ext_ack, NULL,
	  "The kernel's message about the last error, or None." },
	{ "strict_check", (getter)Socket_get_strict, (setter)Socket_set_strict,
	  "Strict checking and kernel-side dump filtering." },
	{ NULL }
};

PyTypeObject nlpy_SocketType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Socket",
	.tp_basicsize = sizeof(nlpy_Socket),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
		    Py_TPFLAGS_HAVE_GC,
	.tp_doc = "A netlink socket (struct nl_sock).",
	.tp_new = Socket_new,
	.tp_init = Socket_init,
	.tp_dealloc = (destructor)Socket_dealloc,
	.tp_traverse = (traverseproc)Socket_traverse,
	.tp_clear = (inquiry)Socket_clear,
	.tp_str = (reprfunc)Socket_str,
	.tp_methods = Socket_methods,
	.tp_getset = Socket_getset,
	.tp_dictoffset = offsetof(nlpy_Socket, dict),
	.tp_weaklistoffset = offsetof(nlpy_Socket, weak),
};

/* One connected socket per protocol, made on first use. */
static PyObject *shared_sockets;
static PyObject *socket_class;

PyObject *nlpy_lookup_socket(int protocol)
{
	PyObject *key = PyLong_FromLong(protocol), *s;
	int err;

	if (!key)
		return NULL;
	s = PyDict_GetItemWithError(shared_sockets, key);
	if (s) {
		Py_DECREF(key);
		return Py_NewRef(s);
	}
	if (PyErr_Occurred()) {
		Py_DECREF(key);
		return NULL;
	}
	s = PyObject_CallNoArgs(socket_class ? socket_class
					     : (PyObject *)&nlpy_SocketType);
	if (!s) {
		Py_DECREF(key);
		return NULL;
	}
	err = nl_connect(((nlpy_Socket *)s)->sk, protocol);
	if (err < 0) {
		Py_DECREF(key);
		Py_DECREF(s);
		return nlpy_raise(err, NULL);
	}
	if (PyDict_SetItem(shared_sockets, key, s) < 0) {
		Py_DECREF(key);
		Py_DECREF(s);
		return NULL;
	}
	Py_DECREF(key);
	return s;
}

static PyObject *py_lookup_socket(PyObject *self, PyObject *arg)
{
	int p = PyLong_AsLong(arg);

	if (p == -1 && PyErr_Occurred())
		return NULL;
	return nlpy_lookup_socket(p);
}

static PyObject *py_register_socket(PyObject *self, PyObject *cls)
{
	if (!PyType_Check(cls) ||
	    !PyType_IsSubtype((PyTypeObject *)cls, &nlpy_SocketType)) {
		PyErr_SetString(PyExc_TypeError, "a Socket subclass expected");
		return NULL;
	}
	Py_XSETREF(socket_class, Py_NewRef(cls));
	Py_RETURN_NONE;
}

static PyMethodDef socket_functions[] = {
	{ "lookup_socket", py_lookup_socket, METH_O,
	  "lookup_socket(protocol): a shared socket connected to protocol." },
	{ "register_socket", py_register_socket, METH_O,
	  "The class of the sockets lookup_socket() makes." },
	{ NULL }
};

int nlpy_init_sockets(PyObject *m)
{
	shared_sockets = PyDict_New();
	if (!shared_sockets || PyType_Ready(&nlpy_SocketType) < 0)
		return -1;
	if (PyModule_AddObjectRef(m, "Socket", (PyObject *)&nlpy_SocketType) < 0 ||
	    PyModule_AddIntConstant(m, "DUMP_RETRY", NL_OK) < 0 ||
	    PyModule_AddIntConstant(m, "DUMP_ACCEPT", NL_SKIP) < 0 ||
	    PyModule_AddIntConstant(m, "DUMP_ABORT", NL_STOP) < 0 ||
	    PyModule_AddIntConstant(m, "DUMP_BUFFERED", NL_SOCK_DUMP_BUFFERED) < 0 ||
	    PyModule_AddIntConstant(m, "DUMP_VERIFY", NL_SOCK_DUMP_VERIFY) < 0 ||
	    PyModule_AddIntConstant(m, "NL_DUMP_CNT_DUMPS", NL_DUMP_CNT_DUMPS) < 0 ||
	    PyModule_AddIntConstant(m, "NL_DUMP_CNT_INTERRUPTED", NL_DUMP_CNT_INTERRUPTED) < 0 ||
	    PyModule_AddIntConstant(m, "NL_DUMP_CNT_RETRIES", NL_DUMP_CNT_RETRIES) < 0 ||
	    PyModule_AddIntConstant(m, "NL_DUMP_CNT_FAILED", NL_DUMP_CNT_FAILED) < 0 ||
	    PyModule_AddIntConstant(m, "NL_DUMP_CNT_INCONSISTENT", NL_DUMP_CNT_INCONSISTENT) < 0)
		return -1;
	return PyModule_AddFunctions(m, socket_functions);
}
