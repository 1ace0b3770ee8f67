/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Doubly linked circular lists, as used inside objects and caches.
 */

#ifndef NETLINK_LIST_H_
#define NETLINK_LIST_H_

/**
 * @defgroup core_list Lists
 * @ingroup core
 * Doubly linked circular lists, as objects and caches use them: a struct
 * nl_list_head embedded in each entry, and one as the head.
 * @{
 */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A list head, or the links of an entry embedded in a structure. */
struct nl_list_head {
	struct nl_list_head *next;	/**< Next entry, or the head */
	struct nl_list_head *prev;	/**< Previous entry, or the head */
};

/**
 * Make a list empty.
 * @param list	list head; both its links are set to point at itself
 */
static inline void NL_INIT_LIST_HEAD(struct nl_list_head *list)
{
	list->next = list;
	list->prev = list;
}

/**
 * Link an entry in between two neighbours.
 * @param obj	entry to insert
 * @param prev	entry (or head) that comes before it
 * @param next	entry (or head) that comes after it
 */
static inline void __nl_list_add(struct nl_list_head *obj,
				 struct nl_list_head *prev,
				 struct nl_list_head *next)
{
	prev->next = obj;
	obj->prev = prev;
	next->prev = obj;
	obj->next = next;
}

/**
 * Append an entry to a list.
 * @param obj	entry to insert
 * @param head	list head
 */
static inline void nl_list_add_tail(struct nl_list_head *obj,
				    struct nl_list_head *head)
{
	__nl_list_add(obj, head->prev, head);
}

/**
 * Insert an entry at the start of a list.
 * @param obj	entry to insert
 * @param head	list head
 */
static inline void nl_list_add_head(struct nl_list_head *obj,
				    struct nl_list_head *head)
{
	__nl_list_add(obj, head, head->next);
}

/**
 * Unlink an entry from its list.
 * @param obj	entry; its own links are left as they were
 */
static inline void nl_list_del(struct nl_list_head *obj)
{
	obj->next->prev = obj->prev;
	obj->prev->next = obj->next;
}

/**
 * Tell whether a list is empty.
 * @param head	list head
 *
 * @return Non-zero when the list holds no entry, 0 otherwise.
 */
static inline int nl_list_empty(struct nl_list_head *head)
{
	return head->next == head;
}

/**
 * Get the structure that embeds a member.
 * @param ptr	pointer to the member
 * @param type	type of the embedding structure
 * @param member	name of the member in @a type
 */
#define nl_container_of(ptr, type, member) \
	((type *) (void *) ((char *) (ptr) - offsetof(type, member)))

/**
 * Get the structure that embeds list links.
 * @param ptr	struct nl_list_head * of the entry
 * @param type	type of the embedding structure
 * @param member	name of the struct nl_list_head member in @a type
 */
#define nl_list_entry(ptr, type, member) nl_container_of(ptr, type, member)

/**
 * Tell whether an entry is the last of its list.
 * @param pos	pointer to the embedding structure
 * @param head	list head
 * @param member	name of the struct nl_list_head member
 */
#define nl_list_at_tail(pos, head, member) ((pos)->member.next == (head))

/**
 * Tell whether an entry is the first of its list.
 * @param pos	pointer to the embedding structure
 * @param head	list head
 * @param member	name of the struct nl_list_head member
 */
#define nl_list_at_head(pos, head, member) ((pos)->member.prev == (head))

/**
 * Define an empty list head.
 * @param name	name of the struct nl_list_head variable
 */
#define NL_LIST_HEAD(name) struct nl_list_head name = { &(name), &(name) }

/**
 * Get the first entry of a non-empty list.
 * @param head	list head
 * @param type	type of the embedding structure
 * @param member	name of the struct nl_list_head member
 */
#define nl_list_first_entry(head, type, member) \
	nl_list_entry((head)->next, type, member)

/**
 * Iterate over the entries of a list.
 * @param pos	pointer to the embedding structure, set to each entry
 * @param head	list head
 * @param member	name of the struct nl_list_head member
 */
#define nl_list_for_each_entry(pos, head, member)                              \
	for (pos = nl_list_entry((head)->next, __typeof__(*pos), member);      \
	     &(pos)->member != (head);                                         \
	     (pos) = nl_list_entry((pos)->member.next, __typeof__(*(pos)),     \
				   member))

/**
 * Iterate over the entries of a list, allowing the current one to be
 * removed.
 * @param pos	pointer to the embedding structure, set to each entry
 * @param n	pointer of the same type, holding the next entry
 * @param head	list head
 * @param member	name of the struct nl_list_head member
 */
#define nl_list_for_each_entry_safe(pos, n, head, member)                      \
	for (pos = nl_list_entry((head)->next, __typeof__(*pos), member),      \
	    n = nl_list_entry(pos->member.next, __typeof__(*pos), member);     \
	     &(pos)->member != (head);                                         \
	     pos = n, n = nl_list_entry(n->member.next, __typeof__(*n), member))

/**
 * Make a list empty (as NL_INIT_LIST_HEAD()).
 * @param head	list head
 */
#define nl_init_list_head(head) \
	do { (head)->next = (head); (head)->prev = (head); } while (0)

#ifdef __cplusplus
}
#endif

/** @} */

#endif
