/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * fw classifier: classify by firewall mark (the handle is the mark).
 */

#include <net/if.h>

#include "nl-private/core.h"
#include "nl-private/cls.h"

#include <netlink/netlink.h>
#include <netlink/utils.h>
#include <netlink/route/classifier.h>
#include <netlink/route/cls/fw.h>

#define FW_ATTR_CLASSID	0x1
#define FW_ATTR_ACTION	0x2
#define FW_ATTR_POLICE	0x4
#define FW_ATTR_INDEV	0x8
#define FW_ATTR_MASK	0x10

struct fw_data {
	uint64_t mask;
	uint32_t classid;
	uint32_t fwmask;
	char indev[IFNAMSIZ];
	struct nl_data *act;
	struct nl_data *police;
};

static const struct nlo_attr fw_attrs[] = {
	NLO_ENTRY(struct fw_data, classid, FW_ATTR_CLASSID, "classid", NLO_U32,
		  .nla = TCA_FW_CLASSID),
	NLO_ENTRY(struct fw_data, act, FW_ATTR_ACTION, "action", NLO_DATA,
		  .nla = TCA_FW_ACT),
	NLO_ENTRY(struct fw_data, police, FW_ATTR_POLICE, "police", NLO_DATA,
		  .nla = TCA_FW_POLICE),
	NLO_ENTRY(struct fw_data, indev, FW_ATTR_INDEV, "indev", NLO_CHARS,
		  .nla = TCA_FW_INDEV),
	NLO_ENTRY(struct fw_data, fwmask, FW_ATTR_MASK, "mask", NLO_U32,
		  .nla = TCA_FW_MASK),
};

static const struct nlo_table fw_table =
	NLO_TABLE(struct fw_data, mask, fw_attrs, TCA_FW_MAX);

static void fw_dump_line(struct rtnl_tc *tc, void *data,
			 struct nl_dump_params *p)
{
	struct fw_data *f = data;
	char buf[32];

	(void)tc;
	if (f && (f->mask & FW_ATTR_CLASSID))
		nl_dump(p, " target %s",
			rtnl_tc_handle2str(f->classid, buf, sizeof(buf)));
	if (f && (f->mask & FW_ATTR_MASK))
		nl_dump(p, " mask 0x%x", f->fwmask);
}

static void fw_dump_details(struct rtnl_tc *tc, void *data,
			    struct nl_dump_params *p)
{
	struct fw_data *f = data;

	(void)tc;
	if (f && (f->mask & FW_ATTR_INDEV))
		nl_dump(p, "indev %s ", f->indev);
}

static struct rtnl_tc_ops fw_ops = {
	.to_kind = "fw",
	.to_type = RTNL_TC_TYPE_CLS,
	.to_size = sizeof(struct fw_data),
	.to_table = &fw_table,
	.to_dump = {
		[NL_DUMP_LINE] = fw_dump_line,
		[NL_DUMP_DETAILS] = fw_dump_details,
	},
};

TC_REGISTER(fw_ops)

/** Set the class packets with the classifier's mark go to. */
int rtnl_fw_set_classid(struct rtnl_cls *cls, uint32_t classid)
{
	int err;
	struct fw_data *f = rtnl_tc_data_check(TC_CAST(cls), &fw_ops, &err);

	if (!f)
		return err;
	f->classid = classid;
	f->mask |= FW_ATTR_CLASSID;
	return 0;
}

/** Set the mask applied to the firewall mark before comparing. */
int rtnl_fw_set_mask(struct rtnl_cls *cls, uint32_t mask)
{
	int err;
	struct fw_data *f = rtnl_tc_data_check(TC_CAST(cls), &fw_ops, &err);

	if (!f)
		return err;
	f->fwmask = mask;
	f->mask |= FW_ATTR_MASK;
	return 0;
}
