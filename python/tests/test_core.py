# SPDX-License-Identifier: LGPL-2.1-only
"""The core wrappers, without the kernel."""

import socket

import pytest

import netlink.core as netlink
import netlink.capi as nl
import netlink.genl.capi as genl
import netlink.route.capi as rcapi
import netlink.route.link as link
import netlink.route.address as address
import netlink.route.route as route
import netlink.route.tc as tc


def test_abstract_address():
    a = netlink.AbstractAddress('127.0.0.1/8')
    assert str(a) == '127.0.0.1/8'
    assert a.prefixlen == 8
    assert str(a.family) == 'inet'
    assert int(a.family) == socket.AF_INET
    assert len(a) == 4
    assert bytes(a) == b'\x7f\x00\x00\x01'
    b = netlink.AbstractAddress('10.0.0.1/24')
    c = netlink.AbstractAddress('10.0.0.2/24')
    assert (b == c) is False
    assert b < c and b != c
    assert b == netlink.AbstractAddress('10.0.0.1/24')
    assert hash(b) == hash(netlink.AbstractAddress('10.0.0.1/24'))
    net = netlink.AbstractAddress('10.0.0.0/24')
    assert net.contains('10.0.0.77')
    assert '10.0.0.77' in net
    assert not net.contains('10.0.1.1')
    v6 = netlink.AbstractAddress('fd00::1/64')
    assert str(v6) == 'fd00::1/64' and len(v6) == 16
    assert int(v6.family) == socket.AF_INET6
    assert repr(v6) == "AbstractAddress('fd00::1/64')"
    with pytest.raises(netlink.NetlinkError):
        netlink.AbstractAddress('not an address')
    z = netlink.AbstractAddress('0.0.0.0')
    assert not z and a


def test_address_copy_on_write():
    l = link.Link()
    l.address = '02:00:00:00:00:01'
    a = l.address
    assert a.shared            # held by the link and by us
    a.prefixlen = 40           # changes our copy only
    assert a.prefixlen == 40
    assert l.address.prefixlen == 48


def test_address_family():
    af = netlink.AddressFamily('inet6')
    assert str(af) == 'inet6' and int(af) == 10
    assert repr(af) == "AddressFamily('inet6')"
    assert netlink.AddressFamily(2) == 'inet'
    with pytest.raises(ValueError):
        netlink.AddressFamily('nonsense')
    with pytest.raises(TypeError):
        netlink.AddressFamily(1.5)


def test_link_attributes():
    l = link.Link()
    assert l.objtype == 'route/link'
    assert l._rtnl_link is l
    l.name = 'test0'
    l.mtu = 1400
    l.txqlen = 77
    l.type = 'dummy'
    l.flags = ['up', 'multicast']
    l.operstate = 'up'
    assert (l.name, l.mtu, l.txqlen, l.type) == ('test0', 1400, 77, 'dummy')
    assert l.flags == ['up', 'multicast']
    l.flags = ['-up']
    assert l.flags == ['multicast']
    l.flags = 0x1        # an exact value
    assert l.flags == ['up']
    assert l.operstate == 'up'
    assert rcapi.rtnl_link_get_operstate(l) == 6      # IF_OPER_UP
    assert rcapi.rtnl_link_get_mtu(l) == 1400
    rcapi.rtnl_link_set_mtu(l, 9000)
    assert l.mtu == 9000
    with pytest.raises(OverflowError):
        l.mtu = -1
    with pytest.raises(ValueError):
        l.operstate = 'sideways'
    with pytest.raises(netlink.ImmutableError):
        l.carrier_changes = 3
    with pytest.raises(KeyError):
        l.apply('no_such_attribute', 1)
    l.apply('mtu', 1280)
    assert l.mtu == 1280
    assert 'mtu' in l.attrs and 'name' in l.attrs
    c = l.clone()
    assert type(c) is link.Link and c.mtu == 1280 and c is not l
    assert c.refcnt == 1 and not c.shared
    assert l.identical(c)
    assert 'test0' in str(l)
    # an attribute of another object type
    with pytest.raises(TypeError):
        route.Route.dst.__get__(l)


def test_address_object_and_route():
    a = address.Address()
    a.local = '192.0.2.7/24'
    a.ifindex = 5
    a.label = 'eth0:x'
    a.scope = 'link'
    a.flags = ['nodad']
    assert str(a.local) == '192.0.2.7/24'
    assert (a.ifindex, a.label, a.scope, a.flags) == (5, 'eth0:x', 'link',
                                                       ['nodad'])
    assert a.family == socket.AF_INET
    r = route.Route()
    r.dst = '10.1.0.0/16'
    r.table = 'main'
    r.protocol = 'static'
    r.type = 'unicast'
    r.add_nexthop(gateway='192.0.2.1', ifindex=3, weight=2)
    r.add_nexthop(gateway='192.0.2.2', ifindex=3)
    nh = r.nexthops
    assert [str(n.gateway) for n in nh] == ['192.0.2.1', '192.0.2.2']
    assert [n.ifindex for n in nh] == [3, 3]
    assert nh[0].weight == 2
    assert (r.table, r.protocol, r.type) == ('main', 'static', 'unicast')
    assert rcapi.rtnl_route_get_table(r) == 254


