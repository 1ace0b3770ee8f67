/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink family objects ("genl/family"), as the controller
 * describes them: id, name, version, header size, highest attribute,
 * operations with their flags and multicast groups.
 */

#ifndef NETLINK_GENL_FAMILY_H_
#define NETLINK_GENL_FAMILY_H_

/**
 * @defgroup genl_family Families
 * @ingroup genl
 * Generic netlink family objects ("genl/family"), as the controller
 * describes them: id, name, version, header size, highest attribute,
 * operations with their flags and multicast groups.  genl_ctrl_alloc_cache()
 * fills a cache of them.
 * @{
 */

#include <netlink/netlink.h>
#include <netlink/cache.h>

#ifdef __cplusplus
extern "C" {
#endif

struct genl_family;

/**
 * Allocate an empty family object.
 *
 * @return The object holding one reference, to be released with
 *         genl_family_put(); NULL when out of memory.
 */
extern struct genl_family *genl_family_alloc(void);

/**
 * Drop a reference on a family object.
 * @param family	family, or NULL (nothing happens)
 *
 * The object is freed with its last reference.
 */
extern void genl_family_put(struct genl_family *family);

/**
 * Get the numeric id of a family.
 * @param family	family
 *
 * @return The id; 0 when not set.
 */
extern unsigned int genl_family_get_id(struct genl_family *family);

/**
 * Set the numeric id of a family.
 * @param family	family
 * @param id	id (a netlink message type, 16 bits)
 */
extern void genl_family_set_id(struct genl_family *family, unsigned int id);

/**
 * Get the name of a family.
 * @param family	family
 *
 * @return The name, owned by the object; NULL when not set.
 */
extern char *genl_family_get_name(struct genl_family *family);

/**
 * Set the name of a family.
 * @param family	family
 * @param name	name, copied and cut to GENL_NAMSIZ - 1 characters
 */
extern void genl_family_set_name(struct genl_family *family,
				 const char *name);

/**
 * Get the interface version of a family.
 * @param family	family
 *
 * @return The version; 0 when not set.
 */
extern uint8_t genl_family_get_version(struct genl_family *family);

/**
 * Set the interface version of a family.
 * @param family	family
 * @param version	version
 */
extern void genl_family_set_version(struct genl_family *family,
				    uint8_t version);

/**
 * Get the size of a family's own header.
 * @param family	family
 *
 * @return The size in bytes; 0 when not set.
 */
extern uint32_t genl_family_get_hdrsize(struct genl_family *family);

/**
 * Set the size of a family's own header.
 * @param family	family
 * @param hdrsize	size in bytes
 */
extern void genl_family_set_hdrsize(struct genl_family *family,
				    uint32_t hdrsize);

/**
 * Get the highest attribute type a family accepts.
 * @param family	family
 *
 * @return The attribute type; 0 when not set.
 */
extern uint32_t genl_family_get_maxattr(struct genl_family *family);

/**
 * Set the highest attribute type a family accepts.
 * @param family	family
 * @param maxattr	attribute type
 */
extern void genl_family_set_maxattr(struct genl_family *family,
				    uint32_t maxattr);

/**
 * Append an operation to a family.
 * @param family	family
 * @param id	command
 * @param flags	GENL_ADMIN_PERM, GENL_CMD_CAP_* flags
 *
 * Operations are kept in the order added, duplicates included.
 *
 * @return 0 on success; -NLE_NOMEM.
 */
extern int genl_family_add_op(struct genl_family *family, int id, int flags);

/**
 * Append a multicast group to a family.
 * @param family	family
 * @param id	group id
 * @param name	group name, copied
 *
 * @return 0 on success; -NLE_INVAL when @a name is NULL or does not fit
 *         in GENL_NAMSIZ bytes; -NLE_NOMEM.
 */
extern int genl_family_add_grp(struct genl_family *family, uint32_t id,
			       const char *name);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
