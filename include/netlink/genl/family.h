/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Generic netlink family objects ("genl/family"), as the controller
 * describes them: id, name, version, header size, highest attribute,
 * operations with their flags and multicast groups.
 */

#ifndef NETLINK_GENL_FAMILY_H_
#define NETLINK_GENL_FAMILY_H_

#include <netlink/netlink.h>
#include <netlink/cache.h>

#ifdef __cplusplus
extern "C" {
#endif

struct genl_family;

/**
 * Allocate an empty family object with one reference.
 * @return the object, or NULL when out of memory.  Release it with
 *         genl_family_put().
 */
extern struct genl_family *genl_family_alloc(void);

/** Drop one reference to @a family; the last one frees it. */
extern void genl_family_put(struct genl_family *family);

/** Numeric family id (0 when not set). */
extern unsigned int genl_family_get_id(struct genl_family *family);

/** Set the numeric family id. */
extern void genl_family_set_id(struct genl_family *family, unsigned int id);

/**
 * Family name, owned by the object.
 * @return the name, or NULL when not set.
 */
extern char *genl_family_get_name(struct genl_family *family);

/** Set the family name (cut to GENL_NAMSIZ - 1 characters). */
extern void genl_family_set_name(struct genl_family *family,
				 const char *name);

/** Interface version of the family (0 when not set). */
extern uint8_t genl_family_get_version(struct genl_family *family);

/** Set the interface version. */
extern void genl_family_set_version(struct genl_family *family,
				    uint8_t version);

/** Size of the family's own header (0 when not set). */
extern uint32_t genl_family_get_hdrsize(struct genl_family *family);

/** Set the size of the family's own header. */
extern void genl_family_set_hdrsize(struct genl_family *family,
				    uint32_t hdrsize);

/** Highest attribute id the family accepts (0 when not set). */
extern uint32_t genl_family_get_maxattr(struct genl_family *family);

/** Set the highest attribute id. */
extern void genl_family_set_maxattr(struct genl_family *family,
				    uint32_t maxattr);

/**
 * Append operation @a id with @a flags (GENL_ADMIN_PERM, GENL_CMD_CAP_*)
 * to the family's list of operations.
 * @return 0, or -NLE_NOMEM.
 */
extern int genl_family_add_op(struct genl_family *family, int id, int flags);

/**
 * Append multicast group @a name with id @a id to the family.
 * @return 0, -NLE_INVAL when @a name does not fit in GENL_NAMSIZ bytes,
 *         or -NLE_NOMEM.
 */
extern int genl_family_add_grp(struct genl_family *family, uint32_t id,
			       const char *name);

#ifdef __cplusplus
}
#endif

#endif
