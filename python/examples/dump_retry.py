#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-only
"""Consistent dumps from Python: the socket's retry policy.

A cache refill is atomic: an interrupted dump is thrown away whole, and
the cache keeps its previous content when the policy gives up.  Without a
policy of your own the library retries with backoff, within limits."""

import time

import netlink.core as netlink
import netlink.route.link as link

sock = netlink.Socket()
sock.connect(netlink.NETLINK_ROUTE)

# 1. The default policy, with limits of our own: 16 attempts or 2 s.
sock.set_dump_retry_limit(16, 2000)
links = link.LinkCache()
try:
    links.refill(sock)
except netlink.DumpInconsistentError:
    print('links kept changing; the cache holds the previous view')
print('%d links, consistent: %s' % (len(links), links.is_consistent))


# 2. A callable decides after each interrupted attempt.
def prefer_stale(socket, attempt, error):
    """Retry twice at once, then keep what the last attempt saw."""
    if attempt < 3:
        return netlink.DUMP_RETRY
    return netlink.DUMP_ACCEPT


sock.set_dump_retry(prefer_stale)
links.refill(sock)
if not links.is_consistent:
    print('accepted an interrupted dump; refill again later')


# 3. A callable with its own backoff and deadline.
def patient(socket, attempt, error, deadline=time.monotonic() + 5):
    if time.monotonic() > deadline:
        return netlink.DUMP_ABORT           # DumpAbortedError
    time.sleep(min(0.001 * 2 ** attempt, 0.1))
    return netlink.DUMP_RETRY


sock.set_dump_retry(patient)
try:
    links.refill(sock)
except netlink.DumpAbortedError:
    print('gave up after 5 s; the cache is unchanged')

# 4. Back to the default policy; what happened so far.
sock.set_dump_retry(None)
print('counters:', sock.dump_counters)
