# SPDX-License-Identifier: LGPL-2.1-only
"""Flat functions of libnl-route-3: every attribute accessor of links,
addresses, routes, neighbours, rules, next hops and tc objects
(rtnl_link_get_mtu(link), rtnl_link_set_mtu(link, 1500)...), and the
allocation, add/change/delete and name functions."""

from .. import _nl

globals().update(_nl._capi_route)
