/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * libnl-xfrm-3: IPsec security associations (XFRM_MSG_NEWSA ... ), their cache
 * "xfrm/sa" and requests.
 */

#ifndef NETLINK_XFRM_SA_H_
#define NETLINK_XFRM_SA_H_

/**
 * @defgroup xfrm_sa Security associations
 * @ingroup xfrm
 * Security associations (states) of the kernel's IPsec implementation: the
 * "xfrm/sa" cache, requests that add, update, delete and get them, and
 * their attributes (selector, addresses, SPI, algorithms and keys,
 * lifetimes, replay state, encapsulation, marks...). Identified by
 * destination address, SPI and protocol.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <linux/xfrm.h>

#ifdef __cplusplus
extern "C" {
#endif

struct xfrmnl_sa;
struct xfrmnl_sel;
struct xfrmnl_ltime_cfg;

/**
 * Allocate an empty security association object.
 *
 * @return The object holding one reference, to be released with
 *         xfrmnl_sa_put(); NULL when out of memory.
 */
extern struct xfrmnl_sa *xfrmnl_sa_alloc(void);

/**
 * Drop a reference on a security association object.
 * @param sa	association, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void xfrmnl_sa_put(struct xfrmnl_sa *sa);

/**
 * Allocate a cache of the kernel's security associations.
 * @param sk	socket connected to NETLINK_XFRM
 * @param[out] result	set to the "xfrm/sa" cache, holding one reference for
 *		the caller, who releases it with nl_cache_free()
 *
 * The fill is a consistent dump (nl_cache_refill()).
 *
 * @return 0 on success, or a negative error code as nl_cache_alloc_and_fill().
 */
extern int xfrmnl_sa_alloc_cache(struct nl_sock *sk, struct nl_cache **result);

/**
 * Find a security association in a cache.
 * @param cache	"xfrm/sa" cache
 * @param daddr	destination address
 * @param spi	security parameter index, in host byte order
 * @param proto	IPsec protocol (IPPROTO_ESP, IPPROTO_AH, IPPROTO_COMP)
 *
 * @return The association with a reference for the caller, who releases it with
 *         xfrmnl_sa_put(); NULL when none matches, or when @a cache is not an
 *         association cache or @a daddr is NULL.
 */
extern struct xfrmnl_sa *xfrmnl_sa_get(struct nl_cache *cache,
				       struct nl_addr *daddr, unsigned int spi,
				       unsigned int proto);

/**
 * Parse a security association message into a new object.
 * @param n	XFRM_MSG_NEWSA, XFRM_MSG_UPDSA, XFRM_MSG_DELSA or
 *		XFRM_MSG_EXPIRE message as the kernel sends it
 * @param[out] result	set to the object, holding one reference for the caller,
 *		who releases it with xfrmnl_sa_put()
 *
 * An expiry message gives an object for which
 * xfrmnl_sa_is_expiry_reached() is 1.
 *
 * @return 0 on success; -NLE_MSG_TOOSHORT when the message cannot hold its
 *         header; -NLE_RANGE or -NLE_INVAL for malformed attributes;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_parse(struct nlmsghdr *n, struct xfrmnl_sa **result);

/**
 * Build a request for one security association.
 * @param daddr	destination address
 * @param spi	security parameter index, in host byte order
 * @param protocol	IPsec protocol
 * @param mark_v	mark value
 * @param mark_m	mark mask; 0 sends no mark
 * @param[out] result	set to the XFRM_MSG_GETSA message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when @a daddr is NULL or @a spi is 0;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_build_get_request(struct nl_addr *daddr, unsigned int spi,
				       unsigned int protocol,
				       unsigned int mark_v, unsigned int mark_m,
				       struct nl_msg **result);

/**
 * Ask the kernel for one security association.
 * @param sock	socket connected to NETLINK_XFRM
 * @param daddr	destination address
 * @param spi	security parameter index, in host byte order
 * @param protocol	IPsec protocol
 * @param mark_v	mark value
 * @param mark_m	mark mask; 0 sends no mark
 * @param[out] result	set to the association, holding one reference for the
 *		caller, who releases it with xfrmnl_sa_put()
 *
 * @return 0 on success; -NLE_INVAL when @a sock or @a result is NULL; the
 *         errors of xfrmnl_sa_build_get_request(); the kernel's error
 *         translated (-NLE_OBJ_NOTFOUND when it has no such association).
 */
