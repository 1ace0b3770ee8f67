# SPDX-License-Identifier: LGPL-2.1-only
"""Flat functions of libnl-3 (sockets, messages, attributes, callbacks),
named and called as in C, plus the py_* helpers for Python callbacks and
attribute parsing.  Objects, sockets, messages and callbacks are the
wrappers of netlink.core."""

from . import _nl

globals().update(_nl._capi_core)
