# SPDX-License-Identifier: LGPL-2.1-only
"""Caches against iproute2's JSON output, and requests to the kernel, in
the test process's private network namespace."""

import socket
import threading
import time

import pytest

import netlink.core as netlink
import netlink.route.link as link
import netlink.route.address as address
import netlink.route.route as route
import netlink.route.neighbour as neighbour
from nsutil import ip, ip_json, ip_batch


@pytest.fixture(scope='module')
def fixture(netns):
    ip('link', 'add', 'kv0', 'type', 'veth', 'peer', 'name', 'kv1')
    ip('link', 'set', 'kv0', 'up')
    ip('link', 'set', 'kv1', 'up', 'mtu', '1400')
    ip('link', 'add', 'kbr0', 'type', 'bridge')
    lines = ['addr add 10.9.%d.1/24 dev kv0' % i for i in range(20)]
    lines += ['addr add fd00:9::%x/64 dev kv0 nodad' % i for i in range(1, 6)]
    lines += ['route add 10.200.%d.0/24 via 10.9.0.2 proto static' % i
              for i in range(50)]
    lines += ['route add 10.201.0.0/24 table 100 dev kv0 metric 7']
    lines += ['neigh add 10.9.1.%d lladdr 02:00:00:00:01:%02x dev kv0 '
              'nud permanent' % (i, i) for i in range(2, 40)]
    ip_batch(lines)
    yield
    ip('link', 'del', 'kv0', check=False)
    ip('link', 'del', 'kbr0', check=False)


def addr_ip(a):
    return str(a).split('/')[0]


def test_links_equal_ip(fixture):
    cache = link.LinkCache().refill()
    ours = {(l.ifindex, l.name, l.mtu, l.txqlen, str(l.address),
             l.operstate.upper(), l.qdisc, l.type or '') for l in cache}
    ref = set()
    for j in ip_json('-d', 'link', 'show'):
        ref.add((j['ifindex'], j['ifname'], j['mtu'], j.get('txqlen', 0),
                 j['address'], j['operstate'], j['qdisc'],
                 j.get('linkinfo', {}).get('info_kind', '')))
    assert ours == ref
    assert len(cache) == len(ref)
    kv1 = cache['kv1']
    assert kv1.mtu == 1400 and cache[kv1.ifindex].name == 'kv1'
    for l in cache:
        flags = {f.upper() for f in l.flags} - {'RUNNING'}
        j = ip_json('link', 'show', 'dev', l.name)[0]
        assert flags == {f.replace('_', '') for f in j['flags']}


def test_addresses_equal_ip(fixture):
    cache = address.AddressCache().refill()
    ours = {(a.ifindex, a.family, addr_ip(a.local), a.prefixlen, a.scope,
             a.label if a.family == socket.AF_INET else None)
            for a in cache}
    ref = set()
    for j in ip_json('addr', 'show'):
        for ai in j.get('addr_info', []):
            fam = socket.AF_INET if ai['family'] == 'inet' else socket.AF_INET6
            ref.add((j['ifindex'], fam, ai['local'], ai['prefixlen'],
                     ai['scope'], ai.get('label')))
    assert ours == ref
    assert len(cache) == len(ref) >= 26
    a = cache.lookup(link.resolve('kv0'), '10.9.3.1/24')
    assert a.prefixlen == 24 and a.label == 'kv0'
    with pytest.raises(KeyError):
        cache.lookup(0, '10.99.99.99')


def norm_dst(d):
    return 'default' if d == 'none' else d


def test_routes_equal_ip(fixture):
    links = link.LinkCache().refill()
    cache = route.RouteCache(family=socket.AF_INET).refill()
    ours = set()
    for r in cache:
        nh = r.nexthops[0] if r.nexthops else None
        gw = str(nh.gateway) if nh and nh.gateway else None
        dev = links[nh.ifindex].name if nh and nh.ifindex else None
        table = r.table
        if table.startswith('0x'):      # no name for it: libnl prints hex
            table = str(int(table, 16))
        ours.add((norm_dst(str(r.dst)), table, r.protocol, r.type, gw, dev,
                  r.priority))
    ref = set()
    for j in ip_json('-4', 'route', 'show', 'table', 'all'):
        ref.add((j['dst'], j.get('table', 'main'), j.get('protocol', 'boot'),
                 j.get('type', 'unicast'), j.get('gateway'), j.get('dev'),
                 j.get('metric', 0)))
    assert ours == ref
    assert len(cache) == len(ref) >= 52
    assert all(r.family == socket.AF_INET for r in cache)
    # IPv6: a route cache keys routes by family, table, dst, tos and
    # priority, so routes that differ only by device are one object
    six = route.RouteCache(family=socket.AF_INET6).refill()
    ours6 = {(norm_dst(str(r.dst)), r.table, r.priority) for r in six}
    ref6 = {(j['dst'], j.get('table', 'main'), j.get('metric', 0))
            for j in ip_json('-6', 'route', 'show', 'table', 'all')}
    assert ours6 == ref6


def test_neighbours_equal_ip(fixture):
    cache = neighbour.NeighbourCache().refill()
    ours = {(str(n.dst), n.ifindex, str(n.lladdr), n.state.upper())
            for n in cache if n.family == socket.AF_INET}
    ref = set()
    for j in ip_json('-4', 'neigh', 'show'):
        ref.add((j['dst'], link.resolve(j['dev']), j['lladdr'],
                 j['state'][0]))
    assert ours == ref and len(ref) == 38


