/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects (struct nl_object), addresses (struct nl_addr) and a route's
 * next hops, with their attributes as properties from attrs.c's tables.
 */
#include "nlpy.h"

#include <netlink/route/route.h>
#include <netlink/route/nexthop.h>

/* ------------------------------------------------------------------ */
/* Attribute access through the tables                                  */

typedef uint8_t (*get_u8_t)(void *);
typedef uint16_t (*get_u16_t)(void *);
typedef unsigned int (*get_u32_t)(void *);
typedef int (*get_int_t)(void *);
typedef uint64_t (*get_u64_t)(void *);
typedef int (*get_out8_t)(void *, uint8_t *);
typedef int (*get_out16_t)(void *, uint16_t *);
typedef int (*get_out32_t)(void *, uint32_t *);
typedef int (*get_out64_t)(void *, uint64_t *);
typedef const char *(*get_str_t)(void *);
typedef struct nl_addr *(*get_addr_t)(void *);
typedef char *(*tostr_t)(int, char *, size_t);
typedef int (*fromstr_t)(const char *);
typedef void (*set_uv_t)(void *, unsigned int);
typedef int (*set_ui_t)(void *, unsigned int);
typedef void (*set_u64v_t)(void *, uint64_t);
typedef int (*set_u64i_t)(void *, uint64_t);
typedef void (*set_pv_t)(void *, const void *);
typedef int (*set_pi_t)(void *, const void *);

static long long raw_value(void *t, const struct nlpy_attr *a, int *absent)
{
	*absent = 0;
	switch (a->kind) {
	case K_U8:
	case K_ENUM8:
		return ((get_u8_t)a->get)(t);
	case K_U16:
		return ((get_u16_t)a->get)(t);
	case K_U32:
	case K_FLAGS:
		return ((get_u32_t)a->get)(t);
	case K_INT:
	case K_ENUM:
		return ((get_int_t)a->get)(t);
	case K_U64:
		return (long long)((get_u64_t)a->get)(t);
	case K_OUT8: {
		uint8_t v = 0;
		*absent = ((get_out8_t)a->get)(t, &v) < 0;
		return v;
	}
	case K_OUT16: {
		uint16_t v = 0;
		*absent = ((get_out16_t)a->get)(t, &v) < 0;
		return v;
	}
	case K_OUT32: {
		uint32_t v = 0;
		*absent = ((get_out32_t)a->get)(t, &v) < 0;
		return v;
	}
	case K_OUT64: {
		uint64_t v = 0;
		*absent = ((get_out64_t)a->get)(t, &v) < 0;
		return (long long)v;
	}
	}
	return 0;
}

static PyObject *flag_names(unsigned long v, const struct nlpy_attr *a)
{
	PyObject *list = PyList_New(0), *s;
	char buf[64];
	int bit;

	if (!list)
		return NULL;
	for (bit = 0; bit < 32; bit++) {
		if (!(v & (1ul << bit)))
			continue;
		buf[0] = '\0';
		((tostr_t)a->tostr)(1 << bit, buf, sizeof(buf));
		if (buf[0])
			s = PyUnicode_FromString(buf);
		else
			s = PyUnicode_FromFormat("0x%x", 1u << bit);
		if (!s || PyList_Append(list, s) < 0) {
			Py_XDECREF(s);
			Py_DECREF(list);
			return NULL;
		}
		Py_DECREF(s);
	}
	return list;
}

PyObject *nlpy_attr_get(void *t, const struct nlpy_attr *a, int raw)
{
	long long v;
	int absent;
	char buf[128];

	switch (a->kind) {
	case K_STR: {
		const char *s = ((get_str_t)a->get)(t);

		if (!s)
			Py_RETURN_NONE;
		return PyUnicode_DecodeUTF8(s, strlen(s), "surrogateescape");
	}
	case K_ADDR: {
		struct nl_addr *ad = ((get_addr_t)a->get)(t);

		if (!ad)
			Py_RETURN_NONE;
		return nlpy_wrap_addr(ad);
	}
	}
	v = raw_value(t, a, &absent);
	if (absent)
		Py_RETURN_NONE;
	if (raw || !a->tostr) {
		if (a->kind == K_U64 || a->kind == K_OUT64)
			return PyLong_FromUnsignedLongLong(v);
		return PyLong_FromLongLong(v);
	}
	if (a->kind == K_FLAGS)
		return flag_names((unsigned long)v, a);
	buf[0] = '\0';
	((tostr_t)a->tostr)((int)v, buf, sizeof(buf));
	return PyUnicode_FromString(buf);
}

