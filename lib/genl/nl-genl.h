/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Private to libnl-genl-3: the family object's layout and the helpers the
 * controller, the family object and the registration code share.
 */

#ifndef NL_GENL_PRIVATE_H_
#define NL_GENL_PRIVATE_H_

#include <linux/genetlink.h>

#include <netlink/genl/genl.h>
#include <netlink/genl/family.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/mngt.h>

#include "nl-private/core.h"

/* Generic header plus a family header of @hdrlen bytes. */
#define GENL_HDRSIZE(hdrlen) (GENL_HDRLEN + (hdrlen))

/* Version of the controller interface our requests speak. */
#define GENL_CTRL_REQ_VERSION	1

/* Presence bits of struct genl_family (ce_mask), as upstream. */
#define FAMILY_ATTR_ID		0x01
#define FAMILY_ATTR_NAME	0x02
#define FAMILY_ATTR_VERSION	0x04
#define FAMILY_ATTR_HDRSIZE	0x08
#define FAMILY_ATTR_MAXATTR	0x10
#define FAMILY_ATTR_OPS		0x20
#define FAMILY_ATTR_GROUPS	0x40

/* One operation (command) the kernel family offers. */
struct genl_family_op {
	uint32_t o_id;
	uint32_t o_flags;
	struct nl_list_head o_list;
};

/* One multicast group of a family. */
struct genl_family_grp {
	struct genl_family *family;	/* owner, not referenced */
	struct nl_list_head list;
	char name[GENL_NAMSIZ];
	uint32_t id;
};

struct genl_family {
	NLHDR_COMMON

	uint16_t gf_id;
	char gf_name[GENL_NAMSIZ];
	uint32_t gf_version;
	uint32_t gf_hdrsize;
	uint32_t gf_maxattr;

	struct nl_list_head gf_ops;	/* struct genl_family_op */
	struct nl_list_head gf_mc_grps;	/* struct genl_family_grp */

	/* The controller command the object was parsed from (0 when built
	 * by hand); a DELFAMILY event removes the family from a cache. */
	uint8_t gf_cmd;
};

extern struct nl_object_ops genl_family_ops;

/* Resolve ops->o_name through a socket of its own, unless o_id is set.
 * Exported for upstream compatibility. */
int genl_resolve_id(struct genl_ops *ops);

/* Build a family object from a controller message (NEWFAMILY/DELFAMILY).
 * Every byte of nlh is checked; 0 and *result, or a negative error. */
int _genl_ctrl_parse_family(struct nlmsghdr *nlh, struct genl_family **result);

/* Cache-ops message parser of every family registered with
 * genl_register(): dispatches to the command's parser with the cache ops
 * and the parser parameters. */
int _genl_msg_parser(struct nl_cache_ops *ops, struct sockaddr_nl *who,
		     struct nlmsghdr *nlh, struct nl_parser_param *pp);

/* Registered family with numeric id @id, or NULL (caller holds no lock:
 * the result stays valid while the family stays registered). */
struct genl_ops *_genl_ops_lookup_id(int id);

#endif
