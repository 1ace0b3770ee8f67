/* SPDX-License-Identifier: LGPL-2.1-only */
/*
 * Network emulator (netem): TCA_OPTIONS is a struct tc_netem_qopt
 * followed by nested attributes (correlations, reordering, corruption,
 * the delay distribution table).  Delay and jitter travel in scheduler
 * ticks and are set/got in microseconds.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#include "nl-private/core.h"
#include "nl-private/tc-api.h"

#include <netlink/netlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/utils.h>
#include <netlink/route/qdisc.h>
#include <netlink/route/qdisc/netem.h>

#define NE_LATENCY	0x0001
#define NE_LIMIT	0x0002
#define NE_LOSS		0x0004
#define NE_GAP		0x0008
#define NE_DUPLICATE	0x0010
#define NE_JITTER	0x0020
#define NE_DELAY_CORR	0x0040
#define NE_LOSS_CORR	0x0080
#define NE_DUP_CORR	0x0100
#define NE_RO_PROB	0x0200
#define NE_RO_CORR	0x0400
#define NE_CORRUPT_PROB	0x0800
#define NE_CORRUPT_CORR	0x1000
#define NE_DIST		0x2000

struct netem_data {
	struct tc_netem_qopt q;		/* latency, jitter in ticks */
	struct tc_netem_corr corr;
	struct tc_netem_reorder ro;
	struct tc_netem_corrupt crpt;
	int16_t *dist;
	size_t dist_len;
	uint32_t mask;
};

static struct rtnl_tc_ops netem_ops;

static struct nla_policy netem_policy[TCA_NETEM_MAX + 1] = {
	[TCA_NETEM_CORR] = { .minlen = sizeof(struct tc_netem_corr) },
	[TCA_NETEM_REORDER] = { .minlen = sizeof(struct tc_netem_reorder) },
	[TCA_NETEM_CORRUPT] = { .minlen = sizeof(struct tc_netem_corrupt) },
};

static int netem_parse(struct rtnl_tc *tc, void *data, struct nlattr *opts)
{
	struct netem_data *n = data;
	struct nlattr *tb[TCA_NETEM_MAX + 1];
	size_t hdr = NLA_ALIGN(sizeof(n->q));
	int len = nla_len(opts);
	int err;

	(void)tc;
	if ((size_t)len < sizeof(n->q))
		return -NLE_INVAL;
	memcpy(&n->q, nla_data(opts), sizeof(n->q));
	n->mask |= NE_LATENCY | NE_LIMIT | NE_LOSS | NE_GAP | NE_DUPLICATE |
		   NE_JITTER;
	if ((size_t)len <= hdr)
		return 0;

	err = nla_parse(tb, TCA_NETEM_MAX,
			(struct nlattr *)((char *)nla_data(opts) + hdr),
			len - (int)hdr, netem_policy);
	if (err < 0)
		return err;
	if (tb[TCA_NETEM_CORR]) {
		memcpy(&n->corr, nla_data(tb[TCA_NETEM_CORR]), sizeof(n->corr));
		n->mask |= NE_DELAY_CORR | NE_LOSS_CORR | NE_DUP_CORR;
	}
	if (tb[TCA_NETEM_REORDER]) {
		memcpy(&n->ro, nla_data(tb[TCA_NETEM_REORDER]), sizeof(n->ro));
		n->mask |= NE_RO_PROB | NE_RO_CORR;
	}
	if (tb[TCA_NETEM_CORRUPT]) {
		memcpy(&n->crpt, nla_data(tb[TCA_NETEM_CORRUPT]),
		       sizeof(n->crpt));
		n->mask |= NE_CORRUPT_PROB | NE_CORRUPT_CORR;
	}
	if (tb[TCA_NETEM_DELAY_DIST]) {
		size_t cnt = (size_t)nla_len(tb[TCA_NETEM_DELAY_DIST]) /
			     sizeof(int16_t);
		int16_t *d = cnt ? malloc(cnt * sizeof(int16_t)) : NULL;

		if (cnt && !d)
			return -NLE_NOMEM;
		if (cnt)
			memcpy(d, nla_data(tb[TCA_NETEM_DELAY_DIST]),
			       cnt * sizeof(int16_t));
		free(n->dist);
		n->dist = d;
		n->dist_len = cnt;
		n->mask |= NE_DIST;
	}
	return 0;
}

