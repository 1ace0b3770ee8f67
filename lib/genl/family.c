/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * The "genl/family" object: a generic netlink family as the controller
 * describes it.
 */

#include <stdlib.h>
#include <string.h>

#include "nl-genl.h"

/* Scalar attributes, described once for compare (and for their size). */
static const struct family_field {
	uint64_t bit;
	size_t off;
	size_t size;
} family_fields[] = {
	{ FAMILY_ATTR_ID, offsetof(struct genl_family, gf_id), sizeof(uint16_t) },
	{ FAMILY_ATTR_NAME, offsetof(struct genl_family, gf_name), GENL_NAMSIZ },
	{ FAMILY_ATTR_VERSION, offsetof(struct genl_family, gf_version), sizeof(uint32_t) },
	{ FAMILY_ATTR_HDRSIZE, offsetof(struct genl_family, gf_hdrsize), sizeof(uint32_t) },
	{ FAMILY_ATTR_MAXATTR, offsetof(struct genl_family, gf_maxattr), sizeof(uint32_t) },
};

/* Names of the operation flags as the dumps print them. */
static const struct trans_tbl op_flags[] = {
	__ADD(GENL_ADMIN_PERM, admin_perm),
	__ADD(GENL_CMD_CAP_DO, has_doit),
	__ADD(GENL_CMD_CAP_DUMP, has_dump),
	__ADD(GENL_CMD_CAP_HASPOL, has_policy),
};

static void family_constructor(struct nl_object *obj)
{
	struct genl_family *f = (struct genl_family *)obj;

	nl_init_list_head(&f->gf_ops);
	nl_init_list_head(&f->gf_mc_grps);
}

static void family_free_data(struct nl_object *obj)
{
	struct genl_family *f = (struct genl_family *)obj;
	struct genl_family_op *op, *otmp;
	struct genl_family_grp *grp, *gtmp;

	nl_list_for_each_entry_safe(op, otmp, &f->gf_ops, o_list) {
		nl_list_del(&op->o_list);
		free(op);
	}
	nl_list_for_each_entry_safe(grp, gtmp, &f->gf_mc_grps, list) {
		nl_list_del(&grp->list);
		free(grp);
	}
}

static int family_clone(struct nl_object *dst_obj, struct nl_object *src_obj)
{
	struct genl_family *dst = (struct genl_family *)dst_obj;
	struct genl_family *src = (struct genl_family *)src_obj;
	struct genl_family_op *op;
	struct genl_family_grp *grp;
	int err;

	/* dst holds src's list heads: start with empty lists of its own so
	 * that a failure half-way leaves something freeable. */
	family_constructor(dst_obj);

	nl_list_for_each_entry(op, &src->gf_ops, o_list) {
		err = genl_family_add_op(dst, op->o_id, op->o_flags);
		if (err < 0)
			return err;
	}
	nl_list_for_each_entry(grp, &src->gf_mc_grps, list) {
		err = genl_family_add_grp(dst, grp->id, grp->name);
		if (err < 0)
			return err;
	}
	return 0;
}

static void family_dump_line(struct nl_object *obj, struct nl_dump_params *p)
{
	struct genl_family *f = (struct genl_family *)obj;

	nl_dump(p, "0x%04x %s version %u\n", f->gf_id, f->gf_name,
		f->gf_version);
}

static void family_dump_details(struct nl_object *obj,
				struct nl_dump_params *p)
{
	struct genl_family *f = (struct genl_family *)obj;
	struct genl_family_op *op;
	struct genl_family_grp *grp;
	char buf[128];

	family_dump_line(obj, p);
	nl_dump_line(p, "    hdrsize %u maxattr %u\n", f->gf_hdrsize,
		     f->gf_maxattr);

	nl_list_for_each_entry(op, &f->gf_ops, o_list) {
		char *name = genl_op2name(f->gf_id, op->o_id, buf, sizeof(buf));

		nl_dump_line(p, "      op %s (0x%02x)", name ? name : "unknown",
			     op->o_id);
		if (op->o_flags)
			nl_dump(p, " <%s>",
				__flags2str(op->o_flags, buf, sizeof(buf),
					    op_flags, ARRAY_SIZE(op_flags)));
		nl_dump(p, "\n");
	}

	nl_list_for_each_entry(grp, &f->gf_mc_grps, list)
		nl_dump_line(p, "      grp %s (0x%02x)\n", grp->name, grp->id);
}

static void family_dump_stats(struct nl_object *obj, struct nl_dump_params *p)
{
	family_dump_details(obj, p);
}

static uint64_t family_compare(struct nl_object *a_obj, struct nl_object *b_obj,
			       uint64_t attrs, int flags)
{
	const char *a = (const char *)a_obj;
	const char *b = (const char *)b_obj;
	uint64_t diff = 0;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(family_fields); i++) {
		const struct family_field *ff = &family_fields[i];

		diff |= ATTR_DIFF(attrs, ff->bit, a_obj, b_obj,
				  memcmp(a + ff->off, b + ff->off, ff->size));
	}
	return diff;
}

