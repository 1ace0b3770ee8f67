# SPDX-License-Identifier: LGPL-2.1-only
"""Routes (beyond upstream's bindings, in their style).

    import netlink.route.route as route
    for r in route.RouteCache().refill():
        print(r.dst, [str(nh.gateway) for nh in r.nexthops])
"""

from .. import _nl
from . import capi
from ._base import RouteObject, RouteCache

__all__ = ['RouteCache', 'Route']


class RouteCache(RouteCache):
    """Cache of routes: ``RouteCache(family=AF_UNSPEC, flags=0)``."""

    _nl_cache_type = 'route/route'

    def __init__(self, family=0, flags=0, cache=None):
        if family or flags:
            self._set_args(flags, int(family))


class Route(RouteObject):
    """A route: dst, src, pref_src, table, protocol, scope, type, priority,
    nexthops..."""

    _nl_type = 'route/route'
    _capi_prefix = 'rtnl_route_'

    @property
    def nexthops(self):
        """The next hops (gateway, ifindex, weight, flags, realms, via)."""
        return _nl.route_nexthops(self)

    def add_nexthop(self, gateway=None, ifindex=0, weight=0):
        """Add a next hop."""
        _nl.route_add_nexthop(self, gateway, ifindex, weight)


_nl.register(Route)
_nl.register_cache(RouteCache)