/*
 * As upstream: reordering needs a delay and takes a gap of 1 unless one is
 * set, a gap needs reordering, a distribution table needs jitter; the
 * limit is 1000 packets unless set; TCA_OPTIONS is not flagged nested.
 */
static int netem_fill(struct rtnl_tc *tc, void *data, struct nl_msg *msg)
{
	struct netem_data *n = data;
	struct tc_netem_qopt q = n->q;
	struct nlattr *opts;

	(void)tc;
	if ((n->mask & NE_RO_PROB) && !(n->mask & NE_LATENCY))
		return -NLE_MISSING_ATTR;
	if ((n->mask & NE_GAP) && !(n->mask & NE_RO_PROB))
		return -NLE_MISSING_ATTR;
	if ((n->mask & NE_DIST) && !(n->mask & NE_JITTER))
		return -NLE_MISSING_ATTR;
	if (!(n->mask & NE_LIMIT))
		q.limit = 1000;
	if ((n->mask & NE_RO_PROB) && !(n->mask & NE_GAP))
		q.gap = 1;
	opts = nla_nest_start(msg, TCA_OPTIONS);
	if (!opts || nlmsg_append(msg, &q, sizeof(q), NLMSG_ALIGNTO) < 0)
		return -NLE_MSGSIZE;
	opts->nla_type &= ~NLA_F_NESTED;
	if ((n->mask & (NE_DELAY_CORR | NE_LOSS_CORR | NE_DUP_CORR)) &&
	    nla_put(msg, TCA_NETEM_CORR, sizeof(n->corr), &n->corr) < 0)
		return -NLE_MSGSIZE;
	if ((n->mask & (NE_RO_PROB | NE_RO_CORR)) &&
	    nla_put(msg, TCA_NETEM_REORDER, sizeof(n->ro), &n->ro) < 0)
		return -NLE_MSGSIZE;
	if ((n->mask & (NE_CORRUPT_PROB | NE_CORRUPT_CORR)) &&
	    nla_put(msg, TCA_NETEM_CORRUPT, sizeof(n->crpt), &n->crpt) < 0)
		return -NLE_MSGSIZE;
	if ((n->mask & NE_DIST) && n->dist_len &&
	    nla_put(msg, TCA_NETEM_DELAY_DIST,
		    (int)(n->dist_len * sizeof(int16_t)), n->dist) < 0)
		return -NLE_MSGSIZE;
	nla_nest_end(msg, opts);
	return 0;
}

static int netem_clone(void *dst, void *src)
{
	struct netem_data *d = dst, *s = src;

	d->dist = NULL;
	if (s->dist && s->dist_len) {
		d->dist = malloc(s->dist_len * sizeof(int16_t));
		if (!d->dist)
			return -NLE_NOMEM;
		memcpy(d->dist, s->dist, s->dist_len * sizeof(int16_t));
	}
	return 0;
}

static void netem_free(struct rtnl_tc *tc, void *data)
{
	struct netem_data *n = data;

	(void)tc;
	free(n->dist);
	n->dist = NULL;
}

static int netem_compare(struct rtnl_tc *a, void *da, struct rtnl_tc *b,
			 void *db, int flags)
{
	struct netem_data *x = da, *y = db;

	(void)a;
	(void)b;
	(void)flags;
	/* values only: a parsed qdisc marks every field of the structures */
	if (memcmp(&x->q, &y->q, sizeof(x->q)) ||
	    memcmp(&x->corr, &y->corr, sizeof(x->corr)) ||
	    memcmp(&x->ro, &y->ro, sizeof(x->ro)) ||
	    memcmp(&x->crpt, &y->crpt, sizeof(x->crpt)) ||
	    x->dist_len != y->dist_len)
		return 1;
	return x->dist_len &&
	       memcmp(x->dist, y->dist, x->dist_len * sizeof(int16_t));
}

static void netem_dump_line(struct rtnl_tc *tc, void *data,
			    struct nl_dump_params *p)
{
	struct netem_data *n = data;

	(void)tc;
	if (!n)
		return;
	if (n->q.limit > 0)
		nl_dump(p, " limit %dpkts", (int)n->q.limit);
	else
		nl_dump(p, " no limit");
}

/* As Debian's libnl: each value only when nonzero, correlations right
 * after their value, jitter and delay correlation only with a latency,
 * and corruption under the label "reorder". */
static void netem_dump_details(struct rtnl_tc *tc, void *data,
			       struct nl_dump_params *p)
{
	struct netem_data *n = data;
	char buf[32];

