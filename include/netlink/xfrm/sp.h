/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: IPsec security policies (XFRM_MSG_NEWPOLICY ... ), their cache
 * "xfrm/sp" and requests.
 */

#ifndef NETLINK_XFRM_SP_H_
#define NETLINK_XFRM_SP_H_

/**
 * @defgroup xfrm_sp Security policies
 * @ingroup xfrm
 * Security policies of the kernel's IPsec implementation: the "xfrm/sp"
 * cache, requests that add, update, delete and get them, and their
 * attributes (selector, direction, action, priority, lifetimes, templates
 * of the associations the traffic must go through...). Identified by index
 * and direction.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/xfrm/template.h>
#include <netlink/xfrm/lifetime.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_sp;
struct xfrmnl_sel;
struct xfrmnl_ltime_cfg;
struct xfrmnl_user_tmpl;

/**
 * Allocate an empty security policy object.
 *
 * @return The object holding one reference, to be released with
 *         xfrmnl_sp_put(); NULL when out of memory.
 */
extern struct xfrmnl_sp *xfrmnl_sp_alloc(void);

/**
 * Drop a reference on a security policy object.
 * @param sp	policy, or NULL (nothing happens)
 *
 * The object, and the templates it holds, are freed with its last
 * reference.
 */
extern void xfrmnl_sp_put(struct xfrmnl_sp *sp);

/**
 * Allocate a cache of the kernel's security policies.
 * @param sk	socket connected to NETLINK_XFRM
 * @param[out] result	set to the "xfrm/sp" cache, holding one reference for
 *		the caller, who releases it with nl_cache_free()
 *
 * The fill is a consistent dump (nl_cache_refill()).
 *
 * @return 0 on success, or a negative error code as nl_cache_alloc_and_fill().
 */
extern int xfrmnl_sp_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Find a security policy in a cache.
 * @param cache	"xfrm/sp" cache
 * @param index	policy index
 * @param dir	direction (XFRM_POLICY_IN, XFRM_POLICY_OUT, XFRM_POLICY_FWD)
 *
 * @return The policy with a reference for the caller, who releases it with
 *         xfrmnl_sp_put(); NULL when none matches or @a cache is not a policy
 *         cache.
 */
extern struct xfrmnl_sp *xfrmnl_sp_get(struct nl_cache *cache,
				       unsigned int index, unsigned int dir);

/**
 * Parse a security policy message into a new object.
 * @param n	XFRM_MSG_NEWPOLICY, XFRM_MSG_UPDPOLICY, XFRM_MSG_DELPOLICY or
 *		XFRM_MSG_POLEXPIRE message as the kernel sends it
 * @param[out] result	set to the object, holding one reference for the caller,
 *		who releases it with xfrmnl_sp_put()
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold its
 *         header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sp_parse(struct nlmsghdr *n, struct xfrmnl_sp **result);

/**
 * Build a request for one security policy.
 * @param index	policy index
 * @param dir	direction
 * @param mark_v	mark value
 * @param mark_m	mark mask; 0 sends no mark
 * @param[out] result	set to the XFRM_MSG_GETPOLICY message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sp_build_get_request(unsigned int index, unsigned int dir,
				       unsigned int mark_v, unsigned int mark_m,
				       struct nl_msg **result);

/**
 * Ask the kernel for one security policy.
 * @param sock	socket connected to NETLINK_XFRM
 * @param index	policy index
 * @param dir	direction
 * @param mark_v	mark value
 * @param mark_m	mark mask; 0 sends no mark
 * @param[out] result	set to the policy, holding one reference for the caller,
 *		who releases it with xfrmnl_sp_put()
 *
 * @return 0 on success; -NLE_INVAL when @a sock or @a result is NULL;
 *         -NLE_NOMEM; the kernel's error translated (-NLE_OBJ_NOTFOUND when it
 *         has no such policy).
 */
extern int xfrmnl_sp_get_kernel(struct nl_sock *sock, unsigned int index,
				unsigned int dir, unsigned int mark_v,
				unsigned int mark_m, struct xfrmnl_sp **result);

