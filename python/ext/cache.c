/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Caches (struct nl_cache) and the cache manager.  Refills and resyncs
 * run without the GIL; the socket's retry policy applies.
 */
#include "nlpy.h"


PyObject *nlpy_dump_string(struct nl_object *obj, struct nl_cache *cache,
			   struct nl_object *filter, int type);

static struct nlpy_kind *cache_kind(const char *name)
{
	struct nlpy_kind **k;

	for (k = nlpy_kinds; *k; k++)
		if ((*k)->cache && !strcmp((*k)->cache, name))
			return *k;
	return NULL;
}

/* Protocol of a cache type, from the family part of its name. */
static int cache_protocol(const char *name)
{
	static const struct { const char *prefix; int proto; } map[] = {
		{ "route/", NETLINK_ROUTE }, { "genl/", NETLINK_GENERIC },
		{ "netfilter/", NETLINK_NETFILTER },
		{ "idiag/", NETLINK_SOCK_DIAG }, { "xfrm/", NETLINK_XFRM },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strncmp(name, map[i].prefix, strlen(map[i].prefix)))
			return map[i].proto;
	return -1;
}

static void set_name(nlpy_Cache *w, const char *name)
{
	snprintf(w->name, sizeof(w->name), "%s", name);
	w->kind = cache_kind(name);
}

PyObject *nlpy_wrap_cache(struct nl_cache *c, PyTypeObject *type,
			  const char *name)
{
	struct nlpy_kind *k = cache_kind(name);
	nlpy_Cache *w;

	if (!type)
		type = k && k->cacheclass ? (PyTypeObject *)k->cacheclass
					  : &nlpy_CacheType;
	w = (nlpy_Cache *)type->tp_alloc(type, 0);
	if (!w)
		return NULL;
	nl_cache_get(c);
	w->cache = c;
	set_name(w, name);
	w->own = 1;
	return (PyObject *)w;
}

static int check(nlpy_Cache *c)
{
	if (!c->cache) {
		PyErr_SetString(PyExc_ValueError, "cache is not allocated");
		return -1;
	}
	if (c->busy) {
		PyErr_SetString(PyExc_RuntimeError,
				"cache is being refilled by another call");
		return -1;
	}
	return 0;
}
#define CHECK(c) do { if (check(c) < 0) return NULL; } while (0)

static PyObject *Cache_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	/*
	 * An interned name: a fresh string per lookup would be kept in
	 * CPython's type attribute cache, replacing older ones.
	 */
	static PyObject *key;
	PyObject *name;
	nlpy_Cache *w;
	const char *s;
	int err;

	if (!key && !(key = PyUnicode_InternFromString("_nl_cache_type")))
		return NULL;
	name = PyObject_GetAttr((PyObject *)type, key);
	w = (nlpy_Cache *)type->tp_alloc(type, 0);
	if (!name) {
		PyErr_Clear();
		if (PyTuple_GET_SIZE(args) > 0 &&
		    PyUnicode_Check(PyTuple_GET_ITEM(args, 0)))
			name = Py_NewRef(PyTuple_GET_ITEM(args, 0));
	}
	if (!w || !name) {
		Py_XDECREF(name);
		return (PyObject *)w;	/* an empty wrapper, filled by C */
	}
	s = PyUnicode_AsUTF8(name);
	if (!s) {
		Py_DECREF(name);
		Py_DECREF(w);
		return NULL;
	}
	err = nl_cache_alloc_name(s, &w->cache);
	if (err < 0) {
		Py_DECREF(name);
		Py_DECREF(w);
		return nlpy_raise(err, NULL);
	}
	w->own = 1;
	set_name(w, s);
	Py_DECREF(name);
	return (PyObject *)w;
}

static int Cache_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static void Cache_dealloc(nlpy_Cache *c)
{
	PyObject_GC_UnTrack(c);
	if (c->weak)
		PyObject_ClearWeakRefs((PyObject *)c);
	Py_CLEAR(c->dict);
	Py_CLEAR(c->mngr);
	if (c->cache && c->own) {
		nlpy_put_cache(c->cache);
	}
	Py_TYPE(c)->tp_free((PyObject *)c);
}

static int Cache_traverse(nlpy_Cache *c, visitproc visit, void *arg)
{
	Py_VISIT(c->dict);
	Py_VISIT(c->mngr);
	Py_VISIT(Py_TYPE(c));
	return 0;
}