static int name_value(const struct nlpy_attr *a, PyObject *v, long long *out)
{
	const char *s = PyUnicode_AsUTF8(v);
	int n;

	if (!s)
		return -1;
	n = ((fromstr_t)a->fromstr)(s);
	if (n < 0) {
		PyErr_Format(PyExc_ValueError, "%s: unknown value '%s'",
			     a->name, s);
		return -1;
	}
	*out = n;
	return 0;
}

/* Flags given by name: "name" sets, "-name" clears. */
static int set_flag_names(void *t, const struct nlpy_attr *a, PyObject *v)
{
	PyObject *seq, *item;
	Py_ssize_t i;

	if (PyUnicode_Check(v))
		seq = PyUnicode_Split(v, PyUnicode_FromString(","), -1);
	else
		seq = PySequence_List(v);
	if (!seq)
		return -1;
	for (i = 0; i < PyList_GET_SIZE(seq); i++) {
		const char *s;
		long long bit;
		int neg;

		item = PyList_GET_ITEM(seq, i);
		if (!PyUnicode_Check(item)) {
			PyErr_Format(PyExc_TypeError, "%s: flag names expected",
				     a->name);
			goto fail;
		}
		s = PyUnicode_AsUTF8(item);
		if (!s)
			goto fail;
		neg = s[0] == '-';
		bit = ((fromstr_t)a->fromstr)(s + neg);
		if (bit <= 0) {
			PyErr_Format(PyExc_ValueError, "%s: unknown flag '%s'",
				     a->name, s + neg);
			goto fail;
		}
		if (neg)
			((set_uv_t)a->unset)(t, (unsigned int)bit);
		else
			((set_uv_t)a->set)(t, (unsigned int)bit);
	}
	Py_DECREF(seq);
	return 0;
fail:
	Py_DECREF(seq);
	return -1;
}

static const unsigned long long kind_max[] = {
	[K_U8] = 0xff, [K_U16] = 0xffff, [K_U32] = 0xffffffffull,
	[K_INT] = 0x7fffffff, [K_U64] = ~0ull, [K_OUT8] = 0xff,
	[K_OUT16] = 0xffff, [K_OUT32] = 0xffffffffull, [K_OUT64] = ~0ull,
	[K_ENUM] = 0x7fffffff, [K_ENUM8] = 0xff, [K_FLAGS] = 0xffffffffull,
};