/**
 * Add a security policy in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	policy, as for xfrmnl_sp_build_add_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sp_build_add_request(); the
 *         kernel's error translated (-NLE_EXIST...).
 */
extern int xfrmnl_sp_add(struct nl_sock *sk, struct xfrmnl_sp *tmpl, int flags);

/**
 * Build a request to add a security policy.
 * @param tmpl	policy; its selector, lifetime, priority, index, direction,
 *		action, flags and share are sent (0 when not set), and
 *		every other attribute set: templates, policy type,
 *		security context, mark, interface id
 * @param flags	message flags (NLM_F_CREATE, NLM_F_EXCL...)
 * @param[out] result	set to the XFRM_MSG_NEWPOLICY message, to be freed with
 *		nlmsg_free()
 *
 * A policy is named by its direction and its index or selector: the
 * direction and one of the two must be set.
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the direction is not set,
 *         or neither the index nor the selector is; -NLE_NOMEM or
 *         -NLE_MSGSIZE when the message cannot be built.
 */
extern int xfrmnl_sp_build_add_request(struct xfrmnl_sp *tmpl, int flags,
				       struct nl_msg **result);

/**
 * Update a security policy in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	policy, as for xfrmnl_sp_build_update_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sp_build_update_request(); the
 *         kernel's error translated (-NLE_EXIST...).
 */
extern int xfrmnl_sp_update(struct nl_sock *sk, struct xfrmnl_sp *tmpl,
			    int flags);

/**
 * Build a request to update a security policy.
 * @param tmpl	policy; its selector, lifetime, priority, index, direction,
 *		action, flags and share are sent (0 when not set), and
 *		every other attribute set: templates, policy type,
 *		security context, mark, interface id
 * @param flags	message flags (NLM_F_CREATE, NLM_F_EXCL...)
 * @param[out] result	set to the XFRM_MSG_UPDPOLICY message, to be freed with
 *		nlmsg_free()
 *
 * A policy is named by its direction and its index or selector: the
 * direction and one of the two must be set.
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the direction is not set,
 *         or neither the index nor the selector is; -NLE_NOMEM or
 *         -NLE_MSGSIZE when the message cannot be built.
 */
extern int xfrmnl_sp_build_update_request(struct xfrmnl_sp *tmpl, int flags,
					  struct nl_msg **result);

/**
 * Delete a security policy in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	policy, as for xfrmnl_sp_build_delete_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sp_build_delete_request(); the
 *         kernel's error translated (-NLE_OBJ_NOTFOUND...).
 */
extern int xfrmnl_sp_delete(struct nl_sock *sk, struct xfrmnl_sp *tmpl,
			    int flags);

/**
 * Build a request to delete a security policy.
 * @param tmpl	policy naming the one to delete by direction and index, or by
 *		direction and selector (with its mark, policy type and
 *		security context when set)
 * @param flags	message flags
 * @param[out] result	set to the XFRM_MSG_DELPOLICY message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the direction is not set, or
 *         neither the index nor the selector is; -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int xfrmnl_sp_build_delete_request(struct xfrmnl_sp *tmpl, int flags,
					  struct nl_msg **result);

/**
 * Get the selector of a security policy.
 * @param sp	policy
 *
 * @return The selector, owned by the policy (take a reference with
 *         xfrmnl_sel_get() to keep it); NULL when not set.
 */
extern struct xfrmnl_sel *xfrmnl_sp_get_sel(struct xfrmnl_sp *sp);

/**
 * Set the selector of a security policy.
 * @param sp	policy
 * @param sel	selector; the policy takes a reference and drops the one on the
 *		selector it held
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_sel(struct xfrmnl_sp *sp, struct xfrmnl_sel *sel);

/**
 * Get the lifetime limits of a security policy.
 * @param sp	policy
 *
 * @return The lifetime configuration, owned by the policy (take a reference
 *         with xfrmnl_ltime_cfg_get() to keep it); NULL when not set.
 */
extern struct xfrmnl_ltime_cfg *xfrmnl_sp_get_lifetime_cfg(struct xfrmnl_sp *sp);