static int Cache_clear_gc(nlpy_Cache *c)
{
	Py_CLEAR(c->dict);
	Py_CLEAR(c->mngr);
	return 0;
}

static Py_ssize_t Cache_len(nlpy_Cache *c)
{
	if (check(c) < 0)
		return -1;
	return nl_cache_nitems(c->cache);
}

/* The objects, as a list (the cache may change while it is iterated). */
static PyObject *Cache_list(nlpy_Cache *c, int reverse)
{
	PyTypeObject *type;
	struct nl_object *o;
	PyObject *list;
	Py_ssize_t i, n;

	CHECK(c);
	n = nl_cache_nitems(c->cache);
	list = PyList_New(n);
	if (!list)
		return NULL;
	type = c->kind && c->kind->pyclass ? (PyTypeObject *)c->kind->pyclass
					   : &nlpy_ObjectType;
	for (i = 0, o = reverse ? nl_cache_get_last(c->cache)
				: nl_cache_get_first(c->cache);
	     o && i < n;
	     i++, o = reverse ? nl_cache_get_prev(o) : nl_cache_get_next(o)) {
		nlpy_Object *w = (nlpy_Object *)type->tp_alloc(type, 0);

		if (!w) {
			Py_DECREF(list);
			return NULL;
		}
		nl_object_get(o);
		w->obj = o;
		w->kind = c->kind;
		PyList_SET_ITEM(list, i, (PyObject *)w);
	}
	if (i < n && PyList_SetSlice(list, i, n, NULL) < 0) {
		Py_DECREF(list);
		return NULL;
	}
	return list;
}

static PyObject *Cache_iter(nlpy_Cache *c)
{
	PyObject *l = Cache_list(c, 0), *it;

	if (!l)
		return NULL;
	it = PyObject_GetIter(l);
	Py_DECREF(l);
	return it;
}

static PyObject *Cache_reversed(nlpy_Cache *c, PyObject *unused)
{
	PyObject *l = Cache_list(c, 1), *it;

	if (!l)
		return NULL;
	it = PyObject_GetIter(l);
	Py_DECREF(l);
	return it;
}

static PyObject *Cache_objects(nlpy_Cache *c, PyObject *unused)
{
	return Cache_list(c, 0);
}

static int Cache_contains(nlpy_Cache *c, PyObject *item)
{
	struct nl_object *o;

	if (check(c) < 0)
		return -1;
	if (!PyObject_TypeCheck(item, &nlpy_ObjectType))
		return 0;
	o = nl_cache_search(c->cache, ((nlpy_Object *)item)->obj);
	if (o)
		nl_object_put(o);
	return o != NULL;
}

/* The socket argument of a call, or the shared one of the protocol. */
static PyObject *socket_for(nlpy_Cache *c, PyObject *sock)
{
	int proto;

	if (sock && sock != Py_None) {
		if (!nlpy_sock_ptr(sock))
			return NULL;
		return Py_NewRef(sock);
	}
	proto = cache_protocol(c->name);
	if (proto < 0) {
		PyErr_Format(PyExc_ValueError, "no protocol known for cache %s;"
			     " pass a socket", c->name);
		return NULL;
	}
	return nlpy_lookup_socket(proto);
}

static PyObject *Cache_refill(nlpy_Cache *c, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "socket", NULL };
	PyObject *sock = Py_None;
	nlpy_Socket *s;
	int err;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|O:refill", kwl, &sock))
		return NULL;
	CHECK(c);
	s = (nlpy_Socket *)socket_for(c, sock);
	if (!s)
		return NULL;
	s->busy = c->busy = 1;
	NLPY_BLOCKING(err = nl_cache_refill(s->sk, c->cache));
	s->busy = c->busy = 0;
	if (nlpy_restore_exception()) {
		Py_DECREF(s);
		return NULL;
	}
	if (err < 0) {
		nlpy_raise(err, s->sk);
		Py_DECREF(s);
		return NULL;
	}
	Py_DECREF(s);
	return Py_NewRef(c);
}

struct change_ctx {
	PyObject *cache, *cb, *args;
};

/* change_func_t into Python: cb(cache, obj, action, args) */
static void change_trampoline(struct nl_cache *cache, struct nl_object *obj,
			      int action, void *data)
{
	struct change_ctx *x = data;
	PyGILState_STATE g = PyGILState_Ensure();
	PyObject *o, *r = NULL;

	o = nlpy_wrap_object(obj, NULL);
	if (o)
		r = PyObject_CallFunction(x->cb, "OOiO", x->cache, o, action,
					  x->args);
	Py_XDECREF(o);
	Py_XDECREF(r);
	if (PyErr_Occurred())
		nlpy_stash_exception();
	PyGILState_Release(g);
}

