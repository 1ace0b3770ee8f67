/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * tc u32: accessors of its parameters.
 */

#ifndef NETLINK_ROUTE_CLS_U32_H_
#define NETLINK_ROUTE_CLS_U32_H_

/**
 * @defgroup route_cls_u32 Universal 32-bit classifier (u32)
 * @ingroup route_cls
 * The u32 classifier matches packets with keys on 32-bit words at
 * offsets of the packet (a selector), optionally a firewall mark, and
 * sends them to a class or through actions; u32 classifiers also build
 * hash tables that other u32 classifiers link to. Offsets count from the
 * network header.
 *
 * The functions take an object whose kind is "u32": set it with
 * rtnl_tc_set_kind() first. On an object of another kind they fail with
 * -NLE_OPNOTSUPP (setters returning void do nothing); they fail with
 * -NLE_NOMEM when the kind's data cannot be allocated.
 * @{
 */

#include <netinet/in.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/route/classifier.h>
#include <netlink/route/action.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Set the handle of a u32 classifier from its parts.
 * @param cls	classifier
 * @param htid	hash table id (12 bits)
 * @param hash	bucket of the hash table (8 bits)
 * @param nodeid	node id within the bucket (12 bits)
 *
 * Same as rtnl_tc_set_handle() with htid << 20 | hash << 12 | nodeid.
 */
extern void rtnl_u32_set_handle(struct rtnl_cls *cls, int htid, int hash,
				int nodeid);

/**
 * Set the class a u32 classifier sends matching packets to.
 * @param cls	classifier of kind "u32"
 * @param classid	handle of the class
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_classid(struct rtnl_cls *cls, uint32_t classid);

/**
 * Get the class a u32 classifier sends matching packets to.
 * @param cls	classifier of kind "u32"
 * @param[out] classid	the class handle
 *
 * @return 0 with *classid set; -NLE_INVAL when not set, -NLE_OPNOTSUPP for
 *         a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_get_classid(struct rtnl_cls *cls, uint32_t *classid);

/**
 * Make a u32 classifier a hash table.
 * @param cls	classifier of kind "u32"
 * @param divisor	number of buckets of the table (a power of two up
 *			to 256)
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_divisor(struct rtnl_cls *cls, uint32_t divisor);

/**
 * Make a u32 classifier continue in a hash table.
 * @param cls	classifier of kind "u32"
 * @param link	handle of the hash table matching packets go to (the
 *		bucket chosen with the hash mask of
 *		rtnl_u32_set_hashmask())
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_link(struct rtnl_cls *cls, uint32_t link);

/**
 * Put a u32 classifier into a hash table.
 * @param cls	classifier of kind "u32"
 * @param hashtable	handle of the hash table (and bucket) the
 *			classifier goes into
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_hashtable(struct rtnl_cls *cls, uint32_t hashtable);

/**
 * Set how a u32 classifier picks the bucket of the table it links to.
 * @param cls	classifier of kind "u32"
 * @param hashmask	mask applied to the 32-bit word (host byte order)
 * @param offset	offset of the word in the packet
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_hashmask(struct rtnl_cls *cls, uint32_t hashmask,
				 uint32_t offset);

/**
 * Set the variable offset of the selector of a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param offoff	offset of the 16-bit word that holds the variable
 *			offset (such as the IP header length)
 * @param offmask	mask applied to that word; non-zero turns the
 *			variable offset on (TC_U32_VAROFFSET)
 * @param offshift	right shift applied after the mask
 * @param off	constant offset added
 * @param flags	TC_U32_* flags added to the selector
 *
 * Keys with a non-zero offmask are taken relative to this offset.
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_selector(struct rtnl_cls *cls, int offoff,
				 uint32_t offmask, char offshift, uint16_t off,
				 char flags);

/**
 * Make the selector of a u32 classifier terminal (TC_U32_TERMINAL).
 * @param cls	classifier of kind "u32"
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_cls_terminal(struct rtnl_cls *cls);

/**
 * Set the flags of a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param flags	TCA_CLS_FLAGS_* (TCA_CLS_FLAGS_SKIP_HW, _SKIP_SW...)
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_set_flags(struct rtnl_cls *cls, int flags);

/**
 * Match the firewall mark in a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param val	mark to match
 * @param mask	mask and-ed with the packet's mark first
 *
 * Replaces the mark match the classifier had.
 *
 * @return 0; -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_add_mark(struct rtnl_cls *cls, uint32_t val,
			     uint32_t mask);

/**
 * Remove the firewall mark match of a u32 classifier.
 * @param cls	classifier of kind "u32"
 *
 * @return 0; -NLE_INVAL when the classifier has no mark match,
 *         -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_del_mark(struct rtnl_cls *cls);

/**
 * Add a key to the selector of a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param val	value the word must have, in network byte order
 * @param mask	mask applied to the word, in network byte order
 * @param off	offset of the 32-bit word (a multiple of 4)
 * @param offmask	non-zero to take off relative to the variable offset
 *			of rtnl_u32_set_selector()
 *
 * A packet matches when every key matches.
 *
 * @return 0; -NLE_RANGE when the selector holds 255 keys already,
 *         -NLE_OPNOTSUPP for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_add_key(struct rtnl_cls *cls, uint32_t val, uint32_t mask,
			    int off, int offmask);

/**
 * Get a key of the selector of a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param index	position of the key, from 0
 * @param[out] val	its value, in network byte order (may be NULL)
 * @param[out] mask	its mask, in network byte order (may be NULL)
 * @param[out] off	its offset (may be NULL)
 * @param[out] offmask	its offset mask (may be NULL)
 *
 * @return 0; -NLE_INVAL when the classifier has no selector, -NLE_RANGE
 *         when there is no such key, -NLE_OPNOTSUPP for a classifier of
 *         another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_get_key(struct rtnl_cls *cls, uint8_t index,
			    uint32_t *val, uint32_t *mask, int *off,
			    int *offmask);

/**
 * Add a key matching a byte.
 * @param cls	classifier of kind "u32"
 * @param val	value of the byte
 * @param mask	mask applied to the byte
 * @param off	offset of the byte
 * @param offmask	as for rtnl_u32_add_key()
 *
 * @return As rtnl_u32_add_key().
 */