int nlpy_attr_set(void *t, const struct nlpy_attr *a, PyObject *v, int raw)
{
	long long n = 0;
	int err = 0;

	if (!a->set) {
		PyObject *e = PyObject_CallFunction(nlpy_ImmutableError, "s",
						    a->name);
		if (e) {
			PyErr_SetObject(nlpy_ImmutableError, e);
			Py_DECREF(e);
		}
		return -1;
	}
	if (!v) {
		PyErr_Format(PyExc_AttributeError, "%s cannot be deleted",
			     a->name);
		return -1;
	}
	switch (a->kind) {
	case K_STR: {
		const char *s = PyUnicode_AsUTF8(v);

		if (!s)
			return -1;
		if (a->set_int)
			err = ((set_pi_t)a->set)(t, s);
		else
			((set_pv_t)a->set)(t, s);
		goto done;
	}
	case K_ADDR: {
		struct nl_addr *ad = nlpy_addr_arg(v, AF_UNSPEC);

		if (!ad)
			return -1;
		if (a->set_int)
			err = ((set_pi_t)a->set)(t, ad);
		else
			((set_pv_t)a->set)(t, ad);
		nl_addr_put(ad);
		goto done;
	}
	}
	if (!raw && a->kind == K_FLAGS && !PyLong_Check(v))
		return set_flag_names(t, a, v);
	if (!raw && a->fromstr && PyUnicode_Check(v)) {
		if (name_value(a, v, &n) < 0)
			return -1;
	} else {
		int over = 0;

		n = PyLong_AsLongLongAndOverflow(v, &over);
		if (over > 0 && (a->kind == K_U64 || a->kind == K_OUT64)) {
			n = (long long)PyLong_AsUnsignedLongLong(v);
			over = 0;
		}
		if (n == -1 && PyErr_Occurred())
			return -1;
		if (over || (n < 0 && a->kind != K_INT && a->kind != K_ENUM) ||
		    (n > 0 && (unsigned long long)n > kind_max[a->kind])) {
			PyErr_Format(PyExc_OverflowError, "%s: %S out of range",
				     a->name, v);
			return -1;
		}
	}
	if (a->kind == K_FLAGS) {
		/* an exact value: clear everything, then set it */
		((set_uv_t)a->unset)(t, ~0u);
		((set_uv_t)a->set)(t, (unsigned int)n);
	} else if (a->kind == K_U64 || a->kind == K_OUT64) {
		if (a->set_int)
			err = ((set_u64i_t)a->set)(t, (uint64_t)n);
		else
			((set_u64v_t)a->set)(t, (uint64_t)n);
	} else if (a->set_int)
		err = ((set_ui_t)a->set)(t, (unsigned int)n);
	else
		((set_uv_t)a->set)(t, (unsigned int)n);
done:
	if (err < 0) {
		nlpy_raise(err, NULL);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Objects                                                              */

PyObject *nlpy_wrap_object(struct nl_object *obj, PyTypeObject *type)
{
	struct nlpy_kind *k = nlpy_kind_by_type(nl_object_get_type(obj));
	nlpy_Object *o;

	if (!type)
		type = k && k->pyclass ? (PyTypeObject *)k->pyclass
				       : &nlpy_ObjectType;
	o = (nlpy_Object *)type->tp_alloc(type, 0);
	if (!o)
		return NULL;
	nl_object_get(obj);
	o->obj = obj;
	o->kind = k;
	return (PyObject *)o;
}

struct nl_object *nlpy_object_ptr(PyObject *o, const char *type)
{
	struct nl_object *obj;

	if (!PyObject_TypeCheck(o, &nlpy_ObjectType)) {
		PyErr_Format(PyExc_TypeError, "netlink object expected, not %s",
			     Py_TYPE(o)->tp_name);
		return NULL;
	}
	obj = ((nlpy_Object *)o)->obj;
	if (type && strcmp(nl_object_get_type(obj), type)) {
		PyErr_Format(PyExc_TypeError, "%s object expected, not %s",
			     type, nl_object_get_type(obj));
		return NULL;
	}
	return obj;
}

static PyObject *Object_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static PyObject *key;	/* interned, as in Cache_new() */
	PyObject *name;
	struct nl_object *obj;
	nlpy_Object *o;
	const char *s;
	int err;

	if (!key && !(key = PyUnicode_InternFromString("_nl_type")))
		return NULL;
	name = PyObject_GetAttr((PyObject *)type, key);
	if (!name) {
		PyErr_Clear();
		if (PyTuple_GET_SIZE(args) < 1) {
			PyErr_SetString(PyExc_TypeError,
					"Object(type_name, ...) expected");
			return NULL;
		}
		name = PyTuple_GET_ITEM(args, 0);
		Py_INCREF(name);
	}
	s = PyUnicode_AsUTF8(name);
	if (!s) {
		Py_DECREF(name);
		return NULL;
	}
	err = nl_object_alloc_name(s, &obj);
	Py_DECREF(name);
	if (err < 0)
		return nlpy_raise(err, NULL);
	o = (nlpy_Object *)type->tp_alloc(type, 0);
	if (!o) {
		nl_object_put(obj);
		return NULL;
	}
	o->obj = obj;
	o->kind = nlpy_kind_by_type(nl_object_get_type(obj));
	return (PyObject *)o;
}

static int Object_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static void Object_dealloc(nlpy_Object *o)
{
	PyObject_GC_UnTrack(o);
	if (o->weak)
		PyObject_ClearWeakRefs((PyObject *)o);
	Py_CLEAR(o->dict);
	if (o->obj)
		nlpy_put_object(o->obj);
	Py_TYPE(o)->tp_free((PyObject *)o);
}

static int Object_traverse(nlpy_Object *o, visitproc visit, void *arg)
{
	Py_VISIT(o->dict);
	Py_VISIT(Py_TYPE(o));
	return 0;
}

static int Object_clear(nlpy_Object *o)
{
	Py_CLEAR(o->dict);
	return 0;
}

static PyObject *dump_string(struct nl_object *obj, struct nl_cache *cache,
			     struct nl_object *filter, int type)
{
	struct nl_dump_params dp = { .dp_type = type };
	char *buf = NULL;
	size_t len = 0;
	PyObject *s;

	dp.dp_fd = open_memstream(&buf, &len);
	if (!dp.dp_fd)
		return PyErr_NoMemory();
	if (obj)
		nl_object_dump(obj, &dp);
	else
		nl_cache_dump_filter(cache, &dp, filter);
	fclose(dp.dp_fd);
	s = PyUnicode_DecodeUTF8(buf, len, "replace");
	free(buf);
	return s;
}

PyObject *nlpy_dump_string(struct nl_object *obj, struct nl_cache *cache,
			   struct nl_object *filter, int type)
{
	return dump_string(obj, cache, filter, type);
}

static PyObject *Object_str(nlpy_Object *o)
{
	char buf[1024];
	size_t n;

	buf[0] = '\0';
	nl_object_dump_buf(o->obj, buf, sizeof(buf));
	n = strlen(buf);
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == ' '))
		buf[--n] = '\0';
	return PyUnicode_DecodeUTF8(buf, n, "replace");
}