static PyObject *Cache_resync(nlpy_Cache *c, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "socket", "cb", "args", NULL };
	PyObject *sock = Py_None, *cb = Py_None, *cbargs = Py_None;
	struct change_ctx x;
	nlpy_Socket *s;
	int err;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|OOO:resync", kwl, &sock,
					 &cb, &cbargs))
		return NULL;
	CHECK(c);
	if (cb != Py_None && !PyCallable_Check(cb)) {
		PyErr_SetString(PyExc_TypeError, "cb must be callable");
		return NULL;
	}
	s = (nlpy_Socket *)socket_for(c, sock);
	if (!s)
		return NULL;
	x.cache = (PyObject *)c;
	x.cb = cb;
	x.args = cbargs;
	s->busy = c->busy = 1;
	NLPY_BLOCKING(err = nl_cache_resync(s->sk, c->cache,
					    cb != Py_None ? change_trampoline
							  : NULL, &x));
	s->busy = c->busy = 0;
	if (nlpy_restore_exception()) {
		Py_DECREF(s);
		return NULL;
	}
	if (err < 0) {
		nlpy_raise(err, s->sk);
		Py_DECREF(s);
		return NULL;
	}
	Py_DECREF(s);
	return Py_NewRef(c);
}

static PyObject *Cache_clear(nlpy_Cache *c, PyObject *unused)
{
	CHECK(c);
	nl_cache_clear(c->cache);
	Py_RETURN_NONE;
}

static PyObject *Cache_exit(nlpy_Cache *c, PyObject *args)
{
	if (c->cache && !c->busy)
		nl_cache_clear(c->cache);
	Py_RETURN_FALSE;
}

static PyObject *Cache_enter(PyObject *c, PyObject *unused)
{
	return Py_NewRef(c);
}

static PyObject *Cache_provide(nlpy_Cache *c, PyObject *unused)
{
	CHECK(c);
	nl_cache_mngt_provide(c->cache);
	Py_RETURN_NONE;
}

static PyObject *Cache_unprovide(nlpy_Cache *c, PyObject *unused)
{
	CHECK(c);
	nl_cache_mngt_unprovide(c->cache);
	Py_RETURN_NONE;
}

static PyObject *Cache_subset(nlpy_Cache *c, PyObject *filter)
{
	struct nl_object *f;
	struct nl_cache *sub;
	PyObject *w;

	CHECK(c);
	if (filter == Py_None) {
		PyErr_SetString(PyExc_ValueError, "subset: a filter is required");
		return NULL;
	}
	f = nlpy_object_ptr(filter, NULL);
	if (!f)
		return NULL;
	sub = nl_cache_subset(c->cache, f);
	if (!sub)
		return PyErr_NoMemory();
	w = nlpy_wrap_cache(sub, Py_TYPE(c), c->name);
	nl_cache_free(sub);	/* the wrapper holds its own reference */
	return w;
}

static PyObject *Cache_dump_text(nlpy_Cache *c, PyObject *args)
{
	PyObject *filter = Py_None;
	struct nl_object *f = NULL;
	int type = NL_DUMP_LINE;

	if (!PyArg_ParseTuple(args, "|iO:_dump", &type, &filter))
		return NULL;
	CHECK(c);
	if (filter != Py_None && !(f = nlpy_object_ptr(filter, NULL)))
		return NULL;
	return nlpy_dump_string(NULL, c->cache, f, type);
}

static PyObject *Cache_search(nlpy_Cache *c, PyObject *needle)
{
	struct nl_object *n, *o;
	PyObject *w;

	CHECK(c);
	if (!(n = nlpy_object_ptr(needle, NULL)))
		return NULL;
	o = nl_cache_search(c->cache, n);
	if (!o)
		Py_RETURN_NONE;
	w = nlpy_wrap_object(o, NULL);
	nl_object_put(o);
	return w;
}

static PyObject *Cache_find(nlpy_Cache *c, PyObject *filter)
{
	struct nl_object *f, *o;
	PyObject *w;

	CHECK(c);
	if (!(f = nlpy_object_ptr(filter, NULL)))
		return NULL;
	o = nl_cache_find(c->cache, f);
	if (!o)
		Py_RETURN_NONE;
	w = nlpy_wrap_object(o, NULL);
	nl_object_put(o);
	return w;
}

