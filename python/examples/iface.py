#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-only
"""List wireless interfaces through nl80211 with the flat C-style API
(upstream's iface.py, on these bindings).  On a kernel without nl80211 it
says so and only shows that the family could not be resolved."""

import sys

import netlink.capi as nl
import netlink.genl.capi as genl
import nl80211


class State(object):
    def __init__(self):
        self.done = 1


def msg_handler(m, a):
    err, attr = genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0,
                                      nl80211.NL80211_ATTR_MAX, None)
    if nl80211.NL80211_ATTR_WIPHY in attr:
        print('phy#%d' % nl.nla_get_u32(attr[nl80211.NL80211_ATTR_WIPHY]))
    if nl80211.NL80211_ATTR_IFNAME in attr:
        print('\tinterface %s' %
              nl.nla_get_string(attr[nl80211.NL80211_ATTR_IFNAME]))
    if nl80211.NL80211_ATTR_IFINDEX in attr:
        print('\tifindex %d' %
              nl.nla_get_u32(attr[nl80211.NL80211_ATTR_IFINDEX]))
    if nl80211.NL80211_ATTR_WDEV in attr:
        print('\twdev 0x%x' % nl.nla_get_u64(attr[nl80211.NL80211_ATTR_WDEV]))
    if nl80211.NL80211_ATTR_MAC in attr:
        print('\tmac %s' % ':'.join(
            '%02x' % b for b in nl.nla_data(attr[nl80211.NL80211_ATTR_MAC])))
    if nl80211.NL80211_ATTR_SSID in attr:
        print('\tssid', nl.nla_data(attr[nl80211.NL80211_ATTR_SSID]))
    if nl80211.NL80211_ATTR_IFTYPE in attr:
        t = nl.nla_get_u32(attr[nl80211.NL80211_ATTR_IFTYPE])
        print('\ttype %s' % nl80211.nl80211_iftype2str.get(t, t))
    if nl80211.NL80211_ATTR_WIPHY_FREQ in attr:
        freq = nl.nla_get_u32(attr[nl80211.NL80211_ATTR_WIPHY_FREQ])
        sys.stdout.write('\tfreq %d MHz' % freq)
        if nl80211.NL80211_ATTR_CHANNEL_WIDTH in attr:
            w = nl.nla_get_u32(attr[nl80211.NL80211_ATTR_CHANNEL_WIDTH])
            sys.stdout.write(', width: %s' %
                             nl80211.nl80211_chan_width2str.get(w, w))
        sys.stdout.write('\n')
    return nl.NL_SKIP


def error_handler(err, a):
    a.done = err.error
    return nl.NL_STOP


def finish_handler(m, a):
    a.done = 0
    return nl.NL_SKIP


def ack_handler(m, a):
    a.done = 0
    return nl.NL_STOP


def main(ifname=None):
    state = State()
    tx_cb = nl.nl_cb_alloc(nl.NL_CB_DEFAULT)
    rx_cb = nl.nl_cb_clone(tx_cb)
    s = nl.nl_socket_alloc_cb(tx_cb)
    nl.py_nl_cb_err(rx_cb, nl.NL_CB_CUSTOM, error_handler, state)
    nl.py_nl_cb_set(rx_cb, nl.NL_CB_FINISH, nl.NL_CB_CUSTOM, finish_handler,
                    state)
    nl.py_nl_cb_set(rx_cb, nl.NL_CB_ACK, nl.NL_CB_CUSTOM, ack_handler, state)
    nl.py_nl_cb_set(rx_cb, nl.NL_CB_VALID, nl.NL_CB_CUSTOM, msg_handler,
                    state)

    genl.genl_connect(s)
    family = genl.genl_ctrl_resolve(s, 'nl80211')
    if family < 0:
        print('nl80211: %s (no wireless on this kernel)' %
              nl.nl_geterror(family))
        return 0
    m = nl.nlmsg_alloc()
    flags = nl.NLM_F_DUMP if ifname is None else 0
    genl.genlmsg_put(m, 0, 0, family, 0, flags,
                     nl80211.NL80211_CMD_GET_INTERFACE, 0)
    if ifname is not None:
        nl.nla_put_u32(m, nl80211.NL80211_ATTR_IFINDEX,
                       nl.if_nametoindex(ifname))
    err = nl.nl_send_auto_complete(s, m)
    while state.done > 0 and not err < 0:
        err = nl.nl_recvmsgs(s, rx_cb)
    if err < 0 or state.done < 0:
        print('error: %s' % nl.nl_geterror(err if err < 0 else state.done))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
