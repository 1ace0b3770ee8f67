# SPDX-License-Identifier: LGPL-2.1-only
"""Build the bindings alone, against an installed libnl (this fork):

    python3 setup.py build_ext --inplace
    pip install --no-build-isolation .

Inside the source tree, configure and make do it instead (python.am).
Needs only setuptools (Debian: python3-setuptools) and pkg-config.
"""

import subprocess

from setuptools import Extension, setup

PKGS = ['libnl-3.0', 'libnl-route-3.0', 'libnl-genl-3.0']


def pkgconfig(flag):
    try:
        out = subprocess.run(['pkg-config', flag] + PKGS, check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    return out.split()


cflags = pkgconfig('--cflags') or ['-I/usr/include/libnl3']
libs = pkgconfig('--libs') or ['-lnl-genl-3', '-lnl-route-3', '-lnl-3']

ext = Extension(
    'netlink._nl',
    sources=['ext/module.c', 'ext/attrs.c', 'ext/object.c', 'ext/socket.c',
             'ext/cache.c', 'ext/capi.c'],
    depends=['ext/nlpy.h'],
    include_dirs=[f[2:] for f in cflags if f.startswith('-I')],
    libraries=[f[2:] for f in libs if f.startswith('-l')],
    library_dirs=[f[2:] for f in libs if f.startswith('-L')],
    extra_compile_args=['-D_GNU_SOURCE', '-Wno-cast-function-type'],
)

setup(
    name='libnl3-fork',
    version='3.12.0.post1',
    description='Python bindings of libnl-3 (the fork with consistent dumps)',
    long_description=open('README.md').read(),
    long_description_content_type='text/markdown',
    license='LGPL-2.1-only',
    python_requires='>=3.9',
    packages=['netlink', 'netlink.genl', 'netlink.route',
              'netlink.route.links', 'netlink.route.qdisc'],
    ext_modules=[ext],
)
