# SPDX-License-Identifier: LGPL-2.1-only
"""Bridge ports: ``link.bridge.port_state``, ``priority``, ``cost``..."""

from .. import capi
from ._kind import LinkKind, prop

__all__ = ['BRIDGELink', 'init']


class BRIDGELink(LinkKind):
    """Bridge port attributes of a link."""

    port_state = prop('rtnl_link_bridge_get_port_state',
                      'rtnl_link_bridge_set_port_state')
    priority = prop('rtnl_link_bridge_get_priority',
                    'rtnl_link_bridge_set_priority')
    cost = prop('rtnl_link_bridge_get_cost', 'rtnl_link_bridge_set_cost')
    flags = prop('rtnl_link_bridge_get_flags', 'rtnl_link_bridge_set_flags')

    def set_flags(self, flags):
        capi.rtnl_link_bridge_set_flags(self._link, flags)

    def unset_flags(self, flags):
        capi.rtnl_link_bridge_unset_flags(self._link, flags)

    @property
    def is_bridge(self):
        return bool(capi.rtnl_link_is_bridge(self._link))

    def brief(self):
        return 'bridge-port state %s' % capi.rtnl_link_bridge_portstate2str(
            self.port_state) if hasattr(capi, 'rtnl_link_bridge_portstate2str') \
            else 'bridge'


def init(link):
    link.__dict__['bridge'] = BRIDGELink(link)
    return link.bridge