extern int xfrmnl_sa_get_kernel(struct nl_sock *sock, struct nl_addr *daddr,
				unsigned int spi, unsigned int protocol,
				unsigned int mark_v, unsigned int mark_m,
				struct xfrmnl_sa **result);

/**
 * Build a request to add a security association.
 * @param tmpl	association; destination address, SPI and protocol are required,
 *		every other attribute set is sent
 * @param flags	message flags (NLM_F_CREATE, NLM_F_EXCL...)
 * @param[out] result	set to the XFRM_MSG_NEWSA message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the destination address, SPI or
 *         protocol is not set; -NLE_NOMEM or -NLE_MSGSIZE when the message
 *         cannot be built.
 */
extern int xfrmnl_sa_build_add_request(struct xfrmnl_sa *tmpl, int flags,
				       struct nl_msg **result);

/**
 * Add a security association in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	association, as for xfrmnl_sa_build_add_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sa_build_add_request(); the
 *         kernel's error translated (-NLE_EXIST...).
 */
extern int xfrmnl_sa_add(struct nl_sock *sk, struct xfrmnl_sa *tmpl, int flags);

/**
 * Build a request to update a security association.
 * @param tmpl	association; destination address, SPI and protocol are required,
 *		every other attribute set is sent
 * @param flags	message flags (NLM_F_CREATE, NLM_F_EXCL...)
 * @param[out] result	set to the XFRM_MSG_UPDSA message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the destination address, SPI or
 *         protocol is not set; -NLE_NOMEM or -NLE_MSGSIZE when the message
 *         cannot be built.
 */
extern int xfrmnl_sa_build_update_request(struct xfrmnl_sa *tmpl, int flags,
					  struct nl_msg **result);

/**
 * Update a security association in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	association, as for xfrmnl_sa_build_update_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sa_build_update_request(); the
 *         kernel's error translated (-NLE_EXIST...).
 */
extern int xfrmnl_sa_update(struct nl_sock *sk, struct xfrmnl_sa *tmpl,
			    int flags);

/**
 * Build a request to delete a security association.
 * @param tmpl	association naming the one to delete by destination address, SPI
 *		and protocol (and mark, when set)
 * @param flags	message flags
 * @param[out] result	set to the XFRM_MSG_DELSA message, to be freed with
 *		nlmsg_free()
 *
 * @return 0 on success; -NLE_MISSING_ATTR when the destination address, SPI or
 *         protocol is not set; -NLE_NOMEM; -NLE_MSGSIZE.
 */
extern int xfrmnl_sa_build_delete_request(struct xfrmnl_sa *tmpl, int flags,
					  struct nl_msg **result);

/**
 * Delete a security association in the kernel.
 * @param sk	socket connected to NETLINK_XFRM
 * @param tmpl	association, as for xfrmnl_sa_build_delete_request()
 * @param flags	message flags
 *
 * Builds the request, sends it and waits for the acknowledgement
 * (nl_send_sync()).
 *
 * @return 0 on success; the errors of xfrmnl_sa_build_delete_request(); the
 *         kernel's error translated (-NLE_OBJ_NOTFOUND...).
 */
extern int xfrmnl_sa_delete(struct nl_sock *sk, struct xfrmnl_sa *tmpl,
			    int flags);

/**
 * Get the selector of a security association.
 * @param sa	association
 *
 * @return The selector, owned by the association (take a reference with
 *         xfrmnl_sel_get() to keep it); NULL when not set.
 */
