# SPDX-License-Identifier: LGPL-2.1-only
"""Network addresses.

    import netlink.route.address as Address
    addr_cache = Address.AddressCache()
    addr_cache.refill()
    for addr in addr_cache:
        print(addr)
"""

from .. import core as netlink
from .. import _nl
from . import capi
from ._base import RouteObject, RouteCache

__all__ = ['AddressCache', 'Address']


class AddressCache(RouteCache):
    """Cache of the configured addresses."""

    _nl_cache_type = 'route/addr'

    def __init__(self, cache=None):
        pass

    def __getitem__(self, key):
        # ifindex 0: the first address with that local address
        return self.lookup(0, key)

    def lookup(self, ifindex, local):
        """The address of link ``ifindex`` with local address ``local``;
        KeyError when there is none."""
        addr = capi.rtnl_addr_get(self, ifindex, local)
        if addr is None:
            raise KeyError((ifindex, str(local)))
        return addr


class Address(RouteObject):
    """A configured address: local, peer, prefixlen, ifindex, label,
    scope, flags, family, lifetimes..."""

    _nl_type = 'route/addr'
    _capi_prefix = 'rtnl_addr_'

    @property
    def _rtnl_addr(self):
        return self


_nl.register(Address)
_nl.register_cache(AddressCache)
