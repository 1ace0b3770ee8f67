# SPDX-License-Identifier: LGPL-2.1-only
"""Exceptions of the bindings; netlink.core exports them."""


def _text(code):
    from . import _nl
    return _nl.geterror(code)


class NetlinkError(Exception):
    """An error of the netlink library.

    ``error`` is the libnl error code (NLE_*, positive), ``ext_ack`` the
    kernel's explanation when it gave one.
    """

    def __init__(self, error, ext_ack=None):
        if isinstance(error, int):
            self.error = abs(error)
            self.message = _text(self.error)
        else:
            self.error = 0
            self.message = str(error)
        self.ext_ack = ext_ack
        Exception.__init__(self, self.error, self.message)

    def __str__(self):
        if self.ext_ack:
            return '%s: %s' % (self.message, self.ext_ack)
        return self.message


class KernelError(NetlinkError):
    """The kernel refused a request or a dump; see ``ext_ack``."""

    def __str__(self):
        return 'Kernel returned: ' + NetlinkError.__str__(self)


class ImmutableError(NetlinkError):
    """An attribute that cannot be changed was assigned."""

    def __init__(self, attr):
        NetlinkError.__init__(self, 'attribute %s is immutable' % attr)
        self.attr = attr


class DumpInconsistentError(NetlinkError):
    """The table kept changing: the default retry policy gave up
    (NLE_DUMP_INCONSISTENT).  The cache keeps its previous content."""


class DumpAbortedError(NetlinkError):
    """The retry callable returned DUMP_ABORT (NLE_DUMP_ABORTED).  The
    cache keeps its previous content."""


for _c in (NetlinkError, KernelError, ImmutableError, DumpInconsistentError,
           DumpAbortedError):
    _c.__module__ = 'netlink.core'
del _c