static PyObject *Cache_set_args(nlpy_Cache *c, PyObject *args)
{
	int a1, a2 = 0;

	if (!PyArg_ParseTuple(args, "i|i:_set_args", &a1, &a2))
		return NULL;
	CHECK(c);
	nl_cache_set_arg1(c->cache, a1);
	nl_cache_set_arg2(c->cache, a2);
	Py_RETURN_NONE;
}

static PyObject *Cache_get_consistent(nlpy_Cache *c, void *closure)
{
	CHECK(c);
	return PyBool_FromLong(nl_cache_is_consistent(c->cache));
}

static PyObject *Cache_get_filter(nlpy_Cache *c, void *closure)
{
	struct nl_object *f;

	CHECK(c);
	f = nl_cache_get_filter(c->cache);
	if (!f)
		Py_RETURN_NONE;
	return nlpy_wrap_object(f, NULL);
}

static int Cache_set_filter(nlpy_Cache *c, PyObject *v, void *closure)
{
	struct nl_object *f = NULL;
	int err;

	if (check(c) < 0)
		return -1;
	if (v && v != Py_None && !(f = nlpy_object_ptr(v, NULL)))
		return -1;
	err = nl_cache_set_filter(c->cache, f);
	if (err < 0) {
		nlpy_raise(err, NULL);
		return -1;
	}
	return 0;
}

static PyObject *Cache_get_name(nlpy_Cache *c, void *closure)
{
	CHECK(c);
	return PyUnicode_FromString(c->name);
}

static PyMethodDef Cache_methods[] = {
	{ "refill", (PyCFunction)(void (*)(void))Cache_refill,
	  METH_VARARGS | METH_KEYWORDS,
	  "refill(socket=None): replace the content with a fresh dump, under "
	  "the socket's retry policy; atomic: on error the cache is unchanged. "
	  "Returns the cache." },
	{ "resync", (PyCFunction)(void (*)(void))Cache_resync,
	  METH_VARARGS | METH_KEYWORDS,
	  "resync(socket=None, cb=None, args=None): like refill, calling "
	  "cb(cache, obj, action, args) for each difference." },
	{ "clear", (PyCFunction)Cache_clear, METH_NOARGS,
	  "Remove every object." },
	{ "provide", (PyCFunction)Cache_provide, METH_NOARGS,
	  "Make the cache available to users that require its type." },
	{ "unprovide", (PyCFunction)Cache_unprovide, METH_NOARGS,
	  "Stop providing the cache." },
	{ "subset", (PyCFunction)Cache_subset, METH_O,
	  "A new cache of the objects matching the filter object." },
	{ "_dump", (PyCFunction)Cache_dump_text, METH_VARARGS,
	  "_dump(type=NL_DUMP_LINE, filter=None): nl_cache_dump() as a string." },
	{ "_search", (PyCFunction)Cache_search, METH_O,
	  "The object of the cache identical to the given one, or None." },
	{ "_find", (PyCFunction)Cache_find, METH_O,
	  "The first object matching the filter object, or None." },
	{ "_set_args", (PyCFunction)Cache_set_args, METH_VARARGS,
	  "Request arguments of the cache (e.g. address family)." },
	{ "objects", (PyCFunction)Cache_objects, METH_NOARGS,
	  "The objects as a list." },
	{ "__reversed__", (PyCFunction)Cache_reversed, METH_NOARGS, NULL },
	{ "__enter__", Cache_enter, METH_NOARGS, NULL },
	{ "__exit__", (PyCFunction)Cache_exit, METH_VARARGS, NULL },
	{ NULL }
};

static PyGetSetDef Cache_getset[] = {
	{ "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict },
	{ "is_consistent", (getter)Cache_get_consistent, NULL,
	  "False after a fill whose interrupted result the retry callable "
	  "accepted (DUMP_ACCEPT), else True." },
	{ "filter", (getter)Cache_get_filter, (setter)Cache_set_filter,
	  "Objects outside this filter object never enter the cache." },
	{ "cache_type", (getter)Cache_get_name, NULL,
	  "libnl's cache type name." },
	{ NULL }
};

static PySequenceMethods Cache_as_seq = {
	.sq_length = (lenfunc)Cache_len,
	.sq_contains = (objobjproc)Cache_contains,
};

PyTypeObject nlpy_CacheType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Cache",
	.tp_basicsize = sizeof(nlpy_Cache),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
		    Py_TPFLAGS_HAVE_GC,
	.tp_doc = "A cache of netlink objects (struct nl_cache).",
	.tp_new = Cache_new,
	.tp_init = Cache_init,
	.tp_dealloc = (destructor)Cache_dealloc,
	.tp_traverse = (traverseproc)Cache_traverse,
	.tp_clear = (inquiry)Cache_clear_gc,
	.tp_iter = (getiterfunc)Cache_iter,
	.tp_as_sequence = &Cache_as_seq,
	.tp_methods = Cache_methods,
	.tp_getset = Cache_getset,
	.tp_dictoffset = offsetof(nlpy_Cache, dict),
	.tp_weaklistoffset = offsetof(nlpy_Cache, weak),
};