static PyObject *Object_repr(nlpy_Object *o)
{
	return PyUnicode_FromFormat("<%s %s at %p>", Py_TYPE(o)->tp_name,
				    nl_object_get_type(o->obj), o);
}

static PyObject *Object_dump_text(nlpy_Object *o, PyObject *args)
{
	int type = NL_DUMP_LINE;

	if (!PyArg_ParseTuple(args, "|i:_dump", &type))
		return NULL;
	return dump_string(o->obj, NULL, NULL, type);
}

static PyObject *Object_clone(nlpy_Object *o, PyObject *unused)
{
	struct nl_object *c = nl_object_clone(o->obj);
	PyObject *w;

	if (!c)
		return PyErr_NoMemory();
	w = nlpy_wrap_object(c, Py_TYPE(o));
	nl_object_put(c);
	return w;
}

static PyObject *Object_match(nlpy_Object *o, PyObject *filter)
{
	struct nl_object *f = nlpy_object_ptr(filter, NULL);

	if (!f)
		return NULL;
	return PyBool_FromLong(nl_object_match_filter(o->obj, f));
}

static PyObject *Object_identical(nlpy_Object *o, PyObject *other)
{
	struct nl_object *b = nlpy_object_ptr(other, NULL);

	if (!b)
		return NULL;
	return PyBool_FromLong(nl_object_identical(o->obj, b));
}

static PyObject *Object_diff(nlpy_Object *o, PyObject *other)
{
	struct nl_object *b = nlpy_object_ptr(other, NULL);

	if (!b)
		return NULL;
	return PyLong_FromUnsignedLongLong(nl_object_diff64(o->obj, b));
}

static PyObject *Object_get_mark(nlpy_Object *o, void *c)
{
	return PyBool_FromLong(nl_object_is_marked(o->obj));
}

static int Object_set_mark(nlpy_Object *o, PyObject *v, void *c)
{
	int t = v ? PyObject_IsTrue(v) : 0;

	if (t < 0)
		return -1;
	if (t)
		nl_object_mark(o->obj);
	else
		nl_object_unmark(o->obj);
	return 0;
}

static PyObject *Object_get_shared(nlpy_Object *o, void *c)
{
	return PyBool_FromLong(nl_object_shared(o->obj));
}

static PyObject *Object_get_refcnt(nlpy_Object *o, void *c)
{
	return PyLong_FromLong(nl_object_get_refcnt(o->obj));
}

static PyObject *Object_get_attrs(nlpy_Object *o, void *c)
{
	char buf[1024];
	PyObject *s, *l;

	buf[0] = '\0';
	nl_object_attr_list(o->obj, buf, sizeof(buf));
	s = PyUnicode_FromString(buf);
	if (!s)
		return NULL;
	l = PyUnicode_Split(s, PyUnicode_FromString(","), -1);
	Py_DECREF(s);
	return l;
}

static PyObject *Object_get_type(nlpy_Object *o, void *c)
{
	return PyUnicode_FromString(nl_object_get_type(o->obj));
}

static PyObject *Object_get_msgtype(nlpy_Object *o, void *c)
{
	return PyLong_FromLong(nl_object_get_msgtype(o->obj));
}

static PyMethodDef Object_methods[] = {
	{ "clone", (PyCFunction)Object_clone, METH_NOARGS,
	  "A copy of the object (nl_object_clone())." },
	{ "_dump", (PyCFunction)Object_dump_text, METH_VARARGS,
	  "The object as nl_object_dump() prints it, as a string." },
	{ "match", (PyCFunction)Object_match, METH_O,
	  "Whether the object matches the filter object." },
	{ "identical", (PyCFunction)Object_identical, METH_O,
	  "Whether both objects have the same identity (nl_object_identical())." },
	{ "diff", (PyCFunction)Object_diff, METH_O,
	  "Bit mask of the attributes that differ (nl_object_diff64())." },
	{ NULL }
};

