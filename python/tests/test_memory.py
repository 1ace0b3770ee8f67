# SPDX-License-Identifier: LGPL-2.1-only
"""10,000 fill/free cycles leave no growth: neither in Python's heap
(tracemalloc) nor in the process (RSS: the C side's allocations)."""

import gc
import tracemalloc

import netlink.core as netlink
import netlink.route.link as link
import netlink.route.address as address
import netlink.route.route as route
from nsutil import ip_batch
from conftest import SANITIZED

CYCLES = 10000


def rss_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])


def cycle(sock, i):
    """One fill/free cycle: a link and an address cache; every tenth also
    a route cache and a socket with a retry callable."""
    links = link.LinkCache().refill(sock)
    names = [(l.name, str(l.address), l.flags) for l in links]
    addrs = address.AddressCache()
    addrs.refill(sock)
    locals_ = [str(a.local) for a in addrs]
    n = len(names) + len(locals_)
    if i % 10 == 0:
        routes = route.RouteCache().refill(sock)
        n += len([(str(r.dst), [str(h.gateway) for h in r.nexthops])
                  for r in routes])
        with netlink.Socket() as s:
            s.set_dump_retry(lambda *a: netlink.DUMP_RETRY)
    return n


def test_fill_free_cycles(netns, sock):
    ip_batch(['link add mem%d type bridge' % i for i in range(4)] +
             ['addr add 10.50.0.%d/32 dev mem0' % i for i in range(1, 9)])
    n = cycle(sock, 0)
    for i in range(500):            # warm up: caches, free lists
        cycle(sock, i)
    assert cycle(sock, 0) == n
    gc.collect()
    tracemalloc.start()
    base_py = tracemalloc.get_traced_memory()[0]
    base_rss = rss_kb()
    for i in range(CYCLES):
        cycle(sock, i)
    gc.collect()
    grown_py = tracemalloc.get_traced_memory()[0] - base_py
    tracemalloc.stop()
    grown_rss = rss_kb() - base_rss
    ip_batch(['link del mem%d' % i for i in range(4)])
    # a leak of one object per cycle would be several hundred KB
    assert grown_py < 16 * 1024, grown_py
    # AddressSanitizer holds freed memory in quarantine: RSS says nothing
    if not SANITIZED:
        assert grown_rss < 1024, grown_rss