extern struct xfrmnl_sel *xfrmnl_sa_get_sel(struct xfrmnl_sa *sa);

/**
 * Set the selector of a security association.
 * @param sa	association
 * @param sel	selector; the association takes a reference and drops the one on
 *		the selector it held
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_sel(struct xfrmnl_sa *sa, struct xfrmnl_sel *sel);

/**
 * Get the destination address of a security association.
 * @param sa	association
 *
 * @return The address, owned by the association (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_sa_get_daddr(struct xfrmnl_sa *sa);

/**
 * Set the destination address of a security association.
 * @param sa	association
 * @param addr	address; the association takes a reference and drops the one on
 *		the address it held
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_daddr(struct xfrmnl_sa *sa, struct nl_addr *addr);

/**
 * Get the security parameter index of a security association.
 * @param sa	association
 *
 * @return The security parameter index, in host byte order; -1 when not set.
 */
extern int xfrmnl_sa_get_spi(struct xfrmnl_sa *sa);

/**
 * Set the security parameter index of a security association.
 * @param sa	association
 * @param spi	security parameter index, in host byte order
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_spi(struct xfrmnl_sa *sa, unsigned int spi);

/**
 * Get the IPsec protocol of a security association.
 * @param sa	association
 *
 * @return The IPsec protocol (IPPROTO_ESP, IPPROTO_AH, IPPROTO_COMP); -1 when
 *         not set.
 */
extern int xfrmnl_sa_get_proto(struct xfrmnl_sa *sa);

/**
 * Set the IPsec protocol of a security association.
 * @param sa	association
 * @param protocol	IPsec protocol (IPPROTO_ESP, IPPROTO_AH, IPPROTO_COMP)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_proto(struct xfrmnl_sa *sa, unsigned int protocol);

/**
 * Get the source address of a security association.
 * @param sa	association
 *
 * @return The address, owned by the association (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_sa_get_saddr(struct xfrmnl_sa *sa);

/**
 * Set the source address of a security association.
 * @param sa	association
 * @param addr	address; the association takes a reference and drops the one on
 *		the address it held
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_saddr(struct xfrmnl_sa *sa, struct nl_addr *addr);

/**
 * Get the lifetime limits of a security association.
 * @param sa	association
 *
 * @return The lifetime configuration, owned by the association (take a
 *         reference with xfrmnl_ltime_cfg_get() to keep it); NULL when not set.
 */
extern struct xfrmnl_ltime_cfg *xfrmnl_sa_get_lifetime_cfg(struct xfrmnl_sa *sa);

/**
 * Set the lifetime limits of a security association.
 * @param sa	association
 * @param ltime	lifetime configuration; the association takes a reference and
 *		drops the one it held
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_lifetime_cfg(struct xfrmnl_sa *sa,
				      struct xfrmnl_ltime_cfg *ltime);

/**
 * Get the current lifetime of a security association.
 * @param sa	association
 * @param[out] curr_bytes	set to the bytes processed
 * @param[out] curr_packets	set to the packets processed
 * @param[out] curr_add_time	set to the time it was added, in seconds since
 *		the epoch
 * @param[out] curr_use_time	set to the time it was first used, in seconds
 *		since the epoch (0: never)
 *
 * @return 0 on success; -1 when the kernel reported no current lifetime
 *         (nothing is written).
 */
extern int xfrmnl_sa_get_curlifetime(struct xfrmnl_sa *sa,
				     unsigned long long *curr_bytes,
				     unsigned long long *curr_packets,
				     unsigned long long *curr_add_time,
				     unsigned long long *curr_use_time);

/**
 * Get the statistics of a security association.
 * @param sa	association
 * @param[out] replay_window	set to the packets dropped as outside the replay
 *		window
 * @param[out] replay	set to the packets dropped as replayed
 * @param[out] integrity_failed	set to the packets that failed the integrity
 *		check
 *
 * @return 0 on success; -1 when the kernel reported no statistics (nothing is
 *         written).
 */
