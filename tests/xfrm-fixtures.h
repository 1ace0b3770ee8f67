/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Objects of libnl-xfrm-3 built through the public API only, for
 * tests/check-xfrm.c.  The expected text and bytes in
 * tests/xfrm-expected.h are what Debian's libnl-xfrm-3 (3.7) printed and
 * built for the very same calls (the interface's observable behaviour).
 */

#ifndef XFRM_FIXTURES_H_
#define XFRM_FIXTURES_H_

#include <netlink/netlink.h>
#include <netlink/addr.h>
#include <netlink/xfrm/sa.h>
#include <netlink/xfrm/sp.h>
#include <netlink/xfrm/ae.h>
#include <netlink/xfrm/selector.h>
#include <netlink/xfrm/template.h>
#include <netlink/xfrm/lifetime.h>

static inline struct nl_addr *fx_addr(const char *s)
{
	struct nl_addr *a = NULL;

	nl_addr_parse(s, AF_UNSPEC, &a);
	return a;
}

/* Set an address and drop the caller's reference. */
#define FX_SET(fn, obj, str)                                                   \
	do {                                                                   \
		struct nl_addr *_a = fx_addr(str);                             \
		fn(obj, _a);                                                   \
		nl_addr_put(_a);                                               \
	} while (0)

static inline struct xfrmnl_sel *fx_sel(void)
{
	struct xfrmnl_sel *sel = xfrmnl_sel_alloc();

	FX_SET(xfrmnl_sel_set_daddr, sel, "10.0.0.0/24");
	FX_SET(xfrmnl_sel_set_saddr, sel, "10.1.0.0/16");
	xfrmnl_sel_set_dport(sel, 80);
	xfrmnl_sel_set_dportmask(sel, 0xffff);
	xfrmnl_sel_set_sport(sel, 1024);
	xfrmnl_sel_set_sportmask(sel, 0xff00);
	xfrmnl_sel_set_family(sel, AF_INET);
	xfrmnl_sel_set_prefixlen_d(sel, 24);
	xfrmnl_sel_set_prefixlen_s(sel, 16);
	xfrmnl_sel_set_proto(sel, 6);
	xfrmnl_sel_set_ifindex(sel, 3);
	xfrmnl_sel_set_userid(sel, 1000);
	return sel;
}

static inline struct xfrmnl_ltime_cfg *fx_ltime(void)
{
	struct xfrmnl_ltime_cfg *lt = xfrmnl_ltime_cfg_alloc();

	xfrmnl_ltime_cfg_set_soft_bytelimit(lt, 1000);
	xfrmnl_ltime_cfg_set_hard_bytelimit(lt, 2000);
	xfrmnl_ltime_cfg_set_soft_packetlimit(lt, 10);
	xfrmnl_ltime_cfg_set_hard_packetlimit(lt, 20);
	xfrmnl_ltime_cfg_set_soft_addexpires(lt, 30);
	xfrmnl_ltime_cfg_set_hard_addexpires(lt, 60);
	xfrmnl_ltime_cfg_set_soft_useexpires(lt, 40);
	xfrmnl_ltime_cfg_set_hard_useexpires(lt, 80);
	return lt;
}

/* A full association (without care-of address: see the test). */
static inline struct xfrmnl_sa *fx_sa(void)
{
	struct xfrmnl_sa *sa = xfrmnl_sa_alloc();
	struct xfrmnl_sel *sel = fx_sel();
	struct xfrmnl_ltime_cfg *lt = fx_ltime();
	struct nl_addr *oa = fx_addr("192.0.2.9");

	xfrmnl_sa_set_sel(sa, sel);
	xfrmnl_sel_put(sel);
	FX_SET(xfrmnl_sa_set_daddr, sa, "192.0.2.1");
	FX_SET(xfrmnl_sa_set_saddr, sa, "192.0.2.2");
	xfrmnl_sa_set_spi(sa, 0x1234);
	xfrmnl_sa_set_proto(sa, 50);
	xfrmnl_sa_set_lifetime_cfg(sa, lt);
	xfrmnl_ltime_cfg_put(lt);
	xfrmnl_sa_set_reqid(sa, 7);
	xfrmnl_sa_set_family(sa, AF_INET);
	xfrmnl_sa_set_mode(sa, 1);
	xfrmnl_sa_set_replay_window(sa, 32);
	xfrmnl_sa_set_flags(sa, 3);
	xfrmnl_sa_set_aead_params(sa, "rfc4106(gcm(aes))", 160, 128,
				  "0123456789abcdefghij");
	xfrmnl_sa_set_auth_params(sa, "hmac(sha256)", 256, 128,
				  "0123456789abcdef0123456789abcdef");
	xfrmnl_sa_set_crypto_params(sa, "cbc(aes)", 128, "0123456789abcdef");
	xfrmnl_sa_set_comp_params(sa, "deflate", 0, "");
	xfrmnl_sa_set_encap_tmpl(sa, 2, 4500, 4500, oa);
	nl_addr_put(oa);
	xfrmnl_sa_set_tfcpad(sa, 5);
	xfrmnl_sa_set_mark(sa, 0x10, 0xff);
	xfrmnl_sa_set_sec_ctx(sa, 1, 1, 4, 0, "ctx!");
	xfrmnl_sa_set_replay_maxage(sa, 11);
	xfrmnl_sa_set_replay_maxdiff(sa, 12);
	xfrmnl_sa_set_replay_state(sa, 1, 2, 3);
	return sa;
}

static inline struct xfrmnl_sp *fx_sp(void)
{
	struct xfrmnl_sp *sp = xfrmnl_sp_alloc();
	struct xfrmnl_sel *sel = fx_sel();
	struct xfrmnl_ltime_cfg *lt = fx_ltime();
	struct xfrmnl_user_tmpl *t = xfrmnl_user_tmpl_alloc();

	xfrmnl_sp_set_sel(sp, sel);
	xfrmnl_sel_put(sel);
	xfrmnl_sp_set_lifetime_cfg(sp, lt);
	xfrmnl_ltime_cfg_put(lt);
	xfrmnl_sp_set_priority(sp, 100);
	xfrmnl_sp_set_index(sp, 0x101);
	xfrmnl_sp_set_dir(sp, 1);
	xfrmnl_sp_set_action(sp, 0);
	xfrmnl_sp_set_flags(sp, 1);
	xfrmnl_sp_set_share(sp, 2);
	xfrmnl_sp_set_sec_ctx(sp, 0, 1, 1, 4, 4, (char *)"ctx!");
	xfrmnl_sp_set_userpolicy_type(sp, 1);
	xfrmnl_sp_set_mark(sp, 1, 2);
	FX_SET(xfrmnl_user_tmpl_set_daddr, t, "192.0.2.1");
	FX_SET(xfrmnl_user_tmpl_set_saddr, t, "192.0.2.2");
	xfrmnl_user_tmpl_set_spi(t, 0x99);
	xfrmnl_user_tmpl_set_proto(t, 50);
	xfrmnl_user_tmpl_set_family(t, AF_INET);
	xfrmnl_user_tmpl_set_reqid(t, 7);
	xfrmnl_user_tmpl_set_mode(t, 1);
	xfrmnl_user_tmpl_set_optional(t, 1);
	xfrmnl_user_tmpl_set_aalgos(t, 0xff);
	xfrmnl_user_tmpl_set_ealgos(t, 0xf);
	xfrmnl_user_tmpl_set_calgos(t, 1);
	xfrmnl_sp_add_usertemplate(sp, t);
	return sp;
}

static inline struct xfrmnl_ae *fx_ae(void)
{
	struct xfrmnl_ae *ae = xfrmnl_ae_alloc();

	FX_SET(xfrmnl_ae_set_daddr, ae, "192.0.2.1");
	FX_SET(xfrmnl_ae_set_saddr, ae, "192.0.2.2");
	xfrmnl_ae_set_spi(ae, 0x1234);
	xfrmnl_ae_set_family(ae, AF_INET);
	xfrmnl_ae_set_proto(ae, 50);
	xfrmnl_ae_set_flags(ae, 3);
	xfrmnl_ae_set_reqid(ae, 7);
	xfrmnl_ae_set_mark(ae, 1, 2);
	xfrmnl_ae_set_curlifetime(ae, 1, 2, 3, 4);
	xfrmnl_ae_set_replay_maxage(ae, 5);
	xfrmnl_ae_set_replay_maxdiff(ae, 6);
	xfrmnl_ae_set_replay_state(ae, 7, 8, 9);
	return ae;
}

static inline struct xfrmnl_sa *fx_sa_esn(void)
{
	static unsigned int bmp[4] = { 0xf0f0, 0x0f0f, 1, 2 };
	struct xfrmnl_sa *sa = xfrmnl_sa_alloc();

	FX_SET(xfrmnl_sa_set_daddr, sa, "192.0.2.1");
	xfrmnl_sa_set_spi(sa, 1);
	xfrmnl_sa_set_proto(sa, 50);
	xfrmnl_sa_set_family(sa, AF_INET);
	xfrmnl_sa_set_replay_state_esn(sa, 1, 2, 3, 4, 5, 4, bmp);
	return sa;
}

#endif
