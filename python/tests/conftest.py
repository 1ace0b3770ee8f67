# SPDX-License-Identifier: LGPL-2.1-only
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
import nsutil  # noqa: E402

# Enter the private namespace before any socket is made.
HAVE_NS = nsutil.enter_private_netns()
SANITIZED = bool(os.environ.get('NLPY_SANITIZED'))


@pytest.fixture(scope='session')
def netns():
    if not HAVE_NS:
        pytest.skip('needs root for a private network namespace')
    return True


@pytest.fixture
def sock(netns):
    import netlink.core as netlink
    s = netlink.Socket()
    s.connect(netlink.NETLINK_ROUTE)
    yield s
    s.disconnect()
