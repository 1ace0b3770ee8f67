# SPDX-License-Identifier: LGPL-2.1-only
"""Network links.

    import netlink.route.link as link
    cache = link.LinkCache()
    cache.refill()
    eth0 = cache['eth0']
    print(eth0.mtu, eth0.flags, eth0.get_stat('rx_packets'))
"""

import importlib
import socket as _socket

from .. import core as netlink
from .. import _nl
from . import capi
from ._base import RouteObject, RouteCache, _socket_of, _check

__all__ = ['LinkCache', 'Link', 'get', 'resolve']

_LINK_KINDS = ('bridge', 'dummy', 'inet', 'vlan')


class LinkCache(RouteCache):
    """Cache of network links: ``LinkCache(family=AF_UNSPEC)``.  Indexed by
    name or interface index."""

    _nl_cache_type = 'route/link'

    def __getitem__(self, key):
        if isinstance(key, int):
            link = capi.rtnl_link_get(self, key)
        else:
            link = capi.rtnl_link_get_by_name(self, key)
        if link is None:
            raise KeyError(key)
        return link


class Link(RouteObject):
    """A network link.  Its attributes (name, ifindex, mtu, flags,
    address, operstate, type...) read and write the C object."""

    _nl_type = 'route/link'
    _capi_prefix = 'rtnl_link_'

    @property
    def _rtnl_link(self):
        return self

    def __getattr__(self, name):
        # link.bridge, link.vlan, link.inet...: the kind's helper
        if name in _LINK_KINDS:
            mod = importlib.import_module('netlink.route.links.' + name)
            return mod.init(self)
        raise AttributeError(name)

    def add(self, socket=None, flags=None):
        """Create the link in the kernel (NLM_F_CREATE | NLM_F_EXCL)."""
        if flags is None:
            flags = netlink.NLM_F_CREATE | netlink.NLM_F_EXCL
        self._request('add', socket, flags)

    def delete(self, socket=None):
        """Delete the link."""
        self._request('delete', socket)

    def change(self, socket=None, flags=0):
        """Apply the attributes assigned since the object was made."""
        changes = self.__dict__.get('_changes', [])
        orig = Link()
        new = Link()
        ifindex = self.ifindex
        if ifindex:
            orig.ifindex = ifindex
        else:
            orig.name = self.name
        for name, value in changes:
            if name in ('ifindex',):
                continue
            setattr(new, name, value)
        sock = _socket_of(socket)
        _check(capi.rtnl_link_change(sock, orig, new, flags), sock)
        self.__dict__['_changes'] = []

    def enslave(self, slave, sock=None):
        """Make ``slave`` a port of this link."""
        sock = _socket_of(sock)
        _check(capi.rtnl_link_enslave(sock, self, slave), sock)

    def release(self, slave, sock=None):
        """Release ``slave`` from this link."""
        sock = _socket_of(sock)
        _check(capi.rtnl_link_release(sock, slave), sock)

    def get_stat(self, stat):
        """A statistics counter, by name ('rx_packets') or number."""
        if isinstance(stat, str):
            n = capi.rtnl_link_str2stat(stat)
            if n < 0:
                raise KeyError(stat)
            stat = n
        return capi.rtnl_link_get_stat(self, stat)

    @property
    def stats(self):
        """Every statistics counter, by name."""
        out = {}
        i = 0
        while True:
            name = capi.rtnl_link_stat2str(i)
            if not name or name.isdigit() or name.startswith('0x'):
                break
            out[name] = capi.rtnl_link_get_stat(self, i)
            i += 1
        return out

    @property
    def ifname(self):
        return self.name


_nl.register(Link)
_nl.register_cache(LinkCache)

_cache = None


def get(name, sock=None):
    """The link called ``name`` (or with index ``name``), from the
    kernel; KeyError when there is none."""
    c = LinkCache()
    c.refill(sock)
    return c[name]


def resolve(name):
    """The interface index of link ``name``; KeyError when there is
    none."""
    global _cache
    if _cache is None:
        _cache = LinkCache()
        _cache.refill()
    i = capi.rtnl_link_name2i(_cache, name)
    if not i:
        _cache.refill()
        i = capi.rtnl_link_name2i(_cache, name)
    if not i:
        raise KeyError(name)
    return i