static PyGetSetDef Object_getset[] = {
	{ "__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict },
	{ "mark", (getter)Object_get_mark, (setter)Object_set_mark,
	  "True if the object is marked." },
	{ "shared", (getter)Object_get_shared, NULL,
	  "True if more than one user holds the object." },
	{ "refcnt", (getter)Object_get_refcnt, NULL, "Reference count." },
	{ "attrs", (getter)Object_get_attrs, NULL,
	  "Names of the attributes that are set." },
	{ "objtype", (getter)Object_get_type, NULL,
	  "libnl's type name, e.g. 'route/link'." },
	{ "msgtype", (getter)Object_get_msgtype, NULL,
	  "Netlink message type the object came from." },
	{ NULL }
};

PyTypeObject nlpy_ObjectType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Object",
	.tp_basicsize = sizeof(nlpy_Object),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
		    Py_TPFLAGS_HAVE_GC,
	.tp_doc = "A libnl object (struct nl_object).",
	.tp_new = Object_new,
	.tp_init = Object_init,
	.tp_dealloc = (destructor)Object_dealloc,
	.tp_traverse = (traverseproc)Object_traverse,
	.tp_clear = (inquiry)Object_clear,
	.tp_str = (reprfunc)Object_str,
	.tp_repr = (reprfunc)Object_repr,
	.tp_methods = Object_methods,
	.tp_getset = Object_getset,
	.tp_dictoffset = offsetof(nlpy_Object, dict),
	.tp_weaklistoffset = offsetof(nlpy_Object, weak),
};

/* Properties from the tables */
static PyObject *attr_getter(nlpy_Object *o, void *closure)
{
	const struct nlpy_attr *a = closure;

	if (!nlpy_kind_accepts(a->owner, o->kind)) {
		PyErr_Format(PyExc_TypeError, "%s is not an attribute of %s",
			     a->name, nl_object_get_type(o->obj));
		return NULL;
	}
	return nlpy_attr_get(o->obj, a, 0);
}

static int attr_setter(nlpy_Object *o, PyObject *v, void *closure)
{
	const struct nlpy_attr *a = closure;

	if (!nlpy_kind_accepts(a->owner, o->kind)) {
		PyErr_Format(PyExc_TypeError, "%s is not an attribute of %s",
			     a->name, nl_object_get_type(o->obj));
		return -1;
	}
	return nlpy_attr_set(o->obj, a, v, 0);
}

/*
 * register(cls): instances of the object type cls._nl_type that the C
 * side hands out are of class cls, and cls gets a property for each
 * attribute of the type that it does not define itself.
 */
static PyObject *py_register(PyObject *self, PyObject *cls)
{
	PyObject *name, *d;
	struct nlpy_kind *k;
	struct nlpy_attr *a;
	const char *s;

	if (!PyType_Check(cls) ||
	    !PyType_IsSubtype((PyTypeObject *)cls, &nlpy_ObjectType)) {
		PyErr_SetString(PyExc_TypeError, "an Object subclass expected");
		return NULL;
	}
	name = PyObject_GetAttrString(cls, "_nl_type");
	if (!name)
		return NULL;
	s = PyUnicode_AsUTF8(name);
	k = s ? nlpy_kind_by_type(s) : NULL;
	Py_DECREF(name);
	if (!k) {
		if (!PyErr_Occurred())
			PyErr_Format(PyExc_ValueError, "no attribute table for %s", s);
		return NULL;
	}
	for (a = k->attrs; a->name; a++) {
		PyGetSetDef *gs;

		if (PyObject_HasAttrString(cls, a->name))
			continue;
		gs = PyMem_RawCalloc(1, sizeof(*gs));	/* lives for ever */
		if (!gs)
			return PyErr_NoMemory();
		gs->name = a->name;
		gs->get = (getter)attr_getter;
		gs->set = (setter)attr_setter;
		gs->closure = a;
		d = PyDescr_NewGetSet(&nlpy_ObjectType, gs);
		if (!d || PyObject_SetAttrString(cls, a->name, d) < 0) {
			Py_XDECREF(d);
			return NULL;
		}
		Py_DECREF(d);
	}
	Py_XSETREF(k->pyclass, Py_NewRef(cls));
	Py_RETURN_NONE;
}

/* ------------------------------------------------------------------ */
/* Addresses                                                            */

static PyTypeObject *addr_class = &nlpy_AddrType;

PyObject *nlpy_wrap_addr(struct nl_addr *addr)
{
	nlpy_Addr *a = (nlpy_Addr *)addr_class->tp_alloc(addr_class, 0);

	if (!a)
		return NULL;
	a->addr = nl_addr_get(addr);
	return (PyObject *)a;
}

/* register_addr(cls): addresses the C side hands out are of class cls */
static PyObject *py_register_addr(PyObject *self, PyObject *cls)
{
	if (!PyType_Check(cls) ||
	    !PyType_IsSubtype((PyTypeObject *)cls, &nlpy_AddrType)) {
		PyErr_SetString(PyExc_TypeError, "an Addr subclass expected");
		return NULL;
	}
	Py_INCREF(cls);
	if (addr_class != &nlpy_AddrType)
		Py_DECREF(addr_class);
	addr_class = (PyTypeObject *)cls;
	Py_RETURN_NONE;
}

