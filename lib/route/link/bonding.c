/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Bonding links (IFLA_INFO_KIND "bond"): the IFLA_BOND_* attributes the
 * public API knows, described once in bond_attrs.  Enslaving is the
 * generic master change of the link module.
 */

#include "nl-private/kinds-b.h"

#include <netlink/netlink.h>
#include <netlink/route/link/bonding.h>

#define BOND_MODE		(1ULL << 0)
#define BOND_ACTIVE_SLAVE	(1ULL << 1)
#define BOND_HASHING_TYPE	(1ULL << 2)
#define BOND_MIIMON		(1ULL << 3)
#define BOND_MIN_LINKS		(1ULL << 4)

struct kb_bond {
	uint64_t ce_mask;
	uint32_t active_slave;
	uint32_t miimon;
	uint32_t min_links;
	uint8_t mode;
	uint8_t hashing_type;
};

#define B(m, BIT, NAME, TYPE, NLA)                                             \
	NLO_ENTRY(struct kb_bond, m, BIT, NAME, TYPE, .nla = (NLA))

static const struct nlo_attr bond_attrs[] = {
	B(mode, BOND_MODE, "mode", NLO_U8, IFLA_BOND_MODE),
	B(active_slave, BOND_ACTIVE_SLAVE, "active_slave", NLO_U32,
	  IFLA_BOND_ACTIVE_SLAVE),
	B(miimon, BOND_MIIMON, "miimon", NLO_U32, IFLA_BOND_MIIMON),
	B(hashing_type, BOND_HASHING_TYPE, "xmit_hash_policy", NLO_U8,
	  IFLA_BOND_XMIT_HASH_POLICY),
	B(min_links, BOND_MIN_LINKS, "min_links", NLO_U32,
	  IFLA_BOND_MIN_LINKS),
};

#undef B

static const struct nlo_table bond_table =
	NLO_TABLE(struct kb_bond, ce_mask, bond_attrs, IFLA_BOND_MAX);

/* Debian's libnl prints nothing for bonding data: no dump functions. */
static struct rtnl_link_info_ops bond_info_ops = {
	.io_name = "bond",
	.io_table = &bond_table,
	.io_size = sizeof(struct kb_bond),
};

KB_REGISTER(bond_info_ops)

#define bond_data(l) KB_DATA(struct kb_bond, l, &bond_info_ops)

/** @name Bonding links
 * @{ */

/** Allocate a link of kind "bond"; NULL when out of memory. */
struct rtnl_link *rtnl_link_bond_alloc(void)
{
	return _kinds_b_alloc("bond");
}

/** Nonzero when link is of kind "bond". */
int rtnl_link_is_bond(struct rtnl_link *link)
{
	return bond_data(link) != NULL;
}

/**
 * Create a bonding device.
 * @arg sk	netlink socket
 * @arg name	name of the new device; NULL: opts' name, or the kernel's
 * @arg opts	link whose name is used when name is NULL (may be NULL)
 * @return 0 or a negative NLE_* code.
 */
int rtnl_link_bond_add(struct nl_sock *sk, const char *name,
		       struct rtnl_link *opts)
{
	if (!name && opts)
		name = rtnl_link_get_name(opts);
	return _kinds_b_add(sk, "bond", name);
}

/** Make the link with index slave a port of bond master (verified by
 * reading the link back: -NLE_OPNOTSUPP when the kernel did not). */
int rtnl_link_bond_enslave_ifindex(struct nl_sock *sk, int master, int slave)
{
	return rtnl_link_enslave_ifindex(sk, master, slave);
}

/** rtnl_link_bond_enslave_ifindex() with link objects. */
int rtnl_link_bond_enslave(struct nl_sock *sk, struct rtnl_link *master,
			   struct rtnl_link *slave)
{
	return rtnl_link_enslave(sk, master, slave);
}

/** Release the link with index slave from its bond. */
int rtnl_link_bond_release_ifindex(struct nl_sock *sk, int slave)
{
	return rtnl_link_release_ifindex(sk, slave);
}

/** rtnl_link_bond_release_ifindex() with a link object. */
int rtnl_link_bond_release(struct nl_sock *sk, struct rtnl_link *slave)
{
	return rtnl_link_release(sk, slave);
}

/* Setters do nothing on links of another kind; getters return
 * -NLE_OPNOTSUPP then, and -NLE_NOATTR for values not set. */
#define BOND_ACC(NAME, VT, M, BIT)                                             \
	void rtnl_link_bond_set_##NAME(struct rtnl_link *link, VT v)           \
	{                                                                      \
		struct kb_bond *b = bond_data(link);                           \
                                                                               \
		if (!b)                                                        \
			return;                                                \
		b->M = v;                                                      \
		b->ce_mask |= (BIT);                                           \
	}                                                                      \
	int rtnl_link_bond_get_##NAME(struct rtnl_link *link, VT *out)         \
	{                                                                      \
		struct kb_bond *b = bond_data(link);                           \
                                                                               \
		if (!b)                                                        \
			return -NLE_OPNOTSUPP;                                 \
		if (!(b->ce_mask & (BIT)))                                     \
			return -NLE_NOATTR;                                    \
		if (!out)                                                      \
			return -NLE_INVAL;                                     \
		*out = (VT)b->M;                                               \
		return 0;                                                      \
	}

/** Bonding mode (BOND_MODE_*): setter and getter. */
BOND_ACC(mode, uint8_t, mode, BOND_MODE)
/** Index of the active port: setter and getter. */
BOND_ACC(activeslave, int, active_slave, BOND_ACTIVE_SLAVE)
/** Transmit hash policy: setter and getter. */
BOND_ACC(hashing_type, uint8_t, hashing_type, BOND_HASHING_TYPE)
/** Link monitoring interval in ms: setter and getter. */
BOND_ACC(miimon, uint32_t, miimon, BOND_MIIMON)
/** Minimum of ports up for the bond to be up: setter and getter. */
BOND_ACC(min_links, uint32_t, min_links, BOND_MIN_LINKS)

/** @} */
