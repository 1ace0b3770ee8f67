# SPDX-License-Identifier: LGPL-2.1-only
"""IPv4 settings of a link (devconf): ``link.inet.forwarding``,
``link.inet.get_conf('rp_filter')``..."""

from .. import capi
from ._kind import LinkKind

__all__ = ['InetLink', 'init']

# names rtnl_link_inet_str2devconf() knows
_NAMES = ('forwarding', 'mc_forwarding', 'proxy_arp', 'accept_redirects',
          'secure_redirects', 'send_redirects', 'shared_media', 'rp_filter',
          'accept_source_route', 'bootp_relay', 'log_martians', 'tag',
          'arpfilter', 'medium_id', 'noxfrm', 'nopolicy', 'force_igmp_version',
          'arp_announce', 'arp_ignore', 'promote_secondaries', 'arp_accept',
          'arp_notify', 'accept_local', 'src_vmark', 'proxy_arp_pvlan',
          'route_localnet')


def _resolve(name):
    if isinstance(name, int):
        return name
    n = capi.rtnl_link_inet_str2devconf(name)
    if n < 0:
        raise KeyError(name)
    return n


class InetLink(LinkKind):
    """IPv4 devconf values of a link (None when the kernel sent none)."""

    def get_conf(self, name):
        return capi.rtnl_link_inet_get_conf(self._link, _resolve(name))

    def set_conf(self, name, value):
        err = capi.rtnl_link_inet_set_conf(self._link, _resolve(name), value)
        if err < 0:
            from ...core import NetlinkError
            raise NetlinkError(err)

    def __getattr__(self, name):
        if name in _NAMES:
            return self.get_conf(name)
        raise AttributeError(name)


def init(link):
    link.__dict__['inet'] = InetLink(link)
    return link.inet