/* A new reference to the address @o stands for (wrapper, text, bytes). */
struct nl_addr *nlpy_addr_arg(PyObject *o, int family)
{
	struct nl_addr *a = NULL;
	int err;

	if (PyObject_TypeCheck(o, &nlpy_AddrType))
		return nl_addr_get(((nlpy_Addr *)o)->addr);
	if (PyUnicode_Check(o)) {
		const char *s = PyUnicode_AsUTF8(o);

		if (!s)
			return NULL;
		err = nl_addr_parse(s, family, &a);
		if (err < 0) {
			nlpy_raise(err, NULL);
			return NULL;
		}
		return a;
	}
	if (PyBytes_Check(o)) {
		a = nl_addr_build(family, PyBytes_AS_STRING(o),
				  PyBytes_GET_SIZE(o));
		if (!a)
			PyErr_NoMemory();
		return a;
	}
	PyErr_Format(PyExc_TypeError, "address expected, not %s",
		     Py_TYPE(o)->tp_name);
	return NULL;
}

static PyObject *Addr_new(PyTypeObject *type, PyObject *args, PyObject *kw)
{
	static char *kwl[] = { "addr", "family", NULL };
	PyObject *v = NULL;
	int family = AF_UNSPEC;
	nlpy_Addr *a;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "|Oi", kwl, &v, &family))
		return NULL;
	a = (nlpy_Addr *)type->tp_alloc(type, 0);
	if (!a)
		return NULL;
	if (!v || v == Py_None)
		a->addr = nl_addr_alloc(0);
	else if (PyObject_TypeCheck(v, &nlpy_AddrType))
		a->addr = nl_addr_clone(((nlpy_Addr *)v)->addr);
	else
		a->addr = nlpy_addr_arg(v, family);
	if (!a->addr) {
		if (!PyErr_Occurred())
			PyErr_NoMemory();
		Py_DECREF(a);
		return NULL;
	}
	return (PyObject *)a;
}

static int Addr_init(PyObject *self, PyObject *args, PyObject *kw)
{
	return 0;
}

static void Addr_dealloc(nlpy_Addr *a)
{
	if (a->addr)
		nlpy_put_addr(a->addr);
	Py_TYPE(a)->tp_free((PyObject *)a);
}

static PyObject *Addr_str(nlpy_Addr *a)
{
	char buf[128];

	return PyUnicode_FromString(nl_addr2str(a->addr, buf, sizeof(buf)));
}

static PyObject *Addr_repr(nlpy_Addr *a)
{
	char buf[128];

	return PyUnicode_FromFormat("%s('%s')", Py_TYPE(a)->tp_name,
				    nl_addr2str(a->addr, buf, sizeof(buf)));
}

static Py_ssize_t Addr_len(nlpy_Addr *a)
{
	return nl_addr_get_len(a->addr);
}

static int Addr_bool(nlpy_Addr *a)
{
	return !nl_addr_iszero(a->addr);
}

static Py_hash_t Addr_hash(nlpy_Addr *a)
{
	PyObject *b = PyBytes_FromStringAndSize(
		nl_addr_get_binary_addr(a->addr), nl_addr_get_len(a->addr));
	Py_hash_t h;

	if (!b)
		return -1;
	h = PyObject_Hash(b);
	Py_DECREF(b);
	if (h == -1)
		return -1;
	h ^= (Py_hash_t)nl_addr_get_prefixlen(a->addr) * 1000003 +
	     nl_addr_get_family(a->addr);
	return h == -1 ? -2 : h;
}

static PyObject *Addr_richcompare(PyObject *x, PyObject *y, int op)
{
	int c;

	if (!PyObject_TypeCheck(y, &nlpy_AddrType) ||
	    !PyObject_TypeCheck(x, &nlpy_AddrType))
		Py_RETURN_NOTIMPLEMENTED;
	c = nl_addr_cmp(((nlpy_Addr *)x)->addr, ((nlpy_Addr *)y)->addr);
	Py_RETURN_RICHCOMPARE(c, 0, op);
}

/* The address is about to change: stop sharing it first. */
static int Addr_own(nlpy_Addr *a)
{
	struct nl_addr *c;

	if (!nl_addr_shared(a->addr))
		return 0;
	c = nl_addr_clone(a->addr);
	if (!c) {
		PyErr_NoMemory();
		return -1;
	}
	nlpy_put_addr(a->addr);
	a->addr = c;
	return 0;
}

