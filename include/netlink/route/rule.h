/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Routing policy rules (RTM_NEWRULE): selectors, actions, cache, requests.
 */

#ifndef NETLINK_RULE_H_
#define NETLINK_RULE_H_

/**
 * @defgroup route_rule Routing rules
 * @ingroup route
 * Routing policy rules (RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE): the rule
 * object rtnl_rule with its selectors (addresses, interfaces, mark, DS
 * field, ports, IP protocol) and action (look up a table, go to another
 * rule, drop), the rule cache "route/rule" and requests that add and
 * delete rules.
 * @{
 */

#include <stdio.h>
#include <netlink/netlink.h>
#include <netlink/cache.h>
#include <netlink/addr.h>
#include <netlink/route/route.h>
#include <linux/fib_rules.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rtnl_rule;

/**
 * Allocate an empty rule object.
 *
 * @return The new rule with one reference, which the caller releases with
 *         rtnl_rule_put(); NULL when out of memory.
 */
extern struct rtnl_rule *rtnl_rule_alloc(void);

/**
 * Release a reference to a rule object.
 * @param rule	rule object (NULL is ignored)
 *
 * The rule and its addresses are freed with the last reference.
 */
extern void rtnl_rule_put(struct rtnl_rule *rule);

/**
 * Allocate a rule cache and fill it from the kernel.
 * @param sk	netlink route socket; NULL leaves the cache empty
 * @param family	address family to dump (AF_UNSPEC for all)
 * @param[out] result	the new cache
 *
 * Filling the cache is atomic (doc/dump-consistency.md): an interrupted
 * dump is retried under the socket's retry policy and the cache only ever
 * holds a complete dump.
 *
 * @return 0 with *result set; the caller owns the cache and frees it with
 *         nl_cache_free(). -NLE_NOMEM, or the error of the dump; *result
 *         is not touched on failure.
 */
extern int rtnl_rule_alloc_cache(struct nl_sock *sk, int family,
				 struct nl_cache **result);

/**
 * Print a rule object.
 * @param rule	rule object
 * @param fd	stream to print to
 * @param params	dump parameters
 *
 * Declared as upstream declares it, but no libnl-route-3 exports it: a
 * program that calls it does not link. Use nl_object_dump().
 */
extern void rtnl_rule_dump(struct rtnl_rule *rule, FILE *fd,
			   struct nl_dump_params *params);

/**
 * Build an RTM_NEWRULE request that adds a rule.
 * @param tmpl	rule to add: the selectors, the action and its target
 *		(table or goto priority) set in it
 * @param flags	netlink flags added to NLM_F_CREATE (NLM_F_EXCL...)
 * @param[out] result	the request
 *
 * A table above 255 travels as FRA_TABLE (the header's byte then reads
 * RT_TABLE_UNSPEC).
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_rule_build_add_request(struct rtnl_rule *tmpl, int flags,
				       struct nl_msg **result);

/**
 * Add a rule.
 * @param sk	netlink route socket
 * @param tmpl	rule to add (see rtnl_rule_build_add_request())
 * @param flags	netlink flags added to NLM_F_CREATE
 *
 * Sends the request of rtnl_rule_build_add_request() and waits for the
 * kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_rule_build_add_request(), of
 *         sending, or the kernel's error (-NLE_EXIST...).
 */
extern int rtnl_rule_add(struct nl_sock *sk, struct rtnl_rule *tmpl,
			 int flags);

/**
 * Build an RTM_DELRULE request that deletes a rule.
 * @param rule	rule to delete; the kernel deletes the first rule that
 *		matches what is set
 * @param flags	netlink flags of the request
 * @param[out] result	the request
 *
 * @return 0 with *result set; the caller owns the message and frees it
 *         with nlmsg_free(). -NLE_NOMEM, -NLE_MSGSIZE.
 */
extern int rtnl_rule_build_delete_request(struct rtnl_rule *rule, int flags,
					  struct nl_msg **result);