	(void)tc;
	if (!n)
		return;
	if (n->q.latency) {
		nl_dump(p, " latency %s",
			nl_msec2str(nl_ticks2us(n->q.latency) / 1000, buf,
				    sizeof(buf)));
		if (n->q.jitter)
			nl_dump(p, " jitter %s",
				nl_msec2str(nl_ticks2us(n->q.jitter) / 1000,
					    buf, sizeof(buf)));
		if (n->corr.delay_corr)
			nl_dump(p, " %d", (int)n->corr.delay_corr);
	}
	if (n->q.loss) {
		nl_dump(p, " loss %d", (int)n->q.loss);
		if (n->corr.loss_corr)
			nl_dump(p, " %d", (int)n->corr.loss_corr);
	}
	if (n->q.duplicate) {
		nl_dump(p, " duplicate %d", (int)n->q.duplicate);
		if (n->corr.dup_corr)
			nl_dump(p, " %d", (int)n->corr.dup_corr);
	}
	if (n->ro.probability) {
		nl_dump(p, " reorder %d", (int)n->ro.probability);
		if (n->ro.correlation)
			nl_dump(p, " %d", (int)n->ro.correlation);
		if (n->q.gap)
			nl_dump(p, " gap %d", (int)n->q.gap);
	}
	if (n->crpt.probability) {
		nl_dump(p, " reorder %d", (int)n->crpt.probability);
		if (n->crpt.correlation)
			nl_dump(p, " %d", (int)n->crpt.correlation);
	}
}

static struct netem_data *ne(struct rtnl_qdisc *qdisc, int *err)
{
	return rtnl_tc_data_check(TC_CAST(qdisc), &netem_ops, err);
}

/* One setter/getter pair per value; GET/PUT convert the stored form. */
#define NETEM_ACC(NAME, BIT, FIELD, PUT, GET)                                  \
	void rtnl_netem_set_##NAME(struct rtnl_qdisc *qdisc, int v)            \
	{                                                                      \
		struct netem_data *n = ne(qdisc, NULL);                        \
                                                                               \
		if (!n)                                                        \
			return;                                                \
		n->FIELD = PUT((uint32_t)v);                                   \
		n->mask |= (BIT);                                              \
	}                                                                      \
	int rtnl_netem_get_##NAME(struct rtnl_qdisc *qdisc)                    \
	{                                                                      \
		int err;                                                       \
		struct netem_data *n = ne(qdisc, &err);                        \
                                                                               \
		if (!n)                                                        \
			return err;                                            \
		return (n->mask & (BIT)) ? (int)GET(n->FIELD) : -NLE_NOATTR;   \
	}

#define SAME(x) (x)

/** Queue limit (packets); the getter gives -NLE_NOATTR when not set. */
NETEM_ACC(limit, NE_LIMIT, q.limit, SAME, SAME)
/** Re-ordering gap (packets). */
NETEM_ACC(gap, NE_GAP, q.gap, SAME, SAME)
/** Re-ordering probability (0 .. 2^32-1 as an int). */
NETEM_ACC(reorder_probability, NE_RO_PROB, ro.probability, SAME, SAME)
/** Re-ordering correlation. */
NETEM_ACC(reorder_correlation, NE_RO_CORR, ro.correlation, SAME, SAME)
/** Corruption probability. */
NETEM_ACC(corruption_probability, NE_CORRUPT_PROB, crpt.probability, SAME,
	  SAME)
/** Corruption correlation. */
NETEM_ACC(corruption_correlation, NE_CORRUPT_CORR, crpt.correlation, SAME,
	  SAME)
/** Loss probability. */
NETEM_ACC(loss, NE_LOSS, q.loss, SAME, SAME)
/** Loss correlation. */
NETEM_ACC(loss_correlation, NE_LOSS_CORR, corr.loss_corr, SAME, SAME)
/** Duplication probability. */
NETEM_ACC(duplicate, NE_DUPLICATE, q.duplicate, SAME, SAME)
/** Duplication correlation. */
NETEM_ACC(duplicate_correlation, NE_DUP_CORR, corr.dup_corr, SAME, SAME)
/** Delay (microseconds). */
NETEM_ACC(delay, NE_LATENCY, q.latency, nl_us2ticks, nl_ticks2us)
/** Delay jitter (microseconds). */
NETEM_ACC(jitter, NE_JITTER, q.jitter, nl_us2ticks, nl_ticks2us)
/** Delay correlation. */
NETEM_ACC(delay_correlation, NE_DELAY_CORR, corr.delay_corr, SAME, SAME)

