# SPDX-License-Identifier: LGPL-2.1-only
"""Traffic control: qdiscs, classes and classifiers.

    import netlink.route.tc as tc
    for q in tc.QdiscCache().refill():
        print(q.kind, q.handle, q.parent)
"""

from .. import core as netlink
from .. import _nl
from . import capi
from ._base import RouteObject, _socket_of, _check

__all__ = ['Handle', 'TcCache', 'Tc', 'QdiscCache', 'Qdisc', 'TcClassCache',
           'TcClass', 'ClassifierCache', 'Classifier',
           'TC_H_ROOT', 'TC_H_INGRESS', 'TC_H_UNSPEC']

TC_H_UNSPEC = 0
TC_H_ROOT = 0xFFFFFFFF
TC_H_INGRESS = 0xFFFFFFF1


class Handle(object):
    """A tc handle: ``Handle('1:10')``, ``Handle(0x10010)``; ``str()``
    gives libnl's text, ``int()`` the number."""

    def __init__(self, val=None):
        if isinstance(val, Handle):
            val = int(val)
        elif isinstance(val, str):
            val = capi.rtnl_tc_str2handle(val)
        elif val is None:
            val = 0
        self._val = int(val) & 0xFFFFFFFF

    def __int__(self):
        return self._val

    def __index__(self):
        return self._val

    def __str__(self):
        return capi.rtnl_tc_handle2str(self._val)

    def __repr__(self):
        return 'Handle(%r)' % str(self)

    def __eq__(self, other):
        try:
            return self._val == int(Handle(other))
        except (TypeError, ValueError, netlink.NetlinkError):
            return NotImplemented

    def __hash__(self):
        return hash(self._val)

    def isroot(self):
        return self._val == TC_H_ROOT


def _handle_prop(name):
    get = getattr(capi, 'rtnl_tc_get_' + name)
    put = getattr(capi, 'rtnl_tc_set_' + name)

    def fget(self):
        return Handle(get(self))

    def fset(self, value):
        put(self, int(Handle(value)))

    return property(fget, fset)


class TcCache(netlink.Cache):
    """Base of the tc caches."""

    def __init__(self, ifindex=0, parent=0, cache=None):
        if ifindex or parent:
            self._set_args(int(ifindex), int(Handle(parent)))


class Tc(RouteObject):
    """What qdiscs, classes and classifiers share: ifindex, kind, handle,
    parent, mtu, mpu, overhead, linktype."""

    handle = _handle_prop('handle')
    parent = _handle_prop('parent')


class QdiscCache(TcCache):
    """Cache of every qdisc."""

    _nl_cache_type = 'route/qdisc'

    def __init__(self, cache=None):
        pass


class Qdisc(Tc):
    """A queueing discipline."""

    _nl_type = 'route/qdisc'
    _capi_prefix = 'rtnl_qdisc_'

    def delete(self, socket=None):
        self._request('delete', socket)


class TcClassCache(TcCache):
    """Cache of the classes of one link: ``TcClassCache(ifindex)``."""

    _nl_cache_type = 'route/class'

    def __init__(self, ifindex, cache=None):
        self._set_args(int(ifindex))


class TcClass(Tc):
    """A traffic class."""

    _nl_type = 'route/class'
    _capi_prefix = 'rtnl_class_'

    def delete(self, socket=None):
        self._request('delete', socket)


class ClassifierCache(TcCache):
    """Cache of the classifiers of one parent:
    ``ClassifierCache(ifindex, parent)``."""

    _nl_cache_type = 'route/cls'

    def __init__(self, ifindex, parent, cache=None):
        self._set_args(int(ifindex), int(Handle(parent)))


class Classifier(Tc):
    """A classifier (filter)."""

    _nl_type = 'route/cls'
    _capi_prefix = 'rtnl_cls_'


for _cls in (Qdisc, TcClass, Classifier):
    _nl.register(_cls)
for _cache in (QdiscCache, TcClassCache, ClassifierCache):
    _nl.register_cache(_cache)
del _cls, _cache
