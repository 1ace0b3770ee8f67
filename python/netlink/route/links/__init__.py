# SPDX-License-Identifier: LGPL-2.1-only
"""Link kinds: ``link.bridge``, ``link.vlan``, ``link.inet``..."""
