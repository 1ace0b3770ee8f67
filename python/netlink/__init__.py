# SPDX-License-Identifier: LGPL-2.1-only
"""Python bindings of libnl-3 (this fork, with consistent dumps).

The C extension ``netlink._nl`` wraps the library's objects and calls its
public API; the modules here give them upstream's names:
``netlink.core``, ``netlink.util``, ``netlink.capi``, ``netlink.route.*``
and ``netlink.genl.capi``.
"""
