# SPDX-License-Identifier: LGPL-2.1-only
"""Netlink core: sockets, messages, callbacks, objects, caches, addresses.

    import netlink.core as netlink

Beyond upstream's bindings: the consistent-dump settings of a socket
(:py:meth:`Socket.set_dump_retry`, :py:meth:`Socket.set_dump_retry_limit`,
``dump_flags``, ``dump_counters``), :py:attr:`Cache.is_consistent`, and
the exceptions :py:exc:`DumpInconsistentError` and
:py:exc:`DumpAbortedError`.
"""

import socket as _socket

from . import _nl
from ._errors import (NetlinkError, KernelError, ImmutableError,
                      DumpInconsistentError, DumpAbortedError)

__version__ = _nl.LIBNL_FORK_VERSION

_c = _nl._capi_core
for _n, _v in _c.items():
    if isinstance(_v, int) and _n.split('_')[0] in (
            'NETLINK', 'NL', 'NLM', 'NLE', 'NLA'):
        globals()[_n] = _v
del _n, _v

NL_DONTPAD = 0
NL_AUTO_PID = NL_AUTO_PORT

# What a retry callable returns
DUMP_RETRY = _nl.DUMP_RETRY      # try again
DUMP_ACCEPT = _nl.DUMP_ACCEPT    # keep the interrupted result
DUMP_ABORT = _nl.DUMP_ABORT      # give up: DumpAbortedError
# Socket.dump_flags
DUMP_BUFFERED = _nl.DUMP_BUFFERED
DUMP_VERIFY = _nl.DUMP_VERIFY
NL_DUMP_CNT_DUMPS = _nl.NL_DUMP_CNT_DUMPS
NL_DUMP_CNT_INTERRUPTED = _nl.NL_DUMP_CNT_INTERRUPTED
NL_DUMP_CNT_RETRIES = _nl.NL_DUMP_CNT_RETRIES
NL_DUMP_CNT_FAILED = _nl.NL_DUMP_CNT_FAILED
NL_DUMP_CNT_INCONSISTENT = _nl.NL_DUMP_CNT_INCONSISTENT


def nlattr(**kwds):
    """Decorator: attaches formatting information (type, fmt, title,
    immutable...) to an attribute getter, for netlink.util.MyFormatter."""
    def wrap(func):
        func.formatinfo = kwds
        return func
    return wrap


class Message(_nl.Message):
    """A netlink message: ``Message(size=0)``.  ``len(msg)`` is its length,
    ``msg.send(socket)`` completes and sends it."""

    def __init__(self, size=0):
        pass


class Callback(_nl.Callback):
    """A set of callbacks: ``Callback(kind=NL_CB_DEFAULT)``.  Handlers are
    ``func(msg, arg)`` returning NL_OK, NL_SKIP or NL_STOP."""

    def __init__(self, kind=NL_CB_DEFAULT):
        pass

    def set_all(self, kind, func=None, arg=None):
        _c['py_nl_cb_set_all'](self, kind, func, arg)

    def set_err(self, kind, func=None, arg=None):
        _c['py_nl_cb_err'](self, kind, func, arg)


class Socket(_nl.Socket):
    """A netlink socket: ``Socket(cb=None)``, then ``connect(protocol)``.

    Caches find a shared socket by themselves (:py:func:`lookup_socket`);
    give one of your own to set a retry policy.  A socket is a context
    manager that disconnects it at the end.
    """

    def __init__(self, cb=None):
        pass

    def __repr__(self):
        return 'Socket(%s)' % str(self)


_nl.register_socket(Socket)
lookup_socket = _nl.lookup_socket


class DumpParams(object):
    """How objects are dumped: NL_DUMP_LINE, NL_DUMP_DETAILS or
    NL_DUMP_STATS."""

    def __init__(self, type=NL_DUMP_LINE):
        self.type = type


def _dump_type(params):
    if params is None:
        return NL_DUMP_LINE
    return getattr(params, 'type', params)


class Object(_nl.Object):
    """Base class of every cacheable object.

        obj = netlink.Object("route/link", "link")
    """

    def __init__(self, obj_name=None, name=None, obj=None):
        pass

    def dump(self, params=None):
        """Print the object as libnl's dumper does."""
        print(self._dump(_dump_type(params)), end='')

    def apply(self, attr, val):
        """Set attribute ``attr`` to ``val``; KeyError if there is none,
        ImmutableError if it cannot be changed."""
        if not hasattr(type(self), attr):
            raise KeyError(attr)
        setattr(self, attr, val)


class Cache(_nl.Cache):
    """Base class of every cache.  Iterating, ``len()`` and ``in`` work on
    its current content; ``refill()`` replaces it with the kernel's, as
    one atomic step under the socket's retry policy."""

    def __init__(self, *args, **kwds):
        pass

    def dump(self, params=None, filter=None):
        """Print the cache (only the objects matching ``filter``)."""
        print(self._dump(_dump_type(params), filter), end='')


class CacheManager(_nl.CacheManager):
    """Keeps caches up to date with the kernel's events:
    ``CacheManager(protocol, flags=None)``, ``add(name)``, ``poll()``."""

    def __init__(self, protocol=NETLINK_ROUTE, flags=None, socket=None):
        pass


class AddressFamily(object):
    """An address family, by name or number.

        af = netlink.AddressFamily('inet6')
        str(af)   # 'inet6'
        int(af)   # 10
    """

    def __init__(self, family=_socket.AF_UNSPEC):
        if isinstance(family, AddressFamily):
            family = family._family
        if isinstance(family, str):
            n = _c['nl_str2af'](family)
            if n < 0:
                raise ValueError('unknown address family %r' % family)
            family = n
        elif not isinstance(family, int):
            raise TypeError('family must be a name or a number')
        self._family = family

    def __str__(self):
        return _c['nl_af2str'](self._family)

    def __int__(self):
        return self._family

    def __index__(self):
        return self._family

    def __repr__(self):
        return 'AddressFamily(%r)' % str(self)

    def __eq__(self, other):
        try:
            return self._family == AddressFamily(other)._family
        except (TypeError, ValueError):
            return NotImplemented

    def __hash__(self):
        return hash(self._family)


class AbstractAddress(_nl.Addr):
    """An address of any family, with a prefix length.

        addr = netlink.AbstractAddress('127.0.0.1/8')
        str(addr)        # '127.0.0.1/8'
        addr.prefixlen   # 8
        addr.family      # AddressFamily('inet')
        len(addr)        # 4
    """

    def __init__(self, addr=None, family=None):
        pass

    @property
    def family(self):
        return AddressFamily(self._family)

    @family.setter
    def family(self, value):
        self._family = int(AddressFamily(value))

    def __contains__(self, item):
        return self.contains(item)


_nl.register_addr(AbstractAddress)