static PyObject *Addr_get_prefixlen(nlpy_Addr *a, void *c)
{
	return PyLong_FromUnsignedLong(nl_addr_get_prefixlen(a->addr));
}

static int Addr_set_prefixlen(nlpy_Addr *a, PyObject *v, void *c)
{
	long n = v ? PyLong_AsLong(v) : -1;

	if (n == -1 && PyErr_Occurred())
		return -1;
	if (n < 0 || n > 8 * (long)nl_addr_get_len(a->addr)) {
		PyErr_SetString(PyExc_ValueError, "prefix length out of range");
		return -1;
	}
	if (Addr_own(a) < 0)
		return -1;
	nl_addr_set_prefixlen(a->addr, n);
	return 0;
}

static PyObject *Addr_get_family(nlpy_Addr *a, void *c)
{
	return PyLong_FromLong(nl_addr_get_family(a->addr));
}

static int Addr_set_family(nlpy_Addr *a, PyObject *v, void *c)
{
	long n = v ? PyLong_AsLong(v) : -1;

	if (n == -1 && PyErr_Occurred())
		return -1;
	if (Addr_own(a) < 0)
		return -1;
	nl_addr_set_family(a->addr, n);
	return 0;
}

static PyObject *Addr_get_shared(nlpy_Addr *a, void *c)
{
	return PyBool_FromLong(nl_addr_shared(a->addr));
}

static PyObject *Addr_bytes(nlpy_Addr *a, PyObject *unused)
{
	return PyBytes_FromStringAndSize(nl_addr_get_binary_addr(a->addr),
					 nl_addr_get_len(a->addr));
}

static PyObject *Addr_contains_(nlpy_Addr *a, PyObject *item)
{
	struct nl_addr *b = nlpy_addr_arg(item, nl_addr_get_family(a->addr));
	int r;

	if (!b)
		return NULL;
	r = nl_addr_get_family(a->addr) == nl_addr_get_family(b) &&
	    nl_addr_get_prefixlen(b) >= nl_addr_get_prefixlen(a->addr) &&
	    !nl_addr_cmp_prefix(a->addr, b);
	nl_addr_put(b);
	return PyBool_FromLong(r);
}

static PyMethodDef Addr_methods[] = {
	{ "contains", (PyCFunction)Addr_contains_, METH_O,
	  "Whether the address's prefix contains the given address." },
	{ "__bytes__", (PyCFunction)Addr_bytes, METH_NOARGS,
	  "The address in binary form." },
	{ NULL }
};

static PyGetSetDef Addr_getset[] = {
	{ "prefixlen", (getter)Addr_get_prefixlen, (setter)Addr_set_prefixlen,
	  "Length of the prefix in bits." },
	{ "_family", (getter)Addr_get_family, (setter)Addr_set_family,
	  "Address family number." },
	{ "shared", (getter)Addr_get_shared, NULL,
	  "True if the address is in use by more than one holder." },
	{ NULL }
};

static PySequenceMethods Addr_as_seq = { .sq_length = (lenfunc)Addr_len };
static PyNumberMethods Addr_as_num = { .nb_bool = (inquiry)Addr_bool };

PyTypeObject nlpy_AddrType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.Addr",
	.tp_basicsize = sizeof(nlpy_Addr),
	.tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
	.tp_doc = "An address (struct nl_addr).",
	.tp_new = Addr_new,
	.tp_init = Addr_init,
	.tp_dealloc = (destructor)Addr_dealloc,
	.tp_str = (reprfunc)Addr_str,
	.tp_repr = (reprfunc)Addr_repr,
	.tp_hash = (hashfunc)Addr_hash,
	.tp_richcompare = Addr_richcompare,
	.tp_as_sequence = &Addr_as_seq,
	.tp_as_number = &Addr_as_num,
	.tp_methods = Addr_methods,
	.tp_getset = Addr_getset,
};

/* ------------------------------------------------------------------ */
/* A route's next hops: owned by the route, so the wrapper keeps it     */

typedef struct {
	PyObject_HEAD
	struct rtnl_nexthop *nh;
	PyObject *route;
} nlpy_Nexthop;

static void Nexthop_dealloc(nlpy_Nexthop *n)
{
	Py_XDECREF(n->route);
	Py_TYPE(n)->tp_free((PyObject *)n);
}

static PyObject *nh_getter(nlpy_Nexthop *n, void *closure)
{
	return nlpy_attr_get(n->nh, closure, 0);
}

static int nh_setter(nlpy_Nexthop *n, PyObject *v, void *closure)
{
	return nlpy_attr_set(n->nh, closure, v, 0);
}

static PyGetSetDef Nexthop_getset[16];

