/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Pools of freed blocks by size, so that filling a cache again after
 * freeing one reuses the memory at once instead of going through the
 * allocator's slow paths and faulting pages back in.
 *
 * A pool keeps blocks of up to NL_POOL_MAX_SIZE bytes in classes of
 * NL_POOL_STEP bytes, at most NL_POOL_MAX_BYTES in all; beyond that freed
 * blocks go back to free().  Each library defines its own pools (the
 * functions are inline: nothing private crosses a library boundary), and
 * a block goes back to the pool it came from with the size it was asked
 * for.  Safe from any thread: one lock per class, a spin lock (what it
 * guards is one pointer exchange; a holder that is preempted makes the
 * others yield).
 *
 * Never installed.
 */

#ifndef NL_PRIVATE_POOL_H_
#define NL_PRIVATE_POOL_H_

#include <sched.h>
#include <stdlib.h>
#include <string.h>

#define NL_POOL_STEP 64
#define NL_POOL_CLASSES 40
#define NL_POOL_MAX_SIZE (NL_POOL_STEP * NL_POOL_CLASSES)
#define NL_POOL_MAX_BYTES ((size_t)8 << 20)

struct _nl_pool_block {
	struct _nl_pool_block *next;
};

struct _nl_pool_class {
	int lock;	/* 1 while held */
	struct _nl_pool_block *head;
	/* under the lock: the last block and the number of blocks, so that
	 * a run (below) takes and gives back the whole list at once */
	struct _nl_pool_block *tail;
	size_t n;
};

static inline void _nl_pool_lock(struct _nl_pool_class *pc)
{
	while (__atomic_exchange_n(&pc->lock, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&pc->lock, __ATOMIC_RELAXED))
			sched_yield();
}

static inline void _nl_pool_unlock(struct _nl_pool_class *pc)
{
	__atomic_store_n(&pc->lock, 0, __ATOMIC_RELEASE);
}

struct _nl_pool {
	struct _nl_pool_class cls[NL_POOL_CLASSES];
	size_t bytes;	/* kept in all classes (atomic) */
	size_t limit;	/* 0 once the library is unloading */
};

#define NL_POOL_INIT                                                           \
	{                                                                      \
		.cls = { [0 ... NL_POOL_CLASSES - 1] = { 0, NULL, NULL, 0 } }, \
		.limit = NL_POOL_MAX_BYTES,                                    \
	}

/* Class of a size, or -1 when the pool does not keep blocks that big.
 * AddressSanitizer builds keep none, so that it sees late uses. */
static inline int _nl_pool_class_of(size_t size)
{
#if defined(__SANITIZE_ADDRESS__)
	(void)size;
	return -1;
#endif
	if (!size || size > NL_POOL_MAX_SIZE)
		return -1;
	return (int)((size - 1) / NL_POOL_STEP);
}

/* @size zeroed bytes, from the pool when it has a block of that class. */
static inline void *_nl_pool_zalloc(struct _nl_pool *pool, size_t size)
{
	int c = _nl_pool_class_of(size);
	struct _nl_pool_class *pc;
	struct _nl_pool_block *b;

	if (c < 0)
		return calloc(1, size);
	pc = &pool->cls[c];
	b = NULL;
	if (__atomic_load_n(&pc->head, __ATOMIC_RELAXED)) {
		_nl_pool_lock(pc);
		b = pc->head;
		if (b) {
			__atomic_store_n(&pc->head, b->next,
					 __ATOMIC_RELAXED);
			if (!b->next)
				pc->tail = NULL;
			pc->n--;
		}
		_nl_pool_unlock(pc);
	}
	if (!b)
		/* the whole class size, so that the block fits any size of
		 * its class when it comes back */
		return calloc(1, (size_t)(c + 1) * NL_POOL_STEP);
	__atomic_sub_fetch(&pool->bytes, (size_t)(c + 1) * NL_POOL_STEP,
			   __ATOMIC_RELAXED);
	memset(b, 0, size);
	return b;
}

