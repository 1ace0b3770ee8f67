# SPDX-License-Identifier: LGPL-2.1-only
"""Dummy links: nothing beyond the link itself."""

from ._kind import LinkKind

__all__ = ['DummyLink', 'init']


class DummyLink(LinkKind):
    """A dummy link has no attributes of its own."""

    def brief(self):
        return 'dummy'


def init(link):
    link.__dict__['dummy'] = DummyLink(link)
    return link.dummy
