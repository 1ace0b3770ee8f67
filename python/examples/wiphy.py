#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-only
"""Show a wireless device's bands, frequencies, ciphers and interface
modes through nl80211 (upstream's wiphy.py, on these bindings).  Without
nl80211 on the kernel it only reports that the family is missing."""

import sys

import netlink.capi as nl
import netlink.genl.capi as genl
import nl80211

CIPHERS = {
    '000fac01': 'WEP40 (00-0f-ac:1)', '000fac05': 'WEP104 (00-0f-ac:5)',
    '000fac02': 'TKIP (00-0f-ac:2)', '000fac04': 'CCMP (00-0f-ac:4)',
    '000fac06': 'CMAC (00-0f-ac:6)', '000fac08': 'GCMP (00-0f-ac:8)',
    '00147201': 'WPI-SMS4 (00-14-72:1)',
}


def freq_to_ch(freq):
    if freq == 2484:
        return 14
    if freq < 2484:
        return (freq - 2407) // 5
    if freq < 45000:
        return freq // 5 - 1000
    if 58320 <= freq <= 64800:
        return (freq - 56160) // 2160
    return 0


def handle_freq(attr, pol):
    err, f = nl.py_nla_parse_nested(nl80211.NL80211_FREQUENCY_ATTR_MAX, attr,
                                    pol)
    if nl80211.NL80211_FREQUENCY_ATTR_FREQ in f:
        freq = nl.nla_get_u32(f[nl80211.NL80211_FREQUENCY_ATTR_FREQ])
        sys.stdout.write('\t\tfreq %d MHz [%d]' % (freq, freq_to_ch(freq)))
    if nl80211.NL80211_FREQUENCY_ATTR_DISABLED in f:
        sys.stdout.write(' (disabled)')
    elif nl80211.NL80211_FREQUENCY_ATTR_MAX_TX_POWER in f:
        sys.stdout.write(' (%.1f dBm)' % (0.01 * nl.nla_get_u32(
            f[nl80211.NL80211_FREQUENCY_ATTR_MAX_TX_POWER])))
    sys.stdout.write('\n')


def msg_handler(m, a):
    err, attr = genl.py_genlmsg_parse(nl.nlmsg_hdr(m), 0,
                                      nl80211.NL80211_ATTR_MAX, None)
    if nl80211.NL80211_ATTR_WIPHY_NAME in attr:
        print('wiphy %s' %
              nl.nla_get_string(attr[nl80211.NL80211_ATTR_WIPHY_NAME]))
    if nl80211.NL80211_ATTR_WIPHY_BANDS in attr:
        pol = nl.nla_policy_array(nl80211.NL80211_FREQUENCY_ATTR_MAX + 1)
        pol[nl80211.NL80211_FREQUENCY_ATTR_FREQ].type = nl.NLA_U32
        pol[nl80211.NL80211_FREQUENCY_ATTR_DISABLED].type = nl.NLA_FLAG
        pol[nl80211.NL80211_FREQUENCY_ATTR_MAX_TX_POWER].type = nl.NLA_U32
        for band in nl.nla_get_nested(attr[nl80211.NL80211_ATTR_WIPHY_BANDS]):
            print('\tband %d:' % nl.nla_type(band))
            err, b = nl.py_nla_parse_nested(nl80211.NL80211_BAND_ATTR_MAX,
                                            band, None)
            if nl80211.NL80211_BAND_ATTR_FREQS in b:
                for f in nl.nla_get_nested(b[nl80211.NL80211_BAND_ATTR_FREQS]):
                    handle_freq(f, pol)
    if nl80211.NL80211_ATTR_CIPHER_SUITES in attr:
        data = nl.nla_data(attr[nl80211.NL80211_ATTR_CIPHER_SUITES])
        if data:
            print('\tSupported Ciphers:')
        for i in range(0, len(data), 4):
            key = '%02x%02x%02x%02x' % tuple(reversed(data[i:i + 4]))
            print('\t\t* %s' % CIPHERS.get(key, key))
    for a_, title in ((nl80211.NL80211_ATTR_SUPPORTED_IFTYPES,
                       'Supported interface modes:'),
                      (nl80211.NL80211_ATTR_SOFTWARE_IFTYPES,
                       'software interface modes (can always be added):')):
        if a_ in attr:
            print('\t' + title)
            for mode in nl.nla_get_nested(attr[a_]):
                print('\t\t* %s' % nl80211.nl80211_iftype2str.get(
                    nl.nla_type(mode), nl.nla_type(mode)))
    return nl.NL_SKIP


class State(object):
    done = 1


def main():
    state = State()
    cb = nl.nl_cb_alloc(nl.NL_CB_DEFAULT)
    s = nl.nl_socket_alloc_cb(cb)
    nl.py_nl_cb_err(cb, nl.NL_CB_CUSTOM,
                    lambda e, a: setattr(a, 'done', e.error) or nl.NL_STOP,
                    state)
    nl.py_nl_cb_set(cb, nl.NL_CB_FINISH, nl.NL_CB_CUSTOM,
                    lambda m, a: setattr(a, 'done', 0) or nl.NL_SKIP, state)
    nl.py_nl_cb_set(cb, nl.NL_CB_ACK, nl.NL_CB_CUSTOM,
                    lambda m, a: setattr(a, 'done', 0) or nl.NL_STOP, state)
    nl.py_nl_cb_set(cb, nl.NL_CB_VALID, nl.NL_CB_CUSTOM, msg_handler, state)
    genl.genl_connect(s)
    family = genl.genl_ctrl_resolve(s, 'nl80211')
    if family < 0:
        print('nl80211: %s (no wireless on this kernel)' %
              nl.nl_geterror(family))
        return 0
    m = nl.nlmsg_alloc()
    genl.genlmsg_put(m, 0, 0, family, 0, nl.NLM_F_DUMP,
                     nl80211.NL80211_CMD_GET_WIPHY, 0)
    err = nl.nl_send_auto_complete(s, m)
    while state.done > 0 and not err < 0:
        err = nl.nl_recvmsgs(s, cb)
    return 1 if err < 0 else 0


if __name__ == '__main__':
    sys.exit(main())
