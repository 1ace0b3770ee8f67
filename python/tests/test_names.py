# SPDX-License-Identifier: LGPL-2.1-only
"""Every name of upstream's documented Python API is importable."""

import importlib

import pytest

NAMES = {
    'netlink.core': [
        'Socket', 'lookup_socket', 'Message', 'Callback', 'Object', 'Cache',
        'CacheManager', 'AbstractAddress', 'AddressFamily', 'DumpParams',
        'NetlinkError', 'KernelError', 'ImmutableError', 'nlattr',
        'NETLINK_ROUTE', 'NETLINK_GENERIC', 'NETLINK_NETFILTER',
        'NL_DONTPAD', 'NL_AUTO_PORT', 'NL_AUTO_SEQ',
        'NL_DUMP_LINE', 'NL_DUMP_DETAILS', 'NL_DUMP_STATS',
        'NLM_F_REQUEST', 'NLM_F_MULTI', 'NLM_F_ACK', 'NLM_F_ECHO',
        'NLM_F_ROOT', 'NLM_F_MATCH', 'NLM_F_ATOMIC', 'NLM_F_DUMP',
        'NLM_F_REPLACE', 'NLM_F_EXCL', 'NLM_F_CREATE', 'NLM_F_APPEND',
        # the fork's consistent dumps
        'DUMP_RETRY', 'DUMP_ACCEPT', 'DUMP_ABORT', 'DUMP_BUFFERED',
        'DUMP_VERIFY', 'DumpInconsistentError', 'DumpAbortedError',
    ],
    'netlink.util': ['MyFormatter', 'bold', 'underline', 'blink', 'reverse',
                     'black', 'red', 'green', 'yellow', 'blue', 'magenta',
                     'cyan', 'white', 'kw', 'num', 'string', 'addr'],
    'netlink.route.link': ['LinkCache', 'Link', 'get', 'resolve'],
    'netlink.route.links.bridge': ['BRIDGELink', 'init'],
    'netlink.route.links.dummy': ['DummyLink', 'init'],
    'netlink.route.links.inet': ['InetLink', 'init'],
    'netlink.route.links.vlan': ['VLANLink', 'init'],
    'netlink.route.address': ['AddressCache', 'Address'],
    'netlink.route.tc': ['Handle', 'Qdisc', 'QdiscCache', 'TcClass',
                         'TcClassCache', 'Classifier', 'ClassifierCache',
                         'TC_H_ROOT', 'TC_H_INGRESS'],
    'netlink.route.qdisc.htb': ['HTBQdisc', 'HTBClass', 'init_qdisc',
                                'init_class'],
    'netlink.route.route': ['RouteCache', 'Route'],
    'netlink.route.neighbour': ['NeighbourCache', 'Neighbour'],
    'netlink.route.rule': ['RuleCache', 'Rule'],
    'netlink.route.nexthop': ['NexthopCache', 'Nexthop'],
    # what upstream's examples call
    'netlink.capi': [
        'nl_socket_alloc', 'nl_socket_alloc_cb', 'nl_socket_free',
        'nl_connect', 'nl_close', 'nl_send_auto_complete', 'nl_send_auto',
        'nl_recvmsgs', 'nl_recvmsgs_default', 'nl_wait_for_ack',
        'nl_geterror', 'nl_cb_alloc', 'nl_cb_clone', 'nl_cb_put',
        'nl_cb_set', 'nl_cb_err', 'py_nl_cb_set', 'py_nl_cb_set_all',
        'py_nl_cb_err', 'nlmsg_alloc', 'nlmsg_free', 'nlmsg_hdr',
        'nla_put_u8', 'nla_put_u16', 'nla_put_u32', 'nla_put_u64',
        'nla_put_string', 'nla_put_flag', 'nla_put', 'nla_get_u8',
        'nla_get_u16', 'nla_get_u32', 'nla_get_u64', 'nla_get_string',
        'nla_get_flag', 'nla_data', 'nla_len', 'nla_type', 'nla_get_nested',
        'py_nla_parse_nested', 'nla_policy_array', 'if_nametoindex',
        'NL_OK', 'NL_SKIP', 'NL_STOP', 'NL_CB_DEFAULT', 'NL_CB_CUSTOM',
        'NL_CB_VALID', 'NL_CB_FINISH', 'NL_CB_ACK', 'NLA_U32', 'NLA_FLAG',
    ],
    'netlink.genl.capi': ['genl_connect', 'genl_ctrl_resolve',
                          'genl_ctrl_resolve_grp', 'genlmsg_put',
                          'py_genlmsg_parse'],
    'netlink.route.capi': [
        'rtnl_link_alloc', 'rtnl_link_get', 'rtnl_link_get_by_name',
        'rtnl_link_add', 'rtnl_link_change', 'rtnl_link_delete',
        'rtnl_link_is_bridge', 'rtnl_link_get_master', 'rtnl_link_get_mtu',
        'rtnl_link_set_mtu', 'rtnl_link_get_name', 'rtnl_link_set_flags',
        'rtnl_link_unset_flags', 'rtnl_link_vlan_get_id',
        'rtnl_link_bridge_get_port_state', 'rtnl_addr_alloc',
        'rtnl_addr_get_local', 'rtnl_route_get_dst', 'rtnl_htb_set_rate',
        'rtnl_tc_get_handle', 'rtnl_link_inet_get_conf',
    ],
}


@pytest.mark.parametrize('module', sorted(NAMES))
def test_names(module):
    mod = importlib.import_module(module)
    missing = [n for n in NAMES[module] if not hasattr(mod, n)]
    assert missing == []


def test_documented_object_members():
    import netlink.core as netlink
    for name in ('clone', 'dump', 'apply', 'mark', 'shared', 'refcnt',
                 'attrs'):
        assert hasattr(netlink.Object, name), name
    for name in ('subset', 'dump', 'clear', 'refill', 'resync', 'provide',
                 'unprovide', 'is_consistent'):
        assert hasattr(netlink.Cache, name), name
    for name in ('local_port', 'peer_port', 'connect', 'disconnect',
                 'set_bufsize', 'set_dump_retry', 'set_dump_retry_limit'):
        assert hasattr(netlink.Socket, name), name
    for name in ('prefixlen', 'family', 'shared'):
        assert hasattr(netlink.AbstractAddress, name), name
    import netlink.route.address as A
    assert hasattr(A.AddressCache, 'lookup')
    assert hasattr(A.Address, 'ifindex')
