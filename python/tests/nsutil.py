# SPDX-License-Identifier: LGPL-2.1-only
"""Test helpers: a private network namespace for the whole test process,
and iproute2 as the reference."""

import ctypes
import json
import os
import subprocess

CLONE_NEWNET = 0x40000000
_entered = None


def enter_private_netns():
    """Move this process into a new network namespace (once); False
    without root."""
    global _entered
    if _entered is not None:
        return _entered
    _entered = False
    if os.geteuid() != 0:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        return False
    ip('link', 'set', 'lo', 'up')
    _entered = True
    return True


def tool_env():
    """The environment for iproute2: without the sanitizer runtimes that a
    sanitizer build preloads into python."""
    env = dict(os.environ)
    env.pop('LD_PRELOAD', None)
    return env


def ip(*args, check=True):
    return subprocess.run(('ip',) + args, check=check, capture_output=True,
                          text=True, env=tool_env()).stdout


def ip_json(*args):
    return json.loads(ip('-j', *args) or '[]')


def ip_batch(lines):
    subprocess.run(['ip', '-force', '-batch', '-'], input='\n'.join(lines),
                   check=True, capture_output=True, text=True, env=tool_env())


class Flapper(object):
    """A process adding and deleting one link (and one address) as fast
    as iproute2 can, until stopped."""

    def __init__(self, link='churn0', addr=None, dev='lo'):
        cmd = ['link add %s type ifb' % link, 'link del %s' % link]
        if addr:
            cmd += ['addr add %s dev %s' % (addr, dev),
                    'addr del %s dev %s' % (addr, dev)]
        script = 'while :; do printf "%s\\n"; done | ip -force -batch - ' \
                 '>/dev/null 2>&1' % '\\n'.join(cmd * 50)
        self.proc = subprocess.Popen(['sh', '-c', script],
                                     start_new_session=True, env=tool_env())

    def stop(self):
        os.killpg(self.proc.pid, 9)
        self.proc.wait()
