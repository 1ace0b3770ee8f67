# SPDX-License-Identifier: LGPL-2.1-only
"""Routing netlink: links, addresses, routes, neighbours, rules, next-hop
objects and traffic control."""
