# SPDX-License-Identifier: LGPL-2.1-only
"""The retry policy as a Python callable, under churn: one link and one
address flap while link and address caches are refilled."""

import pytest

import netlink.core as netlink
import netlink.route.link as link
import netlink.route.address as address
from nsutil import ip, ip_batch, Flapper
from conftest import SANITIZED

NBRIDGES = 400
NADDRS = 2000
CHURN_LINK = 'churn0'
CHURN_ADDR = '10.255.255.254'


@pytest.fixture(scope='module')
def churn_env(netns):
    lines = ['link add rb%d type bridge' % i for i in range(NBRIDGES)]
    lines += ['addr add 10.40.%d.%d/32 dev rb0' % (i // 256, i % 256)
              for i in range(NADDRS)]
    ip_batch(lines)
    stable_links = {l.name for l in link.LinkCache().refill()}
    stable_addrs = {str(a.local) for a in address.AddressCache().refill()}
    yield stable_links, stable_addrs
    # the bridges go with the test process's namespace: deleting them
    # one by one takes the kernel half a minute


@pytest.fixture
def churn(churn_env):
    f = Flapper(CHURN_LINK, CHURN_ADDR + '/32', 'lo')
    yield churn_env
    f.stop()
    ip('link', 'del', CHURN_LINK, check=False)
    ip('addr', 'del', CHURN_ADDR + '/32', 'dev', 'lo', check=False)


def check_links(cache, stable):
    names = [l.name for l in cache]
    assert len(names) == len(set(names)), 'a link twice'
    extra = set(names) - stable
    assert extra <= {CHURN_LINK}
    assert set(names) >= stable
    idx = [l.ifindex for l in cache]
    assert len(idx) == len(set(idx))


def check_addrs(cache, stable):
    addrs = [str(a.local) for a in cache]
    assert len(addrs) == len(set(addrs)), 'an address twice'
    assert set(addrs) - stable <= {CHURN_ADDR}
    assert set(addrs) >= stable


def refill_until_interrupted(sock, cache, check, stable, limit=150):
    """Refill until the socket counted an interruption; every snapshot
    is checked."""
    for _ in range(limit):
        cache.refill(sock)
        check(cache, stable)
        if sock.dump_counters['interrupted']:
            return True
    return False


def test_default_policy_snapshots_exact(churn, sock):
    stable_links, stable_addrs = churn
    links = link.LinkCache()
    addrs = address.AddressCache()
    for _ in range(15 if SANITIZED else 40):
        links.refill(sock)
        check_links(links, stable_links)
        assert links.is_consistent
        addrs.refill(sock)
        check_addrs(addrs, stable_addrs)
        assert addrs.is_consistent
    assert refill_until_interrupted(sock, links, check_links, stable_links)
    c = sock.dump_counters
    assert c['failed'] == 0 and c['inconsistent'] == 0
    assert c['retries'] >= 1


def test_callable_retry(churn, sock):
    stable_links, _ = churn
    calls = []

    def policy(s, attempt, err):
        assert s is sock
        calls.append((attempt, err))
        return netlink.DUMP_RETRY
    sock.set_dump_retry(policy)
    links = link.LinkCache()
    assert refill_until_interrupted(sock, links, check_links, stable_links)
    assert calls, 'the callable was never asked'
    assert {e for _, e in calls} <= {-netlink.NLE_DUMP_INTR}
    # attempt counts up from 1 within each refill
    assert calls[0][0] == 1
    for (a, _), (b, _) in zip(calls, calls[1:]):
        assert b == a + 1 or b == 1
    assert links.is_consistent


def test_callable_accept(churn, sock):
    stable_links, _ = churn
    accepted = []

    def policy(s, attempt, err):
        accepted.append(attempt)
        return netlink.DUMP_ACCEPT
    sock.set_dump_retry(policy)
    links = link.LinkCache()
    for _ in range(150):
        links.refill(sock)
        if accepted:
            break
        assert links.is_consistent
    assert accepted == [1]
    assert links.is_consistent is False
    assert sock.dump_counters['inconsistent'] == 1
    # an accepted snapshot still holds every stable link once
    names = [l.name for l in links]
    assert set(names) >= stable_links or len(names) > 0


def test_callable_abort_keeps_cache(churn, sock):
    stable_links, _ = churn
    links = link.LinkCache().refill(sock)
    before = sorted((l.ifindex, l.name) for l in links)

    def policy(s, attempt, err):
        return netlink.DUMP_ABORT
    sock.set_dump_retry(policy)
    for _ in range(150):
        try:
            links.refill(sock)
            before = sorted((l.ifindex, l.name) for l in links)
        except netlink.DumpAbortedError as e:
            assert e.error == netlink.NLE_DUMP_ABORTED
            assert isinstance(e, netlink.NetlinkError)
            break
    else:
        pytest.fail('no interrupted dump in 150 refills')
    assert sorted((l.ifindex, l.name) for l in links) == before
    assert sock.dump_counters['failed'] == 1


class Boom(Exception):
    pass


def test_callable_raises(churn, sock):
    stable_links, _ = churn
    links = link.LinkCache().refill(sock)
    boom = Boom('from the policy')

    def policy(s, attempt, err):
        raise boom
    sock.set_dump_retry(policy)
    for _ in range(150):
        before = sorted(l.name for l in links)
        try:
            links.refill(sock)
        except Boom as e:
            assert e is boom
            break
    else:
        pytest.fail('no interrupted dump in 150 refills')
    assert sorted(l.name for l in links) == before
    # the socket stays usable, and None brings back the default policy
    sock.set_dump_retry(None)
    links.refill(sock)
    check_links(links, stable_links)


def test_callable_bad_return(churn, sock):
    sock.set_dump_retry(lambda s, a, e: 7)
    links = link.LinkCache()
    for _ in range(150):
        try:
            links.refill(sock)
        except ValueError as e:
            assert 'DUMP_RETRY' in str(e)
            break
    else:
        pytest.fail('no interrupted dump in 150 refills')


def test_limits(churn, sock):
    stable_links, _ = churn
    links = link.LinkCache().refill(sock)
    sock.set_dump_retry_limit(1, 0)     # one attempt, no retry
    sock.reset_dump_counters()
    for _ in range(150):
        before = sorted(l.name for l in links)
        try:
            links.refill(sock)
        except netlink.DumpInconsistentError as e:
            assert e.error == netlink.NLE_DUMP_INCONSISTENT
            break
    else:
        pytest.fail('no interrupted dump in 150 refills')
    assert sorted(l.name for l in links) == before
    assert sock.dump_counters['failed'] == 1
    assert sock.dump_counters['retries'] == 0


def test_quiet_table_never_asks(churn_env, sock):
    calls = []
    sock.set_dump_retry(lambda s, a, e: calls.append(a) or 0)
    links = link.LinkCache()
    for _ in range(5):
        links.refill(sock)
        check_links(links, churn_env[0])
    assert calls == [] and links.is_consistent
