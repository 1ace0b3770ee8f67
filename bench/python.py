#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-only
"""bench/python.py: list routes and addresses from Python, with these
bindings and with pyroute2, on the same tables in the same run.

In a private network namespace of its own (root): 100,000 IPv4 routes and
10,000 addresses (sizes: --routes, --addrs).  For each table, the median
time of
  ours      RouteCache().refill() + list() of the objects (the wrappers made)
  ours+attr the same, reading one attribute of every object (dst / local)
  C in-proc refill() alone in this process: the C library's share
  C fill    bench/nlbench's fill (--nlbench PATH), the C library alone
  pyroute2  IPRoute().get_routes() / get_addr()
and prints one markdown row per table:
  | table | objects | ours ms | ours+attr ms | C in-proc ms | C fill ms |
  pyroute2 ms | pyroute2/ours | ours/C |
Run from the build tree with PYTHONPATH=python/stage (bench/run does).
"""

import argparse
import ctypes
import os
import socket
import statistics
import subprocess
import sys
import time


def unshare_net():
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(0x40000000) != 0:
        sys.exit('bench/python.py: unshare: %s' %
                 os.strerror(ctypes.get_errno()))


def pin_heap():
    """Keep glibc from giving the heap back to the kernel after each free
    of a large cache (M_TRIM_THRESHOLD): with Python's heap layout it
    trims after every fill, and the next fill page-faults its memory in
    again, which doubles the C library's time.  nlbench's heap happens not
    to be trimmed; pinning both makes the comparison one of the code, not
    of the allocator's state.  --no-pin shows the default."""
    libc = ctypes.CDLL(None)
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    libc.mallopt(M_TRIM_THRESHOLD, 1 << 30)
    libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)


def batch(lines):
    subprocess.run(['ip', '-force', '-batch', '-'], input='\n'.join(lines),
                   text=True, check=True, capture_output=True)


def median_ms(fn, reps):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), n


def nlbench(path, kind, reps):
    if not path:
        return None
    out = subprocess.run([path, 'fill', kind, str(reps)], text=True,
                         capture_output=True, check=True).stdout
    for f in out.split():
        if f.startswith('fill_ms='):
            return float(f.split('=', 1)[1])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--routes', type=int, default=100000)
    ap.add_argument('--addrs', type=int, default=10000)
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--pyroute2-reps', type=int, default=3)
    ap.add_argument('--nlbench', help='bench/nlbench built with this tree')
    ap.add_argument('--no-pin', action='store_true',
                    help="leave glibc's heap trimming as it is")
    args = ap.parse_args()
    if os.geteuid() != 0:
        print('bench/python.py: needs root (network namespace)',
              file=sys.stderr)
        return 77

    unshare_net()
    if not args.no_pin:
        pin_heap()
    import netlink.core as netlink
    import netlink.route.route as route
    import netlink.route.address as address
    try:
        from pyroute2 import IPRoute
    except ImportError:
        IPRoute = None

    batch(['link set lo up', 'link add v0 type veth peer name v1',
           'link set v0 up', 'link set v1 up',
           'addr add 192.0.2.1/24 dev v0'] +
          ['route add 10.%d.%d.%d/32 via 192.0.2.2' %
           (i // 65536 % 64, i // 256 % 256, i % 256)
           for i in range(args.routes)])
    batch(['addr add 10.64.%d.%d/32 dev v1' % (i // 256 % 256, i % 256)
           for i in range(args.addrs)])

    sock = netlink.Socket()
    sock.connect(netlink.NETLINK_ROUTE)
    sock.set_bufsize(4 << 20, 0)
    ipr = IPRoute() if IPRoute else None

    def ours_routes():
        return len(list(route.RouteCache(family=socket.AF_INET).refill(sock)))

    def ours_routes_attr():
        c = route.RouteCache(family=socket.AF_INET).refill(sock)
        return len([r.dst for r in c])

    def c_routes():
        c = route.RouteCache(family=socket.AF_INET)
        t0 = time.perf_counter()
        c.refill(sock)
        return (time.perf_counter() - t0) * 1000

    def c_addrs():
        c = address.AddressCache()
        t0 = time.perf_counter()
        c.refill(sock)
        return (time.perf_counter() - t0) * 1000

    def ours_addrs():
        return len(list(address.AddressCache().refill(sock)))

    def ours_addrs_attr():
        return len([a.local for a in address.AddressCache().refill(sock)])

    rows = []
    for name, fn, fn_attr, fn_c, kind, pr in (
            ('routes', ours_routes, ours_routes_attr, c_routes, 'route',
             lambda: len(ipr.get_routes(family=socket.AF_INET))),
            ('addresses', ours_addrs, ours_addrs_attr, c_addrs, 'addr',
             lambda: len(ipr.get_addr()))):
        o, n = median_ms(fn, args.reps)
        oa, _ = median_ms(fn_attr, args.reps)
        ci = statistics.median(fn_c() for _ in range(args.reps))
        c = nlbench(args.nlbench, kind, args.reps)
        if ipr:
            p, pn = median_ms(pr, args.pyroute2_reps)
        else:
            p, pn = None, None
        rows.append((name, n, o, oa, ci, c, p, pn))
    if ipr:
        ipr.close()

    def f(v):
        return '-' if v is None else '%.1f' % v

    print('| python: table | objects | ours ms | ours+attr ms | C in-proc ms '
          '| C fill ms | pyroute2 ms | pyroute2/ours | ours/C |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    for name, n, o, oa, ci, c, p, pn in rows:
        print('| %s | %d | %s | %s | %s | %s | %s | %s | %s |' % (
            name, n, f(o), f(oa), f(ci), f(c), f(p),
            f(p / o) if p else '-', '%.2f' % (o / c) if c else '-'))
        if pn is not None and pn != n:
            print('(pyroute2 listed %d %s)' % (pn, name))
    return 0


if __name__ == '__main__':
    sys.exit(main())