struct nl_object_ops genl_family_ops = {
	.oo_name = "genl/family",
	.oo_size = sizeof(struct genl_family),
	.oo_constructor = family_constructor,
	.oo_free_data = family_free_data,
	.oo_clone = family_clone,
	.oo_dump = {
		[NL_DUMP_LINE] = family_dump_line,
		[NL_DUMP_DETAILS] = family_dump_details,
		[NL_DUMP_STATS] = family_dump_stats,
	},
	.oo_compare = family_compare,
	.oo_id_attrs = FAMILY_ATTR_ID,
};

/**
 * Allocate an empty generic netlink family object with one reference.
 * @return the object, or NULL when out of memory.
 */
struct genl_family *genl_family_alloc(void)
{
	return (struct genl_family *)nl_object_alloc(&genl_family_ops);
}

/** Drop one reference to @a family; the last one frees it. */
void genl_family_put(struct genl_family *family)
{
	nl_object_put((struct nl_object *)family);
}

/** The numeric family id, 0 when not set. */
unsigned int genl_family_get_id(struct genl_family *family)
{
	return (family->ce_mask & FAMILY_ATTR_ID) ? family->gf_id : 0;
}

/** Set the numeric family id (kept as 16 bits, as netlink message types). */
void genl_family_set_id(struct genl_family *family, unsigned int id)
{
	family->gf_id = id;
	family->ce_mask |= FAMILY_ATTR_ID;
}

/** The family name (owned by the object), NULL when not set. */
char *genl_family_get_name(struct genl_family *family)
{
	return (family->ce_mask & FAMILY_ATTR_NAME) ? family->gf_name : NULL;
}

/** Set the family name; longer names are cut to GENL_NAMSIZ - 1 bytes. */
void genl_family_set_name(struct genl_family *family, const char *name)
{
	memset(family->gf_name, 0, sizeof(family->gf_name));
	strncpy(family->gf_name, name, sizeof(family->gf_name) - 1);
	family->ce_mask |= FAMILY_ATTR_NAME;
}

/** The interface version of the family, 0 when not set. */
uint8_t genl_family_get_version(struct genl_family *family)
{
	return (family->ce_mask & FAMILY_ATTR_VERSION) ? family->gf_version : 0;
}

/** Set the interface version. */
void genl_family_set_version(struct genl_family *family, uint8_t version)
{
	family->gf_version = version;
	family->ce_mask |= FAMILY_ATTR_VERSION;
}

/** Size of the family's own header, 0 when not set. */
uint32_t genl_family_get_hdrsize(struct genl_family *family)
{
	return (family->ce_mask & FAMILY_ATTR_HDRSIZE) ? family->gf_hdrsize : 0;
}

/** Set the size of the family's own header. */
void genl_family_set_hdrsize(struct genl_family *family, uint32_t hdrsize)
{
	family->gf_hdrsize = hdrsize;
	family->ce_mask |= FAMILY_ATTR_HDRSIZE;
}

/** Highest attribute id of the family, 0 when not set. */
uint32_t genl_family_get_maxattr(struct genl_family *family)
{
	return (family->ce_mask & FAMILY_ATTR_MAXATTR) ? family->gf_maxattr : 0;
}

/** Set the highest attribute id. */
void genl_family_set_maxattr(struct genl_family *family, uint32_t maxattr)
{
	family->gf_maxattr = maxattr;
	family->ce_mask |= FAMILY_ATTR_MAXATTR;
}

/**
 * Append operation @a id with @a flags to the family (duplicates are kept,
 * in order, as the kernel lists them).
 * @return 0, or -NLE_NOMEM.
 */
int genl_family_add_op(struct genl_family *family, int id, int flags)
{
	struct genl_family_op *op;

	op = calloc(1, sizeof(*op));
	if (!op)
		return -NLE_NOMEM;
	op->o_id = id;
	op->o_flags = flags;
	nl_list_add_tail(&op->o_list, &family->gf_ops);
	family->ce_mask |= FAMILY_ATTR_OPS;
	return 0;
}

/**
 * Append multicast group @a name (id @a id) to the family.
 * @return 0, -NLE_INVAL when @a name is NULL or has GENL_NAMSIZ characters
 *         or more, or -NLE_NOMEM.
 */
int genl_family_add_grp(struct genl_family *family, uint32_t id,
			const char *name)
{
	struct genl_family_grp *grp;

	if (!name || strlen(name) >= GENL_NAMSIZ)
		return -NLE_INVAL;
	grp = calloc(1, sizeof(*grp));
	if (!grp)
		return -NLE_NOMEM;
	grp->family = family;
	grp->id = id;
	strcpy(grp->name, name);
	nl_list_add_tail(&grp->list, &family->gf_mc_grps);
	family->ce_mask |= FAMILY_ATTR_GROUPS;
	return 0;
}