/**
 * Set the lifetime limits of a security policy.
 * @param sp	policy
 * @param ltime	lifetime configuration; the policy takes a reference and drops
 *		the one it held
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_lifetime_cfg(struct xfrmnl_sp *sp,
				      struct xfrmnl_ltime_cfg *ltime);

/**
 * Get the current lifetime of a security policy.
 * @param sp	policy
 * @param[out] curr_bytes	set to the bytes processed
 * @param[out] curr_packets	set to the packets processed
 * @param[out] curr_add_time	set to the time it was added, in seconds since
 *		the epoch
 * @param[out] curr_use_time	set to the time it was last used, in seconds
 *		since the epoch (0: never)
 *
 * @return 0 on success; -1 when the kernel reported no current lifetime
 *         (nothing is written).
 */
extern int xfrmnl_sp_get_curlifetime(struct xfrmnl_sp *sp,
				     unsigned long long *curr_bytes,
				     unsigned long long *curr_packets,
				     unsigned long long *curr_add_time,
				     unsigned long long *curr_use_time);

/**
 * Get the priority of a security policy.
 * @param sp	policy
 *
 * @return The priority; lower values take precedence; -1 when not set.
 */
extern int xfrmnl_sp_get_priority(struct xfrmnl_sp *sp);

/**
 * Set the priority of a security policy.
 * @param sp	policy
 * @param priority	priority; lower values take precedence
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_priority(struct xfrmnl_sp *sp, unsigned int priority);

/**
 * Get the index of a security policy.
 * @param sp	policy
 *
 * @return The policy index (the kernel chooses it when adding without one; its
 *         low three bits are the direction, see xfrmnl_sp_index2dir()); -1 when
 *         not set.
 */
extern int xfrmnl_sp_get_index(struct xfrmnl_sp *sp);

/**
 * Set the index of a security policy.
 * @param sp	policy
 * @param index	policy index (the kernel chooses it when adding without one; its
 *		low three bits are the direction, see
 *		xfrmnl_sp_index2dir())
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_index(struct xfrmnl_sp *sp, unsigned int index);

/**
 * Get the direction of a security policy.
 * @param sp	policy
 *
 * @return The direction: XFRM_POLICY_IN, XFRM_POLICY_OUT or XFRM_POLICY_FWD
 *         (see xfrmnl_sp_dir2str()); -1 when not set.
 */
extern int xfrmnl_sp_get_dir(struct xfrmnl_sp *sp);

/**
 * Set the direction of a security policy.
 * @param sp	policy
 * @param dir	direction: XFRM_POLICY_IN, XFRM_POLICY_OUT or XFRM_POLICY_FWD
 *		(see xfrmnl_sp_dir2str())
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_dir(struct xfrmnl_sp *sp, unsigned int dir);

/**
 * Get the action of a security policy.
 * @param sp	policy
 *
 * @return The action: XFRM_POLICY_ALLOW or XFRM_POLICY_BLOCK; -1 when not set.
 */
extern int xfrmnl_sp_get_action(struct xfrmnl_sp *sp);

/**
 * Set the action of a security policy.
 * @param sp	policy
 * @param action	action: XFRM_POLICY_ALLOW or XFRM_POLICY_BLOCK
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_action(struct xfrmnl_sp *sp, unsigned int action);

/**
 * Get the flags of a security policy.
 * @param sp	policy
 *
 * @return The XFRM_POLICY_LOCALOK and XFRM_POLICY_ICMP flags; -1 when not set.
 */
extern int xfrmnl_sp_get_flags(struct xfrmnl_sp *sp);

/**
 * Set the flags of a security policy.
 * @param sp	policy
 * @param flags	XFRM_POLICY_LOCALOK and XFRM_POLICY_ICMP flags
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_flags(struct xfrmnl_sp *sp, unsigned int flags);

/**
 * Get the share mode of a security policy.
 * @param sp	policy
 *
 * @return The XFRM_SHARE_* share mode; -1 when not set.
 */
extern int xfrmnl_sp_get_share(struct xfrmnl_sp *sp);