/**
 * Delete a rule.
 * @param sk	netlink route socket
 * @param rule	rule to delete (see rtnl_rule_build_delete_request())
 * @param flags	netlink flags of the request
 *
 * Sends the request of rtnl_rule_build_delete_request() and waits for the
 * kernel's acknowledgement.
 *
 * @return 0 on success; the errors of rtnl_rule_build_delete_request(), of
 *         sending, or the kernel's error (-NLE_OBJ_NOTFOUND...).
 */
extern int rtnl_rule_delete(struct nl_sock *sk, struct rtnl_rule *rule,
			    int flags);

/**
 * Set the address family of a rule.
 * @param rule	rule object
 * @param family	AF_INET or AF_INET6
 *
 * Addresses set afterwards must be of this family.
 */
extern void rtnl_rule_set_family(struct rtnl_rule *rule, int family);

/**
 * Get the address family of a rule.
 * @param rule	rule object
 *
 * @return The family; AF_UNSPEC when not set.
 */
extern int rtnl_rule_get_family(struct rtnl_rule *rule);

/**
 * Set the priority of a rule.
 * @param rule	rule object
 * @param prio	priority: rules are tried in increasing order
 */
extern void rtnl_rule_set_prio(struct rtnl_rule *rule, uint32_t prio);

/**
 * Get the priority of a rule.
 * @param rule	rule object
 *
 * @return The priority; 0 when not set.
 */
extern uint32_t rtnl_rule_get_prio(struct rtnl_rule *rule);

/**
 * Select packets by firewall mark.
 * @param rule	rule object
 * @param mark	mark packets must carry (after the mask of
 *		rtnl_rule_set_mask())
 */
extern void rtnl_rule_set_mark(struct rtnl_rule *rule, uint32_t mark);

/**
 * Get the firewall mark selector of a rule.
 * @param rule	rule object
 *
 * @return The mark; 0 when not set.
 */
extern uint32_t rtnl_rule_get_mark(struct rtnl_rule *rule);

/**
 * Set the mask applied to the firewall mark before it is compared.
 * @param rule	rule object
 * @param mask	mask
 */
extern void rtnl_rule_set_mask(struct rtnl_rule *rule, uint32_t mask);

/**
 * Get the firewall mark mask of a rule.
 * @param rule	rule object
 *
 * @return The mask; 0 when not set.
 */
extern uint32_t rtnl_rule_get_mask(struct rtnl_rule *rule);

/**
 * Set the routing table a rule looks up.
 * @param rule	rule object
 * @param table	table id (action FR_ACT_TO_TBL)
 */
extern void rtnl_rule_set_table(struct rtnl_rule *rule, uint32_t table);

/**
 * Get the routing table of a rule.
 * @param rule	rule object
 *
 * @return The table id; 0 when not set.
 */
extern uint32_t rtnl_rule_get_table(struct rtnl_rule *rule);

/**
 * Select packets by DS field (TOS).
 * @param rule	rule object
 * @param dsfield	DS field value packets must carry
 */
extern void rtnl_rule_set_dsfield(struct rtnl_rule *rule, uint8_t dsfield);

/**
 * Get the DS field selector of a rule.
 * @param rule	rule object
 *
 * @return The DS field value; 0 when not set.
 */
extern uint8_t rtnl_rule_get_dsfield(struct rtnl_rule *rule);

/**
 * Select packets by source prefix.
 * @param rule	rule object
 * @param src	source prefix; its prefix length is the selector's. The
 *		rule takes its own reference.
 *
 * When the rule has no family yet, it takes the family of src.
 *
 * @return 0; -NLE_AF_MISMATCH when src's family differs from the rule's,
 *         -NLE_INVAL when src is NULL.
 */
extern int rtnl_rule_set_src(struct rtnl_rule *rule, struct nl_addr *src);

/**
 * Get the source prefix selector of a rule.
 * @param rule	rule object
 *
 * @return The prefix, owned by the rule (take a reference with
 *         nl_addr_get() to keep it); NULL when not set.
 */