/* register_cache(cls): caches of type cls._nl_cache_type are of class cls */
static PyObject *py_register_cache(PyObject *self, PyObject *cls)
{
	PyObject *name;
	struct nlpy_kind **k;
	const char *s;
	int found = 0;

	if (!PyType_Check(cls) ||
	    !PyType_IsSubtype((PyTypeObject *)cls, &nlpy_CacheType)) {
		PyErr_SetString(PyExc_TypeError, "a Cache subclass expected");
		return NULL;
	}
	name = PyObject_GetAttrString(cls, "_nl_cache_type");
	if (!name)
		return NULL;
	s = PyUnicode_AsUTF8(name);
	for (k = nlpy_kinds; s && *k; k++)
		if ((*k)->cache && !strcmp((*k)->cache, s)) {
			Py_XSETREF((*k)->cacheclass, Py_NewRef(cls));
			found = 1;
		}
	Py_DECREF(name);
	if (!found && !PyErr_Occurred())
		PyErr_Format(PyExc_ValueError, "unknown cache type %s", s);
	if (PyErr_Occurred())
		return NULL;
	Py_RETURN_NONE;
}

/* ------------------------------------------------------------------ */
/* Cache manager                                                        */

typedef struct {
	PyObject_HEAD
	struct nl_cache_mngr *mngr;
	PyObject *ctxs;		/* list of capsules of struct change_ctx */
	PyObject *sock;		/* the socket given, kept while in use */
	int busy;
} nlpy_Mngr;

static void free_ctx(PyObject *cap)
{
	struct change_ctx *x = PyCapsule_GetPointer(cap, "nlpy.change");

	if (x) {
		Py_XDECREF(x->cb);
		Py_XDECREF(x->args);
		Py_XDECREF(x->cache);
		PyMem_Free(x);
	}
}

static PyObject *Mngr_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "protocol", "flags", "socket", NULL };
	PyObject *fl = Py_None, *sock = Py_None;
	int proto = NETLINK_ROUTE, flags = 0, err;
	struct nl_sock *sk = NULL;
	nlpy_Mngr *m;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|iOO:CacheManager", kwl,
					 &proto, &fl, &sock))
		return NULL;
	if (fl != Py_None) {
		flags = PyLong_AsLong(fl);
		if (flags == -1 && PyErr_Occurred())
			return NULL;
	}
	if (sock != Py_None && !(sk = nlpy_sock_ptr(sock)))
		return NULL;
	m = (nlpy_Mngr *)type->tp_alloc(type, 0);
	if (!m)
		return NULL;
	m->ctxs = PyList_New(0);
	if (sk)
		m->sock = Py_NewRef(sock);
	err = nl_cache_mngr_alloc(sk, proto, flags, &m->mngr);
	if (!m->ctxs || err < 0) {
		Py_DECREF(m);
		return err < 0 ? nlpy_raise(err, NULL) : NULL;
	}
	return (PyObject *)m;
}

static void Mngr_dealloc(nlpy_Mngr *m)
{
	if (m->mngr)
		nl_cache_mngr_free(m->mngr);
	Py_XDECREF(m->ctxs);
	Py_XDECREF(m->sock);
	Py_TYPE(m)->tp_free((PyObject *)m);
}