extern int xfrmnl_sa_get_stats(struct xfrmnl_sa *sa,
			       unsigned long long *replay_window,
			       unsigned long long *replay,
			       unsigned long long *integrity_failed);

/**
 * Get the sequence number of a security association.
 * @param sa	association
 *
 * @return The sequence number the kernel reported; -1 when not set.
 */
extern int xfrmnl_sa_get_seq(struct xfrmnl_sa *sa);

/**
 * Get the request id of a security association.
 * @param sa	association
 *
 * @return The request id that links the association to policy templates; -1
 *         when not set.
 */
extern int xfrmnl_sa_get_reqid(struct xfrmnl_sa *sa);

/**
 * Set the request id of a security association.
 * @param sa	association
 * @param reqid	request id that links the association to policy templates
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_reqid(struct xfrmnl_sa *sa, unsigned int reqid);

/**
 * Get the address family of a security association.
 * @param sa	association
 *
 * @return The address family of the addresses (AF_INET, AF_INET6); -1 when not
 *         set.
 */
extern int xfrmnl_sa_get_family(struct xfrmnl_sa *sa);

/**
 * Set the address family of a security association.
 * @param sa	association
 * @param family	address family of the addresses (AF_INET, AF_INET6)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_family(struct xfrmnl_sa *sa, unsigned int family);

/**
 * Get the mode of a security association.
 * @param sa	association
 *
 * @return The XFRM_MODE_* mode (see xfrmnl_sa_mode2str()); -1 when not set.
 */
extern int xfrmnl_sa_get_mode(struct xfrmnl_sa *sa);

/**
 * Set the mode of a security association.
 * @param sa	association
 * @param mode	XFRM_MODE_* mode (see xfrmnl_sa_mode2str())
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_mode(struct xfrmnl_sa *sa, unsigned int mode);

/**
 * Get the replay window size of a security association.
 * @param sa	association
 *
 * @return The replay window size in packets; -1 when not set.
 */
extern int xfrmnl_sa_get_replay_window(struct xfrmnl_sa *sa);

/**
 * Set the replay window size of a security association.
 * @param sa	association
 * @param replay_window	replay window size in packets
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_replay_window(struct xfrmnl_sa *sa,
				       unsigned int replay_window);

/**
 * Get the flags of a security association.
 * @param sa	association
 *
 * @return The XFRM_STATE_* flags (see xfrmnl_sa_flags2str()); -1 when not set.
 */
extern int xfrmnl_sa_get_flags(struct xfrmnl_sa *sa);

