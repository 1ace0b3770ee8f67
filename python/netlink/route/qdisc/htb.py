# SPDX-License-Identifier: LGPL-2.1-only
"""HTB qdiscs and classes.

    q = tc.Qdisc(); q.kind = 'htb'
    htb.init_qdisc(q).default_class = 0x10
"""

from .. import capi

__all__ = ['HTBQdisc', 'HTBClass', 'init_qdisc', 'init_class']


def _prop(name, doc=None):
    get = getattr(capi, 'rtnl_htb_get_' + name)
    put = getattr(capi, 'rtnl_htb_set_' + name)

    def fget(self):
        return get(self._obj)

    def fset(self, value):
        put(self._obj, value)

    return property(fget, fset, doc=doc)


class HTBQdisc(object):
    """HTB settings of a qdisc."""

    def __init__(self, qdisc):
        self._obj = qdisc

    default_class = _prop('defcls', 'class of unclassified traffic')
    r2q = _prop('rate2quantum', 'rate to quantum ratio')


class HTBClass(object):
    """HTB settings of a class (rates in bytes per second)."""

    def __init__(self, cl):
        self._obj = cl

    rate = _prop('rate')
    ceil = _prop('ceil')
    burst = _prop('rbuffer')
    cburst = _prop('cbuffer')
    prio = _prop('prio')
    quantum = _prop('quantum')
    level = _prop('level')


def init_qdisc(qdisc):
    qdisc.__dict__['htb'] = HTBQdisc(qdisc)
    return qdisc.htb


def init_class(cl):
    cl.__dict__['htb'] = HTBClass(cl)
    return cl.htb