static PyObject *Mngr_add(nlpy_Mngr *m, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "name", "cb", "args", NULL };
	PyObject *cb = Py_None, *cbargs = Py_None, *cap, *w;
	struct change_ctx *x = NULL;
	struct nl_cache *c;
	const char *name;
	int err;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "s|OO:add", kwl, &name, &cb,
					 &cbargs))
		return NULL;
	if (m->busy) {
		PyErr_SetString(PyExc_RuntimeError, "manager is busy");
		return NULL;
	}
	if (cb != Py_None) {
		if (!PyCallable_Check(cb)) {
			PyErr_SetString(PyExc_TypeError, "cb must be callable");
			return NULL;
		}
		x = PyMem_Calloc(1, sizeof(*x));
		if (!x)
			return PyErr_NoMemory();
		x->cb = Py_NewRef(cb);
		x->args = Py_NewRef(cbargs);
		x->cache = Py_NewRef(Py_None);
		cap = PyCapsule_New(x, "nlpy.change", free_ctx);
		if (!cap || PyList_Append(m->ctxs, cap) < 0) {
			Py_XDECREF(cap);
			if (!cap)
				free_ctx(NULL);
			return NULL;
		}
		Py_DECREF(cap);
	}
	m->busy = 1;
	NLPY_BLOCKING(err = nl_cache_mngr_add(m->mngr, name,
					      x ? change_trampoline : NULL,
					      x, &c));
	m->busy = 0;
	if (nlpy_restore_exception())
		return NULL;
	if (err < 0)
		return nlpy_raise(err, NULL);
	w = nlpy_wrap_cache(c, NULL, name);
	if (w && x)
		Py_SETREF(x->cache, Py_NewRef(w));	/* for the callbacks */
	return w;
}

static PyObject *Mngr_poll(nlpy_Mngr *m, PyObject *args)
{
	int timeout = 0, err;

	if (!PyArg_ParseTuple(args, "|i:poll", &timeout))
		return NULL;
	if (m->busy) {
		PyErr_SetString(PyExc_RuntimeError, "manager is busy");
		return NULL;
	}
	m->busy = 1;
	NLPY_BLOCKING(err = nl_cache_mngr_poll(m->mngr, timeout));
	m->busy = 0;
	if (nlpy_restore_exception())
		return NULL;
	if (err < 0)
		return nlpy_raise(err, NULL);
	return PyLong_FromLong(err);
}

static PyObject *Mngr_data_ready(nlpy_Mngr *m, PyObject *unused)
{
	int err;

	if (m->busy) {
		PyErr_SetString(PyExc_RuntimeError, "manager is busy");
		return NULL;
	}
	m->busy = 1;
	NLPY_BLOCKING(err = nl_cache_mngr_data_ready(m->mngr));
	m->busy = 0;
	if (nlpy_restore_exception())
		return NULL;
	if (err < 0)
		return nlpy_raise(err, NULL);
	return PyLong_FromLong(err);
}

static PyObject *Mngr_get_fd(nlpy_Mngr *m, PyObject *unused)
{
	return PyLong_FromLong(nl_cache_mngr_get_fd(m->mngr));
}

static PyMethodDef Mngr_methods[] = {
	{ "add", (PyCFunction)(void (*)(void))Mngr_add,
	  METH_VARARGS | METH_KEYWORDS,
	  "add(name, cb=None, args=None): manage a cache of that type; "
	  "cb(cache, obj, action, args) is called for each change." },
	{ "poll", (PyCFunction)Mngr_poll, METH_VARARGS,
	  "poll(timeout_ms=0): wait for events and apply them; returns how many." },
	{ "data_ready", (PyCFunction)Mngr_data_ready, METH_NOARGS,
	  "Apply the events that are waiting." },
	{ "get_fd", (PyCFunction)Mngr_get_fd, METH_NOARGS,
	  "File descriptor to wait on." },
	{ "fileno", (PyCFunction)Mngr_get_fd, METH_NOARGS, NULL },
	{ NULL }
};

PyTypeObject nlpy_MngrType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.CacheManager",
	.tp_basicsize = sizeof(nlpy_Mngr),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
	.tp_doc = "CacheManager(protocol=NETLINK_ROUTE, flags=None, socket=None)",
	.tp_new = Mngr_new,
	.tp_dealloc = (destructor)Mngr_dealloc,
	.tp_methods = Mngr_methods,
};

static PyMethodDef cache_functions[] = {
	{ "register_cache", py_register_cache, METH_O,
	  "Make a class the one for caches of its _nl_cache_type." },
	{ NULL }
};

int nlpy_init_caches(PyObject *m)
{
	if (PyType_Ready(&nlpy_CacheType) < 0 || PyType_Ready(&nlpy_MngrType) < 0)
		return -1;
	if (PyModule_AddObjectRef(m, "Cache", (PyObject *)&nlpy_CacheType) < 0 ||
	    PyModule_AddObjectRef(m, "CacheManager", (PyObject *)&nlpy_MngrType) < 0)
		return -1;
	return PyModule_AddFunctions(m, cache_functions);
}