/**
 * Set the flags of a security association.
 * @param sa	association
 * @param flags	XFRM_STATE_* flags (see xfrmnl_sa_flags2str())
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_flags(struct xfrmnl_sa *sa, unsigned int flags);

/**
 * Get the AEAD algorithm (XFRMA_ALG_AEAD) of a security association.
 * @param sa	association
 * @param[out] alg_name	buffer of at least 64 bytes, set to the algorithm name
 * @param[out] key_len	set to the key length in bits
 * @param[out] icv_len	set to the ICV length in bits
 * @param[out] key	buffer of at least (key length + 7) / 8 bytes, set to
 *		the key
 *
 * Output pointers may be NULL.
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_aead_params(struct xfrmnl_sa *sa, char *alg_name,
				     unsigned int *key_len,
				     unsigned int *icv_len, char *key);

/**
 * Set the AEAD algorithm (XFRMA_ALG_AEAD) of a security association.
 * @param sa	association
 * @param alg_name	algorithm name ("rfc4106(gcm(aes))"...), shorter than 64
 *		bytes
 * @param key_len	key length in bits
 * @param icv_len	ICV length in bits
 * @param key	key, (@a key_len + 7) / 8 bytes copied; NULL for a zero key
 *
 * @return 0 on success; -1 when @a alg_name is NULL or 64 bytes long or more;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_aead_params(struct xfrmnl_sa *sa, const char *alg_name,
				     unsigned int key_len, unsigned int icv_len,
				     const char *key);

/**
 * Get the authentication algorithm (XFRMA_ALG_AUTH_TRUNC) of an association.
 * @param sa	association
 * @param[out] alg_name	buffer of at least 64 bytes, set to the algorithm name
 * @param[out] key_len	set to the key length in bits
 * @param[out] trunc_len	set to the truncation length in bits
 * @param[out] key	buffer of at least (key length + 7) / 8 bytes, set to
 *		the key
 *
 * Output pointers may be NULL.
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_auth_params(struct xfrmnl_sa *sa, char *alg_name,
				     unsigned int *key_len,
				     unsigned int *trunc_len, char *key);

/**
 * Set the authentication algorithm (XFRMA_ALG_AUTH_TRUNC) of an association.
 * @param sa	association
 * @param alg_name	algorithm name ("hmac(sha256)"...), shorter than 64
 *		bytes
 * @param key_len	key length in bits
 * @param trunc_len	truncation length of the ICV in bits
 * @param key	key, (@a key_len + 7) / 8 bytes copied; NULL for a zero key
 *
 * @return 0 on success; -1 when @a alg_name is NULL or 64 bytes long or more;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_auth_params(struct xfrmnl_sa *sa, const char *alg_name,
				     unsigned int key_len,
				     unsigned int trunc_len, const char *key);

/**
 * Get the encryption algorithm (XFRMA_ALG_CRYPT) of a security association.
 * @param sa	association
 * @param[out] alg_name	buffer of at least 64 bytes, set to the algorithm name
 * @param[out] key_len	set to the key length in bits
 * @param[out] key	buffer of at least (key length + 7) / 8 bytes, set to
 *		the key
 *
 * Output pointers may be NULL.
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_crypto_params(struct xfrmnl_sa *sa, char *alg_name,
				       unsigned int *key_len, char *key);

/**
 * Set the encryption algorithm (XFRMA_ALG_CRYPT) of a security association.
 * @param sa	association
 * @param alg_name	algorithm name, shorter than 64 bytes
 * @param key_len	key length in bits
 * @param key	key, (@a key_len + 7) / 8 bytes copied; NULL for a zero key
 *
 * @return 0 on success; -1 when @a alg_name is NULL or 64 bytes long or more;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_crypto_params(struct xfrmnl_sa *sa,
				       const char *alg_name,
				       unsigned int key_len, const char *key);

/**
 * Get the compression algorithm (XFRMA_ALG_COMP) of a security association.
 * @param sa	association
 * @param[out] alg_name	buffer of at least 64 bytes, set to the algorithm name
 * @param[out] key_len	set to the key length in bits
 * @param[out] key	buffer of at least (key length + 7) / 8 bytes, set to
 *		the key
 *
 * Output pointers may be NULL.
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_comp_params(struct xfrmnl_sa *sa, char *alg_name,
				     unsigned int *key_len, char *key);

/**
 * Set the compression algorithm (XFRMA_ALG_COMP) of a security association.
 * @param sa	association
 * @param alg_name	algorithm name, shorter than 64 bytes
 * @param key_len	key length in bits
 * @param key	key, (@a key_len + 7) / 8 bytes copied; NULL for a zero key
 *
 * @return 0 on success; -1 when @a alg_name is NULL or 64 bytes long or more;
 *         -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_comp_params(struct xfrmnl_sa *sa, const char *alg_name,
				     unsigned int key_len, const char *key);

/**
 * Get the UDP encapsulation (NAT traversal) of a security association.
 * @param sa	association
 * @param[out] encap_type	set to the encapsulation type
 *		(UDP_ENCAP_ESPINUDP...)
 * @param[out] encap_sport	set to the source port, in host byte order
 * @param[out] encap_dport	set to the destination port, in host byte order
 * @param[out] encap_oa	set to the original address, owned by the association
 *		(no reference taken), or NULL
 *
 * @return 0 on success; -1 when not set (nothing is written).
 */
