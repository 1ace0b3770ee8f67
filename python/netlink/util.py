# SPDX-License-Identifier: LGPL-2.1-only
"""Formatting helpers: terminal colours and a string formatter that reads
attributes of netlink objects."""

import string

__all__ = ['MyFormatter', 'bold', 'underline', 'blink', 'reverse',
           'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan',
           'white', 'kw', 'num', 'string', 'addr', 'boolean', 'handle']

_string = string


def _color(t, c):
    return '\033[%dm%s\033[0m' % (c, t)


def black(t): return _color(t, 30)
def red(t): return _color(t, 31)
def green(t): return _color(t, 32)
def yellow(t): return _color(t, 33)
def blue(t): return _color(t, 34)
def magenta(t): return _color(t, 35)
def cyan(t): return _color(t, 36)
def white(t): return _color(t, 37)
def bold(t): return _color(t, 1)
def underline(t): return _color(t, 4)
def blink(t): return _color(t, 5)
def reverse(t): return _color(t, 7)
def kw(t): return yellow(t)
def num(t): return str(t)
def string(t): return str(t)
def addr(t): return str(t)
def boolean(t): return str(t)
def handle(t): return str(t)


class MyFormatter(_string.Formatter):
    """Formats ``{name}`` fields from the attributes of ``obj``; ``{nl}``
    is a new line followed by the indent.

        MyFormatter(link).format('{name} mtu {mtu}')
    """

    def __init__(self, obj, indent=''):
        _string.Formatter.__init__(self)
        self._obj = obj
        self._indent = indent

    def get_value(self, key, args, kwds):
        if isinstance(key, str):
            if key == 'nl':
                return self.nl()
            if key in kwds:
                return kwds[key]
            value = self._obj
            for part in key.split('.'):
                value = getattr(value, part)
            return value
        return args[key]

    def nl(self, format_string=''):
        return '\n' + self._indent + self.format(format_string)
