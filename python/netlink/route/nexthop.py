# SPDX-License-Identifier: LGPL-2.1-only
"""Next-hop objects (RTM_NEWNEXTHOP)."""

from .. import _nl
from ._base import RouteObject, RouteCache

__all__ = ['NexthopCache', 'Nexthop']


class NexthopCache(RouteCache):
    """Cache of next-hop objects."""

    _nl_cache_type = 'route/nh'


class Nexthop(RouteObject):
    """A next-hop object: id, gateway, oif, family, group..."""

    _nl_type = 'route/nh'
    _capi_prefix = 'rtnl_nh_'

    def delete(self, socket=None, flags=0):
        raise NotImplementedError('libnl has no rtnl_nh_delete()')


_nl.register(Nexthop)
_nl.register_cache(NexthopCache)