def test_link_add_change_delete(fixture, sock):
    l = link.Link()
    l.name = 'pyt0'
    l.type = 'bridge'
    l.add(sock)
    assert ip_json('-d', 'link', 'show', 'dev', 'pyt0')[0]['linkinfo'][
        'info_kind'] == 'bridge'
    with pytest.raises(netlink.KernelError) as e:
        l.add(sock)          # exists already
    assert e.value.error == netlink.NLE_EXIST
    cache = link.LinkCache().refill(sock)
    got = cache['pyt0']
    got.mtu = 1300
    got.flags = ['up']
    got.alias = 'made by python'
    got.change(sock)
    j = ip_json('link', 'show', 'dev', 'pyt0')[0]
    assert (j['mtu'], j.get('ifalias')) == (1300, 'made by python')
    assert 'UP' in j['flags']
    got.delete(sock)
    assert ip('link', 'show', 'dev', 'pyt0', check=False) == ''


def test_kernel_error_text(fixture, sock):
    l = link.Link()
    l.name = 'pyt1'
    l.type = 'no-such-kind'
    with pytest.raises(netlink.KernelError) as e:
        l.add(sock)
    assert e.value.error != 0
    assert e.value.ext_ack == sock.ext_ack
    # iproute2's own wording for the same request
    assert e.value.ext_ack is None or 'kind' in e.value.ext_ack.lower() \
        or 'type' in e.value.ext_ack.lower()


def test_address_add_delete(fixture, sock):
    a = address.Address()
    a.ifindex = link.resolve('kv1')
    a.local = '10.77.0.5/20'
    a.label = 'kv1:py'
    a.add(sock)
    j = [ai for ai in ip_json('addr', 'show', 'dev', 'kv1')[0]['addr_info']
         if ai['local'] == '10.77.0.5']
    assert [(x['prefixlen'], x['label']) for x in j] == [(20, 'kv1:py')]
    got = address.AddressCache().refill(sock).lookup(a.ifindex,
                                                     '10.77.0.5/20')
    assert got.label == 'kv1:py'
    got.delete(sock)
    assert all(ai['local'] != '10.77.0.5' for ai in
               ip_json('addr', 'show', 'dev', 'kv1')[0].get('addr_info', []))
    with pytest.raises(netlink.KernelError):
        got.delete(sock)     # gone


def test_link_kinds(fixture, sock):
    import netlink.route.capi as capi
    cache = link.LinkCache().refill(sock)
    br = cache['kbr0']
    assert br.type == 'bridge'
    assert br.bridge.is_bridge and capi.rtnl_link_is_bridge(br) == 1
    assert capi.rtnl_link_is_bridge(cache['kv0']) == 0
    kv0 = cache['kv0']
    j = ip('-j', '-d', 'link', 'show', 'dev', 'kv0')
    assert kv0.inet.get_conf('forwarding') in (0, 1)
    assert kv0.inet.forwarding == kv0.inet.get_conf('forwarding')
    with open('/proc/sys/net/ipv4/conf/kv0/rp_filter') as f:
        assert kv0.inet.rp_filter == int(f.read())
    assert j


def test_examples_script(fixture):
    import os
    import subprocess
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    ex = os.path.join(here, '..', 'examples')
    for script in ('iface.py', 'wiphy.py', 'dump_retry.py'):
        p = subprocess.run([sys.executable, os.path.join(ex, script)],
                           capture_output=True, text=True, timeout=60,
                           cwd=ex)
        assert p.returncode == 0, (script, p.stdout, p.stderr)


def test_gil_released_during_refill(fixture, sock):
    # A thread ticks every 0.5 ms while this one refills a route cache
    # for 0.3 s.  With the lock held during refills it gets to tick only
    # now and then between them (5 ticks measured, the switch interval
    # made 50 ms here); released, it ticks through them (about 500).
    import sys
    ip_batch(['route add 10.%d.%d.%d/32 via 10.9.0.2' %
              (210, i // 256, i % 256) for i in range(10000)])
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.0005)
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(0.05)
    t = threading.Thread(target=spin)
    t.start()
    try:
        c = route.RouteCache(family=socket.AF_INET)
        n0 = len(ticks)
        t0 = time.monotonic()
        refills = 0
        while time.monotonic() - t0 < 0.3:
            c.refill(sock)
            refills += 1
        elapsed = time.monotonic() - t0
        moved = len(ticks) - n0
    finally:
        stop.set()
        t.join()
        sys.setswitchinterval(old_interval)
        ip('route', 'flush', '10.210.0.0/16')
    assert len(c) >= 10000
    assert moved > elapsed / 0.005, (moved, refills, elapsed)


def test_cache_manager_events(fixture):
    seen = []

    def changed(cache, obj, action, arg):
        seen.append((obj.name, action, arg))
    mngr = netlink.CacheManager(netlink.NETLINK_ROUTE)
    links = mngr.add('route/link', changed, 'tag')
    assert isinstance(links, link.LinkCache)
    n = len(links)
    ip('link', 'add', 'evt0', 'type', 'bridge')
    try:
        for _ in range(50):
            mngr.poll(100)
            if any(s[0] == 'evt0' for s in seen):
                break
        assert ('evt0', 1, 'tag') in seen      # NL_ACT_NEW
        assert len(links) == n + 1 and links['evt0'].type == 'bridge'
    finally:
        ip('link', 'del', 'evt0')
    del links                                   # callbacks keep working
    for _ in range(50):
        mngr.poll(100)
        if any(s[0] == 'evt0' and s[1] == 2 for s in seen):
            break
    assert ('evt0', 2, 'tag') in seen          # NL_ACT_DEL
