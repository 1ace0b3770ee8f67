/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Doubly linked circular lists, as used inside objects and caches.
 */

#ifndef NETLINK_LIST_H_
#define NETLINK_LIST_H_

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct nl_list_head {
	struct nl_list_head *next;
	struct nl_list_head *prev;
};

/** Make @a list an empty list: both links point back at the head. */
static inline void NL_INIT_LIST_HEAD(struct nl_list_head *list)
{
	list->next = list;
	list->prev = list;
}

/** Link @a obj in between @a prev and @a next. */
static inline void __nl_list_add(struct nl_list_head *obj,
				 struct nl_list_head *prev,
				 struct nl_list_head *next)
{
	prev->next = obj;
	obj->prev = prev;
	next->prev = obj;
	obj->next = next;
}

/** Append @a obj at the end of @a head. */
static inline void nl_list_add_tail(struct nl_list_head *obj,
				    struct nl_list_head *head)
{
	__nl_list_add(obj, head->prev, head);
}

/** Insert @a obj at the start of @a head. */
static inline void nl_list_add_head(struct nl_list_head *obj,
				    struct nl_list_head *head)
{
	__nl_list_add(obj, head, head->next);
}

/** Unlink @a obj from its list; its own links are left as they were. */
static inline void nl_list_del(struct nl_list_head *obj)
{
	obj->next->prev = obj->prev;
	obj->prev->next = obj->next;
}

/** Non-zero when @a head holds no entry. */
static inline int nl_list_empty(struct nl_list_head *head)
{
	return head->next == head;
}

#define nl_container_of(ptr, type, member) \
	((type *) (void *) ((char *) (ptr) - offsetof(type, member)))

#define nl_list_entry(ptr, type, member) nl_container_of(ptr, type, member)

#define nl_list_at_tail(pos, head, member) ((pos)->member.next == (head))

#define nl_list_at_head(pos, head, member) ((pos)->member.prev == (head))

#define NL_LIST_HEAD(name) struct nl_list_head name = { &(name), &(name) }

#define nl_list_first_entry(head, type, member) \
	nl_list_entry((head)->next, type, member)

#define nl_list_for_each_entry(pos, head, member)                              \
	for (pos = nl_list_entry((head)->next, __typeof__(*pos), member);      \
	     &(pos)->member != (head);                                         \
	     (pos) = nl_list_entry((pos)->member.next, __typeof__(*(pos)),     \
				   member))

#define nl_list_for_each_entry_safe(pos, n, head, member)                      \
	for (pos = nl_list_entry((head)->next, __typeof__(*pos), member),      \
	    n = nl_list_entry(pos->member.next, __typeof__(*pos), member);     \
	     &(pos)->member != (head);                                         \
	     pos = n, n = nl_list_entry(n->member.next, __typeof__(*n), member))

#define nl_init_list_head(head) \
	do { (head)->next = (head); (head)->prev = (head); } while (0)

#ifdef __cplusplus
}
#endif

#endif
