# SPDX-License-Identifier: LGPL-2.1-only
"""Flat functions of libnl-genl-3: genl_connect(), genl_ctrl_resolve(),
genlmsg_put(), py_genlmsg_parse()..."""

from .. import _nl

globals().update(_nl._capi_genl)
