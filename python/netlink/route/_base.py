# SPDX-License-Identifier: LGPL-2.1-only
"""What the route object classes share: requests to the kernel."""

import socket as _socket

from .. import core as netlink
from . import capi


def _socket_of(sock):
    return sock if sock is not None else netlink.lookup_socket(
        netlink.NETLINK_ROUTE)


def _check(err, sock):
    if err < 0:
        raise netlink.KernelError(err, sock.ext_ack)
    return err


class RouteObject(netlink.Object):
    """A routing object the kernel can add and delete.  Attributes
    assigned since the object was made are remembered, for change()."""

    _capi_prefix = None     # e.g. 'rtnl_addr_'

    def __setattr__(self, name, value):
        netlink.Object.__setattr__(self, name, value)
        if not name.startswith('_'):
            self.__dict__.setdefault('_changes', []).append((name, value))

    def _request(self, verb, sock, *args):
        sock = _socket_of(sock)
        fn = getattr(capi, self._capi_prefix + verb)
        return _check(fn(sock, self, *args), sock)

    def add(self, socket=None, flags=None):
        """Ask the kernel to add the object (NLM_F_CREATE by default)."""
        if flags is None:
            flags = netlink.NLM_F_CREATE
        self._request('add', socket, flags)

    def delete(self, socket=None, flags=0):
        """Ask the kernel to delete the object."""
        self._request('delete', socket, flags)


class RouteCache(netlink.Cache):
    """Base of the route caches: ``refill()`` without a socket uses the
    shared NETLINK_ROUTE socket."""

    def __init__(self, family=_socket.AF_UNSPEC, cache=None):
        if family:
            self._set_args(int(family))