extern int rtnl_u32_add_key_uint8(struct rtnl_cls *cls, uint8_t val,
				  uint8_t mask, int off, int offmask);

/**
 * Add a key matching a 16-bit word.
 * @param cls	classifier of kind "u32"
 * @param val	value of the word, in host byte order
 * @param mask	mask applied to the word, in host byte order
 * @param off	offset of the word; it may not cross a 32-bit boundary
 * @param offmask	as for rtnl_u32_add_key()
 *
 * @return As rtnl_u32_add_key(); -NLE_INVAL when the word crosses a 32-bit
 *         boundary.
 */
extern int rtnl_u32_add_key_uint16(struct rtnl_cls *cls, uint16_t val,
				   uint16_t mask, int off, int offmask);

/**
 * Add a key matching a 32-bit word.
 * @param cls	classifier of kind "u32"
 * @param val	value of the word, in host byte order
 * @param mask	mask applied to the word, in host byte order
 * @param off	offset of the word
 * @param offmask	as for rtnl_u32_add_key()
 *
 * @return As rtnl_u32_add_key().
 */
extern int rtnl_u32_add_key_uint32(struct rtnl_cls *cls, uint32_t val,
				   uint32_t mask, int off, int offmask);

/**
 * Add a key matching an IPv4 prefix.
 * @param cls	classifier of kind "u32"
 * @param addr	address
 * @param bitmask	number of leading bits to match (0 to 32)
 * @param off	offset of the address (12 for the source, 16 for the
 *		destination of an IPv4 header)
 * @param offmask	as for rtnl_u32_add_key()
 *
 * @return As rtnl_u32_add_key().
 */
extern int rtnl_u32_add_key_in_addr(struct rtnl_cls *cls,
				    const struct in_addr *addr,
				    uint8_t bitmask, int off, int offmask);

/**
 * Add keys matching an IPv6 prefix.
 * @param cls	classifier of kind "u32"
 * @param addr	address
 * @param bitmask	number of leading bits to match (0 to 128)
 * @param off	offset of the address (8 for the source, 24 for the
 *		destination of an IPv6 header)
 * @param offmask	as for rtnl_u32_add_key()
 *
 * Adds one key per 32-bit word of the prefix.
 *
 * @return As rtnl_u32_add_key(); -NLE_INVAL when bitmask is above 128.
 */
extern int rtnl_u32_add_key_in6_addr(struct rtnl_cls *cls,
				     const struct in6_addr *addr,
				     uint8_t bitmask, int off, int offmask);

/**
 * Add an action to a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param act	action; the classifier takes its own reference
 *
 * @return 0; the errors of rtnl_act_append() (-NLE_INVAL when act is
 *         NULL, -NLE_RANGE...), -NLE_OPNOTSUPP for a classifier of another
 *         kind, -NLE_NOMEM.
 */
extern int rtnl_u32_add_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Remove an action from a u32 classifier.
 * @param cls	classifier of kind "u32"
 * @param act	action of the classifier; the classifier's reference is
 *		released
 *
 * @return 0; -NLE_INVAL when the classifier has no actions,
 *         -NLE_OBJ_NOTFOUND when act is not one of them, -NLE_OPNOTSUPP
 *         for a classifier of another kind, -NLE_NOMEM.
 */
extern int rtnl_u32_del_action(struct rtnl_cls *cls, struct rtnl_act *act);

/**
 * Get the actions of a u32 classifier.
 * @param cls	classifier of kind "u32"
 *
 * @return The first action of the list (rtnl_act_next() gives the
 *         others), owned by the classifier; NULL when there is none or for
 *         a classifier of another kind.
 */
extern struct rtnl_act *rtnl_u32_get_action(struct rtnl_cls *cls);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