/**
 * The size of the delay distribution table.
 * @return the number of entries, -NLE_NOATTR when there is none.
 */
int rtnl_netem_get_delay_distribution_size(struct rtnl_qdisc *qdisc)
{
	int err;
	struct netem_data *n = ne(qdisc, &err);

	if (!n)
		return err;
	return (n->mask & NE_DIST) ? (int)n->dist_len : -NLE_NOATTR;
}

/**
 * The delay distribution table: *dist_ptr points into the qdisc (valid
 * while it lives).
 * @return the number of entries, -NLE_NOATTR when there is none.
 */
int rtnl_netem_get_delay_distribution(struct rtnl_qdisc *qdisc,
				      int16_t **dist_ptr)
{
	int err;
	struct netem_data *n = ne(qdisc, &err);

	if (!n)
		return err;
	if (!(n->mask & NE_DIST))
		return -NLE_NOATTR;
	if (dist_ptr)
		*dist_ptr = n->dist;
	return (int)n->dist_len;
}

/**
 * Set the delay distribution table (copied), at most MAXDIST entries.
 * @return 0, -NLE_INVAL, -NLE_NOMEM, or a kind error.
 */
int rtnl_netem_set_delay_distribution_data(struct rtnl_qdisc *qdisc,
					   const int16_t *data, size_t len)
{
	int err;
	struct netem_data *n = ne(qdisc, &err);
	int16_t *d;

	if (!n)
		return err;
	if ((!data && len) || len > MAXDIST)
		return -NLE_INVAL;
	d = len ? malloc(len * sizeof(int16_t)) : NULL;
	if (len && !d)
		return -NLE_NOMEM;
	if (len)
		memcpy(d, data, len * sizeof(int16_t));
	free(n->dist);
	n->dist = d;
	n->dist_len = len;
	n->mask |= NE_DIST;
	return 0;
}

/**
 * Load the delay distribution table @a dist_type ("normal", "pareto",
 * ...) from the <name>.dist file iproute2 installs.
 * @return 0, -NLE_INVAL (bad name or file), -NLE_OBJ_NOTFOUND (no file),
 * -NLE_NOMEM.
 */
int rtnl_netem_set_delay_distribution(struct rtnl_qdisc *qdisc,
				      const char *dist_type)
{
	/* upstream's places, in its order */
	static const char *const dirs[] = {
		"./", "/usr/lib/tc/", "/usr/lib64/tc/", "/usr/local/lib/tc/",
	};
	char path[512], line[1024];
	int16_t *vals = NULL;
	size_t n = 0, cap = 0, i;
	FILE *f = NULL;
	int err;

	if (!dist_type || !dist_type[0] || strchr(dist_type, '/'))
		return -NLE_INVAL;
	for (i = 0; i < ARRAY_SIZE(dirs) && !f; i++) {
		snprintf(path, sizeof(path), "%s%s.dist", dirs[i], dist_type);
		f = fopen(path, "re");
	}
	if (!f)
		return -NLE_OBJ_NOTFOUND;
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *end;

		if (*p == '#')
			continue;
		for (;;) {
			long v;

			while (isspace((unsigned char)*p))
				p++;
			if (!*p)
				break;
			v = strtol(p, &end, 10);
			if (end == p || v < -32768 || v > 32767 || n >= MAXDIST) {
				err = -NLE_INVAL;
				goto out;
			}
			if (n == cap) {
				int16_t *nv;

				cap = cap ? cap * 2 : 1024;
				nv = realloc(vals, cap * sizeof(int16_t));
				if (!nv) {
					err = -NLE_NOMEM;
					goto out;
				}
				vals = nv;
			}
			vals[n++] = (int16_t)v;
			p = end;
		}
	}
	err = rtnl_netem_set_delay_distribution_data(qdisc, vals, n);
out:
	fclose(f);
	free(vals);
	return err;
}

static struct rtnl_tc_ops netem_ops = {
	.to_kind = "netem",
	.to_type = RTNL_TC_TYPE_QDISC,
	.to_size = sizeof(struct netem_data),
	.to_msg_parser = netem_parse,
	.to_msg_fill_raw = netem_fill,
	.to_clone = netem_clone,
	.to_free_data = netem_free,
	.to_compare = netem_compare,
	.to_dump = {
		[NL_DUMP_LINE] = netem_dump_line,
		[NL_DUMP_DETAILS] = netem_dump_details,
	},
};

TC_REGISTER(netem_ops)
