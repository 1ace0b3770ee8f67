# SPDX-License-Identifier: LGPL-2.1-only
"""Qdisc kinds: ``netlink.route.qdisc.htb``."""