/**
 * Set the share mode of a security policy.
 * @param sp	policy
 * @param share	XFRM_SHARE_* share mode
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_share(struct xfrmnl_sp *sp, unsigned int share);

/**
 * Get the security context of a security policy.
 * @param sp	policy
 * @param[out] len	set to the total length of the context (header and
 *		text); may be NULL
 * @param[out] exttype	set to the extension type; may be NULL
 * @param[out] alg	set to the algorithm; may be NULL
 * @param[out] doi	set to the domain of interpretation; may be NULL
 * @param[out] ctx_len	set to the length of the context text; may be NULL
 * @param[out] ctx_str	buffer of at least the text length, set to the context
 *		text (not NUL-terminated); may be NULL
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sp_get_sec_ctx(struct xfrmnl_sp *sp, unsigned int *len,
				 unsigned int *exttype, unsigned int *alg,
				 unsigned int *doi, unsigned int *ctx_len,
				 char *ctx_str);

/**
 * Set the security context of a security policy.
 * @param sp	policy
 * @param len	total length; not used, it is computed from @a ctx_len
 * @param exttype	extension type (XFRMA_SEC_CTX)
 * @param alg	algorithm
 * @param doi	domain of interpretation
 * @param ctx_len	length of the context text
 * @param ctx_str	context text; up to @a ctx_len bytes are copied
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sp_set_sec_ctx(struct xfrmnl_sp *sp, unsigned int len,
				 unsigned int exttype, unsigned int alg,
				 unsigned int doi, unsigned int ctx_len,
				 char *ctx_str);

/**
 * Get the policy type of a security policy.
 * @param sp	policy
 *
 * @return The policy type: XFRM_POLICY_TYPE_MAIN or XFRM_POLICY_TYPE_SUB
 *         (XFRMA_POLICY_TYPE); -1 when not set.
 */
extern int xfrmnl_sp_get_userpolicy_type(struct xfrmnl_sp *sp);

/**
 * Set the policy type of a security policy.
 * @param sp	policy
 * @param type	policy type: XFRM_POLICY_TYPE_MAIN or XFRM_POLICY_TYPE_SUB
 *		(XFRMA_POLICY_TYPE)
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_userpolicy_type(struct xfrmnl_sp *sp,
					 unsigned int type);

/**
 * Append a template to a security policy.
 * @param sp	policy
 * @param utmpl	template from xfrmnl_user_tmpl_alloc(), in no policy; the policy
 *		owns it from now on and frees it with itself
 */
extern void xfrmnl_sp_add_usertemplate(struct xfrmnl_sp *sp,
				       struct xfrmnl_user_tmpl *utmpl);

/**
 * Remove a template from a security policy.
 * @param sp	policy
 * @param utmpl	template of the policy; the caller owns it again and frees it
 *		with xfrmnl_user_tmpl_free(). Nothing happens when it is
 *		not one of the policy's.
 */
extern void xfrmnl_sp_remove_usertemplate(struct xfrmnl_sp *sp,
					  struct xfrmnl_user_tmpl *utmpl);

/**
 * Get the list of templates of a security policy.
 * @param sp	policy
 *
 * @return The list head, owned by the policy; its entries are struct
 *         xfrmnl_user_tmpl linked through their utmpl_list member.
 */
extern struct nl_list_head *xfrmnl_sp_get_usertemplates(struct xfrmnl_sp *sp);

/**
 * Count the templates of a security policy.
 * @param sp	policy
 *
 * @return The number of templates.
 */
extern int xfrmnl_sp_get_nusertemplates(struct xfrmnl_sp *sp);

/**
 * Call a function for every template of a security policy.
 * @param r	policy
 * @param cb	called with each template, in order, and @a arg; it may remove
 *		the template it is given
 * @param arg	argument passed to @a cb
 */
extern void xfrmnl_sp_foreach_usertemplate(struct xfrmnl_sp *r,
					   void (*cb)(struct xfrmnl_user_tmpl *,
						      void *),
					   void *arg);

/**
 * Get a template of a security policy by position.
 * @param r	policy
 * @param n	position, from 0
 *
 * @return The template, owned by the policy; NULL when @a n is negative or past
 *         the last template.
 */
extern struct xfrmnl_user_tmpl *xfrmnl_sp_usertemplate_n(struct xfrmnl_sp *r,
							 int n);

