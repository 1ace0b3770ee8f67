/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: User templates of a security policy (struct xfrm_user_tmpl).
 */

#ifndef NETLINK_XFRM_TEMPL_H_
#define NETLINK_XFRM_TEMPL_H_

/**
 * @defgroup xfrm_tmpl Policy templates
 * @ingroup xfrm
 * User templates of a security policy (struct xfrm_user_tmpl): which
 * security associations (protocol, mode, addresses, request id,
 * algorithms) the traffic a policy matches must go through. A template
 * belongs to at most one policy, which frees it.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_user_tmpl;

/**
 * Allocate an empty template (every field 0, no addresses).
 *
 * @return The template, to be freed with xfrmnl_user_tmpl_free() unless added
 *         to a policy with xfrmnl_sp_add_usertemplate(); NULL when out of
 *         memory.
 */
extern struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_alloc(void);

/**
 * Allocate a copy of a template.
 * @param utmpl	template to copy, its addresses included
 *
 * @return The copy, in no policy, to be freed with xfrmnl_user_tmpl_free();
 *         NULL when out of memory.
 */
extern struct xfrmnl_user_tmpl *xfrmnl_user_tmpl_clone(struct xfrmnl_user_tmpl *utmpl);

/**
 * Free a template.
 * @param utmpl	template, or NULL (nothing happens); a template of a policy must
 *		be removed from it first
 *		(xfrmnl_sp_remove_usertemplate())
 *
 * Drops the template's references on its addresses.
 */
extern void xfrmnl_user_tmpl_free(struct xfrmnl_user_tmpl *utmpl);

/**
 * Compare two templates.
 * @param a	first template, or NULL
 * @param b	second template, or NULL
 *
 * @return 0 when every field is equal (or they are the same pointer), 1
 *         otherwise.
 */
extern int xfrmnl_user_tmpl_cmp(struct xfrmnl_user_tmpl *a,
				struct xfrmnl_user_tmpl *b);

/**
 * Print a template as policy dumps do.
 * @param utmpl	template
 * @param params	dump parameters
 */
extern void xfrmnl_user_tmpl_dump(struct xfrmnl_user_tmpl *utmpl,
				  struct nl_dump_params *params);

/**
 * Get the destination (tunnel end) address of a template.
 * @param utmpl	template
 *
 * @return The address, owned by the template (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_user_tmpl_get_daddr(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the destination (tunnel end) address of a template.
 * @param utmpl	template
 * @param addr	address; the template takes a reference and drops the one on the
 *		address it held. NULL clears it.
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_daddr(struct xfrmnl_user_tmpl *utmpl,
				      struct nl_addr *addr);

/**
 * Get the SPI of a template.
 * @param utmpl	template
 *
 * @return The security parameter index; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_spi(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the SPI of a template.
 * @param utmpl	template
 * @param spi	security parameter index, in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_spi(struct xfrmnl_user_tmpl *utmpl,
				    unsigned int spi);

/**
 * Get the protocol of a template.
 * @param utmpl	template
 *
 * @return The IPsec protocol; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_proto(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the protocol of a template.
 * @param utmpl	template
 * @param protocol	IPsec protocol (IPPROTO_ESP, IPPROTO_AH, IPPROTO_COMP)
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_proto(struct xfrmnl_user_tmpl *utmpl,
				      unsigned int protocol);

/**
 * Get the address family of a template.
 * @param utmpl	template
 *
 * @return The address family of the addresses; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_family(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the address family of a template.
 * @param utmpl	template
 * @param family	address family of the addresses (AF_INET, AF_INET6)
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_family(struct xfrmnl_user_tmpl *utmpl,
				       unsigned int family);

/**
 * Get the source (tunnel start) address of a template.
 * @param utmpl	template
 *
 * @return The address, owned by the template (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_user_tmpl_get_saddr(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the source (tunnel start) address of a template.
 * @param utmpl	template
 * @param addr	address; the template takes a reference and drops the one on the
 *		address it held. NULL clears it.
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_saddr(struct xfrmnl_user_tmpl *utmpl,
				      struct nl_addr *addr);

/**
 * Get the request id of a template.
 * @param utmpl	template
 *
 * @return The request id linking the template to associations; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_reqid(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the request id of a template.
 * @param utmpl	template
 * @param reqid	request id linking the template to associations (0: any)
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_reqid(struct xfrmnl_user_tmpl *utmpl,
				      unsigned int reqid);

/**
 * Get the mode of a template.
 * @param utmpl	template
 *
 * @return The XFRM_MODE_* mode; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_mode(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the mode of a template.
 * @param utmpl	template
 * @param mode	XFRM_MODE_* mode (transport, tunnel...)
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_mode(struct xfrmnl_user_tmpl *utmpl,
				     unsigned int mode);

/**
 * Get the sharing mode of a template.
 * @param utmpl	template
 *
 * @return The XFRM_SHARE_* value; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_share(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the sharing mode of a template.
 * @param utmpl	template
 * @param share	XFRM_SHARE_* value
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_share(struct xfrmnl_user_tmpl *utmpl,
				      unsigned int share);

/**
 * Get the optional flag of a template.
 * @param utmpl	template
 *
 * @return The non-zero when the template is optional; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_optional(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the optional flag of a template.
 * @param utmpl	template
 * @param optional	non-zero when the template is optional
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_optional(struct xfrmnl_user_tmpl *utmpl,
					 unsigned int optional);

/**
 * Get the allowed authentication algorithms of a template.
 * @param utmpl	template
 *
 * @return The bit mask of allowed authentication algorithms; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_aalgos(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the allowed authentication algorithms of a template.
 * @param utmpl	template
 * @param aalgos	bit mask of allowed authentication algorithms
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_aalgos(struct xfrmnl_user_tmpl *utmpl,
				       unsigned int aalgos);

/**
 * Get the allowed encryption algorithms of a template.
 * @param utmpl	template
 *
 * @return The bit mask of allowed encryption algorithms; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_ealgos(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the allowed encryption algorithms of a template.
 * @param utmpl	template
 * @param ealgos	bit mask of allowed encryption algorithms
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_ealgos(struct xfrmnl_user_tmpl *utmpl,
				       unsigned int ealgos);

/**
 * Get the allowed compression algorithms of a template.
 * @param utmpl	template
 *
 * @return The bit mask of allowed compression algorithms; 0 when not set.
 */
extern int xfrmnl_user_tmpl_get_calgos(struct xfrmnl_user_tmpl *utmpl);

/**
 * Set the allowed compression algorithms of a template.
 * @param utmpl	template
 * @param calgos	bit mask of allowed compression algorithms
 *
 * @return 0.
 */
extern int xfrmnl_user_tmpl_set_calgos(struct xfrmnl_user_tmpl *utmpl,
				       unsigned int calgos);

/**
 * Write the name of a template mode into a buffer.
 * @param mode	XFRM_MODE_* value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "transport", "tunnel", "route optimization", "in
 *         trigger" or "beet", or the value in hexadecimal.
 */
extern char *xfrmnl_user_tmpl_mode2str(int mode, char *buf, size_t len);

/**
 * Get the template mode a name stands for.
 * @param name	name as xfrmnl_user_tmpl_mode2str() writes it (case is ignored),
 *		or a number
 *
 * @return The XFRM_MODE_* value; -NLE_INVAL for an empty string;
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int xfrmnl_user_tmpl_str2mode(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
