# SPDX-License-Identifier: LGPL-2.1-only
"""VLAN links: ``link.vlan.id``, ``protocol``, ``flags``."""

from .. import capi
from ._kind import LinkKind, prop

__all__ = ['VLANLink', 'init']


class VLANLink(LinkKind):
    """802.1Q attributes of a VLAN link."""

    id = prop('rtnl_link_vlan_get_id', 'rtnl_link_vlan_set_id')
    protocol = prop('rtnl_link_vlan_get_protocol',
                    'rtnl_link_vlan_set_protocol')
    flags = prop('rtnl_link_vlan_get_flags', 'rtnl_link_vlan_set_flags')

    def set_flags(self, flags):
        capi.rtnl_link_vlan_set_flags(self._link, flags)

    def unset_flags(self, flags):
        capi.rtnl_link_vlan_unset_flags(self._link, flags)

    def brief(self):
        return 'vlan-id %d' % self.id


def init(link):
    link.__dict__['vlan'] = VLANLink(link)
    return link.vlan