extern struct nl_addr *rtnl_rule_get_src(struct rtnl_rule *rule);

/**
 * Select packets by destination prefix.
 * @param rule	rule object
 * @param dst	destination prefix; the rule takes its own reference
 *
 * When the rule has no family yet, it takes the family of dst.
 *
 * @return 0; -NLE_AF_MISMATCH when dst's family differs from the rule's,
 *         -NLE_INVAL when dst is NULL.
 */
extern int rtnl_rule_set_dst(struct rtnl_rule *rule, struct nl_addr *dst);

/**
 * Get the destination prefix selector of a rule.
 * @param rule	rule object
 *
 * @return The prefix, owned by the rule; NULL when not set.
 */
extern struct nl_addr *rtnl_rule_get_dst(struct rtnl_rule *rule);

/**
 * Set the action of a rule.
 * @param rule	rule object
 * @param action	FR_ACT_* (FR_ACT_TO_TBL, FR_ACT_GOTO, FR_ACT_NOP,
 *			FR_ACT_BLACKHOLE, FR_ACT_UNREACHABLE,
 *			FR_ACT_PROHIBIT)
 */
extern void rtnl_rule_set_action(struct rtnl_rule *rule, uint8_t action);

/**
 * Get the action of a rule.
 * @param rule	rule object
 *
 * @return The FR_ACT_* action; 0 (FR_ACT_UNSPEC) when not set.
 */
extern uint8_t rtnl_rule_get_action(struct rtnl_rule *rule);

/**
 * Select packets by input interface.
 * @param rule	rule object
 * @param dev	interface name, copied
 *
 * @return 0; -NLE_RANGE when dev is NULL or has IFNAMSIZ characters or
 *         more.
 */
extern int rtnl_rule_set_iif(struct rtnl_rule *rule, const char *dev);

/**
 * Get the input interface selector of a rule.
 * @param rule	rule object
 *
 * @return The interface name, owned by the rule; NULL when not set.
 */
extern char *rtnl_rule_get_iif(struct rtnl_rule *rule);

/**
 * Select packets by output interface.
 * @param rule	rule object
 * @param dev	interface name, copied
 *
 * @return 0; -NLE_RANGE when dev is NULL or has IFNAMSIZ characters or
 *         more.
 */
extern int rtnl_rule_set_oif(struct rtnl_rule *rule, const char *dev);

/**
 * Get the output interface selector of a rule.
 * @param rule	rule object
 *
 * @return The interface name, owned by the rule; NULL when not set.
 */
extern char *rtnl_rule_get_oif(struct rtnl_rule *rule);

/**
 * Set the realms of a rule (FRA_FLOW).
 * @param rule	rule object
 * @param realms	source realm in the upper 16 bits, destination realm
 *			in the lower 16 bits
 */
extern void rtnl_rule_set_realms(struct rtnl_rule *rule, uint32_t realms);

/**
 * Get the realms of a rule.
 * @param rule	rule object
 *
 * @return The realms; 0 when not set.
 */
extern uint32_t rtnl_rule_get_realms(struct rtnl_rule *rule);

/**
 * Set the target of a goto rule.
 * @param rule	rule object
 * @param ref	priority of the rule to continue with (action FR_ACT_GOTO)
 */
extern void rtnl_rule_set_goto(struct rtnl_rule *rule, uint32_t ref);

/**
 * Get the target of a goto rule.
 * @param rule	rule object
 *
 * @return The priority of the target rule; 0 when not set.
 */
extern uint32_t rtnl_rule_get_goto(struct rtnl_rule *rule);

/**
 * Make a rule look up the table of the device's VRF (FRA_L3MDEV).
 * @param rule	rule object
 * @param value	1 to look up the l3mdev (VRF) table, 0 not to; a negative
 *		value removes the setting
 */
extern void rtnl_rule_set_l3mdev(struct rtnl_rule *rule, int value);