def test_tc_handle_and_htb():
    assert str(tc.Handle('1:10')) == '1:10'
    assert int(tc.Handle('1:10')) == 0x10010
    assert tc.Handle(0xffffffff).isroot()
    assert str(tc.Handle(tc.TC_H_ROOT)) == 'root'
    import netlink.route.qdisc.htb as htb
    q = tc.TcClass()
    q.kind = 'htb'
    q.handle = '1:10'
    q.parent = '1:'
    assert str(q.handle) == '1:10' and int(q.parent) == 0x10000
    h = htb.init_class(q)
    h.rate = 125000
    h.ceil = 250000
    assert (q.htb.rate, q.htb.ceil) == (125000, 250000)


def test_errors():
    assert issubclass(netlink.KernelError, netlink.NetlinkError)
    assert issubclass(netlink.DumpInconsistentError, netlink.NetlinkError)
    assert issubclass(netlink.DumpAbortedError, netlink.NetlinkError)
    e = netlink.DumpInconsistentError(37)
    assert e.error == netlink.NLE_DUMP_INCONSISTENT == 37
    assert 'retry limit' in str(e)
    e = netlink.DumpAbortedError(-38)
    assert e.error == netlink.NLE_DUMP_ABORTED
    assert str(e) == nl.nl_geterror(38)
    k = netlink.KernelError(22, 'Unknown device type')
    assert str(k).endswith(': Unknown device type')


def test_socket_settings():
    s = netlink.Socket()
    assert s.dump_retry is None
    s.set_dump_retry_limit(16, 2000)
    assert s.get_dump_retry_limit() == (16, 2000)
    with pytest.raises(netlink.NetlinkError) as e:
        s.set_dump_retry_limit(0, 0)
    assert e.value.error == netlink.NLE_INVAL
    assert s.get_dump_retry_limit() == (16, 2000)
    with pytest.raises(TypeError):
        s.set_dump_retry(42)

    def policy(sock, attempt, err):
        return netlink.DUMP_RETRY
    s.set_dump_retry(policy)
    assert s.dump_retry is policy
    s.set_dump_retry(None)
    assert s.dump_retry is None
    s.dump_flags = netlink.DUMP_BUFFERED | netlink.DUMP_VERIFY
    assert s.dump_flags == 3
    with pytest.raises(netlink.NetlinkError):
        s.dump_flags = 0x80
    assert sorted(s.dump_counters) == ['dumps', 'failed', 'inconsistent',
                                       'interrupted', 'retries']
    assert set(s.dump_counters.values()) == {0}
    assert s.dump_interrupted is False
    with netlink.Socket() as t:
        assert str(t).startswith('nlsock<')


def test_messages_and_attributes():
    m = nl.nlmsg_alloc()
    assert len(m) == 16
    assert genl.genlmsg_put(m, 0, 0, 0x10, 0, 0, 3, 1) is True
    assert nl.nla_put_u32(m, 1, 0xdeadbeef) == 0
    assert nl.nla_put_string(m, 2, 'hello') == 0
    assert nl.nla_put_flag(m, 3) == 0
    assert nl.nla_put_u64(m, 4, 1 << 40) == 0
    assert nl.nla_put(m, 5, b'\x01\x02\x03') == 0
    err, attrs = genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0, 5, None)
    assert err == 0 and sorted(attrs) == [1, 2, 3, 4, 5]
    assert nl.nla_get_u32(attrs[1]) == 0xdeadbeef
    assert nl.nla_get_string(attrs[2]) == 'hello'
    assert nl.nla_get_flag(attrs[3]) == 1
    assert nl.nla_get_u64(attrs[4]) == 1 << 40
    assert nl.nla_data(attrs[5]) == b'\x01\x02\x03'
    assert nl.nla_type(attrs[5]) == 5 and nl.nla_len(attrs[5]) == 3
    # a policy that makes attribute 2 too short to be a u64
    pol = nl.nla_policy_array(6)
    pol[2].type = nl.NLA_U64
    assert pol[2].type == nl.NLA_U64
    err, attrs = genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0, 5, pol)
    assert err == -netlink.NLE_RANGE or err < 0
    with pytest.raises(TypeError):
        genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0, 9, pol)
    nl.nlmsg_free(m)
    with pytest.raises(TypeError):
        nl.nla_put_u32(m, 1, 1)


def test_nested_attributes():
    m = nl.nlmsg_alloc()
    inner = nl.nlmsg_alloc()
    nl.nla_put_u16(inner, 1, 7)
    nl.nla_put_u16(inner, 2, 9)
    payload = bytes(inner)[16:]
    genl.genlmsg_put(m, 0, 0, 0x10, 0, 0, 1, 1)
    nl.nla_put(m, 1 | 0x8000, payload)
    err, attrs = genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0, 1, None)
    nested = nl.nla_get_nested(attrs[1])
    assert [(nl.nla_type(a), nl.nla_get_u16(a)) for a in nested] == \
        [(1, 7), (2, 9)]
    err, sub = nl.py_nla_parse_nested(2, attrs[1], None)
    assert err == 0 and nl.nla_get_u16(sub[2]) == 9


def test_callbacks_unit():
    cb = nl.nl_cb_alloc(nl.NL_CB_DEFAULT)
    seen = []
    assert nl.py_nl_cb_set(cb, nl.NL_CB_VALID, nl.NL_CB_CUSTOM,
                           lambda m, a: seen.append(a), 'x') == 0
    c2 = nl.nl_cb_clone(cb)
    nl.nl_cb_put(cb)
    with pytest.raises(ValueError):
        nl.py_nl_cb_set(cb, nl.NL_CB_VALID, nl.NL_CB_CUSTOM, print, None)
    assert c2 is not None
    with pytest.raises(TypeError):
        nl.py_nl_cb_set(c2, nl.NL_CB_VALID, nl.NL_CB_CUSTOM, 3, None)