PyTypeObject nlpy_NexthopType = {
	PyVarObject_HEAD_INIT(NULL, 0)
	.tp_name = "netlink._nl.RouteNexthop",
	.tp_basicsize = sizeof(nlpy_Nexthop),
	.tp_flags = Py_TPFLAGS_DEFAULT,
	.tp_doc = "One next hop of a route (struct rtnl_nexthop).",
	.tp_dealloc = (destructor)Nexthop_dealloc,
	.tp_getset = Nexthop_getset,
};

/* route_nexthops(route): the next hops, in order */
static PyObject *py_route_nexthops(PyObject *self, PyObject *route)
{
	struct nl_object *obj = nlpy_object_ptr(route, "route/route");
	PyObject *list;
	int i, n;

	if (!obj)
		return NULL;
	n = rtnl_route_get_nnexthops((struct rtnl_route *)obj);
	list = PyList_New(n);
	if (!list)
		return NULL;
	for (i = 0; i < n; i++) {
		nlpy_Nexthop *h = PyObject_New(nlpy_Nexthop, &nlpy_NexthopType);

		if (!h) {
			Py_DECREF(list);
			return NULL;
		}
		h->nh = rtnl_route_nexthop_n((struct rtnl_route *)obj, i);
		h->route = Py_NewRef(route);
		PyList_SET_ITEM(list, i, (PyObject *)h);
	}
	return list;
}

/* route_add_nexthop(route, gateway=None, ifindex=0, weight=0) */
static PyObject *py_route_add_nexthop(PyObject *self, PyObject *args,
				      PyObject *kw)
{
	static char *kwl[] = { "route", "gateway", "ifindex", "weight", NULL };
	PyObject *route, *gw = Py_None;
	int ifindex = 0, weight = 0;
	struct nl_object *obj;
	struct rtnl_nexthop *nh;

	if (!PyArg_ParseTupleAndKeywords(args, kw, "O|Oii", kwl, &route, &gw,
					 &ifindex, &weight))
		return NULL;
	obj = nlpy_object_ptr(route, "route/route");
	if (!obj)
		return NULL;
	nh = rtnl_route_nh_alloc();
	if (!nh)
		return PyErr_NoMemory();
	if (gw != Py_None) {
		struct nl_addr *a = nlpy_addr_arg(gw, AF_UNSPEC);

		if (!a) {
			rtnl_route_nh_free(nh);
			return NULL;
		}
		rtnl_route_nh_set_gateway(nh, a);
		nl_addr_put(a);
	}
	if (ifindex)
		rtnl_route_nh_set_ifindex(nh, ifindex);
	if (weight)
		rtnl_route_nh_set_weight(nh, weight);
	rtnl_route_add_nexthop((struct rtnl_route *)obj, nh);
	Py_RETURN_NONE;
}

static PyMethodDef object_functions[] = {
	{ "register", py_register, METH_O,
	  "Make a class the one for its _nl_type and give it the type's attributes." },
	{ "register_addr", py_register_addr, METH_O,
	  "Make a class the one of the addresses handed out." },
	{ "route_nexthops", py_route_nexthops, METH_O,
	  "The next hops of a route." },
	{ "route_add_nexthop", (PyCFunction)(void (*)(void))py_route_add_nexthop,
	  METH_VARARGS | METH_KEYWORDS, "Add a next hop to a route." },
	{ NULL }
};

int nlpy_init_objects(PyObject *m)
{
	struct nlpy_kind **k;
	struct nlpy_attr *a;
	int i = 0;

	for (k = nlpy_kinds; *k; k++)
		for (a = (*k)->attrs; a->name; a++)
			if (!a->owner)
				a->owner = *k;
	for (a = nlpy_route_nh_attrs; a->name; a++, i++) {
		Nexthop_getset[i].name = a->name;
		Nexthop_getset[i].get = (getter)nh_getter;
		Nexthop_getset[i].set = (setter)nh_setter;
		Nexthop_getset[i].closure = a;
	}
	if (PyType_Ready(&nlpy_ObjectType) < 0 ||
	    PyType_Ready(&nlpy_AddrType) < 0 ||
	    PyType_Ready(&nlpy_NexthopType) < 0)
		return -1;
	if (PyModule_AddObjectRef(m, "Object", (PyObject *)&nlpy_ObjectType) < 0 ||
	    PyModule_AddObjectRef(m, "Addr", (PyObject *)&nlpy_AddrType) < 0 ||
	    PyModule_AddObjectRef(m, "RouteNexthop",
				  (PyObject *)&nlpy_NexthopType) < 0)
		return -1;
	return PyModule_AddFunctions(m, object_functions);
}