/* Give back @p, allocated by _nl_pool_zalloc(@pool, @size).  NULL: none. */
static inline void _nl_pool_free(struct _nl_pool *pool, void *p, size_t size)
{
	int c = _nl_pool_class_of(size);
	size_t csize = (size_t)(c + 1) * NL_POOL_STEP;
	struct _nl_pool_class *pc;
	struct _nl_pool_block *b = p;

	if (!p)
		return;
	if (c < 0 || __atomic_add_fetch(&pool->bytes, csize, __ATOMIC_RELAXED) >
			     __atomic_load_n(&pool->limit, __ATOMIC_RELAXED)) {
		if (c >= 0)
			__atomic_sub_fetch(&pool->bytes, csize,
					   __ATOMIC_RELAXED);
		free(p);
		return;
	}
	pc = &pool->cls[c];
	_nl_pool_lock(pc);
	b->next = pc->head;
	if (!pc->tail)
		pc->tail = b;
	pc->n++;
	__atomic_store_n(&pc->head, b, __ATOMIC_RELAXED);
	_nl_pool_unlock(pc);
}

/* Free every kept block and keep none from now on (library unloading). */
static inline void _nl_pool_drain(struct _nl_pool *pool)
{
	int c;

	__atomic_store_n(&pool->limit, 0, __ATOMIC_RELAXED);
	for (c = 0; c < NL_POOL_CLASSES; c++) {
		struct _nl_pool_class *pc = &pool->cls[c];
		struct _nl_pool_block *b;

		_nl_pool_lock(pc);
		b = pc->head;
		__atomic_store_n(&pc->head, NULL, __ATOMIC_RELAXED);
		pc->tail = NULL;
		pc->n = 0;
		_nl_pool_unlock(pc);
		while (b) {
			struct _nl_pool_block *next = b->next;

			__atomic_sub_fetch(&pool->bytes,
					   (size_t)(c + 1) * NL_POOL_STEP,
					   __ATOMIC_RELAXED);
			free(b);
			b = next;
		}
	}
}

/*
 * A run: the blocks of one class a single thread allocates many of in a
 * row (a cache fill), taken from the pool all at once on the first
 * allocation and given back, those left, all at once at the end, so that
 * no allocation in between takes a lock or an atomic instruction.
 * Others allocating blocks of that class meanwhile get new ones.  Blocks
 * of a run are freed as any others (_nl_pool_free()).
 */
struct _nl_pool_run {
	int c;				/* class; -1: none; -2: not taken yet */
	struct _nl_pool_block *head;	/* next block */
	struct _nl_pool_block *tail;	/* last block */
	size_t n;			/* blocks left */
};

#define NL_POOL_RUN_INIT { .c = -2 }

/* @size zeroed bytes, from @run (every allocation from one run must ask
 * for sizes of one class). */
static inline void *_nl_pool_run_zalloc(struct _nl_pool *pool,
					struct _nl_pool_run *run, size_t size)
{
	struct _nl_pool_block *b;

	if (run->c == -2) {
		struct _nl_pool_class *pc;

		run->c = _nl_pool_class_of(size);
		if (run->c >= 0) {
			pc = &pool->cls[run->c];
			_nl_pool_lock(pc);
			run->head = pc->head;
			run->tail = pc->tail;
			run->n = pc->n;
			__atomic_store_n(&pc->head, NULL, __ATOMIC_RELAXED);
			pc->tail = NULL;
			pc->n = 0;
			_nl_pool_unlock(pc);
			__atomic_sub_fetch(&pool->bytes,
					   run->n * (size_t)(run->c + 1) *
						   NL_POOL_STEP,
					   __ATOMIC_RELAXED);
		}
	}
	b = run->head;
	if (!b)
		return run->c < 0 ? calloc(1, size) :
				    _nl_pool_zalloc(pool, size);
	run->head = b->next;
	run->n--;
	memset(b, 0, size);
	return b;
}

/* Give the blocks left in @run back to the pool; @run is then as new. */
static inline void _nl_pool_run_end(struct _nl_pool *pool,
				    struct _nl_pool_run *run)
{
	struct _nl_pool_class *pc;

	if (run->head && !__atomic_load_n(&pool->limit, __ATOMIC_RELAXED)) {
		/* the library is unloading: the pool keeps nothing */
		while (run->head) {
			struct _nl_pool_block *next = run->head->next;

			free(run->head);
			run->head = next;
		}
	} else if (run->head) {
		pc = &pool->cls[run->c];
		__atomic_add_fetch(&pool->bytes,
				   run->n * (size_t)(run->c + 1) * NL_POOL_STEP,
				   __ATOMIC_RELAXED);
		_nl_pool_lock(pc);
		run->tail->next = pc->head;
		if (!pc->tail)
			pc->tail = run->tail;
		pc->n += run->n;
		__atomic_store_n(&pc->head, run->head, __ATOMIC_RELAXED);
		_nl_pool_unlock(pc);
	}
	run->c = -2;
	run->head = run->tail = NULL;
	run->n = 0;
}

#endif