extern int xfrmnl_sa_get_encap_tmpl(struct xfrmnl_sa *sa,
				    unsigned int *encap_type,
				    unsigned int *encap_sport,
				    unsigned int *encap_dport,
				    struct nl_addr **encap_oa);

/**
 * Set the UDP encapsulation (NAT traversal) of a security association.
 * @param sa	association
 * @param encap_type	encapsulation type (UDP_ENCAP_ESPINUDP...)
 * @param encap_sport	source port, in host byte order
 * @param encap_dport	destination port, in host byte order
 * @param encap_oa	original address before NAT; the association takes a
 *		reference. May be NULL.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_encap_tmpl(struct xfrmnl_sa *sa,
				    unsigned int encap_type,
				    unsigned int encap_sport,
				    unsigned int encap_dport,
				    struct nl_addr *encap_oa);

/**
 * Get the traffic flow confidentiality padding of a security association.
 * @param sa	association
 *
 * @return The TFC padding boundary in bytes (XFRMA_TFCPAD); -1 when not set.
 */
extern int xfrmnl_sa_get_tfcpad(struct xfrmnl_sa *sa);

/**
 * Set the traffic flow confidentiality padding of a security association.
 * @param sa	association
 * @param tfcpad	TFC padding boundary in bytes (XFRMA_TFCPAD)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_tfcpad(struct xfrmnl_sa *sa, unsigned int tfcpad);

/**
 * Get the care-of (Mobile IPv6) address of a security association.
 * @param sa	association
 *
 * @return The address, owned by the association (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *xfrmnl_sa_get_coaddr(struct xfrmnl_sa *sa);

/**
 * Set the care-of (Mobile IPv6) address of a security association.
 * @param sa	association
 * @param coaddr	address; the association takes a reference and drops the
 *		one on the address it held
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_coaddr(struct xfrmnl_sa *sa, struct nl_addr *coaddr);

/**
 * Get the mark of a security association.
 * @param sa	association
 * @param[out] mark_mask	set to the mark mask; may be NULL
 * @param[out] mark_value	set to the mark value; may be NULL
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_mark(struct xfrmnl_sa *sa, unsigned int *mark_mask,
			      unsigned int *mark_value);

/**
 * Set the mark of a security association.
 * @param sa	association
 * @param value	mark value
 * @param mask	mark mask
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_mark(struct xfrmnl_sa *sa, unsigned int value,
			      unsigned int mask);

/**
 * Get the xfrm interface id of a security association.
 * @param sa	association
 * @param[out] out_if_id	set to the interface id (XFRMA_IF_ID); may be
 *		NULL
 *
 * @return 0 on success; -NLE_NOATTR when not set.
 */
extern int xfrmnl_sa_get_if_id(struct xfrmnl_sa *sa, uint32_t *out_if_id);

/**
 * Set the xfrm interface id of a security association.
 * @param sa	association
 * @param if_id	interface id (XFRMA_IF_ID)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_if_id(struct xfrmnl_sa *sa, uint32_t if_id);

/**
 * Get the security context of a security association.
 * @param sa	association
 * @param[out] doi	set to the domain of interpretation; may be NULL
 * @param[out] alg	set to the algorithm; may be NULL
 * @param[out] len	set to the length of the context text; may be NULL
 * @param[out] sid	set to the security id kept with the object (never
 *		sent); may be NULL
 * @param[out] ctx_str	buffer of at least the context length, set to the
 *		context text (not NUL-terminated); may be NULL
 *
 * @return 0 on success; -1 when not set.
 */
extern int xfrmnl_sa_get_sec_ctx(struct xfrmnl_sa *sa, unsigned int *doi,
				 unsigned int *alg, unsigned int *len,
				 unsigned int *sid, char *ctx_str);

