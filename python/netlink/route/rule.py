# SPDX-License-Identifier: LGPL-2.1-only
"""Routing policy rules."""

from .. import _nl
from ._base import RouteObject, RouteCache

__all__ = ['RuleCache', 'Rule']


class RuleCache(RouteCache):
    """Cache of rules: ``RuleCache(family=AF_UNSPEC)``."""

    _nl_cache_type = 'route/rule'


class Rule(RouteObject):
    """A rule: prio, table, src, dst, iif, oif, mark, action..."""

    _nl_type = 'route/rule'
    _capi_prefix = 'rtnl_rule_'


_nl.register(Rule)
_nl.register_cache(RuleCache)