/**
 * Get the mark of a security policy.
 * @param sp	policy
 * @param[out] mark_mask	set to the mark mask; may be NULL
 * @param[out] mark_value	set to the mark value; may be NULL
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sp_get_mark(struct xfrmnl_sp *sp, unsigned int *mark_mask,
			      unsigned int *mark_value);

/**
 * Set the mark of a security policy.
 * @param sp	policy
 * @param value	mark value
 * @param mask	mark mask
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_mark(struct xfrmnl_sp *sp, unsigned int value,
			      unsigned int mask);

/**
 * Get the xfrm interface id of a security policy.
 * @param sp	policy
 * @param[out] out_if_id	set to the interface id (XFRMA_IF_ID); may be
 *		NULL
 *
 * @return 0 on success; -NLE_NOATTR when not set.
 */
extern int xfrmnl_sp_get_if_id(struct xfrmnl_sp *sp, uint32_t *out_if_id);

/**
 * Set the xfrm interface id of a security policy.
 * @param sp	policy
 * @param if_id	interface id (XFRMA_IF_ID)
 *
 * @return 0.
 */
extern int xfrmnl_sp_set_if_id(struct xfrmnl_sp *sp, uint32_t if_id);

/**
 * Write the name of a policy action into a buffer.
 * @param action	action value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "allow" or "block", or the value in hexadecimal.
 */
extern char *xfrmnl_sp_action2str(int action, char *buf, size_t len);

/**
 * Get the policy action a name stands for.
 * @param name	name as xfrmnl_sp_action2str() writes it (case is ignored), or a
 *		number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for an
 *         unknown name.
 */
extern int xfrmnl_sp_str2action(const char *name);

/**
 * Write the names of policy flags into a buffer.
 * @param flags	XFRM_POLICY_LOCALOK and XFRM_POLICY_ICMP flags
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("allow policy override
 *         by user", "auto include ICMP in policy").
 */
extern char *xfrmnl_sp_flags2str(int flags, char *buf, size_t len);

/**
 * Get the policy flags names stand for.
 * @param name	flag name as xfrmnl_sp_flags2str() writes it, or several
 *		separated by commas (case is ignored)
 *
 * @return The mask of the flags named; 0 when none is known.
 */
extern int xfrmnl_sp_str2flag(const char *name);

/**
 * Write the name of a policy type into a buffer.
 * @param type	type value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "main", "sub", "max" or "any", or the value in
 *         hexadecimal.
 */
extern char *xfrmnl_sp_type2str(int type, char *buf, size_t len);

/**
 * Get the policy type a name stands for.
 * @param name	name as xfrmnl_sp_type2str() writes it (case is ignored), or a
 *		number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for an
 *         unknown name.
 */
extern int xfrmnl_sp_str2type(const char *name);

/**
 * Write the name of a policy direction into a buffer.
 * @param dir	direction value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "in", "out", "fwd" or "mask", or the value in
 *         hexadecimal.
 */
extern char *xfrmnl_sp_dir2str(int dir, char *buf, size_t len);

/**
 * Get the policy direction a name stands for.
 * @param name	name as xfrmnl_sp_dir2str() writes it (case is ignored), or a
 *		number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for an
 *         unknown name.
 */
extern int xfrmnl_sp_str2dir(const char *name);

/**
 * Write the name of a policy share mode into a buffer.
 * @param share	share mode value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "any", "session", "user" or "unique", or the value in
 *         hexadecimal.
 */
extern char *xfrmnl_sp_share2str(int share, char *buf, size_t len);

/**
 * Get the policy share mode a name stands for.
 * @param name	name as xfrmnl_sp_share2str() writes it (case is ignored), or a
 *		number
 *
 * @return The value; -NLE_INVAL for an empty string; -NLE_OBJ_NOTFOUND for an
 *         unknown name.
 */
extern int xfrmnl_sp_str2share(const char *name);

/**
 * Get the direction a policy index encodes.
 * @param index	policy index
 *
 * @return Its three low bits, the direction (XFRM_POLICY_IN...).
 */
extern int xfrmnl_sp_index2dir(unsigned int index);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