/**
 * Set the security context of a security association.
 * @param sa	association
 * @param doi	domain of interpretation
 * @param alg	algorithm
 * @param len	length of the context text
 * @param sid	security id, kept with the object only
 * @param ctx_str	context text; up to @a len bytes are copied
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_sec_ctx(struct xfrmnl_sa *sa, unsigned int doi,
				 unsigned int alg, unsigned int len,
				 unsigned int sid, const char *ctx_str);

/**
 * Get the replay event timer of a security association.
 * @param sa	association
 *
 * @return The time between replay notifications, in 100 ms units
 *         (XFRMA_ETIMER_THRESH); -1 when not set.
 */
extern int xfrmnl_sa_get_replay_maxage(struct xfrmnl_sa *sa);

/**
 * Set the replay event timer of a security association.
 * @param sa	association
 * @param replay_maxage	time between replay notifications, in 100 ms units
 *		(XFRMA_ETIMER_THRESH)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_replay_maxage(struct xfrmnl_sa *sa,
				       unsigned int replay_maxage);

/**
 * Get the replay event threshold of a security association.
 * @param sa	association
 *
 * @return The number of packets between replay notifications
 *         (XFRMA_REPLAY_THRESH); -1 when not set.
 */
extern int xfrmnl_sa_get_replay_maxdiff(struct xfrmnl_sa *sa);

/**
 * Set the replay event threshold of a security association.
 * @param sa	association
 * @param replay_maxdiff	number of packets between replay notifications
 *		(XFRMA_REPLAY_THRESH)
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_replay_maxdiff(struct xfrmnl_sa *sa,
					unsigned int replay_maxdiff);

/**
 * Get the replay state of an association without extended sequence numbers.
 * @param sa	association
 * @param[out] oseq	set to the output sequence number; may be NULL
 * @param[out] seq	set to the input sequence number; may be NULL
 * @param[out] bmp	set to the replay bitmap; may be NULL
 *
 * @return 0 on success; -1 when not set, or when the state uses extended
 *         sequence numbers (see xfrmnl_sa_get_replay_state_esn()).
 */
extern int xfrmnl_sa_get_replay_state(struct xfrmnl_sa *sa, unsigned int *oseq,
				      unsigned int *seq, unsigned int *bmp);

/**
 * Set a replay state without extended sequence numbers.
 * @param sa	association
 * @param oseq	output sequence number
 * @param seq	input sequence number
 * @param bmp	replay bitmap
 *
 * Sent as XFRMA_REPLAY_VAL; replaces any replay state set before.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_replay_state(struct xfrmnl_sa *sa, unsigned int oseq,
				      unsigned int seq, unsigned int bmp);

/**
 * Get the replay state of an association with extended sequence numbers.
 * @param sa	association
 * @param[out] oseq	set to the low half of the output sequence number; may
 *		be NULL
 * @param[out] seq	set to the low half of the input sequence number; may be
 *		NULL
 * @param[out] oseq_hi	set to the high half of the output sequence number; may
 *		be NULL
 * @param[out] seq_hi	set to the high half of the input sequence number; may
 *		be NULL
 * @param[out] replay_window	set to the replay window size; may be NULL
 * @param[out] bmp_len	set to the length of the bitmap in 32-bit words; may be
 *		NULL
 * @param[out] bmp	buffer of at least that many words, set to the bitmap;
 *		may be NULL
 *
 * @return 0 on success; -1 when not set, or when the state has no extended
 *         sequence numbers.
 */
extern int xfrmnl_sa_get_replay_state_esn(struct xfrmnl_sa *sa,
					  unsigned int *oseq, unsigned int *seq,
					  unsigned int *oseq_hi,
					  unsigned int *seq_hi,
					  unsigned int *replay_window,
					  unsigned int *bmp_len,
					  unsigned int *bmp);

