# SPDX-License-Identifier: LGPL-2.1-only
"""Properties of a link kind that read and write the link's C object."""

from .. import capi


def prop(getter, setter=None, doc=None):
    get = getattr(capi, getter)
    put = getattr(capi, setter) if setter else None

    def fget(self):
        return get(self._link)

    def fset(self, value):
        put(self._link, value)

    return property(fget, fset if put else None, doc=doc)


class LinkKind(object):
    def __init__(self, link):
        self._link = link
