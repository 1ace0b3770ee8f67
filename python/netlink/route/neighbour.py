# SPDX-License-Identifier: LGPL-2.1-only
"""Neighbours (ARP and NDP entries, bridge FDB)."""

from .. import _nl
from . import capi
from ._base import RouteObject, RouteCache

__all__ = ['NeighbourCache', 'Neighbour']


class NeighbourCache(RouteCache):
    """Cache of neighbours."""

    _nl_cache_type = 'route/neigh'

    def __init__(self, cache=None):
        pass

    def lookup(self, ifindex, dst):
        """The neighbour ``dst`` on link ``ifindex``; KeyError if none."""
        n = capi.rtnl_neigh_get(self, ifindex, dst)
        if n is None:
            raise KeyError((ifindex, str(dst)))
        return n


class Neighbour(RouteObject):
    """A neighbour: dst, lladdr, ifindex, state, flags, family..."""

    _nl_type = 'route/neigh'
    _capi_prefix = 'rtnl_neigh_'


_nl.register(Neighbour)
_nl.register_cache(NeighbourCache)