/**
 * Set a replay state with extended sequence numbers.
 * @param sa	association
 * @param oseq	low half of the output sequence number
 * @param seq	low half of the input sequence number
 * @param oseq_hi	high half of the output sequence number
 * @param seq_hi	high half of the input sequence number
 * @param replay_window	replay window size
 * @param bmp_len	length of the bitmap in 32-bit words
 * @param bmp	bitmap, @a bmp_len words copied; NULL for a zero bitmap
 *
 * Sent as XFRMA_REPLAY_ESN_VAL; replaces any replay state set before.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int xfrmnl_sa_set_replay_state_esn(struct xfrmnl_sa *sa,
					  unsigned int oseq, unsigned int seq,
					  unsigned int oseq_hi,
					  unsigned int seq_hi,
					  unsigned int replay_window,
					  unsigned int bmp_len,
					  unsigned int *bmp);

/**
 * Get the hardware offload of a security association.
 * @param sa	association
 * @param[out] ifindex	set to the index of the offloading interface; may be
 *		NULL
 * @param[out] flags	set to the XFRM_OFFLOAD_* flags; may be NULL
 *
 * @return 0 on success; -NLE_NOATTR when not set.
 */
extern int xfrmnl_sa_get_user_offload(struct xfrmnl_sa *sa, int *ifindex,
				      uint8_t *flags);

/**
 * Set the hardware offload of a security association.
 * @param sa	association
 * @param ifindex	index of the offloading interface
 * @param flags	XFRM_OFFLOAD_* flags
 *
 * Sent as XFRMA_OFFLOAD_DEV.
 *
 * @return 0.
 */
extern int xfrmnl_sa_set_user_offload(struct xfrmnl_sa *sa, int ifindex,
				      uint8_t flags);

/**
 * Tell whether a security association object comes from an expiry notification.
 * @param sa	association
 *
 * @return 1 when it was parsed from an XFRM_MSG_EXPIRE message (soft or hard
 *         expiry), 0 otherwise.
 */
extern int xfrmnl_sa_is_expiry_reached(struct xfrmnl_sa *sa);

/**
 * Tell whether an association object comes from a hard expiry notification.
 * @param sa	association
 *
 * @return 1 when it was parsed from an XFRM_MSG_EXPIRE message for a hard
 *         limit, 0 otherwise.
 */
extern int xfrmnl_sa_is_hardexpiry_reached(struct xfrmnl_sa *sa);

/**
 * Write the names of association flags into a buffer.
 * @param flags	XFRM_STATE_* flags
 * @param buf	buffer
 * @param len	size of @a buf; the text is truncated to fit
 *
 * @return @a buf, holding the names separated by commas ("no ecn", "decap
 *         dscp", "no pmtu discovery", "wild receive", "icmp", "unspecified",
 *         "align4", "esn").
 */
extern char *xfrmnl_sa_flags2str(int flags, char *buf, size_t len);

/**
 * Get the association flags names stand for.
 * @param name	flag name as xfrmnl_sa_flags2str() writes it, or several
 *		separated by commas (case is ignored)
 *
 * @return The mask of the XFRM_STATE_* flags named; 0 when none is known.
 */
extern int xfrmnl_sa_str2flag(const char *name);

/**
 * Write the name of an association mode into a buffer.
 * @param mode	XFRM_MODE_* value
 * @param buf	buffer
 * @param len	size of @a buf
 *
 * @return @a buf, holding "transport", "tunnel", "route optimization", "in
 *         trigger" or "beet", or the value in hexadecimal.
 */
extern char *xfrmnl_sa_mode2str(int mode, char *buf, size_t len);

/**
 * Get the association mode a name stands for.
 * @param name	name as xfrmnl_sa_mode2str() writes it (case is ignored), or a
 *		number
 *
 * @return The XFRM_MODE_* value; -NLE_INVAL for an empty string;
 *         -NLE_OBJ_NOTFOUND for an unknown name.
 */
extern int xfrmnl_sa_str2mode(const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