/**
 * Get the l3mdev setting of a rule.
 * @param rule	rule object
 *
 * @return The value (0 or 1); -NLE_MISSING_ATTR when not set.
 */
extern int rtnl_rule_get_l3mdev(struct rtnl_rule *rule);

/**
 * Set the protocol that installed a rule (FRA_PROTOCOL).
 * @param rule	rule object
 * @param protocol	RTPROT_* value
 *
 * @return 0.
 */
extern int rtnl_rule_set_protocol(struct rtnl_rule *rule, uint8_t protocol);

/**
 * Get the protocol that installed a rule.
 * @param rule	rule object
 * @param[out] protocol	the RTPROT_* value
 *
 * @return 0 with *protocol set; -NLE_INVAL when it is not set.
 */
extern int rtnl_rule_get_protocol(struct rtnl_rule *rule, uint8_t *protocol);

/**
 * Select packets by IP protocol (FRA_IP_PROTO).
 * @param rule	rule object
 * @param ip_proto	IPPROTO_* value
 *
 * @return 0.
 */
extern int rtnl_rule_set_ipproto(struct rtnl_rule *rule, uint8_t ip_proto);

/**
 * Get the IP protocol selector of a rule.
 * @param rule	rule object
 * @param[out] ip_proto	the IPPROTO_* value
 *
 * @return 0 with *ip_proto set; -NLE_INVAL when it is not set.
 */
extern int rtnl_rule_get_ipproto(struct rtnl_rule *rule, uint8_t *ip_proto);

/**
 * Select packets by source port.
 * @param rule	rule object
 * @param sport	source port (0 matches any: removes the selector)
 *
 * Same as rtnl_rule_set_sport_range() with sport as start and end.
 *
 * @return 0.
 */
extern int rtnl_rule_set_sport(struct rtnl_rule *rule, uint16_t sport);

/**
 * Select packets by a range of source ports (FRA_SPORT_RANGE).
 * @param rule	rule object
 * @param start	first port of the range
 * @param end	last port of the range
 *
 * @return 0; -NLE_INVAL when end is below start, or when start is 0 and
 *         end is not (0-0 matches any port: removes the selector, which
 *         rtnl_rule_get_sport() then reports as not set).
 */
extern int rtnl_rule_set_sport_range(struct rtnl_rule *rule, uint16_t start,
				     uint16_t end);

/**
 * Get the source port range of a rule.
 * @param rule	rule object
 * @param[out] start	first port of the range
 * @param[out] end	last port of the range
 *
 * @return 0 with *start and *end set; -NLE_INVAL when no range is set.
 */
extern int rtnl_rule_get_sport(struct rtnl_rule *rule, uint16_t *start,
			       uint16_t *end);

/**
 * Select packets by destination port.
 * @param rule	rule object
 * @param dport	destination port (0 matches any: removes the selector)
 *
 * Same as rtnl_rule_set_dport_range() with dport as start and end.
 *
 * @return 0.
 */
extern int rtnl_rule_set_dport(struct rtnl_rule *rule, uint16_t dport);

/**
 * Select packets by a range of destination ports (FRA_DPORT_RANGE).
 * @param rule	rule object
 * @param start	first port of the range
 * @param end	last port of the range
 *
 * @return 0; -NLE_INVAL when end is below start, or when start is 0 and
 *         end is not (0-0 removes the selector).
 */
extern int rtnl_rule_set_dport_range(struct rtnl_rule *rule, uint16_t start,
				     uint16_t end);

/**
 * Get the destination port range of a rule.
 * @param rule	rule object
 * @param[out] start	first port of the range
 * @param[out] end	last port of the range
 *
 * @return 0 with *start and *end set; -NLE_INVAL when no range is set.
 */
extern int rtnl_rule_get_dport(struct rtnl_rule *rule, uint16_t *start,
			       uint16_t *end);

#ifdef __cplusplus
}
#endif

/** @} */

#endif
